"""Every action declared once: text, icon, shortcuts, objectName. Menus and toolbars are built from
these definitions (GitFourchette's ActionDef, Picard's registry)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from reader.ui import icons
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def strip_mnemonic(text: str) -> str:
    """"&Open…" -> "Open…", and the Korean style "열기(&O)…" -> "열기…" (for tooltips and tables)."""
    return re.sub(r"\s*\(&[^)]\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


@dataclass
class ActionDef:
    name: str
    text: str
    icon: str | None = None
    shortcuts: list = field(default_factory=list)  # QKeySequence.StandardKey or strings
    checkable: bool = False
    tip: str = ""
    role: QAction.MenuRole | None = None

    def create(self, parent, slot: Callable) -> QAction:
        action = QAction(tr(self.text), parent)
        action.setObjectName(self.name)
        if self.icon:
            action.setIcon(icons.icon(self.icon))
        keys = []
        for key in self.shortcuts:
            keys.extend(QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)])
        unique = []
        for key in keys:  # a standard binding and our own fallback may coincide: no ambiguous shortcuts
            if not key.isEmpty() and key not in unique:
                unique.append(key)
        action.setShortcuts(unique)
        if self.role is not None:
            action.setMenuRole(self.role)  # where macOS puts it (application menu)
        action.setCheckable(self.checkable)
        # Qt's own tooltip only drops the "&", which would leave "(I)" from a Korean "가져오기(&I)"
        action.setToolTip(tr(self.tip) if self.tip else strip_mnemonic(action.text()))
        action.triggered.connect(slot)
        return action


SK = QKeySequence.StandardKey
# QT_TRANSLATE_NOOP returns the text unchanged; it only marks the literal for pyside6-lupdate,
# and create() translates it in the "Actions" context.
DEFS = [
    ActionDef("import_files", QT_TRANSLATE_NOOP("Actions", "&Import Files…"), "fa5s.file-import", [SK.Open], tip=QT_TRANSLATE_NOOP("Actions", "Import saved pages, Markdown or text files")),
    ActionDef("import_folder", QT_TRANSLATE_NOOP("Actions", "Import &Folder…"), "fa5s.folder-open", ["Ctrl+Shift+O"], tip=QT_TRANSLATE_NOOP("Actions", "Import every article in a folder")),
    ActionDef("paste_article", QT_TRANSLATE_NOOP("Actions", "&Paste as New Article"), "fa5s.paste", [SK.Paste], tip=QT_TRANSLATE_NOOP("Actions", "Import the clipboard's text or HTML")),
    ActionDef("export_notes", QT_TRANSLATE_NOOP("Actions", "&Export Notes…"), "fa5s.file-export", ["Ctrl+Shift+E"], tip=QT_TRANSLATE_NOOP("Actions", "Export highlights and notes as Markdown, HTML, PDF, JSON or CSV")),
    ActionDef("import_annotations", QT_TRANSLATE_NOOP("Actions", "Import &Annotations…"), "fa5s.file-upload", tip=QT_TRANSLATE_NOOP("Actions", "Restore highlights and notes from a JSON export")),
    ActionDef("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), "fa5s.sign-out-alt", [SK.Quit], role=QAction.MenuRole.QuitRole),
    ActionDef("find", QT_TRANSLATE_NOOP("Actions", "&Search"), "fa5s.search", [SK.Find, "Ctrl+K"], tip=QT_TRANSLATE_NOOP("Actions", "Search in Korean and English")),
    ActionDef("facts_view", QT_TRANSLATE_NOOP("Actions", "Facts in the &Library…"), "fa5s.table", ["Ctrl+Shift+L"]),
    ActionDef("preferences", QT_TRANSLATE_NOOP("Actions", "&Preferences…"), "fa5s.sliders-h", [SK.Preferences, "Ctrl+,"], role=QAction.MenuRole.PreferencesRole),
    ActionDef("manage_tags", QT_TRANSLATE_NOOP("Actions", "Manage &Tags…"), "fa5s.tags", ["Ctrl+Shift+T"]),
    ActionDef("glossary", QT_TRANSLATE_NOOP("Actions", "&Glossary…"), "fa5s.book", tip=QT_TRANSLATE_NOOP("Actions", "Your own Korean/English name pairs, highlighted in every article")),
    ActionDef("toggle_read", QT_TRANSLATE_NOOP("Actions", "Mark as &Read / Unread"), "fa5s.check-circle", ["M"]),
    ActionDef("toggle_star", QT_TRANSLATE_NOOP("Actions", "&Star / Unstar"), "fa5s.star", ["S"]),
    ActionDef("edit_metadata", QT_TRANSLATE_NOOP("Actions", "&Edit Details…"), "fa5s.edit", ["Ctrl+E"]),
    ActionDef("delete", QT_TRANSLATE_NOOP("Actions", "&Delete"), "fa5s.trash-alt", [SK.Delete]),
    ActionDef("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), "fa5s.undo", [SK.Undo]),
    ActionDef("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), "fa5s.redo", [SK.Redo]),
    ActionDef("highlight", QT_TRANSLATE_NOOP("Actions", "&Highlight Selection"), "fa5s.highlighter", ["H"], tip=QT_TRANSLATE_NOOP("Actions", "Highlight the selected text (right-click for colours)")),
    ActionDef("highlight_note", QT_TRANSLATE_NOOP("Actions", "Highlight with &Note…"), "fa5s.sticky-note", ["N"]),
    ActionDef("side_by_side", QT_TRANSLATE_NOOP("Actions", "Read &Side by Side"), "fa5s.columns", ["Ctrl+Shift+B"]),
    ActionDef("next_article", QT_TRANSLATE_NOOP("Actions", "&Next Article"), "fa5s.chevron-down", ["J"]),
    ActionDef("previous_article", QT_TRANSLATE_NOOP("Actions", "&Previous Article"), "fa5s.chevron-up", ["K"]),
    ActionDef("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), "fa5s.search-plus", [SK.ZoomIn, "Ctrl+="]),
    ActionDef("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), "fa5s.search-minus", [SK.ZoomOut]),
    ActionDef("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Actual Size"), "fa5s.expand", ["Ctrl+0"]),
    ActionDef("serif", QT_TRANSLATE_NOOP("Actions", "Se&rif Text"), "fa5s.font", checkable=True),
    ActionDef("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "fa5s.keyboard", [SK.HelpContents]),
    ActionDef("about", QT_TRANSLATE_NOOP("Actions", "&About Dual Reader"), "fa5s.info-circle", role=QAction.MenuRole.AboutRole),
]
