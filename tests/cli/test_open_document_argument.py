"""`omnibus FILE.omnibus-assignment` (-contribution, -receipt), what a double-click runs: the desktop application
starts with the file to open; a package still opens the viewer, and anything else is left to the commands."""

from __future__ import annotations

from pathlib import Path

import pytest

import omnibus.ui.app
import omnibus.ui.open_package
from omnibus.cli import DOCUMENT_SUFFIXES, document_argument, main
from omnibus.export.exchange import SUFFIXES
from omnibus.export.receipt import RECEIPT_SUFFIX


@pytest.fixture
def started(monkeypatch):
    """What reached the window and the viewer, instead of starting them."""
    seen: dict[str, list[Path | None]] = {"window": [], "viewer": []}

    def run_application(document: Path | None = None) -> int:
        seen["window"].append(document)
        return 0

    def run_viewer(path: Path) -> int:
        seen["viewer"].append(path)
        return 0

    monkeypatch.setattr(omnibus.ui.app, "run_application", run_application)
    monkeypatch.setattr(omnibus.ui.open_package, "run_viewer", run_viewer)
    return seen


def test_the_suffixes_are_the_ones_the_files_are_written_with() -> None:
    assert set(DOCUMENT_SUFFIXES) == {SUFFIXES["assignment"], SUFFIXES["contribution"], RECEIPT_SUFFIX}
    assert omnibus.ui.open_package.DOCUMENT_SUFFIXES == DOCUMENT_SUFFIXES


def test_each_kind_of_file_alone_starts_the_window_with_it(tmp_path, started) -> None:
    names = ("KEN-Interior.omnibus-assignment", "KEN round 2.OMNIBUS-CONTRIBUTION", "KEN-2026.omnibus-receipt")
    for name in names:
        (tmp_path / name).write_bytes(b"whatever it holds: the window says")
        assert main([str(tmp_path / name)]) == 0
    assert started == {"window": [tmp_path / name for name in names], "viewer": []}


def test_a_package_still_opens_the_viewer(tmp_path, started) -> None:
    (tmp_path / "KEN.omnibus").write_bytes(b"x")
    assert main([str(tmp_path / "KEN.omnibus")]) == 0
    assert started == {"window": [], "viewer": [tmp_path / "KEN.omnibus"]}


def test_an_unknown_suffix_a_missing_file_or_a_command_are_left_to_the_commands(tmp_path, started, capsys) -> None:
    (tmp_path / "notes.omnibus-notes").write_text("x")
    (tmp_path / "folder.omnibus-assignment").mkdir()
    assert document_argument([str(tmp_path / "missing.omnibus-assignment")]) is None
    assert document_argument([str(tmp_path / "folder.omnibus-assignment")]) is None
    assert document_argument([str(tmp_path / "notes.omnibus-notes")]) is None
    assert document_argument(["receipt", str(tmp_path / "x.omnibus-receipt")]) is None
    for argument in ("notes.omnibus-notes", "missing.omnibus-contribution"):
        with pytest.raises(SystemExit) as exit_info:
            main([str(tmp_path / argument)])
        assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    assert started == {"window": [], "viewer": []}
