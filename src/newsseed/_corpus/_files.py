"""The files a source stands for, each read by its kind: a folder walked in sorted
order, each regular file once, under the rules for symbolic links, FIFOs and devices; a
glob's matches; and the suffixes that say how a file is read (text, JSON Lines, tar).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from newsseed._corpus._archives import _members
from newsseed._corpus._budgets import _Timeout
from newsseed._corpus._documents import (
    TEXT_SUFFIXES,
    _Document,
    _note,
    _reason,
    _shown,
    _unreadable,
)
from newsseed._corpus._lines import _records
from newsseed._corpus._options import CorpusOptions
from newsseed._model import Article

_LINES: Final = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_ARCHIVES: Final = (".tar", ".tar.gz", ".tgz")
_SUPPORTED: Final = (*TEXT_SUFFIXES, *_LINES, *_ARCHIVES)
_GLOB: Final = frozenset("*?[")

_Source = str | os.PathLike[str]


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
