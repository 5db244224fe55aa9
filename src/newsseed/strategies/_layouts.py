"""The layouts :func:`rendered_articles` writes (:data:`LAYOUTS`), a strategy each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final

from hypothesis import strategies as st

from newsseed.strategies._pages import (
    _PUBLISHED,
    Rendered,
    _authors,
    _body,
    _byline,
    _categories,
    _date_line,
    _date_only,
    _HeadLine,
    _Page,
    _stories,
    _Story,
    _updated,
)
from newsseed.strategies._words import (
    _BODY_HEADINGS,
    _OUTLETS,
    _SIGNOFFS,
    _SUBHEADS,
    _TAGLINES,
    _one_of,
)

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


def _stamp(draw: st.DrawFn, day: dt.date) -> tuple[str, dt.datetime | None]:
    """``day`` in ISO 8601, perhaps with a time (one token, as a delimited field needs),
    and the moment the reader gives for it."""
    if draw(st.booleans()):
        return day.isoformat(), None
    at = dt.datetime.combine(day, dt.time(draw(st.integers(0, 23)), draw(st.integers(0, 59))))
    return f"{at.isoformat()}Z", at.replace(tzinfo=dt.timezone.utc)


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
        page.url = _url(story)
    if draw(st.booleans()):
        page.language = _one_of(draw, ("en", "en-GB", "en-US"))
        lines.append(f" {_one_of(draw, ('lang', 'language'))} {page.language}")
    page.lines += lines
    story.expect(page, story.published)
    written = [story.lede(), *story.paragraphs[1:]]
    if story.published is not None:
        stamp, page.published_at = _stamp(draw, story.published)
        field = f" {_one_of(draw, ('date', 'published'))} {stamp}"
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
        text, page.published_at = _date_only(draw, story.published)
        lines.append((f"{label}: {text}", ()))
    if draw(st.booleans()):
        label = _one_of(draw, ("By", "Author", "Authors"))
        lines.append((f"{label}: {_authors(draw, page)}", ()))
    if draw(st.booleans()):
        label = _one_of(draw, ("Categories", "Category", "Section", "Tags"))
        lines.append((f"{label}: {_categories(draw, page, _one_of(draw, (', ', '; ')))}", ()))
    if draw(st.booleans()):
        updated = draw(_PUBLISHED)
        text, at = _date_only(draw, updated)
        lines.append((f"Updated: {text}", _updated(updated, at)))
    if draw(st.booleans()):
        page.url = _url(story)
        lines.append((f"URL: {page.url}", ()))
    for written, meta in draw(st.permutations(lines)):  # any order; meta in written order
        page.lines.append(written)
        page.meta += meta
    page.lines.append("")
    story.expect(page, story.published)
    _body(draw, page, [story.lede(), *story.paragraphs[1:]])
    return page.done()


def _head_dates(draw: st.DrawFn, page: _Page, story: _Story) -> list[_HeadLine]:
    """A date line for the publication date (its moment on the page), and perhaps one for
    an update."""
    lines: list[_HeadLine] = []
    if story.published is not None:
        line, page.published_at = _date_line(draw, story.published, updated=False)
        lines.append((line, ()))
    if draw(st.integers(0, 3)) == 0:
        updated = draw(_PUBLISHED)
        line, at = _date_line(draw, updated, updated=True)
        lines.append((line, _updated(updated, at)))
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
    head = _head_dates(draw, page, story)
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
    head = _head_dates(draw, page, story)
    if draw(st.booleans()):
        head.append(_byline(draw, page))
    _write_head(page, draw(st.permutations(head)))
    story.expect(page, story.published)
    _body(draw, page, [story.lede(), *story.paragraphs[1:]])
    return page.done()


@st.composite
def _one_per_line(draw: st.DrawFn) -> Rendered:
    """One paragraph per line, no blank lines between; a headline above or none.

    The first paragraph is longer than 100 characters; with no headline above, a first
    line of 25 words or fewer ending a sentence, shorter than the line after it, would
    be taken for one, so it has 26 or more.
    """
    titled, dated = draw(st.booleans()), draw(st.booleans())
    story = draw(
        _stories(
            lede_chars=100,
            lede_words=16 if titled else 26,
            min_paragraphs=1 if titled else 2,
            dated=dated,
        )
    )
    page = _Page("one-paragraph-per-line")
    if titled:
        page.title = story.title
        page.lines += [story.title, ""]
    if story.published is not None:
        line, page.published_at = _date_line(draw, story.published, updated=False)
        page.lines += [line, ""]
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
        line, page.published_at = _date_line(draw, story.published, updated=False)
        page.lines += [line, ""]
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
