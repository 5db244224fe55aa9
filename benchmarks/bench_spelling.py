#!/usr/bin/env python3
"""Benchmark newsseed's US/UK spelling functions against breame.

One run, on the same inputs for both libraries, in the same process:

1. **Whole texts.** Every BBC business and sport article (British spelling) goes to
   American spelling, every PolNeAR train and dev article (American spelling) to British;
   the whole file is passed, headline included.

   - newsseed: ``to_us(text)`` (BBC) and ``to_uk(text)`` (PolNeAR), default options.
   - breame, tokenise + look up: the text is split into words with one regex,
     ``WORD`` = ``[A-Za-z]+(?:['’][A-Za-z]+)*``, and each word goes through
     ``get_american_spelling`` (BBC) or ``get_british_spelling`` (PolNeAR). That is the
     least a breame user must do to rewrite text; the text is not rebuilt and case is
     not restored, which newsseed does and breame does not.
   - breame, rewrite: ``WORD.sub`` with the same lookup, keeping the word's case (lower
     case, capitalised or in capitals; a word in mixed case is kept as written), so that
     a text comes out, as with newsseed. This row is not in breame: it is written here.
   - breame, lookups alone: the lookup over the words of the corpus split beforehand
     with ``WORD`` (the split is not timed), a more generous row for breame.

   Words per second for the text rows count the words with ``len(text.split())``; for
   the lookup row, the length of the word list (about 1% fewer: ``WORD`` splits no
   hyphenated word but drops numbers and punctuation).
2. **The key.** ``spelling_key(word)`` over the same pre-split word list, against the
   breame lookup over it (words per second for both). ``spelling_key`` remembers the
   keys of short words it has seen, so it is timed twice: as it runs (warm, after the
   warm-up) and cold, its remembered keys forgotten before each pass.

newsseed reads its tables and compiles its regex on its first call; breame loads its
dictionaries when ``breame.spelling`` is imported. Both are warmed up before any timing,
and the one-off costs are printed apart ("first-call setup").

Then the script counts, without scoring, how many words each library would change on
each corpus: for newsseed the number of changes ``to_us_and_explain`` /
``to_uk_and_explain`` returns; for breame the number of ``WORD`` words whose lookup
differs from the word in lower case. It prints the 15 most frequent changes of each,
as ``before -> after`` in lower case (single words from the libraries' tables, not
corpus text), and the number of breame changes to words whose spelling, in the other
variety, depends on their sense (``SENSE_DEPENDENT``: practice, license, program, tire,
draft, connection, filter, meter, check and their plurals; see docs/spelling.md).

Each timing is the best of several repeats of one pass over all the inputs, with the
garbage collector off (as :mod:`timeit` does). breame is not a dependency of newsseed:
install it from ``benchmarks/requirements.txt`` (see ``benchmarks/README.md``). No
corpus text is printed, only counts, rates and single dictionary words.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.metadata
import platform
import re
import shlex
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from _date_corpora import load_corpora, shared_dir
from _suite import add_json_option, write_json
from bench_dates import (
    Row,
    best_of,
    headline,
    machine,
    rate_text,
    report,
)

import newsseed
from newsseed.normalize import (
    _spelling,
    spelling_key,
    to_uk,
    to_uk_and_explain,
    to_us,
    to_us_and_explain,
)

#: How the breame rows split a text into words.
WORD: Final = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
#: Words whose spelling in the other variety depends on their sense (docs/spelling.md).
_SENSE_DEPENDENT: Final = (
    "practice",
    "license",
    "program",
    "tire",
    "draft",
    "connection",
    "filter",
    "meter",
    "check",
)
SENSE_DEPENDENT: Final = frozenset((*_SENSE_DEPENDENT, *(word + "s" for word in _SENSE_DEPENDENT)))
#: Most frequent changes listed per library and corpus.
TOP: Final = 15

Lookup = Callable[[str], str]


# --------------------------------------------------------------------------------------
# The peer, imported by name so that a missing one gives a clear message.


@dataclass(frozen=True)
class Peer:
    """breame's lookups, its version, and how long importing it took."""

    to_american: Lookup
    to_british: Lookup
    version: str
    import_seconds: float


def load_peer() -> Peer:
    """Import breame, or exit with a message saying what to install."""
    start = time.perf_counter()
    try:
        module = importlib.import_module("breame.spelling")
    except ImportError:
        sys.exit(
            "bench_spelling: breame not installed; this benchmark compares newsseed "
            "against it. Install it with:\n"
            "    pip install -r benchmarks/requirements.txt"
        )
    seconds = time.perf_counter() - start
    try:
        version = importlib.metadata.version("breame")
    except importlib.metadata.PackageNotFoundError:
        version = "?"
    return Peer(
        to_american=module.get_american_spelling,
        to_british=module.get_british_spelling,
        version=version,
        import_seconds=seconds,
    )


def first_calls() -> list[tuple[str, float]]:
    """newsseed's one-off cost of each function's first call (tables read, regex compiled)."""
    timed: list[tuple[str, float]] = []
    calls: tuple[tuple[str, Callable[[str], str], str], ...] = (
        ("to_us", to_us, "The colour of the theatre."),
        ("to_uk", to_uk, "The color of the theater."),
        ("spelling_key", spelling_key, "colour"),
    )
    for label, function, text in calls:
        start = time.perf_counter()
        function(text)
        timed.append((label, time.perf_counter() - start))
    return timed


# --------------------------------------------------------------------------------------
# What each library does to one corpus.


def keep_case(written: str, new: str) -> str:
    """``new`` (lower case) in the case of ``written``; a word in mixed case stays."""
    if written.islower():
        return new
    if written.isupper() and len(written) > 1:
        return new.upper()
    if written[0].isupper() and written[1:].islower():
        return new[0].upper() + new[1:]
    return written


def breame_rewrite(text: str, lookup: Lookup) -> str:
    """``text`` with each ``WORD`` replaced by breame's spelling, its case kept."""

    def one(match: re.Match[str]) -> str:
        written = match.group()
        new = lookup(written)
        return written if new == written.lower() else keep_case(written, new)

    return WORD.sub(one, text)


@dataclass(frozen=True)
class Corpus:
    """One corpus, as both libraries see it (its text is never printed)."""

    label: str
    direction: str  # "US" or "UK"
    texts: list[str]
    words: list[str]

    @property
    def split_words(self) -> int:
        return sum(len(text.split()) for text in self.texts)

    @property
    def nbytes(self) -> int:
        return sum(len(text.encode("utf-8")) for text in self.texts)

    @property
    def word_bytes(self) -> int:
        return sum(len(word.encode("utf-8")) for word in self.words)


@dataclass(frozen=True)
class Changes:
    """What one library would change on one corpus."""

    library: str
    corpus: str
    total: int
    pairs: Counter[tuple[str, str]]

    @property
    def sense_dependent(self) -> int:
        return sum(n for (before, _), n in self.pairs.items() if before in SENSE_DEPENDENT)


def newsseed_changes(corpus: Corpus) -> Changes:
    explain = to_us_and_explain if corpus.direction == "US" else to_uk_and_explain
    pairs: Counter[tuple[str, str]] = Counter()
    for text in corpus.texts:
        pairs.update((c.before.lower(), c.after.lower()) for c in explain(text)[1])
    return Changes("newsseed", corpus.label, pairs.total(), pairs)


def breame_changes(corpus: Corpus, lookup: Lookup) -> Changes:
    pairs: Counter[tuple[str, str]] = Counter()
    for word in corpus.words:
        lowered = word.lower()
        new = lookup(word)
        if new != lowered:
            pairs[lowered, new] += 1
    return Changes("breame", corpus.label, pairs.total(), pairs)


def bench_corpus(
    corpus: Corpus, lookup: Lookup, lookup_name: str, repeats: int
) -> tuple[list[Row], list[Changes]]:
    ours = to_us if corpus.direction == "US" else to_uk
    texts, words = corpus.texts, corpus.words
    findall = WORD.findall
    ours_changes = newsseed_changes(corpus)
    theirs_changes = breame_changes(corpus, lookup)
    changed_ours = f"{ours_changes.total:,} words changed"
    changed_theirs = f"{theirs_changes.total:,} words changed"

    print(
        f"\n== {corpus.label}: {len(texts):,} articles, {corpus.split_words:,} words "
        f"(split on white space), {corpus.nbytes / 1e6:.3f} MB, to {corpus.direction}, "
        f"best of {repeats} ==",
        flush=True,
    )
    group = f"{corpus.label}, {len(texts):,} texts to {corpus.direction}"
    seconds, _ = best_of(lambda: [ours(text) for text in texts], repeats)
    mine = Row(
        group=group,
        library=f"newsseed {ours.__name__}(text)",
        items=corpus.split_words,
        unit="words",
        nbytes=corpus.nbytes,
        seconds=seconds,
        found=changed_ours,
    )
    report(mine)
    rows = [mine]
    for library, run, items, nbytes in (
        (
            f"breame WORD.findall + {lookup_name}",
            lambda: [[lookup(w) for w in findall(text)] for text in texts],
            corpus.split_words,
            corpus.nbytes,
        ),
        (
            f"breame rewrite (WORD.sub + {lookup_name}, case kept)",
            lambda: [breame_rewrite(text, lookup) for text in texts],
            corpus.split_words,
            corpus.nbytes,
        ),
        (
            f"breame {lookup_name}, pre-split words",
            lambda: [lookup(w) for w in words],
            len(words),
            corpus.word_bytes,
        ),
    ):
        seconds, _ = best_of(run, repeats)
        row = Row(group, library, items, "words", nbytes, seconds, changed_theirs, mine)
        report(row)
        rows.append(row)
    lookup_seconds = rows[-1].seconds

    print(
        f"\n== {corpus.label}: {len(words):,} pre-split words, key, best of {repeats} ==",
        flush=True,
    )
    group = f"{corpus.label}, {len(words):,} pre-split words"
    seconds, keys = best_of(lambda: [spelling_key(w) for w in words], repeats)
    keyed = sum(
        key != word.lower().replace("’", "'") for key, word in zip(keys, words, strict=True)
    )
    key_row = Row(
        group=group,
        library="newsseed spelling_key(word)",
        items=len(words),
        unit="words",
        nbytes=corpus.word_bytes,
        seconds=seconds,
        found=f"{keyed:,} keyed to another spelling",
    )
    report(key_row)

    def cold() -> list[str]:
        # spelling_key remembers the keys of short words; forgetting them before each
        # pass times the first sight of every word of the corpus as well as repeats.
        _spelling._memo.clear()
        return [spelling_key(w) for w in words]

    seconds, _ = best_of(cold, repeats)
    cold_row = replace(
        key_row, library="newsseed spelling_key(word), cold (no key remembered)", seconds=seconds
    )
    report(cold_row)
    rows.extend((key_row, cold_row))
    for reference, against in ((key_row, ""), (cold_row, ", against the cold key")):
        peer_row = Row(
            group=group,
            library=f"breame {lookup_name}(word){against}",
            items=len(words),
            unit="words",
            nbytes=corpus.word_bytes,
            seconds=lookup_seconds,
            found=changed_theirs,
            reference=reference,
        )
        report(peer_row)
        rows.append(peer_row)
    return rows, [ours_changes, theirs_changes]


# --------------------------------------------------------------------------------------
# Printing the changes and the summary.


def print_changes(changes: Changes) -> None:
    print(
        f"\n  {changes.library} on {changes.corpus}: {changes.total:,} words changed, "
        f"{len(changes.pairs):,} distinct; {changes.sense_dependent:,} to a sense-dependent "
        "word; most frequent:",
        flush=True,
    )
    for (before, after), count in changes.pairs.most_common(TOP):
        mark = "  (sense-dependent)" if before in SENSE_DEPENDENT else ""
        print(f"    {count:6,}  {before} -> {after}{mark}", flush=True)
    wrong = Counter(
        {pair: n for pair, n in changes.pairs.items() if pair[0] in SENSE_DEPENDENT}
    ).most_common()
    if wrong:
        listed = ", ".join(f"{before} -> {after} {n:,}" for (before, after), n in wrong)
        print(f"    sense-dependent: {listed}", flush=True)


def summary(
    rows: Sequence[Row],
    changes: Sequence[Changes],
    peer: Peer,
    notes: Sequence[str],
    command: str,
) -> str:
    lines = [
        f"### Spelling benchmark, {dt.date.today().isoformat()}",
        "",
        f"- newsseed {newsseed.__version__}, breame {peer.version}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}) on {machine()}",
        f"- command: `{command}`",
        *(f"- {note}" for note in notes),
    ]
    if rows:
        lines += [
            "",
            "| inputs | library | words/s | MB/s | changes | newsseed speed-up |",
            "| --- | --- | ---: | ---: | --- | ---: |",
        ]
        for row in rows:
            speedup = "" if row.speedup is None else f"{row.speedup:,.2f}x"
            lines.append(
                f"| {row.group} | {row.library} | {rate_text(row.rate)} | "
                f"{row.mb_per_s:.3f} | {row.found} | {speedup} |"
            )
    if changes:
        lines += [
            "",
            "| corpus | library | words changed | distinct changes | to a sense-dependent word |",
            "| --- | --- | ---: | ---: | ---: |",
        ]
        for c in changes:
            lines.append(
                f"| {c.corpus} | {c.library} | {c.total:,} | {len(c.pairs):,} | "
                f"{c.sense_dependent:,} |"
            )
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=(
            "Compare newsseed.normalize (to_us, to_uk, spelling_key) with breame on the "
            "same texts and words."
        )
    )
    parser.add_argument("--quick", action="store_true", help="a smoke test: 2 timed repeats")
    parser.add_argument(
        "--repeats",
        type=int,
        metavar="N",
        help="timed repeats, the best is kept (default 5, or 2 with --quick)",
    )
    add_json_option(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.repeats is not None and args.repeats < 1:
        parser.error("--repeats must be at least 1")
    peer = load_peer()
    setup = first_calls()  # before anything else calls newsseed's spelling functions
    repeats = args.repeats or (2 if args.quick else 5)
    command = shlex.join(
        ["python", "benchmarks/bench_spelling.py", *(sys.argv[1:] if argv is None else argv)]
    )
    print(
        f"newsseed {newsseed.__version__} vs breame {peer.version}; "
        f"Python {platform.python_version()}, {machine()}",
        flush=True,
    )
    setup_text = ", ".join(f"{label} {seconds:.3f} s" for label, seconds in setup)
    setup_note = (
        f"first-call setup (one-off, not in the rates): newsseed {setup_text} "
        f"(tables read, regex compiled); breame: import of breame.spelling "
        f"{peer.import_seconds:.3f} s (dictionaries loaded)"
    )
    print(f"  {setup_note}", flush=True)
    notes = [setup_note]

    corpora = shared_dir() / "corpora"
    print(f"\n== Articles from {corpora} ==", flush=True)
    loaded = load_corpora(corpora) if corpora.is_dir() else {}
    rows: list[Row] = []
    changes: list[Changes] = []
    if not loaded:
        print(
            f"  no corpora found at {corpora}: the benchmark is skipped "
            "(set NEWSSEED_SHARED to the shared directory to run it)",
            flush=True,
        )
        notes.append("texts: skipped, corpora not found")
    else:
        directions = {"BBC": ("US", peer.to_american, "get_american_spelling")}
        directions["PolNeAR"] = ("UK", peer.to_british, "get_british_spelling")
        for label, articles in loaded.items():
            direction, lookup, lookup_name = directions[label]
            texts = [article.text for article in articles]
            words = [word for text in texts for word in WORD.findall(text)]
            corpus = Corpus(label, direction, texts, words)
            corpus_rows, corpus_changes = bench_corpus(corpus, lookup, lookup_name, repeats)
            rows.extend(corpus_rows)
            changes.extend(corpus_changes)
        print("\n== What each library would change (counts, not scores) ==", flush=True)
        for c in changes:
            print_changes(c)
        notes += [
            "texts: every BBC business+sport article (British spelling) to US, every PolNeAR "
            "train+dev article (American spelling) to UK, whole files, headline included; "
            "words/s count `len(text.split())` words for texts and the list length for "
            "pre-split words; MB = 10^6 bytes of UTF-8 (of the texts, or of the words alone "
            f"for pre-split words); best of {repeats}, garbage collector off, after warm-up",
            "breame rows: `WORD = [A-Za-z]+(?:['’][A-Za-z]+)*` splits the text; "
            "`findall + lookup` is the least a breame user does and returns no text (no "
            "rebuilt text, no case); `rewrite` is `WORD.sub` with the lookup and case kept, "
            "written in the benchmark, not in breame; pre-split words: the lookup alone "
            "over the words split beforehand, split untimed",
            "changes: newsseed's from `to_us_and_explain`/`to_uk_and_explain`; breame's are "
            "the words whose lookup differs from the word in lower case; sense-dependent: "
            "changes to practice, license, program, tire, draft, connection, filter, meter, "
            "check or their plurals, whose spelling in the other variety depends on the "
            "sense (docs/spelling.md). Counts, not scores",
        ]

    print("\n" + summary(rows, changes, peer, notes, command))
    if args.json:
        # The suite's rows: whole texts, against breame's split + lookup and its rewrite.
        whole = [row for row in rows if row.library.startswith(("breame WORD.", "breame rewrite"))]
        write_json(args.json, "spelling", command, {"breame": peer.version}, headline(whole))
    return 0


if __name__ == "__main__":
    sys.exit(main())
