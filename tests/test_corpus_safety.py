"""The corpus readers on hostile and unlucky input: sizes past the limit, records that
raise, stray bytes, links, FIFOs, bad budgets, huge worker counts and dying workers.

Each test names what it protects; none is keyed to a known file: every input is made
here.
"""

from __future__ import annotations

import concurrent.futures
import gzip
import io
import json
import math
import os
import tarfile
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import pytest

import newsseed
from newsseed import CorpusOptions, iter_articles, parse_many
from newsseed._corpus import _archives, _articles, _files, _lines

FERRY = "Ferry returns\n\nBoats sail to Lisbon again, the harbour office said on Monday."
TRAM = "Tram fares rise\n\nFares go up by ten cents, Ana Ruiz said."
MiB = 1024 * 1024

_T = TypeVar("_T")

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")


def _codes(article: newsseed.Article) -> list[str]:
    return [d.code for d in article.diagnostics]


def _peak(work: Callable[[], _T]) -> tuple[_T, int]:
    """What ``work()`` returns, and the most memory Python held meanwhile (bytes)."""
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


class _Run(io.RawIOBase):
    """``size`` bytes of ``byte``, made as they are read (never held whole)."""

    def __init__(self, size: int, byte: bytes = b"a") -> None:
        self.left = size
        self.byte = byte

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = min(len(buffer), self.left)
        buffer[:count] = self.byte * count
        self.left -= count
        return count


def _long_line_gz(path: Path, size: int) -> None:
    """A gzipped JSON Lines file: a record whose text is ``size`` bytes, then a good one."""
    with gzip.open(path, "wb") as out:
        out.write(b'{"id": "long", "text": "')
        for _ in range(size // MiB):
            out.write(b"a" * MiB)
        out.write(b'"}\n' + json.dumps({"text": FERRY, "id": "after"}).encode() + b"\n")


def _tar(path: Path, members: list[tarfile.TarInfo | tuple[str, bytes]], mode: str = "w") -> None:
    with tarfile.open(path, mode) as archive:  # type: ignore[call-overload]
        for member in members:
            if isinstance(member, tarfile.TarInfo):
                archive.addfile(member)
            else:
                info = tarfile.TarInfo(member[0])
                info.size = len(member[1])
                archive.addfile(info, io.BytesIO(member[1]))


# --- 1. sizes: nothing larger than the limit is held in memory ------------------------------


def test_a_line_past_the_size_limit_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl.gz"
    _long_line_gz(path, 48 * MiB)
    assert path.stat().st_size < MiB  # 48 MB of text in a small file
    options = CorpusOptions(max_document_size=MiB)
    newsseed.parse(FERRY)  # the parser's tables, made on first use, are not the reading's
    articles, peak = _peak(lambda: list(iter_articles(path, options=options)))
    long, after = articles
    assert peak < 6 * MiB  # the limit and buffers, not the 48 MB line
    assert (long.id, _codes(long)) == ("wire:1", ["unreadable-record"])
    size = 48 * MiB + len('{"id": "long", "text": ""}')
    message = f"line 1 holds {size:,} bytes, more than the limit of {MiB:,}; not read"
    assert long.diagnostics[0].message == message
    assert long.diagnostics[0].text == '{"id": "long", "text": "' + "a" * 976  # its start
    assert (after.id, after.title) == ("after", "Ferry returns")  # the stream goes on


def test_a_line_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    record = json.dumps({"text": FERRY, "id": "x"}).encode()
    (tmp_path / "a.jsonl").write_bytes(record + b"\n" + record)
    options = CorpusOptions(max_document_size=len(record))
    assert [a.id for a in iter_articles(tmp_path / "a.jsonl", options=options)] == ["x", "x"]
    options = CorpusOptions(max_document_size=len(record) - 1)
    skipped = list(iter_articles(tmp_path / "a.jsonl", options=options))
    assert [_codes(a) for a in skipped] == [["unreadable-record"]] * 2


@pytest.mark.parametrize("mode", ["w:gz", "w:bz2", "w:xz", "w"])
def test_a_tar_member_past_the_size_limit_is_skipped_in_bounded_memory(
    tmp_path: Path, mode: str
) -> None:
    path = tmp_path / "batch.tar"  # compressed or not, whatever the name says
    info = tarfile.TarInfo("day1/huge.txt")
    info.size = 48 * MiB
    settings = {"preset": 1} if mode == "w:xz" else {}  # a dictionary of 1 MiB
    with tarfile.open(path, mode, **settings) as archive:  # type: ignore[call-overload]
        archive.addfile(info, io.BufferedReader(_Run(info.size)))
        small = tarfile.TarInfo("day1/ferry.txt")
        small.size = len(FERRY.encode())
        archive.addfile(small, io.BytesIO(FERRY.encode()))
    options = CorpusOptions(max_document_size=MiB)
    articles, peak = _peak(lambda: list(iter_articles(path, options=options)))
    huge, ferry = articles
    assert peak < 6 * MiB
    assert (huge.id, _codes(huge)) == ("day1/huge", ["unreadable-member"])
    assert huge.diagnostics[0].message == (
        f"member 'day1/huge.txt' holds {48 * MiB:,} bytes, more than the limit of {MiB:,}; not read"
    )
    assert huge.diagnostics[0].text == "a" * 1000
    assert (ferry.id, ferry.title) == ("day1/ferry", "Ferry returns")


def test_an_xz_archive_asking_for_too_much_memory_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_archives, "_XZ_MEMORY", MiB)  # the default preset needs 9 MiB
    _tar(tmp_path / "a.tar", [("ferry.txt", FERRY.encode())], "w:xz")
    (article,) = iter_articles(tmp_path / "a.tar")
    assert _codes(article) == ["unreadable-file"]
    assert article.diagnostics[0].message.endswith(": LZMAError: Memory usage limit exceeded")
    monkeypatch.undo()
    (ferry,) = iter_articles(tmp_path / "a.tar")
    assert ferry.title == "Ferry returns"


def test_a_text_file_past_the_size_limit_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("Headline\n\n" + "word " * 1000, encoding="utf-8")
    (tmp_path / "small.txt").write_text(FERRY, encoding="utf-8")
    options = CorpusOptions(max_document_size=1000)
    big, small = iter_articles(tmp_path, options=options)
    assert (big.id, _codes(big), big.paragraphs) == ("big", ["unreadable-file"], ())
    assert big.diagnostics[0].message == (
        f"cannot read '{tmp_path / 'big.txt'}': it holds 5,010 bytes, more than the limit "
        "of 1,000 bytes"
    )
    assert big.diagnostics[0].text == ("Headline\n\n" + "word " * 1000)[:1000]
    assert small.title == "Ferry returns"
    (alone,) = parse_many([tmp_path / "big.txt"], workers=1, max_document_size=1000)
    assert alone == big


def test_the_excerpt_of_a_document_too_large_keeps_whole_characters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"x" * 999 + "é".encode() + b"y" * 5000)
    (article,) = iter_articles(tmp_path / "a.txt", options=CorpusOptions(max_document_size=10))
    assert article.diagnostics[0].text == "x" * 999  # not half an 'é' read as Windows-1252


def test_a_tar_stream_does_not_remember_its_members(tmp_path: Path) -> None:
    members: list[tarfile.TarInfo | tuple[str, bytes]] = [
        tarfile.TarInfo(f"notes/{i:05}.md") for i in range(20_000)
    ]
    members.append(("last.txt", FERRY.encode()))
    _tar(tmp_path / "many.tar.gz", members, "w:gz")
    articles, peak = _peak(lambda: list(iter_articles(tmp_path / "many.tar.gz")))
    assert [a.id for a in articles] == ["last"]
    assert peak < 4 * MiB  # 20,000 headers kept would be several times this


def test_a_huge_metadata_header_ends_the_archive_in_bounded_memory(tmp_path: Path) -> None:
    info = tarfile.TarInfo("a.txt")
    info.pax_headers = {"comment": "x" * (3 * MiB)}
    with tarfile.open(tmp_path / "pax.tar", "w", format=tarfile.PAX_FORMAT) as archive:
        archive.addfile(info)
    articles, peak = _peak(lambda: list(iter_articles(tmp_path / "pax.tar")))
    (article,) = articles
    assert _codes(article) == ["unreadable-file"]
    assert "a member's header holds 3,145,7" in article.diagnostics[0].message
    assert peak < 2 * MiB


def _sparse_tar(path: Path) -> None:
    """A tar archive whose first member is a GNU sparse file ('S'), made by hand: tarfile
    reads such members but cannot write them."""
    info = tarfile.TarInfo("sparse.txt")
    header = bytearray(info.tobuf(tarfile.GNU_FORMAT))
    header[156:157] = tarfile.GNUTYPE_SPARSE
    header[148:156] = b" " * 8
    header[148:156] = b"%06o\0 " % sum(header[:512])
    path.write_bytes(bytes(header) + b"\0" * 1024)


def test_a_sparse_member_ends_the_archive(tmp_path: Path) -> None:
    _sparse_tar(tmp_path / "s.tar")
    (article,) = iter_articles(tmp_path / "s.tar")
    assert _codes(article) == ["unreadable-file"]
    assert "a sparse member, which newsseed does not read" in article.diagnostics[0].message


# --- 2. whatever a record raises is a diagnostic --------------------------------------------


def test_a_deeply_nested_json_line_is_a_diagnostic(tmp_path: Path) -> None:
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    lines = [deep, json.dumps({"text": FERRY, "id": "after"})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    nested, after = iter_articles(tmp_path / "a.jsonl")
    assert (nested.id, _codes(nested)) == ("a:1", ["unreadable-record"])
    assert nested.diagnostics[0].message.startswith("not read: nested too deeply to read")
    assert nested.diagnostics[0].text == deep[:1000]
    assert after.id == "after"


@pytest.mark.parametrize("error", [MemoryError(), RecursionError(), ValueError("odd"), KeyError(1)])
def test_any_exception_from_a_record_is_a_diagnostic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    real = _lines._document

    def failing(record: dict[str, Any], *args: Any) -> Any:
        if record.get("id") == "bad":
            raise error
        return real(record, *args)

    monkeypatch.setattr(_lines, "_document", failing)
    records = [{"text": FERRY, "id": "bad"}, {"text": TRAM, "id": "good"}]
    (tmp_path / "a.jsonl").write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    bad, good = iter_articles(tmp_path / "a.jsonl")
    assert (bad.id, _codes(bad)) == ("a:1", ["unreadable-record"])
    assert bad.diagnostics[0].message.startswith("not read: ")
    assert good.id == "good"


def test_any_exception_while_parsing_is_an_internal_error_and_the_text_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(text: str, **kwargs: Any) -> newsseed.Article:
        raise RecursionError("deep")

    monkeypatch.setattr(_articles, "parse", failing)
    bad, good = parse_many(
        ["Ferry returns\n\nBoats sail.\r\n\r\nAgain.", b"Tram\n\nUp."], workers=1
    )
    assert _codes(bad) == ["internal-error"]
    assert bad.paragraphs == ("Ferry returns", "Boats sail.", "Again.")
    assert bad.diagnostics[0].message == (
        "the reader failed (nested too deeply to read); the text is kept unparsed"
    )
    assert good.title == "Tram"  # bytes go through parse_bytes, not patched


def test_any_exception_while_reading_a_file_ends_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*args: object) -> Iterator[object]:
        raise RuntimeError("a fault")

    monkeypatch.setattr(_files, "_members", failing)
    _tar(tmp_path / "a.tar", [("ferry.txt", FERRY.encode())])
    (tmp_path / "b.txt").write_text(TRAM, encoding="utf-8")
    broken, tram = iter_articles(tmp_path)
    assert _codes(broken) == ["unreadable-file"]
    assert broken.diagnostics[0].message.endswith(": RuntimeError: a fault")
    assert tram.title == "Tram fares rise"


def test_stray_bytes_in_a_json_line_are_read_as_windows_1252(tmp_path: Path) -> None:
    line = b'{"id": "caf\xe9", "text": "Caf\xe9 opens\\n\\nIt serves coffee \x93again\x94."}'
    (tmp_path / "a.jsonl").write_bytes(line + b"\n")
    (article,) = iter_articles(tmp_path / "a.jsonl")
    assert (article.id, article.title) == ("café", "Café opens")
    assert article.paragraphs == ("It serves coffee \u201cagain\u201d.",)
    assert [(d.code, d.span, d.text) for d in article.diagnostics] == [
        # The bytes are in the line, not in the text parsed: no span.
        ("decoded-fallback", None, '\u00e9", "text": "Caf\u00e9'),
        ("decoded-fallback", None, "\u201cagain\u201d"),
    ]
    assert article.diagnostics[0].message == (
        "line 1 of the file: 2 runs of bytes (e9, ...) are not UTF-8; read them as Windows-1252"
    )


def test_a_byte_order_mark_before_the_first_line_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": FERRY}).encode())
    (article,) = iter_articles(tmp_path / "a.jsonl")
    assert (_codes(article), article.title) == ([], "Ferry returns")


def test_diagnostic_spans_point_into_the_records_text(tmp_path: Path) -> None:
    text = "Boats sail again.\n\nAdvertisement\n\nThe harbour office said so."
    records = [
        {"id": "a", "title": "Ferry returns", "text": text},
        {"id": "b", "title": "Ferry\x07 returns", "text": text},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    titled, odd = iter_articles(tmp_path / "a.jsonl")
    assert titled.title == "Ferry returns"
    (advert,) = titled.diagnostics
    assert advert.code == "boilerplate"
    assert advert.span is not None
    assert advert.span.of(text) == "Advertisement"
    # A diagnostic about the headline (put before the text) has no span in the text.
    spans = {d.code: d.span for d in odd.diagnostics}
    assert spans["control-character"] is None
    assert spans["boilerplate"] is not None
    assert spans["boilerplate"].of(text) == "Advertisement"


def test_a_records_headline_on_the_first_line_of_its_text_takes_no_more(
    tmp_path: Path,
) -> None:
    # An extractor's text: the headline, then the body on the next line, no blank line.
    text = "Pages\n  Advertisement\n<html> is how a page opens, the tutorial said on Monday."
    record = {"title": "Pages", "text": text}
    (tmp_path / "a.jsonl").write_text(json.dumps(record), encoding="utf-8")
    (article,) = iter_articles(tmp_path / "a.jsonl")
    assert article.title == "Pages"
    assert article.paragraphs == ("<html> is how a page opens, the tutorial said on Monday.",)
    (advert,) = article.diagnostics
    assert advert.span is not None
    assert advert.span.of(text) == "Advertisement"


def test_lone_surrogates_in_a_record_reach_valid_json(tmp_path: Path) -> None:
    line = '{"id": "x\\udc80", "text": "Ferry\\ud800 returns\\n\\nBoats sail \\udfff."}'
    (tmp_path / "a.jsonl").write_text(line, encoding="utf-8")
    (article,) = iter_articles(tmp_path / "a.jsonl")
    assert article.id == "x\udc80"
    assert "\ufffd" in article.text
    out = json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8", "backslashreplace")
    assert newsseed.Article.from_dict(json.loads(out)) == article


def test_tar_links_leave_a_diagnostic(tmp_path: Path) -> None:
    symbolic = tarfile.TarInfo("b/link.txt")
    symbolic.type, symbolic.linkname = tarfile.SYMTYPE, "../etc/passwd"
    hard = tarfile.TarInfo("c/hard.txt")
    hard.type, hard.linkname = tarfile.LNKTYPE, "a/ferry.txt"
    fifo = tarfile.TarInfo("d/pipe.txt")
    fifo.type = tarfile.FIFOTYPE
    _tar(tmp_path / "a.tar", [("a/ferry.txt", FERRY.encode()), symbolic, hard, fifo])
    ferry, link, copy, pipe = iter_articles(tmp_path / "a.tar")
    assert ferry.title == "Ferry returns"
    assert [(a.id, _codes(a)) for a in (link, copy, pipe)] == [
        ("b/link", ["unreadable-member"]),
        ("c/hard", ["unreadable-member"]),
        ("d/pipe", ["unreadable-member"]),
    ]
    assert link.diagnostics[0].message.startswith("member 'b/link.txt' is a symbolic link")
    assert link.diagnostics[0].text == "../etc/passwd"
    assert copy.diagnostics[0].message.startswith("member 'c/hard.txt' is a hard link")
    assert pipe.diagnostics[0].message == "member 'd/pipe.txt' is not a regular file"


def test_odd_member_names_do_not_stop_the_archive(tmp_path: Path) -> None:
    _tar(tmp_path / "a.tar", [("..txt", b"x"), (".txt", b"y"), ("z/\udcff.txt", FERRY.encode())])
    ids = [a.id for a in iter_articles(tmp_path / "a.tar")]
    assert ids == [".", ".txt", "z/\udcff"]


# --- 3. time budgets: checked, and covering the reading -------------------------------------


@pytest.mark.parametrize("timeout", [-1.0, math.inf, -math.inf, math.nan])
def test_a_negative_or_non_finite_timeout_is_refused(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout must be a finite number of seconds"):
        parse_many(["Ferry\n\nBoats."], workers=1, timeout=timeout)
    with pytest.raises(ValueError, match="timeout must be a finite number of seconds"):
        iter_articles([], timeout=timeout)  # at the call, not at the first article


@pytest.mark.parametrize("timeout", [0, 0.0, None, 1e300])
def test_zero_none_and_huge_timeouts_mean_no_limit(timeout: float | None) -> None:
    (article,) = parse_many(["Ferry returns\n\nBoats sail."], workers=1, timeout=timeout)
    assert (article.title, article.diagnostics) == ("Ferry returns", ())


@posix_only
def test_a_fifo_input_is_timed_out(tmp_path: Path) -> None:
    for name in ("silent.txt", "silent.jsonl", "silent.tar"):
        os.mkfifo(tmp_path / name)  # no writer ever opens it: opening it would block
    (tmp_path / "after.txt").write_text(FERRY, encoding="utf-8")
    paths = [tmp_path / name for name in ("silent.txt", "silent.jsonl", "silent.tar")]
    *silent, after = iter_articles([*paths, tmp_path / "after.txt"], timeout=0.3)
    for article, path in zip(silent, paths, strict=True):
        assert _codes(article) == ["unreadable-file"]
        assert article.diagnostics[0].message == f"cannot read '{path}': no data came for 0.3 s"
    assert after.title == "Ferry returns"
    (alone,) = parse_many([paths[0]], workers=1, timeout=0.3)
    assert _codes(alone) == ["unreadable-file"]


def _feed(path: Path, data: bytes) -> threading.Thread:
    """A thread that writes ``data`` into the FIFO at ``path`` once a reader opens it."""

    def write() -> None:
        with path.open("wb") as out:
            out.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


@posix_only
def test_a_fifo_named_explicitly_is_read_within_the_limits(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "story")
    feeding = _feed(tmp_path / "story", FERRY.encode())
    (article,) = iter_articles(tmp_path / "story", timeout=10.0)
    feeding.join()
    assert (article.id, article.title) == ("story", "Ferry returns")
    os.mkfifo(tmp_path / "wire.jsonl")
    feeding = _feed(tmp_path / "wire.jsonl", json.dumps({"text": TRAM, "id": "t"}).encode())
    (record,) = iter_articles(tmp_path / "wire.jsonl", timeout=10.0)
    feeding.join()
    assert (record.id, record.title) == ("t", "Tram fares rise")
    feeding = _feed(tmp_path / "story", b"x" * 5000)
    options = CorpusOptions(max_document_size=1000)
    (large,) = iter_articles(tmp_path / "story", options=options, timeout=10.0)
    assert _codes(large) == ["unreadable-file"]
    assert large.diagnostics[0].message.endswith("it holds more than the limit of 1,000 bytes")
    feeding.join(timeout=0.1)  # it may be blocked on the pipe, which nobody reads now


# --- 4. folders: only regular files, links not followed out ---------------------------------


@posix_only
def test_a_fifo_inside_a_folder_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "story.txt").write_text(FERRY, encoding="utf-8")
    pipe, story = iter_articles(folder)  # no timeout: it must not block
    assert (pipe.id, _codes(pipe)) == ("pipe", ["skipped-file"])
    assert pipe.diagnostics[0].message == (
        f"not read: '{folder / 'pipe.txt'}' is a FIFO; a folder's regular files are"
    )
    assert story.title == "Ferry returns"


def test_a_link_out_of_a_folder_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "key.txt").write_text("Private\n\nDo not read.", encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "story.txt").write_text(FERRY, encoding="utf-8")
    (folder / "a-out.txt").symlink_to(secret / "key.txt")
    (folder / "b-out").symlink_to(secret)  # a folder outside
    (folder / "c-nowhere.txt").symlink_to(folder / "missing.txt")
    (folder / "d-inside.txt").symlink_to(folder / "story.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "e-up").symlink_to(folder)  # a loop: not followed
    (folder / "zz.txt").symlink_to(folder / "sub" / "f.md")
    (folder / "sub" / "f.md").write_text(TRAM, encoding="utf-8")
    articles = list(iter_articles(folder))
    assert [(a.id, _codes(a)) for a in articles] == [
        ("a-out", ["skipped-file"]),
        ("b-out", ["skipped-file"]),
        ("c-nowhere", ["skipped-file"]),
        ("d-inside", []),  # the story, read once, under the first of its names
        ("zz", []),  # a link inside to a file the walk does not read under its own name
    ]
    assert articles[0].diagnostics[0].message == (
        f"not read: '{folder / 'a-out.txt'}' is a symbolic link to '{secret / 'key.txt'}', "
        "outside the folder"
    )
    assert "is a symbolic link to nothing" in articles[2].diagnostics[0].message
    assert (articles[3].title, articles[4].title) == ("Ferry returns", "Tram fares rise")
    assert all("Private" not in a.text for a in articles)


def test_a_file_named_through_a_link_is_read(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "named.txt").symlink_to(tmp_path / "story.txt")
    (article,) = iter_articles(tmp_path / "named.txt")  # named by the caller: followed
    assert (article.id, article.title) == ("named", "Ferry returns")


def test_a_name_that_is_no_path_is_a_diagnostic() -> None:
    (article,) = iter_articles("a\0b.txt")
    assert _codes(article) == ["unreadable-file"]


# --- workers: capped, and a dying worker costs only its document ----------------------------


class _Inline(concurrent.futures.Executor):
    """A stand-in for ProcessPoolExecutor that runs each task at once, here, and records
    how many workers it was asked for."""

    asked: ClassVar[list[int]] = []

    def __init__(self, max_workers: int) -> None:
        self.asked.append(max_workers)

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        future.set_result(fn(*args, **kwargs))
        return future


def test_workers_are_capped_at_four_per_cpu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _Inline)
    monkeypatch.setattr(_Inline, "asked", [])
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    texts = [FERRY, TRAM]
    assert [a.title for a in parse_many(texts, workers=10**9)] == [
        "Ferry returns",
        "Tram fares rise",
    ]
    assert [a.title for a in iter_articles([], workers=10**9)] == []
    assert _Inline.asked == [12, 12]  # 4 x 3 CPUs
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    parse_many(texts, workers=100)
    assert _Inline.asked[-1] == 4  # at least 4
    parse_many(texts, workers=2)
    assert _Inline.asked[-1] == 2


def test_a_worker_that_dies_costs_only_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    real = newsseed.parse

    def deadly(text: str, **kwargs: Any) -> newsseed.Article:
        if text.startswith("Poison"):
            os._exit(9)  # as the kernel's OOM killer would end it
        return real(text, **kwargs)

    monkeypatch.setattr(_articles, "parse", deadly)  # the workers fork from this process
    texts = [f"Story {i}\n\nBody {i}." for i in range(400)]
    poisoned = (5, 40, 200, 399)  # in the first batches, in later ones, in the last
    for i in poisoned:
        texts[i] = f"Poison {i}\n\nIt ends the worker."
    articles = parse_many(texts, workers=2)
    assert len(articles) == len(texts)
    for i, article in enumerate(articles):
        if i in poisoned:
            assert _codes(article) == ["internal-error"]
            assert article.paragraphs == tuple(texts[i].split("\n\n"))
            assert article.diagnostics[0].message.startswith("the worker process parsing it died")
        else:
            assert (article.title, _codes(article)) == (f"Story {i}", [])
