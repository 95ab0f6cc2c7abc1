"""The board's widgets: a list of people one can drag from and drop on, and a group card."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.grouping.board import BoardGroup, BoardPerson
from ui.core_text import problem_text
from ui.pages.groups.criterion_names import label_name
from ui.widgets.flow_layout import FlowLayout

PID = Qt.ItemDataRole.UserRole
CARD_WIDTH = 320
CHIP_STYLE = (
    "QLabel {{ background: {color}; border-radius: 8px; padding: 1px 7px; color: #1d1d1d; }}"
)


class PeopleList(QListWidget):
    """People of one group (``group_id``) or the ungrouped (``None``); a drop asks the page
    to move the dragged person here (the page reloads the board afterwards)."""

    dropped = Signal(int, object, object)  # participant id, from group, to group
    ruleRequested = Signal(int, str)  # participant id, "together" or "apart"

    def __init__(self, group_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group_id = group_id
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def add_person(self, person: BoardPerson, text: str, tip: str = "") -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(PID, person.participant_id)
        item.setToolTip(tip or text)
        if person.is_mentor:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.addItem(item)
        return item

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        item = self.currentItem() if keyboard else self.itemAt(event.pos())
        if item is None:
            return
        pid = int(item.data(PID))
        menu = QMenu(self)
        together = menu.addAction(self.tr("Keep together with…"))
        apart = menu.addAction(self.tr("Keep apart from…"))
        together.triggered.connect(lambda: self.ruleRequested.emit(pid, "together"))
        apart.triggered.connect(lambda: self.ruleRequested.emit(pid, "apart"))
        menu.exec(event.globalPos())

    def fit_rows(self) -> None:
        """As tall as its rows (the card scrolls with the board, not inside itself)."""
        row = self.fontMetrics().lineSpacing() + 6
        self.setFixedHeight(max(1, self.count()) * row + 2 * self.frameWidth() + 4)

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if not isinstance(source, PeopleList) or source is self:
            return
        item = source.currentItem()
        if item is not None:
            self.dropped.emit(int(item.data(PID)), source.group_id, self.group_id)


def _hint(person: BoardPerson) -> str:
    from ui.language import current_language

    return person.hint(current_language())


def person_line(person: BoardPerson) -> str:
    hint = _hint(person)
    return f"{person.name} — {person.role}" + (f" · {hint}" if hint else "")


def short_line(person: BoardPerson) -> str:
    """A card's line: the name and the language/discipline hint (the role is in the tip)."""
    hint = _hint(person)
    return person.name + (f" · {hint}" if hint else "")


class GroupCard(QFrame):
    """One group: name and status, its buttons, its people, fit chips and warnings."""

    renameRequested = Signal(int)
    lockToggled = Signal(int, bool)
    confirmRequested = Signal(int)

    def __init__(self, group: BoardGroup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setObjectName(f"group-card-{group.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(self._header())
        layout.addLayout(self._buttons())
        self.people = PeopleList(group.id)
        for person in (*group.mentors, *group.members):
            self.people.add_person(person, short_line(person), person_line(person))
        self.people.fit_rows()
        layout.addWidget(self.people)
        layout.addWidget(self._chips())
        for note in group.notes:
            warning = QLabel("⚠ " + problem_text(note))
            warning.setWordWrap(True)
            warning.setStyleSheet("color: #a4262c;")
            layout.addWidget(warning)
        layout.addStretch(1)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        name = QLabel(self.group.name)
        font = name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        name.setFont(font)
        name.setWordWrap(True)
        row.addWidget(name, 1)
        status = {
            "proposed": self.tr("Proposed"),
            "confirmed": self.tr("Confirmed"),
            "active": self.tr("Active"),
        }.get(self.group.status, self.group.status)
        if self.group.locked:
            status = self.tr("{status}, locked").format(status=status)
        self.status = QLabel(status)
        row.addWidget(self.status)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(lambda: self.renameRequested.emit(self.group.id))
        self.lock_button = QPushButton(self.tr("Unlock") if self.group.locked else self.tr("Lock"))
        self.lock_button.setToolTip(
            self.tr("A locked group keeps its people when groups are proposed again")
        )
        self.lock_button.clicked.connect(
            lambda: self.lockToggled.emit(self.group.id, not self.group.locked)
        )
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setEnabled(self.group.status == "proposed")
        self.confirm_button.clicked.connect(lambda: self.confirmRequested.emit(self.group.id))
        for button in (self.rename_button, self.lock_button, self.confirm_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _chips(self) -> QWidget:
        """The overall fit, then one chip per criterion by its name in the window's language;
        the chips wrap onto as many lines as the card's width needs."""
        box = QWidget()
        flow = FlowLayout(box, spacing=4)
        flow.setContentsMargins(0, 0, 0, 0)
        locale = QLocale()
        overall = self.tr("Fit {fit} %").format(fit=locale.toString(round(self.group.fit * 100)))
        flow.addWidget(_chip(overall, self.group.fit))
        for label, kind, fit in self.group.per_criterion:
            name = label_name(label)
            kind_text = self.tr("similar") if kind == "similar" else self.tr("diverse")
            text = self.tr("{criterion} {fit} %").format(
                criterion=name, fit=locale.toString(round(fit * 100))
            )
            chip = _chip(text, fit)
            chip.setToolTip(
                self.tr("Groups should be {kind} in {criterion}").format(
                    kind=kind_text, criterion=name
                )
            )
            flow.addWidget(chip)
        return box


def _chip(text: str, fit: float) -> QLabel:
    color = "#cfe8cf" if fit >= 0.75 else "#f6e7b4" if fit >= 0.4 else "#f4c7c3"
    chip = QLabel(text)
    chip.setStyleSheet(CHIP_STYLE.format(color=color))
    return chip
