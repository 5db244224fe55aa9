#!/usr/bin/env python3
"""Run every benchmark against its peer and build one Markdown table of the headline figures.

    python benchmarks/run_all.py [--quick] [--write] [--only NAME ...] [--verbose] [--keep DIR]

Each script in ``SCRIPTS`` runs in its own subprocess with this interpreter, with
``--json PATH`` (``benchmarks/_suite.py`` describes the JSON). A script that is absent
(``bench_pipeline.py`` in a checkout that predates it) is skipped with a message; one that
fails is reported with the end of its output, the others still run, and the exit status
is 1. The block printed at the end holds the command, the date, Python, the machine, the
versions of newsseed and of every peer, and one table of every row. ``--write`` puts it
between the markers ``<!-- suite:start -->`` and ``<!-- suite:end -->`` in
``docs/performance.md`` (not when a script failed).

Every ratio in the table comes from one script that ran newsseed and the peer on the same
inputs in one process; this runner only gathers them.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import math
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, TypeVar

ROOT: Final = Path(__file__).resolve().parents[1]
HERE: Final = ROOT / "benchmarks"
PERFORMANCE: Final = ROOT / "docs" / "performance.md"
START: Final = "<!-- suite:start -->"
END: Final = "<!-- suite:end -->"
#: Lines of a failed script's output printed with the failure.
TAIL: Final = 40

T = TypeVar("T")


@dataclass(frozen=True)
class Script:
    """One benchmark script and the options it runs with, in a full and a quick run."""

    name: str
    file: str
    options: tuple[str, ...] = ()
    quick: tuple[str, ...] = ("--quick",)

    def arguments(self, quick: bool) -> tuple[str, ...]:
        return self.quick if quick else self.options

    def shown(self, quick: bool) -> str:
        """The command as a reader would type it (without ``--json``)."""
        return shlex.join(["python", f"benchmarks/{self.file}", *self.arguments(quick)])


SCRIPTS: Final = (
    Script("dates", "bench_dates.py"),
    Script("names", "bench_names.py"),
    # 50 sampled articles per corpus instead of 100: spaCy takes most of the suite's time.
    Script("entities", "bench_entities.py", ("--articles", "50")),
    Script("spelling", "bench_spelling.py"),
    # eval_quotes has no --quick: one timed repeat of newsseed instead of three.
    Script(
        "quotes",
        "eval_quotes.py",
        ("--part", "dev", "--peer"),
        ("--part", "dev", "--peer", "--repeats", "1"),
    ),
    Script("pipeline", "bench_pipeline.py"),
)


# --------------------------------------------------------------------------------------
# Reading a script's JSON.


@dataclass(frozen=True)
class Figure:
    """One row of a script's JSON."""

    measure: str
    unit: str
    newsseed: float
    peer: str | None
    peer_value: float | None
    ratio: float | None
    target: str | None
    met: bool | None


@dataclass(frozen=True)
class Report:
    """One script's JSON."""

    benchmark: str
    command: str
    versions: dict[str, str]
    rows: list[Figure]


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} is {value!r}, not a string")
    return value


def _float(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{what} is {value!r}, not a number")
    return float(value)


def _flag(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{what} is {value!r}, not true or false")
    return value


def _optional(read: Callable[[object, str], T]) -> Callable[[object, str], T | None]:
    def optional(value: object, what: str) -> T | None:
        return None if value is None else read(value, what)

    return optional


def _read(record: object, key: str, read: Callable[[object, str], T], where: str) -> T:
    if not isinstance(record, dict):
        raise ValueError(f"{where} is not a JSON object")
    if key not in record:
        raise ValueError(f"{where} has no {key!r}")
    return read(record[key], f"{where}'s {key!r}")


def _versions(value: object, what: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError(f"{what} is not an object")
    return {str(name): str(version) for name, version in value.items()}


def _rows(value: object, what: str) -> list[Figure]:
    if not isinstance(value, list):
        raise ValueError(f"{what} is not a list")
    return [
        Figure(
            measure=_read(row, "measure", _text, f"row {index}"),
            unit=_read(row, "unit", _text, f"row {index}"),
            newsseed=_read(row, "newsseed", _float, f"row {index}"),
            peer=_read(row, "peer", _optional(_text), f"row {index}"),
            peer_value=_read(row, "peer_value", _optional(_float), f"row {index}"),
            ratio=_read(row, "ratio", _optional(_float), f"row {index}"),
            target=_read(row, "target", _optional(_text), f"row {index}"),
            met=_read(row, "met", _optional(_flag), f"row {index}"),
        )
        for index, row in enumerate(value)
    ]


def read_report(path: Path) -> Report:
    """The JSON a script wrote, checked against the shape in ``_suite.py``."""
    document: object = json.loads(path.read_text(encoding="utf-8"))
    where = path.name
    return Report(
        benchmark=_read(document, "benchmark", _text, where),
        command=_read(document, "command", _text, where),
        versions=_read(document, "versions", _versions, where),
        rows=_read(document, "rows", _rows, where),
    )


# --------------------------------------------------------------------------------------
# Running the scripts.


@dataclass
class Outcome:
    """What became of one script: its report, or why there is none."""

    script: Script
    command: str
    seconds: float = 0.0
    report: Report | None = None
    #: Why it did not run ("skipped: ..."), or how it failed ("failed: ...").
    problem: str | None = None

    @property
    def failed(self) -> bool:
        return self.problem is not None and self.problem.startswith("failed")


def run_script(script: Script, quick: bool, folder: Path, verbose: bool) -> Outcome:
    """Run one script with ``--json`` into ``folder``; its output goes to ``NAME.log`` there."""
    outcome = Outcome(script, script.shown(quick))
    path = HERE / script.file
    if not path.is_file():
        outcome.problem = f"skipped: benchmarks/{script.file} not found"
        print(f"\n== {script.name}: {outcome.problem} ==", flush=True)
        return outcome
    print(f"\n== {script.name}: {outcome.command} ==", flush=True)
    target = folder / f"{script.name}.json"
    target.unlink(missing_ok=True)
    command = [sys.executable, str(path), *script.arguments(quick), "--json", str(target)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "utf-8"}
    tail: collections.deque[str] = collections.deque(maxlen=TAIL)
    start = time.perf_counter()
    with (
        (folder / f"{script.name}.log").open("w", encoding="utf-8") as log,
        subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            encoding="utf-8",
            errors="replace",
        ) as process,
    ):
        assert process.stdout is not None
        for line in process.stdout:
            log.write(line)
            tail.append(line.rstrip("\n"))
            if verbose:
                print(f"  {script.name} | {line}", end="", flush=True)
    outcome.seconds = time.perf_counter() - start
    if process.returncode != 0:
        outcome.problem = f"failed: exit status {process.returncode}"
    else:
        try:
            outcome.report = read_report(target)
        except (OSError, ValueError) as error:
            outcome.problem = f"failed: no usable JSON from --json ({error})"
    if outcome.problem is not None:
        reason = outcome.problem.removeprefix("failed: ")
        print(f"  FAILED after {duration(outcome.seconds)}: {reason}", flush=True)
        print("  the end of its output:", flush=True)
        for line in tail:
            print(f"  | {line}", flush=True)
    else:
        assert outcome.report is not None
        print(f"  ok in {duration(outcome.seconds)}: {len(outcome.report.rows)} rows", flush=True)
    return outcome


# --------------------------------------------------------------------------------------
# The Markdown block.


def duration(seconds: float) -> str:
    """``42 s``, ``3 min 05 s``."""
    whole = round(seconds)
    return f"{whole} s" if whole < 60 else f"{whole // 60} min {whole % 60:02d} s"


def number(value: float) -> str:
    """``103,164``, ``76.1``, ``0.961``: thousands separated, else 3 significant digits."""
    if not math.isfinite(value):
        return str(value)
    if abs(value) >= 99.5:
        return f"{value:,.0f}"
    return f"{value:#.3g}"


def ratio_text(ratio: float | None) -> str:
    """``**56.1x**`` (3 significant digits), or nothing."""
    if ratio is None:
        return ""
    return f"**{number(float(f'{ratio:.3g}'))}x**"


def machine() -> str:
    """``Linux 6.1.0 x86_64 (Intel Xeon ...), 2 CPUs``."""
    model = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.partition(":")[2].strip()
                break
    except OSError:
        pass
    name = f"{platform.system()} {platform.release()} {platform.machine()}"
    return f"{name}{f' ({model})' if model else ''}, {os.cpu_count()} CPUs"


def versions(reports: Iterable[Report]) -> str:
    """``newsseed 0.1.0, dateparser 1.5.0, ...``; a name with two versions shows both."""
    seen: dict[str, list[str]] = {}
    for report in reports:
        for name, version in report.versions.items():
            known = seen.setdefault(name, [])
            if version not in known:
                known.append(version)
    return ", ".join(f"{name} {' / '.join(found)}" for name, found in seen.items())


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table(outcomes: Sequence[Outcome]) -> list[str]:
    lines = [
        "| benchmark | measure | unit | newsseed | peer | peer value | newsseed's advantage "
        "| target | met |",
        "| --- | --- | --- | ---: | --- | ---: | ---: | --- | --- |",
    ]
    for outcome in outcomes:
        if outcome.report is None:
            continue
        label = (
            f"{outcome.script.name}: `{outcome.command.removeprefix('python benchmarks/')}`, "
            f"{duration(outcome.seconds)}"
        )
        for row in outcome.report.rows:
            met = "" if row.met is None else ("yes" if row.met else "**no**")
            cells = (
                label,
                row.measure,
                row.unit,
                number(row.newsseed),
                row.peer or "",
                "" if row.peer_value is None else number(row.peer_value),
                ratio_text(row.ratio),
                row.target or "",
                met,
            )
            lines.append("| " + " | ".join(_cell(cell) for cell in cells) + " |")
            label = ""
    return lines


def block(
    outcomes: Sequence[Outcome], *, command: str, quick: bool, started: dt.datetime, seconds: float
) -> str:
    reports = [o.report for o in outcomes if o.report is not None]
    lines = [
        f"### Benchmark suite, {started.date().isoformat()}",
        "",
        f"- command: `{command}`",
        f"- date: {started:%Y-%m-%d %H:%M} UTC, {duration(seconds)} in all",
        f"- Python {platform.python_version()} ({platform.python_implementation()}) on {machine()}",
        f"- versions: {versions(reports) or 'none reported'}",
    ]
    if quick:
        lines.append(
            "- `--quick`: a smoke test (fewer repeats, smaller samples); do not quote these figures"
        )
    for outcome in outcomes:
        if outcome.failed:
            lines.append(f"- **{outcome.script.name} {outcome.problem}**: no figures from it")
        elif outcome.problem is not None:
            lines.append(f"- {outcome.script.name} {outcome.problem}")
    lines += [
        "- newsseed's advantage: newsseed/peer for a rate, peer/newsseed for a time or memory; "
        "each from one script that ran both on the same inputs in one run",
        "",
    ]
    if reports:
        lines += table(outcomes)
    else:
        lines.append("No benchmark reported any figure.")
    return "\n".join(lines)


def write_block(path: Path, text: str) -> None:
    """Put ``text`` between the suite markers of ``path``."""
    document = path.read_text(encoding="utf-8")
    if document.count(START) != 1 or document.count(END) != 1:
        raise ValueError(f"{path} must hold {START} and {END} once each")
    before, _, rest = document.partition(START)
    _, _, after = rest.partition(END)
    if END in before:
        raise ValueError(f"{END} comes before {START} in {path}")
    path.write_text(f"{before}{START}\n\n{text}\n\n{END}{after}", encoding="utf-8")


# --------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    names = [script.name for script in SCRIPTS]
    parser = argparse.ArgumentParser(
        description="Run every benchmark (newsseed against its peer) and print one Markdown "
        "table of their headline figures."
    )
    parser.add_argument(
        "--quick", action="store_true", help="pass --quick (a smoke test) to every script"
    )
    parser.add_argument(
        "--write",
        action="store_true",
        help=f"also put the block between {START} and {END} in docs/performance.md "
        "(not when a script failed)",
    )
    parser.add_argument(
        "--only", nargs="+", choices=names, metavar="NAME", help=f"run only these: {names}"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="stream each script's output as it runs"
    )
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="keep each script's output (NAME.log) and JSON (NAME.json) in DIR",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = shlex.join(
        ["python", "benchmarks/run_all.py", *(sys.argv[1:] if argv is None else argv)]
    )
    scripts = [s for s in SCRIPTS if not args.only or s.name in args.only]
    started = dt.datetime.now(dt.timezone.utc)
    start = time.perf_counter()
    print(f"{command}: {', '.join(s.name for s in scripts)}", flush=True)
    with tempfile.TemporaryDirectory(prefix="newsseed-bench-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        outcomes = [run_script(s, args.quick, folder, args.verbose) for s in scripts]
    seconds = time.perf_counter() - start
    text = block(outcomes, command=command, quick=args.quick, started=started, seconds=seconds)
    print(f"\n{text}\n", flush=True)

    failed = [o.script.name for o in outcomes if o.failed]
    status = 0
    if failed:
        print(f"FAILED: {', '.join(failed)} (see above)", file=sys.stderr)
        status = 1
    elif not any(o.report is not None for o in outcomes):
        print("no benchmark ran", file=sys.stderr)
        status = 1
    if args.write:
        if status != 0:
            print(f"{PERFORMANCE.relative_to(ROOT)} left as it was", file=sys.stderr)
        else:
            try:
                write_block(PERFORMANCE, text)
            except (OSError, ValueError) as error:
                print(f"--write: {error}", file=sys.stderr)
                return 1
            print(f"wrote the table into {PERFORMANCE.relative_to(ROOT)}", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
