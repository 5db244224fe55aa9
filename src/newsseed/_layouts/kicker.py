"""Kicker lines above a headline: what a page prints over its title and an extractor
keeps as the text's first lines. Until the headline is found, the head rules skip:

* a section label, one word (``Politics``), when a line that itself has the shape of a
  headline, three words or more and no full stop, comes next: it is the article's
  first category;
* hashtags alone on a line (``#Elections2031 #Harbour``): dropped as page furniture;
* a photo credit (``Courtesy of the Harbour Trust``, ``Photo: Ana Lima/Coastwire``,
  ``Image credit: ...``): dropped as page furniture;
* a syndication line (``This story first appeared on ...``, ``Originally published by
  ...``): kept in ``meta["syndication"]``;
* a dated kicker (``March 3, 2021 update``, ``2031-04-09 UPDATED``): the date of the
  latest update, as an ``Updated:`` line's.

Each is a whole line; dropped lines leave a ``boilerplate`` diagnostic keeping them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsseed._layouts._common import Draft, ends_sentence, read_date_text, word_count
from newsseed._layouts.boilerplate import is_furniture, next_content
from newsseed._layouts.header import apply_date
from newsseed._layouts.headline import looks_like_headline
from newsseed._layouts.markdown import HEADING
from newsseed._source import Line
from newsseed.normalize._text import lazy_regex

__all__ = ("read_kicker",)

#: Longer lines are never kickers.
_LONGEST: Final = 160

_HASHTAGS: Final = lazy_regex(r"#\p{L}[\p{L}\p{N}_]{0,60}(?:[ \t]+#\p{L}[\p{L}\p{N}_]{0,60}){0,20}")
_CREDIT: Final = lazy_regex(
    r"(?:courtesy[ \t]+(?:of[ \t]+)?\S"
    r"|(?:(?:photo|image|picture)[ \t])?credits?[ \t]?:"
    r"|(?:photo(?:graph)?|picture)[ \t]+by[ \t]+\p{Lu}"
    r"|(?:photo(?:graph)?|image|picture)s?[ \t]?:[^/:]{1,60}/[^/]{1,40}$"
    r"|(?:©|\(c\))[ \t]?\S)",
    ignore_case=True,
)
_SYNDICATION: Final = lazy_regex(
    r"(?:this[ \t]+(?:story|article|piece|post|report)[ \t]+(?:was[ \t]+)?"
    r"(?:first|originally)[ \t]+(?:appeared|published|ran)"
    r"|(?:originally|first)[ \t]+(?:published|appeared))\b",
    ignore_case=True,
)
_DATED: Final = lazy_regex(r"(?P<date>.{4,60}?)[ \t,:–—-]+updated?", ignore_case=True)
#: A section label: one word (``Politics``); two are as often a short headline (``Ferry
#: returns``), and a wire slug joins words with hyphens (``BC-WORLD-HIGHLIGHTS``).
_SECTION: Final = lazy_regex(r"\p{L}[\p{L}'’&]{1,24}")


def _headline_next(draft: Draft, lines: Sequence[Line], index: int) -> bool:
    """Whether the line at ``index`` has the shape of a headline that ends no sentence,
    and more words than a section label (three or more)."""
    line = lines[index]
    if word_count(line.text, 3) < 3 or ends_sentence(line.text):
        return False  # (a sentence after one word is the body after a short headline)
    if HEADING().fullmatch(line.text) is not None:
        return False  # a heading: the headings' rules read what stands above it
    after = lines[index + 1] if index + 1 < len(lines) else None
    if after is not None and (
        after.blank or is_furniture(after.text) or (draft.per_line and not after.text[:1].islower())
    ):
        after = None
    return looks_like_headline(line.text, after)


def read_kicker(draft: Draft, lines: Sequence[Line], index: int) -> bool:
    """Take the kicker line at ``lines[index]`` (see the module's kinds); True if taken.
    Only above the headline: once a title is found, no line is a kicker."""
    if draft.title is not None or draft.headings:
        return False
    line = lines[index]
    text = line.text
    if len(text) > _LONGEST:
        return False
    if _HASHTAGS().fullmatch(text) or _CREDIT().match(text):
        draft.note_furniture(line)
        return True
    if _SYNDICATION().match(text):
        draft.meta.setdefault("syndication", text)
        return True
    dated = _DATED().fullmatch(text)
    if dated is not None:
        reading = read_date_text(dated.group("date"))
        if reading is not None and reading.value is not None:
            apply_date(draft, "updated", dated.group("date"), reading, line, start=0)
            return True
    if _SECTION().fullmatch(text) is None or ends_sentence(text):
        return False
    following = next_content(lines, index)
    if following is None or not _headline_next(draft, lines, following):
        return False
    draft.categories.append(text)
    return True
