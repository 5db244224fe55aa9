"""From body lines to paragraphs.

* Blank lines separate blocks. A block of several short lines (none longer
  than :data:`WRAP_WIDTH`) is hard-wrapped text: its lines are joined, and a
  new paragraph starts at an indented line, a bullet, or after a short line
  that ends a sentence. In a block of long lines, each line is a paragraph.
* A paragraph broken mid-sentence, by blank lines or a dropped line, is
  joined to the next: when it ends in a letter and a hyphen (``Indo-`` +
  ``Pacific``), when the next starts in lower case, or when it is a sentence
  of eight words or more with no final punctuation.
* A paragraph printed twice close together (a lede repeated) is kept once.
* Text with one paragraph on each line and no blank lines between them (what
  extractors such as trafilatura write) is told by its lines (:func:`one_per_line`):
  there, each line is a paragraph, and only a line going on in lower case (or a word
  broken at a hyphen) is joined to the one before: a headline, standfirst, caption,
  credit or subheading stays apart from the body.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Final

from newsseed._layouts._common import Draft, Fragment, ends_sentence, word_count
from newsseed._quotes._tokens import _ends_sentence as _ends_at
from newsseed._source import Line
from newsseed.normalize._text import lazy_regex

__all__ = (
    "REPEAT_WINDOW",
    "WRAP_WIDTH",
    "blocks",
    "dedupe",
    "join_broken",
    "one_per_line",
    "paragraphs_of",
)

#: How many paragraphs back a word-for-word repeat counts as printed twice.
REPEAT_WINDOW: Final = 3

#: Blocks whose lines are all at most this long are read as hard-wrapped text.
WRAP_WIDTH: Final = 100

_SPACES: Final = lazy_regex(r"[ \t]{2,}|\t")
_BULLET: Final = lazy_regex(r"(?:[-*•·▪–—]|\d{1,3}[.)])[ \t]")
_CLOSING_SHORT: Final = 0.75


def _clean(text: str) -> str:
    return _SPACES().sub(" ", text) if ("  " in text or "\t" in text) else text


def blocks(lines: Iterable[Line | None]) -> Iterator[list[Line]]:
    """Group lines into blocks; blank lines and ``None`` (a dropped line) separate them."""
    block: list[Line] = []
    for line in lines:
        if line is None or line.blank:
            if block:
                yield block
                block = []
        else:
            block.append(line)
    if block:
        yield block


#: Text is one paragraph a line when this share of the lines of its blocks of several
#: lines end a sentence, two of them at least (three where no line is wider than
#: WRAP_WIDTH: two short lines ending sentences may be wrapped text's), and at most
#: _CONTINUED_SHARE of them go on in lower case. Hard-wrapped text ends a sentence on
#: one line in three or fewer and goes on in lower case on many; extractor text ends a
#: sentence on most lines (its headlines, captions and subheadings do not) and hardly
#: ever goes on.
_PER_LINE_SHARE: Final = 0.4
_PER_LINE_ENDS: Final = 2
_CONTINUED_SHARE: Final = 0.1


def one_per_line(lines: Iterable[Line]) -> bool:
    """Whether the text of ``lines`` puts one paragraph on each line: of its lines in
    blocks of several (no blank line between them), two in five or more end a sentence (not in
    an abbreviation), two at least where one is wider than 100 characters and three
    otherwise, and a tenth or fewer go on in lower case or end in a word no sentence
    ends in (``of``, ``the``, ``vs``); and no block indents some of its lines (wire
    copy marks its paragraphs so).

    >>> from newsseed._source import Source
    >>> one_per_line(Source("Ferry returns\\nBoats sail.\\nFares rise.\\nTrams run.").lines)
    True
    >>> one_per_line(Source("Boats sail to Lisbon\\nagain, the office said\\non Monday.").lines)
    False
    """
    in_blocks = ends = continued = widest = 0
    for block in blocks(lines):
        if len(block) > 1:
            if len({line.indent for line in block}) > 1:
                return False  # paragraphs marked by indents: wire copy, hard-wrapped
            in_blocks += len(block)
            widest = max(widest, *(len(line.text) for line in block))
            ends += sum(_ends_paragraph(line.text) for line in block)
            continued += sum(_goes_on(line.text) for line in block[1:])
            continued += sum(_WRAPPED_END().search(line.text[-8:]) is not None for line in block)
    fewest = _PER_LINE_ENDS if widest > WRAP_WIDTH else _PER_LINE_ENDS + 1
    return (
        ends >= max(fewest, _PER_LINE_SHARE * in_blocks)
        and continued <= _CONTINUED_SHARE * in_blocks
    )


#: A line ending in a word that cannot end a sentence (``... francs vs``) was wrapped.
_WRAPPED_END: Final = lazy_regex(
    r"(?<!\p{L})(?:a|an|the|of|to|in|on|at|by|for|and|or|but|vs|with|from|that)$"
)


def _ends_paragraph(text: str) -> bool:
    """Whether the line ``text`` ends a sentence, not in an abbreviation or an initial
    (``U.S.``, ``Corp.``, ``Mr.``, ``A.``: where a line may have been wrapped), as the
    quote finder tells a sentence's end."""
    return ends_sentence(text) and _ends_at(text.rsplit(None, 1)[-1])


def _goes_on(text: str) -> bool:
    """Whether the line ``text`` goes on with a sentence begun before it."""
    return text[:1].islower() or text[:1] in ",;"


def _fragment(lines: list[Line], *, explicit: bool = False) -> Fragment:
    text = _clean(" ".join(line.text for line in lines))
    return Fragment(text, lines[0].start, lines[-1].end, explicit)


def paragraphs_of(block: list[Line], *, per_line: bool = False) -> list[Fragment]:
    """Split one block into paragraph fragments (see the module's rules); ``per_line``:
    each line is one, the break before it the text's own (explicit)."""
    if len(block) == 1:  # most blocks: one line, one paragraph
        line = block[0]
        return [Fragment(_clean(line.text), line.start, line.end)]
    if per_line:
        return [_fragment([line]) for line in block]
    width = max(len(line.text) for line in block)
    if width > WRAP_WIDTH:
        return [_fragment([line]) for line in block]
    least = min(line.indent for line in block)
    indented = any(line.indent > least for line in block)
    out: list[Fragment] = []
    current = [block[0]]
    explicit = False
    for previous, line in itertools.pairwise(block):
        starts_new = (
            (indented and line.indent > least)
            or _BULLET().match(line.text) is not None
            or (ends_sentence(previous.text) and len(previous.text) < _CLOSING_SHORT * width)
        )
        if starts_new:
            out.append(_fragment(current, explicit=explicit))
            current = []
            explicit = True
        current.append(line)
    out.append(_fragment(current, explicit=explicit))
    return out


def _continues(first: str, first_words: int, second: str, *, lines: bool) -> str | None:
    """How ``second`` continues a paragraph ending in ``first`` (``first_words`` long,
    counting to eight) mid-sentence: ``""``, ``" "``, or None if it does not. Where each
    line is a paragraph (``lines``), only a word broken at a hyphen or a paragraph
    going on in lower case is: a line of eight words without a full stop is a
    headline, standfirst, caption or subheading there.
    """
    if first[-1:] == "-" and first[-2:-1].isalpha() and second[0].isalpha():  # Indo- Pacific
        return ""
    if ends_sentence(first) or first[-1] in ":;" or _BULLET().match(second) is not None:
        return None
    if _goes_on(second):  # "and resumed", ", who had already qualified"
        return " "
    if (first[-1].isalnum() or first[-1] == ",") and first_words >= 8 and not lines:
        return " "
    return None


def join_broken(draft: Draft, fragments: list[Fragment]) -> list[Fragment]:
    """Join paragraphs broken mid-sentence, leaving a diagnostic for each repair.

    A paragraph break the layout marks itself (an indent in hard-wrapped text) stands.
    """
    # Each group: the fragments that make one paragraph, each with the glue before it.
    groups: list[list[tuple[str, Fragment]]] = []
    words: list[int] = []
    for fragment in fragments:
        if groups and not fragment.explicit:
            previous = groups[-1][-1][1]
            glue = _continues(previous.text, words[-1], fragment.text, lines=bool(draft.per_line))
            if glue is not None:
                draft.note(
                    "joined-paragraphs",
                    "joined a paragraph broken mid-sentence"
                    + (" and mid-word" if glue == "" else ""),
                    previous.end,
                    fragment.start,
                )
                groups[-1].append((glue, fragment))
                if words[-1] < 8:
                    words[-1] = min(8, words[-1] + word_count(fragment.text, 8))
                continue
        groups.append([("", fragment)])
        words.append(word_count(fragment.text, 8))
    return [
        Fragment(
            "".join(glue + part.text for glue, part in group),
            group[0][1].start,
            group[-1][1].end,
            group[0][1].explicit,
        )
        for group in groups
    ]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def dedupe(draft: Draft, fragments: list[Fragment]) -> list[Fragment]:
    """Drop a paragraph that repeats, word for word, one of the :data:`REPEAT_WINDOW`
    paragraphs before it (five words or more): a lede printed twice. Repeats further
    apart (a live blog's running summary) are the writer's and stay.
    """
    seen: dict[str, int] = {}
    out: list[Fragment] = []
    for fragment in fragments:
        key = _key(fragment.text)
        earlier = seen.get(key)
        if earlier is not None and len(out) - earlier <= REPEAT_WINDOW:
            draft.note(
                "duplicate-paragraph",
                "dropped a paragraph printed twice",
                fragment.start,
                fragment.end,
            )
            continue
        if word_count(fragment.text, 5) >= 5:
            seen[key] = len(out)
        out.append(fragment)
    return out
