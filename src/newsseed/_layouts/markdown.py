"""Markdown-ish heading lines at the top: ``## Outlet``, a tagline, ``## Title``.

Of the headings before the body, the first names the outlet and the last is
the title when there are two or more; a lone heading is the title. Short
lines between the outlet's heading and the title's are the outlet's tagline.
"""

from __future__ import annotations

from typing import Final

from newsseed._layouts._common import Draft, word_count
from newsseed._source import Line
from newsseed.normalize._text import lazy_regex

__all__ = ("HEADING", "heading_text", "read_heading", "settle_headings")

# The closing marks are looked for only where a run of spaces starts (the text cannot end
# in a space before them): a lazy text tried at every place inside a long run of spaces
# would read the rest of the run each time, quadratic in the length of the line.
HEADING: Final = lazy_regex(r"#{1,6}[ \t]+(?P<text>\S.*?)(?:(?<![ \t])[ \t]+#+)?")
_TAGLINE_WORDS: Final = 16


def heading_text(line: Line) -> str | None:
    """The text of a heading line, without its ``#`` marks, or None."""
    match = HEADING().fullmatch(line.text)
    return None if match is None else match.group("text")


def read_heading(draft: Draft, line: Line, following: Line | None) -> bool:
    """Take a heading line, or a tagline between two headings; True if taken."""
    text = heading_text(line)
    if text is not None:
        draft.headings.append(line._replace(text=text))
        return True
    if (
        len(draft.headings) == 1
        and draft.title is None
        and following is not None
        and heading_text(following) is not None
        and word_count(line.text, _TAGLINE_WORDS + 1) <= _TAGLINE_WORDS
    ):
        draft.set_meta("tagline", line.text, line)
        return True
    return False


def settle_headings(draft: Draft) -> None:
    """Give the headings found at the top their roles: outlet, title, or neither."""
    headings = draft.headings
    if not headings:
        return
    if len(headings) >= 2 and draft.outlet is None:
        draft.outlet = headings[0].text
        headings = headings[1:]
    if draft.title is None:
        draft.title = headings[-1].text
        headings = headings[:-1]
    for line in headings:
        if "subtitle" in draft.meta:
            draft.note_line(
                "unused-heading", "a heading at the top that is neither outlet nor title", line
            )
        else:
            draft.set_meta("subtitle", line.text, line)
