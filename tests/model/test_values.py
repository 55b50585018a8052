"""Answer values: accepted and normalized, or refused with the item and the problem named; never a crash."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import AttachmentRef
from omnibus.model.values import ValueRejected, normalize

SHA = "a" * 64
DOC = {"sha256": SHA, "name": "law.pdf", "media_type": "application/pdf", "size": 1000}


def norm(q: Questionnaire, item_id: str, value: Any, lookup: Any = None) -> Any:
    return normalize(q, q.item(item_id), value, lookup)


ACCEPTED: list[tuple[str, Any, Any]] = [
    ("criminalized", "in_place", "in_place"),
    ("criminalized", "not_applicable", "not_applicable"),
    ("has_unit", "unknown", "unknown"),
    ("cooperation", "partially", "partially"),
    ("lead_agency", "customs", "customs"),
    ("agencies", ["customs", "police"], {"selected": ["police", "customs"]}),
    ("agencies", ["police", "police"], {"selected": ["police"]}),
    (
        "agencies",
        {"selected": ["police"], "other": "  Coast guard "},
        {"selected": ["police", "other"], "other": "Coast guard"},
    ),
    ("agencies", {"selected": ["other"], "other": "Navy"}, {"selected": ["other"], "other": "Navy"}),
    ("agencies", [], None),
    ("agencies", {"selected": [], "other": "  "}, None),
    ("unit_name", "  Anti-organized crime unit ", "Anti-organized crime unit"),
    ("unit_name", "   ", None),
    ("old_notes", "x" * 1000, "x" * 1000),
    ("cases", 12, 12),
    ("cases", 12.0, 12),
    ("cases", 0, 0),
    ("budget", 3.14159, 3.14),
    ("budget", 7, 7.0),
    ("budget", 1000, 1000.0),
    ("adopted", "2004-02-29", "2004-02-29"),
    ("adopted", dt.date(2010, 5, 1), "2010-05-01"),
    (
        "laws",
        [{"title": " Penal Code ", "article": "5", "date": "2001-01-01", "excerpt": ""}],
        [{"title": "Penal Code", "article": "5", "date": "2001-01-01"}],
    ),
    ("laws", [], None),
    ("documents", [DOC], [DOC]),
    (
        "seizures",
        [{"year": 2020, "amount": 1.5, "agency": "police", "confirmed": "yes", "note": " ok ", "day": "2020-01-02"}],
        [{"year": 2020, "amount": 1.5, "agency": "police", "confirmed": "yes", "note": "ok", "day": "2020-01-02"}],
    ),
    ("seizures", [{"year": 2021}, {"note": ""}], [{"year": 2021}]),
    (
        "needs",
        [{"type": "legal", "subtype": "legal.drafting", "priority": "high", "description": " Model law "}],
        [{"type": "legal", "subtype": "legal.drafting", "priority": "high", "description": "Model law"}],
    ),
    # requests in general terms: a type without its subtype, or no type at all but what is asked for
    ("needs", [{"type": "legal", "priority": "high"}], [{"type": "legal", "priority": "high"}]),
    (
        "needs",
        [{"priority": "low", "description": "Assistance in implementing the Convention"}],
        [{"priority": "low", "description": "Assistance in implementing the Convention"}],
    ),
    (
        "needs",
        [{"type": "legal", "instrument": "untoc", "priority": "high"}],
        [{"type": "legal", "instrument": "untoc", "priority": "high"}],
    ),
    ("criminalized", None, None),
]


@pytest.mark.parametrize(
    ("item_id", "value", "expected"), ACCEPTED, ids=[f"{a[0]}-{n}" for n, a in enumerate(ACCEPTED)]
)
def test_accepted_and_normalized(q1: Questionnaire, item_id: str, value: Any, expected: Any) -> None:
    result = norm(q1, item_id, value)
    assert result == expected
    assert norm(q1, item_id, result) == result  # canonical values come back unchanged


REFUSED: list[tuple[str, Any, str]] = [
    ("criminalized", "yes", "must be one of in_place"),
    ("criminalized", True, "not true"),
    ("has_unit", "partially", "must be one of yes, no, unknown"),
    ("cooperation", 1, "must be one of"),
    ("lead_agency", "army", "must be one of police, customs, prosecution"),
    ("agencies", ["army"], "is not one of the choices"),
    ("agencies", "police", "must be a list"),
    ("agencies", ["other"], "please specify"),
    ("agencies", {"selected": ["police"], "others": "x"}, "unknown field others"),
    ("agencies", ["police", "customs", "prosecution", "other"], "please specify"),
    ("agencies", {"selected": ["police", "customs", "prosecution"], "other": "Navy"}, "select at most 3"),
    ("lead_agency", ["police"], "must be one of"),
    ("unit_name", "x" * 41, "at most 40"),
    ("unit_name", 5, "must be text"),
    ("old_notes", "x" * 1001, "at most 1000"),
    ("old_notes", ["a"], "must be text"),
    ("unit_name", "x\ud800y", "U+D800, half of a UTF-16 surrogate pair"),
    ("laws", [{"title": "Code \udc00"}], "citation 1: the title holds U+DC00"),
    ("cases", True, "whole number"),
    ("cases", "12", "whole number"),
    ("cases", 1.5, "whole number"),
    ("cases", -1, "below the minimum of 0"),
    ("cases", 100001, "above the maximum"),
    ("budget", float("nan"), "finite"),
    ("budget", float("inf"), "finite"),
    ("budget", 10**400, "too large"),
    ("budget", False, "must be a number"),
    ("budget", 1000.01, "above the maximum"),
    ("adopted", "2003-02-29", "not a real date"),
    ("adopted", "1 May 2010", "YYYY-MM-DD"),
    ("adopted", "20100501", "YYYY-MM-DD"),
    ("adopted", "1989-12-31", "before the earliest"),
    ("adopted", dt.datetime(2010, 1, 1, 12, 0), "without a time"),
    ("laws", [{"article": "5"}], "title of the act is required"),
    ("laws", [{"title": "A", "page": 3}], "unknown field page"),
    ("laws", [{"title": "A", "date": "2001-13-01"}], "not a real date"),
    ("laws", [{"title": str(n)} for n in range(4)], "at most 3"),
    ("laws", ["Penal Code"], "must be a mapping"),
    ("documents", [{**DOC, "name": "law.exe"}], "not an allowed kind of file"),
    ("documents", [{**DOC, "size": 2 * 1024 * 1024}], "at most 1 MB"),
    ("documents", [DOC, DOC], "attached twice"),
    ("documents", [DOC, {**DOC, "sha256": "b" * 64}, {**DOC, "sha256": "c" * 64}], "at most 2 files"),
    ("documents", [{**DOC, "sha256": "XYZ"}], "64 lower-case hexadecimal"),
    ("documents", [{**DOC, "size": True}], "whole number of bytes"),
    ("seizures", [{"amount": 3}], "the column year is required"),
    ("seizures", [{"year": 2020, "colour": "red"}], "unknown field colour"),
    ("seizures", [{"year": 1800}], "row 1, column year: 1800 is below the minimum"),
    ("seizures", [{"year": 2020, "agency": "army"}], "column agency: must be one of"),
    ("seizures", [{"year": 2020, "confirmed": "partially"}], "column confirmed"),
    ("seizures", [{"year": 2020, "note": "x" * 21}], "at most 20"),
    ("seizures", [{"year": 2020 + n} for n in range(4)], "at most 3 rows"),
    ("seizures", {"year": 2020}, "must be a list of rows"),
    ("needs", [{"type": "finance", "priority": "high"}], "type must be one of legal, training"),
    ("needs", [{"type": "legal", "subtype": "training.police", "priority": "high"}], "subtypes of legal"),
    ("needs", [{"priority": "high"}], "type must be one of legal, training, not nothing"),
    ("needs", [{"priority": "high", "description": "  "}], "type must be one of"),
    (
        "needs",
        [{"type": "legal", "instrument": "tip", "priority": "high"}],
        "instrument must be one of this question's",
    ),
    ("needs", [{"subtype": "legal.review", "priority": "high", "description": "x"}], "type must be one of"),
    ("needs", [{"type": "legal", "subtype": "legal.review", "priority": "urgent"}], "priority must be one of"),
    ("needs", [{"type": "legal", "subtype": "legal.review", "priority": "low", "cost": 3}], "unknown field cost"),
]


@pytest.mark.parametrize(("item_id", "value", "problem"), REFUSED, ids=[f"{r[0]}-{n}" for n, r in enumerate(REFUSED)])
def test_refused_with_item_and_problem(q1: Questionnaire, item_id: str, value: Any, problem: str) -> None:
    with pytest.raises(ValueRejected) as caught:
        norm(q1, item_id, value)
    assert caught.value.item_id == item_id
    assert problem in caught.value.message
    assert str(caught.value).startswith(f"{item_id}: ")


def test_every_item_type_has_a_refusal(q1: Questionnaire) -> None:
    refused_types = {q1.item(item_id).type for item_id, _, _ in REFUSED}
    assert refused_types == {info.item.type for info in q1.items.values()}


def test_attachment_must_be_stored_with_matching_size(q1: Questionnaire) -> None:
    stored = {SHA: AttachmentRef(SHA, "law.pdf", "application/pdf", 1000)}
    assert norm(q1, "documents", [DOC], stored.get) == [DOC]
    with pytest.raises(ValueRejected, match="not stored in this database"):
        norm(q1, "documents", [{**DOC, "sha256": "b" * 64}], stored.get)
    with pytest.raises(ValueRejected, match="does not match the stored file"):
        norm(q1, "documents", [{**DOC, "size": 999}], stored.get)


def test_other_only_when_allowed(q1: Questionnaire) -> None:
    # a table column of single choice never takes "other"; a multiple choice without allow_other neither
    from omnibus.model.schema import MultipleChoiceItem

    item = q1.item("agencies")
    assert isinstance(item, MultipleChoiceItem)
    strict = dataclasses.replace(item, allow_other=False)
    with pytest.raises(ValueRejected, match='no "Other'):
        normalize(q1, strict, {"selected": ["police"], "other": "Navy"})
    with pytest.raises(ValueRejected, match="is not one of the choices"):
        normalize(q1, strict, ["other"])


# -- properties

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
    | st.sampled_from(["in_place", "yes", "police", "other", "legal", "legal.drafting", "high", "2020-01-01", SHA]),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(
        st.sampled_from(["selected", "other", "title", "year", "type", "subtype", "priority", "sha256", "name",
                         "size", "media_type", "x"]) | st.text(max_size=8),
        children,
        max_size=6,
    ),
    max_leaves=25,
)  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=json_values, pick=st.integers(min_value=0))
def test_random_json_never_crashes(q1: Questionnaire, value: Any, pick: int) -> None:
    items = list(q1.items)
    item_id = items[pick % len(items)]
    try:
        result = norm(q1, item_id, value)
    except ValueRejected as rejected:
        assert rejected.item_id == item_id
    else:
        assert norm(q1, item_id, result) == result


def _valid_values(q: Questionnaire) -> st.SearchStrategy[tuple[str, Any]]:
    text = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=20).map(str.strip).filter(bool)
    day = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
    agencies = ["police", "customs", "prosecution"]
    row = st.fixed_dictionaries(
        {"year": st.integers(1990, 2100)},
        optional={
            "amount": st.floats(0, 1e9, allow_nan=False).map(lambda x: round(x, 6)),
            "agency": st.sampled_from(agencies),
            "confirmed": st.sampled_from(["yes", "no", "unknown"]),
            "note": text.filter(lambda s: len(s) <= 20),
            "day": day,
        },
    )
    need = st.sampled_from([("legal", "legal.drafting"), ("legal", "legal.review"), ("training", "training.police")])
    return st.one_of(
        st.tuples(st.just("criminalized"), st.sampled_from(q.codes(q.item("criminalized")))),
        st.tuples(st.just("cooperation"), st.sampled_from(q.codes(q.item("cooperation")))),
        st.tuples(
            st.just("agencies"),
            st.lists(st.sampled_from(agencies), min_size=1, max_size=3, unique=True).map(
                lambda s: {"selected": sorted(s, key=agencies.index)}
            ),
        ),
        st.tuples(st.just("old_notes"), text),
        st.tuples(st.just("cases"), st.integers(0, 100000)),
        st.tuples(st.just("budget"), st.floats(0, 1000, allow_nan=False).map(lambda x: round(x, 2))),
        st.tuples(st.just("adopted"), day),
        st.tuples(
            st.just("laws"),
            st.lists(st.fixed_dictionaries({"title": text}, optional={"date": day}), min_size=1, max_size=3),
        ),
        st.tuples(st.just("seizures"), st.lists(row, min_size=1, max_size=3)),
        st.tuples(
            st.just("needs"),
            st.lists(
                st.tuples(need, st.sampled_from(["high", "medium", "low"])).map(
                    lambda t: {"type": t[0][0], "subtype": t[0][1], "priority": t[1]}
                ),
                min_size=1,
                max_size=3,
            ),
        ),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_valid_values_round_trip_unchanged(q1: Questionnaire, data: st.DataObject) -> None:
    item_id, value = data.draw(_valid_values(q1))
    assert norm(q1, item_id, value) == value
