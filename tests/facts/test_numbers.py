"""Number facts (money, percent, count, quantity, date): tricky cases, negatives, relative dates,
conversions, and the gold set as a quality guard (bench/bench_facts_numbers.py prints the table)."""

import importlib.util
from pathlib import Path

import pytest

from reader.core.facts.numbers import extract_numbers

PUB = "2025-06-14"  # a Saturday
ROOT = Path(__file__).resolve().parents[2]


def facts(text, lang, published=PUB):
    return [(f.kind, f.text, f.value, f.unit) for f in extract_numbers(text, lang, published)]


def one(text, lang, published=PUB):
    found = extract_numbers(text, lang, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,value,unit", [
    ("2,700억 원", 270000000000, "KRW"),
    ("1조 2천억 원", 1200000000000, "KRW"),
    ("7천 5백만 달러", 75000000, "USD"),
    ("382억 달러", 38200000000, "USD"),
    ("1조 1,500억 원", 1150000000000, "KRW"),
    ("3억 5000만 원", 350000000, "KRW"),
    ("1.5조 원", 1500000000000, "KRW"),
    ("20억 유로", 2000000000, "EUR"),
    ("300억 엔", 30000000000, "JPY"),
    ("50억 위안", 5000000000, "CNY"),
])
def test_korean_money_compounds(text, value, unit):
    f = one(f"정부는 {text}을 투입한다.", "ko")
    assert (f.kind, f.text, f.value, f.unit) == ("money", text, value, unit)
    assert isinstance(f.value, int)


def test_korean_money_qualifiers_and_trailing_words():
    f = one("총사업비는 약 7억 9천만 달러에 이른다.", "ko")
    assert (f.text, f.value, f.qualifier) == ("약 7억 9천만 달러", 790000000, "about")
    assert facts("49억 달러 흑자를 냈다.", "ko") == [("money", "49억 달러", 4900000000, "USD")]
    assert one("100억 원 이상을 쓴다.", "ko").qualifier == "more than"


@pytest.mark.parametrize("text,surface,value,unit", [
    ("수출이 11.4% 늘었다.", "11.4%", 11.4, "%"),
    ("3.1 퍼센트 성장했다.", "3.1 퍼센트", 3.1, "%"),
    ("금리를 0.25%p 내렸다.", "0.25%p", 0.25, "pp"),
    ("금리를 0.25%포인트 내렸다.", "0.25%포인트", 0.25, "pp"),
    ("금리를 2.25%로 동결했다.", "2.25%", 2.25, "%"),
])
def test_korean_percent(text, surface, value, unit):
    assert facts(text, "ko") == [("percent", surface, value, unit)]


@pytest.mark.parametrize("text,surface,value,unit", [
    ("적발 건수는 47건이다.", "47건", 47, "건"),
    ("12개국이 참여했다.", "12개국", 12, "개국"),
    ("350명이 참석했다.", "350명", 350, "명"),
    ("배터리 5개 사가 나섰다.", "5개 사", 5, "사"),
    ("전동차 44편성을 납품한다.", "44편성", 44, "편성"),
    ("3곳에 짓는다.", "3곳", 3, "곳"),
    ("대상은 9개 품목이다.", "9개 품목", 9, "품목"),
])
def test_korean_counts(text, surface, value, unit):
    assert facts(text, "ko") == [("count", surface, value, unit)]


def test_korean_approximate_counts():
    f = one("300여 명이 모였다.", "ko")
    assert (f.kind, f.text, f.value, f.unit, f.qualifier) == ("count", "300여 명", 300, "명", "more than")
    f = one("1,000명 이상이 몰렸다.", "ko")
    assert (f.text, f.qualifier) == ("1,000명 이상", "more than")


def test_korean_quantities_and_multiplier():
    assert facts("시속 200km로 달린다.", "ko") == [("quantity", "시속 200km", 200, "km/h")]
    assert facts("1만 톤을 들여온다.", "ko") == [("quantity", "1만 톤", 10000, "t")]
    assert facts("비축량은 50일분이다.", "ko") == [("quantity", "50일분", 50, "일분")]
    assert facts("3.5GW와 100MW", "ko") == [("quantity", "3.5GW", 3.5, "GW"), ("quantity", "100MW", 100, "MW")]
    assert facts("2배로 늘었다.", "ko") == [("quantity", "2배", 2, "times")]


@pytest.mark.parametrize("text,surface,value", [
    ("2023년 9월 발효됐다.", "2023년 9월", "2023-09"),
    ("6월 14일 만났다.", "6월 14일", "2025-06-14"),
    ("2025년 예산", "2025년", "2025"),
    ("6.14. 대책", "6.14.", "2025-06-14"),
    ("기간은 2024~2027년이다.", "2024~2027년", ["2024", "2027"]),
    ("올해 상반기 실적", "올해 상반기", "2025-H1"),
    ("하반기 전망", "하반기", "2025-H2"),
    ("1분기 실적", "1분기", "2025-Q1"),
    ("2024년 4분기 실적", "2024년 4분기", "2024-Q4"),
])
def test_korean_dates(text, surface, value):
    assert facts(text, "ko") == [("date", surface, value, None)]


@pytest.mark.parametrize("word,value", [
    ("내년", "2026"), ("올해", "2025"), ("지난해", "2024"), ("작년", "2024"),
    ("이번 달", "2025-06"), ("지난달", "2025-05"), ("다음 달", "2025-07"),
])
def test_korean_relative_dates(word, value):
    f = one(f"{word} 수출이 늘었다.", "ko")
    assert (f.kind, f.text, f.value, f.extra) == ("date", word, value, {"relative": word})


def test_relative_dates_cross_year_boundaries():
    assert facts("지난달 수출", "ko", "2025-01-10") == [("date", "지난달", "2024-12", None)]
    assert facts("다음 달 시행", "ko", "2024-12-02") == [("date", "다음 달", "2025-01", None)]
    assert facts("지난 12월 실적", "ko", "2025-01-10") == [("date", "지난 12월", "2024-12", None)]
    assert facts("last month", "en", "2025-01-10") == [("date", "last month", "2024-12", None)]
    assert facts("next year", "en", "2024-11-20") == [("date", "next year", "2025", None)]


def test_relative_dates_without_publication_date_have_no_value():
    f = one("내년 예산", "ko", None)
    assert (f.kind, f.value, f.extra) == ("date", None, {"relative": "내년"})
    assert one("6월 14일", "ko", None).value == "XXXX-06-14"


@pytest.mark.parametrize("text", [
    "이번 사업은 일부 지역에서 먼저 시행된다.",
    "정부는 물가 억제를 위한 조치를 검토한다.",
    "공정위는 원인 조사에 착수했다.",
    "원장은 일본 측과 협력하겠다고 말했다.",
    "정부는 기업을 지원한다.",
    "그만큼 기대가 크다.",
    "달러화 강세가 이어졌다.",
    "이상 기후로 가격이 올랐다.",
    "억대 연봉자가 늘었다.",
    "천연가스 계약이 연장됐다.",
])
def test_korean_negatives(text):
    assert facts(text, "ko") == []


@pytest.mark.parametrize("text,value,unit", [
    ("$7.7 bn", 7700000000, "USD"),
    ("US$638.5 million", 638500000, "USD"),
    ("842.3 billion won", 842300000000, "KRW"),
    ("KRW 5 trillion", 5000000000000, "KRW"),
    ("₩2.7 trillion", 2700000000000, "KRW"),
    ("€3 million", 3000000, "EUR"),
    ("$2 billion", 2000000000, "USD"),
    ("£1.2tn", 1200000000000, "GBP"),
    ("$5m", 5000000, "USD"),
])
def test_english_money(text, value, unit):
    f = one(f"The firm will invest {text} in the plant.", "en")
    assert (f.kind, f.text, f.value, f.unit) == ("money", text, value, unit)


def test_english_money_qualifiers():
    f = one("deals worth more than $2 billion", "en")
    assert (f.text, f.qualifier) == ("more than $2 billion", "more than")
    f = one("It will cost about $790 million.", "en")
    assert (f.text, f.value, f.qualifier) == ("about $790 million", 790000000, "about")


def test_conversions_point_back_to_the_converted_amount():
    found = extract_numbers("In May, the contract was worth 842.3 billion won (US$638.5 million).", "en", PUB)
    assert [(f.kind, f.text) for f in found] == [
        ("date", "May"), ("money", "842.3 billion won"), ("money", "US$638.5 million")]
    assert found[2].extra == {"conversion_of": 1} and found[1].extra == {}
    ko = extract_numbers("계약 금액은 2,100억 원(약 1억 5천만 달러)이다.", "ko", PUB)
    assert ko[1].extra == {"conversion_of": 0} and ko[1].qualifier == "about"
    # same currency twice is not a conversion
    assert extract_numbers("$2 billion ($1 billion in cash)", "en")[1].extra == {}


def test_english_percent():
    assert facts("rose 11.4% and 3.1 percent", "en") == [("percent", "11.4%", 11.4, "%"), ("percent", "3.1 percent", 3.1, "%")]
    assert facts("cut by 0.25 percentage point", "en") == [("percent", "0.25 percentage point", 0.25, "pp")]
    assert facts("by 0.5 percentage points", "en") == [("percent", "0.5 percentage points", 0.5, "pp")]
    assert facts("shipments were up 31%", "en") == [("percent", "31%", 31, "%")]


@pytest.mark.parametrize("text,surface,value,unit,qualifier", [
    ("A total of 726 Korean companies took part.", "726 Korean companies", 726, "companies", None),
    ("It picked 50 advanced technologies.", "50 advanced technologies", 50, "technologies", None),
    ("They signed 12 MOUs.", "12 MOUs", 12, "MOUs", None),
    ("It will supply 44 trains.", "44 trains", 44, "trains", None),
    ("It backs nearly 100 new research and development projects.",
     "nearly 100 new research and development projects", 100, "projects", "about"),
    ("Four carmakers joined.", "Four carmakers", 4, "carmakers", None),
])
def test_english_counts(text, surface, value, unit, qualifier):
    f = one(text, "en")
    assert (f.kind, f.text, f.value, f.unit, f.qualifier) == ("count", surface, value, unit, qualifier)


def test_english_quantities():
    assert facts("200 km, 3.5 GW and 10,000 tonnes", "en") == [
        ("quantity", "200 km", 200, "km"), ("quantity", "3.5 GW", 3.5, "GW"), ("quantity", "10,000 tonnes", 10000, "t")]


@pytest.mark.parametrize("text,surface,value", [
    ("It took effect in September 2023.", "September 2023", "2023-09"),
    ("due on Sept. 14, 2025.", "Sept. 14, 2025", "2025-09-14"),
    ("ended on 14 September 2025.", "14 September 2025", "2025-09-14"),
    ("The plan covers 2024-2027.", "2024-2027", ["2024", "2027"]),
    ("It was passed in 2019.", "2019", "2019"),
    ("It unveiled a 2030 development strategy.", "2030", "2030"),
    ("Exports grew in the first half of this year.", "first half of this year", "2025-H1"),
    ("Profit fell in the first quarter.", "first quarter", "2025-Q1"),
    ("They met on Tuesday.", "Tuesday", "2025-06-10"),
])
def test_english_dates(text, surface, value):
    assert facts(text, "en") == [("date", surface, value, None)]


@pytest.mark.parametrize("text,value", [("this year", "2025"), ("last month", "2025-05"), ("next year", "2026")])
def test_english_relative_dates(text, value):
    f = one(f"Prices rose {text}.", "en")
    assert (f.text, f.value, f.extra) == (text, value, {"relative": text})


def test_a_bare_number_is_not_a_year():
    assert facts("The plant will create 2,300 jobs.", "en") == [("count", "2,300 jobs", 2300, "jobs")]
    assert facts("It bought 2030 shares in total.", "en") == []


@pytest.mark.parametrize("text", [
    "The ministry said it would review the plan.",
    "The G20 summit opens in Seoul.",
    "COVID-19 disrupted supply chains.",
    "The firm's Model 3 remains its best seller.",
    "Millions of people watched.",
    "The two countries agreed to cooperate.",
    "Analysts may revise their forecasts.",
])
def test_english_negatives(text):
    assert facts(text, "en") == []


def test_facts_are_sorted_non_overlapping_and_spans_match():
    text = "지난해 하반기 수출은 3,400억 달러로 11.4% 늘었고 12개국 350명이 2025년 6월 14일 모였다."
    found = extract_numbers(text, "ko", PUB)
    assert [f.kind for f in found] == ["date", "money", "percent", "count", "count", "date"]
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start
    for f in found:
        assert text[f.start:f.end] == f.text


def test_gold_set_quality():
    spec = importlib.util.spec_from_file_location("bench_facts_numbers", ROOT / "bench" / "bench_facts_numbers.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    examples = bench.load()
    assert len(examples) >= 250
    assert sum(1 for e in examples if not e["facts"]) >= 0.15 * len(examples)
    counts, errors = bench.evaluate(examples)
    for lang in ("ko", "en"):
        for kind in ("money", "percent", "count", "date"):
            tp, fp, fn = counts[(lang, kind)]
            assert tp + fn >= 10, (lang, kind)
            precision, recall = bench.scores(tp, fp, fn)
            assert precision >= 0.95 and recall >= 0.95, (lang, kind, precision, recall, errors)


def test_month_ranges_take_their_written_year_and_signs_are_kept():
    found = extract_numbers("2023년 4~6월 수출은 -0.1%에서 0.3%로 돌아섰다.", "ko", "2024-05-01")
    assert [(f.kind, f.text, f.value) for f in found] == [
        ("date", "2023년 4~6월", ["2023-04", "2023-06"]), ("percent", "-0.1%", -0.1), ("percent", "0.3%", 0.3)]
    found = extract_numbers("Output fell -0.2% in the quarter.", "en", "2024-05-01")
    assert [(f.text, f.value) for f in found if f.kind == "percent"] == [("-0.2%", -0.2)]
