"""The application's look: calm colours, clear focus, no font sizes (text size is the user's choice)."""

from __future__ import annotations

STYLE = """
QMainWindow, #startPage, #pageBody, #reviewPage, #exportPage { background: #f4f5f7; }
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
QLineEdit[state="error"], QPlainTextEdit[state="error"] { border: 1px solid #b3261e; border-radius: 3px; }
#hint, #counter { color: #5b6470; }
#opening { qproperty-alignment: AlignCenter; color: #3c4550; }
#sectionIntro { color: #3c4550; }
#confirmRow { background: #fff6e0; border-radius: 4px; }
#entry { background: #f8f9fb; border: 1px solid #e3e6ea; border-radius: 4px; }
#storageBanner { background: #fdecea; border-bottom: 1px solid #b3261e; color: #5f1410; }
#viewerHeadline { font-weight: bold; padding: 8px; border-radius: 4px; background: #eef3fa; color: #243447; }
#viewerHeadline[state="verified"] { background: #e6f4ea; color: #1d5a2e; }
#viewerHeadline[state="altered"], #viewerHeadline[state="unreadable"] { background: #fdecea; color: #8c1d18; }
#viewerHeadline[state="encrypted"] { background: #fff6e0; color: #5c3b00; }
QPushButton { padding: 4px 12px; }
QToolButton#infoButton, QToolButton#commentButton, QToolButton#clearButton { color: #2f5f9e; }
"""
