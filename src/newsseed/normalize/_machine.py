"""Dates as machines write them: numeric frames, month abbreviations inside them, compact
digits and two-digit years (``2011/04/19``, ``19.04.2011``, ``19-Apr-2011``,
``04MAR2016``, ``20110419``, ``'96``).

:func:`machine_date` reads one such date whole, or says None; :func:`normalize_date
<newsseed.normalize.normalize_date>` tries it after the grammar of English expressions.
Rules (``docs/dates.md``, "Machine dates"):

- a four-digit year first is year, month, day (``2011/04/19``, ``2011.Apr.19``);
- a four-digit year last reads its two numbers by the field over 12 (``19/04/2011``
  is the 19th of April whatever the locale), else by the locale (``us``: month first);
- a month's name or abbreviation between numbers names the month (``19-Apr-2011``,
  ``Apr-19-2011``, ``04MAR2016``);
- eight digits are ``YYYYMMDD`` (a year from 1800 to 2199); six are ``YYMMDD`` only
  where no other order (``DDMMYY``, ``MMDDYY``) makes a date;
- a two-digit year is 1969-2068, as POSIX ``strptime`` reads ``%y`` (``'96``: 1996,
  ``19-Apr-11``: 2011): fixed, never "now".
"""

from __future__ import annotations

from typing import Final

from newsseed.normalize._grammar import MONTHS, WEEKDAYS
from newsseed.normalize._text import lazy_re
from newsseed.normalize._values import DateValue

__all__ = ("century_year", "machine_date")

_SEP = r"[/.\- ]"
_MON = r"[A-Za-z]{3,9}"
_MACHINE: Final = lazy_re(
    "|".join(
        (
            rf"(?P<ymd_y>\d{{4}})(?P<ymd_s>{_SEP})(?P<ymd_m>\d{{1,2}})(?P=ymd_s)(?P<ymd_d>\d{{1,2}})",
            rf"(?P<n_a>\d{{1,2}})(?P<n_s>{_SEP})(?P<n_b>\d{{1,2}})(?P=n_s)(?P<n_y>\d{{4}})",
            rf"(?P<dmy_d>\d{{1,2}})(?P<dmy_s>{_SEP}?)(?P<dmy_m>{_MON})\.?(?P=dmy_s)"
            rf"(?P<dmy_y>\d{{4}}|\d\d)",
            rf"(?P<ymd2_y>\d{{4}})(?P<ymd2_s>{_SEP})(?P<ymd2_m>{_MON})\.?(?P=ymd2_s)(?P<ymd2_d>\d{{1,2}})",
            rf"(?P<mdy_m>{_MON})\.?(?P<mdy_s>[/.\-])(?P<mdy_d>\d{{1,2}})(?P=mdy_s)(?P<mdy_y>\d{{4}})",
            r"(?P<my_m>[A-Za-z]{3,9})\.? ?['’](?P<my_y>\d\d)",
            r"(?P<eight>\d{8})",
            r"(?P<six>\d{6})",
            r"['’](?P<yy>\d\d)",
        )
    )
)
# A weekday before the date ("Tuesday, 19-Apr-11"): read past.
_WEEKDAY_FIRST: Final = lazy_re(r"(?P<weekday>[A-Za-z]{3,9})\.?,?\s+")

#: The most characters a machine date has (with a weekday before it).
_LONGEST: Final = 40


def century_year(two_digits: int) -> int:
    """The year a two-digit year names: 69-99 are 1969-1999, 00-68 are 2000-2068 (as
    POSIX ``strptime`` reads ``%y``).

    >>> century_year(96), century_year(11)
    (1996, 2011)
    """
    return 1900 + two_digits if two_digits >= 69 else 2000 + two_digits


def _month(name: str) -> int | None:
    return MONTHS.get(name.lower())


def _day(year: int, month: int | None, day: int | None) -> DateValue | None:
    if month is None:
        return None
    try:
        return DateValue(year, month, day)
    except ValueError:
        return None


def machine_date(text: str, locale: str = "us") -> DateValue | None:
    """The date ``text`` writes as a machine does, or None (see the module's rules).

    >>> [str(machine_date(t)) for t in ("2011/04/19", "19.04.2011", "04MAR2016", "'96")]
    ['2011-04-19', '2011-04-19', '2016-03-04', '1996']
    >>> str(machine_date("03.04.2011")), str(machine_date("03.04.2011", "uk"))
    ('2011-03-04', '2011-04-03')
    >>> machine_date("110419") is None  # 2011-04-19 or 2019-04-11: not read
    True
    """
    text = text.strip(" \t\r\n\x00")
    if len(text) > _LONGEST:
        return None
    weekday = _WEEKDAY_FIRST().match(text)
    if weekday is not None and weekday.group("weekday").lower() in WEEKDAYS:
        text = text[weekday.end() :]
    found = _MACHINE().fullmatch(text)
    if found is None:
        return None
    group = found.group
    if group("ymd_y"):
        return _day(int(group("ymd_y")), int(group("ymd_m")), int(group("ymd_d")))
    if group("n_y"):
        first, second = int(group("n_a")), int(group("n_b"))
        day_first = first > 12 or (second <= 12 and locale == "uk")
        month, day = (second, first) if day_first else (first, second)
        return _day(int(group("n_y")), month, day)
    if group("dmy_y"):
        year = group("dmy_y")
        full = int(year) if len(year) == 4 else century_year(int(year))
        return _day(full, _month(group("dmy_m")), int(group("dmy_d")))
    if group("ymd2_y"):
        return _day(int(group("ymd2_y")), _month(group("ymd2_m")), int(group("ymd2_d")))
    if group("mdy_y"):
        return _day(int(group("mdy_y")), _month(group("mdy_m")), int(group("mdy_d")))
    if group("my_y"):
        named = _month(group("my_m"))
        return None if named is None else DateValue(century_year(int(group("my_y"))), named)
    if group("eight"):
        digits = group("eight")
        year = int(digits[:4])
        return _day(year, int(digits[4:6]), int(digits[6:])) if 1800 <= year <= 2199 else None
    if group("six"):
        return _six_digits(group("six"))
    return DateValue(century_year(int(group("yy"))))


def _six_digits(digits: str) -> DateValue | None:
    """``YYMMDD``, where neither ``DDMMYY`` nor ``MMDDYY`` makes a date too."""
    a, b, c = int(digits[:2]), int(digits[2:4]), int(digits[4:])
    readings = {
        (century_year(a), b, c),  # YYMMDD
        (century_year(c), b, a),  # DDMMYY
        (century_year(c), a, b),  # MMDDYY
    }
    valid = {reading for reading in readings if _day(*reading) is not None}
    return _day(century_year(a), b, c) if valid == {(century_year(a), b, c)} else None
