"""Who gave an answer, in words: shown on each item and in the navigator for answers an institution sent."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from omnibus.ui.bidi import isolated
from omnibus.ui.i18n import when


def provenance_text(p: Any) -> str | None:
    """`Answered by Ministry of Interior (J. Doe) on 2026-03-01 10:00, round 2; accepted by focal on …`, or None
    for an answer given on this computer (it needs no label: it is the respondent's own). An institution whose
    assignment named nobody answered as the institution: no empty brackets stand for a person."""
    if p.contribution_id is None:
        return None
    given = when(p.given_at) if p.given_at else "—"
    accepted = when(p.accepted_at) if p.accepted_at else "—"
    parts = [isolated(p.institution), given, str(p.round or 1), isolated(p.accepted_by or "—"), accepted]
    if p.person:
        text = QCoreApplication.translate("Provenance", "Answered by %1 (%2) on %3, round %4; accepted by %5 on %6.")
        parts.insert(1, isolated(p.person))
    else:
        text = QCoreApplication.translate("Provenance", "Answered by %1 on %2, round %3; accepted by %4 on %5.")
    # In one pass, so that a name holding "%2" stays as it is.
    return re.sub(r"%([1-9])", lambda m: parts[int(m[1]) - 1] if int(m[1]) <= len(parts) else m[0], text)


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
