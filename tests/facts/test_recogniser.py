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
    ("삼성전자가 발표했다", ["삼성전자", "가", "발표했다"]),
    ("오세훈 서울시장은", ["오세훈", "서울", "시장", "은"]),  # 시장: mayor
    ("캐나다와 이란에서", ["캐나다", "와", "이란", "에서"]),  # 다, 란 end names: not particles
    ("테슬라는", ["테슬라", "는"]),
])
def test_korean_words_split_particles_and_titles(text, expected):
    assert words(text, "ko") == expected


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
    assert labels == ["B-ORG", "O", "B-ORG", "O", "O"]


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
