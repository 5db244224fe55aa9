"""Quotation marks: what each one does, and how they pair up into quoted segments.

:func:`_role` reads a mark from what stands on either side of it (an opening mark, a
closing one, one that may be either, or an apostrophe); :func:`_pair_marks` pairs the
marks into segments (:class:`._segments._Segment`): double marks with curly quotes
within them, single marks at the top level with double quotes within them, and a quote
never closed ending with its paragraph.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final, Literal

from newsseed._quotes._segments import _Paragraphs, _Segment
from newsseed.normalize._text import Budget, lazy_regex

if TYPE_CHECKING:
    import regex

# (The lookahead tells from one character whether a mark may start here: twice as fast as
# trying the three ways at every character.)
_MARK: Final = lazy_regex(r"(?=[\"“”„‟«»‘’‚‛'`])(?:''|``|[\"“”„‟«»‘’‚‛'])")
# Two-character marks: '' and `` stand for double quotation marks in some typesetting.
_PAIRS: Final = {"''": '"', "``": "“"}
_DOUBLE_OPEN: Final = frozenset("“„«")
_DOUBLE_CLOSE: Final = frozenset("”»")
_DOUBLE_STRAIGHT: Final = frozenset('"‟')
_SINGLE_OPEN: Final = frozenset("‘‚‛")
_SINGLE_STRAIGHT: Final = frozenset("'’")
_ALL_DOUBLE: Final = _DOUBLE_OPEN | _DOUBLE_CLOSE | _DOUBLE_STRAIGHT
# What may stand right before an opening mark, besides white space.
_BEFORE_OPEN: Final = frozenset("([{—–-/:;,…") | _ALL_DOUBLE | _SINGLE_OPEN | {"'", "’"}
# What may stand right after a closing mark, besides white space.
_AFTER_CLOSE: Final = frozenset(".,;:!?…)]}—–-/") | _ALL_DOUBLE | {"'", "’", "‘"}
# Words that start with an apostrophe: 'em, 'til, rock 'n' roll.
_ELISIONS: Final = frozenset({"em", "til", "cause", "n", "tis", "twas", "bout", "round", "s"})

Role = Literal["open", "close", "either"]


def _role(text: str, at: int, end: int) -> Role | None:
    """What the quotation mark ``text[at:end]`` does, from what stands either side of it."""
    mark = _PAIRS.get(text[at:end], text[at])
    before = text[at - 1] if at > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    space_before = before.isspace() or before in _BEFORE_OPEN
    space_after = after.isspace() or after in _AFTER_CLOSE
    if before in "=<>" or after in "<>=":
        return None  # markup: <tweet author="...">
    if mark in _ALL_DOUBLE:
        if space_before and space_after:  # ' " ' in tokenised text: the shape decides
            return (
                "open" if mark in _DOUBLE_OPEN else "close" if mark in _DOUBLE_CLOSE else "either"
            )
        if mark in _DOUBLE_OPEN:
            return "close" if space_after and not space_before else "open"
        if mark in _DOUBLE_CLOSE:
            return "open" if space_before and not space_after else "close"
        if space_before:
            return "open"
        return "close" if space_after else "either"
    # Single marks: an apostrophe unless it stands at a word's edge.
    if before.isalnum() and after.isalnum():
        return None  # don't, O'Neill
    if space_before and not space_after:
        if after.isdigit():
            return None  # '90s
        if mark in _SINGLE_STRAIGHT and _elision(text, end):
            return None  # 'em, rock 'n' roll
        return "open"
    if space_after and not before.isspace():
        return "close"  # word' and ,' before a space
    return None


def _elision(text: str, start: int) -> bool:
    end = start
    while end < len(text) and end - start < 6 and text[end].isalpha():
        end += 1
    return text[start:end].lower() in _ELISIONS and (end == len(text) or not text[end].isalpha())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _in_order(
    marks: Iterator[regex.Match[str]], breaks: Iterator[tuple[int, int]]
) -> Iterator[tuple[int, int, bool]]:
    """The marks and the paragraph breaks, in text order (a mark is never white space, so
    never where a break starts), each as (start, end, whether it is a break); the marks
    read no further than asked."""
    pending = next(breaks, None)
    for mark in marks:
        at = mark.start()
        while pending is not None and pending[0] < at:
            yield (*pending, True)
            pending = next(breaks, None)
        yield at, mark.end(), False
    while pending is not None:
        yield (*pending, True)
        pending = next(breaks, None)


def _pair_marks(
    text: str, paragraphs: _Paragraphs, limit: int, mark_budget: Budget
) -> list[_Segment]:
    """The quoted stretches of ``text``, in order, from its quotation marks; no more
    than one past ``limit``, and no mark past the ``mark_budget`` (the rest of the text
    is not read)."""
    segments: list[_Segment] = []
    double: tuple[int, int] | None = None  # the open double mark: where it starts, ends
    single: tuple[int, int] | None = None
    carried = False  # the paragraph before ended inside a quote that goes on here
    nested = 0  # curly quotes open inside the open double quote
    inner = 0  # double quotes open inside the open single quote
    paragraph = 0
    last_single = _last_single(text, paragraphs, 0)

    def add(mark: tuple[int, int], close: tuple[int, int], *, closed: bool) -> None:
        start, end = _trimmed(text, mark[1], close[0])
        if end > start:
            segments.append(
                _Segment(mark[0], close[0], start, end, paragraph, close[1], closed=closed)
            )

    for at, end, is_break in _in_order(_MARK().finditer(text), paragraphs.breaks()):
        if len(segments) > limit or not (is_break or mark_budget.take(at)):
            break
        if is_break:  # a paragraph ends
            carried = False
            if double is not None:
                add(double, (at, at), closed=False)
                following = _MARK().match(text, end)
                if following is not None:
                    opens = _is_double(text, end, following.end())
                    if opens and segments and segments[-1].open == double[0]:
                        segments[-1].continues = carried = True
            double = single = None
            nested = inner = 0
            paragraph += 1
            last_single = _last_single(text, paragraphs, paragraph)
            continue
        role = _role(text, at, end)
        if role is None:
            continue
        if _is_double(text, at, end) and single is not None and double is None:
            # 'The sign read "closed", nothing more.': a quote within the single quote,
            # when a single mark later in the paragraph can close it
            if role != "close" and last_single > at:
                inner += 1
                continue
            if role != "open" and inner:
                inner -= 1
                continue
            single = None
        if _is_double(text, at, end):
            if role == "open" and double is not None and _nested(text, at):
                nested += 1  # "He called it “a shed” twice": a quote within the quote
            elif role == "open" or (role == "either" and double is None):
                if double is not None:  # opened again before it closed
                    add(double, (at, at), closed=False)
                double, single, nested = (at, end), None, 0
                if carried and at == paragraphs.starts[paragraph]:
                    segments[-1].continues = True
                    carried = False
            elif nested:
                nested -= 1
            elif double is not None:
                add(double, (at, end), closed=True)
                double = None
            elif carried:  # a continued quote that closes with no new opening mark
                start = paragraphs.starts[paragraph]
                add((start, start), (at, end), closed=True)
                carried = False
        elif double is None:  # single marks at the top level
            if role == "open" and single is None:
                single = (at, end)
            elif (
                role != "open"
                and single is not None
                and not _possessive(text, at, later=last_single > at)
            ):
                add(single, (at, end), closed=True)
                single, inner = None, 0
    if double is not None and len(segments) <= limit and mark_budget.cut is None:
        add(double, (len(text), len(text)), closed=False)
    for before, after in itertools.pairwise(segments):
        after.continued = before.continues
    return segments


def _nested(text: str, at: int) -> bool:
    """Whether the curly opening mark at ``at`` opens a quote inside the open one: it
    stands inside a sentence, not after its end (where a new quote would open)."""
    if text[at] not in _DOUBLE_OPEN:
        return False
    before = at - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    return before >= 0 and text[before].isalnum()


def _is_double(text: str, at: int, end: int) -> bool:
    return end - at == 2 or text[at] in _ALL_DOUBLE


def _possessive(text: str, at: int, *, later: bool) -> bool:
    """``the ministers' plan``: an apostrophe after an s, before a word in lower case,
    or before any word when a single mark ``later`` in the paragraph may close the quote
    (``'We back the Workers' Party.'``)."""
    if at == 0 or text[at - 1] != "s":
        return False
    rest = text[at + 1 : at + 3]
    return (
        len(rest) == 2 and rest[0] == " " and (rest[1].islower() or (later and rest[1].isalpha()))
    )


def _last_single(text: str, paragraphs: _Paragraphs, paragraph: int) -> int:
    """Where the last single quotation mark of a paragraph stands (-1 if none does)."""
    if paragraph >= len(paragraphs.starts):
        return -1
    start, end = paragraphs.starts[paragraph], paragraphs.ends[paragraph]
    return max(text.rfind("'", start, end), text.rfind("’", start, end))
