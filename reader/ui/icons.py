"""qtawesome icons in the current theme's colours. qtawesome caches an icon by its name and the
options passed, not by its global defaults, so the colour is passed explicitly: a theme change
then yields new icons instead of the cached ones in the old colour."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QIcon

_colours = {"color": "#1d1d1f", "color_disabled": "#9a9aa0"}


def set_colours(text: str, disabled: str) -> None:
    _colours.update(color=text, color_disabled=disabled)


def icon(name: str, **options) -> QIcon:
    return qta.icon(name, **{**_colours, **options})
