"""Refresh the translation sources and compile them.

    python tools/update_translations.py

1. pyside6-lupdate collects every self.tr("...") string of gui/**/*.py into
   resources/translations/digitlab_zh_CN.ts (existing translations are kept);
2. pyside6-lrelease compiles each .ts into the .qm that the app loads.
Translate new strings in the .ts (Qt Linguist, or by hand), then run this again.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def main() -> int:
    sources = sorted(str(path) for path in (ROOT / "gui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(TRANSLATIONS / "digitlab_zh_CN.ts")], check=True)
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
