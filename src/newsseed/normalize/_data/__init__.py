"""Data tables for the normalisers: generated ones say their source and script."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The set of the white-space separated words of ``text``: how word tables are written."""
    return frozenset(text.split())
