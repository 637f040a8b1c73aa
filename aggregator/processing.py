"""One page to one article: extraction, then attribution (shared by the CLI and pipelines)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from aggregator.attribution import attribute
from aggregator.extraction import Extracted, extract
from aggregator.models import Article, FeedEntry


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
        body=b"",
        html="",
    )


def credit(article: Article, publishers_file: Path | None = None) -> Article:
    """``article`` with its attribution recorded and the credit lines out of its text.

    ``publishers_file`` is the operator's publisher table, merged over the bundled one.
    """
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
    article = Article(url=url, feed_entry=entry)
    return credit(fill(article, extract(html, url, entry)), publishers_file)
