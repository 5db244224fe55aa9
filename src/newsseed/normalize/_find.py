"""Dates in running text: :func:`find_dates` finds every expression of the grammar
(``_grammar.py``) near the words every expression holds, reads each with the resolvers
of ``_dates.py`` (a bare weekday or month by the tense of its clause, ``a week earlier``
from the date mentioned before), and adds the years that stand with no cue
(``_years.py``), less what is no date where it stands (``_not_dates.py``). Rules:
``docs/dates.md``.
"""

from __future__ import annotations

import datetime as _dt
import functools
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

import attrs

from newsseed.normalize._data import words
from newsseed.normalize._dates import (
    _NO_SUCH_DAY,
    _anchor_date,
    _check_locale,
    _Context,
    _resolve,
    _Tense,
)
from newsseed.normalize._grammar import TRIGGER, candidates, rule_of
from newsseed.normalize._not_dates import not_a_date
from newsseed.normalize._text import Budget, lazy_regex
from newsseed.normalize._times import standalone_times, with_times
from newsseed.normalize._values import DateMention, DateValue, Span
from newsseed.normalize._years import plain_year

if TYPE_CHECKING:
    import re

    import regex

__all__ = ("NOT_READ", "find_dates", "read_dates")


_FUTURE: Final = words("will shall upcoming won't won’t gonna")
# Future, but of a clause that may not happen or may be reported: a day of a month with no
# year keeps the nearest year under them ("said it would open on July 3").
_MODAL: Final = words("would could might")
# Future unless after "was", "were" or "had": "is expected to", "is due on Friday".
_PARTICIPLES: Final = words("expected scheduled slated due")
# Future only before "to" or "for": "is set to meet", "plans to" (not "the first set").
_BEFORE_TO: Final = words("set going plans planned planning intends aims poised likely")
_PAST: Final = words(
    "was were had did said told met held made took gave went came saw found left sent spoke"
    " wrote began won lost got paid led brought thought struck fell rose became kept ran stood"
    " broke chose drove flew grew knew meant sold spent"
)
_NOT_PAST: Final = words("need speed proceed exceed succeed indeed feed seed shed")
_PUNCTUATION: Final = "\"'“”‘’()[],:"
_CONTEXT: Final = 120  # characters either side of a mention that its tense is read from
_REACH: Final = 12  # and words
_TENSED: Final = frozenset({"weekday", "month", "month-day", "day-month"})
#: Rules a modal clause sets in the future (a day of a month keeps its nearest year).
_MODAL_FUTURE: Final = frozenset({"weekday", "month"})
#: Rules whose value depends on the tense or on the mention before.
_NEEDS_CONTEXT: Final = _TENSED | {"ago", "reference"}


@functools.lru_cache(maxsize=8192)
def _word_kind(word: str) -> tuple[str, bool]:
    """What a word may mark, and whether a sentence ends with it. Words repeat: cached.

    The kind is ``"future"``, ``"participle"``, ``"before-to"``, ``"past"`` or ``""``;
    a sentence ends with ``talks.`` or ``said;``, not with ``Mr.`` or ``U.S.``.
    """
    core = word.rstrip(_PUNCTUATION)
    ends = ";" in word or (
        core[-1:] in {".", "!", "?"} and core[-4:-1].isalpha() and core[-4:-1].islower()
    )
    raw = word.strip(_PUNCTUATION + ".!?;")
    lower = raw.lower()
    if lower in _FUTURE or lower.endswith(("'ll", "’ll")):
        return "future", ends
    if lower in _MODAL or raw == "may":
        return "modal", ends
    if lower in _PARTICIPLES:
        return "participle", ends
    if lower in _BEFORE_TO:
        return "before-to", ends
    if lower in _NOT_PAST:
        return "", ends
    if lower in _PAST or (raw.islower() and lower.endswith("ed") and len(lower) > 3):
        return "past", ends
    return "", ends


def _marker(words: list[str], index: int, kind: str) -> _Marked:
    """The tense ``words[index]`` (of ``kind``) marks, given the words either side."""
    if kind == "future":
        return "future"
    if kind == "modal":
        return "modal"
    before = words[index - 1].lower() if index else ""
    if kind == "participle":
        return "past" if before in {"was", "were", "had"} else "future"
    if kind == "before-to":
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        return "future" if after in {"to", "for"} else None
    return "future" if before == "be" else "past"  # "will be held" looks ahead


#: A clause's tense as its markers say it: ``modal`` for would, could, might, may.
_Marked: TypeAlias = 'Literal["past", "future", "modal"] | None'


def _tense(text: str, start: int, end: int) -> _Marked:
    """The tense of the clause around ``text[start:end]``: the nearest marker before, else after.

    Reads back to the start of the sentence (or of the paragraph, at most
    ``_REACH`` words), then forward to its end. None where no marker is found.
    """
    low = max(0, start - _CONTEXT)
    paragraph = text.rfind("\n\n", low, start)
    window = text[low if paragraph < 0 else paragraph : start]
    before = window.rsplit(None, _REACH)[-_REACH:]
    for index in range(len(before) - 1, -1, -1):
        kind, ends = _word_kind(before[index])
        if ends:
            break
        if kind:
            found = _marker(before, index, kind)
            if found is not None:
                return found
    high = min(len(text), end + _CONTEXT)
    paragraph = text.find("\n\n", end, high)
    window = text[end : high if paragraph < 0 else paragraph]
    after = window.split(None, _REACH)[:_REACH]
    for index in range(len(after)):
        kind, ends = _word_kind(after[index])
        found = _marker(after, index, kind) if kind else None
        if found is not None or ends:
            return found
    return None


_Found: TypeAlias = "tuple[regex.Match[str], str, DateValue | None]"


#: Trigger words read per character of text (and in any text): the corpora's articles
#: hold at most one per 64 characters, 95 in the longest; past the budget
#: (:class:`~newsseed.normalize._text.Budget`) the text is not read for dates.
_TRIGGERS_PER: Final = 32
_TRIGGERS_FLOOR: Final = 256
#: Years with no cue read per character of text, and in any text (``_years.py``): a
#: text with more (``the 2019 strikes`` over and over) has the rest of them not read as
#: years, though its other dates are. The densest text of GUM dev and PolNeAR dev (an
#: academic one, its citations) has one per 222 characters.
_PLAIN_YEARS_PER: Final = 128
_PLAIN_YEARS_FLOOR: Final = 64

#: What the reader notes where find_dates stopped (``dates-not-read``).
NOT_READ: Final = (
    f"the text holds more date words than news does (more than {_TRIGGERS_FLOOR}, and one "
    f"per {_TRIGGERS_PER} characters): from here on its dates are not read"
)


def _expressions(text: str, context: _Context, budget: Budget) -> list[_Found]:
    """Every expression, with its rule and (for rules that need no context) its value."""
    found: list[_Found] = []
    done = 0  # where the last expression ended: they never overlap
    plain = Budget(length=len(text), per=_PLAIN_YEARS_PER, floor=_PLAIN_YEARS_FLOOR)
    for trigger in TRIGGER().finditer(text):
        if trigger.start() < done:
            continue
        if not budget.take(trigger.start()):
            break
        match = None
        for start, pattern in candidates(text, trigger, done):
            match = pattern.match(text, start)
            if match is not None:
                break
        if match is None:
            year = _plain_year(text, trigger, found) if plain.left else None
            if year is not None and plain.take(trigger.start()):
                done = year[0].end()
                found.append(year)
                if year[2] is not None and (end_year := _range_end(text, year[0], year[2])):
                    done = end_year[0].end()
                    found.append(end_year)
            continue
        rule = rule_of(match)
        if not_a_date(text, match.start(), match.end(), rule):
            continue
        value = None
        if rule not in _NEEDS_CONTEXT:
            _, value, note = _resolve(match, context, rule)
            if note == _NO_SUCH_DAY:
                continue
        done = match.end()
        found.append((match, rule, value))
        if rule == "year" and value is not None and (end_year := _range_end(text, match, value)):
            done = end_year[0].end()
            found.append(end_year)  # "1878 - 79", "the 2019-20 season"
    return found


def _plain_year(text: str, trigger: re.Match[str], found: list[_Found]) -> _Found | None:
    """A four-digit year with no cue before it, where its shape makes it one
    (:func:`~newsseed.normalize._years.plain_year`): ``the 2019 strikes``, ``(2014)``."""
    start, end = trigger.span()
    if trigger.group("word") is not None or end - start != 4:
        return None
    last = found[-1] if found else None
    last_end = last[0].end() if last is not None and last[1] == "year" else -1
    if not plain_year(text, start, end, last_end):
        return None
    match = _FOUR_DIGITS().match(text, start)
    assert match is not None  # (the trigger is four digits there)
    return match, "year", DateValue(int(match.group()))


_FOUR_DIGITS: Final = lazy_regex(r"\d{4}")
_RANGE_END: Final = lazy_regex(r"[^\S\n]?[-–—][^\S\n]?(?P<yy>\d\d)(?![\d\p{L}])")
_TWO_DIGITS: Final = lazy_regex(r"\d\d")


def _range_end(text: str, year: regex.Match[str], value: DateValue) -> _Found | None:
    """The two digits that end a range after a year (``1878 - 79``: 1891; ``1999-00``:
    2000), as a year of their own; or None."""
    if value.month is not None or not year.group().isdigit():
        return None
    if not any(dash in text[year.end() : year.end() + 2] for dash in "-–—"):
        return None  # (most years end no range: told before the pattern is tried)
    found = _RANGE_END().match(text, year.end())
    if found is None:
        return None
    full = value.year - value.year % 100 + int(found.group("yy"))
    if full <= value.year:
        full += 100
    two = _TWO_DIGITS().match(text, found.start("yy"))
    if two is None or full > 9999:
        return None
    return two, "year", DateValue(full)


def find_dates(
    text: str,
    /,
    *,
    anchor: _dt.date | DateValue | None = None,
    locale: str = "us",
    times: bool = False,
) -> tuple[DateMention, ...]:
    """Return every date expression in ``text``, in order, with its span and value.

    Relative expressions are resolved against ``anchor``; a bare weekday or
    month takes the tense of its clause (``will meet on Tuesday`` looks ahead,
    ``met on Tuesday`` back), and ``a week earlier`` counts from the date
    mentioned before it. Without an anchor, relative mentions are found with
    the value None. Counts, scores, model numbers and words that look like
    names of days or months (``10-year``, ``3-1``, ``C-17``, ``may``,
    ``march``, ``sun``) are not dates. A text made of date words is read up to a
    budget far above what news holds (docs/hardening.md).

    A time of day written with a date joins its mention (``on Tuesday at 6:30 p.m.``:
    :attr:`~newsseed.DateMention.time`); with ``times=True``, a time written alone (``at 23:15``)
    is a mention of its own too, on the day of the date mentioned last in its paragraph,
    else the anchor's (``docs/dates.md``, "Times of day").

    >>> text = "The ministers met on Tuesday. A summit is due on July 20, 2025."
    >>> [(m.text, str(m.value)) for m in find_dates(text, anchor=_dt.date(2025, 7, 2))]
    [('Tuesday', '2025-07-01'), ('July 20, 2025', '2025-07-20')]
    >>> [m.span.of(text) for m in find_dates(text)]
    ['Tuesday', 'July 20, 2025']
    >>> [m.value for m in find_dates(text)][0] is None
    True
    """
    mentions = read_dates(text, anchor=anchor, locale=locale)[0]
    if not times:
        return mentions
    return tuple(standalone_times(text, mentions, _anchor_date(anchor), locale))


def read_dates(
    text: str, /, *, anchor: _dt.date | DateValue | None = None, locale: str = "us"
) -> tuple[tuple[DateMention, ...], int | None]:
    """:func:`find_dates`, and where it stopped reading (None when it read the whole text).

    A text made of date words (``Tuesday Tuesday ...``) is read up to a budget of 256
    trigger words and one per 32 characters: twice what the densest news holds.

    >>> mentions, cut = read_dates("Tuesday " * 400)
    >>> len(mentions), cut
    (356, 2848)
    """
    _check_locale(locale)
    context = _Context(_anchor_date(anchor), locale)
    budget = Budget(length=len(text), per=_TRIGGERS_PER, floor=_TRIGGERS_FLOOR)
    found = _expressions(text, context, budget)
    mentions: list[DateMention] = []
    reference: DateValue | None = None
    written: DateValue | None = None  # the date mentioned last with its year written
    written_end = -1
    told_last: DateValue | None = None  # the last one whose year the narrative told
    for index, (match, rule, known) in enumerate(found):
        value = None
        if rule in _YEARLESS and not _year_written(match):
            told = _year_told(text, found, index, written, written_end)
            if told is not None:
                value = told_last = _in_narrative(match, rule, told, told_last, locale)
        if value is None and rule in _DAYS_OF_MONTHS:
            value = _day_of_month(
                text, match, rule, _Context(context.anchor, locale, None, reference)
            )
        elif value is None and rule in _NEEDS_CONTEXT:
            tense = _clause_tense(text, match, rule)
            here = _Context(context.anchor, locale, tense, reference)
            _, value, _ = _resolve(match, here, rule)
        elif value is None:
            value = known
        mentions.append(DateMention(match.group(), Span(*match.span()), value))
        if value is not None:
            reference = value
            if rule == "year" or (rule not in _NEEDS_CONTEXT and _year_written(match)):
                written, written_end, told_last = value, match.end(), None
    _order_ranges(text, found, mentions, locale)
    return tuple(with_times(text, mentions, locale)), budget.cut


def _order_ranges(text: str, found: list[_Found], mentions: list[DateMention], locale: str) -> None:
    """A range of two days with no year written ends in its start's year where the two
    resolved apart would end it before it starts (``will run from October 3 to October
    20``, the anchor on the 20th: the first in the next year, so the second too)."""
    for index in range(len(found) - 1):
        (first, rule, _), (second, rule_after, _) = found[index], found[index + 1]
        if rule not in _DAYS_OF_MONTHS or rule_after not in _DAYS_OF_MONTHS:
            continue
        start, end = mentions[index].value, mentions[index + 1].value
        if start is None or end is None or _year_written(first) or _year_written(second):
            continue
        if text[first.end() : second.start()].strip().lower() not in _RANGE_WORDS:
            continue
        if _key(start) > _key(end):
            for year in (start.year, start.year + 1):  # "from December 28 to January 3"
                later = _in_year(second, rule_after, year, locale)
                if later is not None and _key(later) >= _key(start):
                    mentions[index + 1] = attrs.evolve(mentions[index + 1], value=later)
                    break


def _key(value: DateValue) -> tuple[int, int, int]:
    return value.year, value.month or 0, value.day or 0


_DAYS_OF_MONTHS: Final = frozenset({"month-day", "day-month"})


def _day_of_month(
    text: str, match: regex.Match[str], rule: str, context: _Context
) -> DateValue | None:
    """A day of a month: with no year written, the nearest such day, or in a clause sure
    of the future the next (the clause read only where the nearest is past)."""
    value = _resolve(match, context, rule)[1]
    anchor = context.anchor
    if value is None or anchor is None or _year_written(match):
        return value
    if _key(value) >= (anchor.year, anchor.month, anchor.day):
        return value  # (the nearest is ahead already: the tense changes nothing)
    if _clause_tense(text, match, rule) != "future":
        return value
    return _resolve(match, attrs.evolve(context, tense="future"), rule)[1]


def _clause_tense(text: str, match: regex.Match[str], rule: str) -> _Tense:
    """The tense that resolves the mention: its clause's, for the rules that take one
    (a modal clause, ``would``, ``could``, sets a weekday or a month in the future, not
    a day of a month, whose year is then the nearest)."""
    if rule not in _TENSED or (rule not in _MODAL_FUTURE and _year_written(match)):
        return None
    marked = _tense(text, *match.span())
    if marked == "modal":
        return "future" if rule in _MODAL_FUTURE else None
    return marked


def _year_written(match: regex.Match[str]) -> bool:
    """Whether the mention writes its year (the grammar's ``year`` group)."""
    try:
        return match.group("year") is not None
    except IndexError:  # a pattern with no such group: a year read by its shape
        return False


#: Rules whose mention may leave its year to the narrative: a day of a month, a month.
_YEARLESS: Final = frozenset({"month-day", "day-month", "month"})
#: How far back in its paragraph the year a narrative is in is taken from.
_NARRATIVE: Final = 250


def _year_told(
    text: str, found: list[_Found], index: int, reference: DateValue | None, reference_end: int
) -> int | None:
    """The year a mention with none of its own is in, where the text tells it: the year of
    the month after it in a range (``from April to September 2013``), or of the date
    mentioned last with its year written (``reference``, ending at ``reference_end``), in
    its paragraph and no more than :data:`_NARRATIVE` characters back (``in 1841 ... on
    9 October``); None where the text does not tell (then the anchor's nearest year, or the
    tense, decides)."""
    match = found[index][0]
    if index + 1 < len(found):
        following, rule, value = found[index + 1]
        between = text[match.end() : following.start()].strip().lower()
        if (
            rule in ("month-year", "month-day", "day-month")
            and value is not None
            and (between in _RANGE_WORDS and following.group("year") is not None)
        ):
            return value.year
    if reference is None or reference_end < 0:
        return None
    if match.start() - reference_end > _NARRATIVE:
        return None
    gap = text[reference_end : match.start()]
    if "\n\n" in gap or "\n \n" in gap:
        return None
    return reference.year


_RANGE_WORDS: Final = frozenset({"to", "until", "through", "-", "–", "—", "and"})


def _in_narrative(
    match: regex.Match[str], rule: str, year: int, last: DateValue | None, locale: str
) -> DateValue | None:
    """The value of a mention with no year written, in the ``year`` the narrative tells;
    where months are listed one after another (``last``: the one before, whose year the
    narrative told too), in the year they have reached, and on into the next after
    December (``in October, November and January``)."""
    if last is not None and last.year >= year:
        year = last.year
    value = _in_year(match, rule, year, locale)
    month = None if value is None else value.month
    earlier = None if last is None else last.month
    if month is not None and earlier is not None and month < earlier:
        value = _in_year(match, rule, year + 1, locale)  # "..., January"
    return value


def _in_year(match: regex.Match[str], rule: str, year: int, locale: str) -> DateValue | None:
    """The value of a mention with no year written, in ``year``: a month's, or a day's
    (nearest a day of that year, so that a weekday written with it may still choose)."""
    value = _resolve(match, _Context(_dt.date(year, 7, 1), locale), rule)[1]
    return value if value is None or rule == "month" or value.year == year else None
