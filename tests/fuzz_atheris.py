"""Coverage-guided fuzzing of newsseed's entry points with atheris (libFuzzer).

Each input's first byte picks an entry point (parse, parse_bytes, loads, find_dates,
parse_name, find_quotes, to_us, compare); the rest is its argument, read as text (any
code point, lone surrogates included) or as bytes. Each is held to the contracts of
``hostile.py``; a broken contract or an unexpected exception stops the run with the input
that caused it (written as ``crash-*`` in the current directory).

    python tests/fuzz_atheris.py -atheris_runs=200000       # a bounded run
    python tests/fuzz_atheris.py -max_total_time=3600 corpus/  # an hour, keeping a corpus

atheris installs from PyPI as wheels for CPython on Linux x86-64 (the ``fuzz`` extra);
``tests/test_hostile.py`` runs a bounded session where it is installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["newsseed"]):
    import hostile


def _text(data: atheris.FuzzedDataProvider) -> str:
    """The rest of the input as text: code points from the whole of Unicode."""
    count = data.remaining_bytes() // 3
    return "".join(chr(data.ConsumeIntInRange(0, 0x10FFFF)) for _ in range(count))


def test_one_input(raw: bytes) -> None:
    data = atheris.FuzzedDataProvider(raw)
    which = data.ConsumeIntInRange(0, 8)
    if which == 0:
        hostile.check_parse(_text(data))
    elif which == 1:
        hostile.check_parse_bytes(data.ConsumeBytes(data.remaining_bytes()))
    elif which == 2:
        hostile.check_loads(_text(data))
    elif which == 3:
        hostile.check_loads(" newsseed 1\n" + _text(data))
    elif which == 4:
        hostile.check_find_dates(_text(data))
    elif which == 5:
        hostile.check_parse_name(_text(data))
    elif which == 6:
        hostile.check_find_quotes(_text(data))
    elif which == 7:
        hostile.check_to_us(_text(data))
    else:
        first = _text(data)
        hostile.check_compare(first[: len(first) // 2], first[len(first) // 2 :])


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
