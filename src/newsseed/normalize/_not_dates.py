"""Expressions the grammar finds that are not dates where they stand.

- a weekday said of every week (``every Friday``, ``each Monday``, ``on a Sunday``,
  ``on Sunday afternoons``, ``every Tuesday/Friday``, ``two flights a week on Monday and
  Friday``), not of one day, and a weekday in a compound (``her Sunday best``, ``Sunday
  school``);
- a word of a date inside a name in capitals (``the Harbour Today``, ``the Sunday
  Morning Gazette``): ``Today``, ``Tonight``... capitalised where a sentence does not
  open, after a capitalised word; a weekday with its part of the day capitalised, before
  a capitalised word;
- ``today`` meaning "nowadays": ``still sold today``, ``known today as``, ``what is
  today Quenaria``, ``more than ever today``, ``can be seen today``, ``live on today``,
  ``Today, the guild remains ...``, ``Today just three mills survive``.
"""

from __future__ import annotations

from typing import Final

from newsseed.normalize._data import words

__all__ = ("not_a_date",)

#: Words before a weekday that make it every such day ("on a Sunday" too).
_EVERY: Final = words("every each")
#: Capitalised words before a date's word that do not make it part of a name.
_FUNCTION_WORDS: Final = words(
    "on in at by since until till from last next this that every each early late mid before"
    " after through during for of to and or but the a an as so then"
)
_OPENS: Final = frozenset(".!?:;\"“”'‘’([{—–-•*#\n")


def _word_before(text: str, start: int) -> str:
    end = start
    if end < 2 or text[end - 1] != " ":
        return ""
    begin = end - 1
    while begin > 0 and end - begin < 16 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin : end - 1]


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a sentence, a line or a quotation opens at ``start`` (looked back over a
    few spaces at most: the text before is never copied)."""
    at = start
    while at > 0 and start - at < _SPACES_BACK and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in _OPENS


_SPACES_BACK: Final = 16


#: Words before "today" that make it "nowadays" (the clause says what holds now, not
#: what happens on the day), and the words after it that do.
_STILL: Final = words("still known remains remain survives survive seen")
_NOWADAYS_AFTER: Final = ("than ever", "as the", "as a", "as an")


def _nowadays(text: str, start: int, end: int) -> bool:
    """``still sold today``, ``known today as``, ``what is today Quenaria``."""
    if text[start:end].lower() != "today":
        return False
    before = text[max(0, start - 40) : start].lower().split()
    if any(word.strip(",") in _STILL for word in before[-4:]):
        return True
    if before[-2:] in (["what", "is"], ["what", "was"], ["live", "on"], ["lives", "on"]):
        return True
    after = text[end : end + 40].lower()
    if after.lstrip().startswith(_NOWADAYS_AFTER):
        return True
    # "Today, the guild remains", "Today just three mills survive"
    clause = after.split(".", 1)[0].split()[:4]
    return any(word.strip(",;") in _STILL_AFTER for word in clause)


#: Words after "today", in its clause, that make it "nowadays".
_STILL_AFTER: Final = words("still remains remain survives survive")


#: Nouns that make a compound with a weekday before them, naming no day.
_COMPOUNDS: Final = words("best school schools paper papers roast league blues")
#: Words before "on" that say the weekday after is every week's: "twice a week on".
_WEEKLY: Final = words("week weekly fortnight fortnightly")


def _every_week(text: str, start: int) -> bool:
    """``every Tuesday/Friday`` (the second), ``flights a week on Monday and Friday``:
    the weekday belongs to a list said of every week, in the same clause."""
    window = text[max(0, start - 60) : start]
    if window.endswith("/"):
        words_before = window[:-1].split()[-2:]
        return len(words_before) == 2 and words_before[0].lower() in _EVERY
    on = window.rfind(" on ")
    if on < 0 or any(mark in window[on:] for mark in ".;:!?"):
        return False
    clause = window[:on].split()[-4:]  # "a week leave on", "per week on"
    return any(word.strip(",").lower() in _WEEKLY for word in clause)


def _in_compound(text: str, end: int) -> bool:
    """``Sunday best``, ``Sunday school``: a noun after the weekday makes a compound."""
    if text[end : end + 1] != " ":
        return False
    word = text[end + 1 : end + 9].split(None, 1)[:1]
    return bool(word) and word[0].rstrip(".,;:!?").lower() in _COMPOUNDS


def not_a_date(text: str, start: int, end: int, rule: str) -> bool:
    """Whether the expression ``text[start:end]`` that ``rule`` found is no date here
    (see the module).

    >>> text = "Films run every Thursday evening; pick up the Harbour Today at the desk."
    >>> not_a_date(text, 16, 32, "weekday"), not_a_date(text, 54, 59, "relative-day")
    (True, True)
    """
    if rule not in ("weekday", "relative-day"):
        return False
    if rule == "relative-day" and _nowadays(text, start, end):
        return True
    before = _word_before(text, start)
    every = before.lower() in _EVERY or (
        before.lower() == "a" and _word_before(text, start - 2).lower() == "on"
    )
    if rule == "weekday" and (
        every or text[end : end + 1] == "s" or _every_week(text, start) or _in_compound(text, end)
    ):
        return True  # "every Friday", "on a Sunday", "on Sunday afternoons", "Sunday best"
    found = text[start:end]
    if not found[:1].isupper() or _opens_sentence(text, start):
        return False
    if rule == "relative-day" and before[:1].isupper() and before.lower() not in _FUNCTION_WORDS:
        return True  # "the Harbour Today"; not "On Today" ("Ruiz Tuesday said" is a date)
    after = text[end + 1 : end + 2] if text[end : end + 1] == " " else ""
    last = found.split()[-1]
    return len(found.split()) > 1 and last[:1].isupper() and after.isupper()
