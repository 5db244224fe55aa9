"""Attribution: the cue of each quote, and the words naming its speaker.

:class:`_Attributor` looks for a quote's cue in its own sentence: after it (``," Ruiz
said``, ``," said Ruiz``, ``" - Ana Ruiz``), before it (``Ruiz said: "``, ``described it
as "``), on a line before it that ends in a colon or gives the source (``From the desk
of Ana Ruiz``), or on the line after it (``- Ruiz.``). It also tells a fragment inside a
sentence of the writer's own (a partial quote) from a quote of whole sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from newsseed._quotes._phrases import (
    _ASIDE,
    _PRONOUNS,
    _name_start,
    _name_word,
    _phrase_before,
    _speaker_after,
    _speaker_before,
    _trimmed_who,
)
from newsseed._quotes._segments import _Segment, _whole_paragraph
from newsseed._quotes._tokens import (
    _AFTER_WORDS,
    _DASH_CHARS,
    _LOOK,
    _before_chain,
    _cue_at,
    _ends_sentence,
    _first_sentence,
    _last_sentence,
    _Token,
    _token,
    _tokens,
)
from newsseed._quotes._who import _Who
from newsseed.normalize._data import speech
from newsseed.normalize._text import lazy_regex

# A line that gives the source of the quote below it: "From the desk of Ana Ruiz".
_FROM: Final = lazy_regex(r"(?:And\s+)?[Ff]rom\s")
# Words after a cue that make it a noun: "claims as", "calls for".
_OF: Final = frozenset({"as", "of", "by", "from", "about", "were", "are", "for"})


#: How many words after a quote its cue may stand, or that many more after an aside
#: (``," Ana Ruiz, chief strategist at Harbour Capital, said``).
_NEAR: Final = 9


def _title_case(words: str) -> bool:
    """A few words, each capitalised but the small ones: a name or a title."""
    parts = words.split()
    return 0 < len(parts) <= 6 and all(
        w[0].isupper() or w.lower() in _TITLE_SMALL for w in parts if w[0].isalpha()
    )


_TITLE_SMALL: Final = frozenset(
    {"of", "the", "and", "or", "a", "an", "in", "on", "at", "to", "for"}
)


def _aside_closes(tokens: Sequence[_Token], index: int) -> bool:
    """Whether the words from ``tokens[index]`` on close an aside before a cue: a word
    ending with a comma comes next within the aside's length, and a cue right after it."""
    for at in range(index, min(len(tokens) - 1, index + _ASIDE)):
        if tokens[at].text.endswith(","):
            return bool(_cue_at(tokens, _skip_helpers(tokens, at + 1)))
        if _ends_sentence(tokens[at].text):
            return False
    return False


def _skip_helpers(tokens: Sequence[_Token], at: int) -> int:
    """The first token from ``at`` on that is not a cue's helper (``also``, ``later``)."""
    while at < len(tokens) - 1 and tokens[at].word in speech.CUE_ADVERBS:
        at += 1
    return at


@attrs.frozen
class _Attribution:
    """A cue found for a quote, and the words naming the speaker if written."""

    cue: str
    who: tuple[int, int] | None


class _Attributor:
    """Finds the cue and the speaker's words for each quote, from the text around it."""

    def __init__(self, text: str, segments: list[_Segment], who: _Who) -> None:
        self.text = text
        self.segments = segments
        self.who = who
        self.paragraphs = who.paragraphs

    # -- the window around a quote: its own sentence, before and after it

    def before(self, index: int) -> list[_Token]:
        segment = self.segments[index]
        floor = max(self.paragraphs.starts[segment.paragraph], segment.open - _LOOK)
        if index and self.segments[index - 1].paragraph == segment.paragraph:
            floor = max(floor, self.segments[index - 1].after)
        return _last_sentence(self.text, floor, segment.open)

    def after(self, index: int) -> list[_Token]:
        segment = self.segments[index]
        ceiling = min(self.paragraphs.ends[segment.paragraph], segment.after + _LOOK)
        if index + 1 < len(self.segments):
            following = self.segments[index + 1]
            if following.paragraph == segment.paragraph:
                ceiling = min(ceiling, following.open)
        return _first_sentence(self.text, min(segment.after, ceiling), ceiling, _AFTER_WORDS)

    # -- cues

    def found(
        self, cue: str, tokens: Sequence[_Token], who: tuple[int, int] | None
    ) -> _Attribution:
        if who is None:
            return _Attribution(cue, None)
        return _Attribution(cue, _trimmed_who(self.text, tokens[who[0]].start, tokens[who[1]].end))

    def cue_after(self, segment: _Segment, tokens: list[_Token]) -> _Attribution | None:
        """``," Ruiz said``, ``," said Ruiz``, ``" - Ana Ruiz``."""
        if not tokens:
            return None
        tokens_after = tokens
        first = tokens[0]
        if first.text[0] in _DASH_CHARS and first.text.strip(_DASH_CHARS) != "":
            word = first.text.lstrip(_DASH_CHARS)  # "-Commissioner Ana Ruiz": a dash, a name
            cut = first.end - len(word)
            tokens = [_token(first.start, cut, first.text[: len(first.text) - len(word)])]
            tokens += [_token(cut, first.end, word), *tokens_after[1:]]
            first = tokens[0]
        if first.text.strip(_DASH_CHARS) == "":
            who = _speaker_after(tokens, 1)
            if who is not None and _name_word(tokens[who[0]]):
                return self.found(first.text, tokens, who)
            return None
        # A quote that ends with a full stop is attributed after only by a short
        # sentence of its own ("It is." she said.); a longer one is the writer's next.
        ended = self.text[segment.end - 1] in ".…"
        lead = 1 if first.bare == "" else 0  # a comma or a dash standing alone
        for index in range(min(len(tokens), _NEAR + _ASIDE)):
            size = _cue_at(tokens, index)
            if not size:
                if index and _ends_sentence(tokens[index - 1].text):
                    return None
                continue
            if ended and (len(tokens) - (index + size) > 4 or not _ends_sentence(tokens[-1].text)):
                return None
            cue = " ".join(t.bare for t in tokens[index : index + size])
            if index <= lead:
                if tokens[index].word.endswith("ing") and size == 1:
                    return None  # ", saying he would": the writer's clause, not a cue
                return self.found(cue, tokens, _speaker_after(tokens, index + size))
            end = _before_chain(tokens, index)
            # The words between the quote and the cue name the speaker when they are one
            # phrase: "campaign chairman Ana Ruiz", "Ruiz, a Lisbon resident who ...,".
            who = _phrase_before(tokens, lead, end)
            if who is None and index >= _NEAR:
                return None  # a cue this far only after a name and an aside
            who = who or _speaker_before(tokens, end)
            if who is None and _aside_closes(tokens, index):
                continue  # "Ruiz, a resident who posted about it, said": the aside's verb
            if who is None:
                return None  # "...and said", "...as it said": the writer's words
            if tokens[who[0]].word in {"a", "an"} and tokens[index].word in (speech.NOUN_LIKE_CUES):
                return None  # "a Trump tweet": a noun, not a cue
            if who[0] > lead and not tokens[who[0] - 1].text.endswith(","):
                return None  # words of the writer's between the quote and the speaker
            return self.found(cue, tokens, (max(lead, who[0]), who[1]))
        return None

    def cue_before(self, segment: _Segment, tokens: list[_Token]) -> _Attribution | None:
        """``Ruiz said: "``, ``Ruiz, the mayor, said, "``, ``described it as "``."""
        if tokens and tokens[0].word in speech.CUE_VERBS and tokens[0].bare[0].isupper():
            # "Said Ruiz: ..." at the head of the sentence
            who = _speaker_after(tokens, 1)
            if who is not None:
                return self.found(tokens[0].bare.lower(), tokens, who)
        for index in range(len(tokens) - 1, -1, -1):
            size = _cue_at(tokens, index)
            if not size:
                continue
            rest = tokens[index + size :]
            if rest and tokens[index].word in speech.NOUN_LIKE_CUES and rest[0].word in _OF:
                continue  # "Republican claims as", "the calls for": nouns
            if not self.may_govern(segment, tokens[index], rest):
                return None
            cue = " ".join(t.bare for t in tokens[index : index + size])
            if tokens[index].word == "according":
                return self.found(cue, tokens, _speaker_after(tokens, index + size))
            who = _speaker_before(tokens, _before_chain(tokens, index))
            if who is None:  # "he highlighted the ties, describing them as": the clause's
                who = self.earlier_speaker(tokens, index)
            return self.found(cue, tokens, who)
        return None

    def earlier_speaker(self, tokens: list[_Token], index: int) -> tuple[int, int] | None:
        for earlier in range(index - 1, -1, -1):
            if _cue_at(tokens, earlier):
                found = _speaker_before(tokens, _before_chain(tokens, earlier))
                if found is not None:
                    return found
        return None

    def may_govern(self, segment: _Segment, cue: _Token, rest: list[_Token]) -> bool:
        """Whether a cue ``rest`` tokens before the quote introduces it."""
        if cue.word in speech.AS_VERBS:
            return (bool(rest) and rest[-1].word == "as") or segment.partial
        if segment.partial:
            return len(rest) <= 30
        if not rest:
            return True
        if len(rest) > 8:
            return False
        return rest[-1].text[-1] in ",:" or rest[-1].word in {"that", "saying"}

    def colon_before(self, index: int) -> _Attribution | None:
        """A paragraph that opens with the quote, after a line that introduces it: one
        ending in a colon (``Ruiz told the council:``, ``And from Chair Ana Ruiz:``), or
        one that gives the source (``From the desk of Ana Ruiz, chief analyst.``)."""
        segment = self.segments[index]
        paragraph = segment.paragraph
        if paragraph == 0 or segment.open != self.paragraphs.starts[paragraph]:
            return None
        start = self.paragraphs.starts[paragraph - 1]
        end = self.paragraphs.ends[paragraph - 1]
        line = self.text[max(start, end - _LOOK) : end]
        if line.rstrip().endswith(":"):
            tokens = _last_sentence(self.text, max(start, end - _LOOK), end)
            return self.cue_before(segment, tokens) or self.named_before(tokens)
        if _FROM().match(self.text, start, end):
            name = self.who.only_person(start, end)
            if name is not None:
                return _Attribution("from", self.who.mention_of(name, start, end))
        return None

    def named_before(self, tokens: list[_Token]) -> _Attribution | None:
        """``Pew Research: "...``, ``Ruiz fired back: "...``: a colon and no cue."""
        if not tokens or not tokens[-1].text.endswith(":"):
            return None
        last = len(tokens) - 1
        # "Ana Ruiz, Twitter:", "Ana Ruiz, Harbour Gazette:": a name, then where it was said
        comma = next((i for i, t in enumerate(tokens[:4]) if t.text.endswith(",")), None)
        if comma is not None and last - comma <= 3 and all(_name_word(t) for t in tokens):
            return self.found(":", tokens, (0, comma))
        if _name_word(tokens[last]):
            first = _name_start(tokens, last)
            # the name alone, or after a dash: "HEADLINE IN CAPITALS - Ana Ruiz:"
            if (
                last == 0
                or not _name_word(tokens[0])
                or (first > 0 and tokens[first - 1].text in _DASH_CHARS)
            ):
                return self.found(":", tokens, (first, last))
        subject = self.who.subject(tokens[-1].start)
        if subject is None:
            return None
        return _Attribution(":", (subject[1].start, subject[1].end))

    def dash_after(self, index: int) -> _Attribution | None:
        """A paragraph that is only a quote, then a paragraph ``- Ana Ruiz.``"""
        segment = self.segments[index]
        paragraph = segment.paragraph + 1
        if paragraph >= len(self.paragraphs.starts):
            return None
        if not _whole_paragraph(self.text, segment, self.paragraphs):
            return None
        start, end = self.paragraphs.starts[paragraph], self.paragraphs.ends[paragraph]
        tokens = _tokens(self.text, start, min(end, start + 80))
        if len(tokens) > 6 or not tokens or tokens[0].text.strip(_DASH_CHARS) != "":
            return None
        return self.cue_after(segment, tokens)

    # -- the whole text

    def run(self) -> None:
        for index, segment in enumerate(self.segments):
            before = self.before(index)
            after = self.after(index)
            segment.partial = segment.marked and self.is_partial(segment, before, after)
            if not segment.marked:
                continue
            post = self.cue_after(segment, after)
            pre = (
                None
                if post and post.who and not self.pronoun(post)
                else self.cue_before(segment, before)
            )
            if post and post.who and pre and pre.who and not self.pronoun(pre):
                post = None  # 'Ruiz scolded him: "A," she said': the name before, not "she"
            chosen = next(
                (a for a in (post, pre) if a is not None and a.who is not None), post or pre
            )
            if chosen is None:
                chosen = self.colon_before(index) or self.named_before(before)
            if chosen is None:
                chosen = self.dash_after(index)
            if chosen is None:
                continue
            segment.cue, segment.who, segment.attributed = chosen.cue, chosen.who, True
            if segment.who is None and chosen.cue != "according to":
                subject = self.who.subject(segment.open)  # "... and said", "describing it as"
                if subject is not None:
                    segment.who = (subject[1].start, subject[1].end)

    def pronoun(self, attribution: _Attribution) -> bool:
        """Whether the speaker's words of ``attribution`` are only a pronoun."""
        who = attribution.who
        return who is not None and self.text[who[0] : who[1]].lower() in _PRONOUNS

    def is_partial(self, segment: _Segment, before: list[_Token], after: list[_Token]) -> bool:
        """A fragment inside a sentence of the writer's own."""
        if segment.continued or not before:
            return False
        last = before[-1]
        if last.text[-1] in ",:" or last.text.strip(_DASH_CHARS) == "":
            return False
        # said "We will": a whole sentence after its cue
        if last.word in speech.AS_VERBS and _title_case(self.text[segment.start : segment.end]):
            return True  # called "Save Our Pier": a name, not a sentence after its cue
        return not (_cue_at(before, len(before) - 1) and self.text[segment.start].isupper())
