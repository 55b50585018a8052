"""Each copy of omnibus signs with its own key: a data folder copied to another computer brings a key it may not use."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from omnibus import installation
from omnibus.cli import main
from omnibus.export import KeyStore, KeyStoreError, keys
from omnibus.export.errors import KeyMadeElsewhereError
from omnibus.ui.hand_in import HandIn

PASSPHRASE = "a long enough passphrase"
TRAINER, TRAINEE = "a" * 32, "b" * 32


def test_a_key_is_recorded_as_made_by_its_installation(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "keys", installation=TRAINER)
    signer = store.create(PASSPHRASE)
    record = json.loads(store.origin_path.read_text(encoding="utf-8"))
    assert record == {"format": "omnibus-key-origin/1", "fingerprint": signer.fingerprint, "installation": TRAINER}
    assert KeyStore(tmp_path / "keys", installation=TRAINER).load(PASSPHRASE).fingerprint == signer.fingerprint


def test_a_copied_key_cannot_sign_until_the_copy_makes_its_own(tmp_path: Path) -> None:
    original = KeyStore(tmp_path / "trainer" / "keys", installation=TRAINER)
    trainers_key = original.create(PASSPHRASE)
    shutil.copytree(tmp_path / "trainer", tmp_path / "trainee")
    copy = KeyStore(tmp_path / "trainee" / "keys", installation=TRAINEE)
    assert copy.made_elsewhere() and not original.made_elsewhere()
    with pytest.raises(KeyMadeElsewhereError, match=r"another copy of omnibus.*keys create --replace"):
        copy.load(PASSPHRASE)
    with pytest.raises(KeyMadeElsewhereError):
        copy.load_or_create(PASSPHRASE)
    with pytest.raises(KeyMadeElsewhereError):
        copy.export_backup(PASSPHRASE, tmp_path / "backup.pem")
    assert not (tmp_path / "backup.pem").exists(), "a copied key is not passed on either"
    own = copy.create("the trainee's passphrase", replace=True)
    assert own.fingerprint != trainers_key.fingerprint and not copy.made_elsewhere()
    assert copy.load("the trainee's passphrase").fingerprint == own.fingerprint
    assert original.load(PASSPHRASE).fingerprint == trainers_key.fingerprint, "the original copy keeps its key"


def test_a_person_moving_to_a_new_computer_imports_the_backup_of_their_key(tmp_path: Path) -> None:
    old = KeyStore(tmp_path / "old", installation=TRAINER)
    signer = old.create(PASSPHRASE)
    backup = old.export_backup(PASSPHRASE, tmp_path / "key-backup.pem")
    shutil.copytree(tmp_path / "old", tmp_path / "new")  # the whole data folder came along too
    new = KeyStore(tmp_path / "new", installation=TRAINEE)
    new.import_backup(backup, PASSPHRASE)
    assert new.load(PASSPHRASE).fingerprint == signer.fingerprint and not new.made_elsewhere()


def test_a_key_made_before_records_existed_is_adopted_by_the_first_computer_that_opens_it(tmp_path: Path) -> None:
    legacy = KeyStore(tmp_path / "keys")
    signer = legacy.create(PASSPHRASE)
    assert not legacy.origin_path.exists(), "a store that knows no installation records none"
    assert KeyStore(tmp_path / "keys", installation=TRAINER).load(PASSPHRASE).fingerprint == signer.fingerprint
    assert json.loads(legacy.origin_path.read_text(encoding="utf-8"))["installation"] == TRAINER
    with pytest.raises(KeyMadeElsewhereError):
        KeyStore(tmp_path / "keys", installation=TRAINEE).load(PASSPHRASE)


def test_a_key_on_a_folder_that_cannot_be_written_still_signs_and_is_recorded_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    signer = KeyStore(tmp_path).create(PASSPHRASE)  # made before records existed

    def read_only(path: Path, data: bytes, *, mode: int = 0o644) -> Path:
        raise PermissionError(13, "Read-only file system", str(path))

    monkeypatch.setattr(keys, "atomic_write", read_only)
    store = KeyStore(tmp_path, installation=TRAINER)
    assert store.load(PASSPHRASE).fingerprint == signer.fingerprint
    assert not store.origin_path.exists()
    monkeypatch.undo()
    store.load(PASSPHRASE)
    assert json.loads(store.origin_path.read_text(encoding="utf-8"))["installation"] == TRAINER


def test_a_record_of_an_earlier_key_does_not_block_the_current_one(tmp_path: Path) -> None:
    store = KeyStore(tmp_path, installation=TRAINER)
    store.create(PASSPHRASE)
    record = store.origin_path.read_text(encoding="utf-8")
    replaced = KeyStore(tmp_path).create(PASSPHRASE, replace=True)  # by a tool that knows no installation
    store.origin_path.write_text(record, encoding="utf-8")
    assert KeyStore(tmp_path, installation=TRAINEE).load(PASSPHRASE).fingerprint == replaced.fingerprint


@pytest.mark.parametrize("damage", ["", "not json", "[]", '{"format": "omnibus-key-origin/1", "fingerprint": 1}'])
def test_an_unreadable_record_is_replaced_by_the_installation_opening_the_key(tmp_path: Path, damage: str) -> None:
    store = KeyStore(tmp_path, installation=TRAINER)
    store.create(PASSPHRASE)
    store.origin_path.write_text(damage, encoding="utf-8")
    store.load(PASSPHRASE)
    assert json.loads(store.origin_path.read_text(encoding="utf-8"))["installation"] == TRAINER


def test_the_wrong_passphrase_is_reported_before_the_copy(tmp_path: Path) -> None:
    KeyStore(tmp_path, installation=TRAINER).create(PASSPHRASE)
    with pytest.raises(KeyStoreError, match="passphrase does not open"):
        KeyStore(tmp_path, installation=TRAINEE).load("not the passphrase")


def test_the_installation_id_is_stable_and_differs_between_computers(monkeypatch: pytest.MonkeyPatch) -> None:
    first = installation.installation_id()
    assert first == installation.installation_id() and len(first) == 32
    monkeypatch.setattr(installation, "machine_identifier", lambda: "another computer")
    assert installation.installation_id() != first
    assert "another computer" not in installation.installation_id()


def _on_computer(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(installation, "machine_identifier", lambda: name)


def test_the_command_line_refuses_a_copied_key_and_says_how_to_make_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OMNIBUS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "trainer"))
    _on_computer(monkeypatch, "trainer's laptop")
    assert main(["keys", "create"]) == 0
    shutil.copytree(tmp_path / "trainer", tmp_path / "trainee")
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "trainee"))
    _on_computer(monkeypatch, "trainee's laptop")
    capsys.readouterr()
    assert main(["keys", "show"]) == 1
    assert "made by another copy of omnibus" in capsys.readouterr().err
    assert main(["keys", "export", "--out", str(tmp_path / "k.pem")]) == 1
    assert "keys create --replace" in capsys.readouterr().err
    assert main(["keys", "create", "--replace"]) == 0
    assert main(["keys", "show"]) == 0


def test_the_application_treats_a_copied_key_as_none_and_makes_the_copys_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _on_computer(monkeypatch, "trainer's laptop")
    trainer = HandIn(tmp_path / "trainer")
    KeyStore(tmp_path / "trainer" / "keys", installation=installation.installation_id()).create(PASSPHRASE)
    assert trainer.key_exists() and trainer.fingerprint() is not None
    shutil.copytree(tmp_path / "trainer", tmp_path / "trainee")
    _on_computer(monkeypatch, "trainee's laptop")
    trainee = HandIn(tmp_path / "trainee")
    assert not trainee.key_exists() and trainee.fingerprint() is None
    own = trainee.signer("the trainee's passphrase")
    assert trainee.key_exists() and trainee.fingerprint() is not None
    assert own.fingerprint != KeyStore(tmp_path / "trainer" / "keys").fingerprint()
    assert trainee.signer("the trainee's passphrase").fingerprint == own.fingerprint, "made once, then reused"
    _on_computer(monkeypatch, "trainer's laptop")
    assert trainer.key_exists(), "the trainer's own copy is untouched"
