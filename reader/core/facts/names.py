"""Names in Korean and English news: places (countries, cities), organisations and people.

Rule-based and offline. Four sources, in order of trust:

1. the glossary (user-editable Korean/English pairs; ``data/glossary_default.json`` by default);
2. well-known names without a cue word (``data/names_extra.json``: Korean business groups and
   their affiliates, large global companies, international bodies, central banks, parties, heads
   of state or government, a few business leaders);
3. places: the country names of CLDR (through Babel: ``Locale("ko").territories`` and
   ``Locale("en").territories``, keyed by ISO code) and CLDR's exemplar cities of time zones,
   plus the short forms, states, provinces, Korean cities, seas and regions news uses that CLDR
   lacks (``data/places_extra.json``);
4. rules: organisation suffixes (Ministry, Bank, …부, …은행 …), a business group's name opening a
   company's (SK하이닉스, 한화오션, Hanwha Ocean), all-capital acronyms that are not economic terms
   (OECD, BYD; not GDP, LNG), person titles (Minister …, … 장관, … 국무장관), a foreign name in
   Hangul before a title (토니 블링컨 국무장관), a state after its country (미국 조지아주), a town
   before its country ("Szeged, Hungary"), an apposition ("Kim, a researcher at …"); Korean
   counties and cities that are also words, with a cue (신안군, 경북 의성, 안동과 청송; not 제주 예산),
   X시 / X항 after a place (서울시, 부산항), titles written as one word with a place or a body
   (오세훈 서울시장, 지영미 질병관리청장), courts (서울고법, 수원지법), Korean names romanised with a
   hyphen (Son Heung-min), agencies with "and" (Food and Drug Administration); fourth version:
   districts after their city (부산 해운대구, 대구 수성구 범어동), Seoul's districts, airports (김포공항,
   "Incheon International Airport"), companies after a word for their business (부품업체 삼우정밀은,
   "startup Ecoloop") or opening a sentence before a company verb ("Revolut said"), more company
   endings (…생명, …정밀, …노조, Air Lines, Re), unit heads and doctors (관광정책팀장, 박사).

Korean particles are left out of the span: 우즈베키스탄과 → 우즈베키스탄 (for names the rules
find, a particle is read by the sound it follows: 이/은/을/과 after a final consonant, so
삼성페이 keeps its 이). 한국산, 러시아산 are origins, like "Korean": not place mentions. Overlaps
are resolved longest first. Decision: 정부 ("the government"), 중앙은행 ("the central bank") and other generic
references are not organisation facts, since they name no one in particular.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .model import Fact
from .scan import around
from .scan import compile_led as _compile  # re.compile, led by its first characters (scan.led)

DATA = Path(__file__).parent / "data"
KINDS = ("place", "organization", "person")

HANGUL = "가-힣"
_HANGUL_RE = _compile(f"[{HANGUL}]")

# --- Korean particles and suffixes that may follow a name inside the same word -----------------
_TAIL_TOKENS = sorted(
    """은 는 이 가 을 를 의 에 에서 에게 에는 에도 에서는 에서도 에서의 와 과 와의 과의 으로 로 으로의 로의
    으로는 로는 으로도 로도 도 만 까지 부터 이나 나 이며 며 이고 고 이다 다 이라고 라고 이라는 라는 이란 란
    처럼 보다 께서 측 인 내 간 계 정부 당국 등 과도 와도 에선 이자 였다 이었다 에만 만의 만이""".split(),
    key=len,
    reverse=True,
)
_TAIL_RE = _compile("(?:" + "|".join(_TAIL_TOKENS) + "){0,3}")


def _tail_ok(tail: str) -> bool:
    return _TAIL_RE.fullmatch(tail) is not None


_AFTER_CONSONANT = ("이", "은", "을", "과", "으로", "이나", "이며", "이고", "이다", "이라고", "이라는", "이란", "과의", "과도", "이었다", "이자", "으로는", "으로도", "으로의")
_AFTER_VOWEL = ("가", "는", "를", "와", "나", "며", "다", "라고", "라는", "란", "와의", "와도", "였다")


def _batchim(ch: str) -> bool:
    """Whether a Hangul syllable ends in a consonant (받침)."""
    return "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 != 0


# the particles that follow a name in news (not 나/며/다/고, which end 캐나다, 아르헨티나 …)
_NAME_PARTICLES = sorted(
    """은 는 이 가 을 를 의 에 에서 에게 에는 에도 에서는 에서도 에서의 와 과 와의 과의 으로 로 으로는 로는 으로도 로도
    도 만 까지 부터 보다 처럼 측 등 이라고 라고 이라는 라는 과도 와도 에선 에만""".split(), key=len, reverse=True)
_NAME_TAIL_RE = _compile("(?:" + "|".join(_NAME_PARTICLES) + "){1,3}")


def _split_tail(word: str, min_stem: int = 2) -> str:
    """The word without the particles after it, reading the particle by the sound it attaches to:
    이/은/을/과 follow a final consonant, 가/는/를/와 a vowel, so 삼성페이 keeps its 이."""
    for k in range(min_stem, len(word) + 1):
        stem, tail = word[:k], word[k:]
        if not tail:
            return word
        if not _NAME_TAIL_RE.fullmatch(tail):
            continue
        first = next((t for t in _NAME_PARTICLES if tail.startswith(t)), "")
        last = stem[-1]
        if first in _AFTER_CONSONANT and not _batchim(last):
            continue
        if first in _AFTER_VOWEL and _batchim(last) and not (first == "로" and (ord(last) - 0xAC00) % 28 == 8):
            continue
        return stem
    return word


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


@lru_cache(maxsize=1)
def _known_names() -> Glossary:
    """Well-known organisations and people without a cue word (data/names_extra.json)."""
    data = json.loads((DATA / "names_extra.json").read_text(encoding="utf-8"))
    g = Glossary()
    g.entries = [{"ko": e["ko"], "en": e["en"], "kind": kind, "aliases": list(e.get("aliases", ()))}
                 for key, kind in (("organizations", "organization"), ("people", "person")) for e in data[key]]
    g._rebuild()
    return g


_WORD_START = _compile(f"(?<![{HANGUL}A-Za-z0-9])[{HANGUL}A-Za-z]")
_starts_cache: list = [None, []]


def _word_starts(text: str) -> list[int]:
    """Where words start in text (cached for the last text: three scanners read the same one)."""
    if _starts_cache[0] is not text:
        _starts_cache[0] = text
        _starts_cache[1] = [m.start() for m in _WORD_START.finditer(text)]
    return _starts_cache[1]


_pairs_cache: list = [None, []]


def _word_pairs(text: str) -> list[tuple[int, str]]:
    """(start, first two characters) of each word of text, for the form scanners (cached for the last
    text)."""
    if _pairs_cache[0] is not text:
        _pairs_cache[0] = text
        _pairs_cache[1] = [(i, text[i:i + 2]) for i in _word_starts(text)]
    return _pairs_cache[1]


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
        # the lengths of the forms that start with each pair of characters, longest first
        by_start: dict[str, set[int]] = {}
        for f in self.forms:
            by_start.setdefault(f[:2], set()).add(len(f))
        self.by_start = {k: sorted(v, reverse=True) for k, v in by_start.items()}

    def finditer(self, text: str):
        by_start = self.by_start
        pairs = _word_pairs(text)
        if self.ko_prefixes:
            ko = self.ko_prefixes
            for i, two in pairs:
                if two in by_start or two[0] in by_start:
                    yield from self._at(text, i)
                if two[0] in ko:
                    yield from self._at(text, i + 1)
        else:  # most words start no form: pick the others out in one comprehension
            for i in [i for i, two in pairs if two in by_start or two[0] in by_start]:
                yield from self._at(text, i)

    def _at(self, text: str, i: int):
        lengths = self.by_start.get(text[i:i + 2], ())
        if len(text) > i and text[i] in self.by_start:  # one-character forms
            lengths = (*lengths, 1)
        forms = self.forms
        for n in lengths:
            form = text[i:i + n]
            if len(form) == n and form in forms:
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
    for item in extra["cities"] + extra["regions"] + extra.get("subdivisions", []) + extra.get("districts", []):
        for form in (item["en"], *item.get("en_aliases", ())):
            put(form, item["en"], item["ko"])
        for form in (item["ko"], *item.get("ko_aliases", ())):
            put(form, item["en"], item["ko"])
    for item in extra.get("cued", ()):  # romanised county names need no cue (Uiseong, Buyeo)
        put(item["en"], item["en"], item["ko"])
    # CLDR's exemplar cities of time zones, in both languages (Seoul/서울 … Nairobi/나이로비)
    ko_tz, en_tz = Locale("ko")._data["time_zones"], Locale("en")._data["time_zones"]
    for tz, names in ko_tz.items():
        if "city" not in names or tz.startswith(("Antarctica/", "Etc/")):
            continue
        en = en_tz.get(tz, {}).get("city") or tz.rsplit("/", 1)[-1].replace("_", " ")
        ko = names["city"]
        if "," in en or "," in ko:
            continue
        put(en.replace("’", "'"), en, ko)
        put(ko, en, ko)
    # the scanner also knows the places that need a cue (read by _ko_cued_place_candidates)
    cued_forms = [item["ko"] for item in extra.get("cued", ()) if item["ko"] not in table]
    return table, _FormScanner([*table, *cued_forms], ko_prefixes="대주")


@lru_cache(maxsize=1)
def _cued_places() -> tuple[dict[str, tuple[str, str, tuple]], frozenset]:
    """Korean place names matched only with a cue (counties, cities that are also everyday words):
    Hangul form -> (English value, kind, provinces); and the country names (시 or 항 after a country
    name is not a city or a port: 미국시장 is the US market)."""
    from babel import Locale

    extra = json.loads((DATA / "places_extra.json").read_text(encoding="utf-8"))
    cued = {item["ko"]: (item["en"], item["kind"], tuple(item.get("province", ()))) for item in extra.get("cued", ())}
    countries = frozenset(re.sub(r"\s*\(.*?\)", "", n) for n in Locale("ko").territories.values()) | {"한국", "북한", "미국", "영국"}
    return cued, countries


@lru_cache(maxsize=1)
def _korean_local_forms() -> frozenset:
    """The Hangul forms of Korean provinces, cities and counties (a list of them may go on with a
    county: 안동과 청송, 영양, 영덕)."""
    extra = json.loads((DATA / "places_extra.json").read_text(encoding="utf-8"))
    forms = {"서울", "부산", "인천", "대구", "세종", "울산", *extra_ko(extra.get("cued", ()))}
    inside = False
    for item in extra["subdivisions"]:
        inside = inside or item["en"] == "Seoul"
        if inside:
            forms |= set(extra_ko([item]))
        if item["en"] == "DMZ":
            break
    return frozenset(forms)


def extra_ko(items) -> list[str]:
    return [f for item in items for f in (item["ko"], *item.get("ko_aliases", ()))]


_KO_PROVINCE_WORDS = {
    "경기": "경기", "경기도": "경기", "강원": "강원", "강원도": "강원", "강원특별자치도": "강원", "충북": "충북",
    "충청북도": "충북", "충남": "충남", "충청남도": "충남", "전북": "전북", "전라북도": "전북", "전북특별자치도": "전북",
    "전남": "전남", "전라남도": "전남", "경북": "경북", "경상북도": "경북", "경남": "경남", "경상남도": "경남",
    "인천": "인천", "부산": "부산", "울산": "울산", "대구": "대구",
}
# county names that are also words common after a province's name: not read when another word
# follows after a space (경북 고령 인구 "the elderly population", 충남 예산 편성 "South Chungcheong's
# budget"); 충남 예산에서, 예산군 are still the county.
_KO_CUED_WORDLIKE = {"고령", "예산"}
_KO_HANGUL_WORD = _compile(f"(?<![{HANGUL}A-Za-z0-9])[{HANGUL}]+")
_KO_LIST_SEP = _compile(r"(?:(?<=[가-힣])(?:과|와))?\s?(?:[,·]|\s및)?\s?$")


def _ko_cued_place_candidates(text: str, found: list, cued_hits: list) -> list:
    """Places written with a cue: 신안군, 구미시, 서울시, 부산항 (군, 시 or 항 after a place name);
    a county or city that is also a word after its province (경북 의성, 충남 예산) or after another
    place in a list (안동과 청송, 영양, 영덕)."""
    table = _places()[0]
    cued, countries = _cued_places()
    local = _korean_local_forms()
    ends = {c[2] for c in found if c[0] == "place" and text[c[1]:c[2]] in local}
    out = []
    hits = [(m.start(), m.end()) for m in _in_runs(_KO_SUFFIX_PLACE_RE, text, alnum_before=False)
            if m.group()[:-1] in cued or m.group()[:-1] in table]  # not 실시, 제시, 조항 …
    hits = sorted(hits + cued_hits)
    for s, e in hits:
        word = text[s:_hangul_run_end(text, s)]
        stem = _split_tail(word, 2)
        if stem != text[s:e]:
            continue
        value = None
        if stem in cued:
            if stem in _KO_CUED_WORDLIKE and stem == word and re.match(r" [가-힣]", text[e:e + 2]):
                continue
            before = text[max(0, s - 12):s]
            prev = re.search(r"([가-힣]+) $", before)
            if prev and _KO_PROVINCE_WORDS.get(prev.group(1)) in cued[stem][2]:
                value = cued[stem][0]
            else:
                sep = _KO_LIST_SEP.search(before)
                if sep and sep.group().strip() and max(0, s - 12) + sep.start() in ends:
                    value = cued[stem][0]
        elif len(stem) >= 3 and stem[:-1] not in countries:
            base = stem[:-1]
            if stem[-1] == "군" and cued.get(base, ("", "", ()))[1] == "county":
                value = cued[base][0]
            elif stem[-1] == "시" and (cued.get(base, ("", "", ()))[1] == "city" or base in table and stem not in table):
                value = cued[base][0] if base in cued else table[base][0]
            elif stem[-1] == "항" and base in table and _HANGUL_RE.match(base[-1]):
                value = table[base][0]  # the port of Busan matches "Busan port" (Busan) in English
        if value:
            out.append(_cand("place", s, e, text, value, value, prio=1))
            ends.add(e)
    return out


_KO_FIRM_BEFORE = _compile(
    r"(?:업체|기업|제조사|협력사|보험사|증권사|운용사|건설사|시행사|항공사|스타트업|벤처|개발사|출판사|제작사|배급사|"
    r"게임사|유통사|음반사|농업회사법인|회사법인|영농조합법인|사회적기업|브랜드|운영사|플랫폼|레이블|기획사|소속사|"
    r"(?<![가-힣])그룹|보이그룹|걸그룹|밴드|투자사|벤처캐피털|운용사|핀테크|앱|극단|선사|제약사|바이오기업|포털|금융조합|"
    r"해운사|항공사|저비용항공사|통신사|여행사|유통업체|편의점|게임단|구단|체인|거래소|양조장|도매업체|사이트|회사|대행사|"
    r"계열사|지주사|조사기관|분석기관)"  # ending a word
    r" ([가-힣]{2,10}(?: (?:인터랙티브|스튜디오|스튜디오스|게임즈|엔터테인먼트|퍼블리싱|북스|테라퓨틱스|랩스|파트너스|[가-힣]{2,3}(?=의 )))?)"
    r"(?=(?:은|는|이|가|을|를|과|와|의|도)(?![가-힣])|\()"
)
_KO_PALACE = _compile(r"(?<![가-힣])([가-힣]{2,4}궁)(?=(?:은|는|이|가|을|를|과|와|의|에|에서|에는|도|로|으로)?(?![가-힣]))")
# the next company of a list after one read so: 플랫폼 알리익스프레스와 테무의
_KO_FIRM_AND = _compile(r"(?:와|과) ([가-힣]{2,10})(?=(?:은|는|이|가|을|를|의|도)(?![가-힣]))")
_KO_FIRM_NOT = {"관계자", "대표", "직원", "가운데", "상당수", "대부분", "절반", "사장", "임원", "노조", "근로자", "종사자", "최고경영자",
                "경영진", "사이", "사이에", "입장", "모두", "전체", "자체", "스스로", "다수", "일부", "간", "수", "측", "들", "중",
                "매출", "실적", "주가", "비중", "점유율", "수익", "투자", "제품", "공장", "상품", "고객", "계약", "협상", "주주",
                "경쟁", "규모", "인수", "합병", "지분", "부채", "이익", "손실", "전략", "기술", "사업", "본사", "지사", "설립",
                "컨소시엄", "연합", "연합체", "협의체", "단체", "협의회", "참여", "진출", "유치", "지원", "생산", "수출", "수입",
                "기업", "업체", "업계", "사업자", "회사", "서비스", "시장", "이용자", "사용자", "입점", "수수료", "멤버", "팬",
                "앨범", "신곡", "공연", "활동", "소속", "데뷔", "멤버들", "팬들", "이용", "규제", "운영", "매출액",
                "매장", "로고", "가치", "이미지", "인지도", "제품군", "라인", "모델", "출시", "론칭", "협업", "광고", "마케팅"}
_KO_LOCAL_SUFFIX = _compile(r"(?<![가-힣])([가-힣]{1,5}(?:구|군|동|읍|면|지구|신도시|산업단지|국가산단|산단))(?=(?:은|는|이|가|을|를|과|와|의|에|에서|에는|도|로|으로)?(?![가-힣]))")
_KO_LOCAL_NOT = {"연구", "친구", "요구", "도구", "가구", "인구", "출구", "입구", "항구", "추구", "전구", "지구", "운동", "활동",
                 "이동", "공동", "행동", "노동", "자동", "가동", "변동", "연동", "작동", "출동", "충동", "기동", "감동", "파동",
                 "측면", "전면", "반면", "이면", "국면", "대면", "표면", "화면", "지면", "장면", "방면", "단면", "정면", "서면",
                 "국군", "아군", "적군", "미군", "대군", "장군", "해군", "공군", "육군", "중동", "극동", "근동", "세계", "일대",
                 "연구진", "개구", "창구", "탐구", "소구", "수구", "체육", "신도시", "산업단지", "산단", "국가산단", "주변지구",
                 "개발지구", "특구", "지역구", "선거구", "재개발구", "상업지구", "주거지구", "역세권"}
_KO_FACILITY = _compile(r"(?<![가-힣])([가-힣]{2,6}(?:국제공항|공항|우주센터))(?=(?:은|는|이|가|을|를|과|와|의|에|에서|에는|도|로|으로)?(?![가-힣]))")


_KO_LANDMARK = _compile(r"(?<![가-힣])([가-힣]{1,5}(?:산|항|댐|사|섬))(?=(?:은|는|이|가|을|를|과|와|의|에|에서|에는|도|로|으로)?(?![가-힣]))")
_KO_LANDMARK_NOT = {"생산", "재산", "자산", "예산", "확산", "청산", "파산", "양산", "증산", "감산", "합산", "환산", "계산", "출산",
                    "유산", "공산", "부동산", "수산", "축산", "농산", "임산", "특산", "원산", "가산", "정산", "결산", "무산",
                    "회사", "기사", "검사", "조사", "감사", "판사", "변호사", "의사", "교사", "간호사", "목사", "기자사", "본사",
                    "지사", "자회사", "계열사", "상사", "대사", "정기인사", "간부인사", "역사", "행사", "여행사", "건설사", "제조사", "출판사",
                    "개발사", "통신사", "항공사", "보험사", "증권사", "운용사", "협력사", "경쟁사", "신문사", "방송사", "영화사",
                    "게임사", "배급사", "제작사", "시행사", "시공사", "전문사", "업사", "학사", "박사", "강사", "선사",
                    "해운사", "정유사", "카드사", "은행사", "지주사", "모회사", "선박사", "대리점사", "운영사", "이사", "감사",
                    "출항", "입항", "귀항", "결항", "취항", "운항", "항공항", "사항", "조항", "항항", "저항", "대항", "반항",
                    "무인도", "본섬", "작은섬", "외딴섬", "무인섬", "인공섬", "산", "섬", "항", "사", "댐", "일대", "소형댐",
                    "대형댐", "다목적댐", "사방댐", "보조댐", "신사", "사무사", "주사", "남산", "광산", "탄광산", "하산", "등산",
                    "입산", "야산", "뒷산", "앞산", "화산", "빙산", "고산", "명산", "산사", "사찰사", "전사", "병사", "장사",
                    "선수사", "기업사", "업체사", "현사", "도사", "공사", "관사", "청사", "조선사", "자동차사", "약사", "제약사",
                    "발사", "수사", "복사", "묘사", "답사", "심사", "투사", "연구사", "지원사", "기획사", "매니지먼트사"}


def _ko_local_candidates(text: str, found: list) -> list:
    """Places below the city and facilities; companies after a word for what they do.

    - 경기 before a city or county of its own (경기 화성시, 경기 수원시);
    - a district, town or zone (…구, …군, …동, …읍, …면, …지구, …산업단지) right after a Korean
      city or province or after another district (부산 해운대구, 대구 수성구 범어동, 광주 서구 상무지구);
    - airports and space centres named after a place or with a name (김포공항, 인천공항, 무안국제공항,
      나로우주센터);
    - a company named right after a word for its business (부품업체 삼우정밀은, 재활용 업체 그린사이클은,
      물류기업 한결로지스는), followed by a particle."""
    table = _places()[0]
    cued, countries = _cued_places()
    local = _korean_local_forms() | set(_KO_PROVINCE_WORDS) | {"광주", "대전", "제주", "서울"}
    out = []
    place_ends = {c[2]: c for c in found if c[0] == "place"}
    starts = {c[1] for c in found}
    # 경기 before its city
    for m in re.finditer(r"(?<![가-힣])경기 ([가-힣]{2,5})", text):
        w = _split_tail(m.group(1), 2)
        base = w[:-1] if w[-1] in "시군" else w
        if (w[-1] in "시군" and (base in cued or base in table)) or ("경기" in cued.get(w, ("", "", ()))[2]):
            out.append(_cand("place", m.start(), m.start() + 2, text, "Gyeonggi", "경기", prio=1))
            place_ends[m.start() + 2] = out[-1]
    # districts after a place (in order, so 대구 수성구 범어동 chains)
    for m in _in_runs(_KO_LOCAL_SUFFIX, text):
        w = m.group(1)
        if w in _KO_LOCAL_NOT or any(w.endswith(x) for x in ("연구", "친구", "요구", "운동", "활동", "노동", "이동")):
            continue
        s = m.start(1)
        if s < 2 or text[s - 1] != " ":
            continue
        prev = place_ends.get(s - 1)
        prev_word = re.search(r"([가-힣]+) $", text[max(0, s - 10):s])
        ok = False
        if prev is not None:
            pw = text[prev[1]:prev[2]]
            ok = pw in local or pw[-1:] in "시군구" or pw.endswith("지구")
            if w[-1] in "동읍면" or w.endswith("지구"):
                ok = ok and (pw[-1:] in "시군구" or pw in local)
            if pw in countries:
                ok = False
        elif prev_word and prev_word.group(1) in local:
            ok = True
        if not ok:
            continue
        if len(w) == 2 and w[-1] == "구" and w[0] not in "동서남북중":
            continue
        if len(w) == 2 and w[-1] != "구":
            continue
        out.append(_cand("place", s, m.end(1), text, w, w, prio=1))
        place_ends[m.end(1)] = out[-1]
    # landmarks right after the place they are in: 울주군 온양읍 대운산, 속초시 동명항, 영주시 부석사,
    # 서귀포 문섬; and dams by their name (섬진강댐)
    for m in _in_runs(_KO_LANDMARK, text):
        w = m.group(1)
        s = m.start(1)
        if w in _KO_LANDMARK_NOT or w.endswith(("부동산", "국산", "외국산", "수입산")):
            continue
        stem = w[:-1]
        if (stem in table or stem in cued or stem in local) and not w.endswith("댐"):
            continue  # 제주산, 부산항 are for the place rules
        prev = place_ends.get(s - 1)
        prev_word = re.search(r"([가-힣]+) $", text[max(0, s - 10):s])
        if prev is not None and text[prev[1]:prev[2]] in countries or w.endswith(("공항", "항만")):
            continue  # a landmark is named after a Korean town or county, not a country (미국 국제공항)
        after_place = prev is not None or (prev_word is not None and (prev_word.group(1) in local
                                                                         or prev_word.group(1)[-1] in "시군구읍면"
                                                                         and len(prev_word.group(1)) >= 3))
        if w[-1] == "사" and not (prev_word is not None and prev_word.group(1)[-1] in "시군읍면"
                                  and len(prev_word.group(1)) >= 3 and not any(w.endswith(x) for x in _KO_LANDMARK_NOT if len(x) >= 2 and x != w)):
            continue  # 사 is as often a company (제약사) or an office (청사): a temple only after its town
        if (w.endswith("댐") and not any(w.endswith(x) for x in _KO_LANDMARK_NOT if len(x) >= 2 and x != w)) or after_place and (w[-1] != "섬" or len(stem) >= 1) and (len(stem) >= 2 or w[-1] == "섬"):
            out.append(_cand("place", s, m.end(1), text, w, w, prio=1))
    # a foreign city with 시 right after its prefecture or state: 니가타현 나가오카시, 텍사스주 오스틴시
    for m in re.finditer(r"(?<![가-힣])([가-힣]{1,6}(?:현|주|성)) ([가-힣]{2,6}시)(?=(?:은|는|이|가|을|를|과|와|의|에|에서|에는|도|로|으로)?(?![가-힣])| )", text):
        if m.start(1) in starts or m.start(1) in {c[1] for c in out if c[0] == "place"} or m.group(1) in table:
            w = m.group(2)
            if w not in _KO_NOT_SUBDIVISION and not w.endswith(("당시", "동시", "역시", "즉시", "수시", "상시", "임시", "정시")):
                out.append(_cand("place", m.start(2), m.end(2), text, w, w, prio=1))
    for m in _in_runs(_KO_FACILITY, text):
        w = m.group(1)
        base = re.sub(r"(?:국제공항|공항|우주센터)$", "", w)
        if w.endswith("우주센터") or base in table or base in cued:
            if base in countries:
                continue
            out.append(_cand("place", m.start(1), m.end(1), text, w, w, prio=2))
    # palaces: 경복궁, 덕수궁, 버킹엄궁 (a stem of two syllables or more: not 자궁, 미궁)
    if "궁" in text:
        for m in _KO_PALACE.finditer(text):
            if m.group(1)[:-1] not in table and m.group(1)[:-1] not in local:
                out.append(_cand("place", m.start(1), m.end(1), text, m.group(1), prio=1))
    for m in _KO_FIRM_BEFORE.finditer(text):
        first = m.group(1)
        if " " in first and first.split(" ")[0][-1] in "은는이가을를의와과도":
            first = first.split(" ")[0][:-1]  # "이노션은 미국의": the name and its particle, then another word
        for w, start in ((first, m.start(1)), *(((a.group(1), a.start(1)),) if (a := _KO_FIRM_AND.match(text, m.start(1) + len(first))) else ())):
            # (우아한형제들 is a name; 업체 직원들 is not)
            if w in _KO_FIRM_NOT or w in table or w in cued or _is_title_word(w) or w.endswith(("자", "측", "사들")) \
                    or w.endswith("들") and len(w) < 5:
                break
            if re.search(r"(?:하는|했던|하던|인|한|된|될|할|적|상|중|간|별|내|외)$", w):
                break
            out.append(_cand("organization", start, start + len(w), text, w, prio=1, cue="a word for its business before it"))
    return out


_NAME_PARTICLES_ALT = "(?:" + "|".join(_NAME_PARTICLES) + ")"
_KO_SUFFIX_PLACE_RE = _compile(rf"(?<![가-힣A-Za-z0-9])[가-힣]{{2,8}}[군시항](?={_NAME_PARTICLES_ALT}{{0,3}}(?![가-힣]))")


# --- organisations ---------------------------------------------------------------------------------

_EN_ORG_CUES = set(
    """Ministry Agency Bank Corporation Corp. Co. Inc. Ltd. Group Fund Association Council University
    Eximbank Commission Institute Authority Department Organization Organisation Service Federation
    Chamber Company Holdings Electronics Industries Administration Bureau Exchange Union Motor Motors
    Steel Chemical Assembly Party Foundation Forum Office Board Center Centre Committee Power Airlines Airways
    Aerospace Biologics Pharmaceuticals Pharma Semiconductor Manufacturing Technologies Systems Solutions
    Solution Securities Insurance Telecom Logistics Entertainment Mobility Petroleum Shipbuilding Energy
    Enterprises Capital Partners Investments Ventures Platforms Networks Communications Financial Railways
    Parliament Congress Court Academy Hospital Co Corp Inc Ltd LLC PLC plc AG GmbH Reserve Agency Cooperation
    League Lines International Construction Recycling Re Transport Museum Gallery Gameworks Interactive
    Studio Studios Editions Books Publishing Publishers Water Institution Club Therapeutics Biotech Labs
    Society Trust Directorate Seafood Games Police Command Rail Railway Railroad Confederation Materials
    Resources Mining Metals Minerals Research Navy Army College Church Healthcare Biopharma Initiative
    Observatory Management Lab Enterprise Enterprises""".split()
)
# "Olympic Games", "Asian Games" are events, not organisations
_EN_EVENT_GAMES = {"Olympic", "Paralympic", "Asian", "Commonwealth", "Winter", "Summer", "Youth", "Pan", "American",
                   "Invictus", "Mediterranean", "Island", "World", "Special", "Olympics", "Hunger", "Video"}
# A business group's name opens a company's name: Hanwha Ocean, Kakao Mobility, Doosan Enerbility.
_EN_GROUP_PREFIXES = {
    "Samsung", "Hyundai", "SK", "LG", "Lotte", "Hanwha", "Doosan", "Posco", "POSCO", "GS", "CJ", "Kakao", "Naver",
    "HD", "Kia", "Celltrion", "Coupang", "Krafton", "Nexon", "KT", "LS", "Hyosung", "Kolon", "Shinsegae", "HMM",
    "Hanmi", "EcoPro", "Toyota", "Honda", "Nissan", "Mitsubishi", "Sony", "Tesla", "Alibaba", "Tencent", "Huawei",
    "Xiaomi", "BYD", "Volkswagen", "BMW", "Ford", "Boeing", "Airbus", "Microsoft", "Google", "Amazon", "Nvidia",
    "Intel", "OpenAI", "SoftBank", "Hitachi", "Panasonic", "Lenovo", "Foxconn", "Hanjin", "Korea Zinc",
}
# All-capital words that are not organisations: economic terms, units, currencies, places.
_EN_ACRONYM_STOP = set("""
AI AGI API AR VR XR IT ICT IOT GDP GNP GNI CPI PPI PCE PMI LNG LPG CNG EV EVS HEV PHEV BEV ESS SMR SMRS NPP HBM DRAM
NAND SSD LCD OLED LED GPU GPUS CPU CPUS NPU AP PC PCS TV TVS SUV SUVS CEO CEOS CFO COO CTO CIO IPO IPOS ETF ETFS REIT
REITS R&D M&A FDI ODA SME SMES VAT FTA FTAS MOU MOUS MOA ESG CO GHG NOX AM PM ID QR USB DNA RNA MRNA AIDS HIV COVID
SARS MERS US USA UK EU UAE KRW USD EUR JPY CNY GBP RMB OK FAQ PDF PR HR IR QA KPI ROE ROA EPS PER PBR EBITDA YOY QOQ
MOM GW MW KW GWH MWH TWH KWH TEU DWT CBM LTV DSR DTI KOSPI KOSDAQ DMZ KTX SRT GTX TBD CCTV SNS URL NFT CBDC BTC
ETH ICBM SLBM THAAD WMD NGO NGOS CES MWC IFA SOC EDA AIDC HVAC MRO OEM ODM EMS SDV ADAS LFP NCM NCA ESS BESS
ABC LA NY DC UN BC AD VIP TOP USS HMS FY Q1 Q2 Q3 Q4 H1 H2 PM2 PCR GMO IQ SAT CSR B2B B2C P2P DIY AS EX AX DX GX
HTML JSON CSV XML TXT MD URL HTTP HTTPS UTF RSS SQL DOCX EPUB PNG JPG JPEG GIF SVG ZIP OS IOS APP
ADC CDMO CMO CRO CDO API MAB ADHD CAR-T PD-1 MRI CT ICU ER GP LLM LLMS GPT AGV UAV UAM EUV DUV HPC MVP DMA
DSA GDPR IRA NEET CSAT SAT GRE ACT IELTS TOEFL TOEIC
""".split())
_EN_ACRONYM = _compile(r"(?<![A-Za-z0-9&\-])(?:[A-Z][A-Z0-9&]{1,5})(?![A-Za-z0-9&]|-\d)")
_EN_STOP = set(
    """The A An In On At For By But And With From To Of As If It Its Their His Her Our This That These
    Those Last Next Meanwhile However According Also Earlier Later Under While When After Before Since
    Both Each Many Some Several Under Over Korean Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday January February March April May June July August September October November December
    Mr. Ms. Mrs. Dr. Developer Startup Insurer Lender Retailer Carrier Automaker Chipmaker Shipbuilder
    Steelmaker Operator Airline Budget Rival""".split()
)
_EN_CONNECT = {"of", "for", "on", "and", "&"}
_EN_WORD = r"(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\.?|&)"

_EN_TITLE = (
    r"(?:(?:Prime|Vice|Deputy|First|Foreign|Finance|Trade|Industry|Economy|Energy|Defense|Defence|"
    r"Commerce|Investment|Economic|Former|former|Acting|acting)\s+)*"
    r"(?:Minister|President|Governor|CEO|Chief Executive|Chairman|Chairwoman|Chair|[Ss]pokesperson|"
    r"[Ss]pokesman|[Ss]pokeswoman|Ambassador|Director|Secretary|Senator|Professor|Prof\.|Commissioner|"
    r"Mayor|Premier|Chancellor|Dr\.|Mr\.|Ms\.|Mrs\.|Vice Chairman|Lawmaker|lawmaker|Rep\.|"
    r"chief executive|Chief executive|founder|co-founder|counterpart|chairman|chairwoman|president|governor|minister|"
    r"Pope|King|Queen|Crown Prince|Prince|Sheikh|Emperor|Speaker|Chief Justice|"
    r"Detective Chief Inspector|Detective Inspector|Detective Sergeant|Detective Superintendent|Detective|"
    r"Chief Inspector|Inspector|Superintendent|Sergeant|Sgt\.|Constable|Captain|Capt\.|Colonel|Col\.|"
    r"Lieutenant|Lt\.|Gen\.|Admiral|Adm\.|Commander|Corporal|Judge|Prosecutor|Bishop|Cardinal|Rev\.|"
    r"Pastor|Rabbi|Imam|Coach|Sen\.|Gov\.)"
)
_EN_RANK_WORDS = set(
    """Detective Chief Inspector Superintendent Sergeant Sgt. Constable Captain Capt. Colonel Col. Lieutenant
    Lt. Gen. Admiral Adm. Commander Corporal Judge Prosecutor Bishop Cardinal Rev. Pastor Rabbi Imam Coach
    Sen. Gov. Dr. Mr. Ms. Mrs. Prof.""".split()
)
_EN_TITLE_WORDS = set(
    """Minister President Governor CEO Chairman Chairwoman Chair Spokesperson Ambassador Director
    Secretary Senator Professor Commissioner Mayor Premier Chancellor Prime Vice Deputy""".split()
)
_EN_NAME_TOKEN = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
# the small words inside a name: Dolf van den Brink, Ursula von der Leyen, Luiz Inacio Lula da Silva
_EN_NAME_PARTICLE = r"(?:van|von|de|der|den|du|da|di|dos|das|del|della|la|le|bin|al|ter|ten)"
_EN_PERSON_RE = _compile(
    rf"(?<![A-Za-z])(?P<title>{_EN_TITLE})\s+(?P<name>{_EN_NAME_TOKEN}(?:\s+(?:{_EN_NAME_PARTICLE}\s+){{0,2}}{_EN_NAME_TOKEN}){{0,2}})"
    r"(?:(?=['’]s(?![A-Za-z]))|(?![A-Za-z'’]))"
)
# "Lee Jae-myung, the Democratic Party leader, …"
_EN_APPOSITIVE_RE = _compile(
    rf"(?<![A-Za-z])(?P<name>{_EN_NAME_TOKEN}(?:\s+{_EN_NAME_TOKEN}){{1,2}}),\s(?:the|a|an|its|his|her|their)\s"
    r"[^,.;]{0,40}?(?<![A-Za-z])(?:leader|chief executive|president|minister|chairman|chairwoman|founder|co-founder|head|"
    r"governor|spokesperson|spokesman|spokeswoman|CEO|ambassador|director|secretary|premier|chancellor|economist|"
    r"analyst|professor|researcher|fellow)(?![A-Za-z])"
)
_EN_MINISTER_OF_RE = _compile(
    rf"(?<![A-Za-z])(?P<title>Minister of [A-Z][a-z]+(?:(?:, | and | )[A-Z][a-z]+)*?)\s+"
    rf"(?P<name>{_EN_NAME_TOKEN}\s+{_EN_NAME_TOKEN})(?![A-Za-z'’])(?!\s+[A-Z])"
)

_KO_MULTI_CUES = ("위원회", "통계국", "은행", "공사", "공단", "협회", "그룹", "전자", "중공업", "재단", "기금", "연합회",
                  "상공회의소", "거래소", "증권", "연구원", "진흥원", "개발원", "감독원", "관리원", "평가원",
                  "기술원", "감사원", "법원", "연구소", "대학교", "공업", "화학", "물산", "제철", "상사",
                  "하이닉스", "건설", "홀딩스", "지법", "고법", "지검", "고검", "엔터테인먼트",
                  "생명", "정밀", "푸드", "노조", "중앙회", "로지스", "로지스틱스", "항공",
                  "박물관", "미술관", "과학원", "문고", "모금회", "출판사",
                  "노동조합", "경찰서", "대사관", "영사관", "벤처스", "파트너스", "인베스트먼트", "기구", "연맹", "의회",
                  "병원", "제약", "코리아", "농협", "국악원", "의료원")
_KO_SINGLE_CUES = ("부", "청", "처")
_KO_ORG_STOP = {
    "유전자", "양전자", "광전자",
    "중앙은행", "시중은행", "지방은행", "국책은행", "외국은행", "상업은행", "투자은행", "인터넷은행", "은행",
    "건설공사", "보수공사", "토목공사", "확장공사", "공사", "지도부", "수뇌부", "집행부", "상층부", "하층부",
    "중심부", "내륙부", "사령부", "편집부", "신청", "요청", "초청", "경청", "시청", "도청", "방청", "재신청",
    "대처", "출처", "거래처", "공급처", "수요처", "판매처", "납품처", "수출처", "사용처", "연락처", "투자처",
    "조달처", "구매처", "연구원", "위원회", "협회", "그룹", "재단", "기금", "건설", "화학", "증권", "상사",
    "해외건설", "주택건설", "인프라건설", "석유화학", "정밀화학", "전자", "공업", "중공업", "법원",
    # a court's bench and the committees every event or body has are not named bodies
    "재판부", "조직위원회", "운영위원회", "심사위원회", "선정위원회", "준비위원회", "추진위원회", "자문위원회",
    "평가위원회", "징계위원회", "윤리위원회", "인사위원회", "집행위원회", "실무위원회", "소위원회", "엔터테인먼트",
    # the company and union endings of the fourth version, and the everyday words ending like them
    "생명", "정밀", "초정밀", "고정밀", "푸드", "슬로푸드", "패스트푸드", "정크푸드", "로컬푸드", "비건푸드", "노조",
    "귀족노조", "강성노조", "산별노조", "기업노조", "중앙회", "로지스", "로지스틱스", "항공", "민간항공", "상업항공",
    "군용항공", "우주항공", "저가항공", "국제항공", "부부", "인명", "생명", "저비용항공", "대형항공",
    # the sixth version's endings used as common nouns
    "노동조합", "경찰서", "대사관", "영사관", "총영사관", "벤처스", "파트너스", "인베스트먼트", "기구", "연맹",
    "열기구", "운동기구", "의료기구", "조리기구", "놀이기구", "국제기구", "산하기구", "전담기구", "협의기구", "자문기구",
    "의회", "지방의회", "광역의회", "기초의회", "시군의회", "각의회",
    "병원", "대학병원", "종합병원", "동물병원", "요양병원", "대형병원", "지역병원", "공공병원", "상급종합병원", "전문병원",
    "협력병원", "거점병원", "수련병원", "민간병원", "국립병원", "시립병원", "도립병원", "군병원", "개인병원", "한방병원",
    "제약", "국내제약", "글로벌제약", "다국적제약", "바이오제약", "코리아", "팀코리아", "농협", "지역농협", "단위농협",
    "저비용항공사", "대형항공사", "국적항공사", "외국항공사", "의료원",
    "남자부", "여자부", "기구", "측정기구", "보조기구", "체육기구", "전문기구", "행정기구", "감시기구", "조정기구", "독립기구",
}
_KO_DIRECTIONS = set("동서남북중")
_KO_CHEO = ("식품의약품안전처", "식약처", "인사혁신처", "인사처", "국가보훈처", "보훈처", "법제처", "경호처",
            "기획예산처", "방위사업청")

# --- people ----------------------------------------------------------------------------------------

_KO_TITLES = sorted(
    """장관 차관 대통령 총리 부총리 총재 부총재 대표 회장 부회장 사장 부사장 기자 대변인 교수 의원 원장
    경제부총리 사회부총리 청장 위원장 이사장 대사 특파원 연구위원 행장 사무총장 국무총리 국장 실장 차관보 본부장 연구원
    최고경영자 창업자 창업주 의장 주석 국왕 총통 당선인 당선자 후보 후보자 작가 감독 선수 변호사 대표이사 국무위원장 부통령
    사무국장 총장 박사 팀장 센터장 소장 연구관 책임연구원 선임연구원 수석연구원 대주교 주교 추기경 총무
    교사 간호사 목사 신부 스님 약사 판사 소방관 경찰관 경위 경감 경정 총경 순경 주무관 사무관 서기관 상무 부장
    차장 회계사 세무사 노무사 애널리스트 디자이너 셰프 코치 지부장 조합장 전문위원 위원""".split(),
    key=len,
    reverse=True,
)
_KO_TITLES_ENDS = tuple(_KO_TITLES)
# a title may be a compound ending in one of these: 국무장관, 국방장관, 재무장관, 외교부장관
_KO_TITLE_HEADS = ("장관", "총리", "대통령", "위원장", "의장", "대사", "총재", "장")
# the heads of a team, a section or a centre, written as one word with its name (관광정책팀장, 기획재정과장)
_KO_UNIT_HEADS = ("팀장", "과장", "센터장", "단장", "실장", "국장", "소장")
_KO_NOT_TITLE_WORDS = {"공사장", "작업장", "현장", "시장", "입장", "공장", "사업장", "주차장", "운동장", "경기장", "전시장",
                       "행사장", "매장", "성장", "확장", "등장", "주장", "연장", "막장", "긴장", "회장단", "시장님", "시장은"}
_KO_TITLE_RE = _compile("(?:" + "|".join(_KO_TITLES) + ")")
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
    "원청", "하청", "구단", "지점", "전무", "상무", "부문", "사업", "조합", "주주", "고객", "현장", "지방", "중앙",
    "일반", "민간", "공공", "시민", "주민", "구청", "시청", "도청", "군청", "조직", "공사", "법인", "노사", "양측",
}


def _ko_title_after(text: str, end: int) -> bool:
    """Whether a title (대표, 교수, 부사장 …), with or without its particle, is the next word after ``end``."""
    m = _KO_NEXT_WORD.match(text, end)
    return m is not None and (m.group(1) in _KO_TITLES or _split_tail(m.group(1), 1) in _KO_TITLES)


_KO_NEXT_WORD = re.compile(r" ([가-힣]+)")


def _ko_name_like(word: str) -> bool:
    if not (2 <= len(word) <= 4) or not all("가" <= c <= "힣" for c in word) or word in _KO_NAME_STOP:
        return False
    if set(word) <= set("한미중일러영독불북남유호"):  # 한중일, 한미: countries in short
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


_EN_COMMON_NOUN_NAMES = {
    "Apple": re.compile(r"\s(?:prices?|growers?|farmers?|orchards?|harvests?|trees?|juice|crops?|farms?|imports|exports|production)(?![A-Za-z])"),
    "Amazon": re.compile(r"\s(?:rainforest|river|basin|region|forest)(?![A-Za-z])", re.I),
}


def _glossary_candidates(text: str, glossary: Glossary, prio: int = 3) -> list:
    out = []
    rx = glossary.regex()
    if rx is None:
        return out
    forms = glossary.forms()
    for start, end, form in rx.finditer(text):
        if _HANGUL_RE.match(form[-1]):
            if not _tail_ok(text[end:_hangul_run_end(text, end)]):
                continue
        if form == "한화" and (re.match(r"\s?(?:약\s?)?\d", text[end:end + 4]) or text[start - 1:start] == "("):
            continue  # 한화 약 1조 원: the Korean currency, not the group
        if form in _EN_COMMON_NOUN_NAMES and _EN_COMMON_NOUN_NAMES[form].match(text, end):
            continue  # "Apple prices", "apple growers": the fruit
        e = forms[form]
        is_ko = form == e["ko"] or bool(_HANGUL_RE.search(form))
        counterpart = e["ko"] if not is_ko else e["en"]
        out.append(_cand(e["kind"], start, end, text, e["en"], counterpart, prio=prio))
    return out


def _place_candidates(text: str, cued_hits: list | None = None) -> list:
    """Places from the tables; the spans of places that need a cue go to cued_hits."""
    table, rx = _places()
    out = []
    for start, end, form in rx.finditer(text):
        if form not in table:
            if cued_hits is not None and not (start and _HANGUL_RE.match(text[start - 1])):
                cued_hits.append((start, end))
            continue
        if _HANGUL_RE.match(form[-1]):
            tail = text[end:_hangul_run_end(text, end)]
            if not _tail_ok(tail) or tail.startswith("인") and form in _cued_places()[1]:
                continue  # 한국인, 미국인: a nationality, not the place
        en, ko = table[form]
        is_ko = bool(_HANGUL_RE.search(form))
        out.append(_cand("place", start, end, text, en, en if is_ko else ko, prio=1))
    return out


_KO_CUE_LAST = set()
_KO_MULTI_BY_LAST: dict[str, list[str]] = {}


# generic names of a kind of body, not a body's name: 장학재단 ("a scholarship foundation"), 국립박물관
_KO_ORG_GENERIC = {"국립박물관", "시립박물관", "도립박물관", "민속박물관", "사립박물관", "국립미술관", "시립미술관", "도립미술관",
                   "현대미술관", "사립미술관", "소형출판사", "대형출판사", "중소출판사", "독립출판사", "해외출판사", "외국출판사",
                   "국내출판사", "모금회", "공동모금회", "지역문고", "작은문고"}
_KO_ORG_GENERIC_STEMS = {"장학", "지역", "문화", "복지", "공익", "민간", "사회복지", "비영리", "교육", "의료", "자선", "가족",
                         "학술", "예술", "체육", "환경", "지역장학", "공공", "해외", "국제", "민간장학", "사립", "공립"}


def _ko_org_like(word: str) -> bool:
    if not _KO_CUE_LAST:
        _KO_CUE_LAST.update(c[-1] for c in (*_KO_MULTI_CUES, *_KO_SINGLE_CUES, *_KO_CHEO))
        for c in _KO_MULTI_CUES:  # the cues by their last syllable, in order
            _KO_MULTI_BY_LAST.setdefault(c[-1], []).append(c)
        _KO_CUE_LAST.add("업")  # 한국…산업
    if word[-1:] not in _KO_CUE_LAST:
        return False
    if word in _KO_ORG_STOP or word in _KO_CHEO:
        return word in _KO_CHEO
    if word in _KO_ORG_GENERIC or (word.endswith("재단") and word[:-2] in _KO_ORG_GENERIC_STEMS):
        return False
    if word.startswith("한국") and (word.endswith("원") and len(word) >= 5 or word.endswith("산업") and len(word) >= 7) \
            and not re.search(r"[억만조천백십]원$", word):
        return True  # 한국부동산원, 한국소비자원, 한국항공우주산업
    for cue in _KO_MULTI_BY_LAST.get(word[-1], ()):
        if word.endswith(cue) and len(word) > len(cue):
            stem = word[: -len(cue)]
            if cue in ("연구원", "의회") and len(stem) < 2:
                return False  # 시의회, 군의회: any council
            if any(word[-n:] in _KO_ORG_STOP for n in range(len(cue) + 1, len(word) + 1)):
                return False
            return len(stem) >= 1
    cue = word[-1]
    if cue not in _KO_SINGLE_CUES:
        return False
    stem = word[:-1]
    if len(stem) < 2 or set(stem) <= _KO_DIRECTIONS:
        return False
    if any(word[-n:] in _KO_ORG_STOP for n in range(1, len(word) + 1)):
        return False
    if cue == "처":  # 거래처, 수요처 …: only the known agencies
        return False
    return not (cue == "부" and len(word) <= 3 and word.endswith(("정부", "여부")))


_KO_WORD_RE = _compile(f"(?<![{HANGUL}A-Za-z0-9])(?:[A-Z][A-Za-z&]*)?[{HANGUL}]+")

_last_words: tuple = (None, [])


def _ko_words(text: str) -> list[tuple[int, str]]:
    """(start, run) of each Korean word of ``text``, read once for the passes that walk them all."""
    global _last_words
    last = _last_words
    if last[0] is not text:
        last = _last_words = (text, [(m.start(), m.group()) for m in _KO_WORD_RE.finditer(text)])
    return last[1]


_WORD_TABLES: list[dict] = []  # every _per_word table, for forget_words()


def forget_words() -> None:
    """Empty what is kept per word form and per text (bench/bench_facts_speed.py measures an article
    whose words the extractor has never read)."""
    for table in _WORD_TABLES:
        table.clear()
    _starts_cache[0] = None
    _pairs_cache[0] = None
    global _last_words, _last_runs
    _last_words = (None, [])
    _last_runs = (None, [])


_KO_RUN = _compile(f"[{HANGUL}]+")
_last_runs: tuple = (None, [])


def _ko_runs(text: str) -> list[tuple[int, str]]:
    """(start, run) of each stretch of Hangul in ``text``, read once per text."""
    global _last_runs
    if _last_runs[0] is not text:
        _last_runs = (text, [(m.start(), m.group()) for m in _KO_RUN.finditer(text)])
    return _last_runs[1]


class _At:
    """A match found in a run of Hangul, read at its place in the text."""

    __slots__ = ("m", "off")

    def __init__(self, m, off: int):
        self.m, self.off = m, off

    def group(self, g=0):
        return self.m.group(g)

    def start(self, g=0):
        return self.m.start(g) + self.off

    def end(self, g=0):
        return self.m.end(g) + self.off


_RUN_TABLES: dict = {}


def _in_runs(rx: re.Pattern, text: str, alnum_before: bool = True):
    """rx.finditer(text) for a pattern that matches only at the start of a run of Hangul (it starts
    with a look-behind for no Hangul) and inside it (its look-ahead ends on no Hangul): the pattern
    is matched once per run form, as the same words come back in every article, and its match on
    the run is its match in the text. ``alnum_before=False``: a pattern whose look-behind also
    refuses a Latin letter or a digit before the run."""
    table = _RUN_TABLES.get(rx)
    if table is None:
        table = _RUN_TABLES[rx] = {}
        _WORD_TABLES.append(table)
    for start, run in _ko_runs(text):
        if not alnum_before and start and (text[start - 1].isascii() and text[start - 1].isalnum()):
            continue
        hit = table.get(run, False)
        if hit is False:
            if len(table) > 100_000:
                table.clear()
            hit = table[run] = rx.match(run)
        if hit is not None:
            yield _At(hit, start)


def _per_word(compute):
    """``compute(run)`` kept per word form: the same words come back in every Korean article."""
    table: dict = {}
    _WORD_TABLES.append(table)

    def get(run):
        hit = table.get(run)
        if hit is None:
            if len(table) > 100_000:
                table.clear()
            hit = table[run] = compute(run)
        return hit
    return get


# Business groups: a company is often the group's name and one more word, written as one
# (SK하이닉스, LG에너지솔루션, 한화오션, 삼성바이오로직스). Weak prefixes are also everyday words
# (현대 'modern', 하나 'one', 우리 'we') and need a business word after them.
_KO_GROUP_LATIN = ("SK", "LG", "LS", "HD", "GS", "CJ", "KT", "HL", "DL", "DB", "KB", "NH", "IBK", "BNK", "HMM", "OCI", "KCC", "BGF", "SPC")
_KO_GROUP_STRONG = ("삼성", "한화", "롯데", "두산", "포스코", "카카오", "네이버", "신세계", "효성", "코오롱", "셀트리온",
                    "아모레", "미래에셋", "한국투자", "에코프로", "한미", "엔씨")
_KO_GROUP_WEAK = ("현대", "하나", "우리", "신한", "대우", "금호", "한진", "농협", "동국", "세아", "영풍", "대한", "한국")
_KO_BUSINESS_END = _compile(
    r"(?:자동차|건설|중공업|제철|철강|모비스|로템|글로비스|백화점|해상|엔지니어링|카드|캐피탈|오일뱅크|위아|상선|"
    r"미포조선|일렉트릭|엘리베이터|금융지주|금융|은행|증권|투자증권|생명|화재|손해보험|석유화학|타이어|제약|바이오|"
    r"전자|통신|물산|상사|해운|조선|조선해양|그룹|홀딩스|항공|에너지|케미칼|화학|반도체|디스플레이)$"
)


_KO_GROUP_FIRST = {p[0] for p in (*_KO_GROUP_LATIN, *_KO_GROUP_STRONG, *_KO_GROUP_WEAK)}


def _ko_group_org(word: str) -> bool:
    if word[:1] not in _KO_GROUP_FIRST:
        return False
    for pre in _KO_GROUP_LATIN:
        if word.startswith(pre) and len(word) >= len(pre) + 2 and all("가" <= ch <= "힣" for ch in word[len(pre):]):
            return True
    for pre in _KO_GROUP_STRONG:
        if word.startswith(pre) and len(word) >= len(pre) + 2 and word[len(pre)] != "동":
            return True
    for pre in _KO_GROUP_WEAK:
        if word.startswith(pre) and len(word) >= len(pre) + 2 and _KO_BUSINESS_END.search(word[len(pre):]):
            return True
    return False


@_per_word
def _ko_group_name(run: str) -> str:
    """The business group's company a Korean word names ("": none): 한화오션이 -> 한화오션."""
    if run[:1] not in _KO_GROUP_FIRST or len(run) < 3:
        return ""
    word = _split_tail(run, 2)
    return word if _ko_group_org(word) and word not in _KO_ORG_STOP else ""


def _ko_group_candidates(text: str) -> list:
    out = []
    for start, run in _ko_words(text):
        word = _ko_group_name(run)
        if word:
            out.append(_cand("organization", start, start + len(word), text, word, prio=1))
    return out


# A state, province or prefecture right after its country: 미국 조지아주, 일본 구마모토현, 미국 뉴욕시.
_KO_SUBDIVISION_AFTER = {"주": ("미국", "호주", "인도", "멕시코", "브라질", "아르헨티나", "캐나다", "독일", "말레이시아",
                                "나이지리아", "오스트레일리아"),
                         "현": ("일본",), "시": ("미국", "중국", "일본", "캐나다", "독일", "인도", "베트남", "인도네시아")}
_KO_NOT_SUBDIVISION = {"대주주", "이번주", "지난주", "다음주", "소액주주", "문제시", "우선시", "당연시", "위험시",
                       "등한시", "적대시", "동일시", "중요시", "불온시"}


def _ko_subdivision_candidates(text: str) -> list:
    table = _places()[0]
    out = []
    for m in re.finditer(r"(?<![가-힣])([가-힣]+)(?= ([가-힣]{3,}))", text):
        country = m.group(1)
        if country not in table:
            continue
        word = _split_tail(m.group(2), 3)
        if len(word) >= 3 and word[-1] in _KO_SUBDIVISION_AFTER and country in _KO_SUBDIVISION_AFTER[word[-1]] \
                and word not in _KO_NOT_SUBDIVISION and not _ko_org_like(word):
            out.append(_cand("place", m.start(2), m.start(2) + len(word), text, word, prio=1))
    return out


_EN_COUNTY = _compile(r"(?<![A-Za-z])((?:[A-Z][a-z]+\s){1,2}County)(?![A-Za-z])")


def _en_place_apposition_candidates(text: str) -> list:
    """A town before its country or state: "Szeged, Hungary", "Cupertino, California"; a county
    by its name: "Sinan County", "Orange County"."""
    table = _places()[0]
    out = []
    for m in (_EN_COUNTY.finditer(text) if "County" in text else ()):
        if not any(w in _EN_STOP or w in _EN_ORG_CUES for w in m.group(1).split()[:-1]):
            out.append(_cand("place", m.start(1), m.end(1), text, m.group(1), prio=1))
    for m in re.finditer(r"(?<![A-Za-z])(?:(?:in|at|near|from|of|to)\s)((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s?){1,3}), ([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)", text):
        town, where = m.group(1).strip(), m.group(2).rstrip(".")
        if where not in table:
            where = where.split(" ")[0]
        if where in table and town not in table and not any(w in _EN_STOP or w in _EN_ORG_CUES for w in town.split()):
            out.append(_cand("place", m.start(1), m.start(1) + len(town), text, town, prio=1))
    return out


_EN_FACILITY = _compile(
    r"(?<![A-Za-z])((?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s){1,3}(?:International\s)?(?:Airport|District|Province|Prefecture|Space Center|"
    r"Bridge|Island|Islands|Station|Country Club|Golf Club|Palace|Stadium|Dam|Harbor|Harbour|Industrial Complex|"
    r"Cathedral|Square|Chapel|Music Hall|Concert Hall|Arena|Theatre|Theater|Village|Yards|Dome|Ballpark|Road|Street|"
    r"Avenue|Boulevard|Beach|Air Base|Space Force Base|Naval Base|National Park|Archaeological Park|Industrial Park|"
    r"Science Park|Theme Park))(?![A-Za-z])"
    # a lake or a mountain named before it, a Korean neighbourhood romanised with its suffix
    r"|(?<![A-Za-z])((?:Lake|Mount|Mt\.)\s[A-Z][a-z]+(?:-[a-z]+)?)(?![A-Za-z])"
    r"|(?<![A-Za-z\-])([A-Z][a-z]+-(?:dong|gu|eup|myeon|ri|gun))(?![A-Za-z])"
)
# a lowercase word naming what a company does, right before its name: "startup Ecoloop", "app
# tracker WiseApp", "lithium producer Arcadium Lithium", "developer Hanyang Construction"
_EN_FACILITY_HINT = _compile(r"Airport|District|Province|Prefecture|Space Center|Bridge|Island|Station|Club|Palace|Stadium|"
                               r"Chapel|Hall|Arena|Theat|Village|Yards|Dome|Ballpark|Road|Street|Avenue|Boulevard|Beach|Base|"
                               r"Park|"
                               r"Dam\b|Harbo|Complex|Cathedral|Square|Lake |Mount |Mt\. |-dong|-gu\b|-eup|-myeon|-ri\b|-gun")
_EN_FIRM_BEFORE = _compile(
    r"(?<![A-Za-z])(?:startup|start-up|developer|insurer|lender|retailer|carrier|automaker|carmaker|chipmaker|"
    r"shipbuilder|steelmaker|tracker|producer|supplier|manufacturer|operator|brokerage|firm|company|platform|"
    r"app|recycler|conglomerate|bank|airline|fintech|provider|maker|studio|publisher|biotech|charity|chain|"
    r"restaurant|label|brand|utility|developer|drugmaker|automaker|startup|nonprofit|non-profit|processor|"
    r"broadcaster|newspaper|network|agency|consultancy|e-commerce\s(?:company|platform|giant)|group|association|regulator|"
    r"watchdog|website|portal|unit|subsidiary|affiliate|landlord|miner|builder|shipper|exporter|importer|cooperative|"
    r"co-op|union|federation|club|team|outlet|daily|magazine|tabloid|[a-z]{3,}maker|site)\s"
    r"((?:[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?:\.(?:ai|com|io|co|net))?)(?:\s[A-Z][A-Za-z0-9]+){0,2})"
    r"(?![A-Za-z0-9\-])"
)
# the same word opening a sentence: "Glassmaker Corning will …", "Retailer Walmart said …"
_EN_OPENING_TRADES = r"Retailer|Lender|Insurer|Carrier|Shipbuilder|Conglomerate|Startup|Brewer|Miner|Broadcaster|Regulator"
_EN_FIRM_BEFORE_OPENING = _compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[A-Z][a-z]{{2,}}maker|{_EN_OPENING_TRADES})\s"
    r"((?:[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?:\s[A-Z][A-Za-z0-9]+){0,2})(?![A-Za-z0-9\-])"
)
# "Inditex, the owner of Zara, …", "Tapestry, the parent of Coach": both are companies; "Uniqlo
# operator Fast Retailing": the brand before the word for the company that runs it
_EN_FIRM_NAME = (r"(?:[A-Z][A-Za-z0-9&]*[a-z][A-Za-z0-9&]*(?:['’][a-z]{2,})?(?:\.(?:ai|com|io))?(?:-[A-Z][A-Za-z0-9]*)?|[A-Z][A-Z0-9]*&[A-Z0-9&]+)"
                  r"(?:\s[A-Z][A-Za-z0-9&]*(?:-[A-Z][A-Za-z0-9]*)?){0,2}")
_EN_OWNER_OF = _compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<a>{_EN_FIRM_NAME}),\s(?:(?:the|a|an)\s)?(?:[a-z\-]+\s){{0,2}}"
    rf"(?:owner|parent|operator|maker|franchisor|publisher|developer)\sof\s(?P<b>{_EN_FIRM_NAME})(?=[\s,.;])"
)
# "Cheil Worldwide, Samsung's advertising arm, …", "Zomato's parent Eternal": a company named by
# its relation to another
_EN_ARM_WORDS = (r"(?:arm|unit|subsidiary|affiliate|parent|owner|operator|division|brand|label|chain|maker|producer|retailer|"
                 r"company|firm|carrier|lender|brewer|manufacturer|supplier|group)")
_EN_FIRM_ARM = _compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<a>{_EN_FIRM_NAME}),\s(?P<b>{_EN_FIRM_NAME})['’]s\s(?:[a-z\-]+\s){{0,2}}"
    rf"{_EN_ARM_WORDS}(?=[\s,.;])"
)
_EN_FIRM_ARM_HINT = _compile(rf"['’]s\s(?:[a-z\-]+\s){{0,2}}{_EN_ARM_WORDS}[\s,.;]")
_EN_POSSESSIVE_PARENT = _compile(
    rf"(?<![A-Za-z0-9.&'’\-])(?P<b>{_EN_FIRM_NAME})['’]s\s(?:parent|owner|operator)\s(?P<a>{_EN_FIRM_NAME})(?![A-Za-z0-9\-])")
_EN_POSSESSIVE_PARENT_HINT = _compile(r"['’]s\s(?:parent|owner|operator)\s[A-Z]")
_EN_BRAND_OPERATOR = _compile(
    rf"(?<![A-Za-z0-9.&'’\-])(?P<b>{_EN_FIRM_NAME})\s(?:owner|operator|parent)\s(?P<a>{_EN_FIRM_NAME})(?![A-Za-z0-9\-])"
)
_EN_OWNER_OF_HINT = _compile(r"(?:owner|parent|operator|maker|franchisor|publisher|developer) of ")
_EN_BRAND_OPERATOR_HINT = _compile(r" (?:owner|operator|parent) [A-Z]")
_EN_SUCH_AS_HINT = _compile(r" (?:such as|including|like) [A-Z]")
_EN_FIRM_OPENING_HINT = _compile(rf"(?:maker|{_EN_OPENING_TRADES}) [A-Z]")
# "outsourcing firms such as Infosys and Wipro": the names after a plural word for companies
_EN_FIRMS_SUCH_AS = _compile(
    r"(?<![A-Za-z])(?:firms|companies|groups|brands|retailers|[a-z]*makers|lenders|banks|insurers|airlines|platforms|"
    r"startups|chains|conglomerates|suppliers|manufacturers|producers|rivals|competitors|carriers|operators|apps|"
    r"automakers|developers|publishers|studios|labels)\s(?:such as|including|like)\s"
)
_EN_FIRM_LIST_ITEM = _compile(rf"({_EN_FIRM_NAME})(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s|(?=[\s,.;:)]|$))")
# "Michelin's first-quarter sales", "Continental's automotive parts unit": what only a company has
_EN_FIRM_HAS = (r"(?:sales|revenue|revenues|operating profit|net profit|net income|profit|profits|shares|stock|unit|"
                r"subsidiary|board|shareholders|market value|market share|stores|plants|factories|headquarters|workforce|"
                r"employees|brands|products|chief executive|CEO)(?![A-Za-z])")
_EN_FIRM_POSSESSIVE = _compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<a>{_EN_FIRM_NAME})['’]s\s(?:[a-z][a-z\-]*\s){{0,2}}{_EN_FIRM_HAS}"
)
# "Schindler shares rose 3.1%", "sales at Anker Innovations rose": what only a company has
_EN_SHARE_MOVES = r"(?:rose|fell|jumped|slid|dropped|gained|climbed|tumbled|surged|soared|sank|plunged|slumped|advanced|closed)"
_EN_FIRM_SHARES = _compile(
    rf"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?P<a>{_EN_FIRM_NAME})\sshares\s{_EN_SHARE_MOVES}|"
    rf"(?:sales|revenue|profit|earnings|orders)\sat\s(?P<b>{_EN_FIRM_NAME}))(?![A-Za-z])")
_EN_FIRM_SHARES_HINT = _compile(rf" shares {_EN_SHARE_MOVES}|(?:sales|revenue|profit|earnings|orders) at [A-Z]")
_EN_FIRM_POSSESSIVE_HINT = _compile(rf"['’]s\s(?:[a-z][a-z\-]*\s){{0,2}}{_EN_FIRM_HAS}")
_EN_OFFICER_TITLES = (r"Chief Executive Officer|Chief Executive|Chief Financial Officer|Chief Operating Officer|"
                      r"Chief Technology Officer|CEO|CFO|COO|Executive Chairman|Chairman|Chairwoman|President|"
                      r"Managing Director|founder|co-founder")
_EN_FIRM_OFFICER_HINT = _compile(_EN_OFFICER_TITLES)
_EN_FIRM_OFFICER = _compile(
    r"(?<![A-Za-z0-9.&'’\-])(?P<org>(?:[A-Z][A-Za-z0-9&\-]*\s){0,2}[A-Z][A-Za-z0-9&\-]*[a-z0-9][A-Za-z0-9&\-]*)"
    rf"(?:['’]s)?\s(?:{_EN_OFFICER_TITLES})\s[A-Z][a-z]+"
)
# words before a title that make it a person's title, not a company's officer
_EN_OFFICER_NOT = {
    "Former", "Acting", "Interim", "Then", "Outgoing", "Incoming", "Late", "Founding", "Honorary", "Executive",
    "Senior", "Chief", "Deputy", "Vice", "Assistant", "Associate", "Co", "Company", "Group", "Its", "Their",
    "French", "Dutch", "Czech", "Swiss", "Greek", "Thai", "Israeli", "Saudi", "Iraqi", "Pakistani", "Bangladeshi",
    "Qatari", "Emirati", "Kuwaiti", "Yemeni", "Omani", "Somali", "Nepali", "Kazakh", "Uzbek", "Filipino",
    "Philippine", "Argentine", "Welsh", "Scots", "Board", "Club", "Team", "Party", "Assembly", "Council",
}


# a company's name opening a sentence before what companies do: "Revolut said", "Blackstone agreed"
_EN_FIRM_SUBJECT = _compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?:\.(?:ai|com|io))?)(?:\s[A-Z][A-Za-z0-9]+){0,2})\s"
    r"(?:(?:now|also|still|already)\s)?"
    r"(?:said|says|agreed|announced|plans|planned|estimated|posted|reported|raised|unveiled|launched|signed|completed|"
    r"acquired|shipped|recalled|delivered|sold|expects|operates|employs|provides|supplies|produces|"
    r"will\s(?:[a-z]+ly\s)?(?:cut|invest|build|open|buy|hire|acquire|launch|close|sell|spend|shut|list|expand|raise|"
    r"lower|add|deliver|supply|produce|enter|exit|pay)|"
    r"has\s(?:put|launched|agreed|signed))(?![A-Za-z])"
)


def _en_extra_candidates(text: str) -> list:
    """Places named with their kind ("Incheon International Airport", "Mapo District", "Gangwon
    Province"), companies after a word for what they do ("startup Ecoloop") and, at the start of a
    sentence, before a verb companies are the subject of ("Revolut said", "Cathay Pacific raised")."""
    table = _places()[0]
    out = []
    for m in around(_EN_FACILITY, text, _EN_FACILITY_HINT, 70, 12):
        if m.group(1) is None:  # Lake Soyang, Mount Halla, Seongsu-dong
            g = 2 if m.group(2) else 3
            out.append(_cand("place", m.start(g), m.end(g), text, m.group(g), prio=2))
            continue
        words = m.group(1).split()
        k = 0
        while k < len(words) - 1 and (words[k] in _EN_STOP or words[k] in _EN_ORG_CUES or words[k] in _EN_TITLE_WORDS):
            k += 1
        if words[k] in ("International", "Airport", "District", "Province", "Prefecture", "Space"):
            continue
        start = m.start(1) + m.group(1).index(words[k]) if k else m.start(1)
        out.append(_cand("place", start, m.end(1), text, text[start:m.end(1)], prio=3))
    person_words = set()
    for rx in (_EN_FIRM_BEFORE, _EN_FIRM_BEFORE_OPENING):
        for m in (rx.finditer(text) if rx is _EN_FIRM_BEFORE else around(rx, text, _EN_FIRM_OPENING_HINT, 16, 60)):
            name = m.group(1)
            words = name.split()
            if any(w in _EN_STOP or w in table or w in _EN_TITLE_WORDS or w in _EN_KO_SURNAME_SET or w in _EN_MONTHS_AND_DAYS
                   for w in words):
                continue
            out.append(_cand("organization", m.start(1), m.end(1), text, name, prio=1))
    out += _en_firm_context_candidates(text, table)
    for m in _EN_FIRM_SUBJECT.finditer(text):
        name = m.group(1)
        words = name.split()
        if len(words[0]) < 4 or name in table or any(w in _EN_STOP or w in _EN_TITLE_WORDS or w in _EN_KO_SURNAME_SET
                                                      or w in person_words for w in words):
            continue
        if words[0] in table or (len(words) == 1 and (name.endswith(("s", "ed", "ing", "ers")) or name.lower() in _EN_COMMON_SUBJECTS)):
            continue
        if _EN_FIRM_BEFORE_OPENING.match(text, m.start(1)):
            continue  # "Glassmaker Corning will …": the company is the word after
        if _known_names().lookup(name) or _known_names().lookup(words[0]):
            continue
        if len(words) == 2 and words[1] not in table:
            continue  # "Warren Buffett said": two capitalised words are as often a person
        if len(words) == 3 and (words[0] in _given_names() or words[0].lower() in _EN_ROLE_SET or any(w in table for w in words)):
            continue  # three words: a company ("Penguin Random House said") unless it opens with a given name
        out.append(_cand("organization", m.start(1), m.end(1), text, name, prio=0))
    # "Hasbro Chief Executive Chris Cocks", "Nintendo President Shuntaro Furukawa": a company named
    # before its officer's title and the officer's name
    for m in around(_EN_FIRM_OFFICER, text, _EN_FIRM_OFFICER_HINT, 60, 4):
        words = m.group("org").split()
        while words and words[0] in _EN_STOP:
            words = words[1:]
        last = words[-1] if words else ""
        if not words or any(w in _EN_STOP or w in table or w in _EN_TITLE_WORDS or w in _EN_OFFICER_NOT for w in words) \
                or last.endswith(("an", "ese", "ish")) or " ".join(words) in table:
            continue  # "South Korean President …", "Former President …", "U.S. President …"
        start = m.end("org") - len(" ".join(words))
        out.append(_cand("organization", start, m.end("org"), text, text[start:m.end("org")], prio=1))
    out += _en_more_candidates(text)
    return out


def _en_firm_name_ok(name: str, table) -> bool:
    words = name.split()
    return not any(w in _EN_STOP or w in table or w in _EN_TITLE_WORDS or w in _EN_RANK_WORDS or w in _EN_KO_SURNAME_SET
                   or w in _EN_MONTHS_AND_DAYS or w in _EN_OFFICER_NOT for w in words) \
        and not (len(words) >= 2 and words[0] in _given_names()) and name not in table \
        and (_known_names().lookup(name) or ("", "", ""))[2] in ("", "organization")


# a club named by its city or state and its nickname, in a sentence about a game or a league:
# "the Oklahoma City Thunder beat the Indiana Pacers", "the Las Vegas Aces"
_EN_SPORTS_WORDS = _compile(
    r"(?<![A-Za-z])(?:beat|beats|defeated|title|season|seasons|game|Game|playoffs|play-offs|NBA|WNBA|MLB|NFL|NHL|MLS|"
    r"league|League|coach|traded|sweeping|swept|championship|finals|Finals|roster|draft|franchise)(?![A-Za-z])"
    r"|(?<![\d.])\d{1,3}-\d{1,3}(?![\d%])")  # (not "won": the currency; a score, not "2024-2027" or "8-11%")
_EN_CAP_RUN = _compile(r"(?<![A-Za-z'’\-])(?:[A-Z][a-z]+\s){1,3}[A-Z][a-z]+(?![A-Za-z'’\-])(?!\s[A-Z])")
_EN_NOT_NICKNAME = {"Olympics", "Olympic", "Open", "Marathon", "Games", "Cup", "Masters", "Classic", "Derby", "Stadium",
                    "Arena", "Park", "Field", "Center", "Centre", "Airport", "Station", "University", "College",
                    "County", "State", "Province", "Region", "Area", "Bay", "River", "Sea", "Island", "Islands",
                    "Street", "Road", "Square", "Court", "Tournament", "Championship", "Championships", "Series",
                    "Grand", "Prix", "Rally", "Festival", "Zoo", "Aquarium", "Museum", "Police", "Fire", "Mayor"}


def _en_club_candidates(text: str, table) -> list:
    out = []
    if not _EN_SPORTS_WORDS.search(text):
        return out
    cities = _world_cities()[0]
    for m in _EN_CAP_RUN.finditer(text):
        words = m.group().split()
        if words[0] in ("The", "the"):
            words = words[1:]
        if len(words) < 2:
            continue
        city, nick = " ".join(words[:-1]), words[-1]
        if (city not in table and city not in cities) or nick in table or nick in cities or nick in _EN_NOT_NICKNAME or nick in _EN_STOP or nick in _EN_ORG_CUES \
                or nick in _EN_TITLE_WORDS or nick in _EN_MONTHS_AND_DAYS or nick in _given_names():
            continue
        start = m.end() - len(city) - 1 - len(nick)
        out.append(_cand("organization", start, m.end(), text, text[start:m.end()], prio=2, cue="a club and its home city"))
    return out


def _en_firm_context_candidates(text: str, table) -> list:
    """Companies named where only a company can stand: "Inditex, the owner of Zara", "Uniqlo operator
    Fast Retailing", "firms such as Infosys and Wipro", "Michelin's first-quarter sales"."""
    out = _en_club_candidates(text, table)

    def add(m, *groups):
        for g in groups:
            name = m.group(g)
            if _en_firm_name_ok(name, table) and name not in _given_names():
                out.append(_cand("organization", m.start(g), m.end(g), text, name, prio=1))

    if "of " in text:
        for m in around(_EN_OWNER_OF, text, _EN_OWNER_OF_HINT, 80, 50):
            add(m, "a", "b")
    for m in around(_EN_FIRM_ARM, text, _EN_FIRM_ARM_HINT, 90, 4):
        add(m, "a", "b")
    for m in around(_EN_POSSESSIVE_PARENT, text, _EN_POSSESSIVE_PARENT_HINT, 50, 50):
        add(m, "a", "b")
    for m in around(_EN_BRAND_OPERATOR, text, _EN_BRAND_OPERATOR_HINT, 50, 50):
        if _en_firm_name_ok(m.group("a"), table):
            add(m, "b", "a")  # "Circle K owner Alimentation Couche-Tard"
    for m in around(_EN_FIRMS_SUCH_AS, text, _EN_SUCH_AS_HINT, 30, 12):
        pos = m.end()
        while (item := _EN_FIRM_LIST_ITEM.match(text, pos)) is not None:
            add(item, 1)
            if item.end() == item.end(1):
                break  # the list ends
            pos = item.end()
    if "s " in text:
        for m in around(_EN_FIRM_POSSESSIVE, text, _EN_FIRM_POSSESSIVE_HINT, 60, 2):
            add(m, "a")
        for m in around(_EN_FIRM_SHARES, text, _EN_FIRM_SHARES_HINT, 60, 40):
            add(m, "a" if m.group("a") else "b")
    return out


# "Lumen Forge, an indie studio in …", "Greggs, the British bakery chain, …": a capitalised name before
# an apposition naming a kind of business
_EN_ORG_APPOSITION = _compile(
    r",\s(?:a|an|the)\s(?:[A-Za-z\-]+\s){0,4}?(?:studio|publisher|chain|supplier|processor|company|firm|maker|brand|"
    r"retailer|charity|developer|startup|start-up|manufacturer|producer|operator|distributor|exporter|bakery|brewery|"
    r"winery|restaurant|label|subsidiary|unit|group|nonprofit|non-profit|utility|insurer|lender|carrier|airline|"
    r"broadcaster|landlord|regulator|watchdog|association|federation|union|cooperative|website|portal|miner|builder)(?=[\s,.])"
)
_EN_ORG_APPOSITION_NAME = _compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bat\s)|(?<=\bby\s))(?P<name>[A-Z][A-Za-z0-9&]*[a-z][A-Za-z0-9&]*(?:\s[A-Z][A-Za-z0-9&]+){0,3})$"
)
# "the Rijksmuseum", "the Kunstmuseum": one word ending in -museum
_EN_MUSEUM_WORD = _compile(r"(?<![A-Za-z])[A-Z][a-z]+museum(?![A-Za-z])")
_EN_CAMEL = _compile(r"(?<![A-Za-z\-'’\"@/.:_])[A-Z][a-z]{3,}(?:[A-Z][a-z]{3,})+(?![A-Za-z\-])")
# "Gulf of Maine", "Bay of Bengal", "Sea of Okhotsk": a water body named with "of"
_EN_WATER_OF = _compile(r"(?<![A-Za-z])(?:Gulf|Bay|Sea|Strait|Straits|Isle|Lake|Cape|Isthmus|Firth) of (?:the )?[A-Z][a-z]+(?![A-Za-z])")
# "Han Kang's": a Korean surname and a one-word given name before a possessive
_EN_KO_POSSESSIVE = _compile(r"(?<![A-Za-z\-])(?P<sur>[A-Z][a-z]{1,7})\s(?P<given>[A-Z][a-z]{2,7})(?=['’]s\s)")


def _en_more_candidates(text: str) -> list:
    out = []
    table = _places()[0]
    for a in _EN_ORG_APPOSITION.finditer(text):
        m = _EN_ORG_APPOSITION_NAME.search(text, max(0, a.start() - 60), a.start())
        if m is None:
            continue
        words = m.group("name").split()
        if words[0] in _EN_STOP or words[0] in _EN_MONTHS or any(w in table or w in _EN_TITLE_WORDS for w in words):
            continue
        out.append(_cand("organization", m.start("name"), m.end("name"), text, m.group("name"), prio=1))
    # a coined company name written in camel case: "HarperCollins", "FromSoftware" (not McDonald, DeSantis)
    for m in _EN_CAMEL.finditer(text):
        w = m.group()
        if w.startswith(("Mc", "Mac", "De", "Di", "La", "Le", "Van", "Von", "Du", "Da", "Fitz", "O'")):
            continue
        out.append(_cand("organization", m.start(), m.end(), text, w, prio=0.5))
    for m in _EN_MUSEUM_WORD.finditer(text):
        out.append(_cand("organization", m.start(), m.end(), text, m.group(), prio=1))
    for m in _EN_WATER_OF.finditer(text):
        out.append(_cand("place", m.start(), m.end(), text, m.group(), prio=2))
    for m in _EN_KO_POSSESSIVE.finditer(text):
        if m.group("sur") in _EN_KO_SURNAME_SET and m.group("given") not in table and m.group("given") not in _EN_STOP \
                and m.group("given") not in _EN_ORG_CUES:
            out.append(_cand("person", m.start(), m.end(), text, m.group(), prio=1))
    return out


_EN_COMMON_SUBJECTS = {"police", "officials", "government", "demand", "inflation", "growth", "trade", "production",
                       "consumption", "spending", "investment", "unemployment", "employment", "parliament", "congress",
                       "regulators", "authorities", "china", "japan", "analysts", "economists", "prosecutors", "organizers",
                       "research", "industry", "management", "staff", "everyone", "nobody", "someone", "people", "residents"}


@_per_word
def _ko_org_prefix(run: str) -> int:
    """The length of the organisation a Korean word starts with (0: none): 금융위원회는 -> 5."""
    _ko_org_like("가")  # fills _KO_CUE_LAST
    if _KO_CUE_LAST.isdisjoint(run[1:]):
        return 0
    for k in range(len(run), 1, -1):
        if _tail_ok(run[k:]) and _ko_org_like(run[:k]):
            word = run[:k]
            return 0 if re.search(r"[억만조천백십]$", word[:-1]) and word.endswith("원") else k
    return 0


def _ko_org_candidates(text: str) -> list:
    out = []
    for start, run in _ko_words(text):
        k = _ko_org_prefix(run)
        if k:
            out.append(_cand("organization", start, start + k, text, run[:k], prio=2))
    # a parliament named after its country: 독일 연방의회, 프랑스 국민의회
    cued, countries = _cued_places()
    for m in re.finditer(r"(?<![가-힣])([가-힣]{2,6}) (연방의회|국민의회|연방하원|연방상원)(?=(?:은|는|이|가|을|를|과|와|의|에|에서|도|로)?(?![가-힣]))", text):
        if m.group(1) in countries or m.group(1) in _places()[0]:
            out.append(_cand("organization", m.start(2), m.end(2), text, m.group(2), prio=1))
    # a body led by a person, named in Hangul as a coined or foreign word: 조민석이 이끄는 매스스터디스는
    for m in re.finditer(r"(?<=[가-힣]) 이끄는 ([가-힣]{3,8})(?:은|는|이|가|을|를|과|와|의|도)(?![가-힣])", text):
        w = m.group(1)
        if _foreign_name_word(w) and w[-1] not in _KO_NOUNISH_END and not _ko_name_like(w):
            out.append(_cand("organization", m.start(1), m.end(1), text, w, prio=1))
    # a university named by its city or province and 대: 제주대, 부산대, 충남대 (then 연구진, 교수, 총장 …)
    local = _korean_local_forms()
    # a professional club named by its home city and its company's letters: 서울 SK, 원주 DB, 부산 KCC
    if _KO_SPORTS_WORDS.search(text):
        for m in _KO_CITY_CLUB.finditer(text):
            if m.group(1) in local:
                out.append(_cand("organization", m.start(), m.end(), text, m.group(), prio=3, cue="a club and its home city"))
    if "대" not in text:
        return out
    for m in _KO_LOCAL_UNIVERSITY.finditer(text):
        if m.group(1) in local:
            out.append(_cand("organization", m.start(), m.end(), text, m.group(), prio=2))
    # any university in short, before its professor, president or team (연세대 교수, 한양대 지구과학과
    # 교수), or after its city in a sentence about students (부산 동서대는 … 유학생)
    places = _places()[0]
    for m in _KO_UNIVERSITY_BEFORE_STAFF.finditer(text):
        if m.group(1) not in _KO_NAME_STOP and m.group() not in places:
            out.append(_cand("organization", m.start(), m.end(), text, m.group(), prio=1))
    if _KO_CAMPUS_WORDS.search(text):
        for m in _KO_UNIVERSITY_AFTER_CITY.finditer(text):
            if m.group(1) in local and m.group(2) not in local and m.group(2) + "대" not in places:
                out.append(_cand("organization", m.start(2), m.end(2) + 1, text, m.group(2) + "대", prio=1))
    return out


_KO_LOCAL_UNIVERSITY = _compile(r"(?<![가-힣])([가-힣]{2,3})대(?= (?:연구진|연구팀|교수|총장|학생|병원|의대|측|공대)|(?:는|가|와|의|에서) )")
_KO_UNIVERSITY_BEFORE_STAFF = _compile(
    r"(?<![가-힣0-9])([가-힣]{2,3})대(?= (?:[가-힣]{1,8}(?:학과|과|학부|대학원) )?(?:교수|총장|부총장|연구팀|연구진|교수팀|의대|공대|캠퍼스)"
    r"(?:[은는이가의와과을를도]|팀|진)?(?![가-힣]))")
_KO_CAMPUS_WORDS = _compile(r"유학생|신입생|재학생|졸업생|대학|기숙사|캠퍼스|입학|등록금|교수")
_KO_UNIVERSITY_AFTER_CITY = _compile(r"(?<![가-힣])([가-힣]{2,3}) ([가-힣]{2,3})대(?=(?:는|가|와|의|에서|도|를) )")
_KO_SPORTS_WORDS = _compile(r"프로농구|프로축구|프로야구|프로배구|여자프로농구|K리그|KBL|KBO|WKBL|V리그|정규리그|플레이오프|"
                            r"챔피언결정전|꺾고|구단|경기에서|시즌")
_KO_CITY_CLUB = _compile(r"(?<![가-힣])([가-힣]{2,3}) (?:[A-Z]{2,4})(?![A-Za-z])")


def _title_word_start(text: str, m) -> int | None:
    """Where the title word starts: the title itself (장관), or a compound ending in a title head
    (국무장관, 국방장관). None when the title is inside an ordinary word (시장, 공사장)."""
    i = m.start()
    j = i
    while j > 0 and _HANGUL_RE.match(text[j - 1]):
        j -= 1
    if j == i:
        return i
    word = text[j:m.end()]
    if word in _KO_NOT_TITLE_WORDS or m.group() == "시장" or not m.group().endswith(_KO_TITLE_HEADS):
        return None
    if i - j > 3 and word.endswith(_KO_UNIT_HEADS) and i - j <= 8 and word not in _KO_NOT_TITLE_WORDS:
        return j  # 관광정책팀장
    if not 1 <= i - j <= 3:
        # the head of a body, written as one word with it: 질병관리청장, 산업은행장
        head = word[:-1]
        if word.endswith("장") and (_ko_org_like(head) or (_known_names().lookup(head) or ("", "", ""))[2] == "organization"):
            return j
        return None
    return j


_KO_FOREIGN_STOP = _KO_NAME_STOP | {
    "전", "현", "신", "새", "미", "중", "일", "러", "영", "독", "불", "북", "남", "각국", "해외", "외국", "글로벌", "세계", "국내",
    "대형", "중소", "지방", "중앙", "연방", "대리", "직무대행", "초대", "역대", "현지시간", "당선", "공동대표", "창업자",
    "최고경영자", "회사", "그룹", "업체", "기업", "본사", "계열사", "자회사", "지주사", "당국", "위원회", "의회", "상원",
    "하원", "정권", "내각", "행정부", "민주당", "공화당", "야당", "여당", "한편", "또", "또한", "특히", "그는", "그러나",
    "지난달", "이달", "올해", "지난해", "내년", "최근", "이날", "전날", "당일", "이번", "오는", "지난", "총", "약", "모두",
    "무소속", "수상", "수상자", "출신", "소속", "무명", "원로", "신예", "거장", "유명", "인기",
}


def _is_title_word(word: str) -> bool:
    return len(word) <= 6 and word.endswith(_KO_TITLES_ENDS)


def _foreign_name_word(word: str) -> bool:
    """A word of a foreign name written in Hangul: Hangul only, not an everyday word we know of,
    not a place or organisation, not ending like an organisation (…부, …청, …당 …)."""
    return (
        1 <= len(word) <= 7 and all("가" <= c <= "힣" for c in word) and word not in _KO_FOREIGN_STOP
        and not set(word) <= set("한미중일러영독불북남유호")  # 한중일, 한미: countries in short
        and word not in _places()[0] and not _ko_org_like(word) and not _ko_group_org(word)
        and not _is_title_word(word) and not _is_title_word(_split_tail(word, 2))
        and not _split_tail(word, 2).endswith(_KO_PLACE_TITLES)
        and not (_known_names().lookup(word) or ("", "", ""))[2] == "organization"
        and word[-1] not in "부청처당국원회사소단관실팀과측들"
        and not (len(word) <= 3 and word[-1] in "린는된한던운힌난선친간온진낸본준둔킨")  # 열린, 밝힌, 나선: verbs
        and not re.search(r"(?:에서|에게|으로|하는|했다|한다|하고|했고|에는|에도|까지|부터|이라|라며|이며|에서의|..해|하여|해서|하자|..의)$", word)
    )


def _ko_foreign_person(text: str, name_end: int) -> tuple[int, int] | None:
    """A foreign name in Hangul ending at name_end (one to three words, 리창 / 토니 블링컨 /
    칼리드 빈 살만), when the word before it closes a phrase (a particle, punctuation, the start)."""
    words = []
    i = name_end
    while len(words) < 3:
        j = i
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        word = text[j:i]
        if not _foreign_name_word(word):
            break
        words.append((j, word))
        if j == 0 or text[j - 1] != " ":
            break
        i = j - 1
    while words:
        start = words[-1][0]
        before = text[:start].rstrip(" ")
        prev = re.search(r"(\S+)$", before)
        boundary = (
            not before or before[-1] in "\"'“”‘’(),.·:;[]" or (prev and (
                prev.group(1) in _KO_FOREIGN_STOP or _tail_ok(prev.group(1)[-2:]) and prev.group(1)[-2:] in ("에서", "에게", "으로")
                or prev.group(1)[-1:] in "은는이가을를와과에의도로" and len(prev.group(1)) >= 2
                or re.search(r"(?:했다|한다|하며|하고|했고|밝혔다|말했다|만나|만났다|통해|위해|따르면|[가-힣]해|하자|해서)$", prev.group(1))
            ))
        )
        total = sum(len(w) for _, w in words)
        if boundary and (len(words) > 1 or len(words[0][1]) >= 2) and total >= 2:
            return start, name_end
        words.pop()
    return None


def _ko_person_candidates(text: str) -> list:
    out = []
    for m in _KO_TITLE_RE.finditer(text):
        t_end = m.end()
        if not _tail_ok(text[t_end:_hangul_run_end(text, t_end)]):
            continue
        t_start = _title_word_start(text, m)
        if t_start is None or t_start == 0 or text[t_start - 1] != " ":
            continue
        m = _TitleMatch(t_start, t_end, text[t_start:t_end])
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
        found = False
        for n, (j, word) in enumerate(words):
            between = [w for _, w in words[:n]]
            if not all(_ko_org_like(w) or _ko_group_org(w) or w in _places()[0] or _default_glossary().lookup(w)
                       or _known_names().lookup(w) or _is_title_word(w) for w in between):
                break
            if _ko_name_like(word):
                out.append(_cand("person", j, j + len(word), text, word, prio=2, title=m.group()))
                found = True
                break
        if not found and words:
            # a foreign name: the words right before the title, or before the org/place words before it
            for n in range(len(words)):
                between = [w for _, w in words[:n]]
                if not all(_ko_org_like(w) or _ko_group_org(w) or w in _places()[0] or _default_glossary().lookup(w)
                           or _known_names().lookup(w) or _is_title_word(w) for w in between):
                    break
                end = words[n][0] + len(words[n][1])
                span = _ko_foreign_person(text, end)
                if span:
                    out.append(_cand("person", span[0], span[1], text, text[span[0]:span[1]], prio=1, title=m.group()))
                    break
    return out


# a title or a kin word that comes before or after a name as a separate word
_KO_TITLE_BEFORE_RE = _compile(
    r"(?<![가-힣])(?:건축가|작가|소설가|시인|화가|감독|교수|셰프|디자이너|큐레이터|사진작가|작곡가|지휘자|피아니스트|연출가|안무가|후보|"
    r"바이올리니스트|조각가|성악가|배우|가수|평론가|번역가|만화가|웹툰작가|영화감독)"
    r" ((?:[가-힣]+ ){0,2}[가-힣]+)(?![가-힣])"
)
_KO_NOUNISH_END = "팀단들회측원실과부청처생층계급사관소국위"
_KO_CREW_WORDS = ("연구진", "의료진", "경영진", "제작진", "취재진", "출연진", "교수진", "강사진", "코치진", "수뇌진", "지도진")
_KO_VERBISH = _compile(r"(?:[어아고며서해져워]|었|았|겠|려)$")


def _ko_person_more(text: str) -> list:
    """건축가 조민석이, 덴마크 건축가 비야케 잉엘스가 (a name after its title); 정순례 할머니, 김진태 지사
    (a Korean name before a kin word or a short title); 니쿠쇼르 단 부쿠레슈티 시장 (a foreign name, a
    place and then a title)."""
    out = []
    table = _places()[0]
    for m in _KO_TITLE_BEFORE_RE.finditer(text):
        words = m.group(1).split(" ")
        for n in range(1, len(words) + 1):  # the shortest phrase that ends in a particle
            last = words[n - 1]
            stem = _split_tail(last, 2)
            if stem == last:
                continue
            name_words = words[: n - 1] + [stem]
            s = m.start(1)
            e = s + len(" ".join(name_words))
            if n == 1 and _ko_name_like(stem) and stem[-1] not in _KO_NOUNISH_END and not stem.endswith(_KO_CREW_WORDS):
                out.append(_cand("person", s, e, text, stem, prio=2))
            elif n >= 2 and all(_foreign_name_word(w) and not _KO_VERBISH.search(w) for w in name_words):
                out.append(_cand("person", s, e, text, " ".join(name_words), prio=1))
            break
    for m in re.finditer(r"(?<![가-힣])([가-힣]{3}) (?:할머니|할아버지|지사)(?:는|가|의|를|와|도|에게)?(?![가-힣])", text):
        w = m.group(1)
        if _ko_name_like(w) and w[-1] not in _KO_NOUNISH_END and not w.endswith(_KO_CREW_WORDS):
            out.append(_cand("person", m.start(1), m.end(1), text, w, prio=2))
    # a foreign name, the place or body it serves and the title: … 바르샤바 시장, … 한국 대표
    if not any(t in text for t in ("시장", "지사", "대표", "지부장", "법인장", "대사")):
        return out
    for m in re.finditer(r"(?<=[가-힣]) ([가-힣]{2,8}) (?:시장|주지사|지사|대표|지부장|지사장|법인장|대사)(?:은|는|이|가|을|를|의|과|와|도)?(?![가-힣])", text):
        place = m.group(1)
        if not (place in table or _ko_org_like(place) or place.endswith(("시", "주"))
                or m.group().lstrip().split(" ")[1].startswith("시장") and _foreign_name_word(place)):
            continue
        words = []
        i = m.start()
        while len(words) < 3:
            j = text.rfind(" ", 0, i) + 1
            w = text[j:i]
            if not _foreign_name_word(w) or _KO_VERBISH.search(w) or _split_tail(w, 2) != w or "에서" in w:
                break
            words.append((j, w))
            if j == 0 or text[j - 1] != " ":
                break
            i = j - 1
        if len(words) < 2:
            continue
        if len(words) == 3:  # the word before a two-word name must close a phrase
            words = words[:2]
        start = words[-1][0]
        prev = re.search(r"(\S+) $", text[:start])
        if prev and not (prev.group(1)[-1] in "은는이가을를와과에의도로서,)" or _KO_VERBISH.search(prev.group(1))
                         or _ko_org_like(prev.group(1))
                         or prev.group(1) in table or prev.group(1) in _KO_FOREIGN_STOP):
            continue
        out.append(_cand("person", start, m.start(), text, text[start:m.start()], prio=1))
    return out


_KO_PLACE_TITLES = ("구청장", "도지사", "교육감", "시장", "지사", "군수")
_KO_PLACE_TITLE_RE = _compile(r"(?<=[가-힣])(?:구청장|도지사|교육감|시장|지사|군수)")


def _word_start_before(text: str, i: int) -> int:
    while i > 0 and _HANGUL_RE.match(text[i - 1]):
        i -= 1
    return i


def _ko_place_title_candidates(text: str) -> list:
    """A person before a title written as one word with the place it governs: 오세훈 서울시장, 박형준
    부산시장, 고이케 유리코 도쿄도지사, 김동연 경기도지사 (not 미국시장, the US market: a country or
    region has no mayor)."""
    table = _places()[0]
    cued, countries = _cued_places()
    out = []
    for t in _KO_PLACE_TITLE_RE.finditer(text):
        m = _KO_HANGUL_WORD.match(text, _word_start_before(text, t.start()))
        if m is None:
            continue
        word = m.group()
        if m.start() < 2 or text[m.start() - 1] != " ":
            continue
        stem = next((word[:k] for k in range(len(word), 2, -1) if word[:k].endswith(_KO_PLACE_TITLES) and _tail_ok(word[k:])), None)
        if not stem:
            continue
        title = next(t for t in _KO_PLACE_TITLES if stem.endswith(t))
        place = stem[: -len(title)]
        bases = [place] + ([place[:-1]] if len(place) >= 3 and place[-1] in "시도군구" else [])
        if not any((b in table or b in cued) and b not in countries and (b not in table or table[b][0] not in _REGION_VALUES())
                   for b in bases):
            continue
        name_end = m.start() - 1
        prev = re.search(r"(\S+)$", text[:name_end])
        span = _ko_foreign_person(text, name_end)
        if prev and _ko_name_like(prev.group(1)) and not (span and " " in text[span[0]:span[1]]):
            out.append(_cand("person", prev.start(1), name_end, text, prev.group(1), prio=2, title=title))
            continue
        if span:
            out.append(_cand("person", span[0], span[1], text, text[span[0]:span[1]], prio=1, title=title))
    return out


@lru_cache(maxsize=1)
def _REGION_VALUES() -> frozenset:
    extra = json.loads((DATA / "places_extra.json").read_text(encoding="utf-8"))
    return frozenset(item["en"] for item in extra["regions"])


class _TitleMatch:
    def __init__(self, start, end, title):
        self._s, self._e, self._t = start, end, title

    def start(self):
        return self._s

    def end(self):
        return self._e

    def group(self):
        return self._t


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

    title_words = _EN_TITLE_WORDS
    for i0, t0 in enumerate(toks):  # only capitalised tokens open a run (a cheap test before the loop body)
        if i0 < i or not t0[0][:1].isupper() or t0[0] in title_words:
            continue
        i = i0
        j = i
        while j + 1 < n and adjacent(toks[j], toks[j + 1]) and not (toks[j][0].endswith(".") and toks[j][0] not in _EN_ABBR):
            if is_cap(toks[j + 1]):
                j += 1
            elif toks[j + 1][0] == "&" and j + 2 < n and is_cap(toks[j + 2]) and adjacent(toks[j + 1], toks[j + 2]):
                j += 2  # Korea Hydro & Nuclear Power, Johnson & Johnson
            elif toks[j + 1][0] == "and" and j + 2 < n and is_cap(toks[j + 2]) and adjacent(toks[j + 1], toks[j + 2]) \
                    and _and_joins_agency(toks, j, text):
                j += 2  # Food and Drug Administration, Korea Disease Control and Prevention Agency
            else:
                break
        run = toks[i:j + 1]
        group = next((k for k, t in enumerate(run[:2]) if t[0] in _EN_GROUP_PREFIXES), None)
        if group is not None:
            # Hanwha Ocean, Kakao Mobility: the group's name and the capitalised words after it
            end = group
            table = _places()[0]
            while end + 1 < len(run) and end - group < 3 and run[end + 1][0] not in _EN_STOP \
                    and run[end + 1][0] not in table and run[end + 1][0] not in _EN_TITLE_WORDS:
                end += 1
            if run[end][0] == "&":
                end -= 1
            start, e = run[group][1], run[end][2]
            if text[e - 1] == "." and run[end][0] not in _EN_ABBR:
                e -= 1  # "… built by Hyundai Rotem.": the full stop ends the sentence
            out.append(_cand("organization", start, e, text, text[start:e], prio=1))
        cues = [k for k, t in enumerate(run) if (t[0] in _EN_ORG_CUES or t[0].rstrip(".") in _EN_ORG_CUES)
                and not (t[0].rstrip(".") == "Games" and (k == 0 or run[k - 1][0] in _EN_EVENT_GAMES))
                or t[0] == "Government" and k > 0 and run[k - 1][0] in ("Metropolitan", "Provincial", "Municipal", "Prefectural")]
        if cues:
            s = 0
            while s < len(run) and run[s][0] in _EN_STOP:
                s += 1
            last = cues[-1]
            if s >= 1 and run[s - 1][0] == "Korean" and run[last][0] in _EN_MEMBER_BODIES \
                    and (last - s >= 1 or text[run[last][2]:run[last][2] + 4] == " of "):
                s -= 1  # the Korean Financial Industry Union: the adjective is part of the name
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
    out += _acronym_candidates(text)
    # acronyms defined once are found again later in the text
    defined = {text[c[1]:c[2]]: c[3] for c in out if text[c[1]:c[2]].isupper() and c[1] > 0 and text[c[1] - 1] == "("}
    for acro, value in defined.items():
        for m in re.finditer(rf"(?<![A-Za-z]){re.escape(acro)}(?![A-Za-z])", text):
            out.append(_cand("organization", m.start(), m.end(), text, value, prio=1))
    return out


_EN_MEMBER_BODIES = {"Union", "Federation", "Association", "Confederation", "Council", "Chamber", "Society", "League"}
_EN_AGENCY_CUES = {"Administration", "Agency", "Commission", "Department", "Ministry", "Authority", "Institute",
                   "Service", "Bureau", "Office", "Council", "Board", "Center", "Centre", "Association", "Union",
                   "Federation", "Organization", "Organisation", "Foundation", "Committee"}


def _and_joins_agency(toks, j: int, text: str) -> bool:
    """Whether "and" at toks[j + 1] is inside an agency's name: the capitalised words after it (up to
    three) end in an agency word, and the word before it is neither a place nor a company's name."""
    k = j + 2
    words = []
    while k < len(toks) and len(words) < 4 and toks[k][0][:1].isupper() and text[toks[k - 1][2]:toks[k][1]].strip() == "":
        words.append(toks[k][0].rstrip("."))
        k += 1
    before = toks[j][0]
    return bool(words) and words[-1] in _EN_AGENCY_CUES and before not in _places()[0] \
        and before not in _EN_GROUP_PREFIXES and before not in _EN_AGENCY_CUES and not _known_names().lookup(before)


def _acronym_candidates(text: str) -> list:
    """An all-capital word of two to six letters (OECD, BYD, ASML, G20) names an organisation,
    unless it is an economic term, a unit, a currency or a place (GDP, LNG, GW, KRW, UAE)."""
    table = _places()[0]
    out = []
    for m in _EN_ACRONYM.finditer(text):
        word = m.group()
        if word.upper() in _EN_ACRONYM_STOP or word in table or sum(ch.isalpha() for ch in word) < 2 and not re.fullmatch(r"G\d{1,2}", word):
            continue
        if re.fullmatch(r"[A-Z]{1,3}\d+|\d.*", word) and not re.fullmatch(r"G\d{1,2}", word):
            continue
        end = m.end()
        if text[end:end + 1] == "$" or re.match(r" \d", text[end:end + 2]) and len(word) <= 2 \
                or re.fullmatch(r"[IVXLC]+", word) and re.search(r"[A-Z][a-z]+ $", text[max(0, m.start() - 20):m.start()]) \
                or re.match(r"(?: [A-Z][A-Za-z\-]+){1,4} Index(?![A-Za-z])", text[end:end + 60]):
            continue  # NT$, SB 53, Pope Leo XIV, the FTSE World Government Bond Index
        if _HANGUL_RE.match(text[end:end + 1]) and not _tail_ok(text[end:_hangul_run_end(text, end)]):
            # SK하이닉스: the group's prefix, read with its word; LIG넥스원: an acronym opening a
            # company's name (not OTT업체, LFP배터리: an acronym before a common noun)
            stem = _split_tail(text[end:_hangul_run_end(text, end)], 2)
            if word not in _KO_GROUP_LATIN and len(word) >= 2 and word.isalpha() and len(stem) >= 2 \
                    and not stem.endswith(_KO_ACRONYM_NOUN_ENDS) and all("가" <= ch <= "힣" for ch in stem):
                out.append(_cand("organization", m.start(), end + len(stem), text, word + stem, prio=0))
            continue
        out.append(_cand("organization", m.start(), end, text, word, prio=0))
    return out


_KO_ACRONYM_NOUN_ENDS = (
    "업체", "기업", "시장", "산업", "사업", "기술", "업계", "분야", "제품", "모델", "부문", "서비스", "플랫폼", "방식", "규제",
    "정책", "가격", "요금", "등급", "인증", "기준", "센터", "공장", "라인", "칩", "폰", "차", "용", "급", "형", "측", "발", "팀",
    "배터리", "반도체", "사태", "협정", "회의", "정상회의", "시대", "전략", "전환", "투자", "펀드", "지수", "금리", "망", "선",
    "차량", "사", "업", "주", "국", "권", "값", "비", "료", "율", "률", "상", "하", "내", "외", "전", "후", "간", "별", "당",
)
_TAIL_WORD = r"[A-Z][A-Za-z\-]*"
_EN_ABBR = {"Co.", "Corp.", "Inc.", "Ltd.", "U.S.", "U.K.", "St.", "Dr.", "Mr.", "Ms.", "Mrs."}


def _of_tail(text: str, pos: int) -> int | None:
    """The end of an "of …" tail starting at pos (before " of"): capitalised words, joined by
    spaces, "and"/"&", or a comma list closed by "and" (Trade, Industry and Energy)."""
    m = re.compile(rf"\s+(?:of|for|on)\s+(?:the\s+)?({_TAIL_WORD})").match(text, pos)
    if not m or m.group(1) in _EN_STOP:
        return None  # "the Board on January 15" is not "the Board on January"
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
        c = re.compile(rf"((?:,\s+{_TAIL_WORD})+),?\s+and\s+{_TAIL_WORD}(?:\s+(?!(?:{'|'.join(_EN_TITLE_WORDS)})\b){_TAIL_WORD})?").match(text, end)
        if c:
            end = c.end()
            break
        break
    # do not swallow a following title/name
    return end


_EN_KO_SURNAMES = (
    "Kim|Lee|Rhee|Yi|Park|Pak|Choi|Choe|Chey|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|Han|Oh|Seo|Suh|"
    "Shin|Kwon|Hwang|Ahn|An|Song|Jeon|Jun|Hong|Yoo|Yu|Ryu|Ko|Koh|Go|Moon|Mun|Yang|Son|Sohn|Bae|Baek|Paik|Heo|Huh|"
    "Nam|Noh|Roh|Rho|Ha|Kwak|Sung|Seong|Cha|Joo|Ju|Woo|Koo|Ku|Min|Na|Ra|Jin|Ji|Chi|Eom|Um|Chae|Won|Chun|Cheon|"
    "Bang|Kong|Gong|Hyun|Ham|Byun|Byeon|Yeom|Yeo|Choo|Chu|Do|So|Seok|Sun|Seol|Ma|Gil|Kil|Pyo|Myung|Ki|Ban|Wang|"
    "Geum|Ok|Yook|Maeng|Je|Mo|Tak|Kook|Eun|Shim|Sim|Hwangbo|Namgoong|Sunwoo|Jegal"
)
# "Son Heung-min", "Ryu Hyun-jin": a Korean surname and a given name of two syllables joined by a hyphen
_EN_KO_NAME_RE = _compile(r"(?<![A-Za-z\-])(?P<sur>[A-Z][a-z]{0,7})\s[A-Z][a-z]+-[a-z]+(?![A-Za-z\-])")
_EN_KO_SURNAME_SET = frozenset(_EN_KO_SURNAMES.split("|"))


# A job or role word (any case) right before a capitalised name of two or three words: "Chef Anan
# Srisuk", "architect Kengo Kuma", "marine biologist Sofia Karlsson", "independent candidate Ida Strand".
_EN_ROLES = (
    "chef|architect|biologist|oceanographer|curator|author|novelist|writer|poet|director|designer|researcher|"
    "engineer|economist|analyst|professor|scientist|artist|painter|photographer|composer|conductor|pianist|"
    "violinist|singer|actor|actress|filmmaker|editor|journalist|historian|archaeologist|physicist|chemist|"
    "geologist|ecologist|astronomer|founder|co-founder|CEO|chairman|chairwoman|spokesperson|spokesman|"
    "spokeswoman|minister|mayor|governor|president|prime minister|candidate|lawmaker|senator|coach|"
    "manager|striker|goalkeeper|player|entrepreneur|investor|activist|lawyer|attorney|judge|doctor|surgeon|"
    "physician|nurse|farmer|fisherman|teacher|student|athlete|skater|swimmer|runner|cyclist|climber|owner|"
    "ranger|trader|vendor|shopkeeper|negociant|rector|boss|resident|driver|courier|worker|pastor|priest|"
    "monk|rabbi|imam|broker|banker|winemaker|brewer|baker|butcher|grower|breeder|guide|keeper|zookeeper|librarian"
)
_EN_ROLE_SET = frozenset(_EN_ROLES.split("|"))
# a lowercase or capitalised word before a capitalised word; the word is then looked up in _EN_ROLE_SET
_EN_ROLE_RE = _compile(
    rf"(?<![A-Za-z\-])(?P<role>[A-Za-z][a-z\-]++|CEO)\s+"
    rf"(?P<name>{_EN_NAME_TOKEN}(?:\s+{_EN_NAME_TOKEN}){{1,2}})(?:(?=['’]s(?![A-Za-z]))|(?![A-Za-z'’]))"
)
# "Kristin Hallberg, an editor at …", "Tomas Ilunga, an oceanographer at …", "Gabriela Ortiz, who runs …"
_EN_APPOSITIVE2_RE = _compile(
    rf"(?<![A-Za-z])(?P<name>{_EN_NAME_TOKEN}(?:\s+{_EN_NAME_TOKEN}){{1,2}}),\s(?:(?:a|an|the)\s(?:[a-z\-]+\s){{0,2}}"
    r"(?P<role>[a-z\-]+)\s(?:at|of|with|for)\s|who\s(?:runs|leads|heads|founded|owns|directs|manages|won|said|has|was|is)\s)"
)
_EN_NOT_ROLE = {"unit", "subsidiary", "division", "part", "member", "group", "maker", "supplier", "processor", "producer",
                "developer", "retailer", "operator", "provider", "manufacturer", "carrier", "lender", "insurer", "brand",
                "chain", "company", "firm", "city", "town", "village", "region", "province", "county", "state", "country",
                "district", "port", "hub", "center", "centre", "affiliate", "arm", "owner", "publisher", "distributor",
                "exporter", "importer", "trader", "seller", "buyer", "builder", "shipbuilder", "partner", "rival", "charity"}
_EN_ROLE_END = _compile(r"(?:er|ist|or|ian|ant|ent|ess|ee)$")
# "led by Matthew Karch", "a drawing by Albrecht Durer"; "<given name> <Surname> won/said/told"
_EN_BY_RE = _compile(
    rf"(?<![A-Za-z])(?P<verb>led|written|designed|painted|directed|founded|composed|drawn|built|run|owned|"
    rf"drawing|painting|novel|book|film|photograph|sculpture|poem|essay|work|works)\sby\s"
    rf"(?P<name>{_EN_NAME_TOKEN}(?:\s[A-Z]\.)?(?:\s+{_EN_NAME_TOKEN}){{1,2}})(?![A-Za-z'’])"
)
_EN_GIVEN_VERB_RE = _compile(
    rf"(?<![A-Za-z])(?P<name>(?P<first>[A-Z][a-z]+)(?:\s+{_EN_NAME_TOKEN}){{1,2}})"
    r"(?:\s(?:won|said|says|told|wrote|added|noted|argued|lost|became|resigned|announced|took|defeated|beat)(?![A-Za-z])|['’]s\s)"
)
_EN_ELECTED_RE = _compile(
    rf"(?<![A-Za-z])(?:re-elected|elected|defeated|beat|appointed|named|succeed|succeeded|replace|replaced)\s"
    rf"(?P<name>(?P<first>[A-Z][a-z]+)(?:\s+{_EN_NAME_TOKEN}){{1,2}})(?![A-Za-z'’])"
)


def _given_names() -> frozenset:
    global _GIVEN
    try:
        return _GIVEN
    except NameError:
        d = json.loads((DATA / "given_names.json").read_text(encoding="utf-8"))
        _GIVEN = frozenset(w for k, v in d.items() if not k.startswith("_") and k != "hangul" for w in v)
        return _GIVEN


def _en_name_ok(words: list) -> bool:
    table = _places()[0]
    return not any(w in _EN_STOP or w in _EN_ORG_CUES or w in _EN_TITLE_WORDS or w in _EN_GROUP_PREFIXES
                   for w in words) and words[-1] not in table and words[0] not in _EN_MONTHS


_EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def _en_person_more(text: str) -> list:
    out = []
    table = _places()[0]
    for m in _EN_ROLE_RE.finditer(text):
        if m.group("role").lower() not in _EN_ROLE_SET and m.group("role") != "CEO":
            continue
        words = m.group("name").split()
        while words and (words[-1] in _EN_STOP or words[-1] in _EN_ORG_CUES or words[-1] in table):
            words.pop()
        if len(words) < 2 or not _en_name_ok(words) or words[0] in table and words[0] not in _given_names():
            continue
        name = " ".join(words)
        out.append(_cand("person", m.start("name"), m.start("name") + len(name), text, name, prio=1.9, title=m.group("role")))
    for m in _EN_APPOSITIVE2_RE.finditer(text):
        words = m.group("name").split()
        role = m.group("role")
        if role is not None and (role in _EN_NOT_ROLE or not (_EN_ROLE_END.search(role) or role in _EN_ROLES.split("|"))):
            continue
        if not _en_name_ok(words) or (words[0] in table and words[0] not in _given_names()):
            continue
        out.append(_cand("person", m.start("name"), m.end("name"), text, m.group("name"), prio=1))
    for m in _EN_BY_RE.finditer(text):
        words = m.group("name").split()
        if not _en_name_ok(words) or words[0] in table and words[0] not in _given_names():
            continue
        out.append(_cand("person", m.start("name"), m.end("name"), text, m.group("name"), prio=1))
        more = re.match(rf"\s(?:and|&)\s({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN})(?![A-Za-z'’])", text[m.end("name"):m.end("name") + 40])
        if more and _en_name_ok(more.group(1).split()):  # "written by Will Aronson and Hue Park"
            s2 = m.end("name") + more.start(1)
            out.append(_cand("person", s2, s2 + len(more.group(1)), text, more.group(1), prio=1))
    for rx in (_EN_GIVEN_VERB_RE, _EN_ELECTED_RE):
        for m in rx.finditer(text):
            if m.group("first") not in _given_names():
                continue
            words = m.group("name").split()
            if not _en_name_ok(words):
                continue
            out.append(_cand("person", m.start("name"), m.end("name"), text, m.group("name"), prio=1))
    return out


def _en_person_candidates(text: str) -> list:
    out = []
    out += _en_person_more(text)
    for m in _EN_KO_NAME_RE.finditer(text):
        if m.group("sur") in _EN_KO_SURNAME_SET:
            out.append(_cand("person", m.start(), m.end(), text, m.group(), prio=1))
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
    for m in _EN_APPOSITIVE_RE.finditer(text):
        words = m.group("name").split()
        table = _places()[0]
        if any(w in _EN_STOP or w in table or w in _EN_ORG_CUES or w in _EN_TITLE_WORDS or w in _EN_GROUP_PREFIXES for w in words):
            continue
        out.append(_cand("person", m.start("name"), m.end("name"), text, m.group("name"), prio=1))
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


def _drop_places_inside_names(text: str, cands: list) -> list:
    """A region right after a capitalised word that is not a place ("Cathay Pacific") is part of a
    name, not the ocean; so is a place inside an organisation's span ("Transport for London")."""
    orgs = [(c[1], c[2]) for c in cands if c[0] == "organization"]
    regions = _REGION_VALUES()
    table = _places()[0]
    out = []
    for c in cands:
        if c[0] == "place":
            s, e = c[1], c[2]
            if any(os_ <= s and e <= oe and (os_, oe) != (s, e) for os_, oe in orgs):
                continue
            if c[3] in regions:
                prev = re.search(r"([A-Z][A-Za-z]+) $", text[max(0, s - 30):s])
                if prev and prev.group(1) not in table and prev.group(1) not in _EN_STOP and prev.group(1) not in ("South", "North", "East", "West", "Central", "Western", "Eastern", "Northern", "Southern", "the", "Asia"):
                    continue
        out.append(c)
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


_KO_QUOTED_TITLE = _compile(
    r"(?:영화|드라마|소설|책|시집|앨범|노래|곡|작품|웹툰|예능|프로그램|연극|뮤지컬|전시|게임|신작|시리즈)\s?['‘]([^'’\n]{2,25})['’]"
)
_EN_INDEX_AFTER = _compile(r"(?:\s[A-Z][A-Za-z\-]+){0,3}\s(?:Index|Composite)(?![A-Za-z])")


def _inside_title(text: str, cand, lang: str) -> bool:
    """A place or person inside the title of a work or an index is not a mention of it: 영화
    '서울의 봄' (a film: a work's title in single quotes after its kind), "the Shanghai Containerized
    Freight Index". Other quoted phrases keep their names ('한·몽골 자원협력 포럼')."""
    kind, s, e = cand[0], cand[1], cand[2]
    if kind == "organization":
        return False
    if lang == "ko":
        for m in _KO_QUOTED_TITLE.finditer(text, max(0, s - 32), min(len(text), e + 26)):
            if m.start(1) <= s and e <= m.end(1) and (s, e) != m.span(1):
                return True
        return False
    return kind == "place" and _EN_INDEX_AFTER.match(text, e) is not None


def extract_names(text: str, lang: str, glossary: Glossary | None = None) -> list[Fact]:
    """Places, organisations and people in ``text`` (``lang`` "ko" or "en"), sorted by start and
    not overlapping. ``glossary`` defaults to the bundled one; its entries win over the rules."""
    glossary = glossary if glossary is not None else _default_glossary()
    cued_hits: list = []
    cands = _glossary_candidates(text, glossary) + _glossary_candidates(text, _known_names(), prio=1.5) + _place_candidates(text, cued_hits)
    if lang == "ko":
        cands += _ko_org_candidates(text) + _ko_person_candidates(text) + _ko_group_candidates(text) + _ko_person_more(text)
        cands += _ko_subdivision_candidates(text) + _acronym_candidates(text) + _ko_place_title_candidates(text)
        cands += _ko_cued_place_candidates(text, cands, cued_hits)
        cands += _ko_local_candidates(text, cands)
        cands += _ko_cue_candidates(text, cands) + _world_city_candidates(text, "ko")
        # an English org or person inside a Korean article (rare) is still found by the glossary
    else:
        cands += _en_org_candidates(text) + _en_person_candidates(text) + _en_place_apposition_candidates(text)
        cands += _en_extra_candidates(text) + _world_city_candidates(text, "en") + _en_result_candidates(text)
        cands += _en_context_candidates(text)
        cands = _strip_en_ranks(text, cands)
        cands += _en_org_country_candidates(text, cands)
        cands = [c for c in cands if not (c[0] == "place" and _EN_EVENT_AROUND(text, c[1], c[2]))]
        cands = _drop_places_inside_names(text, cands)
    cands = [c for c in cands if not _inside_title(text, c, lang)]
    facts = _resolve(text, cands)
    # a Korean organisation the rules found may still have a glossary counterpart under another form
    for f in facts:
        if f.kind != "place" and "counterpart" not in f.extra:
            hit = glossary.lookup(f.text) or _known_names().lookup(f.text)
            if hit:
                ko, en, _kind = hit
                f.value = en
                f.extra["counterpart"] = ko if f.text != ko and not _HANGUL_RE.search(f.text) else en
    return facts


# --- sixth version: cues that held-out 6 showed missing (categories, not its names) --------------

_KO_PARTICLE_END = r"(?=(?:은|는|이|가|을|를|과|와|의|에|에서|에는|에도|도|로|으로|까지|부터|과의|와의)?(?![가-힣]))"
# someone named with the honorific 씨: 박영숙 씨는, 네팔 출신 라즈 구룽 씨는
_KO_SSI = _compile(r" 씨(?:는|가|의|를|와|도|에게|에|로|와의|처럼)?(?![가-힣])")
# a Hangul name glossed by its acronym or its other name in parentheses: 한국여자프로골프(KLPGA),
# 국제형사경찰기구(인터폴)
_KO_GLOSS = _compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{3,14})\((?:([A-Z][A-Za-z&]{1,7})|([가-힣]{2,6}))\)")
# a university: 고려대 의대, 한양대 교수; or in a list that closes with N개 대학
_KO_UNIV = _compile(r"(?<![가-힣])([가-힣]{2,3}대)(?= (?:의대|의과대학|교수|연구팀|연구진|총장|병원|캠퍼스|대학원|학생|공대|법학전문대학원|로스쿨)(?![가-힣]))")
_KO_UNIV_LIST = _compile(r"(?<![가-힣])([가-힣]{2,3}대)(?=(?:와|과|,|·| 등)\s?(?:[가-힣A-Z]{2,8}(?:와|과|,|·)?\s?)*(?:등 )?\d+개 대학)")
_KO_NOT_UNIV = {"최대", "확대", "기대", "세대", "시대", "반대", "상대", "절대", "초대", "무대", "지대", "군대", "거대",
                "과대", "막대", "성대", "중대", "증대", "연대", "현대", "교대", "부대", "강대", "관대", "위대", "침대",
                "대대", "역대", "당대", "근대", "고대", "후대", "청년대", "이십대", "삼십대", "사십대", "오십대", "노년대"}
# stations, industrial estates, plants and markets named after a place: 수서역, 여수국가산업단지,
# 당진제철소, 세종정부청사, 판교테크노밸리, 동대문종합시장
_KO_STATION = _compile(rf"(?<![가-힣])([가-힣]{{2,4}}역){_KO_PARTICLE_END}")
_KO_NOT_STATION_END = ("지역", "구역", "영역", "권역", "수역", "해역", "공역", "무역", "통역", "번역", "용역", "방역", "현역",
                       "병역", "징역", "노역", "배역", "주역", "대역", "내역", "전역", "성역", "하역", "고역", "사역", "직역",
                       "의역", "단역", "악역", "조역", "이역", "역역", "재역", "광역", "검역", "분역")
_KO_SITE_ENDS = r"(?:국가산업단지|국가산단|산업단지|제철소|정부청사|테크노밸리|종합시장|전통시장|터미널|복합단지|혁신도시|신도시|기지|조선소|정유공장|공장|발전소|원전|항만)"
_KO_SITE = _compile(rf"(?<![가-힣])([가-힣]{{2,5}}{_KO_SITE_ENDS}){_KO_PARTICLE_END}")
_KO_SITE_HINT = _compile(_KO_SITE_ENDS)
_KO_SITE_END = _compile(_KO_SITE_ENDS + "$")
# a foreign district or province after the city or country it belongs to: 상하이 징안구, 베트남
# 바리아붕따우성, 텍사스주 포트워스
_KO_FOREIGN_SUB = _compile(rf"(?<![가-힣])([가-힣]{{2,8}}(?:구|성|주|현|시|항)){_KO_PARTICLE_END}")


_KO_STATION_HINT = _compile(r"역")
_KO_PAREN = _compile(r"\(")
_KO_TERM_ENDS = ("법", "법안", "협정", "제도", "선수", "기술", "물질", "체계", "정책", "사업", "지수", "시스템", "플랫폼", "접합체",
                 "치료제", "백신", "규정", "조약", "지침", "상", "시험", "검사", "제품", "서비스", "원전", "발전소")
_KO_UNIV_HINT = _compile(r"대 (?:의대|의과대학|교수|연구팀|연구진|총장|병원|캠퍼스|대학원|학생|공대|법학전문대학원|로스쿨)")
_KO_UNIV_LIST_HINT = _compile(r"\d개 대학")
_KO_TOUR_HINT = _compile(r" 투어")
_KO_CLUB_HINT = _compile(r"CC|GC|컨트리클럽|골프클럽|골프장")
_KO_HANGUL_ACRONYM_HINT = _compile(r"[가-힣][A-Z]{2}")
_KO_ROUTE_HINT = _compile(r"[가-힣]\s?[~∼～]\s?[가-힣]")


def _ko_cue_candidates(text: str, found: list) -> list:
    """Korean names read from the words around them: 씨 and an age after a person; a body glossed by
    its acronym or abbreviation; the subject of a statement and the body an official speaks for; the
    body an executive heads; parties, universities, stations, sites, venues, islands and ports; a
    foreign person after their country or team (`found` are the candidates of the other rules)."""
    table = _places()[0]
    cued, countries = _cued_places()
    out = []
    for m in _KO_SSI.finditer(text):
        if not m.start() or not _HANGUL_RE.match(text[m.start() - 1]):
            continue
        span = _ko_foreign_person(text, m.start())
        if span and " " in text[span[0]:span[1]] and not any(w.startswith("씨") for w in text[span[0]:span[1]].split()):  # 라즈 구룽 씨: a two-word name is not Korean
            out.append(_cand("person", span[0], span[1], text, text[span[0]:span[1]], prio=1))
            continue
        prev = re.search(r"([가-힣]+)$", text[:m.start()])
        if prev and _ko_name_like(prev.group(1)) and prev.group(1)[-1] not in _KO_NOUNISH_END:
            out.append(_cand("person", prev.start(1), m.start(), text, prev.group(1), prio=2))
    # the subject of a statement: "코웨이는 … 280만 개를 넘겼다고 1일 밝혔다" (a body unless it reads as a
    # Korean name); and the body an official speaks for: "구글 관계자는", "현대차 측은"
    for m in around(_KO_SAYS, text, _KO_SAYS_HINT, 22, 4):
        sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), text.rfind("다. ", 0, m.start()))
        head = _KO_SUBJECT.match(text, 0 if sent_start < 0 else sent_start + (2 if text[sent_start] == "." else 1))
        if head is None or head.end() > m.start():
            continue
        w = head.group(1)
        if not _ko_subject_name_ok(w):
            continue
        kind = "person" if _ko_name_like(w) and len(w) == 3 else "organization"
        out.append(_cand(kind, head.start(1), head.end(1), text, w, prio=0))
    for m in around(_KO_OFFICIAL, text, _KO_OFFICIAL_HINT, 14, 6):
        w = m.group(1)
        if _ko_subject_name_ok(w) and not _ko_name_like(w):
            out.append(_cand("organization", m.start(1), m.end(1), text, w, prio=0))
    # a party before its member and title: 정의당 권영국 대표는
    for m in around(_KO_PARTY_MEMBER, text, _KO_PARTY_HINT, 8, 20):
        w = m.group(1)
        if w not in _KO_GENERIC_PARTIES and _ko_name_like(m.group(2)):
            out.append(_cand("organization", m.start(1), m.end(1), text, w, prio=1))
    # a long name glossed by its Korean abbreviation: 경제정의실천시민연합(경실련)
    for m in around(_KO_GLOSS, text, _KO_PAREN, 15, 12):
        if m.group(3) and len(m.group(1)) >= 6 and m.group(3)[0] == m.group(1)[0] and not _ko_org_like(m.group(1)):
            out.append(_cand("organization", m.start(1), m.end(1), text, m.group(1), m.group(3), prio=1))
            out.append(_cand("organization", m.start(3), m.end(3), text, m.group(3), m.group(1), prio=1))
    # venues and works named as such: 대전컨벤션센터, 명동대성당, 명동예술극장, 고척스카이돔, 영도조선소; an
    # island after its country (인도네시아 술라웨시섬)
    for m in around(_KO_VENUE, text, _KO_VENUE_HINT, 10, 8):
        stem = m.group(1)[: -len(m.group(2))]
        if stem not in _KO_GENERIC_VENUE_STEMS and not stem.endswith(("국립", "시립", "도립", "구립", "야외", "실내")):
            out.append(_cand("place", m.start(1), m.end(1), text, m.group(1), prio=1))
    for m in around(_KO_ISLAND, text, _KO_ISLAND_HINT, 7, 4):
        prev = re.search(r"([가-힣]+) $", text[max(0, m.start() - 12):m.start()])
        if prev and prev.group(1) in countries:
            out.append(_cand("place", m.start(1), m.end(1), text, m.group(1), prio=1))
    for m in around(_KO_NATIONAL_BODY, text, _KO_NATIONAL_HINT, 2, 16):
        out.append(_cand("organization", m.start(1), m.end(1), text, m.group(1), prio=1))
    # the body a person heads, before the name and the title: "빗썸 이재원 대표는", "에릭슨의 뵈리에 에크홀름
    # 최고경영자는" (the classic Korean way to name an executive)
    for m in around(_KO_ORG_NAME_TITLE, text, _KO_EXEC_HINT, 30, 12):
        org, name = m.group(1), m.group(2)
        org_start, org_end, name_start = m.start(1), m.end(1), m.start(2)
        if org.endswith("의") and len(org) > 2:  # 에릭슨의 뵈리에 에크홀름 최고경영자
            org, org_end = org[:-1], org_end - 1
        elif " " in name and _ko_name_like(name.split(" ")[1]) and not _ko_subject_name_ok(org):
            # 도매업체 한빛유통 윤상철 대표: the business word, the firm, the person
            org, name = name.split(" ")
            org_start, org_end, name_start = m.start(2), m.start(2) + len(org), m.start(2) + len(org) + 1
            if org.endswith("의") and len(org) > 2:  # 업체 뿌리정보의 박정우 대표
                org, org_end = org[:-1], org_end - 1
        korean = _ko_name_like(name)
        foreign = " " in name and all(_foreign_name_word(w) and not _KO_VERBISH.search(w) for w in name.split())
        if not (korean or foreign) or not _ko_subject_name_ok(org) or _is_title_word(org) or org in _KO_FOREIGN_STOP:
            continue
        if org in table or org in countries or _ko_name_like(org) and len(org) == 3 and korean:
            continue
        out.append(_cand("organization", org_start, org_end, text, org, prio=0))
        out.append(_cand("person", name_start, m.end(2), text, name, prio=1))
    # a foreign university in Hangul: 스탠퍼드대, 옥스퍼드대 (four syllables or more, not 세대 or 시대)
    for m in around(_KO_FOREIGN_UNIV, text, _KO_UNIV_END_HINT, 8, 3):
        w = m.group(1)
        if not w.endswith(_KO_NOT_UNIV_END) and w[:-1] not in table and _foreign_name_word(w[:-1]):
            out.append(_cand("organization", m.start(1), m.end(1), text, w, prio=1))
    # a name and an age in parentheses: 박지훈(32)이, 김모(45)씨는
    for m in around(_KO_NAME_AGE, text, _KO_AGE_HINT, 6, 2):
        w = m.group(1)
        if _ko_name_like(w) and w[-1] not in _KO_NOUNISH_END or len(w) == 2 and w[1] == "모" and w[0] in _KO_SURNAMES:
            out.append(_cand("person", m.start(1), m.end(1), text, w, prio=2))
    acronyms = {(c[1], c[2]) for c in found if c[0] == "organization" and text[c[1]:c[2]].isascii()}
    for m in around(_KO_GLOSS, text, _KO_PAREN, 15, 12):
        word = m.group(1)
        if m.group(2):
            if (m.start(2), m.end(2)) not in acronyms or word.endswith(_KO_TERM_ENDS):
                continue
            out.append(_cand("organization", m.start(1), m.end(1), text, word, m.group(2), prio=1))
        elif _ko_org_like(word) or _ko_group_org(word):
            out.append(_cand("organization", m.start(3), m.end(3), text, m.group(3), word, prio=1))
    for rx, hint, back in ((_KO_UNIV, _KO_UNIV_HINT, 4), (_KO_UNIV_LIST, _KO_UNIV_LIST_HINT, 60)):
        for m in around(rx, text, hint, back, 20):
            w = m.group(1)
            if w not in _KO_NOT_UNIV and w[:-1] not in countries and not w[:-1].isdigit():
                out.append(_cand("organization", m.start(1), m.end(1), text, w, prio=1))
    for m in around(_KO_STATION, text, _KO_STATION_HINT, 5, 8):
        w = m.group(1)
        if w.endswith(_KO_NOT_STATION_END) and w[:-1] not in table or w[:-1] in countries:
            continue
        # a station is named as such: 수서역과 지제역, 청량리역에서, 서울역 광장 — a place name or a list
        nxt = text[m.end():m.end() + 8]
        if w[:-1] in table or w[:-1] in cued or re.match(r"(?:과|와|에서|부터|까지)? ?(?:[가-힣]{2,4}역|사이|인근|일대|앞|광장|역사|환승)", nxt) \
                or re.search(r"[가-힣]{2,4}역(?:과|와|에서|부터)? ?$", text[max(0, m.start() - 9):m.start()]):
            out.append(_cand("place", m.start(1), m.end(1), text, w, w, prio=1))
    local = _korean_local_forms() | set(_KO_PROVINCE_WORDS) | {"광주", "대전", "제주", "서울"}
    for m in around(_KO_SITE, text, _KO_SITE_HINT, 6, 8):
        w = m.group(1)
        stem = _KO_SITE_END.sub("", w)
        if (stem in table or stem in cued or stem in local) and stem not in countries:
            out.append(_cand("place", m.start(1), m.end(1), text, w, w, prio=1))
        elif w.endswith(("테크노밸리", "종합시장", "국가산업단지")) and len(stem) >= 2:
            out.append(_cand("place", m.start(1), m.end(1), text, w, w, prio=1))
    for prev in [c for c in found if c[0] == "place" and text[c[2]:c[2] + 1] == " "]:
        m = _KO_FOREIGN_SUB.match(text, prev[2] + 1)
        if m is None:
            continue
        s = m.start(1)
        w = m.group(1)
        pw = text[prev[1]:prev[2]]
        if pw in local or w in _KO_NOT_SUBDIVISION or _ko_org_like(w) or w.endswith(("당시", "동시", "역시", "즉시", "수시", "상시", "임시", "정시", "연구", "요구", "친구", "도구", "인구")):
            continue
        if w[-1] == "항" and (pw not in countries or len(w) < 3 or w.endswith(("공항", "귀항", "출항", "입항", "기항", "결항", "운항", "회항"))):
            continue
        if w[-1] == "성" and pw not in ("중국", "베트남", "라오스", "캄보디아"):
            continue
        if w[-1] == "구" and (pw in countries or len(w) < 3):
            continue
        if w[-1] in "주현시" and len(w) < 3:
            continue
        out.append(_cand("place", s, m.end(1), text, w, w, prio=1))
    for r in _KO_FROM_REL.finditer(text):
        if r.group() == "의 " and not (r.start() and _HANGUL_RE.match(text[r.start() - 1])) \
                or r.group() != "의 " and r.start() and _HANGUL_RE.match(text[r.start() - 1]) and not r.group().startswith("출신"):
            continue
        head = re.search(r"([가-힣]*) ?$", text[max(0, r.start() - 10):r.start()]).group(1)
        if r.group(1) != "소속" and head not in countries:
            continue
        m = _KO_FROM_NAME.match(text, r.end())
        if m is None:
            continue
        words = m.group("name").split(" ")
        if len(words) >= 2 and all(_foreign_name_word(w) and not _KO_VERBISH.search(w) for w in words):
            out.append(_cand("person", m.start("name"), m.end("name"), text, m.group("name"), prio=1))
    # a tour named by its body's acronym (PGA 투어), a golf club (오크밸리CC), a company written as a
    # place and an acronym (여천NCC)
    for m in around(_KO_TOUR, text, _KO_TOUR_HINT, 8, 8):
        if (m.start(1), m.end(1)) in acronyms:
            out.append(_cand("organization", m.start(1), m.end(), text, m.group(), prio=1))
    for m in around(_KO_CLUB, text, _KO_CLUB_HINT, 9, 8):
        out.append(_cand("place", m.start(1), m.end(1), text, m.group(1), prio=1))
    for m in around(_KO_HANGUL_ACRONYM, text, _KO_HANGUL_ACRONYM_HINT, 4, 8):
        if (m.start(2), m.end(2)) in acronyms and m.group(1) not in countries:
            out.append(_cand("organization", m.start(1), m.end(2), text, m.group(), prio=1))
    # a nuclear plant's site: 고리 2호기, 두코바니 원전; and either end of a route: 평택~오송
    plants = "호기" in text or "원전" in text or "원자력" in text
    for m in (re.finditer(r"(?<![가-힣])([가-힣]{2,5}) (?:\d+(?:·\d+)*호기|원전|원자력발전소)", text) if plants else ()):
        w = m.group(1)
        if w not in _KO_NOT_PLANT_SITE and not _KO_VERBISH.search(w) and _split_tail(w, 2) == w and not _ko_org_like(w):
            out.append(_cand("place", m.start(1), m.end(1), text, w, prio=1))
    known = table.keys() | cued.keys() | local
    for m in around(_KO_ROUTE, text, _KO_ROUTE_HINT, 5, 8):
        a, b = m.group(1), m.group(2)
        if a in known and b not in known and b not in countries:
            out.append(_cand("place", m.start(2), m.end(2), text, b, prio=1))
        elif b in known and a not in known and a not in countries:
            out.append(_cand("place", m.start(1), m.end(1), text, a, prio=1))
    return out


_KO_SAYS = _compile(r"(?:고|며|면서|라고|다고)\s(?:\d{1,2}일(?:\s?\(현지시간\))?\s)?(?:밝혔다|발표했다|공시했다|전했다|설명했다|예상했다|내다봤다)")
_KO_SUBJECT = _compile(r"\s*(?:\[[^\]]*\]\s*)?((?:[A-Za-z][A-Za-z0-9&]*)?[가-힣]{2,10}|[A-Za-z][A-Za-z0-9&]+)(?:은|는|이|가)(?=\s)")
_KO_OFFICIAL = _compile(r"(?<![가-힣A-Za-z])((?:[A-Za-z][A-Za-z0-9&]*)?[가-힣]{2,10}|[A-Z][A-Za-z0-9&]+) (?:관계자|측)(?:은|는|이|가|에|의|도)?(?![가-힣])")
_KO_OFFICIAL_HINT = _compile(r" (?:관계자|측)")
_KO_SUBJECT_STOP = {
    "정부", "경찰", "검찰", "법원", "업계", "회사", "당국", "전문가", "관계자", "이들", "그", "그녀", "이번", "올해", "지난해", "한편",
    "또", "이", "이는", "재계", "증권가", "시장", "소비자", "시민", "주민", "노조", "학계", "연구진", "연구팀", "의료계", "야당",
    "여당", "정치권", "업체", "기업", "대기업", "중소기업", "은행", "은행권", "금융권", "금융당국", "보건당국", "방역당국",
    "교육당국", "외교부", "국방부", "대통령실", "청와대", "여권", "야권", "정부와", "정부도", "당", "당국자", "소식통",
    "외신", "언론", "매체", "보고서", "조사", "분석", "통계", "자료", "결과", "이날", "최근", "향후", "앞서", "특히",
    "다만", "이어", "또한", "현재", "당시", "이후", "이에", "대해", "이와", "관련", "측", "양측", "양국", "각국", "회원국",
    "협회", "위원회", "재단", "조합", "단체", "시민단체", "환경단체", "노동계", "경영계", "산업계", "유통업계", "업계에선",
    "전문가들", "관계자들", "소비자들", "투자자", "투자자들", "애널리스트", "연구원", "교수", "의원", "장관", "대표", "회장",
    "사장", "위원장", "대변인", "국토부", "기재부", "산업부", "금융위", "금감원", "한은", "통계청", "관세청", "국세청",
    "지자체", "구청", "시청", "도청", "군", "시", "도", "구", "동사", "자사", "당사", "본사", "그룹", "계열사", "자회사",
    "병원", "구단", "학교", "대학", "센터", "공장", "매장", "팀", "선수단", "대회", "조직위", "주최측", "노사", "소방", "학회",
    "교회", "사찰", "성당", "캠프", "대표팀", "법인", "지점", "지사", "협력사", "거래처", "원청", "하청", "시공사", "조합원",
}


def _ko_subject_name_ok(w: str) -> bool:
    """A subject word that can be a name: not a generic body or a pronoun, not a plural, not a place
    (places have their own rules), not an expression of time or a common noun ending."""
    if w in _KO_SUBJECT_STOP or w in _KO_ORG_STOP or w in _KO_FIRM_NOT or w.endswith(("들", "측", "당국", "업계", "단체", "정부", "지역", "시장", "기관", "업체", "기업",
                                                "회사", "부문", "사업", "전문가", "관계자", "연구진", "연구팀", "시민", "주민")):
        return False
    if w in _places()[0] or _cued_places()[0].get(w) or re.search(r"\d", w):
        return False
    return not re.search(r"(?:에서|에게|으로|하는|했다|한다|이라|라며|이며|에는|에도|까지|부터|적|상|간|별|중|내|외|께|님)$", w)


_KO_SAYS_HINT = _compile(r"밝혔다|발표했다|공시했다|전했다|설명했다|예상했다|내다봤다")
_KO_PARTY_HINT = _compile(r"당 ")
_KO_ISLAND = _compile(rf"(?<![가-힣])([가-힣]{{2,6}}섬){_KO_PARTICLE_END}")
_KO_ISLAND_HINT = _compile(r"섬")
_KO_PARTY_MEMBER = _compile(r"(?<![가-힣])([가-힣]{2,6}당) ([가-힣]{2,4}) (?:대표|원내대표|의원|대변인|위원장|최고위원|사무총장|후보)")
_KO_GENERIC_PARTIES = {"정당", "여당", "야당", "소수정당", "거대양당", "양당", "군소정당", "제1야당", "제2야당", "집권당", "창당", "탈당",
                       "입당", "복당", "해당", "상당", "담당", "배당", "할당", "충당", "타당", "부당", "적당", "식당", "강당", "성당"}
_KO_VENUE = _compile(rf"(?<![가-힣])([가-힣]{{2,8}}(컨벤션센터|전시컨벤션센터|대성당|성당|예술극장|아트센터|극장|스카이돔|돔|야구장|도매시장|"
                       rf"축구장|경기장|체육관|아레나|공연장|조선소|제련소|사찰|교회)){_KO_PARTICLE_END}")
_KO_VENUE_HINT = _compile(r"컨벤션센터|성당|극장|아트센터|돔|야구장|도매시장|축구장|경기장|체육관|아레나|공연장|조선소|제련소|사찰|교회")
_KO_GENERIC_VENUE_STEMS = {"주경기", "보조경기", "실내체육", "지역", "동네", "마을", "대형", "소형", "인근", "주변", "해당", "전용",
                           "소극", "대극", "영화", "공연", "전국", "주요", "일부", "모든", "각", "새", "신설", "중형", "다목적",
                           "개척", "대형교회", "지역교회", "국내", "해외", "전통", "노천", "민간", "공공", "상설", "임시"}
_KO_NATIONAL_BODY = _compile(rf"(?<![가-힣])((?:국립|시립|도립)[가-힣]{{2,8}}(?:원|센터|연구소|관|단))(?<!공원){_KO_PARTICLE_END}")
_KO_NATIONAL_HINT = _compile(r"국립|시립|도립")
_KO_EXEC_TITLES = (r"(?:대표|대표이사|회장|부회장|사장|부사장|최고경영자|CEO|이사장|원장|총장|조합장|단장|본부장|센터장|팀장|"
                   r"보상기획팀장|이사|전무|상무|사무총장|위원장|국장)")
_KO_ORG_NAME_TITLE = _compile(
    r"(?<![가-힣A-Za-z0-9])((?:[A-Za-z][A-Za-z0-9&]*)?[가-힣]{2,10}|[A-Z][A-Za-z0-9&]{1,9})(?:의)? "
    rf"((?:[가-힣]{{1,5}} )?[가-힣]{{2,5}}) {_KO_EXEC_TITLES}(?:은|는|이|가|을|를|의|과|와|도)?(?![가-힣])")
_KO_EXEC_HINT = _compile(" " + _KO_EXEC_TITLES)
_KO_FOREIGN_UNIV = _compile(r"(?<![가-힣])([가-힣]{3,6}대)(?=(?:는|가|의|와|과|에|에서|를|도)?(?![가-힣])| )")
_KO_UNIV_END_HINT = _compile(r"[가-힣]대(?![가-힣])|대(?:는|가|의|와|과|에|에서|를|도)(?![가-힣])")
_KO_NOT_UNIV_END = ("세대", "시대", "연대", "지대", "부대", "군대", "확대", "최대", "기대", "반대", "상대", "절대", "초대", "무대",
                    "거대", "막대", "증대", "중대", "교대", "강대", "관대", "위대", "침대", "대대", "역대", "당대", "근대", "고대",
                    "후대", "년대", "간대", "가대", "층대", "령대", "격대", "공대", "의대", "사대", "법대", "치대", "약대", "농대",
                    "미대", "체대", "음대", "해대", "여대", "기동대", "경비대", "수비대", "의용대", "원정대", "선발대", "봉사대",
                    "특공대", "순찰대", "구조대", "소방대", "경호대", "의장대", "군악대", "공수대", "탐사대", "조사대", "기마대")
_KO_NAME_AGE = _compile(r"(?<![가-힣])([가-힣]{2,4})\(\d{1,3}(?:세)?\)")
_KO_AGE_HINT = _compile(r"\(\d{1,3}(?:세)?\)")
_KO_TOUR = _compile(r"(?<![A-Za-z가-힣])([A-Z]{2,6}) 투어(?=(?:은|는|이|가|을|를|과|와|의|에서|에)?(?![가-힣]))")
_KO_CLUB = _compile(rf"(?<![가-힣A-Za-z])([가-힣]{{2,8}}(?:CC|GC|컨트리클럽|골프클럽|골프장)){_KO_PARTICLE_END}")
_KO_HANGUL_ACRONYM = _compile(r"(?<![가-힣A-Za-z])([가-힣]{2,4})([A-Z]{2,5})(?=(?:은|는|이|가|을|를|과|와|의|도|에)?(?![가-힣A-Za-z]))")
_KO_ROUTE = _compile(r"(?<![가-힣])([가-힣]{2,4})\s?[~∼～]\s?([가-힣]{2,4})(?=(?:은|는|이|가|을|를|과|와|의|에|간|구간)?(?![가-힣])| )")
_KO_FROM_REL = _compile(r"의 |(소속|출신|국적의?) ")
_KO_FROM_NAME = _compile(r"(?P<name>(?:[가-힣]{1,5} )?[가-힣]{1,5})(?:이|가|은|는)(?![가-힣])")
_KO_NOT_PLANT_SITE = {"신규", "해외", "대형", "소형", "차세대", "노후", "가동", "기존", "국내", "원자력", "한국형", "수출",
                      "계속운전", "첫", "신형", "상업", "인근", "주변", "해당", "다른", "모든", "기타", "일부", "전체", "신설"}


# --- world cities (GeoNames through data/world_cities.tsv; see build_world_cities.py) ----------------

_EN_CITY_CUE_BEFORE = _compile(
    r"(?<![A-Za-z])(?:in|at|near|from|to|outside|around|via|into|across|toward|towards|between|and|of|the city of|"
    r"the town of|the port of|visit|visited|visiting|visits)\s$"
)
_EN_MONTHS_AND_DAYS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_EN_CITY_SITE_AFTER = _compile(r"\s(?:plant|factory|site|facility|office|headquarters|port|airport|campus|branch|"
                                 r"mill|works|refinery|shipyard|steelworks|smelter|terminal)(?![A-Za-z])")
_EN_COMMA_PLACE = _compile(r",\s([A-Z][A-Za-z .]+?)(?=[,.;)]|\s[a-z]|$)")
_EN_CAP_BEFORE = _compile(r"(?<![A-Za-z])([A-Z][A-Za-z'’.\-]*)\s$")


@lru_cache(maxsize=1)
def _world_cities() -> tuple[dict, dict, "_FormScanner"]:
    """English form -> (value, Korean form, population, common) and Hangul form -> the same, with a
    scanner for the Hangul forms; the forms the older tables already know are left to them. (Rows
    are in population order, so a name shared by two cities is the larger one's.)"""
    table = _places()[0]
    en_forms: dict[str, tuple] = {}
    ko_forms: dict[str, tuple] = {}
    path = DATA / "world_cities.tsv"
    if not path.exists():
        return en_forms, ko_forms, _FormScanner(())
    lines = path.read_text(encoding="utf-8").split("\n")
    for line in lines[1:]:
        if not line:
            continue
        en, ascii_forms, kos, _country, pop, common = line.split("\t")
        if kos:
            ko_list = kos.split("|")
            entry = (en, ko_list[0], int(pop), common == "1")
            for form in ko_list:
                if form not in ko_forms and form not in table:
                    ko_forms[form] = entry
        else:
            entry = (en, "", int(pop), common == "1")
        if len(en) >= 4 and en not in en_forms and en not in table:
            en_forms[en] = entry
        if ascii_forms:
            for form in ascii_forms.split("|"):
                if len(form) >= 4 and form not in en_forms and form not in table:
                    en_forms[form] = entry
    return en_forms, ko_forms, _FormScanner(ko_forms)


_EN_CAP_WORD_START = _compile(r"(?<![A-Za-z0-9'’.])[A-Z]")
_EN_TOKEN = _compile(r"[^\s,;:()\"“”]+")


_EN_FIRST_WORD = _compile(r"[^\s,;:()\"“”\-'’.]+")


@lru_cache(maxsize=1)
def _en_city_first_words() -> frozenset:
    return frozenset(_EN_FIRST_WORD.match(f).group() for f in _world_cities()[0] if _EN_FIRST_WORD.match(f))


def _en_city_forms(text: str, forms: dict):
    """The longest English city form starting at each capitalised word (up to four words, which
    may end in a full stop or "'s" that are not part of the name): one lookup per word end, far
    fewer than one per form length."""
    n = len(text)
    first_words = _en_city_first_words()
    for m in _EN_CAP_WORD_START.finditer(text):
        i = m.start()
        w = _EN_FIRST_WORD.match(text, i)
        if w is None or w.group() not in first_words:
            continue
        ends, pos = [], i
        for _ in range(4):
            t = _EN_TOKEN.match(text, pos)
            if t is None:
                break
            if "-" in t.group():  # Jakarta-Bandung
                ends += [t.start() + k for k, ch in enumerate(t.group()) if ch == "-" and k]
            ends.append(t.end())
            pos = t.end()
            if pos >= n or text[pos] != " ":
                break
            pos += 1
        for e in reversed(ends):
            for end in (e, e - 1, e - 2):
                if end > i and (end == e or text[end:e] in (".", "'s", "’s", ",")) and text[i:end] in forms:
                    yield i, end, text[i:end]
                    break
            else:
                continue
            break


def _world_city_candidates(text: str, lang: str) -> list:
    """A city of the world that the older tables do not know (Bolton, Dunkirk, 캘거리, 포트워스).

    English: the name must stand alone (no capitalised word right before or after it, so "John
    Bolton" and "Reading Festival" are not places), and a small city, or one that is also an
    everyday word or a given name, needs a cue: a preposition before it ("near Reading"), "-based" or
    ", <a known place>" after it. Korean: a name of three syllables or more for a city of 100,000
    people or more stands alone; a shorter or smaller one needs a known place right before it
    (캐나다 캘거리, 텍사스주 포트워스)."""
    en_forms, ko_forms, ko_rx = _world_cities()
    table = _places()[0]
    out = []
    if lang == "en":
        given = _given_names()
        for start, end, form in _en_city_forms(text, en_forms):
            en, ko, pop, common = en_forms[form]
            if form[:1].islower():
                continue
            after = text[end:end + 30]
            if re.match(r"\s(?:[A-Z][a-z]|of [A-Z]|de |do |da |&)", after) or re.match(r"['’]s\s[A-Z]", after):
                continue
            cap = _EN_CAP_BEFORE.search(text, max(0, start - 30), start)
            sentence_start = cap is not None and re.search(r"(?:^|[.!?\"“]\s+)$", text[max(0, cap.start() - 3):cap.start()])
            if cap and not sentence_start and cap.group(1) not in ("The", "In", "At", "From", "Near") \
                    and cap.group(1).rstrip(",") not in table:
                continue
            cue = bool(_EN_CITY_CUE_BEFORE.search(text, max(0, start - 20), start)) or after.startswith("-based") \
                or bool(_EN_CITY_SITE_AFTER.match(after)) \
                or bool((place_after := _EN_COMMA_PLACE.match(after)) and place_after.group(1) in table)
            if form in _EN_MONTHS_AND_DAYS:
                continue
            strong = after.startswith("-based") or bool(re.match(r",\s[A-Z]", after)) and cue \
                or bool(re.search(r"(?:city|town|port) of\s$", text[max(0, start - 12):start]))
            free = pop >= 100_000 and not common and form not in given and form.lower() not in _EN_STOP
            if common:  # "Reading", "Nice", "Bath": also everyday words
                ok = strong or cue and pop >= 100_000 and form not in given
            else:
                ok = free or cue and (form not in given or pop >= 100_000)
            if ok:
                out.append(_cand("place", start, end, text, en, ko or None, prio=0.5))
    else:
        for start, end, form in ko_rx.finditer(text):
            en, ko, pop, common = ko_forms[form]
            if start and _HANGUL_RE.match(text[start - 1]):
                continue
            if not _tail_ok(text[end:_hangul_run_end(text, end)]):
                continue
            prev = re.search(r"([가-힣]+) $", text[max(0, start - 12):start])
            cued = prev is not None and (prev.group(1) in table or prev.group(1)[-1:] in "주성현" and len(prev.group(1)) >= 3)
            if cued or len(form.replace(" ", "")) >= 3 and pop >= 100_000 and form not in _KO_FOREIGN_STOP:
                out.append(_cand("place", start, end, text, en, form, prio=0.5))
    return out


# "J.J. Spaun won", "Ethiopia's Tesfaye Girma won", "John Korir of Kenya won", "ahead of Jonas
# Vingegaard", "Rafael Grossi, head of the …": people named where a result or an office follows
_EN_SPORT_VERB = r"(?:won|wins|finished|beat|beats|defeated|clinched|claimed|took|set|broke|crossed|edged|retained|captured)"
_EN_INITIALS_NAME = _compile(r"(?<![A-Za-z.])((?:[A-Z]\.){1,3}\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?![A-Za-z])")
_EN_COUNTRY_S_NAME = _compile(
    rf"(?<![A-Za-z])([A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?)['’]s\s({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN})\s{_EN_SPORT_VERB}(?![A-Za-z])")
_EN_NAME_OF_WON = _compile(
    rf"(?<![A-Za-z])({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN})\sof\s(?:[A-Z][A-Za-z]*\s?){{1,4}}\s?{_EN_SPORT_VERB}(?![A-Za-z])")
_EN_AHEAD_OF = _compile(rf"(?<![A-Za-z])(?:ahead of|behind|beating|defeating|edging|over)\s({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN})(?![A-Za-z])")
_EN_HEAD_OF = _compile(
    rf"(?<![A-Za-z])({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN}(?:\s{_EN_NAME_TOKEN})?),\s(?:the\s)?(?:head|chief|director|"
    r"director-general|secretary-general|leader|president|chairman|chairwoman|founder|co-founder|governor|mayor|"
    r"chief executive|managing director|editor|dean|rector)\s(?:of|at)\s")


_EN_INITIAL_HINT = _compile(r"[A-Z]\.[A-Z]?")
_EN_POSSESSIVE_HINT = _compile(r"['’]s ")
_EN_SPORT_HINT = _compile(_EN_SPORT_VERB)
_EN_AHEAD_HINT = _compile(r"ahead of |behind |beating |defeating |edging |over ")
_EN_HEAD_HINT = _compile(r", (?:the )?(?:head|chief|director|secretary|leader|president|chair|founder|co-founder|governor|"
                           r"mayor|managing|editor|dean|rector)")


def _en_name_words_ok(name: str) -> bool:
    table = _places()[0]
    return not any(w in table or w in _EN_STOP or w in _EN_ORG_CUES or w in _EN_TITLE_WORDS or w in _EN_RANK_WORDS
                   for w in name.replace(".", ". ").split())


def _en_result_candidates(text: str) -> list:
    """English people named by initials, by a result ("Ethiopia's X won", "X of Kenya won", "ahead of
    X") or as the head of a body ("X, head of the …")."""
    table = _places()[0]
    out = []
    for m in around(_EN_INITIALS_NAME, text, _EN_INITIAL_HINT, 6, 30):
        initials = re.match(r"(?:[A-Z]\.)+", m.group(1)).group()
        rest = m.group(1)[len(initials):].strip()
        if initials in table or initials.replace(".", "") in table or not _en_name_words_ok(rest):
            continue  # "U.S. Open"
        out.append(_cand("person", m.start(1), m.end(1), text, m.group(1), prio=1))
    for m in around(_EN_COUNTRY_S_NAME, text, _EN_POSSESSIVE_HINT, 30, 60):
        if m.group(1) in table and _en_name_words_ok(m.group(2)):
            out.append(_cand("person", m.start(2), m.end(2), text, m.group(2), prio=1))
    for m in around(_EN_NAME_OF_WON, text, _EN_SPORT_HINT, 90, 12):
        if _en_name_words_ok(m.group(1)):
            out.append(_cand("person", m.start(1), m.end(1), text, m.group(1), prio=1))
    given = _given_names()
    for m in around(_EN_AHEAD_OF, text, _EN_AHEAD_HINT, 2, 40):
        if m.group(1).split()[0] in given and _en_name_words_ok(m.group(1)):
            out.append(_cand("person", m.start(1), m.end(1), text, m.group(1), prio=1))
    for m in around(_EN_HEAD_OF, text, _EN_HEAD_HINT, 50, 40):
        words = m.group(1).split()
        while words and (words[0] in _EN_RANK_WORDS or words[0] in _EN_TITLE_WORDS or words[0] in _EN_STOP):
            words = words[1:]
        if len(words) >= 2 and _en_name_words_ok(" ".join(words)):
            start = m.end(1) - len(" ".join(words))
            out.append(_cand("person", start, m.end(1), text, " ".join(words), prio=1))
    return out


_EN_GEO_WORDS = {"Sea", "Strait", "Straits", "Peninsula", "Gulf", "Bay", "Coast", "Island", "Islands", "River", "Mountains",
                 "Plateau", "Basin", "Valley", "Desert", "Border", "Plain", "Plains", "Lake", "Ocean", "Channel", "Delta",
                 "Region", "Province", "State", "City", "Town", "Capital", "Mainland", "Republic", "Kingdom", "Federation",
                 "Government", "Embassy", "Parliament", "Open", "Masters", "Cup", "Games", "Team", "Squad", "Times",
                 "Won", "Yuan", "Yen", "Dollar", "Dollars", "Pound", "Rupee", "Peso", "Market", "Markets", "Inc"}
_EN_DIRECTION_WORDS = {"South", "North", "East", "West", "Central", "Western", "Eastern", "Northern", "Southern", "Greater",
                       "Latin", "Southeast", "Northeast", "Southwest", "Northwest", "Upper", "Lower", "New", "Old", "Sub-Saharan"}
_EN_CAP_BEFORE_COUNTRY = _compile(r"(?<![A-Za-z'’])((?:[A-Z][A-Za-z]+|[a-z][A-Z][A-Za-z]*)(?:\s[A-Z][A-Za-z]+)?)\s(?=[A-Z])")
# "iM Bank", "eBay Korea": a name that opens in lower case before a company word
_EN_LOWER_CAMEL_ORG = _compile(r"(?<![A-Za-z])([a-z][A-Z][A-Za-z]*\s(?:[A-Z][a-z]+\s)?(?:Bank|Securities|Capital|Card|Pay|Life|Insurance|Korea|Japan|China))(?![A-Za-z])")


def _EN_EVENT_AROUND(text: str, s: int, e: int) -> bool:
    """A place naming an event: "the U.S. Open", "the Tour de France"."""
    return bool(re.match(r"\s(?:City\s)?(?:Open|Masters|Grand Prix|Marathon|Half Marathon|Book Fair|Film Festival|Motor Show|"
                         r"Air Show|Fashion Week|Biennale|Triennale|Expo|Games|Olympics)(?![A-Za-z])", text[e:e + 24])) \
        or text[max(0, s - 8):s] == "Tour de "


def _en_org_country_candidates(text: str, cands: list) -> list:
    """A company's local arm or a firm named with a country or continent: "Sequoia India", "Partech
    Africa", "SoftBank Ventures Asia", "startup Skyhaul Rwanda" (the place is then inside a name)."""
    table = _places()[0]
    given = _given_names()
    places = [c for c in cands if c[0] == "place" and c[3] in _COUNTRY_AND_CONTINENT_VALUES()]
    out = []
    for p in places:
        s, e = p[1], p[2]
        if e < len(text) and re.match(r"\s?[A-Z]|['’]s", text[e:e + 3]):
            continue
        m = re.search(r"(?<![A-Za-z0-9\-])((?:[A-Z][A-Za-z\-]+|[a-z][A-Z][A-Za-z]*)(?: [A-Z][A-Za-z]+)?) $", text[max(0, s - 40):s])
        if not m:
            continue
        words = m.group(1).split()
        if words[0] in _EN_STOP or words[0] in _EN_DIRECTION_WORDS or any(w in table or w in given or w in _EN_TITLE_WORDS or w in _EN_RANK_WORDS for w in words):
            continue
        if len(words[0]) < 4 and not words[0].isupper() or words[-1] in ("Bank", "Ministry", "Embassy", "Open", "Tour", "Cup", "Games", "Grand"):
            continue
        start = s - (len(text[max(0, s - 40):s]) - m.start(1))
        before = text[max(0, start - 3):start]
        if before.endswith(("'s ", "’s ")):
            continue
        if start > 1 and re.search(r"[A-Za-z]\s$", before) and not re.search(r"[.!?]\s$", text[max(0, start - 2):start]) and text[start - 2].isupper():
            continue
        out.append(_cand("organization", start, e, text, text[start:e], prio=1))
    # a country opening a company's name: "China Vanke reported", "Korea Zinc said"
    for p in places:
        s, e = p[1], p[2]
        m = re.match(r" ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?= [a-z]|[,.;])", text[e:e + 40])
        if m is None or text[max(0, s - 3):s] in ("'s ", "’s "):
            continue
        words = m.group(1).split()
        if any(w in table or w in _EN_STOP or w in given or w in _EN_TITLE_WORDS or w in _EN_RANK_WORDS or w in _EN_GEO_WORDS
               or w.lower() in _EN_COMMON_SUBJECTS or w in _EN_MONTHS_AND_DAYS for w in words):
            continue
        out.append(_cand("organization", s, e + 1 + len(m.group(1)), text, text[s:e + 1 + len(m.group(1))], prio=1))
    for m in _EN_LOWER_CAMEL_ORG.finditer(text):
        out.append(_cand("organization", m.start(1), m.end(1), text, m.group(1), prio=1))
    return out


@lru_cache(maxsize=1)
def _COUNTRY_AND_CONTINENT_VALUES() -> frozenset:
    from babel import Locale

    values = {re.sub(r"\s*\(.*?\)", "", n) for code, n in Locale("en").territories.items() if len(code) == 2 and code.isalpha()}
    return frozenset(values | {"Asia", "Africa", "Europe", "Latin America", "Asia Pacific", "Asia-Pacific", "Americas",
                               "England", "Scotland", "Wales", "Northern Ireland"})


_EN_REGNAL = _compile(r"(?<![A-Za-z])(?:Pope|King|Queen|Emperor|Prince|Princess)\s([A-Z][a-z]+\s[IVX]{1,5})(?![A-Za-z])")
_EN_BORN = _compile(rf"(?<![A-Za-z])(?:born|née|nee)\s({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN})(?![A-Za-z'’])")
_EN_SENTENCE_RESULT = _compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN})\s(?:beat|defeated|won|edged|outlasted|overcame|upset|retained|clinched)(?![A-Za-z])")
_EN_AUTHOR_OF_WORK = _compile(rf"(?<![A-Za-z])({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN})(?:['’]s|['’])\s['‘\"“][A-Z]")


_EN_NAME_OF_THE_BODY = _compile(
    rf"(?<![A-Za-z])({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN})\sof\sthe\s(?:[A-Z][A-Za-z]+\s){{0,3}}(?:Party|Alliance|Front|Movement|Union|"
    r"Congress|League|Coalition|Council|Committee|Commission|Institute|Foundation|University|Bank|Fund)(?![A-Za-z])")
_EN_APPOSITION_ROLE = _compile(
    rf"(?<![A-Za-z])({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN}(?:\s{_EN_NAME_TOKEN})?),\s(?:a|an)\s(?:[a-z\-]+\s){{0,3}}"
    r"(?:senator|lawmaker|legislator|mayor|governor|minister|candidate|farmer|teacher|nurse|doctor|pastor|priest|monk|"
    r"lawyer|judge|prosecutor|economist|analyst|professor|researcher|scientist|engineer|student|worker|driver|"
    r"owner|founder|official|diplomat|activist|historian|writer|author|novelist|poet|artist|singer|actor|actress|"
    r"director|designer|architect|chef|fisherman|miner|veteran|resident|retiree|spokesperson|spokesman|spokeswoman|"
    r"member|executive|manager|investor|trader|banker|broker|coach|player|athlete|runner|swimmer|pilot|soldier)"
    r"(?=[,.;]|\s(?:at|of|for|with|in|from|who)\s)")
_EN_WHO = _compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s)|(?<=\bsaid\s))({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN}(?:\s{_EN_NAME_TOKEN})?),\swho\s(?!is\s(?:a|the)\s(?:company|firm))")
_EN_ROLE_PLURALS = (r"(?:candidates|lawmakers|ministers|leaders|players|founders|executives|activists|senators|co-founders|"
                    r"brothers|sisters|scientists|researchers|authors|writers|artists|singers|actors)")
_EN_ROLE_PLURAL_AND = _compile(
    rf"(?<![A-Za-z]){_EN_ROLE_PLURALS}\s({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN})\s"
    rf"(?:and|&)\s({_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN})(?![A-Za-z'’])")
_EN_TEAM = _compile(r"(?<![A-Za-z])(Team\s[A-Z][A-Za-z]+)(?![A-Za-z])")
_EN_ORG_BEFORE_ROLE = _compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))([A-Z][A-Za-z]+)\s(?:economist|analyst|spokesperson|spokesman|spokeswoman|"
    rf"strategist|courier)\s{_EN_NAME_TOKEN}\s{_EN_NAME_TOKEN}")
_EN_EXEC_TITLES = (r"(?:chief executive|CEO|chairman|chairwoman|president|founder|rector|boss|sales chief|finance chief|"
                   r"chief financial officer|managing director)")
_EN_ORG_BEFORE_EXEC = _compile(
    rf"(?<![A-Za-z])((?:[A-Z][A-Za-z&\-]+\s){{0,2}}[A-Z][A-Za-z&\-]+)\s{_EN_EXEC_TITLES}\s({_EN_NAME_TOKEN}(?:\s[A-Z]\.)?\s{_EN_NAME_TOKEN})")
_EN_ORG_EXEC_HINT = _compile(f" {_EN_EXEC_TITLES} [A-Z]")
_EN_PLACE_KINDS = r"(?:province|region|county|prefecture|state|district|island|governorate|department|municipality)"
_EN_PLACE_OF_KINDS = r"(?:town|city|village|port|island|region|province|district)"
_EN_KIND_OF_PLACE_AFTER = _compile(
    rf"(?<![A-Za-z'’])((?:[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?))\s{_EN_PLACE_KINDS}(?![A-Za-z])")
_EN_PLACE_OF = _compile(rf"(?<![A-Za-z])(?:the\s)?{_EN_PLACE_OF_KINDS}\sof\s([A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?)(?![A-Za-z])")


_EN_OF_THE_HINT = _compile(r" of the ")
_EN_APPOSITION_HINT = _compile(r", an? ")
_EN_WHO_HINT = _compile(r", who ")
_EN_ROLE_PLURAL_HINT = _compile(_EN_ROLE_PLURALS)
_EN_TEAM_HINT = _compile(r"Team ")
_EN_ORG_ROLE_HINT = _compile(r" (?:economist|analyst|strategist|spokes|courier)")
_EN_KIND_OF_PLACE_HINT = _compile(" " + _EN_PLACE_KINDS)
_EN_PLACE_OF_HINT = _compile(_EN_PLACE_OF_KINDS + " of ")


def _en_context_candidates(text: str) -> list:
    """Pope Leo XIV; "born Robert Prevost"; "Jannik Sinner beat …" opening a sentence; "Jafar Panahi's
    'It Was Just an Accident'" (the author of a work in quotes); "<Name> of the National Party";
    "<Name>, a centre-right senator,"; "<Name>, who grows …"; "candidates A and B"; "Team Falcons";
    "Redfin economist Chen Zhao"; "Dak Lak province", "the town of Guangfu"."""
    out = []
    table = _places()[0]
    for m in around(_EN_NAME_OF_THE_BODY, text, _EN_OF_THE_HINT, 40, 80):
        if _en_name_words_ok(m.group(1)):
            out.append(_cand("person", m.start(1), m.end(1), text, m.group(1), prio=1))
    for rx, hint in ((_EN_APPOSITION_ROLE, _EN_APPOSITION_HINT), (_EN_WHO, _EN_WHO_HINT)):
        for m in around(rx, text, hint, 60, 90):
            words = m.group(1).split()
            while words and (words[0] in _EN_STOP or words[0] in _EN_RANK_WORDS or words[0] in _EN_TITLE_WORDS):
                words = words[1:]
            name = " ".join(words)
            if len(words) >= 2 and _en_name_words_ok(name):
                out.append(_cand("person", m.end(1) - len(name), m.end(1), text, name, prio=1))
    for m in around(_EN_ROLE_PLURAL_AND, text, _EN_ROLE_PLURAL_HINT, 2, 70):
        for g in (1, 2):
            if _en_name_words_ok(m.group(g)):
                out.append(_cand("person", m.start(g), m.end(g), text, m.group(g), prio=1))
    for m in around(_EN_ORG_BEFORE_EXEC, text, _EN_ORG_EXEC_HINT, 60, 40):
        org = m.group(1).split()
        while org and (org[0] in _EN_STOP or org[0] in _EN_TITLE_WORDS or org[0] in _EN_RANK_WORDS or org[0].lower() in ("former", "ex")):
            org = org[1:]
        name = " ".join(org)
        if org and not any(w in _given_names() or w.lower() in _EN_ROLE_SET for w in org) and name not in table:
            start = m.end(1) - len(name)
            out.append(_cand("organization", start, m.end(1), text, name, prio=1))
        if _en_name_words_ok(m.group(2)):
            out.append(_cand("person", m.start(2), m.end(2), text, m.group(2), prio=1))
    for m in around(_EN_TEAM, text, _EN_TEAM_HINT, 2, 30):
        out.append(_cand("organization", m.start(1), m.end(1), text, m.group(1), prio=2))
    for m in around(_EN_ORG_BEFORE_ROLE, text, _EN_ORG_ROLE_HINT, 30, 50):
        w = m.group(1)
        if w not in table and w not in _EN_STOP and w not in _given_names() and w not in _EN_TITLE_WORDS and w not in _EN_RANK_WORDS:
            out.append(_cand("organization", m.start(1), m.end(1), text, w, prio=1))
    for rx, hint, back, ahead in ((_EN_KIND_OF_PLACE_AFTER, _EN_KIND_OF_PLACE_HINT, 40, 16), (_EN_PLACE_OF, _EN_PLACE_OF_HINT, 6, 40)):
        for m in around(rx, text, hint, back, ahead):
            w = m.group(1)
            if not any(x in _EN_STOP or x in _EN_MONTHS_AND_DAYS or x in _EN_TITLE_WORDS for x in w.replace("-", " ").split()):
                out.append(_cand("place", m.start(1), m.end(1), text, w, prio=1))
    for rx in (_EN_REGNAL, _EN_BORN, _EN_SENTENCE_RESULT, _EN_AUTHOR_OF_WORK):
        for m in rx.finditer(text):
            name = m.group(1)
            if rx is not _EN_REGNAL and not _en_name_words_ok(name):
                continue
            out.append(_cand("person", m.start(1), m.end(1), text, name, prio=2 if rx is _EN_REGNAL else 1))
    return out


def _strip_en_ranks(text: str, cands: list) -> list:
    """A rank or title read into a person's span comes off: "Sergeant Daniel Okafor" -> "Daniel Okafor"."""
    out = []
    for c in cands:
        if c[0] == "person":
            s, e = c[1], c[2]
            words = text[s:e].split(" ")
            while len(words) > 2 and (words[0] in _EN_RANK_WORDS or words[0] in _EN_TITLE_WORDS):
                s += len(words[0]) + 1
                words = words[1:]
            if s != c[1]:
                c = (c[0], s, e, text[s:e], c[4], c[5])
        out.append(c)
    return out
