"""Headline-first articles, bylines and date lines at the top.

Most news dumps put the title on the first line. A first line is a headline
when it is short (at most 30 words and 240 characters), does not start in
lower case or with punctuation that cannot open a sentence, does not end in
``,``, ``;`` or ``:``, is not followed on the very next line by a lower-case
continuation, and, if it ends with a full stop, is at most two sentences and
25 words (30 for a headline printed over two lines, ``Main head;`` /
``sub head``; 15 when the body follows on the very next line). A wire dateline
with a date or an agency is never a headline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from newsseed._layouts._common import Draft, Fragment, ends_sentence, read_date_text, word_count
from newsseed._layouts.dateline import split_dateline
from newsseed._layouts.header import apply_date, read_byline_names
from newsseed._source import Line
from newsseed.normalize._grammar import MONTHS, WEEKDAYS
from newsseed.normalize._text import lazy_regex

if TYPE_CHECKING:
    pass

__all__ = ("looks_like_headline", "read_byline", "read_date_line", "split_date_line")

_SENTENCE_BREAK: Final = lazy_regex(r"\p{Ll}{2}[.!?][\"”’]?\s+[\"“‘]?\p{Lu}")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# A full date (a weekday perhaps, a day, a month's name, a year; or ISO), perhaps a time
# of day and a zone, then a sentence starting in capitals: a date line glued to the body.
_GLUED_DATE: Final = lazy_regex(
    rf"(?:(?i:{_WEEKDAY})\.?,?[ ])?"
    rf"(?:(?i:{_MONTH})\.?[ ]\d{{1,2}}(?:st|nd|rd|th)?,[ ]?\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ ](?i:{_MONTH})\.?,?[ ]\d{{4}}|\d{{4}}-\d\d-\d\d)"
    r"(?:,?[ ](?:at[ ])?\d{1,2}[:.]\d\d(?:[ ]?[ap]\.?m\.?)?(?:[ ]\(?[A-Z]{2,5}\)?)?)?"
    r"(?=[ ]+[\p{Lu}\"“‘])"
)
_BYLINE_LABEL: Final = lazy_regex(r"(?:written[ \t]+)?by[ \t]*:?[ \t]+", ignore_case=True)
# A sentence directly followed by more text is a headline only when this short.
_MAX_WORDS_RUN_ON: Final = 15
_NOT_OPENERS: Final = ",.;:!?)]}-–—/\\|&*+=>"


def looks_like_headline(text: str, following: Line | None, *, max_words: int = 25) -> bool:
    """Whether ``text``, at the top of an article, has the shape of a headline.

    ``following`` is the line right after it (None when a blank line or the end is).
    """
    if len(text) > 240 or text[-1] in ",;:" or word_count(text, 31) > 30:
        return False
    if text[0].islower() or text[0] in _NOT_OPENERS:
        return False
    if following is not None and not following.blank:
        if following.text[0].islower():
            return False
        max_words = min(max_words, _MAX_WORDS_RUN_ON)
    if ends_sentence(text) and (
        len(_SENTENCE_BREAK().findall(text)) > 1 or word_count(text, max_words + 1) > max_words
    ):
        return False
    return split_dateline(Fragment(text, 0, len(text)), None, strong=True) is None


def _title_case(text: str) -> bool:
    """Whether most of the longer words of ``text`` (four letters or more) start in
    capitals, as headlines in title case do and sentences never."""
    words = [word for word in text.split() if len(word) >= 4 and word[0].isalpha()]
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.7 * len(words)


def headline_at(
    lines: Sequence[Line], index: int, *, per_line: bool = False
) -> tuple[str, int] | None:
    """The headline starting at ``lines[index]`` and how many lines it takes, or None.

    A headline is one line, or two when the second follows without a blank line
    and a blank line or the end comes after it (``Main head;`` / ``sub head``). In text
    of one paragraph a line (``per_line``), the next line is the next paragraph, as
    after a blank line: a headline is one line (two where the first ends in ``;``), not
    continued in lower case, and a sentence of more than 15 words is one only where the
    paragraph after it is longer or it is in title case.
    """
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    if (
        per_line
        and following is not None
        and not following.blank
        and not following.text[:1].islower()
    ):
        joined = f"{line.text} {following.text}"  # ``Main head;`` / ``sub head``
        if line.text.endswith(";") and looks_like_headline(joined, None, max_words=30):
            return joined, 2
        # A sentence no shorter than the paragraph after it is a lede, unless short or
        # in title case (``The Ferry Returns To Portlow At Last``).
        headlike = len(line.text) < len(following.text) or _title_case(line.text)
        longest = 25 if headlike else _MAX_WORDS_RUN_ON
        return (line.text, 1) if looks_like_headline(line.text, None, max_words=longest) else None
    if following is None or following.blank:
        return (line.text, 1) if looks_like_headline(line.text, None) else None
    after = lines[index + 2] if index + 2 < len(lines) else None
    if after is None or after.blank:
        joined = f"{line.text} {following.text}"
        if looks_like_headline(joined, None, max_words=30) and not following.text[0].islower():
            return joined, 2
    return (line.text, 1) if looks_like_headline(line.text, following) else None


def read_byline(draft: Draft, line: Line) -> bool:
    """Take a ``By Jane Doe and John Roe`` line; True if taken."""
    if len(line.text) > 120:
        return False
    label = _BYLINE_LABEL().match(line.text)
    return label is not None and read_byline_names(draft, line.text[label.end() :], line)


def read_date_line(draft: Draft, line: Line) -> bool:
    """Take a line that is a date and nothing else (``July 3, 2025``); True if taken."""
    reading = read_date_text(line.text)
    if reading is None:
        return False
    changed = line.text.lower().startswith(("updated", "last updated", "modified"))
    apply_date(draft, "updated" if changed else "date", line.text, reading, line, start=0)
    return True


def split_date_line(draft: Draft, fragment: Fragment) -> Fragment | None:
    """Take a date line glued to the first sentence of the body (``Friday, March 6, 2020
    On Monday, ...``): its date (and time) as the publication's, as a date line's would
    be; return the rest of the paragraph, or None where it starts with no such date."""
    match = _GLUED_DATE().match(fragment.text, 0, 120)
    if match is None:
        return None
    reading = read_date_text(match.group())
    if reading is None or reading.value is None:
        return None
    end = fragment.start + match.end()
    line = Line(0, fragment.start, end, match.group(), 0)
    apply_date(draft, "date", match.group(), reading, line, start=0)
    rest = fragment.text[match.end() :]
    stripped = rest.lstrip()
    return Fragment(stripped, end + len(rest) - len(stripped), fragment.end, fragment.explicit)
