"""The canonical seed format: ``docs/format.md`` is the specification these tests cite."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import newsseed
from newsseed import (
    Article,
    Dateline,
    DateMention,
    DateValue,
    Diagnostic,
    Entity,
    ParseError,
    Quote,
    Span,
)
from newsseed._load import _NAMES, _body_at_once, _body_line_by_line
from newsseed._load_values import _decode_slowly
from newsseed._load_values import decode as _decode
from newsseed._write import escape
from strategies import SPECIAL_CHARS, SYNTAX_FRAGMENTS, articles, texts

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "docs" / "format.md"

#: Characters that must never stand literally in a document (format.md, "Escaping").
FORBIDDEN_LITERAL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


def check_error(err: ParseError, doc: str) -> None:
    """A ParseError points inside its document, at a line and column that agree with pos."""
    assert err.doc == doc
    assert 0 <= err.pos <= len(doc)
    lines = doc[: err.pos].split("\n")
    assert (err.lineno, err.colno) == (len(lines), len(lines[-1]) + 1)
    assert str(err) == f"{err.msg} (at line {err.lineno}, column {err.colno})"
    assert err.msg.startswith("Expected ")


def loads_or_error(doc: str) -> Article | None:
    """``loads(doc)``, or None after checking that the only failure is a good ParseError."""
    try:
        return newsseed.loads(doc)
    except ParseError as err:
        check_error(err, doc)
        return None


# ---------------------------------------------------------------------------
# Round trips (format.md, "Canonical form")


@given(articles())
def test_loads_inverts_dumps(article: Article) -> None:
    assert newsseed.loads(newsseed.dumps(article)) == article


@given(articles())
def test_dumps_of_loads_is_identity_on_dumps_output(article: Article) -> None:
    text = newsseed.dumps(article)
    assert newsseed.dumps(newsseed.loads(text)) == text


@given(articles())
def test_dump_and_load_binary_files(article: Article) -> None:
    buf = io.BytesIO()
    newsseed.dump(article, buf)
    assert buf.getvalue() == newsseed.dumps(article).encode("utf-8")
    buf.seek(0)
    assert newsseed.load(buf) == article


@given(articles())
def test_output_shape(article: Article) -> None:
    """Only LF ends lines, nothing that must be escaped stands literally, the body is last."""
    text = newsseed.dumps(article)
    assert text.startswith(" newsseed 1\n")
    assert text.endswith("\n")
    assert FORBIDDEN_LITERAL.search(text) is None
    text.encode("utf-8")  # lone surrogates are escaped, so the text always encodes
    header, _, body = text.partition("\n\n")
    lines = header.split("\n")
    assert all(line.startswith(" ") and not line.startswith("  ") for line in lines)
    assert all(not line.endswith(" ") for line in lines)
    if article.paragraphs:
        assert body[:-1].split("\n\n") == [escape(p) for p in article.paragraphs]
    else:
        assert body == ""


# ---------------------------------------------------------------------------
# Escaping (format.md, "Escaping")

ESCAPES = [
    ("", ""),
    ("plain words", "plain words"),
    (" ", "\\s"),
    ("  ", "\\s\\s"),
    ("   ", "\\s \\s"),
    (" a b ", "\\sa b\\s"),
    ("\\", "\\\\"),
    ("\\s", "\\\\s"),
    ("a\nb\rc\td", "a\\nb\\rc\\td"),
    ("\x00\x1f\x7f\x85\x9f", "\\u0000\\u001F\\u007F\\u0085\\u009F"),
    ("\xa0 \u2028 \u2029 \ufeff", "\xa0 \\u2028 \\u2029 \\uFEFF"),
    ("\ud800\udfff", "\\uD800\\uDFFF"),
    ("\U0001f4f0 caf\u00e9 \ufffd", "\U0001f4f0 caf\u00e9 \ufffd"),
    ("\t ", "\\t\\s"),
]


@pytest.mark.parametrize(("value", "escaped"), ESCAPES)
def test_escape_table(value: str, escaped: str) -> None:
    assert escape(value) == escaped
    doc = f" newsseed 1\n title {escaped}\n\n" if escaped else " newsseed 1\n title\n\n"
    assert newsseed.loads(doc).title == value
    if value:
        assert newsseed.loads(f" newsseed 1\n\n{escaped}\n").paragraphs == (value,)


@given(texts(max_size=40))
def test_escape_is_one_line_and_reads_back(value: str) -> None:
    escaped = escape(value)
    assert "\n" not in escaped
    assert not escaped.startswith(" ")
    assert not escaped.endswith(" ")
    assert FORBIDDEN_LITERAL.search(escaped) is None
    line = f" id {escaped}\n" if escaped else " id\n"
    assert newsseed.loads(f" newsseed 1\n{line}\n").id == value


@given(st.characters(codec=None, exclude_categories=()))
def test_every_character_has_exactly_one_spelling(char: str) -> None:
    """A character is literal, or has exactly one escape; the other spellings are rejected."""
    canonical = escape(f"a{char}a")[1:-1]
    spellings = (
        {char, f"\\u{ord(char):04X}", f"\\u{ord(char):04x}"} if ord(char) < 0x10000 else {char}
    )
    spellings |= {"\\" + c for c in "\\nrts" if c != "s" or char == " "}
    accepted = set()
    for spelling in spellings:
        article = loads_or_error(f" newsseed 1\n\na{spelling}a\n")
        if article is not None and article.paragraphs == (f"a{char}a",):
            accepted.add(spelling)
    assert accepted == {canonical}


# ---------------------------------------------------------------------------
# Strictness: only ParseError, positioned inside the document


_DOC_CHARS = st.one_of(
    st.characters(codec=None, exclude_categories=()),
    st.sampled_from(SPECIAL_CHARS),
    st.sampled_from(SYNTAX_FRAGMENTS),
)


@st.composite
def char_mutations(draw: st.DrawFn) -> str:
    """A valid document with a few characters inserted, deleted or replaced."""
    text = newsseed.dumps(draw(articles()))
    for _ in range(draw(st.integers(1, 3))):
        pos = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(("insert", "delete", "replace")))
        new = "" if action == "delete" else draw(_DOC_CHARS)
        text = text[:pos] + new + text[pos + (action != "insert") :]
    return text


@st.composite
def line_mutations(draw: st.DrawFn) -> str:
    """A valid document with lines deleted, duplicated, swapped or borrowed from another."""
    lines = newsseed.dumps(draw(articles())).split("\n")
    donor = newsseed.dumps(draw(articles())).split("\n")
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(("delete", "duplicate", "swap", "borrow")))
        if action == "delete" and len(lines) > 1:
            del lines[i]
        elif action == "duplicate":
            lines.insert(j, lines[i])
        elif action == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines.insert(i, draw(st.sampled_from(donor)))
    return "\n".join(lines)


@given(st.one_of(char_mutations(), line_mutations()))
@example(" newsseed 1\n category b\n category a\n\n")
@example(" newsseed 1\n entity ORG\n entity ORG\n\n")
def test_mutated_documents_fail_cleanly_or_are_canonical(doc: str) -> None:
    """format.md: a document ``loads`` accepts is exactly what ``dumps`` writes for its result."""
    article = loads_or_error(doc)
    if article is not None:
        assert newsseed.dumps(article) == doc


@given(st.one_of(st.text(), texts(max_size=60), texts(max_size=60).map(" newsseed 1\n".__add__)))
def test_any_string_loads_or_raises_parse_error(doc: str) -> None:
    article = loads_or_error(doc)
    if article is not None:
        assert newsseed.dumps(article) == doc


def first_bad_byte(data: bytes) -> int | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return None


@given(st.binary())
@example(b"\xed\xa0\x80\n")  # an encoded surrogate is not UTF-8
def test_load_rejects_non_utf8_at_the_bad_byte(body: bytes) -> None:
    data = b" newsseed 1\n\n" + body
    bad = first_bad_byte(data)
    assume(bad is not None)
    assert bad is not None
    with pytest.raises(ParseError) as info:
        newsseed.load(io.BytesIO(data))
    check_error(info.value, data.decode("utf-8", errors="replace"))
    assert info.value.doc[info.value.pos] == "\ufffd"
    assert info.value.pos == len(data[:bad].decode("utf-8"))
    assert info.value.msg.startswith(f"Expected UTF-8 text, got the byte 0x{data[bad]:02X}, ")


def test_load_error_position_counts_characters_not_bytes() -> None:
    data = " newsseed 1\n title Caf\u00e9 \U0001f4f0\n\n".encode() + b"x\xc3(\n"
    with pytest.raises(ParseError) as info:
        newsseed.load(io.BytesIO(data))
    assert (info.value.lineno, info.value.colno) == (4, 2)
    assert info.value.msg == (
        "Expected UTF-8 text, got the byte 0xC3, not followed by the continuation bytes it needs"
    )


# The malformed documents, one file per fault, and their exact errors: test_errors.py.


def test_loads_needs_str() -> None:
    with pytest.raises(TypeError, match="takes a str"):
        newsseed.loads(b" newsseed 1\n\n")  # type: ignore[arg-type]


def test_parse_error_is_a_value_error() -> None:
    with pytest.raises(
        ValueError, match=r"^Expected ' newsseed 1' on the first line, got an empty"
    ):
        newsseed.loads("")


# ---------------------------------------------------------------------------
# The exact layout (format.md, "Fields")

FULL = Article(
    id="harbour-7",
    title="Night ferry returns",
    source="The Fictional Gazette",
    published=DateValue(2031, 4, 9),
    dateline=Dateline(
        place="Port Lira",
        date=DateValue(2031, 4, 8),
        raw="PORT LIRA, April 8 -",
        country="Norland",
        agency="FNA",
    ),
    categories=("Transport", "Local"),
    authors=("Ada Brine",),
    paragraphs=('The ferry "is back", harbour master Ola Kest said.', "Tickets cost\t4 crowns."),
    related=("Bridge closed for repairs",),
    meta=(("tagline", "Boats again"), ("url", "https://example.org/ferry")),
    quotes=(
        Quote(
            "is back",
            Span(11, 18),
            speaker="Ola Kest",
            speaker_span=Span(35, 43),
            cue="said",
            partial=True,
        ),
    ),
    entities=(
        Entity("Ola Kest", "PERSON", (Span(35, 43),), roles=("harbour master",)),
        Entity("", "ORG"),
    ),
    dates=(DateMention("April 8", Span(0, 0), None),),
    diagnostics=(
        Diagnostic("boilerplate", "dropped a line", Span(200, 213), "Advertisement"),
        Diagnostic("", "", None, ""),
    ),
)

FULL_TEXT = """\
 newsseed 1
 id harbour-7
 title Night ferry returns
 source The Fictional Gazette
 date 2031-04-09
 dateline PORT LIRA, April 8 -
 dateline.place Port Lira
 dateline.date 2031-04-08
 dateline.country Norland
 dateline.agency FNA
 category Transport
 category Local
 author Ada Brine
 related Bridge closed for repairs
 meta.tagline Boats again
 meta.url https://example.org/ferry
 quote 11 18
 quote.text is back
 quote.speaker Ola Kest
 quote.speaker-span 35 43
 quote.cue said
 quote.partial true
 entity PERSON Ola Kest
 entity.mention 35 43
 entity.role harbour master
 entity ORG
 date-mention 0 0 -
 date-mention.text April 8
 diagnostic boilerplate
 diagnostic.span 200 213
 diagnostic.message dropped a line
 diagnostic.text Advertisement
 diagnostic
 diagnostic.message
 diagnostic.text

The ferry "is back", harbour master Ola Kest said.

Tickets cost\\t4 crowns.
"""


def test_every_field_in_canonical_order() -> None:
    assert newsseed.dumps(FULL) == FULL_TEXT
    assert newsseed.loads(FULL_TEXT) == FULL
    assert FULL.quotes[0].span.of(FULL.text) == "is back"


def test_empty_article_is_version_line_and_blank_line() -> None:
    assert newsseed.dumps(Article()) == " newsseed 1\n\n"
    assert newsseed.loads(" newsseed 1\n\n") == Article()


def test_none_and_empty_strings_differ() -> None:
    assert newsseed.dumps(Article(title="")) == " newsseed 1\n title\n\n"
    assert newsseed.loads(" newsseed 1\n title\n\n").title == ""
    assert newsseed.loads(" newsseed 1\n\n").title is None
    bare = Article(dateline=Dateline())
    assert newsseed.dumps(bare) == " newsseed 1\n dateline\n\n"
    assert newsseed.loads(newsseed.dumps(bare)) == bare


def test_header_lookalikes_in_the_body_stay_paragraphs() -> None:
    article = Article(paragraphs=(" date 2025-07-02 x", " newsseed 1", "\n\n"))
    text = newsseed.dumps(article)
    assert text == " newsseed 1\n\n\\sdate 2025-07-02 x\n\n\\snewsseed 1\n\n\\n\\n\n"
    assert newsseed.loads(text) == article


def test_span_checks_use_the_body_length() -> None:
    ok = " newsseed 1\n quote 0 7\n quote.text x\n\nab\n\ncd\n"  # the text "ab\n\ncd" has 6
    with pytest.raises(ParseError) as info:
        newsseed.loads(ok)
    assert info.value.msg == (
        "Expected a span end of at most 6 (the length of the article's text), got 7"
    )
    assert (info.value.lineno, info.value.colno) == (2, 10)
    assert newsseed.loads(ok.replace("0 7", "0 6")).quotes[0].span.of("ab\n\ncd") == "ab\n\ncd"


def test_diagnostic_spans_are_not_bounded_by_the_text() -> None:
    doc = (
        " newsseed 1\n diagnostic x\n diagnostic.span 5 900\n"
        " diagnostic.message\n diagnostic.text\n\n"
    )
    assert newsseed.loads(doc).diagnostics[0].span == Span(5, 900)


# ---------------------------------------------------------------------------
# The specification's own examples

_EXAMPLE = re.compile(r"^```newsseed\n(.*?)^```$", re.S | re.M)


def spec_examples() -> list[str]:
    return _EXAMPLE.findall(SPEC.read_text("utf-8"))


def test_spec_has_examples() -> None:
    assert len(spec_examples()) >= 2


@pytest.mark.parametrize("doc", spec_examples())
def test_spec_examples_are_canonical(doc: str) -> None:
    assert newsseed.dumps(newsseed.loads(doc)) == doc


def test_spec_field_table_matches_the_reader() -> None:
    """Every field the reader knows is in the spec's field table, in canonical order."""
    spec = SPEC.read_text("utf-8")
    table = re.findall(r"^\| `([a-zA-Z.-]+)` ", spec, re.M)
    assert table == list(_NAMES)


_ESCAPE_SOUP = st.lists(
    st.sampled_from(
        ["\\", "\\", "n", "r", "t", "s", "u", "0", "0", "0", "8", "A", "e", "D", "F", " ", "x"]
    ),
    max_size=16,
).map("".join)


@given(_ESCAPE_SOUP)
def test_fast_and_careful_decoders_agree(raw: str) -> None:
    """The str-method decoder and the escape-by-escape one accept and decode alike."""
    doc = f"x{raw}x"
    try:
        careful: str | None = _decode_slowly(doc, 0, len(doc), "value")
    except ParseError:
        careful = None
    assert _decode(doc) == careful


_BODY_SOUP = st.lists(
    st.sampled_from(["\n", "\n", "\n\n", " ", "a", "\\", "s", "n", "\t"]), max_size=12
)


@given(_BODY_SOUP.map("".join))
def test_fast_and_careful_body_readers_agree(body: str) -> None:
    doc = " newsseed 1\n\n" + body
    try:
        careful: list[str] | None = _body_line_by_line(doc, len(doc) - len(body))
    except ParseError:
        careful = None
    assert _body_at_once(body) == careful
