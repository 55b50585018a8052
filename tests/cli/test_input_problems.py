"""Bad answers files and questionnaires get a positioned message in the user's words, never a traceback.

Every refusal of `answer` leaves the assessment as it was: nothing is stored from a file with a problem.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from omnibus.cli import main

FIXTURES = Path(__file__).parents[1] / "model" / "fixtures"
Q1 = FIXTURES / "all-types-1.yaml"
LISTS = FIXTURES / "test-lists.yaml"
LONG = "9" * 4301


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OMNIBUS_USER", "cli-tester")


Store = Callable[[str, bytes], tuple[int, str, dict[str, object]]]
"""Stores a file's answers: (exit status, standard error, what was stored)."""


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def answer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Store:
    """Store a file's answers in a new assessment: (exit status, standard error, what was stored)."""
    db = tmp_path / "a.db"
    code, out, err = run(capsys, "new", "--questionnaire", Q1, "--country", "KEN", "--db", db)
    assert code == 0, err
    assessment = out.strip()

    def store(name: str, content: bytes) -> tuple[int, str, dict[str, object]]:
        file = tmp_path / name
        file.write_bytes(content)
        code, _, err = run(capsys, "answer", assessment, "--file", file, "--db", db)
        stored = json.loads(run(capsys, "answers", assessment, "--json", "--db", db)[1])
        return code, err.replace(str(tmp_path) + "/", ""), stored

    return store


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"unit_name": "Unit", "unit_name": "Other"}', "a.json:1:23: the key `unit_name` appears twice"),
        (b'{"cases": 1,\n "seizures": [{"year": 1, "year": 2}]}', "a.json:2:27: the key `year` appears twice"),
        (b'{"cases": ' + LONG.encode() + b"}", "a.json:1:11: this number has 4301 digits; at most 4300"),
        (b'{"cases":\n' + b"[" * 1000 + b"]" * 1000 + b"}", "a.json:2:64: the file nests more than 64 levels"),
        (b'{"cases": ' + b"[" * 100 + b"]" * 100 + b"}", "a.json:1:74: the file nests more than 64 levels"),
        (b'{"unit_name": "x\\ud800y"}', "a.json:1:17: `\\ud800` is half of a UTF-16 surrogate pair"),
        (b'{"unit_name": "\\ud83d\\ude00 \\udc00"}', "a.json:1:29: `\\udc00` is half of a UTF-16 surrogate pair"),
        (b'{"cases": 1,\n "unit_name": "\xff"}', "a.json:2:16: the file is not UTF-8 text (byte 28)"),
        (b'{"cases": 1,\n "unit_name": }', "a.json:2:15: this is not valid JSON: Expecting value"),
        (b'{"cases": 1,\n "unit_name": "a\x00b"}', "a.json:2:17: this is not valid JSON: Invalid control character"),
        (b"[1, 2]", "a.json:1:1: the file must be a mapping of question ids to answers, not a list"),
    ],
)
def test_json_answers_file(answer: Store, content: bytes, expected: str) -> None:
    code, err, stored = answer("a.json", content)
    assert code == 1 and err.startswith(f"omnibus: {expected}")
    assert stored == {}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"cases: " + LONG.encode() + b"\n", "a.yaml:1:8: this number has 4301 digits; at most 4300"),
        (b"cases: 12\nadopted: 2024-05-01\n", "a.yaml:2:10: `2024-05-01` is ambiguous in YAML"),
        (b"cases: 12\nunit_name: 'a\x00b'\n", "a.yaml:2:14: the invisible character U+0000 is not allowed"),
        (b"cases: 12\ncases: 13\n", "a.yaml:2:1: the key `cases` appears twice"),
        (b"- cases\n- 12\n", "a.yaml:1:1: the file must be a mapping of question ids to answers, not a list"),
    ],
)
def test_yaml_answers_file(answer: Store, content: bytes, expected: str) -> None:
    code, err, stored = answer("a.yaml", content)
    assert code == 1 and err.startswith(f"omnibus: {expected}")
    assert stored == {}


def test_quoted_dates_and_plain_numbers_are_stored(answer: Store) -> None:
    code, err, stored = answer("a.yaml", b"cases: 12\nadopted: '2024-05-01'\n")
    assert code == 0, err
    assert stored == {"cases": 12, "adopted": "2024-05-01"}


def test_questionnaire_with_an_over_long_integer(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    questionnaire = tmp_path / "q.yaml"
    questionnaire.write_text(Q1.read_text(encoding="utf-8").replace("max: 100000", f"max: {LONG}"), encoding="utf-8")
    (tmp_path / "test-lists.yaml").write_bytes(LISTS.read_bytes())
    code, out, _ = run(capsys, "validate", questionnaire)
    assert code == 1
    assert out == f"{questionnaire}:54:18: this number has 4301 digits; at most 4300 are allowed\n"


def test_control_character_is_reported_where_it_stands(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    lines = Q1.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[38] = lines[38][:9] + "\x00" + lines[38][9:]
    questionnaire = tmp_path / "q.yaml"
    questionnaire.write_text("".join(lines), encoding="utf-8")
    code, out, _ = run(capsys, "validate", questionnaire)
    assert code == 1
    assert out == f"{questionnaire}:39:10: the invisible character U+0000 is not allowed here; remove it\n"


def test_problem_in_an_included_list_file_names_it_and_its_questionnaire(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    questionnaire = folder / "q.yaml"
    questionnaire.write_bytes(Q1.read_bytes())
    lists = folder / "test-lists.yaml"
    lists.write_text(LISTS.read_text(encoding="utf-8").replace('version: "1.0"', "version: 1.10"), encoding="utf-8")
    code, out, _ = run(capsys, "validate", questionnaire)
    assert code == 1
    assert (
        f"{lists}:3:10: `1.10` would be read as the number 1.1; put it in quotes ('1.10') to keep it as written "
        f"(in the list file that {questionnaire} includes at line 7)"
    ) in out.splitlines()


def test_include_name_too_long_for_the_system(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    name = "l" * 300 + ".yaml"
    questionnaire = tmp_path / "q.yaml"
    questionnaire.write_text(
        Q1.read_text(encoding="utf-8").replace("include: [test-lists.yaml]", f"include: [{name}]"), encoding="utf-8"
    )
    code, out, _ = run(capsys, "validate", questionnaire)
    assert code == 1
    assert (
        f"{tmp_path / name}:1:1: cannot read the file: File name too long "
        f"(in the list file that {questionnaire} includes at line 7)"
    ) in out.splitlines()
