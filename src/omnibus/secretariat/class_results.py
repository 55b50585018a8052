"""A workshop's results: the trainees' packages in one folder (a USB stick, a shared folder), read in seconds.

For each file: who handed it in, and its problems: unreadable, altered after signing, not a training package
(a real submission is named and kept out of the class's results), not a package of a known questionnaire, a
draft, and the questions a trainer goes over in the debriefing (required questions unanswered, evidence
missing, answers contradicting each other, carried-forward answers not confirmed), found with the same
checks as the trainee's own window (`model.progress.issues`). Then the class's answers side by side, question by
question, and the Secretariat's analysis of the class: the readable training packages imported into a
throwaway Secretariat database with the Secretariat's own importer (training packages allowed, each
trainee's key trusted, as the trainer vouches for the room) and analysed by its own code. In a workshop every
trainee answers for the same State, questionnaire and cycle, where the Secretariat keeps only the newest
package of a State; here every trainee's package counts, as the class is the subject.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from sqlalchemy import update

from omnibus.export.errors import PackageError
from omnibus.export.report.labels import catalogue
from omnibus.export.report.values import answer_view
from omnibus.export.report.views import AnswerView
from omnibus.export.responses import Responses
from omnibus.export.verify import load_package_file, open_package, verify_package
from omnibus.model.countries import country_name
from omnibus.model.progress import issues
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer
from omnibus.secretariat import trust
from omnibus.secretariat.analysis import Analysis
from omnibus.secretariat.compute import analyse
from omnibus.secretariat.contents import ContentError, bundled_questionnaires, check_contents
from omnibus.secretariat.db import PackageRow, open_session
from omnibus.secretariat.importer import Importer, ImportOptions, package_files
from omnibus.secretariat.reference import State

ProblemKind = Literal[
    "unreadable", "tampered", "not_training", "refused", "draft", "required", "evidence", "constraint", "to_confirm"
]
SERIOUS: frozenset[ProblemKind] = frozenset({"unreadable", "tampered", "not_training", "refused"})
"""Problems that keep a file out of the class's answers and analysis."""


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    item_id: str = ""
    detail: str = ""


@dataclass(frozen=True)
class HandedIn:
    """One file of the folder and what was found in it."""

    path: Path
    who: str
    """The focal point the trainee gave, else the institution, else the file's name."""
    status: str
    problems: tuple[Problem, ...]
    responses: Responses | None = None
    questionnaire: Questionnaire | None = None
    signer: str = ""

    @property
    def counted(self) -> bool:
        """A readable training package: its answers are shown and analysed."""
        return self.responses is not None and not any(p.kind in SERIOUS for p in self.problems)


@dataclass(frozen=True)
class ClassResults:
    handed_in: tuple[HandedIn, ...]
    analysis: Analysis | None
    lang: str

    @property
    def counted(self) -> tuple[HandedIn, ...]:
        return tuple(h for h in self.handed_in if h.counted)


@cache
def _words() -> dict[str, dict[str, str]]:
    loaded: dict[str, dict[str, str]] = json.loads(
        Path(__file__).with_name("class_labels.json").read_text(encoding="utf-8")
    )
    return loaded


def class_words(lang: str) -> Mapping[str, str]:
    """The class results' words in `lang` (English for another language)."""
    return _words().get(lang, _words()["en"])


def read_class(folder: Path, lang: str = "en") -> ClassResults:
    """Every package under `folder`, checked, and the Secretariat's analysis of the readable training ones."""
    found = tuple(_read(path, lang) for path in package_files([Path(folder)]))
    counted = [h for h in found if h.counted]
    return ClassResults(found, _analysis(counted, lang) if counted else None, lang)


def _read(path: Path, lang: str) -> HandedIn:
    try:
        data, _encrypted = load_package_file(path)
        verification = verify_package(data)
    except PackageError as exc:
        return HandedIn(path, path.name, "", (Problem("unreadable", detail=str(exc)),))
    manifest = verification.manifest
    who = path.name
    if manifest is not None:
        who = manifest.focal_point.name.strip() or manifest.institution.strip() or path.name
    if not verification.intact or manifest is None:
        return HandedIn(path, who, "", (Problem("tampered", detail=" ".join(verification.problems)),))
    if not manifest.training:
        return HandedIn(path, who, manifest.status, (Problem("not_training"),))
    try:
        contents = check_contents(open_package(data), bundled_questionnaires())
    except (PackageError, ContentError) as exc:
        return HandedIn(path, who, manifest.status, (Problem("refused", detail=str(exc)),))
    problems = [Problem("draft")] if manifest.status != "final" else []
    problems += _answer_problems(contents.questionnaire, contents.responses, lang)
    signer = verification.signer_fingerprint or manifest.signer
    return HandedIn(path, who, manifest.status, tuple(problems), contents.responses, contents.questionnaire, signer)


def _answers(responses: Responses) -> dict[str, Answer]:
    return {
        a.item_id: Answer(a.item_id, a.value, a.comment, confirmed=a.confirmed, orphan=a.orphan)
        for a in responses.answers
    }


def _answer_problems(questionnaire: Questionnaire, responses: Responses, lang: str) -> list[Problem]:
    relevant = frozenset(responses.relevant_items)
    found = issues(questionnaire, _answers(responses), relevant, lang)
    kinds: dict[str, ProblemKind] = {
        "required": "required",
        "evidence": "evidence",
        "constraint": "constraint",
        "to_confirm": "to_confirm",
    }
    return [Problem(kinds[i.kind], i.item_id, i.message) for i in found if i.kind in kinds]


def problem_text(problem: Problem, questionnaire: Questionnaire | None, lang: str) -> str:
    """One problem in words, the question named by its label in `lang`."""
    item = problem.item_id
    if item and questionnaire is not None and item in questionnaire.items:
        item = questionnaire.text(questionnaire.item(item).label, lang)
    return class_words(lang)[f"problem.{problem.kind}"].format(item=item, detail=problem.detail)


def answer_text(handed: HandedIn, item_id: str, lang: str) -> str:
    """The trainee's answer to one question, on one line, as the report prints it."""
    q, responses = handed.questionnaire, handed.responses
    if q is None or responses is None:
        return ""
    value = responses.values().get(item_id)
    if value is None or item_id not in responses.relevant_items:
        return class_words(lang)["not_answered"]
    return _one_line(answer_view(q.item(item_id), value, q, lang, catalogue(lang)))


def _one_line(view: AnswerView) -> str:
    if view.mark is not None:
        return view.mark.word
    if view.choices:
        return ", ".join(view.choices)
    if view.citations:
        return "; ".join(" ".join(part for part in (c.title, c.article, c.date) if part) for c in view.citations)
    if view.table is not None:
        return "; ".join(" · ".join(cell for cell in row if cell) for row in view.table.rows)
    if view.needs:
        return "; ".join(f"{n.subtype or n.type} ({n.priority})" for n in view.needs)
    if view.attachments:
        return ", ".join(a.name for a in view.attachments)
    return view.text


def questions(results: ClassResults) -> list[tuple[str, str]]:
    """(item id, label) of every question some counted package answered, in the questionnaire's order."""
    counted = results.counted
    if not counted or counted[0].questionnaire is None:
        return []
    q = counted[0].questionnaire
    answered = {item for h in counted if h.responses is not None for item in h.responses.values()}
    return [(item_id, q.text(q.item(item_id).label, results.lang)) for item_id in q.items if item_id in answered]


def _analysis(counted: Sequence[HandedIn], lang: str) -> Analysis:
    """The Secretariat's analysis of the counted packages, from a throwaway database (see the module's note)."""
    countries = sorted({h.responses.country for h in counted if h.responses is not None})
    scope = [State(code, country_name(code, lang), "", "") for code in countries]
    with (
        tempfile.TemporaryDirectory(prefix="omnibus-class-") as folder,
        open_session(Path(folder) / "class.db", write=True) as session,
    ):
        for signer in sorted({h.signer for h in counted if h.signer}):
            trust.trust_key(session, signer, "*", "a trainee of this class")
        Importer(session, ImportOptions(allow_training=True)).import_files([h.path for h in counted])
        session.execute(update(PackageRow).where(PackageRow.state == "superseded").values(state="accepted"))
        session.commit()
        # A trainee's draft is part of the class's work: counted here, its problems named apart (the Secretariat's
        # own analysis counts final packages only).
        return analyse(
            session,
            states=scope,
            scope_name=class_words(lang)["scope"],
            lang=lang,
            include_training=True,
            include_drafts=True,
        )
