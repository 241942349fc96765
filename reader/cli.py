"""The command line over reader.core: every capability scriptable, with stable JSON for scripts.

`reader` alone starts the program; user errors are one line on stderr and exit code 2 (1 for an
import in which some files failed), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from reader import __version__
from reader.core.errors import ReaderError

EXIT_USER_ERROR = 2


def _library_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="library folder (default: $READER_LIBRARY or the platform's data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader", description="Dual Reader: an offline reader for Korean and English news.")
    parser.add_argument("--version", action="version", version=f"Dual Reader {__version__}")
    _library_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        _library_option(p)
        return p

    p = command("import", "import files, folders (recursively) or the starter articles")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="tag every imported article (repeatable)")
    p.add_argument("--starter", action="store_true", help="import the starter articles")
    p.add_argument("--json", action="store_true")

    p = command("list", "list articles, newest first")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--lang", choices=["ko", "en", "other"])
    p.add_argument("--json", action="store_true")

    p = command("show", "show one article")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")

    p = command("search", "search in Korean and English")
    p.add_argument("query")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--lang", choices=["ko", "en", "other"])
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")

    p = command("tag", "add or remove tags on an article")
    p.add_argument("id", type=int)
    p.add_argument("--add", action="append", default=[], metavar="T")
    p.add_argument("--remove", action="append", default=[], metavar="T")

    p = command("tags", "list tags with counts, or rename / merge / delete / colour them")
    p.add_argument("action", nargs="?", choices=["rename", "merge", "delete", "color"])
    p.add_argument("names", nargs="*", metavar="NAME")
    p.add_argument("--json", action="store_true")

    p = command("delete", "delete an article")
    p.add_argument("id", type=int)

    p = command("original", "write an article's original imported bytes to a file or stdout")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", metavar="FILE")

    p = command("facts", "amounts, percentages, counts, dates and names in an article or a text")
    p.add_argument("id", type=int, nargs="?")
    p.add_argument("--text", help="a text instead of an article")
    p.add_argument("--lang", choices=["ko", "en"], help="the text's language (with --text)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="publication date, for relative dates (with --text)")
    p.add_argument("--batch", metavar="FILE.jsonl", help='one {"text", "lang", "date"} a line in; one JSON array a line out')
    p.add_argument("--all", action="store_true", help="the facts of the whole library, filtered by the options below")
    p.add_argument("--kind", choices=["money", "percent", "count", "quantity", "date", "organization", "person", "place"])
    p.add_argument("--name", default="", help="(with --all) text or value containing this")
    p.add_argument("--min", type=float, dest="min_value", help="(with --all) smallest value")
    p.add_argument("--max", type=float, dest="max_value", help="(with --all) largest value")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="(with --all) dates from")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="(with --all) dates until")
    p.add_argument("--csv", metavar="FILE", help="(with --all) write the rows as CSV")
    p.add_argument("--json", action="store_true")

    p = command("glossary", "your own Korean/English name pairs, found in every article: list, add or remove them")
    p.add_argument("action", nargs="?", choices=["list", "add", "remove"], default="list")
    p.add_argument("id", type=int, nargs="?", help="(remove) the entry's number, as `reader glossary` lists it")
    p.add_argument("--ko", default="", help="(add) the Korean form")
    p.add_argument("--en", default="", help="(add) the English form")
    p.add_argument("--kind", choices=["organization", "person", "place"], default="organization")
    p.add_argument("--alias", action="append", default=[], metavar="FORM", help="(add) another form of the name; repeatable")
    p.add_argument("--json", action="store_true")

    p = command("pair", "read a Korean and an English article side by side, or find likely counterparts")
    p.add_argument("ids", type=int, nargs="*", metavar="ID")
    p.add_argument("--suggest", type=int, metavar="ID", help="likely counterparts of this article, best first")
    p.add_argument("--json", action="store_true")

    p = command("align", "align the sentences of a Korean and an English text")
    p.add_argument("ids", type=int, nargs="*", metavar="ID", help="KO_ID EN_ID: two articles of the library")
    p.add_argument("--ko", metavar="FILE", help="a Korean plain-text file")
    p.add_argument("--en", metavar="FILE", help="an English plain-text file")
    p.add_argument("--presplit", action="store_true", help="each line of the files is one sentence")
    p.add_argument("--json", action="store_true")

    p = command("unpair", "undo a pair (two IDs) or every pair of an article (one ID)")
    p.add_argument("ids", type=int, nargs="+", metavar="ID")

    p = command("annotate", "highlight a quote in an article, with a note, colour and tags")
    p.add_argument("id", type=int)
    p.add_argument("--quote", required=True, metavar="TEXT", help="the exact text to highlight")
    p.add_argument("--occurrence", type=int, default=1, metavar="N", help="which occurrence of the quote (default 1)")
    p.add_argument("--note", default="", metavar="TEXT", help="a note (Markdown)")
    p.add_argument("--color", default="yellow", metavar="C", help="yellow, green, blue, pink, purple or orange")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="tag the highlight (repeatable)")
    p.add_argument("--json", action="store_true")

    p = command("annotations", "list an article's highlights and notes (those needing review last)")
    p.add_argument("id", type=int, nargs="?")
    p.add_argument("--review", action="store_true", help="only highlights that need review, in every article")
    p.add_argument("--json", action="store_true")

    p = command("export", "export annotated notes: per article, tag, search or the whole library")
    p.add_argument("ids", type=int, nargs="*", metavar="ID")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--query", metavar="Q")
    p.add_argument("--all", action="store_true")
    p.add_argument("--pair", action="store_true", help="export the given Korean and English articles side by side")
    p.add_argument("--format", required=True, choices=["md", "html", "pdf", "json", "csv", "flashcards"])
    p.add_argument("--facts", action="store_true", help="add each article's facts (Markdown, HTML, PDF)")
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="a file for one article, JSON and CSV; otherwise a folder")
    p.add_argument("--json", action="store_true")

    p = command("import-annotations", "restore annotations from W3C Web Annotation JSON (from `reader export --format json`)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")

    command("info", "where the library is and what it holds")

    p = command("screenshot", "render the window offscreen to a PNG")
    p.add_argument("out", metavar="OUT.png")
    p.add_argument("--article", type=int, metavar="ID")
    p.add_argument("--size", default="1440x900", metavar="WxH")
    p.add_argument("--theme", choices=["light", "dark", "sepia", "system"], default="light")
    p.add_argument("--ui-lang", choices=["en", "ko"], default="en")
    p.add_argument("--panel", choices=["facts", "notes"], default="facts", help="which side panel to show")
    p.add_argument("--side-by-side", action="store_true", help="the article and its counterpart side by side instead")
    return parser


def _open(args):
    from reader.core.library import Library

    return Library.open(_library_path(args))


def _print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_import(args) -> int:
    from reader.core.importing.importer import import_paths
    from reader.core.starter import import_starter

    if not args.paths and not args.starter:
        raise ReaderError("name at least one file or folder to import (or --starter)")
    with _open(args) as library:
        results = []
        if args.starter:
            results += import_starter(library)
        if args.paths:

            def report(_n, result):
                if not args.json:
                    _print_import_line(result)

            results += import_paths(library, args.paths, tags=args.tag, progress=report)
        elif not args.json:
            for result in results:
                _print_import_line(result)
    if args.json:
        _print_json([r.as_dict() for r in results])
    else:
        counts = {s: sum(r.status == s for r in results) for s in ("imported", "updated", "duplicate", "failed")}
        updated = f", {counts['updated']} updated to a newer version" if counts["updated"] else ""
        print(f"{counts['imported']} imported{updated}, {counts['duplicate']} duplicates, {counts['failed']} failed", file=sys.stderr)
        review = sum(r.review for r in results)
        if review:
            print(f"{review} highlight(s) need review after the update: see `reader annotations ID`", file=sys.stderr)
    return 1 if any(r.status == "failed" for r in results) else 0


def _print_import_line(result) -> None:
    if result.status == "failed":
        print(f"failed     {result.path}: {result.error}")
    else:
        print(f"{result.status:<10} {result.path} -> #{result.id} [{result.lang}] {result.title}")


def cmd_list(args) -> int:
    with _open(args) as library:
        rows = library.list_articles(tag=args.tag, lang=args.lang)
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            tags = f"  [{', '.join(r['tags'])}]" if r["tags"] else ""
            print(f"{r['id']:>6}  {r['lang']:<5} {(r['published'] or '')[:10]:<10}  {r['title']}  — {r['source'] or '?'}{tags}")
    return 0


def cmd_show(args) -> int:
    with _open(args) as library:
        article = library.get(args.id)
    keys = ("id", "title", "subtitle", "lang", "source", "author", "published", "url", "imported", "format", "summary", "tags", "is_read", "starred")
    if args.json:
        _print_json({**{k: article[k] for k in keys}, "markdown": article["markdown"], "text": article["text"]})
    else:
        print(article["title"])
        if article["subtitle"]:
            print(article["subtitle"])
        line = " · ".join(x for x in (article["source"], article["author"], article["published"][:10], article["lang"], article["url"]) if x)
        print(line)
        if article["tags"]:
            print("Tags: " + ", ".join(article["tags"]))
        print()
        print(article["markdown"])
    return 0


def cmd_search(args) -> int:
    with _open(args) as library:
        results = library.search(args.query, tag=args.tag, lang=args.lang, limit=args.limit)
    if args.json:
        _print_json([{"id": r.id, "title": r.title, "snippet": r.snippet, "score": r.score} for r in results])
    else:
        if not results:
            print("no matches", file=sys.stderr)
        for r in results:
            print(f"{r.id:>6}  {r.title}\n        {r.snippet}")
    return 0


def cmd_tag(args) -> int:
    if not args.add and not args.remove:
        raise ReaderError("say which tags to --add or --remove")
    with _open(args) as library:
        tags = library.tag_article(args.id, add=args.add, remove=args.remove)
    print(", ".join(tags) if tags else "(no tags)")
    return 0


def cmd_tags(args) -> int:
    needed = {"rename": 2, "merge": 2, "delete": 1, "color": 2}
    with _open(args) as library:
        if args.action:
            if len(args.names) != needed[args.action]:
                usage = {"rename": "OLD NEW", "merge": "FROM INTO", "delete": "NAME", "color": "NAME #RRGGBB"}[args.action]
                raise ReaderError(f"usage: reader tags {args.action} {usage}")
            if args.action == "rename":
                library.rename_tag(*args.names)
            elif args.action == "merge":
                library.merge_tags(*args.names)
            elif args.action == "delete":
                library.delete_tag(args.names[0])
            else:
                library.set_tag_color(*args.names)
            return 0
        if args.names:
            raise ReaderError("say what to do with the tags: rename, merge, delete or color")
        tags = library.tags()
    if args.json:
        _print_json(tags)
    else:
        for t in tags:
            print(f"{t['count']:>6}  {t['name']}  {t['color']}")
    return 0


def cmd_delete(args) -> int:
    with _open(args) as library:
        title = library.get(args.id)["title"]
        library.delete(args.id)
    print(f"deleted #{args.id} {title}", file=sys.stderr)
    return 0


def cmd_original(args) -> int:
    with _open(args) as library:
        original = library.original(args.id)
    if original is None:
        raise ReaderError(f"article {args.id} has no stored original")
    if args.output:
        Path(args.output).write_bytes(original["data"])
    else:
        sys.stdout.buffer.write(original["data"])
    return 0


FACT_KEYS = ("kind", "start", "end", "text", "value", "unit", "qualifier")


def _fact_dicts(facts) -> list[dict]:
    return [{k: getattr(f, k) for k in FACT_KEYS} for f in facts]


def cmd_facts(args) -> int:
    from reader.core.facts.extract import extract_facts
    from reader.core.lang import detect_language

    chosen = sum(x is not None for x in (args.id, args.text, args.batch)) + bool(args.all)
    if chosen != 1:
        raise ReaderError("give exactly one of: an article ID, --text TEXT, --batch FILE.jsonl or --all")
    if args.all:
        return _library_facts(args)
    if args.date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", args.date):
        raise ReaderError("--date takes the form YYYY-MM-DD")
    if args.batch:
        try:
            lines = Path(args.batch).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ReaderError(f"cannot read {args.batch}: {exc.strerror or exc}") from exc
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
            except (ValueError, KeyError, TypeError) as exc:
                raise ReaderError(f"{args.batch}, line {number}: expected a JSON object with a \"text\"") from exc
            lang = item.get("lang") or detect_language(text)
            print(json.dumps(_fact_dicts(extract_facts(text, lang, item.get("date"))), ensure_ascii=False))
        return 0
    if args.text is not None:
        text, lang, date = args.text, args.lang or detect_language(args.text), args.date
        names = None
    else:
        from reader.core.facts import user_glossary

        with _open(args) as library:
            article = library.get(args.id)
            names = user_glossary.glossary(library)
        text, lang, date = article["text"], article["lang"], article["published"]
    facts = _fact_dicts(extract_facts(text, lang, date, names))
    if args.json:
        _print_json(facts)
    else:
        for f in facts:
            value = f["value"] if not isinstance(f["value"], float) else f"{f['value']:,.6g}"
            extra = " ".join(x for x in (f["unit"] or "", f["qualifier"] or "") if x)
            print(f"{f['kind']:<13} {f['text']}  →  {value} {extra}".rstrip())
    return 0


def cmd_glossary(args) -> int:
    from reader.core.facts import user_glossary

    with _open(args) as library:
        if args.action == "add":
            try:
                entry_id = user_glossary.add(library, args.ko, args.en, args.kind, args.alias)
            except ValueError as exc:
                raise ReaderError(str(exc)) from exc
            print(f"added #{entry_id}: {args.ko or '—'} / {args.en or '—'} ({args.kind})")
            return 0
        if args.action == "remove":
            if args.id is None:
                raise ReaderError("give the number of the entry to remove (see `reader glossary`)")
            if not user_glossary.remove(library, args.id):
                raise ReaderError(f"no glossary entry #{args.id}")
            print(f"removed #{args.id}")
            return 0
        found = user_glossary.entries(library)
    if args.json:
        _print_json(found)
    else:
        for e in found:
            aliases = f"  ({', '.join(e['aliases'])})" if e["aliases"] else ""
            print(f"{e['id']:>5}  {e['kind']:<13} {e['ko'] or '—'} / {e['en'] or '—'}{aliases}")
    return 0


def _library_facts(args) -> int:
    from reader.core.facts import store

    for value in (args.date_from, args.date_to):
        if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ReaderError("--from and --to take the form YYYY-MM-DD")
    with _open(args) as library:
        store.refresh(library)
        rows = store.query(library, store.FactQuery(args.kind, args.name, args.min_value, args.max_value, args.date_from, args.date_to))
    if args.csv:
        store.export_csv(rows, Path(args.csv))
        print(f"{len(rows)} facts written to {args.csv}", file=sys.stderr)
    elif args.json:
        _print_json(rows)
    else:
        for r in rows:
            print(f"{r['article_id']:>6}  {r['kind']:<13} {r['text']}  →  {r['value']} {r['unit'] or ''}  — {r['title'][:50]}")
    return 0


def cmd_pair(args) -> int:
    from reader.core import pairs

    with _open(args) as library:
        if args.suggest is not None:
            if args.ids:
                raise ReaderError("--suggest takes one article; give no other IDs")
            suggestions = [s.as_dict() for s in pairs.suggest(library, args.suggest)]
            if args.json:
                _print_json(suggestions)
            else:
                for s in suggestions:
                    print(f"{s['id']:>6}  {s['score']:6.2f}  {s['title']}\n        shares: {', '.join(s['shared'][:8])}")
            return 0
        if len(args.ids) != 2:
            raise ReaderError("usage: reader pair KO_ID EN_ID  (or reader pair --suggest ID)")
        pair_id = pairs.link(library, *args.ids)
    if args.json:
        _print_json({"pair": pair_id, "ko_en": args.ids})
    else:
        print(f"paired #{args.ids[0]} and #{args.ids[1]}", file=sys.stderr)
    return 0


def _read_text(path: str) -> str:
    from reader.core.decode import decode

    try:
        return decode(Path(path).read_bytes())[0].replace("\r\n", "\n")
    except OSError as exc:
        raise ReaderError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _presplit(text: str) -> tuple[str, list[tuple[int, int]]]:
    """One sentence a line: the text is the lines joined by newlines, the spans are the lines."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    spans, offset = [], 0
    for line in lines:
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return "\n".join(lines), spans


def cmd_align(args) -> int:
    from reader.core.bilingual.align import align
    from reader.core.bilingual.split import split_sentences

    if args.ids and (args.ko or args.en):
        raise ReaderError("give two article IDs, or --ko FILE and --en FILE, not both")
    published = None
    if args.ids:
        if len(args.ids) != 2:
            raise ReaderError("usage: reader align KO_ID EN_ID")
        with _open(args) as library:
            ko, en = library.get(args.ids[0]), library.get(args.ids[1])
        if (ko["lang"], en["lang"]) != ("ko", "en"):
            raise ReaderError(f"the first article must be Korean and the second English; they are {ko['lang']} and {en['lang']}")
        ko_text, en_text, published = ko["text"], en["text"], ko["published"] or en["published"]
        ko_spans, en_spans = split_sentences(ko_text, "ko"), split_sentences(en_text, "en")
    elif args.ko and args.en:
        ko_text, en_text = _read_text(args.ko), _read_text(args.en)
        if args.presplit:
            (ko_text, ko_spans), (en_text, en_spans) = _presplit(ko_text), _presplit(en_text)
        else:
            ko_spans, en_spans = split_sentences(ko_text, "ko"), split_sentences(en_text, "en")
    else:
        raise ReaderError("usage: reader align KO_ID EN_ID, or reader align --ko FILE --en FILE [--presplit]")
    links = align(ko_text, en_text, ko_sentences=ko_spans, en_sentences=en_spans, published=published)
    result = {
        "ko": [ko_text[s:e] for s, e in ko_spans],
        "en": [en_text[s:e] for s, e in en_spans],
        "links": [[list(link.ko), list(link.en)] for link in links],
    }
    if args.json:
        _print_json(result)
    else:
        for link in links:
            print(" ".join(result["ko"][i] for i in link.ko) or "—")
            print("    " + (" ".join(result["en"][i] for i in link.en) or "—"))
    return 0


def cmd_unpair(args) -> int:
    from reader.core import pairs

    if len(args.ids) > 2:
        raise ReaderError("usage: reader unpair ID [OTHER_ID]")
    with _open(args) as library:
        removed = pairs.unlink(library, *args.ids)
    print(f"{removed} pair(s) removed", file=sys.stderr)
    return 0


def cmd_info(args) -> int:
    with _open(args) as library:
        print(f"library: {library.folder}")
        print(f"articles: {library.count()}")
        print(f"tags: {len(library.tags())}")
    return 0


def _library_path(args) -> Path:
    from reader.core.paths import default_library_path

    return Path(args.library).expanduser() if getattr(args, "library", None) else default_library_path()


def cmd_default(args, parser) -> int:
    """`reader` alone starts the window."""
    try:
        from reader.ui.app import run
    except ImportError as exc:  # a headless install without Qt's system libraries
        raise ReaderError(f"the window cannot start ({exc}); the command line works: reader --help") from exc
    return run(_library_path(args), files=args.files)


def cmd_screenshot(args) -> int:
    import re

    from reader.ui.screenshot import take

    size = re.fullmatch(r"(\d{2,5})x(\d{2,5})", args.size)
    if not size:
        raise ReaderError("--size takes WIDTHxHEIGHT, for example 1440x900")
    out = take(Path(args.out), _library_path(args), article=args.article, size=(int(size[1]), int(size[2])), panel=args.panel, side_by_side=args.side_by_side,
               theme=args.theme, ui_lang=args.ui_lang)
    print(out)
    return 0


def _annotation_line(a) -> str:
    state = {"anchored": "", "changed": "  [text changed: check]", "orphaned": "  [needs review: lost its place]"}[a.state]
    tags = "  " + " ".join("#" + t for t in a.tags) if a.tags else ""
    note = f"\n      {a.note}" if a.note else ""
    return f"#{a.id:<5} {a.color:<7} {a.start}-{a.end}  “{a.quote}”{tags}{state}{note}"


def cmd_annotate(args) -> int:
    from reader.core import annotations

    with _open(args) as library:
        a = annotations.add_quote(library, args.id, args.quote, occurrence=args.occurrence, note=args.note, color=args.color, tags=args.tag)
    if args.json:
        _print_json(a.as_dict())
    else:
        print(_annotation_line(a))
    return 0


def cmd_annotations(args) -> int:
    from reader.core import annotations

    with _open(args) as library:
        if args.review:
            found = annotations.needs_review(library, args.id)
        elif args.id is None:
            raise ReaderError("give an article ID, or --review for every highlight that needs review")
        else:
            library.get(args.id)
            found = annotations.for_article(library, args.id)
    if args.json:
        _print_json([a.as_dict() for a in found])
    else:
        for a in found:
            print(_annotation_line(a))
    return 0


def cmd_export(args) -> int:
    from reader.core import export

    chosen = sum(bool(x) for x in (args.ids, args.tag, args.query is not None, args.all))
    if chosen != 1:
        raise ReaderError("choose what to export: article IDs, --tag T, --query Q or --all")
    output = Path(args.output)
    with _open(args) as library:
        if args.pair:
            return _export_pair(library, args, output)
        ids = export.select_articles(library, args.ids, tag=args.tag, query=args.query, everything=args.all)
        pdf_writer = None
        if args.format == "pdf":
            from reader.ui.pdf import write_pdf as pdf_writer
        result = export.export(library, ids, args.format, output, facts=args.facts, pdf_writer=pdf_writer)
    if args.json:
        _print_json({"paths": [str(p) for p in result.paths], "articles": result.articles, "annotations": result.annotations, "skipped": result.skipped})
    else:
        for path in result.paths:
            print(path)
        extra = f"; {result.skipped} highlight(s) without a counterpart sentence left out" if result.skipped else ""
        print(f"{result.articles} article(s), {result.annotations} highlight(s) exported{extra}", file=sys.stderr)
    return 0


def _export_pair(library, args, output: Path) -> int:
    from reader.core.bilingual import export as pair_export

    if len(args.ids) != 2 or args.format not in ("md", "html"):
        raise ReaderError("a pair exports as --format md or html, with two IDs: reader export KO_ID EN_ID --pair --format md -o FILE")
    text = pair_export.pair_markdown(library, args.ids) if args.format == "md" else pair_export.pair_html(library, args.ids)
    if output.is_dir():
        output = output / ("pair." + args.format)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    print(output)
    return 0


def cmd_import_annotations(args) -> int:
    from reader.core.export.w3c import import_file

    with _open(args) as library:
        report = import_file(library, args.file)
    if args.json:
        _print_json(report.as_dict())
    else:
        print(f"{report.imported} imported, {report.already} already in the library, {report.needs_review} need review, "
              f"{len(report.missing)} without their article here", file=sys.stderr)
        for quote in report.missing:
            print(f"no article for “{quote}”")
    return 0


COMMANDS = {
    "import": cmd_import, "list": cmd_list, "show": cmd_show, "search": cmd_search, "tag": cmd_tag,
    "tags": cmd_tags, "delete": cmd_delete, "original": cmd_original, "info": cmd_info, "screenshot": cmd_screenshot,
    "facts": cmd_facts, "glossary": cmd_glossary, "pair": cmd_pair, "unpair": cmd_unpair, "align": cmd_align,
    "annotate": cmd_annotate, "annotations": cmd_annotations, "export": cmd_export, "import-annotations": cmd_import_annotations,
}


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # import workers in a frozen build re-enter here
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["--self-test"]:  # does this installation work? (reader/selftest.py, packaging/)
        from reader.selftest import main as self_test

        return self_test(argv[1:])
    parser = build_parser()
    # `reader [--library PATH] FILE...` (the desktop's "Open with"): the window, importing the files
    files = argv[2:] if argv[:1] == ["--library"] else argv
    if files and files[0] not in COMMANDS and not files[0].startswith("-") and Path(files[0]).exists():
        argv, files = argv[: len(argv) - len(files)], files
    else:
        files = []
    args = parser.parse_args(argv)
    args.files = files
    try:
        if not args.command:
            return cmd_default(args, parser)
        return COMMANDS[args.command](args)
    except ReaderError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("reader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
