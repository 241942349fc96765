"""Compare main-article extractors on the saved pages in bench/extract_corpus/.

Run:  pip install trafilatura && python bench/bench_extractors.py [--reps N]
(trafilatura is a candidate here, not a dependency of the app.)

Each page `X.html` has a sibling `X.json` with
  must_contain      body phrases (found in the Markdown, markup stripped)
  must_not_contain  chrome phrases (must be absent)
  structure         {"heading"|"list_item"|"quote": phrase} that must survive as Markdown structure
  links             absolute link targets that must survive
  meta              expected title/author/published/source/url/lang

Printed per candidate: content recall, structure kept, links kept, chrome precision (share of chrome
phrases absent), pages whose body starts with the title, metadata accuracy, and ms/page (body and
metadata timed separately; every candidate parses the page itself). Results are in
docs/decisions/html-extractor.md. Nothing here touches the network.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import logging  # noqa: E402

logging.disable(logging.CRITICAL)  # readability and trafilatura log every page otherwise
warnings.filterwarnings("ignore")

import lxml.html  # noqa: E402
import trafilatura  # noqa: E402
from markdownify import markdownify  # noqa: E402
from readability import Document  # noqa: E402
from trafilatura.metadata import extract_metadata  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "extract_corpus"
META_FIELDS = ("title", "author", "published", "source", "url", "lang")


# --------------------------------------------------------------------------- conversions

def md_of(fragment: str) -> str:
    """The same HTML -> Markdown step for every candidate, so only extraction differs."""
    md = markdownify(
        fragment or "",
        heading_style="ATX",
        bullets="-",
        strip=["img", "script", "style", "form", "iframe"],
    )
    md = md.replace("\xa0", " ")
    md = re.sub(r"[ \t]+\n", "\n", md)
    return re.sub(r"\n{3,}", "\n\n", md).strip()


def plain(md: str) -> str:
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", md)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(?m)^\s*(#+|>|[-*+]|\d+[.)])\s*", "", text)
    text = text.replace("**", "").replace("*", "").replace("\\", "")
    text = re.sub(r"(?<!\w)_|_(?!\w)", "", text)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


# --------------------------------------------------------------------------- body candidates

def _traf(**kw) -> Callable[[str], str]:
    def run(html: str) -> str:
        out = trafilatura.extract(
            html,
            output_format="html",
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_formatting=True,
            include_links=True,
            **kw,
        )
        return md_of(out or "")

    return run


def traf_markdown(html: str) -> str:
    out = trafilatura.extract(
        html, output_format="markdown", include_comments=False, include_formatting=True, include_links=True
    )
    return out or ""


def readability_body(html: str) -> str:
    return md_of(Document(html).summary(html_partial=True))


def _pruned_tree(html: str):
    from reader.core.importing import html as H

    root = H._parse(html)
    H._prune(root)
    H._paragraphize(root)
    return root


def traf_pruned(html: str) -> str:
    out = trafilatura.extract(
        _pruned_tree(html), output_format="html", include_comments=False, include_formatting=True,
        include_links=True, favor_precision=True, fast=True,
    )
    return md_of(out or "")


def readability_pruned(html: str) -> str:
    return md_of(Document(_pruned_tree(html)).summary(html_partial=True))


def final_body(html: str) -> str:
    from reader.core.importing.html import extract_html

    return extract_html(html).markdown


BODY_CANDIDATES: dict[str, Callable[[str], str]] = {
    "trafilatura html (balanced)": _traf(),
    "trafilatura html fast": _traf(fast=True),
    "trafilatura html favor_precision": _traf(favor_precision=True),
    "trafilatura html favor_recall": _traf(favor_recall=True),
    "trafilatura html precision+fast": _traf(favor_precision=True, fast=True),
    "trafilatura markdown (own converter)": traf_markdown,
    "readability-lxml summary": readability_body,
}


# --------------------------------------------------------------------------- metadata candidates

def traf_meta(html: str) -> dict:
    tree = lxml.html.fromstring(html)
    d = extract_metadata(tree)
    return {
        "title": d.title or "",
        "author": d.author or "",
        "published": d.date or "",
        "source": d.sitename or "",
        "url": d.url or "",
        "lang": "",  # trafilatura's metadata has no declared language
    }


def readability_meta(html: str) -> dict:
    doc = Document(html)
    return {"title": doc.short_title() or ""}


def final_meta(html: str) -> dict:
    from reader.core.importing import html as H

    e, _base = H._metadata(H._parse(html))  # metadata alone: the body is timed in the other table
    return {f: getattr(e, f) for f in META_FIELDS}


META_CANDIDATES: dict[str, Callable[[str], dict]] = {
    "trafilatura extract_metadata": traf_meta,
    "readability short_title": readability_meta,
}


# --------------------------------------------------------------------------- scoring

def _norm_author(s: str) -> set[str]:
    s = re.sub(r"\s*기자\b", "", s or "")
    parts = re.split(r"\s*(?:;|,|·|\band\b)\s*", s)
    return {p.strip().lower() for p in parts if p.strip()}


def meta_ok(field: str, got: str, want: str) -> bool:
    got, want = (got or "").strip(), (want or "").strip()
    if field == "author":
        return _norm_author(got) == _norm_author(want)
    if field == "published":
        return got[:10] == want[:10]
    if field == "lang":
        return got.lower()[:2] == want.lower()[:2]
    return got == want


def score_body(md: str, spec: dict, title: str) -> dict:
    text = plain(md)
    found = [p for p in spec["must_contain"] if p in text]
    leaked = [p for p in spec["must_not_contain"] if p in text]
    struct = spec.get("structure", {})
    lines = md.splitlines()
    pats = {"heading": r"#{1,6} ", "list_item": r"(?:[-*+]|\d+[.)]) ", "quote": r"> ?"}
    kept = [k for k, phrase in struct.items()
            if any(re.match(r"\s*" + pats[k], ln) and phrase in plain(ln) for ln in lines)]
    links = [u for u in spec.get("links", []) if f"]({u})" in md]
    first = next((plain(ln).strip() for ln in lines if ln.strip()), "")
    return {
        "recall": (len(found), len(spec["must_contain"])),
        "chrome": (len(spec["must_not_contain"]) - len(leaked), len(spec["must_not_contain"])),
        "struct": (len(kept), len(struct)),
        "links": (len(links), len(spec.get("links", []))),
        "titledup": int(bool(title) and first == title),
        "missed": [p for p in spec["must_contain"] if p not in found],
        "leaked": leaked,
        "empty": int(not md.strip()),
    }


def timed(fn, html: str, reps: int):
    times = []
    out = None
    for _ in range(reps):
        t0 = time.perf_counter()
        out = fn(html)
        times.append(time.perf_counter() - t0)
    return out, statistics.median(times) * 1000


def load_corpus():
    pages = []
    for path in sorted(CORPUS.glob("*.html")):
        spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        pages.append((path.stem, path.read_text(encoding="utf-8"), spec))
    return pages


def big_page(pages) -> str:
    """A heavy page of the kind browsers save: 200 KB of inline script, a mega-menu, long comment
    threads and repeated teaser lists around one article (en_port_cranes)."""
    html = next(h for stem, h, _ in pages if stem == "en_port_cranes")
    script = "<script>" + ("var a=[" + ",".join(str(i) for i in range(400)) + "];\n") * 120 + "</script>"
    menu = "<nav><ul>" + "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(300)) + "</ul></nav>"
    teasers = "".join(
        f"<div class='teaser'><h4><a href='/t/{i}'>Teaser headline number {i}</a></h4>"
        f"<p>A short standfirst for teaser {i}, written to look like text.</p></div>" for i in range(200))
    comments = "".join(
        f"<div class='comment'><b>user{i}</b><p>Comment {i}: I read this and have some thoughts about "
        f"the cranes, the port and the council that I would like to share at some length here.</p></div>"
        for i in range(150))
    html = html.replace("</head>", script + "</head>").replace("<main>", menu + "<main>")
    return html.replace("</main>", "<section class='comments'>" + comments + "</section>" + teasers + "</main>")


def pct(pair) -> str:
    a, b = pair
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "-"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and leaked phrases")
    args = ap.parse_args()
    pages = load_corpus()

    bodies = dict(BODY_CANDIDATES)
    metas = dict(META_CANDIDATES)
    try:
        import reader.core.importing.html  # noqa: F401

        bodies["own pruning -> trafilatura precision+fast"] = traf_pruned
        bodies["own pruning -> readability-lxml"] = readability_pruned
        bodies["extract_html (chosen pipeline)"] = final_body
        metas["extract_html (own metadata code)"] = final_meta
    except ImportError:
        pass

    big = big_page(pages)
    big_spec = json.loads(json.dumps(next(sp for stem, _, sp in pages if stem == "en_port_cranes")))
    big_spec["must_not_contain"] += ["Teaser headline number", "standfirst for teaser", "I read this", "Section 12"]
    print(f"{len(pages)} pages, median of {args.reps} runs per page; large page = {len(big) // 1024} KB\n")
    print("| body candidate | recall | structure | links | chrome precision | title dup | empty | ms/page | ms large page |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, fn in bodies.items():
        tot = {"recall": [0, 0], "chrome": [0, 0], "struct": [0, 0], "links": [0, 0]}
        dup = empty = 0
        ms = []
        notes = []
        for stem, html, spec in pages:
            try:
                md, t = timed(fn, html, args.reps)
            except Exception as exc:  # a candidate crashing is a result too
                md, t = "", float("nan")
                notes.append(f"  [{name}] {stem}: raised {type(exc).__name__}: {exc}")
            s = score_body(md, spec, spec["meta"]["title"])
            for k in tot:
                tot[k][0] += s[k][0]
                tot[k][1] += s[k][1]
            dup += s["titledup"]
            empty += s["empty"]
            ms.append(t)
            if s["missed"] or s["leaked"]:
                notes.append(f"  [{name}] {stem}: missed={s['missed']} leaked={s['leaked']}")
        big_md, big_ms = timed(fn, big, args.reps)
        bs = score_body(big_md, big_spec, big_spec["meta"]["title"])
        notes.append(f"  [{name}] large page: missed={bs['missed']} leaked={bs['leaked']}")
        big_ok = "ok" if not (bs["missed"] or bs["leaked"]) else f"{len(bs['missed'])} missed, {len(bs['leaked'])} leaked"
        print(f"| {name} | {pct(tot['recall'])} | {pct(tot['struct'])} | {pct(tot['links'])} | "
              f"{pct(tot['chrome'])} | {dup} | {empty} | {statistics.mean(ms):.1f} | {big_ms:.0f} ({big_ok}) |")
        if args.verbose and notes:
            print("\n".join(notes), file=sys.stderr)

    print()
    print("| metadata candidate | " + " | ".join(META_FIELDS) + " | all fields | ms/page |")
    print("|---|" + "---|" * (len(META_FIELDS) + 2))
    for name, fn in metas.items():
        ok = dict.fromkeys(META_FIELDS, 0)
        ms = []
        notes = []
        for stem, html, spec in pages:
            got, t = timed(fn, html, args.reps)
            ms.append(t)
            for f in META_FIELDS:
                if meta_ok(f, got.get(f, ""), spec["meta"][f]):
                    ok[f] += 1
                elif f in got:
                    notes.append(f"  [{name}] {stem}.{f}: got {got.get(f)!r} want {spec['meta'][f]!r}")
        n = len(pages)
        cells = " | ".join(f"{ok[f]}/{n}" for f in META_FIELDS)
        total = sum(ok.values())
        print(f"| {name} | {cells} | {100 * total / (n * len(META_FIELDS)):.0f}% | {statistics.mean(ms):.1f} |")
        if args.verbose and notes:
            print("\n".join(notes), file=sys.stderr)


if __name__ == "__main__":
    main()
