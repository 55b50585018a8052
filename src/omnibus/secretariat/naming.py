"""Words every table of the analysis shares: a table's title, an instrument's official name in the analysis's
language, and the order in which instruments are listed.

They live apart so that every module that makes a table titles it and names instruments the same way.
"""

from __future__ import annotations

from omnibus.model.schema import INSTRUMENT_NAMES
from omnibus.secretariat.labels import words


def table_title(table: str, lang: str) -> str:
    return words(lang)[f"table.{table}"]


def instrument_name(code: str, lang: str) -> str:
    """The instrument's official title in `lang` (the glossary's), its code when it is not one of the four."""
    return words(lang).get(f"instrument.{code}", INSTRUMENT_NAMES.get(code, code))


def instrument_order(instrument: str) -> int:
    codes = list(INSTRUMENT_NAMES)
    return codes.index(instrument) if instrument in codes else len(codes)
