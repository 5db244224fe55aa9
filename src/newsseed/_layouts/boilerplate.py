"""Lines that are page furniture, not story: adverts, share and subscribe prompts,
links to other stories (their headlines go to ``Article.related``), sign-offs.

Only whole lines are matched, never words inside a paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newsseed._layouts._common import Draft
from newsseed._source import Line
from newsseed.normalize._text import lazy_regex

if TYPE_CHECKING:
    pass

__all__ = ("MAX_BOILERPLATE", "classify", "is_furniture", "is_signoff", "next_content")

#: Longer lines are never boilerplate (and are not even looked at).
MAX_BOILERPLATE: Final = 240

_RELATED: Final = lazy_regex(
    r"(?:read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:story|stories|articles?|news))?"
    r"|more\s+on\s+this(?:\s+story)?|recommended|must\s+read|don'?t\s+miss)"
    r"[ \t]*[:|»>–—-][ \t]*(?P<headline>\S.*)",
    ignore_case=True,
)

_FURNITURE: Final = lazy_regex(
    r"(?:advertisement|advertising|sponsored(?:\s+content)?|ad|promoted|paid\s+(?:post|content)"
    r"|(?:advertisement|story\s+continues|article\s+continues|continue\s+reading)"
    r"(?:\s+(?:below|after|under)(?:\s+(?:this|the))?(?:\s+(?:advertisement|advert|ad))?)?"
    r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?|(?:read|see|show)\s+(?:more|less|full\s+(?:story|article))"
    r"|click\s+here.{0,60}|tap\s+here.{0,60}"
    r"|share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page))?"
    r"(?:\s+(?:on|via)\s+[\w .+/-]{1,40})?"
    r"|(?:tweet|email|print|copy\s+link|save(?:\s+article)?|comments?|whatsapp|facebook|twitter|linkedin"
    r"|telegram|reddit|pinterest)"
    r"|follow\s+(?:us|@\w+).{0,80}|like\s+us\s+on\s+\w+.{0,40}"
    r"|(?:subscribe|sign\s+up|register)\b.{0,120}(?:newsletter|subscribe|subscription|updates|inbox|free|now|here|today|alerts).{0,40}"
    r"|(?:get|receive)\s+(?:our|the\s+latest|breaking).{0,60}(?:newsletter|alerts|updates|inbox).{0,40}"
    r"|(?:also\s+)?watch(?:\s+video)?|video|photo\s+gallery|listen\s+to\s+(?:this|the)\s+(?:article|story)"
    r"|\(?\s*(?:\d+\s+)?min(?:ute)?s?\s+read\s*\)?|(?:image|photo|picture)\s+(?:source|credit)s?\s*[:|].{0,80}"
    r"|[-=*_#~•·]{3,})"
    r"[ \t]*[.!:]?",
    ignore_case=True,
)

_SIGNOFF: Final = lazy_regex(
    r"(?:reuter|reuters|afp|ap|ians|ani|pti|end|ends|###|-30-|\(end\)|—\s*end\s*—)"
)


def is_furniture(text: str) -> bool:
    """True for a line of page furniture or a link to another story (pure test)."""
    return len(text) <= MAX_BOILERPLATE and (
        _FURNITURE().fullmatch(text) is not None or _RELATED().fullmatch(text) is not None
    )


def next_content(lines: Sequence[Line], index: int) -> int | None:
    """The position of the first line after ``index`` that is neither blank nor page
    furniture; None where there is none."""
    for position in range(index + 1, len(lines)):
        line = lines[position]
        if not line.blank and not is_furniture(line.text):
            return position
    return None


def is_signoff(text: str) -> bool:
    """True for an agency sign-off (``Reuter``, ``(end)``), which may close a story."""
    return len(text) <= 12 and _SIGNOFF().fullmatch(text.lower()) is not None


def classify(draft: Draft, line: Line, *, at_end: bool) -> bool:
    """Handle ``line`` if it is page furniture; True when it was (and left the body).

    ``at_end`` says whether only blank lines and furniture follow, where a
    sign-off may stand.
    """
    text = line.text
    if len(text) > MAX_BOILERPLATE:
        return False
    related = _RELATED().fullmatch(text)
    if related is not None:
        draft.related.append(related.group("headline").strip())
        draft.note_line("related", "moved a link to another story to related", line)
        return True
    if _FURNITURE().fullmatch(text) is not None:
        draft.note_furniture(line)
        return True
    if at_end and is_signoff(text):
        draft.note_line("signoff", "dropped an agency sign-off at the end", line)
        return True
    return False
