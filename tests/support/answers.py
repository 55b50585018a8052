"""Reading what an answer holds in tests, with the checks the answer's type asks for."""

from __future__ import annotations

from omnibus.model.records import Answer


def first_digest(answer: Answer | None) -> str:
    """The SHA-256 of the first file an attachment answer names."""
    assert answer is not None and isinstance(answer.value, list)
    digest = answer.value[0]["sha256"]
    assert isinstance(digest, str)
    return digest
