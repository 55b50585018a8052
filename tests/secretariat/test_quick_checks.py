"""The import's quick checks never say yes to a value `normalize` would refuse or change."""

from __future__ import annotations

import contextlib
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnibus.model.loader import load_questionnaire
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.schema import PRIORITY_CODES, Item, MultipleChoiceItem, TaNeedsItem
from omnibus.model.values import ValueRejected, normalize
from omnibus.secretariat.quick_checks import quick_check
from omnibus.secretariat.sample import sample_questionnaire
from omnibus.secretariat.sample_answers import sample_answers

ALL_TYPES = Path(__file__).parents[1] / "model" / "fixtures" / "all-types-1.yaml"

junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
text = st.text(max_size=12) | st.sampled_from(["ok", " padded ", "", "x" * 501, "line\nbreak"])


def _choices(q: Questionnaire, item: MultipleChoiceItem) -> st.SearchStrategy[Any]:
    """Selections in questionnaire order, sometimes too many, sometimes with an "other" text, fitting or not."""
    codes = list(q.codes(item))
    selected = st.lists(st.sampled_from(codes), unique=True, min_size=1, max_size=4).map(
        lambda s: sorted(s, key=codes.index)
    )
    plain = st.builds(lambda s: {"selected": s}, selected)
    with_other = st.builds(
        lambda s, other, mark: {"selected": [*s, "other"] if mark else s, "other": other},
        selected,
        text | st.none(),
        st.booleans(),
    )
    return plain | with_other


def _needs(q: Questionnaire, item: TaNeedsItem) -> st.SearchStrategy[Any]:
    """Needs with a type, its subtype (or a stray one), a priority and maybe a description."""
    taxonomy = {c.code: [s.code for s in c.subtypes] for c in q.taxonomy(item)}
    strays = [s for subtypes in taxonomy.values() for s in subtypes] + ["nope"]

    @st.composite
    def need(draw: st.DrawFn) -> dict[str, Any]:
        kind = draw(st.sampled_from(sorted(taxonomy)))
        entry: dict[str, Any] = {"type": kind, "priority": draw(st.sampled_from([*PRIORITY_CODES, "urgent"]))}
        if taxonomy[kind] and draw(st.integers(0, 9)) != 0:
            entry["subtype"] = draw(st.sampled_from(taxonomy[kind]))
        elif draw(st.booleans()):
            entry["subtype"] = draw(st.sampled_from(strays) | junk)
        if draw(st.booleans()):
            entry["description"] = draw(text | junk)
        return entry

    return st.lists(need(), min_size=1, max_size=3)


def _near(q: Questionnaire, item: Item) -> st.SearchStrategy[Any]:
    """Values at and near canonical for `item`, and some junk, so every branch of its check is reached."""
    if isinstance(item, MultipleChoiceItem):
        return _choices(q, item) | junk
    if isinstance(item, TaNeedsItem):
        return _needs(q, item) | junk
    return st.sampled_from([*q.codes(item), "nope"]) | text | junk


QUESTIONNAIRES = {"all-types": load_questionnaire(ALL_TYPES), "sample": sample_questionnaire()}
CHECKED = [
    (name, item_id) for name, q in QUESTIONNAIRES.items() for item_id in q.items if quick_check(q, q.item(item_id))
]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(CHECKED), st.data())
def test_a_quick_yes_is_a_canonical_value(where: tuple[str, str], data: st.DataObject) -> None:
    q = QUESTIONNAIRES[where[0]]
    item = q.item(where[1])
    check = quick_check(q, item)
    assert check is not None
    value = data.draw(_near(q, item), label="value")
    if check(value):
        assert normalize(q, item, value) == value


@pytest.mark.parametrize("seed", range(5))
def test_canonical_sample_answers_take_the_quick_path(seed: int) -> None:
    q = QUESTIONNAIRES["sample"]
    answers = sample_answers(q, random.Random(seed), asks_reporting=True)
    for item_id, value in answers.items():
        check = quick_check(q, q.item(item_id))
        if check is not None:
            assert check(value), (item_id, value)


@pytest.mark.parametrize(
    ("item_id", "value"),
    [
        ("agencies", {"selected": ["customs", "police"]}),  # not in questionnaire order
        ("agencies", {"selected": ["police", "police"]}),
        ("agencies", {"selected": ["police", "other"]}),  # other without its text
        ("agencies", {"selected": ["police"], "other": "Navy"}),  # text without other
        ("agencies", {"selected": ["police", "other"], "other": " Navy"}),
        ("agencies", {"selected": ["police", "customs", "prosecution", "other"], "other": "Navy"}),  # max 3
        ("agencies", ["police"]),
        ("agencies", {"selected": [["police"]]}),
        ("needs", [{"type": "legal", "priority": "high"}]),  # legal has subtypes
        ("needs", [{"type": "legal", "subtype": ["legal.drafting"], "priority": "high"}]),
        ("needs", [{"type": "legal", "subtype": "legal.drafting", "priority": "high", "description": " x"}]),
        ("needs", [{"type": ["legal"], "subtype": "legal.drafting", "priority": "high"}]),
        ("needs", []),
        ("needs", [{"type": "legal", "subtype": "legal.drafting", "priority": "high", "description": None}]),
        ("needs", [{"type": "training", "subtype": None, "priority": "high"}]),
        ("agencies", {"selected": ["police"], "other": None}),
        ("unit_name", " padded "),
        ("criminalized", ["in_place"]),
    ],
)
def test_odd_values_go_to_normalize(item_id: str, value: Any) -> None:
    """Each of these is refused by normalize, or accepted only after normalizing it: not canonical."""
    q = QUESTIONNAIRES["all-types"]
    item = q.item(item_id)
    check = quick_check(q, item)
    assert check is not None and not check(value)
    with contextlib.suppress(ValueRejected):
        assert normalize(q, item, value) != value
