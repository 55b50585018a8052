"""`omnibus finalize` and `omnibus reopen`: the status the window sets, from the command line, stored as such."""

from __future__ import annotations

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


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def status(db: Path) -> str:
    with Store.open(db) as store:
        (summary,) = AssessmentService(store, Catalogue(()), "t").list_assessments()
        return summary.status


def test_finalize_is_refused_naming_what_is_missing_then_done_and_undone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "cli.db"
    code, out, _ = run(capsys, "new", "--questionnaire", str(Q1), "--country", "KEN", "--db", str(db))
    assert code == 0
    short = out.strip()[:8]
    code, out, err = run(capsys, "finalize", short, "--db", str(db))
    assert code == 1 and out == ""
    assert "cannot be made final" in err and "nothing was changed" in err and "criminalized" in err
    assert status(db) == "draft"
    answers = tmp_path / "answers.yaml"
    answers.write_text("criminalized: in_place\nhas_unit: 'no'\n", encoding="utf-8")
    assert run(capsys, "answer", short, "--file", str(answers), "--db", str(db))[0] == 0
    code, out, err = run(capsys, "finalize", short, "--db", str(db))
    assert code == 0 and f"{short} is final" in out and err == ""
    assert status(db) == "final"
    assert run(capsys, "finalize", short, "--db", str(db))[0] == 0  # already final: nothing to do
    code, out, _ = run(capsys, "reopen", short, "--db", str(db))
    assert code == 0 and f"{short} is a draft" in out
    assert status(db) == "draft"


def test_an_unknown_assessment_is_said_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for command in ("finalize", "reopen"):
        code, out, err = run(capsys, command, "deadbeef", "--db", str(tmp_path / "cli.db"))
        assert code == 1 and out == "" and "deadbeef" in err
