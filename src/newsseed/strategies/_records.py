"""Valid records: :func:`texts`, :func:`date_values` and :func:`articles`.

Strings biased towards the characters the canonical format and text handling get wrong
(``_SPECIAL_CHARS``, ``_SYNTAX_FRAGMENTS``), dates at any precision, and
:class:`~newsseed.Article` records built of them, every span inside the text.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Final

from hypothesis import strategies as st

from newsseed._model import (
    ENTITY_KINDS,
    QUOTE_KINDS,
    Article,
    Dateline,
    DateMention,
    DateValue,
    Diagnostic,
    Entity,
    Quote,
    Span,
)

# Characters that the canonical format escapes or treats specially, and a few
# neighbours it must not; text handling elsewhere trips over the same ones.
_SPECIAL_CHARS: Final = (
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

# Fragments that look like the canonical format's own syntax.
_SYNTAX_FRAGMENTS: Final = (
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


def _is_surrogate(char: str) -> bool:
    return "\ud800" <= char <= "\udfff"


def texts(
    *, min_size: int = 0, max_size: int = 20, surrogates: bool = True
) -> st.SearchStrategy[str]:
    """Any Unicode string, biased towards the characters text handling gets wrong.

    The pieces (``min_size`` to ``max_size`` of them) are single code points, often
    line and paragraph separators, a byte order mark, control characters, backslashes
    and lone surrogates, and fragments that look like the canonical seed format's
    syntax (`` date 2025-07-02 ``, ``\\u0041``). With ``surrogates=False`` there are no
    lone surrogates, so every string can be encoded as UTF-8.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(texts(surrogates=False))
    ... def test_encodes(text):
    ...     assert text.encode("utf-8").decode("utf-8") == text
    >>> test_encodes()
    """
    specials = tuple(c for c in _SPECIAL_CHARS if surrogates or not _is_surrogate(c))
    chars = st.one_of(
        st.characters(codec=None, exclude_categories=None if surrogates else ["Cs"]),
        st.sampled_from(specials),
    )
    pieces = st.one_of(chars, chars, st.sampled_from(_SYNTAX_FRAGMENTS))
    return st.lists(pieces, min_size=min_size, max_size=max_size).map("".join)


def date_values() -> st.SearchStrategy[DateValue]:
    """A :class:`~newsseed.DateValue` known to the year, the month or the day (years 1 to 9999).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(date_values())
    ... def test_iso(value):
    ...     assert DateValue.from_iso(str(value)) == value
    >>> test_iso()
    """
    return _date_values()


@st.composite
def _date_values(draw: st.DrawFn) -> DateValue:
    year = draw(st.integers(1, 9999))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return DateValue(year)
    last = calendar.monthrange(year, month)[1]
    return DateValue(year, month, draw(st.none() | st.integers(1, last)))


# Fixed offsets from UTC in whole minutes, as ISO 8601 writes them (``+05:30``), under a
# day either way (as datetime.timezone needs).
_OFFSETS: Final = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)


def _moments() -> st.SearchStrategy[dt.datetime]:
    """A moment from year 1 to 9999: naive, or aware with a fixed offset (a
    :class:`datetime.timezone`), as :attr:`~newsseed.Article.published_at` holds; to the
    second as often as with microseconds (``isoformat`` writes no zero fraction)."""
    moments = st.datetimes(timezones=st.none() | _OFFSETS)
    return moments | moments.map(lambda moment: moment.replace(microsecond=0))


#: BCP 47 tags as :attr:`~newsseed.Article.language` holds them: the common ones, and any
#: of their shape.
_LANGUAGES: Final = st.sampled_from(("en", "en-GB", "pt-BR", "zh-Hant-TW", "de-CH-1996")) | (
    st.from_regex(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}", fullmatch=True)
)


def _times() -> st.SearchStrategy[dt.time]:
    """A time of day as :attr:`~newsseed.DateMention.time` holds it: naive, or aware with
    a fixed offset."""
    return _moments().map(lambda moment: moment.timetz())


@st.composite
def _spans(draw: st.DrawFn, size: int) -> Span:
    """A span inside a text of ``size`` characters (empty spans included)."""
    start = draw(st.integers(0, size))
    return Span(start, draw(st.integers(start, size)))


@st.composite
def _records(draw: st.DrawFn, surrogates: bool) -> Article:
    def some_texts(**sizes: int) -> st.SearchStrategy[str]:
        return texts(surrogates=surrogates, **sizes)

    def maybe_text() -> st.SearchStrategy[str | None]:
        return st.none() | some_texts()

    def text_lists() -> st.SearchStrategy[list[str]]:
        return st.lists(some_texts(), max_size=3)

    paras = tuple(draw(st.lists(some_texts(min_size=1), max_size=5)))
    text = "\n\n".join(paras)
    size = len(text)

    @st.composite
    def quotes(draw: st.DrawFn) -> Quote:
        span = draw(_spans(size))
        cue = st.sampled_from(("said", "added", "according to")) | some_texts()
        return Quote(
            draw(st.just(span.of(text)) | some_texts()),
            span,
            speaker=draw(maybe_text()),
            speaker_span=draw(st.none() | _spans(size)),
            cue=draw(st.none() | cue),
            partial=draw(st.booleans()),
            kind=draw(st.sampled_from(QUOTE_KINDS)),
        )

    @st.composite
    def entities(draw: st.DrawFn) -> Entity:
        return Entity(
            draw(some_texts()),
            draw(st.sampled_from(ENTITY_KINDS)),
            tuple(draw(st.lists(_spans(size), max_size=3))),
            roles=tuple(draw(st.lists(some_texts(), max_size=2))),
        )

    @st.composite
    def date_mentions(draw: st.DrawFn) -> DateMention:
        span = draw(_spans(size))
        return DateMention(
            draw(st.just(span.of(text)) | some_texts()),
            span,
            draw(st.none() | date_values()),
            draw(st.none() | _times()),
        )

    @st.composite
    def diagnostics(draw: st.DrawFn) -> Diagnostic:
        # A diagnostic's span points into the raw input, which may be longer than the text.
        span = draw(st.none() | _spans(size) | _spans(draw(st.integers(0, 10**12))))
        code = draw(st.sampled_from(("boilerplate", "joined-paragraphs")) | some_texts())
        return Diagnostic(code, draw(some_texts()), span, draw(some_texts()))

    datelines = st.builds(
        Dateline,
        place=maybe_text(),
        date=st.none() | date_values(),
        raw=some_texts(),
        country=maybe_text(),
        agency=maybe_text(),
    )
    meta_keys = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,63}", fullmatch=True)
    meta = st.lists(st.tuples(meta_keys, some_texts()), unique_by=lambda kv: kv[0], max_size=3)
    return Article(
        id=draw(maybe_text()),
        title=draw(maybe_text()),
        source=draw(maybe_text()),
        published=draw(st.none() | date_values()),
        published_at=draw(st.none() | _moments()),
        url=draw(maybe_text()),
        language=draw(st.none() | _LANGUAGES),
        dateline=draw(st.none() | datelines),
        categories=draw(text_lists()),
        authors=draw(text_lists()),
        paragraphs=paras,
        related=draw(text_lists()),
        meta=draw(meta),
        quotes=draw(st.lists(quotes(), max_size=3)),
        entities=draw(st.lists(entities(), max_size=3)),
        dates=draw(st.lists(date_mentions(), max_size=3)),
        diagnostics=draw(st.lists(diagnostics(), max_size=3)),
    )


def articles(*, surrogates: bool = True) -> st.SearchStrategy[Article]:
    """Valid :class:`~newsseed.Article` records, with any Unicode in every field.

    Every string comes from :func:`texts`; up to five paragraphs (none empty), up to
    three of each list, meta keys as the model allows them, and every span of a quote,
    entity or date mention inside :attr:`~newsseed.Article.text` (a diagnostic's span
    points into the raw input, so it may lie beyond). The moment of publication runs from
    year 1 to 9999, naive or with a fixed offset from UTC in whole minutes. What such
    records must survive: :func:`~newsseed.dumps` and :func:`~newsseed.loads`,
    ``to_dict``/``from_dict``, JSON, pickling. With ``surrogates=False`` no string holds
    a lone surrogate, so every one can be encoded as UTF-8 (as Parquet, Arrow and most
    databases need).

    >>> from hypothesis import given, settings
    >>> import newsseed
    >>> @settings(max_examples=20)
    ... @given(articles())
    ... def test_round_trip(article):
    ...     assert newsseed.loads(newsseed.dumps(article)) == article
    ...     assert newsseed.Article.from_dict(article.to_dict()) == article
    >>> test_round_trip()
    """
    return _records(surrogates)
