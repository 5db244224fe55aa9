"""The records :func:`newsseed.compare` returns, and its options."""

from __future__ import annotations

from typing import Any, Final, Literal, get_args

import attrs

from newsseed._compare._report import html_page, report_lines
from newsseed._model import Diagnostic, Quote

__all__ = (
    "FIDELITIES",
    "CompareOptions",
    "Comparison",
    "DiffOp",
    "Fidelity",
    "Op",
    "QuoteGroup",
    "QuoteMember",
)

Fidelity = Literal["verbatim", "variant", "abridged", "altered", "promoted"]
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
    """``verbatim``, ``variant``, ``abridged``, ``altered``, or ``promoted``: in quotation
    marks where the reference is reported speech (``docs/compare.md``)."""
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
    """What :func:`compare` found: stories, near-duplicates and quote groups, and notes on
    its input."""

    stories: tuple[tuple[str, ...], ...]
    """Groups of article ids that report the same event (two articles or more)."""
    near_duplicates: tuple[tuple[str, ...], ...]
    """Groups of article ids whose texts are near-duplicates (a stronger relation)."""
    quote_groups: tuple[QuoteGroup, ...]
    """The same utterance across articles, each member with its fidelity."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What compare noticed in its input: ``duplicate-id`` for each article whose id
    another article has too, and which is known by a new one here (``docs/compare.md``)."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "stories": [list(s) for s in self.stories],
            "near_duplicates": [list(d) for d in self.near_duplicates],
            "quote_groups": [g.to_dict() for g in self.quote_groups],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }

    def report(self) -> str:
        """A readable text report: the stories, then each quote group, member by member."""
        return "\n".join(report_lines(self))

    def to_html(self, *, title: str = "newsseed comparison") -> str:
        """A self-contained HTML page: each quote group side by side, changes marked."""
        return html_page(self, title)
