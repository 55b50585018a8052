"""One consistent reading of an assessment, with every fact that front ends show worked out once.

The service takes a snapshot under its one lock (`AssessmentService.snapshot`); the export, `responses.json`,
the PDF report, `status --json` and the window all read the same frozen object. So what a package lists is what
it carries, even when the respondent goes on editing while the report renders, and the relevance, issues and
progress printed in one place are those printed in every other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING

from omnibus.model import progress as assess
from omnibus.model import snapshot_update
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AssessmentSummary, AttachmentRef, Draft, Issue, Profile, Progress

if TYPE_CHECKING:
    from omnibus.model.collaboration import Provenance, SignOff


@dataclass(frozen=True)
class AssessmentSnapshot:
    """An assessment as it stood at one moment; nothing in it changes afterwards."""

    summary: AssessmentSummary
    """With its reporting cycle: what the manifest and `responses.json` both say."""
    questionnaire: Questionnaire
    profile: Profile | None
    answers: Mapping[str, Answer]
    """Every stored answer by item id, orphans included (marked `orphan=True`)."""
    drafts: Mapping[str, Draft]
    relevant: frozenset[str]
    issues: tuple[Issue, ...]
    """Authors' messages in `lang`, built-in ones in English (front ends translate them by kind)."""
    progress: Progress
    lang: str
    attachments: Mapping[str, AttachmentRef]
    """The files named by answers to attachment items, by SHA-256."""
    files: Mapping[str, bytes] | None = field(default=None, repr=False)
    """The bytes of every file in `attachments` when the snapshot was taken with them (for a package)."""
    provenance: Mapping[str, Provenance] = field(default_factory=dict)
    """Who gave and who accepted each stored answer, by item id (see `model/collaboration.py`)."""
    sign_offs: tuple[SignOff, ...] = ()
    """The sections approved by a head of unit, by section then institution."""
    scope: frozenset[str] | None = None
    """On an institution's laptop, the items its assignment asks it to answer: issues and progress count only
    these; None where the whole questionnaire is answered here."""
    part: tuple[str, ...] | None = None
    """With `scope`: the sections it touches, in questionnaire order (the others are not shown there)."""

    def in_part(self, item_id: str) -> bool:
        """Whether this laptop answers the item (every item, outside an assignment)."""
        return self.scope is None or item_id in self.scope

    def contributors(self, section_id: str) -> tuple[str, ...]:
        """The institutions whose contributions gave answers of a section, in the order first met."""
        found: dict[str, None] = {}
        for item_id, given in self.provenance.items():
            info = self.questionnaire.items.get(item_id)
            if given.contribution_id is not None and info is not None and info.section.id == section_id:
                found[given.institution] = None
        return tuple(found)

    def file(self, digest: str) -> bytes:
        """The content of an attached file, as stored when the snapshot was taken."""
        if self.files is None:
            raise LookupError("this snapshot was taken without the attached files")
        return self.files[digest]


def with_orphans_marked(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """A copy of the answers, those to items the edition no longer has marked `orphan=True`."""
    items = questionnaire.items
    return {k: (a if k in items else replace(a, orphan=True)) for k, a in answers.items()}


def attachments_named(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> dict[str, AttachmentRef]:
    """The files that answers to the questionnaire's attachment items name (orphans' files are not sent)."""
    found: dict[str, AttachmentRef] = {}
    for item_id, answer in answers.items():
        info = questionnaire.items.get(item_id)
        if info is None or info.item.type != "attachment" or not isinstance(answer.value, list):
            continue
        for entry in answer.value:
            digest = entry.get("sha256")
            if isinstance(digest, str):
                found[digest] = AttachmentRef(
                    digest, str(entry.get("name", "")), str(entry.get("media_type", "")), int(entry.get("size", 0))
                )
    return found


def take_snapshot(
    summary: AssessmentSummary,
    questionnaire: Questionnaire,
    profile: Profile | None,
    answers: Mapping[str, Answer],
    drafts: Mapping[str, Draft],
    relevant: frozenset[str],
    lang: str,
    files: Mapping[str, bytes] | None = None,
    *,
    provenance: Mapping[str, Provenance] | None = None,
    sign_offs: tuple[SignOff, ...] = (),
    scope: frozenset[str] | None = None,
    previous: AssessmentSnapshot | None = None,
) -> AssessmentSnapshot:
    """The snapshot of copies of these records: issues once, progress from those issues, the named files.

    With a `scope` (an assignment's items), only those items are counted: the read-only context around them is
    the focal point's to answer, so its gaps are neither this institution's issues nor its progress. With a
    `previous` snapshot of the same edition, language and scope, issues and progress are worked out again only
    where these records differ from its own (see `snapshot_update.py`)."""
    kept = with_orphans_marked(questionnaire, answers)
    kept_drafts = dict(drafts)
    if previous is not None and snapshot_update.serves(previous, questionnaire, lang, scope):
        found, done = snapshot_update.updated(previous, kept, kept_drafts, relevant)
    else:
        found = tuple(assess.issues(questionnaire, kept, relevant, lang, kept_drafts))
        counted = relevant
        if scope is not None:
            found = tuple(issue for issue in found if issue.item_id in scope)
            counted = relevant & scope
        done = assess.progress(questionnaire, kept, counted, found, kept_drafts)
    return AssessmentSnapshot(
        summary=summary,
        questionnaire=questionnaire,
        profile=profile,
        answers=MappingProxyType(kept),
        drafts=MappingProxyType(kept_drafts),
        relevant=relevant,
        issues=found,
        progress=done,
        lang=lang,
        attachments=MappingProxyType(attachments_named(questionnaire, kept)),
        files=None if files is None else MappingProxyType(dict(files)),
        provenance=MappingProxyType(dict(provenance or {})),
        sign_offs=sign_offs,
        scope=scope,
        part=None if scope is None else part_sections(questionnaire, scope),
    )


def part_sections(questionnaire: Questionnaire, scope: frozenset[str]) -> tuple[str, ...]:
    """The sections holding at least one item of `scope`, in questionnaire order."""
    return tuple(section.id for _, section in questionnaire.sections() if any(i.id in scope for i in section.items))
