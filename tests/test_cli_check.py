"""``newsseed check``: canonical seed files read strictly, each error shown with a caret."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsseed._cli import main

ROOT = Path(__file__).resolve().parents[1]
INVALID = ROOT / "tests" / "data" / "invalid"
EXAMPLES = ROOT / "examples"

GOOD = " newsseed 1\n title Night ferry returns\n\nThe ferry sails again.\n"
TYPO = " newsseed 1\n id ferry\n titel Night ferry returns\n\nThe ferry sails again.\n"
BAD_DATE = " newsseed 1\n date 2031-13-02\n\n"

Capture = pytest.CaptureFixture[str]


def _check(capsys: Capture, *argv: str | Path) -> tuple[int, str, str]:
    code = main(["check", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_valid_files_print_nothing_and_exit_0(tmp_path: Path, capsys: Capture) -> None:
    one = _write(tmp_path, "one.seed", GOOD)
    two = _write(tmp_path, "two.seed", " newsseed 1\n\n")
    assert _check(capsys, one, two) == (0, "", "")


def test_an_error_is_located_and_shown_with_a_caret(tmp_path: Path, capsys: Capture) -> None:
    path = _write(tmp_path, "typo.seed", TYPO)
    code, out, err = _check(capsys, path)
    assert (code, out) == (1, "")
    assert err == (
        f"{path}:3:2: error: Expected 'title', 'source', 'date', 'published-at', 'url', "
        "'language', 'dateline', 'category', 'author', 'related', 'meta.KEY', 'quote', "
        "'entity', 'date-mention', 'diagnostic' "
        "or the blank line that ends the header, got the unknown field 'titel'\n"
        "    3 |  titel Night ferry returns\n"
        "      |  ^\n"
    )


def test_several_files_are_all_checked_in_order(tmp_path: Path, capsys: Capture) -> None:
    typo = _write(tmp_path, "b-typo.seed", TYPO)
    good = _write(tmp_path, "a-good.seed", GOOD)
    date = _write(tmp_path, "c-date.seed", BAD_DATE)
    code, out, err = _check(capsys, date, good, typo)
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert len(lines) == 6
    assert lines[:3] == [
        f"{date}:2:12: error: Expected a month from 01 to 12 in 'date', got '2031-13-02'",
        "    2 |  date 2031-13-02",
        "      |            ^",
    ]
    assert lines[3].startswith(f"{typo}:3:2: error: Expected 'title', ")


def test_standard_input(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    assert _check(capsys, "-") == (0, "", "")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b" newsseed 1\r\n\r\n")))
    assert _check(capsys, "-") == (
        1,
        "",
        "<stdin>:1:12: error: Expected LF line ends, got CR LF "
        "(a carriage return in a text is written '\\r')\n"
        "    1 |  newsseed 1<U+000D>\n"
        "      |            ^\n",
    )


def test_bytes_that_are_not_utf8(tmp_path: Path, capsys: Capture) -> None:
    path = _write(tmp_path, "latin1.seed", b" newsseed 1\n title Caf\xe9 opens\n\n")
    code, _, err = _check(capsys, path)
    assert code == 1
    assert err == (
        f"{path}:2:11: error: Expected UTF-8 text, got the byte 0xE9, not followed by the "
        "continuation bytes it needs\n"
        "    2 |  title Caf\ufffd opens\n"
        "      |           ^\n"
    )


def test_a_long_line_is_cut_to_the_terminal(tmp_path: Path, capsys: Capture) -> None:
    text = " newsseed 1\n\n" + "Boats sail. " * 30 + "\\q" + " Boats return." * 30 + "\n"
    path = _write(tmp_path, "long.seed", text)
    _, _, err = _check(capsys, path)
    _, shown, caret = err.splitlines()
    assert len(shown) == len("    3 | ") + 72
    assert shown.startswith("    3 | ...")
    assert shown.endswith("...")
    assert shown[len(caret) - 1 :].startswith("\\q")


def test_a_folder_stands_for_its_seed_files(tmp_path: Path, capsys: Capture) -> None:
    _write(tmp_path, "seeds/b.seed", BAD_DATE)
    _write(tmp_path, "seeds/a.seed", GOOD)
    _write(tmp_path, "seeds/deep/c.seed", TYPO)
    _write(tmp_path, "seeds/notes.txt", "not a seed file")
    code, out, err = _check(capsys, tmp_path / "seeds")
    assert (code, out) == (1, "")
    located = [line.split(": error: ")[0] for line in err.splitlines() if ": error: " in line]
    assert located == [
        f"{tmp_path / 'seeds' / 'b.seed'}:2:12",
        f"{tmp_path / 'seeds' / 'deep' / 'c.seed'}:3:2",
    ]


def test_a_folder_without_seed_files_is_a_warning(tmp_path: Path, capsys: Capture) -> None:
    _write(tmp_path, "empty/notes.txt", "nothing here")
    folder = tmp_path / "empty"
    assert _check(capsys, folder) == (0, "", f"newsseed: warning: no .seed files in '{folder}'\n")


def test_an_unreadable_file_is_an_error_and_the_others_are_checked(
    tmp_path: Path, capsys: Capture
) -> None:
    missing = tmp_path / "missing.seed"
    date = _write(tmp_path, "date.seed", BAD_DATE)
    good = _write(tmp_path, "good.seed", GOOD)
    code, out, err = _check(capsys, missing, good, date)
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0] == f"newsseed: error: cannot read '{missing}': No such file or directory"
    assert lines[1].startswith(f"{date}:2:12: error: ")
    assert _check(capsys, missing, good)[0] == 1


@pytest.mark.parametrize("argv", [["check"], ["check", "-", "-"], ["check", "--strict", "x"]])
def test_usage_errors_exit_2(argv: list[str], capsys: Capture) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage: newsseed" in capsys.readouterr().err


def test_what_parse_writes_checks_clean(tmp_path: Path, capsys: Capture) -> None:
    assert main(["parse", "-f", "seed", "-o", str(tmp_path / "seeds"), str(EXAMPLES)]) == 0
    capsys.readouterr()
    assert len(list((tmp_path / "seeds").glob("*.seed"))) >= 3
    assert _check(capsys, tmp_path / "seeds") == (0, "", "")


def test_every_malformed_file_is_reported_as_its_table_says(capsys: Capture) -> None:
    table = json.loads((INVALID / "expected.json").read_text("utf-8"))["files"]
    code, out, err = _check(capsys, INVALID)
    assert (code, out) == (1, "")
    reported = [line for line in err.splitlines() if ": error: " in line]
    assert reported == [
        f"{INVALID / name}:{e['line']}:{e['column']}: error: {e['message']}"
        for name, e in sorted(table.items())
    ]
    assert len(err.splitlines()) == 3 * len(table)


def test_python_dash_m_newsseed_check(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.seed", GOOD)
    done = subprocess.run(
        [sys.executable, "-m", "newsseed", "check", str(good), "-"],
        input=BAD_DATE.encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout) == (1, b"")
    assert done.stderr.decode().splitlines()[0] == (
        "<stdin>:2:12: error: Expected a month from 01 to 12 in 'date', got '2031-13-02'"
    )
