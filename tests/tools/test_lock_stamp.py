"""requirements.lock is made from what pyproject.toml declares now: a dependency changed without `make lock` fails."""

from __future__ import annotations

from pathlib import Path

from omnibus.tools.lock_stamp import dependencies_digest, recorded_digest, stamp

ROOT = Path(__file__).parents[2]


def test_the_lock_was_made_from_the_dependencies_declared_now() -> None:
    assert recorded_digest(ROOT / "requirements.lock") == dependencies_digest(ROOT / "pyproject.toml"), (
        "pyproject.toml's dependencies changed since requirements.lock was made: run `make lock`"
    )


def test_a_changed_dependency_changes_the_digest_and_a_tool_setting_does_not(tmp_path: Path) -> None:
    pyproject, lock = tmp_path / "pyproject.toml", tmp_path / "requirements.lock"
    pyproject.write_text('[project]\ndependencies = ["PyYAML>=6"]\n\n[tool.ruff]\nline-length = 120\n')
    lock.write_text("pyyaml==6.0.2\n")
    stamp(pyproject, lock)
    stamp(pyproject, lock)  # once only
    assert lock.read_text().count("sha256: ") == 1 and lock.read_text().endswith("pyyaml==6.0.2\n")
    assert recorded_digest(lock) == dependencies_digest(pyproject)
    pyproject.write_text('[project]\ndependencies = ["PyYAML>=6"]\n\n[tool.ruff]\nline-length = 100\n')
    assert recorded_digest(lock) == dependencies_digest(pyproject)
    pyproject.write_text('[project]\ndependencies = ["PyYAML>=6", "Babel>=2.16"]\n')
    assert recorded_digest(lock) != dependencies_digest(pyproject)
