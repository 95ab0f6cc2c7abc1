"""Edit the letters' wording per language, with a live preview, versions and the letterhead.

Each sentence of the template is a field with named placeholders (``{name}``...); the
placeholders a field can fill are one click away, and any it cannot fill are flagged
before saving. The preview re-renders a real letter of the cycle (or a sample) 400 ms
after the last keystroke, in the background, and shows its pages as images.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.db.engine import Database
from app.errors import MentorDeskError
from app.letters import placeholders as ph
from app.letters import versions
from app.letters.content import Letterhead
from app.letters.letterhead import load_letterhead, save_letterhead
from app.letters.templates import LetterTemplate, load_template
from app.programs.service import CycleInfo
from ui.dialogs.letterhead_form import LetterheadForm
from ui.dialogs.template_labels import (
    field_label,
    placeholder_text,
    section_title,
    template_problems,
)
from ui.dialogs.template_preview import LivePreview
from ui.pages.letters.tables import when
from ui.worker import show_failure

Editor = QLineEdit | QPlainTextEdit
PROBLEM_STYLE = "border: 1px solid #c62828; border-radius: 2px;"


def _fit_screen(dialog: QDialog, width: int, height: int) -> None:
    """Open at ``width`` × ``height``, or smaller on a small screen (1366 × 768 laptops)."""
    from ui.screen_fit import fit_to_screen

    fit_to_screen(dialog, width, height)


def _text(editor: Editor) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


class TemplateEditorDialog(QDialog):
    versionSaved = Signal(str)

    def __init__(self, database: Database, cycle: CycleInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter templates and letterhead"))
        _fit_screen(self, 1240, 860)
        self.database, self.cycle = database, cycle
        self.language = "en"
        self.editors: dict[str, Editor] = {}
        self.dirty = False
        self._loading = False
        self._current_field = "greeting"
        self.live = LivePreview(database, cycle.id, self._preview_source)
        with database.read() as session:
            head = load_letterhead(session, cycle.program_id)
        self.letterhead = LetterheadForm(head)
        self.letterhead.changed.connect(self.schedule_preview)
        self._build()
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self.load_language("en")

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.language_box = QComboBox()
        for label, code in ((self.tr("English"), "en"), (self.tr("French"), "fr")):
            self.language_box.addItem(label, code)
        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.insert_label = QLabel()
        self.insert_grid = QGridLayout()
        self.insert_grid.setSpacing(4)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        tabs = QTabWidget()
        tabs.addTab(self._wording_tab(), self.tr("Wording"))
        tabs.addTab(self._letterhead_tab(), self.tr("Letterhead"))
        self.french_note = QLabel()
        self.french_note.setWordWrap(True)
        self.french_note.setStyleSheet("color: #8a5a00;")
        self.french_note.hide()
        self.letterhead.changed.connect(self._show_french_note)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.french_note)
        preview_layout.addWidget(self.live, 1)
        splitter = QSplitter()
        splitter.addWidget(tabs)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def _wording_tab(self) -> QWidget:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language:")))
        top.addWidget(self.language_box)
        top.addStretch(1)
        insert = QVBoxLayout()
        insert.addWidget(self.insert_label)
        buttons = QHBoxLayout()
        buttons.addLayout(self.insert_grid)
        buttons.addStretch(1)
        insert.addLayout(buttons)
        fields = QWidget()
        column = QVBoxLayout(fields)
        for section in ph.SECTIONS:
            title = QLabel(section_title(section.title))
            font = title.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            title.setFont(font)
            column.addWidget(title)
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for field in section.fields:
                label = self.tr("{label}:").format(label=field_label(field.key))
                form.addRow(label, self._editor(field))
            column.addLayout(form)
            column.addSpacing(8)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addLayout(insert)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self._versions_box())
        return tab

    def _editor(self, field: ph.Field) -> Editor:
        editor: Editor
        if field.multiline:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            lines = 5 if field.key in (ph.PRIMER, "email_body") else 3
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 14)
        else:
            editor = QLineEdit()
        editor.setObjectName(field.key)
        editor.textChanged.connect(self._edited)
        self.editors[field.key] = editor
        return editor

    def _versions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Versions"))
        self.versions = QListWidget()
        self.versions.setFixedHeight(76)
        self.versions.itemSelectionChanged.connect(self._update_buttons)
        self.restore_button = QPushButton(self.tr("Restore this version"))
        self.restore_button.setToolTip(
            self.tr("Use the chosen version's words again (saved as a new version)")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.reset_button = QPushButton(self.tr("Reset to standard wording"))
        self.reset_button.setToolTip(self.tr("Go back to the wording MentorDesk ships with"))
        self.reset_button.clicked.connect(self.reset_to_default)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("What changed (optional), e.g. “New coordinator's wording”")
        )
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_version)
        history = QHBoxLayout()
        history.addWidget(self.restore_button)
        history.addWidget(self.reset_button)
        history.addStretch(1)
        save = QHBoxLayout()
        save.addWidget(self.note, 1)
        save.addWidget(self.save_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.versions)
        layout.addLayout(history)
        layout.addLayout(save)
        return box

    def _letterhead_tab(self) -> QWidget:
        self.save_letterhead_button = QPushButton(self.tr("Save letterhead"))
        self.save_letterhead_button.clicked.connect(self.save_letterhead)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        # Two columns of fields (English, French): they scroll rather than widen the
        # dialog past a small screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.letterhead)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.save_letterhead_button, 0, Qt.AlignmentFlag.AlignRight)
        return tab

    # -- loading ------------------------------------------------------------------------
    def load_language(self, language: str) -> None:
        self.language = language
        with self.database.read() as session:
            template = versions.template_version(session, self.cycle.program_id, language)
            history = versions.list_template_versions(session, self.cycle.program_id, language)
        self._loading = True
        for key, value in versions.field_values(template).items():
            editor = self.editors[key]
            editor.setPlainText(value) if isinstance(editor, QPlainTextEdit) else editor.setText(
                value
            )
        self._loading = False
        self.dirty = False
        self._fill_versions(history)
        self._check()
        self._show_placeholders()
        self._show_french_note()
        self.render_preview()

    def _fill_versions(self, history: list[versions.TemplateVersionInfo]) -> None:
        self.versions.clear()
        if not history:
            item = QListWidgetItem(self.tr("Standard wording, as shipped (no saved version yet)"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.versions.addItem(item)
        for index, info in enumerate(history):
            note = info.note or self.tr("no note")
            line = self.tr("v{version}  ·  {when}  ·  {note}").format(
                version=info.version, when=when(info.created_at), note=note
            )
            item = QListWidgetItem(
                self.tr("{version}   (in use)").format(version=line) if index == 0 else line
            )
            item.setData(Qt.ItemDataRole.UserRole, info.version)
            self.versions.addItem(item)
        self._update_buttons()

    def values(self) -> dict[str, str]:
        return {key: _text(editor) for key, editor in self.editors.items()}

    # -- editing ------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._check()
        self.schedule_preview()

    def _check(self) -> list[str]:
        values = self.values()
        for key, editor in self.editors.items():
            bad = bool(ph.unknown_placeholders(key, values[key]))
            editor.setStyleSheet(PROBLEM_STYLE if bad else "")
        problems = template_problems(values)
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self._update_buttons()
        return problems

    def _update_buttons(self) -> None:
        chosen = self.versions.selectedItems()
        self.restore_button.setEnabled(
            bool(chosen) and chosen[0].data(Qt.ItemDataRole.UserRole) is not None
        )
        self.save_button.setEnabled(self.dirty and not self.problems.text())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        key = new.objectName() if new is not None else ""
        if key in self.editors and self.editors[key] is new and key != self._current_field:
            self._current_field = key
            self._show_placeholders()

    def _show_placeholders(self) -> None:
        while self.insert_grid.count():
            item = self.insert_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        key = self._current_field
        label = field_label(key)
        names = ph.allowed_placeholders(key)
        self.insert_label.setText(
            (
                self.tr("Click to insert into “{field}”:")
                if names
                else self.tr("“{field}” takes no placeholders.")
            ).format(field=label)
        )
        for index, name in enumerate(names):
            button = QToolButton()
            button.setText(f"{{{name}}}")
            button.setToolTip(placeholder_text(name))
            button.clicked.connect(lambda _checked=False, n=name: self.insert_placeholder(n))
            # Five a row: seven made the dialog wider than a laptop at 125 %.
            self.insert_grid.addWidget(button, index // 5, index % 5)

    def insert_placeholder(self, name: str) -> None:
        editor = self.editors[self._current_field]
        editor.insertPlainText(f"{{{name}}}") if isinstance(
            editor, QPlainTextEdit
        ) else editor.insert(f"{{{name}}}")
        editor.setFocus()

    def _language_chosen(self) -> None:
        code = self.language_box.currentData()
        if code == self.language:
            return
        if self.dirty and not self._discard_ok():
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(self.language_box.findData(self.language))
            self.language_box.blockSignals(False)
            return
        self.load_language(code)

    def _discard_ok(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved wording"),
            self.tr("The wording has changes that are not saved as a version. Discard them?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- preview ------------------------------------------------------------------------
    def _show_french_note(self) -> None:
        """Say once, over the French preview, which letterhead words print in English."""
        missing = self.letterhead.settings().letterhead().french_missing()
        if self.language != "fr" or not missing:
            self.french_note.hide()
            return
        names = {
            "program": self.tr("program name"),
            "organisation": self.tr("organisation"),
            "contact_title": self.tr("coordinator's title"),
        }
        self.french_note.setText(
            self.tr(
                "The French letterhead is not filled in ({fields}): this letter prints it in "
                "English. Fill in the French column on the Letterhead tab."
            ).format(fields=", ".join(names[name] for name in missing if name in names))
        )
        self.french_note.show()

    def schedule_preview(self) -> None:
        self.live.schedule()

    def render_preview(self) -> None:
        self.live.refresh()

    def _preview_source(self) -> tuple[LetterTemplate, Letterhead]:
        content = versions.content_from_fields(self.language, self.values())
        template = load_template(self.language, content, version="preview")
        return template, self.letterhead.settings().letterhead()

    # -- saving -------------------------------------------------------------------------
    def _act(self, action: Any) -> Any:
        try:
            with self.database.write() as session:
                return action(session)
        except MentorDeskError as exc:
            show_failure(self, exc)
            return None

    def save_version(self) -> bool:
        if self._check():
            return False
        values, note = self.values(), self.note.text()
        info = self._act(
            lambda s: versions.save_template_version(
                s, self.cycle.program_id, self.language, values, note
            )
        )
        if info is None:
            return False
        self.note.clear()
        self.load_language(self.language)
        self.versionSaved.emit(info.label)
        return True

    def restore_selected(self) -> None:
        chosen = self.versions.selectedItems()
        version = chosen[0].data(Qt.ItemDataRole.UserRole) if chosen else None
        if version is None:
            return
        if self.dirty and not self._discard_ok():
            return
        pid, lang = self.cycle.program_id, self.language
        if self._act(lambda s: versions.restore_template_version(s, pid, lang, version)):
            self.load_language(lang)

    def reset_to_default(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset the wording"),
            self.tr(
                "Go back to the standard wording for this language? Your versions stay in the "
                "history and can be restored."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        pid, lang = self.cycle.program_id, self.language
        if self._act(lambda s: versions.reset_template(s, pid, lang)):
            self.load_language(lang)

    def save_letterhead(self) -> None:
        settings, logo = self.letterhead.settings(), self.letterhead.logo_change
        pid = self.cycle.program_id

        def save(session: Any) -> bool:
            save_letterhead(session, pid, settings, logo)
            return True

        if self._act(save):
            self.letterhead.saved()
            self.live.forget_letters()  # planned letters carry the letterhead they were made with

    # -- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        if self.dirty and not self._discard_ok():
            return
        super().reject()

    def done(self, result: int) -> None:
        self.live.stop()
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.disconnect(self._focus_changed)  # type: ignore[attr-defined]
        super().done(result)
