"""Mutated questionnaires and answers files, through `omnibus validate` and `omnibus answer`: never a traceback.

Each run must end with status 0 or 1, and a refusal must be a message on standard error, as a user sees it.
The mutations favour what once ended in tracebacks: over-long integers, deep nesting, lone surrogates,
control characters, duplicate keys, undecodable bytes and plain dates.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnibus.cli import main
from tests.cli.test_assessment_commands import ANSWERS

FIXTURES = Path(__file__).parents[1] / "model" / "fixtures"
QUESTIONNAIRE = (FIXTURES / "all-types-1.yaml").read_bytes()
HOSTILE = [
    b"9" * 4301, b"-" + b"9" * 4400, b"1" * 300, b"\x00", b"\x07", b"\xff", b"\xed\xa0\x80", b'"\\ud800"',
    b'"\\udc00\\ud800"', b"[" * 70, b"[" * 1200, b"{" * 70, b'{"a": ' * 1100, b"2024-05-01", b"2024-05-01 10:00:00",
    b"1e999", b"NaN", b"-Infinity", b"0x1F", b"yes", b"~", b"&a ", b"*a", b"!!int ", b"---\n",
]  # fmt: skip
SYNTAX = [b": ", b"- ", b"\n", b"  ", b"{", b"}", b"[", b"]", b",", b'"', b"'", b"#", b"null", b"true"]
JSON_KEYS = [b'"cases": 1, "cases": 2, ', b'"laws": [{"title": "A", "title": "B"}], ', b'"budget": 1e400, ']
YAML_KEYS = [b"cases: 1\ncases: 2\n", b"max: ", b"min: ", b"type: integer\n", b"relevant: ", b"include: [x.yaml]\n"]
JSON_VALUES = [
    b"9" * 4301, b"-" + b"9" * 5000, b"[" * 1200 + b"]" * 1200, b"[" * 70 + b"]" * 70, b'"x\\ud800y"', b'"\\udc00"',
    b'{"a": 1, "a": 2}', b"1e999", b"NaN", b'"2024-05-01"', b"null", b"[]", b'"a\\u0000b"', b"12345678901234567890",
]  # fmt: skip
YAML_VALUES = [
    b"9" * 4301, b"2024-05-01", b"2024-05-01 10:00:00", b"[" * 70 + b"]" * 70, b"{a: 1, a: 2}", b"'a\x00b'",
    b'"x\\ud800y"', b"yes", b"1.10", b".nan", b"~", b"12345678901234567890", b"[[[[1]]]]",
]  # fmt: skip
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def edited(seed: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    content = seed
    for at, cut, insert in edits:
        at = min(at, len(content))
        content = content[:at] + insert + content[at + cut :]
    return content


def edits(seed: bytes, tokens: list[bytes], least: int = 1) -> st.SearchStrategy[list[tuple[int, int, bytes]]]:
    insert = st.sampled_from(HOSTILE + SYNTAX + tokens) | st.binary(max_size=4)
    return st.lists(st.tuples(st.integers(0, len(seed)), st.integers(0, 12), insert), min_size=least, max_size=5)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*path, key)))
    elif isinstance(node, list):
        for n, value in enumerate(node):
            found.extend(_paths(value, (*path, n)))
    return found


PATHS = _paths(ANSWERS)[1:]


def answers_file(json_format: bool, replacements: list[tuple[tuple[Any, ...], int]]) -> bytes:
    """The answers written as `omnibus answers` writes them, with hostile values put in at some places."""
    data = copy.deepcopy(ANSWERS)
    for marker, (path, _) in enumerate(replacements):
        node: Any = data
        with contextlib.suppress(KeyError, IndexError, TypeError):  # an earlier replacement took the way there
            for step in path[:-1]:
                node = node[step]
            node[path[-1]] = f"@@{marker}@@"
    if json_format:
        text = json.dumps(data, indent=1, ensure_ascii=False).encode()
    else:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()
    values = JSON_VALUES if json_format else YAML_VALUES
    for marker, (_, value) in enumerate(replacements):
        for written in (f'"@@{marker}@@"', f"'@@{marker}@@'"):
            text = text.replace(written.encode(), values[value % len(values)])
    return text


def run_quietly(*argv: str | Path) -> tuple[int, str]:
    """The command as the user runs it (any exception escapes and fails the test); its status and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, err.getvalue()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "test-lists.yaml").write_bytes((FIXTURES / "test-lists.yaml").read_bytes())
    return folder


@pytest.fixture(scope="module")
def assessment(folder: Path) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OMNIBUS_HOME", str(folder / "home"))
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["new", "--questionnaire", str(FIXTURES / "all-types-1.yaml"), "--country", "KEN",
                         "--db", str(folder / "a.db")]) == 0  # fmt: skip
    return out.getvalue().strip()


@SETTINGS
@given(edits(QUESTIONNAIRE, YAML_KEYS))
def test_mutated_questionnaires_through_validate(folder: Path, mutation: list[tuple[int, int, bytes]]) -> None:
    questionnaire = folder / "q.yaml"
    questionnaire.write_bytes(edited(QUESTIONNAIRE, mutation))
    code, _ = run_quietly("validate", questionnaire)
    assert code in (0, 1)


@SETTINGS
@given(
    st.booleans(),
    st.lists(st.tuples(st.sampled_from(PATHS), st.integers(0, 100)), max_size=3, unique_by=lambda r: r[0]),
    st.data(),
)
def test_mutated_answers_files_through_answer(
    folder: Path,
    assessment: str,
    json_format: bool,
    replacements: list[tuple[tuple[Any, ...], int]],
    data: st.DataObject,
) -> None:
    content = answers_file(json_format, replacements)
    mutation = data.draw(edits(content, JSON_KEYS if json_format else YAML_KEYS, least=0))
    answers = folder / ("a.json" if json_format else "a.yaml")
    answers.write_bytes(edited(content, mutation))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OMNIBUS_HOME", str(folder / "home"))
        code, err = run_quietly("answer", assessment, "--file", answers, "--db", folder / "a.db")
    assert code in (0, 1)
    assert code == 0 or err.startswith("omnibus: ")
