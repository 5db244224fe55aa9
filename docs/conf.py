"""Sphinx configuration: MyST Markdown pages, the furo theme and autodoc of newsseed.

Build with ``pip install -e '.[docs]' && sphinx-build docs docs/_build``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import newsseed

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
# Examples of the seed format are fenced as ```newsseed, which Pygments does not know.
suppress_warnings = ["misc.highlighting_failure"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

html_theme = "furo"
html_title = f"newsseed {release}"
