"""Where quotation marks enclose text, told apart from apostrophes.

A light, linear pass used to leave quoted speech alone when rewriting spelling.
Double marks pair up (straight or curly, guillemets), single marks pair up when
they stand at a word's edge (an apostrophe inside a word, ``don't``, or before a
digit, ``'90s``, is not a mark), and a quote never closed ends with its
paragraph, as a quote that runs over several paragraphs opens each of them.
"""

from __future__ import annotations

from typing import Final

from newsseed.normalize._text import lazy_re

_MARK: Final = lazy_re(r"\n[ \t\r\f\v]*\n|[\"“”„«»‘’']")
_OPEN_DOUBLE: Final = frozenset("“„«")
_CLOSE_DOUBLE: Final = frozenset("”»")
_BEFORE_OPENING: Final = frozenset(' \t\n\r\f\v([{—–-/"“«„')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` ranges enclosed by quotation marks, marks included.

    Ranges are sorted and do not overlap (a quote inside a quote is part of the
    outer one).

    >>> text = 'He said "we won\\'t go" and left.'
    >>> [text[s:e] for s, e in quoted_spans(text)]
    ['"we won\\'t go"']
    >>> text = "‘It’s the ’90s,’ she said."
    >>> [text[s:e] for s, e in quoted_spans(text)]
    ['‘It’s the ’90s,’']
    """
    found: list[tuple[int, int]] = []
    double: int | None = None
    single: int | None = None
    size = len(text)
    for match in _MARK().finditer(text):
        at = match.start()
        mark = match.group()
        if mark[0] == "\n":  # a paragraph ends every open quote
            if double is not None:
                found.append((double, at))
            if single is not None:
                found.append((single, at))
            double = single = None
            continue
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < size else " "
        if mark in _OPEN_DOUBLE or (mark == '"' and double is None):
            if double is None and not after.isspace():
                double = at
        elif mark in _CLOSE_DOUBLE or mark == '"':
            if double is not None:
                found.append((double, at + 1))
                double = single = None
        elif before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        elif single is None:
            if before in _BEFORE_OPENING and (after.isalpha() or after in '"“‘'):
                single = at
        elif not before.isspace() and not after.isalnum():
            found.append((single, at + 1))
            single = None
    if double is not None:
        found.append((double, size))
    if single is not None:
        found.append((single, size))
    return _merged(found)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
