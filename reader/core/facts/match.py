"""Whether two facts, usually one Korean and one English, state the same thing."""

from __future__ import annotations

import math

from reader.core.facts.model import Fact

NAME_KINDS = ("organization", "person", "place")


def _numbers(value) -> list[float] | None:
    if isinstance(value, (int, float)):
        return [float(value)]
    if isinstance(value, (list, tuple)) and all(isinstance(v, (int, float)) for v in value):
        return [float(v) for v in value]
    return None


def _close(a: float, b: float, digits: int = 2) -> bool:
    """Equal within the rounding of the less precise figure: 2,700억 = 270 billion, 7.7 bn ≈ 7.71 bn."""
    if a == b:
        return True
    if a == 0 or b == 0:
        return False
    larger = max(abs(a), abs(b))
    # a figure written with `digits` significant digits is exact to half a unit of its last digit
    tolerance = 10 ** (math.floor(math.log10(larger)) - digits + 1) / 2
    return abs(a - b) <= tolerance


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
    return all(_close(x, y) for x, y in zip(va, vb))
