"""`reader screenshot`: the window rendered offscreen to a PNG, for the README and for looking."""

from __future__ import annotations

import os
from pathlib import Path


def take(out: Path, library_path: Path, *, article: int | None, size: tuple[int, int], theme: str, ui_lang: str, panel: str = "facts",
         side_by_side: bool = False) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from reader.ui.app import make_application

    app = make_application(ui_lang=ui_lang)
    from reader.core.library import Library
    from reader.ui.main_window import MainWindow

    settings = QSettings(str(out.with_suffix(".ini")), QSettings.Format.IniFormat)  # never the user's own settings
    library = Library.open(library_path)
    try:
        window = MainWindow(library, settings)
        window.set_theme(theme, save=False)
        window.resize(*size)
        window.splitter.setSizes([int(size[0] * 0.15), int(size[0] * 0.35), int(size[0] * 0.5)])
        if article is not None:
            window.select_article(article)
        (window.notes_dock if panel == "notes" else window.facts_dock).raise_()
        window.show()
        for _ in range(5):
            app.processEvents()
        shown = window
        if side_by_side:
            window.on_side_by_side()
            shown = getattr(window, "bilingual_window", None)
            if shown is None:
                raise ValueError("this article has no counterpart to show side by side")
            shown.resize(*size)
            for _ in range(5):
                app.processEvents()
        image = shown.grab()
        if not image.save(str(out)):
            raise OSError(f"cannot write {out}")
        window.close()
    finally:
        settings_file = out.with_suffix(".ini")
        if settings_file.exists():
            settings_file.unlink()
        library.close()
    return out
