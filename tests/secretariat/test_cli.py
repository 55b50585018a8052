"""The `omnibus secretariat` commands end to end on a tiny sample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from omnibus.cli import main
from omnibus.export.keys import TrustedKeys, format_fingerprint


def test_generate_import_trust_analyse(
    tmp_path: Path, database: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, db = tmp_path / "packages", database
    assert main(["secretariat", "generate-sample", "--countries", "3", "--out", str(out), "--seed", "5"]) == 0
    (out / "junk.omnibus").write_bytes(b"junk")
    assert main(["secretariat", "import", str(out), "--db", str(db)]) == 1  # one refusal
    printed = capsys.readouterr().out
    assert "[4/4] junk.omnibus: refused" in printed and "3 pending" in printed
    keys = TrustedKeys.load(out / "trusted-keys.txt").keys
    args = [
        "secretariat",
        "keys",
        "trust",
        *format_fingerprint(keys[0].fingerprint).split(),
        "--country",
        keys[0].country,
    ]
    assert main([*args, "--db", str(db), "--comment", "confirmed by letter"]) == 0
    assert "is now accepted" in capsys.readouterr().out
    assert main(["secretariat", "keys", "list", "--db", str(db)]) == 0
    assert "confirmed by letter" in capsys.readouterr().out
    assert main(["secretariat", "list", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert listing.count("pending") >= 2 and "refused" in listing
    assert main(["secretariat", "analyse", "--db", str(db), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["packages_counted"] == 1 and document["pending"] == 2
    assert main(["secretariat", "analyse", "--db", str(db), "--csv", str(tmp_path / "csv")]) == 0
    assert (tmp_path / "csv" / "needs_by_type.csv").is_file()


def test_unusable_options_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    (tmp_path / "keys.txt").write_text("not a key line\n")
    assert main(["secretariat", "import", str(tmp_path), "--db", db, "--trusted-keys", str(tmp_path / "keys.txt")]) == 1
    assert main(["secretariat", "keys", "trust", "ABCD", "--country", "MEX", "--db", db]) == 1
    assert main(["secretariat", "keys", "revoke", "ab" * 32, "--db", db]) == 1
    (tmp_path / "parties.txt").write_text("MEX QQQ\n")
    assert main(["secretariat", "analyse", "--db", db, "--states-parties", str(tmp_path / "parties.txt")]) == 1
    assert "QQQ" in capsys.readouterr().err
    (tmp_path / "parties.csv").write_text("iso3,instrument,party_since\nMEX,untoc,2003-03-04\nMEX,tip,soon\n")
    assert main(["secretariat", "analyse", "--db", db, "--states-parties", str(tmp_path / "parties.csv")]) == 1
    assert "parties.csv, line 3: 'soon' is not a date" in capsys.readouterr().err
    assert main(["secretariat", "analyse", "--db", db, "--cycle-date", "2025"]) == 1
    assert "--cycle-date 2025: write it as CYCLE=YEAR-MONTH-DAY" in capsys.readouterr().err
    assert (
        main(["secretariat", "generate-sample", "--countries", "2", "--out", str(tmp_path / "s"), "--drafts", "2"]) == 1
    )
    assert "a share is between 0 and 1, not 2.0" in capsys.readouterr().err
    assert not (tmp_path / "s").exists()


def test_database_errors_exit_1_in_plain_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    db.write_bytes(b"a spreadsheet, not a database" * 100)
    assert main(["secretariat", "list", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert str(db) in err and "damaged" in err
    assert "sqlalche.me" not in err and "Background on this error" not in err and "[SQL:" not in err


def test_a_second_writer_is_refused_while_the_first_holds_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from omnibus.secretariat.db import open_session

    db = tmp_path / "s.db"
    with open_session(db, write=True):
        assert main(["secretariat", "keys", "trust", "ab" * 32, "--country", "MEX", "--db", str(db)]) == 1
        assert "already open in another copy of omnibus" in capsys.readouterr().err
        assert main(["secretariat", "list", "--db", str(db)]) == 0  # reading needs no lock
    assert main(["secretariat", "keys", "trust", "ab" * 32, "--country", "MEX", "--db", str(db)]) == 0


def test_an_inbox_with_no_package_says_what_it_looked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An empty folder, or one whose files lost their name on the way (a mail program's ".zip"), is not a
    silent "0 file(s)": the analyst is told which files were left unread and what a package is called."""
    inbox = tmp_path / "inbox"
    (inbox / "march").mkdir(parents=True)
    (inbox / "march" / "KEN-2026.omnibus.zip").write_bytes(b"PK")
    (inbox / "notes.txt").write_text("to do")
    db = tmp_path / "secretariat.db"
    assert main(["secretariat", "import", str(tmp_path / "empty-folder-that-is-absent"), "--db", str(db)]) == 1
    capsys.readouterr()
    (tmp_path / "empty").mkdir()
    assert main(["secretariat", "import", str(tmp_path / "empty"), "--db", str(db)]) == 0
    assert capsys.readouterr().err == (
        f"No package in {tmp_path / 'empty'}: packages are the .omnibus and .omnibus.age files of a folder "
        "and its subfolders.\n"
    )
    assert main(["secretariat", "import", str(inbox), "--db", str(db)]) == 0
    said = capsys.readouterr()
    assert said.out == "0 file(s): 0 accepted, 0 superseded, 0 pending, 0 duplicate, 0 refused.\n"
    assert said.err == (
        f"No package in {inbox}: packages are the .omnibus and .omnibus.age files of a folder and its subfolders.\n"
        f"Not read (not named .omnibus or .omnibus.age): {inbox / 'march' / 'KEN-2026.omnibus.zip'}, "
        f"{inbox / 'notes.txt'}.\n"
    )


def test_the_list_says_which_packages_are_drafts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A draft is stored and listed apart by the analysis: the analyst sees it in the list too."""
    out, db = tmp_path / "inbox", tmp_path / "secretariat.db"
    assert (
        main(
            ["secretariat", "generate-sample", "--countries", "4", "--drafts", "0.5", "--seed", "3", "--out", str(out)]
        )
        == 0
    )
    keys = ["--trusted-keys", str(out / "trusted-keys.txt")]
    assert main(["secretariat", "import", str(out), "--db", str(db), *keys]) == 0
    capsys.readouterr()
    assert main(["secretariat", "analyse", "--db", str(db), "--json"]) == 0
    drafts = {row[1] for row in json.loads(capsys.readouterr().out)["tables"]["drafts"]["rows"]}
    assert drafts, "the sample has drafts"
    assert main(["secretariat", "list", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert {line.split()[2] for line in lines if " draft " in line} == drafts


@pytest.mark.parametrize(
    "command",
    [
        ["analyse", "--db", "secretariat-typo.db", "--out", "analysis.pdf"],
        ["analyse", "--db", "secretariat-typo.db", "--json"],
        ["list", "--db", "secretariat-typo.db"],
        ["keys", "list", "--db", "secretariat-typo.db"],
    ],
)
def test_a_mistyped_database_is_refused_not_made_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """A typo in --db made a new, empty database and an analysis of it: "193 of the UN Member States sent
    nothing", ready to publish. Reading commands need a database that exists; only an import (or a key
    trusted) starts one."""
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["secretariat", *command]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == (
        "omnibus: There is no Secretariat database secretariat-typo.db: check its name, or start it by importing "
        "packages into it (omnibus secretariat import FOLDER --db secretariat-typo.db).\n"
    )
    assert list(tmp_path.iterdir()) == [], "no database, no report"
