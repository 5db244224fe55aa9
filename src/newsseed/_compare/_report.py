"""A comparison for people: a text report and a self-contained HTML page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from newsseed._compare._records import Comparison, QuoteMember

__all__ = ("html_page", "report_lines")


def _count(number: int, names: str) -> str:
    one, many = names.split("|")
    return f"{number} {one if number == 1 else many}"


def report_lines(comparison: Comparison) -> Iterator[str]:
    yield ", ".join(
        _count(len(items), name)
        for items, name in (
            (comparison.stories, "story|stories"),
            (comparison.near_duplicates, "group of near-duplicates|groups of near-duplicates"),
            (comparison.quote_groups, "quote group|quote groups"),
        )
    )
    for diagnostic in comparison.diagnostics:
        yield f"note ({diagnostic.code}): {diagnostic.message}"
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
.altered { color: #b3261e; } .promoted { color: #7b2cbf; }
del { background: #ffd7d5; } ins { background: #ccf2d1; text-decoration: none; }
mark { background: #e7f0ff; }
"""


def html_page(comparison: Comparison, title: str) -> str:
    import html  # noqa: PLC0415 (imported on first use, not with newsseed)

    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    if comparison.diagnostics:
        out.append("<h2>Notes</h2><ul>")
        out += [
            f"<li>{html.escape(d.code)}: {html.escape(d.message)}</li>"
            for d in comparison.diagnostics
        ]
        out.append("</ul>")
    out.append("<h2>Stories</h2><ul>")
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
