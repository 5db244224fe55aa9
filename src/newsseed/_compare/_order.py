"""The best order-keeping pairing of two lists, from the few pairs that may be paired.

A speaker's quotes in two articles are paired by the alignment that keeps their order
and sums the most similarity (Needleman-Wunsch with no gap cost: the score of a cell is
the best of pairing it, skipping a row or skipping a column). Only pairs similar enough
may be paired, and those are few, found through an index: :func:`in_order` works on them
alone, in ``n log n`` of their number, and returns exactly the pairs the full table
would (the same scores, summed in the same order, the same choice among equal ones).
"""

from __future__ import annotations

import itertools
import operator
from collections import defaultdict
from collections.abc import Sequence

__all__ = ("in_order",)


def in_order(cells: Sequence[tuple[int, int, float]], columns: int) -> list[tuple[int, int]]:
    """The pairs ``(row, column)`` of the best order-keeping alignment, given the cells
    that may be paired, each with its score (positive); the other cells may not.

    It is the traceback of the full table read from the top left: at ``(i, j)``, pair
    when the cell may be paired and its score plus the best from ``(i + 1, j + 1)`` is
    the best from ``(i, j)``; else skip the row if that keeps the best; else the column.

    >>> in_order([(0, 1, 0.9), (1, 0, 0.8), (1, 1, 0.5)], columns=2)
    [(0, 1)]
    >>> in_order([(0, 0, 0.5), (0, 1, 0.9), (1, 1, 0.8)], columns=2)
    [(0, 0), (1, 1)]
    """
    if not cells:
        return []
    chain = sorted((row, column) for row, column, _ in cells)
    if all(r1 < r2 and c1 < c2 for (r1, c1), (r2, c2) in itertools.pairwise(chain)):
        # Every cell keeps the order of every other (the quotes were quoted in the same
        # order, each once): the one best alignment pairs them all, whatever the scores.
        return chain
    # best[c]: the cell's score plus the best from the cell below and right of it.
    # A Fenwick tree over the columns, read right to left, holds the best of the rows
    # already done (those below the current one) from each column on. (Its loops
    # compare rather than call max(): they are most of the work.)
    tree = [0.0] * (columns + 1)
    rest: dict[tuple[int, int], float] = {}
    by_score: dict[float, list[tuple[int, int]]] = defaultdict(list)
    ordered = sorted(cells, key=lambda cell: (-cell[0], cell[1]))
    for row, in_row in itertools.groupby(ordered, key=operator.itemgetter(0)):
        done = []
        for _, column, score in in_row:
            after = _best_from(tree, columns - column - 1)
            rest[(row, column)] = after
            total = after + score
            by_score[total].append((row, column))
            done.append((column, total))
        for column, total in done:
            at = columns - column
            while at <= columns:
                if tree[at] < total:  # noqa: PLR1730
                    tree[at] = total
                at += at & -at
    # The traceback. From (i, j) with best v, the cells scoring v below and right of it
    # are where the full table's path can pair: the first of them in column j (the path
    # goes down column j while a cell scoring v is below it), else the leftmost in the
    # lowest row holding one (the path goes down to it, then right). Each v is met once,
    # since it falls at every pair.
    pairs: list[tuple[int, int]] = []
    i = j = 0
    value = _best_from(tree, columns)
    while value > 0:
        ahead = [(r, c) for r, c in by_score[value] if r >= i and c >= j]
        column_j = [r for r, c in ahead if c == j]
        if column_j:
            pair = (min(column_j), j)
        else:
            lowest = max(r for r, _ in ahead)
            pair = (lowest, min(c for r, c in ahead if r == lowest))
        pairs.append(pair)
        i, j = pair[0] + 1, pair[1] + 1
        value = rest[pair]
    return pairs


def _best_from(tree: list[float], at: int) -> float:
    """The best in the Fenwick tree ``tree`` from the ``at``-th column from the right on
    (the first ``at`` of the tree's order)."""
    found = 0.0
    while at > 0:
        if tree[at] > found:  # noqa: PLR1730
            found = tree[at]
        at &= at - 1
    return found
