"""Find English left in a window shown in French.

``english_left(widget)`` collects every text a coordinator can see in ``widget`` (labels,
buttons, group titles, tabs, menus and their actions, placeholders, combo items, list
items, table headers, window titles and tooltips) and returns the ones still in English:

- a text that is the English source of a message (from ``resources/i18n/*_fr.ts``) and not
  also its French translation — the string is wrapped but its translation is missing, or is
  looked up under another context;
- a text (or a part of it between tags, line breaks and separators) that matches no French
  translation and holds a word found only on the English side of the catalogues (or in a
  short list of common English words) — a string nobody wrapped.

Data from the database (names, institutions, file names) is not English to translate: pass
it in ``allow``. Numbers, dates, e-mail addresses, paths and the product's name are allowed
by :data:`ALLOWED_PATTERNS`.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.db.engine import Database
from app.programs import service as programs
from app.roster.service import list_participants

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def translations_script() -> ModuleType:
    """``build/translations.py`` (the build folder is no package)."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "build" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ALLOWED_PATTERNS = tuple(
    re.compile(p)
    for p in (
        r"MentorDesk( \d[\w.+-]*)?",  # the product's name (and version)
        r"[\d\s.,:%/+\-–—()×]*",  # numbers, dates, times, percentages, ranges
        r"[\w.+-]+@[\w-]+(\.[\w-]+)+",  # e-mail addresses
        r".*\.(db|csv|xlsx|xls|ods|pdf|png|jpg|jpeg|ics|txt|mentordesk-backup)",  # files
        r"(/|[A-Za-z]:\\).*",  # paths
        r"(Ctrl|Alt|Shift|Meta)\+.*",  # shortcuts
        r"[A-Z]{1,4}\d?(-\d)?",  # codes: MS1, PGY-1, CSV, PDF, OK
        r"English|Français",  # each language by its own name (View → Language)
    )
)
_ENGLISH_WORDS = """
the and of to for with from this that these those your you is are was were be been has
have had not no yes all any none some each every which who what when where why how
will would can could should may must add edit delete remove save open close cancel
apply help back next finish done show hide new import export print search find clear
choose select browse settings file folder name email phone role status date time
letters letter matches match mentee mentees roster backups backup page pages undo redo
quit view loading working nothing yet there here more less than one two people person
row rows column columns sent ended active withdrawn proposed confirmed
"""
COMMON_ENGLISH = frozenset(_ENGLISH_WORDS.split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PLACEHOLDER = re.compile(r"\\\{\w*\\\}|%L?n|%L?\d")
_SPLIT = re.compile(r"<[^>]+>|\n| · | — | – |; |: | \| |\(|\)|•")


def _normal(text: str) -> str:
    """Without keyboard mnemonics (&File) and with single spaces."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


def _pattern(text: str) -> re.Pattern[str] | None:
    escaped = re.escape(text)
    if not _PLACEHOLDER.search(escaped):
        return None
    return re.compile(_PLACEHOLDER.sub(".+?", escaped), re.DOTALL)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(re.sub(r"<[^>]+>|\{\w*\}|%L?n", " ", text))}


@dataclass
class Catalogue:
    english: set[str]
    french: set[str]
    english_patterns: list[re.Pattern[str]]
    french_patterns: list[re.Pattern[str]]
    untranslated: set[str]
    english_only_words: set[str]

    def is_french(self, text: str) -> bool:
        return text in self.french or any(p.fullmatch(text) for p in self.french_patterns)

    def english_source(self, text: str) -> bool:
        return text in self.english or any(p.fullmatch(text) for p in self.english_patterns)


def _messages(ts: Path) -> Iterable[tuple[str, list[str], bool]]:
    """(source, translations, finished) of every message of ``ts``."""
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        texts: list[str] = []
        if translation is not None:
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        finished = (
            translation is not None
            and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            and all(texts)
        )
        yield message.findtext("source", ""), texts, finished


@cache
def catalogue(folder: Path = I18N) -> Catalogue:
    english: set[str] = set()
    french: set[str] = set()
    untranslated: set[str] = set()
    english_words: set[str] = set(COMMON_ENGLISH)
    french_words: set[str] = set()
    for ts in sorted(folder.glob("*_fr.ts")):
        for source, translations, finished in _messages(ts):
            english.add(_normal(source))
            english_words |= _words(source)
            if not finished:
                untranslated.add(_normal(source))
            for text in translations:
                if text:
                    french.add(_normal(text))
                    french_words |= _words(text)
    return Catalogue(
        english=english,
        french=french,
        english_patterns=[p for p in map(_pattern, english) if p is not None],
        french_patterns=[p for p in map(_pattern, french) if p is not None],
        untranslated=untranslated,
        english_only_words=english_words - french_words,
    )


def _inside(widget: QWidget, skipped: list[QWidget]) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if parent in skipped:
            return True
        parent = parent.parentWidget()
    return False


def visible_texts(root: QWidget, skip: Iterable[QWidget] = ()) -> list[tuple[str, str]]:
    """(where, text) of every text a coordinator can see in ``root`` and its menus, outside
    the ``skip`` widgets."""
    found: list[tuple[str, str]] = []
    skipped = list(skip)

    def add(where: str, *texts: str | None) -> None:
        found.extend((where, t) for t in texts if t)

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        if skipped and _inside(widget, skipped):
            continue
        kind = type(widget).__name__
        add(f"{kind} tooltip", widget.toolTip())
        if widget.isWindow():
            add(f"{kind} window title", widget.windowTitle())
        if isinstance(widget, QLabel):
            add("label", widget.text())
        elif isinstance(widget, QAbstractButton):
            add("button", widget.text())
        elif isinstance(widget, QGroupBox):
            add("group box", widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add("tab", widget.tabText(i), widget.tabToolTip(i))
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            add("placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            add("combo item", *(widget.itemText(i) for i in range(widget.count())))
        elif isinstance(widget, QMenuBar | QMenu):
            for action in widget.actions():
                add(f"{kind} action", action.text(), action.statusTip())
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                add("list item", item.text(), item.toolTip())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        add("table header", value)
    return found


def _allowed(text: str, allow: set[str]) -> bool:
    return (
        not any(c.isalpha() for c in text)
        or text in allow
        or any(p.fullmatch(text) for p in ALLOWED_PATTERNS)
    )


def english_problem(text: str, allow: Iterable[str] = ()) -> str | None:
    """Why ``text`` is English left untranslated, or None when it is fine in French."""
    known = catalogue()
    allowed = {_normal(a) for a in allow}
    text = _normal(text)
    if _allowed(text, allowed) or known.is_french(text):
        return None
    if known.english_source(text):
        if text in known.untranslated:
            return "has no French translation yet"
        return "is translated, but shown in English (wrong context, or translated too early)"
    allowed_words = set().union(*(_words(a) for a in allowed)) if allowed else set()
    for part in (_normal(p) for p in _SPLIT.split(text)):
        if not part or _allowed(part, allowed) or known.is_french(part):
            continue
        if known.english_source(part):
            return f"contains {part!r}, shown in English"
        english = sorted((_words(part) & known.english_only_words) - allowed_words)
        if english:
            return f"is not wrapped for translation (English words: {', '.join(english[:4])})"
    return None


def english_left(
    root: QWidget, allow: Iterable[str] = (), skip: Iterable[QWidget] = ()
) -> list[str]:
    """Every visible English text of ``root`` (outside the ``skip`` widgets), described."""
    allowed = list(allow)
    problems = []
    for where, text in visible_texts(root, skip):
        problem = english_problem(text, allowed)
        if problem is not None:
            problems.append(f"{where} {text!r} {problem}")
    return sorted(set(problems))


def demo_data(db: Database) -> set[str]:
    """What the demo database itself holds (names, places, interests): not interface text."""
    values: set[str] = set()
    with db.read() as session:
        for cycle in programs.list_cycles(session):
            values |= {cycle.title, cycle.label}
            for row in list_participants(session, cycle.id):
                for value in vars(row).values():
                    if isinstance(value, str):
                        values.add(value)
                    elif isinstance(value, tuple | list):
                        values |= {v for v in value if isinstance(v, str)}
                        values.add(", ".join(v for v in value if isinstance(v, str)))
    return values


# -- the catalogues ----------------------------------------------------------------------
