"""The entity finder of one text: it reads each piece of capitalised words (what it
names by its words, then by the text around it), then joins what refers to one thing
(surnames, given names, offices, acronyms, the last word of a product's name) and
gives one name one kind."""

from __future__ import annotations

import bisect
from typing import Final

import attrs

from newsseed._entities._context import _Context
from newsseed._entities._runs import _JOINER_WORDS, _part, _Piece, _rest
from newsseed._entities._words import (
    _BIG_PLACES,
    _NOT_NAMES,
    _PLACE_AFTER,
    _as_person,
    _bare_word,
    _common,
    _gazetteer_place,
    _given_alone,
    _given_and_surname,
    _initial,
    _initials,
    _is_acronym,
    _key,
    _kind,
    _known_org,
    _names_inside,
    _opener,
    _Person,
    _place,
    _place_named,
    _read_words,
    _Reading,
)
from newsseed._model import Entity, EntityKind, found_entity
from newsseed.normalize._data import entities as data
from newsseed.normalize._data.people import OFFICE_WORDS, PARTICLES
from newsseed.normalize._names import census_key
from newsseed.normalize._text import lazy_regex

_BRACKETED: Final = lazy_regex(
    r"[^\S\n]{0,3}\([^\S\n]{0,3}(\p{Lu}[\p{L}\p{N}\-&]{1,12})[^\S\n]{0,3}\)"
)

_TITLE_ONLY: Final = lazy_regex(
    r"\b[Tt]he\s{1,3}((?:[a-z]+\s{1,3}){0,2}(?:"
    + "|".join(sorted({"minister", "secretary", "president", "chancellor", "premier",
                       "senator", "governor", "ambassador", "spokesman", "spokeswoman"}))
    + r"))\b"
)  # fmt: skip

#: Kinds whose name's last word, alone later, is the same thing ("Hercules").
_HEADED: Final = frozenset({"PRODUCT", "EVENT"})


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
        return found_entity(
            self.name, self.kind, sorted(self.mentions), tuple(dict.fromkeys(self.roles))
        )


def _known_before_joiner(piece: _Piece) -> tuple[_Piece, _Piece] | None:
    """A run that names nothing as a whole and opens with a well-known body before a
    joining word (``MLB for the Pittsburgh Pirates``, ``NATO of the 1990s``): the body,
    and what follows the joining words, as two pieces; else None."""
    tokens = piece.tokens
    for index in range(1, min(len(tokens), 4)):
        if tokens[index] not in _JOINER_WORDS:
            continue
        if not _known_org(" ".join(tokens[:index])):
            return None
        return _split_at_joiner(piece, index)
    return None


def _split_at_joiner(piece: _Piece, index: int) -> tuple[_Piece, _Piece] | None:
    """The words of ``piece`` before its joining word at ``index``, and those after the
    joining words there (``of the``), as two pieces; None when no word follows them."""
    tokens = piece.tokens
    rest = index
    while rest < len(tokens) and tokens[rest] in _JOINER_WORDS:
        rest += 1
    if rest == len(tokens):
        return None
    return _part(piece, 0, index), _part(piece, rest, len(tokens))


#: The longest of the nouns for a body.
_LONGEST_NOUN: Final = max(map(len, data.BODY_NOUNS))

# A capital and a full stop that open a line, then a space: a list's label ("B. Quenari").
_LINE_LABEL: Final = lazy_regex(r"(?m)^(\p{Lu})\.[^\S\n]")


def _person_of(piece: _Piece) -> tuple[_Piece, _Piece] | None:
    """A person named by their own words before ``of`` and what they belong to
    (``Marta Quinlan of Riverbend Gaming``, ``Archbishop Ana Lima of Cape Town``): the
    person, and what follows ``of`` (and ``the``), as two pieces; else None."""
    tokens = piece.tokens
    if "of" not in tokens[2:5]:
        return None  # (a name of two to four words, then "of")
    index = tokens.index("of", 2)
    found = _as_person(" ".join(tokens[:index]))
    if found is None or not found.evident:
        return None  # "Bank of America", "Mary Queen of Scots"
    return _split_at_joiner(piece, index)


def _split_at_ampersands(piece: _Piece) -> list[_Piece]:
    """The parts of ``piece`` between its ampersands (``Makel & Plucker``: two)."""
    parts: list[_Piece] = []
    first = 0
    for index, token in enumerate((*piece.tokens, "&")):  # (one "&" more, after the end)
        if token == "&":
            if index > first:
                parts.append(_part(piece, first, index))
            first = index + 1
    return parts


def _after_role(piece: _Piece) -> _Piece | None:
    """What follows ``of`` (and ``the``) after an office that names no body (``Chief
    Executive of the Harbour Trust``, ``Mayor of Tulsa``): the role is no organisation,
    what it is held in may be one. None when the piece opens otherwise, or is a person's
    title and name (``Attorney General of Ohio Rui Costa``)."""
    if len(piece.tokens) < 3 or "of" not in piece.text.lower():
        return None  # (told before the words are read one by one)
    words = [_bare_word(token) for token in piece.tokens]
    if "of" not in words[1:4]:
        return None
    at = words.index("of")
    if not all(w in OFFICE_WORDS and w not in data.ORG_WORDS for w in words[:at]):
        return None
    found = _as_person(piece.text)
    if found is not None and found.name.given is not None:
        return None
    skip = at + 1 + (words[at + 1 : at + 2] == ["the"])
    if skip >= len(words):
        return None
    first = piece.tokens[skip]
    offset = piece.text.index(first, len(" ".join(piece.tokens[:skip])))
    return _Piece(piece.text[offset:], piece.start + offset, piece.end, piece.tokens[skip:])


class _Finder(_Context):
    """The entities of one text, read piece by piece, then joined."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
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
        self.heads: dict[str, _Group] = {}  # see name_heads
        self.after_the: set[str] = set()  # words alone the text puts after "the" somewhere
        self._labels: frozenset[str] | None = None  # see list_label

    def group(self, kind: EntityKind, key: str, name: str) -> _Group:
        found = self.groups.get((kind, key))
        if found is None:
            found = self.groups[(kind, key)] = _Group(kind, name)
        return found

    def add_place(self, text: str, start: int) -> bool:
        """Add the place ``text`` at ``start``, if it is one."""
        name = _place_named(text)
        if name is None:
            return False
        self.group("PLACE", _key(name), name).add(start, start + len(text))
        return True

    def read_parts(self, piece: _Piece) -> bool:
        """Read a piece of several words as its parts where it is more than one name:
        authors between ampersands, a list's label and a name, what a role is held in, a
        person and what they belong to. Whether it was."""
        tokens = piece.tokens
        if "&" in tokens and self.cited_in_list(piece):
            for author in _split_at_ampersands(piece):  # "(Makel & Plucker, 2014)": two
                self.read(author)
            return True
        if len(tokens[0]) == 2 and self.list_label(piece):
            self.read(_rest(piece))  # "B. Quenari", a line of a list lettered A, B, C
            return True
        if len(tokens) < 3:
            return False  # (a role and what it is held in, or a name and "of": three)
        if (rest := _after_role(piece)) is not None:
            self.read(rest)  # "Chief Executive of the Harbour Trust": the trust
            return True
        if (parts := _person_of(piece)) is not None:
            for part in parts:  # "Marta Quinlan of Riverbend Gaming": a person, a firm
                self.read(part)
            return True
        return False

    def described_as_body(self, piece: _Piece) -> bool:
        """Whether a noun for a body stands right before ``piece`` (``the publisher
        Varnholt``, ``carmaker Kia``): what it names is that body."""
        start = piece.start
        if start < 2 or self.text[start - 1] != " " or not self.text[start - 2].isalpha():
            return False
        before = self.text[max(0, start - _LONGEST_NOUN - 2) : start - 1]
        return before.rsplit(maxsplit=1)[-1] in data.BODY_NOUNS

    def named_person(self, piece: _Piece) -> bool:
        """Whether ``piece`` is a person's name by its titles (``President Rui Lima``) or
        by a Census given name and surname (``Bill Green``)."""
        if len(piece.tokens) < 2:
            return False
        if _given_and_surname(list(piece.tokens)):
            return True
        found = _as_person(piece.text)
        return found is not None and bool(found.name.titles)

    def list_label(self, piece: _Piece) -> bool:
        """Whether ``piece`` opens with a letter that labels a line of a list (``B. Quenari``
        where other lines open with ``A.`` or ``C.``), not with an initial."""
        first = piece.tokens[0]
        if not _initial(first) or len(piece.tokens) < 2:
            return False
        if piece.start and self.text[piece.start - 1] != "\n":
            return False
        if self._labels is None:  # the letters that open lines (read once)
            self._labels = frozenset(m.group(1) for m in _LINE_LABEL().finditer(self.text))
        letter = ord(first[0])
        return chr(letter - 1) in self._labels or chr(letter + 1) in self._labels

    def joins_bearer(self, piece: _Piece) -> bool:
        """Whether ``piece`` is the whole family name of a person already named (the first
        of them, when two share it), whom it then joins."""
        people = self.people_by_family.get(_key(piece.text))
        if people:
            people[0].add(piece.start, piece.end)
        return bool(people)

    def hyphenated_people(self, piece: _Piece) -> bool:
        """``Tanaka-Brandt``, ``Nixon-Kennedy``: the surnames of people already named, in
        one hyphenated word (each joins its bearer); and a hyphenated surname alone
        (``Lima-Costa``, after ``Ana Lima-Costa``)."""
        if self.joins_bearer(piece):
            return True
        parts = piece.text.split("-")
        bearers = [self.people_by_family.get(_key(part), []) for part in parts]
        if len(parts) < 2 or not all(bearers):
            return False
        at = piece.start
        for part, people in zip(parts, bearers, strict=True):
            people[0].add(at, at + len(part))
            at += len(part) + 1
        return True

    def hyphenated_places(self, piece: _Piece) -> bool:
        """``India-US``, ``US-origin``: the places in one hyphenated word."""
        parts = piece.text.split("-")
        if _place(parts[0].strip("[]")) is None:
            return False
        self.add_places_inside(piece)
        return True

    def add_places_inside(self, piece: _Piece) -> None:
        """Places in a run that is not itself one (:func:`_names_inside`: ``India-US``,
        ``University of Texas``), and the well-known bodies in it; and the person a name
        opens with (:meth:`person_inside`)."""
        for start, end, kind, name in _names_inside(piece.text):
            self.group(kind, _key(name), name).add(piece.start + start, piece.start + end)
        self.person_inside(piece)

    def person_inside(self, piece: _Piece) -> None:
        """The person whose given name and surname (both the Census's) open a longer name:
        ``Ivo Brandt`` in ``the Ivo Brandt Space Telescope``, ``Rosa Tanaka`` in
        ``the Rosa Tanaka Clean Rivers Act``."""
        if len(piece.tokens) < 3 or not _given_and_surname(list(piece.tokens[:2])):
            return
        name = _part(piece, 0, 2)
        if _read_words(name.text).kind is not None:
            return  # "Rose Harbor Expressway": the two words name a place
        found = _as_person(name.text)
        if found is not None and found.evident:
            self.add_person(name, found)

    def maybe_person(self, piece: _Piece, own: _Reading) -> bool:
        """Titles, the surname of someone already named, or a person's name by its own
        words where only the words around it made it a place (``in the Ana Lima
        translation``): a person, whatever surrounds it."""
        if any(_bare_word(token) in OFFICE_WORDS for token in piece.tokens):
            return True
        if _key(piece.tokens[-1]) in self.people_by_family:
            return True
        if own.settled or _PLACE_AFTER().match(self.text, piece.end):
            return False  # "Marlow River", "the Ria Clara estuary": a place by the words
        if any(_place(token) for token in piece.tokens):
            return False  # "in the Ruiz Ohio ads": a known place in it
        found = _as_person(piece.text)
        return found is not None and found.evident

    def person(self, piece: _Piece) -> bool:
        """Read ``piece`` as a person (titles and a name, or two to four name-like words);
        a surname that opens with a particle joins the person named with it (``De Blasio``
        after ``Bill de Blasio``)."""
        if (
            piece.tokens[0].lower() in PARTICLES
            and len(piece.tokens) > 1
            and self.joins_bearer(piece)
        ):
            return True
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
        named = self.people_by_given.setdefault(census_key(name.given), [])
        if group not in named:
            named.append(group)
        if name.affiliation:
            at = piece.text.find(name.affiliation)
            if at >= 0:
                self.add_place(name.affiliation, piece.start + at)

    def office(self, piece: _Piece) -> bool:
        """``the President``, ``Madam Speaker``, ``Mr. President``: an office alone,
        capitalised, after ``the`` (``this``, ``our``, ``your``) or an honorific, is a
        person (the one named holding it, when there is one; see :meth:`join_offices`)."""
        if _bare_word(piece.tokens[-1]) not in data.OFFICE_HEADS:
            return False  # (told before the other words are read)
        words = [_bare_word(token) for token in piece.tokens]
        if not all(w in OFFICE_WORDS or w in data.HONORIFICS for w in words):
            return False
        before = self.word_before(piece).lower()
        if not (words[0] in data.HONORIFICS or before in ("the", "this", "our", "your")):
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

    def add_org(self, piece: _Piece) -> None:
        """Add ``piece`` as an organisation, and the places in it."""
        group = self.group("ORG", _key(piece.text), piece.text)
        group.add(piece.start, piece.end)
        self.name_heads(piece, group)
        self.add_places_inside(piece)

    def name_heads(self, piece: _Piece, group: _Group) -> None:
        """What names ``group`` when read again, whatever stands around it: its words
        (``The Harbour Gulls lost``, after ``the Harbour Gulls won``), and a product's or
        event's last word alone (``Hercules``)."""
        if len(piece.tokens) < 2:
            return
        self.heads.setdefault(piece.text, group)
        last = piece.tokens[-1]
        if group.kind in _HEADED and not _common(last):
            self.heads.setdefault(last, group)

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
            if word.lower() in data.STARTERS or word.lower() in _NOT_NAMES:
                continue  # "However", "July"
            if _key(word) in self.personal:
                continue  # (told already, where the word stood before)
            if not self.written_lower(word) and (
                (
                    not _common(word)
                    and (
                        self.spoken_of_as_person(piece)
                        or (self.possessive(piece) and _key(word) not in self.placed)
                    )  # ("Quenaria's coast", after "in Quenaria": a place's)
                )  # (a citation, "Stoker (2013)", is among what speaks of a person)
                or self.cited_in_list(piece)  # "(Baker & Cross, 2010)"
            ):
                self.personal.add(_key(word))
        for piece, _ in self.surnames:
            if self.word_before(piece).lower() == "the":
                key = _key(piece.text)
                self.personal.discard(key)
                self.after_the.add(key)

    def join_candidates(self) -> None:
        """Two to four name-like words that no table knows (``Évariste Galois``) are a
        person when their last word stands alone elsewhere in the text, or the text speaks
        of them as of a person; a body after ``the`` (``the Harbour Gulls``); else only
        the places in them are kept."""
        alone = {_key(piece.text) for piece, _ in self.surnames}
        bodies = {  # the names the text puts after "the" somewhere: bodies everywhere
            piece.text
            for piece, _ in self.candidates
            if self.named_with_the(piece, _read_words(piece.text))
        }
        for piece, found in self.candidates:
            family = found.family_key
            if all(_common(word) for word in piece.tokens):
                if piece.text in bodies:
                    self.add_org(piece)
                else:
                    self.add_places_inside(piece)  # "Chemical Wedding", "Creative Block"
            elif (
                (
                    family in alone
                    and not _common(found.family)
                    and not self.written_lower(found.family)
                    and _gazetteer_place(found.family) is None
                )
                or family in self.people_by_family
                or family in self.personal
                or self.spoken_of_as_person(piece)
            ):
                self.add_person(piece, found)
            elif piece.text in bodies:
                self.add_org(piece)
            else:
                self.add_places_inside(piece)

    def read(self, piece: _Piece) -> None:
        text = self.text
        if piece.text in self.acronyms:
            self.groups[self.acronyms[piece.text]].add(piece.start, piece.end)
            return
        if (
            len(piece.tokens) == 1
            and "-" in piece.text
            and (self.hyphenated_people(piece) or self.hyphenated_places(piece))
        ):
            return
        if (named := self.heads.get(piece.text)) is not None:
            named.add(piece.start, piece.end)  # "Hercules" after "C-130J Super Hercules"
            return
        if len(piece.tokens) > 1 and self.read_parts(piece):
            return
        bracketed = None  # "(DoD)" right after it, within three spaces
        if text.find("(", piece.end, piece.end + 4) >= 0:
            bracketed = _BRACKETED().match(text, piece.end)
        own = _read_words(piece.text)
        if not own.settled and (parts := _known_before_joiner(piece)) is not None:
            for part in parts:  # "MLB for the Pittsburgh Pirates": two names
                self.read(part)
            return
        kind = _kind(piece, own, text)
        if kind == "PLACE" and own.place is None and self.maybe_person(piece, own):
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
            and _opener(piece.tokens[0], piece.tokens[1])
            and not self.named_with_the(piece, own)
        ):
            self.read(_rest(piece))  # "Biologist Nick Bos", "Hey Steve", "Maybe Harold"
            return
        if kind is None and self.named_with_the(piece, own):
            found = _as_person(piece.text)
            if found is None or not found.evident:
                self.add_org(piece)  # "the Harbour Gulls", "the Cuban Consulate"
                return
        described = (
            kind is None
            and not own.settled  # not "the network Wednesday"
            and self.described_as_body(piece)
            and not self.named_person(piece)  # not "the network President Rui Lima founded"
        )
        if described:
            kind = "ORG"  # "the publishing giant Varnholt", "carmaker Kia"
        if kind is None and self.person(piece):
            return
        if kind is None and bracketed is not None and len(piece.tokens) > 1:
            kind = "ORG"  # "India-U.S. Defense Acceleration Ecosystem (INDUS-X)"
        if kind is None and own.known_word and (self.acts(piece) or not self.opens(piece)):
            kind = "ORG"  # "announced on Twitter", "the Fed": not "Target the young"
        if kind is None and own.body and (own.acronym or self.acts(piece)):
            kind = "ORG"  # "the Senate", "Congress", "this Court"
        if kind is None and own.acronym and (self.acts(piece) or not piece.text.isupper()):
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
            self.person_inside(piece)
            return
        key = _key(piece.text)
        group = self.group(kind, key, piece.text)
        group.add(piece.start, piece.end)
        self.name_heads(piece, group)
        if described:
            self.heads.setdefault(piece.text, group)  # "Varnholt's journals": the same body
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
                people = self.people_by_given.get(census_key(piece.text), [])
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
                and (_key(place) in _BIG_PLACES() or family in self.placed)
                and not titles
                and family not in self.personal
            ):
                self.group("PLACE", _key(place), place).add(piece.start, piece.end)
            elif (
                titles
                or (family in self.personal and family not in _NOT_NAMES)
                or (
                    _given_alone(piece.text)
                    and not self.written_lower(piece.text)
                    and family not in self.after_the  # "the Quenari": a people
                )
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
