"""Working together through the command line: a focal point and three institutions, each on its own installation
(its own OMNIBUS_HOME: database and signing key), exchanging signed files until the Secretariat accepts the package."""

from __future__ import annotations

import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from omnibus.cli import main

PASSPHRASE = "a long enough passphrase"


class Party:
    """One installation: its folder, and the commands run there."""

    def __init__(self, root: Path, name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
        self.home = root / name
        self.name = name
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        self.files = root / f"{name}-files"
        self.files.mkdir(parents=True)

    def run(self, *argv: str) -> tuple[int, str, str]:
        self.monkeypatch.setenv("OMNIBUS_HOME", str(self.home))
        self.monkeypatch.setenv("OMNIBUS_USER", self.name)
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv: str) -> str:
        code, out, err = self.run(*argv)
        assert code == 0, out + err
        return out

    def answer(self, assessment: str, answers: dict[str, object]) -> None:
        path = self.files / "answers.json"
        path.write_text(json.dumps(answers), encoding="utf-8")
        self.ok("answer", assessment, "--file", str(path))

    def written(self, out: str) -> Path:
        found = re.search(r"Wrote (\S+):", out)
        assert found, out
        return Path(found.group(1))

    @property
    def database(self) -> Path:
        return self.home / "assessments.db"

    def dump(self) -> list[str]:
        """Every row of the database, to compare before and after a refusal."""
        with sqlite3.connect(self.database) as connection:
            return list(connection.iterdump())


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMNIBUS_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def parties(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> dict[str, Party]:
    return {n: Party(tmp_path, n, capsys, monkeypatch) for n in ("focal", "interior", "justice", "police")}


def _fingerprint(err: str) -> str:
    found = re.search(r"--trust ([0-9a-f]{64})", err)
    assert found, err
    return found.group(1)


def test_three_institutions_answer_merge_resolve_sign_off_and_hand_in(parties: dict[str, Party]) -> None:
    focal, interior, justice, police = parties["focal"], parties["interior"], parties["justice"], parties["police"]
    aid = focal.ok("new", "--questionnaire", "workshop-demo", "--country", "KEN", "--cycle", "2025").strip()
    focal.answer(aid, {"wd_institutions_exist": "yes"})

    def assign(institution: str, *parts: str) -> Path:
        out = focal.ok("assign", aid, "--institution", institution, *parts, "--out", str(focal.files))
        return focal.written(out)

    to_interior = assign("Ministry of Interior", "--section", "wd_tr_figures", "--deadline", "2025-03-31")
    to_justice = assign("Ministry of Justice", "--section", "wd_tr_institutions", "--item", "wd_officials_trained")
    to_police = assign("National Police", "--section", "wd_tr_indicators", "--note", "Please answer by March")

    # each institution opens its file on its own laptop and answers in parallel
    local = {}
    for party, file in ((interior, to_interior), (justice, to_justice), (police, to_police)):
        code, out, err = party.run("assignment", "open", str(file))
        assert code == 0, err
        local[party.name] = out.strip()
    assert "Note: Please answer by March" in police.run("assignment", "open", str(to_police))[2]  # opened twice: same

    interior.answer(local["interior"], {"wd_officials_trained": 120, "wd_donor_share": 0.25})
    interior.ok("signoff", local["interior"], "wd_tr_figures", "--name", "A. Mwangi", "--function", "Head of unit")
    interior_1 = interior.written(interior.ok("contribute", local["interior"], "--out", str(interior.files)))
    interior.answer(local["interior"], {"wd_officials_trained": 130, "wd_last_multi_agency": "2024-05-01"})
    interior_2 = interior.written(interior.ok("contribute", local["interior"], "--out", str(interior.files)))
    justice.answer(local["justice"], {"wd_officials_trained": 95, "wd_main_institution": "Judicial Academy"})
    justice_1 = justice.written(justice.ok("contribute", local["justice"], "--out", str(justice.files)))
    police.answer(local["police"], {"wd_optimal_implementation": "partially"})
    police_1 = police.written(police.ok("contribute", local["police"], "--out", str(police.files)))
    police.answer(local["police"], {"wd_optimal_implementation": "in_place"})
    police_2 = police.written(police.ok("contribute", local["police"], "--out", str(police.files)))

    # an institution key seen for the first time: refused with its fingerprint, nothing written
    before = focal.dump()
    code, _out, err = focal.run("contributions", "import", str(interior_1))
    assert code == 1 and "no trusted key yet" in err
    assert focal.dump() == before
    interior_key = _fingerprint(err)
    out = focal.ok("contributions", "import", str(interior_1), "--trust", interior_key)
    assert "round 1: 2 answers taken, 0 conflicts" in out and "now trusted" in out
    assert "unchanged, 1 section signed off" in out
    assert "already imported" in focal.ok("contributions", "import", str(interior_1))

    justice_key = _fingerprint(focal.run("contributions", "import", str(justice_1))[2])
    police_key = _fingerprint(focal.run("contributions", "import", str(police_1))[2])
    out = focal.ok(
        "contributions", "import", str(justice_1), str(police_2), "--trust", justice_key, "--trust", police_key
    )
    assert "conflict: wd_officials_trained" in out  # Justice answered what Interior had answered
    assert "Ministry of Justice, round 1: 1 answer taken, 1 conflict, " in out
    assert "National Police, round 2: 1 answer taken, 0 conflicts, " in out
    # the police's older round after its newer one: refused, nothing written
    before = focal.dump()
    code, _out, err = focal.run("contributions", "import", str(police_1))
    assert code == 1 and "round 1" in err and "round 2 was already imported" in err
    assert focal.dump() == before
    # Interior's second round supersedes its first item by item
    out = focal.ok("contributions", "import", str(interior_2))
    assert "round 2: 2 answers taken" in out
    assert "unchanged, 0 sections signed off" in out  # its sign-off sent again: nothing new was signed

    conflicts = json.loads(focal.ok("conflicts", "list", aid, "--json"))
    assert [(c["item"], c["mine"]["value"], c["theirs"]["value"]) for c in conflicts] == [
        ("wd_officials_trained", 130, 95)
    ]
    assert (
        conflicts[0]["institution"] == "Ministry of Justice" and conflicts[0]["mine"]["from"] == "Ministry of Interior"
    )
    focal.ok(
        "conflicts", "resolve", aid, str(conflicts[0]["id"]), "--value", "225", "--comment", "Interior and Justice"
    )
    assert "no open conflicts" in focal.ok("conflicts", "list", aid)
    focal.ok(
        "signoff", aid, "wd_tr_indicators", "--name", "B. Otieno", "--function", "Focal point", "--date", "2025-04-02"
    )

    status = json.loads(focal.ok("status", aid, "--json"))
    items = {i["id"]: i for i in status["items"]}
    combined = items["wd_officials_trained"]["provenance"]
    assert (combined["person"], combined["accepted_by"], combined["contribution"]) == ("focal", "focal", None)
    assert items["wd_last_multi_agency"]["provenance"]["institution"] == "Ministry of Interior"
    assert items["wd_last_multi_agency"]["provenance"]["round"] == 2
    assert items["wd_last_multi_agency"]["provenance"]["accepted_by"] == "focal"
    assert items["wd_main_institution"]["provenance"]["institution"] == "Ministry of Justice"
    assert items["wd_optimal_implementation"]["provenance"]["fingerprint"] == police_key
    assert {(s["section"], s["institution"]) for s in status["sign_offs"]} == {
        ("wd_tr_figures", "Ministry of Interior"),
        ("wd_tr_indicators", ""),
    }
    shown = focal.ok("status", aid)
    assert "answers from Ministry of Interior: 2" in shown and "answers from Ministry of Justice: 1" in shown
    assert "wd_tr_figures signed off by A. Mwangi, Head of unit, Ministry of Interior on" in shown
    answers = json.loads(focal.ok("answers", aid, "--json"))
    assert answers["wd_officials_trained"] == 225 and answers["wd_optimal_implementation"] == "in_place"

    overview = {
        o["institution"]: o for o in json.loads(focal.ok("institutions", aid, "--json", "--today", "2025-04-15"))
    }
    assert overview["Ministry of Interior"]["signed_off"] == ["wd_tr_figures"]
    # what Interior gave is still the answer of one item; the focal point's combined answer is not Interior's
    interior_part = overview["Ministry of Interior"]
    assert (interior_part["answered"], interior_part["answered_by_others"]) == (2, 1)
    assert overview["Ministry of Interior"]["last_round"] == 2
    assert overview["Ministry of Interior"]["overdue"] is True  # the deadline passed with items unanswered
    assert overview["Ministry of Interior"]["fingerprint"] == interior_key
    reminder = focal.written(
        focal.ok("remind", aid, "--institution", "Ministry of Interior", "--out", str(focal.files))
    )
    assert reminder.exists()

    package = focal.files / "KEN.omnibus"
    focal.ok("export", aid, "--out", str(package))
    assert focal.run("verify", str(package))[0] == 0
    out = focal.ok("secretariat", "import", str(package), "--db", str(focal.files / "secretariat.db"))
    assert "0 refused" in out, out


def test_mix_ups_and_tampering_are_refused_with_nothing_written(parties: dict[str, Party], tmp_path: Path) -> None:
    focal, interior = parties["focal"], parties["interior"]
    aid = focal.ok("new", "--questionnaire", "workshop-demo", "--country", "KEN", "--cycle", "2025").strip()
    other = focal.ok("new", "--questionnaire", "workshop-demo", "--country", "KEN", "--cycle", "2024").strip()
    file = focal.written(
        focal.ok(
            "assign",
            aid,
            "--institution",
            "Ministry of Interior",
            "--section",
            "wd_tr_figures",
            "--out",
            str(focal.files),
        )
    )
    local = interior.ok("assignment", "open", str(file)).strip()
    interior.answer(local, {"wd_officials_trained": 120})
    contribution = interior.written(interior.ok("contribute", local, "--out", str(interior.files)))
    key = _fingerprint(focal.run("contributions", "import", str(contribution))[2])
    before = focal.dump()

    def refused(path: Path, *extra: str) -> str:
        code, _out, err = focal.run("contributions", "import", str(path), "--trust", key, *extra)
        assert code == 1, err
        assert focal.dump() == before
        return err

    assert "answers assessment" in refused(contribution, "--assessment", other)
    altered = tmp_path / "altered.omnibus-contribution"
    with zipfile.ZipFile(contribution) as source, zipfile.ZipFile(altered, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            target.writestr(name, content.replace(b"120", b"121") if name == "contribution.json" else content)
    assert "has been altered: contribution.json" in refused(altered)
    assert "may contain" in refused(file)  # an assignment file is not a contribution
    assert "refused" in refused(tmp_path / "missing.omnibus-contribution")


def test_status_on_the_institutions_laptop_counts_its_part_only(parties: dict[str, Party]) -> None:
    focal, interior = parties["focal"], parties["interior"]
    aid = focal.ok("new", "--questionnaire", "workshop-demo", "--country", "KEN", "--cycle", "2025").strip()
    assert "3 required missing" in focal.ok("status", aid)
    out = focal.ok(
        "assign", aid, "--institution", "Ministry of Interior", "--section", "wd_tr_figures",
        "--item", "wd_legislation_enacted", "--out", str(focal.files),
    )  # fmt: skip
    local = interior.ok("assignment", "open", str(focal.written(out))).strip()
    text = interior.ok("status", local)
    assert "answered 0 of 4 (0%), 1 required missing" in text
    listed = [line.split()[0] for line in text.splitlines() if line.startswith("  ")]
    assert listed == ["wd_tr_figures", "wd_pr_legislation"]
    issues = [line for line in text.splitlines() if line.startswith(("error:", "warning:"))]
    assert issues == ["error: wd_legislation_enacted: this question must be answered"]
    document = json.loads(interior.ok("status", local, "--json"))
    assert document["part"] == ["wd_tr_figures", "wd_pr_legislation"]
    assert document["progress"]["required_missing"] == 1 and document["can_finalize"] is False
    interior.answer(local, {"wd_legislation_enacted": "no"})
    assert json.loads(interior.ok("status", local, "--json"))["can_finalize"] is True


def test_institutions_counts_a_confirmed_carried_answer_as_the_ministrys_and_one_left_as_to_confirm(
    parties: dict[str, Party],
) -> None:
    """The figures carried forward from 2024 are assigned to the Interior, which gives one of them again (it is
    still true: confirmed) and leaves the other as it came: `omnibus institutions` says one answered by it, one
    still to be confirmed, none by others."""
    focal, interior = parties["focal"], parties["interior"]
    earlier = focal.ok("new", "--questionnaire", "workshop-demo", "--country", "KEN", "--cycle", "2024").strip()
    focal.answer(earlier, {"wd_officials_trained": 40, "wd_donor_share": 0.25})
    aid = focal.ok("carry-forward", earlier, "--cycle", "2025").strip()
    out = focal.ok(
        "assign", aid, "--institution", "Ministry of Interior", "--section", "wd_tr_figures", "--out", str(focal.files)
    )
    local = interior.ok("assignment", "open", str(focal.written(out))).strip()
    interior.answer(local, {"wd_officials_trained": 40})  # the same figure again: it confirms it
    sent = interior.written(interior.ok("contribute", local, "--out", str(interior.files)))
    key = _fingerprint(focal.run("contributions", "import", str(sent))[2])
    assert "1 answer taken" in focal.ok("contributions", "import", str(sent), "--trust", key)

    [part] = json.loads(focal.ok("institutions", aid, "--json"))
    assert (part["answered"], part["answered_by_others"], part["to_confirm"]) == (1, 0, 1)
    assert "answered by it 1 (by others 0), carried forward to confirm 1," in focal.ok("institutions", aid)
    answers = {i["id"]: i for i in json.loads(focal.ok("status", aid, "--json"))["items"]}
    assert (answers["wd_officials_trained"]["confirmed"], answers["wd_donor_share"]["confirmed"]) == (True, False)
    assert answers["wd_officials_trained"]["provenance"]["institution"] == "Ministry of Interior"


def test_without_a_contact_the_focal_point_reads_the_institution_not_the_ministrys_login(
    parties: dict[str, Party],
) -> None:
    """The assignment names nobody and the ministry's installation knows only its login ("interior"): the conflict
    and the provenance the focal point reads name the Ministry of Interior, and no login."""
    focal, interior = parties["focal"], parties["interior"]
    aid = focal.ok("new", "--questionnaire", "workshop-demo", "--country", "KEN", "--cycle", "2025").strip()
    out = focal.ok(
        "assign", aid, "--institution", "Ministry of Interior", "--section", "wd_tr_figures", "--out", str(focal.files)
    )
    local = interior.ok("assignment", "open", str(focal.written(out))).strip()
    interior.answer(local, {"wd_officials_trained": 120, "wd_donor_share": 25})
    sent = interior.written(interior.ok("contribute", local, "--out", str(interior.files)))
    focal.answer(aid, {"wd_officials_trained": 100})  # changed on both sides: a conflict
    key = _fingerprint(focal.run("contributions", "import", str(sent))[2])
    focal.ok("contributions", "import", str(sent), "--trust", key)

    listed = focal.ok("conflicts", "list", aid)
    assert "  theirs: 120  (Ministry of Interior, round 1 on " in listed, listed
    [conflict] = json.loads(focal.ok("conflicts", "list", aid, "--json"))
    assert (conflict["institution"], conflict["person"]) == ("Ministry of Interior", "")
    items = {i["id"]: i for i in json.loads(focal.ok("status", aid, "--json"))["items"]}
    assert items["wd_donor_share"]["provenance"]["person"] == ""
    assert "interior" not in listed and "interior" not in json.dumps(items["wd_donor_share"]["provenance"])
