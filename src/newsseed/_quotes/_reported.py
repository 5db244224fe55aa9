"""Reported speech: what someone said, told without quotation marks (:func:`_reported`).

A sentence reports speech when a speech verb stands between who speaks and a clause of
what was said, or a phrase of attribution frames the clause:

* subject, speech verb (any tense, after helpers: ``has said``), perhaps a setting
  (``on Monday``, ``in a statement``, ``Thursday``), perhaps ``that``, then a clause:
  ``Ruiz said (on Monday) (that) the bridge would open.``; the subject may be a name, a
  description, a pronoun, ``who`` after a name, or the sentence's own (``... and
  said``, ``..., saying``);
* ``told`` and whom (``told reporters``, ``told the Gazette he ...``), then a clause;
  ``asked`` and whom, then a question (``whether``, ``if``, ``why``...);
* the clause, then the attribution: ``The bridge will open, Ruiz said.``, ``..., said
  Ruiz.``, and inside it: ``The bridge, Ruiz said, will open.``;
* ``according to`` someone, before or after the clause (an attribution inside the
  clause wins: ``According to the paper, Ruiz said ...``).

The clause is what was said: it follows ``that``, or opens with a pronoun, or holds a
verb form (a helper, a past form, a present form among its first words), and does not
open with a preposition or a quotation mark. Not speech: a speech verb with no clause
(``said hello``, ``told the story``), perception and belief with no speech verb
(``polls show``, ``it seems``), and direct quotes, which are the marks' finder's (their
cues are passed over without reading their sentences). Each cue read spends one of its
own budget's quotes, and a sentence is read for three cues at most.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsseed._quotes._phrases import _name_word, _speaker_after, _speaker_before, _trimmed_who
from newsseed._quotes._segments import _Paragraphs, _Segment
from newsseed._quotes._tokens import (
    _PUNCT,
    _before_chain,
    _first_sentence,
    _last_sentence,
    _Token,
)
from newsseed.normalize._data import words
from newsseed.normalize._text import Budget, lazy_re, trie

__all__ = ("_reported",)

#: The verbs that report speech, in the forms that take a clause after them.
_VERBS: Final = words(
    "said says say saying told tells tell added adds noted notes argued argues argue"
    " warned warns warn announced announces claimed claims claim explained explains"
    " insisted insists insist stated states acknowledged acknowledges admitted admits"
    " wrote writes suggested suggests suggest contended contends asserted asserts"
    " maintained maintains predicted predicts promised promises pledged pledges"
    " confirmed confirms denied denies stressed stresses emphasized emphasised emphasizes"
    " emphasises recalled recalls tweeted tweets declared declares conceded concedes"
    " complained complains vowed vows replied replies responded responds reported reports"
    " countered counters cautioned cautions testified testifies asked asks"
)
#: The same verbs capitalised, as headlines in title case write them (``Ruiz Says He
#: Will Run``).
_TITLE_VERBS: Final = frozenset(
    verb.capitalize()
    for verb in (
        *("says", "said", "tells", "told", "warns", "claims", "admits"),
        *("denies", "insists", "argues", "explains", "suggests", "announces", "confirms"),
    )
)
#: The verbs that may end a sentence's attribution (``..., Ruiz said.``).
_TRAILING: Final = words("said says added noted explained argued warned wrote insisted told")
# The cue words, whole, between ASCII word boundaries (the standard re and a trie: a
# speech verb is ASCII letters); "according" is kept where "to" follows it.
_CUE: Final = lazy_re(
    r"(?<![0-9A-Za-z_])"
    + trie(sorted(_VERBS | _TITLE_VERBS | {"according", "According"}))
    + r"(?![0-9A-Za-z_'’-])"
)
_TO: Final = lazy_re(r"[ \t]{1,8}to\b")
#: Words before a speech verb that are no subject of it (``to say``, ``and said``).
_NOT_SUBJECTS: Final = words(
    "to and or but not who which that than as when if whether will would could should"
    " might may must can did does do be been being it what"
)
#: Words that open no clause of reported speech after a speech verb: prepositions
#: (``said on``, ``told of``), answers and greetings (``said yes``, ``said hello``).
_NOT_OPENERS: Final = words(
    "of about to for by with from into onto over under after before as than like so yes"
    " no hello goodbye sorry thanks whether what why how when where who which"
)
#: The words that show a clause has a verb.
_VERB_WORDS: Final = words(
    "is are was were be been being am has have had will would can could should may might"
    " must shall did does do cannot isn't aren't wasn't weren't hasn't haven't hadn't"
    " won't wouldn't can't couldn't shouldn't didn't doesn't don't it's that's there's"
    " he's she's"
    # past forms that do not end in -ed
    " wrote made took gave went came knew thought got saw found left felt kept began"
    " brought bought held lost meant paid ran sent spent stood won told became grew"
    " understood fell led met put set shut cut hit let built sold taught caught fought"
    " chose drove broke spoke rose forgot hid"
)
#: Pronouns that open a clause, whatever verb follows (``he and Trump differ``).
_CLAUSE_PRONOUNS: Final = words("he she they we i you")
#: Words between a verb and its clause: a time, a setting (``on Monday``, ``in a
#: statement``, ``at a rally``, ``last week``).
_SETTING_OPENERS: Final = words(
    "on in at to for during last this earlier late early yesterday today monday tuesday"
    " wednesday thursday friday saturday sunday"
)
_SETTING_WORDS: Final = 12
#: The words that end a setting without ``that`` (``said Thursday``, ``said last week``).
_WHEN: Final = words(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today week month"
    " year night morning afternoon evening weekend weeks months years days"
)
#: Whom ``told`` or ``asked`` names before the clause, at most.
_TOLD_WORDS: Final = 14
_TELL: Final = words("told tells tell")
#: Whom ``told`` names in one word, before a clause with no ``that``.
_AUDIENCES: Final = words("reporters journalists him her them me us supporters voters")
_ASK: Final = words("asked asks ask")
#: What opens a reported question after ``asked`` and whom.
_QUESTION_WORDS: Final = words("whether if why how what when where who which")
#: The most words of a reported clause read, and the most characters looked at for them.
_CLAUSE_WORDS: Final = 120
_CLAUSE_CHARS: Final = 1000
_LOOK_BACK: Final = 400
#: The cues of one sentence read, at most (news has one or two).
_READS_IN_SENTENCE: Final = 3


def _has_verb(tokens: Sequence[_Token]) -> bool:
    """Whether the words hold a verb form: a helper (``would``, ``he'd``, ``can't``), a
    past form, or a present one close after the opening words (``he wants``)."""
    for index, token in enumerate(tokens):
        word = token.word.replace("’", "'")
        if word in _VERB_WORDS or word.endswith(_CONTRACTED):
            return True
        if not index or not word.isalpha() or len(word) <= 3 or not token.text.islower():
            continue
        if word.endswith("ed") or (index <= _PRESENT_AT and _present(word)):
            return True
    return False


def _present(word: str) -> bool:
    """``wants``, ``plans``, ``goes``: a present form (not ``business``, ``various``)."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ics"))


#: Contracted helpers: ``he'd``, ``they'll``, ``we're``, ``can't``.
_CONTRACTED: Final = ("n't", "'d", "'ll", "'re", "'ve", "'m")
#: A present form counts as the verb within the first words of the clause.
_PRESENT_AT: Final = 3


def _clause(tokens: Sequence[_Token], at: int, *, that: bool) -> tuple[int, int] | None:
    """The reported clause among ``tokens`` from ``at`` to the sentence's end, as token
    indexes ``[first, last]``; None where what follows is no clause."""
    if at >= len(tokens):
        return None
    last = len(tokens) - 1
    if last - at + 1 < 3:
        return None
    first = tokens[at]
    if _opens_quote(first):
        return None  # a direct quote: the marks' finder's
    if that:
        return at, last
    if first.word in _NOT_OPENERS or not first.text[:1].isalnum():
        return None
    if first.word in _CLAUSE_PRONOUNS:
        return at, last
    return (at, last) if _has_verb(tokens[at : last + 1]) else None


def _after_verb(tokens: Sequence[_Token], at: int, verb: str) -> tuple[int, bool] | None:
    """Where the clause after the speech verb at ``tokens[at - 1]`` starts, skipping a
    setting and whom ``told`` names, and whether ``that`` opens it."""
    if verb in _TELL or verb in _ASK:
        # whom: "told reporters (that) ...", "told the Harbour Gazette he would ...",
        # "asked the crew whether ..."
        for skip in range(at, min(len(tokens), at + _TOLD_WORDS)):
            word = tokens[skip].word
            if verb in _ASK:
                if word in _QUESTION_WORDS and skip > at:
                    return skip, True  # (the question's word is in the clause)
            elif word == "that":
                return skip + 1, True
            elif word in _CLAUSE_PRONOUNS and skip > at:
                return skip, False
            if tokens[skip].text.endswith((",", ".")):
                break
        if verb in _TELL and at + 1 < len(tokens):
            whom = tokens[at]
            if whom.word in _AUDIENCES or (
                whom.text[:1].isupper() and not tokens[at + 1].text[:1].isupper()
            ):
                return at + 1, False  # "told reporters the fares ...", "told CNN the ..."
        return None
    if at < len(tokens) and tokens[at].word == "that":
        return at + 1, True  # ("that, if elected, he would ...")
    if tokens[at - 1].text.endswith(","):
        return at, False  # "Ruiz said, the bridge is ready": no marks, no that
    if at < len(tokens) and tokens[at].text.endswith(","):
        return None  # "said Monday, ...": an aside
    index = at
    if index < len(tokens) and tokens[index].word in _SETTING_OPENERS:
        # "said on Monday (that) ...", "said Thursday he would ...": past the setting
        for skip in range(index, min(len(tokens), index + _SETTING_WORDS)):
            if tokens[skip].word == "that":
                return skip + 1, True
            if tokens[skip].word in _WHEN and skip + 1 < len(tokens):
                index = skip + 1
                break
            if tokens[skip].text.endswith(","):
                return None
        else:
            return None
    if index < len(tokens) and tokens[index].word == "that":
        return index + 1, True
    return index, False


def _reported(
    text: str, segments: list[_Segment], paragraphs: _Paragraphs, budget: Budget
) -> list[_Segment]:
    """The reported speech of ``text``, outside the quotes in ``segments`` (direct, in
    text order)."""
    found: list[_Segment] = []
    quotes = _Quotes(segments)
    done = -1  # the end of the last clause found
    read_to = reads = 0  # how far the last sentence read goes, and its cues read
    for match in _CUE().finditer(text):
        at = match.start()
        if at < done or quotes.holds(at, at):
            continue
        if at < read_to and reads >= _READS_IN_SENTENCE:
            continue  # "said said said ...": a sentence is read for a few cues at most
        cue = match.group()
        if cue in ("according", "According") and not _TO().match(text, match.end()):
            continue
        if not budget.read(at) or not budget.take(at):
            break
        if _after_quote(text, at):
            continue  # '"It is ready," Ruiz said': a direct quote's cue
        paragraph = paragraphs.of(at)
        floor = max(paragraphs.starts[paragraph], at - _LOOK_BACK)
        before = _last_sentence(text, floor, at)
        ceiling = min(paragraphs.ends[paragraph], at + _CLAUSE_CHARS)
        after = _first_sentence(text, at, ceiling, _CLAUSE_WORDS)
        if not after:
            continue
        if at >= read_to:
            read_to, reads = after[-1].end, 0
        reads += 1
        segment = _read(text, before, after, paragraph, cue.lower())
        if segment is not None and not quotes.holds(segment.start, segment.end):
            found.append(segment)
            done = segment.end
    return found


def _after_quote(text: str, at: int) -> bool:
    """Whether a closing quotation mark stands a few words before ``at`` with nothing
    but words between (``"It is ready," Ruiz said``): a direct quote's cue, told
    without reading the sentence's words."""
    for _ in range(_AFTER_QUOTE_WORDS):
        end = at
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end == 0 or text[end - 1] == "\n":
            return False
        if text[end - 1] in _CLOSING_MARKS:
            return text[end - 2 : end - 1] not in (".", "!", "?")  # (a sentence ended)
        start = end
        while start > 0 and end - start < _WORD and not text[start - 1].isspace():
            start -= 1
        if text[start:end].endswith(_CLOSED):
            return True  # ',"' glued to the word before: '...ready," Ruiz'
        if start == end or end - start >= _WORD or not text[start].isalpha():
            return False
        if text[end - 1] in ".!?:;":
            return False  # a sentence (or a clause) ends before the cue's words
        at = start
    return False


#: How many words back a closing mark is looked for, and the longest word stepped over.
_AFTER_QUOTE_WORDS: Final = 6
_WORD: Final = 24
_CLOSING_MARKS: Final = '”"'
_CLOSED: Final = (",”", ',"')


class _Quotes:
    """Where the direct quotes stand: a place inside one is the speaker's own words."""

    def __init__(self, segments: Sequence[_Segment]) -> None:
        self.starts = [s.open for s in segments]
        self.ends = [s.after if s.after >= 0 else s.close for s in segments]

    def holds(self, start: int, end: int) -> bool:
        """Whether ``[start, end]`` lies inside one quote."""
        index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and end <= self.ends[index] and start < self.ends[index]


def _read(
    text: str, before: list[_Token], after: list[_Token], paragraph: int, cue: str
) -> _Segment | None:
    tokens = [*before, *after]
    verb = len(before)
    if cue.startswith("according"):
        return _according(text, tokens, verb, paragraph)
    subject = _before_chain(tokens, verb)
    named = speaker = _speaker_before(tokens, subject)
    unnamed = _subject_unnamed(tokens, subject, verb)
    if speaker is None and subject > 0 and tokens[subject].text == "who":
        speaker = _speaker_before(tokens, subject - 1, aside=True)  # "Lima, who said"
    if speaker is None and subject > 0 and tokens[subject].text.endswith(","):
        speaker = _before_aside(tokens, subject)
    if speaker is None and unnamed:
        speaker = _subject_phrase(tokens, subject, verb)
    inside = (
        tokens[verb].text.endswith(",")
        and speaker is not None
        and speaker[0] > 0
        and tokens[speaker[0] - 1].text.endswith(",")
    )  # "The fares, Ruiz said, are ...": the attribution inside the clause
    if not inside and (speaker is not None or unnamed):
        place = _after_verb(tokens, verb + 1, tokens[verb].word)
        if place is not None:
            clause = _clause(tokens, place[0], that=place[1])
            if clause is not None:
                return _segment(
                    text, tokens, clause, speaker, paragraph=paragraph, cue=tokens[verb].word
                )
    return _trailing(text, tokens, verb, paragraph, named)


def _before_aside(tokens: Sequence[_Token], subject: int) -> tuple[int, int] | None:
    """The name that opens the sentence before an aside no rule reads (``Ana Lima, 21,
    a student from Portlow, said``): the words up to the first comma, capitalised, a
    few at most; or the name in the aside (``The harbour master, Rui Roe, said``)."""
    comma = next((i for i in range(subject) if tokens[i].text.endswith(",")), None)
    if comma is None or comma >= _SUBJECT_WORDS + 2:
        return None
    if all(token.text[:1].isupper() for token in tokens[: comma + 1]):
        return 0, comma
    # "The harbour master, Rui Roe, said": the name in the aside
    aside = tokens[comma + 1 : subject + 1]
    if 0 < len(aside) <= _SUBJECT_WORDS and all(_name_word(token) for token in aside):
        return comma + 1, subject
    return None


def _subject_phrase(tokens: Sequence[_Token], subject: int, verb: int) -> tuple[int, int] | None:
    """The words of a subject no rule names (``Most voters``, ``Other Republicans``):
    back from ``tokens[subject]`` to the clause's start, a few words at most; after a
    comma or ``and`` (``..., saying``, ``... and said``), the name opening the sentence."""
    if tokens[verb].word == "saying" or tokens[subject].word == "and":
        return _sentence_subject(tokens, verb)
    first = subject
    while first > 0 and subject - first < _SUBJECT_WORDS and not _ends(tokens[first - 1]):
        first -= 1
    return first, subject


def _ends(token: _Token) -> bool:
    return token.text[-1:] in ",;:" or token.word in _NOT_SUBJECTS


#: The most words of a subject no rule names.
_SUBJECT_WORDS: Final = 3


def _subject_unnamed(tokens: Sequence[_Token], subject: int, verb: int) -> bool:
    """Whether a subject no phrase names stands before the verb (``Most voters say``,
    ``..., saying``): a word, not the end of a clause or a quote."""
    if subject < 0:
        return False
    word = tokens[subject]
    if tokens[verb].word == "saying":
        return word.text.endswith(",")  # "..., saying": the sentence's subject speaks
    if word.word == "and" and word.text == "and":
        return True  # "Ruiz expressed concern and said ...": the sentence's subject
    return word.text[-1:].isalnum() and word.word not in _NOT_SUBJECTS


def _trailing(
    text: str, tokens: list[_Token], verb: int, paragraph: int, speaker: tuple[int, int] | None
) -> _Segment | None:
    """``The bridge will open, Ruiz said.`` / ``..., said Ruiz.`` / ``The bridge, Ruiz
    said, will open.``: the clause before the attribution (and after, within it);
    ``speaker``: the words naming a speaker before the verb, if any."""
    word = tokens[verb].word
    if word not in _TRAILING:
        return None
    comma = -1 if speaker is None else speaker[0] - 1  # "..., Ruiz said"
    if speaker is None or comma < 0 or not tokens[comma].text.endswith(","):
        comma = verb - 1  # "..., said Ruiz"
        speaker = _speaker_after(tokens, verb + 1)
        if speaker is None or comma < 0 or not tokens[comma].text.endswith(","):
            return None
    if tokens[comma].text.rstrip(",")[-1:] in "\"”’'":
        return None  # '"...," Ruiz said': a direct quote
    last_of_attribution = max(verb, speaker[1])
    if last_of_attribution == len(tokens) - 1 or tokens[last_of_attribution].text.endswith(
        (".", "!", "?")
    ):
        clause = (0, comma)  # the clause, then the attribution to the sentence's end
    elif tokens[last_of_attribution].text.endswith(","):
        if last_of_attribution + 1 < len(tokens) and _opens_quote(tokens[last_of_attribution + 1]):
            return None  # '..., Ruiz said, "We will ...': a direct quote follows
        clause = (0, len(tokens) - 1)  # the attribution inside the clause
    else:
        return None
    first, last = clause
    if last - first + 1 < 3 or _opens_quote(tokens[first]):
        return None
    if not _has_verb(tokens[first : last + 1]):
        return None
    return _segment(text, tokens, clause, speaker, paragraph=paragraph, cue=word)


def _opens_quote(token: _Token) -> bool:
    return token.text[:1] in _OPENING_MARKS


_OPENING_MARKS: Final = "\"“‘'«"


def _according(text: str, tokens: list[_Token], at: int, paragraph: int) -> _Segment | None:
    """``According to X, clause.`` and ``clause, according to X.``"""
    source = at + 2
    if source >= len(tokens):
        return None
    end = source
    while end < len(tokens) - 1 and not tokens[end].text.endswith((",", ".", ";")):
        end += 1
    speaker = (source, end)
    if at == 0 and tokens[end].text.endswith(","):
        clause = (end + 1, len(tokens) - 1)
        if _attributed_within(tokens, end + 1):
            return None  # "According to the paper, Ruiz said ...": Ruiz's words
    elif at > 0 and tokens[at - 1].text.endswith(",") and end == len(tokens) - 1:
        clause = (0, at - 1)
    else:
        return None
    first, last = clause
    if last - first + 1 < 3 or _opens_quote(tokens[first]):
        return None
    return _segment(text, tokens, clause, speaker, paragraph=paragraph, cue="according to")


def _attributed_within(tokens: Sequence[_Token], first: int) -> bool:
    """Whether a speech verb with its speaker stands among ``tokens[first:]``."""
    return any(
        tokens[index].word in _VERBS
        and _speaker_before(tokens, _before_chain(tokens, index)) is not None
        for index in range(first + 1, len(tokens))
    )


def _sentence_subject(tokens: Sequence[_Token], verb: int) -> tuple[int, int] | None:
    """The name that opens the sentence (``External Affairs Minister Ana Lima met ...
    and said``): its capitalised words, a few at most; None where none opens it."""
    last = -1
    while last + 1 < verb and last < _NAME_WORDS and tokens[last + 1].text[:1].isupper():
        last += 1
        if tokens[last].text.endswith(","):
            break
    if last < 0 or tokens[0].word in _NOT_NAMES:
        return None
    return 0, last


#: The most words of a name opening a sentence; words that open one and are none.
_NAME_WORDS: Final = 6
_NOT_NAMES: Final = words("the a an this that these those it he she they we i in on at")


def _segment(
    text: str,
    tokens: Sequence[_Token],
    clause: tuple[int, int],
    speaker: tuple[int, int] | None,
    *,
    paragraph: int,
    cue: str,
) -> _Segment | None:
    start = tokens[clause[0]].start
    end = tokens[clause[1]].end
    while end > start and text[end - 1] in _PUNCT and text[end - 1] not in ")]”’\"'":
        end -= 1  # the sentence's full stop and the comma before an attribution
    if end <= start:
        return None
    segment = _Segment(start, end, start, end, paragraph, end, marked=False)
    segment.kind = "reported"
    segment.cue = cue
    if speaker is not None:
        segment.who = _trimmed_who(text, tokens[speaker[0]].start, tokens[speaker[1]].end)
    segment.attributed = True
    return segment
