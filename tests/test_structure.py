"""The layering the code relies on: core/ is pure NumPy (no Qt, no gui), and nothing in gui/
imports gui.app back (the app starts the window; the window does not start the app)."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    """Every module an import statement in ``path`` names, at any depth (lazy imports too)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "core").glob("*.py")), ids=lambda path: path.name)
def test_core_never_imports_qt_or_the_gui(path):
    forbidden = {name for name in imported_modules(path) if name.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6", "gui")}
    assert not forbidden, f"{path.name} imports {sorted(forbidden)}"


@pytest.mark.parametrize("path", sorted(p for p in (ROOT / "gui").rglob("*.py") if p.name != "app.py"), ids=lambda path: str(path.relative_to(ROOT / "gui")))
def test_no_gui_module_imports_the_app(path):
    assert "gui.app" not in imported_modules(path), f"{path.name} imports gui.app: an import circle with gui/app.py"


def test_the_check_sees_lazy_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from gui.app import run\n    import PySide6.QtCore\n")
    assert imported_modules(sample) == {"gui.app", "PySide6.QtCore"}


def test_nothing_walks_every_top_level_widget():
    """Turning QApplication.topLevelWidgets() into Python objects can start the garbage collector, which may
    delete an unreferenced closed window still further down the list: a segmentation fault (the suite crashed in
    teardown in CI this way). Timers are found through gui/window/named_timers.py instead."""
    walkers = [str(path.relative_to(ROOT)) for folder in ("gui", "tests", "tools") for path in (ROOT / folder).rglob("*.py")
               if any(isinstance(node, ast.Attribute) and node.attr == "topLevelWidgets"
                      for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))))]
    assert not walkers, f"{walkers} call QApplication.topLevelWidgets()"
