"""`reader --self-test` (and `dual-reader --self-test` in an installed build): does this copy of the
program work? Run by the packaging smoke test on every build, and by a user whose install misbehaves.

It starts the real window offscreen with a throw-away library and settings, so nothing of the user's
is read or written: imports the starter articles, opens a Korean and an English article, checks that
their facts were found and that the bundled Nanum font draws them, renders the window to an image,
and exports the articles with a note each. Each step prints one line; the first failure prints one
line saying what failed and why (on stderr) and the exit code is 1. Exit code 0 means all passed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

NOTE = "Dual Reader self-test note"
EXPORT_FORMATS = ("md", "html", "json", "csv", "pdf")
# Qt messages the offscreen platform always prints; anything else Qt says is shown as a note.
BENIGN_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)


class Failure(Exception):
    """A check that did not hold; the message is the one line the user sees."""


def _out(line: str, stream=None) -> None:
    stream = stream or sys.stdout
    if stream is not None:  # a windowed Windows build has no console; the exit code still tells
        print(line, file=stream, flush=True)


def check(condition, message: str) -> None:
    if not condition:
        raise Failure(message)


class SelfTest:
    def __init__(self, work: Path, keep: Path | None):
        self.work = work
        self.keep = keep
        self.out_dir = keep or work / "out"
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.qt_messages: list[str] = []
        self.app = self.library = self.window = None
        self.articles: dict[str, int] = {}  # "ko"/"en" -> the article opened
        self.facts: dict[int, list] = {}

    # --- the steps, in order --------------------------------------------------------------------

    def step_bundle(self) -> str:
        import reader
        from reader.core.facts import names
        from reader.core.paths import resources_dir, starter_dir

        res, starter = resources_dir(), starter_dir()
        needed = [
            res / "fonts" / "NanumGothic.ttf", res / "fonts" / "NanumMyeongjo.ttf",
            res / "translations" / "dual_reader_ko.qm", res / "icons" / "dual-reader.svg",
            starter / "starter.json", *sorted(names.DATA.glob("*.json")), names.DATA / "world_cities.tsv",
            names.DATA / "names_ko.crfsuite", names.DATA / "names_en.crfsuite",
            names.DATA / "names_ko.attributes.json", names.DATA / "names_en.attributes.json",
            names.DATA / "led_patterns.json",
        ]
        check(len(needed) >= 8, f"the facts tables are missing from {names.DATA}")
        missing = [str(p) for p in needed if not p.is_file()]
        check(not missing, f"files missing from this installation: {', '.join(missing)}")
        from reader.core.facts import recogniser

        check(recogniser.available("ko") and recogniser.available("en"), "the name recogniser's models do not load (python-crfsuite)")
        kind = "frozen build" if getattr(sys, "frozen", False) else "checkout or wheel"
        return f"Dual Reader {reader.__version__}, {kind}, resources in {res}"

    def step_library(self) -> str:
        from reader.core.library import Library
        from reader.core.starter import import_starter, manifest

        self.library = Library.open(self.work / "library")
        results = import_starter(self.library)
        failed = [f"{Path(r.path).name} ({r.error})" for r in results if r.status == "failed"]
        check(not failed, f"starter articles failed to import: {'; '.join(failed)}")
        expected = len(manifest())
        check(self.library.count() == expected, f"the library holds {self.library.count()} articles after importing {expected} starter articles")
        # A Korean and an English news article (not the welcome pages): the first of each in the manifest.
        by_file = {Path(r.path).name: r for r in results}
        for entry in manifest():
            result = by_file.get(entry["file"])
            if result and not entry.get("welcome") and entry.get("lang") in ("ko", "en"):
                self.articles.setdefault(entry["lang"], result.id)
        check(set(self.articles) == {"ko", "en"}, "the starter articles hold no Korean and English news article to open")
        return f"{expected} starter articles imported into a temporary library"

    def step_application(self) -> str:
        from PySide6.QtCore import QSettings, qInstallMessageHandler

        from reader.ui import icons
        from reader.ui.app import make_application
        from reader.ui.fonts import SANS, SERIF, register_fonts

        qInstallMessageHandler(self._qt_message)
        # Without its platform plugin Qt aborts the process with a message of its own: say it first.
        from PySide6.QtCore import QCoreApplication

        folders = [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]
        check(any(f.is_dir() and any(f.glob("*offscreen*")) for f in folders),
              f"Qt's offscreen platform plugin is missing (looked in {', '.join(map(str, folders)) or 'no plugin folder'})")
        # Every QSettings() of the program now reads and writes a file in the temporary folder.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(self.work / "settings"))
        self.app = make_application(ui_lang="en")
        platform = self.app.platformName()
        check(platform == "offscreen", f"Qt started the {platform!r} platform instead of 'offscreen'")
        families = register_fonts()
        check(SANS in families and SERIF in families, f"the bundled Nanum fonts did not load (registered: {families or 'none'})")
        icon = self.app.windowIcon()
        check(not icon.isNull() and not icon.pixmap(64, 64).isNull(), "the window icon (SVG) cannot be drawn: are Qt's SVG plugins missing?")
        check(not icons.icon("fa5s.book-open").pixmap(32, 32).isNull(), "qtawesome's icon fonts are missing")
        return f"Qt {self._qt_version()} on the offscreen platform; fonts {', '.join(f for f in families if f.startswith('Nanum'))}"

    def step_translations(self) -> str:
        from PySide6.QtCore import QCoreApplication

        from reader.ui import i18n

        try:
            check(i18n.install("ko") == "ko", "the Korean interface could not be chosen")
            ours = QCoreApplication.translate("MainWindow", "&File")
            qts = QCoreApplication.translate("QPlatformTheme", "Cancel")
            check(ours != "&File", "the Korean catalogue dual_reader_ko.qm did not load")
            check(qts != "Cancel", "Qt's Korean catalogue qtbase_ko.qm did not load")
        finally:
            i18n.install("en")
        return f"Korean: {ours.replace('&', '')} / {qts}"

    def step_window(self) -> str:
        from PySide6.QtCore import QSettings

        from reader.ui.main_window import MainWindow

        settings = QSettings(str(self.work / "window.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.library, settings)
        self.window.resize(1280, 800)
        self.window.show()
        self._settle()
        parts = []
        for lang in ("ko", "en"):
            article_id = self.articles[lang]
            self.window.select_article(article_id)
            self._settle()
            shown = self.window.reader.article
            check(self.window.current_id == article_id and shown is not None and shown["id"] == article_id,
                  f"the {lang} article #{article_id} was selected but the reading pane does not show it")
            facts = self.window.facts_for(shown)
            check(facts, f"no facts were found in the {lang} article #{article_id} ({shown['title'][:40]})")
            self.facts[article_id] = facts
            used = self._fonts_drawing(shown["text"], lang)
            check(used, f"the {lang} article #{article_id} was not laid out in the reading pane")
            check(all(f.startswith("Nanum") for f in used),
                  f"the {lang} article is drawn with {', '.join(sorted(used))}, not the bundled Nanum fonts")
            kinds = sorted({f.kind for f in facts})
            parts.append(f"{lang} #{article_id}: {len(facts)} facts ({', '.join(kinds)}), font {', '.join(sorted(used))}")
        return "; ".join(parts)

    def step_render(self) -> str:
        image = self.window.grab().toImage()
        check(not image.isNull() and image.width() > 0 and image.height() > 0, "the window rendered to an empty image")
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), max(1, image.width() // 64))
            for y in range(0, image.height(), max(1, image.height() // 64))
        }
        check(len(colours) >= 16, f"the rendered window is almost blank ({len(colours)} colours)")
        path = self.out_dir / "window.png"
        check(image.save(str(path)) and path.stat().st_size > 0, f"cannot write {path}")
        return f"{image.width()}x{image.height()}, {len(colours)} colours sampled, {path.stat().st_size // 1024} KiB PNG"

    def step_export(self) -> str:
        try:
            from reader.core.export import export_articles
        except ImportError as exc:
            if exc.name == "reader.core.export":
                return "SKIPPED: reader.core.export is not in this build"
            raise Failure(f"the export cannot be imported: {exc}") from exc
        ids = [self.articles["ko"], self.articles["en"]]
        noted = self._add_notes(ids)
        written = []
        for fmt in EXPORT_FORMATS:
            dest = self.out_dir / f"export-{fmt}"  # a folder: one file per article (md, html, pdf) or one for all
            dest.mkdir(parents=True, exist_ok=True)
            try:
                export_articles(self.library, ids, fmt, dest, **self._export_options(export_articles, fmt))
            except Exception as exc:  # noqa: BLE001 -- any error is the failure to report
                raise Failure(f"exporting to {fmt} failed: {type(exc).__name__}: {exc}") from exc
            files = sorted(p for p in dest.rglob("*") if p.is_file())
            check(files and all(p.stat().st_size > 0 for p in files), f"exporting to {fmt} wrote nothing (or empty files) to {dest}")
            if fmt == "pdf":
                check(all(p.read_bytes().startswith(b"%PDF") for p in files), "the PDF export wrote a file that is not a PDF")
                check(all(b"Nanum" in p.read_bytes() for p in files), "the PDF export does not embed the bundled Nanum fonts")
            elif noted:
                text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
                check(NOTE in text, f"the {fmt} export does not contain the notes")
            written.append(f"{fmt} ({len(files)} file{'s' if len(files) > 1 else ''}, {sum(p.stat().st_size for p in files) // 1024 or 1} KiB)")
        return ", ".join(written) + (", with a note on each article" if noted else "; no annotations module, so articles only")

    @staticmethod
    def _export_options(export_articles, fmt: str) -> dict:
        """PDF is printed by the Qt layer (reader.ui.pdf), handed to the core's export as `pdf_writer`."""
        import inspect

        if fmt != "pdf" or "pdf_writer" not in inspect.signature(export_articles).parameters:
            return {}
        from reader.ui.pdf import write_pdf

        return {"pdf_writer": write_pdf}

    # --- helpers --------------------------------------------------------------------------------

    def _add_notes(self, ids: list[int]) -> bool:
        """A highlight with a note on each article's first fact, so that the export has notes to carry."""
        try:
            from reader.core import annotations
        except ImportError as exc:
            if exc.name == "reader.core.annotations":
                return False
            raise
        for article_id in ids:
            fact = self.facts[article_id][0]
            annotations.add(self.library, article_id, fact.start, fact.end, note=NOTE)
        return True

    def _settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def _fonts_drawing(self, text: str, lang: str) -> set[str]:
        """The font families the reading pane actually draws the article's letters with (not the ones
        asked for): Hangul for the Korean article, Latin letters for the English one."""
        import re

        document = self.window.reader.document()
        layout = document.documentLayout()
        wanted = re.compile(r"[\uac00-\ud7a3]" if lang == "ko" else r"[A-Za-z]")
        used: set[str] = set()
        block = document.begin()
        while block.isValid() and len(used) < 8:
            if wanted.search(block.text()):
                layout.blockBoundingRect(block)  # lays the document out up to this block
                for run in block.layout().glyphRuns(0, len(block.text())):
                    if run.glyphIndexes():
                        used.add(run.rawFont().familyName())
            block = block.next()
        return used

    def _qt_message(self, mode, context, message: str) -> None:
        if not any(message.startswith(b) for b in BENIGN_QT_MESSAGES):
            self.qt_messages.append(message.splitlines()[0] if message else message)

    @staticmethod
    def _qt_version() -> str:
        from PySide6.QtCore import qVersion

        return qVersion()

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            if self.app is not None:
                self._settle()
        if self.library is not None:
            self.library.close()
            self.library = None


STEPS = ("bundle", "library", "application", "translations", "window", "render", "export")


def run(keep: Path | None = None, show_traceback: bool = False) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never a real window, with or without a display
    for stream in (sys.stdout, sys.stderr):  # Korean in a console or pipe that cannot encode it: never a crash
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="dual-reader-selftest-"))
    test = SelfTest(work, keep)
    step = STEPS[0]
    try:
        for step in STEPS:
            t0 = time.perf_counter()
            detail = getattr(test, f"step_{step}")()
            _out(f"ok    {step:<13} {detail}  ({time.perf_counter() - t0:.2f} s)")
        for message in test.qt_messages:
            _out(f"note  Qt said: {message}")
        _out(f"self-test passed in {time.perf_counter() - started:.1f} s")
        return 0
    except Failure as exc:
        _out(f"self-test FAILED at {step}: {exc}", sys.stderr)
    except Exception as exc:  # noqa: BLE001 -- an unexpected error is one line too, with where it happened
        where = traceback.extract_tb(exc.__traceback__)[-1]
        _out(f"self-test FAILED at {step}: {type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})", sys.stderr)
        if show_traceback:
            traceback.print_exc()
    finally:
        try:
            test.close()
        finally:
            shutil.rmtree(work, ignore_errors=True)
    for message in test.qt_messages:
        _out(f"note  Qt said: {message}", sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="reader --self-test", description="Check that this installation of Dual Reader works.")
    parser.add_argument("--keep", metavar="DIR", type=Path, help="write the rendered window and the exports to DIR")
    parser.add_argument("--traceback", action="store_true", help="print the traceback of an unexpected error")
    args = parser.parse_args(argv)
    return run(keep=args.keep, show_traceback=args.traceback)
