"""Times of day in running text, read with the dates they are written with.

A time written right after a date (``on Tuesday at 6:30 p.m.``, ``June 2, 18:30 GMT``)
or right before one (``at 23:15 on Monday``, ``4:10 the next morning``) joins its
mention: the span grows to hold it and :attr:`~newsseed.DateMention.time` keeps it (with the
zone's fixed offset where a zone is written and known). A time written alone (``at
23:15``) is no date; :func:`~newsseed.normalize.find_dates` reports it only when asked
(``times=True``), on the day of the date mentioned last in its paragraph, else the
anchor's. Rules: ``docs/dates.md``, "Times of day".
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Final

from newsseed.normalize._clock import ClockTime, times_in, zone_offset
from newsseed.normalize._text import lazy_re
from newsseed.normalize._values import DateMention, DateValue, Span

__all__ = ("standalone_times", "with_times")

#: What joins a date and the time written after it, and the time and the date after it.
_AFTER: Final = (", at ", " at ", ", ", " ")
_BEFORE: Final = (" on ", ", ", " ")
#: The longest time of day with its zone (``10:32:07.250 a.m. AEDT``), and some room.
_LONGEST: Final = 28


def _time(clock: ClockTime, value: DateValue | None, locale: str) -> _dt.time:
    """The time of day ``clock`` names, aware where its zone has a known offset (a zone
    whose offset follows the date, ``ET``, needs the day)."""
    local = _dt.time(clock.hour, clock.minute, clock.second, clock.microsecond)
    if clock.zone is None:
        return local
    day = None if value is None or value.day is None else value.to_date()
    offset = zone_offset(clock.zone, day, local, locale=locale)
    if offset is None:
        return local
    return local.replace(tzinfo=_dt.timezone.utc if not offset else _dt.timezone(offset))


#: The first characters of a time of day (``6:30``, ``noon``, ``midnight``, ``midday``).
_OPENS_TIME: Final = frozenset("0123456789nNmM")
#: How a time written in lower case may end (``6 pm``, ``noon``); else it ends with a
#: digit, ``.`` (``a.m.``) or a capital (``PM``, ``EDT``).
_ENDS_TIME: Final = ("am", "pm", "noon", "midnight", "midday")
_DIGIT: Final = lazy_re(r"\d|(?i:noon|mid)")


def _after(text: str, end: int, limit: int) -> ClockTime | None:
    """The time written right after a mention ending at ``end`` (before ``limit``)."""
    for joiner in _AFTER:
        if text.startswith(joiner, end):
            at = end + len(joiner)
            if text[at : at + 1] not in _OPENS_TIME:
                continue
            clocks = times_in(text, at, min(limit, at + _LONGEST))
            if clocks and clocks[0].start == at and not clocks[0].next_day:
                return clocks[0]
    return None


def _before(text: str, start: int, floor: int) -> ClockTime | None:
    """The time written right before a mention starting at ``start`` (after ``floor``)."""
    for joiner in _BEFORE:
        at = start - len(joiner)
        if at > floor and text.startswith(joiner, at):
            last = text[at - 1]
            if not (last.isdigit() or last == "." or last.isupper()) and not (
                last.isalpha() and text[max(0, at - 8) : at].lower().endswith(_ENDS_TIME)
            ):
                continue  # ("talks in March": no time ends before)
            low = max(floor, at - _LONGEST)
            if _DIGIT().search(text, low, at) is None:
                continue  # ("the talks on Monday": no time before)
            clocks = times_in(text, low, at)
            if clocks and clocks[-1].end == at and not clocks[-1].next_day:
                return clocks[-1]
    return None


def with_times(text: str, mentions: Sequence[DateMention], locale: str) -> list[DateMention]:
    """The mentions, each with the time of day written right after or before it (a
    mention of a day, or of one not resolved: not a month's or a year's).

    >>> text = "The fire broke out at 23:15 on Monday; crews left Tuesday at 6 a.m. EDT."
    >>> found = [DateMention("Monday", Span(31, 37)), DateMention("Tuesday", Span(50, 57))]
    >>> [(m.text, str(m.time)) for m in with_times(text, found, "us")]
    [('23:15 on Monday', '23:15:00'), ('Tuesday at 6 a.m. EDT', '06:00:00-04:00')]
    """
    out: list[DateMention] = []
    for index, mention in enumerate(mentions):
        floor = out[-1].span.end if out else 0  # (the one before may hold a time now)
        limit = mentions[index + 1].span.start if index + 1 < len(mentions) else len(text)
        start, end = mention.span.start, mention.span.end
        if mention.value is not None and mention.value.day is None:
            out.append(mention)  # a month or a year has no time of day ("2025 noon")
            continue
        clock = _after(text, end, limit)
        if clock is not None:
            end = clock.end
        else:
            clock = _before(text, start, floor)
            if clock is not None:
                start = clock.start
        if clock is None:
            out.append(mention)
            continue
        time = _time(clock, mention.value, locale)
        out.append(DateMention(text[start:end], Span(start, end), mention.value, time))
    return out


def standalone_times(
    text: str, mentions: Sequence[DateMention], anchor: _dt.date | None, locale: str
) -> list[DateMention]:
    """The mentions, with every time of day written apart from them as a mention of its
    own: on the day of the mention last before it in its paragraph (known to the day),
    else the anchor's; None with neither.

    >>> text = "The fire broke out on Monday.\\n\\nCrews arrived at 23:15."
    >>> found = [DateMention("Monday", Span(22, 28), DateValue(2025, 7, 7))]
    >>> [(m.text, str(m.value), str(m.time)) for m in standalone_times(text, found, None, "us")]
    [('Monday', '2025-07-07', 'None'), ('23:15', 'None', '23:15:00')]
    """
    out: list[DateMention] = []
    index = 0
    day = None if anchor is None else DateValue(anchor.year, anchor.month, anchor.day)
    last: tuple[int, DateValue] | None = None  # the last mention known to the day, its end
    for clock in times_in(text, 0, len(text)):
        while index < len(mentions) and mentions[index].span.start < clock.end:
            mention = mentions[index]
            out.append(mention)
            if mention.value is not None and mention.value.day is not None:
                last = (mention.span.end, mention.value)
            index += 1
        if clock.next_day or (out and out[-1].span.end > clock.start):
            continue  # a time inside a mention (it holds its time already)
        value = day
        if last is not None and "\n\n" not in text[last[0] : clock.start]:
            value = last[1]
        time = _time(clock, value, locale)
        out.append(
            DateMention(text[clock.start : clock.end], Span(clock.start, clock.end), value, time)
        )
    out.extend(mentions[index:])
    return out
