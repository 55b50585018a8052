"""Portable mode: a `portable.txt` beside the executable keeps every piece of user data in `data/` beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnibus import paths, portable


@pytest.fixture
def no_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OMNIBUS_HOME", raising=False)


def test_the_marker_puts_database_keys_and_backups_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_home: None
) -> None:
    (tmp_path / "portable.txt").write_text("Keep my data beside me.\n", encoding="utf-8")
    assert portable.activate(tmp_path) == tmp_path / "data"
    data = (tmp_path / "data").resolve()
    assert paths.default_database() == data / "assessments.db"
    assert paths.keys_folder() == data / "keys" and paths.keys_folder().is_dir()
    assert paths.backups_folder() == data / "backups" and paths.backups_folder().is_dir()
    assert paths.cache_folder() == data / "cache"  # checked questionnaires stay on the stick too


def test_without_the_marker_an_installation_keeps_the_users_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_home: None
) -> None:
    (tmp_path / "portable.txt.bak").write_text("", encoding="utf-8")
    (tmp_path / "portable.txt").mkdir()  # a folder of that name is not the marker
    environ: dict[str, str] = {}
    assert portable.activate(tmp_path, environ) is None
    assert environ == {} and not (tmp_path / "data").exists()


def test_a_data_folder_chosen_by_whoever_starts_omnibus_wins_over_the_marker(tmp_path: Path) -> None:
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    environ = {"OMNIBUS_HOME": str(tmp_path / "elsewhere")}
    assert portable.activate(tmp_path, environ) is None
    assert environ == {"OMNIBUS_HOME": str(tmp_path / "elsewhere")}


def test_an_empty_home_variable_does_not_count_as_a_choice(tmp_path: Path) -> None:
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    environ = {"OMNIBUS_HOME": ""}
    portable.activate(tmp_path, environ)
    assert environ["OMNIBUS_HOME"] == str((tmp_path / "data").resolve())
