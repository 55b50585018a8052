"""`responses.json`: what the export writes is what the Secretariat reads back, and nothing else is read."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnibus.export.errors import PackageError
from omnibus.export.responses import ResponseProgress, build_responses, parse_responses
from omnibus.model.records import Answer
from tests.export.report import samples

SUMMARY = samples.summary(status="final")
WHEN = datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC)
ANSWERS = {
    "b_needs": Answer(
        "b_needs",
        [{"type": "training", "subtype": "judges", "priority": "high", "description": "Judges' workshop."}],
        comment="Agreed with the Judicial Council.",
        answered_by="Jane Wanjiru",
        answered_at=WHEN,
        language="en",
    ),
    "a_status": Answer("a_status", "partially", origin="carried_forward", confirmed=False),
    "c_count": Answer("c_count", 12, orphan=True),
}


def _built() -> bytes:
    progress = ResponseProgress(relevant=3, answered=2, required_missing=0)
    return build_responses(SUMMARY, ANSWERS, frozenset({"a_status", "b_needs"}), progress).to_json()


def _document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(_built())
    document.update(changes)
    return document


def _answer(**changes: Any) -> dict[str, Any]:
    answer: dict[str, Any] = _document()["answers"][0]
    answer.update(changes)
    return answer


def test_what_is_written_reads_back_the_same() -> None:
    data = _built()
    responses = parse_responses(data)
    assert responses.to_json() == data
    assert [a.item_id for a in responses.answers] == ["a_status", "b_needs", "c_count"]
    assert responses.values() == {"a_status": "partially", "b_needs": ANSWERS["b_needs"].value}
    needs = responses.answers[1]
    assert (needs.comment, needs.answered_by, needs.answered_at, needs.language) == (
        "Agreed with the Judicial Council.",
        "Jane Wanjiru",
        WHEN,
        "en",
    )
    assert (responses.answers[0].origin, responses.answers[0].confirmed) == ("carried_forward", False)
    assert responses.relevant_items == ("a_status", "b_needs")
    assert responses.progress == ResponseProgress(relevant=3, answered=2, required_missing=0)


def test_the_file_is_canonical_json() -> None:
    data = _built()
    assert data == (json.dumps(json.loads(data), sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode()
    assert b'"answered_at": "2026-02-03T04:05:06Z"' in data


@pytest.mark.parametrize(
    ("moment", "written"),
    [
        (datetime(2026, 2, 3, 4, 5, 6, 120000, tzinfo=timezone(timedelta(hours=5, minutes=30))), "06.120000+05:30"),
        (datetime(2026, 2, 3, 4, 5, 6, 1, tzinfo=UTC), "06.000001Z"),
        (datetime(2026, 2, 3, 4, 5, 6), "06"),
    ],
)
def test_times_are_written_as_packages_always_had_them(moment: datetime, written: str) -> None:
    """Packages already signed carry these forms: the same answers must keep giving the same bytes (digests)."""
    answers = {"a_status": Answer("a_status", "yes", answered_at=moment)}
    progress = ResponseProgress(relevant=1, answered=1, required_missing=0)
    data = build_responses(SUMMARY, answers, frozenset({"a_status"}), progress).to_json()
    assert f'"answered_at": "2026-02-03T04:05:{written}"'.encode() in data
    assert parse_responses(data).answers[0].answered_at == moment


@pytest.mark.parametrize(
    ("document", "where"),
    [
        (_document(extra="field"), "extra"),
        (_document(format="something-else"), "$.format"),
        (_document(format_version=2), "$.format_version"),
        (_document(format_version=1.0), "$.format_version"),
        (_document(format_version=True), "$.format_version"),
        (_document(training=1), "$.training"),
        (_document(progress={"relevant": "1", "answered": 0, "required_missing": 0}), "$.progress.relevant"),
        (_document(answers=[_answer(answered_at=1_770_000_000)]), "$.answers[0].answered_at"),
        (_document(status="submitted"), "$.status"),
        (_document(progress={"relevant": -1, "answered": 0, "required_missing": 0}), "$.progress.relevant"),
        (_document(answers=[_answer(item_id="x" * 65)]), "$.answers[0].item_id"),
        (_document(answers=[_answer(origin="invented")]), "$.answers[0].origin"),
        (_document(answers=[_answer(answered_at="yesterday")]), "$.answers[0].answered_at"),
        (_document(answers=[_answer(unexpected=True)]), "unexpected"),
        (_document(answers="not a list"), "$.answers"),
        ({k: v for k, v in _document().items() if k != "country"}, "country"),
    ],
)
def test_anything_but_a_responses_document_is_refused_saying_where(document: dict[str, Any], where: str) -> None:
    with pytest.raises(PackageError, match=r"responses\.json is not valid") as refused:
        parse_responses(json.dumps(document).encode())
    assert where in str(refused.value)


@pytest.mark.parametrize("data", [b"", b"{", b"[]", b"null", b'{"answers": [}', b'{"a": "\\ud800"}'])
def test_malformed_json_is_refused(data: bytes) -> None:
    with pytest.raises(PackageError, match=r"responses\.json is not valid"):
        parse_responses(data)


def test_the_export_refuses_to_write_what_the_secretariat_would_refuse() -> None:
    too_long = {"a_status": Answer("a_status", "yes", comment="x" * 100_001)}
    with pytest.raises(PackageError, match=r"\$\.answers\[0\]\.comment"):
        build_responses(SUMMARY, too_long, frozenset(), ResponseProgress(relevant=1, answered=1, required_missing=0))


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)


@given(st.dictionaries(st.sampled_from(sorted(_document())) | st.text(max_size=12), _json, max_size=14))
def test_any_json_object_is_read_or_refused_with_a_package_error(document: dict[str, Any]) -> None:
    with contextlib.suppress(PackageError):
        parse_responses(json.dumps(document).encode())


@given(st.binary(max_size=200))
def test_any_bytes_are_read_or_refused_with_a_package_error(data: bytes) -> None:
    with contextlib.suppress(PackageError):
        parse_responses(data)


@given(st.lists(_json, max_size=5))
def test_any_answer_values_are_kept_as_written(values: list[Any]) -> None:
    document = _document(answers=[_answer(item_id=f"i{n}", value=value) for n, value in enumerate(values)])
    responses = parse_responses(json.dumps(document).encode())
    assert [a.value for a in responses.answers] == values
