"""Hypothesis strategies for testing code that uses newsseed.

Property-test your own pipeline against newsseed with the generators newsseed's own
test suite uses. This module needs `Hypothesis <https://hypothesis.readthedocs.io>`_,
an optional dependency (``pip install 'newsseed[strategies]'``); ``import newsseed``
never imports it.

* :func:`articles`: valid :class:`~newsseed.Article` records, any Unicode in every
  field, spans inside the text: for code that stores, ships or transforms records.
* :func:`rendered_articles`: the text of an article laid out as outlets publish it, in
  each layout :func:`newsseed.parse` reads, with the fields parse gives back
  (:class:`Rendered`).
* :func:`date_texts`: a date written in one of the ways
  :func:`~newsseed.normalize.normalize_date` reads, with its anchor and the value it
  names (:class:`DateText`).
* :func:`person_names`: a person's name as news prints it, with the parts
  :func:`~newsseed.normalize.parse_name` gives (:class:`NameText`).

>>> from hypothesis import given, settings
>>> import newsseed
>>> from newsseed.strategies import rendered_articles
>>> @settings(max_examples=20)
... @given(rendered_articles())
... def test_parse_reads_the_layout(rendered):
...     assert rendered.differences(newsseed.parse(rendered.text)) == {}
>>> test_parse_reads_the_layout()

Importing this module has no side effects: it registers no Hypothesis profile and
changes no settings, so your own profiles apply. ``docs/strategies.md`` has more.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final, TypeVar

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - tested in a subprocess without hypothesis
    raise ImportError(
        "newsseed.strategies needs hypothesis, an optional dependency of newsseed: "
        "pip install 'newsseed[strategies]'",
        name=error.name,
    ) from error

from newsseed._model import (
    ENTITY_KINDS,
    Article,
    Dateline,
    DateMention,
    DateValue,
    Diagnostic,
    Entity,
    Quote,
    Span,
)
from newsseed.normalize import PersonName

__all__ = (
    "DATE_RULES",
    "LAYOUTS",
    "DateText",
    "NameText",
    "Rendered",
    "articles",
    "date_texts",
    "date_values",
    "person_names",
    "rendered_articles",
    "texts",
)

_T = TypeVar("_T")


def _one_of(draw: st.DrawFn, options: Sequence[_T]) -> _T:
    return draw(st.sampled_from(options))


# =============================================================== records: articles()

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
            draw(st.just(span.of(text)) | some_texts()), span, draw(st.none() | date_values())
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
    points into the raw input, so it may lie beyond). What such records must survive:
    :func:`~newsseed.dumps` and :func:`~newsseed.loads`, ``to_dict``/``from_dict``,
    JSON, pickling. With ``surrogates=False`` no string holds a lone surrogate, so
    every one can be encoded as UTF-8 (as Parquet, Arrow and most databases need).

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


# ====================================================== layouts: rendered_articles()

#: The layouts :func:`rendered_articles` writes, each one the lenient reader
#: recognises (``docs/layouts.md``).
LAYOUTS: Final[tuple[str, ...]] = (
    "header-fields",
    "labelled",
    "markdown",
    "headline-first",
    "one-paragraph-per-line",
    "wire",
)

_FIELDS: Final = (
    "title",
    "source",
    "published",
    "dateline",
    "authors",
    "categories",
    "paragraphs",
    "related",
    "meta",
)


@attrs.frozen
class Rendered:
    """The text of an article in one layout, and the fields :func:`newsseed.parse` gives.

    Each field has the name, type and meaning of the :class:`~newsseed.Article`
    attribute it predicts. Quotes, entities, dates and diagnostics are not predicted.
    """

    text: str
    """The article as an outlet would publish it."""
    layout: str
    """Which of :data:`LAYOUTS` it is written in."""
    title: str | None = None
    source: str | None = None
    published: DateValue | None = None
    dateline: Dateline | None = None
    authors: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()

    def differences(self, article: Article) -> dict[str, tuple[object, object]]:
        """The fields ``article`` has otherwise: ``{name: (expected, found)}``.

        >>> import newsseed
        >>> rendered = Rendered("Ferry talks resume\\n\\nBoats sail.", "headline-first",
        ...                     title="Ferry talks resume", paragraphs=("Boats sail.",))
        >>> rendered.differences(newsseed.parse(rendered.text))
        {}
        >>> rendered.differences(newsseed.parse("Boats sail."))
        {'title': ('Ferry talks resume', 'Boats sail.'), 'paragraphs': (('Boats sail.',), ())}
        """
        out: dict[str, tuple[object, object]] = {}
        for name in _FIELDS:
            expected, found = getattr(self, name), getattr(article, name)
            if expected != found:
                out[name] = (expected, found)
        return out


# The vocabulary: plain words, no dates, digits, colons, dashes or quotation marks, so
# that what the reader makes of a line is never in doubt. Our own words throughout.
_SUBJECTS: Final = (
    "The council",
    "The harbour board",
    "The ferry operator",
    "The school board",
    "The library",
    "The museum",
    "The water company",
    "The university",
    "The hospital",
    "Local farmers",
    "Rail workers",
    "Residents",
    "Fishermen",
    "Bus drivers",
    "Shop owners",
)
_VERBS: Final = (
    "approved",
    "rejected",
    "delayed",
    "welcomed",
    "questioned",
    "reviewed",
    "funded",
    "postponed",
    "discussed",
    "supported",
)
_OBJECTS: Final = (
    "the new cycle lanes",
    "a plan to widen the bridge",
    "the budget",
    "a longer timetable",
    "the river crossing",
    "the repairs to the pier",
    "a new reading room",
    "the proposal",
    "higher fares",
    "the night service",
    "a survey of the coast",
    "the new ferry route",
)
_ENDINGS: Final = (
    "",
    " after a long meeting",
    " in the town hall",
    " without a vote",
    " with some changes",
    " for the second time",
)
_HEAD_SUBJECTS: Final = (
    "Council",
    "Harbour board",
    "Ferry operator",
    "School board",
    "Library",
    "Museum",
    "Water company",
    "University",
    "Hospital",
)
_HEAD_VERBS: Final = (
    "approves",
    "rejects",
    "delays",
    "welcomes",
    "questions",
    "reviews",
    "funds",
    "postpones",
    "backs",
)
_HEAD_OBJECTS: Final = (
    "new cycle lanes",
    "plan to widen bridge",
    "budget",
    "longer timetable",
    "river crossing",
    "pier repairs",
    "new reading room",
    "higher fares",
    "night service",
    "coastal survey",
    "new ferry route",
)
_HEAD_ENDINGS: Final = ("", " after long meeting", " in split vote", " for second time")
_SUBHEADS: Final = (
    "Residents divided over the cost",
    "Work could start within weeks",
    "Opposition calls for a public vote",
    "Critics say the plan goes too far",
)
_BODY_HEADINGS: Final = ("What happens next", "Reaction", "The cost", "Background")
_OUTLETS: Final = (
    "Harbour Gazette",
    "The Valley Courier",
    "Northern Ledger",
    "River Town Post",
    "The Coastal Herald",
)
_TAGLINES: Final = (
    "News from the estuary since 1987",
    "Independent local news",
    "Reporting the valley every day",
)
_GIVEN: Final = (
    "Ana",
    "Rui",
    "Elena",
    "Tomas",
    "Clara",
    "Paulo",
    "Joana",
    "Marta",
    "Nuno",
    "Ines",
    "Hugo",
    "Lena",
)
_FAMILY: Final = (
    "Lima",
    "Costa",
    "Marchetti",
    "Nunes",
    "Ribeiro",
    "Pires",
    "Tavares",
    "Lopes",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Brandt",
)
_AFFILIATIONS: Final = ("Staff reporter", "Political correspondent", "Harbour Gazette")
_CATEGORIES: Final = (
    "Transport",
    "Local politics",
    "Science & Environment",
    "Business",
    "Farming",
    "Education",
    "Health",
)
_PLACES: Final = ("Vila Seca", "Porto Alto", "Serra Fria", "Rio Claro", "Ponte Nova", "Lisbon")
_AGENCIES: Final = ("Reuters", "AFP", "AP", "Atlantic Wire")
_COUNTRIES: Final = ("Portugal", "Brazil", "US")
_ADVERTS: Final = ("Advertisement", "Story continues below advertisement", "Share this article")
_RELATED_LABELS: Final = ("Read also| ", "Related: ", "READ MORE: ", "See also: ")
_SIGNOFFS: Final = ("Reuter", "AFP", "(end)", "-30-")

_MONTH_NAMES: Final = tuple(calendar.month_name)[1:]
# Abbreviations the reader knows (May has none).
_MONTH_ABBREVIATIONS: Final = (
    ("Jan",),
    ("Feb",),
    ("Mar",),
    ("Apr",),
    (),
    ("Jun",),
    ("Jul",),
    ("Aug",),
    ("Sep", "Sept"),
    ("Oct",),
    ("Nov",),
    ("Dec",),
)
_WEEKDAY_NAMES: Final = tuple(calendar.day_name)
_WEEKDAY_ABBREVIATIONS: Final = (
    ("Mon",),
    ("Tue", "Tues"),
    ("Wed",),
    ("Thu", "Thur", "Thurs"),
    ("Fri",),
    ("Sat",),
    ("Sun",),
)


def _ordinal(day: int) -> str:
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}{({1: 'st', 2: 'nd', 3: 'rd'}).get(day % 10, 'th')}"


def _month_forms(draw: st.DrawFn, month: int) -> str:
    """The month written in full, or abbreviated (with or without a full stop)."""
    abbreviations = _MONTH_ABBREVIATIONS[month - 1]
    if not abbreviations or draw(st.booleans()):
        return _MONTH_NAMES[month - 1]
    short = _one_of(draw, abbreviations)
    return short + "." if draw(st.booleans()) else short


def _value(day: dt.date) -> DateValue:
    return DateValue(day.year, day.month, day.day)


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    subject, verb, thing, ending = (
        _one_of(draw, _SUBJECTS),
        _one_of(draw, _VERBS),
        _one_of(draw, _OBJECTS),
        _one_of(draw, _ENDINGS),
    )
    return f"{subject} {verb} {thing}{ending}."


@st.composite
def _paragraph_texts(draw: st.DrawFn, min_chars: int = 0, min_words: int = 0) -> str:
    """One to three sentences; more until the paragraph has ``min_chars`` and ``min_words``."""
    parts = draw(st.lists(_sentences(), min_size=1, max_size=3))
    while len(" ".join(parts)) <= min_chars or len(" ".join(parts).split()) < min_words:
        parts.append(draw(_sentences()))
    return " ".join(parts)


@st.composite
def _headlines(draw: st.DrawFn) -> str:
    subject, verb, thing, ending = (
        _one_of(draw, _HEAD_SUBJECTS),
        _one_of(draw, _HEAD_VERBS),
        _one_of(draw, _HEAD_OBJECTS),
        _one_of(draw, _HEAD_ENDINGS),
    )
    return f"{subject} {verb} {thing}{ending}"


@st.composite
def _people(draw: st.DrawFn) -> str:
    return f"{_one_of(draw, _GIVEN)} {_one_of(draw, _FAMILY)}"


def _author_list(draw: st.DrawFn, names: list[str]) -> str:
    """Names joined as a byline joins them: ``A``, ``A and B``, ``A, B and C``, ``A & B``."""
    if len(names) == 1:
        return names[0]
    last = _one_of(draw, (" and ", " & "))
    return ", ".join(names[:-1]) + last + names[-1]


_PUBLISHED: Final = st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31))


def _date_only(draw: st.DrawFn, day: dt.date) -> str:
    """``day`` as a date line may write it, without a label, perhaps with a time in
    ISO 8601 (``2025-07-03T10:00Z``)."""
    month, weekday = _MONTH_NAMES[day.month - 1], _WEEKDAY_NAMES[day.weekday()]
    # One time of day serves the shapes with a 24-hour clock (only one shape is written).
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    shapes = [
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{_month_forms(draw, day.month)} {day.day}, {day.year}",
        f"{weekday}, {month} {day.day}, {day.year}",
        f"{weekday}, {_ordinal(day.day)} {month} {day.year}",
        day.isoformat(),
        f"{month} {day.day}, {day.year} {draw(st.integers(1, 12))}:"
        f"{draw(st.integers(0, 59)):02d} {_one_of(draw, ('AM', 'PM'))}",
        f"{month} {day.day}, {day.year} {hour:02d}:{minute:02d} "
        f"{_one_of(draw, ('IST', 'GMT', 'EST'))}",
        f"{day.isoformat()}T{hour:02d}:{minute:02d}Z",
    ]
    return _one_of(draw, shapes)


def _date_line(draw: st.DrawFn, day: dt.date, *, updated: bool) -> str:
    """A line that is a date and nothing else (``Updated: ...`` for an update)."""
    if updated:
        label = _one_of(draw, ("Updated: ", "Last updated: ", "Updated "))
    else:
        label = _one_of(draw, ("", "", "Published: ", "Published ", "Posted on "))
    return label + _date_only(draw, day)


def _nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """Of the anchor's year and those either side, the day in the one nearest the anchor.

    None when no such day exists, or when two are equally near (docs/dates.md does not
    say which one is meant, so the strategies do not write such dates).
    """
    found: list[dt.date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if month != 2 or day != 29 or calendar.isleap(year):
            found.append(dt.date(year, month, day))
    found.sort(key=lambda c: abs((c - anchor).days))
    if not found or (
        len(found) > 1 and abs((found[0] - anchor).days) == abs((found[1] - anchor).days)
    ):
        return None
    return found[0]


@st.composite
def _datelines(draw: st.DrawFn, published: dt.date | None) -> tuple[str, Dateline]:
    """A wire dateline (with the space after it) and what the reader makes of it."""
    place = _one_of(draw, _PLACES)
    caps = draw(st.booleans())
    if caps:
        place = place.upper()
    agency = draw(st.none() | st.sampled_from(_AGENCIES))
    country = draw(st.none() | st.sampled_from(_COUNTRIES))
    when = draw(st.none() | _PUBLISHED)
    date: DateValue | None = None
    date_text = None
    if when is not None:
        with_year = draw(st.booleans())
        if not with_year and published is not None:
            near = _nearest_year(when.month, when.day, published)
            if near is None:
                with_year = True
            else:
                date = _value(near)
        if with_year:
            date = _value(when)
        month = _month_forms(draw, when.month)
        year = f", {when.year}" if with_year else ""
        date_text = _one_of(
            draw,
            (
                f"{month} {when.day}{year}",
                f"{when.day} {month}{' ' + str(when.year) if with_year else ''}",
            ),
        )
    if not (caps or agency or country or date_text):
        agency = _one_of(draw, _AGENCIES)
    raw = place
    if country is not None:
        raw += f" [{country}]"
    if date_text is not None:
        raw += f", {date_text}"
    if agency is not None:
        raw += f" ({agency})"
    separator = _one_of(draw, ("-", "–", "—", ":", "|"))
    if separator == ":" and not (date_text or country or caps):
        separator = "-"
    raw += f" {separator}"
    return raw + " ", Dateline(place=place, date=date, raw=raw, country=country, agency=agency)


@attrs.define
class _Page:
    """An article being written line by line, with the fields the reader should find."""

    layout: str
    lines: list[str] = attrs.Factory(list)
    title: str | None = None
    source: str | None = None
    published: DateValue | None = None
    dateline: Dateline | None = None
    authors: list[str] = attrs.Factory(list)
    categories: list[str] = attrs.Factory(list)
    paragraphs: list[str] = attrs.Factory(list)
    related: list[str] = attrs.Factory(list)
    meta: list[tuple[str, str]] = attrs.Factory(list)

    def done(self) -> Rendered:
        return Rendered(
            "\n".join(self.lines),
            self.layout,
            title=self.title,
            source=self.source,
            published=self.published,
            dateline=self.dateline,
            authors=tuple(self.authors),
            categories=tuple(self.categories),
            paragraphs=tuple(self.paragraphs),
            related=tuple(self.related),
            meta=tuple(self.meta),
        )


@attrs.frozen
class _Story:
    """What an article says, before it is laid out."""

    title: str
    paragraphs: tuple[str, ...]
    """The paragraphs as the reader gives them back (the dateline split off the first)."""
    published: dt.date | None
    dateline: tuple[str, Dateline] | None
    """The dateline as written (with the space after it) and as read, or None."""

    def lede(self) -> str:
        """The first paragraph as written, with its dateline."""
        return (self.dateline[0] if self.dateline else "") + self.paragraphs[0]

    def expect(self, page: _Page, published: dt.date | None) -> None:
        """Record the body and the dates the reader finds, given the published date shown."""
        page.paragraphs = list(self.paragraphs)
        if published is not None:
            page.published = _value(published)
        if self.dateline is not None:
            page.dateline = self.dateline[1]
            date = self.dateline[1].date
            if page.published is None and date is not None:
                page.published = date


@st.composite
def _stories(
    draw: st.DrawFn,
    *,
    lede_chars: int = 0,
    lede_words: int = 0,
    min_paragraphs: int = 1,
    dated: bool = True,
) -> _Story:
    """A story; ``dated=False`` for one whose layout shows no publication date."""
    first = draw(_paragraph_texts(lede_chars, lede_words))
    rest = draw(st.lists(_paragraph_texts(), min_size=min_paragraphs - 1, max_size=4))
    paragraphs = tuple(dict.fromkeys([first, *rest]))  # no paragraph printed twice
    while len(paragraphs) < min_paragraphs:
        paragraphs = tuple(dict.fromkeys([*paragraphs, draw(_paragraph_texts())]))
    published = draw(st.none() | _PUBLISHED) if dated else None
    line = draw(_datelines(published)) if draw(st.booleans()) else None
    return _Story(draw(_headlines()), paragraphs, published, line)


def _body(draw: st.DrawFn, page: _Page, written: Sequence[str], *, first: bool = True) -> None:
    """Paragraphs between blank lines, adverts between them, links to other stories after.

    ``first``: whether ``written`` starts the body (no advert goes above the first).
    """
    for index, paragraph in enumerate(written):
        if (index or not first) and draw(st.integers(0, 4)) == 0:
            page.lines += [_one_of(draw, _ADVERTS), ""]
        page.lines += [paragraph, ""]
    for _ in range(draw(st.integers(0, 2))):
        headline = draw(_headlines())
        page.lines += [_one_of(draw, _RELATED_LABELS) + headline, ""]
        page.related.append(headline)


def _authors(draw: st.DrawFn, page: _Page) -> str:
    """One to three names, joined; the names go to the page's authors as written."""
    names = draw(st.lists(_people(), min_size=1, max_size=3, unique=True))
    page.authors += names
    return _author_list(draw, names)


def _categories(draw: st.DrawFn, page: _Page, separator: str) -> str:
    found = draw(st.lists(st.sampled_from(_CATEGORIES), min_size=1, max_size=3, unique=True))
    page.categories += found
    return separator.join(found)


#: A line at the top of an article, and the meta fields it gives.
_HeadLine = tuple[str, tuple[tuple[str, str], ...]]


def _byline(draw: st.DrawFn, page: _Page) -> _HeadLine:
    """``By Jane Doe and John Roe``, in capitals or not, perhaps with ``| Staff reporter``."""
    names = draw(st.lists(_people(), min_size=1, max_size=3, unique=True))
    if draw(st.booleans()):
        names = [name.upper() for name in names]
    page.authors += names
    label = _one_of(draw, ("By ", "BY ", "By: "))
    line = label + _author_list(draw, names)
    if draw(st.booleans()):
        affiliation = _one_of(draw, _AFFILIATIONS)
        return f"{line} | {affiliation}", (("byline-affiliation", affiliation),)
    return line, ()


def _stamp(draw: st.DrawFn, day: dt.date) -> str:
    """``day`` in ISO 8601, perhaps with a time (one token, as a delimited field needs)."""
    if draw(st.booleans()):
        return day.isoformat()
    return f"{day.isoformat()}T{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}:00Z"


def _url(story: _Story) -> str:
    return "https://example.org/news/" + story.title.lower().replace(" ", "-")


@st.composite
def _header_fields(draw: st.DrawFn) -> Rendered:
    """Delimited fields (`` title ...``), the date glued to the first sentence or not."""
    story = draw(_stories())
    page = _Page("header-fields")
    glued = story.published is not None and draw(st.booleans())
    fields: list[tuple[str, str]] = []
    # Without a title field, the reader would take a short first paragraph for the
    # title, unless the date is glued to it (glued text is always body).
    if not glued or draw(st.booleans()):
        fields.append((_one_of(draw, ("title", "headline")), story.title))
        page.title = story.title
    if draw(st.booleans()):
        page.source = _one_of(draw, _OUTLETS)
        fields.append((_one_of(draw, ("source", "outlet", "publisher")), page.source))
    if draw(st.booleans()):
        fields.append((_one_of(draw, ("author", "authors", "byline")), _authors(draw, page)))
    if draw(st.booleans()):
        key = _one_of(draw, ("category", "categories", "section", "tags"))
        fields.append((key, _categories(draw, page, _one_of(draw, (", ", "; ", " | ")))))
    # Free-text fields run to the end of their line; token fields may share one.
    lines = [f" {key} {value}" for key, value in draw(st.permutations(fields))]
    if draw(st.booleans()):
        lines.append(f" url {_url(story)}")
        page.meta.append(("url", _url(story)))
    page.lines += lines
    story.expect(page, story.published)
    written = [story.lede(), *story.paragraphs[1:]]
    if story.published is not None:
        field = f" {_one_of(draw, ('date', 'published'))} {_stamp(draw, story.published)}"
        if glued:
            page.lines += [f"{field} {written[0]}", ""]
            _body(draw, page, written[1:], first=False)
            return page.done()
        page.lines.append(field)
    page.lines.append("")
    _body(draw, page, written)
    return page.done()


@st.composite
def _labelled(draw: st.DrawFn) -> Rendered:
    """``Title: ...``, ``Published: ...``, ``By: ...``, ``Categories: ...`` lines at the top."""
    story = draw(_stories())
    page = _Page("labelled")
    page.title = story.title
    lines: list[_HeadLine] = [
        (f"{_one_of(draw, ('Title', 'Headline', 'TITLE'))}: {story.title}", ())
    ]
    if draw(st.booleans()):
        page.source = _one_of(draw, _OUTLETS)
        lines.append((f"{_one_of(draw, ('Source', 'Publisher'))}: {page.source}", ()))
    if story.published is not None:
        label = _one_of(draw, ("Published", "Date", "Posted"))
        lines.append((f"{label}: {_date_only(draw, story.published)}", ()))
    if draw(st.booleans()):
        label = _one_of(draw, ("By", "Author", "Authors"))
        lines.append((f"{label}: {_authors(draw, page)}", ()))
    if draw(st.booleans()):
        label = _one_of(draw, ("Categories", "Category", "Section", "Tags"))
        lines.append((f"{label}: {_categories(draw, page, _one_of(draw, (', ', '; ')))}", ()))
    if draw(st.booleans()):
        updated = draw(_PUBLISHED)
        line = f"Updated: {_date_only(draw, updated)}"
        lines.append((line, (("updated", str(_value(updated))),)))
    if draw(st.booleans()):
        lines.append((f"URL: {_url(story)}", (("url", _url(story)),)))
    for written, meta in draw(st.permutations(lines)):  # any order; meta in written order
        page.lines.append(written)
        page.meta += meta
    page.lines.append("")
    story.expect(page, story.published)
    _body(draw, page, [story.lede(), *story.paragraphs[1:]])
    return page.done()


def _head_dates(draw: st.DrawFn, story: _Story) -> list[_HeadLine]:
    """A date line for the publication date, and perhaps one for an update."""
    lines: list[_HeadLine] = []
    if story.published is not None:
        lines.append((_date_line(draw, story.published, updated=False), ()))
    if draw(st.integers(0, 3)) == 0:
        updated = draw(_PUBLISHED)
        lines.append(
            (_date_line(draw, updated, updated=True), (("updated", str(_value(updated))),))
        )
    return lines


def _write_head(page: _Page, lines: Sequence[_HeadLine]) -> None:
    """Write the lines, each followed by a blank line, and keep their meta fields in order."""
    for line, meta in lines:
        page.lines += [line, ""]
        page.meta += meta


@st.composite
def _markdown(draw: st.DrawFn) -> Rendered:
    """``## Outlet``, a tagline, ``### Subtitle``, ``## Title``, date, categories, byline."""
    story = draw(_stories())
    page = _Page("markdown")

    def heading(text: str) -> str:
        marks = "#" * draw(st.integers(1, 3))
        return f"{marks} {text}" + (f" {marks}" if draw(st.integers(0, 3)) == 0 else "")

    subtitle = None
    if draw(st.booleans()):
        page.source = _one_of(draw, _OUTLETS)
        page.lines += [heading(page.source), ""]
        if draw(st.booleans()):
            tagline = _one_of(draw, _TAGLINES)
            page.lines += [tagline, ""]
            page.meta.append(("tagline", tagline))
        if draw(st.booleans()):
            subtitle = _one_of(draw, _SUBHEADS)
            page.lines += [heading(subtitle), ""]
    page.title = story.title
    page.lines += [heading(story.title), ""]
    head = _head_dates(draw, story)
    if draw(st.booleans()):
        head.append((f"Categories: {_categories(draw, page, _one_of(draw, (', ', '; ')))}", ()))
    if draw(st.booleans()):
        head.append(_byline(draw, page))
    _write_head(page, draw(st.permutations(head)))
    if subtitle is not None:  # the headings get their roles once the head is read
        page.meta.append(("subtitle", subtitle))
    story.expect(page, story.published)
    # Headings inside the body become paragraphs of their own. Not right after the first
    # paragraph under a lone heading: a short line between the first heading and the
    # next is the outlet's tagline (docs/layouts.md), and the body heading the title.
    written: list[str] = []
    expected: list[str] = []
    first_heading = 1 if page.source is not None else 2
    for index, paragraph in enumerate(story.paragraphs):
        if index >= first_heading and draw(st.integers(0, 3)) == 0:
            subhead = _one_of(draw, _BODY_HEADINGS)
            written.append(f"{'#' * draw(st.integers(2, 4))} {subhead}")
            expected.append(subhead)
        written.append(story.lede() if index == 0 else paragraph)
        expected.append(paragraph)
    page.paragraphs = expected
    _body(draw, page, written)
    return page.done()


@st.composite
def _headline_first(draw: st.DrawFn) -> Rendered:
    """The headline on the first line (or two: ``Main head;`` / ``sub head``), then the body."""
    story = draw(_stories())
    page = _Page("headline-first")
    title = story.title.upper() if draw(st.integers(0, 3)) == 0 else story.title
    if draw(st.integers(0, 3)) == 0:
        subhead = _one_of(draw, _SUBHEADS)
        page.lines += [f"{title};", subhead, ""]
        page.title = f"{title}; {subhead}"
    else:
        page.lines += [title, ""]
        page.title = title
    head = _head_dates(draw, story)
    if draw(st.booleans()):
        head.append(_byline(draw, page))
    _write_head(page, draw(st.permutations(head)))
    story.expect(page, story.published)
    _body(draw, page, [story.lede(), *story.paragraphs[1:]])
    return page.done()


@st.composite
def _one_per_line(draw: st.DrawFn) -> Rendered:
    """One paragraph per line, no blank lines between; a headline above or none.

    The reader needs a line longer than 100 characters to tell this layout from
    hard-wrapped text, so the first paragraph is; and with no headline above, a first
    line of 15 words or fewer would be taken for one, so it has 16 or more.
    """
    titled, dated = draw(st.booleans()), draw(st.booleans())
    story = draw(
        _stories(lede_chars=100, lede_words=16, min_paragraphs=1 if titled else 2, dated=dated)
    )
    page = _Page("one-paragraph-per-line")
    if titled:
        page.title = story.title
        page.lines += [story.title, ""]
    if story.published is not None:
        page.lines += [_date_line(draw, story.published, updated=False), ""]
    story.expect(page, story.published)
    page.lines += [story.lede(), *story.paragraphs[1:]]
    return page.done()


def _wrap(tokens: Sequence[str], width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for token in tokens:
        if current and len(current) + 1 + len(token) > width:
            lines.append(current)
            current = token
        else:
            current = f"{current} {token}" if current else token
    lines.append(current)
    return lines


@st.composite
def _wire(draw: st.DrawFn) -> Rendered:
    """Wire copy: a headline, then text hard-wrapped at 56 to 90 characters, each paragraph
    after the first indented, perhaps a date line above and a sign-off (``Reuter``) below.

    Every line but a paragraph's last is longer than three quarters of the longest, so the
    reader never takes a line that happens to end a sentence for a paragraph's end.
    """
    story = draw(_stories(dated=draw(st.booleans())))
    page = _Page("wire")
    title = story.title.upper() if draw(st.booleans()) else story.title
    page.title = title
    page.lines += [title, ""]
    if story.published is not None:
        page.lines += [_date_line(draw, story.published, updated=False), ""]
    story.expect(page, story.published)
    width = draw(st.integers(56, 90))
    indent = " " * draw(st.integers(2, 5))
    for index, paragraph in enumerate(story.paragraphs):
        tokens = paragraph.split(" ")
        if index == 0 and story.dateline is not None:
            # The dateline stays on the first line: a line starting "- " is a bullet.
            tokens[0] = story.dateline[0] + tokens[0]
        lines = _wrap(tokens, width)
        if index:
            lines[0] = indent + lines[0]
        page.lines += lines
    if draw(st.booleans()):
        page.lines += [("" if draw(st.booleans()) else " ") + _one_of(draw, _SIGNOFFS)]
    return page.done()


_LAYOUT_STRATEGIES: Final[dict[str, Callable[[], st.SearchStrategy[Rendered]]]] = {
    "header-fields": _header_fields,
    "labelled": _labelled,
    "markdown": _markdown,
    "headline-first": _headline_first,
    "one-paragraph-per-line": _one_per_line,
    "wire": _wire,
}


def rendered_articles(layout: str | None = None) -> st.SearchStrategy[Rendered]:
    """The text of an article in one of :data:`LAYOUTS`, with the fields parse gives back.

    ``layout`` picks one layout; by default every one is drawn. Each article is built
    from a small vocabulary of our own (plain sentences, headlines, outlets, names,
    categories, places) and from dates (1990 to 2035), so that what the reader should
    make of each line is not in doubt, and :func:`newsseed.parse` gives exactly the
    :class:`Rendered` fields: ``rendered.differences(newsseed.parse(rendered.text))``
    is ``{}``. Layouts, and what each may hold (``docs/strategies.md`` has examples):

    * ``"header-fields"``: delimited fields (`` title ...``, `` source ...``,
      `` author ...``, `` category ...``, `` url ...``), the date field on its own
      line or glued to the first sentence of the body;
    * ``"labelled"``: ``Title:``, ``Source:``, ``Published:``, ``Updated:``, ``By:``,
      ``Categories:`` and ``URL:`` lines, in any order;
    * ``"markdown"``: ``## Outlet``, a tagline, ``### Subtitle``, ``## Title``, date
      lines, a ``Categories:`` line, a byline, and headings inside the body;
    * ``"headline-first"``: the headline on the first line (or two, ``Main head;`` /
      ``sub head``; sometimes in capitals), date lines and a byline;
    * ``"one-paragraph-per-line"``: paragraphs on consecutive lines, with a headline
      above or none;
    * ``"wire"``: a headline and hard-wrapped text with indented paragraphs, a date
      line or none, and perhaps an agency's sign-off.

    Any layout may open its body with a wire dateline (``PORTO (Reuters) -``,
    ``Vila Seca [Portugal], March 14 :``...), and the layouts with blank lines between
    paragraphs may hold adverts and links to other stories (``Read also| ...``).

    >>> from hypothesis import given, settings
    >>> import newsseed
    >>> @settings(max_examples=20)
    ... @given(rendered_articles("markdown"))
    ... def test_markdown(rendered):
    ...     article = newsseed.parse(rendered.text)
    ...     assert (article.source, article.title) == (rendered.source, rendered.title)
    >>> test_markdown()
    """
    if layout is None:
        return st.one_of([_LAYOUT_STRATEGIES[name]() for name in LAYOUTS])
    if layout not in _LAYOUT_STRATEGIES:
        raise ValueError(f"unknown layout {layout!r}; the layouts are {', '.join(LAYOUTS)}")
    return _LAYOUT_STRATEGIES[layout]()


# ============================================================== dates: date_texts()

#: The rules of the date grammar (``docs/dates.md``) that :func:`date_texts` writes.
DATE_RULES: Final[tuple[str, ...]] = (
    "iso-date",
    "iso-month",
    "numeric",
    "month-day",
    "day-month",
    "month-year",
    "year",
    "holiday",
    "decade",
    "relative-day",
    "weekday",
    "relative-period",
    "month-relative",
    "month",
    "ago",
    "reference",
)


@attrs.frozen
class DateText:
    """A date expression, what it is read against, and the value it names.

    ``normalize_date(d.text, anchor=d.anchor, locale=d.locale) == d.value``, and
    ``normalize_date_and_explain`` (same arguments) names ``d.rule``.
    """

    text: str
    """The expression, as news writes it (``"Thursday, July 3, 2025"``, ``"last Tuesday"``)."""
    anchor: dt.date | None
    """The date it was written on (None: no anchor, so a relative expression names nothing)."""
    locale: str
    """``"us"`` or ``"uk"``: which comes first in a numeric date, the month or the day."""
    value: DateValue | None
    """The date it names: None for a decade, and for a relative expression with no anchor."""
    rule: str
    """The grammar rule that reads it (one of :data:`DATE_RULES`)."""


_EARLIEST: Final = dt.date(1000, 1, 1)
_LATEST: Final = dt.date(2999, 12, 31)
# Anchors from 1900 to 2100, often in the week either side of a new year, where weeks
# and days without a year cross from one year to the next.
_ANCHORS: Final = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)) | st.builds(
    lambda year, days: dt.date(year, 1, 1) + dt.timedelta(days=days),
    st.integers(1900, 2100),
    st.integers(-7, 6),
)
_HOLIDAYS: Final = (
    ("Christmas Day", 12, 25),
    ("Christmas Eve", 12, 24),
    ("Boxing Day", 12, 26),
    ("New Year's Day", 1, 1),
    ("New Year’s Day", 1, 1),
    ("New Year's Eve", 12, 31),
    ("Valentine's Day", 2, 14),
    ("Halloween", 10, 31),
)
_COUNT_WORDS: Final = (
    ("a", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("hundred", 100),
)

#: What a rule writes: the text and the value, given the anchor and the locale.
_Written = tuple[str, DateValue | None]
_DateRule = Callable[[st.DrawFn, "dt.date | None", str], _Written]


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _preposition(draw: st.DrawFn, *words: str) -> str:
    """Perhaps one of ``words`` and a space (``normalize_date`` reads past it)."""
    return draw(st.sampled_from(("", *(word + " " for word in words))))


def _weekday_forms(draw: st.DrawFn, weekday: int) -> str:
    """A weekday written in full or short (``Thursday``, ``Thu``, ``Thurs.``), before a date."""
    if draw(st.booleans()):
        return _WEEKDAY_NAMES[weekday]
    return _one_of(draw, _WEEKDAY_ABBREVIATIONS[weekday]) + _one_of(draw, ("", "."))


def _day_forms(draw: st.DrawFn, day: int) -> str:
    return _ordinal(day) if draw(st.booleans()) else str(day)


def _no_year(
    draw: st.DrawFn, month: int, day: int, anchor: dt.date | None
) -> tuple[int | None, DateValue | None]:
    """A day written without its year: the weekday written with it (or None), and its value.

    The weekday is the one the day falls on in the year nearest the anchor, or in another
    year either side of it (which it then picks).
    """
    if anchor is None:
        return draw(st.none() | st.integers(0, 6)), None
    near = _nearest_year(month, day, anchor)
    if near is None:
        return None, None
    if draw(st.booleans()):
        return None, _value(near)
    years = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if _exists(y, month, day)]
    chosen = dt.date(_one_of(draw, years), month, day)
    return chosen.weekday(), _value(chosen)


def _exists(year: int, month: int, day: int) -> bool:
    return day <= calendar.monthrange(year, month)[1]


def _written_days(draw: st.DrawFn, anchor: dt.date | None) -> tuple[dt.date, bool]:
    """A day to write, and whether to write its year (always where the years either side
    of the anchor are as near: the day without its year would be in doubt)."""
    day = draw(st.dates(_EARLIEST, _LATEST))
    if anchor is not None and _nearest_year(day.month, day.day, anchor) is None:
        return day, True
    return day, draw(st.booleans())


def _iso_date(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day = draw(st.dates(_EARLIEST, _LATEST))
    return _preposition(draw, "on", "since") + day.isoformat(), _value(day)


def _iso_month(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day = draw(st.dates(_EARLIEST, _LATEST))
    return f"{day.year:04d}-{day.month:02d}", DateValue(day.year, day.month)


def _numeric(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day = draw(st.dates(_EARLIEST, _LATEST))
    separator = _one_of(draw, "/.-")
    padded = draw(st.booleans())
    month, number = (f"{day.month:02d}", f"{day.day:02d}") if padded else (day.month, day.day)
    first, second = (month, number) if locale == "us" else (number, month)
    return f"{first}{separator}{second}{separator}{day.year}", _value(day)


def _month_day(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day, with_year = _written_days(draw, anchor)
    month = _month_forms(draw, day.month)
    if draw(st.integers(0, 5)) == 0:
        month = month.upper()
    if with_year:
        weekday: int | None = day.weekday() if draw(st.booleans()) else None
        value: DateValue | None = _value(day)
        text = f"{month} {_day_forms(draw, day.day)}{_one_of(draw, (', ', ' '))}{day.year}"
    else:
        weekday, value = _no_year(draw, day.month, day.day, anchor)
        text = f"{month} {_day_forms(draw, day.day)}"
    if weekday is not None:
        text = f"{_weekday_forms(draw, weekday)}{_one_of(draw, (', ', ' '))}{text}"
    return _preposition(draw, "on", "until") + text, value


def _day_month(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day, with_year = _written_days(draw, anchor)
    month = _month_forms(draw, day.month)
    if draw(st.booleans()):
        text = f"the {_ordinal(day.day)} of {month}"
    else:
        text = f"{_day_forms(draw, day.day)} {month}"
    if with_year:
        weekday: int | None = day.weekday() if draw(st.booleans()) else None
        value: DateValue | None = _value(day)
        text += f"{_one_of(draw, (', ', ' '))}{day.year}"
    else:
        weekday, value = _no_year(draw, day.month, day.day, anchor)
    if weekday is not None:
        text = f"{_weekday_forms(draw, weekday)}{_one_of(draw, (', ', ' '))}{text}"
    return _preposition(draw, "on", "by") + text, value


def _modifier(draw: st.DrawFn) -> str:
    """``early``, ``mid-`` or ``late`` before a month or a year, or nothing."""
    return _one_of(draw, ("", "", "early ", "mid-", "late "))


def _month_year(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    day = draw(st.dates(_EARLIEST, _LATEST))
    month = _month_forms(draw, day.month)
    joint = _one_of(draw, (" ", ", ", " of "))
    text = f"{_modifier(draw)}{month}{joint}{day.year}"
    return _preposition(draw, "in", "since", "as of") + text, DateValue(day.year, day.month)


def _year(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    modifier = _modifier(draw)
    # With early, mid- or late, the grammar reads the years 1800 to 2099 only.
    year = draw(st.integers(1800, 2099) if modifier else st.integers(1000, 2999))
    return _preposition(draw, "in", "since", "by") + f"{modifier}{year}", DateValue(year)


def _holiday(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    name, month, day = _one_of(draw, _HOLIDAYS)
    near = None if anchor is None else _nearest_year(month, day, anchor)
    if draw(st.booleans()) or (anchor is not None and near is None):
        year = draw(st.integers(1000, 2999))
        return f"{name}{_one_of(draw, (' ', ', '))}{year}", DateValue(year, month, day)
    return name, None if near is None else _value(near)


def _decade(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    decade = draw(st.integers(180, 209)) * 10
    if draw(st.integers(0, 3)) == 0:
        apostrophe = _one_of(draw, ("'", "’"))
        written = f"{apostrophe}{decade % 100:02d}s"
    else:
        written = f"{_one_of(draw, ('', 'early ', 'mid-', 'late '))}{decade}s"
    return _one_of(draw, ("", "the ")) + written, None


def _relative(anchor: dt.date | None, days: int) -> DateValue | None:
    return None if anchor is None else _value(anchor + dt.timedelta(days=days))


def _relative_day(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    text, days = _one_of(
        draw,
        (
            ("today", 0),
            ("tonight", 0),
            ("this morning", 0),
            ("this afternoon", 0),
            ("this evening", 0),
            ("yesterday", -1),
            ("last night", -1),
            ("yesterday afternoon", -1),
            ("tomorrow", 1),
            ("tomorrow morning", 1),
            ("the day before yesterday", -2),
            ("the day after tomorrow", 2),
        ),
    )
    if draw(st.integers(0, 3)) == 0:
        text = text[0].upper() + text[1:]
    return text, _relative(anchor, days)


def _weekday_rule(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    target = draw(st.integers(0, 6))
    which = _one_of(draw, ("", "", "last", "past", "next", "coming", "this"))
    name = _WEEKDAY_NAMES[target]
    if anchor is None:
        back = ahead = 0
    else:
        back = (anchor.weekday() - target) % 7
        ahead = (target - anchor.weekday()) % 7
    if which in ("last", "past"):  # strictly before, within seven days
        days = -(back or 7)
    elif which in ("next", "coming"):  # strictly after, within seven days
        days = ahead or 7
    elif which == "this":  # in the anchor's Monday-to-Sunday week
        days = target - (0 if anchor is None else anchor.weekday())
    else:  # the most recent on or before the anchor
        days = -back
    part = _one_of(draw, ("", "", "", " morning", " night"))
    if not which and not part and draw(st.integers(0, 3)) == 0:
        name = _one_of(draw, _WEEKDAY_ABBREVIATIONS[target]) + _one_of(draw, ("", "."))
    text = (f"{which} " if which else _preposition(draw, "on")) + name + part
    return text, _relative(anchor, days)


def _week_value(first: dt.date, last: dt.date) -> DateValue:
    """The most precise value that holds all of ``first`` to ``last`` (one year at most)."""
    if (first.year, first.month) == (last.year, last.month):
        return DateValue(first.year, first.month)
    return DateValue(first.year)


def _relative_period(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    which = _one_of(draw, ("this", "last", "next"))
    step = {"this": 0, "last": -1, "next": 1}[which]
    unit = _one_of(draw, ("week", "weekend", "month", "year"))
    modifier = ""
    if unit in ("month", "year") and draw(st.booleans()):
        modifier = _one_of(draw, ("earlier ", "later ", "early ", "late "))
    text = f"{modifier}{which} {unit}"
    if anchor is None:
        return text, None
    if unit == "year":
        return text, DateValue(anchor.year + step)
    if unit == "month":
        return text, DateValue(*_shift_month(anchor.year, anchor.month, step))
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=step)
    first, last = (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
    if unit == "week":
        first = monday
    if first.year != last.year:  # a week across the new year: no value holds it
        return text, None
    return text, _week_value(first, last)


def _month_relative(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    month = draw(st.integers(1, 12))
    name = _MONTH_NAMES[month - 1]
    which = _one_of(draw, ("this", "last", "next"))
    if draw(st.booleans()):  # "March last year"
        joint = _one_of(draw, (" ", ", ", " of "))
        text = _preposition(draw, "in") + f"{_modifier(draw)}{name}{joint}{which} year"
        if anchor is None:
            return text, None
        return text, DateValue(anchor.year + {"this": 0, "last": -1, "next": 1}[which], month)
    text = f"{which} {name}"  # "last March": the last such month before the anchor's
    if anchor is None:
        return text, None
    year = anchor.year
    if which == "last" and month >= anchor.month:
        year -= 1
    elif which == "next" and month <= anchor.month:
        year += 1
    return text, DateValue(year, month)


def _month_rule(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    # The nearest such month to the anchor's; not the month six away, as near either way.
    months = [m for m in range(1, 13) if anchor is None or (m - anchor.month) % 12 != 6]
    month = _one_of(draw, months)
    text = _one_of(draw, ("", "in ", "since ", "until ", "early ", "mid-", "late "))
    text += _MONTH_NAMES[month - 1]
    if anchor is None:
        return text, None
    ahead = (month - anchor.month) % 12
    return text, DateValue(
        *_shift_month(anchor.year, anchor.month, ahead if ahead < 6 else ahead - 12)
    )


def _ago(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    unit = _one_of(draw, ("day", "week", "month", "year", "decade"))
    if draw(st.booleans()):
        count_text, count = _one_of(draw, _COUNT_WORDS)
    else:
        count = draw(st.integers(1, 100 if unit == "decade" else 999))
        count_text = str(count)
    direction = _one_of(draw, ("ago", "from now", "earlier", "later", "before", "previously"))
    sign = 1 if direction in ("from now", "later") else -1
    text = f"{count_text} {unit}{'s' if count != 1 else ''} {direction}"
    if anchor is None:
        return text, None
    step = sign * count
    if unit in ("day", "week"):
        return text, _relative(anchor, step * (7 if unit == "week" else 1))
    if unit == "month":
        return text, DateValue(*_shift_month(anchor.year, anchor.month, step))
    return text, DateValue(anchor.year + step * (10 if unit == "decade" else 1))


def _reference(draw: st.DrawFn, anchor: dt.date | None, locale: str) -> _Written:
    unit = _one_of(draw, ("day", "month", "year"))
    words = ("following", "previous", "preceding") + (("next", "same") if unit == "day" else ())
    which = _one_of(draw, words)
    text = f"the {which} {unit}"
    if anchor is None:
        return text, None
    step = {"following": 1, "next": 1, "same": 0}.get(which, -1)
    if unit == "day":
        return text, _relative(anchor, step)
    if unit == "month":
        return text, DateValue(*_shift_month(anchor.year, anchor.month, step))
    return text, DateValue(anchor.year + step)


_DATE_WRITERS: Final[dict[str, _DateRule]] = {
    "iso-date": _iso_date,
    "iso-month": _iso_month,
    "numeric": _numeric,
    "month-day": _month_day,
    "day-month": _day_month,
    "month-year": _month_year,
    "year": _year,
    "holiday": _holiday,
    "decade": _decade,
    "relative-day": _relative_day,
    "weekday": _weekday_rule,
    "relative-period": _relative_period,
    "month-relative": _month_relative,
    "month": _month_rule,
    "ago": _ago,
    "reference": _reference,
}


@st.composite
def _date_texts(draw: st.DrawFn, rules: tuple[str, ...]) -> DateText:
    rule = _one_of(draw, rules)
    anchor = draw(st.none() | _ANCHORS)
    locale = _one_of(draw, ("us", "uk"))
    text, value = _DATE_WRITERS[rule](draw, anchor, locale)
    return DateText(text, anchor, locale, value, rule)


def date_texts(rule: str | None = None) -> st.SearchStrategy[DateText]:
    """A date written in one of the ways :func:`~newsseed.normalize.normalize_date` reads.

    Each :class:`DateText` holds the expression, an anchor (a day from 1900 to 2100,
    often near a new year, or None), a locale, the value ``normalize_date`` gives and
    the rule that reads it. ``rule`` (one of :data:`DATE_RULES`) picks one rule; by
    default every one is drawn:
    ISO dates and months, numeric dates in either locale, ``July 3, 2025``,
    ``Thu., July 3rd``, ``the 3rd of July, 2025``, ``mid-March of 2024``, ``late 2024``,
    ``Christmas Eve 2024``, ``the '90s``, ``yesterday afternoon``, ``last Tuesday``,
    ``later this month``, ``March of last year``, ``since May``, ``two weeks ago``,
    ``the following day``... (``docs/dates.md`` has the rules). Written years run from
    1000 to 2999, and an expression is at most a few words (with a leading preposition
    at times), so that its value is not in doubt. Not written: a day without its year
    exactly as far from the anchor in the year before as in the year after, and a bare
    month six months from the anchor's (``docs/dates.md`` does not say which one is
    meant).

    >>> from hypothesis import given, settings
    >>> from newsseed.normalize import normalize_date
    >>> @settings(max_examples=20)
    ... @given(date_texts())
    ... def test_dates(d):
    ...     assert normalize_date(d.text, anchor=d.anchor, locale=d.locale) == d.value
    >>> test_dates()
    """
    if rule is None:
        return _date_texts(DATE_RULES)
    if rule not in _DATE_WRITERS:
        raise ValueError(f"unknown date rule {rule!r}; the rules are {', '.join(DATE_RULES)}")
    return _date_texts((rule,))


# ============================================================ names: person_names()


@attrs.frozen
class NameText:
    """A person's name as news prints it, and the parts :func:`~newsseed.normalize.parse_name`
    gives: ``parse_name(n.text) == n.expected`` (whose ``original`` is ``n.text``)."""

    text: str
    """The mention (``"former US Defence Secretary Dr Ana Maria de Lima Jr."``)."""
    expected: PersonName
    """Its parts."""


_OFFICES: Final = (
    "Prime Minister",
    "Foreign Minister",
    "Finance Minister",
    "Transport Minister",
    "Defence Secretary",
    "Defense Secretary",
    "Health Secretary",
    "Secretary of State",
    "President",
    "Vice President",
    "Chief Executive",
    "Mayor",
    "Governor",
    "Senator",
    "Sen.",
    "Ambassador",
    "Judge",
    "Gen.",
    "Lt. Gen.",
)
_HONORIFICS: Final = ("Mr", "Mr.", "Mrs", "Ms", "Dr", "Dr.", "Sir", "Dame", "Prof.", "Rev.")
_NAME_MODIFIERS: Final = (
    "former ",
    "acting ",
    "outgoing ",
    "interim ",
    "the late ",
    "then-",
    "ex-",
    "former-",
    "then–",
    "ex–",
)
# A second office in the run ("Prime Minister and then-Defence Secretary"), perhaps with a
# modifier of its own (not "the late": "the" joins offices). A rank written short after an
# office is a title of its own, so none is second.
_SECOND_OFFICES: Final = tuple(office for office in _OFFICES if "." not in office)
_MODIFIERS_IN_A_RUN: Final = ("", *(m for m in _NAME_MODIFIERS if m != "the late "))
# As written, and as parse_name gives it ("India's" is India).
_NAME_AFFILIATIONS: Final = (
    ("US", "US"),
    ("U.S.", "U.S."),
    ("UK", "UK"),
    ("EU", "EU"),
    ("British", "British"),
    ("Brazilian", "Brazilian"),
    ("Indian", "Indian"),
    ("France's", "France"),
    ("Portugal's", "Portugal"),
    ("Brazil's", "Brazil"),
)
_INITIALS: Final = ("S.", "J.", "K.", "M.", "A.")
_PARTICLES: Final = (
    "de",
    "da",
    "dos",
    "del",
    "di",
    "du",
    "van",
    "von",
    "van der",
    "von der",
    "bin",
)
_TITLE_CASE_PARTICLES: Final = ("De", "Da", "Van", "Von", "Le", "La")
_SUFFIXES: Final = ("Jr.", "Sr.", "III")
_POSTNOMINALS: Final = ("PhD", "MP", "QC", "OBE")
_NICKNAMES: Final = ('"Annie"', '"Nico"', "“Bo”")
_NOTES: Final = ("(D-Ohio)", "(R-Texas)", "(Labour)")
_ASIDES: Final = (", a spokeswoman", ", a spokesman for the council", ", who chairs the board")
_PLACE_AFTER: Final = (" of Ohio", " of Vila Seca", " of Portugal")


@st.composite
def _name_texts(draw: st.DrawFn) -> NameText:
    style = _one_of(draw, ("plain", "plain", "plain", "byline", "inverted", "office-after"))
    initial = draw(st.integers(0, 4)) == 0
    given: str | None = _one_of(draw, _INITIALS if initial else _GIVEN)
    if style == "plain" and draw(st.integers(0, 5)) == 0:
        given = None  # a lone family name ("Mayor Lima")
    middle = draw(st.lists(st.sampled_from(_GIVEN + _INITIALS), max_size=2, unique=True))
    if given is None:
        middle = []
    elif style == "inverted":
        # After the comma, parse_name takes two words at most for a name turned round
        # ("Lima, Ana Maria"); more are an aside ("Roe, Democrat of Ohio").
        middle = middle[:1]
    family = _one_of(draw, _FAMILY)
    if given is not None and style == "plain" and draw(st.integers(0, 3)) == 0:
        # A particle starts the family name: in lower case, or in title case between names.
        particle = _one_of(draw, _PARTICLES + _TITLE_CASE_PARTICLES)
        family = f"{particle} {family}"
    elif given is not None and style == "plain" and draw(st.integers(0, 9)) == 0:
        family = f"al-{family}"
    suffix = None
    postnominals: tuple[str, ...] = ()
    if style == "plain" and given is not None and draw(st.integers(0, 4)) == 0:
        suffix = _one_of(draw, _SUFFIXES)
    if style == "plain" and given is not None and draw(st.integers(0, 5)) == 0:
        postnominals = (_one_of(draw, _POSTNOMINALS),)
    titles: list[str] = []
    affiliation: tuple[str, str] | None = None
    office = None
    if style in ("plain", "office-after") and draw(st.booleans()):
        office = _one_of(draw, _OFFICES)
        titles.append(office)
        if draw(st.booleans()):
            affiliation = _one_of(draw, _NAME_AFFILIATIONS)
    if style == "office-after" and office is None:
        office = _one_of(draw, _OFFICES)
        titles.append(office)
    written = list(titles)  # the offices as the text writes them
    if style == "plain" and office is not None and draw(st.integers(0, 4)) == 0:
        second, modifier = _one_of(draw, _SECOND_OFFICES), _one_of(draw, _MODIFIERS_IN_A_RUN)
        titles[0] = f"{office} and {second}"
        written[0] = f"{office} and {modifier}{second}"
    if style == "plain" and draw(st.integers(0, 2)) == 0:
        titles.append(_one_of(draw, _HONORIFICS))
        written.append(titles[-1])

    # The name itself.
    words = [w for w in (given, *middle) if w is not None]
    if words and style == "plain" and titles and draw(st.integers(0, 4)) == 0:
        words[0] = f"[{words[0]}]"  # President [Donald] Trump
    if len(words) >= 1 and style == "plain" and draw(st.integers(0, 9)) == 0:
        words.insert(1, _one_of(draw, _NICKNAMES))
    name = " ".join([*words, family])
    if suffix is not None:
        name += _one_of(draw, (" ", ", ")) + suffix
    for letters in postnominals:
        name += _one_of(draw, (" ", ", ")) + letters

    if style == "byline":
        text = f"{_one_of(draw, ('By ', 'by ', 'BY '))}{name}"
        if draw(st.booleans()):
            text = text.upper()
            given = given.upper().title() if given is not None else None
            middle = [m.upper().title() for m in middle]
            family = family.upper().title()
    elif style == "inverted":
        text = f"{family}, {' '.join(w for w in (given, *middle) if w is not None)}"
    elif style == "office-after":
        assert office is not None
        after = office if affiliation is None else f"{affiliation[0]} {office}"
        text = f"{name}, {after}"
    else:
        head = " ".join(written)
        # A modifier before the office, or between the affiliation and the office
        # ("former US Prime Minister", "France's former Prime Minister").
        if office is not None and draw(st.integers(0, 3)) == 0:
            modifier = _one_of(draw, _NAME_MODIFIERS)
            if affiliation is not None and draw(st.booleans()):
                head = f"{affiliation[0]} {modifier}{head}"
            else:
                head = modifier + (head if affiliation is None else f"{affiliation[0]} {head}")
        elif affiliation is not None:
            head = f"{affiliation[0]} {head}"
        text = f"{head} {name}" if head else name
        ending = draw(st.integers(0, 9))
        if ending == 0:
            last = postnominals[-1] if postnominals else suffix if suffix is not None else family
            text += _one_of(draw, ("'s", "’s")) if not last.endswith("s") else "'"
        elif ending == 1:
            text += " " + _one_of(draw, _NOTES)
        elif ending == 2 and suffix is None and not postnominals:
            text += _one_of(draw, _ASIDES)
        elif ending == 3 and suffix is None and not postnominals and given is not None:
            text += _one_of(draw, _PLACE_AFTER)
    read_family: str | None = family
    if given is None and titles and titles[-1] in ("Sir", "Dame"):
        given, read_family = family, None  # "Dame Lima": a title written with a given name
    expected = PersonName(
        titles=titles,
        given=given,
        middle=" ".join(middle) or None,
        family=read_family,
        suffix=suffix,
        postnominals=postnominals,
        affiliation=None if affiliation is None else affiliation[1],
        original=text,
    )
    return NameText(text, expected)


def person_names() -> st.SearchStrategy[NameText]:
    """A person's name as news prints it, with the parts ``parse_name`` gives.

    Names of our own (``Ana``, ``Lima``, ``Okafor``...) with initials (``S.``), middle
    names, particles (``de``, ``von der``, ``Le``), ``al-`` names, suffixes (``Jr.``)
    and letters after the name (``PhD``, ``MP``); before them offices (``Defence
    Secretary``, ``Secretary of State``, ``Lt. Gen.``), honorifics (``Dr``, ``Sir``),
    affiliations (``US``, ``British``, ``France's``) and modifiers (``former``,
    ``then-``, ``ex–``), a second office in the run (``Mayor and then-Defence
    Secretary``); editorial brackets (``Mayor [Ana] Lima``), quoted nicknames,
    possessives, notes in brackets (``(D-Ohio)``), asides (``, a spokeswoman``) and
    places (``of Ohio``) after them; bylines (``By ANA LIMA``), names turned round
    (``Lima, Ana``) and offices after a comma (``Ana Lima, US Defence Secretary``).
    ``docs/names.md`` has the rules.

    >>> from hypothesis import given, settings
    >>> from newsseed.normalize import parse_name
    >>> @settings(max_examples=20)
    ... @given(person_names())
    ... def test_names(n):
    ...     assert parse_name(n.text) == n.expected
    >>> test_names()
    """
    return _name_texts()
