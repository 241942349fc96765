import json
import os
import shutil
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.starter import import_starter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt: tests never need a display

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test may touch the user's real library or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("READER_LIBRARY", raising=False)


@pytest.fixture
def library(tmp_path):
    lib = Library.open(tmp_path / "lib")
    yield lib
    lib.close()


@pytest.fixture
def fixtures():
    return FIXTURES


def expected(name: str) -> dict:
    return json.loads((FIXTURES / name).with_suffix(".expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def starter_library_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("starter-template")
    with Library.open(folder) as lib:
        import_starter(lib)
    return folder


@pytest.fixture
def starter_library(starter_library_template, tmp_path):
    folder = tmp_path / "lib"
    shutil.copytree(starter_library_template, folder)
    lib = Library.open(folder)
    yield lib
    lib.close()
