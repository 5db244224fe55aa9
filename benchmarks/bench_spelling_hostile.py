#!/usr/bin/env python3
"""How the spelling functions cost on hostile input, against real text.

Builds 1 MB of real news text (the BBC articles in ``../shared/corpora``, joined by a
blank line) and 1 MB strings made to hurt a spelling rewriter: a table word repeated,
capitalised at every sentence start, joined by full stops into one address-like token,
a 1 MB token with no white space, quotation marks by the hundred thousand, long runs of
white space before capitalised words, e-mail and URL fragments, every distinct table
word, and letters no table holds. Each goes through ``to_us``, ``to_uk``,
``to_us(..., options=SpellingOptions(keep_quotes=True))`` and ``spelling_key`` (on the
whole string), timed in the same run (best of ``--repeats``), and each time is printed
with its ratio to the same function on the real text. For the function with the worst
ratio, the input is also timed doubled (2 MB): a ratio of the two times near 2 means the
cost grows in proportion to the input, whatever the constant. Dense inputs rewrite a
word every 7 to 8 characters, some 300 times as many changes as real news: their cost
is that of the output.

No peer is run here: this is the linearity check of ``docs/performance.md``, not a
speed comparison (that is ``bench_spelling.py``). No corpus text is printed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

from _date_corpora import BBC_TARBALL, load_bbc, shared_dir
from bench_dates import best_of

from newsseed.normalize import SpellingOptions, spelling_key, to_uk, to_us, to_us_and_explain
from newsseed.normalize._spelling import _table

SIZE: Final = 1_000_000


def repeat(unit: str, size: int = SIZE) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: Above this ratio to real text, an input is flagged.
LIMIT: Final = 3.0

QUOTES: Final = SpellingOptions(keep_quotes=True)

FUNCTIONS: Final[dict[str, Callable[[str], str]]] = {
    "to_us": to_us,
    "to_uk": to_uk,
    "to_us keep_quotes": lambda text: to_us(text, options=QUOTES),
    "spelling_key": spelling_key,
}


def table_words(name: str) -> str:
    """Every distinct word the table rewrites, in order, joined by spaces, to 1 MB."""
    return repeat(" ".join(sorted(_table(name))) + " ")


HOSTILE: Final[dict[str, Callable[[], str]]] = {
    "'colour ' repeated": lambda: repeat("colour "),
    "'Colour. ' repeated (capitalised at sentence starts)": lambda: repeat("Colour. "),
    "'COLOUR ' repeated": lambda: repeat("COLOUR "),
    "'colour.' repeated, no spaces (one address-like token)": lambda: repeat("colour."),
    "'colour/' repeated (one 1 MB token, no white space)": lambda: repeat("colour/"),
    "'colourcolour...' (one 1 MB word, no boundary)": lambda: repeat("colour"),
    "'a' * 1 MB (one word in no table)": lambda: "a" * SIZE,
    "'qzxj ' repeated (words in no table)": lambda: repeat("qzxj "),
    "quotes mixed with table words (222,000 marks)": lambda: repeat(
        "“colour” ‘colour’ \"colour\" 'colour' "
    ),
    "'\"colour ' repeated (100,000+ marks, pairs across words)": lambda: repeat('"colour '),
    "''colour ' repeated (single marks at word starts)": lambda: repeat("'colour "),
    "' and ’ alternating, 1 MB": lambda: repeat("'’"),
    "10,000 spaces + 10,000 newlines + 'Colour', repeated": lambda: repeat(
        " " * 10_000 + "\n" * 10_000 + "Colour"
    ),
    "63 spaces + 'Colour', repeated (look-back limit)": lambda: repeat(" " * 63 + "Colour"),
    "'Mr. Colour ' repeated (a title before each)": lambda: repeat("Mr. Colour "),
    "'a@b ' repeated (e-mail-like)": lambda: repeat("a@b "),
    "'colour@colour.colour ' repeated": lambda: repeat("colour@colour.colour "),
    "'http://' repeated (one token)": lambda: repeat("http://"),
    "'http:// colour ' repeated": lambda: repeat("http:// colour "),
    "'www.colour ' repeated": lambda: repeat("www.colour "),
    "'İ colour ' repeated (a letter whose lower case is longer)": lambda: repeat("İ colour "),
    "every distinct TO_US word, joined by spaces": lambda: table_words("TO_US"),
    "every distinct TO_UK word, joined by spaces": lambda: table_words("TO_UK"),
}


def timed(function: Callable[[str], str], text: str, repeats: int) -> float:
    """The best time of ``function(text)``."""
    return best_of(lambda: function(text), repeats)[0]


def timings(text: str, repeats: int) -> dict[str, float]:
    return {name: timed(function, text, repeats) for name, function in FUNCTIONS.items()}


def doubled(text: str, name: str, seconds: float, repeats: int) -> float:
    """How many times longer ``name`` takes on ``text`` doubled than on ``text``."""
    return timed(FUNCTIONS[name], text + text, repeats) / seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="timed repeats (best kept)")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    tarball = shared_dir() / "corpora" / BBC_TARBALL
    if not tarball.is_file():
        print(f"skipped: {tarball} not found (set NEWSSEED_SHARED)", file=sys.stderr)
        return 0
    real = repeat("\n\n".join(article.text for article in load_bbc(Path(tarball))))
    for function in FUNCTIONS.values():
        function("The colour of the theater.")  # warm-up: tables read, regex compiled

    base = timings(real, args.repeats)
    names = list(FUNCTIONS)
    print(
        "| input (1 MB) | "
        + " | ".join(names)
        + " | worst ratio | worst, 2 MB / 1 MB | to_us changes |"
    )
    print("| --- |" + " ---: |" * (len(names) + 3))
    cells = " | ".join(f"{base[name]:.3f} s (1.0x)" for name in names)
    growth = doubled(real, "to_us", base["to_us"], args.repeats)
    changes = len(to_us_and_explain(real)[1])
    print(f"| real news (BBC) | {cells} | 1.0x | {growth:.1f} (to_us) | {changes:,} |")
    worst: tuple[float, str, str] = (0.0, "", "")
    flagged: list[str] = []
    for label, build in HOSTILE.items():
        text = build()
        times = timings(text, args.repeats)
        ratios = {name: times[name] / base[name] for name in names}
        cells = " | ".join(f"{times[name]:.3f} s ({ratios[name]:.1f}x)" for name in names)
        top = max(names, key=lambda name: ratios[name])
        growth = doubled(text, top, times[top], args.repeats)
        changes = len(to_us_and_explain(text)[1])
        print(
            f"| {label} | {cells} | {ratios[top]:.1f}x | {growth:.1f} ({top}) | {changes:,} |",
            flush=True,
        )
        worst = max(worst, (ratios[top], label, top))
        flagged.extend(
            f"{label}: {name} {ratio:.1f}x" for name, ratio in ratios.items() if ratio > LIMIT
        )
    print(f"\nworst ratio to real text: {worst[0]:.1f}x ({worst[1]}, {worst[2]})")
    if flagged:
        print(f"above {LIMIT:.0f}x:")
        for line in flagged:
            print(f"  {line}")
    else:
        print(f"no input above {LIMIT:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
