"""What a text is, told by its content, never by its file name: "markdown", "html" or "text"."""

from __future__ import annotations

import re

FRONT_MATTER = re.compile(r"\A\ufeff?\s*---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"</?(?:p|div|span|h[1-6]|br|a|ul|ol|li|table|tr|td|article|section|strong|em|img|blockquote)\b[^>]*>", re.IGNORECASE)
_MD_SIGNS = (
    re.compile(r"^#{1,6} \S", re.MULTILINE),  # ATX heading
    re.compile(r"^\s{0,3}[-*+] \S", re.MULTILINE),  # bullet
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),  # link
    re.compile(r"(\*\*|__)[^*_\n]+\1"),  # strong
    re.compile(r"^\s{0,3}> \S", re.MULTILINE),  # quote
    re.compile(r"^```", re.MULTILINE),  # fence
    re.compile(r"^[=-]{3,}\s*$", re.MULTILINE),  # setext underline
)


def sniff(text: str) -> str:
    if FRONT_MATTER.match(text):
        return "markdown"
    head = text[:5000]
    if _HTML_START.match(head):
        return "html"
    tags = len(_HTML_TAG.findall(head))
    words = max(1, len(head.split()))
    if tags >= 5 and tags / words > 0.05:
        return "html"
    signs = sum(1 for pattern in _MD_SIGNS if pattern.search(text[:20000]))
    if signs >= 2 or (signs == 1 and re.match(r"\s*#{1,2} \S", text)):
        return "markdown"
    return "text"
