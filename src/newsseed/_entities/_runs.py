"""Runs of capitalised words in a text, cut at sentence ends and stripped of the
words that open sentences: the pieces :mod:`newsseed._entities` reads."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final, NamedTuple

from newsseed.normalize._data import entities as data
from newsseed.normalize._data import words
from newsseed.normalize._text import (
    SHORT,
    lazy_regex,
    remember_short,
    trie,
)

_TITLE_ABBREVIATIONS: Final = words(
    "mr mrs ms dr sen rep gov gen lt col capt adm sgt maj prof rev st jr sr fr mt cmdr brig no vs"
    " co inc ltd corp bros ft pt ave blvd rd hon messrs mme mlle"
)

# "I", "I'm": capitalised, and never part of a name.
_FIRST_PERSON: Final = words("I I'm I've I'd I'll")

# What opens a contraction at a sentence's start besides the openers: "Let's", "Who's".
_STARTER_STEMS: Final = words("let who what where how that there here it he she they we you")
_STARTERS_AND_STEMS: Final = data.STARTERS | _STARTER_STEMS


# A capitalised word, perhaps in brackets or after "then-" or "ex-". (Spelt as three ways
# to begin, each with its own first character, it is looked for faster than with an
# optional prefix.) In a text that holds neither "then-" nor "ex-" (most texts), the word
# is looked for without those ways to begin: the same runs, found in two thirds the time.
_WORD_BODY = r"[\p{L}\p{M}\p{N}'’.\-]*\]?"
_WORD = r"(?:\p{Lu}|\[\p{Lu}|(?:then|ex)-\[?\p{Lu})" + _WORD_BODY
_PLAIN_WORD = r"\[?\p{Lu}" + _WORD_BODY
_MODIFIED: Final = ("then-", "ex-")

# Small words that may join the capitalised words of a name ("Department of Defence").
_JOINERS: Final = ("of", "for", "the", "de", "del", "della", "da", "di", "du", "von", "van",
                   "der", "den", "bin", "ibn", "al", "le", "la", "y", "&")  # fmt: skip


_JOINER = trie(sorted(_JOINERS))

_JOINER_WORDS: Final = frozenset(_JOINERS)


_GAP = r"(?:[^\S\n]{1,3}+(?:\n[^\S\n]{0,8}+)?+|\n[^\S\n]{0,8}+)"

_RUN: Final = lazy_regex(
    rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{_WORD})(?:{_GAP}(?:{_JOINER}{_GAP}){{0,2}}{_WORD})*+",
    version1=True,
)
_PLAIN_RUN: Final = lazy_regex(
    rf"(?<![\p{{L}}\p{{N}}'’\-]){_PLAIN_WORD}(?:{_GAP}(?:{_JOINER}{_GAP}){{0,2}}{_PLAIN_WORD})*+",
    version1=True,
)

_TOKEN: Final = lazy_regex(r"\S+")

#: More words than any name has: such a run is read word by word.
_LONGEST: Final = 12


class _Piece(NamedTuple):
    """A run of capitalised words, cleaned, with where it stands in the text."""

    text: str
    start: int
    end: int
    tokens: tuple[str, ...]


def _ends_sentence(token: str) -> bool:
    if "." not in token:
        return False
    core = token.rstrip("]\"'”’)")
    if not core.endswith("."):
        return False
    word = core[:-1]
    if "." in word or word.lower() in _TITLE_ABBREVIATIONS:
        return False  # "U.S.", "Mr."
    # "weeks.", "Oh.", "L2."; not an initial ("J.") nor an abbreviation ("Mr.", "Co.")
    return len(word) >= 2 and (not word.isupper() or not word.isalpha())


def _pieces(text: str) -> Iterator[_Piece]:
    """The runs of names in ``text``, cut at sentence ends and stripped of openers."""
    runs = _RUN() if any(modifier in text for modifier in _MODIFIED) else _PLAIN_RUN()
    for run in runs.finditer(text):
        at = run.start()
        words = run.group()
        pieces = _run_pieces(words) if len(words) <= SHORT else _each_run_piece(words)
        for text_of, start, end, tokens in pieces:
            yield _new_piece(_Piece, (text_of, at + start, at + end, tokens))


# A piece made from its four values at once (tuple.__new__, as _Piece's own __new__ does,
# without the call through it): a text holds a piece every 20 characters or so.
_new_piece: Final = tuple.__new__


@remember_short
def _run_pieces(run: str) -> tuple[_Piece, ...]:
    """The pieces of one run of names, placed in the run. Runs repeat (``The``,
    ``Mr Ruiz``), and what they hold depends on their words only: remembered."""
    return tuple(_each_run_piece(run))


_POSSESSIVES: Final = ("'s", "’s")


def _each_run_piece(run: str) -> Iterator[_Piece]:
    """The pieces of one run of names, one by one (a long run is read no further than
    the finder's budget lets it)."""
    group: list[_Word] = []
    for word in _words(run):
        if word[2].replace("’", "'") in _FIRST_PERSON:  # "Well I", "I'm": not names
            yield from _clean_piece(run, group)
            group = []
            continue
        group.append(word)
        if _ends_sentence(word[2]) or word[2].endswith(_POSSESSIVES):
            yield from _clean_piece(run, group)  # "Jean Cocteau's | La Machine"
            group = []
    yield from _clean_piece(run, group)


#: A word of a run: where it starts and ends in the run, and its text.
_Word = tuple[int, int, str]


def _words(run: str) -> Iterable[_Word]:
    """The words of a run (split at white space): a short run's from :meth:`str.split`,
    all at once; a long one's from a pattern, one by one, read no further than asked."""
    if len(run) > SHORT:
        return ((*match.span(), match.group()) for match in _TOKEN().finditer(run))
    words = []
    at = 0
    for word in run.split():  # (a run holds no character that split and \s disagree on)
        at = run.index(word, at)
        words.append((at, at + len(word), word))
        at += len(word)
    return words


def _starter(token: str) -> bool:
    """Whether a capitalised word opens sentences and is no name: ``The``, ``However``,
    and contractions of such words (``It's``, ``What's``, ``Don't``)."""
    bare = token.lower().strip("[]").replace("’", "'")
    if bare in data.STARTERS:
        return True
    if "'" in bare:
        return bare.endswith("n't") or bare.split("'")[0] in _STARTERS_AND_STEMS
    return False


def _clean_piece(text: str, words: list[_Word]) -> Iterable[_Piece]:
    """The piece of ``words`` without the words that open sentences before it and the
    joining words after it, its last word without a possessive (one piece, or none; a
    group too long for a name gives each word's, one by one)."""
    first, stop = 0, len(words)
    while first < stop and _starter(words[first][2]):
        first += 1
    while first < stop and words[stop - 1][2] in _JOINER_WORDS:
        stop -= 1
    if stop - first > _LONGEST:  # no name is this long: a heading in capitals, or noise
        return (piece for word in words[first:stop] for piece in _clean_piece(text, [word]))
    words = words[first:stop]
    if not words:
        return ()
    start, (last_start, end, last) = words[0][0], words[-1]
    trimmed = last.rstrip(',;:!?"”)')
    if trimmed.endswith(".") and _ends_sentence(trimmed):
        trimmed = trimmed[:-1]
    for possessive in ("'s", "’s", "s'", "s’"):
        if trimmed.endswith(possessive):
            trimmed = trimmed[: -len(possessive) + (1 if possessive[0] == "s" else 0)]
            break
    end = last_start + len(trimmed)
    if end <= start:
        return ()
    piece_text = text[start:end]
    return (_Piece(piece_text, start, end, tuple(piece_text.split())),)


def _rest(piece: _Piece) -> _Piece:
    """``piece`` without its first word."""
    return _part(piece, 1, len(piece.tokens))


def _part(piece: _Piece, first: int, stop: int) -> _Piece:
    """The piece made of ``piece``'s words ``first`` to ``stop`` (not included), placed
    in the text."""
    offset = start = 0
    for index, token in enumerate(piece.tokens[:stop]):
        at = piece.text.index(token, offset)
        offset = at + len(token)
        if index == first:
            start = at
    return _Piece(
        piece.text[start:offset],
        piece.start + start,
        piece.start + offset,
        piece.tokens[first:stop],
    )
