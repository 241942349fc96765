"""The bilingual view's core: sentences (split.py) and their alignment across a Korean and an English
article (align.py). Every span is a pair of offsets into the article's canonical text (DESIGN.md)."""
