"""What the library window lists: ids for a filter in sort order, rows fetched on demand (so a list
of 100,000 articles holds only ids until rows are painted), and the sidebar's counts."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.library import Library

SORTS = {
    "published": "a.published {dir}, a.id {dir}",
    "title": "a.title COLLATE NOCASE {dir}, a.id {dir}",
    "source": "a.source COLLATE NOCASE {dir}, a.published DESC",
    "lang": "a.lang {dir}, a.published DESC",
    "imported": "a.id {dir}",
}
ROW_FIELDS = ("id", "title", "source", "author", "published", "lang", "is_read", "starred")


@dataclass
class ArticleFilter:
    scope: str = "all"  # "all" | "unread" | "starred"
    tags: list[str] = field(default_factory=list)  # every one of them
    lang: str | None = None
    source: str | None = None
    query: str = ""  # a search: ids come back best first
    sort: str = "published"
    descending: bool = True


def article_ids(library: Library, f: ArticleFilter, search_limit: int = 1000, snippets: dict | None = None) -> list[int]:
    """Ids for the filter, in its order (a search: best first, and `snippets` gets each match's
    snippet, hits marked **like this**)."""
    where: list[str] = []
    params: list = []
    if f.scope == "unread":
        where.append("a.is_read = 0")
    elif f.scope == "starred":
        where.append("a.starred = 1")
    for tag in f.tags:
        where.append("a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)")
        params.append(tag)
    if f.lang:
        where.append("a.lang = ?")
        params.append(f.lang)
    if f.source is not None:
        where.append("a.source = ?")
        params.append(f.source)
    if f.query.strip():
        results = library.search(f.query, lang=f.lang, tag=f.tags[0] if f.tags else None, limit=search_limit)
        if snippets is not None:
            snippets.update({r.id: r.snippet for r in results})
        ranked = [r.id for r in results]
        if not ranked:
            return []
        allowed = {row[0] for row in library.db.execute(
            "SELECT a.id FROM articles a WHERE a.id IN (%s)%s" % (",".join("?" * len(ranked)), "".join(" AND " + w for w in where)),
            [*ranked, *params],
        )}
        return [i for i in ranked if i in allowed]
    order = SORTS.get(f.sort, SORTS["published"]).format(dir="DESC" if f.descending else "ASC")
    sql = "SELECT a.id FROM articles a" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY " + order
    return [row[0] for row in library.db.execute(sql, params)]


def rows(library: Library, ids: list[int]) -> dict[int, dict]:
    """The list's columns for these ids (a page of them), tags included."""
    result: dict[int, dict] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        for values in library.db.execute(
            f"SELECT {', '.join(ROW_FIELDS)} FROM articles WHERE id IN ({','.join('?' * len(part))})", part
        ):
            result[values[0]] = dict(zip(ROW_FIELDS, values))
    tags = library._tags_for(list(result))
    for article_id, row in result.items():
        row["tags"] = tags.get(article_id, [])
    return result


@dataclass
class SidebarCounts:
    all: int
    unread: int
    starred: int
    langs: list[tuple[str, int]]
    sources: list[tuple[str, int]]
    tags: list[dict]


def sidebar_counts(library: Library) -> SidebarCounts:
    db = library.db
    total = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    unread = db.execute("SELECT count(*) FROM articles WHERE is_read = 0").fetchone()[0]  # indexed
    starred = db.execute("SELECT count(*) FROM articles WHERE starred = 1").fetchone()[0]
    langs = db.execute("SELECT lang, count(*) FROM articles GROUP BY lang ORDER BY count(*) DESC").fetchall()
    sources = db.execute(
        "SELECT source, count(*) FROM articles WHERE source != '' GROUP BY source ORDER BY count(*) DESC, source LIMIT 200"
    ).fetchall()
    return SidebarCounts(total, unread, starred, langs, sources, library.tags())
