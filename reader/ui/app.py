"""Start-up: identity, fonts, the library (with the starter articles on a first run), the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import APP_ID, APP_NAME, __version__
from reader.core.errors import ReaderError
from reader.core.library import Library
from reader.core.paths import resources_dir
from reader.ui.fonts import register_fonts, ui_font


def make_application(argv: list[str] | None = None, ui_lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setOrganizationDomain("dualreader.org")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = resources_dir() / "icons" / "dual-reader.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_fonts()
    app.setFont(ui_font(app.font().pointSizeF() or 10))
    from reader.ui import i18n

    i18n.install(ui_lang or QSettings().value("view/ui_language", "") or None)
    return app


def open_window(library_path: Path, *, first_run_seed: bool = True):
    from reader.core.starter import seed_if_first_run, welcome_article_id
    from reader.ui.main_window import MainWindow

    library = Library.open(library_path)
    seeded = seed_if_first_run(library) if first_run_seed else None
    window = MainWindow(library, QSettings())
    if seeded:
        from reader.ui.i18n import system_language

        welcome = welcome_article_id(library, QSettings().value("view/ui_language", "") or system_language())
        if welcome:
            window.select_article(welcome)
    return window


class FileOpener(QObject):
    """Files handed over by the desktop ("Open with", a double-click): on the command line, or on
    macOS as file-open events. They are imported like any import (an article already in the library
    is found, not duplicated) and the first one is shown."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.waiting: set[str] = set()
        window.importer.finished.connect(self._imported)

    def open(self, paths) -> None:
        paths = [str(Path(p)) for p in paths]  # as the importer labels its results ("./a.md" -> "a.md")
        if paths:
            self.waiting.update(paths)
            self.window.importer.import_paths(paths)

    def _imported(self, results) -> None:
        ours = [r for r in results if r.path in self.waiting]
        self.waiting.difference_update(r.path for r in ours)
        shown = next((r.id for r in ours if r.id is not None), None)
        if shown is not None:
            self.window.select_article(shown)

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open([event.file()])
            return True
        return super().eventFilter(watched, event)


def run(library_path: Path, files=()) -> int:
    app = make_application()
    try:
        window = open_window(library_path)
    except ReaderError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    opener = FileOpener(window)
    app.installEventFilter(opener)
    opener.open(files)
    window.show()
    code = app.exec()
    window.library.close()
    return code
