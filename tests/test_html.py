"""HTML pages (issue 20): read through trafilatura where the ``newsseed[html]`` extra is
installed, an ``html`` diagnostic naming the extra where it is not. The pages in
``tests/data/html`` are our own: an article page with JSON-LD, a byline, a time and
boilerplate around it, and one that says what it is in meta tags only.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tarfile
from pathlib import Path

import pytest

import newsseed
import newsseed._html
from newsseed._cli import main

PAGES = Path(__file__).parent / "data" / "html"
HAS_EXTRA = newsseed._html.html_available()
needs_extra = pytest.mark.skipif(
    not HAS_EXTRA, reason="trafilatura is not installed (pip install 'newsseed[html]')"
)


def _codes(article: newsseed.Article) -> list[str]:
    return [d.code for d in article.diagnostics]


@needs_extra
def test_an_article_page_with_json_ld_is_read_with_its_metadata() -> None:
    article = newsseed.parse_file(PAGES / "night-trains.html")
    assert (article.id, article.title, article.authors) == (
        "night-trains", "Night trains return", ("Ana Lima",)
    )  # fmt: skip
    assert (article.url, article.source, article.categories) == (
        "https://example.org/news/night-trains", "Harbour Gazette", ("Transport",)
    )  # fmt: skip
    tz = dt.timezone(dt.timedelta(hours=1))
    assert article.published_at == dt.datetime(2025, 4, 9, 21, 40, tzinfo=tz)
    assert article.paragraphs[0].startswith("Night trains between Portlow and Quenaria")
    assert article.paragraphs[-1].startswith("Tickets go on sale on Friday")
    text = article.text
    for furniture in ("Most read", "Copyright", "Privacy", "Sport", "By Ana Lima"):
        assert furniture not in text, furniture
    assert next((q.text, q.speaker) for q in article.quotes) == (
        "We have waited long enough,", "Rui Roe"
    )  # fmt: skip
    assert dict(article.meta)["description"].startswith("Sleeper services")
    assert "filedate" not in dict(article.meta)  # the day of reading says nothing of it
    assert _codes(article) == ["html-extracted"]


@needs_extra
def test_a_page_with_meta_tags_only_is_read_with_its_metadata() -> None:
    article = newsseed.parse_file(PAGES / "harbour-fees.html")
    assert (article.title, article.authors, article.source, article.language) == (
        "Harbour fees to rise in autumn", ("Rui Roe",), "Quenaria Courier", "en-GB"
    )  # fmt: skip
    assert article.published_at == dt.datetime(2024, 9, 2, 7, 15, tzinfo=dt.timezone.utc)
    assert article.categories == ("Business",)
    assert len(article.paragraphs) == 4
    assert "cookies" not in article.text
    assert "Related stories" not in article.text
    assert {q.speaker for q in article.quotes} >= {"Marta Vale"}
    assert dict(article.meta)["tags"] == "harbour, fees, shipping"


@needs_extra
def test_a_page_giving_a_day_alone_has_no_time() -> None:
    page = (PAGES / "harbour-fees.html").read_text(encoding="utf-8")
    page = page.replace("2024-09-02T07:15:00+00:00", "2024-09-02")
    article = newsseed.parse(page)
    assert (str(article.published), article.published_at) == ("2024-09-02", None)


@needs_extra
def test_a_page_in_another_language_runs_no_finder() -> None:
    page = (
        '<!DOCTYPE html><html lang="de"><head><title>Fähren</title></head><body><article>'
        "<p>Die Fähren fahren wieder, sagte der Hafen am Montag. Es ist eine gute Nachricht "
        "für die Stadt und für alle, die jeden Tag über den Fluss fahren müssen.</p>"
        "</article></body></html>"
    )
    article = newsseed.parse(page)
    assert article.language == "de"
    assert (article.quotes, article.entities, article.dates) == ((), (), ())
    assert "language-not-supported" in _codes(article)


@needs_extra
def test_an_html_fragment_is_read_as_html() -> None:
    article = newsseed.parse(
        "<h2>Night trains return</h2><p>Night trains between Portlow and Quenaria return on "
        'Sunday, the operator said.</p><p>"We are ready," Rui Roe said.</p>'
    )
    assert article.title == "Night trains return"
    assert article.paragraphs == (
        "Night trains between Portlow and Quenaria return on Sunday, the operator said.",
        '"We are ready," Rui Roe said.',
    )
    assert article.quotes[0].speaker == "Rui Roe"


@needs_extra
def test_a_page_with_no_article_text_keeps_the_page_in_a_diagnostic() -> None:
    page = "<!DOCTYPE html><html><head><title>Menu</title></head><body><nav></nav></body></html>"
    article = newsseed.parse(page)
    (diagnostic,) = article.diagnostics
    assert (diagnostic.code, diagnostic.text, article.paragraphs) == ("html", page, ())
    assert "found no article text" in diagnostic.message


@needs_extra
def test_a_failing_extractor_is_a_diagnostic(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(page: str) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(newsseed._html, "_extracted", fail)
    article = newsseed.parse_file(PAGES / "night-trains.html")
    (diagnostic,) = article.diagnostics
    assert diagnostic.code == "html"
    assert "RecursionError" in diagnostic.message


@needs_extra
def test_text_that_merely_looks_like_html_is_not_read_again() -> None:
    # The text taken out of a page opens like a page itself: it is read as prose.
    page = (
        "<!DOCTYPE html><html><body><article><h1>Pages</h1><p>&lt;html&gt;&lt;body&gt; is how "
        "a page opens, the tutorial said on Monday, and every page closes its body.</p>"
        "</article></body></html>"
    )
    article = newsseed.parse(page)
    assert article.title == "Pages"
    assert article.paragraphs[0].startswith("<html><body> is how a page opens")


@needs_extra
def test_folders_archives_and_the_cli_read_html_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "trains.html").write_bytes((PAGES / "night-trains.html").read_bytes())
    (tmp_path / "ferry.txt").write_text("Ferry returns\n\nBoats sail.\n", encoding="utf-8")
    with tarfile.open(tmp_path / "pages.tar", "w") as archive:
        data = (PAGES / "harbour-fees.html").read_bytes()
        member = tarfile.TarInfo("site/fees.htm")
        member.size = len(data)
        archive.addfile(member, io.BytesIO(data))
    read = {a.id: a for a in newsseed.iter_articles(tmp_path)}
    assert sorted(map(str, read)) == ["ferry", "site/fees", "trains"]
    assert read["trains"].title == "Night trains return"
    assert read["site/fees"].source == "Quenaria Courier"
    assert main(["parse", "-f", "jsonl", str(tmp_path / "trains.html")]) == 0
    out, err = capsys.readouterr()
    assert (json.loads(out)["url"], err) == ("https://example.org/news/night-trains", "")


def test_without_the_extra_a_page_is_an_html_diagnostic_naming_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(newsseed._html, "html_available", lambda: False)
    page = (PAGES / "night-trains.html").read_text(encoding="utf-8")
    article = newsseed.parse(page)
    (diagnostic,) = article.diagnostics
    assert (diagnostic.code, article.paragraphs) == ("html", ())
    assert page.startswith(diagnostic.text)
    assert len(diagnostic.text) == 1_000
    assert "newsseed[html]" in diagnostic.message
    (tmp_path / "trains.html").write_text(page, encoding="utf-8")
    assert main(["parse", "-f", "jsonl", str(tmp_path / "trains.html")]) == 0
    _, err = capsys.readouterr()
    assert "warning: trains: the input is an HTML page" in err
    assert "newsseed[html]" in err
