"""What a caller of the corpus readers chooses, and the bounds that hold whatever it
chooses: :class:`CorpusOptions`, the size limit of one document, the size of a read past
that limit, and the cap on worker processes.
"""

from __future__ import annotations

import os
from typing import Any, ClassVar, Final, Literal

import attrs

from newsseed._read import ParseOptions

#: The default of :attr:`CorpusOptions.max_document_size`: 16 MiB, hundreds of times a
#: news article (2-50 KB) and several times a scraper's record with its HTML.
MAX_DOCUMENT_SIZE: Final = 16 * 1024 * 1024
#: The values :attr:`CorpusOptions.record_format` takes.
RECORD_FORMATS: Final = ("flat", "ninjs")


def _document_size(_inst: object, _attribute: object, value: object) -> None:
    """Check a document size limit: a whole number of bytes, 1 or more (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_document_size must be an int, not {value!r}")
    if value < 1:
        raise ValueError(f"max_document_size must be at least 1, not {value}")


@attrs.frozen(kw_only=True)
class CorpusOptions:
    """How :func:`iter_articles` reads records and parses them.

    >>> CorpusOptions(text_field="body").text_field
    'body'
    >>> CorpusOptions().max_document_size
    16777216
    """

    parse: ParseOptions = attrs.field(factory=ParseOptions)
    """The options each article is parsed with."""
    record_format: Literal["flat", "ninjs"] = attrs.field(
        default="flat", validator=attrs.validators.in_(RECORD_FORMATS)
    )
    """How a JSON Lines record holds its fields: ``"flat"``, each under its own key (the
    ``*_field`` options name them), or ``"ninjs"``, an IPTC ninjs object (1.x, 2.x or
    3.x) whose nested headline, body, bylines, subjects, keywords and descriptions are
    first read into the default keys (``docs/pipelines.md``)."""
    text_field: str = "text"
    """The field of a JSON Lines record that holds the article's text (required)."""
    id_field: str = "id"
    """The field holding its id (optional: else ``<file stem>:<line number>``)."""
    title_field: str = "title"
    """The field holding its headline (optional: put before the text, and kept)."""
    date_field: str = "date"
    """The field holding its publication date (optional; any form
    :func:`~newsseed.normalize.normalize_date` or
    :func:`~newsseed.normalize.normalize_timestamp` reads)."""
    authors_field: str = "authors"
    """The field holding its authors: a list of names, or one string (``Ana Lima and Rui
    Roe``, ``Ana Lima; Rui Roe``)."""
    url_field: str = "url"
    """The field holding its web address (:attr:`Article.url`)."""
    source_field: str = "source"
    """The field holding the outlet or site's name (:attr:`Article.source`)."""
    language_field: str = "language"
    """The field holding its language, a BCP 47 tag (:attr:`Article.language`)."""
    categories_field: str = "categories"
    """The field holding its sections or categories: a list, or one string split at
    ``;`` and ``,``."""
    tags_field: str = "tags"
    """The field holding its tags or keywords: kept in ``meta["tags"]``, comma-separated."""
    description_field: str = "description"
    """The field holding its standfirst or summary: kept in ``meta["description"]``.

    Every other field of a record lands in :attr:`Article.meta` under its key (lower
    case, other characters made ``-``), its value as written or as compact JSON: nothing
    a record gives is dropped without a diagnostic."""
    max_document_size: int = attrs.field(default=MAX_DOCUMENT_SIZE, validator=_document_size)
    """The most bytes one document may hold: a JSON Lines line (without its line feed),
    a tar member, a text file (default 16 MiB). A larger one is not read into memory: it
    becomes an article holding an ``unreadable-record``, ``unreadable-member`` or
    ``unreadable-file`` diagnostic with its first bytes, and the stream goes on."""

    PRESETS: ClassVar[tuple[str, ...]] = ("trafilatura", "news-please", "ninjs")
    """The names :meth:`preset` knows."""

    @classmethod
    def preset(cls, name: str, *, parse: ParseOptions | None = None) -> CorpusOptions:
        """The options that read the records of a known scraper or format:
        ``"trafilatura"`` (its JSON output with metadata), ``"news-please"`` (its JSON
        articles) or ``"ninjs"`` (IPTC ninjs objects, as
        :func:`~newsseed.to_ninjs` writes them); ``docs/pipelines.md`` lists the
        keys each maps.

        >>> CorpusOptions.preset("news-please").text_field
        'maintext'
        """
        if name not in _PRESETS:
            raise ValueError(f"unknown preset {name!r}: expected one of {', '.join(cls.PRESETS)}")
        return cls(parse=parse or ParseOptions(), **_PRESETS[name])


_PRESETS: Final[dict[str, dict[str, Any]]] = {
    # trafilatura's JSON (``trafilatura --json``, ``extract(output_format="json",
    # with_metadata=True)``): the URL in "source", the site's name in "source-hostname".
    "trafilatura": {
        "text_field": "text",
        "title_field": "title",
        "date_field": "date",
        "authors_field": "author",
        "url_field": "source",
        "source_field": "source-hostname",
        "language_field": "language",
        "categories_field": "categories",
        "tags_field": "tags",
        "description_field": "excerpt",
    },
    # news-please's JSON (``NewsPlease.from_url(...).get_serializable_dict()``).
    "news-please": {
        "text_field": "maintext",
        "title_field": "title",
        "date_field": "date_publish",
        "authors_field": "authors",
        "url_field": "url",
        "source_field": "source_domain",
        "language_field": "language",
        "description_field": "description",
    },
    # IPTC ninjs, one object a line: its nested fields read into the default keys.
    "ninjs": {"record_format": "ninjs"},
}


_DEFAULT: Final = CorpusOptions()
#: Bytes read at a time past the limit, skipping the rest of a line too long to keep.
_CHUNK: Final = 64 * 1024
#: The most worker processes a pool gets: this many per CPU, and at least _MIN_CAP.
_WORKERS_PER_CPU: Final = 4
_MIN_CAP: Final = 4


def _max_workers() -> int:
    """The most worker processes a pool gets: 4 per CPU (``os.cpu_count()``), and at
    least 4. Each process holds a copy of the parser; past a few per CPU, more of them
    only cost memory (and a huge number would fork until the machine gives up)."""
    return max(_MIN_CAP, _WORKERS_PER_CPU * (os.cpu_count() or 1))


def _workers(workers: int) -> int:
    return min(workers, _max_workers())
