"""Hypothesis strategies for newsseed's records, shared by the test modules.

The strategies themselves are public, in :mod:`newsseed.strategies` (one
implementation for newsseed's tests and for its users' own); this module gives the
test modules the names they use. ``articles()`` generates *valid*
:class:`~newsseed.Article` records whose every string may hold any Unicode, lone
surrogates included, plus the characters and fragments the canonical format has to be
careful with (:data:`SPECIAL_CHARS`, :data:`SYNTAX_FRAGMENTS`).

Test modules import it with ``from strategies import articles`` (pytest's
``pythonpath`` setting puts ``tests/`` on ``sys.path``).
"""

from __future__ import annotations

from typing import Final

from newsseed.strategies import articles, date_values, texts
from newsseed.strategies._records import _SPECIAL_CHARS, _SYNTAX_FRAGMENTS

__all__ = ("SPECIAL_CHARS", "SYNTAX_FRAGMENTS", "articles", "date_values", "texts")

#: Characters the format escapes or treats specially, and a few neighbours it must not.
SPECIAL_CHARS: Final = _SPECIAL_CHARS

#: Fragments that look like the format's own syntax.
SYNTAX_FRAGMENTS: Final = _SYNTAX_FRAGMENTS
