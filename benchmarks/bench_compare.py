#!/usr/bin/env python3
"""Benchmark :func:`newsseed.compare` on 10,000 and 100,000 articles (time and memory),
and on hostile shapes against real articles of the same size.

**Input.** Real articles from the corpora in ``../shared/corpora``, each parsed once
with ``newsseed.parse(text, id=...)``:

- BBC business and sport: every file, whole (headline on line 1), id ``bbc/<path>``;
- PolNeAR train and dev: every text, whole, id ``polnear/<path>``;
- Reuters-21578 train: every story with a non-empty ``body`` (12,865 of 14,668: the
  ``BRIEF`` stories have a title only and the ``UNPROC`` ones no body), the text being
  the ``title`` as a first line, a line break, then the ``body``; id ``reuters/<newid>``.

Together they are the *pool* (about 14,800 articles).

**Reaching a size.** A collection of N articles is the first N of one fixed sequence
(so the 10,000 collection is the start of the 100,000 one, and every size has the same
make-up). The pool is shuffled with the seed (``--seed``, default 1987); then each
article in turn is followed by ``k`` copies, ``k = min(40, floor(X))`` with ``X``
exponential of mean 6.5 drawn from the same seeded generator: about 14% of the
articles have no copy, the mean is about 7 appearances, about 1% have 30 copies or
more. If the pool runs out before N, it is gone through again in the same order, now
with copies only (1 + k each). Each copy gets the id ``<original id>#<n>`` and,
from its own generator seeded with ``seed``, the original id and ``n``:

- one copy in ten is an **exact copy**: ``attrs.evolve(original, id=copy_id)``, every
  field kept (quotes, entities, dates);
- the others are **perturbed and re-parsed**: from the original's parsed paragraphs,
  one random paragraph is dropped (with probability 0.7, when there are two or more),
  then 1 to 3 word edits are made, each in a random paragraph, on a random
  white-space-separated word that holds no quotation mark: the word is dropped or
  swapped with the next one (even odds; a paragraph's white space becomes single
  spaces). The text ``title + "\\n\\n" + paragraphs joined by "\\n\\n"`` then goes
  through ``newsseed.parse(text, id=copy_id)``, so every span fits its text. (The
  reader may join a paragraph that does not end a sentence with the next one, as it
  does for any input: about 5% of re-parsed unperturbed texts come out with other
  paragraph breaks than their original.)

Parsing is not timed. The parsed pool and each size's collection are kept in pickles
under ``$TMPDIR/newsseed-bench-compare/``, keyed by the newsseed version, the seed and
this recipe, so that reruns start at once; ``--no-cache`` neither reads nor writes them
(the collections go through a temporary directory, removed at the end). The version
of an editable install does not change with its code: use ``--no-cache`` after
changing the reader.

**Measurement.** The collections are built (or found in the cache) by a subprocess of
their own, so that the parent stays small: on Linux a child started by a large process
inherits its peak RSS (``ru_maxrss`` survives ``exec``). Then each size runs in a fresh
subprocess (``--child``), which loads its collection from the pickle, collects garbage
and then:

1. times ``newsseed.compare(articles)`` with ``time.perf_counter`` (one cold run, the
   garbage collector on, as a user would run it), and reads
   ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` before and after it. Max RSS is the
   process's high-water mark: it includes the interpreter and the input articles
   (about what the "before" figure shows), so the "after" figure is the whole process
   at its peak, not compare alone;
2. drops the result, collects garbage and runs ``compare`` again under
   ``tracemalloc``: the peak traced bytes during that call are what compare itself
   allocated at most, on top of its input (``--no-tracemalloc`` skips this second
   run, which is about six times slower than the first and is not timed).

The issue's target is 100,000 articles in under 10 minutes on 2 cores; compare runs in
one process, so the second core is idle. The verdict is printed for the 100,000 row.
``--profile N`` runs cProfile on compare instead (one child per size) and prints the N
functions with the most own time, then the N with the most cumulative time.

The script prints, per size: articles (originals + copies), words (``str.split`` on
each article's text), seconds, articles per second, peak traced MB, max RSS MB before
and after, and the counts in the result: stories, articles in stories, the largest
story, near-duplicate groups and quote groups. The last block is a Markdown summary
for ``docs/performance.md``. MB = 2^20 bytes. No corpus text is printed.

**Hostile shapes.** Then (or alone, with ``--shapes``; ``--no-shapes`` skips them) a
subprocess times three inputs that made compare quadratic, each against real articles
of the same size in characters:

- *copies*: 2,000 copies (``attrs.evolve``, new ids) of one real wire story: of the
  Reuters stories of 1,000 to 3,000 characters, the one whose quotes most often have a
  speaker;
- *long quotes*: two articles, each quoting one run of 100,000 characters of real words
  (letters only, from the pool shuffled: one sentence, no full stop inside); the second
  drops or changes one word in fifty;
- *a prolific speaker*: eight articles quoting one speaker 128 times: the same real
  sentences (8 to 30 words, no quotation mark) in the same order, one in three with a
  word in ten dropped or changed in each article.

The baselines are the first articles of the 10,000-article collection above (real
articles followed by their copies: the input compare is built for, where most articles
are in stories) and, for reference, distinct real articles (the pool shuffled: mostly
unrelated, so compare does little quote work on them), each taken until it holds as many
characters as the shape. Each is timed seven times, the shape and its baselines in turn,
the alignment caches emptied before each run, and the best is kept; the ratio to the
collection must stay under 3x.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import cProfile
import datetime as dt
import gc
import gzip
import hashlib
import importlib
import json
import os
import pickle
import platform
import pstats
import random
import re
import resource
import shlex
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

import attrs
from _date_corpora import BBC_TARBALL, POLNEAR_TARBALL, load_bbc, load_polnear, shared_dir
from bench_dates import machine

import newsseed

REUTERS: Final = "reuters21578-train.jsonl.gz"
#: Bump when the pool or the copies change, so that old pickles are not reused.
RECIPE: Final = 1
DEFAULT_SEED: Final = 1987
DEFAULT_SIZES: Final = (10_000, 100_000)
QUICK_SIZES: Final = (1_000, 10_000)

MEAN_COPIES: Final = 6.5
MAX_COPIES: Final = 40
EXACT_SHARE: Final = 0.1
DROP_PARAGRAPH: Final = 0.7
MAX_EDITS: Final = 3
QUOTE_MARKS: Final = frozenset('"“”‘’«»')

TARGET_SIZE: Final = 100_000
TARGET_SECONDS: Final = 600.0
MB: Final = 1 << 20
SCRIPT: Final = Path(__file__).resolve()


# --------------------------------------------------------------------------------------
# The pool: every real article, parsed once.


@dataclass(frozen=True)
class Source:
    """One real article before parsing (its text is never printed)."""

    id: str
    text: str


def load_reuters(path: Path) -> list[Source]:
    """The Reuters train stories with a body: title as the first line, then the body."""
    sources = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            body = record.get("body") or ""
            if not body.strip():
                continue
            title = (record.get("title") or "").strip()
            text = f"{title}\n{body}" if title else body
            sources.append(Source(f"reuters/{record['newid']}", text))
    return sources


def load_sources(corpora: Path) -> dict[str, list[Source]]:
    """Each corpus's articles, in a fixed order; a missing corpus is skipped with a note."""
    found: dict[str, list[Source]] = {}
    path = corpora / BBC_TARBALL
    if path.is_file():
        found["BBC"] = [Source(f"bbc/{a.name}", a.text) for a in load_bbc(path)]
    path = corpora / POLNEAR_TARBALL
    if path.is_file():
        found["PolNeAR"] = [Source(f"polnear/{a.name}", a.text) for a in load_polnear(path)]
    path = corpora / REUTERS
    if path.is_file():
        found["Reuters"] = load_reuters(path)
    for label in ("BBC", "PolNeAR", "Reuters"):
        if label not in found:
            print(f"  {label}: not found in {corpora}, skipped", flush=True)
    return found


def _parse_one(item: tuple[str, str]) -> newsseed.Article:
    text, article_id = item
    return newsseed.parse(text, id=article_id)


def parse_all(items: Sequence[tuple[str, str]], workers: int) -> list[newsseed.Article]:
    """``newsseed.parse(text, id=...)`` on each ``(text, id)``, in order, on ``workers``."""
    if workers <= 1 or len(items) < 200:
        return [_parse_one(item) for item in items]
    chunk = max(1, min(500, len(items) // (workers * 8)))
    with concurrent.futures.ProcessPoolExecutor(workers) as pool:
        return list(pool.map(_parse_one, items, chunksize=chunk))


def cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / "newsseed-bench-compare"


def _dump(value: object, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + f".{os.getpid()}.part")
    with partial.open("wb") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(path)


def _load(path: Path) -> Any:
    with path.open("rb") as handle:
        return pickle.load(handle)


def load_pool(corpora: Path, workers: int, use_cache: bool) -> tuple[list[newsseed.Article], str]:
    """The parsed pool, from the cache or parsed now; and a line saying what it holds."""
    path = cache_dir() / f"pool-{newsseed.__version__}-r{RECIPE}.pickle"
    if use_cache and path.is_file():
        start = time.perf_counter()
        pool, described = _load(path)
        print(f"  pool: read from {path} in {time.perf_counter() - start:.1f} s", flush=True)
        return pool, described
    sources = load_sources(corpora)
    items = [(s.text, s.id) for label in sources for s in sources[label]]
    print(f"  pool: parsing {len(items):,} articles on {workers} processes...", flush=True)
    start = time.perf_counter()
    pool = parse_all(items, workers)
    print(f"  pool: parsed in {time.perf_counter() - start:.1f} s (not timed)", flush=True)
    described = ", ".join(f"{label} {len(s):,}" for label, s in sources.items())
    if use_cache and pool:
        _dump((pool, described), path)
        print(f"  pool: cached in {path}", flush=True)
    return pool, described


# --------------------------------------------------------------------------------------
# The copies.


def plan(pool_size: int, size: int, seed: int) -> list[tuple[int, int]]:
    """The first ``size`` articles of the sequence: ``(pool index, copy number)``, copy
    number 0 being the original itself."""
    rng = random.Random(f"{seed}:plan")
    order = list(range(pool_size))
    rng.shuffle(order)
    made = [0] * pool_size  # copies made so far of each pool article
    out: list[tuple[int, int]] = []
    first_round = True
    while len(out) < size and pool_size:
        for index in order:
            copies = min(MAX_COPIES, int(rng.expovariate(1 / MEAN_COPIES)))
            if first_round:
                out.append((index, 0))
            else:
                copies += 1
            for _ in range(copies):
                made[index] += 1
                out.append((index, made[index]))
            if len(out) >= size:
                break
        first_round = False
    return out[:size]


def _edit(paragraphs: list[str], rng: random.Random) -> None:
    """Drop a word, or swap it with the next, in a random paragraph (in place)."""
    if not paragraphs:
        return
    which = rng.randrange(len(paragraphs))
    words = paragraphs[which].split()
    choices = [i for i, w in enumerate(words) if not QUOTE_MARKS.intersection(w)]
    if not choices:
        return
    at = rng.choice(choices)
    if rng.random() < 0.5 or at + 1 >= len(words):
        del words[at]
    else:
        words[at], words[at + 1] = words[at + 1], words[at]
    if words:
        paragraphs[which] = " ".join(words)
    else:
        del paragraphs[which]


def perturbed_text(original: newsseed.Article, rng: random.Random) -> str:
    """The original's text with a paragraph dropped and a few words dropped or swapped."""
    paragraphs = list(original.paragraphs)
    if len(paragraphs) >= 2 and rng.random() < DROP_PARAGRAPH:
        del paragraphs[rng.randrange(len(paragraphs))]
    for _ in range(rng.randint(1, MAX_EDITS)):
        _edit(paragraphs, rng)
    head = [original.title] if original.title else []
    return "\n\n".join([*head, *paragraphs])


@dataclass(frozen=True)
class Makeup:
    """What a collection is made of."""

    originals: int
    exact: int
    reparsed: int


def build_collection(
    pool: Sequence[newsseed.Article], size: int, seed: int, workers: int
) -> tuple[list[newsseed.Article], Makeup]:
    """The collection of ``size`` articles (see the module docstring for the recipe)."""
    slots: list[newsseed.Article | None] = []
    to_parse: list[tuple[str, str]] = []
    where: list[int] = []
    exact = 0
    for index, number in plan(len(pool), size, seed):
        original = pool[index]
        if number == 0:
            slots.append(original)
            continue
        copy_id = f"{original.id}#{number}"
        rng = random.Random(f"{seed}:{original.id}:{number}")
        if rng.random() < EXACT_SHARE:
            slots.append(attrs.evolve(original, id=copy_id))
            exact += 1
            continue
        where.append(len(slots))
        slots.append(None)
        to_parse.append((perturbed_text(original, rng), copy_id))
    start = time.perf_counter()
    print(f"  {size:,}: re-parsing {len(to_parse):,} perturbed copies...", flush=True)
    for at, article in zip(where, parse_all(to_parse, workers), strict=True):
        slots[at] = article
    print(f"  {size:,}: re-parsed in {time.perf_counter() - start:.1f} s (not timed)", flush=True)
    articles = [a for a in slots if a is not None]
    assert len(articles) == len(slots)
    return articles, Makeup(len(articles) - exact - len(to_parse), exact, len(to_parse))


def collection_path(directory: Path, size: int, seed: int) -> Path:
    return directory / f"collection-{newsseed.__version__}-r{RECIPE}-s{seed}-n{size}.pickle"


def build(args: argparse.Namespace) -> int:
    """Write each size's collection that is not there yet, and what the pool holds.

    This runs in a subprocess of its own: the parent stays small, and Linux hands a
    parent's peak RSS down to a child it starts (``ru_maxrss`` survives ``exec``).
    """
    use_cache = not args.no_cache
    corpora = shared_dir() / "corpora"
    print(f"\n== Building the collections from {corpora} ==", flush=True)
    pool, described = load_pool(corpora, args.workers, use_cache)
    info = {"pool": len(pool), "described": described}
    Path(args.info).write_text(json.dumps(info), encoding="utf-8")
    if not pool:
        return 0
    for size in args.sizes:
        path = collection_path(Path(args.dir), size, args.seed)
        if use_cache and path.is_file():
            print(f"  {size:,}: read from {path} by its subprocess", flush=True)
            continue
        articles, makeup = build_collection(pool, size, args.seed, args.workers)
        _dump((articles, asdict(makeup)), path)
        del articles
    return 0


# --------------------------------------------------------------------------------------
# One size, in its own process.


@dataclass(frozen=True)
class Result:
    """One size's figures (what the child hands back to the parent as JSON)."""

    size: int
    originals: int
    exact: int
    reparsed: int
    words: int
    seconds: float
    rss_before_mb: float
    rss_after_mb: float
    traced_peak_mb: float | None
    traced_seconds: float | None
    stories: int
    in_stories: int
    largest_story: int
    near_duplicate_groups: int
    in_near_duplicates: int
    quote_groups: int
    code: str

    @property
    def rate(self) -> float:
        return self.size / self.seconds if self.seconds > 0 else float("inf")


def code_fingerprint() -> str:
    """The first 12 hex digits of the SHA-256 of the compare code as imported (the
    ``_compare`` package's files, then ``_wording.py``): the tree may change between runs."""
    digest = hashlib.sha256()
    package = Path(importlib.import_module("newsseed._compare").__file__ or "").parent
    for path in sorted(package.glob("*.py")):
        digest.update(path.read_bytes())
    digest.update(Path(importlib.import_module("newsseed._wording").__file__ or "").read_bytes())
    return digest.hexdigest()[:12]


def git_state() -> str:
    """The checked-out commit, and whether ``src/`` differs from it."""
    root = SCRIPT.parents[1]
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return f"commit {head}" + (" with uncommitted changes in src/" if changed else "")


def max_rss_mb() -> float:
    """This process's peak resident set size so far (Linux reports KiB, macOS bytes)."""
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value / MB if sys.platform == "darwin" else value / 1024


def child(args: argparse.Namespace) -> int:
    """Load one collection, measure compare on it, write the figures as JSON."""
    start = time.perf_counter()
    articles, makeup = _load(Path(args.collection))
    loaded = time.perf_counter() - start
    size = len(articles)
    code = code_fingerprint()
    print(
        f"\n== {size:,} articles (loaded in {loaded:.1f} s, not timed; compare code {code}) ==",
        flush=True,
    )
    if args.profile:
        return profile(articles, args.profile)
    gc.collect()
    rss_before = max_rss_mb()
    start = time.perf_counter()
    result = newsseed.compare(articles)
    seconds = time.perf_counter() - start
    rss_after = max_rss_mb()
    print(
        f"  compare: {seconds:.1f} s, max RSS {rss_before:,.0f} -> {rss_after:,.0f} MB",
        flush=True,
    )
    stories = [len(s) for s in result.stories]
    counts = {
        "stories": len(stories),
        "in_stories": sum(stories),
        "largest_story": max(stories, default=0),
        "near_duplicate_groups": len(result.near_duplicates),
        "in_near_duplicates": sum(len(g) for g in result.near_duplicates),
        "quote_groups": len(result.quote_groups),
    }
    del result
    gc.collect()
    traced_peak = traced_seconds = None
    if not args.no_tracemalloc:
        tracemalloc.start()
        start = time.perf_counter()
        newsseed.compare(articles)
        traced_seconds = time.perf_counter() - start
        traced_peak = tracemalloc.get_traced_memory()[1] / MB
        tracemalloc.stop()
        print(
            f"  compare under tracemalloc: peak {traced_peak:,.0f} MB traced "
            f"({traced_seconds:.1f} s, not the timing)",
            flush=True,
        )
    figures = Result(
        size=size,
        words=sum(len(a.text.split()) for a in articles),
        seconds=seconds,
        rss_before_mb=rss_before,
        rss_after_mb=rss_after,
        traced_peak_mb=traced_peak,
        traced_seconds=traced_seconds,
        **makeup,
        **counts,
        code=code,
    )
    Path(args.result).write_text(json.dumps(asdict(figures)), encoding="utf-8")
    return 0


def profile(articles: Sequence[newsseed.Article], top: int) -> int:
    """Run compare under cProfile and print the top functions (own, then cumulative)."""
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    newsseed.compare(articles)
    profiler.disable()
    print(f"  compare under cProfile: {time.perf_counter() - start:.1f} s", flush=True)
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.strip_dirs()
    for key in ("tottime", "cumulative"):
        print(f"\n-- top {top} by {key} --", flush=True)
        stats.sort_stats(key).print_stats(top)
    sys.stdout.flush()
    return 0


# --------------------------------------------------------------------------------------
# Hostile shapes, each timed against real articles of the same size.

SHAPE_COPIES: Final = 2000
SHAPE_QUOTE_CHARS: Final = 100_000
SHAPE_ARTICLES: Final = 8
SHAPE_QUOTES: Final = 128
SHAPE_BAR: Final = 3.0
SHAPE_BASELINE: Final = 10_000  # the collection whose first articles are the baseline
SHAPE_REPEATS: Final = 7
INTRO: Final = (
    "Harbour Minister Ina Moss spoke to the Porto Vell Harbour Authority on Monday about "
    "the ferry link to Ilha Clara."
)
WORD: Final = re.compile(r"[A-Za-z]+")


def wire_story(pool: Sequence[newsseed.Article]) -> newsseed.Article:
    """The real wire story that is copied: of the Reuters stories of 1,000 to 3,000
    characters, the one with the most quotes that have a speaker (then the first id)."""
    stories = [
        a for a in pool if (a.id or "").startswith("reuters/") and 1000 <= len(a.text) <= 3000
    ]
    return min(stories, key=lambda a: (-sum(q.speaker is not None for q in a.quotes), a.id or ""))


def shuffled(pool: Sequence[newsseed.Article], seed: int, label: str) -> list[newsseed.Article]:
    order = list(pool)
    random.Random(f"{seed}:{label}").shuffle(order)
    return order


def same_size(articles: Sequence[newsseed.Article], chars: int) -> list[newsseed.Article]:
    """The first of ``articles`` that hold ``chars`` characters."""
    out, total = [], 0
    for article in articles:
        if total >= chars:
            break
        out.append(article)
        total += len(article.text)
    return out


def baseline_collection(
    pool: Sequence[newsseed.Article], args: argparse.Namespace
) -> list[newsseed.Article]:
    """The 10,000-article collection the sizes are timed on (from the cache, or made)."""
    path = collection_path(cache_dir(), SHAPE_BASELINE, args.seed)
    if not args.no_cache and path.is_file():
        return list(_load(path)[0])
    articles, makeup = build_collection(pool, SHAPE_BASELINE, args.seed, args.workers)
    if not args.no_cache:
        _dump((articles, asdict(makeup)), path)
    return articles


def real_words(pool: Sequence[newsseed.Article], seed: int) -> Iterator[str]:
    """The words (letters only: no sentence ends, no quotation marks) of real articles."""
    for article in shuffled(pool, seed, "words"):
        yield from WORD.findall(article.text)


def real_sentences(pool: Sequence[newsseed.Article], count: int, seed: int) -> list[str]:
    """``count`` real sentences of 8 to 30 words with no quotation mark."""
    found: list[str] = []
    for article in shuffled(pool, seed, "sentences"):
        for paragraph in article.paragraphs:
            for sentence in paragraph.split(". "):
                words = sentence.split()
                if 8 <= len(words) <= 30 and not QUOTE_MARKS.intersection(sentence):
                    found.append(" ".join(words).rstrip("."))
                    if len(found) == count:
                        return found
    return found


def _changed(words: list[str], rng: random.Random, rate: float) -> list[str]:
    """``words`` with about ``rate`` of them dropped or changed (half and half)."""
    out = []
    for word in words:
        roll = rng.random()
        if roll < rate / 2:
            continue
        out.append("changed" if roll < rate else word)
    return out


def long_quotes(pool: Sequence[newsseed.Article], seed: int) -> list[newsseed.Article]:
    """Two articles, each quoting one run of 100,000 characters of real words (one
    sentence: no full stop inside); the second drops or changes one word in fifty."""
    words: list[str] = []
    size = 0
    for word in real_words(pool, seed):
        if size >= SHAPE_QUOTE_CHARS:
            break
        words.append(word.lower())
        size += len(word) + 1
    rng = random.Random(f"{seed}:long")
    out = []
    for name, said in (("first", words), ("second", _changed(words, rng, 0.02))):
        text = f'Harbour speech\n\n{INTRO}\n\n"{" ".join(said)}," Moss said.'
        out.append(newsseed.parse(text, id=f"long/{name}"))
    return out


def prolific_speaker(pool: Sequence[newsseed.Article], seed: int) -> list[newsseed.Article]:
    """Eight articles, each quoting one speaker 128 times: the same real sentences in the
    same order, one in three with a word in ten dropped or changed."""
    said = real_sentences(pool, SHAPE_QUOTES, seed)
    rng = random.Random(f"{seed}:prolific")
    out = []
    for n in range(SHAPE_ARTICLES):
        paragraphs = [f"Harbour speech, part {n + 1}", INTRO]
        for sentence in said:
            words = sentence.split()
            if rng.random() < 1 / 3:
                words = _changed(words, rng, 0.1) or words
            paragraphs.append(f'"{" ".join(words)}," Moss said.')
        out.append(newsseed.parse("\n\n".join(paragraphs), id=f"prolific/{n}"))
    return out


@dataclass(frozen=True)
class ShapeRow:
    """One hostile shape against real articles of the same size: the first articles of
    the collection (real articles followed by their copies, as compare meets them), and
    distinct real articles (the pool shuffled: few stories, little quote work)."""

    shape: str
    articles: int
    chars: int
    seconds: float
    real_articles: int
    real_seconds: float
    distinct_articles: int
    distinct_seconds: float
    quote_groups: int

    @property
    def ratio(self) -> float:
        return self.seconds / self.real_seconds if self.real_seconds > 0 else float("inf")

    @property
    def distinct_ratio(self) -> float:
        return self.seconds / self.distinct_seconds if self.distinct_seconds > 0 else float("inf")


def timed(articles: Sequence[newsseed.Article]) -> tuple[float, int]:
    """One run of compare, the alignment caches emptied first (a repeated run must not
    find its work done): seconds, and the quote groups found."""
    from newsseed._compare import _align  # noqa: PLC0415 (the caches of this process)

    _align.clear_caches()
    gc.collect()
    start = time.perf_counter()
    groups = len(newsseed.compare(articles).quote_groups)
    return time.perf_counter() - start, groups


def best_times(*inputs: Sequence[newsseed.Article]) -> list[tuple[float, int]]:
    """The best of ``SHAPE_REPEATS`` runs of each input, the runs taken in turn (the
    shape, then its baselines, again and again) so that a busy moment of a shared
    machine does not fall on one of them alone."""
    best = [(float("inf"), 0)] * len(inputs)
    for _ in range(SHAPE_REPEATS):
        for n, articles in enumerate(inputs):
            best[n] = min(best[n], timed(articles))
    return best


def shapes_child(args: argparse.Namespace) -> int:
    """Build each hostile shape, time it and real articles of its size; write the rows."""
    pool, _ = load_pool(shared_dir() / "corpora", args.workers, not args.no_cache)
    if not pool:
        return 1
    story = wire_story(pool)
    print(
        f"\n== Hostile shapes (wire story {story.id}: {len(story.text):,} characters, "
        f"{len(story.quotes)} quotes) ==",
        flush=True,
    )
    timed(pool[:50])  # warm up: patterns compiled, difflib imported
    makers = {
        f"{SHAPE_COPIES:,} copies of one real wire story": lambda: [
            attrs.evolve(story, id=f"copy/{n:04d}") for n in range(SHAPE_COPIES)
        ],
        "2 articles, one 100 KB quote each": lambda: long_quotes(pool, args.seed),
        f"{SHAPE_ARTICLES} articles x {SHAPE_QUOTES} quotes by one speaker": lambda: (
            prolific_speaker(pool, args.seed)
        ),
    }
    collection = baseline_collection(pool, args)
    distinct = shuffled(pool, args.seed, "same-size")
    rows = []
    for name, make in makers.items():
        articles = make()
        chars = sum(len(a.text) for a in articles)
        real = same_size(collection, chars)
        other = same_size(distinct, chars)
        (seconds, groups), (real_seconds, _), (distinct_seconds, _) = best_times(
            articles, real, other
        )
        row = ShapeRow(
            name, len(articles), chars, seconds, len(real), real_seconds, len(other),
            distinct_seconds, groups,
        )  # fmt: skip
        print(
            f"  {name}: {seconds:.2f} s; the collection {real_seconds:.2f} s "
            f"({row.ratio:.2f}x); distinct articles {distinct_seconds:.2f} s "
            f"({row.distinct_ratio:.2f}x)",
            flush=True,
        )
        rows.append(asdict(row))
    Path(args.result).write_text(json.dumps(rows), encoding="utf-8")
    return 0


def shape_table(rows: Sequence[ShapeRow]) -> Iterator[str]:
    yield (
        "| shape | articles | characters | seconds | the collection: articles, seconds "
        f"| ratio (bar {SHAPE_BAR:g}x) | distinct real articles: articles, seconds | ratio "
        "| quote groups |"
    )
    yield "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for r in rows:
        verdict = "" if r.ratio <= SHAPE_BAR else " (over the bar)"
        yield (
            f"| {r.shape} | {r.articles:,} | {r.chars:,} | {r.seconds:.2f} "
            f"| {r.real_articles:,}, {r.real_seconds:.2f} | **{r.ratio:.2f}x**{verdict} "
            f"| {r.distinct_articles:,}, {r.distinct_seconds:.2f} | {r.distinct_ratio:.2f}x "
            f"| {r.quote_groups:,} |"
        )


def run_shapes(scratch: Path, args: argparse.Namespace) -> list[ShapeRow] | None:
    result = scratch / "shapes.json"
    command = [sys.executable, str(SCRIPT), "--shapes-child", "--result", str(result)]
    command += ["--seed", str(args.seed), "--workers", str(args.workers)]
    if args.no_cache:
        command.append("--no-cache")
    if subprocess.run(command, check=False, timeout=args.timeout).returncode != 0:
        print("  the hostile shapes failed", flush=True)
        return None
    return [ShapeRow(**row) for row in json.loads(result.read_text(encoding="utf-8"))]


# --------------------------------------------------------------------------------------
# The parent: build the collections, run one child per size, summarise.


def run_child(
    path: Path, result: Path, args: argparse.Namespace
) -> tuple[Result | None, str | None]:
    command = [sys.executable, str(SCRIPT), "--child", "--collection", str(path)]
    command += ["--result", str(result)]
    if args.no_tracemalloc:
        command.append("--no-tracemalloc")
    if args.profile:
        command += ["--profile", str(args.profile)]
    try:
        done = subprocess.run(command, check=False, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return None, f"stopped after {args.timeout:g} s (--timeout)"
    if done.returncode != 0:
        return None, f"child exited with status {done.returncode}"
    if args.profile:
        return None, None
    return Result(**json.loads(result.read_text(encoding="utf-8"))), None


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:,.0f}"


def table(results: Sequence[Result]) -> Iterator[str]:
    yield (
        "| articles (originals + exact + re-parsed copies) | words | seconds | articles/s "
        "| peak traced MB | max RSS MB (before -> after) | stories (articles) | largest story "
        "| near-duplicate groups (articles) | quote groups |"
    )
    yield "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for r in results:
        yield (
            f"| {r.size:,} ({r.originals:,} + {r.exact:,} + {r.reparsed:,}) | {r.words:,} "
            f"| {r.seconds:,.1f} | {r.rate:,.0f} | {_mb(r.traced_peak_mb)} "
            f"| {r.rss_before_mb:,.0f} -> {r.rss_after_mb:,.0f} "
            f"| {r.stories:,} ({r.in_stories:,}) | {r.largest_story:,} "
            f"| {r.near_duplicate_groups:,} ({r.in_near_duplicates:,}) | {r.quote_groups:,} |"
        )


def verdict(results: Sequence[Result], failures: dict[int, str]) -> str:
    target = f"{TARGET_SIZE:,} articles in under {TARGET_SECONDS / 60:.0f} minutes"
    if TARGET_SIZE in failures:
        return f"target ({target}): NOT MET, the {TARGET_SIZE:,} run {failures[TARGET_SIZE]}"
    for r in results:
        if r.size == TARGET_SIZE:
            met = "met" if r.seconds < TARGET_SECONDS else "NOT MET"
            return f"target ({target}): {met}, {r.seconds / 60:.1f} minutes in one process"
    return f"target ({target}): not measured in this run"


def summary(
    results: Sequence[Result],
    failures: dict[int, str],
    notes: Sequence[str],
    command: str,
) -> str:
    lines = [
        f"### compare benchmark, {dt.date.today().isoformat()}",
        "",
        f"- newsseed {newsseed.__version__}, Python {platform.python_version()} "
        f"({platform.python_implementation()}) on {machine()}",
        f"- command: `{command}`",
        *(f"- {note}" for note in notes),
        f"- {verdict(results, failures)}",
        "",
        *(table(results) if results else ["No size finished."]),
    ]
    lines += [f"\n{size:,} articles: {why}" for size, why in failures.items()]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Time newsseed.compare and measure its memory on 10,000 and 100,000 "
        "articles made from the corpora (one subprocess per size)."
    )
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        metavar="N",
        help=f"collection sizes (default {' '.join(str(s) for s in DEFAULT_SIZES)})",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"sizes {' and '.join(f'{s:,}' for s in QUICK_SIZES)} (unless --sizes is given)",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the copies")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="parse everything again; read and write no pickle under the temporary directory",
    )
    parser.add_argument(
        "--no-tracemalloc",
        action="store_true",
        help="skip the second, traced run of compare (no peak traced MB)",
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        help="profile compare with cProfile instead, printing the top N functions per size",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="stop a size's subprocess after this long (default: no limit)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="processes that parse the articles (default: one per CPU; parsing is not timed)",
    )
    parser.add_argument(
        "--shapes",
        action="store_true",
        help="time the hostile shapes only (copies, long quotes, a prolific speaker), each "
        "against real articles of its size",
    )
    parser.add_argument("--no-shapes", action="store_true", help="time the collection sizes only")
    parser.add_argument("--shapes-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--build", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--dir", help=argparse.SUPPRESS)
    parser.add_argument("--info", help=argparse.SUPPRESS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--collection", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.child:
        return child(args)
    if args.shapes_child:
        return shapes_child(args)
    args.sizes = sorted(set(args.sizes or (QUICK_SIZES if args.quick else DEFAULT_SIZES)))
    if args.build:
        return build(args)
    if args.sizes[0] < 1:
        parser.error("--sizes must be at least 1")
    if args.profile is not None and args.profile < 1:
        parser.error("--profile must be at least 1")
    command = shlex.join(
        ["python", "benchmarks/bench_compare.py", *(sys.argv[1:] if argv is None else argv)]
    )
    state = git_state()
    print(
        f"newsseed {newsseed.__version__} ({state}); Python {platform.python_version()}, "
        f"{machine()}",
        flush=True,
    )
    results: list[Result] = []
    failures: dict[int, str] = {}
    if args.shapes:
        with tempfile.TemporaryDirectory(prefix="bench-compare-") as scratch:
            rows = run_shapes(Path(scratch), args)
        if rows is None:
            return 1
        print("\n" + shape_summary(rows, command))
        return 0 if all(r.ratio <= SHAPE_BAR for r in rows) else 1
    rows = None
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as scratch:
        directory = Path(scratch) if args.no_cache else cache_dir()
        info_path = Path(scratch) / "pool.json"
        builder = [sys.executable, str(SCRIPT), "--build", "--dir", str(directory)]
        builder += ["--info", str(info_path), "--seed", str(args.seed)]
        builder += ["--workers", str(args.workers), "--sizes", *map(str, args.sizes)]
        if args.no_cache:
            builder.append("--no-cache")
        if subprocess.run(builder, check=False).returncode != 0:
            print("  building the collections failed", flush=True)
            return 1
        info = json.loads(info_path.read_text(encoding="utf-8"))
        if not info["pool"]:
            print(
                "  no corpora found: nothing to compare "
                "(set NEWSSEED_SHARED to the shared directory)",
                flush=True,
            )
            return 1
        for size in args.sizes:
            path = collection_path(directory, size, args.seed)
            result, failure = run_child(path, Path(scratch) / f"result-{size}.json", args)
            if failure:
                print(f"  {size:,} articles: {failure}", flush=True)
                failures[size] = failure
            if result is not None:
                results.append(result)
                print("\n".join(["", *table([result])]), flush=True)
        if not args.no_shapes and not args.profile:
            rows = run_shapes(Path(scratch), args)
    if args.profile:
        return 0
    codes = sorted({r.code for r in results})
    notes = [
        f"code: {state}; compare code (SHA-256 of _compare/*.py + _wording.py) "
        + ", ".join(codes)
        + (" (it changed between sizes)" if len(codes) > 1 else ""),
        f"pool: {info['pool']:,} real articles parsed with newsseed.parse ({info['described']}; "
        "Reuters: train stories with a body, title as the first line)",
        f"copies: each pool article (shuffled, seed {args.seed}) followed by "
        f"min({MAX_COPIES}, floor(Exp(mean {MEAN_COPIES}))) copies; {EXACT_SHARE:.0%} exact "
        f"(attrs.evolve, new id), the rest with a paragraph dropped (p {DROP_PARAGRAPH}) and "
        f"1-{MAX_EDITS} words dropped or swapped, then re-parsed; each size is a prefix of "
        "one sequence",
        "seconds: one cold run of compare(articles) in a fresh process per size, "
        "time.perf_counter, garbage collector on; parsing not timed",
        "peak traced MB: tracemalloc's peak during a second, untimed run of compare in the "
        "same process; max RSS: ru_maxrss before and after the timed run, the interpreter "
        "and the input articles included; MB = 2^20 bytes",
        "compare runs in one process: the target's second core is idle",
    ]
    print("\n" + summary(results, failures, notes, command))
    if rows is not None:
        print("\n" + "\n".join(shape_table(rows)))
    over = rows is not None and any(r.ratio > SHAPE_BAR for r in rows)
    return 0 if not failures and not over else 1


def shape_summary(rows: Sequence[ShapeRow], command: str) -> str:
    lines = [
        f"### compare on hostile shapes, {dt.date.today().isoformat()}",
        "",
        f"- newsseed {newsseed.__version__} ({git_state()}), Python "
        f"{platform.python_version()} ({platform.python_implementation()}) on {machine()}",
        f"- command: `{command}`",
        f"- seconds: the best of {SHAPE_REPEATS} runs of compare in one process, the shape "
        "and its two baselines in turn (the alignment caches emptied before each run); "
        "parsing not timed",
        f"- the collection: the first articles of the {SHAPE_BASELINE:,}-article collection "
        "(real articles each followed by its seeded copies, as the sizes above) that hold as "
        "many characters as the shape; the bar is held against it. Distinct real articles: "
        "the pool shuffled, taken the same way (mostly unrelated articles, so compare does "
        "little quote work on them)",
        "",
        *shape_table(rows),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
