"""Sentence and paragraph spans for Korean and English news."""

import pytest

from reader.core.bilingual.split import paragraphs, split_sentences


def sentences(text, lang):
    spans = split_sentences(text, lang)
    for s, e in spans:  # spans exclude surrounding whitespace and never cross a block boundary
        assert text[s:e] == text[s:e].strip() and "\n" not in text[s:e]
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We are ready," he said. Talks resume today.', ['"We are ready," he said.', "Talks resume today."]),
        ('It is done." Officials agreed.', ['It is done."', "Officials agreed."]),
        ('She asked, "Why?" Nobody answered.', ['She asked, "Why?"', "Nobody answered."]),
        ("“Exports will recover.” The ministry said so.", ["“Exports will recover.”", "The ministry said so."]),
        ("S. Korea and the U.S. signed a deal. The U.S. Treasury agreed.", ["S. Korea and the U.S. signed a deal.", "The U.S. Treasury agreed."]),
        ("Trade with the U.S. It grew.", ["Trade with the U.S.", "It grew."]),
        ("Dr. Kim met Mr. Lee in Jan. last year. They agreed.", ["Dr. Kim met Mr. Lee in Jan. last year.", "They agreed."]),
        ("It ranked No. 3 in the world. Prices rose 3.5% on Monday.", ["It ranked No. 3 in the world.", "Prices rose 3.5% on Monday."]),
        ("Metals, e.g. lithium, rose. J. R. Smith left.", ["Metals, e.g. lithium, rose.", "J. R. Smith left."]),
        ("He paused... Then he went on. Prices went up ... and stayed.", ["He paused...", "Then he went on.", "Prices went up ... and stayed."]),
        ("Is it over? Not yet!", ["Is it over?", "Not yet!"]),
    ],
)
def test_english(text, expected):
    assert sentences(text, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("금리를 내렸다. 두 차례 연속 인하다.", ["금리를 내렸다.", "두 차례 연속 인하다."]),
        ("그는 “핵심광물이 중요하다”고 말했다. 이어 떠났다.", ["그는 “핵심광물이 중요하다”고 말했다.", "이어 떠났다."]),
        ("“준비됐다.” 그는 덧붙였다.", ["“준비됐다.”", "그는 덧붙였다."]),
        ("“좋다” 이어 그는 떠났다.", ["“좋다”", "이어 그는 떠났다."]),
        ("그는 「협력이 중요하다」 고 말했다.", ["그는 「협력이 중요하다」 고 말했다."]),
        ("12건 체결…리튬 공급망 넓힌다", ["12건 체결…리튬 공급망 넓힌다"]),
        ("정말 그럴까? 아마도요… 그렇지만 아니다.", ["정말 그럴까?", "아마도요…", "그렇지만 아니다."]),
        ("물가가 3.5% 올랐다. 2025. 9. 23. 발표됐다.", ["물가가 3.5% 올랐다.", "2025. 9. 23. 발표됐다."]),
        ("미국(U.S.) 정부가 발표했다. 이어 반응이 나왔다.", ["미국(U.S.) 정부가 발표했다.", "이어 반응이 나왔다."]),
    ],
)
def test_korean(text, expected):
    assert sentences(text, "ko") == expected


def test_blocks_never_join_captions_credits_and_unpunctuated_korean_endings():
    text = "이 광산은 생산할 예정이다\n사진=연합뉴스\n정부는 목표로 한다 \n  Photo: Yonhap\nThe deal was signed"
    assert sentences(text, "ko") == ["이 광산은 생산할 예정이다", "사진=연합뉴스", "정부는 목표로 한다", "Photo: Yonhap", "The deal was signed"]


def test_paragraphs_are_the_non_blank_blocks():
    text = "첫 문단이다. 둘째 문장.\n\n  \n둘째 문단이다 "
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["첫 문단이다. 둘째 문장.", "둘째 문단이다"]


def test_offsets_point_into_the_text():
    text = "  Prices rose.   Rates fell.  "
    assert split_sentences(text, "en") == [(2, 14), (17, 28)]
