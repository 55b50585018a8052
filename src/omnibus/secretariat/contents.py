"""What the Secretariat checks inside a verified package: its questionnaire, its responses, every answer.

Signatures and member hashes are the export layer's job (`open_package`). Here: the questionnaire the
manifest names must be one the Secretariat knows (the bundled catalogue), the files the package carries
must be that questionnaire's files byte for byte, and `responses.json` must parse, agree with the signed
manifest and hold only answers that fit their items.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import PurePath

from omnibus.export.errors import PackageError
from omnibus.export.responses import Responses, parse_responses
from omnibus.export.verify import OpenedPackage
from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import AttachmentRef
from omnibus.model.values import ValueRejected, normalize


class ContentError(PackageError):
    """A verified package whose contents cannot be used; `category` says which check failed."""

    def __init__(self, category: str, message: str) -> None:
        super().__init__(message)
        self.category = category


@dataclass(frozen=True)
class Expected:
    """What a package of one questionnaire must carry, worked out once per questionnaire and import."""

    files: tuple[tuple[str, bytes], ...]
    """The questionnaire's files as a package carries them: main file first, then includes."""


@dataclass(frozen=True)
class KnownQuestionnaires:
    """Questionnaires the Secretariat accepts answers to, by the loader's digest."""

    by_hash: Mapping[str, Questionnaire]
    _expected: dict[str, Expected] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_catalogue(cls, catalogue: Catalogue) -> KnownQuestionnaires:
        return cls({q.content_hash: q for q in catalogue.all()})

    def knows(self, questionnaire_id: str, version: str, sha256: str) -> bool:
        found = self.by_hash.get(sha256)
        return found is not None and found.id == questionnaire_id and found.version == version

    def expected(self, questionnaire: Questionnaire) -> Expected:
        found = self._expected.get(questionnaire.content_hash)
        if found is None:
            files = tuple(zip(file_names(questionnaire), (f.content for f in questionnaire.files), strict=True))
            found = self._expected[questionnaire.content_hash] = Expected(files)
        return found


@cache
def bundled_questionnaires() -> KnownQuestionnaires:
    """The bundled catalogue, loaded once per process (it takes about a second)."""
    return KnownQuestionnaires.from_catalogue(Catalogue.bundled())


def file_names(questionnaire: Questionnaire) -> tuple[str, ...]:
    """The names of a questionnaire's files as a package carries them: main file first, then includes."""
    return tuple(PurePath(f.name).name for f in questionnaire.files)


@dataclass(frozen=True)
class Contents:
    questionnaire: Questionnaire
    files: tuple[tuple[str, bytes], ...]
    responses: Responses


def _carried_files(opened: OpenedPackage, expected: Expected) -> tuple[tuple[str, bytes], ...]:
    """The package must carry the questionnaire's files byte for byte (so their digest is the one it names)."""
    carried = opened.questionnaires
    missing = [name for name, _ in expected.files if name not in carried]
    if missing:
        raise ContentError(
            "questionnaire-mismatch", f"the package does not carry the questionnaire file(s) {', '.join(missing)}."
        )
    if any(carried[name] != content for name, content in expected.files):
        raise ContentError(
            "questionnaire-mismatch",
            "the questionnaire files in the package differ from the questionnaire its manifest names.",
        )
    return expected.files


def _check_agreement(responses: Responses, opened: OpenedPackage) -> None:
    m = opened.manifest
    pairs = (
        ("country", responses.country, m.country),
        ("cycle", responses.cycle, m.reporting_cycle),
        ("assessment", responses.assessment_id, m.assessment_id),
        ("questionnaire", responses.questionnaire_id, m.questionnaire.id),
        ("questionnaire version", responses.questionnaire_version, m.questionnaire.version),
        ("questionnaire digest", responses.questionnaire_sha256, m.questionnaire.sha256),
        ("training flag", responses.training, m.training),
    )
    for what, inside, signed in pairs:
        if inside != signed:
            raise ContentError(
                "invalid-responses", f"responses.json gives {what} {inside!r} but the manifest says {signed!r}."
            )


def _check_answers(responses: Responses, questionnaire: Questionnaire, opened: OpenedPackage) -> None:
    """Every answer must fit its item: `normalize`, the one authority on what fits, the service's too."""
    items = questionnaire.items
    stored = {sha: AttachmentRef(sha, "", "", len(data)) for sha, data in opened.attachments.items()}
    for answer in responses.answers:
        if answer.orphan:
            continue
        item_id = answer.item_id
        if item_id not in items:
            raise ContentError(
                "invalid-responses", f"responses.json answers {item_id!r}, which the questionnaire lacks."
            )
        try:
            normalize(questionnaire, items[item_id].item, answer.value, stored.get)
        except ValueRejected as exc:
            raise ContentError("invalid-responses", f"responses.json: the answer to {exc}.") from exc


def check_contents(opened: OpenedPackage, known: KnownQuestionnaires) -> Contents:
    """The package's questionnaire and responses, checked; ContentError says what is wrong."""
    ref = opened.manifest.questionnaire
    questionnaire = known.by_hash.get(ref.sha256)
    if questionnaire is None or not known.knows(ref.id, ref.version, ref.sha256):
        raise ContentError("unknown-questionnaire", f"unknown questionnaire {ref.id} version {ref.version}.")
    expected = known.expected(questionnaire)
    files = _carried_files(opened, expected)
    try:
        responses = parse_responses(opened.responses)
    except PackageError as exc:
        raise ContentError("invalid-responses", str(exc)) from exc
    _check_agreement(responses, opened)
    _check_answers(responses, questionnaire, opened)
    return Contents(questionnaire, files, responses)
