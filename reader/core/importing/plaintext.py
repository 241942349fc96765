"""Plain text as people save it from news sites: a section label, the headline, a deck, photo
captions, subheadings, the body, and site furniture at the end ("Source: …", "scroll to top").
"""

from __future__ import annotations

import re

from reader.core.importing.model import Extracted

SECTION_LABELS = frozenset(
    """news economy business politics world national international opinion editorial tech technology
    science culture sports markets finance industry diplomacy defense defence society asia korea
    north-korea analysis feature features breaking latest top-stories
    뉴스 경제 정치 사회 국제 세계 문화 산업 금융 외교 국방 오피니언 사설 칼럼 속보 과학 기술 스포츠 증권 부동산 북한
    """.split()
)

_BOILERPLATE = re.compile(
    r"""^(?:
        (?:scroll|back|go)\s+to\s+top | top | ▲\s*top | 맨\s*위로(?:\s*가기)? | 위로(?:\s*가기)? |
        share(?:\s+(?:this|on|via)\b.*)? | tweet | print(?:\s+this\s+article)? | email | facebook | twitter | x |
        공유(?:하기)? | 카카오톡(?:\s*공유)? | 페이스북 | 트위터 | 프린트 | 인쇄 | 스크랩 | 좋아요 |
        (?:read|see)\s+more | related(?:\s+(?:articles|stories|news))?(?:\s*[:：].*)? | more\s+on\s+this(?:\s+story)?.* | 관련\s*기사 | 많이\s*본\s*기사 |
        advertisement | 광고 | subscribe(?:\s+.*)? | sign\s+up.* | newsletter |
        (?:copyright|ⓒ|©|\(c\)).* | all\s+rights\s+reserved.* | .*무단\s*(?:전재|복제).* | .*재배포\s*금지.*
    )\s*[.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_SOCIAL = frozenset("facebook x twitter linkedin email e-mail whatsapp telegram kakao kakaotalk 카카오톡 페이스북 트위터 밴드 line naver 네이버 print copy link url reddit".split())


def _is_furniture(line: str) -> bool:
    if _BOILERPLATE.match(line):
        return True
    parts = [p.strip().lower() for p in re.split(r"[|·/,]", line) if p.strip()]
    return len(parts) >= 2 and all(p in _SOCIAL for p in parts)


_COPYRIGHT = re.compile(r"^(?:ⓒ|©|\(c\)|copyright)\s*(?:\d{4}\s*)?([^(,.|]{2,40}?)(?:\s*\(|,|\.|\||\s+all rights|\s+무단|$)", re.IGNORECASE)
_SOURCE = re.compile(r"^(?:source|sources|출처|자료)\s*[:：=]\s*(.+?)\s*$", re.IGNORECASE)
_CAPTION = re.compile(
    r"(?:\b(?:photo|photograph|image|picture|credit|graphic|illustration)s?\s*(?:by)?\s*[:：/]\s*\S.{0,60}$"
    r"|(?:사진|자료|그래픽|제공)\s*[=:：/]\s*\S.{0,40}$"
    r"|[\[(](?:photo|사진|image|그래픽)[^)\]]*[)\]]\s*$"
    r"|^[\[(](?:photo|사진|image|그래픽)[^)\]]*[)\]])",
    re.IGNORECASE,
)
_BYLINE_EN = re.compile(r"^by\s+([A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})(?:\s*[,|/].*)?$")
_BYLINE_KO = re.compile(r"^(?:\(.{1,20}=.{1,20}\)\s*)?([가-힣]{2,4})\s*(?:기자|특파원|선임기자|객원기자)\b.*$")
_SENTENCE_END = re.compile(r"[.!?。…」』\"'”’»)]\s*$|다\.?\s*$|요\.?\s*$")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"^(\s*)(#{1,6}\s|[-+*]\s|\d{1,9}[.)]\s|>|=+\s*$|-+\s*$)")


def escape_markdown(line: str) -> str:
    """Escape a line of plain text so that Markdown renders it as itself."""
    line = _MD_SPECIAL.sub(r"\\\1", line)
    match = _LINE_START.match(line)
    if match:
        lead, marker = match.groups()
        if marker[0].isdigit():
            digits = re.match(r"\d+", marker).group(0)
            line = lead + digits + "\\" + line[len(lead) + len(digits):]
        else:
            line = lead + "\\" + line[len(lead):]
    return line


def _paragraphs(text: str) -> list[list[str]]:
    """Blank-line separated chunks, each a list of stripped non-empty lines."""
    chunks: list[list[str]] = []
    current: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.replace("\u00a0", " ").strip()
        if line:
            current.append(line)
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _is_label(line: str) -> bool:
    words = line.lower().replace("&", " ").split()
    return 0 < len(words) <= 3 and len(line) <= 30 and all(w.strip(":|/·") in SECTION_LABELS for w in words)


def _is_heading(lines: list[str], next_chunk: list[str] | None) -> bool:
    """A one-line chunk, short, without sentence punctuation, followed by body text."""
    if len(lines) != 1 or next_chunk is None:
        return False
    line = lines[0]
    if len(line) > 90 or len(line.split()) > 12 or _SENTENCE_END.search(line) or line.endswith((":", ",")):
        return False
    if line[0] in "◇■□●○▶▷◆※★☆-–—" or line.startswith(("[", "【", "<")):
        return True
    next_text = " ".join(next_chunk)
    return len(next_text) > max(80, 2 * len(line))


def extract_text(text: str) -> Extracted:
    chunks = _paragraphs(text)
    if not chunks:
        return Extracted(markdown="", format="text")
    source = ""
    author = ""

    # Site furniture at the end: boilerplate lines, then "Source: …".
    while chunks:
        last = chunks[-1]
        while last and (_is_furniture(last[-1]) or _SOURCE.match(last[-1])):
            found = _SOURCE.match(last[-1]) or _COPYRIGHT.match(last[-1])
            if found and not source:
                source = found.group(1).strip()
            last.pop()
        if last:
            break
        chunks.pop()

    # Section label, then the headline.
    first = chunks[0]
    if _is_label(first[0]) and (len(first) > 1 or len(chunks) > 1):
        first.pop(0)
        if not first:
            chunks.pop(0)
    title = ""
    if chunks:
        head = chunks[0]
        if len(head[0]) <= 200:
            title = head.pop(0)
            if not head:
                chunks.pop(0)

    # A byline right under the headline.
    if chunks and len(chunks[0]) == 1 and len(chunks[0][0]) < 80:
        byline = _BYLINE_EN.match(chunks[0][0]) or _BYLINE_KO.match(chunks[0][0])
        if byline:
            author = byline.group(1)
            chunks.pop(0)

    # Deck and captions: the lines before the first real paragraph.
    subtitle = ""
    body: list[str] = []
    index = 0
    while index < len(chunks) and index < 3:
        chunk = chunks[index]
        if len(chunk) == 1 and len(chunk[0]) > 250 and not _CAPTION.search(chunk[0]):
            break  # the body has begun
        if any(_CAPTION.search(line) for line in chunk) or (not subtitle and len(chunk[0]) <= 250 and not _SENTENCE_END.search(chunk[0])):
            lines = list(chunk)
            if not subtitle and not _CAPTION.search(lines[0]):
                subtitle = lines.pop(0)
            for line in lines:
                body.append("*" + escape_markdown(line) + "*" if _CAPTION.search(line) or len(lines) > 1 else escape_markdown(line))
            index += 1
            continue
        break

    for i in range(index, len(chunks)):
        chunk = chunks[i]
        if len(chunk) == 1 and not author:
            byline = _BYLINE_EN.match(chunk[0]) or _BYLINE_KO.match(chunk[0])
            if byline and len(chunk[0]) < 80:
                author = byline.group(1)
                continue
        next_chunk = chunks[i + 1] if i + 1 < len(chunks) else None
        if _is_heading(chunk, next_chunk):
            body.append("## " + escape_markdown(chunk[0]))
        elif all(_CAPTION.search(line) for line in chunk) and len(" ".join(chunk)) < 300:
            body.append("*" + escape_markdown(" ".join(chunk)) + "*")
        else:
            body.append("  \n".join(escape_markdown(line) for line in chunk) if _is_verse(chunk) else escape_markdown(" ".join(chunk)))

    return Extracted(
        markdown="\n\n".join(body).strip() + "\n" if body else "",
        title=title,
        subtitle=subtitle,
        source=source,
        author=author,
        format="text",
    )


def _is_verse(chunk: list[str]) -> bool:
    """Several short lines kept as lines (an address, a list typed as lines), not re-flowed."""
    return len(chunk) > 1 and all(len(line) < 60 for line in chunk)
