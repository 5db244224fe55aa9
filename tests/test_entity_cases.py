"""The entity finder's rules, one case each (tests/data/entities/cases.json, our own
texts): what each case expects to find, with its kind and every mention, and what it
expects to leave out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsseed import find_entities

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "entities" / "cases.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_entity_case(case: dict[str, Any]) -> None:
    text = case["text"]
    found = {(e.kind, e.name): [m.of(text) for m in e.mentions] for e in find_entities(text)}
    for kind, name, mentions in case["entities"]:
        assert found.get((kind, name)) == mentions, (case["why"], found)
    mentioned = {mention for mentions in found.values() for mention in mentions}
    for text_left_out in case["absent"]:
        assert text_left_out not in mentioned, (case["why"], found)


def test_every_case_says_why_and_expects_something() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert case["why"]
        assert case["text"]
        assert case["entities"] or case["absent"]
