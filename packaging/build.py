"""Build this system's native artefacts of Dual Reader into dist/: one command,

    python packaging/build.py            (in an environment with `pip install -e '.[packaging]'`)

- Linux:   dist/dual-reader_<version>_<arch>.deb   (the bundle in /opt/dual-reader, /usr/bin/dual-reader,
           a .desktop entry, hicolor icons, AppStream metadata) and
           dist/dual-reader-<version>-linux-<machine>.tar.gz (the portable bundle)
- Windows: dist/dual-reader-<version>-windows-x64-setup.exe (Inno Setup, per user, no admin) and
           dist/dual-reader-<version>-windows-x64.zip (portable)
- macOS:   dist/Dual-Reader-<version>-macos-<arch>.dmg ("Dual Reader.app")

plus dist/SHA256SUMS. The PyInstaller bundle itself is built from packaging/dual_reader.spec into
build/packaging/dist/. Run `packaging/smoke.sh` (Linux) to build and then check the artefacts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "dual_reader.spec"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)  # resources/icons/dual-reader-<size>.png
BUNDLE_NAME = "dual-reader"  # COLLECT(name=...) in the spec
MAINTAINER = os.environ.get("DEB_MAINTAINER", "Dual Reader developers <packaging@dualreader.org>")

sys.path.insert(0, str(ROOT))
import reader  # noqa: E402 -- reader/__init__.py only: the version, the name, the desktop id

VERSION, APP_NAME, APP_ID = reader.__version__, reader.APP_NAME, reader.APP_ID


class BuildError(Exception):
    pass


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    log("$ " + " ".join(str(c) for c in cmd))
    try:
        return subprocess.run([str(c) for c in cmd], check=True, **kwargs)
    except FileNotFoundError as exc:
        raise BuildError(f"{cmd[0]} is not installed") from exc
    except subprocess.CalledProcessError as exc:
        raise BuildError(f"{Path(str(cmd[0])).name} failed with exit code {exc.returncode}") from exc


def human(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# --- icons ---------------------------------------------------------------------------------------


def icon_png(size: int) -> Path:
    path = ICONS / f"dual-reader-{size}.png"
    if not path.is_file():
        raise BuildError(f"missing icon {path}")
    return path


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise BuildError("not a PNG")
    return struct.unpack(">II", data[16:24])


def write_ico(dest: Path, sizes=(16, 32, 48, 64, 128, 256)) -> Path:
    """A Windows .ico holding the PNGs as they are (PNG-in-ICO, Windows Vista and later)."""
    images = [icon_png(s).read_bytes() for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for data in images:
        width, height = png_size(data)
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(header + entries + blobs)
    return dest


def write_icns(dest: Path, work: Path) -> Path:
    """A macOS .icns from the PNGs with iconutil (an .iconset of the names it expects)."""
    iconset = work / "dual-reader.iconset"
    shutil.rmtree(iconset, ignore_errors=True)
    iconset.mkdir(parents=True)
    for points in (16, 32, 128, 256, 512):
        shutil.copy(icon_png(points), iconset / f"icon_{points}x{points}.png")
        if points * 2 in ICON_SIZES:
            shutil.copy(icon_png(points * 2), iconset / f"icon_{points}x{points}@2x.png")
    run(["iconutil", "--convert", "icns", "--output", dest, iconset])
    return dest


# --- the PyInstaller bundle ----------------------------------------------------------------------


def pyinstaller(work: Path, spec_args: list[str], clean: bool) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError("PyInstaller is missing: pip install -e '.[packaging]'") from exc
    distpath = work / "dist"
    cmd = [sys.executable, "-m", "PyInstaller", SPEC, "--noconfirm", "--log-level", "WARN",
           "--workpath", work / "pyinstaller", "--distpath", distpath]
    if clean:
        cmd.append("--clean")
    run(cmd + (["--", *spec_args] if spec_args else []), cwd=ROOT)
    return distpath


def check_bundle(bundle: Path) -> None:
    """What the frozen program needs at run time, present where reader/core/paths.py looks."""
    internal = bundle / "_internal"
    exe = ".exe" if sys.platform == "win32" else ""
    needed = [
        bundle / f"dual-reader{exe}",
        internal / "resources" / "fonts" / "NanumGothic.ttf",
        internal / "resources" / "translations" / "dual_reader_ko.qm",
        internal / "resources" / "icons" / "dual-reader.svg",
        internal / "library" / "starter.json",
        internal / "reader" / "core" / "facts" / "data" / "places_extra.json",
    ]
    if sys.platform == "win32":
        needed.append(bundle / "dual-reader-cli.exe")
    missing = [str(p.relative_to(bundle)) for p in needed if not p.exists()]
    if not any(internal.rglob("qtbase_ko.qm")):
        missing.append("Qt's qtbase_ko.qm")
    if missing:
        raise BuildError("the bundle lacks " + ", ".join(missing))


def unresolved_libraries(bundle: Path) -> list[str]:
    """Linux: shared libraries the bundle's own libraries need that neither it nor this system has
    (ldd says "not found"); the target system must provide them (see the .deb's Depends)."""
    if not shutil.which("ldd"):
        return []
    missing: set[str] = set()
    env = {**os.environ, "LD_LIBRARY_PATH": str(bundle / "_internal")}
    for lib in (bundle / "_internal").rglob("*.so*"):
        if lib.is_symlink() or not lib.is_file():
            continue
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
        missing.update(m for m in re.findall(r"^\s*(\S+) => not found", out, re.M))
    return sorted(missing)


def debian_package_of(soname: str) -> str:
    """Debian's naming rule for a library package: libxcb-icccm.so.4 -> libxcb-icccm4, libfoo-3.so.0 -> libfoo-3-0."""
    match = re.fullmatch(r"(lib[\w+.-]+?)\.so\.(\d+)(?:\..*)?", soname)
    if not match:
        return soname
    name, major = match.groups()
    return f"{name}{'-' if name[-1].isdigit() else ''}{major}".lower().replace("_", "-")


# --- Linux ---------------------------------------------------------------------------------------


def linux_arch() -> tuple[str, str]:
    """(Debian architecture, machine name for file names)."""
    machine = platform.machine()
    deb = {"x86_64": "amd64", "aarch64": "arm64", "armv7l": "armhf", "i686": "i386"}.get(machine, machine)
    if shutil.which("dpkg"):
        deb = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip() or deb
    return deb, machine


def glibc_version() -> str:
    try:
        return os.confstr("CS_GNU_LIBC_VERSION").split()[1]  # "glibc 2.36"
    except (ValueError, OSError, IndexError, AttributeError):
        return ""


def normalise_modes(root: Path) -> None:
    """Packages want 0755 folders and executables and 0644 files, whatever the build machine's umask."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def desktop_files(share: Path) -> None:
    """The .desktop entry, the hicolor icons and the AppStream metadata under a share/ folder."""
    applications = share / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "linux" / f"{APP_ID}.desktop", applications / f"{APP_ID}.desktop")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(icon_png(size), folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(ICONS / "dual-reader.svg", scalable / f"{APP_ID}.svg")
    metainfo = share / "metainfo"
    metainfo.mkdir(parents=True, exist_ok=True)
    text = (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    text = text.replace("@VERSION@", VERSION).replace("@DATE@", dt.date.today().isoformat())
    (metainfo / f"{APP_ID}.metainfo.xml").write_text(text, encoding="utf-8")


def validate_desktop_entry(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if not tool:
        log("desktop-file-validate is not installed (Debian: desktop-file-utils); the .desktop entry was not validated")
        return
    out = subprocess.run([tool, str(path)], capture_output=True, text=True)
    if out.returncode != 0 or "error:" in out.stdout:
        raise BuildError(f"{path.name} does not validate:\n{out.stdout}{out.stderr}")


def build_deb(bundle: Path, work: Path, dist: Path, compression: str) -> Path:
    if not shutil.which("dpkg-deb"):
        raise BuildError("dpkg-deb is not installed: a .deb cannot be built here (use --formats tar)")
    deb_arch, _machine = linux_arch()
    root = work / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "dual-reader", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    # Relative, so that the package also works unpacked into a scratch root (the smoke test).
    (root / "usr" / "bin" / "dual-reader").symlink_to("../../opt/dual-reader/dual-reader")
    desktop_files(root / "usr" / "share")
    doc = root / "usr" / "share" / "doc" / "dual-reader"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Dual Reader: MIT License.\n\n"
        "Bundled in /opt/dual-reader: Python (PSF License), Qt and PySide6 (LGPL-3.0), the Nanum fonts\n"
        "(SIL Open Font License 1.1, /opt/dual-reader/_internal/resources/fonts/OFL-Nanum.txt) and the\n"
        "Python packages listed in the project's pyproject.toml, each under its own licence.\n",
        encoding="utf-8",
    )
    validate_desktop_entry(root / "usr" / "share" / "applications" / f"{APP_ID}.desktop")

    # What the bundle does not carry: what PyInstaller leaves to the system (C library, OpenGL/EGL,
    # libxcb) and any library the build machine lacked (ldd: not found).
    depends = [f"libc6 (>= {glibc_version()})" if glibc_version() else "libc6", "libgl1", "libegl1", "libxcb1", "libfontconfig1"]
    unresolved = unresolved_libraries(bundle)
    if unresolved:
        log("not in the bundle, left to the system: " + ", ".join(unresolved))
    # Wayland's client libraries come with every Wayland session (PyInstaller never bundles them):
    # Recommends in packaging/linux/control, so that an X11-only system need not install them.
    depends += sorted({debian_package_of(s) for s in unresolved if not s.startswith("libwayland-")} - set(depends))
    control = (PACKAGING / "linux" / "control").read_text(encoding="utf-8")
    control = (control.replace("@VERSION@", VERSION).replace("@ARCH@", deb_arch).replace("@MAINTAINER@", MAINTAINER)
               .replace("@INSTALLED_SIZE@", str(tree_size(root) // 1024)).replace("@DEPENDS@", ", ".join(depends)))
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    normalise_modes(root)

    deb = dist / f"dual-reader_{VERSION}_{deb_arch}.deb"
    run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", root, deb])
    return deb


def build_tar(bundle: Path, dist: Path) -> Path:
    """The portable archive: the bundle in one folder, plus the desktop files to install by hand."""
    _deb_arch, machine = linux_arch()
    top = f"dual-reader-{VERSION}"
    share = bundle.parent / "share"
    shutil.rmtree(share, ignore_errors=True)
    desktop_files(share)
    archive = dist / f"dual-reader-{VERSION}-linux-{machine}.tar.gz"
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))

    def owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = mtime
        if not info.issym():
            info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=owner)
        tar.add(share, arcname=f"{top}/share", filter=owner)
    return archive


# --- Windows -------------------------------------------------------------------------------------


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"), os.environ.get("LOCALAPPDATA")):
        if base:
            for candidate in (Path(base) / "Inno Setup 6" / "ISCC.exe", Path(base) / "Programs" / "Inno Setup 6" / "ISCC.exe"):
                if candidate.is_file():
                    return str(candidate)
    return None


def build_windows(bundle: Path, ico: Path, dist: Path, formats: set[str]) -> list[Path]:
    made = []
    if "zip" in formats:
        base = dist / f"dual-reader-{VERSION}-windows-x64"
        made.append(Path(shutil.make_archive(str(base), "zip", root_dir=bundle.parent, base_dir=bundle.name)))
    if "installer" in formats:
        iscc = find_iscc()
        if not iscc:
            raise BuildError("Inno Setup 6 (ISCC.exe) is not installed: choco install innosetup, or use --formats zip")
        run([iscc, "/Qp", f"/DAppVersion={VERSION}", f"/DSourceDir={bundle}", f"/DOutputDir={dist}", f"/DIconFile={ico}",
             PACKAGING / "windows" / "dual-reader.iss"])
        made.append(dist / f"dual-reader-{VERSION}-windows-x64-setup.exe")
    return made


# --- macOS ---------------------------------------------------------------------------------------


def build_dmg(app: Path, work: Path, dist: Path) -> Path:
    stage = work / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    run(["ditto", app, stage / app.name])  # ditto keeps the bundle's symlinks, attributes and signature
    (stage / "Applications").symlink_to("/Applications")  # drag the app onto it to install
    dmg = dist / f"Dual-Reader-{VERSION}-macos-{platform.machine()}.dmg"
    run(["hdiutil", "create", "-volname", f"{APP_NAME} {VERSION}", "-srcfolder", stage, "-fs", "HFS+",
         "-format", "UDZO", "-ov", dmg])
    return dmg


# --- the whole build -----------------------------------------------------------------------------

DEFAULT_FORMATS = {"linux": {"deb", "tar"}, "win32": {"installer", "zip"}, "darwin": {"dmg"}}


def host() -> str:
    if sys.platform.startswith("linux"):
        return "linux"
    if sys.platform in ("win32", "darwin"):
        return sys.platform
    raise BuildError(f"no native packaging for {sys.platform}")


def sha256sums(paths: list[Path], dist: Path) -> Path:
    lines = []
    for path in paths:
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    sums = dist / "SHA256SUMS"
    sums.write_text("".join(lines), encoding="utf-8")
    return sums


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--formats", help="comma-separated subset: deb,tar (Linux), installer,zip (Windows), dmg (macOS)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the artefacts go (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "packaging", help="scratch folder (default: build/packaging/)")
    parser.add_argument("--skip-pyinstaller", action="store_true", help="package the bundle already in WORK/dist")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--deb-compression", default="zstd", choices=["zstd", "xz", "gzip", "none"],
                        help="zstd (default): 4 s; xz: a quarter smaller but 80 s on 2 cores (the release workflow uses it)")
    args = parser.parse_args(argv)

    try:
        system = host()
        formats = set(args.formats.split(",")) if args.formats else DEFAULT_FORMATS[system]
        unknown = formats - DEFAULT_FORMATS[system]
        if unknown:
            raise BuildError(f"{', '.join(sorted(unknown))}: not a format built on {system}")
        work, dist = args.work.resolve(), args.dist.resolve()
        work.mkdir(parents=True, exist_ok=True)
        dist.mkdir(parents=True, exist_ok=True)
        timings: dict[str, float] = {}
        started = time.perf_counter()
        log(f"Dual Reader {VERSION} on {system} ({platform.machine()}), Python {platform.python_version()}: {', '.join(sorted(formats))}")

        spec_args: list[str] = []
        ico = icns = None
        if system == "win32":
            ico = write_ico(work / "icons" / "dual-reader.ico")
            spec_args += ["--ico", str(ico)]
        elif system == "darwin":
            icns = write_icns(work / "icons" / "dual-reader.icns", work / "icons")
            spec_args += ["--icns", str(icns)]

        t0 = time.perf_counter()
        distpath = work / "dist" if args.skip_pyinstaller else pyinstaller(work, spec_args, args.clean)
        timings["pyinstaller"] = time.perf_counter() - t0
        bundle = distpath / BUNDLE_NAME
        check_bundle(bundle)
        log(f"bundle: {bundle} ({human(tree_size(bundle))} on disk)")

        artefacts: list[Path] = []
        for fmt in sorted(formats):
            t0 = time.perf_counter()
            if fmt == "deb":
                artefacts.append(build_deb(bundle, work, dist, args.deb_compression))
            elif fmt == "tar":
                artefacts.append(build_tar(bundle, dist))
            elif fmt in ("installer", "zip"):
                artefacts += build_windows(bundle, ico, dist, {fmt})
            elif fmt == "dmg":
                artefacts.append(build_dmg(distpath / f"{APP_NAME}.app", work, dist))
            timings[fmt] = time.perf_counter() - t0
        sums = sha256sums(artefacts, dist)
        for path in artefacts:
            log(f"artefact: {path.relative_to(dist.parent) if dist.parent in path.parents else path}  {human(path.stat().st_size)}")
        log(f"checksums: {sums}")
        log("times: " + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()) + f"; total {time.perf_counter() - started:.1f} s")
        return 0
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
