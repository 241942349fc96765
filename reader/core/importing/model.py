"""What an extractor hands to the importer: one article, already cleaned, as Markdown plus metadata."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extracted:
    markdown: str  # the article body (without its title), CommonMark
    title: str = ""
    subtitle: str = ""  # deck / standfirst, kept out of the body
    source: str = ""  # publication or agency ("Yonhap News Agency")
    author: str = ""
    published: str = ""  # ISO 8601: "2024-06-14" or "2024-06-14T09:30:00+09:00"
    url: str = ""  # canonical URL
    lang: str = ""  # as declared by the document ("ko", "en"); detection happens later
    tags: list[str] = field(default_factory=list)  # from front matter categories/tags, HTML keywords
    summary: str = ""  # excerpt / description
    image: str = ""  # lead image URL (never fetched)
    format: str = ""  # "text" | "markdown" | "html"
