"""De-duplication: an article seen before under any spelling of its URL is a repeat."""

from __future__ import annotations

import hashlib

import redis

from aggregator.keys import Keys
from aggregator.models import Article
from aggregator.urls import normalize_url


def url_fingerprint(url: str) -> str:
    return hashlib.sha256(normalize_url(url).encode("utf-8")).hexdigest()[:32]


class Deduplicator:
    """Claims each article's URLs (fetched and canonical) in one Redis hash shared by
    every crawler process; the first claimant wins, later ones are repeats."""

    def __init__(self, client: redis.Redis, keys: Keys) -> None:
        self.client = client
        self.keys = keys

    def repeat_of(self, article: Article) -> str | None:
        """The id of the article published before under one of these URLs (perhaps this
        very one, re-crawled), or None after claiming the URLs for ``article``."""
        fingerprints = {url_fingerprint(u) for u in (article.url, article.canonical_url) if u}
        pipe = self.client.pipeline()
        for fingerprint in sorted(fingerprints):
            pipe.hsetnx(self.keys.seen_urls, fingerprint, article.id)
        claimed = pipe.execute()
        if all(claimed):
            return None
        lost = next(f for f, won in zip(sorted(fingerprints), claimed, strict=True) if not won)
        return str(self.client.hget(self.keys.seen_urls, lost) or article.id)

    def is_known(self, url: str) -> bool:
        """Whether an article at ``url`` was published before (to skip fetching it again)."""
        return bool(self.client.hexists(self.keys.seen_urls, url_fingerprint(url)))
