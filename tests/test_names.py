"""parse_name and name_key: case tables of our own (tests/data/names/) and properties."""

from __future__ import annotations

import csv
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

from newsseed.normalize import PersonName, name_key, parse_name
from newsseed.normalize._data import people
from newsseed.normalize._names import _all_capitals, _title_case, _unenclosed

DATA = Path(__file__).parent / "data" / "names"
PARSE_ROWS = list(csv.DictReader((DATA / "parse_name.tsv").open(encoding="utf-8"), delimiter="\t"))
KEY_ROWS = list(csv.DictReader((DATA / "name_key.tsv").open(encoding="utf-8"), delimiter="\t"))


def _cell(value: str) -> str | None:
    return value or None


@pytest.mark.parametrize("row", PARSE_ROWS, ids=[row["text"] for row in PARSE_ROWS])
def test_parse_name_table(row: dict[str, str]) -> None:
    name = parse_name(row["text"])
    titles = tuple(t for t in row["titles"].split(" | ") if t)
    postnominals = tuple(t for t in row["postnominals"].split(" | ") if t)
    assert (
        name.titles,
        name.given,
        name.middle,
        name.family,
        name.suffix,
        name.postnominals,
        name.affiliation,
    ) == (
        titles,
        _cell(row["given"]),
        _cell(row["middle"]),
        _cell(row["family"]),
        _cell(row["suffix"]),
        postnominals,
        _cell(row["affiliation"]),
    )
    assert name.original == row["text"]


@pytest.mark.parametrize("row", KEY_ROWS, ids=[f"{r['a']} ~ {r['b']}" for r in KEY_ROWS])
def test_name_key_table(row: dict[str, str]) -> None:
    assert (name_key(row["a"]) == name_key(row["b"])) == (row["same"] == "yes")


def test_the_tables_are_large() -> None:
    assert len(PARSE_ROWS) >= 300
    assert len(KEY_ROWS) >= 80


# Names made of the pieces news names are made of, and any text at all.
GIVEN = st.sampled_from(["Pete", "S.", "S", "Narendra", "José", "Jean-Luc", "Ursula", "J.R.R."])
FAMILY = st.sampled_from(["Hegseth", "Jaishankar", "Modi", "Erdoğan", "O'Neill", "Müller"])
TITLES = st.sampled_from(
    ["", "Mr ", "Dr. ", "US Defence Secretary ", "External Affairs Minister ", "President ",
     "then-US President ", "former Prime Minister ", "Secretary of State ", "Lt. Gen. "]
)  # fmt: skip
names = st.builds(lambda g, f: f"{g} {f}", GIVEN, FAMILY)
any_text = st.text(max_size=60) | st.builds(
    lambda t, n, end: t + n + end, TITLES, names, st.sampled_from(["", "'s", "’s", ","])
)


@given(any_text)
def test_parse_name_never_raises_and_keeps_the_text(text: str) -> None:
    name = parse_name(text)
    assert isinstance(name, PersonName)
    assert name.original == text
    for part in (name.given, name.middle, name.family, name.suffix, name.affiliation):
        assert part is None or (part and part == part.strip())


@given(any_text)
def test_name_key_is_idempotent(text: str) -> None:
    key = name_key(text)
    assert name_key(key) == key


@given(names, TITLES)
def test_name_key_ignores_case_dots_titles_brackets_and_possessives(name: str, title: str) -> None:
    key = name_key(name)
    assert key
    assert name_key(name.upper()) == key
    assert name_key(name.lower()) == key
    assert name_key(name.replace(".", "")) == key
    assert name_key(title + name) == key
    assert name_key(f"[{name}]") == key
    assert name_key(f"({name})") == key
    assert name_key(name + "'s") == key


@given(names)
def test_bracketed_given_names_read_as_written(name: str) -> None:
    given_name, family = name.split(" ", 1)
    assume(not given_name.endswith("."))
    assert name_key(f"President [{given_name}] {family}") == name_key(name)


# A run of two offices (a rank written short after an office is a title of its own, so
# not the second), and the modifiers news writes on an office, alone or joined on.
OFFICES = (
    "Prime Minister",
    "Defence Secretary",
    "Secretary of State",
    "Foreign Minister",
    "Mayor",
    "Secretary-General",
    "Attorney General",
    "Chief of the Defence Staff",
)
RUNS = st.tuples(
    st.sampled_from([*OFFICES, "Lt. Gen."]),
    st.sampled_from([" and ", " & ", " "]),
    st.sampled_from(OFFICES),
)
MODIFIERS = st.sampled_from(
    ["then-", "ex-", "former-", "then–", "ex–", "Then-", "Ex-", "former ", "acting ",
     "outgoing ", "interim "]
)  # fmt: skip


@given(RUNS, st.sampled_from(["", "US ", "Brazil's "]), MODIFIERS, names)
def test_a_modifier_in_a_run_of_titles_is_dropped_as_at_the_start(
    run: tuple[str, str, str], affiliation: str, modifier: str, name: str
) -> None:
    first, join, second = run
    plain = parse_name(f"{affiliation}{first}{join}{second} {name}")
    given_name, family = name.split(" ")
    assert (plain.titles, plain.given, plain.family) == (("".join(run),), given_name, family)
    for text in (
        f"{affiliation}{first}{join}{modifier}{second} {name}",
        f"{modifier}{affiliation}{first}{join}{modifier}{second} {name}",
    ):
        assert attrs.evolve(parse_name(text), original=plain.original) == plain


def test_the_word_tables_agree() -> None:
    assert people.OFFICE_HEADS <= people.OFFICE_WORDS
    assert not people.HONORIFICS & people.OFFICE_WORDS
    assert not people.SUFFIXES & (people.POSTNOMINALS | people.POSTNOMINALS_IN_CAPITALS)
    assert not people.POSTNOMINALS & people.POSTNOMINALS_IN_CAPITALS
    assert set(people.JR_SR) <= people.SUFFIXES
    for table in (
        people.HONORIFICS,
        people.OFFICE_WORDS,
        people.PARTICLES,
        people.SUFFIXES,
        people.POSTNOMINALS,
        people.POSTNOMINALS_IN_CAPITALS,
        people.GIVEN_NAME_TITLES,
        people.MEMBER_OFFICES,
    ):
        assert all(word == word.lower() and "." not in word for word in table)


# Suffixes and letters after a name, as written; and the words of a name turned round.
SUFFIXES = st.sampled_from(["Jr.", "Jr", "Sr.", "II", "III", "IV", "Jnr"])
POSTNOMINALS = st.sampled_from(["PhD", "KC", "OBE", "CPA, CFA", "M.D.", "MP", "Esq."])
PLAIN_GIVEN = st.sampled_from(["Pete", "Ana", "Rui", "José", "Jean-Luc", "S.", "Tomas"])
PLAIN_FAMILY = st.sampled_from(["Hegseth", "Lima", "Costa", "O'Neill", "Müller", "Okafor"])


@given(PLAIN_GIVEN, PLAIN_FAMILY, st.sampled_from(["", "US Defence Secretary ", "Dr "]))
def test_name_key_is_the_same_in_every_case_and_comma_form(
    given_name: str, family: str, title: str
) -> None:
    key = name_key(f"{given_name} {family}")
    assert key == name_key(f"{family}, {given_name}")
    assert key == name_key(f"{family.upper()}, {given_name.upper()}")
    assert key == name_key(f"{title}{given_name} {family}".upper())
    assert key == name_key(f"{title}{given_name} {family}'s")


@given(PLAIN_GIVEN, PLAIN_FAMILY, SUFFIXES)
def test_a_suffix_is_read_in_every_form_and_tells_father_from_son(
    given_name: str, family: str, suffix: str
) -> None:
    forms = (
        f"{given_name} {family} {suffix}",
        f"{given_name} {family}, {suffix}",
        f"{family}, {given_name}, {suffix}",
        f"{given_name} {family} {suffix}".upper(),
    )
    names = [parse_name(form) for form in forms]
    assert {(n.given, n.family) for n in names[:3]} == {(given_name, family)}
    assert {n.suffix for n in names[:3]} == {suffix}
    keys = {name_key(form) for form in forms}
    assert len(keys) == 1
    assert keys != {name_key(f"{given_name} {family}")}


@given(PLAIN_GIVEN, PLAIN_FAMILY, st.sampled_from(["", " Jr."]), POSTNOMINALS, st.booleans())
def test_letters_after_a_name_are_kept_apart_and_leave_the_key(
    given_name: str, family: str, suffix: str, letters: str, comma: bool
) -> None:
    text = f"{given_name} {family}{suffix}{', ' if comma else ' '}{letters}"
    name = parse_name(text)
    assert (name.given, name.family, name.suffix) == (given_name, family, suffix.strip() or None)
    assert name.postnominals == tuple(word for part in letters.split(", ") for word in part.split())
    assert name_key(text) == name_key(f"{given_name} {family}{suffix}")


def test_offices_need_a_head_word() -> None:
    assert parse_name("Marine Le Pen").titles == ()
    assert parse_name("Marine Lt. Col. Jane Doe").titles == ("Marine Lt. Col.",)
    assert parse_name("Chief of the Defence Staff Adm. Tony Radakin").titles == (
        "Chief of the Defence Staff",
        "Adm.",
    )


_REFERENCE_ENCLOSED = regex.compile(r"""\A(?:\((.*)\)|\[(.*)\]|"(.*)"|“(.*)”|'(.*)'|‘(.*)’)\Z""")


def _reference_unenclosed(text: str) -> str:
    for _ in range(3):
        enclosed = _REFERENCE_ENCLOSED.match(text)
        if enclosed is None:
            break
        text = next(group for group in enclosed.groups() if group is not None).strip()
    return text


@given(st.text(alphabet="()[]\"“”'‘’ \nAna", max_size=12))
def test_enclosing_marks_are_peeled_as_the_pattern_says(text: str) -> None:
    assert _unenclosed(text) == _reference_unenclosed(text)


@given(st.text(max_size=12) | st.text(alphabet="AB cd'-É漢", max_size=12))
def test_all_capitals_is_every_letter_a_capital(text: str) -> None:
    letters = [c for c in text if c.isalpha()]
    assert _all_capitals(text) == (bool(letters) and all(c.isupper() for c in letters))


@given(st.text(alphabet="ABCZ '-.2", max_size=16))
def test_ascii_capitals_title_case_as_str_title(text: str) -> None:
    assert _title_case(text) == text.title()
