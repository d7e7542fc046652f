"""Fill unfinished entries of resources/translations/digitlab_zh_CN.ts from a JSON file {source: translation}.

    python tools/fill_translations.py FILE.json     (then python tools/update_translations.py)

Sources are given as the program writes them (the .ts file's XML escaping is applied here);
each must match exactly one unfinished entry, or nothing is written.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "digitlab_zh_CN.ts"


def main() -> int:
    fills = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    text = TS.read_text(encoding="utf-8")
    for source, translation in fills.items():
        escaped = escape(source, {"'": "&apos;", '"': "&quot;"})
        pattern = re.compile(r"(<source>" + re.escape(escaped) + r'</source>\s*)<translation type="unfinished">[^<]*</translation>')
        text, count = pattern.subn(lambda m: m.group(1) + f"<translation>{escape(translation)}</translation>", text)
        if count != 1:
            sys.exit(f"{source!r}: {count} unfinished entries match; nothing written")
    TS.write_text(text, encoding="utf-8")
    print(f"filled {len(fills)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
