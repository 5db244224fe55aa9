"""Shared test plumbing: hypothesis profiles and the ``../shared`` material."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=(HealthCheck.too_slow,),
)
# The suite run again against the installed wheel (.ci/run) checks the package as
# installed, not the properties again: the ci profile's examples ran in the first run.
settings.register_profile("wheel", parent=settings.get_profile("ci"), max_examples=25)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

# The atheris harness is a script (tests/test_hostile.py runs it), not a test module:
# --doctest-modules would import it, and atheris may not be installed.
collect_ignore = ["fuzz_atheris.py"]

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


BENCHMARKS = ROOT / "benchmarks"


def benchmark_script(name: str) -> ModuleType:
    """The script ``benchmarks/<name>.py`` imported as a module (its helpers, such as
    ``_suite``, imported from beside it), once per session."""
    if name in sys.modules:
        return sys.modules[name]
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def shared_path() -> Path:
    """Where ``../shared`` is: ``$NEWSSEED_SHARED``, else beside the project root."""
    return Path(os.environ.get("NEWSSEED_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``../shared`` folder; skips the test with a reason where it is absent."""
    path = shared_path()
    if not (path / "seeds").is_dir():
        pytest.skip(
            f"{path} is absent: the real articles in ../shared are not shipped with newsseed"
        )
    return path
