"""People's names as news prints them: titles, offices, affiliations, initials.

:func:`parse_name` splits one mention (``then-US President [Donald] Trump's``)
into its parts; :func:`name_key` folds every form of one person's name to one
key. Both read the words in order with small tables (``_data/people.py``,
``_data/countries.py``, ``_data/lone_given.py``) and never invent a part: what is
not written is None. The rules are in ``docs/names.md``.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from newsseed.normalize._data.countries import COUNTRIES
from newsseed.normalize._data.people import (
    AFFILIATIONS,
    COUNTRY_NAMES_IN_NEWS,
    EAST_ASIAN_FAMILIES,
    GIVEN_NAME_TITLES,
    HONORIFICS,
    JR_SR,
    MEMBER_OFFICES,
    MODIFIER_PREFIXES,
    MODIFIERS,
    OFFICE_HEADS,
    OFFICE_JOINERS,
    OFFICE_WORDS,
    PARTICLES,
    POSTNOMINALS,
    POSTNOMINALS_IN_CAPITALS,
    SUFFIXES,
    TITLE_CASE_PARTICLES,
)
from newsseed.normalize._text import (
    lazy,
    lazy_regex,
    lazy_table,
    plain_letters,
    remember_short,
)

__all__ = ("PersonName", "name_key", "parse_name")


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    return tuple(map(str, value))


@attrs.frozen
class PersonName:
    """The parts of a person's name as one mention writes it.

    >>> name = parse_name("then-US Defense Secretary Pete Hegseth's")
    >>> name.affiliation, name.titles, name.given, name.family
    ('US', ('Defense Secretary',), 'Pete', 'Hegseth')
    """

    titles: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Offices and honorifics before the name, in order (``("Prime Minister", "Dr")``)."""
    given: str | None = None
    """The first name or initial, as written (``"Pete"``, ``"S."``)."""
    middle: str | None = None
    """Names between the given and the family name, joined by one space."""
    family: str | None = None
    """The family name, with its particles (``"von der Leyen"``); a lone name is one."""
    suffix: str | None = None
    """A generational suffix, as written: ``Jr.``, ``Sr.``, ``II``, ``III``, ``IV``."""
    postnominals: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    """Letters after the name, in order, as written (``("CPA", "CFA")``, ``("PhD",)``)."""
    affiliation: str | None = None
    """A country or nationality written before the office (``"US"``, ``"India"``)."""
    original: str = ""
    """The text the name was read from."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "titles": list(self.titles),
            "given": self.given,
            "middle": self.middle,
            "family": self.family,
            "suffix": self.suffix,
            "postnominals": list(self.postnominals),
            "affiliation": self.affiliation,
            "original": self.original,
        }


# ------------------------------------------------------------------ cleaning up

# Given names of the 2020 US Census, and those far more often given names than surnames
# (normalize/_data, generated), loaded on first use.
_GIVEN_MALE: Final = lazy_table("census_names", "GIVEN_MALE")
_GIVEN_FEMALE: Final = lazy_table("census_names", "GIVEN_FEMALE")
_LONE_GIVEN: Final = lazy_table("lone_given", "LONE_GIVEN")
_BYLINE: Final = lazy_regex(r"(?i:by)\s+")
# The marks that may enclose a whole mention, and what closes each.
_ENCLOSING: Final = {"(": ")", "[": "]", '"': '"', "“": "”", "'": "'", "‘": "’"}
# The white space before a note, a nickname or "of" is taken from where its run starts
# ((?<!\s): a match from inside a run is never the leftmost), not tried from every place in
# the run, each reading to its end: quadratic in the length of a run of spaces.
_TRAILING_NOTE: Final = lazy_regex(r"(?<!\s)\s*\([^()]{0,80}\)\Z")
_NICKNAME: Final = lazy_regex(r"""(?<!\s)\s+(?:"[^"]{1,40}"|“[^”]{1,40}”)(?=\s)""")
_POSSESSIVE: Final = lazy_regex(r"(?:['’]s|(?<=[sS])['’])\Z")
_POSSESSIVE_ENDS: Final = ("'s", "’s", "'", "’")
_CAPS_WORD: Final = lazy_regex(r"\p{Lu}+")
# "Sen. Tom Carper of Delaware": a place after two or more words of a name.
_OF_PLACE: Final = lazy_regex(r"(?<!\s)\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\Z")


def _title_case(word: str) -> str:
    """``O'NEILL`` -> ``O'Neill``, ``JEAN-LUC`` -> ``Jean-Luc``."""
    return _CAPS_WORD().sub(lambda m: m.group()[0] + m.group()[1:].lower(), word)


def _all_capitals(text: str) -> bool:
    """Whether ``text`` has letters, all of them capitals."""
    if text.isascii():  # every ASCII letter has a case
        return text.isupper()
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _clean(text: str) -> str:
    text = text.strip()
    text = _unenclosed(text)
    # (Each pattern is tried only where the characters it needs are there.)
    byline = _BYLINE().match(text) if text[:2].lower() == "by" else None
    if byline is not None and byline.end() < len(text):
        text = text[byline.end() :]
    if text.endswith(")"):
        text = _TRAILING_NOTE().sub("", text)
    if '"' in text or "“" in text:
        text = _NICKNAME().sub("", text)
    text = text.replace("[", "").replace("]", "").rstrip(" ,;:")
    if text.endswith(_POSSESSIVE_ENDS):
        text = _POSSESSIVE().sub("", text)
    text = text.strip()
    if len(text.split()) > 1 and _all_capitals(text):  # not "NATO"
        text = " ".join(text.split())
        # In ASCII capitals, str.title's words are the runs of capitals: the same, faster.
        text = text.title() if text.isascii() else _title_case(text)
    if "," in text:
        text = _commas(text)
    place = _OF_PLACE().search(text) if "of" in text else None
    before = text[: place.start()].split() if place is not None else []
    if place is not None and len(before) > 1 and not _is_title_word(before[-1]):
        text = text[: place.start()]  # not "the Minister of Defence"
    return text


def _unenclosed(text: str) -> str:
    """``text`` without up to three pairs of marks around the whole of it, one line
    only: ``(By JOHN SMITH)``, ``[Pete Hegseth]``."""
    for _ in range(3):
        if len(text) < 2 or _ENCLOSING.get(text[0]) != text[-1] or "\n" in text:
            break
        text = text[1:-1].strip()
    return text


def _commas(text: str) -> str:
    """The name a text with commas writes, a suffix and letters after a comma put last.

    ``Roe, Jane A., Jr.`` -> ``Jane A. Roe Jr.``; ``Jane Roe, CPA, CFA`` -> ``Jane Roe CPA
    CFA``; one comma left is read by :func:`_comma`; more are kept as written.
    """
    parts = text.split(",")
    keep = len(parts)
    while keep > 1 and _is_tail(parts[keep - 1]):
        keep -= 1
    if keep == 2:
        name = _comma(parts[0].strip(), parts[1].strip())
    elif keep == len(parts):
        return text
    else:
        name = ",".join(parts[:keep])  # as written, up to the suffix or letters
    return " ".join([_TRAILING_NOTE().sub("", name), *(part.strip() for part in parts[keep:])])


def _is_tail(part: str) -> bool:
    """Whether ``part`` is only suffixes and letters after a name (``Jr.``, ``CPA``)."""
    words = part.split()
    return bool(words) and all(_bare(w) in SUFFIXES or _is_postnominal(w) for w in words)


def _is_postnominal(word: str) -> bool:
    """``PhD``, ``Ph.D.``, ``KC``, ``OBE``; ``MA`` in capitals only (``Jack Ma``)."""
    letters = _bare(word).replace(".", "")
    if letters in POSTNOMINALS:
        return True
    return letters in POSTNOMINALS_IN_CAPITALS and word.rstrip(".,;:").isupper()


def _comma(before: str, after: str) -> str:
    """One comma: ``Family, Given``; ``Name, Office`` (turned round); ``Name, aside``."""
    after_words = after.split()
    if not after_words or after[:1].islower():
        return before  # "Jane Roe, a spokeswoman for the council": an aside
    if any(_is_title_word(word) for word in after_words):
        return f"{after} {before}"  # "Pete Hegseth, US Defence Secretary"
    if (
        len(after_words) <= 2
        and not any(_is_title_word(word) for word in before.split())
        and all(_CAPITALISED().fullmatch(w) and _bare(w) not in _ASIDES for w in after_words)
    ):
        return f"{after} {before}"  # "Jaishankar, S.", "von der Leyen, Ursula"
    return before  # "Senator Jane Roe, Democrat of Ohio": an aside


# Words after a comma that describe a person rather than name one.
_ASIDES: Final = AFFILIATIONS | {
    "democrat", "republican", "independent", "labour", "conservative", "liberal", "green",
}  # fmt: skip
_CAPITALISED: Final = lazy_regex(r"\p{Lu}[\p{L}\p{M}'’.\-]*")


# ----------------------------------------------------------------- the parts


def _bare(word: str) -> str:
    """``Mr.`` -> ``mr``, ``Sen.,`` -> ``sen``: a word as the tables hold it."""
    return word.rstrip(".,;:").lower().replace("’", "'")


# The tables as parse_name reads them: "Saint" is an honorific here ("Saint Rui"), and a
# member's seat an office ("Labour MP Ana Lima"), not in the entity finder's names.
_HONORIFICS: Final = HONORIFICS | {"saint"}
_OFFICE_WORDS: Final = OFFICE_WORDS | MEMBER_OFFICES
_OFFICE_HEADS: Final = OFFICE_HEADS | MEMBER_OFFICES

_COUNTRY_WORDS: Final = frozenset(
    tuple(name.lower().split())
    for name in (*COUNTRY_NAMES_IN_NEWS, *(n for names in COUNTRIES.values() for n in names))
)
_MAX_COUNTRY_WORDS: Final = max(len(words) for words in _COUNTRY_WORDS)


def _is_office_word(bare: str) -> bool:
    """``minister``, ``secretary-general``: an office word, or office words joined by hyphens."""
    return bare in _OFFICE_WORDS or (
        "-" in bare and all(p in _OFFICE_WORDS for p in bare.split("-"))
    )


def _is_title_word(word: str) -> bool:
    """An office word or an honorific, perhaps with a modifier on it (``then-Secretary``)."""
    bare = _bare(_unmodified(word))
    return _is_office_word(bare) or bare in _HONORIFICS


def _affiliation(words: list[str]) -> int:
    """How many words at the start say whose the office after them is (0 if none).

    A country or nationality (``US``, ``India's``, ``Indian``) before a title; or a
    state, city or other name in capitals (``Ohio Gov.``, ``Phoenix Mayor``) before an
    office that names a post and is followed by a name.
    """
    for size in range(min(_MAX_COUNTRY_WORDS, len(words) - 2), 0, -1):
        candidate = [_bare(w) for w in words[:size]]
        candidate[-1] = candidate[-1].removesuffix("'s")
        if tuple(candidate) in _COUNTRY_WORDS or " ".join(candidate) in AFFILIATIONS:
            # A modifier may come between the affiliation and the title ("US then-Foreign").
            rest = _without_modifiers(words[size:])
            if len(rest) > 1 and _is_title_word(rest[0]):
                return size
    for size in range(1, min(3, len(words) - 2) + 1):
        if not all(
            _CAPITALISED().fullmatch(word) and not _is_title_word(word) for word in words[:size]
        ):
            break
        rest = _without_modifiers(words[size:])
        titles, taken = _titles(rest)
        two = len(rest) - taken >= 2  # a name of two words or more
        if titles and taken and two and _bare(words[size]) not in _HONORIFICS:
            return size
    return 0


def _office_follows(words: list[str], index: int) -> bool:
    """Whether an office word comes next, after joiners and modifiers, and is not the last
    word (``and former Defence Secretary``, ``and then-Defence Secretary``)."""
    while index < len(words) - 1 and _bare(words[index]) in OFFICE_JOINERS:
        index += 1
    while index < len(words) - 1 and _bare(words[index]) in MODIFIERS:
        index += 1
    return index < len(words) - 1 and _is_office_word(_bare(_unmodified(words[index])))


def _has_head(office: list[str]) -> bool:
    """Whether an office names a post (``Defence Secretary``), not only a field (``Marine``)."""
    return any(part in _OFFICE_HEADS for word in office for part in _bare(word).split("-"))


def _titles(words: list[str]) -> tuple[list[str], int]:
    """The titles at the start of ``words`` and how many words they take.

    Never the last word: a name keeps at least one. A run of office words with no
    head word (``Marine`` in ``Marine Le Pen``) is not a title but the name.
    """
    titles: list[str] = []
    office: list[str] = []
    start = index = 0  # where the office being read began
    while index < len(words) - 1:
        word = words[index]
        if _is_title_word(word):
            word = _unmodified(word)  # "Prime Minister and then-Defence Secretary": as at the start
        bare = _bare(word)
        if bare in _HONORIFICS:
            if office and not _has_head(office):
                return titles, start
            if office:
                titles.append(" ".join(office))
                office = []
            titles.append(word.rstrip(","))
        elif _is_office_word(bare):
            if office and word.endswith(".") and not office[-1].endswith(".") and _has_head(office):
                titles.append(" ".join(office))  # "Chief of the Defence Staff Adm.": a rank
                office = []
            if not office:
                start = index
            office.append(word.rstrip(","))
        elif bare in OFFICE_JOINERS and office and _office_follows(words, index + 1):
            office.append(word)
        elif bare in MODIFIERS or _unmodified(word) != word:
            pass  # "Prime Minister and former Defence Secretary", "ex-CIA": dropped
        else:
            break
        index += 1
    rest = words[index:]
    if office and rest and rest[0] in OFFICE_JOINERS:
        # "Secretary of State", "Duke of Sussex": what follows "of" is the office's domain,
        # up to a name of two words or more ("Attorney General of Ohio Rui Costa")
        name = _name_after_domain(rest)
        office.extend(rest[: len(rest) - name])
        index = len(words) - name
    if office and not _has_head(office):
        return titles, start
    if office:
        titles.append(" ".join(office))
    return titles, index


def _name_after_domain(rest: list[str]) -> int:
    """How many words at the end of ``of Ohio Rui Costa`` (an office's domain, then
    perhaps a name) are a name: a family name with its particles and a given name
    before it (and more given names or initials: ``Ana Maria``, ``J.``), with one word
    of the domain left that is not a joiner (``of the Duchy of Lancaster``: no name)."""
    start = len(rest) - 1
    if start < 3 or not _is_name_word(rest[start]):
        return 0
    while start > 3 and len(rest) - start < _MOST_NAME_WORDS and rest[start - 1] in PARTICLES:
        start -= 1
    if not _is_name_word(rest[start - 1]):
        return 0
    start -= 1  # the given name
    while (
        start > 2
        and len(rest) - start < _MOST_NAME_WORDS
        and _is_name_word(rest[start - 1])
        and _is_given(rest[start - 1])
    ):
        start -= 1
    return 0 if rest[start - 1] in OFFICE_JOINERS else len(rest) - start


# The most words a name after an office's domain is given ("Ana Maria de la Lima": 5).
_MOST_NAME_WORDS: Final = 6


def _is_name_word(word: str) -> bool:
    """A capitalised word that is not a title word: ``Rui``, ``O'Neill``, ``J.``."""
    return bool(_CAPITALISED().fullmatch(word)) and not _is_title_word(word)


_INITIAL: Final = lazy_regex(r"\p{Lu}\.?")


def _is_given(word: str) -> bool:
    """An initial (``J.``) or a given name of the Census tables (``Ana``)."""
    if _INITIAL().fullmatch(word):
        return True
    folded = _fold(word)
    return folded in _GIVEN_FEMALE() or folded in _GIVEN_MALE()


# A modifier written onto the word it modifies ("then-US", "ex-Foreign", "former-President"),
# with a hyphen or an en dash ("then–Secretary of State"), and something after it.
_MODIFIER_PREFIX: Final = lazy_regex(
    r"(?i:" + "|".join(prefix.rstrip("-") for prefix in MODIFIER_PREFIXES) + r")[-–](?=.)"
)


def _unmodified(word: str) -> str:
    """``then-Defence`` -> ``Defence``; a word without a modifier prefix is returned itself."""
    if "-" not in word and "–" not in word:
        return word  # (the prefix ends in one of them)
    prefix = _MODIFIER_PREFIX().match(word)
    return word if prefix is None else word[prefix.end() :]


def _without_modifiers(words: list[str]) -> list[str]:
    while words:
        first = words[0]
        lower = first.lower()
        if lower in MODIFIERS and len(words) > 1:
            words = words[1:]
        elif lower == "the" and len(words) > 2 and words[1].lower() == "late":
            words = words[2:]
        elif first == "the" and len(words) > 1 and _is_title_word(words[1]):
            words = words[1:]  # "the Minister of Defence"
        elif (unmodified := _unmodified(first)) != first:
            words = [unmodified, *words[1:]]  # "then-US", "ex–Prime"
        else:
            break
    return words


def parse_name(text: str) -> PersonName:
    """Split one mention of a person into titles, given, middle and family names.

    Reads, in order: an affiliation (a country or nationality before an office),
    titles (offices such as ``External Affairs Minister`` are one title each,
    honorifics such as ``Mr`` or ``Dr`` one each, a description in lower case such as
    ``Labour nominee`` one), then the name: given name first, family name last, with
    particles (``von der Leyen``, ``Ortega y Gasset``), a generational suffix
    (``Jr.``, ``III``) and letters after it (``PhD``, ``KC``, ``OBE``: ``postnominals``).
    ``then-``, ``former``, editorial brackets, possessives, a byline's ``By`` and
    ALL-CAPS are undone; ``Family, Given`` and ``Family, Given, Jr.`` are turned round.
    One word after ``Sir``, ``Dame``, ``King``, ``Pope``... or written alone and a
    common given name (``Maria``) is a given name; any other lone word a family name.
    Names written family first (``Xi Jinping``, ``Park Chan Wook``) keep their written
    order (the first word is ``given``, the rest ``family``). Never raises; a part that
    is not written is None.

    >>> parse_name("External Affairs Minister S Jaishankar")
    PersonName(titles=('External Affairs Minister',), given='S', middle=None, \
family='Jaishankar', suffix=None, postnominals=(), affiliation=None, \
original='External Affairs Minister S Jaishankar')
    >>> n = parse_name("Roe, Jane A., Jr., CPA")
    >>> n.given, n.middle, n.family, n.suffix, n.postnominals
    ('Jane', 'A.', 'Roe', 'Jr.', ('CPA',))
    >>> n = parse_name("President [Donald] Trump's")
    >>> n.titles, n.given, n.family
    (('President',), 'Donald', 'Trump')
    >>> n = parse_name("Ursula von der Leyen")
    >>> n.given, n.family
    ('Ursula', 'von der Leyen')
    >>> parse_name("By JOHN O'NEILL JR.").family, parse_name("Smith, John").given
    ("O'Neill", 'John')
    """
    return _parse_name(text)


@remember_short
def _parse_name(text: str) -> PersonName:
    words, suffix, postnominals = _peel(_without_modifiers(_clean(text).split()))
    affiliation = None
    # An affiliation is one before a title, and titles are honorifics and offices: a name
    # without a word of either ("Ana Lima", most names) has neither.
    titled = any(map(_is_title_word, words))
    size = _affiliation(words) if titled else 0
    if size:
        affiliation = " ".join(words[:size])
        affiliation = _POSSESSIVE().sub("", affiliation.rstrip(","))
        words = _without_modifiers(words[size:])  # as at the start: "France's former PM"
    titles, taken = _titles(words) if titled else ([], 0)
    words = [word.rstrip(",") for word in words[taken:]]
    words = [word for word in words if word]
    described = _description_end(words)
    if described:
        titles.append(" ".join(words[:described]))  # "Labour nominee" Ana Lima
        words = words[described:]
    given = middle = family = None
    if len(words) == 1:
        if _lone_given(words[0], titles):
            given = words[0]
        else:
            family = words[0]
    elif words:
        particle = next(
            (
                i
                for i, word in enumerate(words[:-1])
                if word in PARTICLES
                or (i and word in TITLE_CASE_PARTICLES)
                or (i > 1 and word in _JOINING)
            ),
            len(words) - 1,
        )
        if particle > 1 and words[particle] in _JOINING:
            particle -= 1  # "Ortega y Gasset": the word before "y" is the family's
        if particle == 0:
            family = " ".join(words)
        elif _family_first(words):
            given, family = words[0], " ".join(words[1:])  # kept in its written order
        else:
            given, family = words[0], " ".join(words[particle:])
            middle = " ".join(words[1:particle]) or None
    return PersonName(
        titles=titles,
        given=given,
        middle=middle,
        family=family,
        suffix=suffix,
        postnominals=postnominals,
        affiliation=affiliation,
        original=text,
    )


# "y" (Spanish), "e" (Portuguese), "i" (Catalan) join two family names: "Ortega y Gasset".
_JOINING: Final = frozenset({"y", "e", "i"})


def _peel(words: list[str]) -> tuple[list[str], str | None, list[str]]:
    """``words`` without the suffix and the letters at their end (one word is kept):
    ``Jane Roe Jr. PhD`` -> ``Jane Roe``, ``Jr.``, ``["PhD"]``."""
    suffix = None
    postnominals: list[str] = []
    end = len(words)
    while end > 1:
        last = words[end - 1].rstrip(",")
        if _is_postnominal(last):
            postnominals.append(last)
        elif suffix is None and _bare(last) in SUFFIXES:
            suffix = last
        else:
            break
        end -= 1
    return words[:end], suffix, postnominals[::-1]


def _description_end(words: list[str]) -> int:
    """Where a description in lower case before a name ends (0 if there is none):
    ``Labour nominee Ana Lima``, ``Green mayoral candidate Rui Costa`` (after a word in
    lower case that is not a particle, a joiner or a given name, a capitalised word)."""
    end = 0
    for index, word in enumerate(words[:-1]):
        if (
            word.isalpha()
            and word.islower()
            and word not in PARTICLES
            and word not in _JOINING
            and word not in OFFICE_JOINERS
            and word not in _GIVEN_FEMALE()
            and word not in _GIVEN_MALE()
        ):
            end = index + 1
    return end if any(word[:1].isupper() for word in words[end:]) else 0


def _lone_given(word: str, titles: list[str]) -> bool:
    """Whether one word left for the name is a given name: after a title written with a
    given name (``Dame Ana``, ``King Rui``, ``Pope Leo``), or alone and a given name that
    is seldom a surname (``Maria``; ``_data/lone_given.py``)."""
    if titles:
        return _bare(titles[-1].split()[-1]) in GIVEN_NAME_TITLES
    return _fold(word) in _LONE_GIVEN()


def _family_first(words: list[str]) -> bool:
    """Whether ``words`` are an East Asian name of three words, family name first
    (``Park Chan Wook``): a known family name, then two short syllables."""
    return (
        len(words) == 3
        and _fold(words[0]) in EAST_ASIAN_FAMILIES
        and all(2 <= len(w) <= 5 and w.isalpha() for w in words[1:])
    )


def _fold(part: str) -> str:
    if not part.isascii():  # (plain_letters returns ASCII as it is: one call the fewer)
        part = plain_letters(part)
    return part.casefold().replace(".", "").strip()


# ``word`` as the Census tables (``_data/census_names.py``) write names: folded, no dots,
# hyphens or apostrophes (``O'Brien``: ``obrien``). Asked of the same words again and
# again: remembered (a call is a lookup).
@remember_short
def census_key(word: str) -> str:
    return _fold(word).replace("'", "").replace("-", "")


def _plain_word(text: str) -> bool:
    """Whether ``text`` is one word of letters, hyphens and full stops with no modifier
    on it (``Hegseth``, ``Jessen-Petersen``; not ``ex-Smith``): one name, read as itself
    (nothing to clean, no title, no suffix; a given or a family name alone)."""
    letters = text.replace("-", "").replace(".", "")
    return letters.isalpha() and _MODIFIER_PREFIX().match(text) is None


def _plain_key(key: str) -> bool:
    """Whether ``key`` is one or two words in lower case, of letters only, that no table
    of :func:`parse_name` holds: read again, such a key is itself (no title, modifier,
    affiliation, particle or suffix to take off, nothing to clean, no middle name)."""
    words = key.split()
    return (
        0 < len(words) <= 2
        and key.islower()
        and all(word.isalpha() and word not in _words_in_tables() for word in words)
    )


@lazy
def _words_in_tables() -> frozenset[str]:
    """Every word of every table :func:`parse_name` reads, in lower case, with and
    without its full stops."""
    tables = (
        MODIFIERS, POSTNOMINALS, POSTNOMINALS_IN_CAPITALS, SUFFIXES, _HONORIFICS,
        _OFFICE_WORDS, OFFICE_JOINERS, PARTICLES, TITLE_CASE_PARTICLES, _JOINING,
        GIVEN_NAME_TITLES, AFFILIATIONS, COUNTRY_NAMES_IN_NEWS, {"by", "the", "late"},
        (" ".join(words) for words in _COUNTRY_WORDS),
    )  # fmt: skip
    words = {word.lower() for table in tables for entry in table for word in entry.split()}
    return frozenset(words | {word.replace(".", "") for word in words})


def _key_once(text: str) -> str:
    name = parse_name(text)
    parts = [_fold(part) for part in (name.given, name.family) if part]
    if name.suffix:
        suffix = _fold(name.suffix)
        parts.append(JR_SR.get(suffix, suffix))
    return " ".join(part for part in parts if part)


def name_key(text: str) -> str:
    """One key for every form of a person's name: given and family name, folded, and a
    generational suffix (``Jr.`` -> ``jr``): ``Donald Trump Jr.`` is not ``Donald Trump``.

    Titles, affiliations, middle names and letters after the name (``PhD``) are
    dropped; case, dots, diacritics, brackets and possessives are folded. An initial
    stays an initial: ``S. Jaishankar`` and ``Subrahmanyam Jaishankar`` have different
    keys. The key of a key is itself.

    >>> name_key("S. Jaishankar") == name_key("External Affairs Minister S Jaishankar")
    True
    >>> name_key("U.S. Defense Secretary Pete Hegseth"), name_key("Recep Tayyip Erdoğan")
    ('pete hegseth', 'recep erdogan')
    >>> name_key("Trump, Donald, Jr."), name_key("Roe, Jane, CPA")
    ('donald trump jr', 'jane roe')
    """
    return _name_key(text)


@remember_short
def _name_key(text: str) -> str:
    if _plain_word(text):
        return _fold(text)  # what the reading below comes to for one plain word, faster
    key = _key_once(text)
    for _ in range(4):  # a key read again is itself; a stray title or "by" may go first
        if _plain_key(key):
            break  # read again, it would be itself
        again = _key_once(key)
        if again == key:
            break
        key = again
    return key
