"""Names in Korean and English news: places (countries, cities), organisations and people.

Rule-based and offline. Three sources, in order of trust:

1. the glossary (user-editable Korean/English pairs; ``data/glossary_default.json`` by default);
2. places: the country names of CLDR (through Babel: ``Locale("ko").territories`` and
   ``Locale("en").territories``, keyed by ISO code), plus the short forms, cities and regions
   news uses that CLDR lacks (``data/places_extra.json``);
3. cues: organisation suffixes (Ministry, Bank, …부, …은행 …) and person titles (Minister …,
   … 장관, … 기자).

Korean particles are left out of the span: 우즈베키스탄과 → 우즈베키스탄. Overlaps are resolved
longest first. Decision: 정부 ("the government"), 중앙은행 ("the central bank") and other generic
references are not organisation facts, since they name no one in particular.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .model import Fact

DATA = Path(__file__).parent / "data"
KINDS = ("place", "organization", "person")

HANGUL = "가-힣"
_HANGUL_RE = re.compile(f"[{HANGUL}]")

# --- Korean particles and suffixes that may follow a name inside the same word -----------------
_TAIL_TOKENS = sorted(
    """은 는 이 가 을 를 의 에 에서 에게 에는 에도 에서는 에서도 에서의 와 과 와의 과의 으로 로 으로의 로의
    으로는 로는 으로도 로도 도 만 까지 부터 이나 나 이며 며 이고 고 이다 다 이라고 라고 이라는 라는 이란 란
    처럼 보다 께서 측 산 인 내 간 계 정부 당국 등 과도 와도 에선 이자 였다 이었다 에만 만의 만이""".split(),
    key=len,
    reverse=True,
)
_TAIL_RE = re.compile("(?:" + "|".join(_TAIL_TOKENS) + "){0,3}")


def _tail_ok(tail: str) -> bool:
    return _TAIL_RE.fullmatch(tail) is not None


def _hangul_run_end(text: str, i: int) -> int:
    while i < len(text) and _HANGUL_RE.match(text[i]):
        i += 1
    return i


# --- the glossary --------------------------------------------------------------------------------


class Glossary:
    """Korean/English name pairs the user can edit, stored as JSON.

    An entry is ``{"ko", "en", "kind", "aliases": [...]}``; an alias (산업부, MOTIE) stands for the
    same entry. ``lookup`` finds an entry by its Korean form, its English form or an alias."""

    def __init__(self, entries: list[dict] | None = None):
        self.entries: list[dict] = []
        self._index: dict[str, dict] = {}
        self._regex = None
        for e in entries or []:
            self.add(e["ko"], e["en"], e.get("kind", "organization"), e.get("aliases", ()))

    def add(self, ko: str, en: str, kind: str, aliases=()) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; one of {KINDS}")
        entry = {"ko": ko, "en": en, "kind": kind, "aliases": list(aliases)}
        self.entries = [e for e in self.entries if not (e["ko"] == ko and e["en"] == en)]
        self.entries.append(entry)
        self._rebuild()

    def _rebuild(self) -> None:
        self._index = {}
        for e in self.entries:
            for form in (e["ko"], e["en"], *e["aliases"]):
                if form:
                    self._index[form] = e
        self._regex = None

    def lookup(self, name: str) -> tuple[str, str, str] | None:
        e = self._index.get(name.strip())
        return (e["ko"], e["en"], e["kind"]) if e else None

    def forms(self) -> dict[str, dict]:
        return dict(self._index)

    def regex(self) -> "_FormScanner | None":
        if self._regex is None and self._index:
            self._regex = _FormScanner(self._index)
        return self._regex

    @classmethod
    def load(cls, path) -> "Glossary":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data.get("entries", []))

    def save(self, path) -> None:
        Path(path).write_text(
            json.dumps({"version": 1, "entries": self.entries}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )

    @classmethod
    def default(cls) -> "Glossary":
        return _default_glossary()


@lru_cache(maxsize=1)
def _default_glossary() -> Glossary:
    return Glossary.load(DATA / "glossary_default.json")


class _FormScanner:
    """Finds the longest known surface form at each word start (a dictionary lookup per candidate
    length, far faster than one regex alternation of hundreds of forms). A Latin form must not
    touch other Latin letters or digits; a Hangul form must not follow Hangul, except after one of
    ko_prefixes (대중국 對, 주우즈베키스탄 駐). The right side of a Hangul form is checked by the
    caller, since Korean particles attach to the name."""

    _START = re.compile(f"(?<![{HANGUL}A-Za-z0-9])[{HANGUL}A-Za-z]")

    def __init__(self, forms, ko_prefixes: str = ""):
        self.forms = set(forms)
        self.lengths = sorted({len(f) for f in self.forms}, reverse=True)
        self.ko_prefixes = ko_prefixes

    def finditer(self, text: str):
        for m in self._START.finditer(text):
            i = m.start()
            yield from self._at(text, i)
            if self.ko_prefixes and text[i] in self.ko_prefixes:
                yield from self._at(text, i + 1)

    def _at(self, text: str, i: int):
        for n in self.lengths:
            form = text[i:i + n]
            if len(form) == n and form in self.forms:
                if not _HANGUL_RE.match(form[-1]) and i + n < len(text) and (text[i + n].isascii() and text[i + n].isalnum()):
                    continue
                yield i, i + n, form
                return


# --- places ----------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, tuple[str, str]], "_FormScanner"]:
    """surface form -> (English value, Korean form), from CLDR via Babel plus places_extra.json."""
    from babel import Locale

    extra = json.loads((DATA / "places_extra.json").read_text(encoding="utf-8"))
    ko_terr, en_terr = Locale("ko").territories, Locale("en").territories
    table: dict[str, tuple[str, str]] = {}
    excluded = set(extra["exclude_codes"])
    ambiguous = set(extra["ko_ambiguous"]) | set(extra["en_ambiguous"])

    def clean(name: str) -> str:
        return re.sub(r"\s*\(.*?\)", "", name).replace("’", "'").strip()

    def put(form: str, en: str, ko: str) -> None:
        if form and form not in ambiguous and form not in table:
            table[form] = (en, ko)

    for code, over in extra["overrides"].items():
        en, ko = over["en"], over["ko"]
        for form in (en, ko, *over["en_aliases"], *over["ko_aliases"]):
            put(form, en, ko)
    for code, ko_name in ko_terr.items():
        if not (len(code) == 2 and code.isalpha()) or code in excluded or code not in en_terr:
            continue
        en, ko = clean(en_terr[code]), clean(ko_name)
        if code in extra["overrides"]:
            continue
        put(en, en, ko)
        put(ko, en, ko)
        if " " in ko:
            put(ko.replace(" ", ""), en, ko)
        if "&" in en:
            put(en.replace("&", "and"), en, ko)
    for item in extra["cities"] + extra["regions"]:
        put(item["en"], item["en"], item["ko"])
        put(item["ko"], item["en"], item["ko"])
    return table, _FormScanner(table, ko_prefixes="대주")


# --- organisations ---------------------------------------------------------------------------------

_EN_ORG_CUES = set(
    """Ministry Agency Bank Corporation Corp. Co. Inc. Ltd. Group Fund Association Council University
    Eximbank Commission Institute Authority Department Organization Organisation Service Federation
    Chamber Company Holdings Electronics Industries Administration Bureau Exchange Union Motor Motors
    Steel Chemical Assembly Party Foundation Forum Office Board Center Centre Committee""".split()
)
_EN_STOP = set(
    """The A An In On At For By But And With From To Of As If It Its Their His Her Our This That These
    Those Last Next Meanwhile However According Also Earlier Later Under While When After Before Since
    Both Each Many Some Several Under Over Korean Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November December
    Mr. Ms. Mrs. Dr.""".split()
)
_EN_CONNECT = {"of", "for", "on", "and", "&"}
_EN_WORD = r"(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\.?|&)"

_EN_TITLE = (
    r"(?:(?:Prime|Vice|Deputy|First|Foreign|Finance|Trade|Industry|Economy|Energy|Defense|Defence|"
    r"Commerce|Investment|Economic|Former|former|Acting|acting)\s+)*"
    r"(?:Minister|President|Governor|CEO|Chief Executive|Chairman|Chairwoman|Chair|[Ss]pokesperson|"
    r"[Ss]pokesman|[Ss]pokeswoman|Ambassador|Director|Secretary|Senator|Professor|Prof\.|Commissioner|"
    r"Mayor|Premier|Chancellor|Dr\.|Mr\.|Ms\.|Mrs\.|Vice Chairman|Lawmaker|lawmaker|Rep\.)"
)
_EN_TITLE_WORDS = set(
    """Minister President Governor CEO Chairman Chairwoman Chair Spokesperson Ambassador Director
    Secretary Senator Professor Commissioner Mayor Premier Chancellor Prime Vice Deputy""".split()
)
_EN_NAME_TOKEN = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
_EN_PERSON_RE = re.compile(
    rf"(?<![A-Za-z])(?P<title>{_EN_TITLE})\s+(?P<name>{_EN_NAME_TOKEN}(?:\s+{_EN_NAME_TOKEN}){{0,2}})(?![A-Za-z'’])"
)
_EN_MINISTER_OF_RE = re.compile(
    rf"(?<![A-Za-z])(?P<title>Minister of [A-Z][a-z]+(?:(?:, | and | )[A-Z][a-z]+)*?)\s+"
    rf"(?P<name>{_EN_NAME_TOKEN}\s+{_EN_NAME_TOKEN})(?![A-Za-z'’])(?!\s+[A-Z])"
)

_KO_MULTI_CUES = ("위원회", "은행", "공사", "공단", "협회", "그룹", "전자", "중공업", "재단", "기금", "연합회",
                  "상공회의소", "거래소", "증권", "연구원", "진흥원", "개발원", "감독원", "관리원", "평가원",
                  "기술원", "감사원", "법원", "연구소", "대학교", "공업", "화학", "물산", "제철", "상사",
                  "하이닉스", "건설", "홀딩스")
_KO_SINGLE_CUES = ("부", "청", "처")
_KO_ORG_STOP = {
    "중앙은행", "시중은행", "지방은행", "국책은행", "외국은행", "상업은행", "투자은행", "인터넷은행", "은행",
    "건설공사", "보수공사", "토목공사", "확장공사", "공사", "지도부", "수뇌부", "집행부", "상층부", "하층부",
    "중심부", "내륙부", "사령부", "편집부", "신청", "요청", "초청", "경청", "시청", "도청", "방청", "재신청",
    "대처", "출처", "거래처", "공급처", "수요처", "판매처", "납품처", "수출처", "사용처", "연락처", "투자처",
    "조달처", "구매처", "연구원", "위원회", "협회", "그룹", "재단", "기금", "건설", "화학", "증권", "상사",
    "해외건설", "주택건설", "인프라건설", "석유화학", "정밀화학", "전자", "공업", "중공업", "법원",
}
_KO_DIRECTIONS = set("동서남북중")
_KO_CHEO = ("식품의약품안전처", "식약처", "인사혁신처", "인사처", "국가보훈처", "보훈처", "법제처", "경호처",
            "기획예산처", "방위사업청")

# --- people ----------------------------------------------------------------------------------------

_KO_TITLES = sorted(
    """장관 차관 대통령 총리 부총리 총재 부총재 대표 회장 부회장 사장 부사장 기자 대변인 교수 의원 원장
    경제부총리 사회부총리 청장 위원장 이사장 대사 특파원 연구위원 행장 사무총장 국무총리 국장 실장 차관보 본부장 연구원""".split(),
    key=len,
    reverse=True,
)
_KO_TITLE_RE = re.compile("(?:" + "|".join(_KO_TITLES) + ")")
_KO_SURNAMES = set(
    """김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽
    성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕
    금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 태 견 당 화 창""".split()
)
_KO_DOUBLE_SURNAMES = {"남궁", "황보", "제갈", "선우", "독고", "사공", "서문"}
_KO_NAME_STOP = {
    "신임", "전임", "현직", "전직", "공동", "상임", "명예", "초대", "차기", "당시", "해당", "관련", "담당", "주무",
    "양국", "각국", "현지", "수석", "선임", "고위", "이번", "정부", "국민", "여당", "야당", "한국", "미국", "주요",
    "기존", "공식", "최근", "전체", "신규", "부대", "지역", "사무", "한편", "이어", "이날", "또한", "경제", "통상",
    "산업", "재무", "국무", "외교", "국방", "무역", "수출", "투자", "금융", "정책", "조사", "대외", "명의", "이사",
    "부장", "사장", "회장", "대표", "장관", "차관", "총리", "기업", "업계", "노조", "직무", "소속", "전문", "연구",
    "재정", "교육", "행정", "특별", "대학", "임시", "주한", "주재", "전날", "오는", "지난", "한국은행", "하지만",
    "이라고", "이라며", "이후", "이에", "이를", "이와", "정상", "통일", "부총리", "유엔", "국회", "위원",
}


def _ko_name_like(word: str) -> bool:
    if not (2 <= len(word) <= 4) or not all("가" <= c <= "힣" for c in word) or word in _KO_NAME_STOP:
        return False
    if word in _places()[0]:
        return False
    if len(word) == 4:
        return word[:2] in _KO_DOUBLE_SURNAMES
    return word[0] in _KO_SURNAMES


# --- extraction ------------------------------------------------------------------------------------


def _cand(kind, start, end, text, value, counterpart=None, prio=0, **extra):
    ex = dict(extra)
    if counterpart:
        ex["counterpart"] = counterpart
    return (kind, start, end, value, ex, prio)


def _glossary_candidates(text: str, glossary: Glossary) -> list:
    out = []
    rx = glossary.regex()
    if rx is None:
        return out
    forms = glossary.forms()
    for start, end, form in rx.finditer(text):
        if _HANGUL_RE.match(form[-1]):
            if not _tail_ok(text[end:_hangul_run_end(text, end)]):
                continue
        e = forms[form]
        is_ko = form == e["ko"] or bool(_HANGUL_RE.search(form))
        counterpart = e["ko"] if not is_ko else e["en"]
        out.append(_cand(e["kind"], start, end, text, e["en"], counterpart, prio=3))
    return out


def _place_candidates(text: str) -> list:
    table, rx = _places()
    out = []
    for start, end, form in rx.finditer(text):
        if _HANGUL_RE.match(form[-1]):
            if not _tail_ok(text[end:_hangul_run_end(text, end)]):
                continue
        en, ko = table[form]
        is_ko = bool(_HANGUL_RE.search(form))
        out.append(_cand("place", start, end, text, en, en if is_ko else ko, prio=1))
    return out


def _ko_org_like(word: str) -> bool:
    if word in _KO_ORG_STOP or word in _KO_CHEO:
        return word in _KO_CHEO
    for cue in _KO_MULTI_CUES:
        if word.endswith(cue) and len(word) > len(cue):
            stem = word[: -len(cue)]
            if cue == "연구원" and len(stem) < 2:
                return False
            if any(word.endswith(s) for s in _KO_ORG_STOP if len(s) > len(cue)):
                return False
            return len(stem) >= 1
    for cue in _KO_SINGLE_CUES:
        if word.endswith(cue):
            stem = word[:-1]
            if len(stem) < 2 or set(stem) <= _KO_DIRECTIONS:
                return False
            if any(word.endswith(s) for s in _KO_ORG_STOP):
                return False
            if cue == "처":  # 거래처, 수요처 …: only the known agencies
                return False
            if word.endswith(("정부", "여부")) and cue == "부" and len(word) <= 3:
                return False
            return True
    return False


_KO_WORD_RE = re.compile(f"(?<![{HANGUL}A-Za-z0-9])(?:[A-Z][A-Za-z&]*)?[{HANGUL}]+")


def _ko_org_candidates(text: str) -> list:
    out = []
    for m in _KO_WORD_RE.finditer(text):
        run = m.group()
        for k in range(len(run), 1, -1):
            if _tail_ok(run[k:]) and _ko_org_like(run[:k]):
                word = run[:k]
                if re.search(r"[억만조천백십]$", word[:-1]) and word.endswith("원"):
                    break
                out.append(_cand("organization", m.start(), m.start() + k, text, word, prio=2))
                break
    return out


def _ko_person_candidates(text: str) -> list:
    out = []
    for m in _KO_TITLE_RE.finditer(text):
        t_end = m.end()
        if not _tail_ok(text[t_end:_hangul_run_end(text, t_end)]):
            continue
        # the title must stand alone as a word (김하늘 기자, not 여기자)
        if m.start() == 0 or text[m.start() - 1] != " ":
            continue
        words = []
        i = m.start() - 1
        for _ in range(3):  # up to three words back: NAME [ORG|PLACE] [ORG|PLACE] TITLE
            j = i
            while j > 0 and not text[j - 1].isspace():
                j -= 1
            word = text[j:i]
            if not word:
                break
            words.append((j, word))
            if j == 0 or text[j - 1] != " ":
                break
            i = j - 1
        for n, (j, word) in enumerate(words):
            if _ko_name_like(word):
                between = [w for _, w in words[:n]]
                if all(_ko_org_like(w) or w in _places()[0] or _default_glossary().lookup(w) for w in between):
                    out.append(_cand("person", j, j + len(word), text, word, prio=2, title=m.group()))
                break
    return out


def _en_org_candidates(text: str) -> list:
    out = []
    tok_re = re.compile(rf"{_EN_WORD}|,|[a-z]+|\S")
    toks = [(t.group(), t.start(), t.end()) for t in tok_re.finditer(text)]
    i = 0
    n = len(toks)

    def is_cap(t):
        return t[0][:1].isupper() and t[0] not in _EN_TITLE_WORDS

    def adjacent(a, b):  # only spaces between tokens a and b
        return text[a[2]:b[1]].strip() == "" and "\n" not in text[a[2]:b[1]]

    while i < n:
        if not is_cap(toks[i]):
            i += 1
            continue
        j = i
        while (j + 1 < n and is_cap(toks[j + 1]) and adjacent(toks[j], toks[j + 1])
               and not (toks[j][0].endswith(".") and toks[j][0] not in _EN_ABBR)):
            j += 1
        run = toks[i:j + 1]
        cues = [k for k, t in enumerate(run) if t[0] in _EN_ORG_CUES or t[0].rstrip(".") in _EN_ORG_CUES]
        if cues:
            s = 0
            while s < len(run) and run[s][0] in _EN_STOP:
                s += 1
            last = cues[-1]
            end_tok = last
            if s <= last:
                e = run[last][2]
                if run[last][0].endswith(".") and run[last][0] not in ("Co.", "Corp.", "Inc.", "Ltd."):
                    e -= 1
                # "of …" tail: Bank of Korea, Ministry of Trade, Industry and Energy
                k = i + last + 1
                if last == len(run) - 1 and k < n and toks[k][0] in ("of", "for", "on") and adjacent(toks[k - 1], toks[k]):
                    m = _of_tail(text, e)
                    if m:
                        e = m
                start = run[s][1]
                if end_tok > s or e > run[last][2]:
                    out.append(_cand("organization", start, e, text, text[start:e].rstrip("."), prio=2))
                    # an acronym in parentheses right after: "… Fund (EDCF)"
                    a = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)").match(text, e)
                    if a:
                        out.append(_cand("organization", a.start(1), a.end(1), text, text[start:e], prio=2))
        i = j + 1
    # acronyms defined once are found again later in the text
    defined = {text[c[1]:c[2]]: c[3] for c in out if text[c[1]:c[2]].isupper() and c[1] > 0 and text[c[1] - 1] == "("}
    for acro, value in defined.items():
        for m in re.finditer(rf"(?<![A-Za-z]){re.escape(acro)}(?![A-Za-z])", text):
            out.append(_cand("organization", m.start(), m.end(), text, value, prio=1))
    return out


_TAIL_WORD = r"[A-Z][A-Za-z\-]*"
_EN_ABBR = {"Co.", "Corp.", "Inc.", "Ltd.", "U.S.", "U.K.", "St.", "Dr.", "Mr.", "Ms.", "Mrs."}


def _of_tail(text: str, pos: int) -> int | None:
    """The end of an "of …" tail starting at pos (before " of"): capitalised words, joined by
    spaces, "and"/"&", or a comma list closed by "and" (Trade, Industry and Energy)."""
    m = re.compile(rf"\s+(?:of|for|on)\s+(?:the\s+)?{_TAIL_WORD}").match(text, pos)
    if not m:
        return None
    end = m.end()
    while True:
        w = re.compile(rf"\s+(?!(?:{'|'.join(_EN_TITLE_WORDS)})\b){_TAIL_WORD}").match(text, end)
        if w and w.group().strip() not in _EN_STOP:
            end = w.end()
            continue
        a = re.compile(rf"\s+(?:and|&)\s+{_TAIL_WORD}(?:\s+{_TAIL_WORD})?").match(text, end)
        if a:
            end = a.end()
            break
        c = re.compile(rf"((?:,\s+{_TAIL_WORD})+),?\s+and\s+{_TAIL_WORD}").match(text, end)
        if c:
            end = c.end()
            break
        break
    # do not swallow a following title/name
    return end


def _en_person_candidates(text: str) -> list:
    out = []
    for rx in (_EN_MINISTER_OF_RE, _EN_PERSON_RE):
        for m in rx.finditer(text):
            name = m.group("name")
            words = name.split()
            while words and (words[-1] in _EN_STOP or words[-1] in _EN_ORG_CUES or words[-1] in _places()[0]):
                words.pop()
            while words and (words[0] in _EN_STOP or words[0] in _places()[0] or words[0] in _EN_ORG_CUES):
                words = []
            if not words:
                continue
            name = " ".join(words)
            s = m.start("name")
            title = re.sub(r"^(?:[Ff]ormer|[Aa]cting)\s+", "", m.group("title"))
            out.append(_cand("person", s, s + len(name), text, name, prio=2, title=title))
    # later mentions by surname alone: "…, Kudratov said" / "said Ahn"
    surnames = {}
    for c in out:
        words = c[3].split()
        if len(words) >= 2:
            sur = words[0] if "-" in words[-1] else words[-1]
            surnames.setdefault(sur, c[3])
    for sur, full in surnames.items():
        for m in re.finditer(rf"(?<![A-Za-z]){re.escape(sur)}(?![A-Za-z\-])", text):
            out.append(_cand("person", m.start(), m.end(), text, full, prio=0))
    return out


def _resolve(text: str, cands: list) -> list[Fact]:
    cands = sorted(cands, key=lambda c: (-(c[2] - c[1]), -c[5], c[1]))
    taken = bytearray(len(text))
    facts = []
    for kind, s, e, value, extra, _ in cands:
        if s >= e or any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        facts.append(Fact(kind=kind, start=s, end=e, text=text[s:e], value=value, extra=extra))
    facts.sort(key=lambda f: f.start)
    return facts


def extract_names(text: str, lang: str, glossary: Glossary | None = None) -> list[Fact]:
    """Places, organisations and people in ``text`` (``lang`` "ko" or "en"), sorted by start and
    not overlapping. ``glossary`` defaults to the bundled one; its entries win over the rules."""
    glossary = glossary if glossary is not None else _default_glossary()
    cands = _glossary_candidates(text, glossary) + _place_candidates(text)
    if lang == "ko":
        cands += _ko_org_candidates(text) + _ko_person_candidates(text)
        # an English org or person inside a Korean article (rare) is still found by the glossary
    else:
        cands += _en_org_candidates(text) + _en_person_candidates(text)
    facts = _resolve(text, cands)
    # a Korean organisation the rules found may still have a glossary counterpart under another form
    for f in facts:
        if f.kind != "place" and "counterpart" not in f.extra:
            hit = glossary.lookup(f.text)
            if hit:
                ko, en, _kind = hit
                f.value = en
                f.extra["counterpart"] = ko if f.text != ko and not _HANGUL_RE.search(f.text) else en
    return facts
