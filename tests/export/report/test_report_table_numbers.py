"""Numbers in a table answer are written as the report's language writes them, like numbers elsewhere in it: "4,5"
in Russian and French, a whole "2" rather than "2.0"; a year in a table is not grouped ("2023", never "2 023")."""

from __future__ import annotations

import pytest

from omnibus.export.report.labels import catalogue
from omnibus.export.report.values import answer_view
from omnibus.model.catalogue import Catalogue
from omnibus.model.records import Json
from omnibus.model.schema import TableItem

ROWS: Json = [
    {"course_title": "Basic course", "level": "national", "participants": 1250, "duration_days": 4.5},
    {"course_title": "Refresher", "level": "local", "participants": 35, "duration_days": 2.0},
]


@pytest.mark.parametrize(
    ("lang", "first", "second"), [("en", ("1250", "4.5"), ("35", "2")), ("ru", ("1250", "4,5"), ("35", "2"))]
)
def test_table_numbers_take_the_reports_decimal_mark(lang: str, first: tuple[str, str], second: tuple[str, str]):
    q = Catalogue.bundled().find("workshop-demo")
    assert q is not None
    item = q.items["wd_courses"].item
    assert isinstance(item, TableItem)
    view = answer_view(item, ROWS, q, lang, catalogue(lang))
    assert view.table is not None
    ids = [c.id for c in item.columns]
    for row, (participants, days) in zip(view.table.rows, (first, second), strict=True):
        assert (row[ids.index("participants")], row[ids.index("duration_days")]) == (participants, days)
