"""The word list behind the aligner's lexical anchors."""

from reader.core.bilingual.lexicon import Lexicon, default


def english(lexicon, text):
    return {lexicon.concepts[c][1][0] for c in lexicon.en(text)}


def korean(lexicon, text):
    return {lexicon.concepts[c][1][0] for c in lexicon.ko(text)}


def test_forms_are_found_in_inflections_and_compounds():
    lex = Lexicon("수출 | export, shipment\n태풍 | typhoon\n기준금리 | base rate\n금리 | rate\n")
    assert english(lex, "Exports rose; the typhoon's path") == {"export", "typhoon"}
    assert korean(lex, "수출액이 늘었고 태풍은 북상했다") == {"export", "typhoon"}
    # a compound holds its parts on both sides
    assert korean(lex, "기준금리를 내렸다") == {"base rate", "rate"}
    assert english(lex, "cut its base rate") == {"base rate", "rate"}


def test_short_forms_need_a_whole_word():
    lex = Lexicon("비 | rain\n산 | mountain, mount\n열차 | train\n")
    assert english(lex, "Heavy rains fell") == {"rain"}
    assert english(lex, "Rail staff in training; amount") == {"train"}  # not rain, not mount
    assert korean(lex, "한라산에 비가 내렸다") == {"rain"}  # 한라산 is a name, not 산 alone
    assert korean(lex, "생산이 늘고 산에 눈") == {"mountain"}


def test_hyphenated_words_count_as_two():
    lex = Lexicon("폭염 | heat\n")
    assert english(lex, "Heat-related illnesses") == {"heat"}


def test_the_default_list_is_large_and_well_formed():
    lex = default()
    assert len(lex.concepts) > 400
    for ko, en in lex.concepts:
        assert ko and en, (ko, en)
