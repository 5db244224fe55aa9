"""Quote groups: each group's reference wording, and each member's fidelity to it.

Copies of an article (the same text and quotes) are read once (``_link.Source``): a
group holds each unit once with the ids of all its copies, and the work on it grows
with its distinct wordings, not with its members. A member's fidelity is computed once
for each distinct unit and given to all its copies.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

import attrs

from newsseed._compare._align import opcodes
from newsseed._compare._link import Source, covers, link
from newsseed._compare._records import DiffOp, Fidelity, QuoteGroup, QuoteMember
from newsseed._compare._stories import Profile
from newsseed._compare._units import Unit
from newsseed._wording import ELLIPSIS

__all__ = ("REFERENCES", "groups_of")

# References within this share of the best coverage are a tie.
_TIE: Final = 0.1
#: The distinct wordings of a group that are weighed as its reference, at most: the most
#: quoted (then the longest). Each is weighed against every distinct wording of the
#: group, so the work grows linearly with them; the groups of the 10,000-article
#: benchmark collection have at most 11 (and 42 members).
REFERENCES: Final = 64


@attrs.frozen
class _Member:
    """One article's unit in a group: the unit read from its source's first article."""

    article_id: str
    position: int  # the article's place in the comparison's order
    node: int  # the unit's number through the story's sources
    unit: Unit
    shape: int  # the same for units alike in all a fidelity reads (copies, and quotes alike)


def groups_of(profiles: Sequence[Profile], story: Sequence[int]) -> list[QuoteGroup]:
    """The quote groups of one story (the indices of its articles in ``profiles``)."""
    sources = _sources(profiles, story)
    nodes = [unit for source in sources for unit in source.units]
    source_of = [n for n, source in enumerate(sources) for _ in source.units]
    shapes: dict[tuple[object, ...], int] = {}
    shape = [shapes.setdefault(_shape(unit), len(shapes)) for unit in nodes]
    grouped = []
    for group in link(sources):
        members = [
            _Member(profiles[position].id, position, k, nodes[k], shape[k])
            for k in group
            for position in sources[source_of[k]].positions
        ]
        members.sort(key=lambda m: (m.position, m.node))
        grouped.append(members)
    # Which articles alter others' wording: measured once, then trusted less as references.
    altered: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    scores = [_scores(members) for members in grouped]
    memos: list[_Memo] = [{} for _ in grouped]
    for members, scored, memo in zip(grouped, scores, memos, strict=True):
        reference = _reference(members, scored, {})
        for member in members:
            counted[member.article_id] += 1
            label = _measured(member, reference, memo)[0]
            altered[member.article_id] += label in ("altered", "promoted")
    distrust = {a: altered[a] / counted[a] for a in counted}
    found = []
    for members, scored, memo in zip(grouped, scores, memos, strict=True):
        reference = _reference(members, scored, distrust)
        measured = _measure(members, reference, memo)
        speakers = {m.unit.speaker for m in members if m.unit.speaker}
        names = [m.unit.quote.speaker for m in members if m.unit.quote.speaker]
        speaker = Counter(names).most_common(1)[0][0] if len(speakers) == 1 and names else None
        found.append(
            QuoteGroup(
                speaker,
                reference.unit.quote.text,
                reference.article_id,
                tuple(sorted(measured, key=lambda m: (m.article_id, m.quote.span.start))),
            )
        )
    return found


def _sources(profiles: Sequence[Profile], story: Sequence[int]) -> list[Source]:
    """The story's articles, copies (the same text and quotes) made one source, in the
    order of their first copy; quotes are compared only where texts are the same."""
    found: list[list[int]] = []
    by_text: dict[str, list[list[int]]] = defaultdict(list)
    for index in story:
        article = profiles[index].article
        alike = by_text[article.text]
        for indices in alike:
            if profiles[indices[0]].article.quotes == article.quotes:
                indices.append(index)
                break
        else:
            alike.append([index])
            found.append(alike[-1])
    return [Source(profiles[indices[0]].units, tuple(indices)) for indices in found]


def _scores(members: Sequence[_Member]) -> dict[tuple[str, ...], float]:
    """How much of the other members' words each distinct wording says in the same
    order (summed), for the :data:`REFERENCES` most quoted wordings."""
    counts = Counter(m.unit.keys for m in members)
    first = {m.unit.keys: m.unit for m in reversed(members)}
    weighed = list(counts)
    if len(weighed) > REFERENCES:
        weighed = sorted(weighed, key=lambda keys: (-counts[keys], -len(keys)))[:REFERENCES]
    scores = {}
    for keys in weighed:
        total = 0.0
        for other, count in counts.items():
            times = count - (other == keys)
            if times:
                total += times * covers(first[keys], first[other])
        scores[keys] = total
    return scores


def _reference(
    members: Sequence[_Member],
    scores: Mapping[tuple[str, ...], float],
    distrust: Mapping[str, float],
) -> _Member:
    """The member that holds most of the others' words; among near ties, the one from
    the article that alters others' wording least, then the longest."""
    best = max(scores.values())
    close = [
        m for m in members if m.unit.keys in scores and scores[m.unit.keys] >= best * (1 - _TIE)
    ]
    return min(
        close,
        key=lambda m: (
            distrust.get(m.article_id, 0.0),
            -len(m.unit.keys),
            m.article_id,
            m.unit.quote.span.start,
        ),
    )


# A member's label and diff, by the shapes of its unit and the reference's: the two
# passes over a group mostly pick the same reference, and members quote alike.
_Memo = dict[tuple[int, int], tuple[Fidelity, tuple[DiffOp, ...]]]


def _shape(unit: Unit) -> tuple[object, ...]:
    """All that :func:`_fidelity` reads of a unit."""
    return (unit.quote.text, unit.keys, unit.at, unit.written, unit.starts, unit.ends)


def _measure(members: Sequence[_Member], reference: _Member, memo: _Memo) -> list[QuoteMember]:
    """Each member's fidelity to the reference, computed once for each distinct unit."""
    out = []
    for member in members:
        label, diff = _measured(member, reference, memo)
        out.append(QuoteMember(member.article_id, member.unit.quote, label, diff))
    return out


def _measured(
    member: _Member, reference: _Member, memo: _Memo
) -> tuple[Fidelity, tuple[DiffOp, ...]]:
    """A member's label and diff against the reference (remembered in ``memo``): a
    direct quote of what the reference reports without quotation marks is ``promoted``,
    whatever its words."""
    if member is reference:
        return _fidelity(member.unit, reference.unit, itself=True)
    key = (member.shape, reference.shape)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _fidelity(member.unit, reference.unit, itself=False)
    if member.unit.quote.kind == "direct" and reference.unit.quote.kind == "reported":
        return "promoted", found[1]
    return found


def _fidelity(unit: Unit, reference: Unit, *, itself: bool) -> tuple[Fidelity, tuple[DiffOp, ...]]:
    """The member's label and diff against the reference (``docs/compare.md``);
    ``itself`` when the member is the reference (not a copy of it)."""
    if itself:
        return "verbatim", (DiffOp("equal", unit.quote.text, unit.quote.text),)
    ref_keys, keys = reference.keys, unit.keys
    steps = list(opcodes(ref_keys, keys))
    # Words the member quotes beyond the reference's ends are more of the utterance.
    while steps and steps[0][0] == "insert":
        steps.pop(0)
    while steps and steps[-1][0] == "insert":
        steps.pop()
    ops: list[DiffOp] = []
    omitted = changed = varied = False
    for tag, i1, i2, j1, j2 in steps:
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
    reference: Unit, unit: Unit, i1: int, i2: int, j1: int
) -> Iterator[tuple[bool, tuple[int, int], tuple[int, int]]]:
    """Split keys that match into runs written alike and runs written otherwise."""
    run_start = i1
    same_run: bool | None = None
    ref_written, own_written = reference.written, unit.written
    for i in range(i1, i2):
        j = j1 + (i - i1)
        same = ref_written[i] == own_written[j]
        if same_run is not None and same != same_run:
            yield same_run, (run_start, i), (j1 + run_start - i1, j)
            run_start = i
        same_run = same
    if same_run is not None:
        yield same_run, (run_start, i2), (j1 + run_start - i1, j1 + i2 - i1)


def _text(unit: Unit, start: int, end: int) -> str:
    """The unit's text from its ``start``-th key to the ``end``-th (excluded)."""
    if start >= end:
        return ""
    return unit.quote.text[unit.starts[unit.at[start]] : unit.ends[unit.at[end - 1]]]
