"""The shortcuts taken for speed find what the full patterns find."""

from __future__ import annotations

import sys

from newsseed import _source


def test_a_text_without_maybe_irregular_characters_is_regular() -> None:
    """Every character the normaliser may change is one the pre-scan looks for."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if _source._IRREGULAR().search(char) or _source._IRREGULAR().search("a" + char):
            assert _source._MAYBE_IRREGULAR().search(char), hex(code)
