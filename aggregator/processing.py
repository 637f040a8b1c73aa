"""One page to one article: extraction, then attribution (shared by the CLI and pipelines)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from aggregator.models import Article, FeedEntry

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
        provenance=dict(extracted.provenance),
        meta=dict(extracted.meta),
        jsonld=extracted.jsonld,
        captions=extracted.captions,
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
        entry=article.feed_entry,
        site_name=article.meta.get("og:site_name"),
        source_name=article.source,
        publishers_file=publishers_file,
    )
    return dataclasses.replace(article, text=text, attribution=attribution)


def process_page(
    html: str, url: str, entry: FeedEntry | None = None, publishers_file: Path | None = None
) -> Article:
    """Extract and attribute one page; raise ExtractionFailed when it holds no article."""
    from aggregator.extract.extractor import extract

    article = Article(url=url, feed_entry=entry)
    return credit(fill(article, extract(html, url, entry)), publishers_file)


def process_fetched(
    article: Article,
    *,
    attribution: bool = True,
    publishers_file: Path | None = None,
    fingerprinted: bool = True,
    fast: bool = False,
) -> Article:
    """All the CPU-bound work on one fetched page (``article.body``), in one call, so that a
    worker process does it in one hop: decode and extract (``fast``: see ``extract``), then
    credit (``attribution``), then dedup's fingerprint of the cleaned text (``fingerprinted``).

    The article comes back without its page, and without the markup only attribution reads
    (JSON-LD, captions). Raises ExtractionFailed when the page holds no article.
    """
    from aggregator.dedup.minhash import fingerprint
    from aggregator.extract.extractor import extract_bytes

    extracted = extract_bytes(
        article.body, article.url, article.content_type, article.feed_entry, fast=fast
    )
    article = fill(article, extracted)
    if attribution:
        article = credit(article, publishers_file)
    if fingerprinted:
        article.fingerprint = fingerprint(article.text)
    article.jsonld, article.captions = (), ()
    return article
