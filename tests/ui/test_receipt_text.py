"""The receipt's sentence gives its date in the interface's language, isolated so that an Arabic sentence keeps the
date's own order (unisolated, 2026-12-04 21:45 once showed as 21:45 04-12-2026)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QApplication

from omnibus.ui.bidi import FSI, PDI
from omnibus.ui.i18n import Translations, when
from omnibus.ui.receipt_text import receipt_sentence

LOCAL = datetime(2026, 3, 31, 9, 30).astimezone()  # this computer's time zone, as the window shows it


@pytest.mark.parametrize(
    ("lang", "date_words"),
    [("en", "31 March 2026"), ("fr", "31 mars 2026"), ("ar", "31 آذار/مارس 2026"), ("zh", "2026年3月31日")],
)
def test_dates_are_in_the_interface_language_and_isolated(qapp: QApplication, lang: str, date_words: str) -> None:
    translations = Translations(qapp)
    translations.install(lang)
    try:
        shown = when(LOCAL.astimezone(timezone(timedelta(0))))
        assert shown.startswith(FSI) and shown.endswith(PDI)
        assert date_words in shown and "09:30" in shown
        assert shown in receipt_sentence("accepted", LOCAL, "")
    finally:
        translations.install("en")
