"""US/UK spelling: one key for every variant, and safe rewriting for house style.

The tables come from VarCon (``_data/spelling.py``, made by
``scripts/gen_spelling.py``); docs/spelling.md gives the policy. Rewriting
changes a word only where the table says its spelling in the other variety is
the same in every sense; it keeps case, leaves names, web addresses and (if
asked) quoted speech alone, and never changes the number of words.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
from typing import Final, TypeAlias

import attrs

from newsseed.normalize._data.people import HONORIFICS
from newsseed.normalize._marks import quoted_spans
from newsseed.normalize._text import MEMORIES, lazy_re, lazy_regex, plain_letters, trie
from newsseed.normalize._values import MAX_OFFSET, Span

__all__ = (
    "SpellingChange",
    "SpellingOptions",
    "spelling_key",
    "to_uk",
    "to_uk_and_explain",
    "to_us",
    "to_us_and_explain",
)


@attrs.frozen
class SpellingOptions:
    """What :func:`to_us` and :func:`to_uk` may rewrite.

    >>> to_uk("The Labor Party's labor policy", options=SpellingOptions(keep_names=False))
    "The Labour Party's labour policy"
    """

    keep_names: bool = True
    """Leave capitalised words that read as part of a name (``Ministry of Defence``)."""
    keep_quotes: bool = False
    """Leave text inside quotation marks, so quoted speech stays as published."""
    oxford: bool = False
    """:func:`to_uk` writes Oxford spelling: ``-ize`` (``organize``), ``-yse`` kept."""


@attrs.frozen
class SpellingChange:
    """One word a rewrite changed: where, from what, to what.

    >>> text, changes = to_us_and_explain("a colour programme")
    >>> [(c.span.of("a colour programme"), c.before, c.after) for c in changes]
    [('colour', 'colour', 'color'), ('programme', 'programme', 'program')]
    """

    span: Span
    """Where the word is in the input text."""
    before: str
    """The word as written."""
    after: str
    """The word as rewritten, in the same case."""


_DEFAULT: Final = SpellingOptions()


# ------------------------------------------------------------------------ tables


@functools.cache
def _table(name: str) -> dict[str, str]:
    """One generated table, read when first needed (it is large; import stays quick)."""
    spelling = importlib.import_module("newsseed.normalize._data.spelling")
    words: list[str] = getattr(spelling, name).split()
    return dict(zip(words[::2], words[1::2], strict=True))


@functools.cache
def _finder(name: str) -> re.Pattern[str]:
    """Finds the table's words, whole, in lower-cased text."""
    return re.compile(r"\b" + trie(sorted(_table(name))) + r"\b")


@functools.cache
def _table_bytes(name: str) -> frozenset[bytes]:
    """The table's words as ASCII bytes (every table word is ``[a-z]+``)."""
    return frozenset(word.encode("ascii") for word in _table(name))


# ------------------------------------------------------------------------ the key

_HYPHENS: Final = str.maketrans("", "", "-\u00ad\u2010\u2011")
_KEY_WORD: Final = lazy_re(r"[^\W\d_]+(?:'[^\W\d_]+)*'?")


def _key_of(word: str) -> str:
    keys = _table("KEYS")
    found = keys.get(word)
    if found is not None:
        return found
    for ending in ("'s", "'"):
        if word.endswith(ending):
            base = keys.get(word[: -len(ending)])
            if base is not None:
                return base + ending
    return word


def _fold_key(word: str) -> str:
    """The key of ``word``, computed (:func:`spelling_key` remembers it)."""
    if word.isascii() and word.isalpha():  # most words: nothing to fold but case
        lower = word.lower()
        return _table("KEYS").get(lower, lower)
    folded = plain_letters(word).casefold().translate(_HYPHENS)
    return " ".join(_KEY_WORD().sub(lambda m: _key_of(m.group()), folded).split())


# Keys already computed, for words of up to _MEMO_LENGTH characters; emptied when
# it holds _MEMO_WORDS of them, so its memory stays bounded whatever the input.
_MEMO_WORDS: Final = 1 << 16
_MEMO_LENGTH: Final = 40
_memo: dict[str, str] = {}
MEMORIES.append(_memo.clear)


def spelling_key(word: str) -> str:
    """One key for every spelling of a word: US and UK, case, hyphens, diacritics.

    The key is the word folded (lower case, no hyphens or diacritics, straight
    apostrophes) and, when VarCon lists it, replaced by the preferred American
    spelling of its group, so inflections the table covers keep their own key.
    In a longer text each word is keyed and white space is made single. The key
    of a key is itself. It is meant for matching, not for display.

    >>> spelling_key("Defence") == spelling_key("defense") == spelling_key("DEFENSE")
    True
    >>> spelling_key("co-production") == spelling_key("coproduction")
    True
    >>> spelling_key("organisations"), spelling_key("organised")
    ('organizations', 'organized')
    """
    key = _memo.get(word)
    if key is None:
        key = _fold_key(word)
        if len(word) <= _MEMO_LENGTH:
            if len(_memo) >= _MEMO_WORDS:
                _memo.clear()
            _memo[word] = key
    return key


# ------------------------------------------------------------------------ rewriting

# Web addresses, e-mail addresses, domains, handles and tags are left as they are:
# a word is in one when the run of non-space characters around it starts with # or @,
# or holds ://, @, www. or a full stop between two letters or digits.
_ADDRESS: Final = lazy_re(r"[#@]|\S*?(?:://|@|www\.|\w\.\w)")
_TOKEN_END: Final = lazy_re(r"\S*")
_LAST_SPACE: Final = lazy_regex(r"(?r)\s")
_SENTENCE_END: Final = frozenset(".!?…:")
_SKIPPED_OR_NEWLINE: Final = " \t\r\f\v\"“‘'«([—–-\n"
_LOOK_BACK: Final = 64
_TITLE_ABBREVIATIONS: Final = frozenset(word.rstrip(".").lower() for word in HONORIFICS)


def _sentence_start(text: str, start: int) -> bool:
    """True when the word at ``start`` opens a sentence, a paragraph or the text."""
    floor = max(start - _LOOK_BACK + 1, 0)
    at = start - 1  # the last character before the word that is no mark nor space
    while at >= floor and text[at] in _SKIPPED_OR_NEWLINE:
        at -= 1
    if at < start - 2 and text.count("\n", at + 1, start) >= 2:
        return True  # a blank line: a new paragraph
    if at < floor:  # the text's start, or nothing but marks and spaces to look back on
        return True
    last = text[at]
    if last not in _SENTENCE_END:
        return False
    if last == ".":  # not after an initial (U.S.) or a title (Mr.)
        word_start = at
        while word_start > 0 and text[word_start - 1].isalpha() and at - word_start < 8:
            word_start -= 1
        word = text[word_start:at]
        if (len(word) == 1 and word.isupper()) or word.lower() in _TITLE_ABBREVIATIONS:
            return False
    return True


def _next_word_capitalised(text: str, end: int) -> bool:
    """True when the next word, after a space or a hyphen, starts with a capital."""
    at = end
    if at < len(text) and text[at] in " -":
        at += 1
        return at < len(text) and text[at].isupper()
    return False


# A table word found whole in a text: its start, its end, and the word in lower case, as
# in the table (plain tuples: text dense with table words makes hundreds of thousands).
_Candidate: TypeAlias = tuple[int, int, str]


# Up to this many distinct table words, each is looked for with str.find; more (only in
# text made to be dense with them) and the whole table's trie regex reads the text.
_FIND_EACH: Final = 16
# Bytes a-z kept, A-Z lowered, every other byte a space: the words of UTF-8 text, in
# ASCII letters, split apart (letters beyond ASCII become spaces, which only adds words).
_ASCII_WORDS: Final = bytes(
    b if 97 <= b <= 122 else b + 32 if 65 <= b <= 90 else 32 for b in range(256)
)


def _candidates(text: str, name: str) -> list[_Candidate]:
    """The table's words, each a whole word (``\\b`` on both sides) of ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer (İ): keep it
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    # The table words among the text's ASCII words: a superset of those that stand
    # whole in the text, found at C speed; most texts have none or a few.
    ascii_words = lowered.encode("utf-8", "surrogatepass").translate(_ASCII_WORDS).split()
    present = _table_bytes(name).intersection(ascii_words)
    if not present:
        return []
    if len(present) > _FIND_EACH:
        return [(m.start(), m.end(), m.group()) for m in _finder(name).finditer(lowered)]
    if sum(map(lowered.count, (word.decode("ascii") for word in present))) > _FIND_ALL:
        finder = _present_finder(frozenset(present))  # text dense with a few table words
        return [(m.start(), m.end(), m.group()) for m in finder.finditer(lowered)]
    found: list[_Candidate] = []
    size = len(lowered)
    for encoded in present:
        word = encoded.decode("ascii")
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _word_char(lowered[at - 1])) and (
                end == size or not _word_char(lowered[end])
            ):
                found.append((at, end, word))
            at = lowered.find(word, end)  # no whole word starts inside this one
    found.sort()
    return found


#: More occurrences than this of the few table words a text holds, and they are found by
#: one pattern of those words (:func:`_present_finder`) rather than one by one.
_FIND_ALL: Final = 256


@functools.lru_cache(maxsize=64)
def _present_finder(words: frozenset[bytes]) -> re.Pattern[str]:
    """Finds the given table words, whole, in lower-cased text."""
    return re.compile(r"\b" + trie(sorted(word.decode("ascii") for word in words)) + r"\b")


def _word_char(char: str) -> bool:
    """True for what ``\\w`` matches: a letter, a digit or an underscore."""
    return char.isalnum() or char == "_"


def _in_addresses(text: str, found: list[_Candidate]) -> list[bool]:
    """For each candidate (in order), whether it is inside an address or a handle.

    Each run of non-space characters is read once, however many candidates it holds
    (reading only the tokens that hold candidates is faster on news than one search of
    the whole text for anything like an address).
    """
    flags: list[bool] = []
    token_end = 0
    in_address = False
    for start, end, _ in found:
        if start >= token_end:
            space = _LAST_SPACE().search(text, token_end, start)
            token_start = space.end() if space else token_end
            match = _TOKEN_END().match(text, start)
            token_end = match.end() if match else end
            in_address = _ADDRESS().match(text, token_start, token_end) is not None
        flags.append(in_address)
    return flags


def _inside(spans: list[tuple[int, int]], start: int) -> bool:
    index = bisect.bisect_right(spans, (start, MAX_OFFSET)) - 1
    return index >= 0 and spans[index][0] <= start < spans[index][1]


def _title_case(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower()


# A change to make: where, the word as written, and as rewritten.
_Edit: TypeAlias = tuple[int, int, str, str]


def _edits(text: str, name: str, options: SpellingOptions) -> list[_Edit]:
    found = _candidates(text, name)
    if not found:
        return []
    table = _table(name)
    in_address = _in_addresses(text, found)
    quoted = quoted_spans(text) if options.keep_quotes else []
    # A word capitalised inside a sentence is a name there, and at a sentence start too.
    # A word in capitals is no such evidence: it is rewritten (so a second pass would not
    # see it, and must decide the same). Whether each capitalised word opens a sentence
    # is asked once.
    opens: dict[int, bool] = {}
    named: set[str] = set()
    if options.keep_names:
        for start, end, word in found:
            if word not in named and _title_case(text[start:end]):
                opens[start] = _sentence_start(text, start)
                if not opens[start]:
                    named.add(word)
    edits: list[_Edit] = []
    for (start, end, word), address in zip(found, in_address, strict=True):
        written = text[start:end]
        if address or (quoted and _inside(quoted, start)):
            continue
        target = table[word]
        if written.islower():
            after = target
        elif written.isupper() and len(written) > 1:
            after = target.upper()
        elif _title_case(written):
            if options.keep_names and (
                word in named or not opens.get(start, True) or _next_word_capitalised(text, end)
            ):
                continue
            after = target[0].upper() + target[1:]
        else:
            continue  # mixed case (iPhone-like): a name or a code
        edits.append((start, end, written, after))
    return edits


def _apply(text: str, edits: list[_Edit]) -> str:
    if not edits:
        return text
    pieces: list[str] = []
    last = 0
    for start, end, _, after in edits:
        pieces.append(text[last:start])
        pieces.append(after)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _rewrite(
    text: str, name: str, options: SpellingOptions
) -> tuple[str, tuple[SpellingChange, ...]]:
    edits = _edits(text, name, options)
    changes = (
        SpellingChange(Span(start, end), before, after) for start, end, before, after in edits
    )
    return _apply(text, edits), tuple(changes)


def to_us_and_explain(
    text: str, /, *, options: SpellingOptions | None = None
) -> tuple[str, tuple[SpellingChange, ...]]:
    """:func:`to_us`, with every change it made and its span in ``text``.

    >>> to_us_and_explain("The theatre's colour.")[1][0]
    SpellingChange(span=Span(start=4, end=11), before='theatre', after='theater')
    """
    return _rewrite(text, "TO_US", options or _DEFAULT)


def to_uk_and_explain(
    text: str, /, *, options: SpellingOptions | None = None
) -> tuple[str, tuple[SpellingChange, ...]]:
    """:func:`to_uk`, with every change it made and its span in ``text``.

    >>> to_uk_and_explain("defense program")[1]
    (SpellingChange(span=Span(start=0, end=7), before='defense', after='defence'),)
    """
    options = options or _DEFAULT
    return _rewrite(text, "TO_OXFORD" if options.oxford else "TO_UK", options)


def to_us(text: str, /, *, options: SpellingOptions | None = None) -> str:
    """``text`` in American spelling, where the spelling is sure whatever the sense.

    Words keep their case; capitalised words that read as names stay
    (``Ministry of Defence``), as do web and e-mail addresses. Words whose
    spelling depends on their sense are left alone (docs/spelling.md).

    >>> to_us("The Ministry of Defence said defence programmes were realised.")
    'The Ministry of Defence said defense programs were realized.'
    >>> to_us("DEFENCE: colour-coded kerbs")
    'DEFENSE: color-coded curbs'
    """
    return _apply(text, _edits(text, "TO_US", options or _DEFAULT))


def to_uk(text: str, /, *, options: SpellingOptions | None = None) -> str:
    """``text`` in British spelling (``-ise``; Oxford ``-ize`` if asked), where sure.

    ``practice``, ``license``, ``program``, ``tire``, ``meter``, ``draft`` and
    ``check`` stay as they are: their British spelling depends on the sense.

    >>> to_uk("The defense program will organize a practice check.")
    'The defence program will organise a practice check.'
    >>> to_uk("They organize it.", options=SpellingOptions(oxford=True))
    'They organize it.'
    """
    options = options or _DEFAULT
    return _apply(text, _edits(text, "TO_OXFORD" if options.oxford else "TO_UK", options))
