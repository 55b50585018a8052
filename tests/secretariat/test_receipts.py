"""Receipts worked out from what the import stored: one per decision, signed, naming the exact bytes received."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from omnibus.cli import main
from omnibus.export import KeyStore, Signer
from omnibus.export.receipt import RECEIPT_SUFFIX, ReceiptError, read_receipt
from omnibus.paths import keys_folder
from omnibus.secretariat.db import open_session
from omnibus.secretariat.receipts import receipt_for_bytes, receipt_for_hash, receipt_for_package, write_receipt
from omnibus.secretariat.sample import generate_sample
from tests.secretariat.conftest import Inbox

PASSPHRASE = "the Secretariat's passphrase"


def test_each_decision_becomes_a_receipt(imported: Inbox, tmp_path: Path) -> None:
    signer = Signer.generate()
    assert imported.report is not None
    with open_session(imported.db) as session:
        for decision in imported.report.decisions:
            if decision.package_id is not None:
                receipt = receipt_for_package(session, decision.package_id, issuer="UNODC")
            else:
                assert decision.package_sha256 is not None, decision.source
                receipt = receipt_for_hash(session, decision.package_sha256, issuer="UNODC")
            path = write_receipt(receipt, signer, tmp_path)
            assert read_receipt(path.read_bytes(), expected_key=signer.public_raw) == receipt
            outcome, category = imported.expected[decision.source]
            wanted = {"superseded": "accepted", "duplicate": "accepted"}.get(outcome, outcome)
            assert receipt.decision == wanted, decision.source
            if outcome == "refused":
                assert f"[{category}]" in receipt.reason and receipt.questionnaire is None
            if outcome == "pending":
                assert "key" in receipt.reason
            if outcome == "superseded":  # an accepted one later superseded says so as well
                assert "history" in receipt.reason
            if outcome in ("accepted", "pending", "superseded"):
                assert receipt.country and receipt.questionnaire and receipt.reporting_cycle
                assert receipt.issuer == "UNODC"


def test_receipt_names_the_bytes_the_state_signed(imported: Inbox) -> None:
    """An encrypted package's receipt names the package inside (what the State's omnibus hashed), not the
    encrypted file."""
    sealed = imported.final_current[imported.sample.packages[8].state.iso3]
    encrypted = (imported.folder / "b-extra" / "08-encrypted.omnibus.age").read_bytes()
    with open_session(imported.db) as session:
        receipt = receipt_for_bytes(session, sealed.data)
        assert receipt.package_sha256 == hashlib.sha256(sealed.data).hexdigest()
        assert receipt.decision == "accepted" and receipt.country == sealed.state.iso3
        with pytest.raises(ReceiptError, match="No package with SHA-256"):
            receipt_for_bytes(session, encrypted)
        with pytest.raises(ReceiptError, match="no package #9999"):
            receipt_for_package(session, 9999)


@pytest.fixture
def secretariat_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Signer:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OMNIBUS_PASSPHRASE", PASSPHRASE)
    return KeyStore(keys_folder()).create(PASSPHRASE)


def test_cli_import_writes_receipts(
    tmp_path: Path, secretariat_home: Signer, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = generate_sample(2, tmp_path / "inbox", seed=3)
    (tmp_path / "inbox" / "junk.omnibus").write_bytes(b"junk")
    db, out = str(tmp_path / "s.db"), tmp_path / "receipts"
    trusted = str(sample.trusted_keys)
    args = ["secretariat", "import", str(tmp_path / "inbox"), "--db", db, "--trusted-keys", trusted]
    assert main([*args, "--receipts", str(out), "--issuer", "UNODC, Vienna"]) == 1  # the junk file is refused
    printed = capsys.readouterr().out
    assert printed.count("receipt: ") == 3 and "(refused)" in printed
    receipts = sorted(out.glob(f"*{RECEIPT_SUFFIX}"))
    read = [read_receipt(p.read_bytes(), expected_key=secretariat_home.public_raw) for p in receipts]
    by_hash = {r.package_sha256: r for r in read}
    for package in sample.packages:
        receipt = by_hash[hashlib.sha256(package.data).hexdigest()]
        assert (receipt.decision, receipt.country, receipt.issuer) == ("accepted", package.state.iso3, "UNODC, Vienna")
    assert by_hash[hashlib.sha256(b"junk").hexdigest()].decision == "refused"

    again = tmp_path / "again"
    first = sample.packages[0]
    assert first.path is not None
    command = ["secretariat", "receipt", str(first.path), "--package", "2", "--db", db, "--out", str(again)]
    assert main(command) == 0
    assert len(list(again.iterdir())) == 2


def test_cli_receipt_refuses_unknown_packages_and_missing_key(
    tmp_path: Path, secretariat_home: Signer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "s.db")
    assert main(["secretariat", "receipt", "--sha256", "ab" * 32, "--db", db, "--out", str(tmp_path / "r")]) == 1
    assert "There is no Secretariat database" in capsys.readouterr().err
    with open_session(db, write=True):
        pass  # a database with no package in it
    assert main(["secretariat", "receipt", "--sha256", "ab" * 32, "--db", db, "--out", str(tmp_path / "r")]) == 1
    assert "No package with SHA-256" in capsys.readouterr().err
    assert main(["secretariat", "receipt", "--db", db, "--out", str(tmp_path / "r")]) == 1
    assert "name the packages" in capsys.readouterr().err
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "no-key-here"))
    assert main(["secretariat", "receipt", "--package", "1", "--db", db, "--out", str(tmp_path / "r")]) == 1
    assert "omnibus keys create" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()
