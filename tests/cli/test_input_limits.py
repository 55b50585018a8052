"""Every file the product reads is refused when endless or too large, with a message naming its kind and limit.

Each entry point gets /dev/zero, a FIFO that never stops and a file one byte too large; nothing may be read
beyond the limit (the endless inputs would otherwise fill the memory) and nothing may change.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from omnibus.cli import main
from omnibus.export import Limits, PackageError, load_package_file
from omnibus.export.encryption import RECIPIENTS_FILE, configured_recipients
from omnibus.export.errors import EncryptionError
from omnibus.export.keys import PRIVATE_KEY_FILE, PUBLIC_KEY_FILE
from omnibus.secretariat.db import open_session
from omnibus.secretariat.importer import Importer, ImportOptions
from tests.support.endless import SOURCES, hostile_file

MB = 1024 * 1024
FIXTURES = Path(__file__).parents[1] / "model" / "fixtures"
Q1 = FIXTURES / "all-types-1.yaml"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OMNIBUS_USER", "cli-tester")
    monkeypatch.setenv("OMNIBUS_PASSPHRASE", "correct horse battery staple")


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_answers_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str, suffix: str) -> None:
    db = tmp_path / "a.db"
    code, aid, err = run(capsys, "new", "--questionnaire", Q1, "--country", "KEN", "--db", db)
    assert code == 0, err
    with hostile_file(source, tmp_path / f"answers{suffix}", 16 * MB) as answers:
        code, out, err = run(capsys, "answer", aid.strip(), "--file", answers, "--db", db)
    assert code == 1 and out == ""
    assert f"{answers}:1:1: an answers file may be at most 16 MB; this file is larger" in err
    assert json.loads(run(capsys, "answers", aid.strip(), "--json", "--db", db)[1]) == {}


@pytest.mark.parametrize("source", SOURCES)
def test_questionnaire_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str) -> None:
    with hostile_file(source, tmp_path / "q.yaml", 8 * MB) as questionnaire:
        code, out, _ = run(capsys, "validate", questionnaire)
    assert code == 1
    assert out == f"{questionnaire}:1:1: a questionnaire file may be at most 8 MB; this file is larger\n"


def test_questionnaire_file_for_a_new_assessment(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with hostile_file("dev-zero", tmp_path / "q.yaml", 8 * MB) as questionnaire:
        code, _, err = run(capsys, "new", "--questionnaire", questionnaire, "--country", "KEN", "--db", tmp_path / "d")
    assert code == 1 and "a questionnaire file may be at most 8 MB" in err


@pytest.mark.parametrize("source", SOURCES)
def test_included_list_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str) -> None:
    questionnaire = tmp_path / "q.yaml"
    questionnaire.write_bytes(Q1.read_bytes())
    line = questionnaire.read_text(encoding="utf-8").splitlines().index("include: [test-lists.yaml]") + 1
    with hostile_file(source, tmp_path / "test-lists.yaml", 8 * MB) as lists:
        code, out, _ = run(capsys, "validate", questionnaire)
    assert code == 1
    assert (
        f"{lists}:1:1: an included list file may be at most 8 MB; this file is larger "
        f"(in the list file that {questionnaire} includes at line {line})"
    ) in out.splitlines()


@pytest.mark.parametrize("source", SOURCES)
def test_package(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    small = Limits(max_package_bytes=1 * MB)
    monkeypatch.setattr("omnibus.export.load_package_file", functools.partial(load_package_file, limits=small))
    with hostile_file(source, tmp_path / "KEN.omnibus", 1 * MB + 64 * 1024) as package:
        code, out, _ = run(capsys, "verify", package)
    assert code == 1
    assert "KEN.omnibus: a response package may be at most 1 MB; this file is larger." in out


@pytest.mark.parametrize("source", SOURCES)
def test_package_imported_by_the_secretariat(tmp_path: Path, source: str) -> None:
    options = ImportOptions(limits=Limits(max_package_bytes=1 * MB))
    with (
        hostile_file(source, tmp_path / "KEN.omnibus", 1 * MB + 64 * 1024) as package,
        open_session(tmp_path / "s.db") as session,
    ):
        report = Importer(session, options).import_files([package])
    [decision] = report.decisions
    assert decision.outcome == "refused"
    assert "a response package may be at most 1 MB" in decision.reason


def test_package_at_the_real_limit_is_refused_unread(tmp_path: Path) -> None:
    with (
        hostile_file("oversized", tmp_path / "KEN.omnibus", 1024 * MB + 64 * 1024) as package,
        pytest.raises(PackageError, match="a response package may be at most 1024 MB"),
    ):
        load_package_file(package)


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize(
    ("option", "kind"), [("--trusted-keys", "a trusted-keys file"), ("--identity", "an age identity file")]
)
def test_verify_options(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str, option: str, kind: str
) -> None:
    with hostile_file(source, tmp_path / "option.txt", 1 * MB) as file:
        code, out, err = run(capsys, "verify", tmp_path / "KEN.omnibus", option, file)
    assert code == 2 and out == ""
    assert f"{kind} may be at most 1 MB; this file is larger" in err


@pytest.mark.parametrize("source", SOURCES)
def test_secretariat_import_trusted_keys(capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str) -> None:
    with hostile_file(source, tmp_path / "trusted.txt", 1 * MB) as file:
        code, _, err = run(capsys, "secretariat", "import", tmp_path, "--db", tmp_path / "s.db", "--trusted-keys", file)
    assert code == 1 and "a trusted-keys file may be at most 1 MB" in err


@pytest.mark.parametrize("source", SOURCES)
def test_states_parties_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str) -> None:
    with hostile_file(source, tmp_path / "states.txt", 1 * MB) as file:
        code, out, err = run(
            capsys, "secretariat", "analyse", "--db", tmp_path / "s.db", "--json", "--states-parties", file
        )
    assert code == 1 and out == ""
    assert "a States-parties file may be at most 1 MB; this file is larger" in err


@pytest.mark.parametrize("source", SOURCES)
def test_key_backup(capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str) -> None:
    with hostile_file(source, tmp_path / "backup.pem", 1 * MB) as backup:
        code, out, err = run(capsys, "keys", "import", backup)
    assert code == 1 and out == ""
    assert f"{backup}: a key file may be at most 1 MB; this file is larger." in err
    assert not (tmp_path / "home" / "keys").exists() or not any((tmp_path / "home" / "keys").iterdir())


@pytest.mark.parametrize("source", SOURCES)
def test_installed_public_key(capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str) -> None:
    assert run(capsys, "keys", "create")[0] == 0
    public = tmp_path / "home" / "keys" / PUBLIC_KEY_FILE
    public.unlink()
    with hostile_file(source, public, 1 * MB):
        code, _, err = run(capsys, "keys", "show")
    assert code == 1 and "a key file may be at most 1 MB" in err


@pytest.mark.parametrize("source", SOURCES)
def test_recipients_file(tmp_path: Path, source: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    with (
        hostile_file(source, home / RECIPIENTS_FILE, 1 * MB),
        pytest.raises(EncryptionError, match="a recipients file may be at most 1 MB"),
    ):
        configured_recipients(home)


@pytest.mark.parametrize("source", SOURCES)
def test_installed_private_key(capsys: pytest.CaptureFixture[str], tmp_path: Path, source: str) -> None:
    assert run(capsys, "keys", "create")[0] == 0
    private = tmp_path / "home" / "keys" / PRIVATE_KEY_FILE
    private.unlink()
    with hostile_file(source, private, 1 * MB):
        code, _, err = run(capsys, "keys", "export", "--out", tmp_path / "backup.pem")
    assert code == 1 and "a key file may be at most 1 MB" in err
    assert not (tmp_path / "backup.pem").exists()
