"""People, organisations, places, groups, products and events named in news text.

:func:`find_entities` reads capitalised runs of words ("US Defence Secretary
Pete Hegseth", "Department of Defence", "C-130J Super Hercules"), cuts them at
sentence ends and sentence-opening words, and says what each one is from its
words and small tables (``normalize/_data/``): titles and a name make a person,
an organisation word an organisation, a country, state, city or region a
place, a model code or an equipment word a product, a meeting word an event.
Then, within the text, a bare surname or ``the minister`` joins the person it
refers to, and an acronym in brackets joins what it abbreviates. No model, no
guess: a run that none of this explains is left out. Rules: ``docs/entities.md``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final, NamedTuple

import attrs

from newsseed._model import Entity, EntityKind, Span
from newsseed.normalize import PersonName, name_key, parse_name
from newsseed.normalize._data import census_names as census
from newsseed.normalize._data import entities as data
from newsseed.normalize._data import gazetteer, organisations, words
from newsseed.normalize._data.countries import COUNTRIES, DIVISIONS
from newsseed.normalize._data.lexicon import COMMON_WORDS
from newsseed.normalize._data.people import AFFILIATIONS, COUNTRY_NAMES_IN_NEWS, OFFICE_WORDS
from newsseed.normalize._grammar import MONTHS, WEEKDAYS
from newsseed.normalize._names import _fold
from newsseed.normalize._text import (
    SHORT,
    Budget,
    compile_regex,
    lazy,
    lazy_regex,
    remember_short,
    trie,
)

if TYPE_CHECKING:
    pass

__all__ = ("find_entities",)

# ----------------------------------------------------------------------- tables


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
_NATIONALITIES: Final = frozenset(a for a in AFFILIATIONS if "." not in a and len(a) > 3)
# Words that open "X said" and are not surnames: the table's, and months and weekdays.
_NOT_NAMES: Final = data.NOT_NAMES | {w for w in (*MONTHS, *WEEKDAYS) if len(w) > 3 or w == "may"}
_KNOWN_ORGS: Final = lazy(lambda: {_key(name): name for name in data.KNOWN_ORG_NAMES})
# Given names and surnames (the 2020 US Census): what makes a run of words a person's name.
_GIVEN: Final = lazy(lambda: census.GIVEN_MALE | census.GIVEN_FEMALE)
# "I", "I'm": capitalised, and never part of a name.
_FIRST_PERSON: Final = words("I I'm I've I'd I'll")
# What opens a contraction at a sentence's start besides the openers: "Let's", "Who's".
_STARTER_STEMS: Final = words("let who what where how that there here it he she they we you")
_TITLE_ABBREVIATIONS: Final = words(
    "mr mrs ms dr sen rep gov gen lt col capt adm sgt maj prof rev st jr sr fr mt cmdr brig no vs"
)

# ---------------------------------------------------------------- runs of names

# A capitalised word, perhaps in brackets or after "then-" or "ex-". (Spelt as three ways
# to begin, each with its own first character, it is looked for faster than with an
# optional prefix.)
_WORD = r"(?:\p{Lu}|\[\p{Lu}|(?:then|ex)-\[?\p{Lu})[\p{L}\p{M}\p{N}'’.\-]*\]?"
# Small words that may join the capitalised words of a name ("Department of Defence").
_JOINERS: Final = ("of", "for", "the", "de", "del", "della", "da", "di", "du", "von", "van",
                   "der", "den", "bin", "ibn", "al", "le", "la", "y", "&")  # fmt: skip
_JOINER = "(?:" + "|".join(_JOINERS) + ")"
_JOINER_WORDS: Final = frozenset(_JOINERS)
_GAP = r"(?:[^\S\n]{1,3}+(?:\n[^\S\n]{0,8}+)?+|\n[^\S\n]{0,8}+)"
_RUN: Final = lazy_regex(
    rf"(?<![\p{{L}}\p{{N}}'’\-])(?:{_WORD})(?:{_GAP}(?:{_JOINER}{_GAP}){{0,2}}{_WORD})*+",
    version1=True,
)
_TOKEN: Final = lazy_regex(r"\S+")
_PLAIN_WORD: Final = lazy_regex(r"(?<![\p{L}\p{M}'’\-])\p{L}[\p{L}\p{M}]*+")
# A capitalised name, perhaps with a capital inside (``McDonald``, ``DeJesús``, ``O'Neill``)
# or hyphenated (``Jessen-Petersen``), or an initial.
_NAME_LIKE: Final = lazy_regex(
    r"(?:\p{Lu}[\p{Ll}'’]{0,3}+)?\p{Lu}[\p{Ll}\p{M}'’]*+(?:-\p{L}[\p{Ll}\p{M}'’]*+)*+|\p{Lu}\.?"
)
_WORD_BREAKS: Final = lazy_regex(r"[\s\-]+")
_SAID: Final = lazy_regex(r"[^\S\n]{1,3}(?:said|says|told|added|stated|noted)\b")
_OPENING_MARKS: Final = frozenset(".!?:;\"“‘'(-—•*#>|")
_LOWER_NEXT: Final = lazy_regex(r"[^\S\n]{1,3}\p{Ll}")
# An author cited: "Lima (2019)", "Lima et al.", "(Lima, 2019)", "(Lima and Roe, 2019a;".
_CITED: Final = lazy_regex(
    r"[^\S\n]{0,2}(?:\((?:1[5-9]|20)\d\d|et al\.|,[^\S\n](?:1[5-9]|20)\d\d[a-z]?[);])"
)
# A personal pronoun after a name, in its sentence: "When Tyler was young, his ...".
_PRONOUN_AFTER: Final = lazy_regex(
    r"[^.!?;:\n\"“”()]{0,48}?\b(?:he|she|his|her|him|himself|herself)\b", version1=True
)
_MODEL_CODE: Final = lazy_regex(r"[A-Z]{1,4}-?\d{1,4}[A-Z]{0,2}")
# A capital, letters up to the next capital (not past it: two stars over the same letters
# would try every split of a long word), that capital and more letters; or capitals.
_ACRONYM: Final = lazy_regex(r"\p{Lu}(?:(?!\p{Lu})[\p{L}\-&])*\p{Lu}[\p{L}\-&]*|\p{Lu}{2,}")
_BRACKETED: Final = lazy_regex(
    r"[^\S\n]{0,3}\([^\S\n]{0,3}(\p{Lu}[\p{L}\p{N}\-&]{1,12})[^\S\n]{0,3}\)"
)
# Up to two words in lower case, then an equipment word (each space and word is taken
# whole, and the words as a trie: a piece is followed by few words that could be one).
_EQUIPMENT_AFTER: Final = lazy(
    lambda: compile_regex(
        r"(?:[^\S\n]{1,3}+[a-z][a-z\-]{0,20}+){0,2}[^\S\n]{1,3}+"
        + trie(sorted(data.EQUIPMENT_WORDS))
        + r"\b"
    )
)
_PLACE_AFTER: Final = lazy_regex(r"[^\S\n]{1,3}(?:" + "|".join(sorted(data.PLACE_NOUNS)) + r")\b")
# "near Vila Seca": a preposition of place right before a name that is not known.
_PLACE_BEFORE: Final = lazy_regex(
    r"\b(?:in|near|outside|across|around|at|throughout)[^\S\n]{1,3}(?:the[^\S\n]{1,3})?\Z"
)
_TITLE_ONLY: Final = lazy_regex(
    r"\b[Tt]he\s{1,3}((?:[a-z]+\s{1,3}){0,2}(?:"
    + "|".join(sorted({"minister", "secretary", "president", "chancellor", "premier",
                       "senator", "governor", "ambassador", "spokesman", "spokeswoman"}))
    + r"))\b"
)  # fmt: skip


#: Kinds whose name's last word, alone later, is the same thing ("Hercules").
_HEADED: Final = frozenset({"PRODUCT", "EVENT"})
#: More words than any name has: such a run is read word by word.
_LONGEST: Final = 12


class _Piece(NamedTuple):
    """A run of capitalised words, cleaned, with where it stands in the text."""

    text: str
    start: int
    end: int
    tokens: tuple[str, ...]


def _ends_sentence(token: str) -> bool:
    if "." not in token:
        return False
    core = token.rstrip("]\"'”’)")
    if not core.endswith("."):
        return False
    word = core[:-1]
    if "." in word or word.lower() in _TITLE_ABBREVIATIONS:
        return False  # "U.S.", "Mr."
    lowers = sum(c.islower() for c in word)
    return lowers >= 2 or (len(word) >= 2 and not word.isalpha())  # "weeks.", "L2."


def _pieces(text: str) -> Iterator[_Piece]:
    """The runs of names in ``text``, cut at sentence ends and stripped of openers."""
    for run in _RUN().finditer(text):
        at = run.start()
        words = run.group()
        pieces = _run_pieces(words) if len(words) <= SHORT else _each_run_piece(words)
        for piece in pieces:
            yield _Piece(piece.text, at + piece.start, at + piece.end, piece.tokens)


@remember_short
def _run_pieces(run: str) -> tuple[_Piece, ...]:
    """The pieces of one run of names, placed in the run. Runs repeat (``The``,
    ``Mr Ruiz``), and what they hold depends on their words only: remembered."""
    return tuple(_each_run_piece(run))


def _each_run_piece(run: str) -> Iterator[_Piece]:
    """The pieces of one run of names, one by one (a long run is read no further than
    the finder's budget lets it)."""
    group: list[tuple[int, int]] = []
    for word in _TOKEN().finditer(run):
        if word.group().replace("’", "'") in _FIRST_PERSON:  # "Well I", "I'm": not names
            yield from _clean_piece(run, group)
            group = []
            continue
        group.append(word.span())
        if _ends_sentence(word.group()):
            yield from _clean_piece(run, group)
            group = []
    yield from _clean_piece(run, group)


def _starter(token: str) -> bool:
    """Whether a capitalised word opens sentences and is no name: ``The``, ``However``,
    and contractions of such words (``It's``, ``What's``, ``Don't``)."""
    bare = token.lower().strip("[]").replace("’", "'")
    if bare in data.STARTERS:
        return True
    if "'" in bare:
        return bare.endswith("n't") or bare.split("'")[0] in data.STARTERS | _STARTER_STEMS
    return False


def _clean_piece(text: str, tokens: list[tuple[int, int]]) -> Iterator[_Piece]:
    first, stop = 0, len(tokens)
    while first < stop and _starter(text[slice(*tokens[first])]):
        first += 1
    while first < stop and text[slice(*tokens[stop - 1])] in _JOINER_WORDS:
        stop -= 1
    if stop - first > _LONGEST:  # no name is this long: a heading in capitals, or noise
        for token in tokens[first:stop]:
            yield from _clean_piece(text, [token])
        return
    tokens = tokens[first:stop]
    if not tokens:
        return
    start, end = tokens[0][0], tokens[-1][1]
    last = text[tokens[-1][0] : end]
    trimmed = last.rstrip(',;:!?"”)')
    if trimmed.endswith(".") and _ends_sentence(trimmed):
        trimmed = trimmed[:-1]
    for possessive in ("'s", "’s", "s'", "s’"):
        if trimmed.endswith(possessive):
            trimmed = trimmed[: -len(possessive) + (1 if possessive[0] == "s" else 0)]
            break
    end = tokens[-1][0] + len(trimmed)
    if end <= start:
        return
    piece_text = text[start:end]
    yield _Piece(piece_text, start, end, tuple(piece_text.split()))


# --------------------------------------------------------------- what each is


def _place(text: str) -> str | None:
    """The place ``text`` names by the tables of countries, their divisions and the
    cities and regions news names most (its reported name), or None."""
    key = _key(text.removeprefix("the ").removeprefix("The "))
    return _PLACES().get(key)


@remember_short
def _gazetteer_place(text: str) -> str | None:
    """The place ``text`` names by the table of :func:`_place` or by the gazetteer
    (GeoNames: cities of 15,000 people or more, as written), or None."""
    known = _place(text)
    if known is not None:
        return known
    name = text.removeprefix("the ").removeprefix("The ")
    key = _key(name)
    if " " not in name and (
        name.lower() in data.ORG_WORDS or (_common(name) and key not in gazetteer.BIG_PLACES)
    ):
        return None  # "Union" (New Jersey), "University" (Florida): words first
    return name if key in gazetteer.PLACES else None


def _common(word: str) -> bool:
    """Whether ``word`` is a common English word (``union``, ``will``; the lexicon)."""
    return _fold(word) in COMMON_WORDS


def _known_org(text: str) -> bool:
    """Whether ``text`` is a well-known organisation's name (``NATO``, ``Reuters``,
    ``European Union``; the tables of ``normalize/_data``)."""
    return (
        _key(text) in _KNOWN_ORGS()
        or text.lower() in data.KNOWN_ORGS
        or _fold(text.replace("’", "'")) in organisations.KNOWN_ORGANISATIONS
    )


def _legal_suffix(word: str) -> bool:
    """Whether a name's last word is a company's legal form (``Inc``, ``GmbH``, ``plc``;
    not one that is also a word, ``AS``, ``SpA``)."""
    bare = word.replace(".", "")
    return (
        bare in organisations.LEGAL_SUFFIXES and bare not in organisations.AMBIGUOUS_LEGAL_SUFFIXES
    )


def _name_word(word: str) -> bool:
    """Whether one word is also a given name or a surname (``Jackson``, ``Florence``)."""
    key = _census_key(word)
    return key in _GIVEN() or key in census.FAMILY


def _is_acronym(token: str) -> bool:
    bare = token.strip("[]")
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
    place = _place(text)
    gazetteer_place = None
    gazetteer_only = False
    if place is None and not (one and (last in data.ORG_WORDS or last in _NOT_NAMES)):
        gazetteer_place = _gazetteer_place(text)  # not "University" (Florida), "March"
        if not one or not _name_word(text):
            place, gazetteer_place = gazetteer_place, None  # "Tulsa", "Port Moresby"
            gazetteer_only = place is not None
    acronym = one and _is_acronym(text)
    name_like = one and _name_like(text)
    if not one and last in data.EVENT_WORDS:
        return _Reading("EVENT", place, None, True, acronym, name_like)
    if any(_MODEL_CODE().fullmatch(t.strip("[]")) for t in tokens) or (
        not one and last in data.EQUIPMENT_WORDS
    ):
        return _Reading("PRODUCT", place, None, True, acronym, name_like)
    kind: EntityKind | None = None
    settled = True
    folded = _fold(text.replace("’", "'"))
    known_org = _known_org(text)
    org_words = not one and (
        last in data.ORG_WORDS
        or (words[0] in data.ORG_WORDS and words[1] == "of")
        or _legal_suffix(last)
    )
    if known_org or org_words:
        kind = "ORG"
    elif not one and words[0] in data.PLACE_WORDS and words[1] == "of":
        kind = "PLACE"  # "Gulf of Mexico", "Isle of Man"
    elif place is not None or (not one and last in data.PLACE_WORDS):
        kind = "PLACE"  # "Elm Street"
    elif one and (last in _NATIONALITIES or last in data.GROUPS):
        kind = "NORP"
    elif last not in _NOT_NAMES:
        settled = False
    body = one and last in data.ORG_WORDS
    known_word = one and folded in organisations.AMBIGUOUS_ORGANISATIONS
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


def _kind(piece: _Piece, own: _Reading, text: str) -> EntityKind | None:
    """The kind of a piece that names something by its own words (``own``) or by the
    words around it in ``text``, or None."""
    if own.early is not None:
        return own.early
    # The patterns of the words around a piece need a space right after it, or before it.
    space_after = _line_space_at(text, piece.end)
    if space_after and _EQUIPMENT_AFTER().match(text, piece.end) and not own.place:
        return "PRODUCT"
    if own.settled:
        return own.kind
    if (space_after and _PLACE_AFTER().match(text, piece.end)) or (
        _line_space_at(text, piece.start - 1)
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


def _name_like(token: str) -> bool:
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
    name = parse_name(text)
    if not name.family or not _name_like(name.family.split()[-1]):
        return None
    tokens = text.split()
    words = [t.strip("[]") for t in tokens]
    evident = bool(name.titles)
    if not evident:
        if not 2 <= len(words) <= 4 or not all(_name_like(t) for t in tokens):
            return None
        if any(t.lower() in OFFICE_WORDS for t in words):
            return None
        evident = _named_by_words(words)
        if not evident and any(_gazetteer_place(t) for t in words):
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


def _census_key(word: str) -> str:
    """A word as the Census tables write names: folded, no dots, hyphens or apostrophes."""
    return _fold(word).replace("'", "").replace("-", "")


def _initial(word: str) -> bool:
    """``J.``, ``F.``: one capital and a full stop."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _named_by_words(words: list[str]) -> bool:
    """Whether two to four capitalised words name a person by their own shape: a given
    name first (``Cara Lim``; not a place's name before a word that is no surname,
    ``York Minster``), an initial before the last word (``J. Okafor``, ``John F.
    Okafor``), or a surname last after a word that is not a common one; never a common
    word last that is no surname (``Chemical Wedding``)."""
    surname = _census_key(words[-1]) in census.FAMILY
    if not surname and _common(words[-1]):
        return False
    if any(_initial(w) for w in words[:-1]):
        return True
    if _census_key(words[0]) in _GIVEN() and (surname or not _gazetteer_place(words[0])):
        return True
    return surname and not _common(words[0])


# ---------------------------------------------------------------- the finder


@attrs.define
class _Group:
    kind: EntityKind
    name: str
    mentions: set[tuple[int, int]] = attrs.Factory(set)
    roles: list[str] = attrs.Factory(list)
    given: str = ""
    family: str = ""

    def add(self, start: int, end: int) -> None:
        self.mentions.add((start, end))

    def entity(self) -> Entity:
        mentions = [Span(start, end) for start, end in sorted(self.mentions)]
        return Entity(self.name, self.kind, mentions, roles=tuple(dict.fromkeys(self.roles)))


class _Finder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.groups: dict[tuple[EntityKind, str], _Group] = {}
        self.acronyms: dict[str, tuple[EntityKind, str]] = {}
        self.surnames: list[tuple[_Piece, tuple[str, ...]]] = []
        self.people_by_family: dict[str, list[_Group]] = {}
        self.people_by_given: dict[str, list[_Group]] = {}
        self.candidates: list[tuple[_Piece, _Person]] = []
        self.name_places: dict[int, str] = {}  # where a name that is also a place stands
        self.personal: set[str] = set()  # see find_personal
        self.offices: list[tuple[_Piece, str]] = []  # see office
        self.placed: set[str] = set()  # names the text puts after "in", "near"...
        self.heads: dict[str, _Group] = {}  # the last word of a product's or event's name
        self._words: Counter[str] | None = None

    def written_lower(self, word: str) -> bool:
        """Whether the text writes ``word`` in lower case as well (``will``, ``union``),
        at least once for every four times it writes it capitalised: a common word there,
        whatever a table of names says (``Łódź`` once as ``łódź`` stays a name)."""
        if self._words is None:
            self._words = Counter(_PLAIN_WORD().findall(self.text))
        lower = self._words[word.lower()]
        return lower > 0 and 4 * lower >= self._words[word]

    def group(self, kind: EntityKind, key: str, name: str) -> _Group:
        found = self.groups.get((kind, key))
        if found is None:
            found = self.groups[(kind, key)] = _Group(kind, name)
        return found

    def add_place(self, text: str, start: int, *, within: bool = False) -> bool:
        """Add the place ``text`` at ``start``, if it is one (within a longer name, a word
        that only the gazetteer knows must be a big city's: ``Pittsburgh Pirates``,
        not ``Super Hercules``)."""
        name = _gazetteer_place(text)
        if name is None:
            return False
        small = _place(text) is None and _key(text) not in gazetteer.BIG_PLACES
        if within and " " not in text and small:
            return False
        self.group("PLACE", _key(name), name).add(start, start + len(text))
        return True

    def hyphenated_places(self, piece: _Piece) -> bool:
        """``India-US``, ``US-origin``: the places in one hyphenated word."""
        parts = piece.text.split("-")
        if _place(parts[0].strip("[]")) is None:
            return False
        self.add_places_inside(piece)
        return True

    def add_places_inside(self, piece: _Piece) -> None:
        """Places in a run that is not itself one: ``India-US``, ``US Department``,
        ``University of Texas``, ``Grand Lodge of New York``. The longest place of up to
        three words is taken at each word, then the words after it are read."""
        spans: list[tuple[int, int]] = []  # each word (or hyphenated part) in the text
        offset = 0
        for token in piece.tokens:
            at = piece.text.index(token, offset)
            offset = at + len(token)
            for part in token.split("-") if len(piece.tokens) == 1 else (token,):
                clean = part.strip("[],;:")
                if clean:
                    first = piece.text.index(clean, at)
                    spans.append((piece.start + first, piece.start + first + len(clean)))
                at += len(part) + 1
        whole = (piece.start, piece.end)
        index = 0
        while index < len(spans):
            for stop in range(min(len(spans), index + 3), index, -1):
                start, end = spans[index][0], spans[stop - 1][1]
                name = self.text[start:end]
                if (start, end) == whole or not name[0].isupper():
                    continue
                if self.add_place(name, start, within=True):
                    index = stop
                    break
                if _known_org(name):  # "the NATO Istanbul Summit"
                    self.group("ORG", _key(name), name).add(start, end)
                    index = stop
                    break
            else:
                index += 1

    def maybe_person(self, piece: _Piece) -> bool:
        """Titles, or the surname of someone already named: a person, whatever surrounds it."""
        if any(_bare_word(token) in OFFICE_WORDS for token in piece.tokens):
            return True
        return _key(piece.tokens[-1]) in self.people_by_family

    def person(self, piece: _Piece) -> bool:
        """Read ``piece`` as a person (titles and a name, or two to four name-like words)."""
        found = _as_person(piece.text)
        if found is None:
            return False
        if not found.evident:
            self.candidates.append((piece, found))
            return True
        self.add_person(piece, found)
        return True

    def add_person(self, piece: _Piece, found: _Person) -> None:
        """Add the person ``found`` in ``piece``."""
        name, last, family_key, family_at, given_at, key, _ = found
        family_end = piece.start + family_at + len(last)
        name_at = given_at if given_at >= 0 else family_at
        if name.titles and name_at > 0:  # "Governor of Virginia Rui Costa": the place
            titles = piece.text[:name_at].rstrip()
            self.add_places_inside(_Piece(titles, piece.start, piece.start + len(titles),
                                          tuple(titles.split())))  # fmt: skip
        if name.given is None:  # "President Trump": the surname joins later
            surname = _Piece(last, piece.start + family_at, family_end, (last,))
            self.surnames.append((surname, name.titles))
            return
        start = piece.start + (given_at if given_at >= 0 else family_at)
        if start > piece.start and self.text[start - 1] == "[":
            start -= 1
        group = self.group("PERSON", key, f"{name.given} {name.family}")
        if len(name.given.rstrip(".")) > len(group.given.rstrip(".")):
            group.given, group.name = name.given, f"{name.given} {name.family}"
        group.family = family_key
        group.roles.extend(name.titles)
        group.add(start, family_end)
        people = self.people_by_family.setdefault(group.family, [])
        if group not in people:
            people.append(group)
        named = self.people_by_given.setdefault(_census_key(name.given), [])
        if group not in named:
            named.append(group)
        if name.affiliation:
            at = piece.text.find(name.affiliation)
            if at >= 0:
                self.add_place(name.affiliation, piece.start + at)

    def opens(self, piece: _Piece) -> bool:
        """Whether ``piece`` opens a sentence, a line or a quotation."""
        before = self.text[max(0, piece.start - 8) : piece.start].rstrip()
        return not before or before[-1] in _OPENING_MARKS

    def acts(self, piece: _Piece) -> bool:
        """Whether the text speaks of ``piece`` as of a body: ``the`` right before it, or a
        speech verb after it."""
        before = self.text[max(0, piece.start - 5) : piece.start].lower()
        return before.endswith("the ") or before == "this " or _said_after(self.text, piece.end)

    def office(self, piece: _Piece) -> bool:
        """``the President``, ``Madam Speaker``, ``Mr. President``: an office alone,
        capitalised, after ``the`` or an honorific, is a person (the one named holding it,
        when there is one; see :meth:`join_offices`)."""
        words = [_bare_word(token) for token in piece.tokens]
        if words[-1] not in data.OFFICE_HEADS or not all(
            w in OFFICE_WORDS or w in data.HONORIFICS for w in words
        ):
            return False
        before = self.text[max(0, piece.start - 5) : piece.start].lower()
        if not (words[0] in data.HONORIFICS or before.endswith(("the ", "this ", "our "))):
            return False
        self.offices.append((piece, words[-1]))
        return True

    def join_offices(self) -> None:
        """An office alone joins the one person named holding it (``President Ana Lima``
        ... ``the President``); else the mentions of one office are one person."""
        holders: dict[str, list[_Group]] = {}
        for group in self.groups.values():
            if group.kind == "PERSON":
                for head in {r.split()[-1].lower().rstrip(".") for r in group.roles if r}:
                    holders.setdefault(head, []).append(group)
        for piece, head in self.offices:
            people = holders.get(head, [])
            if len(people) == 1:
                people[0].add(piece.start, piece.end)
            else:
                name = " ".join(t.capitalize() if t.islower() else t for t in piece.tokens)
                self.group("PERSON", "office " + _key(piece.text), name).add(piece.start, piece.end)

    def named_with_the(self, piece: _Piece, own: _Reading) -> bool:
        """Whether ``piece`` is two or more words after ``the`` in lower case (``the Red
        Sox``): a body's name, where it is not a person's, a place's or a work's (``the
        Marriage Act``, ``the Nobel Prize``)."""
        return (
            len(piece.tokens) > 1
            and not own.work
            and self.text[max(0, piece.start - 4) : piece.start] == "the "
            and not _LOWER_NEXT().match(self.text, piece.end)  # "the India-US defence pact"
        )

    def add_org(self, piece: _Piece) -> None:
        """Add ``piece`` as an organisation, and the places in it."""
        self.group("ORG", _key(piece.text), piece.text).add(piece.start, piece.end)
        self.add_places_inside(piece)

    def spoken_of_as_person(self, piece: _Piece) -> bool:
        """Whether the text speaks of ``piece`` as of a person: a speech verb after it,
        or a personal pronoun later in its sentence (``Tyler was young, his ...``), and
        no ``the`` before it (``the Olmec``)."""
        if self.text[max(0, piece.start - 4) : piece.start].lower() == "the ":
            return False
        return (
            _said_after(self.text, piece.end)
            or bool(_PRONOUN_AFTER().match(self.text, piece.end))
            or bool(_CITED().match(self.text, piece.end))
        )

    def possessive(self, piece: _Piece) -> bool:
        """Whether a word that no table knows holds something (``Piaget's stages``): a
        person, where it is no place and no body."""
        after = self.text[piece.end : piece.end + 2]
        return (
            after in ("'s", "’s") or (after[:1] in ("'", "’") and piece.text.endswith("s"))
        ) and piece.start not in self.name_places

    def find_personal(self) -> None:
        """The words alone that the text speaks of as people somewhere
        (:meth:`spoken_of_as_person`), and those it puts after ``the`` nowhere."""
        for piece, _ in self.surnames:
            word = piece.text
            if word.lower() in data.STARTERS:
                continue
            if _CITED().match(self.text, piece.end) or (
                not _common(word)
                and not self.written_lower(word)
                and (self.spoken_of_as_person(piece) or self.possessive(piece))
            ):
                self.personal.add(_key(word))
        for piece, _ in self.surnames:
            if self.text[max(0, piece.start - 4) : piece.start].lower() == "the ":
                self.personal.discard(_key(piece.text))

    def join_candidates(self) -> None:
        """Two to four name-like words that no table knows (``Évariste Galois``) are a
        person when their last word stands alone elsewhere in the text, or a speech verb
        follows them; else only the places in them are kept."""
        alone = {_key(piece.text) for piece, _ in self.surnames}
        for piece, found in self.candidates:
            family = found.family_key
            if all(_common(word) for word in piece.tokens):
                self.add_places_inside(piece)  # "Chemical Wedding", "Creative Block"
            elif (
                (
                    family in alone
                    and not self.written_lower(found.family)
                    and _gazetteer_place(found.family) is None
                )
                or family in self.people_by_family
                or family in self.personal
                or self.spoken_of_as_person(piece)
            ):
                self.add_person(piece, found)
            elif self.named_with_the(piece, _read_words(piece.text)):
                self.add_org(piece)
            else:
                self.add_places_inside(piece)

    def read(self, piece: _Piece) -> None:
        text = self.text
        if piece.text in self.acronyms:
            self.groups[self.acronyms[piece.text]].add(piece.start, piece.end)
            return
        if len(piece.tokens) == 1 and "-" in piece.text and self.hyphenated_places(piece):
            return
        if len(piece.tokens) == 1 and (head := self.heads.get(piece.text)) is not None:
            head.add(piece.start, piece.end)  # "Hercules" after "C-130J Super Hercules"
            return
        bracketed = None  # "(DoD)" right after it, within three spaces
        if text.find("(", piece.end, piece.end + 4) >= 0:
            bracketed = _BRACKETED().match(text, piece.end)
        own = _read_words(piece.text)
        kind = _kind(piece, own, text)
        if kind == "PLACE" and own.place is None and self.maybe_person(piece):
            kind = None  # "in Foreign Minister Ana Ruiz's speech", "in Ruiz's view"
        if kind == "PLACE" and own.place is None:
            self.placed.add(_key(piece.text))  # "near Neiafu": so is "Neiafu" alone
        if (
            kind == "PLACE"
            and own.gazetteer_only
            and len(piece.tokens) == 1
            and (self.written_lower(piece.text) or _common(piece.text) or piece.text.isupper())
        ):
            kind = None  # "Union" where the text speaks of a union, "TO" in a heading
        if kind is None and self.office(piece):
            return
        if (
            kind is None
            and len(piece.tokens) > 1
            and _opener(piece.tokens[0])
            and not self.named_with_the(piece, own)
        ):
            self.read(_rest(piece))  # "Biologist Nick Bos", "Hey Steve", "Maybe Harold"
            return
        if kind is None and self.person(piece):
            return
        if kind is None and bracketed is not None and len(piece.tokens) > 1:
            kind = "ORG"  # "India-U.S. Defense Acceleration Ecosystem (INDUS-X)"
        if kind is None and own.known_word and (self.acts(piece) or not self.opens(piece)):
            kind = "ORG"  # "announced on Twitter", "the Fed": not "Target the young"
        if kind is None and own.body and (own.acronym or self.acts(piece)):
            kind = "ORG"  # "the Senate", "Congress", "this Court"
        if kind is None and own.acronym and self.acts(piece):
            kind = "ORG"  # "the FBI said"; a lone "GPS" or "DNA" is left out
        if kind is None and own.name_like:
            if own.name_place is not None:
                self.name_places[piece.start] = own.name_place
            self.surnames.append((piece, ()))
            return
        if kind is None and not self.named_with_the(piece, own):
            self.add_places_inside(piece)
            return
        if kind is None:
            kind = "ORG"  # "the Pittsburgh Pirates", "the Cuban Consulate"
        if kind == "PLACE":
            name = piece.text.removeprefix("The ").removeprefix("the ")
            known = _place(name) or name
            self.group("PLACE", _key(known), known).add(piece.end - len(name), piece.end)
            return
        key = _key(piece.text)
        group = self.group(kind, key, piece.text)
        group.add(piece.start, piece.end)
        last = piece.tokens[-1]
        if kind in _HEADED and len(piece.tokens) > 1 and not _common(last):
            self.heads.setdefault(last, group)
        if len(piece.tokens) > 1:  # "US Department of Defence": the country in it
            self.add_places_inside(piece)
        if bracketed is not None:
            acronym = bracketed.group(1)
            self.acronyms[acronym] = (kind, key)

    def join_surnames(self) -> None:
        """A surname alone (``Jaishankar``, ``President Trump``) joins the person of that
        name (the first named, when two share it); a given name alone (``Cara``) the one
        person of that given name. With a title, a speech verb after it, or a given name
        of the Census tables and no such person, it is a person itself."""
        for piece, titles in self.surnames:
            family = _key(piece.text)
            people = self.people_by_family.get(family, [])
            if not people and not titles:
                people = self.people_by_given.get(_census_key(piece.text), [])
                if len(people) > 1:
                    continue  # "Ana" when Ana Lima and Ana Ruiz are named
            place = self.name_places.get(piece.start)
            if place is None and family in self.placed and family not in self.personal:
                place = piece.text
            if people:
                people[0].add(piece.start, piece.end)
                people[0].roles.extend(titles)
            elif (
                place is not None
                and (_key(place) in gazetteer.BIG_PLACES or family in self.placed)
                and not titles
                and family not in self.personal
            ):
                self.group("PLACE", _key(place), place).add(piece.start, piece.end)
            elif (
                titles
                or (family in self.personal and family not in _NOT_NAMES)
                or (_given_alone(piece.text) and not self.written_lower(piece.text))
            ):
                group = self.group("PERSON", family, piece.text)
                group.family = family
                group.roles.extend(titles)
                group.add(piece.start, piece.end)
                self.people_by_family[family] = [group]
            elif place is not None:  # "Jackson" when no one of that name is named
                self.group("PLACE", _key(place), place).add(piece.start, piece.end)

    def join_titles(self, end: int) -> None:
        """``the minister``: the last person named before it who holds such an office
        (in the text up to ``end``, as far as it was read)."""
        people = [g for g in self.groups.values() if g.kind == "PERSON"]
        holders: dict[str, tuple[list[int], list[_Group]]] = {}
        for match in _TITLE_ONLY().finditer(self.text, 0, end):
            office = match.group(1).split()[-1]
            if office not in holders:  # every mention of every person holding it, in order
                named = sorted(
                    (start, index)
                    for index, person in enumerate(people)
                    if any(office in role.lower() for role in person.roles)
                    for start, _ in person.mentions
                )
                holders[office] = ([at for at, _ in named], [people[i] for _, i in named])
            starts, holding = holders[office]
            before = bisect.bisect_left(starts, match.start())
            if before:
                holding[before - 1].add(match.start(1), match.end(1))

    def one_kind(self) -> None:
        """One name keeps one kind in a text: where the same name was read as two kinds
        (``Jordan`` a person here, a place there), every mention takes the kind of most
        of its mentions (of the first mentioned, when as many)."""
        by_name: dict[str, list[tuple[EntityKind, str]]] = {}
        for (kind, key), group in self.groups.items():
            if group.mentions:
                by_name.setdefault(_key(group.name), []).append((kind, key))
        for keys in by_name.values():
            if len(keys) < 2:
                continue
            groups = [self.groups[k] for k in keys]
            keep = max(groups, key=lambda g: (len(g.mentions), -min(g.mentions)[0]))
            for k, group in zip(keys, groups, strict=True):
                if group is not keep:
                    keep.mentions.update(group.mentions)
                    del self.groups[k]

    def join_acronyms(self) -> None:
        """``DoD`` with ``Department of Defence``: an acronym joins the one name it spells."""
        names = [(key, g) for key, g in self.groups.items() if g.kind in {"ORG", "EVENT"}]
        by_initials: dict[str, list[_Group]] = {}
        for _, group in names:
            if " " in group.name:
                by_initials.setdefault(_initials(group.name), []).append(group)
        for key, group in names:
            if " " in group.name or not _is_acronym(group.name):
                continue
            spelt = by_initials.get(group.name.lower(), [])
            if len(spelt) == 1:
                spelt[0].mentions.update(group.mentions)
                del self.groups[key]


def _initials(name: str) -> str:
    """``Department of Defence`` -> ``dod``; ``Quad Foreign Ministers' Meeting`` -> ``qfmm``."""
    return "".join(word[0] for word in _WORD_BREAKS().split(name) if word).lower()


def _opener(word: str) -> bool:
    """Whether a name's first word is a common word that is no given name (``Biologist``,
    ``Hey``, ``Maybe``, ``West``): one that a name is read without, where the whole run
    is no known place or body."""
    bare = word.lower()
    return (
        _common(word)
        and word.isalpha()
        and bare not in OFFICE_WORDS
        and bare not in _NATIONALITIES
        and _census_key(word) not in _GIVEN()
    )


def _rest(piece: _Piece) -> _Piece:
    """``piece`` without its first word."""
    at = piece.text.index(piece.tokens[1], len(piece.tokens[0]))
    return _Piece(piece.text[at:], piece.start + at, piece.end, piece.tokens[1:])


def _given_alone(word: str) -> bool:
    """Whether one capitalised word is a given name that is not also a common word."""
    key = _census_key(word)
    return (
        key in _GIVEN()
        and not word.isupper()
        and _fold(word) not in COMMON_WORDS
        and key not in _NOT_NAMES
    )


def _said_after(text: str, end: int) -> bool:
    """A speech verb after a lone capitalised word (``Roe said``) makes it a person."""
    return bool(_SAID().match(text[end : end + 12]))


def find_entities(text: str, /) -> tuple[Entity, ...]:
    """Return the people, organisations, places, groups, products and events in ``text``.

    Each :class:`~newsseed.Entity` has a canonical name, a kind, every mention's
    span (in text order) and, for people, the titles seen with them. Within the
    text, a bare surname (``Jaishankar``) and an office alone (``the minister``)
    join the person they refer to, and an acronym in brackets (``(DoD)``) joins
    what it abbreviates. Entities come in the order of their first mention. A text made
    of capitalised words is read up to a budget far above what news holds
    (docs/hardening.md).

    >>> text = ("US Defence Secretary Pete Hegseth met Indian officials at the Pentagon. "
    ...         "Hegseth said the Department of Defence (DoD) would buy MQ-9B drones.")
    >>> [(e.name, e.kind) for e in find_entities(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('United States', 'PLACE'), ('Pete Hegseth', 'PERSON'), ('Indian', 'NORP'),
     ('Pentagon', 'ORG'), ('Department of Defence', 'ORG'), ('MQ-9B', 'PRODUCT')]
    >>> hegseth = find_entities(text)[1]
    >>> [m.of(text) for m in hegseth.mentions], hegseth.roles
    (['Pete Hegseth', 'Hegseth'], ('Defence Secretary',))
    """
    return read_entities(text)[0]


#: Runs of capitalised words read per character of text, and different runs (a run
#: read again costs less), and in any text: the corpora's articles hold at most one
#: per 20 characters, and different ones one per 28; past either budget
#: (:class:`~newsseed.normalize._text.Budget`) the text is not read for names.
_PIECES_PER: Final = 10
_NEW_PIECES_PER: Final = 24
_PIECES_FLOOR: Final = 512
#: What the reader notes where find_entities stopped (``names-not-read``).
NOT_READ: Final = (
    f"the text holds more capitalised words than news does (more than {_PIECES_FLOOR} runs "
    f"of them, and one per {_PIECES_PER} characters, or different ones one per "
    f"{_NEW_PIECES_PER}): from here on its names are not read"
)


def read_entities(text: str, /) -> tuple[tuple[Entity, ...], int | None]:
    """:func:`find_entities`, and where it stopped reading (None when it read the whole
    text): a text of nothing but capitalised words (``A. A. ...``, or random ones) is read up
    to a budget of 512 runs of names and one per 10 characters, different ones one per 24.

    >>> codes = " ".join(f"A{n}." for n in range(5_000))
    >>> entities, cut = read_entities("Ana Ruiz met Bo Lee. " + codes)
    >>> [e.name for e in entities[:2]], cut
    (['Ana Ruiz', 'Bo Lee'], 12365)
    """
    finder = _Finder(text)
    runs = Budget(length=len(text), per=_PIECES_PER, floor=_PIECES_FLOOR)
    budget = Budget(length=len(text), per=_NEW_PIECES_PER, floor=_PIECES_FLOOR)
    seen: set[str] = set()  # the runs read so far: one read again costs less
    for piece in _pieces(text):
        if not runs.take(piece.start):
            budget.stop(piece.start)
            break
        if piece.text not in seen:
            if not budget.take(piece.start):
                break
            seen.add(piece.text)
        finder.read(piece)
    finder.find_personal()
    finder.join_candidates()
    finder.join_surnames()
    finder.join_offices()
    finder.join_titles(len(text) if budget.cut is None else budget.cut)
    finder.join_acronyms()
    finder.one_kind()
    entities = [group.entity() for group in finder.groups.values() if group.mentions]
    found = sorted(entities, key=lambda e: (e.mentions[0].start, e.mentions[0].end))
    return tuple(found), budget.cut
