"""The receipt's sentence keeps its date left to right in Arabic (unisolated, 2026-12-04 21:45 showed as
21:45 04-12-2026)."""

from __future__ import annotations

from datetime import UTC, datetime

from omnibus.ui.bidi import LRI, PDI
from omnibus.ui.receipt_text import receipt_sentence, when


def test_dates_are_isolated_left_to_right() -> None:
    moment = datetime(2026, 3, 31, 9, 30, tzinfo=UTC)
    shown = when(moment)
    assert shown.startswith(LRI) and shown.endswith(PDI)
    assert shown in receipt_sentence("accepted", moment, "")
