"""Export of annotated notes: Markdown for note apps, self-contained HTML, PDF (printed by the Qt
layer from the same HTML), JSON in the W3C Web Annotation model, CSV, and flashcards.

`export()` is the one entry point; the formats live in their own modules. Markdown, HTML and PDF
write one file per article, plus an index when there are several (into a folder); JSON and CSV
write one file for the whole selection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from reader.core.errors import ReaderError
from reader.core.export.common import ArticleNotes, collect, safe_filename

FORMATS = ("md", "html", "pdf", "json", "csv", "flashcards")
PER_ARTICLE = ("md", "html", "pdf")
SUFFIX = {"md": ".md", "html": ".html", "pdf": ".pdf", "json": ".json", "csv": ".csv", "flashcards": ".csv"}

__all__ = ["FORMATS", "ExportResult", "export", "export_articles", "select_articles", "safe_filename", "ArticleNotes", "collect"]


@dataclass
class ExportResult:
    paths: list[Path] = field(default_factory=list)
    articles: int = 0
    annotations: int = 0
    skipped: int = 0  # flashcards: highlights in articles without a counterpart


def select_articles(library, ids=(), *, tag: str | None = None, query: str | None = None, everything: bool = False) -> list[int]:
    """The articles of a selection: given ids (checked), a tag, a search, or the whole library."""
    if everything:
        return [r["id"] for r in library.list_articles()]
    if tag:
        if library._tag_id(tag, create=False) is None:
            raise ReaderError(f"there is no tag named {tag!r}")
        return [r["id"] for r in library.list_articles(tag=tag)]
    if query is not None:
        return [r.id for r in library.search(query, limit=100_000)]
    for article_id in ids:
        library.get(article_id)  # an unknown id is an error, not an empty export
    return list(dict.fromkeys(ids))


def export(
    library, article_ids: list[int], fmt: str, dest: Path | str, *, facts: bool = False,
    pdf_writer: Callable[[str, Path], None] | None = None, progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    if fmt not in FORMATS:
        raise ReaderError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not article_ids:
        raise ReaderError("nothing to export: the selection holds no article")
    if fmt == "pdf" and pdf_writer is None:
        raise ReaderError("PDF export needs the Qt layer (reader.ui.pdf); run it from the app or the `reader` command")
    dest = Path(dest).expanduser()
    notes = collect(library, article_ids, facts=facts)
    result = ExportResult(articles=len(notes), annotations=sum(len(n.annotations) for n in notes))
    try:
        if fmt in PER_ARTICLE:
            _per_article(notes, fmt, dest, result, pdf_writer, progress)
        elif fmt == "json":
            from reader.core.export.w3c import write_json

            result.paths.append(write_json(notes, _single_file(dest, "annotations.json")))
        elif fmt == "csv":
            from reader.core.export.tables import write_csv

            result.paths.append(write_csv(notes, _single_file(dest, "annotations.csv")))
        else:
            from reader.core.export.tables import write_flashcards

            path, result.skipped = write_flashcards(library, notes, _single_file(dest, "flashcards.csv"))
            result.paths.append(path)
    except OSError as exc:
        raise ReaderError(f"cannot write the export to {dest}: {exc.strerror or exc}") from exc
    return result


export_articles = export


def _single_file(dest: Path, default_name: str) -> Path:
    if dest.is_dir():
        return dest / default_name
    dest.parent.mkdir(parents=True, exist_ok=True)
    return dest


def _per_article(notes, fmt, dest: Path, result: ExportResult, pdf_writer, progress) -> None:
    from reader.core.export import notes_html, notes_md

    one_file = len(notes) == 1 and not dest.is_dir() and dest.suffix.lower() == SUFFIX[fmt]
    if one_file:
        dest.parent.mkdir(parents=True, exist_ok=True)
        targets = {notes[0].article["id"]: dest}
    else:
        dest.mkdir(parents=True, exist_ok=True)
        existing = notes_md.existing_notes(dest) if fmt == "md" else {}
        targets = {}
        used: set[str] = set()
        for n in notes:
            article_id = n.article["id"]
            path = existing.get(article_id) or dest / (safe_filename(n.article["title"], article_id, used) + SUFFIX[fmt])
            used.add(path.name.casefold())
            targets[article_id] = path
    for i, n in enumerate(notes):
        path = targets[n.article["id"]]
        if fmt == "md":
            notes_md.write(n, path)
        elif fmt == "html":
            tmp = path.with_name(path.name + ".part")
            tmp.write_text(notes_html.render(n), encoding="utf-8")
            tmp.replace(path)
        else:
            pdf_writer(notes_html.render(n, for_print=True), path)
        result.paths.append(path)
        if progress:
            progress(i + 1, len(notes))
    if not one_file:
        index = dest / ("index" + SUFFIX[fmt])
        if fmt == "md":
            index.write_text(notes_md.index(notes, targets), encoding="utf-8")
        elif fmt == "html":
            index.write_text(notes_html.index(notes, targets), encoding="utf-8")
        else:
            pdf_writer(notes_html.index(notes, targets, for_print=True), index)
        result.paths.append(index)
