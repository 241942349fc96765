"""PDF export: Qt prints the export's own HTML page (reader.core.export.notes_html) to PDF, with
the bundled fonts so that Hangul never falls back to boxes. Needs no display: from the command
line a QGuiApplication is started on the offscreen platform."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from reader import __version__
from reader.ui.fonts import SANS, register_fonts

_app = None  # the application this module started, if there was none


def _ensure_app() -> None:
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])
    register_fonts()


def write_pdf(html: str, path: Path) -> None:
    _ensure_app()
    path = Path(path)
    document = QTextDocument()
    font = QFont()
    font.setFamilies([SANS, "Noto Sans CJK KR", "sans-serif"])
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setHtml(html)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator(f"Dual Reader {__version__}")
    document.print_(writer)
    del writer  # the file is complete only once the writer is gone
    if not tmp.exists() or tmp.stat().st_size == 0:
        raise OSError(f"Qt did not write {path}")
    tmp.replace(path)
