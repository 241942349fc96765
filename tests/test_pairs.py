import json

import pytest

from reader.core import pairs
from reader.core.errors import ReaderError
from reader.core.starter import import_starter, manifest


@pytest.fixture
def starter(library):
    results = import_starter(library)
    ids = {entry["file"]: r.id for entry, r in zip(manifest(), results)}
    return library, ids


def test_link_unlink_and_counterparts(starter):
    library, ids = starter
    ko, en = ids["03-critical-minerals-ko.md"], ids["04-critical-minerals-en.md"]
    pair = pairs.link(library, en, ko)  # either order
    assert pairs.link(library, ko, en) == pair  # not twice
    assert pairs.counterparts(library, ko) == [en] and pairs.counterparts(library, en) == [ko]
    with pytest.raises(ReaderError, match="one Korean and one English"):
        pairs.link(library, ko, ids["01-chip-exports-ko.html"])
    assert pairs.unlink(library, ko, en) == 1 and pairs.counterparts(library, ko) == []


def test_deleting_an_article_removes_its_pairs(starter):
    library, ids = starter
    ko, en = ids["09-vietnam-trade-ko.md"], ids["10-vietnam-trade-en.md"]
    pairs.link(library, ko, en)
    library.delete(en)
    assert pairs.counterparts(library, ko) == []


@pytest.mark.parametrize("ko_file, en_file", [
    ("01-chip-exports-ko.html", "02-chip-exports-en.html"),
    ("03-critical-minerals-ko.md", "04-critical-minerals-en.md"),
    ("05-rail-chile-ko.txt", "06-rail-chile-en.txt"),  # independent reports of the same event
    ("07-base-rate-ko.txt", "08-base-rate-en.txt"),
    ("09-vietnam-trade-ko.md", "10-vietnam-trade-en.md"),
])
def test_suggestions_rank_the_real_counterpart_first(starter, ko_file, en_file):
    library, ids = starter
    [best, *_] = pairs.suggest(library, ids[ko_file])
    assert best.id == ids[en_file] and best.shared
    [best, *_] = pairs.suggest(library, ids[en_file])
    assert best.id == ids[ko_file]


def test_alignment_is_stored_and_corrections_survive_realignment(starter):
    library, ids = starter
    ko, en = ids["09-vietnam-trade-ko.md"], ids["10-vietnam-trade-en.md"]
    first = pairs.aligned(library, ko, en)
    covered = sorted(i for l in first.links for i in l.ko)
    assert covered == list(range(len(first.ko_spans)))
    stored = library.db.execute("SELECT alignment FROM pairs WHERE ko_id = ? AND en_id = ?", [ko, en]).fetchone()[0]
    assert json.loads(stored) == [[l.ko, l.en] for l in first.links]
    # the user says: the first Korean sentence goes with the first two English ones
    pairs.correct(library, ko, en, [0], [0, 1])
    again = pairs.aligned(library, ko, en)
    assert any(l.ko == [0] and l.en == [0, 1] for l in again.links)
    library.update_article(en, markdown=library.get(en)["markdown"] + "\nOne more closing sentence.\n")
    third = pairs.aligned(library, ko, en)  # a new text: aligned again, the correction kept
    assert any(l.ko == [0] and l.en == [0, 1] for l in third.links)


def test_agreement_tells_translations_from_separate_reports(starter):
    library, ids = starter
    for ko_file, en_file, translated in [
        ("01-chip-exports-ko.html", "02-chip-exports-en.html", True),
        ("03-critical-minerals-ko.md", "04-critical-minerals-en.md", True),
        ("09-vietnam-trade-ko.md", "10-vietnam-trade-en.md", True),
        ("05-rail-chile-ko.txt", "06-rail-chile-en.txt", False),  # independent reports of the same event
        ("07-base-rate-ko.txt", "08-base-rate-en.txt", False),
    ]:
        al = pairs.aligned(library, ids[ko_file], ids[en_file])
        assert al.agreement is not None
        assert al.translated is translated, (ko_file, al.agreement)


def test_split_parts():
    assert pairs.split_parts([1, 2], [1], "ko", 2) == (([1], [1]), ([2], []))
    assert pairs.split_parts([1, 2], [1], "ko", 1) == (([1], [1]), ([2], []))  # the first: cut after it
    assert pairs.split_parts([1, 2], [1], "en", 1) == (([1], [1]), ([2], []))  # one English: cut the Korean
    assert pairs.split_parts([1], [1, 2], "en", 2) == (([1], [1]), ([], [2]))
    assert pairs.split_parts([1, 2], [3, 4], "ko", 2) == (([1], [3]), ([2], [4]))
    assert pairs.split_parts([1, 2, 3], [1], "ko", 3) == (([1, 2], [1]), ([3], []))
    with pytest.raises(ReaderError):
        pairs.split_parts([1], [1], "ko", 1)


def test_merge_split_and_unlink_are_kept_through_realignment(starter):
    library, ids = starter
    ko, en = ids["09-vietnam-trade-ko.md"], ids["10-vietnam-trade-en.md"]
    al = pairs.aligned(library, ko, en)
    k = next(i for i, l in enumerate(al.links) if l.ko and l.en and i > 2)
    a, b = al.links[k], al.links[k + 1]
    pairs.merge_with_next(library, al, k)
    al = pairs.aligned(library, ko, en)
    merged = [l.as_pair() for l in al.links].index([a.ko + b.ko, a.en + b.en])
    assert len(al.links) == len(pairs.aligned(library, ko, en).links)
    # split it again where it was joined
    pairs.split_group(library, al, merged, "ko", b.ko[0])
    al = pairs.aligned(library, ko, en)
    assert a.as_pair() in [l.as_pair() for l in al.links] and b.as_pair() in [l.as_pair() for l in al.links]
    # unlink: every sentence of the group stands alone, and stays so when the text changes
    index = [l.as_pair() for l in al.links].index(a.as_pair())
    pairs.unlink_group(library, al, index)
    library.update_article(en, markdown=library.get(en)["markdown"] + "\nOne more closing sentence.\n")
    al = pairs.aligned(library, ko, en)
    pairs_now = [l.as_pair() for l in al.links]
    for i in a.ko:
        assert [[i], []] in pairs_now
    for j in a.en:
        assert [[], [j]] in pairs_now
    with pytest.raises(ReaderError):
        pairs.merge_with_next(library, al, len(al.links) - 1)
