"""The contents' page numbers, written in after layout (`contents_numbers.py`): right on every path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.export.report.conftest import context, pdf_text

from omnibus.export.report import contents_numbers
from omnibus.export.report.assets import AssetFetcher
from omnibus.export.report.render import _document, render_html, render_pdf, xml_tree


def _numbers(document: Any) -> dict[str, tuple[str, float, float]]:
    """Each contents entry's printed number, with the left and right edges of its text, by link target: the
    last text of the entry's last line, or the text of its numbered box (`data-page`) when laid out with one."""
    found = {}
    for page in document.pages:
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            if element is None or element.get("class") not in ("toc-m", "toc-s"):
                continue
            if element.get("data-page") and box.element_tag == "a::after":
                text = box.children[0].children[0]
            elif not element.get("data-page") and type(box).__name__ == "BlockBox":
                text = box.children[-1].children[-1]
            else:
                continue
            found[element.get("href")[1:]] = (text.text, text.position_x, text.position_x + text.width)
    return found


def _assert_numbered_right(document: Any) -> None:
    numbers = {target: text for target, (text, _, _) in _numbers(document).items()}
    pages = contents_numbers.anchor_pages(document)
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


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_numbers_added_after_layout_sit_where_a_layout_with_them_puts_them(
    monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The numbers added to the laid-out lines against a layout of the whole report with the numbers in its HTML
    (the fallback path): the same text, ending in the same place (on the right in English, the left in Arabic)."""
    html = render_html(context(lang))
    added = _numbers(_document(html, AssetFetcher()))
    monkeypatch.setattr(contents_numbers, "last_lines", lambda document, links: {})
    laid_out = _numbers(_document(html, AssetFetcher()))
    assert len(added) >= 8 and added.keys() == laid_out.keys()
    for target, (text, left, right) in added.items():
        assert text == laid_out[target][0]
        end, laid_out_end = (left, laid_out[target][1]) if lang == "ar" else (right, laid_out[target][2])
        assert end == pytest.approx(laid_out_end, abs=0.01), target


def test_entries_without_a_line_to_add_to_lay_the_whole_report_out_again(monkeypatch: pytest.MonkeyPatch) -> None:
    laid_out = []
    monkeypatch.setattr(contents_numbers, "last_lines", lambda document, links: {})
    made = contents_numbers.numbered_tree

    def numbered(*args: Any) -> Any:
        laid_out.append(True)
        return made(*args)

    monkeypatch.setattr(contents_numbers, "numbered_tree", numbered)
    document = _document(render_html(context("en")), AssetFetcher())
    assert laid_out == [True]
    _assert_numbered_right(document)


def test_an_entry_whose_heading_is_on_no_page_has_no_number() -> None:
    root = xml_tree(render_html(context("en")))
    assert root is not None
    numbered = contents_numbers.numbered_tree(root, {"summary-gaps": 3})
    numbers = {a.get("href"): a.get("data-page") for a in contents_numbers.entries(numbered)}
    assert numbers.pop("#summary-gaps") == "3"
    assert set(numbers.values()) == {None}


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
