"""HTML to PDF for the Secretariat (WeasyPrint), with a URL fetcher that serves the bundled fonts and nothing else.

The fonts are the respondent report's (`omnibus/export/report/fonts/`), used read-only. Charts are HTML boxes,
so a document needs no other file; any other URL a document names is refused without being opened.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from weasyprint.urls import URLFetcher, URLFetcherResponse

from omnibus.resources import resource

SCHEME = "omnibus-font:"
_MEDIA_TYPES = {".ttf": "font/ttf", ".otf": "font/otf"}


@cache
def bundled_fonts() -> dict[str, Path]:
    """Font files by name, e.g. `NotoSans-Regular.ttf`; empty when the folder is absent."""
    try:
        folder = resource("export/report") / "fonts"
    except FileNotFoundError:
        return {}
    if not folder.is_dir():
        return {}
    return {p.name: p for p in sorted(folder.iterdir()) if p.suffix in _MEDIA_TYPES}


def font_faces() -> str:
    """@font-face rules for the bundled Noto fonts present (regular and bold of each family)."""
    rules = []
    for name in bundled_fonts():
        family, _, style = name.rpartition(".")[0].partition("-")
        weight = "bold" if style.startswith("Bold") else "normal"
        rules.append(f'@font-face {{ font-family: "{family}"; font-weight: {weight}; src: url("{SCHEME}{name}"); }}')
    return "\n".join(rules)


class FontFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint is untyped
    """Serves `omnibus-font:<name>` from the bundled fonts; refuses everything else, recorded in `refused`."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=(), allow_redirects=False, fail_on_errors=False)
        self.refused: list[str] = []

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        path = bundled_fonts().get(url[len(SCHEME) :]) if url.startswith(SCHEME) else None
        if path is None:
            self.refused.append(url)
            raise ValueError(f"the Secretariat's documents use only bundled fonts; refused {url[:200]!r}")
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": _MEDIA_TYPES[path.suffix]})


def render_pdf(html: str, css: str = "") -> bytes:
    """Lay out `html` (with `css` and the bundled fonts) as PDF bytes."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    fetcher = FontFetcher()
    font_config = FontConfiguration()
    stylesheet = CSS(string=font_faces() + "\n" + css, url_fetcher=fetcher, font_config=font_config)
    document = HTML(string=html, url_fetcher=fetcher, base_url=None)
    pdf: bytes = document.write_pdf(stylesheets=[stylesheet], font_config=font_config)
    return pdf
