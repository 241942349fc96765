"""Import from the window: a real temporary library, a real worker thread, real Qt events."""

import shutil
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QPushButton, QWidget

from reader.core.library import Library
from reader.ui.import_controller import ImportController, paths_from_mime

FIXTURES = Path(__file__).parent.parent / "fixtures"

# The offscreen platform cannot resize a shown window to a layout's size hints and says so whenever
# a status bar or a message box is laid out; it is no fault of the code under test.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ARTICLES = ["korean_plain.txt", "seed_like_plain.txt", "frontmatter_plain.md", "page_with_chrome.html"]


@pytest.fixture
def lib_path(tmp_path):
    path = tmp_path / "lib"
    Library.open(path).close()  # as the window would have it: migrated before any import starts
    return path


@pytest.fixture
def window(qtbot):
    w = QMainWindow()  # what the controller gets in the app: its summary goes to the status bar
    w.setCentralWidget(QWidget())
    w.resize(600, 400)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def controller(lib_path, window):
    c = ImportController(lib_path, window)
    yield c
    assert c.wait(30000), "the import thread did not end"
    assert not c.is_busy()
    if c.last_summary is not None:
        c.last_summary.close()
    assert c.progress is None


def library_rows(lib_path):
    with Library.open(lib_path) as lib:
        return [lib.get(a["id"]) for a in lib.list_articles()]


def articles_folder(tmp_path, names=ARTICLES):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def test_a_folder_imports_in_a_thread_and_results_arrive_through_finished(qtbot, controller, lib_path, tmp_path, monkeypatch):
    folder = articles_folder(tmp_path)
    threads = set()
    import reader.ui.import_controller as module

    real = module.import_paths

    def spy(*args, **kwargs):
        threads.add(threading.current_thread())
        assert kwargs["workers"] == 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "import_paths", spy)
    with qtbot.waitSignal(controller.finished, timeout=30000) as signal:
        controller.import_paths([str(folder)], tags=["inbox"])
        assert controller.is_busy()
    results = signal.args[0]
    assert [r.status for r in results] == ["imported"] * len(ARTICLES)
    assert threads and threading.main_thread() not in threads
    assert not controller.is_busy()
    assert controller.last_summary is None  # all went well: a status message, no dialog
    assert controller.last_message == "Imported 4 articles."
    assert controller.parent_widget.statusBar().currentMessage() == "Imported 4 articles."
    rows = library_rows(lib_path)
    assert sorted(r["id"] for r in rows) == sorted(r.id for r in results)
    assert all("inbox" in r["tags"] for r in rows)


def test_failing_files_are_summarised_and_the_rest_is_imported(qtbot, controller, lib_path, tmp_path):
    folder = articles_folder(tmp_path, ARTICLES[:2])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.bin").write_bytes(bytes(range(256)) * 40)
    with qtbot.waitSignal(controller.finished, timeout=30000) as signal:
        controller.import_paths([str(folder)])
    statuses = {r.path.rsplit("/", 1)[-1]: r.status for r in signal.args[0]}
    assert statuses == {"empty.txt": "failed", "picture.bin": "failed", "korean_plain.txt": "imported", "seed_like_plain.txt": "imported"}
    assert len(library_rows(lib_path)) == 2
    box = controller.last_summary
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "Imported 2 articles. 2 files could not be imported."
    details = box.detailedText().splitlines()
    assert "empty.txt — the file is empty" in details
    assert any(line.startswith("picture.bin — ") for line in details)

    # The same folder again: everything good is a duplicate now, and is listed as such.
    with qtbot.waitSignal(controller.finished, timeout=30000):
        controller.import_paths([str(folder / "korean_plain.txt")])
    assert controller.last_summary is not box and controller.last_summary.icon() == QMessageBox.Icon.Information
    assert controller.last_summary.detailedText() == "korean_plain.txt — already in the library"
    assert len(library_rows(lib_path)) == 2


def test_cancel_on_the_progress_dialog_stops_between_files(qtbot, controller, lib_path, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(300):
        (folder / f"note_{i:03}.txt").write_text(f"Note {i}\n\nExports of item {i} rose by {i} percent in May, officials said.\n")
    seen = []
    with qtbot.waitSignal(controller.finished, timeout=60000) as signal:
        controller.import_paths([str(folder)])
        dialog = controller.progress
        assert dialog.windowModality() == Qt.WindowModality.WindowModal and dialog.minimumDuration() == 400
        qtbot.waitUntil(lambda: dialog.value() >= 1, timeout=30000)
        seen.append((dialog.maximum(), dialog.labelText()))
        dialog.findChild(QPushButton).click()
    total, label = seen[0]
    assert total == 300
    assert label.startswith("Importing ") and " of 300: note_" in label
    results = signal.args[0]
    assert 1 <= len(results) < 300
    assert len(library_rows(lib_path)) == len(results) < 300
    assert controller.last_message.endswith("The import was cancelled.")


def test_a_later_request_waits_for_the_running_one(qtbot, controller, lib_path, tmp_path):
    folder = articles_folder(tmp_path)
    batches = []
    controller.finished.connect(batches.append)
    controller.import_paths([str(folder / ARTICLES[0]), str(folder / ARTICLES[1])])
    controller.import_paths([str(folder / ARTICLES[2])])
    assert controller.wait(30000)  # blocking, as the window does when it closes
    assert [len(b) for b in batches] == [2, 1]
    assert len(library_rows(lib_path)) == 3


class DropTarget(QWidget):
    def __init__(self, controller):
        super().__init__()
        self.controller = controller
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event):  # noqa: N802
        if paths_from_mime(event.mimeData()) or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        if self.controller.import_mime(event.mimeData()):
            event.acceptProposedAction()


def test_dropped_files_are_imported(qtbot, controller, lib_path, tmp_path):
    folder = articles_folder(tmp_path)
    target = DropTarget(controller)
    qtbot.addWidget(target)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder / ARTICLES[0])), QUrl.fromLocalFile(str(folder / ARTICLES[3])), QUrl("https://example.com/page")])
    assert paths_from_mime(mime) == [str(folder / ARTICLES[0]), str(folder / ARTICLES[3])]
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(controller.finished, timeout=30000) as signal:
        QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    assert [r.status for r in signal.args[0]] == ["imported", "imported"]
    assert len(library_rows(lib_path)) == 2


def test_a_dropped_web_link_is_not_an_article(controller, lib_path):
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/page")])
    mime.setText("https://example.com/page")
    assert controller.import_mime(mime) is False
    assert not controller.is_busy()


def test_pasted_html_fragment_imports_as_html(qtbot, controller, lib_path):
    mime = QMimeData()
    mime.setHtml("<p>Seoul stocks closed <b>higher</b> on Tuesday as chip exports rose.</p>")
    mime.setText("Seoul stocks closed higher on Tuesday as chip exports rose.")
    with qtbot.waitSignal(controller.finished, timeout=30000) as signal:
        assert controller.import_mime(mime) is True
    (result,) = signal.args[0]
    assert result.status == "imported"
    (row,) = library_rows(lib_path)
    assert row["format"] == "html"
    assert "**higher**" in row["markdown"]


def test_pasted_text_imports_as_text(qtbot, controller, lib_path):
    mime = QMimeData()
    mime.setText((FIXTURES / "korean_plain.txt").read_text(encoding="utf-8"))
    with qtbot.waitSignal(controller.finished, timeout=30000) as signal:
        assert controller.import_mime(mime) is True
    (result,) = signal.args[0]
    assert result.status == "imported" and result.lang == "ko"
    (row,) = library_rows(lib_path)
    assert row["format"] == "text" and row["title"]


def test_an_empty_clipboard_imports_nothing(controller, lib_path):
    assert controller.import_mime(QMimeData()) is False
    blank = QMimeData()
    blank.setText("   \n")
    assert controller.import_mime(blank) is False
    assert not controller.is_busy()
    assert library_rows(lib_path) == []


def test_choose_files_and_folder_use_the_file_dialogs(qtbot, controller, lib_path, tmp_path, monkeypatch):
    folder = articles_folder(tmp_path)
    calls = []

    def files(parent, caption, directory, filters):
        calls.append(filters)
        return [str(folder / ARTICLES[0])], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(files))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda parent, caption, directory: str(folder)))
    with qtbot.waitSignal(controller.finished, timeout=30000):
        controller.choose_files()
    assert "Markdown (*.md *.markdown)" in calls[0] and "All files (*)" in calls[0]
    with qtbot.waitSignal(controller.finished, timeout=30000) as signal:
        controller.choose_folder()
    assert sorted(r.status for r in signal.args[0]) == ["duplicate", "imported", "imported", "imported"]
    assert len(library_rows(lib_path)) == len(ARTICLES)



def test_pasted_html_without_an_article_falls_back_to_the_plain_text(qtbot, controller, lib_path):
    mime = QMimeData()
    mime.setHtml('<img src="chart.png">')
    mime.setText("Chip exports rose 20 percent in May, the trade ministry said.")
    with qtbot.waitSignal(controller.finished, timeout=30000) as signal:
        assert controller.import_mime(mime) is True
    assert [r.status for r in signal.args[0]] == ["imported"]
    (row,) = library_rows(lib_path)
    assert row["format"] == "text"


def test_a_large_batch_does_not_exhaust_the_interpreter(qtbot, controller, lib_path, tmp_path):
    """Regression: PySide6 6.12.0 drops a reference to True on every Python-side signal emit; one
    signal per file let a few hundred files bring the refcount of True to zero and abort Python."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(400):
        (folder / f"n{i:03}.txt").write_text(f"Note {i}\n\nShipments of part {i} grew {i} percent, the agency said.\n")
    before = sys.getrefcount(True)
    with qtbot.waitSignal(controller.finished, timeout=60000) as signal:
        controller.import_paths([str(folder)])
    assert len(signal.args[0]) == 400
    assert sys.getrefcount(True) - before > -50
