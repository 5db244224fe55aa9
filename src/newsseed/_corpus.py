"""Many articles: reading collections lazily, and parsing in parallel.

:func:`iter_articles` reads a folder, a glob, a text file, JSON Lines (plain or
gzipped) or a tar archive (plain or gzipped) one article at a time, in constant
memory: no line, member or file larger than :attr:`CorpusOptions.max_document_size`
is held in memory. What cannot be read becomes an article that holds only a
diagnostic, and the stream goes on: nothing one record, member or file holds (bad
JSON, deep nesting, stray bytes, a size past the limit) ends it. :func:`parse_many`
parses texts or files on a pool of processes, keeps the input's order, and gives each
document a time budget (reading it included) after which it comes back unparsed, its
text kept as paragraphs, with a ``timeout`` diagnostic, rather than holding up the job.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import functools
import glob
import gzip
import io
import itertools
import json
import math
import os
import signal
import stat
import tarfile
import threading
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path, PurePosixPath
from typing import Any, Final, TypeVar

import attrs

from newsseed._model import EXCERPT_LIMIT, Article, Diagnostic, Span, note
from newsseed._read import ParseOptions, decode, parse, parse_bytes
from newsseed._source import Source
from newsseed.normalize import normalize_date

__all__ = ("CorpusOptions", "iter_articles", "parse_many")

_T = TypeVar("_T")

#: The default of :attr:`CorpusOptions.max_document_size`: 16 MiB, hundreds of times a
#: news article (2-50 KB) and several times a scraper's record with its HTML.
MAX_DOCUMENT_SIZE: Final = 16 * 1024 * 1024


@attrs.frozen(kw_only=True)
class CorpusOptions:
    """How :func:`iter_articles` reads records and parses them.

    >>> CorpusOptions(text_field="body").text_field
    'body'
    >>> CorpusOptions().max_document_size
    16777216
    """

    parse: ParseOptions = attrs.field(factory=ParseOptions)
    """The options each article is parsed with."""
    text_field: str = "text"
    """The field of a JSON Lines record that holds the article's text (required)."""
    id_field: str = "id"
    """The field holding its id (optional: else ``<file stem>:<line number>``)."""
    title_field: str = "title"
    """The field holding its headline (optional: put before the text, and kept)."""
    date_field: str = "date"
    """The field holding its publication date (optional; any form
    :func:`~newsseed.normalize.normalize_date` reads)."""
    max_document_size: int = attrs.field(
        default=MAX_DOCUMENT_SIZE,
        validator=[attrs.validators.instance_of(int), attrs.validators.ge(1)],
    )
    """The most bytes one document may hold: a JSON Lines line (without its line feed),
    a tar member, a text file (default 16 MiB). A larger one is not read into memory: it
    becomes an article holding an ``unreadable-record``, ``unreadable-member`` or
    ``unreadable-file`` diagnostic with its first bytes, and the stream goes on."""


_DEFAULT: Final = CorpusOptions()
_TEXT: Final = (".txt",)
_LINES: Final = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_ARCHIVES: Final = (".tar", ".tar.gz", ".tgz")
_SUPPORTED: Final = (*_TEXT, *_LINES, *_ARCHIVES)
_GLOB: Final = frozenset("*?[")
#: Bytes read at a time past the limit, skipping the rest of a line too long to keep.
_CHUNK: Final = 64 * 1024
#: The most memory the xz decoder may take: every preset of xz (-9e: 64 MiB) fits.
_XZ_MEMORY: Final = 128 * 1024 * 1024
#: Bytes read at a time past the limit, skipping the rest of a tar member too large.
_SKIP: Final = 1024 * 1024
#: The largest header of a tar member that carries metadata (a long name, pax records):
#: tarfile reads one whole, before any limit of ours could apply.
_MAX_HEADER: Final = 1024 * 1024
#: The most worker processes a pool gets: this many per CPU, and at least _MIN_CAP.
_WORKERS_PER_CPU: Final = 4
_MIN_CAP: Final = 4
#: The longest time budget: POSIX timers take no more (about 31 years: no limit).
_LONGEST: Final = 1e9
#: How much of a file name or member name a message shows.
_NAME_SHOWN: Final = 200


def _max_workers() -> int:
    """The most worker processes a pool gets: 4 per CPU (``os.cpu_count()``), and at
    least 4. Each process holds a copy of the parser; past a few per CPU, more of them
    only cost memory (and a huge number would fork until the machine gives up)."""
    return max(_MIN_CAP, _WORKERS_PER_CPU * (os.cpu_count() or 1))


def _workers(workers: int) -> int:
    return min(workers, _max_workers())


def _budget(timeout: float | None) -> float | None:
    """``timeout`` checked: None or 0 mean no limit; a budget must be a finite number of
    seconds, not negative."""
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"timeout must be a number of seconds or None, not {timeout!r}")
    if not math.isfinite(timeout) or timeout < 0:
        raise ValueError(
            f"timeout must be a finite number of seconds, 0 or more (0 or None: no limit), "
            f"not {timeout!r}"
        )
    return None if timeout == 0 else min(float(timeout), _LONGEST)


def _shown(name: str) -> str:
    """A file or member name as a message quotes it: cut to its first 200 characters."""
    return repr(name if len(name) <= _NAME_SHOWN else name[:_NAME_SHOWN] + "...")


def _note(article_id: str | None, code: str, message: str, text: str = "") -> Article:
    """An article that holds only a diagnostic: what could not be read, and why."""
    return Article(id=article_id, diagnostics=(note(code, message, None, text),))


_Source = str | os.PathLike[str]


def iter_articles(
    source: _Source | Iterable[_Source],
    /,
    *,
    options: CorpusOptions | None = None,
    workers: int = 1,
    timeout: float | None = None,
) -> Generator[Article, None, None]:
    """Read the articles of ``source`` one at a time.

    ``source`` is a folder (every supported file under it, recursively, in sorted path
    order), a glob pattern (``"news/**/*.jsonl.gz"``, matches sorted), a file, or a
    list of these (read one after the other). Files are read by their suffix:

    - ``.txt``: one article, parsed like :func:`~newsseed.parse_file` (id: the stem);
    - ``.jsonl``, ``.jsonl.gz`` (or ``.ndjson``): one record per line, a JSON object
      with the text in ``options.text_field`` (``"text"``) and, optionally, ``"id"``,
      ``"title"`` and ``"date"`` (see :class:`CorpusOptions`);
    - ``.tar``, ``.tar.gz``, ``.tgz``: every ``.txt`` member, in archive order (id: the
      member's path without its suffix).

    A line or member that cannot be read becomes an article holding one diagnostic
    (``unreadable-record``, ``unreadable-member``, ``unreadable-file``) with the start
    of what was read of it, and the stream goes on; a damaged archive or gzip stream
    ends that file with such a diagnostic. Nothing a record holds raises: bytes that
    are not UTF-8 are read as :func:`~newsseed.parse_bytes` reads them, and a line,
    member or file larger than ``options.max_document_size`` bytes is skipped, never
    held in memory. Memory does not grow with the size of the source.

    Inside a folder only regular files are read, each once: a symbolic link whose
    target lies outside the folder (or is missing), and a FIFO or device, are not read
    and leave a ``skipped-file`` diagnostic; a link to a file inside is read once,
    under the first of its names in sorted order. A file named in ``source`` is read
    whatever it is (a FIFO, ``/dev/stdin``), under the time budget and the size limit.

    With ``workers`` above 1 the texts are parsed on that many processes (at most 4 per
    CPU, though 4 are always allowed: a larger number is lowered to that) while this one
    reads ahead (a bounded number of documents); the order stays the source's. A worker that dies
    (killed, out of memory) costs only the document it was parsing, which comes back
    with an ``internal-error`` diagnostic; the pool is started again.
    Closing the generator early (``close()``, or leaving a ``for`` loop over it once it
    is garbage) stops the pool.
    ``timeout`` is a time budget per document, as for :func:`parse_many`; reading a
    record or member of a file that is not a regular file is held to it too. Raises
    ``ValueError`` (at the call) for a negative or non-finite ``timeout``.

    >>> import json, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> lines = [{"text": "Ferry returns\\n\\nBoats sail again.", "id": "a"}, {"txt": "?"}]
    >>> _ = (folder / "news.jsonl").write_text("\\n".join(json.dumps(x) for x in lines))
    >>> [(a.id, a.title, [d.code for d in a.diagnostics]) for a in iter_articles(folder)]
    [('a', 'Ferry returns', []), ('news:2', None, ['unreadable-record'])]
    """
    options = options or _DEFAULT
    budget = _budget(timeout)
    sources = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    documents = _documents(sources, options, budget)
    return _parse_stream(
        documents, options.parse, _workers(workers), budget, options.max_document_size
    )


@attrs.frozen
class _Document:
    """A document read but not parsed yet: its text (a path: read where it is parsed),
    its id, the headline and date its record gave, if any, how many characters of the
    headline were put before the record's text (``offset``), and diagnostics of its
    reading."""

    data: str | bytes | Path
    id: str | None
    title: str | None = None
    date: str | None = None
    offset: int = 0
    notes: tuple[Diagnostic, ...] = ()


def _documents(
    sources: list[_Source], options: CorpusOptions, timeout: float | None
) -> Iterator[_Document | Article]:
    for source in sources:
        try:
            for found in _paths(source):
                if isinstance(found, Article):
                    yield found
                else:
                    yield from _read(found, options, timeout)
        except Exception as error:  # the listing itself failed: a name that is no path
            name = str(source)
            yield _note(name, "unreadable-file", f"cannot read {_shown(name)}: {_reason(error)}")


def _paths(source: _Source) -> Iterator[Path | Article]:
    """The files ``source`` stands for: a folder's supported files, recursively and
    sorted (what is not read, as articles saying so); a glob's matches that are regular
    files, sorted; else ``source`` itself (read or reported)."""
    text = os.fspath(source)
    path = Path(text)
    if path.is_dir():
        yield from _walk(path)
    elif not path.exists() and _GLOB & set(text):
        yield from (Path(p) for p in sorted(glob.glob(text, recursive=True)) if Path(p).is_file())
    else:
        yield path


def _walk(root: Path) -> Iterator[Path | Article]:
    """The supported files under ``root`` in sorted path order, each regular file once;
    links that lead out of ``root`` or nowhere, FIFOs and devices, and folders that
    cannot be listed, as articles holding a diagnostic. Links to folders are not
    followed (a folder inside is walked under its own name)."""
    real_root = os.path.realpath(root)
    found: list[tuple[Path, str | Article]] = []  # "file", "link", "other", or a problem
    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    path = Path(entry.path)
                    if entry.is_symlink():
                        found.append((path, "link"))
                    elif entry.is_dir(follow_symlinks=False):
                        folders.append(path)
                    elif _kind(path) is not None:
                        found.append((path, "file" if entry.is_file() else "other"))
        except OSError as error:
            message = f"cannot read the folder {_shown(str(folder))}: {_reason(error)}"
            found.append((folder, _note(folder.name, "unreadable-file", message)))
    seen: set[str] = set()
    for path, kind in sorted(found, key=lambda item: item[0]):
        if isinstance(kind, Article):
            yield kind
            continue
        if kind == "other":
            what = "a FIFO" if path.is_fifo() else "not a regular file"
            message = f"not read: {_shown(str(path))} is {what}; a folder's regular files are"
            yield _note(path.stem, "skipped-file", message)
            continue
        if kind == "file":  # no link on the way from root: its real path is known
            target = os.path.join(real_root, os.path.relpath(path, root))
        else:
            through = _through_link(path, Path(real_root))
            if not isinstance(through, Path):
                if through is not None:
                    yield through
                continue
            target = os.path.realpath(path)
        if target not in seen:  # a file and links to it: read once, under the first name
            seen.add(target)
            yield path


def _through_link(path: Path, root: Path) -> Path | Article | None:
    """What the symbolic link at ``path``, under the folder ``root`` (its real path),
    leads to: ``path`` when it is to be read, an article saying why it is not, or None
    when it is nothing to read (a link to a folder inside, which is walked under its
    own name; a link whose name is not of a supported kind)."""
    target = Path(os.path.realpath(path))
    folder = target.is_dir()
    if not folder and _kind(path) is None:
        return None
    where = _shown(str(path))
    if not target.is_relative_to(root):
        message = (
            f"not read: {where} is a symbolic link to {_shown(str(target))}, outside the folder"
        )
    elif folder:
        return None
    elif not target.exists():
        message = f"not read: {where} is a symbolic link to nothing"
    elif not target.is_file():
        message = f"not read: {where} is a symbolic link to what is not a regular file"
    else:
        return path
    return _note(path.stem, "skipped-file", message)


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in _SUPPORTED:
        if name.endswith(suffix):
            return suffix
    return None


def _read(
    path: Path, options: CorpusOptions, timeout: float | None
) -> Iterator[_Document | Article]:
    kind = _kind(path)
    try:
        if kind in _LINES:
            yield from _records(path, options, timeout)
        elif kind in _ARCHIVES:
            yield from _members(path, options, timeout)
        else:
            yield _Document(path, path.stem)  # read where it is parsed
    except _Timeout:
        message = f"cannot read {_shown(str(path))}: no data came for {timeout} s"
        yield _note(path.stem, "unreadable-file", message)
    except Exception as error:  # a damaged stream, or a fault of ours: that file ends here
        yield _unreadable(path, error)


def _reason(error: BaseException) -> str:
    """What went wrong, in a few words."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, RecursionError):
        return "nested too deeply to read"
    if isinstance(error, MemoryError):
        return "too large to hold in memory"
    text = str(error)
    known = (OSError, EOFError, zlib.error, tarfile.TarError, ValueError)
    if not isinstance(error, known) or not text:
        text = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return text if len(text) <= EXCERPT_LIMIT else text[:EXCERPT_LIMIT] + "..."


def _unreadable(path: Path, error: BaseException) -> Article:
    return _note(path.stem, "unreadable-file", f"cannot read {_shown(str(path))}: {_reason(error)}")


def _excerpt(data: bytes) -> str:
    """The first bytes of a document, decoded as :func:`~newsseed.parse_bytes` would
    (a character cut at the end left out)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":
            data = data[: error.start]
    return decode(data)[0]


def _too_large(article_id: str | None, code: str, message: str, head: bytes) -> Article:
    return _note(article_id, code, message, _excerpt(head[:EXCERPT_LIMIT]))


@contextlib.contextmanager
def _opened(path: Path, timeout: float | None) -> Iterator[tuple[io.BufferedReader, float | None]]:
    """The file at ``path``, opened within ``timeout``, and the budget its reads are held
    to: ``timeout`` for what is not a regular file (a FIFO may never send a byte), else
    none (a regular file cannot stall)."""
    file = _within(timeout, lambda: path.open("rb"))
    with file:
        regular = stat.S_ISREG(os.fstat(file.fileno()).st_mode)
        yield file, None if regular else timeout


def _records(
    path: Path, options: CorpusOptions, timeout: float | None
) -> Iterator[_Document | Article]:
    stem = path.name.split(".")[0]
    limit = options.max_document_size
    with _opened(path, timeout) as (file, budget):
        lines: io.BufferedIOBase = (
            gzip.GzipFile(fileobj=file) if path.name.lower().endswith(".gz") else file
        )
        read = functools.partial(lines.readline, limit + 1)
        number = 0
        while raw := _within(budget, read):
            number += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                head = raw[:EXCERPT_LIMIT]
                del raw  # the rest of the line is skipped, never held
                size = limit + 1 + _skip_line(lines, budget)
                message = (
                    f"line {number} holds {size:,} bytes, more than the limit of {limit:,}; "
                    "not read"
                )
                yield _too_large(f"{stem}:{number}", "unreadable-record", message, head)
                continue
            if raw.strip():
                yield _record(raw, number, f"{stem}:{number}", options)


def _skip_line(lines: io.BufferedIOBase, budget: float | None) -> int:
    """Read past the rest of a line, a chunk at a time; how many bytes it held (its line
    feed not counted)."""
    skipped = 0
    read = functools.partial(lines.readline, _CHUNK)
    while chunk := _within(budget, read):
        if chunk.endswith(b"\n"):
            return skipped + len(chunk) - 1
        skipped += len(chunk)
    return skipped


def _record(
    raw: bytes, number: int, fallback_id: str, options: CorpusOptions
) -> _Document | Article:
    """One line of JSON Lines as a document, or as an article saying why it is not one."""
    decoded, stray = decode(raw)
    line = decoded.rstrip("\r\n")
    if number == 1:
        line = line.removeprefix("\ufeff")
    notes = tuple(
        note(d.code, f"line {number} of the file: {d.message}", None, d.text) for d in stray
    )
    try:
        record = json.loads(line)
    except ValueError as error:  # JSONDecodeError, or a number too long to read
        message = f"not a JSON object: {_reason(error)}"
    except Exception as error:  # nested too deeply (RecursionError), or worse
        message = f"not read: {_reason(error)}"
    else:
        if isinstance(record, dict) and isinstance(record.get(options.text_field), str):
            try:
                return _document(record, fallback_id, options, notes)
            except Exception as error:  # an id too large to write out, say
                message = f"not read: {_reason(error)}"
        else:
            message = f"no {options.text_field!r} field holding a string"
    return Article(
        id=fallback_id, diagnostics=(note("unreadable-record", message, None, line), *notes)
    )


def _document(
    record: dict[str, Any], fallback_id: str, options: CorpusOptions, notes: tuple[Diagnostic, ...]
) -> _Document:
    given_id = record.get(options.id_field)
    text: str = record[options.text_field]
    title = record.get(options.title_field)
    title = title.strip() or None if isinstance(title, str) else None
    offset = 0
    if title is not None and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"  # the headline is kept in the text too: nothing lost
        offset = len(title) + 2
    date = record.get(options.date_field)
    return _Document(
        text,
        str(given_id) if given_id is not None else fallback_id,
        title,
        None if date is None else str(date),
        offset,
        notes,
    )


_H = TypeVar("_H", bound=tarfile.TarInfo)


class _Header(tarfile.TarInfo):
    """A tar header that refuses what would make tarfile hold more than a bounded amount:
    a metadata header (long name, pax records) over :data:`_MAX_HEADER`, and sparse
    members, whose maps tarfile reads whole."""

    @classmethod
    def frombuf(cls: type[_H], buf: bytes | bytearray, encoding: str, errors: str) -> _H:
        header = super().frombuf(buf, encoding, errors)
        if header.type == tarfile.GNUTYPE_SPARSE:
            raise tarfile.ReadError("a sparse member, which newsseed does not read")
        if header.type in _METADATA and header.size > _MAX_HEADER:
            raise tarfile.ReadError(
                f"a member's header holds {header.size:,} bytes, more than {_MAX_HEADER:,}"
            )
        return header

    def _proc_gnusparse_10(self, *_args: object) -> None:
        # Sparse members of the pax format (GNU 1.0): their map is read from the data.
        raise tarfile.ReadError("a sparse member, which newsseed does not read")


_METADATA: Final = frozenset(
    {
        tarfile.GNUTYPE_LONGNAME,
        tarfile.GNUTYPE_LONGLINK,
        tarfile.XHDTYPE,
        tarfile.XGLTYPE,
        tarfile.SOLARIS_XHDTYPE,
    }
)


def _members(
    path: Path, options: CorpusOptions, timeout: float | None
) -> Iterator[_Document | Article]:
    with _opened(path, timeout) as (file, budget):
        # A stream: members in order, once. tarfile would decompress it a piece at a time
        # whatever the piece gives (10 KB of gzip may give 10 MB; 250 bytes of bzip2,
        # 200 MB): the modules' own readers give what is asked for.
        stream = _decompressed(file, _within(budget, functools.partial(file.peek, 6))[:6])
        opening = functools.partial(tarfile.open, fileobj=stream, mode="r|", tarinfo=_Header)
        with _within(budget, opening) as archive:
            while (member := _within(budget, archive.next)) is not None:
                _forget(archive)
                item = _member(archive, member, options.max_document_size, budget)
                if item is not None:
                    yield item


def _decompressed(file: io.BufferedReader, head: bytes) -> io.BufferedIOBase:
    """``file`` read through the decompressor its first bytes ``head`` call for (gzip,
    bzip2, xz), or as it is."""
    if head.startswith(b"\x1f\x8b"):
        return gzip.GzipFile(fileobj=file)
    if head.startswith(b"BZh"):
        import bz2  # noqa: PLC0415 (imported on first use: rare, and not in every Python)

        return bz2.BZ2File(file)
    if head.startswith(b"\xfd7zXZ\x00"):
        return io.BufferedReader(_Unxz(file))
    return file


class _Unxz(io.RawIOBase):
    """An xz stream, decompressed a read at a time by a decoder held to
    :data:`_XZ_MEMORY` (``lzma.LZMAFile`` sets no limit: the dictionary a file asks for,
    up to 1.5 GiB, fills as it is read)."""

    def __init__(self, file: io.BufferedReader) -> None:
        import lzma  # noqa: PLC0415 (imported on first use: rare, and not in every Python)

        self.file = file
        self.decoder = lzma.LZMADecompressor(memlimit=_XZ_MEMORY)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.decoder.eof:
            data = self.file.read1(_CHUNK) if self.decoder.needs_input else b""
            if self.decoder.needs_input and not data:
                raise EOFError("the xz stream ends before its end")
            out = self.decoder.decompress(data, len(buffer))
            if out:
                buffer[: len(out)] = out
                return len(out)
        return 0


def _forget(archive: tarfile.TarFile) -> None:
    """Drop the headers a tar stream keeps: it remembers every member it has read
    (``TarFile.members``), which would grow with the archive."""
    members: list[tarfile.TarInfo] = vars(archive).get("members", [])
    members.clear()


def _member(
    archive: tarfile.TarFile, member: tarfile.TarInfo, limit: int, budget: float | None
) -> _Document | Article | None:
    """A ``.txt`` member as a document, or as an article saying why it is not read; None
    for other members."""
    if member.isdir() or not member.name.lower().endswith(".txt"):
        return None
    name = _member_id(member.name)
    if member.issym() or member.islnk():
        kind = "a symbolic link" if member.issym() else "a hard link"
        message = (
            f"member {_shown(member.name)} is {kind} (to the text here); links are not "
            "followed in an archive read as a stream"
        )
        return _note(name, "unreadable-member", message, member.linkname)
    handle = archive.extractfile(member) if member.isfile() else None
    if handle is None:
        message = f"member {_shown(member.name)} is not a regular file"
        return _note(name, "unreadable-member", message)
    if member.size > limit:
        head = _within(budget, functools.partial(handle.read, EXCERPT_LIMIT))
        skip = functools.partial(handle.read, _SKIP)
        while _within(budget, skip):  # faster than tarfile's own skipping, in small reads
            pass
        message = (
            f"member {_shown(member.name)} holds {member.size:,} bytes, more than the limit "
            f"of {limit:,}; not read"
        )
        return _too_large(name, "unreadable-member", message, head)
    return _Document(_within(budget, handle.read), name)


def _member_id(name: str) -> str:
    """A member's path without its suffix, as the article's id."""
    try:
        return str(PurePosixPath(name).with_suffix(""))
    except ValueError:  # a name the suffix cannot be taken from
        return name[: -len(".txt")]


# ------------------------------------------------------------------------ parsing


def parse_many(
    texts_or_paths: Iterable[str | bytes | os.PathLike[str]],
    /,
    *,
    workers: int | None = None,
    options: ParseOptions | None = None,
    timeout: float | None = 60.0,
    max_document_size: int = MAX_DOCUMENT_SIZE,
) -> list[Article]:
    """Parse many texts or files at once, on ``workers`` processes; input order kept.

    A ``str`` is a text to parse (its article has no id), ``bytes`` are a document's
    raw bytes (decoded as by :func:`~newsseed.parse_bytes`), and a
    :class:`pathlib.Path` (or any other path-like object) is a file, read like
    :func:`~newsseed.parse_file`.
    ``workers`` defaults to the number of CPUs, and is at most 4 per CPU, though 4 are
    always allowed (a larger number is lowered to that); ``1`` parses in this process.
    Each document gets ``timeout`` seconds (None or 0: no limit), reading its file
    included; one that
    takes longer comes back with its text as paragraphs (split at blank lines,
    unparsed) and a ``timeout`` diagnostic, and the others go on. A file that cannot be
    read, or that holds more than ``max_document_size`` bytes, comes back with an
    ``unreadable-file`` diagnostic. The budget needs POSIX signals: on Windows it is not
    enforced. Raises ``ValueError`` for a negative or non-finite ``timeout``.

    >>> [a.title for a in parse_many(["Ferry returns\\n\\nBoats sail.", "Tram fares\\n\\nUp."],
    ...                              workers=1)]
    ['Ferry returns', 'Tram fares']
    """
    budget = _budget(timeout)
    if isinstance(max_document_size, bool) or not isinstance(max_document_size, int):
        raise TypeError(f"max_document_size must be an int, not {max_document_size!r}")
    if max_document_size < 1:
        raise ValueError(f"max_document_size must be at least 1, not {max_document_size}")
    documents = [
        _Document(item, None)
        if isinstance(item, (str, bytes))
        else _Document(Path(item), Path(item).stem)
        for item in texts_or_paths
    ]
    workers = _workers((os.cpu_count() or 1) if workers is None else workers)
    stream = _parse_stream(documents, options or ParseOptions(), workers, budget, max_document_size)
    return list(stream)


_BATCH: Final = 16  # documents sent to a worker at a time
_AHEAD: Final = 4  # batches in flight per worker

_Item = _Document | Article


def _parse_stream(
    documents: Iterable[_Item],
    options: ParseOptions,
    workers: int,
    timeout: float | None,
    limit: int,
) -> Generator[Article, None, None]:
    """Parse ``documents`` in order, on ``workers`` processes when above 1, reading at
    most a few batches per worker ahead; articles given (diagnostics) pass through."""
    if workers <= 1:
        for item in documents:
            yield _parse_item(item, options, timeout, limit)
        return
    work = functools.partial(_parse_batch, options=options, timeout=timeout, limit=limit)
    pool = _Pool(workers, work)
    pending: collections.deque[tuple[list[_Item], concurrent.futures.Future[list[Article]]]]
    pending = collections.deque()
    try:
        for batch in _batched(iter(documents), _BATCH):
            pending.append((batch, pool.submit(batch)))
            if len(pending) >= workers * _AHEAD:
                yield from pool.result(pending)
        while pending:
            yield from pool.result(pending)
    finally:  # the consumer stopped early, or a worker failed: drop what is queued
        for _, future in pending:
            future.cancel()
        pool.shutdown()


class _Pool:
    """A process pool that outlives its workers: when one dies (killed, out of memory),
    the batches it took down are parsed again on a new pool, and the batch at the head
    of the queue one document at a time on a pool of its own, so that only the document
    that kills a worker comes back unparsed (with an ``internal-error`` diagnostic)."""

    def __init__(self, workers: int, work: Callable[[list[_Item]], list[Article]]) -> None:
        self.workers = workers
        self.work = work
        self.pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers)

    def submit(self, batch: list[_Item]) -> concurrent.futures.Future[list[Article]]:
        """``batch`` given to the pool; a pool already broken gives a future that says so,
        which :meth:`result` handles when the batch's turn comes."""
        try:
            return self.pool.submit(self.work, batch)
        except BrokenProcessPool as error:
            future: concurrent.futures.Future[list[Article]] = concurrent.futures.Future()
            future.set_exception(error)
            return future

    def result(
        self,
        pending: collections.deque[tuple[list[_Item], concurrent.futures.Future[list[Article]]]],
    ) -> list[Article]:
        """The articles of the batch at the head of ``pending``, taken off it."""
        batch, future = pending[0]
        try:
            articles = future.result()
        except BrokenProcessPool:
            self._restart(pending)
            articles = self._one_by_one(batch)
        pending.popleft()
        return articles

    def _restart(
        self,
        pending: collections.deque[tuple[list[_Item], concurrent.futures.Future[list[Article]]]],
    ) -> None:
        """A new pool, and the batches after the head that the old one lost given to it."""
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = concurrent.futures.ProcessPoolExecutor(max_workers=self.workers)
        for index in range(1, len(pending)):
            batch, future = pending[index]
            if not future.done() or future.cancelled() or future.exception() is not None:
                pending[index] = (batch, self.submit(batch))

    def _one_by_one(self, batch: list[_Item]) -> list[Article]:
        """``batch`` parsed a document at a time on a pool of one process: the document
        that kills it is known."""
        articles = []
        probe = concurrent.futures.ProcessPoolExecutor(max_workers=1)
        try:
            for item in batch:
                try:
                    articles += probe.submit(self.work, [item]).result()
                except BrokenProcessPool:
                    articles.append(_died(item))
                    probe.shutdown(wait=True)
                    probe = concurrent.futures.ProcessPoolExecutor(max_workers=1)
        finally:
            probe.shutdown(wait=True, cancel_futures=True)
        return articles

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _died(item: _Item) -> Article:
    """The article of a document whose worker process died while parsing it."""
    if isinstance(item, Article):
        return item
    message = "the worker process parsing it died (killed, or out of memory)"
    if isinstance(item.data, Path):
        return _finished(_note(item.id, "internal-error", message), item)
    return _kept(item, item.data, "internal-error", f"{message}; the text is kept unparsed")


def _batched(items: Iterator[_T], size: int) -> Iterator[list[_T]]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def _parse_batch(
    batch: list[_Item], *, options: ParseOptions, timeout: float | None, limit: int
) -> list[Article]:
    return [_parse_item(item, options, timeout, limit) for item in batch]


def _parse_item(item: _Item, options: ParseOptions, timeout: float | None, limit: int) -> Article:
    """The document parsed; an article (what could not be read) as it is."""
    return item if isinstance(item, Article) else _parse_one(item, options, timeout, limit)


class _Timeout(BaseException):
    """A document ran past its time budget (a BaseException, so that the parser's
    guard against internal errors does not take it for one)."""


class _TooLarge(Exception):
    """A file holds more bytes than the limit: ``head`` is its start."""

    def __init__(self, size: int | None, head: bytes) -> None:
        super().__init__(size)
        self.size = size
        self.head = head


def _alarm(_signum: int, _frame: object) -> None:
    raise _Timeout


#: After the budget, the alarm repeats this often until the work stops: Python swallows
#: an exception raised while it runs a finaliser (``__del__``, a weakref callback), so one
#: alarm may be lost; the next one is not.
_AGAIN: Final = 0.05


def _read_file(path: Path, limit: int) -> bytes:
    """The bytes of the file at ``path``, at most ``limit`` of them (else _TooLarge)."""
    with path.open("rb") as file:
        info = os.fstat(file.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise _TooLarge(info.st_size, file.read(EXCERPT_LIMIT))
        data = file.read(limit + 1)  # what is not a regular file tells no size
    if len(data) > limit:
        raise _TooLarge(None, data[:EXCERPT_LIMIT])
    return data


def _parse_one(
    document: _Document, options: ParseOptions, timeout: float | None, limit: int
) -> Article:
    read: list[str | bytes] = []  # the document's text, once read

    def work() -> Article:
        data = document.data
        if isinstance(data, Path):
            data = _read_file(data, limit)
        read.append(data)
        if isinstance(data, str):
            return parse(data, id=document.id, options=options)
        return parse_bytes(data, id=document.id, options=options)

    try:
        article = _within(timeout, work)
    except _Timeout:
        if not read:
            assert isinstance(document.data, Path)
            message = f"cannot read {_shown(str(document.data))}: no data came for {timeout} s"
            return _finished(_note(document.id, "unreadable-file", message), document)
        message = f"parsing took longer than {timeout} s; its paragraphs hold the text unparsed"
        return _kept(document, read[0], "timeout", message)
    except _TooLarge as large:
        assert isinstance(document.data, Path)
        held = "" if large.size is None else f"{large.size:,} bytes, "
        where = _shown(str(document.data))
        message = f"cannot read {where}: it holds {held}more than the limit of {limit:,} bytes"
        return _too_large(document.id, "unreadable-file", message, large.head)
    except Exception as error:  # the file could not be read; else a fault of ours
        if not read and isinstance(document.data, Path):
            return _unreadable(document.data, error)
        message = f"the reader failed ({_reason(error)}); the text is kept unparsed"
        return _kept(document, read[0], "internal-error", message)
    return _finished(article, document)


def _kept(document: _Document, data: str | bytes, code: str, message: str) -> Article:
    """An article that holds a document's text unparsed: its lines as the reader would
    see them (line ends made LF, control characters removed, lone surrogates as U+FFFD),
    stripped, in paragraphs split at blank lines, with a diagnostic (``code``,
    ``message``) holding the text's start; the record's title and date kept."""
    text = data if isinstance(data, str) else decode(data)[0]
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in Source(text).text.split("\n"):
        if line.strip():
            lines.append(line.strip())
        elif lines:
            paragraphs.append("\n".join(lines))
            lines = []
    if lines:
        paragraphs.append("\n".join(lines))
    diagnostic = note(code, message, None, text)
    article = Article(id=document.id, paragraphs=paragraphs, diagnostics=(diagnostic,))
    return _finished(article, document)


def _finished(article: Article, document: _Document) -> Article:
    """The article with what its record gave (headline, date) and what reading it noted;
    the spans of its diagnostics moved into the record's text when a headline was put
    before it."""
    diagnostics = article.diagnostics
    if document.offset:
        diagnostics = tuple(_moved(d, document.offset) for d in diagnostics)
    article = attrs.evolve(article, diagnostics=(*diagnostics, *document.notes))
    if document.title is not None:
        article = attrs.evolve(article, title=document.title)
    return _dated(article, document.date)


def _moved(diagnostic: Diagnostic, offset: int) -> Diagnostic:
    """A diagnostic of the text parsed (headline, blank line, record's text) made one of
    the record's text: its span ``offset`` characters earlier; one that concerns the
    headline put before the text loses its span (it keeps its text)."""
    span = diagnostic.span
    if span is None:
        return diagnostic
    moved = Span(span.start - offset, span.end - offset) if span.start >= offset else None
    return attrs.evolve(diagnostic, span=moved)


def _dated(article: Article, date: str | None) -> Article:
    if date is None:
        return article
    value = normalize_date(date[:64])
    if value is None:
        unread = note("unreadable-date", "the record's date could not be read", None, date)
        return attrs.evolve(article, diagnostics=(*article.diagnostics, unread))
    return attrs.evolve(article, published=value)


def _within(timeout: float | None, work: Callable[[], _T]) -> _T:
    """``work()``, interrupted after ``timeout`` seconds where POSIX timers allow it."""
    usable = (
        timeout is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        return work()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout, _AGAIN)  # type: ignore[arg-type]
    try:
        return work()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
