"""A citation's parts are separated with the report language's own comma: "،" in Arabic, "，" in Chinese, not a
Latin comma dropped into an Arabic or Chinese line."""

from __future__ import annotations

import pytest
from tests.export.report.conftest import context

from omnibus.export.report.filters import isolate
from omnibus.export.report.render import render_html


@pytest.mark.parametrize(
    ("lang", "separator"), [("ar", "\u060c المادة"), ("zh", "\uff0c条款"), ("en", ", Article"), ("fr", ", Article")]
)
def test_a_citation_is_punctuated_in_the_reports_language(lang: str, separator: str) -> None:
    html = render_html(context(lang))
    assert f"<b>{isolate('Code pénal')}</b>{separator} {isolate('450-1')}" in html


@pytest.mark.parametrize(
    ("lang", "cited"),
    [
        ("ar", "المادة 6 من اتفاقية الجريمة المنظمة\u061b المادة 6 (1) (ب) من اتفاقية الجريمة المنظمة"),
        ("zh", "《有组织犯罪公约》第6条\uff1b《有组织犯罪公约》第6条第1款(b)项"),
        ("ru", "КТОП, ст. 6; КТОП, ст. 6(1)(b)"),
        ("en", "UNTOC art. 6; UNTOC art. 6(1)(b)"),
    ],
)
def test_references_are_separated_with_the_reports_own_semicolon(lang: str, cited: str) -> None:
    assert cited in render_html(context(lang))
