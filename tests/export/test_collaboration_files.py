"""Assignment and contribution files: they round-trip, and nothing altered, mixed up or malformed is ever read."""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnibus.export import PackageError, Signer
from omnibus.export.collaboration_files import (
    build_assignment,
    build_contribution,
    read_assignment,
    read_contribution,
)
from omnibus.export.exchange import parse_json
from omnibus.model.collaboration import (
    Assignment,
    AssignmentContents,
    AttachmentFile,
    ContributedAnswer,
    Contribution,
    Entry,
    SignOff,
)
from omnibus.model.loader import load_questionnaire
from omnibus.model.records import FileEntry

FIXTURES = Path(__file__).parents[1] / "model" / "fixtures"
QUESTIONNAIRE = load_questionnaire(FIXTURES / "all-types-1.yaml")
FOCAL, INSTITUTION = Signer.generate(), Signer.generate()
WHEN = datetime(2025, 2, 1, 9, 30, tzinfo=UTC)
FILE = AttachmentFile(
    "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", "law.pdf", "application/pdf", b"hello"
)
FILE_ENTRY: FileEntry = {"sha256": FILE.sha256, "name": "law.pdf", "media_type": "application/pdf", "size": 5}
SETTINGS = settings(
    max_examples=int(os.environ.get("OMNIBUS_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

ASSIGNMENT = AssignmentContents(
    assignment=Assignment(
        id="a" * 32,
        assessment_id="e" * 32,
        institution="Ministère de l'Intérieur",
        contact="Amina",
        sections=("numbers",),
        items=("cases", "budget", "adopted", "documents"),
        deadline=date(2025, 3, 31),
        note="Merci",
        assigned_by="focal",
        assigned_at=WHEN,
        base={
            "cases": Entry(3, "from 2023"),
            "budget": Entry(None),
            "adopted": Entry(None),
            "documents": Entry([FILE_ENTRY]),
        },
    ),
    questionnaire=QUESTIONNAIRE,
    country="KEN",
    cycle="2025",
    training=False,
    assigned_by_institution="Ministry of Foreign Affairs",
    context={"unit_name": Entry("Unit")},
    attachments=(FILE,),
)

CONTRIBUTION = Contribution(
    id="c" * 32,
    assignment_id="a" * 32,
    assessment_id="e" * 32,
    country="KEN",
    questionnaire_id=QUESTIONNAIRE.id,
    questionnaire_version=QUESTIONNAIRE.version,
    questionnaire_hash=QUESTIONNAIRE.content_hash,
    institution="Ministère de l'Intérieur",
    person="Amina",
    round=2,
    created=WHEN,
    answers={
        "cases": ContributedAnswer("cases", 4, "checked", "amina", WHEN),
        "budget": ContributedAnswer("budget", 2.5),
        "adopted": ContributedAnswer("adopted", None),
    },
    sign_offs=(SignOff("numbers", "Head of unit", "Director", date(2025, 2, 1)),),
    attachments=(FILE,),
)
VALID = build_contribution(CONTRIBUTION, INSTITUTION)


def test_an_assignment_round_trips() -> None:
    received = read_assignment(build_assignment(ASSIGNMENT, FOCAL))
    assert received.signer == FOCAL.fingerprint
    assert received.contents.questionnaire.content_hash == QUESTIONNAIRE.content_hash
    assert replace(received.contents, questionnaire=QUESTIONNAIRE) == ASSIGNMENT


def test_a_contribution_round_trips_with_its_signer_and_digest() -> None:
    read = read_contribution(VALID)
    assert replace(read, fingerprint="", digest="") == CONTRIBUTION
    assert read.fingerprint == INSTITUTION.fingerprint and len(read.digest) == 64
    assert build_contribution(CONTRIBUTION, INSTITUTION) == VALID  # reproducible


def test_answers_to_confirm_travel_both_ways_and_only_when_there_are_any() -> None:
    """The assignment says which carried-forward answers are still to be confirmed, the contribution whether each
    was confirmed; files without any carry neither key, so an installation that does not know them reads them."""
    carried = replace(ASSIGNMENT, to_confirm=frozenset({"cases"}))
    assert read_assignment(build_assignment(carried, FOCAL)).contents.to_confirm == {"cases"}
    assert b"to_confirm" not in _member(build_assignment(ASSIGNMENT, FOCAL), "assignment.json")
    confirmed = ContributedAnswer("cases", 3, "from 2023", "Amina", None, True)
    contribution = replace(CONTRIBUTION, answers={**CONTRIBUTION.answers, "cases": confirmed})
    answers = read_contribution(build_contribution(contribution, INSTITUTION)).answers
    assert (answers["cases"].confirmed, answers["budget"].confirmed) == (True, None)
    assert b"confirmed" not in _member(VALID, "contribution.json")


def test_an_assignment_asking_to_confirm_an_answer_it_does_not_carry_is_refused() -> None:
    base = {k: e for k, e in ASSIGNMENT.assignment.base.items() if k != "adopted"}  # it carries no answer
    forged = replace(
        ASSIGNMENT, assignment=replace(ASSIGNMENT.assignment, base=base), to_confirm=frozenset({"adopted"})
    )
    with pytest.raises(PackageError, match="confirm answers it does not carry"):
        read_assignment(build_assignment(forged, FOCAL))


def _rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The same members (changed, added or removed), zipped again: signatures kept as they were."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            if name not in change:
                target.writestr(name, source.read(name))
        for name, content in change.items():
            if content is not None:
                target.writestr(name, content)
    return out.getvalue()


def _member(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"contribution.json": b"{}"}, "has been altered"),
        ({"attachments/" + "0" * 64: b"x"}, "not in the signed manifest"),
        ({"attachments/" + FILE.sha256: None}, "listed in the signed manifest but missing"),
        ({"manifest.sig": None}, "manifest.sig missing"),
        ({"notes.txt": b"hi"}, "may contain"),
        ({"responses.json": b"{}"}, "may contain"),
    ],
)
def test_altered_contributions_are_refused(change: dict[str, bytes | None], reason: str) -> None:
    with pytest.raises(PackageError, match=reason):
        read_contribution(_rezip(VALID, change))


def test_a_manifest_signed_by_another_key_or_edited_is_refused() -> None:
    manifest = _member(VALID, "manifest.json")
    with pytest.raises(PackageError, match="does not verify"):
        read_contribution(_rezip(VALID, {"manifest.json": manifest.replace(b'"KEN"', b'"UGA"')}))
    other = build_contribution(replace(CONTRIBUTION, round=3), FOCAL)
    with pytest.raises(PackageError, match="does not verify"):
        read_contribution(_rezip(VALID, {"signer.pem": _member(other, "signer.pem")}))


def test_one_kind_is_never_read_as_the_other() -> None:
    with pytest.raises(PackageError, match="may contain"):
        read_assignment(VALID)
    with pytest.raises(PackageError, match="may contain"):
        read_contribution(build_assignment(ASSIGNMENT, FOCAL))


def test_strict_json_refuses_duplicate_keys_and_non_numbers() -> None:
    with pytest.raises(PackageError, match="twice"):
        parse_json(b'{"round": 1, "round": 2}', "contribution.json")
    with pytest.raises(PackageError, match="NaN"):
        parse_json(b'{"value": NaN}', "contribution.json")


mutation = st.lists(
    st.one_of(
        st.tuples(st.just("flip"), st.integers(0, len(VALID) - 1), st.integers(1, 255)),
        st.tuples(st.just("cut"), st.integers(0, len(VALID) - 1), st.integers(1, 64)),
        st.tuples(st.just("insert"), st.integers(0, len(VALID)), st.binary(min_size=1, max_size=16)),
    ),
    min_size=1,
    max_size=4,
)


def _mutate(data: bytes, steps: list[Any]) -> bytes:
    buffer = bytearray(data)
    for kind, position, value in steps:
        position = min(position, len(buffer))
        if kind == "flip" and position < len(buffer):
            buffer[position] ^= value
        elif kind == "cut":
            del buffer[position : position + value]
        elif kind == "insert":
            buffer[position:position] = value
    return bytes(buffer)


@SETTINGS
@given(mutation)
def test_no_altered_contribution_is_read_as_anything_but_the_original(steps: list[Any]) -> None:
    data = _mutate(VALID, steps)
    try:
        read = read_contribution(data)
    except PackageError as exc:
        assert str(exc)
        return
    # a change the zip format ignores (e.g. in a header field nothing reads) may pass: the content must be the same
    assert replace(read, fingerprint="", digest="") == CONTRIBUTION


@SETTINGS
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_are_refused_with_a_reason(data: bytes) -> None:
    with pytest.raises(PackageError):
        read_contribution(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@SETTINGS
@given(st.dictionaries(st.sampled_from(["cases", "budget", "adopted", "x"]), json_values, max_size=4), st.integers())
def test_any_signed_content_is_read_or_refused_cleanly(values: dict[str, Any], round_number: int) -> None:
    """A correctly signed file whose content is unusual: read as data (the service then validates each value) or
    refused with a PackageError; never another exception."""
    answers = {k: ContributedAnswer(k, v) for k, v in values.items()}
    try:
        data = build_contribution(replace(CONTRIBUTION, answers=answers, round=round_number), INSTITUTION)
    except (PackageError, ValueError):
        return
    read = read_contribution(data)
    assert {k: a.value for k, a in read.answers.items()} == values


ASSIGNMENT_FILE = build_assignment(ASSIGNMENT, FOCAL)


@SETTINGS
@given(
    st.lists(
        st.tuples(st.just("flip"), st.integers(0, len(ASSIGNMENT_FILE) - 1), st.integers(1, 255)),
        min_size=1,
        max_size=3,
    )
)
def test_no_altered_assignment_is_read_as_anything_but_the_original(steps: list[Any]) -> None:
    try:
        received = read_assignment(_mutate(ASSIGNMENT_FILE, steps))
    except PackageError as exc:
        assert str(exc)
        return
    assert replace(received.contents, questionnaire=QUESTIONNAIRE) == ASSIGNMENT
