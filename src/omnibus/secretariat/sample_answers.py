"""Plausible fictional answers to any questionnaire, for sample packages (training and tests).

Each country gets a "capacity" between 0 and 1 that tilts its answers: more indicators in place and fewer
assistance needs where capacity is high. Needs are skewed as in the Secretariat's 2009 overview
(CTOC/COP/WG.2/2009/2, para. 27): training and legal assistance most common, then cooperation.
Every value goes through `omnibus.model.values.normalize`, so it is exactly what the application stores.
"""

from __future__ import annotations

import random
from typing import Any

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Json
from omnibus.model.schema import (
    ChoiceSource,
    DateItem,
    DecimalItem,
    IntegerItem,
    Item,
    MultipleChoiceItem,
    TaNeedsItem,
)
from omnibus.model.values import normalize

TYPE_WEIGHTS = {
    "training": 30,
    "legal": 24,
    "cooperation": 18,
    "data": 8,
    "resources": 8,
    "victims": 6,
    "advocacy_strategy": 6,
}
"""Weights of need types, reporting excepted (that one is asked for by some countries, once)."""
LEGAL_WEIGHTS = {
    "legal.drafting": 35,
    "legal.model_legislation": 20,
    "legal.implementation_issues": 20,
    "legal.casework": 15,
    "legal.ratification_advice": 10,
}
REPORTING_SHARE = 0.3
"""Share of countries that ask for help with reporting."""
INSTRUMENT_WEIGHTS = {"untoc": 40, "tip": 30, "som": 20, "firearms": 10}
"""Which instrument a need names, where its question covers several (most name the Convention)."""
GENERAL_NEEDS = {
    "untoc": "Assistance in implementing the Convention.",
    "tip": "Assistance in implementing the Trafficking in Persons Protocol.",
    "som": "Assistance in implementing the Migrants Protocol.",
    "firearms": "Assistance in implementing the Firearms Protocol.",
}

_SENTENCES = (
    "A working group of the ministries concerned meets every quarter.",
    "The national police academy runs a module on organized crime.",
    "Information is published in the annual report of the prosecution service.",
    "Coordination relies on a memorandum of understanding between agencies.",
    "A review of the relevant legislation is planned for next year.",
    "Data are collected by the national statistics office and the police.",
    "Civil society organizations take part in awareness campaigns.",
    "Resources for this work are limited to the regular budget.",
)
_LAWS = ("Organized Crime Act", "Criminal Code", "Code of Criminal Procedure", "Crime Prevention Act", "Victims Act")


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    codes = list(weights)
    return rng.choices(codes, weights=[weights[c] for c in codes])[0]


def _indicator(rng: random.Random, capacity: float) -> str:
    return _weighted(
        rng,
        {
            "in_place": 0.15 + 0.5 * capacity,
            "partially": 0.3,
            "not_in_place": 0.4 - 0.35 * capacity,
            "unknown": 0.08,
            "not_applicable": 0.04,
        },
    )


def _ta_needs(
    q: Questionnaire, item: TaNeedsItem, rng: random.Random, capacity: float, general: float
) -> list[dict[str, str]]:
    if rng.random() < 0.15 + 0.3 * capacity:
        return []
    instruments = q.items[item.id].instruments
    taxonomy = {c.code: c for c in q.taxonomy(item)}
    needs: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        kind = _weighted(rng, {k: w for k, w in TYPE_WEIGHTS.items() if k in taxonomy})
        subtypes = [s.code for s in taxonomy[kind].subtypes]
        if kind == "legal":
            subtype = _weighted(rng, {k: w for k, w in LEGAL_WEIGHTS.items() if k in subtypes})
        else:
            subtype = rng.choice(subtypes) if subtypes else ""
        if (kind, subtype) in seen:
            continue
        seen.add((kind, subtype))
        need = _need(q, item, kind, subtype, rng)
        if general and rng.random() < general:
            need = _general(need, rng, instruments)
        if len(instruments) > 1 and "instrument" not in need:
            need["instrument"] = _weighted(rng, {i: w for i, w in INSTRUMENT_WEIGHTS.items() if i in instruments})
        needs.append(need)
    return needs


def _general(need: dict[str, str], rng: random.Random, instruments: tuple[str, ...]) -> dict[str, str]:
    """The same need made in general terms: without its subtype, or without any type."""
    if rng.random() < 0.5 and "subtype" in need:
        return {k: v for k, v in need.items() if k != "subtype"}
    if len(instruments) == 1:
        return {"priority": need["priority"], "description": GENERAL_NEEDS.get(instruments[0], GENERAL_NEEDS["untoc"])}
    instrument = rng.choice(instruments)  # the instrument the description speaks of
    return {"priority": need["priority"], "instrument": instrument, "description": GENERAL_NEEDS[instrument]}


def _need(q: Questionnaire, item: TaNeedsItem, kind: str, subtype: str, rng: random.Random) -> dict[str, str]:
    labels = {s.code: q.text(s.label, "en") for c in q.taxonomy(item) for s in c.subtypes}
    need = {"type": kind, "priority": _weighted(rng, {"high": 4, "medium": 4, "low": 2})}
    if subtype:
        need["subtype"] = subtype
    need["description"] = f"Fictional need: {labels.get(subtype, kind).lower()}."
    return need


def _candidate(q: Questionnaire, item: Item, rng: random.Random, capacity: float, general: float) -> Any:
    kind = item.type
    if kind == "indicator":
        return _indicator(rng, capacity)
    if kind == "yes_no":
        return _weighted(rng, {"yes": 0.3 + 0.5 * capacity, "no": 0.65 - 0.5 * capacity, "unknown": 0.05})
    if kind == "yes_no_partial":
        return _weighted(
            rng, {"yes": 0.2 + 0.4 * capacity, "partially": 0.35, "no": 0.4 - 0.4 * capacity, "unknown": 0.05}
        )
    if isinstance(item, MultipleChoiceItem):
        codes = [c.code for c in q.choices(item) if c.code != "other"]
        chosen = rng.sample(codes, k=min(len(codes), rng.randint(1, 3)))
        if item.allow_other and rng.random() < 0.1:
            return {"selected": [*chosen, "other"], "other": "A fictional other answer"}
        return {"selected": chosen}
    if isinstance(item, ChoiceSource):
        return rng.choice([c.code for c in q.choices(item)])
    if kind in ("text", "long_text"):
        count = 1 if kind == "text" else rng.randint(1, 3)
        return " ".join(rng.sample(_SENTENCES, k=count))
    if kind == "legislation":
        year = rng.randint(1995, 2024)
        return [
            {
                "title": f"{rng.choice(_LAWS)} of {year}",
                "article": f"art. {rng.randint(1, 80)}",
                "date": f"{year}-06-01",
            }
        ]
    if isinstance(item, IntegerItem):
        return rng.randint(item.min if item.min is not None else 0, item.max if item.max is not None else 500)
    if isinstance(item, DecimalItem):
        return round(rng.uniform(float(item.min or 0), float(item.max or 100)), item.decimals)
    if isinstance(item, DateItem):
        return f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if isinstance(item, TaNeedsItem):
        return _ta_needs(q, item, rng, capacity, general)
    return None  # tables and attachments are left unanswered in samples


def sample_answers(
    q: Questionnaire, rng: random.Random, *, asks_reporting: bool, general: float = 0.0
) -> dict[str, Json]:
    """Canonical answers to the items relevant for them; optional items are sometimes left unanswered; a share
    `general` of needs is made in general terms."""
    capacity = rng.random()
    candidates: dict[str, Any] = {}
    for item_id, info in q.items.items():
        value = _candidate(q, info.item, rng, capacity, general)
        if value is None or (not info.item.required and rng.random() < 0.08 and info.item.type != "ta_needs"):
            continue
        candidates[item_id] = value
    relevant = q.relevant_items(candidates)
    needs_items = [i for i in q.items if i in relevant and isinstance(q.items[i].item, TaNeedsItem)]
    if asks_reporting and needs_items:
        target = needs_items[-1]
        item = q.items[target].item
        assert isinstance(item, TaNeedsItem)
        reporting = next((c for c in q.taxonomy(item) if c.code == "reporting"), None)
        if reporting is not None:
            subtype = reporting.subtypes[0].code if reporting.subtypes else ""
            candidates[target] = [_need(q, item, "reporting", subtype, rng), *candidates.get(target, [])]
    answers: dict[str, Json] = {}
    for item_id in q.items:
        if item_id in relevant and item_id in candidates:
            value = normalize(q, q.items[item_id].item, candidates[item_id])
            if value is not None:
                answers[item_id] = value
    return answers
