"""The shape every extractor returns. Spans are offsets into the article's canonical text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("money", "percent", "count", "quantity", "date", "organization", "person", "place")


@dataclass
class Fact:
    kind: str  # one of KINDS
    start: int
    end: int
    text: str  # the surface text, == canonical_text[start:end]
    value: Any = None  # number; [low, high] for a range; ISO date string truncated to its grain; a name's canonical form
    unit: str | None = None  # ISO 4217 code for money ("KRW", "USD"); "%" or "pp" for percent; the noun/counter for a count; the unit for a quantity
    qualifier: str | None = None  # "more than", "about", "up to", "less than", "for 2024-2027", ...
    extra: dict = field(default_factory=dict)  # e.g. {"counterpart": "Uzbekistan"} for a name, {"relative": "내년"} for a date, {"conversion_of": index}

    def as_dict(self) -> dict:
        d = asdict(self)
        if not d["extra"]:
            d.pop("extra")
        return d
