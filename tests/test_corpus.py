"""iter_articles over every source type, and parse_many: order, time budget, pickling."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import pickle
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Literal, cast

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsseed
from newsseed import CorpusOptions, iter_articles, normalize, parse_many
from newsseed._corpus._lines import _record

FERRY = "Ferry returns\n\nBoats sail to Lisbon again, the harbour office said on Monday."
TRAM = "Tram fares rise\n\nFares go up by ten cents, Ana Ruiz said."


def _codes(article: newsseed.Article) -> list[str]:
    return [d.code for d in article.diagnostics]


def _lines(path: Path, records: list[object], *, raw: list[str] = ()) -> None:  # type: ignore[assignment]
    text = "\n".join([*(json.dumps(r) for r in records), *raw]) + "\n"
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(text.encode()))
    else:
        path.write_text(text, encoding="utf-8")


def _tar(path: Path, members: dict[str, bytes], mode: Literal["w", "w:gz"] = "w:gz") -> None:
    with tarfile.open(path, mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def test_text_file(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (article,) = iter_articles(tmp_path / "ferry.txt")
    assert article == newsseed.parse_file(tmp_path / "ferry.txt")
    assert article.id == "ferry"


@pytest.mark.parametrize("name", ["news.jsonl", "news.jsonl.gz"])
def test_json_lines_fields(tmp_path: Path, name: str) -> None:
    records = [
        {"text": "Boats sail again.", "id": 7, "title": "Ferry returns", "date": "July 3, 2025"},
        {"text": "Fares go up."},
    ]
    _lines(tmp_path / name, records)
    first, second = iter_articles(tmp_path / name)
    assert (first.id, first.title, str(first.published)) == ("7", "Ferry returns", "2025-07-03")
    assert first.paragraphs == ("Boats sail again.",)
    assert second.id == "news:2"
    assert second.published is None


def test_json_lines_custom_field(tmp_path: Path) -> None:
    _lines(tmp_path / "a.jsonl", [{"body": FERRY, "guid": "x1"}])
    options = CorpusOptions(text_field="body", id_field="guid")
    (article,) = iter_articles(tmp_path / "a.jsonl", options=options)
    assert (article.id, article.title) == ("x1", "Ferry returns")


def test_bad_records_become_diagnostics_and_the_stream_goes_on(tmp_path: Path) -> None:
    _lines(
        tmp_path / "a.jsonl",
        [{"text": FERRY}, {"txt": "?"}, [1, 2]],
        raw=["{not json", json.dumps({"text": TRAM, "date": "whenever"})],
    )
    articles = list(iter_articles(tmp_path / "a.jsonl"))
    assert [_codes(a) for a in articles] == [
        [],
        ["unreadable-record"],
        ["unreadable-record"],
        ["unreadable-record"],
        ["unreadable-date"],
    ]
    assert articles[3].diagnostics[0].text == "{not json"  # the line is kept, not lost
    assert articles[4].title == "Tram fares rise"


@pytest.mark.parametrize("mode", ["w", "w:gz"])
def test_tar_members_in_archive_order(tmp_path: Path, mode: Literal["w", "w:gz"]) -> None:
    name = "news.tar" if mode == "w" else "news.tar.gz"
    _tar(
        tmp_path / name,
        {"b/tram.txt": TRAM.encode(), "a/ferry.txt": FERRY.encode(), "notes.md": b"skipped"},
        mode,
    )
    articles = list(iter_articles(tmp_path / name))
    assert [(a.id, a.title) for a in articles] == [
        ("b/tram", "Tram fares rise"),
        ("a/ferry", "Ferry returns"),
    ]


def test_corrupt_archive_ends_that_file_with_a_diagnostic(tmp_path: Path) -> None:
    _tar(tmp_path / "good.tar.gz", {"ferry.txt": FERRY.encode()})
    data = (tmp_path / "good.tar.gz").read_bytes()
    (tmp_path / "bad.tar.gz").write_bytes(data[: len(data) // 2])
    (tmp_path / "c.txt").write_text(TRAM, encoding="utf-8")
    bad, tram, ferry = iter_articles(tmp_path)  # sorted: bad.tar.gz, c.txt, good.tar.gz
    assert _codes(bad) == ["unreadable-file"]
    assert "bad.tar.gz" in bad.diagnostics[0].message
    assert (tram.id, ferry.id) == ("c", "ferry")  # the stream went on past the bad file


def test_folder_is_recursive_and_sorted_and_glob(tmp_path: Path) -> None:
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "b.txt").write_text(TRAM, encoding="utf-8")
    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x,y", encoding="utf-8")
    _lines(tmp_path / "m.jsonl", [{"text": TRAM, "id": "m1"}])
    assert [a.id for a in iter_articles(tmp_path)] == ["a", "m1", "b"]
    assert [a.id for a in iter_articles(str(tmp_path / "**" / "*.txt"))] == ["a", "b"]


def test_missing_file_is_a_diagnostic(tmp_path: Path) -> None:
    (article,) = iter_articles(tmp_path / "absent.txt")
    assert _codes(article) == ["unreadable-file"]


def test_parse_many_keeps_order_on_two_workers(tmp_path: Path) -> None:
    texts = [f"Story {i}\n\nBody number {i} of the run." for i in range(40)]
    (tmp_path / "f.txt").write_text(FERRY, encoding="utf-8")
    items: list[str | Path] = [*texts, tmp_path / "f.txt"]
    serial = parse_many(items, workers=1)
    assert [a.title for a in serial] == [*(f"Story {i}" for i in range(40)), "Ferry returns"]
    assert parse_many(items, workers=2) == serial
    assert serial[-1].id == "f"


def _kept_as_paragraphs(article: newsseed.Article, text: str) -> None:
    """The article holds ``text`` unparsed, in paragraphs, and a diagnostic its start."""
    blocks = [block.strip() for block in text.split("\n\n")]
    assert article.paragraphs == tuple(block for block in blocks if block)
    assert article.diagnostics[0].text == text[:1000]
    assert f"the first 1,000 of {len(text):,} characters" in article.diagnostics[0].message


def test_parse_many_time_budget() -> None:
    # A budget too small for any real parse: every document comes back, text kept.
    big = "Ferry returns\n\n" + "Boats sail to Lisbon again, Ana Ruiz said. " * 20_000
    (slow, fast) = parse_many([big, "Tram\n\nUp."], workers=1, timeout=0.001)
    assert _codes(slow) == ["timeout"]
    _kept_as_paragraphs(slow, big)
    assert fast.title == "Tram" or _codes(fast) == ["timeout"]
    (again,) = parse_many([big], workers=1, timeout=None)
    assert again.diagnostics == ()
    assert again.title == "Ferry returns"


def test_parse_many_unreadable_path(tmp_path: Path) -> None:
    (article,) = parse_many([tmp_path / "absent.txt"], workers=1)
    assert _codes(article) == ["unreadable-file"]
    assert article.id == "absent"


def _reachable(value: object) -> Iterator[object]:
    """``value`` and everything its attrs fields, tuples and lists hold, depth first."""
    yield value
    if attrs.has(type(value)):
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(value))):
            yield from _reachable(getattr(value, field.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _reachable(item)


def test_every_public_record_and_error_pickles() -> None:
    text = (
        "Ferry returns to Lisbon\n\nLISBON, July 3, 2025 (Reuters) - "
        '"We sail at noon every day from Monday," Ana Ruiz, the harbour master, said.\n\n'
        "Transport Minister Rui Costa said the Lisbon Port Authority approved the timetable."
        '\n\n"An unclosed quote, she added.'
    )
    article = newsseed.parse(text, id="a")
    other = newsseed.parse(text.replace("every day", "daily"), id="b")
    records: list[object] = [
        article,
        newsseed.compare([article, other]),
        newsseed.ParseOptions(),
        newsseed.CompareOptions(),
        CorpusOptions(),
        normalize.SpellingOptions(),
        normalize.normalize_date_and_explain("July 3, 2025"),
        normalize.parse_name("Dr Ana Ruiz"),
        normalize.to_us_and_explain("The harbour's colour"),
    ]
    with pytest.raises(newsseed.ParseError) as caught:
        newsseed.loads("not a canonical article")
    records.append(caught.value)
    seen = {type(v) for record in records for v in _reachable(record)}
    public = {
        getattr(module, name)
        for module in (newsseed, normalize)
        for name in module.__all__
        if isinstance(getattr(module, name), type)
    }
    assert public - seen == set()  # every public class is among what is pickled here
    for record in records:
        for value in _reachable(record):
            back = pickle.loads(pickle.dumps(value))
            if isinstance(value, BaseException):
                assert (type(back), back.args) == (type(value), value.args)
            else:
                assert back == value


def test_a_document_past_its_budget_does_not_hold_up_the_pool() -> None:
    # About 10 s of parsing against a 1 s budget, among small documents on 2 workers.
    huge = "Ferry returns\n\n" + "Boats sail to Lisbon again, Ana Ruiz said. " * 200_000
    small = [f"Story {i}\n\nBody {i}." for i in range(6)]
    articles = parse_many([small[0], huge, *small[1:]], workers=2, timeout=1.0)
    assert _codes(articles[1]) == ["timeout"]
    _kept_as_paragraphs(articles[1], huge)
    assert [a.title for a in articles[:1] + articles[2:]] == [f"Story {i}" for i in range(6)]


def test_one_worker_parses_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("workers=1 must not start a pool")

    monkeypatch.setattr("concurrent.futures.ProcessPoolExecutor", no_pool)
    assert [a.title for a in parse_many(["A\n\nx.", "B\n\ny."], workers=1)] == ["A", "B"]


def test_iter_articles_takes_a_list_of_sources_and_workers(tmp_path: Path) -> None:
    texts = {f"s{i:02}.txt": f"Story {i}\n\nBody {i}, Ana Ruiz said." for i in range(30)}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    _lines(tmp_path / "w.jsonl", [{"text": TRAM, "id": "t", "date": "2025-07-03"}], raw=["{"])
    _tar(tmp_path / "a.tar", {"x/ferry.txt": FERRY.encode()}, mode="w")
    sources: list[str | Path] = [tmp_path / "w.jsonl", tmp_path / "a.tar", str(tmp_path / "s*.txt")]
    serial = list(iter_articles(sources))
    assert [a.id for a in serial] == ["t", "w:2", "x/ferry", *(f"s{i:02}" for i in range(30))]
    assert list(iter_articles(sources, workers=2)) == serial
    assert list(iter_articles(sources, workers=2, timeout=30.0)) == serial


def test_stopping_early_with_workers_stops_the_pool(tmp_path: Path) -> None:
    _lines(tmp_path / "w.jsonl", [{"text": f"Story {i}\n\nBody {i}."} for i in range(2_000)])
    stream = iter_articles(tmp_path / "w.jsonl", workers=2)
    first = [next(stream).title for _ in range(3)]
    stream.close()  # returns once the pool is shut down: queued batches are cancelled
    assert first == ["Story 0", "Story 1", "Story 2"]


def test_parse_many_takes_raw_bytes() -> None:
    data = "Caf\u00e9 opens\r\n\r\nIt opened.".encode("cp1252")
    (article,) = parse_many([data], workers=1)
    assert article == newsseed.parse_bytes(data, id=None)
    assert article.title == "Caf\u00e9 opens"


def test_iter_articles_time_budget(tmp_path: Path) -> None:
    big = "Ferry returns\n\n" + "Boats sail to Lisbon again, Ana Ruiz said. " * 20_000
    _lines(tmp_path / "w.jsonl", [{"text": big, "id": "big", "title": "Ferry returns"}])
    (article,) = iter_articles(tmp_path / "w.jsonl", timeout=0.001)
    assert (article.id, _codes(article), article.title) == ("big", ["timeout"], "Ferry returns")
    _kept_as_paragraphs(article, big)


@pytest.mark.parametrize(
    ("date", "published", "published_at"),
    [
        ("2021-05-11T09:04:00+02:00", "2021-05-11", "2021-05-11T09:04:00+02:00"),
        ("Tue, 19 Apr 2011 08:15:02 -0400", "2011-04-19", "2011-04-19T08:15:02-04:00"),
        ("26-FEB-1987 15:01:01.79", "1987-02-26", "1987-02-26T15:01:01.790000"),
        ("19.04.2011", "2011-04-19", None),
        ("20110419", "2011-04-19", None),
    ],
)
def test_a_records_date_field_gives_the_moment_where_it_has_a_time(
    tmp_path: Path, date: str, published: str, published_at: str | None
) -> None:
    _lines(tmp_path / "a.jsonl", [{"text": "Boats sail again.", "date": date}])
    (article,) = iter_articles(tmp_path / "a.jsonl")
    assert str(article.published) == published
    moment = article.published_at
    assert (None if moment is None else moment.isoformat()) == published_at
    assert article.diagnostics == ()


def test_an_unreadable_date_field_names_its_text(tmp_path: Path) -> None:
    _lines(tmp_path / "a.jsonl", [{"text": "Boats sail.", "date": "whenever it suits"}])
    (article,) = iter_articles(tmp_path / "a.jsonl")
    (diagnostic,) = article.diagnostics
    assert (diagnostic.code, diagnostic.text) == ("unreadable-date", "whenever it suits")
    assert "'whenever it suits'" in diagnostic.message
    assert (article.published, article.published_at) == (None, None)


# -- records from scrapers (issue 20) ----------------------------------------------------

# Records of our own, shaped as each scraper writes them (every field it writes).
TRAFILATURA_RECORD = {
    "title": "Night trains return", "author": "Ana Lima; Rui Roe", "hostname": "example.org",
    "date": "2031-04-09", "fingerprint": "f00d", "id": None, "license": "CC BY 4.0",
    "comments": "", "raw_text": "Night trains return on Sunday.",
    "text": "Night trains between the two cities return on Sunday, the operator said.",
    "language": "en", "image": "https://example.org/train.jpg", "pagetype": "article",
    "filedate": "2031-04-10", "source": "https://example.org/news/night-trains",
    "source-hostname": "Harbour Gazette", "excerpt": "Sleeper services are back.",
    "categories": "Transport;Local", "tags": "rail;night trains",
}  # fmt: skip
NEWS_PLEASE_RECORD = {
    "authors": ["Ana Lima", "Rui Roe"], "date_download": "2031-04-10 08:00:00",
    "date_modify": None, "date_publish": "2031-04-09 21:40:00",
    "description": "Sleeper services are back.", "filename": "night-trains.json",
    "image_url": "https://example.org/train.jpg", "language": "en", "localpath": None,
    "maintext": "Night trains between the two cities return on Sunday, the operator said.",
    "source_domain": "example.org", "title": "Night trains return",
    "title_page": "Night trains return | Harbour Gazette", "title_rss": None,
    "url": "https://example.org/news/night-trains",
}  # fmt: skip


def test_the_trafilatura_preset_reads_every_field(tmp_path: Path) -> None:
    _lines(tmp_path / "t.jsonl", [TRAFILATURA_RECORD])
    (article,) = iter_articles(tmp_path / "t.jsonl", options=CorpusOptions.preset("trafilatura"))
    assert (article.title, str(article.published)) == ("Night trains return", "2031-04-09")
    assert article.authors == ("Ana Lima", "Rui Roe")
    assert (article.url, article.source, article.language) == (
        "https://example.org/news/night-trains", "Harbour Gazette", "en"
    )  # fmt: skip
    assert article.categories == ("Transport", "Local")
    assert dict(article.meta) == {
        "hostname": "example.org", "fingerprint": "f00d", "license": "CC BY 4.0",
        "raw_text": "Night trains return on Sunday.", "image": "https://example.org/train.jpg",
        "pagetype": "article", "filedate": "2031-04-10",
        "description": "Sleeper services are back.", "tags": "rail, night trains",
    }  # fmt: skip
    assert article.diagnostics == ()


def test_the_news_please_preset_reads_every_field(tmp_path: Path) -> None:
    _lines(tmp_path / "n.jsonl", [NEWS_PLEASE_RECORD])
    (article,) = iter_articles(tmp_path / "n.jsonl", options=CorpusOptions.preset("news-please"))
    assert article.paragraphs[-1].startswith("Night trains between")
    assert article.published_at == dt.datetime(2031, 4, 9, 21, 40)
    assert article.authors == ("Ana Lima", "Rui Roe")
    assert (article.url, article.source, article.language) == (
        "https://example.org/news/night-trains", "example.org", "en"
    )  # fmt: skip
    meta = dict(article.meta)
    assert meta["description"] == "Sleeper services are back."
    assert meta["title_page"] == "Night trains return | Harbour Gazette"
    assert meta["date_download"] == "2031-04-10 08:00:00"
    assert "date_modify" not in meta  # null: nothing to keep


# ninjs 1.x and 2.x records of our own (3.x is what to_ninjs writes: read back below).
NINJS_1_RECORD = {
    "uri": "https://example.org/news/night-trains", "type": "text", "version": "2",
    "headline": "Night trains return", "byline": "Ana Lima and Rui Roe",
    "body_text": "Night trains between the two cities return on Sunday, the operator said.",
    "body_html": "<p>Night trains between the two cities return on Sunday.</p>",
    "firstcreated": "2031-04-09T21:40:00Z", "versioncreated": "2031-04-10T08:00:00Z",
    "language": "en", "description_text": "Sleeper services are back.",
    "subject": [{"name": "Transport", "code": "20000"}], "keywords": ["rail", "night trains"],
    "located": "Portlow", "urgency": 3,
}  # fmt: skip
NINJS_2_RECORD = {
    "uri": "urn:example:night-trains", "type": "text",
    "headlines": [{"role": "sub", "value": "Sleepers are back"},
                  {"role": "main", "value": "Night trains return"}],
    "bodies": [{"role": "main", "contenttype": "text/html", "value": "<p>Trains.</p>"},
               {"role": "main", "contenttype": "text/plain",
                "value": "Night trains between the two cities return on Sunday."}],
    "by": "Ana Lima; Rui Roe", "firstcreated": "2031-04-09", "language": "en-GB",
    "descriptions": [{"role": "summary", "value": "Sleeper services are back."}],
    "subjects": [{"name": "Transport"}, {"name": "Local"}],
    "infosources": [{"name": "Harbour Gazette", "role": "publisher"}],
}  # fmt: skip


def test_the_ninjs_preset_reads_a_ninjs_1_record(tmp_path: Path) -> None:
    _lines(tmp_path / "n.jsonl", [NINJS_1_RECORD])
    (article,) = iter_articles(tmp_path / "n.jsonl", options=CorpusOptions.preset("ninjs"))
    assert (article.id, article.title) == (
        "https://example.org/news/night-trains", "Night trains return"
    )  # fmt: skip
    assert article.paragraphs[-1].startswith("Night trains between the two cities")
    assert article.published_at == dt.datetime(2031, 4, 9, 21, 40, tzinfo=dt.timezone.utc)
    assert (article.authors, article.url, article.language, article.categories) == (
        ("Ana Lima", "Rui Roe"), "https://example.org/news/night-trains", "en", ("Transport",)
    )  # fmt: skip
    assert dict(article.meta) == {
        "updated": "2031-04-10T08:00:00Z", "description": "Sleeper services are back.",
        "tags": "rail, night trains", "type": "text", "version": "2",
        "body_html": "<p>Night trains between the two cities return on Sunday.</p>",
        "located": "Portlow", "urgency": "3",
    }  # fmt: skip
    assert article.diagnostics == ()


def test_the_ninjs_preset_takes_the_main_plain_text_item_of_a_list(tmp_path: Path) -> None:
    _lines(tmp_path / "n.jsonl", [NINJS_2_RECORD])
    (article,) = iter_articles(tmp_path / "n.jsonl", options=CorpusOptions.preset("ninjs"))
    assert article.title == "Night trains return"
    assert article.paragraphs[-1] == "Night trains between the two cities return on Sunday."
    assert (article.id, article.url, article.source) == (
        "urn:example:night-trains", None, "Harbour Gazette"
    )  # fmt: skip
    assert (article.authors, article.categories, article.language) == (
        ("Ana Lima", "Rui Roe"), ("Transport", "Local"), "en-GB"
    )  # fmt: skip
    assert str(article.published) == "2031-04-09"
    meta = dict(article.meta)
    assert meta["description"] == "Sleeper services are back."
    assert json.loads(meta["headlines"]) == [{"role": "sub", "value": "Sleepers are back"}]
    assert json.loads(meta["bodies"])[0]["value"] == "<p>Trains.</p>"  # nothing dropped
    assert article.diagnostics == ()


def test_what_to_ninjs_writes_the_ninjs_preset_reads_back(tmp_path: Path) -> None:
    text = 'Ferry returns\n\nBy Ana Lima\n\n"We sail at noon," Rui Roe said on 3 May 2031.'
    written = attrs.evolve(
        newsseed.parse(text, id="ferry"),
        url="https://example.org/f", language="en", source="Harbour Gazette",
        categories=("Transport",), published_at=dt.datetime(2031, 5, 2, 9, 30),
    )  # fmt: skip
    _lines(tmp_path / "n.jsonl", [newsseed.to_ninjs(written)])
    (read,) = iter_articles(tmp_path / "n.jsonl", options=CorpusOptions.preset("ninjs"))
    for name in ("id", "title", "paragraphs", "authors", "url", "language", "source",
                 "categories", "published_at", "quotes"):  # fmt: skip
        assert getattr(read, name) == getattr(written, name), name


_NINJS_KEYS = st.sampled_from(
    ["uri", "headlines", "Bodies", "body_text", "by", "bylines", "firstCreated", "subjects",
     "infoSources", "altIds", "keywords", "descriptions", "language", "text", "value"]
)  # fmt: skip
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_NINJS_KEYS, inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(_NINJS_KEYS, _JSON, max_size=6))
def test_any_ninjs_shaped_object_gives_one_article_and_raises_nothing(
    record: dict[str, object],
) -> None:
    read = _record(json.dumps(record).encode(), 1, "n:1", CorpusOptions.preset("ninjs"))
    if isinstance(read, newsseed.Article):  # no text: a record saying why
        assert [d.code for d in read.diagnostics] == ["unreadable-record"]
    else:
        assert isinstance(read.data, str)


def test_an_unknown_record_format_is_refused() -> None:
    with pytest.raises(ValueError, match="record_format"):
        CorpusOptions(record_format="xml")  # type: ignore[arg-type]


def test_every_field_of_a_record_is_kept(tmp_path: Path) -> None:
    record = {
        "text": "Boats sail.", "url": "https://example.org/b", "language": "en_GB",
        "authors": "Ana Lima and Rui Roe", "categories": ["Transport"], "Odd Key!": [1, {"a": 2}],
        "language-name": "English", "tags": ["ferry", "port"], "rank": 3, "live": True,
    }  # fmt: skip
    _lines(tmp_path / "r.jsonl", [record])
    (article,) = iter_articles(tmp_path / "r.jsonl")
    assert (article.url, article.language, article.authors, article.categories) == (
        "https://example.org/b", "en-GB", ("Ana Lima", "Rui Roe"), ("Transport",)
    )  # fmt: skip
    assert dict(article.meta) == {
        "odd-key": '[1,{"a":2}]', "language-name": "English", "tags": "ferry, port",
        "rank": "3", "live": "true",
    }  # fmt: skip


def test_a_field_meta_cannot_hold_is_kept_in_a_diagnostic(tmp_path: Path) -> None:
    _lines(tmp_path / "r.jsonl", [{"text": "Boats sail.", "!!!": "x", "Tags": "a", "tags": "b"}])
    (article,) = iter_articles(tmp_path / "r.jsonl")
    assert dict(article.meta) == {"tags": "a"}  # the first of two keys that fold the same
    assert sorted(d.text for d in article.diagnostics if d.code == "record-field") == [
        "!!!: x",
        "tags: b",
    ]


def test_a_bad_language_stays_in_meta_and_the_records_fields_beat_the_texts(
    tmp_path: Path,
) -> None:
    text = "Ferry returns\n\nBy Tomas Roe\n\nURL: https://example.org/old\n\nBoats sail."
    _lines(
        tmp_path / "r.jsonl",
        [{"text": text, "language": "English", "url": "https://example.org/new"}],
    )
    (article,) = iter_articles(tmp_path / "r.jsonl")
    assert article.url == "https://example.org/new"
    assert article.authors == ("Tomas Roe",)  # the record gives none: the text's kept
    assert dict(article.meta)["language"] == "English"
    assert article.language is None


def test_an_unknown_preset_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown preset 'scrapy': expected one of trafilatura"):
        CorpusOptions.preset("scrapy")


def test_a_records_other_language_drops_what_the_finders_found(tmp_path: Path) -> None:
    text = 'Ferry returns\n\n"We sail," Ana Lima said on Monday in Lisbon.'
    _lines(tmp_path / "r.jsonl", [{"text": text, "language": "pt-BR"}])
    (article,) = iter_articles(tmp_path / "r.jsonl")
    assert article.language == "pt-BR"
    assert (article.quotes, article.entities, article.dates) == ((), (), ())
    assert [d.code for d in article.diagnostics] == ["language-not-supported"]
