"""The questionnaire's shapes are read without pydantic: only the loader, which validates a file, imports it."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _imported_after(statement: str) -> set[str]:
    script = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


@pytest.mark.parametrize("module", ["omnibus.model.schema", "omnibus.model.questionnaire"])
def test_the_questionnaire_model_imports_no_pydantic(module: str) -> None:
    assert "pydantic" not in _imported_after(f"import {module}")


def test_the_loader_validates_with_pydantic() -> None:
    # the boundary: an author's file is validated by pydantic, the one validation library of the program
    assert "pydantic" in _imported_after("from omnibus.model.loader import load_questionnaire")
