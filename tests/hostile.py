"""Hostile input for newsseed: the contracts every entry point keeps, and 1 MB inputs.

Shared by the hypothesis fuzz tests and the 1 MB timing test (``test_hostile.py``) and by
the atheris harness (``fuzz_atheris.py``). Run it as a script for the whole table of
timings, the inputs that are not news but only dense with what a finder looks for
included (``python tests/hostile.py --help``; docs/hardening.md).

The contracts: on any ``str``, :func:`newsseed.parse` returns an Article without an
internal error, whose diagnostics point into the input and which the canonical format
writes and reads back equal; :func:`newsseed.loads` returns an Article or raises
:class:`newsseed.ParseError`, nothing else; the finders return spans inside the text
that hold what they say; :func:`~newsseed.normalize.to_us` keeps the number of words;
:func:`newsseed.compare` returns a Comparison.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import gc
import io
import os
import pickle
import random
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Final, NamedTuple, cast

import newsseed
from evidence import kept
from newsseed import Article, Comparison
from newsseed.normalize import find_dates, parse_name, to_us
from newsseed.normalize._text import forget_readings

ANCHOR: Final = dt.date(2025, 3, 14)

# ----------------------------------------------------------------------- the contracts


def check_parse(text: str) -> Article:
    """parse is total, its diagnostics are evidence, and the record survives the format."""
    article = newsseed.parse(text)
    assert not [d for d in article.diagnostics if d.code == "internal-error"], article.diagnostics
    for diagnostic in article.diagnostics:
        if diagnostic.span is not None:
            assert 0 <= diagnostic.span.start <= diagnostic.span.end <= len(text)
            assert kept(diagnostic.span.of(text)) == diagnostic.text
    assert newsseed.loads(newsseed.dumps(article)) == article
    return article


def check_parse_bytes(data: bytes) -> Article:
    """parse_bytes is total: bytes in any encoding, or none."""
    article = newsseed.parse_bytes(data)
    assert not [d for d in article.diagnostics if d.code == "internal-error"], article.diagnostics
    return article


def check_loads(text: str) -> Article | None:
    """loads gives an Article that dumps writes back as it was, or raises ParseError."""
    try:
        article = newsseed.loads(text)
    except newsseed.ParseError as raised:
        error = raised
    else:
        assert newsseed.dumps(article) == text
        return article
    assert error.lineno >= 1, error
    assert error.colno >= 1, error
    assert 0 <= error.pos <= len(text), error
    assert str(error), error
    return None


def check_find_dates(text: str) -> None:
    """find_dates is total and each mention is the text at its span."""
    last = 0
    for mention in find_dates(text, anchor=ANCHOR):
        assert last <= mention.span.start < mention.span.end <= len(text)
        assert mention.span.of(text) == mention.text
        last = mention.span.end


def check_parse_name(text: str) -> None:
    """parse_name is total, and what it reads comes from the text (editorial brackets
    taken out: ``[Ana] Ruiz``)."""
    name = parse_name(text)
    source = text.replace("[", "").replace("]", "").lower()
    for part in (name.given, name.family):
        if part:
            for word in part.split():
                assert word.strip(".").lower() in source, (word, text[:80])


def check_find_quotes(text: str) -> None:
    """find_quotes (reported speech too) is total, each quote is the text at its span,
    and so is its speaker."""
    for quote in newsseed.find_quotes(text, reported=True):
        assert 0 <= quote.span.start < quote.span.end <= len(text)
        assert quote.span.of(text) == quote.text
        if quote.speaker_span is not None:
            assert 0 <= quote.speaker_span.start < quote.speaker_span.end <= len(text)


def check_to_us(text: str) -> None:
    """to_us is total and changes words, never their number."""
    assert len(to_us(text).split()) == len(text.split())


def check_compare(first: str, second: str) -> Comparison:
    """compare is total on articles read from any text."""
    articles = [newsseed.parse(first, id="a"), newsseed.parse(second, id="b")]
    comparison = newsseed.compare(articles)
    assert {i for story in comparison.stories for i in story} <= {"a", "b"}
    return comparison


# ------------------------------------------------------------------- the 1 MB inputs

#: The size of each hostile input, and of the real text they are timed against.
MB: Final = 1_000_000


def real_text(shared: Path, size: int = MB) -> str:
    """``size`` characters of real news: the BBC articles of ``../shared/corpora``, joined
    by blank lines (read from the tarball, never copied anywhere)."""
    texts: list[str] = []
    with tarfile.open(shared / "corpora" / "bbc-business-sport.tar.gz") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            handle = tar.extractfile(member) if member.name.endswith(".txt") else None
            if handle is not None:
                texts.append(handle.read().decode("utf-8", "replace"))
    joined = "\n\n".join(texts)
    return (joined * (size // len(joined) + 1))[:size]


def fill(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def _sprinkled(real: str, marks: str, count: int, seed: int) -> str:
    """``real`` with ``count`` characters of ``marks`` put in at random places (the
    result cut back to its size)."""
    rng = random.Random(seed)
    places = sorted(rng.randrange(len(real)) for _ in range(count))
    pieces, last = [], 0
    for at in places:
        pieces += [real[last:at], rng.choice(marks)]
        last = at
    pieces.append(real[last:])
    return "".join(pieces)[: len(real)]


def _random_code_points(size: int, seed: int) -> str:
    """Code points drawn from the whole of Unicode, lone surrogates included."""
    rng = random.Random(seed)
    return "".join(map(chr, (rng.randrange(0x110000) for _ in range(size))))


class Hostile(NamedTuple):
    """One hostile input: what it is, how to make it from the real text, and whether it
    is one of the issue's list (``listed``) or only dense with what a finder looks for."""

    name: str
    build: Callable[[str], str]
    listed: bool = True


def _nested(opening: str, closing: str) -> Callable[[str], str]:
    """Half the size in opening marks, then as many closing ones."""
    return lambda real: fill(opening, len(real) // 2) + fill(closing, len(real) - len(real) // 2)


def _after_every_word(mark: str) -> Callable[[str], str]:
    return lambda real: real.replace(" ", mark + " ")[: len(real)]


def _repeated(unit: str) -> Callable[[str], str]:
    return lambda real: fill(unit, len(real))


def _one_word(real: str) -> str:
    return "".join(real.split()).ljust(len(real), "x")[: len(real)]


def _around_a_name(real: str) -> str:
    name = "Dr Ana Ruiz,"
    half = (len(real) - len(name)) // 2
    return fill("[(", half) + name + fill(")]", len(real) - len(name) - half)


def _advertisements_between(real: str) -> str:
    return real.replace("\n\n", "\n\nAdvertisement\n\nAdvertisement\n\n")[: len(real)]


def _field_then_text(real: str) -> str:
    """A header field, once for every 100 characters of the size (10,000 times in 1 MB),
    then real text."""
    return ("Title: Ferry strike ends\n" * (len(real) // 100) + real)[: len(real)]


def _printable(real: str) -> str:
    alphabet = [chr(c) for c in range(32, 127)] + ["\n"]
    return "".join(random.Random(2).choices(alphabet, k=len(real)))


HOSTILE: Final = (
    Hostile("random code points", lambda real: _random_code_points(len(real), 1)),
    Hostile("random printable ASCII", _printable, listed=False),
    Hostile("lone surrogates", _repeated("\ud800a\udfff \udc80")),
    Hostile("real text, a lone surrogate after every word", _after_every_word("\ud83d")),
    Hostile("NULs", _repeated("\0")),
    Hostile("real text, a NUL after every word", _after_every_word("\0")),
    Hostile("1 MB without a newline", lambda real: real.replace("\n", " ")),
    Hostile("one 1 MB word", _one_word),
    Hostile("real text with 100,000 quote marks a MB",
            lambda real: _sprinkled(real, "\"'“”‘’«»", len(real) // 10, 3)),
    Hostile("straight double quotes only", _repeated('"')),
    Hostile("curly quote pairs (“a” “a” ...)", _repeated("“a” ")),
    Hostile("nested parentheses", _nested("(", ")")),
    Hostile("nested brackets", _nested("[", "]")),
    Hostile("nested brackets of every kind", _nested("([{«‹“‘", "’”›»}])")),
    Hostile("nested brackets around a name", _around_a_name),
    Hostile("Advertisement lines", _repeated("Advertisement\n")),
    Hostile("real paragraphs between Advertisement lines", _advertisements_between),
    Hostile("a header field 10,000 times a MB, then real text", _field_then_text),
    Hostile("a header field repeated to 1 MB", _repeated("Source: Harbour Gazette\n")),
    Hostile("a delimited date field repeated on one line",
            lambda real: " " + fill("date 2025-07-02 ", len(real) - 1), listed=False),
    Hostile("a delimited id field repeated on one line",
            lambda real: " " + fill("id x ", len(real) - 1)),
    Hostile("'a' and a blank line, repeated", _repeated("a\n\n"), listed=False),
    Hostile("headings never used", _repeated("# Ferry\n\n")),
    Hostile("'Share' lines between short paragraphs", _repeated("Share\n\nBoats sail.\n\n")),
    Hostile("agency sign-offs to the end",
            lambda real: "Boats sail.\n\n" + fill("Reuter\n", len(real) - 13)),
    Hostile("empty 'Tags:' fields", _repeated("Tags: |\n")),
    Hostile("'Tuesday ' repeated", _repeated("Tuesday "), listed=False),
    Hostile("'May ' repeated", _repeated("May "), listed=False),
    Hostile("'July 4, ' repeated", _repeated("July 4, "), listed=False),
    Hostile("'the day ' repeated", _repeated("the day "), listed=False),
    Hostile("'the 2019 strikes ' repeated", _repeated("the 2019 strikes "), listed=False),
    Hostile("'In 2019. On March 3 ' repeated", _repeated("In 2019. On March 3 "), listed=False),
    Hostile("'1890 - 91, ' repeated", _repeated("1890 - 91, "), listed=False),
    Hostile("'that year ' repeated", _repeated("that year "), listed=False),
    Hostile("'Tuesday at 6:30 p.m. ' repeated", _repeated("Tuesday at 6:30 p.m. "), listed=False),
    Hostile("capitalised words only", _repeated("Ana Bo Cy Dee "), listed=False),
    Hostile("initials only ('A. A. ...')", _repeated("A. "), listed=False),
    Hostile("'\"We will,\" he said. ' repeated", _repeated('"We will," he said. '),
            listed=False),
    Hostile("unmarked speech repeated", _repeated("Ana Ruiz said, We will go. "), listed=False),
    Hostile("'said ' repeated", _repeated("said "), listed=False),
    Hostile("reported speech repeated", _repeated("Ana Ruiz said the bridge would open. "),
            listed=False),
    Hostile("'according to Ana, ' repeated", _repeated("according to Ana, "), listed=False),
    Hostile("'Colour. ' repeated (a table word every 8 characters)", _repeated("Colour. "),
            listed=False),
)  # fmt: skip


class Target(NamedTuple):
    """One entry point, as timed: ``prepare`` turns the input into its argument (untimed),
    ``run`` is what is timed. ``size``, where given, measures the argument when it is not
    the input itself: times are then compared per unit of it (``loads`` reads a document
    whose size is not the input's: its time is compared per character of it)."""

    name: str
    prepare: Callable[[str], Any]
    run: Callable[[Any], object]
    size: Callable[[Any], int] | None = None


def _same(text: str) -> str:
    return text


def _loads_or_error(document: str) -> object:
    try:
        return newsseed.loads(document)
    except newsseed.ParseError as error:
        return error


def _halves(text: str) -> list[Article]:
    middle = len(text) // 2
    return [newsseed.parse(text[:middle], id="a"), newsseed.parse(text[middle:], id="b")]


TARGETS: Final = (
    Target("parse", _same, newsseed.parse),
    Target("parse_bytes", lambda text: text.encode("utf-8", "surrogatepass"), newsseed.parse_bytes),
    Target("loads (its canonical form)", lambda text: newsseed.dumps(newsseed.parse(text)),
           _loads_or_error, len),
    Target("loads (the input itself)", _same, _loads_or_error),
    Target("find_dates", _same, lambda text: find_dates(text, anchor=ANCHOR)),
    Target("parse_name", _same, parse_name),
    Target("find_quotes", _same, lambda text: newsseed.find_quotes(text, reported=True)),
    Target("to_us", _same, to_us),
    Target("compare (its two halves)", _halves, newsseed.compare),
)  # fmt: skip


class Measure(NamedTuple):
    """One run of an entry point: its CPU time, how much the process grew at its peak
    while it ran, and the size of what it returned."""

    seconds: float
    """CPU seconds of the run (this process's own: another one busy on the machine adds
    little to it, as it would to wall-clock time)."""
    peak: int | None
    """Bytes the process's resident memory rose to above where the run started (its
    high-water mark, read from ``/proc``); None where that cannot be read."""
    output: int
    """Bytes of what the run returned, pickled without a memo: the record's size, counted
    one way for every entry point."""
    size: int
    """The size of the argument, as the target measures it (its ``size``; else the
    input's length)."""


def _status(field: str) -> int:
    """A memory figure of this process from ``/proc/self/status``, in bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise LookupError(field)


def _can_fork_and_measure() -> bool:
    """Whether runs can be measured in a process of their own (Linux: fork, and a peak
    resident memory that can be read and reset)."""
    return hasattr(os, "fork") and sys.platform.startswith("linux")


def _give_back_free_memory() -> None:
    """Collect the garbage and return the heap's free pages to the system (glibc's
    ``malloc_trim``), so that a run reusing memory freed before it still shows in its
    peak."""
    gc.collect()
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc: the peak may read a little low
        return
    libc.malloc_trim(0)


def _pickled_size(value: object) -> int:
    """The bytes of ``value`` pickled with every object written where it is used (no
    memo: a string held twice counts twice, as it would in JSON)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer)
    pickler.fast = True  # no memo (records hold no cycles)
    pickler.dump(value)
    return buffer.tell()


def _run(target: Target, argument: object, size: int, *, peak: bool) -> Measure:
    """``target`` run on its prepared ``argument``: CPU time, peak (where ``peak``: read
    from ``/proc``, from here on), output. The memories of names and words are emptied
    first, so that each run starts cold."""
    forget_readings()
    start = 0
    if peak:
        _give_back_free_memory()
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")  # the high-water mark starts again from here
        start = _status("VmRSS")
    else:
        gc.collect()
    began = time.process_time()
    result = target.run(argument)
    taken = time.process_time() - began
    grown = max(0, _status("VmHWM") - start) if peak else None
    return Measure(taken, grown, _pickled_size(result), size)


_TARGETS_BY_NAME: Final = {target.name: target for target in TARGETS}


class Meter:
    """Measures runs in a lean process of their own (Linux), or here (elsewhere).

    The process (``python hostile.py --meter``) imports newsseed, runs every entry point
    once on a short article of our own (patterns compiled, modules loaded), and gives its
    free memory back; then, for each run, it forks a child that reads the prepared
    argument, gives back its free memory, resets its high-water mark and runs the target.
    Arguments are prepared here, so neither the preparing (a parse before ``loads``) nor
    what earlier runs left behind frees memory that a run could reuse unseen: the peak
    is what the run needed. Elsewhere, runs are made in this process, peaks unmeasured.
    """

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        if _can_fork_and_measure():
            self._process = subprocess.Popen(
                [sys.executable, __file__, "--meter"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )

    def measure(self, target: Target, text: str) -> Measure:
        """One run of ``target`` on ``text``."""
        argument = target.prepare(text)
        size = len(text) if target.size is None else target.size(argument)
        if self._process is None:
            return _run(target, argument, size, peak=False)
        assert self._process.stdin is not None
        assert self._process.stdout is not None
        _send(self._process.stdin, (target.name, argument, size))
        found = _receive(self._process.stdout)
        if not isinstance(found, tuple):
            raise AssertionError(found)
        return Measure(*found)

    def best(self, target: Target, text: str, repeats: int) -> Measure:
        """The least CPU time of ``repeats`` runs (with the first run's peak and output)."""
        first = self.measure(target, text)
        rest = [self.measure(target, text).seconds for _ in range(repeats - 1)]
        return first._replace(seconds=min([first.seconds, *rest]))

    def close(self) -> None:
        if self._process is not None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            self._process.wait(timeout=60)
            self._process = None

    def __enter__(self) -> Meter:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _send(stream: IO[bytes], value: object) -> None:
    data = pickle.dumps(value)
    stream.write(len(data).to_bytes(8, "big") + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> object:
    head = stream.read(8)
    if len(head) < 8:
        return "the measuring process ended"
    return pickle.loads(stream.read(int.from_bytes(head, "big")))


#: What the measuring process reads before it measures: every entry point's work.
WARM_UP: Final = (
    "Ferry strike ends\n\nBy Ana Ruiz\n\nMarch 14, 2025\n\n"
    'LISBON (Reuters) - "We will sail on Tuesday," Harbour Minister Ana Ruiz said. '
    "The colour of the defence programme changed last week, Dr. Rui Costa told reporters.\n\n"
    "Advertisement\n\nThe union met on 3 March and again a week later."
)


def _serve_measurements() -> None:  # pragma: no cover - runs in its own process
    """The measuring process of :class:`Meter`: one child per run, results on stdout."""
    for target in TARGETS:
        target.run(target.prepare(WARM_UP))
    _give_back_free_memory()
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    while True:
        request = _receive(requests)
        if isinstance(request, str):  # the test is done
            return
        read, write = os.pipe()
        child = os.fork()
        if child == 0:
            os.close(read)
            try:
                name, argument, size = cast(tuple[str, object, int], request)
                del request
                reply: object = tuple(_run(_TARGETS_BY_NAME[name], argument, size, peak=True))
            except BaseException as error:
                reply = f"the run raised {error!r}"
            with os.fdopen(write, "wb") as out:
                _send(out, reply)
            os._exit(0)
        os.close(write)
        del request
        with os.fdopen(read, "rb") as out:
            reply = _receive(out)
        os.waitpid(child, 0)
        _send(replies, reply)


#: Times below this are not compared: too short to tell anything apart.
RESOLUTION: Final = 0.01


class Timing(NamedTuple):
    """One target on one hostile input and on the real text (its time scaled to the
    input's size, for targets with a ``size``), and the same at a quarter of the size."""

    target: str
    hostile: str
    listed: bool
    real: float
    seconds: float
    large: Measure
    """The hostile input of the full size."""
    small: Measure
    """The hostile input made from a quarter of the real text."""
    real_large: Measure
    """The real text itself, for comparison."""

    @property
    def ratio(self) -> float:
        return self.seconds / self.real if self.real else float("inf")

    def slower(self, bar: float) -> bool:
        """Whether the hostile input cost more than ``bar`` times the real text."""
        return self.seconds > max(RESOLUTION, bar * self.real)


def _slower(seconds: float, real: float, bar: float) -> bool:
    return seconds > max(RESOLUTION, bar * real)


def timings(
    real: str,
    *,
    targets: tuple[Target, ...] = TARGETS,
    hostile: tuple[Hostile, ...] = HOSTILE,
    bar: float = 3.0,
    repeats: int = 3,
) -> Iterator[Timing]:
    """Each target on ``real`` and on each hostile input of the same size, in one run,
    and on the same input made from a quarter of ``real`` (for its memory).

    A hostile input is timed once; one that looks slower than ``bar`` times the real text
    is timed again, ``repeats`` times, each time right after the real text, so that both
    runs of a pair meet the same load; the pair with the least ratio is taken (as the
    least time of several runs is), so that a pause of a shared machine, or the other
    core's work, is not taken for a slow input.
    """
    quarter = real[: len(real) // 4]
    with Meter() as meter:
        for target in targets:
            base_run = meter.best(target, real, repeats)
            base = base_run.seconds
            for entry in hostile:
                text = entry.build(real)
                large = meter.measure(target, text)
                scale = large.size / base_run.size if base_run.size else 1.0
                real_seconds = base
                if _slower(large.seconds, base * scale, bar):
                    pairs = [(base, large.seconds)]
                    for _ in range(repeats):
                        before = meter.measure(target, real).seconds
                        pairs.append((before, meter.measure(target, text).seconds))
                    real_seconds, seconds = min(pairs, key=lambda p: p[1] / max(p[0], 1e-9))
                    large = large._replace(seconds=seconds)
                small = meter.measure(target, entry.build(quarter))
                yield Timing(
                    target.name,
                    entry.name,
                    entry.listed,
                    real_seconds * scale,
                    large.seconds,
                    large,
                    small,
                    base_run,
                )


def _mb(size: int | None) -> str:
    return "-" if size is None else f"{size / 2**20:.1f}"


def _growth(large: int | None, small: int | None) -> str:
    return "-" if large is None or not small else f"{large / small:.1f}x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[2] / "shared")
    parser.add_argument("--megabytes", type=float, default=1.0, help="size of each input")
    parser.add_argument("--only", help="targets whose name starts with this")
    args = parser.parse_args(argv)
    real = real_text(args.shared, int(args.megabytes * MB))
    targets = tuple(t for t in TARGETS if not args.only or t.name.startswith(args.only))
    size = f"{args.megabytes:g} MB"
    print(f"| entry point | input ({size}) | seconds | real text | ratio |")
    print("| --- | --- | ---: | ---: | ---: |")
    rows = []
    for row in timings(real, targets=targets):
        rows.append(row)
        mark = "" if row.listed else " (dense)"
        ratio = f"{row.ratio:.1f}x" if max(row.seconds, row.real) >= RESOLUTION else "< 10 ms"
        print(f"| {row.target} | {row.hostile}{mark} | {row.seconds:.3f} | "
              f"{row.real:.3f} | {ratio} |", flush=True)  # fmt: skip
    print(
        f"\nPeak memory (MiB above the start) and output (MiB pickled) at a quarter of {size}"
        f" and at {size}; bytes per input character at {size}:\n"
    )
    print("| entry point | input | peak | peak | growth | per char | output | output | growth"
          " | per char |")  # fmt: skip
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        large, small = row.large, row.small
        per_char = "-" if large.peak is None else f"{large.peak / len(real):.0f}"
        print(f"| {row.target} | {row.hostile} | {_mb(small.peak)} | {_mb(large.peak)} | "
              f"{_growth(large.peak, small.peak)} | {per_char} | {_mb(small.output)} | "
              f"{_mb(large.output)} | {_growth(large.output, small.output)} | "
              f"{large.output / len(real):.2f} |", flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--meter"]:
        _serve_measurements()
        sys.exit(0)
    sys.exit(main())
