"""US/UK spelling: case tables of our own (tests/data/spelling/), properties, the table."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import regex
from hypothesis import assume, example, given
from hypothesis import strategies as st

from newsseed.normalize import (
    SpellingChange,
    SpellingOptions,
    _spelling,
    spelling_key,
    to_uk,
    to_uk_and_explain,
    to_us,
    to_us_and_explain,
)
from newsseed.normalize._data import spelling
from newsseed.normalize._data.people import HONORIFICS
from newsseed.normalize._spelling import _table
from newsseed.normalize._text import plain_letters

DATA = Path(__file__).parent / "data" / "spelling"


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8") as table:
        rows = list(csv.DictReader(table, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        row["text"] = row["text"].replace("\\n", "\n")
    return rows


def _options(cell: str) -> SpellingOptions:
    flags: dict[str, bool] = {}
    for flag in filter(None, cell.split(",")):
        name, _, value = flag.partition("=")
        flags[name] = value != "false"
    return SpellingOptions(**flags)


def _rewrite(direction: str, text: str, options: SpellingOptions) -> str:
    return (to_us if direction == "us" else to_uk)(text, options=options)


CHANGE_ROWS = _rows("must_change.tsv")
KEEP_ROWS = _rows("must_not_change.tsv")
with (DATA / "keys.tsv").open(encoding="utf-8") as _keys:
    KEY_ROWS = list(csv.DictReader(_keys, delimiter="\t"))


@pytest.mark.parametrize("row", CHANGE_ROWS, ids=[f"{r['to']}:{r['text']}" for r in CHANGE_ROWS])
def test_must_change(row: dict[str, str]) -> None:
    assert _rewrite(row["to"], row["text"], _options(row["options"])) == row["expected"]


@pytest.mark.parametrize("row", KEEP_ROWS, ids=[f"{r['to']}:{r['text']}" for r in KEEP_ROWS])
def test_must_not_change(row: dict[str, str]) -> None:
    assert _rewrite(row["to"], row["text"], _options(row["options"])) == row["text"], row["why"]


@pytest.mark.parametrize("row", KEY_ROWS, ids=[f"{r['a']} ~ {r['b']}" for r in KEY_ROWS])
def test_key_table(row: dict[str, str]) -> None:
    assert (spelling_key(row["a"]) == spelling_key(row["b"])) == (row["same"] == "yes")


def test_the_tables_are_large() -> None:
    assert len(CHANGE_ROWS) >= 60
    assert len(KEEP_ROWS) >= 60
    assert len(KEY_ROWS) >= 40


# ------------------------------------------------------------------------ the table


def _senses(text: str) -> dict[str, tuple[str, ...]]:
    return {
        word: tuple(targets.split(","))
        for word, _, targets in (item.partition(":") for item in text.split())
    }


def test_the_sense_words_are_marked_and_never_rewritten() -> None:
    sense_uk = _senses(spelling.SENSE_UK)
    for word in ("practice", "license", "program", "tire", "meter", "draft", "check"):
        assert word in sense_uk, word
        assert word not in _table("TO_UK")
        assert word not in _table("TO_OXFORD")
    assert sense_uk["license"] == ("licence", "license")
    assert "draught" in _senses(spelling.SENSE_US)


@pytest.mark.parametrize("name", ["TO_US", "TO_UK", "TO_OXFORD"])
def test_no_rewrite_leads_to_another(name: str) -> None:
    table = _table(name)
    assert table, name
    assert not [word for word, target in table.items() if target in table]
    assert all(
        regex.fullmatch(r"[a-z]+", w) and regex.fullmatch(r"[a-z]+", t) for w, t in table.items()
    )


def test_every_key_is_its_own_key() -> None:
    keys = _table("KEYS")
    assert not [word for word, key in keys.items() if key in keys]


ONE_TO_ONE = sorted((us, uk) for uk, us in _table("TO_US").items() if _table("TO_UK").get(us) == uk)


def test_one_to_one_pairs_go_there_and_back() -> None:
    assert len(ONE_TO_ONE) > 3000
    for us_word, uk_word in ONE_TO_ONE:
        for case in (str.lower, str.capitalize, str.upper):
            us, uk = case(us_word), case(uk_word)
            assert to_us(uk) == us
            assert to_uk(us) == uk
            assert to_uk(to_us(uk)) == uk


# ------------------------------------------------------------------------ properties

TABLE_WORDS = st.sampled_from(sorted(set(_table("TO_US")) | set(_table("TO_UK"))))
PIECES = st.sampled_from(
    [" ", "  ", "\n", "\n\n", ". ", ", ", "-", "'s ", "’", '"', "“", "”", "‘", "'", "(", ")",
     "The ", "Mr ", "U.S. ", "http://x.org/", "@", "#", "www.", "a.b ", "1", "É", "İ", "ß"]
)  # fmt: skip
WORDS = TABLE_WORDS | TABLE_WORDS.map(str.capitalize) | TABLE_WORDS.map(str.upper)
texts = st.lists(WORDS | PIECES | st.text(max_size=8), max_size=30).map("".join)
options = st.builds(SpellingOptions, st.booleans(), st.booleans(), st.booleans())


def _case(word: str) -> str:
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper"
    return "title"


@given(texts, options)
# Found by hypothesis: a word in capitals was taken as evidence that the same word,
# capitalised at a sentence start, is a name; the second pass no longer saw it.
@example("Abetter  ABETTER", SpellingOptions(keep_names=True))
def test_rewrites_are_idempotent(text: str, how: SpellingOptions) -> None:
    for rewrite in (to_us, to_uk):
        once = rewrite(text, options=how)
        assert rewrite(once, options=how) == once


@given(texts, options)
def test_explanations_match_the_input(text: str, how: SpellingOptions) -> None:
    for explain in (to_us_and_explain, to_uk_and_explain):
        out, changes = explain(text, options=how)
        rebuilt, last = [], 0
        for change in changes:
            assert isinstance(change, SpellingChange)
            assert change.span.of(text) == change.before
            assert change.span.start >= last
            assert _case(change.after) == _case(change.before)
            assert spelling_key(change.after) == spelling_key(change.before)
            rebuilt += [text[last : change.span.start], change.after]
            last = change.span.end
        assert "".join([*rebuilt, text[last:]]) == out


@given(texts, options)
def test_no_rewrite_changes_the_number_of_words(text: str, how: SpellingOptions) -> None:
    for rewrite in (to_us, to_uk):
        out = rewrite(text, options=how)
        assert len(out.split()) == len(text.split())
        assert len(regex.findall(r"\w+", out)) == len(regex.findall(r"\w+", text))


@given(st.text(max_size=200))
def test_text_without_table_words_is_returned_unchanged(text: str) -> None:
    words = {w.lower() for w in regex.findall(r"[A-Za-z]+", text)}
    assume(not words & (set(_table("TO_US")) | set(_table("TO_UK")) | set(_table("TO_OXFORD"))))
    assert to_us(text) == text
    assert to_uk(text) == text
    assert to_uk(text, options=SpellingOptions(oxford=True)) == text


@given(texts)
def test_spelling_key_is_idempotent_and_ignores_case(text: str) -> None:
    key = spelling_key(text)
    assert spelling_key(key) == key
    assert spelling_key(text.upper()) == spelling_key(text.lower())


def test_spelling_key_is_idempotent_on_every_code_point() -> None:
    """Some letters decompose into one that is spelt out (Ǣ is Æ with a macron, Æ is AE):
    the key of the key is the key, for every character."""
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        key = spelling_key(chr(code))
        assert spelling_key(key) == key, (hex(code), key)
        assert plain_letters(plain_letters(chr(code))) == plain_letters(chr(code)), hex(code)


@given(st.text(max_size=20))
def test_keys_are_equal_across_varieties(word: str) -> None:
    assert spelling_key(to_us(word)) == spelling_key(word) == spelling_key(to_uk(word))


# ------------------------------------------------------------------------ fast paths
# The rewriters find table words through a byte-level prefilter and str.find, check
# addresses one run of non-space characters at a time, and remember keys; each must
# give what the plain definition gives.

_TABLES = ("TO_US", "TO_UK", "TO_OXFORD")
_REFERENCE_ADDRESS = regex.compile(r"(?<!\S)(?:[#@]\S+|\S*?(?:://|@|www\.|\w\.\w)\S*)")
dense_texts = st.lists(WORDS | PIECES, max_size=60).map("".join)


@given(texts | dense_texts, st.sampled_from(_TABLES))
@example("Colour, colour. colours; COLOUR " * 100, "TO_US")  # found by one pattern
def test_candidates_are_the_whole_table_words(text: str, name: str) -> None:
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    expected = [(m.start(), m.end()) for m in _spelling._finder(name).finditer(lowered)]
    found = _spelling._candidates(text, name)
    assert [(start, end) for start, end, _ in found] == expected
    assert all(word == lowered[start:end] for start, end, word in found)


@given(texts | dense_texts)
@example("#colour and @favour, not colour")
@example("see www.colour.org/favour\u00a0colour x.colour")
def test_addresses_are_read_run_by_run(text: str) -> None:
    found = _spelling._candidates(text, "TO_US")
    spans = [m.span() for m in _REFERENCE_ADDRESS.finditer(text)]
    expected = [any(s <= c[0] < e for s, e in spans) for c in found]
    assert _spelling._in_addresses(text, found) == expected


@given(WORDS | st.text(max_size=12))
def test_the_key_fast_path_is_the_folded_key(word: str) -> None:
    folded = plain_letters(word).casefold().translate(_spelling._HYPHENS)
    plain = " ".join(_spelling._KEY_WORD().sub(lambda m: _spelling._key_of(m[0]), folded).split())
    assert _spelling._fold_key(word) == plain
    assert spelling_key(word) == spelling_key(word) == plain


def test_remembered_keys_stay_bounded() -> None:
    for number in range(_spelling._MEMO_WORDS + 10):
        spelling_key(f"w{number}")
    spelling_key("x" * (_spelling._MEMO_LENGTH + 1))
    assert len(_spelling._memo) <= _spelling._MEMO_WORDS
    assert "x" * (_spelling._MEMO_LENGTH + 1) not in _spelling._memo


def _reference_sentence_start(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence: read back one character at a time."""
    at, newlines, stop = start - 1, 0, max(start - 64, -1)
    while at > stop and text[at] in " \t\r\f\v\"“‘'«([—–-\n":
        if text[at] == "\n":
            newlines += 1
            if newlines == 2:
                return True
        at -= 1
    if at < 0 or at == stop:
        return True
    if text[at] not in ".!?…:":
        return False
    if text[at] == ".":
        word_start = at
        while word_start > 0 and text[word_start - 1].isalpha() and at - word_start < 8:
            word_start -= 1
        word = text[word_start:at]
        return not (len(word) == 1 and word.isupper()) and word.lower() not in {
            t.rstrip(".").lower() for t in HONORIFICS
        }
    return True


@given(texts | dense_texts | st.text(alphabet=' \n."(Mr', max_size=200), st.data())
def test_sentence_starts_are_read_back_as_defined(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    assert _spelling._sentence_start(text, start) == _reference_sentence_start(text, start)


@pytest.mark.parametrize("spaces", range(60, 68))
@pytest.mark.parametrize("before", ["a", ".", "\n\n"])
def test_sentence_starts_look_back_as_far_as_defined(before: str, spaces: int) -> None:
    text = before + " " * spaces + "Colour"
    start = len(before) + spaces
    assert _spelling._sentence_start(text, start) == _reference_sentence_start(text, start)
