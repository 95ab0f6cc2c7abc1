"""The main window's pages: what the sidebar lists, and each page built when first needed.

Building every page up front imports and lays out the matching, meetings, letters and
backups pages (and their services) before the window can appear, although a session often
opens only one or two of them. The sidebar is filled from ``PAGE_SPECS``; the stack holds
an empty placeholder for each page until the page is first shown or asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.context import AppContext
from ui.pages.base import Page

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QStyle

P = TypeVar("P", bound=Page)


@dataclass(frozen=True)
class PageSpec:
    """One sidebar entry; ``title`` and ``tip`` match the page class (a test checks).

    They are English source text (context ``"Pages"``); the window shows
    :meth:`shown_title` and :meth:`shown_tip`, in its language."""

    name: str  # the main window attribute: window.roster
    target: str  # "module:Class", imported on first use
    title: str
    tip: str
    # A QStyle.StandardPixmap's name: PySide takes ~20 ms to make QStyle on first use, so
    # the window sets the icons just after its first paint (see MainWindow.show_icons).
    icon: str

    def shown_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def shown_tip(self) -> str:
        return QCoreApplication.translate("Pages", self.tip)

    def style_icon(self, style: QStyle) -> QIcon:
        from PySide6.QtWidgets import QStyle

        return style.standardIcon(getattr(QStyle.StandardPixmap, self.icon))

    def page_class(self) -> type[Page]:
        module, _, name = self.target.partition(":")
        return cast(type[Page], getattr(importlib.import_module(module), name))


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec(
        "roster",
        "ui.pages.roster:RosterPage",
        QT_TRANSLATE_NOOP("Pages", "Roster"),
        QT_TRANSLATE_NOOP("Pages", "Everyone taking part in this cycle (Ctrl+1)"),
        "SP_FileDialogDetailedView",
    ),
    PageSpec(
        "matching",
        "ui.pages.matching:MatchingPage",
        QT_TRANSLATE_NOOP("Pages", "Matching"),
        QT_TRANSLATE_NOOP("Pages", "Propose, accept and manage matches (Ctrl+2)"),
        "SP_DialogApplyButton",
    ),
    PageSpec(
        "meetings",
        "ui.pages.engagement:EngagementPage",
        QT_TRANSLATE_NOOP("Pages", "Engagement"),
        QT_TRANSLATE_NOOP("Pages", "Which matches are in touch, and who to nudge (Ctrl+3)"),
        "SP_FileDialogInfoView",
    ),
    PageSpec(
        "letters",
        "ui.pages.letters:LettersPage",
        QT_TRANSLATE_NOOP("Pages", "Letters"),
        QT_TRANSLATE_NOOP("Pages", "Match letters: write, preview, print, email (Ctrl+4)"),
        "SP_FileIcon",
    ),
    PageSpec(
        "backups",
        "ui.pages.backups:BackupsPage",
        QT_TRANSLATE_NOOP("Pages", "Backups"),
        QT_TRANSLATE_NOOP("Pages", "Back up and restore the database (Ctrl+5)"),
        "SP_DriveHDIcon",
    ),
    PageSpec(
        "program",
        "ui.pages.program_settings:ProgramSettingsPage",
        QT_TRANSLATE_NOOP("Pages", "Program"),
        QT_TRANSLATE_NOOP("Pages", "The program's model, roles and relations (Ctrl+6)"),
        "SP_FileDialogContentsView",
    ),
    PageSpec(
        "agreements",
        "ui.pages.agreements:AgreementsPage",
        QT_TRANSLATE_NOOP("Pages", "Agreements"),
        QT_TRANSLATE_NOOP("Pages", "Mentoring agreements, goals and their reviews (Ctrl+7)"),
        "SP_FileDialogListView",
    ),
    PageSpec(
        "surveys",
        "ui.pages.surveys:SurveysPage",
        QT_TRANSLATE_NOOP("Pages", "Surveys"),
        QT_TRANSLATE_NOOP("Pages", "Questions, answers and results of surveys (Ctrl+8)"),
        "SP_MessageBoxQuestion",
    ),
    PageSpec(
        "reports",
        "ui.pages.reports:ReportsPage",
        QT_TRANSLATE_NOOP("Pages", "Reports"),
        QT_TRANSLATE_NOOP("Pages", "The cycle's figures for a board or a funder (Ctrl+9)"),
        "SP_FileDialogContentsView",
    ),
    PageSpec(
        "groups",
        "ui.pages.groups:GroupsPage",
        QT_TRANSLATE_NOOP("Pages", "Groups"),
        QT_TRANSLATE_NOOP("Pages", "Form mentoring groups and work with them on a board"),
        "SP_DirLinkIcon",
    ),
)


def page_number(name: str) -> int:
    return next(n for n, spec in enumerate(PAGE_SPECS) if spec.name == name)


class LazyPages:
    """The pages of a ``QStackedWidget``, each built the first time it is needed."""

    def __init__(
        self, stack: QStackedWidget, context: AppContext, built: Callable[[str, Page], None]
    ) -> None:
        self.stack = stack
        self.context = context
        self._built_hook = built
        self._pages: dict[int, Page] = {}
        for _spec in PAGE_SPECS:
            stack.addWidget(QWidget())

    def page(self, number: int) -> Page:
        """Page ``number``, built now if it was not yet."""
        page = self._pages.get(number)
        if page is not None:
            return page
        spec = PAGE_SPECS[number]
        page = spec.page_class()(self.context)
        placeholder = self.stack.widget(number)
        assert placeholder is not None
        self.stack.insertWidget(number, page)
        if self.stack.currentWidget() is placeholder:
            self.stack.setCurrentWidget(page)  # never let another page flash in between
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._pages[number] = page
        self._built_hook(spec.name, page)
        return page

    def show(self, number: int) -> None:
        self.stack.setCurrentWidget(self.page(number))

    def built(self) -> list[Page]:
        """The pages built so far, in sidebar order."""
        return [self._pages[n] for n in sorted(self._pages)]

    def all(self) -> list[Page]:
        """Every page, building those not built yet."""
        return [self.page(n) for n in range(len(PAGE_SPECS))]


class PageAttribute(Generic[P]):
    """``window.roster`` and friends: the page, built on first access."""

    def __init__(self, name: str) -> None:
        self.number = page_number(name)

    def __get__(self, window: Any, owner: type | None = None) -> P:
        return cast(P, window.page_stack.page(self.number))
