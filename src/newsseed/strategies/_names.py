"""Names as news prints them: :class:`NameText` and :func:`person_names`."""

from __future__ import annotations

from typing import Final

import attrs
from hypothesis import strategies as st

from newsseed.normalize import PersonName
from newsseed.strategies._words import (
    _FAMILY,
    _GIVEN,
    _one_of,
)


@attrs.frozen
class NameText:
    """A person's name as news prints it, and the parts :func:`~newsseed.normalize.parse_name`
    gives: ``parse_name(n.text) == n.expected`` (whose ``original`` is ``n.text``)."""

    text: str
    """The mention (``"former US Defence Secretary Dr Ana Maria de Lima Jr."``)."""
    expected: PersonName
    """Its parts."""


_OFFICES: Final = (
    "Prime Minister",
    "Foreign Minister",
    "Finance Minister",
    "Transport Minister",
    "Defence Secretary",
    "Defense Secretary",
    "Health Secretary",
    "Secretary of State",
    "President",
    "Vice President",
    "Chief Executive",
    "Mayor",
    "Governor",
    "Senator",
    "Sen.",
    "Ambassador",
    "Judge",
    "Gen.",
    "Lt. Gen.",
)
_HONORIFICS: Final = ("Mr", "Mr.", "Mrs", "Ms", "Dr", "Dr.", "Sir", "Dame", "Prof.", "Rev.")
_NAME_MODIFIERS: Final = (
    "former ",
    "acting ",
    "outgoing ",
    "interim ",
    "the late ",
    "then-",
    "ex-",
    "former-",
    "then–",
    "ex–",
)
# A second office in the run ("Prime Minister and then-Defence Secretary"), perhaps with a
# modifier of its own (not "the late": "the" joins offices). A rank written short after an
# office is a title of its own, so none is second.
_SECOND_OFFICES: Final = tuple(office for office in _OFFICES if "." not in office)
_MODIFIERS_IN_A_RUN: Final = ("", *(m for m in _NAME_MODIFIERS if m != "the late "))
# As written, and as parse_name gives it ("India's" is India).
_NAME_AFFILIATIONS: Final = (
    ("US", "US"),
    ("U.S.", "U.S."),
    ("UK", "UK"),
    ("EU", "EU"),
    ("British", "British"),
    ("Brazilian", "Brazilian"),
    ("Indian", "Indian"),
    ("France's", "France"),
    ("Portugal's", "Portugal"),
    ("Brazil's", "Brazil"),
)
_INITIALS: Final = ("S.", "J.", "K.", "M.", "A.")
_PARTICLES: Final = (
    "de",
    "da",
    "dos",
    "del",
    "di",
    "du",
    "van",
    "von",
    "van der",
    "von der",
    "bin",
)
_TITLE_CASE_PARTICLES: Final = ("De", "Da", "Van", "Von", "Le", "La")
_SUFFIXES: Final = ("Jr.", "Sr.", "III")
_POSTNOMINALS: Final = ("PhD", "MP", "QC", "OBE")
_NICKNAMES: Final = ('"Annie"', '"Nico"', "“Bo”")
_NOTES: Final = ("(D-Ohio)", "(R-Texas)", "(Labour)")
_ASIDES: Final = (", a spokeswoman", ", a spokesman for the council", ", who chairs the board")
_PLACE_AFTER: Final = (" of Ohio", " of Vila Seca", " of Portugal")


@st.composite
def _name_texts(draw: st.DrawFn) -> NameText:
    style = _one_of(draw, ("plain", "plain", "plain", "byline", "inverted", "office-after"))
    initial = draw(st.integers(0, 4)) == 0
    given: str | None = _one_of(draw, _INITIALS if initial else _GIVEN)
    if style == "plain" and draw(st.integers(0, 5)) == 0:
        given = None  # a lone family name ("Mayor Lima")
    middle = draw(st.lists(st.sampled_from(_GIVEN + _INITIALS), max_size=2, unique=True))
    if given is None:
        middle = []
    elif style == "inverted":
        # After the comma, parse_name takes two words at most for a name turned round
        # ("Lima, Ana Maria"); more are an aside ("Roe, Democrat of Ohio").
        middle = middle[:1]
    family = _one_of(draw, _FAMILY)
    if given is not None and style == "plain" and draw(st.integers(0, 3)) == 0:
        # A particle starts the family name: in lower case, or in title case between names.
        particle = _one_of(draw, _PARTICLES + _TITLE_CASE_PARTICLES)
        family = f"{particle} {family}"
    elif given is not None and style == "plain" and draw(st.integers(0, 9)) == 0:
        family = f"al-{family}"
    suffix = None
    postnominals: tuple[str, ...] = ()
    if style == "plain" and given is not None and draw(st.integers(0, 4)) == 0:
        suffix = _one_of(draw, _SUFFIXES)
    if style == "plain" and given is not None and draw(st.integers(0, 5)) == 0:
        postnominals = (_one_of(draw, _POSTNOMINALS),)
    titles: list[str] = []
    affiliation: tuple[str, str] | None = None
    office = None
    if style in ("plain", "office-after") and draw(st.booleans()):
        office = _one_of(draw, _OFFICES)
        titles.append(office)
        if draw(st.booleans()):
            affiliation = _one_of(draw, _NAME_AFFILIATIONS)
    if style == "office-after" and office is None:
        office = _one_of(draw, _OFFICES)
        titles.append(office)
    written = list(titles)  # the offices as the text writes them
    if style == "plain" and office is not None and draw(st.integers(0, 4)) == 0:
        second, modifier = _one_of(draw, _SECOND_OFFICES), _one_of(draw, _MODIFIERS_IN_A_RUN)
        titles[0] = f"{office} and {second}"
        written[0] = f"{office} and {modifier}{second}"
    if style == "plain" and draw(st.integers(0, 2)) == 0:
        titles.append(_one_of(draw, _HONORIFICS))
        written.append(titles[-1])

    # The name itself.
    words = [w for w in (given, *middle) if w is not None]
    if words and style == "plain" and titles and draw(st.integers(0, 4)) == 0:
        words[0] = f"[{words[0]}]"  # President [Donald] Trump
    if len(words) >= 1 and style == "plain" and draw(st.integers(0, 9)) == 0:
        words.insert(1, _one_of(draw, _NICKNAMES))
    name = " ".join([*words, family])
    if suffix is not None:
        name += _one_of(draw, (" ", ", ")) + suffix
    for letters in postnominals:
        name += _one_of(draw, (" ", ", ")) + letters

    if style == "byline":
        text = f"{_one_of(draw, ('By ', 'by ', 'BY '))}{name}"
        if draw(st.booleans()):
            text = text.upper()
            given = given.upper().title() if given is not None else None
            middle = [m.upper().title() for m in middle]
            family = family.upper().title()
    elif style == "inverted":
        text = f"{family}, {' '.join(w for w in (given, *middle) if w is not None)}"
    elif style == "office-after":
        assert office is not None
        after = office if affiliation is None else f"{affiliation[0]} {office}"
        text = f"{name}, {after}"
    else:
        head = " ".join(written)
        # A modifier before the office, or between the affiliation and the office
        # ("former US Prime Minister", "France's former Prime Minister").
        if office is not None and draw(st.integers(0, 3)) == 0:
            modifier = _one_of(draw, _NAME_MODIFIERS)
            if affiliation is not None and draw(st.booleans()):
                head = f"{affiliation[0]} {modifier}{head}"
            else:
                head = modifier + (head if affiliation is None else f"{affiliation[0]} {head}")
        elif affiliation is not None:
            head = f"{affiliation[0]} {head}"
        text = f"{head} {name}" if head else name
        ending = draw(st.integers(0, 9))
        if ending == 0:
            last = postnominals[-1] if postnominals else suffix if suffix is not None else family
            text += _one_of(draw, ("'s", "’s")) if not last.endswith("s") else "'"
        elif ending == 1:
            text += " " + _one_of(draw, _NOTES)
        elif ending == 2 and suffix is None and not postnominals:
            text += _one_of(draw, _ASIDES)
        elif ending == 3 and suffix is None and not postnominals and given is not None:
            text += _one_of(draw, _PLACE_AFTER)
    read_family: str | None = family
    if given is None and titles and titles[-1] in ("Sir", "Dame"):
        given, read_family = family, None  # "Dame Lima": a title written with a given name
    expected = PersonName(
        titles=titles,
        given=given,
        middle=" ".join(middle) or None,
        family=read_family,
        suffix=suffix,
        postnominals=postnominals,
        affiliation=None if affiliation is None else affiliation[1],
        original=text,
    )
    return NameText(text, expected)


def person_names() -> st.SearchStrategy[NameText]:
    """A person's name as news prints it, with the parts ``parse_name`` gives.

    Names of our own (``Ana``, ``Lima``, ``Okafor``...) with initials (``S.``), middle
    names, particles (``de``, ``von der``, ``Le``), ``al-`` names, suffixes (``Jr.``)
    and letters after the name (``PhD``, ``MP``); before them offices (``Defence
    Secretary``, ``Secretary of State``, ``Lt. Gen.``), honorifics (``Dr``, ``Sir``),
    affiliations (``US``, ``British``, ``France's``) and modifiers (``former``,
    ``then-``, ``ex–``), a second office in the run (``Mayor and then-Defence
    Secretary``); editorial brackets (``Mayor [Ana] Lima``), quoted nicknames,
    possessives, notes in brackets (``(D-Ohio)``), asides (``, a spokeswoman``) and
    places (``of Ohio``) after them; bylines (``By ANA LIMA``), names turned round
    (``Lima, Ana``) and offices after a comma (``Ana Lima, US Defence Secretary``).
    ``docs/names.md`` has the rules.

    >>> from hypothesis import given, settings
    >>> from newsseed.normalize import parse_name
    >>> @settings(max_examples=20)
    ... @given(person_names())
    ... def test_names(n):
    ...     assert parse_name(n.text) == n.expected
    >>> test_names()
    """
    return _name_texts()
