"""Words and sentences around a quote, and the cues among them.

A quote's cue is looked for in the words (:class:`_Token`) of its own sentence, no more
than :data:`_LOOK` characters away: :func:`_last_sentence` is the sentence that a place
ends, :func:`_first_sentence` the one that it starts, both bounded by where sentences
end (:func:`_ends_sentence`: not at ``Mr.``, ``U.S.`` or an initial). :func:`_cue_at`
tells whether a cue (``said``, ``told reporters``, ``according to``) starts at a word,
and :func:`_before_chain` skips its helpers (``also``, ``went on to``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Final, NamedTuple

from newsseed.normalize._data import speech, words
from newsseed.normalize._text import lazy_re, lazy_regex, trie


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    word: str
    """The token in lower case, without the punctuation around it (:func:`_token`)."""

    @property
    def bare(self) -> str:
        return self.text.strip(_PUNCT)


_PUNCT: Final = ",.;:!?\"“”‘’'()[]{}—–-…"
_TOKEN: Final = lazy_regex(r"\S+")
_DASH_CHARS: Final = "—–―‒-"
_ABBREVIATIONS: Final = words(
    "mr mrs ms dr sen rep gov gen lt col capt adm sgt maj prof rev st jr sr fr mt cmdr"
    " brig no vs inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k"
    " u.n a.m p.m e.g i.e etc"
)
_LOOK: Final = 320  # how far a cue is looked for before or after a quote
_AFTER_WORDS: Final = 24  # and how many words after it


def _tokens(text: str, start: int, end: int, limit: int | None = None) -> list[_Token]:
    """The white-space separated words of ``text[start:end]``, the first ``limit`` only."""
    if end - start <= _SPLIT_CHUNK:
        chunk = text[start:end]
        if _splits_as_pattern(chunk):
            return _split(chunk, start, limit)
    return list(itertools.islice(_each_token(text, start, end), limit))


def _each_token(text: str, start: int, end: int, limit: int | None = None) -> Iterator[_Token]:
    """The white-space separated words of ``text[start:end]`` (the first ``limit``), one
    by one: those of a short stretch split at once (:meth:`str.split`, faster), a longer
    one's read by the pattern no further than asked."""
    if end - start <= _SPLIT_CHUNK:
        chunk = text[start:end]
        if _splits_as_pattern(chunk):
            yield from _split(chunk, start, limit)
            return
    for match in itertools.islice(_TOKEN().finditer(text, start, end), limit):
        yield _token(*match.span(), match.group())


def _split(chunk: str, offset: int, limit: int | None = None) -> list[_Token]:
    """The words of ``chunk`` (split at white space; the first ``limit``), placed
    ``offset`` on in the text."""
    words = chunk.split() if limit is None else chunk.split(None, limit)[:limit]
    tokens = []
    at = 0
    for word in words:
        at = chunk.index(word, at)
        end = at + len(word)
        lowered = word.strip(_PUNCT).lower()  # (as _word_of: one call the fewer a word)
        tokens.append(_new_token(_Token, (offset + at, offset + end, word, lowered)))
        at = end
    return tokens


def _splits_as_pattern(chunk: str) -> bool:
    """Whether :meth:`str.split` splits ``chunk`` where the pattern ``\\S+`` does: it holds
    none of the characters only the first splits at (looked for one by one, at the speed
    of a substring search)."""
    return (
        "\x1c" not in chunk and "\x1d" not in chunk and "\x1e" not in chunk and "\x1f" not in chunk
    )


def _token(start: int, end: int, text: str) -> _Token:
    """The token ``text`` at ``start``, its word read once (quotes read thousands of words
    around them, most of them more than once)."""
    return _new_token(_Token, (start, end, text, _word_of(text)))


def _word_of(token: str) -> str:
    """A token's word: in lower case, without the punctuation around it."""
    return token.strip(_PUNCT).lower()


# A token made from its values at once (tuple.__new__, as _Token's own __new__ does,
# without the call through it).
_new_token: Final = tuple.__new__


#: The characters :meth:`str.split` splits at and the patterns' ``\s`` does not; and how
#: long a stretch :func:`_each_token` splits at once.
_SPLIT_ONLY: Final = ("\x1c", "\x1d", "\x1e", "\x1f")
_SPLIT_CHUNK: Final = 1024


def _ends_sentence(token: str) -> bool:
    if token.startswith("(") and token.rstrip("\"”’'").endswith(".)"):
        return False  # an abbreviation in brackets: "(D-Mo.)", "(Ky.)"
    core = token.rstrip("\"”’')]")
    if not core or core[-1] not in ".!?…":
        return False
    if core[-1] != ".":
        return True
    word = core[:-1].lstrip("\"“‘'([")
    if not word or word.lower() in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial
    return not ("." in word and len(word) <= 6)  # U.S., Ph.D.


def _last_sentence(text: str, floor: int, at: int) -> list[_Token]:
    """The words of the sentence that ``at`` ends, no earlier than ``floor``."""
    return _tokens(text, _sentence_begin(text, floor, at), at)


def _sentence_begin(text: str, floor: int, at: int) -> int:
    """Where the sentence holding ``at`` begins, no earlier than ``floor``.

    It is found by looking back for the marks that can end a sentence, and checking
    the word each ends (``Mr.``, ``U.S.`` and initials do not).
    """
    end = at
    while True:
        mark = _last_end_mark(text, floor, end)
        if mark is None:
            return floor
        start, stop = mark
        word = _word_begin(text, floor, start)
        if _ends_sentence(text[word:stop]):
            return stop
        end = word


def _space(char: str) -> bool:
    """White space as the patterns' ``\\s`` tells it (:data:`_WHITE_SPACE`)."""
    return char in _WHITE_SPACE


#: White space as the patterns' ``\s`` tells it (Unicode's White_Space: what
#: :meth:`str.isspace` tells but the four characters of :data:`_SPLIT_ONLY`).
_WHITE_SPACE: Final = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _word_begin(text: str, floor: int, at: int) -> int:
    """Where the word holding ``at`` begins (after white space), no earlier than
    ``floor``: looked for a character at a time over a word's length, then by pattern."""
    word = at
    while word > floor and at - word < _WORD_LENGTH:
        if _space(text[word - 1]):
            return word
        word -= 1
    space = _LAST_SPACE().search(text, floor, word)
    return space.end() if space else floor


_LAST_SPACE: Final = lazy_regex(r"(?r)\s")
_WORD_LENGTH: Final = 24


def _last_end_mark(text: str, floor: int, end: int) -> tuple[int, int] | None:
    """The last mark in ``text[floor:end]`` that may end a sentence (``.!?…``), with the
    closing marks and brackets after it, before white space or ``end``: where it starts
    and ends; None when there is none. (Each mark is looked for back from where it was
    last found: linear.)"""
    last = {mark: text.rfind(mark, floor, end) for mark in _END_MARKS}
    while True:
        at = max(last.values())
        if at < 0:
            return None
        stop = at + 1
        while stop < end and text[stop] in _CLOSING:
            stop += 1
        if stop == end or _space(text[stop]):
            return at, stop
        last[text[at]] = text.rfind(text[at], floor, at)


_END_MARKS: Final = ".!?…"
_CLOSING: Final = frozenset("\"”’')]")


def _first_sentence(text: str, start: int, end: int, limit: int) -> list[_Token]:
    """The words of ``text[start:end]`` up to the end of its first sentence, the first
    ``limit`` only (read no further than needed)."""
    tokens = []
    for token in _each_token(text, start, end, limit):
        tokens.append(token)
        if _ends_sentence(token.text):
            break
    return tokens


def _phrases_by_first_word(phrases: Sequence[str]) -> dict[str, list[list[str]]]:
    """The words of each phrase, grouped by the first, in the order given."""
    table: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        parts = phrase.split()
        table.setdefault(parts[0], []).append(parts)
    return table


_CUE_PHRASES: Final = _phrases_by_first_word(speech.CUE_PHRASES)


def _cue_at(tokens: Sequence[_Token], index: int) -> int:
    """How many tokens the cue starting at ``index`` spans (0 when none does)."""
    word = tokens[index].word
    for parts in _CUE_PHRASES.get(word, ()):
        if index + len(parts) <= len(tokens):
            following = [tokens[index + k].word for k in range(1, len(parts))]
            if following == parts[1:] and all(
                not tokens[index + k].text.endswith((",", ".", ":")) for k in range(len(parts) - 1)
            ):
                return len(parts)
    if word in speech.CUE_VERBS and tokens[index].bare == tokens[index].bare.lower():
        if index and (
            tokens[index - 1].word in _DETERMINERS
            or tokens[index - 1].text.endswith(("'s", "’s", "s'", "s’"))
        ):
            return 0  # "the continued talks", "Trump's remarks": nouns and adjectives
        return 1
    return 0


def _before_chain(tokens: Sequence[_Token], index: int) -> int:
    """The index of the last token before the cue at ``index`` and its helpers
    (``also``, ``has``, ``went on to``)."""
    first = index - 1
    while (
        first >= 0
        and (tokens[first].word in speech.CUE_ADVERBS or tokens[first].word in _CHAIN)
        and not tokens[first].text.endswith(",")
    ):
        first -= 1
    return first


_CHAIN: Final = frozenset({"to", "went", "on", "go", "goes", "going", "quoted", "as"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "its", "their", "one", "our"})
# The first word of any cue, whole: where the writer's own cues are looked for. (Looked
# for with the standard re, three times faster than regex here, between ASCII word
# boundaries; :func:`_cue_words` then keeps those that are whole words by regex's ``\w``
# too: a cue word is ASCII letters, so a letter beyond ASCII is all that can differ.)
_CUE_WORD: Final = lazy_re(
    r"(?<![0-9A-Za-z_])"
    + trie(sorted(speech.CUE_VERBS | {p.split()[0] for p in speech.CUE_PHRASES}))
    + r"(?![0-9A-Za-z_])"
)
_WORD_CHAR: Final = lazy_regex(r"\w")


def _cue_words(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where the first words of cues stand in ``text[start:end]``, whole words (as
    ``\\b`` of :mod:`regex` tells them: no letter, mark or digit of any script beside)."""
    for match in _CUE_WORD().finditer(text, start, end):
        at, stop = match.span()
        if at and not text[at - 1].isascii() and _WORD_CHAR().match(text[at - 1]):
            continue  # "ésaid"
        if stop < end and not text[stop].isascii() and _WORD_CHAR().match(text[stop]):
            continue
        yield at, stop
