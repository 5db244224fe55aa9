"""What the text around a name says of it: whether the text writes the word in lower
case too, opens a sentence with it, puts ``the`` before it, or speaks of it as of a
person (a speech verb, a personal pronoun, a citation after it)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Final

from newsseed._entities._runs import _Piece
from newsseed._entities._words import _gazetteer_place, _name_word, _Reading
from newsseed.normalize._text import lazy_regex

_PLAIN_WORD: Final = lazy_regex(r"(?<![\p{L}\p{M}'’\-])\p{L}[\p{L}\p{M}]*+")

# What people (seldom bodies) do right after their name: they speak, write, remember, think.
_SAID: Final = lazy_regex(
    r"[^\S\n]{1,3}(?:said|says|told|tells|added|stated|noted|argued|argues|asked|explained"
    r"|recalled|recalls|remembered|remembers|laughed|joked|sighed|shouted|whispered|testified"
    r"|wrote|writes|replied|insisted|admitted|conceded|mused|quipped|exclaimed|muttered"
    r"|wondered|thinks|thought|believes|believed)\b"
)

_OPENING_MARKS: Final = frozenset(".!?:;\"“‘'(-—•*#>|")

_SHORT_WORD: Final = 5
_LOWER_NEXT: Final = lazy_regex(r"[^\S\n]{1,3}\p{Ll}")

# An author cited: "Lima (2019)", "Lima et al.", "(Lima, 2019)", "(Lima and Roe, 2019a;", and
# any author of a list of them before the year: "(Lima, Roe, & Costa, 2008)", "(Lima & Roe
# 2011;". (Each name and separator is taken whole, the list is at most eight names long.)
_CITED_NAME = r"\p{Lu}[\p{L}\p{M}'’\-]{0,30}+(?:[^\S\n]\p{Lu}[\p{L}\p{M}'’\-]{0,30}+)?+"
_IN_CITED_LIST = (
    rf"(?:(?:,[^\S\n]&|,|[^\S\n]&|[^\S\n]and)[^\S\n]{_CITED_NAME}){{0,8}}+"
    r"(?:,[^\S\n]|[^\S\n])(?:1[5-9]|20)\d\d[a-z]?[);]"
)
_CITED_IN_LIST: Final = lazy_regex(_IN_CITED_LIST)
_CITED: Final = lazy_regex(rf"[^\S\n]{{0,2}}(?:\((?:1[5-9]|20)\d\d|et al\.|{_IN_CITED_LIST})")

#: What follows a space after an author of a citation's list: "&", "and", the year.
_LIST_GOES_ON: Final = frozenset("&a12")


def _may_hold_pronoun(window: str) -> bool:
    """Whether ``window`` may hold a personal pronoun (each has "he" or "hi" in it)."""
    return "he" in window or "hi" in window


# A personal pronoun after a name, in its sentence: "When Tyler was young, his ...".
#: How far :data:`_PRONOUN_AFTER` reads after a name: up to 48 characters and a pronoun.
_PRONOUN_REACH: Final = 48 + len("herself") + 1
_PRONOUN_AFTER: Final = lazy_regex(
    r"[^.!?;:\n\"“”()]{0,48}?\b(?:he|she|his|her|him|himself|herself)\b", version1=True
)


def _modifier(word: str) -> bool:
    """Whether a name's last word is one that names a place or a person (``the India-US
    pact``, ``the Lima years``): before a word in lower case, the name modifies it."""
    return "-" in word or _gazetteer_place(word) is not None or _name_word(word)


#: The words :meth:`_Context.count` looks for one by one in a text, at most: a news text
#: asks about fewer than a hundred (PolNeAR dev: 94 at most), each looked for faster
#: than every word of the text is counted (a pattern's find of every word costs about
#: as much as two hundred searches for one).
_WORDS_LOOKED_FOR: Final = 128


def _letter(char: str) -> bool:
    """A letter or a mark (``\\p{L}``, ``\\p{M}``)."""
    return char.isalpha() or (not char.isascii() and unicodedata.category(char)[0] == "M")


def _count_word(text: str, word: str) -> int:
    """How many times ``text`` writes ``word`` where :data:`_PLAIN_WORD` finds it: a
    whole word (no letter or mark after it), not right after a letter, a mark, an
    apostrophe or a hyphen. A word the pattern cannot find (``O'Neill``) is found
    nowhere."""
    if not word or not word[0].isalpha():
        return 0
    if not word.isalpha() and not all(_letter(c) for c in word):  # (marks: not alpha)
        return 0
    found = 0
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (_letter(text[at - 1]) or text[at - 1] in "'’-")) and (
            end == len(text) or not _letter(text[end])
        ):
            found += 1
        at = text.find(word, at + 1)
    return found


def _said_after(text: str, end: int) -> bool:
    """A speech verb after a lone capitalised word (``Roe said``) makes it a person."""
    return bool(_SAID().match(text[end : end + 16]))


class _Context:
    """A text, and what it says around the names in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: Counter[str] | None = None
        self._counted: dict[str, int] = {}

    def written_lower(self, word: str) -> bool:
        """Whether the text writes ``word`` in lower case as well (``will``, ``union``),
        at least once for every four times it writes it capitalised: a common word there,
        whatever a table of names says (``Łódź`` once as ``łódź`` stays a name)."""
        lower = self.count(word.lower())
        return lower > 0 and 4 * lower >= self.count(word)

    def count(self, word: str) -> int:
        """How many times the text writes ``word`` as a whole word (:data:`_PLAIN_WORD`:
        letters, not right after a letter, an apostrophe or a hyphen). The first few words
        asked about are looked for one by one; then every word of the text is counted
        once (a text asked about many words is read a bounded number of times)."""
        if self._words is None and word not in self._counted:
            if len(self._counted) < _WORDS_LOOKED_FOR:
                self._counted[word] = _count_word(self.text, word)
            else:
                self._words = Counter(_PLAIN_WORD().findall(self.text))
        return self._counted[word] if self._words is None else self._words[word]

    def opens(self, piece: _Piece) -> bool:
        """Whether ``piece`` opens a sentence, a line or a quotation."""
        before = self.text[max(0, piece.start - 8) : piece.start].rstrip()
        return not before or before[-1] in _OPENING_MARKS

    def word_before(self, piece: _Piece) -> str:
        """The short word (up to five letters) right before ``piece`` with one space
        between, as written (``the``, ``This``, ``our``), or ``""``: what says whether a
        name is spoken of as a body's or a person's."""
        end = piece.start - 1
        if end < 1 or self.text[end] != " ":
            return ""
        start = end
        while start > 0 and end - start < _SHORT_WORD and self.text[start - 1].isalpha():
            start -= 1
        if start > 0 and self.text[start - 1].isalpha():
            return ""  # a longer word
        return self.text[start:end]

    def acts(self, piece: _Piece) -> bool:
        """Whether the text speaks of ``piece`` as of a body: ``the`` right before it, or a
        speech verb after it."""
        return self.word_before(piece).lower() in ("the", "this") or _said_after(
            self.text, piece.end
        )

    def named_with_the(self, piece: _Piece, own: _Reading) -> bool:
        """Whether ``piece`` is two or more words after ``the`` in lower case (``the Red
        Sox``): a body's name, where it is not a person's, a place's or a work's (``the
        Marriage Act``, ``the Nobel Prize``)."""
        return (
            len(piece.tokens) > 1
            and not own.work
            and self.word_before(piece) == "the"
            and not (_modifier(piece.tokens[-1]) and _LOWER_NEXT().match(self.text, piece.end))
        )  # "the Harbour Gulls won"; but "the India-US defence pact", "the Ana Lima era"

    def spoken_of_as_person(self, piece: _Piece) -> bool:
        """Whether the text speaks of ``piece`` as of a person: a speech verb after it,
        or a personal pronoun later in its sentence (``Tyler was young, his ...``), and
        no ``the`` before it (``the Olmec``)."""
        if self.word_before(piece).lower() == "the":
            return False
        text, end = self.text, piece.end
        return (
            _said_after(text, end)
            or (
                _may_hold_pronoun(text[end : end + _PRONOUN_REACH])
                and bool(_PRONOUN_AFTER().match(text, end))
            )
            or bool(_CITED().match(text, end))
        )

    def cited_in_list(self, piece: _Piece) -> bool:
        """Whether ``piece`` is an author in a citation's list of them, before its year:
        ``(Baker, 2010)``, ``(Cross, White, & Lima, 2008;`` (an author, even where the
        name is a common word too)."""
        after = self.text[piece.end : piece.end + 2]
        if not (after[:1] == "," or (after[:1] in " \t" and after[1:] in _LIST_GOES_ON)):
            return False  # (what the list or its year must start with is not there)
        return bool(_CITED_IN_LIST().match(self.text, piece.end))
