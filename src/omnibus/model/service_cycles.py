"""Reporting cycles and questionnaire editions: carry forward, compare, move to a newer edition, history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from omnibus.model import cycles
from omnibus.model.cycle_labels import comes_before, cycle_start, normalize_cycle
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AssessmentSummary, Comparison, ComparisonOrder, Json
from omnibus.model.service_documents import Documents, cycle_label
from omnibus.model.service_errors import EditionMismatch, InvalidCycle
from omnibus.model.service_state import Workspace
from omnibus.model.service_support import summary_json
from omnibus.model.store import queries
from omnibus.model.values import ValueRejected, normalize


class Cycles:
    """Carry forward, compare, new editions, history and reuse; called under the service's lock."""

    def __init__(self, work: Workspace, documents: Documents) -> None:
        self.work = work
        self.documents = documents

    def carry_forward(
        self,
        assessment_id: str,
        cycle: str,
        questionnaire: Questionnaire | None = None,
        *,
        allow_duplicate: bool = False,
    ) -> AssessmentSummary:
        """A new assessment for `cycle`, pre-filled from this one (to be confirmed item by item).

        It uses `questionnaire` if given, else the newest bundled edition of the same questionnaire when that is
        newer, else the same edition. Answers keep their provenance, with origin carried_forward and confirmed
        False; answers to items the edition no longer has come along as orphans. The cycle must be a year or a
        range of years not before the source's (InvalidCycle), and one the country does not have yet
        (DuplicateAssessment) unless `allow_duplicate`: `proposed_cycle` gives the next free one.
        """
        cycle = cycle_label(cycle)
        source = self.work.get(assessment_id)
        if comes_before(cycle, source.summary.cycle):
            raise InvalidCycle(
                f"carrying forward goes to a later reporting cycle: {cycle} comes before {source.summary.cycle}, "
                f"the cycle of {assessment_id[:8]}; give a later one"
            )
        target = questionnaire or self.work.newest_edition(source.questionnaire)
        if target.id != source.questionnaire.id:
            raise EditionMismatch(f"{target.id} is not an edition of {source.questionnaire.id}")
        if not allow_duplicate:
            self.documents.refuse_duplicate(target.id, source.summary.country, cycle, source.summary.training)
        now = self.work.clock()
        summary = replace(
            source.summary,
            id=uuid.uuid4().hex,
            questionnaire_version=target.version,
            questionnaire_hash=target.content_hash,
            cycle=cycle,
            status="draft",
            created=now,
            updated=now,
            carried_from=assessment_id,
            archived=None,
        )
        carried = {
            item_id: replace(a, origin="carried_forward", confirmed=False)
            for item_id, a in cycles.move_answers(source.answers, target).items()
        }
        with self.work.store.write() as tx:
            queries.store_edition(tx, target, now)
            queries.insert_assessment(tx, summary)
            queries.put_answers(tx, summary.id, carried.values())
            queries.audit(
                tx, now, self.work.user, "carry_forward", summary.id, None, assessment_id, summary_json(summary)
            )
        self.work.remember_edition(target)
        return summary

    def compare(self, first_id: str, second_id: str) -> Comparison:
        """Item by item from the earlier cycle of the two to the later one, in whichever order they are given
        (see `cycle_order` below and `cycles.compare_answers`)."""
        first, second = self.work.get(first_id), self.work.get(second_id)
        if first.questionnaire.id != second.questionnaire.id:
            raise EditionMismatch(
                f"{first_id[:8]} answers {first.questionnaire.id} and {second_id[:8]} answers "
                f"{second.questionnaire.id}; only assessments of the same questionnaire can be compared"
            )
        _, _, order = cycle_order(first.summary, second.summary)
        earlier, later = (second, first) if order == "reordered" else (first, second)
        items = cycles.compare_answers(earlier.answers, later.answers, later.questionnaire)
        return Comparison(earlier.summary, later.summary, items, order)

    def upgrade_questionnaire(self, assessment_id: str, newer: Questionnaire) -> AssessmentSummary:
        """Move the assessment to another edition of its questionnaire; answers move by id and `renamed_from`,
        answers to removed items stay as orphans."""
        state = self.work.editable(assessment_id)
        if newer.id != state.questionnaire.id:
            raise EditionMismatch(f"{newer.id} is not an edition of {state.questionnaire.id}")
        if newer.content_hash == state.summary.questionnaire_hash:
            return state.summary
        moved = cycles.target_ids(state.answers, newer)
        renamed = {old: new for old, new in moved.items() if old != new}
        now = self.work.clock()
        old_edition = {"version": state.summary.questionnaire_version, "hash": state.summary.questionnaire_hash}
        new_edition: dict[str, Json] = {"version": newer.version, "hash": newer.content_hash, "renamed": renamed}
        with self.work.store.write() as tx:
            queries.store_edition(tx, newer, now)
            for old in renamed:
                queries.delete_answer(tx, assessment_id, old)
            for old, new in renamed.items():
                queries.put_answer(tx, assessment_id, replace(state.answers[old], item_id=new))
            queries.update_assessment(
                tx,
                assessment_id,
                questionnaire_version=newer.version,
                questionnaire_hash=newer.content_hash,
                updated=now,
            )
            queries.audit(
                tx, now, self.work.user, "upgrade_questionnaire", assessment_id, None, old_edition, new_edition
            )
        self.work.remember_edition(newer)
        return self.work.reload(assessment_id).summary

    def history(self, assessment_id: str) -> list[queries.AuditEntry]:
        """The audit log of one assessment, oldest first."""
        with self.work.store.read() as tx:
            return queries.audit_entries(tx, assessment_id)

    def reuse_related_answers(self, assessment_id: str) -> int:
        """Pre-fill unanswered items from this country's answers to the same question in another questionnaire.

        Items say they ask the same thing with `same_as` (in either questionnaire), so a State does not report
        the same thing twice. Reused answers are marked "to be confirmed", like carried-forward ones. Returns how
        many answers were filled in.
        """
        state = self.work.editable(assessment_id)
        links = related_items(state.questionnaire, self.work.catalogue.all())
        others = [
            a
            for a in self._assessments()
            if a.country == state.summary.country and a.id != assessment_id and a.questionnaire_id in links.sources
        ]
        others.sort(key=lambda a: a.updated, reverse=True)
        reused: list[Answer] = []
        for item_id, refs in links.items.items():
            if item_id in state.answers:
                continue
            found = _first_answer(self.work, others, refs)
            if found is None:
                continue
            try:
                value = normalize(state.questionnaire, state.questionnaire.item(item_id), found.value)
            except ValueRejected:
                continue
            reused.append(replace(found, item_id=item_id, value=value, origin="carried_forward", confirmed=False))
        if reused:
            now = self.work.clock()
            with self.work.store.write() as tx:
                queries.put_answers(tx, assessment_id, reused)
                for answer in reused:
                    queries.audit(tx, now, self.work.user, "reuse", assessment_id, answer.item_id, None, answer.value)
                queries.touch(tx, assessment_id, now)
            self.work.loaded.pop(assessment_id, None)
        return len(reused)

    def _assessments(self) -> list[AssessmentSummary]:
        with self.work.store.read() as tx:
            return queries.assessments(tx)


@dataclass(frozen=True)
class RelatedItems:
    items: dict[str, list[tuple[str, str]]]  # item id -> [(other questionnaire id, other item id)]
    sources: frozenset[str]  # the other questionnaires' ids


def related_items(questionnaire: Questionnaire, catalogue: list[Questionnaire]) -> RelatedItems:
    """Items of `questionnaire` that ask what an item of another questionnaire asks (`same_as`, both ways)."""
    links: dict[str, list[tuple[str, str]]] = {}
    for info in questionnaire.items.values():
        for ref in info.item.same_as:
            links.setdefault(info.item.id, []).append((ref.questionnaire, ref.item))
    for other in catalogue:
        if other.id == questionnaire.id:
            continue
        for info in other.items.values():
            for ref in info.item.same_as:
                if ref.questionnaire == questionnaire.id and ref.item in questionnaire.items:
                    links.setdefault(ref.item, []).append((other.id, info.item.id))
    return RelatedItems(links, frozenset(q for refs in links.values() for q, _ in refs))


def _first_answer(work: Workspace, others: list[AssessmentSummary], refs: list[tuple[str, str]]) -> Answer | None:
    for other in others:
        answers = work.get(other.id).answers
        for questionnaire_id, item_id in refs:
            answer = answers.get(item_id)
            if other.questionnaire_id == questionnaire_id and answer is not None and answer.value is not None:
                return answer
    return None


def cycle_order(
    first: AssessmentSummary, second: AssessmentSummary
) -> tuple[AssessmentSummary, AssessmentSummary, ComparisonOrder]:
    """The two assessments earlier cycle first, and how that order came about.

    A comparison read the wrong way round turns every improvement into a regression, so the order of the
    arguments does not decide it: the cycle that starts first does, then (cycles starting the same year, or labels
    stored before cycles were checked) the assessment created first. Two assessments of the very same cycle have
    no earlier one: they keep the order given.
    """
    if _same_cycle(first.cycle, second.cycle):
        return first, second, "same_cycle"
    start, other = cycle_start(first.cycle), cycle_start(second.cycle)
    if start is not None and other is not None and start != other:
        swap = other < start
    else:
        swap = second.created < first.created
    return (second, first, "reordered") if swap else (first, second, "as_given")


def _same_cycle(cycle: str, other: str) -> bool:
    label, then = normalize_cycle(cycle), normalize_cycle(other)
    if label is None or then is None:
        return cycle.strip() == other.strip()
    return label == then
