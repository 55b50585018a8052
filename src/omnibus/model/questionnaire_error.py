"""The one error a questionnaire file can cause, apart from the loader, so catching it costs no loading code."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from omnibus.model.yaml_source import Problem


class QuestionnaireError(Exception):
    """A questionnaire file with problems; `problems` lists every one, with file, line and column."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
