"""The command line on hostile and unlucky input: where it writes, what it prints, what
ends a run (nothing but the end of the inputs), and the limits it keeps.

Each test names what it protects; every input is made here.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsseed
from newsseed import _cli
from newsseed._cli import file_name, main

FERRY = "Ferry returns\n\nBoats sail to Lisbon again, the harbour office said on Monday.\n"
TRAM = "Tram fares rise\n\nFares go up by ten cents, Ana Ruiz said.\n"

Capture = pytest.CaptureFixture[str]
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")


def _run(capsys: Capture, *argv: str | Path) -> tuple[int, str, str]:
    code = main(["parse", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def _process(*args: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsseed", *map(str, args)],
        capture_output="stdout" not in kwargs,
        timeout=120,
        check=False,
        **kwargs,
    )


def _tree(folder: Path) -> list[str]:
    """Every path under ``folder``, relative to it, sorted."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


# --- writing: only inside -o DIR, one file per article, never through a link ---------------


def test_an_id_cannot_write_outside_the_output_folder(tmp_path: Path, capsys: Capture) -> None:
    records = [
        {"id": "../../escaped", "text": FERRY},
        {"id": "/abs/path/escaped", "text": FERRY},
        {"id": "a/../../../escaped", "text": FERRY},
        {"id": "..", "text": FERRY},
        {"id": "", "text": FERRY},
    ]
    work = tmp_path / "work"
    work.mkdir()
    source = _jsonl(tmp_path / "wire.jsonl", records)
    before = _tree(tmp_path)
    code, out, err = _run(capsys, "-f", "seed", "-o", work / "out", source)
    assert (code, out, err) == (0, "", "")
    written = sorted(p.name for p in (work / "out").iterdir())
    assert written == sorted(
        [
            "%2E.%2F..%2Fescaped.seed",
            "%2Fabs%2Fpath%2Fescaped.seed",
            "a%2F..%2F..%2F..%2Fescaped.seed",
            "%2E..seed",
            "%.seed",
        ]
    )
    assert _tree(tmp_path) == sorted([*before, "work/out", *(f"work/out/{n}" for n in written)])
    for record in records:
        written_as = work / "out" / file_name(record["id"], 1)
        assert newsseed.loads(written_as.read_text("utf-8")).id == record["id"]


def test_ids_b_and_dot_slash_b_get_two_files(tmp_path: Path, capsys: Capture) -> None:
    source = _jsonl(tmp_path / "w.jsonl", [{"id": "b", "text": FERRY}, {"id": "./b", "text": TRAM}])
    code, _, err = _run(capsys, "-f", "seed", "-o", tmp_path / "out", source)
    assert (code, err) == (0, "")
    files = {p.name: newsseed.loads(p.read_text("utf-8")) for p in (tmp_path / "out").iterdir()}
    assert {name: a.id for name, a in files.items()} == {"b.seed": "b", "%2E%2Fb.seed": "./b"}


def test_ids_that_differ_only_in_case_get_two_files_and_a_warning(
    tmp_path: Path, capsys: Capture
) -> None:
    records = [{"id": "Story", "text": FERRY}, {"id": "story", "text": TRAM}]
    code, _, err = _run(
        capsys, "-f", "seed", "-o", tmp_path / "out", _jsonl(tmp_path / "w.jsonl", records)
    )
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["Story.seed", "story-2.seed"]
    assert err == (
        "newsseed: warning: story: its file name is taken by an earlier article's (letter "
        f"case aside); written to '{tmp_path / 'out' / 'story-2.seed'}'\n"
    )


def test_a_name_taken_by_a_suffixed_one_is_made_unique_too(tmp_path: Path) -> None:
    names = _cli._Names()
    taken = [names.take(i, n)[0] for n, i in enumerate(["a", "a-2", "a", "A", "a-2"], start=1)]
    assert taken == ["a.seed", "a-2.seed", "a-3.seed", "A-4.seed", "a-2-5.seed"]


@pytest.mark.parametrize(
    ("article_id", "name"),
    [
        ("a\x00b", "a%00b.seed"),
        ("line\nbreak", "line%0Abreak.seed"),
        ("caf\u00e9", "caf%C3%A9.seed"),
        ("x\udcff", "x%ED%B3%BF.seed"),
        ("nul.tar", "%6Eul.tar.seed"),
        ("COM1", "%43OM1.seed"),
        ("-rf", "%2Drf.seed"),
        ("100%", "100%25.seed"),
        ("C:\\Windows", "C%3A%5CWindows.seed"),
    ],
)
def test_ids_map_to_safe_file_names(article_id: str, name: str) -> None:
    assert file_name(article_id, 7) == name


def test_a_long_id_is_cut_with_a_hash(tmp_path: Path) -> None:
    long = "é" * 300
    name = file_name(long, 1)
    assert len(name.encode()) == len(name) <= 130
    assert name.startswith("%C3%A9" * 17 + "~")  # no half escape before the ~
    assert name != file_name(long + "x", 1)


_ANY_ID = st.text(st.characters(exclude_categories=()), max_size=300)


@settings(max_examples=500)
@given(_ANY_ID)
def test_any_id_maps_to_one_safe_file_name(article_id: str) -> None:
    name = file_name(article_id, 1)
    assert name.endswith(".seed")
    assert name.isascii()
    assert len(name.encode()) <= 130
    assert set(name) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%~")
    assert not name.startswith((".", "-"))
    assert os.path.basename(name) == name
    assert name.split(".")[0].lower() not in _cli._RESERVED


@settings(max_examples=500)
@given(_ANY_ID, _ANY_ID)
def test_distinct_ids_map_to_distinct_file_names(first: str, second: str) -> None:
    assert (file_name(first, 1) == file_name(second, 1)) == (first == second)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(st.characters(exclude_categories=()), max_size=12), max_size=8))
def test_any_ids_are_written_as_distinct_files_inside_the_folder(ids: list[str]) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "out"
        articles = ((n, newsseed.Article(id=i)) for n, i in enumerate(ids, start=1))
        assert _cli._write_seed_dir(articles, folder)
        assert [p.parent for p in Path(temporary).rglob("*") if p != folder] == [folder] * len(ids)
        written = [newsseed.loads(p.read_text("utf-8")).id for p in folder.iterdir()]
        assert sorted(written, key=repr) == sorted(ids, key=repr)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symlink_in_the_output_folder_is_replaced_not_followed(
    tmp_path: Path, capsys: Capture
) -> None:
    victim = tmp_path / "victim.seed"
    victim.write_text("precious\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "b.seed").symlink_to(victim)
    source = _jsonl(tmp_path / "w.jsonl", [{"id": "b", "text": FERRY}])
    code, _, err = _run(capsys, "-f", "seed", "-o", out, source)
    assert (code, err) == (0, "")
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not (out / "b.seed").is_symlink()
    assert newsseed.loads((out / "b.seed").read_text("utf-8")).id == "b"
    assert sorted(p.name for p in out.iterdir()) == ["b.seed"]  # no temporary file left


def test_seed_files_get_the_usual_mode(tmp_path: Path, capsys: Capture) -> None:
    source = _jsonl(tmp_path / "w.jsonl", [{"id": "b", "text": FERRY}])
    mask = os.umask(0o027)
    try:
        _run(capsys, "-f", "seed", "-o", tmp_path / "out", source)
    finally:
        os.umask(mask)
    if os.name == "posix":
        assert (tmp_path / "out" / "b.seed").stat().st_mode & 0o777 == 0o640


# --- printing: what comes from the input cannot forge a line ---------------------------------


def test_control_characters_in_ids_are_escaped_when_printed(
    tmp_path: Path, capsys: Capture
) -> None:
    evil = "x\x1b[2K\rnewsseed: all fine\n\u202egnp.exe"
    slow = {"id": evil, "text": "Long\n\n" + "Boats sail, Ana Ruiz said. " * 20_000}
    source = _jsonl(tmp_path / "w.jsonl", [slow])
    code, out, err = _run(capsys, "-f", "jsonl", "--timeout", "0.001", source)
    assert code == 0
    assert json.loads(out)["id"] == evil  # the output keeps it as it is
    assert err.count("\n") == 1
    assert err.startswith(
        "newsseed: warning: x<U+001B>[2K<U+000D>newsseed: all fine<U+000A><U+202E>gnp.exe: "
        "parsing took longer than 0.001 s"
    )


def test_control_characters_in_file_names_are_escaped_when_printed(
    tmp_path: Path, capsys: Capture
) -> None:
    missing = tmp_path / "a\x1b]0;title\x07.txt"
    code, _, err = _run(capsys, missing)
    assert code == 1
    assert "\x1b" not in err
    assert "\x07" not in err
    assert err.count("\n") == 1
    code, _, err = main(["check", str(missing)]), *capsys.readouterr()
    assert "\x1b" not in err
    assert err.startswith("newsseed: error: cannot read '")


def test_control_characters_in_check_messages_are_escaped(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "x\x1b[31m.seed"
    path.write_bytes(b" newsseed 1\n ti\x1b[31mtle x\n\n")
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert len(err.splitlines()) == 3


# --- what ends a run: nothing but the end of the inputs --------------------------------------


def test_lone_surrogates_reach_valid_json(tmp_path: Path, capsys: Capture) -> None:
    line = '{"id": "x\\udc80", "text": "Ferry\\ud800 returns\\n\\nBoats sail."}'
    source = tmp_path / "w.jsonl"
    source.write_text(line + "\n" + json.dumps({"id": "after", "text": TRAM}), encoding="utf-8")
    for form in ("json", "jsonl"):
        code, _, err = _run(capsys, "-f", form, "-o", tmp_path / f"out.{form}", source)
        assert (code, err) == (0, "")
        text = (tmp_path / f"out.{form}").read_bytes().decode("utf-8")  # valid UTF-8
        records = json.loads(text) if form == "json" else list(map(json.loads, text.splitlines()))
        assert [r["id"] for r in records] == ["x\udc80", "after"]
    code, _, err = _run(capsys, "-f", "seed", "-o", tmp_path / "seeds", source)
    assert (code, err) == (0, "")
    assert sorted(p.name for p in (tmp_path / "seeds").iterdir()) == [
        "after.seed",
        "x%ED%B2%80.seed",
    ]


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names must be UTF-8 there")
def test_a_file_name_that_is_not_utf8_reaches_valid_json(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(FERRY, encoding="utf-8")
    done = _process("parse", "-f", "jsonl", tmp_path / name, tmp_path / name, cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, b"")
    ids = [json.loads(line)["id"] for line in done.stdout.decode("utf-8").splitlines()]
    assert ids == ["caf\udce9", "caf\udce9"]


def test_a_json_array_is_closed_when_an_input_fails(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*args: object, **kwargs: object) -> Iterator[newsseed.Article]:
        yield newsseed.parse(FERRY, id="first")
        raise RuntimeError("a fault")

    monkeypatch.setattr(newsseed, "iter_articles", failing)
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    code, out, err = _run(capsys, tmp_path / "a.txt")
    assert code == 1
    assert [a["id"] for a in json.loads(out)] == ["first"]
    assert err == "newsseed: error: reading stopped: RuntimeError: a fault\n"


def test_hostile_inputs_do_not_end_the_run(tmp_path: Path, capsys: Capture) -> None:
    deep = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    wire = tmp_path / "wire.jsonl"
    wire.write_bytes(
        deep.encode() + b'\n{"id": "odd\xff", "text": "Caf\xe9 news\\n\\nIt opened."}\n'
    )
    archive = tmp_path / "batch.tar"
    with tarfile.open(archive, "w") as tar:
        link = tarfile.TarInfo("link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(link)
    (tmp_path / "after.txt").write_text(TRAM, encoding="utf-8")
    inputs = [wire, archive, tmp_path / "missing.txt", tmp_path / "after.txt"]
    code, out, err = _run(capsys, *inputs)
    assert code == 1  # the missing file
    assert [a["id"] for a in json.loads(out)] == ["wire:1", "odd\u00ff", "link", "after"]
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("newsseed: warning: wire:1: not read: nested too deeply")
    assert lines[1].startswith("newsseed: warning: link: member 'link.txt' is a symbolic link")
    assert lines[2].startswith("newsseed: error: cannot read ")


def test_a_full_disk_is_a_one_line_error(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    (tmp_path / "a.txt").write_text(FERRY * 2000, encoding="utf-8")
    for form in ("json", "jsonl"):
        done = _process("parse", "-f", form, "-o", "/dev/full", tmp_path / "a.txt")
        assert done.returncode == 1
        assert done.stderr.decode() == (
            "newsseed: error: cannot write '/dev/full': No space left on device\n"
        )
    with open("/dev/full", "wb") as full:
        done = _process("parse", tmp_path / "a.txt", stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "newsseed: error: cannot write to standard output: No space left on device\n"
    )


def test_check_survives_any_exception_per_file(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.seed"
    good.write_text(" newsseed 1\n title Ferry\n\nBoats sail.\n", encoding="utf-8")
    huge = tmp_path / "huge.seed"  # a span past any integer the reader expects
    huge.write_text(
        " newsseed 1\n diagnostic boilerplate\n diagnostic.span 0 9223372036854775808\n"
        " diagnostic.message dropped\n diagnostic.text x\n\n",
        encoding="utf-8",
    )
    code = main(["check", str(huge), str(good)])
    err = capsys.readouterr().err
    assert code == 1
    # A ParseError (the strict reader's), or whatever else it raises: one report, then on.
    assert err.startswith((f"{huge}:", f"newsseed: error: cannot check '{huge}'"))
    assert "Traceback" not in err
    real = newsseed.load

    def failing(fp: Any) -> newsseed.Article:
        if "boom" in fp.name:
            raise RuntimeError("unexpected")
        return real(fp)

    monkeypatch.setattr(newsseed, "load", failing)
    boom = tmp_path / "boom.seed"
    boom.write_text(good.read_text("utf-8"), encoding="utf-8")
    bad = tmp_path / "typo.seed"
    bad.write_text(" newsseed 1\n titel x\n\n", encoding="utf-8")
    code = main(["check", str(boom), str(good), str(bad)])
    err = capsys.readouterr().err
    assert code == 1
    lines = err.splitlines()
    assert lines[0] == f"newsseed: error: cannot check '{boom}': RuntimeError: unexpected"
    assert lines[1].startswith(f"{bad}:2:2: error: ")  # the files after it are checked


# --- limits: budgets, sizes, workers ---------------------------------------------------------


@pytest.mark.parametrize("timeout", ["inf", "-1", "nan", "-0.5", "soon"])
def test_a_non_finite_or_negative_timeout_is_a_usage_error(timeout: str, capsys: Capture) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--timeout", timeout, "x.txt"])
    assert exc.value.code == 2
    assert "expected a number of seconds, 0 or more" in capsys.readouterr().err


def test_a_zero_timeout_means_no_limit(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    code, out, err = _run(capsys, "--timeout", "0", tmp_path / "a.txt")
    assert (code, err) == (0, "")
    assert json.loads(out)[0]["title"] == "Ferry returns"


@pytest.mark.parametrize(("given", "size"), [("100", 100), ("2k", 2048), ("16M", 16 * 1024**2)])
def test_max_document_size_takes_a_unit(given: str, size: int) -> None:
    assert _cli._size(given) == size


@pytest.mark.parametrize("given", ["0", "-1", "1.5M", "16T", "", "M"])
def test_a_bad_max_document_size_is_a_usage_error(given: str, capsys: Capture) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--max-document-size", given, "x.txt"])
    assert exc.value.code == 2


def test_documents_past_the_size_limit_are_skipped(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = "Headline\n\n" + "word " * 400
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    source = _jsonl(
        tmp_path / "w.jsonl", [{"id": "long", "text": big}, {"id": "ok", "text": "A\n\nB."}]
    )
    code, out, err = _run(
        capsys, "-f", "jsonl", "--max-document-size", "1K", tmp_path / "big.txt", source
    )
    assert code == 1  # the file is an error; the line a warning
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["w:1", "ok"]
    assert err.splitlines() == [
        f"newsseed: error: cannot read '{tmp_path / 'big.txt'}': it holds 2,010 bytes, more "
        "than the limit of 1,024 bytes",
        f"newsseed: warning: w:1: line 1 holds {len(json.dumps({'id': 'long', 'text': big})):,} "
        "bytes, more than the limit of 1,024; not read",
    ]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(big.encode())))
    code, out, err = _run(capsys, "--max-document-size", "1K", "-")
    assert (code, json.loads(out)) == (1, [])
    assert (
        err
        == "newsseed: error: cannot read standard input holds more than the limit of 1,024 bytes\n"
    )


def test_workers_are_capped_with_a_warning(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    real = newsseed.iter_articles

    def recording(*args: Any, workers: int, **kwargs: Any) -> Iterator[newsseed.Article]:
        asked.append(workers)
        return real(*args, workers=1, **kwargs)

    monkeypatch.setattr(newsseed, "iter_articles", recording)
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    code, _, err = _run(capsys, "--workers", "1000000", tmp_path / "a.txt")
    assert code == 0
    cap = max(4, 4 * (os.cpu_count() or 1))
    assert asked == [cap]
    assert err == f"newsseed: warning: --workers 1000000 lowered to {cap} (4 per CPU)\n"
    assert newsseed._corpus._max_workers() == _cli.MAX_WORKERS  # the library's own cap


@posix_only
def test_a_fifo_input_is_timed_out(tmp_path: Path, capsys: Capture) -> None:
    os.mkfifo(tmp_path / "silent.txt")
    (tmp_path / "after.txt").write_text(TRAM, encoding="utf-8")
    code, out, err = _run(
        capsys, "--timeout", "0.3", tmp_path / "silent.txt", tmp_path / "after.txt"
    )
    assert code == 1
    assert [a["id"] for a in json.loads(out)] == ["after"]
    assert (
        err == f"newsseed: error: cannot read '{tmp_path / 'silent.txt'}': no data came for 0.3 s\n"
    )


@posix_only
def test_process_substitution_is_read(tmp_path: Path) -> None:
    script = (
        f'"{sys.executable}" -m newsseed parse -f jsonl <(printf "Ferry returns\\n\\nBoats sail.")'
    )
    done = subprocess.run(["bash", "-c", script], capture_output=True, timeout=120, check=False)
    assert (done.returncode, done.stderr) == (0, b"")
    assert json.loads(done.stdout)["title"] == "Ferry returns"


@posix_only
def test_a_fifo_and_a_link_out_inside_a_folder_are_warnings(
    tmp_path: Path, capsys: Capture
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (tmp_path / "secret.txt").write_text("Private\n\nKeep out.", encoding="utf-8")
    (folder / "out.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "story.txt").write_text(FERRY, encoding="utf-8")
    code, out, err = _run(capsys, folder)
    assert code == 0
    assert [a["id"] for a in json.loads(out)] == ["story"]
    assert err.splitlines() == [
        f"newsseed: warning: not read: '{folder / 'out.txt'}' is a symbolic link to "
        f"'{tmp_path / 'secret.txt'}', outside the folder",
        f"newsseed: warning: not read: '{folder / 'pipe.txt'}' is a FIFO; a folder's regular "
        "files are",
    ]


def test_the_compare_report_escapes_what_the_articles_hold(tmp_path: Path, capsys: Capture) -> None:
    quote = '"We sail at noon\x1b[2J every day," Ana Ruiz said.'
    records = [
        {"id": "one\x1b]0;x\x07", "text": f"Ferry returns\n\n{quote}"},
        {"id": "two", "text": f"Ferries are back\n\n{quote}"},
    ]
    source = _jsonl(tmp_path / "w.jsonl", records)
    assert main(["compare", str(source)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "one<U+001B>]0;x<U+0007>" in out
    assert main(["compare", "-f", "json", str(source)]) == 0  # data: kept as it is
    assert records[0]["id"] in json.loads(capsys.readouterr().out)["stories"][0]
