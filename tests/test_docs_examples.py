"""Every example in the docs runs as a test: the fenced code blocks of README.md and docs/*.md.

- A ```python block without ``>>>`` runs here, one test per block, named after its page
  and the line of its fence (``docs/quickstart.md:18``). The blocks of one page run in
  one namespace, in page order, in a folder of their own (see :func:`_sandbox`) holding a
  copy of ``examples/``, so a block may use what an earlier one defined or wrote.
- A top-level expression statement with a comment, on its last line or on the line
  after it (``article.title  # 'Ferry service resumes'``), is a check: the comment must
  start with the value's ``repr()``, where ``...`` in the comment stands for any text,
  followed by the end of the comment, a space or a colon (what follows is prose:
  ``# None: no year``). A ``print()`` call's comment is prose.
- A ```python block with ``>>>`` is a doctest, which ``--doctest-glob=*.md`` runs.
- A ```sh block runs command by command in the page's folder, ``newsseed`` being
  ``python -m newsseed`` of this interpreter; each must exit with status 0 and write
  nothing to standard error. A command may run only newsseed and the programs in
  ``TOOLS``.
- A block preceded by ``<!-- not-run: REASON -->`` is skipped with that reason; keep
  them rare. Other blocks (``text``, ``newsseed``, ``abnf``, Sphinx directives) are not
  code.
"""

from __future__ import annotations

import ast
import contextlib
import gzip
import importlib.util
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

PYTHON = {"python"}
SHELL = {"sh", "console", "shell", "bash"}
NOT_CODE = {
    "text",
    "newsseed",
    "abnf",
    "{include}",
    "{literalinclude}",
    "{toctree}",
    "{eval-rst}",
}
# Programs a shell block may run besides newsseed; where one is not installed, its
# command is left out (and the test, after the other commands passed, skips saying so).
TOOLS = {"cat", "jq"}
# Modules of optional extras: a block importing one is skipped where it is absent,
# except under CI, where the extras are installed and the block must run.
OPTIONAL = {"dask": "dask", "distributed": "dask", "pyarrow": "dask", "trafilatura": "html"}

# Floors: the tests must not pass by finding nothing to run.
MIN_PYTHON_RUN = 15
MIN_CHECKS = 18
MIN_COMMANDS = 15
MAX_NOT_RUN = 10

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_NOT_RUN = re.compile(r"^\s*<!--\s*not-run:\s*(?P<reason>.*?)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    """One fenced code block: its page, the line of its opening fence and its text."""

    page: Path
    line: int  # 1-based, of the opening fence
    lang: str
    source: str
    not_run: str | None  # the reason given by a not-run marker on the line before

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.line}"

    @property
    def is_doctest(self) -> bool:
        return any(line.lstrip().startswith(">>>") for line in self.source.splitlines())


def _blocks(page: Path) -> list[Block]:
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks = []
    markers = {i for i, line in enumerate(lines) if _NOT_RUN.match(line)}
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        indent, fence = len(m["indent"]), m["fence"]
        info = m["info"].strip()
        j = i + 1
        while j < len(lines) and not lines[j].strip().startswith(fence):
            j += 1
        body = "".join(line[indent:] + "\n" for line in lines[i + 1 : j])
        marker = _NOT_RUN.match(lines[i - 1]) if i > 0 else None
        markers.discard(i - 1)
        blocks.append(
            Block(page, i + 1, info.split()[0] if info else "", body, marker and marker["reason"])
        )
        i = j + 1
    if markers:
        where = ", ".join(f"{page.name}:{n + 1}" for n in sorted(markers))
        raise AssertionError(f"{where}: a not-run marker must be on the line before a fence")
    return blocks


ALL = [block for page in PAGES for block in _blocks(page)]
BY_PAGE = {page: [b for b in ALL if b.page == page] for page in PAGES}
RUN = [b for b in ALL if (b.lang in PYTHON and not b.is_doctest) or b.lang in SHELL]


# ---- Python blocks -------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """A top-level statement of a block, and the value its comment says it has."""

    node: ast.stmt
    expected: str | None


def _comments(source: str) -> tuple[dict[int, str], set[int]]:
    """The trailing comments by line (1-based), and the lines that are only a comment."""
    trailing: dict[int, str] = {}
    alone: set[int] = set()
    code_lines: set[int] = set()
    skip = {tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            line = tok.start[0]
            trailing[line] = tok.string
            if line not in code_lines:
                alone.add(line)
        elif tok.type not in skip:
            code_lines.update(range(tok.start[0], tok.end[0] + 1))
    return trailing, alone


def _steps(block: Block) -> list[Step]:
    """The block's statements, with the checked value of each expression statement."""
    tree = ast.parse(block.source, filename=block.name)
    trailing, alone = _comments(block.source)
    steps = []
    for node in tree.body:
        expected = None
        if isinstance(node, ast.Expr) and not _is_print(node.value):
            end = node.end_lineno or node.lineno
            if end in trailing and end not in alone:
                expected = trailing[end]
            elif end + 1 in alone:
                expected = trailing[end + 1]
        if expected is not None:
            expected = expected.lstrip("#").strip()
        steps.append(Step(node, expected))
    return steps


def _is_print(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
    )


def _agrees(comment: str, value: str) -> bool:
    """Whether `comment` starts with `value` (``...`` matching any text), then ends or
    goes on after a space or a colon."""
    for end in range(len(comment), 0, -1):
        if end < len(comment) and not (comment[end].isspace() or comment[end] == ":"):
            continue
        pattern = ".*?".join(re.escape(part) for part in comment[:end].split("..."))
        if re.fullmatch(pattern, value, re.DOTALL):
            return True
    return False


def _run_python(block: Block, namespace: dict[str, Any]) -> None:
    missing = sorted(
        name
        for name in _imports(block.source) & OPTIONAL.keys()
        if importlib.util.find_spec(name) is None
    )
    if missing and os.environ.get("CI") != "true":
        extras = ",".join(sorted({OPTIONAL[name] for name in missing}))
        pytest.skip(f"needs {', '.join(missing)} (pip install 'newsseed[{extras}]')")
    filename = str(block.page)
    for step in _steps(block):
        # The page's line numbers, so that a traceback points into the page.
        node = ast.increment_lineno(step.node, block.line)
        if step.expected is None:
            exec(compile(ast.Module(body=[node], type_ignores=[]), filename, "exec"), namespace)
            continue
        assert isinstance(node, ast.Expr)
        value = eval(compile(ast.Expression(body=node.value), filename, "eval"), namespace)
        if not _agrees(step.expected, repr(value)):
            raise AssertionError(
                f"{block.page.relative_to(ROOT).as_posix()}:{node.lineno}: "
                f"{ast.unparse(node.value)}\n"
                f"  is:           {value!r}\n"
                f"  the comment:  {step.expected}"
            )


def _imports(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


# ---- Shell blocks --------------------------------------------------------------------


def _commands(source: str) -> list[str]:
    """The commands of a shell block: its lines without blank and comment lines, those
    ending with a backslash joined to the next."""
    commands, pending = [], ""
    for raw in source.splitlines():
        line = (pending + raw.strip()).strip()
        pending = ""
        if line.endswith("\\"):
            pending = line[:-1] + " "
        elif line and not line.startswith("#"):
            commands.append(line)
    return commands


def _programs(command: str) -> list[str]:
    """The program each stage of `command` runs (``a | b && c``: a, b and c)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    programs, start = [], True
    for token in lexer:
        if token in {"|", "||", "&&", ";", "&", "|&"}:
            start = True
        elif start and not re.fullmatch(r"\w+=.*", token):
            programs.append(token)
            start = False
    return programs


def _run_shell(block: Block, folder: Path) -> None:
    env = {**os.environ, "NEWSSEED_PYTHON": sys.executable}
    prelude = 'set -eo pipefail\nnewsseed() { "$NEWSSEED_PYTHON" -m newsseed "$@"; }\n'
    left_out = []
    for command in _commands(block.source):
        programs = _programs(command)
        unknown = [p for p in programs if p != "newsseed" and p not in TOOLS]
        assert not unknown, (
            f"{block.name}: {command!r} runs {unknown}, not newsseed: put the command in a "
            "block of its own, preceded by <!-- not-run: REASON -->"
        )
        absent = [p for p in programs if p in TOOLS and shutil.which(p) is None]
        if absent:
            left_out.append(f"{command!r} ({', '.join(absent)} not installed)")
            continue
        done = subprocess.run(
            ["bash", "-c", prelude + command],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        # A warning fails it too: inputs that match nothing exit with 0 and a warning.
        assert done.returncode == 0, (
            f"{block.name}: {command!r} exited with status {done.returncode}\n"
            f"stderr:\n{done.stderr[-3000:]}"
        )
        assert not done.stderr, f"{block.name}: {command!r} wrote to stderr:\n{done.stderr}"
    if left_out:
        pytest.skip(f"the other commands passed; not run: {'; '.join(left_out)}")


# ---- The pages' folders --------------------------------------------------------------


def _sandbox(folder: Path) -> None:
    """Fill `folder` with what the examples read: a copy of ``examples/``, and stand-ins
    made of it for the files the docs name as the reader's own (``article.txt``,
    ``news/``, ``wire/*.jsonl.gz`` with the text in ``body`` as well as ``text``,
    ``scraped.jsonl`` as news-please writes it, ``page.html``...)."""
    shutil.copytree(ROOT / "examples", folder / "examples")
    texts = sorted((ROOT / "examples").glob("*.txt"))
    assert len(texts) >= 3, f"{ROOT / 'examples'} holds too few articles"
    for name in ("article.txt", "story.txt", "outlet-a.txt"):
        shutil.copyfile(texts[0], folder / name)
    shutil.copyfile(texts[1], folder / "outlet-b.txt")
    for sub in ("articles", "news/2025"):
        (folder / sub).mkdir(parents=True)
        for text in texts:
            shutil.copyfile(text, folder / sub / text.name)
    (folder / "wire").mkdir()
    for year in ("2024", "2025"):
        with gzip.open(folder / "wire" / f"{year}.jsonl.gz", "wt", encoding="utf-8") as out:
            for text in texts:
                body = text.read_text(encoding="utf-8")
                record = {"id": f"{year}-{text.stem}", "text": body, "body": body}
                out.write(json.dumps(record) + "\n")
    with (folder / "scraped.jsonl").open("w", encoding="utf-8") as out:  # news-please's
        for text in texts:
            body = text.read_text(encoding="utf-8")
            out.write(json.dumps({"maintext": body, "url": f"https://example.org/{text.stem}"}))
            out.write("\n")
    shutil.copyfile(ROOT / "tests" / "data" / "html" / "night-trains.html", folder / "page.html")
    (folder / "archives").mkdir()
    with tarfile.open(folder / "archives" / "2025-03.tar.gz", "w:gz") as tar:
        for text in texts:
            tar.add(text, arcname=f"2025-03/{text.name}")


@dataclass
class _Page:
    """A page's folder and namespace, and the index of the next block to run there."""

    folder: Path
    namespace: dict[str, Any] = field(default_factory=lambda: {"__name__": "__docs__"})
    next: int = 0


_PAGES: dict[Path, _Page] = {}


@contextlib.contextmanager
def _hypothesis_kept() -> Iterator[None]:
    """Keep the suite's Hypothesis profiles (tests/conftest.py): a block that registers a
    profile of the same name (strategies.md registers ``ci``) must not change them."""
    current = settings.get_current_profile_name()
    saved = {name: settings.get_profile(name) for name in ("ci", "dev", "long", current)}
    try:
        yield
    finally:
        for name, profile in saved.items():
            settings.register_profile(name, profile)
        settings.load_profile(current)


def _run(block: Block, state: _Page) -> None:
    if block.lang in SHELL:
        _run_shell(block, state.folder)
    else:
        _run_python(block, state.namespace)


@pytest.mark.parametrize("block", RUN, ids=[b.name for b in RUN])
def test_example(
    block: Block, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run one block in its page's folder and namespace, after the page's earlier blocks."""
    if block.not_run is not None:
        pytest.skip(f"{block.name}: not-run: {block.not_run}")
    blocks = [b for b in BY_PAGE[block.page] if b in RUN]
    index = blocks.index(block)
    state = _PAGES.get(block.page)
    if state is None or state.next > index:  # the first of its page, or run again
        folder = tmp_path_factory.mktemp(block.page.stem)
        _sandbox(folder)
        state = _PAGES[block.page] = _Page(folder)
    monkeypatch.chdir(state.folder)
    # The blocks before this one that did not run (under -k or --lf, say) run first; a
    # failure of theirs is reported as this block's, with its name.
    earlier = [b for b in blocks[state.next : index] if b.not_run is None]
    state.next = index + 1
    with _hypothesis_kept():
        for before in earlier:
            try:
                _run(before, state)
            except Exception as err:
                raise AssertionError(f"{before.name}, run before {block.name}, failed") from err
        _run(block, state)


def test_every_block_is_accounted_for() -> None:
    """Every block is run, a doctest, marked not-run, or not code; and there are enough
    of those that run for the test above not to pass by finding nothing."""
    unknown = [
        f"{b.name}: {b.lang or 'no language'}"
        for b in ALL
        if b.lang not in PYTHON | SHELL | NOT_CODE
    ]
    assert not unknown, f"blocks of a language this test does not know: {unknown}"
    # Doctests run from docs/ only (pytest's testpaths, --doctest-glob=*.md).
    stray = [b.name for b in ALL if b.is_doctest and b.page.parent != ROOT / "docs"]
    assert not stray, f"doctests outside docs/, which no test runs: {stray}"
    marked = [b for b in ALL if b.not_run is not None]
    assert all(b in RUN for b in marked), "a not-run marker on a block that is not code"
    assert all(b.not_run for b in marked), "a not-run marker without a reason"
    assert len(marked) <= MAX_NOT_RUN, [f"{b.name}: {b.not_run}" for b in marked]

    python = [b for b in RUN if b.lang in PYTHON and b.not_run is None]
    checks = [s for b in python for s in _steps(b) if s.expected is not None]
    commands = [
        c for b in RUN if b.lang in SHELL and b.not_run is None for c in _commands(b.source)
    ]
    assert len(python) >= MIN_PYTHON_RUN, f"only {len(python)} python blocks run"
    assert len(checks) >= MIN_CHECKS, f"only {len(checks)} values checked"
    assert len(commands) >= MIN_COMMANDS, f"only {len(commands)} shell commands run"
    # Each page of the docs with a python block shows that it runs.
    assert {b.page.name for b in python} >= {"README.md", "index.md", "quickstart.md"}
