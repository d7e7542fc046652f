"""Simplified Chinese ships beside English: every string is translated and compiled."""
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "digitlab_zh_CN.ts"
QM = TS.with_suffix(".qm")


def messages(ts_path):
    tree = ElementTree.parse(ts_path)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            yield context.findtext("name"), message.findtext("source"), translation


def test_every_string_in_the_sources_is_in_the_ts_file(tmp_path):
    """Run lupdate on a copy: it must find nothing new and nothing left unfinished."""
    lupdate = shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(path) for path in (ROOT / "gui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True)
    untranslated = [
        (context, source)
        for context, source, translation in messages(copy)
        if translation is None or translation.get("type") in ("unfinished",) or not (translation.text or "").strip()
    ]
    assert not untranslated, f"{len(untranslated)} strings without a Chinese translation, e.g. {untranslated[:5]}"


def test_placeholders_survive_translation():
    """%1-style and {name}-style placeholders must all be in the translation, unchanged."""
    import re

    pattern = re.compile(r"%\d|\{[^}]*\}")
    for context, source, translation in messages(TS):
        assert sorted(pattern.findall(source)) == sorted(pattern.findall(translation.text or "")), (context, source)


def test_compiled_translation_loads(qapp):
    translator = QTranslator()
    assert translator.load(str(QM)), QM
    assert translator.translate("MenuBar", "&Model") not in ("", "&Model")


def test_compiled_file_is_up_to_date(tmp_path):
    fresh = tmp_path / QM.name
    subprocess.run([shutil.which("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run tools/update_translations.py to recompile"


def tr_calls_inside_f_strings(source: str) -> list[int]:
    """Lines where self.tr(...) sits inside an f-string: lupdate does not see those strings."""
    import ast

    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "tr":
                    lines.append(inner.lineno)
    return lines


def test_no_translated_string_hides_inside_an_f_string():
    found = {path.name: lines for path in sorted((ROOT / "gui").rglob("*.py")) if (lines := tr_calls_inside_f_strings(path.read_text(encoding="utf-8")))}
    assert found == {}, f"self.tr inside f-strings (untranslatable): {found}"
    assert tr_calls_inside_f_strings("x = f\"{self.tr('Verdict')} {y}\"\n") == [1]  # the check sees them
