"""Words as a comparison sees them: each with a key that ignores how it is written.

Two wordings are *variants* of each other when their keys are equal: the key folds
case, typography (curly and straight apostrophes, hyphens, diacritics), US and UK
spelling (:func:`~newsseed.normalize.spelling_key`), contractions (``we're`` is
``we are``) and the names of countries (``US``, ``U.S.`` and ``United States`` are
one). An ellipsis is kept as a word of its own, ``…``: it marks words left out.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

import attrs

from newsseed.normalize import spelling_key
from newsseed.normalize._data import words
from newsseed.normalize._data.countries import COUNTRIES
from newsseed.normalize._data.people import COUNTRY_NAMES_IN_NEWS
from newsseed.normalize._text import lazy_regex

__all__ = ("ELLIPSIS", "Word", "keys_of", "text_keys", "words_of")

ELLIPSIS: Final = "…"

_WORD: Final = lazy_regex(
    r"\.\s?\.\s?\.|…|[\p{L}\p{N}]+(?:(?:['’.]|-(?=[\p{L}\p{N}]))[\p{L}\p{N}]+)*(?:\.(?!\.))?"
)
# The second word of a contraction, by its ending; "'s" only after these words.
_CONTRACTIONS: Final = {"n't": "not", "'re": "are", "'m": "am", "'ve": "have", "'ll": "will",
                        "'d": "would", "'s": "is"}  # fmt: skip
_IS_AFTER: Final = words("it he she that there what who here where how")
_NOT_BASES: Final = {"can": "can", "won": "will", "don": "do", "shan": "shall", "ain": "is"}


@attrs.frozen
class Word:
    """One word of a text: where it stands, as written, and its keys (usually one)."""

    start: int
    end: int
    text: str
    keys: tuple[str, ...]


def _fold(word: str) -> str:
    return spelling_key(word).replace(".", "")


@functools.lru_cache(maxsize=65536)
def _keys(word: str) -> tuple[str, ...]:
    if word in (ELLIPSIS, "...") or word.replace(" ", "") == "...":
        return (ELLIPSIS,)
    straight = word.replace("’", "'")
    lower = straight.lower()
    for ending, second in _CONTRACTIONS.items():
        if lower.endswith(ending) and len(lower) > len(ending):
            base = lower[: -len(ending)]
            if ending == "n't":
                base = _NOT_BASES.get(base, base)
            elif ending == "'s" and base not in _IS_AFTER:
                break  # a possessive: "India's"
            return (_fold(base), second)
    key = _fold(straight.rstrip("."))
    return (key,) if key else ()


def words_of(text: str, offset: int = 0) -> list[Word]:
    """The words of ``text`` with their keys; positions are ``offset`` + index into it.

    >>> [w.keys for w in words_of("We're realising it...")]
    [('we', 'are'), ('realizing',), ('it',), ('…',)]
    """
    found = []
    at = 0
    for word in _WORD().findall(text):
        # The text between two matches holds no letter, digit or run of full stops, so
        # the next occurrence of a word is where it matched (quicker than match objects).
        start = text.find(word, at)
        at = start + len(word)
        keys = _keys(word)
        if keys:
            found.append(Word(start + offset, at + offset, word, keys))
    return found


def _country_keys() -> dict[tuple[str, ...], str]:
    names: dict[tuple[str, ...], str] = {}
    pairs = [(n, code) for code, all_names in COUNTRIES.items() for n in all_names]
    for name, code in [*pairs, *COUNTRY_NAMES_IN_NEWS.items()]:
        key = tuple(k for word in name.split() for k in _keys(word))
        if key:
            names[key] = "country:" + code.lower()
    return names


@functools.cache
def _by_first_key() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Country names by their first key, the longest first (built on first use)."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, name in sorted(_country_keys().items(), key=lambda item: -len(item[0])):
        found.setdefault(key[0], []).append((key, name))
    return found


def keys_of(words: Sequence[Word]) -> list[tuple[str, int]]:
    """The keys of ``words`` in order, each with the index of the word it comes from;
    a country's name, in any of its forms, is one key.

    >>> [key for key, _ in keys_of(words_of("The United States and the US"))]
    ['the', 'country:us', 'and', 'the', 'country:us']
    """
    flat = [(key, index) for index, word in enumerate(words) for key in word.keys]
    merged = _countries([key for key, _ in flat])
    return [(key, flat[at][1]) for key, at in merged]


def text_keys(text: str) -> list[str]:
    """The keys of the words of ``text``, in order, as :func:`keys_of` gives them (a
    quicker path for whole articles, which need no positions).

    >>> text_keys("We're in the U.S.")
    ['we', 'are', 'in', 'the', 'country:us']
    """
    flat = [key for word in _WORD().findall(text) for key in _keys(word)]
    return [key for key, _ in _countries(flat)]


def _countries(keys: Sequence[str]) -> list[tuple[str, int]]:
    """``keys`` with each country's name made one key, each with where it starts.

    Only the keys that can start a name are tried; the runs between them are copied.

    >>> _countries(["in", "the", "united", "states", "now"])
    [('in', 0), ('the', 1), ('country:us', 2), ('now', 4)]
    """
    out: list[tuple[str, int]] = []
    at = 0
    size = len(keys)
    by_first_key = _by_first_key()
    for start in [n for n, key in enumerate(keys) if key in by_first_key]:
        if start < at:
            continue  # inside a name already made one key
        out.extend(zip(keys[at:start], range(at, start), strict=True))
        at = start
        for name_keys, name in by_first_key[keys[start]]:
            end = start + len(name_keys)
            if end <= size and tuple(keys[start:end]) == name_keys:
                out.append((name, start))
                at = end
                break
    out.extend(zip(keys[at:size], range(at, size), strict=True))
    return out
