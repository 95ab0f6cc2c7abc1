"""Step 2: what the file looks like, and which field each column goes to."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.roster.columns import CUSTOM, FIELDS, IGNORE, MULTI_FIELDS
from app.roster.importer import ImportPreview
from app.roster.presets import Preset
from ui.dialogs.import_wizard.models import PreviewModel

ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("MappingPage", "UTF-8 with BOM"),
    "cp1252": "Windows-1252",
    "utf-16": QT_TRANSLATE_NOOP("MappingPage", "UTF-16 (Excel Unicode text)"),
}
DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("MappingPage", "comma-separated"),
    ";": QT_TRANSLATE_NOOP("MappingPage", "semicolon-separated"),
    "\t": QT_TRANSLATE_NOOP("MappingPage", "tab-separated"),
}
FORMATS = {
    "csv": "CSV",
    "xlsx": QT_TRANSLATE_NOOP("MappingPage", "Excel workbook"),
    "xls": QT_TRANSLATE_NOOP("MappingPage", "Excel 97 workbook"),
    "ods": "OpenDocument",
}
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("MappingPage", "First name"),
    "last_name": QT_TRANSLATE_NOOP("MappingPage", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("MappingPage", "Full name (split into first and last)"),
    "preferred_name": QT_TRANSLATE_NOOP("MappingPage", "Preferred name"),
    "pronouns": QT_TRANSLATE_NOOP("MappingPage", "Pronouns"),
    "email": QT_TRANSLATE_NOOP("MappingPage", "Email"),
    "phone": QT_TRANSLATE_NOOP("MappingPage", "Phone"),
    "share_phone": QT_TRANSLATE_NOOP("MappingPage", "May share phone (yes/no)"),
    "institution": QT_TRANSLATE_NOOP("MappingPage", "School / residency program"),
    "stage": QT_TRANSLATE_NOOP("MappingPage", "Year of study / PGY"),
    "city": QT_TRANSLATE_NOOP("MappingPage", "City"),
    "province": QT_TRANSLATE_NOOP("MappingPage", "Province"),
    "languages": QT_TRANSLATE_NOOP("MappingPage", "Languages spoken"),
    "preferred_language": QT_TRANSLATE_NOOP("MappingPage", "Preferred language (English/French)"),
    "interests": QT_TRANSLATE_NOOP("MappingPage", "Areas of interest"),
    "location_preference": QT_TRANSLATE_NOOP("MappingPage", "Local or anywhere"),
    "mentoring_style": QT_TRANSLATE_NOOP("MappingPage", "Mentoring style (hands-on/laid-back)"),
    "gender_preference": QT_TRANSLATE_NOOP("MappingPage", "Gender preference for the match"),
    "gender": QT_TRANSLATE_NOOP("MappingPage", "Own gender"),
    "background": QT_TRANSLATE_NOOP("MappingPage", "Cultural background (sensitive)"),
    "background_wish": QT_TRANSLATE_NOOP(
        "MappingPage", "Mentor of a similar background wished (yes/no)"
    ),
    "capacity": QT_TRANSLATE_NOOP("MappingPage", "Capacity (mentees a mentor can take)"),
    "preferred_mentors": QT_TRANSLATE_NOOP("MappingPage", "Preferred mentors (names or emails)"),
    "requires_french": QT_TRANSLATE_NOOP("MappingPage", "Mentor must speak French (yes/no)"),
    "requires_english": QT_TRANSLATE_NOOP("MappingPage", "Mentor must speak English (yes/no)"),
    "requires_local": QT_TRANSLATE_NOOP("MappingPage", "Mentor must be local (yes/no)"),
    "timestamp": QT_TRANSLATE_NOOP("MappingPage", "Timestamp (kept as a custom field)"),
    "notes": QT_TRANSLATE_NOOP("MappingPage", "Notes"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MappingPage", text)


def field_label(field: str) -> str:
    """The field's name in the window's language (the core's English name for a new one)."""
    source = FIELD_LABELS.get(field)
    return _tr(source) if source else FIELDS.get(field, field)


def describe_file(preview: ImportPreview) -> str:
    """ "CSV · Windows-1252 · semicolon-separated · header on row 3 · 124 rows"."""
    fmt = FORMATS.get(preview.format)
    parts = [_tr(fmt) if fmt else preview.format.upper()]
    if preview.sheet:
        parts.append(
            QCoreApplication.translate("MappingPage", "sheet “{sheet}”").format(
                sheet=html.escape(preview.sheet)
            )
        )
    if preview.encoding:
        encoding = ENCODINGS.get(preview.encoding)
        parts.append(_tr(encoding) if encoding else preview.encoding)
    if preview.delimiter:
        delimiter = DELIMITERS.get(preview.delimiter)
        parts.append(
            _tr(delimiter)
            if delimiter
            else QCoreApplication.translate("MappingPage", "{delimiter}-separated").format(
                delimiter=repr(preview.delimiter)
            )
        )
    parts.append(
        QCoreApplication.translate("MappingPage", "header on row {row}").format(
            row=QLocale().toString(preview.header_row)
        )
    )
    parts.append(
        QCoreApplication.translate("MappingPage", "%Ln row(s) of data", "", preview.total_rows)
    )
    return " · ".join(parts)


def initial_targets(preview: ImportPreview) -> dict[str, str]:
    """Header → target for every column, as the automatic mapping (or a preset) chose."""
    unmapped = set(preview.unmapped_columns)
    return {h: preview.mapping.get(h, CUSTOM if h in unmapped else IGNORE) for h in preview.headers}


def mapping_problems(targets: dict[str, str]) -> list[str]:
    """What would make the import refuse this mapping, in the coordinator's words."""
    problems = []
    by_field: dict[str, list[str]] = {}
    for header, target in targets.items():
        by_field.setdefault(target, []).append(header)
    for field, headers in by_field.items():
        if field in FIELDS and field not in MULTI_FIELDS and len(headers) > 1:
            quoted = [
                QCoreApplication.translate("MappingPage", "“{header}”").format(header=h)
                for h in headers
            ]
            names = QCoreApplication.translate("MappingPage", "{first} and {second}").format(
                first=", ".join(quoted[:-1]), second=quoted[-1]
            )
            problems.append(
                QCoreApplication.translate(
                    "MappingPage", "{columns} both go to {field}: choose one of them."
                ).format(columns=names, field=field_label(field))
            )
    if "email" not in by_field:
        problems.append(
            QCoreApplication.translate(
                "MappingPage", "No column goes to Email: choose the column with email addresses."
            )
        )
    if not by_field.keys() & {"first_name", "full_name"}:
        problems.append(
            QCoreApplication.translate("MappingPage", "No column goes to First name or Full name.")
        )
    return problems


class MappingPage(QWidget):
    @property
    def title(self) -> str:
        return self.tr("Check the columns")

    changed = Signal()
    presetChosen = Signal(str)
    saveRequested = Signal()
    deleteRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.targets: dict[str, str] = {}
        self.combos: list[QComboBox] = []
        self.file_info = QLabel()
        self.file_info.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020; font-weight: bold;")
        self.kept = QLabel()
        self.kept.setWordWrap(True)
        self.preset_box = QComboBox()
        self.preset_box.setMinimumContentsLength(24)
        self.preset_box.activated.connect(self._on_preset)
        self.save_button = QPushButton(self.tr("Save mapping as…"))
        self.save_button.setToolTip(self.tr("Keep this mapping to reuse with next year's form"))
        self.save_button.clicked.connect(self.saveRequested)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen saved mapping"))
        self.delete_button.clicked.connect(
            lambda: self.deleteRequested.emit(self.preset_box.currentText())
        )
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._layout()

    def _layout(self) -> None:
        presets = QHBoxLayout()
        presets.addWidget(QLabel(self.tr("Column mapping:")))
        presets.addWidget(self.preset_box, 1)
        presets.addWidget(self.save_button)
        presets.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_info)
        layout.addWidget(self.warnings)
        layout.addLayout(presets)
        tip = QLabel(
            self.tr(
                "Each column’s field is under its header (“Maps to”). Columns that match no "
                "field are kept as custom fields on each person, never dropped."
            )
        )
        tip.setWordWrap(True)
        tip.setStyleSheet("color: palette(mid);")
        layout.addWidget(tip)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.kept)
        layout.addWidget(self.problems)

    # -- content ----------------------------------------------------------------------
    def show_preview(self, preview: ImportPreview, presets: list[Preset], chosen: str) -> None:
        self.preview = preview
        self.file_info.setText(f"<b>{html.escape(preview.file)}</b> — {describe_file(preview)}")
        self.warnings.setText("\n".join(preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        self.set_presets(presets, chosen)
        self.model.set_preview(preview.headers, preview.rows, preview.row_numbers)
        self._build_combos()
        self.set_targets(initial_targets(preview))

    def set_presets(self, presets: list[Preset], chosen: str) -> None:
        self.preset_box.clear()
        self.preset_box.addItem(self.tr("Automatic (from the column headers)"))
        self.preset_box.addItems([p.name for p in presets])
        index = self.preset_box.findText(chosen) if chosen else 0
        self.preset_box.setCurrentIndex(max(index, 0))
        self.delete_button.setEnabled(self.preset_box.currentIndex() > 0)

    @property
    def preset_name(self) -> str:
        return self.preset_box.currentText() if self.preset_box.currentIndex() > 0 else ""

    def _build_combos(self) -> None:
        self.combos = []
        char = self.table.fontMetrics().averageCharWidth()
        for column, header in enumerate(self.model_headers()):
            combo = QComboBox()
            combo.addItem(self.tr("Keep as custom field"), CUSTOM)
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            combo.addItem(self.tr("Ignore this column"), IGNORE)
            combo.setToolTip(self.tr("Where the column “{header}” goes").format(header=header))
            # Narrow columns: the open list shows the long labels in full.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self._on_combo(h, c))
            self.table.setIndexWidget(self.model.index(0, column), combo)
            self.combos.append(combo)
            width = max(len(header) * char + 30, 170)
            self.table.setColumnWidth(column, min(width, 280))
        self.table.setRowHeight(0, self.combos[0].sizeHint().height() + 6 if self.combos else 24)

    def model_headers(self) -> list[str]:
        return list(self.preview.headers) if self.preview else []

    def set_targets(self, targets: dict[str, str]) -> None:
        self.targets = dict(targets)
        for column, (header, combo) in enumerate(
            zip(self.model_headers(), self.combos, strict=True)
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(self.targets.get(header, CUSTOM)), 0))
            combo.blockSignals(False)
            # Wide enough for the chosen field in full ("Timestamp (kept as a custom field)").
            needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 44
            if self.table.columnWidth(column) < needed:
                self.table.setColumnWidth(column, min(needed, 340))
        self._refresh()

    def _on_combo(self, header: str, combo: QComboBox) -> None:
        self.targets[header] = str(combo.currentData())
        self._refresh()

    def _on_preset(self, index: int) -> None:
        self.delete_button.setEnabled(index > 0)
        self.presetChosen.emit(self.preset_name)

    def _refresh(self) -> None:
        headers = self.model_headers()
        muted = {i for i, h in enumerate(headers) if self.targets.get(h) in (CUSTOM, IGNORE)}
        self.model.set_muted_columns(muted)
        kept = [h for h in headers if self.targets.get(h) == CUSTOM]
        ignored = [h for h in headers if self.targets.get(h) == IGNORE]
        lines = []
        if kept:
            lines.append(
                self.tr("Kept as custom fields: {columns}").format(columns=", ".join(kept))
            )
        if ignored:
            lines.append(self.tr("Not imported: {columns}").format(columns=", ".join(ignored)))
        self.kept.setText("\n".join(lines))
        self.kept.setVisible(bool(lines))
        problems = mapping_problems(self.targets) if self.preview else []
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        self.changed.emit()

    def is_complete(self) -> bool:
        return self.preview is not None and not mapping_problems(self.targets)

    def mapping(self) -> dict[str, str]:
        """The full mapping, every header named (what an import and a preset use)."""
        return {h: self.targets.get(h, CUSTOM) for h in self.model_headers()}

    def current_combo(self, header: str) -> Any:
        """The combo box of ``header`` (tests drive it like a coordinator would)."""
        return self.combos[self.model_headers().index(header)]
