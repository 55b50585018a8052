"""`omnibus FILE.omnibus` (what a double-click runs) opens the package viewer; every command keeps its meaning."""

from __future__ import annotations

from pathlib import Path

import pytest

import omnibus.ui.open_package
from omnibus.cli import main, package_argument
from omnibus.secretariat.reference import State
from omnibus.secretariat.sample import build_sample_package, sample_signer


@pytest.fixture
def opened(monkeypatch):
    seen: list[Path] = []

    def run_viewer(path: Path) -> int:
        seen.append(path)
        return 0

    monkeypatch.setattr(omnibus.ui.open_package, "run_viewer", run_viewer)
    return seen


def test_a_package_file_alone_opens_the_viewer(tmp_path, opened):
    for name in ("KEN 2025.omnibus", "KEN.OMNIBUS", "KEN.omnibus.age"):
        (tmp_path / name).write_bytes(b"whatever it holds: the viewer says")
        assert main([str(tmp_path / name)]) == 0
    assert opened == [tmp_path / "KEN 2025.omnibus", tmp_path / "KEN.OMNIBUS", tmp_path / "KEN.omnibus.age"]


def test_what_is_not_an_existing_package_file_is_left_to_the_commands(tmp_path, opened):
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "folder.omnibus").mkdir()
    assert package_argument([str(tmp_path / "missing.omnibus")]) is None
    assert package_argument([str(tmp_path / "notes.txt")]) is None
    assert package_argument([str(tmp_path / "folder.omnibus")]) is None
    assert package_argument(["verify", str(tmp_path / "notes.txt")]) is None
    with pytest.raises(SystemExit) as exit_info:
        main([str(tmp_path / "missing.omnibus")])
    assert exit_info.value.code == 2
    assert opened == []


def test_verify_still_verifies_a_package_file(tmp_path, opened, capsys):
    path = tmp_path / "KEN.omnibus"
    path.write_bytes(
        build_sample_package(State("KEN", "Kenya", "Africa", "Eastern Africa"), sample_signer(1, "KEN"), 1).data
    )
    assert main(["verify", str(path)]) == 0
    assert f"{path}: VERIFIED" in capsys.readouterr().out
    assert opened == []
