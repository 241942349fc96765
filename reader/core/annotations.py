"""The reader's highlights and notes: user data, anchored to the canonical text (see anchoring.py).

Every write keeps `annotations_fts` (notes and highlight tags, searchable with the articles' query
syntax) in step with the table. Functions take the Library and run in its transactions.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass, field

from reader.core import anchoring, search
from reader.core.errors import ReaderError


def text_hash(text: str) -> str:
    """Exactly this text: offsets are only valid for the very characters they were counted in
    (the articles' content_hash forgives case and spacing, which offsets cannot)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Names are stored; the colours are the view's business, but exports need them too. Chosen to stay
# readable under black text in every theme and to be told apart from the fact layer (which
# underlines and tints lightly, never fills with these).
COLORS = {
    "yellow": "#ffe066",
    "green": "#9be39b",
    "blue": "#9fd3ff",
    "pink": "#ffadd2",
    "purple": "#d5b8ff",
    "orange": "#ffc078",
}
DEFAULT_COLOR = "yellow"
STATES = ("anchored", "changed", "orphaned")


@dataclass
class Annotation:
    id: int
    uid: str
    article_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    text_hash: str
    state: str
    original_quote: str
    color: str
    note: str
    tags: list[str] = field(default_factory=list)
    created: str = ""
    updated: str = ""

    @property
    def needs_review(self) -> bool:
        return self.state != "anchored"

    def anchor(self) -> anchoring.Anchor:
        return anchoring.Anchor(self.start, self.end, self.quote, self.prefix, self.suffix)

    def as_dict(self) -> dict:
        return asdict(self)


_COLUMNS = "id, uid, article_id, start, end, quote, prefix, suffix, text_hash, state, original_quote, color, note, tags, created, updated"


def _row(row) -> Annotation:
    values = list(row)
    values[13] = json.loads(values[13] or "[]")
    return Annotation(*values)


def _now() -> str:
    from reader.core.library import now

    return now()


def check_color(color: str) -> str:
    color = (color or DEFAULT_COLOR).strip().lower()
    if color not in COLORS:
        raise ReaderError(f"{color!r} is not a highlight colour; choose one of {', '.join(COLORS)}")
    return color


def clean_tags(tags) -> list[str]:
    from reader.core.library import normalise_tag

    return list(dict.fromkeys(normalise_tag(t) for t in tags if str(t).strip()))


# --- reading --------------------------------------------------------------------------------------


def get(library, annotation_id: int) -> Annotation:
    row = library.db.execute(f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", [annotation_id]).fetchone()
    if row is None:
        raise ReaderError(f"there is no annotation {annotation_id}")
    return _row(row)


def by_uid(library, uid: str) -> Annotation | None:
    row = library.db.execute(f"SELECT {_COLUMNS} FROM annotations WHERE uid = ?", [uid]).fetchone()
    return _row(row) if row else None


def for_article(library, article_id: int) -> list[Annotation]:
    rows = library.db.execute(f"SELECT {_COLUMNS} FROM annotations WHERE article_id = ? ORDER BY state = 'orphaned', start, id", [article_id])
    return [_row(r) for r in rows]


def for_articles(library, article_ids: list[int]) -> dict[int, list[Annotation]]:
    result: dict[int, list[Annotation]] = {}
    for i in range(0, len(article_ids), 500):
        part = article_ids[i:i + 500]
        rows = library.db.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE article_id IN ({', '.join('?' for _ in part)}) ORDER BY article_id, start, id", part
        )
        for r in rows:
            a = _row(r)
            result.setdefault(a.article_id, []).append(a)
    return result


def needs_review(library, article_id: int | None = None) -> list[Annotation]:
    sql = f"SELECT {_COLUMNS} FROM annotations WHERE state != 'anchored'"
    params: list = []
    if article_id is not None:
        sql += " AND article_id = ?"
        params.append(article_id)
    return [_row(r) for r in library.db.execute(sql + " ORDER BY article_id, start", params)]


def counts(library) -> dict[int, int]:
    """Annotations per article."""
    return dict(library.db.execute("SELECT article_id, count(*) FROM annotations GROUP BY article_id").fetchall())


# --- the search index -----------------------------------------------------------------------------


def _fts_row(a: Annotation) -> dict:
    return search.fts_values(" ".join(a.tags), a.note)


def _index(library, a: Annotation) -> None:
    values = _fts_row(a)
    library.db.execute(
        "INSERT INTO annotations_fts(rowid, title, body, ko_title, ko_body) VALUES (?, ?, ?, ?, ?)",
        [a.id, values["title"], values["body"], values["ko_title"], values["ko_body"]],
    )


def _unindex(library, a: Annotation) -> None:
    values = _fts_row(a)
    library.db.execute(
        "INSERT INTO annotations_fts(annotations_fts, rowid, title, body, ko_title, ko_body) VALUES ('delete', ?, ?, ?, ?, ?)",
        [a.id, values["title"], values["body"], values["ko_title"], values["ko_body"]],
    )


def rebuild_index(library) -> None:
    library.db.execute("INSERT INTO annotations_fts(annotations_fts) VALUES('delete-all')")
    for row in library.db.execute(f"SELECT {_COLUMNS} FROM annotations").fetchall():
        _index(library, _row(row))


def unindex_article(library, article_id: int) -> None:
    """Before an article (and so, by cascade, its annotations) is deleted."""
    for a in for_article(library, article_id):
        _unindex(library, a)


def matching_articles(library, expression: str, limit: int = 50, exclude=()) -> dict[int, Annotation]:
    """Up to `limit` articles (other than `exclude`) whose notes or highlight tags match an FTS5
    expression built by search.parse_query, each with its first matching annotation."""
    exclude = set(exclude)
    rows = library.db.execute(
        "SELECT a.article_id, min(a.id) FROM annotations_fts f JOIN annotations a ON a.id = f.rowid "
        "WHERE annotations_fts MATCH ? GROUP BY a.article_id ORDER BY max(a.id) DESC LIMIT ?",
        [expression, limit + len(exclude)],
    ).fetchall()
    found: dict[int, Annotation] = {}
    for article_id, annotation_id in rows:
        if article_id not in exclude and len(found) < limit:
            found[article_id] = get(library, annotation_id)
    return found


# --- writing --------------------------------------------------------------------------------------


def add(
    library, article_id: int, start: int, end: int, *, color: str = DEFAULT_COLOR, note: str = "", tags=(),
    uid: str | None = None, created: str | None = None,
) -> Annotation:
    text = library.get(article_id)["text"]
    anchor = anchoring.describe(text, start, end)
    return insert(library, article_id, anchor, text_hash(text), "anchored", "", color, note, tags, uid, created, None)


def add_quote(library, article_id: int, quote: str, *, occurrence: int = 1, **options) -> Annotation:
    text = library.get(article_id)["text"]
    span = anchoring.find_quote(text, quote, occurrence)
    if span is None:
        total = text.count(quote) if quote else 0
        if total:
            raise ReaderError(f"the quote occurs {total} time(s) in article {article_id}, not {occurrence}")
        raise ReaderError(f"article {article_id} does not contain the quote {quote!r}")
    return add(library, article_id, *span, **options)


def insert(library, article_id, anchor, hash_, state, original_quote, color, note, tags, uid, created, updated) -> Annotation:
    """An annotation exactly as given (add() and the W3C import both come here)."""
    stamp = _now()
    record = {
        "uid": uid or f"urn:uuid:{uuid.uuid4()}",
        "article_id": article_id,
        "start": anchor.start,
        "end": anchor.end,
        "quote": anchor.quote,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "text_hash": hash_,
        "state": state,
        "original_quote": original_quote,
        "color": check_color(color),
        "note": note or "",
        "tags": json.dumps(clean_tags(tags), ensure_ascii=False),
        "created": created or stamp,
        "updated": updated or created or stamp,
    }
    with library.db.atomic():
        if library.db.execute("SELECT 1 FROM annotations WHERE uid = ?", [record["uid"]]).fetchone():
            raise ReaderError(f"an annotation with id {record['uid']} already exists")
        cursor = library.db.execute(
            f"INSERT INTO annotations({', '.join(record)}) VALUES ({', '.join('?' for _ in record)})", list(record.values())
        )
        a = get(library, cursor.lastrowid)
        _index(library, a)
    return a


def update(library, annotation_id: int, *, color: str | None = None, note: str | None = None, tags=None) -> Annotation:
    a = get(library, annotation_id)
    fields = {}
    if color is not None:
        fields["color"] = check_color(color)
    if note is not None:
        fields["note"] = note
    if tags is not None:
        fields["tags"] = json.dumps(clean_tags(tags), ensure_ascii=False)
    if not fields:
        return a
    fields["updated"] = _now()
    with library.db.atomic():
        _unindex(library, a)
        library.db.execute(
            f"UPDATE annotations SET {', '.join(f'{k} = ?' for k in fields)} WHERE id = ?", [*fields.values(), annotation_id]
        )
        a = get(library, annotation_id)
        _index(library, a)
    return a


def delete(library, annotation_id: int) -> dict:
    """Delete; returns what `restore` needs to undo it exactly."""
    a = get(library, annotation_id)
    with library.db.atomic():
        _unindex(library, a)
        library.db.execute("DELETE FROM annotations WHERE id = ?", [annotation_id])
    return a.as_dict()


def restore(library, snapshot: dict) -> Annotation:
    data = dict(snapshot)
    data["tags"] = json.dumps(data.get("tags") or [], ensure_ascii=False)
    with library.db.atomic():
        library.db.execute(f"INSERT INTO annotations({', '.join(data)}) VALUES ({', '.join('?' for _ in data)})", list(data.values()))
        a = get(library, data["id"])
        _index(library, a)
    return a


def reattach(library, annotation_id: int, start: int, end: int) -> Annotation:
    """The reader's answer to "needs review": this is where it belongs now."""
    a = get(library, annotation_id)
    text = library.get(a.article_id)["text"]
    anchor = anchoring.describe(text, start, end)
    _move(library, a.id, anchor, text_hash(text), "anchored", "")
    return get(library, annotation_id)


def accept(library, annotation_id: int) -> Annotation:
    """Keep a fuzzy re-anchoring as it is."""
    a = get(library, annotation_id)
    if a.state == "changed":
        library.db.execute("UPDATE annotations SET state = 'anchored', original_quote = '', updated = ? WHERE id = ?", [_now(), a.id])
    return get(library, annotation_id)


def _move(library, annotation_id: int, anchor: anchoring.Anchor, hash_: str, state: str, original_quote: str) -> None:
    library.db.execute(
        "UPDATE annotations SET start = ?, end = ?, quote = ?, prefix = ?, suffix = ?, text_hash = ?, state = ?, "
        "original_quote = ?, updated = ? WHERE id = ?",
        [anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix, hash_, state, original_quote, _now(), annotation_id],
    )


def reanchor_article(library, article_id: int, old_text: str | None, new_text: str) -> dict[str, int]:
    """Carry an article's annotations over to its new text; returns how many ended in each state.
    Called inside the transaction that changes the text."""
    outcome = dict.fromkeys(STATES, 0)
    new_hash = text_hash(new_text)
    for a in for_article(library, article_id):
        if a.text_hash == new_hash and a.state != "orphaned":
            outcome[a.state] += 1
            continue
        # An orphan's offsets refer to an older text than old_text: look for its quote afresh.
        reference = old_text if a.state != "orphaned" else None
        placement = anchoring.relocate(a.anchor(), new_text, reference)
        if placement.state == "orphaned":
            library.db.execute("UPDATE annotations SET state = 'orphaned', updated = ? WHERE id = ?", [_now(), a.id])
        else:
            anchor = anchoring.describe(new_text, placement.start, placement.end)
            was = a.original_quote or a.quote
            changed = placement.state == "changed" or a.state == "changed"
            if changed and anchor.quote == was:  # changed back to what it was
                changed = False
            _move(library, a.id, anchor, new_hash, "changed" if changed else "anchored", was if changed else "")
        outcome["changed" if placement.state == "changed" else placement.state] += 1
    return outcome


# --- bilingual -------------------------------------------------------------------------------------


def mirror_target(library, annotation_id: int, counterpart_id: int | None = None) -> tuple[int, int, int] | None:
    """Where a highlight lands in the paired article: (article, start, end), or None.

    A highlight that is one figure or name goes to the same fact on the other side (2,700억 원 ->
    270 billion won) when the aligned sentences hold it; anything else goes to the aligned
    counterpart sentences as a whole, since words cannot be aligned across the two languages."""
    from reader.core import pairs
    from reader.core.facts.match import same_fact

    a = get(library, annotation_id)
    if a.state == "orphaned":
        return None
    others = [counterpart_id] if counterpart_id is not None else pairs.counterparts(library, a.article_id)
    if not others:
        return None
    aligned = pairs.aligned(library, a.article_id, others[0])
    mine_is_ko = aligned.ko["id"] == a.article_id
    my_spans, their_spans = (aligned.ko_spans, aligned.en_spans) if mine_is_ko else (aligned.en_spans, aligned.ko_spans)
    my_facts, their_facts = (aligned.ko_facts, aligned.en_facts) if mine_is_ko else (aligned.en_facts, aligned.ko_facts)
    other = aligned.en if mine_is_ko else aligned.ko
    mine = {i for i, (s, e) in enumerate(my_spans) if s < a.end and e > a.start}
    theirs = sorted({j for link in aligned.links for j in (link.en if mine_is_ko else link.ko)
                     if set(link.ko if mine_is_ko else link.en) & mine})
    if not theirs:
        return None
    lo, hi = their_spans[theirs[0]][0], their_spans[theirs[-1]][1]
    inside = [f for f in my_facts if f.start >= a.start and f.end <= a.end]
    if len(inside) == 1 and a.end - a.start <= (inside[0].end - inside[0].start) + 4:
        matches = [f for f in their_facts if lo <= f.start and f.end <= hi and same_fact(inside[0], f)]
        if len(matches) == 1:
            return other["id"], matches[0].start, matches[0].end
    return other["id"], lo, hi


def mirror(library, annotation_id: int, counterpart_id: int | None = None) -> Annotation:
    """The same highlight (colour, note, tags) on the paired article's aligned text."""
    target = mirror_target(library, annotation_id, counterpart_id)
    if target is None:
        raise ReaderError("this highlight has no aligned counterpart: pair the article with its translation first")
    a = get(library, annotation_id)
    article_id, start, end = target
    for existing in for_article(library, article_id):
        if (existing.start, existing.end) == (start, end):
            return existing  # mirrored before: nothing to add
    return add(library, article_id, start, end, color=a.color, note=a.note, tags=a.tags)
