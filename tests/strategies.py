"""Hypothesis strategies for newsseed's records, shared by the test modules.

``articles()`` generates *valid* :class:`~newsseed.Article` records whose every
string may hold any Unicode, lone surrogates included, plus the characters and
fragments the canonical format has to be careful with (backslashes, line and
paragraph separators, a BOM, leading and trailing spaces, text that looks like
a header field or an escape). Spans of quotes, entities and date mentions lie
inside :attr:`Article.text`.

Test modules import it with ``from strategies import articles`` (pytest's
``pythonpath`` setting puts ``tests/`` on ``sys.path``).
"""

from __future__ import annotations

import calendar
from typing import Final

from hypothesis import strategies as st

from newsseed import (
    Article,
    Dateline,
    DateMention,
    DateValue,
    Diagnostic,
    Entity,
    Quote,
    Span,
)
from newsseed._model import ENTITY_KINDS

__all__ = (
    "articles",
    "date_mentions",
    "date_values",
    "datelines",
    "diagnostics",
    "entities",
    "paragraphs",
    "quotes",
    "spans",
    "texts",
)

#: Characters the format escapes or treats specially, and a few neighbours it must not.
SPECIAL_CHARS: Final = (
    "\\",
    "\n",
    "\r",
    "\t",
    " ",
    "\x00",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9f",
    "\xa0",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
    "\ufffd",
    "\u00e9",
    "\U0001f4f0",
    "s",
    "u",
    "n",
)

#: Fragments that look like the format's own syntax.
SYNTAX_FRAGMENTS: Final = (
    " newsseed 1\n",
    " date 2025-07-02 ",
    " title Ferry service resumes\n",
    " meta.url x",
    " quote 0 1\n",
    "\n\n",
    "\\u0041",
    "\\s",
    "\\\\n",
    "  ",
    "\r\n",
    " entity PERSON ",
)

_chars = st.one_of(
    st.characters(codec=None, exclude_categories=()),  # any code point, surrogates included
    st.sampled_from(SPECIAL_CHARS),
)


def texts(*, min_size: int = 0, max_size: int = 20) -> st.SearchStrategy[str]:
    """Any Unicode string, biased towards the characters the format must escape."""
    pieces = st.one_of(_chars, _chars, st.sampled_from(SYNTAX_FRAGMENTS))
    return st.lists(pieces, min_size=min_size, max_size=max_size).map("".join)


def paragraphs() -> st.SearchStrategy[str]:
    """A paragraph: any non-empty string."""
    return texts(min_size=1)


@st.composite
def date_values(draw: st.DrawFn) -> DateValue:
    """A date known to the year, the month or the day."""
    year = draw(st.integers(1, 9999))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return DateValue(year)
    last = calendar.monthrange(year, month)[1]
    return DateValue(year, month, draw(st.none() | st.integers(1, last)))


@st.composite
def spans(draw: st.DrawFn, size: int) -> Span:
    """A span inside a text of ``size`` characters (empty spans included)."""
    start = draw(st.integers(0, size))
    return Span(start, draw(st.integers(start, size)))


def _opt_texts() -> st.SearchStrategy[str | None]:
    return st.none() | texts()


def datelines() -> st.SearchStrategy[Dateline]:
    """A dateline with any of its optional parts."""
    return st.builds(
        Dateline,
        place=_opt_texts(),
        date=st.none() | date_values(),
        raw=texts(),
        country=_opt_texts(),
        agency=_opt_texts(),
    )


@st.composite
def quotes(draw: st.DrawFn, text: str) -> Quote:
    """A quote whose spans lie in ``text``; its words are often ``text[span]``."""
    span = draw(spans(len(text)))
    return Quote(
        draw(st.just(span.of(text)) | texts()),
        span,
        speaker=draw(_opt_texts()),
        speaker_span=draw(st.none() | spans(len(text))),
        cue=draw(st.none() | st.sampled_from(("said", "added", "according to")) | texts()),
        partial=draw(st.booleans()),
    )


@st.composite
def entities(draw: st.DrawFn, text: str) -> Entity:
    """An entity whose mentions lie in ``text``."""
    return Entity(
        draw(texts()),
        draw(st.sampled_from(ENTITY_KINDS)),
        tuple(draw(st.lists(spans(len(text)), max_size=3))),
        roles=tuple(draw(st.lists(texts(), max_size=2))),
    )


@st.composite
def date_mentions(draw: st.DrawFn, text: str) -> DateMention:
    """A date mention whose span lies in ``text``."""
    span = draw(spans(len(text)))
    return DateMention(
        draw(st.just(span.of(text)) | texts()), span, draw(st.none() | date_values())
    )


@st.composite
def diagnostics(draw: st.DrawFn, text: str) -> Diagnostic:
    """A diagnostic; its span (into the raw input) is often inside ``text`` too."""
    span = draw(st.none() | spans(len(text)) | spans(draw(st.integers(0, 10**12))))
    code = draw(st.sampled_from(("boilerplate", "joined-paragraphs")) | texts())
    return Diagnostic(code, draw(texts()), span, draw(texts()))


_META_KEYS = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,63}", fullmatch=True)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """A valid article with arbitrary Unicode in every field and spans into its text."""
    paras = tuple(draw(st.lists(paragraphs(), max_size=5)))
    text = "\n\n".join(paras)
    return Article(
        id=draw(_opt_texts()),
        title=draw(_opt_texts()),
        source=draw(_opt_texts()),
        published=draw(st.none() | date_values()),
        dateline=draw(st.none() | datelines()),
        categories=draw(st.lists(texts(), max_size=3)),
        authors=draw(st.lists(texts(), max_size=3)),
        paragraphs=paras,
        related=draw(st.lists(texts(), max_size=3)),
        meta=draw(st.lists(st.tuples(_META_KEYS, texts()), unique_by=lambda kv: kv[0], max_size=3)),
        quotes=draw(st.lists(quotes(text), max_size=3)),
        entities=draw(st.lists(entities(text), max_size=3)),
        dates=draw(st.lists(date_mentions(text), max_size=3)),
        diagnostics=draw(st.lists(diagnostics(text), max_size=3)),
    )
