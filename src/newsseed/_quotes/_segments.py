"""What every step of the finder shares: the text's paragraphs, and the quoted segments
in them.

A :class:`_Segment` is one stretch of quoted words, filled in step by step: its marks
(:mod:`._marks`, :mod:`._unmarked`), its cue and the words naming its speaker
(:mod:`._attribution`), then its speaker (:mod:`._settle`). :class:`_Paragraphs` says
where each paragraph starts and ends: a quote never closed ends with its paragraph.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Final

import attrs

from newsseed._quotes._tokens import _PUNCT, _WHITE_SPACE


@attrs.define
class _Segment:
    """One stretch of quoted words: its marks, and how it was found."""

    open: int  # the opening mark (or where unmarked speech starts)
    close: int  # the closing mark (or the paragraph's end)
    start: int  # the quoted words, trimmed
    end: int
    paragraph: int
    after: int = -1  # the end of the closing mark (``close`` when there is none)
    closed: bool = True
    marked: bool = True
    continues: bool = False  # the quote runs on into the next paragraph
    continued: bool = False  # this paragraph carries on the quote before
    cue: str | None = None
    who: tuple[int, int] | None = None  # the words naming the speaker
    speaker: str | None = None
    partial: bool = False
    attributed: bool = False
    kind: str = "direct"  # or "reported": speech told without quotation marks


# Paragraphs end at a blank line, or at a line break after the end of a sentence (a
# line that breaks mid-sentence is hard-wrapped text, and goes on). A break is what
# ``\n[^\S\n]*+\n\s*+|(?<=[.!?…:"”’'])[^\S\n]*+\n\s*+`` finds; :func:`_breaks` finds
# the same from the line ends alone, not trying every position.
_SENTENCE_CLOSE: Final = frozenset(".!?…:\"”’'")


def _breaks(text: str) -> Iterator[tuple[int, int]]:
    """Where the paragraph breaks of ``text`` start and end, in order.

    Each holds a line end: the white space around it is a break when it holds a blank
    line, or when the line ends a sentence (the break then starts after its mark).
    """
    at = 0
    size = len(text)
    while (line_end := text.find("\n", at)) >= 0:
        end = line_end + 1  # the white space from the line end on (``\s*+``)
        while end < size and text[end] in _WHITE_SPACE:
            end += 1
        start = line_end  # and before it on its line, back to ``at`` (``[^\S\n]*+``)
        while start > at and text[start - 1] in _WHITE_SPACE and text[start - 1] != "\n":
            start -= 1
        if start > 0 and text[start - 1] in _SENTENCE_CLOSE:
            yield start, end
            at = end
        elif text.find("\n", line_end + 1, end) >= 0:
            yield line_end, end
            at = end
        else:
            at = line_end + 1


class _Paragraphs:
    """Where each paragraph of a text starts and ends (see :func:`_breaks`)."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.ends: list[int] = []
        for start, end in _breaks(text):
            self.ends.append(start)
            self.starts.append(end)
        self.ends.append(len(text))

    def breaks(self) -> Iterator[tuple[int, int]]:
        """Where each paragraph break starts and ends, in order."""
        return zip(self.ends[:-1], self.starts[1:], strict=True)

    def of(self, at: int) -> int:
        return bisect.bisect_right(self.starts, at) - 1


def _whole_paragraph(text: str, segment: _Segment, paragraphs: _Paragraphs) -> bool:
    start = paragraphs.starts[segment.paragraph]
    end = paragraphs.ends[segment.paragraph]
    return segment.open == start and not text[segment.after : end].strip(_PUNCT + " ")
