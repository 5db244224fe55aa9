"""The generated tables for the entity finder: well formed, of the expected size, holding
what they must and not what they must not (docs/entities.md, "Where the tables come
from")."""

from __future__ import annotations

import regex

from newsseed.normalize._data import census_names, gazetteer, lexicon, organisations
from newsseed.normalize._text import plain_letters

# A folded word: lower-case letters, joined by an apostrophe or a hyphen ("o'clock").
WORD = regex.compile(r"[a-z]+(?:['-][a-z]+)*")
# A folded organisation name: no capitals, no dots, single spaces.
ORG_NAME = regex.compile(r"[a-z0-9&'+-]+(?: [a-z0-9&'+-]+)*")
# A place key: lower-case letters and digits, words joined by one space or an apostrophe.
PLACE_KEY = regex.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*(?: [a-z0-9]+(?:'[a-z0-9]+)*)*")


def _place_key(text: str) -> str:
    """As ``scripts/_tables.py`` keys places: folded, no dots, hyphens as spaces."""
    folded = plain_letters(text).casefold().replace(".", "").replace("-", " ")
    return " ".join(folded.split())


def test_places_are_keyed_as_the_finder_keys_them() -> None:
    for table in (gazetteer.PLACES, gazetteer.BIG_PLACES):
        bad = [p for p in table if not PLACE_KEY.fullmatch(p) or _place_key(p) != p]
        assert not bad, bad[:10]


def test_places_sizes() -> None:
    assert 35_000 <= len(gazetteer.PLACES) <= 60_000
    assert 5_000 <= len(gazetteer.BIG_PLACES) <= 10_000
    assert gazetteer.BIG_PLACES <= gazetteer.PLACES


def test_famous_places_are_in() -> None:
    for place in ("london", "new york", "sao paulo", "zurich", "ho chi minh city", "xi'an"):
        assert place in gazetteer.PLACES, place
        assert place in gazetteer.BIG_PLACES, place
    # continents, countries (also without their article), US states
    for place in ("africa", "north america", "netherlands", "united states", "wyoming"):
        assert place in gazetteer.BIG_PLACES, place
    # English names of big cities, from GeoNames' alternate names
    for place in ("bombay", "peking", "saigon", "calcutta"):
        assert place in gazetteer.PLACES, place
    # small towns are in PLACES only
    assert "aalsmeer" in gazetteer.PLACES
    assert "aalsmeer" not in gazetteer.BIG_PLACES


def test_common_words_are_folded_words() -> None:
    bad = [w for w in lexicon.COMMON_WORDS if not WORD.fullmatch(w)]
    assert not bad, bad[:10]
    assert 30_000 <= len(lexicon.COMMON_WORDS) <= 60_000


def test_common_words_hold_lower_case_words_only() -> None:
    for word in ("street", "will", "rose", "bill", "mark", "may", "hope", "grant", "young"):
        assert word in lexicon.COMMON_WORDS, word
    # words English writes capitalised, names that are no word, and rare words are out
    for word in ("monday", "english", "london", "hegseth", "obama", "google", "aardwolf"):
        assert word not in lexicon.COMMON_WORDS, word
    # no possessives
    assert not [w for w in lexicon.COMMON_WORDS if w.endswith("'s")]


def test_common_words_leave_most_names_alone() -> None:
    given = census_names.GIVEN_COMMON & lexicon.COMMON_WORDS
    family = census_names.FAMILY & lexicon.COMMON_WORDS
    assert {"will", "hope", "mark"} <= given
    assert len(given) < len(census_names.GIVEN_COMMON) // 10
    assert len(family) < len(census_names.FAMILY) // 10


def test_legal_suffixes() -> None:
    suffixes = organisations.LEGAL_SUFFIXES
    assert not [s for s in suffixes if not regex.fullmatch(r"[a-z0-9]+", s)]
    for suffix in ("inc", "ltd", "llc", "plc", "corp", "co", "gmbh", "ag", "sa", "spa", "nv"):
        assert suffix in suffixes, suffix
    for suffix in ("bv", "ab", "oy", "as", "kk", "pty", "lp", "llp", "pvt", "sdn", "bhd"):
        assert suffix in suffixes, suffix
    assert 150 <= len(suffixes) <= 400
    # the ambiguous ones are legal forms too, and hold every one that is an English word
    ambiguous = organisations.AMBIGUOUS_LEGAL_SUFFIXES
    assert ambiguous < suffixes
    assert suffixes & lexicon.COMMON_WORDS <= ambiguous
    assert {"as", "spa", "eu", "uk"} <= ambiguous
    assert {"pty ltd", "sdn bhd", "sa de cv"} <= organisations.LEGAL_SUFFIX_PHRASES
    assert all(" " in p for p in organisations.LEGAL_SUFFIX_PHRASES)


def test_known_organisations() -> None:
    known = organisations.KNOWN_ORGANISATIONS
    ambiguous = organisations.AMBIGUOUS_ORGANISATIONS
    bad = [n for n in known | ambiguous if not ORG_NAME.fullmatch(n)]
    assert not bad, bad[:10]
    assert 300 <= len(known) <= 1_000
    for name in ("google", "nasa", "fifa", "unesco", "reuters", "bbc", "world bank"):
        assert name in known, name
    for name in ("apple", "shell", "who", "target"):
        assert name in ambiguous, name
        assert name not in known, name
    # no one-word known organisation is a lower-case English word: those are ambiguous
    one_word = {n for n in known if " " not in n}
    assert not one_word & lexicon.COMMON_WORDS
    assert ambiguous <= lexicon.COMMON_WORDS
    assert not known & ambiguous
