"""The ``newsseed`` command line.

``newsseed parse PATH... [--format json|jsonl|seed] [-o OUT]`` reads news articles
(files, folders of ``*.txt`` files, or ``-`` for standard input) with the lenient
reader and writes them as JSON, JSON Lines or the canonical seed format.

``newsseed compare PATH... [--format text|json|html] [-o OUT]`` reads them the same
way and compares them: the stories they report, near-duplicates, and each quote across
outlets with how faithfully each renders it.

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
    return parser


def _add_inputs(command: argparse.ArgumentParser) -> None:
    command.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder, or '-'")


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _expand(paths: Sequence[str]) -> Iterator[str]:
    """Yield each input: folders become their ``*.txt`` files, recursively and sorted."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            found = sorted(p for p in Path(path).rglob("*.txt") if p.is_file())
            if not found:
                print(f"{PROG}: warning: no *.txt files under '{path}'", file=sys.stderr)
            yield from (str(p) for p in found)
        else:
            yield path


def _articles(paths: Sequence[str]) -> Iterator[tuple[int, newsseed.Article | None]]:
    """Yield ``(index, article)`` per input, ``None`` where it could not be read."""
    for index, path in enumerate(_expand(paths), start=1):
        try:
            if path == STDIN:
                article = newsseed.parse_bytes(sys.stdin.buffer.read(), id=None)
            else:
                article = newsseed.parse_file(path)
        except OSError as exc:
            _error(f"cannot read '{path}': {_reason(exc)}")
            yield index, None
        else:
            yield index, article


class _Inputs:
    """The articles of the command's inputs, as ``(index, article)``; ``failed`` turns
    true when one of them could not be read (the message is printed, the others go on)."""

    def __init__(self, args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
        self.paths: list[str] = args.paths
        if self.paths.count(STDIN) > 1:
            parser.error("'-' (standard input) may be given only once")
        self.failed = False

    def __iter__(self) -> Iterator[tuple[int, newsseed.Article]]:
        for index, article in _articles(self.paths):
            if article is None:
                self.failed = True
            else:
                yield index, article


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
    several = len(inputs.paths) > 1 or any(p != STDIN and os.path.isdir(p) for p in inputs.paths)
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
