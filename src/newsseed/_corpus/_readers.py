"""The corpus readers: :func:`iter_articles` (a source's files, read lazily) and
:func:`parse_many` (texts or files), both parsing through :mod:`._pool`, in order.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable
from pathlib import Path

from newsseed._corpus._budgets import _budget
from newsseed._corpus._documents import _Document
from newsseed._corpus._files import _documents, _Source
from newsseed._corpus._options import (
    _DEFAULT,
    MAX_DOCUMENT_SIZE,
    CorpusOptions,
    _document_size,
    _workers,
)
from newsseed._corpus._pool import _parse_stream
from newsseed._model import Article
from newsseed._read import ParseOptions


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

    - ``.txt``, ``.html``, ``.htm``: one article, parsed like
      :func:`~newsseed.parse_file` (id: the stem; an HTML page is read through
      trafilatura where the ``newsseed[html]`` extra is installed);
    - ``.jsonl``, ``.jsonl.gz`` (or ``.ndjson``): one record per line, a JSON object
      with the text in ``options.text_field`` (``"text"``) and, optionally, ``"id"``,
      ``"title"`` and ``"date"`` (see :class:`CorpusOptions`);
    - ``.tar``, ``.tar.gz``, ``.tgz``: every such member, in archive order (id: the
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
    _document_size(None, None, max_document_size)
    documents = [
        _Document(item, None)
        if isinstance(item, (str, bytes))
        else _Document(Path(item), Path(item).stem)
        for item in texts_or_paths
    ]
    workers = _workers((os.cpu_count() or 1) if workers is None else workers)
    stream = _parse_stream(documents, options or ParseOptions(), workers, budget, max_document_size)
    return list(stream)
