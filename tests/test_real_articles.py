"""Real articles from ``../shared`` (seeds and corpora), read where they are.

Their text is for evaluation only, so expectations here are derived from each
file's own layout at test time (its headings, its ``Categories:`` line...), or
are facts such as dates and place names; no article text is copied here. The
tests skip, with a reason, where ``../shared`` is absent.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

import newsseed
from newsseed import Article, DateMention, DateValue
from newsseed.normalize import find_dates, spelling_key, to_uk_and_explain, to_us, to_us_and_explain
from newsseed.normalize._grammar import FIND, rule_of
from newsseed.normalize._not_dates import not_a_date

pytestmark = pytest.mark.shared

WORD = regex.compile(r"\w+")


def seed(shared: Path, prefix: str) -> tuple[str, Article]:
    (path,) = sorted((shared / "seeds").glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8"), newsseed.parse_file(path)


def content_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def assert_clean_body(text: str, article: Article) -> None:
    known = set(WORD.findall(text))
    for paragraph in article.paragraphs:
        assert paragraph
        assert paragraph.strip() == paragraph
        assert paragraph != "Advertisement"
        assert not paragraph.startswith("Read also")
        assert not paragraph.endswith("-"), "a word split across a break was left split"
        assert not paragraph[0].islower(), "a paragraph broken mid-sentence was left broken"
        assert set(WORD.findall(paragraph)) <= known
    assert len(set(article.paragraphs)) == len(article.paragraphs)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_bodies_are_clean(shared: Path, prefix: str) -> None:
    text, article = seed(shared, prefix)
    assert article.id is not None
    assert article.id.startswith(prefix)
    assert article.paragraphs
    assert_clean_body(text, article)
    assert "internal-error" not in {d.code for d in article.diagnostics}


def test_seed_with_a_glued_header_field(shared: Path) -> None:
    text, article = seed(shared, "000")
    assert article.published == DateValue(2025, 7, 2)
    assert article.title is None
    first = text.splitlines()[0]
    assert article.paragraphs[0] == first.split(" ", 3)[3].strip()
    assert len(article.paragraphs) == len(content_lines(text))


def test_seed_with_markdown_headings(shared: Path) -> None:
    text, article = seed(shared, "001")
    headings = [line[3:] for line in content_lines(text) if line.startswith("## ")]
    assert (article.source, article.title) == (headings[0], headings[1])
    assert article.published == DateValue(2025, 7, 3)
    (categories,) = [line for line in content_lines(text) if line.startswith("Categories:")]
    assert article.categories == (categories.split(":", 1)[1].strip(),)
    assert article.meta_get("tagline") == content_lines(text)[1]
    assert [d.code for d in article.diagnostics].count("joined-paragraphs") == 2


def test_seed_headline_first_with_furniture_and_a_doubled_lede(shared: Path) -> None:
    text, article = seed(shared, "002")
    lines = content_lines(text)
    assert article.title == lines[0]
    related = [line.split("|", 1)[1].strip() for line in lines if line.startswith("Read also|")]
    assert article.related == tuple(related)
    assert len(related) == 2
    assert lines[1] in article.paragraphs  # the lede, once
    codes = [d.code for d in article.diagnostics]
    assert codes.count("duplicate-paragraph") == 1
    assert codes.count("boilerplate") == lines.count("Advertisement")


def test_seed_with_a_wire_dateline(shared: Path) -> None:
    _, article = seed(shared, "003")
    assert article.published == DateValue(2025, 7, 2)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.country) == ("Washington DC", "US")
    assert article.dateline.date == DateValue(2025, 7, 2)
    assert not article.paragraphs[0].startswith("Washington")


def test_seed_with_one_paragraph_per_line(shared: Path) -> None:
    text, article = seed(shared, "004")
    assert article.title is None
    assert article.paragraphs == tuple(content_lines(text))


def test_seeds_round_trip_through_the_canonical_format(shared: Path) -> None:
    for path in sorted((shared / "seeds").glob("*.txt")):
        article = newsseed.parse_file(path)
        assert newsseed.loads(newsseed.dumps(article)) == article
        assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


# -- corpora ------------------------------------------------------------------


def _title_key(title: str) -> str:
    """PolNeAR's files add a full stop to headlines that its metadata lacks."""
    return regex.sub(r"\.([\"'’”]?)\Z", r"\1", title.strip())


def tar_texts(path: Path, suffix: str = ".txt") -> Iterator[tuple[str, bytes]]:
    with tarfile.open(path) as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(suffix):
                handle = archive.extractfile(member)
                assert handle is not None
                yield member.name, handle.read()


class _Unblanked:
    """How often a text with its blank lines removed (one paragraph a line, as extractors
    write it) reads as it did with them: the same title, the same number of paragraphs."""

    def __init__(self) -> None:
        self.total = self.titles = self.paragraphs = 0

    def add(self, text: str, article: Article) -> None:
        flat = newsseed.parse("\n".join(line for line in text.split("\n") if line.strip()))
        self.total += 1
        self.titles += flat.title == article.title
        self.paragraphs += len(flat.paragraphs) == len(article.paragraphs)

    def check(self, titles: float, paragraphs: float) -> None:
        assert self.titles / self.total >= titles, f"{self.titles} of {self.total} titles"
        message = f"{self.paragraphs} of {self.total} paragraph counts"
        assert self.paragraphs / self.total >= paragraphs, message


def test_bbc_titles(shared: Path) -> None:
    total = right = 0
    unblanked = _Unblanked()
    for _name, data in tar_texts(shared / "corpora" / "bbc-business-sport.tar.gz"):
        article = newsseed.parse_bytes(data)
        text = data.decode("utf-8", "replace")
        first = text.split("\n", 1)[0].strip()
        total += 1
        right += article.title == first
        assert article.paragraphs
        unblanked.add(text, article)
    assert total > 1000
    assert right / total >= 0.995, f"{right} of {total} titles"
    unblanked.check(titles=0.995, paragraphs=0.98)  # 1,021 and 1,016 of 1,021


def test_polnear_titles(shared: Path) -> None:
    archive = shared / "corpora" / "polnear-train-dev.tar.gz"
    texts = dict(tar_texts(archive))
    with tarfile.open(archive) as tar:
        member = next(m for m in tar if m.name.endswith("metadata-train-dev.tsv"))
        handle = tar.extractfile(member)
        assert handle is not None
        rows = list(csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8"), delimiter="\t"))
    by_file = {
        name.rsplit("/", 1)[1][:-4]: data for name, data in texts.items() if "/text/" in name
    }
    right = 0
    unblanked = _Unblanked()
    for row in rows:
        data = by_file[row["filename"]]
        article = newsseed.parse_bytes(data)
        right += _title_key(article.title or "") == _title_key(row["title"])
        unblanked.add(data.decode("utf-8", "replace"), article)
    assert len(rows) > 900
    assert right / len(rows) >= 0.99, f"{right} of {len(rows)} titles"
    unblanked.check(titles=0.99, paragraphs=0.98)  # 921 and 913 of 924


def test_reuters_titles_and_datelines(shared: Path) -> None:
    total = titles = datelines = 0
    unblanked = _Unblanked()
    with gzip.open(
        shared / "corpora" / "reuters21578-train.jsonl.gz", "rt", encoding="utf-8"
    ) as lines:
        for line in lines:
            story = json.loads(line)
            if not story["body"] or not story["title"]:
                continue
            text = f"{story['title']}\n\n{(story['dateline'] or '').strip()} {story['body']}"
            article = newsseed.parse(text)
            total += 1
            titles += article.title == story["title"].strip()
            datelines += article.dateline is not None and bool((story["dateline"] or "").strip())
            if total % 10 == 0:  # a tenth of them: the others cost time and tell no more
                unblanked.add(text, article)
    assert total > 12000
    assert titles / total >= 0.995, f"{titles} of {total} titles"
    assert datelines / total >= 0.97, f"{datelines} of {total} datelines"
    unblanked.check(titles=0.99, paragraphs=0.99)


def _dates_named(article: Article, word: str) -> list[str | None]:
    return [None if m.value is None else str(m.value) for m in article.dates if word in m.text]


def test_seed_dates_are_anchored_on_the_article(shared: Path) -> None:
    _, first = seed(shared, "000")  # published 2025-07-02: the meeting was "on Tuesday"
    assert _dates_named(first, "Tuesday") == ["2025-07-01"]
    _, markdown = seed(shared, "001")  # published a day later, the same Tuesday
    assert markdown.published == DateValue(2025, 7, 3)
    assert _dates_named(markdown, "Tuesday") == ["2025-07-01"]
    _, wire = seed(shared, "003")
    assert _dates_named(wire, "February") == ["2025-02"]
    _, undated = seed(shared, "002")  # no date of its own: relative mentions stay unresolved
    assert undated.published is None
    assert _dates_named(undated, "Tuesday") == [None]


def test_seed_date_mentions_are_spans_of_the_text(shared: Path) -> None:
    for path in sorted((shared / "seeds").glob("*.txt")):
        article = newsseed.parse_file(path)
        for mention in article.dates:
            assert mention.span.of(article.text) == mention.text


BBC_ANCHOR = dt.date(2005, 1, 1)


def test_find_dates_on_real_news_finds_what_the_whole_grammar_finds(shared: Path) -> None:
    """The trigger-word fast path against the grammar run at every position, on BBC text."""
    texts = [
        data.decode("utf-8", "replace")
        for _, data in tar_texts(shared / "corpora" / "bbc-business-sport.tar.gz")
    ][::4]
    total = 0
    for text in texts:
        found = [_date_part(text, m) for m in find_dates(text, anchor=BBC_ANCHOR)]
        # What the grammar finds, less what is no date where it stands; and what
        # find_dates finds, less the years it reads by their shape (normalize/_years.py,
        # and the two digits ending a range): no pattern of the grammar finds those.
        grammar = [
            match.span()
            for match in FIND().finditer(text)
            if not not_a_date(text, match.start(), match.end(), rule_of(match))
        ]
        assert [span for span in found if not _by_shape(text, span)] == grammar
        total += len(found)
    assert total > 500


def _date_part(text: str, mention: DateMention) -> tuple[int, int]:
    """The span of a mention's date, without the time of day written with it."""
    span = mention.span
    if mention.time is None:
        return span.start, span.end
    inside = FIND().search(text, span.start, span.end)
    assert inside is not None, mention
    return inside.span()


def _by_shape(text: str, span: tuple[int, int]) -> bool:
    """A year find_dates read by its shape: digits where no pattern of the grammar starts."""
    start, end = span
    return text[start:end].isdigit() and FIND().match(text, start) is None


# -- spelling -----------------------------------------------------------------

DEFEN_CE = regex.compile(r"(?i)\bdefen[cs]e\b")


def test_seed_spellings_of_defence_share_one_key(shared: Path) -> None:
    found = set()
    keys = set()
    for path in sorted((shared / "seeds").glob("*.txt")):
        for word in DEFEN_CE.findall(path.read_text(encoding="utf-8")):
            found.add(word)
            keys.add(spelling_key(word))
    assert {word.lower() for word in found} == {"defence", "defense"}
    assert len(keys) == 1


def test_seed_in_us_spelling_realizes_and_keeps_co_production(shared: Path) -> None:
    _, article = seed(shared, "003")
    assert "realise" in article.text
    assert "co-production" in article.text
    us = to_us(article.text)
    assert "realize" in us
    assert "realise" not in us
    assert "co-production" in us
    assert len(us.split()) == len(article.text.split())


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_rewrites_leave_names_and_change_only_table_words(shared: Path, prefix: str) -> None:
    _, article = seed(shared, prefix)
    for explain in (to_us_and_explain, to_uk_and_explain):
        out, changes = explain(article.text)
        for change in changes:
            assert change.span.of(article.text) == change.before
            assert not change.before[0].isupper() or change.before.isupper()
        assert len(out) - len(article.text) == sum(len(c.after) - len(c.before) for c in changes)


def test_bbc_in_british_spelling_is_mostly_left_alone(shared: Path) -> None:
    """BBC text is British: to_uk changes few words, and only American or variant ones."""
    words = changed = 0
    for _, data in tar_texts(shared / "corpora" / "bbc-business-sport.tar.gz"):
        text = data.decode("utf-8", "replace")
        _, changes = to_uk_and_explain(text)
        words += len(text.split())
        changed += len(changes)
        for change in changes:
            assert spelling_key(change.before) == spelling_key(change.after)
    assert words > 300_000
    assert changed / words < 0.0005, f"{changed} of {words} words"


# -- quotes -------------------------------------------------------------------

# Each seed's quotes in order: the speaker's family name (None where the article itself
# names no one: "both leaders ... describing it as") and whether the quote is partial.
J, H = "Jaishankar", "Hegseth"
SEED_QUOTES = {
    "000": [(H, False), (H, False), (J, False), (J, False), (J, True), (H, True)],
    "001": [(H, True), (H, False), (J, True), (J, False), (J, False), (H, False), (H, False)],
    "002": [(H, False)] * 3 + [(J, False)] * 3 + [(H, False)] * 4,
    "003": [(J, True), (J, False), (H, False), (H, False)],
    "004": [(J, True), (None, True), (H, True)],
}


@pytest.mark.parametrize("prefix", sorted(SEED_QUOTES))
def test_seed_quotes_and_their_speakers(shared: Path, prefix: str) -> None:
    text, article = seed(shared, prefix)
    found = [
        (None if q.speaker is None else q.speaker.split()[-1], q.partial) for q in article.quotes
    ]
    assert found == SEED_QUOTES[prefix]
    for quote in article.quotes:
        assert quote.span.of(article.text) == quote.text
        assert quote.text in text or quote.text.replace("\n\n", "\n") in text
        assert quote.cue is not None or quote.speaker is not None
    assert "unclosed-quote" not in {d.code for d in article.diagnostics}


# -- comparing articles -------------------------------------------------------

REWORDING_OUTLET = "002"  # the seed that reworded every quote
FRAGMENT = 8  # words in a quoted fragment ("deep and ongoing")


def test_seeds_are_one_story_and_the_rewording_outlet_altered_its_quotes(shared: Path) -> None:
    articles = [seed(shared, prefix)[1] for prefix in sorted(SEED_QUOTES)]
    comparison = newsseed.compare(articles)
    ids = tuple(sorted(a.id or "" for a in articles))
    assert comparison.stories == (ids,)
    assert comparison.near_duplicates == ()
    assert len(comparison.quote_groups) >= 8
    texts = {a.id: a.text for a in articles}
    for group in comparison.quote_groups:
        assert group.speaker is not None
        assert group.speaker.split()[-1] in {J, H}
        for member in group.members:
            assert member.quote.span.of(texts[member.article_id]) == member.quote.text
            prefix = member.article_id[:3]
            if prefix == REWORDING_OUTLET and group.reference_article[:3] != prefix:
                assert member.fidelity == "altered", member.quote.text
            if prefix in {"000", "001", "004"}:
                assert member.fidelity != "altered", member.quote.text
            if member.fidelity == "altered":
                assert any(op.op in {"replaced", "added"} for op in member.diff)
    # every quoted fragment of a seed is joined to a fuller quote from another outlet
    for article in articles:
        for quote in article.quotes:
            if quote.partial and len(quote.text.split()) <= FRAGMENT:
                (group,) = [
                    g
                    for g in comparison.quote_groups
                    if any(m.quote.span == quote.span for m in g.members)
                    or any(m.quote.span.start >= quote.span.start and m.article_id == article.id
                           and m.quote.span.end <= quote.span.end for m in g.members)
                ]  # fmt: skip
                assert any(
                    m.article_id != article.id and len(m.quote.text) > len(quote.text)
                    for m in group.members
                ), quote.text


def test_bbc_stories_hold_its_duplicates_and_nothing_large(shared: Path) -> None:
    articles = [
        newsseed.parse_bytes(data, id=name)
        for name, data in tar_texts(shared / "corpora" / "bbc-business-sport.tar.gz")
    ]
    by_text: dict[str, list[str]] = {}
    for article in articles:
        by_text.setdefault(" ".join(article.text.split()), []).append(article.id or "")
    copies = [sorted(ids) for ids in by_text.values() if len(ids) > 1]
    assert len(copies) >= 20  # the set holds exact copies
    comparison = newsseed.compare(articles)
    near = {i: group for group in comparison.near_duplicates for i in group}
    story = {i: group for group in comparison.stories for i in group}
    for ids in copies:
        assert set(ids) <= set(near[ids[0]]), ids
        assert set(ids) <= set(story[ids[0]]), ids
    # no false merges: an event is reported a few times at most in this set
    assert max(len(s) for s in comparison.stories) <= 4
    assert len(comparison.stories) <= 80


def test_seed_reported_speech_and_the_quote_promoted_from_it(shared: Path) -> None:
    options = newsseed.ParseOptions(find_reported=True)
    paths = sorted((shared / "seeds").glob("*.txt"))
    articles = [newsseed.parse_file(path, options=options) for path in paths]
    reported = {
        ((a.id or "")[:3], q.speaker)
        for a in articles[:2]
        for q in a.quotes
        if q.kind == "reported"
    }
    for prefix in ("000", "001"):  # Hegseth's statements, and Jaishankar's
        assert (prefix, "Pete Hegseth") in reported
        assert any(p == prefix and "Jaishankar" in (who or "") for p, who in reported)
    comparison = newsseed.compare(articles)
    (group,) = [
        g
        for g in comparison.quote_groups
        if any(m.article_id.startswith("002") and "mutually aware" in m.quote.text
               for m in g.members)
    ]  # fmt: skip
    kinds = {(m.article_id[:3], m.quote.kind, m.fidelity) for m in group.members}
    assert any(a == "000" and kind == "reported" for a, kind, _ in kinds)
    assert ("002", "direct", "promoted") in kinds
