"""The class's results on the trainer's laptop: a folder of trainees' packages (a USB stick, a shared folder) read
in seconds, shown as who handed in with each package's problems, the answers side by side, and the Secretariat's
analysis of the class, and saved as one PDF for the debriefing.

Reading the packages and the analysis runs off the GUI thread (`ui/tasks.py`). The words of the results (problems,
headings) come from the core in the interface's language (`secretariat/class_labels.json`), as in the PDF.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from omnibus.ui import folders
from omnibus.ui.bidi import isolated
from omnibus.ui.file_problem import file_problem
from omnibus.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from omnibus.secretariat.class_results import ClassResults, Problem

SERIOUS_COLOUR = QColor("#b71c1c")


class ClassResultsDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        from omnibus.secretariat.class_results import class_words

        super().__init__(parent)
        self.lang = lang
        self.results: ClassResults | None = None
        self.tasks = TaskRunner()
        self.setObjectName("classResults")
        self.setWindowTitle(self.tr("Class results"))
        self.resize(1100, 640)
        column = QVBoxLayout(self)
        intro = QLabel(wordWrap=True)
        intro.setText(
            self.tr("Choose the folder where the trainees put their packages (a USB stick or a shared folder).")
        )
        column.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose the folder…"))
        self.choose_button.setObjectName("chooseFolder")
        self.choose_button.clicked.connect(self.choose_folder)
        self.folder_label = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.folder_label.setObjectName("hint")
        row.addWidget(self.choose_button)
        row.addWidget(self.folder_label, 1)
        column.addLayout(row)
        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.summary.setObjectName("classSummary")
        column.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.handed_in = QTableWidget(0, 4)
        self.handed_in.setObjectName("handedIn")
        words = class_words(lang)
        self.handed_in.setHorizontalHeaderLabels([words["who"], words["file"], words["status"], words["problems"]])
        self.answers = QTableWidget(0, 0)
        self.answers.setObjectName("classAnswers")
        self.analysis = QTextBrowser()
        self.analysis.setObjectName("classAnalysis")
        for table in (self.handed_in, self.answers):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setWordWrap(True)
            # a row is as tall as its text wrapped at the column's width now, not at the width it had when filled;
            # measured once the view has taken the new width in (during the signal it still has the old one)
            table.horizontalHeader().sectionResized.connect(
                lambda *_section, t=table: QTimer.singleShot(0, t.resizeRowsToContents)
            )
        self.handed_in.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.handed_in, self.tr("Who handed in"))
        self.tabs.addTab(self.answers, self.tr("Answers side by side"))
        self.tabs.addTab(self.analysis, self.tr("The Secretariat's analysis"))
        column.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Save as PDF for the debriefing…"))
        self.pdf_button.setObjectName("classPdf")
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(close)
        column.addLayout(buttons)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("The folder of the trainees' packages"), folders.suggested()
        )
        if folder:
            self.read(Path(folder))

    def read(self, folder: Path) -> None:
        """Read the folder's packages off the GUI thread; `shown` fills the tabs when they are read."""
        from omnibus.secretariat.class_results import read_class

        self.folder_label.setText(str(folder))
        self.summary.setText(self.tr("Reading the packages…"))
        self.choose_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        lang = self.lang
        self.tasks.run(lambda _progress: read_class(folder, lang), self.shown, self._failed)

    def shown(self, results: ClassResults) -> None:
        from omnibus.secretariat.class_report import status_word, summary_text
        from omnibus.secretariat.class_results import SERIOUS, answer_text, class_words, problem_text, questions

        self.results = results
        self.choose_button.setEnabled(True)
        self.pdf_button.setEnabled(bool(results.handed_in))
        self.summary.setText(summary_text(results))
        words = class_words(self.lang)
        self.handed_in.setRowCount(len(results.handed_in))
        for row, h in enumerate(results.handed_in):
            problems = [problem_text(self._worded(p), h.questionnaire, self.lang) for p in h.problems]
            cells = (h.who, h.path.name, status_word(h.status, self.lang), "\n".join(problems) or words["none"])
            serious = any(p.kind in SERIOUS for p in h.problems)
            details = "\n".join(p.detail for p in h.problems if p.kind in ("unreadable", "refused"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if serious:
                    item.setForeground(SERIOUS_COLOUR)
                if col == 3 and details:
                    item.setToolTip(details)  # the core's words, for whoever helps
                self.handed_in.setItem(row, col, item)
        self.handed_in.resizeColumnsToContents()
        self.handed_in.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.handed_in.resizeRowsToContents()
        shown = questions(results)
        counted = results.counted
        self.answers.setRowCount(len(shown))
        self.answers.setColumnCount(len(counted) + 1)
        self.answers.setHorizontalHeaderLabels([words["question"], *(h.who for h in counted)])
        for row, (item_id, label) in enumerate(shown):
            self.answers.setItem(row, 0, QTableWidgetItem(label))
            for col, h in enumerate(counted, start=1):
                self.answers.setItem(row, col, QTableWidgetItem(answer_text(h, item_id, self.lang)))
        self.answers.setColumnWidth(0, 380)
        self.answers.resizeRowsToContents()
        self.analysis.setHtml(self._analysis_html(results))

    def _worded(self, problem: Problem) -> Problem:
        """A file that cannot be read or holds no known questionnaire: why, in the trainer's language (the reader's
        own reason is English, for the command line)."""
        if problem.kind == "unreadable":
            return replace(problem, detail=self.tr("it is not a complete response package, or it is damaged"))
        if problem.kind == "refused":
            return replace(
                problem, detail=self.tr("its questionnaire or answers are not those of a questionnaire omnibus knows")
            )
        return problem

    def _analysis_html(self, results: ClassResults) -> str:
        """The analysis's summary sentences and tables, as the Secretariat's report words them."""
        from html import escape

        from omnibus.secretariat.labels import column_heading, figure

        analysis = results.analysis
        if analysis is None:
            return "<p>" + escape(self.tr("No readable training package: nothing to analyse.")) + "</p>"
        parts = ["<ol>" + "".join(f"<li>{escape(s)}</li>" for s in analysis.headline) + "</ol>"]
        for table in analysis.tables:
            if not table.rows:
                continue
            head = "".join(f"<th>{escape(column_heading(c, results.lang))}</th>" for c in table.columns)
            body = "".join(
                "<tr>" + "".join(f"<td>{escape(figure(cell, results.lang))}</td>" for cell in row) + "</tr>"
                for row in table.rows
            )
            parts.append(
                f"<h3>{escape(table.title)}</h3><table border='1' cellpadding='3'><tr>{head}</tr>{body}</table>"
            )
        return "".join(parts)

    def save_pdf(self) -> None:
        from omnibus.secretariat.class_report import write_class_report

        results = self.results
        if results is None:
            return
        name = folders.suggested(self.tr("class-results") + ".pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the class's results"), name, self.tr("PDF (*.pdf)"))
        if not path:
            return
        folders.used(path)
        self.pdf_button.setEnabled(False)
        self.tasks.run(lambda _progress: write_class_report(results, Path(path)), self._saved, self._failed)

    def _saved(self, path: Any) -> None:
        self.pdf_button.setEnabled(True)
        saved = self.tr("Saved in %1").replace("%1", isolated(str(path)))
        self.summary.setText(f"{self.summary.text()}\n{saved}")

    def _failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.pdf_button.setEnabled(self.results is not None)
        self.summary.setText("")
        why = file_problem(error) if isinstance(error, OSError) else str(error)
        QMessageBox.warning(self, self.tr("The class's results could not be read"), why)
