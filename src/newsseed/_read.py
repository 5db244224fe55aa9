"""The lenient reader: text as outlets publish it, in, an :class:`Article`, out.

:func:`parse` is total: any ``str`` gives an article, and whatever the reader
drops or repairs leaves a :class:`Diagnostic`. The layout rules live in
:mod:`newsseed._layouts`; this module runs them in order.
"""

from __future__ import annotations

import bisect
import os
from typing import Any, Final

import attrs

from newsseed._entities import NOT_READ as NAMES_NOT_READ
from newsseed._entities import read_entities
from newsseed._errors import ParseError
from newsseed._kinds import binary_kind, text_kind
from newsseed._language import guess_language
from newsseed._layouts import (
    HEAD_RULES,
    boilerplate,
    frontmatter,
    header,
    headline,
    markdown,
    paragraphs,
)
from newsseed._layouts._common import Draft, Fragment
from newsseed._layouts.dateline import country_code, split_dateline
from newsseed._model import Article, Diagnostic, Entity, Quote, Span, note
from newsseed._quotes import QuoteNote, find_quotes_and_notes
from newsseed._source import Cluster, Line, Source
from newsseed.normalize import DateMention
from newsseed.normalize._find import NOT_READ as DATES_NOT_READ
from newsseed.normalize._find import read_dates
from newsseed.normalize._text import lazy, lazy_regex

__all__ = ("ParseOptions", "decode", "parse", "parse_bytes", "parse_file")


def _locale(_inst: object, _attribute: object, value: object) -> None:
    if value not in ("us", "uk"):
        raise ValueError(f"date_locale must be 'us' or 'uk', not {value!r}")


def _boolean(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be True or False, not {value!r}")


@attrs.frozen
class ParseOptions:
    """What the lenient reader may change. Every repair is on by default.

    >>> keep = ParseOptions(drop_boilerplate=False)
    >>> a = parse("Ferry talks resume\\n\\nBoats sail.\\n\\nAdvertisement", options=keep)
    >>> a.paragraphs
    ('Boats sail.', 'Advertisement')
    """

    drop_boilerplate: bool = attrs.field(default=True, validator=_boolean)
    """Drop advert, share and link lines in the body (link headlines go to ``related``).

    Such lines above the body, among the header lines, are always set aside."""
    join_broken_paragraphs: bool = attrs.field(default=True, validator=_boolean)
    """Join paragraphs broken mid-sentence or mid-word."""
    drop_duplicate_paragraphs: bool = attrs.field(default=True, validator=_boolean)
    """Keep a paragraph printed twice (a repeated lede) once."""
    detect_dateline: bool = attrs.field(default=True, validator=_boolean)
    """Split a wire dateline off the first paragraph into ``Article.dateline``."""
    find_dates: bool = attrs.field(default=True, validator=_boolean)
    """Fill ``Article.dates`` with every date expression in the body (``docs/dates.md``)."""
    date_locale: str = attrs.field(default="us", validator=_locale)
    """How numeric dates in the body are read: ``"us"`` month first, ``"uk"`` day first."""
    find_entities: bool = attrs.field(default=True, validator=_boolean)
    """Fill ``Article.entities`` with who and what the body names (``docs/entities.md``)."""
    find_quotes: bool = attrs.field(default=True, validator=_boolean)
    """Fill ``Article.quotes`` with the body's direct quotes and who said them
    (``docs/quotes.md``)."""
    find_reported: bool = attrs.field(default=False, validator=_boolean)
    """Add the body's reported speech to ``Article.quotes`` (``kind="reported"``: ``Ruiz
    said the bridge would open``), with ``find_quotes`` (``docs/quotes.md``, "Reported
    speech"). Off by default while it costs about a seventh more of a parse."""


_DEFAULT: Final = ParseOptions()


def _read_header_fields(draft: Draft, lines: list[Line], index: int) -> tuple[int, bool]:
    """Read delimited header-field lines from ``index``.

    Returns where the rest starts, and whether the fields were glued to the
    first sentence of the body (which then starts right there).
    """
    while index < len(lines):
        line = lines[index]
        rest = header.read_delimited(draft, line)
        if rest is None:  # the whole line was fields
            index += 1
            continue
        if rest is not line:
            lines[index] = rest
            return index, True
        return index, False
    return index, False


def _read_head(draft: Draft, lines: list[Line]) -> int:
    """Run the head rules from the top; return the index of the first body line."""
    index = 0
    while index < len(lines) and lines[index].blank:
        index += 1
    if index < len(lines):
        index += frontmatter.read_front_matter(draft, lines, index)
    if draft.per_line is None:
        draft.per_line = paragraphs.one_per_line(lines[index:])
    while index < len(lines) and (
        lines[index].blank or boilerplate.classify(draft, lines[index], at_end=False)
    ):
        index += 1
    index, glued = _read_header_fields(draft, lines, index)
    while index < len(lines) and not glued:
        if lines[index].blank:
            index += 1
            continue
        for _name, rule in HEAD_RULES:
            taken = rule(draft, lines, index)
            if taken:
                index += taken
                break
        else:
            break
    markdown.settle_headings(draft)
    return index


def _body_lines(draft: Draft, lines: list[Line], options: ParseOptions) -> list[Line | None]:
    """The body's lines, page furniture dropped (as None) and heading marks removed."""
    # Where the story ends: after it, only blank lines, furniture and sign-offs.
    last = len(lines) - 1
    while last >= 0 and (
        lines[last].blank
        or boilerplate.is_furniture(lines[last].text)
        or boilerplate.is_signoff(lines[last].text)
    ):
        last -= 1
    out: list[Line | None] = []
    for position, line in enumerate(lines):
        if line.blank:
            out.append(line)
            continue
        if options.drop_boilerplate and boilerplate.classify(draft, line, at_end=position > last):
            out.append(None)
            continue
        text = markdown.heading_text(line)
        out.append(line if text is None else line._replace(text=text))
    return out


def _read_body(draft: Draft, lines: list[Line], options: ParseOptions) -> list[Fragment]:
    fragments = [
        fragment
        for block in paragraphs.blocks(_body_lines(draft, lines, options))
        for fragment in paragraphs.paragraphs_of(block, per_line=bool(draft.per_line))
    ]
    if (
        fragments
        and draft.title is not None
        and fragments[0].text.casefold() == draft.title.casefold()
    ):
        first = fragments.pop(0)
        draft.note(
            "duplicate-title",
            "dropped the title printed again as the first paragraph",
            first.start,
            first.end,
        )
    if fragments and options.detect_dateline:
        rest = headline.split_date_line(draft, fragments[0])
        if rest is not None:
            fragments[0] = rest
    if fragments and options.detect_dateline and draft.dateline is None:
        found = split_dateline(
            fragments[0], draft.published if draft.published and draft.published.day else None
        )
        if found is not None:
            draft.dateline, fragments[0], at = found
            if not fragments[0].text:
                fragments.pop(0)
            if draft.published is None and draft.dateline.date is not None:
                draft.published = draft.dateline.date
            if draft.published_at is None and draft.published == draft.dateline.date:
                draft.published_at = at
    if options.join_broken_paragraphs:
        fragments = paragraphs.join_broken(draft, fragments)
    if options.drop_duplicate_paragraphs:
        fragments = paragraphs.dedupe(draft, fragments)
    return fragments


def _note_findings(draft: Draft, body: list[Fragment], notes: list[QuoteNote]) -> None:
    """Record the finders' notes; each points at its paragraph in the input, once for
    each code (a paragraph of a hundred unclosed quotes is noted once, with the count)."""
    starts = []
    at = 0
    for fragment in body:
        starts.append(at)
        at += len(fragment.text) + len("\n\n")
    counts: dict[tuple[int, str], tuple[str, int]] = {}
    for found in notes:
        where = (bisect.bisect_right(starts, found.span.start) - 1, found.code)
        message, count = counts.get(where, (found.message, 0))
        counts[where] = (message, count + 1)
    for (index, code), (message, count) in counts.items():
        fragment = body[index]
        times = f" ({count} times in this paragraph)" if count > 1 else ""
        draft.note(code, message + times, fragment.start, fragment.end)


def _sort_key(diagnostic: Diagnostic) -> int:
    return -1 if diagnostic.span is None else diagnostic.span.start


def _parse(
    text: str, id: str | None, options: ParseOptions, *, per_line: bool | None = None
) -> Article:
    """Read prose; ``per_line``: whether it holds one paragraph a line (as an extractor's
    text does), None to tell by its lines."""
    source = Source(text)
    draft = Draft(source)
    lines = list(source.lines)
    draft.per_line = per_line  # None: told by the lines, after a front-matter block
    start = _read_head(draft, lines)
    fragments = _read_body(draft, lines[start:], options)
    country = None if draft.dateline is None else country_code(draft.dateline.country)
    draft.publication_moment(locale=options.date_locale, country=country)
    kept = [fragment for fragment in fragments if fragment.text]
    body = [fragment.text for fragment in kept]
    text = "\n\n".join(body)
    language = draft.language or _other_language(text)
    if language is not None and not english(language):
        start, end = (kept[0].start, kept[-1].end) if kept else (0, 0)
        draft.note("language-not-supported", _OTHER_LANGUAGE.format(language), start, end)
        options = attrs.evolve(options, find_dates=False, find_entities=False, find_quotes=False)
    dates: tuple[DateMention, ...] = ()
    notes: list[QuoteNote] = []  # where a finder stopped reading, and unclosed quotes
    if options.find_dates:
        anchor = draft.published if draft.published and draft.published.day else None
        dates, cut = read_dates(text, anchor=anchor, locale=options.date_locale)
        if cut is not None:
            notes.append(QuoteNote("dates-not-read", DATES_NOT_READ, Span(cut, len(text))))
    entities: tuple[Entity, ...] = ()
    if options.find_entities or options.find_quotes:
        entities, cut = read_entities(text)
        if cut is not None:
            notes.append(QuoteNote("names-not-read", NAMES_NOT_READ, Span(cut, len(text))))
    quotes: tuple[Quote, ...] = ()
    if options.find_quotes:
        quotes, quote_notes = find_quotes_and_notes(
            text, entities=entities, reported=options.find_reported
        )
        notes += quote_notes
    _note_findings(draft, kept, notes)
    if not options.find_entities:
        entities = ()
    diagnostics = sorted([*source.diagnostics, *draft.finish()], key=_sort_key)
    return Article(
        id=id,
        title=draft.title,
        source=draft.outlet,
        published=draft.published,
        published_at=draft.published_at,
        url=draft.url,
        language=language,
        dateline=draft.dateline,
        categories=draft.categories,
        authors=draft.authors,
        paragraphs=body,
        related=draft.related,
        meta=draft.meta,
        dates=dates,
        quotes=quotes,
        entities=entities,
        diagnostics=diagnostics,
    )


_OTHER_LANGUAGE: Final = (
    "the text is in another language than English ({}), which newsseed's finders do not "
    "read: no dates, entities or quotes were looked for"
)


def english(language: str) -> bool:
    """Whether a BCP 47 tag names English (``en``, ``en-GB``)."""
    return language.lower().split("-", 1)[0] == "en"


def _other_language(text: str) -> str | None:
    """The language of ``text`` where it is found and is not English (English needs no
    saying: None)."""
    found = guess_language(text)
    return None if found is None or found == "en" else found


def parse(text: str, /, *, id: str | None = None, options: ParseOptions | None = None) -> Article:
    """Read a news article as an outlet published it. Never raises on a ``str``.

    The layout is found line by line: header fields, Markdown-ish headings,
    a headline on the first line, bylines and date lines, wire datelines,
    page furniture, broken and repeated paragraphs (see ``docs/layouts.md``).

    >>> a = parse("## Harbour Gazette\\n\\n## Ferry strike ends\\n\\nMarch 15, 2025\\n\\n"
    ...           "PORTO (Reuters) - Ferries sailed again on Friday.\\n\\nAdvertisement")
    >>> a.source, a.title, str(a.published), a.dateline.place
    ('Harbour Gazette', 'Ferry strike ends', '2025-03-15', 'PORTO')
    >>> a.paragraphs
    ('Ferries sailed again on Friday.',)
    >>> [d.code for d in a.diagnostics]
    ['boilerplate']
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse() takes a str, not {type(text).__name__}; use parse_bytes() for bytes"
        )
    try:
        kind = text_kind(text)
        if kind != "prose":
            return _not_prose(text, id, options or _DEFAULT, kind)
        return _parse(text, id, options or _DEFAULT)
    except Exception as exc:  # pragma: no cover - the guarantee of totality, tested by fuzzing
        blocks = [block.strip() for block in text.replace("\r", "\n").split("\n\n")]
        return Article(
            id=id,
            paragraphs=[block for block in blocks if block],
            diagnostics=[
                Diagnostic("internal-error", f"the reader failed ({exc!r}); kept the text as is")
            ],
        )


#: What each input that is not prose gets: its diagnostic's code and message.
_NOT_PROSE: Final = {
    "empty": ("empty", "the input holds no text"),
    "html": (
        "html",
        "the input is an HTML page: its text was not read (install the newsseed[html] extra "
        "to read HTML pages through trafilatura, or take the text out with an extractor "
        "yourself; see docs/pipelines.md)",
    ),
}


def _not_prose(text: str, id: str | None, options: ParseOptions, kind: str) -> Article:
    """An input that is not prose: a seed document read by :func:`~newsseed.loads` (its
    own id kept, else ``id``; one that is not canonical is read as prose, with an
    ``invalid-seed`` diagnostic at the error), or an article holding only a diagnostic
    that keeps the input (``empty``, ``html``)."""
    if kind == "seed":
        from newsseed._load import loads  # noqa: PLC0415 (the canonical reader, on first use)

        try:
            article = loads(text)
        except ParseError as error:
            read = _parse(text, id, options)
            where = Span(error.pos, error.pos)
            found = note("invalid-seed", f"not a valid seed document: {error}", where, "")
            return attrs.evolve(read, diagnostics=(found, *read.diagnostics))
        return article if id is None or article.id is not None else attrs.evolve(article, id=id)
    if kind == "html":
        from newsseed._html import html_article, html_available  # noqa: PLC0415

        if html_available():
            return html_article(
                text, id, lambda prose, at: _parse(prose, at, options, per_line=True)
            )
    code, message = _NOT_PROSE[kind]
    return Article(id=id, diagnostics=(note(code, message, Span(0, len(text)), text),))


_FALLBACK_RUN: Final = lazy_regex(r"[\udc80-\udcff]+")
#: The bytes a decoded-fallback message shows of a run, at most.
_SHOWN_BYTES: Final = 16


# Latin-1 characters to the Windows-1252 characters of their bytes (the five bytes it
# leaves undefined stay Latin-1).
_CP1252: Final = lazy(
    lambda: {
        byte: bytes([byte]).decode("cp1252")
        for byte in range(0x80, 0xA0)
        if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    }
)


def decode(data: bytes) -> tuple[str, list[Diagnostic]]:
    """Decode article bytes: UTF-8 (or UTF-16 with its BOM); stray bytes as Windows-1252.

    Each run of bytes that is not UTF-8 is read as Windows-1252 (Latin-1 for the
    five bytes it leaves undefined), and leaves a ``decoded-fallback`` diagnostic (runs
    within 16 characters of each other leave one, which covers them all).

    >>> decode("café".encode("utf-8"))[0], decode("café".encode("latin-1"))[0]
    ('café', 'café')
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    text = data.decode("utf-8", "surrogateescape")
    if not _FALLBACK_RUN().search(text):
        return text, []
    pieces: list[str] = []
    last = 0
    runs = Cluster()
    first_runs: list[bytes] = []  # each group's first run of bytes, for its message
    for match in _FALLBACK_RUN().finditer(text):
        raw = bytes(ord(char) - 0xDC00 for char in match.group())
        pieces += [text[last : match.start()], raw.decode("latin-1").translate(_CP1252())]
        if runs.add(match.start(), match.end()):  # one character for each byte
            first_runs.append(raw)
        last = match.end()
    pieces.append(text[last:])
    decoded = "".join(pieces)
    diagnostics = []
    for (start, end, count), raw in zip(runs.groups(), first_runs, strict=True):
        shown = raw[:_SHOWN_BYTES].hex(" ") + (" ..." if len(raw) > _SHOWN_BYTES else "")
        what = f"bytes {shown}"
        if count > 1:
            what = f"{count} runs of bytes ({shown}, ...)"
        message = f"{what} are not UTF-8; read them as Windows-1252"
        diagnostics.append(note("decoded-fallback", message, Span(start, end), decoded[start:end]))
    return decoded, diagnostics


def parse_bytes(
    data: bytes, /, *, id: str | None = None, options: ParseOptions | None = None
) -> Article:
    """Decode ``data`` with ``decode()`` and :func:`parse` it; never raises on ``bytes``.

    Diagnostic spans index into the decoded text.

    >>> parse_bytes(b"Caf\\xe9 reopens\\n\\nIt serves coffee again.").title
    'Café reopens'
    """
    data = bytes(data)
    if binary_kind(data):
        message = "the input is binary data, not text: it was not read"
        text = decode(data)[0]
        return Article(id=id, diagnostics=(note("not-text", message, Span(0, len(text)), text),))
    text, notes = decode(data)
    article = parse(text, id=id, options=options)
    if not notes:
        return article
    return attrs.evolve(article, diagnostics=sorted([*notes, *article.diagnostics], key=_sort_key))


def parse_file(path: str | os.PathLike[str], /, *, options: ParseOptions | None = None) -> Article:
    """Read the file at ``path`` and parse it; the article's id is the file name's stem.

    Raises ``OSError`` when the file cannot be read.
    """
    from pathlib import Path  # noqa: PLC0415 (imported on first use, not with newsseed)

    file = Path(path)
    return parse_bytes(file.read_bytes(), id=file.stem, options=options)
