"""Names (places, organisations, people) in Korean and English: reader.core.facts.names."""

import importlib.util
import json
from pathlib import Path

import pytest

from reader.core.facts.names import Glossary, extract_names

ROOT = Path(__file__).resolve().parents[2]


def spans(text, lang, **kw):
    return [(f.kind, f.text) for f in extract_names(text, lang, **kw)]


def one(text, lang, surface):
    hits = [f for f in extract_names(text, lang) if f.text == surface]
    assert len(hits) == 1, (surface, spans(text, lang))
    return hits[0]


@pytest.mark.parametrize("text,name", [
    ("우즈베키스탄과 협력한다.", "우즈베키스탄"),
    ("한국은 수출을 늘렸다.", "한국"),
    ("미국의 관세가 올랐다.", "미국"),
    ("카자흐스탄에서 회의가 열렸다.", "카자흐스탄"),
    ("중국산 부품이 늘었다.", "중국"),
])
def test_korean_particles_stay_outside_the_span(text, name):
    f = one(text, "ko", name)
    assert f.kind == "place" and text[f.start:f.end] == name


def test_counterparts_both_ways_from_cldr():
    ko = one("우즈베키스탄과 한국", "ko", "우즈베키스탄")
    assert ko.value == "Uzbekistan" and ko.extra["counterpart"] == "Uzbekistan"
    en = one("Uzbekistan and Kazakhstan", "en", "Kazakhstan")
    assert en.value == "Kazakhstan" and en.extra["counterpart"] == "카자흐스탄"


def test_news_short_forms():
    assert one("The U.S. and China", "en", "U.S.").value == "United States"
    assert one("S. Korea's exports", "en", "S. Korea").extra["counterpart"] == "한국"
    assert one("한국은", "ko", "한국").value == "South Korea"
    assert one("Talks in Tashkent", "en", "Tashkent").extra["counterpart"] == "타슈켄트"


def test_english_organisation_with_commas_inside_the_name():
    text = "The Ministry of Trade, Industry and Energy said on Monday."
    f = one(text, "en", "Ministry of Trade, Industry and Energy")
    assert f.kind == "organization" and f.extra["counterpart"] == "산업통상자원부"


def test_acronym_in_parentheses_and_later_mentions():
    text = "It lends through the Economic Development Cooperation Fund (EDCF). EDCF loans grew."
    facts = [f for f in extract_names(text, "en") if f.text == "EDCF"]
    assert len(facts) == 2 and all(f.value == "Economic Development Cooperation Fund" for f in facts)


def test_korean_organisations_from_cues_and_glossary():
    text = "국토교통부와 한국도로공사, 국세청은 한은과 만났다."
    assert spans(text, "ko") == [("organization", "국토교통부"), ("organization", "한국도로공사"),
                                 ("organization", "국세청"), ("organization", "한은")]
    assert one(text, "ko", "한은").value == "Bank of Korea"


def test_people_with_titles():
    f = one("안덕근 산업통상자원부 장관은 말했다.", "ko", "안덕근")
    assert f.kind == "person" and f.extra["title"] == "장관"
    assert one("김하늘 기자", "ko", "김하늘").kind == "person"
    f = one("Bank of Korea Governor Rhee Chang-yong said.", "en", "Rhee Chang-yong")
    assert f.kind == "person" and f.extra["title"] == "Governor"
    text = "Minister of Investment, Industry and Trade Laziz Kudratov spoke. Later, Kudratov said no."
    assert [f.value for f in extract_names(text, "en") if f.kind == "person"] == ["Laziz Kudratov"] * 2


@pytest.mark.parametrize("text,lang", [
    ("정부는 일부 내용을 전부 재검토했다.", "ko"),
    ("지원 대상 병원의 직원과 연구원들이 자원 개발을 요청했다.", "ko"),
    ("약 500억원 규모다.", "ko"),
    ("동남부 지역의 공급처와 거래처.", "ko"),
    ("신임 장관은 현장을 찾았다.", "ko"),
    ("수단과 방법을 가리지 않았다.", "ko"),
    ("인도적 지원이 이어졌다.", "ko"),
    ("In January, The government said Monday that Group sales rose.", "en"),
    ("A spokesperson for the ministry declined to comment.", "en"),
])
def test_negatives(text, lang):
    assert spans(text, lang) == []


def test_sorted_non_overlapping_and_spans_match():
    text = "한국수출입은행은 한국과 우즈베키스탄에서 Korea Development Bank 와 Bank of Korea 를 만났다."
    facts = extract_names(text, "ko")
    assert [f.start for f in facts] == sorted(f.start for f in facts)
    assert all(a.end <= b.start for a, b in zip(facts, facts[1:]))
    assert all(text[f.start:f.end] == f.text for f in facts)
    assert ("organization", "한국수출입은행") in spans(text, "ko")


def test_glossary_round_trip_and_use(tmp_path):
    g = Glossary()
    g.add("쿠드라토프", "Kudratov", "person")
    g.add("나보이광업", "Navoi Mining", "organization", aliases=["NMMC"])
    path = tmp_path / "glossary.json"
    g.save(path)
    g2 = Glossary.load(path)
    assert json.loads(path.read_text(encoding="utf-8"))["entries"] == g.entries
    assert g2.lookup("Kudratov") == ("쿠드라토프", "Kudratov", "person")
    assert g2.lookup("NMMC") == ("나보이광업", "Navoi Mining", "organization")
    assert g2.lookup("없음") is None
    f = [f for f in extract_names("쿠드라토프는 나보이광업과 만났다.", "ko", glossary=g2)]
    assert [(x.kind, x.text, x.value, x.extra["counterpart"]) for x in f] == [
        ("person", "쿠드라토프", "Kudratov", "Kudratov"),
        ("organization", "나보이광업", "Navoi Mining", "Navoi Mining"),
    ]
    with pytest.raises(ValueError):
        g.add("x", "y", "animal")


def test_default_glossary_is_used():
    f = one("기획재정부는 발표했다.", "ko", "기획재정부")
    assert f.value == "Ministry of Economy and Finance" and f.extra["counterpart"] == "Ministry of Economy and Finance"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_facts_names", ROOT / "bench" / "bench_facts_names.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gold_set_precision_and_recall_per_language():
    bench = _bench()
    gold = bench.load_gold()
    assert sum(len(g["facts"]) for g in gold) >= 150
    assert {f["kind"] for g in gold for f in g["facts"]} == {"place", "organization", "person"}
    counts, errors = bench.evaluate(gold)
    for lang in ("ko", "en"):
        p, r = bench.prf(*counts[(lang, "all")])
        assert p >= 0.85 and r >= 0.85, (lang, p, r, errors)
