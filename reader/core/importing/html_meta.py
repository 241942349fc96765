"""Metadata of a saved web page, read from its parsed tree: meta tags, Open Graph, JSON-LD,
microdata, <title>/<h1> and bylines (English and Korean). Part of the HTML importer (html.py);
chosen over trafilatura's and readability's metadata by measurement (docs/decisions/html-extractor.md).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from .model import Extracted

def _text(el) -> str:
    return _ws(el.text_content()) if el is not None else ""


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\xa0", " ")).strip()


_ARTICLE_TYPES = {
    "newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle",
    "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle",
    "techarticle", "posting", "socialmediaposting", "liveblogposting",
}
_KO_ROLE = r"(?:선임|수석|인턴|객원|사진|영상)?(?:기자|특파원|논설위원|통신원|에디터|앵커)"


def _metas(root) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for m in root.iter("meta"):
        key = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
        value = m.get("content")
        if key and value and value.strip():
            out.setdefault(key.strip().lower(), []).append(_ws(value))
    return out


def _jsonld(root) -> tuple[dict, list[dict]]:
    """(the article object or {}, every object found)."""
    objs: list[dict] = []

    def walk(node):
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            objs.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    for s in root.xpath('//script[contains(translate(@type,"LDJSON","ldjson"),"ld+json")]'):
        raw = (s.text or "").strip()
        raw = re.sub(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$", "", raw)
        try:
            walk(json.loads(raw, strict=False))
        except ValueError:
            continue

    def types(o):
        t = o.get("@type", "")
        return {str(x).lower() for x in (t if isinstance(t, list) else [t])}

    article = next((o for o in objs if types(o) & _ARTICLE_TYPES), {})
    return article, objs


def _names(value) -> list[str]:
    """Names out of a JSON-LD author/publisher value (str, dict or list of them)."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        value = value.get("name") or ""
    return [_ws(str(value))] if isinstance(value, str | int) and str(value).strip() else []


def _first(*values) -> str:
    for v in values:
        if isinstance(v, list):
            v = v[0] if v else ""
        if isinstance(v, dict):
            v = v.get("url") or v.get("@id") or ""
        if isinstance(v, str) and v.strip():
            return _ws(v)
    return ""


def _clean_author(name: str) -> str:
    name = re.sub(r"\S+@\S+", "", name)
    name = re.sub(r"^(?:by|words|written by|posted by|글|작성자)\s*[:：]?\s+", "", name.strip(), flags=re.I)
    name = re.sub(r"\s*" + _KO_ROLE + r"\b.*$", "", name)
    return _ws(name.strip(" ,;|·/"))


def _authors(meta, ld, root) -> str:
    names = [_clean_author(n) for n in _names(ld.get("author"))]
    if not any(names):
        for key in ("author", "parsely-author", "byl", "dc.creator", "sailthru.author", "article:author"):
            for v in meta.get(key, []):
                if not re.match(r"https?://", v):
                    names.append(_clean_author(v))
            if any(names):
                break
    if not any(names):
        names = [_clean_author(_text(e)) for e in root.xpath('//*[@itemprop="author"]//*[@itemprop="name"]')]
    if not any(names):
        names = [_clean_author(_text(a)) for a in root.xpath('//a[@rel="author"]')]
    if not any(names):
        for el in root.xpath('//*[contains(@class,"byline") or contains(@class,"author") or contains(@class,"writer")]'):
            text = _text(el)
            if not text or len(text) > 120:
                continue
            ko = re.findall(r"([가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*" + _KO_ROLE, text)
            if ko:
                names = re.split(r"\s*[·,]\s*", ko[0])
            else:
                m = re.match(r"(?:by\s+)?([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})", text, re.I)
                names = [m.group(1)] if m else []
            if names:
                break
    seen: list[str] = []
    for n in names:
        if n and n.lower() not in (s.lower() for s in seen):
            seen.append(n)
    return ", ".join(seen)


_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def _iso_date(value: str) -> str:
    """An ISO 8601 date or datetime out of the date spellings pages use, or ""."""
    v = _ws(value)
    if not v:
        return ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?", v):
        try:
            dt = datetime.fromisoformat(v.replace(" ", "T").replace("Z", "+00:00"))
            return v if len(v) == 10 else dt.isoformat()
        except ValueError:
            pass
    m = re.search(r"(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*일?"
                  r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?", v)
    if not m:
        m2 = re.search(r"\b(\d{4})(\d{2})(\d{2})\b", v)
        if m2:
            m = m2
    if m:
        g = m.groups()
        try:
            d = datetime(int(g[0]), int(g[1]), int(g[2]))
        except ValueError:
            return ""
        if len(g) > 3 and g[3]:
            try:
                return d.replace(hour=int(g[3]), minute=int(g[4]), second=int(g[5] or 0)).isoformat()
            except ValueError:
                pass
        return f"{d:%Y-%m-%d}"
    m = (re.search(r"\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})", v)
         or re.search(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", v))
    if m:
        a, b, year = m.groups()
        day, mon = (a, b) if a.isdigit() else (b, a)
        if mon.lower() in _MONTHS:
            try:
                return f"{datetime(int(year), _MONTHS[mon.lower()], int(day)):%Y-%m-%d}"
            except ValueError:
                return ""
    return ""


def _published(meta, ld, root) -> str:
    candidates = [
        *meta.get("article:published_time", []), ld.get("datePublished"), *meta.get("datepublished", []),
        *meta.get("parsely-pub-date", []), *meta.get("og:published_time", []),
        *meta.get("article:published", []), *meta.get("pubdate", []), *meta.get("publishdate", []),
        *meta.get("publish-date", []), *meta.get("date", []), *meta.get("dc.date.issued", []),
        *meta.get("dc.date", []), *meta.get("dcterms.created", []), *meta.get("sailthru.date", []),
        ld.get("dateCreated"),
    ]
    candidates += root.xpath("//*[@itemprop='datePublished']/@datetime")
    candidates += root.xpath("//time[@pubdate]/@datetime | //time/@datetime")[:3]
    for c in candidates:
        if isinstance(c, str) and (iso := _iso_date(c)):
            return iso
    # a Korean byline: "입력 2024.05.07 14:20", "승인 2024.02.11 09:12"
    for el in root.xpath('//*[contains(@class,"byline") or contains(@class,"info") or contains(@class,"date")'
                         ' or contains(@class,"meta") or contains(@class,"writer")]')[:20]:
        text = _text(el)
        if len(text) < 200 and (iso := _iso_date(re.sub(r"^.*?(?:입력|등록|승인|게재|Published)\s*:?", "", text))):
            return iso
    return ""


def _lang(root, meta, ld) -> str:
    for v in (root.get("lang"), root.get("{http://www.w3.org/XML/1998/namespace}lang"),
              _first(meta.get("content-language")), _first(meta.get("og:locale")),
              _first(ld.get("inLanguage")), _first(meta.get("language")), _first(meta.get("dc.language"))):
        if v and (m := re.match(r"\s*([A-Za-z]{2,3})(?:$|[-_,;\s])", v)):
            return m.group(1).lower()
    return ""


_TITLE_SEPS = r"\s+(?:\||-|–|—|:|::|·|»|<|&lt;)\s+"


def _strip_site(title: str, sites: list[str], h1: str) -> str:
    for site in sites:
        if not site:
            continue
        for pattern in (_TITLE_SEPS + re.escape(site) + r"\s*$", r"^\s*" + re.escape(site) + _TITLE_SEPS):
            stripped = re.sub(pattern, "", title, flags=re.I)
            if stripped != title and stripped.strip():
                return stripped.strip()
    parts = re.split(_TITLE_SEPS, title)
    if len(parts) > 1:
        if h1 and (h1 == title or title.startswith(h1) or h1 in parts):
            return h1
        if " | " in title:
            return max(title.split(" | "), key=len).strip()
    return title


def _metadata(root) -> tuple[Extracted, str]:
    """Metadata as an Extracted with an empty body, and the base URL for links."""
    meta = _metas(root)
    ld, objs = _jsonld(root)
    h1 = next((t for e in root.iter("h1") if (t := _text(e))), "")
    h1 = h1 if len(h1) < 300 else ""
    title_el = next(root.iter("title"), None)
    page_title = _text(title_el)

    site_objs = [o for o in objs if str(o.get("@type", "")).lower() in ("website", "organization", "newsmediaorganization")]
    source = _first(meta.get("og:site_name"), _names(ld.get("publisher")), [n for o in site_objs for n in _names(o)],
                    meta.get("application-name"), meta.get("al:android:app_name"))

    title = _first(meta.get("og:title"), meta.get("twitter:title"), ld.get("headline"),
                   [_text(e) for e in root.xpath('//*[@itemprop="headline"]')], meta.get("title"),
                   meta.get("dc.title"), page_title, h1)
    sites = [source]
    if not source and page_title and title != page_title:
        # "<headline> - <site>": the rest of <title> names the site
        m = re.match(re.escape(title) + _TITLE_SEPS + r"(.{2,60})$", page_title)
        if m:
            source = sites[0] = m.group(1).strip()
    title = _strip_site(title, sites, h1)
    if not source and page_title:
        m = re.match(re.escape(title) + _TITLE_SEPS + r"(.{2,60})$", page_title)
        if m:
            source = m.group(1).strip()

    base_href = _first(root.xpath("//base/@href"))
    url = _first(root.xpath('//link[translate(@rel,"CANONICAL","canonical")="canonical"]/@href'),
                 meta.get("og:url"), ld.get("url"), ld.get("mainEntityOfPage"),
                 root.xpath('//link[@itemprop="mainEntityOfPage"]/@href'), meta.get("twitter:url"))
    if url and base_href:
        url = urljoin(base_href, url)
    if url and urlsplit(url).scheme not in ("http", "https"):
        url = ""
    base = base_href if urlsplit(base_href).scheme in ("http", "https") else url

    tags: list[str] = []
    for v in (*meta.get("article:tag", []), *meta.get("parsely-tags", []), *meta.get("news_keywords", []),
              *meta.get("keywords", []), *(ld.get("keywords") if isinstance(ld.get("keywords"), list)
                                          else [ld.get("keywords") or ""])):
        for t in re.split(r"\s*[,;]\s*", str(v)):
            t = t.strip(" #")
            if t and t.lower() not in (x.lower() for x in tags):
                tags.append(t)

    image = _first(meta.get("og:image"), meta.get("og:image:url"), meta.get("twitter:image"), ld.get("image"))
    if image and base:
        image = urljoin(base, image)

    subtitle = ""
    for el in root.xpath('//*[contains(@class,"standfirst") or contains(@class,"subtitle") or contains(@class,"sub-title")'
                         ' or contains(@class,"sub_title") or contains(@class,"deck") or contains(@class,"dek")'
                         ' or contains(@class,"subheadline") or contains(@class,"sub-headline")]'):
        cls = el.get("class", "").lower()
        if re.search(r"(?:^|\s)(?:\S*standfirst|\S*sub-?title|\S*sub_title|deck|dek|\S*sub-?headline)(?:\s|$)", cls):
            subtitle = _text(el)
            if 5 < len(subtitle) < 400:
                break
            subtitle = ""

    return Extracted(
        markdown="",
        title=title,
        subtitle=subtitle,
        source=source,
        author=_authors(meta, ld, root),
        published=_published(meta, ld, root),
        url=url,
        lang=_lang(root, meta, ld),
        tags=tags[:30],
        summary=_first(meta.get("description"), meta.get("og:description"), meta.get("twitter:description"),
                       ld.get("description")),
        image=image,
        format="html",
    ), base
