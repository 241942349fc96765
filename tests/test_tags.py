import pytest

from reader.core.errors import ReaderError
from reader.core.importing.importer import import_bytes

from conftest import FIXTURES


@pytest.fixture
def two(library):
    a = import_bytes(library, (FIXTURES / "korean_plain.txt").read_bytes(), name="a.txt").id
    b = import_bytes(library, (FIXTURES / "seed_like_wire.txt").read_bytes(), name="b.txt").id
    return library, a, b


def counts(library):
    return {t["name"]: t["count"] for t in library.tags()}


def test_add_remove_and_counts(two):
    lib, a, b = two
    lib.tag_article(a, add=["minerals", "Korea"])
    lib.tag_article(b, add=["korea"])  # the same tag, whatever the case
    assert counts(lib) == {"Korea": 2, "minerals": 1}
    lib.tag_article(a, remove=["KOREA"])
    assert counts(lib) == {"Korea": 1, "minerals": 1}
    assert [r["id"] for r in lib.list_articles(tag="korea")] == [b]


def test_rename_refuses_to_collide_and_merge_combines(two):
    lib, a, b = two
    lib.tag_article(a, add=["chips", "semis"])
    lib.tag_article(b, add=["semis"])
    with pytest.raises(ReaderError, match="merge"):
        lib.rename_tag("chips", "Semis")
    lib.rename_tag("chips", "Chips & semis")
    lib.merge_tags("semis", "Chips & semis")
    assert counts(lib) == {"Chips & semis": 2}
    assert lib.article_tags(a) == ["Chips & semis"]


def test_delete_and_colour(two):
    lib, a, _ = two
    lib.tag_article(a, add=["temp"])
    lib.set_tag_color("temp", "#AABBCC")
    assert lib.tags() == [{"name": "temp", "count": 1, "color": "#aabbcc"}]
    with pytest.raises(ReaderError, match="colour"):
        lib.set_tag_color("temp", "red; drop")
    lib.delete_tag("temp")
    assert lib.tags() == [] and lib.article_tags(a) == []
    with pytest.raises(ReaderError, match="no tag"):
        lib.delete_tag("temp")


def test_blank_tag_is_refused(two):
    lib, a, _ = two
    with pytest.raises(ReaderError):
        lib.tag_article(a, add=["   "])
