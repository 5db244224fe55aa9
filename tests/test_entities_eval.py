"""The GUM entity scores (``benchmarks/eval_entities.py``) never fall below their floors.

The floors live in ``benchmarks/entity_floors.json``; they are raised as the entity
finder improves and never lowered. The gold and the owners' scorer are read from
``../shared/corpora/gum-dev`` (skipped where absent). Only newsseed runs here (about a
second); spaCy's side is ``eval_entities.py --spacy``.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

import newsseed
from conftest import BENCHMARKS, benchmark_script
from newsseed import Entity, Span

FLOORS: dict[str, float] = {
    name: floor
    for name, floor in json.loads((BENCHMARKS / "entity_floors.json").read_text()).items()
    if not name.startswith("_")
}


def _evaluation() -> ModuleType:
    return benchmark_script("eval_entities")


@pytest.mark.shared
def test_gum_entity_scores_stay_above_their_floors(shared: Path) -> None:
    evaluation = _evaluation()
    folder = evaluation.gum_dir(shared)
    if not (folder / evaluation.SCORER).is_file() or not (folder / evaluation.SPANS).is_file():
        pytest.skip(f"the GUM dev gold or its scorer is not in {folder}")
    figures = evaluation.evaluate(folder)
    assert set(FLOORS) <= set(figures)
    below = evaluation.below_floors(figures, FLOORS)
    assert not below, f"below the floor (score, floor): {below}"


def test_every_mention_span_is_one_prediction_of_a_scored_type(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each mention of a person, organisation or place is one prediction, in the
    scorer's types; the other kinds are dropped; a span two entities share counts once."""
    text = "Jane Example met British officials of Acme Corp in Paris. Example agreed."
    entities = (
        Entity("Jane Example", "PERSON", (Span(0, 12), Span(58, 65))),
        Entity("British", "NORP", (Span(17, 24),)),
        Entity("Acme Corp", "ORG", (Span(38, 47),)),
        Entity("Paris", "PLACE", (Span(51, 56),)),
        Entity("Example", "ORG", (Span(58, 65),)),
    )
    monkeypatch.setattr(newsseed, "find_entities", lambda _: entities)
    predictions = _evaluation().newsseed_predictions(text)
    assert [(text[start:end], kind) for start, end, kind in predictions] == [
        ("Jane Example", "person"),
        ("Acme Corp", "organization"),
        ("Paris", "place"),
        ("Example", "person"),
    ]
