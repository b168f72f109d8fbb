"""The main window fits the screen it starts on, frame included (1366x768 and 1920x1080),
and a saved place is used again only while it still fits.

Each case runs in a process of its own: Qt's offscreen platform takes its screen's
size from a config file (`-platform offscreen:configfile=...`, with window frame
margins), and a process has one QApplication.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from collector_desk.ui.geometry import saved_fits

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(["probe", "-platform", sys.argv[1]])
app.setOrganizationName("CollectorDesk"); app.setApplicationName("CollectorDesk")
saved = json.loads(sys.argv[2])
if saved:
    QSettings().setValue("desk/window", saved)
from collector_desk.app import first_frame
w = first_frame("zh_CN")  # as run_gui makes it
w.show()
for _ in range(40):
    app.processEvents()
from PySide6.QtCore import QTimer, QEventLoop
loop = QEventLoop(); QTimer.singleShot(400, loop.quit); loop.exec()
f, c, a = w.frameGeometry(), w.geometry(), w.screen().availableGeometry()
print(json.dumps({"frame": [f.x(), f.y(), f.width(), f.height()],
                  "client": [c.x(), c.y(), c.width(), c.height()],
                  "available": [a.x(), a.y(), a.width(), a.height()]}))
w.close()
"""


def _start(tmp_path: Path, width: int, height: int, saved: list[int] | None = None) -> dict:
    config = tmp_path / f"screen_{width}x{height}.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [{"name": "S", "x": 0, "y": 0, "width": width, "height": height}],
            }
        )
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, f"offscreen:configfile={config}", json.dumps(saved or [])],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _rect(values: list[int]) -> QRect:
    return QRect(*values)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080), (1280, 720)])
def test_the_first_start_fits_the_screen_frame_included(tmp_path, width, height):
    got = _start(tmp_path, width, height)
    frame, client, available = (_rect(got[k]) for k in ("frame", "client", "available"))
    assert available == QRect(0, 0, width, height)
    assert frame != client  # the frame's margins are there, and counted
    assert available.contains(frame), got
    if width >= 1440 + 100:
        assert client.size() == QSize(1440, 900)  # room enough: the size it asks for


def test_a_saved_place_that_fits_is_used_again(tmp_path):
    saved = [99, 30, 1102, 705, 100, 50, 1100, 680]
    got = _start(tmp_path, 1366, 768, saved)
    assert _rect(got["client"]) == QRect(100, 50, 1100, 680), got


def test_a_place_saved_on_a_bigger_screen_is_not_used_on_a_smaller_one(tmp_path):
    saved = [239, 84, 1442, 925, 240, 104, 1440, 900]  # left on a 1920x1080 screen
    got = _start(tmp_path, 1366, 768, saved)
    assert _rect(got["client"]) != QRect(240, 104, 1440, 900)
    assert _rect(got["available"]).contains(_rect(got["frame"])), got


SCREEN = [QRect(0, 0, 1366, 768)]
MINIMUM = QSize(1024, 640)


@pytest.mark.parametrize(
    "value",
    [
        None,
        "garbage",
        [1, 2, 3],
        ["a", "b", "c", "d", "e", "f", "g", "h"],
        [239, 84, 1442, 925, 240, 104, 1440, 900],  # frame too big
        [1500, 30, 1102, 705, 1501, 50, 1100, 680],  # on a screen that is gone
        [0, 0, 802, 505, 1, 20, 800, 484],  # below the window's minimum size
        [0, 0, 1102, 705, 500, 500, 1100, 680],  # client outside its frame
    ],
)
def test_a_saved_value_that_does_not_fit_is_refused(value):
    assert saved_fits(value, SCREEN, MINIMUM) is None


def test_a_saved_value_that_fits_gives_its_client_rectangle():
    value = ["99", "30", "1102", "705", "100", "50", "1100", "680"]  # QSettings' ini: strings
    assert saved_fits(value, SCREEN, MINIMUM) == QRect(100, 50, 1100, 680)
