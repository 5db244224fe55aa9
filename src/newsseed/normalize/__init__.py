"""Normalisers for news text: dates, people's names and US/UK spelling.

This package is a leaf: it needs only the standard library, attrs, regex and
its own data tables, so it can be used on its own.

>>> from newsseed import normalize
>>> str(normalize.normalize_date("July 3, 2025"))
'2025-07-03'
"""

from newsseed.normalize._dates import (
    DateReading,
    normalize_date,
    normalize_date_and_explain,
)
from newsseed.normalize._find import find_dates
from newsseed.normalize._names import PersonName, name_key, parse_name
from newsseed.normalize._spelling import (
    SpellingChange,
    SpellingOptions,
    spelling_key,
    to_uk,
    to_uk_and_explain,
    to_us,
    to_us_and_explain,
)
from newsseed.normalize._timestamps import normalize_timestamp
from newsseed.normalize._values import DateMention, DateValue, Span

__all__ = (
    "DateMention",
    "DateReading",
    "DateValue",
    "PersonName",
    "Span",
    "SpellingChange",
    "SpellingOptions",
    "find_dates",
    "name_key",
    "normalize_date",
    "normalize_date_and_explain",
    "normalize_timestamp",
    "parse_name",
    "spelling_key",
    "to_uk",
    "to_uk_and_explain",
    "to_us",
    "to_us_and_explain",
)
