"""The ``newsseed`` command line.

``newsseed parse PATH... [--format json|jsonl|seed] [-o OUT] [--workers N]`` reads
news articles with the lenient reader and writes them as JSON, JSON Lines or the
canonical seed format. Inputs are what :func:`newsseed.iter_articles` reads (text
files, JSON Lines, tar archives, folders and globs of them) and ``-`` for standard
input (one article); the output keeps their order, whatever ``--workers`` is. A
progress line is shown on standard error when it is a terminal.

``newsseed compare PATH... [--format text|json|html] [-o OUT]`` reads them the same
way and compares them: the stories they report, near-duplicates, and each quote across
outlets with how faithfully each renders it.

``newsseed check PATH...`` reads canonical seed files with the strict reader
(:func:`newsseed.load`) and reports each error as ``PATH:LINE:COLUMN: error:
MESSAGE`` on standard error, followed by the faulty line with a caret under the
column; it prints nothing when every file is canonical. A folder stands for every
``*.seed`` file under it; ``-`` reads standard input.

It uses only newsseed's public API. Exit status: 0 on success, 1 when an input
could not be read or an output could not be written (the other inputs are still
processed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import newsseed

__all__ = ("main",)

PROG = "newsseed"
STDIN = "-"
FORMATS = ("json", "jsonl", "seed")
COMPARE_FORMATS = ("text", "json", "html")


class _Failed(Exception):
    """An input or output failed; the message has been printed already."""


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn news articles into clean, typed, comparable records.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {newsseed.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    parse = commands.add_parser(
        "parse",
        help="parse articles and print them as JSON, JSON Lines or seed text",
        description=(
            "Parse news articles with the lenient reader. A folder stands for every *.txt "
            "file under it, in sorted order; '-' reads standard input."
        ),
    )
    _add_inputs(parse)
    parse.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="json",
        help=(
            "json: one array (default); jsonl: one object per line; seed: the canonical seed format"
        ),
    )
    parse.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="json, jsonl: write to this file; seed: write OUT/<id>.seed files into this folder",
    )
    compare = commands.add_parser(
        "compare",
        help="compare articles: stories, near-duplicates, the same quote across outlets",
        description=(
            "Compare news articles about the same events: which report one story, which "
            "are near-duplicates, and how faithfully each quotes what was said. Inputs "
            "as for 'parse'."
        ),
    )
    _add_inputs(compare)
    compare.add_argument(
        "-f",
        "--format",
        choices=COMPARE_FORMATS,
        default="text",
        help="text: a readable report (default); json: the comparison; html: a page "
        "with each quote group side by side and the changed words marked",
    )
    compare.add_argument("-o", "--output", metavar="OUT", help="write to this file")
    check = commands.add_parser(
        "check",
        help="check that canonical seed files are valid, pointing at each error",
        description=(
            "Read canonical seed files with the strict reader and report each error with "
            "its file, line and column, and the line with a caret under the fault. Prints "
            "nothing when every file is valid; the exit status is 1 when one is not."
        ),
    )
    check.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a .seed file, a folder (every *.seed file under it, sorted) or '-'",
    )
    return parser


def _add_inputs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a file (.txt, .jsonl, .jsonl.gz, .tar, .tar.gz), a folder, a glob, or '-'",
    )
    reading = command.add_argument_group("reading")
    fields = newsseed.CorpusOptions()
    for name in ("text", "id", "title", "date"):
        default = getattr(fields, f"{name}_field")
        reading.add_argument(
            f"--{name}-field",
            default=default,
            metavar="NAME",
            help=f"the JSON Lines field holding the article's {name} (default: {default})",
        )
    reading.add_argument(
        "-w",
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="parse on N processes (default: 1, this one); the input's order is kept",
    )
    reading.add_argument(
        "--timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="time budget per article (default: 60; 0: none); one that takes longer is "
        "written with a 'timeout' diagnostic holding its text",
    )
    reading.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress on standard error (default: only when it is a terminal)",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# Diagnostics of articles that stand for input that could not be parsed: a whole file
# is an error (nothing of it is written), a record, member or slow article a warning
# (it is written, holding its text).
_FILE_FAILED = "unreadable-file"
_WARNED = frozenset({"unreadable-record", "unreadable-member", "timeout"})


class _Inputs:
    """The articles of the command's inputs, as ``(index, article)``; ``failed`` turns
    true when one of them could not be read (the message is printed, the others go on)."""

    def __init__(self, args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
        self.paths: list[str] = args.paths
        if self.paths.count(STDIN) > 1:
            parser.error("'-' (standard input) may be given only once")
        self.options = newsseed.CorpusOptions(
            text_field=args.text_field,
            id_field=args.id_field,
            title_field=args.title_field,
            date_field=args.date_field,
        )
        self.workers: int = args.workers
        self.timeout: float | None = args.timeout if args.timeout > 0 else None
        show = sys.stderr.isatty() if args.progress is None else args.progress
        self.total = self._total()
        self.progress = _Progress(self.total) if show else None
        self.failed = False

    def __iter__(self) -> Iterator[tuple[int, newsseed.Article]]:
        index = 0
        try:
            for article in self._articles():
                if self._failed(article):
                    continue
                index += 1
                if self.progress is not None:
                    self.progress.tick()
                yield index, article
        finally:
            if self.progress is not None:
                self.progress.close()
        if index == 0 and not self.failed:
            self._say(f"{PROG}: warning: no articles in {', '.join(map(repr, self.paths))}")

    def _articles(self) -> Iterator[newsseed.Article]:
        """Parse the inputs in order: runs of paths on one pool, standard input alone."""
        run: list[str] = []
        for path in [*self.paths, None]:
            if path != STDIN and path is not None:
                run.append(path)
                continue
            if run:
                yield from newsseed.iter_articles(
                    run, options=self.options, workers=self.workers, timeout=self.timeout
                )
                run = []
            if path == STDIN:
                data = sys.stdin.buffer.read()
                yield from newsseed.parse_many(
                    [data], workers=1, options=self.options.parse, timeout=self.timeout
                )

    def _failed(self, article: newsseed.Article) -> bool:
        """Report what could not be parsed; True when the article is to be left out."""
        for diagnostic in article.diagnostics:
            if diagnostic.code == _FILE_FAILED:
                self._say(f"{PROG}: error: {diagnostic.message}")
                self.failed = True
                return True
            if diagnostic.code in _WARNED:
                self._say(f"{PROG}: warning: {article.id}: {diagnostic.message}")
        return False

    def _say(self, line: str) -> None:
        if self.progress is not None:
            self.progress.clear()
        print(line, file=sys.stderr)

    def _total(self) -> int | None:
        """How many articles the inputs hold, when that is known without reading them:
        when every input is standard input or a ``.txt`` file."""
        if all(
            p == STDIN or (p.lower().endswith(".txt") and os.path.isfile(p)) for p in self.paths
        ):
            return len(self.paths)
        return None


class _Progress:
    """A one-line progress display on standard error, redrawn at most ten times a second."""

    WIDTH = 24

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self.drawn = 0.0
        self.shown = False

    def tick(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self.drawn >= 0.1:
            self.drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-9)
        line = f"{self.done:,} articles, {rate:,.0f}/s"
        if self.total:
            filled = self.WIDTH * min(self.done, self.total) // self.total
            bar = "#" * filled + "." * (self.WIDTH - filled)
            line = f"[{bar}] {self.done:,}/{self.total:,} articles, {rate:,.0f}/s"
        sys.stderr.write(f"\r{PROG}: {line}\x1b[K")
        sys.stderr.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            self.shown = False

    def close(self) -> None:
        self._draw(time.monotonic())
        sys.stderr.write("\n")
        sys.stderr.flush()


def _json_chunks(dicts: Iterator[dict[str, Any]]) -> Iterator[str]:
    """Yield the text of ``json.dumps(list(dicts), indent=2)`` piece by piece."""
    first = True
    for d in dicts:
        item = textwrap.indent(json.dumps(d, indent=2, ensure_ascii=False), "  ")
        yield ("[\n" if first else ",\n") + item
        first = False
    yield "[]\n" if first else "\n]\n"


def _open_output(path: str | None) -> IO[bytes]:
    """Standard output's byte stream, or the file at ``path`` opened for writing."""
    if path is None:
        sys.stdout.flush()
        return sys.stdout.buffer
    try:
        return open(path, "wb")
    except OSError as exc:
        _error(f"cannot write '{path}': {_reason(exc)}")
        raise _Failed from None


def _write(path: str | None, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to standard output, or to the file at ``path``."""
    out = _open_output(path)
    try:
        for chunk in chunks:
            out.write(chunk.encode("utf-8"))
        out.flush()
    finally:
        if path is not None:
            out.close()


def _chunks(articles: Iterator[newsseed.Article], form: str) -> Iterator[str]:
    """The output text for ``articles`` in format ``form``, piece by piece."""
    if form == "seed":
        return (newsseed.dumps(a) for a in articles)
    dicts = (a.to_dict() for a in articles)
    if form == "jsonl":
        return (json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n" for d in dicts)
    return _json_chunks(dicts)


def _run_compare(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    inputs = _Inputs(args, parser)
    comparison = newsseed.compare(article for _, article in inputs)
    if args.format == "json":
        text = json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False) + "\n"
    elif args.format == "html":
        text = comparison.to_html()
    else:
        text = comparison.report() + "\n"
    try:
        _write(args.output, [text])
    except _Failed:
        return 1
    return 1 if inputs.failed else 0


def _run_parse(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    inputs = _Inputs(args, parser)
    output: str | None = args.output
    several = inputs.total != 1
    if args.format == "seed" and several and output is None:
        parser.error("--format seed with several inputs needs -o DIR (one .seed file per article)")
    try:
        if args.format == "seed" and output is not None:
            if not _write_seed_dir(iter(inputs), Path(output)):
                return 1
        else:
            _write(output, _chunks((a for _, a in inputs), args.format))
    except _Failed:
        return 1
    return 1 if inputs.failed else 0


def _write_seed_dir(articles: Iterator[tuple[int, newsseed.Article]], folder: Path) -> bool:
    """Write ``folder/<id or index>.seed`` per article; return False if anything failed."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _error(f"cannot write '{folder}': {_reason(exc)}")
        raise _Failed from None
    ok = True
    used: set[str] = set()
    for index, article in articles:
        name = article.id or str(index)
        if name in used:
            name = f"{name}-{index}"
        used.add(name)
        target = folder / f"{name}.seed"
        try:
            target.write_bytes(newsseed.dumps(article).encode("utf-8"))
        except OSError as exc:
            _error(f"cannot write '{target}': {_reason(exc)}")
            ok = False
    return ok


SEED_SUFFIX = ".seed"
STDIN_NAME = "<stdin>"
#: The width of the line-number column before an excerpt, as compilers print it.
_GUTTER = 5


def _run_check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    paths: list[str] = args.paths
    if paths.count(STDIN) > 1:
        parser.error("'-' (standard input) may be given only once")
    valid = True
    for path in paths:
        if path == STDIN:
            valid = _check_file(STDIN_NAME, sys.stdin.buffer) and valid
            continue
        files = _seed_files(path)
        if not files:
            _warn(f"no {SEED_SUFFIX} files in '{path}'")
        for file in files:
            try:
                with open(file, "rb") as fp:
                    valid = _check_file(file, fp) and valid
            except OSError as exc:
                _error(f"cannot read '{file}': {_reason(exc)}")
                valid = False
    return 0 if valid else 1


def _seed_files(path: str) -> list[str]:
    """The files ``path`` stands for: itself, or the ``*.seed`` files under a folder."""
    folder = Path(path)
    if folder.is_dir():
        return [str(p) for p in sorted(folder.rglob(f"*{SEED_SUFFIX}")) if p.is_file()]
    return [path]


def _check_file(name: str, fp: IO[bytes]) -> bool:
    """Read ``fp`` strictly; report the error, if any, under ``name``. True if valid."""
    try:
        newsseed.load(fp)
    except newsseed.ParseError as err:
        line, caret = err.excerpt(width=80 - _GUTTER - 3).split("\n")
        number = str(err.lineno).rjust(_GUTTER)
        print(
            f"{name}:{err.lineno}:{err.colno}: error: {err.msg}\n"
            f"{number} | {line}\n"
            f"{' ' * len(number)} | {caret}",
            file=sys.stderr,
        )
        return False
    return True


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Usage errors (and ``--help``, ``--version``) raise :class:`SystemExit` from
    :mod:`argparse`, with status 2 (or 0).
    """
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "compare":
            return _run_compare(args, parser)
        if args.command == "check":
            return _run_check(args, parser)
        return _run_parse(args, parser)
    except BrokenPipeError:
        # The reader went away (``newsseed parse ... | head``): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 1
    except KeyboardInterrupt:
        return 130
