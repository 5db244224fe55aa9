"""People, organisations, places, groups, products and events named in news text.

:func:`find_entities` reads runs of capitalised words (``_runs``: cut at sentence
ends, openers and possessives; ``_joins``: joined again past ``and`` inside a body's
name), says what each is by its own words and the generated tables of
``normalize/_data`` (``_words``: given names and surnames of the US Census, GeoNames'
places, common English words, organisations), and else by what the text says around it
(``_context``: ``the`` before it, a speech verb, a personal pronoun or a citation after
it, the word written in lower case elsewhere). The finder (``_finder``) then joins what
refers to one thing: surnames and given names alone, offices, acronyms, a product's
last word, and gives one name one kind in a text. A run that none of this explains is
left out. Rules: ``docs/entities.md``.
"""

from __future__ import annotations

from typing import Final

from newsseed._entities._finder import _Finder
from newsseed._entities._joins import _joined
from newsseed._entities._runs import _pieces
from newsseed._model import Entity
from newsseed.normalize._text import Budget

__all__ = ("NOT_READ", "find_entities", "read_entities")

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
    for piece in _joined(text, _pieces(text)):
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
