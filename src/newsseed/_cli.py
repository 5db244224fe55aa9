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

What comes from the input (ids, file and member names, messages quoting them) is
printed with each control, format or separator character written ``<U+XXXX>``, so that
no input can move the cursor, colour the terminal or forge a line of its own. With
``-f seed -o DIR`` each article goes to a file of ``DIR`` named after its id by
:func:`file_name`, written through a new temporary file and renamed: nothing is
written outside ``DIR`` or through a symbolic link (see ``docs/security.md``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import string
import sys
import textwrap
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

import newsseed
from newsseed._corpus._documents import TEXT_SUFFIXES

__all__ = ("main",)

PROG = "newsseed"
STDIN = "-"
FORMATS = ("json", "jsonl", "seed")
COMPARE_FORMATS = ("text", "json", "html")


#: The most worker processes: 4 per CPU, and at least 4, as for the library, which
#: lowers a larger number to it as well (without saying so).
MAX_WORKERS = max(4, 4 * (os.cpu_count() or 1))
#: The default of --max-document-size: that of ``newsseed.CorpusOptions``.
MAX_DOCUMENT_SIZE = newsseed.CorpusOptions().max_document_size


class _Failed(Exception):
    """An input or output failed; the message has been printed already."""


#: Unicode categories printed as ``<U+XXXX>``: controls (an escape sequence, a line
#: feed), format characters (bidirectional overrides), surrogates and separators.
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
#: How many characters of an id a message shows.
_ID_SHOWN = 200


def visible(text: str) -> str:
    """``text`` as the command prints it: each control, format or separator character
    (an escape, a line feed, a right-to-left override) written ``<U+XXXX>``.

    >>> visible("ferry\\x1b[2K\\nnewsseed: ok\\u202e")
    'ferry<U+001B>[2K<U+000A>newsseed: ok<U+202E>'
    """
    if text.isprintable():  # no control, format or separator character: most messages
        return text
    return "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) in _HIDDEN else c for c in text)


def _id(article_id: str | None) -> str:
    """An article's id as a message shows it: cut to its first 200 characters."""
    if article_id is None:
        return "(no id)"
    return article_id if len(article_id) <= _ID_SHOWN else article_id[:_ID_SHOWN] + "..."


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
            "Parse news articles with the lenient reader. A folder stands for every file "
            "under it that newsseed reads (.txt, .html, .htm, .jsonl, .jsonl.gz, .ndjson, "
            ".ndjson.gz, .tar, .tar.gz, .tgz), in sorted order; '-' reads standard input."
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


#: The record fields an option names (``--text-field``...): those CorpusOptions names.
_FIELDS = tuple(
    field.name.removesuffix("_field")
    for field in attrs.fields(newsseed.CorpusOptions)
    if field.name.endswith("_field")
)


def _add_inputs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a file (.txt, .html, .jsonl, .jsonl.gz, .tar, .tar.gz), a folder, a glob, or '-'",
    )
    reading = command.add_argument_group("reading")
    reading.add_argument(
        "--preset",
        choices=newsseed.CorpusOptions.PRESETS,
        help="read JSON Lines records as this scraper or format writes them: its field names "
        "(each --*-field below still overrides one)",
    )
    fields = newsseed.CorpusOptions()
    for name in _FIELDS:
        default = getattr(fields, f"{name}_field")
        reading.add_argument(
            f"--{name}-field",
            metavar="NAME",
            help=f"the JSON Lines field holding the article's {name} (default: {default}); "
            "fields no option names go to the article's meta",
        )
    reading.add_argument(
        "-w",
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="parse on N processes (default: 1, this one; at most 4 per CPU, "
        f"here {MAX_WORKERS}); the input's order is kept",
    )
    reading.add_argument(
        "--timeout",
        type=_seconds,
        default=60.0,
        metavar="SECONDS",
        help="time budget per article, reading it included (default: 60; 0: none); one "
        "that takes longer is written unparsed, with a 'timeout' diagnostic",
    )
    reading.add_argument(
        "--max-document-size",
        type=_size,
        default=MAX_DOCUMENT_SIZE,
        metavar="BYTES",
        help="the largest document read: a file, a JSON Lines line, a tar member "
        "(default: 16M; K, M and G mean KiB, MiB and GiB); a larger one is skipped",
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


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of seconds, 0 or more (0: no limit), got {text!r}"
        )
    return value


_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def _size(text: str) -> int:
    digits = text.strip().lower()
    unit = digits[-1:] if digits[-1:] in ("k", "m", "g") else ""
    digits = digits.removesuffix(unit)
    value = int(digits) * _UNITS[unit] if digits.isdigit() and digits.isascii() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            f"expected a number of bytes of at least 1 (16M, 512K), got {text!r}"
        )
    return value


def _error(message: str) -> None:
    print(visible(f"{PROG}: error: {message}"), file=sys.stderr)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# Diagnostics of articles that stand for input that could not be parsed: a whole file
# is an error (nothing of it is written), a file not read in a folder (a link out of it)
# a warning (nothing written), a record, member or article that could not be parsed a
# warning (it is written, holding what was read of it).
_FILE_FAILED = "unreadable-file"
_SKIPPED = "skipped-file"
_WARNED = frozenset(
    {"unreadable-record", "unreadable-member", "unreadable-date", "timeout", "internal-error"}
    | {"empty", "not-text", "html", "invalid-seed"}
)


class _Inputs:
    """The articles of the command's inputs, as ``(index, article)``; ``failed`` turns
    true when one of them could not be read (the message is printed, the others go on)."""

    def __init__(self, args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
        self.paths: list[str] = args.paths
        if self.paths.count(STDIN) > 1:
            parser.error("'-' (standard input) may be given only once")
        base = (
            newsseed.CorpusOptions()
            if args.preset is None
            else newsseed.CorpusOptions.preset(args.preset)
        )
        chosen = {
            f"{name}_field": getattr(args, f"{name}_field")
            for name in _FIELDS
            if getattr(args, f"{name}_field") is not None
        }
        self.options = attrs.evolve(base, max_document_size=args.max_document_size, **chosen)
        self.workers: int = args.workers
        if self.workers > MAX_WORKERS:
            _warn(f"--workers {self.workers} lowered to {MAX_WORKERS} (4 per CPU)")
            self.workers = MAX_WORKERS
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
        except Exception as exc:  # a fault of newsseed's: end the output as it should end
            self._say(f"{PROG}: error: reading stopped: {type(exc).__name__}: {exc}")
            self.failed = True
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
                yield from self._stdin()

    def _stdin(self) -> Iterator[newsseed.Article]:
        """Standard input's article: read whole, up to the size limit (it is the caller's
        own pipe: no time budget), then parsed within it."""
        limit = self.options.max_document_size
        try:
            data = sys.stdin.buffer.read(limit + 1)
        except OSError as exc:
            self._say(f"{PROG}: error: cannot read standard input: {_reason(exc)}")
            self.failed = True
            return
        if len(data) > limit:
            message = f"standard input holds more than the limit of {limit:,} bytes"
            self._say(f"{PROG}: error: cannot read {message}")
            self.failed = True
            return
        yield from newsseed.parse_many(
            [data],
            workers=1,
            options=self.options.parse,
            timeout=self.timeout,
            max_document_size=limit,
        )

    def _failed(self, article: newsseed.Article) -> bool:
        """Report what could not be parsed; True when the article is to be left out."""
        for diagnostic in article.diagnostics:
            if diagnostic.code == _FILE_FAILED:
                self._say(f"{PROG}: error: {diagnostic.message}")
                self.failed = True
                return True
            if diagnostic.code == _SKIPPED:
                self._say(f"{PROG}: warning: {diagnostic.message}")
                return True
            if diagnostic.code in _WARNED:
                self._say(f"{PROG}: warning: {_id(article.id)}: {diagnostic.message}")
        return False

    def _say(self, line: str) -> None:
        if self.progress is not None:
            self.progress.clear()
        print(visible(line), file=sys.stderr)

    def _total(self) -> int | None:
        """How many articles the inputs hold, when that is known without reading them:
        when every input is standard input or a text or HTML file."""
        if all(
            p == STDIN or (p.lower().endswith(TEXT_SUFFIXES) and os.path.isfile(p))
            for p in self.paths
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


def _encoded(text: str) -> bytes:
    """``text`` as UTF-8, each lone surrogate (which UTF-8 cannot carry) written as the
    escape ``\\udXXX``: in JSON text (where only strings hold one) this is the escape
    that ``json.loads`` reads back as the same code point."""
    return text.encode("utf-8", "backslashreplace")


def _write(path: str | None, chunks: Iterable[str]) -> None:
    """Write ``chunks`` to standard output, or to the file at ``path``; a failure to
    write (a full disk) is one error line, and raises _Failed."""
    out = _open_output(path)
    try:
        for chunk in chunks:
            out.write(_encoded(chunk))
        out.flush()
        if path is not None:
            out.close()
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        where = "to standard output" if path is None else f"'{path}'"
        _error(f"cannot write {where}: {_reason(exc)}")
        if path is None:
            _detach_stdout()
        raise _Failed from None
    finally:
        if path is not None:
            with contextlib.suppress(OSError):  # what could not be written was said
                out.close()


def _detach_stdout() -> None:
    """Point standard output at the null device, so that Python's own flush at exit
    neither fails again nor complains (the reader went away, or the disk is full)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


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
    else:  # a report for people: what the articles hold cannot drive the terminal
        text = "\n".join(map(visible, comparison.report().split("\n"))) + "\n"
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
    """Write one ``.seed`` file per article into ``folder``, named by :func:`file_name`
    (made unique); return False if anything failed."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _error(f"cannot write '{folder}': {_reason(exc)}")
        raise _Failed from None
    ok = True
    names = _Names()
    mode = _file_mode()
    for index, article in articles:
        name, renamed = names.take(article.id, index)
        target = folder / name
        if renamed:
            _warn(
                f"{_id(article.id)}: its file name is taken by an earlier article's (letter "
                f"case aside); written to '{target}'"
            )
        try:
            _replace(folder, name, newsseed.dumps(article).encode("utf-8"), mode)
        except OSError as exc:
            _error(f"cannot write '{target}': {_reason(exc)}")
            ok = False
    return ok


#: The characters an id keeps in its file name; every other is percent-encoded.
_SAFE = frozenset(string.ascii_letters + string.digits + "-_.")
#: Names Windows keeps for devices, whatever their extension (compared in lower case).
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"{d}{n}" for d in ("com", "lpt") for n in range(10))}
)
#: The longest name made of an id (in bytes, before the suffix): longer ones are cut,
#: and a hash of the whole id is put after a ``~``.
_MAX_NAME = 120
_HASHED = 16


def file_name(article_id: str | None, index: int) -> str:
    """The name of the file an article is written to by ``-f seed -o DIR``.

    Every character of the id but an ASCII letter, digit, ``-``, ``_`` or ``.`` is
    percent-encoded as its UTF-8 bytes (``/`` as ``%2F``, ``%`` as ``%25``, a space as
    ``%20``, a lone surrogate as the three bytes of its code point), and so are a ``.``
    or ``-`` that starts the id and the first character of a name Windows keeps for a
    device (``CON``, ``nul``, ``COM1``...). An id that makes a name longer than 120
    bytes is cut there and ends with ``~`` and 16 hexadecimal digits of its SHA-256.
    The empty id gives ``%``; an article without an id its position, from 1. Then
    ``.seed``. Distinct ids give distinct names (:class:`_Names` also tells apart those
    that differ only in case), each one file name of ASCII characters: no separator,
    no ``..``, no control character.

    >>> [file_name(i, 1) for i in ("ferry", "../../etc/x", "day1/alpha", "CON", None)]
    ['ferry.seed', '%2E.%2F..%2Fetc%2Fx.seed', 'day1%2Falpha.seed', '%43ON.seed', '1.seed']
    """
    if article_id is None:
        return f"{index}.seed"
    encoded = [
        char
        if char in _SAFE and not (position == 0 and char in ".-")
        else "".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        for position, char in enumerate(article_id)
    ]
    stem = "".join(encoded) or "%"
    if stem.split(".", 1)[0].lower() in _RESERVED:
        stem = f"%{ord(stem[0]):02X}{stem[1:]}"
    if len(stem) > _MAX_NAME:
        kept = stem[: _MAX_NAME - _HASHED - 1]
        escape = kept.rfind("%", len(kept) - 2)  # not half an escape
        if escape >= 0:
            kept = kept[:escape]
        import hashlib  # noqa: PLC0415 (imported on first use: ids are rarely this long)

        digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()
        stem = f"{kept}~{digest[:_HASHED]}"
    return f"{stem}.seed"


class _Names:
    """The file names of one run, unique even where case is not told apart (macOS,
    Windows): a name taken gets the article's position (``story-3.seed``), and then a
    count, until it is free."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.tries: dict[str, int] = {}

    def take(self, article_id: str | None, index: int) -> tuple[str, bool]:
        """The name of the article at ``index`` (from 1), and whether it had to be
        changed to be unique."""
        name = file_name(article_id, index)
        renamed = name.lower() in self.used
        if renamed:
            stem = name.removesuffix(".seed")
            name = f"{stem}-{index}.seed"
            while name.lower() in self.used:
                count = self.tries[stem] = self.tries.get(stem, 1) + 1
                name = f"{stem}-{index}-{count}.seed"
        self.used.add(name.lower())
        return name, renamed


def _file_mode() -> int:
    """The mode a new file gets here: 0o666 less the umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _replace(folder: Path, name: str, data: bytes, mode: int) -> None:
    """Write ``data`` to ``folder/name`` through a new temporary file in ``folder``,
    renamed over it: a symbolic link already at ``folder/name`` is replaced, never
    written through."""
    import tempfile  # noqa: PLC0415 (imported on first use: only -f seed -o DIR needs it)

    fd, temporary = tempfile.mkstemp(dir=folder, prefix=".newsseed-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            if hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), mode)
            out.write(data)
        os.replace(temporary, folder / name)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


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
            valid = _check_one(STDIN_NAME, None) and valid
            continue
        files = _seed_files(path)
        if not files:
            _warn(f"no {SEED_SUFFIX} files in '{path}'")
        for file in files:
            valid = _check_one(file, file) and valid
    return 0 if valid else 1


def _check_one(name: str, path: str | None) -> bool:
    """Check the file at ``path`` (None: standard input); whatever goes wrong is one
    error line for it, and the other files are checked. True if valid."""
    try:
        if path is None:
            return _check_file(name, sys.stdin.buffer)
        with open(path, "rb") as fp:
            return _check_file(name, fp)
    except OSError as exc:
        _error(f"cannot read '{name}': {_reason(exc)}")
    except Exception as exc:  # a fault of the strict reader's: say so, and go on
        _error(f"cannot check '{name}': {type(exc).__name__}: {exc}")
    return False


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
            visible(f"{name}:{err.lineno}:{err.colno}: error: {err.msg}"),
            f"{number} | {visible(line)}",
            f"{' ' * len(number)} | {caret}",
            sep="\n",
            file=sys.stderr,
        )
        return False
    return True


def _warn(message: str) -> None:
    print(visible(f"{PROG}: warning: {message}"), file=sys.stderr)


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
        _detach_stdout()
        return 1
    except KeyboardInterrupt:
        return 130
