"""What the layout rules share: the draft they fill in, and small text tests."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import attrs

from newsseed._model import Dateline, DateValue, Diagnostic
from newsseed._source import Line, Note, Source, grouped
from newsseed.normalize import normalize_date
from newsseed.normalize._grammar import MONTHS, WEEKDAYS
from newsseed.normalize._text import lazy_regex

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
    dateline: Dateline | None = None
    categories: list[str] = attrs.Factory(list)
    authors: list[str] = attrs.Factory(list)
    related: list[str] = attrs.Factory(list)
    meta: dict[str, str] = attrs.Factory(dict)
    notes: list[Note] = attrs.Factory(list)
    """What the rules noticed, noted as diagnostics by :meth:`finish`."""
    headings: list[Line] = attrs.Factory(list)
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

    def set_meta(self, key: str, value: str, line: Line) -> None:
        """Keep a header field with no attribute of its own; the first one wins."""
        if key in self.meta:
            self.note_line("duplicate-field", f"the header field {key!r} was given before", line)
        else:
            self.meta[key] = value

    def set_published(self, value: DateValue, line: Line) -> None:
        """Keep the publication date; the first one found wins, a repeat is noted."""
        if self.published is None:
            self.published = value
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
_DATE_SUFFIX: Final = lazy_regex(
    r"(?:(?:[ \t]*[,|@-][ \t]*|[ \t]+)(?:at\s+)?\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)\Z",
    ignore_case=True,
)
_ISO_STAMP: Final = lazy_regex(
    r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
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
    """A date read from a date line or field."""

    value: DateValue
    start: int
    """Where the date starts in the text read, past a label such as ``Published:``."""
    exact: bool
    """True when every word from :attr:`start` on names :attr:`value` (see :func:`date_words`);
    False when the text says more (a time of day, a zone, another weekday, ``early``)."""


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


def read_date_text(text: str) -> DateReading | None:
    """The date in a date line or field (``Updated: July 3, 2025 10:42 IST``), or None."""
    if len(text) > 80:
        return None
    prefix = _DATE_PREFIX().match(text)
    start = prefix.end() if prefix else 0
    body = text[start:]
    # The label goes first, then a timestamp is read as its date ("Posted on 2025-07-03T10:00Z").
    stamp = _ISO_STAMP().fullmatch(body.strip())
    if stamp is not None:
        value = normalize_date(stamp.group(1))
    else:
        value = normalize_date(_DATE_SUFFIX().sub("", body).strip())
    if value is None:
        return None
    named = date_words(value)
    exact = all(word in named for word in _WORD().findall(body.casefold()))
    return DateReading(value, start, exact)
