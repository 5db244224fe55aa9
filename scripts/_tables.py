"""What the generators of the name and place tables share: folding, writing, checking.

The tables are written as the normalisers read them: one string of entries per table,
wrapped over lines, read into a frozenset by :func:`newsseed.normalize._data.words`
(entries without spaces) or :func:`newsseed.normalize._data.entries` (entries that may
hold spaces, separated by ``|``). The output is already as ``ruff format`` leaves it, so
that ``--check`` can compare it with the committed module byte for byte.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src/newsseed/normalize/_data"
sys.path.insert(0, str(ROOT / "src"))

from newsseed.normalize._text import plain_letters  # noqa: E402

WIDTH = 84  # characters of entries on one line (the line is at most 100 with its quotes)
NAME = re.compile(r"[a-z]+(?:['-][a-z]+)*")  # a folded one-word name: "o'neil", "jean-luc"


def fold(text: str) -> str:
    """``text`` as the entity finder looks it up: no diacritics, case folded, no dots,
    runs of white space made one space (as ``newsseed.normalize._names._fold`` folds)."""
    return " ".join(plain_letters(text).casefold().replace(".", "").split())


def place_key(text: str) -> str:
    """A place name as the entity finder keys places: folded, hyphens as spaces."""
    return " ".join(fold(text).replace("-", " ").split())


def block(name: str, comment: str, items: Iterable[str], *, separator: str = " ") -> str:
    """One table: ``NAME: Final = words(...)`` (or ``entries(...)`` for ``|``), sorted."""
    ordered = sorted(set(items))
    if not ordered:
        raise ValueError(f"{name}: no entries")
    for item in ordered:
        if separator in item or '"' in item or "\\" in item or item != item.strip():
            raise ValueError(f"{name}: entry {item!r} cannot be written")
    reader = "words" if separator == " " else "entries"
    lines: list[str] = []
    line = ""
    for item in ordered:
        if line and len(line) + len(item) + 1 > WIDTH:
            lines.append(line)
            line = ""
        line += item + separator
    lines.append(line[: -len(separator)])  # no separator after the last entry
    body = "\n".join(f'    "{part}"' for part in lines)
    comment_lines = "".join(f"#: {part}\n" for part in comment.split("\n"))
    return f"\n{comment_lines}{name}: Final = {reader}(\n{body}\n)\n"


def module(docstring: str, blocks: Iterable[str]) -> str:
    """A generated module: its docstring, the imports, then its tables."""
    if '"""' in docstring or "\\" in docstring:
        raise ValueError("the docstring cannot hold triple quotes or backslashes")
    text = "".join(blocks)
    used = ", ".join(r for r in ("entries", "words") if f"= {r}(" in text)
    return (
        f'"""{docstring.strip()}\n"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Final\n\n"
        f"from newsseed.normalize._data import {used}\n"
        f"{text}"
    )


def write_or_check(target: Path, text: str, *, check: bool) -> int:
    """Write ``text`` to ``target``; with ``check``, only compare (1 if they differ)."""
    if not check:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)} ({len(text.encode()):,} bytes)")
        return 0
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if current == text:
        print(f"{target.relative_to(ROOT)} is up to date")
        return 0
    diff = difflib.unified_diff(
        current.splitlines(keepends=True),
        text.splitlines(keepends=True),
        fromfile=f"{target.name} (committed)",
        tofile=f"{target.name} (generated)",
        n=1,
    )
    sys.stdout.writelines(list(diff)[:40])
    print(f"\n{target.relative_to(ROOT)} differs from what its source gives")
    return 1


def run(
    argv: list[str],
    *,
    doc: str,
    target: Path,
    generate: Callable[[Path], str],
    source: tuple[str, str],
) -> int:
    """A generator's command line: ``SOURCE [--check]``, the source being a download
    (``source``: its argument's name and help); writes ``target`` or, with ``--check``,
    only compares (:func:`write_or_check`)."""
    parser = argparse.ArgumentParser(description=doc.split("\n", maxsplit=1)[0])
    parser.add_argument(source[0], type=Path, help=source[1])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    return write_or_check(target, generate(getattr(args, source[0])), check=args.check)
