"""Before Qt opens a window: is there a display, and can Qt's platform plugin load its libraries?

Without this, Qt aborts (exit 134, core dump) and names only the first missing library. This module does not
import Qt's GUI: it finds the plugin through the PySide6 package's location and asks ``ldd`` what is missing.
"""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora package)
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

# QT_QPA_PLATFORM values that need no display and no X or Wayland libraries
HEADLESS = {"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}


def platforms_folder() -> Path | None:
    """PySide6/Qt/plugins/platforms, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms"


def run_ldd(library: Path) -> str:
    """``ldd library``'s output ('' if ldd is not there or fails)."""
    try:
        return subprocess.run(["ldd", str(library)], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def missing_libraries(plugin: Path) -> list[str]:
    """The sonames ``plugin`` needs that the dynamic loader cannot find, each once, in ldd's order."""
    missing: list[str] = []
    for line in run_ldd(plugin).splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def install_hint(missing: list[str]) -> str:
    """'sudo apt install … (Debian/Ubuntu) or sudo dnf install … (Fedora)' for the missing sonames."""
    known = [soname for soname in missing if soname in PACKAGES]
    unknown = [soname for soname in missing if soname not in PACKAGES]
    debian = list(dict.fromkeys(PACKAGES[soname][0] for soname in known))
    fedora = list(dict.fromkeys(PACKAGES[soname][1] for soname in known))
    hints = []
    if known:
        hints.append(f"install them with: sudo apt install {' '.join(debian)} (Debian/Ubuntu) or sudo dnf install {' '.join(fedora)} (Fedora)")
    if unknown:
        hints.append(f"{'also ' if known else ''}install the packages that provide {', '.join(unknown)}")
    return "; ".join(hints)


def problem(environ=None, platform: str = sys.platform) -> str | None:
    """One line saying why Qt cannot open a window here and how to fix it, or None when it can (or we cannot tell)."""
    environ = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    requested = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip().lower()
    if requested in HEADLESS:
        return None
    x11, wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    if not (x11 or wayland):
        return (
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): run DigitLab in a desktop "
            "session, or use the command line (digitlab train / evaluate / predict), "
            "or QT_QPA_PLATFORM=offscreen for a window nobody sees"
        )
    folder = platforms_folder()
    if folder is None:
        return None
    candidates = []  # the plugins Qt would try, in its order
    if wayland and requested != "xcb":
        candidates.append(("wayland", folder / "libqwayland.so"))
    if x11 and not requested.startswith("wayland"):
        candidates.append(("xcb", folder / "libqxcb.so"))
    reports = []
    for name, plugin in candidates:
        if not plugin.is_file():
            return None  # not a layout we know: let Qt speak
        missing = missing_libraries(plugin)
        if not missing:
            return None
        reports.append((name, missing))
    if not reports:
        return None
    name, missing = reports[-1]
    return (
        f"Qt's {name} platform plugin cannot load: missing {', '.join(missing)}; {install_hint(missing)} "
        f"(or use QT_QPA_PLATFORM=offscreen)"
    )
