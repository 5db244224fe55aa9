"""The Dask recipe of docs/pipelines.md (examples/dask_pipeline.py) on a local cluster:
its JSON Lines and Parquet output must be the serial output, record for record.

Dask is an optional extra (``pip install 'newsseed[dask]'``): without it these tests
are skipped, except under CI, where the extra is installed and they must run.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import os
import sys
import tarfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsseed
from conftest import shared_path

ROOT = Path(__file__).resolve().parents[1]
RECIPE = ROOT / "examples" / "dask_pipeline.py"

if os.environ.get("CI") != "true":
    pytest.importorskip("dask.bag", reason="the Dask recipe needs the [dask] extra")
    pytest.importorskip("distributed", reason="the Dask recipe needs the [dask] extra")


def _recipe() -> ModuleType:
    # The workers import the recipe by name: its folder goes on sys.path, which spawned
    # worker processes inherit.
    sys.path.insert(0, str(RECIPE.parent))
    spec = importlib.util.spec_from_file_location("dask_pipeline", RECIPE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dask_pipeline"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def recipe() -> Iterator[ModuleType]:
    module = _recipe()
    yield module
    sys.modules.pop("dask_pipeline", None)
    sys.path.remove(str(RECIPE.parent))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    distributed = importlib.import_module("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def _corpus(folder: Path) -> list[str]:
    """Articles of our own in the three kinds of file: text, JSON Lines, tar."""
    texts = folder / "texts"
    texts.mkdir()
    for example in sorted((ROOT / "examples").glob("*.txt")):
        (texts / example.name).write_bytes(example.read_bytes())
    for i in range(24):
        body = f'Story {i}\n\n"We open gate {i} at noon," Ana Ruiz said on March {i + 1}, 2025.'
        (texts / f"story-{i:02}.txt").write_text(body, encoding="utf-8")
    records = [
        {"text": f"Bus {i} runs late, the operator said.", "id": f"bus-{i}", "title": f"Bus {i}"}
        for i in range(30)
    ]
    lines = "\n".join([*map(json.dumps, records), "{broken"]) + "\n"
    (folder / "wire.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    with tarfile.open(folder / "batch.tar.gz", "w:gz") as archive:
        for i in range(5):
            data = f"Tram {i}\n\nThe tram line {i} reopens, Li Wei said.".encode()
            info = tarfile.TarInfo(f"batch/tram-{i}.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return [str(texts / "*.txt"), str(folder / "wire.jsonl.gz"), str(folder / "batch.tar.gz")]


def _records(parts: Iterable[str | Path]) -> list[dict[str, Any]]:
    """The JSON Lines parts' records, the parts read in name order."""
    return [
        json.loads(line)
        for part in sorted(map(str, parts))
        for line in Path(part).read_text("utf-8").splitlines()
    ]


def test_json_lines_equal_the_serial_output(
    recipe: ModuleType, client: Any, tmp_path: Path
) -> None:
    files = recipe.expand(_corpus(tmp_path))
    serial = [a.to_dict() for a in newsseed.iter_articles(files)]
    written = recipe.to_json_lines(recipe.articles(files, partitions=7), tmp_path / "out")
    # Dask takes the number of partitions as a hint: the parts are numbered from 0 on.
    assert [Path(p).name for p in written] == [f"part-{i:05d}.jsonl" for i in range(len(written))]
    assert len(written) > 2
    lines = [
        line for part in sorted(written) for line in Path(part).read_text("utf-8").splitlines()
    ]
    assert [json.loads(line) for line in lines] == serial
    assert len(serial) == 4 + 24 + 31 + 5  # the broken record is kept, with its diagnostic
    assert [d["code"] for d in serial[4 + 24 + 30]["diagnostics"]] == ["unreadable-record"]


def test_parquet_equals_the_serial_output(recipe: ModuleType, client: Any, tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet", reason="Parquet output needs pyarrow")
    files = recipe.expand(_corpus(tmp_path))
    serial = list(newsseed.iter_articles(files))
    written = recipe.to_parquet(recipe.articles(files, partitions=5), tmp_path / "out")
    rows = [row for part in sorted(written) for row in parquet.read_table(part).to_pylist()]
    assert [newsseed.Article.from_dict(json.loads(row["record"])) for row in rows] == serial
    assert [(row["id"], row["title"]) for row in rows] == [(a.id, a.title) for a in serial]


@pytest.mark.shared
def test_real_articles(recipe: ModuleType, client: Any, tmp_path: Path) -> None:
    archive = shared_path() / "corpora" / "bbc-business-sport.tar.gz"
    if not archive.is_file():
        pytest.skip(f"{archive} is absent (real articles, for evaluation only)")
    with tarfile.open(archive) as tar:  # 300 articles as files, in this test's own folder
        members = [m for m in tar.getmembers() if m.isfile() and m.name.endswith(".txt")]
        for i, member in enumerate(members[:300]):
            handle = tar.extractfile(member)
            assert handle is not None
            (tmp_path / f"{i:03}.txt").write_bytes(handle.read())
    files = recipe.expand([str(tmp_path / "*.txt")])
    serial = [a.to_dict() for a in newsseed.iter_articles(files)]
    written = recipe.to_json_lines(recipe.articles(files), tmp_path / "out")
    lines = [
        line for part in sorted(written) for line in Path(part).read_text("utf-8").splitlines()
    ]
    assert [json.loads(line) for line in lines] == serial
    assert len(serial) == len(files) == 300


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")
def test_command(recipe: ModuleType, tmp_path: Path) -> None:
    files = _corpus(tmp_path)
    assert recipe.main([str(tmp_path / "cli-out"), *files]) == 0
    parts = (tmp_path / "cli-out").glob("part-*.jsonl")
    expected = [a.to_dict() for a in newsseed.iter_articles(recipe.expand(files))]
    assert _records(parts) == expected
    assert recipe.main([]) == 2
