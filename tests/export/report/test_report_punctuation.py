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
