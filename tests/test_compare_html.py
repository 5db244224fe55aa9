"""The HTML report of ``newsseed compare``, opened in a real headless browser.

The page is made by the command line from articles of our own, then Chromium takes a
screenshot of it (decoded here: the page must show text and the colours that mark
changes) and dumps the document it rendered, whose text is read back. Where no
Chromium is installed the test is skipped, except under CI, which installs it.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsseed._cli import main
from test_compare import BULLETIN, COURIER, GAZETTE

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
WIDTH, HEIGHT = 1000, 1400


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("CI must have Chromium for this test: .ci/run installs it")
    pytest.skip("no Chromium here (install Debian's chromium to run this test)")


def _run(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        timeout=120,
        check=True,
    )


def _pixels(png: bytes) -> tuple[int, int, Counter[tuple[int, int, int]]]:
    """Width, height and the colours (with their counts) of an 8-bit RGB or RGBA PNG."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    at, data, header = 8, b"", b""
    while at < len(png):
        (size,) = struct.unpack(">I", png[at : at + 4])
        kind, body = png[at + 4 : at + 8], png[at + 8 : at + 8 + size]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            data += body
        at += 12 + size
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, colour, interlace) in {(8, 2, 0), (8, 6, 0)}
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(data)
    stride = width * step
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for x in range(stride):
            left = line[x - step] if x >= step else 0
            up = previous[x]
            corner = previous[x - step] if x >= step else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                near = min(
                    (abs(p - left), 0, left), (abs(p - up), 1, up), (abs(p - corner), 2, corner)
                )
                line[x] = (line[x] + near[2]) & 255
        rows.append(line)
        previous = line
    colours = Counter(
        (row[x], row[x + 1], row[x + 2]) for row in rows for x in range(0, stride, step)
    )
    return width, height, colours


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.skip += tag in {"style", "script", "title"}

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in {"style", "script", "title"}

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _area(colours: Counter[tuple[int, int, int]], wanted: tuple[int, int, int]) -> int:
    """How many pixels have (nearly) the colour ``wanted``: a marked background covers
    hundreds, the soft edge of a letter only a few."""
    return sum(n for c, n in colours.items() if _distance(c, wanted) <= 4)


def _distance(colour: tuple[int, int, int], other: tuple[int, int, int]) -> int:
    return max(abs(a - b) for a, b in zip(colour, other, strict=True))


def test_the_html_report_renders_in_a_browser(tmp_path: Path) -> None:
    browser = _browser()
    for name, text in (("courier", COURIER), ("gazette", GAZETTE), ("bulletin", BULLETIN)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    page = tmp_path / "report.html"
    status = main(["compare", str(tmp_path), "--format", "html", "-o", str(page)])
    assert status == 0
    source = page.read_text(encoding="utf-8")
    assert "<script" not in source, "the page stands alone"
    assert "http" not in source, "the page stands alone"

    shot = tmp_path / "report.png"
    _run(browser, tmp_path / "profile-1", f"--window-size={WIDTH},{HEIGHT}",
         f"--screenshot={shot}", page.as_uri())  # fmt: skip
    width, height, colours = _pixels(shot.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    assert len(colours) > 20, "the page shows more than a blank screen"
    assert _area(colours, (0xFF, 0xD7, 0xD5)) > 300, "words left out or replaced are marked red"
    assert _area(colours, (0xCC, 0xF2, 0xD1)) > 300, "words put in their place are marked green"

    dom = _run(browser, tmp_path / "profile-2", "--dump-dom", page.as_uri()).stdout
    reader = _Text()
    reader.feed(dom.decode("utf-8"))
    text = " ".join(" ".join(reader.parts).split())
    assert "bulletin, courier, gazette" in text
    assert "Quote 1: Ina Moss" in text
    assert {"verbatim", "abridged", "altered"} <= set(text.split())
    assert "We have waited half a year for this day, and the harbour is finally whole again" in text
    assert "sail run" in text, "the replaced word and its replacement, side by side"
