"""Bundled fonts, registered at start-up so that Hangul renders on every machine (no tofu)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from reader.core.paths import resources_dir

SANS = "NanumGothic"
SERIF = "NanumMyeongjo"
_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add every bundled font once; return the families now available."""
    if not _registered:
        for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_registered))


def ui_font(point_size: float | None = None) -> QFont:
    """The interface font: the system's Latin face first would lose Hangul on machines without a
    Korean font, so the bundled family leads and the system sans follows as a fallback."""
    font = QFont()
    font.setFamilies([SANS, "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", "sans-serif"])
    if point_size:
        font.setPointSizeF(point_size)
    return font


def reading_families(serif: bool) -> list[str]:
    if serif:
        return [SERIF, "Noto Serif CJK KR", "AppleMyungjo", "Batang", "Georgia", "serif"]
    return [SANS, "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", "sans-serif"]
