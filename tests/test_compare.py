"""compare: stories, near-duplicates, quote groups and fidelity, on articles of our own."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsseed
from newsseed import Article, Comparison, compare
from newsseed.normalize import to_us

COURIER = """Ferry link to Porto Vell reopens

Harbour Minister Ina Moss reopened the ferry link between Porto Vell and Ilha Clara on \
Monday, after a storm closed the harbour wall for six months.

"We have waited half a year for this day, and the harbour is finally whole again," Moss \
said at the quay. "The ferries will sail every hour from Tuesday."

The Porto Vell Harbour Authority said the repairs cost 4.2 million euros.

Moss described the old wall as "a broken promise to the islanders" and thanked the crews \
who rebuilt it.
"""

GAZETTE = """Ferries return to Ilha Clara

The ferry link between Porto Vell and Ilha Clara reopened on Monday, Harbour Minister \
Ina Moss announced.

"We have waited half a year for this day, and the harbour is whole again," Moss said. \
"The ferries will run every hour from Tuesday."

According to the Porto Vell Harbour Authority, the work cost 4.2 million euros. Moss \
called the old wall "a broken promise to the islanders".
"""

BULLETIN = """Minister hails harbour repair

Harbour Minister Ina Moss said on Monday that the ferry link between Porto Vell and Ilha \
Clara was open again.

"We have endured half a year for this moment, and the port is at last complete again," \
Moss said. "The boats will depart each hour from Tuesday."

The Porto Vell Harbour Authority put the cost of the work at 4.2 million euros.
"""

UNRELATED = """Bakery wins national prize

A family bakery in Vila Seca won the national bread prize on Friday, beating 200 rivals.

"We bake the same loaf my grandmother baked," owner Rui Dantas said.
"""


def _articles() -> list[Article]:
    return [
        newsseed.parse(COURIER, id="courier"),
        newsseed.parse(GAZETTE, id="gazette"),
        newsseed.parse(BULLETIN, id="bulletin"),
        newsseed.parse(UNRELATED, id="bakery"),
    ]


def _labels(comparison: Comparison) -> list[list[tuple[str, str]]]:
    return [[(m.article_id, m.fidelity) for m in g.members] for g in comparison.quote_groups]


def test_one_story_and_the_unrelated_article_left_out() -> None:
    comparison = compare(_articles())
    assert comparison.stories == (("bulletin", "courier", "gazette"),)
    assert comparison.near_duplicates == ()


def test_quote_groups_and_their_fidelity() -> None:
    comparison = compare(_articles())
    assert _labels(comparison) == [
        [("bulletin", "altered"), ("courier", "verbatim"), ("gazette", "abridged")],
        [("bulletin", "altered"), ("courier", "verbatim"), ("gazette", "altered")],
        [("courier", "verbatim"), ("gazette", "verbatim")],
    ]
    first, second, third = comparison.quote_groups
    assert first.speaker == second.speaker == "Ina Moss"
    assert first.reference_article == "courier"
    (omitted,) = [op for op in first.members[2].diff if op.op != "equal"]
    assert (omitted.op, omitted.reference, omitted.member) == ("omitted", "finally", "")
    changed = [(op.reference, op.member) for op in second.members[2].diff if op.op == "replaced"]
    assert changed == [("sail", "run")]
    assert third.members[1].quote.partial


def test_to_dict_is_json_ready_and_reports_read_well() -> None:
    comparison = compare(_articles())
    data = json.loads(json.dumps(comparison.to_dict()))
    assert data["stories"] == [["bulletin", "courier", "gazette"]]
    assert data["quote_groups"][0]["members"][0]["fidelity"] == "altered"
    report = comparison.report()
    assert "story 1: bulletin, courier, gazette" in report
    assert "replaced: 'sail' -> 'run'" in report
    page = comparison.to_html()
    assert page.startswith("<!DOCTYPE html>")
    assert "<del>sail</del> <ins>run</ins>" in page


def test_articles_without_ids_are_known_by_position() -> None:
    articles = [attrs.evolve(a, id=None) for a in _articles()]
    assert compare(articles).stories == (("0", "1", "2"),)


def test_near_duplicates_are_found_and_verified() -> None:
    courier = newsseed.parse(COURIER, id="a")
    copy = newsseed.parse(COURIER.replace("six months", "half a year"), id="b")
    other = newsseed.parse(GAZETTE, id="c")
    comparison = compare([courier, copy, other])
    assert comparison.near_duplicates == (("a", "b"),)
    assert comparison.stories == (("a", "b", "c"),)
    strict = compare([courier, copy], options=newsseed.CompareOptions(near_duplicate=0.99))
    assert strict.near_duplicates == ()


def test_articles_far_apart_in_time_are_not_one_story() -> None:
    first = newsseed.parse("date 2025-01-10\n\n" + COURIER.split("\n", 2)[2], id="a")
    second = newsseed.parse("date 2025-03-10\n\n" + GAZETTE.split("\n", 2)[2], id="b")
    assert first.published is not None
    assert second.published is not None
    assert compare([first, second]).stories == ()


# ------------------------------------------------------------------------ properties

_SPEECH = [
    "the harbour wall will protect the colour of the old town",
    "we must organise the ferries before the summer season begins",
    "our neighbours on the islands deserve a reliable service every day",
    "the programme of repairs will finish by the end of the year",
    "nobody should wait six months for a boat to the mainland again",
]
_FILLER = ["bright", "early", "new", "second", "final"]


@st.composite
def stories(draw: st.DrawFn) -> tuple[str, list[str]]:
    """An article of ours with two to four quotes by one speaker, and the quotes."""
    quotes = draw(st.lists(st.sampled_from(_SPEECH), min_size=2, max_size=4, unique=True))
    body = [
        "Harbour works finish",
        "Harbour Minister Ina Moss of Porto Vell spoke to the Porto Vell Harbour Authority "
        "on Monday about the ferry link to Ilha Clara.",
    ]
    body += [f'"{quote.capitalize()}," Moss said.' for quote in quotes]
    return "\n\n".join(body), quotes


def _pair(first: str, second: str) -> Comparison:
    return compare([newsseed.parse(first, id="a"), newsseed.parse(second, id="b")])


@given(stories(), st.randoms(use_true_random=False))
def test_the_order_of_the_input_does_not_matter(story: tuple[str, list[str]], rnd: object) -> None:
    text, _ = story
    articles = [
        newsseed.parse(text, id="a"),
        newsseed.parse(text.replace("Monday", "Tuesday"), id="b"),
        newsseed.parse(COURIER, id="c"),
        newsseed.parse(GAZETTE, id="d"),
    ]
    shuffled = list(articles)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert compare(shuffled) == compare(articles)


@given(stories())
def test_an_article_compared_with_itself_is_verbatim(story: tuple[str, list[str]]) -> None:
    text, quotes = story
    comparison = _pair(text, text)
    assert comparison.near_duplicates == (("a", "b"),)
    assert len(comparison.quote_groups) == len(quotes)
    assert {m.fidelity for g in comparison.quote_groups for m in g.members} == {"verbatim"}


@given(stories())
def test_us_spelling_is_a_variant_never_an_alteration(story: tuple[str, list[str]]) -> None:
    text, quotes = story
    comparison = _pair(text, to_us(text))
    assert len(comparison.quote_groups) == len(quotes)
    assert {m.fidelity for g in comparison.quote_groups for m in g.members} <= {
        "verbatim",
        "variant",
    }


@given(stories(), st.data())
def test_dropping_words_abridges(story: tuple[str, list[str]], data: st.DataObject) -> None:
    text, quotes = story
    quote = data.draw(st.sampled_from(quotes))
    words = quote.split()
    start = data.draw(st.integers(0, len(words) - 2))
    stop = data.draw(st.integers(start + 1, min(len(words) - 1, start + 3)))
    shorter = " ".join(words[:start] + words[stop:])
    comparison = _pair(text, text.replace(quote.capitalize(), shorter.capitalize()))
    members = {
        m.article_id: m.fidelity
        for g in comparison.quote_groups
        for m in g.members
        if quote in g.reference.lower() or shorter in m.quote.text.lower()
    }
    assert members == {"a": "verbatim", "b": "abridged"}


@given(stories(), st.data())
def test_replacing_a_content_word_alters(story: tuple[str, list[str]], data: st.DataObject) -> None:
    text, quotes = story
    quote = data.draw(st.sampled_from(quotes))
    words = quote.split()
    long_words = [i for i, w in enumerate(words) if len(w) > 4]
    at = data.draw(st.sampled_from(long_words))
    new = data.draw(st.sampled_from([w for w in _FILLER if w != words[at]]))
    changed = " ".join([*words[:at], new, *words[at + 1 :]])
    comparison = _pair(text, text.replace(quote.capitalize(), changed.capitalize()))
    fidelity = {
        m.article_id: m.fidelity
        for g in comparison.quote_groups
        for m in g.members
        if g.reference.lower().startswith(quote[:12])
        or m.quote.text.lower().startswith(changed[:12])
    }
    assert fidelity == {"a": "verbatim", "b": "altered"}


def test_options_are_validated_by_their_types() -> None:
    options = newsseed.CompareOptions(near_duplicate=0.9, people=1)
    assert options.near_duplicate == 0.9
    with pytest.raises(TypeError):
        newsseed.CompareOptions(0.9)  # type: ignore[call-arg]


def test_compare_takes_articles_only() -> None:
    with pytest.raises(TypeError, match="an iterable of Article records, not a str"):
        newsseed.compare("abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="item 1 is a str"):
        newsseed.compare([newsseed.Article(), "x"])  # type: ignore[list-item]
