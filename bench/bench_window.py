"""Start-up to a usable window and list scrolling at 10,000 and 100,000 articles.

    QT_QPA_PLATFORM=offscreen python bench/bench_window.py [--sizes 10000 100000]

"Usable" = the window is shown with the list filled and the first article rendered. Scrolling is
measured two ways: jumping to 200 evenly spaced positions and repainting the whole list there (each
a page of rows the lazy model has not fetched: the worst case, like dragging the scroll bar), and
200 wheel steps of three rows, as a user scrolls (a 60 Hz frame is 16.7 ms).
Not part of CI; the synthetic libraries come from bench/synthetic.py (built on first use).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--out", default=str(Path(__file__).parent / "out"))
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reader.core.library import Library
    from reader.ui.app import make_application
    from reader.ui.main_window import MainWindow

    app = make_application()
    for size in args.sizes:
        build(Path(args.out), size).close()
        settings = QSettings(str(Path(args.out) / "bench.ini"), QSettings.Format.IniFormat)
        started = time.perf_counter()
        library = Library.open(Path(args.out) / f"synthetic-{size}")
        window = MainWindow(library, settings)
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        window.list.viewport().repaint()
        ready = time.perf_counter() - started
        assert window.model.rowCount() == size and window.reader.article is not None

        bar = window.list.verticalScrollBar()
        frames = []
        for step in range(200):
            t = time.perf_counter()
            bar.setValue(int(bar.maximum() * step / 199))
            window.list.viewport().repaint()
            frames.append((time.perf_counter() - t) * 1000)
        frames.sort()
        p50, p95 = frames[len(frames) // 2], frames[int(len(frames) * 0.95)]
        # a wheel scroll: three rows a step, Qt scrolls the pixels and paints only what appears
        bar.setValue(bar.maximum() // 3)
        app.processEvents()
        wheel = []
        for _ in range(200):
            t = time.perf_counter()
            bar.setValue(bar.value() + 3)
            app.processEvents()
            wheel.append((time.perf_counter() - t) * 1000)
        wheel.sort()
        w50, w95 = wheel[len(wheel) // 2], wheel[int(len(wheel) * 0.95)]
        t = time.perf_counter()
        window.search.setText("광물")
        window._apply_filter()
        search_ms = (time.perf_counter() - t) * 1000
        print(f"{size:>7} articles: usable window in {ready:5.2f} s | jump + full repaint p50 {p50:5.1f} ms, p95 {p95:5.1f} ms | "
              f"wheel step p50 {w50:4.1f} ms, p95 {w95:4.1f} ms | search '광물' in the window {search_ms:5.0f} ms")
        window.close()
        library.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
