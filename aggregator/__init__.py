"""aggregator: news feeds to clean, attributed, de-duplicated articles on a Redis stream."""

from __future__ import annotations

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

__all__ = [
    "SCHEMA_VERSION",
    "AggregatorError",
    "Article",
    "Attribution",
    "BotWall",
    "Config",
    "ConfigError",
    "EmptyText",
    "Evidence",
    "ExtractionFailed",
    "FeedEntry",
    "FeedError",
    "NotAnArticle",
    "NotHtml",
    "Paywall",
    "SourceError",
]

__version__ = "0.1.0"
