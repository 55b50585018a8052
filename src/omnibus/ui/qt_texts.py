"""Texts of Qt's own dialogs that Qt's translations (`qtbase_xx`) lack, translated in our files instead.

Qt 6 gave two labels of its file dialog an accelerator ("&Look in:", "Files of &type:") while its translations
still have them without one, so they showed in English in every language. Declared here, lupdate puts them in
`translations/*.ts` (context `QFileDialog`), where they are translated like ours; `tests/ui/test_translations.py`
opens the dialog in each language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
