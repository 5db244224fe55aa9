"""The one error type of the strict reader."""

from __future__ import annotations

__all__ = ("ParseError",)


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
