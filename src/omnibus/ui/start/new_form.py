"""The form for a new assessment: questionnaire (or the previous cycle to start from), country, people, cycle."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import AssessmentSummary, Profile
from omnibus.ui.bidi import isolated
from omnibus.ui.countries import country_name, country_names
from omnibus.ui.ports import Service, ServiceError, StorageError


class NewAssessmentForm(QWidget):
    created = Signal(str)  # assessment id
    storageFailed = Signal(str)

    def __init__(self, service: Service, lang: str) -> None:
        super().__init__()
        self.service, self.lang = service, lang
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
        self.start_from = QComboBox()
        self.questionnaire = QComboBox()
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.country.model(), self.country)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.country.setCompleter(completer)
        self.institution, self.focal_point, self.cycle = QLineEdit(), QLineEdit(), QLineEdit(str(date.today().year))
        self.training = QCheckBox()
        for combo in (self.start_from, self.questionnaire, self.country):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)
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
        self._prefill()
        self.retranslate()
        self.set_previous([])

    def _fill_countries(self) -> None:
        current = self.country.currentData()
        self.country.clear()
        self.country.addItem("", None)
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
        self.start_from.clear()
        self.start_from.addItem(self.tr("A blank questionnaire"), None)
        for s in summaries:
            self.start_from.addItem(self.tr("Answers of cycle %1 (%2)").replace("%1", s.cycle or "—").replace(
                "%2", country_name(s.country, self.lang)), s.id)  # fmt: skip

    def _start_from_changed(self) -> None:
        previous = self.previous.get(self.start_from.currentData())
        for field in (self.questionnaire, self.country, self.institution, self.focal_point):
            field.setEnabled(previous is None)
        if previous is not None:
            self.country.setCurrentIndex(max(0, self.country.findData(previous.country)))
            self.institution.setText(previous.institution)
            self.focal_point.setText(previous.focal_point)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        try:
            if previous:
                summary = self.service.carry_forward(previous, cycle)
            else:
                index = self.questionnaire.currentIndex()
                if index < 0 or index >= len(self.questionnaires):
                    return self._fail(self.tr("Choose a questionnaire."))
                profile = Profile(code, self.institution.text().strip(), self.focal_point.text().strip())
                self.service.set_profile(profile)
                summary = self.service.create_assessment(
                    self.questionnaires[index], cycle=cycle, training=self.training.isChecked(), country=code,
                    institution=profile.institution, focal_point=profile.focal_point,
                )  # fmt: skip
        except StorageError as exc:
            self.storageFailed.emit(str(exc))
            return self._fail(self.tr("The assessment could not be saved: %1").replace("%1", isolated(str(exc))))
        except ServiceError as exc:
            return self._fail(str(exc))
        self.created.emit(summary.id)
