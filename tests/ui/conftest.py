import shutil

import pytest
from PySide6.QtCore import QSettings

from reader.core.library import Library
from reader.core.starter import import_starter


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


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, starter_library, settings):
    from reader.ui.app import make_application
    from reader.ui.main_window import MainWindow

    make_application()
    w = MainWindow(starter_library, settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.activateWindow()  # window shortcuts (J, K, M, S) need the active window
    qtbot.waitActive(w)
    yield w
    if w.importer.is_busy():
        w.importer.wait()
