"""``import newsseed`` does no work that can wait: it compiles no pattern and imports
none of the standard library's slower modules that only some functions need.

Each check runs in a fresh interpreter, since this one has long imported everything.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap

import newsseed

# Modules that only some functions need (comparing, exporting, reading files or corpora).
_DEFERRED = (
    "concurrent.futures",
    "difflib",
    "gzip",
    "hashlib",
    "html",
    "importlib.resources",
    "json",
    "newsseed._compare",
    "newsseed._corpus",
    "newsseed._export",
    "pathlib",
    "regex",  # loaded with the first pattern
    "tarfile",
)


def _fresh(code: str) -> object:
    """What ``code`` prints (a Python literal), run in a new interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return ast.literal_eval(done.stdout)


def test_import_compiles_no_pattern() -> None:
    compiled = _fresh(
        """
        import os, re, sys
        import regex  # loaded here so that its compile can be watched

        compiled = []

        def watch(module):
            compile = module.compile

            def watched(pattern, *args, **kwargs):
                caller = sys._getframe(1).f_code.co_filename
                if f"{os.sep}newsseed{os.sep}" in caller:
                    compiled.append(f"{caller}:{sys._getframe(1).f_lineno}")
                return compile(pattern, *args, **kwargs)

            module.compile = watched

        watch(re)
        watch(regex)
        import newsseed

        print(compiled)
        """
    )
    assert compiled == []


def test_import_leaves_the_slower_modules_unimported() -> None:
    imported = _fresh(
        f"""
        import sys

        before = set(sys.modules)
        import newsseed

        print(sorted(set({_DEFERRED!r}) & (set(sys.modules) - before)))
        """
    )
    assert imported == []


def test_every_public_name_is_there() -> None:
    for name in newsseed.__all__:
        assert getattr(newsseed, name) is not None
        assert name in dir(newsseed)
