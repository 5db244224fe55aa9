"""What the readers give the parser: a document read but not parsed yet, or an article
that holds only a diagnostic saying what could not be read, and why.
"""

from __future__ import annotations

import tarfile
import zlib
from pathlib import Path
from typing import Final

import attrs

from newsseed._corpus._fields import RecordFields
from newsseed._model import EXCERPT_LIMIT, Article, Diagnostic, note
from newsseed._read import decode

#: The suffixes of files (and tar members) that hold one article each: text, or an HTML
#: page (read through trafilatura where the ``newsseed[html]`` extra is installed).
TEXT_SUFFIXES: Final = (".txt", ".html", ".htm")
#: How much of a file name or member name a message shows.
_NAME_SHOWN: Final = 200


@attrs.frozen
class _Document:
    """A document read but not parsed yet: its text (a path: read where it is parsed),
    its id, the headline and date its record gave, if any, how many characters further
    on the text parsed puts the record's text after its headline (``offset``), and
    diagnostics of its reading."""

    data: str | bytes | Path
    id: str | None
    title: str | None = None
    date: str | None = None
    offset: int = 0
    notes: tuple[Diagnostic, ...] = ()
    fields: RecordFields | None = None
    """What the record gave besides its text, id, headline and date."""
    head: int = 0
    """How many characters the headline and the blank line after it take at the start of
    the text parsed: spans in them lose their place, those after it are ``offset``
    characters further on than in the record's text."""


_Item = _Document | Article


def _shown(name: str) -> str:
    """A file or member name as a message quotes it: cut to its first 200 characters."""
    return repr(name if len(name) <= _NAME_SHOWN else name[:_NAME_SHOWN] + "...")


def _note(article_id: str | None, code: str, message: str, text: str = "") -> Article:
    """An article that holds only a diagnostic: what could not be read, and why."""
    return Article(id=article_id, diagnostics=(note(code, message, None, text),))


def _reason(error: BaseException) -> str:
    """What went wrong, in a few words."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, RecursionError):
        return "nested too deeply to read"
    if isinstance(error, MemoryError):
        return "too large to hold in memory"
    text = str(error)
    known = (OSError, EOFError, zlib.error, tarfile.TarError, ValueError)
    if not isinstance(error, known) or not text:
        text = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return text if len(text) <= EXCERPT_LIMIT else text[:EXCERPT_LIMIT] + "..."


def _unreadable(path: Path, error: BaseException) -> Article:
    return _note(path.stem, "unreadable-file", f"cannot read {_shown(str(path))}: {_reason(error)}")


def _excerpt(data: bytes) -> str:
    """The first bytes of a document, decoded as :func:`~newsseed.parse_bytes` would
    (a character cut at the end left out)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            data = data[: error.start]
    return decode(data)[0]


def _too_large(article_id: str | None, code: str, message: str, head: bytes) -> Article:
    return _note(article_id, code, message, _excerpt(head[:EXCERPT_LIMIT]))
