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


_ASIDE: Final = 15  # words in an aside between a name and its cue, commas included


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
    """The tokens naming the speaker, starting at ``tokens[index]`` (``said Ana Ruiz``)."""
    if index >= len(tokens):
        return None
    first = tokens[index]
    if first.word in _PRONOUNS:
        return (index, index)
    if not (_name_word(first) or _title_word(first) or first.word in _DETERMINERS):
        return None
    last = index
    while last + 1 < len(tokens) and last - index < 7 and not _ends_clause(tokens[last]):
        last += 1
    return (index, last)


def _trimmed_who(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words naming a speaker without the punctuation and possessive after them."""
    while end > start and text[end - 1] in _PUNCT:
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return (start, end) if end > start else None
