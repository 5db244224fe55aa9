"""One story across outlets: which articles report it, and how each quoted it.

:func:`compare` works in three steps, none of which looks at every pair of articles:

1. **Near-duplicates.** Each article's words, keyed (``_wording``), make word
   5-shingles; a MinHash signature (one permutation, 64 bins) goes through LSH (16
   bands of 4), and every pair that shares a band is verified exactly: the Jaccard
   similarity of their shingle sets must reach ``near_duplicate``.
2. **Stories.** Articles are indexed by their rare features: the people and
   organisations they name, three-word runs of the content words inside their quotes,
   and a sample of three-word runs of the content words of their body. Pairs that
   share a feature are candidates; a candidate pair reports the same story when its
   shared features are many enough, of two kinds at least (who is named, and what is
   said or written), and its dates (when both have one) are within a week. A
   near-duplicate is in its original's story. Stories are the connected groups.
3. **Quote groups.** Within a story, each quote is cut into its sentences and the
   stretches between ellipses; two of them, from different articles, are the same
   utterance when one holds most of the other's words, or, for a speaker's quotes in
   two articles, when they stand in the same order and share enough of their wording
   (a rewording keeps little but its shape). Each group's reference wording is the
   one its members agree with most, the articles that alter others' quotes least
   trusted; each member gets a fidelity label and a word-level diff against it.

Rules and definitions: ``docs/compare.md``.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import zlib
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, Literal, get_args

import attrs

from newsseed._model import Article, DateValue, Quote, Span
from newsseed._quotes import _ends_sentence
from newsseed._wording import ELLIPSIS, Word, keys_of, text_keys, words_of
from newsseed.normalize import name_key
from newsseed.normalize._data import words

__all__ = (
    "FIDELITIES",
    "CompareOptions",
    "Comparison",
    "DiffOp",
    "Fidelity",
    "QuoteGroup",
    "QuoteMember",
    "compare",
)

Fidelity = Literal["verbatim", "variant", "abridged", "altered"]
FIDELITIES: Final[tuple[str, ...]] = get_args(Fidelity)
Op = Literal["equal", "variant", "omitted", "added", "replaced"]


@attrs.frozen(kw_only=True)
class CompareOptions:
    """How :func:`compare` decides.

    >>> CompareOptions().near_duplicate
    0.8
    """

    near_duplicate: float = 0.8
    """The Jaccard similarity of word 5-shingles from which two articles are
    near-duplicates."""
    people: int = 2
    """How many people and organisations two articles must both name to report one
    event."""
    phrases: float = 0.3
    """The share of written three-word phrases (of the article with fewer) two articles
    must share to report one event, when their quotes do not show it."""
    max_days_apart: int = 7
    """Articles whose own dates are further apart than this are not one story."""
    rare: int = 50
    """A feature more articles share than this is too common to be evidence."""


@attrs.frozen
class DiffOp:
    """One step of a member's wording against its group's reference.

    ``op`` is ``equal`` (same words), ``variant`` (same words written otherwise:
    spelling, case, typography, contraction), ``omitted`` (reference words the member
    leaves out), ``added`` (member words the reference does not have) or ``replaced``.
    """

    op: Op
    reference: str
    """The reference's words in this step, as written ("" for ``added``)."""
    member: str
    """The member's words in this step, as written ("" for ``omitted``)."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {"op": self.op, "reference": self.reference, "member": self.member}


@attrs.frozen
class QuoteMember:
    """One article's quote of an utterance, and how faithfully it renders it."""

    article_id: str
    quote: Quote
    """The quote, or the sentence of a longer quote, that renders the utterance."""
    fidelity: Fidelity
    """``verbatim``, ``variant``, ``abridged`` or ``altered`` (``docs/compare.md``)."""
    diff: tuple[DiffOp, ...] = ()
    """The member's wording step by step against the group's reference."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "article_id": self.article_id,
            "quote": self.quote.to_dict(),
            "fidelity": self.fidelity,
            "diff": [op.to_dict() for op in self.diff],
        }


@attrs.frozen
class QuoteGroup:
    """The same utterance as the articles of one story quote it."""

    speaker: str | None
    """The speaker the members agree on (their canonical names matched by
    :func:`~newsseed.normalize.name_key`), or None."""
    reference: str
    """The wording the members are measured against: the one they agree with most."""
    reference_article: str
    """The article the reference wording comes from."""
    members: tuple[QuoteMember, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "speaker": self.speaker,
            "reference": self.reference,
            "reference_article": self.reference_article,
            "members": [m.to_dict() for m in self.members],
        }


@attrs.frozen
class Comparison:
    """What :func:`compare` found: stories, near-duplicates and quote groups."""

    stories: tuple[tuple[str, ...], ...]
    """Groups of article ids that report the same event (two articles or more)."""
    near_duplicates: tuple[tuple[str, ...], ...]
    """Groups of article ids whose texts are near-duplicates (a stronger relation)."""
    quote_groups: tuple[QuoteGroup, ...]
    """The same utterance across articles, each member with its fidelity."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "stories": [list(s) for s in self.stories],
            "near_duplicates": [list(d) for d in self.near_duplicates],
            "quote_groups": [g.to_dict() for g in self.quote_groups],
        }

    def report(self) -> str:
        """A readable text report: the stories, then each quote group, member by member."""
        return "\n".join(_report_lines(self))

    def to_html(self, *, title: str = "newsseed comparison") -> str:
        """A self-contained HTML page: each quote group side by side, changes marked."""
        return _html(self, title)


# ------------------------------------------------------------------------ features

_STOPWORDS: Final = words(
    "a an the and or but if of to in on at by for with from as is are was were be been being"
    " it its this that these those he she they we i you his her their our my your him them"
    " us me not no do does did have has had will would can could should may might must"
    " so than then there here what which who whom whose when where why how all any some"
    " very also just into about over after before up out more most such only own same"
)
_SHINGLE: Final = 5  # words in a near-duplicate shingle
_BINS: Final = 64  # MinHash values per article (one permutation, binned)
_BANDS: Final = 16  # LSH bands of _BINS // _BANDS values
_PHRASE: Final = 3  # content words in a phrase feature
_SAMPLE: Final = 4  # one body phrase in _SAMPLE (by hash) is a feature
_MASK: Final = (1 << 61) - 1


def _hash(text: str) -> int:
    """A stable hash (the same in every process, unlike ``hash``)."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


class _Profile:
    """What compare needs of one article, computed once; its quote units only when it
    is in a story."""

    __slots__ = ("_units", "article", "date", "features", "id", "kinds", "signature")

    def __init__(self, article: Article, article_id: str) -> None:
        self.id = article_id
        self.article = article
        self.date = article.published if article.published and article.published.day else None
        keys = text_keys(article.text)
        self.signature = _signature(keys)
        self.features = _features(article, keys)
        self.kinds = Counter(_KINDS[feature >> 32] for feature in self.features)
        self._units: list[_Unit] | None = None

    @property
    def units(self) -> list[_Unit]:
        if self._units is None:
            self._units = list(itertools.islice(_units(self.article, self.id), _MAX_UNITS))
        return self._units


#: The quoted sentences of an article that compare groups, at most: the corpora's
#: articles hold at most 53 quotes, and every one is read; a text made of quotes is read
#: up to this many, so that grouping (which weighs each against each) stays bounded.
_MAX_UNITS: Final = 256


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


def _signature(keys: Sequence[str]) -> tuple[int, ...]:
    """One-permutation MinHash: the smallest shingle hash in each of ``_BINS`` bins."""
    mins = [_MASK] * _BINS
    for value in _shingles(keys):
        slot = value % _BINS
        mins[slot] = min(mins[slot], value)
    return tuple(mins)


# The kinds of feature, and their number in a feature's high bits.
_KINDS: Final = ("person", "org", "said", "wrote")


def _feature(kind: int, value: str) -> int:
    """A feature: its kind (an index into ``_KINDS``) above the value's 32-bit hash."""
    return (kind << 32) | _hash(value)


def _features(article: Article, keys: Sequence[str]) -> frozenset[int]:
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
        found.update(_feature(2, phrase) for phrase in _phrases(text_keys(quote.text)))
    written = (_hash(phrase) for phrase in _phrases(keys))
    found.update((3 << 32) | value for value in written if value % _SAMPLE == 0)
    return frozenset(found)


def _phrases(keys: Sequence[str]) -> Iterator[str]:
    content = [k for k in keys if k not in _STOPWORDS and k != ELLIPSIS]
    for i in range(len(content) - _PHRASE + 1):
        yield " ".join(content[i : i + _PHRASE])


# ------------------------------------------------------------------------ quote units


@attrs.frozen
class _Unit:
    """A sentence of a quote (or the stretch between two ellipses): what is grouped."""

    article_id: str
    index: int  # the quote's position in its article
    quote: Quote  # the unit itself, as a quote (span into the article's text)
    words: tuple[Word, ...]
    keys: tuple[str, ...]  # one per key; positions into ``words`` in ``at``
    at: tuple[int, ...]
    speaker: str | None  # name_key of the speaker
    content: frozenset[str]  # the content words' keys


def _units(article: Article, article_id: str) -> Iterator[_Unit]:
    text = article.text
    for index, quote in enumerate(article.quotes):
        words = words_of(quote.text, quote.span.start)
        piece: list[Word] = []
        for position, word in enumerate(words):
            boundary = word.keys == (ELLIPSIS,)
            if not boundary:
                piece.append(word)
            following = words[position + 1] if position + 1 < len(words) else None
            ends = following is not None and _ends_sentence(
                text[word.start : following.start].strip()
            )
            if boundary or ends:
                yield from _unit(text, article_id, index, quote, piece, total=len(words))
                piece = []
        yield from _unit(text, article_id, index, quote, piece, total=len(words))


def _unit(
    text: str, article_id: str, index: int, quote: Quote, piece: list[Word], *, total: int
) -> Iterator[_Unit]:
    """The unit of ``piece``, words of a quote of ``total`` words (counted once for the
    quote: a quote of many sentences is not read again for each)."""
    if len(piece) < 2:
        return
    start, end = piece[0].start, piece[-1].end
    speaker = name_key(quote.speaker) if quote.speaker else None
    if len(piece) == total:
        part = quote  # the whole quote
    else:
        part = attrs.evolve(quote, text=text[start:end], span=Span(start, end))
    flat = keys_of(piece)
    keys = tuple(k for k, _ in flat)
    yield _Unit(
        article_id,
        index,
        part,
        tuple(piece),
        keys,
        tuple(i for _, i in flat),
        speaker,
        frozenset(k for k in keys if k not in _STOPWORDS and k != ELLIPSIS),
    )


# ------------------------------------------------------------------------ near-duplicates


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        found: dict[int, list[int]] = defaultdict(list)
        for item in range(len(self.parent)):
            found[self.find(item)].append(item)
        return [g for g in found.values() if len(g) > 1]


def _near_duplicates(profiles: Sequence[_Profile], options: CompareOptions) -> _UnionFind:
    """Articles whose word 5-shingles overlap by ``near_duplicate`` or more, found
    through LSH on their signatures and verified exactly."""
    joined = _UnionFind(len(profiles))
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
    shingles = _Shingles(profiles)
    for first, other in sorted(proposed):
        if joined.find(first) == joined.find(other):
            continue
        if shingles.jaccard(first, other) >= options.near_duplicate:
            joined.join(first, other)
    return joined


class _Shingles:
    """Articles' shingle sets for exact verification, computed again when needed and
    remembered for the most recent ``_KEPT`` articles (a bucket is verified against its
    first member, which is so computed once)."""

    def __init__(self, profiles: Sequence[_Profile]) -> None:
        self.profiles = profiles
        self.kept: OrderedDict[int, set[int]] = OrderedDict()

    def of(self, index: int) -> set[int]:
        found = self.kept.get(index)
        if found is None:
            found = _shingles(text_keys(self.profiles[index].article.text))
            self.kept[index] = found
            if len(self.kept) > _KEPT:
                self.kept.popitem(last=False)
        else:
            self.kept.move_to_end(index)
        return found

    def jaccard(self, a: int, b: int) -> float:
        sa, sb = self.of(a), self.of(b)
        if not sa and not sb:
            return 1.0
        return len(sa & sb) / len(sa | sb)


_KEPT: Final = 1024


# ------------------------------------------------------------------------ stories


def _stories(profiles: Sequence[_Profile], near: _UnionFind, options: CompareOptions) -> _UnionFind:
    joined = _UnionFind(len(profiles))
    for group in near.groups():
        for other in group[1:]:
            joined.join(group[0], other)
    postings: dict[int, list[int]] = defaultdict(list)
    for index, profile in enumerate(profiles):
        for feature in profile.features:
            postings[feature].append(index)
        profile.features = frozenset()  # counted in the postings now
    shared: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    for feature, holders in postings.items():
        if len(holders) < 2 or len(holders) > options.rare:
            continue
        kind = _KINDS[feature >> 32]
        for i, a in enumerate(holders):
            for b in holders[i + 1 :]:
                shared[(a, b)][kind] += 1
    for (a, b), kinds in shared.items():
        if _same_story(profiles[a], profiles[b], kinds, options):
            joined.join(a, b)
    return joined


def _day(value: DateValue) -> dt.date:
    return dt.date(value.year, value.month or 1, value.day or 1)


def _same_story(a: _Profile, b: _Profile, kinds: Counter[str], options: CompareOptions) -> bool:
    if a.date is not None and b.date is not None:
        days = abs((_day(a.date) - _day(b.date)).days)
        if days > options.max_days_apart:
            return False
    if kinds["person"] + kinds["org"] < options.people:
        return False  # the same event is reported with the same people or organisations
    said = kinds["said"] / max(1, min(a.kinds["said"], b.kinds["said"]))
    wrote = kinds["wrote"] / max(1, min(a.kinds["wrote"], b.kinds["wrote"]))
    return (
        (kinds["said"] >= 3 and said >= 0.2)  # the same quotes
        or (kinds["said"] >= 2 and said >= 0.5)  # the same short quotes
        or wrote >= options.phrases  # the same sentences
    )


# ------------------------------------------------------------------------ quote groups

# Two units are one utterance when one holds this share of the other's content words,
_CONTAINED: Final = 0.6
# or, being a speaker's quotes in order in two articles, their keys match this well.
_IN_ORDER: Final = 0.45
_SHORT: Final = 4  # content words of a fragment that must appear as a run in the other


# Comparisons of two wordings are remembered by their keys: a collection repeats its
# quotes (copies, agency stories), and each pair is asked about more than once.
@functools.lru_cache(maxsize=1 << 16)
def _opcodes(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[tuple[str, int, int, int, int], ...]:
    import difflib  # noqa: PLC0415 (imported on first use, not with newsseed)

    return tuple(difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())


@functools.lru_cache(maxsize=1 << 16)
def _matched(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many keys of ``a`` and ``b`` match, in order."""
    import difflib  # noqa: PLC0415 (imported on first use, not with newsseed)

    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks)


def _covers(unit: _Unit, other: _Unit) -> float:
    """The share of ``other``'s words that ``unit`` says in the same order."""
    if unit is other:
        return 0.0
    return _matched(unit.keys, other.keys) / max(1, len(other.keys))


# References within this share of the best coverage are a tie.
_TIE: Final = 0.1


def _similarity(a: _Unit, b: _Unit) -> float:
    """As :meth:`difflib.SequenceMatcher.ratio`: twice the matched keys over all keys."""
    total = len(a.keys) + len(b.keys)
    return 2 * _matched(a.keys, b.keys) / total if total else 1.0


def _contains(a: _Unit, b: _Unit) -> bool:
    """Whether one unit holds the other: most of its content words, or, for a short
    fragment, all its words in a row (``deep and ongoing``)."""
    small, large = (a, b) if len(a.content) <= len(b.content) else (b, a)
    if not small.content:
        return False
    if len(small.content) <= _SHORT:
        keys = [k for k in small.keys if k != ELLIPSIS]
        return len(keys) >= 2 and _run_in(keys, large.keys)
    return len(small.content & large.content) / len(small.content) >= _CONTAINED


def _run_in(needle: Sequence[str], haystack: Sequence[str]) -> bool:
    size = len(needle)
    first = needle[0]
    return any(
        haystack[i] == first and list(haystack[i : i + size]) == list(needle)
        for i in range(len(haystack) - size + 1)
    )


def _compatible(a: _Unit, b: _Unit) -> bool:
    return a.speaker is None or b.speaker is None or a.speaker == b.speaker


def _link_units(units: Sequence[_Unit]) -> _UnionFind:
    joined = _UnionFind(len(units))
    by_article: dict[str, list[int]] = defaultdict(list)
    for index, unit in enumerate(units):
        by_article[unit.article_id].append(index)
    articles = sorted(by_article)
    for i, first in enumerate(articles):
        for second in articles[i + 1 :]:
            _link_pair(units, by_article[first], by_article[second], joined)
    return joined


def _link_pair(
    units: Sequence[_Unit], left: Sequence[int], right: Sequence[int], joined: _UnionFind
) -> None:
    """Join the units of two articles that render one utterance."""
    for a in left:
        for b in right:
            if _compatible(units[a], units[b]) and _contains(units[a], units[b]):
                joined.join(a, b)
    # A speaker's quotes in two articles, in the same order: a rewording keeps little but
    # its shape, so the best order-keeping alignment pairs them (Needleman-Wunsch).
    speakers = {units[a].speaker for a in left} & {units[b].speaker for b in right}
    for speaker in sorted(s for s in speakers if s is not None):
        xs = [a for a in left if units[a].speaker == speaker]
        ys = [b for b in right if units[b].speaker == speaker]
        for a, b in _align(units, xs, ys):
            joined.join(a, b)


def _align(units: Sequence[_Unit], xs: Sequence[int], ys: Sequence[int]) -> list[tuple[int, int]]:
    n, m = len(xs), len(ys)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = _similarity(units[xs[i]], units[ys[j]])
            pair = score[i + 1][j + 1] + s if s >= _IN_ORDER else -1.0
            score[i][j] = max(pair, score[i + 1][j], score[i][j + 1])
    pairs = []
    i = j = 0
    while i < n and j < m:
        s = _similarity(units[xs[i]], units[ys[j]])
        if s >= _IN_ORDER and score[i][j] == score[i + 1][j + 1] + s:
            pairs.append((xs[i], ys[j]))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _groups(profiles: Sequence[_Profile], story: Sequence[int]) -> list[QuoteGroup]:
    units = [unit for index in story for unit in profiles[index].units]
    joined = _link_units(units)
    grouped = [
        [units[i] for i in members]
        for members in joined.groups()
        if len({units[i].article_id for i in members}) > 1
    ]
    # Which articles alter others' wording: measured once, then trusted less as references.
    altered: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    for units_of_group in grouped:
        for member in _measure(units_of_group, _reference(units_of_group, {})):
            counted[member.article_id] += 1
            altered[member.article_id] += member.fidelity == "altered"
    distrust = {a: altered[a] / counted[a] for a in counted}
    found = []
    for units_of_group in grouped:
        reference = _reference(units_of_group, distrust)
        measured = _measure(units_of_group, reference)
        speakers = {u.speaker for u in units_of_group if u.speaker}
        names = [u.quote.speaker for u in units_of_group if u.quote.speaker]
        speaker = Counter(names).most_common(1)[0][0] if len(speakers) == 1 and names else None
        found.append(
            QuoteGroup(
                speaker,
                reference.quote.text,
                reference.article_id,
                tuple(sorted(measured, key=lambda m: (m.article_id, m.quote.span.start))),
            )
        )
    return found


def _reference(members: Sequence[_Unit], distrust: Mapping[str, float]) -> _Unit:
    """The member that holds most of the others' words; among near ties, the one from
    the article that alters others' wording least, then the longest."""
    scored = [(sum(_covers(unit, other) for other in members), unit) for unit in members]
    best = max(score for score, _ in scored)
    close = [unit for score, unit in scored if score >= best * (1 - _TIE)]
    return min(
        close,
        key=lambda u: (
            distrust.get(u.article_id, 0.0),
            -len(u.keys),
            u.article_id,
            u.quote.span.start,
        ),
    )


def _measure(members: Sequence[_Unit], reference: _Unit) -> list[QuoteMember]:
    return [
        QuoteMember(unit.article_id, unit.quote, *_fidelity(unit, reference)) for unit in members
    ]


def _fidelity(unit: _Unit, reference: _Unit) -> tuple[Fidelity, tuple[DiffOp, ...]]:
    """The member's label and diff against the reference (``docs/compare.md``)."""
    if unit is reference:
        return "verbatim", (DiffOp("equal", unit.quote.text, unit.quote.text),)
    ref_keys, keys = reference.keys, unit.keys
    opcodes = list(_opcodes(ref_keys, keys))
    # Words the member quotes beyond the reference's ends are more of the utterance.
    while opcodes and opcodes[0][0] == "insert":
        opcodes.pop(0)
    while opcodes and opcodes[-1][0] == "insert":
        opcodes.pop()
    ops: list[DiffOp] = []
    omitted = changed = varied = False
    for tag, i1, i2, j1, j2 in opcodes:
        ref_text = _text(reference, i1, i2)
        own_text = _text(unit, j1, j2)
        if tag == "equal":
            for same, (a1, a2), (b1, b2) in _runs(reference, unit, i1, i2, j1):
                varied |= not same
                ops.append(
                    DiffOp(
                        "equal" if same else "variant",
                        _text(reference, a1, a2),
                        _text(unit, b1, b2),
                    )
                )
        elif tag == "delete":
            omitted = True
            ops.append(DiffOp("omitted", ref_text, ""))
        elif tag == "insert":
            if ELLIPSIS in ref_keys[max(0, i1 - 1) : i1 + 1]:
                continue  # the reference left these words out, and said so
            if set(keys[j1:j2]) == {ELLIPSIS}:
                omitted = True  # "..." in the member where the reference goes on
                continue
            changed = True
            ops.append(DiffOp("added", "", own_text))
        else:
            changed = True
            ops.append(DiffOp("replaced", ref_text, own_text))
    if changed:
        return "altered", tuple(ops)
    if omitted:
        return "abridged", tuple(ops)
    return ("variant" if varied else "verbatim"), tuple(ops)


def _runs(
    reference: _Unit, unit: _Unit, i1: int, i2: int, j1: int
) -> Iterator[tuple[bool, tuple[int, int], tuple[int, int]]]:
    """Split keys that match into runs written alike and runs written otherwise."""
    run_start = i1
    same_run: bool | None = None
    for i in range(i1, i2):
        j = j1 + (i - i1)
        same = _words(reference, i, i + 1) == _words(unit, j, j + 1)
        if same_run is not None and same != same_run:
            yield same_run, (run_start, i), (j1 + run_start - i1, j)
            run_start = i
        same_run = same
    if same_run is not None:
        yield same_run, (run_start, i2), (j1 + run_start - i1, j1 + i2 - i1)


def _span_words(unit: _Unit, start: int, end: int) -> list[Word]:
    if start >= end:
        return []
    first, last = unit.at[start], unit.at[end - 1]
    return list(unit.words[first : last + 1])


def _words(unit: _Unit, start: int, end: int) -> list[str]:
    return [w.text.replace("’", "'").rstrip(".") for w in _span_words(unit, start, end)]


def _text(unit: _Unit, start: int, end: int) -> str:
    words = _span_words(unit, start, end)
    if not words:
        return ""
    offset = unit.quote.span.start
    return unit.quote.text[words[0].start - offset : words[-1].end - offset]


# ------------------------------------------------------------------------ compare


def compare(articles: Iterable[Article], /, *, options: CompareOptions | None = None) -> Comparison:
    """Compare articles about the same events: stories, near-duplicates, quote groups.

    Articles are told apart by their ``id``; one with no id is known by its position
    (``"0"``, ``"1"``...). The result does not depend on the order of the input.

    >>> import newsseed
    >>> said = ('"We have waited {} years for this ferry, and the islands will have a boat '
    ...         'every hour," Ruiz said.')
    >>> a = newsseed.parse("Ferry deal\\n\\nMayor Ana Ruiz signed the deal with the Harbour "
    ...                    "Board. " + said.format("ten"), id="a")
    >>> b = newsseed.parse("Ferry deal signed\\n\\nThe Harbour Board and Mayor Ana Ruiz "
    ...                    "signed it. " + said.format("twelve"), id="b")
    >>> c = newsseed.compare([a, b])
    >>> c.stories
    (('a', 'b'),)
    >>> [(m.article_id, m.fidelity) for m in c.quote_groups[0].members]
    [('a', 'verbatim'), ('b', 'altered')]
    """
    options = options or CompareOptions()
    given = list(articles)
    ids = [a.id if a.id is not None else str(i) for i, a in enumerate(given)]
    order = sorted(range(len(given)), key=lambda i: ids[i])
    profiles = [_Profile(given[i], ids[i]) for i in order]
    near = _near_duplicates(profiles, options)
    stories = _stories(profiles, near, options)
    groups: list[QuoteGroup] = []
    for story in sorted(stories.groups()):
        groups.extend(_groups(profiles, story))
    groups.sort(key=lambda g: [(m.article_id, m.quote.span.start) for m in g.members])
    return Comparison(
        stories=_ids(profiles, stories.groups()),
        near_duplicates=_ids(profiles, near.groups()),
        quote_groups=tuple(groups),
    )


def _ids(profiles: Sequence[_Profile], groups: Iterable[list[int]]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(tuple(sorted(profiles[i].id for i in group)) for group in groups))


# ------------------------------------------------------------------------ reports


def _count(number: int, names: str) -> str:
    one, many = names.split("|")
    return f"{number} {one if number == 1 else many}"


def _report_lines(comparison: Comparison) -> Iterator[str]:
    yield ", ".join(
        _count(len(items), name)
        for items, name in (
            (comparison.stories, "story|stories"),
            (comparison.near_duplicates, "group of near-duplicates|groups of near-duplicates"),
            (comparison.quote_groups, "quote group|quote groups"),
        )
    )
    for number, story in enumerate(comparison.stories, 1):
        yield f"story {number}: {', '.join(story)}"
    for group in comparison.near_duplicates:
        yield f"near-duplicates: {', '.join(group)}"
    for number, quote_group in enumerate(comparison.quote_groups, 1):
        yield ""
        speaker = quote_group.speaker or "speaker unknown"
        yield f"quote {number} ({speaker}), reference from {quote_group.reference_article}:"
        yield f"  {quote_group.reference}"
        for member in quote_group.members:
            yield f"  {member.fidelity:9} {member.article_id}: {member.quote.text}"
            for op in member.diff:
                if op.op not in ("equal",):
                    yield f"            {op.op}: {op.reference!r} -> {op.member!r}"


_STYLE: Final = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #ccc;
padding: .4rem .6rem; vertical-align: top; text-align: left; }
.fidelity { font-weight: 600; white-space: nowrap; }
.verbatim { color: #216e39; } .variant { color: #1f5fa8; } .abridged { color: #8a6d00; }
.altered { color: #b3261e; }
del { background: #ffd7d5; } ins { background: #ccf2d1; text-decoration: none; }
mark { background: #e7f0ff; }
"""


def _html(comparison: Comparison, title: str) -> str:
    import html  # noqa: PLC0415 (imported on first use, not with newsseed)

    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        "<h2>Stories</h2><ul>",
    ]
    out += [f"<li>{html.escape(', '.join(story))}</li>" for story in comparison.stories]
    out.append("</ul>")
    if comparison.near_duplicates:
        out.append("<h2>Near-duplicates</h2><ul>")
        out += [f"<li>{html.escape(', '.join(g))}</li>" for g in comparison.near_duplicates]
        out.append("</ul>")
    for number, group in enumerate(comparison.quote_groups, 1):
        speaker = html.escape(group.speaker or "speaker unknown")
        out.append(f'<h2 id="quote-{number}">Quote {number}: {speaker}</h2>')
        out.append(
            f"<p>Reference ({html.escape(group.reference_article)}): "
            f"<q>{html.escape(group.reference)}</q></p>"
        )
        out.append("<table><tr><th>article</th><th>fidelity</th><th>as quoted</th></tr>")
        for member in group.members:
            out.append(
                f"<tr><td>{html.escape(member.article_id)}</td>"
                f'<td class="fidelity {member.fidelity}">{member.fidelity}</td>'
                f"<td>{_marked(member)}</td></tr>"
            )
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _marked(member: QuoteMember) -> str:
    """The member's quote as written, its differences from the reference marked."""
    import html  # noqa: PLC0415 (imported on first use, not with newsseed)

    text = member.quote.text
    parts = []
    at = 0
    for op in member.diff:
        found = text.find(op.member, at) if op.member else -1
        if found >= 0:
            parts.append(html.escape(text[at:found]))  # spaces and punctuation between
            at = found + len(op.member)
        own = html.escape(op.member)
        if op.op == "equal":
            parts.append(own)
        elif op.op == "variant":
            parts.append(f'<mark title="{html.escape(op.reference)}">{own}</mark>')
        elif op.op == "omitted":
            space = "" if not parts or parts[-1][-1:].isspace() or not parts[-1] else " "
            parts.append(f"{space}<del>{html.escape(op.reference)}</del> ")
        elif op.op == "added":
            parts.append(f"<ins>{own}</ins>")
        else:
            parts.append(f"<del>{html.escape(op.reference)}</del> <ins>{own}</ins>")
    parts.append(html.escape(text[at:]))
    return "".join(parts)
