"""Hypothesis strategies for testing code that uses newsseed.

Property-test your own pipeline against newsseed with the generators newsseed's own
test suite uses. This module needs `Hypothesis <https://hypothesis.readthedocs.io>`_,
an optional dependency (``pip install 'newsseed[strategies]'``); ``import newsseed``
never imports it.

* :func:`articles`: valid :class:`~newsseed.Article` records, any Unicode in every
  field, spans inside the text: for code that stores, ships or transforms records.
* :func:`rendered_articles`: the text of an article laid out as outlets publish it, in
  each layout :func:`newsseed.parse` reads, with the fields parse gives back
  (:class:`Rendered`).
* :func:`date_texts`: a date written in one of the ways
  :func:`~newsseed.normalize.normalize_date` reads, with its anchor and the value it
  names (:class:`DateText`).
* :func:`person_names`: a person's name as news prints it, with the parts
  :func:`~newsseed.normalize.parse_name` gives (:class:`NameText`).

>>> from hypothesis import given, settings
>>> import newsseed
>>> from newsseed.strategies import rendered_articles
>>> @settings(max_examples=20)
... @given(rendered_articles())
... def test_parse_reads_the_layout(rendered):
...     assert rendered.differences(newsseed.parse(rendered.text)) == {}
>>> test_parse_reads_the_layout()

Importing this module has no side effects: it registers no Hypothesis profile and
changes no settings, so your own profiles apply. ``docs/strategies.md`` has more.
"""

from __future__ import annotations

from typing import Final

# Hypothesis is imported here first, so that without it every import of this package
# (or of one of its modules, which imports the package first) fails with this message.
try:
    from hypothesis import strategies as st  # noqa: F401 (used by the modules)
except ImportError as error:  # pragma: no cover - tested in a subprocess without hypothesis
    raise ImportError(
        "newsseed.strategies needs hypothesis, an optional dependency of newsseed: "
        "pip install 'newsseed[strategies]'",
        name=error.name,
    ) from error

from newsseed.strategies import _dates, _layouts
from newsseed.strategies._dates import DateText, date_texts
from newsseed.strategies._layouts import rendered_articles
from newsseed.strategies._names import NameText, person_names
from newsseed.strategies._pages import Rendered
from newsseed.strategies._records import articles, date_values, texts

__all__ = (
    "DATE_RULES",
    "LAYOUTS",
    "DateText",
    "NameText",
    "Rendered",
    "articles",
    "date_texts",
    "date_values",
    "person_names",
    "rendered_articles",
    "texts",
)

# Sphinx reads a constant's ``#:`` comment in the module it documents, this one: the
# constants are bound here again, with their comments.

#: The layouts :func:`rendered_articles` writes, each one the lenient reader
#: recognises (``docs/layouts.md``).
LAYOUTS: Final[tuple[str, ...]] = _layouts.LAYOUTS

#: The rules of the date grammar (``docs/dates.md``) that :func:`date_texts` writes.
DATE_RULES: Final[tuple[str, ...]] = _dates.DATE_RULES
