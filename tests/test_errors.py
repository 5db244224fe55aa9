"""The strict reader's errors: one malformed file per fault, exact messages, the caret.

``tests/data/invalid/`` holds one canonical seed file per fault and ``expected.json``
the error each gives: its message, line and column. Every ``raise ParseError`` of
``newsseed/_load.py`` is reached by at least one of the files.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import pickle
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, Final

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsseed
from newsseed import ParseError, _load, _load_values

ROOT = Path(__file__).resolve().parents[1]
INVALID = ROOT / "tests" / "data" / "invalid"
TABLE: dict[str, dict[str, Any]] = json.loads((INVALID / "expected.json").read_text("utf-8"))[
    "files"
]
FILES = sorted(TABLE)


def _error(read: Callable[[], object]) -> ParseError:
    with pytest.raises(ParseError) as info:
        read()
    err = info.value
    # The position is inside the document and agrees with the line and column.
    assert 0 <= err.pos <= len(err.doc)
    before = err.doc[: err.pos].split("\n")
    assert (err.lineno, err.colno) == (len(before), len(before[-1]) + 1)
    assert str(err) == f"{err.msg} (at line {err.lineno}, column {err.colno})"
    return err


def _as_text(data: bytes) -> str:
    """The text ``loads`` is given: UTF-8, with each undecodable byte a lone surrogate."""
    return data.decode("utf-8", errors="surrogateescape")


# ---------------------------------------------------------------------------
# The table


def test_every_file_is_in_the_table() -> None:
    files = sorted(p.name for p in INVALID.iterdir() if p.suffix == ".seed")
    assert files == FILES
    assert len(FILES) >= 25


@pytest.mark.parametrize("name", FILES)
def test_load_gives_the_expected_error(name: str) -> None:
    data = (INVALID / name).read_bytes()
    err = _error(lambda: newsseed.load(io.BytesIO(data)))
    expected = TABLE[name]
    assert (err.msg, err.lineno, err.colno) == (
        expected["message"],
        expected["line"],
        expected["column"],
    )
    assert err.doc == data.decode("utf-8", errors="replace")


@pytest.mark.parametrize("name", FILES)
def test_loads_gives_the_expected_error(name: str) -> None:
    text = _as_text((INVALID / name).read_bytes())
    err = _error(lambda: newsseed.loads(text))
    expected = TABLE[name].get("loads", TABLE[name])
    assert (err.msg, err.lineno, err.colno) == (
        expected["message"],
        expected["line"],
        expected["column"],
    )
    assert err.doc == text


def test_files_name_every_field() -> None:
    """Each field name stands in some malformed file."""
    docs = "".join(_as_text((INVALID / name).read_bytes()) for name in FILES)
    missing = [name for name in _load._NAMES if f" {name.replace('.KEY', '.')}" not in docs]
    assert missing == []


def test_every_message_says_what_was_expected_and_what_was_found() -> None:
    messages = [e["message"] for e in TABLE.values()]
    messages += [e["loads"]["message"] for e in TABLE.values() if "loads" in e]
    for message in messages:
        assert message.startswith("Expected "), message
        assert ", got " in message, message
        assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\ufeff]", message)


def test_a_lone_surrogate_in_a_str() -> None:
    """A str can hold a lone surrogate, which no file can (it is not UTF-8)."""
    err = _error(lambda: newsseed.loads(" newsseed 1\n title a\ud800b\n\n"))
    assert err.msg == (
        "Expected the escape '\\uD800' in the value of 'title', got the literal character U+D800"
    )
    assert (err.lineno, err.colno) == (2, 9)


# ---------------------------------------------------------------------------
# Every raise site of the reader is reached by a file


#: The canonical reader: its structure and its values.
READER: Final = (_load, _load_values)


def _raise_lines() -> set[tuple[str, int]]:
    """The lines of ``raise ParseError(...)`` in the reader's modules (file, line), except
    under ``pragma: no cover``."""
    found: set[tuple[str, int]] = set()
    for module in READER:
        found |= _raises_in(module.__file__ or "")
    return found


def _raises_in(filename: str) -> set[tuple[str, int]]:
    source = Path(filename).read_text("utf-8")
    lines = source.splitlines()
    found: set[tuple[str, int]] = set()

    def visit(node: ast.AST, excluded: bool) -> None:
        if isinstance(node, ast.stmt | ast.ExceptHandler):
            excluded = excluded or "pragma: no cover" in lines[node.lineno - 1]
        if (
            isinstance(node, ast.Raise)
            and isinstance(node.exc, ast.Call)
            and isinstance(node.exc.func, ast.Name)
            and node.exc.func.id == "ParseError"
            and not excluded
        ):
            found.add((filename, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, excluded)

    visit(ast.parse(source), excluded=False)
    return found


def _lines_run_in_load(run: Callable[[], None]) -> set[tuple[str, int]]:
    """The lines of the reader's modules that ``run()`` executes (file, line)."""
    filenames = {module.__file__ for module in READER}
    seen: set[tuple[str, int]] = set()

    def local(frame: FrameType, event: str, arg: object) -> Any:
        if event == "line":
            seen.add((frame.f_code.co_filename, frame.f_lineno))
        return local

    def calls(frame: FrameType, event: str, arg: object) -> Any:
        return local if frame.f_code.co_filename in filenames else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        run()
    finally:
        sys.settrace(previous)
    return seen


def test_every_raise_site_is_reached_by_a_file() -> None:
    raises = _raise_lines()
    assert len(raises) >= 30

    def read_all() -> None:
        for name in FILES:
            data = (INVALID / name).read_bytes()
            with contextlib.suppress(ParseError):
                newsseed.load(io.BytesIO(data))
            with contextlib.suppress(ParseError):
                newsseed.loads(_as_text(data))

    assert sorted(raises - _lines_run_in_load(read_all)) == []


# ---------------------------------------------------------------------------
# The excerpt: the line and a caret under the fault


def _cells(text: str) -> int:
    """Terminal cells of ``text``: two for a wide character, none for a combining mark."""
    return sum(
        0
        if unicodedata.category(c) in ("Mn", "Me")
        else 2
        if unicodedata.east_asian_width(c) in ("W", "F")
        else 1
        for c in text
    )


def _excerpt(doc: str, pos: int, width: int = 80) -> list[str]:
    return ParseError("Expected something", doc, pos).excerpt(width).split("\n")


@pytest.mark.parametrize("name", FILES)
def test_excerpt_of_every_file(name: str) -> None:
    err = _error(lambda: newsseed.load(io.BytesIO((INVALID / name).read_bytes())))
    line, caret = err.excerpt().split("\n")
    assert re.fullmatch(r" *\^", caret)
    assert _cells(line) <= 80
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") for c in line)
    doc_line = err.doc.split("\n")[err.lineno - 1]
    if line == doc_line:  # shown as it is: the caret is at the column
        assert len(caret) == _cells(doc_line[: err.colno - 1]) + 1


def test_excerpt_plain_line() -> None:
    assert _excerpt(" newsseed 1\n titel Ferry\n\n", 13) == [" titel Ferry", " ^"]


def test_excerpt_hidden_characters_are_spelled_out() -> None:
    doc = " newsseed 1\n title a\tb\u202ec\x00\n\n"
    assert _excerpt(doc, doc.index("\x00")) == [
        " title a<U+0009>b<U+202E>c<U+0000>",
        "                          ^",
    ]


def test_excerpt_counts_wide_characters_twice() -> None:
    doc = " newsseed 1\n title 渡し船\\q\n\n"
    assert _excerpt(doc, doc.index("\\")) == [" title 渡し船\\q", "             ^"]


def test_excerpt_spells_out_a_combining_mark_at_the_fault() -> None:
    doc = "e\u0301\u0301x"
    assert _excerpt(doc, 2) == ["e\u0301<U+0301>x", " ^"]


def test_excerpt_at_the_end_of_a_line_and_of_the_document() -> None:
    assert _excerpt(" newsseed 1\n title \n\n", 19) == [" title ", "       ^"]
    assert _excerpt(" newsseed 1", 11) == [" newsseed 1", "           ^"]
    assert _excerpt(" newsseed 1\n\n\n", 13) == ["", "^"]
    assert _excerpt("", 0) == ["", "^"]


def test_excerpt_of_a_long_line_is_cut_around_the_fault() -> None:
    doc = "a" * 100 + "!" + "b" * 100
    assert _excerpt(doc, 100, width=20) == ["...aaaaaaa!bbbbbb...", "          ^"]
    doc = "ab!" + "c" * 100
    assert _excerpt(doc, 2, width=20) == ["ab!cccccccccccccc...", "  ^"]
    doc = "c" * 100 + "!z"
    assert _excerpt(doc, 100, width=20) == ["...ccccccccccccccc!z", "                  ^"]
    assert _excerpt(doc, 102, width=20) == ["...cccccccccccccc!z", "                   ^"]
    line, caret = _excerpt("x" * 1_000_000 + "\t" + "y" * 1_000_000, 1_000_000)
    assert len(line) == 80
    assert line[len(caret) - 1 :].startswith("<U+0009>")


def test_excerpt_width_has_a_floor() -> None:
    with pytest.raises(ValueError, match="at least 20"):
        ParseError("Expected x", "abc", 1).excerpt(width=19)


def test_excerpt_survives_pickling() -> None:
    err = ParseError("Expected x", " newsseed 1\n ti\ttle\n\n", 15)
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is ParseError
    assert copy.excerpt() == err.excerpt() == " ti<U+0009>tle\n   ^"


_DOC = st.text(st.sampled_from("ab \n\t\u00e9\u6e21\u0301\u202e\U0001f4f0\U000e0001"), max_size=300)


@given(_DOC, st.data(), st.integers(20, 90))
def test_excerpt_caret_stands_under_the_fault(doc: str, data: st.DataObject, width: int) -> None:
    pos = data.draw(st.integers(0, len(doc)))
    line, caret = _excerpt(doc, pos, width)
    assert _cells(line) <= width
    assert re.fullmatch(r" *\^", caret)
    # What stands from the caret's cell on is the fault, as printed, or nothing.
    cells = index = 0
    while cells < len(caret) - 1:
        cells += _cells(line[index])
        index += 1
    while index < len(line) and _cells(line[index]) == 0:  # marks on the character before
        index += 1
    assert cells == len(caret) - 1
    rest = line[index:]
    if pos == len(doc) or doc[pos] == "\n":
        assert rest == ""
    else:
        char = doc[pos]
        hidden = unicodedata.category(char) in ("Cc", "Cf", "Mn")
        assert rest.startswith(f"<U+{ord(char):04X}>" if hidden else char)
