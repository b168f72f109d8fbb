"""The Targets charts write money in 万 once the figures reach ten thousand yuan
(a supervisor reads 40万, not 400000), and in plain yuan below that."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCharts import QBarSeries, QValueAxis

from collector_desk.ui.targets.charts import collected_bars_view, money_unit


def _collector(cid: str, collected_fen: int, target_fen: int) -> Any:
    return SimpleNamespace(
        collector_id=cid, name=None, collected_fen=collected_fen, target_fen=target_fen
    )


def _axis_and_values(view: Any) -> tuple[QValueAxis, list[list[float]]]:
    chart = view.chart()
    (axis,) = [a for a in chart.axes() if isinstance(a, QValueAxis)]
    (series,) = [s for s in chart.series() if isinstance(s, QBarSeries)]
    values = [[bar.at(i) for i in range(bar.count())] for bar in series.barSets()]
    return axis, values


@pytest.mark.parametrize(
    ("collected_yuan", "target_yuan", "unit", "title"),
    [
        (123_456, 400_000, 10_000, "10,000 yuan"),
        (4_200, 5_000, 1, "yuan"),
        (0, 0, 1, "yuan"),
    ],
)
def test_money_axis_unit_follows_the_largest_figure(
    qapp: Any, collected_yuan: int, target_yuan: int, unit: int, title: str
) -> None:
    report = SimpleNamespace(
        collectors=[_collector("C001", collected_yuan * 100, target_yuan * 100)], team=None
    )
    view = collected_bars_view(report)  # held: the chart and its axes live with it
    axis, (got, goal) = _axis_and_values(view)
    assert money_unit(max(collected_yuan, target_yuan)) == unit
    assert axis.titleText() == title
    assert got == [pytest.approx(collected_yuan / unit)]
    assert goal == [pytest.approx(target_yuan / unit)]
    # The axis reaches past the tallest bar and not absurdly far.
    top = max(collected_yuan, target_yuan, 1) / unit
    assert top <= axis.max() <= top * 2.5
