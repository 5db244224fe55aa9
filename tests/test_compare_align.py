"""The word-level alignment of compare: exactly difflib's on wordings of ordinary length,
linear work on long ones, always a valid edit script; and the order-keeping pairing of a
speaker's quotes, which works on the few similar pairs and must pair as the full table.
"""

from __future__ import annotations

import difflib
import random
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsseed
from newsseed import _wording
from newsseed._compare import _align
from newsseed._compare._align import EXACT, WINDOW, Block, blocks, opcodes
from newsseed._compare._order import in_order

_keys = st.lists(st.sampled_from("abcdefgh"), max_size=60)


def _check_script(a: Sequence[str], b: Sequence[str], found: Sequence[Block]) -> None:
    """Blocks in order on both sides, each equal, adjacent ones joined, the sentinel last;
    the opcodes made of them cover both sides, step after step."""
    i = j = 0
    for ai, bj, size in found[:-1]:
        assert ai >= i
        assert bj >= j
        assert size > 0
        assert list(a[ai : ai + size]) == list(b[bj : bj + size])
        assert (ai, bj) != (i, j) or (i, j) == (0, 0)
        i, j = ai + size, bj + size
    assert found[-1] == (len(a), len(b), 0)
    steps = _align._steps(found, len(a), len(b))
    i = j = 0
    for tag, i1, i2, j1, j2 in steps:
        assert (i1, j1) == (i, j)
        if tag == "equal":
            assert list(a[i1:i2]) == list(b[j1:j2])
        i, j = i2, j2
    assert (i, j) == (len(a), len(b))


@given(_keys, _keys, st.integers(0, 12), st.integers(1, 8))
def test_the_linear_diff_is_a_valid_edit_script(
    a: list[str], b: list[str], exact: int, window: int
) -> None:
    _check_script(a, b, blocks(a, b, exact=exact, window=window))


@given(_keys, st.data())
def test_the_linear_diff_of_a_wording_and_its_edit_is_valid(
    a: list[str], data: st.DataObject
) -> None:
    b = list(a)
    for _ in range(data.draw(st.integers(0, 6))):
        at = data.draw(st.integers(0, len(b)))
        b[at:at] = data.draw(st.lists(st.sampled_from("abcxyz"), max_size=3))
    found = blocks(a, b, exact=4, window=data.draw(st.integers(1, 6)))
    _check_script(a, b, found)
    if a == b:
        assert found[0] == (0, 0, len(a)) or not a


@given(_keys, _keys)
def test_wordings_of_ordinary_length_are_diffed_as_difflib_does(a: list[str], b: list[str]) -> None:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    assert blocks(a, b) == [tuple(block) for block in matcher.get_matching_blocks()]
    assert list(opcodes(tuple(a), tuple(b))) == matcher.get_opcodes()
    itself = difflib.SequenceMatcher(None, a, a, autojunk=False)
    assert blocks(tuple(a), tuple(a)) == [tuple(block) for block in itself.get_matching_blocks()]


@given(_keys, _keys, st.data())
def test_a_stretch_is_matched_as_difflib_matches_it_alone(
    a: list[str], b: list[str], data: st.DataObject
) -> None:
    """The blocks of a stretch of each side (the linear diff's, and a wording's whole)
    are difflib's blocks of the two stretches alone, placed in the wordings."""
    alo = data.draw(st.integers(0, len(a)))
    ahi = data.draw(st.integers(alo, len(a)))
    blo = data.draw(st.integers(0, len(b)))
    bhi = data.draw(st.integers(blo, len(b)))
    matcher = difflib.SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
    expected = [(alo + i, blo + j, k) for i, j, k in matcher.get_matching_blocks()]
    for side_a, side_b in ((a, b), (tuple(a), tuple(b))):
        assert _align._difflib(side_a, side_b, (alo, ahi, blo, bhi)) == expected


def test_a_wording_of_the_exact_length_still_goes_to_difflib() -> None:
    rng = random.Random(7)
    a = [rng.choice("abcdefghij") for _ in range(EXACT)]
    b = [rng.choice("abcdefghij") for _ in range(EXACT)]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    assert blocks(a, b) == [tuple(block) for block in matcher.get_matching_blocks()]


def _long_wording(size: int, seed: int) -> tuple[list[str], list[str]]:
    """``size`` made-up words, and a copy with one word in fifty changed or dropped."""
    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(2000)] + ["the", "and", "of", "to", "a"] * 200
    a = [rng.choice(vocabulary) for _ in range(size)]
    b = []
    for word in a:
        roll = rng.random()
        if roll < 0.01:
            continue
        b.append("changed" if roll < 0.02 else word)
    return a, b


def test_a_long_quote_is_aligned_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """difflib sees stretches of at most WINDOW keys a side, each key in one of them, so
    its work is at most WINDOW times the length; anchors are read at most once a level."""
    areas: list[int] = []
    read: list[int] = []
    exact = _align._difflib
    anchors = _align._Long.anchors

    def watched(a: Sequence[str], b: Sequence[str], at: tuple[int, int, int, int]) -> list[Block]:
        areas.append((at[1] - at[0]) * (at[3] - at[2]))
        return exact(a, b, at)

    def counted(self: _align._Long, at: tuple[int, int, int, int]) -> list[tuple[int, int]]:
        read.append(at[1] - at[0] + at[3] - at[2])
        return anchors(self, at)

    monkeypatch.setattr(_align, "_difflib", watched)
    monkeypatch.setattr(_align._Long, "anchors", counted)
    repetitive = (["the", "port", "and", "the", "quay"] * 2000, ["the", "quay", "and"] * 3000)
    for a, b in (_long_wording(4000, seed=1), _long_wording(12000, seed=2), repetitive):
        areas.clear()
        read.clear()
        found = blocks(a, b)
        _check_script(a, b, found)
        assert max(areas) <= WINDOW * WINDOW, "difflib sees short stretches only"
        assert sum(areas) <= WINDOW * (len(a) + len(b))
        assert sum(read) <= (_align._DEPTH + 1) * (len(a) + len(b))
    kept = _long_wording(12000, seed=2)
    assert sum(s for _, _, s in blocks(*kept)) >= 0.95 * len(kept[1]), "it finds what is kept"


def test_compare_aligns_two_long_quotes_by_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    areas: list[int] = []
    exact = _align._difflib

    def watched(a: Sequence[str], b: Sequence[str], at: tuple[int, int, int, int]) -> list[Block]:
        areas.append((at[1] - at[0]) * (at[3] - at[2]))
        return exact(a, b, at)

    monkeypatch.setattr(_align, "_difflib", watched)
    a, b = _long_wording(3000, seed=1)
    intro = "Harbour Minister Ina Moss spoke in Porto Vell on Monday about the ferry link.\n\n"
    articles = [
        newsseed.parse(f'Harbour speech\n\n{intro}"{" ".join(words)}," Moss said.', id=name)
        for name, words in (("a", a), ("b", b))
    ]
    (group,) = newsseed.compare(articles).quote_groups
    assert [m.fidelity for m in group.members] == ["verbatim", "altered"]
    assert max(areas) <= WINDOW * WINDOW


# ------------------------------------------------------------------------ in order


def _full_table(score: list[list[float]], least: float) -> list[tuple[int, int]]:
    """The order-keeping pairing as compare made it before: the whole table, then its
    traceback from the top left."""
    n, m = len(score), len(score[0]) if score else 0
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = score[i][j]
            pair = best[i + 1][j + 1] + s if s >= least else -1.0
            best[i][j] = max(pair, best[i + 1][j], best[i][j + 1])
    pairs = []
    i = j = 0
    while i < n and j < m:
        s = score[i][j]
        if s >= least and best[i][j] == best[i + 1][j + 1] + s:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


_scores = st.sampled_from([0.0, 0.3, 0.45, 0.5, 2 / 3, 0.7, 0.8, 1.0])


@given(
    st.integers(0, 8).flatmap(
        lambda m: st.lists(st.lists(_scores, min_size=m, max_size=m), max_size=8)
    )
)
def test_pairing_in_order_from_the_similar_pairs_is_the_full_tables(
    score: list[list[float]],
) -> None:
    columns = len(score[0]) if score else 0
    cells = [(i, j, s) for i, row in enumerate(score) for j, s in enumerate(row) if s >= 0.45]
    assert in_order(cells, columns) == _full_table(score, 0.45)


@given(
    st.lists(st.tuples(st.integers(1, 3), st.integers(1, 3)), max_size=12),
    st.lists(st.floats(0.45, 1.0), min_size=12, max_size=12),
    st.integers(0, 3),
)
def test_quotes_in_the_same_order_are_all_paired_as_the_full_table_pairs_them(
    steps: list[tuple[int, int]], values: list[float], extra: int
) -> None:
    """Cells each below and right of the one before (one speaker's quotes in the same
    order in two articles) are all paired, whatever their scores."""
    i = j = -1
    chain = []
    for (down, right), value in zip(steps, values, strict=False):
        i, j = i + down, j + right
        chain.append((i, j, value))
    rows, columns = i + 1 + extra, j + 1 + extra
    score = [[0.0] * columns for _ in range(rows)]
    for row, column, value in chain:
        score[row][column] = value
    found = in_order(chain[::-1], columns)
    assert found == [(row, column) for row, column, _ in chain]
    assert found == _full_table(score, 0.45)


# ------------------------------------------------------------------------ country names

_NAMES = [name for names in _wording._by_first_key().values() for name, _ in names]
_NAME_KEYS = sorted({key for name in _NAMES for key in name})


@given(st.lists(st.sampled_from([*_NAME_KEYS[:300], "the", "and", "said"]), max_size=40))
def test_country_names_become_one_key_longest_first(keys: list[str]) -> None:
    """Read left to right, each key that starts a country's name is replaced with the
    longest name that starts there, and every other key is kept where it stands."""
    by_first_key = _wording._by_first_key()
    out = _wording._countries(keys)
    at = 0
    for key, start in out:
        assert start == at
        names = [
            (n, code)
            for n, code in by_first_key.get(keys[start], ())
            if tuple(keys[start : start + len(n)]) == n
        ]
        if names:
            longest, code = max(names, key=lambda item: len(item[0]))
            assert key == code
            at = start + len(longest)
        else:
            assert key == keys[start]
            at = start + 1
    assert at == len(keys)


_PIECES = [*"ab1é .…-’'\n,!?", ". . .", "U.S.", "...", "\ud800"]


_QUOTED = st.lists(st.sampled_from([*_PIECES, '"', "“", "”", "Mr.", "we're"]), max_size=40)


@given(_QUOTED.map("".join), st.data())
def test_stretches_read_apart_give_the_keys_of_the_whole(text: str, data: st.DataObject) -> None:
    """A text's keys, stretches of it read on their own (quotes, read once for their
    features and units): where a stretch does not stand apart, it is read again."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    stretches = zip(cuts[::2], cuts[1::2], strict=False)
    known = [(start, end, _wording.read(text[start:end])[1]) for start, end in stretches]
    assert _wording.text_keys(text, known) == _wording.text_keys(text)


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_words_are_where_the_word_pattern_matches(text: str) -> None:
    """words_of finds each word by searching for its text after the previous one; that
    must be where the pattern matched it."""
    expected = [
        (m.start(), m.end(), m.group())
        for m in _wording._WORD().finditer(text)
        if _wording._keys(m.group())
    ]
    assert [(w.start, w.end, w.text) for w in _wording.words_of(text)] == expected
