"""A crawl whose workers do only what the extraction-only limit does to a page (issue 21).

``bench._plain_settings`` swaps this pipeline in for ours: the same crawl, Redis and stream,
but each page gets ``trafilatura.extract(bytes)`` alone, no metadata, page checks,
attribution or fingerprint. Its ratio to the limit is what the crawl machinery costs; the
gap between it and the full crawl is what our extraction adds on top of trafilatura.
"""

from __future__ import annotations

import dataclasses

import trafilatura

from aggregator.errors import EmptyText
from aggregator.models import Article
from aggregator_scrapy.pipelines.processing import ProcessingPipeline


def plain_trafilatura(article: Article) -> Article:
    """The limit's work on one page (``bench._contenders._extract``), as an article."""
    text = trafilatura.extract(article.body, include_comments=False)
    if not text:
        raise EmptyText("trafilatura found no text")
    return dataclasses.replace(article, text=text, body=b"")


class PlainExtractionPipeline(ProcessingPipeline):
    """ProcessingPipeline (its worker pool, retries and stats) running plain_trafilatura."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.work = plain_trafilatura  # type: ignore[assignment]
