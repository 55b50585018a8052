"""No input makes the loader raise anything but QuestionnaireError: mutations of valid files, text and structure."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnibus.model.loader import QuestionnaireError, load_questionnaire_bytes
from omnibus.model.yaml_source import parse
from tests.model.test_questionnaire_loader import EVERY_TYPE
from tests.support.inline import inline

VALID = inline(
    EVERY_TYPE + "- {id: follow, type: yes_no, label: F, relevant: \"yn == 'yes' && size(laws) > 0\"}\n",
    extra="evidence_rules:\n  gap: {when: \"value == 'partially'\", needs_any: [comment], message: Explain}\n",
).encode()
LISTS = b"kind: lists\nid: l\nversion: '1'\ntitle: L\nchoice_lists:\n  x: [{code: a, label: A}]\n"
TOKENS = [b": ", b"- ", b"\n", b"  ", b"{", b"}", b"[", b"]", b"&a ", b"*a", b"!!str ", b"'", b'"', b"#", b"yes",
          b"1.10", b"~", b"type: ", b"relevant: ", b"==", b"\t", b"\xff", b"\x00", b"---\n", b"? ", b"|\n", b"id"]  # fmt: skip
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load(content: bytes) -> None:
    try:
        load_questionnaire_bytes(content, "fuzz.yaml", {"l.yaml": LISTS}.get)
    except QuestionnaireError as exc:
        assert exc.problems, "an error must say what is wrong"
        for problem in exc.problems:
            assert problem.line >= 1 and problem.column >= 1 and problem.message


@SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(0, len(VALID)), st.integers(0, 8), st.sampled_from(TOKENS) | st.binary(max_size=4)),
        max_size=6,
    )
)
def test_text_mutations(edits: list[tuple[int, int, bytes]]) -> None:
    content = VALID
    for at, cut, insert in edits:
        at = min(at, len(content))
        content = content[:at] + insert + content[at + cut :]
    load(content)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*path, key)))
    elif isinstance(node, list | tuple):
        for n, value in enumerate(node):
            found.extend(_paths(value, (*path, n)))
    return found


def _thaw(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _thaw(v) for k, v in node.items()}
    if isinstance(node, tuple | list):
        return [_thaw(v) for v in node]
    return node


DATA = _thaw(parse(VALID.decode(), "valid").data)
PATHS = _paths(DATA)
REPLACEMENTS = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**12) | st.floats(allow_nan=False) | st.text(max_size=12)
    | st.sampled_from(["yes_no", "table", "ta_types", "inst == 'yes'", "value >", "en", "1.0", "", "other"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(["id", "type", "label", "x", "choices", "relevant"]), children, max_size=3),
    max_leaves=6,
)  # fmt: skip


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(PATHS[1:]), REPLACEMENTS), min_size=1, max_size=3))
def test_structure_mutations(replacements: list[tuple[tuple[Any, ...], Any]]) -> None:
    data = _thaw(DATA)
    for path, value in replacements:
        node = data
        try:
            for step in path[:-1]:
                node = node[step]
            node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    load(yaml.safe_dump(data, allow_unicode=True).encode())


def test_the_seed_file_is_valid() -> None:
    load_questionnaire_bytes(VALID, "valid.yaml")
