"""Sphinx configuration: MyST Markdown pages, the furo theme and autodoc of newsseed.

Build with ``pip install -e '.[docs]' && sphinx-build -W -b html docs docs/_build/html``.
CI (``.ci/run``) builds with ``-W --keep-going``: any warning fails it, and with
``nitpicky`` on, so does every cross-reference that leads nowhere.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pygments.lexers.special import TextLexer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import newsseed

if TYPE_CHECKING:
    from sphinx.application import Sphinx

project = "newsseed"
author = "The newsseed developers"
copyright = "2025, The newsseed developers"
release = newsseed.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]

root_doc = "index"
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Every {py:...} role and every type in a signature must resolve to something the
# reference documents. The standard library's names are the exception: resolving them
# would need intersphinx, which downloads Python's inventory, and the build stays offline.
nitpicky = True
nitpick_ignore_regex = [
    (r"py:.*", r"(collections\.abc|datetime|json|os|pathlib|typing)\..+"),
    # Hypothesis's names in newsseed.strategies (SearchStrategy): the same, for the same reason.
    (r"py:.*", r"hypothesis\..+"),
]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

html_theme = "furo"
html_title = f"newsseed {release}"


def setup(app: Sphinx) -> None:
    """Examples of the seed format are fenced as ```newsseed: shown as plain text."""
    app.add_lexer("newsseed", TextLexer)
