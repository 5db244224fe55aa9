"""The headline figures of a benchmark, written as JSON for ``benchmarks/run_all.py``.

Each benchmark script takes ``--json PATH`` and, besides its usual output, writes::

    {"benchmark": "dates", "command": "python benchmarks/bench_dates.py --quick",
     "versions": {"newsseed": "0.1.0", "dateparser": "1.5.0"},
     "rows": [{"measure": ..., "unit": ..., "newsseed": ..., "peer": ..., "peer_value": ...,
               "ratio": ..., "target": ..., "met": ...}]}

``ratio`` is newsseed's advantage: newsseed/peer for a rate (higher is better),
peer/newsseed for a time or memory (lower is better), null without a peer or for a
score. ``target`` is a text such as ``>= 50x``, and ``met`` says whether it is met
(both null when there is no target).
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

import newsseed

#: How a row's ratio is taken: "higher" is better (a rate: newsseed/peer), "lower" is
#: better (a time, memory: peer/newsseed), or None (a score: no ratio).
Better = Literal["higher", "lower"] | None


@dataclass(frozen=True)
class SuiteRow:
    """One headline figure: newsseed's value and, when there is one, the peer's."""

    measure: str
    unit: str
    newsseed: float
    peer: str | None = None
    peer_value: float | None = None
    better: Better = "higher"
    #: Target: the least ratio (``>= 50x``), the least newsseed value (``>= 0.96``), or
    #: a value newsseed must stay under (``< 50 ms``).
    min_ratio: float | None = None
    min_value: float | None = None
    max_value: float | None = None

    @property
    def ratio(self) -> float | None:
        """newsseed's advantage over the peer, or None without a peer or for a score."""
        if self.better is None or self.peer_value is None:
            return None
        mine, theirs = self.newsseed, self.peer_value
        top, bottom = (mine, theirs) if self.better == "higher" else (theirs, mine)
        return top / bottom if bottom > 0 else None

    @property
    def target(self) -> str | None:
        if self.min_ratio is not None:
            return f">= {self.min_ratio:g}x"
        if self.max_value is not None:
            return f"< {self.max_value:g} {self.unit}"
        return None if self.min_value is None else f">= {self.min_value:g}"

    @property
    def met(self) -> bool | None:
        if self.min_ratio is not None:
            ratio = self.ratio
            return None if ratio is None else ratio >= self.min_ratio
        if self.max_value is not None:
            return self.newsseed < self.max_value
        return None if self.min_value is None else self.newsseed >= self.min_value

    def as_json(self) -> dict[str, object]:
        ratio = self.ratio
        return {
            "measure": self.measure,
            "unit": self.unit,
            "newsseed": _rounded(self.newsseed),
            "peer": self.peer,
            "peer_value": None if self.peer_value is None else _rounded(self.peer_value),
            "ratio": None if ratio is None else float(f"{ratio:.4g}"),
            "target": self.target,
            "met": self.met,
        }


def _rounded(value: float) -> float:
    return round(float(value), 4)


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """``--json PATH``: also write the headline figures there (see this module)."""
    parser.add_argument(
        "--json",
        type=Path,
        metavar="PATH",
        help="also write the headline figures as JSON to PATH (read by benchmarks/run_all.py)",
    )


def write_json(
    path: Path,
    benchmark: str,
    command: str,
    versions: Mapping[str, str],
    rows: Sequence[SuiteRow],
) -> None:
    """Write one benchmark's headline figures to ``path``; newsseed's version is added."""
    document = {
        "benchmark": benchmark,
        "command": command,
        "versions": {"newsseed": newsseed.__version__, **versions},
        "rows": [row.as_json() for row in rows],
    }
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


T = TypeVar("T")


def best_of(run: Callable[[], T], repeats: int) -> tuple[float, T]:
    """Run ``run`` ``repeats`` times with the garbage collector off; the fastest time."""
    best = float("inf")
    result: T | None = None
    for _ in range(max(1, repeats)):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            start = time.perf_counter()
            result = run()
            elapsed = time.perf_counter() - start
        finally:
            if was_enabled:
                gc.enable()
        best = min(best, elapsed)
    assert result is not None
    return best, result


def best_in_turns(runs: Sequence[Callable[[], Any]], rounds: int) -> list[tuple[float, Any]]:
    """The fastest time of one pass of each of ``runs``, timed in turns, with the last
    result of each.

    Each run is timed once a round, for ``rounds`` rounds, the order turning from round to
    round (garbage collector off, as :func:`best_of`). A shared machine that slows for a
    while slows every run in turn, so the ratios hold where timing one run's repeats, then
    the other's, would not. Each timed block lasts about as long as one pass of the
    slowest run: a faster run makes as many passes in it as fit (found by one untimed
    pass of each first), and its time is the block's over its passes. A pass a hundred
    times shorter than the slowest can fall into a quiet moment that a long pass cannot,
    and a best of such passes would flatter the faster run.
    """
    lengths = []
    for run in runs:  # one untimed pass each: how long a pass takes
        start = time.perf_counter()
        run()
        lengths.append(max(time.perf_counter() - start, 1e-9))
    passes = [max(1, round(max(lengths) / length)) for length in lengths]
    best = [float("inf")] * len(runs)
    results: list[Any] = [None] * len(runs)
    for round_ in range(max(1, rounds)):
        for step in range(len(runs)):
            index = (round_ + step) % len(runs)
            run, count = runs[index], passes[index]

            def block(run: Callable[[], Any] = run, count: int = count) -> Any:
                for _ in range(count - 1):
                    run()
                return run()

            seconds, results[index] = best_of(block, 1)
            best[index] = min(best[index], seconds / count)
    return list(zip(best, results, strict=True))
