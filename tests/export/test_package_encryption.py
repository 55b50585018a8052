"""age encryption of whole packages: recipients, identities, the Secretariat's configured recipients."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from omnibus.export import (
    EncryptionError,
    PackageError,
    configured_recipients,
    decrypt_package,
    encrypt_package,
    encryption,
    is_encrypted,
    load_identities,
    load_package_file,
    save_recipients,
    verify_package,
)


def test_round_trip_to_several_recipients(package: bytes) -> None:
    secretariat, backup = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    sealed = encrypt_package(package, [str(secretariat.to_public()), str(backup.to_public())])
    assert is_encrypted(sealed) and not is_encrypted(package)
    assert decrypt_package(sealed, [backup]) == package
    assert decrypt_package(sealed, [pyrage.x25519.Identity.generate(), secretariat]) == package


def test_a_wrong_identity_is_a_clear_error(package: bytes) -> None:
    sealed = encrypt_package(package, [str(pyrage.x25519.Identity.generate().to_public())])
    with pytest.raises(EncryptionError, match=r"cannot be decrypted.*wrong identity"):
        decrypt_package(sealed, [pyrage.x25519.Identity.generate()])
    with pytest.raises(EncryptionError, match="an age identity is needed"):
        decrypt_package(sealed, [])
    with pytest.raises(PackageError, match="encrypted with age"):
        verify_package(sealed)


def test_damaged_ciphertext_is_refused(package: bytes) -> None:
    identity = pyrage.x25519.Identity.generate()
    sealed = bytearray(encrypt_package(package, [str(identity.to_public())]))
    sealed[-20] ^= 1
    with pytest.raises(EncryptionError, match="cannot be decrypted"):
        decrypt_package(bytes(sealed), [identity])
    with pytest.raises(EncryptionError, match="not age-encrypted"):
        decrypt_package(package, [identity])


@pytest.mark.parametrize("recipient", ["age1notakey", "", "AGE-SECRET-KEY-1QQQQ", "ssh-ed25519 AAAA"])
def test_bad_recipients_are_named(package: bytes, recipient: str) -> None:
    with pytest.raises(EncryptionError, match="not an age recipient"):
        encrypt_package(package, [recipient])


def test_no_recipient_is_an_error(package: bytes) -> None:
    with pytest.raises(EncryptionError, match="No recipient"):
        encrypt_package(package, [])


def test_configured_recipients_come_from_the_data_folder(tmp_path: Path) -> None:
    assert configured_recipients(tmp_path) == encryption.BUNDLED_SECRETARIAT_RECIPIENTS
    one, two = (str(pyrage.x25519.Identity.generate().to_public()) for _ in range(2))
    path = save_recipients(tmp_path, [one, f"  {two}  "])
    assert path == tmp_path / "secretariat-recipients.txt"
    assert configured_recipients(tmp_path) == (one, two)
    path.write_text(f"# Secretariat, 2025\n{one}\n\nage1broken\n")
    with pytest.raises(EncryptionError, match="'age1broken' is not an age recipient"):
        configured_recipients(tmp_path)
    with pytest.raises(EncryptionError):
        save_recipients(tmp_path, ["nonsense"])


def test_identity_files(tmp_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    path = tmp_path / "identity.txt"
    path.write_text(f"# created: 2025-01-01\n# public key: {identity.to_public()}\n{identity}\n")
    assert [str(i) for i in load_identities(path)] == [str(identity)]
    path.write_text("# nothing here\n")
    with pytest.raises(EncryptionError, match="holds no age identity"):
        load_identities(path)
    path.write_text("AGE-SECRET-KEY-1NOPE\n")
    with pytest.raises(EncryptionError, match="line 1: not an age identity"):
        load_identities(path)
    with pytest.raises(EncryptionError, match="Cannot read"):
        load_identities(tmp_path / "absent.txt")


def test_load_package_file_decrypts_when_given_an_identity(tmp_path: Path, package: bytes) -> None:
    identity = pyrage.x25519.Identity.generate()
    (tmp_path / "p.omnibus").write_bytes(package)
    (tmp_path / "p.omnibus.age").write_bytes(encrypt_package(package, [str(identity.to_public())]))
    assert load_package_file(tmp_path / "p.omnibus") == (package, False)
    assert load_package_file(tmp_path / "p.omnibus.age", [identity]) == (package, True)
    with pytest.raises(PackageError, match=r"p.omnibus.age is encrypted with age; give an age identity"):
        load_package_file(tmp_path / "p.omnibus.age")
    with pytest.raises(PackageError, match="Cannot read"):
        load_package_file(tmp_path / "absent.omnibus")
