"""From the consolidated database to plain facts: one record per counted package, its needs and indicators.

Counted packages are the current ones (`accepted`: not superseded, not pending), training packages excluded
unless asked. Each package's questionnaire is loaded from the files it carried (stored once per digest) with
`load_questionnaire_bytes`, includes read from the same stored folder; relevance is computed again from the
answers (read from the stored package's responses.json), and only relevant items' answers count.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omnibus.export.archive import read_zip
from omnibus.export.manifest import RESPONSES
from omnibus.export.responses import parse_responses
from omnibus.model.loader import load_questionnaire_bytes
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.schema import INSTRUMENT_NAMES
from omnibus.secretariat.db import PackageRow, QuestionnaireFileRow


@dataclass(frozen=True)
class Need:
    type: str
    subtype: str
    priority: str
    area: str
    instruments: tuple[str, ...]


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


@dataclass(frozen=True)
class Collected:
    packages: tuple[PackageFacts, ...]
    questionnaires: dict[str, Questionnaire]
    """By questionnaire id: the newest edition among the counted packages (for labels)."""
    pending: int


def load_stored_questionnaire(session: Session, digest: str) -> Questionnaire:
    """A questionnaire from the files a package carried, main file first, includes by name from the same set."""
    rows = session.scalars(
        select(QuestionnaireFileRow)
        .where(QuestionnaireFileRow.questionnaire_sha256 == digest)
        .order_by(QuestionnaireFileRow.position)
    ).all()
    if not rows:
        raise LookupError(f"the questionnaire {digest[:12]}… is not stored in this database")
    files = {row.name: row.content for row in rows}
    return load_questionnaire_bytes(rows[0].content, rows[0].name, files.get)


def _facts(row: PackageRow, q: Questionnaire) -> PackageFacts:
    responses = parse_responses(read_zip(row.data)[RESPONSES])  # verified when imported
    values = responses.values()
    relevant = frozenset(responses.relevant_items)  # as the State's own report showed them: worked out once, signed
    instruments: set[str] = set()
    needs: list[Need] = []
    indicators: list[tuple[str, str]] = []
    for item_id, info in q.items.items():
        if item_id not in relevant or values.get(item_id) is None:
            continue
        value = values[item_id]
        item_instruments = tuple(i for i in info.instruments if i in INSTRUMENT_NAMES)
        instruments.update(item_instruments)
        if info.item.type == "ta_needs" and isinstance(value, list):
            needs.extend(
                Need(
                    str(entry.get("type", "")),
                    str(entry.get("subtype", "")),
                    str(entry.get("priority", "")),
                    info.module.id,
                    item_instruments,
                )
                for entry in value
                if isinstance(entry, dict)
            )
        elif info.item.type == "indicator" and isinstance(value, str):
            indicators.append((info.module.id, value))
    return PackageFacts(
        row.id,
        row.country,
        row.questionnaire_id,
        row.questionnaire_version,
        row.cycle,
        row.status,
        row.created,
        row.signer,
        frozenset(instruments),
        tuple(needs),
        tuple(indicators),
    )


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.replace("-", ".").split("."))


def counted_rows(session: Session, include_training: bool) -> Iterator[PackageRow]:
    query = select(PackageRow).where(PackageRow.state == "accepted").order_by(PackageRow.country, PackageRow.id)
    if not include_training:
        query = query.where(PackageRow.training.is_(False))
    yield from session.scalars(query)


def collect(session: Session, *, include_training: bool = False) -> Collected:
    loaded: dict[str, Questionnaire] = {}
    newest: dict[str, Questionnaire] = {}
    facts: list[PackageFacts] = []
    for row in counted_rows(session, include_training):
        q = loaded.get(row.questionnaire_sha256)
        if q is None:
            q = loaded[row.questionnaire_sha256] = load_stored_questionnaire(session, row.questionnaire_sha256)
        if q.id not in newest or _version_key(q.version) > _version_key(newest[q.id].version):
            newest[q.id] = q
        facts.append(_facts(row, q))
    pending = session.scalar(select(func.count()).select_from(PackageRow).where(PackageRow.state == "pending")) or 0
    return Collected(tuple(facts), newest, int(pending))
