#!/usr/bin/env bash
# Smoke test of the Linux artefacts: build them, then run `--self-test` from the unpacked portable
# archive and from the .deb installed into a scratch root (never into this system), with an empty
# environment and home, and check the package's metadata and desktop entry.
#
#   packaging/smoke.sh               build (python packaging/build.py) and test
#   packaging/smoke.sh --no-build    test the artefacts already in dist/
#
# PYTHON picks the interpreter that builds (default: python3; it needs `pip install -e '.[packaging]'`).
# Extra arguments after the options go to build.py (e.g. --deb-compression xz).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
build=1
if [[ ${1:-} == --no-build ]]; then build=0; shift; fi

started=$SECONDS
say() { printf '[smoke] %s\n' "$*"; }
fail() { printf '[smoke] FAILED: %s\n' "$*" >&2; exit 1; }
elapsed() { echo "$((SECONDS - $1)) s"; }

if ((build)); then
    t=$SECONDS
    "$PYTHON" packaging/build.py --formats deb,tar "$@" || fail "the build failed"
    build_time=$(elapsed $t)
fi

version=$("$PYTHON" -c 'import sys; sys.path.insert(0, "."); import reader; print(reader.__version__)')
deb=$(ls dist/dual-reader_"$version"_*.deb 2>/dev/null | head -n 1)
tgz=$(ls dist/dual-reader-"$version"-linux-*.tar.gz 2>/dev/null | head -n 1)
[[ -n $deb ]] || fail "no dist/dual-reader_${version}_*.deb: build it first"
[[ -n $tgz ]] || fail "no dist/dual-reader-${version}-linux-*.tar.gz: build it first"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/dual-reader-smoke.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/run"
chmod 700 "$scratch/run"

# The program as a user starts it: no virtualenv, no PYTHONPATH, nothing of the build's environment.
clean_run() {
    env -i HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}

self_test() {  # self_test NAME EXECUTABLE
    local t=$SECONDS out
    out=$(clean_run "$2" --version) || fail "$1: --version failed"
    [[ $out == "Dual Reader $version" ]] || fail "$1: --version says '$out', expected 'Dual Reader $version'"
    clean_run "$2" --self-test || fail "$1: --self-test failed"
    say "$1: self-test passed ($(elapsed $t) with start-up)"
}

# 1. The portable archive, unpacked where a user would put it.
mkdir "$scratch/portable"
tar -xzf "$tgz" -C "$scratch/portable"
self_test "tar.gz" "$scratch/portable/dual-reader-$version/dual-reader"
[[ -f $scratch/portable/dual-reader-$version/share/applications/org.dualreader.DualReader.desktop ]] \
    || fail "tar.gz: no share/applications/org.dualreader.DualReader.desktop"

# 2. The .deb: its metadata, then installed into a scratch root (dpkg --root), or unpacked if dpkg is absent.
[[ $(dpkg-deb --field "$deb" Package) == dual-reader ]] || fail ".deb: Package is not dual-reader"
[[ $(dpkg-deb --field "$deb" Version) == "$version" ]] || fail ".deb: Version is not $version"
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/dual-reader ./opt/dual-reader/dual-reader ./usr/share/applications/org.dualreader.DualReader.desktop \
            ./usr/share/icons/hicolor/scalable/apps/org.dualreader.DualReader.svg \
            ./usr/share/icons/hicolor/256x256/apps/org.dualreader.DualReader.png \
            ./usr/share/metainfo/org.dualreader.DualReader.metainfo.xml; do
    grep -q " $path\( \|$\)" <<<"$contents" || fail ".deb: $path is missing"
done
root="$scratch/root"
if command -v dpkg >/dev/null; then
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
    touch "$root/var/lib/dpkg/status"
    # --force-depends: the scratch root has no libc6 & co. (this system's are used); nothing is run as root.
    dpkg --root="$root" --force-depends --force-not-root --log=/dev/null --install "$deb" >/dev/null 2>&1 \
        || fail ".deb: dpkg --root could not install it"
    installed="installed with dpkg --root"
else
    dpkg-deb -x "$deb" "$root"
    installed="unpacked with dpkg-deb -x"
fi
self_test ".deb ($installed)" "$root/usr/bin/dual-reader"

desktop="$root/usr/share/applications/org.dualreader.DualReader.desktop"
if command -v desktop-file-validate >/dev/null; then
    out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
    [[ $out != *error:* ]] || fail "desktop-file-validate: $out"
    say "desktop entry: desktop-file-validate passed"
else
    say "desktop entry: desktop-file-validate not installed (apt-get install desktop-file-utils); not validated"
fi
grep -q '^Exec=dual-reader %F$' "$desktop" || fail "desktop entry: Exec does not pass the files (%F)"
grep -q '^MimeType=.*text/html;.*text/markdown;.*text/plain;' "$desktop" || fail "desktop entry: MimeType lacks html/markdown/plain"

if command -v dpkg >/dev/null; then
    dpkg --root="$root" --force-depends --force-not-root --log=/dev/null --purge dual-reader >/dev/null 2>&1 \
        || fail ".deb: dpkg --purge failed"
    left=$(find "$root" -mindepth 1 \( -type f -o -type l \) -not -path "$root/var/lib/dpkg/*" | head -n 5)
    [[ -z $left ]] || fail ".deb: files left after purge: $left"
    say ".deb: purged cleanly"
fi

say "sizes: $(basename "$tgz") $(stat -c %s "$tgz" | awk '{printf "%.1f MB", $1 / 1e6}'), $(basename "$deb") $(stat -c %s "$deb" | awk '{printf "%.1f MB", $1 / 1e6}')"
say "passed in $(elapsed $started)${build_time:+ (build $build_time)}"
