"""Exports: our JSON Schema for to_dict, IPTC ninjs 3.0 and schema.org NewsArticle.

The ninjs and schema.org checks are field lists of our own, written from the
published ninjs 3.0 schema and the schema.org NewsArticle page: every key we write
must be a property the standard defines, with the type it defines.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsseed
from newsseed import (
    Article,
    CorpusOptions,
    Dateline,
    Entity,
    article_schema,
    iter_articles,
    to_ninjs,
    to_schema_org,
)

OURS = [
    'Ferry returns\n\nLISBON, July 3, 2025 - "We sail at noon," Ana Ruiz said on Monday.',
    "Tram fares rise\n\nBy Jo Bell\n\nFares go up by ten cents, the Lisbon council said.",
    "",
    "\x00 odd \ud800 text",
]

_STRING = {"type": "string"}
# ISO 8601: a date at its precision, or a date and time (schema.org's Date or DateTime).
_DATE_OR_MOMENT = r"^\d{4}(-\d\d(-\d\d(T\d\d:\d\d:\d\d(\.\d{6})?([+-]\d\d:\d\d)?)?)?)?$"
_NAMED = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name"],
    "properties": {"name": _STRING, "rel": _STRING},
}
_VALUED = {
    "type": "object",
    "additionalProperties": False,
    "required": ["value"],
    "properties": {
        "role": _STRING,
        "contentType": _STRING,
        "value": _STRING,
        "charCount": {"type": "integer"},
        "wordCount": {"type": "integer"},
    },
}
NINJS_3_PROPERTIES = {
    "uri",
    "type",
    "representationType",
    "profile",
    "version",
    "firstCreated",
    "versionCreated",
    "contentCreated",
    "embargoed",
    "pubStatus",
    "urgency",
    "copyrightHolder",
    "copyrightNotice",
    "usageTerms",
    "edNote",
    "language",
    "descriptions",
    "bodies",
    "headlines",
    "people",
    "organisations",
    "places",
    "subjects",
    "events",
    "eventDetails",
    "plannedCoverage",
    "objects",
    "infoSources",
    "title",
    "by",
    "slugline",
    "located",
    "renditions",
    "associations",
    "altIds",
    "trustIndicators",
    "standard",
    "genres",
    "expires",
    "rightsInfo",
}
NINJS_SUBSET = {
    "type": "object",
    "required": ["uri"],
    "propertyNames": {"enum": sorted(NINJS_3_PROPERTIES)},
    "properties": {
        "uri": _STRING,
        "type": {
            "enum": [
                "text",
                "audio",
                "video",
                "picture",
                "graphic",
                "composite",
                "component",
                "event",
                "planning",
            ]
        },
        "standard": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"name": _STRING, "version": _STRING, "schema": _STRING},
        },
        "headlines": {"type": "array", "items": _VALUED},
        "bodies": {"type": "array", "items": _VALUED},
        "by": _STRING,
        "located": _STRING,
        "firstCreated": _STRING,
        "versionCreated": _STRING,
        "infoSources": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"name": _STRING, "role": _STRING},
            },
        },
        "altIds": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "properties": {"role": _STRING, "value": _STRING},
            },
        },
        **{
            key: {"type": "array", "items": _NAMED}
            for key in ("people", "organisations", "places", "subjects", "events", "objects")
        },
    },
}
_THING = {
    "type": "object",
    "required": ["@type", "name"],
    "additionalProperties": False,
    "properties": {
        "@type": {"enum": ["Person", "Organization", "Place", "Event", "Product", "Thing"]},
        "name": _STRING,
    },
}
SCHEMA_ORG_NEWS_ARTICLE = {
    "type": "object",
    "required": ["@context", "@type"],
    "additionalProperties": False,
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "NewsArticle"},
        "identifier": _STRING,
        "headline": _STRING,
        "articleBody": _STRING,
        "wordCount": {"type": "integer", "minimum": 0},
        "datePublished": {"type": "string", "pattern": _DATE_OR_MOMENT},
        "dateModified": {"type": "string", "pattern": _DATE_OR_MOMENT},
        "dateline": _STRING,
        "author": {"type": "array", "items": _THING},
        "publisher": _THING,
        "articleSection": {"type": "array", "items": _STRING},
        "mentions": {"type": "array", "items": _THING},
    },
}


def check(article: Article) -> None:
    """Every export of ``article`` is valid, and survives JSON."""
    jsonschema.Draft202012Validator(article_schema()).validate(article.to_dict())
    ninjs = to_ninjs(article)
    jsonschema.Draft202012Validator(NINJS_SUBSET).validate(ninjs)
    assert urlsplit(ninjs["uri"]).scheme  # format: uri
    for key in ("firstCreated", "versionCreated"):
        # A moment where a time is known (its offset too, where known), else the day alone:
        # never a midnight nobody gave.
        if key in ninjs:
            assert re.fullmatch(_DATE_OR_MOMENT, ninjs[key])
            assert len(ninjs[key]) >= 10
    if article.published_at is not None:
        assert ninjs["firstCreated"] == article.published_at.isoformat()
        assert datetime.fromisoformat(ninjs["firstCreated"]) == article.published_at
    schema_org = to_schema_org(article)
    jsonschema.Draft202012Validator(SCHEMA_ORG_NEWS_ARTICLE).validate(schema_org)
    for value in (article.to_dict(), ninjs, schema_org):
        assert json.loads(json.dumps(value)) == value


def test_our_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(article_schema())
    jsonschema.Draft202012Validator.check_schema(NINJS_SUBSET)


@pytest.mark.parametrize("text", OURS)
def test_exports_of_our_articles(text: str) -> None:
    check(newsseed.parse(text, id="ours"))
    check(newsseed.parse(text))


def test_ninjs_fields() -> None:
    article = newsseed.parse(OURS[0], id="ferry one")
    ninjs = to_ninjs(article)
    assert ninjs["uri"] == "urn:newsseed:ferry%20one"
    assert ninjs["standard"]["version"] == "3.0"
    assert ninjs["bodies"][0]["value"] == article.text
    assert ninjs["located"] == "LISBON"
    assert ninjs["firstCreated"] == ninjs["versionCreated"] == "2025-07-03"  # no time given
    assert {"name": "Ana Ruiz", "rel": "quoted"} in ninjs["people"]
    anonymous = to_ninjs(newsseed.parse(OURS[1]))
    assert re.fullmatch(r"urn:newsseed:sha256:[0-9a-f]{32}", anonymous["uri"])


def test_schema_org_fields() -> None:
    schema_org = to_schema_org(newsseed.parse(OURS[1], id="tram"))
    assert schema_org["author"] == [{"@type": "Person", "name": "Jo Bell"}]
    assert schema_org["headline"] == "Tram fares rise"


def test_the_moment_of_publication_is_exported_with_its_offset() -> None:
    article = newsseed.parse(
        "Ferry returns\n\nPublished: 4:05 PM EDT, Mon June 2, 2025\n"
        "Updated: June 3, 2025 9:10 AM EDT\n\nBoats sail again."
    )
    check(article)
    assert article.published_at == datetime.fromisoformat("2025-06-02T16:05:00-04:00")
    ninjs, schema_org = to_ninjs(article), to_schema_org(article)
    assert ninjs["firstCreated"] == schema_org["datePublished"] == "2025-06-02T16:05:00-04:00"
    assert ninjs["versionCreated"] == schema_org["dateModified"] == "2025-06-03T09:10:00-04:00"
    # A date alone is written alone; an update field that is not a date is not exported.
    dated = Article(published=newsseed.DateValue(2025, 6), meta={"updated": "soon"})
    assert "firstCreated" not in to_ninjs(dated)  # ninjs wants the day
    assert to_schema_org(dated)["datePublished"] == "2025-06"
    assert "dateModified" not in to_schema_org(dated)


def test_the_schema_rejects_what_to_dict_never_writes() -> None:
    d = newsseed.parse(OURS[0]).to_dict()
    validator = jsonschema.Draft202012Validator(article_schema())
    for broken in (
        {**d, "extra": 1},
        {**d, "quotes": [{"text": "x"}]},
        {**d, "title": 3},
        {**d, "published_at": "2025-06-02"},
        {**d, "published_at": "2025-06-02T16:05"},
    ):
        assert not validator.is_valid(broken)


def test_the_schema_ships_in_the_package() -> None:
    assert article_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def _corpus_articles(shared: Path) -> Iterator[Article]:
    corpora = shared / "corpora"
    yield from itertools.islice(iter_articles(corpora / "bbc-business-sport.tar.gz"), 300)
    yield from itertools.islice(iter_articles(corpora / "polnear-train-dev.tar.gz"), 300)
    reuters = CorpusOptions(text_field="body", id_field="newid", date_field="date_raw")
    yield from itertools.islice(
        iter_articles(corpora / "reuters21578-train.jsonl.gz", options=reuters), 300
    )


def test_exports_of_the_seeds_and_corpora(shared: Path) -> None:
    seeds = sorted((shared / "seeds").iterdir())
    count = 0
    for article in itertools.chain(
        (newsseed.parse_file(p) for p in seeds), _corpus_articles(shared)
    ):
        check(article)
        count += 1
    assert count == len(seeds) + 900


def _round_trip(article: Article) -> Any:
    return Article.from_dict(json.loads(json.dumps(article.to_dict())))


def test_corpus_records_round_trip(shared: Path) -> None:
    for article in itertools.islice(_corpus_articles(shared), 0, None, 30):
        assert _round_trip(article) == article


# --- any str: the exporters never raise, and their output is JSON --------------------------

# Every code point, lone surrogates included: ids come from file names (a byte that is not
# UTF-8 is a surrogate there) and from JSON records ("\udc80" is valid JSON).
_ANY = st.text(st.characters(exclude_categories=()), max_size=20)
_SOME = st.lists(_ANY, max_size=3)
_BODY = st.lists(_ANY.filter(bool), max_size=3)


@st.composite
def _any_articles(draw: st.DrawFn) -> Article:
    place = draw(st.none() | _ANY)
    return Article(
        id=draw(st.none() | _ANY),
        title=draw(st.none() | _ANY),
        source=draw(st.none() | _ANY),
        meta={"url": draw(_ANY), "tagline": draw(_ANY), "updated": draw(_ANY)},
        dateline=None if place is None else Dateline(place=place, raw=draw(_ANY)),
        categories=draw(_SOME),
        authors=draw(_SOME),
        paragraphs=draw(_BODY),
        related=draw(_SOME),
        entities=[Entity(name, "PERSON") for name in draw(_SOME)],
    )


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_any_articles())
def test_the_exporters_never_raise_on_any_str(article: Article) -> None:
    for export in (to_ninjs(article), to_schema_org(article), article.to_dict()):
        json.loads(json.dumps(export))  # ASCII JSON: a lone surrogate as its escape
        # UTF-8 JSON, as the command line writes it: a lone surrogate as its escape too.
        text = json.dumps(export, ensure_ascii=False).encode("utf-8", "backslashreplace")
        assert json.loads(text.decode("utf-8")) == json.loads(json.dumps(export))
    assert to_ninjs(article)["uri"].isascii()


@settings(max_examples=300)
@given(_ANY, _ANY)
def test_distinct_ids_give_distinct_ninjs_uris(first: str, second: str) -> None:
    uri = to_ninjs(Article(id=first))["uri"]
    assert uri.isascii()
    assert (uri == to_ninjs(Article(id=second))["uri"]) == (first == second)


def test_a_surrogate_in_an_id_is_the_bytes_of_its_code_point() -> None:
    # A byte that is not UTF-8 in a file name (\xff: "\udcff") is not taken for another id
    # whose UTF-8 bytes are those ("\udcc3\udcbf" is not "ÿ").
    uris = {to_ninjs(Article(id=i))["uri"] for i in ("\udcc3\udcbf", "\xff", "\udcff")}
    assert uris == {
        "urn:newsseed:%ED%B3%83%ED%B2%BF",
        "urn:newsseed:%C3%BF",
        "urn:newsseed:%ED%B3%BF",
    }
    assert to_schema_org(Article(id="\udcff"))["identifier"] == "\udcff"
