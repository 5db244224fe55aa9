"""Calendar dates in English news text.

Handles ISO dates, ``July 3, 2025``, ``3 July 2025``, ``Jul. 3``, ``July 3rd``,
``Thursday, July 3, 2025``, ``July 2025``, a bare year, numeric dates
(``07/03/2025``: month first for ``locale="us"``, day first for ``"uk"``), and
the relative words ``today``, ``yesterday``, ``tomorrow`` and weekday names
(``Tuesday``, ``on Tuesday``, ``last``/``next``/``this Tuesday``). A date without
a year takes the year that puts it nearest to the anchor; a relative date needs
an anchor: without one it is None, never a guess.
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


_WEEKDAYS: Final[dict[str, int]] = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
_NUMERIC: Final = regex.compile(
    r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})"
)
_RELATIVE_DAY: Final = regex.compile(
    r"(?:on\s+)?(?P<word>today|yesterday|tomorrow)", regex.IGNORECASE
)
_RELATIVE_WEEKDAY: Final = regex.compile(
    r"(?:(?:on\s+)?(?P<which>last|next|this|past|coming)\s+|on\s+)?(?P<day>[a-z]{3,9})\.?",
    regex.IGNORECASE,
)
_DAY_OFFSETS: Final = {"today": 0, "yesterday": -1, "tomorrow": 1}


def _relative(text: str, anchor: _dt.date) -> DateValue | None:
    """``today``, ``yesterday``, ``tomorrow`` and weekday names, against ``anchor``.

    A bare weekday (``Tuesday``, ``on Tuesday``) is the most recent such day on or
    before the anchor (news reports what happened); ``last`` and ``past`` mean
    strictly before, ``next`` and ``coming`` strictly after, ``this`` the day in
    the anchor's Monday-to-Sunday week.
    """
    day_word = _RELATIVE_DAY.fullmatch(text)
    if day_word is not None:
        found = anchor + _dt.timedelta(days=_DAY_OFFSETS[day_word.group("word").lower()])
        return DateValue(found.year, found.month, found.day)
    match = _RELATIVE_WEEKDAY.fullmatch(text)
    if match is None or match.group("day").lower() not in _WEEKDAYS:
        return None
    if text == text.lower() and len(match.group("day")) < 6:
        return None  # "sat", "sun", "wed" in lower case are words, not days
    target = _WEEKDAYS[match.group("day").lower()]
    which = (match.group("which") or "").lower()
    back = (anchor.weekday() - target) % 7
    if which in {"next", "coming"}:
        delta = (target - anchor.weekday()) % 7 or 7
    elif which in {"last", "past"}:
        delta = -(back or 7)
    elif which == "this":
        delta = target - anchor.weekday()
    else:
        delta = -back
    found = anchor + _dt.timedelta(days=delta)
    return DateValue(found.year, found.month, found.day)


def _numeric(match: regex.Match[str], locale: str) -> DateValue | None:
    first, second = int(match.group("a")), int(match.group("b"))
    month, day = (first, second) if locale == "us" else (second, first)
    try:
        return DateValue(int(match.group("year")), month, day)
    except ValueError:
        return None


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
    either side, the one that puts it nearest to ``anchor``. Numeric dates put
    the month first for ``locale="us"`` and the day first for ``locale="uk"``.
    Relative expressions (``yesterday``, ``on Tuesday``, ``next Friday``) are
    resolved against ``anchor`` and are None without one.

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
    >>> str(normalize_date("07/03/2025")), str(normalize_date("07/03/2025", locale="uk"))
    ('2025-07-03', '2025-03-07')
    >>> str(normalize_date("on Tuesday", anchor=_dt.date(2025, 7, 2)))
    '2025-07-01'
    >>> normalize_date("yesterday") is None
    True
    """
    if locale not in {"us", "uk"}:
        raise ValueError(f"locale must be 'us' or 'uk', not {locale!r}")
    stripped = text.strip()
    if len(stripped) > 64:
        return None
    numeric = _NUMERIC.fullmatch(stripped)
    if numeric is not None:
        return _numeric(numeric, locale)
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
    resolved = _anchor_date(anchor)
    return None if resolved is None else _relative(stripped, resolved)
