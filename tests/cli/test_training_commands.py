"""The trainer's commands: samples once, reset that spares real assessments, the class's results in words and PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnibus.cli import main
from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from tests.secretariat.classroom import classroom, trainee_service

__all__ = ["classroom", "trainee_service"]  # fixtures


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OMNIBUS_USER", "trainer")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stored(db: Path) -> list[tuple[str, bool]]:
    with Store.open(db) as store:
        return [(s.country, s.training) for s in AssessmentService(store, Catalogue(()), "t").list_assessments()]


def test_samples_then_reset_leave_only_the_real_assessment(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "laptop.db"
    assert run(capsys, "new", "--questionnaire", "workshop-demo", "--country", "KEN", "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "training", "samples", "--db", str(db), "--lang", "ar")
    assert code == 0 and "إكسمبليا" in out and out.count("training") == 4
    run(capsys, "training", "samples", "--db", str(db))
    assert len(stored(db)) == 5, "asking twice makes them once"
    code, _, err = run(capsys, "training", "reset", "--db", str(db))
    assert code == 1 and "--yes" in err and len(stored(db)) == 5, "from a script it asks for --yes first"
    code, out, _ = run(capsys, "training", "reset", "--db", str(db), "--yes")
    assert code == 0 and "removed 4 training assessments" in out and "backup" in out
    assert stored(db) == [("KEN", False)]


def test_results_name_each_problem_and_write_the_pdf(
    capsys: pytest.CaptureFixture[str], classroom: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "debriefing.pdf"
    code, out, _ = run(capsys, "training", "results", str(classroom), "--pdf", str(pdf))
    assert code == 0
    assert out.splitlines()[0] == "21 files handed in: 18 readable training packages, 17 of them without problems."
    assert "Tampered Trainee: Tampered Trainee.omnibus\n  - altered after it was signed" in out
    assert "Real Official (final): Real Official.omnibus\n  - not a training package" in out
    assert "Draft Trainee (draft): Draft Trainee.omnibus\n  - a draft" in out
    assert "Trainee 01 (final): Trainee 01.omnibus\nTrainee 02" in out, "no problem, nothing listed"
    assert pdf.read_bytes().startswith(b"%PDF")


def test_results_of_a_missing_folder_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "training", "results", str(tmp_path / "no-such-stick"))
    assert code == 1 and "is not a folder" in err
