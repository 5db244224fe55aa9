"""Quote groups: each group's reference wording, and each member's fidelity to it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

from newsseed._compare._align import opcodes
from newsseed._compare._link import covers, link_units
from newsseed._compare._records import DiffOp, Fidelity, QuoteGroup, QuoteMember
from newsseed._compare._stories import Profile
from newsseed._compare._units import Unit
from newsseed._wording import ELLIPSIS, Word

__all__ = ("groups_of",)

# References within this share of the best coverage are a tie.
_TIE: Final = 0.1


def groups_of(profiles: Sequence[Profile], story: Sequence[int]) -> list[QuoteGroup]:
    units = [unit for index in story for unit in profiles[index].units]
    joined = link_units(units)
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


def _reference(members: Sequence[Unit], distrust: Mapping[str, float]) -> Unit:
    """The member that holds most of the others' words; among near ties, the one from
    the article that alters others' wording least, then the longest."""
    scored = [(sum(covers(unit, other) for other in members), unit) for unit in members]
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


def _measure(members: Sequence[Unit], reference: Unit) -> list[QuoteMember]:
    return [
        QuoteMember(unit.article_id, unit.quote, *_fidelity(unit, reference)) for unit in members
    ]


def _fidelity(unit: Unit, reference: Unit) -> tuple[Fidelity, tuple[DiffOp, ...]]:
    """The member's label and diff against the reference (``docs/compare.md``)."""
    if unit is reference:
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
    for i in range(i1, i2):
        j = j1 + (i - i1)
        same = _words(reference, i, i + 1) == _words(unit, j, j + 1)
        if same_run is not None and same != same_run:
            yield same_run, (run_start, i), (j1 + run_start - i1, j)
            run_start = i
        same_run = same
    if same_run is not None:
        yield same_run, (run_start, i2), (j1 + run_start - i1, j1 + i2 - i1)


def _span_words(unit: Unit, start: int, end: int) -> list[Word]:
    if start >= end:
        return []
    first, last = unit.at[start], unit.at[end - 1]
    return list(unit.words[first : last + 1])


def _words(unit: Unit, start: int, end: int) -> list[str]:
    return [w.text.replace("’", "'").rstrip(".") for w in _span_words(unit, start, end)]


def _text(unit: Unit, start: int, end: int) -> str:
    words = _span_words(unit, start, end)
    if not words:
        return ""
    offset = unit.quote.span.start
    return unit.quote.text[words[0].start - offset : words[-1].end - offset]
