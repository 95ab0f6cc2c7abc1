"""The year in steps: a short tour shown on the first run and from Help → The year in steps…

Each step says what the coordinator does at that moment of the year and where in the window;
"Read more" opens that page's guide in the help window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SAMPLE_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "sample"


class TourDialog(QDialog):
    """Seven steps with Back / Next; ``helpRequested`` carries a help topic."""

    helpRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The year in steps"))
        self.steps = self._steps()
        self.position = 0
        self.counter = QLabel()
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.setMinimumHeight(150)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.samples_button = QPushButton(self.tr("Open the sample files folder"))
        self.samples_button.setToolTip(str(SAMPLE_DIR))
        self.samples_button.clicked.connect(self.open_samples)
        self.more_button = QPushButton(self.tr("Read more"))
        self.more_button.setToolTip(self.tr("Open this step's guide in the help window"))
        self.more_button.clicked.connect(lambda: self.helpRequested.emit(self.current_topic()))
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.back_button.clicked.connect(lambda: self.go(self.position - 1))
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.samples_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.setMaximumWidth(760)
        self.go(0)

    def _steps(self) -> list[tuple[str, str, str]]:
        """(topic, title, text) of each step, in the order of a program year."""
        samples = str(SAMPLE_DIR)
        return [
            (
                "program",
                self.tr("1. Set up the program"),
                self.tr(
                    "File → New program… names your program, its model and its first cycle "
                    "(a cycle is one program year). The Program page then sets, for each "
                    "relation, pairs or groups, how often they should meet and the criteria "
                    "that count. Program → Eligibility rules… says who may be matched. To "
                    "look around first, File → Open the demo… adds a fictional program."
                ),
            ),
            (
                "roster",
                self.tr("2. Import the sign-ups"),
                self.tr(
                    "File → Import sign-ups… reads the spreadsheet of your sign-up form "
                    "(CSV, Excel or OpenDocument), one file per role; you can also drop the "
                    "file on the window. Every row is checked before anything is saved. "
                    "Sample sign-up files to try are in this folder: {folder}"
                ).format(folder=samples),
            ),
            (
                "matching",
                self.tr("3. Match"),
                self.tr(
                    "On the Matching page, Propose finds the best overall set of matches "
                    "with a score and its reasons. Accept or reject each proposal, or pair "
                    "people by hand by dragging a mentor onto a mentee."
                ),
            ),
            (
                "letters",
                self.tr("4. Send the match letters"),
                self.tr(
                    "The Letters page writes each person's match letter in their own "
                    "language: preview it, save the PDFs and print them, or export e-mail "
                    "drafts. Edit the templates and the letterhead from the same page."
                ),
            ),
            (
                "meetings",
                self.tr("5. Follow the contacts"),
                self.tr(
                    "Through the year, log each meeting, call or message (Ctrl+L). The "
                    "Engagement page shows which pairs are on track, due soon, overdue or "
                    "have never met, and who to nudge. The Agreements page keeps each "
                    "pair's goals and their reviews."
                ),
            ),
            (
                "surveys",
                self.tr("6. Surveys and the year's report"),
                self.tr(
                    "The Surveys page makes a survey from a template, prints it or copies "
                    "its questions into an online form, then imports the answers and shows "
                    "the results. Back up often: the Backups page keeps verified copies."
                ),
            ),
            (
                START_NEXT,
                self.tr("7. Start the next cycle"),
                self.tr(
                    "At the end of the year, File → Start next cycle… decides in one screen "
                    "which pairs continue, are re-matched or close, and who returns. The "
                    "old cycle is then closed and kept as history. Press F1 on any page "
                    "for its guide."
                ),
            ),
        ]

    def current_topic(self) -> str:
        return self.steps[self.position][0]

    def go(self, position: int) -> None:
        self.position = max(0, min(position, len(self.steps) - 1))
        _topic, title, text = self.steps[self.position]
        self.counter.setText(
            self.tr("Step {number} of {total}").format(
                number=self.position + 1, total=len(self.steps)
            )
        )
        self.heading.setText(title)
        self.body.setText(text)
        self.back_button.setEnabled(self.position > 0)
        last = self.position == len(self.steps) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.samples_button.setVisible(self.current_topic() == "roster")

    def _next(self) -> None:
        if self.position == len(self.steps) - 1:
            self.accept()
        else:
            self.go(self.position + 1)

    def open_samples(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(SAMPLE_DIR)))


START_NEXT = "start"
