"""The PolNeAR quote scores (``benchmarks/eval_quotes.py``) never fall below their floors.

The floors live in ``benchmarks/quote_floors.json``; they are raised as the quote finder
improves and never lowered. The corpus is read from ``../shared`` (skipped where absent).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import BENCHMARKS, benchmark_script

pytestmark = pytest.mark.shared

FLOORS: dict[str, dict[str, float]] = {
    part: floors
    for part, floors in json.loads((BENCHMARKS / "quote_floors.json").read_text()).items()
    if not part.startswith("_")
}


def _evaluation() -> ModuleType:
    return benchmark_script("eval_quotes")


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_polnear_quote_scores_stay_above_their_floors(shared: Path, part: str) -> None:
    evaluation = _evaluation()
    corpora = shared / "corpora"
    if not (corpora / evaluation.TEXTS).is_file():
        pytest.skip(f"PolNeAR is not in {corpora}")
    articles = evaluation.load(corpora, [part])
    assert articles
    figures = evaluation.score(articles).figures()
    below = {
        name: (round(figures[name], 4), floor)
        for name, floor in FLOORS[part].items()
        if figures[name] < floor
    }
    assert not below, f"below the floor (score, floor): {below}"


def test_the_gold_reads_two_apostrophes_as_a_double_mark() -> None:
    evaluation = _evaluation()
    text = "He said ''we will go,'' then \"stop\" and “one more”."
    parts = evaluation.quoted_parts(text, 0, len(text))
    assert [text[a:b] for a, b in parts] == ["we will go", "stop", "one more"]


def test_speakers_are_counted_as_the_owners_scorer_counts_them(shared: Path) -> None:
    """The speaker accuracy of eval_quotes.py is the owners' own figure, count for count
    (``../shared/eval/score_quotes.py``, run here on PolNeAR dev): never more lenient."""
    scorer = shared / "eval" / "score_quotes.py"
    evaluation = _evaluation()
    corpora = shared / "corpora"
    if not scorer.is_file() or not (corpora / evaluation.TEXTS).is_file():
        pytest.skip(f"the owners' scorer or PolNeAR is not in {shared}")
    done = subprocess.run(
        [sys.executable, str(scorer), "--part", "dev"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    found = re.search(r"speaker accuracy (\d+)/(\d+)", done.stdout)
    assert found is not None, done.stdout
    counts = evaluation.score(evaluation.load(corpora, ["dev"]))
    assert (counts.sources_right, counts.sources) == (int(found[1]), int(found[2]))
