"""The form for a new assessment: questionnaire (or the previous cycle to start from), country, people, cycle."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.countries import country_name, country_names
from omnibus.model.cycle_labels import comes_before, normalize_cycle
from omnibus.model.cycles import version_key
from omnibus.model.dates import format_date
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import AssessmentSummary, Profile
from omnibus.model.sample_state import SAMPLE_STATE, is_sample_state
from omnibus.ui.bidi import isolated, left_to_right
from omnibus.ui.eliding_combo import ElidingComboBox
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.ports import DuplicateAssessment, Service, ServiceError, StorageError
from omnibus.ui.service_text import refusal_words
from omnibus.ui.start.country_search import search_countries
from omnibus.ui.storage_text import storage_text
from omnibus.ui.wheel_guard import guard_wheel


class NewAssessmentForm(FollowsLanguage, QWidget):
    created = Signal(str)  # assessment id
    storageFailed = Signal(str)

    def __init__(self, service: Service, lang: str, database: Path) -> None:
        """`database` is the file the service writes: a storage error names it in the interface language."""
        super().__init__()
        self.service, self.lang, self.database = service, lang, database
        self.questionnaires: list[Questionnaire] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(textFormat=Qt.TextFormat.RichText)
        column.addWidget(self.heading)
        self.loading = QProgressBar()
        self.loading.setRange(0, 0)
        self.loading.setMaximumHeight(8)
        self.loading.setTextVisible(False)
        column.addWidget(self.loading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.start_from = ElidingComboBox()  # titles wider than the box in French, Spanish, Russian
        self.questionnaire = ElidingComboBox()
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        search_countries(self.country)
        self.institution, self.focal_point, self.cycle = QLineEdit(), QLineEdit(), QLineEdit(str(date.today().year))
        self.training = QCheckBox()
        for combo in (self.start_from, self.questionnaire, self.country):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
        guard_wheel(self.start_from, self.questionnaire, self.country)
        self.fields = (self.start_from, self.questionnaire, self.country, self.institution, self.focal_point,
                       self.cycle)  # fmt: skip
        self.labels = [QLabel() for _ in self.fields]
        for label, field in zip(self.labels, self.fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.training)
        column.addLayout(form)
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("formError")
        self.error.hide()
        column.addWidget(self.error)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.submit)
        column.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTrailing)
        column.addStretch(1)
        self.start_from.currentIndexChanged.connect(self._start_from_changed)
        self._fill_countries()
        self.training.toggled.connect(lambda _on: self._fill_countries())
        self._prefill()
        self.retranslate()
        self.set_previous([])

    def _fill_countries(self) -> None:
        """Every country; the fictional State of training workshops first, and only while training is ticked."""
        current = self.country.currentData()
        self.country.clear()
        self.country.addItem("", None)
        if self.training.isChecked():
            self.country.addItem(country_name(SAMPLE_STATE, self.lang), SAMPLE_STATE)
        for code, name in country_names(self.lang):
            self.country.addItem(name, code)
        self.country.setCurrentIndex(max(0, self.country.findData(current)))

    def _prefill(self) -> None:
        profile = self.service.profile()
        if profile is not None:
            self.country.setCurrentIndex(max(0, self.country.findData(profile.country)))
            self.institution.setText(profile.institution)
            self.focal_point.setText(profile.focal_point)

    def set_questionnaires(self, questionnaires: list[Questionnaire]) -> None:
        self.questionnaires = questionnaires
        self.questionnaire.clear()
        for q in questionnaires:
            self.questionnaire.addItem(f"{q.text(q.document.title, self.lang)} ({q.version})", q.content_hash)
        self.loading.hide()

    def set_previous(self, summaries: list[AssessmentSummary]) -> None:
        self.previous = {s.id: s for s in summaries}
        chosen = self.start_from.currentData()
        self.start_from.blockSignals(True)
        self.start_from.clear()
        self.start_from.addItem(self.tr("A blank questionnaire"), None)
        for s in sorted(summaries, key=lambda s: (s.country, s.questionnaire_id, s.cycle, s.updated)):
            self.start_from.addItem(self._previous_text(s), s.id)
        self.start_from.setCurrentIndex(max(0, self.start_from.findData(chosen)))
        self.start_from.blockSignals(False)
        self._start_from_changed()

    def _previous_text(self, s: AssessmentSummary) -> str:
        """What tells two previous assessments apart: questionnaire, cycle, status and the date of the last change."""
        status = self.tr("final") if s.status == "final" else self.tr("draft")
        if s.training:
            status = self.tr("%1, training").replace("%1", status)
        text = self.tr("%1, cycle %2 — %3 (%4, %5)")
        for key, value in (("%1", country_name(s.country, self.lang)), ("%2", s.cycle or "—"),
                           ("%3", self._title(s.questionnaire_id)), ("%4", status),
                           ("%5", isolated(format_date(s.updated.astimezone(), self.lang)))):  # fmt: skip
            text = text.replace(key, value)
        return text

    def _title(self, questionnaire_id: str) -> str:
        for q in self.questionnaires:
            if q.id == questionnaire_id:
                return q.text(q.document.title, self.lang)
        return questionnaire_id

    def _start_from_changed(self) -> None:
        previous = self.previous.get(self.start_from.currentData())
        for field in (self.questionnaire, self.country, self.institution, self.focal_point, self.training):
            field.setEnabled(previous is None)
        if previous is None:
            return
        self.training.setChecked(previous.training)  # carried forward, a training assessment stays one
        self.country.setCurrentIndex(max(0, self.country.findData(previous.country)))
        self.institution.setText(previous.institution)
        self.focal_point.setText(previous.focal_point)
        editions = [n for n, q in enumerate(self.questionnaires) if q.id == previous.questionnaire_id]
        if editions:  # carrying forward moves to the newest edition of the same questionnaire
            self.questionnaire.setCurrentIndex(max(editions, key=lambda n: version_key(self.questionnaires[n].version)))
        try:
            self.cycle.setText(self.service.proposed_cycle(previous.id))
        except StorageError as exc:
            self._fail(storage_text(exc, self.database))
        except ServiceError as exc:
            self._fail(refusal_words(exc, self.database))

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Start a new assessment") + "</h2>")
        texts = (self.tr("Start from:"), self.tr("Questionnaire:"), self.tr("Country:"), self.tr("Institution:"),
                 self.tr("Focal point:"), self.tr("Reporting cycle:"))  # fmt: skip
        for label, field, text in zip(self.labels, self.fields, texts, strict=True):
            label.setText(text)
            field.setAccessibleName(text.rstrip(":："))
        line = self.country.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type to search"))
        self.institution.setPlaceholderText(self.tr("e.g. Ministry of Justice"))
        self.focal_point.setPlaceholderText(self.tr("Name and title of the person responsible"))
        self.training.setText(self.tr("Training exercise (not for submission)"))
        self.start_button.setText(self.tr("Start the assessment"))
        if self.start_from.count():
            self.start_from.setItemText(0, self.tr("A blank questionnaire"))

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def submit(self) -> None:
        self.error.hide()
        cycle = self.cycle.text().strip()
        previous = self.start_from.currentData()
        index = self.country.findText(self.country.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        code = self.country.itemData(index) if index > 0 else None
        if not code:
            return self._fail(self.tr("Choose the country from the list."))
        if not cycle:
            return self._fail(self.tr("Give the reporting cycle, e.g. %1.").replace("%1", str(date.today().year)))
        label = normalize_cycle(cycle)
        if label is None:
            year = date.today().year  # the range as it is typed: an Arabic sentence would turn its years around
            return self._fail(
                self.tr("The reporting cycle is a year, such as %1, or a range of years, such as %2.")
                .replace("%1", str(year))
                .replace("%2", left_to_right(f"{year}-{year + 1}"))
            )
        self.cycle.setText(label)
        source = self.previous.get(previous) if previous else None
        if source is not None and comes_before(label, source.cycle):
            return self._fail(
                self.tr(
                    "Starting from a previous assessment, the reporting cycle must come after its own: give one "
                    "after %1."
                ).replace("%1", source.cycle)
            )
        try:
            summary = self._create(previous, code, label, allow_duplicate=False)
        except DuplicateAssessment as exc:
            choice = self._ask_about_duplicate(exc.existing[0])
            if choice is None:
                return None
            if choice:
                self.created.emit(choice)
                return None
            try:
                summary = self._create(previous, code, label, allow_duplicate=True)
            except (StorageError, ServiceError) as again:
                return self._failed(again)
        except (StorageError, ServiceError) as exc:
            return self._failed(exc)
        self.training.setChecked(False)  # one training exercise does not make the next assessment one
        self.created.emit(summary.id)
        return None

    def _create(self, previous: str | None, code: str, cycle: str, *, allow_duplicate: bool) -> AssessmentSummary:
        if previous:
            return self.service.carry_forward(previous, cycle, allow_duplicate=allow_duplicate)
        index = self.questionnaire.currentIndex()
        if index < 0 or index >= len(self.questionnaires):
            raise ServiceError(self.tr("Choose a questionnaire."))
        profile = Profile(code, self.institution.text().strip(), self.focal_point.text().strip())
        if not is_sample_state(code):  # the next real assessment must not start as the fictional State's
            self.service.set_profile(profile)
        return self.service.create_assessment(
            self.questionnaires[index], cycle=cycle, training=self.training.isChecked(), country=code,
            institution=profile.institution, focal_point=profile.focal_point, allow_duplicate=allow_duplicate,
        )  # fmt: skip

    def _ask_about_duplicate(self, existing: AssessmentSummary) -> str | None:
        """Continue the existing assessment (its id), start another one anyway (""), or neither (None)."""
        question = QMessageBox(QMessageBox.Icon.Question, self.tr("This assessment exists already"), "", parent=self)
        question.setText(
            self.tr("%1 already has an assessment of “%2” for the cycle %3 (%4, last change %5).")
            .replace("%1", country_name(existing.country, self.lang))
            .replace("%2", self._title(existing.questionnaire_id))
            .replace("%3", existing.cycle)
            .replace("%4", self.tr("final") if existing.status == "final" else self.tr("draft"))
            .replace("%5", isolated(format_date(existing.updated.astimezone(), self.lang)))
        )  # fmt: skip
        question.setInformativeText(self.tr("Continue that one, or start a second one on purpose?"))
        open_it = question.addButton(self.tr("Continue that one"), QMessageBox.ButtonRole.AcceptRole)
        another = question.addButton(self.tr("Start another one"), QMessageBox.ButtonRole.DestructiveRole)
        question.addButton(QMessageBox.StandardButton.Cancel)
        question.setDefaultButton(open_it)
        question.exec()
        clicked = question.clickedButton()
        return existing.id if clicked is open_it else "" if clicked is another else None

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, StorageError):
            why = storage_text(exc, self.database)
            self.storageFailed.emit(why)
            return self._fail(self.tr("The assessment could not be saved: %1").replace("%1", isolated(why)))
        return self._fail(refusal_words(exc, self.database))
