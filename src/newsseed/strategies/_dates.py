"""Dates as news writes them: :class:`DateText`, :func:`date_texts` and a writer per rule
of the date grammar (:data:`DATE_RULES`)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import Final

import attrs
from hypothesis import strategies as st

from newsseed._model import DateValue
from newsseed.strategies._words import (
    _MONTH_NAMES,
    _WEEKDAY_ABBREVIATIONS,
    _WEEKDAY_NAMES,
    _month_forms,
    _nearest_year,
    _one_of,
    _ordinal,
    _value,
)

#: The rules of the date grammar (``docs/dates.md``) that :func:`date_texts` writes.
DATE_RULES: Final[tuple[str, ...]] = (
    "iso-date",
    "iso-month",
    "numeric",
    "month-day",
    "day-month",
    "month-year",
    "year",
    "holiday",
    "decade",
    "relative-day",
    "weekday",
    "relative-period",
    "month-relative",
    "month",
    "ago",
    "reference",
)


@attrs.frozen
class DateText:
    """A date expression, what it is read against, and the value it names.

    ``normalize_date(d.text, anchor=d.anchor, locale=d.locale) == d.value``, and
    ``normalize_date_and_explain`` (same arguments) names ``d.rule``.
    """

    text: str
    """The expression, as news writes it (``"Thursday, July 3, 2025"``, ``"last Tuesday"``)."""
    anchor: dt.date | None
    """The date it was written on (None: no anchor, so a relative expression names nothing)."""
    locale: str
    """``"us"`` or ``"uk"``: which comes first in a numeric date, the month or the day."""
    value: DateValue | None
    """The date it names: None for a decade, and for a relative expression with no anchor."""
    rule: str
    """The grammar rule that reads it (one of :data:`DATE_RULES`)."""


_EARLIEST: Final = dt.date(1000, 1, 1)
_LATEST: Final = dt.date(2999, 12, 31)
# Anchors from 1900 to 2100, often in the week either side of a new year, where weeks
# and days without a year cross from one year to the next.
_ANCHORS: Final = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)) | st.builds(
    lambda year, days: dt.date(year, 1, 1) + dt.timedelta(days=days),
    st.integers(1900, 2100),
    st.integers(-7, 6),
)
_HOLIDAYS: Final = (
    ("Christmas Day", 12, 25),
    ("Christmas Eve", 12, 24),
    ("Boxing Day", 12, 26),
    ("New Year's Day", 1, 1),
    ("New Year’s Day", 1, 1),
    ("New Year's Eve", 12, 31),
    ("Valentine's Day", 2, 14),
    ("Halloween", 10, 31),
)
_COUNT_WORDS: Final = (
    ("a", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("hundred", 100),
)

#: What a rule writes: the text and the value, given the anchor and the locale.
_Written = tuple[str, DateValue | None]
_DateRule = Callable[[st.DrawFn, "dt.date | None", str], _Written]


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _preposition(draw: st.DrawFn, *words: str) -> str:
    """Perhaps one of ``words`` and a space (``normalize_date`` reads past it)."""
    return draw(st.sampled_from(("", *(word + " " for word in words))))


def _weekday_forms(draw: st.DrawFn, weekday: int) -> str:
    """A weekday written in full or short (``Thursday``, ``Thu``, ``Thurs.``), before a date."""
    if draw(st.booleans()):
        return _WEEKDAY_NAMES[weekday]
    return _one_of(draw, _WEEKDAY_ABBREVIATIONS[weekday]) + _one_of(draw, ("", "."))


def _day_forms(draw: st.DrawFn, day: int) -> str:
    return _ordinal(day) if draw(st.booleans()) else str(day)


def _no_year(
    draw: st.DrawFn, month: int, day: int, anchor: dt.date | None
) -> tuple[int | None, DateValue | None]:
    """A day written without its year: the weekday written with it (or None), and its value.

    The weekday is the one the day falls on in the year nearest the anchor, or in another
    year either side of it (which it then picks).
    """
    if anchor is None:
        return draw(st.none() | st.integers(0, 6)), None
    near = _nearest_year(month, day, anchor)
    if near is None:
        return None, None
    if draw(st.booleans()):
        return None, _value(near)
    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _exists(y, month, day)]
    chosen = dt.date(_one_of(draw, years), month, day)
    return chosen.weekday(), _value(chosen)


def _exists(year: int, month: int, day: int) -> bool:
    return day <= calendar.monthrange(year, month)[1]


def _written_days(draw: st.DrawFn, anchor: dt.date | None) -> tuple[dt.date, bool]:
    """A day to write, and whether to write its year (always where the years either side
    of the anchor are as near: the day without its year would be in doubt)."""
    day = draw(st.dates(_EARLIEST, _LATEST))
    if anchor is not None and _nearest_year(day.month, day.day, anchor) is None:
        return day, True
    return day, draw(st.booleans())


def _iso_date(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day = draw(st.dates(_EARLIEST, _LATEST))
    return _preposition(draw, "on", "since") + day.isoformat(), _value(day)


def _iso_month(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day = draw(st.dates(_EARLIEST, _LATEST))
    return f"{day.year:04d}-{day.month:02d}", DateValue(day.year, day.month)


def _numeric(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day = draw(st.dates(_EARLIEST, _LATEST))
    separator = _one_of(draw, "/.-")
    padded = draw(st.booleans())
    month, number = (f"{day.month:02d}", f"{day.day:02d}") if padded else (day.month, day.day)
    first, second = (month, number) if locale == "us" else (number, month)
    return f"{first}{separator}{second}{separator}{day.year}", _value(day)


def _month_day(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day, with_year = _written_days(draw, anchor)
    month = _month_forms(draw, day.month)
    if draw(st.integers(0, 5)) == 0:
        month = month.upper()
    if with_year:
        weekday: int | None = day.weekday() if draw(st.booleans()) else None
        value: DateValue | None = _value(day)
        text = f"{month} {_day_forms(draw, day.day)}{_one_of(draw, (', ', ' '))}{day.year}"
    else:
        weekday, value = _no_year(draw, day.month, day.day, anchor)
        text = f"{month} {_day_forms(draw, day.day)}"
    if weekday is not None:
        text = f"{_weekday_forms(draw, weekday)}{_one_of(draw, (', ', ' '))}{text}"
    return _preposition(draw, "on", "until") + text, value


def _day_month(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day, with_year = _written_days(draw, anchor)
    month = _month_forms(draw, day.month)
    if draw(st.booleans()):
        text = f"the {_ordinal(day.day)} of {month}"
    else:
        text = f"{_day_forms(draw, day.day)} {month}"
    if with_year:
        weekday: int | None = day.weekday() if draw(st.booleans()) else None
        value: DateValue | None = _value(day)
        text += f"{_one_of(draw, (', ', ' '))}{day.year}"
    else:
        weekday, value = _no_year(draw, day.month, day.day, anchor)
    if weekday is not None:
        text = f"{_weekday_forms(draw, weekday)}{_one_of(draw, (', ', ' '))}{text}"
    return _preposition(draw, "on", "by") + text, value


def _modifier(draw: st.DrawFn) -> str:
    """``early``, ``mid-`` or ``late`` before a month or a year, or nothing."""
    return _one_of(draw, ("", "", "early ", "mid-", "late "))


def _month_year(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day = draw(st.dates(_EARLIEST, _LATEST))
    month = _month_forms(draw, day.month)
    joint = _one_of(draw, (" ", ", ", " of "))
    text = f"{_modifier(draw)}{month}{joint}{day.year}"
    return _preposition(draw, "in", "since", "as of") + text, DateValue(day.year, day.month)


def _year(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    modifier = _modifier(draw)
    # With early, mid- or late, the grammar reads the years 1800 to 2099 only.
    year = draw(st.integers(1800, 2099) if modifier else st.integers(1000, 2999))
    return _preposition(draw, "in", "since", "by") + f"{modifier}{year}", DateValue(year)


def _holiday(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    name, month, day = _one_of(draw, _HOLIDAYS)
    near = None if anchor is None else _nearest_year(month, day, anchor)
    if draw(st.booleans()) or (anchor is not None and near is None):
        year = draw(st.integers(1000, 2999))
        return f"{name}{_one_of(draw, (' ', ', '))}{year}", DateValue(year, month, day)
    return name, None if near is None else _value(near)


def _decade(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    decade = draw(st.integers(180, 209)) * 10
    if draw(st.integers(0, 3)) == 0:
        apostrophe = _one_of(draw, ("'", "’"))
        written = f"{apostrophe}{decade % 100:02d}s"
    else:
        written = f"{_one_of(draw, ('', 'early ', 'mid-', 'late '))}{decade}s"
    return _one_of(draw, ("", "the ")) + written, None


def _relative(anchor: dt.date | None, days: int) -> DateValue | None:
    return None if anchor is None else _value(anchor + dt.timedelta(days=days))


def _relative_day(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    text, days = _one_of(
        draw,
        (
            ("today", 0),
            ("tonight", 0),
            ("this morning", 0),
            ("this afternoon", 0),
            ("this evening", 0),
            ("yesterday", -1),
            ("last night", -1),
            ("yesterday afternoon", -1),
            ("tomorrow", 1),
            ("tomorrow morning", 1),
            ("the day before yesterday", -2),
            ("the day after tomorrow", 2),
        ),
    )
    if draw(st.integers(0, 3)) == 0:
        text = text[0].upper() + text[1:]
    return text, _relative(anchor, days)


def _weekday_rule(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    target = draw(st.integers(0, 6))
    which = _one_of(draw, ("", "", "last", "past", "next", "coming", "this"))
    name = _WEEKDAY_NAMES[target]
    if anchor is None:
        back = ahead = 0
    else:
        back = (anchor.weekday() - target) % 7
        ahead = (target - anchor.weekday()) % 7
    if which in ("last", "past"):  # strictly before, within seven days
        days = -(back or 7)
    elif which in ("next", "coming"):  # strictly after, within seven days
        days = ahead or 7
    elif which == "this":  # in the anchor's Monday-to-Sunday week
        days = target - (0 if anchor is None else anchor.weekday())
    else:  # the most recent on or before the anchor
        days = -back
    part = _one_of(draw, ("", "", "", " morning", " night"))
    if not which and not part and draw(st.integers(0, 3)) == 0:
        name = _one_of(draw, _WEEKDAY_ABBREVIATIONS[target]) + _one_of(draw, ("", "."))
    text = (f"{which} " if which else _preposition(draw, "on")) + name + part
    return text, _relative(anchor, days)


def _week_value(first: dt.date, last: dt.date) -> DateValue:
    """The most precise value that holds all of ``first`` to ``last`` (one year at most)."""
    if (first.year, first.month) == (last.year, last.month):
        return DateValue(first.year, first.month)
    return DateValue(first.year)


def _relative_period(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    which = _one_of(draw, ("this", "last", "next"))
    step = {"this": 0, "last": -1, "next": 1}[which]
    unit = _one_of(draw, ("week", "weekend", "month", "year"))
    modifier = ""
    if unit in ("month", "year") and draw(st.booleans()):
        modifier = _one_of(draw, ("earlier ", "later ", "early ", "late "))
    text = f"{modifier}{which} {unit}"
    if anchor is None:
        return text, None
    if unit == "year":
        return text, DateValue(anchor.year + step)
    if unit == "month":
        return text, DateValue(*_shift_month(anchor.year, anchor.month, step))
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
    first, last = (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
    if unit == "week":
        first = monday
    if first.year != last.year:  # a week across the new year: no value holds it
        return text, None
    return text, _week_value(first, last)


def _month_relative(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    month = draw(st.integers(1, 12))
    name = _MONTH_NAMES[month - 1]
    which = _one_of(draw, ("this", "last", "next"))
    if draw(st.booleans()):  # "March last year"
        joint = _one_of(draw, (" ", ", ", " of "))
        text = _preposition(draw, "in") + f"{_modifier(draw)}{name}{joint}{which} year"
        if anchor is None:
            return text, None
        return text, DateValue(anchor.year + {"this": 0, "last": -1, "next": 1}[which], month)
    text = f"{which} {name}"  # "last March": the last such month before the anchor's
    if anchor is None:
        return text, None
    year = anchor.year
    if which == "last" and month >= anchor.month:
        year -= 1
    elif which == "next" and month <= anchor.month:
        year += 1
    return text, DateValue(year, month)


def _month_rule(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    # The nearest such month to the anchor's; not the month six away, as near either way.
    months = [m for m in range(1, 13) if anchor is None or (m - anchor.month) % 12 != 6]
    month = _one_of(draw, months)
    text = _one_of(draw, ("", "in ", "since ", "until ", "early ", "mid-", "late "))
    text += _MONTH_NAMES[month - 1]
    if anchor is None:
        return text, None
    ahead = (month - anchor.month) % 12
    return text, DateValue(
        *_shift_month(anchor.year, anchor.month, ahead if ahead < 6 else ahead - 12)
    )


def _ago(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    unit = _one_of(draw, ("day", "week", "month", "year", "decade"))
    if draw(st.booleans()):
        count_text, count = _one_of(draw, _COUNT_WORDS)
    else:
        count = draw(st.integers(1, 100 if unit == "decade" else 999))
        count_text = str(count)
    direction = _one_of(draw, ("ago", "from now", "earlier", "later", "before", "previously"))
    sign = 1 if direction in ("from now", "later") else -1
    text = f"{count_text} {unit}{'s' if count != 1 else ''} {direction}"
    if anchor is None:
        return text, None
    step = sign * count
    if unit in ("day", "week"):
        return text, _relative(anchor, step * (7 if unit == "week" else 1))
    if unit == "month":
        return text, DateValue(*_shift_month(anchor.year, anchor.month, step))
    return text, DateValue(anchor.year + step * (10 if unit == "decade" else 1))


def _reference(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    unit = _one_of(draw, ("day", "month", "year"))
    words = ("following", "previous", "preceding") + (("next", "same") if unit == "day" else ())
    which = _one_of(draw, words)
    text = f"the {which} {unit}"
    if anchor is None:
        return text, None
    step = {"following": 1, "next": 1, "same": 0}.get(which, -1)
    if unit == "day":
        return text, _relative(anchor, step)
    if unit == "month":
        return text, DateValue(*_shift_month(anchor.year, anchor.month, step))
    return text, DateValue(anchor.year + step)


_DATE_WRITERS: Final[dict[str, _DateRule]] = {
    "iso-date": _iso_date,
    "iso-month": _iso_month,
    "numeric": _numeric,
    "month-day": _month_day,
    "day-month": _day_month,
    "month-year": _month_year,
    "year": _year,
    "holiday": _holiday,
    "decade": _decade,
    "relative-day": _relative_day,
    "weekday": _weekday_rule,
    "relative-period": _relative_period,
    "month-relative": _month_relative,
    "month": _month_rule,
    "ago": _ago,
    "reference": _reference,
}


@st.composite
def _date_texts(draw: st.DrawFn, rules: tuple[str, ...]) -> DateText:
    rule = _one_of(draw, rules)
    anchor = draw(st.none() | _ANCHORS)
    locale = _one_of(draw, ("us", "uk"))
    text, value = _DATE_WRITERS[rule](draw, anchor, locale)
    return DateText(text, anchor, locale, value, rule)


def date_texts(rule: str | None = None) -> st.SearchStrategy[DateText]:
    """A date written in one of the ways :func:`~newsseed.normalize.normalize_date` reads.

    Each :class:`DateText` holds the expression, an anchor (a day from 1900 to 2100,
    often near a new year, or None), a locale, the value ``normalize_date`` gives and
    the rule that reads it. ``rule`` (one of :data:`DATE_RULES`) picks one rule; by
    default every one is drawn:
    ISO dates and months, numeric dates in either locale, ``July 3, 2025``,
    ``Thu., July 3rd``, ``the 3rd of July, 2025``, ``mid-March of 2024``, ``late 2024``,
    ``Christmas Eve 2024``, ``the '90s``, ``yesterday afternoon``, ``last Tuesday``,
    ``later this month``, ``March of last year``, ``since May``, ``two weeks ago``,
    ``the following day``... (``docs/dates.md`` has the rules). Written years run from
    1000 to 2999, and an expression is at most a few words (with a leading preposition
    at times), so that its value is not in doubt. Not written: a day without its year
    exactly as far from the anchor in the year before as in the year after, and a bare
    month six months from the anchor's (``docs/dates.md`` does not say which one is
    meant).

    >>> from hypothesis import given, settings
    >>> from newsseed.normalize import normalize_date
    >>> @settings(max_examples=20)
    ... @given(date_texts())
    ... def test_dates(d):
    ...     assert normalize_date(d.text, anchor=d.anchor, locale=d.locale) == d.value
    >>> test_dates()
    """
    if rule is None:
        return _date_texts(DATE_RULES)
    if rule not in _DATE_WRITERS:
        raise ValueError(f"unknown date rule {rule!r}; the rules are {', '.join(DATE_RULES)}")
    return _date_texts((rule,))
