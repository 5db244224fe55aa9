"""Who said it: the attribution patterns of news, as a case table of our own sentences.

``tests/data/quotes/attribution.json`` holds, for each pattern of ``docs/quotes.md``, a
sentence of ours and what :func:`newsseed.find_quotes` must give for its one quote: the
speaker (the canonical person, or None for a source only described), the words its
``speaker_span`` covers, and the cue; or the speakers of several quotes; or no quote at
all (a title of a work, a scare quote, the writer's own "that said").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsseed import find_quotes

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "quotes" / "attribution.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_attribution_case(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_quotes(text)
    if "quotes" in case:
        assert [q.text for q in found] == case["quotes"]
        return
    if "speakers" in case:
        assert [q.speaker for q in found] == case["speakers"]
        return
    [quote] = found
    assert quote.speaker == case["speaker"]
    assert quote.speaker_span is not None
    assert quote.speaker_span.of(text) == case["speaker_span"]
    assert quote.cue == case["cue"]


def test_the_table_holds_each_pattern_and_unique_ids() -> None:
    assert len({case["id"] for case in CASES}) == len(CASES)
    patterns = {case["pattern"] for case in CASES}
    assert patterns >= {"role-before-name", "cue-first", "apposition", "described", "cue-verbs"}
