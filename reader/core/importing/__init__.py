"""Import: bytes -> text (decode) -> kind (sniff) -> article (plaintext, markdown, html) -> library."""
