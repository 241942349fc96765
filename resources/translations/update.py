"""Bring the translation catalogues in line with the code: pyside6-lupdate over reader/ui/*.py into
dual_reader_<lang>.ts (new strings arrive "unfinished", vanished ones are dropped), then
pyside6-lrelease to the .qm files the program loads.

    python resources/translations/update.py           # lupdate + lrelease
    python resources/translations/update.py --release # lrelease only (after translating in Linguist)

Run it with the project's Python: the tools come with PySide6 (pyside6-lupdate, pyside6-lrelease).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = {"ko": "ko_KR"}  # the interface languages besides the source language, English


def tool(name: str) -> str:
    """pyside6-<name> next to this Python (a venv), on PATH, or the binary inside the PySide6 package."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    for candidate in (Path(PySide6.__file__).parent / name, Path(PySide6.__file__).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found; install PySide6 into this Python")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "reader" / "ui").glob("*.py"))


def update(lang: str) -> None:
    ts = HERE / f"dual_reader_{lang}.ts"
    subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-source-language", "en",
                    "-target-language", LANGUAGES[lang], "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def update_english_plurals() -> None:
    """English needs a catalogue too, for plurals only: "%n article(s)" -> "1 article" / "2 articles".
    The forms are derived from the "(s)" notation of the source text, so nobody edits this file."""
    import re
    import xml.etree.ElementTree as ET

    ts = HERE / "dual_reader_en.ts"
    subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-pluralonly", "-source-language", "en",
                    "-target-language", "en_US", "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        for form in list(translation):
            translation.remove(form)
        for text in (re.sub(r"\((\w+)\)", "", source), re.sub(r"\((\w+)\)", r"\1", source)):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(lang: str, out_dir: Path = HERE) -> Path:
    qm = out_dir / f"dual_reader_{lang}.qm"
    subprocess.run([tool("lrelease"), str(HERE / f"dual_reader_{lang}.ts"), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str]) -> int:
    for lang in LANGUAGES:
        if "--release" not in argv:
            update(lang)
        release(lang)
    if "--release" not in argv:
        update_english_plurals()
    release("en")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
