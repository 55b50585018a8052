"""The service's parts, each built, and its module imported, when first used.

Listing the assessments (the start screen) uses none of them, and `omnibus status` only the snapshots: neither
waits for the code of carrying forward, archiving or attachments it does not run.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from omnibus.model.service_answers import Answers
    from omnibus.model.service_attachments import Attachments
    from omnibus.model.service_cycles import Cycles
    from omnibus.model.service_documents import Documents
    from omnibus.model.service_drafts import Drafts
    from omnibus.model.service_state import Workspace
    from omnibus.model.service_status import Standing


class Parts:
    """Drafts, answers, attachments, standing (snapshots, status), documents and cycles on one `Workspace`; the
    service calls them under its lock, so each is built once."""

    def __init__(self, work: Workspace) -> None:
        self.work = work

    @cached_property
    def drafts(self) -> Drafts:
        from omnibus.model.service_drafts import Drafts

        return Drafts(self.work)

    @cached_property
    def answers(self) -> Answers:
        from omnibus.model.service_answers import Answers

        return Answers(self.work, self.drafts)

    @cached_property
    def attachments(self) -> Attachments:
        from omnibus.model.service_attachments import Attachments

        return Attachments(self.work, self.answers)

    @cached_property
    def standing(self) -> Standing:
        from omnibus.model.service_status import Standing

        return Standing(self.work, self.attachments)

    @cached_property
    def documents(self) -> Documents:
        from omnibus.model.service_documents import Documents

        return Documents(self.work)

    @cached_property
    def cycles(self) -> Cycles:
        from omnibus.model.service_cycles import Cycles

        return Cycles(self.work, self.documents)
