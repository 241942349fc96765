"""Every action declared once: text, icon, shortcuts, objectName. Menus and toolbars are built from
these definitions (GitFourchette's ActionDef, Picard's registry)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from reader.ui import icons
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass
class ActionDef:
    name: str
    text: str
    icon: str | None = None
    shortcuts: list = field(default_factory=list)  # QKeySequence.StandardKey or strings
    checkable: bool = False
    tip: str = ""

    def create(self, parent, slot: Callable) -> QAction:
        action = QAction(tr(self.text), parent)
        action.setObjectName(self.name)
        if self.icon:
            action.setIcon(icons.icon(self.icon))
        keys = []
        for key in self.shortcuts:
            keys.extend(QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)])
        action.setShortcuts(keys)
        action.setCheckable(self.checkable)
        if self.tip:
            action.setToolTip(tr(self.tip))
        action.triggered.connect(slot)
        return action


SK = QKeySequence.StandardKey
DEFS = [
    ActionDef("import_files", "&Import Files…", "fa5s.file-import", [SK.Open], tip="Import saved pages, Markdown or text files"),
    ActionDef("import_folder", "Import &Folder…", "fa5s.folder-open", ["Ctrl+Shift+O"], tip="Import every article in a folder"),
    ActionDef("paste_article", "&Paste as New Article", "fa5s.paste", [SK.Paste], tip="Import the clipboard's text or HTML"),
    ActionDef("quit", "&Quit", "fa5s.sign-out-alt", [SK.Quit]),
    ActionDef("find", "&Search", "fa5s.search", [SK.Find, "Ctrl+K"], tip="Search in Korean and English"),
    ActionDef("manage_tags", "Manage &Tags…", "fa5s.tags", ["Ctrl+Shift+T"]),
    ActionDef("toggle_read", "Mark as &Read / Unread", "fa5s.check-circle", ["M"]),
    ActionDef("toggle_star", "&Star / Unstar", "fa5s.star", ["S"]),
    ActionDef("edit_metadata", "&Edit Details…", "fa5s.edit", ["Ctrl+E"]),
    ActionDef("delete", "&Delete", "fa5s.trash-alt", [SK.Delete]),
    ActionDef("undo", "&Undo", "fa5s.undo", [SK.Undo]),
    ActionDef("redo", "&Redo", "fa5s.redo", [SK.Redo]),
    ActionDef("next_article", "&Next Article", "fa5s.chevron-down", ["J"]),
    ActionDef("previous_article", "&Previous Article", "fa5s.chevron-up", ["K"]),
    ActionDef("zoom_in", "Zoom &In", "fa5s.search-plus", [SK.ZoomIn, "Ctrl+="]),
    ActionDef("zoom_out", "Zoom &Out", "fa5s.search-minus", [SK.ZoomOut]),
    ActionDef("zoom_reset", "&Actual Size", None, ["Ctrl+0"]),
    ActionDef("serif", "Se&rif Text", "fa5s.font", checkable=True),
    ActionDef("shortcuts", "&Keyboard Shortcuts", "fa5s.keyboard", [SK.HelpContents]),
    ActionDef("about", "&About Dual Reader", "fa5s.info-circle"),
]
