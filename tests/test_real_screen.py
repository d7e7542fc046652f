"""Whole at every size (issue 23): on a screen of a real laptop's size — not offscreen's default
800×800 — the window's frame never grows past the screen on any area or view, in English and in
Chinese, every area (and every view inside it) is in view without scrolling the tab bars, and no
view scrolls sideways (Evaluation did, by 197 px, at 1024×640).

The window runs in a process of its own (tests/screen_probe.py) on Qt's offscreen platform given a
screen of exactly that size; no view may widen the window, as showing Evaluation once did (1,153 px
at 1024×640)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("width, height", [(1024, 640), (1366, 768)], ids=["1024x640", "1366x768"])
def test_no_view_widens_the_window_and_every_area_is_in_view(tmp_path, small_mnist, width, height):
    screen = tmp_path / "screen.json"
    # no frame margins: as on an X server without a window manager (xvfb-run), the frame is the window
    screen.write_text(json.dumps({"windowFrameMargins": False, "screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "screen_probe.py"), str(small_mnist), "en", "zh_CN"],
                            env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    for report in json.loads(result.stdout.strip().splitlines()[-1]):
        assert report["screen"] == [width, height]
        assert report["left_scrolls"] == {"full": 0, "slow": 0}, f"{report['language']}: the left column scrolls {report['left_scrolls']} px"
        for view in report["views"]:
            where = f"{report['language']}, {view['view']}"
            assert view["frame"][0] <= width and view["frame"][1] <= height, f"{where}: the window is {view['frame']} on a {width}×{height} screen"
            assert view["areas_in_view"] and view["views_in_view"], f"{where}: a tab is scrolled out of view"
            assert view["status_whole"], f"{where}: the status bar's model line is cut"
            assert view["sideways"] == 0, f"{where}: the view scrolls {view['sideways']} px sideways (it may scroll down, never sideways)"
