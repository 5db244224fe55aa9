"""Layout cases: one file of our own per layout rule, each with its expected record.

``tests/data/layouts/NAME.txt`` is the input and ``NAME.json`` holds the
expected ``Article.to_dict()`` (without ``id`` and ``diagnostics``) and the
expected diagnostic codes, in order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsseed
from evidence import kept

CASES = Path(__file__).parent / "data" / "layouts"
NAMES = sorted(path.stem for path in CASES.glob("*.txt"))


def test_every_case_has_its_expectation() -> None:
    assert len(NAMES) >= 15
    for name in NAMES:
        assert (CASES / f"{name}.json").is_file(), name


@pytest.mark.parametrize("name", NAMES)
def test_layout_case(name: str) -> None:
    expected: dict[str, Any] = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    article = newsseed.parse_file(CASES / f"{name}.txt")
    record = article.to_dict()
    assert record.pop("id") == name
    record.pop("diagnostics")
    record.pop("dates")  # the date finder has its own tables (test_dates.py)
    record.pop("entities")  # and so has the entity finder (test_entities.py)
    record.pop("quotes")  # and the quote finder (test_quotes.py)
    assert record == expected["record"]
    assert [d.code for d in article.diagnostics] == expected["diagnostics"]


@pytest.mark.parametrize("name", NAMES)
def test_layout_case_diagnostics_point_at_what_they_name(name: str) -> None:
    text, _ = newsseed._read.decode((CASES / f"{name}.txt").read_bytes())
    for diagnostic in newsseed.parse(text).diagnostics:
        assert diagnostic.span is not None
        assert kept(diagnostic.span.of(text)) == diagnostic.text
