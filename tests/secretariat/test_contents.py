"""A validly signed package must carry exactly the questionnaire its manifest names, file by file."""

from __future__ import annotations

import pytest

from omnibus.export import build_package
from omnibus.export.manifest import REPORT, RESPONSES
from omnibus.export.verify import open_package
from omnibus.secretariat.contents import ContentError, bundled_questionnaires, check_contents, file_names
from omnibus.secretariat.sample import Sample, SamplePackage, sample_questionnaire
from tests.secretariat.helpers import unzip

NAMES = file_names(sample_questionnaire())  # main file first, then its includes


def _files(package: SamplePackage) -> dict[str, bytes]:
    """The questionnaire files a package carries, by file name."""
    return {n.removeprefix("questionnaire/"): c for n, c in unzip(package.data) if n.startswith("questionnaire/")}


def _resigned(package: SamplePackage, files: dict[str, bytes]) -> bytes:
    """`package` with other questionnaire files, validly signed by its own key."""
    members = {n: c for n, c in unzip(package.data) if n in (RESPONSES, REPORT)}
    members.update({f"questionnaire/{name}": content for name, content in files.items()})
    return build_package(package.info, members, package.signer)


def _refusal(data: bytes) -> str:
    with pytest.raises(ContentError) as caught:
        check_contents(open_package(data), bundled_questionnaires())
    assert caught.value.category == "questionnaire-mismatch"
    return str(caught.value)


def test_a_sample_package_carries_its_questionnaire(sample: Sample) -> None:
    package = sample.packages[0]
    contents = check_contents(open_package(package.data), bundled_questionnaires())
    assert contents.files == tuple((name, _files(package)[name]) for name in NAMES)


def test_an_edited_questionnaire_file_is_refused(sample: Sample) -> None:
    package = sample.packages[0]
    files = _files(package)
    files[NAMES[0]] += b"\n# edited\n"
    assert "differ from the questionnaire" in _refusal(_resigned(package, files))


def test_a_missing_questionnaire_file_is_refused(sample: Sample) -> None:
    package = sample.packages[0]
    files = _files(package)
    del files[NAMES[1]]
    assert NAMES[1] in _refusal(_resigned(package, files))


def test_bytes_moved_from_one_file_to_the_next_are_refused(sample: Sample) -> None:
    """The same bytes in the same order, cut differently: the digest of them all is the same, the files are not."""
    package = sample.packages[0]
    files = _files(package)
    first, second = NAMES[0], NAMES[1]
    files[first], files[second] = files[first][:-1], files[first][-1:] + files[second]
    assert "differ from the questionnaire" in _refusal(_resigned(package, files))


def _with_answers(package: SamplePackage, **changed: object) -> bytes:
    """`package` with some answers' values changed, validly signed by its own key."""
    responses = package.responses
    answers = tuple(
        a.model_copy(update={"value": changed[a.item_id]}) if a.item_id in changed else a for a in responses.answers
    )
    members = dict(unzip(package.data))
    members = {n: c for n, c in members.items() if n == REPORT or n.startswith("questionnaire/")}
    members[RESPONSES] = responses.model_copy(update={"answers": answers}).to_json()
    return build_package(package.info, members, package.signer)


def _answered(package: SamplePackage, kind: str) -> str:
    q = sample_questionnaire()
    return next(a.item_id for a in package.responses.answers if q.items[a.item_id].item.type == kind)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("indicator", "somewhat"),
        ("yes_no", True),
        ("multiple_choice", {"selected": ["not-a-choice"]}),
        ("ta_needs", [{"type": "training", "priority": "urgent"}]),
        ("long_text", "x" * 100_000),
    ],
)
def test_an_answer_that_does_not_fit_its_item_is_refused_saying_which(sample: Sample, kind: str, value: object) -> None:
    package = sample.packages[0]
    item_id = _answered(package, kind)
    with pytest.raises(ContentError) as caught:
        check_contents(open_package(_with_answers(package, **{item_id: value})), bundled_questionnaires())
    assert caught.value.category == "invalid-responses"
    assert item_id in str(caught.value)


def test_answers_are_checked_by_the_service_s_own_rules(sample: Sample) -> None:
    """Whatever `normalize` accepts for an item, the Secretariat accepts too: one set of rules."""
    package = sample.packages[0]
    item_id = _answered(package, "long_text")
    untidy = "  Padded with spaces, as a hand-edited file might be.  "
    contents = check_contents(open_package(_with_answers(package, **{item_id: untidy})), bundled_questionnaires())
    assert contents.responses.values()[item_id] == untidy
