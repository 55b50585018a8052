"""Fixtures for the package tests: keys are made once per session (they are immutable)."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnibus.export import PackageInfo, Signer, build_package
from tests.export.helpers import sample_info, sample_members


@pytest.fixture(scope="session")
def signer() -> Signer:
    return Signer.generate()


@pytest.fixture(scope="session")
def other_signer() -> Signer:
    return Signer.generate()


@pytest.fixture
def info() -> PackageInfo:
    return sample_info()


@pytest.fixture
def members() -> dict[str, bytes]:
    return sample_members()


@pytest.fixture(scope="session")
def package(signer: Signer) -> bytes:
    return build_package(sample_info(), sample_members(), signer)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private user data folder, as a trainer's USB stick would be."""
    folder = tmp_path / "home"
    monkeypatch.setenv("OMNIBUS_HOME", str(folder))
    monkeypatch.delenv("OMNIBUS_PASSPHRASE", raising=False)
    return folder
