"""Hostile input: every entry point fuzzed, and 1 MB adversarial inputs timed against news.

The fuzz tests hold parse, parse_bytes, loads, find_dates, parse_name, find_quotes, to_us
and compare to their contracts (``hostile.py``) on random Unicode (lone surrogates and
NULs included), random bytes, and text made of the pieces news parsers trip on. The timing
test runs each entry point on 1 MB of real news and on each 1 MB hostile input in the same
run, and fails if any hostile input costs more than three times the news.

Bounded for CI (the ``ci`` hypothesis profile, 1 MB inputs, a short atheris session);
``NEWSSEED_HOSTILE=long`` runs the long mode: the ``long`` profile's 5,000 examples a
test, 4 MB inputs, a longer atheris session (docs/hardening.md).
"""

from __future__ import annotations

import concurrent.futures
import importlib.util
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Final

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import hostile
import newsseed
from hostile import HOSTILE, MB, TARGETS, Target, Timing, real_text, timings
from strategies import texts

LONG: Final = os.environ.get("NEWSSEED_HOSTILE") == "long"
long_settings = settings(max_examples=5000) if LONG else settings()

# Pieces of text that readers of news trip on: every kind of quotation mark and bracket,
# header fields, bylines, datelines, page furniture, titles and initials, speech cues,
# date words, table words of the spelling rewriter, addresses, the canonical format's
# own syntax, control characters and lone surrogates.
PIECES: Final = (
    '"', "'", "“", "”", "‘", "’", "«", "»", "‹", "›", "(", ")", "[", "]", "{", "}",
    "\n", "\n\n", "\r\n", " ", "\t", "\0", "\x85", "\u2028", "\ufeff", "\ud800", "\udfff",
    "Advertisement\n", "Title: Ferry strike\n", "Source: Gazette\n", "Date: 14 March 2025\n",
    "By Ana Ruiz\n", "By: ANA RUIZ | Staff\n", "## ", "# ", "* ", "> ", "---\n",
    "LISBON (Reuters) - ", "PORTO, March 14 — ", "Mr. ", "Dr ", "then-", "ex-", "A. ",
    "Minister ", "Prime Minister ", "Ana Ruiz", "[Ana]", " said", " said, ", ", he said.",
    " told reporters", " according to ", "We ", "Tuesday", "May ", "March 14, 2025",
    "2025-03-14T10:00Z", "last week", "a week earlier", "in 2025", "1/1/", "colour", "Defence",
    "http://x.example/a.b", "#tag", "@who", " newsseed 1\n", " title x\n", " quote 0 1\n",
    "\\", "…", "—", "-", ".", ",", ":", "?", "!", "0", "1999", "US", "UK", "NATO",
)  # fmt: skip
newsy: Final = st.lists(st.sampled_from(PIECES) | texts(max_size=3), max_size=60).map("".join)
hostile_texts: Final = st.one_of(texts(max_size=60), st.text(max_size=200), newsy)


@long_settings
@given(hostile_texts)
@example("(" * 500 + "Ana" + ")" * 500)
@example("Title: x\n" * 300 + "\n\nBody.")
def test_parse_keeps_its_contract(text: str) -> None:
    hostile.check_parse(text)


@long_settings
@given(st.binary(max_size=400) | hostile_texts.map(lambda t: t.encode("utf-8", "surrogatepass")))
@example(b"\xff\xfe\x00")  # a UTF-16 byte order mark and half a character
@example(b"\xed\xa0\x80" * 50)  # encoded surrogates: not UTF-8
def test_parse_bytes_keeps_its_contract(data: bytes) -> None:
    hostile.check_parse_bytes(data)


@long_settings
@given(st.binary(max_size=400))
@example(b"\x00" * 64 + b"\xff\xfe")
def test_parse_file_reads_any_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.txt"
        path.write_bytes(data)
        article = newsseed.parse_file(path)
    assert article.id == "random"
    assert article == attrs.evolve(hostile.check_parse_bytes(data), id="random")


@long_settings
@given(hostile_texts | hostile_texts.map(" newsseed 1\n".__add__))
def test_loads_returns_an_article_or_raises_parse_error(text: str) -> None:
    hostile.check_loads(text)


@long_settings
@given(hostile_texts)
def test_find_dates_keeps_its_contract(text: str) -> None:
    hostile.check_find_dates(text)


@long_settings
@given(hostile_texts)
@example("[" * 300 + "Dr Ana Ruiz" + "]" * 300)
def test_parse_name_keeps_its_contract(text: str) -> None:
    hostile.check_parse_name(text)


@long_settings
@given(hostile_texts)
@example("“" * 2000)
def test_find_quotes_keeps_its_contract(text: str) -> None:
    hostile.check_find_quotes(text)


@long_settings
@given(hostile_texts)
def test_to_us_keeps_its_contract(text: str) -> None:
    hostile.check_to_us(text)


@long_settings
@given(hostile_texts, hostile_texts)
def test_compare_keeps_its_contract(first: str, second: str) -> None:
    hostile.check_compare(first, second)


# ------------------------------------------------------------------- past the budgets


def test_text_past_a_finders_budget_is_noted_not_lost() -> None:
    text = "Ferry strike ends\n\n" + '"We will," she said. ' * 2000
    article = hostile.check_parse(text)
    notes = [d for d in article.diagnostics if d.code == "quotes-not-read"]
    assert len(notes) == 1
    assert 96 < len(article.quotes) < 1000  # of 2,000: 96 and one per 64 characters
    assert notes[0].span is not None
    assert notes[0].text.startswith('"We will,"')


# ----------------------------------------------------------------- the 1 MB timings

#: How much slower than real news a hostile input may be.
BAR: Final = 3.0
#: The inputs made of nothing but what one finder looks for, which cost it more than
#: that: each is output, not backtracking (every one is linear: 4 MB in the long mode
#: costs four times 1 MB), and each is held to its own bar, about 1.5 times what it
#: measures (docs/hardening.md).
_DATES: Final = "find_dates, a mention every 8 characters, 55 times news: each is resolved"
_TIMES: Final = "find_dates, a date and its time every 21 characters: each is read"
_NEW_WORDS: Final = (
    "a new capitalised word every 12 characters (news repeats its names): each is read"
)
_TABLE_WORDS: Final = "a change every 8 characters, 300 times news: each looks at its sentence"
_PARAGRAPHS: Final = (
    "a paragraph every 3 characters, 100 times news: each is read, and joined to the next"
)
DENSE: Final = {
    ("parse", "'a' and a blank line, repeated"): (5.0, _PARAGRAPHS),
    ("parse_bytes", "'a' and a blank line, repeated"): (5.0, _PARAGRAPHS),
    ("find_dates", "'Tuesday ' repeated"): (10.0, _DATES),
    ("find_dates", "'July 4, ' repeated"): (8.0, _DATES),
    ("find_dates", "'the day ' repeated"): (6.0, _DATES),
    ("find_dates", "'the 2019 strikes ' repeated"): (8.0, _DATES),
    ("find_dates", "'In 2019. On March 3 ' repeated"): (8.0, _DATES),
    ("find_dates", "'1890 - 91, ' repeated"): (6.0, _DATES),
    ("find_dates", "'that year ' repeated"): (8.0, _DATES),
    ("find_dates", "a delimited date field repeated on one line"): (6.0, _DATES),
    ("find_dates", "'Tuesday at 6:30 p.m. ' repeated"): (14.0, _TIMES),
    ("parse", "random printable ASCII"): (5.0, _NEW_WORDS),
    ("parse_bytes", "random printable ASCII"): (5.0, _NEW_WORDS),
    ("find_quotes", "random printable ASCII"): (5.0, _NEW_WORDS),
    ("compare (its two halves)", "random printable ASCII"): (5.0, _NEW_WORDS),
    ("to_us", "'Colour. ' repeated (a table word every 8 characters)"): (5.0, _TABLE_WORDS),
}  # fmt: skip


@pytest.fixture(scope="module")
def real(shared: Path) -> str:
    if os.environ.get("NEWSSEED_TIMINGS") == "0":
        pytest.skip("NEWSSEED_TIMINGS=0: timed once per CI run, in the source tree's run")
    return real_text(shared, 4 * MB if LONG else MB)


#: The targets by how long their runs take (measured), so that two at a time end together.
SLOWEST_FIRST: Final = (
    "compare (its two halves)", "parse", "parse_bytes", "loads (its canonical form)",
    "find_quotes", "find_dates", "to_us", "parse_name", "loads (the input itself)",
)  # fmt: skip
#: How many targets are measured at once, each by a measuring process of its own (runs
#: are timed in CPU time, which a run on the other core hardly changes).
AT_ONCE: Final = min(2, os.cpu_count() or 1)


@pytest.fixture(scope="module")
def measured(real: str) -> Callable[[Target], list[Timing]]:
    """Each target's runs on every hostile input (time, peak memory, output), made once
    for the timing test and the memory test: all targets at the first call, two at a
    time (the slowest first), which halves the wait on two cores."""
    done: dict[str, list[Timing]] = {}

    def measure(target: Target) -> list[Timing]:
        return list(timings(real, targets=(target,), bar=BAR))

    def runs(target: Target) -> list[Timing]:
        if not done:
            order = sorted(TARGETS, key=lambda t: SLOWEST_FIRST.index(t.name))
            with concurrent.futures.ThreadPoolExecutor(AT_ONCE) as pool:
                done.update(zip([t.name for t in order], pool.map(measure, order), strict=True))
        return done[target.name]

    return runs


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_no_hostile_input_costs_more_than_three_times_news(
    measured: Callable[[Target], list[Timing]], real: str, target: Target
) -> None:
    slow = [
        f"{t.hostile}: {t.seconds:.3f} s, {t.ratio:.1f}x real text ({t.real:.3f} s)"
        for t in measured(target)
        if t.slower(DENSE.get((target.name, t.hostile), (BAR, ""))[0])
    ]
    assert not slow, f"{target.name} on {len(real):,} characters: " + "; ".join(slow)


#: Memory and output may grow with the input by this factor (4 for an input four times
#: as long) and a little more: the allocator's pages, and budgets' constants.
GROWTH: Final = 4 * 1.3
#: The memory a measuring process has free when a run starts (about 2.3 MB in its
#: allocator's pools, and what reading the argument freed): a run may use it without its
#: peak showing it, so a small run's peak is counted with it (bytes).
PEAK_SLACK: Final = 4 * 2**20
OUTPUT_SLACK: Final = 64 * 2**10
#: The most a run may take, per character of its input: peak memory above where it started,
#: and the size of what it returns (pickled without a memo), in bytes (docs/hardening.md).
PEAK_PER_CHARACTER: Final = 320
OUTPUT_PER_CHARACTER: Final = 12


@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_no_hostile_input_grows_memory_or_output_faster_than_its_size(
    measured: Callable[[Target], list[Timing]], real: str, target: Target
) -> None:
    """At a quarter of the size and at the full size, each hostile input's peak memory and
    output grow at most linearly, and stay under a documented number of bytes per
    character of input."""
    size = len(real)
    faults = []
    for row in measured(target):
        small, large = row.small, row.large
        # Growth is told where the quarter-size run returns something (a random text may
        # hold no quotation in its first quarter and a long one later).
        told = small.output >= size // 4 // 100
        if told and large.output > GROWTH * small.output + OUTPUT_SLACK:
            faults.append(f"{row.hostile}: output {small.output:,} -> {large.output:,} bytes")
        if large.output > OUTPUT_PER_CHARACTER * size + OUTPUT_SLACK:
            faults.append(f"{row.hostile}: output {large.output / size:.1f} bytes a character")
        if large.peak is None or small.peak is None:
            continue  # not measurable here (not Linux)
        if large.peak > GROWTH * (small.peak + PEAK_SLACK):
            faults.append(f"{row.hostile}: peak {small.peak:,} -> {large.peak:,} bytes")
        if large.peak > PEAK_PER_CHARACTER * size + PEAK_SLACK:
            faults.append(f"{row.hostile}: peak {large.peak / size:.0f} bytes a character")
    assert not faults, f"{target.name} at {size // 4:,} and {size:,} characters: " + "; ".join(
        faults
    )


def test_only_inputs_dense_with_what_a_finder_looks_for_have_a_bar_of_their_own() -> None:
    listed = {entry.name for entry in HOSTILE if entry.listed}
    names = {entry.name for entry in HOSTILE}
    targets = {target.name for target in TARGETS}
    for target, hostile_name in DENSE:
        assert target in targets, target
        assert hostile_name in names - listed, hostile_name


def test_the_hostile_inputs_are_what_they_say() -> None:
    sample = "Ferry service resumes. " * 2000
    built = {entry.name: entry.build(sample) for entry in HOSTILE}
    assert all(len(text) == len(sample) for text in built.values()), {
        name: len(text) for name, text in built.items() if len(text) != len(sample)
    }
    marked = built["real text with 100,000 quote marks a MB"]
    assert sum(marked.count(mark) for mark in "\"'“”‘’«»") > len(sample) // 12  # some cut off
    assert "\n" not in built["1 MB without a newline"]
    fields = built["a header field 10,000 times a MB, then real text"]
    assert fields.count("Title: Ferry") == len(sample) // 100
    assert {entry.name for entry in HOSTILE if entry.listed} >= {
        "random code points", "lone surrogates", "NULs", "1 MB without a newline",
        "real text with 100,000 quote marks a MB", "nested parentheses", "nested brackets",
        "Advertisement lines", "a header field 10,000 times a MB, then real text",
    }  # fmt: skip


# ---------------------------------------------------------------------------- atheris

HARNESS: Final = Path(__file__).with_name("fuzz_atheris.py")


@pytest.mark.skipif(
    importlib.util.find_spec("atheris") is None,
    reason="atheris is not installed (the fuzz extra; wheels exist for Linux x86-64 only)",
)
def test_a_bounded_atheris_session_finds_nothing(tmp_path: Path) -> None:
    runs = 200_000 if LONG else 4_000
    done = subprocess.run(
        [sys.executable, str(HARNESS), f"-atheris_runs={runs}", "-max_len=2048", "-seed=7"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=3600 if LONG else 600,
        check=False,
    )
    report = done.stderr[-3000:]
    assert done.returncode == 0, report
    assert "Done" in report, report
    assert not list(tmp_path.glob("crash-*")), report
