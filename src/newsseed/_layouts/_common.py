"""What the layout rules share: the draft they fill in, and small text tests."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from newsseed._model import Dateline, DateValue, Diagnostic
from newsseed._source import Line, Source
from newsseed.normalize import normalize_date
from newsseed.normalize._text import lazy_regex

if TYPE_CHECKING:
    pass

__all__ = ("Draft", "Fragment", "ends_sentence", "parse_date_text", "word_count")


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
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    headings: list[Line] = attrs.Factory(list)

    def note(self, code: str, message: str, start: int, end: int) -> None:
        """Record a diagnostic for the normalised range ``[start, end)``."""
        self.diagnostics.append(self.source.diagnostic(code, message, start, end))

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
        """Keep the publication date; the first one found wins."""
        if self.published is None:
            self.published = value
        elif self.published != value:
            self.note_line("duplicate-field", f"a second publication date ({value})", line)


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
    return _TERMINAL().search(text[-8:]) is not None


def word_count(text: str, limit: int) -> int:
    """The number of white-space separated words, counting no further than ``limit`` (1 or more).

    ``text`` is the reader's, where :meth:`str.split` finds the words a ``\\S+`` pattern
    finds: the only characters they disagree on, U+001C to U+001F, are removed by
    :class:`~newsseed._source.Source`.
    """
    return min(limit, len(text.split(None, limit)))


def parse_date_text(text: str) -> DateValue | None:
    """The date in a date line or field (``Updated: July 3, 2025 10:42 IST``), or None."""
    if len(text) > 80:
        return None
    prefix = _DATE_PREFIX().match(text)
    body = text[prefix.end() :] if prefix else text
    # The label goes first, then a timestamp is read as its date ("Posted on 2025-07-03T10:00Z").
    stamp = _ISO_STAMP().fullmatch(body.strip())
    if stamp is not None:
        return normalize_date(stamp.group(1))
    body = _DATE_SUFFIX().sub("", body).strip()
    return normalize_date(body)
