"""The records newsseed produces: frozen, slotted, hashable, picklable attrs classes.

Collections are tuples; every extracted item keeps its evidence as a :class:`Span`
into :attr:`Article.text`. ``to_dict()`` gives a JSON-ready dict and
``from_dict()`` takes it back, losslessly.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, Literal, TypeVar, get_args

import attrs

from newsseed.normalize._text import lazy_regex
from newsseed.normalize._values import DateMention, DateValue, Span, from_isoformat

__all__ = (
    "ENTITY_KINDS",
    "Article",
    "DateMention",
    "DateValue",
    "Dateline",
    "Diagnostic",
    "Entity",
    "EntityKind",
    "Quote",
    "Span",
)

#: The most characters of the input a diagnostic made by the readers keeps in its
#: ``text`` (see :func:`note`); its ``span`` still covers the whole.
EXCERPT_LIMIT: Final = 1000

EntityKind = Literal["PERSON", "ORG", "PLACE", "NORP", "PRODUCT", "EVENT"]
ENTITY_KINDS: Final[tuple[str, ...]] = get_args(EntityKind)
#: The kinds of :class:`Quote`: words in quotation marks, or speech reported without them.
QuoteKind = Literal["direct", "reported"]
QUOTE_KINDS: Final[tuple[str, ...]] = get_args(QuoteKind)

#: What a key of :attr:`Article.meta` looks like (lower case, so the canonical
#: format can tell it from prose).
META_KEY: Final = lazy_regex(r"[a-z0-9][a-z0-9_-]{0,63}")

PARAGRAPH_SEPARATOR: Final = "\n\n"

_T = TypeVar("_T")


def _opt_str(value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"expected str or None, not {type(value).__name__}")
    return value


def _collection(value: object) -> None:
    """Refuse what iterates but is not a collection of items: a string (its characters),
    bytes, a mapping (its keys)."""
    if type(value) is tuple or type(value) is list:
        return  # the common case, told before the slower check against Mapping
    if isinstance(value, (str, bytes, bytearray, Mapping)):
        raise TypeError(f"expected a list or tuple, not {type(value).__name__}")


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    _collection(value)
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"expected a sequence of str, found {type(item).__name__}")
    return items


def _of(kind: type[_T], value: Iterable[_T]) -> tuple[_T, ...]:
    _collection(value)
    items = tuple(value)
    for item in items:
        if not isinstance(item, kind):
            raise TypeError(f"expected a sequence of {kind.__name__}, found {type(item).__name__}")
    return items


def _is(kind: type[Any], *, optional: bool = False) -> Callable[[Any, Any, Any], None]:
    """A validator: the value is a ``kind`` (or None, where ``optional``)."""

    def check(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) and not (optional and value is None):
            what = f"{kind.__name__} or None" if optional else kind.__name__
            raise TypeError(f"{attribute.name} must be {what}, not {type(value).__name__}")

    return check


def _optional(kind: type[Any]) -> Callable[[Any, Any, Any], None]:
    return _is(kind, optional=True)


def _list(value: Any) -> list[Any] | tuple[Any, ...]:
    """A list from JSON (or a tuple); anything else is refused (a string would give its
    characters)."""
    if not isinstance(value, (list, tuple)):
        raise TypeError(f"expected a list, not {type(value).__name__}")
    return value


def _mapping(value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"expected an object (a mapping), not {type(value).__name__}")
    return value


# Named converters, one per record type (mypy's attrs plugin needs named functions).
def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return _of(Span, value)


def _opt_span(data: Any) -> Span | None:
    return None if data is None else Span.from_dict(data)


def _opt_date(data: Any) -> DateValue | None:
    return None if data is None else DateValue.from_iso(data)


def moment_text(value: _dt.datetime) -> str:
    """The ISO 8601 text a moment is written as (in ``to_dict``, the canonical format and
    the exports): ``datetime.isoformat``, its offset where it has one."""
    return value.isoformat()


def moment_from_iso(data: Any) -> _dt.datetime | None:
    """A moment from :func:`moment_text`'s output, or None for None; a ``ValueError`` for
    any other text."""
    if data is None:
        return None
    return from_isoformat(data, _dt.datetime.fromisoformat, "an ISO 8601 date and time")


@attrs.frozen
class Dateline:
    """The wire dateline at the head of a story: ``WASHINGTON (Reuters) -``.

    >>> Dateline(place="Washington DC", date=DateValue(2025, 7, 2),
    ...          raw="Washington DC [US], July 2 :",
    ...          country="US").place
    'Washington DC'
    """

    place: str | None = attrs.field(default=None, converter=_opt_str)
    """The place as printed, without a bracketed country (``Washington DC``)."""
    date: DateValue | None = attrs.field(default=None, validator=_optional(DateValue))
    """The date, where the dateline gives one and its year is known."""
    raw: str = attrs.field(default="", validator=_is(str))
    """The dateline exactly as it stood in the text, separator included."""
    country: str | None = attrs.field(default=None, converter=_opt_str)
    """A bracketed country after the place (``[US]``), without its brackets."""
    agency: str | None = attrs.field(default=None, converter=_opt_str)
    """A news agency in parentheses after the place (``(AFP)``), without them."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "place": self.place,
            "date": None if self.date is None else str(self.date),
            "raw": self.raw,
            "country": self.country,
            "agency": self.agency,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        """Build a dateline from :meth:`to_dict` output."""
        return cls(
            place=data["place"],
            date=_opt_date(data["date"]),
            raw=data["raw"],
            country=data["country"],
            agency=data["agency"],
        )


@attrs.frozen
class Diagnostic:
    """Something the lenient reader noticed, dropped or repaired.

    ``span`` indexes into the string given to :func:`newsseed.parse` (for
    :func:`newsseed.parse_file`, the decoded text); ``text`` keeps what was
    dropped or repaired, so that nothing is lost silently.

    >>> d = Diagnostic("boilerplate", "dropped a boilerplate line", Span(40, 53), "Advertisement")
    >>> d.code, d.text
    ('boilerplate', 'Advertisement')
    """

    code: str = attrs.field(validator=_is(str))
    """A stable, machine-readable code such as ``boilerplate`` or ``joined-paragraphs``."""
    message: str = attrs.field(validator=_is(str))
    """A sentence for people."""
    span: Span | None = attrs.field(default=None, validator=_optional(Span))
    """Where in the input the reader saw it, or None when it concerns no place."""
    text: str = attrs.field(default="", validator=_is(str))
    """The input text concerned (what was dropped, or what was repaired); the readers
    keep at most its first 1,000 characters, the span covering the whole."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "code": self.code,
            "message": self.message,
            "span": None if self.span is None else self.span.to_dict(),
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Diagnostic:
        """Build a diagnostic from :meth:`to_dict` output."""
        return cls(data["code"], data["message"], _opt_span(data["span"]), data["text"])


def _safe(text: str) -> str:
    """``text`` with each surrogate code point as U+FFFD: JSON cannot carry a lone one
    (and reads two in a row as one character), nor can UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)
    return text


def note(code: str, message: str, span: Span | None, text: str) -> Diagnostic:
    """A diagnostic of bounded size: ``text`` cut to its first :data:`EXCERPT_LIMIT`
    characters (the message then says how long the whole is, which ``span`` covers), each
    surrogate code point in it written as U+FFFD.

    >>> d = note("boilerplate", "dropped a boilerplate line", Span(0, 2500), "x" * 2500)
    >>> len(d.text), d.message
    (1000, 'dropped a boilerplate line (the first 1,000 of 2,500 characters are kept here)')
    """
    if len(text) > EXCERPT_LIMIT:
        kept = f"the first {EXCERPT_LIMIT:,} of {len(text):,} characters are kept here"
        message = f"{message} ({kept})"
        text = text[:EXCERPT_LIMIT]
    return Diagnostic(code, message, span, _safe(text))


def _quote_kind(_inst: object, _attr: object, value: str) -> None:
    if value not in QUOTE_KINDS:
        raise ValueError(f"quote kind must be one of {', '.join(QUOTE_KINDS)}, not {value!r}")


@attrs.frozen
class Quote:
    """What someone said and, where the evidence allows, who said it: a direct quote
    (the words in quotation marks) or reported speech (``Ruiz said the bridge would
    open``: the reported clause).

    >>> q = Quote("We hope", Span(1, 8), speaker="Pete Hegseth", cue="said")
    >>> q.partial, q.kind
    (False, 'direct')
    """

    text: str = attrs.field(validator=_is(str))
    """The quoted words, without the enclosing quotation marks."""
    span: Span = attrs.field(validator=_is(Span))
    """Where the quoted words stand in :attr:`Article.text`."""
    speaker: str | None = attrs.field(default=None, validator=_optional(str))
    """The canonical name of the speaker, or None when the evidence is not enough."""
    speaker_span: Span | None = attrs.field(default=None, validator=_optional(Span))
    """The mention of the speaker the attribution rests on."""
    cue: str | None = attrs.field(default=None, validator=_optional(str))
    """The attribution cue (``said``, ``added``, ``according to``...)."""
    partial: bool = attrs.field(default=False, validator=_is(bool))
    """True for a fragment quoted inside a sentence of the writer's own."""
    kind: QuoteKind = attrs.field(default="direct", validator=_quote_kind)
    """``"direct"`` (the words in quotation marks, :attr:`text` without them) or
    ``"reported"`` (speech reported without them: :attr:`text` is the reported clause,
    without ``that``)."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "text": self.text,
            "span": self.span.to_dict(),
            "speaker": self.speaker,
            "speaker_span": None if self.speaker_span is None else self.speaker_span.to_dict(),
            "cue": self.cue,
            "partial": self.partial,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Build a quote from :meth:`to_dict` output."""
        return cls(
            data["text"],
            Span.from_dict(data["span"]),
            speaker=data["speaker"],
            speaker_span=_opt_span(data["speaker_span"]),
            cue=data["cue"],
            partial=data["partial"],
            kind=data.get("kind", "direct"),  # (0.1 dicts have no kind: direct)
        )


def _entity_kind(_inst: object, _attr: object, value: str) -> None:
    if value not in ENTITY_KINDS:
        raise ValueError(f"entity kind must be one of {', '.join(ENTITY_KINDS)}, not {value!r}")


@attrs.frozen
class Entity:
    """A person, organisation, place, group, product or event named in a text.

    >>> e = Entity("Pete Hegseth", "PERSON", (Span(0, 12),), roles=("Defence Secretary",))
    >>> e.kind
    'PERSON'
    """

    name: str = attrs.field(validator=_is(str))
    """The canonical name."""
    kind: EntityKind = attrs.field(validator=_entity_kind)
    """One of ``PERSON``, ``ORG``, ``PLACE``, ``NORP``, ``PRODUCT``, ``EVENT``."""
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    """Every place the entity is mentioned, in text order."""
    roles: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Titles seen with a person (``Defence Secretary``)."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "name": self.name,
            "kind": self.kind,
            "mentions": [m.to_dict() for m in self.mentions],
            "roles": list(self.roles),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        """Build an entity from :meth:`to_dict` output."""
        return cls(
            data["name"],
            data["kind"],
            [Span.from_dict(m) for m in _list(data["mentions"])],
            roles=data["roles"],
        )


def found_entity(
    name: str, kind: EntityKind, mentions: Iterable[tuple[int, int]], roles: tuple[str, ...]
) -> Entity:
    """An :class:`Entity` the entity finder made, built without the checks that a value
    given by a caller needs (its name, kind and roles are strings it chose, its
    mentions offsets in order from its own reading): a text's entities are made by
    the hundred, and the checks cost as much as the rest of their making.

    >>> found = found_entity("Ana Lima", "PERSON", [(0, 8)], ())
    >>> found == Entity("Ana Lima", "PERSON", (Span(0, 8),)), hash(found) == hash(found)
    (True, True)
    """
    new, set_start, set_end = object.__new__, _SPAN_START.__set__, _SPAN_END.__set__
    spans = []
    for start, end in mentions:
        span = new(Span)
        set_start(span, start)
        set_end(span, end)
        spans.append(span)
    entity = new(Entity)
    _ENTITY_NAME.__set__(entity, name)
    _ENTITY_KIND.__set__(entity, kind)
    _ENTITY_MENTIONS.__set__(entity, tuple(spans))
    _ENTITY_ROLES.__set__(entity, roles)
    return entity


# The slots of a span and an entity, set as attrs' own __init__ sets them (past the
# frozen __setattr__), and faster than object.__setattr__, which looks each name up.
_SPAN_START: Final[Any] = Span.__dict__["start"]
_SPAN_END: Final[Any] = Span.__dict__["end"]
_ENTITY_NAME: Final[Any] = Entity.__dict__["name"]
_ENTITY_KIND: Final[Any] = Entity.__dict__["kind"]
_ENTITY_MENTIONS: Final[Any] = Entity.__dict__["mentions"]
_ENTITY_ROLES: Final[Any] = Entity.__dict__["roles"]


def _paragraphs(value: Iterable[str]) -> tuple[str, ...]:
    items = _strs(value)
    for index, item in enumerate(items):
        if not item:
            raise ValueError(f"paragraph {index} is empty; an article's paragraphs hold text")
    return items


def _meta(value: Iterable[tuple[str, str]] | Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    if isinstance(value, (str, bytes, bytearray)):
        raise TypeError(f"meta must be a mapping or pairs of str, not {type(value).__name__}")
    pairs = tuple(value.items()) if isinstance(value, Mapping) else tuple(value)
    seen: set[str] = set()
    out = []
    for pair in pairs:
        key, val = pair
        if not isinstance(key, str) or META_KEY().fullmatch(key) is None:
            raise ValueError(
                f"meta key {key!r} must be 1 to 64 of a-z, 0-9, '_' and '-', "
                "starting with a letter or digit"
            )
        if not isinstance(val, str):
            raise TypeError(f"meta value for {key!r} must be str, not {type(val).__name__}")
        if key in seen:
            raise ValueError(f"meta key {key!r} is repeated")
        seen.add(key)
        out.append((key, val))
    return tuple(out)


def _quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return _of(Quote, value)


def _entities(value: Iterable[Entity]) -> tuple[Entity, ...]:
    return _of(Entity, value)


def _mentions(value: Iterable[DateMention]) -> tuple[DateMention, ...]:
    return _of(DateMention, value)


def _diagnostics(value: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return _of(Diagnostic, value)


#: A language tag as BCP 47 spells the common ones: a language, then subtags (``en``,
#: ``en-GB``, ``pt-BR``, ``zh-Hant-TW``, ``de-CH-1996``).
LANGUAGE_TAG: Final = lazy_regex(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,6}")


def _language(value: object) -> str | None:
    """A BCP 47 language tag, or None; anything else is refused."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected a BCP 47 language tag or None, not {type(value).__name__}")
    if LANGUAGE_TAG().fullmatch(value) is None:
        raise ValueError(f"expected a BCP 47 language tag such as 'en' or 'en-GB', not {value!r}")
    return value


def _same(value: Any) -> Any:
    return value


def _opt_dateline(data: Any) -> Dateline | None:
    return None if data is None else Dateline.from_dict(_mapping(data))


#: Each key of an article dict and how its value is read (the constructor checks types).
_ARTICLE_FIELDS: Final[tuple[tuple[str, Callable[[Any], Any]], ...]] = (
    ("id", _same),
    ("title", _same),
    ("source", _same),
    ("published", _opt_date),
    ("published_at", moment_from_iso),
    ("url", _same),
    ("language", _same),
    ("dateline", _opt_dateline),
    ("categories", _same),
    ("authors", _same),
    ("paragraphs", _same),
    ("related", _same),
    ("meta", _mapping),
    ("quotes", lambda items: [Quote.from_dict(_mapping(q)) for q in _list(items)]),
    ("entities", lambda items: [Entity.from_dict(_mapping(e)) for e in _list(items)]),
    ("dates", lambda items: [DateMention.from_dict(_mapping(d)) for d in _list(items)]),
    ("diagnostics", lambda items: [Diagnostic.from_dict(_mapping(d)) for d in _list(items)]),
)
_ARTICLE_KEYS: Final = frozenset(key for key, _ in _ARTICLE_FIELDS)
#: Keys the dicts of newsseed 0.1 do not have: read as None where absent.
_ADDED_SINCE_0_1: Final = frozenset({"published_at", "url", "language"})


@attrs.frozen(repr=False)
class Article:
    """One news article: its header fields, its body and what was found in it.

    :attr:`text` is the paragraphs joined by one blank line; every span of a
    quote, entity or date mention indexes into it, and construction rejects a
    span that does not fit.

    >>> a = Article(title="Ferry service resumes",
    ...             paragraphs=("Boats sail again.", "Fares are unchanged."))
    >>> a.text
    'Boats sail again.\\n\\nFares are unchanged.'
    >>> Article.from_dict(a.to_dict()) == a
    True
    """

    id: str | None = attrs.field(default=None, converter=_opt_str)
    """An identifier, such as the file name's stem; None where there is none."""
    title: str | None = attrs.field(default=None, converter=_opt_str)
    """The headline."""
    source: str | None = attrs.field(default=None, converter=_opt_str)
    """The outlet that published the article."""
    published: DateValue | None = None
    """The publication date, at the precision the text gives."""
    published_at: _dt.datetime | None = attrs.field(default=None, validator=_optional(_dt.datetime))
    """The moment of publication, where the text gives a time of day: aware (its ``tzinfo``
    a fixed UTC offset) when a zone or offset is written or known, naive otherwise."""
    url: str | None = attrs.field(default=None, converter=_opt_str)
    """Where the article was published on the web, as given."""
    language: str | None = attrs.field(default=None, converter=_language)
    """The language of the text, a BCP 47 tag (``en``, ``en-GB``), where known."""
    dateline: Dateline | None = None
    """The wire dateline at the head of the body."""
    categories: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Sections or categories the outlet filed it under."""
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Bylines, as printed."""
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_paragraphs)
    """The body, one string per paragraph, each non-empty."""
    related: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Headlines of linked stories (``Read also| ...``)."""
    meta: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_meta)
    """Other header fields as ``(key, value)`` pairs, keys unique (``tagline``, ``url``...)."""
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    """Direct quotes in the body."""
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)
    """People, organisations, places and others named in the body."""
    dates: tuple[DateMention, ...] = attrs.field(default=(), converter=_mentions)
    """Date expressions in the body."""
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_diagnostics)
    """What the reader noticed, dropped or repaired."""
    _text: str = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        text = PARAGRAPH_SEPARATOR.join(self.paragraphs)
        object.__setattr__(self, "_text", text)
        size = len(text)
        spans: list[tuple[str, Span | None]] = []
        for i, quote in enumerate(self.quotes):
            spans += [
                (f"quotes[{i}].span", quote.span),
                (f"quotes[{i}].speaker_span", quote.speaker_span),
            ]
        for i, entity in enumerate(self.entities):
            spans += [(f"entities[{i}].mentions[{j}]", m) for j, m in enumerate(entity.mentions)]
        for i, mention in enumerate(self.dates):
            spans.append((f"dates[{i}].span", mention.span))
        for where, span in spans:
            if span is not None and span.end > size:
                raise ValueError(f"{where} ends at {span.end}, past the end of the text ({size})")

    @property
    def text(self) -> str:
        """The body: the paragraphs joined by one blank line."""
        return self._text

    def __repr__(self) -> str:
        """A line that says which article this is, not all it holds (``to_dict`` does).

        >>> a = Article(id="ferry", title="Ferry returns", paragraphs=("Boats sail.",))
        >>> print(repr(a).replace(", 1 paragraph", ",\\n 1 paragraph"))
        Article(id='ferry', title='Ferry returns', published=None,
         1 paragraph, 0 quotes, 0 entities, 0 dates, 0 diagnostics)
        """
        title = self.title
        if title is not None and len(title) > 60:
            title = title[:57] + "..."
        published = None if self.published is None else str(self.published)
        counts = ", ".join(
            f"{len(items)} {one if len(items) == 1 else many}"
            for one, many, items in (
                ("paragraph", "paragraphs", self.paragraphs),
                ("quote", "quotes", self.quotes),
                ("entity", "entities", self.entities),
                ("date", "dates", self.dates),
                ("diagnostic", "diagnostics", self.diagnostics),
            )
        )
        return f"Article(id={self.id!r}, title={title!r}, published={published!r}, {counts})"

    def meta_get(self, key: str, default: str | None = None) -> str | None:
        """Return the value of header field ``key`` in :attr:`meta`, or ``default``."""
        for k, v in self.meta:
            if k == key:
                return v
        return default

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict; :meth:`from_dict` takes it back unchanged."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": None if self.published is None else str(self.published),
            "published_at": None if self.published_at is None else moment_text(self.published_at),
            "url": self.url,
            "language": self.language,
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "categories": list(self.categories),
            "authors": list(self.authors),
            "paragraphs": list(self.paragraphs),
            "related": list(self.related),
            "meta": dict(self.meta),
            "quotes": [q.to_dict() for q in self.quotes],
            "entities": [e.to_dict() for e in self.entities],
            "dates": [d.to_dict() for d in self.dates],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an article from :meth:`to_dict` output.

        Raises ``ValueError`` naming the first field that does not fit, and the keys no
        article has (a dict of newsseed 0.1, without ``published_at``, ``url`` and
        ``language``, is read).

        >>> Article.from_dict({**Article().to_dict(), "quotes": "none"})
        Traceback (most recent call last):
        ...
        ValueError: not an article dict: 'quotes': expected a list, not str
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"not an article dict: a {type(data).__name__}")
        unknown = [key for key in data if key not in _ARTICLE_KEYS]
        if unknown:
            raise ValueError(f"not an article dict: unknown keys {', '.join(map(repr, unknown))}")
        fields: dict[str, Any] = {}
        for key, read in _ARTICLE_FIELDS:
            if key not in data:
                if key in _ADDED_SINCE_0_1:
                    continue
                raise ValueError(f"not an article dict: missing key {key!r}")
            try:
                fields[key] = read(data[key])
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                why = f"missing key {exc.args[0]!r}" if isinstance(exc, KeyError) else exc
                raise ValueError(f"not an article dict: {key!r}: {why}") from None
        try:
            return cls(**fields)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not an article dict: {exc}") from None
