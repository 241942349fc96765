"""A synthetic library generated from the starter texts: each article a new mix of starter
sentences of one language, so word frequencies look like news and no two articles are equal."""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

from reader.core.text import content_hash
from reader.core.library import Library
from reader.core.starter import import_starter

SENTENCE = re.compile(r"(?<=[.!?다])\s+")


def sentence_pool(seed_library: Library) -> dict[str, list[str]]:
    pool: dict[str, list[str]] = {"ko": [], "en": []}
    for row in seed_library.list_articles():
        article = seed_library.get(row["id"])
        for paragraph in article["text"].split("\n"):
            for sentence in SENTENCE.split(paragraph):
                if len(sentence) > 30 and article["lang"] in pool:
                    pool[article["lang"]].append(sentence.strip())
    return pool


def build(folder: Path, count: int, seed: int = 7) -> Library:
    folder.mkdir(parents=True, exist_ok=True)
    starter_lib = Library.open(folder / "_starter")
    if not starter_lib.count():
        import_starter(starter_lib)
    pool = sentence_pool(starter_lib)
    starter_lib.close()
    library = Library.open(folder / f"synthetic-{count}")
    have = library.count()
    rng = random.Random(seed + have)
    started = time.perf_counter()
    tags = ["economy", "diplomacy", "chips", "minerals", "rail", "trade", "rates", "energy"]
    for i in range(have, count):
        lang = "ko" if i % 2 else "en"
        sentences = rng.sample(pool[lang], k=min(len(pool[lang]), rng.randint(8, 20)))
        paragraphs = [" ".join(sentences[j:j + 3]) for j in range(0, len(sentences), 3)]
        markdown = "\n\n".join(paragraphs) + f"\n\n({i})\n"
        text = "\n".join(paragraphs) + f"\n({i})"
        title = sentences[0][:80]
        record = {
            "title": title, "lang": lang, "source": rng.choice(["Wire A", "Wire B", "Daily C"]), "format": "markdown",
            "published": f"20{rng.randint(20, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "markdown": markdown, "text": text, "content_hash": content_hash(text),
        }
        if i % 1000 == 0:
            library.db.execute("BEGIN")
        _add(library, record, rng.choice(tags))
        if i % 1000 == 999 or i == count - 1:
            library.db.execute("COMMIT")
    if count > have:
        print(f"  built {count - have} synthetic articles in {time.perf_counter() - started:.1f} s")
    return library


def _add(library: Library, record: dict, tag: str) -> None:
    """add_article without its own transaction, so that 1,000 rows share one commit."""
    article_id = library._insert_article(record)
    library._attach_tag(article_id, tag, "import")
    library._index(article_id, record["title"], record["text"])
