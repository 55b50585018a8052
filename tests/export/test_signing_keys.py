"""The installation key: created once, kept encrypted, backed up and moved; trust lists of fingerprints."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from omnibus.export import (
    KeyStore,
    KeyStoreError,
    Signer,
    TrustedKeys,
    TrustedKeysError,
    WrongPassphraseError,
    format_fingerprint,
)
from omnibus.export.keys import parse_fingerprint
from tests.export.helpers import need_tool, run

PASSPHRASE = "correct horse battery"


def test_create_then_reload_with_the_passphrase(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "keys")
    assert not store.exists()
    created = store.create(PASSPHRASE)
    assert store.exists() and store.fingerprint() == created.fingerprint
    reloaded = KeyStore(tmp_path / "keys").load(PASSPHRASE)
    assert reloaded.fingerprint == created.fingerprint
    assert reloaded.sign(b"x") == created.sign(b"x"), "Ed25519 is deterministic: same key, same signature"


def test_the_private_key_is_stored_encrypted_and_private(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    store.create(PASSPHRASE)
    text = store.private_path.read_bytes()
    assert text.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert stat.S_IMODE(store.private_path.stat().st_mode) == 0o600
    assert store.public_path.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    assert store.minisign_path.read_bytes().startswith(b"untrusted comment: minisign public key ")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["signing-key.pem", "signing-key.pub.pem", "signing-key.minisign.pub"]
    ), "no temporary files left"


def test_openssl_opens_the_stored_key_with_the_passphrase(tmp_path: Path) -> None:
    openssl = need_tool("openssl")
    store = KeyStore(tmp_path)
    store.create(PASSPHRASE)
    command: list[str | Path] = [openssl, "pkey", "-in", store.private_path, "-pubout", "-passin"]
    result = run([*command, f"pass:{PASSPHRASE}"])
    assert result.returncode == 0 and result.stdout.encode() == store.public_path.read_bytes()
    assert run([*command, "pass:wrong passphrase"]).returncode != 0


def test_a_wrong_passphrase_gives_a_clear_error(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    store.create(PASSPHRASE)
    with pytest.raises(WrongPassphraseError, match="The passphrase does not open the signing key in"):
        store.load("correct horse battery!")


def test_passphrases_are_compared_after_unicode_normalisation(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    store.create("contrase\u00f1a segura")  # precomposed ñ
    assert store.load("contrasen\u0303a segura")  # n + combining tilde, as some keyboards type it


def test_a_short_or_empty_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyStoreError, match="at least 8 characters"):
        KeyStore(tmp_path).create("short")
    with pytest.raises(KeyStoreError, match="empty"):
        Signer.generate().encrypted_pem("")


def test_create_does_not_replace_an_existing_key(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    first = store.create(PASSPHRASE)
    with pytest.raises(KeyStoreError, match="already exists"):
        store.create(PASSPHRASE)
    assert store.load(PASSPHRASE).fingerprint == first.fingerprint
    assert store.create(PASSPHRASE, replace=True).fingerprint != first.fingerprint


def test_load_or_create_makes_the_key_on_first_export(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    signer, created = store.load_or_create(PASSPHRASE)
    again, created_again = store.load_or_create(PASSPHRASE)
    assert created and not created_again and again.fingerprint == signer.fingerprint


def test_public_files_out_of_step_are_repaired_on_load(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    signer = store.create(PASSPHRASE)
    store.public_path.write_bytes(Signer.generate().public_pem())
    store.minisign_path.unlink()
    store.load(PASSPHRASE)
    assert store.fingerprint() == signer.fingerprint
    assert store.minisign_path.read_bytes() == signer.minisign_key.to_file()


def test_missing_key_messages(tmp_path: Path) -> None:
    store = KeyStore(tmp_path)
    with pytest.raises(KeyStoreError, match="no signing key"):
        store.load(PASSPHRASE)
    with pytest.raises(KeyStoreError, match="no signing key"):
        store.fingerprint()


def test_backup_and_import_on_a_new_laptop(tmp_path: Path) -> None:
    old = KeyStore(tmp_path / "old")
    original = old.create(PASSPHRASE)
    backup = old.export_backup(PASSPHRASE, tmp_path / "usb" / "omnibus-key.pem")
    assert backup.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    new = KeyStore(tmp_path / "new")
    with pytest.raises(WrongPassphraseError):
        new.import_backup(backup, "not the passphrase")
    assert not new.exists()
    imported = new.import_backup(backup, PASSPHRASE)
    assert imported.fingerprint == original.fingerprint == new.fingerprint()
    assert new.load(PASSPHRASE).sign(b"m") == original.sign(b"m")
    assert new.import_backup(backup, PASSPHRASE).fingerprint == original.fingerprint, "re-import is harmless"


def test_export_needs_the_right_passphrase(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "keys")
    store.create(PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        store.export_backup("guess guess guess", tmp_path / "backup.pem")
    assert not (tmp_path / "backup.pem").exists()


def test_import_does_not_silently_replace_a_different_key(tmp_path: Path) -> None:
    source = KeyStore(tmp_path / "a")
    source.create(PASSPHRASE)
    backup = source.export_backup(PASSPHRASE, tmp_path / "a.pem")
    target = KeyStore(tmp_path / "b")
    mine = target.create(PASSPHRASE)
    with pytest.raises(KeyStoreError, match="different signing key already exists"):
        target.import_backup(backup, PASSPHRASE)
    assert target.fingerprint() == mine.fingerprint
    assert target.import_backup(backup, PASSPHRASE, replace=True).fingerprint == source.fingerprint()


def test_import_of_an_openssl_made_key(tmp_path: Path) -> None:
    openssl = need_tool("openssl")
    made = run([openssl, "genpkey", "-algorithm", "ed25519", "-out", tmp_path / "plain.pem"])
    assert made.returncode == 0, made.stderr
    store = KeyStore(tmp_path / "keys")
    store.import_backup(tmp_path / "plain.pem", PASSPHRASE)
    assert store.private_path.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    rsa = run([openssl, "genpkey", "-algorithm", "rsa", "-pkeyopt", "rsa_keygen_bits:1024", "-out", tmp_path / "r"])
    assert rsa.returncode == 0
    with pytest.raises(KeyStoreError, match="not Ed25519"):
        store.import_backup(tmp_path / "r", PASSPHRASE, replace=True)


@pytest.mark.parametrize(
    "content", [b"", b"garbage", b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"]
)
def test_import_of_a_damaged_file(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "bad.pem").write_bytes(content)
    with pytest.raises(KeyStoreError, match="does not hold a readable private key"):
        KeyStore(tmp_path / "keys").import_backup(tmp_path / "bad.pem", PASSPHRASE)
    with pytest.raises(KeyStoreError, match="Cannot read"):
        KeyStore(tmp_path / "keys").import_backup(tmp_path / "absent.pem", PASSPHRASE)


def test_fingerprint_forms() -> None:
    signer = Signer.generate()
    shown = format_fingerprint(signer.fingerprint)
    assert parse_fingerprint(shown) == signer.fingerprint
    assert parse_fingerprint(signer.fingerprint.upper()) == signer.fingerprint
    assert parse_fingerprint(shown.replace(" ", ":").replace("SHA256::", "SHA256:")) == signer.fingerprint
    with pytest.raises(ValueError, match="not a SHA-256 fingerprint"):
        parse_fingerprint("SHA256:AB12")


def test_trusted_keys_file(tmp_path: Path) -> None:
    a, b, c = Signer.generate(), Signer.generate(), Signer.generate()
    text = (
        "# confirmed fingerprints\n\n"
        f"{format_fingerprint(a.fingerprint)}   MEX   Fiscalía General, letter of 3 March\n"
        f"{b.fingerprint.upper()} COL\n"
        f"{c.minisign_key.base64()}  *  national trainer\n"
    )
    path = tmp_path / "trusted.txt"
    path.write_text(text, encoding="utf-8")
    trusted = TrustedKeys.load(path)
    assert [(k.country, k.comment) for k in trusted.keys] == [
        ("MEX", "Fiscalía General, letter of 3 March"),
        ("COL", ""),
        ("*", "national trainer"),
    ]
    assert trusted.trust_for(a.fingerprint, "MEX") is not None and trusted.trust_for(a.fingerprint, "COL") is None
    assert trusted.trust_for(c.fingerprint, "ZAF") is not None
    assert trusted.trust_for(Signer.generate().fingerprint, "MEX") is None


@pytest.mark.parametrize(
    "line",
    ["SHA256:AB12 MEX", "0" * 64 + " mex", "0" * 64, "RWZ" + "A" * 53 + " MEX", "hello MEX"],
)
def test_malformed_trusted_keys_lines_are_reported_with_their_number(line: str) -> None:
    with pytest.raises(TrustedKeysError, match=r"keys.txt, line 2"):
        TrustedKeys.parse(f"# header\n{line}\n", "keys.txt")


def test_unreadable_trusted_keys_file(tmp_path: Path) -> None:
    with pytest.raises(TrustedKeysError, match="Cannot read the trusted-keys file"):
        TrustedKeys.load(tmp_path / "absent.txt")
