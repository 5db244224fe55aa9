"""Word-level alignment of two keyed wordings: the edit script and the matched count."""

from __future__ import annotations

import functools

__all__ = ("matched", "opcodes")


# Comparisons of two wordings are remembered by their keys: a collection repeats its
# quotes (copies, agency stories), and each pair is asked about more than once.
@functools.lru_cache(maxsize=1 << 16)
def opcodes(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[tuple[str, int, int, int, int], ...]:
    import difflib  # noqa: PLC0415 (imported on first use, not with newsseed)

    return tuple(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())


@functools.lru_cache(maxsize=1 << 16)
def matched(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many keys of ``a`` and ``b`` match, in order."""
    import difflib  # noqa: PLC0415 (imported on first use, not with newsseed)

    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks)
