"""QtCharts views of the month: the collected trend against the target's straight
line, and bars per collector (collected vs target, kept vs part-kept)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from collector_desk.ui.typed_qt import named

BLUE = QColor("#1565c0")
GREY = QColor("#9e9e9e")
GREEN = QColor("#2e7d32")
ORANGE = QColor("#ef6c00")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _view(chart: QChart, name: str) -> QChartView:
    view = named(QChartView(chart), name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


WAN = 10_000  # yuan in one 万: a supervisor reads 40万, not 400000


def money_unit(top_yuan: float) -> float:
    """Yuan per axis unit: 万 once the largest figure reaches 10,000 yuan, else yuan."""
    return WAN if top_yuan >= WAN else 1


def _money_axis(top_yuan: float, unit: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(top_yuan / unit, 1.0) * 1.1)
    axis.setLabelFormat("%g")
    axis.setTickCount(5)
    axis.applyNiceNumbers()  # round ticks: 0, 10, 20 … (万元)
    axis.setTitleText(
        QCoreApplication.translate("Targets", "10,000 yuan")
        if unit == WAN
        else QCoreApplication.translate("Targets", "yuan")
    )
    return axis


def _yuan(fen: int, unit: float) -> float:
    return fen / 100 / unit


def trend_view(report: Any, figures: Any) -> QChartView:
    """Cumulative collected per day of the month, and the target reached evenly."""
    chart = _chart(QCoreApplication.translate("Targets", "Collected this month, day by day"))
    days = report.last.day
    top = max(figures.collected_fen, figures.target_fen) / 100
    unit = money_unit(top)
    got = QLineSeries()
    got.setName(QCoreApplication.translate("Targets", "Collected"))
    got.setPen(QPen(BLUE, 2.5))
    for day, fen in figures.daily_collected:
        got.append(QPointF(int(day[8:]), _yuan(fen, unit)))
    chart.addSeries(got)
    if figures.target_fen:
        goal = QLineSeries()
        goal.setName(QCoreApplication.translate("Targets", "Target, reached evenly"))
        goal.setPen(QPen(GREY, 1.5, Qt.PenStyle.DashLine))
        goal.append(QPointF(1, _yuan(figures.target_fen, unit) / days))
        goal.append(QPointF(days, _yuan(figures.target_fen, unit)))
        chart.addSeries(goal)
    x = QValueAxis()
    x.setRange(1, days)
    x.setLabelFormat("%d")
    x.setTickCount(min(days, 7))
    x.setTitleText(QCoreApplication.translate("Targets", "day of the month"))
    y = _money_axis(top, unit)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for series in chart.series():
        series.attachAxis(x)
        series.attachAxis(y)
    return _view(chart, "targetsTrend")


def _bars(
    title: str, names: list[str], sets: list[QBarSet], top: float, axis: QValueAxis
) -> QChart:
    chart = _chart(title)
    series = QBarSeries()
    for s in sets:
        series.append(s)
    chart.addSeries(series)
    cats = QBarCategoryAxis()
    cats.append(names)
    chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(cats)
    series.attachAxis(axis)
    return chart


def _short(f: Any) -> str:
    return str(f.name or f.collector_id)


def collected_bars_view(report: Any) -> QChartView:
    rows = list(report.collectors) or [report.team]
    top = max([f.collected_fen / 100 for f in rows] + [f.target_fen / 100 for f in rows] + [1])
    unit = money_unit(top)
    got = QBarSet(QCoreApplication.translate("Targets", "Collected"))
    got.setColor(BLUE)
    goal = QBarSet(QCoreApplication.translate("Targets", "Target"))
    goal.setColor(GREY)
    for f in rows:
        got.append(_yuan(f.collected_fen, unit))
        goal.append(_yuan(f.target_fen, unit))
    chart = _bars(
        QCoreApplication.translate("Targets", "Collected vs target per collector"),
        [_short(f) for f in rows],
        [got, goal],
        top,
        _money_axis(top, unit),
    )
    return _view(chart, "targetsCollectedBars")


def kept_bars_view(report: Any) -> QChartView:
    rows = list(report.collectors) or [report.team]
    kept = QBarSet(QCoreApplication.translate("Targets", "Kept"))
    kept.setColor(GREEN)
    part = QBarSet(QCoreApplication.translate("Targets", "Part-kept"))
    part.setColor(ORANGE)
    for f in rows:
        kept.append(100 * (f.kept_rate.rate or 0))
        part.append(100 * (f.part_kept.rate or 0))
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setLabelFormat("%d%%")
    axis.setTickCount(5)
    chart = _bars(
        QCoreApplication.translate("Targets", "Kept and part-kept promises per collector"),
        [_short(f) for f in rows],
        [kept, part],
        100,
        axis,
    )
    return _view(chart, "targetsKeptBars")


def band_bars_view(report: Any, figures: Any) -> QChartView:
    """Collected in the month, by the band each loan was in at the end of last month."""
    from collector_desk.domain.loan import DPD_BANDS

    bands = [name for name, _low, _high in DPD_BANDS]
    top = max([figures.collected_by_band.get(b, 0) / 100 for b in bands] + [1])
    unit = money_unit(top)
    got = QBarSet(QCoreApplication.translate("Targets", "Collected"))
    got.setColor(BLUE)
    for band in bands:
        got.append(_yuan(figures.collected_by_band.get(band, 0), unit))
    chart = _bars(
        QCoreApplication.translate("Targets", "Collected by band at the end of last month"),
        bands,
        [got],
        top,
        _money_axis(top, unit),
    )
    chart.legend().hide()
    return _view(chart, "targetsBandBars")


ROLL_COLOURS = (BLUE, GREEN, ORANGE, QColor("#c62828"))


def roll_trend_view(report: Any, *, by_amount: bool) -> QChartView:
    """Roll rates month over month (C→M1 … M3→M3+), one line per flow; a month with no
    closed day yet (the first of the month) has no point."""
    title = (
        QCoreApplication.translate("Targets", "Roll rates by amount, month over month")
        if by_amount
        else QCoreApplication.translate("Targets", "Roll rates by count, month over month")
    )
    chart = _chart(title)
    months = [m.month for m in report.trend]
    top = 0.0
    for i, colour in enumerate(ROLL_COLOURS):
        line = QLineSeries()
        first = report.trend[-1].flows[i] if report.trend else None
        if first is None:
            break
        line.setName(f"{first.from_bucket}→{first.to_bucket}")
        line.setPen(QPen(colour, 2.0))
        line.setPointsVisible(True)
        for x, m in enumerate(report.trend):
            r = (m.flows[i].by_amount if by_amount else m.flows[i].by_count).rate
            if m.end is not None and r is not None:
                line.append(QPointF(x, 100 * r))
                top = max(top, 100 * r)
        chart.addSeries(line)
    cats = QBarCategoryAxis()
    cats.append(months)
    y = QValueAxis()
    y.setRange(0, max(10.0, min(100.0, top * 1.15)))
    y.setLabelFormat("%d%%")
    y.setTickCount(5)
    chart.addAxis(cats, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for series in chart.series():
        series.attachAxis(cats)
        series.attachAxis(y)
    return _view(chart, "targetsRollAmount" if by_amount else "targetsRollCount")
