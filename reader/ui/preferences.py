"""Preferences: the interface language, the theme and the reading text, in one place. Everything
but the language applies at once; the language with the next start (Qt builds its menus once)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel

from reader.ui import themes
from reader.ui.reader_view import MAX_SIZE, MIN_SIZE


class PreferencesDialog(QDialog):
    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.window_ = window
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)

        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        for code, label in (("", self.tr("Follow System")), ("en", "English"), ("ko", "한국어")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(window.settings.value("view/ui_language", "") or "")))
        form.addRow(self.tr("Interface language"), self.language)
        note = QLabel(self.tr("A new interface language is used from the next start."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow("", note)

        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        labels = {"system": self.tr("Follow System"), "light": self.tr("Light"), "dark": self.tr("Dark"), "sepia": self.tr("Sepia")}
        for name in themes.THEMES:
            self.theme.addItem(labels[name], name)
        self.theme.setCurrentIndex(self.theme.findData(window.theme_name))
        form.addRow(self.tr("Theme"), self.theme)

        self.face = QComboBox()
        self.face.setObjectName("face")
        self.face.addItem(self.tr("Sans serif (Nanum Gothic)"), False)
        self.face.addItem(self.tr("Serif (Nanum Myeongjo)"), True)
        self.face.setCurrentIndex(1 if window.reader.typography.serif else 0)
        form.addRow(self.tr("Reading text"), self.face)

        self.size = QDoubleSpinBox()
        self.size.setObjectName("size")
        self.size.setRange(MIN_SIZE, MAX_SIZE)
        self.size.setSingleStep(0.5)
        self.size.setSuffix(" pt")
        self.size.setValue(window.reader.typography.size)
        form.addRow(self.tr("Text size"), self.size)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        self.language.currentIndexChanged.connect(self._language)
        self.theme.currentIndexChanged.connect(lambda _i: window.set_theme(self.theme.currentData()))
        self.face.currentIndexChanged.connect(self._face)
        self.size.valueChanged.connect(window.reader.set_font_size)

    def _language(self, _index: int) -> None:
        code = self.language.currentData()
        self.window_.settings.setValue("view/ui_language", code)
        for action in self.window_.language_group.actions():
            action.setChecked(action.data() == code)

    def _face(self, _index: int) -> None:
        serif = bool(self.face.currentData())
        self.window_.actions_["serif"].setChecked(serif)
        self.window_.reader.set_serif(serif)
