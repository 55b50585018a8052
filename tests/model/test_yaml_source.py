"""The strict YAML reader: positions, and every YAML 1.1 surprise refused rather than converted."""

from __future__ import annotations

import re

import pytest

from omnibus.model.yaml_source import MAX_DEPTH, MAX_FILE_BYTES, YamlError, decode, parse


def problem(text: str) -> str:
    with pytest.raises(YamlError) as caught:
        parse(text, "f.yaml")
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def test_values_and_positions() -> None:
    tree = parse("a: 1\nb:\n  - x\n  - 'NO'\nc: {d: '2014-09-25', e: '1.10', f: 2.5, g: true, h: ~}\n", "f.yaml")
    assert tree.data == {
        "a": 1,
        "b": ("x", "NO"),
        "c": {"d": "2014-09-25", "e": "1.10", "f": 2.5, "g": True, "h": None},
    }
    assert tree.locate(("b", 1)).line == 4
    assert tree.locate(("c", "f")).column == 36
    assert tree.locate(("c", "f"), key=True).column == 33
    assert tree.locate(("c", "nothing", 3)) == tree.locate(("c",))


@pytest.mark.parametrize("word", ["yes", "No", "NO", "on", "OFF", "y", "n", "Yes"])
def test_yaml11_booleans_are_errors(word: str) -> None:
    assert f"`{word}` is ambiguous" in problem(f"code: {word}\n")


@pytest.mark.parametrize("number", ["1.10", "1e3", "012", "0x1F", "1_000", ".5", ".inf", "0o17"])
def test_ambiguous_numbers_are_errors(number: str) -> None:
    assert "put it in quotes" in problem(f"version: {number}\n")


def test_quoted_scalars_stay_text() -> None:
    assert parse("a: 'yes'\nb: \"1.10\"\nc: '012'\n", "f").data == {"a": "yes", "b": "1.10", "c": "012"}


def test_aliases_anchors_and_tags_are_refused() -> None:
    assert "anchors and aliases" in problem("a: &x 1\nb: *x\n")
    assert "anchors and aliases" in problem("a: &x [1]\n")
    assert "tags" in problem("a: !!python/object:os.system ls\n")
    assert "tags" in problem("a: !custom 1\n")


def test_billion_laughs_is_refused_quickly() -> None:
    text = 'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
    assert "anchors and aliases" in problem(text)


def test_duplicate_keys_and_non_text_keys() -> None:
    assert "appears twice" in problem("a: 1\nb: 2\na: 3\n")
    assert "keys must be plain text" in problem("1: x\n")
    assert "keys must be plain text" in problem("? [a]\n: x\n")


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 1_000, 100_000])
def test_deep_nesting_is_refused_without_crashing(depth: int) -> None:
    """The promise is a positioned refusal, whichever layer (ours or PyYAML's own limit) notices first."""
    message = problem("a: " + "[" * depth + "]" * depth)
    assert re.match(r"f\.yaml:1:\d+: ", message), message
    assert "nest" in message


def test_nesting_within_the_limit_is_read() -> None:
    depth = MAX_DEPTH - 2
    tree = parse("a: " + "[" * depth + "1" + "]" * depth, "f.yaml")
    assert tree.data["a"] is not None


def test_not_a_mapping_and_multiple_documents() -> None:
    assert "must be a mapping" in problem("- a\n- b\n")
    assert "must be a mapping" in problem("just text\n")
    assert "one document" in problem("a: 1\n---\nb: 2\n")


def test_syntax_error_has_position() -> None:
    assert problem("a: [1\nb: 2\n").startswith("f.yaml:2:")


def test_decode_refuses_bad_bytes() -> None:
    with pytest.raises(YamlError, match="not UTF-8"):
        decode(b"title: caf\xe9\n", "f")
    with pytest.raises(YamlError, match="empty"):
        decode(b"  \n# only a comment\n", "f")
    with pytest.raises(YamlError, match="at most"):
        decode(b"a" * (MAX_FILE_BYTES + 1), "f")
    assert decode("\ufeffa: 1".encode(), "f") == "a: 1"


def test_nesting_one_level_past_the_limit_is_refused_where_it_starts() -> None:
    nested = "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1)
    expected: object = 1
    for _ in range(MAX_DEPTH - 1):
        expected = (expected,)
    assert parse(f"a: {nested}\n", "f.yaml").data == {"a": expected}
    assert (
        problem(f"a: [{nested}]\n") == f"f.yaml:1:{4 + MAX_DEPTH - 1}: the file nests more than {MAX_DEPTH} levels deep"
    )


def test_control_characters_and_long_integers_are_refused_where_they_stand() -> None:
    assert problem("a: 1\nb: x\x07y\n") == "f.yaml:2:5: the invisible character U+0007 is not allowed here; remove it"
    assert problem("a: 1\nb: " + "1" * 4301 + "\n").startswith("f.yaml:2:4: this number has 4301 digits")
    assert parse("a: " + "1" * 4300 + "\n", "f.yaml").data["a"] == int("1" * 4300)


@pytest.mark.parametrize("text", ["2024-05-01", "2024-05-01 10:00:00", "2024-5-1T10:00:00Z"])
def test_plain_dates_are_ambiguous(text: str) -> None:
    assert f"`{text}` is ambiguous in YAML" in problem(f"d: {text}\n")
