"""The one error type of the strict reader."""

from __future__ import annotations

import unicodedata

__all__ = ("ParseError",)

#: Unicode categories shown by their code point, ``<U+0009>``: controls, format
#: characters (bidirectional controls among them), surrogates and line separators
#: would be invisible, or would move the rest of the line, if printed as they are.
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
#: Categories that take no cell of their own on a terminal.
_ZERO_WIDTH = frozenset({"Mn", "Me"})
_ELLIPSIS = "..."
_MIN_WIDTH = 20


def visible(text: str) -> str:
    """``text`` with each control, format or separator character written ``<U+XXXX>``.

    Messages quote what was found with it, so that a tab, a CR or a right-to-left
    mark in a document shows as what it is:

    >>> visible("ti\\tle\\u202e")
    'ti<U+0009>le<U+202E>'
    """
    return "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) in _HIDDEN else c for c in text)


def _cell(char: str, *, at_fault: bool) -> tuple[str, int]:
    """How ``char`` is printed in an excerpt, and how many terminal cells it takes."""
    category = unicodedata.category(char)
    # A character of no width is spelled out where the caret points at it.
    if category in _HIDDEN or (at_fault and category in _ZERO_WIDTH):
        shown = f"<U+{ord(char):04X}>"
        return shown, len(shown)
    if category in _ZERO_WIDTH:
        return char, 0
    return char, 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _take(cells: list[tuple[str, int]], room: int) -> tuple[list[str], int]:
    """The leading ``cells`` that fit in ``room`` terminal cells, and their width."""
    texts: list[str] = []
    used = 0
    for text, width in cells:
        if used + width > room:
            break
        texts.append(text)
        used += width
    return texts, used


class ParseError(ValueError):
    """Malformed canonical seed text, raised by :func:`newsseed.loads`.

    Like :class:`json.JSONDecodeError`, it carries the message, the document,
    the position of the fault and its (1-based) line and column:

    >>> err = ParseError("Expected a blank line after the header", " newsseed 1\\nbody", 12)
    >>> str(err)
    'Expected a blank line after the header (at line 2, column 1)'
    >>> (err.lineno, err.colno)
    (2, 1)
    """

    msg: str
    doc: str
    pos: int
    lineno: int
    colno: int

    def __init__(self, msg: str, doc: str, pos: int) -> None:
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__(f"{msg} (at line {lineno}, column {colno})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str, int]]:
        return self.__class__, (self.msg, self.doc, self.pos)

    def excerpt(self, width: int = 80) -> str:
        """The line of the fault and, under it, a caret ``^`` at the fault's column.

        Control, format and separator characters (a tab, a CR, a NUL, a
        right-to-left mark...) are shown as ``<U+XXXX>``, and wide characters
        are counted as two cells, so that the caret stands under the fault on a
        terminal. A line wider than ``width`` cells (at least 20) is cut around
        the fault, with ``...`` where text is left out. The two lines are joined
        by a line feed, without one at the end; the cost does not grow with the
        length of the line beyond finding its ends.

        >>> import newsseed
        >>> try:
        ...     newsseed.loads(" newsseed 1\\n title Ferry\\tservice\\n\\n")
        ... except newsseed.ParseError as err:
        ...     print(err.excerpt())
         title Ferry<U+0009>service
                    ^
        >>> err = ParseError("Expected a blank line", "x" * 50 + "!" + "y" * 50, 50)
        >>> err.excerpt(width=30).split("\\n")
        ['...xxxxxxxxxxxx!yyyyyyyyyyy...', '               ^']
        """
        if width < _MIN_WIDTH:
            raise ValueError(f"width must be at least {_MIN_WIDTH}, not {width}")
        doc, pos = self.doc, self.pos
        start = doc.rfind("\n", 0, pos) + 1
        end = doc.find("\n", pos)
        end = len(doc) if end < 0 else end
        # At most ``width`` cells' worth of characters on either side of the fault.
        left: list[tuple[str, int]] = []  # nearest first
        i, seen = pos, 0
        while i > start and seen <= width:
            i -= 1
            left.append(_cell(doc[i], at_fault=False))
            seen += left[-1][1]
        right: list[tuple[str, int]] = []
        j, seen = pos, 0
        while j < end and seen <= width:
            right.append(_cell(doc[j], at_fault=j == pos))
            seen += right[-1][1]
            j += 1
        left_need = sum(w for _, w in left) if i == start else width + 1
        # The caret needs a cell even past the end of the line.
        right_need = max(sum(w for _, w in right), 1) if j == end else width + 1
        if left_need + right_need <= width:
            left_room, right_room = left_need, right_need
        else:
            half = (width - 2 * len(_ELLIPSIS)) // 2
            if left_need <= half:
                left_room, right_room = left_need, width - len(_ELLIPSIS) - left_need
            elif right_need <= half:
                left_room, right_room = width - len(_ELLIPSIS) - right_need, right_need
            else:
                # The fault itself is always shown, if need be with less before it.
                fault = right[0][1] if right else 1
                right_room = max(width - 2 * len(_ELLIPSIS) - half, fault)
                left_room = width - 2 * len(_ELLIPSIS) - right_room
        shown_left, used = _take(left, left_room)
        shown_right, _ = _take(right, right_room)
        cut_left = i > start or len(shown_left) < len(left)
        cut_right = j < end or len(shown_right) < len(right)
        line = "".join(
            [
                _ELLIPSIS if cut_left else "",
                *reversed(shown_left),
                *shown_right,
                _ELLIPSIS if cut_right else "",
            ]
        )
        indent = used + (len(_ELLIPSIS) if cut_left else 0)
        return f"{line}\n{' ' * indent}^"
