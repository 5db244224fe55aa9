"""The fields of a scraper's or a feed's record, beyond its text: read into the article's
own attributes where it has one (authors, url, source, language, categories), and into
:attr:`~newsseed.Article.meta` otherwise, so that nothing a record gives is dropped.

Which key holds what is a :class:`~newsseed.CorpusOptions` choice; its presets name the
keys of trafilatura's and news-please's JSON (``docs/pipelines.md``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

import attrs

from newsseed._layouts.header import language_tag, split_list
from newsseed._model import META_KEY, Article, Diagnostic, note
from newsseed._read import _OTHER_LANGUAGE, english
from newsseed.normalize._text import lazy_re

if TYPE_CHECKING:
    from newsseed._corpus._options import CorpusOptions

__all__ = ("RecordFields", "read_fields", "with_fields")

#: The characters a record's key loses on its way to a ``meta`` key (lower case, digits,
#: ``_`` and ``-`` are kept).
_NOT_META: Final = lazy_re(r"[^a-z0-9_-]+")


@attrs.frozen
class RecordFields:
    """What a record says of its article besides its text, id, headline and date."""

    authors: tuple[str, ...] = ()
    url: str | None = None
    source: str | None = None
    language: str | None = None
    categories: tuple[str, ...] = ()
    meta: tuple[tuple[str, str], ...] = ()
    notes: tuple[Diagnostic, ...] = ()


def _text(value: Any) -> str:
    """A field's value as text: a string as it is, anything else as compact JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _items(value: Any, *, authors: bool = False) -> tuple[str, ...]:
    """A list field: a JSON list (a string item stripped, any other as JSON text), or one
    string split at ``;`` and ``,`` (and ``and``/``&`` between names)."""
    if isinstance(value, list):
        items = (item.strip() if isinstance(item, str) else _text(item) for item in value)
        return tuple(item for item in items if item)
    if isinstance(value, str):
        return tuple(split_list(value, authors=authors))
    return (_text(value),) if value is not None else ()


def meta_key(key: str) -> str | None:
    """A record's key as a ``meta`` key: lower case, other characters made ``-``; None
    where nothing is left."""
    folded = _NOT_META().sub("-", key.lower()).strip("-_")[:64]
    return folded if folded and META_KEY().fullmatch(folded) else None


def read_fields(record: dict[str, Any], options: CorpusOptions) -> RecordFields:
    """The fields of ``record`` besides those :mod:`._lines` reads (text, id, title, date)."""
    taken = {options.text_field, options.id_field, options.title_field, options.date_field}
    mapped = {
        options.authors_field: "authors",
        options.url_field: "url",
        options.source_field: "source",
        options.language_field: "language",
        options.categories_field: "categories",
        options.tags_field: "tags",
        options.description_field: "description",
    }
    fields: dict[str, Any] = {"authors": (), "categories": ()}
    meta: dict[str, str] = {}
    notes: list[Diagnostic] = []
    for key, value in record.items():
        if key in taken or value is None or value in ("", []):
            continue
        role = mapped.get(key)
        if role == "authors":
            fields["authors"] = _items(value, authors=True)
        elif role == "categories":
            fields["categories"] = (*fields["categories"], *_items(value))
        elif role in ("url", "source") and isinstance(value, str):
            fields[role] = value.strip()
        elif role == "language" and isinstance(value, str) and (tag := language_tag(value)):
            fields["language"] = tag
        else:
            name = role if role in ("tags", "description") else meta_key(key)
            if name is None or name in meta:
                message = f"the record's field {key!r} has no place in meta; kept here"
                notes.append(note("record-field", message, None, f"{key}: {_text(value)}"))
            elif role == "tags":
                meta[name] = ", ".join(_items(value))
            else:
                meta[name] = _text(value)
    return RecordFields(meta=tuple(meta.items()), notes=tuple(notes), **fields)


def with_fields(article: Article, fields: RecordFields | None) -> Article:
    """The article with what its record gave: the record's authors, url, source and
    language over what the text said (the text's authors kept where the record has
    none), its categories first, its other fields in ``meta`` (a key the text gave too
    keeps the text's value, and the record's in a ``record-field`` diagnostic)."""
    if fields is None:
        return article
    meta = dict(article.meta)
    notes = list(fields.notes)
    for key, value in fields.meta:
        if key in meta and meta[key] != value:
            message = f"the record's field {key!r} differs from the text's; kept here"
            notes.append(note("record-field", message, None, f"{key}: {value}"))
        else:
            meta.setdefault(key, value)
    language = fields.language
    if language is not None and not english(language) and not article.language:
        # The text read as English, its record says otherwise: the finders' output goes.
        message = _OTHER_LANGUAGE.format(language)
        notes.append(note("language-not-supported", message, None, ""))
        article = attrs.evolve(article, quotes=(), entities=(), dates=())
    categories = tuple(dict.fromkeys((*fields.categories, *article.categories)))
    return attrs.evolve(
        article,
        authors=fields.authors or article.authors,
        url=fields.url or article.url,
        source=fields.source or article.source,
        language=fields.language or article.language,
        categories=categories,
        meta=tuple(meta.items()),
        diagnostics=(*article.diagnostics, *notes),
    )
