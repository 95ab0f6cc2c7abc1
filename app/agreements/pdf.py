"""The printed agreement: the letters' renderer with an agreement for a body (imports reportlab).

The letterhead, fonts, page templates, continuation lines and footer are those of the match
letters (:class:`app.letters.renderer.LetterRenderer`); this module only says what an
agreement's pages hold: the parties, the types of support, the meeting frequency, the goals,
confidentiality, ending, and a signature block with name, signature and date lines for the
mentor(s), the mentee(s) and the coordinator.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from app.agreements.document import AgreementContent, AgreementSheet
from app.agreements.messages import say
from app.agreements.service import SUPPORT_KEYS
from app.letters import fonts
from app.letters.content import LetterContent
from app.letters.layout import ACCENT, MARGIN, MUTED, PAGE_WIDTH, RULE, fit_lines
from app.letters.renderer import LetterParagraph, LetterRenderer
from app.letters.templates import LetterTemplate
from app.sentences import render, sentence

CHECKED, UNCHECKED = "☒", "☐"
WIDTH = PAGE_WIDTH - 2 * MARGIN
_SIGNATURE_ROW = 5 * mm


@functools.cache
def _cell_styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    cell = ParagraphStyle("Cell", fontName=fonts.REGULAR, fontSize=9, leading=11.5)
    return {
        "Cell": cell,
        "CellHead": ParagraphStyle(
            "CellHead", parent=cell, fontName=fonts.BOLD, textColor=ACCENT, fontSize=8.5
        ),
        "CellMuted": ParagraphStyle("CellMuted", parent=cell, textColor=MUTED, fontSize=8.5),
        "CellBold": ParagraphStyle("CellBold", parent=cell, fontName=fonts.BOLD),
    }


def _both(key: str, languages: Sequence[str], **params: object) -> str:
    """``key`` in each language, joined with " / " (once when the words are the same)."""
    words = list(dict.fromkeys(say(key, lang, **params) for lang in languages))
    return " / ".join(words)


class AgreementRenderer(LetterRenderer):
    """Each "letter" is one agreement, in one language or in both, one after the other."""

    def render(self, letters: Sequence[LetterContent], out: Path | BinaryIO) -> int:
        # The running line of later pages shares its line with the program's name: a long
        # group name is cut short rather than printed over it.
        fonts.register_fonts()
        fitted = []
        for d in letters:
            program = stringWidth(d.head.program, fonts.REGULAR, 8)
            room = max(WIDTH * 0.3, WIDTH - program - stringWidth(", page 99", fonts.REGULAR, 8))
            name = fit_lines(d.recipient_name, fonts.REGULAR, 8, room - 8 * mm, 1)[0]
            fitted.append(replace(d, recipient_name=name))
        return super().render(fitted, out)

    def _sheet(self, letter: LetterContent) -> AgreementSheet:
        assert isinstance(letter, AgreementContent) and letter.sheet is not None
        return letter.sheet

    def opening(self, letter: LetterContent, text: LetterTemplate) -> list[Flowable]:
        return [self.para(text.format_date(letter.date), "Date")]

    def body(self, letter: LetterContent, text: LetterTemplate) -> list[Flowable]:
        sheet = self._sheet(letter)
        story: list[Flowable] = []
        if len(sheet.languages) > 1:
            for lang in sheet.languages:
                story.append(self.para(say("pdf.version_note", lang), "SignatureDetail"))
            story.append(Spacer(1, 3 * mm))
        for index, lang in enumerate(sheet.languages):
            if index:
                story.append(PageBreak())
            last = index == len(sheet.languages) - 1
            story.extend(self.version(letter, sheet, lang, ending=not last))
        return story

    def version(
        self, letter: LetterContent, sheet: AgreementSheet, lang: str, *, ending: bool = True
    ) -> list[Flowable]:
        """The whole agreement in one language (the signatures come once, at the end).

        Without ``ending``, the ending section is left to :meth:`closing`, which keeps it
        with the signatures when they need a page of their own.
        """
        head = letter.letterhead.in_language(lang)
        cycle = letter.cycle_label
        story: list[Flowable] = [
            self.para(say("pdf.subject", lang, cycle=cycle), "Subject"),
            self.para(say("pdf.intro", lang, program=head.program, cycle=cycle)),
            self.para(say("pdf.parties", lang), "Heading"),
            *self.parties(sheet, lang),
            self.para(say("pdf.support", lang), "Heading"),
            self.support(sheet, lang),
            self.para(say("pdf.goals", lang), "Heading"),
            self.goals(sheet, lang),
        ]
        story += self.section(sheet, "confidentiality", lang)
        if ending:
            story += self.section(sheet, "ending", lang)
        return story

    def section(self, sheet: AgreementSheet, key: str, lang: str) -> list[Flowable]:
        """The confidentiality or ending section: the coordinator's words, else the default."""
        words = getattr(sheet, key) or render(sentence(f"agreements.default_{key}"), lang)
        story = [self.para(say(f"pdf.{key}", lang), "Heading")]
        story += [self.para(part) for part in words.splitlines() if part.strip()]
        return story

    def parties(self, sheet: AgreementSheet, lang: str) -> list[Flowable]:
        lines: list[tuple[str, str]] = []
        if sheet.group_name:
            lines.append((say("pdf.group", lang), sheet.group_name))
        for names, one, many in (
            (sheet.mentors, "pdf.mentor", "pdf.mentors"),
            (sheet.mentees, "pdf.mentee", "pdf.mentees"),
        ):
            if names:
                key = one if len(names) == 1 else many
                lines.append((say(key, lang), ", ".join(names)))
        lines.append((say("pdf.frequency", lang), self.frequency(sheet, lang)))
        return [self.para(value, "Detail", bullet=label) for label, value in lines]

    def support(self, sheet: AgreementSheet, lang: str) -> Flowable:
        styles = _cell_styles()
        cells = [
            LetterParagraph(
                f"{CHECKED if key in sheet.support else UNCHECKED}  "
                + _escape(render(sentence(f"agreements.support.{key}"), lang)),
                styles["CellBold" if key in sheet.support else "Cell"],
            )
            for key in SUPPORT_KEYS
        ]
        # Read down the columns, as a form's boxes are; three when every label fits.
        longest = max(stringWidth(c.text, fonts.BOLD, 9) for c in cells) + 14
        columns = 3 if longest <= WIDTH / 3 else 2
        down = -(-len(cells) // columns)
        rows = [
            [cells[c * down + r] if c * down + r < len(cells) else "" for c in range(columns)]
            for r in range(down)
        ]
        table = Table(rows, colWidths=[WIDTH / columns] * columns, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def frequency(self, sheet: AgreementSheet, lang: str) -> str:
        if sheet.meeting_every_days:
            return say("pdf.every_days", lang, days=sheet.meeting_every_days)
        return say("pdf.program_cadence", lang, days=sheet.program_cadence)

    def goals(self, sheet: AgreementSheet, lang: str) -> Flowable:
        styles = _cell_styles()
        text = self.template(lang)
        header: list[object] = [
            LetterParagraph(_escape(w), styles["CellHead"])
            for w in ("#", say("pdf.goal", lang), say("pdf.target", lang), say("pdf.status", lang))
        ]
        rows: list[list[object]] = [header]
        for number, goal in enumerate(sheet.goals, start=1):
            target = text.format_date(goal.target_on) if goal.target_on else ""
            status = render(sentence(f"agreements.status.{goal.status}"), lang)
            rows.append(
                [
                    LetterParagraph(str(number), styles["CellMuted"]),
                    LetterParagraph(_escape(goal.text), styles["Cell"]),
                    LetterParagraph(_escape(target), styles["Cell"]),
                    LetterParagraph(_escape(status), styles["Cell"]),
                ]
            )
        if not sheet.goals:  # lines to write the goals on by hand at the first meeting
            rows[0][1] = LetterParagraph(_escape(say("pdf.no_goals", lang)), styles["CellHead"])
            rows += [[LetterParagraph(str(n), styles["CellMuted"]), "", "", ""] for n in (1, 2, 3)]
        widths = [8 * mm, WIDTH - 8 * mm - 34 * mm - 26 * mm, 34 * mm, 26 * mm]
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if not sheet.goals:
            style.append(("SPAN", (1, 0), (-1, 0)))
            style += [("BOTTOMPADDING", (0, r), (-1, r), 14) for r in (1, 2, 3)]
        table.setStyle(TableStyle(style))
        return table

    def closing(self, letter: LetterContent, text: LetterTemplate) -> Flowable:
        """The signature block, once, in every language of the agreement."""
        sheet = self._sheet(letter)
        languages = sheet.languages
        styles = _cell_styles()
        parts = self.section(sheet, "ending", languages[-1])
        parts.append(self.para(_both("pdf.signatures", languages), "Heading"))
        if sheet.signed_on:
            day = text.format_date(sheet.signed_on)
            parts.append(self.para(_both("pdf.signed_on", languages, day=day)))
        header: list[object] = [
            LetterParagraph(_escape(_both(key, languages)), styles["CellHead"])
            for key in ("pdf.name", "pdf.signature", "pdf.date")
        ]
        header.insert(2, "")  # a gap, so the signature and date lines stay apart
        rows: list[list[object]] = [header]
        people = [
            *(("pdf.mentor", name) for name in sheet.mentors),
            *(("pdf.mentee", name) for name in sheet.mentees),
            ("pdf.coordinator", sheet.coordinator),
        ]
        for key, name in people:
            role = _escape(_both(key, languages))
            cell = f'<font size="7.5" color="#5A5A5A">{role}</font><br/>{_escape(name)}'
            rows.append([LetterParagraph(cell, styles["Cell"]), "", "", ""])
        widths = [WIDTH * 0.4, WIDTH * 0.36, WIDTH * 0.04, WIDTH * 0.2]
        table = Table(rows, colWidths=widths, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("TOPPADDING", (0, 1), (-1, -1), _SIGNATURE_ROW),
                    ("LINEBELOW", (1, 1), (1, -1), 0.6, MUTED),
                    ("LINEBELOW", (3, 1), (3, -1), 0.6, MUTED),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ]
            )
        )
        parts += [Spacer(1, 2 * mm), table]
        return KeepTogether(parts)


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def render_agreements(documents: Sequence[AgreementContent], out: Path | BinaryIO) -> int:
    """Write ``documents`` to ``out`` (a path goes through the safe writer); the pages."""
    return AgreementRenderer(title=say("pdf.title", "en")).render(documents, out)


def agreement_pdf(document: AgreementContent) -> bytes:
    """One agreement as PDF bytes."""
    title = say("pdf.title", document.language)
    buffer = io.BytesIO()
    AgreementRenderer(title=title).render([document], buffer)
    return buffer.getvalue()
