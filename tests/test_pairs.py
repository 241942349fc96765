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
