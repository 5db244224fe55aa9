"""find_dates: a table of sentences of our own, the must-not-be-a-date table, properties."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import newsseed
from newsseed import DateValue
from newsseed.normalize import find_dates, normalize_date, normalize_date_and_explain
from newsseed.normalize._grammar import FIND, read, rule_of, whole_read
from newsseed.normalize._not_dates import not_a_date

DATA = Path(__file__).parent / "data" / "dates"
FIND_ROWS = list(csv.DictReader((DATA / "find.tsv").open(encoding="utf-8"), delimiter="\t"))
NOT_DATES = list(csv.DictReader((DATA / "not_dates.tsv").open(encoding="utf-8"), delimiter="\t"))
ANCHOR = dt.date(2025, 7, 2)


def _anchor(text: str) -> dt.date | None:
    return None if text == "-" else dt.date.fromisoformat(text)


def _expected(cell: str) -> list[tuple[str, str]]:
    if not cell:
        return []
    pairs = [item.split(" => ") for item in cell.split(" | ")]
    return [(text, value) for text, value in pairs]


@pytest.mark.parametrize("row", FIND_ROWS, ids=[row["text"][:50] for row in FIND_ROWS])
def test_find_table(row: dict[str, str]) -> None:
    text = row["text"].replace("\\n", "\n")
    found = find_dates(text, anchor=_anchor(row["anchor"]))
    assert [(m.text, str(m.value)) for m in found] == _expected(row["expected"])


@pytest.mark.parametrize("row", NOT_DATES, ids=[row["text"] for row in NOT_DATES])
def test_not_a_date(row: dict[str, str]) -> None:
    assert normalize_date(row["text"], anchor=ANCHOR) is None, row["note"]
    for sentence in (row["text"], f"Officials said {row['text']} was the issue in the talks."):
        assert find_dates(sentence, anchor=ANCHOR) == (), row["note"]


def test_the_table_is_large() -> None:
    normalize_rows = (DATA / "normalize.tsv").read_text(encoding="utf-8").count("\n") - 1
    assert normalize_rows + len(NOT_DATES) + len(FIND_ROWS) >= 400


def test_explanations_name_the_rule_and_the_anchor() -> None:
    reading = normalize_date_and_explain("in March last year", anchor=ANCHOR)
    assert (str(reading.value), reading.rule) == ("2024-03", "month-relative")
    assert "2025-07-02" in reading.note
    assert normalize_date_and_explain("next week").note.endswith("there is no anchor")
    assert normalize_date_and_explain("the 1990s").rule == "decade"
    assert normalize_date_and_explain("x" * 100).note == "longer than 64 characters"


def test_anchor_must_be_a_day() -> None:
    assert normalize_date("today", anchor=DateValue(2025, 7, 2)) == DateValue(2025, 7, 2)
    assert normalize_date("today", anchor=dt.datetime(2025, 7, 2, 23, 59)) == DateValue(2025, 7, 2)
    with pytest.raises(ValueError, match="known to the day"):
        normalize_date("today", anchor=DateValue(2025, 7))
    with pytest.raises(TypeError, match="anchor"):
        find_dates("today", anchor="2025-07-02")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="locale"):
        find_dates("today", locale="fr")


# Text made of the pieces dates are made of, so the grammar is exercised, not skipped.
pieces = st.sampled_from(
    [
        "on", "in", "last", "next", "this", "the", "of", "since", "early", "mid-", "ago",
        "Tuesday", "Friday", "May", "March", "July", "Sept.", "Jul.", "2025", "1999", "3rd",
        "12", "31", "07/03/2025", "2025-07-02", "1990s", "'90s", "week", "month", "year",
        "two", "days", "a", "earlier", "later", "today", "yesterday", "Christmas", "Day",
        "may", "march", "july", "TUESDAY", "sat", "Sun", "JULY", "4th", "the 3rd of",
        ",", ".", "\n", "\n\n", " ", "-", "/", "'s", "said", "will", "\u00a0", "\u2019",
        "at", "6:30", "p.m.", "23:15", "noon", "EDT", "GMT", "IST", "1505", "morning", "following",
    ]
)  # fmt: skip
newsy = st.lists(pieces, max_size=40).map(" ".join) | st.text()
anchors = st.none() | st.dates() | st.sampled_from([dt.date.min, dt.date.max])


@given(newsy, anchors, st.sampled_from(["us", "uk"]))
def test_mentions_are_in_bounds_ordered_disjoint_and_equal_their_text(
    text: str, anchor: dt.date | None, locale: str
) -> None:
    end = 0
    for mention in find_dates(text, anchor=anchor, locale=locale):
        assert end <= mention.span.start < mention.span.end <= len(text)
        assert mention.span.of(text) == mention.text
        end = mention.span.end


@given(newsy, anchors)
def test_every_mention_reads_alone_as_it_was_found(text: str, anchor: dt.date | None) -> None:
    """What a mention means alone (without an anchor), it means in the text."""
    for mention in find_dates(text, anchor=anchor):
        alone = normalize_date(mention.text)
        if alone is not None:
            assert alone == mention.value, mention.text


@given(newsy)
def test_the_fast_path_finds_what_the_whole_grammar_finds(text: str) -> None:
    """find_dates tries the grammar only near trigger words: it must miss nothing by that."""
    mentions = find_dates(text, anchor=ANCHOR)
    found = {(m.span.start, m.span.end) for m in mentions if m.time is None}
    timed = [m.span for m in mentions if m.time is not None]  # a date and its time
    for match in FIND().finditer(text):
        if normalize_date_and_explain(match.group(), anchor=ANCHOR).note != "no such day" and (
            not not_a_date(text, match.start(), match.end(), rule_of(match))
        ):  # (a weekday of every week, a word of a name: normalize/_not_dates.py)
            assert match.span() in found or any(
                span.start <= match.start() < match.end() <= span.end for span in timed
            ), match.group()
    for span in timed:
        assert FIND().search(text, span.start, span.end) is not None, span.of(text)
    for start, end in found:
        again = FIND().match(text, start)
        if again is None:  # a year with no cue, read by its shape (normalize/_years.py)
            assert text[start:end].isdigit(), text[start:end]
            assert end - start == 4, text[start:end]
            continue
        assert again.span() == (start, end)


READ = whole_read()
_PREPOSITION = regex.compile(
    r"(?i:on|in|at|during|as\s+of|since|by|until|till|from|of|for|before|after)\s+"
)


@given(newsy)
def test_reading_by_first_word_matches_the_whole_grammar(text: str) -> None:
    """read() tries only the rules that can open with the first word: it must agree with all."""
    whole = READ.fullmatch(text)
    opening = _PREPOSITION.match(text)
    if whole is None and opening is not None:
        whole = READ.fullmatch(text, opening.end())
    quick = read(text)
    assert (quick is None) == (whole is None)
    if quick is not None and whole is not None:
        assert (rule_of(quick), quick.span()) == (rule_of(whole), whole.span())


ARTICLE = """## Harbour Gazette

## Ferry strike ends after talks

March 15, 2025

PORTO (Reuters) - Ferries sailed again on Friday after unions and owners met on
Thursday. Talks will resume next week, and a new contract is due on 01/04/2025.

The strike began a week earlier, in February this year."""


def test_parse_fills_article_dates_anchored_on_the_publication_date() -> None:
    article = newsseed.parse(ARTICLE)
    assert article.published == DateValue(2025, 3, 15)
    assert [(m.text, str(m.value)) for m in article.dates] == [
        ("Friday", "2025-03-14"),
        ("Thursday", "2025-03-13"),
        ("next week", "2025-03"),
        ("01/04/2025", "2025-01-04"),
        ("a week earlier", "2024-12-28"),
        ("February this year", "2025-02"),
    ]
    for mention in article.dates:
        assert mention.span.of(article.text) == mention.text


def test_parse_date_options() -> None:
    uk = newsseed.parse(ARTICLE, options=newsseed.ParseOptions(date_locale="uk"))
    assert "2025-04-01" in [str(m.value) for m in uk.dates]
    assert newsseed.parse(ARTICLE, options=newsseed.ParseOptions(find_dates=False)).dates == ()
    with pytest.raises(ValueError, match="date_locale"):
        newsseed.ParseOptions(date_locale="fr")


def test_an_article_without_a_date_leaves_relative_mentions_unresolved() -> None:
    article = newsseed.parse("Ferries sail again\n\nFerries sailed on Friday, on 3 March 2025.")
    assert [(m.text, m.value) for m in article.dates] == [
        ("Friday", None),
        ("3 March 2025", DateValue(2025, 3, 3)),
    ]


@given(st.dates(dt.date(1, 1, 8), dt.date(9999, 12, 24)), st.integers(0, 6), st.booleans())
def test_tense_puts_weekdays_within_a_week_on_its_side(
    anchor: dt.date, target: int, future: bool
) -> None:
    name = (dt.date(2025, 6, 30) + dt.timedelta(days=target)).strftime("%A")
    sentence = f"The board {'will meet' if future else 'met'} on {name} in the city."
    (mention,) = find_dates(sentence, anchor=anchor)
    assert mention.value is not None
    assert mention.value.month is not None
    assert mention.value.day is not None
    delta = (dt.date(mention.value.year, mention.value.month, mention.value.day) - anchor).days
    assert (0 <= delta <= 6) if future else (-6 <= delta <= 0)


@pytest.mark.parametrize("anchor", [dt.date.min, dt.date.max])
def test_relative_dates_past_the_calendar_are_none(anchor: dt.date) -> None:
    text = "last week, next week, yesterday, tomorrow, next year, last year, Monday, Sunday"
    for mention in find_dates(text, anchor=anchor):
        assert mention.value is None or 1 <= mention.value.year <= 9999
    reading = normalize_date_and_explain(
        "last year" if anchor.year == 1 else "next year", anchor=anchor
    )
    assert (reading.value, reading.note) == (None, "falls outside the years 1 to 9999")


# -- times of day ------------------------------------------------------------------------

UTC = dt.timezone.utc
EDT = dt.timezone(dt.timedelta(hours=-4))
TIMES = [
    # (text, anchor, times=, [(mention, value, time)])
    ("The ministers met on Tuesday at 6:30 p.m.", False,
     [("Tuesday at 6:30 p.m.", "2025-07-01", dt.time(18, 30))]),
    ("The fire broke out at 23:15 on Monday.", False,
     [("23:15 on Monday", "2025-06-30", dt.time(23, 15))]),
    ("Crews left Tuesday at 6 a.m. EDT.", False,
     [("Tuesday at 6 a.m. EDT", "2025-07-01", dt.time(6, tzinfo=EDT))]),
    ("On June 2 he sailed; he landed at 4:10 the next morning.", False,
     [("June 2", "2025-06-02", None), ("4:10 the next morning", "2025-06-03", dt.time(4, 10))]),
    ("Yesterday at noon, the bridge shut.", False,
     [("Yesterday at noon", "2025-07-01", dt.time(12))]),
    ("The vote is on July 4, 18:00 GMT.", False,
     [("July 4, 18:00 GMT", "2025-07-04", dt.time(18, tzinfo=UTC))]),
    ("On Tuesday, 10 people were hurt.", False, [("Tuesday", "2025-07-01", None)]),
    # A time alone is no date; asked for, it takes the day of the date before it.
    ("The ferry sank on Monday. Divers arrived at 23:15.", False,
     [("Monday", "2025-06-30", None)]),
    ("The ferry sank on Monday. Divers arrived at 23:15.", True,
     [("Monday", "2025-06-30", None), ("23:15", "2025-06-30", dt.time(23, 15))]),
    ("Divers arrived at 23:15.", True, [("23:15", "2025-07-02", dt.time(23, 15))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "times", "expected"), TIMES, ids=[t[0][:40] for t in TIMES])
def test_times_of_day_join_their_dates(
    text: str, times: bool, expected: list[tuple[str, str, dt.time | None]]
) -> None:
    found = find_dates(text, anchor=ANCHOR, times=times)
    assert [(m.text, str(m.value), m.time) for m in found] == expected
    for mention, (_, _, time) in zip(found, expected, strict=True):
        assert mention.time is None or mention.time.tzinfo == time.tzinfo  # type: ignore[union-attr]
        if time is not None:
            assert mention.moment == dt.datetime.combine(
                dt.date.fromisoformat(str(mention.value)), time
            )


@given(newsy, anchors)
def test_times_keep_mentions_in_bounds_ordered_and_disjoint(
    text: str, anchor: dt.date | None
) -> None:
    plain = find_dates(text, anchor=anchor)
    end = 0
    for mention in find_dates(text, anchor=anchor, times=True):
        assert end <= mention.span.start < mention.span.end <= len(text)
        assert mention.span.of(text) == mention.text
        end = mention.span.end
    # Asking for times adds mentions of times alone; the dates stay as they were.
    assert set(plain) <= set(find_dates(text, anchor=anchor, times=True))
