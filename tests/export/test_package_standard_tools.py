"""The Secretariat need not trust our code: openssl, minisign and age check what we write, and we check theirs."""

from __future__ import annotations

from pathlib import Path

import pyrage
import pytest

from omnibus.export import Signer, decrypt_package, encrypt_package, minisign, verify_package
from omnibus.export.encryption import parse_identities
from tests.export.helpers import need_tool, run, unzip


def _extract(package: bytes, folder: Path) -> Path:
    """Unpack the signed files as a Secretariat officer would with `unzip`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in unzip(package):
        if "/" not in name:
            (folder / name).write_bytes(data)
    return folder


def test_openssl_verifies_the_raw_signature(package: bytes, tmp_path: Path) -> None:
    openssl = need_tool("openssl")
    folder = _extract(package, tmp_path)
    command = [openssl, "pkeyutl", "-verify", "-pubin", "-inkey", "signer.pem", "-rawin", "-in", "manifest.json"]
    result = run([*command, "-sigfile", "manifest.sig"], cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "Signature Verified Successfully" in result.stdout
    (folder / "manifest.json").write_bytes((folder / "manifest.json").read_bytes().replace(b"MEX", b"COL"))
    assert run([*command, "-sigfile", "manifest.sig"], cwd=folder).returncode != 0


def test_openssl_reads_the_fingerprint_we_print(package: bytes, tmp_path: Path, signer: Signer) -> None:
    openssl = need_tool("openssl")
    folder = _extract(package, tmp_path)
    der = run([openssl, "pkey", "-pubin", "-in", "signer.pem", "-outform", "DER", "-out", "k.der"], cwd=folder)
    assert der.returncode == 0, der.stderr
    raw = (folder / "k.der").read_bytes()[-32:]  # SubjectPublicKeyInfo ends with the raw Ed25519 key
    assert raw == signer.public_raw


def test_minisign_verifies_our_signature(package: bytes, tmp_path: Path) -> None:
    tool = need_tool("minisign")
    folder = _extract(package, tmp_path)
    result = run([tool, "-V", "-p", "signer.pub", "-m", "manifest.json"], cwd=folder)
    assert result.returncode == 0, result.stderr
    assert "Trusted comment: timestamp:1738326605\tfile:manifest.json\tcountry:MEX" in result.stdout
    (folder / "manifest.json").write_bytes((folder / "manifest.json").read_bytes() + b" ")
    assert run([tool, "-V", "-p", "signer.pub", "-m", "manifest.json"], cwd=folder).returncode != 0


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
def test_we_verify_what_minisign_signs(tmp_path: Path, legacy: bool) -> None:
    tool = need_tool("minisign")
    made = run([tool, "-G", "-W", "-p", "key.pub", "-s", "key.sec"], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    message = tmp_path / "manifest.json"
    message.write_bytes(b'{"country": "MEX"}\n' * 100)
    sign = [tool, "-S", "-s", "key.sec", "-m", "manifest.json", "-t", "country:MEX \u00e9"]
    signed = run([*sign, "-l"] if legacy else sign, cwd=tmp_path)
    assert signed.returncode == 0, signed.stderr
    key = minisign.parse_public_key((tmp_path / "key.pub").read_bytes())
    signature = minisign.parse_signature((tmp_path / "manifest.json.minisig").read_bytes())
    assert signature.algorithm == (b"Ed" if legacy else b"ED")
    assert minisign.verify(message.read_bytes(), signature, key) == "country:MEX \u00e9"
    assert signature.to_file() == (tmp_path / "manifest.json.minisig").read_bytes(), "we write their format"
    with pytest.raises(minisign.MinisignError, match="does not match the file"):
        minisign.verify(message.read_bytes() + b"x", signature, key)
    shown = run([tool, "-V", "-p", "key.pub", "-m", "manifest.json"], cwd=tmp_path)
    assert shown.returncode == 0


def test_minisign_reads_our_public_key_as_a_bare_string(package: bytes, tmp_path: Path, signer: Signer) -> None:
    tool = need_tool("minisign")
    folder = _extract(package, tmp_path)
    result = run([tool, "-V", "-P", signer.minisign_key.base64(), "-m", "manifest.json"], cwd=folder)
    assert result.returncode == 0, result.stderr


def test_age_decrypts_our_encrypted_package(package: bytes, tmp_path: Path) -> None:
    age = need_tool("age")
    identity = pyrage.x25519.Identity.generate()
    (tmp_path / "identity.txt").write_text(f"# created for a test\n{identity}\n")
    sealed = tmp_path / "MEX.omnibus.age"
    sealed.write_bytes(encrypt_package(package, [str(identity.to_public())]))
    result = run([age, "-d", "-i", "identity.txt", "-o", "MEX.omnibus", "MEX.omnibus.age"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    opened = (tmp_path / "MEX.omnibus").read_bytes()
    assert opened == package and verify_package(opened).ok


def test_we_decrypt_what_age_encrypts(package: bytes, tmp_path: Path) -> None:
    age = need_tool("age")
    keygen = need_tool("age-keygen")
    made = run([keygen, "-o", "identity.txt"], cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    recipient = next(
        line.split(": ")[1] for line in (tmp_path / "identity.txt").read_text().splitlines() if "public key" in line
    )
    (tmp_path / "p.omnibus").write_bytes(package)
    sealed = run([age, "-r", recipient, "-o", "p.omnibus.age", "p.omnibus"], cwd=tmp_path)
    assert sealed.returncode == 0, sealed.stderr
    identities = parse_identities((tmp_path / "identity.txt").read_text())
    assert decrypt_package((tmp_path / "p.omnibus.age").read_bytes(), identities) == package
