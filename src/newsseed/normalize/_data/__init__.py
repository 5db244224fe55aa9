"""Data tables for the normalisers: generated ones say their source and script."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The set of the white-space separated words of ``text``: how word tables are written."""
    return frozenset(text.split())


def entries(text: str) -> frozenset[str]:
    """The set of the ``|``-separated entries of ``text``: how tables of names that may
    hold spaces (``new york``) are written."""
    return frozenset(text.split("|"))
