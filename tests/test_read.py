"""The lenient reader: properties over any text, and the rules it promises."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

import newsseed
import newsseed._html
from evidence import kept
from newsseed import Article, DateValue, ParseOptions
from newsseed._read import decode

# Pieces of the layouts the reader knows, to make text that exercises every rule.
PIECES = (
    "## The Valley Courier",
    "## Reservoir levels rise",
    "Short tagline. Always.",
    "March 15, 2025",
    "Updated: March 16, 2025 10:42 AM",
    "Categories: Science & Environment",
    "Title: Council approves cycle lanes",
    "By Ana Lima and Rui Costa",
    " date 2025-03-14 ",
    " id abc-123",
    "LIMA (Reuters) - ",
    "Lisbon [Portugal], March 14 : ",
    "PORTLAND, Ore., Feb 26 - ",
    "Advertisement",
    "Read also| Another headline here",
    "Share this article",
    "Reuter",
    "Trans-",
    "the council said on Friday that work would start",
    "The council said on Friday that work would start in May.",
    '"We are ready," she said.',
    "    An indented wire paragraph follows here.",
    "* a bullet",
    "",
    "\t",
    "\u00a0",
)

lines = st.one_of(st.sampled_from(PIECES), st.text(max_size=60))
newsy = st.lists(lines, max_size=25).map("\n".join)
any_text = st.one_of(st.text(st.characters(exclude_categories=())), newsy)

CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
WORD = regex.compile(r"\w+")


def without_diagnostics(article: Article) -> dict[str, Any]:
    record = article.to_dict()
    del record["diagnostics"]
    return record


def fields_text(article: Article) -> list[str]:
    parts = [article.title or "", article.source or "", *article.paragraphs, *article.related]
    # Dates are normalised (ISO), not text: "updated" and "modified" are left out.
    meta = (value for key, value in article.meta if key not in {"updated", "modified"})
    parts += [*article.categories, *article.authors, *meta]
    if article.dateline is not None:
        parts.append(article.dateline.raw)
    return parts


@given(any_text)
def test_parse_is_total(text: str) -> None:
    article = newsseed.parse(text)
    assert isinstance(article, Article)
    assert "internal-error" not in {d.code for d in article.diagnostics}


@given(any_text)
def test_diagnostics_point_into_the_input(text: str) -> None:
    for diagnostic in newsseed.parse(text).diagnostics:
        assert diagnostic.span is not None
        assert 0 <= diagnostic.span.start <= diagnostic.span.end <= len(text)
        assert kept(diagnostic.span.of(text)) == diagnostic.text


@given(any_text)
def test_nothing_is_invented(text: str) -> None:
    article = newsseed.parse(text)
    known = set(WORD.findall(CONTROL.sub("", text)))
    for part in fields_text(article):
        for word in WORD.findall(part):
            assert word in known, (word, part)


@given(newsy)
def test_line_ends_do_not_matter(text: str) -> None:
    assume("\r" not in text)
    plain = newsseed.parse(text)
    assert without_diagnostics(newsseed.parse(text.replace("\n", "\r\n"))) == without_diagnostics(
        plain
    )
    assert without_diagnostics(newsseed.parse(text.replace("\n", "\r"))) == without_diagnostics(
        plain
    )


@given(st.lists(newsy, min_size=2, max_size=4).map("\n\n".join), st.data())
def test_advertisements_between_paragraphs_change_nothing(text: str, data: st.DataObject) -> None:
    blocks = text.split("\n\n")
    assume(len(blocks) > 1)
    where = data.draw(st.sets(st.integers(1, len(blocks) - 1), min_size=1))
    padded = blocks[0]
    for index, block in enumerate(blocks[1:], start=1):
        padded += ("\n\nAdvertisement\n\n" if index in where else "\n\n") + block
    assert without_diagnostics(newsseed.parse(padded)) == without_diagnostics(newsseed.parse(text))


@given(any_text)
def test_articles_pickle_and_survive_to_dict(text: str) -> None:
    article = newsseed.parse(text, id="x")
    assert pickle.loads(pickle.dumps(article)) == article
    assert Article.from_dict(article.to_dict()) == article


def test_parse_rejects_bytes_with_a_pointer_to_parse_bytes() -> None:
    with pytest.raises(TypeError, match="parse_bytes"):
        newsseed.parse(b"Title\n\nBody")  # type: ignore[arg-type]


def test_id_is_kept() -> None:
    assert newsseed.parse("Body text.", id="a-1").id == "a-1"


def test_options_turn_repairs_off() -> None:
    text = (
        "Festival draws crowds\n\nOrganisers said more than 80,000 people came to the\n\n"
        "old town.\n\nAdvertisement"
    )
    off = ParseOptions(drop_boilerplate=False, join_broken_paragraphs=False)
    assert newsseed.parse(text).paragraphs == (
        "Organisers said more than 80,000 people came to the old town.",
    )
    assert newsseed.parse(text, options=off).paragraphs == (
        "Organisers said more than 80,000 people came to the",
        "old town.",
        "Advertisement",
    )


def test_dateline_without_year_takes_it_from_the_publication_date() -> None:
    article = newsseed.parse(" date 2025-01-02 OSLO, Dec 30 - Snow fell.")
    assert article.dateline is not None
    assert article.dateline.date == DateValue(2024, 12, 30)
    assert article.published == DateValue(2025, 1, 2)


def test_dateline_date_gives_the_publication_date_when_there_is_none() -> None:
    article = newsseed.parse("Snow in Oslo\n\nOSLO, Dec 30, 2024 (AP) - Snow fell.")
    assert article.published == DateValue(2024, 12, 30)
    assert article.dateline is not None
    assert article.dateline.agency == "AP"


@pytest.mark.parametrize(
    "first",
    [
        "BREAKING: Snow falls on the capital",
        "Hegseth said - in a statement - that talks went well.",
        "Washington: The talks went well, officials said on Monday.",
    ],
)
def test_labels_and_sentences_are_not_datelines(first: str) -> None:
    assert newsseed.parse(f"Headline here\n\n{first}").dateline is None


@pytest.mark.parametrize("label", ["Posted on ", "Published ", "Last updated: ", "Updated: "])
def test_a_timestamp_after_any_date_label_is_read_as_the_date_is(label: str) -> None:
    def read(date: str) -> Article:
        return newsseed.parse(f"Snow in Oslo\n{label}{date}\n\nSnow fell overnight, they said.")

    stamped, plain = read("2025-03-14T10:00Z"), read("March 14, 2025")
    assert stamped.paragraphs == plain.paragraphs == ("Snow fell overnight, they said.",)
    assert (stamped.published, stamped.meta) == (plain.published, plain.meta)
    assert read("2025-03-14T10:00:00+01:00").paragraphs == plain.paragraphs


@pytest.mark.parametrize("label", ["By ", "By: ", "Author: ", "BY: "])
def test_a_labelled_byline_is_read_as_a_byline_is(label: str) -> None:
    text = f"Title: Snow\n{label}Ana Lima and Rui Roe | Staff reporter\n\nSnow fell overnight."
    article = newsseed.parse(text)
    assert article.authors == ("Ana Lima", "Rui Roe")
    assert dict(article.meta) == {"byline-affiliation": "Staff reporter"}
    assert article.paragraphs == ("Snow fell overnight.",)


def test_repeats_far_apart_are_kept() -> None:
    summary = "It takes 1,237 delegates to win the nomination."
    body = [summary, *(f"Paragraph number {i} has some words in it." for i in range(5)), summary]
    article = newsseed.parse("Live results\n\n" + "\n\n".join(body))
    assert article.paragraphs.count(summary) == 2


def test_undecodable_bytes_are_read_as_windows_1252_with_a_diagnostic() -> None:
    article = newsseed.parse_bytes(
        "Caf\u00e9 reopens\n\nIt serves \u201ccoffee\u201d.".encode("cp1252")
    )
    assert article.title == "Caf\u00e9 reopens"
    assert article.paragraphs == ("It serves \u201ccoffee\u201d.",)
    assert {d.code for d in article.diagnostics} == {"decoded-fallback"}


def test_utf16_with_bom_is_decoded() -> None:
    article = newsseed.parse_bytes("Title here\n\nBody text.".encode("utf-16"))
    assert article.title == "Title here"


@given(st.binary(max_size=300))
def test_parse_bytes_is_total(data: bytes) -> None:
    # parse() turns an internal failure into an "internal-error" diagnostic, so
    # totality means no such diagnostic, not merely an Article back.
    article = newsseed.parse_bytes(data)
    assert "internal-error" not in {d.code for d in article.diagnostics}
    for diagnostic in article.diagnostics:
        assert diagnostic.span is not None


def _reference_decode(data: bytes) -> str:
    """UTF-8, each byte that is not read as Windows-1252 (Latin-1 where it is undefined)."""
    text = data.decode("utf-8", "surrogateescape")
    return "".join(
        (bytes([ord(c) - 0xDC00]).decode("cp1252", "ignore") or chr(ord(c) - 0xDC00))
        if "\udc80" <= c <= "\udcff"
        else c
        for c in text
    )


stray_bytes = st.lists(
    st.binary(max_size=4)
    | st.sampled_from([b"\x81", b"\x9d", b"\xe9", b"\xed\xa0\x80", b" " * 20]),
    max_size=30,
).map(b"".join)


@given(stray_bytes)
def test_stray_bytes_are_read_as_windows_1252_and_every_run_is_noted(data: bytes) -> None:
    assume(data[:2] not in (b"\xff\xfe", b"\xfe\xff"))
    text, diagnostics = decode(data)
    assert text == _reference_decode(data)
    raw = data.decode("utf-8", "surrogateescape")
    strays = {i for i, c in enumerate(raw) if "\udc80" <= c <= "\udcff"}
    covered = {i for d in diagnostics if d.span for i in range(d.span.start, d.span.end)}
    assert strays <= covered
    assert all(d.span is not None and d.text == kept(d.span.of(text)) for d in diagnostics)
    assert len(diagnostics) <= len(strays)


def test_stray_bytes_close_together_leave_one_diagnostic() -> None:
    text, diagnostics = decode(b"caf\xe9 cr\xe8me " + b"x" * 40 + b" na\xefve")
    assert text == "café crème " + "x" * 40 + " naïve"
    assert [(d.span.of(text) if d.span else None) for d in diagnostics] == ["é crè", "ï"]
    assert (
        diagnostics[0].message
        == "2 runs of bytes (e9, ...) are not UTF-8; read them as Windows-1252"
    )


def test_lone_surrogates_close_together_leave_one_diagnostic() -> None:
    text = "Ferry \ud800 and \udfff" + " x" * 20 + " \udc80 resumes"
    article = newsseed.parse(text)
    found = [(d.code, d.message, d.text) for d in article.diagnostics]
    assert found == [
        (
            "surrogate",
            "replaced 2 lone surrogates (U+D800, U+DFFF) with U+FFFD",
            "\ufffd and \ufffd",
        ),
        ("surrogate", "replaced a lone surrogate (U+DC80) with U+FFFD", "\ufffd"),
    ]


def test_boilerplate_lines_one_after_another_leave_one_diagnostic() -> None:
    text = (
        "Ferry resumes\n\nBoats sail.\n\n"
        "Advertisement\n\n\nShare this article\nAdvertisement\n\nMore."
    )
    article = newsseed.parse(text)
    found = [(d.code, d.message, d.text) for d in article.diagnostics]
    assert found == [
        ("boilerplate", "dropped 3 boilerplate lines", text[28:76]),
    ]
    assert article.paragraphs == ("Boats sail.", "More.")


def test_control_characters_close_together_leave_one_diagnostic() -> None:
    article = newsseed.parse("Ferry\x00 resumes\x07 today" + " x" * 20 + "\x1b.")
    found = [(d.code, d.text) for d in article.diagnostics]
    assert found == [
        ("control-character", "\x00 resumes\x07"),
        ("control-character", "\x1b"),
    ]


# -- what is not an article (issue 20) -------------------------------------------------


def test_an_empty_input_says_so() -> None:
    for text in ("", "  \n\n\t"):
        article = newsseed.parse(text, id="e")
        assert [(d.code, d.text) for d in article.diagnostics] == [("empty", text)]
        assert article.paragraphs == ()


def test_binary_data_is_not_read_as_text() -> None:
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 4
    article = newsseed.parse_bytes(png, id="picture")
    assert [d.code for d in article.diagnostics] == ["not-text"]
    assert (article.paragraphs, article.quotes, article.entities) == ((), (), ())
    assert article.diagnostics[0].text.startswith("‰PNG")  # (decoded as Windows-1252)
    # UTF-16 with its byte order mark is text
    assert newsseed.parse_bytes("Ferry returns\n\nBoats sail.".encode("utf-16")).diagnostics == ()


def test_an_html_page_is_not_read_as_prose(monkeypatch: pytest.MonkeyPatch) -> None:
    # (Without the html extra: tests/test_html.py reads pages through it.)
    monkeypatch.setattr(newsseed._html, "html_available", lambda: False)
    page = "<!DOCTYPE html>\n<html lang='en'><head><title>Ferry</title></head><body>Hi</body>"
    article = newsseed.parse(page)
    (diagnostic,) = article.diagnostics
    assert diagnostic.code == "html"
    assert diagnostic.text == page
    assert article.paragraphs == ()
    # prose that mentions a tag is prose
    assert newsseed.parse("The <html> tag opens a page.").diagnostics == ()


def test_a_seed_document_is_read_as_one() -> None:
    article = newsseed.Article(id="ferry-1", title="Ferry", paragraphs=("Boats sail.",))
    text = newsseed.dumps(article)
    assert newsseed.parse(text) == article
    assert newsseed.parse(text, id="other") == article  # its own id is kept
    assert newsseed.parse(newsseed.dumps(newsseed.Article(title="Ferry")), id="f").id == "f"
    broken = newsseed.parse(" newsseed 1\n titel Ferry\n\nBoats sail.\n")
    assert broken.diagnostics[0].code == "invalid-seed"
    assert "'titel'" in broken.diagnostics[0].message


# -- language (issue 20) ---------------------------------------------------------------

# Paragraphs of our own in the languages the test tells apart.
OTHER_LANGUAGES = {
    "de": "Der Rat sagte am Dienstag, dass die Fähre wieder fahren wird, und die Stadt ist "
    "mit dem Plan für den Hafen sehr zufrieden, auch wenn noch nicht alle Fragen geklärt "
    "sind, sagte Ana Lima.",
    "fr": "Le conseil a dit mardi que le bac va reprendre son service et que la ville est "
    "très contente du plan pour le port, même si toutes les questions ne sont pas encore "
    "réglées, a dit Ana Lima.",
    "es": "El consejo dijo el martes que el ferry volverá a navegar y que la ciudad está muy "
    "contenta con el plan para el puerto, aunque todavía no se han resuelto todas las "
    "preguntas, dijo Ana Lima.",
    "nl": "De raad zei dinsdag dat de veerboot weer gaat varen en dat de stad erg blij is met "
    "het plan voor de haven, ook al zijn nog niet alle vragen beantwoord, zei Ana Lima.",
}


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_a_text_in_another_language_is_not_read_by_the_finders(language: str) -> None:
    article = newsseed.parse(f"Ferry news\n\n{OTHER_LANGUAGES[language]}")
    assert article.language == language
    assert (article.quotes, article.entities, article.dates) == ((), (), ())
    (diagnostic,) = article.diagnostics
    assert diagnostic.code == "language-not-supported"
    assert f"({language})" in diagnostic.message


def test_english_is_read_and_a_declared_language_wins() -> None:
    english = (
        "Ferry news\n\nThe council said on Tuesday that the ferry would sail again, and that "
        "the city was pleased with the plan for the port, Ana Lima said in Lisbon."
    )
    article = newsseed.parse(english)
    assert article.language is None  # English needs no saying
    assert article.entities
    assert article.dates
    declared = newsseed.parse(f"Language: de\n\n{english}")
    assert declared.language == "de"
    assert declared.entities == ()
    assert newsseed.parse(f"Language: en-GB\n\n{OTHER_LANGUAGES['de']}").language == "en-GB"


def test_bad_options_say_what_they_take() -> None:
    with pytest.raises(ValueError, match=r"^date_locale must be 'us' or 'uk', not 'de'$"):
        newsseed.ParseOptions(date_locale="de")
    with pytest.raises(TypeError, match=r"^find_dates must be True or False, not 'yes'$"):
        newsseed.ParseOptions(find_dates="yes")  # type: ignore[arg-type]


def test_a_written_by_line_is_a_byline() -> None:
    article = newsseed.parse("Ferry returns\n\nWritten by: Ana Lima\n\nBoats sail again.")
    assert (article.authors, article.paragraphs) == (("Ana Lima",), ("Boats sail again.",))
