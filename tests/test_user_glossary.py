"""The reader's glossary: name pairs kept in the library, found in every article, counterparts across
languages, and the library's stored facts found again after a change."""

import pytest

from reader.cli import main
from reader.core.facts import store, user_glossary
from reader.core.facts.extract import extract_facts
from reader.core.facts.match import same_fact
from reader.core.facts.store import FactQuery
from reader.core.importing.importer import import_bytes

KO = "한결테크의 올해 매출이 20% 늘었다.\n"
EN = "Orders for Hangyeol Tech rose 20% this year.\n"


def names(facts, kind="organization"):
    return [f.text for f in facts if f.kind == kind]


def test_an_entry_is_found_in_both_languages_with_its_counterpart(library):
    # the model may read it as a name on its own, but only the glossary knows its English form
    before = extract_facts(KO, "ko", "2025-06-01", user_glossary.glossary(library))
    assert not any(f.text == "한결테크" and f.extra.get("counterpart") for f in before)
    assert "한결테크" not in names(extract_facts(KO, "ko", "2025-06-01", user_glossary.glossary(library), model=False))
    user_glossary.add(library, "한결테크", "Hangyeol Tech", "organization", ["한결"])
    merged = user_glossary.glossary(library)
    ko = [f for f in extract_facts(KO, "ko", "2025-06-01", merged) if f.kind == "organization"]
    en = [f for f in extract_facts(EN, "en", "2025-06-01", merged) if f.kind == "organization"]
    assert [f.text for f in ko] == ["한결테크"] and [f.text for f in en] == ["Hangyeol Tech"]
    assert same_fact(ko[0], en[0])  # the pair matches across languages
    # the bundled glossary is still there underneath
    assert merged.lookup("산업통상자원부") is not None


def test_add_replaces_remove_deletes_and_bad_entries_are_refused(library):
    first = user_glossary.add(library, "한결테크", "Hangyeol Tech", "organization")
    again = user_glossary.add(library, "한결테크", "Hangyeol Tech", "person", ["HT"])
    assert first == again
    assert user_glossary.entries(library) == [
        {"id": first, "ko": "한결테크", "en": "Hangyeol Tech", "kind": "person", "aliases": ["HT"]}]
    with pytest.raises(ValueError):
        user_glossary.add(library, "", " ", "organization")
    with pytest.raises(ValueError):
        user_glossary.add(library, "원", "won", "money")
    assert user_glossary.remove(library, first) and not user_glossary.remove(library, first)
    assert user_glossary.entries(library) == [] and user_glossary.revision(library) == ""


def test_stored_facts_are_found_again_after_a_change(library):
    article = import_bytes(library, EN.encode(), name="a.txt").id
    store.refresh(library)
    assert store.refresh(library) == 0
    assert not store.query(library, FactQuery(kind="organization", name="Hangyeol"))
    user_glossary.add(library, "한결테크", "Hangyeol Tech", "organization")
    assert store.refresh(library) == 1  # the glossary changed: every article is stale
    rows = store.query(library, FactQuery(kind="organization", name="Hangyeol"))
    assert [r["article_id"] for r in rows] == [article]
    user_glossary.remove(library, user_glossary.entries(library)[0]["id"])
    assert store.refresh(library) == 1 and not store.query(library, FactQuery(kind="organization", name="Hangyeol"))


def test_command_line(tmp_path, capsys):
    lib = str(tmp_path / "lib")
    assert main(["glossary", "add", "--ko", "한결테크", "--en", "Hangyeol Tech", "--alias", "한결", "--library", lib]) == 0
    assert main(["glossary", "--json", "--library", lib]) == 0
    out = capsys.readouterr().out
    assert '"ko": "한결테크"' in out and '"aliases": [\n      "한결"' in out
    assert main(["facts", "--text", EN, "--lang", "en", "--library", lib]) == 0  # --text: no library glossary
    assert "Hangyeol Tech" not in capsys.readouterr().out
    assert main(["glossary", "remove", "99", "--library", lib]) == 2
    assert "no glossary entry #99" in capsys.readouterr().err
    assert main(["glossary", "add", "--kind", "place", "--library", lib]) == 2
