"""The Qt half of `collector-desk check` names what a broken installation lacks."""

from __future__ import annotations

import pytest

from collector_desk.cli import main as cli_main
from collector_desk.ui import features
from collector_desk.ui.shell.selfcheck import qt_checks


def test_this_installation_passes(qapp) -> None:
    results = {r.name: r for r in qt_checks()}
    bad = {name: r.detail for name, r in results.items() if not r.ok}
    assert not bad
    for name in ("qt desktop platform plugin", "qt image formats", "qt translations zh_CN"):
        assert name in results


def test_a_feature_that_cannot_be_imported_fails_the_check(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        features, "FEATURES", (*features.FEATURES, "collector_desk.ui.nowhere:install")
    )
    (result,) = [r for r in qt_checks() if r.name == "window and features"]
    assert not result.ok
    assert "collector_desk.ui.nowhere:install" in result.detail


def test_check_command_includes_the_qt_checks(qapp, tmp_path, capsys) -> None:
    assert cli_main(["--data-dir", str(tmp_path / "数据 目录"), "check"]) == 0
    out = capsys.readouterr().out
    assert "ok   qt desktop platform plugin" in out
    assert "ok   window and features" in out
