"""What the layouts are built of: :class:`Rendered`, and the story and page being written.

A story's sentences, headline, people and dates (our own vocabulary, dates from 1990 to
2035), a wire dateline, and the page the layouts write line by line, recording the
fields the reader should find: the body with its adverts and links, authors,
categories, bylines and date lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

import attrs
from hypothesis import strategies as st

from newsseed._model import Article, Dateline, DateValue
from newsseed.strategies._words import (
    _ADVERTS,
    _AFFILIATIONS,
    _AGENCIES,
    _CATEGORIES,
    _COUNTRIES,
    _ENDINGS,
    _FAMILY,
    _GIVEN,
    _HEAD_ENDINGS,
    _HEAD_OBJECTS,
    _HEAD_SUBJECTS,
    _HEAD_VERBS,
    _MONTH_NAMES,
    _OBJECTS,
    _PLACES,
    _RELATED_LABELS,
    _SUBJECTS,
    _VERBS,
    _WEEKDAY_NAMES,
    _month_forms,
    _nearest_year,
    _one_of,
    _ordinal,
    _value,
)

_FIELDS: Final = (
    "title",
    "source",
    "published",
    "published_at",
    "url",
    "language",
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
    published_at: dt.datetime | None = None
    url: str | None = None
    language: str | None = None
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


#: Zones a date line may write after its time, and their offsets as the reader takes
#: them (``IST`` names more than one: the reader keeps the time without an offset).
_ZONES: Final[dict[str, dt.timezone | None]] = {
    "GMT": dt.timezone.utc,
    "EST": dt.timezone(dt.timedelta(hours=-5)),
    "CEST": dt.timezone(dt.timedelta(hours=2)),
    "IST": None,
}


def _date_only(draw: st.DrawFn, day: dt.date) -> tuple[str, dt.datetime | None]:
    """``day`` as a date line may write it, without a label, perhaps with a time of day
    (``10:42 AM``, ``10:42 GMT``, ISO 8601 ``2025-07-03T10:00Z``); and the moment the
    reader gives for it (None without a time)."""
    month, weekday = _MONTH_NAMES[day.month - 1], _WEEKDAY_NAMES[day.weekday()]
    shape = draw(st.integers(0, 8))
    if shape < 6:
        return [
            f"{month} {day.day}, {day.year}",
            f"{day.day} {month} {day.year}",
            f"{_month_forms(draw, day.month)} {day.day}, {day.year}",
            f"{weekday}, {month} {day.day}, {day.year}",
            f"{weekday}, {_ordinal(day.day)} {month} {day.year}",
            day.isoformat(),
        ][shape], None
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    at = dt.datetime.combine(day, dt.time(hour, minute))
    if shape == 6:
        twelve = f"{hour % 12 or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
        return f"{month} {day.day}, {day.year} {twelve}", at
    if shape == 7:
        zone = _one_of(draw, list(_ZONES))
        return f"{month} {day.day}, {day.year} {hour:02d}:{minute:02d} {zone}", at.replace(
            tzinfo=_ZONES[zone]
        )
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}Z", at.replace(tzinfo=dt.timezone.utc)


def _date_line(draw: st.DrawFn, day: dt.date, *, updated: bool) -> tuple[str, dt.datetime | None]:
    """A line that is a date and nothing else (``Updated: ...`` for an update), and the
    moment the reader gives for it."""
    if updated:
        label = _one_of(draw, ("Updated: ", "Last updated: ", "Updated "))
    else:
        label = _one_of(draw, ("", "", "Published: ", "Published ", "Posted on "))
    text, at = _date_only(draw, day)
    return label + text, at


def _updated(day: dt.date, at: dt.datetime | None) -> tuple[tuple[str, str], ...]:
    """The ``meta`` field the reader keeps for an update: its moment, else its date."""
    return (("updated", str(_value(day)) if at is None else at.isoformat()),)


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
    published_at: dt.datetime | None = None
    url: str | None = None
    language: str | None = None
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
            published_at=self.published_at,
            url=self.url,
            language=self.language,
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
