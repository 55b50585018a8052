"""Signing the files exchanged with institutions with this installation's key (the one packages are signed with)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from omnibus.ui.hand_in import HandIn


def unlock(hand_in: HandIn, passphrase: str) -> Any:
    """This computer's key, opened before anything is recorded: a wrong passphrase must leave no assignment
    without its file."""
    return hand_in.signer(passphrase)


def write_assignment(signer: Any, service: Any, assignment: Any, folder: Path) -> Path:
    """Sign the assignment's file with `signer` and write it into `folder`."""
    from omnibus.export.collaboration_files import build_assignment, file_name, write_exchange_file

    contents = service.assignment_contents(assignment.assessment_id, assignment.id)
    data = build_assignment(contents, signer)
    name = file_name("assignment", contents.country, assignment.institution, assignment.id, assignment.assigned_at)
    return write_exchange_file(Path(folder) / name, data)


def write_contribution(hand_in: HandIn, service: Any, assessment_id: str, folder: Path, passphrase: str) -> Path:
    """The next round of this assignment's contribution, signed and written into `folder`."""
    from omnibus.export.collaboration_files import build_contribution, file_name, write_exchange_file

    signer = hand_in.signer(passphrase)
    contribution = service.prepare_contribution(assessment_id)
    data = build_contribution(contribution, signer)
    name = file_name(
        "contribution",
        contribution.country,
        contribution.institution,
        contribution.assignment_id,
        contribution.created,
        contribution.round,
    )
    return write_exchange_file(Path(folder) / name, data)
