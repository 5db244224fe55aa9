"""find_quotes: a case table of our own invented sentences (tests/data/quotes/cases.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsseed import find_quotes

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "quotes" / "cases.json").read_text(encoding="utf-8")
)
PATTERNS = frozenset(
    {
        "straight-double",
        "curly-double",
        "two-apostrophe",
        "guillemets",
        "apostrophe",
        "nested-single",
        "british-single",
        "multi-paragraph",
        "unclosed",
        "partial",
        "unmarked-speech",
        "cue-before",
        "cue-after",
        "colon-line",
        "dash",
        "according-to",
        "appositive",
        "title",
        "pronoun",
        "continuation",
        "quote-only-paragraph",
        "no-speaker",
        "not-a-quote",
    }
)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_quote_case(case: dict[str, Any]) -> None:
    expected = case["quotes"]
    found = find_quotes(case["text"])
    assert [(q.text, q.speaker, q.partial) for q in found] == [
        (want["text"], want["speaker"], want["partial"]) for want in expected
    ]
    for quote, want in zip(found, expected, strict=True):
        if "cue" in want:
            assert quote.cue == want["cue"], quote.text


def test_the_table_covers_every_pattern() -> None:
    assert len(CASES) >= 45
    assert len({case["id"] for case in CASES}) == len(CASES)
    used = {case["pattern"] for case in CASES}
    assert used <= PATTERNS, used - PATTERNS
    assert used == PATTERNS, PATTERNS - used
