"""Duplicates, cycles, archive, delete, backups and restore from the command line, on a temporary database."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from omnibus.cli import main
from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store

Q1 = Path(__file__).parents[1] / "model" / "fixtures" / "all-types-1.yaml"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OMNIBUS_USER", "cli-tester")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def new(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "new", "--questionnaire", str(Q1), "--country", "KEN", "--db", str(db), *extra)


def stored(db: Path) -> list[str]:
    with Store.open(db) as store:
        return [s.id for s in AssessmentService(store, Catalogue(()), "t").list_assessments()]


def answered_on_stdin(monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    """Standard input as a terminal where the user types `answer`."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal(answer + "\n"))


def test_new_refuses_a_free_text_cycle(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = new(capsys, db, "--cycle", "next year")
    assert code == 1 and out == ""
    assert "a year such as 2026 or a range of years such as 2026-2027" in err and "next year" in err
    assert stored(db) == []


def test_new_refuses_a_duplicate_unless_allowed(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    first = new(capsys, db, "--cycle", "2026")[1].strip()
    code, out, err = new(capsys, db, "--cycle", "2026")
    assert code == 1 and out == ""
    assert f"KEN already has an assessment of test-all-types for the cycle 2026: {first[:8]} (draft" in err
    assert "--allow-duplicate" in err
    assert stored(db) == [first]
    code, out, err = new(capsys, db, "--cycle", "2026", "--allow-duplicate")
    assert code == 0, err
    assert stored(db) == [first, out.strip()]


def test_carry_forward_proposes_the_next_free_cycle(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    first = new(capsys, db, "--cycle", "2026")[1].strip()
    code, out, err = run(capsys, "carry-forward", first, "--cycle", "2026", "--db", str(db))
    assert code == 1 and out == "" and "already has an assessment" in err
    code, out, err = run(capsys, "carry-forward", first, "--db", str(db))
    assert code == 0 and err.strip() == "cycle 2027"
    later = out.strip()
    code, out, err = run(capsys, "carry-forward", first, "--db", str(db))
    assert code == 0 and err.strip() == "cycle 2028"  # 2027 exists now
    assert stored(db) == [first, later, out.strip()]
    code, _, err = run(capsys, "carry-forward", first, "--cycle", "next year", "--db", str(db))
    assert code == 1 and "not “next year”" in err


def test_archive_hides_from_list_until_unarchived(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    kept = new(capsys, db, "--cycle", "2025")[1].strip()
    old = new(capsys, db, "--cycle", "2024")[1].strip()
    code, out, err = run(capsys, "archive", old[:8], "--db", str(db))
    assert code == 0 and out.startswith(f"archived {old[:8]} (KEN, test-all-types 1.0, cycle 2024, draft")
    _, listed, note = run(capsys, "list", "--db", str(db))
    assert kept[:8] in listed and old[:8] not in listed
    assert note == "note: 1 archived assessments not shown (--all shows them)\n"
    everything = run(capsys, "list", "--all", "--db", str(db))[1]
    assert old[:8] in everything and "archived" in everything
    as_json = json.loads(run(capsys, "list", "--all", "--json", "--db", str(db))[1])
    assert [a["archived"] is not None for a in as_json] == [False, True]
    assert run(capsys, "unarchive", old[:8], "--db", str(db))[0] == 0
    assert old[:8] in run(capsys, "list", "--db", str(db))[1]
    code, _, err = run(capsys, "archive", "ffffffff", "--db", str(db))
    assert code == 1 and "no assessment ffffffff" in err


def test_delete_needs_yes_without_a_terminal(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = new(capsys, db, "--cycle", "2026")[1].strip()
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "delete", aid, "--db", str(db))
    assert code == 1 and "--yes" in err and out == ""
    assert stored(db) == [aid]


def test_delete_asks_on_a_terminal(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = new(capsys, db, "--cycle", "2026")[1].strip()
    answered_on_stdin(monkeypatch, "n")
    code, _, err = run(capsys, "delete", aid, "--db", str(db))
    assert code == 1 and "nothing was changed" in err
    assert stored(db) == [aid]
    answered_on_stdin(monkeypatch, "y")
    code, _out, err = run(capsys, "delete", aid, "--db", str(db))
    assert code == 0, err
    assert stored(db) == []


def test_delete_then_restore_brings_it_back(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    aid = new(capsys, db, "--cycle", "2026")[1].strip()
    (tmp_path / "a.json").write_text(json.dumps({"cases": 7}), encoding="utf-8")
    run(capsys, "answer", aid, "--file", str(tmp_path / "a.json"), "--db", str(db))
    code, out, err = run(capsys, "delete", aid[:8], "--yes", "--db", str(db))
    assert code == 0, err
    assert f"deleted {aid[:8]} (KEN, test-all-types 1.0, cycle 2026, draft" in out
    backup = Path(out.split("made just before is ")[1].split(";")[0])
    assert backup.is_file() and backup.parent == tmp_path / "backups"
    assert stored(db) == []
    code, out, _ = run(capsys, "backups", "--db", str(db))
    assert code == 0 and out.splitlines()[0].split()[3] == "before-delete"
    listed = json.loads(run(capsys, "backups", "--json", "--db", str(db))[1])
    assert listed[0]["path"] == str(backup) and listed[0]["number"] == 1
    code, out, err = run(capsys, "restore", backup.name, "--yes", "--db", str(db))
    assert code == 0, err
    assert "1 assessments in the database" in out and "before-restore" in out
    assert stored(db) == [aid]
    assert json.loads(run(capsys, "answers", aid, "--json", "--db", str(db))[1]) == {"cases": 7}


def test_restore_by_number_and_refusals(
    capsys: pytest.CaptureFixture[str], db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    aid = new(capsys, db, "--cycle", "2026")[1].strip()
    run(capsys, "delete", aid, "--yes", "--db", str(db))
    code, _, err = run(capsys, "restore", "no-such-backup.db", "--yes", "--db", str(db))
    assert code == 1 and "no backup no-such-backup.db" in err
    not_a_backup = tmp_path / "notes.db"
    not_a_backup.write_bytes(b"not a database" * 200)
    code, _, err = run(capsys, "restore", str(not_a_backup), "--yes", "--db", str(db))
    assert code == 1 and "choose another backup" in err
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = run(capsys, "restore", "1", "--db", str(db))
    assert code == 1 and "--yes" in err
    assert stored(db) == []
    assert run(capsys, "restore", "1", "--yes", "--db", str(db))[0] == 0
    assert stored(db) == [aid]
