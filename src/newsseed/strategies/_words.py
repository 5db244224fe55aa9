"""The words the strategies write with, and the small drawing helpers they share.

The vocabulary of the rendered articles (plain sentences, headlines, outlets, people,
places), the names of months and weekdays, and helpers for the layouts, the dates and
the names: draw one of a few options, write a day's ordinal or a month's forms, find
the year nearest an anchor.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from typing import Final, TypeVar

from hypothesis import strategies as st

from newsseed._model import DateValue

_T = TypeVar("_T")


def _one_of(draw: st.DrawFn, options: Sequence[_T]) -> _T:
    return draw(st.sampled_from(options))


# The vocabulary: plain words, no dates, digits, colons, dashes or quotation marks, so
# that what the reader makes of a line is never in doubt. Our own words throughout.
_SUBJECTS: Final = (
    "The council",
    "The harbour board",
    "The ferry operator",
    "The school board",
    "The library",
    "The museum",
    "The water company",
    "The university",
    "The hospital",
    "Local farmers",
    "Rail workers",
    "Residents",
    "Fishermen",
    "Bus drivers",
    "Shop owners",
)
_VERBS: Final = (
    "approved",
    "rejected",
    "delayed",
    "welcomed",
    "questioned",
    "reviewed",
    "funded",
    "postponed",
    "discussed",
    "supported",
)
_OBJECTS: Final = (
    "the new cycle lanes",
    "a plan to widen the bridge",
    "the budget",
    "a longer timetable",
    "the river crossing",
    "the repairs to the pier",
    "a new reading room",
    "the proposal",
    "higher fares",
    "the night service",
    "a survey of the coast",
    "the new ferry route",
)
_ENDINGS: Final = (
    "",
    " after a long meeting",
    " in the town hall",
    " without a vote",
    " with some changes",
    " for the second time",
)
_HEAD_SUBJECTS: Final = (
    "Council",
    "Harbour board",
    "Ferry operator",
    "School board",
    "Library",
    "Museum",
    "Water company",
    "University",
    "Hospital",
)
_HEAD_VERBS: Final = (
    "approves",
    "rejects",
    "delays",
    "welcomes",
    "questions",
    "reviews",
    "funds",
    "postpones",
    "backs",
)
_HEAD_OBJECTS: Final = (
    "new cycle lanes",
    "plan to widen bridge",
    "budget",
    "longer timetable",
    "river crossing",
    "pier repairs",
    "new reading room",
    "higher fares",
    "night service",
    "coastal survey",
    "new ferry route",
)
_HEAD_ENDINGS: Final = ("", " after long meeting", " in split vote", " for second time")
_SUBHEADS: Final = (
    "Residents divided over the cost",
    "Work could start within weeks",
    "Opposition calls for a public vote",
    "Critics say the plan goes too far",
)
_BODY_HEADINGS: Final = ("What happens next", "Reaction", "The cost", "Background")
_OUTLETS: Final = (
    "Harbour Gazette",
    "The Valley Courier",
    "Northern Ledger",
    "River Town Post",
    "The Coastal Herald",
)
_TAGLINES: Final = (
    "News from the estuary since 1987",
    "Independent local news",
    "Reporting the valley every day",
)
_GIVEN: Final = (
    "Ana",
    "Rui",
    "Elena",
    "Tomas",
    "Clara",
    "Paulo",
    "Joana",
    "Marta",
    "Nuno",
    "Ines",
    "Hugo",
    "Lena",
)
_FAMILY: Final = (
    "Lima",
    "Costa",
    "Marchetti",
    "Nunes",
    "Ribeiro",
    "Pires",
    "Tavares",
    "Lopes",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Brandt",
)
_AFFILIATIONS: Final = ("Staff reporter", "Political correspondent", "Harbour Gazette")
_CATEGORIES: Final = (
    "Transport",
    "Local politics",
    "Science & Environment",
    "Business",
    "Farming",
    "Education",
    "Health",
)
_PLACES: Final = ("Vila Seca", "Porto Alto", "Serra Fria", "Rio Claro", "Ponte Nova", "Lisbon")
_AGENCIES: Final = ("Reuters", "AFP", "AP", "Atlantic Wire")
_COUNTRIES: Final = ("Portugal", "Brazil", "US")
_ADVERTS: Final = ("Advertisement", "Story continues below advertisement", "Share this article")
_RELATED_LABELS: Final = ("Read also| ", "Related: ", "READ MORE: ", "See also: ")
_SIGNOFFS: Final = ("Reuter", "AFP", "(end)", "-30-")

_MONTH_NAMES: Final = tuple(calendar.month_name)[1:]
# Abbreviations the reader knows (May has none).
_MONTH_ABBREVIATIONS: Final = (
    ("Jan",),
    ("Feb",),
    ("Mar",),
    ("Apr",),
    (),
    ("Jun",),
    ("Jul",),
    ("Aug",),
    ("Sep", "Sept"),
    ("Oct",),
    ("Nov",),
    ("Dec",),
)
_WEEKDAY_NAMES: Final = tuple(calendar.day_name)
_WEEKDAY_ABBREVIATIONS: Final = (
    ("Mon",),
    ("Tue", "Tues"),
    ("Wed",),
    ("Thu", "Thur", "Thurs"),
    ("Fri",),
    ("Sat",),
    ("Sun",),
)


def _ordinal(day: int) -> str:
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}{({1: 'st', 2: 'nd', 3: 'rd'}).get(day % 10, 'th')}"


def _month_forms(draw: st.DrawFn, month: int) -> str:
    """The month written in full, or abbreviated (with or without a full stop)."""
    abbreviations = _MONTH_ABBREVIATIONS[month - 1]
    if not abbreviations or draw(st.booleans()):
        return _MONTH_NAMES[month - 1]
    short = _one_of(draw, abbreviations)
    return short + "." if draw(st.booleans()) else short


def _value(day: dt.date) -> DateValue:
    return DateValue(day.year, day.month, day.day)


def _nearest_year(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """Of the anchor's year and those either side, the day in the one nearest the anchor.

    None when no such day exists, or when two are equally near (docs/dates.md does not
    say which one is meant, so the strategies do not write such dates).
    """
    found: list[dt.date] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if month != 2 or day != 29 or calendar.isleap(year):
            found.append(dt.date(year, month, day))
    found.sort(key=lambda c: abs((c - anchor).days))
    if not found or (
        len(found) > 1 and abs((found[0] - anchor).days) == abs((found[1] - anchor).days)
    ):
        return None
    return found[0]
