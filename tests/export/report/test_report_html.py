"""The report's HTML as WeasyPrint gets it: anchors only where links land, every link lands, text direction."""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest
from tests.export.report import samples
from tests.export.report.conftest import context
from weasyprint import HTML

from omnibus.export.report.assets import AssetFetcher
from omnibus.export.report.filters import bullets, direction_attribute
from omnibus.export.report.render import _document, parse_tree, render_html, xml_tree


def test_only_items_the_summaries_link_to_carry_an_anchor() -> None:
    report = context("en")
    html = render_html(report)
    linked = {row.anchor for module in report.gap_modules for row in module.rows} | {
        row.anchor for row in report.unanswered
    }
    assert linked and linked == report.linked_items
    assert set(re.findall(r'id="(item-[^"]+)"', html)) == linked
    assert 'id="item-crim_participation"' not in html  # in place and answered: nothing links to it


def test_every_link_of_the_report_lands_on_an_anchor() -> None:
    document = _document(render_html(context("en")), AssetFetcher())
    anchors = {name for page in document.pages for name in page.anchors}
    targets = [target for page in document.pages for kind, target, *_ in page.links if kind == "internal"]
    assert len(targets) >= 8  # the contents, the gap summary and the unanswered list
    assert set(targets) <= anchors


def test_direction_is_written_only_against_the_report() -> None:
    assert direction_attribute("Office of the Prosecutor", "ltr") == ""
    assert direction_attribute(samples.ARABIC_ANSWER, "ltr") == ' dir="rtl"'
    assert direction_attribute(samples.ARABIC_ANSWER, "rtl") == ""
    assert direction_attribute("Loi n° 2019-12", "rtl") == ' dir="ltr"'
    assert direction_attribute("2019-04-02", "rtl") == ""


def test_several_choices_print_as_one_bulleted_text() -> None:
    assert bullets(["National", "Other: Regional task forces"]) == "• National\n• Other: Regional task forces"


def _shape(element: ElementTree.Element) -> list[tuple[object, ...]]:
    """Every element in document order with its attributes and text; whitespace-only text as None."""

    def text(value: str | None) -> str | None:
        return value if value and value.strip() else None

    return [(e.tag, sorted(e.attrib.items()), text(e.text), text(e.tail)) for e in element.iter()]


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_the_report_is_read_as_xml_into_the_tree_the_html_parser_makes(lang: str) -> None:
    html = render_html(context(lang, training=True))
    tree = xml_tree(html)
    assert tree is not None, "the template writes well-formed markup"
    expected = _shape(HTML(string=html, base_url=None).etree_element)
    assert _shape(tree) == expected
    assert _shape(parse_tree(html)) == expected


def test_documents_that_are_not_well_formed_go_through_the_html_parser() -> None:
    html = render_html(context("en"))
    assert xml_tree(html.replace("</h1>", "\x01</h1>", 1)) is None
    assert xml_tree(html.replace("<p", "<br><p", 1)) is None
    assert xml_tree("<html><body><p>Hello<br></p></body></html>") is None  # not the template's
    entity = '<!DOCTYPE html [<!ENTITY a "aaaa">]>\n<html lang="en"><body><p>&a;</p></body></html>'
    assert xml_tree(entity) is None
    assert parse_tree("<p>Hello<br>world").find(".//br") is not None


def test_questionnaire_text_in_another_script_keeps_its_own_direction_in_an_arabic_report() -> None:
    """The UNTOC checklist's questions exist in English only: in an Arabic report each one is laid out left to right
    (its question mark at its end), and the report's own Arabic text stays right to left."""
    from omnibus.export.report import build_report_context
    from omnibus.model.catalogue import Catalogue

    questionnaire = Catalogue.bundled().find("untoc-needs-assessment")
    assert questionnaire is not None
    report = build_report_context(questionnaire, samples.summary(), {}, [], lang="ar", package_hash=samples.HASH,
                                  key_fingerprint=samples.FINGERPRINT)  # fmt: skip
    html = render_html(report)
    questions = re.findall(r'<p class="q[^"]*"[^>]*>[^<]*', html)
    english = [q for q in questions if re.search(r"&#x2002;[A-Za-z]", q)]
    assert len(english) >= 100
    assert all('dir="ltr"' in q for q in english)
    assert '<html lang="ar" dir="rtl">' in html
    headings = re.findall(r"<h[23][^>]*>", html)
    assert any('dir="ltr"' in h for h in headings)  # English module and section titles too
