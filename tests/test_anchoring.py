"""Re-anchoring highlights after the text changes: each kind of edit, and its expected outcome."""

import pytest

from reader.core.anchoring import Anchor, describe, find_quote, relocate

TEXT = (
    "The harbour authority of Ulsan opened a third container berth on Monday.\n"
    "Officials said the berth would handle 1.2 million boxes a year by 2028.\n"
    "The port has grown quickly. The port has grown quickly since the new road opened.\n"
    "울산항만공사는 월요일 세 번째 컨테이너 부두를 열었다고 밝혔다.\n"
    "Shipping lines welcomed the news, though freight rates remain low."
)


def anchor_of(quote, occurrence=1, text=TEXT):
    start, end = find_quote(text, quote, occurrence)
    return describe(text, start, end)


def placed_text(placement, text):
    return text[placement.start:placement.end]


def test_describe_keeps_quote_and_context():
    a = anchor_of("third container berth")
    assert a.quote == "third container berth"
    assert TEXT[a.start - len(a.prefix):a.start] == a.prefix and a.prefix.endswith("opened a ")
    assert a.suffix.startswith(" on Monday")
    with pytest.raises(ValueError):
        describe(TEXT, 5, 5)


def test_unchanged_text_keeps_offsets():
    a = anchor_of("1.2 million boxes")
    p = relocate(a, TEXT, TEXT)
    assert (p.start, p.end, p.state) == (a.start, a.end, "anchored")


@pytest.mark.parametrize("old_text", [TEXT, None], ids=["with-old-text", "quote-only"])
def test_insertion_before_shifts(old_text):
    a = anchor_of("1.2 million boxes")
    new = "BREAKING: an update.\n" + TEXT.replace("harbour authority", "regional harbour authority")
    p = relocate(a, new, old_text)
    assert p.state == "anchored" and placed_text(p, new) == "1.2 million boxes"
    assert p.start == a.start + len("BREAKING: an update.\n") + len("regional ")


def test_insertion_after_changes_nothing():
    a = anchor_of("third container berth")
    new = TEXT + "\nMore to follow."
    p = relocate(a, new, TEXT)
    assert (p.start, p.end, p.state) == (a.start, a.end, "anchored")


def test_insertion_in_the_same_paragraph_before_the_quote():
    a = anchor_of("1.2 million boxes")
    new = TEXT.replace("Officials said", "Officials, speaking at the ceremony, said")
    p = relocate(a, new, TEXT)
    assert p.state == "anchored" and placed_text(p, new) == "1.2 million boxes"


def test_small_insertion_inside_is_changed_not_silent():
    a = anchor_of("would handle 1.2 million boxes a year")
    new = TEXT.replace("1.2 million boxes", "1.2 million standard boxes")
    p = relocate(a, new, TEXT)
    assert p.state == "changed"
    assert placed_text(p, new) == "would handle 1.2 million standard boxes a year"
    assert p.similarity >= 0.75


def test_large_rewrite_inside_is_orphaned():
    a = anchor_of("would handle 1.2 million boxes a year")
    new = TEXT.replace("would handle 1.2 million boxes a year", "was cancelled after a dispute over funding")
    p = relocate(a, new, TEXT)
    assert p.state == "orphaned" and not p.placed


def test_deleted_sentence_is_orphaned():
    a = anchor_of("Shipping lines welcomed the news")
    new = TEXT.replace("Shipping lines welcomed the news, though freight rates remain low.", "")
    p = relocate(a, new, TEXT)
    assert p.state == "orphaned"


def test_deletion_before_shifts_back():
    a = anchor_of("freight rates remain low")
    new = TEXT.replace("The port has grown quickly. ", "")
    p = relocate(a, new, TEXT)
    assert p.state == "anchored" and placed_text(p, new) == "freight rates remain low"


def test_partial_deletion_inside_is_changed():
    a = anchor_of("Shipping lines welcomed the news, though freight rates remain low.")
    new = TEXT.replace("welcomed the news, though", "welcomed the news though")
    p = relocate(a, new, TEXT)
    assert p.state == "changed"
    assert placed_text(p, new) == "Shipping lines welcomed the news though freight rates remain low."


def test_repeated_quote_stays_on_its_own_copy():
    second = anchor_of("The port has grown quickly", occurrence=2)
    first = anchor_of("The port has grown quickly", occurrence=1)
    new = TEXT.replace("Officials said", "Officials in Ulsan said").replace("The port has grown", "Indeed, The port has grown", 1)
    for anchor, expected in ((first, 1), (second, 2)):
        p = relocate(anchor, new, TEXT)
        assert p.state == "anchored"
        assert (p.start, p.end) == find_quote(new, "The port has grown quickly", expected)


def test_repeated_quote_without_old_text_uses_context():
    second = anchor_of("The port has grown quickly", occurrence=2)
    new = "Preface line.\n" + TEXT
    p = relocate(second, new, None)
    assert p.state == "anchored" and (p.start, p.end) == find_quote(new, "The port has grown quickly", 2)


def test_indistinguishable_copies_are_orphaned_not_guessed():
    text = "Yes. Yes. Yes."
    a = Anchor(5, 8, "Yes", "", "")  # no context at all, and three copies
    p = relocate(a, "No. " + text, None)
    assert p.state == "orphaned"


def test_short_quote_needs_context():
    a = anchor_of("Ulsan", 1)
    rewritten = "A new story about Ulsan entirely."
    p = relocate(a, rewritten, TEXT)
    assert p.state == "orphaned"


def test_korean_highlight_survives_an_edit_around_it():
    a = anchor_of("세 번째 컨테이너 부두")
    new = TEXT.replace("울산항만공사는 월요일", "울산항만공사는 지난 월요일")
    p = relocate(a, new, TEXT)
    assert p.state == "anchored" and placed_text(p, new) == "세 번째 컨테이너 부두"


def test_korean_highlight_with_a_particle_change_is_changed():
    a = anchor_of("세 번째 컨테이너 부두를 열었다")
    new = TEXT.replace("부두를 열었다", "부두도 열었다")
    p = relocate(a, new, TEXT)
    assert p.state == "changed" and placed_text(p, new) == "세 번째 컨테이너 부두도 열었다"


def test_suggest_offers_the_likeliest_place_for_an_orphan():
    from reader.core.anchoring import suggest

    a = anchor_of("would handle 1.2 million boxes a year")
    rewritten = TEXT.replace("would handle 1.2 million boxes a year", "could move 1.2 million containers annually")
    assert relocate(a, rewritten, TEXT).state == "orphaned"
    guess = suggest(a, rewritten)
    assert guess is not None and 0.5 <= guess.similarity < 0.75
    assert rewritten[guess.start:guess.end] == "could move 1.2 million containers annually"
    assert suggest(a, "Nothing at all in common here.") is None
