"""The canonical writer: :class:`~newsseed.Article` to newsseed's own seed format.

The format is specified normatively in ``docs/format.md``. In short: a version
line, one header field per line (``" key value"``), a blank line, then one line
per paragraph with a blank line between paragraphs. Every value and paragraph
is escaped so that it fits on one line and reads back exactly; the output of
:func:`dumps` is the only spelling :func:`newsseed.loads` accepts.
"""

from __future__ import annotations

import datetime as dt
from itertools import chain
from typing import IO, Final

from newsseed._model import Article, DateValue, Span, moment_text
from newsseed.normalize._text import lazy, lazy_re

__all__ = ("dump", "dumps")

#: The first line of every document.
VERSION_LINE: Final = " newsseed 1\n"

#: Characters written as ``\uXXXX`` (besides LF, CR and TAB, which have short escapes).
U_ESCAPED: Final[frozenset[str]] = frozenset(
    chr(cp)
    for cp in chain(range(0x20), range(0x7F, 0xA0), (0x2028, 0x2029, 0xFEFF), range(0xD800, 0xE000))
) - {"\n", "\r", "\t"}

_ESCAPES: Final = lazy(
    lambda: {
        **{ord(ch): f"\\u{ord(ch):04X}" for ch in U_ESCAPED},
        ord("\\"): "\\\\",
        ord("\n"): "\\n",
        ord("\r"): "\\r",
        ord("\t"): "\\t",
    }
)

_NEEDS_ESCAPE: Final = lazy_re(r"[\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


def escape(value: str) -> str:
    r"""Escape one value or paragraph for the canonical format.

    A backslash, LF, CR and TAB get short escapes; a space gets ``\s`` only
    as the first or last character; control characters, U+2028, U+2029,
    U+FEFF and lone surrogates become ``\uXXXX``; everything else is literal.

    >>> print(escape(" tab\there\\ "))
    \stab\there\\\s
    >>> print(escape("line\u2028break"))
    line\u2028break
    """
    if _NEEDS_ESCAPE().search(value) is not None:
        value = value.translate(_ESCAPES())
    if value[:1] == " ":
        value = "\\s" + value[1:]
    if value[-1:] == " ":
        value = value[:-1] + "\\s"
    return value


def _field(key: str, value: str) -> str:
    return f" {key} {value}\n" if value else f" {key}\n"


def _text(key: str, value: str) -> str:
    return _field(key, escape(value))


def _span(key: str, span: Span) -> str:
    return f" {key} {span.start} {span.end}\n"


def _present(*fields: tuple[str, str | DateValue | None]) -> list[str]:
    """The field lines of those ``(key, value)`` pairs whose value is not None."""
    return [_text(key, str(value)) for key, value in fields if value is not None]


def _moment(value: dt.datetime | None) -> str | None:
    return None if value is None else moment_text(value)


def _header(article: Article) -> list[str]:
    out = [VERSION_LINE]
    add = out.append
    out += _present(
        ("id", article.id),
        ("title", article.title),
        ("source", article.source),
        ("date", article.published),
        ("published-at", _moment(article.published_at)),
        ("url", article.url),
        ("language", article.language),
    )
    dateline = article.dateline
    if dateline is not None:
        add(_text("dateline", dateline.raw))
        out += _present(
            ("dateline.place", dateline.place),
            ("dateline.date", dateline.date),
            ("dateline.country", dateline.country),
            ("dateline.agency", dateline.agency),
        )
    out += [_text("category", v) for v in article.categories]
    out += [_text("author", v) for v in article.authors]
    out += [_text("related", v) for v in article.related]
    out += [_text(f"meta.{k}", v) for k, v in article.meta]
    for quote in article.quotes:
        add(_span("quote", quote.span))
        add(_text("quote.text", quote.text))
        out += _present(("quote.speaker", quote.speaker))
        if quote.speaker_span is not None:
            add(_span("quote.speaker-span", quote.speaker_span))
        out += _present(("quote.cue", quote.cue))
        if quote.partial:
            add(" quote.partial true\n")
        if quote.kind != "direct":
            add(f" quote.kind {quote.kind}\n")
    for entity in article.entities:
        name = escape(entity.name)
        add(f" entity {entity.kind} {name}\n" if name else f" entity {entity.kind}\n")
        out += [_span("entity.mention", m) for m in entity.mentions]
        out += [_text("entity.role", v) for v in entity.roles]
    for mention in article.dates:
        value = "-" if mention.value is None else str(mention.value)
        add(f" date-mention {mention.span.start} {mention.span.end} {value}\n")
        add(_text("date-mention.text", mention.text))
        if mention.time is not None:
            add(f" date-mention.time {mention.time.isoformat()}\n")
    for diagnostic in article.diagnostics:
        add(_text("diagnostic", diagnostic.code))
        if diagnostic.span is not None:
            add(_span("diagnostic.span", diagnostic.span))
        add(_text("diagnostic.message", diagnostic.message))
        add(_text("diagnostic.text", diagnostic.text))
    add("\n")
    return out


def dumps(article: Article) -> str:
    r"""Return ``article`` in the canonical seed format (see ``docs/format.md``).

    :func:`newsseed.loads` reads it back into an equal article.

    >>> from newsseed import Article, DateValue
    >>> a = Article(title="Ferry service resumes", published=DateValue(2031, 4, 9),
    ...             paragraphs=("Boats sail again.", " Fares are\tunchanged."))
    >>> print(dumps(a), end="")
     newsseed 1
     title Ferry service resumes
     date 2031-04-09
    <BLANKLINE>
    Boats sail again.
    <BLANKLINE>
    \sFares are\tunchanged.
    """
    out = _header(article)
    if article.paragraphs:
        out.append("\n\n".join(map(escape, article.paragraphs)))
        out.append("\n")
    return "".join(out)


def dump(article: Article, fp: IO[bytes]) -> None:
    """Write ``article`` to the binary file ``fp`` in the canonical format, as UTF-8.

    >>> import io
    >>> from newsseed import Article
    >>> buf = io.BytesIO()
    >>> dump(Article(id="n1", paragraphs=("Caf\\u00e9 opens.",)), buf)
    >>> buf.getvalue()
    b' newsseed 1\\n id n1\\n\\nCaf\\xc3\\xa9 opens.\\n'
    """
    fp.write(dumps(article).encode("utf-8"))
