"""Name cues of the fifth version (FACTS_VERSION 5): people after a job word, in an apposition, after
"by" or before said/won with a common given name; organisations by their ending, after a business
word or in an apposition; Korean bodies by their ending, people after their title or before a kin
word, landmarks after their town; Korean counters 점/표/권 and acres. Sentences written for these
tests, not taken from the held-out sets."""

import pytest

from reader.core.facts.names import extract_names
from reader.core.facts.numbers import extract_numbers


def names(text, lang):
    return [(f.kind, f.text) for f in extract_names(text, lang)]


@pytest.mark.parametrize("text,lang,fact", [
    # English people
    ("Chef Lucia Romano opened a bistro in Turin.", "en", ("person", "Lucia Romano")),
    ("The hall was designed by architect Tadao Ando.", "en", ("person", "Tadao Ando")),
    ("Marine biologist Sofia Lindqvist counted 40 seals.", "en", ("person", "Sofia Lindqvist")),
    ("Pieter Claes, a historian at the University of Ghent, found the letters.", "en", ("person", "Pieter Claes")),
    ("Laura Bennett, who runs a bakery in Leeds, hired five people.", "en", ("person", "Laura Bennett")),
    ("The expedition was led by Marcus Holloway in 2019.", "en", ("person", "Marcus Holloway")),
    ("Samuel Okafor won the seat with 52% of the vote.", "en", ("person", "Samuel Okafor")),
    ("Sales of Park Minjun's novels doubled.", "en", ("person", "Park Minjun")),
    # English organisations
    ("The Tate Gallery said attendance rose.", "en", ("organization", "Tate Gallery")),
    ("Northwind Therapeutics cut 40 jobs.", "en", ("organization", "Northwind Therapeutics")),
    ("Independent publisher Saltmarsh Editions sold 9,000 copies.", "en", ("organization", "Saltmarsh Editions")),
    ("Brightfield, a snack brand owned by a Dutch group, grew 8%.", "en", ("organization", "Brightfield")),
    ("The Stedelijkmuseum reopened on Friday.", "en", ("organization", "Stedelijkmuseum")),
    ("She visited the Gulf of Bothnia last year.", "en", ("place", "Gulf of Bothnia")),
    # Korean organisations
    ("국립해양박물관은 관람객이 늘었다고 밝혔다.", "ko", ("organization", "국립해양박물관")),
    ("국립농업과학원은 신품종을 내놨다.", "ko", ("organization", "국립농업과학원")),
    ("게임 개발사 별빛소프트는 신작을 공개했다.", "ko", ("organization", "별빛소프트")),
    ("출판사 바람의서재는 신간 10종을 낸다.", "ko", ("organization", "바람의서재")),
    ("부산대 연구진은 새 촉매를 개발했다.", "ko", ("organization", "부산대")),
    # Korean people
    ("건축가 김서진이 설계한 도서관이 문을 열었다.", "ko", ("person", "김서진")),
    ("스페인 건축가 라파엘 모네오가 설계했다.", "ko", ("person", "라파엘 모네오")),
    ("경남 하동군의 박말순 할머니는 쌀 100포대를 기부했다.", "ko", ("person", "박말순")),
    ("현장을 찾은 이정호 지사는 지원을 약속했다.", "ko", ("person", "이정호")),
    # Korean landmarks
    ("경남 합천군 해인사의 장경판전이 공개됐다.", "ko", ("place", "해인사")),
    ("한국수자원공사는 소양강댐 방류를 시작했다.", "ko", ("place", "소양강댐")),
    ("경남 양산시 천성산 일대에 산불이 났다.", "ko", ("place", "천성산")),
    ("일본 홋카이도 삿포로시와 미야기현 센다이시가 협약을 맺었다.", "ko", ("place", "센다이시")),
])
def test_fifth_version_cues(text, lang, fact):
    assert fact in names(text, lang)


@pytest.mark.parametrize("text,lang,wrong", [
    ("Marine biologist Sofia Lindqvist counted 40 seals.", "en", ("place", "Sofia")),
    ("The 2036 Summer Games will cost more.", "en", ("organization", "Summer Games")),
    ("Kazan, a city on the Volga, hosted the forum.", "en", ("organization", "Kazan")),
    ("미국 제약사와 계약을 맺었다.", "ko", ("place", "제약사")),
    ("세종시 복합청사는 2028년 완공된다.", "ko", ("place", "복합청사")),
    ("지역 장학재단에 1억 원을 기부했다.", "ko", ("organization", "장학재단")),
    ("무소속 다나카 히로시 후보가 당선됐다.", "ko", ("person", "무소속 다나카 히로시")),
    ("서울 강남구 부동산 가격이 올랐다.", "ko", ("place", "부동산")),
    ("출판계 일각에서는 종이책 시장이 바닥을 쳤다는 분석도 나온다.", "ko", ("person", "출판계 일각에서는")),
])
def test_fifth_version_negatives(text, lang, wrong):
    assert wrong not in names(text, lang)


def test_independent_candidate_name_without_party_word():
    assert ("person", "다나카 히로시") in names("무소속 다나카 히로시 후보가 당선됐다.", "ko")


@pytest.mark.parametrize("text,lang,kind,unit,value", [
    ("유물 23점이 출토됐다.", "ko", "count", "점", 23),
    ("그는 2만 3,400표를 얻었다.", "ko", "count", "표", 23400),
    ("번역서 8권을 낸다.", "ko", "count", "권", 8),
    ("The fire burned 12,500 acres.", "en", "quantity", "acre", 12500),
    ("They mapped 3,100 square kilometers of seafloor.", "en", "quantity", "km2", 3100),
])
def test_fifth_version_numbers(text, lang, kind, unit, value):
    facts = [f for f in extract_numbers(text, lang) if f.kind == kind]
    assert facts and facts[0].value == value and facts[0].unit == unit
