"""The Secretariat publishes its figures per reporting cycle: `analyse --cycle` counts only the chosen cycles'
packages, and every output names the cycles it counts, so "N needs, M States" is never read as one cycle's when it
adds up two."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from omnibus.cli import main
from omnibus.export.keys import format_fingerprint
from omnibus.secretariat import trust
from omnibus.secretariat.collect import CycleError
from omnibus.secretariat.compute import analyse
from omnibus.secretariat.db import open_session
from omnibus.secretariat.facts import package_facts
from omnibus.secretariat.importer import Importer, ImportOptions
from omnibus.secretariat.labels import words
from omnibus.secretariat.sample import SamplePackage, build_sample_package, sample_questionnaire, sample_signer

SEED = 41
CYCLES = ("2008", "2010")


@pytest.fixture(scope="module")
def packages() -> dict[str, SamplePackage]:
    """One State's packages of two cycles, with different needs, and another State's of the later cycle only."""
    from omnibus.secretariat.reference import state

    kenya, mexico = state("KEN", "en"), state("MEX", "en")
    found = {
        cycle: build_sample_package(kenya, sample_signer(SEED, "KEN"), SEED, cycle=cycle, asks_reporting=True)
        for cycle in CYCLES
    }
    found["MEX"] = build_sample_package(mexico, sample_signer(SEED, "MEX"), SEED, cycle="2010")
    return found


@pytest.fixture(scope="module")
def db(packages: dict[str, SamplePackage], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cycles")
    inbox = folder / "inbox"
    inbox.mkdir()
    for name, package in packages.items():
        (inbox / f"{package.state.iso3}-{name}.omnibus").write_bytes(package.data)
    path = folder / "secretariat.db"
    with open_session(path, write=True) as session:
        for iso3, package in (("KEN", packages["2008"]), ("MEX", packages["MEX"])):
            trust.trust_key(session, format_fingerprint(package.signer.fingerprint), iso3, "letter")
        report = Importer(session, ImportOptions()).import_files([inbox], lambda _progress: None)
    assert {d.outcome for d in report.decisions} == {"accepted"}
    return path


def _needs(*chosen: SamplePackage) -> Counter[str]:
    q = sample_questionnaire()
    return Counter(need.type for p in chosen for need in package_facts(q, p.responses).needs)


def test_the_states_two_cycles_have_different_needs(packages: dict[str, SamplePackage]) -> None:
    assert _needs(packages["2008"]) != _needs(packages["2010"])


def test_a_state_answering_two_cycles_is_counted_once_in_each_chosen_cycle(
    db: Path, packages: dict[str, SamplePackage]
) -> None:
    for chosen, expected in (
        (["2008"], _needs(packages["2008"])),
        (["2010"], _needs(packages["2010"], packages["MEX"])),
        (["2008", "2010"], _needs(packages["2008"], packages["2010"], packages["MEX"])),
    ):
        with open_session(db) as session:
            analysis = analyse(session, cycles=chosen)
        by_type = {str(r[0]): r[2] for r in analysis.table("needs_by_type").rows}
        assert by_type == dict(expected), chosen
        assert analysis.needs_total == sum(expected.values())
        assert analysis.cycles == tuple(chosen)
        for name in ("packages", "responses_untoc-needs-assessment", "response_rates_by_instrument"):
            assert set(analysis.table(name).column("cycle")) == set(chosen), name
        kenya = [r for r in analysis.table("reporting_assistance").rows if r[0] == "KEN"]
        assert kenya[0][5] == sum(_needs(packages[c])["reporting"] for c in chosen), (
            "a State's reporting requests of the cycles counted"
        )
        indicators = sum(
            len(package_facts(sample_questionnaire(), p.responses).indicators)
            for p in packages.values()
            if p.info.reporting_cycle in chosen
        )
        assert sum(int(r[3]) for r in analysis.table("gaps_by_area").rows) == indicators


def test_the_analysis_says_which_cycles_it_counts(db: Path) -> None:
    with open_session(db) as session:
        one = analyse(session, cycles=["2010"])
        both = analyse(session)
    assert "Every figure counts the packages of the reporting cycle 2010." in one.headline
    assert both.cycles == CYCLES
    assert any(
        line.startswith("The packages of the reporting cycles 2008, 2010 are counted together: a State that answered")
        for line in both.headline
    )


def test_a_cycle_with_no_package_is_refused_naming_those_with_packages(db: Path) -> None:
    with open_session(db) as session, pytest.raises(CycleError, match=r"cycle 2009 .*cycles with packages: 2008, 2010"):
        analyse(session, cycles=["2010", "2009"])


def test_the_cli_refuses_a_cycle_with_no_package_and_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    args = ["--out", str(out / "a.pdf"), "--csv", str(out / "csv"), "--xlsx", str(out / "a.xlsx")]
    assert main(["secretariat", "analyse", "--db", str(db), "--cycle", "2011", *args]) == 1
    printed = capsys.readouterr()
    assert "No package of the reporting cycle 2011 is counted in this database" in printed.err
    assert printed.out == "" and list(out.iterdir()) == []


def test_every_output_names_the_cycles(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The PDF (as pdftotext reads it, in English and Arabic), the workbook's summary, summary.csv and the JSON."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    for lang in ("en", "ar"):
        pdf, xlsx, folder = tmp_path / f"{lang}.pdf", tmp_path / f"{lang}.xlsx", tmp_path / f"csv-{lang}"
        common = ["secretariat", "analyse", "--db", str(db), "--lang", lang, "--cycle", "2010", "--cycle", "2008"]
        assert main([*common, "--out", str(pdf), "--xlsx", str(xlsx), "--csv", str(folder)]) == 0
        text = " ".join(
            subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode().split()
        )
        listed = words(lang)["list_separator"].join(CYCLES)
        summary = [list(row) for row in load_workbook(xlsx).worksheets[0].iter_rows(values_only=True)]
        cycles_row = [row for row in summary if row[1] == listed]
        with (folder / "summary.csv").open(encoding="utf-8", newline="") as handle:
            assert [cycles_row[0][0], listed] in list(csv.reader(handle))
        if lang == "en":
            assert "Reporting cycles counted 2008, 2010" in text
            assert "The packages of the reporting cycles 2008, 2010 are counted together" in text
            assert cycles_row[0][0] == "Reporting cycles counted"
        else:
            assert "دورات الإبلاغ المحتسبة 2010 ،2008" in text.replace("\u202a", "").replace("\u202b", "").replace(
                "\u202c", ""
            )
            assert cycles_row[0][0] == "دورات الإبلاغ المحتسبة"
    capsys.readouterr()
    assert main(["secretariat", "analyse", "--db", str(db), "--json", "--cycle", "2008"]) == 0
    assert json.loads(capsys.readouterr().out)["cycles"] == ["2008"]
