"""Speech without quotation marks, taken only where nothing else can be meant: after a
cue and a comma, from a word that only opens speech (``Ruiz said, We will build it.``),
or after ``said that`` in the speaker's own person (:func:`_unmarked`).
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from newsseed._quotes._phrases import _speaker_before, _trimmed_who
from newsseed._quotes._segments import _Paragraphs, _Segment
from newsseed._quotes._tokens import _LOOK, _ends_sentence, _first_sentence, _last_sentence
from newsseed.normalize._data import speech
from newsseed.normalize._text import Budget, compile_regex, lazy, lazy_regex

if TYPE_CHECKING:
    import regex


def _unmarked(
    text: str, segments: list[_Segment], paragraphs: _Paragraphs, budget: Budget
) -> list[_Segment]:
    """Speech without marks where nothing else can be meant: after ``said,`` and a word
    that only opens speech (``Ruiz said, We will build it.``), or after ``said that``
    in words of the speaker's own person (``Ruiz said that our bridge, I think, ...``).
    Each cue looked at spends one of the ``budget``'s quotes."""
    found: list[_Segment] = []
    starts = [s.open for s in segments]
    for match in _unmarked_cues(text):
        if not budget.read(match.start()) or not budget.take(match.start()):
            break
        at = match.end()
        index = bisect.bisect_left(starts, at)
        if index and segments[index - 1].close >= at:
            continue  # inside a quote
        that = match.group().rstrip().endswith("that")
        if not that:
            word = _WORD_AT().match(text, at)
            if word is None or word.group().lower() not in speech.SPEECH_OPENERS:
                continue
        paragraph = paragraphs.of(at)
        ceiling = paragraphs.ends[paragraph]
        if index < len(segments):
            ceiling = min(ceiling, segments[index].open)
        tokens = _first_sentence(text, at, ceiling, _SPEECH_WORDS)
        if len(tokens) < 3 or not _ends_sentence(tokens[-1].text):
            continue
        if that and not any(_first_person(t.bare) for t in tokens):
            continue  # "Ruiz said that the bridge would open": reported, not quoted
        end = tokens[-1].end
        segment = _Segment(at, end, at, end, paragraph, end, marked=False, partial=that)
        segment.cue = match.group(1)
        cue_start = match.start()
        line_tokens = _last_sentence(
            text, max(paragraphs.starts[paragraph], cue_start - _LOOK), cue_start
        )
        who = _speaker_before(line_tokens, len(line_tokens) - 1)
        if who is None or line_tokens[who[0]].word in _NO_SPEAKER:
            continue  # "That said, I believe ...": the writer's idiom, no one speaks
        segment.who = _trimmed_who(text, line_tokens[who[0]].start, line_tokens[who[1]].end)
        segment.attributed = True
        segment.end -= 1  # the full stop is the writer's
        found.append(segment)
    return found


def _first_person(word: str) -> bool:
    """``I``, ``we``, ``our``...; not ``US``, the country."""
    return word.lower() in speech.FIRST_PERSON and (word[0] == "I" or not word.isupper())


# A verb, then a comma and a capital, or "that": one pattern a verb, each led by its
# word, which the engine looks for as a string (it tries an alternation of the words at
# every position). No verb starts another, nor inside a match.
_UNMARKED_CUES: Final = lazy(
    lambda: tuple(
        compile_regex(rf"\b({verb})(?:,[^\S\n]++(?=\p{{Lu}})|[^\S\n]++that[^\S\n]++)")
        for verb in ("said", "says", "added", "stated", "noted", "continued", "stressed",
                     "explained")
    )
)  # fmt: skip


def _unmarked_cues(text: str) -> Iterator[regex.Match[str]]:
    """The cues that unmarked speech may follow (:data:`_UNMARKED_CUES`), in text order."""
    return heapq.merge(*(cue.finditer(text) for cue in _UNMARKED_CUES()), key=_start)


def _start(match: regex.Match[str]) -> int:
    return match.start()


_WORD_AT: Final = lazy_regex(r"\p{L}+")
# Words before "said," that make an idiom of the writer's, not a speaker: "That said,".
_NO_SPEAKER: Final = frozenset({"that", "this", "enough", "it"})
# Unmarked speech is a sentence of at most this many words.
_SPEECH_WORDS: Final = 120
