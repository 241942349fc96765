"""Search in both languages: particles, stems, one syllable, phrases, filters, hostile input."""

import random

import pytest

from reader.core.importing.importer import import_bytes
from reader.core.search import hangul_grams, parse_query

KO = """---
title: 정부, 핵심광물 공급망 점검
tags: [광물, 공급망]
---

정부는 핵심광물을 안정적으로 확보하기 위해 2,700억 원을 투입한다. 수출이 늘었다.

리튬과 흑연의 비축 물량은 50일분이다.
"""
EN = """---
title: Chip exports rise again
tags: [chips]
---

Exports of semiconductors rose 12% as critical minerals supply improved.

The ministry said the "key strategic technology list" will grow.
"""
OTHER_KO = """---
title: 날씨 소식
---

내일은 전국에 비가 내리고 바람이 강하게 분다.
"""


@pytest.fixture
def lib(library):
    ids = {}
    for name, text in (("ko", KO), ("en", EN), ("other_ko", OTHER_KO)):
        ids[name] = import_bytes(library, text.encode(), name=name + ".md").id
    library.ids = ids
    return library


def ids(results):
    return [r.id for r in results]


def test_two_syllable_korean_word_matches_with_particle_attached(lib):
    assert ids(lib.search("광물")) == [lib.ids["ko"]]
    assert ids(lib.search("수출")) == [lib.ids["ko"]]  # 수출이
    assert ids(lib.search("핵심광물")) == [lib.ids["ko"]]


def test_korean_does_not_match_across_unrelated_syllables(lib):
    assert lib.search("광비") == []
    assert lib.search("물흑") == []


def test_one_syllable_queries(lib):
    assert set(ids(lib.search("비"))) == {lib.ids["ko"], lib.ids["other_ko"]}  # 비축, 비가
    assert ids(lib.search("억")) == [lib.ids["ko"]]  # 2,700억: the syllable ends its run
    assert ids(lib.search("흑")) == [lib.ids["ko"]]  # 흑연: the syllable starts a run
    assert lib.search("곰") == []


def test_english_stemming(lib):
    assert ids(lib.search("semiconductor")) == [lib.ids["en"]]
    assert ids(lib.search("export")) == [lib.ids["en"]]
    assert ids(lib.search("mineral")) == [lib.ids["en"]]


def test_phrases(lib):
    assert ids(lib.search('"critical minerals"')) == [lib.ids["en"]]
    assert lib.search('"minerals critical"') == []
    assert ids(lib.search('"strategic technology list"')) == [lib.ids["en"]]
    assert ids(lib.search('"안정적으로 확보"')) == [lib.ids["ko"]]
    assert lib.search('"확보 안정적으로"') == []


def test_and_or_not(lib):
    assert ids(lib.search("광물 리튬")) == [lib.ids["ko"]]
    assert lib.search("광물 semiconductor") == []
    assert set(ids(lib.search("광물 OR semiconductor"))) == {lib.ids["ko"], lib.ids["en"]}
    assert set(ids(lib.search("비 -광물"))) == {lib.ids["other_ko"]}
    assert set(ids(lib.search("비 NOT 광물"))) == {lib.ids["other_ko"]}


def test_tag_and_language_filters(lib):
    assert ids(lib.search("비", tag="광물")) == [lib.ids["ko"]]
    assert ids(lib.search("비", tag="공급망")) == [lib.ids["ko"]]
    assert lib.search("비", tag="chips") == []
    assert ids(lib.search("exports OR 비", lang="en")) == [lib.ids["en"]]


def test_title_matches_rank_first(library):
    body_only = import_bytes(library, "---\ntitle: Weather\n---\n\nA note that mentions tungsten once among many other words about rain.\n".encode(), name="a.md").id
    in_title = import_bytes(library, "---\ntitle: Tungsten prices\n---\n\nPrices rose for the metal this week, traders said.\n".encode(), name="b.md").id
    assert ids(library.search("tungsten")) == [in_title, body_only]


def test_snippet_marks_the_hit(lib):
    [hit] = lib.search("광물")
    assert "핵심**광물**을" in hit.snippet
    [hit] = lib.search("semiconductor")
    assert "**semiconductors**" in hit.snippet
    start, end = hit.hits[0]
    assert lib.get(hit.id)["text"][start:end] == "semiconductors"


HOSTILE = ['"', '""', "'", "(", ")", "((", "[x]", "{a b}", "AND", "OR", "NOT", "AND OR NOT", "*", "**", "a*b",
           ":", "title:", "body:x", "-", "--", "- -", "^", "NEAR(a b)", "a + b", "\\", "%", "_", "😀", "광*", "\x00",
           "a OR", "OR a", "NOT a", '"unterminated', "col : \"x\"", "''; DROP TABLE articles; --"]


@pytest.mark.parametrize("query", HOSTILE)
def test_nothing_a_user_types_raises(lib, query):
    lib.search(query)  # no exception is the assertion
    assert lib.count() == 3


def test_random_garbage_never_raises(lib):
    rng = random.Random(20261123)
    alphabet = 'abc 광물비 "()*:-^+{}[]\\\'ANDORNT\t\n'
    for _ in range(500):
        lib.search("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))))


def test_bigram_index_strings():
    assert hangul_grams("핵심광물을") == ["핵심", "심광", "광물", "물을", "을"]
    assert hangul_grams("비") == ["비"]
    assert parse_query("").fts() is None
    assert parse_query("-x").fts() is None  # only exclusions: nothing to look for
