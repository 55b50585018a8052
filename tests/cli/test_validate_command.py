"""`omnibus validate` and `omnibus questionnaires`, as authors and trainers run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from omnibus.cli import main
from tests.support.inline import inline

GOOD = inline(
    "- {id: a, type: yes_no, label: {en: Question, fr: La question}}\n- {id: b, type: text, label: Name}",
    languages="en, fr",
)


def test_valid_file_prints_a_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    assert main(["validate", str(good)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{good}: ok: inline 1.0, 2 items in 1 sections")


def test_every_problem_of_every_file_is_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad, worse = tmp_path / "good.yaml", tmp_path / "bad.yaml", tmp_path / "worse.yaml"
    good.write_text(GOOD)
    bad.write_text(GOOD.replace("type: yes_no", "type: yesno").replace("type: text", "type: txt"))
    worse.write_bytes(b"\xff\xfe")
    assert main(["validate", str(good), str(bad), str(worse)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{good}: ok")
    assert [ln.split(":")[0] for ln in lines[1:]] == [str(bad), str(bad), str(worse)]
    assert all(ln.split(":")[1].isdigit() and ln.split(":")[2].isdigit() for ln in lines[1:])


def test_lang_reports_missing_translations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    assert main(["validate", "--lang", "fr", str(good)]) == 1
    out = capsys.readouterr().out
    assert "no `fr` translation of this text" in out
    assert out.rstrip().endswith("; 9 missing texts in fr")
    missing = [ln for ln in out.splitlines() if "no `fr` translation" in ln]
    assert len(missing) == 9  # titles of questionnaire, module, section; 5 taxonomy labels; item b


def test_bundled_files_validate_from_the_console_script() -> None:
    folder = Path(__file__).resolve().parents[2] / "questionnaires"
    files = sorted(str(p) for p in folder.glob("*.yaml"))
    result = subprocess.run([sys.executable, "-m", "omnibus", "validate", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": ok: ") == len(files)


def test_validate_ends_with_the_count_of_missing_texts(capsys) -> None:
    demo = str(Path(__file__).resolve().parents[2] / "questionnaires" / "workshop-demo.yaml")
    assert main(["validate", "--lang", "fr", demo]) == 0
    assert capsys.readouterr().out.rstrip().endswith("languages en, fr, es, ru, zh, ar; 0 missing texts in fr")
    assert main(["validate", "--lang", "ar", demo]) == 0


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh", "ar"])
@pytest.mark.parametrize(
    "name",
    [
        "untoc-needs-assessment.yaml",
        "workshop-demo.yaml",
        "national-strategy.yaml",
        "ta-taxonomy.yaml",
        "common-lists.yaml",
    ],
)
def test_bundled_file_is_fully_translated_into_every_un_language(
    name: str, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(__file__).resolve().parents[2] / "questionnaires" / name
    assert main(["validate", "--lang", lang, str(path)]) == 0
    assert "not translated" not in capsys.readouterr().out


def test_questionnaires_lists_bundled_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["questionnaires", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"untoc-needs-assessment", "workshop-demo"} <= {r["id"] for r in rows}
    assert all(len(r["sha256"]) == 64 and r["items"] > 0 for r in rows)


def test_a_broken_bundled_questionnaire_does_not_stop_checking_another_file(
    tmp_path: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cross-references look at the bundled questionnaires: one that does not load (a translation half done) is
    left out of them, instead of ending `validate` with a traceback."""
    from omnibus.model.catalogue import Catalogue

    bundled = tmp_path / "bundled"
    bundled.mkdir()
    (bundled / "broken.yaml").write_text(GOOD.replace("type: yes_no", "type: yesno"))
    monkeypatch.setattr(Catalogue, "bundled", classmethod(lambda cls: cls((bundled,))))
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr().out.startswith(f"{good}: ok:")
