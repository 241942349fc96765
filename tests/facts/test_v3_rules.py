"""Rules of the third version (FACTS_VERSION 3), with the negatives that keep them precise: counts
without a head noun, Korean counters 장/편/점, school and fiscal years, counties and cities that need
a cue, titles written as one word with a place or a body, Korean names romanised with a hyphen,
agency names with "and"."""

import pytest

from reader.core.facts.extract import extract_facts
from reader.core.facts.names import extract_names
from reader.core.facts.numbers import extract_numbers

PUB = "2025-01-15"  # a Wednesday


def nums(text, lang, published=PUB):
    return [(f.kind, f.text, f.value) for f in extract_numbers(text, lang, published)]


def names(text, lang):
    return [(f.kind, f.text) for f in extract_names(text, lang)]


def kinds(text, lang, kind, published=PUB):
    return [f.text for f in extract_facts(text, lang, published) if f.kind == kind]


# ---------------------------------------------------------------- counts without a head noun

@pytest.mark.parametrize("text,surface,value", [
    ("Nonfarm payrolls rose by 175,000 in April.", "175,000", 175000),
    ("Visitors to the museum topped 8.7 million last year.", "8.7 million", 8700000),
    ("The season opener drew a crowd of 15,952.", "15,952", 15952),
    ("Measles cases in Europe reached 127,350 last year.", "127,350", 127350),
    ("The number of entrants fell below 320,000 this year.", "below 320,000", 320000),
    ("The authority raised the number of daily transits to 36.", "36", 36),
    ("The death toll rose to 28, officials said.", "28", 28),
    ("The company's workforce shrank by 1,200 last year.", "1,200", 1200),
])
def test_english_bare_counts(text, surface, value):
    assert ("count", surface, value) in nums(text, "en")


def test_english_bare_count_after_a_count_in_the_same_sentence():
    found = nums("A total of 522,670 students registered, up 18,082 from a year earlier.", "en")
    assert ("count", "522,670 students", 522670) in found and ("count", "18,082", 18082) in found


@pytest.mark.parametrize("text", [
    "The Kospi rose 1.2% to 2,561.2 on Tuesday, while the Kosdaq fell to 712.",
    "The won weakened to 1,450 against the dollar.",
    "Analysts expect the benchmark index to climb to 3,000 by year-end.",
    "Lawmakers voted 180 to 100 to pass the bill.",
    "The yen slid past 160 per dollar.",
    "Temperatures fell to 15 in Seoul as a cold front moved in.",
    "Mortgage rates climbed to 7 in some markets.",
    "Its market value rose to 3 trillion.",
    "Exports rose to 57.9 billion in August.",
])
def test_english_levels_are_not_bare_counts(text):
    assert "count" not in [k for k, _, _ in nums(text, "en")]


def test_english_counts_with_comma_numbers_and_singular_nouns():
    assert ("count", "2,000 teaching assistants", 2000) in nums("It will hire 2,000 teaching assistants.", "en")
    assert ("count", "2,100 hospitals", 2100) in nums("About 40% of the 2,100 hospitals surveyed said so.", "en")
    assert ("count", "23 million farmed fish", 23000000) in nums("Heat waves killed 23 million farmed fish.", "en")
    assert ("date", "2030", "2030") in nums("The plan runs to 2030.", "en")  # a year stays a year


def test_english_quantities_and_dates():
    assert nums("It fell to minus 20.4 degrees Celsius.", "en") == [("quantity", "minus 20.4 degrees Celsius", -20.4)]
    assert nums("a capacity of about 40 gigawatt-hours a year", "en") == [("quantity", "about 40 gigawatt-hours", 40)]
    assert ("quantity", "about 1.5 times", 1.5) in nums("about 1.5 times last year's total", "en")
    assert nums("in the last week of December", "en") == [("date", "December", "2024-12")]
    assert nums("in the first eight months of the year", "en", "2024-09-30") == [
        ("date", "first eight months of the year", ["2024-01", "2024-08"])]
    assert nums("hosting the 2036 Summer Games", "en") == [("date", "2036", "2036")]
    assert nums("The agency said March temperatures were high.", "en", "2025-04-02") == [("date", "March", "2025-03")]
    assert nums("May brings the start of the busy season.", "en") == []


# ---------------------------------------------------------------- Korean numbers

def test_korean_counters_jang_pyeon_jeom():
    assert nums("첫 주 판매량 316만 장을 기록했다.", "ko") == [("count", "316만 장", 3160000)]
    assert nums("63개국 224편의 영화가 초청됐다.", "ko") == [("count", "63개국", 63), ("count", "224편", 224)]
    assert nums("제2장에서 저자는 이렇게 말한다.", "ko") == []
    assert nums("조선백자 한 점이 팔렸다.", "ko") == [("count", "한 점", 1)]
    assert nums("한 점 의혹도 없이 밝히겠다.", "ko") == []
    assert nums("12개 구단의 평균 연봉", "ko") == [("count", "12개 구단", 12)]


def test_korean_school_and_fiscal_years():
    assert nums("2025학년도 대학수학능력시험", "ko") == [("date", "2025학년도", "2025")]
    assert nums("2025년도 예산안", "ko") == [("date", "2025년도", "2025")]
    assert nums("내년도 예산안을 통과시켰다.", "ko", "2024-12-11") == [("date", "내년도", "2025")]
    assert nums("올해도 어렵다.", "ko") == [("date", "올해", "2025")]


def test_korean_days_before_faster_or_later_are_spans():
    assert nums("개화일이 평년보다 4일 빨랐다.", "ko") == []
    assert nums("그는 4일 늦게 도착했다.", "ko") == []
    assert nums("교통공사는 3일 연장 구간 점검 결과를 발표했다.", "ko") == [("date", "3일", "2025-01-03")]


# ---------------------------------------------------------------- Korean places with a cue

def test_korean_counties_need_a_cue():
    assert names("경북 의성에서 시작된 산불은 안동과 청송, 영양, 영덕으로 번졌다.", "ko") == [
        ("place", "경북"), ("place", "의성"), ("place", "안동"), ("place", "청송"), ("place", "영양"), ("place", "영덕")]
    assert names("전남 신안군은 햇빛연금을 준다.", "ko") == [("place", "전남"), ("place", "신안군")]
    assert ("place", "예산") in names("충남 예산에서 축제가 열린다.", "ko")
    assert names("제주 예산은 늘었다.", "ko") == [("place", "제주")]  # Jeju's budget
    assert names("경북 고령 인구 비율이 높다.", "ko") == [("place", "경북")]  # the elderly
    assert names("한·몽골, 구리·희토류 공동개발", "ko") == [("place", "몽골")]  # copper
    assert names("그는 예산 심사에서 구리 가격을 언급했다.", "ko") == []


def test_korean_city_and_port_with_a_suffix():
    assert names("서울시는 내년 예산을 늘렸다.", "ko") == [("place", "서울시")]
    assert names("부산항과 광양항의 물동량이 늘었다.", "ko") == [("place", "부산항"), ("place", "광양항")]
    assert names("중국시장 점유율이 떨어졌다.", "ko") == []
    assert names("출항과 입항이 금지됐다.", "ko") == []


def test_korean_names_in_a_quoted_title_are_not_mentions():
    assert names("영화 '서울의 봄'은 1,000만 명을 넘었다.", "ko") == []
    assert ("place", "몽골") in names("내년 첫 ‘한·몽골 자원협력 포럼’을 연다.", "ko")


# ---------------------------------------------------------------- Korean people and bodies

def test_korean_titles_written_with_a_place_or_a_body():
    assert names("오세훈 서울시장은 고이케 유리코 도쿄도지사와 만났다.", "ko") == [
        ("person", "오세훈"), ("person", "고이케 유리코")]
    assert names("박형준 부산시장은 23일 밝혔다.", "ko") == [("person", "박형준")]
    assert names("이철우 경북도지사와 홍준표 대구시장이 만났다.", "ko") == [("person", "이철우"), ("person", "홍준표")]
    assert names("지영미 질병관리청장은 접종을 당부했다.", "ko") == [("person", "지영미")]
    assert names("미국시장에서 한국 기업 김철수 대표는 말했다.", "ko") == [("place", "한국"), ("person", "김철수")]


def test_korean_courts_and_generic_bodies():
    assert names("서울고법은 3일 무죄를 선고했다.", "ko") == [("organization", "서울고법")]
    assert names("수원지법은 징역형을 선고했다.", "ko") == [("organization", "수원지법")]
    assert names("1심 재판부는 받아들이지 않았다.", "ko") == []
    assert names("영화제 조직위원회에 따르면", "ko") == []
    assert names("원청 대표에게 징역 1년을 선고했다.", "ko") == []


# ---------------------------------------------------------------- English names

def test_english_names():
    assert names("Son Heung-min scored for Tottenham.", "en") == [("person", "Son Heung-min"), ("organization", "Tottenham")]
    assert names("The Hanwha Eagles signed pitcher Ryu Hyun-jin.", "en") == [
        ("organization", "Hanwha Eagles"), ("person", "Ryu Hyun-jin")]
    assert names("The Food and Drug Administration approved it.", "en") == [("organization", "Food and Drug Administration")]
    assert names("the Korea Disease Control and Prevention Agency said.", "en") == [
        ("organization", "Korea Disease Control and Prevention Agency")]
    assert names("Hyundai Motor and Kia Corp said.", "en") == [("organization", "Hyundai Motor"), ("organization", "Kia Corp")]
    assert names("The Seoul Metropolitan Government proposed a budget.", "en") == [
        ("organization", "Seoul Metropolitan Government")]
    assert names("Sinan County pays its residents.", "en") == [("place", "Sinan County")]
    assert names("Apple prices in South Korea rose.", "en") == [("place", "South Korea")]
    assert names("Apple shares rose.", "en") == [("organization", "Apple")]
    assert names("The Shanghai Containerized Freight Index rose.", "en") == []
    assert names("Frost hit North Gyeongsang and North Jeolla.", "en") == [
        ("place", "North Gyeongsang"), ("place", "North Jeolla")]
    assert ("organization", "Ministry of Agriculture, Food and Rural Affairs") in names(
        "the Ministry of Agriculture, Food and Rural Affairs said", "en")
