"""Importing a mixed inbox: every decision, trust releasing held packages, history and idempotence."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import select

from omnibus.export.keys import TrustedKeys
from omnibus.secretariat import trust
from omnibus.secretariat.db import PackageRow, RefusalRow, open_session
from omnibus.secretariat.importer import Decision, Importer, ImportOptions
from omnibus.secretariat.sample import Sample
from tests.secretariat.conftest import Inbox, both_backends


@both_backends
def test_every_file_gets_its_expected_decision(imported: Inbox) -> None:
    assert imported.report is not None
    got = {d.source: (d.outcome, d.category) for d in imported.report.decisions}
    assert got == imported.expected


@both_backends
def test_refusals_say_why_and_are_recorded(imported: Inbox) -> None:
    assert imported.report is not None
    for decision in imported.report.refused:
        assert len(decision.reason) > 20, decision
    assert "altered" in imported.decision("01-tampered.omnibus").reason
    assert "not signed" in imported.decision("02-unsigned.omnibus").reason
    assert "trusted for" in imported.decision("03-wrong-key.omnibus").reason
    assert "training" in imported.decision("07-training.omnibus").reason
    assert "not a zip" in imported.decision("09-not-a-zip.omnibus").reason
    assert "Unknown questionnaire" in imported.decision("10-unknown-questionnaire.omnibus").reason
    assert "responses.json" in imported.decision("11-bad-responses.omnibus").reason
    with open_session(imported.db) as session:
        recorded = {r.file_name: r.category for r in session.scalars(select(RefusalRow))}
    assert recorded == {d.source: d.category for d in imported.report.refused}


@both_backends
def test_supersession_keeps_history(imported: Inbox) -> None:
    newer = imported.decision("05-newer.omnibus")
    assert newer.superseded and "supersedes" in newer.reason
    with open_session(imported.db) as session:
        states = {r.id: r.state for r in session.scalars(select(PackageRow))}
    assert states[newer.superseded[0]] == "superseded"
    older = imported.decision("06-older.omnibus")
    assert states[older.package_id or 0] == "superseded"
    encrypted = imported.decision("08-encrypted.omnibus.age")
    assert encrypted.superseded and states[encrypted.superseded[0]] == "superseded"


@both_backends
def test_importing_again_changes_nothing(imported: Inbox) -> None:
    with open_session(imported.db) as session:
        before = [(r.id, r.state) for r in session.scalars(select(PackageRow).order_by(PackageRow.id))]
        report = Importer(session, ImportOptions(identities=[imported.identity])).import_files(
            [imported.folder / "a-base"]
        )
        after = [(r.id, r.state) for r in session.scalars(select(PackageRow).order_by(PackageRow.id))]
    assert {d.outcome for d in report.decisions} == {"duplicate"}
    assert before == after


@both_backends
def test_trusting_keys_releases_held_packages(released: Inbox) -> None:
    with open_session(released.db) as session:
        rows = list(session.scalars(select(PackageRow)))
        current = {r.country: r for r in rows if r.state == "accepted"}
        assert not [r for r in rows if r.state == "pending"]
    for iso3, package in released.final_current.items():
        assert current[iso3].manifest_sha256 and current[iso3].created == package.info.created.strftime(
            "%Y-%m-%dT%H:%M:%SZ"
        )
        assert current[iso3].signer == package.signer.fingerprint


@both_backends
def test_revoking_a_key_holds_its_packages_and_restores_the_previous_one(released: Inbox) -> None:
    package = released.key_change
    with open_session(released.db) as session:
        held = trust.revoke_key(session, package.signer.fingerprint, package.state.iso3)
        assert [c.state for c in held] == ["pending"]
        current = session.scalars(
            select(PackageRow).where(PackageRow.country == package.state.iso3, PackageRow.state == "accepted")
        ).one()
        assert current.signer != package.signer.fingerprint  # the earlier package, by the old key, counts again
        again = trust.trust_key(session, package.signer.fingerprint, package.state.iso3)
        assert [c.state for c in again] == ["accepted"]
        assert (
            trust.TrustIndex.load(session).decide(package.signer.fingerprint, package.state.iso3).verdict == "trusted"
        )


@both_backends
def test_trusted_keys_file_seeds_trust_once(imported: Inbox) -> None:
    with open_session(imported.db) as session:
        count = len(trust.list_keys(session))
        assert trust.seed(session, TrustedKeys.load(imported.folder / "trusted-keys.txt")) == []
        assert len(trust.list_keys(session)) == count


def test_an_import_ends_with_everything_in_the_database_file(sample: Sample, tmp_path: Path) -> None:
    """Not only in the write-ahead log: a copy of the database file alone, taken as the import returns, has it all."""
    db = tmp_path / "secretariat.db"
    with open_session(db) as session:
        report = Importer(session).import_files([sample.folder])
        copy = tmp_path / "copy.db"
        shutil.copyfile(db, copy)  # without secretariat.db-wal
        with closing(sqlite3.connect(copy)) as connection:
            (stored,) = connection.execute("SELECT count(*) FROM packages").fetchone()
    assert stored == len(report.decisions) - report.count("refused") > 0


def test_an_import_that_meets_rows_another_import_stored_decides_again(
    sample: Sample, tmp_path: Path, database: str | Path
) -> None:
    """Two analysts at once on a database server (no file lock there): the second commit meets the first one's
    rows, decides its batch again, and reports the overlap as duplicates; every package is stored once."""
    db = database
    packages = [p.path for p in sample.packages if p.path is not None]
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, chosen in ((first, packages[:6]), (second, packages[3:])):
        folder.mkdir()
        for path in chosen:
            shutil.copy(path, folder / path.name)
    with open_session(db) as late_session, open_session(db) as early_session:
        late = Importer(late_session)  # reads the database before the other import stores anything
        early = Importer(early_session).import_files([second])
        seen: list[Decision] = []
        report = late.import_files([first], lambda progress: seen.append(progress.decision))
        stored = list(late_session.scalars(select(PackageRow.file_name)))
    assert early.count("refused") == report.count("refused") == 0
    assert report.count("duplicate") == 3 and list(report.decisions) == seen
    assert sorted(stored) == sorted(p.name for p in packages)
