"""What an item widget emits when the respondent changes something: one frozen record a signal.

Item widgets emit these and never call the service; the assessment's controller receives them (`apply`) and
stores each through the service. One typed record per signal, rather than loose arguments, so that the sender
and every receiver name the same fields and a receiver cannot take them in the wrong order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from omnibus.model.records import Json


@dataclass(frozen=True)
class ValueEdit:
    """A new answer value in the editor, canonical; None when the respondent cleared it."""

    item_id: str
    value: Json


@dataclass(frozen=True)
class DraftEdit:
    """Input that cannot be an answer yet, as typed, why (in the interface language), and which field is wrong
    (entry or row index, then field or column id; () for the value as a whole)."""

    item_id: str
    value: Json
    problem: str
    where: tuple[int | str, ...] = ()


@dataclass(frozen=True)
class CommentEdit:
    item_id: str
    text: str


@dataclass(frozen=True)
class AttachmentAdd:
    """A file the respondent chose to attach, already read (within the item's limit)."""

    item_id: str
    content: bytes
    name: str
    media_type: str


@dataclass(frozen=True)
class AttachmentRemoval:
    """The attached file with this content (by SHA-256) is to be removed from the item."""

    item_id: str
    sha256: str


Edit: TypeAlias = ValueEdit | DraftEdit | CommentEdit | AttachmentAdd | AttachmentRemoval
