"""Calendar dates in English news text: one grammar, read whole or searched for.

:func:`normalize_date` reads one expression; ``find_dates`` (``_find.py``) finds every
expression in running text. Both use one grammar (``_grammar.py``: a pattern for each,
built from the same parts), and :func:`_resolve` turns a match into a :class:`DateValue`
against an anchor date. What the grammar does not read, machine dates (``_machine.py``)
and the dates of timestamps (``_clock.py``) are tried for. The rules, and why each is
the way it is, are in ``docs/dates.md``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, Literal

import attrs

from newsseed.normalize._clock import ISO_STAMP, date_text, find_time
from newsseed.normalize._grammar import (
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    read,
    rule_of,
)
from newsseed.normalize._machine import machine_date
from newsseed.normalize._text import lazy_re, lazy_regex
from newsseed.normalize._values import DateValue

if TYPE_CHECKING:
    import regex

__all__ = (
    "DateReading",
    "normalize_date",
    "normalize_date_and_explain",
)

_Tense = Literal["past", "future"] | None


@attrs.frozen
class DateReading:
    """What :func:`normalize_date_and_explain` made of one expression, and why.

    >>> reading = normalize_date_and_explain("on Tuesday", anchor=_dt.date(2025, 7, 2))
    >>> str(reading.value), reading.rule
    ('2025-07-01', 'weekday')
    >>> reading.note
    'Tuesday on or before the anchor 2025-07-02 (past tense by default)'
    """

    text: str
    """The expression read."""
    value: DateValue | None
    """The date it names, or None."""
    rule: str | None
    """The grammar rule that matched (``"month-day"``, ``"weekday"``...), or None."""
    note: str
    """How the value was reached, or why there is none."""


# ------------------------------------------------------------------------ resolving


def _day_value(day: _dt.date) -> DateValue:
    return DateValue(day.year, day.month, day.day)


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _period(first: _dt.date, last: _dt.date) -> DateValue | None:
    """The most precise value that holds the whole of ``first``..``last``."""
    if first == last:
        return _day_value(first)
    if (first.year, first.month) == (last.year, last.month):
        return DateValue(first.year, first.month)
    return DateValue(first.year) if first.year == last.year else None


def _week(anchor: _dt.date, weeks: int, weekend: bool) -> tuple[_dt.date, _dt.date]:
    monday = anchor - _dt.timedelta(days=anchor.weekday()) + _dt.timedelta(weeks=weeks)
    if weekend:
        return monday + _dt.timedelta(days=5), monday + _dt.timedelta(days=6)
    return monday, monday + _dt.timedelta(days=6)


def _nearest_year(
    month: int, day: int, anchor: _dt.date, weekday: int | None = None
) -> DateValue | None:
    """Of the anchor's year and those either side, the one nearest the anchor.

    A weekday written with the date (``Thursday, July 3``) picks, where it can,
    a year in which the date falls on that weekday.
    """
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(_dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None and any(c.weekday() == weekday for c in candidates):
        candidates = [c for c in candidates if c.weekday() == weekday]
    if not candidates:
        return None
    return _day_value(min(candidates, key=lambda c: abs((c - anchor).days)))


def _next_on_or_after(month: int, day: int, anchor: _dt.date) -> DateValue | None:
    """The day ``month``/``day`` on or after the anchor, within its year and the next."""
    for year in (anchor.year, anchor.year + 1):
        try:
            found = _dt.date(year, month, day)
        except ValueError:
            continue
        if found >= anchor:
            return _day_value(found)
    return None


def _month_near(month: int, anchor: _dt.date, tense: _Tense) -> tuple[int, int]:
    """The year of a bare month: by tense, or nearest to the anchor."""
    if tense == "past":
        return (anchor.year if month <= anchor.month else anchor.year - 1), month
    if tense == "future":
        return (anchor.year if month >= anchor.month else anchor.year + 1), month
    ahead = (month - anchor.month) % 12
    return _shift_month(anchor.year, anchor.month, ahead if ahead < 6 else ahead - 12)


def _weekday(which: str, target: int, anchor: _dt.date, tense: _Tense) -> tuple[int, str]:
    back = (anchor.weekday() - target) % 7
    ahead = (target - anchor.weekday()) % 7
    if which in {"next", "coming"}:
        return ahead or 7, f"after the anchor {anchor}"
    if which in {"last", "past"}:
        return -(back or 7), f"before the anchor {anchor}"
    if which == "this":
        return target - anchor.weekday(), f"in the Monday-to-Sunday week of the anchor {anchor}"
    if tense == "future":
        return ahead, f"on or after the anchor {anchor} (future tense)"
    return -back, f"on or before the anchor {anchor} (past tense by default)"


_UNIT_DAYS: Final = {"day": 1, "week": 7}
_OUT_OF_RANGE: Final = "falls outside the years 1 to 9999"
#: The note of a text that looks like a date but names none ("February 30").
_NO_SUCH_DAY: Final = "no such day"


def _offset(
    count: int, unit: str, base: DateValue | None, what: str
) -> tuple[DateValue | None, str]:
    """``count`` units after ``base`` (before, if negative), at the unit's precision."""
    if base is None:
        return None, f"needs {what}"
    unit = unit.lower().removesuffix("s")
    if unit == "decade":
        count, unit = count * 10, "year"
    try:
        if unit == "year":
            return DateValue(base.year + count), f"{count:+d} year(s) from {what} {base}"
        if unit == "month":
            if base.month is None:
                return None, f"{what} {base} is not known to the month"
            year, month = _shift_month(base.year, base.month, count)
            return DateValue(year, month), f"{count:+d} month(s) from {what} {base}"
        if base.month is None or base.day is None:
            return None, f"{what} {base} is not known to the day"
        day = _dt.date(base.year, base.month, base.day) + _dt.timedelta(
            days=count * _UNIT_DAYS[unit]
        )
    except (ValueError, OverflowError):
        return None, _OUT_OF_RANGE
    return _day_value(day), f"{count:+d} {unit}(s) from {what} {base}"


def _fixed_day(
    year: str | None,
    month: int,
    day: int,
    anchor: _dt.date | None,
    weekday: int | None,
    *,
    tense: _Tense = None,
) -> tuple[DateValue | None, str]:
    if year is not None:
        try:
            return DateValue(int(year), month, day), "written in full"
        except ValueError:
            return None, _NO_SUCH_DAY
    if anchor is None:
        return None, "no year written, and there is no anchor"
    if tense == "future" and weekday is None:
        ahead = _next_on_or_after(month, day, anchor)
        if ahead is not None:
            return (
                ahead,
                f"no year written: the first on or after the anchor {anchor} (future tense)",
            )
    value = _nearest_year(month, day, anchor, weekday)
    if value is None:
        return None, _NO_SUCH_DAY
    return value, f"no year written: the year that puts it nearest the anchor {anchor}"


class _Groups:
    """The named groups of a match, read one by one (``groupdict`` costs more than the rest)."""

    __slots__ = ("_match",)

    def __init__(self, match: regex.Match[str]) -> None:
        self._match = match

    def __getitem__(self, name: str) -> str | None:
        try:
            group: str | None = self._match.group(name)
        except IndexError:  # a part of the grammar without that group: not written
            return None
        return group

    get = __getitem__


_SPACES: Final = lazy_regex(r"\s+")
# What every machine date and timestamp holds somewhere (told before they are tried):
# a digit beside a separator or a letter, two numbers with a space between, six digits,
# a time of day.
#: A time of day's clock (``4:05``): the grammar reads no text that holds one.
_CLOCK: Final = lazy_re(r"\d:\d\d")
_DIGIT_RUNS: Final = lazy_re(r"\d+")


def _numbers_enough(text: str) -> bool:
    """Whether ``text`` has the numbers a machine date or a timestamp needs: two runs of
    digits (``19-Apr-2011``, ``4:05``), a run of six or more (``20110419``), a two-digit
    year after an apostrophe (``Apr '96``), or a time written with a word (``10 a.m.``,
    ``noon``)."""
    runs = _DIGIT_RUNS().findall(text)
    if len(runs) >= 2 or (runs and len(runs[0]) >= 6) or "'" in text or "’" in text:
        return True
    lower = text.lower()
    if "noon" in lower or "midday" in lower or "midnight" in lower:
        return True
    return "m" in lower and ("a" in lower or "p" in lower)


_MACHINE_SHAPE: Final = lazy_re(
    r"\d[/.\-:'’T]|[/.\-:'’]\d|\d[A-Za-z]|[A-Za-z]\d|\d\s\d|\d\s[A-Za-z]{3,9}\.?\s\d|\d{6}"
    r"|\d\s?[aApP]\.?\s?[mM]|\d{4}\s?[A-Z]|(?i:noon|midday|midnight)"
)


@attrs.frozen
class _Context:
    """What a match is resolved against."""

    anchor: _dt.date | None
    locale: str
    tense: _Tense = None
    reference: DateValue | None = None


#: A value (or None: not resolvable) and how it was reached.
_Result = tuple[DateValue | None, str]


def _iso(groups: _Groups, _: _Context) -> _Result:
    day = groups.get("day")
    try:
        value = DateValue(
            int(groups["year"] or 0), int(groups["mnum"] or 0), None if day is None else int(day)
        )
    except ValueError:
        return None, _NO_SUCH_DAY
    return value, "ISO 8601"


def _numeric(groups: _Groups, context: _Context) -> _Result:
    first, second = int(groups["a"] or 0), int(groups["b"] or 0)
    if (first > 12) != (second > 12):  # "19/04/2011": a field over 12 is the day
        month_first = second > 12
        why = "a field over 12 is the day"
    else:
        month_first = context.locale == "us"
        why = f"locale {context.locale!r}"
    month, day = (first, second) if month_first else (second, first)
    try:
        value = DateValue(int(groups["year"] or 0), month, day)
    except ValueError:
        return None, _NO_SUCH_DAY
    return value, f"{why}: {'month' if month_first else 'day'} first"


def _month_of(groups: _Groups) -> int:
    return MONTHS[(groups["month"] or "").lower().rstrip(".")]


def _weekday_of(groups: _Groups) -> int | None:
    name = groups.get("wday")
    return None if name is None else WEEKDAYS[name.lower().rstrip(".")]


def _day_of_month(groups: _Groups, context: _Context) -> _Result:
    return _fixed_day(
        groups["year"],
        _month_of(groups),
        int(groups["day"] or 0),
        context.anchor,
        _weekday_of(groups),
        tense=context.tense,
    )


def _month_year(groups: _Groups, _: _Context) -> _Result:
    return DateValue(int(groups["year"] or 0), _month_of(groups)), "month and year"


def _holiday(groups: _Groups, context: _Context) -> _Result:
    name = _SPACES().sub(" ", groups["name"] or "").lower().replace("’", "'")
    month, day = HOLIDAYS[name]
    return _fixed_day(groups["year"], month, day, context.anchor, None)


def _year(groups: _Groups, _: _Context) -> _Result:
    year = int(groups["year"] or 0)
    return (DateValue(year), "a year") if year else (None, _NO_SUCH_DAY)


def _decade(_groups: _Groups, _: _Context) -> _Result:
    return None, "a decade: longer than the year a DateValue can hold"


def _month(groups: _Groups, context: _Context) -> _Result:
    anchor = _need_anchor(context)
    year, month = _month_near(_month_of(groups), anchor, context.tense)
    how = {"past": "on or before", "future": "on or after", None: "nearest"}[context.tense]
    return DateValue(year, month), f"no year written: the month {how} the anchor {anchor}"


def _month_relative(groups: _Groups, context: _Context) -> _Result:
    anchor = _need_anchor(context)
    month = _month_of(groups)
    which = (groups.get("which") or "").lower()
    if not which:
        rel = (groups["rel"] or "").lower()
        year = anchor.year + _STEPS[rel]
        return DateValue(year, month), f"{rel} year: {year}, from the anchor {anchor}"
    year = anchor.year
    if which == "last" and month >= anchor.month:
        year -= 1
    elif which == "next" and month <= anchor.month:
        year += 1
    how = {"last": "the last before", "next": "the next after", "this": "in the year of"}[which]
    return DateValue(year, month), f"{which} {groups['month']}: {how} the anchor {anchor}"


_STEPS: Final = {"this": 0, "last": -1, "next": 1}


def _relative_period(groups: _Groups, context: _Context) -> _Result:
    anchor = _need_anchor(context)
    rel = (groups["rel"] or "").lower()
    unit = (groups["unit"] or "").lower().removesuffix("s")  # ("this years": misspelt)
    step = _STEPS[rel]
    if unit == "year":
        return DateValue(anchor.year + step), f"{rel} year, from the anchor {anchor}"
    if unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, step)
        return DateValue(year, month), f"{rel} month, from the anchor {anchor}"
    first, last = _week(anchor, step, weekend=unit == "weekend")
    return _period(first, last), f"{rel} {unit}: {first} to {last}; the value that holds it all"


def _weekday_rule(groups: _Groups, context: _Context) -> _Result:
    anchor = _need_anchor(context)
    target = _weekday_of(groups)
    assert target is not None  # the rule has a weekday group
    which = (groups.get("which") or "").lower()
    name = _WEEKDAY_NAMES[target]
    week = groups.get("week")
    if week is not None:  # "Thursday of next week": that week's Thursday
        monday, _ = _week(anchor, _STEPS[week.lower()], weekend=False)
        day = monday + _dt.timedelta(days=target)
        return _day_value(day), f"{name} of {week.lower()} week, from the anchor {anchor}"
    delta, how = _weekday(which, target, anchor, context.tense)
    return _day_value(anchor + _dt.timedelta(days=delta)), f"{name} {how}"


_WEEKDAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
_DAY_WORDS: Final = {
    "yesterday": -1,
    "tomorrow": 1,
    "last night": -1,
    "before yesterday": -2,
    "after tomorrow": 2,
}


def _relative_day(groups: _Groups, context: _Context) -> _Result:
    anchor = _need_anchor(context)
    delta = _DAY_WORDS.get(_SPACES().sub(" ", groups["word"] or "").lower(), 0)
    return _day_value(
        anchor + _dt.timedelta(days=delta)
    ), f"{delta:+d} days from the anchor {anchor}"


_DIRECTIONS: Final = {
    "ago": -1,
    "from now": 1,
    "earlier": -1,
    "previously": -1,
    "before": -1,
    "prior": -1,
    "later": 1,
    "following": 1,
    "next": 1,
    "same": 0,
    "that": 0,
    **dict.fromkeys(("end", "start", "beginning", "middle", "rest", "turn"), 0),
    "after": 1,
    "previous": -1,
    "preceding": -1,
}


_PARTS_OF_DAYS: Final = frozenset({"morning", "afternoon", "evening", "night"})


def _counted(groups: _Groups, context: _Context) -> _Result:
    """``two days ago`` from the anchor; ``a week earlier``, ``the next day`` from the reference."""
    count_text = (groups.get("count") or "a").lower()
    if count_text.isdigit():
        count = int(count_text)
    else:  # "eight", "twenty-five"
        count = sum(NUMBER_WORDS[part] for part in count_text.split("-"))
    direction = _SPACES().sub(" ", groups["dir"] or "").lower()
    step = count * _DIRECTIONS[direction]
    unit = groups["unit"] or ""
    if unit.lower() in _PARTS_OF_DAYS:
        unit = "day"  # "the next morning": the next day
    if direction not in {"ago", "from now"} and context.reference is not None:
        return _offset(step, unit, context.reference, "the date mentioned before")
    base = None if context.anchor is None else _day_value(context.anchor)
    return _offset(step, unit, base, "the anchor")


class _NoAnchor(Exception):
    """A relative rule met no anchor."""


def _need_anchor(context: _Context) -> _dt.date:
    if context.anchor is None:
        raise _NoAnchor
    return context.anchor


_RESOLVERS: Final[dict[str, Callable[[_Groups, _Context], _Result]]] = {
    "iso-date": _iso,
    "iso-month": _iso,
    "numeric": _numeric,
    "month-day": _day_of_month,
    "day-month": _day_of_month,
    "month-year": _month_year,
    "month-relative": _month_relative,
    "relative-period": _relative_period,
    "weekday": _weekday_rule,
    "relative-day": _relative_day,
    "ago": _counted,
    "reference": _counted,
    "holiday": _holiday,
    "month": _month,
    "year": _year,
    "decade": _decade,
}


def _resolve(
    match: regex.Match[str], context: _Context, rule: str | None = None
) -> tuple[str, DateValue | None, str]:
    """The rule, the value (or None) and a note; the note is :data:`_NO_SUCH_DAY` for non-dates."""
    rule = rule or rule_of(match)
    try:
        value, note = _RESOLVERS[rule](_Groups(match), context)
    except _NoAnchor:
        return rule, None, "relative to the article's date, and there is no anchor"
    except (ValueError, OverflowError):  # counted past the years 1 to 9999 from the anchor
        return rule, None, _OUT_OF_RANGE
    return rule, value, note


def _anchor_date(anchor: _dt.date | DateValue | None) -> _dt.date | None:
    if anchor is None or type(anchor) is _dt.date:
        return anchor
    if isinstance(anchor, _dt.datetime):
        return anchor.date()
    if isinstance(anchor, _dt.date):
        return _dt.date(anchor.year, anchor.month, anchor.day)
    if isinstance(anchor, DateValue):
        if anchor.month is None or anchor.day is None:
            raise ValueError(f"an anchor must be known to the day, not {str(anchor)!r}")
        return _dt.date(anchor.year, anchor.month, anchor.day)
    raise TypeError(f"anchor must be a datetime.date, a DateValue or None, not {anchor!r}")


def _check_locale(locale: str) -> None:
    if locale not in {"us", "uk"}:
        raise ValueError(f"locale must be 'us' or 'uk', not {locale!r}")


#: Longer than any date expression: such text is not read as one.
_MAX_EXPRESSION: Final = 64


def normalize_date_and_explain(
    text: str, /, *, anchor: _dt.date | DateValue | None = None, locale: str = "us"
) -> DateReading:
    """Read one date expression as :func:`normalize_date` does, and say how.

    >>> reading = normalize_date_and_explain("Dec 30", anchor=_dt.date(2026, 1, 2))
    >>> str(reading.value), reading.rule
    ('2025-12-30', 'month-day')
    >>> reading.note
    'no year written: the year that puts it nearest the anchor 2026-01-02'
    >>> normalize_date_and_explain("10-year").note
    'not a date expression'
    """
    rule, value, note = _read(text, anchor, locale)
    return DateReading(text, value, rule, note)


def _read(
    text: str, anchor: _dt.date | DateValue | None, locale: str
) -> tuple[str | None, DateValue | None, str]:
    _check_locale(locale)
    resolved = _anchor_date(anchor)
    stripped = text.strip()
    if len(stripped) > _MAX_EXPRESSION:
        return None, None, f"longer than {_MAX_EXPRESSION} characters"
    if _CLOCK().search(stripped) is not None:  # "4:05 PM, June 2": no expression holds a time
        found = _stamp_date(stripped, anchor, locale)
        if found[1] is not None:
            return found
    match = read(stripped)
    if match is None:
        return _machine_or_stamp(stripped, anchor, locale)
    return _resolve(match, _Context(resolved, locale))


def _machine_or_stamp(
    text: str, anchor: _dt.date | DateValue | None, locale: str
) -> tuple[str | None, DateValue | None, str]:
    """What the grammar does not read: a date as machines write it (``19-Apr-2011``,
    ``20110419``), or the date of a timestamp, its time of day set aside."""
    if not _MACHINE_SHAPE().search(text) or not _numbers_enough(text):
        return None, None, "not a date expression"  # ("Route 66", "Covid-19": no such shape)
    value = machine_date(text, locale)
    if value is not None:
        return "machine", value, "a date as machines write it"
    return _stamp_date(text, anchor, locale)


def _stamp_date(
    text: str, anchor: _dt.date | DateValue | None, locale: str
) -> tuple[str | None, DateValue | None, str]:
    """The date of a timestamp, its time of day set aside (``2021-05-11T09:04Z``,
    ``Updated 4:05 PM EDT, Mon June 2, 2025``)."""
    stamp = ISO_STAMP().fullmatch(text)
    if stamp is not None:  # "20210511T090400Z": the date as written
        try:
            value = DateValue(int(stamp["y"]), int(stamp["mo"]), int(stamp["d"]))
        except ValueError:
            return "ISO 8601", None, _NO_SUCH_DAY
        return "ISO 8601", value, "an ISO 8601 timestamp: its date as written"
    clock = find_time(text)
    if clock is not None:
        rest = date_text(text, clock)
        if rest and len(rest) < len(text):
            rule, found, note = _read(rest, anchor, locale)
            if found is not None:
                return rule, found, f"{note}; the time of day set aside"
    return None, None, "not a date expression"


def normalize_date(
    text: str, /, *, anchor: _dt.date | DateValue | None = None, locale: str = "us"
) -> DateValue | None:
    """Return the calendar date ``text`` names, or None.

    ``text`` is one date expression; surrounding white space and a leading
    preposition (``on``, ``in``, ``since``...) are ignored. Absolute dates need
    no anchor. A date without a year takes, of the anchor's year and the years
    either side, the one nearest the anchor. Numeric dates put the month first
    for ``locale="us"`` and the day first for ``locale="uk"``. Relative
    expressions are resolved against ``anchor`` (a ``datetime.date`` or a
    day-precision :class:`~newsseed.DateValue`) and are None without one. A period that
    is not one day (``last week``) gives the most precise value that holds it
    all; a decade gives None. ``docs/dates.md`` lists every rule.

    >>> normalize_date("July 3, 2025")
    DateValue(year=2025, month=7, day=3)
    >>> str(normalize_date("Thursday, 3rd July 2025"))
    '2025-07-03'
    >>> str(normalize_date("Jul. 2", anchor=DateValue(2025, 7, 2)))
    '2025-07-02'
    >>> normalize_date("Jul. 2") is None
    True
    >>> str(normalize_date("07/03/2025")), str(normalize_date("07/03/2025", locale="uk"))
    ('2025-07-03', '2025-03-07')
    >>> str(normalize_date("on Tuesday", anchor=_dt.date(2025, 7, 2)))
    '2025-07-01'
    >>> str(normalize_date("in February this year", anchor=_dt.date(2025, 7, 2)))
    '2025-02'
    >>> str(normalize_date("two days ago", anchor=_dt.date(2025, 7, 2)))
    '2025-06-30'
    >>> normalize_date("yesterday") is None
    True
    """
    return _read(text, anchor, locale)[1]
