"""The keys that turn pages back and forward, in the assessment and in the guide window, in every language.

Alt+Left goes back and Alt+Right forward in every interface language, Arabic included. They are Qt's standard
Back and Forward keys (`QKeySequence.StandardKey.Back`, the same in either direction), what QTextBrowser does in
either direction, and the browsers' Back and Forward keys that respondents press every day: one pair to learn,
whatever the language. The buttons' arrows follow the direction (`bidi.arrowed`); the keys do not. Ctrl+Page Up
and Ctrl+Page Down, which name no side, also turn the assessment's pages. Backspace, which Qt also counts as Back
on Windows, is left out: pressed on a question it would turn the page."""

from __future__ import annotations

BACK = "Alt+Left"
FORWARD = "Alt+Right"
PAGE_BACK = (BACK, "Ctrl+PgUp")
PAGE_NEXT = (FORWARD, "Ctrl+PgDown")
