"""Markdown notes for Obsidian, Logseq and other note apps: YAML front matter, each highlight a
quote with its colour, tags and note. Exporting again rewrites the same file (found by the
`dual_reader_id` in its front matter, even if the title changed), and keeps whatever the reader
wrote below the KEEP_MARKER line."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from reader import __version__
from reader.core.export.common import ArticleNotes, byline, fact_value

KEEP_MARKER = "<!-- dual-reader: what you write below this line is kept when the notes are exported again -->"
_ID_LINE = re.compile(r"^dual_reader_id:\s*(\d+)\s*$", re.MULTILINE)
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~=])")


def escape_inline(text: str) -> str:
    """Quoted article text shows as written: no accidental emphasis, links or HTML."""
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def safe_note(note: str) -> str:
    """A note is Markdown on purpose; only raw HTML is neutralised (a `<script>` stays text)."""
    return note.replace("<", "&lt;")


def hashtag(tag: str) -> str:
    return "#" + re.sub(r"[^\w/-]+", "-", tag).strip("-")


def front_matter(article: dict) -> str:
    data = {
        "title": article["title"],
        "source": article.get("source") or "",
        "author": article.get("author") or "",
        "date": (article.get("published") or "")[:10],
        "url": article.get("url") or "",
        "lang": article.get("lang") or "",
        "tags": list(article.get("tags") or []),
        "dual_reader_id": article["id"],
        "exported": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000) + "---\n"


def render(notes: ArticleNotes) -> str:
    article = notes.article
    lines = [front_matter(article), f"# {escape_inline(article['title'])}", ""]
    meta = [escape_inline(x) for x in byline(article)]
    if article.get("url"):
        meta.append(f"<{article['url']}>")
    if meta:
        lines += [" · ".join(meta), ""]
    placed = [a for a in notes.annotations if a.state != "orphaned"]
    review = [a for a in notes.annotations if a.state == "orphaned"]
    lines += ["## Highlights", ""]
    if not placed:
        lines += ["_No highlights yet._", ""]
    for a in placed:
        lines += _highlight(a)
    if review:
        lines += ["## Needs review", "", "_These highlights lost their place when the article's text changed._", ""]
        for a in review:
            lines += _highlight(a)
    if notes.facts:
        lines += ["## Facts", "", "| Kind | As written | Value |", "|---|---|---|"]
        for f in notes.facts:
            lines.append(f"| {f.kind} | {escape_inline(f.text)} | {escape_inline(fact_value(f))} |")
        lines.append("")
    lines += [f"_Exported from Dual Reader {__version__}._", "", KEEP_MARKER, ""]
    return "\n".join(lines)


def _highlight(a) -> list[str]:
    out = [f"> {escape_inline(line)}" if line else ">" for line in a.quote.split("\n")]
    label = [f"{a.color} highlight"]
    if a.state == "changed":
        label.append(f"the text changed; it read: “{escape_inline(a.original_quote)}”")
    if a.tags:
        label.append(" ".join(hashtag(t) for t in a.tags))
    label.append(a.created[:10])
    out += [">", "> — " + " · ".join(label), ""]
    if a.note.strip():
        out += [safe_note(a.note.strip()), ""]
    return out


def write(notes: ArticleNotes, path: Path) -> None:
    text = render(notes)
    if path.exists():
        old = path.read_text(encoding="utf-8", errors="replace")
        if KEEP_MARKER in old:
            text = text[: text.index(KEEP_MARKER)] + KEEP_MARKER + old.split(KEEP_MARKER, 1)[1]
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)  # a crash mid-write never leaves half a note over the reader's own


def existing_notes(folder: Path) -> dict[int, Path]:
    """Notes exported earlier into this folder, by article id."""
    found = {}
    for path in folder.glob("*.md"):
        try:
            with path.open(encoding="utf-8", errors="replace") as f:
                head = f.read(4000)
        except OSError:
            continue
        if head.startswith("---"):
            match = _ID_LINE.search(head.split("\n---", 1)[0])
            if match:
                found.setdefault(int(match.group(1)), path)
    return found


def index(notes: list[ArticleNotes], targets: dict[int, Path]) -> str:
    lines = ["# Dual Reader notes", "", f"{len(notes)} articles, {sum(len(n.annotations) for n in notes)} highlights.", ""]
    for n in notes:
        path = targets[n.article["id"]]
        count = len(n.annotations)
        meta = " · ".join(escape_inline(x) for x in byline(n.article))
        link = path.name.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        lines.append(f"- [{escape_inline(n.article['title'])}]({link}) — {meta}{' · ' if meta else ''}{count} highlight{'s' if count != 1 else ''}")
    return "\n".join(lines) + "\n"
