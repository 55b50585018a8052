"""The contents' page numbers, written in after layout (`contents_numbers.py`): right on every path."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from tests.export.report.conftest import context, pdf_text

from omnibus.export.report import contents_numbers
from omnibus.export.report.assets import AssetFetcher
from omnibus.export.report.render import _document, render_html, render_pdf, xml_tree


def _contents_and_headings(document: Any) -> tuple[dict[str, str], dict[str, int]]:
    """Each contents entry's printed number by its link target, and the page each target lands on."""
    numbers: dict[str, str] = {}
    for page in document.pages:
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            if element is not None and element.get("data-page") and box.element_tag.endswith("::after"):
                numbers[element.get("href")[1:]] = box.children[0].children[0].text
    return numbers, contents_numbers.anchor_pages(document)


def _assert_numbered_right(document: Any) -> None:
    numbers, pages = _contents_and_headings(document)
    assert len(numbers) >= 8, "every module, section and summary has its number"
    assert numbers == {target: str(pages[target]) for target in numbers}


def test_contents_print_the_page_each_heading_lands_on() -> None:
    _assert_numbered_right(_document(render_html(context("en")), AssetFetcher()))


@pytest.mark.parametrize("lang", ["ar", "zh"])
def test_contents_numbered_in_other_scripts(lang: str) -> None:
    _assert_numbered_right(_document(render_html(context(lang)), AssetFetcher()))


def test_contents_numbered_when_the_report_goes_through_the_html_parser() -> None:
    html = render_html(context("en")).replace("</h1>", "\x01</h1>", 1)  # a control character: not XML
    assert xml_tree(html) is None
    _assert_numbered_right(_document(html, AssetFetcher()))


def test_contents_taking_other_pages_alone_fall_back_to_laying_out_the_whole_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = contents_numbers.contents_tree

    def longer(*args: Any, **kwargs: Any) -> Any:
        """The contents with their entries six times over: more than the one page they take in the report."""
        tree = made(*args, **kwargs)
        nav = next(tree.iter("nav"))
        for _ in range(5):
            extra = copy.deepcopy(nav)
            extra.tag, extra.attrib = "div", {}
            nav.append(extra)
        return tree

    monkeypatch.setattr(contents_numbers, "contents_tree", longer)
    document = _document(render_html(context("en")), AssetFetcher())
    _assert_numbered_right(document)
    assert contents_numbers.contents_span(document) == (1, 1), "the report's own one page of contents"


def test_the_contents_pages_carry_their_own_header_footer_and_page_number(tmp_path: Path) -> None:
    rendered = render_pdf(render_html(context("en", status="final")))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(rendered.pdf)
    second = pdf_text(pdf, "-f", "2", "-l", "2")
    assert "Contents" in second
    assert f"Page 2 of {rendered.pages}" in second
    assert "France · Report fixture" in second  # the running header


def test_a_document_without_contents_is_left_as_laid_out() -> None:
    rendered = render_pdf("<html><body><p>No contents here.</p></body></html>")
    assert rendered.pages == 1
