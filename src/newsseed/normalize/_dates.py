"""Absolute calendar dates in English news text.

Handles ISO dates, ``July 3, 2025``, ``3 July 2025``, ``Jul. 3``, ``July 3rd``,
``Thursday, July 3, 2025``, ``July 2025`` and a bare year. A date without a
year takes the year that puts it nearest to the anchor; without an anchor it
is None, never a guess.
"""

from __future__ import annotations

import datetime as _dt
from typing import Final

import regex

from newsseed.normalize._values import DateValue

__all__ = ("MONTHS", "normalize_date")

#: Month names and abbreviations (lower case, no dot) to month numbers.
MONTHS: Final[dict[str, int]] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>[12]\d{3})"

# Every alternative is anchored and made of bounded, non-nested repeats: linear.
_FORMS: Final = tuple(
    regex.compile(pattern, regex.IGNORECASE | regex.VERSION1)
    for pattern in (
        r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})",
        r"(?P<year>\d{4})-(?P<mnum>\d{2})",
        rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?",
        rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?(?:\s+{_YEAR})?",
        rf"{_MONTH},?\s+{_YEAR}",
        _YEAR,
    )
)


def _anchor_date(anchor: _dt.date | DateValue | None) -> _dt.date | None:
    if anchor is None or isinstance(anchor, _dt.date):
        return anchor
    return _dt.date(anchor.year, anchor.month or 1, anchor.day or 1)


def _nearest_year(month: int, day: int, anchor: _dt.date) -> DateValue | None:
    best: tuple[int, DateValue] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = _dt.date(year, month, day)
        except ValueError:
            continue
        distance = abs((candidate - anchor).days)
        if best is None or distance < best[0]:
            best = (distance, DateValue(year, month, day))
    return None if best is None else best[1]


def normalize_date(
    text: str, /, *, anchor: _dt.date | DateValue | None = None, locale: str = "us"
) -> DateValue | None:
    """Return the calendar date ``text`` names, or None.

    ``text`` must be one date expression (surrounding white space is ignored).
    A date written without a year takes, of the anchor's year and the years on
    either side, the one that puts it nearest to ``anchor``.

    >>> normalize_date("July 3, 2025")
    DateValue(year=2025, month=7, day=3)
    >>> str(normalize_date("Thursday, 3rd July 2025"))
    '2025-07-03'
    >>> str(normalize_date("Jul. 2", anchor=DateValue(2025, 7, 2)))
    '2025-07-02'
    >>> normalize_date("Jul. 2") is None
    True
    >>> str(normalize_date("Dec 30", anchor=_dt.date(2026, 1, 2)))
    '2025-12-30'
    """
    del locale  # numeric day/month order arrives with numeric dates
    stripped = text.strip()
    if len(stripped) > 64:
        return None
    for form in _FORMS:
        match = form.fullmatch(stripped)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("mnum") is not None:
            month = int(groups["mnum"])
        elif groups.get("month") is not None:
            month = MONTHS[groups["month"].lower()]
        else:
            return DateValue(int(groups["year"]))
        day = None if groups.get("day") is None else int(groups["day"])
        try:
            if groups.get("year") is not None:
                return DateValue(int(groups["year"]), month, day)
            resolved = _anchor_date(anchor)
            if resolved is None or day is None:
                return None
            return _nearest_year(month, day, resolved)
        except ValueError:
            return None
    return None
