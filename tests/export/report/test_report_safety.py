"""Hostile answers stay inert: nothing they name is fetched, and they print as the text they are."""

from __future__ import annotations

import base64
import dataclasses
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.export.report import samples
from tests.export.report.conftest import flat, pdf_text

from omnibus.export.report import build_report_context, render_report
from omnibus.export.report.assets import SCHEME, AssetFetcher, RefusedURL, bundled_assets
from omnibus.export.report.render import css_string, render_pdf

# A 1x1 PNG: if the renderer ever read it, the PDF would hold an image.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)


class Listener:
    """A TCP server on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.socket.settimeout(0.2)
        self.port: int = self.socket.getsockname()[1]
        self.connections: list[tuple[str, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, address = self.socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections.append(address)
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    try:
        yield server
    finally:
        server.close()


def _probe(listener: Listener) -> None:
    """The listener does see a real connection (so zero connections below means nothing was tried)."""
    with socket.create_connection(("127.0.0.1", listener.port), timeout=2):
        pass
    for _ in range(50):
        if listener.connections:
            break
        threading.Event().wait(0.02)
    assert len(listener.connections) == 1
    listener.connections.clear()


def hostile_strings(port: int, secret: Path) -> dict[str, str]:
    url = f"http://127.0.0.1:{port}"
    return {
        "img_file": '<img src="file:///etc/passwd">',
        "img_secret": f'<img src="{secret.as_uri()}">',
        "link": f'<link rel="stylesheet" href="{url}/x.css">',
        "img_http": f'<img src="{url}/pixel.png">',
        "style": f"<style>@import url({url}/import.css); body {{ background: url({url}/bg.png) }}</style>",
        "svg": f'<svg><image href="{url}/svg.png"/></svg>',
        "bare": f"{url}/plain-url",
        "object": f'<object data="{url}/o"></object><iframe src="{url}/i"></iframe>',
    }


def test_hostile_answers_fetch_nothing_and_print_as_text(tmp_path: Path, listener: Listener) -> None:
    _probe(listener)
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    bad = hostile_strings(listener.port, secret)
    values = samples.sample_values() | {
        "crim_agency": bad["img_file"],
        "crim_notes": "\n".join(bad.values()),
        "crim_laws": [{"title": bad["link"], "article": bad["img_http"], "excerpt": bad["style"]}],
        "crim_levels": {"selected": ["national"], "other": bad["svg"]},
        "coop_requests": [{"year": 2024, "answered": "yes", "level": bad["object"]}],
        "coop_files": [{"sha256": "00" * 32, "name": bad["img_secret"], "media_type": "image/png", "size": 70}],
        "coop_needs": [
            {"type": "training", "subtype": "training.judges", "priority": "high", "description": bad["bare"]}
        ],
    }
    comments = {"crim_participation": bad["style"], "crim_corruption": bad["link"]}
    summary = dataclasses.replace(
        samples.summary(), institution=bad["img_http"], focal_point=bad["link"], cycle='2025"); } @import url(x'
    )
    context = build_report_context(
        samples.fixture_questionnaire(),
        summary,
        samples.answers(values, comments),
        samples.issues(),
        lang="en",
        package_hash=None,
        key_fingerprint=None,
    )
    # The running header is written into a <style> element: a title that tries to leave the CSS string.
    context = dataclasses.replace(
        context, title=f'x"; }} </style><img src="{listener.port}"><style> @import url({bad["bare"]}); a{{ "'
    )
    pdf = tmp_path / "hostile.pdf"
    pdf.write_bytes(render_report(context))

    assert listener.connections == [], "the report must not connect anywhere"
    found = flat(pdf_text(pdf))
    for text in bad.values():
        assert flat(text) in found, text
    assert b"/Subtype /Image" not in pdf.read_bytes() and b"/Subtype/Image" not in pdf.read_bytes()


def test_the_fetcher_alone_refuses_everything_but_bundled_assets(tmp_path: Path, listener: Listener) -> None:
    """Even raw, unescaped HTML (as if a template forgot to escape) fetches nothing outside the bundle."""
    _probe(listener)
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    url = f"http://127.0.0.1:{listener.port}"
    html = f"""<html><head>
        <link rel="stylesheet" href="{url}/x.css">
        <style>@import url("{url}/import.css");
          @font-face {{ font-family: Evil; src: url("{url}/font.ttf"), url("{secret.as_uri()}"); }}
          body {{ background: url("{url}/bg.png"); font-family: Evil }}</style>
        </head><body><p>Hello</p>
        <img src="file:///etc/passwd"><img src="{secret.as_uri()}"><img src="{url}/pixel.png">
        <img src="data:image/png;base64,{base64.b64encode(PNG).decode()}">
        <svg width="10" height="10"><image href="{url}/svg.png" width="10" height="10"/></svg>
        <object data="{url}/object"></object><embed src="{url}/embed"><iframe src="{url}/frame"></iframe>
        <img src="{SCHEME}../assets.py"><img src="{SCHEME}fonts/../../render.py">
        </body></html>"""
    rendered = render_pdf(html)
    pdf, refused = rendered.pdf, rendered.refused
    assert listener.connections == []
    assert any(u.startswith("file:///etc/passwd") for u in refused)
    assert any(u.startswith(secret.as_uri()) for u in refused)
    assert any(u.startswith(url) for u in refused)
    assert b"/Subtype /Image" not in pdf and b"/Subtype/Image" not in pdf


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "http://127.0.0.1:9/x",
        "https://example.org/font.ttf",
        "data:text/css,body{}",
        f"{SCHEME}../assets.py",
        f"{SCHEME}fonts/../../assets.py",
        f"{SCHEME}/etc/passwd",
        f"{SCHEME}fonts/OFL.txt",
        f"{SCHEME}FONTS/NotoSans-Regular.ttf",
        "omnibus-asset-evil:fonts/NotoSans-Regular.ttf",
    ],
)
def test_asset_fetcher_refuses(url: str) -> None:
    fetcher = AssetFetcher()
    with pytest.raises(RefusedURL):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_asset_fetcher_serves_the_bundled_fonts() -> None:
    assets = bundled_assets()
    assert "fonts/NotoSansSC-Regular.otf" in assets and "templates/report.css" in assets
    response = AssetFetcher().fetch(f"{SCHEME}fonts/NotoSans-Regular.ttf")
    assert response.read()[:4] == b"\x00\x01\x00\x00"
    assert response.content_type == "font/ttf"


@pytest.mark.parametrize("text", ['a"b', "</style><script>", 'x\\"; } @import url(http://x)', "Côte d’Ivoire", ""])
def test_css_strings_hold_only_safe_characters(text: str) -> None:
    quoted = str(css_string(text))
    assert quoted[0] == quoted[-1] == '"'
    inner = quoted[1:-1]
    assert '"' not in inner and "<" not in inner and ";" not in inner and "\n" not in inner
    # CSS unescaping gives the text back
    import re

    assert re.sub(r"\\([0-9a-f]{1,6}) ", lambda m: chr(int(m.group(1), 16)), inner) == text
