"""Every regular expression of newsseed is safe on hostile input: none backtracks.

The patterns are collected, not listed. A fresh interpreter (:func:`collect`) watches
``re.compile`` and ``regex.compile``, imports every module of newsseed (which compiles
nothing), makes every pattern that :func:`~newsseed.normalize._text.lazy_regex` and
:func:`~newsseed.normalize._text.lazy_re` registered in ``PATTERNS``, calls every other
lazy value and pattern-returning function of the modules, and then runs the public
functions over the test data, which makes the patterns built as a text is read (the date
grammar's parts, a surname's full-name pattern, the spelling tables' finders). It checks
that every call in the source that compiles a pattern was reached.

Each pattern is then run on inputs made from itself (:func:`inputs`): runs of each
character that may start a match, the classic traps (``"a" * n + "!"``, ``"A. " * n``,
``"(" * n``...), words of its source repeated, and strings that almost match it (made a
character at a time with the regex module's partial matching) with a run pumped in, then
an end that fails. What is timed is ``finditer`` over the whole string and one
``search``, ``match`` and ``fullmatch`` of it. Every input is first timed at a small size
and at 4x it; the most suspect ones are then timed at N and 4N characters (the best of
3 runs; of more while the ratio is near the limit), and 4N must cost less than
:data:`GROWTH` times N. The regex module's ``timeout=`` (a
timer signal for the standard engine) is the hard guard.

A few patterns are used only in a way that bounds them: :data:`AS_USED` says how, and
they are timed that way. :data:`KNOWN` names those that are super-linear as used and not
fixed yet: the test fails when one of them is fixed, so that it is taken off the list.

``python tests/test_regex_safety.py [WORD...]`` prints every pattern's (or those whose
name holds a WORD) verdict: its worst 4N/N ratio, that input's cost at 4N, the time the
check took, and the input.
"""

from __future__ import annotations

import ast
import contextlib
import gc
import importlib
import importlib.util
import inspect
import itertools
import json
import os
import pkgutil
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any, Final, NamedTuple

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

CI: Final = bool(os.environ.get("CI"))
DATA: Final = Path(__file__).resolve().parent / "data"

#: Characters of the timed inputs (N, then 4N).
N: Final = 20_000
#: How much more 4N may cost than N: linear is 4x, quadratic 16x. The limit is halfway
#: between them (a cost growing as N ** 1.5): a quadratic pattern with a linear part costs
#: a little under 16x at these sizes (15.2x to 15.9x here), and must not pass.
GROWTH: Final = 8.0
#: A 4N run this quick is linear whatever its ratio (quadratic at 80,000 characters costs
#: seconds, and a suspect is sized so that its 4N run costs about RUN_BUDGET): timings
#: this small are mostly noise (a linear pattern measured 8.2x at 4 ms in a CI run).
FLOOR: Final = 0.01
#: The size of the screening runs of every input (and 4x it); the fewest inputs screened
#: (more where the pattern is quick: as many as its budget, in seconds, allows).
SCREEN: Final = 100
MIN_SCREENED: Final = 60
SCREEN_BUDGET: Final = 0.1 if CI else 0.5
#: The most suspect inputs of each pattern by their screening (the most seconds beyond
#: linear growth), timed at N and 4N with the one of highest ratio and the costliest; the
#: budget of one 4N run (an input on which the pattern is slow, or super-linear, is timed
#: on fewer than N characters, MIN_N at least).
SUSPECTS: Final = 2 if CI else 6
RUN_BUDGET: Final = 0.1 if CI else 0.4
#: More runs at N and at 4N, in turn, while the ratio is near the limit or over it (a run
#: slowed by something else in the machine must not fail the test).
RETRIES: Final = 2
MIN_N: Final = 500
#: The hard guard on any one run, in seconds; on a screening run (of at most 500
#: characters: the slowest pattern, linear, reads 500 in 4 ms).
TIMEOUT: Final = 10 * RUN_BUDGET
SCREEN_LIMIT: Final = 0.1
#: What a run of a pattern bounded as used (:data:`AS_USED`) may cost, in seconds.
BOUNDED: Final = 0.005
#: A character that no pattern matches: the end that makes an almost-match fail.
FOREIGN: Final = "\uffff"
#: Characters that stand for the classes a pattern may name (\w, \s, \p{Lu}, \d...).
STAND_INS: Final = "aAzZéÉß1 \t\n\u00a0_-.,;:!?'\"’“”«»()[]#@/&…—"
#: The strings that almost match a pattern (walks of its partial matches), and the
#: characters pumped into them besides their own.
WALKS: Final = 5 if CI else 12
PUMPED: Final = " \t\n\u00a0aAé1.-'\"("


class Found(NamedTuple):
    """One pattern of newsseed, as collected."""

    name: str  # where it is defined (module.NAME) or compiled (module:function)
    engine: str  # "re" or "regex"
    source: str
    flags: int


#: Patterns that are super-linear under ``finditer`` (or ``fullmatch``) over a whole
#: string but are only used in a way that bounds them: what newsseed does with each
#: ("scan", "match" or "fullmatch"), on at most how many characters (None: any), and why.
#: Each is timed that way: linear when unbounded, under BOUNDED seconds when bounded.
AS_USED: Final[dict[str, tuple[str, int | None, str]]] = {
    "_layouts.dateline._DATELINE": ("match", 200, "split_dateline: match of text[:200]"),
    "_layouts._common._DATE_PREFIX": ("match", 80, "read_date_text: texts of 80 at most"),
    "_layouts._common._TERMINAL": ("scan", 8, "ends_sentence: search of text[-8:]"),
    "_layouts.boilerplate._FURNITURE": ("fullmatch", 240, "classify: lines of 240 at most"),
    "_layouts.headline._BYLINE_LABEL": ("match", 120, "read_byline: lines of 120 at most"),
    "normalize._spelling._ADDRESS": ("match", None, "_in_addresses: one match a token"),
}
#: Patterns that are super-linear as used and not fixed yet, with why: the test fails
#: while one is not on the list, or once one on it is linear (then take it off).
KNOWN: Final[dict[str, str]] = {}


# ------------------------------------------------------------------- collecting


def _package_dir() -> Path:
    spec = importlib.util.find_spec("newsseed")
    assert spec is not None
    assert spec.origin is not None
    return Path(spec.origin).resolve().parent


def _sites(frame: FrameType | None, package: str) -> list[tuple[str, int, str]]:
    """The frames of newsseed's source on the stack: file (in the package), line, function."""
    found = []
    while frame is not None:
        file = frame.f_code.co_filename
        if file.startswith(package):
            found.append((file[len(package) + 1 :], frame.f_lineno, frame.f_code.co_name))
        frame = frame.f_back
    return found


def _compile_sites(package: Path) -> tuple[list[tuple[str, int, int]], int]:
    """Every call in newsseed's source that compiles a pattern, as (file, first line, last
    line); and how many calls of lazy_regex and lazy_re there are outside _text.py."""
    compiles = []
    lazies = 0
    for path in sorted(package.rglob("*.py")):
        file = path.relative_to(package).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            if isinstance(function, ast.Name) and function.id in {"lazy_regex", "lazy_re"}:
                lazies += file != "normalize/_text.py"
            elif (isinstance(function, ast.Name) and function.id == "compile_regex") or (
                isinstance(function, ast.Attribute)
                and function.attr == "compile"
                and isinstance(function.value, ast.Name)
                and function.value.id in {"re", "regex"}
            ):
                compiles.append((file, node.lineno, node.end_lineno or node.lineno))
    return compiles, lazies


def _imported(module: ModuleType) -> set[str]:
    """The names ``module`` imports from elsewhere (a pattern is named where defined)."""
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def _patterns_in(value: object, depth: int = 0) -> Iterator[tuple[str, Any]]:
    """The compiled patterns in ``value`` (a pattern, or a table or tuple holding them)."""
    if isinstance(value, (re.Pattern, regex.Pattern)):
        yield "", value
    elif depth < 2 and isinstance(value, (tuple, list)):
        for index, item in enumerate(value):
            for where, pattern in _patterns_in(item, depth + 1):
                yield f"[{index}]{where}", pattern
    elif depth < 2 and isinstance(value, dict):
        for key, item in value.items():
            for where, pattern in _patterns_in(item, depth + 1):
                yield f"[{key!r}]{where}", pattern


def _is_lazy(value: object, module: ModuleType) -> bool:
    """A value made by :func:`~newsseed.normalize._text.lazy` (or ``functools.cache``) of a
    function of no arguments, defined in ``module``."""
    wrapped = getattr(value, "__wrapped__", None)
    return (
        hasattr(value, "cache_clear")
        and inspect.isfunction(wrapped)
        and getattr(value, "__module__", None) == module.__name__
        and not inspect.signature(wrapped).parameters
    )


def _returns_pattern(value: object, module: ModuleType) -> bool:
    """A function of ``module`` of no arguments that returns a pattern (``whole_read``)."""
    return (
        inspect.isfunction(value)
        and value.__module__ == module.__name__
        and not inspect.signature(value).parameters
        and "Pattern" in str(inspect.signature(value).return_annotation)
    )


def _warm_up() -> None:
    """Run the public functions over the test data: every pattern made as a text is read
    (the date grammar's parts, the full-name pattern of a surname, the spelling tables'
    finders) is made."""
    import datetime as dt  # noqa: PLC0415

    import newsseed  # noqa: PLC0415
    from newsseed import normalize  # noqa: PLC0415

    anchor = dt.date(2025, 7, 2)
    spelling = [
        line.split("\t")[2]
        for name in ("must_change", "must_not_change")
        for line in (DATA / f"spelling/{name}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ]
    texts = [path.read_text(encoding="utf-8") for path in sorted(DATA.glob("layouts/*.txt"))]
    texts += [case["text"] for case in json.loads((DATA / "quotes/cases.json").read_text())]
    texts += [case["text"] for case in json.loads((DATA / "entities/cases.json").read_text())]
    texts += [
        # A surname alone after a quote, that no entity holds: its full name is looked for
        # in the text (here inside a body's name).
        "The case went to the Ana Nervo Foundation.\n\n“The law is clear,” Nervo warned.",
        # Dense with a few words of the spelling tables: one pattern reads them.
        " ".join(["colour", "defence", "travelled"] * 120),
        # Many words of the spelling tables: the whole table's pattern reads them.
        " ".join(spelling),
    ]
    articles = [newsseed.parse(text) for text in texts]
    newsseed.compare(articles[:4])
    for article in articles:
        newsseed.loads(newsseed.dumps(article))
    for path in sorted(DATA.glob("invalid/*.seed")):
        with contextlib.suppress(newsseed.ParseError):
            newsseed.loads(path.read_bytes().decode("utf-8", "replace"))
    for name in ("find", "normalize", "not_dates"):
        for line in (DATA / f"dates/{name}.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            normalize.find_dates(line.split("\t")[0], anchor=anchor)
            normalize.normalize_date(line.split("\t")[0], anchor=anchor)
    for line in (DATA / "names/parse_name.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        normalize.parse_name(line.split("\t")[0])
    for text in spelling + texts:
        normalize.to_us(text)
        normalize.to_uk(text)


def collect() -> dict[str, Any]:
    """Collect every pattern of newsseed (in a fresh interpreter: see the module)."""
    package = _package_dir()
    prefix = str(package)
    # Each pattern (engine, source, flags): its names, and the places on the stack of
    # newsseed's source where it was compiled.
    made: dict[tuple[str, str, int], tuple[list[str], list[tuple[str, int, str]]]] = {}
    naming = ["importing"]  # the name of what is being made, or "reading"

    def spy(engine: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def compile(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
            compiled = real(pattern, flags, *args, **kwargs)
            caller = sys._getframe(1)
            if isinstance(pattern, str) and caller.f_code.co_filename.startswith(prefix):
                sites = _sites(caller, prefix)
                name = naming[-1]
                if name == "reading":  # named by the innermost function outside _text.py
                    file, _, function = next(
                        (site for site in sites if site[0] != "normalize/_text.py"), sites[0]
                    )
                    name = file.removesuffix(".py").replace("/", ".") + ":" + function
                names, places = made.setdefault((engine, pattern, int(compiled.flags)), ([], []))
                names.append(name)
                places.extend(sites)
            return compiled

        return compile

    re.compile = spy("re", re.compile)
    regex.compile = spy("regex", regex.compile)

    modules = [importlib.import_module("newsseed")]
    for info in pkgutil.walk_packages(modules[0].__path__, "newsseed."):
        if not info.name.endswith("__main__"):
            modules.append(importlib.import_module(info.name))
    at_import = sorted(name for names, _ in made.values() for name in names)

    from newsseed.normalize._text import PATTERNS  # noqa: PLC0415

    builders: dict[int, str] = {}
    lazies: list[tuple[str, Callable[[], object]]] = []
    for module in modules:
        short = module.__name__.removeprefix("newsseed.")
        imported = _imported(module)
        for name, value in vars(module).items():
            if name in imported:
                continue
            if any(value is builder for builder in PATTERNS):
                builders[id(value)] = f"{short}.{name}"
            elif _is_lazy(value, module) or _returns_pattern(value, module):
                lazies.append((f"{short}.{name}", value))
    for builder in PATTERNS:
        naming.append(builders.get(id(builder), "unnamed"))
        builder()
        naming.pop()
    for name, function in lazies:
        naming.append(name)
        for where, pattern in _patterns_in(function()):
            key = (_engine(pattern), pattern.pattern, int(pattern.flags))
            names, _ = made.setdefault(key, ([], []))
            if where:  # one of a tuple or table of patterns: named by its place in it
                names[:] = [*(other for other in names if other != name), name + where]
            elif not names:
                names.append(name)
        naming.pop()
    naming.append("reading")
    _warm_up()

    compiles, lazy_calls = _compile_sites(package)
    reached = {(file, line) for _, sites in made.values() for file, line, _ in sites}
    found = []
    seen: dict[str, int] = {}
    for (engine, source, flags), (names, _) in made.items():
        name = " = ".join(dict.fromkeys(names))
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:  # made by one function for several texts: numbered
            name += f"#{seen[name]}"
        found.append({"name": name, "engine": engine, "source": source, "flags": flags})
    return {
        "patterns": found,
        "at_import": at_import,
        "registered": len(PATTERNS),
        "named": sorted(set(builders.values())),
        "lazy_calls": lazy_calls,
        "unreached": [
            f"{file}:{first}"
            for file, first, last in compiles
            if not any((file, line) in reached for line in range(first, last + 1))
        ],
    }


def _engine(pattern: object) -> str:
    return "re" if isinstance(pattern, re.Pattern) else "regex"


def compiled(found: Found) -> Any:
    """The pattern compiled again, with its engine."""
    if found.engine == "re":
        return re.compile(found.source, found.flags)
    return regex.compile(found.source, found.flags)


# ------------------------------------------------------------------- inputs


def _partial_twin(found: Found) -> Any:
    """The pattern compiled with the regex module, whose partial matching finds strings
    that almost match it (the standard engine's patterns are regex patterns too)."""
    flags = found.flags
    if found.engine == "re":
        pairs = ((re.IGNORECASE, regex.IGNORECASE), (re.MULTILINE, regex.MULTILINE),
                 (re.DOTALL, regex.DOTALL), (re.VERBOSE, regex.VERBOSE))  # fmt: skip
        flags = sum(new for old, new in pairs if found.flags & old)
    try:
        return regex.compile(found.source, flags)
    except regex.error:
        return None


def _starts_match(twin: Any, text: str) -> bool:
    """Whether ``text`` is a match of the pattern, or the start of one."""
    try:
        return twin.fullmatch(text, partial=True, timeout=0.02) is not None
    except TimeoutError:
        return False


def _almost(twin: Any, pool: list[str], rng: random.Random, length: int) -> str:
    """A string of up to ``length`` characters from ``pool`` that is the start of a match
    (or a whole one), made a character at a time."""
    text = ""
    for _ in range(length):
        choices = [c for c in rng.sample(pool, len(pool)) if _starts_match(twin, text + c)]
        if not choices:
            break
        text += choices[0]
    return text


def _words(source: str) -> list[str]:
    """Words and runs of punctuation in the pattern's source, the longest first."""
    runs = re.findall(r"(?<!\\)(?<!\\[pPN]\{)(?:[^\W\d_]{2,}|[.,;:!?'\"’“”()#@/&-]{2,})", source)
    return sorted(set(runs), key=lambda run: (-len(run), run))[:12]


def _reverse(found: Found) -> bool:
    return found.source.startswith("(?r)")


def inputs(found: Found) -> dict[str, Callable[[int], str]]:
    """Hostile inputs for the pattern, each a function of its length, by description: the
    runs and the classic traps, then (in a random order) the pumped almost-matches."""
    pool = sorted({c for c in found.source if c.isprintable() or c.isspace()} | set(STAND_INS))
    twin = _partial_twin(found)
    made: dict[str, Callable[[int], str]] = {}

    def add(unit: str, tail: str = "", head: str = "") -> None:
        def make(n: int) -> str:
            return head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail

        if unit:
            made.setdefault(f"{head!r} + {unit!r} * n + {tail!r}", make)

    # Runs of each character that may start a match (any, for a pattern read backwards).
    for char in pool:
        if twin is None or _reverse(found) or _starts_match(twin, char):
            add(char)
            add(char, FOREIGN)
    # The classic traps, the pattern's punctuation all together, its words.
    for unit in ("a", " ", "1", "A. ", "Ab ", '"', "(", "a ", "A", "’", "-", "\n", "\t "):
        add(unit, "!")
    add("".join(c for c in pool if not c.isalnum()))
    for word in _words(found.source):
        add(word + " ")
        add(word.title(), FOREIGN)
    if twin is None or _reverse(found):
        return made
    # Strings that almost match, with a run pumped in at each place where the pattern
    # takes one (of a character of the string, or of one that stands for a class), then
    # the rest of the string and an end that fails.
    rng = random.Random(found.source)
    fixed = len(made)
    for _ in range(WALKS):
        text = _almost(twin, pool, rng, 10)
        add(text)
        for at in range(len(text) + 1):
            for char in dict.fromkeys(PUMPED + text):
                if _starts_match(twin, text[:at] + char * 3):
                    add(char, text[at:] + FOREIGN, text[:at])
    pumped = list(made.items())[fixed:]
    rng.shuffle(pumped)
    return dict(list(made.items())[:fixed] + pumped)


# ------------------------------------------------------------------- timing


class Timeout(Exception):
    """A run of the standard engine took longer than :data:`TIMEOUT`."""


@contextlib.contextmanager
def _guard(seconds: float) -> Iterator[None]:
    """Interrupt the standard engine after ``seconds`` (it checks for signals as it
    matches); the regex module is given ``timeout=`` instead."""
    if not hasattr(signal, "setitimer"):  # Windows: no guard but the regex module's
        yield
        return

    def ring(signum: int, frame: FrameType | None) -> None:
        raise Timeout

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """No garbage collection while a run is timed (it would add to one run, not another)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cost(pattern: Any, text: str, use: str, limit: float = TIMEOUT) -> float:
    """Seconds for what ``use`` does with ``text``: "scan" is ``finditer`` over it and one
    ``search``, ``match`` and ``fullmatch``; "match" and "fullmatch" are one of those.
    Past ``limit`` seconds, TimeoutError (or :class:`Timeout`)."""
    options = {"timeout": limit} if isinstance(pattern, regex.Pattern) else {}
    # CPU time: another process busy on the machine slows the wall clock, not this.
    started = time.process_time()
    with _guard(limit), _no_gc():
        if use == "scan":
            for _ in pattern.finditer(text, **options):
                pass
            pattern.search(text, **options)
        if use in ("scan", "match"):
            pattern.match(text, **options)
        if use in ("scan", "fullmatch"):
            pattern.fullmatch(text, **options)
    return time.process_time() - started


class Verdict(NamedTuple):
    name: str
    ratio: float  # the worst 4N/N cost measured (0 for a pattern timed on its bound)
    input: str
    seconds: float  # that input's cost at 4N (or on the bound)
    failure: str | None


def verdict(found: Found, pattern: Any) -> Verdict:
    """Time the pattern on its hostile inputs; a failure says on which input, and how."""
    use, bound, _ = AS_USED.get(found.name, ("scan", None, ""))
    made = inputs(found)
    key = ""
    try:
        if bound is not None:  # never given more: quick on that many characters
            costs = [(_cost(pattern, make(bound), use), key) for key, make in made.items()]
            seconds, key = max(costs)
            failure = f"{seconds:.3f} s on {bound} characters" if seconds > BOUNDED else None
            return Verdict(found.name, 0.0, key, seconds, failure)
        # Screen the inputs at a small size and at 4x it: the first ones, all the pumped
        # ones or as many as the pattern's screening budget allows.
        probes = itertools.islice(made.values(), 3)
        probe = max(_cost(pattern, make(5 * SCREEN), use, SCREEN_LIMIT) for make in probes)
        screened = []
        many = max(MIN_SCREENED, int(SCREEN_BUDGET / max(probe, 1e-6)))
        for key, make in itertools.islice(made.items(), many):
            small = _cost(pattern, make(SCREEN), use, SCREEN_LIMIT)
            large = _cost(pattern, make(4 * SCREEN), use, SCREEN_LIMIT)
            screened.append((large / max(small, 1e-6), large, key))
        # The suspects: those that grow the most in seconds beyond linear (ratios of tiny
        # timings are mostly noise), those that grow the most among the rest, the costliest.
        suspects = sorted(screened, key=lambda item: item[1] * (1 - 4 / item[0]), reverse=True)
        suspects = suspects[:SUSPECTS]
        suspects += sorted((item for item in screened if item[1] > 5e-5), reverse=True)[:1]
        suspects += sorted(screened, key=lambda item: item[1], reverse=True)[:1]
        worst = Verdict(found.name, 0.0, "", 0.0, None)
        for screen_ratio, screen_cost, key in {item[2]: item for item in suspects}.values():
            make = made[key]
            # N characters, fewer where the 4N run, linear from the screening's cost (or
            # quadratic, when the screening says so), would take more than the budget.
            if screen_ratio < GROWTH:
                fits = RUN_BUDGET / screen_cost * SCREEN
            else:
                fits = (RUN_BUDGET / screen_cost) ** 0.5 * SCREEN
            n = max(MIN_N, min(N, int(fits)))
            small = min(_cost(pattern, make(n), use) for _ in range(3))
            large = _cost(pattern, make(4 * n), use)
            for _ in range(RETRIES):  # the best of more runs (N and 4N in turn), but a ratio
                if large / max(small, 1e-9) < GROWTH * 2 / 3:  # well under the limit settles it
                    break
                small = min(small, _cost(pattern, make(n), use))
                large = min(large, _cost(pattern, make(4 * n), use))
            ratio = large / max(small, 1e-9)
            if ratio > worst.ratio:
                failure = None
                if ratio >= GROWTH and large >= FLOOR:
                    failure = f"{ratio:.1f}x the cost at 4N, N = {n} ({large:.3f} s)"
                worst = Verdict(found.name, ratio, key, large, failure)
                if failure:
                    break
        return worst
    except (TimeoutError, Timeout):
        return Verdict(found.name, float("inf"), key, TIMEOUT, "timed out")


# ------------------------------------------------------------------- the tests


@pytest.fixture(scope="module")
def collected() -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--collect"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def patterns(collected: dict[str, Any]) -> list[Found]:
    return [Found(**item) for item in collected["patterns"]]


def test_every_pattern_is_collected(collected: dict[str, Any], patterns: list[Found]) -> None:
    assert len(patterns) >= 80, [found.name for found in patterns]
    assert collected["at_import"] == [], "importing newsseed compiled patterns"
    assert collected["unreached"] == [], "calls that compile a pattern were not reached"
    assert collected["registered"] == collected["lazy_calls"], "lazy_regex/lazy_re unrecorded"
    assert len(collected["named"]) == collected["registered"], "a registered pattern unnamed"
    names = {found.name for found in patterns}
    assert names >= set(AS_USED) | set(KNOWN), "AS_USED or KNOWN names a pattern not found"


def test_every_pattern_is_linear(patterns: list[Found]) -> None:
    if os.environ.get("NEWSSEED_TIMINGS") == "0":
        pytest.skip("NEWSSEED_TIMINGS=0: timed once per CI run, in the source tree's run")
    started = time.perf_counter()
    verdicts = [verdict(found, compiled(found)) for found in patterns]
    failed = {v.name: v for v in verdicts if v.failure is not None}
    passed = [v for v in verdicts if v.failure is None]
    worst = max(passed, key=lambda v: v.ratio)
    print(  # shown with pytest -s
        f"\n{len(verdicts)} patterns in {time.perf_counter() - started:.1f} s; worst growth"
        f" of a linear one {worst.ratio:.1f}x ({worst.name} on {worst.input})"
    )
    new = [f"{v.name}: {v.failure} on {v.input}" for v in failed.values() if v.name not in KNOWN]
    assert not new, "super-linear:\n" + "\n".join(new)
    fixed = sorted(set(KNOWN) - set(failed))
    assert not fixed, f"linear now, take them off KNOWN: {fixed}"


@pytest.mark.parametrize(
    ("engine", "source"),
    [
        ("regex", r"(a+)+$"),  # exponential: timed out
        ("re", r"(\s*,\s*)*x"),  # quadratic under search
        ("regex", r"[ \t]*[,;|][ \t]*"),  # quadratic under finditer (split): was in header.py
        ("regex", r"#{1,6}[ \t]+(?P<text>\S.*?)(?:[ \t]+#+)?"),  # under fullmatch: was HEADING
    ],
)
def test_the_check_fails_a_backtracking_pattern(engine: str, source: str) -> None:
    from newsseed.normalize._text import PATTERNS, lazy_re, lazy_regex  # noqa: PLC0415

    make = lazy_re(source) if engine == "re" else lazy_regex(source)
    try:
        assert PATTERNS[-1] is make  # registered, as the package's patterns are
        pattern = make()
        found = Found("bad", engine, source, int(pattern.flags))
        assert verdict(found, pattern).failure is not None
    finally:
        PATTERNS.remove(make)


# --------------------------------------------------- rewrites that match as before

_OLD_HEADING: Final = r"#{1,6}[ \t]+(?P<text>\S.*?)(?:[ \t]+#+)?"
_OLD_LIST_SEPARATORS: Final = r"[ \t]*[,;|][ \t]*"
_OLD_AUTHOR_SEPARATORS: Final = r"[ \t]*(?:,|;|\band\b|&)[ \t]*"
_OLD_TRAILING_NOTE: Final = r"\s*\([^()]{0,80}\)\Z"
_OLD_NICKNAME: Final = r"""\s+(?:"[^"]{1,40}"|“[^”]{1,40}”)(?=\s)"""
_OLD_OF_PLACE: Final = r"\s+of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\Z"
_OLD_ACRONYM: Final = r"\p{Lu}[\p{L}\-&]*\p{Lu}[\p{L}\-&]*|\p{Lu}{2,}"


def _pieces(*pieces: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces) | st.text(max_size=2), max_size=30).map("".join)


def _spans(pattern: Any, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@given(_pieces("#", "##", " ", "\t", "  ", "a", "Title", "# ", " #", "#\t", "\n", "\xa0"))
@example("# Title  ##")
@example("# a # #")
@example("# ##")
def test_heading_reads_every_line_as_before(line: str) -> None:
    from newsseed._layouts.markdown import HEADING  # noqa: PLC0415

    old, new = regex.compile(_OLD_HEADING).fullmatch(line), HEADING().fullmatch(line)
    assert (old and (old.span(), old.group("text"))) == (new and (new.span(), new.group("text")))


@given(_pieces(",", ";", "|", "&", " ", "\t", "and", "AND", "Ana", " and ", "x", "\xa0", "\n"))
@example("Ana , Rui ;  ; Eva")
@example("Ana and Rui & Eva AND Bo, sandy")
def test_header_lists_split_as_before(value: str) -> None:
    from newsseed._layouts.header import split_list  # noqa: PLC0415

    for authors, old in ((False, _OLD_LIST_SEPARATORS), (True, _OLD_AUTHOR_SEPARATORS)):
        parts = regex.compile(old, regex.IGNORECASE if authors else 0).split(value)
        assert split_list(value, authors=authors) == [p.strip() for p in parts if p.strip()]


@given(
    _pieces(" ", "  ", "\t", "\n", "\xa0", '"', "“", "”", "(", ")", "of", " of ", "Ana", "Lima",
            "x", "'s", "A", "b", "é", "É", " (Ret.)", ' "Bo" ', " of Delaware")
)  # fmt: skip
@example('Ana  "Bo" Lima')
@example("Ana  (Ret.)")
@example("Tom Carper of  Delaware")
def test_name_patterns_match_as_before(text: str) -> None:
    from newsseed.normalize import _names  # noqa: PLC0415

    for old, new in (
        (_OLD_TRAILING_NOTE, _names._TRAILING_NOTE()),
        (_OLD_NICKNAME, _names._NICKNAME()),
        (_OLD_OF_PLACE, _names._OF_PLACE()),
    ):
        assert new.sub("", text) == regex.compile(old).sub("", text)
        assert _spans(new, text) == _spans(regex.compile(old), text)


@given(_pieces("A", "B", "É", "b", "é", "-", "&", "1", " ", "NATO", "DoD", "AbC"))
@example("A" + "B" * 50 + "1")
@example("DoD")
def test_acronym_matches_as_before(text: str) -> None:
    from newsseed._entities._words import _ACRONYM  # noqa: PLC0415

    old, new = regex.compile(_OLD_ACRONYM), _ACRONYM()
    assert (old.fullmatch(text) is None) == (new.fullmatch(text) is None)
    assert _spans(new, text) == _spans(old, text)


def main() -> None:
    if sys.argv[1:] == ["--collect"]:
        print(json.dumps(collect()))
        return
    for item in collect()["patterns"]:
        found = Found(**item)
        if sys.argv[1:] and not any(word in found.name for word in sys.argv[1:]):
            continue
        started = time.perf_counter()
        v = verdict(found, compiled(found))
        took = time.perf_counter() - started
        print(
            f"{v.ratio:6.2f} {v.seconds:8.4f}s {took:6.2f}s  {v.name}  {v.failure or ''}"
            f"  {v.input[:70]}",
            flush=True,
        )


if __name__ == "__main__":
    main()
