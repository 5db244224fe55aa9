"""The words beside a cue that name the speaker: where they start and end.

Before a cue (:func:`_speaker_before`): a pronoun, a name with its titles and joiners
(``Mr. Morgan of the Sierra Club``), a description (``a spokesman for the ministry``),
or a name before an aside (``Hill, a doctor, said``, ``Paul, R-Ky., said``). After a cue
(:func:`_speaker_after`): ``said Ana Ruiz``, ``said the minister``. Both give token
indexes; :func:`_trimmed_who` gives the characters, without the punctuation after them.
Who the words stand for is for :mod:`._who` to say.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsseed._quotes._tokens import _DETERMINERS, _PUNCT, _Token
from newsseed.normalize._data import speech, words
from newsseed.normalize._data.entities import NOT_NAMES
from newsseed.normalize._data.people import OFFICE_WORDS
from newsseed.normalize._grammar import MONTHS, WEEKDAYS
from newsseed.normalize._text import lazy_regex


def _name_word(token: _Token) -> bool:
    bare = token.text.strip(",.;:!?\"“”‘’'()—–…").removesuffix("'s").removesuffix("’s")
    bare = bare.strip("[]")
    return (
        bool(bare)
        and bare[0].isupper()
        and bare.lower() not in _NOT_NAMES
        and bare.lower() not in _NOT_HEADS
    )


# Capitalised words that name no one: the entity finder's list, months and weekdays.
_NOT_NAMES: Final = NOT_NAMES | {w for w in (*MONTHS, *WEEKDAYS) if len(w) > 3 or w == "may"}
_JOINERS: Final = frozenset(
    {"of", "the", "for", "de", "del", "da", "van", "von", "bin", "al", "le"}
)
_NOT_HEADS: Final = words(
    "by to of with for in on at from and or but nor that which who whom whose when while"
    " as after before if because than then so not also"
)
_ASIDE_OPENERS: Final = frozenset({"who", "in", "at", "speaking", "after", "during", "on", "when"})
_PRONOUNS: Final = speech.PERSON_PRONOUNS | speech.GROUP_PRONOUNS | {"we", "i", "you"}


def _title_word(token: _Token) -> bool:
    """``Mr.``, ``Sen.``, ``Rev.``: an abbreviated title, part of the name after it."""
    return token.text.endswith(".") and token.word in _TITLE_ABBREVIATIONS


_TITLE_ABBREVIATIONS: Final = words(
    "mr mrs ms dr sen rep gov gen lt col capt adm sgt maj prof rev fr del cmdr brig det"
    " insp supt amb pres atty"
)
_OFFICE_OR_PARTY: Final = OFFICE_WORDS | {"democrat", "republican", "independent"}
_INITIAL: Final = lazy_regex(r"\p{Lu}\.")
_PARTY_TAG: Final = lazy_regex(r"[RDI]-[A-Z][A-Za-z.]*,?")


_ASIDE: Final = 20  # words in an aside between a name and its cue, commas included


def _opens_aside(token: _Token) -> bool:
    """``a doctor``, ``in his remarks``, ``25``, ``R-Ky.``: what may follow a name's comma."""
    return (
        token.word in _DETERMINERS
        or token.word in _ASIDE_OPENERS
        or (token.text[0].isupper() and token.word in _OFFICE_OR_PARTY)
        or token.text[0].isdigit()
        or _PARTY_TAG().fullmatch(token.text) is not None
    )


def _ends_clause(token: _Token) -> bool:
    return token.text[-1] in ',.;:!?"”’)' and not _title_word(token)


def _speaker_before(
    tokens: Sequence[_Token], index: int, *, aside: bool = False
) -> tuple[int, int] | None:
    """The tokens ``[first, last]`` naming the speaker, ending at ``tokens[index]``.

    With ``aside``, ``tokens[index]`` ends with the comma that opens an aside.
    """
    if index < 0:
        return None
    while index > 0 and _PARTY_TAG_IN_BRACKETS().fullmatch(tokens[index].text):
        index -= 1  # "Sen. Ana Ruiz (D-Mo.) said": the name before its party's tag
    token = tokens[index]
    if token.text.endswith(",") and not aside:  # "Hill, a doctor, said": before the aside
        for back in range(index - 1, max(index - _ASIDE, -1), -1):
            if tokens[back].text.endswith(","):
                if _opens_aside(tokens[back + 1]):
                    return _speaker_before(tokens, back, aside=True)
                break
        return None
    last = token.text.removesuffix(",") if aside else token.text
    if last[-1:] in tuple('.;:!?"”’)') and not last.endswith(("'s", "’s")):
        return None
    if token.word in _PRONOUNS:
        return (index, index)
    if _name_word(token):
        return (_name_start(tokens, index), index)
    # a description: "a spokesman for the ministry", "the minister"
    if token.word in _NOT_HEADS or token.word in speech.DOCUMENTS:
        return None  # "by saying", "and said", "a statement saying": the subject speaks
    for back in range(index, max(index - 7, -1), -1):
        if back < index and _ends_clause(tokens[back]):
            break
        if tokens[back].word in _DETERMINERS:
            return (back, index)
    if token.word in speech.ANONYMOUS_HEADS:
        return (index, index)  # "officials said"
    return None


def _name_start(tokens: Sequence[_Token], index: int) -> int:
    """Where the name ending at ``tokens[index]`` starts: titles, joiners and a
    determiner included (``Mr. Morgan of the Sierra Club``, ``the White House``)."""
    first = index
    while first > 0 and index - first < 8:
        previous = tokens[first - 1]
        if _title_word(previous) or _INITIAL().fullmatch(previous.text):
            first -= 1
            continue
        if _ends_clause(previous):
            break
        if _name_word(previous):
            first -= 1
            continue
        joiner = first - 1
        while joiner >= 0 and first - joiner <= 2 and tokens[joiner].word in _JOINERS:
            joiner -= 1
        if (
            joiner < first - 1
            and joiner >= 0
            and _name_word(tokens[joiner])
            and not _ends_clause(tokens[joiner])
        ):
            first = joiner
            continue
        if previous.word in _DETERMINERS and previous.word != "one":
            first -= 1
        break
    return first


def _speaker_after(tokens: Sequence[_Token], index: int) -> tuple[int, int] | None:
    """The tokens naming the speaker, starting at ``tokens[index]`` (``said Ana Ruiz``,
    ``said spokesman Ana Ruiz``), up to a comma (``says Ruiz, who ...``)."""
    if index >= len(tokens):
        return None
    first = tokens[index]
    if first.word in _PRONOUNS:
        return (index, index)
    if first.word in _NOT_HEADS or first.word in _CLAUSE_WORDS:
        return None  # "said on Sunday", "said that"
    last = index
    while last + 1 < len(tokens) and last - index < 7 and not _ends_clause(tokens[last]):
        last += 1
    if _name_word(first) or _title_word(first) or first.word in _DETERMINERS:
        return (index, last)
    # a role before the name: "said spokesman Ana Ruiz", "says psychologist Ana Ruiz"
    if first.text[:1].isupper():
        return None  # "Asked Tuesday about Ruiz, ...": no role ("9/11 widow Ana Ruiz" is one)
    named = any(_name_word(tokens[i]) for i in range(index, last + 1))
    return (index, last) if named and _speaker_phrase(tokens, index, last) else None


# Words that open or carry a clause of the writer's: never in a phrase naming a speaker.
_CLAUSE_WORDS: Final = words(
    "and but or nor so then as while when whenever after before because if though although"
    " that which who whom whose where than not is are was were be been being has have had"
    " will would can could should may might must did does do to"
)
# After a name, part of it: "Ana Lima II", "Ana Lima Jr."
_SUFFIXES: Final = words("jr sr ii iii iv")
_PHRASE_WORDS: Final = 12  # the most words of a phrase naming a speaker
# A party tag after a name: "(D-Mo.)", "(R-Utah)", "(I-Vt.)".
_PARTY_TAG_IN_BRACKETS: Final = lazy_regex(r"\(?[RDI]-[A-Z][\p{L}.]*\)?,?")


def _speaker_phrase(tokens: Sequence[_Token], first: int, last: int) -> bool:
    """Whether ``tokens[first..last]`` are one phrase that names or describes a speaker:
    a name with what is written before it (``campaign chairman Ana Ruiz``, ``Harbour
    Board spokesman Rui Costa``), names joined by *and* (``Ruiz and Costa``), or a
    description (``a spokesman for the port authority``, ``Obama's former strategist``,
    ``officials``). No clause of the writer's: no verb form of *be* or *have*, no
    conjunction or relative word, no punctuation that ends a clause inside it.
    """
    while last > first and _PARTY_TAG_IN_BRACKETS().fullmatch(tokens[last].text):
        last -= 1  # "Rep. Ana Ruiz (D-Mo.)": the tag is hers
    if not 0 <= first <= last or last - first >= _PHRASE_WORDS:
        return False
    for at in range(first, last + 1):
        token = tokens[at]
        inside = at < last
        if inside and _ends_clause(token) and not _INITIAL().fullmatch(token.text):
            return False
        if token.word in ("and", "&"):
            if not (
                first < at < last and _name_word(tokens[at - 1]) and _name_word(tokens[at + 1])
            ):
                return False  # names joined, not clauses
            continue
        if token.word in _CLAUSE_WORDS:
            return False
        if token.text[:1].islower() and token.word in _VERBS_ONLY:
            return False  # "the crowd cheered and said": a verb of the writer's
    # The head is the last word before what the phrase attaches to it ("a spokesman for
    # the port authority", "Bill Eastland of Texas"), else its last word.
    head_at = next(
        (at for at in range(first + 1, last + 1) if _attaches(tokens[at], _after(tokens, at))),
        None,
    )
    head = tokens[last if head_at is None else head_at - 1]
    if _name_word(head) or (head.word in _SUFFIXES and last > first):
        return True
    if head_at is not None and head.word not in _PERSON_HEADS:
        return False  # "the role of Assad in Syria": not someone
    # a description of someone: with a determiner or a possessive, or a head for people
    opening = tokens[first]
    return (
        opening.word in _DETERMINERS
        or opening.text.endswith(("'s", "’s", "s'", "s’"))
        or head.word in _PERSON_HEADS
    )


def _phrase_before(tokens: Sequence[_Token], first: int, last: int) -> tuple[int, int] | None:
    """The phrase naming the speaker in ``tokens[first..last]``, the words between a quote
    and its cue (``," campaign chairman Ana Ruiz said``): all of them, or those before
    an aside that the last word's comma closes (``," Ana Ruiz, a Lisbon resident who
    posted about the smoke, said``). None when the words are a clause of the writer's."""
    if last < first:
        return None
    if not tokens[last].text.endswith(","):
        if not _speaker_phrase(tokens, first, last):
            return None
        while last > first and _PARTY_TAG_IN_BRACKETS().fullmatch(tokens[last].text):
            last -= 1  # the phrase names her; the tag says her party
        for at in range(first + 1, last + 1):
            if _attaches(tokens[at], _after(tokens, at)) and tokens[at].word not in _ATTACHING:
                return (first, at - 1)  # "protesters marching through the streets": protesters
        return (first, last)
    for comma in range(first, last):
        if tokens[comma].text.endswith(","):
            aside = tokens[comma + 1]
            if last - comma > _ASIDE or aside.word in _CLAUSE_OPENERS:
                return None
            return (first, comma) if _speaker_phrase(tokens, first, comma) else None
    return None


# Words that attach more to a phrase's head: "a spokesman for ...", "director of ...".
_ATTACHING: Final = words("of for at in from with on")


def _attaches(token: _Token, following: _Token | None = None) -> bool:
    """Whether ``token`` starts what attaches to a phrase's head: a preposition (``a
    spokesman for ...``), or a participle with its object (``protesters marching through
    the streets``, ``a delegate wearing a hat``; not ``policy planning director``)."""
    word = token.word
    if word in _ATTACHING:
        return True
    participle = len(word) > 4 and word.endswith("ing") and token.text[0].islower()
    return participle and following is not None and following.word in _AFTER_PARTICIPLE


def _after(tokens: Sequence[_Token], at: int) -> _Token | None:
    return tokens[at + 1] if at + 1 < len(tokens) else None


# What follows a participle that attaches to a head: a preposition or a determiner.
_AFTER_PARTICIPLE: Final = _DETERMINERS | words(
    "of for at in from with on through into onto across along around outside inside near"
    " over under about toward towards behind past up down off out to by"
)


# Heads of a phrase that stand for people.
_PERSON_HEADS: Final = speech.ANONYMOUS_HEADS | _OFFICE_OR_PARTY
# Cue verbs that are not nouns too ("a report", "the post" may stand in a phrase).
_VERBS_ONLY: Final = speech.CUE_VERBS - speech.NOUN_LIKE_CUES
# What an aside after a name never starts with: a clause joined to the writer's sentence.
_CLAUSE_OPENERS: Final = words("and but or nor so then because if though although")


def _name_in_phrase(tokens: Sequence[_Token]) -> tuple[int, int] | None:
    """The name that ends a phrase naming a speaker, as the tokens ``[first, last]``
    (``Jeff Weaver`` in ``campaign manager Jeff Weaver``, ``Ana Ruiz`` in ``Rep. Ana
    Ruiz II (D-Mo.)``), or None when the phrase ends in a word that is not a name."""
    last = len(tokens) - 1
    while last > 0 and (
        _PARTY_TAG_IN_BRACKETS().fullmatch(tokens[last].text) or tokens[last].word in _SUFFIXES
    ):
        last -= 1
    if last < 0 or not _name_word(tokens[last]):
        return None
    return (_name_start(tokens, last), last)


def _trimmed_who(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words naming a speaker without the punctuation and possessive after them."""
    while end > start and text[end - 1] in _PUNCT:
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return (start, end) if end > start else None
