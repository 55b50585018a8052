"""The Secretariat's database on a PostgreSQL server (a real one, omnibus/tools/postgres_server.py): the same migrations
and schema as a file, an upgrade only after a backup, `--db` URLs, and analysts importing at the same time."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, create_engine, func, insert, inspect, select, text

from omnibus.cli import main
from omnibus.export.keys import TrustedKeys, format_fingerprint
from omnibus.secretariat import db, facts, migrate, trust
from omnibus.secretariat.compute import analyse
from omnibus.secretariat.db import DatabaseError, PackageRow, open_session
from omnibus.secretariat.importer import Importer
from omnibus.secretariat.location import VARIABLE, LocationError, locate
from omnibus.secretariat.sample import Sample
from omnibus.tools.postgres_server import Cluster
from tests.secretariat import helpers
from tests.secretariat.conftest import SEED, Inbox

IMPORT = (sys.executable, "-m", "omnibus", "secretariat", "import")
COPIED = ("packages", "questionnaire_files", "trusted_keys", "refusals")


def _engine(url: str) -> Engine:
    return create_engine(locate(url).url)


def _revision(url: str) -> str | None:
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            return migrate.current(connection)
    finally:
        engine.dispose()


def _at_revision_0002(url: str, source: Path) -> None:
    """A server database at revision 0002 (before the facts tables) holding the rows of the SQLite file `source`,
    as a team's server would be after importing with the omnibus of that schema."""
    engine = _engine(url)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.config(connection), "0002")
        with closing(sqlite3.connect(source)) as file, engine.begin() as connection:
            made = MetaData()
            made.reflect(connection, only=COPIED)  # the tables as revision 0002 made them
            for table in (made.tables[name] for name in COPIED):
                columns = [c.name for c in table.columns]
                rows = file.execute(f"SELECT {', '.join(columns)} FROM {table.name}").fetchall()
                booleans = [c.name for c in table.columns if c.type.python_type is bool]
                values = [{**dict(zip(columns, row, strict=True))} for row in rows]
                for value in values:
                    value.update({name: bool(value[name]) for name in booleans})
                connection.execute(insert(table), values)
                if "id" in columns:  # ids copied as they were: the server's sequence continues after them
                    connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), 1000)"))
    finally:
        engine.dispose()


def test_a_new_server_database_is_created_at_head_matching_the_tables(postgres: Cluster) -> None:
    url = postgres.database()
    engine = db.create_engine(url)
    try:
        with engine.connect() as connection:
            assert migrate.current(connection) == migrate.HEAD
            assert compare_metadata(MigrationContext.configure(connection), db.Base.metadata) == []
    finally:
        engine.dispose()


def test_an_older_server_database_is_upgraded_only_by_someone_who_has_a_backup(
    released: Inbox, postgres: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every analyst shares the server: opening it never upgrades it; the upgrade command does, once told
    there is a backup, with the facts read from the stored packages as on a file."""
    with open_session(released.file) as session:
        expected = analyse(session)
    url = postgres.database()
    _at_revision_0002(url, released.file)
    with pytest.raises(
        DatabaseError, match=rf"schema 0002; this omnibus needs schema {migrate.HEAD}.*pg_dump.*upgrade"
    ):
        db.create_engine(url)
    assert main(["secretariat", "list", "--db", url]) == 1
    assert "--i-have-a-backup" in capsys.readouterr().err
    assert main(["secretariat", "upgrade", "--db", url]) == 1
    assert "Back up" in capsys.readouterr().err and _revision(url) == "0002"
    assert main(["secretariat", "upgrade", "--db", url, "--i-have-a-backup"]) == 0
    assert _revision(url) == migrate.HEAD
    with open_session(url) as session:
        assert analyse(session) == expected
        connection = session.connection()
        assert compare_metadata(MigrationContext.configure(connection), db.Base.metadata) == []


def test_a_failed_server_upgrade_leaves_the_database_as_it_was(
    released: Inbox, postgres: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = postgres.database()
    _at_revision_0002(url, released.file)

    def power_cut(*args: object) -> facts.Facts:
        raise RuntimeError("power cut in the middle of the upgrade")

    monkeypatch.setattr(facts, "package_facts", power_cut)
    with pytest.raises(DatabaseError, match="power cut"):
        db.create_engine(url, upgrade=True)
    assert _revision(url) == "0002"
    engine = _engine(url)
    with engine.connect() as connection:
        assert "package_needs" not in inspect(connection).get_table_names()
    engine.dispose()


def test_a_newer_or_foreign_server_database_is_refused(postgres: Cluster) -> None:
    newer = postgres.database()
    db.create_engine(newer).dispose()
    engine = _engine(newer)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="of schema 0099; this omnibus reads schemas up to"):
        db.create_engine(newer, upgrade=True)
    foreign = postgres.database()
    engine = _engine(foreign)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE accounts (id INTEGER)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="is not a Secretariat database; it was left as it is"):
        db.create_engine(foreign)


def test_the_database_is_named_by_path_url_or_environment(
    sample: Sample,
    postgres: Cluster,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = postgres.database()
    monkeypatch.setenv(VARIABLE, url)
    assert main(["secretariat", "import", str(sample.folder), "--trusted-keys", str(sample.trusted_keys)]) == 0
    assert f"{len(sample.packages)} accepted" in capsys.readouterr().out
    with open_session(url) as session:
        assert session.scalar(select(func.count()).select_from(PackageRow)) == len(sample.packages)
    file = tmp_path / "mine.db"
    assert main(["secretariat", "list", "--db", f"sqlite:///{file}"]) == 1  # --db wins over the variable: that
    assert f"There is no Secretariat database {file}" in capsys.readouterr().err  # file, which a list does not make
    with open_session(file, write=True):
        pass
    assert main(["secretariat", "list", "--db", f"sqlite:///{file}"]) == 0
    assert file.is_file()
    assert main(["secretariat", "upgrade", "--db", str(file)]) == 0  # a file needs no confirmation: it is backed up
    assert f"at schema {migrate.HEAD}" in capsys.readouterr().out
    monkeypatch.delenv(VARIABLE)
    assert main(["secretariat", "list"]) == 1
    assert f"Give --db PATH_OR_URL, or set {VARIABLE}" in capsys.readouterr().err


def test_unusable_urls_are_refused_in_words_without_the_password(
    postgres: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["secretariat", "list", "--db", "mysql://analyst:s3cret@db.example/omnibus"]) == 1
    err = capsys.readouterr().err
    assert "is not a database omnibus can use" in err and "s3cret" not in err and "***" in err
    with pytest.raises(LocationError, match="names no database"):
        locate("postgresql://analyst@db.example")
    nowhere = f"postgresql://analyst:s3cret@/omnibus?unix_sock={postgres.root}/nothing-here"
    assert main(["secretariat", "list", "--db", nowhere]) == 1
    err = capsys.readouterr().err
    assert "Cannot open postgresql+pg8000://analyst:***@/omnibus" in err and "s3cret" not in err
    assert "Traceback" not in err


def _folders(root: Path, *chosen: list[bytes]) -> list[Path]:
    folders = []
    for n, packages in enumerate(chosen):
        folder = root / f"inbox-{n}"
        folder.mkdir()
        for m, data in enumerate(packages):
            (folder / f"{m:02}.omnibus").write_bytes(data)
        folders.append(folder)
    return folders


def test_an_import_deciding_on_a_group_another_changed_decides_again(
    sample: Sample, tmp_path: Path, database: str | Path
) -> None:
    """The other import stored a newer package of a group meanwhile: the older one, imported by the import that
    had not seen it, is history, never a second current package of that group."""
    base = sample.packages[0]
    newer = helpers.resubmission(base, SEED, days=5, variant=3)
    (older_folder, newer_folder) = _folders(tmp_path, [base.data], [newer.data])
    with open_session(database) as setup:
        trust.seed(setup, TrustedKeys.load(sample.trusted_keys))
    with open_session(database) as late_session, open_session(database) as early_session:
        late = Importer(late_session)  # has read the database: nothing of that group yet
        Importer(early_session).import_files([newer_folder])
        (decision,) = late.import_files([older_folder]).decisions
        current = late_session.scalars(
            select(PackageRow.package_sha256).where(
                PackageRow.country == base.state.iso3, PackageRow.state == "accepted"
            )
        ).all()
    assert decision.outcome == "superseded"
    assert current == [_digest(newer.data)]


def test_an_import_deciding_with_keys_another_changed_decides_again(
    sample: Sample, tmp_path: Path, database: str | Path
) -> None:
    """The key was confirmed by a colleague while the package was being verified as signed by a new key:
    it counts, instead of waiting for a confirmation already given."""
    package = sample.packages[0]
    (folder,) = _folders(tmp_path, [package.data])
    with open_session(database) as late_session, open_session(database) as other_session:
        late = Importer(late_session)  # no key trusted yet: it would hold the package as pending
        fingerprint = format_fingerprint(package.signer.fingerprint)
        trust.trust_key(other_session, fingerprint, package.state.iso3, "confirmed by telephone")
        (decision,) = late.import_files([folder]).decisions
    assert decision.outcome == "accepted"


def test_two_analysts_importing_overlapping_inboxes_at_once_store_every_package_once(
    sample: Sample, postgres: Cluster, tmp_path: Path
) -> None:
    """Two processes, the same server, overlapping inboxes with newer packages of shared groups: both finish
    (no lock refuses either), every package is stored once, and each group's current package is its newest."""
    originals = [p.data for p in sample.packages]
    newer = {p.state.iso3: helpers.resubmission(p, SEED, days=4, variant=7) for p in sample.packages[4:8]}
    half = len(originals) // 2
    first_folder, second_folder = _folders(
        tmp_path,
        [*originals[: half + 2], *(n.data for n in list(newer.values())[:2])],
        [*originals[half - 2 :], *(n.data for n in list(newer.values())[2:])],
    )
    everything = {_digest(d) for d in [*originals, *(n.data for n in newer.values())]}
    for _ in range(2):  # two races, each with its own timing
        url = postgres.database()
        runs = [
            subprocess.Popen(
                [*IMPORT, str(folder), "--db", url, "--trusted-keys", str(sample.trusted_keys), "--quiet"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for folder in (first_folder, second_folder)
        ]
        results = [(run.wait(), *run.communicate()) for run in runs]
        assert [status for status, _, _ in results] == [0, 0], results
        with open_session(url) as session:
            stored = session.execute(select(PackageRow.package_sha256, PackageRow.country, PackageRow.state)).all()
        assert sorted(row.package_sha256 for row in stored) == sorted(everything)
        current = {row.country: row.package_sha256 for row in stored if row.state == "accepted"}
        assert len(current) == sum(1 for row in stored if row.state == "accepted") == len(originals)
        for country, package in newer.items():
            assert current[country] == _digest(package.data)


def test_the_tests_server_is_gone_when_its_session_ends() -> None:
    """A cluster whose test process was killed leaves no server and no files (one stopped by its owner: the TLS
    test)."""
    script = "from omnibus.tools.postgres_server import Cluster; import time; print(Cluster().root, flush=True); time.sleep(60)"
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    orphan = Path(child.stdout.readline().strip())
    pid = _postmaster(orphan)
    assert _running(pid)
    child.kill()
    child.wait()
    for _ in range(300):  # the watchdog looks once a second
        if not orphan.exists() and not _running(pid):
            break
        time.sleep(0.1)
    assert not orphan.exists() and not _running(pid)


def _postmaster(root: Path) -> int:
    return int((root / "data" / "postmaster.pid").read_text().split()[0])


def _running(pid: int) -> bool:
    """Whether the process exists and is not a zombie (a container's first process may never reap it)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _encrypted(url: str) -> bool:
    with open_session(url) as session:
        return bool(session.scalar(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")))


def test_tls_is_used_and_the_server_checked_as_the_url_says(postgres: Cluster) -> None:
    """A team's server is reached over the network: sslmode as libpq reads it, the certificate checked when asked."""
    server = Cluster(tls=True)
    try:
        url = server.database(tcp=True)
        assert _encrypted(f"{url}?sslmode=verify-full&sslrootcert={server.certificate}")
        assert _encrypted(url) and _encrypted(f"{url}?sslmode=require")  # encrypted, the server unchecked
        assert not _encrypted(f"{url}?sslmode=disable")
        with pytest.raises(DatabaseError, match="certificate verify failed"):
            db.create_engine(f"{url}?sslmode=verify-full")  # a certificate no authority of this system signed
        renamed = url.replace("localhost", "127.0.0.1")
        with pytest.raises(DatabaseError, match="IP address mismatch"):
            db.create_engine(f"{renamed}?sslmode=verify-full&sslrootcert={server.certificate}")
        assert _encrypted(f"{renamed}?sslmode=verify-ca&sslrootcert={server.certificate}")
    finally:
        pid = _postmaster(server.root)
        server.stop()
    assert not server.root.exists() and not _running(pid)  # stopped by its owner: nothing left
    with pytest.raises(DatabaseError, match="Server refuses SSL"):
        db.create_engine(f"{postgres.database()}&sslmode=require")  # a Unix socket: no TLS there
    with pytest.raises(LocationError, match="sslmode is one of"):
        locate("postgresql://analyst@db.example/omnibus?sslmode=allow-anything")
