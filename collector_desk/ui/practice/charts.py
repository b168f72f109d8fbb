"""Small charts drawn with QPainter: scores over time, a bar per step, the rules
broken most. No chart library: QtCharts lives in PySide6-Addons, which the app
does not require.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from collector_desk.ui import labels

GRID = QColor("#d8d8d8")
AXIS = QColor("#555555")
PASS = QColor("#2e7d32")
FAIL = QColor("#c62828")
BAR = QColor("#1565c0")
WARN = QColor("#e65100")


@dataclass(frozen=True)
class Point:
    label: str  # x-axis label, e.g. "03-16"
    value: int  # 0-100
    good: bool  # passed: drawn green, else red
    tip: str = ""


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 170)

    def sizeHint(self) -> QSize:  # QWidget.sizeHint
        return QSize(420, 220)

    def _frame(self, painter: QPainter) -> QRectF:
        """Draw the title; return the plot area."""
        fm = QFontMetrics(self.font())
        painter.setPen(AXIS)
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(
            QRectF(0, 0, self.width(), fm.height() + 4), Qt.AlignmentFlag.AlignLeft, self.title
        )
        painter.setFont(self.font())
        return QRectF(0, fm.height() + 8, self.width(), self.height() - fm.height() - 8)

    def _empty(self, painter: QPainter, area: QRectF) -> None:
        painter.setPen(QColor("#888888"))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)


class ScoreChart(_Chart):
    """Scores of successive attempts, 0-100, with the pass mark as a dashed line."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.points: list[Point] = []
        self.pass_mark = 80

    def set_points(self, points: list[Point], pass_mark: int) -> None:
        self.points = points
        self.pass_mark = pass_mark
        self.setToolTip("\n".join(p.tip for p in points[-15:] if p.tip))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # QWidget.paintEvent
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._frame(painter)
        if not self.points:
            self._empty(painter, area)
            return
        fm = QFontMetrics(self.font())
        left = fm.horizontalAdvance("100") + 8
        plot = QRectF(
            area.left() + left,
            area.top() + 4,
            area.width() - left - 10,
            area.height() - fm.height() - 12,
        )

        def y(value: float) -> float:
            return plot.bottom() - plot.height() * value / 100

        for v in range(0, 101, 20):
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)))
            painter.setPen(AXIS)
            painter.drawText(
                QRectF(area.left(), y(v) - fm.height() / 2, left - 4, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(v),
            )
        painter.setPen(QPen(PASS, 1, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(plot.left(), y(self.pass_mark)), QPointF(plot.right(), y(self.pass_mark))
        )
        n = len(self.points)
        step = plot.width() / max(1, n - 1) if n > 1 else 0
        xs = [plot.left() + (i * step if n > 1 else plot.width() / 2) for i in range(n)]
        painter.setPen(QPen(BAR, 2))
        for i in range(1, n):
            painter.drawLine(
                QPointF(xs[i - 1], y(self.points[i - 1].value)),
                QPointF(xs[i], y(self.points[i].value)),
            )
        label_room = fm.horizontalAdvance("00/00") + 10
        next_free = plot.left() - label_room
        for i, p in enumerate(self.points):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PASS if p.good else FAIL)
            painter.drawEllipse(QPointF(xs[i], y(p.value)), 4, 4)
            if xs[i] - label_room / 2 >= next_free:
                next_free = xs[i] + label_room / 2
                painter.setPen(AXIS)
                painter.drawText(
                    QRectF(xs[i] - 30, plot.bottom() + 4, 60, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    p.label,
                )


class BarChart(_Chart):
    """Vertical bars 0-100 with a label under each (the nine steps)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.bars: list[tuple[str, int]] = []

    def set_bars(self, bars: list[tuple[str, int]], tips: list[str] | None = None) -> None:
        self.bars = bars
        self.setToolTip("\n".join(tips or []))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # QWidget.paintEvent
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._frame(painter)
        if not self.bars:
            self._empty(painter, area)
            return
        fm = QFontMetrics(self.font())
        plot = QRectF(
            area.left() + 4,
            area.top() + fm.height() + 2,
            area.width() - 8,
            area.height() - 2 * fm.height() - 8,
        )
        width = plot.width() / len(self.bars)
        for i, (label, value) in enumerate(self.bars):
            h = plot.height() * max(0, min(100, value)) / 100
            rect = QRectF(
                plot.left() + i * width + width * 0.18, plot.bottom() - h, width * 0.64, h
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PASS if value >= 80 else WARN if value >= 50 else FAIL)
            painter.drawRect(rect)
            painter.setPen(AXIS)
            painter.drawText(
                QRectF(
                    rect.left() - 8, rect.top() - fm.height() - 1, rect.width() + 16, fm.height()
                ),
                Qt.AlignmentFlag.AlignHCenter,
                f"{value}",
            )
            painter.drawText(
                QRectF(plot.left() + i * width, plot.bottom() + 3, width, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )


class RankChart(_Chart):
    """Horizontal bars with a text label, longest first (the rules broken most)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.rows: list[tuple[str, int]] = []

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows
        self.setToolTip("\n".join(labels.labelled(label, str(n)) for label, n in rows))
        self.setMinimumHeight(60 + 24 * max(1, len(rows)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # QWidget.paintEvent
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self._frame(painter)
        if not self.rows:
            self._empty(painter, area)
            return
        fm = QFontMetrics(self.font())
        row_h = min(26.0, area.height() / len(self.rows))
        label_w = min(
            area.width() * 0.62, max(fm.horizontalAdvance(label) for label, _ in self.rows) + 10
        )
        most = max(n for _, n in self.rows) or 1
        for i, (label, n) in enumerate(self.rows):
            top = area.top() + i * row_h
            painter.setPen(AXIS)
            shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(
                QRectF(area.left(), top, label_w - 6, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            bar_w = (area.width() - label_w - 34) * n / most
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(FAIL if i == 0 else WARN)
            painter.drawRect(QRectF(area.left() + label_w, top + row_h * 0.2, bar_w, row_h * 0.6))
            painter.setPen(AXIS)
            painter.drawText(
                QRectF(area.left() + label_w + bar_w + 4, top, 30, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(n),
            )
