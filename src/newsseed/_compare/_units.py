"""Quote units: the sentences of quotes (or the stretches between ellipses) that
compare groups, each with its words keyed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs

from newsseed._model import Article, Quote, Span
from newsseed._quotes import _ends_sentence
from newsseed._wording import ELLIPSIS, Word, keys_of, words_of
from newsseed.normalize import name_key
from newsseed.normalize._data import words

__all__ = ("MAX_UNITS", "STOPWORDS", "Unit", "units_of")

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


@attrs.frozen
class Unit:
    """A sentence of a quote (or the stretch between two ellipses): what is grouped."""

    article_id: str
    index: int  # the quote's position in its article
    quote: Quote  # the unit itself, as a quote (span into the article's text)
    words: tuple[Word, ...]
    keys: tuple[str, ...]  # one per key; positions into ``words`` in ``at``
    at: tuple[int, ...]
    speaker: str | None  # name_key of the speaker
    content: frozenset[str]  # the content words' keys


def units_of(article: Article, article_id: str) -> Iterator[Unit]:
    """The units of the article's quotes, in order."""
    text = article.text
    for index, quote in enumerate(article.quotes):
        words = words_of(quote.text, quote.span.start)
        piece: list[Word] = []
        for word, following in zip(words, [*words[1:], None], strict=True):
            boundary = word.keys == (ELLIPSIS,)
            if not boundary:
                piece.append(word)
            ends = (
                following is not None
                and _may_end(text[word.end - 1 : following.start])
                and _ends_sentence(text[word.start : following.start].strip())
            )
            if boundary or ends:
                yield from _unit(text, article_id, index, quote, piece, total=len(words))
                piece = []
        yield from _unit(text, article_id, index, quote, piece, total=len(words))


def _may_end(tail: str) -> bool:
    """Whether a word's last character and what follows it up to the next word hold a
    mark that can end a sentence (a quick test before the full one: a word ends with a
    letter, a digit or a full stop)."""
    return "." in tail or "!" in tail or "?" in tail or "…" in tail


def _unit(
    text: str, article_id: str, index: int, quote: Quote, piece: list[Word], *, total: int
) -> Iterator[Unit]:
    """The unit of ``piece``, words of a quote of ``total`` words (counted once for the
    quote: a quote of many sentences is not read again for each)."""
    if len(piece) < 2:
        return
    start, end = piece[0].start, piece[-1].end
    speaker = name_key(quote.speaker) if quote.speaker else None
    if len(piece) == total:
        part = quote  # the whole quote
    else:
        part = attrs.evolve(quote, text=text[start:end], span=Span(start, end))
    flat = keys_of(piece)
    keys = tuple(k for k, _ in flat)
    yield Unit(
        article_id,
        index,
        part,
        tuple(piece),
        keys,
        tuple(i for _, i in flat),
        speaker,
        frozenset(k for k in keys if k not in STOPWORDS and k != ELLIPSIS),
    )
