"""Small text helpers the normalisers share: letter folding, trie alternations and
patterns compiled on first use."""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, TypeVar

if TYPE_CHECKING:
    import regex


_R = TypeVar("_R")

#: Texts longer than this are not remembered by :func:`remember_short`.
SHORT: Final = 200

# Letters that Unicode does not decompose into a base letter and a mark.
_PLAIN_LETTERS: Final = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "’": "'"}
)  # fmt: skip


def plain_letters(text: str) -> str:
    """``text`` without diacritics, ligatures spelt out, curly apostrophes straight.

    >>> plain_letters("Erdoğan’s Æsop")
    "Erdogan's AEsop"
    """
    if text.isascii():
        return text
    # Letters spelt out before and after the decomposition: some decompose into one of
    # them (Ǣ is Æ and a macron), so that the result is plain already (a fixpoint).
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_PLAIN_LETTERS)


#: How to empty each memory of readings that :func:`remember_short` and the like keep.
MEMORIES: Final[list[Callable[[], None]]] = []


def forget_readings() -> None:
    """Empty every memory of readings of short texts (names, words, keys): the next
    calls start cold, as on a text never seen. For benchmarks; results do not change.

    >>> from newsseed.normalize import parse_name
    >>> before = parse_name("Dr Ana Ruiz")
    >>> forget_readings()
    >>> parse_name("Dr Ana Ruiz") == before
    True
    """
    for clear in MEMORIES:
        clear()


def remember_short(function: Callable[[str], _R]) -> Callable[[str], _R]:
    """``function`` with the results for short texts remembered (at most 8,192 of them).

    Names and words repeat across a corpus; long texts rarely do, and are not kept.
    :func:`forget_readings` empties the memory.

    >>> calls = []
    >>> shout = remember_short(lambda text: calls.append(text) or text.upper())
    >>> shout("ana"), shout("ana"), len(calls)
    ('ANA', 'ANA', 1)
    """
    memory = _Memory(function)
    MEMORIES.append(memory.clear)
    return memory.__getitem__  # (a call is a lookup: no function of Python is called)


#: How many results a memory of :func:`remember_short` holds before it starts again.
_REMEMBERED: Final = 8192


class _Memory(dict[str, _R]):
    """The results of a function of one text, by text: called, it returns the result
    remembered for the text, or reads it (and remembers it when the text is short). A
    text asked about again is looked up at the speed of a dictionary, no function of
    Python called; when full, it forgets everything and fills again (its size stays
    bounded, as a cache that forgets the least used does)."""

    __slots__ = ("__wrapped__",)

    def __init__(self, function: Callable[[str], _R]) -> None:
        super().__init__()
        self.__wrapped__ = function

    def __missing__(self, text: str) -> _R:
        value = self.__wrapped__(text)
        if len(text) <= SHORT:
            if len(self) >= _REMEMBERED:
                self.clear()
            self[text] = value
        return value


def lazy(build: Callable[[], _R]) -> Callable[[], _R]:
    """A function that runs ``build`` on its first call and returns the same value after.

    Patterns and tables are made this way, so that importing newsseed compiles and
    builds nothing: each is made the first time it is needed.

    >>> calls = []
    >>> table = lazy(lambda: calls.append("built") or {"a": 1})
    >>> calls
    []
    >>> table() is table(), calls
    (True, ['built'])
    """
    return functools.cache(build)


def lazy_table(module: str, name: str) -> Callable[[], frozenset[str]]:
    """The word table ``name`` of ``newsseed.normalize._data.<module>``, imported on first
    use: the big generated tables (names, places, words) cost nothing to import newsseed.

    >>> family = lazy_table("census_names", "FAMILY")
    >>> "garcia" in family()
    True
    """

    def load() -> frozenset[str]:
        table = getattr(importlib.import_module(f"newsseed.normalize._data.{module}"), name)
        assert isinstance(table, frozenset)
        return table

    return lazy(load)


def compile_regex(
    pattern: str, *, ignore_case: bool = False, version1: bool = False
) -> regex.Pattern[str]:
    """``pattern`` compiled with :mod:`regex` (its own cache keeps compiled patterns).

    The regex module itself is imported here, on the first pattern, not with newsseed.

    >>> compile_regex(r"\\p{Lu}+", ignore_case=True).findall("Ab c")
    ['Ab', 'c']
    """
    import regex  # noqa: PLC0415  (about 14 ms: loaded with the first pattern)

    flags = (regex.IGNORECASE if ignore_case else 0) | (regex.VERSION1 if version1 else 0)
    return regex.compile(pattern, flags)


#: Every pattern made by :func:`lazy_regex` and :func:`lazy_re`, as its (uncompiled) maker:
#: tests/test_regex_safety.py checks each for backtracking on hostile input.
PATTERNS: Final[list[Callable[[], re.Pattern[str] | regex.Pattern[str]]]] = []


def lazy_regex(
    pattern: str, *, ignore_case: bool = False, version1: bool = False
) -> Callable[[], regex.Pattern[str]]:
    """``pattern`` compiled with :mod:`regex` on first use (see :func:`lazy`).

    >>> word = lazy_regex(r"\\p{L}+")
    >>> word().findall("à la carte")
    ['à', 'la', 'carte']
    """
    made = lazy(lambda: compile_regex(pattern, ignore_case=ignore_case, version1=version1))
    PATTERNS.append(made)
    return made


def lazy_re(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """``pattern`` compiled with the standard :mod:`re` on first use (see :func:`lazy`)."""
    made = lazy(lambda: re.compile(pattern, flags))
    PATTERNS.append(made)
    return made


_Trie = dict[str, "_Trie"]


def trie(words: list[str]) -> str:
    """An alternation of ``words`` factored into a trie, so it is tried a character at a time.

    >>> trie(["may", "march", "mar"])
    '(?:m(?:a(?:r(?:c(?:h))?|y)))'
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [re.escape(char) + build(sub) for char, sub in sorted(node.items()) if char]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return build(tree)


class Budget:
    """How many items (trigger words, runs of names, quotes) a finder reads in a text.

    News has few of them per character; text made of nothing else (``May May May``, a
    quotation mark every four characters) is not news, and would cost a finder far more
    per megabyte than news does. A finder reads at most ``floor + length // per`` items
    and, past them, stops: :attr:`cut` is where, for the note the reader records.
    Linear, and it never changes what is found in a text within the budget.

    >>> budget = Budget(length=100, per=50, floor=1)
    >>> [budget.take(at) for at in (10, 20, 30, 40)], budget.cut
    ([True, True, True, False], 40)
    """

    __slots__ = ("cut", "left")

    def __init__(self, *, length: int, per: int, floor: int) -> None:
        self.left = floor + length // per
        self.cut: int | None = None
        """Where reading stopped (the first item past the budget), or None."""

    def take(self, at: int) -> bool:
        """Spend one item at ``at``; False once none is left, and :attr:`cut` is then
        the earliest place refused (finders that look at items out of order keep only
        what stands before it)."""
        if self.left:
            self.left -= 1
            return True
        self.stop(at)
        return False

    def stop(self, at: int) -> None:
        """Stop reading at ``at`` (or where it stopped already, if that is earlier)."""
        self.cut = at if self.cut is None else min(self.cut, at)

    def read(self, at: int) -> bool:
        """Whether ``at`` stands before the place reading stopped (if it did)."""
        return self.cut is None or at < self.cut
