"""The running header and footer, laid out on the second page and repeated (`running.py`): the same on every page
as WeasyPrint lays them out itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.export.report.conftest import context, pdf_text

from omnibus.export.report import running
from omnibus.export.report.assets import AssetFetcher
from omnibus.export.report.render import _document, html_from_tree, render_html, render_pdf, xml_tree

MarginTexts = list[list[tuple[str, str, float, float, float]]]


def _margin_texts(document: Any) -> MarginTexts:
    """For each page, each margin box's (at-keyword, text, left, top, width of the text)."""
    from weasyprint.formatting_structure.boxes import TextBox

    found = []
    for page in document.pages:
        boxes = sorted(running._margin_boxes(page), key=lambda box: box.at_keyword)
        found.append(
            [
                (box.at_keyword, text.text, text.position_x, text.position_y, text.width)
                for box in boxes
                for text in box.descendants()
                if isinstance(text, TextBox)
            ]
        )
    return found


def _weasyprint_own(monkeypatch: pytest.MonkeyPatch, html: str) -> MarginTexts:
    """The margin boxes as WeasyPrint lays them out on every page (the fallback path)."""
    with monkeypatch.context() as patched:
        patched.setattr(running, "repeated", lambda document, template: False)
        return _margin_texts(_document(html, AssetFetcher()))


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_repeated_header_and_footer_are_what_weasyprint_lays_out_on_every_page(
    monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    html = render_html(context(lang))
    repeated = _margin_texts(_document(html, AssetFetcher()))
    own = _weasyprint_own(monkeypatch, html)
    assert len(repeated) == len(own) >= 5
    assert repeated[0] == [], "no header or footer on the cover"
    for number, (mine, theirs) in enumerate(zip(repeated, own, strict=True), start=1):
        assert [(k, t) for k, t, *_ in mine] == [(k, t) for k, t, *_ in theirs], number
        for (*_, x, y, width), (*_, x2, y2, width2) in zip(mine, theirs, strict=True):
            assert (x, y, width) == pytest.approx((x2, y2, width2), abs=0.01), number
    footers = [texts[0][1] for texts in repeated[1:]]
    pages = len(repeated)
    assert all(str(number) in footer and str(pages) in footer for number, footer in enumerate(footers, start=2))


def test_every_page_after_the_cover_prints_its_number_and_the_header(tmp_path: Path) -> None:
    rendered = render_pdf(render_html(context("en", status="final")))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(rendered.pdf)
    assert "Page 1 of" not in pdf_text(pdf, "-f", "1", "-l", "1")
    for number in range(2, rendered.pages + 1):
        text = pdf_text(pdf, "-f", str(number), "-l", str(number))
        assert f"Page {number} of {rendered.pages}" in text
        assert "France · Report fixture" in text


def test_pages_not_laid_out_as_expected_keep_weasyprints_own_margin_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A later page of another size or margins than the second: the report is laid out again as written."""
    html = render_html(context("en"))
    sizes = iter(range(1000))
    monkeypatch.setattr(running, "_geometry", lambda page: (next(sizes),))
    laid_out = _margin_texts(_document(html, AssetFetcher()))
    assert laid_out == _weasyprint_own(monkeypatch, html)
    assert all(len(texts) == 2 for texts in laid_out[1:])


def test_a_footer_that_does_not_read_as_its_template_says_is_not_repeated() -> None:
    root = xml_tree(render_html(context("en")))
    assert root is not None
    style = running.running_style(root)
    assert style is not None
    style.set(running.FOOTER_TEXT, "Seite {page} von {pages}")
    written = running.second_page_only(style)
    document = html_from_tree(root, AssetFetcher()).render()
    style.text = written
    assert running.repeated(document, style.get(running.FOOTER_TEXT) or "") is False
    assert all(not running._margin_boxes(page) for page in document.pages[2:]), "nothing was touched"


def test_documents_without_a_running_style_are_laid_out_once() -> None:
    root = xml_tree('<!DOCTYPE html>\n<html lang="en"><head></head><body><p>Plain.</p></body></html>')
    assert root is not None and running.running_style(root) is None
    calls = []
    running.with_running(root, lambda tree: calls.append(tree) or "laid out")
    assert calls == [root]


def test_a_one_page_document_is_laid_out_once() -> None:
    html = (
        '<!DOCTYPE html>\n<html lang="en"><head>'
        '<style id="running" data-footer="Page {page} of {pages}">@page { @bottom-center { content: "Page " '
        'counter(page) " of " counter(pages); } }</style><style>@page :first { @bottom-center { content: none; } }'
        "</style></head><body><p>One page.</p></body></html>"
    )
    root = xml_tree(html)
    assert root is not None and running.running_style(root) is not None
    laid_out = []

    def lay_out(tree: Any) -> Any:
        laid_out.append(tree)
        return html_from_tree(tree, AssetFetcher()).render()

    document = running.with_running(root, lay_out)
    assert len(laid_out) == 1 and len(document.pages) == 1
    assert not running._margin_boxes(document.pages[0])


def test_footer_text_fills_in_the_page_and_the_count() -> None:
    assert running.footer_text("Page {page} of {pages}", 3, 12) == "Page 3 of 12"
    assert running.footer_text("الصفحة {page} من {pages}", 10, 100) == "الصفحة 10 من 100"
    assert running.footer_text("第 {page} 页，共 {pages} 页", 1, 1) == "第 1 页，共 1 页"
