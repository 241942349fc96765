"""The facts layer of the reading view: colours per kind (Okabe–Ito, distinguishable with the
common colour-vision deficiencies), labels, and the tooltip text of a fact."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.core.facts.model import KINDS, Fact

COLOURS = {
    "money": "#E69F00",
    "percent": "#56B4E9",
    "count": "#009E73",
    "quantity": "#B8A200",
    "date": "#0072B2",
    "organization": "#D55E00",
    "person": "#CC79A7",
    "place": "#7F7F7F",
}
CURRENCY_SIGNS = {"KRW": "₩", "USD": "$", "EUR": "€", "JPY": "¥", "CNY": "¥", "GBP": "£"}


def kind_label(kind: str) -> str:
    labels = {
        "money": QCoreApplication.translate("Facts", "Money"),
        "percent": QCoreApplication.translate("Facts", "Percentages"),
        "count": QCoreApplication.translate("Facts", "Counts"),
        "quantity": QCoreApplication.translate("Facts", "Quantities"),
        "date": QCoreApplication.translate("Facts", "Dates"),
        "organization": QCoreApplication.translate("Facts", "Organisations"),
        "person": QCoreApplication.translate("Facts", "People"),
        "place": QCoreApplication.translate("Facts", "Places"),
    }
    return labels.get(kind, kind)


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) else str(value)


def describe(fact: Fact) -> str:
    """The normalised value as a reader wants to see it: "₩270,000,000,000 · KRW"."""
    value = fact.value
    if fact.kind == "money" and isinstance(value, (int, float)):
        text = f"{CURRENCY_SIGNS.get(fact.unit, '')}{_number(value)} · {fact.unit}"
    elif isinstance(value, (list, tuple)):
        text = " – ".join(_number(v) for v in value) + (f" {fact.unit}" if fact.unit else "")
    elif fact.kind == "percent":
        text = f"{_number(value)} {'%p' if fact.unit == 'pp' else '%'}"
    elif fact.kind in ("count", "quantity"):
        text = f"{_number(value)} {fact.unit or ''}".strip()
    else:
        text = _number(value) if value is not None else fact.text
        counterpart = fact.extra.get("counterpart")
        if counterpart and counterpart != text:
            text = f"{text} · {counterpart}"
    if fact.qualifier:
        text = f"{text} ({fact.qualifier})"
    return f"{kind_label(fact.kind)}: {text}"


__all__ = ["COLOURS", "KINDS", "describe", "kind_label"]
