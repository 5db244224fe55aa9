"""What a diagnostic keeps of the input it points at, as ``docs/layouts.md`` states it.

An oracle of its own (not newsseed's code): the tests that check a diagnostic's text
against the input its span covers compare it with :func:`kept`.
"""

from __future__ import annotations

from typing import Final

import regex

#: A diagnostic's text holds at most this many characters of the input.
EXCERPT: Final = 1000
_SURROGATE: Final = regex.compile(r"[\ud800-\udfff]")


def kept(stretch: str) -> str:
    """What a diagnostic whose span covers ``stretch`` of the input has as its text: the
    first 1,000 characters, each surrogate code point written as U+FFFD."""
    return _SURROGATE.sub("\ufffd", stretch[:EXCERPT])
