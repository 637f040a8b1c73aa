"""Default source names that do not collide: the host, then the host plus the feed's path."""

from __future__ import annotations

import re
from collections.abc import Collection
from urllib.parse import urlsplit

from aggregator.sources.registry import name_from_url

#: Path words that say "this is a feed" rather than which one (BBC: /news/world/rss.xml).
_GENERIC = frozenset({"rss", "feed", "feeds", "atom", "index", "xml", "rdf", "json", "sitemap"})
_LIMIT = 63


def default_name(url: str, taken: Collection[str], feed_url: str | None = None) -> str:
    """The host of ``url`` ("bbc.co.uk"); when that is taken, the host plus the telling
    words of the feed's path ("bbc.co.uk-news-world"); then a number ("...-2")."""
    host = name_from_url(url)
    candidates = [host]
    words = path_words(feed_url or url)
    if words:
        candidates.append(f"{host}-{words}"[:_LIMIT].rstrip("-."))
    for candidate in candidates:
        if candidate not in taken:
            return candidate
    base, number = candidates[-1], 2
    while f"{base[: _LIMIT - 4]}-{number}" in taken:
        number += 1
    return f"{base[: _LIMIT - 4]}-{number}"


def path_words(url: str) -> str:
    """The path's words without extensions and feed jargon: /news/world/rss.xml -> news-world."""
    parts = urlsplit(url)
    segments = f"{parts.path}/{parts.query}".lower().split("/")
    words = []
    for segment in segments:
        stem = re.sub(r"\.(xml|rss|atom|rdf|json|php|html?|aspx?)$", "", segment)
        for word in re.split(r"[^a-z0-9]+", stem):
            if word and word not in _GENERIC:
                words.append(word)
    return "-".join(words)
