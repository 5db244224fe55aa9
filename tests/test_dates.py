"""normalize_date: a case table of our own (tests/data/dates/normalize.tsv) and properties."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsseed import DateValue
from newsseed.normalize import normalize_date
from strategies import date_values

TABLE = Path(__file__).parent / "data" / "dates" / "normalize.tsv"
ROWS = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t"))
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.mark.parametrize(
    "row", ROWS, ids=[f"{r['text']}@{r['anchor']}/{r['locale']}" for r in ROWS]
)
def test_case_table(row: dict[str, str]) -> None:
    anchor = None if row["anchor"] == "-" else dt.date.fromisoformat(row["anchor"])
    value = normalize_date(row["text"], anchor=anchor, locale=row["locale"])
    assert (None if value is None else str(value)) == (
        None if row["expected"] == "None" else row["expected"]
    )


# Written years run from 1000 to 2999 (a four-digit number outside is not read as a year).
days = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))


@given(days)
def test_every_rendering_reads_back(day: dt.date) -> None:
    value = DateValue(day.year, day.month, day.day)
    month = MONTH_NAMES[day.month - 1]
    for text, locale in (
        (str(value), "us"),
        (f"{month} {day.day}, {day.year}", "us"),
        (f"{day.day} {month} {day.year}", "uk"),
        (f"{day:%A}, {month} {day.day}, {day.year}", "us"),
        (f"{day.month:02d}/{day.day:02d}/{day.year}", "us"),
        (f"{day.day:02d}/{day.month:02d}/{day.year}", "uk"),
        (f"{day.month}.{day.day}.{day.year}", "us"),
        (
            f"{SHORT[day.month - 1]} {ordinal(day.day)}, {day.year}",
            "us",
        ),
        (f"{day:%a}, {day.day} {month[:3]} {day.year}", "uk"),
        (f"the {day.day}th of {month.upper()} {day.year}", "uk"),
        (f"on {month.lower()} {day.day} {day.year}", "us"),
    ):
        assert normalize_date(text, locale=locale) == value, text
    for text in (
        f"{month} {day.year}",
        f"{SHORT[day.month - 1]} {day.year}",
        f"{month}, {day.year}",
    ):
        assert normalize_date(text) == DateValue(day.year, day.month), text
    assert normalize_date(f"in {day.year}") == DateValue(day.year)


def ordinal(day: int) -> str:
    suffix = "th" if day // 10 == 1 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# AP style: "May", "June" and "July" are not shortened.
SHORT = [m if len(m) <= 4 else m[:3] + "." for m in MONTH_NAMES]


@given(days, st.integers(0, 6), st.sampled_from(["", "on ", "last ", "next ", "this "]))
def test_weekdays_land_within_a_week_on_the_stated_side(
    anchor: dt.date, target: int, which: str
) -> None:
    name = (dt.date(2025, 6, 30) + dt.timedelta(days=target)).strftime("%A")  # a Monday, plus
    value = normalize_date(which + name, anchor=anchor)
    assert value is not None
    assert value.month is not None
    assert value.day is not None
    found = dt.date(value.year, value.month, value.day)
    assert found.strftime("%A") == name
    delta = (found - anchor).days
    if which in {"", "on "}:
        assert -6 <= delta <= 0
    elif which == "last ":
        assert -7 <= delta <= -1
    elif which == "next ":
        assert 1 <= delta <= 7
    else:
        assert -6 <= delta <= 6


def test_unknown_locale_is_refused() -> None:
    with pytest.raises(ValueError, match="locale"):
        normalize_date("07/03/2025", locale="fr")


@given(date_values())
def test_iso_text_reads_back_at_every_precision(value: DateValue) -> None:
    assert normalize_date(str(value)) == value
