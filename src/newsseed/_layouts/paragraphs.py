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
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Final

from newsseed._layouts._common import Draft, Fragment, ends_sentence, word_count
from newsseed._source import Line
from newsseed.normalize._text import lazy_regex

__all__ = ("REPEAT_WINDOW", "WRAP_WIDTH", "blocks", "dedupe", "join_broken", "paragraphs_of")

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


def _fragment(lines: list[Line], *, explicit: bool = False) -> Fragment:
    text = _clean(" ".join(line.text for line in lines))
    return Fragment(text, lines[0].start, lines[-1].end, explicit)


def paragraphs_of(block: list[Line]) -> list[Fragment]:
    """Split one block into paragraph fragments (see the module's rules)."""
    if len(block) == 1:  # most blocks: one line, one paragraph
        line = block[0]
        return [Fragment(_clean(line.text), line.start, line.end)]
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


def _continues(first: str, first_words: int, second: str) -> str | None:
    """How ``second`` continues a paragraph ending in ``first`` (``first_words`` long,
    counting to eight) mid-sentence: ``""``, ``" "``, or None if it does not.
    """
    if first[-1:] == "-" and first[-2:-1].isalpha() and second[0].isalpha():  # Indo- Pacific
        return ""
    if ends_sentence(first) or first[-1] in ":;" or _BULLET().match(second) is not None:
        return None
    if second[0].islower():
        return " "
    if (first[-1].isalnum() or first[-1] == ",") and first_words >= 8:
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
            glue = _continues(previous.text, words[-1], fragment.text)
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
