"""Numbers in documents: each UN language's own separators, without the interface."""

from __future__ import annotations

import pytest

from omnibus.model.numbers import ENGLISH, format_number, read_number, separators_for


@pytest.mark.parametrize(
    ("lang", "written"),
    [("en", "1,200.5"), ("fr", "1\u202f200,5"), ("es", "1.200,5"), ("ru", "1\u00a0200,5"), ("zh", "1,200.5")],
)
def test_documents_group_thousands_the_way_each_language_does(lang: str, written: str) -> None:
    marks = separators_for(lang)
    assert format_number(1200.5, marks, 1, grouped=True) == written
    assert read_number(written, marks) == 1200.5
    assert format_number(2019, marks) == "2019"  # a year stays whole without `grouped`


def test_an_unknown_language_writes_numbers_the_english_way() -> None:
    assert separators_for("xx") == ENGLISH and separators_for("fr-CA") == separators_for("fr")
    assert format_number(-1234567, ENGLISH, grouped=True) == "-1,234,567"
