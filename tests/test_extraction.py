"""Extraction: golden pages, typed failures, decoding, and the seed blog post."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from trafilatura.utils import load_html

from aggregator.errors import (
    BotWall,
    EmptyText,
    ExtractionFailed,
    NotAnArticle,
    NotHtml,
    Paywall,
)
from aggregator.extract.boilerplate import strip_boilerplate
from aggregator.extract.dates import iso8601
from aggregator.extract.extractor import extract, extract_bytes
from aggregator.extract.linkshare import link_text_share
from aggregator.models import FeedEntry
from tests.conftest import require_shared

GOLDEN = Path(__file__).parent / "golden" / "extraction"
PAGES = sorted(p.stem for p in GOLDEN.glob("*.html"))


def outcome(html: str, url: str) -> dict[str, Any]:
    """What the extractor makes of a page, as the golden JSON stores it."""
    try:
        result = dataclasses.asdict(extract(html, url))
    except ExtractionFailed as error:
        return {"error": error.reason}
    return json.loads(json.dumps(result))


@pytest.mark.parametrize("name", PAGES)
def test_golden_page(name: str) -> None:
    html = (GOLDEN / f"{name}.html").read_text(encoding="utf-8")
    got = outcome(html, f"https://example.test/{name}")
    expected_path = GOLDEN / f"{name}.json"
    # A test run never writes its own expectation: a new page would pass on its first run.
    if not expected_path.exists():
        pytest.fail(f"no {expected_path.name}: run `make golden` and review the diff", False)
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


def test_seed_like_blog_keeps_story_and_drops_widgets() -> None:
    html = (GOLDEN / "seed_like_blog.html").read_text(encoding="utf-8")
    text = extract(html).text
    assert "The harbour council has refuted a recent claim" in text
    assert "regional work in keeping the coast stable" in text
    assert "(Courtesy: Harbour Times)" in text  # credit lines are attribution's to remove
    for widget in ("Post a Comment", "0 Comments", "Share this", "Popular Posts", "Publish"):
        assert widget not in text


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("bot_wall_cloudflare", BotWall),
        ("bot_wall_access_denied", BotWall),
        ("bot_wall_captcha", BotWall),
        ("index_page", NotAnArticle),
        ("video_page", NotAnArticle),
        ("story_archive", NotAnArticle),  # 80 dated links on a page that says it is an article
    ],
)
def test_typed_failure(name: str, error: type[ExtractionFailed]) -> None:
    html = (GOLDEN / f"{name}.html").read_text(encoding="utf-8")
    with pytest.raises(error) as raised:
        extract(html, "https://example.test/page")
    assert "\n" not in str(raised.value) and str(raised.value)


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        (
            "article_link_in_every_paragraph",
            "By mid-morning the river delta had become the focus of the day",
            "the public meeting on Thursday evening",
        ),
        (
            "roundup_post",
            "Why the river delta matters more than it seems (The Harbour Times)",
            "Why the bridge repair matters more than it seems (The Hill Register)",
        ),
    ],
)
def test_long_texts_with_many_links_stay_articles(name: str, first: str, last: str) -> None:
    """A link in every paragraph, or a roundup of linked headlines with a comment each, is
    still an article: only text that is mostly link text is a list of links."""
    html = (GOLDEN / f"{name}.html").read_text(encoding="utf-8")
    text = extract(html, "https://example.test/page").text
    assert text.count("\n") >= 10
    assert first in text and last in text
    assert link_text_share(text, load_html(html)) >= 0.1  # the links are there, and kept


def test_link_text_share_counts_what_extraction_kept() -> None:
    page = "<html><body><ul>{}</ul><p>Some words, <a href='/a'>one link</a>.</p></body></html>"
    tree = load_html(page.format("<li><a href='/x'>a link</a></li>" * 3))
    assert link_text_share("- a link\n- a link\n- a link", tree) == 1.0
    assert link_text_share("Some words, one link.", tree) == len("one link") / 21
    assert link_text_share("A line the page does not hold.", tree) == 0.0
    assert link_text_share("", tree) == 0.0


def test_a_paywall_with_no_teaser_is_a_paywall_not_an_empty_page() -> None:
    # The golden teaser page without its one free paragraph: only the prompt is left.
    html = (GOLDEN / "paywall_teaser.html").read_text(encoding="utf-8")
    html = re.sub(r"<p>For months.*?</p>", "", html, flags=re.DOTALL)
    with pytest.raises(Paywall) as raised:
        extract(html, "https://example.test/paid")
    assert raised.value.reason == "paywall"


def test_empty_page_is_empty_text() -> None:
    with pytest.raises(EmptyText):
        extract("<html><head><title>Hi</title></head><body><p>Hello.</p></body></html>")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
        (b'{"items": [1, 2, 3]}', "application/json"),
        (b"%PDF-1.4 served with the wrong type", "text/html"),
        (b"just some plain words, no markup at all", "text/plain"),
    ],
)
def test_non_html_is_not_html(body: bytes, content_type: str) -> None:
    with pytest.raises(NotHtml):
        extract_bytes(body, "https://example.test/file", content_type)


def test_extract_bytes_decodes_declared_and_meta_charsets() -> None:
    html = (GOLDEN / "news_jsonld.html").read_text(encoding="utf-8")
    html = html.replace("Train drivers", "Zürich\u2019s train drivers")
    declared = extract_bytes(html.encode("cp1252"), None, "text/html; charset=windows-1252")
    in_meta = extract_bytes(
        html.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"), None, None
    )
    assert "Zürich\u2019s train drivers" in declared.text
    assert "Zürich\u2019s train drivers" in in_meta.text


def test_jsonld_beats_meta_and_organisations_are_not_authors() -> None:
    got = extract((GOLDEN / "news_jsonld.html").read_text(encoding="utf-8"))
    assert got.authors == ("Jane Holloway",)
    assert got.published == "2024-03-01T08:30:00+00:00"
    assert got.modified == "2024-03-01T10:05:00+00:00"
    assert got.provenance["published"] == "jsonld"
    assert got.meta["canonical"] == "https://courier.example/news/rail-strike-ends"
    assert any(obj.get("@type") == "NewsArticle" for obj in got.jsonld)
    assert "newsletter" not in got.text and "Read more" not in got.text


def test_feed_entry_fills_what_the_page_lacks() -> None:
    html = (GOLDEN / "seed_like_blog.html").read_text(encoding="utf-8")
    html = html.replace('<meta property="article:published_time"', '<meta name="x"')
    entry = FeedEntry(
        url="https://valley-dispatch.example/p",
        published="Sun, 04 Jun 2023 04:15:00 GMT",
        authors=("Amina Rahimi",),
        summary="Council rejects claim.",
    )
    got = extract(html, entry.url, entry)
    assert got.published == "2023-06-04T04:15:00+00:00"
    assert got.provenance["published"] == "feed"
    assert got.authors == ("Amina Rahimi",)
    assert got.provenance["authors"] == "feed"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-01T08:30:00Z", "2024-03-01T08:30:00+00:00"),
        ("Fri, 01 Mar 2024 08:30:00 +0100", "2024-03-01T08:30:00+01:00"),
        ("2024-03-01", "2024-03-01"),
        ("yesterday", None),
    ],
)
def test_dates_are_iso8601(value: str, expected: str | None) -> None:
    assert iso8601(value) == expected


def test_boilerplate_lines_go_and_story_lines_stay() -> None:
    text = "Headline\nThe story begins here.\nShare this\nRead more: Other story\n3 Comments"
    assert strip_boilerplate(text, ("Headline",)) == "The story begins here."


def test_seed_post_from_shared_data() -> None:
    seed = require_shared("seed", "000_11207e85c5729a99.txt")
    lines = seed.read_text(encoding="utf-8").split("\n")
    story = [line.strip() for line in lines[1:] if line.strip()]
    widget = story[-2:]
    paragraphs = "".join(f"<p>{line}</p>\n" for line in story[1:-2])
    template = (GOLDEN / "seed_like_blog.html").read_text(encoding="utf-8")
    start, end = template.index('<div class="post-body'), template.index('<div class="share-bar')
    html = template[:start] + f'<div class="post-body">{paragraphs}</div>\n' + template[end:]
    html = html.replace("Post a Comment", widget[0]).replace("0 Comments", widget[1])
    text = extract(html).text
    assert "The Taliban has refuted a recent claim" in text
    assert "(Courtesy: Al-Jazeera)" in text
    assert "Post a Comment" not in text and "0 Comments" not in text


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_served_as_html_are_not_html(seed: int) -> None:
    """Random bytes decode, in some charset, to text trafilatura may keep: junk articles."""
    import random

    from aggregator.errors import NotHtml

    with pytest.raises(NotHtml, match="binary"):
        extract_bytes(random.Random(seed).randbytes(64 * 1024), "https://x.example/a.html",
                      content_type="text/html")  # fmt: skip


def test_text_with_control_looking_bytes_is_still_html() -> None:
    """UTF-16 (quotes and dashes are 0x1C 0x20, 0x13 0x20) and ISO-2022-JP (ESC) are text."""
    page = "<html><body><article><p>{}</p></article></body></html>"
    for body, charset in (
        (page.format("Grüße \u2013 \u201cquotes\u201d " * 40).encode("utf-16"), "utf-16"),
        (page.format("日本語のテキストです。" * 40).encode("iso2022_jp"), "iso-2022-jp"),
    ):
        article = extract_bytes(body, "https://x.example/a.html",
                                content_type=f"text/html; charset={charset}")  # fmt: skip
        assert article.text.startswith(("Grüße", "日本語"))
