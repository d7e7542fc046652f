"""Put DigitLab in the Linux applications menu: a freedesktop .desktop file and the icon, in the user's XDG data
folder ($XDG_DATA_HOME, by default ~/.local/share). Plain files: no Qt needed."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import resources

APP_ID = "digitlab"


def data_home(environ=None) -> Path:
    environ = os.environ if environ is None else environ
    value = environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"  # relative values are invalid


def entry_path(environ=None) -> Path:
    return data_home(environ) / "applications" / f"{APP_ID}.desktop"


def icon_path(environ=None) -> Path:
    return data_home(environ) / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def launch_command() -> list[str]:
    """How the menu starts DigitLab: the installed ``digitlab`` command, else this Python running this main.py."""
    script = Path(os.path.abspath(sys.argv[0])) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.is_file():
        return [str(script)]
    found = shutil.which(APP_ID)
    if found:
        return [str(Path(found).resolve())]
    import main

    return [sys.executable, str(Path(main.__file__).resolve())]


def _exec_quote(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry Specification asks."""
    if argument and not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`%='):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument).replace("%", "%%")
    return f'"{escaped}"'


def entry_text(command: list[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",
        "Name=DigitLab",
        "GenericName=Neural network trainer",
        "GenericName[zh_CN]=神经网络训练",
        "Comment=Watch a neural network learn to read handwritten digits, then test it with your own handwriting",
        "Comment[zh_CN]=看神经网络学会识别手写数字，再用你自己的笔迹检验它",
        f"Exec={' '.join(_exec_quote(part) for part in command)}",
        f"TryExec={_exec_quote(command[0])}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Education;ArtificialIntelligence;",
        "Keywords=MNIST;neural network;machine learning;handwriting;digits;",
        "StartupNotify=true",
        "",
    ])


def install(environ=None) -> list[Path]:
    """Write the .desktop file and the icon; return their paths."""
    entry, icon = entry_path(environ), icon_path(environ)
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resources.path("icons", "digitlab.svg"), icon)
    entry.write_text(entry_text(launch_command()), encoding="utf-8")
    return [entry, icon]


def uninstall(environ=None) -> list[Path]:
    """Remove the .desktop file and the icon; return the paths that were there."""
    removed = []
    for path in (entry_path(environ), icon_path(environ)):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
