"""Which quote units of a story's articles render one utterance.

The articles of a story come as *sources*: articles with the same text and quotes
(copies of one another) are one source, read once, with all their ids. Units are
linked through two indexes, never all against all:

- **containment**: a posting list of the content words of every unit. A unit of ``c``
  content words is held by another only if they share one of its ``c - ceil(0.6 c) + 1``
  rarest content words (its rarest, for a fragment of four or fewer), so those postings
  alone are read;
- **order**: for each speaker, a posting list of the keys of the speaker's distinct
  wordings, each key counted with its occurrence (``the#1``, ``the#2``). Two wordings
  can match well enough (``2 m / (a + b) >= 0.45`` for ``m`` keys matched of ``a`` and
  ``b``) only if they share ``ceil(9 a / 31)`` keys, so the rarest
  ``a - ceil(9 a / 31) + 1`` keys of each are indexed and read (prefix filtering); two
  met first at a key share none rarer, which bounds what they can share (positional
  filtering), and then their shared keys must be enough. The pairs so found, verified,
  are the cells of the order-keeping alignment of two sources (``_order``).

Both indexes are exact: they find every pair that comparing all with all would. A unit
(a wording) reads at most :data:`CANDIDATES` others in each. The copies of a unit in a
source of several articles are one utterance (each holds the other), so they are
linked without being compared.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

import attrs

from newsseed._compare._align import matched
from newsseed._compare._order import in_order
from newsseed._compare._unionfind import UnionFind
from newsseed._compare._units import Unit

__all__ = ("CANDIDATES", "Source", "contains", "covers", "link", "similarity")

# Two units are one utterance when one holds this share of the other's content words,
_CONTAINED: Final = 0.6
# or, being a speaker's quotes in order in two articles, their keys match this well.
_IN_ORDER: Final = 0.45
_SHORT: Final = 4  # content words of a fragment that must appear as a run in the other
#: The other units a unit is compared with, at most, in each index (containment, and
#: order among a speaker's quotes): far above what real stories need (in BBC + PolNeAR
#: and in the 10,000-article benchmark collection, whose stories have up to 41
#: articles, a unit meets at most 74 others in the first and a wording 23 in the
#: second), so that a story made of one repeated wording stays linear.
CANDIDATES: Final = 128
_FEW: Final = 8  # a speaker's wordings that are all paired, without an index


@attrs.frozen
class Source:
    """Articles of one story with the same text and quotes: their units, read once from
    the first of them, and the positions of all of them in the comparison's order."""

    units: Sequence[Unit]
    positions: tuple[int, ...]


def covers(unit: Unit, other: Unit) -> float:
    """The share of ``other``'s words that ``unit`` says in the same order."""
    return matched(unit.keys, other.keys) / max(1, len(other.keys))


def similarity(a: Unit, b: Unit) -> float:
    """As :meth:`difflib.SequenceMatcher.ratio`: twice the matched keys over all keys."""
    total = len(a.keys) + len(b.keys)
    return 2 * matched(a.keys, b.keys) / total if total else 1.0


def contains(a: Unit, b: Unit) -> bool:
    """Whether one unit holds the other: most of its content words, or, for a short
    fragment, all its words in a row (``deep and ongoing``), either way when both are
    as short."""
    small, large = (a, b) if len(a.content) <= len(b.content) else (b, a)
    if not small.content:
        return False
    if len(small.content) <= _SHORT:
        if _run_in(small.keys, large.keys):
            return True
        return len(large.content) == len(small.content) and _run_in(large.keys, small.keys)
    return len(small.content & large.content) / len(small.content) >= _CONTAINED


def _run_in(needle: Sequence[str], haystack: Sequence[str]) -> bool:
    """Whether ``needle`` (two keys or more) is a run of ``haystack`` (a substring search:
    keys hold no NUL)."""
    if len(needle) < 2:
        return False
    return "\0" + "\0".join(needle) + "\0" in "\0" + "\0".join(haystack) + "\0"


def link(sources: Sequence[Source]) -> list[list[int]]:
    """The groups of units, numbered through the sources in order, that render one
    utterance in two articles or more."""
    units = [unit for source in sources for unit in source.units]
    source_of = [n for n, source in enumerate(sources) for _ in source.units]
    copies = [len(sources[n].positions) > 1 for n in source_of]
    joined = UnionFind(len(units))
    # Linked to itself in the other copies: a unit that holds words, or has a speaker.
    copied = [copies[k] and bool(unit.content or unit.speaker) for k, unit in enumerate(units)]
    # Whether one unit holds another, and how similar two are, depend on their keys
    # alone: each pair of wordings is compared once.
    wordings: dict[tuple[str, ...], int] = {}
    wording = [wordings.setdefault(unit.keys, len(wordings)) for unit in units]
    held: dict[tuple[int, int], bool] = {}
    speaker = [unit.speaker for unit in units]
    for k, other in _held(units):
        if source_of[k] == source_of[other] and not copies[k]:
            continue  # two units of one article
        if speaker[k] is not None and speaker[other] is not None and speaker[k] != speaker[other]:
            continue  # two speakers (one unit with none may be anyone's)
        pair = (wording[k], wording[other])
        holds = held.get(pair)
        if holds is None:
            holds = held[pair] = contains(units[k], units[other])
        if holds:
            joined.join(k, other)
    for k, other in _in_order(units, sources, source_of, _Scores(units, wording)):
        joined.join(k, other)
    found = defaultdict(list)
    for k in range(len(units)):
        found[joined.find(k)].append(k)
    return [group for group in found.values() if len(group) > 1 or copied[group[0]]]


def _held(units: Sequence[Unit]) -> Iterator[tuple[int, int]]:
    """Pairs of units, one of which may hold the other (found through its rarest content
    words), each unit reading at most ``CANDIDATES`` others."""
    postings: dict[str, list[int]] = defaultdict(list)
    for k, unit in enumerate(units):
        for key in unit.content:
            postings[key].append(k)
    # The units that have the same content words read the same others (each but itself):
    # they are listed once for them.
    listed: dict[frozenset[str], list[int]] = {}
    for k, unit in enumerate(units):
        if not unit.content:
            continue
        found = listed.get(unit.content)
        if found is None:
            found = listed[unit.content] = _candidates(unit.content, postings, units)
        count = 0
        for other in found:
            if other != k:
                yield k, other
                count += 1
                if count == CANDIDATES:
                    break


def _candidates(
    content: frozenset[str], postings: Mapping[str, list[int]], units: Sequence[Unit]
) -> list[int]:
    """The units (one more than ``CANDIDATES``, at most) that a unit of ``content`` reads:
    those that have one of its rarest content words, and as many content words."""
    size = len(content)
    need = 1 if size <= _SHORT else size - math.ceil(size * 3 / 5) + 1
    rarest = sorted(content, key=lambda key: (len(postings[key]), key))[:need]
    seen: set[int] = set()
    found = []
    for key in rarest:
        for other in postings[key]:
            if other in seen or len(units[other].content) < size:
                continue  # a smaller unit finds this one through its own words
            seen.add(other)
            found.append(other)
            if len(found) > CANDIDATES:
                return found
    return found


class _Scores:
    """The similarity of two units, computed once for each two wordings (in order)."""

    def __init__(self, units: Sequence[Unit], wording: Sequence[int]) -> None:
        self.units, self.wording = units, wording
        self.found: dict[tuple[int, int], float] = {}

    def of(self, row: int, column: int) -> float:
        pair = (self.wording[row], self.wording[column])
        score = self.found.get(pair)
        if score is None:
            score = self.found[pair] = similarity(self.units[row], self.units[column])
        return score


def _in_order(
    units: Sequence[Unit], sources: Sequence[Source], source_of: Sequence[int], scores: _Scores
) -> Iterator[tuple[int, int]]:
    """The pairs of each speaker's best order-keeping alignment in each two sources that
    hold similar quotes of the speaker; in both directions where the sources' articles
    come in both orders (the alignment breaks ties by its direction)."""
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for k, unit in enumerate(units):
        if unit.speaker is not None:
            by_speaker[unit.speaker].append(k)
    for speaker in sorted(by_speaker):
        nodes = by_speaker[speaker]
        place: dict[int, int] = {}  # a unit's place among the speaker's units of its source
        count: dict[int, int] = defaultdict(int)
        for k in nodes:
            place[k] = count[source_of[k]]
            count[source_of[k]] += 1
        pairs: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
        for k, other in _similar_units(units, nodes, source_of):
            first, second = (k, other) if source_of[k] < source_of[other] else (other, k)
            pairs[(source_of[first], source_of[second])].append((first, second))
        for (left, right), found in sorted(pairs.items()):
            if min(sources[left].positions) < max(sources[right].positions):
                yield from _aligned(found, place, count[right], scores)
            if min(sources[right].positions) < max(sources[left].positions):
                flipped = [(second, first) for first, second in found]
                yield from _aligned(flipped, place, count[left], scores)


def _aligned(
    found: Sequence[tuple[int, int]], place: dict[int, int], columns: int, scores: _Scores
) -> Iterator[tuple[int, int]]:
    """The pairs of the best order-keeping alignment of one source's units (rows) with
    another's (columns), given the pairs that may be similar."""
    cells = {}
    for row, column in found:
        score = scores.of(row, column)
        if score >= _IN_ORDER:
            cells[(place[row], place[column])] = (row, column, score)
    chosen = in_order([(place[r], place[c], s) for r, c, s in cells.values()], columns)
    for at in chosen:
        row, column, _ = cells[at]
        yield row, column


def _similar_units(
    units: Sequence[Unit], nodes: Sequence[int], source_of: Sequence[int]
) -> Iterator[tuple[int, int]]:
    """Pairs of a speaker's units from two sources whose wordings may match well enough
    (the same wording, or two found by :func:`_similar`), each unit in at most
    ``CANDIDATES`` pairs."""
    holders: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for k in nodes:
        holders[units[k].keys].append(k)
    wordings = list(holders)
    same = [(n, n) for n, wording in enumerate(wordings) if len(holders[wording]) > 1]
    used: dict[int, int] = defaultdict(int)
    for first, second in itertools.chain(same, _similar(wordings)):
        for k in holders[wordings[first]]:
            for other in holders[wordings[second]]:
                if source_of[k] == source_of[other] or (first == second and other < k):
                    continue
                if used[k] < CANDIDATES and used[other] < CANDIDATES:
                    used[k] += 1
                    used[other] += 1
                    yield k, other


def _similar(wordings: Sequence[tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """Pairs of distinct wordings that may match well enough: they share one of the
    rarest keys of each (prefix filtering) and enough keys in all; each wording reads at
    most ``CANDIDATES`` of those after it, each pair once. A speaker with a few wordings only has
    them all paired (an index would cost more than it saves)."""
    if len(wordings) <= _FEW:
        yield from itertools.combinations(range(len(wordings)), 2)
        return
    tokens = [_tokens(keys) for keys in wordings]
    sets = [frozenset(found) for found in tokens]
    frequency = Counter(itertools.chain.from_iterable(tokens))
    # One order for all: the rarest first, then by the token itself.
    rank = {token: n for n, token in enumerate(sorted(frequency, key=lambda t: (frequency[t], t)))}
    prefixes = []
    # Each key's wordings (in order) and the key's place in each one's prefix.
    postings: dict[tuple[str, int], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for n, found in enumerate(tokens):
        size = len(found)
        prefixes.append(sorted(found, key=rank.__getitem__)[: size - (9 * size + 30) // 31 + 1])
        for at, token in enumerate(prefixes[n]):
            holders, places = postings[token]
            holders.append(n)
            places.append(at)
    for n, prefix in enumerate(prefixes):
        yield from ((n, other) for other in _similar_after(n, prefix, postings, sets))


def _similar_after(
    n: int,
    prefix: Sequence[tuple[str, int]],
    postings: Mapping[tuple[str, int], tuple[list[int], list[int]]],
    sets: Sequence[frozenset[tuple[str, int]]],
) -> Iterator[int]:
    """The wordings after the ``n``-th that may match it well enough, met through its
    prefix (each pair is met from both sides: from the first is enough)."""
    size = len(sets[n])
    seen: set[int] = set()
    for at, token in enumerate(prefix):
        holders, places = postings[token]
        for index in range(bisect.bisect_right(holders, n), len(holders)):
            other = holders[index]
            if other in seen:
                continue
            if len(seen) == CANDIDATES:
                return
            seen.add(other)
            # 2 m / (a + b) >= 0.45 needs 40 shared keys >= 9 (a + b). Met first here,
            # the two share no rarer key (it would be in both prefixes, and met), so at
            # most this one and those after it on the shorter side.
            least = 9 * (size + len(sets[other]))
            if (
                40 * min(size - at, len(sets[other]) - places[index]) >= least
                and 40 * len(sets[n] & sets[other]) >= least
            ):
                yield other


def _tokens(keys: Sequence[str]) -> list[tuple[str, int]]:
    """Each key with how many times it came before: a multiset as a set."""
    before: dict[str, int] = defaultdict(int)
    out = []
    for key in keys:
        out.append((key, before[key]))
        before[key] += 1
    return out
