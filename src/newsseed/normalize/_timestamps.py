"""Timestamps: a date and a time of day, with the zone or offset where one is written.

:func:`normalize_timestamp` reads ISO 8601 (extended and basic), RFC 2822/1123 (feeds,
HTTP), wire stamps (``26-FEB-1987 15:01:01.79``) and the forms pages print (``Updated
4:05 PM EDT, Mon June 2, 2025``, ``0:05 on May 2, 1998``): the time of day is found
(:mod:`._clock`), and what is left, without labels and joining words, is read as a date
by :func:`~newsseed.normalize.normalize_date`. Rules: ``docs/dates.md``, "Timestamps".
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import Any, Final

from newsseed.normalize._clock import (
    ISO_STAMP,
    ClockTime,
    date_text,
    find_time,
    offset_text,
    zone_offset,
)
from newsseed.normalize._dates import _anchor_date, _check_locale, normalize_date
from newsseed.normalize._values import DateValue

__all__ = ("moment", "normalize_timestamp")

#: Longer than any timestamp: such text is not read as one.
_LONGEST: Final = 96


def normalize_timestamp(
    text: str,
    /,
    *,
    anchor: _dt.date | DateValue | None = None,
    locale: str = "us",
    country: str | None = None,
) -> _dt.datetime | None:
    """Return the moment ``text`` names: a :class:`datetime.datetime`, aware (its
    ``tzinfo`` a fixed UTC offset) when the text gives an offset or a zone, naive
    otherwise; None when there is no time of day, or no date and no ``anchor``.

    The date is read by :func:`normalize_date` (relative dates against ``anchor``, numeric
    ones by ``locale``); a time alone (``Published 09:40 BST``) takes the anchor's date.
    A zone name that means more than one offset (``IST``, ``BST``, ``CST``) takes the
    reading of ``country`` (ISO 3166 alpha-2, a dateline's), else the locale's; where
    neither decides, the time is read without an offset. ``docs/dates.md`` has the
    zone table and every rule.

    >>> normalize_timestamp("2021-05-11T09:04:00+02:00").isoformat()
    '2021-05-11T09:04:00+02:00'
    >>> normalize_timestamp("Tue, 19 Apr 2011 08:15:02 -0400").isoformat()
    '2011-04-19T08:15:02-04:00'
    >>> normalize_timestamp("Updated 4:05 PM EDT, Mon June 2, 2025").isoformat()
    '2025-06-02T16:05:00-04:00'
    >>> normalize_timestamp("26-FEB-1987 15:01:01.79").isoformat()
    '1987-02-26T15:01:01.790000'
    >>> normalize_timestamp("Published 09:40 BST", anchor=_dt.date(2025, 6, 2)).isoformat()
    '2025-06-02T09:40:00+01:00'
    >>> normalize_timestamp("June 2, 2025") is None  # no time of day
    True
    """
    _check_locale(locale)
    text = text.replace("\x00", " ").strip()
    if not text or len(text) > _LONGEST:
        return None
    iso = ISO_STAMP().fullmatch(text)
    if iso is not None:
        return _iso_moment(iso.group)
    clock = find_time(text)
    if clock is None:
        return None
    rest = date_text(text, clock)
    if rest:
        value = normalize_date(rest, anchor=anchor, locale=locale)
        if value is None or value.month is None or value.day is None:
            return None
        day = _dt.date(value.year, value.month, value.day)
    else:
        anchored = _anchor_date(anchor)
        if anchored is None:
            return None
        day = anchored
    return moment(day, clock, locale=locale, country=country)


def _iso_moment(get: Callable[[str], Any]) -> _dt.datetime | None:
    """The moment a match of :data:`~newsseed.normalize._clock.ISO_STAMP` (its ``group``)
    names, or None."""
    try:
        day = _dt.date(int(get("y")), int(get("mo")), int(get("d")))
    except ValueError:
        return None
    hour, minute, second = int(get("h")), int(get("mi")), int(get("s") or 0)
    fraction = get("f")
    micro = int((fraction + "000000")[:6]) if fraction else 0
    if hour == 24 and (minute or second or micro):
        return None
    zone = get("z")
    if zone is not None and zone != "Z":
        zone = offset_text(zone)
    clock = ClockTime(hour % 24, minute, second, micro, 0, 0, zone, hour == 24)
    return moment(day, clock, locale="us", country=None)


def moment(
    day: _dt.date, clock: ClockTime, *, locale: str, country: str | None = None
) -> _dt.datetime | None:
    """The moment ``clock`` names on ``day`` (the next day's midnight for ``24:00``),
    aware where its zone has a known offset."""
    if clock.next_day:
        try:
            day += _dt.timedelta(days=1)
        except OverflowError:
            return None
    local = _dt.time(clock.hour, clock.minute, clock.second, clock.microsecond)
    moment = _dt.datetime.combine(day, local)
    if clock.zone is None:
        return moment
    offset = zone_offset(clock.zone, day, local, locale=locale, country=country)
    if offset is None:
        return moment  # an ambiguous name no country or locale decides: no offset
    zone = _dt.timezone.utc if not offset else _dt.timezone(offset)
    return moment.replace(tzinfo=zone)
