"""One way to reach bundled files (questionnaires, translations, templates, fonts), wherever omnibus runs from.

Templates and fonts live inside the package. Questionnaires and translations live at the top of the source tree
(authors and translators work there); a wheel or installer carries them as `omnibus/_bundled/`. This function
hides the difference, so the same code works from a checkout, a wheel and a frozen installer.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

_CHECKOUT_ROOT = Path(__file__).resolve().parents[2]


def resource(kind: str) -> Path:
    """The folder of a kind of bundled resource: `questionnaires`, `translations`, `templates`, `fonts`…"""
    packaged: Traversable = files("omnibus")
    for candidate in (packaged / kind, packaged / "_bundled" / kind):
        if candidate.is_dir():
            return Path(str(candidate))
    checkout = _CHECKOUT_ROOT / kind
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"bundled resource folder '{kind}' is missing from this installation")
