"""The guide window's links lead to the same places in the bundle as in a checkout: the bundle and the wheel carry
the guides with every document and picture reachable from them, and a link is resolved the same way in both.
Checked on a folder laid out from the spec's own file list, without building the bundle."""

from __future__ import annotations

import tomllib
from pathlib import Path

from omnibus.documents import Link, LinkKind, links, locate, resolve, shipped
from tests.packaging.bundle_layout import ROOT, lay_out_bundle

CHECKOUT_DOCS = ROOT / "docs"


def every_link(folder: Path) -> dict[tuple[str, str], Link]:
    """Each link of each Markdown document of `folder`, by (document, link as written), resolved there."""
    found = {}
    for document in sorted(folder.rglob("*.md")):
        for href in links(document.read_text(encoding="utf-8")):
            link = resolve(href, document, folder, "fr")
            found[document.relative_to(folder).as_posix(), href] = link
    return found


def relative(link: Link, folder: Path) -> tuple[LinkKind, str | None, str]:
    return link.kind, None if link.path is None else link.path.relative_to(folder.resolve()).as_posix(), link.fragment


def test_every_link_of_the_bundled_documents_leads_where_it_leads_in_the_checkout(tmp_path: Path) -> None:
    docs = lay_out_bundle(tmp_path) / "_bundled" / "docs"
    in_bundle = every_link(docs)
    in_checkout = every_link(CHECKOUT_DOCS)
    assert {key for key in in_bundle if key[0].startswith("trainer-guide")}, "the trainer's guides are carried"
    for key, link in in_bundle.items():
        assert relative(link, docs) == relative(in_checkout[key], CHECKOUT_DOCS), key
    missing = {key for key, link in in_bundle.items() if link.kind is LinkKind.MISSING}
    # The one link out of docs/ (to the translators' glossary) is missing in both, and said so in the window.
    assert missing == {("translating.md", "../translations/glossary.csv")}


def test_every_link_of_the_guides_leads_somewhere() -> None:
    for (document, href), link in every_link(CHECKOUT_DOCS).items():
        if "-guide" in document:
            assert link.kind in (LinkKind.DOCUMENT, LinkKind.EXTERNAL, LinkKind.ANCHOR), (document, href)
    assert {"install.md", "collaboration.md", "cli.md", "screenshots/collaboration-part.png"} <= set(
        shipped(CHECKOUT_DOCS)
    )


def test_the_wheel_carries_what_the_bundle_carries() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    force_include = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    carried = {source.removeprefix("docs/") for source in force_include if source.startswith("docs/")}
    assert carried == set(shipped(CHECKOUT_DOCS))
    for name in carried:
        assert force_include[f"docs/{name}"] == f"omnibus/_bundled/docs/{name}"


def test_a_link_is_resolved_by_what_it_names(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "pictures").mkdir(parents=True)
    for name in ("guide.md", "other.md", "other.fr.md", "pictures/a.png"):
        (docs / name).write_text("x", encoding="utf-8")
    (tmp_path / "outside.md").write_text("x", encoding="utf-8")
    guide = docs / "guide.md"
    assert resolve("other.md#part-2", guide, docs, "en") == Link(
        LinkKind.DOCUMENT, "other.md#part-2", docs / "other.md", "part-2"
    )
    assert resolve("other.md", guide, docs, "fr").path == docs / "other.fr.md"  # as the guides are, in French
    assert resolve("other.md", guide, docs, "ar").path == docs / "other.md"  # in English where not translated
    assert resolve("#part-2", guide, docs) == Link(LinkKind.ANCHOR, "#part-2", guide, "part-2")
    assert resolve("pictures/a.png", guide, docs).kind is LinkKind.FILE
    assert resolve("https://example.org/a", guide, docs) == Link(LinkKind.EXTERNAL, "https://example.org/a")
    assert resolve("mailto:focal@example.org", guide, docs).kind is LinkKind.EXTERNAL
    for nowhere in ("../outside.md", "gone.md", "ftp://example.org/a.md", "//example.org/a.md", "javascript:x()"):
        assert resolve(nowhere, guide, docs) == Link(LinkKind.MISSING, nowhere), nowhere
    assert locate(tmp_path / "outside.md", docs) == Link(LinkKind.MISSING, "outside.md")


def test_links_are_read_with_titles_and_angle_brackets_and_images() -> None:
    text = 'See [a](a.md), [b](<b c.md>), [c](c.md "C") and ![shot](screenshots/s.png); not [d] (d.md).'
    assert links(text) == ["a.md", "b c.md", "c.md", "screenshots/s.png"]
