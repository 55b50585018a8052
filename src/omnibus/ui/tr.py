"""Translation lookup that follows inheritance.

Qt takes a `tr()` context from the object's run-time class, while `lupdate` files a string under the class whose
code calls `tr()`; a base class's strings would stay untranslated in every subclass. `InheritedTr.tr` tries each
omnibus class of the object's MRO in turn.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class InheritedTr:
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        untranslated = QCoreApplication.translate("", text, disambiguation, n)
        for cls in type(self).__mro__:
            if cls.__module__.startswith("omnibus."):
                translated = QCoreApplication.translate(cls.__name__, text, disambiguation, n)
                if translated != untranslated:
                    return translated
        return untranslated
