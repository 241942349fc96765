"""Sentence alignment: link types, fixed links, and the gold set's quality floor."""

import sys
from pathlib import Path

from reader.core.bilingual.align import Link, align
from reader.core.bilingual.split import split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import bench_align  # noqa: E402

KO = ("한국은행이 기준금리를 연 3.25%로 0.25%포인트 내렸다. 이창용 총재는 내수 회복이 더디다고 말했다. "
      "한은은 올해 성장률 전망치를 2.2%로 낮췄다. 시장에서는 내년 추가 인하 가능성이 거론된다.")
EN = ("The Bank of Korea cut its base rate by 0.25 percentage point to 3.25%. Governor Rhee Chang-yong said "
      "the recovery in domestic demand was slow. The bank lowered its growth forecast for this year to 2.2%. "
      "Markets are discussing a further cut next year.")


def pairs(links):
    return [l.as_pair() for l in links]


def test_simple_one_to_one():
    assert pairs(align(KO, EN)) == [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]


def test_merged_sentence_gives_two_to_one():
    en = ("The Bank of Korea cut its base rate by 0.25 percentage point to 3.25%, and Governor Rhee Chang-yong "
          "said the recovery in domestic demand was slow. The bank lowered its growth forecast for this year "
          "to 2.2%. Markets are discussing a further cut next year.")
    assert pairs(align(KO, en)) == [[[0, 1], [0]], [[2], [1]], [[3], [2]]]


def test_dropped_sentence_gives_one_to_zero():
    ko = ("삼성전자가 3분기 영업이익 9조 1천억 원을 기록했다. 매출은 79조 원으로 역대 최대다. "
          "반도체 부문 영업이익은 3조 9천억 원이었다. 회사는 4분기에도 HBM 판매를 늘릴 계획이다.")
    en = ("Samsung Electronics posted an operating profit of 9.1 trillion won for the third quarter. "
          "The chip division earned 3.9 trillion won. The company plans to sell more HBM in the fourth quarter.")
    assert pairs(align(ko, en)) == [[[0], [0]], [[1], []], [[2], [1]], [[3], [2]]]


def test_fixed_links_are_kept_and_the_rest_aligned_around_them():
    fixed = [Link([1], [2]), Link([2], [])]
    links = align(KO, EN, fixed=fixed)
    assert [[1], [2]] in pairs(links) and [[2], []] in pairs(links)
    # English 1 translates Korean 1, which the user tied to English 2: it is left with no counterpart
    # rather than merged into the first link (its name and words point at Korean 1)
    assert pairs(links) == [[[0], [0]], [[], [1]], [[1], [2]], [[2], []], [[3], [3]]]
    # every sentence appears exactly once
    assert sorted(i for l in links for i in l.ko) == [0, 1, 2, 3]
    assert sorted(j for l in links for j in l.en) == [0, 1, 2, 3]


def test_crossing_fixed_link_is_kept():
    links = align(KO, EN, fixed=[Link([3], [0])])
    assert [[3], [0]] in pairs(links)
    assert sorted(i for l in links for i in l.ko) == [0, 1, 2, 3]
    assert sorted(j for l in links for j in l.en) == [0, 1, 2, 3]


def test_paragraphs_first_when_counts_match():
    ko = "첫 문단이다. 금리를 3.25%로 내렸다.\n둘째 문단이다. 성장률은 2.2%다.\n셋째 문단이다."
    en = "This is the first paragraph. The rate was cut to 3.25%.\nThis is the second. Growth is 2.2%.\nThe third paragraph."
    assert pairs(align(ko, en)) == [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]]]


def test_empty_sides():
    assert pairs(align("", EN)) == [[[], [0]], [[], [1]], [[], [2]], [[], [3]]]
    assert pairs(align(KO, "")) == [[[0], []], [[1], []], [[2], []], [[3], []]]


def test_precomputed_sentences_are_used():
    spans = split_sentences(KO, "ko")
    assert pairs(align(KO, EN, ko_sentences=spans[:2] + [(spans[2][0], spans[3][1])])) == [
        [[0], [0]], [[1], [1]], [[2], [2, 3]]]


def test_a_dropped_sentence_without_figures_is_not_merged_into_its_neighbour():
    """The word list tells a translated sentence from a dropped one when no figure does."""
    ko = ("질병관리청은 낮 시간대 야외 활동을 자제해 달라고 당부했다. "
          "한편 기상청은 이번 주말까지 전국에 폭염특보가 이어질 것으로 내다봤다.")
    en = "The health agency urged people to avoid outdoor activity during the day."
    assert pairs(align(ko, en)) == [[[0], [0]], [[1], []]]
    # without the word list only the lengths speak, and they favour the merge
    assert pairs(align(ko, en, lexicon=False)) == [[[0, 1], [0]]]


def test_gold_set_is_well_formed():
    gold = bench_align.load_gold()
    assert len(gold) >= 17
    links = [l for d in gold.values() for l in d["links"]]
    assert sum(1 for k, e in links if not (len(k) == 1 and len(e) == 1)) >= len(links) / 5
    assert any(d["group"] == "resplit" for d in gold.values())
    for name, d in gold.items():  # every sentence in exactly one link; paragraph starts inside the text
        assert sorted(i for k, _ in d["links"] for i in k) == list(range(len(d["ko"]))), name
        assert sorted(j for _, e in d["links"] for j in e) == list(range(len(d["en"]))), name
        assert all(0 < i < len(d["ko"]) for i in d.get("ko_paragraphs", ())), name
        assert all(0 < j < len(d["en"]) for j in d.get("en_paragraphs", ())), name
    # issue 5: documents with merges, splits and drops that the weights were not tuned on
    new = [d for d in gold.values() if d.get("heldout")]
    assert len(new) >= 3 and {"resplit", "edited"} <= {d["group"] for d in new}


def test_gold_quality_target():
    """The issue's targets (bench/bench_align.py): F1 >= 0.90 overall, >= 0.95 on re-split documents."""
    result = bench_align.evaluate()
    assert result["overall"]["f1"] >= 0.90
    assert result["resplit"]["f1"] >= 0.95
    assert result["heldout"]["f1"] >= 0.85  # the documents written before the tuning (0.71 before it)


def test_sixty_sentences_under_200_ms():
    gold = bench_align.load_gold()
    t = bench_align.timing(gold, n=60, repeat=3)
    assert t["ko_sentences"] >= 60
    assert t["best_ms"] < 200 * 2  # the target is 200 ms; twice that here so a busy CI machine does not flake
