"""Saved web page (already decoded text) -> Extracted: the main article as Markdown, plus metadata.

The pipeline, chosen by measurement (docs/decisions/html-extractor.md, bench/bench_extractors.py):

1. parse once with lxml (it repairs unclosed tags, stray end tags, missing <html>/<body>);
2. read the metadata from that tree with our own code: meta tags, Open Graph, JSON-LD, microdata,
   <title>/<h1>, bylines;
3. prune the obvious chrome in place: navigation, share bars, cookie notices, comments, related
   and "most read" lists, teaser cards, "scroll to top", copyright lines (by tag, role, class/id
   words and text); turn layout tables into blocks and loose "text<br><br>text" into paragraphs;
4. let readability-lxml pick the article block from the pruned tree;
5. convert with markdownify (ATX headings, "-" bullets, links made absolute against <base href> or
   the canonical URL; a relative link with nothing to resolve it against keeps only its text),
   drop the title, standfirst, kicker and byline lines that open the body and an e-mail sign-off
   that closes it, normalise whitespace.

If the extractor keeps (almost) nothing, the whole pruned body is converted instead; if the page has
no text at all, ValueError("no article text found in the page").

Images are dropped from the body (the reader is offline and never fetches them); a figure's caption
stays as text, and the lead image URL goes to `Extracted.image`. Nothing here opens a connection:
the tree, never a URL string, is what the libraries see.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from markdownify import MarkdownConverter
from readability import Document

from .model import Extracted

__all__ = ["extract_html"]

log = logging.getLogger(__name__)
logging.getLogger("readability.readability").setLevel(logging.ERROR)  # it logs every page at INFO

NO_TEXT = "no article text found in the page"

# --------------------------------------------------------------------------- parsing

_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)


def _parse(html: str) -> lxml.html.HtmlElement:
    html = html.replace("\x00", "").lstrip("\ufeff")
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses str input with an encoding declaration
    html = re.sub(r"</\s*(?:body|html)\s*>", "", html, flags=re.I)  # libxml2 drops what follows a stray one
    if not html.strip():
        raise ValueError(NO_TEXT)
    try:
        root = lxml.html.document_fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(NO_TEXT) from exc
    if root is None:
        raise ValueError(NO_TEXT)
    return root


from .html_meta import _KO_ROLE, _metadata, _text, _ws  # noqa: E402


# --------------------------------------------------------------------------- chrome pruning

_DROP_TAGS = {"script", "style", "noscript", "iframe", "frame", "frameset", "form", "button", "input",
              "select", "textarea", "template", "svg", "canvas", "object", "embed", "dialog", "nav",
              "aside", "footer", "header", "menu", "link", "meta", "map", "audio", "video"}
_ALWAYS_DROP = {"script", "style", "noscript", "template", "svg", "canvas", "object", "embed", "link", "meta"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
               "menu", "menubar", "toolbar"}
_CHROME_WORDS = {
    "nav", "navbar", "gnb", "lnb", "snb", "menu", "breadcrumb", "breadcrumbs", "masthead", "header", "footer",
    "ftr", "sidebar", "side", "widget", "share", "sharing", "social", "sns", "cookie", "cookies", "consent", "gdpr",
    "newsletter", "subscribe", "subscription", "promo", "advert", "advertisement", "ads", "ad", "sponsor",
    "sponsored", "outbrain", "taboola", "related", "recommend", "recommended", "reco", "popular", "ranking",
    "rank", "trending", "mostread", "comment", "comments", "cmt", "reply", "respond", "disqus", "tags", "tag",
    "byline", "meta", "writer", "reporter", "tools", "toolbar", "util", "utility", "btns", "buttons", "print",
    "skip", "hidden", "sr-only", "screen-reader-text", "visually-hidden", "top-btn", "go-top", "back-to-top",
    "copyright", "login", "like", "reaction", "ticker", "weather", "latest", "pagination", "pager",
    "post-navigation", "more-news", "photo-news", "paywall", "modal", "popup", "banner", "rss",
}
# inside a compound class name ("sns-share", "ad-top") these still mean chrome; "hidden-xs" does not
_PART_WORDS = _CHROME_WORDS - {"hidden", "print", "like", "login", "banner", "modal", "popup", "latest", "side",
                               "tag", "meta", "rank", "skip"}
_CHROME_PREFIXES = ("share", "social", "related", "comment", "cookie", "newsletter", "advert", "sponsor",
                    "recommend", "popular", "trending", "breadcrumb", "sidebar", "footer", "navigation",
                    "subscri", "mostread", "most-read", "relatedpost", "jp-related")
_NOT_CHROME = {"commentary", "commentaries", "header-image"}
_CHROME_TEXT = re.compile(
    r"^(?:share(?: this(?: story| article)?)?|공유하기|공유|맨\s?위로|위로|top|back to top|scroll to top|"
    r"print|인쇄|스크랩|url\s?복사|링크\s?복사|글씨\s?키우기|기사\s?저장|북마크|advertisement|광고|"
    r"댓글(?:\s?더보기)?\s?\d*|좋아요\s?\d*|추천\s?\d*|read more|더보기)\s*[:↑▲^]?$",
    re.I,
)
_READ_MORE = re.compile(r"^(?:read more|see also|related|more on this|관련\s?기사|함께 보면 좋은 기사|추천 기사)\s*[:：]", re.I)
_COPYRIGHT = re.compile(r"무단\s?전재|재배포\s?금지|all rights reserved|저작권자|^\s*(?:copyright|ⓒ|©)", re.I)


def _is_chrome(el) -> bool:
    tag = el.tag
    if tag in _DROP_TAGS:
        return True
    if (el.get("role") or "").lower() in _DROP_ROLES:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    label = (el.get("aria-label") or "").lower()
    if "cookie" in label or "share" in label:
        return True
    words = (el.get("class") or "") + " " + (el.get("id") or "")
    if not words.strip():
        return False
    for w in words.lower().split():
        if w in _NOT_CHROME:
            continue
        if w in _CHROME_WORDS or w.startswith(_CHROME_PREFIXES):
            return True
        if any(p in _PART_WORDS for p in re.split(r"[-_]", w)):
            return True
    return False


def _is_card(el) -> bool:
    """A teaser: a block whose heading is a link ("<div><h4><a>Other story</a></h4><p>..</p></div>")."""
    for h in el.iter("h2", "h3", "h4", "h5", "h6"):
        a = next(h.iter("a"), None)
        return a is not None and len(_ws(a.text_content())) >= 0.8 * len(_ws(h.text_content()))
    return False


def _card_runs(el) -> list:
    """Three or more siblings of the same kind that are all teasers: a list of other stories."""
    doomed, run = [], []
    for child in [*el, None]:
        if run and (child is None or (child.tag, child.get("class")) != (run[0].tag, run[0].get("class"))):
            if len(run) >= 3 and all(_is_card(c) for c in run):
                doomed.extend(run)
            run = []
        if child is not None and isinstance(child.tag, str) and child.tag in ("div", "article", "li", "section"):
            run.append(child)
    return doomed


def _prune(root) -> None:
    """Remove chrome in place. An element holding most of the page's text is never removed whole."""
    body = root.find("body")
    body = body if body is not None else root
    total = len(body.text_content()) or 1
    doomed = []
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if len(el) >= 3:
            doomed.extend(_card_runs(el))
        if el.tag in _ALWAYS_DROP:
            doomed.append(el)
        elif el.tag not in ("body", "html", "main", "article") and _is_chrome(el):
            if len(el.text_content()) < 0.5 * total or el.tag in ("form", "iframe", "button", "select", "textarea"):
                doomed.append(el)
        elif el.tag in ("a", "span", "li", "p", "div", "strong", "b") and len(el) <= 2:
            text = _text(el)
            if len(text) < 40 and _CHROME_TEXT.match(text):
                doomed.append(el)
            elif len(text) < 200 and (_COPYRIGHT.search(text) or _READ_MORE.match(text)):
                doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


# --------------------------------------------------------------------------- text in <div>s

_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "li", "blockquote", "table",
               "pre", "figure", "figcaption", "section", "article", "header", "footer", "aside", "nav", "hr",
               "main", "address", "details", "center"}


def _unwrap_layout_tables(root) -> None:
    """Tables used for page layout (one column, or cells holding paragraphs) become plain blocks,
    so they do not come out as Markdown tables; data tables stay tables."""
    for table in list(root.iter("table")):
        rows = table.xpath("./tr | ./*/tr")
        if table.find(".//th") is not None and not table.xpath(".//td//p|.//td//div|.//td//h2|.//td//ul"):
            continue
        one_column = all(len(r.xpath("./td|./th")) <= 1 for r in rows)
        if one_column or table.xpath("./tr/td/*[self::p or self::div or self::h2 or self::h3 or self::ul or self::table]"
                                     " | ./*/tr/td/*[self::p or self::div or self::h2 or self::h3 or self::ul or self::table]"):
            for el in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th", "caption")]:
                el.tag = "div"


def _paragraphize(root) -> None:
    """Wrap loose text in <p>: "text<br><br>text<h3>..</h3>text" -> <p>text</p><p>text</p><h3>..</h3><p>text</p>.

    Many Korean news sites write the body as bare text and <br><br> in one <div>. Left alone,
    readability wraps every text node separately, splitting sentences at each link or <b>.
    """
    for el in list(root.iter("div", "td", "section", "article", "main", "body", "center")):
        children = list(el)
        loose = bool((el.text or "").strip()) or any((c.tail or "").strip() for c in children)
        if not loose:
            continue
        has_block = any(c.tag in _BLOCK_TAGS for c in children)
        brs = [c for c in children if c.tag == "br"]
        if not has_block and len(brs) < 2:
            continue
        out: list = []
        run: list = []

        def flush():
            while run and not isinstance(run[-1], str) and run[-1].tag == "br" and not (run[-1].tail or "").strip():
                run.pop()
            if any(isinstance(x, str) and x.strip() or not isinstance(x, str) for x in run):
                p = lxml.html.Element("p")
                for x in run:
                    if isinstance(x, str):
                        if len(p):
                            p[-1].tail = (p[-1].tail or "") + x
                        else:
                            p.text = (p.text or "") + x
                    else:
                        p.append(x)
                if _ws(p.text_content()) or len(p.xpath(".//*[not(self::br)]")):
                    out.append(p)
            run.clear()

        if el.text:
            run.append(el.text)
        for c in children:
            tail, c.tail = c.tail, None
            if not isinstance(c.tag, str):
                pass
            elif c.tag in _BLOCK_TAGS:
                flush()
                out.append(c)
            elif c.tag == "br" and run and not isinstance(run[-1], str) and run[-1].tag == "br":
                run.pop()
                flush()
            elif c.tag == "br" and len(run) >= 2 and isinstance(run[-1], str) and not run[-1].strip() \
                    and not isinstance(run[-2], str) and run[-2].tag == "br":
                run.pop()
                run.pop()
                flush()
            else:
                run.append(c)
            if tail:
                run.append(tail)
        flush()
        el.text = None
        for c in list(el):
            el.remove(c)
        el.extend(out)


# --------------------------------------------------------------------------- Markdown

class _Converter(MarkdownConverter):
    """markdownify, with links made absolute against the page's base and images dropped."""

    base = ""

    def convert_a(self, el, text, parent_tags):
        href = (el.get("href") or "").strip()
        if href and self.base and not href.startswith(("#", "javascript:")):
            try:
                href = urljoin(self.base, href)
            except ValueError:
                href = ""
        if not re.match(r"(?:https?|mailto):", href, re.I):
            return text  # a fragment, javascript: or a relative link with no base: keep the words only
        el["href"] = href
        return super().convert_a(el, text, parent_tags)

    def convert_img(self, el, text, parent_tags):
        return ""


_MD_OPTIONS = dict(heading_style="ATX", bullets="-", newline_style="backslash", escape_misc=False,
                   strip=["form", "iframe", "button", "input", "select", "textarea"], bs4_options="lxml")


def _to_markdown(fragment: str, base: str = "") -> str:
    converter = _Converter(**_MD_OPTIONS)
    converter.base = base
    md = converter.convert(fragment)
    md = md.replace("\xa0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\u3000", " ")
    md = re.sub(r"\\\n(?:[ \t]*\\\n)+", "\n\n", md)  # <br><br> separates paragraphs
    md = re.sub(r"\\\n(?=[ \t]*(?:\n|$))", "\n", md)  # a break at the end of a paragraph
    md = re.sub(r"\\$", "", md)
    lines = []
    for line in md.split("\n"):
        indent = re.match(r"[ \t]*", line).group(0)
        lines.append(indent + re.sub(r"[ \t]{2,}", " ", line[len(indent):]).rstrip())
    md = "\n".join(lines)
    md = re.sub(r"(?m)^[ \t]+$", "", md)
    md = re.sub(r"(?m)^((?:> ?)*>) +$", r"\1", md)  # no trailing space on an empty quote line
    md = re.sub(r"(?m)^(>+)\n(?:\1\n)+", r"\1\n", md)  # nor runs of them
    md = re.sub(r"\n{3,}", "\n\n", md)
    return md.strip("\n").strip()


def _key(s: str) -> str:
    return re.sub(r"[\W_]+", "", s).casefold()


def _plain_line(line: str) -> str:
    line = re.sub(r"^\s*(?:#{1,6}|>)\s*", "", line)
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    return line.replace("*", "").replace("\\", "")


_BYLINE = re.compile(
    r"^(?:by\s|posted\s|updated\s|published\s|입력|수정|승인|등록|기사입력)|" + _KO_ROLE + r"|\d{4}[-./]\d{1,2}[-./]\d{1,2}",
    re.I,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def _trim_edges(md: str, result: Extracted) -> str:
    """Drop what a page repeats around the story: the title and standfirst (and any kicker or
    breadcrumb above them), byline and date lines before the first real paragraph, a reporter's
    e-mail sign-off at the end."""
    blocks = [b for b in md.split("\n\n") if b.strip()]
    repeats = {_key(t) for t in (result.title, result.subtitle) if t and _key(t)}
    author_keys = {_key(a) for a in result.author.split(", ") if _key(a)}

    def plain(b: str) -> str:
        return " ".join(_plain_line(ln) for ln in b.splitlines()).strip(" -")

    head = 0
    for i, b in enumerate(blocks[:12]):
        text = plain(b)
        if len(text) > 120 and not b.startswith("#"):
            break
        if _key(text) in repeats:
            head = i + 1  # everything above the title is kicker, breadcrumb or section name
        elif i == head and (_BYLINE.search(text) and len(text) < 80 or _key(text) in author_keys):
            head = i + 1
        elif i == head and b.lstrip().startswith("- ") and all(
                _BYLINE.search(_plain_line(ln)) for ln in b.splitlines() if ln.strip()):
            head = i + 1  # a list of byline and dates
    blocks = blocks[head:]
    while blocks and len(plain(blocks[-1])) < 100 and _EMAIL.search(blocks[-1]) and not blocks[-1].startswith(("#", ">", "-")):
        blocks.pop()
    return "\n\n".join(blocks).strip()


def _body_fragment(root) -> str:
    try:
        return Document(root).summary(html_partial=True)
    except Exception:  # readability raises its own Unparseable, or lxml errors, on odd trees
        log.debug("readability failed", exc_info=True)
        return ""


def _whole_body(root) -> str:
    body = root.find("body")
    return lxml.html.tostring(body if body is not None else root, encoding="unicode")


# --------------------------------------------------------------------------- public

def extract_html(html: str, *, source_path: str = "") -> Extracted:
    """The main article of a saved page as Markdown, with the page's metadata.

    `source_path` is only used in log messages. Raises ValueError(NO_TEXT) when the page has no text.
    """
    root = _parse(html)
    result, base = _metadata(root)
    _prune(root)
    _unwrap_layout_tables(root)
    _paragraphize(root)
    pruned_text = len(_ws(root.text_content()))
    markdown = _to_markdown(_body_fragment(root), base)  # readability works on its own copy of the tree
    got = len(_ws(_plain_line(markdown)))
    log.debug("kept %d of %d characters", got, pruned_text)
    # readability dropped (almost) everything, or half of a page that is small once pruned
    if got < 25 or got < 140 and got < 0.15 * pruned_text or pruned_text < 400 and got < 0.75 * pruned_text:
        log.debug("extractor kept %d of %d characters in %s; converting the whole body", got, pruned_text, source_path)
        markdown = _to_markdown(_whole_body(root), base)
    markdown = _trim_edges(markdown, result)
    if not _ws(markdown):
        # pruning took everything: last resort, the raw page's body text
        markdown = _to_markdown(_whole_body(_parse(html)), base)
        markdown = _trim_edges(markdown, result)
        if not _ws(re.sub(r"[#>*_\-\\]", "", markdown)):
            raise ValueError(NO_TEXT)
    result.markdown = markdown
    return result
