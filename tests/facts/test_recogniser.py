"""The trained name recogniser (reader/core/facts/recogniser.py) and how extract_facts uses it."""

import json
from pathlib import Path

import pytest

from reader.core.facts import recogniser as R
from reader.core.facts.extract import extract_facts
from reader.core.facts.names import Glossary

TRAIN = Path(__file__).with_name("train")


def words(text, lang):
    return [text[s:e] for s, e in R.tokens(text, lang)]


def names(text, lang, model=True, glossary=None):
    return [(f.kind, f.text) for f in extract_facts(text, lang, "2025-06-04", glossary=glossary, model=model)
            if f.kind in ("organization", "person", "place")]


@pytest.mark.parametrize("text,expected", [
    ("삼성전자가 발표했다", ["삼성전자", "발표했다"]),
    ("오세훈 서울시장은", ["오세훈", "서울", "시장"]),  # 시장: mayor
    ("캐나다와 이란에서", ["캐나다", "이란"]),  # 다, 란 end names: not particles
    ("테슬라는", ["테슬라"]),
])
def test_korean_words_leave_particles_out_and_split_titles(text, expected):
    assert words(text, "ko") == expected


def test_a_korean_particle_is_a_feature_of_its_word_and_of_the_next():
    text = "삼성전자가 서울시장과 만났다"
    toks, feats = R.sequence(text, "ko")
    assert [text[s:e] for s, e in toks] == ["삼성전자", "서울", "시장", "만났다"]
    assert "pt=가".encode() in feats[0] and "-1pt=가".encode() in feats[1]
    assert not any(f.startswith(b"pt=") for f in feats[1])  # 시장 is written onto 서울: no particle
    assert "pt=과".encode() in feats[2] and "-1pt=과".encode() in feats[3]
    assert b"glued" in feats[2] and b"BOS" in feats[0]


def test_words_of_a_slice_keep_their_offsets_in_the_text():
    text = "첫 문단.\n\n한국은행에 따르면"
    start = text.index("한국은행")
    assert R.tokens(text, "ko", start) == [(start, start + 4), (start + 6, start + 9)]


@pytest.mark.parametrize("text,expected", [
    ("a Seoul-based firm", ["a", "Seoul", "-", "based", "firm"]),
    ("Lee Jae-myung's plan", ["Lee", "Jae-myung", "'s", "plan"]),
    ("the U.S. and O'Brien", ["the", "U.S.", "and", "O'Brien"]),
])
def test_english_words(text, expected):
    assert words(text, "en") == expected


def test_bio_labels_the_words_a_span_covers():
    text = "금융감독원과 한국은행에 따르면"
    toks = R.tokens(text, "ko")
    labels = R.bio(toks, [(0, 5, "organization"), (7, 11, "organization")])
    assert labels == ["B-ORG", "B-ORG", "O"]


@pytest.mark.parametrize("text,expected", [
    ("박하은 교수는 말했다", ["박하은", "교수", "말했다"]),  # 은 ends the name: a title follows
    ("한국은 대표를 보냈다", ["한국", "대표", "보냈다"]),  # a place and its particle
    ("정부의 교수", ["정부", "교수"]),
    ("이옥분씨의 이웃", ["이옥분", "씨", "이웃"]),
    ("김영태 서울대병원장은", ["김영태", "서울대병원", "장"]),  # the head of 서울대병원, not 서울대병's 원장
    ("대한축구협회장이", ["대한축구협회", "장"]),
    ("노르웨이 해안을", ["노르웨이", "해안"]),  # a listed name keeps its last syllable, though 이 is a particle
])
def test_korean_names_and_bodies_keep_their_edges(text, expected):
    assert words(text, "ko") == expected


def test_a_korean_name_does_not_run_on_past_a_particle():
    class Everything:  # a model that reads every word as one person
        def tag(self, xseq):
            return ["B-PER"] + ["I-PER"] * (len(xseq) - 1)

        def marginal(self, label, i):
            return 0.9

    tagger = R.Tagger(Everything(), "ko", known=frozenset())
    text = "모델 한혜진이 에르메스 전시"
    found = [text[s:e] for _k, s, e, _p in R.recognise(text, "ko", [], tagger=tagger)]
    assert found == ["모델 한혜진", "에르메스 전시"]  # the particle 이 ends the first


def test_the_tagger_reads_only_the_features_its_model_knows_and_tags_the_same():
    import pycrfsuite

    text = "마포구청 오세영 주무관은 서울 마포구 망원동에서 열린 행사에서 소피 마르탱과 만났다.\n\nLee Jae-myung's aide met Quill & Fern in Bristol."
    for lang in ("ko", "en"):
        tagger = R._tagger(lang)
        full = pycrfsuite.Tagger()
        full.open(str(R.model_path(lang)))
        for s0, e0 in R._paragraphs(text):
            toks, every = R.sequence(text, lang, [], s0, e0)
            _toks, kept = R.sequence(text, lang, [], s0, e0, word=tagger.word)
            assert sum(map(len, kept)) < sum(map(len, every))
            assert tagger.tagger.tag(kept) == full.tag(every)
            assert abs(tagger.tagger.marginal("O", 0) - full.marginal("O", 0)) < 1e-9


def test_models_ship_and_load():
    for lang in ("ko", "en"):
        assert R.model_path(lang).stat().st_size > 10_000
        assert R.available(lang)


def test_the_model_finds_a_name_the_rules_miss():
    text = "Quill & Fern, a bookshop in Bristol, closed on Monday."
    assert ("organization", "Quill & Fern") not in names(text, "en", model=False)
    assert ("organization", "Quill & Fern") in names(text, "en")
    fact = next(f for f in extract_facts(text, "en", "2025-06-04") if f.text == "Quill & Fern")
    assert 0.6 <= fact.extra["model"] <= 1  # a name only the model read says how sure it was


def test_a_heading_alone_on_its_line_is_not_a_model_name():
    text = "The order covers 40 trains.\n\n## Financing\n\nThe loan is due in 2030."
    assert not [f for f in extract_facts(text, "en", "2025-06-04") if f.text == "Financing"]


def test_the_rules_names_keep_their_counterparts():
    found = extract_facts("산업통상자원부 김정관 장관은 워싱턴에 도착했다.", "ko", "2025-06-04")
    ministry = next(f for f in found if f.text == "산업통상자원부")
    assert ministry.kind == "organization" and ministry.extra.get("counterpart")


def test_a_glossary_name_is_a_name_whatever_the_model_says():
    glossary = Glossary([{"ko": "오늘의집", "en": "Ohouse", "kind": "organization"}])
    text = "오늘의집은 가구 매출이 늘었다고 밝혔다."
    assert ("organization", "오늘의집") in names(text, "ko", glossary=glossary)


@pytest.mark.parametrize("word,lang", [("정부", "ko"), ("걸그룹", "ko"), ("베이비붐세대", "ko"), ("국제공항", "ko"), ("The", "en")])
def test_generic_words_are_vetoed(word, lang):
    assert R.generic(word, lang)


@pytest.mark.parametrize("word,lang", [("김포국제공항", "ko"), ("아이브", "ko"), ("Quill & Fern", "en")])
def test_names_are_not_generic(word, lang):
    assert not R.generic(word, lang)


def test_training_is_deterministic(tmp_path):
    """The same sentences give the same model, byte for byte (the models in the repository can be
    rebuilt and checked)."""
    from reader.core.facts.data import train_names_model as T

    examples = [ex for ex in T.load("names_train_a", TRAIN / "names_train_a.jsonl") if ex["lang"] == "en"][:40]
    params = dict(T.PARAMS, max_iterations=20)
    T.train(examples, tmp_path / "a.crfsuite", params)
    T.train(examples, tmp_path / "b.crfsuite", params)
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()


@pytest.mark.parametrize("path", sorted(TRAIN.glob("names_train_*.jsonl")), ids=lambda p: p.name)
def test_training_sets_are_well_formed(path):
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 200
    assert len({ex["text"] for ex in lines}) == len(lines)
    for ex in lines:
        assert ex["lang"] in ("ko", "en") and len(ex["date"]) == 10
        pos = 0
        for fact in ex["facts"]:
            assert fact["kind"] in ("organization", "person", "place"), fact
            assert fact["value"] is None and fact["unit"] is None
            at = ex["text"].find(fact["text"], pos)
            assert at >= 0, (ex["text"], fact)  # present, in order of appearance
            pos = at + 1


def test_the_rules_name_wins_where_the_model_stops_short_of_it_inside_a_word():
    from reader.core.facts.extract import _rules_name_over_particle
    from reader.core.facts.model import Fact

    text = "전남 해남군 솔라시도 일대"
    start = text.index("솔라시도")
    whole = Fact("place", start, start + 4, "솔라시도", "솔라시도")
    assert _rules_name_over_particle(text, {(start, start + 4): whole}, start, start + 3) is whole
    assert _rules_name_over_particle(text, {(start, start + 4): whole}, start, start + 2) is whole
    # not across a space: a name and the next word are two things
    assert _rules_name_over_particle("해남군 솔라 시도", {(4, 9): whole}, 4, 6) is None
