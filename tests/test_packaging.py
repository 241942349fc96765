"""The installers' sources (packaging/), checked statically and quickly; the build itself runs in
packaging/smoke.sh (CI), or here with DUAL_READER_SMOKE=1."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import reader

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "dual_reader.spec"
DESKTOP = PACKAGING / "linux" / f"{reader.APP_ID}.desktop"


def load_build():
    spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the PyInstaller spec ---------------------------------------------------------------------------


def spec_text() -> str:
    return SPEC.read_text(encoding="utf-8")


def test_spec_parses_and_names_files_that_exist():
    text = spec_text()
    ast.parse(text)
    for relative in ("packaging/entry.py", "packaging/hooks", "packaging/macos/Info.plist"):
        assert relative.split("/")[-1] in text
        assert (ROOT / relative).exists(), relative
    # The data it bundles (the globs of the datas list).
    for pattern in ("resources/fonts/*.ttf", "resources/icons/dual-reader.svg", "resources/translations/*.qm",
                    "library/starter.json", "reader/core/facts/data/*.json"):
        assert list(ROOT.glob(pattern)), pattern
    assert "reader.__version__" in text or '"__version__"' in text  # the version comes from the package


def test_qt_modules_used_are_not_excluded():
    used = set()
    for path in (ROOT / "reader").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
        used |= {m for line in re.findall(r"from PySide6 import ([\w, ]+)", path.read_text(encoding="utf-8")) for m in re.findall(r"Qt\w+", line)}
    excludes_block = spec_text().split("EXCLUDES = [", 1)[1].split("\n]\n", 1)[0]
    excluded = set(re.findall(r'"(Qt\w+)"', excludes_block))
    assert used, "reader/ imports no Qt module?"
    assert not used & excluded, f"the spec excludes Qt modules the program imports: {used & excluded}"
    # The bundle is sized for these; a new module is fine, but should be a decision (docs/decisions/packaging.md).
    assert used <= {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"}, used


def test_babel_locales_kept_are_the_ones_used():
    """The spec keeps only root, en and ko of Babel's CLDR data: no code may ask for another locale."""
    asked = set()
    for path in (ROOT / "reader").rglob("*.py"):
        asked |= set(re.findall(r"\bLocale(?:\.parse)?\(\s*[\"']([\w-]+)[\"']", path.read_text(encoding="utf-8")))
    kept = set(re.findall(r'"(\w+)\.dat"', spec_text()))
    assert kept == {"root", "en", "ko"}
    assert asked <= kept - {"root"}, f"code asks Babel for {asked - kept}: keep it in BABEL_LOCALES in the spec"


def test_frozen_entry_point_is_the_console_script():
    entry = (PACKAGING / "entry.py").read_text(encoding="utf-8")
    assert "freeze_support()" in entry and "from reader.cli import main" in entry
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["reader"] == "reader.cli:main"


def test_pyinstaller_is_an_optional_dependency():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert any(d.lower().startswith("pyinstaller") for d in extras["packaging"])


# --- Linux --------------------------------------------------------------------------------------


def read_desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_desktop_entry_opens_articles():
    entry = read_desktop()
    assert DESKTOP.name == f"{reader.APP_ID}.desktop"  # = QGuiApplication.desktopFileName (reader/ui/app.py)
    assert entry["Type"] == "Application" and entry["Name"] == reader.APP_NAME
    assert entry["Icon"] == reader.APP_ID
    assert entry["Exec"] == "dual-reader %F"
    assert entry["Terminal"] == "false"
    mime = entry["MimeType"].rstrip(";").split(";")
    assert {"text/html", "text/markdown", "text/plain"} <= set(mime)
    assert entry["Categories"].endswith(";")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-validate is not installed (desktop-file-utils)")
def test_desktop_entry_validates():
    out = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert out.returncode == 0 and "error:" not in out.stdout, out.stdout + out.stderr


def test_appstream_metadata_names_the_desktop_entry():
    root = ET.parse(PACKAGING / "linux" / f"{reader.APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == reader.APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == "dual-reader"


def test_debian_control_template():
    fields = dict(line.split(": ", 1) for line in (PACKAGING / "linux" / "control").read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith(" "))
    for key in ("Package", "Version", "Architecture", "Maintainer", "Installed-Size", "Depends", "Description"):
        assert key in fields, key
    assert fields["Package"] == "dual-reader"
    assert fields["Version"] == "@VERSION@" and fields["Architecture"] == "@ARCH@"


def test_debian_package_names_from_library_names():
    build = load_build()
    assert build.debian_package_of("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert build.debian_package_of("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert build.debian_package_of("libgtk-3.so.0") == "libgtk-3-0"
    assert build.debian_package_of("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"


def test_icons_for_every_size_the_installers_use():
    build = load_build()
    for size in build.ICON_SIZES:
        assert build.png_size(build.icon_png(size).read_bytes()) == (size, size)


def test_windows_icon_holds_the_pngs(tmp_path):
    build = load_build()
    data = build.write_ico(tmp_path / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 6)
    widths = []
    for i in range(count):
        width, _h, _c, _r, _planes, _bits, size, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(data)
        widths.append(width or 256)
    assert widths == [16, 32, 48, 64, 128, 256]


# --- macOS and Windows ------------------------------------------------------------------------------


def test_macos_info_plist_declares_the_documents_it_opens():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleName"] == reader.APP_NAME
    assert info["NSHighResolutionCapable"] is True
    assert "LSMinimumSystemVersion" in info
    types = {t for doc in info["CFBundleDocumentTypes"] for t in doc["LSItemContentTypes"]}
    assert {"public.html", "net.daringfireball.markdown", "public.plain-text"} <= types
    assert all(doc["CFBundleTypeRole"] == "Viewer" for doc in info["CFBundleDocumentTypes"])
    assert "CFBundleShortVersionString" not in info  # set from reader.__version__ by the spec


def test_inno_setup_script_installs_per_user_with_an_uninstaller():
    iss = (PACKAGING / "windows" / "dual-reader.iss").read_text(encoding="utf-8")
    setup = dict(re.findall(r"^(\w+)=(.*)$", iss.split("[Setup]", 1)[1].split("\n[", 1)[0], re.M))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["Uninstallable"] == "yes" and "UninstallDisplayIcon" in setup
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    assert "{autoprograms}" in iss.split("[Icons]", 1)[1]  # the Start menu entry
    assert "Source: \"{#SourceDir}\\*\"" in iss
    # The installer's file name is the one build.py reports.
    build_py = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert setup["OutputBaseFilename"].replace("{#AppVersion}", "{VERSION}") + ".exe" in build_py


def test_release_workflow_builds_everywhere():
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert runner in workflow
    assert "packaging/build.py" in workflow and "--self-test" in workflow and "sha256" in workflow.lower()


# --- the command line a desktop uses -------------------------------------------------------------


def test_files_on_the_command_line_open_in_the_window(monkeypatch, tmp_path):
    import reader.ui.app as app
    from reader.cli import main

    article = tmp_path / "article.md"
    article.write_text("# A title\n\nA paragraph.\n", encoding="utf-8")
    calls = []
    monkeypatch.setattr(app, "run", lambda library, files=(): calls.append((library, list(files))) or 0)
    assert main([str(article)]) == 0
    assert main(["--library", str(tmp_path / "lib"), str(article), str(article)]) == 0
    assert calls[0][1] == [str(article)]
    assert calls[1] == (tmp_path / "lib", [str(article), str(article)])


def test_self_test_option_reaches_the_self_test(monkeypatch):
    import reader.selftest
    from reader.cli import main

    seen = []
    monkeypatch.setattr(reader.selftest, "main", lambda argv: seen.append(argv) or 7)
    assert main(["--self-test", "--keep", "x"]) == 7
    assert seen == [["--keep", "x"]]


def test_file_opener_imports_and_shows_the_file(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from reader.core.library import Library
    from reader.ui.app import FileOpener, make_application
    from reader.ui.main_window import MainWindow

    article = tmp_path / "opened.md"
    article.write_text("# Opened from the desktop\n\nIt came through Open With.\n", encoding="utf-8")
    make_application()
    with Library.open(tmp_path / "lib") as library:
        window = MainWindow(library, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        opener = FileOpener(window)
        with qtbot.waitSignal(window.importer.finished, timeout=10000):
            opener.open([article])
        qtbot.waitUntil(lambda: window.reader.article is not None and window.reader.article["title"] == "Opened from the desktop")
        assert not opener.waiting


# --- the self-test, from this checkout ----------------------------------------------------------


def test_self_test_passes_in_the_checkout(tmp_path):
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path), "PYTHONPATH": path}
    out = subprocess.run([sys.executable, "-c", "from reader.cli import main; raise SystemExit(main(['--self-test']))"],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "self-test passed" in out.stdout


@pytest.mark.skipif(os.environ.get("DUAL_READER_SMOKE") != "1", reason="the build takes a minute: DUAL_READER_SMOKE=1 (CI runs packaging/smoke.sh)")
def test_smoke_build():
    subprocess.run(["bash", str(PACKAGING / "smoke.sh")], check=True, cwd=ROOT, env={**os.environ, "PYTHON": sys.executable})
