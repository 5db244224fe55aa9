"""What a piece of capitalised words names by its own words and the tables of
``normalize/_data`` (places, given names and surnames, organisations, common words),
whatever stands around it; and the piece read as a person's name."""

from __future__ import annotations

import itertools
from typing import Final, NamedTuple

import attrs

from newsseed._entities._runs import _Piece
from newsseed._model import EntityKind
from newsseed.normalize import PersonName, name_key, parse_name
from newsseed.normalize._data import entities as data
from newsseed.normalize._data.countries import COUNTRIES, DIVISIONS
from newsseed.normalize._data.people import (
    AFFILIATIONS,
    COUNTRY_NAMES_IN_NEWS,
    OFFICE_WORDS,
    PARTICLES,
)
from newsseed.normalize._grammar import MONTHS, WEEKDAYS
from newsseed.normalize._names import _GIVEN_FEMALE, _GIVEN_MALE, _fold, census_key
from newsseed.normalize._text import (
    compile_regex,
    lazy,
    lazy_regex,
    lazy_table,
    remember_short,
    trie,
)


@remember_short
def _key(text: str) -> str:
    return " ".join(_fold(text).replace("-", " ").split())


# The name a country is reported by: the ISO common name, or the news one where ISO is stiff.
_COUNTRY_NAME: Final = {code: names[0] for code, names in COUNTRIES.items()} | {
    "RU": "Russia",
    "TR": "Turkey",
    "PS": "Palestine",
    "VA": "Vatican City",
    "CD": "DR Congo",
}

_PLACES: Final = lazy(
    lambda: {
        **{_key(name): name for name in (*data.CITIES, *data.REGIONS, *DIVISIONS.values())},
        **{_key(n): _COUNTRY_NAME[code] for code, names in COUNTRIES.items() for n in names},
        **{_key(name): _COUNTRY_NAME[code] for name, code in COUNTRY_NAMES_IN_NEWS.items()},
    }
)

# Words that name a part of a place before its name: "North Oakland", "Greater Tulsa".
_DIRECTIONS: Final = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "central", "upper", "lower", "greater", "inner", "outer", "downtown", "midtown", "uptown"}
)  # fmt: skip

_NATIONALITIES: Final = frozenset(a for a in AFFILIATIONS if "." not in a and len(a) > 3)

# Words that open "X said" and are not surnames: the table's, and months and weekdays.
_NOT_NAMES: Final = data.NOT_NAMES | {w for w in (*MONTHS, *WEEKDAYS) if len(w) > 3 or w == "may"}

_KNOWN_ORGS: Final = lazy(lambda: {_key(name): name for name in data.KNOWN_ORG_NAMES})

# Given names and surnames (the 2020 US Census): what makes a run of words a person's name.
# The generated tables (normalize/_data; docs/entities.md), loaded on first use.
_GIVEN_COMMON: Final = lazy_table("census_names", "GIVEN_COMMON")
_FAMILY: Final = lazy_table("census_names", "FAMILY")
_GAZETTEER: Final = lazy_table("gazetteer", "PLACES")
_BIG_PLACES: Final = lazy_table("gazetteer", "BIG_PLACES")
_COMMON_WORDS: Final = lazy_table("lexicon", "COMMON_WORDS")
_KNOWN_ORGANISATIONS: Final = lazy_table("organisations", "KNOWN_ORGANISATIONS")
_AMBIGUOUS_ORGANISATIONS: Final = lazy_table("organisations", "AMBIGUOUS_ORGANISATIONS")
_LEGAL_SUFFIXES: Final = lazy_table("organisations", "LEGAL_SUFFIXES")
_AMBIGUOUS_LEGAL_SUFFIXES: Final = lazy_table("organisations", "AMBIGUOUS_LEGAL_SUFFIXES")
_GIVEN: Final = lazy(lambda: _GIVEN_MALE() | _GIVEN_FEMALE())

# A capitalised name, perhaps with a capital inside (``McDonald``, ``DeJesús``, ``O'Neill``)
# or hyphenated (``Jessen-Petersen``), or an initial.
_NAME_LIKE: Final = lazy_regex(
    r"(?:\p{Lu}[\p{Ll}'’]{0,3}+)?\p{Lu}[\p{Ll}\p{M}'’]*+(?:-\p{L}[\p{Ll}\p{M}'’]*+)*+|\p{Lu}\.?"
)

_MODEL_CODE: Final = lazy_regex(r"[A-Z]{1,4}-?\d{1,4}[A-Z]{0,2}")

# A capital, letters up to the next capital (not past it: two stars over the same letters
# would try every split of a long word), that capital and more letters; or capitals.
_ACRONYM: Final = lazy_regex(r"\p{Lu}(?:(?!\p{Lu})[\p{L}\-&])*\p{Lu}[\p{L}\-&]*|\p{Lu}{2,}")

# Up to two words in lower case, then an equipment word (each space and word is taken
# whole, and the words as a trie: a piece is followed by few words that could be one).
_EQUIPMENT_AFTER: Final = lazy(
    lambda: compile_regex(
        r"(?:[^\S\n]{1,3}+[a-z][a-z\-]{0,20}+){0,2}[^\S\n]{1,3}+"
        + trie(sorted(data.EQUIPMENT_WORDS))
        + r"\b"
    )
)


def _equipment_after(text: str, end: int) -> bool:
    """Whether :data:`_EQUIPMENT_AFTER` matches at ``end``: looked for only where one of
    the three words after ``end`` opens with an equipment word in lower case (the word
    the pattern ends with), as a word does a few times in a text."""
    for word in text[end : end + _EQUIPMENT_REACH].split(None, 3)[:3]:
        if word[: len(word) - len(word.lstrip(_LOWER))] in data.EQUIPMENT_WORDS:
            return _EQUIPMENT_AFTER().match(text, end) is not None
    return False


_LOWER: Final = "abcdefghijklmnopqrstuvwxyz"
#: How far the three words after a name reach that :data:`_EQUIPMENT_AFTER` reads: two
#: words of up to 21 letters after up to three spaces each, three spaces, the longest
#: equipment word and the character after it.
_EQUIPMENT_REACH: Final = 2 * (3 + 21) + 3 + max(map(len, data.EQUIPMENT_WORDS)) + 1

_PLACE_AFTER: Final = lazy_regex(r"[^\S\n]{1,3}" + trie(sorted(data.PLACE_NOUNS)) + r"\b")

# "near Vila Seca": a preposition of place right before a name that is not known.
_PLACE_BEFORE_WORDS: Final = ("in", "near", "outside", "across", "around", "at", "throughout")
_PLACE_BEFORE: Final = lazy_regex(
    r"\b(?:" + "|".join(_PLACE_BEFORE_WORDS) + r")[^\S\n]{1,3}(?:the[^\S\n]{1,3})?\Z"
)
#: The words the pattern ends with (a preposition, or ``the``), and their last letters:
#: what is told before it is tried.
_PLACE_BEFORE_LAST: Final = (*_PLACE_BEFORE_WORDS, "the")
_PLACE_BEFORE_ENDS: Final = frozenset("nrsedt")


def _place(text: str) -> str | None:
    """The place ``text`` names by the tables of countries, their divisions and the
    cities and regions news names most (its reported name), or None."""
    return _PLACES().get(_key(_without_the(text)))


def _without_the(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ")


@remember_short
def _gazetteer_place(text: str) -> str | None:
    """The place ``text`` names by the table of :func:`_place` or by the gazetteer
    (GeoNames: cities of 15,000 people or more, as written), or None."""
    name = _without_the(text)
    return _gazetteer_name(name, _key(name))


def _gazetteer_name(name: str, key: str) -> str | None:
    """:func:`_gazetteer_place` of ``name`` (without ``the``), whose key is ``key``."""
    known = _PLACES().get(key)
    if known is not None:
        return known
    if " " not in name and (
        name.lower() in data.ORG_WORDS or (_common(name) and key not in _BIG_PLACES())
    ):
        return None  # "Union" (New Jersey), "University" (Florida): words first
    return name if key in _GAZETTEER() else None


def _place_named(text: str, *, within: bool = False) -> str | None:
    """The place ``text`` names (:func:`_gazetteer_place`), or None. Within a longer name,
    a word that only the gazetteer knows must be a big city's: ``Pittsburgh Pirates``,
    not ``Super Hercules``."""
    name = _gazetteer_place(text)
    if name is None:
        return None
    if within and " " not in text and _place(text) is None and _key(text) not in _BIG_PLACES():
        return None  # a small place, within a longer name
    return name


@remember_short
def _names_inside(text: str) -> tuple[tuple[int, int, EntityKind, str], ...]:
    """The places in a run that is not itself one, and the well-known bodies: ``India-US``,
    ``US Department``, ``University of Texas``, ``Grand Lodge of New York``, ``the NATO
    Istanbul Summit``; each as (start, end, kind, name), placed in ``text``. The longest of
    up to three words is taken at each word, then the words after it are read. What a
    run holds depends on its words only: remembered."""
    tokens = text.split()
    spans: list[tuple[int, int]] = []  # each word (or hyphenated part)
    offset = 0
    for token in tokens:
        at = text.index(token, offset)
        offset = at + len(token)
        for part in token.split("-") if len(tokens) == 1 else (token,):
            clean = part.strip("[],;:")
            if clean:
                first = text.index(clean, at)
                spans.append((first, first + len(clean)))
            at += len(part) + 1
    found: list[tuple[int, int, EntityKind, str]] = []
    index = 0
    while index < len(spans):
        for stop in range(min(len(spans), index + 3), index, -1):
            start, end = spans[index][0], spans[stop - 1][1]
            name = text[start:end]
            if (start, end) == (0, len(text)) or not name[0].isupper():
                continue
            if stop - index > 1 and not _may_be_listed(name):
                continue  # (most names of several words are told from the first)
            place = _place_named(name, within=True)
            if place is not None or _known_org(name):
                found.append(
                    (start, end, "ORG", name) if place is None else (start, end, "PLACE", place)
                )
                index = stop
                break
        else:
            index += 1
    return tuple(found)


@remember_short
def _common(word: str) -> bool:
    """Whether ``word`` is a common English word (``union``, ``will``; the lexicon); a
    word in capitals is an acronym (``US``, ``IT``), not one. Asked of the same words
    again and again: remembered."""
    return not (len(word) > 1 and word.isupper()) and _fold(word) in _COMMON_WORDS()


@remember_short
def _known_org(text: str) -> bool:
    """Whether ``text`` is a well-known organisation's name (``NATO``, ``Reuters``,
    ``European Union``; the tables of ``normalize/_data``). Remembered."""
    return (
        _key(text) in _KNOWN_ORGS()
        or text.lower() in data.KNOWN_ORGS
        or _fold(text.replace("’", "'")) in _KNOWN_ORGANISATIONS()
    )


@lazy
def _first_listed_words() -> frozenset[str]:
    """The first words of the names of several words that the tables of places and
    organisations hold (as each table writes them)."""
    keyed = (*_PLACES(), *_GAZETTEER(), *_KNOWN_ORGS())
    written = (*data.KNOWN_ORGS, *_KNOWN_ORGANISATIONS())
    return frozenset(name.split()[0] for name in (*keyed, *written) if " " in name.strip())


def _may_be_listed(name: str) -> bool:
    """Whether ``name``, of several words (white space between), may be a place or a
    well-known organisation of the tables (:func:`_gazetteer_place`, :func:`_known_org`):
    a name they hold starts with its first word, in one of the forms they look names up
    by. A quick test, never False for a name they hold."""
    words = name.split(maxsplit=1)
    if len(words) < 2:
        return True  # one word (perhaps hyphenated: "Coca-Cola"): looked up whole
    first = words[0]
    key = _key(first).split()
    folded = _fold(first.replace("’", "'")).split()
    if not key or not folded or first in ("The", "the"):
        return True  # the first word is no word of the key ("the" is taken off)
    listed = _first_listed_words()
    return key[0] in listed or first.lower() in listed or folded[0] in listed


def _legal_suffix(word: str) -> bool:
    """Whether a name's last word is a company's legal form (``Inc``, ``GmbH``, ``plc``;
    not one that is also a word, ``AS``, ``SpA``)."""
    bare = word.replace(".", "")
    return bare in _LEGAL_SUFFIXES() and bare not in _AMBIGUOUS_LEGAL_SUFFIXES()


def _name_word(word: str) -> bool:
    """Whether one word is also a given name or a surname (``Jackson``, ``Florence``)."""
    key = census_key(word)
    return key in _GIVEN() or key in _FAMILY()


def _is_acronym(token: str) -> bool:
    bare = token.strip("[]")
    if bare[1:].islower():
        return False  # (no capital after the first: told before the pattern is tried)
    return bool(_ACRONYM().fullmatch(bare)) and len(bare) <= 10 and _place(bare) is None


class _Reading(NamedTuple):
    """What a piece's own words say it is, whatever stands around it."""

    early: EntityKind | None
    """An event or a product by its words alone, before anything else is looked at."""
    place: str | None
    """The place it names (:func:`_place`)."""
    kind: EntityKind | None
    """An organisation, place or group by its words."""
    settled: bool
    """Whether the words settle the kind (``kind``, or nothing at all) without the text
    around the piece."""
    acronym: bool
    """One word that is an acronym (:func:`_is_acronym`)."""
    name_like: bool
    """One word that may be a name (:func:`_name_like`)."""
    body: bool = False
    """One organisation word alone (``Senate``, ``Court``): an organisation where the
    text speaks of it as one (:meth:`_Finder.acts`)."""
    name_place: str | None = None
    """One word that the gazetteer knows and that is also a given name or a surname
    (``Jackson``, ``Florence``): a place unless the text names a person so."""
    known_word: bool = False
    """One word that names a well-known body and is a common word too (``Twitter``,
    ``Shell``): an organisation inside a sentence, or where the text speaks of it as one."""
    work: bool = False
    """A law, a prize, a plan or the like by its last word (``Marriage Act``)."""
    gazetteer_only: bool = False
    """A place that only the gazetteer knows (``Tulsa``; and ``Union``, a town in New
    Jersey): not one alone where the text writes the word in lower case."""


@remember_short
def _read_words(text: str) -> _Reading:
    """How the piece ``text`` reads by its own words. Names repeat: remembered."""
    tokens = text.split()
    words = [t.strip("[]").lower().rstrip(".,") for t in tokens]
    last = words[-1].removesuffix("'").removesuffix("’")
    one = len(words) == 1
    name = _without_the(text)
    key = _key(name)
    place = _PLACES().get(key)  # _place(text)
    gazetteer_place = None
    gazetteer_only = False
    if place is None and not (one and (last in data.ORG_WORDS or last in _NOT_NAMES)):
        gazetteer_place = _gazetteer_name(name, key)  # not "University" (Florida), "March"
        if not one or not _name_word(text):
            place, gazetteer_place = gazetteer_place, None  # "Tulsa", "Port Moresby"
            gazetteer_only = place is not None
    acronym = one and _is_acronym(text)
    name_like = one and _name_like(text)
    if (
        (not one and last in data.EVENT_WORDS)
        or _holiday(words)
        or (not one and any(w in data.STORM_WORDS for w in words[:-1]))  # "Hurricane Ida"
    ):
        return _Reading("EVENT", place, None, True, acronym, name_like)
    if (
        any(map(str.isdecimal, text))  # (a model code holds a digit)
        and any(_MODEL_CODE().fullmatch(t.strip("[]")) for t in tokens)
    ) or (not one and last in data.EQUIPMENT_WORDS):
        return _Reading("PRODUCT", place, None, True, acronym, name_like)
    kind: EntityKind | None = None
    settled = True
    folded = _fold(text.replace("’", "'"))
    known_org = _known_org(text)
    org_words = not one and (
        last in data.ORG_WORDS
        or any(w in data.ORG_WORDS and nxt in ("of", "for") for w, nxt in itertools.pairwise(words))
        or _legal_suffix(last)
    )
    if known_org or org_words:
        kind = "ORG"
    elif not one and words[0] in data.PLACE_WORDS and words[1] == "of":
        kind = "PLACE"  # "Gulf of Mexico", "Isle of Man"
    elif not one and words[0] in data.PLACE_FIRST_WORDS:
        kind = "PLACE"  # "Lake Merle", "Mount Kenya", "Cape Cod"
    elif not one and words[0] in _DIRECTIONS and _gazetteer_place(text.split(maxsplit=1)[1]):
        kind = "PLACE"  # "West Oakland", "Upper Tulsa": a part of a place
    elif place is not None or (not one and last in data.PLACE_WORDS):
        kind = "PLACE"  # "Elm Street"
    elif one and (last in _NATIONALITIES or last in data.GROUPS):
        kind = "NORP"
    elif last not in _NOT_NAMES:
        settled = False
    body = one and (last in data.ORG_WORDS or last in data.BODY_WORDS)
    known_word = one and folded in _AMBIGUOUS_ORGANISATIONS()
    work = not one and last in data.WORK_WORDS
    return _Reading(
        None,
        place,
        kind,
        settled,
        acronym,
        name_like,
        body,
        gazetteer_place,
        known_word,
        work,
        gazetteer_only,
    )


def _holiday(words: list[str]) -> bool:
    """Whether the words (in lower case) name a holiday: one alone or last (``Merry
    Christmas``), or first before a day's word (``Easter Sunday``, ``Christmas Eve``)."""
    return words[-1] in data.HOLIDAYS or (
        len(words) > 1 and words[0] in data.HOLIDAYS and words[-1] in data.HOLIDAY_TAILS
    )


def _kind(piece: _Piece, own: _Reading, text: str) -> EntityKind | None:
    """The kind of a piece that names something by its own words (``own``) or by the
    words around it in ``text``, or None."""
    if own.early is not None:
        return own.early
    # The patterns of the words around a piece need a space right after it, then a word
    # in lower case; or a word in lower case (ending as they do), then a space, before it.
    # (Told first from a character or two: most pieces have neither.)
    after = text[piece.end + 1 : piece.end + 2]
    word_after = _line_space_at(text, piece.end) and ("a" <= after <= "z" or after.isspace())
    if word_after and not own.place and _equipment_after(text, piece.end):
        return "PRODUCT"
    if own.settled:
        return own.kind
    before = text[piece.start - 2 : piece.start - 1] if piece.start > 1 else ""
    if (word_after and _PLACE_AFTER().match(text, piece.end)) or (
        (before in _PLACE_BEFORE_ENDS or before.isspace())
        and _line_space_at(text, piece.start - 1)
        and text[max(0, piece.start - 16) : piece.start].rstrip().endswith(_PLACE_BEFORE_LAST)
        and _PLACE_BEFORE().search(text, max(0, piece.start - 16), piece.start)
    ):
        return "PLACE"  # "the Ria Clara estuary", "near Vila Seca"
    return None


def _line_space_at(text: str, at: int) -> bool:
    """Whether ``text[at]`` may be white space within a line (``[^\\S\\n]``: every such
    character is one for :meth:`str.isspace`)."""
    return 0 <= at < len(text) and text[at] != "\n" and text[at].isspace()


def _bare_word(token: str) -> str:
    return token.strip("[]").rstrip(".,").lower()


@remember_short
def _name_like(token: str) -> bool:
    """Whether ``token`` is written as a name is (``Ruiz``, ``McAdam``, ``O'Neill``,
    ``J.``). Remembered."""
    bare = token.strip("[]")
    return bool(_NAME_LIKE().fullmatch(bare))


class _Person(NamedTuple):
    """A piece read as a person's name, and where the name's parts stand in it."""

    name: PersonName
    family: str
    """The last word of the family name."""
    family_key: str
    """The family name's key (:func:`_key`)."""
    family_at: int
    given_at: int
    """Where the given name stands (-1 when it is not found, or there is none)."""
    key: str
    """The name's :func:`~newsseed.normalize.name_key` (empty without a given name)."""
    evident: bool
    """Whether the words alone make it a person (titles, or :func:`_named_by_words`);
    if not, what the text says of it decides (:meth:`_Finder.join_candidates`)."""


@remember_short
def _as_person(text: str) -> _Person | None:
    """The piece ``text`` read as a person (titles and a name, or two to four name-like
    words), or None. Names repeat: remembered."""
    if len(text.split(maxsplit=1)) < 2:
        return None  # one word: no title and a name, and not two to four words
    name = parse_name(text)
    if not name.family and name.given and name.titles:  # "Pope Leo", "King Rui": one name
        name = attrs.evolve(name, given=None, family=name.given)
    if not name.family or not _name_like(name.family.split()[-1]):
        return None
    tokens = text.split()
    while len(tokens) > 2 and tokens[-1].rstrip(",") in (name.suffix, *name.postnominals):
        tokens.pop()  # "Wendell Ashby III", "Ana Lima Jr.": the name before the suffix
    if len(tokens) > 2:  # "Ursula von der Leyen", "Ana de la Cruz": read without "von der"
        inside = [t for t in tokens[1:-1] if t not in PARTICLES]
        tokens = [tokens[0], *inside, tokens[-1]]
    words = [t.strip("[]") for t in tokens]
    capitals = text.isupper()  # "ROSA TANAKA": read as "Rosa Tanaka"
    if capitals:
        words = [word.title() for word in words]
    evident = bool(name.titles)
    if not evident:
        if not 2 <= len(words) <= 4 or not all(map(_name_like, words if capitals else tokens)):
            return None
        if any(t.lower() in OFFICE_WORDS for t in words) and not _given_and_surname(words):
            return None  # "Defence Secretary", "Canadian Press"; but "Larry King"
        if capitals and not _given_and_surname(words):
            return None  # a heading in capitals is no name unless both words are names'
        evident = _named_by_words(words)
        if not evident and any(_place(t) or _key(t) in _BIG_PLACES() for t in words):
            return None  # "Fort Lee", "Paris Hilton Hotel"; but "George Washington" is one
    last = name.family.split()[-1]
    family_at = text.lower().rfind(last.lower())
    if family_at < 0:  # the name was respelt (a byline in capitals): not a mention here
        return None
    if name.given is None:
        return _Person(name, last, _key(name.family), family_at, -1, "", evident)
    given_at = text.lower().rfind(name.given.lower(), 0, family_at)
    key = name_key(text)
    return _Person(name, last, _key(name.family), family_at, given_at, key, evident)


def _given_and_surname(words: list[str]) -> bool:
    """Whether two words are a Census given name and a Census surname (``Larry King``,
    ``Julie Bishop``: a surname that is an office word too)."""
    return (
        len(words) == 2
        and census_key(words[0]) in _GIVEN()
        and words[0].lower() not in OFFICE_WORDS
        and census_key(words[1]) in _FAMILY()
        and _gazetteer_place(words[0]) is None  # not "Cleveland Press"
    )


def _initial(word: str) -> bool:
    """``J.``, ``F.``: one capital and a full stop."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


# Definite articles of French, Spanish and Italian.
_ROMANCE_ARTICLES: Final = frozenset({"la", "le", "les", "el", "los", "las", "il", "lo"})


def _named_by_words(words: list[str]) -> bool:
    """Whether two to four capitalised words name a person by their own shape: a given
    name first (``Cara Lim``; not a place's name before a word that is no surname,
    ``York Minster``), an initial before the last word (``J. Okafor``, ``John F.
    Okafor``, ``Laurence H. Tribe``), or a surname last that is no place's name after a
    word that is not a common one (not ``Turismo Mérida``); else never a common word last
    that is no surname (``Chemical Wedding``); and never after an article of French,
    Spanish or Italian (``La Josette``, ``Les Martines``: a name such as ``Le Pen``
    stands alone once its bearer is named in full)."""
    first = words[0].lower()
    if first in _ROMANCE_ARTICLES or (first in _NOT_NAMES and first not in _GIVEN_COMMON()):
        return False  # (nor a word that opens no name, seldom a given name: "September Lee")
    if any(_initial(w) for w in words[:-1]):
        return True
    surname = census_key(words[-1]) in _FAMILY()
    if not surname and _common(words[-1]):
        return False
    given = census_key(words[0].split("-")[0])  # "Pierre-Simon": "pierre"
    if _common(words[0]) and _common(words[-1]) and given not in _GIVEN_COMMON():
        return False  # "Blue Sage", "Young Gun": common words, a given name only rarely
    if given in _GIVEN() and (
        surname or given in _GIVEN_COMMON() or not (_gazetteer_place(words[0]) or _common(words[0]))
    ):
        return True  # "Cara Lim", "David Shankbone"; not "York Minster", "Red Sox"
    return surname and not _common(words[0]) and _gazetteer_place(words[-1]) is None


# Greetings before a name.
_GREETINGS: Final = frozenset(
    {"hi", "hello", "hey", "dear", "thanks", "bye", "goodbye", "congratulations"}
)


def _opener(word: str, following: str) -> bool:
    """Whether a name's first word is a common word that is no given name (``Biologist``,
    ``Hey``, ``Maybe``, ``West``), or a nationality before a given name (``Chinese
    Bernhard Karlgren``): one that a name is read without, where the whole run is no
    known place or body."""
    bare = word.lower()
    if bare in _NATIONALITIES:
        return census_key(following) in _GIVEN()
    if bare in _GREETINGS:
        return True  # "Hi Kat", "Dear Rui": a greeting, whatever the Census holds
    return (
        _common(word)
        and word.isalpha()
        and bare not in OFFICE_WORDS
        and census_key(word) not in _GIVEN()
    )


def _given_alone(word: str) -> bool:
    """Whether one capitalised word is a given name that is not also a common word, nor
    a word for a nationality or a group's member (``Christian``, ``Republican``)."""
    key = census_key(word)
    return (
        key in _GIVEN()
        and not word.isupper()
        and _fold(word) not in _COMMON_WORDS()
        and key not in _NOT_NAMES
        and key not in _NATIONALITIES
        and key.removesuffix("s") not in _NATIONALITIES  # "Thais": the people of Thailand
        and key + "s" not in data.GROUPS
    )


_WORD_BREAKS: Final = lazy_regex(r"[\s\-]+")


def _initials(name: str) -> str:
    """``Department of Defence`` -> ``dod``; ``Quad Foreign Ministers' Meeting`` -> ``qfmm``."""
    return "".join(word[0] for word in _WORD_BREAKS().split(name) if word).lower()
