"""File dialogs start in the folder last used, else Documents, else the home folder: never the program's folder."""

from __future__ import annotations

import pytest

from omnibus.ui import folders
from omnibus.ui.settings import Settings


@pytest.fixture
def user(tmp_path, monkeypatch, qapp):
    home = tmp_path / "user"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    folders.remember_in(Settings(tmp_path))
    return home


def test_documents_first_then_the_folder_last_used(user):
    (user / "Documents").mkdir()
    assert folders.suggested("KEN.pdf") == str(user / "Documents" / "KEN.pdf")
    (user / "reports").mkdir()
    folders.used(user / "reports" / "KEN.pdf")
    assert folders.suggested("KEN.omnibus") == str(user / "reports" / "KEN.omnibus")


def test_a_missing_folder_is_never_proposed(user):
    assert folders.suggested() == str(user), "no Documents folder: the home folder, not the working directory"
    gone = user / "stick"
    gone.mkdir()
    folders.used(gone / "KEN.pdf")
    gone.rmdir()  # the USB stick was removed
    assert folders.suggested() == str(user)


def test_the_folder_last_used_is_kept_between_runs(user, tmp_path):
    settings = Settings(tmp_path / "stick")
    folders.remember_in(settings)
    (user / "reports").mkdir()
    folders.used(user / "reports" / "KEN.pdf")
    settings.sync()
    folders.remember_in(Settings(tmp_path / "stick"))  # the next run reads the same settings file
    assert folders.suggested() == str(user / "reports")
