"""Times of day and time zones as news and feeds write them.

:func:`find_time` finds the time of day in a timestamp (``08:15:02``, ``4:05 PM``,
``10:32 a.m.``, ``noon``, ``1505 GMT``) and the zone or offset after it (``EDT``,
``-0400``, ``+02:00``, ``Z``, ``UTC+5:30``); :func:`zone_offset` turns a zone's name into
an offset by :data:`ZONES`. The rules are in ``docs/dates.md``, "Timestamps".
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Any, Final

import attrs

from newsseed.normalize._text import lazy_re, lazy_regex

__all__ = (
    "AMBIGUOUS_ZONES",
    "ISO_STAMP",
    "ZONES",
    "ClockTime",
    "date_text",
    "find_time",
    "offset_text",
    "times_in",
    "zone_offset",
)

#: Zone names news and feeds use, to their offsets from UTC in minutes. ``ET``, ``CT``,
#: ``MT`` and ``PT`` (no S or D) name the US zones' standard or daylight time by the date
#: (:func:`zone_offset`); the names in :data:`AMBIGUOUS_ZONES` are not here.
ZONES: Final[dict[str, int]] = {
    "UTC": 0, "UT": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 60,
    "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "NST": -210,
    "NDT": -150, "ADT": -180,
    "CET": 60, "CEST": 120, "MET": 60, "MEST": 120, "EET": 120, "EEST": 180,
    "MSK": 180, "TRT": 180, "GST": 240, "PKT": 300, "NPT": 345, "ICT": 420, "WIB": 420,
    "SGT": 480, "HKT": 480, "PHT": 480, "AWST": 480, "JST": 540, "KST": 540,
    "ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    "SAST": 120, "CAT": 120, "EAT": 180, "WAT": 60,
}  # fmt: skip

#: Zone names that mean more than one offset: each reading, by the country (ISO 3166
#: alpha-2) whose time it is. Which one holds: the ``country`` given (a dateline's), else
#: the locale's reading (:data:`_LOCALE_READINGS`), else none: the time is read without
#: an offset (a naive datetime), never by a guess.
AMBIGUOUS_ZONES: Final[dict[str, dict[str, int]]] = {
    "IST": {"IN": 330, "IE": 60, "IL": 120},  # India, Irish, Israel Standard Time
    "BST": {"GB": 60, "BD": 360},  # British Summer Time, Bangladesh Standard Time
    "CST": {"US": -360, "CN": 480, "CU": -300},  # US Central, China, Cuba Standard Time
    "AST": {"CA": -240, "SA": 180},  # Atlantic Standard Time, Arabia Standard Time
}
#: The reading of an ambiguous name each locale takes when no country is given.
_LOCALE_READINGS: Final[dict[str, dict[str, str]]] = {
    "us": {"CST": "US", "BST": "GB", "AST": "CA"},
    "uk": {"CST": "US", "BST": "GB", "IST": "IE"},
}
#: The US zones' names without S or D, to their standard offsets.
_US_GENERIC: Final[dict[str, int]] = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}


@attrs.frozen
class ClockTime:
    """A time of day found in a text, and where it stands (with its zone)."""

    hour: int
    minute: int
    second: int
    microsecond: int
    start: int
    end: int
    zone: str | None = None
    """The zone's name as written (``EDT``), or an offset (``-04:00``), or None."""
    next_day: bool = False
    """``24:00``: the midnight that ends the day."""


_AMPM = r"(?P<ampm>[aApP])\.?\s?[mM]\.?(?![A-Za-z])"
_TIME: Final = lazy_re(
    r"(?<![\d:.,])(?:"
    r"(?P<h>[01]?\d|2[0-4]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d)(?:[.,](?P<f>\d{1,9}))?)?"
    rf"(?:\s?{_AMPM})?"
    r"|(?P<h12>1[0-2]|0?[1-9])\s?(?P<ampm12>[aApP])\.?\s?[mM]\.?(?![A-Za-z])"
    r"|(?P<word>(?i:noon|midday|midnight))(?![A-Za-z])"
    r"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s?(?:GMT|UTC|Z\b|[A-Z]{2,4}T\b))"
    r")(?![\d:])"
)
#: An ISO 8601 timestamp, extended or basic: a date, ``T`` or a space, a time of day, and
#: ``Z`` or an offset.
ISO_STAMP: Final = lazy_re(
    r"(?P<y>\d{4})-?(?P<mo>\d\d)-?(?P<d>\d\d)[T ]"
    r"(?P<h>[01]\d|2[0-4]):?(?P<mi>[0-5]\d)(?::?(?P<s>[0-5]\d)(?:[.,](?P<f>\d{1,9}))?)?"
    r"\s?(?P<z>Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?"
)

# What follows a time as its zone: an offset, UTC or GMT with one, or a name.
_ZONE_AFTER: Final = lazy_re(
    r"\s?(?:(?P<offset>[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)"
    r"|(?:UTC|GMT)(?P<utc>[+-](?:1[0-4]|0?\d)(?::?[0-5]\d)?)"
    r"|\(?(?P<name>[A-Z]{1,5})\)?)(?![A-Za-z\d])"
)


def find_time(text: str) -> ClockTime | None:
    """The first time of day in ``text`` (with the zone right after it), or None.

    >>> t = find_time("Updated 4:05 PM EDT, Mon June 2, 2025")
    >>> (t.hour, t.minute, t.zone), "Updated 4:05 PM EDT, Mon June 2, 2025"[t.start : t.end]
    ((16, 5, 'EDT'), '4:05 PM EDT')
    """
    for found in _TIME().finditer(text):
        clock = _clock_time(text, found)
        if clock is not None:
            return clock
    return None


def times_in(text: str, start: int, end: int) -> list[ClockTime]:
    """The times of day (each with its zone) that lie in ``text[start:end]``, in order.

    >>> text = "at 23:15 on Monday, and at 4:10 p.m."
    >>> [(t.hour, t.minute) for t in times_in(text, 0, len(text))]
    [(23, 15), (16, 10)]
    """
    found = (_clock_time(text, match) for match in _TIME().finditer(text, start, end))
    return [clock for clock in found if clock is not None and clock.end <= end]


def _clock_time(text: str, found: re.Match[str]) -> ClockTime | None:
    """The time a match of :data:`_TIME` names, with the zone written right after it."""
    clock = _clock(found.group)
    if clock is None:
        return None
    hour, minute, second, micro = clock
    end = found.end()
    zone = None
    after = _ZONE_AFTER().match(text, end)
    if after is not None:
        zone = _zone_written(after.group)
        if zone is not None:
            end = after.end()
    if found.group("h4") is not None and zone is None:
        return None  # "1505" is a time only before its zone
    next_day = hour == 24
    return ClockTime(
        0 if next_day else hour, minute, second, micro, found.start(), end, zone, next_day
    )


def _clock(get: Callable[[str], Any]) -> tuple[int, int, int, int] | None:
    """Hour, minute, second and microsecond of a match of :data:`_TIME` (its ``group``),
    or None."""
    if get("word") is not None:
        return (0, 0, 0, 0) if get("word").lower() == "midnight" else (12, 0, 0, 0)
    if get("h4") is not None:
        return int(get("h4")), int(get("m4")), 0, 0
    if get("h12") is not None:
        return _twelve(int(get("h12")), get("ampm12")), 0, 0, 0
    hour, minute = int(get("h")), int(get("m"))
    second = int(get("s") or 0)
    fraction = get("f")
    micro = int((fraction + "000000")[:6]) if fraction else 0
    if get("ampm") is not None:
        if not 1 <= hour <= 12:
            return None  # "13:00 PM"
        hour = _twelve(hour, get("ampm"))
    if hour == 24 and (minute or second or micro):
        return None
    return hour, minute, second, micro


def _twelve(hour: int, ampm: str) -> int:
    """The 24-hour hour of ``hour`` a.m. or p.m. (12 a.m. is midnight, 12 p.m. noon)."""
    return hour % 12 + (12 if ampm in "pP" else 0)


def _zone_written(get: Callable[[str], Any]) -> str | None:
    """The zone a match of :data:`_ZONE_AFTER` (its ``group``) writes (an offset as
    ``+HH:MM``), or None where the name is no zone of the tables."""
    offset = get("offset") or get("utc")
    if offset is not None:
        return offset_text(offset)
    name: str = get("name")
    if name in ZONES or name in AMBIGUOUS_ZONES or name in _US_GENERIC:
        return name
    return None


def offset_text(written: str) -> str:
    """An offset as written (``-0400``, ``+02``, ``+5:30``), as ``+HH:MM``.

    >>> offset_text("-0400"), offset_text("+02"), offset_text("+5:30")
    ('-04:00', '+02:00', '+05:30')
    """
    sign, digits = written[0], written[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
    return f"{sign}{int(hours):02d}:{minutes}"


def zone_offset(
    zone: str,
    day: _dt.date | None,
    local: _dt.time,
    *,
    locale: str = "us",
    country: str | None = None,
) -> _dt.timedelta | None:
    """The offset from UTC that ``zone`` (a name or ``+HH:MM``) has at ``local`` on ``day``;
    None when an ambiguous name is not decided (see :data:`AMBIGUOUS_ZONES`), or when the
    day is not known (None) and the offset follows it (``ET``: standard or daylight time).

    >>> zone_offset("EDT", _dt.date(2025, 6, 2), _dt.time(16, 5))
    datetime.timedelta(days=-1, seconds=72000)
    >>> zone_offset("ET", _dt.date(2025, 1, 2), _dt.time(9)) == _dt.timedelta(hours=-5)
    True
    >>> zone_offset("IST", _dt.date(2025, 1, 2), _dt.time(9)) is None
    True
    >>> zone_offset("IST", _dt.date(2025, 1, 2), _dt.time(9), country="IN")
    datetime.timedelta(seconds=19800)
    """
    if zone[0] in "+-":
        sign = -1 if zone[0] == "-" else 1
        return sign * _dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    if zone in ZONES:
        return _dt.timedelta(minutes=ZONES[zone])
    if zone in _US_GENERIC:
        if day is None:
            return None
        daylight = _us_daylight(day, local)
        return _dt.timedelta(minutes=_US_GENERIC[zone] + (60 if daylight else 0))
    readings = AMBIGUOUS_ZONES.get(zone, {})
    chosen = country.upper() if country and country.upper() in readings else None
    if chosen is None:
        chosen = _LOCALE_READINGS.get(locale, {}).get(zone)
    return None if chosen is None else _dt.timedelta(minutes=readings[chosen])


def _us_daylight(day: _dt.date, local: _dt.time) -> bool:
    """Whether US daylight time holds at ``local`` on ``day`` (from 2007: the second
    Sunday of March to the first of November, at 2 a.m.; 1987-2006: the first Sunday of
    April to the last of October)."""
    if day.year >= 2007:
        start, end = _sunday(day.year, 3, 2), _sunday(day.year, 11, 1)
    else:
        start, end = _sunday(day.year, 4, 1), _last_sunday(day.year, 10)
    moment = _dt.datetime.combine(day, local)
    return (
        _dt.datetime.combine(start, _dt.time(2)) <= moment < _dt.datetime.combine(end, _dt.time(2))
    )


def _sunday(year: int, month: int, nth: int) -> _dt.date:
    first = _dt.date(year, month, 1)
    return first + _dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))


def _last_sunday(year: int, month: int) -> _dt.date:
    last = _dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.weekday() + 1) % 7)


# Labels a page prints before its timestamp, and what joins a date and a time.
# (Each run of white space is taken whole: never tried again shorter, so linear.)
_LABEL: Final = lazy_regex(
    r"(?i:(?:last\s++)?(?:updated|modified|published|posted|created|released|issued|filed"
    r"|first\s++published|dated?)\b\s*+(?:(?:on|at)\b\s*+)?:?)"
)
_EDGE: Final = " \t,;:|·•-–—/@()"
_JOINING: Final = ("at", "on", "AT", "ON", "At", "On")


def date_text(text: str, clock: ClockTime) -> str:
    """What is left of ``text`` for its date once the time ``clock`` is taken out: the
    labels before it (``Updated``), joining words and marks at its edges (``at``, ``,``,
    ``|``), and the ``T`` of ISO 8601 taken off.

    >>> text = "Updated 4:05 PM EDT, Mon June 2, 2025"
    >>> date_text(text, find_time(text))
    'Mon June 2, 2025'
    """
    before = text[: clock.start]
    if before.endswith("T") and before[-2:-1].isdigit():
        before = before[:-1]  # "2021-05-11T09:04"
    rest = f"{before} {text[clock.end :]}"
    while True:
        stripped = rest.strip(_EDGE)
        label = _LABEL().match(stripped)
        if label is not None:
            stripped = stripped[label.end() :]
        for word in _JOINING:
            if stripped.endswith(" " + word):
                stripped = stripped[: -len(word) - 1]
            if stripped.startswith(word + " "):
                stripped = stripped[len(word) + 1 :]
        if stripped == rest:
            return rest
        rest = stripped
