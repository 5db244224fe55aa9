"""The canonical reader: newsseed's own seed format back to an :class:`~newsseed.Article`.

The format is specified normatively in ``docs/format.md``. The reader is strict
and canonical: it accepts exactly the documents :func:`newsseed.dumps` writes,
so ``dumps(loads(s)) == s`` whenever ``loads(s)`` succeeds, and it raises
:class:`~newsseed.ParseError` (never anything else) for every other string.

The code follows tomli's parser: pure functions that take the document and a
position and return the new position with what they read, one error type that
carries the position. Every line is looked at a constant number of times by
``str`` methods and non-backtracking patterns, so the cost is linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import IO, Any, Final, cast

from newsseed._errors import ParseError
from newsseed._model import (
    ENTITY_KINDS,
    META_KEY,
    Article,
    Dateline,
    DateMention,
    DateValue,
    Diagnostic,
    Entity,
    Quote,
    Span,
)
from newsseed._write import U_ESCAPED, VERSION_LINE
from newsseed.normalize._text import lazy_re

__all__ = ("load", "loads")

# ---------------------------------------------------------------------------
# The header's fields, in canonical order. A field's index is its rank.

_NAMES: Final = (
    "id",
    "title",
    "source",
    "date",
    "dateline",
    "dateline.place",
    "dateline.date",
    "dateline.country",
    "dateline.agency",
    "category",
    "author",
    "related",
    "meta.KEY",
    "quote",
    "quote.text",
    "quote.speaker",
    "quote.speaker-span",
    "quote.cue",
    "quote.partial",
    "entity",
    "entity.mention",
    "entity.role",
    "date-mention",
    "date-mention.text",
    "diagnostic",
    "diagnostic.span",
    "diagnostic.message",
    "diagnostic.text",
)
(
    ID,
    TITLE,
    SOURCE,
    DATE,
    DATELINE,
    DATELINE_PLACE,
    DATELINE_DATE,
    DATELINE_COUNTRY,
    DATELINE_AGENCY,
    CATEGORY,
    AUTHOR,
    RELATED,
    META,
    QUOTE,
    QUOTE_TEXT,
    QUOTE_SPEAKER,
    QUOTE_SPEAKER_SPAN,
    QUOTE_CUE,
    QUOTE_PARTIAL,
    ENTITY,
    ENTITY_MENTION,
    ENTITY_ROLE,
    DATE_MENTION,
    DATE_MENTION_TEXT,
    DIAGNOSTIC,
    DIAGNOSTIC_SPAN,
    DIAGNOSTIC_MESSAGE,
    DIAGNOSTIC_TEXT,
) = range(len(_NAMES))

_RANK: Final = {name: rank for rank, name in enumerate(_NAMES) if name != "meta.KEY"}
_HEADS: Final = frozenset({DATELINE, QUOTE, ENTITY, DATE_MENTION, DIAGNOSTIC})
_REPEATABLE: Final = frozenset(
    {CATEGORY, AUTHOR, RELATED, META, QUOTE, ENTITY, ENTITY_MENTION, ENTITY_ROLE, DATE_MENTION}
    | {DIAGNOSTIC}
)
#: Fields that must come next: a group is not complete without them.
_PENDING: Final[dict[int, tuple[int, ...]]] = {
    QUOTE: (QUOTE_TEXT,),
    DATE_MENTION: (DATE_MENTION_TEXT,),
    DIAGNOSTIC: (DIAGNOSTIC_SPAN, DIAGNOSTIC_MESSAGE),
    DIAGNOSTIC_SPAN: (DIAGNOSTIC_MESSAGE,),
    DIAGNOSTIC_MESSAGE: (DIAGNOSTIC_TEXT,),
}


def _group(rank: int) -> int | None:
    """The head of the group ``rank`` belongs to, or None for a field of its own."""
    if rank in _HEADS:
        return rank
    head, dot, _ = _NAMES[rank].partition(".")
    return _RANK[head] if dot and head != "meta" else None


def _allowed_after(state: int) -> tuple[int, ...]:
    if state in _PENDING:
        return _PENDING[state]
    group = None if state < 0 else _group(state)
    out = []
    for rank in range(len(_NAMES)):
        later = rank > state or (rank == state and rank in _REPEATABLE)
        parent = _group(rank)
        if parent is not None and parent != rank:
            ok = later and group == parent
        else:
            ok = later or (rank in _REPEATABLE and group == rank)
        if ok:
            out.append(rank)
    return tuple(out)


#: ``_ALLOWED[state + 1]``: the fields that may follow field ``state`` (-1: none yet).
_ALLOWED: Final = tuple(frozenset(_allowed_after(s)) for s in range(-1, len(_NAMES)))


def _or(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def _expected(state: int, found: str) -> str:
    group = None if state < 0 else _group(state)
    # The parts of the current group first, then its head (a new record), then the rest.
    ranks = sorted(
        _allowed_after(state),
        key=lambda r: (2 if group is None or _group(r) != group else r == group, r),
    )
    names = [f"'{_NAMES[r]}'" for r in ranks]
    if state in _PENDING:
        return f"Expected {_or(names)} after '{_NAMES[state]}', not {found}"
    names.append("the blank line that ends the header")
    return f"Expected {_or(names)}, not {found}"


# ---------------------------------------------------------------------------
# Values

_LITERAL_FORBIDDEN: Final = lazy_re(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")
_SHORT_ESCAPES: Final = {"\\": "\\", "n": "\n", "r": "\r", "t": "\t", "s": " "}
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HEX4: Final = lazy_re(r"[0-9A-F]{4}")
#: After ``\\`` is taken out: a backslash that starts no escape of the format
#: (``\s`` is checked apart: it may only stand first or last).
_BAD_ESCAPE: Final = lazy_re(
    r"\\(?![nrts]|u(?:00(?:0[0-8BCEF]|1[0-9A-F]|7F|[89][0-9A-F])|202[89]|FEFF|D[89A-F][0-9A-F]{2}))"
)
_FORBIDDEN_BESIDE_LF: Final = lazy_re(
    r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]"
)
_U_OR_BACKSLASH: Final = lazy_re(r"\\u[0-9A-F]{4}|\x00")
_INT: Final = lazy_re(r"0|[1-9][0-9]*")
_ISO: Final = lazy_re(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
_MAX_SHOWN: Final = 40
_LISTS: Final = {CATEGORY: "categories", AUTHOR: "authors", RELATED: "related"}


def _show(text: str) -> str:
    return repr(text if len(text) <= _MAX_SHOWN else text[:_MAX_SHOWN] + "...")


def _unescape(doc: str, start: int, end: int, what: str) -> str:
    r"""Decode the escaped text ``doc[start:end]`` (a value or a paragraph line).

    >>> doc = r" \stab\there\\\s"
    >>> _unescape(doc, 1, len(doc), "value")
    ' tab\there\\ '
    """
    bad = _LITERAL_FORBIDDEN().search(doc, start, end)
    if bad is not None:
        char = bad.group()
        escaped = _NAMED.get(char) or f"\\u{ord(char):04X}"
        raise ParseError(
            f"Expected the escape '{escaped}' instead of the literal character U+{ord(char):04X}",
            doc,
            bad.start(),
        )
    if start < end:
        if doc[start] == " ":
            raise ParseError(f"Expected '\\s' for the space that starts a {what}", doc, start)
        if doc[end - 1] == " ":
            raise ParseError(f"Expected '\\s' for the space that ends a {what}", doc, end - 1)
    slash = doc.find("\\", start, end)
    if slash < 0:
        return doc[start:end]
    decoded = _decode(doc[start:end])
    return _decode_slowly(doc, start, end, what) if decoded is None else decoded


def _decode(raw: str) -> str | None:
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


def _decode_slowly(doc: str, start: int, end: int, what: str) -> str:
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
                f"Invalid escape '\\s' inside a {what}; only a first or last space is escaped",
                doc,
                slash,
            )
        if short is not None:
            parts.append(short)
            last = slash + 2
        elif code == "u" and _HEX4().fullmatch(doc, slash + 2, min(slash + 6, end)):
            char = chr(int(doc[slash + 2 : slash + 6], 16))
            if char not in U_ESCAPED:
                spelled = _NAMED.get(char) or ("\\\\" if char == "\\" else char)
                also = " (or '\\s' at either end)" if char == " " else ""
                raise ParseError(
                    f"Invalid escape '{doc[slash : slash + 6]}'; expected '{spelled}'{also}",
                    doc,
                    slash,
                )
            parts.append(char)
            last = slash + 6
        elif code == "u":
            raise ParseError(
                f"Invalid escape '{doc[slash : min(slash + 6, end)]}'; "
                "expected '\\u' and 4 upper-case hex digits",
                doc,
                slash,
            )
        elif code:
            raise ParseError(f"Invalid escape '\\{code}'", doc, slash)
        else:
            raise ParseError(
                f"Expected an escape after the backslash that ends a {what}", doc, slash
            )
        slash = doc.find("\\", last, end)
    parts.append(doc[last:end])
    return "".join(parts)


def _int(doc: str, start: int, end: int) -> int:
    if _INT().fullmatch(doc, start, end) is None:
        raise ParseError("Expected a decimal integer without sign or leading zeros", doc, start)
    try:
        return int(doc[start:end])
    except ValueError:  # more digits than int() will convert
        raise ParseError("Expected a smaller integer", doc, start) from None


def _span(doc: str, start: int, end: int) -> Span:
    space = doc.find(" ", start, end)
    if space < 0 or doc.find(" ", space + 1, end) >= 0:
        raise ParseError("Expected a span: two integers START END, one space apart", doc, start)
    first = _int(doc, start, space)
    last = _int(doc, space + 1, end)
    if last < first:
        raise ParseError(f"Expected a span end not before its start ({first})", doc, space + 1)
    return Span(first, last)


def _date(doc: str, start: int, end: int) -> DateValue:
    if _ISO().fullmatch(doc, start, end) is None:
        raise ParseError("Expected a date YYYY, YYYY-MM or YYYY-MM-DD", doc, start)
    try:
        return DateValue.from_iso(doc[start:end])
    except ValueError as exc:
        raise ParseError(f"Expected a valid date: {exc}", doc, start) from None


# ---------------------------------------------------------------------------
# The document


class _Parts:
    """What the header said so far, keyed like the records' constructors."""

    __slots__ = ("article", "dateline", "groups", "meta_keys", "spans")

    def __init__(self) -> None:
        self.article: dict[str, Any] = {
            "categories": [],
            "authors": [],
            "related": [],
            "meta": [],
            "quotes": [],
            "entities": [],
            "dates": [],
            "diagnostics": [],
        }
        self.dateline: dict[str, Any] | None = None
        self.groups: list[dict[str, Any]] = []
        self.meta_keys: set[str] = set()
        #: Spans that must fit in the text, with where they were written.
        self.spans: list[tuple[Span, int]] = []


def _version(doc: str) -> int:
    if not doc.startswith(VERSION_LINE):
        pos = 0
        while pos < len(doc) and doc[pos] == VERSION_LINE[pos]:
            pos += 1
        raise ParseError("Expected ' newsseed 1' on the first line", doc, pos)
    return len(VERSION_LINE)


def _key(doc: str, pos: int, eol: int) -> tuple[int, str, int]:
    """Read the key of the field line at ``pos``: return its rank and the value's bounds."""
    key_end = doc.find(" ", pos + 1, eol)
    value_start = eol if key_end < 0 else key_end + 1
    key_end = eol if key_end < 0 else key_end
    key = doc[pos + 1 : key_end]
    if not key:
        raise ParseError(
            "Expected a field name after the space that starts a field line", doc, pos + 1
        )
    rank = _RANK.get(key)
    if rank is None:
        if not key.startswith("meta."):
            raise ParseError(f"Unknown field {_show(key)}", doc, pos + 1)
        if META_KEY().fullmatch(key, 5) is None:
            raise ParseError(
                f"Expected a meta key of 1 to 64 of a-z, 0-9, '_' and '-', starting with a letter "
                f"or digit, not {_show(key[5:])}",
                doc,
                pos + 6,
            )
        rank = META
    if value_start == eol and key_end < eol:
        raise ParseError(
            f"Expected a value after '{key}' and a space (an empty value has no space)", doc, eol
        )
    return rank, key, value_start


def _field(doc: str, rank: int, key: str, start: int, end: int, *, parts: _Parts) -> None:
    """Store the value ``doc[start:end]`` of the field ``rank`` (named ``key``) in ``parts``."""
    article = parts.article
    if rank in (ID, TITLE, SOURCE):
        article[_NAMES[rank]] = _unescape(doc, start, end, "value")
    elif rank == DATE:
        article["published"] = _date(doc, start, end)
    elif rank == DATELINE:
        parts.dateline = {"raw": _unescape(doc, start, end, "value")}
    elif rank in (DATELINE_PLACE, DATELINE_COUNTRY, DATELINE_AGENCY):
        assert parts.dateline is not None
        parts.dateline[_NAMES[rank][9:]] = _unescape(doc, start, end, "value")
    elif rank == DATELINE_DATE:
        assert parts.dateline is not None
        parts.dateline["date"] = _date(doc, start, end)
    elif rank in (CATEGORY, AUTHOR, RELATED):
        article[_LISTS[rank]].append(_unescape(doc, start, end, "value"))
    elif rank == META:
        key = key[5:]
        if key in parts.meta_keys:
            key_start = start - len(key) - (1 if start < end else 0)
            raise ParseError(f"Expected each meta key once; {key!r} is repeated", doc, key_start)
        parts.meta_keys.add(key)
        article["meta"].append((key, _unescape(doc, start, end, "value")))
    elif rank in (QUOTE, DATE_MENTION, ENTITY_MENTION, QUOTE_SPEAKER_SPAN, DIAGNOSTIC_SPAN):
        _span_field(doc, rank, start, end, parts)
    elif rank == ENTITY:
        space = doc.find(" ", start, end)
        kind = doc[start : end if space < 0 else space]
        if kind not in ENTITY_KINDS:
            raise ParseError(f"Expected an entity kind ({_or(ENTITY_KINDS)})", doc, start)
        name = "" if space < 0 else _unescape(doc, space + 1, end, "value")
        if space >= 0 and not name:
            raise ParseError(
                "Expected a name after the entity kind and a space (an empty name has no space)",
                doc,
                end,
            )
        group = {"name": name, "kind": kind, "mentions": [], "roles": []}
        parts.groups.append(group)
        article["entities"].append(group)
    elif rank == ENTITY_ROLE:
        parts.groups[-1]["roles"].append(_unescape(doc, start, end, "value"))
    elif rank == QUOTE_PARTIAL:
        if doc[start:end] != "true":
            raise ParseError(
                "Expected 'true' (a quote that is not partial has no 'quote.partial' line)",
                doc,
                start,
            )
        parts.groups[-1]["partial"] = True
    elif rank == DIAGNOSTIC:
        group = {"code": _unescape(doc, start, end, "value")}
        parts.groups.append(group)
        article["diagnostics"].append(group)
    else:  # the text fields of a group: quote.text, quote.cue, diagnostic.message...
        parts.groups[-1][_NAMES[rank].partition(".")[2].replace("-", "_")] = _unescape(
            doc, start, end, "value"
        )


def _span_field(doc: str, rank: int, start: int, end: int, parts: _Parts) -> None:
    if rank == DATE_MENTION:
        space = doc.find(" ", start, end)
        space = -1 if space < 0 else doc.find(" ", space + 1, end)
        if space < 0:
            raise ParseError(
                "Expected a date mention: START END and a date YYYY[-MM[-DD]] or '-'", doc, start
            )
        span = _span(doc, start, space)
        value = None if doc[space + 1 : end] == "-" else _date(doc, space + 1, end)
        group: dict[str, Any] = {"span": span, "value": value}
        parts.groups.append(group)
        parts.article["dates"].append(group)
        parts.spans.append((span, start))
        return
    span = _span(doc, start, end)
    if rank == QUOTE:
        group = {"span": span}
        parts.groups.append(group)
        parts.article["quotes"].append(group)
    elif rank == QUOTE_SPEAKER_SPAN:
        parts.groups[-1]["speaker_span"] = span
    elif rank == ENTITY_MENTION:
        parts.groups[-1]["mentions"].append(span)
    else:  # DIAGNOSTIC_SPAN: diagnostics point into the raw input, not into the text
        parts.groups[-1]["span"] = span
        return
    parts.spans.append((span, start))


def _header(doc: str, pos: int) -> tuple[int, _Parts]:
    """Read the field lines and the blank line after them; return the body's position."""
    parts = _Parts()
    state = -1
    size = len(doc)
    while True:
        if pos >= size:
            raise ParseError(_expected(state, "the end of the document"), doc, pos)
        char = doc[pos]
        if char == "\n":
            if state in _PENDING:
                raise ParseError(_expected(state, "the blank line"), doc, pos)
            return pos + 1, parts
        if char != " ":
            raise ParseError(
                "Expected a field line (a space, a field name, a space and a value) "
                "or the blank line that ends the header",
                doc,
                pos,
            )
        eol = doc.find("\n", pos)
        if eol < 0:
            raise ParseError("Expected a line feed at the end of the field line", doc, size)
        rank, key, value_start = _key(doc, pos, eol)
        if rank not in _ALLOWED[state + 1]:
            raise ParseError(_expected(state, f"'{_NAMES[rank]}'"), doc, pos + 1)
        _field(doc, rank, key, value_start, eol, parts=parts)
        state = rank
        pos = eol + 1


def _body(doc: str, pos: int) -> list[str]:
    """Read the paragraphs from ``pos`` to the end of the document."""
    paragraphs = _body_at_once(doc[pos:])
    return _body_line_by_line(doc, pos) if paragraphs is None else paragraphs


def _body_at_once(body: str) -> list[str] | None:
    """Read a well-formed body with ``str`` methods; return None where something is wrong."""
    if not body:
        return []
    if (
        not body.endswith("\n")
        or body.startswith((" ", "\n"))
        or "\n\n\n" in body
        or "\n " in body
        or " \n" in body
        or _FORBIDDEN_BESIDE_LF().search(body) is not None
    ):
        return None
    raw = body[:-1].split("\n\n")  # none is empty: no "\n\n\n", no "\n" first or last
    if body.count("\n") != 2 * len(raw) - 1:  # a single line feed inside a paragraph
        return None
    if "\\" not in body:
        return raw
    paragraphs = [_decode(p) if "\\" in p else p for p in raw]
    return None if None in paragraphs else cast("list[str]", paragraphs)


def _body_line_by_line(doc: str, pos: int) -> list[str]:
    """Read the paragraphs from ``pos`` one line at a time, raising the precise error."""
    paragraphs: list[str] = []
    size = len(doc)
    while pos < size:
        if doc[pos] == "\n":
            raise ParseError(
                "Expected a paragraph, not another blank line (paragraphs are separated "
                "by exactly one blank line)",
                doc,
                pos,
            )
        eol = doc.find("\n", pos)
        if eol < 0:
            raise ParseError("Expected a line feed at the end of the paragraph", doc, size)
        paragraphs.append(_unescape(doc, pos, eol, "paragraph"))
        pos = eol + 1
        if pos == size:
            break
        if doc[pos] != "\n":
            raise ParseError("Expected a blank line between paragraphs", doc, pos)
        pos += 1
        if pos == size:
            raise ParseError(
                "Expected a paragraph after the blank line (the document ends with the last "
                "paragraph's line feed)",
                doc,
                pos,
            )
    return paragraphs


def _build(doc: str, parts: _Parts, paragraphs: list[str]) -> Article:
    text_size = sum(map(len, paragraphs)) + 2 * max(len(paragraphs) - 1, 0)
    for span, pos in parts.spans:
        if span.end > text_size:
            raise ParseError(
                f"Expected a span inside the text of {text_size} characters, not ending at "
                f"{span.end}",
                doc,
                pos,
            )
    fields = parts.article
    if parts.dateline is not None:
        fields["dateline"] = Dateline(**parts.dateline)
    fields["quotes"] = [Quote(**q) for q in fields["quotes"]]
    fields["entities"] = [Entity(**e) for e in fields["entities"]]
    fields["dates"] = [DateMention(**d) for d in fields["dates"]]
    fields["diagnostics"] = [Diagnostic(**d) for d in fields["diagnostics"]]
    try:
        return Article(paragraphs=paragraphs, **fields)
    except (TypeError, ValueError) as exc:  # pragma: no cover - every value is checked above
        raise ParseError(f"Expected a valid article: {exc}", doc, 0) from None


def loads(text: str) -> Article:
    r"""Read an article from ``text`` in the canonical seed format (``docs/format.md``).

    Raises :class:`~newsseed.ParseError` for anything :func:`newsseed.dumps`
    would not have written.

    >>> a = loads(" newsseed 1\n title Ferry service resumes\n\nBoats sail\\tagain.\n")
    >>> a.title, a.paragraphs
    ('Ferry service resumes', ('Boats sail\tagain.',))
    >>> loads(" newsseed 1\n titel Ferry\n\n")
    Traceback (most recent call last):
      ...
    newsseed._errors.ParseError: Unknown field 'titel' (at line 2, column 2)
    """
    if not isinstance(text, str):
        raise TypeError(f"loads() takes a str, not {type(text).__name__}")
    pos = _version(text)
    pos, parts = _header(text, pos)
    return _build(text, parts, _body(text, pos))


def load(fp: IO[bytes]) -> Article:
    r"""Read an article in the canonical seed format from the binary file ``fp``.

    The bytes must be UTF-8. Where they are not, :class:`~newsseed.ParseError`
    points at the first bad byte; its ``doc`` is then the bytes decoded with
    ``errors="replace"``.

    >>> import io
    >>> load(io.BytesIO(b" newsseed 1\n id n1\n\nCaf\xc3\xa9 opens.\n")).paragraphs
    ('Café opens.',)
    >>> try:
    ...     load(io.BytesIO(b" newsseed 1\n id n\xff1\n\n"))
    ... except ParseError as err:
    ...     print(err.msg, err.lineno, err.colno, err.doc[err.pos] == "\ufffd")
    Expected UTF-8 text; byte 0xFF is not valid here 2 6 True
    """
    data = fp.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        pos = len(data[: exc.start].decode("utf-8"))
        raise ParseError(
            f"Expected UTF-8 text; byte 0x{data[exc.start]:02X} is not valid here",
            data.decode("utf-8", errors="replace"),
            pos,
        ) from None
    return loads(text)
