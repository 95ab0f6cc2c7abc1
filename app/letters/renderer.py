"""The reportlab renderer: one document, one letter after another (imports reportlab).

:class:`LetterRenderer` is a template method in the manner of pretix's invoice renderer:
``render`` registers fonts and styles once, lays out the pages (letterhead on each letter's
first page, a short header on the following pages, a footer everywhere) and asks
:meth:`LetterRenderer.body` what each letter says. Match letters implement ``body`` in
:mod:`app.letters.match_letter`; group letters can do the same later.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from reportlab.platypus.doctemplate import ActionFlowable

from app.letters import fonts
from app.letters.content import LetterContent, Letterhead
from app.letters.layout import (
    ACCENT,
    BOTTOM_MARGIN,
    CONTACT_SIZE,
    CONTINUATION_HEIGHT,
    FOOTER_SIZE,
    FOOTER_Y,
    LETTERHEAD_HEIGHT,
    LETTERHEAD_TOP,
    LOGO_MAX_HEIGHT,
    LOGO_MAX_WIDTH,
    MARGIN,
    MUTED,
    ORGANISATION_LEADING,
    ORGANISATION_SIZE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    fit_footer,
    fit_heading,
    fit_lines,
    letter_styles,
)
from app.letters.messages import sentence
from app.letters.templates import LetterTemplate, load_template

log = logging.getLogger(__name__)

LetterStarted = Callable[[int], None]
"""Called with a letter's index when its first page begins (progress; may raise to cancel)."""


class LetterParagraph(Paragraph):
    """A paragraph that keeps its line breaking for the width it was last wrapped at.

    ``KeepTogether`` blocks and ``keepWithNext`` headings are measured once to decide where
    the page breaks, then wrapped again at the same width when placed: without this, most
    paragraphs of a letter were broken into lines twice.
    """

    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # split() drops blPara when it pushes the paragraph to the next page: wrap again
        if availWidth == self._wrapped_width and hasattr(self, "blPara"):
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size


class _PadToEven(ActionFlowable):
    """Adds a blank page when a letter ends on an odd page, for double-sided printing."""

    def apply(self, doc: Any) -> None:
        if doc.page % 2 == 1:
            doc.handle_nextPageTemplate("blank")
            doc.handle_pageBreak()


def _frame(width: float, height: float) -> Frame:
    return Frame(
        MARGIN,
        BOTTOM_MARGIN,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


class LetterRenderer:
    """Renders letters into one PDF; subclasses implement :meth:`body`."""

    def __init__(
        self,
        templates: Mapping[str, LetterTemplate] | None = None,
        *,
        pad_to_even: bool = False,
        on_letter: LetterStarted | None = None,
        title: str = "Letters",
    ) -> None:
        self.templates = dict(templates or {})
        self.pad_to_even = pad_to_even
        self.on_letter = on_letter
        self.title = title
        self.warnings: list[str] = []
        self._letters: Sequence[LetterContent] = ()
        self._index = -1
        self._page_in_letter = 0
        self._logos: dict[object, ImageReader | None] = {}

    # -- the template method -------------------------------------------------------------

    def render(self, letters: Sequence[LetterContent], out: Path | BinaryIO) -> int:
        """Write every letter to ``out``; returns the number of pages.

        A file path is written through :mod:`app.safe_files` (checked, then renamed into
        place), a stream as it is.
        """
        if not isinstance(out, str | Path):
            return self._render(letters, out)
        from app.safe_files import replacing

        with replacing(Path(out), "the letters") as temp:
            return self._render(letters, temp)

    def _render(self, letters: Sequence[LetterContent], out: Path | BinaryIO) -> int:
        fonts.register_fonts()
        self.styles = letter_styles()
        self._letters, self._index, self._page_in_letter = letters, -1, 0
        doc = self._document(out)
        story: list[Flowable] = []
        for index, letter in enumerate(letters):
            if index:
                story.append(PageBreak("first"))
            story.extend(self.letter_story(letter, self.template(letter.language)))
            if self.pad_to_even:
                story.append(_PadToEven())
        if self.pad_to_even:
            story.append(Spacer(1, 0))  # makes a trailing blank page real (not dropped)
        doc.build(story)
        return int(doc.page)

    def letter_story(self, letter: LetterContent, text: LetterTemplate) -> list[Flowable]:
        """Opening, body and closing of one letter (the steps subclasses may refine)."""
        text = text.bind(**letter.placeholder_values())
        return [
            NextPageTemplate("later"),
            *self.opening(letter, text),
            *self.body(letter, text),
            self.closing(letter, text),
        ]

    def opening(self, letter: LetterContent, text: LetterTemplate) -> list[Flowable]:
        return [
            self.para(text.format_date(letter.date), "Date"),
            self.para(self.subject(letter, text), "Subject"),
            self.para(text.get("greeting", name=letter.recipient_name)),
        ]

    def subject(self, letter: LetterContent, text: LetterTemplate) -> str:
        return ""

    def body(self, letter: LetterContent, text: LetterTemplate) -> list[Flowable]:
        raise NotImplementedError

    def closing(self, letter: LetterContent, text: LetterTemplate) -> Flowable:
        head = letter.head  # the signature block in the reader's language
        parts: list[Flowable] = []
        contact = head.contact_email or head.contact_phone
        if head.contact_name and contact:
            who = f"{head.contact_name} ({contact})"
            parts.append(self.para(text.get("questions", contact=who), "Questions"))
        parts.append(self.para(text.get("closing"), "Closing"))
        # Title and organisation share one line: the block stays small enough for a
        # letter to end on its first page.
        detail = ", ".join(p for p in (head.contact_title, head.organisation or head.program) if p)
        for line, style in ((head.contact_name, "Signature"), (detail, "SignatureDetail")):
            if line:
                parts.append(self.para(line, style))
        return KeepTogether(parts)

    # -- helpers for subclasses ----------------------------------------------------------

    def template(self, language: str) -> LetterTemplate:
        if language not in self.templates:
            self.templates[language] = load_template(language)
        return self.templates[language]

    def para(self, text: str, style: str = "Body", bullet: str | None = None) -> Paragraph:
        """A paragraph of plain ``text`` (escaped here; never pass markup)."""
        return LetterParagraph(escape(text), self.styles[style], bulletText=bullet)

    # -- pages -------------------------------------------------------------------------

    def _document(self, out: Path | BinaryIO) -> BaseDocTemplate:
        width = PAGE_WIDTH - 2 * MARGIN
        first_top = PAGE_HEIGHT - LETTERHEAD_TOP - LETTERHEAD_HEIGHT - 6
        later_top = PAGE_HEIGHT - MARGIN - CONTINUATION_HEIGHT
        templates = [
            PageTemplate("first", [_frame(width, first_top - BOTTOM_MARGIN)]),
            PageTemplate("later", [_frame(width, later_top - BOTTOM_MARGIN)]),
            PageTemplate("blank", [_frame(width, later_top - BOTTOM_MARGIN)]),
        ]
        templates[0].onPage = self._on_first_page
        templates[1].onPage = self._on_later_page
        target = str(out) if isinstance(out, Path) else out
        return BaseDocTemplate(
            target,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            pageTemplates=templates,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=self.title,
            creator="MentorDesk",
            invariant=1,
            initialFontName=fonts.REGULAR,  # no stray reference to the unembedded Helvetica
        )

    def _on_first_page(self, canvas: Canvas, _doc: Any) -> None:
        self._index += 1
        self._page_in_letter = 1
        if self.on_letter is not None:
            self.on_letter(self._index)
        letter = self._letters[self._index]
        self.draw_letterhead(canvas, letter.head)
        self.draw_footer(canvas, letter.head)

    def _on_later_page(self, canvas: Canvas, _doc: Any) -> None:
        self._page_in_letter += 1
        letter = self._letters[self._index]
        text = self.template(letter.language)
        line = text.get("continued", **letter.placeholder_values(), page=self._page_in_letter)
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        top = PAGE_HEIGHT - MARGIN
        canvas.drawString(MARGIN, top - 8, line)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 8, letter.head.program)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 12, PAGE_WIDTH - MARGIN, top - 12)
        canvas.restoreState()
        self.draw_footer(canvas, letter.head)

    def draw_letterhead(self, canvas: Canvas, head: Letterhead) -> None:
        top = PAGE_HEIGHT - LETTERHEAD_TOP
        canvas.saveState()
        text_x = MARGIN
        logo = self._logo(head)
        if logo is not None:
            img_w, img_h = logo.getSize()
            scale = min(LOGO_MAX_HEIGHT / img_h, LOGO_MAX_WIDTH / img_w)
            width, height = img_w * scale, img_h * scale
            canvas.drawImage(logo, MARGIN, top - height, width, height, mask="auto")
            text_x = MARGIN + width + 5 * mm
        area = PAGE_WIDTH - MARGIN - text_x
        contact_width = self._draw_contact_block(canvas, head, top, area * 0.4)
        name_width = min(area * 0.62, area - contact_width - 6 * mm)
        size, lines, organisation = fit_heading(head.program, head.organisation, name_width)
        canvas.setFillColor(ACCENT)
        canvas.setFont(fonts.BOLD, size)
        y = top - size + 1
        for line in lines:
            canvas.drawString(text_x, y, line)
            y -= size * 1.2
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.REGULAR, ORGANISATION_SIZE)
        for line in organisation:
            canvas.drawString(text_x, y - 1, line)
            y -= ORGANISATION_LEADING
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        rule_y = top - LETTERHEAD_HEIGHT
        canvas.line(MARGIN, rule_y, PAGE_WIDTH - MARGIN, rule_y)
        canvas.restoreState()

    def _draw_contact_block(
        self, canvas: Canvas, head: Letterhead, top: float, most: float
    ) -> float:
        """Draw the coordinator's details at the right, at most ``most`` wide; their width."""
        right = PAGE_WIDTH - MARGIN
        y = top - 9
        rows = [
            (head.contact_name, fonts.BOLD),
            (head.contact_title, fonts.REGULAR),
            (head.contact_email, fonts.REGULAR),
            (head.contact_phone, fonts.REGULAR),
        ]
        width = 0.0
        for value, face in rows:
            if not value:
                continue
            line = fit_lines(value, face, CONTACT_SIZE, most, 1)[0]
            canvas.setFont(face, CONTACT_SIZE)
            canvas.setFillColor(ACCENT if face == fonts.BOLD else MUTED)
            canvas.drawRightString(right, y, line)
            width = max(width, stringWidth(line, face, CONTACT_SIZE))
            y -= 11
        return width

    def draw_footer(self, canvas: Canvas, head: Letterhead) -> None:
        parts = [head.program, head.organisation, head.contact_email]
        line = fit_footer(parts, PAGE_WIDTH - 2 * MARGIN)
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(PAGE_WIDTH / 2, FOOTER_Y, line)
        canvas.restoreState()

    def _logo(self, head: Letterhead) -> ImageReader | None:
        """The letterhead's logo, decoded once per batch (None when absent or unreadable)."""
        if head.logo is None and head.logo_path is None:
            return None
        # bytes cache their hash, so the shared letterhead's logo is hashed once per batch
        key: object = head.logo or head.logo_path
        if key not in self._logos:
            source = io.BytesIO(head.logo) if head.logo else str(head.logo_path)
            reader: ImageReader | None
            try:
                reader = ImageReader(source)
                reader.getSize()
            except Exception:  # any unreadable image: letters go out without the logo
                log.warning("logo could not be read; letters are made without it")
                self.warnings.append(sentence("letters.logo_unreadable"))
                reader = None
            self._logos[key] = reader
        return self._logos[key]
