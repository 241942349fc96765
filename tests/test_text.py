"""The canonical text contract: one parser, blocks joined by one newline, spans that line up."""

from reader.core.text import canonical_text, parse_blocks

MD = """## A heading with *emphasis*

A paragraph with **strong** words, a [link](https://example.org/x) and `code`,
soft-wrapped onto a second line.  
After a hard break.

- first item
- second item
  1. nested ordered

> A quotation that carries 2,700억 원.

| Year | Amount |
|------|--------|
| 2024 | $7.7 bn |

![an image](https://example.org/i.png)

<div>raw <b>html</b> block</div>
"""


def test_blocks_and_text():
    blocks = parse_blocks(MD)
    assert [b.kind for b in blocks] == ["heading", "paragraph", "list_item", "list_item", "list_item", "paragraph", "table_row", "table_row", "paragraph"]
    text = canonical_text(MD)
    assert text.split("\n")[0] == "A heading with emphasis"
    assert "a link and code, soft-wrapped onto a second line.\nAfter a hard break." in text
    assert "an image" not in text and "<b>" not in text
    assert blocks[4].ordered and blocks[4].list_depth == 2 and blocks[4].number == 1
    assert blocks[5].quote_depth == 1


def test_block_offsets_and_spans_point_at_their_text():
    text = canonical_text(MD)
    for block in parse_blocks(MD):
        assert text[block.start:block.end] == block.text
        for span in block.spans:
            piece = block.text[span.start:span.end]
            assert piece and piece == piece.strip()
    para = parse_blocks(MD)[1]
    assert {(para.text[s.start:s.end], s.style) for s in para.spans} == {("strong", "strong"), ("link", "link"), ("code", "code")}


def test_deterministic_and_empty():
    assert canonical_text(MD) == canonical_text(MD)
    assert canonical_text("") == ""
    assert canonical_text("\n\n   \n") == ""
