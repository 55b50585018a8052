"""The published figures of a fixed set of generated packages, as `omnibus secretariat analyse --json` prints them.

`data/analysis-golden-*.json` were written by the analysis as it stood before it read its facts from tables filled at
import (it unzipped every stored package at every analysis). Any change to how packages are imported, stored or
analysed must print these figures byte for byte, in English and in French. They were rewritten only when words
changed (country names as the United Nations writes them; the analysis's titles, sentences and M49 regions in French)
or tables and columns were added (rates per instrument and cycle date, States per need, general requests, drafts,
M49 sub-regions and intermediate regions, the tables of responses), each time checked to hold the same figures in
every table that was there before; and once when the State whose only package waits for its key (Australia) was
no longer listed among the States that sent nothing (146 became 145; nothing else changed); and once when the
analysis began to name the reporting cycles it counts (the `cycles` key, and the sentence saying that the two cycles'
packages are counted together), checked to leave every other key, table and sentence as it was. The default still
counts every cycle: dropping the older cycle without being asked would hide packages, and a cycle's name alone does
not order cycles (a cycle named without a year has only the date `--cycle-date` gives it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from omnibus.cli import main

DATA = Path(__file__).with_name("data")
LANGUAGES = ("en", "fr")


def _import(folder: Path, db: Path, untrusted: str = "") -> None:
    """Import a generated folder, trusting its keys except the one of `untrusted` (held as pending)."""
    keys = folder / "trusted-keys.txt"
    keys.write_text("".join(line for line in keys.read_text().splitlines(True) if f"  {untrusted}  " not in line))
    main(["secretariat", "import", str(folder), "--db", str(db), "--trusted-keys", str(keys), "--quiet"])


def analyse_samples(tmp: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """Two reporting cycles of generated packages, one State's newest key not yet trusted: the JSON per language."""
    db = tmp / "secretariat.db"
    for seed, countries, cycle in ((11, 30, "2025"), (12, 20, "2024")):
        folder = tmp / f"cycle-{cycle}"
        generate = ["generate-sample", "--countries", str(countries), "--seed", str(seed), "--cycle", cycle]
        assert main(["secretariat", *generate, "--out", str(folder)]) == 0
        _import(folder, db, untrusted=sorted(folder.glob("*.omnibus"))[0].name[:3] if seed == 12 else "")
    capsys.readouterr()
    printed = {}
    for lang in LANGUAGES:
        assert main(["secretariat", "analyse", "--db", str(db), "--json", "--lang", lang]) == 0
        printed[lang] = capsys.readouterr().out
    return printed


def test_the_published_figures_are_those_of_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    printed = analyse_samples(tmp_path, capsys)
    for lang in LANGUAGES:
        golden = (DATA / f"analysis-golden-{lang}.json").read_text(encoding="utf-8")
        assert '"pending": 1' in golden and "(cycle 2024" in printed[lang]
        assert printed[lang] == golden
