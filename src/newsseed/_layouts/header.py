"""Header fields before the text.

Two styles are read:

* delimited fields, as in seed collections: a line that starts with white
  space, then ``key value`` pairs (`` date 2025-07-02 ``); a field whose value
  is one token (a date, an id, a URL) may be glued to the first sentence of
  the body, which then goes on from there;
* labelled lines at the top: ``Title: ...``, ``Published: ...``, ``By: ...``,
  ``Categories: A, B``, ``URL: ...``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newsseed._layouts._common import DateReading, Draft, read_date_text
from newsseed._model import LANGUAGE_TAG
from newsseed._source import Line
from newsseed.normalize._text import lazy_regex

if TYPE_CHECKING:
    pass

__all__ = (
    "apply_date",
    "apply_field",
    "read_byline_names",
    "read_delimited",
    "read_labelled",
    "split_list",
)

# Keys whose value is one token and may be followed on the same line by more.
_DATE_KEYS: Final = frozenset({"date", "published", "pubdate", "updated", "modified"})
# Date keys that say when the article was changed, not published.
_UPDATE_KEYS: Final = frozenset({"updated", "modified"})
_TOKEN_KEYS: Final = frozenset({"id", "url", "link", "lang", "language", "doi", "guid"})
# Keys whose value runs to the end of the line.
_TEXT_KEYS: Final = frozenset(
    {"title", "headline", "source", "outlet", "publisher", "author", "authors", "byline",
     "category", "categories", "section", "tags", "tagline", "dateline", "place", "location"}
)  # fmt: skip

_DELIMITED: Final = lazy_regex(r"[ \t]*(?P<key>[a-z][a-z_-]{0,23})[ \t]+(?P<value>\S+)")
_LABELLED: Final = lazy_regex(
    r"(?P<key>title|headline|source|outlet|publisher|date|published|updated|posted|by|author|authors|"
    r"byline|categories|category|section|tags|url|link|language|lang)"
    r"[ \t]*[:|][ \t]*(?P<value>\S.{0,300})",
    ignore_case=True,
)
# What follows "By" in a byline: names, then perhaps an affiliation ("Ana Lima | Staff reporter").
_BYLINE_NAMES: Final = lazy_regex(
    r"(?P<names>\p{Lu}[\p{L}\p{M}.'’-]*"
    r"(?:(?:[ \t]+|[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)"
    r"\p{Lu}[\p{L}\p{M}.'’-]*){0,11})(?:[ \t]*[|,–—-][ \t]*(?P<affiliation>[^|]{1,60}))?",
    ignore_case=True,
)
# Labels whose value is the article's authors, and those whose value is its categories.
_AUTHOR_KEYS: Final = frozenset({"by", "author", "authors", "byline"})
_LIST_KEYS: Final = frozenset({"category", "categories", "section", "tags"})
# The separators alone: split_list strips the parts. (Spaces taken with a separator would
# be looked for from every place in a run of them: quadratic in the length of the run.)
_LIST_SEPARATORS: Final = lazy_regex(r"[,;|]")
_AUTHOR_SEPARATORS: Final = lazy_regex(r",|;|\band\b|&", ignore_case=True)


def language_tag(value: str) -> str | None:
    """``value`` as a BCP 47 tag (``en``, ``en-GB``; ``en_GB`` too), or None."""
    tag = value.strip().replace("_", "-")
    return tag if LANGUAGE_TAG().fullmatch(tag) else None


def split_list(value: str, *, authors: bool = False) -> list[str]:
    """Split a list value (``A, B; C``); names split on ``and`` and ``&`` too."""
    parts = (_AUTHOR_SEPARATORS if authors else _LIST_SEPARATORS)().split(value)
    return [part.strip() for part in parts if part.strip()]


def read_byline_names(draft: Draft, value: str, line: Line) -> bool:
    """Take the names of a byline (``Ana Lima and Rui Roe | Staff reporter``), the
    affiliation after them kept as ``byline-affiliation``; True if taken."""
    match = _BYLINE_NAMES().fullmatch(value)
    if match is None:
        return False
    draft.authors.extend(split_list(match.group("names"), authors=True))
    if match.group("affiliation"):
        draft.set_meta("byline-affiliation", match.group("affiliation").strip(), line)
    return True


def apply_date(
    draft: Draft, key: str, value: str, reading: DateReading | None, line: Line, *, start: int
) -> None:
    """Record date field ``key`` (its text ``value``, at ``start`` in ``line``'s text, read
    as ``reading``) in the draft.

    A time of day printed with the date gives the moment (:attr:`Draft.published_at`; an
    update's goes to ``meta`` as ISO 8601); a time alone waits for the date. What the
    reading drops (another weekday, a zone no rule reads) leaves a ``date-detail``
    diagnostic keeping its text.
    """
    if reading is None:
        draft.set_meta(key, value, line)
        draft.note_line("unparsed-date", f"could not read the date in the {key!r} field", line)
        return
    if reading.dropped is not None:
        kept = "the moment" if reading.at is not None else "the date"
        draft.note(
            "date-detail",
            f"kept {kept} and dropped {reading.dropped}",
            line.start + start + reading.start,
            line.start + start + len(value),
        )
    changed = key in _UPDATE_KEYS
    if reading.value is None:
        if changed:
            draft.set_meta(key, value, line)  # the time of an update, its day unknown
        elif reading.time is not None:
            draft.set_published_time(reading.time, line)
    elif changed:
        draft.set_meta(
            key, str(reading.value) if reading.at is None else reading.at.isoformat(), line
        )
    else:
        draft.set_published(reading.value, line, reading.at)


def apply_field(draft: Draft, key: str, value: str, line: Line, *, start: int) -> None:
    """Put header field ``key`` (its ``value`` at ``start`` in ``line``'s text) where it
    belongs in the draft."""
    key = key.lower().replace("_", "-")
    if key in _DATE_KEYS or key == "posted":
        apply_date(draft, key, value, read_date_text(value), line, start=start)
    elif key in {"title", "headline"}:
        if draft.title is None:
            draft.title = value
        else:
            draft.set_meta(key, value, line)
    elif key in {"url", "link"} and draft.url is None:
        draft.url = value
    elif key in {"lang", "language"} and draft.language is None and (tag := language_tag(value)):
        draft.language = tag
    elif key in {"source", "outlet", "publisher"}:
        if draft.outlet is None:
            draft.outlet = value
        else:
            draft.set_meta(key, value, line)
    elif key in _AUTHOR_KEYS or key in _LIST_KEYS:
        items = split_list(value, authors=key in _AUTHOR_KEYS)
        if not items:
            draft.note_line("empty-field", f"the header field {key!r} holds no value", line)
        (draft.authors if key in _AUTHOR_KEYS else draft.categories).extend(items)
    else:
        draft.set_meta(key, value, line)


def read_delimited(draft: Draft, line: Line) -> Line | None:
    """Read delimited fields at the start of ``line``; return what is left of it.

    Returns ``line`` unchanged when it does not start with a field.
    """
    if line.indent == 0:
        return line
    text = line.text
    pos = 0
    while True:
        match = _DELIMITED().match(text, pos)
        if match is None:
            break
        key, value = match.group("key"), match.group("value")
        # What a field notes (a repeat, a date that says more) is the field, not its line:
        # a line of the same field many times over is noted field by field, in linear size.
        at = match.start("key")
        if key in _DATE_KEYS:
            reading = read_date_text(value)
            if reading is None:
                break
            field = _field(line, at, match.end())
            apply_date(draft, key, value, reading, field, start=match.start("value") - at)
            pos = match.end()
            continue
        if key in _TOKEN_KEYS:
            end = match.end()
        elif key in _TEXT_KEYS or (pos == 0 and len(text) <= 120):
            # A free-text value: to the end of the line.
            value = text[match.start("value") :]
            end = len(text)
        else:
            break
        field = _field(line, at, end)
        apply_field(draft, key, value, field, start=match.start("value") - at)
        pos = end
    if pos == 0:
        return line
    rest = line.rest(pos)
    return None if rest.blank else rest


def _field(line: Line, start: int, end: int) -> Line:
    """The part ``[start, end)`` of ``line``'s text, as a line of its own."""
    return line._replace(
        start=line.start + start,
        end=line.start + end,
        text=line.text[start:end],
        indent=line.indent + start,
    )


def read_labelled(draft: Draft, line: Line) -> bool:
    """Read a ``Key: value`` line at the top of the article; True if it was one."""
    match = _LABELLED().fullmatch(line.text)
    if match is None:
        return False
    key, value = match.group("key"), match.group("value").strip()
    # Names after "By:" or "Author:" are read as a byline's are (an affiliation apart).
    if key.lower() in _AUTHOR_KEYS and read_byline_names(draft, value, line):
        return True
    apply_field(draft, key, value, line, start=match.start("value"))
    return True
