import pytest
from PySide6.QtCore import QSettings


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
