"""The command line end to end on a temporary library: stable JSON, exit codes, one-line errors."""

import json
import os
import subprocess
import sys

import pytest

from reader.cli import main

from conftest import FIXTURES


@pytest.fixture
def cli(tmp_path, capsys):
    lib = str(tmp_path / "lib")

    def run(*args, expect=0):
        code = main([*args, "--library", lib])
        out, err = capsys.readouterr()
        assert code == expect, err
        return out, err

    run.lib = lib
    return run


def as_json(out):
    return json.loads(out)


def test_import_list_show_search_tag_delete(cli, tmp_path):
    out, _ = cli("import", str(FIXTURES / "korean_plain.txt"), str(FIXTURES / "frontmatter_plain.md"), "--tag", "inbox", "--json")
    results = as_json(out)
    assert [set(r) for r in results] == [{"path", "status", "id", "title", "lang", "error", "review"}] * 2
    assert [r["status"] for r in results] == ["imported", "imported"]
    ko, en = results[0]["id"], results[1]["id"]

    rows = as_json(cli("list", "--json")[0])
    assert set(rows[0]) == {"id", "title", "lang", "source", "author", "published", "url", "tags"}
    assert {r["id"] for r in rows} == {ko, en}
    assert [r["id"] for r in as_json(cli("list", "--lang", "ko", "--json")[0])] == [ko]
    assert [r["id"] for r in as_json(cli("list", "--tag", "budget", "--json")[0])] == [en]

    shown = as_json(cli("show", str(ko), "--json")[0])
    assert shown["author"] == "최유진" and "inbox" in shown["tags"] and "핵심광물을" in shown["text"] and shown["markdown"]

    hits = as_json(cli("search", "광물", "--json")[0])
    assert [h["id"] for h in hits] == [ko] and set(hits[0]) == {"id", "title", "snippet", "score"}
    assert "**광물**" in hits[0]["snippet"]
    assert as_json(cli("search", "광물", "--lang", "en", "--json")[0]) == []

    cli("tag", str(ko), "--add", "minerals", "--remove", "inbox")
    tags = {t["name"]: t for t in as_json(cli("tags", "--json")[0])}
    assert tags["minerals"]["count"] == 1 and tags["inbox"]["count"] == 1 and tags["minerals"]["color"].startswith("#")
    cli("tags", "rename", "minerals", "광물")
    cli("tags", "merge", "inbox", "광물")
    cli("tags", "color", "광물", "#112233")
    cli("tags", "delete", "budget")
    tags = {t["name"]: (t["count"], t["color"]) for t in as_json(cli("tags", "--json")[0])}
    assert tags["광물"] == (2, "#112233") and "budget" not in tags and "inbox" not in tags

    cli("delete", str(en))
    assert [r["id"] for r in as_json(cli("list", "--json")[0])] == [ko]


def test_import_exit_code_is_1_when_something_failed_and_the_rest_is_imported(cli, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out, _ = cli("import", str(FIXTURES / "seed_like_wire.txt"), str(tmp_path / "empty.txt"), "--json", expect=1)
    assert [r["status"] for r in as_json(out)] == ["imported", "failed"]
    out, _ = cli("import", str(FIXTURES / "seed_like_wire.txt"), "--json")
    assert as_json(out)[0]["status"] == "duplicate"


@pytest.mark.parametrize(
    "args",
    [["show", "999"], ["delete", "999"], ["tag", "999", "--add", "x"], ["tags", "rename", "nope", "x"], ["tags", "merge", "only-one"],
     ["import"], ["tag", "1"], ["tags", "color", "x", "blue"]],
)
def test_user_errors_are_one_line_and_non_zero(cli, args):
    _, err = cli(*args, expect=2)
    assert err.startswith("reader: ") and err.count("\n") == 1 and "Traceback" not in err


def test_starter_only_on_request(cli):
    assert as_json(cli("list", "--json")[0]) == []
    results = as_json(cli("import", "--starter", "--json")[0])
    assert len(results) >= 8 and {r["status"] for r in results} == {"imported"}


def test_entry_point_and_environment_variable(tmp_path):
    """The installed `reader` command, with the library from READER_LIBRARY, as a script would call it."""
    env = {**os.environ, "READER_LIBRARY": str(tmp_path / "envlib")}
    done = subprocess.run(
        [sys.executable, "-m", "reader", "import", str(FIXTURES / "seed_like_wire.txt"), "--json"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "envlib" / "library.db").exists()
    done = subprocess.run([sys.executable, "-m", "reader", "show", "42"], capture_output=True, text=True, env=env)
    assert done.returncode == 2 and done.stderr.strip() == "reader: there is no article 42"


def test_newer_library_is_refused_cleanly(cli, tmp_path):
    import sqlite3

    cli("list")
    with sqlite3.connect(os.path.join(cli.lib, "library.db")) as conn:
        conn.execute("PRAGMA user_version = 999")
    _, err = cli("list", expect=2)
    assert "newer version of Dual Reader" in err


def test_facts_of_a_text_an_article_and_a_batch(cli, tmp_path):
    out, _ = cli("facts", "--text", "정부는 2,700억 원을 투입해 47건의 협약을 맺었다.", "--lang", "ko", "--json")
    facts = as_json(out)
    assert all(set(f) == {"kind", "start", "end", "text", "value", "unit", "qualifier"} for f in facts)
    money = next(f for f in facts if f["kind"] == "money")
    assert (money["text"], money["value"], money["unit"]) == ("2,700억 원", 270000000000, "KRW")

    imported = as_json(cli("import", str(FIXTURES / "seed_like_wire.txt"), "--json")[0])[0]
    article_facts = as_json(cli("facts", str(imported["id"]), "--json")[0])
    text = as_json(cli("show", str(imported["id"]), "--json")[0])["text"]
    assert article_facts and all(text[f["start"]:f["end"]] == f["text"] for f in article_facts)

    batch = tmp_path / "in.jsonl"
    batch.write_text(
        '{"text": "Exports rose 11.4% to $38.2 billion.", "lang": "en", "date": "2025-04-01"}\n'
        '{"text": "아무 숫자도 없는 문장입니다.", "lang": "ko"}\n', encoding="utf-8")
    lines = cli("facts", "--batch", str(batch))[0].splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert {f["kind"] for f in first} >= {"percent", "money"} and json.loads(lines[1]) == []


def test_facts_usage_errors(cli, tmp_path):
    cli("facts", expect=2)
    cli("facts", "1", "--text", "x", expect=2)
    cli("facts", "--text", "x", "--date", "June", expect=2)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    _, err = cli("facts", "--batch", str(bad), expect=2)
    assert "line 1" in err


def test_library_facts_filtered_and_as_csv(cli, tmp_path):
    cli("import", "--starter")
    rows = as_json(cli("facts", "--all", "--kind", "money", "--min", "1e12", "--json")[0])
    assert rows and all(r["kind"] == "money" and (r["value"] >= 1e12) for r in rows if not isinstance(r["value"], list))
    out = tmp_path / "facts.csv"
    cli("facts", "--all", "--kind", "place", "--csv", str(out))
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("article_id,title,lang,published,kind,text,value,unit,qualifier,start,end") and "place" in text
    cli("facts", "--all", "--from", "2025", expect=2)


def test_pair_suggest_and_unpair(cli):
    results = as_json(cli("import", "--starter", "--json")[0])
    by_title = {r["title"]: r["id"] for r in results}
    ko = next(i for t, i in by_title.items() if "카자흐스탄" in t)
    en = next(i for t, i in by_title.items() if "Kazakhstan" in t)
    suggestions = as_json(cli("pair", "--suggest", str(ko), "--json")[0])
    assert suggestions[0]["id"] == en and set(suggestions[0]) == {"id", "title", "lang", "score", "shared"}
    cli("pair", str(ko), str(en))
    cli("pair", str(ko), str(ko), expect=2)  # two Korean articles
    cli("pair", str(ko), expect=2)
    _, err = cli("unpair", str(en))
    assert err.startswith("1 pair")


def test_align_articles_and_files(cli, tmp_path):
    results = as_json(cli("import", "--starter", "--json")[0])
    ids = {r["path"].rsplit("/", 1)[-1]: r["id"] for r in results}
    out = as_json(cli("align", str(ids["09-vietnam-trade-ko.md"]), str(ids["10-vietnam-trade-en.md"]), "--json")[0])
    assert set(out) == {"ko", "en", "links"} and out["links"]
    covered_ko = sorted(i for link in out["links"] for i in link[0])
    assert covered_ko == list(range(len(out["ko"])))  # every sentence once, in order
    (tmp_path / "ko.txt").write_text("첫 문장이다.\n수출은 11.4% 늘었다.\n세 번째 문장이다.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("This is the first.\nExports rose 11.4%.\nAnd a third.\n", encoding="utf-8")
    out = as_json(cli("align", "--ko", str(tmp_path / "ko.txt"), "--en", str(tmp_path / "en.txt"), "--presplit", "--json")[0])
    assert out["links"] == [[[0], [0]], [[1], [1]], [[2], [2]]]
    cli("align", str(ids["10-vietnam-trade-en.md"]), str(ids["09-vietnam-trade-ko.md"]), expect=2)  # order: Korean first
    cli("align", "--ko", str(tmp_path / "ko.txt"), expect=2)


def test_annotate_list_export_and_import_annotations(cli, tmp_path):
    out, _ = cli("import", str(FIXTURES / "korean_plain.txt"), "--json")
    article = as_json(out)[0]["id"]
    shown = as_json(cli("show", str(article), "--json")[0])
    quote = shown["text"].split("\n")[0][:12]
    out, _ = cli("annotate", str(article), "--quote", quote, "--note", "<script>x</script>", "--color", "blue", "--tag", "t1", "--json")
    made = as_json(out)
    assert (made["quote"], made["color"], made["tags"], made["state"]) == (quote, "blue", ["t1"], "anchored")
    _, err = cli("annotate", str(article), "--quote", "no such words here", expect=2)
    assert "does not contain" in err
    _, err = cli("annotate", str(article), "--quote", quote, "--color", "mauve", expect=2)
    assert "colour" in err
    listed = as_json(cli("annotations", str(article), "--json")[0])
    assert [a["uid"] for a in listed] == [made["uid"]]
    assert as_json(cli("annotations", "--review", "--json")[0]) == []
    for fmt in ("md", "html", "json", "csv"):
        out, _ = cli("export", str(article), "--format", fmt, "-o", str(tmp_path / f"one.{fmt}"), "--json")
        assert as_json(out)["paths"] == [str(tmp_path / f"one.{fmt}")]
    assert "&lt;script>" in (tmp_path / "one.md").read_text(encoding="utf-8")
    out, _ = cli("export", "--all", "--format", "md", "-o", str(tmp_path / "all"))
    assert (tmp_path / "all" / "index.md").exists()
    _, err = cli("export", "--format", "md", "-o", str(tmp_path / "x"), expect=2)
    assert "choose what to export" in err
    # The JSON goes back into the same library: nothing new, nothing lost.
    out, _ = cli("import-annotations", str(tmp_path / "one.json"), "--json")
    assert as_json(out) == {"imported": 0, "already": 1, "needs_review": 0, "missing": []}


def test_export_a_pair_side_by_side(cli, tmp_path):
    cli("import", "--starter")
    rows = as_json(cli("list", "--json")[0])
    ko = next(r["id"] for r in rows if r["lang"] == "ko" and "광물" in r["title"])
    en = next(r["id"] for r in rows if r["lang"] == "en" and "lithium" in r["title"])
    cli("export", str(ko), str(en), "--pair", "--format", "md", "-o", str(tmp_path / "pair.md"))
    text = (tmp_path / "pair.md").read_text(encoding="utf-8")
    assert text.startswith("---") and "핵심광물" in text and "| " in text
    _, err = cli("export", str(ko), "--pair", "--format", "md", "-o", str(tmp_path / "x.md"), expect=2)
    assert "two IDs" in err
