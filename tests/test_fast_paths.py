"""The shortcuts taken for speed find what the full patterns find."""

from __future__ import annotations

import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsseed import _quotes, _source
from newsseed._entities import _runs as _entity_pieces
from newsseed._entities import _words as _entity_words
from newsseed._layouts._common import word_count
from newsseed.normalize._data import entities

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
