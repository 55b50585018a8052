"""Questionnaires written inline in tests, with assertions on problems and their positions (as pyxform does).

q = load_inline(items='''
  - id: q1
    type: yes_no
    label: Is there a strategy?
''')
assert_problems(items='...', expected=[(9, "is not a choice of")])
"""

from __future__ import annotations

import textwrap

import pytest

from omnibus.model.loader import QuestionnaireError, load_questionnaire_bytes
from omnibus.model.questionnaire import Questionnaire

HEADER = """\
kind: questionnaire
id: inline
version: "1.0"
title: Inline questionnaire
languages: [{languages}]
instruments: [untoc]
sources:
  - symbol: DOC/1
"""
SECTION = """\
modules:
  - id: area
    title: Area
    sections:
      - id: main
        title: Main
        items:
"""
TAXONOMY = """\
choice_lists:
  ta_types:
    - code: legal
      label: Legal assistance
      subtypes:
        - {code: drafting, label: Legislative drafting}
        - {code: advice, label: Legal advice}
    - code: training
      label: Training
      subtypes:
        - {code: workshops, label: Workshops}
"""

ITEMS_START_LINE = HEADER.count("\n") + TAXONOMY.count("\n") + SECTION.count("\n") + 1
"""Line number of the first line of `items` in a questionnaire built by `inline()` with no extra text."""


def inline(items: str, *, extra: str = "", languages: str = "en") -> str:
    """A whole questionnaire around `items` (YAML list entries, any indentation)."""
    body = textwrap.indent(textwrap.dedent(items).strip("\n"), " " * 10)
    return HEADER.format(languages=languages) + TAXONOMY + textwrap.dedent(extra) + SECTION + body + "\n"


def load_inline(
    items: str = "", *, text: str | None = None, includes: dict[str, str] | None = None, **kw: str
) -> Questionnaire:
    source = text if text is not None else inline(items, **kw)
    files = {name: content.encode() for name, content in (includes or {}).items()}
    return load_questionnaire_bytes(source.encode(), "inline.yaml", files.get)


def problems_of(
    items: str = "", *, text: str | None = None, includes: dict[str, str] | None = None, **kw: str
) -> list[str]:
    with pytest.raises(QuestionnaireError) as caught:
        load_inline(items, text=text, includes=includes, **kw)
    return [str(p) for p in caught.value.problems]


def assert_problems(
    items: str = "",
    *,
    expected: list[tuple[int | None, str]],
    text: str | None = None,
    includes: dict[str, str] | None = None,
    **kw: str,
) -> list[str]:
    """Loading fails with exactly these problems: (line or None, a fragment of the message), in file order."""
    found = problems_of(items, text=text, includes=includes, **kw)
    assert len(found) == len(expected), "\n".join(found)
    for problem, (line, fragment) in zip(found, expected, strict=True):
        assert fragment in problem, problem
        if line is not None:
            assert problem.split(":")[1] == str(line), problem
    return found
