"""The library window: sidebar | article list | reading pane. Widgets ask reader.core; the
window only wires them together and remembers the user's layout and preferences."""

from __future__ import annotations


from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QActionGroup, QGuiApplication, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDockWidget, QHeaderView, QLineEdit, QMainWindow, QMenu, QMessageBox, QSplitter, QTableView,
    QToolBar, QVBoxLayout, QWidget,
)

from reader.ui import icons

from reader import APP_NAME
from reader.core.library import Library
from reader.ui import themes
from reader.ui.actions import DEFS
from reader.ui.article_model import ArticleModel
from reader.ui.dialogs import DetailsDialog, ShortcutsDialog, about_text
from reader.ui.facts_panel import FactsPanel
from reader.ui.import_controller import ImportController
from reader.ui.reader_view import ReaderView
from reader.ui.snippet_delegate import SnippetDelegate
from reader.ui.sidebar import Sidebar
from reader.ui.tags_ui import TagEditor, TagManagerDialog

SEARCH_DELAY_MS = 180  # results as you type, without a query per keystroke


class DeleteCommand(QUndoCommand):
    def __init__(self, window: "MainWindow", ids: list[int], text: str = ""):
        super().__init__(text)  # translated by the window: pyside6-lupdate sees plurals only in self.tr()
        self.window = window
        self.ids = ids
        self.snapshots = [window.library.snapshot(i) for i in ids]

    def redo(self):
        for article_id in self.ids:
            self.window.library.delete(article_id)
        self.window.refresh(keep_selection=False)

    def undo(self):
        for snapshot in self.snapshots:
            self.window.library.restore(snapshot)
        self.window.refresh()
        self.window.select_article(self.ids[0])


class MainWindow(QMainWindow):
    def __init__(self, library: Library, settings: QSettings | None = None):
        super().__init__()
        self.library = library
        self.settings = settings or QSettings()
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        self.current_id: int | None = None

        self.sidebar = Sidebar(library)
        self.model = ArticleModel(library, self)
        self.list = QTableView()
        self.list.setObjectName("articleList")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Sorting is asked of the core, not done by the view: clicking a header re-queries the ids.
        header = self.list.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(26)
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.setAlternatingRowColors(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 120), (2, 84), (3, 40), (4, 120)):
            header.resizeSection(column, width)
        self.list.setColumnHidden(4, True)  # tags are in the reading pane; the header's menu shows the column
        self.list.setColumnHidden(ArticleModel.MATCH_COLUMN, True)  # shown while searching
        self.snippet_delegate = SnippetDelegate(themes.LIGHT.search_hit, self.list)
        self.list.setItemDelegateForColumn(ArticleModel.MATCH_COLUMN, self.snippet_delegate)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setHighlightSections(False)

        self.reader = ReaderView()
        self.reader.glossaryAddRequested.connect(self._add_to_glossary)
        self.tag_editor = TagEditor(library)
        reading = QWidget()
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(self.reader, 1)
        reading_layout.addWidget(self.tag_editor)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(reading)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([200, 460, 620])
        self.setCentralWidget(self.splitter)

        self.facts_panel = FactsPanel()
        self.facts_dock = QDockWidget(self.tr("Facts"), self)
        self.facts_dock.setObjectName("factsDock")
        self.facts_dock.setWidget(self.facts_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.facts_dock)
        self.facts_panel.kindsChanged.connect(self._fact_kinds_changed)
        self.facts_panel.factActivated.connect(self._go_to_fact)
        self._facts_cache: dict[tuple, list] = {}

        from reader.ui.annotation_controller import AnnotationController

        self.notes = AnnotationController(self)
        self.notes_dock = QDockWidget(self.tr("Notes"), self)
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setWidget(self.notes.panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.tabifyDockWidget(self.facts_dock, self.notes_dock)
        self.notes.changed.connect(self._annotations_changed)
        self.facts_dock.raise_()

        self.importer = ImportController(library.folder, self)
        self.importer.finished.connect(self._imported)

        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search Korean and English…  (Ctrl+K)"))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

        self.actions_ = {d.name: d.create(self, getattr(self, "on_" + d.name)) for d in DEFS}
        self.actions_["undo"].setEnabled(False)
        self.actions_["redo"].setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.actions_["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(self.actions_["redo"].setEnabled)
        self._build_menus()
        self._build_toolbar()

        self.sidebar.filterChanged.connect(lambda _f: self._apply_filter())
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.tag_editor.tagsChanged.connect(self._tags_changed)
        self.statusBar()

        self._restore_settings()
        self._apply_filter()
        if self.model.rowCount():
            self.list.selectRow(0)
        else:
            self._show_empty()

    # --- building -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.actions_
        menus = [
            (self.tr("&File"), ["import_files", "import_folder", "paste_article", None, "export_notes", "import_annotations", None, "quit"]),
            (self.tr("&Edit"), ["undo", "redo", None, "find", "manage_tags", "facts_view", "glossary", None, "preferences"]),
            (self.tr("&Article"), ["toggle_read", "toggle_star", "edit_metadata", None, "highlight", "highlight_note", None, "side_by_side", None, "next_article", "previous_article", None, "delete"]),
            (self.tr("&View"), ["zoom_in", "zoom_out", "zoom_reset", None, "serif"]),
        ]
        for title, names in menus:
            menu = self.menuBar().addMenu(title)
            for name in names:
                menu.addSeparator() if name is None else menu.addAction(a[name])
            if title == self.tr("&View"):
                menu.addSeparator()
                facts_action = self.facts_dock.toggleViewAction()
                facts_action.setText(self.tr("&Facts Panel"))
                facts_action.setShortcut("Ctrl+Shift+F")
                menu.addAction(facts_action)
                notes_action = self.notes_dock.toggleViewAction()
                notes_action.setText(self.tr("&Notes Panel"))
                notes_action.setShortcut("Ctrl+Shift+N")
                menu.addAction(notes_action)
                self.theme_menu = menu.addMenu(self.tr("&Theme"))
                self.theme_group = QActionGroup(self)
                labels = {"system": self.tr("Follow System"), "light": self.tr("Light"), "dark": self.tr("Dark"), "sepia": self.tr("Sepia")}
                for name in themes.THEMES:
                    action = self.theme_menu.addAction(labels[name])
                    action.setObjectName("theme_" + name)
                    action.setCheckable(True)
                    action.setData(name)
                    self.theme_group.addAction(action)
                self.theme_group.triggered.connect(lambda act: self.set_theme(act.data()))
                self._build_language_menu(menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a["shortcuts"])
        help_menu.addAction(a["about"])

    def _build_language_menu(self, menu: QMenu) -> None:
        """View ▸ Interface Language: stored in "view/ui_language" ("" follows the system); read at start-up."""
        self.language_menu = menu.addMenu(self.tr("Interface &Language"))
        self.language_group = QActionGroup(self)
        current = self.settings.value("view/ui_language", "") or ""
        # the languages by their own names, never translated
        for code, label in (("", self.tr("Follow System")), ("en", "English"), ("ko", "한국어")):
            action = self.language_menu.addAction(label)
            action.setObjectName("ui_language_" + (code or "system"))
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_group.addAction(action)
        self.language_group.triggered.connect(self._set_ui_language)

    def _set_ui_language(self, action) -> None:
        self.settings.setValue("view/ui_language", action.data())
        self.statusBar().showMessage(self.tr("The interface language changes when Dual Reader is restarted."), 8000)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for name in ("import_files", "import_folder", "paste_article", None, "toggle_star", "toggle_read", "delete", None, "zoom_out", "zoom_in"):
            bar.addSeparator() if name is None else bar.addAction(self.actions_[name])
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy().Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search)
        self.addToolBar(bar)

    def _sort_changed(self, column: int, order) -> None:
        previous = self.current_id
        self.model.sort(column, order)
        if previous is not None:
            self.select_article(previous)

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.list.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.list.setColumnHidden(c, not on))
        menu.popup(self.list.horizontalHeader().mapToGlobal(pos))

    # --- state --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        columns = s.value("window/list_header")
        if isinstance(columns, QByteArray):
            self.list.horizontalHeader().restoreState(columns)
        window_state = s.value("window/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)
        kinds = s.value("facts/kinds", "")
        if kinds:
            shown = set() if kinds == "-" else set(kinds.split(","))
            self.facts_panel.set_kinds(shown or set(self.facts_panel.boxes), master=bool(shown))
        self.reader.typography.size = float(s.value("reading/size", 12.5))
        serif = s.value("reading/serif", False, type=bool)
        self.actions_["serif"].setChecked(serif)
        self.reader.typography.serif = serif
        self.set_theme(s.value("view/theme", "system"), save=False)

    def save_settings(self) -> None:
        self._save_position()
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/state", self.saveState())
        s.setValue("window/list_header", self.list.horizontalHeader().saveState())
        s.setValue("reading/size", self.reader.typography.size)
        s.setValue("reading/serif", self.reader.typography.serif)
        s.setValue("view/theme", self.theme_name)
        s.sync()

    def closeEvent(self, event):  # noqa: N802
        self._search_timer.stop()  # it must not fire after the library is closed
        if getattr(self, "bilingual_window", None) is not None:
            self.bilingual_window.close()  # it reads the same library, which closes with us
        if self.importer.is_busy():
            self.importer.cancel()  # stops after the current file
            self.importer.wait()
        self.save_settings()
        super().closeEvent(event)

    def set_theme(self, name: str, save: bool = True) -> None:
        self.theme_name = name if name in themes.THEMES else "system"
        theme = themes.resolve(self.theme_name)
        app = QApplication.instance()
        app.setPalette(themes.palette(theme))
        app.setStyleSheet(themes.stylesheet(theme))
        self.reader.set_theme(theme)
        self.snippet_delegate.hit_colour = theme.search_hit
        # icons are drawn in the theme's text colour, so they stay visible on a dark background
        icons.set_colours(theme.text, theme.muted)
        for definition in DEFS:
            if definition.icon:
                self.actions_[definition.name].setIcon(icons.icon(definition.icon))
        self.sidebar.retint()
        if getattr(self, "bilingual_window", None) is not None:
            self.bilingual_window.set_theme(theme)  # the pair's window follows the theme too
        for action in self.theme_group.actions():
            action.setChecked(action.data() == self.theme_name)
        if save:
            self.settings.setValue("view/theme", self.theme_name)

    # --- list and reading ---------------------------------------------------------------

    def _apply_filter(self) -> None:
        f = self.sidebar.current_filter()
        f.query = self.search.text().strip()
        if not f.query:
            f.sort, f.descending = self.model.filter.sort, self.model.filter.descending
        previous = self.current_id
        self.model.set_filter(f)
        searching = bool(f.query)
        if searching != (not self.list.isColumnHidden(ArticleModel.MATCH_COLUMN)):
            # while searching, where each article matches takes the place of source and tags
            self.list.setColumnHidden(ArticleModel.MATCH_COLUMN, not searching)
            self.list.setColumnHidden(1, searching)
            header = self.list.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive if searching else QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(ArticleModel.MATCH_COLUMN, QHeaderView.ResizeMode.Stretch)
            if searching:
                header.resizeSection(0, max(160, self.list.width() // 3))
        count = self.model.rowCount()
        self.statusBar().showMessage(self.tr("%n article(s)", "", count) if not f.query else self.tr("%n match(es)", "", count))
        row = self.model.row_of(previous) if previous is not None else -1
        if row < 0 and count:
            row = 0
        if row >= 0:
            self.list.selectRow(row)
            self._show(self.model.id_at(row))
        else:
            self._show_empty()

    def refresh(self, keep_selection: bool = True) -> None:
        self.sidebar.reload()
        if not keep_selection:
            self.current_id = None
        self._apply_filter()
        self.tag_editor.refresh()

    def _imported(self, results) -> None:
        self.refresh()
        if self.current_id is not None and any(r.status == "updated" and r.id == self.current_id for r in results):
            shown, self.current_id = self.current_id, None  # the article on screen has a new text: show it afresh
            self._show(shown)

    def select_article(self, article_id: int) -> None:
        row = self.model.row_of(article_id)
        if row >= 0:
            self.list.selectRow(row)

    def _current_changed(self, current, _previous) -> None:
        article_id = self.model.id_at(current.row())
        if article_id is not None and article_id != self.current_id:
            self._show(article_id)

    def _show(self, article_id: int | None) -> None:
        if article_id == self.current_id and self.reader.article is not None:
            return
        self._save_position()
        self.current_id = article_id
        if article_id is None:
            self._show_empty()
            return
        article = self.library.get(article_id)
        hits = []
        if self.search.text().strip():
            from reader.core.search import find_hits, parse_query

            hits = find_hits(article["text"], parse_query(self.search.text()))
        self.reader.fact_kinds = self.facts_panel.kinds()
        facts = self.facts_for(article)
        notes = self.notes.for_article(article_id)
        self.reader.show_article(article, hits, facts, notes)
        self.facts_panel.show_facts(facts)
        self.notes.announce_review(notes)
        if not hits and article.get("read_position"):
            self.reader.scroll_to_offset(article["read_position"], top=True)
        self.tag_editor.set_article(article_id)
        if not article["is_read"]:
            self.library.update_article(article_id, is_read=1)
            self.model.refresh_rows([article_id])
            self.sidebar.refresh_counts()
        self.setWindowTitle(f"{article['title']} — {APP_NAME}")

    def facts_for(self, article: dict) -> list:
        """The article's facts, computed once per version of its text."""
        from reader.core.facts import user_glossary
        from reader.core.facts.extract import extract_facts

        names_rev = user_glossary.revision(self.library)
        key = (article["id"], article["content_hash"], article["lang"], article["published"], names_rev)
        if key not in self._facts_cache:
            try:
                self._facts_cache[key] = extract_facts(article["text"], article["lang"], article["published"],
                                                       user_glossary.glossary(self.library))
            except Exception as exc:  # a bug in an extractor must not keep the article from being read
                self.statusBar().showMessage(self.tr("Facts could not be found in this article: %1").replace("%1", str(exc)), 8000)
                self._facts_cache[key] = []
        return self._facts_cache[key]

    def _fact_kinds_changed(self, kinds: set) -> None:
        self.reader.set_fact_kinds(kinds)
        self.settings.setValue("facts/kinds", ",".join(sorted(kinds)) or "-")

    def _go_to_fact(self, fact) -> None:
        self.reader.select_span(fact.start, fact.end)

    def _save_position(self) -> None:
        if self.current_id is not None and self.reader.article is not None:
            offset = self.reader.reading_offset() or 0
            try:
                self.library.update_article(self.current_id, read_position=offset)
            except Exception:  # the article may just have been deleted
                pass

    def _show_empty(self) -> None:
        self.current_id = None
        self.notes.for_article(None)
        self.tag_editor.set_article(None)
        if self.library.count():
            self.reader.show_placeholder(self.tr("No article matches."))
        else:
            self.reader.show_placeholder(self.tr("Your library is empty.<br>Drop files or folders here, or use File ▸ Import."))
        self.setWindowTitle(APP_NAME)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedRows()})
        return [self.model.id_at(r) for r in rows if self.model.id_at(r) is not None]

    def _tags_changed(self, article_id: int, _tags: list) -> None:
        self.model.refresh_rows([article_id])
        self.sidebar.refresh_counts()

    # --- drag and drop, paste -----------------------------------------------------------

    def dragEnterEvent(self, event):  # noqa: N802
        if event.mimeData().hasUrls() or event.mimeData().hasText() or event.mimeData().hasHtml():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        if self.importer.import_mime(event.mimeData()):
            event.acceptProposedAction()

    # --- actions ------------------------------------------------------------------------

    def on_import_files(self):
        self.importer.choose_files()

    def on_import_folder(self):
        self.importer.choose_folder()

    def on_paste_article(self):
        if self.focusWidget() is self.search:
            self.search.paste()
            return
        if not self.importer.import_mime(QGuiApplication.clipboard().mimeData()):
            self.statusBar().showMessage(self.tr("The clipboard holds nothing to import."), 4000)

    def on_quit(self):
        self.close()

    def on_find(self):
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def on_manage_tags(self):
        dialog = TagManagerDialog(self.library, self)
        dialog.tagsEdited.connect(lambda: self.refresh())
        dialog.open()
        self.tag_manager = dialog

    def _toggle(self, flag: str) -> None:
        """Flip a flag on the selection; the first selected article decides which way."""
        ids = self.selected_ids()
        if ids:
            value = 0 if self.model.row_data(self.model.row_of(ids[0])).get(flag, 0) else 1
            for article_id in ids:
                self.library.update_article(article_id, **{flag: value})
            self.model.refresh_rows(ids)
            self.sidebar.refresh_counts()

    def on_preferences(self):
        from reader.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        dialog.open()
        self.preferences_dialog = dialog

    def on_glossary(self):
        from reader.ui.glossary_ui import GlossaryDialog

        dialog = GlossaryDialog(self.library, self)
        dialog.changed.connect(self._glossary_changed)
        dialog.open()
        self.glossary_dialog = dialog

    def _add_to_glossary(self, start: int, end: int) -> None:
        from reader.ui.glossary_ui import add_entry

        article = self.reader.article
        if article is None:
            return
        facts = self.facts_for(article)
        kind = next((f.kind for f in facts if f.start <= start and end <= f.end and f.kind in ("organization", "person", "place")),
                    "organization")
        if add_entry(self, self.library, article["text"][start:end], kind):
            self._glossary_changed()

    def _glossary_changed(self) -> None:
        """Facts depend on the glossary: show the current article's again (the cache key has changed)."""
        current, self.current_id = self.current_id, None
        self._show(current)
        self.statusBar().showMessage(self.tr("Glossary updated: names are highlighted in every article."), 5000)

    def on_facts_view(self):
        from reader.ui.facts_view import FactsView

        view = FactsView(self.library, self)
        view.openFact.connect(self.open_fact)
        view.show()
        self.facts_view = view

    def on_side_by_side(self):
        from reader.core import pairs
        from reader.ui.bilingual_view import BilingualView

        if self.current_id is None:
            return
        article = self.library.get(self.current_id)
        if article["lang"] not in ("ko", "en"):
            self.statusBar().showMessage(self.tr("No counterpart found in the library"), 6000)
            return
        found = pairs.counterparts(self.library, self.current_id)
        other = found[0] if found else None
        if other is None:
            suggestions = pairs.suggest(self.library, self.current_id, limit=1)
            other = suggestions[0].id if suggestions else None
        if other is None:
            self.statusBar().showMessage(self.tr("No counterpart found in the library"), 6000)
            return
        ko_id, en_id = (self.current_id, other) if article["lang"] == "ko" else (other, self.current_id)
        view = BilingualView(self.library)
        view.set_theme(themes.resolve(self.theme_name))
        view.show_pair(ko_id, en_id)
        view.set_font_size(self.reader.typography.size)
        for pane in (view.ko_view, view.en_view):
            self.notes.attach_view(pane)  # highlights made there go through the same controller and undo
        view.setWindowTitle(f"{view.al.ko['title']} ⇄ {view.al.en['title']}")
        view.resize(1400, 860)
        view.show()
        if getattr(self, "bilingual_window", None) is not None:
            self.bilingual_window.close()
        self.bilingual_window = view

    def open_fact(self, article_id: int, start: int, end: int) -> None:
        self.sidebar.select("scope", "all")
        self.search.clear()
        self._apply_filter()
        self.select_article(article_id)
        self.reader.select_span(start, end)

    def on_toggle_read(self):
        self._toggle("is_read")

    def on_toggle_star(self):
        self._toggle("starred")

    def on_edit_metadata(self):
        if self.current_id is None:
            return
        dialog = DetailsDialog(self.library.get(self.current_id), self)
        dialog.accepted.connect(lambda: self._save_details(dialog))
        dialog.open()
        self.details_dialog = dialog

    def _save_details(self, dialog: DetailsDialog) -> None:
        article_id = self.current_id
        self.library.update_article(article_id, **dialog.values())
        self.current_id = None
        self.refresh()
        self.select_article(article_id)

    def on_delete(self):
        ids = self.selected_ids()
        if ids:
            self.undo_stack.push(DeleteCommand(self, ids, self.tr("Delete %n article(s)", "", len(ids))))
            self.statusBar().showMessage(self.tr("Deleted %n article(s). Undo with %1.", "", len(ids)).replace(
                "%1", QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)), 6000)

    def on_highlight(self):
        self.notes.highlight_selection()

    def on_highlight_note(self):
        self.notes.highlight_selection(with_note=True)

    def on_import_annotations(self):
        self.notes.import_annotations()

    def export_scopes(self) -> list[tuple[str, str, list[int]]]:
        from reader.core import export
        from reader.core.browse import article_ids

        scopes = []
        if self.current_id is not None:
            scopes.append(("article", self.tr("This article"), [self.current_id]))
        selected = self.selected_ids()
        if len(selected) > 1:
            scopes.append(("selected", self.tr("The %n selected articles", "", len(selected)), selected))
        f = self.sidebar.current_filter()
        if f.tags:
            ids = export.select_articles(self.library, tag=f.tags[0])
            scopes.append(("tag", self.tr("Articles tagged “%1” (%2)").replace("%1", f.tags[0]).replace("%2", str(len(ids))), ids))
        query = self.search.text().strip()
        if query:
            f.query = query
            ids = article_ids(self.library, f)
            scopes.append(("search", self.tr("Articles matching “%1” (%2)").replace("%1", query).replace("%2", str(len(ids))), ids))
        everything = export.select_articles(self.library, everything=True)
        scopes.append(("library", self.tr("The whole library (%1 articles)").replace("%1", str(len(everything))), everything))
        return scopes

    def on_export_notes(self):
        from reader.ui.export_dialog import ExportDialog, ask_destination

        dialog = ExportDialog(self.export_scopes(), self.settings, self)
        self.export_dialog = dialog
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        ids, fmt, facts = dialog.choice()
        title = self.library.get(ids[0])["title"] if ids else ""
        dest = ask_destination(self, self.settings, ids, fmt, title)
        if dest is None:
            return
        self.settings.setValue("export/format", fmt)
        self.settings.setValue("export/facts", facts)
        self.settings.setValue("export/folder", str(dest if dest.is_dir() else dest.parent))
        self.export_to(ids, fmt, dest, facts)

    def export_to(self, ids: list[int], fmt: str, dest, facts: bool = False):
        from reader.core.errors import ReaderError
        from reader.ui.export_dialog import run_export

        try:
            result = run_export(self, self.library, ids, fmt, dest, facts)
        except ReaderError as exc:
            QMessageBox.warning(self, self.tr("Export Notes"), str(exc))
            return None
        message = self.tr("Exported %n highlight(s)", "", result.annotations) + " → " + str(result.paths[-1] if len(result.paths) == 1 else dest)
        if result.skipped:
            message += " " + self.tr("(%n without a paired sentence left out)", "", result.skipped)
        self.statusBar().showMessage(message, 10000)
        return result

    def on_undo(self):
        self.undo_stack.undo()

    def on_redo(self):
        self.undo_stack.redo()

    def _move(self, step: int) -> None:
        row = self.list.currentIndex().row() + step
        if 0 <= row < self.model.rowCount():
            self.list.selectRow(row)

    def on_next_article(self):
        self._move(1)

    def on_previous_article(self):
        self._move(-1)

    def _annotations_changed(self, article_id: int) -> None:
        if getattr(self, "bilingual_window", None) is not None:
            self.bilingual_window.reload_annotations(article_id)

    def _zoomed(self) -> None:
        if getattr(self, "bilingual_window", None) is not None:
            self.bilingual_window.set_font_size(self.reader.typography.size)

    def on_zoom_in(self):
        self.reader.zoom(1)
        self._zoomed()

    def on_zoom_out(self):
        self.reader.zoom(-1)
        self._zoomed()

    def on_zoom_reset(self):
        self.reader.set_font_size(12.5)
        self._zoomed()

    def on_serif(self):
        self.reader.set_serif(self.actions_["serif"].isChecked())

    def on_shortcuts(self):
        dialog = ShortcutsDialog(list(self.actions_.values()), self)
        dialog.open()
        self.shortcuts_dialog = dialog

    def on_about(self):
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Dual Reader"), about_text(), parent=self)
        box.open()
        self.about_box = box
