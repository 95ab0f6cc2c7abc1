"""Open every window and dialog of MentorDesk on the demo and print what lies off the screen.

Run in its own process (``tests/ui/test_screen_fit.py`` does), with the screen chosen by the
environment: ``QT_QPA_PLATFORM=offscreen:configfile=<json with one 1366×768 screen>`` and
``QT_SCALE_FACTOR=1.25`` for a laptop at 125 %. Prints one JSON document:
``{"screen": [w, h], "checked": [...names], "problems": [...sentences]}``.

A window fits when its frame lies inside the screen's available area and every visible
button of it does too (buttons inside a scroll area count only where the area shows them).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import os
import pkgutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QWidget,
)

Factory = Callable[["Walk"], QWidget]
TITLE_BAR = 30
"""A real window manager adds a title bar above the window; offscreen adds none."""


class Walk:
    def __init__(self) -> None:
        from app.db.migrate import open_database
        from app.demo import create_demo
        from ui.main_window import MainWindow

        self.folder = Path(tempfile.mkdtemp(prefix="screen-fit-"))
        self.db = open_database(self.folder / "demo.db")
        with self.db.write() as session:
            self.cycle_id = create_demo(session, today=dt.date(2026, 10, 1)).id
        self.window = MainWindow(self.db, welcome=False)
        self.window.reload_cycles(self.cycle_id)
        self.cycle = self.window.context.cycle
        self.problems: list[str] = []
        self.checked: list[str] = []
        self.scrolls: list[str] = []  # pages wider than the window: they scroll sideways
        screen = QApplication.primaryScreen()
        self.screen = screen.availableGeometry()

    def settle(self) -> None:
        for _ in range(3):
            QApplication.processEvents()

    def check(self, name: str, widget: QWidget) -> None:
        self.checked.append(name)
        shots = os.environ.get("SCREEN_FIT_SHOTS")
        if shots:  # pictures to look at: SCREEN_FIT_SHOTS=<folder>
            widget.grab().save(str(Path(shots) / f"{name.replace(' ', '_')}.png"))
        frame = widget.frameGeometry()
        if widget.geometry().top() - frame.top() < 10:  # offscreen draws no title bar
            frame.setTop(frame.top() - TITLE_BAR)
            if frame.top() < self.screen.top():
                frame.translate(0, self.screen.top() - frame.top())
        if not self.screen.contains(frame):
            self.problems.append(
                f"{name}: window {frame.width()}×{frame.height()} at ({frame.x()}, {frame.y()}) "
                f"is not inside the {self.screen.width()}×{self.screen.height()} screen"
            )
        for button in widget.findChildren(QAbstractButton):
            if not button.isVisibleTo(widget) or _scrolled(button, widget):
                continue
            top_left = button.mapToGlobal(QPoint(0, 0))
            rect = QRect(top_left, button.size())
            if not self.screen.contains(rect):
                label = button.text().replace("&", "") or button.toolTip() or type(button).__name__
                self.problems.append(
                    f"{name}: button “{label}” at ({rect.x()}, {rect.y()}) "
                    f"{rect.width()}×{rect.height()} is off the screen"
                )

    def dialog(self, name: str, factory: Factory) -> None:
        try:
            widget = factory(self)
            widget.show()
            self.settle()
        except Exception as exc:  # report, and go on with the other dialogs
            self.problems.append(f"{name}: could not be opened ({type(exc).__name__}: {exc})")
            return
        self.check(name, widget)
        widget.close()
        widget.deleteLater()
        self.settle()


def _scrolled(button: QWidget, top: QWidget) -> bool:
    """True when ``button`` sits inside a scroll area of ``top`` (it is reached by scrolling)."""
    parent = button.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


# -- the dialogs, each built as the app builds it, on the demo -------------------------------


def _db(walk: Walk) -> Any:
    return walk.db


def _template_editor(w: Walk) -> QWidget:
    from ui.dialogs.template_editor import TemplateEditorDialog

    return TemplateEditorDialog(w.db, w.cycle, w.window)


def _pdf_preview(w: Walk) -> QWidget:
    from app.db.models import Cycle
    from app.letters.service import (
        adopt_legacy_templates,
        current_templates,
        letter_matches,
        plan_letters,
        render_one,
    )
    from ui.widgets.pdf_preview import PdfPreviewDialog

    with w.db.write() as session:
        cycle = session.get(Cycle, w.cycle_id)
        matches, _ = letter_matches(session, w.cycle_id, None)
        adopt_legacy_templates(session, cycle.program)
        templates = current_templates(session, cycle.program)
        planned = plan_letters(session, cycle, matches, "fr", dt.date(2026, 10, 1))
    data, _warnings = render_one(planned[0], templates)
    return PdfPreviewDialog(data, "Letter", None, w.window)


def _survey_editor(w: Walk) -> QWidget:
    from app.surveys import service
    from ui.dialogs.survey_editor import SurveyEditorDialog

    with w.db.write() as session:
        survey_id = service.create_from_template(session, w.cycle_id, "end_of_year")
        draft = service.load_draft(session, survey_id)
    return SurveyEditorDialog(draft, list(w.cycle.role_ladder), [], lambda _d: None, w.window)


def _participant_form(w: Walk) -> QWidget:
    from ui.dialogs.participant_form import ParticipantForm

    return ParticipantForm(w.cycle.role_ladder, lambda _v: None, parent=w.window)


def _matching_settings(w: Walk) -> QWidget:
    from app.matching.profile import MatchSettings
    from ui.dialogs.matching_settings import MatchingSettingsDialog

    return MatchingSettingsDialog(MatchSettings(), [], ([], []), lambda _s: None, w.window)


def _grouping(w: Walk) -> QWidget:
    from app.grouping.choices import GroupingChoices
    from ui.pages.groups.settings_dialog import GroupingDialog

    choices = GroupingChoices((4, 6), 2, (), (), "keep")
    return GroupingDialog("Student mentor", choices, ["languages"], w.window)


def _chain(w: Walk) -> QWidget:
    from app.grouping.chain import Chain, ChainNode
    from ui.dialogs.mentoring_chain import MentoringChainDialog

    node = ChainNode("person", 1, "Élodie Campbell", "Mentor", "active")
    return MentoringChainDialog(Chain(node, []), w.window)


def _log_contact(w: Walk) -> QWidget:
    from app.meetings.service import list_topics
    from ui.dialogs.log_contact import LogContactDialog

    with w.db.read() as session:
        topics = list_topics(session)
    return LogContactDialog([], topics, w.window)


def _bulk_contact(w: Walk) -> QWidget:
    from app.meetings.service import list_topics
    from ui.dialogs.bulk_contact import BulkContactDialog

    with w.db.read() as session:
        topics = list_topics(session)
    return BulkContactDialog([], topics, w.window)


def _restore(w: Walk) -> QWidget:
    from app.backup.service import backup_database, inspect_backup
    from ui.dialogs.restore_wizard import RestoreWizard

    info = inspect_backup(backup_database(w.db.path, w.folder / "backups").path)
    return RestoreWizard([info], w.folder / "safety", parent=w.window)


def _agreement(w: Walk) -> QWidget:
    from ui.dialogs.agreement_editor import AgreementEditor

    return AgreementEditor("Élodie Campbell and Priya Li", None, 30, "fr", w.window)


def _first_meeting(w: Walk) -> QWidget:
    from ui.dialogs.log_group_meeting import FirstMeeting, FirstMeetingDialog

    return FirstMeetingDialog("Group 1", FirstMeeting(), w.window)


def _import_meetings(w: Walk) -> QWidget:
    from ui.dialogs.import_meetings import ImportMeetingsDialog

    sample = w.folder / "checkins.csv"
    sample.write_text("email,date\n", encoding="utf-8")
    return ImportMeetingsDialog(sample, w.window)


def _generate_letters(w: Walk) -> QWidget:
    from ui.dialogs.generate_letters import GenerateLettersDialog

    return GenerateLettersDialog(
        program_name=w.cycle.program_name,
        cycle_label=w.cycle.label,
        all_count=24,
        selected_ids=[1, 2],
        warnings=["A long warning about a letter whose name has characters the font lacks."],
        parent=w.window,
    )


def _cls(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


FACTORIES: dict[str, Factory] = {
    "TemplateEditorDialog": _template_editor,
    "PdfPreviewDialog": _pdf_preview,
    "SurveyEditorDialog": _survey_editor,
    "ParticipantForm": _participant_form,
    "MatchingSettingsDialog": _matching_settings,
    "GroupingDialog": _grouping,
    "MentoringChainDialog": _chain,
    "LogContactDialog": _log_contact,
    "BulkContactDialog": _bulk_contact,
    "RestoreWizard": _restore,
    "AgreementEditor": _agreement,
    "FirstMeetingDialog": _first_meeting,
    "ImportMeetingsDialog": _import_meetings,
    "GenerateLettersDialog": _generate_letters,
    "ReviewDialog": lambda w: _cls("ui.dialogs.agreement_editor:ReviewDialog")(
        "Élodie Campbell and Priya Li", "mid", [], w.window
    ),
    "ValueForm": lambda w: _cls("ui.dialogs.answer_catalogue:ValueForm")(
        "Add a value", parent=w.window
    ),
    "AnswerCatalogueDialog": lambda w: _cls("ui.dialogs.answer_catalogue:AnswerCatalogueDialog")(
        w.db, w.cycle.program_id, w.cycle.program_name, w.window
    ),
    "BackupSettingsDialog": lambda w: _cls("ui.dialogs.backup_settings:BackupSettingsDialog")(
        w.db.path, w.window
    ),
    "BulkEditDialog": lambda w: _cls("ui.dialogs.bulk_edit:BulkEditDialog")(12, w.window),
    "CrashDialog": lambda w: _cls("ui.dialogs.crash:CrashDialog")(
        "Traceback (most recent call last):\n" * 40, w.folder / "crash.txt", w.window
    ),
    "EligibilityRulesDialog": lambda w: _cls("ui.dialogs.eligibility_rules:EligibilityRulesDialog")(
        w.db, w.cycle.program_id, w.cycle.id, tuple(w.cycle.role_ladder), w.window
    ),
    "EndMatchDialog": lambda w: _cls("ui.dialogs.end_match:EndMatchDialog")(
        "Élodie Campbell and Priya Li", w.window
    ),
    "ExportDialog": lambda w: _cls("ui.dialogs.export:ExportDialog")(
        {"participants": 41, "matches": 20, "meetings": 60}, "participants", w.window
    ),
    "LogGroupMeetingDialog": lambda w: _cls("ui.dialogs.log_group_meeting:LogGroupMeetingDialog")(
        [], lambda _g: [], w.window
    ),
    "NewProgramDialog": lambda w: _cls("ui.dialogs.new_program:NewProgramDialog")(
        lambda _a: None, w.window
    ),
    "WelcomeDialog": lambda w: _cls("ui.dialogs.new_program:WelcomeDialog")(w.window),
    "NextCycleDialog": lambda w: _cls("ui.dialogs.next_cycle:NextCycleDialog")(
        w.db, w.cycle, w.window
    ),
    "OrientationDialog": lambda w: _cls("ui.dialogs.orientation:OrientationDialog")(
        w.db, 1, "Élodie Campbell", w.window
    ),
    "SafetyNoteDialog": lambda w: _cls("ui.dialogs.safety_note:SafetyNoteDialog")(
        "Élodie Campbell", "", w.window
    ),
    "TopicForm": lambda w: _cls("ui.dialogs.topics:TopicForm")("Rename a topic", None, w.window),
    "TopicsDialog": lambda w: _cls("ui.dialogs.topics:TopicsDialog")(w.db, w.window),
    "TourDialog": lambda w: _cls("ui.dialogs.tour:TourDialog")(w.window),
    "ImportHistoryDialog": lambda w: _cls("ui.dialogs.import_wizard.history:ImportHistoryDialog")(
        w.window.context, w.window
    ),
    "ImportWizard": lambda w: _cls("ui.dialogs.import_wizard.wizard:ImportWizard")(
        w.window.context, w.cycle, w.window
    ),
    "HelpWindow": lambda w: _cls("ui.help:HelpWindow")("roster", w.window),
}


def dialog_classes() -> dict[str, str]:
    """Every QDialog subclass of ui/dialogs (and the help, preview and grouping dialogs):
    class name → module."""
    import ui.dialogs

    names = [m.name for m in pkgutil.walk_packages(ui.dialogs.__path__, "ui.dialogs.")]
    names += ["ui.help", "ui.widgets.pdf_preview", "ui.pages.groups.settings_dialog"]
    found: dict[str, str] = {}
    for name in names:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # a module being written elsewhere: say so
            found[f"<import {name}>"] = repr(exc)
            continue
        for attr, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, QDialog)
                and value.__module__ == name
                and attr != "QDialog"
            ):
                found[attr] = name
    return found


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    from tests.ui.french_walk import translations_script
    from ui.language import install_translations

    translations_script().release()
    install_translations(os.environ.get("MENTORDESK_LANG", "en"))
    walk = Walk()
    window = walk.window
    window.show()  # at the size a first start gives it (no saved geometry)
    from ui.page_registry import PAGE_SPECS

    for number, spec in enumerate(PAGE_SPECS):
        window.show_page(number)
        walk.settle()
        walk.check(f"Main window, {spec.name} page", window)
        page = window.stack.currentWidget()
        if page.minimumSizeHint().width() > window.page_scroll.viewport().width():
            walk.scrolls.append(f"{spec.name} page")
        least = window.minimumSizeHint()
        if least.width() > walk.screen.width() or least.height() > walk.screen.height():
            walk.problems.append(
                f"Main window, {spec.name} page: needs at least "
                f"{least.width()}×{least.height()}, more than the screen"
            )
    for name in sorted(dialog_classes()):
        factory = FACTORIES.get(name)
        if factory is None:
            walk.problems.append(f"{name}: no way to open it in tests/ui/screen_fit_walk.py")
            continue
        walk.dialog(name, factory)
    screen = QApplication.primaryScreen().availableGeometry()
    print(
        json.dumps(
            {
                "screen": [screen.width(), screen.height()],
                "checked": walk.checked,
                "problems": walk.problems,
                "scrolls": walk.scrolls,
            }
        )
    )
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()  # pages still loading in the background
    window.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
