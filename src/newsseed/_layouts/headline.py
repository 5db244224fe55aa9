"""Headline-first articles, bylines and date lines at the top.

Most news dumps put the title on the first line. A first line is a headline
when it is short (at most 30 words and 200 characters), starts with a capital,
a digit or a quotation mark, does not end in ``,``, ``;`` or ``:``, is not
followed on the very next line by a lower-case continuation, and, if it ends
a sentence, is a single sentence of at most 20 words.
"""

from __future__ import annotations

from typing import Final

import regex

from newsseed._layouts._common import Draft, Fragment, ends_sentence, parse_date_text, word_count
from newsseed._layouts.dateline import split_dateline
from newsseed._layouts.header import split_list
from newsseed._source import Line

__all__ = ("looks_like_headline", "read_byline", "read_date_line")

_SENTENCE_BREAK: Final = regex.compile(r"\p{Ll}{2}[.!?][\"”’]?\s+[\"“‘]?\p{Lu}")
_BYLINE: Final = regex.compile(
    r"by[ \t]*:?[ \t]+(?P<names>\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:[ \t]+|[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)"
    r"\p{Lu}[\p{L}\p{M}.'’-]*){0,11})(?:[ \t]*[|,–—-][ \t]*(?P<affiliation>[^|]{1,60}))?",
    regex.IGNORECASE,
)
_OPENERS: Final = "\"'“‘«¿¡(["


def looks_like_headline(line: Line, following: Line | None) -> bool:
    """Whether the first line of an article has the shape of a headline."""
    text = line.text
    if len(text) > 200 or text[-1] in ",;:" or word_count(text, 31) > 30:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in _OPENERS):
        return False
    if following is not None and not following.blank and following.text[0].islower():
        return False
    if ends_sentence(text) and (_SENTENCE_BREAK.search(text) or word_count(text, 21) > 20):
        return False
    return split_dateline(Fragment(text, line.start, line.end, line.index, line.index), None) is None


def read_byline(draft: Draft, line: Line) -> bool:
    """Take a ``By Jane Doe and John Roe`` line; True if taken."""
    if len(line.text) > 120:
        return False
    match = _BYLINE.fullmatch(line.text)
    if match is None:
        return False
    draft.authors.extend(split_list(match.group("names"), authors=True))
    if match.group("affiliation"):
        draft.set_meta("byline-affiliation", match.group("affiliation").strip(), line)
    return True


def read_date_line(draft: Draft, line: Line) -> bool:
    """Take a line that is a date and nothing else (``July 3, 2025``); True if taken."""
    value = parse_date_text(line.text)
    if value is None:
        return False
    if line.text.lower().startswith(("updated", "last updated", "modified")):
        draft.set_meta("updated", str(value), line)
    else:
        draft.set_published(value, line)
    return True
