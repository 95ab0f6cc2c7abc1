"""The backup, contact, edit, crash, end-match, export, letter and import dialogs in French:
each opened as a coordinator sees it, walked for English left, and small enough for a
1366×768 screen.

Set ``MENTORDESK_SCREENSHOTS`` to a folder to keep a picture of each (``fr-<dialog>.png``).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.db.engine import Database
from app.letters.letterhead import LetterheadSettings
from app.meetings import service as meetings
from app.meetings.engagement import engagement
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster.importer import import_roster
from app.roster.workbook import SheetInfo
from tests.ui.conftest import wait_for_work
from tests.ui.french_walk import english_left
from ui.context import AppContext
from ui.dialogs.backup_settings import BackupSettingsDialog, rotation_summary
from ui.dialogs.bulk_contact import BulkContactDialog
from ui.dialogs.bulk_edit import BulkEditDialog
from ui.dialogs.crash import CrashDialog
from ui.dialogs.end_match import EndMatchDialog
from ui.dialogs.export import ExportDialog, suggested_name
from ui.dialogs.generate_letters import GenerateLettersDialog
from ui.dialogs.import_meetings import ImportMeetingsDialog, describe_report
from ui.dialogs.import_wizard import ImportHistoryDialog, ImportWizard
from ui.dialogs.import_wizard.wizard import ANSWERS, CHECK, MAPPING, SUMMARY
from ui.dialogs.letterhead_form import LetterheadForm
from ui.dialogs.log_contact import LogContactDialog
from ui.dialogs.match_picker import pair_label

ROOT = Path(__file__).resolve().parents[2]
FRENCH_FILE = ROOT / "tests" / "data" / "roster" / "french_returning.csv"
LAST_YEAR = ROOT / "tests" / "data" / "roster" / "cp1252_semicolon.csv"
SCREEN = (1366, 768)


pytestmark = pytest.mark.usefixtures("french")


def looked_at(qtbot: QtBot, dialog: QWidget, name: str, allow: tuple[str, ...] = ()) -> None:
    """Show ``dialog`` as it opens, keep its picture when asked, and check it is all French
    and fits on a small laptop screen."""
    if not dialog.isVisible():
        qtbot.addWidget(dialog)
        dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(3):  # texts set since the last show: let the layouts catch up
        QApplication.processEvents()
    hint = dialog.sizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (name, hint)
    dialog.resize(min(dialog.width(), SCREEN[0]), min(dialog.height(), SCREEN[1]))
    folder = os.environ.get("MENTORDESK_SCREENSHOTS")
    if folder:
        dialog.grab().save(str(Path(folder) / f"fr-{name}.png"))
    assert english_left(dialog, allow=allow) == []
    assert cut_texts(dialog) == []


def cut_texts(dialog: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text: the end would not show."""
    cut = []
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        if not widget.isVisibleTo(dialog) or not widget.text():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.pixmap() is not None):
            continue
        if widget.width() < widget.minimumSizeHint().width():
            cut.append(f"{type(widget).__name__} {widget.text()!r}")
    return cut


def test_backup_settings(qtbot: QtBot, db_path: Path) -> None:
    dialog = BackupSettingsDialog(db_path)
    assert dialog.daily.suffix().strip() in ("jour", "jours")
    looked_at(qtbot, dialog, "backup-settings", allow=(str(dialog.folder.text()),))
    assert rotation_summary(1, 0, 2) == (
        "Sauvegardes automatiques : garder la dernière de chaque période sur 1 jour, 2 mois."
    )


def test_bulk_contact_and_log_contact(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.read() as session:
        cycle_id = max(c.id for c in programs.list_cycles(session))
        live = engagement(session, cycle_id).matches
        topics = meetings.list_topics(session)
    names = tuple(n for m in live for n in (m.mentor_name, m.mentee_name))
    pairs = tuple(pair_label(m.mentor_name, m.mentee_name) for m in live)
    topic_names = tuple(t.label("fr") for t in topics) + tuple(t.name for t in topics)
    categories = tuple(t.category for t in topics)
    today = dt.date(2026, 3, 14)
    bulk = BulkContactDialog(live, topics, today=today)
    bulk.pairs.item(0).setCheckState(bulk.pairs.item(0).checkState().Checked)
    assert bulk.ok.text() == "Noter 1 contact"
    allow = names + pairs + topic_names + categories
    shown = tuple(bulk.pairs.item(i).text() for i in range(bulk.pairs.count()))
    looked_at(qtbot, bulk, "bulk-contact", allow=allow + shown)
    single = LogContactDialog(live, topics)
    assert "mars" in bulk.date.text()
    listed = tuple(
        single.picker.proxy.index(i, 0).data() for i in range(single.picker.visible_count())
    )
    assert any(text.endswith("· jamais rencontrés") for text in listed)
    looked_at(qtbot, single, "log-contact", allow=allow + listed)
    empty = LogContactDialog([], topics)
    assert not empty.ok.isEnabled()
    looked_at(qtbot, empty, "log-contact-empty", allow=topic_names + categories)


def test_bulk_edit_crash_and_end_match(qtbot: QtBot, tmp_path: Path) -> None:
    edit = BulkEditDialog(3)
    assert edit.ok.text() == "Modifier 3 participants"
    looked_at(qtbot, edit, "bulk-edit")
    report = tmp_path / "crash-2026-03-14.txt"
    crash = CrashDialog("Traceback (most recent call last): …", report)
    looked_at(qtbot, crash, "crash", allow=("Traceback (most recent call last): …",))
    end = EndMatchDialog("Camille Roy  ↔  Alex Martin")
    end.cause.setCurrentIndex(end.cause.count() - 1)  # "Autre" needs details
    end.buttons.accepted.emit()
    assert end.error.text() == "Indiquez pourquoi le jumelage prend fin."
    looked_at(qtbot, end, "end-match", allow=("Camille Roy", "Alex Martin"))


def test_export_and_letters(qtbot: QtBot) -> None:
    export = ExportDialog({"participants": 12500, "matches": 40, "meetings": 310})
    assert "12\u00a0500" in export.buttons_by_kind["participants"].text()
    assert (
        suggested_name("Mentorat 2025-2026", "matches", ".csv")
        == "Mentorat 2025-2026 jumelages.csv"
    )
    looked_at(qtbot, export, "export")
    letters = GenerateLettersDialog(
        program_name="Mentorat en pédiatrie",
        cycle_label="2025-2026",
        all_count=42,
        selected_ids=[1, 2],
    )
    looked_at(
        qtbot,
        letters,
        "generate-letters",
        allow=(letters.output.text(), letters.folder.text()),
    )
    holder = QDialog()
    layout = QVBoxLayout(holder)
    layout.addWidget(LetterheadForm(LetterheadSettings(program="Mentorat en pédiatrie")))
    looked_at(qtbot, holder, "letterhead-form")


def test_contact_import(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportMeetingsDialog(tmp_path / "rencontres.xlsx")
    dialog.sheets.show_sheets([SheetInfo("Rencontres", 12), SheetInfo("Archive", 1, hidden=True)])
    looked_at(
        qtbot, dialog, "import-meetings-sheets", allow=("rencontres.xlsx", "Rencontres", "Archive")
    )
    report = SimpleNamespace(
        dry_run=True,
        rows=14,
        imported=11,
        unchanged=2,
        rejected_rows=1,
        rejected=[],
        file=str(tmp_path / "rencontres.xlsx"),
        warnings=[],
        mapping={"Courriel du mentor": "mentor_email", "Date": "date", "Sujets": "topics"},
        unmapped_columns=["Horodateur"],
    )
    dialog.show_report(report)
    assert describe_report(report).startswith("14 lignes lues dans rencontres.xlsx.")
    looked_at(
        qtbot,
        dialog,
        "import-meetings",
        allow=("rencontres.xlsx", "Courriel du mentor", "Date", "Sujets", "Horodateur"),
    )


def test_import_wizard_and_history(qtbot: QtBot, db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:  # last year's students, so some people come back
        import_roster(session, cycle.id, cycle.role_ladder[1], LAST_YEAR)
        new_id = programs.create_cycle(session, cycle.program_id, "2026-2027")
    with db.read() as session:
        cycle = next(c for c in programs.list_cycles(session) if c.id == new_id)
    context = AppContext(db)
    context.set_cycle(cycle)
    wizard = ImportWizard(context, cycle)
    qtbot.addWidget(wizard)
    wizard.show()
    data = (cycle.title, *cycle.role_ladder, str(FRENCH_FILE), FRENCH_FILE.name)
    looked_at(qtbot, wizard, "import-wizard-1-file", allow=data)
    wizard.file_page.set_path(FRENCH_FILE)
    wizard.next()
    wait_for_work(qtbot)
    assert wizard.page == MAPPING
    headers = tuple(wizard.preview.headers) if wizard.preview else ()
    cells = tuple(c for row in (wizard.preview.rows if wizard.preview else []) for c in row)
    looked_at(qtbot, wizard, "import-wizard-2-columns", allow=data + headers + cells)
    wizard.next()
    wait_for_work(qtbot)
    if wizard.page == ANSWERS:  # answers the catalogue does not know (MD1…)
        found = wizard.dry_run.unmapped_answers if wizard.dry_run else []
        values = [v for a in found for v in wizard.catalogue.values(a.field)]
        labels = tuple(x for v in values for x in (v.en, v.fr)) + tuple(a.answer for a in found)
        looked_at(qtbot, wizard, "import-wizard-3-answers", allow=data + headers + labels)
        wizard.next()
    assert wizard.page == CHECK
    planned = wizard.dry_run.people if wizard.dry_run else []
    people = tuple(v for p in planned for v in (p.name, p.email))
    people += tuple(v for p in planned for c in p.changes for v in (c.label, c.old, c.new))
    errors = tuple(r.error for r in (wizard.dry_run.rejected if wizard.dry_run else []))
    columns = tuple(r.column or "" for r in (wizard.dry_run.rejected if wizard.dry_run else []))
    warnings = tuple(wizard.dry_run.warnings if wizard.dry_run else [])
    assert wizard.next_button.text().startswith("Importer ")
    allow = data + headers + cells + people + errors + columns + warnings
    for tab in range(wizard.check_page.tabs.count()):
        wizard.check_page.tabs.setCurrentIndex(tab)
        looked_at(qtbot, wizard, f"import-wizard-3-check-{tab + 1}", allow=allow)
    wizard.next()
    wait_for_work(qtbot)
    assert wizard.page == SUMMARY
    looked_at(qtbot, wizard, "import-wizard-4-summary", allow=allow)
    history = ImportHistoryDialog(context)
    looked_at(qtbot, history, "import-history", allow=data)
