"""Import from the window: files, folders, drops and pastes, run off the UI thread with a progress
dialog that can be cancelled, and a summary when the batch ends.

The worker thread opens its own Library connection (SQLite connections must not cross threads) and
is the one writer while it runs; requests made meanwhile wait in a queue, so there is never a second.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from reader.ui import icons
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDeadlineTimer, QMimeData, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QPushButton, QWidget

from reader.core.importing.importer import ImportResult, expand_paths, import_paths, import_text
from reader.core.importing.sniff import sniff
from reader.core.library import Library

PASTED = QT_TRANSLATE_NOOP("ImportController", "(pasted text)")  # the core's label for a paste; translated when shown


def _display_name(path: str) -> str:
    name = Path(path).name
    return QCoreApplication.translate("ImportController", PASTED) if name == PASTED else name


def paths_from_mime(mime: QMimeData) -> list[str]:
    """Local files and folders from file URLs; web links are never fetched, so they are left out."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def texts_from_mime(mime: QMimeData) -> list[str]:
    """What a paste offers, best first: HTML keeps headings and emphasis; plain text is the fallback."""
    texts = []
    if mime is not None and mime.hasHtml() and mime.html().strip():
        html = mime.html()
        # A copied fragment has no <html>; without it a short one would be sniffed as text, tags and all.
        texts.append(html if sniff(html) == "html" else f"<html><body>{html}</body></html>")
    if mime is not None and mime.hasText() and mime.text().strip():
        texts.append(mime.text())
    return texts


@dataclass
class _Job:
    paths: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # a paste: alternatives of one article, best first


class _ImportThread(QThread):
    """One batch. It reports through attributes the UI thread polls, not through signals it emits:
    PySide6 6.12.0 on CPython 3.11 drops a reference to True on every Python-side
    SignalInstance.emit(), so a signal per file crashed the interpreter after a few hundred files.
    Signals Qt emits itself (QThread.finished, QTimer.timeout) are not affected."""

    def __init__(self, library_path: Path, job: _Job, cancel: threading.Event):
        super().__init__()
        self.library_path, self.job, self.cancel = library_path, job, cancel
        self.results: list[ImportResult] = []
        self.state = (0, 0, "")  # files done, files in all, the next file's name: replaced whole, never torn

    def run(self) -> None:
        try:
            with Library.open(self.library_path) as library:
                self.results = self._paste(library) if self.job.texts else self._files(library)
        except Exception as exc:  # noqa: BLE001 -- an uncaught error would leave the dialog up forever
            label = ", ".join(Path(p).name for p in self.job.paths) or PASTED
            self.results = [ImportResult(label, "failed", error=str(exc))]

    def _paste(self, library: Library) -> list[ImportResult]:
        result = None
        for text in self.job.texts:
            result = import_text(library, text, tags=self.job.tags)
            if result.status != "failed":
                break
        return [result]

    def _files(self, library: Library) -> list[ImportResult]:
        labels = [label for label, _file, _error in expand_paths(self.job.paths)]
        total = len(labels)
        self.state = (0, total, Path(labels[0]).name if labels else "")

        def progress(done: int, _result: ImportResult) -> None:
            self.state = (done, total, Path(labels[done]).name if done < total else "")

        # The expanded labels expand to themselves (a failing folder to the same error), so passing
        # them walks the folders once, and the count shown is exactly what import_paths goes through.
        return import_paths(library, labels, tags=self.job.tags, progress=progress, cancelled=self.cancel.is_set, workers=1)


class ImportController(QObject):
    finished = Signal(list)  # list[ImportResult], when a batch ends, also when it was cancelled

    def __init__(self, library_path: Path, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.library_path = Path(library_path)
        self.parent_widget = parent_widget
        self.progress: QProgressDialog | None = None
        self.last_summary: QMessageBox | None = None
        self.last_message = ""
        self._queue: list[_Job] = []
        self._thread: _ImportThread | None = None
        self._cancel = threading.Event()
        self._last_dir = ""
        self._poll = QTimer(self)
        self._poll.setInterval(50)  # a 20 Hz refresh is smooth; more would only load the UI thread
        self._poll.timeout.connect(self._show_progress)

    # --- requests -----------------------------------------------------------------------

    def import_paths(self, paths: list[str], tags: list[str] = ()) -> None:
        if paths:
            self._submit(_Job(paths=[str(p) for p in paths], tags=list(tags)))

    def import_mime(self, mime: QMimeData) -> bool:
        paths = paths_from_mime(mime)
        if paths:
            self.import_paths(paths)
            return True
        if mime is None or (mime.hasUrls() and not mime.hasHtml()):
            return False  # a dragged web link is not an article, and nothing is fetched
        texts = texts_from_mime(mime)
        if texts:
            self._submit(_Job(texts=texts))
        return bool(texts)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.parent_widget, self.tr("Import Files"), self._last_dir,
            self.tr("Articles (*.html *.htm *.md *.markdown *.txt);;HTML (*.html *.htm);;"
                    "Markdown (*.md *.markdown);;Text (*.txt);;All files (*)"),
        )
        if files:
            self._last_dir = str(Path(files[0]).parent)
            self.import_paths(files)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.parent_widget, self.tr("Import Folder"), self._last_dir)
        if folder:
            self._last_dir = folder
            self.import_paths([folder])

    def is_busy(self) -> bool:
        return self._thread is not None or bool(self._queue)

    def cancel(self) -> None:
        """Stop after the file being imported now, and drop what was waiting."""
        self._queue.clear()
        self._cancel.set()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until every queued batch has ended (its summary shown, `finished` emitted)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._thread is not None:
            if not self._thread.wait(deadline):
                return False
            self._finish()  # the queued QThread.finished would come too late for a caller that blocks
        return True

    # --- the batch ----------------------------------------------------------------------

    def _submit(self, job: _Job) -> None:
        self._queue.append(job)
        if self._thread is None:
            self._start_next()

    def _start_next(self) -> None:
        if not self._queue:
            return
        job = self._queue.pop(0)
        self._cancel.clear()
        self._thread = _ImportThread(self.library_path, job, self._cancel)
        self._thread.finished.connect(self._finish)  # queued: emitted in the thread, handled here
        if job.paths:
            self.progress = self._progress_dialog()
            self._poll.start()
        self._thread.start()

    def _progress_dialog(self) -> QProgressDialog:
        dialog = QProgressDialog(self.tr("Counting files…"), "", 0, 0, self.parent_widget)
        dialog.setCancelButton(QPushButton(icons.icon("fa5s.times"), self.tr("Cancel")))
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setWindowIcon(icons.icon("fa5s.file-import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)  # quick imports finish before the dialog would flash up
        dialog.canceled.connect(self.cancel)
        return dialog

    @Slot()
    def _show_progress(self) -> None:
        dialog, thread = self.progress, self._thread
        if dialog is None or thread is None:
            return
        done, total, name = thread.state
        if not total or (done, total) == (dialog.value(), dialog.maximum()):
            return
        if done < total:
            dialog.setLabelText(self.tr("Importing {n} of {total}: {name}").format(n=done + 1, total=total, name=name))
        dialog.setMaximum(total)
        # Last: on a modal dialog setValue() processes events, and this batch may end in there.
        dialog.setValue(done)

    @Slot()
    def _finish(self) -> None:
        thread = self._thread
        if thread is None or not thread.isFinished():
            return  # a late QThread.finished from a batch that wait() already finished
        thread.wait()  # isFinished() is true while the thread is still emitting finished; let it end
        results, cancelled = thread.results, self._cancel.is_set()
        self._thread = None
        self._poll.stop()
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self._summarise(results, cancelled)
        self.finished.emit(results)
        self._start_next()

    # --- the summary --------------------------------------------------------------------

    def _summarise(self, results: list[ImportResult], cancelled: bool) -> None:
        imported = sum(r.status == "imported" for r in results)
        failed = [r for r in results if r.status == "failed"]
        duplicates = [r for r in results if r.status == "duplicate"]
        # Literal strings for the translation tools; %n with the count lets a translation give every
        # plural form its language has.
        parts = [self.tr("Imported 1 article.") if imported == 1 else self.tr("Imported %n articles.", "", imported)]
        n = len(failed)
        if n:
            parts.append(self.tr("1 file could not be imported.") if n == 1 else self.tr("%n files could not be imported.", "", n))
        n = len(duplicates)
        if n:
            parts.append(self.tr("1 was already in the library.") if n == 1 else self.tr("%n were already in the library.", "", n))
        n = sum(r.status == "updated" for r in results)
        if n:
            parts.append(self.tr("1 article was updated to a newer version.") if n == 1 else self.tr("%n articles were updated to a newer version.", "", n))
        n = sum(r.review for r in results)
        if n:
            parts.append(self.tr("%n highlight(s) need review.", "", n))
        if cancelled:
            parts.append(self.tr("The import was cancelled."))
        self.last_message = " ".join(parts)
        if isinstance(self.parent_widget, QMainWindow):
            self.parent_widget.statusBar().showMessage(self.last_message, 8000)
        if not failed and not duplicates:
            return
        details = [f"{_display_name(r.path)} — {r.error}" for r in failed]
        already = self.tr("already in the library")
        details += [f"{_display_name(r.path)} — {already}" for r in duplicates]
        if self.last_summary is not None:
            self.last_summary.close()
            self.last_summary.deleteLater()
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import"))
        box.setWindowIcon(icons.icon("fa5s.file-import"))
        box.setText(self.last_message)
        box.setDetailedText("\n".join(details))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()  # not exec(): the window (and a test) keeps running while it is up
        self.last_summary = box
