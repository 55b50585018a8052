"""What the working-together parts of the service share: limits on exchanged lines, how an answer is compared
(`Entry`), and the files an exchanged file carries.

The focal point's parts (`service_assigning`, `service_merging`, `service_conflicts`) and the institution's
(`service_institution`) each read and write exchanged answers the same way; these few functions are that one way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from omnibus.model.collaboration import AttachmentFile, Entry
from omnibus.model.records import Answer, AttachmentRef
from omnibus.model.service_state import Workspace
from omnibus.model.store import queries

NAME_MAX = 500
"""Longest institution, person, function or note line kept (the manifest's own limit for a line)."""
NOTE_MAX = 5000


NOTHING = Entry(None, "")


def entry(answer: Answer | None) -> Entry:
    return NOTHING if answer is None else Entry(answer.value, answer.comment)


def line(text: str, limit: int = NAME_MAX) -> str:
    return " ".join(str(text).split())[:limit]


def attachment_lookup(
    files: Sequence[AttachmentFile], otherwise: Callable[[str], AttachmentRef | None]
) -> Callable[[str], AttachmentRef | None]:
    """What `values.normalize` asks of a file an answer names: one the exchanged file carries, else `otherwise`."""
    carried = {f.sha256: f for f in files}

    def lookup(digest: str) -> AttachmentRef | None:
        file = carried.get(digest)
        if file is None:
            return otherwise(digest)
        return AttachmentRef(digest, file.name, file.media_type, len(file.content))

    return lookup


def attachment_files(work: Workspace, digests: Iterable[str]) -> tuple[AttachmentFile, ...]:
    """The stored files with these digests, to travel in an assignment or a contribution."""
    found: list[AttachmentFile] = []
    with work.store.read() as tx:
        for digest in sorted(digests):
            ref = queries.attachment(tx, digest)
            content = queries.attachment_content(tx, digest)
            if ref is not None and content is not None:
                found.append(AttachmentFile(digest, ref.name, ref.media_type, content))
    return tuple(found)
