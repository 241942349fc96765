"""Names the rules miss, found by a trained model: a linear-chain CRF (CRFsuite, through
python-crfsuite) per language, over words, trained offline on annotated news sentences
(``data/train_names_model.py``; the model files are ``data/names_<lang>.crfsuite``).

Why a model: on five blind sets in a row the rules found .70-.75 of the names in news they had not
seen, whatever was tuned before (docs/decisions/facts.md): a news story's names are a long tail that
cue words and lists cover only in part. A CRF reads the same evidence the rules do (the shape of a
word, its neighbours, the name lists, the title and suffix words) but weighs it from examples, and it
also reads what the rules found, so it learns when to trust them and where they stop short.

Words: an English word is a run of letters and digits (with inner hyphens, "&" and apostrophes, but
"'s" apart); a Korean word (eojeol) is its stem, with the particle that ends it read as a feature
(삼성전자가 -> 삼성전자, pt=가), and a title written onto a name is a word of its own (서울시장 -> 서울 |
시장), so a name's edges fall between words. Labels are BIO over organization / person / place.
"""

from __future__ import annotations

import json
import re
import threading
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"
LABELS = {"organization": "ORG", "person": "PER", "place": "LOC"}
KIND_OF = {v: k for k, v in LABELS.items()}

_EN_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z0-9À-ɏ]+(?:(?:-|&|['’](?![sS](?![A-Za-z])))[A-Za-z0-9À-ɏ]+)*(?:\.(?:com|ai|io|net|org)(?![A-Za-z0-9]))?|['’][sS](?![A-Za-z])|\S")
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
    팀장 소장 센터장 단장 본부장 지부장 조합장 대변인 관계자 측 사무총장 행장 부행장 감독 교수 연구원 씨""".split(),
    key=len,
    reverse=True,
)


_KO_BODY_BEFORE_HEAD = {"원": "병구법정감흥발학", "회": "협학"}
_KO_TAIL_RE = re.compile(".(" + "|".join(_KO_TAILS) + ")$")
_KO_TITLE_TAIL_RE = re.compile("..(" + "|".join(_KO_TITLE_TAILS) + ")$")
_pieces_cache: dict[str, tuple] = {}


def _ko_pieces(word: str) -> tuple:
    """A Korean word's pieces: (where the stem ends, where the title written onto it ends or None,
    the features its particle gives it and the word after it, or None)."""
    hit = _pieces_cache.get(word)
    if hit is None:
        m = _KO_TAIL_RE.search(word)  # the longest particle (one, possibly compound: 에서는, 과의)
        cut = m.start(1) if m else len(word)
        if m and _listed_name(word):
            cut = len(word)  # 노르웨이, 말레이시아: a name the lists know, not 노르웨 and a particle
        t = _KO_TITLE_TAIL_RE.search(word, 0, cut)
        title = t.start(1) if t else cut
        if t and word[title:cut] in ("원장", "회장") and word[title - 1] in _KO_BODY_BEFORE_HEAD[word[title]]:
            title += 1  # 서울대병원|장, 대한축구협회|장: the head of a body whose name ends in 원, 회
        particle = word[cut:]
        hit = (title, cut if t else None,
               (_feature("pt=", particle), _feature("-1pt=", particle)) if particle else None)
        if len(_pieces_cache) > 100_000:
            _pieces_cache.clear()
        _pieces_cache[word] = hit
    return hit


def _listed_name(word: str) -> bool:
    return any(tag.startswith(("place", "city", "known")) for tag in _lexicon()["ko"].get(word, ()))


def words(text: str, lang: str, start: int = 0, end: int | None = None) -> tuple[list[tuple[int, int]], dict[int, list[bytes]]]:
    """The (start, end) of each word of ``text[start:end]`` as the model reads them, and the features
    of the words that depend on where they stand (by word index; most words have none): the first
    word, no space before, and in Korean the particle that ends a word, which is not a word of its
    own but a feature of the word it ends (삼성전자|가) and of the word after it."""
    toks: list[tuple[int, int]] = []
    marks: dict[int, list[bytes]] = {0: [b"BOS"]}
    end = len(text) if end is None else end
    append = toks.append
    prev_end = -1
    if lang != "ko":
        for m in _EN_WORD.finditer(text, start, end):
            s, e = m.span()
            if s == prev_end:
                marks[len(toks)] = [_GLUED]  # 's, a full stop
            prev_end = e
            if "-" in m.group():
                # "Seoul-based", "Jakarta-Bandung": a name before a hyphen stands alone (not "Jae-myung")
                parts = m.group().split("-")
                if any(p[:1].isupper() or p.lower() in _EN_HYPHEN_TAILS for p in parts[1:]):
                    pos = s
                    for k, p in enumerate(parts):  # no part is empty: a hyphen stands between letters
                        if k:
                            marks.setdefault(len(toks), []).append(_GLUED)
                            append((pos, pos + 1))
                            pos += 1
                            marks.setdefault(len(toks), []).append(_GLUED)
                        append((pos, pos + len(p)))
                        pos += len(p)
                    continue
            append((s, e))
        return toks, marks
    after = None  # the particle the word before ended with
    held = []
    for m in _KO_WORD.finditer(text, start, end):
        s, e = m.span()
        i = len(toks)
        if s == prev_end:
            marks.setdefault(i, []).append(_GLUED)
        if after is not None:
            marks.setdefault(i, []).append(after)
            after = None
        prev_end = e
        if e - s < 2 or not ("가" <= text[s] <= "힣"):
            append((s, e))
            continue
        stem, title, particle = _ko_pieces(m.group())
        if particle is not None and stem == 2 and e - s == 3 and title is None:
            held.append((i, m.group()))  # 박하|은: a name cut short, if a title follows (below)
        append((s, s + stem))
        if title is not None:
            marks.setdefault(i + 1, []).append(_GLUED)  # a title written onto a name
            append((s + stem, s + title))
        if particle is not None:
            marks.setdefault(len(toks) - 1, []).append(particle[0])
            after = particle[1]
    if held:
        _keep_names_whole(text, toks, marks, held)
    return toks, marks


def _keep_names_whole(text, toks, marks, held) -> None:
    """A Korean name whose last syllable is also a particle (박하은, 김태만, 최일도) is cut by the particle
    rule; where a title follows (박하은 교수는), it is a name: a particle never stands between a name and
    its title. The word is made whole again and its particle features dropped."""
    from . import names as n

    for i, word in held:
        stem = word[:2]
        if i + 1 >= len(toks) or toks[i + 1][0] != toks[i][1] + 2 or word[2] not in "은이도만" or not n._ko_name_like(word) \
                or stem in n._KO_NAME_STOP or stem in n._places()[0]:
            continue  # 정부의 대표, 한국은 대표: a word and its particle; 은, 이, 도, 만 also end given names
        if text[toks[i + 1][0]:toks[i + 1][1]] not in n._KO_TITLES:
            continue
        toks[i] = (toks[i][0], toks[i][1] + 1)
        pt, next_pt = _ko_pieces(word)[2]
        marks[i].remove(pt)
        marks[i + 1].remove(next_pt)
        if not marks[i + 1]:
            del marks[i + 1]


def tokens(text: str, lang: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The words alone (see ``words``)."""
    return words(text, lang, start, end)[0]


# --- features -------------------------------------------------------------------------------------


def _shape(w: str) -> str:
    # the common shapes first, without the loop below: a Hangul word, a lower-case, capitalised or
    # upper-case ASCII word (the loop's answer for each)
    if w.isalpha():
        if w.isascii():
            if w.islower():
                return "x"
            if w.isupper():
                return "X"
            if w[0].isupper() and w[1:].islower():
                return "Xx"
        elif "가" <= min(w) and max(w) <= "힣":
            return "H"
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
    for w in json.loads((n.DATA / "given_names.json").read_text(encoding="utf-8"))["hangul"]:
        put(ko, w, "given")  # 소피, 다니엘: a foreign name in Hangul rarely has a title before it
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
            "ko_org_like": n._ko_org_like, "ko_name_like": n._ko_name_like}


def _word_features_en(w: str, lex: dict, shape: str) -> tuple:
    low = w.lower()
    f = ["w=" + low, "sh=" + shape, "s3=" + low[-3:], "p3=" + low[:3]]
    if w[:1].isupper():
        f.append("cap")
        if w.isupper() and len(w) > 1:
            f.append("upper")
    for tag in lex.get(w, ()):
        f.append("lex=" + tag)
    return tuple(f)


def _word_features_ko(w: str, lex: dict, org_like, name_like, shape: str) -> tuple:
    f = ["w=" + w, "sh=" + shape]
    if "가" <= w[:1] <= "힣":
        f += ["s1=" + w[-1:], "s2=" + w[-2:], "p1=" + w[:1], "p2=" + w[:2], "len=" + str(min(len(w), 6))]
        if org_like(w):
            f.append("org_like")
        if len(w) >= 3 and name_like(w):
            f.append("name_like")  # a surname and a given name (3 syllables, or 4 with 남궁, 황보 …)
    for tag in lex.get(w, ()):
        f.append("lex=" + tag)
    return tuple(f)


_word_cache: dict[tuple, tuple] = {}


def _word_groups(w: str, lang: str) -> tuple:
    """A word's own features and the ones it gives its neighbours at -2, -1, +1, +2, as strings."""
    lexicon = _lexicon()
    lex = lexicon[lang]
    shape = _shape(w)
    own = _word_features_ko(w, lex, lexicon["ko_org_like"], lexicon["ko_name_like"], shape) if lang == "ko" \
        else _word_features_en(w, lex, shape)
    form = w if lang == "ko" else w.lower()
    near = ("sh=" + shape, *("lex=" + t for t in lex.get(w, ())))
    return (own, ("-2w=" + form,), ("-1w=" + form, *("-1" + x for x in near)),
            ("1w=" + form, *("1" + x for x in near)), ("2w=" + form,))


def _word(w: str, lang: str) -> tuple:
    """``_word_groups`` as UTF-8 bytes, which CRFsuite reads as they are (a str is encoded again on
    every call): computed once per word form (words repeat, in an article and across articles)."""
    key = (w, lang)
    hit = _word_cache.get(key)
    if hit is None:
        hit = tuple(tuple(x.encode() for x in group) for group in _word_groups(w, lang))
        if len(_word_cache) > 100_000:
            _word_cache.clear()
        _word_cache[key] = hit
    return hit


_EDGE = ((), (), (b"-1edge",), (b"1edge",), ())
_FEATURES: dict[str, bytes] = {}  # a feature string and its bytes: most features recur across words
_GLUED = b"glued"


def forget_words() -> None:
    """Empty what is kept per word form (the word features, this thread's taggers' feature groups)."""
    _pieces_cache.clear()
    _word_cache.clear()
    _FEATURES.clear()
    for tagger in (getattr(_local, "taggers", None) or {}).values():
        if tagger is not None:
            tagger.cache.clear()


def _feature(prefix: str, value: str) -> bytes:
    key = prefix + value
    hit = _FEATURES.get(key)
    if hit is None:
        if len(_FEATURES) > 200_000:
            _FEATURES.clear()
        hit = _FEATURES[key] = key.encode()
    return hit


def sequence(text: str, lang: str, facts=None, start: int = 0, end: int | None = None, word=None):
    """The words of ``text[start:end]`` and one list of features (UTF-8 strings) for each, as the
    model reads them. ``facts``: what the rules found there, or None for training sentences the rules
    were tuned on (their features would say nothing honest). ``word``: a word form's feature groups
    (default ``_word``; the tagger passes its own, without the features its model does not know)."""
    lang = "ko" if lang == "ko" else "en"
    toks, marks = words(text, lang, start, end)
    if not toks:
        return toks, []
    if word is None:
        edge, info = _EDGE, [_word(text[s:e], lang) for s, e in toks]
    else:
        edge, info = word(None), [word(text[s:e]) for s, e in toks]
    info = [edge, edge, *info, edge, edge]
    out = [[*own[0], *m2[1], *m1[2], *p1[3], *p2[4]]
           for own, m2, m1, p1, p2 in zip(info[2:], info, info[1:], info[3:], info[4:])]
    for i, more in marks.items():
        out[i] += more
    if facts is not None:  # what the rules found here and around (nothing said: they found nothing)
        tags = ["", *rule_tags(toks, facts), ""]
        marked = [i for i, tag in enumerate(tags) if tag and tag != "O"]
        for i in sorted({k for j in marked for k in (j - 2, j - 1, j) if 0 <= k < len(toks)}):
            tag, before, after = tags[i + 1], tags[i], tags[i + 2]
            if tag != "O":
                out[i].append(_feature("r=", tag))
            if (before != "O" and before) or (after != "O" and after):
                out[i].append(_feature("rc=", before + "|" + after))
    return toks, out


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

def model_path(lang: str) -> Path:
    return DATA / f"names_{'ko' if lang == 'ko' else 'en'}.crfsuite"


def attributes_path(lang: str) -> Path:
    """The features the model kept (L1 training drops most): written beside it by the training."""
    return DATA / f"names_{'ko' if lang == 'ko' else 'en'}.attributes.json"


class Tagger:
    """A CRFsuite tagger and the feature groups of the words it has read, without the features its
    model does not know: handing CRFsuite a feature costs a copy and a look-up even when it weighs
    nothing, and a third of a word's features do. Not shared between threads (CRFsuite's tagger
    keeps the sequence it is tagging)."""

    def __init__(self, tagger, lang: str, known: frozenset | None = None):
        self.tagger = tagger
        self.lang = "ko" if lang == "ko" else "en"
        if known is None:
            known = frozenset(a.encode() for a in tagger.info().attributes)
        self.known = known
        # each feature the model knows, as a string, and its bytes: a new word's features are looked
        # up once each, and those the model does not know (a third of them) are dropped by the same look-up
        self.encoded = {k.decode(): k for k in known}
        self.edge = self._keep(_EDGE)
        self.cache: dict[str, tuple] = {}

    def _keep(self, groups: tuple) -> tuple:
        known = self.known.__contains__
        return tuple(tuple(filter(known, group)) for group in groups)

    def word(self, form: str | None) -> tuple:
        if form is None:
            return self.edge
        hit = self.cache.get(form)
        if hit is None:
            if len(self.cache) > 100_000:
                self.cache.clear()
            get = self.encoded.get
            own, m2, m1, p1, p2 = _word_groups(form, self.lang)
            hit = self.cache[form] = (tuple(filter(None, map(get, own))), tuple(filter(None, map(get, m2))),
                                      tuple(filter(None, map(get, m1))), tuple(filter(None, map(get, p1))),
                                      tuple(filter(None, map(get, p2))))
        return hit


_local = threading.local()


def _tagger(lang: str) -> Tagger | None:
    """The language's tagger for this thread; None where python-crfsuite or the model is missing
    (the rules alone still work)."""
    taggers = getattr(_local, "taggers", None)
    if taggers is None:
        taggers = _local.taggers = {}
    key = "ko" if lang == "ko" else "en"
    if key not in taggers:
        taggers[key] = None
        try:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(model_path(key)))
            known = frozenset(a.encode() for a in json.loads(attributes_path(key).read_text(encoding="utf-8")))
            taggers[key] = Tagger(tagger, key, known)
        except (ImportError, OSError, ValueError):
            pass
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


def recognise(text: str, lang: str, facts, tagger: Tagger | None = None) -> list[tuple[str, int, int, float]]:
    """(kind, start, end, probability) of each name the model reads in ``text``, given the facts the
    rules found there, paragraph by paragraph. ``tagger``: another model's, for cross-validation."""
    tagger = tagger or _tagger(lang)
    if tagger is None or not text:
        return []
    crf = tagger.tagger
    out = []
    facts = sorted(facts, key=lambda f: f.start)
    starts = [f.start for f in facts]
    for s0, e0 in _paragraphs(text):
        inside = facts[bisect_left(starts, s0):bisect_left(starts, e0)]
        toks, xseq = sequence(text, lang, inside, s0, e0, word=tagger.word)
        if not toks:
            continue
        labels = crf.tag(xseq)
        i, n = 0, len(labels)
        while i < n:
            lab = labels[i]
            if lab == "O":
                i += 1
                continue
            inner = "I-" + lab[2:]
            j = i + 1
            while j < n and labels[j] == inner and not _particle_between(text, toks[j - 1][1], toks[j][0]):
                j += 1
            prob = min(crf.marginal(labels[k], k) for k in range(i, j))
            out.append((KIND_OF[lab[2:]], toks[i][0], toks[j - 1][1], prob))
            i = j
    return out


def _particle_between(text: str, end: int, start: int) -> bool:
    """Whether a Korean particle ends the word before ``start``: a name does not go on past it
    (한혜진이 에르메스 is two names, the model having read them as one)."""
    return start != end and "가" <= text[end] <= "힣"


_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs, the lines that hold something (a page's markup leaves many blank or one-character
    lines): the model reads by paragraph, not by sentence, because a full stop inside a name ("Jon M.
    Chu", "U.S.") must not cut it, and it reads a sentence's end from the "." word before it."""
    return [m.span() for m in _LINE.finditer(text)]
