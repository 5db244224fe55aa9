"""``newsseed.strategies``: every strategy gives what it says, checked against newsseed itself.

``rendered_articles`` must parse to exactly its fields in every layout, ``date_texts``
must normalise to its value by its rule, ``person_names`` must split into its parts;
the module must import without side effects, and ``import newsseed`` must not import
hypothesis (an optional dependency whose absence gives an ImportError with the hint).
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import TypeVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsseed
from newsseed.normalize import name_key, normalize_date, normalize_date_and_explain, parse_name
from newsseed.strategies import (
    DATE_RULES,
    LAYOUTS,
    DateText,
    NameText,
    Rendered,
    articles,
    date_texts,
    person_names,
    rendered_articles,
    texts,
)

INSTALL_HINT = "pip install 'newsseed[strategies]'"

_T = TypeVar("_T")
_YEAR = re.compile(r"\b\d{4}\b")


def _fresh(code: str) -> object:
    """What ``code`` prints (a Python literal), run in a new interpreter with warnings as errors."""
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    return ast.literal_eval(done.stdout)


# ------------------------------------------------------------------- rendered_articles


@pytest.mark.parametrize("layout", LAYOUTS)
@given(data=st.data())
def test_parse_gives_the_rendered_fields(layout: str, data: st.DataObject) -> None:
    rendered = data.draw(rendered_articles(layout))
    assert rendered.layout == layout
    article = newsseed.parse(rendered.text)
    assert rendered.differences(article) == {}
    assert article.text == "\n\n".join(rendered.paragraphs)
    # What the reader dropped is furniture, a link or a date line's time of day, and it
    # repaired nothing.
    codes = {d.code for d in article.diagnostics}
    assert codes <= {"boilerplate", "related", "signoff", "date-detail"}


def _features_seen(
    strategy: st.SearchStrategy[_T], features: dict[str, Callable[[_T], bool]]
) -> set[str]:
    """The features that a fixed run of ``strategy`` shows (every one is common enough
    that 600 examples show it; derandomised, so the run is the same every time)."""
    seen: set[str] = set()

    @settings(max_examples=600, derandomize=True, database=None, deadline=None)
    @given(strategy)
    def run(value: _T) -> None:
        seen.update(name for name, has in features.items() if has(value))

    run()
    return seen


def _layout_is(layout: str) -> Callable[[Rendered], bool]:
    return lambda r: r.layout == layout


_FEATURES: dict[str, Callable[[Rendered], bool]] = {
    "a title": lambda r: r.title is not None,
    "no title": lambda r: r.title is None,
    "an outlet": lambda r: r.source is not None,
    "a publication date": lambda r: r.published is not None,
    "a dateline with an agency": lambda r: r.dateline is not None and r.dateline.agency is not None,
    "a dateline with a country": lambda r: (
        r.dateline is not None and r.dateline.country is not None
    ),
    "a dateline date from the publication date": lambda r: (
        r.dateline is not None
        and r.dateline.date is not None
        and r.published is not None
        and f"{r.dateline.date.year}" not in r.dateline.raw
    ),
    "a dateline date without a year, none published": lambda r: (
        r.dateline is not None and r.dateline.date is None and "," in r.dateline.raw
    ),
    "two authors": lambda r: len(r.authors) >= 2,
    "categories": lambda r: len(r.categories) >= 2,
    "links to other stories": lambda r: len(r.related) >= 1,
    "a tagline": lambda r: "tagline" in dict(r.meta),
    "a subtitle": lambda r: "subtitle" in dict(r.meta),
    "an update": lambda r: "updated" in dict(r.meta),
    "a byline affiliation": lambda r: "byline-affiliation" in dict(r.meta),
    "a url": lambda r: r.url is not None,
    "a language": lambda r: r.language is not None,
    "an advert": lambda r: "\nAdvertisement\n" in r.text,
    "a two-line headline": lambda r: r.title is not None and "; " in r.title,
    "a headline in capitals": lambda r: r.title is not None and r.title.isupper(),
    "a heading in the body": lambda r: "\n## " in r.text and r.layout == "markdown",
    "a glued header field": lambda r: any(
        line.startswith((" date ", " published ")) and len(line.split()) > 3
        for line in r.text.splitlines()
    ),
    "hard-wrapped paragraphs": lambda r: r.layout == "wire" and len(r.paragraphs) >= 2,
}


_FEATURES.update({f"the {layout} layout": _layout_is(layout) for layout in LAYOUTS})


def test_rendered_articles_hold_every_layout_and_feature() -> None:
    assert _features_seen(rendered_articles(), _FEATURES) == set(_FEATURES)


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown layout 'tweet'; the layouts are header-fields"):
        rendered_articles("tweet")


def test_differences_name_each_field_that_differs() -> None:
    rendered = Rendered("x", "headline-first", title="Ferry talks resume", authors=("Ana Lima",))
    article = newsseed.Article(title="Ferry talks resume", paragraphs=["x"])
    assert rendered.differences(article) == {
        "authors": (("Ana Lima",), ()),
        "paragraphs": ((), ("x",)),
    }


# -------------------------------------------------------------------------- date_texts


@pytest.mark.parametrize("rule", DATE_RULES)
@given(data=st.data())
def test_normalize_date_gives_the_value_by_the_rule(rule: str, data: st.DataObject) -> None:
    date = data.draw(date_texts(rule))
    assert date.rule == rule
    assert normalize_date(date.text, anchor=date.anchor, locale=date.locale) == date.value
    reading = normalize_date_and_explain(date.text, anchor=date.anchor, locale=date.locale)
    assert (reading.rule, reading.value) == (rule, date.value)


_ABSOLUTE = frozenset({"iso-date", "iso-month", "numeric", "month-year", "year"})
_DAYS = frozenset({"month-day", "day-month", "holiday"})  # absolute with a year only


@given(date_texts())
def test_without_an_anchor_only_absolute_dates_name_a_day(date: DateText) -> None:
    if date.anchor is None:
        if date.rule in _ABSOLUTE:
            assert date.value is not None
        elif date.rule in _DAYS:
            assert (date.value is None) == (_YEAR.search(date.text) is None)
        else:  # relative, or a decade
            assert date.value is None
    else:  # an anchor given as a DateValue reads as the same day
        anchor = newsseed.DateValue(date.anchor.year, date.anchor.month, date.anchor.day)
        assert normalize_date(date.text, anchor=anchor, locale=date.locale) == date.value


def _rule_is(rule: str) -> Callable[[DateText], bool]:
    return lambda d: d.rule == rule


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DATE_FORMS: dict[str, dict[str, Callable[[DateText], bool]]] = {
    "numeric": {
        "day first": lambda d: d.locale == "uk" and d.value is not None and (d.value.day or 0) > 12,
        "month first": lambda d: (
            d.locale == "us" and d.value is not None and (d.value.day or 0) > 12
        ),
    },
    "month-day": {
        "no year": lambda d: d.value is not None and str(d.value.year) not in d.text,
        "a weekday that picks the year": lambda d: (
            d.anchor is not None
            and d.value is not None
            and d.value.year != d.anchor.year
            and any(day in d.text for day in _WEEKDAYS)
            and str(d.value.year) not in d.text
        ),
        "no anchor, no year": lambda d: d.anchor is None and d.value is None,
    },
    "weekday": {
        "last": lambda d: d.text.startswith("last "),
        "this": lambda d: d.text.startswith("this "),
        "short": lambda d: d.text.rstrip(".").endswith(_WEEKDAYS),
    },
    "relative-period": {
        "a week across the new year": lambda d: (
            d.text.endswith("week") and d.value is None and d.anchor is not None
        ),
        "a week in one month": lambda d: (
            d.text.endswith("week") and d.value is not None and d.value.month is not None
        ),
    },
    "ago": {
        "a count in words": lambda d: d.text[0].isalpha(),
        "from now": lambda d: d.text.endswith("from now") and d.anchor is not None,
    },
    "decade": {"in short": lambda d: "'" in d.text or "’" in d.text},
    "holiday": {
        "no year": lambda d: d.anchor is not None and not _YEAR.search(d.text),
        "no anchor, no year": lambda d: d.anchor is None and d.value is None,
    },
}


def test_date_texts_hold_every_rule() -> None:
    rules = {rule: _rule_is(rule) for rule in DATE_RULES}
    assert _features_seen(date_texts(), rules) == set(DATE_RULES)


@pytest.mark.parametrize("rule", sorted(_DATE_FORMS))
def test_date_texts_hold_each_form(rule: str) -> None:
    assert _features_seen(date_texts(rule), _DATE_FORMS[rule]) == set(_DATE_FORMS[rule])


def test_unknown_date_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown date rule 'fortnight'; the rules are iso-date"):
        date_texts("fortnight")


def test_date_text_example() -> None:
    date = DateText(
        "last Tuesday", dt.date(2025, 7, 2), "us", newsseed.DateValue(2025, 7, 1), "weekday"
    )
    assert normalize_date(date.text, anchor=date.anchor) == date.value


# ------------------------------------------------------------------------ person_names


@given(person_names())
def test_parse_name_gives_the_parts(name: NameText) -> None:
    assert name.expected.original == name.text
    assert parse_name(name.text) == name.expected


@given(person_names())
def test_the_key_is_the_given_and_the_family_name_and_the_suffix(name: NameText) -> None:
    parts = (name.expected.given, name.expected.family, name.expected.suffix)
    assert name_key(name.text) == name_key(" ".join(part for part in parts if part))


_NAME_FORMS: dict[str, Callable[[NameText], bool]] = {
    "an office": lambda n: len(n.expected.titles) >= 1 and n.expected.titles[0][0].isupper(),
    "an office and an honorific": lambda n: len(n.expected.titles) == 2,
    "an affiliation": lambda n: n.expected.affiliation is not None,
    "a possessive affiliation": lambda n: "'s " in n.text and n.expected.affiliation is not None,
    "a middle name": lambda n: n.expected.middle is not None,
    "an initial": lambda n: n.expected.given is not None and n.expected.given.endswith("."),
    "a particle": lambda n: " " in (n.expected.family or ""),
    "a suffix": lambda n: n.expected.suffix is not None,
    "a lone family name": lambda n: n.expected.given is None,
    "a byline in capitals": lambda n: n.text.startswith("BY "),
    "a name turned round": lambda n: n.text.startswith(n.expected.family or "?") and "," in n.text,
    "an office after a comma": lambda n: "," in n.text and bool(n.expected.titles),
    "editorial brackets": lambda n: "[" in n.text,
    "a possessive": lambda n: n.text.endswith(("'s", "’s", "'")),
    "a modifier": lambda n: n.text.startswith(("former ", "then-", "ex-", "the late ")),
    "a modifier in a run of titles": lambda n: any(
        f" and {modifier}" in n.text for modifier in ("then-", "ex-", "former", "acting ")
    ),
}


def test_person_names_hold_every_form() -> None:
    assert _features_seen(person_names(), _NAME_FORMS) == set(_NAME_FORMS)


# ---------------------------------------------------------------------- articles, texts


# Records are costly to draw, and each string comes from texts(surrogates=False), which
# the test below checks at length: a few records show that every field is drawn so.
@settings(max_examples=50)
@given(articles(surrogates=False))
def test_articles_without_surrogates_encode_as_utf8(article: newsseed.Article) -> None:
    newsseed.dumps(article).encode("utf-8")
    for value in (article.title, article.source, *article.paragraphs, *article.authors):
        if value is not None:
            value.encode("utf-8")


def test_texts_hold_lone_surrogates_unless_asked_not_to() -> None:
    def has_surrogate(text: str) -> bool:
        return any("\ud800" <= c <= "\udfff" for c in text)

    assert _features_seen(texts(), {"surrogate": has_surrogate}) == {"surrogate"}
    assert _features_seen(texts(surrogates=False), {"surrogate": has_surrogate}) == set()


@given(texts(min_size=3, max_size=5))
def test_texts_have_at_least_min_size_characters(text: str) -> None:
    assert len(text) >= 3


# ------------------------------------------------------------- importing, optionality


def test_import_newsseed_does_not_import_hypothesis() -> None:
    imported = _fresh(
        """
        import sys
        import newsseed, newsseed.normalize

        for name in newsseed.__all__:
            getattr(newsseed, name)
        print(sorted(m for m in sys.modules if m.split(".")[0] == "hypothesis"))
        """
    )
    assert imported == []


def test_import_has_no_side_effects() -> None:
    # No output, no warning (-W error), no Hypothesis profile registered or loaded, no
    # setting changed, and no module of newsseed's imported but the strategies' own (the
    # package and its modules).
    seen = _fresh(
        """
        import sys
        from hypothesis import settings
        import newsseed

        def state():
            modules = sorted(m for m in sys.modules if m.startswith("newsseed"))
            return sorted(settings._profiles), repr(settings.default), modules

        before = state()
        import newsseed.strategies

        after = state()
        new = set(after[2]) - set(before[2])
        print((before[:2] == after[:2], sorted({".".join(m.split(".")[:2]) for m in new})))
        """
    )
    assert seen == (True, ["newsseed.strategies"])


def test_without_hypothesis_the_import_says_how_to_install_it() -> None:
    message = _fresh(
        """
        import sys

        sys.modules["hypothesis"] = None  # as if it were not installed
        import newsseed
        import newsseed.normalize

        try:
            import newsseed.strategies
        except ImportError as error:
            print(repr((str(error), error.name, "newsseed.strategies" in sys.modules)))
        """
    )
    assert message == (
        "newsseed.strategies needs hypothesis, an optional dependency of newsseed: " + INSTALL_HINT,
        "hypothesis",
        False,
    )
