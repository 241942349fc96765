"""Wires the reader's highlights together: the reading view asks for one, the core writes it, the
panel and the page show it, and every change goes on the window's undo stack."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from reader.core import annotations as core
from reader.core.errors import ReaderError
from reader.ui.annotations_ui import AnnotationDialog, AnnotationsPanel


class AnnotationChange(QUndoCommand):
    """One annotation from one state to another (None = absent), undone by going back. States are
    the core's snapshots, so undo restores the very same annotation (id, uid, dates)."""

    def __init__(self, controller: "AnnotationController", before: dict | None, after: dict | None, text: str):
        super().__init__(text)
        self.controller = controller
        self.before, self.after = before, after
        self.done = True  # the change was made before the command was pushed

    def redo(self):
        if self.done:
            self.done = False
            return
        self.controller.apply_state(self.before, self.after)

    def undo(self):
        self.controller.apply_state(self.after, self.before)


class AnnotationController(QObject):
    changed = Signal(int)  # an article whose annotations changed (the side-by-side window listens)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.reader = window.reader
        self.panel = AnnotationsPanel()
        self.article_id: int | None = None
        self.reader.highlightRequested.connect(self.highlight)
        self.reader.annotationEditRequested.connect(self.edit)
        self.reader.annotationDeleteRequested.connect(self.delete)
        self.reader.annotationColorRequested.connect(self.recolour)
        self.reader.annotationMirrorRequested.connect(self.mirror)
        self.reader.selectionChanged.connect(lambda: self.panel.set_has_selection(self.reader.selected_span() is not None))
        self.panel.activated.connect(self.go_to)
        self.panel.editRequested.connect(self.edit)
        self.panel.deleteRequested.connect(self.delete)
        self.panel.reattachRequested.connect(self.reattach)
        self.panel.acceptRequested.connect(self.accept)

    # --- showing ------------------------------------------------------------------------

    def for_article(self, article_id: int | None) -> list:
        from reader.core import pairs

        self.article_id = article_id
        self.reader.has_counterpart = article_id is not None and bool(pairs.counterparts(self.library, article_id))
        found = core.for_article(self.library, article_id) if article_id is not None else []
        self.panel.show_annotations(found)
        return found

    def reload(self) -> None:
        found = self.for_article(self.article_id)
        self.reader.set_annotations(found)

    def announce_review(self, found: list) -> None:
        review = sum(a.state != "anchored" for a in found)
        if review:
            self.window.statusBar().showMessage(
                self.tr("%n highlight(s) need review after the text changed: see the Notes panel.", "", review), 10000)

    def go_to(self, annotation_id: int) -> None:
        from reader.core import anchoring

        a = core.get(self.library, annotation_id)
        if a.state != "orphaned":
            self.reader.select_span(a.start, a.end)
            return
        # Lost its place: select the likeliest new one, so that re-attaching is one click.
        guess = anchoring.suggest(a.anchor(), self.library.get(a.article_id)["text"])
        if guess is None:
            self.window.statusBar().showMessage(self.tr("Nothing like this highlight is left in the text: select where it belongs, or delete it."), 8000)
            return
        self.reader.select_span(guess.start, guess.end)
        self.window.statusBar().showMessage(
            self.tr("The likeliest place is selected (%1% alike): click Re-attach to Selection to keep it there.").replace(
                "%1", str(round(guess.similarity * 100))), 10000)

    # --- changing -----------------------------------------------------------------------

    def _push(self, before: dict | None, after: dict | None, text: str) -> None:
        self.window.undo_stack.push(AnnotationChange(self, before, after, text))
        self._changed((after or before)["article_id"])

    def _changed(self, article_id: int) -> None:
        """The one place a change is shown: here if it is this article's, and to any listener."""
        if article_id == self.article_id:
            self.reload()
        self.changed.emit(article_id)

    def _dialog_parent(self):
        return QApplication.activeWindow() or self.window

    def apply_state(self, current: dict | None, target: dict | None) -> None:
        ident = (current or target)["id"]
        try:
            core.get(self.library, ident)
            core.delete(self.library, ident)
        except ReaderError:
            pass
        if target is not None:
            core.restore(self.library, target)
        self._changed((current or target)["article_id"])

    def highlight(self, start: int, end: int, color: str, with_note: bool) -> None:
        if self.article_id is not None:
            self.highlight_in(self.article_id, start, end, color, with_note)

    def highlight_in(self, article_id: int, start: int, end: int, color: str, with_note: bool) -> None:
        values = {"color": color, "note": "", "tags": []}
        if with_note:
            dialog = AnnotationDialog(self.library.get(article_id)["text"][start:end], color, parent=self._dialog_parent())
            if dialog.exec() != AnnotationDialog.DialogCode.Accepted:
                return
            values = dialog.values()
        a = core.add(self.library, article_id, start, end, **values)
        self._push(None, a.as_dict(), self.tr("Highlight"))
        self.panel.select(a.id)

    def highlight_selection(self, with_note: bool = False) -> None:
        span = self.reader.selected_span()
        if span is None:
            self.window.statusBar().showMessage(self.tr("Select some text in the article first."), 4000)
            return
        self.highlight(span[0], span[1], self.reader.last_color, with_note)

    def edit(self, annotation_id: int) -> None:
        a = core.get(self.library, annotation_id)
        dialog = AnnotationDialog(a.quote, a.color, a.note, a.tags, parent=self._dialog_parent())
        if dialog.exec() != AnnotationDialog.DialogCode.Accepted:
            return
        after = core.update(self.library, annotation_id, **dialog.values())
        self._push(a.as_dict(), after.as_dict(), self.tr("Edit Note"))

    def recolour(self, annotation_id: int, color: str) -> None:
        a = core.get(self.library, annotation_id)
        after = core.update(self.library, annotation_id, color=color)
        self.reader.last_color = color
        self._push(a.as_dict(), after.as_dict(), self.tr("Change Colour"))

    def delete(self, annotation_id: int) -> None:
        before = core.delete(self.library, annotation_id)
        self._push(before, None, self.tr("Delete Highlight"))

    def mirror(self, annotation_id: int) -> None:
        try:
            made = core.mirror(self.library, annotation_id)
        except ReaderError as exc:
            self.window.statusBar().showMessage(str(exc), 6000)
            return
        self.window.undo_stack.push(AnnotationChange(self, None, made.as_dict(), self.tr("Mirror Highlight")))
        self._changed(made.article_id)
        quote = " ".join(made.quote.split())
        self.window.statusBar().showMessage(self.tr("Mirrored onto the translation: “%1”").replace("%1", quote[:80]), 8000)

    def attach_view(self, view) -> None:
        """Another reading pane (the side-by-side window's) whose highlight commands come here."""
        view.highlightRequested.connect(lambda s, e, c, n, v=view: v.article and self.highlight_in(v.article["id"], s, e, c, n))
        view.annotationEditRequested.connect(self.edit)
        view.annotationDeleteRequested.connect(self.delete)
        view.annotationColorRequested.connect(self.recolour)
        view.annotationMirrorRequested.connect(self.mirror)

    def reattach(self, annotation_id: int) -> None:
        span = self.reader.selected_span()
        if span is None:
            self.window.statusBar().showMessage(self.tr("Select the text where the highlight belongs, then re-attach it."), 5000)
            return
        before = core.get(self.library, annotation_id).as_dict()
        after = core.reattach(self.library, annotation_id, *span)
        self._push(before, after.as_dict(), self.tr("Re-attach Highlight"))

    def accept(self, annotation_id: int) -> None:
        before = core.get(self.library, annotation_id).as_dict()
        after = core.accept(self.library, annotation_id)
        self._push(before, after.as_dict(), self.tr("Keep Highlight"))

    # --- import -------------------------------------------------------------------------

    def import_annotations(self) -> None:
        from reader.core.export.w3c import import_file

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import Annotations"), "", self.tr("W3C Web Annotation JSON (*.json *.jsonld)"))
        if not path:
            return
        try:
            report = import_file(self.library, path)
        except ReaderError as exc:
            QMessageBox.warning(self.window, self.tr("Import Annotations"), str(exc))
            return
        message = self.tr("%n annotation(s) imported.", "", report.imported)
        if report.already:
            message += " " + self.tr("%n were already in the library.", "", report.already)
        if report.missing:
            message += " " + self.tr("%n belong to articles not in this library.", "", len(report.missing))
        if report.needs_review:
            message += " " + self.tr("%n need review.", "", report.needs_review)
        self.window.statusBar().showMessage(message, 10000)
        self.window.refresh()
        self.reload()
