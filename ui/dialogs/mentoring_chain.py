"""The mentoring chain of one person: who mentors them, up the ladder, and whom they
mentor, down it, as an indented tree."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.engine import Database
from app.errors import MentorDeskError
from app.grouping.chain import GROUP, Chain, ChainNode, mentoring_chain
from ui.worker import show_failure


def _status(status: str) -> str:
    texts = {
        "proposed": QCoreApplication.translate("MentoringChain", "proposed"),
        "confirmed": QCoreApplication.translate("MentoringChain", "confirmed"),
        "notified": QCoreApplication.translate("MentoringChain", "notified"),
        "active": QCoreApplication.translate("MentoringChain", "active"),
    }
    return texts.get(status, status)


class MentoringChainDialog(QDialog):
    def __init__(self, chain: Chain, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chain = chain
        self.setWindowTitle(self.tr("Mentoring chain of {name}").format(name=chain.person.name))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Person or group"), self.tr("Role"), self.tr("Status")])
        layout.addWidget(self.tree)
        above = QTreeWidgetItem([self.tr("Mentored by")])
        self._bold(above)
        self.tree.addTopLevelItem(above)
        for node in chain.mentors:
            above.addChild(self._item(node))
        if not chain.mentors:
            above.addChild(QTreeWidgetItem([self.tr("Nobody (top of the ladder, or not yet)")]))
        focus = self._item(chain.person)
        self._bold(focus)
        self.tree.addTopLevelItem(focus)
        if not chain.person.children:
            focus.addChild(QTreeWidgetItem([self.tr("Mentors nobody yet")]))
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 280)
        for column in (1, 2):
            self.tree.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _item(self, node: ChainNode) -> QTreeWidgetItem:
        if node.kind == GROUP:
            name = self.tr("Group “{name}”").format(name=node.name)
            role = self.tr("group of {role}").format(role=node.role)
        else:
            name, role = node.name, node.role
        item = QTreeWidgetItem([name, role, _status(node.status)])
        for child in node.children:
            item.addChild(self._item(child))
        return item

    def _bold(self, item: QTreeWidgetItem) -> None:
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)


def show_mentoring_chain(
    parent: QWidget, database: Database, participant_id: int
) -> MentoringChainDialog | None:
    """Open the chain of ``participant_id`` (modeless; the dialog is returned for tests)."""
    try:
        with database.read() as session:
            chain = mentoring_chain(session, participant_id)
    except MentorDeskError as exc:
        show_failure(parent, exc)
        return None
    dialog = MentoringChainDialog(chain, parent)
    dialog.show()
    return dialog
