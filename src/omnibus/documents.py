"""The documents omnibus shows in its guide window: the guides, and the documents of docs/ they link to.

A guide links to other documents by relative paths ("see [install.md](install.md)"). They open in the window only
if the installation carries them beside the guide, so the wheel and the bundle carry the guides with everything
reachable from them (`shipped`), and the window follows a link through `resolve`, which gives the same answer in
a checkout, an installed wheel and the frozen bundle: each holds these files in one `docs` folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

GUIDES = ("respondent-guide*.md", "trainer-guide*.md")
_LINK = re.compile(r'\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)')  # [text](target "title"), ![image](<a b>)
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


class LinkKind(Enum):
    DOCUMENT = "document"  # a Markdown document of the folder: shown in the guide window
    ANCHOR = "anchor"  # a place in the document shown
    FILE = "file"  # another file of the folder (a picture): opened by the system
    EXTERNAL = "external"  # a web address: opened by the system's browser
    MISSING = "missing"  # outside the folder, or not carried by this installation


@dataclass(frozen=True)
class Link:
    """Where a link leads: `path` for a document or file of the folder, `fragment` for a place in a document."""

    kind: LinkKind
    href: str
    path: Path | None = None
    fragment: str = ""


def links(markdown: str) -> list[str]:
    """The targets of the Markdown links and images of a text, in order."""
    return [bracketed or bare for bracketed, bare in _LINK.findall(markdown)]


def resolve(href: str, current: Path, folder: Path, lang: str = "en") -> Link:
    """Where `href`, as written in the document `current` of `folder`, leads."""
    parts = urlsplit(href)
    if parts.scheme.lower() in EXTERNAL_SCHEMES:
        return Link(LinkKind.EXTERNAL, href)
    fragment = unquote(parts.fragment)
    if parts.scheme or parts.netloc:
        return Link(LinkKind.MISSING, href)
    if not parts.path:
        return Link(LinkKind.ANCHOR, href, current, fragment)
    return locate(current.parent / unquote(parts.path), folder, lang, fragment, href)


def locate(target: Path, folder: Path, lang: str = "en", fragment: str = "", href: str = "") -> Link:
    """What the file `target` is to the guide window. A document written in `lang` ("collaboration.fr.md" beside
    "collaboration.md") is preferred, as the guides are. Only files inside `folder` are followed: the checkout's
    other files are not part of an installation, so a link to them is not offered in a checkout either."""
    target = target.resolve()
    if not target.is_relative_to(folder.resolve()) or not target.is_file():
        return Link(LinkKind.MISSING, href or target.name)
    if target.suffix.lower() != ".md":
        return Link(LinkKind.FILE, href, target)
    translated = target.with_name(f"{target.stem}.{lang}.md")
    if lang != "en" and translated.is_file():
        target = translated
    return Link(LinkKind.DOCUMENT, href, target, fragment)


def shipped(folder: Path) -> list[str]:
    """The guides and every file of `folder` reachable from them by links, as paths relative to `folder` in
    "/" form, sorted: what a wheel or the bundle must carry for no link of a guide to lead nowhere."""
    root = folder.resolve()
    found: set[Path] = set()
    waiting = [path.resolve() for pattern in GUIDES for path in root.glob(pattern)]
    while waiting:
        document = waiting.pop()
        if document in found:
            continue
        found.add(document)
        if document.suffix.lower() != ".md":
            continue
        for href in links(document.read_text(encoding="utf-8")):
            link = resolve(href, document, root)
            if link.path is not None and link.kind in (LinkKind.DOCUMENT, LinkKind.FILE):
                waiting.append(link.path)
                if link.kind is LinkKind.DOCUMENT:  # and its translations, which `resolve` prefers
                    waiting.extend(link.path.parent.glob(f"{link.path.stem}.*.md"))
    return sorted(str(PurePosixPath(*path.relative_to(root).parts)) for path in found)
