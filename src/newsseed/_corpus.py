"""Many articles: reading collections lazily, and parsing in parallel.

:func:`iter_articles` reads a folder, a glob, a text file, JSON Lines (plain or
gzipped) or a tar archive (plain or gzipped) one article at a time, in constant
memory; what cannot be read becomes an article that holds only a diagnostic, and the
stream goes on. :func:`parse_many` parses texts or files on a pool of processes,
keeps the input's order, and gives each document a time budget after which it comes
back as an article holding a ``timeout`` diagnostic (with its text) rather than
holding up the job.
"""

from __future__ import annotations

import collections
import concurrent.futures
import glob
import gzip
import io
import itertools
import json
import os
import signal
import tarfile
import threading
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Final, TypeVar

import attrs

from newsseed._model import Article, Diagnostic
from newsseed._read import ParseOptions, parse, parse_bytes
from newsseed.normalize import normalize_date

__all__ = ("CorpusOptions", "iter_articles", "parse_many")

_T = TypeVar("_T")


@attrs.frozen(kw_only=True)
class CorpusOptions:
    """How :func:`iter_articles` reads records and parses them.

    >>> CorpusOptions(text_field="body").text_field
    'body'
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


_DEFAULT: Final = CorpusOptions()
_TEXT: Final = (".txt",)
_LINES: Final = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_ARCHIVES: Final = (".tar", ".tar.gz", ".tgz")
_SUPPORTED: Final = (*_TEXT, *_LINES, *_ARCHIVES)
_GLOB: Final = frozenset("*?[")


def _note(article_id: str | None, code: str, message: str, text: str = "") -> Article:
    """An article that holds only a diagnostic: what could not be read, and why."""
    return Article(id=article_id, diagnostics=(Diagnostic(code, message, None, text),))


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
    (``unreadable-record``, ``unreadable-member``, ``unreadable-file``) with what was
    read of it, and the stream goes on; a damaged archive or gzip stream ends that
    file with such a diagnostic. Memory does not grow with the size of the source.

    With ``workers`` above 1 the texts are parsed on that many processes while this
    one reads ahead (a bounded number of documents); the order stays the source's.
    Closing the generator early (``close()``, or leaving a ``for`` loop over it once it
    is garbage) stops the pool.
    ``timeout`` is a time budget per document, as for :func:`parse_many`.

    >>> import json, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> lines = [{"text": "Ferry returns\\n\\nBoats sail again.", "id": "a"}, {"txt": "?"}]
    >>> _ = (folder / "news.jsonl").write_text("\\n".join(json.dumps(x) for x in lines))
    >>> [(a.id, a.title, [d.code for d in a.diagnostics]) for a in iter_articles(folder)]
    [('a', 'Ferry returns', []), ('news:2', None, ['unreadable-record'])]
    """
    options = options or _DEFAULT
    sources = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    documents = (d for one in sources for path in _paths(one) for d in _read(path, options))
    return _parse_stream(documents, options.parse, workers, timeout)


@attrs.frozen
class _Document:
    """A document read but not parsed yet: its text (a path: read where it is parsed),
    its id, and the headline and date its record gave, if any."""

    data: str | bytes | Path
    id: str | None
    title: str | None = None
    date: str | None = None


def _paths(source: _Source) -> Iterator[Path]:
    """The files ``source`` stands for: a folder's supported files, recursively and
    sorted; a glob's matches, sorted; else ``source`` itself (read or reported)."""
    text = os.fspath(source)
    path = Path(text)
    if path.is_dir():
        found = (p for p in path.rglob("*") if p.is_file() and _kind(p) is not None)
        yield from sorted(found)
    elif not path.exists() and _GLOB & set(text):
        yield from (Path(p) for p in sorted(glob.glob(text, recursive=True)) if Path(p).is_file())
    else:
        yield path


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in _SUPPORTED:
        if name.endswith(suffix):
            return suffix
    return None


def _read(path: Path, options: CorpusOptions) -> Iterator[_Document | Article]:
    kind = _kind(path)
    try:
        if kind in _LINES:
            yield from _records(path, options)
        elif kind in _ARCHIVES:
            yield from _members(path)
        else:
            yield _Document(path, path.stem)  # read where it is parsed
    except (OSError, EOFError, zlib.error, tarfile.TarError, UnicodeDecodeError) as error:
        yield _unreadable(path, error)


def _unreadable(path: Path, error: BaseException) -> Article:
    reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
    return _note(path.stem, "unreadable-file", f"cannot read '{path}': {reason}")


def _records(path: Path, options: CorpusOptions) -> Iterator[_Document | Article]:
    stem = path.name.split(".")[0]
    with _open_bytes(path) as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            yield _record(raw, f"{stem}:{number}", options)


def _open_bytes(path: Path) -> io.BufferedIOBase:
    """The file's bytes, gunzipped when its name ends in ``.gz``."""
    return gzip.open(path) if path.name.endswith(".gz") else path.open("rb")


def _record(raw: bytes, fallback_id: str, options: CorpusOptions) -> _Document | Article:
    line = raw.decode("utf-8", "replace").rstrip("\r\n")
    try:
        record = json.loads(line)
    except ValueError as error:
        return _note(fallback_id, "unreadable-record", f"not a JSON object: {error}", line)
    if not isinstance(record, dict) or not isinstance(record.get(options.text_field), str):
        message = f"no {options.text_field!r} field holding a string"
        return _note(fallback_id, "unreadable-record", message, line)
    given_id = record.get(options.id_field)
    text: str = record[options.text_field]
    title = record.get(options.title_field)
    title = title.strip() or None if isinstance(title, str) else None
    if title is not None and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"  # the headline is kept in the text too: nothing lost
    date = record.get(options.date_field)
    return _Document(
        text,
        str(given_id) if given_id is not None else fallback_id,
        title,
        None if date is None else str(date),
    )


def _members(path: Path) -> Iterator[_Document | Article]:
    with tarfile.open(path, mode="r|*") as archive:  # a stream: members in order, once
        for member in archive:
            if not member.isfile() or not member.name.lower().endswith(".txt"):
                continue
            name = str(PurePosixPath(member.name).with_suffix(""))
            handle = archive.extractfile(member)
            if handle is None:
                yield _note(name, "unreadable-member", f"cannot read member {member.name}")
                continue
            yield _Document(handle.read(), name)


# ------------------------------------------------------------------------ parsing


def parse_many(
    texts_or_paths: Iterable[str | bytes | os.PathLike[str]],
    /,
    *,
    workers: int | None = None,
    options: ParseOptions | None = None,
    timeout: float | None = 60.0,
) -> list[Article]:
    """Parse many texts or files at once, on ``workers`` processes; input order kept.

    A ``str`` is a text to parse (its article has no id), ``bytes`` are a document's
    raw bytes (decoded as by :func:`~newsseed.parse_bytes`), and a
    :class:`pathlib.Path` (or any other path-like object) is a file, read like
    :func:`~newsseed.parse_file`.
    ``workers`` defaults to the number of CPUs; ``1`` parses in this process. Each
    document gets ``timeout`` seconds (None: no limit); one that takes longer comes
    back as an article holding a ``timeout`` diagnostic with its text, and the others
    go on. A file that cannot be read comes back with an ``unreadable-file``
    diagnostic. The budget needs POSIX signals: on Windows it is not enforced.

    >>> [a.title for a in parse_many(["Ferry returns\\n\\nBoats sail.", "Tram fares\\n\\nUp."],
    ...                              workers=1)]
    ['Ferry returns', 'Tram fares']
    """
    documents = [
        _Document(item, None)
        if isinstance(item, (str, bytes))
        else _Document(Path(item), Path(item).stem)
        for item in texts_or_paths
    ]
    workers = (os.cpu_count() or 1) if workers is None else workers
    return list(_parse_stream(documents, options or ParseOptions(), workers, timeout))


_BATCH: Final = 16  # documents sent to a worker at a time
_AHEAD: Final = 4  # batches in flight per worker


def _parse_stream(
    documents: Iterable[_Document | Article],
    options: ParseOptions,
    workers: int = 1,
    timeout: float | None = None,
) -> Generator[Article, None, None]:
    """Parse ``documents`` in order, on ``workers`` processes when above 1, reading at
    most a few batches per worker ahead; articles given (diagnostics) pass through."""
    if workers <= 1:
        for item in documents:
            yield _parse_item(item, options, timeout)
        return
    batches = _batched(iter(documents), _BATCH)
    pending: collections.deque[concurrent.futures.Future[list[Article]]] = collections.deque()
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            for batch in batches:
                pending.append(pool.submit(_parse_batch, batch, options, timeout))
                if len(pending) >= workers * _AHEAD:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:  # the consumer stopped early, or a worker failed: drop what is queued
            for future in pending:
                future.cancel()


def _batched(items: Iterator[_T], size: int) -> Iterator[list[_T]]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def _parse_batch(
    batch: list[_Document | Article], options: ParseOptions, timeout: float | None
) -> list[Article]:
    return [_parse_item(item, options, timeout) for item in batch]


def _parse_item(item: _Document | Article, options: ParseOptions, timeout: float | None) -> Article:
    """The document parsed; an article (what could not be read) as it is."""
    return item if isinstance(item, Article) else _parse_one(item, options, timeout)


class _Timeout(BaseException):
    """A document ran past its time budget (a BaseException, so that the parser's
    guard against internal errors does not take it for one)."""


def _alarm(_signum: int, _frame: object) -> None:
    raise _Timeout


#: After the budget, the alarm repeats this often until the work stops: Python swallows
#: an exception raised while it runs a finaliser (``__del__``, a weakref callback), so one
#: alarm may be lost; the next one is not.
_AGAIN: Final = 0.05


def _parse_one(document: _Document, options: ParseOptions, timeout: float | None) -> Article:
    data: str | bytes
    if isinstance(document.data, Path):
        try:
            data = document.data.read_bytes()
        except OSError as error:
            return _unreadable(document.data, error)
    else:
        data = document.data

    def work() -> Article:
        if isinstance(data, str):
            return parse(data, id=document.id, options=options)
        return parse_bytes(data, id=document.id, options=options)

    try:
        article = _within(timeout, work)
    except _Timeout:
        text = data if isinstance(data, str) else data.decode("utf-8", "replace")
        message = f"parsing took longer than {timeout} s; the text is kept here"
        return _note(document.id, "timeout", message, text)
    return _dated(_titled(article, document.title), document.date)


def _titled(article: Article, title: str | None) -> Article:
    """The article with its record's headline, where the record gave one."""
    return article if title is None else attrs.evolve(article, title=title)


def _dated(article: Article, date: str | None) -> Article:
    if date is None:
        return article
    value = normalize_date(date[:64])
    if value is None:
        note = Diagnostic("unreadable-date", "the record's date could not be read", None, date)
        return attrs.evolve(article, diagnostics=(*article.diagnostics, note))
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
