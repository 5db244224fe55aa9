"""Quote units: the sentences of quotes (or the stretches between ellipses) that
compare groups, each with its words keyed.

A quote's text is read once in a comparison (:class:`Readings`): its words and keys
give the phrases its article's story features are made of, and, when the article is in
a story, the pieces its units are cut into (computed once for the text, whichever
articles quote it).
"""

from __future__ import annotations

import bisect
import itertools
from collections import OrderedDict
from collections.abc import Iterator
from typing import Final, NamedTuple

import attrs

from newsseed._model import Article, Quote, Span
from newsseed._quotes import _ends_sentence
from newsseed._wording import ELLIPSIS, merged_keys, places, read
from newsseed.normalize import name_key
from newsseed.normalize._data import words
from newsseed.normalize._text import lazy_regex

__all__ = ("MAX_UNITS", "NOT_CONTENT", "STOPWORDS", "Reading", "Readings", "Unit", "units_of")

STOPWORDS: Final = words(
    "a an the and or but if of to in on at by for with from as is are was were be been being"
    " it its this that these those he she they we i you his her their our my your him them"
    " us me not no do does did have has had will would can could should may might must"
    " so than then there here what which who whom whose when where why how all any some"
    " very also just into about over after before up out more most such only own same"
)

#: The quoted sentences of an article that compare groups, at most: the corpora's
#: articles hold at most 102 (in 80 quotes), and every one is read; a text made of
#: quotes is read up to this many, so that what one article brings to a story stays
#: bounded.
MAX_UNITS: Final = 256

NOT_CONTENT: Final = STOPWORDS | {ELLIPSIS}  # the keys that are no content words
_ELLIPSIS: Final = (ELLIPSIS,)
_MARK: Final = lazy_regex("[.!?…]")  # what may end a sentence

# The quote texts whose readings a comparison remembers, at most, in characters (the
# most recent ones): enough for a story's articles, and for copies read in a row.
_REMEMBERED: Final = 1 << 19


@attrs.frozen
class Unit:
    """A sentence of a quote (or the stretch between two ellipses): what is grouped."""

    article_id: str
    index: int  # the quote's position in its article
    quote: Quote  # the unit itself, as a quote (span into the article's text)
    keys: tuple[str, ...]  # one per key; the word each comes from in ``at``
    at: tuple[int, ...]
    speaker: str | None  # name_key of the speaker
    content: frozenset[str]  # the content words' keys
    written: tuple[str, ...]  # each key's word as written (see ``_Columns``)
    starts: tuple[int, ...]  # each word's start in ``quote.text``
    ends: tuple[int, ...]  # and its end


@attrs.frozen
class _Piece:
    """What a unit is made of, from its quote's text alone (shared by every article
    quoting the text): where its words stand in the quote (``start``, ``end``), whether
    it is the whole quote, and its keys and words (places relative to the unit's text)."""

    start: int
    end: int
    whole: bool
    keys: tuple[str, ...]
    at: tuple[int, ...]
    content: frozenset[str]
    written: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]


class Reading:
    """A quote's text, read once in a comparison: its words and their keys, and what is
    made of them, each on first use (the phrases of its article's features are kept in
    ``said`` by the stories; the units' pieces by :meth:`pieces`)."""

    __slots__ = ("_pieces", "keys", "said", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self.words, self.keys = read(text)
        self.said: frozenset[int] | None = None
        self._pieces: list[_Piece] | None = None

    def pieces(self) -> list[_Piece]:
        """The pieces of the text's units (for a quote that stands at its span)."""
        if self._pieces is None:
            self._pieces = _pieces(self, self.text, 0)
        return self._pieces


class Readings:
    """The readings of the quote texts met last in a comparison (up to ``_REMEMBERED``
    characters): copies of an article quote the same words, and a quote read for its
    article's features is read again for its units when they come soon after."""

    def __init__(self) -> None:
        self.kept: OrderedDict[str, Reading] = OrderedDict()
        self.size = 0

    def of(self, text: str) -> Reading:
        found = self.kept.get(text)
        if found is not None:
            self.kept.move_to_end(text)
            return found
        found = Reading(text)
        self.kept[text] = found
        self.size += len(text)
        while self.size > _REMEMBERED and len(self.kept) > 1:
            _, old = self.kept.popitem(last=False)
            self.size -= len(old.text)
        return found


def units_of(article: Article, article_id: str, readings: Readings | None = None) -> Iterator[Unit]:
    """The units of the article's quotes, in order."""
    readings = readings or Readings()
    text = article.text
    for index, quote in enumerate(article.quotes):
        reading = readings.of(quote.text)
        offset = quote.span.start
        if text.startswith(quote.text, offset):
            pieces = reading.pieces()
        else:  # a quote whose text is not at its span: sentences are read in the article
            pieces = _pieces(reading, text, offset)
        if not pieces:
            continue
        speaker = name_key(quote.speaker) if quote.speaker else None
        for piece in pieces:
            if piece.whole:
                part = quote
            else:
                start, end = offset + piece.start, offset + piece.end
                part = attrs.evolve(quote, text=text[start:end], span=Span(start, end))
            yield Unit(
                article_id=article_id,
                index=index,
                quote=part,
                keys=piece.keys,
                at=piece.at,
                speaker=speaker,
                content=piece.content,
                written=piece.written,
                starts=piece.starts,
                ends=piece.ends,
            )


def _pieces(reading: Reading, text: str, offset: int) -> list[_Piece]:
    """The pieces of the reading's quote, its sentences told in ``text`` (the quote's
    own, or the article's with the quote at ``offset``): the words between ellipses,
    cut after each word that ends a sentence."""
    words, keys = reading.words, reading.keys
    starts = places(reading.text, words)
    if not all(keys):  # a match with no key (a mark alone) is no word
        kept = [n for n, word_keys in enumerate(keys) if word_keys]
        words, keys, starts = (
            [words[n] for n in kept],
            [keys[n] for n in kept],
            [starts[n] for n in kept],
        )
    ends = [start + len(word) for start, word in zip(starts, words, strict=True)]
    ellipses = set(itertools.compress(range(len(keys)), map(_ELLIPSIS.__eq__, keys)))
    cuts = sorted(ellipses.union(_sentence_ends(text, offset, starts, ends)))
    written = [word.replace("’", "'").rstrip(".") for word in words]
    columns = _Columns(keys, written, starts, ends)
    found: list[_Piece] = []
    low = 0
    for cut in [*cuts, len(words)]:
        # A piece ends before an ellipsis (left out), after a sentence's last word.
        high = cut if cut in ellipses or cut == len(words) else cut + 1
        if high - low >= 2:
            found.append(_piece(columns, low, high, whole=high - low == len(words)))
        low = cut + 1
    return found


def _sentence_ends(text: str, offset: int, starts: list[int], ends: list[int]) -> set[int]:
    """The words (but the last) after which a sentence ends: where a full stop, ``!``,
    ``?`` or an ellipsis stands from the word's last character to the next word (a quick
    search), and the full test says so."""
    found: set[int] = set()
    if len(starts) < 2:
        return found
    tried: set[int] = set()
    for mark in _MARK().finditer(text, offset + ends[0] - 1, offset + starts[-1]):
        at = mark.start() - offset
        # The last word whose last character is at the mark or before it.
        m = bisect.bisect_right(ends, at + 1) - 1
        if m in tried or at >= starts[m + 1]:
            continue  # inside a word, or tried already
        tried.add(m)
        if _ends_sentence(text[offset + starts[m] : offset + starts[m + 1]].strip()):
            found.add(m)
    return found


class _Columns(NamedTuple):
    """A quote's words (those with keys), one list per field."""

    keys: list[tuple[str, ...]]
    written: list[str]  # as written, straight apostrophes and no full stop after
    starts: list[int]
    ends: list[int]


def _piece(columns: _Columns, low: int, high: int, *, whole: bool) -> _Piece:
    """The piece of the words ``low`` to ``high`` (excluded)."""
    keys, at = merged_keys(columns.keys[low:high])
    written = columns.written[low:high]
    starts, ends = columns.starts[low:high], columns.ends[low:high]
    base = 0 if whole else starts[0]  # where the unit's text starts in the quote's
    return _Piece(
        start=starts[0],
        end=ends[-1],
        whole=whole,
        keys=tuple(keys),
        at=tuple(at),
        content=frozenset(keys).difference(NOT_CONTENT),
        written=tuple(map(written.__getitem__, at)),
        starts=tuple([start - base for start in starts]),
        ends=tuple([end - base for end in ends]),
    )
