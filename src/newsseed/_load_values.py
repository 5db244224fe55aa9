"""The canonical reader's values: escaped text, integers, spans, dates and moments.

Each function reads ``doc[start:end]`` and returns the value, or raises
:class:`~newsseed.ParseError` at the position of the first character that does not fit
(see ``docs/format.md``). :mod:`newsseed._load` reads the document's structure.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from typing import Final, TypeVar

from newsseed._errors import ParseError, visible
from newsseed._model import DateValue, Span
from newsseed._write import U_ESCAPED
from newsseed.normalize._text import lazy_re
from newsseed.normalize._values import MAX_OFFSET

__all__ = (
    "CRLF",
    "FORBIDDEN_BESIDE_LF",
    "decode",
    "got",
    "line_end",
    "line_text",
    "read_date",
    "read_int",
    "read_moment",
    "read_span",
    "read_time",
    "show",
    "unescape",
)

_LITERAL_FORBIDDEN: Final = lazy_re(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")
_SHORT_ESCAPES: Final = {"\\": "\\", "n": "\n", "r": "\r", "t": "\t", "s": " "}
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HEX4: Final = lazy_re(r"[0-9A-F]{4}")
#: After ``\\`` is taken out: a backslash that starts no escape of the format
#: (``\s`` is checked apart: it may only stand first or last).
_BAD_ESCAPE: Final = lazy_re(
    r"\\(?![nrts]|u(?:00(?:0[0-8BCEF]|1[0-9A-F]|7F|[89][0-9A-F])|202[89]|FEFF|D[89A-F][0-9A-F]{2}))"
)
FORBIDDEN_BESIDE_LF: Final = lazy_re(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]"
)
_U_OR_BACKSLASH: Final = lazy_re(r"\\u[0-9A-F]{4}|\x00")
_INT: Final = lazy_re(r"0|[1-9][0-9]*")
_ISO: Final = lazy_re(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
_MAX_SHOWN: Final = 40
CRLF: Final = "Expected LF line ends, got CR LF (a carriage return in a text is written '\\r')"
_ESCAPES: Final = "'\\\\', '\\n', '\\r', '\\t', '\\s' or '\\uXXXX'"
_MOMENT: Final = lazy_re(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?"
    r"(?:[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{6})?)?)?"
)
_TIME: Final = lazy_re(
    r"[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{6})?(?:[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{6})?)?)?"
)
_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def show(text: str) -> str:
    """``text`` quoted for a message: shortened if long, hidden characters as ``<U+XXXX>``."""
    if len(text) > _MAX_SHOWN:
        return f"'{visible(text[:_MAX_SHOWN])}...'"
    return f"'{visible(text)}'"


def got(doc: str, start: int, end: int) -> str:
    """What stands at ``doc[start:end]``, for a message: the text, or what ends it."""
    if start < end:
        return show(doc[start : min(end, start + _MAX_SHOWN + 1)])
    if start >= len(doc):
        return "the end of the document"
    return "the end of the line" if doc[start] == "\n" else "a space"


def line_text(doc: str, pos: int) -> str:
    """The rest of the line at ``pos``, for a message."""
    eol = doc.find("\n", pos, pos + _MAX_SHOWN + 1)
    return got(doc, pos, min(len(doc), pos + _MAX_SHOWN + 1) if eol < 0 else eol)


def _where(key: str | None) -> str:
    """Where a text stands: in the value of the field ``key``, or in a paragraph (None)."""
    return "a paragraph" if key is None else f"the value of '{key}'"


def unescape(doc: str, start: int, end: int, key: str | None) -> str:
    r"""Decode the escaped text ``doc[start:end]``: the value of the field ``key``, or
    a paragraph line when ``key`` is None.

    >>> doc = r" \stab\there\\\s"
    >>> unescape(doc, 1, len(doc), "title")
    ' tab\there\\ '
    """
    bad = _LITERAL_FORBIDDEN().search(doc, start, end)
    if bad is not None:
        char = bad.group()
        escaped = _NAMED.get(char) or f"\\u{ord(char):04X}"
        raise ParseError(
            f"Expected the escape '{escaped}' in {_where(key)}, "
            f"got the literal character U+{ord(char):04X}",
            doc,
            bad.start(),
        )
    if start < end:
        if doc[start] == " ":
            raise ParseError(
                f"Expected '\\s' for the space that starts {_where(key)}, got a literal space",
                doc,
                start,
            )
        if doc[end - 1] == " ":
            raise ParseError(
                f"Expected '\\s' for the space that ends {_where(key)}, got a literal space",
                doc,
                end - 1,
            )
    slash = doc.find("\\", start, end)
    if slash < 0:
        return doc[start:end]
    decoded = decode(doc[start:end])
    return _decode_slowly(doc, start, end, key) if decoded is None else decoded


def decode(raw: str) -> str | None:
    """Decode ``raw`` with ``str`` methods, or return None if one of its escapes is wrong.

    ``raw`` holds no forbidden literal character, so NUL can stand in for the
    escaped backslashes while the other escapes are replaced.
    """
    text = raw.replace("\\\\", "\x00")  # every backslash left starts another escape
    if _BAD_ESCAPE().search(text) is not None or text.find("\\s", 1, len(text) - 1) >= 0:
        return None
    if text.startswith("\\s"):
        text = " " + text[2:]
    if text.endswith("\\s"):
        text = text[:-2] + " "
    text = text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")
    if "\\u" in text:  # \uXXXX may decode to NUL: restore the backslashes in the same pass
        return _U_OR_BACKSLASH().sub(_decode_token, text)
    return text.replace("\x00", "\\")


def _decode_token(match: re.Match[str]) -> str:
    token = match.group()
    return "\\" if token == "\x00" else chr(int(token[2:], 16))


def _decode_slowly(doc: str, start: int, end: int, key: str | None) -> str:
    """Decode ``doc[start:end]`` one escape at a time, raising the precise error for a wrong one."""
    slash = doc.find("\\", start, end)
    parts = []
    last = start
    while slash >= 0:
        parts.append(doc[last:slash])
        code = doc[slash + 1 : slash + 2] if slash + 1 < end else ""
        short = _SHORT_ESCAPES.get(code)
        if code == "s" and slash != start and slash + 2 != end:
            raise ParseError(
                f"Expected a literal space inside {_where(key)}, got '\\s' "
                "(only a first or last space is escaped)",
                doc,
                slash,
            )
        if short is not None:
            parts.append(short)
            last = slash + 2
        elif code == "u" and _HEX4().fullmatch(doc, slash + 2, min(slash + 6, end)):
            char = chr(int(doc[slash + 2 : slash + 6], 16))
            if char not in U_ESCAPED:
                if char in _NAMED or char == "\\":
                    spelled = "'" + _NAMED.get(char, "\\\\") + "'"
                elif char == " ":
                    spelled = "' ' (or '\\s' at either end)"
                else:
                    spelled = "itself" if visible(char) != char else f"'{char}'"
                raise ParseError(
                    f"Expected U+{ord(char):04X} written as {spelled}, "
                    f"got the escape '{doc[slash : slash + 6]}'",
                    doc,
                    slash,
                )
            parts.append(char)
            last = slash + 6
        elif code == "u":
            raise ParseError(
                "Expected '\\u' and 4 upper-case hex digits, "
                f"got {show(doc[slash : min(slash + 6, end)])}",
                doc,
                slash,
            )
        elif code:
            raise ParseError(
                f"Expected an escape ({_ESCAPES}) after the backslash, "
                f"got {show(doc[slash : slash + 2])} (a backslash is written '\\\\')",
                doc,
                slash,
            )
        else:
            raise ParseError(
                f"Expected an escape ({_ESCAPES}) after the backslash that ends {_where(key)}, "
                "got the end of the line (a backslash is written '\\\\')",
                doc,
                slash,
            )
        slash = doc.find("\\", last, end)
    parts.append(doc[last:end])
    return "".join(parts)


def line_end(doc: str, pos: int, what: str) -> int:
    """Where the line at ``pos`` ends: its line feed, which must be there, alone."""
    eol = doc.find("\n", pos)
    if eol < 0:
        raise ParseError(
            f"Expected a line feed at the end of the {what}, got the end of the document",
            doc,
            len(doc),
        )
    if doc[eol - 1] == "\r":
        raise ParseError(CRLF, doc, eol - 1)
    return eol


#: The most digits an integer may have: CPython's default limit for int(str) since 3.11
#: (and 3.10.7), kept here so that every Python reads the same documents.
_MAX_DIGITS: Final = 4300


def read_int(doc: str, start: int, end: int) -> int:
    if _INT().fullmatch(doc, start, end) is None:
        raise ParseError(
            f"Expected a decimal integer without sign or leading zeros, got {got(doc, start, end)}",
            doc,
            start,
        )
    if end - start > _MAX_DIGITS:  # the same on every Python, whatever int() allows
        raise ParseError(
            f"Expected an integer of at most {_MAX_DIGITS} digits, got {end - start} digits",
            doc,
            start,
        )
    return int(doc[start:end])


def read_span(doc: str, start: int, end: int) -> Span:
    space = doc.find(" ", start, end)
    if space < 0 or doc.find(" ", space + 1, end) >= 0:
        raise ParseError(
            "Expected a span START END (two integers, one space apart), "
            f"got {got(doc, start, end)}",
            doc,
            start,
        )
    first = read_int(doc, start, space)
    last = read_int(doc, space + 1, end)
    for number, at, stop in ((first, start, space), (last, space + 1, end)):
        if number > MAX_OFFSET:  # no text is that long; Span would refuse it
            raise ParseError(
                f"Expected a span offset of at most {MAX_OFFSET} (2**63 - 1), "
                f"got {got(doc, at, stop)}",
                doc,
                at,
            )
    if last < first:
        raise ParseError(
            f"Expected a span end of at least its start {first}, got {last}", doc, space + 1
        )
    return Span(first, last)


def read_date(doc: str, start: int, end: int, key: str) -> DateValue:
    """Read the date ``doc[start:end]`` in the field ``key``."""
    if _ISO().fullmatch(doc, start, end) is None:
        raise ParseError(
            f"Expected a date YYYY, YYYY-MM or YYYY-MM-DD in '{key}', got {got(doc, start, end)}",
            doc,
            start,
        )
    text = doc[start:end]
    year, month, day = (int(part) for part in (text + "-0-0").split("-")[:3])
    if year == 0:
        raise ParseError(
            f"Expected a year from 0001 to 9999 in '{key}', got {show(text)}", doc, start
        )
    if len(text) > 4 and not 1 <= month <= 12:
        raise ParseError(
            f"Expected a month from 01 to 12 in '{key}', got {show(text)}", doc, start + 5
        )
    if len(text) > 7:
        leap = month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        days = _DAYS[month - 1] + leap
        if not 1 <= day <= days:
            raise ParseError(
                f"Expected a day from 01 to {days} for {text[:7]} in '{key}', got {show(text)}",
                doc,
                start + 8,
            )
    return DateValue.from_iso(text)


def read_moment(doc: str, start: int, end: int, key: str) -> _dt.datetime:
    """Read the moment ``doc[start:end]`` in the field ``key``: ISO 8601 exactly as
    :meth:`datetime.datetime.isoformat` writes it (``2031-04-09T16:05:00-04:00``)."""
    if _MOMENT().fullmatch(doc, start, end) is not None:
        read_date(doc, start, start + 10, key)  # (a day that does not exist, positioned)
    shape = "a date and time YYYY-MM-DDTHH:MM:SS"
    return _isoformatted(
        doc, (start, end), key, (_MOMENT, shape), _dt.datetime.fromisoformat, clock=11
    )


def read_time(doc: str, start: int, end: int, key: str) -> _dt.time:
    """Read the time of day ``doc[start:end]`` in the field ``key``: exactly as
    :meth:`datetime.time.isoformat` writes it (``18:30:00``, ``06:00:00-04:00``)."""
    shape = "a time of day HH:MM:SS"
    return _isoformatted(doc, (start, end), key, (_TIME, shape), _dt.time.fromisoformat, clock=0)


_Clock = TypeVar("_Clock", _dt.datetime, _dt.time)


def _isoformatted(
    doc: str,
    where: tuple[int, int],
    key: str,
    form: tuple[Callable[[], re.Pattern[str]], str],
    parse: Callable[[str], _Clock],
    *,
    clock: int,
) -> _Clock:
    """Read ``doc[start:end]`` (``where``) in the field ``key`` as ``isoformat()`` writes a
    moment or a time: of the ``form`` (its pattern, and its shape for a message), read by
    ``parse``, the time of day ``clock`` characters in; positioned errors otherwise."""
    start, end = where
    pattern, shape = form
    if pattern().fullmatch(doc, start, end) is None:
        raise ParseError(
            f"Expected {shape}, with .ffffff and an offset +HH:MM where they are known, "
            f"in '{key}', got {got(doc, start, end)}",
            doc,
            start,
        )
    text = doc[start:end]
    try:
        value = parse(text)
    except ValueError:
        raise ParseError(
            f"Expected a time of day from 00:00:00 to 23:59:59 and an offset under 24 hours "
            f"in '{key}', got {show(text)}",
            doc,
            start + clock,
        ) from None
    if value.isoformat() != text:
        raise ParseError(
            f"Expected {show(value.isoformat())} in '{key}' (as isoformat() writes it: no "
            f"zero fraction, no zero seconds of offset), got {show(text)}",
            doc,
            start,
        )
    return value
