"""The Korean interface: the catalogue is complete and compiled, and the window speaks Korean with it."""

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from reader.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "dual_reader_ko.ts"
QM = TRANSLATIONS / "dual_reader_ko.qm"


def load_update_script():
    spec = importlib.util.spec_from_file_location("translations_update", TRANSLATIONS / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name"), msg) for ctx in root.iter("context") for msg in ctx.iter("message")]


def translations_of(msg: ET.Element) -> list[str]:
    translation = msg.find("translation")
    if msg.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def korean(qapp):
    from reader.ui.app import make_application

    make_application()
    assert i18n.install("ko") == "ko"
    yield
    i18n.install("en")  # the other tests expect English


def test_install_ko_translates_our_strings_and_qts(korean):
    assert len(i18n._installed) == 2  # qtbase_ko and ours
    assert QCoreApplication.translate("Actions", "&Import Files…") == "파일 가져오기(&I)…"
    assert QCoreApplication.translate("Sidebar", "All articles") == "모든 기사"
    assert QCoreApplication.translate("MainWindow", "%n article(s)", "", 3) == "기사 3개"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"  # Qt's own catalogue


def test_install_en_removes_the_korean_translators(korean):
    i18n.install("en")
    assert len(i18n._installed) == 1  # only the English plural forms
    assert QCoreApplication.translate("Actions", "&Import Files…") == "&Import Files…"
    assert QCoreApplication.translate("MainWindow", "%n article(s)", "", 1) == "1 article"
    assert QCoreApplication.translate("MainWindow", "%n article(s)", "", 3) == "3 articles"


def test_window_built_in_korean(korean, qtbot, starter_library, settings):
    from reader.ui.main_window import MainWindow

    window = MainWindow(starter_library, settings)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["파일(&F)", "편집(&E)", "기사(&A)", "보기(&V)", "도움말(&H)"]
    assert window.actions_["import_files"].text() == "파일 가져오기(&I)…"
    assert window.actions_["toggle_star"].toolTip() == "별표 표시/해제"  # no "(S)" left from the accelerator
    assert window.search.placeholderText().startswith("한국어·영어로 검색")
    sections = [window.sidebar.model_.item(row).text() for row in range(window.sidebar.model_.rowCount())]
    assert sections[:2] == ["보관함", "태그"]
    assert window.statusBar().currentMessage() == f"기사 {starter_library.count()}개"
    assert window.model.headerData(0, window.list.horizontalHeader().orientation()) == "제목"


def test_interface_language_menu_stores_the_choice(window, settings):
    actions = {a.data(): a for a in window.language_group.actions()}
    assert set(actions) == {"", "en", "ko"} and actions[""].isChecked()
    assert window.language_group.isExclusive()
    actions["ko"].trigger()
    assert settings.value("view/ui_language") == "ko" and actions["ko"].isChecked() and not actions[""].isChecked()
    assert "restart" in window.statusBar().currentMessage()
    actions[""].trigger()
    assert settings.value("view/ui_language") == ""


def test_every_entry_is_translated():
    entries = messages(TS)
    assert len(entries) > 100
    for context, msg in entries:
        source = msg.findtext("source")
        translation = msg.find("translation")
        assert translation.get("type") is None, f"{context}: {source!r} is {translation.get('type')}"
        forms = translations_of(msg)
        assert forms and all(f.strip() for f in forms), f"{context}: {source!r} has an empty translation"
        for form in forms:
            # placeholders and markup survive; an accelerator stays an accelerator
            for token in re.findall(r"%n|%1|\{\w+\}|<br>", source):
                assert token in form, f"{context}: {source!r} lost {token} in {form!r}"
            if re.search(r"&[^&\s]", source):
                assert re.search(r"\(&\w\)|&\w", form), f"{context}: {source!r} lost its accelerator in {form!r}"


def test_qm_is_compiled_from_the_ts(tmp_path):
    update = load_update_script()
    out = tmp_path / "dual_reader_ko.qm"
    subprocess.run([update.tool("lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run: python resources/translations/update.py"


def test_ts_is_in_sync_with_the_code(tmp_path):
    """lupdate over reader/ui finds no string the catalogue lacks, and none it has in excess."""
    update = load_update_script()
    copy = tmp_path / "dual_reader_ko.ts"
    shutil.copy(TS, copy)
    subprocess.run([update.tool("lupdate"), *update.sources(), "-no-obsolete", "-target-language", "ko_KR",
                    "-ts", str(copy)], cwd=ROOT, check=True, capture_output=True)
    before = {(ctx, m.findtext("source")) for ctx, m in messages(TS)}
    after = {(ctx, m.findtext("source")) for ctx, m in messages(copy)}
    assert after == before, "run: python resources/translations/update.py, then translate"
