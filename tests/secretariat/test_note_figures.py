"""One run of `omnibus secretariat analyse` on sample packages gives the kinds of figures of the Secretariat's 2009
note (CTOC/COP/WG.2/2009/2): response rates per instrument and cycle against the States parties on each cycle's
date (para. 8), the States that asked for each kind of help (paras 9, 11-26), requests in general terms (para. 15,
20), and final packages counted with drafts listed apart.

Each figure is counted here again from the generated packages themselves, and the whole set is kept as golden
figures (`data/note-figures.json`), so a change to import, storage or analysis that moves any of them fails.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from omnibus.cli import main
from omnibus.secretariat.parties import cycle_date, load_parties
from omnibus.secretariat.reference import country_name, sort_key
from omnibus.secretariat.sample import Sample, SampleOptions, SamplePackage, generate_sample, sample_questionnaire

GOLDEN = Path(__file__).with_name("data") / "note-figures.json"
OPTIONS = SampleOptions(
    cycles=("2008", "2010"),
    questionnaires=("untoc-needs-assessment", "national-strategy"),
    drafts=0.15,
    general=0.2,
)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Sample, Path]:
    root = tmp_path_factory.mktemp("note")
    sample = generate_sample(24, root / "inbox", seed=5, options=OPTIONS)
    db = root / "secretariat.db"
    keys = sample.trusted_keys
    assert main(["secretariat", "import", str(sample.folder), "--db", str(db), "--trusted-keys", str(keys)]) == 0
    return sample, root


def _analysis(run: tuple[Sample, Path], capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
    sample, root = run
    capsys.readouterr()
    parties = str(sample.folder / "states-parties.csv")
    assert (
        main(
            [
                "secretariat",
                "analyse",
                "--db",
                str(root / "secretariat.db"),
                "--json",
                "--states-parties",
                parties,
                *extra,
            ]
        )
        == 0
    )
    return json.loads(capsys.readouterr().out)


def _final(sample: Sample) -> list[SamplePackage]:
    return [p for p in sample.packages if p.info.status == "final"]


def _instruments(package: SamplePackage) -> set[str]:
    """What a package responds for, from its answers: its items' instruments and the instruments its needs name."""
    q = sample_questionnaire(package.info.questionnaire.id)
    found: set[str] = set()
    for answer in package.responses.answers:
        found.update(q.items[answer.item_id].response_instruments)
        if q.items[answer.item_id].item.type == "ta_needs":
            found.update(n["instrument"] for n in answer.value if "instrument" in n)
    return found


def _names(codes: set[str]) -> str:
    return ", ".join(sorted((country_name(c) for c in codes), key=lambda n: sort_key(n, "en")))


def test_rates_per_instrument_and_cycle_count_the_parties_on_the_cycles_date(run, capsys) -> None:
    sample, _ = run
    tables = _analysis(run, capsys)["tables"]
    parties = load_parties(sample.folder / "states-parties.csv")
    expected = []
    for cycle in OPTIONS.cycles:
        when = cycle_date(cycle, {})
        for instrument in ("untoc", "tip", "som", "firearms"):
            responding = {
                p.state.iso3
                for p in _final(sample)
                if p.info.reporting_cycle == cycle and instrument in _instruments(p)
            }
            scope = parties.at(instrument, when)
            count = len(responding & scope)
            expected.append([instrument, cycle, len(scope), count, round(100 * count / len(scope), 1)])
    rows = tables["response_rates_by_instrument"]["rows"]
    assert [[r[0], r[2], r[4], r[5], r[6]] for r in rows] == expected
    by_instrument = {(r[0], r[2]): r[4] for r in rows}
    assert by_instrument[("untoc", "2008")] > by_instrument[("tip", "2008")] > by_instrument[("firearms", "2008")]
    assert by_instrument[("tip", "2010")] > by_instrument[("tip", "2008")]  # more parties two years on
    # Convention responders outnumber Protocol responders: general questions count for no Protocol
    assert all(r[5] > 0 for r in rows if r[0] == "untoc")
    assert all(by[5] <= next(r[5] for r in rows if r[0] == "untoc" and r[2] == by[2]) for by in rows)


def test_the_states_that_asked_for_each_need_are_named(run, capsys) -> None:
    sample, _ = run
    tables = _analysis(run, capsys)["tables"]
    asked: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    general: dict[tuple[str, str], set[str]] = defaultdict(set)
    for package in _final(sample):
        q = sample_questionnaire(package.info.questionnaire.id)
        for answer in package.responses.answers:
            info = q.items[answer.item_id]
            if info.item.type != "ta_needs":
                continue
            for need in answer.value:
                for instrument in [need["instrument"]] if "instrument" in need else info.response_instruments:
                    key = (instrument, need.get("type", ""), need.get("subtype", ""))
                    asked[key].add(package.state.iso3)
                    if not key[1] or not key[2]:
                        general[key[:2]].add(package.state.iso3)
    rows = tables["states_by_need_and_instrument"]["rows"]
    assert {(r[0], r[2], r[4]): r[8] for r in rows} == {key: _names(codes) for key, codes in asked.items()}
    assert {(r[0], r[2], r[4]): r[7] for r in rows} == {key: len(codes) for key, codes in asked.items()}
    requests = tables["general_requests"]["rows"]
    assert {(r[0], r[2]): r[6] for r in requests} == {key: _names(codes) for key, codes in general.items()}
    assert any(r[2] == "" for r in requests) and any(r[2] for r in requests)  # no type, and a type alone
    assert any(r[0] == "tip" for r in rows)  # needs named under a Protocol are counted under it


def test_final_packages_count_and_drafts_are_listed_apart(run, capsys) -> None:
    sample, _ = run
    document = _analysis(run, capsys)
    drafts = [p for p in sample.packages if p.info.status == "draft"]
    assert drafts and document["packages_counted"] == len(_final(sample))
    assert document["drafts_listed"] == len(drafts)
    listed = {(r[1], r[4], r[6]) for r in document["tables"]["drafts"]["rows"]}
    assert listed == {(p.state.iso3, p.info.questionnaire.id, p.info.reporting_cycle) for p in drafts}
    assert any("draft package(s) are listed apart" in line for line in document["headline"])
    everything = _analysis(run, capsys, "--include-drafts")
    assert everything["packages_counted"] == len(sample.packages) and everything["drafts_listed"] == 0


def test_the_figures_are_the_golden_ones(run, capsys) -> None:
    tables = _analysis(run, capsys)["tables"]
    figures = {
        name: tables[name]["rows"]
        for name in ("response_rates_by_instrument", "states_by_need_and_instrument", "general_requests", "drafts")
    }
    figures["response_rates_by_region"] = [r for r in tables["response_rates_by_region"]["rows"] if r[0] == "Region"]
    assert json.loads(GOLDEN.read_text(encoding="utf-8")) == json.loads(json.dumps(figures))
