"""The Reports page's bar charts: a bold title over an ``app.charts`` grouped bar chart, the
same drawing as in the report's PDF (``ui.widgets.chart_view``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.pages.wording import number
from ui.widgets.chart_view import ChartView


class BarChart(QWidget):
    """Categories along the bottom, one bar per series (e.g. this cycle and earlier ones)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.view = ChartView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)

    @property
    def title(self) -> str:
        return self.heading.text()

    def set_data(
        self,
        title: str,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        empty_text: str,
    ) -> None:
        from app import charts

        self.heading.setText(title)
        self.categories = list(categories)
        self.series = [(name, list(values)) for name, values in series]
        names, shown = list(self.categories), list(self.series)

        def build(width: float, height: float) -> Any:
            return charts.grouped_bars(names, shown, width, height, empty_text)

        said = "; ".join(
            self.tr("{series}: {figures}").format(
                series=name,
                figures=", ".join(f"{c} {number(v)}" for c, v in zip(names, values, strict=False)),
            )
            for name, values in shown
        )
        summary = self.tr("{chart}. {figures}").format(chart=title, figures=said or empty_text)
        self.view.set_chart(build, summary if title else "")

    def peak(self) -> float:
        return max((v for _n, values in self.series for v in values), default=0.0)
