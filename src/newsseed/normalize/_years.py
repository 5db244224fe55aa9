"""Four-digit years in running text with no cue word before them.

The grammar reads a bare year only after a cue (``in 2019``, ``since 1990``). Years also
stand where their shape, not a word, says what they are (``docs/dates.md``, "Years
without a cue"):

- in a citation or a credit, in brackets or after an author: ``(2014)``, ``([2014])``,
  ``(Lima, 2014;``, ``Lima et al., 2014``, ``Lima 2014;``;
- as a modifier after a determiner: ``the 2019 strikes``, ``a 2012 study``, ``its 1998
  album``;
- in a range or a list with another year: ``1861 - 1862``, ``1702-1771``, ``(2016 -
  present)``, ``1996, 2005 and 2014``, ``the 2011 and 2017 seasons``;
- opening a line or a sentence, before its end, a comma, a colon, a parenthesis, a name
  going on or a pronoun (a heading ``2014``, ``1997 they declared it``);
- at the end of a clause after ``to``, ``for``, ``as``, ``until``: ``planned for 2031,``
  (not after a verb of change or a number: ``rose to 1500.``);
- after an abbreviation of a life's dates (``b.``, ``d.``, ``m.``, ``div.``, ``c.``) or
  its word (``circa``, ``born``, ``died``);
- after a name: before punctuation or the name going on (``Harbour Fest 2015,``, ``the
  Harbour 2012 Games``), after ``of`` (``the Harbour Act of 2019``, ``the spring of 1866``), after
  a place and a comma at a sentence's end (``Portlow, Quenaria, 1859.``); and ``as
  recently as 1993``.

Never a count (``2000 troops``, ``over 1500 people``, ``1,500``), a measure (``2000
km``), a page, a number of a thing (``page 1225``, ``Room 1204``, ``Flight 1549``), part
of a longer number or code (``1.2000``, ``C-1300``, ``$1500``), a time (``1500 GMT``), a
page range after a colon (``14 (2): 1180-1195``) or a street number (``1696 Harbour
Blvd``).
"""

from __future__ import annotations

from typing import Final

from newsseed.normalize._data import words

__all__ = ("plain_year",)

#: Words before a number that make it the number of a thing, not a year.
_NUMBER_OF: Final = words(
    "p pp page pages no nos number fig figs figure figures table tables chapter chapters"
    " section sections vol vols volume volumes issue issues room rooms route flight model"
    " gate platform unit suite box apartment apt level grade channel station bus train"
    " interstate highway exit lot block building article articles item items paragraph"
    " line lines verse verses column row seat ward district zone code card account id"
    " patent serial version v ver rev opus op catalogue catalog isbn issn tel phone ext"
    " po hotel windows office iphone series ss mk tu su boeing"
)
#: Words before a number that count with it ("over 1500 people").
_QUANTITY_BEFORE: Final = words(
    "about around over under nearly almost some roughly approximately than least most"
    " only just another additional extra more fewer less top all those these estimated"
)
#: Measures and counters after a number.
_UNITS_AFTER: Final = words(
    "km kms m mm cm kg g mg lb lbs oz ft feet foot yd yards mi miles mph kph kmh hp cc"
    " mw kw gw w v ml l gallons litres liters tons tonnes metres meters bc bce ad ce gmt"
    " utc hours hrs hundred thousand million billion trillion percent per sq"
)
#: Determiners and possessives before a year used as a modifier.
_DETERMINERS: Final = words("the a an this that its his her their our my your whose")
#: Abbreviations (with their full stop) of a life's dates and of "about" before a year.
_LIFE: Final = words("b d m div c ca fl est")
_DASHES: Final = "-–—"
_MARKS: Final = ".’'"
_OPEN: Final = "(["
_CLOSE: Final = ")],;:"


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` (one space or none between), lower case, without
    a full stop or apostrophe-s: ``the``, ``p``, ``al``."""
    end = start
    while end > 0 and text[end - 1] == " ":
        end -= 1
        if start - end > 1:
            return ""
    begin = end
    while (
        begin > 0 and end - begin < 16 and (text[begin - 1].isalpha() or text[begin - 1] in ".’'")
    ):
        begin -= 1
    return text[begin:end].strip(".").lower().removesuffix("'s").removesuffix("’s")


#: The last words of a street's name.
_STREETS: Final = words(
    "st street ave avenue blvd boulevard rd road ln lane dr drive way pl place hwy highway"
    " pkwy parkway sq square ct court ter terrace"
)


def _address(text: str, end: int) -> bool:
    """``1696 Harbour Blvd``: a number before a street's name (up to three words)."""
    for word in text[end : end + 48].split()[:3]:
        if word.strip(".,").lower() in _STREETS:
            return True
        if not word[:1].isupper():
            return False
    return False


_QUOTES: Final = "\"“‘'"
_ENDS: Final = (". ", ".\n", ".")
#: Words before a year that date it, written out (``circa``, ``born``), or ``et al.``
_SPELT_OUT: Final = words("al circa ca born died married founded est")
#: Words before "of" that make the year after it a date's: a time of the year, or the
#: start or end of something.
_OF_TIMES: Final = words("year spring summer autumn fall winter outset turn dawn eve class")
#: Words before "as" that make the year after it a date's ("as recently as 1993").
_AS_TIMES: Final = words("early late recently soon far back long")


def _time_phrase(text: str, joiner_start: int, joiner: str) -> bool:
    """Whether what stands before ``of`` or ``as`` (``joiner``, at ``joiner_start``,
    right before the year) makes the year a date's: before ``of`` a name (``the Act of
    2021``) or a time of the year (``the spring of 1866``); before ``as``, ``as`` and a
    word of time (``as recently as 1993``)."""
    word = _word_before(text, joiner_start)
    if joiner == "of":
        written = text[max(0, joiner_start - 1 - len(word)) : joiner_start - 1]
        return word in _OF_TIMES or written[:1].isupper()
    return word in _AS_TIMES and _word_before(text, joiner_start - len(word) - 1) == "as"


def _possessive_before(text: str, start: int) -> bool:
    """``the agency's 2012 report``: a possessive right before the year."""
    return text[max(0, start - 3) : start] in ("'s ", "’s ")


def _word_after(text: str, end: int) -> str:
    """The word right after ``end`` and one space, as written (up to 16 letters)."""
    if end >= len(text) or text[end] != " ":
        return ""
    stop = end + 1
    while stop < len(text) and stop - end <= 16 and text[stop].isalpha():
        stop += 1
    return text[end + 1 : stop]


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the four digits are part of a longer number, code, amount or time."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if before.isalnum() or before in "$£€¥#+/:.,_@&=%^*\\":
        return True
    if before in _DASHES and start > 1 and text[start - 2].isalnum():
        return not (text[start - 2].isdigit() and _year_like(text, start - 5, start - 1))
    if after.isalnum() or after in "%°$£€@_/":
        return True  # ("the 1990s" is the grammar's)
    return after in ".,:" and after2.isdigit()  # "2000.5", "2000,000", "1500:30"


def _year_like(text: str, start: int, end: int) -> bool:
    return start >= 0 and text[start:end].isdigit() and text[start] in "12"


def _range_after(text: str, end: int) -> bool:
    """``1861 - 1862``, ``1702-1771``, ``1994-95``, ``2013 - present``."""
    at = end
    while at < len(text) and at - end < 2 and text[at] == " ":
        at += 1
    if at >= len(text) or text[at] not in _DASHES:
        return False
    at += 1
    while at < len(text) and text[at] == " " and at - end < 5:
        at += 1
    rest = text[at : at + 7]
    digits = len(rest) - len(rest.lstrip("0123456789"))
    return digits in (2, 4) or rest.lower().startswith(("present", "now"))


def _count_after(text: str, end: int, value: int, determined: bool) -> bool:
    """Whether the word after the number counts it: a measure, or a plural noun after
    a number that is not a determiner's modifier (``2000 troops``; ``the 2019 strikes``
    is a year, ``the 2000 troops`` a count: round hundreds count)."""
    word = _word_after(text, end)
    if not word:
        return False
    lower = word.lower()
    if lower in _UNITS_AFTER:
        return True
    plural = word.islower() and len(word) > 3 and word.endswith("s") and not word.endswith("ss")
    return plural and (not determined or value % 100 == 0)


def plain_year(text: str, start: int, end: int, last_year_end: int) -> bool:
    """Whether the four digits ``text[start:end]`` are a year by their shape (see the
    module); ``last_year_end`` is where the year found last ends (-1 for none), for
    lists and ranges.

    >>> text = "the 2019 strikes, 2000 troops, (Lima, 2014), page 1225"
    >>> [text[m:m + 4] for m in (4, 18, 38, 50) if plain_year(text, m, m + 4, -1)]
    ['2019', '2014']
    """
    value = int(text[start:end])
    if not 1000 <= value <= 2099 or _glued(text, start, end):
        return False
    before = _word_before(text, start)
    if before in _NUMBER_OF or before in _QUANTITY_BEFORE:
        return False
    listed = (
        last_year_end >= 0
        and start - last_year_end <= 6
        and (text[last_year_end:start].strip(" ,&" + _DASHES) in ("", "and", "or", "to"))
    )
    determined = before in _DETERMINERS or _possessive_before(text, start)
    if _count_after(text, end, value, determined or listed):
        return False
    previous = text[max(0, start - 2) : start]
    following = text[end : end + 1]
    if following == " " and _reference_after(text, end):
        following = "]"  # "(1981 [22], 1984 [23])": a year before a note's number
    if previous == ": " or _address(text, end):
        return False  # "14 (2): 1180-1195", pages; "1696 Harbour Blvd", a street number
    if previous[-1:] in _OPEN and (following in _CLOSE or _range_after(text, end)):
        return True  # "(2014)", "[2014];", "(2016 - present)"
    if listed or _range_after(text, end):
        return (
            True  # "1861 - 1862", "1996, 2005 and 2014", "1702-1771", "the 2011 and 2017 censuses"
        )
    if determined:
        window = text[end : end + 20]  # (the quote mark after the space read past)
        if window[1:2] in _QUOTES:
            window = window[:1] + window[2:]
        after = _word_after(window, 0)
        return bool(after) and (after[0].isupper() or after.islower())  # "the 2019 strikes"
    if before in _SPELT_OUT or (before in _LIFE and text[start - 2 : start - 1] == "."):
        return True  # "m. 1949", "c. 1700", "circa 1872", "et al. 2014"
    if before in ("of", "as") and _time_phrase(text, start - len(before) - 1, before):
        return True  # "the Harbour Act of 2019", "the spring of 1866", "as recently as 1993"
    if previous in (", ", "& ") and (following in _CLOSE or text[end : end + 2] in _ENDS):
        return True  # "(Lima, 2014;", "Lima & Roe 2011)", "Portlow, Quenaria, 1859."
    if previous == ", " and _cited(text, start - 2):
        return True  # "Lima et al., 2014 eds.", "(see Ana Lima, 2011 for a survey)"
    if _authors_before(text, start):
        return True  # "Lima and Roe 2017 and", "Lima & Roe 2011 to"
    if _sentence_start(text, start) and _heads_sentence(text, end):
        return True  # "1602 (the square)", "2014\n", "1997 they declared it", "2002 World Cup"
    if before in _UNTIL and _clause_ends(text, end) and not _counted(text, start - len(before) - 1):
        return True  # "planned for 2015,", "dates back to 1979.", "the same as 1918."
    if start > 1 and text[start - 1] == " " and _ends_name(text, end):
        name = text[max(0, start - 40) : start - 1].rsplit(None, 1)[-1:]
        word = name[0].lstrip('(["“') if name else ""
        return word[:1].isupper() and word.replace("-", "").isalpha()
    return False  # "Harbour Fest 2015,", "Marlow 2014;", "(Quint 2006)"


_NOTE_NUMBER: Final = frozenset("0123456789")


def _reference_after(text: str, end: int) -> bool:
    """`` [22]``: a note's number in brackets after the year (a citation's)."""
    window = text[end + 1 : end + 7]
    close = window.find("]")
    return window[:1] == "[" and 1 < close <= 4 and set(window[1:close]) <= _NOTE_NUMBER


def _cited(text: str, comma: int) -> bool:
    """Whether the name before the comma at ``comma`` is an author's: ``et al.,``, or a
    capitalised name inside a parenthesis opened no more than 60 characters back."""
    if text[max(0, comma - 3) : comma] == "al.":
        return True
    word = text[max(0, comma - 30) : comma].rsplit(None, 1)[-1:]
    if not word or not word[0][:1].isupper() or not word[0].replace("-", "").isalpha():
        return False
    opened = text.rfind("(", max(0, comma - 60), comma)
    return opened >= 0 and text.find(")", opened, comma) < 0


def _authors_before(text: str, start: int) -> bool:
    """``Lima and Roe 2017``, ``Lima & Roe 2011``: two capitalised names joined."""
    if start < 2 or text[start - 1] != " ":
        return False
    names = text[max(0, start - 50) : start].split()[-3:]
    return (
        len(names) == 3
        and names[1] in ("and", "&")
        and all(
            n[:1].isupper() and n.replace("-", "").replace("’", "").isalpha() for n in names[::2]
        )
    )


def _sentence_start(text: str, start: int) -> bool:
    """Whether the year opens a line, or a sentence after a full stop (after a word in
    lower case or a parenthesis: not an initial's)."""
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at == 0 or text[at - 1] == "\n":
        return True
    ended = text[
        max(0, at - 3) : at - 1
    ]  # "cool. 1997", "(Forty Columns). 1647" (not "H. R. 1280")
    return (
        at < start
        and text[at - 1] in ".!?"
        and (ended[-1:] == ")" or (ended.isalpha() and ended.islower()))
    )


#: Pronouns that may follow a year opening a sentence ("1997 they declared it").
_SUBJECTS: Final = words("i we you he she it they")


def _heads_sentence(text: str, end: int) -> bool:
    """Whether what follows a year that opens a sentence makes it a year: the end of the
    line or sentence, a comma, a colon, a parenthesis, a name going on or a pronoun."""
    if _stops_after(text, end, "\n,:"):
        return True
    word = _word_after(text, end)
    return (word[:1].isupper() and word[1:].islower()) or word.lower() in _SUBJECTS


#: Words before a year at the end of a clause that make it a date's: ``for 2015,``.
_UNTIL: Final = words("to for as until till")
#: Verbs of change before "to": a count after them (``rose to 1500.``).
_CHANGES: Final = words(
    "rose risen rise rises rising fell fallen fall falls falling increased increase increases"
    " decreased decrease climbed climb dropped drop jumped jump grew grown grow up down cut"
    " reduced raised lowered boosted doubled tripled amounted amount totalled totaled total"
)


def _clause_ends(text: str, end: int) -> bool:
    """Whether the clause ends right after the year."""
    return _stops_after(text, end, ",;)?!\n")


def _stops_after(text: str, end: int, marks: str) -> bool:
    """Whether the text stops right after ``end``: its end, one of ``marks``, a full stop
    or a parenthesis opening."""
    after = text[end : end + 2]
    return (
        not after or after[:1] in marks or after in (". ", ".\n", " (", ".") or end + 1 == len(text)
    )


def _counted(text: str, word_start: int) -> bool:
    """Whether the word before ``to``/``for``... counts (``rose to``), or a number stands
    just before it (``from 1 to 2000``)."""
    if _word_before(text, word_start) in _CHANGES:
        return True
    return any(char.isdigit() for char in text[max(0, word_start - 12) : word_start])


def _ends_name(text: str, end: int) -> bool:
    """Whether a year after a name ends it: punctuation, a possessive, or a capitalised
    word of the name going on (``the Harbour 2012 Games``)."""
    following = text[end : end + 2]
    if following[:1] in _CLOSE or following in (". ", ".\n", "'s", "’s") or end == len(text):
        return True
    after = _word_after(text, end)
    return after[:1].isupper() and after[1:].islower()
