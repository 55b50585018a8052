"""Reading a value a widget is asked to show: a stored answer, or a draft whose shape may be incomplete.

Widgets take what fits and leave the rest empty rather than fail: a draft kept from an older edition, or typed
half-way, must still open.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from omnibus.model.records import Json


def mapping(value: Json) -> Mapping[str, Json]:
    """The value as a JSON object; empty when it is something else."""
    return value if isinstance(value, Mapping) else {}


def entries(value: Json) -> list[Mapping[str, Json]]:
    """The JSON objects in a list value (citations, files, rows, needs); anything else in it is left out."""
    if isinstance(value, str) or not isinstance(value, Sequence):
        return []
    return [entry for entry in value if isinstance(entry, Mapping)]


def texts(value: Json) -> list[str]:
    """The texts in a list value (choice codes); anything else in it is left out."""
    if isinstance(value, str) or not isinstance(value, Sequence):
        return []
    return [text for text in value if isinstance(text, str)]
