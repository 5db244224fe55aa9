"""Input text made regular: one kind of line end, no control characters, a line table.

The reader works on the normalised text; :meth:`Source.span` maps its offsets
back to the text the caller gave, so that every :class:`Diagnostic` points into
the caller's own string.
"""

from __future__ import annotations

import bisect
from typing import Final, NamedTuple

from newsseed._model import Diagnostic, Span, note
from newsseed.normalize._text import lazy_re, lazy_regex

__all__ = ("Cluster", "Line", "Source", "grouped")

# A CRLF pair, a lone CR, the other line and paragraph separators, a leading BOM,
# control characters, and lone surrogates: each is one or two characters, so the
# scan is linear.
_IRREGULAR: Final = lazy_regex(
    r"\r\n?|[\x0b\x0c\x85\u2028\u2029]|\A\ufeff|[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]+|[\ud800-\udfff]"
)
# Every character that _IRREGULAR may match, and a BOM anywhere: a text with none (most
# are) is regular already, which one scan of the standard engine tells.
_MAYBE_IRREGULAR: Final = lazy_re(
    r"[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]"
)
_LINE_BREAKS: Final = frozenset("\r\x0b\x0c\x85\u2028\u2029")


class Cluster:
    """Places of one kind of repair, grouped where each is near the one before.

    Text made of lone surrogates or stray bytes would otherwise leave one diagnostic
    every few characters; a group's diagnostic covers its places and what stands
    between them (its ``text`` holds all of it), so nothing goes unrecorded.

    >>> cluster = Cluster()
    >>> [cluster.add(start, start + 1) for start in (0, 5, 40)]
    [True, False, True]
    >>> cluster.groups()
    [(0, 6, 2), (40, 41, 1)]
    """

    __slots__ = ("_groups",)

    #: Places at most this many characters apart are grouped.
    GAP: Final = 16

    def __init__(self) -> None:
        self._groups: list[list[int]] = []

    def add(self, start: int, end: int) -> bool:
        """Record a repair of ``[start, end)`` (places come in order); True when it starts
        a group of its own."""
        if self._groups and start - self._groups[-1][1] <= self.GAP:
            group = self._groups[-1]
            group[1] = end
            group[2] += 1
            return False
        self._groups.append([start, end, 1])
        return True

    def groups(self) -> list[tuple[int, int, int]]:
        """Each group's start, end and number of places."""
        return [(start, end, count) for start, end, count in self._groups]


#: Fewer notes of one code than this, each near the one before, are kept one by one.
GROUP_FROM: Final = 8

#: A note to be made: its start and end (in the normalised text), its code and message.
Note = tuple[int, int, str, str]


def grouped(notes: list[Note]) -> list[Note]:
    """``notes`` in the order of their starts, where :data:`GROUP_FROM` or more of one code
    follow each other within :attr:`Cluster.GAP` characters, made one.

    A group's note keeps the code, says how many it stands for and what the first said,
    and covers them all: it runs from the first one's start to the last one's end. A text
    made of one repair (a line of ``Share`` every few characters) so leaves a note for
    each stretch of them, not one for each, and what they concern is still found in the
    input through the span. Fewer than :data:`GROUP_FROM` are kept as they are.

    >>> line = "dropped a boilerplate line"
    >>> notes = [(at, at + 5, "boilerplate", line) for at in range(0, 104, 13)]
    >>> [(start, end, message.split(";")[0]) for start, end, _, message in grouped(notes)]
    [(0, 96, '8 boilerplate notes within 16 characters of each other')]
    """
    runs: list[list[Note]] = []
    ends: list[int] = []  # where each run ends
    last: dict[str, int] = {}  # each code's latest run, by index
    for found in sorted(notes, key=lambda n: n[0]):
        start, end, code, _ = found
        index = last.get(code)
        if index is not None and start - ends[index] <= Cluster.GAP:
            runs[index].append(found)
            ends[index] = max(ends[index], end)
            continue
        last[code] = len(runs)
        runs.append([found])
        ends.append(end)
    out: list[Note] = []
    for run, end in zip(runs, ends, strict=True):
        if len(run) < GROUP_FROM:
            out += run
            continue
        start, _, code, message = run[0]
        summary = (
            f"{len(run):,} {code} notes within {Cluster.GAP} characters of each other; "
            f"the first: {message}"
        )
        out.append((start, end, code, summary))
    out.sort(key=lambda n: n[0])
    return out


class Line(NamedTuple):
    """One line of the normalised text, stripped of surrounding white space."""

    number: int
    """The line's number, from 0."""
    start: int
    """Offset of the first character that is not white space (or of the line's end)."""
    end: int
    """Offset one past the last character that is not white space."""
    text: str
    """The line without its surrounding white space; empty for a blank line."""
    indent: int
    """How many white-space characters precede :attr:`text`."""

    @property
    def blank(self) -> bool:
        """True for a line with nothing but white space."""
        return not self.text

    def rest(self, offset: int) -> Line:
        """The part of this line from ``offset`` (relative to :attr:`text`) on, stripped."""
        tail = self.text[offset:]
        stripped = tail.lstrip()
        start = self.start + offset + len(tail) - len(stripped)
        return self._replace(start=start, text=stripped, indent=self.indent + start - self.start)


class Source:
    """The caller's text, its normalised form, and the way back between them."""

    __slots__ = ("_removed_at", "_removed_total", "diagnostics", "lines", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self.diagnostics: list[Diagnostic] = []
        # Offsets (in the normalised text) at which characters of the original were
        # removed, with the running total removed up to and including each.
        self._removed_at: list[int] = []
        self._removed_total: list[int] = []
        self.text = original
        if _MAYBE_IRREGULAR().search(original) is not None:
            self.text = self._normalise(original)
        self.lines = self._line_table(self.text)

    def _normalise(self, original: str) -> str:
        """``original`` with its irregular characters replaced or removed, noted."""
        pieces: list[str] = []
        last = 0
        removed = 0
        surrogates, controls = Cluster(), Cluster()
        for match in _IRREGULAR().finditer(original):
            found = match.group()
            pieces.append(original[last : match.start()])
            normal_pos = match.start() - removed
            if found[0] in _LINE_BREAKS:
                pieces.append("\n")
                gone = len(found) - 1
            elif "\ud800" <= found[0] <= "\udfff":
                pieces.append("\ufffd")
                gone = 0
                surrogates.add(match.start(), match.end())
            elif found == "\ufeff":
                gone = 1
                self._note(match.start(), match.end(), "bom", "removed a byte order mark")
            else:
                gone = len(found)
                controls.add(match.start(), match.end())
            if gone:
                removed += gone
                self._removed_at.append(normal_pos)
                self._removed_total.append(removed)
            last = match.end()
        pieces.append(original[last:])
        for start, end, count in surrogates.groups():
            # The diagnostic's text shows them as U+FFFD too (JSON and UTF-8 cannot carry
            # them), so the message names the first few.
            first = [
                c for c in original[start : min(end, start + 64)] if "\ud800" <= c <= "\udfff"
            ][:4]
            named = ", ".join(f"U+{ord(c):04X}" for c in first) + (", ..." if count > 4 else "")
            many = "a lone surrogate" if count == 1 else f"{count} lone surrogates"
            self._note(start, end, "surrogate", f"replaced {many} ({named}) with U+FFFD")
        for start, end, _ in controls.groups():
            self._note(start, end, "control-character", "removed control characters")
        self.diagnostics.sort(key=lambda d: d.span.start if d.span else -1)
        return "".join(pieces)

    def _note(self, start: int, end: int, code: str, message: str) -> None:
        self.diagnostics.append(note(code, message, Span(start, end), self.original[start:end]))

    @staticmethod
    def _line_table(text: str) -> list[Line]:
        lines: list[Line] = []
        add = lines.append
        offset = 0
        for index, raw in enumerate(text.split("\n")):
            stripped = raw.strip() if raw else raw
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                add(Line(index, offset + lead, offset + lead + len(stripped), stripped, lead))
            else:
                add(Line(index, offset, offset, "", 0))
            offset += len(raw) + 1
        return lines

    def to_original(self, pos: int, *, end: bool = False) -> int:
        """Map an offset in :attr:`text` to the caller's text.

        A start offset lands after any characters removed just before it; an end
        offset (``end=True``) lands right after the character before it.
        """
        if end:
            if pos <= 0:
                return 0
            index = bisect.bisect_right(self._removed_at, pos - 1)
        else:
            index = bisect.bisect_right(self._removed_at, pos)
        return pos + (self._removed_total[index - 1] if index else 0)

    def span(self, start: int, end: int) -> Span:
        """The span of the caller's text that ``text[start:end]`` came from."""
        first = self.to_original(start)
        return Span(first, max(first, self.to_original(end, end=True)))

    def diagnostic(self, code: str, message: str, start: int, end: int) -> Diagnostic:
        """A diagnostic for ``text[start:end]``, pointing into the caller's text."""
        span = self.span(start, end)
        return note(code, message, span, span.of(self.original))
