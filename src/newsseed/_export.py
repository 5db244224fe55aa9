"""Articles in other people's formats: IPTC ninjs, schema.org, and our own JSON Schema.

:func:`to_ninjs` writes IPTC ninjs 3.0 (News in JSON), :func:`to_schema_org` a
schema.org ``NewsArticle`` as JSON-LD, and :func:`article_schema` returns the JSON
Schema that :meth:`Article.to_dict` output follows (shipped as
``newsseed/schema/article.schema.json``).
"""

from __future__ import annotations

import functools
from typing import Any, Final

from newsseed._model import Article, DateValue, Entity, moment_from_iso, moment_text

__all__ = ("article_schema", "to_ninjs", "to_schema_org")

NINJS_VERSION: Final = "3.0"
NINJS_SCHEMA: Final = "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#"

_NINJS_LISTS: Final = {"PERSON": "people", "ORG": "organisations", "PLACE": "places",
                       "EVENT": "events", "PRODUCT": "objects", "NORP": "subjects"}  # fmt: skip
_SCHEMA_ORG_TYPES: Final = {"PERSON": "Person", "ORG": "Organization", "PLACE": "Place",
                            "EVENT": "Event", "PRODUCT": "Product", "NORP": "Thing"}  # fmt: skip


@functools.cache
def _schema_text() -> str:
    from importlib import resources  # noqa: PLC0415 (imported on first use, not with newsseed)

    return resources.files("newsseed").joinpath("schema/article.schema.json").read_text("utf-8")


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`Article.to_dict` output.

    >>> article_schema()["title"]
    'newsseed Article'
    """
    import json  # noqa: PLC0415 (imported on first use, not with newsseed)

    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


def _uri(article: Article) -> str:
    """A URN for the article: its id, percent-encoded as UTF-8 (a lone surrogate as the
    three bytes of its code point, so that distinct ids give distinct URNs), or a digest
    of its text when it has none."""
    import hashlib  # noqa: PLC0415 (imported on first use, not with newsseed)
    from urllib.parse import quote  # noqa: PLC0415 (imported on first use, not with newsseed)

    if article.id is not None:  # any str: a lone surrogate as the bytes of its code point
        return "urn:newsseed:" + quote(article.id.encode("utf-8", "surrogatepass"), safe="")
    digest = hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()
    return f"urn:newsseed:sha256:{digest[:32]}"


#: The header fields (:attr:`Article.meta`) that say when the article was last changed.
_UPDATE_KEYS: Final = ("updated", "modified")


def _published(article: Article, *, day: bool) -> str | None:
    """When the article was published: the moment where a time is known, else the date
    (only to the day where ``day``); never a time nobody gave."""
    if article.published_at is not None:
        return moment_text(article.published_at)
    value = article.published
    if value is None or (day and value.day is None):
        return None
    return str(value)


def _updated(article: Article) -> str | None:
    """When the article was last changed, as the reader keeps it in ``meta``: an ISO date
    or moment (``2031-04-09``, ``2031-04-09T16:05:00-04:00``); None for any other text."""
    for key in _UPDATE_KEYS:
        value = article.meta_get(key)
        if value is not None and (_a_day(value) or _a_moment(value)):
            return value
    return None


def _a_day(text: str) -> bool:
    """Whether ``text`` is a date to the day as ``DateValue`` writes one (``2031-04-09``)."""
    try:
        return DateValue.from_iso(text).day is not None
    except ValueError:
        return False


def _a_moment(text: str) -> bool:
    """Whether ``text`` is a moment as ``isoformat()`` writes one."""
    try:
        return moment_from_iso(text) is not None
    except ValueError:
        return False


def _speakers(article: Article) -> set[str]:
    return {q.speaker for q in article.quotes if q.speaker is not None}


def to_ninjs(article: Article, /) -> dict[str, Any]:
    """The article as an IPTC ninjs 3.0 object (News in JSON), ready for ``json.dumps``.

    ``uri`` (the article's URL where known, else a URN of its id or text), ``language``,
    the headline, the body (text/plain, with its character and word counts), the
    bylines (``by``), the dateline's place (``located``), the publication moment
    (``firstCreated``: :attr:`~newsseed.Article.published_at` with its offset where a time
    is known, else the date alone where it is known to the day; never a time nobody
    gave), the last change (``versionCreated``: an ``updated`` header field, else the
    publication), the categories (``subjects``), the
    outlet (``infoSources``), and the entities as ``people``, ``organisations``,
    ``places``, ``events`` and ``objects``, each with ``rel``: ``quoted`` for a person
    quoted in the article, else ``mentioned``.

    >>> import newsseed
    >>> a = newsseed.parse('Ferry returns\\n\\n"We sail at noon," Ana Ruiz said.', id="ferry")
    >>> n = to_ninjs(a)
    >>> n["uri"], n["headlines"][0]["value"], n["people"]
    ('urn:newsseed:ferry', 'Ferry returns', [{'name': 'Ana Ruiz', 'rel': 'quoted'}])
    """
    text = article.text
    out: dict[str, Any] = {
        "uri": article.url or _uri(article),
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": "text",
    }
    if article.language is not None:
        out["language"] = article.language
    if article.title:
        out["headlines"] = [{"role": "main", "value": article.title}]
    if text:
        out["bodies"] = [
            {
                "role": "main",
                "contentType": "text/plain",
                "charCount": len(text),
                "wordCount": len(text.split()),
                "value": text,
            }
        ]
    if article.authors:
        out["by"] = ", ".join(article.authors)
    if article.dateline is not None and article.dateline.place:
        out["located"] = article.dateline.place
    created = _published(article, day=True)
    if created is not None:
        out["firstCreated"] = created
    version = _updated(article) or created
    if version is not None:
        out["versionCreated"] = version
    if article.source:
        out["infoSources"] = [{"name": article.source, "role": "publisher"}]
    if article.id is not None:
        out["altIds"] = [{"role": "newsseed-id", "value": article.id}]
    speakers = _speakers(article)
    for entity in article.entities:
        rel = "quoted" if entity.kind == "PERSON" and entity.name in speakers else "mentioned"
        out.setdefault(_NINJS_LISTS[entity.kind], []).append({"name": entity.name, "rel": rel})
    subjects = out.setdefault("subjects", [])
    subjects.extend({"name": category, "rel": "category"} for category in article.categories)
    if not subjects:
        del out["subjects"]
    return out


def _mention(entity: Entity) -> dict[str, str]:
    return {"@type": _SCHEMA_ORG_TYPES[entity.kind], "name": entity.name}


def to_schema_org(article: Article, /) -> dict[str, Any]:
    """The article as a schema.org ``NewsArticle`` in JSON-LD, ready for ``json.dumps``.

    ``url``, ``inLanguage``, ``headline``, ``articleBody``, ``wordCount``,
    ``datePublished`` (ISO 8601 at the precision known: the moment where a time is known,
    else the date), ``dateModified`` (an ``updated`` header field), ``dateline`` (as
    printed), ``author`` (``Person``), ``publisher`` (``Organization``),
    ``articleSection`` (the categories), ``identifier`` and
    ``mentions``: each entity typed ``Person``, ``Organization``, ``Place``,
    ``Event``, ``Product`` or ``Thing``.

    >>> import newsseed
    >>> a = newsseed.parse("Ferry returns\\n\\nBoats sail to Lisbon again.", id="ferry")
    >>> s = to_schema_org(a)
    >>> s["@type"], s["headline"], s["mentions"]
    ('NewsArticle', 'Ferry returns', [{'@type': 'Place', 'name': 'Lisbon'}])
    """
    text = article.text
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    if article.id is not None:
        out["identifier"] = article.id
    if article.url is not None:
        out["url"] = article.url
    if article.language is not None:
        out["inLanguage"] = article.language
    if article.title:
        out["headline"] = article.title
    if text:
        out["articleBody"] = text
        out["wordCount"] = len(text.split())
    published = _published(article, day=False)
    if published is not None:
        out["datePublished"] = published
    updated = _updated(article)
    if updated is not None:
        out["dateModified"] = updated
    if article.dateline is not None and article.dateline.raw.strip():
        out["dateline"] = article.dateline.raw.strip()
    if article.authors:
        out["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    if article.source:
        out["publisher"] = {"@type": "Organization", "name": article.source}
    if article.categories:
        out["articleSection"] = list(article.categories)
    if article.entities:
        out["mentions"] = [_mention(entity) for entity in article.entities]
    return out
