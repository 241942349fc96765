"""The interface language: English or Korean, following the system locale unless the user chose one.
Our catalogue is resources/translations/dual_reader_<lang>.qm (from Qt Linguist .ts sources);
Qt's own strings (standard dialogs, buttons) come from the qtbase catalogue shipped with PySide6."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.core.paths import resources_dir

LANGUAGES = ("en", "ko")
_installed: list[QTranslator] = []


def system_language() -> str:
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def install(lang: str | None = None) -> str:
    """Install the translators for `lang` ("en", "ko" or None for the system's); return the language used."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = lang if lang in LANGUAGES else system_language()
    QLocale.setDefault(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"dual_reader_{lang}", str(resources_dir() / "translations"))]  # English: its plural forms
    if lang != "en":
        catalogues.insert(0, (f"qtbase_{lang}", qt_dir))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang
