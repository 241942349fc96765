"""Language of an article: "ko", "en" or "other".

A script count decides Korean (Hangul syllables against Latin letters: a Korean article quotes
"KTX" and "K-실크로드", an English one never has more than a few Hangul names). English is told from
other Latin-script languages by its function words, which are frequent in any paragraph of news.
"""

from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_KANA_HAN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z']+")
_ENGLISH = frozenset(
    "the of and to in a is that for on with as was by it at from are be this have has an not or "
    "but which said will its were their they been would more than also had after who over into "
    "about".split()
)


def detect_language(text: str) -> str:
    sample = text[:20000]
    hangul = len(_HANGUL.findall(sample))
    latin = len(_LATIN.findall(sample))
    han = len(_KANA_HAN.findall(sample))
    if hangul and hangul >= 0.25 * (hangul + latin + han):
        return "ko"
    if latin and latin > han:
        words = [w.lower() for w in _WORD.findall(sample)]
        if words and sum(w in _ENGLISH for w in words) / len(words) >= 0.15:
            return "en"
    return "other"
