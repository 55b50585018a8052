"""The application's look: calm colours, clear focus, no font sizes (text size is the user's choice)."""

from __future__ import annotations

STYLE = """
QMainWindow, #startPage, #startBody, #pageBody, #reviewPage, #exportPage { background: #f4f5f7; }
#assessmentHeader { background: #ffffff; border-bottom: 1px solid #d9dde3; }
#pageNavigation { background: #ffffff; border-top: 1px solid #d9dde3; }
#navigator { background: #ffffff; }
#card { background: #ffffff; border: 1px solid #d9dde3; border-radius: 6px; }
#itemCard { background: #ffffff; border: 1px solid #d9dde3; border-radius: 6px; }
#itemCard[state="warning"] { border: 1px solid #d08a2e; }
#itemCard[state="error"] { border: 1px solid #b3261e; }
#itemInfo { background: #eef3fa; border-radius: 4px; padding: 6px; color: #243447; }
#itemMessage[severity="error"], #formError, #refusal { color: #b3261e; }
#itemMessage[severity="warning"] { color: #8a4b00; }
#itemProvenance { color: #2f5f9e; font-style: italic; }
#conflictWhat { background: palette(base); border: 1px solid palette(mid); padding: 8px; }
#conflictQuestion { font-weight: bold; }
QLineEdit[state="error"], QPlainTextEdit[state="error"] { border: 1px solid #b3261e; border-radius: 3px; }
#refusal[severity="ok"] { color: #1e6b35; }
#hint, #counter { color: #5b6470; }
#opening { qproperty-alignment: AlignCenter; color: #3c4550; }
#saveStatus { qproperty-alignment: 'AlignTrailing | AlignVCenter'; }
#sectionIntro { color: #3c4550; }
#confirmRow { background: #fff6e0; border-radius: 4px; }
#entry { background: #f8f9fb; border: 1px solid #e3e6ea; border-radius: 4px; }
#trainingBand { background: #fff1c2; border-bottom: 1px solid #c99700; color: #5a4200; font-weight: bold;
    padding: 6px; }
#storageBanner { background: #fdecea; border-bottom: 1px solid #b3261e; color: #5f1410; }
#languageBanner { background: #e8f0fb; border-bottom: 1px solid #2f5f9e; color: #1d3557; }
#receiptBand { background: #e6f4ea; border-bottom: 1px solid #2e7d32; color: #1d5a2e; padding: 6px 12px; }
#receiptBand[decision="pending"] { background: #fff8e1; border-bottom-color: #c99700; color: #5a4200; }
#receiptBand[decision="refused"] { background: #fdecea; border-bottom-color: #b3261e; color: #8c1d18; }
#viewerHeadline { font-weight: bold; padding: 8px; border-radius: 4px; background: #eef3fa; color: #243447; }
#viewerHeadline[state="verified"] { background: #e6f4ea; color: #1d5a2e; }
#viewerHeadline[state="altered"], #viewerHeadline[state="unreadable"] { background: #fdecea; color: #8c1d18; }
#viewerHeadline[state="encrypted"] { background: #fff6e0; color: #5c3b00; }
QPushButton { padding: 4px 12px; }
QToolButton#infoButton, QToolButton#commentButton { color: #2f5f9e; }
QToolButton#infoButton:disabled, QToolButton#commentButton:disabled { color: #8b929a; }
QPushButton#clearButton { color: #2f5f9e; border: none; padding: 0 7px; margin: 0; background: transparent; }
QPushButton#clearButton:hover { text-decoration: underline; }
QPushButton#clearButton:focus { text-decoration: underline; background: #dbe7f6; }
QCheckBox::indicator, QRadioButton::indicator { width: 2ex; height: 2ex; }
"""
# "Clear answer" is a link without border or vertical padding, no taller than the radio buttons beside it (a tool
# button's style adds a few pixels whatever its padding): it appears with the first answer and must not make the
# item taller. Focus shows as a tint, which takes no room; its side padding lines its text up with "Guidance" above.
# The last rule: check boxes and radio buttons as large as the text beside them (two x-heights, Fusion's own
# 14 px at normal text); the style draws them at a fixed size, too small to see or hit at larger text. In units
# of the font, not pixels, so a text-size change needs no new style sheet (restyling every widget of a
# 200-question section took 300-600 ms).
