"""Words as a comparison sees them: each with a key that ignores how it is written.

Two wordings are *variants* of each other when their keys are equal: the key folds
case, typography (curly and straight apostrophes, hyphens, diacritics), US and UK
spelling (:func:`~newsseed.normalize.spelling_key`), contractions (``we're`` is
``we are``) and the names of countries (``US``, ``U.S.`` and ``United States`` are
one). An ellipsis is kept as a word of its own, ``…``: it marks words left out.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from newsseed.normalize import spelling_key
from newsseed.normalize._data import words
from newsseed.normalize._data.countries import COUNTRIES
from newsseed.normalize._data.people import COUNTRY_NAMES_IN_NEWS
from newsseed.normalize._text import lazy_regex

__all__ = (
    "ELLIPSIS",
    "Word",
    "apart",
    "keys_of",
    "merged_keys",
    "places",
    "read",
    "text_keys",
    "words_of",
)

ELLIPSIS: Final = "…"

_WORD: Final = lazy_regex(
    r"\.\s?\.\s?\.|…|[\p{L}\p{N}]+(?:(?:['’.]|-(?=[\p{L}\p{N}]))[\p{L}\p{N}]+)*(?:\.(?!\.))?"
)
# A stretch of a text read already: its start, its end, its words' keys.
_Known = tuple[int, int, Sequence[tuple[str, ...]]]
# Every character a word or an ellipsis can hold.
_JOINABLE: Final = lazy_regex(r"[\p{L}\p{N}'’.\-…\s]")
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


def read(text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    """The words of ``text`` as the pattern finds them, and the keys of each (``()`` for
    a match that has none): a text read once, for its keys (:func:`merged_keys`) and its
    words' places (:func:`places`) both.

    >>> read("We're realising it...")
    (["We're", 'realising', 'it', '...'], [('we', 'are'), ('realizing',), ('it',), ('…',)])
    """
    found = _WORD().findall(text)
    return found, list(map(_keys, found))


def places(text: str, found: Sequence[str]) -> list[int]:
    """Where each of ``found`` (the words :func:`read` found in ``text``) starts.

    The text between two matches holds no letter, digit or run of full stops, so the
    next occurrence of a word is where it matched (quicker than match objects).

    >>> places("We're realising it...", ["We're", "realising", "it", "..."])
    [0, 6, 16, 18]
    """
    starts = []
    at = 0
    find = text.find
    for word in found:
        start = find(word, at)
        starts.append(start)
        at = start + len(word)
    return starts


def words_of(text: str, offset: int = 0) -> list[Word]:
    """The words of ``text`` with their keys; positions are ``offset`` + index into it.

    >>> [w.keys for w in words_of("We're realising it...")]
    [('we', 'are'), ('realizing',), ('it',), ('…',)]
    """
    found, keys = read(text)
    return [
        Word(start + offset, start + len(word) + offset, word, word_keys)
        for word, word_keys, start in zip(found, keys, places(text, found), strict=True)
        if word_keys
    ]


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


@functools.cache
def _second_keys() -> dict[str, frozenset[str]]:
    """For each key that starts a country's name, the keys that come second in its
    names of two keys or more."""
    return {
        first: frozenset(name_keys[1] for name_keys, _ in names if len(name_keys) > 1)
        for first, names in _by_first_key().items()
    }


@functools.cache
def _one_key_names() -> dict[str, str]:
    """The countries named by one key, by that key."""
    return {
        first: name
        for first, names in _by_first_key().items()
        for name_keys, name in names
        if len(name_keys) == 1
    }


def keys_of(words: Sequence[Word]) -> list[tuple[str, int]]:
    """The keys of ``words`` in order, each with the index of the word it comes from;
    a country's name, in any of its forms, is one key.

    >>> [key for key, _ in keys_of(words_of("The United States and the US"))]
    ['the', 'country:us', 'and', 'the', 'country:us']
    """
    keys, at = merged_keys([word.keys for word in words])
    return list(zip(keys, at, strict=True))


def merged_keys(keys: Sequence[tuple[str, ...]]) -> tuple[list[str], list[int]]:
    """The keys of words given by their keys (each word's, in order), a country's name
    in any of its forms made one key, and for each the index of the word it comes from.

    >>> merged_keys([("in",), ("the",), ("united",), ("states",), ("we", "are")])
    (['in', 'the', 'country:us', 'we', 'are'], [0, 1, 2, 4, 4])
    """
    flat = list(itertools.chain.from_iterable(keys))
    merged, starts = _merge(flat)
    if len(flat) == len(keys):
        return merged, starts  # a key a word (no contraction)
    owner = [index for index, word_keys in enumerate(keys) for _ in word_keys]
    return merged, [owner[at] for at in starts]


def text_keys(
    text: str, known: Iterable[tuple[int, int, Sequence[tuple[str, ...]]]] = ()
) -> list[str]:
    """The keys of the words of ``text``, in order, as :func:`keys_of` gives them (a
    quicker path for whole articles, which need no positions).

    ``known`` gives stretches of the text read already, in order: each one's start, its
    end and its words' keys (as :func:`read` gives them for ``text[start:end]``). Each
    that stands apart from the text around it (:func:`apart`, at both ends) and follows
    the last one used is not read again.

    >>> text_keys("We're in the U.S.")
    ['we', 'are', 'in', 'the', 'country:us']
    >>> text = 'He said: "We are in the U.S." Then he left.'
    >>> text_keys(text, [(10, 28, read(text[10:28])[1])]) == text_keys(text)
    True
    """
    flat: list[str] = []
    at = 0
    for start, end, keys in known:
        if start < at or not (apart(text, start) and apart(text, end)):
            continue
        flat.extend(key for word in _WORD().findall(text[at:start]) for key in _keys(word))
        flat.extend(itertools.chain.from_iterable(keys))
        at = end
    flat.extend(key for word in _WORD().findall(text[at:] if at else text) for key in _keys(word))
    return _merge(flat)[0]


def apart(text: str, at: int) -> bool:
    """Whether ``text[:at]`` and ``text[at:]``, read apart, have the words of ``text``:
    the character before ``at`` or the one at it can be in no word (nor an ellipsis),
    so no word holds both and none is told from the other by it.

    >>> apart('said "We', 6), apart("it's", 2)
    (True, False)
    """
    if at <= 0 or at >= len(text):
        return True
    joinable = _JOINABLE()
    return joinable.match(text, at - 1) is None or joinable.match(text, at) is None


def _countries(keys: Sequence[str]) -> list[tuple[str, int]]:
    """``keys`` with each country's name made one key, each with where it starts.

    >>> _countries(["in", "the", "united", "states", "now"])
    [('in', 0), ('the', 1), ('country:us', 2), ('now', 4)]
    """
    return list(zip(*_merge(keys), strict=True))


def _merge(keys: Sequence[str]) -> tuple[list[str], list[int]]:
    """``keys`` with each country's name made one key, and where each starts.

    Only the keys that can start a name are tried, and only those followed by a key that
    can come second in one of their names are tried with the longer names; the runs
    between them are copied.
    """
    out: list[str] = []
    starts: list[int] = []
    at = 0
    size = len(keys)
    by_first_key, seconds, alone = _by_first_key(), _second_keys(), _one_key_names()
    for start in [n for n, key in enumerate(keys) if key in by_first_key]:
        if start < at:
            continue  # inside a name already made one key
        key = keys[start]
        if start + 1 < size and keys[start + 1] in seconds[key]:
            found = _name_at(keys, start, by_first_key[key])
        else:  # no longer name can be here: only the key's own, if it has one
            found = (alone[key], start + 1) if key in alone else None
        if found is None:
            continue
        name, end = found
        out.extend(keys[at:start])
        starts.extend(range(at, start))
        out.append(name)
        starts.append(start)
        at = end
    out.extend(keys[at:size])
    starts.extend(range(at, size))
    return out, starts


def _name_at(
    keys: Sequence[str], start: int, names: list[tuple[tuple[str, ...], str]]
) -> tuple[str, int] | None:
    """The first of ``names`` (the longest first) whose keys stand at ``start``, and
    where they end."""
    for name_keys, name in names:
        end = start + len(name_keys)
        if end <= len(keys) and tuple(keys[start:end]) == name_keys:
            return name, end
    return None
