"""Carrying forward goes to a later reporting cycle: an earlier one (a year mistyped) is refused, nothing created."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_assessment_commands import new, run


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


def test_carrying_forward_into_an_earlier_cycle_is_refused(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    aid = new(capsys, db, "--cycle", "2024")
    before = run(capsys, "list", "--all", "--db", str(db))[1]
    for cycle in ("2023", "2020-2021"):
        code, out, err = run(capsys, "carry-forward", aid, "--cycle", cycle, "--db", str(db))
        assert code == 1 and out == ""
        assert f"{cycle} comes before 2024" in err and "give a later one" in err
    assert run(capsys, "list", "--all", "--db", str(db))[1] == before
