#!/usr/bin/env python3
"""Benchmark newsseed's date functions against dateparser and python-dateutil.

One run, on the same inputs for every library:

1. Single strings written in ``_date_strings.py`` (ISO, ``July 3, 2025``, ``Jul. 3``,
   ``07/03/2025``, ``yesterday``, ``two days ago``... things that are not dates, such as
   ``10-year`` or ``C-17``, and timestamps: ISO 8601, RFC 2822, wire stamps, ``Updated
   4:05 PM EDT, Thu July 3, 2025``...): :func:`newsseed.normalize.normalize_date` against
   ``dateparser.parse`` (English, ``RELATIVE_BASE`` set) and ``dateutil.parser.parse``.
2. The timestamps alone: :func:`newsseed.normalize.normalize_timestamp` against
   ``dateutil.parser.parse`` given ``tzinfos`` for the zone names they write.
3. Whole articles from the corpora in ``../shared/corpora`` (BBC business and sport,
   PolNeAR; read by ``_date_corpora.py``): :func:`newsseed.normalize.find_dates` against
   ``dateparser.search.search_dates`` on a seeded sample, then ``find_dates`` alone on
   each whole corpus.

newsseed and its peers are timed in turns: in each round, one pass of each over all the
inputs, with the garbage collector off (as :mod:`timeit` does), after one untimed
warm-up call; the fastest pass of each is kept. On a shared machine a slow spell then
falls on every library, and the ratios hold. Counts of values and mentions are
reported, not scored: the libraries do not agree on what a date is, so a count says how
much each returns, not how much is right.

The peers are not dependencies of newsseed: install them from
``benchmarks/requirements.txt`` (see ``benchmarks/README.md``). No corpus text is
printed, only counts and rates.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import random
import shlex
import sys
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Final, TypeVar

from _date_corpora import BBC_ANCHOR, Article, load_corpora, shared_dir
from _date_strings import (
    AMBIGUOUS_ZONES,
    DATEUTIL_TZINFOS,
    STRING_ANCHOR,
    date_strings,
    single_strings,
    timestamps,
)
from _suite import SuiteRow, add_json_option, best_in_turns, best_of, write_json

import newsseed
from newsseed.normalize import DateMention, find_dates, normalize_date, normalize_timestamp
from newsseed.normalize._text import forget_readings

T = TypeVar("T")

#: The peer the timestamps row compares with: dateutil, given the zones' offsets.
DATEUTIL_TZ: Final = "dateutil.parser.parse, tzinfos"

# --------------------------------------------------------------------------------------
# The peers, imported by name so that a missing one gives a clear message.


@dataclass(frozen=True)
class Peers:
    """The peer libraries' entry points and versions."""

    dateparser_parse: Callable[..., Any]
    search_dates: Callable[..., Any]
    dateutil_parse: Callable[..., Any]
    dateutil_errors: tuple[type[BaseException], ...]
    dateparser_version: str
    dateutil_version: str


def load_peers() -> Peers:
    """Import dateparser and python-dateutil, or exit with a message saying what to install."""
    modules: dict[str, ModuleType] = {}
    missing: list[str] = []
    for module, package in (
        ("dateparser", "dateparser"),
        ("dateparser.search", "dateparser"),
        ("dateutil", "python-dateutil"),
        ("dateutil.parser", "python-dateutil"),
    ):
        try:
            modules[module] = importlib.import_module(module)
        except ImportError:
            if package not in missing:
                missing.append(package)
    if missing:
        sys.exit(
            f"bench_dates: {' and '.join(missing)} not installed; this benchmark compares "
            "newsseed against them. Install them with:\n"
            "    pip install -r benchmarks/requirements.txt"
        )
    parser = modules["dateutil.parser"]
    errors: tuple[type[BaseException], ...] = (ValueError, OverflowError)
    return Peers(
        dateparser_parse=modules["dateparser"].parse,
        search_dates=modules["dateparser.search"].search_dates,
        dateutil_parse=parser.parse,
        dateutil_errors=(*errors, getattr(parser, "ParserError", ValueError)),
        dateparser_version=str(getattr(modules["dateparser"], "__version__", "?")),
        dateutil_version=str(getattr(modules["dateutil"], "__version__", "?")),
    )


def dateparser_settings(anchor: dt.date, locale: str) -> dict[str, Any]:
    """dateparser's settings for an anchor date and a newsseed locale."""
    return {
        "RELATIVE_BASE": dt.datetime.combine(anchor, dt.time()),
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "MDY" if locale == "us" else "DMY",
    }


# --------------------------------------------------------------------------------------
# Timing and results.


def cold(run: Callable[[], T]) -> Callable[[], T]:
    """``run``, after newsseed forgets its remembered readings of short texts (names,
    entity and spelling keys): a timed pass over texts seen in an earlier pass then
    costs what the first pass cost, not a lookup."""

    def first_sight() -> T:
        forget_readings()
        return run()

    return first_sight


@dataclass(frozen=True)
class Row:
    """One timed library on one set of inputs."""

    group: str
    library: str
    items: int
    unit: str
    nbytes: int
    seconds: float
    found: str
    #: The row this one is compared with (newsseed's), or None for newsseed itself.
    reference: Row | None = field(default=None, compare=False)

    @property
    def rate(self) -> float:
        return self.items / self.seconds if self.seconds > 0 else float("inf")

    @property
    def mb_per_s(self) -> float:
        return self.nbytes / 1e6 / self.seconds if self.seconds > 0 else float("inf")

    @property
    def speedup(self) -> float | None:
        """newsseed's rate over this row's rate (how many times faster newsseed is)."""
        return None if self.reference is None else self.reference.rate / self.rate


def headline(rows: Iterable[Row], min_ratio: Mapping[str, float] | None = None) -> list[SuiteRow]:
    """Each peer row against its newsseed row, as the benchmark suite's rows (``--json``);
    ``min_ratio`` maps a peer to the least speed-up wanted over it."""
    return [
        SuiteRow(
            measure=f"{ref.library.removeprefix('newsseed ')}, {row.group}",
            unit=f"{row.unit}/s",
            newsseed=ref.rate,
            peer=row.library,
            peer_value=row.rate,
            min_ratio=(min_ratio or {}).get(row.library),
        )
        for row in rows
        if (ref := row.reference) is not None
    ]


def rate_text(value: float) -> str:
    """A rate as the summary tables print it: ``12,345``, ``76.1``, ``0.19``."""
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if value >= 1 else f"{value:.2g}"


def share(hits: int, total: int) -> str:
    """``hits/total (percent)``, or ``-`` for none."""
    if total == 0:
        return "-"
    return f"{hits:,}/{total:,} ({100 * hits / total:.1f}%)"


def report(row: Row) -> None:
    """Print one row as it is measured."""
    line = (
        f"  {row.library:<32} {rate_text(row.rate):>10} {row.unit}/s"
        f"  {row.mb_per_s:8.3f} MB/s  {row.found}"
    )
    if row.speedup is not None:
        line += f"  (newsseed/this: {row.speedup:.1f}x)"
    print(line, flush=True)


# --------------------------------------------------------------------------------------
# Part 1 and 2: single strings, then the timestamps alone.


def time_strings(
    candidates: Sequence[tuple[str, Callable[[str], object]]],
    strings: Sequence[str],
    rounds: int,
    group: str,
    found: Callable[[Sequence[object]], str],
) -> tuple[list[Row], dict[str, list[object]]]:
    """Each candidate over ``strings``, in turns (see :func:`_suite.best_in_turns`): one
    row each, the first (newsseed's) the reference of the others, and what each returned."""
    runs = []
    for _, one in candidates:
        one(strings[0])  # warm-up: lazy imports and caches are not timed

        def run(one: Callable[[str], object] = one) -> list[object]:
            return [one(s) for s in strings]

        runs.append(run)
    timed = best_in_turns(runs, rounds)
    nbytes = sum(len(s.encode("utf-8")) for s in strings)
    rows: list[Row] = []
    outputs: dict[str, list[object]] = {}
    for (library, _), (seconds, values) in zip(candidates, timed, strict=True):
        outputs[library] = values
        row = Row(
            group=group,
            library=library,
            items=len(strings),
            unit="strings",
            nbytes=nbytes,
            seconds=seconds,
            found=found(values),
            reference=rows[0] if rows else None,
        )
        report(row)
        rows.append(row)
    return rows, outputs


def dateutil_reader(
    peers: Peers, default: dt.datetime, tzinfos: Mapping[str, int] | None = None
) -> Callable[[str], object]:
    """``dateutil.parser.parse(s, default=default)`` (with ``tzinfos`` when given), its
    exceptions caught: an exception is no value."""
    parse = peers.dateutil_parse
    errors = peers.dateutil_errors
    if tzinfos is None:

        def plain(text: str) -> object:
            try:
                return parse(text, default=default)
            except errors:
                return None

        return plain
    zones = dict(tzinfos)

    def zoned(text: str) -> object:
        try:
            return parse(text, default=default, tzinfos=zones)
        except errors:
            return None

    return zoned


def bench_strings(
    peers: Peers, strings: Sequence[str], stamps: int, rounds: int, show_values: bool
) -> list[Row]:
    """``normalize_date`` against dateparser and dateutil on the whole mix."""
    anchor = STRING_ANCHOR
    settings = dateparser_settings(anchor, "us")
    dateparser_parse = peers.dateparser_parse

    def ours(text: str) -> object:
        return normalize_date(text, anchor=anchor, locale="us")

    def dateparser_one(text: str) -> object:
        return dateparser_parse(text, languages=["en"], settings=settings)

    candidates: tuple[tuple[str, Callable[[str], object]], ...] = (
        ("newsseed normalize_date", ours),
        ("dateparser.parse", dateparser_one),
        ("dateutil.parser.parse", dateutil_reader(peers, dt.datetime.combine(anchor, dt.time()))),
    )
    print(
        f"\n== Single strings: {len(strings)} strings ({stamps} of them timestamps), "
        f"anchor {anchor}, {_rounds(rounds)} in turns, best of each ==",
        flush=True,
    )
    rows, outputs = time_strings(
        candidates,
        strings,
        rounds,
        f"{len(strings)} strings ({stamps} timestamps)",
        lambda values: f"{sum(v is not None for v in values)} of {len(values)} values",
    )
    if show_values:
        _show_values(strings, candidates, outputs)
    return rows


def bench_timestamps(
    peers: Peers, stamps: Mapping[str, dt.datetime], rounds: int, show_values: bool
) -> list[Row]:
    """``normalize_timestamp`` against dateutil (given the zones' offsets) on the
    timestamps alone; each library's count of datetimes, of those with an offset, and of
    those equal to the moment the string writes."""
    anchor = STRING_ANCHOR
    strings = list(stamps)
    expected = list(stamps.values())

    def ours(text: str) -> object:
        return normalize_timestamp(text, anchor=anchor, locale="us")

    def found(values: Sequence[object]) -> str:
        moments = [v for v in values if isinstance(v, dt.datetime)]
        offset = sum(v.utcoffset() is not None for v in moments)
        same = sum(
            isinstance(v, dt.datetime) and v == want and v.utcoffset() == want.utcoffset()
            for v, want in zip(values, expected, strict=True)
        )
        return (
            f"{len(moments)} of {len(values)} datetimes, {offset} with an offset, "
            f"{same} = the moment written"
        )

    candidates: tuple[tuple[str, Callable[[str], object]], ...] = (
        ("newsseed normalize_timestamp", ours),
        (
            DATEUTIL_TZ,
            dateutil_reader(peers, dt.datetime.combine(anchor, dt.time()), DATEUTIL_TZINFOS),
        ),
    )
    print(
        f"\n== Timestamps: {len(strings)} strings, anchor {anchor}, {_rounds(rounds)} in turns, "
        "best of each ==",
        flush=True,
    )
    rows, outputs = time_strings(candidates, strings, rounds, f"{len(strings)} timestamps", found)
    if show_values:
        _show_values(strings, candidates, outputs)
    return rows


def _show_values(
    strings: Sequence[str],
    candidates: Sequence[tuple[str, Callable[[str], object]]],
    outputs: Mapping[str, Sequence[object]],
) -> None:
    print("\nstring\t" + "\t".join(library for library, _ in candidates))
    for index, text in enumerate(strings):
        cells = (_show(outputs[library][index]) for library, _ in candidates)
        print(f"{text!r}\t" + "\t".join(cells))


def _show(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time() and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    return str(value)


# --------------------------------------------------------------------------------------
# Part 3: articles.


def _rounds(count: int) -> str:
    return f"{count} round" if count == 1 else f"{count} rounds"


def _found_by_newsseed(results: Sequence[Sequence[DateMention]]) -> str:
    mentions = sum(len(r) for r in results)
    resolved = sum(m.value is not None for r in results for m in r)
    return f"{mentions:,} mentions ({resolved:,} with a value)"


def bench_corpus(
    peers: Peers,
    label: str,
    articles: Sequence[Article],
    *,
    sample: int,
    seed: int,
    rounds: int,
) -> list[Row]:
    search_dates = peers.search_dates
    chosen = random.Random(f"{seed}:{label}").sample(list(articles), min(sample, len(articles)))
    settings = {a.name: dateparser_settings(a.anchor, a.locale) for a in chosen}

    def ours(batch: Sequence[Article]) -> list[tuple[DateMention, ...]]:
        return [find_dates(a.text, anchor=a.anchor, locale=a.locale) for a in batch]

    def theirs() -> list[Any]:
        return [search_dates(a.text, languages=["en"], settings=settings[a.name]) for a in chosen]

    # Warm-up: the first call of each library loads its tables.
    find_dates("Shares rose on 3 July 2025.", anchor=BBC_ANCHOR, locale="uk")
    search_dates("Shares rose on 3 July 2025.", languages=["en"])

    sample_bytes = sum(a.nbytes for a in chosen)
    group = f"{label}: {len(chosen)} sampled articles"
    print(
        f"\n== {label}: {len(chosen)} of {len(articles)} articles (seed {seed}), "
        f"{sample_bytes / 1e6:.3f} MB, {_rounds(rounds)} in turns, best of each ==",
        flush=True,
    )
    (seconds, found), (peer_seconds, results) = best_in_turns(
        [lambda: ours(chosen), theirs], rounds
    )
    mine = Row(
        group=group,
        library="newsseed find_dates",
        items=len(chosen),
        unit="articles",
        nbytes=sample_bytes,
        seconds=seconds,
        found=_found_by_newsseed(found),
    )
    report(mine)
    mentions = sum(len(r or ()) for r in results)
    peer = Row(
        group=group,
        library="dateparser search_dates",
        items=len(chosen),
        unit="articles",
        nbytes=sample_bytes,
        seconds=peer_seconds,
        found=f"{mentions:,} mentions",
        reference=mine,
    )
    report(peer)

    all_bytes = sum(a.nbytes for a in articles)
    print(
        f"\n== {label}: all {len(articles)} articles, {all_bytes / 1e6:.3f} MB, "
        f"newsseed only, best of {rounds} ==",
        flush=True,
    )
    seconds, found = best_of(lambda: ours(articles), rounds)
    whole = Row(
        group=f"{label}: all {len(articles)} articles",
        library="newsseed find_dates",
        items=len(articles),
        unit="articles",
        nbytes=all_bytes,
        seconds=seconds,
        found=_found_by_newsseed(found),
    )
    report(whole)
    return [mine, peer, whole]


# --------------------------------------------------------------------------------------
# The summary.


def machine() -> str:
    processor = platform.processor() or platform.machine() or "unknown processor"
    return f"{platform.system()} {platform.release()}, {processor}, {os.cpu_count()} CPUs"


def summary(rows: Sequence[Row], peers: Peers, notes: Sequence[str], command: str) -> str:
    lines = [
        f"### Date benchmark, {dt.date.today().isoformat()}",
        "",
        f"- newsseed {newsseed.__version__}, dateparser {peers.dateparser_version}, "
        f"python-dateutil {peers.dateutil_version}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}) on {machine()}",
        f"- command: `{command}`",
        *(f"- {note}" for note in notes),
        "",
        "| inputs | library | per second | MB/s | found | newsseed speed-up |",
        "| --- | --- | ---: | ---: | --- | ---: |",
    ]
    for row in rows:
        speedup = "" if row.speedup is None else f"{row.speedup:,.1f}x"
        lines.append(
            f"| {row.group} | {row.library} | {rate_text(row.rate)} {row.unit} | "
            f"{row.mb_per_s:.3f} | {row.found} | {speedup} |"
        )
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=(
            "Compare newsseed.normalize (normalize_date, normalize_timestamp, find_dates) "
            "with dateparser and python-dateutil on the same inputs."
        )
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a smoke test: 2 rounds, 1 for articles, 10 sampled articles per corpus",
    )
    parser.add_argument(
        "--articles",
        type=int,
        metavar="N",
        help="articles sampled from each corpus for find_dates vs search_dates "
        "(default 50, or 10 with --quick)",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        metavar="N",
        help="timed rounds, each library once a round in turns, the best of each is kept "
        "(default 7; 2 for strings and 1 for articles with --quick)",
    )
    parser.add_argument("--seed", type=int, default=2005, help="seed of the article sample")
    parser.add_argument(
        "--show-values",
        action="store_true",
        help="also print what each library returned for each single string",
    )
    add_json_option(parser)
    return parser


def _quiet_dateutil() -> None:
    """dateutil warns (``UnknownTimezoneWarning``) at each zone name it is not given and
    returns the time without it: the warning is silenced, the value is the same."""
    category = getattr(importlib.import_module("dateutil.parser"), "UnknownTimezoneWarning", None)
    if isinstance(category, type) and issubclass(category, Warning):
        warnings.filterwarnings("ignore", category=category)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.articles is not None and args.articles < 1:
        parser.error("--articles must be at least 1")
    if args.repeats is not None and args.repeats < 1:
        parser.error("--repeats must be at least 1")
    peers = load_peers()
    _quiet_dateutil()
    string_rounds = args.repeats or (2 if args.quick else 7)
    article_rounds = args.repeats or (1 if args.quick else 7)
    sample = args.articles or (10 if args.quick else 50)
    command = shlex.join(
        ["python", "benchmarks/bench_dates.py", *(sys.argv[1:] if argv is None else argv)]
    )

    print(
        f"newsseed {newsseed.__version__} vs dateparser {peers.dateparser_version} and "
        f"python-dateutil {peers.dateutil_version}; Python {platform.python_version()}, "
        f"{machine()}",
        flush=True,
    )
    stamps = timestamps()
    strings = single_strings()
    rows = bench_strings(peers, strings, len(stamps), string_rounds, args.show_values)
    rows.extend(bench_timestamps(peers, stamps, string_rounds, args.show_values))
    zones = ", ".join(f"{name} {seconds / 3600:+g}h" for name, seconds in DATEUTIL_TZINFOS.items())
    notes = [
        f"single strings: written in benchmarks/_date_strings.py, {len(date_strings())} dates, "
        f"relative dates and non-dates and {len(stamps)} timestamps (12 shapes of 12 moments "
        f"drawn with a fixed seed); anchor {STRING_ANCHOR}, locale us",
        f"timing: {_rounds(string_rounds)} for strings, {_rounds(article_rounds)} for "
        "articles; each round times each library once, in turns, in a block about as long "
        "as one pass of the slowest (a faster library makes as many passes as fit); the "
        "fastest of each library's rounds is kept",
        "dateparser: languages=['en'], RELATIVE_BASE = the anchor, PREFER_DATES_FROM='past', "
        "DATE_ORDER by locale; dateutil: parse(s, default=anchor), errors count as no value",
        f"timestamps: normalize_timestamp(s, anchor=anchor, locale='us') against dateutil "
        f"parse(s, default=anchor, tzinfos=...) given the offsets of the zone names written "
        f"({zones}), without which it reads no zone name but UTC/GMT and drops EDT, BST...; "
        f"{', '.join(sorted(AMBIGUOUS_ZONES))} (ambiguous) given to neither; found: the "
        "datetimes returned (always with a time of day), those with an offset, those equal "
        "to the moment written (same time, same offset): counts, not scores",
    ]

    corpora = shared_dir() / "corpora"
    print(f"\n== Articles from {corpora} ==", flush=True)
    loaded = load_corpora(corpora) if corpora.is_dir() else {}
    if not loaded:
        print(
            f"  no corpora found at {corpora}: the article benchmark is skipped "
            "(set NEWSSEED_SHARED to the shared directory to run it)",
            flush=True,
        )
        notes.append("articles: skipped, corpora not found")
    else:
        for label, articles in loaded.items():
            rows.extend(
                bench_corpus(
                    peers, label, articles, sample=sample, seed=args.seed, rounds=article_rounds
                )
            )
        notes.append(
            f"articles: BBC business+sport (anchor {BBC_ANCHOR}, locale uk) and PolNeAR "
            "train+dev (anchor = publication date, locale us), headline included; "
            f"{sample} sampled per corpus (seed {args.seed}); MB = 10^6 bytes of UTF-8"
        )

    print("\n" + summary(rows, peers, notes, command))
    if args.json:
        # The targets of issues 3 and 19: 50x dateparser, no slower than dateutil.
        targets = {
            "dateparser.parse": 50.0,
            "dateutil.parser.parse": 1.0,
            "dateparser search_dates": 50.0,
        }
        versions = {
            "dateparser": peers.dateparser_version,
            "python-dateutil": peers.dateutil_version,
        }
        write_json(args.json, "dates", command, versions, headline(rows, targets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
