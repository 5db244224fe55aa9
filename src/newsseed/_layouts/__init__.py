"""The layout rules of the lenient reader, one module per layout.

:data:`HEAD_RULES` is the ordered chain tried on each line at the top of an
article, before the body starts; the first rule that takes a line wins, and
the first line no rule takes starts the body. The body is then cleaned of
page furniture (:mod:`.boilerplate`), split into paragraphs
(:mod:`.paragraphs`), and its first paragraph is searched for a wire dateline
(:mod:`.dateline`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from newsseed._layouts import boilerplate, header, headline, markdown
from newsseed._layouts._common import Draft
from newsseed._source import Line

__all__ = ("HEAD_RULES", "HeadRule")

#: A head rule gets the draft, the line, the next line (None at the end) and the
#: next non-blank line; it returns True when it took the line.
HeadRule = Callable[[Draft, Line, "Line | None", "Line | None"], bool]


def _furniture(draft: Draft, line: Line, _next: Line | None, _ahead: Line | None) -> bool:
    return boilerplate.classify(draft, line, at_end=False)


def _heading(draft: Draft, line: Line, _next: Line | None, ahead: Line | None) -> bool:
    return markdown.read_heading(draft, line, ahead)


def _labelled(draft: Draft, line: Line, _next: Line | None, _ahead: Line | None) -> bool:
    return header.read_labelled(draft, line)


def _date_line(draft: Draft, line: Line, _next: Line | None, _ahead: Line | None) -> bool:
    return headline.read_date_line(draft, line)


def _byline(draft: Draft, line: Line, _next: Line | None, _ahead: Line | None) -> bool:
    return headline.read_byline(draft, line)


def _headline(draft: Draft, line: Line, next_line: Line | None, _ahead: Line | None) -> bool:
    if draft.title is not None or draft.headings or not headline.looks_like_headline(line, next_line):
        return False
    draft.title = line.text
    return True


HEAD_RULES: Final[tuple[tuple[str, HeadRule], ...]] = (
    ("boilerplate", _furniture),
    ("markdown-heading", _heading),
    ("labelled-field", _labelled),
    ("date-line", _date_line),
    ("byline", _byline),
    ("headline-first", _headline),
)
