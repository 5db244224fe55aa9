"""A front-matter block at the top: ``---``, ``key: value`` lines, ``---``.

trafilatura writes its text output with metadata so (``trafilatura --with-metadata``:
``title``, ``author``, ``url``, ``hostname``, ``description``, ``sitename``, ``date``,
``categories``, ``tags``, ``fingerprint``, ``id``, ``license``), and so do static site
generators. Each field goes where a labelled header field goes (``docs/layouts.md``):
``author`` to the authors (split at ``;``), ``sitename`` to the source, ``date`` to the
publication date, ``categories`` and ``tags`` (a list, as Python writes one, or split at
``;`` and ``,``) to the categories and ``meta["tags"]``, the rest to ``meta``. A value
in quotation marks (``date: "2024-09-02"``, as YAML quotes a string) is read without
them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsseed._layouts._common import Draft
from newsseed._layouts.header import apply_field, split_list
from newsseed._source import Line
from newsseed.normalize._text import lazy_regex

__all__ = ("read_front_matter",)

#: The most lines a front-matter block holds (its fences apart).
_MOST_FIELDS: Final = 40
_FIELD: Final = lazy_regex(r"(?P<key>[A-Za-z][A-Za-z0-9_-]{0,31}):[ \t]*(?P<value>.{0,2000})")
#: Keys read under another key's name.
_RENAMED: Final = {"sitename": "source", "keywords": "tags"}


def _items(value: str) -> list[str]:
    """A list value: ``['a', 'b']`` as Python writes one, or ``a; b``, ``a, b``."""
    if value.startswith("[") and value.endswith("]"):
        value = ",".join(item.strip().strip("'\"") for item in value[1:-1].split("', '"))
    return split_list(value)


def read_front_matter(draft: Draft, lines: Sequence[Line], index: int) -> int:
    """Take a front-matter block at ``index`` (the text's first line that is not blank);
    how many lines it held (0: there is none, or it does not close within 40 fields)."""
    if lines[index].text != "---":
        return 0
    fields: list[tuple[Line, str, str, int]] = []
    for position in range(index + 1, min(len(lines), index + 2 + _MOST_FIELDS)):
        line = lines[position]
        if line.text == "---":
            for field_line, key, value, start in fields:
                _apply(draft, field_line, key, value, start)
            return position - index + 1
        match = _FIELD().fullmatch(line.text)
        if match is None:
            return 0
        fields.append(
            (line, match.group("key").lower(), match.group("value"), match.start("value"))
        )
    return 0


def _apply(draft: Draft, line: Line, key: str, value: str, start: int) -> None:
    key = _RENAMED.get(key, key)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value, start = value[1:-1], start + 1  # a quoted scalar: ``date: "2024-09-02"``
    if not value.strip():
        return
    if key == "categories":
        draft.categories.extend(_items(value))
    elif key == "tags":
        draft.set_meta("tags", ", ".join(_items(value)), line)
    elif key == "author":
        draft.authors.extend(split_list(value, authors=True))
    else:
        apply_field(draft, key, value, line, start=start)
