"""Records of bounded size: diagnostics are excerpts, and crowds of them are grouped.

A field repeated on one line used to be noted with the rest of its line each time
(quadratic: 40 KB of ``' id x'`` made a 321 MB record), and a repair every few
characters left one diagnostic each (1 MB of ``a`` and a blank line: 333,333). These
tests hold the reader to ``docs/layouts.md`` ("Diagnostics stay small"); the memory and
output of every entry point on 1 MB inputs are measured in ``test_hostile.py``.
"""

from __future__ import annotations

from typing import Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsseed
from evidence import EXCERPT, kept
from newsseed import Article

#: Each shape repeated to ``SIZE`` characters gives a few diagnostics, not thousands.
SIZE: Final = 40_000
CROWDS: Final = {
    "a date field repeated on one line": (" " + "date 2025-07-02 " * 2500, "duplicate-field"),
    "an id field repeated on one line": (" " + "id x " * 8000, "duplicate-field"),
    "a url field repeated on one line": (" " + "url http://x.example/a " * 1700, "duplicate-field"),
    "'a' and a blank line": ("a\n\n" * 13_000, "joined-paragraphs"),
    "headings never used": ("# Ferry\n\n" * 4000 + "Boats sail.", "unused-heading"),
    "'Share' between short paragraphs": (
        "Ferry\n\n" + "Share\n\nBoats sail.\n\n" * 2000, "boilerplate"
    ),
    "agency sign-offs to the end": ("Ferry\n\nBoats sail.\n\n" + "Reuter\n" * 5000, "signoff"),
    "empty 'Tags:' fields": ("Ferry\n\n" + "Tags: |\n" * 5000 + "\nBoats sail.", "empty-field"),
}  # fmt: skip


def record_size(article: Article) -> int:
    return len(newsseed.dumps(article))


@pytest.mark.parametrize("name", CROWDS)
def test_a_crowd_of_one_repair_leaves_a_few_diagnostics(name: str) -> None:
    text, code = CROWDS[name]
    article = newsseed.parse(text)
    found = [d for d in article.diagnostics if d.code == code]
    assert 1 <= len(found) <= 3, [d.message for d in found][:5]
    assert any(d.message.split()[0].replace(",", "").isdigit() for d in found), found[0].message
    assert record_size(article) <= 2 * len(text) + 2000
    for diagnostic in article.diagnostics:
        assert diagnostic.span is not None
        assert diagnostic.text == kept(diagnostic.span.of(text))
        assert len(diagnostic.text) <= EXCERPT


def test_a_field_repeated_on_one_line_is_noted_without_its_line() -> None:
    """Each repeat is the field alone: four times the fields, four times the record."""
    sizes = [record_size(newsseed.parse(" " + "id x " * n + "\n\nBoats.")) for n in (5, 6, 7)]
    text = " id a id b id c\n\nBoats sail."
    notes = newsseed.parse(text).diagnostics
    assert [(d.code, d.text) for d in notes] == [("duplicate-field", f"id {x}") for x in "bc"]
    assert sizes[1] - sizes[0] == sizes[2] - sizes[1]  # each repeat costs the same


def test_a_few_repairs_close_together_are_kept_one_by_one() -> None:
    text = "Ferry\n\n" + "Share\n\nBoats sail.\n\n" * 7
    found = [d for d in newsseed.parse(text).diagnostics if d.code == "boilerplate"]
    assert len(found) == 7
    assert {d.text for d in found} == {"Share"}
    grouped = newsseed.parse("Ferry\n\n" + "Share\n\nBoats sail.\n\n" * 8).diagnostics
    assert [d.message.split(";")[0] for d in grouped] == [
        "8 boilerplate notes within 16 characters of each other"
    ]


def test_a_group_covers_what_its_members_concern() -> None:
    text = "Ferry\n\n" + "Share\n\nBoats sail.\n\n" * 20
    [group] = newsseed.parse(text).diagnostics
    assert group.span is not None
    covered = group.span.of(text)
    assert covered.startswith("Share")
    assert covered.endswith("Share")
    assert covered.count("Share") == 20
    assert "the first: dropped a boilerplate line" in group.message


def test_a_long_diagnostic_keeps_an_excerpt_and_spans_the_whole() -> None:
    paragraph = '"We will sail' + " and sail" * 700 + "."  # never closed
    text = f"Ferry\n\n{paragraph}\n\nBoats sail."
    [note] = [d for d in newsseed.parse(text).diagnostics if d.code == "unclosed-quote"]
    assert note.span is not None
    assert note.span.of(text) == paragraph
    assert note.text == paragraph[:EXCERPT]
    assert f"the first 1,000 of {len(paragraph):,} characters are kept here" in note.message


def test_a_diagnostic_message_stays_short_whatever_it_reports() -> None:
    data = b"Ferry\n\nBoats " + b"\xff" * 100_000 + b" sail."
    [note] = newsseed.parse_bytes(data).diagnostics
    assert note.code == "decoded-fallback"
    assert len(note.message) < 200, note.message
    assert len(note.text) == EXCERPT


pieces = st.sampled_from(
    ["a\n\n", "# H\n\n", "Share\n\n", "Tags: |\n", " id x", " date 2025-07-02", "Reuter\n",
     "Advertisement\n", '"', "Ana Ruiz said. ", "\x00", "\ud800", "\n", " ", "Boats sail. "]
)  # fmt: skip


@given(st.lists(pieces, max_size=400).map("".join))
def test_a_record_is_at_most_a_few_times_its_input(text: str) -> None:
    article = newsseed.parse(text)
    assert record_size(article) <= 4 * len(text) + 2000
    assert sum(len(d.text) + len(d.message) for d in article.diagnostics) <= 3 * len(text) + 1000
