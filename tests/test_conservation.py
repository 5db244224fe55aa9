"""Conservation: whatever :func:`newsseed.parse` drops is accounted for in diagnostics.

Every word of the input (a run of letters and digits, case folded) is found again, as
often as it was given, in what the article keeps: the title, the paragraphs, the
header fields as written (source, authors, categories, related headlines, the
dateline's raw text, meta keys and values) and the text of the diagnostics. Two kinds
of words are the layout's rather than the article's, and are accounted for by the
field they filled:

* the labels of header fields (``Title:``, ``By``, `` date ``, ``Last updated:``...),
  and the ``and`` between the names of a byline;
* the words that name a date the reader keeps as a value (``published``,
  ``meta['updated']``): its year, its month's number or name, its day's number or
  ordinal and its weekday's name, each once (``Thursday, 3rd July 2025`` for
  2025-07-03). Anything more in a date line (a time of day, a zone, another weekday,
  ``early``) has to be in a diagnostic.

The characters the reader removes (control characters) are kept by their own
diagnostics, and words are read without them, as the reader reads them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import json
import tarfile
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Final

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsseed
from evidence import kept
from newsseed import Article, DateValue, Diagnostic, ParseOptions
from newsseed._read import decode
from newsseed.normalize._clock import ZONES
from newsseed.normalize._grammar import MONTHS, WEEKDAYS
from newsseed.strategies import rendered_articles

WORD: Final = regex.compile(r"[\p{L}\p{N}]+")
#: The characters the reader removes from the input, each run kept by a
#: ``control-character`` diagnostic.
REMOVED: Final = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")

#: Field labels the reader reads as markup, each with the fields it may fill.
LABELS: Final[dict[str, tuple[str, ...]]] = {
    **dict.fromkeys(("title", "headline"), ("title",)),
    **dict.fromkeys(("source", "outlet", "publisher"), ("source",)),
    **dict.fromkeys(("by", "author", "authors", "byline", "and"), ("authors",)),
    **dict.fromkeys(("category", "categories", "section", "tags"), ("categories",)),
    **dict.fromkeys(("url", "link"), ("url",)),
    **dict.fromkeys(("lang", "language"), ("language",)),
    **dict.fromkeys(
        ("date", "published", "pubdate", "posted", "updated", "modified", "first", "last", "on"),
        ("published", "updated", "modified"),
    ),
}
#: Header fields whose value is a date, written in ISO 8601 by the reader.
DATE_KEYS: Final = frozenset({"updated", "modified"})


def _names_by_number(table: dict[str, int]) -> tuple[tuple[str, ...], ...]:
    """The date grammar's names, grouped by the number each stands for, in order."""
    groups: dict[int, list[str]] = {}
    for name, number in table.items():
        groups.setdefault(number, []).append(name)
    return tuple(tuple(groups[number]) for number in sorted(groups))


#: Each month's names (index: month - 1) and each weekday's (index: Monday = 0), as
#: the date grammar reads them.
MONTH_NAMES: Final = _names_by_number(MONTHS)
WEEKDAY_NAMES: Final = _names_by_number(WEEKDAYS)


def words(text: str) -> Counter[str]:
    """The words of ``text``, read without the characters the reader removes."""
    return Counter(WORD.findall(REMOVED.sub("", text).casefold()))


def _ordinal(day: int) -> str:
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}{({1: 'st', 2: 'nd', 3: 'rd'}).get(day % 10, 'th')}"


def date_words(value: DateValue) -> Counter[str]:
    """The words that may name ``value`` in a date line: its year, its month's number or
    name, its day's number or ordinal, its weekday's name; each of the four once."""
    found = Counter({str(value.year), f"{value.year:04d}"})
    if value.month is not None:
        found.update({str(value.month), f"{value.month:02d}", *MONTH_NAMES[value.month - 1]})
        if value.day is not None:
            found.update({str(value.day), f"{value.day:02d}", _ordinal(value.day)})
            weekday = dt.date(value.year, value.month, value.day).weekday()
            found.update(WEEKDAY_NAMES[weekday])
    return found


def kept_dates(article: Article) -> list[DateValue]:
    """The dates the article keeps as values."""
    dates = [] if article.published is None else [article.published]
    for key, value in article.meta:
        if key in DATE_KEYS:
            with contextlib.suppress(ValueError):  # not one the reader could read
                dates.append(DateValue.from_iso(value[:10]))
    return dates


def kept_moments(article: Article) -> list[dt.datetime]:
    """The moments the article keeps: its publication's, and an update's in ``meta``."""
    moments = [] if article.published_at is None else [article.published_at]
    for key, value in article.meta:
        if key in DATE_KEYS and len(value) > 10:
            with contextlib.suppress(ValueError):
                moments.append(dt.datetime.fromisoformat(value))
    return moments


def time_words(moment: dt.datetime) -> Counter[str]:
    """The words that may write the time of ``moment``: its hour (24- or 12-hour), minute
    and second, ``at``, a.m. or p.m., and its zone (a name with its offset, the offset's
    digits); an ISO ``T`` and ``Z`` glued to the digits around them."""
    hour12 = moment.hour % 12 or 12
    hours = {str(moment.hour), f"{moment.hour:02d}", str(hour12), f"{hour12:02d}"}
    found = Counter(hours)  # (each spelling of the hour once; the minute may be one too)
    found.update([f"{moment.minute:02d}", f"{moment.second:02d}", "at"])
    found.update({"am", "pm", "a", "p", "m"})
    found.update({f"{moment.day:02d}t{h}" for h in hours})  # "2025-03-14T10"
    offset = moment.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds()) // 60
        found.update({f"{moment.minute:02d}z", f"{moment.second:02d}z", "z"} if not minutes else ())
        found.update(name.casefold() for name, zone in ZONES.items() if zone == minutes)
        h, m = divmod(abs(minutes), 60)
        found.update({f"{h:02d}", f"{m:02d}", f"{h:02d}{m:02d}"})
    return found


def noted_text(diagnostic: Diagnostic, text: str) -> str:
    """What ``diagnostic`` keeps of ``text``: its own text or, where that is an excerpt
    (the first 1,000 characters of a longer stretch), the stretch of ``text`` its span
    covers, which is what the docs tell a user to read."""
    span = diagnostic.span
    if span is not None and len(diagnostic.text) < len(span) and span.end <= len(text):
        return span.of(text)
    return diagnostic.text


def kept_words(article: Article, text: str = "") -> Counter[str]:
    """The words of everything ``article`` keeps, its diagnostics' text included (read
    from ``text``, the input, where a diagnostic keeps an excerpt)."""
    meta = [key for key, _ in article.meta]
    meta += [value for key, value in article.meta if key not in DATE_KEYS]
    parts = [
        article.title or "",
        article.source or "",
        article.url or "",
        article.language or "",
        *article.paragraphs,
        *article.authors,
        *article.categories,
        *article.related,
        *meta,
        *(noted_text(d, text) for d in article.diagnostics),
    ]
    if article.dateline is not None:
        parts.append(article.dateline.raw)
    found: Counter[str] = Counter()
    for part in parts:
        found.update(words(part))
    for value in kept_dates(article):
        found.update(date_words(value))
    for moment in kept_moments(article):
        found.update(time_words(moment))
    return found


def lost_words(text: str, article: Article) -> Counter[str]:
    """The words of ``text`` that ``article`` does not account for (empty: none lost)."""
    lost = words(text) - kept_words(article, text)
    filled = {
        name
        for name in ("title", "source", "published", "authors", "categories", "url", "language")
        if getattr(article, name)
    }
    filled |= {key for key, _ in article.meta}
    for word in list(lost):
        if filled.intersection(LABELS.get(word, ())):
            del lost[word]
    return lost


def assert_conserved(text: str, article: Article) -> None:
    noted = [d.span for d in article.diagnostics if d.code == "control-character" and d.span]
    for removed in REMOVED.finditer(text):
        assert any(span.start <= removed.start() < span.end for span in noted), removed
    lost = lost_words(text, article)
    assert not lost, f"parse dropped {dict(lost)} without a diagnostic"


# -- the check itself ------------------------------------------------------------


def test_the_check_finds_what_an_article_lost() -> None:
    text = "Ferry fares rise\n\nBoats sail on Friday.\n\nAdvertisement"
    article = newsseed.parse(text)
    assert lost_words(text, article) == Counter()
    assert lost_words(text, Article(title="Ferry fares rise", paragraphs=["Boats sail."])) == {
        "on": 1,
        "friday": 1,
        "advertisement": 1,
    }
    silent = Article(title=article.title, paragraphs=article.paragraphs)
    assert lost_words(text, silent) == {"advertisement": 1}
    # A label is the layout's only when it filled its field; a date's words, once each.
    assert lost_words("Title: Boats", Article(paragraphs=["Boats"])) == {"title": 1}
    dated = Article(published=DateValue(2025, 7, 3), paragraphs=["Boats"])
    assert lost_words("Published: Thursday, 3rd July 2025\n\nBoats", dated) == Counter()
    assert lost_words("July 3, 2025\n\nJuly 3, 2025\n\nBoats", dated) == {
        "july": 1,
        "3": 1,
        "2025": 1,
    }
    assert lost_words("Friday, July 3, 2025 10:42\n\nBoats", dated) == {
        "friday": 1,
        "10": 1,
        "42": 1,
    }


def test_the_check_wants_removed_characters_in_diagnostics() -> None:
    text = "Boats\x00 sail."
    assert_conserved(text, newsseed.parse(text))
    with pytest.raises(AssertionError):
        assert_conserved(text, Article(paragraphs=["Boats sail."]))


# -- what the reader used to drop silently ---------------------------------------


HEAD = "Ferry fares rise\n\n"
BODY = "\n\nBoats sail."


@pytest.mark.parametrize(
    ("head", "code", "kept"),
    [
        ("Published: July 3, 2025 10:42 AM IST", "date-detail", "July 3, 2025 10:42 AM IST"),
        (
            "Updated: 16 March 2025 at 09:15 XYZ",
            "unparsed-date",
            "Updated: 16 March 2025 at 09:15 XYZ",
        ),
        ("Friday, July 3, 2025", "date-detail", "Friday, July 3, 2025"),
        ("early July 2025", "date-detail", "early July 2025"),
        ("March 15, 2025\n\nMarch 15, 2025", "duplicate-field", "March 15, 2025"),
        ("Tags: |", "empty-field", "Tags: |"),
        ("By: ,", "empty-field", "By: ,"),
    ],
)
def test_what_a_field_does_not_keep_is_in_a_diagnostic(head: str, code: str, kept: str) -> None:
    text = f"{HEAD}{head}{BODY}"
    article = newsseed.parse(text)
    assert article.paragraphs == ("Boats sail.",)
    assert [d.text for d in article.diagnostics if d.code == code] == [kept]
    assert_conserved(text, article)


UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("head", "published_at", "updated"),
    [
        ("Updated: 16 March 2025 at 09:15 GMT", None, "2025-03-16T09:15:00+00:00"),
        ("Posted on 2025-03-14T10:00Z", dt.datetime(2025, 3, 14, 10, tzinfo=UTC), None),
        (" date 2025-03-14T10:00:00Z", dt.datetime(2025, 3, 14, 10, tzinfo=UTC), None),
        ("Published: March 14, 2025 10:00 AM", dt.datetime(2025, 3, 14, 10), None),
    ],
)
def test_the_time_of_a_date_field_is_kept(
    head: str, published_at: dt.datetime | None, updated: str | None
) -> None:
    text = f"{head} Boats sail." if head.startswith(" ") else f"{HEAD}{head}{BODY}"
    article = newsseed.parse(text)
    assert article.paragraphs == ("Boats sail.",)
    assert article.published_at == published_at
    if published_at is not None and article.published_at is not None:
        assert article.published_at.tzinfo == published_at.tzinfo
    assert article.meta_get("updated") == updated
    assert article.diagnostics == ()
    assert_conserved(text, article)


def test_a_date_that_says_no_more_than_its_value_leaves_no_diagnostic() -> None:
    for line in ("Thursday, 3rd July 2025", "Jul. 3, 2025", "Published: 2025-07-03", "July 2025"):
        article = newsseed.parse(f"{HEAD}{line}{BODY}")
        assert article.published is not None
        assert article.diagnostics == (), line


def test_a_date_detail_points_at_the_date_past_its_label() -> None:
    text = f"{HEAD}Updated: Friday, March 16, 2025 10:42 AM{BODY}"
    (diagnostic,) = newsseed.parse(text).diagnostics
    assert diagnostic == Diagnostic(
        "date-detail",
        "kept the moment and dropped the words 'Friday'",
        diagnostic.span,
        "Friday, March 16, 2025 10:42 AM",
    )
    assert diagnostic.span is not None
    assert kept(diagnostic.span.of(text)) == diagnostic.text


# -- generated text ------------------------------------------------------------

# Lines the reader takes apart: furniture, links, sign-offs, header fields, headings,
# date lines, bylines (the lines of a head), then datelines, broken paragraphs, bullets.
# Our own words.
HEAD_LINES: Final = (
    "Advertisement",
    "Story continues below advertisement",
    "Share this article",
    "Share on Facebook",
    "Read also| Ferry fares to rise",
    "Related: Harbour works delayed",
    "Reuter",
    "(end)",
    "-30-",
    "***",
    "## The Valley Courier",
    "# Reservoir levels rise #",
    "### What happens next",
    "Title: Council approves cycle lanes",
    "Headline: Second headline here",
    "Source: Harbour Gazette",
    "Publisher: Northern Ledger",
    "By Ana Lima and Rui Costa",
    "BY CLARA NUNES | Staff reporter",
    "By: Hugo Brandt & Lena Moreau, Political correspondent",
    "Author: Ines Pires",
    "Categories: Science & Environment; Transport",
    "Tags: |",
    "By: ,",
    "URL: https://example.org/news/ferry-fares",
    "Lang: pt",
    "March 15, 2025",
    "Published: 15 March 2025",
    "Saturday, 15th March 2025",
    "Thursday, 3rd July 2025",
    "Friday, July 3, 2025",
    "Published: July 3, 2025 10:42 AM IST",
    "Posted on 2025-03-14T10:00Z",
    "Updated: March 16, 2025 10:42 AM",
    "Last updated: 16 March 2025 at 09:15 GMT",
    "First published on Sept 3 2025",
    "Date: the other day",
    "early July 2025",
    "Christmas Day 2025",
    " date 2025-03-15 ",
    " date 2025-03-14T10:00:00Z The council met.",
    " title Ferry fares rise",
    " id abc-123 url https://example.org/x",
    " tagline News from the estuary",
    " motto Always open",
    " tags ;",
)
BODY_LINES: Final = (
    "LIMA (Reuters) - ",
    "Lisbon [Portugal], March 14 : ",
    "PORTLAND, Ore., Feb 26 - ",
    "NEW DELHI: ",
    "Trans-",
    "the council said on Friday that work would start",
    "The council said on Friday that work would start in May.",
    '"We are ready," she said.',
    "    An indented wire paragraph follows here.",
    "* a bullet",
    "- another bullet",
    "",
    "\t",
    "\u00a0",
)

head_line = st.sampled_from(HEAD_LINES)
layout_line = st.sampled_from(HEAD_LINES + BODY_LINES)
free_text = st.text(max_size=40)
# A line: a piece of layout, free text, or a piece of layout with free text after it.
line = st.one_of(layout_line, free_text, st.builds(str.__add__, layout_line, free_text))
line_break = st.sampled_from(("\n", "\n\n", "\n\n\n", "\r\n", " \n \n"))


@st.composite
def mixed_texts(draw: st.DrawFn) -> str:
    """Lines of layout at the top, some twice, then lines of layout and free text."""
    head = draw(st.lists(head_line, max_size=6))
    if head:
        head += draw(st.lists(st.sampled_from(head), max_size=3))
    lines = [*draw(st.permutations(head)), *draw(st.lists(line, max_size=12))]
    return "".join(piece + draw(line_break) for piece in lines)


@st.composite
def rendered_with_insertions(draw: st.DrawFn) -> str:
    """An article in one of the layouts, with lines of layout or free text put in."""
    lines = draw(rendered_articles()).text.split("\n")
    for _ in range(draw(st.integers(0, 3))):
        lines.insert(draw(st.integers(0, len(lines))), draw(line))
    return "\n".join(lines)


#: Only the layout rules: the date, entity and quote finders drop nothing (they add).
LAYOUT_ONLY: Final = ParseOptions(find_dates=False, find_entities=False, find_quotes=False)
NO_REPAIRS: Final = ParseOptions(
    drop_boilerplate=False,
    join_broken_paragraphs=False,
    drop_duplicate_paragraphs=False,
    detect_dateline=False,
    find_dates=False,
    find_entities=False,
    find_quotes=False,
)
OPTIONS: Final = pytest.mark.parametrize(
    "options", [None, NO_REPAIRS], ids=["default", "no-repairs"]
)


@OPTIONS
@given(text=mixed_texts())
def test_layout_lines_and_free_text_lose_no_word_silently(
    text: str, options: ParseOptions | None
) -> None:
    assert_conserved(text, newsseed.parse(text, options=options))


@given(rendered_with_insertions())
def test_articles_in_every_layout_lose_no_word_silently(text: str) -> None:
    assert_conserved(text, newsseed.parse(text))


@OPTIONS
@given(text=st.text(st.characters(exclude_categories=())))
def test_any_text_loses_no_word_silently(text: str, options: ParseOptions | None) -> None:
    assert_conserved(text, newsseed.parse(text, options=options))


# -- real articles -------------------------------------------------------------


def _tar_texts(path: Path) -> Iterator[bytes]:
    with tarfile.open(path) as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(".txt"):
                handle = archive.extractfile(member)
                assert handle is not None
                yield handle.read()


def _reuters(path: Path) -> Iterator[bytes]:
    """Each story as test_real_articles.py lays it out: title, dateline, body."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            story = json.loads(line)
            if story["body"]:
                dateline = (story["dateline"] or "").strip()
                yield f"{story['title']}\n\n{dateline} {story['body']}".encode()


@pytest.mark.shared
def test_seeds_lose_no_word_silently(shared: Path) -> None:
    paths = sorted((shared / "seeds").glob("*.txt"))
    assert paths
    for path in paths:
        text, _ = decode(path.read_bytes())
        assert_conserved(text, newsseed.parse_file(path))


@pytest.mark.shared
def test_corpora_lose_no_word_silently(shared: Path) -> None:
    """Half of BBC and PolNeAR, a tenth of Reuters (all of them pass too, in about 10 s)."""
    corpora = shared / "corpora"
    samples = {
        "bbc": islice(_tar_texts(corpora / "bbc-business-sport.tar.gz"), 0, None, 2),
        "polnear": islice(_tar_texts(corpora / "polnear-train-dev.tar.gz"), 0, None, 2),
        "reuters": islice(_reuters(corpora / "reuters21578-train.jsonl.gz"), 0, None, 10),
    }
    for name, sample in samples.items():
        count = 0
        for data in sample:
            text, _ = decode(data)
            assert_conserved(text, newsseed.parse_bytes(data, options=LAYOUT_ONLY))
            count += 1
        assert count > 400, name
