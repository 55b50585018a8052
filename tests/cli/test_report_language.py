"""`omnibus report --lang`: the window's rule, a language the questionnaire lacks gives its source language."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from omnibus.cli import main


def cover_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def assessment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    db = str(tmp_path / "a.db")
    assert main(["new", "--questionnaire", "workshop-demo", "--country", "KEN", "--cycle", "2026", "--db", db]) == 0
    return capsys.readouterr().out.strip()


def test_a_language_the_questionnaire_lacks_gives_the_source_language_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    db = str(tmp_path / "a.db")
    questionnaire = str(Path(__file__).parents[1] / "model" / "fixtures" / "all-types-1.yaml")  # English and French
    assert main(["new", "--questionnaire", questionnaire, "--country", "KEN", "--cycle", "2026", "--db", db]) == 0
    assessment = capsys.readouterr().out.strip()
    pdf = tmp_path / "r.pdf"
    assert main(["report", assessment, "--out", str(pdf), "--lang", "ru", "--db", db]) == 0
    assert "has no ru translation; the report is in en (it exists in: en, fr)" in capsys.readouterr().err
    assert "Self-assessment report" in cover_text(pdf)


def test_a_language_it_has_prints_the_working_translation_note(
    assessment: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "r.pdf"
    assert main(["report", assessment, "--out", str(pdf), "--lang", "fr", "--db", str(tmp_path / "a.db")]) == 0
    assert "has no" not in capsys.readouterr().err
    cover = " ".join(cover_text(pdf).split())
    assert (
        "Le texte de ce questionnaire en français est une traduction non officielle ; le texte en anglais fait foi."
        in cover
    )
