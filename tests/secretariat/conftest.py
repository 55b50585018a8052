"""A fictional inbox of 12 countries plus every kind of odd package, imported once for the whole module."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest

from omnibus.export import Signer
from omnibus.export.keys import TrustedKeys, format_fingerprint
from omnibus.secretariat import trust
from omnibus.secretariat.db import open_session
from omnibus.secretariat.importer import Decision, Importer, ImportOptions, ImportReport
from omnibus.secretariat.sample import Sample, SamplePackage, build_sample_package, generate_sample
from omnibus.tools.postgres_server import Cluster
from tests.secretariat import helpers

SEED = 7
COUNTRIES = 12
BACKENDS = ("sqlite", "postgresql")

both_backends = pytest.mark.parametrize("backend", BACKENDS, indirect=True, scope="module")
"""Runs a test on a SQLite file and on a PostgreSQL server (the module's `inbox` is imported once per backend)."""


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    """This test process's own PostgreSQL cluster (omnibus/tools/postgres_server.py), started when a test first needs it."""
    cluster = Cluster()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="module")
def backend(request: pytest.FixtureRequest) -> str:
    """The module's database kind: SQLite unless a test is marked `both_backends`."""
    return str(getattr(request, "param", "sqlite"))


def new_database(backend: str, folder: Path, request: pytest.FixtureRequest) -> str | Path:
    """An empty database of that kind: a file in `folder`, or a database of its own on the test server."""
    if backend == "sqlite":
        return folder / "secretariat.db"
    cluster: Cluster = request.getfixturevalue("postgres")
    return cluster.database()


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """An empty database for one test, on each backend in turn."""
    return new_database(str(request.param), tmp_path, request)


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    return generate_sample(COUNTRIES, tmp_path_factory.mktemp("inbox") / "a-base", seed=SEED)


@dataclass
class Inbox:
    """The files, what each one is, and the packages that should count once every key is trusted."""

    folder: Path
    db: str | Path
    sample: Sample
    expected: dict[str, tuple[str, str]]  # file name -> (outcome, category)
    identity: pyrage.x25519.Identity
    new_key_country: SamplePackage
    key_change: SamplePackage
    final_current: dict[str, SamplePackage]  # country -> the package that counts in the end
    report: ImportReport | None = None

    @property
    def file(self) -> Path:
        """The SQLite file, for tests of what only a file has (copies, the write-ahead log, hand-kept schemas)."""
        assert isinstance(self.db, Path)
        return self.db

    def decision(self, name: str) -> Decision:
        assert self.report is not None
        return next(d for d in self.report.decisions if d.source == name)


def _write(folder: Path, name: str, data: bytes) -> str:
    (folder / name).write_bytes(data)
    return name


@pytest.fixture(scope="module")
def inbox(
    sample: Sample, tmp_path_factory: pytest.TempPathFactory, backend: str, request: pytest.FixtureRequest
) -> Inbox:
    root = tmp_path_factory.mktemp("mixed")
    shutil.copytree(sample.folder, root / "a-base")
    extra = root / "b-extra"
    extra.mkdir()
    p = list(sample.packages)
    names = {pkg.state.iso3: pkg.path.name for pkg in p if pkg.path}
    expected = {name: ("accepted", "accepted") for name in names.values()}
    final = {pkg.state.iso3: pkg for pkg in p}
    # p[0]'s key is not in the trusted-keys file: held as a new key until trusted
    expected[names[p[0].state.iso3]] = ("pending", "new-key")
    expected[_write(extra, "01-tampered.omnibus", helpers.tampered(p[1].data))] = ("refused", "tampered")
    expected[_write(extra, "02-unsigned.omnibus", helpers.unsigned(p[1].data))] = ("refused", "unsigned")
    wrong = build_sample_package(p[2].state, p[3].signer, SEED, variant=5)
    expected[_write(extra, "03-wrong-key.omnibus", wrong.data)] = ("refused", "wrong-key")
    expected[_write(extra, "04-duplicate.omnibus", p[4].data)] = ("duplicate", "duplicate")
    newer = helpers.resubmission(p[5], SEED, days=3, variant=1)
    expected[_write(extra, "05-newer.omnibus", newer.data)] = ("accepted", "accepted")
    final[p[5].state.iso3] = newer
    older = helpers.resubmission(p[6], SEED, days=-3, variant=2)
    expected[_write(extra, "06-older.omnibus", older.data)] = ("superseded", "older")
    training = build_sample_package(p[7].state, p[7].signer, SEED, training=True, variant=3)
    expected[_write(extra, "07-training.omnibus", training.data)] = ("refused", "training")
    sealed = helpers.resubmission(p[8], SEED, days=1, variant=4)
    data, identity = helpers.encrypted(sealed.data)
    expected[_write(extra, "08-encrypted.omnibus.age", data)] = ("accepted", "accepted")
    final[p[8].state.iso3] = sealed
    expected[_write(extra, "09-not-a-zip.omnibus", b"%PDF-1.4 this is not a package\n" * 10)] = (
        "refused",
        "unreadable",
    )
    expected[_write(extra, "10-unknown-questionnaire.omnibus", helpers.unknown_questionnaire(p[9]))] = (
        "refused",
        "unknown-questionnaire",
    )
    garbage = helpers.with_members(p[10], p[10].signer, **{"responses.json": b'{"answers": "not really"}'})
    expected[_write(extra, "11-bad-responses.omnibus", garbage)] = ("refused", "invalid-responses")
    change = helpers.resubmission(p[11], SEED, days=2, variant=6, signer=Signer.generate())
    expected[_write(extra, "12-key-change.omnibus", change.data)] = ("pending", "key-change")
    final[p[11].state.iso3] = change
    trusted = root / "trusted-keys.txt"
    lines = [line for line in sample.trusted_keys.read_text().splitlines() if f"  {p[0].state.iso3}  " not in line]
    trusted.write_text("\n".join(lines) + "\n")
    db = new_database(backend, root, request)
    return Inbox(root, db, sample, expected, identity, p[0], change, final)


@pytest.fixture(scope="module")
def imported(inbox: Inbox) -> Inbox:
    with open_session(inbox.db) as session:
        trust.seed(session, TrustedKeys.load(inbox.folder / "trusted-keys.txt"))
        progress: list[int] = []
        options = ImportOptions(identities=[inbox.identity])
        inbox.report = Importer(session, options).import_files([inbox.folder], lambda p: progress.append(p.done))
    assert progress == list(range(1, len(inbox.expected) + 1))
    return inbox


@pytest.fixture(scope="module")
def released(imported: Inbox) -> Inbox:
    """The same database after both held keys were confirmed."""
    with open_session(imported.db) as session:
        for package in (imported.new_key_country, imported.key_change):
            trust.trust_key(session, format_fingerprint(package.signer.fingerprint), package.state.iso3, "test")
    return imported
