"""pydantic at the boundary: an author's file validated into the questionnaire format's dataclasses.

pydantic is the program's one validation library; this module tells it about the questionnaire's shapes (the loader
and `shape_errors.py` only catch and word its `ValidationError`). The shapes (`schema.py`) carry plain marks
(`shape_marks.py`); the functions below are what pydantic does with them, called by pydantic while it builds the
validator, which happens the first time a file is read.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, cast

from pydantic import Discriminator, GetCoreSchemaHandler, StringConstraints, TypeAdapter
from pydantic_core import CoreSchema
from pydantic_core.core_schema import DataclassSchema

from omnibus.model.schema import Document, QuestionnaireDocument, SharedLists


def filled_from_mappings(source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
    """A shape's validator, taking a file's mapping of keys (and values still checked strictly, by the config).

    pydantic's strict mode would otherwise want an instance of the class itself where a file has a mapping: `strict`
    of pydantic-core's dataclass schema is whether an exact instance is required, and only that is relaxed here.
    """
    schema = handler(source)
    shape = cast("DataclassSchema", handler.resolve_ref_schema(schema))  # what pydantic makes of a dataclass
    shape["strict"] = False
    return schema


def matching(regex: str, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
    """Text that matches `regex`: the check, and the `pattern` in the JSON schema."""
    return handler(Annotated[source, StringConstraints(pattern=regex)])


def told_apart_by(key: str, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
    """A union chosen by the value of `key`: one message about the tag instead of one per member of the union."""
    return handler(Annotated[source, Discriminator(key)])


@cache
def document_adapter() -> TypeAdapter[QuestionnaireDocument | SharedLists]:
    """Built on first use (about 40 ms): a process that reads questionnaires from the cache only never builds it."""
    return TypeAdapter(Document)
