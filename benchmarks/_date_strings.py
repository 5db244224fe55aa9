"""The single strings of ``bench_dates.py``: written here, never taken from a corpus.

- :func:`date_strings`: dates in the shapes news writes them (``July 3, 2025``, ``Jul.
  3``, ``07/03/2025``...), relative ones (``yesterday``, ``two days ago``...) and
  strings that are not dates (``10-year``, ``C-17``, ``£800m``...).
- :func:`timestamps`: a date and a time of day, in the shapes feeds, wires and pages
  write them (ISO 8601 extended and basic, RFC 2822, wire stamps, ``Updated 4:05 PM EDT,
  Thu July 3, 2025``...), made from a seeded set of moments, each with the moment it
  writes.
- :func:`single_strings`: the mix the ``normalize_date`` row is timed on: both of the
  above, without repeats.
- :data:`DATEUTIL_TZINFOS`: the offsets of the zone names the timestamps use, for
  ``dateutil.parser.parse(tzinfos=...)``, which otherwise reads no zone name but UTC/GMT.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

#: The anchor ("today") for the single strings: a Thursday.
STRING_ANCHOR: Final = dt.date(2025, 7, 10)

_MONTHS: Final = tuple(calendar.month_name)[1:]  # (English: the C locale's names)
#: Associated Press style: March to July are never abbreviated.
_AP_MONTHS: Final = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_DATES: Final = tuple(
    dt.date(*ymd)
    for ymd in (
        (2025, 7, 3),
        (2025, 6, 30),
        (2025, 1, 1),
        (2024, 12, 25),
        (2024, 2, 29),
        (2023, 11, 5),
        (2022, 3, 17),
        (2021, 9, 11),
        (2020, 5, 8),
        (2019, 10, 31),
        (2016, 9, 12),
        (2012, 4, 1),
        (2008, 8, 22),
        (2005, 3, 17),
        (2001, 1, 20),
        (1999, 12, 31),
    )
)


def _ordinal(day: int) -> str:
    suffix = "th" if day in {11, 12, 13} else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _month(d: dt.date) -> str:
    return _MONTHS[d.month - 1]


def _abbr(d: dt.date) -> str:
    return _MONTHS[d.month - 1][:3]


def _weekday(d: dt.date) -> str:
    return _WEEKDAYS[d.weekday()]


_FORMATS: Final[tuple[Callable[[dt.date], str], ...]] = (
    lambda d: d.isoformat(),
    lambda d: f"{_month(d)} {d.day}, {d.year}",
    lambda d: f"{d.day} {_month(d)} {d.year}",
    lambda d: f"{_abbr(d)}. {d.day}",
    lambda d: f"{_abbr(d)} {d.day}, {d.year}",
    lambda d: f"{_AP_MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{_month(d)} {_ordinal(d.day)}",
    lambda d: f"{_weekday(d)}, {_month(d)} {d.day}, {d.year}",
    lambda d: f"{_weekday(d)} {d.day} {_month(d)} {d.year}",
    lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    lambda d: f"{d.month}/{d.day}/{d.year}",
    lambda d: f"{_month(d)} {d.year}",
    lambda d: f"{d.year}-{d.month:02d}",
    lambda d: str(d.year),
    lambda d: f"the {_ordinal(d.day)} of {_month(d)}",
    lambda d: f"{d.day} {_abbr(d)}",
)

_RELATIVE: Final = (
    "today",
    "Today",
    "yesterday",
    "Yesterday",
    "tomorrow",
    "on Tuesday",
    "on Monday",
    "on Thursday",
    "Tuesday",
    "Wednesday",
    "Friday",
    "Sunday",
    "last Friday",
    "last Sunday",
    "next Monday",
    "next Saturday",
    "this Wednesday",
    "this week",
    "last week",
    "next week",
    "last month",
    "this month",
    "next month",
    "last year",
    "this year",
    "next year",
    "two days ago",
    "3 days ago",
    "a week ago",
    "two weeks ago",
    "a month ago",
    "six months ago",
    "a year ago",
    "10 years ago",
    "a decade ago",
    "in two days",
    "in 2 days",
    "in three weeks",
    "earlier this month",
    "later this year",
    "the day before yesterday",
    "Monday night",
    "Friday morning",
    "last night",
    "this morning",
    "tonight",
)

_NOT_DATES: Final = (
    "10-year",
    "C-17",
    "now",
    "F-35",
    "Boeing 747",
    "A380",
    "B-52",
    "I-95",
    "3-2",
    "1-0",
    "100m",
    "4x100m",
    "£800m",
    "$1.5bn",
    "56%",
    "2.5",
    "3.14",
    "2,000",
    "1,500 jobs",
    "Route 66",
    "G7",
    "G20",
    "Covid-19",
    "24/7",
    "9/11",
    "12-month",
    "five-year",
    "No. 10",
    "Section 230",
    "Article 50",
    "Apollo 11",
    "Formula 1",
    "Windows 95",
    "Catch-22",
    "7-Eleven",
    "401(k)",
    "MP3",
    "PS5",
    "Room 101",
    "the 1990s",
    "may",
    "march",
    "sun",
    "sat",
    "the Jets",
    "BBC One",
    "UK",
    "N/A",
    "TBD",
    "hello",
)


def date_strings() -> tuple[str, ...]:
    """The date strings (no timestamps), in a fixed order, without repeats."""
    formatted = (fmt(d) for d in _DATES for fmt in _FORMATS)
    return tuple(dict.fromkeys((*formatted, *_RELATIVE, *_NOT_DATES)))


# --------------------------------------------------------------------------------------
# Timestamps.

#: The zone names the timestamps write, as (summer, winter) pairs, to their offsets in
#: minutes. IST is ambiguous (India, Ireland, Israel): it is written with India's offset
#: in the numeric forms, and its name is left out of :data:`DATEUTIL_TZINFOS`.
_ZONES: Final = (
    (("EDT", -240), ("EST", -300)),
    (("PDT", -420), ("PST", -480)),
    (("BST", 60), ("GMT", 0)),
    (("CEST", 120), ("CET", 60)),
    (("JST", 540), ("JST", 540)),
    (("IST", 330), ("IST", 330)),
)
#: Names whose offset a reader cannot know without a country.
AMBIGUOUS_ZONES: Final = frozenset({"IST"})

#: ``dateutil.parser.parse``'s ``tzinfos`` for the zone names of the timestamps: the
#: offsets in seconds, as newsseed reads them in the ``us`` locale (BST British). The
#: ambiguous IST is given to neither library.
DATEUTIL_TZINFOS: Final[dict[str, int]] = {
    name: minutes * 60 for pair in _ZONES for name, minutes in pair if name not in AMBIGUOUS_ZONES
}

#: How many moments the timestamps are made from, and the seed they are drawn with.
_MOMENTS: Final = 12
_SEED: Final = 19


@dataclass(frozen=True)
class Moment:
    """A local date and time of day, the zone it is written in and that zone's offset."""

    local: dt.datetime
    zone: str
    minutes: int

    @property
    def aware(self) -> dt.datetime:
        """The moment with its offset."""
        return self.local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=self.minutes)))

    @property
    def utc(self) -> dt.datetime:
        return self.aware.astimezone(dt.timezone.utc)


def moments() -> tuple[Moment, ...]:
    """The moments the timestamps write, drawn from a seeded generator (1995-2025, every
    hour of the day, milliseconds); each in a zone whose summer or winter name fits its
    month."""
    rng = random.Random(_SEED)
    drawn = []
    for _ in range(_MOMENTS):
        day = dt.date(rng.randint(1995, 2025), rng.randint(1, 12), rng.randint(1, 28))
        local = dt.datetime(
            day.year,
            day.month,
            day.day,
            rng.randrange(24),
            rng.randrange(60),
            rng.randrange(60),
            rng.randrange(1000) * 1000,
        )
        summer, winter = rng.choice(_ZONES)
        zone, minutes = summer if 4 <= day.month <= 10 else winter
        drawn.append(Moment(local, zone, minutes))
    return tuple(drawn)


def _offset(minutes: int, colon: bool = True) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{':' if colon else ''}{rest:02d}"


def _clock12(t: dt.datetime, marks: tuple[str, str]) -> str:
    """``4:05 PM`` (``marks`` = ``("AM", "PM")``) or ``9:04 a.m.``."""
    return f"{(t.hour - 1) % 12 + 1}:{t.minute:02d} {marks[t.hour >= 12]}"


def _rfc2822(t: dt.datetime) -> str:
    """``Thu, 03 Jul 2025 09:04:00``, the offset or zone left to add."""
    return f"{_WEEKDAYS[t.weekday()][:3]}, {t.day:02d} {_abbr(t)} {t:%Y %H:%M:%S}"


#: Each shape of timestamp: the text it writes for a moment, and the datetime that text
#: names (aware where it gives an offset or a zone that is not ambiguous, else naive).
_STAMPS: Final[tuple[Callable[[Moment], tuple[str, dt.datetime]], ...]] = (
    # ISO 8601 extended: with an offset, in UTC with Z, with a fraction of a second.
    lambda m: (m.aware.isoformat(timespec="seconds"), m.aware.replace(microsecond=0)),
    lambda m: (f"{m.utc:%Y-%m-%dT%H:%M:%S}Z", m.utc.replace(microsecond=0)),
    lambda m: (m.aware.isoformat(timespec="milliseconds"), m.aware),
    # ISO 8601 basic.
    lambda m: (f"{m.utc:%Y%m%dT%H%M%S}Z", m.utc.replace(microsecond=0)),
    # RFC 2822 (feeds), with an offset and in GMT (RFC 1123, HTTP).
    lambda m: (
        f"{_rfc2822(m.local)} {_offset(m.minutes, colon=False)}",
        m.aware.replace(microsecond=0),
    ),
    lambda m: (f"{_rfc2822(m.utc)} GMT", m.utc.replace(microsecond=0)),
    # A wire stamp, in hundredths of a second, no zone.
    lambda m: (
        f"{m.local:%d}-{_abbr(m.local).upper()}-{m.local:%Y %H:%M:%S}."
        f"{m.local.microsecond // 10000:02d}",
        m.local.replace(microsecond=m.local.microsecond // 10000 * 10000),
    ),
    # What pages print.
    lambda m: (
        f"Updated {_clock12(m.local, ('AM', 'PM'))} {m.zone}, "
        f"{_WEEKDAYS[m.local.weekday()][:3]} {_month(m.local)} {m.local.day}, {m.local.year}",
        _named(m),
    ),
    lambda m: (
        f"{_month(m.local)} {m.local.day}, {m.local.year} at {_clock12(m.local, ('a.m.', 'p.m.'))}",
        m.local.replace(second=0, microsecond=0),
    ),
    lambda m: (
        f"{m.local:%H}:{m.local:%M} {m.zone} {m.local.day} {_month(m.local)} {m.local.year}",
        _named(m),
    ),
    lambda m: (
        f"{m.local.hour}:{m.local:%M} on {_month(m.local)} {m.local.day}, {m.local.year}",
        m.local.replace(second=0, microsecond=0),
    ),
    lambda m: (
        f"{_clock12(m.local, ('a.m.', 'p.m.'))} {m.zone}, {_AP_MONTHS[m.local.month - 1]} "
        f"{m.local.day}, {m.local.year}",
        _named(m),
    ),
)


def _named(m: Moment) -> dt.datetime:
    """The moment a page form with the zone's name names: to the minute; naive where the
    name is ambiguous."""
    named = m.local.replace(second=0, microsecond=0)
    return named if m.zone in AMBIGUOUS_ZONES else named.replace(tzinfo=m.aware.tzinfo)


def timestamps() -> dict[str, dt.datetime]:
    """Each timestamp, in a fixed order, to the datetime it names."""
    return {text: value for m in moments() for stamp in _STAMPS for text, value in [stamp(m)]}


def single_strings() -> tuple[str, ...]:
    """The mix the ``normalize_date`` row is timed on: the date strings, then the
    timestamps, without repeats."""
    return tuple(dict.fromkeys((*date_strings(), *timestamps())))
