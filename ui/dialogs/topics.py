"""The topic catalogue: add, rename and deactivate the conversation topics."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.engine import Database
from app.errors import MentorDeskError
from app.meetings import topics as catalogue
from app.meetings.topics import CatalogueTopic
from ui.models.rows import Column, RowTableModel
from ui.widgets.table import fit_columns, make_table, selected_rows
from ui.worker import show_failure


def topic_columns() -> list[Column[CatalogueTopic]]:
    """The catalogue's columns, named in the interface's language."""
    return [
        Column(
            QCoreApplication.translate("TopicsDialog", "Category"), lambda topic: topic.category
        ),
        Column(QCoreApplication.translate("TopicsDialog", "Topic"), lambda topic: topic.name),
        Column(
            QCoreApplication.translate("TopicsDialog", "In French"), lambda topic: topic.name_fr
        ),
        Column(
            QCoreApplication.translate("TopicsDialog", "Used"),
            lambda topic: QLocale().toString(topic.uses),
            sort_key=lambda topic: topic.uses,
            align_right=True,
            header_tip=QCoreApplication.translate(
                "TopicsDialog", "Contacts that mention this topic"
            ),
        ),
        Column(
            QCoreApplication.translate("TopicsDialog", "Shown"),
            lambda topic: (
                QCoreApplication.translate("TopicsDialog", "Yes")
                if topic.active
                else QCoreApplication.translate("TopicsDialog", "Hidden")
            ),
        ),
    ]


class TopicForm(QDialog):
    """Name, French name and category of one topic."""

    def __init__(
        self, title: str, topic: CatalogueTopic | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.name = QLineEdit(topic.name if topic else "")
        self.name_fr = QLineEdit(topic.name_fr if topic else "")
        self.category = QLineEdit(topic.category if topic else "")
        self.name.setPlaceholderText(self.tr("e.g. Wellness and burnout"))
        self.category.setPlaceholderText(self.tr("e.g. Training"))
        form = QFormLayout()
        form.addRow(self.tr("Topic:"), self.name)
        form.addRow(self.tr("In French:"), self.name_fr)
        form.addRow(self.tr("Category:"), self.category)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.name.text(), self.category.text(), self.name_fr.text()


class TopicsDialog(QDialog):
    """Changes are saved as they are made (each one its own transaction)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.changed = False
        self.form: TopicForm | None = None
        self.setWindowTitle(self.tr("Topic catalogue"))
        self.resize(960, 560)
        self.model: RowTableModel[CatalogueTopic] = RowTableModel(topic_columns(), self)
        self.model.muted = lambda t: not t.active
        self.table = make_table(self.model, multi_select=False)
        fit_columns(self.table, {0: 22, 1: 36, 2: 36, 3: 5})
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename)
        self.active_button = QPushButton(self.tr("Hide"))
        self.active_button.clicked.connect(self.toggle_active)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.rename())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.rename_button)
        bar.addWidget(self.active_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Topics appear in the contact dialogs, grouped by category. A hidden topic "
                    "stays on the contacts that mention it."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        with self.database.read() as session:
            self.model.set_rows(catalogue.catalogue(session))
        self._update_buttons()

    def selected(self) -> CatalogueTopic | None:
        rows = selected_rows(self.table)
        return rows[0] if rows else None

    def _update_buttons(self, *_: Any) -> None:
        topic = self.selected()
        self.rename_button.setEnabled(topic is not None)
        self.active_button.setEnabled(topic is not None)
        self.active_button.setText(
            self.tr("Show again") if topic and not topic.active else self.tr("Hide")
        )

    def _save(self, change: Any) -> bool:
        try:
            with self.database.write() as session:
                change(session)
        except MentorDeskError as exc:
            show_failure(self, exc)
            return False
        self.changed = True
        self.reload()
        return True

    def _open_form(self, title: str, topic: CatalogueTopic | None) -> None:
        form = TopicForm(title, topic, self)
        self.form = form

        def save() -> None:
            name, category, name_fr = form.values()
            if topic is None:
                self._save(lambda s: catalogue.add_topic(s, name, category, name_fr))
            else:
                self._save(lambda s: catalogue.rename_topic(s, topic.id, name, category, name_fr))

        form.accepted.connect(save)
        form.finished.connect(lambda _r: setattr(self, "form", None))
        form.open()

    def add(self) -> None:
        self._open_form(self.tr("Add a topic"), None)

    def rename(self) -> None:
        topic = self.selected()
        if topic is not None:
            self._open_form(self.tr("Rename a topic"), topic)

    def toggle_active(self) -> None:
        topic = self.selected()
        if topic is not None:
            self._save(lambda s: catalogue.set_topic_active(s, topic.id, not topic.active))
