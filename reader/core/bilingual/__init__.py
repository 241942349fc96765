"""The bilingual view's core: sentences (split.py), their alignment across a Korean and an English
article (align.py, with the word list of lexicon.py), and a pair exported side by side (export.py).
Every span is a pair of offsets into the article's canonical text (DESIGN.md)."""
