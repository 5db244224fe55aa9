"""compare's work grows linearly: copies are read once, a speaker's quotes are paired
through an index, candidates are bounded. The work is counted (calls of the pairwise
functions), never timed; and the result is the one the work would give pair by pair.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsseed
from newsseed import Article, Comparison, compare
from newsseed._compare import _align, _groups, _link
from newsseed._compare._link import Source
from newsseed._compare._stories import Profile
from newsseed._compare._units import Unit
from test_compare import COURIER, GAZETTE

_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "to", "vel", "dor", "an", "ise", "mar", "pol")
_COMMON = ("the", "and", "of", "to", "we", "will", "a", "in", "for", "our")


def _said(rng: random.Random, count: int) -> str:
    """A sentence of made-up words (a third of them common English ones)."""
    words = [
        rng.choice(_COMMON)
        if rng.random() < 0.35
        else "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        for _ in range(count)
    ]
    return " ".join(words).capitalize()


def _speaker_articles(articles: int, quotes: int, seed: int = 1) -> list[Article]:
    """``articles`` articles each quoting Ina Moss ``quotes`` times: the same sentences,
    one in three with a word changed."""
    rng = random.Random(seed)
    said = [_said(rng, rng.randint(8, 16)) for _ in range(quotes)]
    out = []
    for n in range(articles):
        paragraphs = [
            f"Harbour works, part {n}",
            "Harbour Minister Ina Moss of Porto Vell spoke to the Porto Vell Harbour "
            "Authority on Monday about the ferry link to Ilha Clara.",
        ]
        for sentence in said:
            words = sentence.split()
            if rng.random() < 0.3:
                words[rng.randrange(len(words))] = "changed"
            paragraphs.append(f'"{" ".join(words)}," Moss said.')
        out.append(newsseed.parse("\n\n".join(paragraphs), id=f"moss-{n}"))
    return out


class _Calls:
    """Counts the calls of some functions of a module, patched for one test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, *names: str) -> None:
        self.counts: Counter[str] = Counter()
        for name in names:
            monkeypatch.setattr(module, name, self._counted(name, getattr(module, name)))

    def _counted(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.counts[name] += 1
            return function(*args, **kwargs)

        return counted


def _copies(article: Article, count: int) -> list[Article]:
    return [attrs.evolve(article, id=f"{article.id}-copy-{n:03d}") for n in range(count)]


def _one_by_one(articles: Sequence[Article], monkeypatch: pytest.MonkeyPatch) -> Comparison:
    """compare with each article a source of its own: copies read again for each."""

    def sources(profiles: Sequence[Profile], story: Sequence[int]) -> list[Source]:
        return [Source(profiles[index].units, (index,)) for index in story]

    with monkeypatch.context() as patched:
        patched.setattr(_groups, "_sources", sources)
        return compare(articles)


# ------------------------------------------------------------------------ copies


def test_copies_of_one_story_are_compared_once(monkeypatch: pytest.MonkeyPatch) -> None:
    courier = newsseed.parse(COURIER, id="courier")
    gazette = newsseed.parse(GAZETTE, id="gazette")
    work = []
    for count in (10, 40):
        calls = _Calls(monkeypatch, _link, "contains", "similarity")
        fidelity = _Calls(monkeypatch, _groups, "_fidelity")
        comparison = compare([*_copies(courier, count), gazette])
        work.append(calls.counts.total() + fidelity.counts.total())
        monkeypatch.undo()
        # Every copy is a member of each group, under its own id, with its own quote.
        for group in comparison.quote_groups:
            ids = [m.article_id for m in group.members]
            assert sum(i.startswith("courier-copy-") for i in ids) == count
            assert len(set(ids)) == len(ids)
    assert work[1] == work[0], "four times the copies, the same comparisons"


def test_copies_give_what_comparing_them_one_by_one_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    courier = newsseed.parse(COURIER, id="courier")
    gazette = newsseed.parse(GAZETTE, id="gazette")
    articles = [*_copies(courier, 3), gazette, *_copies(gazette, 2), *_speaker_articles(2, 6)]
    articles += _copies(articles[-1], 2)
    comparison = compare(articles)
    assert comparison == _one_by_one(articles, monkeypatch)
    assert any(len(g.members) >= 5 for g in comparison.quote_groups)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(0, 3), min_size=2, max_size=7), st.integers(0, 5))
def test_copies_change_nothing_but_the_work(picks: list[int], seed: int) -> None:
    pool = [
        newsseed.parse(COURIER, id="courier"),
        newsseed.parse(GAZETTE, id="gazette"),
        *_speaker_articles(2, 4, seed=seed),
    ]
    articles = [attrs.evolve(pool[p], id=f"a{n}") for n, p in enumerate(picks)]
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert compare(articles) == _one_by_one(articles, monkeypatch)


# ------------------------------------------------------------------------ a prolific speaker


def test_a_prolific_speaker_is_paired_through_an_index(monkeypatch: pytest.MonkeyPatch) -> None:
    work = []
    for quotes in (20, 40):
        articles = _speaker_articles(2, quotes)
        calls = _Calls(monkeypatch, _link, "similarity", "contains")
        comparison = compare(articles)
        work.append(calls.counts)
        monkeypatch.undo()
        assert len(comparison.quote_groups) == quotes
    # All against all, twice the quotes would be four times the comparisons.
    assert work[1]["similarity"] <= 2.5 * work[0]["similarity"]
    assert work[1]["contains"] <= 2.5 * work[0]["contains"]


def test_candidate_pairs_are_bounded_per_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every quote like every other: each unit may stand for any.
    monkeypatch.setattr(_link, "CANDIDATES", 8)
    monkeypatch.setattr(_groups, "REFERENCES", 8)
    paragraphs = ["Harbour plan", "Harbour Minister Ina Moss spoke in Porto Vell on Monday."]
    paragraphs += [f'"We will build quay number {n} of the harbour," Moss said.' for n in range(60)]
    articles = [newsseed.parse("\n\n".join(paragraphs), id=f"a{n}") for n in range(2)]
    articles[1] = attrs.evolve(articles[1], title="Harbour plan, again")
    calls = _Calls(monkeypatch, _link, "similarity", "contains")
    covers = _Calls(monkeypatch, _groups, "covers")
    compare(articles)
    units = 2 * 60
    assert calls.counts["contains"] <= units * (8 + 1)
    assert calls.counts["similarity"] <= 2 * units * (8 + 1)
    assert covers.counts["covers"] <= 8 * 60  # weighed wordings x distinct wordings


# ------------------------------------------------------------------------ containment


def test_a_fragment_as_short_as_the_other_is_held_either_way() -> None:
    # "deep and ongoing" and "are deep and ongoing" have the same content words; one
    # holds the other whichever article's id sorts first (the second quote has no
    # speaker, so only containment can join them).
    intro = (
        "Foreign Minister Rui Dantas met the Harbour Board and Mayor Ana Ruiz in Porto "
        "Vell on Monday to sign the new ferry agreement for the islands.\n\n"
    )
    long = intro + 'The minister called the ties "deep and ongoing" in his speech.'
    short = intro + 'The ties "are deep and ongoing", according to a statement.'
    for first, second in (("a", "b"), ("b", "a")):
        articles = [newsseed.parse(long, id=first), newsseed.parse(short, id=second)]
        (group,) = compare(articles).quote_groups
        assert {m.article_id for m in group.members} == {"a", "b"}


def _pairs(found: Iterator[tuple[int, int]]) -> set[tuple[int, int]]:
    return {(min(a, b), max(a, b)) for a, b in found}


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000))
def test_the_index_finds_every_pair_one_holds_of_the_other(seed: int) -> None:
    rng = random.Random(seed)
    said = [_said(rng, rng.randint(2, 12)) for _ in range(6)]
    text = "\n\n".join(
        ["Harbour news", "Ina Moss spoke in Porto Vell."]
        + [f'"{rng.choice(said)} {rng.choice(said).lower()}," Moss said.' for _ in range(8)]
        + [f'"{" ".join(rng.choice(said).split()[:3])}," she said.' for _ in range(3)]
    )
    units = Profile(newsseed.parse(text, id="a"), "a").units
    found = _pairs(_link._held(units))
    for a in range(len(units)):
        for b in range(a + 1, len(units)):
            if _link.contains(units[a], units[b]):
                assert (a, b) in found


def _held_one_by_one(units: Sequence[Unit], cap: int) -> Iterator[tuple[int, int]]:
    """The pairs of the containment index, each unit reading its candidates alone."""
    postings: dict[str, list[int]] = {}
    for k, unit in enumerate(units):
        for key in unit.content:
            postings.setdefault(key, []).append(k)
    for k, unit in enumerate(units):
        size = len(unit.content)
        if not size:
            continue
        need = 1 if size <= 4 else size - math.ceil(size * 3 / 5) + 1
        rarest = sorted(unit.content, key=lambda key: (len(postings[key]), key))[:need]
        others = [o for key in rarest for o in postings[key] if len(units[o].content) >= size]
        read = [other for other in dict.fromkeys(others) if other != k]
        yield from ((k, other) for other in read[:cap])


@pytest.mark.parametrize("cap", [1, 3, 128])
def test_units_alike_read_what_each_would_read_alone(
    cap: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_link, "CANDIDATES", cap)
    units = [u for a in _speaker_articles(4, 12) for u in Profile(a, a.id or "").units]
    assert list(_link._held(units)) == list(_held_one_by_one(units, cap))


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000))
def test_the_index_finds_every_pair_of_wordings_that_match_well_enough(seed: int) -> None:
    rng = random.Random(seed)
    vocabulary = ["the", "and", "we", "will", "port", "quay", "ferry", "boat", "sea", "isle"]
    base = [[rng.choice(vocabulary) for _ in range(rng.randint(2, 14))] for _ in range(6)]
    wordings = set()
    for words in base:
        for _ in range(4):
            edited = [rng.choice(vocabulary) if rng.random() < 0.3 else w for w in words]
            wordings.add(tuple(w for w in edited if rng.random() > 0.1) or ("sea",))
    listed = sorted(wordings)
    found = set(_link._similar(listed))
    for a in range(len(listed)):
        for b in range(a + 1, len(listed)):
            matched = _align.matched(listed[a], listed[b])
            if 2 * matched / (len(listed[a]) + len(listed[b])) >= 0.45:
                assert (a, b) in found
