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


def test_particles_are_read_by_the_sound_they_follow():
    # 이 follows a final consonant: 삼성페이 keeps its 이, 한화오션은 loses its 은
    assert spans("삼성페이는 삼성의 결제 서비스다.", "ko") == [("organization", "삼성페이"), ("organization", "삼성")]
    assert spans("한화오션은 LG에너지솔루션과 계약했다.", "ko") == [("organization", "한화오션"), ("organization", "LG에너지솔루션")]


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
    ("중국산 부품이 늘었다.", "ko"),  # an origin, like "Chinese": not a place mention
    ("반도체 시장의 경기 침체가 길어졌다.", "ko"),
    ("금융 감독 당국은 1억 달러(한화 약 1,400억 원)를 투입한다.", "ko"),
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


@pytest.mark.parametrize("text,lang,expected", [
    ("SK하이닉스와 한화오션, 카카오모빌리티가 참여했다.", "ko",
     [("organization", "SK하이닉스"), ("organization", "한화오션"), ("organization", "카카오모빌리티")]),
    ("쿠팡은 대만에 투자한다.", "ko", [("organization", "쿠팡"), ("place", "대만")]),
    ("1억 달러(한화 약 1,400억 원)를 투자한다.", "ko", []),
    ("현대화 사업과 현대 미술", "ko", []),
    ("Hanwha Ocean and Kakao Mobility signed deals.", "en", [("organization", "Hanwha Ocean"), ("organization", "Kakao Mobility")]),
    ("Nvidia overtook Microsoft.", "en", [("organization", "Nvidia"), ("organization", "Microsoft")]),
    ("Korea Hydro & Nuclear Power won the deal.", "en", [("organization", "Korea Hydro & Nuclear Power")]),
    ("BYD and the OECD disagree on GDP and LNG.", "en", [("organization", "BYD"), ("organization", "OECD")]),
    ("BYD will build a plant in Szeged, Hungary.", "en", [("organization", "BYD"), ("place", "Szeged"), ("place", "Hungary")]),
    ("The Philippines patrols the South China Sea.", "en", [("place", "Philippines"), ("place", "South China Sea")]),
])
def test_names_without_cues(text, lang, expected):
    assert spans(text, lang) == expected


def test_foreign_names_in_hangul_before_titles():
    assert spans("조태열 장관은 워싱턴에서 토니 블링컨 국무장관과 회담했다.", "ko") == [
        ("person", "조태열"), ("place", "워싱턴"), ("person", "토니 블링컨")]
    assert ("person", "칼리드 빈 살만") in spans("윤석열 대통령은 서울에서 칼리드 빈 살만 사우디아라비아 국방장관을 접견했다.", "ko")
    assert ("person", "로렌스 웡") in spans("싱가포르에서 로렌스 웡 부총리와 만났다.", "ko")
    # a verb, a company or a country's short name before a title is not a person
    assert spans("워싱턴 D.C.에서 열린 G20 재무장관 회의", "ko") == [("place", "워싱턴 D.C."), ("organization", "G20")]
    assert ("person", "일론 머스크") in spans("일론 머스크 테슬라 최고경영자는 말했다.", "ko")
    assert spans("중국 베이징에서 한중일 통상장관 회의가 열렸다.", "ko") == [("place", "중국"), ("place", "베이징")]
    assert ("place", "조지아주") in spans("미국 조지아주 공장", "ko") and ("place", "살타주") in spans("아르헨티나 살타주 공장", "ko")


def test_english_people_from_appositions_possessives_and_lowercase_titles():
    assert ("person", "Keir Starmer") in spans("Prime Minister Keir Starmer's government unveiled a budget.", "en")
    assert ("person", "Retno Marsudi") in spans("He met his Indonesian counterpart Retno Marsudi.", "en")
    assert ("person", "Kim Jung-hoon") in spans("Kim Jung-hoon, a researcher at the institute, said so.", "en")


def test_a_company_before_its_officers_title():
    # session 6 (held-out 16's misses); sentences written for the test
    assert ("organization", "Brindle") in spans("Brindle Chief Executive Maya Okafor said sales rose.", "en")
    assert ("organization", "Tessaro") in spans("Tessaro President Luca Bianchi met dealers in Milan.", "en")
    assert ("organization", "Orchard Labs") in spans("The Orchard Labs CEO Dana Whitley resigned.", "en")
    assert ("organization", "Kestrel") in spans("Kestrel's Chief Financial Officer Ian Moss left.", "en")
    for text in ("South Korean President Lee Jae-myung arrived.", "Former President Joe Biden spoke.",
                 "French President Emmanuel Macron spoke.", "Acting President Han Duck-soo spoke.",
                 "Saudi Crown Prince Mohammed met Vice President JD Vance."):
        assert not [s for s in spans(text, "en") if s[0] == "organization"], text


def test_a_person_the_body_they_work_for_and_their_title():
    # session 6 (held-out 16's misses); sentences written for the test
    from reader.core.facts.extract import extract_facts

    def kinds(text):
        return [(f.kind, f.text) for f in extract_facts(text, "ko", "2025-03-01") if f.kind in ("person", "organization")]

    # the model alone reads "이상훈 한결복권" and "한지민 새봄출판" as one person each, and no body in the third
    assert kinds("이상훈 한결복권 대표는 판매가 늘었다고 말했다.") == [("person", "이상훈"), ("organization", "한결복권")]
    assert kinds("한지민 새봄출판 대표는 전했다.") == [("person", "한지민"), ("organization", "새봄출판")]
    assert kinds("박민호 행복상회 대표는 밝혔다.") == [("person", "박민호"), ("organization", "행복상회")]
    assert ("organization", "국무총리") not in kinds("김민석 국무총리 후보자는 해명했다.")
    assert ("organization", "당시") not in kinds("최정우 당시 회장은 말했다.")
    assert ("person", "우에다 에이지") in kinds("우에다 에이지 이사장은 밝혔다.")  # a Japanese name, not a name and a body


def test_companies_named_where_only_a_company_stands():
    # session 7 (held-out 16's misses); sentences written for the test. The rules alone (model=False)
    # and with the recogniser.
    from reader.core.facts.extract import extract_facts

    def orgs(text, model):
        return [f.text for f in extract_facts(text, "en", "2025-03-01", model=model) if f.kind == "organization"]

    for model in (False, True):
        assert {"Veltrano", "Maris"} <= set(orgs("Veltrano, the owner of Maris, said profit rose 4%.", model))
        assert {"Corvel", "Lindqvist"} <= set(orgs("Corvel, the parent of Lindqvist, will close 12 stores.", model))
        assert "Pellworth" in orgs("Pellworth operator Tanaka Retailing raised its forecast.", model)
        assert {"Nexaro", "Quillon"} <= set(orgs("It hit outsourcing firms such as Nexaro and Quillon.", model))
        assert "Brakkan" in orgs("Brakkan's third-quarter sales fell 2% to 4.1 billion euros.", model)
        assert "Tenvik" in orgs("Glassmaker Tenvik will spend $90 million on a plant.", model)
        assert "Glassmaker Tenvik" not in orgs("Glassmaker Tenvik will spend $90 million on a plant.", model)
        assert "Roboto.ai" in orgs("Robotaxi operator Roboto.ai plans to add 500 cars.", model)
        assert "Harlow" in orgs("Harlow will permanently close its mill in Maine.", model)
    for text in ("Textile maker Ilsan Spinning will shut its mill.",  # the product, not a brand
                 "Jewellery maker Golden Reed said orders fell."):
        assert text.split()[0] not in orgs(text, False), text
    # a person's or a country's possessive is not a company's
    assert "Japan" not in orgs("Japan's exports fell 3% in May.", False)
    assert "John" not in orgs("John Smith's shares were sold.", False)


def test_clubs_with_their_home_city_and_universities_in_short():
    # session 7 (held-out 16's misses); sentences written for the test
    from reader.core.facts.extract import extract_facts

    def names(text, lang, model=True):
        return [(f.kind, f.text) for f in extract_facts(text, lang, "2025-03-01", model=model)
                if f.kind in ("organization", "person", "place")]

    assert names("프로농구 창원 LG는 5일 수원 KT를 90-81로 꺾었다.", "ko") == [("organization", "창원 LG"), ("organization", "수원 KT")]
    assert ("place", "창원") in names("창원 LG 공장은 5일 가동을 멈췄다.", "ko")  # no game, no league: a city and a company
    assert ("organization", "한양대") in names("정민호 한양대 기계공학과 교수는 말했다.", "ko")
    assert ("organization", "경희대") in names("경희대 연구팀은 새 소재를 개발했다.", "ko")
    assert ("organization", "동명대") in names("부산 동명대는 유학생 300명을 위해 기숙사를 지었다.", "ko")
    # no word about students: the rules read no university (the model alone still reads 해운대, a district
    # the place tables do not know, as an organisation)
    assert ("organization", "해운대") not in names("부산 해운대는 여름마다 피서객으로 붐빈다.", "ko", model=False)
    en = names("The Denver Nuggets beat the Utah Jazz 112-98 on Sunday.", "en")
    assert ("organization", "Denver Nuggets") in en and ("organization", "Utah Jazz") in en
    assert not [n for n in names("Denver Water raised its rates by 5% in January.", "en") if n[1] == "Denver Water" and n[0] == "place"]
    assert ("organization", "Boston Marathon") not in names("She won the Boston Marathon in 2 hours 20 minutes.", "en")


def test_companies_named_by_their_relation_and_business_session_7():
    # session 7 (held-out 17's misses, after its one measurement); sentences written for the test
    from reader.core.facts.extract import extract_facts

    def names(text, lang):
        return [(f.kind, f.text) for f in extract_facts(text, lang, "2025-03-01") if f.kind in ("organization", "person", "place")]

    en = names("Hanbit Media, Daewon's publishing arm, posted a loss.", "en")
    assert ("organization", "Hanbit Media") in en and ("organization", "Daewon") in en
    assert ("organization", "Velora") in names("Bergen Outdoor, owner of Velora, raised its forecast.", "en")
    assert ("organization", "Quikfood") in names("Analysts expect Tasty's parent Quikfood to post a profit.", "en")
    assert ("person", "Jan van der Berg") in names("Chief Executive Jan van der Berg said sales rose.", "en")
    assert ("organization", "Formula One") in names("Liberty Media, which owns Formula One, said revenue rose.", "en")
    ko = names("광고회사 한빛애드는 미국의 광고대행사 브라이트웨이브를 인수했다.", "ko")
    assert ("organization", "한빛애드") in ko and ("organization", "브라이트웨이브") in ko
    ko = names("중국계 플랫폼 쇼피몰과 테라마켓의 이용자 수가 늘었다.", "ko")
    assert ("organization", "쇼피몰") in ko and ("organization", "테라마켓") in ko
    assert ("organization", "새벽배송형제들") in names("새벽장터 운영사 새벽배송형제들은 매출이 늘었다.", "ko")
    assert not [n for n in names("협력업체 직원들은 파업에 들어갔다.", "ko") if n[0] == "organization"]
    assert ("place", "창경궁") in names("올해 창경궁 관람객은 200만 명이었다.", "ko")
    assert ("place", "자궁") not in names("자궁 질환 환자가 늘었다.", "ko")
    # a company opening a sentence before what companies do (one word, no cue)
    assert ("organization", "Brevani") in names("Brevani delivered 2,100 cars in the second quarter.", "en")
    assert ("organization", "Tolvik") in names("Tolvik now provides 90,000 rides a week in Austin.", "en")
    assert ("organization", "Sangwon") in names("Sangwon will expand output at its plant in Ohio.", "en")


def test_companies_by_their_shares_sales_and_appositions_session_7():
    # session 7 (held-out 19's misses, after its one measurement); sentences written for the test
    from reader.core.facts.extract import extract_facts

    def orgs(text):
        return [f.text for f in extract_facts(text, "en", "2025-03-01") if f.kind == "organization"]

    assert "Veltrix" in orgs("Veltrix shares rose 3.1% in Zurich on Monday.")
    assert "Norvan Energy" in orgs("Battery sales at Norvan Energy rose 28% in May.")
    assert "Kuala Gloves" in orgs("Kuala Gloves, Malaysia's largest glove maker, plans to add capacity.")
    assert {"Harbourline", "T&K"} <= set(orgs("Harbourline, the owner of T&K, said it would close 12 stores."))
    assert "Pack&Go" in orgs("Pack&Go, the South Korean food container maker, posted a loss.")
    assert "Mira Home" in orgs("Mira Home, the Berlin-based mattress retailer, sold 2.4 million mattresses.")
    assert "Smith" not in orgs("Smith shares his time between Seoul and Busan.")


def test_a_firm_before_its_head_keeps_no_particle_and_genes_are_no_firms():
    # session 7 (held-out 20's misses, after its one measurement); sentences written for the test
    from reader.core.facts.extract import extract_facts

    def names(text):
        return [(f.kind, f.text) for f in extract_facts(text, "ko", "2025-03-01") if f.kind in ("organization", "person")]

    assert names("인쇄 업체 한솔기획의 정민수 대표는 주문이 늘었다고 말했다.")[:2] == [("organization", "한솔기획"), ("person", "정민수")]
    assert ("organization", "유전자") not in names("국내 유전자 검사 시장은 커질 전망이다.")
    assert ("organization", "삼성전자") in names("삼성전자는 실적을 발표했다.")
