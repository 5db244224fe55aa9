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

from collections.abc import Sequence
from typing import IO, Any, Final, cast

from newsseed._errors import ParseError
from newsseed._load_values import (
    CRLF,
    FORBIDDEN_BESIDE_LF,
    decode,
    got,
    line_end,
    line_text,
    read_date,
    read_moment,
    read_span,
    read_time,
    show,
    unescape,
)
from newsseed._model import (
    ENTITY_KINDS,
    LANGUAGE_TAG,
    META_KEY,
    Article,
    Dateline,
    DateMention,
    Diagnostic,
    Entity,
    Quote,
    Span,
)
from newsseed._write import VERSION_LINE

__all__ = ("load", "loads")

# ---------------------------------------------------------------------------
# The header's fields, in canonical order. A field's index is its rank.

_NAMES: Final = (
    "id",
    "title",
    "source",
    "date",
    "published-at",
    "url",
    "language",
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
    "quote.kind",
    "entity",
    "entity.mention",
    "entity.role",
    "date-mention",
    "date-mention.text",
    "date-mention.time",
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
    PUBLISHED_AT,
    URL,
    LANGUAGE,
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
    QUOTE_KIND,
    ENTITY,
    ENTITY_MENTION,
    ENTITY_ROLE,
    DATE_MENTION,
    DATE_MENTION_TEXT,
    DATE_MENTION_TIME,
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
_LISTS: Final = {CATEGORY: "categories", AUTHOR: "authors", RELATED: "related"}
#: Fields whose one value is a word, present only where the record's differs from its
#: default: the attribute, the word, the value it stands for, what has no such line.
_MARKERS: Final[dict[int, tuple[str, str, object, str]]] = {
    QUOTE_PARTIAL: ("partial", "true", True, "a quote that is not partial"),
    QUOTE_KIND: ("kind", "reported", "reported", "a direct quote"),
}
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
    """Name the fields that may stand after field ``state`` (-1: none yet)."""
    group = None if state < 0 else _group(state)
    # The parts of the current group first, then its head (a new record), then the rest.
    ranks = sorted(
        _allowed_after(state),
        key=lambda r: (2 if group is None or _group(r) != group else r == group, r),
    )
    names = [f"'{_NAMES[r]}'" for r in ranks]
    if state in _PENDING:
        return f"Expected {_or(names)} after '{_NAMES[state]}', got {found}"
    names.append("the blank line that ends the header")
    return f"Expected {_or(names)}, got {found}"


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
        #: The meta keys seen, with where the value of each was written.
        self.meta_keys: dict[str, int] = {}
        #: Spans that must fit in the text, with where they were written.
        self.spans: list[tuple[Span, int]] = []


def _version(doc: str) -> int:
    if doc.startswith(VERSION_LINE):
        return len(VERSION_LINE)
    pos = 0
    while pos < len(doc) and doc[pos] == VERSION_LINE[pos]:
        pos += 1
    if pos == len(VERSION_LINE) - 1 and doc.startswith("\r\n", pos):
        raise ParseError(CRLF, doc, pos)
    if pos == len(VERSION_LINE) - 1 and pos == len(doc):
        raise ParseError(
            "Expected a line feed after ' newsseed 1', got the end of the document", doc, pos
        )
    if not doc:
        found = "an empty document"
    elif doc[0] == "\ufeff":
        found = "a byte order mark (U+FEFF)"
    else:
        found = line_text(doc, 0)
    raise ParseError(f"Expected ' newsseed 1' on the first line, got {found}", doc, pos)


def _key(doc: str, pos: int, eol: int, state: int) -> tuple[int, str, int]:
    """Read the key of the field line at ``pos`` (after field ``state``): return its
    rank, the key and where the value starts."""
    key_end = doc.find(" ", pos + 1, eol)
    value_start = eol if key_end < 0 else key_end + 1
    key_end = eol if key_end < 0 else key_end
    key = doc[pos + 1 : key_end]
    if not key:
        raise ParseError(
            "Expected a field name after the space that starts a field line, "
            f"got {got(doc, pos + 1, pos + 1)}",
            doc,
            pos + 1,
        )
    rank = _RANK.get(key)
    if rank is None:
        if not key.startswith("meta."):
            raise ParseError(_expected(state, f"the unknown field {show(key)}"), doc, pos + 1)
        if META_KEY().fullmatch(key, 5) is None:
            raise ParseError(
                "Expected a meta key of 1 to 64 of a-z, 0-9, '_' and '-', starting with a "
                f"letter or digit, got {show(key[5:])}",
                doc,
                pos + 6,
            )
        rank = META
    if value_start == eol and key_end < eol:
        raise ParseError(
            f"Expected a value after '{key}' and a space, got the end of the line "
            "(an empty value is written without the space)",
            doc,
            eol,
        )
    return rank, key, value_start


def _field(doc: str, rank: int, key: str, start: int, end: int, *, parts: _Parts) -> None:
    """Store the value ``doc[start:end]`` of the field ``rank`` (named ``key``) in ``parts``."""
    article = parts.article
    if rank in (ID, TITLE, SOURCE, URL):
        article[_NAMES[rank]] = unescape(doc, start, end, key)
    elif rank == LANGUAGE:
        if LANGUAGE_TAG().fullmatch(doc, start, end) is None:
            raise ParseError(
                f"Expected a BCP 47 language tag such as 'en' or 'en-GB' in '{key}', "
                f"got {got(doc, start, end)}",
                doc,
                start,
            )
        article["language"] = doc[start:end]
    elif rank == DATE:
        article["published"] = read_date(doc, start, end, key)
    elif rank == PUBLISHED_AT:
        article["published_at"] = read_moment(doc, start, end, key)
    elif rank == DATELINE:
        parts.dateline = {"raw": unescape(doc, start, end, key)}
    elif rank in (DATELINE_PLACE, DATELINE_COUNTRY, DATELINE_AGENCY):
        assert parts.dateline is not None
        parts.dateline[_NAMES[rank][9:]] = unescape(doc, start, end, key)
    elif rank == DATELINE_DATE:
        assert parts.dateline is not None
        parts.dateline["date"] = read_date(doc, start, end, key)
    elif rank in (CATEGORY, AUTHOR, RELATED):
        article[_LISTS[rank]].append(unescape(doc, start, end, key))
    elif rank == META:
        name = key[5:]
        first = parts.meta_keys.get(name)
        if first is not None:
            raise ParseError(
                f"Expected each meta key once, got {show(name)} again "
                f"(first on line {doc.count(chr(10), 0, first) + 1})",
                doc,
                start - len(name) - (1 if start < end else 0),
            )
        parts.meta_keys[name] = start
        article["meta"].append((name, unescape(doc, start, end, key)))
    elif rank in (QUOTE, DATE_MENTION, ENTITY_MENTION, QUOTE_SPEAKER_SPAN, DIAGNOSTIC_SPAN):
        _span_field(doc, rank, start, end, parts)
    elif rank == ENTITY:
        space = doc.find(" ", start, end)
        kind = doc[start : end if space < 0 else space]
        if kind not in ENTITY_KINDS:
            raise ParseError(
                f"Expected an entity kind ({_or(ENTITY_KINDS)}), "
                f"got {got(doc, start, end if space < 0 else space)}",
                doc,
                start,
            )
        name = "" if space < 0 else unescape(doc, space + 1, end, key)
        if space >= 0 and not name:
            raise ParseError(
                f"Expected a name after '{kind}' and a space, got the end of the line "
                "(an empty name is written without the space)",
                doc,
                end,
            )
        group = {"name": name, "kind": kind, "mentions": [], "roles": []}
        parts.groups.append(group)
        article["entities"].append(group)
    elif rank == ENTITY_ROLE:
        parts.groups[-1]["roles"].append(unescape(doc, start, end, key))
    elif rank in _MARKERS:
        attribute, word, value, without = _MARKERS[rank]
        if doc[start:end] != word:
            raise ParseError(
                f"Expected '{word}' in '{key}', got {got(doc, start, end)} "
                f"({without} has no '{key}' line)",
                doc,
                start,
            )
        parts.groups[-1][attribute] = value
    elif rank == DATE_MENTION_TIME:
        parts.groups[-1]["time"] = read_time(doc, start, end, key)
    elif rank == DIAGNOSTIC:
        group = {"code": unescape(doc, start, end, key)}
        parts.groups.append(group)
        article["diagnostics"].append(group)
    else:  # the text fields of a group: quote.text, quote.cue, diagnostic.message...
        parts.groups[-1][_NAMES[rank].partition(".")[2].replace("-", "_")] = unescape(
            doc, start, end, key
        )


def _span_field(doc: str, rank: int, start: int, end: int, parts: _Parts) -> None:
    if rank == DATE_MENTION:
        space = doc.find(" ", start, end)
        space = -1 if space < 0 else doc.find(" ", space + 1, end)
        if space < 0:
            raise ParseError(
                "Expected a date mention START END VALUE (VALUE a date YYYY, YYYY-MM, "
                f"YYYY-MM-DD or '-'), got {got(doc, start, end)}",
                doc,
                start,
            )
        span = read_span(doc, start, space)
        value = (
            None if doc[space + 1 : end] == "-" else read_date(doc, space + 1, end, _NAMES[rank])
        )
        group: dict[str, Any] = {"span": span, "value": value}
        parts.groups.append(group)
        parts.article["dates"].append(group)
        parts.spans.append((span, start))
        return
    span = read_span(doc, start, end)
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


def _misplaced(rank: int, state: int) -> str:
    """Name the field ``rank`` that may not follow field ``state``, for a message."""
    name = _NAMES[rank]
    if rank == state:
        return f"a second '{name}'"
    head = _group(rank)
    if head is not None and head != rank and (state < 0 or _group(state) != head):
        return f"'{name}' where no '{_NAMES[head]}' record is open"
    return f"'{name}'"


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
                raise ParseError(_expected(state, "the blank line that ends the header"), doc, pos)
            return pos + 1, parts
        if char != " ":
            if doc.startswith("\r\n", pos):
                raise ParseError(CRLF, doc, pos)
            raise ParseError(
                "Expected a field line (a space, a field name, a space and a value) "
                f"or the blank line that ends the header, got {line_text(doc, pos)}",
                doc,
                pos,
            )
        eol = line_end(doc, pos, "field line")
        rank, key, value_start = _key(doc, pos, eol, state)
        if rank not in _ALLOWED[state + 1]:
            raise ParseError(_expected(state, _misplaced(rank, state)), doc, pos + 1)
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
        or FORBIDDEN_BESIDE_LF().search(body) is not None
    ):
        return None
    raw = body[:-1].split("\n\n")  # none is empty: no "\n\n\n", no "\n" first or last
    if body.count("\n") != 2 * len(raw) - 1:  # a single line feed inside a paragraph
        return None
    if "\\" not in body:
        return raw
    paragraphs = [decode(p) if "\\" in p else p for p in raw]
    return None if None in paragraphs else cast("list[str]", paragraphs)


def _body_line_by_line(doc: str, pos: int) -> list[str]:
    """Read the paragraphs from ``pos`` one line at a time, raising the precise error."""
    paragraphs: list[str] = []
    size = len(doc)
    while pos < size:
        if doc[pos] == "\n":
            raise ParseError(
                "Expected a paragraph, got another blank line (paragraphs are separated "
                "by exactly one blank line)",
                doc,
                pos,
            )
        eol = line_end(doc, pos, "paragraph")
        paragraphs.append(unescape(doc, pos, eol, None))
        pos = eol + 1
        if pos == size:
            break
        if doc[pos] != "\n":
            raise ParseError(
                f"Expected a blank line between paragraphs, got {line_text(doc, pos)}", doc, pos
            )
        pos += 1
        if pos == size:
            raise ParseError(
                "Expected a paragraph after the blank line, got the end of the document "
                "(a document ends with the line feed of its last paragraph)",
                doc,
                pos,
            )
    return paragraphs


def _build(doc: str, parts: _Parts, paragraphs: list[str]) -> Article:
    text_size = sum(map(len, paragraphs)) + 2 * max(len(paragraphs) - 1, 0)
    for span, pos in parts.spans:
        if span.end > text_size:
            raise ParseError(
                f"Expected a span end of at most {text_size} (the length of the article's "
                f"text), got {span.end}",
                doc,
                doc.find(" ", pos) + 1,
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
    would not have written; its message says what was expected, and what was
    found instead.

    >>> a = loads(" newsseed 1\n title Ferry service resumes\n\nBoats sail\\tagain.\n")
    >>> a.title, a.paragraphs
    ('Ferry service resumes', ('Boats sail\tagain.',))
    >>> try:
    ...     loads(" newsseed 1\n date 2031-04-31\n\n")
    ... except ParseError as err:
    ...     print(err.msg)
    ...     print(err.excerpt())
    Expected a day from 01 to 30 for 2031-04 in 'date', got '2031-04-31'
     date 2031-04-31
                  ^
    """
    if not isinstance(text, str):
        raise TypeError(f"loads() takes a str, not {type(text).__name__}")
    pos = _version(text)
    pos, parts = _header(text, pos)
    return _build(text, parts, _body(text, pos))


#: Why a byte is not UTF-8, by :attr:`UnicodeDecodeError.reason`.
_UTF8_REASONS: Final = {
    "invalid start byte": "which starts no UTF-8 character",
    "invalid continuation byte": "not followed by the continuation bytes it needs",
    "unexpected end of data": "cut short by the end of the data",
}


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
    Expected UTF-8 text, got the byte 0xFF, which starts no UTF-8 character 2 6 True
    """
    data = fp.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        pos = len(data[: exc.start].decode("utf-8"))
        why = _UTF8_REASONS.get(exc.reason, f"({exc.reason})")
        raise ParseError(
            f"Expected UTF-8 text, got the byte 0x{data[exc.start]:02X}, {why}",
            data.decode("utf-8", errors="replace"),
            pos,
        ) from None
    return loads(text)
