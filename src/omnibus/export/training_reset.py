"""Resetting a workshop laptop between two groups: the training assessments and the signing key go, nothing else.

The training assessments are deleted after one backup of the database (`AssessmentService.remove_training`).
The signing key goes too, so that the next trainee makes a key of their own on first use, but only when no real
assessment is left in the database: on an official's own laptop used for a workshop, the key that signs the
real submissions stays. A removed key is moved, not erased, into a dated folder beside the database's backups.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from omnibus.export.keys import KeyStore
from omnibus.model.records import AssessmentSummary
from omnibus.model.service import AssessmentService


@dataclass(frozen=True)
class ResetOutcome:
    """What a reset did: the database backup (None when there was nothing to remove), the training assessments
    removed, where the signing key was put (None when none was moved) and how many real assessments remain."""

    backup: Path | None
    removed: tuple[AssessmentSummary, ...]
    key_moved_to: Path | None
    real_remaining: int

    @property
    def key_kept(self) -> bool:
        """A key is kept only for the real assessments still here."""
        return self.key_moved_to is None and self.real_remaining > 0


def reset_training(service: AssessmentService, keys: KeyStore, backups_folder: Path) -> ResetOutcome:
    """Remove every training assessment (after a backup) and, when no real assessment remains, the signing key."""
    backup, removed = service.remove_training()
    real = [s for s in service.list_assessments() if not s.training]
    moved = None
    if not real and keys.exists():
        moved = _move_key(keys, backups_folder)
    return ResetOutcome(backup, tuple(removed), moved, len(real))


def _move_key(keys: KeyStore, backups_folder: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_folder / f"signing-key-before-training-reset-{stamp}"
    target.mkdir(parents=True, exist_ok=False)
    for path in (keys.private_path, keys.public_path, keys.minisign_path, keys.origin_path):
        if path.exists():
            shutil.move(path, target / path.name)
    return target
