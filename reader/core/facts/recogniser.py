"""Names the rules miss, found by a trained model: a linear-chain CRF (CRFsuite, through
python-crfsuite) per language, over words, trained offline on annotated news sentences
(``data/train_names_model.py``; the model files are ``data/names_<lang>.crfsuite``).

Why a model: on five blind sets in a row the rules found .70-.75 of the names in news they had not
seen, whatever was tuned before (docs/decisions/facts.md): a news story's names are a long tail that
cue words and lists cover only in part. A CRF reads the same evidence the rules do (the shape of a
word, its neighbours, the name lists, the title and suffix words) but weighs it from examples, and it
also reads what the rules found, so it learns when to trust them and where they stop short.

Words: an English word is a run of letters and digits (with inner hyphens, "&" and apostrophes, but
"'s" apart); a Korean word (eojeol) is split into its stem and the particles that follow it
(삼성전자가 -> 삼성전자 | 가), and a title written onto a name is split off too (서울시장 -> 서울시 | 장),
so a name's edges fall between words. Labels are BIO over organization / person / place.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
LABELS = {"organization": "ORG", "person": "PER", "place": "LOC"}
KIND_OF = {v: k for k, v in LABELS.items()}

_EN_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z0-9À-ɏ]+(?:(?:-|&|['’](?![sS](?![A-Za-z])))[A-Za-z0-9À-ɏ]+)*|['’][sS](?![A-Za-z])|\S")
_KO_WORD = re.compile(r"[가-힣]+|[A-Za-z0-9]+(?:[-&][A-Za-z0-9]+)*|\S")
# particles and endings that follow a name inside a Korean word, longest first. One-syllable endings
# that also end many names (다: 캐나다, 란: 이란, 던: 런던, 인: 스페인, 고: 콩고, 라는: 테슬라는) are left out.
_KO_TAILS = sorted(
    """은 는 이 가 을 를 의 에 에서 에게 에는 에도 에서는 에서도 에서의 와 과 와의 과의 으로 로 으로의 로의
    으로는 로는 으로도 로도 도 만 까지 부터 이나 이며 이고 이다 이라고 이라는 이란 으로부터 로부터 에게로
    처럼 보다 께서 과도 와도 에선 이자 였다 이었다 에만 만의 만이 들은 들이 들의 등
    에게서 한테 부터는 까지는 조차 마저 에서만 으로서 로서 으로써 로써 이었던 였던 이던""".split(),
    key=len,
    reverse=True,
)
_EN_HYPHEN_TAILS = frozenset(
    """based listed born owned run backed made led bound headquartered area era style level wide linked
    affiliated controlled funded registered flagged built produced designed focused""".split()
)
# titles and heads written onto a name (오세훈 서울시장, 질병관리청장): split so the body stands alone
_KO_TITLE_TAILS = sorted(
    """장 시장 지사 청장 원장 회장 사장 총재 총장 의장 위원장 이사장 대표 대사 구청장 군수 교육감 처장 부장 국장 실장
    팀장 소장 센터장 단장 본부장 지부장 조합장 대변인 관계자 측 사무총장 행장 부행장 감독 교수 연구원""".split(),
    key=len,
    reverse=True,
)


_KO_TAIL_RE = re.compile(".(" + "|".join(_KO_TAILS) + ")$")
_KO_TITLE_TAIL_RE = re.compile("..(" + "|".join(_KO_TITLE_TAILS) + ")$")
_pieces_cache: dict[str, tuple] = {}


def _ko_pieces(word: str) -> tuple:
    """(start, end) of the pieces of a Korean word: stem, title written onto it, particle."""
    hit = _pieces_cache.get(word)
    if hit is None:
        m = _KO_TAIL_RE.search(word)  # the longest particle (one, possibly compound: 에서는, 과의)
        cut = m.start(1) if m else len(word)
        t = _KO_TITLE_TAIL_RE.search(word, 0, cut)
        title = t.start(1) if t else cut
        hit = ((0, title),) + (((title, cut),) if title < cut else ()) + (((cut, len(word)),) if cut < len(word) else ())
        if len(_pieces_cache) > 100_000:
            _pieces_cache.clear()
        _pieces_cache[word] = hit
    return hit


def tokens(text: str, lang: str) -> list[tuple[int, int]]:
    """The (start, end) of each word, as the model reads them."""
    out: list[tuple[int, int]] = []
    if lang != "ko":
        for m in _EN_WORD.finditer(text):
            s, e = m.span()
            word = m.group()
            # "Seoul-based", "Jakarta-Bandung": a name before a hyphen stands alone (not "Jae-myung")
            parts = word.split("-") if "-" in word else ()
            if len(parts) > 1 and any(p[:1].isupper() or p.lower() in _EN_HYPHEN_TAILS for p in parts[1:]):
                pos = s
                for k, p in enumerate(parts):
                    if k:
                        out.append((pos, pos + 1))
                        pos += 1
                    if p:
                        out.append((pos, pos + len(p)))
                    pos += len(p)
            else:
                out.append((s, e))
        return out
    append = out.append
    for m in _KO_WORD.finditer(text):
        s, e = m.span()
        if e - s < 2 or not ("가" <= text[s] <= "힣"):
            append((s, e))
        else:
            for a, b in _ko_pieces(m.group()):
                append((s + a, s + b))
    return out


# --- features -------------------------------------------------------------------------------------


def _shape(w: str) -> str:
    out = []
    for c in w:
        k = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else "H" if "가" <= c <= "힣" else c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)[:6]


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict]:
    """The name lists the rules use, as word-level look-ups for the model."""
    from . import names as n

    places = n._places()[0]
    en_city, ko_city, _scan = n._world_cities()
    known = n._known_names().forms()
    en: dict[str, set] = {}
    ko: dict[str, set] = {}

    def put(table, word, tag):
        table.setdefault(word, set()).add(tag)

    for form in places:
        if re.search("[가-힣]", form):
            put(ko, form, "place")
        else:
            ws = form.split()
            put(en, ws[0], "place_b")
            for w in ws[1:]:
                put(en, w, "place_i")
            if len(ws) == 1:
                put(en, form, "place")
    for form in ko_city:
        put(ko, form, "city")
    for form, entry in en_city.items():
        if len(form.split()) == 1:
            put(en, form, "city_big" if entry[2] >= 100_000 else "city")
    for form, entry in known.items():
        kind = entry.get("kind", "") if isinstance(entry, dict) else ""
        tag = "known_" + (kind or "name")
        if re.search("[가-힣]", form):
            put(ko, form, tag)
        else:
            ws = form.split()
            put(en, ws[0], tag + "_b")
            for w in ws[1:]:
                put(en, w, tag + "_i")
    for w in n._given_names():
        put(en, w, "given")
    for w in n._EN_ORG_CUES:
        put(en, w.rstrip("."), "org_cue")
    for w in n._EN_TITLE_WORDS | n._EN_RANK_WORDS:
        put(en, w.rstrip("."), "title")
    for w in n._EN_STOP:
        put(en, w.rstrip("."), "stop")
    for w in n._EN_MONTHS:
        put(en, w, "month")
    for w in n._KO_TITLES:
        put(ko, w, "title")
    for w in n._KO_NAME_STOP:
        put(ko, w, "name_stop")
    for w in n._KO_ORG_STOP:
        put(ko, w, "org_stop")
    return {"en": {k: tuple(sorted(v)) for k, v in en.items()}, "ko": {k: tuple(sorted(v)) for k, v in ko.items()},
            "ko_org_like": n._ko_org_like}


def _word_features_en(w: str, lex: dict) -> tuple:
    low = w.lower()
    f = ["w=" + low, "sh=" + _shape(w), "s3=" + low[-3:], "p3=" + low[:3]]
    if w[:1].isupper():
        f.append("cap")
        if w.isupper() and len(w) > 1:
            f.append("upper")
    for tag in lex.get(w, ()):
        f.append("lex=" + tag)
    return tuple(f)


def _word_features_ko(w: str, lex: dict, org_like) -> tuple:
    f = ["w=" + w, "sh=" + _shape(w)]
    if "가" <= w[:1] <= "힣":
        f += ["s1=" + w[-1:], "s2=" + w[-2:], "p1=" + w[:1], "p2=" + w[:2], "len=" + str(min(len(w), 6))]
        if org_like(w):
            f.append("org_like")
    for tag in lex.get(w, ()):
        f.append("lex=" + tag)
    return tuple(f)


_word_cache: dict[tuple, tuple] = {}


def _word(w: str, lang: str) -> tuple:
    """A word's own features and the ones it gives its neighbours at -2, -1, +1, +2: computed once per
    word form (words repeat, in an article and across articles)."""
    key = (w, lang)
    hit = _word_cache.get(key)
    if hit is None:
        lexicon = _lexicon()
        lex = lexicon[lang]
        own = _word_features_ko(w, lex, lexicon["ko_org_like"]) if lang == "ko" else _word_features_en(w, lex)
        form = w if lang == "ko" else w.lower()
        near = ("sh=" + _shape(w), *("lex=" + t for t in lex.get(w, ())))
        # as UTF-8 bytes, which CRFsuite reads as they are (a str is encoded again on every call)
        hit = tuple(tuple(x.encode() for x in group) for group in (
            own, ("-2w=" + form,), ("-1w=" + form, *("-1" + x for x in near)),
            ("1w=" + form, *("1" + x for x in near)), ("2w=" + form,)))
        if len(_word_cache) > 100_000:
            _word_cache.clear()
        _word_cache[key] = hit
    return hit


_EDGE = ((), (), (b"-1edge",), (b"1edge",), ())
_RULE_FEATURES: dict[str, bytes] = {}


def _rule_feature(prefix: str, tag: str) -> bytes:
    key = prefix + tag
    hit = _RULE_FEATURES.get(key)
    if hit is None:
        hit = _RULE_FEATURES[key] = key.encode()
    return hit


def features(text: str, toks: list[tuple[int, int]], lang: str, rule_tags: list[str] | None = None) -> list[list[bytes]]:
    """One list of features (UTF-8 strings) per word. ``rule_tags`` (BIO labels of the facts the rules
    found, "NUM" inside a number) is None for training sentences the rules were tuned on."""
    lang = "ko" if lang == "ko" else "en"
    info = [_EDGE, _EDGE, *(_word(text[s:e], lang) for s, e in toks), _EDGE, _EDGE]
    out = []
    prev_end = -1
    tags = ["", *rule_tags, ""] if rule_tags is not None else None
    for i, (s, e) in enumerate(toks):
        f = [*info[i + 2][0], *info[i][1], *info[i + 1][2], *info[i + 3][3], *info[i + 4][4]]
        if i == 0:
            f.append(b"BOS")
        elif prev_end == s:
            f.append(b"glued")  # no space before: 's, a full stop, a particle
        prev_end = e
        if tags is not None:  # what the rules found here and around (nothing said: they found nothing)
            if tags[i + 1] != "O":
                f.append(_rule_feature("r=", tags[i + 1]))
            if tags[i] not in ("O", "") or tags[i + 2] not in ("O", ""):
                f.append(_rule_feature("rc=", tags[i] + "|" + tags[i + 2]))
        out.append(f)
    return out


def bio(toks: list[tuple[int, int]], spans: list[tuple[int, int, str]]) -> list[str]:
    """BIO labels of the words for name spans (start, end, kind); a span whose edges do not fall
    between words labels the words it touches."""
    labels = ["O"] * len(toks)
    starts = [s for s, _e in toks]
    for s, e, kind in spans:
        i = max(bisect_right(starts, s) - 1, 0)
        tag = "B-" + (LABELS.get(kind) or kind)
        while i < len(toks) and toks[i][0] < e:
            if s < toks[i][1]:
                labels[i] = tag
                tag = "I-" + tag[2:]
            i += 1
    return labels


def rule_tags(toks: list[tuple[int, int]], facts) -> list[str]:
    tags = bio(toks, [(f.start, f.end, f.kind if f.kind in LABELS else "NUM") for f in facts])
    return ["NUM" if t.endswith("-NUM") else t for t in tags]


# --- tagging ---------------------------------------------------------------------------------------

_local = threading.local()


def model_path(lang: str) -> Path:
    return DATA / f"names_{'ko' if lang == 'ko' else 'en'}.crfsuite"


def _tagger(lang: str):
    """One tagger per thread and language (a CRFsuite tagger is not shared between threads)."""
    taggers = getattr(_local, "taggers", None)
    if taggers is None:
        taggers = _local.taggers = {}
    key = "ko" if lang == "ko" else "en"
    if key not in taggers:
        path = model_path(key)
        try:
            import pycrfsuite
        except ImportError:  # the rules alone still work
            taggers[key] = None
            return None
        if not path.exists():
            taggers[key] = None
        else:
            t = pycrfsuite.Tagger()
            t.open(str(path))
            taggers[key] = t
    return taggers[key]


_KO_GENERIC = frozenset({"국제공항", "공항", "신공항", "업계", "당국", "정부", "아이돌그룹"})
_KO_GENERIC_ENDS = ("세대", "걸그룹", "보이그룹")


def generic(name: str, lang: str) -> bool:
    """Words the rules know are not names (their stop lists), which the model must not make names
    on its own: 정부, 걸그룹, 베이비붐세대, a capitalised "The"."""
    from . import names as n

    if lang == "ko":
        return name in _KO_GENERIC or name.endswith(_KO_GENERIC_ENDS) or name in n._KO_ORG_STOP \
            or name in n._KO_FOREIGN_STOP
    return name in n._EN_STOP or name.rstrip(".") in n._EN_TITLE_WORDS


def available(lang: str) -> bool:
    return _tagger(lang) is not None


def recognise(text: str, lang: str, facts, tagger=None) -> list[tuple[str, int, int, float]]:
    """(kind, start, end, probability) of each name the model reads in ``text``, given the facts the
    rules found there. Paragraph by paragraph."""
    tagger = tagger or _tagger(lang)
    if tagger is None or not text:
        return []
    out = []
    facts = sorted(facts, key=lambda f: f.start)
    starts = [f.start for f in facts]
    for s0, e0 in _paragraphs(text):
        toks = [(s + s0, e + s0) for s, e in tokens(text[s0:e0], lang)]
        if not toks:
            continue
        inside = facts[bisect_left(starts, s0):bisect_left(starts, e0)]
        xseq = features(text, toks, lang, rule_tags(toks, inside))
        labels = tagger.tag(xseq)
        i = 0
        while i < len(labels):
            lab = labels[i]
            if lab[:2] in ("B-", "I-"):
                kind = lab[2:]
                j = i + 1
                while j < len(labels) and labels[j] == "I-" + kind:
                    j += 1
                prob = min(tagger.marginal(labels[k], k) for k in range(i, j))
                out.append((KIND_OF[kind], toks[i][0], toks[j - 1][1], prob))
                i = j
            else:
                i += 1
    return out


def _paragraphs(text: str):
    """Paragraphs: a full stop inside a name ("Jon M. Chu", "U.S.") must not cut it, and the model
    reads a sentence's end from the "." word before it."""
    start = 0
    for m in re.finditer(r"\n+", text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)
