"""Direct quotes in news text, and who said them.

:func:`find_quotes` works in four steps, each linear in the text:

1. **Marks** (:func:`_pair_marks`). Every quotation mark is read from what stands on
   either side of it: an opening mark, a closing mark, one that may be either (a
   straight ``"``), or no mark at all (an apostrophe: ``don't``, ``Ministers'``,
   ``'90s``, ``rock 'n' roll``). Double marks pair up, with curly quotes within them;
   single marks pair up at the top level (British style), with double quotes within
   them, and are part of a double quote otherwise. A quote never closed ends with its
   paragraph: when the next paragraph opens with a mark, that is the convention for a
   quote over several paragraphs, otherwise it is noted. Speech without marks after
   ``said,`` (``Ruiz said, We will build it.``) is taken where the word after the comma
   can only open speech (:func:`_unmarked`).
2. **Cues** (:class:`_Attributor`). Each quote looks for its cue in its own sentence:
   after it (``," Ruiz said``, ``," said Ruiz``, ``" - Ana Ruiz``), before it
   (``Ruiz said: "``, ``Ruiz, the mayor, said, "``, ``described it as "``), on a line
   before it that ends in a colon, or on the line after it (``- Ruiz.``). The words
   beside the cue that name the speaker are kept as its evidence.
3. **Speakers** (:class:`_Who`). Those words become the canonical name of the entity
   they mention (through :func:`~newsseed.find_entities`), the one holder of an
   office (``the minister``), or, for a pronoun, the person opening the sentence or
   the last one who spoke (the writer's own ``Ruiz argued`` counts, read a paragraph at
   a time when asked for); ``None`` when the evidence is not enough.
4. **Quotes without a cue** (:func:`_settle`) take the speaker of the quote beside
   them, of the paragraph before, or of the person opening their sentence; a few
   words quoted with none of these are a scare quote or a term, and a short title in
   capitals is a title: neither is returned (:func:`_is_speech`).

Rules and examples: ``docs/quotes.md``.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Final, Literal, NamedTuple

import attrs

from newsseed._entities import find_entities
from newsseed._model import Entity, Quote, Span
from newsseed.normalize import name_key, parse_name, spelling_key
from newsseed.normalize._data import speech, words
from newsseed.normalize._data.entities import NOT_NAMES
from newsseed.normalize._data.people import OFFICE_HEADS, OFFICE_WORDS
from newsseed.normalize._grammar import MONTHS, WEEKDAYS
from newsseed.normalize._text import Budget, compile_regex, lazy, lazy_regex, trie

if TYPE_CHECKING:
    import regex

__all__ = ("QuoteNote", "find_quotes", "find_quotes_and_notes")

# ------------------------------------------------------------------------ marks

# Paragraphs end at a blank line, or at a line break after the end of a sentence (a
# line that breaks mid-sentence is hard-wrapped text, and goes on). A break is what
# ``\n[^\S\n]*+\n\s*+|(?<=[.!?…:"”’'])[^\S\n]*+\n\s*+`` finds; :func:`_breaks` finds
# the same from the line ends alone, not trying every position.
_SENTENCE_CLOSE: Final = frozenset(".!?…:\"”’'")
_SPACE_RUN: Final = lazy_regex(r"\s*+")
_LINE_SPACE_BEFORE: Final = lazy_regex(r"(?r)[^\S\n]*+")
_MARK: Final = lazy_regex(r"''|``|[\"“”„‟«»‘’‚‛']")
# Two-character marks: '' and `` stand for double quotation marks in some typesetting.
_PAIRS: Final = {"''": '"', "``": "“"}
_DOUBLE_OPEN: Final = frozenset("“„«")
_DOUBLE_CLOSE: Final = frozenset("”»")
_DOUBLE_STRAIGHT: Final = frozenset('"‟')
_SINGLE_OPEN: Final = frozenset("‘‚‛")
_SINGLE_STRAIGHT: Final = frozenset("'’")
_ALL_DOUBLE: Final = _DOUBLE_OPEN | _DOUBLE_CLOSE | _DOUBLE_STRAIGHT
# What may stand right before an opening mark, besides white space.
_BEFORE_OPEN: Final = frozenset("([{—–-/:;,…") | _ALL_DOUBLE | _SINGLE_OPEN | {"'", "’"}
# What may stand right after a closing mark, besides white space.
_AFTER_CLOSE: Final = frozenset(".,;:!?…)]}—–-/") | _ALL_DOUBLE | {"'", "’", "‘"}
# Words that start with an apostrophe: 'em, 'til, rock 'n' roll.
_ELISIONS: Final = frozenset({"em", "til", "cause", "n", "tis", "twas", "bout", "round", "s"})

Role = Literal["open", "close", "either"]


def _role(text: str, at: int, end: int) -> Role | None:
    """What the quotation mark ``text[at:end]`` does, from what stands either side of it."""
    mark = _PAIRS.get(text[at:end], text[at])
    before = text[at - 1] if at > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    space_before = before.isspace() or before in _BEFORE_OPEN
    space_after = after.isspace() or after in _AFTER_CLOSE
    if before in "=<>" or after in "<>=":
        return None  # markup: <tweet author="...">
    if mark in _ALL_DOUBLE:
        if space_before and space_after:  # ' " ' in tokenised text: the shape decides
            return (
                "open" if mark in _DOUBLE_OPEN else "close" if mark in _DOUBLE_CLOSE else "either"
            )
        if mark in _DOUBLE_OPEN:
            return "close" if space_after and not space_before else "open"
        if mark in _DOUBLE_CLOSE:
            return "open" if space_before and not space_after else "close"
        if space_before:
            return "open"
        return "close" if space_after else "either"
    # Single marks: an apostrophe unless it stands at a word's edge.
    if before.isalnum() and after.isalnum():
        return None  # don't, O'Neill
    if space_before and not space_after:
        if after.isdigit():
            return None  # '90s
        if mark in _SINGLE_STRAIGHT and _elision(text, end):
            return None  # 'em, rock 'n' roll
        return "open"
    if space_after and not before.isspace():
        return "close"  # word' and ,' before a space
    return None


def _elision(text: str, start: int) -> bool:
    end = start
    while end < len(text) and end - start < 6 and text[end].isalpha():
        end += 1
    return text[start:end].lower() in _ELISIONS and (end == len(text) or not text[end].isalpha())


# ------------------------------------------------------------------------ segments


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


@attrs.frozen
class QuoteNote:
    """Something :func:`find_quotes_and_notes` noticed (a quote never closed)."""

    code: str
    message: str
    span: Span


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _breaks(text: str) -> Iterator[tuple[int, int]]:
    """Where the paragraph breaks of ``text`` start and end, in order.

    Each holds a line end: the white space around it is a break when it holds a blank
    line, or when the line ends a sentence (the break then starts after its mark).
    """
    at = 0
    while (line_end := text.find("\n", at)) >= 0:
        spaces = _SPACE_RUN().match(text, line_end)
        spaces_before = _LINE_SPACE_BEFORE().match(text, at, line_end)
        assert spaces is not None  # both may match nothing, so both match
        assert spaces_before is not None
        start, end = spaces_before.start(), spaces.end()
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


def _pair_marks(
    text: str, paragraphs: _Paragraphs, limit: int, mark_budget: Budget
) -> list[_Segment]:
    """The quoted stretches of ``text``, in order, from its quotation marks; no more
    than one past ``limit``, and no mark past the ``mark_budget`` (the rest of the text
    is not read)."""
    segments: list[_Segment] = []
    double: tuple[int, int] | None = None  # the open double mark: where it starts, ends
    single: tuple[int, int] | None = None
    carried = False  # the paragraph before ended inside a quote that goes on here
    nested = 0  # curly quotes open inside the open double quote
    inner = 0  # double quotes open inside the open single quote
    paragraph = 0
    last_single = _last_single(text, paragraphs, 0)

    def add(mark: tuple[int, int], close: tuple[int, int], *, closed: bool) -> None:
        start, end = _trimmed(text, mark[1], close[0])
        if end > start:
            segments.append(
                _Segment(mark[0], close[0], start, end, paragraph, close[1], closed=closed)
            )

    marks = ((*match.span(), False) for match in _MARK().finditer(text))
    breaks = ((start, end, True) for start, end in paragraphs.breaks())
    for at, end, is_break in heapq.merge(marks, breaks):  # marks are never white space
        if len(segments) > limit or not (is_break or mark_budget.take(at)):
            break
        if is_break:  # a paragraph ends
            carried = False
            if double is not None:
                add(double, (at, at), closed=False)
                following = _MARK().match(text, end)
                if following is not None:
                    opens = _is_double(text, end, following.end())
                    if opens and segments and segments[-1].open == double[0]:
                        segments[-1].continues = carried = True
            double = single = None
            nested = inner = 0
            paragraph += 1
            last_single = _last_single(text, paragraphs, paragraph)
            continue
        role = _role(text, at, end)
        if role is None:
            continue
        if _is_double(text, at, end) and single is not None and double is None:
            # 'The sign read "closed", nothing more.': a quote within the single quote,
            # when a single mark later in the paragraph can close it
            if role != "close" and last_single > at:
                inner += 1
                continue
            if role != "open" and inner:
                inner -= 1
                continue
            single = None
        if _is_double(text, at, end):
            if role == "open" and double is not None and _nested(text, at):
                nested += 1  # "He called it “a shed” twice": a quote within the quote
            elif role == "open" or (role == "either" and double is None):
                if double is not None:  # opened again before it closed
                    add(double, (at, at), closed=False)
                double, single, nested = (at, end), None, 0
                if carried and at == paragraphs.starts[paragraph]:
                    segments[-1].continues = True
                    carried = False
            elif nested:
                nested -= 1
            elif double is not None:
                add(double, (at, end), closed=True)
                double = None
            elif carried:  # a continued quote that closes with no new opening mark
                start = paragraphs.starts[paragraph]
                add((start, start), (at, end), closed=True)
                carried = False
        elif double is None:  # single marks at the top level
            if role == "open" and single is None:
                single = (at, end)
            elif (
                role != "open"
                and single is not None
                and not _possessive(text, at, later=last_single > at)
            ):
                add(single, (at, end), closed=True)
                single, inner = None, 0
    if double is not None and len(segments) <= limit and mark_budget.cut is None:
        add(double, (len(text), len(text)), closed=False)
    for before, after in itertools.pairwise(segments):
        after.continued = before.continues
    return segments


def _nested(text: str, at: int) -> bool:
    """Whether the curly opening mark at ``at`` opens a quote inside the open one: it
    stands inside a sentence, not after its end (where a new quote would open)."""
    if text[at] not in _DOUBLE_OPEN:
        return False
    before = at - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    return before >= 0 and text[before].isalnum()


def _is_double(text: str, at: int, end: int) -> bool:
    return end - at == 2 or text[at] in _ALL_DOUBLE


def _possessive(text: str, at: int, *, later: bool) -> bool:
    """``the ministers' plan``: an apostrophe after an s, before a word in lower case,
    or before any word when a single mark ``later`` in the paragraph may close the quote
    (``'We back the Workers' Party.'``)."""
    if at == 0 or text[at - 1] != "s":
        return False
    rest = text[at + 1 : at + 3]
    return (
        len(rest) == 2 and rest[0] == " " and (rest[1].islower() or (later and rest[1].isalpha()))
    )


def _last_single(text: str, paragraphs: _Paragraphs, paragraph: int) -> int:
    """Where the last single quotation mark of a paragraph stands (-1 if none does)."""
    if paragraph >= len(paragraphs.starts):
        return -1
    start, end = paragraphs.starts[paragraph], paragraphs.ends[paragraph]
    return max(text.rfind("'", start, end), text.rfind("’", start, end))


# ------------------------------------------------------------------------ words


class _Token(NamedTuple):
    start: int
    end: int
    text: str

    @property
    def word(self) -> str:
        """The token in lower case, without the punctuation around it."""
        return self.text.strip(_PUNCT).lower()

    @property
    def bare(self) -> str:
        return self.text.strip(_PUNCT)


_PUNCT: Final = ",.;:!?\"“”‘’'()[]{}—–-…"
_TOKEN: Final = lazy_regex(r"\S+")
_DASH_CHARS: Final = "—–―‒-"
_ABBREVIATIONS: Final = words(
    "mr mrs ms dr sen rep gov gen lt col capt adm sgt maj prof rev st jr sr fr mt cmdr"
    " brig no vs inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k"
    " u.n a.m p.m e.g i.e etc"
)
_LOOK: Final = 320  # how far a cue is looked for before or after a quote
_AFTER_WORDS: Final = 24  # and how many words after it


def _tokens(text: str, start: int, end: int, limit: int | None = None) -> list[_Token]:
    """The white-space separated words of ``text[start:end]``, the first ``limit`` only."""
    found = _TOKEN().finditer(text, start, end)
    return [_Token(*m.span(), m.group()) for m in itertools.islice(found, limit)]


def _ends_sentence(token: str) -> bool:
    core = token.rstrip("\"”’')]")
    if not core or core[-1] not in ".!?…":
        return False
    if core[-1] != ".":
        return True
    word = core[:-1].lstrip("\"“‘'([")
    if not word or word.lower() in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial
    return not ("." in word and len(word) <= 6)  # U.S., Ph.D.


def _phrases_by_first_word(phrases: Sequence[str]) -> dict[str, list[list[str]]]:
    """The words of each phrase, grouped by the first, in the order given."""
    table: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        parts = phrase.split()
        table.setdefault(parts[0], []).append(parts)
    return table


_CUE_PHRASES: Final = _phrases_by_first_word(speech.CUE_PHRASES)


def _cue_at(tokens: Sequence[_Token], index: int) -> int:
    """How many tokens the cue starting at ``index`` spans (0 when none does)."""
    word = tokens[index].word
    for parts in _CUE_PHRASES.get(word, ()):
        if index + len(parts) <= len(tokens):
            following = [tokens[index + k].word for k in range(1, len(parts))]
            if following == parts[1:] and all(
                not tokens[index + k].text.endswith((",", ".", ":")) for k in range(len(parts) - 1)
            ):
                return len(parts)
    if word in speech.CUE_VERBS and tokens[index].bare == tokens[index].bare.lower():
        if index and (
            tokens[index - 1].word in _DETERMINERS
            or tokens[index - 1].text.endswith(("'s", "’s", "s'", "s’"))
        ):
            return 0  # "the continued talks", "Trump's remarks": nouns and adjectives
        return 1
    return 0


def _before_chain(tokens: Sequence[_Token], index: int) -> int:
    """The index of the last token before the cue at ``index`` and its helpers
    (``also``, ``has``, ``went on to``)."""
    first = index - 1
    while (
        first >= 0
        and (tokens[first].word in speech.CUE_ADVERBS or tokens[first].word in _CHAIN)
        and not tokens[first].text.endswith(",")
    ):
        first -= 1
    return first


_CHAIN: Final = frozenset({"to", "went", "on", "go", "goes", "going", "quoted", "as"})


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
_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "its", "their", "one", "our"})
# Words after a cue that make it a noun: "claims as", "calls for".
_OF: Final = frozenset({"as", "of", "by", "from", "about", "were", "are", "for"})
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


# ------------------------------------------------------------------------ speakers

# A line that gives the source of the quote below it: "From the desk of Ana Ruiz".
_FROM: Final = lazy_regex(r"(?:And\s+)?[Ff]rom\s")
# A given name (or an initial), an optional initial, then the family name.
_FULL_NAME: Final = (
    r"\b(?:\p{{Lu}}[\p{{Ll}}'’\-]++|\p{{Lu}}\.)[^\S\n]++(?:\p{{Lu}}\.[^\S\n]++)?{family}\b"
)
# An opening phrase before a sentence's subject has at most this many words.
_INTRO: Final = 12
# "The one person named nearby" looks at most this many mentions back.
_NEARBY: Final = 64
# At most this many surnames are looked for in full in one text (each is one pass).
_FULL_NAME_SEARCHES: Final = 16


class _Who:
    """Resolves the words naming a speaker to an entity's canonical name."""

    def __init__(self, text: str, entities: Sequence[Entity], paragraphs: _Paragraphs) -> None:
        self.text = text
        self.paragraphs = paragraphs
        mentions = sorted(
            ((span.start, span.end, entity) for entity in entities for span in entity.mentions),
            key=lambda m: (m[0], m[1]),
        )
        self.starts = [m[0] for m in mentions]
        self.mentions = mentions
        self.people = [e for e in entities if e.kind == "PERSON"]
        # People by family name, the most mentioned first: "Clinton" alone is the
        # Clinton the text is most about.
        self.families: dict[str, list[Entity]] = {}
        for person in sorted(self.people, key=lambda e: -len(e.mentions)):
            family = name_key(person.name).split()[-1:]
            if family:
                self.families.setdefault(family[0], []).append(person)
        # Named speakers by paragraph and by whether they are people, in text order:
        # (position, name). Those of the writer's cues ("Ruiz argued") are read when a
        # paragraph is first asked about; those of quotes are noted as they are resolved.
        self.cues: dict[tuple[int, bool], list[tuple[int, str]]] = {}
        self.quoted_speakers: dict[tuple[int, bool], list[tuple[int, str]]] = {}
        # Who holds which title: the title's key, and its head word, to the people who
        # hold it, by first mention.
        self.holders: dict[tuple[str, bool], list[tuple[int, str]]] = {}
        for person in sorted(self.people, key=lambda e: e.mentions[0].start):
            for role in dict.fromkeys(spelling_key(role) for role in person.roles):
                for key in {(role, True), (role.split()[-1], False)}:
                    self.holders.setdefault(key, []).append((person.mentions[0].start, person.name))
        self.segments: Sequence[_Segment] = ()
        self.segment_starts: list[int] = []
        self.quote_starts: list[int] = []  # the quotes' marks, in order
        self.quote_ends: list[int] = []
        self.full_names: dict[str, str | None] = {}
        self.end = len(text)  # where the finder stopped reading (its budget spent)

    def set_quotes(self, segments: Sequence[_Segment]) -> None:
        """The quotes found so far, in order."""
        self.segments = segments
        self.segment_starts = [s.start for s in segments]
        self.quote_starts = [s.open for s in segments]
        self.quote_ends = [s.close for s in segments]

    def subject(self, at: int, *, person: bool = True) -> tuple[str, Span] | None:
        """Who is named first in the sentence holding ``at``, before ``at`` (after any
        title): a person, or with ``person=False`` an organisation, group or country."""
        paragraph = self.paragraphs.of(at)
        start = _sentence_begin(self.text, max(self.paragraphs.starts[paragraph], at - _LOOK), at)
        while start < at and self.text[start].isspace():
            start += 1
        found = self.opening_subject(start, person=person)
        return found if found is not None and found[1].start < at else None

    def opening_subject(self, start: int, *, person: bool = True) -> tuple[str, Span] | None:
        """Who is named first in the sentence at ``start``, after capitals only; never
        a name inside a quote."""
        found = self.first_named(start, person=person)
        if found is None:  # "Back in 1999, Mr. Trump said": after the opening phrase
            words = _TOKEN().finditer(self.text, start, min(len(self.text), start + _LOOK))
            comma = next(
                (w.end() for w in itertools.islice(words, _INTRO) if w.group()[-1] == ","), None
            )
            if comma is not None:
                found = self.first_named(comma, person=person)
        return found

    def first_named(self, start: int, *, person: bool) -> tuple[str, Span] | None:
        index = bisect.bisect_left(self.starts, start)
        if index == len(self.mentions):
            return None
        m_start, m_end, entity = self.mentions[index]
        lead = self.text[start:m_start].split()
        if (entity.kind == "PERSON") != person or entity.kind == "PRODUCT":
            return None
        if len(lead) > 6 or self.quoted(m_start):
            return None
        if not all(w[0].isupper() or not w[0].isalpha() for w in lead):
            return None  # only titles, a dateline or a dash before the name
        return entity.name, Span(m_start, m_end)

    def quoted(self, at: int) -> bool:
        index = bisect.bisect_right(self.quote_starts, at) - 1
        return index >= 0 and at < self.quote_ends[index]

    def entity_in(self, start: int, end: int) -> Entity | None:
        """The entity with a mention inside ``[start, end)``, people first, the last one."""
        index = bisect.bisect_left(self.starts, end)
        best: Entity | None = None
        while index > 0:
            index -= 1
            m_start, m_end, entity = self.mentions[index]
            if m_end <= start:
                if start - m_start > 200:
                    break
                continue
            if m_start < end and (
                best is None or (entity.kind == "PERSON" and best.kind != "PERSON")
            ):
                best = entity
        return best

    def office_holder(self, office: str, before: int) -> str | None:
        """The one person named before ``before`` who holds ``office``: the one whose
        title is the office, else the one whose title ends in its head word
        (``Harbour Minister`` for ``the minister``); None when two could be meant."""
        key = spelling_key(office)
        if not key:
            return None
        # "Harbour Minister" tells one minister from another; "minister" alone does not
        tried = [(key, True), (key.split()[-1], False)] if " " in key else [(key, False)]
        for wanted in tried:
            holders = self.holders.get(wanted, [])
            named = holders[: bisect.bisect_left(holders, (before,))][:2]
            if named:
                return named[0][1] if len(named) == 1 else None
        return None

    def resolve(self, start: int, end: int) -> tuple[str | None, str]:
        """The speaker named by ``text[start:end]``, and its kind ("" when unknown)."""
        words = self.text[start:end].strip(_PUNCT).strip()
        lower = words.lower()
        if lower in speech.PERSON_PRONOUNS:
            subject = self.subject(start)
            if subject is not None:
                return subject[0], "PERSON"
            return self.last_speaker(start, person=True, antecedent=True), "PERSON"
        if lower in speech.GROUP_PRONOUNS:
            subject = self.subject(start, person=False)
            if subject is not None:
                return subject[0], "ORG"
            return self.last_speaker(start, person=False), "ORG"
        if lower in {"we", "i", "you"}:
            return None, ""
        if lower.startswith("the ") and lower.split()[-1] in OFFICE_HEADS:
            holder = self.office_holder(words[4:], start)  # "the Harbour Minister"
            return holder, "PERSON" if holder else ""
        name = parse_name(words.removeprefix("the ").removeprefix("The "))
        entity = self.entity_in(start, end)
        if entity is not None and entity.kind in {"PERSON", "ORG", "NORP"}:
            return entity.name, entity.kind
        if name.family and not name.given:  # a surname the entities left unjoined
            family = name_key(name.family).split()[-1:]
            people = self.families.get(family[0], []) if family else []
            if people:
                return people[0].name, "PERSON"
        if entity is not None and entity.kind == "PLACE" and not lower.startswith("the "):
            return entity.name, "ORG"  # "China said", "Washington said": a government
        head = words.split()[-1] if words else ""
        if head in speech.ANONYMOUS_HEADS:  # "a spokesman", but not "the Post"
            return None, ""
        if name.titles and not name.family:
            holder = self.office_holder(name.titles[-1], start)
            return holder, "PERSON" if holder else ""
        if lower.startswith(("the ", "a ", "an ")):
            rest = words.split(maxsplit=1)[1]
            if all(w[0].isupper() or w in _JOINERS for w in rest.split()):
                return rest, "ORG"  # "the Times", "The Hill"
            holder = self.office_holder(rest.lower(), start)
            return holder, "PERSON" if holder else ""
        if not words[:1].isupper() or not name.family:
            return None, ""
        if name.given:
            return f"{name.given} {name.family}", "PERSON"
        full = self.full_name(name.family)  # "Nervo wrote": the judge named in full before
        if full is not None:
            return full, "PERSON"
        return name.family, "PERSON" if name.titles else ""

    def full_name(self, family: str) -> str | None:
        """The first ``Given Family`` written in the text, for a surname no entity holds."""
        if family in self.full_names:
            return self.full_names[family]
        found = None
        if len(self.full_names) < _FULL_NAME_SEARCHES:
            pattern = _FULL_NAME.format(family=re.escape(family))
            for match in compile_regex(pattern).finditer(self.text):
                name = parse_name(match.group())
                if name.given and name.family == family:
                    found = f"{name.given} {name.family}"
                    break
        self.full_names[family] = found
        return found

    def last_speaker(
        self, before: int, *, person: bool, within: int = 2, antecedent: bool = False
    ) -> str | None:
        """The last named speaker of the kind before ``before``, ``within`` paragraphs back.

        With ``antecedent`` (a pronoun wants one), the one person named in this paragraph
        or the one before stands in when no one spoke yet.
        """
        paragraph = self.paragraphs.of(before)
        for where in range(paragraph, max(-1, paragraph - within - 1), -1):
            self.cue_speakers(where)
            found = [
                events[index - 1]
                for events in (
                    self.cues.get((where, person), []),
                    self.quoted_speakers.get((where, person), []),
                )
                if (index := bisect.bisect_left(events, (before,)))
            ]
            if found:
                return max(found)[1]
        if person and antecedent:
            return self.only_person(self.paragraphs.starts[max(0, paragraph - 1)], before)
        return None

    def mention_of(self, name: str, start: int, end: int) -> tuple[int, int] | None:
        """The span of the last mention of the entity ``name`` in ``[start, end)``."""
        index = bisect.bisect_left(self.starts, end)
        while index > 0 and self.starts[index - 1] >= start:
            index -= 1
            m_start, m_end, entity = self.mentions[index]
            if entity.name == name:
                return (m_start, m_end)
        return None

    def only_person(self, start: int, end: int) -> str | None:
        """The one person mentioned in ``[start, end)``, looking at the nearest mentions."""
        index = bisect.bisect_left(self.starts, end)
        stop = max(bisect.bisect_left(self.starts, start), index - _NEARBY)
        named = set()
        for _start, _end, entity in reversed(self.mentions[stop:index]):
            if entity.kind == "PERSON":
                named.add(entity.name)
                if len(named) > 1:
                    return None
        return named.pop() if named else None

    def note(self, at: int, name: str | None, kind: str) -> None:
        """Note the speaker of the quote at ``at``."""
        if name is not None and kind:
            where = (self.paragraphs.of(at), kind == "PERSON")
            bisect.insort(self.quoted_speakers.setdefault(where, []), (at, name))

    def cue_speakers(self, paragraph: int) -> None:
        """Note the named speakers of the writer's cues in ``paragraph``, once."""
        if (paragraph, True) in self.cues:
            return
        people: list[tuple[int, str]] = []
        others: list[tuple[int, str]] = []
        self.cues[(paragraph, True)], self.cues[(paragraph, False)] = people, others
        text, segments, starts = self.text, self.segments, self.segment_starts
        floor = self.paragraphs.starts[paragraph]
        ceiling = min(self.paragraphs.ends[paragraph], self.end)
        for match in _CUE_WORD().finditer(text, floor, max(floor, ceiling)):
            start = match.start()
            inside = bisect.bisect_right(starts, start) - 1
            if inside >= 0 and segments[inside].end > start:
                continue  # a cue inside a quote is the speaker's, not the writer's
            tokens = _tokens(text, max(floor, start - 120), match.end())
            if not tokens or not _cue_at(tokens, len(tokens) - 1):
                continue  # "Ruiz's remarks": a noun
            who = _speaker_before(tokens, _before_chain(tokens, len(tokens) - 1))
            if who is None:
                continue
            a, b = tokens[who[0]].start, tokens[who[1]].end
            if text[a:b].strip(_PUNCT).lower() in _PRONOUNS:
                continue
            name, kind = self.resolve(a, b)
            if name is not None and kind:
                (people if kind == "PERSON" else others).append((start, name))


# ------------------------------------------------------------------------ attribution

_CUE_WORD: Final = lazy(
    lambda: compile_regex(
        r"\b" + trie(sorted(speech.CUE_VERBS | {p.split()[0] for p in speech.CUE_PHRASES})) + r"\b"
    )
)


def _last_sentence(text: str, floor: int, at: int) -> list[_Token]:
    """The words of the sentence that ``at`` ends, no earlier than ``floor``."""
    return _tokens(text, _sentence_begin(text, floor, at), at)


def _sentence_begin(text: str, floor: int, at: int) -> int:
    """Where the sentence holding ``at`` begins, no earlier than ``floor``.

    It is found by looking back for the marks that can end a sentence, and checking
    the word each ends (``Mr.``, ``U.S.`` and initials do not).
    """
    end = at
    while True:
        mark = _END_MARK().search(text, floor, end)
        if mark is None:
            return floor
        space = _LAST_SPACE().search(text, floor, mark.start())
        word = space.end() if space else floor
        if _ends_sentence(text[word : mark.end()]):
            return mark.end()
        end = word


_END_MARK: Final = lazy_regex(r"(?r)[.!?…][\"”’')\]]*+(?=\s|\Z)")
_LAST_SPACE: Final = lazy_regex(r"(?r)\s")


def _first_sentence(text: str, start: int, end: int, limit: int) -> list[_Token]:
    """The words of ``text[start:end]`` up to the end of its first sentence, the first
    ``limit`` only (:func:`_tokens`, read no further than needed)."""
    tokens = []
    for match in itertools.islice(_TOKEN().finditer(text, start, end), limit):
        tokens.append(_Token(*match.span(), match.group()))
        if _ends_sentence(match.group()):
            break
    return tokens


def _trimmed_who(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words naming a speaker without the punctuation and possessive after them."""
    while end > start and text[end - 1] in _PUNCT:
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return (start, end) if end > start else None


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
            tokens = [_Token(first.start, cut, first.text[: len(first.text) - len(word)])]
            tokens += [_Token(cut, first.end, word), *tokens_after[1:]]
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
        for index in range(min(len(tokens), 9)):
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
            who = _speaker_before(tokens, _before_chain(tokens, index))
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
        if _name_word(tokens[last]) and (last == 0 or not _name_word(tokens[0])):
            return self.found(":", tokens, (_name_start(tokens, last), last))
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
            pre = None if post and post.who else self.cue_before(segment, before)
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

    def is_partial(self, segment: _Segment, before: list[_Token], after: list[_Token]) -> bool:
        """A fragment inside a sentence of the writer's own."""
        if segment.continued or not before:
            return False
        last = before[-1]
        if last.text[-1] in ",:" or last.text.strip(_DASH_CHARS) == "":
            return False
        # said "We will": a whole sentence after its cue
        return not (_cue_at(before, len(before) - 1) and self.text[segment.start].isupper())


# ------------------------------------------------------------------------ unmarked speech


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
        if who is not None:
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
# Unmarked speech is a sentence of at most this many words.
_SPEECH_WORDS: Final = 120


# ------------------------------------------------------------------------ the finder


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


def _whole_paragraph(text: str, segment: _Segment, paragraphs: _Paragraphs) -> bool:
    start = paragraphs.starts[segment.paragraph]
    end = paragraphs.ends[segment.paragraph]
    return segment.open == start and not text[segment.after : end].strip(_PUNCT + " ")


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
    text: str, /, *, entities: Sequence[Entity] | None = None
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
    quotes: list[Quote] = []
    notes: list[QuoteNote] = []
    for index, segment in enumerate(segments):
        if not segment.closed and not segment.continues:
            notes.append(
                QuoteNote(
                    "unclosed-quote",
                    "a quotation mark was never closed; the quote ends with its paragraph",
                    Span(segment.open, segment.close),
                )
            )
        if not _is_speech(text, segments, index):
            continue
        quotes.append(
            Quote(
                text[segment.start : segment.end],
                Span(segment.start, segment.end),
                speaker=segment.speaker,
                speaker_span=None if segment.who is None else Span(*segment.who),
                cue=segment.cue,
                partial=segment.partial,
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


def find_quotes(text: str, /, *, entities: Sequence[Entity] | None = None) -> tuple[Quote, ...]:
    """Return the direct quotes in ``text``, in order, with who said them where known.

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
    return find_quotes_and_notes(text, entities=entities)[0]
