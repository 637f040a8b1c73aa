"""One page to one article: decoding, extraction, attribution, fingerprint (crawl, preview, CLI)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from aggregator.models import MESSAGE_FIELDS, Article, FeedEntry

if TYPE_CHECKING:
    from aggregator.extract.extractor import Extracted

# extraction (trafilatura, lxml), attribution (its compiled patterns) and minhash are
# imported where they are used: the crawl process and most commands import this module
# but never run them, and their imports cost ~0.3 s of every start.


def fill(article: Article, extracted: Extracted) -> Article:
    """``article`` with the extracted text and metadata; the page itself is dropped."""
    return dataclasses.replace(
        article,
        text=extracted.text,
        title=extracted.title,
        authors=list(extracted.authors),
        published=extracted.published,
        modified=extracted.modified,
        language=extracted.language,
        canonical_url=extracted.canonical_url,
        top_image=extracted.top_image,
        tags=list(extracted.tags),
        # Only fields the message carries: the extractor also tracks some it keeps to itself.
        provenance={k: v for k, v in extracted.provenance.items() if k in MESSAGE_FIELDS},
        meta=dict(extracted.meta),
        jsonld=extracted.jsonld,
        captions=extracted.captions,
        side_lines=extracted.side_lines,
        source_links=extracted.source_links,
        access=extracted.access,
        body=b"",
        html="",
    )


def credit(article: Article, publishers_file: Path | None = None) -> Article:
    """``article`` with its attribution recorded and the credit lines out of its text.

    ``publishers_file`` is the operator's publisher table, merged over the bundled one.
    """
    from aggregator.attribution.attribute import attribute

    text, attribution = attribute(
        article.text,
        url=article.url,
        meta=article.meta,
        jsonld=article.jsonld,
        captions=article.captions,
        side_lines=article.side_lines,
        source_links=article.source_links,
        entry=article.feed_entry,
        site_name=article.meta.get("og:site_name"),
        source_name=article.source,
        publishers_file=publishers_file,
    )
    return dataclasses.replace(article, text=text, attribution=attribution)


def process(
    article: Article,
    *,
    attribution: bool = True,
    publishers_file: Path | None = None,
    fingerprinted: bool = True,
    fast: bool = False,
) -> Article:
    """The one way a fetched page becomes an article (the crawl's workers, the ``sources add``
    preview, ``aggregator extract``), in one call so a worker process does it in one hop:
    decode ``article.body`` by its ``content_type`` (or take ``article.html`` when the page
    is text already), extract (``fast``: see ``extract``), credit (``attribution``, with the
    operator's ``publishers_file`` over the bundled table), then dedup's fingerprint of the
    cleaned text (``fingerprinted``).

    The article comes back without its page, and without the markup only attribution reads
    (JSON-LD, captions, side lines). Raises ExtractionFailed (NotHtml, BotWall, ...) when the
    page holds no article.
    """
    from aggregator.dedup.minhash import fingerprint
    from aggregator.extract.decoding import decode_html
    from aggregator.extract.extractor import extract

    html = decode_html(article.body, article.content_type) if article.body else article.html
    article = fill(article, extract(html, article.url, article.feed_entry, fast=fast))
    if attribution:
        article = credit(article, publishers_file)
    if fingerprinted:
        article.fingerprint = fingerprint(article.text)
    article.jsonld, article.captions, article.side_lines = (), (), ()
    article.source_links = ()
    return article


def process_page(
    html: str, url: str, entry: FeedEntry | None = None, publishers_file: Path | None = None
) -> Article:
    """``process`` for a page already decoded, without the fingerprint (library callers)."""
    page = Article(url=url, feed_entry=entry, html=html)
    return process(page, publishers_file=publishers_file, fingerprinted=False)
