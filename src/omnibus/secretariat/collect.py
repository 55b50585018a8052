"""From the consolidated database to plain facts: one record per counted package, its needs and indicators.

Collected packages are the current ones (`accepted`: not superseded, not pending), training packages excluded
unless asked, of the reporting cycles asked for (every cycle when none is named); final and draft alike (the
analysis counts the final ones and lists the drafts apart). What each
one answered was worked out when it was imported (`facts.py`) and is read here from the facts tables: no stored
package is unzipped. The questionnaires, for their labels, are loaded from the
files packages carried (stored once per digest): the newest edition of each questionnaire counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from omnibus.model.questionnaire import Questionnaire
from omnibus.secretariat.db import (
    PackageAnswerRow,
    PackageIndicatorRow,
    PackageInstrumentRow,
    PackageNeedRow,
    PackageRow,
)
from omnibus.secretariat.facts import Need, stored_questionnaire
from omnibus.secretariat.trust import TrustIndex


@dataclass(frozen=True)
class PackageFacts:
    package_id: int
    country: str
    questionnaire: str
    version: str
    cycle: str
    status: str
    created: str
    signer: str
    instruments: frozenset[str]
    """Instruments of the items this package answered (relevant items only)."""
    needs: tuple[Need, ...]
    indicators: tuple[tuple[str, str], ...]
    """(area, value) of every relevant indicator answered."""
    answers: tuple[tuple[str, str], ...] = ()
    """(item id, value as canonical JSON) of every relevant item answered."""

    @property
    def final(self) -> bool:
        return self.status == "final"


@dataclass(frozen=True)
class Collected:
    packages: tuple[PackageFacts, ...]
    questionnaires: dict[str, Questionnaire]
    """By questionnaire id: the newest edition among the counted packages (for labels)."""
    pending: int
    pending_states: frozenset[str] = frozenset()
    """Countries with a package held until its signing key is confirmed for them: they sent something, not yet
    counted."""


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.replace("-", ".").split("."))


class CycleError(LookupError):
    """A reporting cycle was asked for that has no package to count: analysing it would publish empty figures
    under a cycle's name, most likely a mistyped one."""


def _chosen(state: str, include_training: bool, cycles: Collection[str] | None) -> tuple[ColumnElement[bool], ...]:
    """The conditions on packages in `state` (accepted, pending) of the chosen training flag and cycles."""
    found = [PackageRow.state == state]
    if not include_training:
        found.append(PackageRow.training.is_(False))
    if cycles is not None:
        found.append(PackageRow.cycle.in_(sorted(cycles)))
    return tuple(found)


def _counted(include_training: bool, cycles: Collection[str] | None = None) -> tuple[ColumnElement[bool], ...]:
    """The conditions on packages that select the counted ones."""
    return _chosen("accepted", include_training, cycles)


def counted_cycles(session: Session, *, include_training: bool = False) -> tuple[str, ...]:
    """The reporting cycles that have a current package to count, by name."""
    query = select(PackageRow.cycle).where(*_counted(include_training)).distinct()
    return tuple(sorted(session.scalars(query)))


def check_cycles(session: Session, cycles: Collection[str], *, include_training: bool = False) -> None:
    """Refuse cycles with no current package, naming those that have one."""
    known = counted_cycles(session, include_training=include_training)
    missing = [c for c in sorted(set(cycles)) if c not in known]
    if missing:
        which = ", ".join(known) if known else "none"
        raise CycleError(
            f"No package of the reporting cycle {', '.join(missing)} is counted in this database (cycles with "
            f"packages: {which}). Give --cycle as `omnibus secretariat list` prints the cycle."
        )


def _instruments(session: Session, counted: tuple[ColumnElement[bool], ...]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = defaultdict(set)
    i = PackageInstrumentRow
    for package_id, instrument in session.execute(select(i.package_id, i.instrument).join(PackageRow).where(*counted)):
        found[package_id].add(instrument)
    return found


def _needs(session: Session, counted: tuple[ColumnElement[bool], ...]) -> dict[int, list[Need]]:
    found: dict[int, list[Need]] = defaultdict(list)
    n = PackageNeedRow
    query = select(n.package_id, n.type, n.subtype, n.priority, n.area, n.instruments).join(PackageRow)
    for row in session.execute(query.where(*counted).order_by(n.package_id, n.position)):
        found[row.package_id].append(
            Need(row.type, row.subtype, row.priority, row.area, tuple(row.instruments.split()))
        )
    return found


def _indicators(session: Session, counted: tuple[ColumnElement[bool], ...]) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    i = PackageIndicatorRow
    query = select(i.package_id, i.area, i.value).join(PackageRow).where(*counted)
    for package_id, area, value in session.execute(query.order_by(i.package_id, i.position)):
        found[package_id].append((area, value))
    return found


def _answers(session: Session, counted: tuple[ColumnElement[bool], ...]) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    a = PackageAnswerRow
    for package_id, item_id, value in session.execute(
        select(a.package_id, a.item_id, a.value).join(PackageRow).where(*counted)
    ):
        found[package_id].append((item_id, value))
    return found


def collect(session: Session, *, include_training: bool = False, cycles: Collection[str] | None = None) -> Collected:
    """The current packages of `cycles` (every cycle when None), and the packages held for their keys in them."""
    p = PackageRow
    counted = _counted(include_training, cycles)
    rows = session.execute(
        select(p.id, p.country, p.questionnaire_id, p.questionnaire_version, p.questionnaire_sha256, p.cycle)
        .add_columns(p.status, p.created, p.signer)
        .where(*counted)
        .order_by(p.country, p.id)
    ).all()
    instruments, needs, indicators, answers = (
        _instruments(session, counted),
        _needs(session, counted),
        _indicators(session, counted),
        _answers(session, counted),
    )
    newest: dict[str, tuple[str, str]] = {}  # questionnaire id -> (version, digest), the first of the newest
    for row in rows:
        known = newest.get(row.questionnaire_id)
        if known is None or _version_key(row.questionnaire_version) > _version_key(known[0]):
            newest[row.questionnaire_id] = (row.questionnaire_version, row.questionnaire_sha256)
    facts = tuple(
        PackageFacts(
            row.id,
            row.country,
            row.questionnaire_id,
            row.questionnaire_version,
            row.cycle,
            row.status,
            row.created,
            row.signer,
            frozenset(instruments[row.id]),
            tuple(needs[row.id]),
            tuple(indicators[row.id]),
            tuple(answers[row.id]),
        )
        for row in rows
    )
    questionnaires = {q_id: stored_questionnaire(session, digest) for q_id, (_, digest) in newest.items()}
    held = _chosen("pending", True, cycles)
    pending = session.scalar(select(func.count()).select_from(PackageRow).where(*held)) or 0
    return Collected(facts, questionnaires, int(pending), _pending_states(session, include_training, cycles))


def _pending_states(session: Session, include_training: bool, cycles: Collection[str] | None) -> frozenset[str]:
    """Countries with a package held for a key not yet confirmed for them (a new key, a key change); a package
    held because its key was revoked for the country is not taken as the country's."""
    p = PackageRow
    held = _chosen("pending", include_training, cycles)
    index = TrustIndex.load(session)
    rows = session.execute(select(p.country, p.signer).where(*held).distinct())
    return frozenset(country for country, signer in rows if index.decide(signer, country).verdict == "pending")
