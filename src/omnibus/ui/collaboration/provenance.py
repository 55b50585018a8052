"""Who gave an answer, in words: shown on each item and in the navigator for answers an institution sent."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from omnibus.ui.bidi import isolated
from omnibus.ui.i18n import when


def provenance_text(p: Any) -> str | None:
    """`Answered by Ministry of Interior (J. Doe) on 2026-03-01 10:00, round 2; accepted by focal on …`, or None
    for an answer given on this computer (it needs no label: it is the respondent's own)."""
    if p.contribution_id is None:
        return None
    text = QCoreApplication.translate("Provenance", "Answered by %1 (%2) on %3, round %4; accepted by %5 on %6.")
    return (
        text.replace("%1", isolated(p.institution))
        .replace("%2", isolated(p.person or "—"))
        .replace("%3", when(p.given_at) if p.given_at else "—")
        .replace("%4", str(p.round or 1))
        .replace("%5", isolated(p.accepted_by or "—"))
        .replace("%6", when(p.accepted_at) if p.accepted_at else "—")
    )


def short_name(institution: str) -> str:
    """What fits beside a question in the navigator: the initials of the capitalised words ("Office of the Director
    of Public Prosecutions" → ODPP), or the name itself when it is one word."""
    words = institution.split()
    if len(words) < 2:
        return institution[:12]
    initials = "".join(w[0] for w in words if w[0].isupper())
    return initials[:6] or institution[:12]


def institutions_by_item(provenance: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Per item an institution answered: (its short name, the sentence above)."""
    found = {}
    for item_id, p in provenance.items():
        text = provenance_text(p)
        if text is not None:
            found[item_id] = (short_name(p.institution), text)
    return found
