"""Wire datelines at the head of the body.

``WASHINGTON (Reuters) -``, ``SALVADOR, Feb 26 -``, ``Washington (AFP) –``,
``Washington DC [US], July 2 :``, ``NEW DELHI:``, ``LONDON, July 2 (AP) —``.
The place, a bracketed country, the date and the agency go to
:class:`~newsseed.Dateline`; the body keeps the sentence that follows.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from newsseed._layouts._common import Fragment
from newsseed._model import Dateline, DateValue
from newsseed.normalize import normalize_date, normalize_timestamp
from newsseed.normalize._grammar import MONTHS
from newsseed.normalize._text import lazy_regex

__all__ = ("country_code", "split_dateline")

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PARTICLE = r"(?:de|del|da|do|di|la|le|el|al|of|on|upon|am|an|sur|du|des|y)"
_PLACE_WORD = rf"(?:[A-Z][\p{{L}}\p{{M}}.'’-]*|{_PARTICLE}(?=[ ][A-Z]))"

# Anchored at the start, every repeat bounded: linear in the (short) head it reads.
_DATELINE: Final = lazy_regex(
    rf"(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,5}})"
    r"(?:[ ]?\[(?P<country>[^\[\]\n]{1,40})\])?"
    rf"(?:,[ ](?P<region>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}}))?"
    rf"(?:,[ ](?P<date>(?i:{_MONTH})\.?[ ]\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ ]\d{{4}})?"
    rf"|\d{{1,2}}[ ](?i:{_MONTH})\.?(?:[ ]\d{{4}})?)"
    r"(?:,?[ ](?P<time>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ ]?[ap]\.?m\.?)?(?:[ ][A-Z]{2,5})?))?)?"
    r"(?:[ ]?\((?P<agency>[^()\n]{1,40})\))?"
    r"[ ]?(?P<sep>[-–—:|])[ ]+(?=\S)"
)
# A bracketed country written as its ISO 3166 code ("[US]"): it reads an ambiguous zone.
_COUNTRY_CODE: Final = lazy_regex(r"[A-Z]{2}")
# Labels that stand where a dateline would, but are not places.
_NOT_PLACES: Final = frozenset(
    {"breaking", "update", "updated", "exclusive", "watch", "live", "analysis", "opinion",
     "editorial", "note", "correction", "photos", "video", "file", "editor's note", "comment",
     "review", "q", "a", "ap", "advertisement", "corrected", "urgent", "flash", "warning",
     "factbox", "explainer", "interview"}
)  # fmt: skip


def country_code(country: str | None) -> str | None:
    """A dateline's bracketed country where it is an ISO 3166 code (``[IN]``): it says
    which time an ambiguous zone name (``IST``) means; else None."""
    return country if country is not None and _COUNTRY_CODE().fullmatch(country) else None


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def split_dateline(
    fragment: Fragment, anchor: DateValue | None, *, strong: bool = False
) -> tuple[Dateline, Fragment, dt.datetime | None] | None:
    """Split a dateline off the start of the first body paragraph, or return None; with
    the dateline, the rest of the paragraph and the moment where the dateline prints a
    time of day after its date (``LISBON, July 2, 10:32 GMT (Reuters) -``).

    ``strong`` asks for a date, an agency or a country: a place in capitals alone
    is not enough (``CORRECTED - ...`` in a headline).
    """
    match = _DATELINE().match(fragment.text[:200])
    if match is None:
        return None
    place = match.group("place")
    if place.lower() in _NOT_PLACES:
        return None
    date_text, agency, country = match.group("date"), match.group("agency"), match.group("country")
    if not (date_text or agency or country or (_is_caps(place) and not strong)):
        return None
    if match.group("sep") == ":" and not (date_text or country or _is_caps(place)):
        return None
    region = match.group("region")
    if region is not None:
        place = f"{place}, {region}"
    raw = match.group().rstrip()
    date = None if date_text is None else normalize_date(date_text, anchor=anchor)
    rest = fragment.text[match.end() :]
    at = None
    time = match.group("time")
    if time is not None and date is not None and date.month is not None and date.day is not None:
        code = country_code(country)
        day = dt.date(date.year, date.month, date.day)
        at = normalize_timestamp(time, anchor=day, country=code)
    return (
        Dateline(place=place, date=date, raw=raw, country=country, agency=agency),
        Fragment(rest, fragment.start + match.end(), fragment.end),
        at,
    )
