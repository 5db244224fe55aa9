"""The corpora of ``bench_dates.py`` (and of the other benchmarks that read them), read
straight from the tarballs in ``shared/corpora``: each article's text, the anchor date
relative dates are read against, and the locale numeric dates are read by. No corpus text
is printed by this module.

- BBC business and sport (2004-05, UK): ``locale="uk"``, anchored at :data:`BBC_ANCHOR`
  (the files carry no date of their own).
- PolNeAR train and dev (US, 2015-16): ``locale="us"``, anchored at each article's
  publication date from the corpus metadata.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

#: The anchor for BBC articles (2004-05; the files carry no date of their own).
BBC_ANCHOR: Final = dt.date(2005, 1, 1)
#: The anchor for a PolNeAR article whose publication date cannot be found.
POLNEAR_FALLBACK_ANCHOR: Final = dt.date(2016, 7, 1)

BBC_TARBALL: Final = "bbc-business-sport.tar.gz"
POLNEAR_TARBALL: Final = "polnear-train-dev.tar.gz"


@dataclass(frozen=True)
class Article:
    """One article read from a corpus tarball (its text is never printed)."""

    name: str
    text: str
    anchor: dt.date
    locale: str

    @property
    def nbytes(self) -> int:
        return len(self.text.encode("utf-8"))


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:  # one BBC file has a stray latin-1 byte
        return data.decode("cp1252", errors="replace")


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    handle = tar.extractfile(member)
    if handle is None:
        raise OSError(f"cannot read {member.name} from {tar.name!r}")
    with handle:
        return handle.read()


def load_bbc(path: Path) -> list[Article]:
    """Every article of the BBC business and sport tarball, sorted by name."""
    articles = []
    with tarfile.open(path) as tar:
        for member in tar:
            parts = member.name.split("/")
            if member.isfile() and member.name.endswith(".txt") and len(parts) >= 2:
                if parts[-2] not in {"business", "sport"}:
                    continue
                text = _decode(_read(tar, member))
                articles.append(Article(member.name, text, BBC_ANCHOR, "uk"))
    return sorted(articles, key=lambda a: a.name)


def _polnear_dates(tar: tarfile.TarFile, member: tarfile.TarInfo) -> dict[str, dt.date]:
    table = io.StringIO(_read(tar, member).decode("utf-8"))
    dates: dict[str, dt.date] = {}
    for record in csv.DictReader(table, delimiter="\t", quoting=csv.QUOTE_NONE):
        try:
            dates[record["filename"]] = dt.date.fromisoformat(record["publication_date"])
        except (KeyError, TypeError, ValueError):
            continue
    return dates


def _date_in_name(stem: str) -> dt.date | None:
    for part in stem.split("_"):
        try:
            return dt.date.fromisoformat(part)
        except ValueError:
            continue
    return None


def load_polnear(path: Path) -> list[Article]:
    """Every train and dev text of PolNeAR, anchored at its publication date."""
    texts: list[tuple[str, bytes]] = []
    dates: dict[str, dt.date] = {}
    with tarfile.open(path) as tar:
        for member in tar:
            if not member.isfile():
                continue
            parts = member.name.split("/")
            if parts[-1] == "metadata-train-dev.tsv":
                dates = _polnear_dates(tar, member)
            elif (
                len(parts) >= 4
                and parts[-1].endswith(".txt")
                and parts[-2] == "text"
                and parts[-4] == "data"
            ):
                texts.append((member.name, _read(tar, member)))
    articles = []
    for name, data in texts:
        stem = name.rsplit("/", 1)[-1].removesuffix(".txt")
        anchor = dates.get(stem) or _date_in_name(stem) or POLNEAR_FALLBACK_ANCHOR
        articles.append(Article(name, _decode(data), anchor, "us"))
    return sorted(articles, key=lambda a: a.name)


def shared_dir() -> Path:
    """``$NEWSSEED_SHARED``, or ``shared/`` beside the repository."""
    env = os.environ.get("NEWSSEED_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared"


def load_corpora(corpora: Path) -> dict[str, list[Article]]:
    """The articles of each corpus found in ``corpora`` (``BBC``, ``PolNeAR``), by label; a
    missing or empty one is skipped with a message."""
    loaders = (("BBC", BBC_TARBALL, load_bbc), ("PolNeAR", POLNEAR_TARBALL, load_polnear))
    loaded: dict[str, list[Article]] = {}
    for label, filename, loader in loaders:
        path = corpora / filename
        if not path.is_file():
            print(f"  {label}: {path} not found, skipped", flush=True)
            continue
        articles = loader(path)
        if articles:
            loaded[label] = articles
        else:
            print(f"  {label}: no articles in {path}, skipped", flush=True)
    return loaded
