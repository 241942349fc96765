"""Money, percent, count, quantity and date facts in Korean and English news, by rule.

    extract_numbers(text, lang, published=None) -> list[Fact]

Every fact starts from a written digit, or from a number word in a fixed frame: a Hangul numeral
as a word of its own before a counter or 배 (세 명, 다섯 곳, 두 차례, 두 배; not 한 번, 두 나라),
English one..twelve before a count noun, "half a percentage point", "two-fold", "twice the", a
month name or a relative date word. So number-like syllables inside ordinary Korean words
(이번, 사업, 일부, 만큼, 억제, 조사, 원인, 일본, 지원한다 ...) never start a fact.

Counters that are also other words are read in context: 대 (20대 is also an age group, 5대 그룹 a
rank, 21대 국회 an ordinal) needs a particle after it and, for a round number under 100, a machine
or vehicle noun before it; 기 needs a reactor, satellite, turbine … before it (트럼프 2기 is a term);
부 needs 100 or more; 호 a housing noun. Ranges keep one span and a [low, high] value: 2~3%,
1조~1조 5천억 원 (the low end takes the high end's scale), 200~300명, "4.50% to 4.75%", "$5-6
billion", "$61 billion and $64 billion" after "between"; "rose 0.5% to 3.1%" is a change and a
level, not a range. An English count may have its noun earlier in the clause ("payrolls rose by
175,000", "visitors topped 8.7 million", "a crowd of 15,952"): the number follows a verb of level or
change, and the first noun read backwards names countable things (not prices, rates, an index …).

Representation (what the value and unit of each kind look like):

- money: value in units of the currency (int when integral), unit an ISO 4217 code.
  "1조 2천억 원" -> 1200000000000 KRW, "$7.7 bn" -> 7700000000 USD. An amount in parentheses right
  after another amount in a different currency is a conversion: extra {"conversion_of": i}, i the
  index of the first amount in the returned list.
- percent: unit "%" or "pp" (%p, %포인트, percentage point(s)).
- count: value the number, unit the counter or head noun as written ("건", "개국", "명", "품목"
  for "9개 품목", "사" for "5개 사"; "companies" for "726 Korean companies").
- quantity: unit normalised ("km", "km/h", "GW", "MW", "t", "bbl", "m2", "일분", ...). A
  multiplier "2배" is a quantity with unit "times" (it is not a number of things).
- date: ISO text truncated to its grain: "2023", "2023-09", "2023-09-14"; halves "2025-H1" /
  "2025-H2"; quarters "2025-Q1"; ranges a list [low, high]. Relative dates (내년, 지난달,
  "this year", "last month", weekdays) are resolved against `published` and carry
  extra {"relative": <the words>}; without `published` their value is None, and a day or month
  without a year is written "XXXX-06-14". A month, quarter or half without a year is the
  publication year's, unless that would start more than six months after publication (12월 or
  "the fourth quarter" in a January article are last year's). Comparison baselines are not dates:
  전년, 전월, 전 분기 ("전년 동월 대비") and "a year earlier", "from a year ago" name the period
  before the one reported, whatever it is; 작년, 지난해, "last year" are dates (they count from
  the publication date).
- qualifier: "about" (약, 가량, 정도, about, around, nearly, some ...), "more than" (이상, 넘게,
  "300여 명", more than, over ...), "up to" (최대, up to), "at least" (최소, at least),
  "less than" (미만, less than, under). The qualifier's words are part of the span, so the
  highlight covers "약 7억 9천만 달러" and "more than $2 billion".
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from decimal import Decimal

from .model import Fact
from .scan import around
from .scan import compile_led as _compile  # re.compile, led by its first characters (scan.led)

__all__ = ["extract_numbers"]

# A written number: 2,700 / 1,500.5 / 11.4 / 2025. Not the tail of a word or of another number.
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_NB = r"(?<![A-Za-z\d.,\-])"  # number boundary before

# ---------------------------------------------------------------------------- helpers


def _dec(s: str) -> Decimal:
    return Decimal(s.replace(",", ""))


def _norm(d: Decimal | int | float):
    if isinstance(d, (int, float)) and not isinstance(d, bool):
        d = Decimal(str(d))
    if d == d.to_integral_value():
        return int(d)
    return float(d)


_KO_SMALL = {"천": 1000, "백": 100, "십": 10}
_KO_BIG = {"조": 10**12, "억": 10**8, "만": 10**4}
_KO_TOKEN = _compile(rf"({_NUM})|([천백십])|([조억만])")


def _ko_value(s: str) -> Decimal:
    """'1조 2천억' -> 1.2e12, '7천 5백만' -> 7.5e7, '2,700억' -> 2.7e11."""
    total = Decimal(0)
    section = Decimal(0)
    cur: Decimal | None = None
    for m in _KO_TOKEN.finditer(s):
        num, small, big = m.groups()
        if num:
            if cur is not None:
                section += cur
            cur = _dec(num)
        elif small:
            section += (cur if cur is not None else 1) * _KO_SMALL[small]
            cur = None
        else:
            if cur is not None:
                section += cur
            total += (section if section else 1) * _KO_BIG[big]
            section, cur = Decimal(0), None
    if cur is not None:
        section += cur
    return total + section


_EN_SCALE = {
    "trillion": 10**12, "tn": 10**12, "trn": 10**12, "tr": 10**12,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "bln": 10**9,
    "million": 10**6, "mn": 10**6, "m": 10**6, "mln": 10**6,
    "thousand": 10**3, "k": 10**3, "crore": 10**7, "lakh": 10**5,
}

_QUAL = {
    # English
    "more than": "more than", "over": "more than", "above": "more than", "upwards of": "more than", "in excess of": "more than",
    "about": "about", "around": "about", "approximately": "about", "approx.": "about", "nearly": "about",
    "almost": "about", "some": "about", "roughly": "about", "an estimated": "about", "close to": "about",
    "up to": "up to", "as much as": "up to", "as many as": "up to",
    "at least": "at least", "less than": "less than", "under": "less than", "fewer than": "less than",
    "below": "less than",
    # Korean, before
    "약": "about", "거의": "about", "최대": "up to", "최고": "up to", "최소": "at least", "적어도": "at least",
    # Korean, after
    "이상": "more than", "넘게": "more than", "넘는": "more than", "초과": "more than", "여": "more than",
    "가량": "about", "정도": "about", "가까이": "about", "남짓": "more than", "안팎": "about", "내외": "about", "쯤": "about",
    "미만": "less than", "이하": "up to", "이내": "up to",
}

_EN_QUAL = r"(?:more than|over|above|upwards of|in excess of|about|around|approximately|approx\.|nearly|almost|some|roughly|an estimated|close to|up to|as much as|as many as|at least|less than|under|fewer than|below)"
_EN_QUAL_BEFORE = _compile(rf"(?<![A-Za-z])(?P<qual>{_EN_QUAL})\s$", re.I)
_KO_QUAL_PRE = r"(?:(?<![가-힣])(?:약|거의|최대|최고|최소|적어도))"
_KO_QUAL_POST = r"(?:이상(?![기한하])|넘게|넘는|초과(?![가-힣])|가량|정도|안팎|내외|쯤|가까이|남짓|미만|이하|이내)"


def _qual(words: str | None) -> str | None:
    if not words:
        return None
    return _QUAL.get(words.strip().lower())


# ---------------------------------------------------------------------------- candidates

_DIGITS = _compile(r"\d[\d,.]*")


class _Qualified:
    """A match widened to the qualifier written before it ("more than $2 billion"): the patterns
    match the number itself, which is much faster than trying every qualifier at every position."""

    __slots__ = ("m", "q", "qs")

    def __init__(self, m, text: str):
        self.m = m
        q = _EN_QUAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
        self.q = q.group("qual") if q else None
        self.qs = q.start() if q else m.start()

    def start(self, group=0):
        return self.qs if group == 0 else self.m.start(group)

    def end(self, group=0):
        return self.m.end(group)

    def group(self, name=0):
        if name == "qual":
            return self.q
        return self.m.group(name)


def _qualified(matches, text: str):
    for m in matches:
        yield _Qualified(m, text)


def _near_digits(rx: re.Pattern, text: str, c: "_Cands"):
    """rx.finditer over the stretches around digits only (every pattern passed here needs a digit;
    lookbehinds still see the text before a stretch)."""
    for s, e in c.windows():
        yield from rx.finditer(text, s, e)


_EN_MOVED_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:climbed|rose|risen|jumped|surged|soared|rallied|traded|stayed|remained|closed|held|"
    r"edged|moved|broke|pushed|fell|dropped|stood|ended|finished|hovered)\s$")
_PRIORITY = {"money": 5, "percent": 4, "quantity": 3, "date": 2, "count": 1}


class _Cands:
    def __init__(self, text: str):
        self.text = text
        self.items: list[Fact] = []
        self._windows: list[tuple[int, int]] | None = None

    def windows(self) -> list[tuple[int, int]]:
        """Stretches of the text around its digits, merged: where a written number can be."""
        if self._windows is None:
            out: list[list[int]] = []
            for m in _DIGITS.finditer(self.text):
                s, e = max(0, m.start() - 48), min(len(self.text), m.end() + 64)
                if out and s <= out[-1][1]:
                    out[-1][1] = e
                else:
                    out.append([s, e])
            self._windows = [(s, e) for s, e in out]
        return self._windows

    def add(self, kind, start, end, value, unit=None, qualifier=None, extra=None):
        if end <= start:
            return
        if self.text.startswith(("above ", "Above "), start) and _EN_MOVED_BEFORE.search(self.text, 0, start):
            start, qualifier = start + 6, None  # "climbed above $2,500": where it went, not a qualifier
        self.items.append(Fact(kind, start, end, self.text[start:end], value, unit, qualifier, dict(extra or {})))

    def resolve(self) -> list[Fact]:
        chosen: list[Fact] = []
        occupied = bytearray(len(self.text) + 1)
        for f in sorted(self.items, key=lambda f: (-(f.end - f.start), -_PRIORITY[f.kind], f.start)):
            if any(occupied[f.start:f.end]):
                continue
            chosen.append(f)
            occupied[f.start:f.end] = b"\x01" * (f.end - f.start)
        chosen.sort(key=lambda f: f.start)
        return chosen


# ---------------------------------------------------------------------------- dates (shared)


def _pub(published: str | None) -> _dt.date | None:
    if not published:
        return None
    try:
        return _dt.date.fromisoformat(published[:10])
    except ValueError:
        try:
            return _dt.date(int(published[:4]), 1, 1)
        except ValueError:
            return None


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _ymd(y: int | None, m: int, d: int) -> str | None:
    if y is None:
        return f"XXXX-{m:02d}-{d:02d}"
    if not 1 <= m <= 12 or not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _year_or_none(pub, delta):
    return None if pub is None else pub.year + delta


def _year_of_period(pub, first_month: int) -> int | None:
    """The year of a month, quarter or half written without one: the publication year, unless the
    period would then start more than six months after publication ("12월 수출" or "the fourth
    quarter" in a January article are last year's)."""
    if pub is None:
        return None
    return pub.year - 1 if first_month - pub.month > 6 else pub.year


def _led(first: str, pattern: str) -> str:
    """`pattern` behind a look-ahead for the characters it can start with. Python's re tries a
    pattern at every position of the stretches it scans; a one-character test rejects most of
    them at once instead of walking the optional qualifiers first. `first` must hold every
    character a match can start with (the snapshot test of all gold sentences guards it)."""
    return rf"(?=[{first}])(?:{pattern})"


_KO_PRE_FIRST = r"약거최적\d"

# ---------------------------------------------------------------------------- Korean

# Digits never give back what they took (atomic groups): the Korean number is re-read by several
# patterns at every digit, and backtracking into "2,700" or "2025" only ever fails again.
_NUM_ATOMIC = r"(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_KO_SMALLSEQ = rf"(?:{_NUM_ATOMIC}\s?[천백십]\s?)*(?:{_NUM_ATOMIC}(?:\s?[천백십])?)|(?:{_NUM_ATOMIC}\s?[천백십]\s?)+"
_KO_TERM = rf"(?:{_KO_SMALLSEQ})\s?[조억만](?!큼|일|약|의\s?하나)"
# Most numbers are plain ("2025년", "15.2%"): the first alternative reads them in one step, without
# trying the compounds (the same match: a plain number is what the compounds come back to).
_KO_NUMEXPR = (rf"{_NUM_ATOMIC}(?!\s?[천백십조억만])|"
               rf"(?:{_KO_TERM})(?:\s?(?:{_KO_TERM}))*(?:\s?(?:{_KO_SMALLSEQ}))?|{_KO_SMALLSEQ}")
# A number expression that starts on a digit; "만" etc. only after a digit-led part.
_KO_NUM = rf"{_NB}(?=\d)(?>{_KO_NUMEXPR})"

_KO_CUR = {"원": "KRW", "달러": "USD", "미 달러": "USD", "미국 달러": "USD", "유로": "EUR", "엔": "JPY",
           "크로네": "NOK", "크로나": "SEK", "코루나": "CZK", "루피아": "IDR", "바트": "THB", "링깃": "MYR", "헤알": "BRL",
           "스위스프랑": "CHF", "스위스 프랑": "CHF", "프랑": "CHF", "리라": "TRY",
           "싱가포르달러": "SGD", "호주달러": "AUD", "캐나다달러": "CAD", "홍콩달러": "HKD", "대만달러": "TWD", "뉴질랜드달러": "NZD",
           "위안": "CNY", "파운드": "GBP", "루블": "RUB", "루피": "INR", "동": "VND", "페소": "MXN"}
_KO_CUR_RE = r"(?:원(?![인장전유료리래칙자주형])|(?<=[억조]\s)동(?=(?:으로|은|이|을|의|에|과|도|만|까지)?(?![가-힣]))|(?<=[억조])동(?=(?:으로|은|이|을|의|에|과|도|만|까지)?(?![가-힣]))|크로네|크로나|코루나|루피아|바트(?![가-힣])|링깃|헤알|스위스\s?프랑|프랑(?![스가-힣])|리라(?![가-힣])|(?:싱가포르|호주|캐나다|홍콩|대만|뉴질랜드)\s?달러|(?:미(?:국)?\s?)?달러|유로|엔(?![진지터화])|위안|파운드(?!리)|루블|루피)"

_KO_MONEY = _compile(
    _led(_KO_PRE_FIRST, rf"(?:(?P<pre>{_KO_QUAL_PRE})\s?)?(?P<num>{_KO_NUM})(?P<yeo>여)?\s?(?P<cur>{_KO_CUR_RE})(?:\s?(?P<post>{_KO_QUAL_POST}))?")
)
_KO_PERCENT = _compile(
    _led(_KO_PRE_FIRST + r"\-−", rf"(?:(?P<pre>{_KO_QUAL_PRE})\s?)?(?:(?P<sign>(?<![\w.,%])[-−])|{_NB}|(?<=\d[-–]))(?P<num>{_NUM})\s?(?P<unit>%\s?p(?![A-Za-z])|%\s?포인트|퍼센트\s?포인트|%|퍼센트|(?<=\d)프로(?![가-힣]{{2}}))(?:\s?(?P<post>{_KO_QUAL_POST}))?")
)
# What may follow a counter or a name in the same word: a particle, a space, punctuation, the end.
_KO_PARTICLE_AFTER = r"(?:[가를을는은의로와과에도만이]|으로|씩|다|였|뿐|라고|라며|짜리|까지|부터|\s|[,.)\]\"'”’·]|$)"
# Counters. "N개 NOUN" takes NOUN as the unit.
_KO_COUNT_NOUNS = (
    "품목|기업|업체|기관|국가|나라|과제|분야|사업|프로젝트|대학|도시|부처|노선|지역|단지|협약|제품|항목|종목"
    "|국립공원|공원|구단|팀|학교|병원|매장|점포|공장|법인|계열사|단체|시설|공항|항만|시험지구|시험장|브랜드|채널|언어|부문|차종|모델|품종|노선|스크린|객실|병상|가맹점|좌석|지점|단지|항목|상영관|영화관|극장"
    r"|시군|시도|시·군|시·도|자치구|시군구|지자체|자치단체|지방자치단체|관(?=[은는이가을를의에와과도]|\s|[,.]|$)"
)
# words after "N개" that are not what is counted: 150개 규모로, 34개 가운데, 10만 개 넘게
_KO_GAE_NOT = (r"(?:규모|가운데|수준|차이|정도|이상|이하|미만|초과|중|모두|전부|안팎|내외|가량|남짓|넘게|분량|꼴|이내|분|씩|"
               r"뿐|만|넘는|밖|외|사이|달|째|당|이나|이며|이고|였|입니다|이다)"
               r"(?:은|는|이|가|을|를|에|에서|의|과|와|도|로|으로|만)?(?![가-힣])")
_KO_COUNTERS = (
    r"개국|개사|개\s사(?=[가이는은를의와과도로에만]|[^가-힣]|$)|개소|가구|가지|차례|편성|군데|곳|명(?![단칭예성함소])|건(?![설강물축전])"
    r"|척|종(?![합목류료])|회분|선석|회(?![의사장계복원견담])|량(?![가-힣])|채(?![권무용택])"
    r"|개비|쌍(?![방둥용])|개(?![발선최혁방편정인념별월년관막])"
    rf"|(?:대|부|기|호|마리|그루|석|장|편|점|표|권|상자|박스|켤레|포대|병|면|문|캔|승|자루|통|곡|타래|발)(?={_KO_PARTICLE_AFTER})"
    rf"|동(?={_KO_PARTICLE_AFTER})(?!\s?\d+\s?호)|(?:세트|속|본)(?={_KO_PARTICLE_AFTER})|경기(?!도)(?={_KO_PARTICLE_AFTER})"
    rf"|사(?=[가는의와과도]|\s|[,.]|$)"
)
_KO_COUNT = _compile(
    _led(_KO_PRE_FIRST, rf"(?:(?P<pre>{_KO_QUAL_PRE})\s?)?(?P<num>{_KO_NUM})(?P<yeo>여)?\s?"
    rf"(?:(?P<gae>개)\s(?P<noun>{_KO_COUNT_NOUNS}|(?!{_KO_GAE_NOT})[가-힣]{{1,6}}(?=(?:은|는|이|가|을|를|에|에서|의|과|와|도|로|으로|만|까지)(?![가-힣])))"
    rf"|(?P<unit>{_KO_COUNTERS}))"
    rf"(?:\s?(?P<post>{_KO_QUAL_POST}))?")
)
_KO_QTY_UNITS = [
    ("km/h", "km/h"), ("㎞/h", "km/h"), ("킬로미터", "km"), ("km", "km"), ("㎞", "km"), ("GWh", "GWh"),
    ("MWh", "MWh"), ("TWh", "TWh"), ("kWh", "kWh"), ("GW", "GW"), ("MW", "MW"), ("kW", "kW"),
    ("기가와트시", "GWh"), ("기가와트", "GW"), ("메가와트", "MW"), ("킬로와트", "kW"), ("톤", "t"),
    ("배럴", "bbl"), ("kg", "kg"), ("㎏", "kg"), ("킬로그램", "kg"), ("제곱미터", "m2"), ("㎡", "m2"),
    ("m2", "m2"), ("헥타르", "ha"), ("ha", "ha"), ("TEU", "TEU"), ("일분", "일분"), ("nm", "nm"),
    ("나노", "nm"), ("리터", "L"), ("㏊", "ha"), ("㎜", "mm"), ("mm", "mm"), ("㎝", "cm"), ("cm", "cm"), ("인치", "in"),
    ("℃", "°C"), ("°C", "°C"), ("hPa", "hPa"), ("헥토파스칼", "hPa"), ("㎓", "GHz"), ("GHz", "GHz"), ("기가헤르츠", "GHz"),
    ("㎒", "MHz"), ("MHz", "MHz"), ("메가헤르츠", "MHz"), ("t", "t"), ("미터", "m"), ("m", "m"), ("평", "평"),
    ("㎥", "m3"), ("m³", "m3"), ("mL", "mL"), ("ml", "mL"), ("㎖", "mL"), ("㎘", "kL"), ("킬로리터", "kL"), ("세제곱미터", "m3"), ("입방미터", "m3"), ("CGT", "CGT"), ("배", "times"),
    ("㎸", "kV"), ("kV", "kV"), ("g", "g"), ("그램", "g"), ("㏈", "dB"), ("dB", "dB"), ("데시벨", "dB"), ("룩스", "lx"), ("킬로볼트", "kV"), ("㎿", "MW"), ("㎾", "kW"), ("ℓ", "L"),
]
_KO_QTY_MAP = dict(_KO_QTY_UNITS)
_KO_QTY = _compile(
    _led(_KO_PRE_FIRST + "시초", rf"(?:(?P<speed>시속|초속)\s?)?(?:(?P<pre>{_KO_QUAL_PRE})\s?)?(?P<num>{_KO_NUM})(?P<yeo>여)?\s?"
    r"(?P<unit>" + "|".join(
        re.escape(u) + (r"(?![A-Za-z])" if u[0].isascii() else "") +
        (r"(?![출당정터럴송치포분달상제경려추우열])" if u == "배" else "") +
        (r"(?!노|미)" if u == "나노" else "") +
        (r"(?![당])" if u == "톤" else "")
        for u, _ in _KO_QTY_UNITS
    ) + rf")(?:\s?(?P<post>{_KO_QUAL_POST}))?")
)

_KO_YEAR = r"(?P<{g}>(?:1[5-9]|20)\d\d|2100)\s?(?:학년도|회계연도|년도|년)(?!대|간|치|째|\s?만에|\s?동안)"
_KO_REL_YEAR = {"내년도": 1, "금년도": 0, "내년": 1, "올해": 0, "금년": 0, "올": 0, "지난해": -1, "작년": -1, "내후년": 2, "재작년": -2}
_KO_REL_MONTH = {"이번 달": 0, "이번달": 0, "이달": 0, "지난달": -1, "지난 달": -1, "다음 달": 1, "다음달": 1, "내달": 1}
_MON = r"1[0-2]|0?[1-9]"
_DAY = r"3[01]|[12]\d|0?[1-9]"
_KO_DAY_END = (
    r"\s?일(?!간|분|째|치|본|반|부(?!터)|대|정|원|상|자리|\s?만에|\s?만인|\s?만의|\s?동안|\s?내(?:에|로)?(?![가-힣])|\s?(?:뒤|후)(?![가-힣])"
    r"|\s(?:빨|늦|일찍|앞당))"
)

_KO_DATE = _compile(
    _led(r"\d내재올금지작이다오상하", r"(?<![가-힣\d])(?:"
    # year range: 2024~2027년, 2024-2027년, 2024년~2027년
    rf"(?P<ry1>(?:19|20)\d\d)(?:년)?\s?[~∼～〜\-–]\s?(?P<ry2>(?:19|20)\d\d)\s?년"
    # month range: 2024년 4~6월 (the months take the year written before them)
    rf"|(?:(?:{_KO_YEAR.format(g='rmay')}|(?P<rmrel>내후년|재작년|내년|올해|금년|지난해|작년))\s?)?(?P<rma>{_MON})\s?(?:월)?\s?[~∼～〜\-–]\s?(?P<rmb>{_MON})\s?월(?!\s?(?:{_DAY})\s?일)"
    # a range across months: 3월 28일~4월 20일
    rf"|(?P<xm1>{_MON})\s?월\s?(?P<xd1>{_DAY})\s?일\s?[~∼～〜\-–]\s?(?P<xm2>{_MON})\s?월\s?(?P<xd2>{_DAY}){_KO_DAY_END}"
    # a relative month with a range of days: 이달 1~20일
    rf"|(?P<rmrel2>이번\s?달|이달|지난\s?달|다음\s?달|내달)\s?(?P<rmd1>{_DAY})(?:일)?\s?[~∼～〜\-–]\s?(?P<rmd2>{_DAY}){_KO_DAY_END}"
    # an election by its date: 6.3 지방선거
    rf"|(?P<em>{_MON})[.·ㆍ](?P<ed>{_DAY})(?=\s?(?:지방선거|대선|총선|재보선|재보궐선거|보궐선거|선거))"
    # a government package by the day it was announced: 10·15 대책, 6·27 부동산 대책
    rf"|(?P<pm>{_MON})[·ㆍ.](?P<pd>{_DAY})(?=\s?(?:부동산\s?|공급\s?|가계부채\s?)?대책)"
    # a range of days in the publication month, as dates: "첫 주말인 3~4일", "15~17일 사이"
    rf"|(?P<dr1>{_DAY})\s?[~∼～〜\-–]\s?(?P<dr2>{_DAY})일(?![가-힣])(?!\s?(?:간|동안|걸|만에|이내|내|정도|가량|씩|이상|이면|안에|뒤|후|전|째|마다|치|분))"
    # month-day range: 6월 14~16일
    rf"|(?:{_KO_YEAR.format(g='rmy')}\s?)?(?P<rm>{_MON})\s?월\s?(?P<rd1>{_DAY})(?:일)?\s?[~∼～〜\-–]\s?(?P<rd2>{_DAY}){_KO_DAY_END}"
    # a year (absolute or relative) with an optional half / quarter / month (+ day)
    rf"|(?:{_KO_YEAR.format(g='y')}|(?P<yrel>내년도|금년도|내후년|재작년|내년|올해|금년|지난해|작년|올(?=\s?(?:상|하)반기)))"
    rf"(?:\s?(?:(?P<half>[상하])반기|(?P<q>[1-4])\s?분기|(?P<m>{_MON})\s?월(?:\s?(?P<d>{_DAY}){_KO_DAY_END})?))?"
    # relative month
    rf"|(?P<mrel>이번\s?달|이달(?![고라리아])|지난\s?달|다음\s?달|내달)(?:\s?(?P<md>{_DAY}){_KO_DAY_END})?"
    # month (+ day), optionally 지난/오는
    rf"|(?:(?P<mdir>지난|오는)\s)?(?P<m2>{_MON})\s?월(?:\s?(?P<d2>{_DAY}){_KO_DAY_END})?"
    # half / quarter alone
    r"|(?P<half2>[상하])반기|(?P<q2>[1-4])\s?분기"
    # 6.14. / 2025.6.14.
    rf"|(?P<dy>(?:19|20)\d\d)\.\s?(?P<dm>{_MON})\.\s?(?P<dd>{_DAY})\.?(?![\d.])"
    rf"|(?P<dm0>{_MON})\.\s?(?P<dd0>{_DAY})\.(?!\d)"
    # a bare day: 14일, 지난 14일, 오는 20일
    rf"|(?:(?P<ddir>지난|오는)\s)?(?P<d3>{_DAY}){_KO_DAY_END}"
    r")")
)


def _ko_year(m, pub, g="y"):
    if m.group(g):
        return int(m.group(g)), None
    rel = m.group("yrel")
    return _year_or_none(pub, _KO_REL_YEAR[rel]), rel


_KO_DATE_WORDS = _compile(r"내후년|재작년|내년|올해|금년|지난해|작년|올|이번|이달|지난|다음|내달|오는|[상하]반기")


def _ko_date_windows(text: str, c: _Cands) -> list[tuple[int, int]]:
    """Where a Korean date can be: around digits, and around the words of relative dates."""
    spans = sorted([*c.windows(), *((max(0, m.start() - 2), min(len(text), m.end() + 24)) for m in _KO_DATE_WORDS.finditer(text))])
    out: list[list[int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _ko_dates(text: str, pub, c: _Cands):
    for m in (m for s, e in _ko_date_windows(text, c) for m in _KO_DATE.finditer(text, s, e)):
        s, e = m.span()
        extra = {}
        if m.group("xm1"):
            a, b = int(m.group("xm1")), int(m.group("xm2"))
            y = _year_of_period(pub, a)
            lo = _ymd(y, a, int(m.group("xd1")))
            hi = _ymd(y if b >= a else (y + 1 if y else None), b, int(m.group("xd2")))
            if lo and hi:
                c.add("date", s, e, [lo, hi])
            continue
        if m.group("rmrel2"):
            rel = m.group("rmrel2")
            k = _KO_REL_MONTH.get(rel, _KO_REL_MONTH.get(rel.replace(" ", ""), 0))
            if pub is not None:
                y, mo = _shift_month(pub.year, pub.month, k)
                lo, hi = _ymd(y, mo, int(m.group("rmd1"))), _ymd(y, mo, int(m.group("rmd2")))
                if lo and hi:
                    c.add("date", s, e, [lo, hi], extra={"relative": rel})
            continue
        if m.group("dr1"):
            d1, d2 = int(m.group("dr1")), int(m.group("dr2"))
            if pub is not None and d1 < d2:
                y, mo = pub.year, pub.month
                if d1 > pub.day:  # days later in the month than the article: last month's
                    y, mo = _shift_month(y, mo, -1)
                lo, hi = _ymd(y, mo, d1), _ymd(y, mo, d2)
                if lo and hi:
                    c.add("date", s, e, [lo, hi])
            continue
        if m.group("pm"):
            mo, d = int(m.group("pm")), int(m.group("pd"))
            y = pub.year if pub else None
            if pub and (mo, d) > (pub.month, pub.day):
                y -= 1  # announced already: a December package named in a March article is last year's
            value = _ymd(y, mo, d)
            if value:
                c.add("date", m.start(), m.end(), value)
            continue
        if m.group("em"):
            mo, d = int(m.group("em")), int(m.group("ed"))
            y = pub.year if pub else None
            if pub and (mo, d) < (pub.month, pub.day) and pub.month - mo > 6:
                y += 1  # an election in June named in a December article is next year's
            value = _ymd(y, mo, d)
            if value:
                c.add("date", s, e, value)
            continue
        if m.group("ry1"):
            a, b = m.group("ry1"), m.group("ry2")
            if int(a) < int(b):
                c.add("date", s, e, [a, b])
            continue
        if m.group("rma"):
            a, b = int(m.group("rma")), int(m.group("rmb"))
            if m.group("rmay"):
                y = int(m.group("rmay"))
            elif m.group("rmrel"):
                y = _year_or_none(pub, _KO_REL_YEAR[m.group("rmrel")])
                extra["relative"] = m.group("rmrel")
            else:
                y = _year_of_period(pub, a)
            if y is not None and a < b:
                c.add("date", s, e, [_ym(y, a), _ym(y, b)], extra=extra)
            continue
        if m.group("rm"):
            mo = int(m.group("rm"))
            y = int(m.group("rmy")) if m.group("rmy") else _year_of_period(pub, mo)
            lo, hi = _ymd(y, mo, int(m.group("rd1"))), _ymd(y, mo, int(m.group("rd2")))
            if lo and hi:
                c.add("date", s, e, [lo, hi])
            continue
        if m.group("y") or m.group("yrel"):
            y, rel = _ko_year(m, pub)
            if rel:
                extra["relative"] = rel
            if y is None:
                c.add("date", s, e, None, extra=extra)
                continue
            if m.group("half"):
                value = f"{y:04d}-H{1 if m.group('half') == '상' else 2}"
            elif m.group("q"):
                value = f"{y:04d}-Q{m.group('q')}"
            elif m.group("m"):
                mo = int(m.group("m"))
                value = _ymd(y, mo, int(m.group("d"))) if m.group("d") else _ym(y, mo)
            else:
                value = f"{y:04d}"
            if value:
                c.add("date", s, e, value, extra=extra)
            continue
        if m.group("mrel"):
            rel = re.sub(r"\s", " ", m.group("mrel"))
            key = rel if rel in _KO_REL_MONTH else rel.replace(" ", "")
            k = _KO_REL_MONTH.get(key, _KO_REL_MONTH.get(rel.replace(" ", ""), 0))
            extra["relative"] = m.group("mrel")
            if pub is None:
                c.add("date", s, e, None, extra=extra)
                continue
            y, mo = _shift_month(pub.year, pub.month, k)
            value = _ymd(y, mo, int(m.group("md"))) if m.group("md") else _ym(y, mo)
            if value:
                c.add("date", s, e, value, extra=extra)
            continue
        if m.group("m2"):
            mo = int(m.group("m2"))
            y = (pub.year if pub else None) if m.group("mdir") else _year_of_period(pub, mo)
            named = None if m.group("mdir") else _KO_YEAR_NAMED_BEFORE.search(text, max(0, s - 24), s)
            if named and pub and not _KO_CLAUSE_END.search(text, named.end(), s) \
                    and (text.startswith(("이라고", "라고"), e) or not _KO_PAST_AFTER.search(text, e, e + 14)):
                # "내년 설날이 2월 17일", "2026년 해가 가장 일찍 뜨는 날은 6월 12일": the year named just before
                y = int(named.group("y")) if named.group("y") else pub.year + (1 if named.group("rel") == "내년" else 0)
            if pub and m.group("mdir") == "지난" and mo >= pub.month:
                y -= 1
            if pub and m.group("mdir") == "오는" and mo <= pub.month:
                y += 1
            if m.group("mdir"):
                extra["relative"] = m.group("mdir")
            value = _ymd(y, mo, int(m.group("d2"))) if m.group("d2") else (_ym(y, mo) if y else f"XXXX-{mo:02d}")
            if value:
                c.add("date", s, e, value, extra=extra)
            continue
        if m.group("half2") or m.group("q2"):
            y = _year_of_period(pub, 1 if m.group("half2") == "상" else 7 if m.group("half2") else 3 * int(m.group("q2")) - 2)
            if y is None:
                c.add("date", s, e, None)
            elif m.group("half2"):
                c.add("date", s, e, f"{y:04d}-H{1 if m.group('half2') == '상' else 2}")
            else:
                c.add("date", s, e, f"{y:04d}-Q{m.group('q2')}")
            continue
        if m.group("dm") or m.group("dm0"):
            y = int(m.group("dy")) if m.group("dy") else (pub.year if pub else None)
            value = _ymd(y, int(m.group("dm") or m.group("dm0")), int(m.group("dd") or m.group("dd0")))
            if value:
                c.add("date", s, e, value)
            continue
        if m.group("d3") and re.search(r"(?:^|[^가-힣])주\s?$", text[max(0, s - 3):s]) \
                and not re.search(r"(?:이번|다음|지난|오는)\s?주\s?$", text[max(0, s - 6):s]):
            continue  # 주 7일: days a week
        if m.group("d3"):
            if re.search(r"\d\s?[~∼～〜\-–]\s?$", text[max(0, s - 3):s]):
                continue  # "2~3일": a span of days
            if _KO_DAYS_TO_DAYS.match(text, e) or text.startswith("로", e) and _KO_DAYS_FROM.search(text, max(0, s - 8), s):
                continue  # "8일에서 2일로 줄인다": a number of days, cut
            d = int(m.group("d3"))
            if pub is None:
                c.add("date", s, e, None, extra={"day": d})
                continue
            y, mo = pub.year, pub.month
            direction = m.group("ddir")
            since = _KO_DAY_SINCE.search(text, max(0, s - 8), s)
            earlier = [f for f in c.items if f.kind == "date" and f.end <= s and isinstance(f.value, str)
                       and len(f.value) == 10] if since else None
            if earlier and int(earlier[-1].value[8:]) < d:
                y, mo = int(earlier[-1].value[:4]), int(earlier[-1].value[5:7])  # 다음 달 1일부터 6일까지
            elif direction == "지난" and d > pub.day or not direction and d > pub.day and _KO_DAY_REPORTED.match(text, e):
                y, mo = _shift_month(y, mo, -1)
            elif direction == "오는" and d < pub.day:
                y, mo = _shift_month(y, mo, 1)
            value = _ymd(y, mo, d)
            if direction:
                extra["relative"] = direction
            if value:
                c.add("date", s, e, value, extra=extra)


# "…했다고 31일 밝혔다" in an article of the 1st: the day it was said, last month; "31일 오후 기준": a
# reading taken then. (A later day is this month's otherwise: 28일 개통한다, 27일부터.)
_KO_DAY_REPORTED = re.compile(
    r"\s?(?:(?:오전|오후|밤|새벽|저녁)\s?)?(?:기준|(?:[가-힣]+\s)?(?:밝혔다|말했다|전했다|발표했다|공시했다|집계했다|"
    r"설명했다|보도했다|알렸다|덧붙였다|강조했다|발표한|밝힌|공개한|내놓은|집계한|공시한|보도한)(?![가-힣]))")
_KO_YEAR_NAMED_BEFORE = re.compile(r"(?<![가-힣\d])(?:(?P<y>(?:19|20)\d\d)년|(?P<rel>내년|올해))(?=\s)(?!.*(?:19|20)\d\d년|.*내년|.*올해)")
_KO_PAST_AFTER = re.compile(r"(?:했|됐|었|였|혔|났|쳤)다")  # "내년 예산안은 12월 2일 국회를 통과했다": a day passed
_KO_CLAUSE_END = re.compile(r"다[.,]|했고|하고|했으며|하며|밝혔|발표|[,.;]\s|\d\s?월")
_KO_DAYS_TO_DAYS = re.compile(r"에서\s?\d{1,3}\s?일로")
_KO_DAYS_FROM = re.compile(r"\d\s?일에서\s?$")
_KO_DAY_SINCE = re.compile(r"일\s?부터\s?$|일\s?[~∼～〜\-–]\s?$")


def _post_qual(m) -> str | None:
    g = m.groupdict()
    return _qual(g.get("pre")) or (_qual("여") if g.get("yeo") else None) or _qual(g.get("post"))


# Things counted in 대 / 기: a 대 or 기 count needs one of them just before the number, or (대) a
# number that cannot be an age group ("20대" is also "people in their twenties").
_KO_DAE_NOUNS = _compile(
    r"(?:차|차량|자동차|승용차|전기차|수소차|신차|중고차|수입차|버스|트럭|택시|항공기|여객기|화물기|전투기|헬기|"
    r"전차|드론|열차|전동차|기차|로봇|장비|기계|컴퓨터|서버|스마트폰|휴대폰|단말기|카메라|냉장고|세탁기|에어컨|충전기|"
    r"기기|모델[A-Za-z0-9]*|기종|대수|판매량|생산량|통행량|트랙터|굴착기|크레인|발전기|키오스크|노트북|태블릿|PC|TV|"
    r"본더|[A-Za-z]+\d*)\)?\s?(?:[가-힣]{0,2}\s)?$"
)
_KO_GI_NOUNS = _compile(
    r"(?:원전|원자로|원자력발전소|발전소|발전기|위성|미사일|로켓|발사체|터빈|크레인|풍력발전기|기지국|엔진|전투기|"
    r"헬기|항공기|드론|전차|자주포|탱크|변압기|SMR|호기|저장탱크|플랜트|전기로|고로|용광로|모듈)(?:\([A-Za-z]+\))?\s?(?:[가-힣]{0,2}\s)?$"
)
_KO_HO_NOUNS = _compile(r"(?:주택|가구|아파트|세대|임대주택|공공주택|공공임대|분양|물량)\s?(?:[가-힣]{0,4}\s)?$")
# after "N대 " or "N기 " a word that keeps the count reading (항공기 40대 도입); any other word
# makes it a rank or an ordinal (5대 그룹, 21대 국회, 트럼프 2기 행정부)
_KO_AFTER_COUNT_WORDS = _compile(
    r"\s(?:도입|판매|생산|수출|수입|구매|구입|추가|증가|감소|늘|줄|규모|분량|수준|이상|이하|가량|정도|안팎|넘게|"
    r"남짓|가운데|중|건설|건조|납품|발주|수주|배치|운영|가동|보유|설치|인도|계약|분|씩|모두|전부|등|을|를)"
)


def _ko_count_ok(text: str, m) -> bool:
    if text[max(0, m.start() - 1):m.start()] == "제":
        return False  # 제29회, 제3차: an ordinal
    unit = m.group("unit")
    if unit == "회" and re.search(r"(?:^|[^가-힣])(?:주|월|연|매주|매월|매년|하루|한 달|1년)\s?$", text[max(0, m.start() - 4):m.start()]):
        return False  # "주 1회 이상": how often, not how many
    if unit in ("속", "본") and not ("," in m.group("num") or "만" in m.group("num")):
        return False  # "21만 6,000속" (bunches), "2,540만 본" (tyres); 1본, 3속 are rarely counts
    if unit == "동":  # "62만 동", "1만 8,342동을": buildings or tents; "101동 주민": a building's number
        return text[m.start("unit") - 1].isspace() or "," in m.group("num") or "만" in m.group("num")
    if unit not in ("대", "부", "기", "호", "마리", "그루", "석", "장", "편", "면", "문"):
        return True
    start, end = m.start("num"), m.end("unit")
    if text[max(0, start - 1):start] in ("제", "~", "∼", "·", "-"):
        return False  # 제21대, 20~30대, 20·30대
    value = _ko_value(m.group("num"))
    before = text[max(0, start - 16):start]
    after = text[end:end + 8]
    spaced = after[:1].isspace() and not _KO_AFTER_COUNT_WORDS.match(after)
    if unit == "면":  # parking spaces: 주차장 1,200면 (면 is also a township, a side, noodles)
        return "주차" in before
    if unit == "문":  # guns: 자주포 96문
        return re.search(r"포\s?(?:[가-힣]{0,2}\s)?$", before) is not None
    if unit == "대":
        if spaced and not _KO_DAE_NOUNS.search(before):
            return False  # 5대 그룹, 21대 국회; but 전차 180대 2차 계약
        plain = re.fullmatch(r"\d+", m.group("num").strip()) is not None
        if plain and value % 10 == 0 and value < 100 and not _KO_DAE_NOUNS.search(before):
            return False  # an age group: 20대, 30대 …
        return True
    if unit == "기":
        return not spaced and _KO_GI_NOUNS.search(before) is not None
    if unit == "부":
        return value >= 100 and not spaced
    if unit == "호":
        return value >= 10 and _KO_HO_NOUNS.search(before) is not None and not spaced
    return not spaced


# Numbers written in Hangul before a counter (세 명, 다섯 곳, 두 차례) and multipliers (두 배).
_KO_HANGUL_NUM = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "스무": 20}
_KO_HCOUNT = _compile(
    r"(?<![가-힣])(?P<h>한|두|세|네|다섯|여섯|일곱|여덟|아홉|스무)\s"
    r"(?P<unit>명|곳|개국|개사|개|가지|차례|번|건|척|대|기|종|가구(?!\s(?:공장|업체|회사|매장|브랜드|업계|전문점))|채|마리|그루|점)"
    rf"(?={_KO_PARTICLE_AFTER})(?:\s?(?P<post>{_KO_QUAL_POST}))?"
)
_KO_HTIMES = _compile(
    rf"(?:(?P<pre>{_KO_QUAL_PRE})\s?)?(?<![가-힣])(?P<h>두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무)\s?배"
    rf"(?=인(?![가-힣])|{_KO_PARTICLE_AFTER})(?:\s?(?P<post>{_KO_QUAL_POST}))?"
)
# Temperatures: "N도" only near a temperature word; 영하 makes the value negative.
_KO_TEMP = _compile(_led("영\\d", rf"(?:(?P<below>영하)\s?)?{_NB}(?P<num>{_NUM})\s?도(?=[까를로가에의와는은]|\s|[,.)]|$)"
                         rf"(?:\s(?P<post>가까이|남짓|이상(?![기한하])|가량|정도|안팎|내외|넘게|이하|미만)(?![가-힣]))?"))
_SENTENCE_END = _compile(r"[.!?](?!\d)|\n")
_KO_TEMP_CUE = _compile(r"기온|온도|섭씨|영하|영상|수온|폭염|한파|더위|추위|최고\s?\d|최저\s?\d")


def _ko_hangul_numbers(text: str, c: _Cands):
    for m in _KO_HCOUNT.finditer(text):
        h, unit = m.group("h"), m.group("unit")
        after = text[m.end("unit"):m.end("unit") + 6]
        if h == "한" and (unit in ("개", "가지", "번") or after.startswith("도")):
            continue  # 한 가지, 한 번 ("once", "ever"), "한 명도 없다"
        if unit in ("대", "기", "점") and after[:1].isspace() and not _KO_AFTER_COUNT_WORDS.match(after):
            continue
        if unit == "기" and not _KO_GI_NOUNS.search(text[max(0, m.start() - 16):m.start()]):
            continue
        c.add("count", m.start(), m.end(), _KO_HANGUL_NUM[h], unit, _qual(m.group("post")))
    for m in _KO_HTIMES.finditer(text):
        c.add("quantity", m.start(), m.end(), _KO_HANGUL_NUM[m.group("h")], "times", _qual(m.group("pre")) or _qual(m.group("post")))


def _ko_temperatures(text: str, c: _Cands):
    for m in _near_digits(_KO_TEMP, text, c):
        ends = [x.end() for x in _SENTENCE_END.finditer(text, max(0, m.start() - 300), m.start())]
        sentence_start = ends[-1] if ends else max(0, m.start() - 300)
        if not (m.group("below") or _KO_TEMP_CUE.search(text, sentence_start, m.start())):
            continue
        value = _dec(m.group("num"))
        c.add("quantity", m.start(), m.end(), _norm(-value if m.group("below") else value), "°C", _qual(m.group("post")))


# A range: "2~3%", "1조~1조 5천억 원", "3~4명". The low end is found before a fact already read.
_KO_RANGE_LOW = _compile(
    _led(_KO_PRE_FIRST + r"\-−", rf"(?:(?P<pre>{_KO_QUAL_PRE})\s?)?(?P<sign>(?<![\w.,%])[-−])?(?P<a>{_KO_NUM})\s?"
    r"(?P<aunit>%\s?p|%|퍼센트|[가-힣]{1,2}|[A-Za-z㎞㎏㎡㏊㎜]{1,3})?\s?[~∼～〜–\-]\s?$")
)


_EN_YEAR_BEFORE_RANGE = re.compile(r"(?i)(?:since|in|by|until)\s$")
_RANGE_SEP_END = _compile(r"(?:[~∼～〜\-–]|\bto|\band)\s?$", re.I)


def _ranges(text: str, c: _Cands, low_re, lang: str):
    """Turn "LOW SEP <fact>" into one range fact [low, high] (money, percent, count, quantity)."""
    for f in list(c.items):
        if f.kind not in ("money", "percent", "count", "quantity") or isinstance(f.value, list):
            continue
        window = text[max(0, f.start - 40):f.start]
        if not _RANGE_SEP_END.search(window[-6:]):
            continue
        m = low_re.search(window)
        if not m:
            continue
        g = m.groupdict()
        if lang == "en":
            if g["sep"].lower() == "and" and not g.get("between"):
                continue
            change = _EN_CHANGE_BEFORE.search(window[:m.start()])
            if (g["sep"].lower() == "to" and change and not _EN_RANGE_FROM.search(window[:m.start()])
                    and not (f.kind == "count" and change.group().strip().lower() in ("cut", "shed", "added"))):
                continue  # "rose 0.5% to 3.1%": a change, then a level (but "ranging from 2% to 5%", "cut 4,000 to 6,000 jobs")
        if lang == "en" and len(g["a"]) == 4 and g["a"][:2] in ("19", "20") and _EN_YEAR_BEFORE_RANGE.search(window, 0, m.start("a")):
            continue  # "since 2019 to about 2,450 groups": a year, then a count
        aunit = (g.get("aunit") or g.get("acur") or "").strip()
        if aunit and aunit.replace(" ", "").lower() not in f.text.replace(" ", "").lower():
            continue
        if lang == "ko":
            low = _ko_value(g["a"])
            high_text = f.text
            if not re.search(r"[조억만]", g["a"]):
                big = re.search(r"\d\s?([조억만])", high_text)
                if big:
                    low *= _KO_BIG[big.group(1)]
        else:
            low = _dec(g["a"])
            scale = g.get("scale")
            if scale:
                low *= _EN_SCALE[scale.lower()]
            else:
                big = re.search(rf"\d\s?({_EN_SCALE_RE})", f.text, re.I)
                if big:
                    low *= _EN_SCALE[big.group(1).lower()]
        if g.get("sign"):
            low = -low
        high = f.value
        if not isinstance(high, (int, float)) or not low < Decimal(str(high)):
            continue
        start = max(0, f.start - 40) + m.start(("qual" if lang == "en" else "pre") if (g.get("qual") or g.get("pre")) else ("cur" if g.get("cur") else ("sign" if g.get("sign") else "a")))
        qual = _qual(g.get("qual") or g.get("pre")) or f.qualifier
        c.add(f.kind, start, f.end, [_norm(low), high], f.unit, qual)


def _ko(text: str, pub, c: _Cands):
    for m in _near_digits(_KO_MONEY, text, c):
        cur = re.sub(r"\s", " ", m.group("cur"))
        code = _KO_CUR.get(cur) or _KO_CUR.get(cur.replace(" ", "")) or "USD"
        if cur == "크로네" and "덴마크" in text[max(0, m.start() - 200):m.end() + 50]:
            code = "DKK"
        c.add("money", m.start(), m.end(), _norm(_ko_value(m.group("num"))), code, _post_qual(m))
    for m in _near_digits(_KO_PERCENT, text, c):
        unit = "pp" if re.search(r"p|포인트", m.group("unit")) else "%"
        c.add("percent", m.start(), m.end(), _norm(-_dec(m.group("num")) if m.group("sign") else _dec(m.group("num"))), unit, _post_qual(m))
    for m in _near_digits(_KO_COUNT, text, c):
        if m.group("noun"):
            unit = m.group("noun")
        else:
            unit = re.sub(r"\s", "", m.group("unit"))
            if unit == "개사":
                unit = "사" if " " in m.group("unit") else "개사"
            if not _ko_count_ok(text, m):
                continue
        c.add("count", m.start(), m.end(), _norm(_ko_value(m.group("num"))), unit, _post_qual(m))
    for m in _near_digits(_KO_QTY, text, c):
        unit = _KO_QTY_MAP[m.group("unit")]
        if m.group("speed") == "시속":
            if unit != "km":
                continue
            unit = "km/h"
        elif m.group("speed") == "초속":  # wind speed: 초속 32m
            if unit != "m":
                continue
            unit = "m/s"
        c.add("quantity", m.start(), m.end(), _norm(_ko_value(m.group("num"))), unit, _post_qual(m))
    _ko_hangul_numbers(text, c)
    _ko_temperatures(text, c)
    _ranges(text, c, _KO_RANGE_LOW, "ko")
    _ko_dates(text, pub, c)
    _symbol_money(text, c)


# ---------------------------------------------------------------------------- English

_EN_CUR_PRE = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "usd": "USD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD", "nt$": "TWD", "r$": "BRL",
    "s$": "SGD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "₩": "KRW",
    "krw": "KRW", "w": "KRW", "cny": "CNY", "rmb": "CNY", "yuan": "CNY",
}
_EN_CUR_PRE_RE = r"(?:US\s?\$|U\.S\.\s?\$|A\$|C\$|HK\$|NZ\$|NT\$|R\$|S\$|\$|€|£|¥|₩|(?<![A-Za-z])(?:USD|EUR|GBP|JPY|KRW|CNY|RMB)\s?|(?<![A-Za-z])W(?=\d))"
_EN_CUR_POST = {
    "won": "KRW", "korean won": "KRW", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "dollar": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "pounds": "GBP",
    "usd": "USD", "krw": "KRW", "eur": "EUR", "jpy": "JPY", "cny": "CNY", "rupees": "INR", "rubles": "RUB",
    "swedish kronor": "SEK", "kronor": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK", "swiss francs": "CHF",
    "francs": "CHF", "rupiah": "IDR", "baht": "THB", "ringgit": "MYR", "dong": "VND", "pesos": "MXN",
    "mexican pesos": "MXN", "reais": "BRL", "rand": "ZAR", "lira": "TRY", "riyals": "SAR", "dirhams": "AED",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "taiwan dollars": "TWD", "new taiwan dollars": "TWD", "zlotys": "PLN", "zloty": "PLN", "forints": "HUF",
    "koruna": "CZK", "hryvnias": "UAH", "hryvnia": "UAH", "shekels": "ILS", "dinars": "KWD", "naira": "NGN", "shillings": "KES", "kenyan shillings": "KES",
    "new zealand dollars": "NZD", "rupee": "INR", "pesos argentinos": "ARS", "pence": "GBP", "cents": "USD",
    "cedis": "GHS", "cedi": "GHS", "crowns": "SEK", "danish crowns": "DKK", "norwegian crowns": "NOK", "swedish crowns": "SEK",
    "pound": "GBP", "egyptian pounds": "EGP", "lebanese pounds": "LBP", "sudanese pounds": "SDG",
    "czech crowns": "CZK", "philippine pesos": "PHP", "sri lankan rupees": "LKR", "pakistani rupees": "PKR",
}
_EN_CUR_POST_RE = (
    r"(?:Korean won|won|U\.?S\.? dollars|(?:Australian|Canadian|Hong Kong|Singapore|New Taiwan|Taiwan|New Zealand) dollars|dollars|dollar|"
    r"euros|euro|yen|yuan|(?:Egyptian|Lebanese|Sudanese) pounds|pounds|(?<=illion[\s-])pound|(?<=crore\s)rupee|hryvnias|hryvnia|rupees|rubles|Swedish kronor|kronor|Norwegian kroner|Danish kroner|Swiss francs|francs|"
    r"rupiah|baht|ringgit|Mexican pesos|pesos|reais|rand|lira|riyals|dirhams|zlotys|zloty|forints|koruna|shekels|naira|"
    r"(?:Kenyan\s)?shillings|dong|dinars|"
    r"New Zealand dollars|pence|cents|cedis|cedi|(?:Danish|Norwegian|Swedish|Czech) crowns|crowns|Philippine pesos|"
    r"Sri Lankan rupees|Pakistani rupees|USD|KRW|EUR|JPY|CNY)(?![A-Za-z])"
)
_EN_SCALE_RE = r"(?:trillion|billion|million|thousand|crore|lakh|trn|tn|bln|bn|mln|mn|m|b|k)(?![A-Za-z])"
_EN_SCALE_WORD = r"(?:trillion|billion|million|thousand|crore|lakh)"

_EN_MONEY_PRE = _compile(
    _led(r"UACHNS$€£¥₩EGJKRW", rf"(?P<cur>{_EN_CUR_PRE_RE})\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_EN_SCALE_RE}))?(?:\s(?P<post>{_EN_CUR_POST_RE}))?"),
    re.I,
)
_EN_MONEY_RANGE = _compile(
    rf"(?:(?<![A-Za-z])(?P<qual>{_EN_QUAL})\s)?(?P<cur>{_EN_CUR_PRE_RE})\s?(?P<a>{_NUM})\s?(?P<sep>-|–|to)\s?(?P<num>{_NUM})\s?(?P<scale>{_EN_SCALE_RE})",
    re.I,
)
_EN_MONEY_POST = _compile(
    _led(r"\d", rf"{_NB}(?P<num>{_NUM})(?:\s?(?P<scale>{_EN_SCALE_RE}))?(?:\s|(?<=illion)-)(?P<post>{_EN_CUR_POST_RE})"),
    re.I,
)
_EN_PERCENT = _compile(
    _led(r"\d\-−", rf"(?:(?P<sign>(?<![\w.,%])[-−])|{_NB}|(?<=[\d%][-–]))(?P<num>{_NUM})\s?(?P<unit>percentage points?|pct points?|%\s?points?|%p(?![A-Za-z])|pp(?![A-Za-z])|%|percent(?![A-Za-z])|per cent|pct(?![A-Za-z]))"),
    re.I,
)
_EN_PP_WORDS = {"half a": 0.5, "a half": 0.5, "a quarter": 0.25, "a quarter of a": 0.25, "three quarters of a": 0.75,
                "three-quarters of a": 0.75, "a full": 1, "one": 1, "a": 1}
_EN_PP_WORD = _compile(
    r"(?<![A-Za-z])(?P<w>half a|a half|a quarter of a|a quarter|three[ -]quarters of a|a full|one)\s(?:percentage\s)?point(?![A-Za-z])"
    r"|(?<![A-Za-z])(?P<w2>a)\spercentage\spoint(?![A-Za-z])",
    re.I,
)
_EN_BP = _compile(
    _led(r"\d", rf"{_NB}(?P<num>{_NUM})\s?(?:basis points?|bps|bp)(?![A-Za-z])"), re.I
)
_EN_WORDNUM_TIMES = r"\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten"
_EN_TIMES = _compile(
    rf"(?:(?<![A-Za-z])(?P<qual>{_EN_QUAL})\s)?(?<![A-Za-z\d.,])(?:"
    rf"(?P<n>{_EN_WORDNUM_TIMES})[-\s]?fold(?![A-Za-z])"
    r"|(?P<tw>twice)(?=\s(?:the|as|that|its|their|what)(?![A-Za-z]))"
    rf"|(?P<nt>{_EN_WORDNUM_TIMES})\stimes(?=\s(?:the|as|more|larger|higher|bigger|greater|faster|that|its|their|what|last|this|those|these|pre-[a-z]+)(?![A-Za-z]))"
    r")",
    re.I,
)
# The low end of a range before a fact already read: "4.50% to 4.75%", "$61 billion and $64 billion"
# (after "between"), "5-6%", "$5-6 billion" (the low end takes the high end's scale).
_EN_RANGE_LOW = _compile(
    rf"(?:(?<![A-Za-z])(?P<qual>{_EN_QUAL})\s)?(?:(?P<between>between)\s)?(?P<cur>{_EN_CUR_PRE_RE})?\s?"
    rf"(?P<sign>(?<![\w.,%])[-−])?(?<![\d.,])(?P<a>{_NUM})(?:\s?(?P<scale>{_EN_SCALE_RE}))?(?:\s?(?P<aunit>%|percent|per cent)|\s(?P<acur>euros|dollars|pounds|won|yen|yuan))?"
    r"\s?(?P<sep>-|–|to|and)\s?$",
    re.I,
)
_EN_RANGE_FROM = _compile(r"(?i)(?<![A-Za-z])(?:range|ranges|ranged|ranging|vary|varies|varied|varying)\s+from\s*$")
# A change before "X to Y" makes it a change and a level, not a range: "rose 0.5% to 3.1%".
_EN_CHANGE_BEFORE = _compile(
    r"(?i)(?<![A-Za-z])(?:rose|rise|rises|fell|fall|falls|grew|gained|lost|climbed|dropped|declined|increased|decreased|"
    r"jumped|slid|slipped|surged|soared|plunged|sank|tumbled|rebounded|advanced|added|shed|widened|narrowed|"
    r"up|down|cut|raised|lowered|trimmed|by|from|revised)\s*$"
)

_EN_QTY_UNITS = [
    ("km/h", "km/h"), ("kilometers per hour", "km/h"), ("kilometres per hour", "km/h"), ("kph", "km/h"),
    ("km per hour", "km/h"), ("km an hour", "km/h"), ("miles per hour", "mph"), ("miles an hour", "mph"), ("mph", "mph"),
    ("km", "km"), ("kilometers", "km"), ("kilometres", "km"), ("kilometer", "km"), ("kilometre", "km"),
    ("kilogram", "kg"), ("tonne", "t"), ("meter", "m"), ("metre", "m"), ("hPa", "hPa"), ("hectopascals", "hPa"),
    ("GHz", "GHz"), ("gigahertz", "GHz"), ("MHz", "MHz"), ("megahertz", "MHz"), ("hectoliters", "hl"), ("hectolitres", "hl"),
    ("miles", "mi"), ("GWh", "GWh"), ("MWh", "MWh"), ("TWh", "TWh"), ("kWh", "kWh"), ("GW", "GW"),
    ("MW", "MW"), ("kW", "kW"), ("gigawatts", "GW"), ("gigawatt", "GW"), ("megawatts", "MW"),
    ("megawatt", "MW"), ("metric tons", "t"), ("metric tonnes", "t"), ("tonnes", "t"), ("tons", "t"),
    ("tonne", "t"), ("ton", "t"), ("barrels", "bbl"), ("barrel", "bbl"), ("kg", "kg"), ("kilograms", "kg"), ("grams", "g"), ("gram", "g"), ("decibels", "dB"), ("lumens", "lm"), ("kiloliters", "kL"), ("kilolitres", "kL"),
    ("square meters", "m2"), ("square metres", "m2"), ("sq m", "m2"), ("hectares", "ha"), ("TEUs", "TEU"), ("TEU", "TEU"),
    ("square kilometers", "km2"), ("square kilometres", "km2"), ("sq km", "km2"), ("square miles", "mi2"),
    ("acres", "acre"), ("acre", "acre"), ("mile", "mi"), ("gallons", "gal"), ("gallon", "gal"),
    ("nm", "nm"), ("nanometers", "nm"), ("nanometer", "nm"), ("liters", "L"), ("litres", "L"),
    ("millimeters", "mm"), ("millimetres", "mm"), ("mm", "mm"), ("centimeters", "cm"), ("centimetres", "cm"),
    ("cm", "cm"), ("inches", "in"), ("inch", "in"), ("kilowatts", "kW"), ("kilowatt", "kW"), ("degrees Celsius", "°C"), ("degrees C", "°C"), ("°C", "°C"),
    ("degrees Fahrenheit", "°F"), ("°F", "°F"), ("gigawatt-hours", "GWh"), ("gigawatt hours", "GWh"),
    ("megawatt-hours", "MWh"), ("terawatt-hours", "TWh"), ("kilowatt-hours", "kWh"), ("gigawatt-hour", "GWh"),
    ("megawatt-hour", "MWh"), ("terawatt-hour", "TWh"), ("kilowatt-hour", "kWh"), ("hectare", "ha"),
    ("cubic meters", "m3"), ("cubic metres", "m3"), ("CGT", "CGT"),
    ("meters", "m"), ("metres", "m"), ("days' worth", "일분"), ("days of supply", "일분"),
]
_EN_QTY_MAP = {u.lower(): n for u, n in _EN_QTY_UNITS}
_EN_QTY = _compile(
    _led(r"\d", rf"(?:{_NB}|(?<=\d[-–]))(?P<num>{_NUM})(?:\s(?P<scale>{_EN_SCALE_WORD}))?[\s\-]?(?P<unit>"
    + "|".join(re.escape(u) for u, _ in sorted(_EN_QTY_UNITS, key=lambda x: -len(x[0]))) + r")(?![A-Za-z])"),
)

_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12, "dozens of": None}
_EN_COUNT_START = _compile(
    _led(r"\dotfsen", rf"(?:{_NB}(?P<num>{_NUM})(?:\s(?P<scale>{_EN_SCALE_WORD}))?|(?<![A-Za-z\-])(?P<word>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![A-Za-z\-]))\s"),
    re.I,
)
_EN_WORD = _compile(r"[A-Za-z][A-Za-z0-9&'\-]*|\S")
_EN_STOP = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "or", "as", "is", "was",
    "were", "are", "be", "been", "has", "have", "had", "will", "would", "that", "which", "who", "this",
    "these", "those", "its", "their", "his", "her", "than", "per", "after", "before", "since", "until",
    "over", "under", "into", "while", "when", "where", "also", "each", "percent", "cent", "won", "dollars",
    "euros", "yen", "yuan", "pound", "pounds", "dollar", "euro", "times", "not", "but", "if", "so", "such", "more", "less", "about", "up",
    "down", "it", "they", "we", "he", "she", "said", "says", "plus", "through", "across", "during",
    "against", "among", "between", "via", "per", "than", "then", "thus", "always", "perhaps", "yes",
}
_EN_TIME_NOUNS = {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "times",
                  "year", "month", "week", "day", "hour", "quarters", "centuries", "points", "basis",
                  "percent", "percentage", "tonnes", "tons", "barrels", "kilometers", "kilometres", "miles",
                  "meters", "metres", "hectares", "gigawatts", "megawatts", "acres", "square", "gallons", "liters", "litres",
                  "seasons", "season", "degrees", "grams", "kilograms", "kilos", "kilowatts", "kiloliters", "kilolitres",
                  "feet", "inches", "centimeters", "centimetres", "millimeters", "millimetres", "ounces", "bushels",
                  "carats", "cubic"}  # "after 11 seasons": how long, not how many; units make quantities
_EN_COUNT_SINGULAR = {"series", "species", "aircraft", "staff", "personnel", "people", "sheep", "equipment", "children", "women", "men",
                      "fish", "cattle", "livestock", "poultry", "deer", "crew", "police", "offspring", "boar", "salmon",
                      "trout", "moose", "bison", "elk", "swine"}
_EN_NOT_PLURAL = {"this", "was", "has", "is", "its", "us", "as", "thus", "plus", "less", "across", "always",
                  "perhaps", "various", "previous", "serious", "numerous", "news", "business", "series",
                  "analysis", "basis", "crisis", "status", "process", "access", "progress", "success",
                  "express", "congress", "address", "focus", "bonus", "census", "campus", "virus", "gas",
                  "bus", "chaos", "corpus", "lens", "famous", "tremendous", "enormous", "continuous",
                  "its", "sales", "economics", "politics", "semiconductors", "chips", "exports", "imports",
                  "earnings", "revenues", "shares", "stocks", "assets", "sales", "services", "goods",
                  "profits", "prices", "costs", "rates", "funds", "losses", "gains", "bonds", "terms",
                  "grounds", "means", "thanks", "levels", "degrees", "won", "overseas", "whereas", "nevertheless",
                  "telecommunications", "logistics", "electronics", "athletics", "physics", "mathematics", "measles",
                  "mumps", "diabetes", "rabies", "herpes"}
# A number right after a capitalised word is part of a name: Model 3, Route 66, Article 3.
_EN_NAME_BEFORE = _compile(r"\b([A-Z][A-Za-z]*)\s$")
_EN_NOT_NAME = {"The", "A", "An", "About", "Some", "Nearly", "Almost", "Around", "Over", "Only", "All", "With",
                "Of", "In", "For", "To", "By", "And", "At", "On", "From", "Than", "Under", "Up", "More", "Less"}


_EN_ALNUM_MODIFIER = re.compile(r"\d+[A-Za-z]{1,2}(?=\s)")
_EN_PLURAL_AFTER = re.compile(r"\s([a-z]{3,}[^s\W]s)(?![A-Za-z'’\-])")


_EN_HEAD_OF = re.compile(r"\sof\s(?:[a-z]+\s)?(?:cattle|cows|pigs|hogs|sheep|goats|livestock|deer|poultry|chickens|horses)(?![A-Za-z])")
_EN_OF_COUNT = _compile(_led(r"\dotfsenOTFSEN", rf"(?:{_NB}(?P<num>{_NUM})|(?<![A-Za-z\-])(?P<word>(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)))\sof\s(?:(?:the|its|their|his|her|our|these|those|[A-Za-z]+(?:'s|’s))\s)?"
                              r"(?:[a-z]+(?:'s|’s)\s)?"))
_EN_OF_WHOM_BEFORE = re.compile(r"(?i)\bof\s(?:whom|which)\s(?:about\s|some\s|nearly\s|around\s)?$")
_EN_OF_WHOM = _compile(_led("o", rf"(?<![A-Za-z])of\s(?:whom|which)\s(?:(?P<qual>about|some|nearly|around|roughly|more than|over|almost|"
                       rf"at least|fewer than|less than|just over|just under|only)\s)?"
                       rf"(?P<num>{_NUM})(?![.,]?\d)(?:\s(?P<scale>{_EN_SCALE_WORD}))?(?!\s?%|\s?percent|[.,]?\d)"))
_EN_VERB_COUNT = _compile(_led("aobchsit",
    rf"(?<=\s)(?:add|adds|added|adding|open|opens|opened|build|builds|built|close|closes|closed|hire|hires|hired|ship|ships|"
    rf"shipped|sell|sells|sold|install|installs|installed|aims? for|targets?|targeting)\s"
    rf"(?:(?P<qual>about|some|another|nearly|roughly|up to|more than|over|at least)\s)?{_NB}(?P<num>{_NUM})(?![.,]?\d)"
    rf"(?:\s(?P<scale>{_EN_SCALE_WORD}))?(?=\s(?:by|in|this|next|last|over|across|within|before|at)(?![A-Za-z])|[,.;]|$)"))
_EN_OF_THEM = _compile(_led(r"\d", rf"(?<![A-Za-z$€£¥₩]){_NB}(?P<num>{_NUM})(?![.,]?\d)\sof\s(?:them|those)(?![A-Za-z])"))
_EN_MORE_THAN_COUNT = _compile(_led(r"\d",
    rf"(?<![A-Za-z$€£¥₩]){_NB}(?P<num>{_NUM})(?:\s(?P<scale>{_EN_SCALE_WORD}))?\s(?:more|fewer)\sthan(?![A-Za-z])"))
_EN_FROM_COUNT = _compile(
    rf"(?<![A-Za-z])(?:up from|down from|from|compared with|versus|against)\s(?:(?P<qual>about|around|nearly|roughly|some|"
    rf"more than|over|fewer than|less than|just over|just under|almost)\s)?(?P<num>{_NUM})(?![.,]?\d)(?:\s(?P<scale>{_EN_SCALE_WORD}))?"
    r"(?=\s(?:in|a|the|at|last|on|during|earlier|before|since)(?![A-Za-z])|[,.;)]|$)"
)


def _en_counts(text: str, c: _Cands):
    for m in _qualified(_EN_COUNT_START.finditer(text), text):
        if m.group("num"):
            value = _dec(m.group("num"))
            if m.group("scale"):
                value *= _EN_SCALE[m.group("scale").lower()]
            elif re.fullmatch(r"(19|20)\d\d|2100", m.group("num")) and not m.group("qual"):
                continue  # a bare four-digit year-like number: leave it to the dates
        else:
            value = Decimal(_WORDNUM[m.group("word").lower()])
        if "of wh" in text and _EN_OF_WHOM_BEFORE.search(text, max(0, m.start() - 24), m.start("num") if m.group("num") else m.start("word")):
            continue  # "26,000 members, of whom about 3,800 reported …": the members, read as a bare count
        if text[max(0, m.start() - 6):m.start()].lower() == "every ":
            continue  # "one for every nine people": a ratio
        if m.group("word") and re.search(r"(?i)\bthe\s$", text[max(0, m.start() - 4):m.start()]):
            continue  # "the two countries" refers back, it is not a new count
        if m.group("num") and text[max(0, m.start("num") - 1):m.start("num")] in ("$", "€", "£", "¥", "₩"):
            continue  # "$236.4 million including fees": an amount, whatever words follow
        before = _EN_NAME_BEFORE.search(text[max(0, m.start() - 30):m.start()])
        if before and before.group(1) not in _EN_NOT_NAME and not m.group("qual"):
            continue
        pos = m.end()
        words = 0
        head = None
        if not m.group("scale") and value != value.to_integral_value():
            continue  # "1.31 job seekers for every vacancy": a ratio
        skip_to = -1
        for w in _EN_WORD.finditer(text, pos, min(len(text), pos + 90)):
            if w.start() < skip_to:
                continue
            tok = w.group()
            if not tok[0].isalpha():
                alnum = _EN_ALNUM_MODIFIER.match(text, w.start()) if words == 0 else None
                if alnum:
                    words, skip_to = 1, alnum.end()  # "2.3 million 5G users"
                    continue
                break
            low = tok.lower()
            if words == 0 and low in ("more", "extra", "additional", "fewer"):
                words += 1  # "271 more pharmacies"
                continue
            if low in _EN_TIME_NOUNS or (words == 0 and low in _EN_SCALE):
                break
            if low == "and" and words > 0:
                words += 1
                continue
            if low in _EN_STOP:
                break
            if low in _EN_COUNT_SINGULAR or (low == "head" and words == 0 and value >= 100) or (
                low.endswith("s") and not low.endswith(("ss", "us", "is", "'s")) and len(low) >= 4
                and low not in _EN_NOT_PLURAL
            ) or (tok.isupper() and tok.endswith("s") and len(tok) >= 3) or re.fullmatch(r"[A-Z]{2,}s", tok):
                head = w
                break
            words += 1
            if words > 4:
                break
        if head is None:
            continue
        if m.group("word") and head.group().lower() in {"sales", "exports"}:
            continue
        unit, end = head.group(), head.end()
        after = _EN_PLURAL_AFTER.match(text, end)
        if after and (noun := after.group(1).lower()) not in _EN_NOT_PLURAL and noun not in _EN_STOP \
                and noun not in _EN_TIME_NOUNS:
            unit, end = after.group(1), after.end(1)  # "2,000 drinks producers", "1,000 headquarters positions"
        if unit == "head":  # "180 head of cattle"
            of = _EN_HEAD_OF.match(text, end)
            end = of.end() if of else end
        c.add("count", m.start(), end, _norm(value), unit, _qual(m.group("qual")))
    # "241 of the 242 people", "about 40 of its 300 workers": the part counts the whole's things
    if " of " in text:
        counts = {f.start: f for f in c.items if f.kind == "count"}
        for m in _qualified(_EN_OF_COUNT.finditer(text), text):
            whole = counts.get(m.end())
            num = m.group("num")
            if whole is None or num and re.fullmatch(r"(19|20)\d\d|2100", num):
                continue
            if not num and text[m.end() - 3:m.end()] == "of ":
                continue  # "one of 96 residents": one person among them, not a count (but "Nine of the 14 …")
            value = _dec(num) if num else Decimal(_WORDNUM[m.group("word").lower()])
            c.add("count", m.start(), m.end("num" if num else "word"), _norm(value), whole.unit, _qual(m.group("qual")))
    # "Japan will need 2.72 million care workers by 2026, about 250,000 more than in 2022": the
    # difference counts the same things as the count before it in the sentence
    if " than" in text:
        for m in _qualified(_EN_MORE_THAN_COUNT.finditer(text), text):
            value = _scaled(m)
            if value >= 10 and value == value.to_integral_value() and text[max(0, m.start("num") - 1):m.start("num")] not in "$€£¥₩":
                _count_like_before(c, text, m, value, m.start(), qual=False)
    _en_bare_counts(text, c)
    # "… 450 Korean companies, up from 300 in 2019": the bare number counts the same things (after
    # the bare counts: "fell to 7,600 in September, down from 13,587")
    for m in _EN_FROM_COUNT.finditer(text):
        value = _scaled(m)
        if not (re.fullmatch(r"(19|20)\d\d|2100", m.group("num")) and not m.group("scale")) and value == value.to_integral_value():
            _count_like_before(c, text, m, value, m.start("qual") if m.group("qual") else m.start("num"))
    # "26,000 members, of whom about 3,800 reported …"
    if " of whom " in text or " of which " in text:
        for m in _EN_OF_WHOM.finditer(text):
            value = _scaled(m)
            if value == value.to_integral_value():
                _count_like_before(c, text, m, value, m.start("qual") if m.group("qual") else m.start("num"))
    # "287 workers died …, 138 of them at construction sites"
    if " of them" in text or " of those" in text:
        for m in _qualified(_EN_OF_THEM.finditer(text), text):
            value = _dec(m.group("num"))
            if value >= 2 and value == value.to_integral_value():
                _count_like_before(c, text, m, value, m.start())
    # "Finland has about 650 shooting ranges and plans to add 45 by 2030", "shipped 11,000 mowers …
    # and aims for 15,000 this year": what a company adds, opens or sells, counted as before
    for m in _EN_VERB_COUNT.finditer(text):
        value = _scaled(m)
        if value >= 2 and value == value.to_integral_value() and not re.fullmatch(r"(19|20)\d\d|2100", m.group("num")):
            _count_like_before(c, text, m, value, m.start("qual") if m.group("qual") else m.start("num"))


def _scale_of(m) -> str | None:
    try:
        return m.group("scale")
    except IndexError:  # a pattern without a scale word
        return None


def _scaled(m) -> Decimal:
    """A match's number times its scale word ("3.39 million")."""
    value, scale = _dec(m.group("num")), _scale_of(m)
    return value * _EN_SCALE[scale.lower()] if scale else value


def _count_before(c: _Cands, text: str, at: int) -> Fact | None:
    """The last count read before ``at`` in the same sentence."""
    sentence_start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    earlier = [f for f in c.items if f.kind == "count" and sentence_start <= f.start and f.end <= at]
    return earlier[-1] if earlier else None


def _count_like_before(c: _Cands, text: str, m, value, start: int, qual: bool = True) -> None:
    """A number without its noun that counts the same things as the count before it in the sentence."""
    before = _count_before(c, text, m.start())
    if before is not None:
        end = m.end("scale") if _scale_of(m) else m.end("num")
        c.add("count", start, end, _norm(value), before.unit, _qual(m.group("qual")) if qual else None)


# A count without a head noun after it, the counted things named earlier in the clause: "payrolls
# rose by 175,000", "visitors topped 8.7 million", "drew a crowd of 15,952", "…, up 18,082 from a
# year earlier" (after a count already read). The number follows a verb of level or change (or
# "to", "by", "of"), and nothing that makes it an amount, a unit, an index level or a score
# follows it. Read backwards from the verb, the first noun must name countable things (a plural,
# or attendance, crowd, toll …); a level noun (prices, shares, rate, index, temperature …) or any
# other word that is not a verb, an article or a preposition stops the reading.
_EN_BARE_LEAD = (
    r"to|by|of|reached|topped|surpassed|exceeded|passed|hit|totaled|totalled|numbered|up|down|rose|fell|"
    r"climbed|jumped|dropped|declined|increased|decreased|grew|added|shed|lost|gained|hitting|reaching|"
    r"topping|surpassing|exceeding|totaling|totalling|from|past|falling|rising|growing|shrinking|dropping|climbing|"
    r"jumping|declining|increasing|decreasing|adding|losing|gaining|"
    r"(?:stood|stands|standing|remained|remains|peaked|hovered|was|is)\sat|at|fallen|risen|grown|surged|including|"
    r"taking|bringing|pushing|lifting|leaving|number|of whom|of which|a further|another|an additional"
)
_EN_BARE_COUNT = _compile(
    rf"(?<![A-Za-z])(?P<lead>{_EN_BARE_LEAD})\s(?:a\s(?:record|new record of|combined|total of)\s)?(?:(?P<qual>more than|over|about|around|nearly|almost|roughly|"
    rf"some|at least|below|under|above|fewer than|less than|just over|just under)\s)?{_NB}(?P<num>{_NUM})(?![.,]?\d)"
    rf"(?:\s(?P<scale>{_EN_SCALE_WORD}))?"
    r"(?=\s?[,.;:)]|\s(?:in|on|last|this|from|to|by|nationwide|worldwide|globally|overall|now|during|since|compared|versus|as|after|before|for the|over the|"
    r"a year|the year|so far|earlier|people|a day|a week|a month|per day|per week|per month|each day|every day|"
    r"across|at|among|according|amid|while|but|under|including|until|through|within|ahead|next|and)"
    r"(?![A-Za-z])|\s?$)"
)
_EN_NUMBER_TOKEN = re.compile(r"\d[\d,.]*\d%?")
_EN_AGED = re.compile(r"(?i)\b(?:aged?|ages)\s(?:\d+\s)?\S*$")
_EN_BARE_SUBJECT = {"attendance", "crowd", "crowds", "audience", "population", "enrollment", "enrolment",
                    "turnout", "membership", "workforce", "headcount", "tally", "toll", "total", "employment",
                    "payrolls", "ridership", "viewership", "subscribers", "visitors", "arrivals", "count", "figure",
                    "quota", "cap"}
_EN_BARE_SKIP = {
    "the", "a", "an", "its", "their", "his", "her", "of", "in", "at", "on", "for", "to", "by", "from", "with",
    "daily", "monthly", "annual", "weekly", "total", "number", "has", "have", "had", "was", "were", "is", "are",
    "will", "would", "could", "may", "might", "be", "been", "already", "also", "further", "again", "now",
    "just", "still", "expected", "worldwide", "nationwide", "globally", "forecast", "set", "likely", "and", "this", "last", "year", "month",
    "week", "summer", "winter", "spring", "autumn", "season", "quarter", "million", "billion", "trillion", "thousand",
    "hundred",
}
_EN_BARE_VERBS = {"shrank", "shrunk", "swelled", "sank", "slid", "soared", "surged", "tumbled", "plunged", "dipped",
                  "slumped", "edged", "inched", "expanded", "fallen", "risen", "grown", "stood", "came", "went"}
_EN_BARE_LEVEL = {
    "rate", "rates", "price", "prices", "index", "indices", "indexes", "level", "levels", "yield", "yields",
    "temperature", "temperatures", "score", "scores", "points", "ratio", "value", "won", "yen", "dollar",
    "euro", "yuan", "pound", "stock", "stocks", "share", "shares", "kospi", "kosdaq", "nikkei", "dow", "output",
    "production", "capacity", "volume", "volumes", "demand", "supply", "revenue", "revenues", "profit", "profits",
    "income", "debt", "deficit", "surplus", "budget", "cost", "costs", "sales", "exports", "imports", "reserves",
    "stake", "balance", "readings", "ratings", "rating", "odds", "grade", "grades", "ranking", "rank", "age",
    "inflation", "growth", "unemployment", "earnings", "assets", "spending", "investment", "losses", "gains",
}


def _en_bare_subject(text: str, start: int, sentence_start: int) -> str | None:
    """The counted things named before `start` in the same clause, or None. A prepositional phrase
    between them and the verb is passed over ("visitors to the museum topped …", "the population of
    the city fell to …")."""
    words = re.findall(r"[A-Za-z][A-Za-z'\-]*|[^\sA-Za-z]+", text[sentence_start:start])[-14:]
    i = len(words)
    while i > 0:
        i -= 1
        w = words[i]
        if not w[0].isalpha():
            if w.endswith(",") and i + 1 < len(words) and words[i + 1].endswith("ing") \
                    and (w == "," or _EN_NUMBER_TOKEN.fullmatch(w[:-1])):
                continue  # "…, falling by 3.39 million": the participle's subject is the sentence's
            if w == ",":  # a relative clause between commas is passed over: "rooms, where a song costs 500 won, fell"
                opening = next((k for k in range(i - 1, max(-1, i - 12), -1) if words[k] == ","), None)
                if opening is not None and words[opening + 1].lower() in ("where", "which", "who", "whose", "when"):
                    i = opening
                    continue
            if re.search(r"[,;:()\"“”]", w) and not _EN_NUMBER_TOKEN.fullmatch(w):
                return None  # a clause boundary (not the comma of "3,100")
            continue  # a number, a percentage
        low = w.lower().removesuffix("'s").removesuffix("’s")
        if low in _EN_BARE_PERIODS:  # "for a fourth year", "over four years": a phrase of time, passed over
            prep = next((k for k in range(i - 1, max(-1, i - 4), -1) if words[k].lower() in _EN_BARE_PREPS), None)
            if prep is not None:
                i = prep
                continue
        if low == "base" and i > 0 and words[i - 1].lower() in ("customer", "user", "subscriber", "member", "client", "fan"):
            return words[i - 1] + "s"  # "its customer base grew by 19.2 million"
        if low in _EN_BARE_LEVEL or low in _EN_NOT_PLURAL and low not in _EN_BARE_SKIP or low in _EN_TIME_NOUNS:
            return None
        if low in _EN_BARE_SUBJECT or low in _EN_COUNT_SINGULAR - {"equipment"}:
            return w
        if low.endswith("s") and len(low) >= 4 and not low.endswith(("ss", "us", "is")) and low not in _EN_STOP:
            return w
        if low in _EN_BARE_SKIP or low in _EN_BARE_VERBS or re.fullmatch(_EN_BARE_LEAD, low) or low.endswith(("ly", "ed", "ing")) \
                or w[0].isupper() and i > 0:
            continue  # articles, verbs, adverbs, proper names
        if i == 0 and w[0].isupper():
            continue
        # another noun: the object of a preposition a few words back ("to the museum"), or the end
        prep = next((k for k in range(i - 1, max(-1, i - 6), -1)
                     if words[k].lower() in _EN_BARE_PREPS or words[k].endswith("ing")), None)  # "attending the fair"
        if prep is None or not all(words[k].lower() in _EN_BARE_SKIP or words[k].replace("'", "").replace("’", "").isalpha()
                                   for k in range(prep + 1, i)):  # "in the Zermatt area", "for Germany's heat pump subsidy"
            return None
        i = prep
    return None


# "a drop of about 1.5 million", "from a peak of 5,100": a change in the count before
_EN_CHANGE_OF = re.compile(r"(?:drop|fall|decline|increase|rise|gain|loss|peak|low|high|total)\sof\s$")
_EN_BARE_PREPS = {"of", "in", "at", "to", "for", "on", "from", "with", "near", "across", "around", "over"}
_EN_BARE_PERIODS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "quarter",
                    "quarters"}


def _en_bare_counts(text: str, c: _Cands):
    for m in _near_digits(_EN_BARE_COUNT, text, c):
        num = m.group("num")
        if re.fullmatch(r"(19|20)\d\d|2100", num) and not m.group("scale"):
            continue  # a year
        value = _dec(num) * (_EN_SCALE[m.group("scale").lower()] if m.group("scale") else 1)
        if value < 10 or value != value.to_integral_value():
            continue
        sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if _EN_AGED.search(text, max(0, m.start() - 16), m.start() + 1):
            continue  # "aged 18 to 24"
        lead = m.group("lead").lower()
        if lead == "at" and text.startswith(":", m.end("num")):
            continue  # "at 11:30": a time
        if text.startswith(" to ", m.end()) and lead not in ("by", "from"):
            continue  # "voted 180 to 100": a tally; but "grew by 4,200 to 83,000", "from 1,519 to 1,600"
        start = m.start("qual") if m.group("qual") else m.start("num")
        subject = _en_bare_subject(text, m.start("lead"), sentence_start)
        if subject is None and (lead in ("up", "down", "by", "including", "leaving", "of whom", "of which", "a further",
                                         "another", "an additional")
                                or lead == "of" and _EN_CHANGE_OF.search(text, max(0, m.start() - 12), m.start() + 3)):
            before = _count_before(c, text, m.start())
            subject = before.unit if before else None
        if subject is None:
            continue
        c.add("count", start, m.end(), _norm(value), subject, _qual(m.group("qual")))


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH_ANY = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_YEAR = r"(?:19\d\d|20\d\d|2100)"
_EN_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_EN_REL_YEAR = {"this year": 0, "last year": -1, "next year": 1, "a year earlier": -1, "a year ago": -1,
                "the previous year": -1, "the following year": 1, "the year before": -1}
_EN_YEAR_REF = r"(?:this year|last year|next year|(?:19|20)\d\d)"

_EN_DATE = _compile(
    _led(r"\dJFMASONDWTHQLBbflstn", r"(?<![A-Za-z\d])(?:"
    rf"(?P<mr_m>{_MONTH_ANY})\s(?P<mr_d1>{_EN_DAY})\s?[-–]\s?(?P<mr_d2>{_EN_DAY})(?![\d,]\d)(?:,?\s(?P<mr_y>{_YEAR}))?(?![\d])"
    rf"|(?P<md_m>{_MONTH_ANY})\s(?P<md_d>{_EN_DAY})(?![\d,]\d)(?:,?\s(?P<md_y>{_YEAR}))?(?![\d])"
    rf"|(?P<dm_d>{_EN_DAY})\s(?P<dm_m>{_MONTH_ANY})(?:,?\s(?P<dm_y>{_YEAR}))?(?!\d)"
    rf"|(?P<my_m>{_MONTH_ANY})(?:\sof)?,?\s(?P<my_y>{_YEAR})(?![\d,]\d)"
    rf"|(?P<ry1>{_YEAR})\s?[-–~]\s?(?P<ry2>{_YEAR}|\d\d)(?![\d,]\d)"
    rf"|(?:(?i:between)\s)(?P<by1>{_YEAR})\sand\s(?P<by2>{_YEAR})(?![\d,]\d)"
    rf"|(?<=[Ff]rom\s)(?P<fr1>{_YEAR})\s(?:to|through|until)\s(?P<fr2>{_YEAR})(?![\d,]\d)"
    rf"|(?:(?<=[Ff]rom\s)(?P<fmr1>{_MONTH_FULL})\s(?:to|through|until)|(?<=[Bb]etween\s)(?P<fmr3>{_MONTH_FULL})\sand)"
    rf"\s(?P<fmr2>{_MONTH_FULL})(?!\s\d|\s(?:quarter|period|half))"
    rf"|(?P<qr1>{_MONTH_FULL})\s?[-–]\s?(?P<qr2>{_MONTH_FULL})\s(?:quarter|period|half)(?:\sof\s(?P<qr_y>{_EN_YEAR_REF}|the year))?(?![A-Za-z])"
    rf"|(?P<fm>[Ff]irst|[Ll]ast)\s(?P<fm_n>two|three|four|five|six|seven|eight|nine|ten|eleven)\smonths(?:\sof\s(?P<fm_y>{_EN_YEAR_REF}|the year))?(?![A-Za-z])"
    rf"|(?P<hq>(?P<hq_n>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)(?:\s|-)(?P<hq_k>half|quarter))(?:\sof\s(?P<hq_y>{_EN_YEAR_REF}|the year))?(?![A-Za-z])"
    rf"|(?P<hq2>[HQ])(?P<hq2_n>[1-4])(?:\s(?P<hq2_y>{_YEAR}))?(?![A-Za-z\d])"
    r"|(?P<rely>[Tt]his year|[Ll]ast year|[Nn]ext year)(?![A-Za-z])"  # "a year earlier" is a baseline, not a date
    r"|(?P<relm>[Tt]his month|[Ll]ast month|[Nn]ext month)(?![A-Za-z])"
    rf"|(?P<mdir>[Ll]ast|[Nn]ext|[Tt]his)\s(?P<m_rel>{_MONTH_FULL})(?![A-Za-z])"
    r"|(?<!Black\s)(?<!Cyber\s)(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
    rf"|(?P<fy>(?:(?i:fiscal)|FY)\s?)(?P<fy_y>{_YEAR})(?![\d,]\d)"
    r")")
)
# A bare year in a date context: "in 2019", "by 2030", "2030 development strategy", "2030's".
_EN_YEAR_CTX = _compile(
    rf"(?:(?<![A-Za-z])(?:in|by|since|until|till|through|from|to|before|after|during|of|for|early|late|mid-|around|end of|start of|beginning of|year|since early|as of)\s(?:early\s|late\s|mid-)?)(?P<y>{_YEAR})(?![\d,]\d|\s?%|\s?percent|\s(?:{_EN_SCALE_WORD}|won|tonnes|units|people|companies|jobs|workers|cars|vehicles))",
    re.I,
)
_EN_YEAR_NOUN = _compile(
    _led(r"\d", rf"(?<![\d,.$€£¥₩A-Za-z])(?P<y>{_YEAR})(?=(?:'s|’s)|\s(?:[A-Za-z\-]+\s){{0,2}}(?:strategy|plan|target|targets|goal|goals|vision|roadmap|study|intake|cohort|harvest|crop|Olympics|Paralympics|Games|Expo|World Cup|budget|season|vintage|election|deadline|agenda|census|forecast|outlook|survey|report|edition|summit|fiscal year|level|levels|peak|average|figure|figures|sales|revenue|revenues|profit|profits|earnings|results)(?![A-Za-z]))")
)
_EN_MONTH_MODIFIER = _compile(
    r"(?<![A-Za-z])(?:(?:its|their|the|this|our|his|her|a)\s(?=[A-LN-Z]|Ma[^y])|the\s(?=May))"
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)(?=\s[a-z])"
)
_EN_MONTH_ALONE = _compile(rf"{_MONTH_FULL}(?![A-Za-z]|\s\d)")
_EN_MONTH_PREP_BEFORE = _compile(
    r"(?<![A-Za-z])(?i:in|by|since|until|from|through|for|early|late|mid-|end of|since early|during|between|"
    r"(?:week|weeks|days|middle|start|beginning|rest|half) of|(?:year|months|weeks|period|quarter) (?:to|ended|ending)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:and|or|to|through))\s$"
)
_EN_MONTH_STAT_AFTER = _compile(
    r"\s(?:was|had been|has been|saw|brought|marked|set|temperatures?|rainfall|exports|imports|shipments|sales|payrolls|inflation|output|production|data|"
    r"figures|jobs|retail sales|consumer prices|trade|deliveries|arrivals)(?![A-Za-z])"
)
# words that put a weekday ahead of the publication date ("will vote on Sunday", "forecast rain on Wednesday")
_EN_FUTURE = _compile(r"(?<![A-Za-z])(?:will|would|'ll|(?<!its\s)(?<!their\s)(?<!the\s)(?<!growth\s)(?<!sales\s)(?<!profit\s)"
                        r"(?<!earnings\s)(?<!revenue\s)forecasts?|expected|scheduled|due|plans?|set to|is to|are to|next|"
                        r"upcoming|coming|ahead of|aims? to)(?![A-Za-z])")  # (not "its sales forecast": a noun)
_EN_PAST = _compile(r"(?<![A-Za-z])(?:said|reported|announced|was|were|had|did|last|told|wrote|met|sent|signed|"
                      r"approved|unveiled|posted|filed|issued|released|confirmed|agreed)(?![A-Za-z])")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


_EN_FUTURE_FROM = re.compile(r"(?i)(?:from|starting|beginning|effective|by|until|through|before|on)\s$")


def _year_of_day(text: str, start: int, pub, month: int) -> int | None:
    """The year of a month or a day written without one ("January", "Jan. 1"): as for a period
    (`_year_of_period`), except that what a sentence says will happen "from January", "by December"
    (it has "will", "plans to" …) is in the next such month from publication."""
    y = _year_of_period(pub, month)
    if y is not None and _EN_FUTURE_FROM.search(text, max(0, start - 12), start):
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        end = text.find(". ", start)
        if _EN_FUTURE.search(text, sentence_start, len(text) if end < 0 else end):
            y = pub.year if month >= pub.month else pub.year + 1
    elif y is not None and text[max(0, start - 3):start] == "in ":
        # "will tour Seoul … in November": a future verb before it in the sentence
        sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
        if _EN_WILL.search(text, sentence_start, start):
            y = pub.year if month >= pub.month else pub.year + 1
    return y


_EN_WILL = re.compile(r"(?<![A-Za-z])(?:will|'ll|is to|are to|plans? to|is scheduled to|are scheduled to)\s")


def _en_year_ref(s: str | None, pub) -> tuple[int | None, str | None]:
    if not s or s == "the year":
        return (pub.year if pub else None), None
    if s.isdigit():
        return int(s), None
    return _year_or_none(pub, _EN_REL_YEAR[s.lower()]), s


def _en_dates(text: str, pub, c: _Cands):
    for m in _EN_DATE.finditer(text):
        s, e = m.span()
        g = m.group
        if g("mr_m"):  # "Feb. 10-11": a range of days
            mon = _MONTHS[g("mr_m").rstrip(".").lower()]
            y = int(g("mr_y")) if g("mr_y") else (pub.year if pub else None)
            d1, d2 = (int(re.match(r"\d+", g(k)).group()) for k in ("mr_d1", "mr_d2"))
            a, b = _ymd(y, mon, d1), _ymd(y, mon, d2)
            if a and b and d1 < d2:
                c.add("date", s, e, [a, b])
        elif g("md_m") or g("dm_m"):
            mon = _MONTHS[(g("md_m") or g("dm_m")).rstrip(".").lower()]
            day = int(re.match(r"\d+", g("md_d") or g("dm_d")).group())
            ys = g("md_y") or g("dm_y")
            y = int(ys) if ys else _year_of_day(text, s, pub, mon)
            value = _ymd(y, mon, day)
            if value:
                c.add("date", s, e, value)
        elif g("my_m"):
            c.add("date", s, e, _ym(int(g("my_y")), _MONTHS[g("my_m").rstrip(".").lower()]))
        elif g("ry1"):
            a, b = g("ry1"), g("ry2")
            if len(b) == 2:
                b = a[:2] + b
            if int(a) < int(b) <= int(a) + 50:
                c.add("date", s, e, [a, b])
        elif g("by1"):
            if int(g("by1")) < int(g("by2")):
                c.add("date", m.start("by1"), e, [g("by1"), g("by2")])
        elif g("fmr1") or g("fmr3"):
            a, b = _MONTHS[(g("fmr1") or g("fmr3")).lower()], _MONTHS[g("fmr2").lower()]
            y = _year_of_period(pub, a)
            if a < b and y is not None:
                c.add("date", s, e, [_ym(y, a), _ym(y, b)])
        elif g("fr1"):
            if int(g("fr1")) < int(g("fr2")):
                c.add("date", s, e, [g("fr1"), g("fr2")])
        elif g("qr1"):
            a, b = _MONTHS[g("qr1").lower()], _MONTHS[g("qr2").lower()]
            if not a < b:
                continue
            y, rel = _en_year_ref(g("qr_y"), pub)
            if not g("qr_y"):
                y = _year_of_period(pub, a)
            if y is None:
                value = None
            elif b - a == 2 and a % 3 == 1:
                value = f"{y:04d}-Q{(a + 2) // 3}"
            elif b - a == 5 and a in (1, 7):
                value = f"{y:04d}-H{1 if a == 1 else 2}"
            else:
                value = [_ym(y, a), _ym(y, b)]
            c.add("date", s, e, value, extra={"relative": rel} if rel else {})
        elif g("fm"):
            n = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11}[g("fm_n").lower()]
            y, rel = _en_year_ref(g("fm_y"), pub)
            first = 1 if g("fm").lower() == "first" else 13 - n
            if not g("fm_y"):
                y = _year_of_period(pub, first)
            if y is None:
                value = None
            elif n == 3:
                value = f"{y:04d}-Q{1 if first == 1 else 4}"
            elif n == 6:
                value = f"{y:04d}-H{1 if first == 1 else 2}"
            else:
                value = [_ym(y, first), _ym(y, first + n - 1)]
            c.add("date", s, e, value, extra={"relative": rel} if rel else {})
        elif g("hq"):
            n = _ORD[g("hq_n").lower()]
            kind = g("hq_k").lower()
            if kind == "half" and n > 2:
                continue
            y, rel = _en_year_ref(g("hq_y"), pub)
            if not g("hq_y"):
                y = _year_of_period(pub, 1 + (n - 1) * (6 if kind == "half" else 3))
            extra = {"relative": rel} if rel else {}
            value = None if y is None else f"{y:04d}-{'H' if kind == 'half' else 'Q'}{n}"
            c.add("date", s, e, value, extra=extra)
        elif g("hq2"):
            n = int(g("hq2_n"))
            if g("hq2") == "H" and n > 2:
                continue
            y = int(g("hq2_y")) if g("hq2_y") else _year_of_period(pub, 1 + (n - 1) * (6 if g("hq2") == "H" else 3))
            c.add("date", s, e, None if y is None else f"{y:04d}-{g('hq2')}{n}")
        elif g("rely"):
            rel = g("rely")
            c.add("date", s, e, None if pub is None else f"{pub.year + _EN_REL_YEAR[rel.lower()]:04d}",
                  extra={"relative": rel})
        elif g("relm"):
            rel = g("relm")
            k = {"this": 0, "last": -1, "next": 1}[rel.split()[0].lower()]
            value = None
            if pub:
                value = _ym(*_shift_month(pub.year, pub.month, k))
            c.add("date", s, e, value, extra={"relative": rel})
        elif g("mdir"):
            mon = _MONTHS[g("m_rel").lower()]
            value = None
            if pub:
                y = pub.year
                if g("mdir").lower() == "last" and mon >= pub.month:
                    y -= 1
                if g("mdir").lower() == "next" and mon <= pub.month:
                    y += 1
                value = _ym(y, mon)
            c.add("date", s, e, value, extra={"relative": g("mdir")})
        elif g("wd"):
            value = None
            if pub:
                if _EN_FUTURE.search(text, max(0, s - 120), s) and not _EN_PAST.search(text, max(0, s - 60), s):
                    ahead = (_WEEKDAYS.index(g("wd").lower()) - pub.weekday()) % 7  # 0: today
                    value = (pub + _dt.timedelta(days=ahead)).isoformat()
                else:
                    back = (pub.weekday() - _WEEKDAYS.index(g("wd").lower())) % 7
                    value = (pub - _dt.timedelta(days=back)).isoformat()
            c.add("date", s, e, value, extra={"relative": g("wd")})
        elif g("fy"):
            c.add("date", s, e, g("fy_y"))
    for m in _near_digits(_EN_YEAR_CTX, text, c):
        c.add("date", m.start("y"), m.end("y"), m.group("y"))
    for m in _near_digits(_EN_YEAR_NOUN, text, c):
        c.add("date", m.start("y"), m.end("y"), m.group("y"))
    # A month alone after a preposition ("in September", "by March", "the last week of December"),
    # or before a statistic ("March temperatures", "June exports"; not May, a verb too). The month
    # is found first (a literal scan), the words around it are read after.
    for m in _EN_MONTH_ALONE.finditer(text):
        s = m.start()
        if s and text[s - 1].isalpha():
            continue
        if _EN_MONTH_PREP_BEFORE.search(text, max(0, s - 24), s) or m.group() != "May" and _EN_MONTH_STAT_AFTER.match(text, m.end()):
            mon = _MONTHS[m.group().lower()]
            c.add("date", s, m.end(), _ym(_year_of_day(text, s, pub, mon), mon) if pub else f"XXXX-{mon:02d}")
    # A month used as a modifier after a determiner: "its September decision" (not May, a verb too).
    for m in _EN_MONTH_MODIFIER.finditer(text):
        mon = _MONTHS[m.group("m").lower()]
        c.add("date", m.start("m"), m.end("m"), _ym(_year_of_period(pub, mon), mon) if pub else f"XXXX-{mon:02d}")
    _en_month_quarters(text, pub, c)
    _en_day_pairs(text, pub, c)


_EN_DAY_RANGE_SEP = {" to ", " through ", " until ", "–", "-", " - ", " – "}
_EN_REL_YEAR_AFTER = {"last year": -1, "this year": 0, "next year": 1}
_EN_MONTH_QUARTER = re.compile(r"(?<![A-Za-z])(?P<m>March|June|September|December)\squarter(?![A-Za-z])")


def _en_month_quarters(text: str, pub, c: _Cands) -> None:
    """"the March quarter": the quarter that ends in March."""
    if " quarter" in text:
        for m in _EN_MONTH_QUARTER.finditer(text):
            mon = _MONTHS[m.group("m").lower()]
            y = _year_of_period(pub, mon) if pub else None
            if y is not None:
                c.add("date", m.start(), m.end(), f"{y}-Q{mon // 3}")


def _en_day_pairs(text: str, pub, c: _Cands) -> None:
    """Two days read apart that are one fact: "from Nov. 20 to Dec. 1" is a range, "Nov. 1 last
    year" a day of last year. The joined fact is longer, so it wins over its parts."""
    days = sorted((f for f in c.items if f.kind == "date" and isinstance(f.value, str)), key=lambda f: f.start)
    for a, b in zip(days, days[1:]):
        between = text[a.end:b.start]
        if len(a.value) == 7 and len(b.value) == 7 and (
                between in (" to ", " through ", "–", "-") and re.search(r"(?i)from\s$", text[max(0, a.start - 5):a.start])
                or between == " and " and text[max(0, a.start - 8):a.start].lower().endswith("between ")):
            low = a.value
            if low >= b.value and not re.search(r"\d{4}", a.text):
                low = str(int(low[:4]) - 1) + low[4:]  # "between September and February": the one before
            if low < b.value:  # "between October and January", "between April 2024 and April 2025"
                c.add("date", a.start, b.end, [low, b.value])
            continue
        if len(a.value) == 10 and len(b.value) == 10 and (
                between in _EN_DAY_RANGE_SEP or between == " and " and text[max(0, a.start - 8):a.start].lower().endswith("between ")):
            high = b.value
            if high < a.value and not re.search(r"\d{4}", b.text):
                high = str(int(high[:4]) + 1) + high[4:]  # "Dec. 20 to Jan. 5"
            if a.value < high:
                c.add("date", a.start, b.end, [a.value, high])
        elif len(a.value) == 10 and between == " " and b.text.lower() in _EN_REL_YEAR_AFTER \
                and pub is not None and not re.search(r"\d{4}", a.text):
            y = pub.year + _EN_REL_YEAR_AFTER[b.text.lower()]
            value = _ymd(y, int(a.value[5:7]), int(a.value[8:]))
            if value:
                c.add("date", a.start, b.end, value, extra={"relative": b.text})


def _symbol_money(text: str, c: _Cands):
    for m in _qualified(_near_digits(_EN_MONEY_PRE, text, c), text):
        value = _dec(m.group("num"))
        if m.group("scale"):
            value *= _EN_SCALE[m.group("scale").lower()]
        cur = re.sub(r"\s", "", m.group("cur")).lower()
        code = _EN_CUR_PRE.get(cur, "USD")
        c.add("money", m.start(), m.end(), _norm(value), code, _qual(m.group("qual")))


_EN_MONEY_RANGE_HINT = _compile(r"\d\s?(?:[-–]|to)\s?\d", re.I)
_EN_BP_HINT = _compile(r"\d\s?(?:basis|bps?\b)", re.I)
_EN_PP_WORD_HINT = _compile(r"point", re.I)
_EN_TIMES_HINT = _compile(r"fold|twice|times", re.I)


# a currency name several countries use: the country named in the same sentence decides
_EN_SHARED_CURRENCY = {
    "crowns": (("Norw", "norwegian crowns"), ("Denmark", "danish crowns"), ("Danish", "danish crowns"), ("Czech", "czech crowns")),
    "pesos": (("Philippin", "philippine pesos"), ("Manila", "philippine pesos"), ("Argentin", "pesos argentinos")),
    "rupees": (("Sri Lanka", "sri lankan rupees"), ("Pakistan", "pakistani rupees")),
}


def _shared_currency(post: str, text: str, at: int) -> str:
    ends = [x.end() for x in _SENTENCE_END.finditer(text, max(0, at - 300), at)]
    start = ends[-1] if ends else max(0, at - 300)
    stop = _SENTENCE_END.search(text, at)
    sentence = text[start:stop.start() if stop else len(text)]
    for cue, name in _EN_SHARED_CURRENCY[post]:
        if cue in sentence:
            return name
    return post


_EN_RACE = _compile(r"(?<![A-Za-z\d.,])(?P<num>\d{2,5})\s?(?:m|-metre|-meter)(?=\s(?:freestyle|butterfly|backstroke|"
                      r"breaststroke|medley|individual medley|hurdles|relay|sprint|dash|final|race|steeplechase)(?![A-Za-z]))")


def _en(text: str, pub, c: _Cands):
    _symbol_money(text, c)
    for m in _EN_RACE.finditer(text):  # race distances: the 200m butterfly
        c.add("quantity", m.start(), m.end(), int(m.group("num")), "m")
    # the patterns below are slow and their words are rare: they run only around those words
    for m in around(_EN_MONEY_RANGE, text, _EN_MONEY_RANGE_HINT, 48, 40):
        scale = _EN_SCALE[m.group("scale").lower()]
        low, high = _dec(m.group("a")) * scale, _dec(m.group("num")) * scale
        if low < high and not (m.group("sep").lower() == "to" and _EN_CHANGE_BEFORE.search(text[max(0, m.start() - 30):m.start()])):
            code = _EN_CUR_PRE.get(re.sub(r"\s", "", m.group("cur")).lower(), "USD")
            c.add("money", m.start(), m.end(), [_norm(low), _norm(high)], code, _qual(m.group("qual")))
    for m in _qualified(_near_digits(_EN_MONEY_POST, text, c), text):
        value = _dec(m.group("num"))
        if m.group("scale"):
            value *= _EN_SCALE[m.group("scale").lower()]
        post = re.sub(r"\s+", " ", m.group("post")).lower()
        if post in ("pence", "cents"):  # 75 pence -> 0.75 GBP
            value /= 100
        if post in _EN_SHARED_CURRENCY:
            post = _shared_currency(post, text, m.start())
        code = _EN_CUR_POST.get(post) or _EN_CUR_POST.get(post.replace(".", "")) or "USD"
        c.add("money", m.start(), m.end(), _norm(value), code, _qual(m.group("qual")))
    for m in _qualified(_near_digits(_EN_PERCENT, text, c), text):
        u = m.group("unit").lower()
        unit = "pp" if ("point" in u or u in ("pp", "%p")) else "%"
        c.add("percent", m.start(), m.end(), _norm(-_dec(m.group("num")) if m.group("sign") else _dec(m.group("num"))), unit, _qual(m.group("qual")))
    for m in _qualified(_near_digits(_EN_QTY, text, c), text):
        value = _dec(m.group("num"))
        if m.group("scale"):
            value *= _EN_SCALE[m.group("scale").lower()]
        unit = _EN_QTY_MAP[m.group("unit").lower()]
        start = m.start()
        if unit in ("°C", "°F") and re.search(r"(?<![A-Za-z])minus\s$", text[max(0, start - 6):start]):
            start, value = start - 6, -value  # "minus 20.4 degrees Celsius"
        c.add("quantity", start, m.end(), _norm(value), unit, _qual(m.group("qual")))
    for m in around(_EN_PP_WORD, text, _EN_PP_WORD_HINT, 40, 12):
        w = (m.group("w") or m.group("w2")).lower().replace("-", " ")
        if text[max(0, m.start() - 3):m.start()].lower() == "at ":
            continue  # "at one point": at one moment
        c.add("percent", m.start(), m.end(), _norm(Decimal(str(_EN_PP_WORDS[w]))), "pp")
    for m in (_qualified(_near_digits(_EN_BP, text, c), text) if _EN_BP_HINT.search(text) else ()):
        c.add("percent", m.start(), m.end(), _norm(_dec(m.group("num")) / 100), "pp", _qual(m.group("qual")))
    for m in around(_EN_TIMES, text, _EN_TIMES_HINT, 40, 32):
        n = m.group("n") or m.group("nt")
        value = 2 if m.group("tw") else (_WORDNUM.get(n.lower()) or _dec(n))
        c.add("quantity", m.start(), m.end(), _norm(value), "times", _qual(m.group("qual")))
    _en_counts(text, c)
    _ranges(text, c, _EN_RANGE_LOW, "en")
    _en_dates(text, pub, c)


# ---------------------------------------------------------------------------- entry point


def _conversions(facts: list[Fact], text: str) -> None:
    """An amount in parentheses right after an amount in another currency converts it."""
    for i in range(1, len(facts)):
        a, b = facts[i - 1], facts[i]
        if a.kind != "money" or b.kind != "money" or a.unit == b.unit:
            continue
        if a.extra.get("conversion_of") is not None:
            continue
        if re.fullmatch(r"\s*[(（]\s*(?:(?:or|approximately|about|around|약|roughly)\s*)?", text[a.end:b.start]):
            b.extra["conversion_of"] = i - 1


def extract_numbers(text: str, lang: str, published: str | None = None) -> list[Fact]:
    """Money, percent, count, quantity and date facts of `text` (lang "ko" or "en"), sorted by
    start and non-overlapping (the longest candidate wins). `published` ("YYYY-MM-DD") resolves
    relative dates and dates written without a year."""
    if not text:
        return []
    pub = _pub(published)
    c = _Cands(text)
    if lang == "ko":
        _ko(text, pub, c)
    else:
        _en(text, pub, c)
    if lang == "ko" and "1" in text and "당" in text:
        # "1㎏당 8,235엔", "1곳당 매출": one unit a price or a ratio is per, not a fact of its own
        c.items = [f for f in c.items if not (f.kind in ("count", "quantity") and f.value == 1
                                              and text.startswith("당", f.end) and f.text.lstrip().startswith("1"))]
    facts = c.resolve()
    _conversions(facts, text)
    return facts
