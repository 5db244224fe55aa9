"""The ``newsseed`` command line: formats, ordering, ids, exit codes and error messages.

These tests check the command's own behaviour, not what the reader makes of an
article (that is being improved elsewhere): every expectation is computed with
the public API on the same input.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

import newsseed
from newsseed._cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

ALPHA = (
    "Harbour cranes idle\n\nDockers stopped work on Monday.\n\n"
    '"We want a fair deal," a spokesman said.\n'
)
BETA = "Bakery wins prize\n\nThe oven is a hundred years old, the owner said.\n"
GAMMA = "Ferry timetable changes\n\nThe first boat now leaves at six.\n"

Capture = pytest.CaptureFixture[str]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def three(tmp_path: Path) -> list[Path]:
    return [
        _write(tmp_path, "alpha.txt", ALPHA),
        _write(tmp_path, "beta.txt", BETA),
        _write(tmp_path, "gamma.txt", GAMMA),
    ]


def _run(capsys: Capture, *argv: str | Path) -> tuple[int, str, str]:
    code = main(["parse", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def _expected(*paths: Path) -> list[dict[str, Any]]:
    return [newsseed.parse_file(p).to_dict() for p in paths]


# --- json (the default) ------------------------------------------------------------------


def test_json_is_one_array_of_articles_in_input_order(three: list[Path], capsys: Capture) -> None:
    paths = [three[2], three[0], three[1]]
    code, out, err = _run(capsys, *paths)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [d["id"] for d in data] == ["gamma", "alpha", "beta"]
    assert data == _expected(*paths)
    assert [newsseed.Article.from_dict(d) for d in data] == [newsseed.parse_file(p) for p in paths]


def test_json_text_is_what_json_dumps_gives(three: list[Path], capsys: Capture) -> None:
    _, out, _ = _run(capsys, "--format", "json", *three)
    assert out == json.dumps(_expected(*three), indent=2, ensure_ascii=False) + "\n"


def test_json_keeps_non_ascii_text(tmp_path: Path, capsys: Capture) -> None:
    path = _write(
        tmp_path,
        "cafe.txt",
        "Café reopens in São Brás\n\n\u201cWelcome back,\u201d the owner said.\n",
    )
    code, out, _ = _run(capsys, path)
    assert code == 0
    assert "São Brás" in out
    assert json.loads(out) == _expected(path)


def test_json_with_output_file(three: list[Path], tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "out.json"
    code, out, err = _run(capsys, "-o", target, *three)
    assert (code, out, err) == (0, "", "")
    assert json.loads(target.read_text(encoding="utf-8")) == _expected(*three)


# --- jsonl -------------------------------------------------------------------------------


def test_jsonl_is_one_compact_object_per_line(three: list[Path], capsys: Capture) -> None:
    code, out, err = _run(capsys, "--format", "jsonl", *three)
    assert (code, err) == (0, "")
    assert out.endswith("\n")
    lines = out.splitlines()
    assert len(lines) == 3
    assert [json.loads(line) for line in lines] == _expected(*three)
    assert all(": " not in line[:12] for line in lines)  # compact separators


def test_jsonl_with_output_file(three: list[Path], tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "out.jsonl"
    code, out, _ = _run(capsys, "-f", "jsonl", "--output", target, *three)
    assert (code, out) == (0, "")
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["alpha", "beta", "gamma"]


# --- seed --------------------------------------------------------------------------------


def test_seed_one_input_goes_to_stdout(three: list[Path], capsys: Capture) -> None:
    code, out, err = _run(capsys, "--format", "seed", three[0])
    assert (code, err) == (0, "")
    assert out == newsseed.dumps(newsseed.parse_file(three[0]))
    assert newsseed.loads(out) == newsseed.parse_file(three[0])


def test_seed_several_inputs_write_one_file_each(
    three: list[Path], tmp_path: Path, capsys: Capture
) -> None:
    folder = tmp_path / "seeds"
    code, out, err = _run(capsys, "--format", "seed", "-o", folder, *three)
    assert (code, out, err) == (0, "", "")
    assert sorted(p.name for p in folder.iterdir()) == ["alpha.seed", "beta.seed", "gamma.seed"]
    for path in three:
        text = (folder / f"{path.stem}.seed").read_text(encoding="utf-8")
        assert newsseed.loads(text) == newsseed.parse_file(path)


def test_seed_files_from_stdin_and_repeated_stems(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BETA.encode())))
    first = _write(tmp_path, "in/a/story.txt", ALPHA)
    second = _write(tmp_path, "in/b/story.txt", GAMMA)
    folder = tmp_path / "seeds"
    code, _, err = _run(capsys, "-f", "seed", "-o", folder, "-", tmp_path / "in")
    assert code == 0
    assert err == (
        "newsseed: warning: story: its file name is taken by an earlier article's (letter "
        f"case aside); written to '{folder / 'story-3.seed'}'\n"
    )
    assert sorted(p.name for p in folder.iterdir()) == ["1.seed", "story-3.seed", "story.seed"]
    assert newsseed.loads((folder / "1.seed").read_text("utf-8")) == newsseed.parse_bytes(
        BETA.encode(), id=None
    )
    assert newsseed.loads((folder / "story.seed").read_text("utf-8")) == newsseed.parse_file(first)
    assert newsseed.loads((folder / "story-3.seed").read_text("utf-8")) == newsseed.parse_file(
        second
    )


def test_seed_several_inputs_without_output_folder_is_a_usage_error(
    three: list[Path], capsys: Capture
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--format", "seed", *map(str, three)])
    assert exc.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "-o DIR" in err


def test_seed_folder_without_output_folder_is_a_usage_error(
    tmp_path: Path, capsys: Capture
) -> None:
    _write(tmp_path, "only.txt", ALPHA)
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--format", "seed", str(tmp_path)])
    assert exc.value.code == 2


# --- inputs: stdin, folders, errors ---------------------------------------------------------


def test_stdin_is_read_as_bytes_like_a_file(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = "Caf\u00e9 news\r\n\r\nIt opened, the owner said.\r\n".encode() + b"\xff\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, err = _run(capsys, "-")
    assert (code, err) == (0, "")
    [article] = json.loads(out)
    assert article == newsseed.parse_bytes(data, id=None).to_dict()
    assert article["id"] is None


def test_folder_means_every_txt_file_under_it_sorted(tmp_path: Path, capsys: Capture) -> None:
    _write(tmp_path, "news/b.txt", BETA)
    _write(tmp_path, "news/a.txt", ALPHA)
    _write(tmp_path, "news/sub/c.txt", GAMMA)
    _write(tmp_path, "news/notes.md", "not an article")
    _write(tmp_path, "news/sub/readme.rst", "not an article either")
    code, out, err = _run(capsys, "-f", "jsonl", tmp_path / "news")
    assert (code, err) == (0, "")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b", "c"]


def test_empty_folder_gives_an_empty_array_and_a_warning(tmp_path: Path, capsys: Capture) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = _run(capsys, tmp_path / "empty")
    assert code == 0
    assert json.loads(out) == []
    assert err == f"newsseed: warning: no articles in {str(tmp_path / 'empty')!r}\n"


def test_unreadable_input_is_reported_and_the_others_still_processed(
    three: list[Path], tmp_path: Path, capsys: Capture
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = _run(capsys, three[0], missing, three[1])
    assert code == 1
    assert [d["id"] for d in json.loads(out)] == ["alpha", "beta"]
    assert err == f"newsseed: error: cannot read '{missing}': No such file or directory\n"


def test_unreadable_only_input_gives_exit_1_and_valid_empty_output(
    tmp_path: Path, capsys: Capture
) -> None:
    code, out, err = _run(capsys, "-f", "jsonl", tmp_path / "nope.txt")
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1
    assert err.startswith("newsseed: error: cannot read ")
    code, out, _ = _run(capsys, tmp_path / "nope.txt")
    assert (code, json.loads(out)) == (1, [])


def test_unwritable_output_gives_exit_1(three: list[Path], tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "no" / "such" / "folder" / "out.json"
    code, out, err = _run(capsys, "-o", target, three[0])
    assert (code, out) == (1, "")
    assert err.startswith(f"newsseed: error: cannot write '{target}': ")
    assert len(err.splitlines()) == 1


# --- usage errors and --version --------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["parse"],
        ["frobnicate", "x.txt"],
        ["parse", "--format", "xml", "x.txt"],
        ["parse", "-", "-"],
        ["parse", "--no-such-option", "x.txt"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: Capture) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage: newsseed" in err


def test_version(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out == f"newsseed {newsseed.__version__}\n"


def test_examples_folder_parses(capsys: Capture) -> None:
    code, out, err = _run(capsys, EXAMPLES)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [d["id"] for d in data] == sorted(p.stem for p in EXAMPLES.glob("*.txt"))
    assert len(data) >= 3
    assert all(d["title"] or d["paragraphs"] for d in data)


# --- as a process ------------------------------------------------------------------------------


def _process(*args: str | Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsseed", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_python_dash_m_newsseed(three: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    done = _process("parse", "-f", "jsonl", three[0], missing, "-", stdin=BETA.encode())
    assert done.returncode == 1
    lines = done.stdout.decode("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["alpha", None]
    assert (
        done.stderr.decode()
        == f"newsseed: error: cannot read '{missing}': No such file or directory\n"
    )

    version = _process("--version")
    assert (version.returncode, version.stdout.decode()) == (
        0,
        f"newsseed {newsseed.__version__}\n",
    )
    assert _process("parse").returncode == 2


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    body = "\n\n".join(f"Paragraph {i} of a long article, the editor said." for i in range(4000))
    big = _write(tmp_path, "big.txt", "A long article\n\n" + body + "\n")
    with subprocess.Popen(
        [sys.executable, "-m", "newsseed", "parse", str(big), str(big), str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        assert proc.stdout.read(10) == b"[\n  {\n    "
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait(timeout=120)
    assert b"Traceback" not in err
    assert b"Exception ignored" not in err
    assert proc.returncode == 1


# --- collections, workers, progress ------------------------------------------------------------


def _collection(folder: Path) -> list[Path]:
    """A JSON Lines file (with a bad line), a gzipped tar archive and a text file."""
    records = [
        {"body": ALPHA, "key": "j1", "headline": "Harbour cranes idle"},
        {"body": BETA, "key": "j2", "when": "3 July 2025"},
    ]
    lines = folder / "wire.jsonl"
    lines.write_text("\n".join([*map(json.dumps, records), "{not json"]) + "\n", encoding="utf-8")
    archive = folder / "batch.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name, text in (("day1/gamma.txt", GAMMA), ("day1/alpha.txt", ALPHA)):
            info = tarfile.TarInfo(name)
            info.size = len(text.encode())
            tar.addfile(info, io.BytesIO(text.encode()))
    return [lines, archive, _write(folder, "beta.txt", BETA)]


FIELDS = ["--text-field", "body", "--id-field", "key"]
FIELDS += ["--title-field", "headline", "--date-field", "when"]


def test_collections_are_read_like_iter_articles(tmp_path: Path, capsys: Capture) -> None:
    inputs = _collection(tmp_path)
    code, out, err = _run(capsys, "-f", "jsonl", *FIELDS, *inputs)
    options = newsseed.CorpusOptions(
        text_field="body", id_field="key", title_field="headline", date_field="when"
    )
    expected = [a.to_dict() for a in newsseed.iter_articles(inputs, options=options)]
    assert [json.loads(line) for line in out.splitlines()] == expected
    assert [d["id"] for d in expected] == ["j1", "j2", "wire:3", "day1/gamma", "day1/alpha", "beta"]
    assert expected[1]["published"] == "2025-07-03"
    assert code == 0  # a bad record is written with its diagnostic, and warned about
    assert err.startswith("newsseed: warning: wire:3: not a JSON object")
    assert len(err.splitlines()) == 1


def test_a_glob_is_expanded_by_the_reader(tmp_path: Path, capsys: Capture) -> None:
    _collection(tmp_path)
    code, out, err = _run(capsys, "-f", "jsonl", "--text-field", "body", tmp_path / "*.t*")
    assert (code, err) == (0, "")
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert ids == ["day1/gamma", "day1/alpha", "beta"]  # batch.tar.gz, then beta.txt


def test_a_damaged_archive_is_an_error_after_what_could_be_read(
    tmp_path: Path, capsys: Capture
) -> None:
    archive = _collection(tmp_path)[1]
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) - 30])
    code, out, err = _run(capsys, "-f", "jsonl", archive, tmp_path / "beta.txt")
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()][-1] == "beta"
    assert err.startswith(f"newsseed: error: cannot read '{archive}': ")


def test_two_workers_write_what_one_writes(tmp_path: Path, capsys: Capture) -> None:
    inputs = _collection(tmp_path)
    for i in range(40):
        _write(tmp_path / "more", f"{i:02}.txt", f"Story {i}\n\nBody {i}, the clerk said.\n")
    argv: list[str | Path] = ["-f", "jsonl", "--text-field", "body", *inputs, tmp_path / "more"]
    one = _run(capsys, *argv)
    two = _run(capsys, "--workers", "2", *argv)
    assert two == one
    assert len(one[1].splitlines()) == 46


def test_time_budget(tmp_path: Path, capsys: Capture) -> None:
    # The budget covers reading the file too: 0.2 s reads 1 MB on any machine, however
    # busy, and parses a megabyte of cues on none.
    slow = _write(tmp_path, "slow.txt", "Long\n\n" + "Boats sail, Ana Ruiz said. " * 40_000)
    code, out, err = _run(capsys, "-f", "jsonl", "--timeout", "0.2", slow)
    assert code == 0
    [article] = [json.loads(line) for line in out.splitlines()]
    assert [d["code"] for d in article["diagnostics"]] == ["timeout"]
    text = slow.read_text(encoding="utf-8")
    assert article["paragraphs"] == [block.strip() for block in text.split("\n\n")]
    assert article["diagnostics"][0]["text"] == text[:1000]
    assert err == (
        "newsseed: warning: slow: parsing took longer than 0.2 s; its paragraphs hold the "
        f"text unparsed (the first 1,000 of {len(text):,} characters are kept here)\n"
    )


def test_progress_when_asked(three: list[Path], capsys: Capture) -> None:
    code, out, err = _run(capsys, "--progress", "-f", "jsonl", *three)
    assert code == 0
    assert len(out.splitlines()) == 3
    last = err.rsplit("\r", 1)[-1]
    assert last.startswith("newsseed: [########################] 3/3 articles, ")
    assert err.endswith("/s\x1b[K\n")


def test_progress_count_without_a_known_total(tmp_path: Path, capsys: Capture) -> None:
    inputs = _collection(tmp_path)
    code, _, err = _run(capsys, "--progress", "--text-field", "body", *inputs)
    assert code == 0
    # The warning about the bad record clears the progress line before it is printed.
    assert "\r\x1b[Knewsseed: warning: wire:3: " in err
    assert err.rsplit("\r", 1)[-1].startswith("newsseed: 6 articles, ")


def test_progress_on_a_terminal_only(three: list[Path]) -> None:
    pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX")
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "newsseed", "parse", "-f", "jsonl", *map(str, three)],
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=120,
            check=False,
        )
        os.close(follower)
        follower = -1
        shown = _drain(leader)
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 3  # the output itself is untouched
    assert b"3/3 articles" in shown
    piped = _process("parse", "-f", "jsonl", *three)
    assert (piped.returncode, piped.stderr) == (0, b"")


def _drain(fd: int) -> bytes:
    """What a pseudo-terminal's other end wrote, up to its closing."""
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: every writer has closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_an_unreadable_record_date_is_warned_and_the_article_written(
    tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        {"id": "a", "text": "Boats sail.", "date": "soon"},
        {"id": "b", "text": "Fares rise.", "date": "Tue, 19 Apr 2011 08:15:02 -0400"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code, out, err = _run(capsys, "-f", "jsonl", path)
    assert code == 0
    assert err == "newsseed: warning: a: the record's date 'soon' could not be read\n"
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["published"] is None
    assert second["published_at"] == "2011-04-19T08:15:02-04:00"


def test_a_preset_reads_a_scrapers_records_and_a_field_option_overrides_it(
    tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "feed.jsonl"
    record = {
        "maintext": "Boats sail.",
        "title": "Ferry",
        "url": "https://example.org/f",
        "authors": ["Ana Lima"],
        "source_domain": "example.org",
        "body": "Fares rise.",
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    code, out, err = _run(capsys, "-f", "jsonl", "--preset", "news-please", path)
    assert (code, err) == (0, "")
    article = json.loads(out)
    assert (article["url"], article["authors"], article["source"]) == (
        "https://example.org/f", ["Ana Lima"], "example.org"
    )  # fmt: skip
    assert article["meta"] == {"body": "Fares rise."}
    code, out, _ = _run(
        capsys, "-f", "jsonl", "--preset", "news-please", "--text-field", "body", path
    )
    assert json.loads(out)["paragraphs"][-1] == "Fares rise."
    assert json.loads(out)["meta"] == {"maintext": "Boats sail."}


@pytest.mark.parametrize(
    ("preset", "record"),
    [
        ("trafilatura", {"text": "Boats sail.", "title": "Ferry", "author": "Ana Lima; Rui Roe",
                         "source": "https://example.org/f", "source-hostname": "Harbour Gazette",
                         "date": "2031-04-09", "excerpt": "Fares rise."}),
        ("news-please", {"maintext": "Boats sail.", "title": "Ferry", "url": "https://example.org/f",
                         "authors": ["Ana Lima", "Rui Roe"], "source_domain": "Harbour Gazette",
                         "date_publish": "2031-04-09 00:00:00", "description": "Fares rise."}),
        ("ninjs", {"uri": "https://example.org/f", "headlines": [{"value": "Ferry"}],
                   "bodies": [{"contentType": "text/plain", "value": "Boats sail."}],
                   "by": "Ana Lima and Rui Roe", "firstCreated": "2031-04-09",
                   "infoSources": [{"name": "Harbour Gazette"}],
                   "descriptions": [{"role": "summary", "value": "Fares rise."}]}),
    ],
)  # fmt: skip
def test_each_preset_reads_its_scrapers_record_on_the_command_line(
    tmp_path: Path, capsys: Capture, preset: str, record: dict[str, Any]
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    code, out, err = _run(capsys, "-f", "jsonl", "--preset", preset, path)
    assert (code, err) == (0, "")
    article = json.loads(out)
    assert (article["title"], article["paragraphs"][-1], article["published"]) == (
        "Ferry", "Boats sail.", "2031-04-09"
    )  # fmt: skip
    assert (article["url"], article["authors"], article["source"]) == (
        "https://example.org/f", ["Ana Lima", "Rui Roe"], "Harbour Gazette"
    )  # fmt: skip
    assert article["meta"]["description"] == "Fares rise."
