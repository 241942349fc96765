import csv

from reader.core.facts import store
from reader.core.facts.store import FactQuery
from reader.core.importing.importer import import_bytes
from reader.core.starter import import_starter


def test_refresh_query_and_csv(library, tmp_path):
    import_starter(library)
    assert store.refresh(library) == library.count()
    assert store.refresh(library) == 0  # nothing stale
    money = store.query(library, FactQuery(kind="money"))
    assert money and all(r["kind"] == "money" for r in money)
    big = store.query(library, FactQuery(kind="money", min_value=1e12))
    assert big and all(r["value"] >= 1e12 or isinstance(r["value"], list) for r in big)
    krw = store.query(library, FactQuery(kind="money", name="원", lang="ko"))
    assert krw and all(r["lang"] == "ko" for r in krw)
    dated = store.query(library, FactQuery(kind="date", date_from="2026-01-01", date_to="2026-12-31"))
    assert dated
    places = store.query(library, FactQuery(kind="place", name="Kazakhstan"))
    assert {r["article_id"] for r in places} >= {r["article_id"] for r in store.query(library, FactQuery(kind="place", name="카자흐스탄"))}

    out = store.export_csv(money, tmp_path / "facts.csv")
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(money) and rows[0]["kind"] == "money" and list(rows[0]) == list(store.CSV_COLUMNS)


def test_edited_article_gets_new_facts_and_deleted_loses_them(library):
    article = import_bytes(library, "Exports rose 11.4% to $38.2 billion in March 2025, the ministry said.\n".encode(), name="a.txt").id
    store.refresh(library)
    assert {r["kind"] for r in store.query(library, FactQuery())} >= {"percent", "money"}
    library.update_article(article, markdown="Imports fell 2.3% last year.\n")
    assert store.refresh(library) == 1
    assert [r["text"] for r in store.query(library, FactQuery(kind="percent"))] == ["2.3%"]
    library.delete(article)
    assert store.query(library, FactQuery()) == []


def test_date_bounds():
    assert store._date_bounds("2023-09") == ("2023-09-01", "2023-09-31")
    assert store._date_bounds(["2024", "2027"]) == ("2024-01-01", "2027-12-31")
    assert store._date_bounds("2025-H2") == ("2025-07-01", "2025-12-31")
    assert store._date_bounds(None) == (None, None)


def test_a_new_extractor_version_recomputes_every_article(library, monkeypatch):
    import_bytes(library, "Exports rose 11.4% to $38.2 billion in March 2025.\n".encode(), name="a.txt")
    import_bytes(library, "수출이 2~3% 늘었다.\n".encode(), name="b.txt")
    assert store.refresh(library) == 2 and store.refresh(library) == 0
    monkeypatch.setattr(store, "FACTS_VERSION", store.FACTS_VERSION + "-next")
    assert store.refresh(library) == 2  # cached facts of the older rules are stale
    ranged = store.query(library, FactQuery(kind="percent", lang="ko"))
    assert [r["value"] for r in ranged] == [[2, 3]]
