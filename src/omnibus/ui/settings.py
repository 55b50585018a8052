"""The user's preferences, in an ini file in the data folder (never the Windows registry: it travels on a stick)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from omnibus.model.text import LANGUAGES

DEFAULT_TEXT_SIZE = 10
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 8, 20
MAX_RECENT = 8


class Settings:
    """Typed access to the ini file; created once at start and passed to whoever needs it."""

    def __init__(self, data_home: Path) -> None:
        self.path = data_home / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    # -- language
    @property
    def language(self) -> str:
        stored = str(self._qs.value("ui/language", "") or "")
        if stored in LANGUAGES:
            return stored
        system = QLocale.system().name().split("_")[0]
        return system if system in LANGUAGES else "en"

    @language.setter
    def language(self, lang: str) -> None:
        self._qs.setValue("ui/language", lang)

    # -- text size
    @property
    def text_size(self) -> int:
        try:
            size = int(str(self._qs.value("ui/text_size", DEFAULT_TEXT_SIZE)))
        except (TypeError, ValueError):
            size = DEFAULT_TEXT_SIZE
        return max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, size))

    @text_size.setter
    def text_size(self, size: int) -> None:
        self._qs.setValue("ui/text_size", max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, int(size))))

    # -- recent assessments, most recent first
    @property
    def recent(self) -> list[str]:
        value = self._qs.value("assessments/recent", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    def touch_recent(self, assessment_id: str) -> None:
        ids = [assessment_id, *(i for i in self.recent if i != assessment_id)][:MAX_RECENT]
        self._qs.setValue("assessments/recent", ids)

    # -- where the respondent stopped in each assessment (a section id, or the review or hand-in page)
    def last_page(self, assessment_id: str) -> str:
        return str(self._qs.value(f"last_page/{assessment_id}", "") or "")

    def set_last_page(self, assessment_id: str, page: str) -> None:
        self._qs.setValue(f"last_page/{assessment_id}", page)

    # -- the language each assessment's questionnaire is read in, when the respondent chose one
    def content_language(self, assessment_id: str) -> str | None:
        stored = str(self._qs.value(f"content_language/{assessment_id}", "") or "")
        return stored if stored in LANGUAGES else None

    def set_content_language(self, assessment_id: str, lang: str) -> None:
        self._qs.setValue(f"content_language/{assessment_id}", lang)

    # -- "this questionnaire has no translation into your language", closed by the respondent
    def language_note_closed(self, questionnaire_id: str, interface: str) -> bool:
        return str(self._qs.value(f"language_note_closed/{questionnaire_id}.{interface}", "")) == "true"

    def close_language_note(self, questionnaire_id: str, interface: str) -> None:
        self._qs.setValue(f"language_note_closed/{questionnaire_id}.{interface}", "true")

    def forget_assessment(self, assessment_id: str) -> None:
        """After a deletion: nothing of the assessment stays in the preferences."""
        self._qs.remove(f"last_page/{assessment_id}")
        self._qs.remove(f"content_language/{assessment_id}")
        self._qs.setValue("assessments/recent", [i for i in self.recent if i != assessment_id])

    # -- database file
    @property
    def database(self) -> str:
        return str(self._qs.value("assessments/database", "") or "")

    @database.setter
    def database(self, path: str) -> None:
        self._qs.setValue("assessments/database", path)

    # -- the Secretariat's files (empty: those at the default place in the data folder, if there)
    @property
    def secretariat_database(self) -> str:
        return str(self._qs.value("secretariat/database", "") or "")

    @property
    def secretariat_identity(self) -> str:
        return str(self._qs.value("secretariat/identity", "") or "")

    # -- window geometry
    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    # -- the folder the last file dialog was used in
    @property
    def last_folder(self) -> str:
        return str(self._qs.value("ui/last_folder", "") or "")

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._qs.setValue("ui/last_folder", folder)
