"""The shortcuts taken for speed find what the full patterns find."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from newsseed import _quotes, _source
from newsseed._entities import _context as _entity_context
from newsseed._entities import _runs as _entity_pieces
from newsseed._entities import _words as _entity_words
from newsseed._layouts._common import word_count
from newsseed._quotes import _tokens as _quote_tokens
from newsseed._quotes._tokens import _WHITE_SPACE
from newsseed.normalize import _names, name_key
from newsseed.normalize._data import entities
from newsseed.normalize._text import forget_readings

# A paragraph break, as the quote finder defines it (its _breaks finds these).
_BREAK = r"\n[^\S\n]*+\n\s*+|(?<=[.!?…:\"”’'])[^\S\n]*+\n\s*+"
_AROUND_BREAKS = st.text(alphabet=" \t\n\r\x0b\x1c\xa0\u2029.:!x\"'’”", max_size=40)


def test_a_text_without_maybe_irregular_characters_is_regular() -> None:
    """Every character the normaliser may change is one the pre-scan looks for."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if _source._IRREGULAR().search(char) or _source._IRREGULAR().search("a" + char):
            assert _source._MAYBE_IRREGULAR().search(char), hex(code)


@given(_AROUND_BREAKS)
def test_breaks_are_those_of_the_pattern(text: str) -> None:
    expected = [match.span() for match in regex.finditer(_BREAK, text)]
    assert list(_quotes._breaks(text)) == expected


def test_breaks_after_marks_and_blank_lines() -> None:
    text = 'One.\nTwo\nthree "four."  \n\n  Five:\n \n\nSix'
    assert list(_quotes._breaks(text)) == [m.span() for m in regex.finditer(_BREAK, text)]
    assert len(list(_quotes._breaks(text))) == 3


def test_the_reader_keeps_no_character_split_and_patterns_disagree_on() -> None:
    """``word_count`` counts with :meth:`str.split`: on the reader's text, it and the
    patterns' ``\\s`` agree, as the only characters they disagree on are removed."""
    space = regex.compile(r"\s")
    disagree = [
        chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() != bool(space.match(chr(c)))
    ]
    assert disagree == ["\x1c", "\x1d", "\x1e", "\x1f"]
    assert _source.Source("a" + "".join(disagree) + "b").text == "ab"


@given(st.text(max_size=60), st.integers(min_value=1, max_value=40))
def test_word_count_counts_what_the_pattern_finds(text: str, limit: int) -> None:
    text = _source.Source(text).text
    found = len(regex.findall(r"\S+", text))
    assert word_count(text, limit) == min(limit, found)


_EQUIPMENT_WORDS = st.sampled_from(
    ["jet", "jets", "jetsam", "tank", "tanker", "air", "aircraft", "drone", "the", "new", "x-ray"]
)


@given(
    st.lists(
        st.one_of(_EQUIPMENT_WORDS, st.sampled_from([" ", "  ", "    ", "\n", "\t", ",", "A"]))
    )
)
def test_equipment_after_is_the_plain_alternation(parts: list[str]) -> None:
    text = "".join(parts)
    plain = regex.compile(
        r"(?:[^\S\n]{1,3}[a-z][a-z\-]{0,20}){0,2}[^\S\n]{1,3}(?:"
        + "|".join(sorted(entities.EQUIPMENT_WORDS))
        + r")\b"
    )
    for at in range(len(text) + 1):
        assert bool(_entity_words._EQUIPMENT_AFTER().match(text, at)) == bool(plain.match(text, at))


_CUE_PARTS = st.sampled_from(
    ["said", "says", "stated", "stressed", "added", "that", "Ana", "x", ",", " ", "  ", "\n", "é"]
)


@given(st.lists(_CUE_PARTS, max_size=16))
def test_unmarked_cues_are_those_of_one_alternation(parts: list[str]) -> None:
    text = "".join(parts)
    one = regex.compile(
        r"\b(said|says|added|stated|noted|continued|stressed|explained)"
        r"(?:,[^\S\n]++(?=\p{Lu})|[^\S\n]++that[^\S\n]++)"
    )
    found = [(m.span(), m.group(1)) for m in _quotes._unmarked_cues(text)]
    assert found == [(m.span(), m.group(1)) for m in one.finditer(text)]


_NAME_PARTS = st.sampled_from(
    [
        "then-",
        "ex-",
        "[",
        "]",
        "A",
        "É",
        "ǅ",
        "a",
        "of",
        "the",
        " ",
        "\n",
        "   ",
        ".",
        "-",
        "'",
        "1",
        "&",
    ]
)


@given(st.lists(_NAME_PARTS, max_size=20))
def test_runs_of_names_are_those_of_the_plain_word_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    word = r"(?:(?:then|ex)-)?\[?\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*\]?"
    gap, joiner = _entity_pieces._GAP, _entity_pieces._JOINER
    plain = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{word})(?:{gap}(?:{joiner}{gap}){{0,2}}{word})*+",
        regex.VERSION1,
    )
    assert [m.span() for m in _entity_pieces._RUN().finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


def _name_key_read_in_full(text: str) -> str:
    """What ``name_key`` reads without its shortcut for one plain word."""
    key = _names._key_once(text)
    for _ in range(4):
        again = _names._key_once(key)
        if again == key:
            break
        key = again
    return key


_PLAIN_WORD_PARTS = st.text(alphabet="aBcdeLİıßØøÆ-.ÉéxQ", min_size=1, max_size=12)


@given(_PLAIN_WORD_PARTS | st.sampled_from(["Hegseth", "Mr.", "ex-Smith", "A.", "-", "Jr."]))
def test_the_key_of_one_plain_word_is_the_key_read_in_full(word: str) -> None:
    forget_readings()
    assert name_key(word) == _name_key_read_in_full(word)


_SPACED_WORDS = st.text(alphabet="Ab.' \t\n\x1c\x1f\xa0\u2029-", max_size=60)


@given(_SPACED_WORDS, st.integers(min_value=0, max_value=60), st.none() | st.integers(0, 9))
def test_the_quote_finder_splits_words_as_the_pattern_finds_them(
    text: str, start: int, limit: int | None
) -> None:
    found = [(m.start(), m.end(), m.group()) for m in regex.finditer(r"\S+", text, pos=start)][
        :limit
    ]
    tokens = _quote_tokens._tokens(text, start, len(text), limit)
    assert [tuple(t)[:3] for t in tokens] == found
    assert [t.word for t in tokens] == [t.text.strip(_quote_tokens._PUNCT).lower() for t in tokens]


@given(_SPACED_WORDS)
def test_the_entity_finder_splits_runs_as_the_pattern_finds_words(text: str) -> None:
    for run in _entity_pieces._RUN().finditer(text):
        words = [(m.start(), m.end(), m.group()) for m in regex.finditer(r"\S+", run.group())]
        assert list(_entity_pieces._words(run.group())) == words


_NAME_WORDS = st.sampled_from(sorted(_names._words_in_tables())) | st.sampled_from(
    ["Ana", "Lima", "Park", "Chan", "Wook", "O'Neill", "Jessen-Petersen", "ex-Smith", "Jr.",
     "III", "PhD", "de", "la", "Cruz", "y", "Gasset", "By", "the", "Late", "Straße", "Øby"]
)  # fmt: skip


@given(st.lists(_NAME_WORDS, min_size=1, max_size=5), st.sampled_from([str, str.title, str.upper]))
@example(["The", "Futuna", "Communications"], str)  # keys that change when read again:
@example(["chairwoman", "By", "Christmas", "Jan"], str)  # "the communications", "by jan",
@example(["Benin", "Late", "Advisor", "Aca"], str)  # "late advisor"
@example(["Kim", "Jong", "Un"], str)  # three words: read again
def test_the_key_of_a_name_is_the_key_read_in_full(words: list[str], case: Any) -> None:
    """A key of plain words is not read again (``_plain_key``): the same key."""
    forget_readings()
    text = case(" ".join(words))
    assert name_key(text) == _name_key_read_in_full(text)


def test_every_name_of_several_words_in_the_tables_passes_the_quick_test() -> None:
    """``_may_be_listed`` is never False for a place or an organisation the tables hold,
    however it is written."""
    w = _entity_words
    names = {*w._PLACES(), *w._GAZETTEER(), *w._KNOWN_ORGS(), *entities.KNOWN_ORGS}
    names |= {*w._KNOWN_ORGANISATIONS(), *w._PLACES().values(), *entities.KNOWN_ORG_NAMES}
    checked = 0
    for name in names:
        for written in {name, name.title(), name.upper(), "The " + name.title()}:
            if w._gazetteer_place(written) is not None or w._known_org(written):
                checked += 1
                assert w._may_be_listed(written), written
    assert checked > 40_000


_WORDY = st.text(alphabet="aAbé\u0301ł'’- .\n1", max_size=40)


@given(_WORDY, st.lists(_WORDY, max_size=60))
def test_words_looked_for_one_by_one_are_counted_as_the_pattern_counts_them(
    text: str, asked: list[str]
) -> None:
    counted = Counter(_entity_context._PLAIN_WORD().findall(text))
    context = _entity_context._Context(text)
    for word in [*asked, *counted, *(w.upper() for w in counted)]:
        assert context.count(word) == counted[word], word


@given(st.text(alphabet="AbCdǅé-&[]1", max_size=12))
def test_acronyms_are_told_as_the_pattern_tells_them(token: str) -> None:
    w = _entity_words
    bare = token.strip("[]")
    full = bool(w._ACRONYM().fullmatch(bare)) and len(bare) <= 10 and w._place(bare) is None
    assert w._is_acronym(token) == full


_AFTER_A_NAME = st.text(alphabet="hes im,&and 2019);.xH", max_size=70)


@given(_AFTER_A_NAME)
@example(" said that his")  # the pronoun pattern matches
@example(", 2019);")  # the citation pattern matches
@example(" & Hes, 2019)")
def test_what_follows_a_name_passes_the_quick_tests_where_the_patterns_match(text: str) -> None:
    """The quick tests before the pronoun and citation patterns never turn away a text
    the patterns would match."""
    c = _entity_context
    if c._PRONOUN_AFTER().match(text):
        assert c._may_hold_pronoun(text[: c._PRONOUN_REACH])
    piece = _entity_pieces._Piece("Baker", 0, 0, ("Baker",))
    if c._CITED_IN_LIST().match(text):
        assert c._Context(text).cited_in_list(piece)


def test_the_white_space_table_is_the_patterns_white_space() -> None:
    """_WHITE_SPACE (read a character at a time where a pattern would cost more) holds
    exactly what regex's ``\\s`` matches, over every code point."""
    space = regex.compile(r"\s")
    assert (
        frozenset(char for char in map(chr, range(0x110000)) if space.match(char) is not None)
        == _WHITE_SPACE
    )
