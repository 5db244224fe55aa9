"""IPTC ninjs (News in JSON) records made flat: the nested headline, body, bylines,
subjects and descriptions of ninjs 1.x, 2.x and 3.x read into the keys the default
:class:`~newsseed.CorpusOptions` names (``text``, ``title``, ``date``, ``authors``...),
every other key of the record kept as it is (so it lands in ``meta``).

ninjs 1.x writes ``headline``, ``body_text``, ``byline``, ``subject``,
``description_text`` and ``firstcreated``; 2.x lists ``headlines``, ``bodies`` and
``descriptions`` (each item a ``role``, a ``contenttype`` and a ``value``); 3.x spells
the same keys in camel case (``contentType``, ``firstCreated``) and writes ``by``. Keys
are matched whatever their case.
"""

from __future__ import annotations

from typing import Any, Final

__all__ = ("flat_ninjs",)

#: A flat key and the ninjs keys that may give it, in the order they are tried (lower
#: case); a list of objects gives the value of its first fitting item.
_KEYS: Final = {
    "text": ("bodies", "body_text", "body_html"),
    "title": ("headlines", "headline"),
    "date": ("firstcreated", "contentcreated", "versioncreated"),
    "updated": ("versioncreated",),
    "authors": ("by", "byline", "bylines"),
    "id": ("uri", "guid"),
    "source": ("infosources",),
    "language": ("language",),
    "categories": ("subjects", "subject"),
    "tags": ("keywords",),
    "description": ("descriptions", "description_text", "description_html"),
}

#: The content types a body or description is read from, the plain one first: an HTML
#: body is taken only where there is no plain one (and is then read as HTML is).
_PLAIN: Final = ("text/plain", "", "text/html")


def _lower(item: dict[str, Any]) -> dict[str, Any]:
    return {str(key).lower(): value for key, value in item.items()}


def _value(value: Any) -> tuple[Any, list[Any]]:
    """A ninjs value as a flat one, and the items of it not taken: a list of ``{"role",
    "contenttype", "value"}`` objects gives the value of its main plain-text item (else
    the first) and the other items, a list of ``{"name"}`` objects the names, a list of
    ``{"byline"}`` objects the bylines; anything else is taken as it is."""
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        return value, []
    items = [_lower(item) for item in value]
    if all("value" in item for item in items):
        best = min(
            range(len(items)),
            key=lambda i: (
                _rank(str(items[i].get("contenttype", "")).lower()),
                items[i].get("role", "main") != "main",
                i,
            ),
        )
        return items[best]["value"], [item for i, item in enumerate(value) if i != best]
    for name in ("name", "byline"):
        if all(name in item for item in items):
            return [item[name] for item in items], []
    return value, []


def _rank(content_type: str) -> int:
    return _PLAIN.index(content_type) if content_type in _PLAIN else len(_PLAIN)


def flat_ninjs(record: dict[str, Any]) -> dict[str, Any]:
    """``record`` (a ninjs object) as a flat record: the keys of :data:`_KEYS` filled from
    the first ninjs key present, the ``uri`` also the ``url`` where it is a web address,
    the rest of the record's keys kept as they are.

    >>> flat = flat_ninjs({
    ...     "uri": "https://example.org/f", "headlines": [{"role": "main", "value": "Ferry"}],
    ...     "bodies": [{"contentType": "text/html", "value": "<p>Boats.</p>"},
    ...                {"contentType": "text/plain", "value": "Boats."}],
    ...     "by": "Ana Lima", "firstCreated": "2031-04-09", "type": "text"})
    >>> flat["text"], flat["title"], flat["date"], flat["url"], flat["type"]
    ('Boats.', 'Ferry', '2031-04-09', 'https://example.org/f', 'text')
    """
    by_lower = {str(key).lower(): key for key in record}
    flat: dict[str, Any] = {}
    used: set[str] = set()
    for name, candidates in _KEYS.items():
        for candidate in candidates:
            key = by_lower.get(candidate)
            if key is not None and record[key] not in (None, "", []):
                flat[name], rest = _value(record[key])
                if rest:  # the items not taken (a sub-headline, an HTML body) to meta
                    flat[key] = rest
                used.add(key)
                break
    sources = flat.get("source")
    if isinstance(sources, list) and isinstance(sources[0], str):
        flat["source"] = sources[0]  # infoSources: the first named; all of them in meta
        if len(sources) > 1:
            used.discard(by_lower["infosources"])
    uri = flat.get("id")
    if isinstance(uri, str) and uri.startswith(("http://", "https://")):
        flat["url"] = uri
    own = _own_id(record.get(by_lower.get("altids", "")))
    if own is not None:  # the id to_ninjs wrote; a uri that is no web address to meta
        flat["id"] = own
        if "url" not in flat and "uri" in by_lower:
            used.discard(by_lower["uri"])
    for key, value in record.items():
        if key not in used:
            flat[f"ninjs-{key}" if key in flat else key] = value
    return flat


def _own_id(alt_ids: Any) -> str | None:
    """The id :func:`~newsseed.to_ninjs` keeps among ``altIds``, if any."""
    if isinstance(alt_ids, list):
        for item in alt_ids:
            if isinstance(item, dict) and item.get("role") == "newsseed-id":
                value = item.get("value")
                return value if isinstance(value, str) else None
    return None
