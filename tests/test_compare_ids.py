"""Ids are unique inside a comparison: articles that share one are told apart, noted,
and numbered by their content, so that the order of the input still does not matter."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import newsseed
from newsseed import compare
from test_compare import BULLETIN, COURIER, GAZETTE


def test_clashing_ids_are_made_unique_and_noted() -> None:
    articles = [
        newsseed.parse(COURIER, id="story"),
        newsseed.parse(GAZETTE, id="story"),
        newsseed.parse(BULLETIN, id="story#2"),
    ]
    comparison = compare(articles)
    (story,) = comparison.stories
    assert story == ("story", "story#2", "story#3")
    (note,) = comparison.diagnostics
    assert note.code == "duplicate-id"
    assert note.text == "story"
    assert "'story#3'" in note.message
    assert comparison.quote_groups, "the two articles are compared, not merged"
    data = json.loads(json.dumps(comparison.to_dict()))
    assert data["diagnostics"][0]["code"] == "duplicate-id"
    assert "note (duplicate-id): 2 articles have the id 'story'" in comparison.report()
    assert "duplicate-id: 2 articles have the id" in comparison.to_html()


def test_an_article_without_an_id_clashes_by_its_position() -> None:
    articles = [attrs.evolve(newsseed.parse(COURIER), id=None), newsseed.parse(GAZETTE, id="0")]
    comparison = compare(articles)
    assert comparison.stories == (("0", "0#2"),)
    assert [d.code for d in comparison.diagnostics] == ["duplicate-id"]


def test_no_clash_no_note() -> None:
    comparison = compare([newsseed.parse(COURIER, id="a"), newsseed.parse(GAZETTE, id="b")])
    assert comparison.diagnostics == ()
    assert comparison.to_dict()["diagnostics"] == []


def test_same_stem_in_two_folders_are_two_articles(tmp_path: Path) -> None:
    for folder, text in (("courier", COURIER), ("gazette", GAZETTE)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "ferry.txt").write_text(text, encoding="utf-8")
    articles = [newsseed.parse_file(tmp_path / f / "ferry.txt") for f in ("courier", "gazette")]
    assert articles[0].id == articles[1].id == "ferry"
    comparison = compare(articles)
    assert comparison.stories == (("ferry", "ferry#2"),)
    assert len(comparison.quote_groups) == 3
    for group in comparison.quote_groups:
        assert {m.article_id for m in group.members} == {"ferry", "ferry#2"}


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([COURIER, GAZETTE, BULLETIN]), st.sampled_from(["a", "a#2", "b"])
        ),
        min_size=2,
        max_size=5,
    ),
    st.randoms(use_true_random=False),
)
def test_the_order_of_the_input_does_not_matter_with_clashing_ids(
    drawn: list[tuple[str, str]], rnd: object
) -> None:
    articles = [newsseed.parse(text, id=name) for text, name in drawn]
    shuffled = list(articles)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    comparison = compare(articles)
    assert compare(shuffled) == comparison
    assert len(comparison.diagnostics) == len(drawn) - len({name for _, name in drawn})
