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

Copies of an article in a story are read once, so is a quote's text (``_units.Readings``),
units are linked through indexes (never all against all) and long quotes are diffed in
linear work: ``docs/compare.md`` ("Scale") gives the rules and the caps.

Rules and definitions: ``docs/compare.md``. The modules: ``_records`` (what compare
returns), ``_units`` (quote units), ``_stories`` (near-duplicates and stories),
``_link`` (which units render one utterance), ``_order`` (a speaker's quotes paired in
order), ``_align`` (word-level diffs), ``_groups`` (references and fidelity),
``_report`` (text and HTML), ``_unionfind``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from newsseed._compare._groups import groups_of
from newsseed._compare._records import (
    FIDELITIES,
    CompareOptions,
    Comparison,
    DiffOp,
    Fidelity,
    QuoteGroup,
    QuoteMember,
)
from newsseed._compare._stories import Profile, Shingles, near_duplicates
from newsseed._compare._stories import stories as stories_of
from newsseed._compare._units import Readings
from newsseed._model import Article, Diagnostic

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


def compare(articles: Iterable[Article], /, *, options: CompareOptions | None = None) -> Comparison:
    """Compare articles about the same events: stories, near-duplicates, quote groups.

    Articles are told apart by their ``id``; one with no id is known by its position
    (``"0"``, ``"1"``...). Ids are unique in a comparison: where articles share one, the
    first of them in the order of their content keeps it and the others are known by it
    with ``#2``, ``#3``... added, each with a ``duplicate-id`` diagnostic. The result does
    not depend on the order of the input (except through the positions that name articles
    with no id).

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
    if isinstance(articles, (str, bytes, Article)):
        what = type(articles).__name__
        raise TypeError(f"compare() takes an iterable of Article records, not a {what}")
    given = list(articles)
    for index, item in enumerate(given):
        if not isinstance(item, Article):
            what = type(item).__name__
            raise TypeError(f"compare() takes Article records: item {index} is a {what}")
    ids, notes = unique_ids(given)
    order = sorted(range(len(given)), key=lambda i: ids[i])
    shingles = Shingles()  # the profiles' shingle sets, the last ones kept for the check
    readings = Readings()  # quotes read once (the most recent ones kept)
    profiles = [Profile(given[i], ids[i], shingles=shingles, readings=readings) for i in order]
    near = near_duplicates(profiles, options, shingles)
    stories = stories_of(profiles, near, options)
    groups: list[QuoteGroup] = []
    for story in sorted(stories.groups()):
        groups.extend(groups_of(profiles, story))
    groups.sort(key=lambda g: [(m.article_id, m.quote.span.start) for m in g.members])
    return Comparison(
        stories=_ids(profiles, stories.groups()),
        near_duplicates=_ids(profiles, near.groups()),
        quote_groups=tuple(groups),
        diagnostics=notes,
    )


def unique_ids(articles: Sequence[Article]) -> tuple[list[str], tuple[Diagnostic, ...]]:
    """The id each article is known by in a comparison, and a ``duplicate-id`` note for
    each that is not its own.

    An article is known by its ``id``, or with none by its position. Where several
    articles have the same one, they are ranked by their content (the JSON text of
    ``to_dict()``, keys sorted), whatever their order in the input: the first keeps the
    id, the n-th is known as ``id#n`` (the next number free, where another article has
    that id already).

    >>> import newsseed
    >>> ids, notes = unique_ids([newsseed.parse("Ferry news", id="a"),
    ...                          newsseed.parse("Bakery news", id="a"),
    ...                          newsseed.parse("Bus news", id="a#2")])
    >>> ids
    ['a#3', 'a', 'a#2']
    >>> notes[0].message
    "2 articles have the id 'a': this one is known as 'a#3' here"
    """
    named = [a.id if a.id is not None else str(i) for i, a in enumerate(articles)]
    holders: dict[str, list[int]] = defaultdict(list)
    for index, name in enumerate(named):
        holders[name].append(index)
    taken = set(named)
    notes = []
    for name in sorted(name for name, held in holders.items() if len(held) > 1):
        ranked = sorted(holders[name], key=lambda index: _content(articles[index]))
        number = 1
        for index in ranked[1:]:
            number += 1
            while f"{name}#{number}" in taken:
                number += 1
            named[index] = f"{name}#{number}"
            taken.add(named[index])
            message = (
                f"{len(ranked)} articles have the id {name!r}: "
                f"this one is known as {named[index]!r} here"
            )
            notes.append(Diagnostic("duplicate-id", message, None, name))
    return named, tuple(notes)


def _content(article: Article) -> str:
    import json  # noqa: PLC0415 (imported on first use, not with newsseed)

    return json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)


def _ids(profiles: Sequence[Profile], groups: Iterable[list[int]]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted(tuple(sorted(profiles[i].id for i in group)) for group in groups))
