"""What the layout rules share: the draft they fill in, and small text tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import attrs

from newsseed._model import Dateline, DateValue, Diagnostic
from newsseed._source import Line, Note, Source, grouped
from newsseed.normalize import normalize_date, normalize_timestamp
from newsseed.normalize._clock import date_text, find_time
from newsseed.normalize._grammar import MONTHS, WEEKDAYS
from newsseed.normalize._text import lazy_regex
from newsseed.normalize._timestamps import moment

if TYPE_CHECKING:
    pass

__all__ = (
    "DateReading",
    "Draft",
    "Fragment",
    "date_words",
    "ends_sentence",
    "read_date_text",
    "word_count",
)


@attrs.define
class Fragment:
    """A run of body text and the normalised-text range it came from."""

    text: str
    start: int
    end: int
    explicit: bool = False
    """True when the layout itself marks it as a new paragraph (an indent, a bullet)."""


@attrs.define
class Draft:
    """The article as the rules find it, before it becomes an :class:`Article`."""

    source: Source
    title: str | None = None
    outlet: str | None = None
    published: DateValue | None = None
    published_at: dt.datetime | None = None
    url: str | None = None
    language: str | None = None
    published_time: tuple[str, Line] | None = None
    """A time of day printed without its date (``Published 09:40 BST``) and its line, read
    against the publication date once the header is read (:meth:`publication_moment`)."""
    dateline: Dateline | None = None
    categories: list[str] = attrs.Factory(list)
    authors: list[str] = attrs.Factory(list)
    related: list[str] = attrs.Factory(list)
    meta: dict[str, str] = attrs.Factory(dict)
    notes: list[Note] = attrs.Factory(list)
    """What the rules noticed, noted as diagnostics by :meth:`finish`."""
    headings: list[Line] = attrs.Factory(list)
    per_line: bool | None = None
    """Whether the text puts one paragraph on each line, with no blank lines between them,
    as extractors write it (:func:`~newsseed._layouts.paragraphs.one_per_line`, told
    from the lines after a front-matter block); None until that is known."""
    # The boilerplate lines dropped one after another (only blank lines between), not yet
    # noted: their start, their end and how many.
    furniture: list[int] | None = None

    def note(self, code: str, message: str, start: int, end: int) -> None:
        """Note ``code`` for the normalised range ``[start, end)``."""
        self.notes.append((start, end, code, message))

    def note_furniture(self, line: Line) -> None:
        """Record a dropped boilerplate line: a run of them, with nothing but blank lines
        between, leaves one diagnostic (a page of ``Advertisement`` lines leaves one)."""
        run = self.furniture
        if run is not None and self.source.text[run[1] : line.start].isspace():
            run[1], run[2] = line.end, run[2] + 1
            return
        self._note_furniture()
        self.furniture = [line.start, line.end, 1]

    def _note_furniture(self) -> None:
        if self.furniture is not None:
            start, end, count = self.furniture
            lines = "a boilerplate line" if count == 1 else f"{count} boilerplate lines"
            self.note("boilerplate", f"dropped {lines}", start, end)
            self.furniture = None

    def finish(self) -> list[Diagnostic]:
        """The diagnostics of what was noted, crowds of one code made one (see
        :func:`~newsseed._source.grouped`), in the order of their starts."""
        self._note_furniture()
        source = self.source
        return [
            source.diagnostic(code, message, start, end)
            for start, end, code, message in grouped(self.notes)
        ]

    def note_line(self, code: str, message: str, line: Line) -> None:
        """Record a diagnostic for one whole line."""
        self.note(code, message, line.start, line.end)

    def set_published_time(self, text: str, line: Line) -> None:
        """Keep a time of day printed alone (``Published 09:40 BST``) for the publication
        date; a second one is noted."""
        if self.published_time is None:
            self.published_time = (text, line)
        else:
            self.note_line("duplicate-field", "a second time of publication", line)

    def publication_moment(self, *, locale: str, country: str | None) -> None:
        """Read a time of day printed alone against the publication date (a date to the
        day); one that cannot be read so is noted, with its text kept."""
        if self.published_time is None or self.published_at is not None:
            return
        text, line = self.published_time
        value = self.published
        at = None
        if value is not None and value.day is not None:
            day = dt.date(value.year, value.month or 1, value.day)
            at = normalize_timestamp(text, anchor=day, locale=locale, country=country)
        if at is None:
            self.note_line("date-detail", "could not set the time of publication on a day", line)
        else:
            self.published_at = at

    def set_meta(self, key: str, value: str, line: Line) -> None:
        """Keep a header field with no attribute of its own; the first one wins."""
        if key in self.meta:
            self.note_line("duplicate-field", f"the header field {key!r} was given before", line)
        else:
            self.meta[key] = value

    def set_published(self, value: DateValue, line: Line, at: dt.datetime | None = None) -> None:
        """Keep the publication date (and its moment ``at``, where a time is printed with
        it); the first one found wins, a repeat is noted (a repeat that adds the time of
        the same day gives the moment)."""
        if self.published is None:
            self.published = value
            self.published_at = at
        elif self.published == value and self.published_at is None and at is not None:
            self.published_at = at
        elif self.published != value:
            self.note_line("duplicate-field", f"a second publication date ({value})", line)
        else:
            self.note_line("duplicate-field", "the publication date was given before", line)


_TERMINAL: Final = lazy_regex(r"[.!?…][\"'”’»)\]]*\Z|[\"'”’»)\]]+[.!?]\Z")

# Words before a time of day or zone that may follow a date in a date line.
_DATE_PREFIX: Final = lazy_regex(
    r"(?:(?:first\s+)?published|updated|last\s+updated|posted|modified|date)\b(?:\s+on\b)?\s*[:|-]?\s*",
    ignore_case=True,
)


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation (closing quotes allowed)."""
    if text[-1:].isalnum():  # most lines: no pattern needed to tell
        return False
    return _TERMINAL().search(text[-8:]) is not None


def word_count(text: str, limit: int) -> int:
    """The number of white-space separated words, counting no further than ``limit`` (1 or more).

    ``text`` is the reader's, where :meth:`str.split` finds the words a ``\\S+`` pattern
    finds: the only characters they disagree on, U+001C to U+001F, are removed by
    :class:`~newsseed._source.Source`.
    """
    return min(limit, len(text.split(None, limit)))


@attrs.frozen
class DateReading:
    """A date, a moment or a time of day read from a date line or field."""

    value: DateValue | None
    """The date; None for a time of day alone (``Published 09:40 BST``)."""
    start: int
    """Where the date starts in the text read, past a label such as ``Published:``."""
    dropped: str | None
    """What the text says that :attr:`value` and :attr:`at` do not keep (another weekday,
    ``early``, a zone no rule reads), for a ``date-detail`` diagnostic; None if nothing."""
    at: dt.datetime | None = None
    """The moment, where a time of day stands with the date (see
    :func:`~newsseed.normalize.normalize_timestamp`)."""
    time: str | None = None
    """A time of day written alone, to be read against the publication date."""


_WORD: Final = lazy_regex(r"[\p{L}\p{N}]+")
_ORDINAL_SUFFIXES: Final = {1: "st", 2: "nd", 3: "rd"}
_MONTH_NAMES: Final = {
    month: {name for name, number in MONTHS.items() if number == month} for month in range(1, 13)
}
_WEEKDAY_NAMES: Final = {
    weekday: {name for name, number in WEEKDAYS.items() if number == weekday}
    for weekday in range(7)
}


def date_words(value: DateValue) -> frozenset[str]:
    """The words (case folded) that name ``value`` in a date line: its year, its month's
    number or name, its day's number or ordinal, and the name of its weekday."""
    found = {str(value.year), f"{value.year:04d}"}
    if value.month is not None:
        found |= {str(value.month), f"{value.month:02d}", *_MONTH_NAMES[value.month]}
        if value.day is not None:
            day = value.day
            suffix = "th" if day in (11, 12, 13) else _ORDINAL_SUFFIXES.get(day % 10, "th")
            found |= {str(day), f"{day:02d}", f"{day}{suffix}"}
            found |= _WEEKDAY_NAMES[dt.date(value.year, value.month, day).weekday()]
    return frozenset(found)


def read_date_text(text: str, *, locale: str = "us") -> DateReading | None:
    """The date in a date line or field (``Updated: July 3, 2025 10:42 IST``), with the
    moment where a time of day stands beside it; or None.

    >>> r = read_date_text("Updated 4:05 PM EDT, Mon June 2, 2025")
    >>> str(r.value), r.at.isoformat(), r.dropped
    ('2025-06-02', '2025-06-02T16:05:00-04:00', None)
    >>> read_date_text("Published 09:40 BST").time
    '09:40 BST'
    """
    if len(text) > 80:
        return None
    prefix = _DATE_PREFIX().match(text)
    start = prefix.end() if prefix else 0
    body = text[start:]
    clock = find_time(body)
    rest = body if clock is None else date_text(body, clock)
    if clock is not None and not rest:
        # A time alone is a time of publication only under its label ("Published 09:40").
        return None if prefix is None else DateReading(None, start, None, time=body.strip())
    value = normalize_date(rest, locale=locale)
    if value is None:
        return None
    named = date_words(value)
    extra = [word for word in _WORD().findall(rest) if word.casefold() not in named]
    dropped = f"the words {' '.join(extra)!r}" if extra else None
    at = None
    if clock is not None:
        at = None if value.day is None else moment(value.to_date(), clock, locale=locale)
        if at is None and value.day is None:
            dropped = "a time of day, for want of a day to set it on"
        elif at is None:
            dropped = "a time of day it could not read"
        elif clock.zone is not None and at.tzinfo is None:
            dropped = f"the zone {clock.zone}, which names more than one offset"
    return DateReading(value, start, dropped, at)
