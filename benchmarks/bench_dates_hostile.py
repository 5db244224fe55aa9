#!/usr/bin/env python3
"""How find_dates and normalize_date cost on hostile input, against real text.

Builds 1 MB of real news text (the BBC articles in ``../shared/corpora``, joined) and
1 MB strings made to hurt a date finder: long runs of white space, digits and letters,
trigger words repeated ("May May May", "Tuesday Tuesday"), prefixes that lead nowhere
("the day the day"), near-dates ("1/1/1/1/"). Each is timed in the same run (best of
``--repeats``) and printed with its ratio to the real text. Dense inputs find a mention
every eight characters, 55 times as many as real news: their cost is that of the output.

No peer is run here: this is the linearity check of ``docs/performance.md``, not a
speed comparison (that is ``bench_dates.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from _date_corpora import BBC_TARBALL, load_bbc, shared_dir

from newsseed.normalize import find_dates, normalize_date

SIZE: Final = 1_000_000
ANCHOR: Final = dt.date(2005, 1, 1)


def repeat(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


HOSTILE: Final[dict[str, Callable[[], str]]] = {
    "spaces": lambda: " " * SIZE,
    "line breaks": lambda: "\n" * SIZE,
    "digits": lambda: "1" * SIZE,
    "letters": lambda: "a" * SIZE,
    "'in' and 1,000 spaces, repeated": lambda: repeat("in" + " " * 1000),
    "'May ' repeated (no cue, no mention)": lambda: repeat("May "),
    "'in ' repeated": lambda: repeat("in "),
    "'the day ' repeated": lambda: repeat("the day "),
    "'two days ' repeated": lambda: repeat("two days "),
    "'1/1/' repeated": lambda: repeat("1/1/"),
    "'Mr. ' repeated": lambda: repeat("Mr. "),
    "'mid-' repeated": lambda: repeat("mid-"),
    "'Tuesday ' repeated (a mention every 8 characters)": lambda: repeat("Tuesday "),
    "'in 2025 ' repeated (a mention every 8 characters)": lambda: repeat("in 2025 "),
    "'July 4, ' repeated (a mention every 8 characters)": lambda: repeat("July 4, "),
}


def best(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="timed repeats (best kept)")
    args = parser.parse_args(argv)
    tarball = shared_dir() / "corpora" / BBC_TARBALL
    if not tarball.is_file():
        print(f"skipped: {tarball} not found (set NEWSSEED_SHARED)", file=sys.stderr)
        return 0
    real = repeat("\n\n".join(article.text for article in load_bbc(Path(tarball))))
    base = best(lambda: find_dates(real, anchor=ANCHOR), args.repeats)
    print("| input (1 MB) | find_dates | ratio to real text | mentions |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| real news (BBC) | {base:.3f} s | 1.0x | {len(find_dates(real, anchor=ANCHOR)):,} |")
    for name, build in HOSTILE.items():
        text = build()
        seconds = best(lambda text=text: find_dates(text, anchor=ANCHOR), args.repeats)
        found = len(find_dates(text, anchor=ANCHOR))
        print(f"| {name} | {seconds:.3f} s | {seconds / base:.1f}x | {found:,} |")
    for name, text in (("1 MB of digits", "1" * SIZE), ("1 MB of 'May '", repeat("May "))):
        seconds = best(lambda text=text: normalize_date(text, anchor=ANCHOR), args.repeats)
        print(f"normalize_date on {name}: {seconds * 1e6:.1f} µs (longer than any date: not read)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
