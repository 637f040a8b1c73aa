"""aggregator: news feeds to clean, attributed, de-duplicated articles on a Redis stream.

The records and errors import at once; the heavier entry points (extraction, attribution,
feeds, the consumer) on first use, so a consumer process does not load trafilatura.
"""

from __future__ import annotations

import importlib
from typing import Any

from aggregator.config import Config
from aggregator.errors import (
    AggregatorError,
    BotWall,
    ConfigError,
    EmptyText,
    ExtractionFailed,
    FeedError,
    NotAnArticle,
    NotHtml,
    Paywall,
    SourceError,
)
from aggregator.models import SCHEMA_VERSION, Article, Attribution, Evidence, FeedEntry
from aggregator.reasons import Reason

#: Public names imported on first use, and the module each lives in.
_LAZY = {
    "Consumer": "aggregator.stream.consumer",
    "attribute": "aggregator.attribution.attribute",
    "extract": "aggregator.extract.extractor",
    "extract_bytes": "aggregator.extract.extractor",
    "open_sink": "aggregator.stream.sinks",
    "parse_feed": "aggregator.sources.feeds",
    "process": "aggregator.processing",
    "process_page": "aggregator.processing",
}

__all__ = [
    "SCHEMA_VERSION",
    "AggregatorError",
    "Article",
    "Attribution",
    "BotWall",
    "Config",
    "ConfigError",
    "Consumer",
    "EmptyText",
    "Evidence",
    "ExtractionFailed",
    "FeedEntry",
    "FeedError",
    "NotAnArticle",
    "NotHtml",
    "Paywall",
    "Reason",
    "SourceError",
    "attribute",
    "extract",
    "extract_bytes",
    "open_sink",
    "parse_feed",
    "process",
    "process_page",
]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'aggregator' has no attribute {name!r}")
