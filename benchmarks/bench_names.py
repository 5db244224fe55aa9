#!/usr/bin/env python3
"""Benchmark newsseed's ``parse_name`` against nameparser's ``HumanName``.

One run, on the same inputs for both libraries, in the same process:

1. **Titled mentions with gold answers.** The rows of ``tests/data/names/parse_name.tsv``
   that have at least one title or an affiliation (``Defence Secretary ...``,
   ``Sen. ... (R-Texas)``). A mention is right when the library's given AND family names
   both equal the gold ones (nameparser: ``.first`` and ``.last``; an empty string counts
   as None); family-only accuracy and titles (all of them joined by one space, against
   nameparser's ``.title``) are reported as well. These rows are newsseed's own case
   table, written with its rules and tested in its suite: newsseed's figure on them is
   not an independent measure. nameparser's figure is the comparison that matters.
2. **PolNeAR source spans.** The sources of the attribution relations in
   ``polnear-attributions-train-dev.jsonl.gz`` (``../shared/corpora``). The pieces of a
   relation's source are joined with one space and white space is collapsed; a span is
   kept when it looks like a name, that is when all of these hold:

   - it has 1 to 8 words (split on white space);
   - at least one word starts with an upper-case letter;
   - its first word is not an article: ``the``, ``a`` or ``an`` in any case (``The``
     at the start of a sentence begins a description, ``The campaign``, not a name);
   - its first word, with a possessive and trailing punctuation removed, is not a
     pronoun or determiner (``he``, ``she``, ``they``, ``I``, ``we``, ``it``, ``you``,
     ``his``, ``her``, ``this``, ``who``... see ``PRONOUNS``) written in lower case or
     with a capital first letter (so ``US`` is kept, ``Us`` is not).

   The kept spans are deduplicated (exact text). There is no gold answer for them, so
   a transparent **heuristic reference, not gold**, stands in: the expected family name
   is the last word of the span that starts with an upper-case letter, after a final
   suffix (``Jr.``, ``Sr.``, ``II``, ``III``, ``IV``) is dropped, with a possessive
   (``'s``, ``’s``, ``s'``) and trailing ``,;:`` removed. The heuristic is wrong for
   spans that are not single names (``Clinton aides``) and for family names with a
   particle (``von der Leyen``). The script prints how often each library's family name
   (nameparser: ``.last``) equals it, exactly, and, for spans containing a word of
   ``OFFICE_WORDS`` (``minister``, ``secretary``, ``president``, ``senator``...), how
   often the library returns a title containing one of those words. The comparison is
   exact: a family name in another case (newsseed title-cases ALL-CAPS text) or with
   its possessive kept (nameparser) is a miss; the misses are counted by kind.

   The same is then run on the **plain spans**, the subset whose words all start with
   an upper-case letter and which hold no comma or bracket (``Gov. Jane Roe``,
   ``Roe``): there the heuristic is close to what a reader would answer.

Each timing is the best of several repeats of one pass over all the inputs, with the
garbage collector off (as :mod:`timeit` does), after one untimed warm-up call. Only
the parse is timed; scores are computed afterwards from the kept results.

``parse_name`` remembers its readings of short mentions (names repeat across a corpus),
and the timed passes repeat the same mentions: newsseed is therefore timed with that
memory bypassed (the function ``parse_name`` calls, undecorated), so that every mention
is read from scratch, as nameparser reads it.

nameparser is not a dependency of newsseed: install it from ``benchmarks/requirements.txt``
(see ``benchmarks/README.md``). No corpus text is printed, only counts and rates.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import importlib
import json
import platform
import shlex
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from _date_corpora import shared_dir
from _suite import SuiteRow, add_json_option, write_json
from bench_dates import best_of, machine, rate_text, share

import newsseed
from newsseed.normalize import PersonName, _names

GOLD_TABLE: Final = (
    Path(__file__).resolve().parents[1] / "tests" / "data" / "names" / "parse_name.tsv"
)
POLNEAR_ATTRIBUTIONS: Final = "polnear-attributions-train-dev.jsonl.gz"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Passes over the case table in one timed run: it is small, one pass takes milliseconds.
GOLD_ROUNDS: Final = 20
#: Longest span, in words, still taken for a name.
MAX_WORDS: Final = 8
ARTICLES: Final = frozenset({"the", "a", "an"})
#: Pronouns and determiners that start a source span which is not a name.
PRONOUNS: Final = _words(
    "i me my mine we us our ours you your yours he him his she her hers it its they them"
    " their theirs one this that these those who whom whose which what someone somebody"
    " anyone everyone nobody some many most all both each few several others another"
)
#: Suffixes dropped from the end of a span before the reference family name is taken.
REFERENCE_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: A short list of office words, for the office-title check on PolNeAR spans.
OFFICE_WORDS: Final = _words(
    "minister secretary president senator sen governor gov spokesman spokeswoman"
    " spokesperson representative rep congressman congresswoman mayor speaker chairman"
    " chairwoman ambassador director adviser advisor attorney judge"
)


# --------------------------------------------------------------------------------------
# The peer, imported by name so that a missing one gives a clear message.


@dataclass(frozen=True)
class Peer:
    """nameparser's entry point and version."""

    human_name: Callable[[str], Any]
    version: str


def load_peer() -> Peer:
    """Import nameparser, or exit with a message saying what to install."""
    try:
        module = importlib.import_module("nameparser")
    except ImportError:
        sys.exit(
            "bench_names: nameparser not installed; this benchmark compares newsseed "
            "against it. Install it with:\n"
            "    pip install -r benchmarks/requirements.txt"
        )
    return Peer(human_name=module.HumanName, version=str(getattr(module, "__version__", "?")))


# --------------------------------------------------------------------------------------
# What each library returned, in one shape.


@dataclass(frozen=True)
class Parsed:
    """The parts compared: titles as one string, given and family name (None if empty)."""

    title: str | None
    given: str | None
    family: str | None


def _none_if_empty(value: object) -> str | None:
    text = "" if value is None else str(value)
    return text or None


def from_newsseed(name: PersonName) -> Parsed:
    return Parsed(_none_if_empty(" ".join(name.titles)), name.given, name.family)


def from_nameparser(name: Any) -> Parsed:
    return Parsed(_none_if_empty(name.title), _none_if_empty(name.first), _none_if_empty(name.last))


@dataclass(frozen=True)
class Library:
    """One library under test: how to parse one mention, and how to read the result."""

    name: str
    parse: Callable[[str], Any]
    read: Callable[[Any], Parsed]


#: parse_name without its memory of short mentions: what it does on a mention it has not
#: seen (see the module's docstring).
# (remember_short returns its memory's lookup, a bound method: the memory holds the function.)
_from_scratch: Callable[[str], PersonName] = _names._parse_name.__self__.__wrapped__  # type: ignore[attr-defined]


def libraries(peer: Peer) -> tuple[Library, Library]:
    return (
        Library("newsseed parse_name", _from_scratch, from_newsseed),
        Library(f"nameparser {peer.version} HumanName", peer.human_name, from_nameparser),
    )


def timed(library: Library, texts: Sequence[str], repeats: int) -> tuple[float, list[Parsed]]:
    """The best time of one pass of ``library`` over ``texts``, and what it returned."""
    parse = library.parse
    parse("Defence Secretary Jane Example")  # warm-up: lazy imports and caches not timed

    def run() -> list[Any]:
        return [parse(text) for text in texts]

    seconds, results = best_of(run, repeats)
    return seconds, [library.read(result) for result in results]


# --------------------------------------------------------------------------------------
# Results and the summary table.


@dataclass(frozen=True)
class Row:
    """One library on one set of inputs."""

    group: str
    library: str
    items: int
    seconds: float
    #: given+family, family, title: already formatted ("-" when not measured).
    scores: tuple[str, str, str]
    reference: Row | None = field(default=None, compare=False)
    #: The headline scores as fractions, by what they measure (for ``--json``).
    accuracy: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def rate(self) -> float:
        return self.items / self.seconds if self.seconds > 0 else float("inf")

    @property
    def speedup(self) -> float | None:
        """newsseed's rate over this row's rate (how many times faster newsseed is)."""
        return None if self.reference is None else self.reference.rate / self.rate


def report(row: Row, labels: tuple[str, str, str]) -> None:
    """Print one row as it is measured."""
    line = f"  {row.library:<28} {rate_text(row.rate):>10} mentions/s"
    if row.speedup is not None:
        line += f"  (newsseed/nameparser: {row.speedup:.2f}x)"
    print(line, flush=True)
    for label, score in zip(labels, row.scores, strict=True):
        if score != "-":
            print(f"      {label:<34} {score}", flush=True)


def summary(rows: Sequence[Row], peer: Peer, notes: Sequence[str], command: str) -> str:
    lines = [
        f"### Name benchmark, {dt.date.today().isoformat()}",
        "",
        f"- newsseed {newsseed.__version__}, nameparser {peer.version}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}) on {machine()}",
        f"- command: `{command}`",
        *(f"- {note}" for note in notes),
        "",
        "| inputs | library | mentions/s | given+family | family | titles | newsseed speed-up |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        speedup = "" if row.speedup is None else f"{row.speedup:,.2f}x"
        scores = " | ".join(row.scores)
        lines.append(
            f"| {row.group} | {row.library} | {rate_text(row.rate)} | {scores} | {speedup} |"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------------------
# Part 1: newsseed's case table, titled rows only.


@dataclass(frozen=True)
class Gold:
    """One row of the case table (its text is the mention)."""

    text: str
    titles: tuple[str, ...]
    given: str | None
    family: str | None


def load_gold(path: Path) -> list[Gold]:
    """The rows with at least one title or an affiliation, read as the tests read them."""
    with path.open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle, delimiter="\t"))
    rows = []
    for record in records:
        titles = tuple(t for t in record["titles"].split(" | ") if t)
        if titles or record["affiliation"]:
            rows.append(
                Gold(record["text"], titles, record["given"] or None, record["family"] or None)
            )
    return rows


GOLD_LABELS: Final = ("given and family right", "family right", "titles right (joined)")


def bench_gold(
    lib: Sequence[Library], rows: Sequence[Gold], repeats: int, misses: bool
) -> list[Row]:
    texts = [row.text for row in rows]
    titled = sum(bool(row.titles) for row in rows)
    group = f"case table, {len(rows)} titled rows"
    print(
        f"\n== Titled mentions with gold answers: {len(rows)} rows of {GOLD_TABLE.name} "
        f"({titled} with a title), {GOLD_ROUNDS} passes per timed run, best of {repeats} ==\n"
        "  These rows are newsseed's own case table: newsseed's accuracy on them is not an\n"
        "  independent measure. nameparser's accuracy is the comparison that matters.",
        flush=True,
    )
    out: list[Row] = []
    for library in lib:
        seconds, parsed = timed(library, texts * GOLD_ROUNDS, repeats)
        parsed = parsed[: len(texts)]
        both = family = title = 0
        wrong: list[tuple[Gold, Parsed]] = []
        for gold, got in zip(rows, parsed, strict=True):
            family_right = got.family == gold.family
            family += family_right
            right = family_right and got.given == gold.given
            both += right
            if gold.titles:
                title += got.title == " ".join(gold.titles)
            if not right:
                wrong.append((gold, got))
        row = Row(
            group=group,
            library=library.name,
            items=len(rows) * GOLD_ROUNDS,
            seconds=seconds,
            scores=(share(both, len(rows)), share(family, len(rows)), share(title, titled)),
            reference=out[0] if out else None,
            accuracy={"given+family accuracy (newsseed's own cases)": both / len(rows)},
        )
        report(row, GOLD_LABELS)
        if misses:
            for gold, got in wrong:
                print(
                    f"      miss: {gold.text!r}: gold given={gold.given!r} "
                    f"family={gold.family!r}; got given={got.given!r} family={got.family!r} "
                    f"title={got.title!r}"
                )
        out.append(row)
    return out


# --------------------------------------------------------------------------------------
# Part 2: PolNeAR source spans, against a heuristic reference.


def _strip_possessive(word: str) -> str:
    for ending in ("'s", "’s", "'S", "’S"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    if len(word) > 2 and word[-1] in "'’" and word[-2] in "sS":
        return word[:-1]
    return word


def _bare(word: str) -> str:
    return _strip_possessive(word.strip(",;:")).rstrip(".").lower()


def rejection(span: str) -> str | None:
    """Why ``span`` does not look like a name, or None when it does."""
    words = span.split()
    if not words:
        return "empty"
    if len(words) > MAX_WORDS:
        return f"more than {MAX_WORDS} words"
    if not any(word[:1].isupper() for word in words):
        return "no capitalised word"
    first = words[0]
    if first.lower() in ARTICLES:
        return "starts with an article"
    bare = _strip_possessive(first.rstrip(",;:."))
    if bare.lower() in PRONOUNS and bare in {bare.lower(), bare.capitalize()}:
        return "starts with a pronoun"
    return None


def load_spans(path: Path) -> tuple[list[str], Counter[str]]:
    """The name-like source spans, deduplicated in reading order, and the counts of each step."""
    counts: Counter[str] = Counter()
    kept: dict[str, None] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            relation = json.loads(line)
            counts["relations"] += 1
            pieces = [str(piece.get("text", "")) for piece in relation.get("source") or ()]
            span = " ".join(" ".join(pieces).split())
            why = rejection(span)
            if why is not None:
                counts[f"dropped: {why}"] += 1
                continue
            counts["kept"] += 1
            kept[span] = None
    counts["unique"] = len(kept)
    return list(kept), counts


def expected_family(span: str) -> str | None:
    """The heuristic reference (not gold): the last capitalised word, suffix and possessive off."""
    words = [word.strip(",;:") for word in span.split()]
    words = [word for word in words if word]
    if len(words) > 1 and _bare(words[-1]) in REFERENCE_SUFFIXES:
        words.pop()
    for word in reversed(words):
        if word[:1].isupper():
            return _strip_possessive(word).strip(",;:") or None
    return None


def _office_words(text: str) -> set[str]:
    return {part for word in text.split() for part in _bare(word).split("-")} & OFFICE_WORDS


def _ends_possessive(span: str) -> bool:
    last = span.rstrip(",;:").rstrip()
    return _strip_possessive(last) != last


def miss_kind(span: str, got: str | None, expected: str | None) -> str:
    """Why a library's family name differs from the reference, roughly (for counts only)."""
    if got is None:
        return "one-word span, no family" if len(span.split()) == 1 else "no family name"
    if expected is not None:
        if got.casefold() == expected.casefold():
            return "same but for case"
        if _strip_possessive(got) == expected:
            return "possessive kept"
        if got.endswith(" " + expected):
            return "longer family ending with it"
    if "," in span:
        return "other, span with a comma"
    return "other"


def is_plain(span: str) -> bool:
    """Every word capitalised, no comma or bracket: where the reference is most trustworthy."""
    return all(word[:1].isupper() for word in span.split()) and not any(
        char in span for char in ",()[]"
    )


POLNEAR_LABELS: Final = ("-", "family = heuristic reference", "office title (span has one)")


def bench_polnear(
    lib: Sequence[Library], label: str, spans: Sequence[str], repeats: int
) -> list[Row]:
    expected = [expected_family(span) for span in spans]
    with_office = [bool(_office_words(span)) for span in spans]
    offices = sum(with_office)
    one_word = sum(len(span.split()) == 1 for span in spans)
    possessive = sum(_ends_possessive(span) for span in spans)
    group = f"PolNeAR, {len(spans):,} {label}"
    print(
        f"\n== PolNeAR: {len(spans):,} {label} ({offices:,} with an office word, "
        f"{one_word:,} of one word, {possessive:,} ending in a possessive), "
        f"best of {repeats} ==\n"
        "  The reference is a HEURISTIC, not gold: the expected family name is the span's\n"
        "  last capitalised word, a final Jr./Sr./II/III/IV and a possessive removed.",
        flush=True,
    )
    out: list[Row] = []
    for library in lib:
        seconds, parsed = timed(library, spans, repeats)
        family = office = 0
        misses: Counter[str] = Counter()
        for index, got in enumerate(parsed):
            if got.family == expected[index]:
                family += 1
            else:
                misses[miss_kind(spans[index], got.family, expected[index])] += 1
            if with_office[index] and got.title and _office_words(got.title):
                office += 1
        row = Row(
            group=group,
            library=library.name,
            items=len(spans),
            seconds=seconds,
            scores=("-", share(family, len(spans)), share(office, offices)),
            reference=out[0] if out else None,
            accuracy={"family = heuristic reference (not gold)": family / len(spans)},
        )
        report(row, POLNEAR_LABELS)
        detail = ", ".join(f"{kind} {n:,}" for kind, n in misses.most_common())
        print(f"      family differs from the reference: {detail or 'never'}", flush=True)
        out.append(row)
    return out


# --------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=(
            "Compare newsseed.normalize.parse_name with nameparser.HumanName on newsseed's "
            "titled case-table rows (gold) and on PolNeAR source spans (heuristic reference)."
        )
    )
    parser.add_argument(
        "--quick", action="store_true", help="a smoke test: 2 timed repeats instead of 5"
    )
    parser.add_argument(
        "--repeats", type=int, metavar="N", help="timed repeats, the best is kept (default 5)"
    )
    parser.add_argument(
        "--show-misses",
        action="store_true",
        help="print the case-table rows each library gets wrong (never corpus text)",
    )
    add_json_option(parser)
    return parser


def headline(rows: Sequence[Row]) -> list[SuiteRow]:
    """The benchmark suite's rows (``--json``): speed, then the headline scores."""
    peer = "nameparser HumanName"
    pairs = [(row.reference, row) for row in rows if row.reference is not None]
    speed = [
        SuiteRow(f"parse_name, {row.group}", "mentions/s", ref.rate, peer, row.rate)
        for ref, row in pairs
    ]
    scores = [
        SuiteRow(f"parse_name, {row.group}", unit, value, peer, row.accuracy[unit], better=None)
        for ref, row in pairs
        for unit, value in ref.accuracy.items()
    ]
    return speed + scores


def _counts(counts: Counter[str], keys: Iterable[str]) -> str:
    return ", ".join(f"{key} {counts[key]:,}" for key in keys if counts[key])


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.repeats is not None and args.repeats < 1:
        parser.error("--repeats must be at least 1")
    peer = load_peer()
    repeats = args.repeats or (2 if args.quick else 5)
    command = shlex.join(
        ["python", "benchmarks/bench_names.py", *(sys.argv[1:] if argv is None else argv)]
    )
    lib = libraries(peer)
    print(
        f"newsseed {newsseed.__version__} vs nameparser {peer.version}; "
        f"Python {platform.python_version()}, {machine()}",
        flush=True,
    )

    gold = load_gold(GOLD_TABLE)
    rows = bench_gold(lib, gold, repeats, args.show_misses)
    notes = [
        f"case table: the {len(gold)} rows of tests/data/names/parse_name.tsv with a title or "
        f"an affiliation ({GOLD_ROUNDS} passes per timed run); gold given/family "
        "(nameparser: .first/.last, empty = None); titles: "
        "all titles joined by one space against nameparser's .title, over the rows with a "
        "title. **These rows are newsseed's own case table, so newsseed's score on them is "
        "not independent; nameparser's is the comparison that matters.**",
    ]

    path = shared_dir() / "corpora" / POLNEAR_ATTRIBUTIONS
    if not path.is_file():
        print(
            f"\n== PolNeAR source spans ==\n  {path} not found: this part is skipped "
            "(set NEWSSEED_SHARED to the shared directory to run it)",
            flush=True,
        )
        notes.append("PolNeAR source spans: skipped, corpus not found")
    else:
        spans, counts = load_spans(path)
        dropped = sorted(key for key in counts if key.startswith("dropped: "))
        print(
            f"\n  PolNeAR relations {counts['relations']:,}: "
            f"{_counts(counts, dropped)}; kept {counts['kept']:,}, unique {counts['unique']:,}",
            flush=True,
        )
        plain = [span for span in spans if is_plain(span)]
        rows.extend(bench_polnear(lib, "source spans", spans, repeats))
        rows.extend(bench_polnear(lib, "plain spans, a subset", plain, repeats))
        notes.append(
            f"PolNeAR source spans: {counts['unique']:,} unique spans of 1-{MAX_WORDS} words "
            f"kept from {counts['relations']:,} train+dev relations (a capitalised word, no "
            "leading article or pronoun). **The family column there is agreement with a "
            "heuristic reference, not gold**: the span's last capitalised word, a final "
            "Jr./Sr./II/III/IV and a possessive removed. The titles column is the share of "
            "spans with an office word (minister, secretary, president, senator...) where "
            "the library returns a title holding one. Plain spans: the subset whose words "
            "all start with a capital, with no comma or bracket, where the reference is "
            "most trustworthy. Exact comparison: an ALL-CAPS span that newsseed puts in "
            "title case, or a possessive that nameparser keeps, counts as a miss."
        )
    notes.append(f"only the parse is timed, best of {repeats}, garbage collector off")

    print("\n" + summary(rows, peer, notes, command))
    if args.json:
        write_json(args.json, "names", command, {"nameparser": peer.version}, headline(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
