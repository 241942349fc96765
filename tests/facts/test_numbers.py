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
    assert one("지난 3월 실적", "ko", None).value == "XXXX-03"
    for text, lang in (("4분기 실적과 12월 수출, 지난 3월 28일 발표", "ko"),
                       ("In the fourth quarter and the January-March period, its September decision", "en")):
        assert all(f.value is None or "XXXX" in str(f.value) for f in extract_numbers(text, lang, None))


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


@pytest.mark.parametrize("text,surface,value,unit", [
    ("차량 3대가 부딪혔다.", "3대", 3, "대"),
    ("여객기 40대를 들여온다.", "40대", 40, "대"),
    ("지난 한 해 판매량은 421만 6,680대다.", "421만 6,680대", 4216680, "대"),
    ("원전 2기를 짓는다.", "2기", 2, "기"),
    ("책이 100만 부 넘게 팔렸다.", "100만 부 넘게", 1000000, "부"),
    ("공공주택 3만 호를 공급한다.", "3만 호", 30000, "호"),
    ("선원 세 명이 구조됐다.", "세 명", 3, "명"),
    ("지방 공항 다섯 곳이 대상이다.", "다섯 곳", 5, "곳"),
    ("회의를 두 차례 열었다.", "두 차례", 2, "차례"),
])
def test_korean_counters_and_hangul_numbers(text, surface, value, unit):
    assert [(f.kind, f.text, f.value, f.unit) for f in extract_numbers(text, "ko", PUB)] == [("count", surface, value, unit)]


@pytest.mark.parametrize("text", [
    "20대 남성의 고용률이 하락했다.", "5대 그룹 총수들이 모였다.", "제22대 국회가 개원했다.", "22대 국회 첫 본회의가 열렸다.",
    "트럼프 2기 행정부가 출범했다.", "3기 신도시 입주가 시작된다.", "1부 리그로 승격했다.", "1호 공약을 내세웠다.",
    "한 번도 경험하지 못한 위기다.", "두 나라는 협력하기로 했다.", "세 부담이 커졌다.", "한 명도 다치지 않았다.",
    "새 매장을 열 곳을 찾고 있다.", "2~3일 뒤 발표한다.", "그는 3.5도 기울어진 탑을 봤다.", "500대 기업 매출이 줄었다.",
    "반도체 수출이 전년 동기 대비 늘었다.", "전월보다 줄었다.",
])
def test_korean_number_like_words_are_not_facts(text):
    assert [f for f in extract_numbers(text, "ko", PUB) if f.kind != "percent"] == []


def test_korean_multipliers_ranges_and_temperatures():
    assert facts("교역 규모를 두 배로 늘린다.", "ko") == [("quantity", "두 배", 2, "times")]
    assert facts("매출이 세 배 가까이 늘었다.", "ko") == [("quantity", "세 배 가까이", 3, "times")]
    assert facts("금리는 3.5∼3.75% 수준이다.", "ko") == [("percent", "3.5∼3.75%", [3.5, 3.75], "%")]
    assert facts("정책금리를 0~0.1%로 올렸다.", "ko") == [("percent", "0~0.1%", [0, 0.1], "%")]
    assert facts("1조~2조 원이 든다.", "ko") == [("money", "1조~2조 원", [1000000000000, 2000000000000], "KRW")]
    assert facts("3천억∼5천억 원으로 예상된다.", "ko") == [("money", "3천억∼5천억 원", [300000000000, 500000000000], "KRW")]
    assert facts("참석자는 200~300명이다.", "ko") == [("count", "200~300명", [200, 300], "명")]
    assert facts("낮 최고기온이 33도까지 오르겠다.", "ko") == [("quantity", "33도", 33, "°C")]
    assert facts("아침 기온은 영하 5도까지 떨어진다.", "ko") == [("quantity", "영하 5도", -5, "°C")]
    assert facts("연간 200만t을 들여온다.", "ko") == [("quantity", "200만t", 2000000, "t")]
    assert facts("주가가 30% 가까이 올랐다.", "ko") == [("percent", "30% 가까이", 30, "%")]


def test_periods_without_a_year_are_the_closest_past_or_coming_one():
    assert facts("12월 수출이 늘었다.", "ko", "2025-01-20") == [("date", "12월", "2024-12", None)]
    assert facts("4분기 실적이 개선됐다.", "ko", "2025-01-20") == [("date", "4분기", "2024-Q4", None)]
    assert facts("7월 시행", "ko", "2025-01-20") == [("date", "7월", "2025-07", None)]
    assert facts("2023.12.31 기준", "ko") == [("date", "2023.12.31", "2023-12-31", None)]
    assert facts("profit in the October-December quarter", "en", "2024-02-08") == [
        ("date", "October-December quarter", "2023-Q4", None)]
    assert facts("in the first six months of 2024", "en") == [("date", "first six months of 2024", "2024-H1", None)]
    assert facts("its September decision", "en", "2024-07-18") == [("date", "September", "2024-09", None)]
    assert facts("The program runs from 2026 to 2030.", "en") == [("date", "2026 to 2030", ["2026", "2030"], None)]
    assert facts("Between 2019 and 2023 output doubled.", "en") == [("date", "2019 and 2023", ["2019", "2023"], None)]


def test_comparison_baselines_are_not_dates():
    assert facts("Exports rose 11.4% from a year earlier.", "en") == [("percent", "11.4%", 11.4, "%")]
    assert facts("Revenue was up 265% from a year ago.", "en") == [("percent", "265%", 265, "%")]
    assert facts("전년 동월 대비 3.1% 올랐다.", "ko") == [("percent", "3.1%", 3.1, "%")]
    assert facts("작년보다 8% 늘었다.", "ko") == [("date", "작년", "2024", None), ("percent", "8%", 8, "%")]


def test_english_ranges_points_and_multipliers():
    assert facts("to a range of 4.50% to 4.75%", "en") == [("percent", "4.50% to 4.75%", [4.5, 4.75], "%")]
    assert facts("Sales are expected to grow 3% to 4%.", "en") == [("percent", "3% to 4%", [3, 4], "%")]
    assert facts("Prices rose 0.5% to 3.1%.", "en") == [("percent", "0.5%", 0.5, "%"), ("percent", "3.1%", 3.1, "%")]
    assert facts("It may cut 5-6% of its staff.", "en") == [("percent", "5-6%", [5, 6], "%")]
    assert facts("It will spend $5-6 billion.", "en") == [("money", "$5-6 billion", [5000000000, 6000000000], "USD")]
    assert facts("between $61 billion and $64 billion", "en") == [
        ("money", "$61 billion and $64 billion", [61000000000, 64000000000], "USD")]
    assert facts("cut rates by half a percentage point", "en") == [("percent", "half a percentage point", 0.5, "pp")]
    assert facts("by a quarter point", "en") == [("percent", "a quarter point", 0.25, "pp")]
    assert facts("by 25 basis points", "en") == [("percent", "25 basis points", 0.25, "pp")]
    assert facts("The two-fold increase", "en") == [("quantity", "two-fold", 2, "times")]
    assert facts("about twice the 2020 level", "en") == [("quantity", "about twice", 2, "times"), ("date", "2020", "2020", None)]
    assert facts("He visited twice a year.", "en") == []
    assert facts("450 Korean companies, up from 300 in 2019", "en") == [
        ("count", "450 Korean companies", 450, "companies"), ("count", "300", 300, "companies"), ("date", "2019", "2019", None)]
    assert facts("Emirates ordered 15 A350 jets.", "en") == [("count", "15 A350 jets", 15, "jets")]


def test_relative_dates_opening_a_sentence():
    # they were read only in lower case, so "Last year" starting a sentence was lost
    assert facts("Last year exports fell.", "en", "2025-06-01") == [("date", "Last year", "2024", None)]
    assert facts("This month the plant restarts.", "en", "2025-06-01") == [("date", "This month", "2025-06", None)]
    assert facts("Next March the line opens.", "en", "2025-06-01") == [("date", "Next March", "2026-03", None)]
    assert facts("First-quarter sales rose.", "en", "2025-06-01") == [("date", "First-quarter", "2025-Q1", None)]
    assert facts("Last month's figures", "en", "2025-01-10") == [("date", "Last month", "2024-12", None)]


def test_seventh_round_numbers():
    # a qualifier is a word of its own: 협약 and 계약 end in 약 but qualify nothing
    assert facts("협약 3건을 체결했다.", "ko") == [("count", "3건", 3, "건")]
    assert facts("계약 3억 원 규모", "ko") == [("money", "3억 원", 300000000, "KRW")]
    # pence and cents, NT$
    assert facts("paid 80 pence per parcel", "en")[0][1:] == ("80 pence", 0.8, "GBP")
    assert facts("a dividend of 25 cents a share", "en")[0][1:] == ("25 cents", 0.25, "USD")
    assert facts("profit rose to NT$120.5 billion", "en")[0][1:] == ("NT$120.5 billion", 120500000000, "TWD")
    # ranges of a quantity, of days across months, of days in a relative month
    assert facts("a target of 12-15 gigawatts", "en")[0][1:] == ("12-15 gigawatts", [12, 15], "GW")
    assert facts("5월 30일~6월 2일 열린다", "ko", "2025-05-01")[0][1:3] == ("5월 30일~6월 2일", ["2025-05-30", "2025-06-02"])
    assert facts("이달 3~9일 판매량은", "ko", "2025-04-22")[0][1:3] == ("이달 3~9일", ["2025-04-03", "2025-04-09"])
    # an election by its date; a month as a modifier after "a"; a year after "for"
    assert facts("4.10 총선을 앞두고", "ko", "2024-02-01")[0][1:3] == ("4.10", "2024-04-10")
    assert ("date", "March", "2025-03", None) in facts("backed a March cut", "en", "2025-02-01")
    assert ("date", "2024", "2024", None) in facts("a net loss for 2024.", "en", "2025-03-01")
    # not facts: days a week, an ordinal with 제
    assert facts("주 5일 근무가 늘었다.", "ko") == []
    assert facts("제12회 대회가 열렸다.", "ko") == []
    # a temperature cue earlier in the sentence, past a decimal point
    assert ("quantity", "0.8도", 0.8, "°C") in facts("평균기온은 24.3도로 평년보다 0.8도 높았다.", "ko")
    assert facts("하루 12만 상자를 처리한다.", "ko") == [("count", "12만 상자", 120000, "상자")]


def test_eighth_round_numbers():
    # a currency several countries use is read from the country named in the sentence
    assert facts("Norway's fund earned 1.2 trillion crowns last year.", "en", "2025-02-01")[0][1:] == ("1.2 trillion crowns", 1200000000000, "NOK")
    assert facts("Fares start at 1,999 pesos, the Philippine airline said.", "en")[0][1:] == ("1,999 pesos", 1999, "PHP")
    assert facts("Mexico raised the wage to 278 pesos.", "en")[0][1:] == ("278 pesos", 278, "MXN")
    assert facts("the price rose to 48,000 cedis a tonne", "en")[0][1:] == ("48,000 cedis", 48000, "GHS")
    assert facts("순이익이 9,800만 싱가포르달러로 줄었다", "ko")[0][1:] == ("9,800만 싱가포르달러", 98000000, "SGD")
    # units: a hyphenated adjective, pressure, wind speed
    assert facts("a 300-kilogram probe", "en")[0][1:] == ("300-kilogram", 300, "kg")
    assert facts("중심기압 965hPa, 초속 40m의 강풍", "ko") == [("quantity", "965hPa", 965, "hPa"), ("quantity", "초속 40m", 40, "m/s")]
    assert facts("8개 차종에서 결함이", "ko") == [("count", "8개 차종", 8, "차종")]
    # a weekday in a sentence about what will happen is the coming one
    assert facts("The court will rule on Friday.", "en", "2025-10-20") == [("date", "Friday", "2025-10-24", None)]
    assert facts("The court ruled on Friday.", "en", "2025-10-20") == [("date", "Friday", "2025-10-17", None)]
    assert ("date", "December", "2025-12", None) in facts("bookings for December fell", "en", "2025-10-01")


def test_ninth_round_numbers():
    assert facts("개봉 첫 주말인 10~11일 관객이 몰렸다", "ko", "2025-05-14")[0][1:3] == ("10~11일", ["2025-05-10", "2025-05-11"])
    assert facts("완치까지 2~3일 걸린다", "ko", "2025-05-14") == []
    assert facts("수입이 8,000억 동으로 늘었다", "ko")[0][1:] == ("8,000억 동", 800000000000, "VND")
    assert facts("101동 주민", "ko") == []
    assert facts("출고량이 5만 병으로", "ko") == [("count", "5만 병", 50000, "병")]
    assert facts("3.5㎓ 대역", "ko") == [("quantity", "3.5㎓", 3.5, "GHz")]
    assert facts("exports of 1.4 million hectoliters", "en")[0][1:] == ("1.4 million hectoliters", 1400000, "hl")
    assert facts("She won the 400m freestyle.", "en") == [("quantity", "400m", 400, "m")]
    assert ("date", "2023", "2023", None) in facts("prices for the 2023 vintage", "en")


def test_tenth_round_numbers():
    # categories held-out 12 showed missing (session 5); sentences written for the test
    assert facts("rooms priced above 150,000 yen a night", "en")[0][1:] == ("above 150,000 yen", 150000, "JPY")
    assert facts("gusts of 180 km per hour", "en") == [("quantity", "180 km per hour", 180, "km/h")]
    assert facts("winds of 95 miles per hour", "en") == [("quantity", "95 miles per hour", 95, "mph")]
    assert [f[0] for f in facts("The vase fetched $12.5 million including the buyer's premium.", "en")] == ["money"]
    assert facts("He retired after 14 seasons.", "en") == []
    assert facts("부산의 한 가구 공장에서 불이 났다", "ko") == []
    assert facts("세 가구가 대피했다", "ko") == [("count", "세 가구", 3, "가구")]
    assert ("quantity", "세 배", 3, "times") in facts("평소의 세 배인 9만 명이 몰렸다", "ko")
    assert facts("전국 7개 관의 관람객", "ko") == [("count", "7개 관", 7, "관")]
    assert facts("경북 등 6개 시군이 피해를", "ko") == [("count", "6개 시군", 6, "시군")]
    assert facts("3개 관계 부처가", "ko") == [("count", "3개", 3, "개")]


def test_eleventh_round_numbers():
    # categories held-out 13 showed missing (session 6); sentences written for the test
    found = facts("Only 12 of the 90 ferry crews turned up, and about 30 of its 400 cadets left.", "en")
    assert ("count", "12", 12, "crews") in found and ("count", "90 ferry crews", 90, "crews") in found
    assert ("count", "about 30", 30, "cadets") in found
    assert ("count", "5", 5, "libraries") in facts("Officials closed 5 of the city's 61 libraries.", "en")
    assert facts("Article 3 of the charter applies.", "en") == []
    assert facts("In 2024 of the 300 towns surveyed, most grew.", "en")[0][:2] != ("count", "2024")
    assert facts("The channel will air four series this autumn.", "en") == [("count", "four series", 4, "series")]
    assert facts("a 1,200-hectare orchard", "en") == [("quantity", "1,200-hectare", 1200, "ha")]
    assert facts("a 12-gigawatt-hour cell line", "en") == [("quantity", "12-gigawatt-hour", 12, "GWh")]
    assert facts("a tank holding 9,000 cubic meters", "en") == [("quantity", "9,000 cubic meters", 9000, "m3")]
    assert facts("저장 용량 3만 2,000㎥ 규모", "ko")[0][1:] == ("3만 2,000㎥", 32000, "m3")
    assert facts("수주량은 120만 CGT로 늘었다", "ko") == [("quantity", "120만 CGT", 1200000, "CGT")]
    assert facts("세척 장비(ALD) 30대를 들였다", "ko") == [("count", "30대", 30, "대")]
    assert facts("연구용 원자로(SMR) 2기를 짓는다", "ko") == [("count", "2기", 2, "기")]
    hot = extract_numbers("낮 기온이 평년보다 8도 가까이 높았다", "ko")
    assert [(f.text, f.qualifier) for f in hot] == [("8도 가까이", "about")]
    policy = extract_numbers("정부의 9·7 부동산 대책 이후 거래가 줄었다", "ko", "2025-10-20")
    assert [(f.kind, f.text, f.value) for f in policy] == [("date", "9·7", "2025-09-07")]
    assert extract_numbers("지난 12·3 대책의 효과", "ko", "2026-02-10")[0].value == "2025-12-03"
    fare = extract_numbers("Tolls will rise 5% from Jan. 1, the ministry said.", "en", "2025-11-28")
    assert [f.value for f in fare if f.kind == "date"] == ["2026-01-01"]
    past = extract_numbers("The plant closed on Jan. 9 after a fire.", "en", "2025-11-28")
    assert [f.value for f in past if f.kind == "date"] == ["2025-01-09"]


def test_twelfth_round_numbers():
    # categories held-out 14 showed missing (session 6); sentences written for the test
    assert ("count", "2.3 million", 2300000, "visitors") in facts(
        "The number of visitors attending the fair rose to 2.3 million last year.", "en")
    assert facts("The flock shrank to 14.2 million head.", "en") == [("count", "14.2 million head", 14200000, "head")]
    assert facts("Officials culled about 240 head of dairy cattle.", "en") == [
        ("count", "about 240 head of dairy cattle", 240, "head")]
    assert facts("Two head coaches left.", "en") == [("count", "Two head coaches", 2, "coaches")]  # not "head"
    assert facts("Clinics logged 312 mumps cases.", "en") == [("count", "312 mumps cases", 312, "cases")]
    assert facts("four telecommunications firms", "en") == [("count", "four telecommunications firms", 4, "firms")]
    assert facts("a 40 million pound penalty", "en") == [("money", "40 million pound", 40000000, "GBP")]
    assert facts("a 5 pound bag of flour", "en") == []
    assert facts("tickets cost 300 Egyptian pounds", "en") == [("money", "300 Egyptian pounds", 300, "EGP")]
    assert facts("rooms at 80 euros to 120 euros a night", "en") == [("money", "80 euros to 120 euros", [80, 120], "EUR")]
    assert facts("it moved 3.1 million TEUs", "en") == [("quantity", "3.1 million TEUs", 3100000, "TEU")]
    assert ("date", "2023", "2023", None) in facts("The firm posted 2023 revenue of $4 billion.", "en")
    assert facts("Rainfall was low from May to July.", "en") == [("date", "May to July", ["2025-05", "2025-07"], None)]
    assert facts("독감 백신 900만 회분을 들여온다", "ko") == [("count", "900만 회분", 9000000, "회분")]
    assert facts("신항 부두 6선석이 문을 연다", "ko") == [("count", "6선석", 6, "선석")]
    assert facts("주차장 350면을 늘린다", "ko") == [("count", "350면", 350, "면")]
    assert facts("지도 3면에 실렸다", "ko") == []
    assert facts("견인포 48문을 들여온다", "ko") == [("count", "48문", 48, "문")]
    assert facts("장갑차 120대 3차 계약", "ko")[0][:2] == ("count", "120대")
    assert facts("5대 그룹 총수", "ko") == []
    said = extract_numbers("협회는 가격을 올리기로 했다고 30일 밝혔다.", "ko", "2025-09-01")
    assert [f.value for f in said] == ["2025-08-30"]
    opening = extract_numbers("서울시는 28일부터 요금을 올린다.", "ko", "2025-06-20")
    assert [f.value for f in opening] == ["2025-06-28"]
    span = extract_numbers("다음 달 3일부터 9일까지 축제가 열린다.", "ko", "2025-04-25")
    assert [f.value for f in span] == ["2025-05-03", "2025-05-09"]
    vote = extract_numbers("10·16 재보궐선거 결과", "ko", "2024-10-17")
    assert [f.value for f in vote] == ["2024-10-16"]


def test_thirteenth_round_numbers():
    # categories held-out 15 showed missing (session 6); sentences written for the test
    assert facts("The carrier signed up 1.1 million 5G customers.", "en") == [
        ("count", "1.1 million 5G customers", 1100000, "customers")]
    assert facts("It will shut 85 more branches.", "en") == [("count", "85 more branches", 85, "branches")]
    assert ("count", "Six", 6, "ferries") in facts("Six of the 11 ferries were idle.", "en")
    grew = [f[1] for f in facts("Membership grew by 3,100 to 41,000 last year.", "en") if f[0] == "count"]
    assert grew == ["3,100", "41,000"]
    found = facts("The chain will expand its outlets from 870 to about 950 by June.", "en")
    assert [f[1] for f in found if f[0] == "count"] == ["870", "about 950"]
    assert ("count", "84", 84, "deaths") in facts("That brought the number of deaths in the Alps region this winter to 84.", "en")
    assert facts("Lawmakers voted 180 to 100 to pass the bill.", "en") == []
    assert facts("with 1.45 applicants for every opening", "en") == []
    assert facts("for about 600 sports clubs", "en") == [("count", "about 600 sports clubs", 600, "clubs")]
    assert ("count", "14", 14, "youths") not in facts("grants for youths aged 14 to 19", "en")
    assert facts("a grant of 2 million hryvnias", "en") == [("money", "2 million hryvnias", 2000000, "UAH")]
    assert facts("a new 8.2 million-euro pier", "en") == [("money", "8.2 million-euro", 8200000, "EUR")]
    assert facts("the 240-mile line", "en") == [("quantity", "240-mile", 240, "mi")]
    assert facts("about 90 million gallons a day", "en")[0][3] == "gal"
    assert facts("Rain fell between March and May.", "en") == [("date", "March and May", ["2025-03", "2025-05"], None)]
    later = extract_numbers("The company will add 300 stores by November.", "en", "2025-03-10")
    assert [f.value for f in later if f.kind == "date"] == ["2025-11"]
    soon = extract_numbers("Fares will rise from February, the operator said.", "en", "2025-10-01")
    assert [f.value for f in soon if f.kind == "date"] == ["2026-02"]
    today = extract_numbers("Tax on beer will rise from 6 p.m. on Friday.", "en", "2025-11-28")  # a Friday
    assert [f.value for f in today if f.kind == "date"] == ["2025-11-28"]
    told = extract_numbers("The firm will cut jobs, its chief told staff on Monday.", "en", "2025-11-27")
    assert [f.value for f in told if f.kind == "date"] == ["2025-11-24"]
    assert facts("면접은 두 번뿐이었다", "ko") == [("count", "두 번", 2, "번")]
    assert facts("한 번도 가지 않았다", "ko") == []
    assert facts("신혼부부 5만 쌍에게 지급한다", "ko") == [("count", "5만 쌍", 50000, "쌍")]
    assert facts("연 300억 개비를 판다", "ko") == [("count", "300억 개비", 30000000000, "개비")]
    assert facts("전국 12개 국립공원에서", "ko") == [("count", "12개 국립공원", 12, "국립공원")]
    assert facts("330mL 캔", "ko")[0][1:] == ("330mL", 330, "mL")
    assert facts("출고량은 52만㎘로", "ko")[0][1:] == ("52만㎘", 520000, "kL")
    assert facts("아이폰 16 프로가 나왔다", "ko") == []
    assert facts("점유율은 17프로다", "ko")[0][1:3] == ("17프로", 17)
    assert [f[0] for f in facts("개봉 12일 만인 지난 9일", "ko")] == ["date"]


def test_bare_counts_after_the_counted_things():
    # the number counts what a count or a subject earlier in the sentence named
    found = facts("A rider said he now delivers about 420 parcels a day, up from 310 before the pandemic.", "en")
    assert ("count", "310", 310, "parcels") in found
    assert ("count", "1,500", 1500, "customers") in facts("The number of foreign customers had risen to 1,500 a week.", "en")
    assert facts("The rent rose to 900 a month.", "en") == []  # rent is a level, not things counted


def test_fourteenth_round_numbers():
    # categories held-out 17 showed missing (session 7, after its one measurement); sentences written for the test
    def counts(text, published="2025-06-01"):
        return [(f[1], f[2]) for f in facts(text, "en", published) if f[0] == "count"]

    # the counted things named before the verb, over a phrase of time, a participle or a scale word
    assert counts("Its user base grew by 2.4 million in 2024 to 31.6 million across Asia.") == [
        ("2.4 million", 2400000), ("31.6 million", 31600000)]
    assert counts("The town's population shrank for a third year, falling by 1,200 to 48,300, officials said.") == [
        ("1,200", 1200), ("48,300", 48300)]
    assert counts("The number of people treated for insomnia rose 12% over five years to about 720,000 in 2024.") == [
        ("about 720,000", 720000)]
    assert counts("Finland's population stood at 5.6 million as of Jan. 1.") == [("5.6 million", 5600000)]
    assert counts("The race drew a crowd of 52,300 at the circuit.") == [("52,300", 52300)]
    # a difference, a part, a figure, a quota: the same things as the count before
    assert ("about 40,000", 40000) in counts("Korea will need 510,000 nurses by 2030, about 40,000 more than now.")
    assert ("310", 310) in counts("Regulators counted 940 incidents last year, 310 of them at night.")
    assert ("85,000", 85000) in counts("The ministry set the quota for seasonal workers at 85,000, down from 92,000.")
    assert ("92,000", 92000) in counts("The ministry set the quota for seasonal workers at 85,000, down from 92,000.")
    assert ("about 90", 90) in counts("The bakery sells about 400 loaves a day, up from about 90 in 2020.")
    assert ("3,000 to 4,500 jobs", [3000, 4500]) in counts("The carmaker will cut 3,000 to 4,500 jobs by 2027.")
    # not counts: a time, an index level, "at one point"
    for text in ("The meeting starts at 11:30 in Seoul.", "The KOSPI closed at 2,600 on Friday.",
                 "The index stood at 2,450 at the close.", "Prices rose at one point before easing."):
        assert [f for f in facts(text, "en") if f[0] in ("count", "percent")] == [], text

    # dates: a range of days, a day of last year, "the year to March"
    assert ("date", "Oct. 28 to Nov. 3", ["2026-10-28", "2026-11-03"], None) in facts(
        "The fair runs from Oct. 28 to Nov. 3 in Busan.", "en", "2026-10-01")
    assert ("date", "Dec. 30 to Jan. 2", ["2025-12-30", "2026-01-02"], None) in facts(
        "Offices close Dec. 30 to Jan. 2.", "en", "2025-12-01")
    assert ("date", "March 1 last year", "2024-03-01", None) in facts(
        "The fleet stood at 910 ships as of March 1 last year.", "en", "2025-07-30")
    assert ("date", "March", "2025-03", None) in facts("Exports rose 4% in the year to March.", "en", "2025-11-18")

    # Korean: counters and units, bare days before 내놓은 / 내년 / 발표한, days that are a length of time
    assert ("count", "7개 자치구", 7, "자치구") in facts("서울시는 7개 자치구에서 시범사업을 한다.", "ko")
    assert ("count", "2억 4천만 캔", 240000000, "캔") in facts("판매량이 2억 4천만 캔으로 늘었다.", "ko")
    assert ("count", "1,500승", 1500, "승") in facts("그는 통산 1,500승을 달성했다.", "ko")
    assert ("count", "3만 동", 30000, "동") in facts("텐트 판매량은 3만 동에 달했다.", "ko")
    assert ("count", "1,200세트", 1200, "세트") in facts("구호키트 1,200세트를 보냈다.", "ko")
    assert ("count", "4경기", 4, "경기") in facts("그는 결승 4경기에 모두 나섰다.", "ko")
    assert facts("101동 주민이 모였다.", "ko") == []
    assert [f for f in facts("주 2회 이상 운동한다.", "ko") if f[0] == "count"] == []
    assert ("quantity", "345㎸", 345, "kV") in facts("345㎸ 송전선로를 짓는다.", "ko")
    assert ("quantity", "120㎿", 120, "MW") in facts("120㎿ 규모 풍력단지를 짓는다.", "ko")
    assert ("date", "14일", "2025-05-14", None) in facts("장관은 14일 내년 예산안을 설명했다.", "ko", "2025-05-15")
    assert ("date", "30일", "2025-04-30", None) in facts("통계청이 30일 발표한 자료에 따르면 출생아가 늘었다.", "ko", "2025-05-02")
    assert [f for f in facts("정산 주기를 7일에서 3일로 줄였다고 10일 밝혔다.", "ko", "2025-05-12") if f[0] == "date"] == [
        ("date", "10일", "2025-05-10", None)]
    # a participle after a year and its comma; "its growth forecast" is a noun; "ahead of Monday's"
    assert [f[2] for f in facts("The city's population shrank for a third year in 2024, falling by 2,300 to 97,400, "
                                "officials said.", "en") if f[0] == "count"] == [2300, 97400]
    assert ("date", "Tuesday", "2025-11-04", None) in facts(
        "The brewer cut its sales growth forecast to 3% on Tuesday.", "en", "2025-11-06")
    assert ("date", "Friday", "2025-01-10", None) in facts(
        "The jackpot rose to $900 million ahead of Friday's drawing.", "en", "2025-01-08")


def test_fifteenth_round_numbers():
    # categories held-out 18 showed missing (session 7, after its one measurement); sentences written for the test
    def counts(text, published="2025-06-01"):
        return [(f[1], f[2]) for f in facts(text, "en", published) if f[0] == "count"]

    assert counts("Requests for Norway's electric ferry grant rose to 4,300 in May, up from 900 a year earlier.") == [
        ("4,300", 4300), ("900", 900)]
    assert ("about 700", 700) in counts("The union has 9,000 members, of whom about 700 joined this year.")
    assert ("about 2,000", 2000) in counts("Vendors numbered 6,400 in 2020, leaving about 2,000 in the old market.") \
        or ("about 2,000", 2000) in counts("The city cleared 6,400 stalls since 2020, leaving about 2,000 in 12 zones.")
    assert ("about 90,000", 90000) in counts("Payphones in Korea fell to 24,000 in 2024, a drop of about 90,000 since 2005.")
    assert ("18", 18) in counts("The district licensed 60 food trucks last year and will license a further 18 this year.")
    assert ("3,020", 3020) in counts("Busan's public baths, which charge 9,000 won, fell to 3,020 in June from a peak of 4,100.")
    assert ("14", 14) in counts("Inspectors tested 120 batches and found 14 of 31 shipments contaminated.")
    assert counts("She is one of 40 volunteers at the shelter.") == [("40 volunteers", 40)]
    assert ("about 2,100 charities", 2100) in counts("He has given $5 billion since 2020 to about 2,100 charities.")
    assert [f for f in facts("The sauna is kept at 85 degrees Celsius and keeps its pool cold.", "en") if f[0] == "count"] == []
    assert ("quantity", "212 grams", 212, "g") in facts("The cub weighed 212 grams at birth.", "en")
    assert ("quantity", "10.5 kilowatts", 10.5, "kW") in facts("The average system grew to 10.5 kilowatts.", "en")
    assert ("money", "64.2 billion shillings", 64200000000, "KES") in facts("Kenya earned 64.2 billion shillings from coffee.", "en")
    assert ("money", "2.1 billion dong", 2100000000, "VND") in facts("Hanoi fined vendors 2.1 billion dong in May.", "en")
    # dates: a month range with "between", the March quarter, "will … in November", "the May auction"
    assert ("date", "September and February", ["2024-09", "2025-02"], None) in facts(
        "It sold 80,000 coats between September and February.", "en", "2025-03-10")
    assert ("date", "June quarter", "2025-Q2", None) in facts("Traffic rose 2% in the June quarter.", "en", "2025-08-01")
    assert ("date", "October", "2025-10", None) in facts("The choir will tour Busan in October.", "en", "2025-04-15")
    assert ("date", "December", "2024-12", None) in facts("Sales fell in December, and the firm will cut jobs.", "en", "2025-04-15")
    assert ("date", "May", "2026-05", None) in facts("Prices hit a record at the May auction.", "en", "2026-05-27")
    # Korean: any noun after N개, more counters, a unit a price is per
    assert ("count", "214개 전통시장", 214, "전통시장") in facts("전국 214개 전통시장에서 할인 행사를 연다.", "ko")
    assert ("count", "8개 마을", 8, "마을") in facts("8개 마을에 우물을 지었다.", "ko")
    assert ("count", "150개", 150, "개") in facts("150개 규모로 늘었다.", "ko")
    assert ("count", "12억 자루", 1200000000, "자루") in facts("볼펜 판매량이 12억 자루를 넘었다.", "ko")
    assert ("count", "약 900대", 900, "대") in facts("한 해 만드는 피아노가 약 900대라고 밝혔다.", "ko")
    assert ("count", "1,120곡", 1120, "곡") in facts("신곡 1,120곡을 등록했다.", "ko")
    assert ("quantity", "250g", 250, "g") in facts("250g짜리 차가 낙찰됐다.", "ko")
    assert [f for f in facts("말차 가격은 1㎏당 9,000엔이었다.", "ko") if f[0] in ("count", "quantity")] == []


def test_sixteenth_round_numbers():
    # categories held-out 19 showed missing (session 7, after its one measurement); sentences written for the test
    def counts(text, published="2025-06-01"):
        return [(f[1], f[2]) for f in facts(text, "en", published) if f[0] == "count"]

    assert ("roughly 9,000", 9000) in counts("Japan has about 120,000 bridges, and roughly 9,000 of them need repair.")
    assert ("roughly 2,000", 2000) in counts("The chain has 5,400 stores, of which roughly 2,000 sell fuel.")
    assert ("310", 310) in counts("Regulators received 512 complaints in 2024, against 310 in 2023.")
    assert ("12,000 wild boar", 12000) in counts("Hunters shot 12,000 wild boar last season.")
    assert ("30", 30) in counts("Norway has about 400 ski lifts and plans to add 30 by 2030.")
    assert ("9,000", 9000) in counts("The maker shipped 7,500 tractors in 2025 and aims for 9,000 this year.")
    assert counts("There is one guard for every nine visitors.") == []
    assert ("quantity", "70 decibels", 70, "dB") in facts("Engines that exceed 70 decibels will be fined.", "en")
    assert ("money", "1,200 crore rupee", 12000000000, "INR") in facts("It runs a 1,200 crore rupee scheme.", "en")
    assert ("date", "March", "2027-03", None) in facts("The firm said it would close 12 stores by March.", "en", "2026-04-10")
    # Korean: 까지 after a counter, 발, a verb after 초과, dB and lux, years before 1900, 이달고 is a name
    assert ("count", "최대 150대", 150, "대") in facts("첫해에 최대 150대까지 허용한다.", "ko")
    assert ("count", "8만여 발", 80000, "발") in facts("불꽃 8만여 발을 쏘아 올렸다.", "ko")
    assert ("count", "4명", 4, "명") in facts("정원을 4명 초과한 어선을 적발했다.", "ko")
    assert ("quantity", "45㏈", 45, "dB") in facts("충격음 기준을 45㏈로 강화한다.", "ko")
    assert ("quantity", "15룩스", 15, "lx") in facts("가로등 조도를 15룩스로 낮춘다.", "ko")
    assert ("date", "1875년", "1875", None) in facts("그 가게는 1875년 문을 열었다.", "ko")
    assert [f for f in facts("안 이달고 시장은 말했다.", "ko", "2025-12-30") if f[0] == "date"] == []
    # a year named just before a month and day gives it its year, unless the day has passed
    assert ("date", "2월 6일", "2027-02-06", None) in facts("천문연은 내년 설날이 2월 6일이라고 10일 발표했다.", "ko", "2026-11-11")
    assert ("date", "6월 21일", "2027-06-21", None) in facts("2027년 낮이 가장 긴 날은 6월 21일이다.", "ko", "2026-12-30")
    assert ("date", "12월 2일", "2025-12-02", None) in facts("내년 예산안은 12월 2일 국회를 통과했다.", "ko", "2025-12-05")
