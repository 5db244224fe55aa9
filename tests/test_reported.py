"""Reported speech (issue 21): find_quotes(reported=True), Quote.kind, and parse's
find_reported option. The case table (tests/data/quotes/reported.json) is of our own
invented sentences, one or more for every pattern and every thing that is not one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsseed
from newsseed import Quote, Span, find_quotes

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "quotes" / "reported.json").read_text(encoding="utf-8")
)
PATTERNS = frozenset(
    {"subject-verb-clause", "setting", "told", "trailing", "according-to", "pronoun", "mixed"}
    | {"question", "not-reported"}
)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_reported_case(case: dict[str, Any]) -> None:
    found = [q for q in find_quotes(case["text"], reported=True) if q.kind == "reported"]
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        (want["text"], want["speaker"], want["cue"]) for want in case["reported"]
    ]


def test_the_table_covers_every_pattern() -> None:
    assert len(CASES) >= 20
    assert len({case["id"] for case in CASES}) == len(CASES)
    assert {case["pattern"] for case in CASES} == PATTERNS


def test_reported_speech_is_off_unless_asked_for() -> None:
    text = "Ana Lima said the bridge would open in May."
    assert find_quotes(text) == ()
    assert newsseed.parse("Ferry\n\n" + text).quotes == ()
    options = newsseed.ParseOptions(find_reported=True)
    (quote,) = newsseed.parse("Ferry\n\n" + text, options=options).quotes
    assert (quote.kind, quote.text, quote.speaker) == (
        "reported", "the bridge would open in May", "Ana Lima"
    )  # fmt: skip


def test_a_mixed_attribution_gives_the_clause_and_the_quote_inside_it() -> None:
    text = 'Rui Roe said the plan was "a disaster for the harbour" and should be dropped.'
    found = find_quotes(text, reported=True)
    assert [(q.kind, q.text) for q in found] == [
        ("reported", 'the plan was "a disaster for the harbour" and should be dropped'),
        ("direct", "a disaster for the harbour"),
    ]


# ------------------------------------------------------------------------ properties

_PIECES = [
    "Ana Lima", "Rui Roe", "she", "they", "said", "says", "told reporters", "according to",
    "that", "the", "bridge", "would", "open", "on Monday", ",", ".", '"', "“", "”", "\n\n",
    "in a statement", "added", "is", "ready", "hello", "Harbour Gazette",
]  # fmt: skip
news_like = st.lists(st.sampled_from(_PIECES), max_size=60).map(" ".join)


@given(st.text(max_size=300) | news_like)
@example("said , said .")
@example("according to according to , x y z .")
def test_reported_spans_are_in_bounds_and_ordered(text: str) -> None:
    found = find_quotes(text, reported=True)
    assert [q for q in found if q.kind == "direct"] == list(find_quotes(text))
    starts = [q.span.start for q in found]
    assert starts == sorted(starts)
    last = 0
    for quote in found:
        assert 0 <= quote.span.start < quote.span.end <= len(text)
        assert quote.span.of(text) == quote.text
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span.start < quote.speaker_span.end <= len(text)
        if quote.kind == "reported":
            assert quote.span.start >= last, "reported clauses do not overlap"
            last = quote.span.end


def test_a_quote_kind_is_checked_and_kept_in_every_form() -> None:
    with pytest.raises(ValueError, match="quote kind must be one of direct, reported"):
        Quote("x", Span(0, 1), kind="indirect")  # type: ignore[arg-type]
    text = "Ana Lima said the bridge would open in May."
    article = newsseed.parse("Ferry\n\n" + text, options=newsseed.ParseOptions(find_reported=True))
    assert newsseed.loads(newsseed.dumps(article)) == article
    assert " quote.kind reported\n" in newsseed.dumps(article)
    assert newsseed.Article.from_dict(article.to_dict()) == article
    old = article.to_dict()["quotes"][0]
    del old["kind"]  # a 0.1 dict: a direct quote
    assert Quote.from_dict(old).kind == "direct"
    assert json.dumps(article.to_dict())  # JSON-ready


# ------------------------------------------------------------------------ compare

INTRO = (
    "Harbour Minister Ana Lima visited the old pier in Portlow on Monday with Rui Roe of "
    "the Harbour Board, a week after the storm closed the harbour to ferries.\n\n"
    "The storm tore away forty metres of the pier and sank two fishing boats moored "
    "beside it, and the ferry company moved its boats to Quenaria until the repairs.\n\n"
    "Fishermen in Portlow have asked the council for help with the cost of new boats."
)


def test_a_direct_quote_of_what_others_report_is_promoted() -> None:
    options = newsseed.ParseOptions(find_reported=True)
    reported = newsseed.parse(
        "Pier to reopen\n\n" + INTRO + "\n\nLima said the harbour would reopen in the "
        "spring once the repairs to the old pier were finished and paid for.",
        id="gazette",
        options=options,
    )
    direct = newsseed.parse(
        "Harbour to reopen in spring\n\n" + INTRO + '\n\n"The harbour will reopen in '
        'the spring once the repairs are finished," Lima said.',
        id="courier",
        options=options,
    )
    comparison = newsseed.compare([reported, direct])
    assert comparison.stories == (("courier", "gazette"),)
    (group,) = [g for g in comparison.quote_groups if "reopen" in g.reference]
    labels = {m.article_id: (m.quote.kind, m.fidelity) for m in group.members}
    assert labels == {"gazette": ("reported", "verbatim"), "courier": ("direct", "promoted")}
    assert "promoted" in comparison.report()
    assert 'class="fidelity promoted"' in comparison.to_html(title="Pier")
