"""Light, dark and sepia: one palette each for the widgets and the colours of the reading view.
"system" follows the desktop's colour scheme."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = ("system", "light", "dark", "sepia")


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    base: str  # list and reading background
    alt_base: str
    text: str
    muted: str  # metadata line, secondary text
    accent: str  # links, selection
    highlight_text: str
    rule: str  # borders, quote bars
    quote: str
    search_hit: str


LIGHT = Theme("light", "#f4f4f2", "#ffffff", "#f7f7f5", "#1d1d1f", "#6b6b70", "#2f62c9", "#ffffff", "#dcdcdc", "#4a4a4f", "#ffe27a")
DARK = Theme("dark", "#202124", "#18191b", "#1f2023", "#e6e6e6", "#9a9aa0", "#8ab4f8", "#111111", "#3a3b3e", "#c5c5c8", "#7a6320")
SEPIA = Theme("sepia", "#efe6d2", "#f8f1e3", "#f1e8d6", "#3b2f22", "#7d6b55", "#8a4b14", "#ffffff", "#dccfb4", "#5b4a36", "#f2cf6b")
_BY_NAME = {t.name: t for t in (LIGHT, DARK, SEPIA)}


def resolve(name: str) -> Theme:
    if name in _BY_NAME:
        return _BY_NAME[name]
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def palette(theme: Theme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.base,
        QPalette.ColorRole.AlternateBase: theme.alt_base,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.window,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.highlight_text,
        QPalette.ColorRole.Link: theme.accent,
        QPalette.ColorRole.ToolTipBase: theme.base,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Mid: theme.rule,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(theme.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(theme.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(theme.muted))  # a disabled button must look it
    return p


def stylesheet(theme: Theme) -> str:
    return f"""
    QSplitter::handle {{ background: {theme.rule}; }}
    QSplitter::handle:horizontal {{ width: 1px; }}
    QTreeView#sidebar {{ background: {theme.window}; border: none; padding-top: 4px; }}
    QTreeView#sidebar::item {{ padding: 3px 2px; }}
    QTableView#articleList {{ border: none; background: {theme.base}; }}
    QHeaderView::section {{ background: {theme.window}; color: {theme.muted}; border: none;
        border-bottom: 1px solid {theme.rule}; padding: 4px 6px; }}
    QTableView#articleList::item:selected, QTreeView#sidebar::item:selected {{
        background: {theme.accent}; color: {theme.highlight_text}; }}
    QTextBrowser#readingView {{ border: none; background: {theme.base}; }}
    QLineEdit#searchField {{ padding: 4px 8px; border: 1px solid {theme.rule}; border-radius: 6px;
        background: {theme.base}; min-width: 260px; }}
    QToolBar {{ border: none; border-bottom: 1px solid {theme.rule}; spacing: 4px; padding: 3px; }}
    QStatusBar {{ color: {theme.muted}; }}
    """
