"""The finder: :func:`find_quotes` and :func:`find_quotes_and_notes` run the steps over
a text within its budgets, and return only speech: not a title, a term or a scare quote
(:func:`_is_speech`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

import attrs

from newsseed._entities import find_entities
from newsseed._model import Entity, Quote, Span
from newsseed._quotes._attribution import _Attributor
from newsseed._quotes._marks import _pair_marks
from newsseed._quotes._phrases import _JOINERS
from newsseed._quotes._reported import _reported
from newsseed._quotes._segments import _Paragraphs, _Segment
from newsseed._quotes._settle import _settle
from newsseed._quotes._unmarked import _unmarked
from newsseed._quotes._who import _Who
from newsseed.normalize._text import Budget

__all__ = ("QuoteNote", "find_quotes", "find_quotes_and_notes")


@attrs.frozen
class QuoteNote:
    """Something :func:`find_quotes_and_notes` noticed (a quote never closed)."""

    code: str
    message: str
    span: Span


def _is_speech(text: str, segments: list[_Segment], index: int) -> bool:
    """Whether a quoted stretch is speech, not a title, a term or a scare quote."""
    segment = segments[index]
    if not segment.partial:
        return True
    words = text[segment.start : segment.end].split()
    capitalised = all(w[0].isupper() or w.lower() in _SMALL for w in words if w[0].isalpha())
    if capitalised and len(words) <= 6:
        return False  # a title: "Fox News Sunday", "Salt and Rope"
    if text[max(0, segment.open - 12) : segment.open].rstrip().lower().endswith(_SO_CALLED):
        return False  # the so-called "reform"
    if segment.attributed or len(words) > _SHORT:
        return True
    # A few words quoted with neither a cue nor a named subject (who is then the
    # speaker) are speech only among quotes that have one; otherwise a scare quote
    # or a term: "this 'alternative' system".
    return any(
        other.paragraph == segment.paragraph and other.attributed
        for other in segments[max(0, index - 1) : index + 2]
    )


# Small words in a title in title case: "Salt and Rope", "Gone with the Wind".
_SMALL: Final = _JOINERS | {"and", "or", "a", "an", "in", "on", "at", "to", "with", "&"}
_SO_CALLED: Final = ("so-called", "so called", "dubbed", "nicknamed", "titled", "entitled")
# Partial quotes of up to this many words need a cue or a named subject to be speech.
_SHORT: Final = 4


def find_quotes_and_notes(
    text: str, /, *, entities: Sequence[Entity] | None = None, reported: bool = False
) -> tuple[tuple[Quote, ...], tuple[QuoteNote, ...]]:
    """:func:`find_quotes`, with a note for every quote never closed.

    >>> quotes, notes = find_quotes_and_notes('Ana Ruiz said: "We will build it.')
    >>> quotes[0].text, notes[0].code
    ('We will build it.', 'unclosed-quote')
    """
    if entities is None:
        entities = find_entities(text)
    paragraphs = _Paragraphs(text)
    budget = Budget(length=len(text), per=_QUOTES_PER, floor=_QUOTES_FLOOR)
    marks = Budget(length=len(text), per=_MARKS_PER, floor=_MARKS_FLOOR)
    marked = _pair_marks(text, paragraphs, budget.left, marks)
    segments = list(itertools.takewhile(lambda s: budget.take(s.open), marked))
    if marks.cut is not None:
        budget.stop(marks.cut)
    who = _Who(text, entities, paragraphs)
    who.end = len(text) if budget.cut is None else budget.cut
    who.set_quotes(segments)
    attributor = _Attributor(text, segments, who)
    attributor.run()
    unmarked = _unmarked(text, segments, paragraphs, budget)
    segments = sorted([*segments, *unmarked], key=lambda s: s.start)
    if budget.cut is not None:
        segments = [s for s in segments if s.open < budget.cut]
    who.set_quotes(segments)
    _settle(text, segments, who)
    # Speech among the direct quotes, told by them alone (reported speech beside a
    # short quote does not make it speech).
    speech = [s for index, s in enumerate(segments) if _is_speech(text, segments, index)]
    if reported:
        cues = Budget(length=len(text), per=_QUOTES_PER, floor=_QUOTES_FLOOR)
        told = _reported(text, segments, paragraphs, cues)
        _settle(text, told, who)
        segments = sorted([*segments, *told], key=lambda s: s.start)
        if cues.cut is not None:
            budget.stop(cues.cut)
    quotes: list[Quote] = []
    notes: list[QuoteNote] = []
    kept = {id(segment) for segment in speech}
    for segment in segments:
        if not segment.closed and not segment.continues:
            notes.append(
                QuoteNote(
                    "unclosed-quote",
                    "a quotation mark was never closed; the quote ends with its paragraph",
                    Span(segment.open, segment.close),
                )
            )
        if segment.kind == "direct" and id(segment) not in kept:
            continue
        quotes.append(
            Quote(
                text[segment.start : segment.end],
                Span(segment.start, segment.end),
                speaker=segment.speaker,
                speaker_span=None if segment.who is None else Span(*segment.who),
                cue=segment.cue,
                partial=segment.partial,
                kind="reported" if segment.kind == "reported" else "direct",
            )
        )
    if budget.cut is not None:
        notes.append(QuoteNote("quotes-not-read", _NOT_READ, Span(budget.cut, len(text))))
    return tuple(quotes), tuple(notes)


#: Quotes (and cues of unmarked speech) read per character of text, and in any text:
#: the corpora's articles hold at most 53 quotes, one per 131 characters at most,
#: cues included; past the budget (:class:`~newsseed.normalize._text.Budget`) the text is
#: not read for quotes.
_QUOTES_PER: Final = 64
_QUOTES_FLOOR: Final = 96
#: Quotation marks and apostrophes read, likewise: the corpora's articles hold one per
#: 30 characters at most.
_MARKS_PER: Final = 12
_MARKS_FLOOR: Final = 256
_NOT_READ: Final = (
    f"the text holds more quotations or quotation marks than news does (more than "
    f"{_QUOTES_FLOOR} quotes and one per {_QUOTES_PER} characters, or {_MARKS_FLOOR} marks "
    f"and one per {_MARKS_PER}): from here on its quotes are not read"
)


def find_quotes(
    text: str, /, *, entities: Sequence[Entity] | None = None, reported: bool = False
) -> tuple[Quote, ...]:
    """Return the direct quotes in ``text``, in order, with who said them where known;
    with ``reported``, speech reported without quotation marks too (``kind="reported"``:
    the reported clause, ``docs/quotes.md``), in order of where each starts.

    Each :class:`~newsseed.Quote` holds the quoted words (``text[span.start:span.end]``,
    without the marks), the cue that reports them, the words naming the speaker
    (``speaker_span``) and the speaker's canonical name, or ``None`` when the
    evidence is not enough. ``entities`` are the text's entities if already found
    (:func:`~newsseed.find_entities` is run otherwise). Never raises. A text made of
    quotes is read up to a budget far above what news holds (docs/hardening.md).

    >>> text = ('Ana Ruiz, the mayor, said the bridge would open in May. '
    ...         '"We have waited long enough," she said. "It is ready."')
    >>> [(q.text, q.speaker, q.cue) for q in find_quotes(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('We have waited long enough,', 'Ana Ruiz', 'said'), ('It is ready.', 'Ana Ruiz', 'said')]
    """
    return find_quotes_and_notes(text, entities=entities, reported=reported)[0]
