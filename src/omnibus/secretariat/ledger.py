"""The import's view of the database: what is stored, which package is current per group, batched writes.

Read once when an import starts, then kept in memory, so deciding about a package needs no query. Writes are
collected and written in batches (one transaction per batch of packages): a package's rows are only added once
every check has passed, so a refused or failing package writes nothing but its refusal. A crash loses at most
the last batch (a power cut, what was written since the last checkpoint), and importing the same files again
restores it (duplicates change nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Insert, func, insert, select, tuple_, update
from sqlalchemy.orm import Session

from omnibus.secretariat.db import (
    PackageAnswerRow,
    PackageIndicatorRow,
    PackageInstrumentRow,
    PackageNeedRow,
    PackageRow,
    QuestionnaireFileRow,
    RefusalRow,
    insert_new,
    lock_writes,
    now_text,
)
from omnibus.secretariat.facts import Facts

Group = tuple[str, str, str, bool]
"""Country, questionnaire id, cycle, training: packages of one group supersede each other."""
Placement = Literal["accepted", "superseded", "pending"]
BATCH_PACKAGES = 32
BATCH_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Stored:
    id: int
    file_name: str


@dataclass
class _Batch:
    packages: dict[int, dict[str, Any]] = field(default_factory=dict)
    superseded: list[int] = field(default_factory=list)
    questionnaire_files: list[dict[str, Any]] = field(default_factory=list)
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Rows of the facts tables, by table name."""
    refusals: list[dict[str, Any]] = field(default_factory=list)
    size: int = 0
    believed: dict[Group, int | None] = field(default_factory=dict)
    """The package each touched group's decisions assumed current when the batch began (None: no package)."""


class Stale(Exception):
    """What the batch's decisions rested on changed in the database since they were made (another analyst's
    import or key change on a server): the batch must be decided again."""


class Ledger:
    """In-memory index of the packages table, plus the pending batch of writes."""

    def __init__(self, session: Session) -> None:
        self.session = session
        p = PackageRow
        rows = session.execute(
            select(p.id, p.package_sha256, p.manifest_sha256, p.file_name, p.state, p.country)
            .add_columns(p.questionnaire_id, p.cycle, p.training, p.created)
            .order_by(p.id)
        ).all()
        self.by_digest: dict[str, Stored] = {}
        self.by_manifest: dict[str, Stored] = {}
        self.current: dict[Group, tuple[str, int]] = {}
        for row in rows:
            stored = Stored(row.id, row.file_name)
            self.by_digest[row.package_sha256] = self.by_manifest[row.manifest_sha256] = stored
            if row.state == "accepted":
                self.current[(row.country, row.questionnaire_id, row.cycle, row.training)] = (row.created, row.id)
        self.server = session.get_bind().dialect.name == "postgresql"
        self.reserved: list[int] = []
        """Ids the server's sequence gave this import and no package has yet (a retry leaves gaps: harmless)."""
        self.next_id = int(session.scalar(select(func.coalesce(func.max(p.id), 0))) or 0) + 1
        self.questionnaires = set(session.scalars(select(QuestionnaireFileRow.questionnaire_sha256).distinct()))
        self.batch = _Batch()

    def duplicate(self, digest: str | None = None, manifest_digest: str | None = None) -> Stored | None:
        if digest is not None and digest in self.by_digest:
            return self.by_digest[digest]
        if manifest_digest is not None:
            return self.by_manifest.get(manifest_digest)
        return None

    def add_package(
        self,
        values: dict[str, Any],
        group: Group,
        *,
        pending: bool,
        files: Sequence[tuple[str, bytes]],
        facts: Facts,
    ) -> tuple[int, Placement, int | None]:
        """Store a package and its facts; returns its id, its state and the id of the package it superseded, if
        any."""
        new_id = self._new_id()
        created: str = values["created"]
        previous = self.current.get(group)
        if not pending:
            self.batch.believed.setdefault(group, previous[1] if previous else None)
        state: Placement
        replaced: int | None = None
        if pending:
            state = "pending"
        elif previous is None or created >= previous[0]:  # same time: the later arrival wins
            state, replaced = "accepted", previous[1] if previous else None
            self.current[group] = (created, new_id)
        else:
            state = "superseded"
        if replaced is not None:
            if replaced in self.batch.packages:
                self.batch.packages[replaced]["state"] = "superseded"
            else:
                self.batch.superseded.append(replaced)
        questionnaire = values["questionnaire_sha256"]
        if questionnaire not in self.questionnaires:
            self.questionnaires.add(questionnaire)
            self.batch.questionnaire_files.extend(
                {"questionnaire_sha256": questionnaire, "position": n, "name": name, "content": content}
                for n, (name, content) in enumerate(files)
            )
        self.batch.packages[new_id] = {**values, "id": new_id, "state": state}
        for table, rows in facts.rows(new_id).items():
            self.batch.facts.setdefault(table, []).extend(rows)
        self.batch.size += len(values["data"])
        stored = Stored(new_id, values["file_name"])
        self.by_digest[values["package_sha256"]] = self.by_manifest[values["manifest_sha256"]] = stored
        return new_id, state, replaced

    def _new_id(self) -> int:
        """A file's ids are counted here (its writers take turns); a server's come from its sequence, which
        never gives one id to two imports."""
        if not self.server:
            new_id, self.next_id = self.next_id, self.next_id + 1
            return new_id
        if not self.reserved:  # a batch's worth at a time: one round trip, not one per package
            sequence = func.pg_get_serial_sequence(PackageRow.__tablename__, "id")
            numbers = select(func.nextval(sequence)).select_from(func.generate_series(1, BATCH_PACKAGES))
            self.reserved = sorted(int(n) for n in self.session.scalars(numbers))[::-1]
        return self.reserved.pop()

    @property
    def full(self) -> bool:
        """Whether the batch should be written now."""
        return len(self.batch.packages) >= BATCH_PACKAGES or self.batch.size >= BATCH_BYTES

    def add_refusal(self, source: str, digest: str | None, category: str, reason: str, country: str | None) -> None:
        self.batch.refusals.append(
            {
                "file_name": source,
                "package_sha256": digest,
                "category": category,
                "reason": reason,
                "country": country,
                "refused_at": now_text(),
            }
        )

    def flush(self, still_true: Callable[[], bool] = lambda: True) -> None:
        """Write the batch in one transaction, after `lock_writes` and a check that each touched group's current
        package is still the one the decisions assumed and that `still_true()` (raises Stale otherwise, and the
        importer decides the batch's files again). Another import storing the same package first makes the insert
        fail on the table's unique digests (IntegrityError)."""
        batch = self.batch
        lock_writes(self.session)
        if batch.believed and self._current(list(batch.believed)) != {
            group: package for group, package in batch.believed.items() if package is not None
        }:
            raise Stale
        if not still_true():
            raise Stale
        self.batch = _Batch()
        if batch.questionnaire_files:
            self._insert(insert_new(QuestionnaireFileRow, self.session), batch.questionnaire_files)
        if batch.packages:
            self._insert(insert(PackageRow), list(batch.packages.values()))
        for model in (PackageInstrumentRow, PackageNeedRow, PackageIndicatorRow, PackageAnswerRow):
            if batch.facts.get(model.__tablename__):
                self._insert(insert(model), batch.facts[model.__tablename__])
        if batch.superseded:
            self.session.execute(
                update(PackageRow).where(PackageRow.id.in_(batch.superseded)).values(state="superseded")
            )
        if batch.refusals:
            self._insert(insert(RefusalRow), batch.refusals)
        self.session.commit()

    def _insert(self, statement: Insert, rows: list[dict[str, Any]]) -> None:
        """Many rows: SQLite's executemany is a loop in C, while pg8000's sends one statement per row. With
        RETURNING, SQLAlchemy sends a server the rows as multi-row VALUES a thousand at a time, from one compiled
        statement ("insertmanyvalues")."""
        if self.server:
            statement = statement.returning(*statement.table.primary_key)
        self.session.connection().execute(statement, rows)

    def _current(self, groups: list[Group]) -> dict[Group, int]:
        """The accepted package of each of these groups, as stored now."""
        p = PackageRow
        rows = self.session.execute(
            select(p.id, p.country, p.questionnaire_id, p.cycle, p.training).where(
                p.state == "accepted", tuple_(p.country, p.questionnaire_id, p.cycle, p.training).in_(groups)
            )
        ).all()
        return {(row.country, row.questionnaire_id, row.cycle, row.training): row.id for row in rows}

    def checkpoint(self) -> None:
        """Move what was committed from the write-ahead log into the database file and sync it: an import
        that has said it is done survives a power cut. (A server's commits are durable as they are.)"""
        if not self.server:
            self.session.connection().exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        self.session.commit()
