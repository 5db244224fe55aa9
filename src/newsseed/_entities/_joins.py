"""Names that run on past ``and``: ``Royal Society of Arts and Sciences``, ``Teachers'
and Lecturers' Union``, ``Newfoundland and Labrador Court of Appeal``. A run of
capitalised words stops at ``and`` (``Ana Lima and Rui Costa`` are two people); two runs
are one name again where what follows ``and`` finishes a body's name."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

from newsseed._entities._runs import _Piece
from newsseed._entities._words import _as_person, _known_org, _read_words
from newsseed.normalize._data import entities as data

#: What stands between the two runs: ``and`` or ``&`` between single spaces (after a
#: plural's apostrophe: ``Teachers' and``).
_AND: Final = frozenset({" and ", " & "})
#: At most this many words after ``of`` make the end of a body's name (``of Arts``).
_OF_TAIL: Final = 3


def _joined(text: str, pieces: Iterable[_Piece]) -> Iterator[_Piece]:
    """``pieces`` (in text order), with two joined where ``and`` between them is inside
    one body's name (:func:`_joins`)."""
    held: _Piece | None = None
    for piece in pieces:
        between = text[held.end : piece.start].lstrip("'’") if held is not None else ""
        if held is not None and between in _AND and _joins(held, piece):
            joined = text[held.start : piece.end]
            held = _Piece(joined, held.start, piece.end, tuple(joined.split()))
            continue
        if held is not None:
            yield held
        held = piece
    if held is not None:
        yield held


def _joins(before: _Piece, after: _Piece) -> bool:
    """Whether ``before and after`` is one body's name: ``after`` ends in an organisation
    word (``Lecturers' Union``) or is a body by its words, or ``before`` is a body's name
    ending ``of`` a few words (``Royal Society of Arts``) and ``after`` is one or two
    words that name nothing by themselves (``Sciences``); and ``before`` is no person
    and no body of its own (``NATO and Union``)."""
    if _known_org(before.text) or (
        (found := _as_person(before.text)) is not None and found.evident
    ):
        return False
    if before.tokens[-1].lower() in data.ORG_WORDS:
        return False  # "the Senate and the House": two bodies
    own = _read_words(after.text)
    if own.kind == "ORG" and not _known_org(after.text) and len(after.tokens) > 1:
        return True
    words = [token.lower() for token in before.tokens]
    if "of" not in words or len(words) - words.index("of") - 1 > _OF_TAIL:
        return False
    return _read_words(before.text).kind == "ORG" and len(after.tokens) <= 2 and own.kind is None
