#!/usr/bin/env python3
"""Benchmark newsseed's date functions against dateparser and python-dateutil.

One run, on the same inputs for every library:

1. Single date strings written in this file (ISO, ``July 3, 2025``, ``Jul. 3``,
   ``07/03/2025``, ``yesterday``, ``two days ago``... and things that are not dates,
   such as ``10-year`` or ``C-17``): :func:`newsseed.normalize.normalize_date` against
   ``dateparser.parse`` (English, ``RELATIVE_BASE`` set) and ``dateutil.parser.parse``.
2. Whole articles from the corpora in ``../shared/corpora`` (BBC business and sport,
   PolNeAR): :func:`newsseed.normalize.find_dates` against
   ``dateparser.search.search_dates`` on a seeded sample, then ``find_dates`` alone on
   each whole corpus.

Each timing is the best of several repeats of one pass over all the inputs, with
the garbage collector off (as :mod:`timeit` does), after one untimed warm-up call.
Counts of values and mentions are reported, not scored: the libraries do not agree
on what a date is, so a count says how much each returns, not how much is right.

The peers are not dependencies of newsseed: install them from
``benchmarks/requirements.txt`` (see ``benchmarks/README.md``). No corpus text is
printed, only counts and rates.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib
import io
import os
import platform
import random
import shlex
import sys
import tarfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Final, TypeVar

from _suite import SuiteRow, add_json_option, best_of, write_json

import newsseed
from newsseed.normalize import DateMention, find_dates, normalize_date
from newsseed.normalize._text import forget_readings

T = TypeVar("T")

#: The anchor ("today") for the single strings: a Thursday.
STRING_ANCHOR: Final = dt.date(2025, 7, 10)
#: The anchor for BBC articles (2004-05; the files carry no date of their own).
BBC_ANCHOR: Final = dt.date(2005, 1, 1)
#: The anchor for a PolNeAR article whose publication date cannot be found.
POLNEAR_FALLBACK_ANCHOR: Final = dt.date(2016, 7, 1)

BBC_TARBALL: Final = "bbc-business-sport.tar.gz"
POLNEAR_TARBALL: Final = "polnear-train-dev.tar.gz"

# --------------------------------------------------------------------------------------
# The single strings: written here, never taken from a corpus.

_MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Associated Press style: March to July are never abbreviated.
_AP_MONTHS: Final = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
_WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_DATES: Final = tuple(
    dt.date(*ymd)
    for ymd in (
        (2025, 7, 3),
        (2025, 6, 30),
        (2025, 1, 1),
        (2024, 12, 25),
        (2024, 2, 29),
        (2023, 11, 5),
        (2022, 3, 17),
        (2021, 9, 11),
        (2020, 5, 8),
        (2019, 10, 31),
        (2016, 9, 12),
        (2012, 4, 1),
        (2008, 8, 22),
        (2005, 3, 17),
        (2001, 1, 20),
        (1999, 12, 31),
    )
)


def _ordinal(day: int) -> str:
    suffix = "th" if day in {11, 12, 13} else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _month(d: dt.date) -> str:
    return _MONTHS[d.month - 1]


def _abbr(d: dt.date) -> str:
    return _MONTHS[d.month - 1][:3]


def _weekday(d: dt.date) -> str:
    return _WEEKDAYS[d.weekday()]


_FORMATS: Final[tuple[Callable[[dt.date], str], ...]] = (
    lambda d: d.isoformat(),
    lambda d: f"{_month(d)} {d.day}, {d.year}",
    lambda d: f"{d.day} {_month(d)} {d.year}",
    lambda d: f"{_abbr(d)}. {d.day}",
    lambda d: f"{_abbr(d)} {d.day}, {d.year}",
    lambda d: f"{_AP_MONTHS[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{_month(d)} {_ordinal(d.day)}",
    lambda d: f"{_weekday(d)}, {_month(d)} {d.day}, {d.year}",
    lambda d: f"{_weekday(d)} {d.day} {_month(d)} {d.year}",
    lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    lambda d: f"{d.month}/{d.day}/{d.year}",
    lambda d: f"{_month(d)} {d.year}",
    lambda d: f"{d.year}-{d.month:02d}",
    lambda d: str(d.year),
    lambda d: f"the {_ordinal(d.day)} of {_month(d)}",
    lambda d: f"{d.day} {_abbr(d)}",
)

_RELATIVE: Final = (
    "today",
    "Today",
    "yesterday",
    "Yesterday",
    "tomorrow",
    "on Tuesday",
    "on Monday",
    "on Thursday",
    "Tuesday",
    "Wednesday",
    "Friday",
    "Sunday",
    "last Friday",
    "last Sunday",
    "next Monday",
    "next Saturday",
    "this Wednesday",
    "this week",
    "last week",
    "next week",
    "last month",
    "this month",
    "next month",
    "last year",
    "this year",
    "next year",
    "two days ago",
    "3 days ago",
    "a week ago",
    "two weeks ago",
    "a month ago",
    "six months ago",
    "a year ago",
    "10 years ago",
    "a decade ago",
    "in two days",
    "in 2 days",
    "in three weeks",
    "earlier this month",
    "later this year",
    "the day before yesterday",
    "Monday night",
    "Friday morning",
    "last night",
    "this morning",
    "tonight",
)

_NOT_DATES: Final = (
    "10-year",
    "C-17",
    "now",
    "F-35",
    "Boeing 747",
    "A380",
    "B-52",
    "I-95",
    "3-2",
    "1-0",
    "100m",
    "4x100m",
    "£800m",
    "$1.5bn",
    "56%",
    "2.5",
    "3.14",
    "2,000",
    "1,500 jobs",
    "Route 66",
    "G7",
    "G20",
    "Covid-19",
    "24/7",
    "9/11",
    "12-month",
    "five-year",
    "No. 10",
    "Section 230",
    "Article 50",
    "Apollo 11",
    "Formula 1",
    "Windows 95",
    "Catch-22",
    "7-Eleven",
    "401(k)",
    "MP3",
    "PS5",
    "Room 101",
    "the 1990s",
    "may",
    "march",
    "sun",
    "sat",
    "the Jets",
    "BBC One",
    "UK",
    "N/A",
    "TBD",
    "hello",
)


def date_strings() -> tuple[str, ...]:
    """The single strings, in a fixed order, without repeats."""
    formatted = (fmt(d) for d in _DATES for fmt in _FORMATS)
    return tuple(dict.fromkeys((*formatted, *_RELATIVE, *_NOT_DATES)))


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
# Part 1: single strings.


def bench_strings(
    peers: Peers, strings: Sequence[str], repeats: int, show_values: bool
) -> list[Row]:
    anchor = STRING_ANCHOR
    settings = dateparser_settings(anchor, "us")
    default = dt.datetime.combine(anchor, dt.time())
    dateparser_parse = peers.dateparser_parse
    dateutil_parse = peers.dateutil_parse
    dateutil_errors = peers.dateutil_errors

    def ours(text: str) -> object:
        return normalize_date(text, anchor=anchor, locale="us")

    def dateparser_one(text: str) -> object:
        return dateparser_parse(text, languages=["en"], settings=settings)

    def dateutil_one(text: str) -> object:
        try:
            return dateutil_parse(text, default=default)
        except dateutil_errors:
            return None

    candidates: tuple[tuple[str, Callable[[str], object]], ...] = (
        ("newsseed normalize_date", ours),
        ("dateparser.parse", dateparser_one),
        ("dateutil.parser.parse", dateutil_one),
    )
    nbytes = sum(len(s.encode("utf-8")) for s in strings)
    group = f"{len(strings)} date strings"
    print(
        f"\n== Single strings: {len(strings)} strings, anchor {anchor}, best of {repeats} ==",
        flush=True,
    )
    rows: list[Row] = []
    outputs: dict[str, list[object]] = {}
    for library, one in candidates:
        one("July 3, 2025")  # warm-up: lazy imports and caches are not timed

        def run(one: Callable[[str], object] = one) -> list[object]:
            return [one(s) for s in strings]

        seconds, values = best_of(run, repeats)
        outputs[library] = values
        found = sum(v is not None for v in values)
        row = Row(
            group=group,
            library=library,
            items=len(strings),
            unit="strings",
            nbytes=nbytes,
            seconds=seconds,
            found=f"{found} of {len(strings)} values",
            reference=rows[0] if rows else None,
        )
        report(row)
        rows.append(row)
    if show_values:
        print("\nstring\t" + "\t".join(library for library, _ in candidates))
        for index, text in enumerate(strings):
            cells = (_show(outputs[library][index]) for library, _ in candidates)
            print(f"{text!r}\t" + "\t".join(cells))
    return rows


def _show(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    return str(value)


# --------------------------------------------------------------------------------------
# Part 2: articles.


@dataclass(frozen=True)
class Article:
    """One article read from a corpus tarball (its text is never printed)."""

    name: str
    text: str
    anchor: dt.date
    locale: str

    @property
    def nbytes(self) -> int:
        return len(self.text.encode("utf-8"))


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:  # one BBC file has a stray latin-1 byte
        return data.decode("cp1252", errors="replace")


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    handle = tar.extractfile(member)
    if handle is None:
        raise OSError(f"cannot read {member.name} from {tar.name!r}")
    with handle:
        return handle.read()


def load_bbc(path: Path) -> list[Article]:
    """Every article of the BBC business and sport tarball, sorted by name."""
    articles = []
    with tarfile.open(path) as tar:
        for member in tar:
            parts = member.name.split("/")
            if member.isfile() and member.name.endswith(".txt") and len(parts) >= 2:
                if parts[-2] not in {"business", "sport"}:
                    continue
                text = _decode(_read(tar, member))
                articles.append(Article(member.name, text, BBC_ANCHOR, "uk"))
    return sorted(articles, key=lambda a: a.name)


def _polnear_dates(tar: tarfile.TarFile, member: tarfile.TarInfo) -> dict[str, dt.date]:
    table = io.StringIO(_read(tar, member).decode("utf-8"))
    dates: dict[str, dt.date] = {}
    for record in csv.DictReader(table, delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            dates[record["filename"]] = dt.date.fromisoformat(record["publication_date"])
        except (KeyError, TypeError, ValueError):
            continue
    return dates


def _date_in_name(stem: str) -> dt.date | None:
    for part in stem.split("_"):
        try:
            return dt.date.fromisoformat(part)
        except ValueError:
            continue
    return None


def load_polnear(path: Path) -> list[Article]:
    """Every train and dev text of PolNeAR, anchored at its publication date."""
    texts: list[tuple[str, bytes]] = []
    dates: dict[str, dt.date] = {}
    with tarfile.open(path) as tar:
        for member in tar:
            if not member.isfile():
                continue
            parts = member.name.split("/")
            if parts[-1] == "metadata-train-dev.tsv":
                dates = _polnear_dates(tar, member)
            elif (
                len(parts) >= 4
                and parts[-1].endswith(".txt")
                and parts[-2] == "text"
                and parts[-4] == "data"
            ):
                texts.append((member.name, _read(tar, member)))
    articles = []
    for name, data in texts:
        stem = name.rsplit("/", 1)[-1].removesuffix(".txt")
        anchor = dates.get(stem) or _date_in_name(stem) or POLNEAR_FALLBACK_ANCHOR
        articles.append(Article(name, _decode(data), anchor, "us"))
    return sorted(articles, key=lambda a: a.name)


def shared_dir() -> Path:
    """``$NEWSSEED_SHARED``, or ``shared/`` beside the repository."""
    env = os.environ.get("NEWSSEED_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared"


def load_corpora(corpora: Path) -> dict[str, list[Article]]:
    loaders = (("BBC", BBC_TARBALL, load_bbc), ("PolNeAR", POLNEAR_TARBALL, load_polnear))
    loaded: dict[str, list[Article]] = {}
    for label, filename, loader in loaders:
        path = corpora / filename
        if not path.is_file():
            print(f"  {label}: {path} not found, skipped", flush=True)
            continue
        articles = loader(path)
        if articles:
            loaded[label] = articles
        else:
            print(f"  {label}: no articles in {path}, skipped", flush=True)
    return loaded


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
    repeats: int,
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
        f"{sample_bytes / 1e6:.3f} MB, best of {repeats} ==",
        flush=True,
    )
    seconds, found = best_of(lambda: ours(chosen), repeats)
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
    seconds, results = best_of(theirs, repeats)
    mentions = sum(len(r or ()) for r in results)
    peer = Row(
        group=group,
        library="dateparser search_dates",
        items=len(chosen),
        unit="articles",
        nbytes=sample_bytes,
        seconds=seconds,
        found=f"{mentions:,} mentions",
        reference=mine,
    )
    report(peer)

    all_bytes = sum(a.nbytes for a in articles)
    print(
        f"\n== {label}: all {len(articles)} articles, {all_bytes / 1e6:.3f} MB, "
        f"newsseed only, best of {repeats} ==",
        flush=True,
    )
    seconds, found = best_of(lambda: ours(articles), repeats)
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
            "Compare newsseed.normalize (normalize_date, find_dates) with dateparser and "
            "python-dateutil on the same inputs."
        )
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a smoke test: 2 repeats, 1 for articles, 10 sampled articles per corpus",
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
        help="timed repeats, the best is kept (default 5 for strings and 3 for articles; "
        "2 and 1 with --quick)",
    )
    parser.add_argument("--seed", type=int, default=2005, help="seed of the article sample")
    parser.add_argument(
        "--show-values",
        action="store_true",
        help="also print what each library returned for each single string",
    )
    add_json_option(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.articles is not None and args.articles < 1:
        parser.error("--articles must be at least 1")
    if args.repeats is not None and args.repeats < 1:
        parser.error("--repeats must be at least 1")
    peers = load_peers()
    string_repeats = args.repeats or (2 if args.quick else 5)
    article_repeats = args.repeats or (1 if args.quick else 3)
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
    rows = bench_strings(peers, date_strings(), string_repeats, args.show_values)
    notes = [
        f"single strings: written in bench_dates.py, anchor {STRING_ANCHOR}, locale us; "
        f"best of {string_repeats}",
        "dateparser: languages=['en'], RELATIVE_BASE = the anchor, PREFER_DATES_FROM='past', "
        "DATE_ORDER by locale; dateutil: parse(s, default=anchor), errors count as no value",
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
                    peers, label, articles, sample=sample, seed=args.seed, repeats=article_repeats
                )
            )
        notes.append(
            f"articles: BBC business+sport (anchor {BBC_ANCHOR}, locale uk) and PolNeAR "
            "train+dev (anchor = publication date, locale us), headline included; "
            f"{sample} sampled per corpus (seed {args.seed}); best of {article_repeats}; "
            "MB = 10^6 bytes of UTF-8"
        )

    print("\n" + summary(rows, peers, notes, command))
    if args.json:
        # The targets of issue 3: 50x dateparser, no slower than dateutil.
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
