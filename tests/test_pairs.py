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
