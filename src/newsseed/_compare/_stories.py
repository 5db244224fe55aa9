"""Which articles are near-duplicates, and which report the same story.

Each article's profile is computed once: its MinHash signature (word 5-shingles) for
near-duplicates, and its rare features (people, organisations, quoted and written
phrases) for stories.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import zlib
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Sequence
from typing import Final

from newsseed._compare._records import CompareOptions
from newsseed._compare._unionfind import UnionFind
from newsseed._compare._units import MAX_UNITS, NOT_CONTENT, Reading, Readings, Unit, units_of
from newsseed._model import Article, DateValue
from newsseed._wording import merged_keys, text_keys
from newsseed.normalize import name_key

__all__ = ("Profile", "Shingles", "near_duplicates", "stories")

_SHINGLE: Final = 5  # words in a near-duplicate shingle
_BINS: Final = 64  # MinHash values per article (one permutation, binned)
_BANDS: Final = 16  # LSH bands of _BINS // _BANDS values
_PHRASE: Final = 3  # content words in a phrase feature
_SAMPLE: Final = 4  # one body phrase in _SAMPLE (by hash) is a feature
_MASK: Final = (1 << 61) - 1


def _hash(text: str) -> int:
    """A stable hash (the same in every process, unlike ``hash``)."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


class Profile:
    """What compare needs of one article, computed once; its quote units only when it
    is in a story.

    Given ``shingles``, the profile leaves its article's shingle set there for the check
    of near-duplicates (which keeps the most recent ones), so that it is not computed
    again for the check; its quotes are read through ``readings``, shared by the
    comparison's profiles.
    """

    __slots__ = ("_readings", "_units", "article", "date", "features", "id", "kinds", "signature")

    def __init__(
        self,
        article: Article,
        article_id: str,
        *,
        shingles: Shingles | None = None,
        readings: Readings | None = None,
    ) -> None:
        self.id = article_id
        self.article = article
        self.date = article.published if article.published and article.published.day else None
        self._readings = readings or Readings()
        keys = _keys(article, self._readings)
        found = _shingles(keys)
        self.signature = _signature(found)
        if shingles is not None:
            shingles.add(self, found)
        self.features = _features(article, keys, self._readings)
        self.kinds = Counter(feature >> 32 for feature in self.features)  # by kind number
        self._units: list[Unit] | None = None

    @property
    def units(self) -> list[Unit]:
        if self._units is None:
            found = units_of(self.article, self.id, self._readings)
            self._units = list(itertools.islice(found, MAX_UNITS))
        return self._units


def _keys(article: Article, readings: Readings) -> list[str]:
    """The keys of the article's text, its quotes' words read once with the quotes."""
    text = article.text
    known = []
    for quote in sorted(article.quotes, key=lambda quote: quote.span.start):
        start = quote.span.start
        if quote.text and text.startswith(quote.text, start):
            known.append((start, start + len(quote.text), readings.of(quote.text).keys))
    return text_keys(text, known)


def _shingles(keys: Sequence[str]) -> set[int]:
    """The article's word 5-shingles, hashed (one shingle for a shorter text).

    Words hash with CRC-32 and a shingle is the hash of their tuple: Python hashes
    integers and tuples of them the same way in every process, unlike strings.
    """
    hashes = [_word_hash(key) for key in keys]
    if len(hashes) < _SHINGLE:
        return {_spread(hash(tuple(hashes)))} if hashes else set()
    runs = zip(*(hashes[i:] for i in range(_SHINGLE)), strict=False)
    return {_spread(hash(run)) for run in runs}


@functools.lru_cache(maxsize=1 << 16)
def _word_hash(key: str) -> int:
    return _hash(key)


def _spread(value: int) -> int:
    """Spread a hash's bits over the mask before it is binned."""
    return (value * 0x9E3779B97F4A7C15) & _MASK


def _signature(shingles: set[int]) -> tuple[int, ...]:
    """One-permutation MinHash: the smallest shingle hash in each of ``_BINS`` bins."""
    mins = [_MASK] * _BINS
    for value in shingles:
        slot = value % _BINS
        mins[slot] = min(mins[slot], value)
    return tuple(mins)


# The kinds of feature, and their number in a feature's high bits.
_KINDS: Final = ("person", "org", "said", "wrote")
_SAID: Final = 2
_WROTE: Final = 3


def _feature(kind: int, value: str) -> int:
    """A feature: its kind (an index into ``_KINDS``) above the value's 32-bit hash."""
    return (kind << 32) | _hash(value)


def _features(article: Article, keys: Sequence[str], readings: Readings) -> frozenset[int]:
    """The people and organisations an article names, the phrases its quotes say and a
    sample of those it writes: three content words in a row, keyed. Hashed to integers
    (memory stays small; a rare collision only adds a little evidence)."""
    found: set[int] = set()
    for entity in article.entities:
        if entity.kind == "PERSON":
            found.add(_feature(0, name_key(entity.name)))
        elif entity.kind == "ORG":
            found.add(_feature(1, entity.name.casefold()))
    for quote in article.quotes:
        found.update(_said(readings.of(quote.text)))
    found.update((_WROTE << 32) | value for value in _phrases(keys) if value % _SAMPLE == 0)
    return frozenset(found)


def _said(reading: Reading) -> frozenset[int]:
    """The phrase features of a quote's text (computed once for the text)."""
    if reading.said is None:
        keys, _ = merged_keys(reading.keys)
        reading.said = frozenset((_SAID << 32) | value for value in _phrases(keys))
    return reading.said


def _phrases(keys: Sequence[str]) -> list[int]:
    """The hashes of the runs of ``_PHRASE`` content words in ``keys``."""
    content = [key for key in keys if key not in NOT_CONTENT]
    runs = zip(*(content[i:] for i in range(_PHRASE)), strict=False)
    return [zlib.crc32(" ".join(run).encode("utf-8", "surrogatepass")) for run in runs]


def near_duplicates(
    profiles: Sequence[Profile], options: CompareOptions, shingles: Shingles | None = None
) -> UnionFind:
    """Articles whose word 5-shingles overlap by ``near_duplicate`` or more, found
    through LSH on their signatures and verified exactly (with the shingle sets the
    profiles left in ``shingles``, if given)."""
    joined = UnionFind(len(profiles))
    rows = _BINS // _BANDS
    # Each bucket proposes its members against its first one (linear in the bucket);
    # a pair proposed by several bands is verified once.
    proposed: set[tuple[int, int]] = set()
    for band in range(_BANDS):
        buckets: dict[tuple[int, ...], list[int]] = defaultdict(list)
        for index, profile in enumerate(profiles):
            buckets[profile.signature[band * rows : (band + 1) * rows]].append(index)
        for bucket in buckets.values():
            proposed.update((bucket[0], other) for other in bucket[1:])
    if shingles is None:
        shingles = Shingles()
        for profile in profiles:
            shingles.profiles.append(profile)
    for first, other in sorted(proposed):
        if joined.find(first) == joined.find(other):
            continue
        if shingles.jaccard(first, other) >= options.near_duplicate:
            joined.join(first, other)
    shingles.kept.clear()  # not needed again
    return joined


class Shingles:
    """Articles' shingle sets for exact verification: the most recent ``_KEPT`` are
    remembered (those the profiles leave as they are made, then those the check
    computes again: a bucket is verified against its first member, which is so
    computed once). A comparison of up to ``_KEPT`` articles computes none again."""

    def __init__(self) -> None:
        self.profiles: list[Profile] = []
        self.kept: OrderedDict[int, set[int]] = OrderedDict()

    def add(self, profile: Profile, found: set[int]) -> None:
        """The next profile (numbered in the order of addition) and its shingle set."""
        self.profiles.append(profile)
        self._keep(len(self.profiles) - 1, found)

    def of(self, index: int) -> set[int]:
        found = self.kept.get(index)
        if found is None:
            found = _shingles(text_keys(self.profiles[index].article.text))
            self._keep(index, found)
        else:
            self.kept.move_to_end(index)
        return found

    def _keep(self, index: int, found: set[int]) -> None:
        self.kept[index] = found
        if len(self.kept) > _KEPT:
            self.kept.popitem(last=False)

    def jaccard(self, a: int, b: int) -> float:
        sa, sb = self.of(a), self.of(b)
        if not sa and not sb:
            return 1.0
        shared = len(sa & sb)
        return shared / (len(sa) + len(sb) - shared)  # the union's size, the union not made


_KEPT: Final = 1024


def stories(profiles: Sequence[Profile], near: UnionFind, options: CompareOptions) -> UnionFind:
    joined = UnionFind(len(profiles))
    for group in near.groups():
        for other in group[1:]:
            joined.join(group[0], other)
    postings: dict[int, list[int]] = defaultdict(list)
    for index, profile in enumerate(profiles):
        for feature in profile.features:
            postings[feature].append(index)
        profile.features = frozenset()  # counted in the postings now
    # Features held by the same articles are counted together (copies share most).
    together = Counter(
        (tuple(holders), feature >> 32)
        for feature, holders in postings.items()
        if 1 < len(holders) <= options.rare
    )
    del postings
    shared: dict[tuple[int, int], list[int]] = {}  # a pair's shared features of each kind
    for (holders, kind), count in together.items():
        for i, a in enumerate(holders):
            for b in holders[i + 1 :]:
                kinds = shared.get((a, b))
                if kinds is None:
                    kinds = shared[(a, b)] = [0] * len(_KINDS)
                kinds[kind] += count
    for (a, b), kinds in shared.items():
        if _same_story(profiles[a], profiles[b], kinds, options):
            joined.join(a, b)
    return joined


def _day(value: DateValue) -> dt.date:
    return dt.date(value.year, value.month or 1, value.day or 1)


def _same_story(a: Profile, b: Profile, kinds: Sequence[int], options: CompareOptions) -> bool:
    """Whether two articles report the same story, given how many features of each kind
    (numbered as in ``_KINDS``) they share."""
    if a.date is not None and b.date is not None:
        days = abs((_day(a.date) - _day(b.date)).days)
        if days > options.max_days_apart:
            return False
    person, org, said_shared, wrote_shared = kinds
    if person + org < options.people:
        return False  # the same event is reported with the same people or organisations
    said = said_shared / max(1, min(a.kinds[_SAID], b.kinds[_SAID]))
    wrote = wrote_shared / max(1, min(a.kinds[_WROTE], b.kinds[_WROTE]))
    return (
        (said_shared >= 3 and said >= 0.2)  # the same quotes
        or (said_shared >= 2 and said >= 0.5)  # the same short quotes
        or wrote >= options.phrases  # the same sentences
    )
