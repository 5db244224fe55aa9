"""Word-level alignment of two keyed wordings: the edit script and the matched count.

Wordings of up to :data:`EXACT` keys each (every quoted sentence of the corpora) are
aligned exactly as :class:`difflib.SequenceMatcher` aligns them (``autojunk=False``).
Longer ones, whose difflib alignment costs time that grows with the square of their
length or worse, are aligned in linear work (:class:`_Long`):

1. the common prefix and suffix match;
2. the keys found once in each side anchor the rest (patience diff): the longest run of
   anchors in the same order on both sides matches, each anchor extended over the equal
   keys around it;
3. the stretches between anchors are aligned the same way, at most :data:`_DEPTH`
   levels deep, and a stretch of up to :data:`WINDOW` keys on each side by difflib;
4. a stretch still longer than that is cut into windows of at most :data:`WINDOW` keys,
   the n-th window of one side aligned with the n-th of the other by difflib.

Each level reads each key a bounded number of times, and each window costs a bounded
amount, so the work grows linearly with the length. The result is a valid edit script
of one wording into the other (equal blocks are equal), though not always the one
difflib would find.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Sequence
from typing import Final

__all__ = ("EXACT", "WINDOW", "Block", "Opcode", "blocks", "clear_caches", "matched", "opcodes")

#: Wordings of up to this many keys each are aligned exactly as difflib aligns them.
EXACT: Final = 256
#: How many levels of anchors a long wording is cut into before windows are used.
_DEPTH: Final = 4
#: Between anchors, the stretches of up to this many keys on each side go to difflib,
#: and where anchors run out, longer ones are cut into windows of this size at most.
WINDOW: Final = 64

Block = tuple[int, int, int]
"""A run of equal keys: its start in ``a``, its start in ``b``, its length."""
Opcode = tuple[str, int, int, int, int]
"""As :meth:`difflib.SequenceMatcher.get_opcodes`: tag, i1, i2, j1, j2."""


def opcodes(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[Opcode, ...]:
    """The steps that turn ``a`` into ``b``, as difflib's ``get_opcodes`` gives them.

    >>> opcodes(("we", "will", "sail"), ("we", "will", "run"))
    (('equal', 0, 2, 0, 2), ('replace', 2, 3, 2, 3))
    """
    return _opcodes(a, b)


def matched(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many keys of ``a`` and ``b`` match, in order.

    >>> matched(("we", "will", "sail"), ("we", "sail"))
    2
    """
    return _matched(a, b)


def clear_caches() -> None:
    """Forget the alignments remembered so far (for benchmarks: a repeated run must not
    find its work done)."""
    for cached in (_blocks, _opcodes, _matched, _where):
        cached.cache_clear()


# Alignments are remembered by their keys: a collection repeats its quotes (copies,
# agency stories), and each pair is asked about more than once (its similarity when
# units are linked, its coverage when a reference is chosen, its diff last).
@functools.lru_cache(maxsize=1 << 16)
def _blocks(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[Block, ...]:
    return tuple(blocks(a, b))


@functools.lru_cache(maxsize=1 << 16)
def _opcodes(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[Opcode, ...]:
    return tuple(_steps(_blocks(a, b), len(a), len(b)))


@functools.lru_cache(maxsize=1 << 16)
def _matched(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    return sum(size for _, _, size in _blocks(a, b))


def blocks(
    a: Sequence[str], b: Sequence[str], *, exact: int = EXACT, window: int = WINDOW
) -> list[Block]:
    """The runs of keys that match, in order on both sides, adjacent runs joined, and a
    last ``(len(a), len(b), 0)`` (as difflib's ``get_matching_blocks``).

    Sides of up to ``exact`` keys each go to difflib; longer ones are aligned in linear
    work, with stretches and windows of ``window`` keys (the module's docstring says how).

    >>> blocks(["a", "b", "c"], ["a", "c"])
    [(0, 0, 1), (2, 1, 1), (3, 2, 0)]
    """
    if len(a) <= exact and len(b) <= exact:
        return _difflib(a, b, (0, len(a), 0, len(b)))
    long = _Long(a, b, window)
    long.align(0, len(a), 0, len(b), 0)
    return [*_joined(long.found), (len(a), len(b), 0)]


def _steps(matching: Sequence[Block], size_a: int, size_b: int) -> list[Opcode]:
    """Opcodes from matching blocks, exactly as difflib makes them."""
    steps: list[Opcode] = []
    i = j = 0
    for ai, bj, size in matching:
        if i < ai and j < bj:
            steps.append(("replace", i, ai, j, bj))
        elif i < ai:
            steps.append(("delete", i, ai, j, bj))
        elif j < bj:
            steps.append(("insert", i, ai, j, bj))
        i, j = ai + size, bj + size
        if size:
            steps.append(("equal", ai, i, bj, j))
    return steps


def _difflib(a: Sequence[str], b: Sequence[str], at: tuple[int, int, int, int]) -> list[Block]:
    """difflib's matching blocks of ``a[alo:ahi]`` and ``b[blo:bhi]`` (``at`` is
    ``alo, ahi, blo, bhi``), sentinel last, placed in ``a`` and ``b``.

    They are those of ``SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)``,
    found by its algorithm: the longest run of equal keys (the first in ``a``, then in
    ``b``) matches, and the stretches before and after it are matched the same way. With
    no junk, that run cannot be extended, which spares difflib's four loops that try;
    the index of ``b`` is made once for a wording, not once for each pair.
    """
    alo, ahi, blo, bhi = at
    if alo == 0 and blo == 0 and ahi == len(a) and bhi == len(b) and isinstance(b, tuple):
        if a == b:  # a wording weighed against its own copies
            return [(0, 0, ahi), (ahi, bhi, 0)] if ahi else [(0, 0, 0)]
        where = _where(b)
    else:
        where = _index(b, blo, bhi)
    found: list[Block] = []
    queue = [at]
    while queue:
        lo_a, hi_a, lo_b, hi_b = stretch = queue.pop()
        i, j, size = _longest(a, where, stretch)
        if size:
            found.append((i, j, size))
            if lo_a < i and lo_b < j:
                queue.append((lo_a, i, lo_b, j))
            if i + size < hi_a and j + size < hi_b:
                queue.append((i + size, hi_a, j + size, hi_b))
    found.sort()
    return [*_joined(found), (ahi, bhi, 0)]


_NOWHERE: Final[list[int]] = []


def _longest(a: Sequence[str], where: dict[str, list[int]], at: tuple[int, int, int, int]) -> Block:
    """The longest run of keys of ``a[alo:ahi]`` found in ``b[blo:bhi]`` (``at``;
    ``where``: the places of each key of ``b``), the first in ``a`` then in ``b`` among
    the longest (as difflib's ``find_longest_match``)."""
    alo, ahi, blo, bhi = at
    best_i, best_j, best = alo, blo, 0
    # The length of the run ending at each place of b that ends one, for the last key of a.
    runs: dict[int, int] = {}
    for i in range(alo, ahi):
        previous = runs.get
        runs = {}
        for j in where.get(a[i], _NOWHERE):
            if j < blo:
                continue
            if j >= bhi:
                break
            size = runs[j] = previous(j - 1, 0) + 1
            if size > best:
                best_i, best_j, best = i - size + 1, j - size + 1, size
    return best_i, best_j, best


def _index(b: Sequence[str], blo: int, bhi: int) -> dict[str, list[int]]:
    """The places of each key of ``b[blo:bhi]``, in order."""
    where: dict[str, list[int]] = {}
    for j in range(blo, bhi):
        where.setdefault(b[j], []).append(j)
    return where


@functools.lru_cache(maxsize=1024)
def _where(b: tuple[str, ...]) -> dict[str, list[int]]:
    """The places of each key of a wording (remembered: a wording is aligned with a few
    others in a row)."""
    return _index(b, 0, len(b))


class _Long:
    """The linear alignment of two long wordings, its blocks appended to ``found``."""

    def __init__(self, a: Sequence[str], b: Sequence[str], window: int) -> None:
        self.a, self.b, self.window = a, b, window
        self.found: list[Block] = []

    def align(self, alo: int, ahi: int, blo: int, bhi: int, depth: int) -> None:
        """Append the matching blocks of ``a[alo:ahi]`` and ``b[blo:bhi]``, in order."""
        a, b, found = self.a, self.b, self.found
        start = alo
        while alo < ahi and blo < bhi and a[alo] == b[blo]:
            alo, blo = alo + 1, blo + 1
        if alo > start:
            found.append((start, blo - (alo - start), alo - start))
        end = ahi
        while ahi > alo and bhi > blo and a[ahi - 1] == b[bhi - 1]:
            ahi, bhi = ahi - 1, bhi - 1
        if alo < ahi and blo < bhi:
            at = (alo, ahi, blo, bhi)
            if ahi - alo <= self.window and bhi - blo <= self.window:
                found.extend(block for block in _difflib(a, b, at) if block[2])
            elif depth < _DEPTH and (anchors := self.anchors(at)):
                self.between(at, anchors, depth)
            else:
                self.windows(at)
        if end > ahi:
            found.append((ahi, bhi, end - ahi))

    def anchors(self, at: tuple[int, int, int, int]) -> list[tuple[int, int]]:
        """The keys found once on each side, as ``(i, j)`` pairs: the longest chain of
        them in the same order on both sides (patience sorting, n log n)."""
        a, b = self.a, self.b
        alo, ahi, blo, bhi = at
        in_a = Counter(a[alo:ahi])
        in_b = Counter(b[blo:bhi])
        where_b = {b[j]: j for j in range(blo, bhi) if in_b[b[j]] == 1 and in_a[b[j]] == 1}
        pairs = [(i, where_b[a[i]]) for i in range(alo, ahi) if a[i] in where_b]
        # The longest strictly increasing run of j (i increases already).
        tails: list[int] = []  # the smallest last j of a chain of each length
        tail_at: list[int] = []  # the index into pairs of that last pair
        before: list[int] = []
        for index, (_, j) in enumerate(pairs):
            length = bisect.bisect_left(tails, j)
            if length == len(tails):
                tails.append(j)
                tail_at.append(index)
            else:
                tails[length] = j
                tail_at[length] = index
            before.append(tail_at[length - 1] if length else -1)
        chain: list[tuple[int, int]] = []
        index = tail_at[-1] if tail_at else -1
        while index >= 0:
            chain.append(pairs[index])
            index = before[index]
        chain.reverse()
        return chain

    def between(
        self, at: tuple[int, int, int, int], anchors: Sequence[tuple[int, int]], depth: int
    ) -> None:
        """Match each anchor, extended over the equal keys around it, and align the
        stretches between them one level deeper."""
        a, b = self.a, self.b
        i, ahi, j, bhi = at
        for ai, bj in anchors:
            if ai < i:
                continue  # inside the previous anchor's extension
            start_a, start_b = ai, bj
            while start_a > i and start_b > j and a[start_a - 1] == b[start_b - 1]:
                start_a, start_b = start_a - 1, start_b - 1
            end_a, end_b = ai + 1, bj + 1
            while end_a < ahi and end_b < bhi and a[end_a] == b[end_b]:
                end_a, end_b = end_a + 1, end_b + 1
            self.align(i, start_a, j, start_b, depth + 1)
            self.found.append((start_a, start_b, end_a - start_a))
            i, j = end_a, end_b
        self.align(i, ahi, j, bhi, depth + 1)

    def windows(self, at: tuple[int, int, int, int]) -> None:
        """Cut both sides into as many windows of at most ``window`` keys as the longer
        needs, and align the n-th window of each side by difflib."""
        alo, ahi, blo, bhi = at
        count = -(-max(ahi - alo, bhi - blo) // self.window)
        for n in range(count):
            wa, wb = alo + (ahi - alo) * n // count, blo + (bhi - blo) * n // count
            za = alo + (ahi - alo) * (n + 1) // count
            zb = blo + (bhi - blo) * (n + 1) // count
            if wa < za and wb < zb:
                self.found.extend(b for b in _difflib(self.a, self.b, (wa, za, wb, zb)) if b[2])


def _joined(found: Sequence[Block]) -> list[Block]:
    """Adjacent blocks made one (as difflib does)."""
    out: list[Block] = []
    for i, j, size in found:
        if out and out[-1][0] + out[-1][2] == i and out[-1][1] + out[-1][2] == j:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + size)
        else:
            out.append((i, j, size))
    return out
