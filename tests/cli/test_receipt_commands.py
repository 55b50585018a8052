"""Receipts end to end through the command line: a country exports, the Secretariat imports and writes
receipts, the country imports them; mix-ups, alterations and foreign keys are refused and store nothing."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from omnibus.cli import main
from omnibus.export import KeyStore, Signer
from omnibus.export.receipt import RECEIPT, RECEIPT_SUFFIX, build_receipt, read_receipt
from omnibus.export.secretariat_key import RECEIPT_KEY_FILE
from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store

PASSPHRASE = "a long enough passphrase"


@dataclass(frozen=True)
class World:
    """A country's database with two exported assessments, and the Secretariat's receipts for both packages."""

    root: Path
    country_db: Path
    country_home: Path
    secretariat: Signer
    first: str
    second: str
    receipts: dict[str, Path]  # assessment id -> its receipt, once the country's key was confirmed
    pending: dict[str, Path]  # assessment id -> the receipt written at import, before that


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("receipts")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OMNIBUS_PASSPHRASE", PASSPHRASE)
        patch.setenv("OMNIBUS_HOME", str(root / "secretariat-home"))
        secretariat = KeyStore(root / "secretariat-home" / "keys").create(PASSPHRASE)
        patch.setenv("OMNIBUS_HOME", str(root / "country-home"))
        db = root / "country.db"
        for cycle in ("2026", "2027"):
            assert (
                main(["new", "--questionnaire", "workshop-demo", "--country", "KEN", "--cycle", cycle, "--db", str(db)])
                == 0
            )
        ids = _ids(db)  # a module fixture cannot read capsys: the ids come from the database
        for number, aid in enumerate(ids):
            assert main(["export", aid, "--out", str(root / "outbox" / f"{number}.omnibus"), "--db", str(db)]) == 0
        patch.setenv("OMNIBUS_HOME", str(root / "secretariat-home"))
        command = ["secretariat", "import", str(root / "outbox"), "--db", str(root / "s.db")]
        assert main([*command, "--receipts", str(root / "pending")]) == 0  # a new key: held
        country_key = KeyStore(root / "country-home" / "keys").fingerprint()
        trust = ["secretariat", "keys", "trust", country_key, "--country", "KEN", "--db", str(root / "s.db")]
        assert main(trust) == 0
        again = ["secretariat", "receipt", *sorted(map(str, (root / "outbox").iterdir()))]
        assert main([*again, "--db", str(root / "s.db"), "--out", str(root / "receipts")]) == 0
    (root / "country-home" / RECEIPT_KEY_FILE).write_bytes(secretariat.minisign_key.to_file())
    found = [_by_assessment(root / folder, secretariat) for folder in ("receipts", "pending")]
    yield World(root, db, root / "country-home", secretariat, ids[0], ids[1], *found)


def _by_assessment(folder: Path, secretariat: Signer) -> dict[str, Path]:
    found = {}
    for path in folder.glob(f"*{RECEIPT_SUFFIX}"):
        found[str(read_receipt(path.read_bytes(), expected_key=secretariat.public_raw).assessment_id)] = path
    return found


def _ids(db: Path) -> list[str]:
    with Store.open(db) as store:
        service = AssessmentService(store, Catalogue.bundled(), "test")
        return [s.id for s in sorted(service.list_assessments(), key=lambda s: s.cycle)]


@pytest.fixture
def country(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh copy of the country's database, with the Secretariat's key configured in its data folder."""
    shutil.copytree(world.country_home, tmp_path / "home")
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    shutil.copy(world.country_db, tmp_path / "country.db")
    return tmp_path / "country.db"


def _stored(db: Path, aid: str) -> list[str]:
    with Store.open(db) as store:
        return [r.decision for r in AssessmentService(store, Catalogue.bundled(), "test").receipts(aid)]


def test_receipt_imported_and_shown(world: World, country: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(country)
    assert main(["receipt", "import", str(world.receipts[world.first]), "--db", db]) == 0
    assert "Received by the Secretariat on" in capsys.readouterr().out
    assert _stored(country, world.first) == ["accepted"] and _stored(country, world.second) == []
    assert main(["status", world.first[:8], "--db", db]) == 0
    assert ", accepted" in capsys.readouterr().out.splitlines()[1]
    assert main(["status", world.first[:8], "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["receipt"]["decision"] == "accepted"
    assert main(["receipt", "import", str(world.receipts[world.first]), "--db", db]) == 0
    assert "nothing changed" in capsys.readouterr().out  # the same receipt twice
    assert main(["receipt", "list", world.first, "--db", db]) == 0
    assert "accepted" in capsys.readouterr().out


def test_receipt_for_another_assessment_is_refused(
    world: World, country: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    command = [
        "receipt",
        "import",
        str(world.receipts[world.second]),
        "--assessment",
        world.first,
        "--db",
        str(country),
    ]
    assert main(command) == 1
    assert "another assessment" in capsys.readouterr().err
    assert _stored(country, world.first) == [] and _stored(country, world.second) == []


def test_receipt_for_a_package_we_did_not_write_is_refused(
    world: World, country: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    original = read_receipt(world.receipts[world.first].read_bytes(), expected_key=world.secretariat.public_raw)
    foreign = tmp_path / f"foreign{RECEIPT_SUFFIX}"
    foreign.write_bytes(build_receipt(original.model_copy(update={"package_sha256": "ee" * 32}), world.secretariat))
    assert main(["receipt", "import", str(foreign), "--db", str(country)]) == 1
    assert "did not write" in capsys.readouterr().err
    assert _stored(country, world.first) == []


def test_altered_or_foreign_key_receipts_are_refused(
    world: World, country: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = world.receipts[world.first].read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members:
            archive.writestr(name, content.replace(b'"accepted"', b'"refused"') if name == RECEIPT else content)
    altered = tmp_path / f"altered{RECEIPT_SUFFIX}"
    altered.write_bytes(buffer.getvalue())
    assert main(["receipt", "import", str(altered), "--db", str(country)]) == 1
    assert "altered" in capsys.readouterr().err
    original = read_receipt(data, expected_key=world.secretariat.public_raw)
    forged = tmp_path / f"forged{RECEIPT_SUFFIX}"
    forged.write_bytes(build_receipt(original, Signer.generate()))
    assert main(["receipt", "import", str(forged), "--db", str(country)]) == 1
    assert "not by the Secretariat's key" in capsys.readouterr().err
    assert _stored(country, world.first) == []


def test_newest_receipt_wins(world: World, country: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The pending receipt written at import, then the accepted one written after the key was confirmed; the
    pending one replayed later changes nothing."""
    db = str(country)
    assert main(["receipt", "import", str(world.pending[world.first]), "--db", db]) == 0
    assert "pending key confirmation: new key" in capsys.readouterr().out
    assert _stored(country, world.first) == ["pending"]
    assert main(["receipt", "import", str(world.receipts[world.first]), "--db", db]) == 0
    assert main(["receipt", "import", str(world.pending[world.first]), "--db", db]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert _stored(country, world.first) == ["accepted"]


def test_no_configured_key_refuses(world: World, country: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (country.parent / "home" / RECEIPT_KEY_FILE).unlink()
    assert main(["receipt", "import", str(world.receipts[world.first]), "--db", str(country)]) == 1
    assert "no Secretariat key" in capsys.readouterr().err
    assert _stored(country, world.first) == []
