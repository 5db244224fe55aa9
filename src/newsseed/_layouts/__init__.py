"""The layout rules of the lenient reader, one module per layout.

:data:`HEAD_RULES` is the ordered chain tried on each line at the top of an
article, before the body starts; the first rule that takes a line wins, and
the first line no rule takes starts the body. The body is then cleaned of
page furniture (:mod:`.boilerplate`), split into paragraphs
(:mod:`.paragraphs`), and its first paragraph is searched for a wire dateline
(:mod:`.dateline`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from newsseed._layouts import boilerplate, header, headline, kicker, markdown
from newsseed._layouts._common import Draft
from newsseed._source import Line

__all__ = ("HEAD_RULES", "HeadRule")

#: A head rule gets the draft, the lines and the index of a non-blank line; it
#: returns how many lines it took from there (0: the line is not its own).
HeadRule = Callable[[Draft, Sequence[Line], int], int]


def _furniture(draft: Draft, lines: Sequence[Line], index: int) -> int:
    return int(boilerplate.classify(draft, lines[index], at_end=False))


def _heading(draft: Draft, lines: Sequence[Line], index: int) -> int:
    following = boilerplate.next_content(lines, index)
    return int(
        markdown.read_heading(draft, lines[index], None if following is None else lines[following])
    )


def _labelled(draft: Draft, lines: Sequence[Line], index: int) -> int:
    return int(header.read_labelled(draft, lines[index]))


def _date_line(draft: Draft, lines: Sequence[Line], index: int) -> int:
    return int(headline.read_date_line(draft, lines[index]))


def _byline(draft: Draft, lines: Sequence[Line], index: int) -> int:
    return int(headline.read_byline(draft, lines[index]))


def _kicker(draft: Draft, lines: Sequence[Line], index: int) -> int:
    return int(kicker.read_kicker(draft, lines, index))


def _headline(draft: Draft, lines: Sequence[Line], index: int) -> int:
    if draft.title is not None or draft.headings:
        return 0
    found = headline.headline_at(lines, index, per_line=bool(draft.per_line))
    if found is None:
        return 0
    draft.title, taken = found
    return taken


HEAD_RULES: Final[tuple[tuple[str, HeadRule], ...]] = (
    ("boilerplate", _furniture),
    ("markdown-heading", _heading),
    ("labelled-field", _labelled),
    ("date-line", _date_line),
    ("byline", _byline),
    ("kicker", _kicker),
    ("headline-first", _headline),
)
