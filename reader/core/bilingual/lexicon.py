"""A small Korean–English word list of common news vocabulary, for alignment anchors.

Each line is one concept: Korean forms, then "|", then English forms. A Korean form is found as a
substring (nouns take particles and form compounds: 수출 in 수출액, 수출은); an English form is a
word beginning, so a stem covers its inflections (export → exports, exported). An English form of
four letters or fewer must be the whole word or take a plain ending (-s, -es, -ed, -ing), so that
"rain" is not found in "training". Words that every sentence has (밝혔다 / said) are left out: they
say nothing about which sentence goes with which.

Written by hand for the aligner (issue 5), from general news vocabulary; no text was copied. The
aligner only uses a concept that occurs in a few sentences of each side, so a wrong or missing
sense costs little.
"""

from __future__ import annotations

import re
from functools import lru_cache

LEXICON = """
# economy, finance, markets
경제 | econom
경기 침체, 침체 | recession, slump, downturn
성장률, 성장 | growth, grow, expand
물가, 인플레이션 | inflation, price
소비자물가 | consumer price
금리 | rate
기준금리 | base rate, key rate, policy rate
인상, 올렸, 올린, 올리기 | raise, hike, increase
인하, 내렸, 내린, 내리기 | cut, lower, reduc, trim
동결 | freeze, froze, unchanged, hold, held
환율 | exchange rate, currency
원화 | won
달러 | dollar
엔화 | yen
위안화 | yuan
주가, 주식 | share, stock
증시, 주식시장 | stock market, bourse
코스피 | kospi
코스닥 | kosdaq
시가총액 | market cap, market value
투자자, 개인투자자 | investor
외국인 | foreign
기관 | institution
채권 | bond
국채 | treasur, government bond
대출 | loan, lend, borrow
부채, 빚 | debt, liabilit
가계부채 | household debt
예산 | budget
세금, 세수, 과세 | tax
재정 | fiscal
적자 | deficit, shortfall
흑자 | surplus
매출 | sales, revenue
영업이익 | operating profit
순이익 | net profit, net income
이익, 수익 | profit, earning, income
손실 | loss
실적 | earning, result, performance
분기 | quarter
상반기 | first half
하반기 | second half
전망 | forecast, outlook, expect, project
전망치 | forecast, projection
투자 | invest
지분 | stake
인수 | acquir, acquisition, takeover, buy
합병 | merger, merge
상장 | listing, listed, ipo
파산 | bankrupt
보험 | insur
은행 | bank
중앙은행 | central bank
연금 | pension
자산 | asset
소비 | consum, spending
소득 | income
임금 | wage, pay
고용, 취업 | employ, job
실업 | unemploy, jobless
일자리 | job
가격 | price
요금 | fee, fare, charge
보조금 | subsid, grant
지원금 | subsid, grant, support
# trade and industry
수출 | export, shipment
수입 | import
무역, 교역 | trade
무역수지 | trade balance
관세 | tariff, dut
공급망 | supply chain
반도체 | chip, semiconductor
메모리 | memory
디스플레이 | display
스마트폰 | smartphone
자동차, 차량 | car, cars, vehicle, auto, carmaker, automaker
전기차 | electric vehicle, ev, evs
배터리, 이차전지 | batter
조선, 선박 | shipbuild, ship, vessel
철강 | steel
석유화학 | petrochemical
화학 | chemical
원유, 석유 | oil, crude
천연가스, 가스 | gas
액화천연가스 | liquefied natural gas, lng
원자력, 원전 | nuclear
발전소 | power plant, power station
재생에너지, 신재생 | renewable
태양광 | solar
풍력 | wind power, wind farm
수소 | hydrogen
에너지 | energy
전력, 전기 | power, electric
광물, 핵심광물 | mineral
리튬 | lithium
공장 | plant, factory
생산 | produc, output, manufactur
제조 | manufactur, make, maker
공급 | suppl
수요 | demand
재고 | inventor, stock
주문, 수주 | order, contract
계약 | contract, deal
입찰 | tender, bid
협력업체, 부품 | supplier, part, component
기업, 회사, 업체 | compan, firm, business
대기업 | conglomerate, large compan
중소기업 | small and medium, smes, small business
스타트업, 창업 | startup
업계 | industr
산업 | industr
시장 | market
점유율 | market share, share
기술 | technolog, technical
인공지능 | artificial intelligence, ai
데이터 | data
플랫폼 | platform
소프트웨어 | software
통신 | telecom
인터넷 | internet, online
# housing and construction
아파트 | apartment
주택 | house, housing, home
부동산 | property, real estate
매매 | sale, purchase, transaction
전세 | jeonse, lease
월세 | rent
분양 | pre-sale, presale, sale
건설 | construct, build
재건축 | reconstruct, redevelop
# government, politics, law
정부 | government, administration, seoul
대통령 | president
대통령실 | presidential office
총리 | prime minister, premier
장관 | minister
차관 | vice minister
국회 | national assembly, parliament, lawmaker
의원 | lawmaker, legislator, member
여당 | ruling party
야당 | opposition
정당 | party
선거 | election, vote
투표 | vote, ballot
후보 | candidate
법안 | bill
법률, 법 | law, act
개정 | revis, amend
시행 | take effect, effect, implement, enforce
규제 | regulat, rule, curb
정책 | polic
위원회 | committee, commission
발표 | announc, release, unveil
계획 | plan
대책 | measure, step
방안 | plan, measure, way
예정 | plan, schedul, expect, due
합의 | agree, deal, accord
협정 | agreement, pact, treaty
양해각서 | memorandum, mou
회의, 회담 | meeting, talk, summit, conference
정상회담 | summit
대표단, 사절단 | delegation
방문 | visit
외교 | diplomat
대사 | ambassador
동맹 | alli
제재 | sanction
수사 | investigat, probe
검찰 | prosecut
경찰 | police
법원, 재판 | court, trial
판결 | ruling, verdict, ruled
체포 | arrest
혐의 | charge, alleg, suspect
벌금, 과태료 | fine
소송 | lawsuit, suit, sue
위반 | violat, breach
조사 | survey, investigat, inquir, study
통계 | statistic, data, figure
지방자치단체, 지자체 | local government
시장 | mayor
도지사 | governor
# military and security
군 | military, army, troops
국방 | defense, defence
미사일 | missile
핵 | nuclear
훈련 | drill, exercise, train
안보 | security
북한 | north korea, pyongyang
# society, health, education
인구 | population
출산율, 출생률 | fertility, birth rate
출생, 출생아 | birth, baby, babies, born
혼인, 결혼 | marri, wedding
이혼 | divorce
사망, 숨졌 | death, dead, die, died, kill, fatalit
사망자 | death, dead, died, killed, fatalit
부상 | injur, wound, hurt
실종 | missing
환자 | patient
병원 | hospital
의사 | doctor, physician
의료 | medical, health
보건 | health
감염 | infect
백신 | vaccin
코로나 | covid, coronavirus, pandemic
고령자, 노인, 고령 | elderly, older, senior, aged
청년 | young, youth
어린이, 아동 | child
학생 | student
유학생 | international student, foreign student
대학 | universit, college
학교 | school
교육 | educat
교사 | teacher
시험 | exam, test
주민 | resident
시민 | citizen, resident, people
가구 | household
근로자, 노동자 | worker
노조 | union
파업 | strike
여성 | women, woman, female
남성 | men, man, male
외국인 노동자 | migrant worker, foreign worker
관광객 | tourist, visitor
관광 | touris
여행 | travel, trip
# weather, disasters, environment
날씨 | weather
기온 | temperature
폭염 | heat
한파 | cold
태풍 | typhoon
강풍 | strong wind, gale, wind
호우, 폭우 | heavy rain, downpour, rain
강수량, 비 | rain
눈, 폭설 | snow
홍수, 침수 | flood
산불 | wildfire, forest fire
지진 | earthquake, quake
가뭄 | drought
대피 | evacuat, shelter, fled
피해 | damage, loss, hit
정전 | power outage, blackout, power
기상청 | weather agency, meteorolog
경보 | warning, alert
주의보 | advisor, watch, alert
특보 | warning, advisor, alert
예보 | forecast
기후 | climate
탄소, 온실가스 | carbon, greenhouse, emission
배출 | emission, emit
미세먼지 | fine dust, particulate
환경 | environment
바다, 해상, 앞바다 | sea, coast, offshore
해안 | coast
산 | mountain, mount
섬 | island
# science, space, transport
우주 | space
위성 | satellite
발사 | launch, lift
발사체, 로켓 | rocket, launch vehicle
궤도 | orbit
연구 | research, study, scientist
연구진, 연구팀 | researcher, scientist, team
과학 | scien
실험 | experiment, test
개발 | develop
항공 | air, aviation, flight
항공편, 운항 | flight
결항 | cancel, ground
공항 | airport
승객 | passenger
철도, 열차, 전동차 | rail, train
지하철 | subway, metro
고속철도 | high-speed rail, high-speed train
도로 | road, highway
버스 | bus
항구, 항만 | port, harbor, harbour
교통 | traffic, transport
사고 | accident, crash
화재 | fire, blaze
# culture and sport
영화 | film, movie
음악 | music
공연 | concert, perform, show
드라마 | drama, series
게임 | game
축구 | football, soccer
야구 | baseball
올림픽 | olympic
선수 | player, athlete
경기 | game, match
우승 | win, title, champion
# quantities and change (only where they are rare enough to tell sentences apart)
절반 | half
두 배 | double, twice, two-fold, twofold
최대, 최고 | record, highest, largest, biggest, most, peak
최저 | lowest, record low
처음, 최초 | first
사상 | record, ever
역대 | record, ever, all-time
반등 | rebound, recover, rose, rise, increase
급증 | surge, soar, jump
급감 | plunge, slump, drop, fall
감소 | fall, fell, declin, decreas, drop, down
증가 | rise, rose, increas, grow, up, gain, climb
연속 | straight, consecutive, in a row
이틀 | two days, second day
사흘 | three days, third day
주말 | weekend
오전 | morning
오후 | afternoon
새벽 | dawn, early
전국 | nationwide, across the country, national
전문가 | expert, analyst, economist
관계자 | official
대변인 | spokes
평균 | average, mean
목표 | target, goal, aim
비중, 비율 | share, proportion, ratio, percent
# movement of figures (Korean verb stems as written in news)
상승, 올랐, 오른, 오르 | rise, rose, risen, up, gain, climb, advanc, higher
하락, 떨어졌, 떨어진, 내렸다, 내린 | fall, fell, fallen, down, lose, lost, declin, drop, lower
뛰었, 급등 | jump, surg, soar
급락 | plunge, tumble, slump
늘었, 늘어, 늘린, 늘리 | increas, rise, rose, grow, grew, more, expand, rais
줄었, 줄어, 줄인, 줄이 | decreas, fall, fell, declin, fewer, less, reduc, cut, shrank, shrink
약세 | weak
강세 | strong
회복 | recover, rebound, regain
유지 | maintain, keep, kept, remain, unchanged
마감 | closed, close, ended, finish
순매수 | net buy, net purchase, net buyer
순매도 | net sell, net seller, net sale
매수 | buy, buying, bought, purchas
매도 | sell, sold, selling
거래 | trade, trading, transaction, deal
# reporting, asking, judging
당부, 촉구 | urge, call on, called on, called for, ask
요청, 요구 | ask, request, demand, call for
강조 | stress, emphas, underlin
우려 | concern, worr, fear
경고 | warn
비판 | critic
반발 | protest, backlash, oppos
반대 | oppos, against
찬성 | favor, favour, support, vote
환영 | welcom
안도 | relie
기대 | expect, hope
평가 | assess, evaluat, rated, called, describ
분석 | analys, analyz, analyz
지적 | point out, pointed out, note
예상 | expect, estimat, forecast, project
추산 | estimat
집계 | tall, count, data, figures
확인 | confirm
공개 | disclos, reveal, unveil, releas, public
약속 | pledge, promis, commit
선정 | select, chose, choose, named, pick
# people and places in news
관계자 | official
당국 | authorit
정부 관계자 | government official
시민단체 | civic group, activist
소비자 | consumer
가계 | household
운전자 | driver
농민, 농가 | farmer
어민 | fisher
상인 | merchant, trader, vendor
# everyday nouns of reports
야외 | outdoor, outside
활동 | activit
자제 | avoid, refrain, limit
안전 | safe
위험 | risk, danger
사고 | accident, crash, incident
규모 | size, scale, worth, worth of
비용 | cost
수수료 | fee, commission
세계 | world, global
국내 | domestic, local, korea
해외 | overseas, abroad, foreign
현지 | local
지역 | region, area, local
도시 | city, urban
농촌 | rural
수도권 | capital area, greater seoul, seoul metropolitan
지방 | provinc, region, local
시도, 광역 | provinc, cities
인근 | nearby, near, neighbo
주변 | around, surround, nearby
추세, 흐름 | trend
전환 | shift, turn, switch
반등 | rebound
변화 | change
개선 | improv
악화 | worsen, deteriorat
불확실성 | uncertaint
경쟁 | compet, rival
경쟁력 | competitive
협력 | cooperat, partner, collaborat
지원 | support, aid, assist, help
확대 | expand, widen, extend, increas, boost
축소 | reduc, scale back, narrow, cut
강화 | strengthen, tighten, bolster, reinforc
완화 | eas, relax, loosen
도입 | introduc, adopt
폐지 | abolish, scrap, repeal
추진 | push, pursu, plan
참여 | take part, took part, particip, join
참석 | attend
개최, 열린, 열었 | held, hold, host
시작 | start, begin, began, launch
종료 | end, finish, conclud
완공, 준공 | complet
개통 | open
운영 | operat, run
관리 | manag
조달 | procur, sourc
납품, 인도 | deliver, suppl
건조 | build, built
설립 | set up, establish, found
철수 | withdraw, pull out
이전 | relocat, move
# science and health extras
관측 | observ
탑재 | carr, payload, on board, aboard
분리 | separat, releas, detach
고도 | altitude
조립 | assembl
민간 | private, civilian
공공 | public
질병 | disease, illness
온열질환 | heat-related illness, heat illness
건강 | health
치료 | treat
진단 | diagnos
수술 | surger, operation
"""


def _parse(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    concepts = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        ko, en = (part.strip() for part in line.split("|"))
        ko_forms = tuple(f.strip() for f in ko.split(",") if f.strip())
        en_forms = tuple(f.strip().casefold() for f in en.split(",") if f.strip())
        concepts.append((ko_forms, en_forms))
    return concepts


_SHORT_ENDINGS = ("", "s", "es", "ed", "d", "ing")
_WORD = re.compile(r"[a-z]+")  # hyphenated words are two: heat-related holds "heat"


def _word_matches(word: str, form: str) -> bool:
    """An English form matches a word it begins (a stem); a short form only with a plain ending."""
    if len(form) <= 4:
        return word[len(form):] in _SHORT_ENDINGS and word.startswith(form)
    return word.startswith(form)


class Lexicon:
    """Finds, in a sentence, the concepts whose Korean (or English) forms it contains."""

    def __init__(self, text: str = LEXICON):
        self.concepts = _parse(text)
        self._ko: dict[str, list[tuple[str, int]]] = {}  # first character -> (form, concept)
        self._en_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # first word's first 3 letters -> forms
        for i, (ko_forms, en_forms) in enumerate(self.concepts):
            for f in ko_forms:
                self._ko.setdefault(f[0], []).append((f, i))
            for f in en_forms:
                words = tuple(_WORD.findall(f))
                self._en_first.setdefault(words[0][:3], []).append((words, i))

    def ko(self, text: str) -> set[int]:
        """The concepts of a Korean text (forms inside forms each count: 기준금리 is also 금리)."""
        found: set[int] = set()
        for pos, ch in enumerate(text):
            for form, concept in self._ko.get(ch, ()):
                if concept not in found and text.startswith(form, pos) and (len(form) >= 2 or _ko_word(text, pos)):
                    found.add(concept)
        return found

    def en(self, text: str) -> set[int]:
        """The concepts of an English text ("base rate" is also "rate", as 기준금리 is also 금리)."""
        words = _WORD.findall(text.casefold())
        found: set[int] = set()
        for k, word in enumerate(words):
            for form, concept in self._en_first.get(word[:3], ()):
                if concept in found or k + len(form) > len(words):
                    continue
                if all(words[k + n] == part for n, part in enumerate(form[:-1])) and _word_matches(words[k + len(form) - 1], form[-1]):
                    found.add(concept)
        return found


def _ko_word(text: str, pos: int) -> bool:
    """A one-syllable Korean form counts only as a word of its own (산 in 한라산 or 생산 is not
    "mountain"; 산에 is): after a non-letter, followed by nothing or a particle."""
    if pos and text[pos - 1].isalnum():
        return False
    after = text[pos + 1: pos + 2]
    return not after or not after.isalnum() or after in "은는이가을를에의도과와로"


@lru_cache(maxsize=1)
def default() -> Lexicon:
    return Lexicon()
