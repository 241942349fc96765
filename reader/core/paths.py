"""Where runtime files are: the same lookup in a source checkout, an installed wheel and a frozen build.

The top-level folders `library/` (starter articles) and `resources/` are shipped inside the wheel as
the packages `reader._library` and `reader._resources` (pyproject.toml), and PyInstaller copies them
next to the executable (sys._MEIPASS).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

import reader
from reader import APP_NAME

_CHECKOUT_ROOT = Path(__file__).resolve().parents[2]


def _data_dir(folder: str, package: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / folder).is_dir():
        return Path(frozen) / folder
    if (_CHECKOUT_ROOT / folder).is_dir() and (_CHECKOUT_ROOT / "pyproject.toml").is_file():
        return _CHECKOUT_ROOT / folder
    # An installed wheel: the folder was packaged as reader/_library or reader/_resources (a
    # namespace package without __init__.py, so it is located beside the reader package).
    return Path(reader.__file__).resolve().parent / package.split(".")[-1]


def starter_dir() -> Path:
    return _data_dir("library", "reader._library")


def resources_dir() -> Path:
    return _data_dir("resources", "reader._resources")


def default_library_path() -> Path:
    """READER_LIBRARY if set, else the platform's per-user data folder."""
    env = os.environ.get("READER_LIBRARY")
    if env:
        return Path(env).expanduser()
    return platform_library_path()


def platform_library_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "Library"
