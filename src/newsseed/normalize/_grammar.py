"""The grammar of English date expressions, shared by reading and searching.

Every part is a fixed word list, a bounded digit run or one white-space run
between words (possessive, at most one line break), with no repeat nested in
another, so matching is linear in the text. Names of months and weekdays are
matched in title case or capitals when searching running text ("may",
"march", "sun" are words), in any case when reading a single expression.

:data:`FIND` searches running text: a bare month or year needs a cue word
before it ("in May", "since 2019"), outside the match. :func:`whole_read` reads
one expression, which needs no cue. Each rule is a named group ``r_<rule>``;
:func:`rule_of` says which one matched.

Neither is run at every position. :data:`TRIGGER` finds the words every
expression holds and :func:`candidates` says where an expression holding one may
begin, with the part of FIND to try there; :func:`read` picks the part of it
by the first word. Tests check that both find what the whole patterns find.

Every pattern is compiled on first use, not at import (the grammar takes about
0.2 s to compile): ``FIND()`` and ``TRIGGER()`` return the compiled patterns.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from newsseed.normalize._text import compile_regex, lazy, lazy_re, trie

if TYPE_CHECKING:
    import regex

__all__ = (
    "FIND",
    "HOLIDAYS",
    "MONTHS",
    "NUMBER_WORDS",
    "TRIGGER",
    "WEEKDAYS",
    "candidates",
    "read",
    "rule_of",
    "trie",
    "whole_read",
)


def _table(groups: tuple[tuple[str, ...], ...], start: int) -> dict[str, int]:
    return {name: number for number, names in enumerate(groups, start) for name in names}


#: Month names and abbreviations (lower case, no dot) to month numbers.
MONTHS: Final[dict[str, int]] = _table(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    1,
)
WEEKDAYS: Final[dict[str, int]] = _table(
    (
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    ),
    0,
)
NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
#: Fixed-date days, by name: (month, day).
HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
}


def _title_and_upper(words: list[str]) -> list[str]:
    return [form for word in words for form in (word.title(), word.upper())]


def _cased(words: list[str]) -> str:
    """An alternation of ``words`` in title case and in capitals, longest first."""
    return _alternation(_title_and_upper(words))


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_WEEKDAY_FULL = [d for d in WEEKDAYS if d.endswith("day")]

_NOT_LETTER = r"(?![\p{L}\d])"  # a name is not glued to a letter or a digit ("DEC7")
# White space inside an expression: a few spaces and at most one line break
# (hard-wrapped copy), never a paragraph break; possessive, so never re-tried.
_S = r"(?:[^\S\n]{1,8}+(?:\n[^\S\n]{0,8}+)?+|\n[^\S\n]{0,8}+)"
_MONTH_ABBR = [m for m in MONTHS if len(m) <= 4 and m not in {"may", "june", "july"}]
_MONTH_FULL = [m for m in MONTHS if m not in _MONTH_ABBR]
_MONTH = (
    rf"(?P<month>{_cased(_MONTH_FULL)}{_NOT_LETTER}"
    rf"|{_cased(_MONTH_ABBR)}{_NOT_LETTER}\.?)"
)
_MONTH_NAME = rf"(?P<month>{_cased(_MONTH_FULL)}){_NOT_LETTER}"
_WDAY = rf"(?P<wday>{_cased(list(WEEKDAYS))}){_NOT_LETTER}\.?"
_WDAY_NAME = rf"(?P<wday>{_cased(_WEEKDAY_FULL)})(?![\p{{L}}])"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>[12]\d{3})(?!\d)"
# A day number is not followed by a decimal, a per cent sign or "-year-old".
_DAY_END = r"(?![.,:]\d)(?![^\S\n]{0,3}(?:%|percent\b|per\s{1,3}cent\b))(?!-\p{L})"
# A year is not part of a range ("2024-25"), a thousand ("2,500"), a decimal or a decade.
_YEAR_END = r"(?![-–/]\d)(?![.,]\d)(?!s\b)(?![^\S\n]{0,3}(?:%|percent\b|per\s{1,3}cent\b))"
_UNITS = _alternation(
    [
        "days?",
        "weeks?",
        "months?",
        "years?",
        "hours?",
        "minutes?",
        "people",
        "persons",
        "troops",
        "soldiers",
        "men",
        "women",
        "children",
        "dollars",
        "euros",
        "pounds",
        "miles",
        "km",
        "kilometres",
        "kilometers",
        "metres",
        "meters",
        "feet",
        "tons",
        "tonnes",
        "units",
        "cases",
        "deaths",
        "votes",
        "jobs",
        "times",
        "points",
        "shares",
        "barrels",
    ]
)
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# A count in digits or words ("twenty-five"), perhaps in an editor's brackets ("[Eight]").
_NUMBER = (
    rf"(?P<bracket>\[)?(?P<count>\d{{1,3}}|(?i:{_alternation(_TENS)}-{_alternation(_ONES)}"
    rf"|{_alternation(list(NUMBER_WORDS))}))(?(bracket)\])"
)
_MOD = rf"(?P<mod>(?i:early|mid|late))(?:{_S}|-)"
_PART = rf"(?:{_S}(?P<part>(?i:morning|afternoon|evening|night)))?"
_FEAST = r"(?<!(?i:good|black|super|cyber|bloody|easter|holy|ash|maundy|shrove|giving)\s)"
# Words before a bare month or year that make it a date ("in May", "since 2019").
_CUES = (
    r"(?i:in|during|until|till|through|throughout|between|fiscal|as\s{1,8}of"
    r"|(?:end|start|beginning|middle|rest|half)\s{1,8}of)"
)
_WEAK_CUES = r"(?i:since|by|from|before|after)"
_YEAR_CUES = rf"(?:{_CUES}|{_WEAK_CUES}|(?i:year|(?:summer|spring|autumn|fall|winter)\s{{1,8}}of))"
_YEAR_BARE = r"(?P<year>1\d\d\d|20\d\d)(?!\d)"
_SUBJECT_VERB = (
    r"(?!['’]s\b)(?![^\S\n]{1,3}(?:said|says|told|was|is|has|had|will|would|and\s(?:his|her)\b))"
)


def _rules(find: bool) -> list[tuple[str, str]]:
    """The grammar as (rule name, pattern) pairs, in the order they are tried."""
    # Searching running text: a bare month or year needs a cue word before it,
    # which is not part of the match. Reading one expression: no cue is needed.
    if find:
        month_cue = (
            rf"(?:(?<={_CUES}\s{{1,8}})|(?<={_WEAK_CUES}\s{{1,8}})(?!May\b|MAY\b)"
            rf"|(?<=(?i:from|between)\s{{1,8}}{_MONTH_NAME}\s{{1,8}}(?i:to|and|until|through)\s{{1,8}}))"
        )
        year_cue = (
            rf"(?:(?<={_YEAR_CUES}\s{{1,8}})|(?<=mid-)"
            rf"|(?<=(?:{_YEAR_CUES}|(?i:between))\s{{1,8}}{_YEAR_BARE}\s{{1,8}}(?i:and|or|to|until|through)\s{{1,8}}))"
        )
        # The cheap look-ahead first: the cue look-behinds are tried only before a name or year.
        bare_month = rf"(?=[A-Z]){month_cue}{_MONTH_NAME}(?![^\S\n]{{1,3}}\d)"
        bare_year = rf"(?=[12]){year_cue}{_YEAR_BARE}"
    else:
        bare_month = rf"(?-i:{_MONTH_NAME})"
        bare_year = r"(?P<year>\d{4})(?!\d)"
    return [
        (
            "iso-date",
            r"(?<![\d-])(?P<year>\d{4})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)",
        ),
        *([] if find else [("iso-month", r"(?P<year>\d{4})-(?P<mnum>0[1-9]|1[0-2])")]),
        (
            "numeric",
            r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})"
            r"(?!\d)(?![./-]\d)",
        ),
        (
            "month-day",
            rf"(?:{_WDAY},?{_S})?{_MONTH}{_S}(?:the{_S})?{_DAY}{_DAY_END}(?:,?{_S}{_YEAR}{_YEAR_END})?",
        ),
        (
            "day-month",
            rf"(?:{_WDAY},?{_S})?(?:(?i:the){_S})?(?<![\d.,]){_DAY}(?:{_S}of)?{_S}{_MONTH}"
            rf"(?:,?{_S}{_YEAR}{_YEAR_END})?",
        ),
        ("month-year", rf"(?:{_MOD})?{_MONTH},?{_S}(?:of{_S})?{_YEAR}{_YEAR_END}"),
        (
            "month-relative",
            rf"(?:{_MOD})?{_MONTH_NAME}(?:,?{_S}|{_S}of{_S})(?P<rel>(?i:this|last|next)){_S}(?i:year)"
            rf"|(?P<which>(?i:last|next|this)){_S}{_MONTH_NAME}",
        ),
        (
            "relative-period",
            rf"(?<!(?i:the)\s)(?:(?P<mod>(?i:earlier|later|early|late)){_S})?"
            rf"(?P<rel>(?i:this|last|next)){_S}(?P<unit>weekend|week|month|year"
            r"|WEEKEND|WEEK|MONTH|YEAR|Year)(?!\p{L})"
            rf"|(?P<rel>(?i:this)){_S}(?P<unit>years)(?=\s)",  # "this years budget": this year's
        ),
        (
            "weekday",
            rf"{_FEAST}(?:(?P<which>(?i:last|next|this|past|coming)){_S})?{_WDAY_NAME}(?!s\b){_PART}"
            rf"(?:,?{_S}(?:of{_S})?(?P<week>(?i:last|next|this)){_S}(?i:week)(?!\p{{L}}))?"
            + ("" if find else rf"|(?-i:(?P<wday>{_cased(list(WEEKDAYS))}))\.?"),
        ),
        (
            "relative-day",
            rf"(?<!USA\s)(?P<word>(?i:today|tonight|yesterday|tomorrow))(?!\p{{L}}){_PART}"
            rf"|(?P<word>(?i:last{_S}night|this{_S}(?:morning|afternoon|evening)))(?!\p{{L}})"
            rf"|(?i:the{_S}day{_S}(?P<word>before{_S}yesterday|after{_S}tomorrow))",
        ),
        (
            "ago",
            rf"{_NUMBER}{_S}(?P<unit>(?i:days?|weeks?|months?|years?|decades?)){_S}"
            rf"(?P<dir>(?i:ago|earlier|later|previously|from{_S}now"
            r"|(?:before|prior)(?=[^\S\n]{0,3}(?:[.,;:!?)]|$))))",
        ),
        (
            "reference",
            rf"(?i:the{_S}(?:(?P<dir>following|previous|preceding){_S}(?P<unit>day|month|year"
            r"|morning|afternoon|evening|night)"
            rf"|(?P<dir>next|same){_S}(?P<unit>day|year|morning|afternoon|evening|night)"
            rf"|(?P<unit>year){_S}(?P<dir>before|after)(?=[^\S\n]{{0,3}}(?:[.,;:!?)]|$)))"
            rf"|(?P<dir>that)(?:{_S}same)?{_S}(?P<unit>year)"
            rf"|the{_S}(?P<dir>end|start|beginning|middle|rest|turn){_S}of{_S}the{_S}(?P<unit>year)"
            rf"|(?P<unit>year)(?:-|{_S})(?P<dir>end))(?!\p{{L}})",
        ),
        (
            "holiday",
            rf"(?P<name>Christmas{_S}(?:Day|Eve)|New{_S}Year['’]s{_S}(?:Day|Eve)|Boxing{_S}Day"
            rf"|Valentine['’]s{_S}Day|Halloween)(?:,?{_S}{_YEAR}{_YEAR_END})?",
        ),
        ("month", rf"{_MOD}{_MONTH_NAME}|{bare_month}{_SUBJECT_VERB}"),
        (
            "year",
            rf"{_MOD}{_YEAR_BARE}{_YEAR_END}|{bare_year}{_YEAR_END}(?![^\S\n]{{1,3}}{_UNITS}\b)",
        ),
        (
            "decade",
            rf"(?:(?i:the){_S})?(?:{_MOD})?(?:(?P<decade>1[89]\d0|20\d0)|['’](?P<short>\d0))s(?!\p{{L}})",
        ),
    ]


@functools.cache
def _compile(find: bool, only: tuple[str, ...] | None) -> regex.Pattern[str]:
    """The grammar for searching or reading, or only the rules ``only`` of it, in grammar
    order; each is compiled once, the first time it is asked for.
    """
    rules = "|".join(
        f"(?P<r_{name.replace('-', '_')}>{body})"
        for name, body in _rules(find)
        if only is None or name in only
    )
    if find:
        pattern = compile_regex(rf"(?<![\w'’])(?:{rules})", version1=True)
    else:
        pattern = compile_regex(rules, version1=True, ignore_case=True)
    _RULE_GROUPS[id(pattern)] = _rule_groups(pattern)
    return pattern


#: The whole grammar for searching running text.
FIND: Final = lazy(lambda: _compile(True, None))


def whole_read() -> regex.Pattern[str]:
    """The whole grammar for one expression. :func:`read` uses only the part its first
    word can open, so this is compiled only when asked for (the tests check the two agree).
    """
    return _compile(False, None)


def _rule_groups(pattern: regex.Pattern[str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (group, group.removeprefix("r_").replace("_", "-"))
        for group in pattern.groupindex
        if group.startswith("r_")
    )


# The rule groups of every pattern compiled by _compile, by identity (they live as
# long as the module, in its cache).
_RULE_GROUPS: Final[dict[int, tuple[tuple[str, str], ...]]] = {}
#: Each rule's group name (``r_month_day``) to the rule's name (``month-day``).
_RULE_NAMES: Final = lazy(lambda: {f"r_{name.replace('-', '_')}": name for name, _ in _rules(True)})


def rule_of(match: regex.Match[str]) -> str:
    """The name of the rule that made ``match`` (``"month-day"``, ``"weekday"``...)."""
    rule = _RULE_NAMES().get(match.lastgroup or "")  # a rule's group closes last
    if rule is not None:
        return rule
    groups = _RULE_GROUPS.get(id(match.re)) or _rule_groups(match.re)
    return next(rule for group, rule in groups if match.start(group) >= 0)


# ---------------------------------------------------------------- finding quickly
#
# Running FIND at every position of a text costs microseconds a word. Every
# expression it finds holds a trigger: a month or weekday name, a year, a
# numeric date, or a word like "yesterday", "week" or "ago". TRIGGER finds
# those (a trie-shaped alternation for the standard library's engine, which is
# fast at this), and an expression can begin at most four words before its
# first trigger, with words from a short list ("the 3rd of July", "late last
# year", "the following day"). find_dates tries FIND only at those places.


_RELATIVE_WORDS = [
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "ago",
    "earlier",
    "later",
    "previously",
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "night",
    "morning",
    "afternoon",
    "evening",
]
_PREFIX_WORDS = [
    "the",
    "early",
    "mid",
    "late",
    "earlier",
    "later",
    "last",
    "next",
    "this",
    "past",
    "coming",
    "following",
    "previous",
    "preceding",
    "same",
    "that",
    "of",
    "end",
    "start",
    "beginning",
    "middle",
    "rest",
    "turn",
    "a",
    "an",
]
_NOT_AFTER = r"(?![^\W\d_])"  # not followed by a letter
_HOLIDAY_WORDS = ["christmas", "new year", "boxing", "valentine", "halloween"]
_KIND_OF_WORD: Final = {
    **{form: "word" for w in _RELATIVE_WORDS for form in (w, w.title(), w.upper())},
    **{form: "month" for w in MONTHS for form in _title_and_upper([w])},
    **{form: "weekday" for w in WEEKDAYS for form in _title_and_upper([w])},
    **{form: "holiday" for w in _HOLIDAY_WORDS for form in _title_and_upper([w])},
}
# One trie for every trigger word (in the cases FIND reads them), then the numbers.
TRIGGER: Final = lazy(
    lambda: re.compile(
        rf"(?<![\w'’])(?:(?P<word>{trie(list(_KIND_OF_WORD))}){_NOT_AFTER}"
        r"|\d{4}-\d\d-\d\d|[12]\d{3}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|['’]\d0s)"
    )
)
# One prefix word and the gap after it, read backwards from a trigger (on the reversed
# text, so the standard engine can anchor it): "the 3rd of July" is three such steps.
_PREFIX_BACKWARDS: Final = lazy(
    lambda: re.compile(
        r"(?:(?:[^\S\n]{0,8}\n)?[^\S\n]{1,8}|[^\S\n]{0,8}\n|-)\]?"
        rf"(?:(?i:{trie([w[::-1] for w in [*_PREFIX_WORDS, *NUMBER_WORDS]])})"
        r"|(?:fo(?:[^\S\n]{0,8}\n)?[^\S\n]{1,8})?(?:ts|dn|dr|ht)?\d{1,3})\[?(?![\w'’])"
    )
)
_PREFIX_REACH: Final = 40
# The rules that can begin with the trigger itself, by its kind: FIND cut down to them,
# in the same order, finds the same thing there for less.
_STARTING_WITH: Final = {
    "month": ("month-day", "month-year", "month-relative", "month"),
    "weekday": ("month-day", "day-month", "weekday"),
    "holiday": ("holiday",),
    "word": ("relative-period", "relative-day", "reference"),
    "number": ("iso-date", "numeric", "day-month", "ago", "year", "decade"),
}


def candidates(
    text: str, trigger: re.Match[str], floor: int
) -> list[tuple[int, regex.Pattern[str]]]:
    """Where an expression holding ``trigger`` may begin, in order, with the pattern to try.

    That is up to four prefix words back (tried with all of FIND), then the trigger
    itself (tried with the rules that can begin with its kind).
    """
    word = trigger.group("word")
    kind = "number" if word is None else _KIND_OF_WORD[word]
    found = [(trigger.start(), _compile(True, _STARTING_WITH[kind]))]
    end = trigger.start()
    for _ in range(4):
        window = max(floor, end - _PREFIX_REACH)
        step = _PREFIX_BACKWARDS().match(text[window:end][::-1])
        if step is None:
            break
        end -= step.end()
        found.insert(0, (end, FIND()))
    return found


# ------------------------------------------------------------- reading quickly
#
# One expression is read the same way: the rules that can begin with its first
# word, in grammar order, after an optional preposition ("on Tuesday", "since
# March"), which no rule begins with.

_READ_KINDS: Final = {
    "number": ("iso-date", "iso-month", "numeric", "day-month", "ago", "year", "decade"),
    "month": ("month-day", "month-year", "month-relative", "month"),
    "weekday": ("month-day", "day-month", "weekday"),
    "other": tuple(
        name
        for name, _ in _rules(False)
        if name not in {"iso-date", "iso-month", "numeric", "month-day"}
    ),
}
_OPENING: Final = lazy_re(
    r"(?i:(?:on|in|at|during|as\s+of|since|by|until|till|from|of|for|before|after)\s+)?"
    r"(?:(?P<number>[\d'’])|(?P<word>[^\W\d_]+))"
)


def read(text: str) -> regex.Match[str] | None:
    """The whole of ``text`` as one expression (after an optional preposition), or None."""
    opening = _OPENING().match(text)
    if opening is None:
        return None
    word = opening.group("word")
    if word is None:
        return _compile(False, _READ_KINDS["number"]).fullmatch(text, opening.start("number"))
    word = word.lower()
    kind = "month" if word in MONTHS else "weekday" if word in WEEKDAYS else "other"
    return _compile(False, _READ_KINDS[kind]).fullmatch(text, opening.start("word"))
