"""Whether two facts, usually one Korean and one English, state the same thing."""

from __future__ import annotations

import math
import re

from reader.core.facts.model import Fact

NAME_KINDS = ("organization", "person", "place")


def _numbers(value) -> list[float] | None:
    if isinstance(value, (int, float)):
        return [float(value)]
    if isinstance(value, (list, tuple)) and all(isinstance(v, (int, float)) for v in value):
        return [float(v) for v in value]
    return None


def significant_digits(text: str) -> int | None:
    """How precisely a figure is written: 2,700억 -> 2, 38.2 billion -> 3, 11.40% -> 4."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not number:
        return None
    written = number.group().replace(",", "")
    digits = written.replace(".", "").lstrip("0")
    if "." not in written:
        digits = digits.rstrip("0")  # 2,700 may be exact or rounded: count it as rounded
    more = "".join(re.findall(r"\d", text[number.end():]))  # 1조 2천억: the 2 is written too
    return max(1, len(digits) + len(more.lstrip("0").rstrip("0")))


def _round(x: float, digits: int) -> float:
    if x == 0:
        return 0.0
    return round(x, digits - 1 - math.floor(math.log10(abs(x))))


def _close(a: float, b: float, digits: int) -> bool:
    """Equal at the precision of the less precise figure: 2,700억 = 270 billion, 7.7 bn = 7.71 bn,
    but 38.2 bn ≠ 38.5 bn and 11.4% ≠ 11.2%."""
    return a == b or _round(a, digits) == _round(b, digits)


def same_fact(a: Fact, b: Fact, rates: dict[str, float] | None = None) -> bool:
    """Same kind and same meaning: values equal within rounding, same currency (or, with `rates`,
    the two halves of a conversion), dates at the same grain, counterpart names."""
    if a.kind != b.kind:
        return False
    if a.kind in NAME_KINDS:
        names_a = {str(a.value).casefold(), a.text.casefold(), str(a.extra.get("counterpart", "")).casefold()} - {""}
        names_b = {str(b.value).casefold(), b.text.casefold(), str(b.extra.get("counterpart", "")).casefold()} - {""}
        return bool(names_a & names_b)
    if a.kind == "date":
        return a.value == b.value
    va, vb = _numbers(a.value), _numbers(b.value)
    if va is None or vb is None or len(va) != len(vb):
        return a.value == b.value
    if a.kind == "money" and a.unit != b.unit:
        if not rates or a.unit not in rates or b.unit not in rates:
            return False
        # a conversion: compare in one currency, allowing 5% for the rate of the day
        in_usd_a = [v / rates[a.unit] for v in va]
        in_usd_b = [v / rates[b.unit] for v in vb]
        return all(abs(x - y) <= 0.05 * max(abs(x), abs(y)) for x, y in zip(in_usd_a, in_usd_b))
    if a.kind == "percent" and a.unit != b.unit:
        return False  # 3% is not 3 percentage points (a count's noun differs by language: not compared)
    digits = min(d for d in (significant_digits(a.text), significant_digits(b.text), 15) if d is not None)
    return all(_close(x, y, digits) for x, y in zip(va, vb))
