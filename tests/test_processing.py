"""The worker's one hop per page (``process``) and the reactor-side meta-refresh check."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from aggregator.dedup.minhash import fingerprint
from aggregator.errors import NotHtml
from aggregator.models import Article
from aggregator.processing import process
from aggregator_scrapy.middlewares.metarefresh import MetaRefreshMiddleware
from tests.sites import article_html

DEMO = Path(__file__).resolve().parent.parent / "aggregator" / "demo" / "site"
SEED_COPY = DEMO / "blog" / "2026" / "03" / "taliban-government-denies-iranian-claim.html"
URL = "https://valleynotes.example/2026/03/taliban.html"


def _fetched() -> Article:
    return Article(url=URL, source="notes", body=SEED_COPY.read_bytes(), content_type="text/html")


def test_one_hop_extracts_credits_and_fingerprints_the_cleaned_text() -> None:
    article = process(_fetched())
    assert "Balkhi" in article.text and "Courtesy" not in article.text
    assert article.attribution.original_publisher == "The Gulf Ledger"
    assert article.fingerprint == fingerprint(article.text)
    assert article.fingerprint is not None and article.fingerprint.comparable
    # The page does not travel back from the worker.
    assert article.body == b"" and article.html == ""
    assert "fingerprint" not in article.to_message()


def test_attribution_and_fingerprint_can_be_left_out() -> None:
    article = process(_fetched(), attribution=False, fingerprinted=False)
    assert "(Courtesy: The Gulf Ledger)" in article.text
    assert article.attribution.original_publisher is None
    assert article.fingerprint is None


def test_provenance_names_only_fields_the_message_carries() -> None:
    jsonld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour",'
        ' "publisher": {"@type": "Organization", "name": "The Courier"},'
        ' "description": "A summary", "datePublished": "2026-03-01T08:00:00Z"}</script>'
    )
    page = article_html("Harbour plan approved").replace("</head>", jsonld + "</head>")
    article = process(Article(url=URL, html=page))
    assert article.provenance["title"] == "jsonld" and article.provenance["published"] == "jsonld"
    assert set(article.provenance) <= set(article.to_message())  # no publisher, no summary


def test_a_page_that_is_not_html_fails_typed() -> None:
    fetched = Article(url=URL, body=b"%PDF-1.7\n...", content_type="application/pdf")
    with pytest.raises(NotHtml):
        process(fetched)


REFRESH = b'<html><head><meta http-equiv="Refresh" content="0; url=/moved"></head></html>'


def _through_middleware(body: bytes, encoding: str | None = None) -> Request | HtmlResponse:
    middleware = MetaRefreshMiddleware.from_crawler(get_crawler())
    request = Request("https://news.example/a")
    response = HtmlResponse(request.url, body=body, encoding=encoding, request=request)
    return middleware.process_response(request, response)  # type: ignore[return-value]


def test_meta_refresh_still_redirects() -> None:
    result = _through_middleware(REFRESH)
    assert isinstance(result, Request) and result.url == "https://news.example/moved"


def test_meta_refresh_in_utf16_still_redirects() -> None:
    body = REFRESH.decode().encode("utf-16")
    result = _through_middleware(body, encoding="utf-16")
    # (Scrapy's own decoding leaves the BOM in the query: its behaviour, kept as it is.)
    assert isinstance(result, Request) and result.url.startswith("https://news.example/moved")


def test_a_page_without_refresh_in_its_head_passes_undecoded() -> None:
    head = b"<html><head><title>Story</title></head><body>"
    body = head + b"<p>" + b"x" * 20_000 + b"</p><p>refresh</p></body></html>"
    result = _through_middleware(body)
    assert isinstance(result, HtmlResponse) and result.body == body
    # Scrapy caches the decoded text on the response: it was never asked for.
    assert getattr(result, "_cached_ubody", None) is None


def test_fast_extraction_still_finds_the_story() -> None:
    article = process(_fetched(), fast=True)
    assert "Balkhi" in article.text and "Badakhshan" in article.text
    assert article.attribution.original_publisher == "The Gulf Ledger"


def test_the_pipeline_takes_its_options_from_the_settings() -> None:
    from aggregator_scrapy.pipelines.processing import ProcessingPipeline
    from aggregator_scrapy.settings import base

    settings = {name: getattr(base, name) for name in dir(base) if name.isupper()} | {
        "EXTRACTION_FAST": True,
        "ATTRIBUTION_ENABLED": False,
        "DEDUP_ENABLED": False,
    }
    pipeline = ProcessingPipeline.from_crawler(get_crawler(settings_dict=settings))
    assert pipeline.work.keywords == {
        "attribution": False,
        "publishers_file": base.ATTRIBUTION_PUBLISHERS_FILE,
        "fingerprinted": False,
        "fast": True,
    }
