"""Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), and back.

Each highlight is an Annotation whose target is the article with two selectors, a
TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end) over the
canonical text; its note is a TextualBody (purpose commenting, text/markdown), each tag a
TextualBody with purpose tagging. What the model has no word for (colour, review state, the
quote before a fuzzy re-anchoring, the text's hash) sits under "dualReader", so that an import
into a library holding the same articles restores every annotation exactly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from reader import __version__
from reader.core import anchoring, annotations
from reader.core.errors import ReaderError

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXTENSION = "dualReader"


def article_iri(article: dict) -> str:
    return article.get("url") or f"urn:dual-reader:article:{article['content_hash']}"


def to_w3c(a, article: dict) -> dict:
    body = []
    if a.note:
        body.append({"type": "TextualBody", "value": a.note, "format": "text/markdown", "purpose": "commenting"})
    body += [{"type": "TextualBody", "value": t, "purpose": "tagging"} for t in a.tags]
    item = {
        "@context": CONTEXT,
        "id": a.uid,
        "type": "Annotation",
        "motivation": "commenting" if a.note else "highlighting",
        "created": a.created,
        "modified": a.updated,
        "target": {
            "source": article_iri(article),
            "selector": [
                {"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix, "suffix": a.suffix},
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
            "styleClass": f"highlight-{a.color}",
        },
        EXTENSION: {
            "color": a.color,
            "state": a.state,
            "originalQuote": a.original_quote,
            "textHash": a.text_hash,
            "article": {"title": article["title"], "contentHash": article["content_hash"], "url": article.get("url") or "", "lang": article["lang"]},
        },
    }
    if body:
        item["body"] = body if len(body) > 1 else body[0]
    return item


def collection(notes) -> dict:
    items = [to_w3c(a, n.article) for n in notes for a in n.annotations]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Dual Reader annotations",
        "generator": {"type": "Software", "name": "Dual Reader", "version": __version__},
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write_json(notes, path: Path) -> Path:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(collection(notes), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


# --- import ---------------------------------------------------------------------------------------


@dataclass
class ImportReport:
    imported: int = 0
    already: int = 0  # the same annotation (by id) is already in the library
    needs_review: int = 0  # placed on a changed text: changed or orphaned
    missing: list[str] = field(default_factory=list)  # no article in this library for these

    def as_dict(self) -> dict:
        return {"imported": self.imported, "already": self.already, "needs_review": self.needs_review, "missing": self.missing}


def _items(data) -> list[dict]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if data.get("type") == "Annotation":
            return [data]
        if data.get("type") == "AnnotationCollection":
            page, items = data.get("first") or {}, []
            while isinstance(page, dict):
                items += page.get("items") or []
                page = page.get("next")
            return items
        if data.get("type") == "AnnotationPage":
            return data.get("items") or []
    raise ReaderError("this file is not W3C Web Annotation JSON (no Annotation, AnnotationPage or AnnotationCollection)")


def _selectors(target: dict) -> tuple[dict, dict]:
    selectors = target.get("selector") or []
    if isinstance(selectors, dict):
        selectors = [selectors]
    quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), {})
    position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), {})
    return quote, position


def _find_article(library, item: dict) -> int | None:
    ext = item.get(EXTENSION) or {}
    info = ext.get("article") or {}
    if info.get("contentHash"):
        found = library.find_by_hash(info["contentHash"])
        if found is not None:
            return found
    target = item.get("target") or {}
    source = target.get("source") if isinstance(target, dict) else target
    if isinstance(source, str) and source and not source.startswith("urn:"):
        return library.find_by_url(source)
    return None


def import_file(library, path: Path | str) -> ImportReport:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise ReaderError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReaderError(f"{path} is not JSON: {exc}") from exc
    return import_items(library, _items(data))


def import_items(library, items: list[dict]) -> ImportReport:
    report = ImportReport()
    with library.db.atomic():  # all or nothing: a bad item leaves the library as it was
        for number, item in enumerate(items, 1):
            if not isinstance(item, dict) or not isinstance(item.get("target"), dict):
                raise ReaderError(f"annotation {number} has no target")
            uid = item.get("id") or None
            if uid and annotations.by_uid(library, uid):
                report.already += 1
                continue
            article_id = _find_article(library, item)
            quote, position = _selectors(item["target"])
            if article_id is None:
                report.missing.append(quote.get("exact", "")[:60] or str(uid))
                continue
            if not quote.get("exact"):
                raise ReaderError(f"annotation {number} has no TextQuoteSelector to find its text by")
            body = item.get("body") or []
            body = body if isinstance(body, list) else [body]
            note = next((b.get("value", "") for b in body if isinstance(b, dict) and b.get("purpose", "commenting") == "commenting"), "")
            tags = [b.get("value", "") for b in body if isinstance(b, dict) and b.get("purpose") == "tagging"]
            ext = item.get(EXTENSION) or {}
            color = ext.get("color") or _color_from_class(item["target"].get("styleClass", ""))
            text = library.get(article_id)["text"]
            anchor = anchoring.Anchor(int(position.get("start", 0)), int(position.get("end", 0)), quote["exact"], quote.get("prefix", ""), quote.get("suffix", ""))
            exact_text = ext.get("textHash") == annotations.text_hash(text) and text[anchor.start:anchor.end] == anchor.quote
            if exact_text:
                state, original = ext.get("state", "anchored"), ext.get("originalQuote", "")
                placement = anchoring.Placement(anchor.start, anchor.end, "anchored")
            else:
                placement = anchoring.relocate(anchor, text)
                state, original = placement.state, (quote["exact"] if placement.state == "changed" else "")
            if placement.placed:
                placed_anchor = anchoring.describe(text, placement.start, placement.end)
                hash_ = annotations.text_hash(text)
            else:
                placed_anchor, hash_ = anchor, ext.get("textHash") or ""
            if state not in annotations.STATES:
                state = "anchored"
            annotations.insert(
                library, article_id, placed_anchor, hash_, state, original, color, note, tags, uid,
                item.get("created"), item.get("modified"),
            )
            report.imported += 1
            report.needs_review += state != "anchored"
    return report


def _color_from_class(style_class: str) -> str:
    name = style_class.rsplit("-", 1)[-1] if style_class else ""
    return name if name in annotations.COLORS else annotations.DEFAULT_COLOR
