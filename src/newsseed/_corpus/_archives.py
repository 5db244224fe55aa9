"""Tar archives: read as a stream, decompressed a read at a time (gzip, bzip2, xz),
with bounded headers, no member past the size limit held in memory, and every ``.txt``
member a document.
"""

from __future__ import annotations

import functools
import gzip
import io
import tarfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any, Final, TypeVar

from newsseed._corpus._budgets import _opened, _within
from newsseed._corpus._documents import TEXT_SUFFIXES, _Document, _note, _shown, _too_large
from newsseed._corpus._options import _CHUNK, CorpusOptions
from newsseed._model import EXCERPT_LIMIT, Article

#: The most memory the xz decoder may take: every preset of xz (-9e: 64 MiB) fits.
_XZ_MEMORY: Final = 128 * 1024 * 1024
#: Bytes read at a time past the limit, skipping the rest of a tar member too large.
_SKIP: Final = 1024 * 1024
#: The largest header of a tar member that carries metadata (a long name, pax records):
#: tarfile reads one whole, before any limit of ours could apply.
_MAX_HEADER: Final = 1024 * 1024


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
    """A ``.txt`` or HTML member as a document, or as an article saying why it is not
    read; None for other members."""
    if member.isdir() or not member.name.lower().endswith(TEXT_SUFFIXES):
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
        return name.rsplit(".", 1)[0]
