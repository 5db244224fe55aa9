"""Parse a collection of news articles on a Dask cluster, into JSON Lines or Parquet.

The recipe of docs/pipelines.md ("On a cluster: Dask"), runnable as it stands::

    pip install 'newsseed[dask]'
    python examples/dask_pipeline.py OUT_DIR 'news/**/*.txt' 'wire/*.jsonl.gz'

It starts a local cluster of two worker processes; on a real cluster, connect a
``dask.distributed.Client`` to the scheduler's address instead and give paths that
every worker can read (a shared file system, or ``s3://`` paths through fsspec).

The bag holds one file per element, read with ``newsseed.iter_articles``: a ``.txt``
file is one article (as ``newsseed.parse_file`` reads it), a collection (JSON Lines, a
tar archive) many, read as a stream. Partitions are written in
order (``part-00000.jsonl``, ``part-00001.jsonl``, ...), so reading the parts back in
name order gives the articles in the order of ``files``: the same records, in the same
order, as a serial ``newsseed.iter_articles(files)``.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster

import newsseed


def expand(patterns: Sequence[str]) -> list[str]:
    """The files that ``patterns`` (paths or globs) stand for, each pattern's sorted."""
    files: list[str] = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern, recursive=True))
        files.extend(m for m in matches if Path(m).is_file())
    return files


def articles(files: Sequence[str], *, partitions: int | None = None) -> db.Bag:
    """A bag of the articles of ``files``, as ``Article.to_dict()`` records."""
    bag = db.from_sequence(files, npartitions=partitions or min(len(files), 64) or 1)
    return bag.map(lambda path: [a.to_dict() for a in newsseed.iter_articles(path)]).flatten()


def _name(index: int) -> str:
    return f"{index:05d}"


def to_json_lines(records: db.Bag, out_dir: str | Path) -> list[str]:
    """Write ``records`` as JSON Lines, one ``part-NNNNN.jsonl`` file per partition."""
    lines = records.map(lambda record: json.dumps(record, ensure_ascii=False))
    target = str(Path(out_dir) / "part-*.jsonl")
    written: list[str] = lines.to_textfiles(target, name_function=_name, encoding="utf-8")
    return written


# The columns of the Parquet output: a few fields to filter on, and the whole record as
# JSON (lossless: newsseed.Article.from_dict(json.loads(row["record"])) gives it back).
_COLUMNS = ("id", "title", "source", "published")


def _parquet_part(records: list[dict[str, Any]], path: str) -> str:
    # Imported here: Parquet output is the one part of the recipe that needs pyarrow.
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    schema = pa.schema([*((name, pa.string()) for name in _COLUMNS), ("record", pa.string())])
    rows = [
        {**{name: r[name] for name in _COLUMNS}, "record": json.dumps(r, ensure_ascii=False)}
        for r in records
    ]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)
    return path


def to_parquet(records: db.Bag, out_dir: str | Path) -> list[str]:
    """Write ``records`` as Parquet, one ``part-NNNNN.parquet`` file per partition
    (needs pyarrow)."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    writes = [
        dask.delayed(_parquet_part)(part, str(Path(out_dir) / f"part-{_name(i)}.parquet"))
        for i, part in enumerate(records.to_delayed())
    ]
    written: tuple[str, ...] = dask.compute(*writes)
    return list(written)


def main(argv: Sequence[str]) -> int:
    if len(argv) < 2:
        print("usage: python dask_pipeline.py OUT_DIR PATH_OR_GLOB...", file=sys.stderr)
        return 2
    files = expand(argv[1:])
    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):
        written = to_json_lines(articles(files), argv[0])
    print(f"{len(files)} files -> {len(written)} parts in {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
