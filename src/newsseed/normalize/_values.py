"""Value types shared by the normalisers and the records.

They live here, in the leaf package, so that :mod:`newsseed.normalize` needs
nothing else of newsseed; :mod:`newsseed._model` re-uses them.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import attrs

from newsseed.normalize._text import lazy_regex

__all__ = ("DateMention", "DateValue", "Span")


#: Offsets are below 2**63, as in any text a machine can hold.
MAX_OFFSET: Final = 2**63 - 1


def _non_negative(name: str, value: int) -> None:
    if type(value) is not int or not 0 <= value <= MAX_OFFSET:
        raise ValueError(f"{name} must be an int from 0 to 2**63 - 1, not {value!r}")


@attrs.frozen
class Span:
    """A half-open range of character offsets ``[start, end)`` into a text.

    >>> text = "Hegseth said so."
    >>> span = Span(0, 7)
    >>> span.of(text)
    'Hegseth'
    >>> len(span)
    7
    """

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character; never smaller than ``start``."""

    def __attrs_post_init__(self) -> None:
        # One check of both offsets, not a validator each: spans are made by the
        # thousand in every text read.
        start, end = self.start, self.end
        if type(start) is not int or type(end) is not int or not 0 <= start <= end <= MAX_OFFSET:
            _non_negative("start", start)
            _non_negative("end", end)
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, int]:
        """Return ``{"start": ..., "end": ...}``."""
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """Build a span from :meth:`to_dict` output."""
        return cls(data["start"], data["end"])


_ISO_DATE: Final = lazy_regex(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _check_date(inst: DateValue) -> None:
    year, month, day = inst.year, inst.month, inst.day
    if type(year) is not int or not 1 <= year <= 9999:
        raise ValueError(f"year must be an int from 1 to 9999, not {year!r}")
    if month is not None and (type(month) is not int or not 1 <= month <= 12):
        raise ValueError(f"month must be None or an int from 1 to 12, not {month!r}")
    if day is not None:
        if month is None:
            raise ValueError("a day needs a month")
        last = calendar.monthrange(year, month)[1]
        if type(day) is not int or not 1 <= day <= last:
            raise ValueError(
                f"day must be an int from 1 to {last} in {year}-{month:02d}, not {day!r}"
            )


@attrs.frozen
class DateValue:
    """A calendar date known to the day, the month or only the year.

    ``str()`` gives ISO 8601 at the value's precision:

    >>> str(DateValue(2025, 7, 2)), str(DateValue(2025, 7)), str(DateValue(2025))
    ('2025-07-02', '2025-07', '2025')
    >>> DateValue.from_iso("2025-07") == DateValue(2025, 7)
    True
    >>> DateValue(2025, 7, 2).precision
    'day'
    """

    year: int
    """The year, 1 to 9999."""
    month: int | None = None
    """The month, 1 to 12, or None when only the year is known."""
    day: int | None = None
    """The day of the month, or None when it is not known (needs a month)."""

    def __attrs_post_init__(self) -> None:
        _check_date(self)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"`` or ``"year"``."""
        if self.day is not None:
            return "day"
        return "year" if self.month is None else "month"

    def to_date(self) -> _dt.date:
        """The :class:`datetime.date` of a value known to the day; a ``ValueError`` for a
        month or a year (use :meth:`first_day` or :meth:`last_day`).

        >>> DateValue(2025, 7, 2).to_date()
        datetime.date(2025, 7, 2)
        """
        if self.month is None or self.day is None:
            raise ValueError(f"{self} is known to the {self.precision}, not the day")
        return _dt.date(self.year, self.month, self.day)

    def first_day(self) -> _dt.date:
        """The first day the value holds: itself, the 1st of its month, or 1 January.

        >>> DateValue(2025, 7).first_day(), DateValue(2025).first_day()
        (datetime.date(2025, 7, 1), datetime.date(2025, 1, 1))
        """
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> _dt.date:
        """The last day the value holds: itself, the end of its month, or 31 December.

        >>> DateValue(2024, 2).last_day(), DateValue(2025).last_day()
        (datetime.date(2024, 2, 29), datetime.date(2025, 12, 31))
        """
        month = self.month or 12
        return _dt.date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    @classmethod
    def from_iso(cls, text: str) -> DateValue:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``ValueError`` otherwise."""
        if not isinstance(text, str):
            raise TypeError(f"an ISO 8601 date is a str, not {type(text).__name__}")
        match = _ISO_DATE().fullmatch(text)
        if match is None:
            raise ValueError(f"not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        year, month, day = match.groups()
        return cls(
            int(year), None if month is None else int(month), None if day is None else int(day)
        )


_Clock = TypeVar("_Clock", _dt.datetime, _dt.time)


def from_isoformat(text: object, parse: Callable[[str], _Clock], what: str) -> _Clock:
    """``text`` read by ``parse`` (``datetime.fromisoformat``, ``time.fromisoformat``)
    where ``isoformat()`` writes the value so; a ``ValueError`` naming ``what`` for any
    other text, a ``TypeError`` for what is not a string."""
    if not isinstance(text, str):
        raise TypeError(f"expected {what} as a string, not {type(text).__name__}")
    try:
        value = parse(text)
    except ValueError:
        value = None
    if value is None or value.isoformat() != text:
        raise ValueError(f"expected {what} as isoformat() writes it, not {text!r}")
    return value


def time_from_iso(text: object) -> _dt.time:
    """A time of day as :meth:`datetime.time.isoformat` writes it."""
    return from_isoformat(text, _dt.time.fromisoformat, "a time of day")


@attrs.frozen
class DateMention:
    """A date expression found in running text, with its value, and the time of day
    where one is written with it.

    >>> m = DateMention("July 2", Span(10, 16), DateValue(2025, 7, 2))
    >>> str(m.value)
    '2025-07-02'
    >>> at = _dt.time(18, 30)
    >>> m = DateMention("July 2 at 6:30 p.m.", Span(10, 29), DateValue(2025, 7, 2), at)
    >>> m.moment.isoformat()
    '2025-07-02T18:30:00'
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The expression as written."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where it stands in the text it was found in."""
    value: DateValue | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(DateValue))
    )
    """What it means, or None where it cannot be resolved (a relative date with no anchor)."""
    time: _dt.time | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(_dt.time))
    )
    """The time of day written with the date (``on Tuesday at 6:30 p.m.``, ``4:10 the next
    morning``), its ``tzinfo`` the zone's fixed offset where a zone is written and known;
    None where no time is written."""

    @property
    def moment(self) -> _dt.datetime | None:
        """The date and time of day together, where both are known to the day and minute."""
        value = self.value
        if self.time is None or value is None or value.month is None or value.day is None:
            return None
        return _dt.datetime.combine(_dt.date(value.year, value.month, value.day), self.time)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "text": self.text,
            "span": self.span.to_dict(),
            "value": None if self.value is None else str(self.value),
            "time": None if self.time is None else self.time.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DateMention:
        """Build a mention from :meth:`to_dict` output."""
        value = data["value"]
        time = data.get("time")  # (absent from the dicts of newsseed 0.1)
        return cls(
            data["text"],
            Span.from_dict(data["span"]),
            None if value is None else DateValue.from_iso(value),
            None if time is None else time_from_iso(time),
        )
