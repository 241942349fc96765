"""Import throughput for plain text, Markdown and HTML, through the real path (files on disk ->
decode -> sniff -> extract -> one transaction per file), each file made unique so none is a duplicate.

    python bench/bench_import.py [--count 600]

Targets (issue 2): at least 20 HTML pages and 300 text files per second on a 2-core machine.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.importing.importer import import_paths  # noqa: E402
from reader.core.library import Library  # noqa: E402

SOURCES = {
    "text": [ROOT / "library" / "06-rail-chile-en.txt", ROOT / "library" / "05-rail-chile-ko.txt", ROOT / "library" / "08-base-rate-en.txt"],
    "markdown": [ROOT / "library" / "03-critical-minerals-ko.md", ROOT / "library" / "04-critical-minerals-en.md", ROOT / "library" / "10-vietnam-trade-en.md"],
    "html": [ROOT / "library" / "01-chip-exports-ko.html", ROOT / "library" / "02-chip-exports-en.html",
             ROOT / "tests" / "fixtures" / "page_with_chrome.html", ROOT / "tests" / "fixtures" / "page_ko_chrome.html"],
}


def make_files(folder: Path, kind: str, count: int) -> None:
    folder.mkdir(parents=True)
    sources = [p.read_bytes() for p in SOURCES[kind]]
    for i in range(count):
        data = sources[i % len(sources)]
        marker = f"Bench note {i}: this paragraph makes copy {i} unique.".encode()
        if kind == "html":
            longest = max(re.finditer(rb"<p[ >].*?</p>", data, re.S), key=lambda m: len(m.group()))
            cut = longest.end() - len(b"</p>")
            data = data[:cut] + b" " + marker + data[cut:]
        else:
            data = data.rstrip() + b"\n\n" + marker + b"\n"
        (folder / f"{i:05d}.{ {'text': 'txt', 'markdown': 'md', 'html': 'html'}[kind]}").write_bytes(data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=600)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("text", "markdown", "html"):
            folder = Path(tmp) / kind
            make_files(folder, kind, args.count)
            with Library.open(Path(tmp) / f"lib-{kind}") as library:
                started = time.perf_counter()
                results = import_paths(library, [folder])
                elapsed = time.perf_counter() - started
            imported = sum(r.status == "imported" for r in results)
            assert imported == args.count, {r.status for r in results}
            print(f"{kind:>8}: {imported} files in {elapsed:5.2f} s = {imported / elapsed:6.0f} files/s")


if __name__ == "__main__":
    main()
