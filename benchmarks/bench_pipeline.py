#!/usr/bin/env python3
"""Pipeline figures: whole-article parsing against spaCy + textacy, import time against
dateparser, memory while streaming every Reuters story, and 1 against 2 workers.

Each comparison runs newsseed and its peer on the same input in one run and prints
the ratio:

1. **Parse.** ``newsseed.parse(text)`` (layout, dateline, dates, entities, quotes) on
   a seeded sample of BBC and PolNeAR articles (whole files) against what a spaCy user
   runs for the same records: spaCy's small English pipeline over the texts
   (``nlp.pipe``, default batch size, every default component: textacy needs the
   parser), the entities read off each doc, and textacy's
   ``extract.triples.direct_quotations`` (a doc on which textacy gives up counts as
   done). Words per second, ``len(text.split())`` words; the fastest of the repeats,
   garbage collector off, after a warm-up. Target: newsseed 50x faster.
2. **Import time.** ``import newsseed`` and ``import dateparser`` each in a fresh
   interpreter, alternately, the fastest of the runs (wall clock around the import
   statement only, so the interpreter's own start-up is left out), with bytecode
   written and read as for an installed package. Target: under 50 ms.
3. **Memory while streaming.** In a fresh process, ``newsseed.iter_articles`` over
   every story of the Reuters-21578 training file, parsed and dropped one by one (the
   file read as many times as ``--passes`` says, to show that memory does not grow
   with the stream); peak RSS (``VmHWM``) after the import, after the first pass and at
   the end. Target: under 200 MB. Then the first 1,000 stories alone, through newsseed
   and through spaCy + textacy (``nlp.pipe`` over the bodies), each in a fresh process:
   the peak RSS of each.
4. **Workers.** ``newsseed.iter_articles`` over the BBC and PolNeAR archives with
   ``workers=1`` and ``workers=2``, alternately, in a fresh process (not this one, whose
   spaCy heap forked workers would copy), wall clock, output checked equal; the speed-up
   is the first time over the second.

    python benchmarks/bench_pipeline.py [--quick] [--articles N] [--repeats N] [--json PATH]

Peers (spaCy, its small model, textacy, dateparser) come from
``benchmarks/requirements.txt``; without them the newsseed side still runs and the
rows say "no peer". No corpus text is printed.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gzip
import importlib
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

from _suite import SuiteRow, add_json_option, write_json
from bench_dates import best_of, cold
from eval_quotes import load_peer

import newsseed

ROOT: Final = Path(__file__).resolve().parents[1]
SHARED: Final = Path(os.environ.get("NEWSSEED_SHARED", ROOT.parent / "shared"))
CORPORA: Final = SHARED / "corpora"
BBC: Final = CORPORA / "bbc-business-sport.tar.gz"
POLNEAR: Final = CORPORA / "polnear-train-dev.tar.gz"
REUTERS: Final = CORPORA / "reuters21578-train.jsonl.gz"
REUTERS_OPTIONS: Final = newsseed.CorpusOptions(
    text_field="body", id_field="newid", date_field="date_raw"
)


def _texts(archive: Path) -> Iterator[str]:
    with tarfile.open(archive) as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".txt"):
                handle = tar.extractfile(member)
                if handle is not None:
                    yield handle.read().decode("utf-8", "replace")


# ------------------------------------------------------------------------ 1. parse


def bench_parse(articles: int, repeats: int, seed: int) -> list[SuiteRow]:
    print(f"1. parse: {articles} articles from each of BBC and PolNeAR")
    if not (BBC.is_file() and POLNEAR.is_file()):
        print(f"  skipped: the corpora are not in {CORPORA}")
        return []
    rng = random.Random(seed)
    texts = [t for archive in (BBC, POLNEAR) for t in rng.sample(list(_texts(archive)), articles)]
    words = sum(len(t.split()) for t in texts)
    for text in texts[:5]:  # warm-up: patterns compiled, tables read
        newsseed.parse(text)
    ours, _ = best_of(cold(lambda: [newsseed.parse(t) for t in texts]), repeats)
    print(f"  newsseed.parse: {words / ours:,.0f} words/s ({len(texts)} texts, {words:,} words)")
    reported = newsseed.ParseOptions(find_reported=True)
    with_reported, _ = best_of(
        cold(lambda: [newsseed.parse(t, options=reported) for t in texts]), repeats
    )
    print(f"  newsseed.parse, reported speech on: {words / with_reported:,.0f} words/s")
    measure = f"parse, {len(texts)} BBC + PolNeAR articles"
    rows = [
        SuiteRow(measure, "words/s", words / ours, min_ratio=50),
        SuiteRow(f"{measure}, reported speech on", "words/s", words / with_reported, min_ratio=40),
    ]
    peer = load_peer()
    if peer is None:
        return rows
    nlp, quotations, label = peer

    def spacy_textacy() -> int:
        found = 0
        for doc in nlp.pipe(texts):
            found += len([(e.text, e.label_) for e in doc.ents])
            # textacy gives up (ValueError) on a doc with an odd number of marks.
            with contextlib.suppress(ValueError):
                found += len(list(quotations(doc)))
        return found

    list(nlp.pipe(texts[:5]))  # warm-up
    theirs, _ = best_of(spacy_textacy, max(1, repeats // 2))
    print(f"  {label}: {words / theirs:,.0f} words/s; newsseed {theirs / ours:.1f}x")
    print(f"  newsseed with reported speech {theirs / with_reported:.1f}x")
    return [dataclasses.replace(row, peer=label, peer_value=words / theirs) for row in rows]


# ------------------------------------------------------------------------ 2. import time

_IMPORT = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


# Bytecode is written and used, as for an installed package (pip compiles it when it
# installs a wheel), even where PYTHONDONTWRITEBYTECODE is set for development.
_WITH_BYTECODE: Final = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _import_seconds(module: str) -> float | None:
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT.format(module=module)],
        capture_output=True,
        text=True,
        check=False,
        env=_WITH_BYTECODE,
    )
    return float(done.stdout) if done.returncode == 0 else None


def bench_import(runs: int) -> list[SuiteRow]:
    print(f"2. import time: best of {runs} fresh interpreters each")
    ours: list[float] = []
    theirs: list[float] = []
    _import_seconds("newsseed")  # the first run writes the bytecode: not counted
    _import_seconds("dateparser")
    for _ in range(runs):
        ours.append(_import_seconds("newsseed") or float("nan"))
        peer = _import_seconds("dateparser")
        if peer is not None:
            theirs.append(peer)
    best = min(ours) * 1000
    row = SuiteRow("import time (fresh interpreter)", "ms", best, better="lower", max_value=50)
    print(f"  import newsseed: {best:.1f} ms")
    if theirs:
        peer = min(theirs) * 1000
        row = dataclasses.replace(row, peer="dateparser", peer_value=peer)
        print(f"  import dateparser: {peer:.1f} ms; newsseed {peer / best:.1f}x")
    return [row]


# ------------------------------------------------------------------------ 3. memory


def _peak_mb() -> float:
    """This process's peak RSS in MB: ``VmHWM``, which starts afresh at exec (Linux's
    ``ru_maxrss`` keeps the parent's peak across fork and exec), else ``ru_maxrss``."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reuters_bodies(limit: int | None) -> Iterator[str]:
    """The texts the peer is given: each record's body, as iter_articles reads it."""
    with gzip.open(REUTERS, "rt", encoding="utf-8") as lines:
        count = 0
        for line in lines:
            body = json.loads(line).get(REUTERS_OPTIONS.text_field)
            if isinstance(body, str):
                yield body
                count += 1
                if limit is not None and count >= limit:
                    return


def stream(library: str, passes: int, limit: int | None) -> dict[str, float]:
    """Stream the Reuters stories through ``library`` in this process; its memory."""
    after_import = _peak_mb()
    stories = words = 0
    first_pass = 0.0
    start = time.perf_counter()
    if library == "newsseed":
        for _ in range(passes):
            for article in newsseed.iter_articles(REUTERS, options=REUTERS_OPTIONS):
                if any(d.code == "unreadable-record" for d in article.diagnostics):
                    continue  # a record with no body
                stories += 1
                words += sum(len(p.split()) for p in article.paragraphs)
                if stories == limit:
                    break
            first_pass = first_pass or _peak_mb()
    else:
        peer = load_peer()
        if peer is None:
            return {}
        nlp, quotations, _ = peer
        after_import = _peak_mb()
        for _ in range(passes):
            for doc in nlp.pipe(_reuters_bodies(limit)):
                _ = [(e.text, e.label_) for e in doc.ents]
                with contextlib.suppress(ValueError):
                    _ = list(quotations(doc))
                stories += 1
                words += len(doc.text.split())
            first_pass = first_pass or _peak_mb()
    return {
        "after_import": after_import,
        "after_first_pass": first_pass,
        "peak": _peak_mb(),
        "stories": stories,
        "words": words,
        "seconds": time.perf_counter() - start,
    }


def _in_a_fresh_process(*options: str) -> dict[str, float]:
    """Run this script with ``options`` in a new interpreter; the JSON it prints last.

    Memory and worker runs are made there: this process has spaCy loaded, whose heap
    would count in its memory and be copied, page by page, into every forked worker.
    """
    done = subprocess.run(
        [sys.executable, __file__, *options], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def _stream_in_a_fresh_process(library: str, passes: int, limit: int | None) -> dict[str, float]:
    options = ["--stream", library, "--passes", str(passes)]
    return _in_a_fresh_process(*options, *(["--limit", str(limit)] if limit else []))


def _say_memory(label: str, m: dict[str, float]) -> None:
    print(
        f"  {label}: {m['stories']:,.0f} stories, {m['words']:,.0f} words in "
        f"{m['seconds']:.1f} s; peak RSS after import {m['after_import']:.0f} MB, after "
        f"pass 1 {m['after_first_pass']:.0f} MB, at the end {m['peak']:.0f} MB"
    )


def bench_memory(passes: int, peer_stories: int) -> list[SuiteRow]:
    print("3. memory: streaming the Reuters training stories, each run in a fresh process")
    if not REUTERS.is_file():
        print(f"  skipped: {REUTERS} is absent")
        return []
    every = _stream_in_a_fresh_process("newsseed", passes, None)
    _say_memory(f"newsseed, every story, {passes} pass(es)", every)
    per_pass = every["stories"] / passes
    measure = f"peak RSS, iter_articles over {per_pass:,.0f} Reuters stories x {passes}"
    rows = [SuiteRow(measure, "MB", every["peak"], better="lower", max_value=200)]
    ours = _stream_in_a_fresh_process("newsseed", 1, peer_stories)
    _say_memory(f"newsseed, the first {peer_stories:,} stories", ours)
    measure = f"peak RSS, the first {peer_stories:,} Reuters stories"
    row = SuiteRow(measure, "MB", ours["peak"], better="lower")
    theirs = _stream_in_a_fresh_process("peer", 1, peer_stories)
    if theirs:
        _say_memory("spaCy + textacy (nlp.pipe), the same stories", theirs)
        row = dataclasses.replace(row, peer="spaCy + textacy, nlp.pipe", peer_value=theirs["peak"])
    rows.append(row)
    return rows


# ------------------------------------------------------------------------ 4. workers


def time_workers(repeats: int) -> dict[str, float]:
    """The best wall-clock time of ``iter_articles`` over the archives with 1 and with 2
    workers, run alternately, in this process; the outputs must agree."""
    sources = [BBC, POLNEAR]
    times: dict[int, float] = {}
    results: dict[int, list[newsseed.Article]] = {}
    for _ in range(repeats):
        for workers in (1, 2):
            start = time.perf_counter()
            results[workers] = list(newsseed.iter_articles(sources, workers=workers))
            elapsed = time.perf_counter() - start
            times[workers] = min(times.get(workers, elapsed), elapsed)
    if results[1] != results[2]:
        raise SystemExit("the two runs disagree: workers=2 must give what workers=1 gives")
    return {"one": times[1], "two": times[2], "articles": len(results[1])}


def bench_workers(repeats: int) -> list[SuiteRow]:
    print("4. workers: iter_articles over the BBC and PolNeAR archives, 1 and 2 workers")
    if not (BBC.is_file() and POLNEAR.is_file()):
        print(f"  skipped: the corpora are not in {CORPORA}")
        return []
    m = _in_a_fresh_process("--workers-run", "--repeats", str(repeats))
    count = int(m["articles"])
    print(
        f"  {count:,} articles: 1 worker {m['one']:.2f} s, 2 workers {m['two']:.2f} s "
        f"({os.cpu_count()} CPUs); speed-up {m['one'] / m['two']:.2f}x, outputs equal"
    )
    measure = f"iter_articles, {count:,} articles, 2 workers against 1"
    return [
        SuiteRow(measure, "articles/s", count / m["two"], "newsseed, 1 worker", count / m["one"])
    ]


# ------------------------------------------------------------------------ main


def _versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in ("spacy", "textacy", "dateparser"):
        try:
            versions[name] = importlib.import_module(name).__version__
        except ImportError:
            continue
    return versions


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke test: small samples")
    parser.add_argument("--articles", type=int, default=None, help="per corpus (default 100)")
    parser.add_argument("--repeats", type=int, default=None, help="timed repeats (default 3)")
    parser.add_argument("--passes", type=int, default=None, help="Reuters passes (default 3)")
    parser.add_argument("--seed", type=int, default=2005, help="seed of the article sample")
    add_json_option(parser)
    parser.add_argument("--stream", choices=("newsseed", "peer"), help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--workers-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.workers_run:  # the worker runs, in the fresh process bench_workers started
        print(json.dumps(time_workers(args.repeats or 1)))
        return 0
    if args.stream:  # one memory run, in the fresh process bench_memory started
        print(json.dumps(stream(args.stream, args.passes or 1, args.limit)))
        return 0
    articles = args.articles or (10 if args.quick else 100)
    repeats = args.repeats or (1 if args.quick else 3)
    passes = args.passes or (1 if args.quick else 3)
    rows = [
        *bench_parse(articles, repeats, args.seed),
        *bench_import(5 if args.quick else 21),
        *bench_memory(passes, 200 if args.quick else 1_000),
        *bench_workers(1 if args.quick else 3),
    ]
    command = "python benchmarks/bench_pipeline.py " + " ".join(argv or sys.argv[1:])
    if args.json is not None:
        write_json(args.json, "pipeline", command.strip(), _versions(), rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
