"""Which quote units of a story's articles render one utterance."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Final

from newsseed._compare._align import matched
from newsseed._compare._unionfind import UnionFind
from newsseed._compare._units import Unit
from newsseed._wording import ELLIPSIS

__all__ = ("covers", "link_units")

# Two units are one utterance when one holds this share of the other's content words,
_CONTAINED: Final = 0.6
# or, being a speaker's quotes in order in two articles, their keys match this well.
_IN_ORDER: Final = 0.45
_SHORT: Final = 4  # content words of a fragment that must appear as a run in the other


def covers(unit: Unit, other: Unit) -> float:
    """The share of ``other``'s words that ``unit`` says in the same order."""
    if unit is other:
        return 0.0
    return matched(unit.keys, other.keys) / max(1, len(other.keys))


def _similarity(a: Unit, b: Unit) -> float:
    """As :meth:`difflib.SequenceMatcher.ratio`: twice the matched keys over all keys."""
    total = len(a.keys) + len(b.keys)
    return 2 * matched(a.keys, b.keys) / total if total else 1.0


def _contains(a: Unit, b: Unit) -> bool:
    """Whether one unit holds the other: most of its content words, or, for a short
    fragment, all its words in a row (``deep and ongoing``)."""
    small, large = (a, b) if len(a.content) <= len(b.content) else (b, a)
    if not small.content:
        return False
    if len(small.content) <= _SHORT:
        keys = [k for k in small.keys if k != ELLIPSIS]
        return len(keys) >= 2 and _run_in(keys, large.keys)
    return len(small.content & large.content) / len(small.content) >= _CONTAINED


def _run_in(needle: Sequence[str], haystack: Sequence[str]) -> bool:
    size = len(needle)
    first = needle[0]
    return any(
        haystack[i] == first and list(haystack[i : i + size]) == list(needle)
        for i in range(len(haystack) - size + 1)
    )


def _compatible(a: Unit, b: Unit) -> bool:
    return a.speaker is None or b.speaker is None or a.speaker == b.speaker


def link_units(units: Sequence[Unit]) -> UnionFind:
    joined = UnionFind(len(units))
    by_article: dict[str, list[int]] = defaultdict(list)
    for index, unit in enumerate(units):
        by_article[unit.article_id].append(index)
    articles = sorted(by_article)
    for i, first in enumerate(articles):
        for second in articles[i + 1 :]:
            _link_pair(units, by_article[first], by_article[second], joined)
    return joined


def _link_pair(
    units: Sequence[Unit], left: Sequence[int], right: Sequence[int], joined: UnionFind
) -> None:
    """Join the units of two articles that render one utterance."""
    for a in left:
        for b in right:
            if _compatible(units[a], units[b]) and _contains(units[a], units[b]):
                joined.join(a, b)
    # A speaker's quotes in two articles, in the same order: a rewording keeps little but
    # its shape, so the best order-keeping alignment pairs them (Needleman-Wunsch).
    speakers = {units[a].speaker for a in left} & {units[b].speaker for b in right}
    for speaker in sorted(s for s in speakers if s is not None):
        xs = [a for a in left if units[a].speaker == speaker]
        ys = [b for b in right if units[b].speaker == speaker]
        for a, b in _align(units, xs, ys):
            joined.join(a, b)


def _align(units: Sequence[Unit], xs: Sequence[int], ys: Sequence[int]) -> list[tuple[int, int]]:
    n, m = len(xs), len(ys)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = _similarity(units[xs[i]], units[ys[j]])
            pair = score[i + 1][j + 1] + s if s >= _IN_ORDER else -1.0
            score[i][j] = max(pair, score[i + 1][j], score[i][j + 1])
    pairs = []
    i = j = 0
    while i < n and j < m:
        s = _similarity(units[xs[i]], units[ys[j]])
        if s >= _IN_ORDER and score[i][j] == score[i + 1][j + 1] + s:
            pairs.append((xs[i], ys[j]))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs
