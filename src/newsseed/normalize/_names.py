"""People's names as news prints them: titles, offices, affiliations, initials.

:func:`parse_name` splits one mention (``then-US President [Donald] Trump's``)
into its parts; :func:`name_key` folds every form of one person's name to one
key. Both read the words in order with small tables (``_data/people.py``,
``_data/countries.py``) and never invent a part: what is not written is None.
The rules are in ``docs/names.md``.
"""

from __future__ import annotations

import itertools
from typing import Any, Final

import attrs

from newsseed.normalize._data.countries import COUNTRIES
from newsseed.normalize._data.people import (
    AFFILIATIONS,
    COUNTRY_NAMES_IN_NEWS,
    EAST_ASIAN_FAMILIES,
    HONORIFICS,
    MODIFIER_PREFIXES,
    MODIFIERS,
    OFFICE_HEADS,
    OFFICE_JOINERS,
    OFFICE_WORDS,
    PARTICLES,
    SUFFIXES,
    TITLE_CASE_PARTICLES,
)
from newsseed.normalize._text import lazy_regex, plain_letters, remember_short

__all__ = ("PersonName", "name_key", "parse_name")


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    return tuple(str(item) for item in value)


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
    """``Jr.``, ``III``, ``PhD``... as written."""
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
            "affiliation": self.affiliation,
            "original": self.original,
        }


# ------------------------------------------------------------------ cleaning up

_BYLINE: Final = lazy_regex(r"(?i:by)\s+")
# The marks that may enclose a whole mention, and what closes each.
_ENCLOSING: Final = {"(": ")", "[": "]", '"': '"', "“": "”", "'": "'", "‘": "’"}
# The white space before a note, a nickname or "of" is taken from where its run starts
# ((?<!\s): a match from inside a run is never the leftmost), not tried from every place in
# the run, each reading to its end: quadratic in the length of a run of spaces.
_TRAILING_NOTE: Final = lazy_regex(r"(?<!\s)\s*\([^()]{0,80}\)\Z")
_NICKNAME: Final = lazy_regex(r"""(?<!\s)\s+(?:"[^"]{1,40}"|“[^”]{1,40}”)(?=\s)""")
_POSSESSIVE: Final = lazy_regex(r"(?:['’]s|(?<=[sS])['’])\Z")
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
    byline = _BYLINE().match(text)
    if byline is not None and byline.end() < len(text):
        text = text[byline.end() :]
    text = _TRAILING_NOTE().sub("", text)
    text = _NICKNAME().sub("", text)
    text = text.replace("[", "").replace("]", "")
    text = _POSSESSIVE().sub("", text.rstrip(" ,;:")).strip()
    if len(text.split()) > 1 and _all_capitals(text):  # not "NATO"
        text = " ".join(text.split())
        # In ASCII capitals, str.title's words are the runs of capitals: the same, faster.
        text = text.title() if text.isascii() else _title_case(text)
    if text.count(",") == 1:
        text = _TRAILING_NOTE().sub("", _comma(*(part.strip() for part in text.split(","))))
    place = _OF_PLACE().search(text)
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


def _comma(before: str, after: str) -> str:
    """One comma: ``Family, Given``; ``Name, Office`` (turned round); ``Name, aside``."""
    after_words = after.split()
    if not after_words or after[:1].islower():
        return before  # "Jane Roe, a spokeswoman for the council": an aside
    if len(after_words) == 1 and _bare(after) in SUFFIXES:
        return f"{before} {after}"  # "Martin Luther King, Jr."
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


_COUNTRY_WORDS: Final = frozenset(
    tuple(name.lower().split())
    for name in (*COUNTRY_NAMES_IN_NEWS, *(n for names in COUNTRIES.values() for n in names))
)
_MAX_COUNTRY_WORDS: Final = max(len(words) for words in _COUNTRY_WORDS)


def _is_office_word(bare: str) -> bool:
    """``minister``, ``secretary-general``: an office word, or office words joined by hyphens."""
    return bare in OFFICE_WORDS or ("-" in bare and all(p in OFFICE_WORDS for p in bare.split("-")))


def _is_title_word(word: str) -> bool:
    """An office word or an honorific, perhaps with a modifier on it (``then-Secretary``)."""
    bare = _bare(_unmodified(word))
    return _is_office_word(bare) or bare in HONORIFICS


def _affiliation(words: list[str]) -> int:
    """How many words at the start say whose the office after them is (0 if none).

    A country or nationality (``US``, ``India's``, ``Indian``) before a title; or a
    state, city or other name in capitals (``Ohio Gov.``, ``Phoenix Mayor``) before an
    office that names a post and is followed by a name.
    """
    for size in range(min(_MAX_COUNTRY_WORDS, len(words) - 2), 0, -1):
        candidate = [_bare(w) for w in words[:size]]
        candidate[-1] = candidate[-1].removesuffix("'s")
        # A modifier may come between the affiliation and the title ("US then-Foreign").
        rest = _without_modifiers(words[size:])
        if (tuple(candidate) in _COUNTRY_WORDS or " ".join(candidate) in AFFILIATIONS) and (
            len(rest) > 1 and _is_title_word(rest[0])
        ):
            return size
    for size in range(1, min(3, len(words) - 2) + 1):
        if not all(
            _CAPITALISED().fullmatch(word) and not _is_title_word(word) for word in words[:size]
        ):
            break
        rest = _without_modifiers(words[size:])
        titles, taken = _titles(rest)
        name = (w for w in rest[taken:] if _bare(w) not in SUFFIXES)
        two = next(itertools.islice(name, 1, None), None) is not None  # two words or more
        if titles and taken and two and _bare(words[size]) not in HONORIFICS:
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
    return any(part in OFFICE_HEADS for word in office for part in _bare(word).split("-"))


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
        if bare in HONORIFICS:
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
        # "Secretary of State", "Duke of Sussex": what follows "of" is the office's domain
        office.extend(rest)
        index = len(words)
    if office and not _has_head(office):
        return titles, start
    if office:
        titles.append(" ".join(office))
    return titles, index


# A modifier written onto the word it modifies ("then-US", "ex-Foreign", "former-President"),
# with a hyphen or an en dash ("then–Secretary of State"), and something after it.
_MODIFIER_PREFIX: Final = lazy_regex(
    r"(?i:" + "|".join(prefix.rstrip("-") for prefix in MODIFIER_PREFIXES) + r")[-–](?=.)"
)


def _unmodified(word: str) -> str:
    """``then-Defence`` -> ``Defence``; a word without a modifier prefix is returned itself."""
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
    honorifics such as ``Mr`` or ``Dr`` one each), then the name: given name
    first, family name last, with particles (``von der Leyen``) and a suffix
    (``Jr.``). ``then-``, ``former``, editorial brackets, possessives, a byline's
    ``By`` and ALL-CAPS are undone; ``Family, Given`` is turned round. Names
    written family first (``Xi Jinping``, ``Park Chan Wook``) keep their written order
    (the first word is ``given``, the rest ``family``). Never
    raises; a part that is not written is None.

    >>> parse_name("External Affairs Minister S Jaishankar")
    PersonName(titles=('External Affairs Minister',), given='S', middle=None, \
family='Jaishankar', suffix=None, affiliation=None, \
original='External Affairs Minister S Jaishankar')
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
    words = _without_modifiers(_clean(text).split())
    affiliation = None
    size = _affiliation(words)
    if size:
        affiliation = " ".join(words[:size])
        affiliation = _POSSESSIVE().sub("", affiliation.rstrip(","))
        words = _without_modifiers(words[size:])  # as at the start: "France's former PM"
    titles, taken = _titles(words)
    words = [word.rstrip(",") for word in words[taken:]]
    words = [word for word in words if word]
    suffix = None
    if len(words) > 1 and _bare(words[-1]) in SUFFIXES:
        suffix = words.pop()
    given = middle = family = None
    if len(words) == 1:
        family = words[0]
    elif words:
        particle = next(
            (
                i
                for i, word in enumerate(words[:-1])
                if word in PARTICLES or (i and word in TITLE_CASE_PARTICLES)
            ),
            len(words) - 1,
        )
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
        affiliation=affiliation,
        original=text,
    )


def _family_first(words: list[str]) -> bool:
    """Whether ``words`` are an East Asian name of three words, family name first
    (``Park Chan Wook``): a known family name, then two short syllables."""
    return (
        len(words) == 3
        and _fold(words[0]) in EAST_ASIAN_FAMILIES
        and all(2 <= len(w) <= 5 and w.isalpha() for w in words[1:])
    )


def _fold(part: str) -> str:
    return plain_letters(part).casefold().replace(".", "").strip()


def _key_once(text: str) -> str:
    name = parse_name(text)
    parts = [_fold(part) for part in (name.given, name.family) if part]
    return " ".join(part for part in parts if part)


def name_key(text: str) -> str:
    """One key for every form of a person's name: given and family name, folded.

    Titles, affiliations, middle names and suffixes are dropped; case, dots,
    diacritics, brackets and possessives are folded. An initial stays an initial:
    ``S. Jaishankar`` and ``Subrahmanyam Jaishankar`` have different keys. The key
    of a key is itself.

    >>> name_key("S. Jaishankar") == name_key("External Affairs Minister S Jaishankar")
    True
    >>> name_key("U.S. Defense Secretary Pete Hegseth"), name_key("Recep Tayyip Erdoğan")
    ('pete hegseth', 'recep erdogan')
    """
    return _name_key(text)


@remember_short
def _name_key(text: str) -> str:
    key = _key_once(text)
    for _ in range(4):  # a key read again is itself; a stray title or "by" may go first
        again = _key_once(key)
        if again == key:
            break
        key = again
    return key
