"""A cheaper answer to the question PySide6 asks of every module imported after it.

To support its opt-in `from __feature__ import ...` syntax, PySide6 checks each newly imported module for the
text "PySide6" with `inspect.getsource`, which maps every loaded module to its file on each call. Over the few
hundred modules the application imports at start that costs about a tenth of a second. Reading the module's
file gives the same answer for a fraction of the cost. Should PySide6 rename its internals, nothing is replaced
and only the speed-up is lost.
"""

from __future__ import annotations

import sys
from types import ModuleType


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source file contains "PySide6" (False when there is no source file, as before)."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def use_cheaper_import_scan() -> bool:
    """Replace PySide6's per-import source scan; True when it was replaced."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    return True
