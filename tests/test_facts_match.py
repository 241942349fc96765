from reader.core.facts.match import same_fact
from reader.core.facts.model import Fact


def fact(kind, value, unit=None, text="x", **extra):
    return Fact(kind, 0, len(text), text, value, unit, extra=extra)


def test_money_equal_within_rounding_and_currency():
    assert same_fact(fact("money", 270_000_000_000, "KRW", "2,700억 원"), fact("money", 270e9, "KRW", "270 billion won"))
    assert same_fact(fact("money", 7_700_000_000, "USD", "$7.7 bn"), fact("money", 7_710_000_000, "USD", "$7.71 billion"))
    assert not same_fact(fact("money", 7_700_000_000, "USD", "$7.7 bn"), fact("money", 7_900_000_000, "USD", "$7.9 billion"))
    assert not same_fact(fact("money", 2_000_000_000, "USD"), fact("money", 2_000_000_000, "KRW"))


def test_money_conversion_with_rates():
    rates = {"USD": 1.0, "KRW": 1320.0}
    assert same_fact(fact("money", 937.6e9, "KRW"), fact("money", 711.2e6, "USD"), rates)
    assert not same_fact(fact("money", 937.6e9, "KRW"), fact("money", 900e6, "USD"), rates)


def test_percent_is_not_percentage_points():
    assert same_fact(fact("percent", 11.4, "%"), fact("percent", 11.4, "%"))
    assert not same_fact(fact("percent", 0.25, "%"), fact("percent", 0.25, "pp"))


def test_dates_at_the_same_grain_and_ranges():
    assert same_fact(fact("date", "2023-09"), fact("date", "2023-09"))
    assert not same_fact(fact("date", "2023-09"), fact("date", "2023-09-14"))
    assert same_fact(fact("date", ["2024", "2027"]), fact("date", ["2024", "2027"]))


def test_counterpart_names():
    ko = fact("place", "Uzbekistan", None, "우즈베키스탄", counterpart="Uzbekistan")
    en = fact("place", "Uzbekistan", None, "Uzbekistan", counterpart="우즈베키스탄")
    assert same_fact(ko, en)
    assert not same_fact(ko, fact("place", "Kazakhstan", None, "Kazakhstan"))
    assert not same_fact(ko, fact("organization", "Uzbekistan", None, "Uzbekistan"))


def test_figures_compare_at_their_written_precision():
    assert same_fact(fact("money", 38.2e9, "USD", "$38.2 billion"), fact("money", 38.2e9, "USD", "382억 달러"))
    assert not same_fact(fact("money", 38.2e9, "USD", "$38.2 billion"), fact("money", 38.5e9, "USD", "$38.5 billion"))
    assert same_fact(fact("money", 1.2e12, "KRW", "1조 2천억 원"), fact("money", 1.2e12, "KRW", "1.2 trillion won"))
    assert not same_fact(fact("percent", 11.4, "%", "11.4%"), fact("percent", 11.2, "%", "11.2%"))
    assert same_fact(fact("percent", 11.4, "%", "11.4%"), fact("percent", 11, "%", "11%"))  # rounded, not different
