"""Installing like a desktop app: --version, the applications-menu entry, and the start-up check before Qt."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui import desktop_entry, startup_check

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args, env):
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], env=env, capture_output=True, text=True, timeout=60
    )


def _env_without_display(**extra):
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return {**env, **extra}


def test_version_comes_from_the_package_metadata():
    from importlib.metadata import version

    import main

    result = run_main("--version", env=dict(os.environ))
    assert result.returncode == 0
    assert result.stdout.strip() == f"digitlab {version('digitlab')}" == f"digitlab {main.version()}"


def test_desktop_entry_is_written_validated_and_removed(tmp_path):
    env = _env_without_display(XDG_DATA_HOME=str(tmp_path))
    result = run_main("--install-desktop-entry", env=env)
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "applications" / "digitlab.desktop"
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "digitlab.svg"
    assert entry.is_file() and icon.is_file()
    text = entry.read_text(encoding="utf-8")
    assert "Name=DigitLab" in text and "Icon=digitlab" in text and "Type=Application" in text
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "digitlab.svg").read_bytes()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0 and "error" not in check.stdout, check.stdout
    result = run_main("--uninstall-desktop-entry", env=env)
    assert result.returncode == 0, result.stderr
    assert not entry.exists() and not icon.exists()


@pytest.mark.parametrize("argument", ["/opt/digit lab/bin/digitlab", "/usr/bin/digitlab", 'odd"$name%'])
def test_the_exec_line_quotes_what_the_specification_asks(argument):
    text = desktop_entry.entry_text([argument])
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    if argument == "/usr/bin/digitlab":
        assert exec_line == "Exec=/usr/bin/digitlab"
    elif " " in argument:
        assert exec_line == 'Exec="/opt/digit lab/bin/digitlab"'
    else:
        assert exec_line == 'Exec="odd\\"\\$name%%"'


def test_no_display_is_one_line_and_exit_1_without_qt(tmp_path):
    assert "display" in startup_check.problem({}, platform="linux")
    assert startup_check.problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert startup_check.problem({}, platform="win32") is None
    result = run_main(env=_env_without_display(XDG_CONFIG_HOME=str(tmp_path)))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("digitlab: error: cannot open the window: no display"), result.stderr


FAKE_LDD = """\
\tlinux-vdso.so.1 (0x00007ffc)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibfoo-unknown.so.3 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2)
"""


def test_missing_libraries_are_all_named_with_their_packages(monkeypatch, tmp_path):
    plugins = tmp_path / "platforms"
    plugins.mkdir()
    (plugins / "libqxcb.so").write_bytes(b"")
    monkeypatch.setattr(startup_check, "platforms_folder", lambda: plugins)
    monkeypatch.setattr(startup_check, "run_ldd", lambda library: FAKE_LDD)
    message = startup_check.problem({"DISPLAY": ":0"}, platform="linux")
    assert "\n" not in message
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1, libfoo-unknown.so.3" in message
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 (Debian/Ubuntu)" in message
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms (Fedora)" in message
    assert "libfoo-unknown.so.3" in message.split("Fedora")[1]


def test_nothing_missing_or_no_ldd_lets_qt_start(monkeypatch, tmp_path):
    plugins = tmp_path / "platforms"
    plugins.mkdir()
    (plugins / "libqxcb.so").write_bytes(b"")
    (plugins / "libqwayland.so").write_bytes(b"")
    monkeypatch.setattr(startup_check, "platforms_folder", lambda: plugins)
    monkeypatch.setattr(startup_check, "run_ldd", lambda library: "\tlibc.so.6 => /lib/libc.so.6 (0x1)\n")
    assert startup_check.problem({"DISPLAY": ":0"}, platform="linux") is None
    monkeypatch.setattr(startup_check, "run_ldd", lambda library: "")  # ldd missing or failing
    assert startup_check.problem({"DISPLAY": ":0"}, platform="linux") is None
    # a Wayland session whose X plugin lacks libraries still starts: Qt takes the Wayland plugin
    monkeypatch.setattr(
        startup_check, "run_ldd", lambda library: FAKE_LDD if library.name == "libqxcb.so" else "\tlibc.so.6 => /lib/libc.so.6\n"
    )
    assert startup_check.problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert "xcb" in startup_check.problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, platform="linux")


def test_the_check_does_not_import_qt():
    code = "import sys; from gui import startup_check; startup_check.problem({'DISPLAY': ':0'}); print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
