"""JSON Lines: a file of records read a line at a time, no line past the size limit
held in memory, each record a document or an article saying why it is not one.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsseed._corpus._budgets import _opened, _within
from newsseed._corpus._documents import _Document, _reason, _too_large
from newsseed._corpus._fields import read_fields
from newsseed._corpus._ninjs import flat_ninjs
from newsseed._corpus._options import _CHUNK, CorpusOptions
from newsseed._model import EXCERPT_LIMIT, Article, Diagnostic, note
from newsseed._read import decode


def _records(
    path: Path, options: CorpusOptions, timeout: float | None
) -> Iterator[_Document | Article]:
    stem = path.name.split(".")[0]
    limit = options.max_document_size
    with _opened(path, timeout) as (file, budget):
        lines: io.BufferedIOBase = (
            gzip.GzipFile(fileobj=file) if path.name.lower().endswith(".gz") else file
        )
        read = functools.partial(lines.readline, limit + 1)
        number = 0
        while raw := _within(budget, read):
            number += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                head = raw[:EXCERPT_LIMIT]
                del raw  # the rest of the line is skipped, never held
                size = limit + 1 + _skip_line(lines, budget)
                message = (
                    f"line {number} holds {size:,} bytes, more than the limit of {limit:,}; "
                    "not read"
                )
                yield _too_large(f"{stem}:{number}", "unreadable-record", message, head)
                continue
            if raw.strip():
                yield _record(raw, number, f"{stem}:{number}", options)


def _skip_line(lines: io.BufferedIOBase, budget: float | None) -> int:
    """Read past the rest of a line, a chunk at a time; how many bytes it held (its line
    feed not counted)."""
    skipped = 0
    read = functools.partial(lines.readline, _CHUNK)
    while chunk := _within(budget, read):
        if chunk.endswith(b"\n"):
            return skipped + len(chunk) - 1
        skipped += len(chunk)
    return skipped


def _record(
    raw: bytes, number: int, fallback_id: str, options: CorpusOptions
) -> _Document | Article:
    """One line of JSON Lines as a document, or as an article saying why it is not one."""
    decoded, stray = decode(raw)
    line = decoded.rstrip("\r\n")
    if number == 1:
        line = line.removeprefix("\ufeff")
    notes = tuple(
        note(d.code, f"line {number} of the file: {d.message}", None, d.text) for d in stray
    )
    try:
        record = json.loads(line)
    except ValueError as error:  # JSONDecodeError, or a number too long to read
        message = f"not a JSON object: {_reason(error)}"
    except Exception as error:  # nested too deeply (RecursionError), or worse
        message = f"not read: {_reason(error)}"
    else:
        if isinstance(record, dict) and options.record_format == "ninjs":
            record = flat_ninjs(record)
        if isinstance(record, dict) and isinstance(record.get(options.text_field), str):
            try:
                return _document(record, fallback_id, options, notes)
            except Exception as error:  # an id too large to write out, say
                message = f"not read: {_reason(error)}"
        else:
            message = f"no {options.text_field!r} field holding a string"
    return Article(
        id=fallback_id, diagnostics=(note("unreadable-record", message, None, line), *notes)
    )


def _document(
    record: dict[str, Any], fallback_id: str, options: CorpusOptions, notes: tuple[Diagnostic, ...]
) -> _Document:
    given_id = record.get(options.id_field)
    text: str = record[options.text_field]
    title = record.get(options.title_field)
    title = title.strip() or None if isinstance(title, str) else None
    head = offset = 0
    if title is not None:
        text, head, offset = _headed(text, title)
    date = record.get(options.date_field)
    return _Document(
        text,
        str(given_id) if given_id is not None else fallback_id,
        title,
        None if date is None else str(date),
        offset,
        notes,
        read_fields(record, options),
        head,
    )


def _headed(text: str, title: str) -> tuple[str, int, int]:
    """The record's text with its headline on a line of its own, a blank line after it
    (so that the reader takes no more than the headline for it): the text, how long that
    head is, and how far a character after it is from its place in the record's text.

    A text that does not start with the headline gets it put before it (kept in the text
    too: nothing lost); one whose first line is the headline (an extractor's text, the
    body on the next line) has it set apart by a blank line."""
    head = len(title) + 2
    stripped = text.lstrip()
    if not stripped.startswith(title):
        return f"{title}\n\n{text}", head, head
    after = len(text) - len(stripped) + len(title)
    if text[after : after + 1] not in ("\n", "\r"):
        return text, 0, 0  # the headline's words open a longer first line: left alone
    body = text[after:].lstrip()
    return f"{title}\n\n{body}", head, head - (len(text) - len(body))
