"""One document made an article: read (a file, within the size limit) and parsed
within its time budget; one that runs out of time or makes the reader fail kept
unparsed, its text as paragraphs, with a diagnostic; what its record gave (headline,
date) and what reading it noted put back.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Final

import attrs

from newsseed._corpus._budgets import _Timeout, _within
from newsseed._corpus._documents import (
    _Document,
    _Item,
    _note,
    _reason,
    _shown,
    _too_large,
    _unreadable,
)
from newsseed._corpus._fields import with_fields
from newsseed._errors import visible
from newsseed._model import EXCERPT_LIMIT, Article, Diagnostic, Span, note
from newsseed._read import ParseOptions, decode, parse, parse_bytes
from newsseed._source import Source
from newsseed.normalize import normalize_date, normalize_timestamp


def _parse_batch(
    batch: list[_Item], *, options: ParseOptions, timeout: float | None, limit: int
) -> list[Article]:
    return [_parse_item(item, options, timeout, limit) for item in batch]


def _parse_item(item: _Item, options: ParseOptions, timeout: float | None, limit: int) -> Article:
    """The document parsed; an article (what could not be read) as it is."""
    return item if isinstance(item, Article) else _parse_one(item, options, timeout, limit)


class _TooLarge(Exception):
    """A file holds more bytes than the limit: ``head`` is its start."""

    def __init__(self, size: int | None, head: bytes) -> None:
        super().__init__(size)
        self.size = size
        self.head = head


def _read_file(path: Path, limit: int) -> bytes:
    """The bytes of the file at ``path``, at most ``limit`` of them (else _TooLarge)."""
    with path.open("rb") as file:
        info = os.fstat(file.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise _TooLarge(info.st_size, file.read(EXCERPT_LIMIT))
        data = file.read(limit + 1)  # what is not a regular file tells no size
    if len(data) > limit:
        raise _TooLarge(None, data[:EXCERPT_LIMIT])
    return data


def _parse_one(
    document: _Document, options: ParseOptions, timeout: float | None, limit: int
) -> Article:
    read: list[str | bytes] = []  # the document's text, once read

    def work() -> Article:
        data = document.data
        if isinstance(data, Path):
            data = _read_file(data, limit)
        read.append(data)
        if isinstance(data, str):
            return parse(data, id=document.id, options=options)
        return parse_bytes(data, id=document.id, options=options)

    try:
        article = _within(timeout, work)
    except _Timeout:
        if not read:
            assert isinstance(document.data, Path)
            message = f"cannot read {_shown(str(document.data))}: no data came for {timeout} s"
            return _finished(_note(document.id, "unreadable-file", message), document)
        message = f"parsing took longer than {timeout} s; its paragraphs hold the text unparsed"
        return _kept(document, read[0], "timeout", message)
    except _TooLarge as large:
        assert isinstance(document.data, Path)
        held = "" if large.size is None else f"{large.size:,} bytes, "
        where = _shown(str(document.data))
        message = f"cannot read {where}: it holds {held}more than the limit of {limit:,} bytes"
        return _too_large(document.id, "unreadable-file", message, large.head)
    except Exception as error:  # the file could not be read; else a fault of ours
        if not read and isinstance(document.data, Path):
            return _unreadable(document.data, error)
        message = f"the reader failed ({_reason(error)}); the text is kept unparsed"
        return _kept(document, read[0], "internal-error", message)
    return _finished(article, document)


def _kept(document: _Document, data: str | bytes, code: str, message: str) -> Article:
    """An article that holds a document's text unparsed: its lines as the reader would
    see them (line ends made LF, control characters removed, lone surrogates as U+FFFD),
    stripped, in paragraphs split at blank lines, with a diagnostic (``code``,
    ``message``) holding the text's start; the record's title and date kept."""
    text = data if isinstance(data, str) else decode(data)[0]
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in Source(text).text.split("\n"):
        if line.strip():
            lines.append(line.strip())
        elif lines:
            paragraphs.append("\n".join(lines))
            lines = []
    if lines:
        paragraphs.append("\n".join(lines))
    diagnostic = note(code, message, None, text)
    article = Article(id=document.id, paragraphs=paragraphs, diagnostics=(diagnostic,))
    return _finished(article, document)


def _finished(article: Article, document: _Document) -> Article:
    """The article with what its record gave (headline, date) and what reading it noted;
    the spans of its diagnostics moved into the record's text when a headline was put
    before it."""
    diagnostics = article.diagnostics
    if document.head:
        diagnostics = tuple(_moved(d, document.offset, document.head) for d in diagnostics)
    article = attrs.evolve(article, diagnostics=(*diagnostics, *document.notes))
    if document.title is not None:
        article = attrs.evolve(article, title=document.title)
    return with_fields(_dated(article, document.date), document.fields)


def _moved(diagnostic: Diagnostic, offset: int, head: int) -> Diagnostic:
    """A diagnostic of the text parsed (headline, blank line, record's text) made one of
    the record's text: its span ``offset`` characters earlier; one that concerns the
    headline (the first ``head`` characters) loses its span (it keeps its text)."""
    span = diagnostic.span
    if span is None:
        return diagnostic
    moved = Span(span.start - offset, span.end - offset) if span.start >= head else None
    return attrs.evolve(diagnostic, span=moved)


#: Longer than any date or timestamp a record gives: such a field is not read.
_LONGEST_DATE: Final = 96


def _dated(article: Article, date: str | None) -> Article:
    """The article with the record's date (and time, where it gives one) as its
    publication's; a date that cannot be read leaves an ``unreadable-date`` diagnostic
    holding it, and the date the text itself gave, if any."""
    if date is None:
        return article
    text = date.strip()
    value = normalize_date(text) if len(text) <= _LONGEST_DATE else None
    if value is None:
        shown = visible(text[:40]) + ("..." if len(text) > 40 else "")
        message = f"the record's date {shown!r} could not be read"
        unread = note("unreadable-date", message, None, date)
        return attrs.evolve(article, diagnostics=(*article.diagnostics, unread))
    at = normalize_timestamp(text)
    if at is None and value == article.published:
        at = article.published_at  # the text's own time of that day
    return attrs.evolve(article, published=value, published_at=at)
