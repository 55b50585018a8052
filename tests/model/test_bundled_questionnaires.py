"""Every questionnaire shipped with omnibus loads, and the editors' JSON Schema is up to date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.loader import check_file
from omnibus.model.schema import json_schema
from omnibus.resources import resource
from omnibus.tools.write_schema import SCHEMA_PATH, render

BUNDLED = sorted(resource("questionnaires").glob("*.yaml"))


def test_schema_json_is_fresh() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render(), "questionnaires/schema.json is stale: run `make schema`"
    assert json.loads(render()) == json.loads(json.dumps(json_schema()))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_file_is_valid(path: Path) -> None:
    check_file(path)


def test_catalogue_finds_the_questionnaires() -> None:
    catalogue = Catalogue.bundled()
    ids = {q.id for q in catalogue.all()}
    assert {"untoc-needs-assessment", "national-strategy", "workshop-demo"} <= ids
    assert catalogue.find("workshop-demo") is not None
    assert catalogue.find("workshop-demo", "0.0-none") is None


def test_workshop_demo_uses_every_item_type_in_the_six_languages() -> None:
    demo = Catalogue.bundled().find("workshop-demo")
    assert demo is not None
    from typing import get_args

    from omnibus.model.schema import ItemType

    assert {i.item.type for i in demo.items.values()} == set(get_args(ItemType))
    assert demo.languages == ("en", "fr", "es", "ru", "zh", "ar")


def test_national_strategy_is_offered_in_the_six_languages() -> None:
    strategy = Catalogue.bundled().find("national-strategy")
    assert strategy is not None
    assert strategy.languages == ("en", "fr", "es", "ru", "zh", "ar")


def test_every_ta_needs_item_uses_the_shared_taxonomy() -> None:
    for q in Catalogue.bundled().all():
        for info in q.items.values():
            if info.item.type == "ta_needs":
                assert len(q.taxonomy(info.item)) == 8, (q.id, info.item.id)
