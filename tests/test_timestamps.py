"""normalize_timestamp: a case table of our own (tests/data/dates/timestamps.tsv) and
properties: every datetime written in ISO 8601, RFC 2822 and the forms news pages print
reads back to itself, with its offset; it never raises."""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsseed.normalize import normalize_date, normalize_timestamp
from newsseed.normalize._clock import AMBIGUOUS_ZONES, ZONES

TABLE = Path(__file__).parent / "data" / "dates" / "timestamps.tsv"
ROWS = list(csv.DictReader(TABLE.open(encoding="utf-8"), delimiter="\t"))


@pytest.mark.parametrize(
    "row", ROWS, ids=[f"{r['text']}@{r['anchor']}/{r['locale']}/{r['country']}" for r in ROWS]
)
def test_case_table(row: dict[str, str]) -> None:
    anchor = None if row["anchor"] == "-" else dt.date.fromisoformat(row["anchor"])
    country = None if row["country"] == "-" else row["country"]
    value = normalize_timestamp(row["text"], anchor=anchor, locale=row["locale"], country=country)
    expected = None if row["expected"] == "None" else row["expected"]
    assert (None if value is None else value.isoformat()) == expected
    if value is not None:  # the offset itself, not only the same instant
        assert value.utcoffset() == dt.datetime.fromisoformat(row["expected"]).utcoffset()


def test_the_date_of_every_timestamp_is_read_by_normalize_date() -> None:
    for row in ROWS:
        value = normalize_timestamp(row["text"], locale=row["locale"])
        if value is not None and row["anchor"] == "-":
            date = normalize_date(row["text"], locale=row["locale"])
            assert date is not None, row["text"]
            written = row["text"].replace("24:00:00", "00:00:00")
            if written == row["text"]:  # (24:00 is the next day's midnight)
                assert str(date) == value.date().isoformat(), row["text"]


offsets = st.integers(-23 * 60 - 59, 23 * 60 + 59).map(
    lambda m: dt.timezone(dt.timedelta(minutes=m))
)
moments = st.datetimes(
    min_value=dt.datetime(1000, 1, 1), max_value=dt.datetime(2999, 12, 31, 23, 59, 59)
)


@given(moments, offsets | st.none())
def test_iso_8601_reads_back_with_its_offset(moment: dt.datetime, zone: dt.tzinfo | None) -> None:
    written = moment.replace(tzinfo=zone)
    for text in (
        written.isoformat(),
        written.isoformat(sep=" "),
        written.isoformat("T", "minutes"),
    ):
        value = normalize_timestamp(text)
        expected = dt.datetime.fromisoformat(text)
        assert value == expected, text
        assert value is not None
        assert value.utcoffset() == expected.utcoffset(), text


news_moments = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2099, 12, 31, 23, 59, 59)
)


@given(news_moments, offsets)
def test_rfc_2822_reads_back_with_its_offset(moment: dt.datetime, zone: dt.tzinfo) -> None:
    written = moment.replace(tzinfo=zone, microsecond=0)
    text = email.utils.format_datetime(written)
    value = normalize_timestamp(text)
    assert value == written, text
    assert value is not None
    assert value.utcoffset() == written.utcoffset(), text


@given(news_moments)
def test_the_forms_news_pages_print_read_back(moment: dt.datetime) -> None:
    minute = moment.replace(second=0, microsecond=0)
    hour12 = minute.hour % 12 or 12
    ampm = "a.m." if minute.hour < 12 else "p.m."
    month = f"{minute:%B}"
    for text, locale in (
        (f"{month} {minute.day}, {minute.year} {hour12}:{minute.minute:02d} {ampm}", "us"),
        (
            f"{hour12}:{minute.minute:02d} {ampm.upper().replace('.', '')}, "
            f"{month} {minute.day}, {minute.year}",
            "us",
        ),
        (f"{minute.day} {month} {minute.year}, {minute:%H:%M}", "uk"),
        (f"Updated {minute:%H:%M} {minute:%a} {minute.day} {month[:3]} {minute.year}", "uk"),
        (f"{minute.day:02d}/{minute.month:02d}/{minute.year} {minute:%H:%M}", "uk"),
        (f"{minute.year}/{minute.month:02d}/{minute.day:02d} at {minute:%H:%M}", "us"),
    ):
        assert normalize_timestamp(text, locale=locale) == minute, text


@given(st.text(max_size=120))
def test_never_raises(text: str) -> None:
    value = normalize_timestamp(text)
    assert value is None or isinstance(value, dt.datetime)
    normalize_date(text)


def test_unknown_locale_is_refused() -> None:
    with pytest.raises(ValueError, match="locale"):
        normalize_timestamp("10:00 June 2, 2025", locale="fr")


def test_every_zone_name_is_in_the_docs() -> None:
    page = (Path(__file__).parents[1] / "docs" / "dates.md").read_text(encoding="utf-8")
    for name in (*ZONES, *AMBIGUOUS_ZONES, "ET", "CT", "MT", "PT"):
        assert f"`{name}`" in page, name
