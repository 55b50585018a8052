"""The questionnaires that ship with omnibus, found by id and version."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from omnibus.resources import resource

if TYPE_CHECKING:
    from omnibus.model.questionnaire import Questionnaire


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.replace("-", ".").split("."))


def is_questionnaire_file(path: Path) -> bool:
    """Cheap test on the first lines: shared-list files say `kind: lists`."""
    from omnibus.model.input_files import QUESTIONNAIRE, FileTooLarge, read_bounded

    try:
        head = read_bounded(path, QUESTIONNAIRE)[:4096].decode("utf-8", "replace")
    except FileTooLarge:
        return False
    return any(line.strip() == "kind: questionnaire" for line in head.splitlines())


@dataclass
class Catalogue:
    """Questionnaires found in some folders, loaded on first use and kept (they are immutable)."""

    folders: tuple[Path, ...]
    _loaded: dict[Path, Questionnaire] = field(default_factory=dict)

    @classmethod
    def bundled(cls) -> Catalogue:
        return cls((resource("questionnaires"),))

    def files(self) -> list[Path]:
        found: list[Path] = []
        for folder in self.folders:
            found.extend(p for p in sorted(folder.glob("*.yaml")) if is_questionnaire_file(p))
        return found

    def load(self, path: Path) -> Questionnaire:
        from omnibus.model.checked_cache import load_file

        if path not in self._loaded:
            self._loaded[path] = load_file(path)
        return self._loaded[path]

    def all(self) -> list[Questionnaire]:
        return [self.load(p) for p in self.files()]

    def find(self, questionnaire_id: str, version: str | None = None) -> Questionnaire | None:
        """The questionnaire with this id: that version, or the newest."""
        matches = [q for q in self.all() if q.id == questionnaire_id and (version is None or q.version == version)]
        return max(matches, key=lambda q: _version_key(q.version), default=None)

    def by_hash(self, content_hash: str) -> Questionnaire | None:
        return next((q for q in self.all() if q.content_hash == content_hash), None)

    def editions(self, questionnaire_id: str) -> Iterable[Questionnaire]:
        return sorted((q for q in self.all() if q.id == questionnaire_id), key=lambda q: _version_key(q.version))
