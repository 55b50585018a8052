"""The report's bundled files (templates, stylesheet, fonts) and the only URL fetcher WeasyPrint gets.

WeasyPrint fetches whatever a document names: images, stylesheets, fonts, by `file:`, `http:` or `data:` URLs.
The report's HTML is made from autoescaped templates, so answers cannot add elements, but the fetcher is the second
wall: it serves the bundled files named `omnibus-asset:<folder>/<name>` from an exact list and refuses every other
URL, so nothing outside the package is ever read or requested, whatever a document says.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from weasyprint.urls import URLFetcher, URLFetcherResponse

from omnibus.resources import resource

SCHEME = "omnibus-asset:"
_MEDIA_TYPES = {".ttf": "font/ttf", ".otf": "font/otf", ".css": "text/css", ".svg": "image/svg+xml"}


def report_folder() -> Path:
    """The folder of the report's bundled files, found through `omnibus.resources.resource`."""
    return resource("export/report")


def templates_folder() -> Path:
    return report_folder() / "templates"


@lru_cache(maxsize=1)
def bundled_assets() -> dict[str, Path]:
    """Every file the fetcher may serve, by its name under the scheme (e.g. `fonts/NotoSans-Regular.ttf`)."""
    root = report_folder()
    found: dict[str, Path] = {}
    for folder in ("fonts", "templates"):
        for path in sorted((root / folder).iterdir()):
            if path.suffix in _MEDIA_TYPES:
                found[f"{folder}/{path.name}"] = path
    return found


class RefusedURL(ValueError):
    """A document named a URL that is not one of the bundled assets."""


class AssetFetcher(URLFetcher):  # type: ignore[misc]  # WeasyPrint has no type hints
    """Serves bundled assets only; every other URL is refused without being opened, and recorded in `refused`."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=(), allow_redirects=False, fail_on_errors=False)
        self.refused: list[str] = []

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        name = url[len(SCHEME) :] if url.startswith(SCHEME) else None
        path = bundled_assets().get(name) if name is not None else None
        if path is None:
            self.refused.append(url)
            raise RefusedURL(f"the report only uses its bundled files; refused {url[:200]!r}")
        media_type = _MEDIA_TYPES[path.suffix]
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": media_type})
