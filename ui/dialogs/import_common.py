"""Pieces shared by the sign-up and contact imports: the rejected-rows table, the role
guess and the choice of a workbook's sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from app.roster.workbook import SheetInfo
from ui.core_text import problem_text
from ui.models.rows import Column
from ui.models.search import fold

REJECTED_COLUMNS: list[Column[Any]] = [
    Column(
        QT_TRANSLATE_NOOP("Column", "Row"),
        lambda r: str(r.row),
        sort_key=lambda r: r.row,
        align_right=True,
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Column"), lambda r: str(r.column or "")),
    Column(QT_TRANSLATE_NOOP("Column", "What to fix"), lambda r: problem_text(r.error)),
]


def sheet_label(sheet: SheetInfo) -> str:
    """``Mentors (41 rows)``, ``Old (1 row, hidden)``, in the window's language."""
    if sheet.hidden:
        text = QCoreApplication.translate(
            "SheetChoice", "{sheet} (%Ln row(s), hidden)", "", sheet.rows
        )
    else:
        text = QCoreApplication.translate("SheetChoice", "{sheet} (%Ln row(s))", "", sheet.rows)
    return text.format(sheet=sheet.name)


def guess_role(path: Path, ladder: tuple[str, ...]) -> str:
    """The rung the file name names (``mentors.csv``, ``residents.xlsx``), else "".

    A word counts only when it belongs to one rung ("resident", not the "mentor" of
    "Resident mentor" and "Student mentor"). A two-rung program's file that names neither
    rung is taken as its mentees' (the usual sign-up file); on a longer ladder nothing is
    guessed and the coordinator chooses.
    """
    name = fold(path.stem)
    named = [rung for rung in ladder if fold(rung) in name]
    if len(named) == 1:
        return named[0]
    words = {rung: {w for w in fold(rung).split() if len(w) > 3} for rung in ladder}
    distinct = {
        rung: {w for w in own if not any(w in words[o] for o in ladder if o != rung)}
        for rung, own in words.items()
    }
    hits = [rung for rung in ladder if any(w in name for w in distinct[rung])]
    if len(hits) == 1:
        return hits[0]
    if len(ladder) == 2:
        if "mentor" in name and "mentee" not in name:
            return ladder[0]
        return ladder[1]
    return ""


def rung_label(ladder: tuple[str, ...], index: int) -> str:
    """ "Student mentor (mentee of Resident mentor, mentor of Youth)": a rung and its relations."""
    rung = ladder[index]
    above = ladder[index - 1] if index > 0 else ""
    below = ladder[index + 1] if index + 1 < len(ladder) else ""
    if above and below:
        text = QCoreApplication.translate(
            "RoleChoice", "{role} (mentee of {above}, mentor of {below})"
        )
    elif below:
        text = QCoreApplication.translate("RoleChoice", "{role} (mentor of {below})")
    else:
        text = QCoreApplication.translate("RoleChoice", "{role} (mentee of {above})")
    return text.format(role=rung, above=above, below=below)


class SheetChoice(QObject):
    """A combo box of a workbook's sheets that hold data, hidden until there are several.

    It starts on a prompt, not on a sheet: the coordinator chooses, nothing is guessed.
    ``changed`` fires when the choice changes; ``sheet`` is None until a sheet is chosen.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Sheet:"))
        self.box = QComboBox()
        self.box.setMinimumContentsLength(24)
        self.box.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.clear()

    @property
    def sheet(self) -> str | None:
        data = self.box.currentData()
        return str(data) if data is not None else None

    def is_complete(self) -> bool:
        return self.box.isHidden() or self.sheet is not None

    def show_sheets(self, sheets: list[SheetInfo]) -> None:
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(self.tr("Choose a sheet…"), None)
        for sheet in sheets:
            self.box.addItem(sheet_label(sheet), sheet.name)
        self.box.setCurrentIndex(0)
        self.box.blockSignals(False)
        self.prompt.setText(
            self.tr(
                "This workbook holds data on %Ln sheet(s). Choose the one to import; the others "
                "are left out.",
                "",
                len(sheets),
            )
        )
        for widget in (self.label, self.box, self.prompt):
            widget.setVisible(True)
        self.changed.emit()

    def clear(self) -> None:
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        for widget in (self.label, self.box, self.prompt):
            widget.setVisible(False)
