#!/usr/bin/env python3
"""Regenerate ``src/newsseed/normalize/_data/spelling.py`` from VarCon.

Source: VarCon (Variant Conversion Info) 2020.12.07 by Kevin Atkinson and Benjamin
Titze, ``varcon.txt`` with its README, as found in ``../shared/data/spelling/``
(http://wordlist.aspell.net/varcon/). The generated module carries VarCon's
copyright notice, as its licence asks.

    python3 scripts/gen_spelling.py [path/to/varcon.txt]
    ruff format src/newsseed/normalize/_data/spelling.py

How the table is derived (the policy is explained in docs/spelling.md):

- Each VarCon line is one row of spellings of one word form, in one sense. The
  preferred American spelling is the one tagged ``A`` (no variant mark); the preferred
  British one is tagged ``B`` (the -ise spelling), and for Oxford spelling ``Z`` (where
  a line has no ``Z`` tag, ``B`` stands for it).
- A word is rewritten towards a variety only when every row it appears in, in every
  sense, gives the same preferred spelling: ``licence`` is always ``license`` in
  American English, but ``license`` is ``licence`` (noun) or ``license`` (verb) in
  British English, so only the first is rewritten. Words whose rows disagree are
  listed by sense instead, and never rewritten.
- Only rows of plain lower-case words take part in rewriting (no proper names, no
  possessives, hyphens or spaces); a row whose preferred spelling is not such a word
  keeps its other spellings as they are.
- Only clusters VarCon has checked (marked verified, or of common words, SCOWL level
  35 and below) are trusted. The rest hold many rows made by rule, some of them
  wrong (``et``/``aet``); from them only -ize/-yze endings are rewritten to British
  -ise/-yse, never the other way (``reprised`` is not ``reprized``), and their
  spellings join a key only when they differ by such an ending.
- The spelling key joins every spelling that shares a row with another (any tag,
  any sense, hyphens removed), and names each group by its preferred American
  spelling.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "shared/data/spelling/varcon.txt"
TARGET = Path(__file__).resolve().parents[1] / "src/newsseed/normalize/_data/spelling.py"
CHECKED_LEVEL = 35  # VarCon: clusters of common words (level 35 and below) are checked

CLUSTER = re.compile(r"^# (\S+)( <verified>)? \(level (\d+)\)")
SWAP = re.compile(r"[a-z]{3,}[iy]([sz])(?:e|es|ed|ing|ation|ations|er|ers|able)?")
COMMENT = re.compile(r"\s+#.*$")
PLAIN = re.compile(r"[a-z]+")
KEY_FORM = re.compile(r"[a-z][a-z-]*")


@dataclass
class Row:
    """One VarCon line: its spellings with their tags, and its cluster's level."""

    trusted: bool
    sense: str
    forms: list[tuple[str, frozenset[str]]] = field(default_factory=list)

    def preferred(self, category: str) -> str | None:
        """The one spelling tagged ``category`` without a variant mark, or None."""
        found = {word for word, tags in self.forms if category in tags}
        return found.pop() if len(found) == 1 else None

    def accepts(self, category: str, word: str) -> bool:
        """True when ``word`` is a preferred or equal spelling of ``category`` here."""
        return any(
            form == word and (category in tags or f"{category}." in tags)
            for form, tags in self.forms
        )

    def has(self, category: str) -> bool:
        return any(tag.startswith(category) for _, tags in self.forms for tag in tags)


def rows(lines: Iterator[str]) -> Iterator[Row]:
    trusted = False
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("#"):
            cluster = CLUSTER.match(line)
            if cluster:
                trusted = bool(cluster.group(2)) or int(cluster.group(3)) <= CHECKED_LEVEL
            continue
        line = COMMENT.sub("", line).strip()
        if not line:
            continue
        body, _, sense = line.partition(" | ")
        row = Row(trusted, sense.strip())
        for entry in body.split(" / "):
            tags, _, word = entry.partition(": ")
            row.forms.append((word.strip(), frozenset(tags.split())))
        yield row


def regular_swap(word: str, target: str) -> bool:
    """True when the two differ only by an -ize/-ise or -yze/-yse ending on a stem."""
    ours, theirs = SWAP.fullmatch(word), SWAP.fullmatch(target)
    return (
        ours is not None
        and theirs is not None
        and ours.start(1) == theirs.start(1)
        and word[: ours.start(1)] == target[: theirs.start(1)]
        and word[ours.end(1) :] == target[theirs.end(1) :]
    )


def usable(word: str) -> bool:
    return PLAIN.fullmatch(word) is not None


def directions(all_rows: list[Row], category: str) -> dict[str, set[str]]:
    """Every plain word to the set of spellings the variety prefers for it, row by row."""
    targets: dict[str, set[str]] = defaultdict(set)
    for row in all_rows:
        here = "B" if category == "Z" and not row.has("Z") else category
        preferred = row.preferred(here)
        for word, _ in row.forms:
            if not usable(word):
                continue
            target = preferred if preferred is not None and usable(preferred) else word
            if row.accepts(here, word):
                target = word
            if not row.trusted and (category == "A" or not regular_swap(word, target)):
                target = word  # unchecked rows: only -ize/-ise endings, and only to British
            targets[word].add(target)
    return targets


def split(targets: dict[str, set[str]]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """Safe rewrites (one target, not the word itself) and words whose sense decides."""
    safe: dict[str, str] = {}
    by_sense: dict[str, tuple[str, ...]] = {}
    for word, found in targets.items():
        if len(found) > 1:
            by_sense[word] = tuple(sorted(found))
        elif (target := next(iter(found))) != word:
            safe[word] = target
    return safe, by_sense


def fold(word: str) -> str:
    return word.lower().replace("-", "")


def keys(all_rows: list[Row], rewrites: list[dict[str, str]]) -> dict[str, str]:
    """Folded spelling to the key of its group, for spellings whose key is not themselves.

    Spellings in one row are one group, and so is every rewrite and its result.
    """
    parent: dict[str, str] = {}

    def find(word: str) -> str:
        root = word
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[word] != root:
            parent[word], word = root, parent[word]
        return root

    def join(word: str, other: str) -> None:
        first, second = find(word), find(other)
        if first != second:
            parent[second] = first

    american: set[str] = set()
    for row in all_rows:
        words = [fold(word) for word, _ in row.forms if KEY_FORM.fullmatch(word)]
        if len(words) != len(row.forms):
            continue  # a row with a proper name, possessive or odd character
        if not row.trusted and not all(regular_swap(words[0], word) for word in words[1:]):
            continue
        preferred = row.preferred("A")
        if preferred is not None:
            american.add(fold(preferred))
        for word in words[1:]:
            join(words[0], word)
    for rewrite in rewrites:
        for word, target in rewrite.items():
            join(word, target)
    groups: dict[str, list[str]] = defaultdict(list)
    for word in list(parent):
        groups[find(word)].append(word)
    table: dict[str, str] = {}
    for members in groups.values():
        named = sorted(word for word in members if word in american) or sorted(members)
        for word in members:
            if word != named[0]:
                table[word] = named[0]
    return table


HEADER = '''"""US/UK spelling tables derived from VarCon, generated: do not edit.

Generated by ``scripts/gen_spelling.py`` from VarCon {version} (``varcon.txt``,
http://wordlist.aspell.net/varcon/). See docs/spelling.md for what is taken and why.

VarCon's copyright notice, as its licence asks:

    Copyright 2000-2019 by Kevin Atkinson

    Permission to use, copy, modify, distribute and sell this array, the
    associated software, and its documentation for any purpose is hereby
    granted without fee, provided that the above copyright notice appears
    in all copies and that both that copyright notice and this permission
    notice appear in supporting documentation. Kevin Atkinson makes no
    representations about the suitability of this array for any
    purpose. It is provided "as is" without express or implied warranty.

    Copyright 2016 by Benjamin Titze

    Permission to use, copy, modify, distribute and sell this array, the
    associated software, and its documentation for any purpose is hereby
    granted without fee, provided that the above copyright notice appears
    in all copies and that both that copyright notice and this permission
    notice appear in supporting documentation. Benjamin Titze makes no
    representations about the suitability of this array for any
    purpose. It is provided "as is" without express or implied warranty.

    Since the original words lists come from the Ispell distribution:

    Copyright 1993, Geoff Kuenning, Granada Hills, CA
    All rights reserved.

    Redistribution and use in source and binary forms, with or without
    modification, are permitted provided that the following conditions
    are met:

    1. Redistributions of source code must retain the above copyright
       notice, this list of conditions and the following disclaimer.
    2. Redistributions in binary form must reproduce the above copyright
       notice, this list of conditions and the following disclaimer in the
       documentation and/or other materials provided with the distribution.
    3. All modifications to the source code must be clearly marked as
       such.  Binary redistributions based on modified source code
       must be clearly marked as modified versions in the documentation
       and/or other materials provided with the distribution.
    (clause 4 removed with permission from Geoff Kuenning)
    5. The name of Geoff Kuenning may not be used to endorse or promote
       products derived from this software without specific prior
       written permission.

    THIS SOFTWARE IS PROVIDED BY GEOFF KUENNING AND CONTRIBUTORS ``AS IS'' AND
    ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
    IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
    ARE DISCLAIMED.  IN NO EVENT SHALL GEOFF KUENNING OR CONTRIBUTORS BE LIABLE
    FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
    DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS
    OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION)
    HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT
    LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY
    OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF
    SUCH DAMAGE.

This file is a modified, derived form of varcon.txt: rows are reduced to the word
pairs described in scripts/gen_spelling.py. Each table is one string of
white-space separated words, read into a dict when the spelling functions are
first used (see ``newsseed.normalize._spelling``).
"""

from __future__ import annotations

from typing import Final
'''


def pairs(table: dict[str, str]) -> str:
    return " ".join(f"{word} {table[word]}" for word in sorted(table))


def senses(table: dict[str, tuple[str, ...]]) -> str:
    return " ".join(f"{word}:{','.join(table[word])}" for word in sorted(table))


def block(name: str, comment: str, text: str) -> str:
    words = text.split(" ")
    lines: list[str] = []
    line = ""
    for word in words:
        if len(line) + len(word) + 1 > 84:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    body = "\n".join(f'    "{part} "' for part in lines)
    return f"\n#: {comment}\n{name}: Final = (\n{body}\n)\n"


def version(source: Path) -> str:
    readme = source.with_name("varcon-README.txt")
    if readme.exists():
        found = re.search(r"^Version (\S+)", readme.read_text(encoding="latin-1"), re.M)
        if found:
            return found.group(1)
    return "(unknown version)"


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    with source.open(encoding="latin-1") as lines:  # varcon.txt is Latin-1
        all_rows = list(rows(lines))
    to_us, sense_us = split(directions(all_rows, "A"))
    to_uk, sense_uk = split(directions(all_rows, "B"))
    to_oxford, sense_oxford = split(directions(all_rows, "Z"))
    key = keys(all_rows, [to_us, to_uk, to_oxford])
    parts = [
        HEADER.format(version=version(source)),
        block("TO_US", "Word, then its American spelling: always right.", pairs(to_us)),
        block("TO_UK", "Word, then its British (-ise) spelling: always right.", pairs(to_uk)),
        block(
            "TO_OXFORD",
            "Word, then its British Oxford (-ize) spelling: always right.",
            pairs(to_oxford),
        ),
        block(
            "SENSE_US",
            "word:spellings, where the American spelling depends on the sense.",
            senses(sense_us),
        ),
        block(
            "SENSE_UK",
            "word:spellings, where the British (-ise) spelling depends on the sense.",
            senses(sense_uk),
        ),
        block(
            "SENSE_OXFORD",
            "word:spellings, where the Oxford spelling depends on the sense.",
            senses(sense_oxford),
        ),
        block("KEYS", "Spelling (folded, no hyphens), then its group's key.", pairs(key)),
    ]
    TARGET.write_text("".join(parts), encoding="utf-8")
    subprocess.run(["ruff", "format", "--quiet", str(TARGET)], check=False)
    print(
        f"{TARGET}: {len(to_us)} to US, {len(to_uk)} to UK, {len(to_oxford)} to Oxford; "
        f"by sense {len(sense_us)}/{len(sense_uk)}/{len(sense_oxford)}; {len(key)} keys"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
