"""`omnibus verify` and `omnibus keys`, run in-process on a temporary user data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage
import pytest

from omnibus.cli import main
from omnibus.export import KeyStore, QuestionnaireRef, Signer, build_package, encrypt_package, format_fingerprint
from tests.export.helpers import replace_member, sample_info, sample_members

PASSPHRASE = "a long enough passphrase"


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_verify_a_good_package(
    tmp_path: Path, package: bytes, signer: Signer, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "MEX.omnibus", package)
    assert main(["verify", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}: VERIFIED" in out
    assert format_fingerprint(signer.fingerprint) in out and "trust not checked (no --trusted-keys)" in out
    assert "openssl valid, minisign valid" in out and "country:    MEX" in out
    assert "members:    10, all match the signed manifest" in out


def test_verify_fails_when_any_file_fails(tmp_path: Path, package: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path, "good.omnibus", package)
    bad = _write(tmp_path, "bad.omnibus", replace_member(package, "responses.json", b"{}"))
    junk = _write(tmp_path, "junk.omnibus", b"not a zip")
    assert main(["verify", str(good), str(bad), str(junk), str(tmp_path / "absent.omnibus")]) == 1
    out = capsys.readouterr().out
    assert f"{bad}: NOT VERIFIED" in out and "responses.json has been altered" in out
    assert f"{junk}: UNREADABLE" in out and "not a zip file" in out
    assert "Cannot read" in out and "1 of 4 packages verified." in out


def test_verify_json_shape(tmp_path: Path, package: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    good = _write(tmp_path, "good.omnibus", package)
    junk = _write(tmp_path, "junk.omnibus", b"")
    assert main(["verify", "--json", str(good), str(junk)]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == "omnibus-verify/1" and document["all_verified"] is False
    first, second = document["results"]
    assert set(first) == set(second) == {"file", "verified", "encrypted", "error", "verification"}
    assert first["verified"] is True and first["error"] is None and first["encrypted"] is False
    checks = first["verification"]
    for key in ("ok", "intact", "signatures_valid", "signer_fingerprint", "trusted", "training", "problems"):
        assert key in checks
    assert checks["manifest"]["country"] == "MEX" and checks["manifest"]["created"] == "2025-01-31T12:30:05Z"
    assert {m["status"] for m in checks["members"]} == {"ok", "signature"}
    assert second["verified"] is False and second["verification"] is None and "not a zip" in second["error"]


def test_verify_with_trusted_keys(
    tmp_path: Path, package: bytes, signer: Signer, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "MEX.omnibus", package)
    trusted = _write(tmp_path, "trusted.txt", f"{format_fingerprint(signer.fingerprint)} MEX Fiscalía\n".encode())
    assert main(["verify", "--trusted-keys", str(trusted), str(path)]) == 0
    assert "trusted (Fiscalía)" in capsys.readouterr().out
    other = _write(tmp_path, "other.txt", f"{Signer.generate().fingerprint} MEX\n".encode())
    assert main(["verify", "--trusted-keys", str(other), str(path)]) == 1
    assert "NOT TRUSTED" in capsys.readouterr().out
    broken = _write(tmp_path, "broken.txt", b"nonsense\n")
    assert main(["verify", "--trusted-keys", str(broken), str(path)]) == 2
    assert "broken.txt, line 1" in capsys.readouterr().err


def test_verify_an_encrypted_package(tmp_path: Path, package: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    identity = pyrage.x25519.Identity.generate()
    sealed = _write(tmp_path, "MEX.omnibus.age", encrypt_package(package, [str(identity.to_public())]))
    key = _write(tmp_path, "identity.txt", f"{identity}\n".encode())
    assert main(["verify", str(sealed)]) == 1
    assert "give an age identity" in capsys.readouterr().out
    assert main(["verify", "--json", "--identity", str(key), str(sealed)]) == 0
    assert json.loads(capsys.readouterr().out)["results"][0]["encrypted"] is True
    assert main(["verify", "--identity", str(tmp_path / "absent.txt"), str(sealed)]) == 2


def test_keys_create_show_export_import(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "show"]) == 1
    assert "No signing key yet" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["keys", "create"]) == 1
    assert "set OMNIBUS_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("OMNIBUS_PASSPHRASE", PASSPHRASE)
    assert main(["keys", "create"]) == 0
    fingerprint = KeyStore(home / "keys").fingerprint()
    assert format_fingerprint(fingerprint) in capsys.readouterr().out
    assert main(["keys", "create"]) == 1 and "already exists" in capsys.readouterr().err
    monkeypatch.delenv("OMNIBUS_PASSPHRASE")
    assert main(["keys", "show"]) == 0, "showing needs no passphrase"
    out = capsys.readouterr().out
    assert format_fingerprint(fingerprint) in out and str(home / "keys" / "signing-key.pub.pem") in out
    monkeypatch.setenv("OMNIBUS_PASSPHRASE", "the wrong passphrase")
    assert main(["keys", "export", "--out", str(tmp_path / "backup.pem")]) == 1
    assert "passphrase does not open the signing key" in capsys.readouterr().err
    monkeypatch.setenv("OMNIBUS_PASSPHRASE", PASSPHRASE)
    assert main(["keys", "export", "--out", str(tmp_path / "backup.pem")]) == 0
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "new-laptop"))
    assert main(["keys", "import", str(tmp_path / "backup.pem")]) == 0
    assert KeyStore(tmp_path / "new-laptop" / "keys").fingerprint() == fingerprint


def test_keys_prompt_for_the_passphrase_in_a_terminal(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter([PASSPHRASE, PASSPHRASE + "x"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["keys", "create"]) == 1
    assert "passphrases differ" in capsys.readouterr().err
    answers = iter([PASSPHRASE, PASSPHRASE])
    assert main(["keys", "create"]) == 0


@pytest.mark.parametrize("argv", [["verify"], ["keys"], ["keys", "export"]])
def test_usage_errors(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2


def test_verify_against_the_bundled_questionnaires(
    tmp_path: Path, signer: Signer, capsys: pytest.CaptureFixture[str]
) -> None:
    from omnibus.model.catalogue import Catalogue

    bundled = Catalogue.bundled().all()[0]
    reference = QuestionnaireRef(id=bundled.id, version=bundled.version, sha256=bundled.content_hash)
    known = _write(
        tmp_path, "known.omnibus", build_package(sample_info(questionnaire=reference), sample_members(), signer)
    )
    unknown = _write(tmp_path, "unknown.omnibus", build_package(sample_info(), sample_members(), signer))
    assert main(["verify", "--known-questionnaires", str(known)]) == 0
    assert f"{bundled.id} {bundled.version} (known)" in capsys.readouterr().out
    assert main(["verify", str(unknown)]) == 0, "not checked unless asked"
    capsys.readouterr()
    assert main(["verify", "--known-questionnaires", str(unknown)]) == 1
    out = capsys.readouterr().out
    assert "untoc-checklist 1.0 (UNKNOWN)" in out and "Unknown questionnaire: untoc-checklist version 1.0" in out
