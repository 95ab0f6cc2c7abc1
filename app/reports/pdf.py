"""The report as a PDF for a board or a funder (imports reportlab).

A one-page summary first (headline figures, participants compared with earlier cycles,
closures by reason), then matching, engagement, closures, surveys, agreement goals and the
measures of effective practice. The letters' fonts and letterhead; charts are vector
drawings (``app.charts``, the same ones the window shows). Aggregates only, small counts
shown as ``<5``.

In both languages (``lang="both"``) the document holds two complete versions one after the
other, each opening with its letterhead and one-page summary, as Canadian boards usually
receive bilingual reports: each reader reads one whole version in their language, with no
line to skip. The first summary says, in the other language, on which page its version
begins, and the PDF's outline has one entry per version.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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
    Table,
    TableStyle,
)

from app import charts
from app.letters import fonts
from app.letters.content import Letterhead
from app.letters.layout import (
    ACCENT,
    FOOTER_Y,
    LETTERHEAD_HEIGHT,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)
from app.letters.renderer import LetterRenderer
from app.reports import tables
from app.reports.messages import say
from app.reports.model import Report, small

WIDTH = PAGE_WIDTH - 2 * MARGIN
LANGUAGES = ("en", "fr", "both")
MATCHING = (0.34, 0.12, 0.16, 0.11, 0.11, 0.16)


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    body = ParagraphStyle("Body", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    return {
        "Body": body,
        "Title": ParagraphStyle(
            "Title",
            body,
            fontName=fonts.BOLD,
            fontSize=17,
            leading=21,
            textColor=ACCENT,
            spaceAfter=2,
        ),
        "H2": ParagraphStyle(
            "H2",
            body,
            fontName=fonts.BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "Note": ParagraphStyle("Note", body, fontSize=8, leading=10, textColor=MUTED),
        "Cell": ParagraphStyle("Cell", body, fontSize=8.5, leading=10.5),
        "Big": ParagraphStyle(
            "Big", body, fontName=fonts.BOLD, fontSize=18, leading=22, textColor=ACCENT, alignment=1
        ),
        "Small": ParagraphStyle("Small", body, fontSize=8, leading=10, alignment=1),
    }


class ReportPdf:
    """Renders one report in one language."""

    def __init__(self, report: Report, lang: str, letterhead: Letterhead) -> None:
        self.report = report
        self.lang = lang if lang in ("en", "fr") else "en"
        self.head = letterhead.in_language(self.lang)
        self.styles = _styles()
        self._letters = LetterRenderer(title="Report")

    # -- pages -------------------------------------------------------------------------
    def templates(self) -> list[PageTemplate]:
        """This version's first page (letterhead) and its later pages, named by language."""
        first = Frame(
            MARGIN, MARGIN, WIDTH, PAGE_HEIGHT - 2 * MARGIN - LETTERHEAD_HEIGHT - 4 * mm, id="first"
        )
        later = Frame(MARGIN, MARGIN, WIDTH, PAGE_HEIGHT - 2 * MARGIN, id="later")
        return [
            PageTemplate(
                f"First-{self.lang}",
                [first],
                onPage=self._first_page,
                autoNextPageTemplate=f"Later-{self.lang}",
            ),
            PageTemplate(f"Later-{self.lang}", [later], onPage=self._footer),
        ]

    def _first_page(self, canvas: Any, doc: Any) -> None:
        self._letters.draw_letterhead(canvas, self.head)
        self._footer(canvas, doc)

    def _footer(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        left = f"{self.head.program} · {say('title', self.lang, cycle=self.report.cycle)}"
        canvas.drawString(MARGIN, FOOTER_Y, left)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_Y, say("page", self.lang, page=doc.page))
        canvas.restoreState()

    # -- the story ---------------------------------------------------------------------
    def story(self, other: tuple[str, int] | None = None) -> list[Flowable]:
        """The version's flowables; ``other`` (language, page) names where the other begins."""
        note = [self.p(say("other_version", other[0], page=other[1]), "Note")] if other else []
        return [
            _Version(say("version", self.lang), self.lang),
            *self.summary(note),
            PageBreak(),
            *self.matching(),
            *self.engagement(),
            *self.closures(),
            *self.surveys(),
            *self.goals(),
            *self.measures(),
            Spacer(1, 6),
            self.p(say("small_cells", self.lang), "Note"),
        ]

    def p(self, text: str, style: str = "Body") -> Paragraph:
        return Paragraph(escape(str(text)), self.styles[style])

    def table(self, rows: list[list[object]], widths: list[float] | None = None) -> Table:
        cells = [[self.p(self._cell(v), "Cell") for v in row] for row in rows]
        table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), RULE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def _number(self, value: float) -> str:
        text = f"{value:g}"
        return text.replace(".", ",") if self.lang == "fr" else text

    @staticmethod
    def _survey_widths(roles: int) -> list[float]:
        left = [0.16, 0.3, 0.16]
        rest = (1 - sum(left)) / (roles + 1)
        return [WIDTH * w for w in [*left, *[rest] * (roles + 1)]]

    def _cell(self, value: object) -> str:
        if isinstance(value, float):
            text = f"{value:g}"
            return text.replace(".", ",") if self.lang == "fr" else text
        return str(value)

    def _percent(self, value: float | None) -> str:
        if value is None:
            return "—"
        text = f"{value:g}".replace(".", "," if self.lang == "fr" else ".")
        return f"{text}\u00a0%" if self.lang == "fr" else f"{text}%"

    def summary(self, note: list[Flowable]) -> list[Flowable]:
        r, lang = self.report, self.lang
        figures = [
            (str(r.total_participants), say("participants", lang)),
            (self._percent(r.match_rate), say("match_rate", lang)),
            (self._percent(r.on_track_share), say("on_track", lang)),
            (str(r.closed) if r.made else "—", say("closures", lang)),
            (self._percent(r.positive_share), say("survey_positive", lang)),
        ]
        tiles = Table(
            [[self.p(v, "Big") for v, _ in figures], [self.p(t, "Small") for _, t in figures]],
            colWidths=[WIDTH / len(figures)] * len(figures),
        )
        tiles.setStyle(TableStyle([("LINEBELOW", (0, 1), (-1, 1), 0.5, RULE)]))
        day = r.as_of.isoformat()
        cycles = [*r.previous, r]
        roles = list(r.participants)
        series = [(e.cycle, [e.participants.get(role, 0) for role in roles]) for e in r.previous]
        series.append((r.cycle, [r.participants.get(role, 0) for role in roles]))
        closures = [(f"{say('end.' + k, lang)} ({small(n)})", n) for k, n in r.closures.items()]
        story: list[Flowable] = [
            self.p(say("title", lang, cycle=r.cycle), "Title"),
            self.p(say("as_of", lang, day=day), "Note"),
            *note,
            Spacer(1, 8),
            tiles,
            self.p(say("participants_by_role", lang), "H2"),
            charts.grouped_bars(roles, series[-4:], WIDTH, 170, say("no_data", lang), label=small),
        ]
        if len(cycles) > 1:
            story.append(self.table(tables.participants(r, lang)))
        story += [
            self.p(say("closures_by_reason", lang), "H2"),
            charts.pie(closures, WIDTH, 110, say("no_closures" if r.made else "no_data", lang)),
        ]
        return story

    def matching(self) -> list[Flowable]:
        lang = self.lang
        story: list[Flowable] = [
            self.p(say("matching", lang), "H2"),
            self.table(tables.matching(self.report, lang), [WIDTH * w for w in MATCHING]),
        ]
        why = tables.unmatched(self.report, lang)
        if len(why) > 1:
            story += [self.p(say("unmatched", lang), "H2"), self.table(why)]
        return story

    def engagement(self) -> list[Flowable]:
        r, lang = self.report, self.lang
        statuses = ("on_track", "due_soon", "overdue", "never_met")
        series = [
            (say(kind, lang), [r.contact.get(kind, {}).get(s, 0) for s in statuses])
            for kind in ("pairs", "groups")
            if sum(r.contact.get(kind, {}).values())
        ]
        names = [say(f"contact.{s}", lang) for s in statuses]
        story: list[Flowable] = [
            self.p(say("engagement", lang), "H2"),
            charts.grouped_bars(names, series, WIDTH, 150, say("no_data", lang), label=small),
            self.table(tables.engagement(r, lang)),
        ]
        if r.modes:
            story += [self.p(say("modes", lang), "H2"), self.table(tables.modes(r, lang))]
        top = tables.topics(r, lang)[:11]
        if len(top) > 1:
            story += [
                self.p(say("topics", lang), "H2"),
                self.table(top, [WIDTH * 0.8, WIDTH * 0.2]),
            ]
        return story

    def closures(self) -> list[Flowable]:
        return [
            self.p(say("closures_by_reason", self.lang), "H2"),
            self.table(tables.closures(self.report, self.lang), [WIDTH * 0.7, WIDTH * 0.3]),
        ]

    def surveys(self) -> list[Flowable]:
        r, lang = self.report, self.lang
        story: list[Flowable] = [self.p(say("surveys", lang), "H2")]
        if not any(s.responses for s in r.surveys):
            return [*story, self.p(say("no_surveys", lang))]
        positive = tables.positive_by_role(r, lang)
        height = 20 + 18 * len(positive)
        chart = charts.horizontal_bars(
            positive, WIDTH, height, say("no_data", lang), 100, self._number
        )
        story += [
            self.table(tables.survey_totals(r, lang)),
            Spacer(1, 6),
            KeepTogether([self.p(say("survey_positive", lang) + " (%)", "Body"), chart]),
            Spacer(1, 10),
            self.table(tables.surveys(r, lang), self._survey_widths(len(r.ladder))),
        ]
        return story

    def goals(self) -> list[Flowable]:
        return [
            self.p(say("goals", self.lang), "H2"),
            self.table(tables.goals(self.report, self.lang), [WIDTH * 0.7, WIDTH * 0.3]),
        ]

    def measures(self) -> list[Flowable]:
        return [
            KeepTogether(
                [
                    self.p(say("measures", self.lang), "H2"),
                    self.p(say("measures_note", self.lang), "Note"),
                    Spacer(1, 4),
                    self.table(
                        tables.measures(self.report, self.lang),
                        [WIDTH * 0.46, WIDTH * 0.18, WIDTH * 0.36],
                    ),
                ]
            )
        ]


class _Version(Flowable):
    """Marks where a language's version begins: an outline entry, and its page noted."""

    def __init__(self, title: str, lang: str) -> None:
        super().__init__()
        self.title, self.lang = title, lang
        self.width = self.height = 0
        self.page = 0

    def draw(self) -> None:
        self.page = self.canv.getPageNumber()
        self.canv.bookmarkPage(f"version-{self.lang}")
        self.canv.addOutlineEntry(self.title, f"version-{self.lang}", level=0)


def languages(lang: str, first: str = "en") -> tuple[str, ...]:
    """The versions the PDF holds, in order: ``both`` puts ``first`` (en or fr) first."""
    if lang != "both":
        return (lang if lang in ("en", "fr") else "en",)
    return ("fr", "en") if first == "fr" else ("en", "fr")


def report_pdf(report: Report, lang: str, letterhead: Letterhead, first: str = "en") -> bytes:
    """The report in ``lang`` (en, fr, or both versions one after the other)."""
    parts = [ReportPdf(report, code, letterhead) for code in languages(lang, first)]
    data, begins = _render(parts, None)
    if len(parts) > 1:  # now that the second version's first page is known, say it
        data, again = _render(parts, begins)
        if again != begins:  # the note moved a page break: say the page it really is on
            data, _ = _render(parts, again)
    return data


def _render(parts: list[ReportPdf], begins: int | None) -> tuple[bytes, int]:
    """The PDF of ``parts`` and the page on which the last part begins."""
    head = parts[0]
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        title=" / ".join(say("title", p.lang, cycle=head.report.cycle) for p in parts),
        author=head.head.organisation or head.head.program,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    doc.addPageTemplates([t for part in parts for t in part.templates()])
    story: list[Flowable] = []
    for n, part in enumerate(parts):
        other = (parts[-1].lang, begins or 2) if len(parts) > 1 and n == 0 else None
        if n:
            story += [NextPageTemplate(f"First-{part.lang}"), PageBreak()]
        story += part.story(other)
    markers = [f for f in story if isinstance(f, _Version)]
    doc.build(story)
    return out.getvalue(), markers[-1].page
