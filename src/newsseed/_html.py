"""HTML pages read through trafilatura, where the ``newsseed[html]`` extra is installed:
the page's article text taken out of its boilerplate, with what trafilatura finds of its
metadata (headline, authors, date, address, site, categories, tags, description) read as
the fields of a trafilatura record are (``docs/pipelines.md``, "HTML pages").

Without the extra, :func:`newsseed.parse` gives an HTML page an ``html`` diagnostic that
names the extra; nothing here is imported.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from collections.abc import Callable
from typing import Any, Final

import attrs

from newsseed._model import Article, Diagnostic, Span, note
from newsseed.normalize._text import lazy_re

__all__ = ("html_article", "html_available")

#: The message of a page read: which extractor took its text out.
_EXTRACTED: Final = "the input is an HTML page: its text and metadata were taken out by trafilatura"
#: What the page's ``html`` diagnostic says where trafilatura found no text, or failed.
_NOTHING: Final = "the input is an HTML page in which trafilatura found no article text"
#: How htmldate (trafilatura's date finder) is asked for the date: the original one, with
#: its time and offset where the page gives them. A page that gives a day alone comes
#: back at ``T00:00:00`` with no offset, taken for the day (a midnight stamp without an
#: offset is read as the day too).
_DATES: Final = {
    "original_date": True,
    "extensive_search": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}
_NO_TIME: Final = "T00:00:00"
#: The language a page declares on its ``html`` element, looked for in its first 4 KiB.
_PAGE_LANGUAGE: Final = lazy_re(
    r"<html\b[^<>]{0,400}?\slang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3})\b",
    re.IGNORECASE,
)
_HEAD: Final = 4096
#: trafilatura's keys that say nothing of the article: the day of extraction, the text
#: again without its line breaks.
_NOT_KEPT: Final = ("filedate", "raw_text")


@functools.cache
def html_available() -> bool:
    """Whether trafilatura (the ``newsseed[html]`` extra) can be imported."""
    return importlib.util.find_spec("trafilatura") is not None


def _extracted(page: str) -> dict[str, Any] | None:
    """trafilatura's record of ``page`` (its JSON output with metadata), or None where it
    finds no article text."""
    import trafilatura  # noqa: PLC0415 (the optional extra, on first use)

    found = trafilatura.extract(
        page,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        date_extraction_params=_DATES,
    )
    record = json.loads(found) if isinstance(found, str) else None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return None
    if not record.get("language") and (tag := _PAGE_LANGUAGE().search(page[:_HEAD])):
        record["language"] = tag.group(1)  # the page's own <html lang="...">
    date = record.get("date")
    if isinstance(date, str) and date.endswith(_NO_TIME):
        record["date"] = date.removesuffix(_NO_TIME)  # a day, not a midnight
    return {key: value for key, value in record.items() if key not in _NOT_KEPT}


def html_article(page: str, id: str | None, read: Callable[[str, str | None], Article]) -> Article:
    """The article of the HTML ``page``: its text taken out by trafilatura and parsed
    by ``read`` (the prose reader, given the text, one paragraph a line, and the id),
    its headline, date and other fields from trafilatura's metadata. Spans of the
    reader's diagnostics point into the text taken out, not the page: they are dropped
    (each keeps its text). A page trafilatura fails on, or finds no text in, gives an
    article holding an ``html`` diagnostic with the page."""
    from newsseed._corpus._articles import _finished  # noqa: PLC0415 (no cycle at import)
    from newsseed._corpus._lines import _document  # noqa: PLC0415
    from newsseed._corpus._options import CorpusOptions  # noqa: PLC0415

    whole = Span(0, len(page))
    try:
        record = _extracted(page)
    except Exception as error:  # lxml or trafilatura failing on a hostile page
        message = f"{_NOTHING} (it failed: {type(error).__name__})"
        return Article(id=id, diagnostics=(note("html", message, whole, page),))
    if record is None:
        return Article(id=id, diagnostics=(note("html", _NOTHING, whole, page),))
    extracted = note("html-extracted", _EXTRACTED, None, "")
    document = _document(record, id or "", CorpusOptions.preset("trafilatura"), (extracted,))
    assert isinstance(document.data, str)
    article = read(document.data, id)
    unplaced = tuple(_unplaced(d) for d in article.diagnostics)
    return _finished(attrs.evolve(article, diagnostics=unplaced), attrs.evolve(document, id=id))


def _unplaced(diagnostic: Diagnostic) -> Diagnostic:
    return diagnostic if diagnostic.span is None else attrs.evolve(diagnostic, span=None)
