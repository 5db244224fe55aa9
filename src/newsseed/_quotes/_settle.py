"""Settling speakers: each quote's speaker resolved in text order (:func:`_settle`), and
lent to the quotes with no cue of their own, which take the speaker of the quote beside
them, of the other paragraphs of their quote, of the paragraph before, or of the person
opening their sentence.
"""

from __future__ import annotations

from newsseed._quotes._segments import _Segment, _whole_paragraph
from newsseed._quotes._who import _Who


def _settle(text: str, segments: list[_Segment], who: _Who) -> None:
    """Resolve speakers in text order, and lend them to quotes with no cue of their own."""
    _share_runs(segments)
    later: list[tuple[_Segment, _Segment]] = []
    for index, segment in enumerate(segments):
        if segment.who is not None:
            segment.speaker, kind = who.resolve(*segment.who)
            who.note(segment.start, segment.speaker, kind)
            continue
        if segment.attributed:
            continue  # a cue with no speaker written: "officials said"
        if not segment.partial:
            # A quote with no cue takes the speaker of the one beside it in the
            # paragraph ("A," he said. "B.").
            previous = segments[index - 1] if index else None
            following = segments[index + 1] if index + 1 < len(segments) else None
            if previous is not None and _beside(segment, previous):
                _lend(segment, previous)
            elif following is not None and _beside(segment, following):
                later.append((segment, following))  # its speaker is resolved in its turn
            else:
                _whole_sentence(text, segments, index, who)
        else:  # "Ruiz likened the plan to a 'sinking ship'": the sentence's subject
            subject = who.subject(segment.open) or who.subject(segment.open, person=False)
            if subject is not None and text.startswith(("'s", "’s"), subject[1].end):
                subject = None  # "Byrd's strategy of 'massive resistance'": not Byrd's words
            previous = segments[index - 1] if index else None
            if subject is not None:
                segment.speaker, segment.attributed = subject[0], True
                segment.who = (subject[1].start, subject[1].end)
            elif (
                previous is not None
                and previous.paragraph == segment.paragraph
                and previous.attributed
            ):  # '"A," she said, calling it "B"'
                _lend(segment, previous, cue=False)
    for segment, source in later:
        _lend(segment, source)


def _share_runs(segments: list[_Segment]) -> None:
    """The paragraphs of one quote share its attribution, wherever it was written."""
    run: list[_Segment] = []
    for segment in [*segments, None]:
        if segment is not None and (not run or segment.continued):
            run.append(segment)
            continue
        attributed = [s for s in run if s.attributed]
        if attributed and len(run) > 1:
            for member in run:
                if not member.attributed:
                    _lend(member, attributed[0])
        run = [] if segment is None else [segment]


def _whole_sentence(text: str, segments: list[_Segment], index: int, who: _Who) -> None:
    """A whole sentence quoted with no cue: after a speaker's words, or about a person."""
    segment = segments[index]
    paragraph_start = who.paragraphs.starts[segment.paragraph]
    if segment.open > paragraph_start:
        subject = who.subject(segment.open)  # "Ruiz shrugged -- "It is late.""
        if subject is None:
            name = who.last_speaker(segment.open, person=True, within=0)
            if name is not None:
                segment.speaker, segment.attributed = name, True
                return
            subject = who.opening_subject(paragraph_start)
        if subject is not None:
            segment.speaker, segment.attributed = subject[0], True
            segment.who = (subject[1].start, subject[1].end)
            who.note(segment.start, subject[0], "PERSON")
        return
    # A paragraph that is only the quote, after a paragraph of the same speaker's.
    if not _whole_paragraph(text, segment, who.paragraphs):
        return
    previous = segments[index - 1] if index else None
    if (
        previous is not None
        and previous.paragraph == segment.paragraph - 1
        and previous.attributed
        and previous.speaker is not None
    ):
        _lend(segment, previous, cue=False)
        return
    name = who.last_speaker(segment.open, person=True, within=1)  # "Ruiz argued that..."
    if name is not None:
        segment.speaker, segment.attributed = name, True


def _beside(segment: _Segment, other: _Segment) -> bool:
    """Whether ``other`` is a whole-sentence quote with a cue in ``segment``'s paragraph."""
    return other.paragraph == segment.paragraph and other.attributed and not other.partial


def _lend(segment: _Segment, source: _Segment, *, cue: bool = True) -> None:
    segment.speaker = source.speaker
    segment.who = source.who
    segment.cue = source.cue if cue else None
    segment.attributed = True
