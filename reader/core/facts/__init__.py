"""Facts in Korean and English news: amounts, percentages, counts, quantities, dates and names,
each with its span in the canonical text and a normalised value (issue: fact highlighting)."""
