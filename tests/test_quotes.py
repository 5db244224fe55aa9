"""find_quotes: properties, parse integration and notes (case tables: test_quote_cases.py)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsseed
from newsseed import Quote, find_quotes
from newsseed._quotes import find_quotes_and_notes

# ------------------------------------------------------------------------ strategies

_NAMES = ["Ana Ruiz", "Tomas Vell", "Harbour Minister Ina Moss", "Ruiz", "Vell", "Moss"]
_CUES = ["said", "added", "told reporters", "went on", "according to", "said in a statement"]
_MARKS = ['"', "“", "”", "‘", "’", "'", "''", "«", "»", "``"]
_WORDS = [
    "the", "bridge", "will", "open", "ministers'", "'90s", "don't", "rock 'n' roll",
    "we", "it", "is", "ready", "he", "she", "a", "doctor", "-", "—", ":", ",", ".",
    "?", "!", "(", ")", "[", "]", "=", "<b>",
]  # fmt: skip
_BREAKS = [" ", " ", " ", "\n", "\n\n", "\n \n"]

pieces = st.sampled_from([*_NAMES, *_CUES, *_MARKS, *_WORDS])
news_like = st.lists(st.tuples(pieces, st.sampled_from(_BREAKS)).map("".join), max_size=60).map(
    "".join
)
any_text = st.text(max_size=300) | news_like


def _check_spans(text: str, quotes: tuple[Quote, ...]) -> None:
    last = 0
    for quote in quotes:
        assert 0 <= quote.span.start < quote.span.end <= len(text)
        assert quote.span.start >= last, "quotes are ordered and do not overlap"
        assert quote.span.of(text) == quote.text
        assert quote.text == quote.text.strip()
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span.start < quote.speaker_span.end <= len(text)
        last = quote.span.end


# ------------------------------------------------------------------------ properties


@given(any_text)
@example('"' * 1000)
@example("'" * 999 + "x")
@example('He said, "' + "word " * 200)
@example("“A,” he said. “B" + "\n\n“C" * 20)
def test_spans_are_in_bounds_ordered_disjoint_and_equal_to_their_text(text: str) -> None:
    _check_spans(text, find_quotes(text))


@given(any_text)
@example('A - said"0')  # found by hypothesis: an article with no word after it
def test_notes_point_at_quote_marks_in_the_text(text: str) -> None:
    quotes, notes = find_quotes_and_notes(text)
    _check_spans(text, quotes)
    for note in notes:
        assert note.code == "unclosed-quote"
        assert 0 <= note.span.start < note.span.end <= len(text)


@given(st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3), news_like, news_like)
def test_removing_the_marks_never_invents_a_speaker(
    names: list[str], before: str, after: str
) -> None:
    text = f"{before} {names[0]} said: “We will build it.” {after}"
    speakers = {q.speaker for q in find_quotes(text)}
    for quote in find_quotes(text):
        marks = (quote.span.start - 1, quote.span.end)
        if text[marks[0]] not in "“\"'‘«" or text[marks[1] : marks[1] + 1] not in ("”", '"'):
            continue
        bare = text[: marks[0]] + " " + quote.text + " " + text[marks[1] + 1 :]
        for found in find_quotes(bare):
            assert found.speaker is None or found.speaker in speakers


@given(news_like)
def test_parse_fills_quotes_with_spans_into_the_article_text(text: str) -> None:
    article = newsseed.parse("A headline\n\n" + text)
    _check_spans(article.text, article.quotes)


# ------------------------------------------------------------------------ examples

STORY = """Harbour Minister Ina Moss opened the new ferry terminal in Porto Vell on Monday.

"We have waited ten years for this," Moss said. "It is ready."

She went on, "The ferries will run every hour."

Moss described the old terminal as "a shed with a ticket booth" and left."""


def test_a_story_of_our_own() -> None:
    found = [(q.text, q.speaker, q.cue, q.partial) for q in find_quotes(STORY)]
    assert found == [
        ("We have waited ten years for this,", "Ina Moss", "said", False),
        ("It is ready.", "Ina Moss", "said", False),
        ("The ferries will run every hour.", "Ina Moss", "went on", False),
        ("a shed with a ticket booth", "Ina Moss", "described", True),
    ]


def test_parse_fills_article_quotes_and_notes_an_unclosed_quote() -> None:
    article = newsseed.parse(
        'Terminal opens\n\nInes Duarte, the mayor, said: "We are ready.\n\nMore later.'
    )
    assert [(q.text, q.speaker) for q in article.quotes] == [("We are ready.", "Ines Duarte")]
    (note,) = [d for d in article.diagnostics if d.code == "unclosed-quote"]
    assert note.text == 'Ines Duarte, the mayor, said: "We are ready.'


def test_a_quote_running_over_paragraphs_is_not_unclosed() -> None:
    text = 'Ines Duarte said: "The first part.\n\n"The second part," she added.'
    quotes, notes = find_quotes_and_notes(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The first part.", "Ines Duarte"),
        ("The second part,", "Ines Duarte"),
    ]
    assert notes == ()


def test_options_turn_quotes_off() -> None:
    text = 'Ferry\n\n"It runs," Ines Duarte said.'
    assert newsseed.parse(text, options=newsseed.ParseOptions(find_quotes=False)).quotes == ()
    kept = newsseed.parse(text, options=newsseed.ParseOptions(find_entities=False))
    assert kept.entities == ()
    assert [q.speaker for q in kept.quotes] == ["Ines Duarte"]


@pytest.mark.parametrize(
    "text",
    [
        "The 'safe' option, the ministers' plan and rock 'n' roll from the '90s.",
        'A 5" screen and a 12" pipe.',
        '<a href="x" title="y">link</a>',
    ],
)
def test_no_quote_where_there_is_none(text: str) -> None:
    assert find_quotes(text) == ()
