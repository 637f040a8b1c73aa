"""What dedup decides for one article, and the article as that decision makes it."""

from __future__ import annotations

import time
from collections.abc import Callable

from aggregator.dedup.index import Deduplicator, Verdict
from aggregator.models import Article

#: Seconds a recorded but unpublished article is given before a repeat of it is published.
LOST_AFTER = 5.0


def decide(
    dedup: Deduplicator, article: Article, sleep: Callable[[float], None] = time.sleep
) -> Verdict:
    """Check ``article`` against the index; a "repeat" verdict means: do not publish it.

    A repeat of an article whose publication never happened (its crawler died between
    dedup and the publish) is that article: it is published now, under its id and story.
    The grace period (LOST_AFTER) lets a publication in flight in another process land first.
    """
    verdict = dedup.check(article, article.fingerprint)
    if verdict.kind != "repeat" or dedup.unpublished(verdict.article_id) is None:
        return verdict
    sleep(LOST_AFTER)
    lost = dedup.unpublished(verdict.article_id)
    if lost is None:
        return verdict
    story_id, duplicate_of = lost
    return Verdict("new", verdict.article_id, story_id, duplicate_of or None)


def apply(article: Article, verdict: Verdict) -> Article:
    """``article`` with the id, story, original and event dedup decided."""
    article.id = verdict.article_id
    article.story_id = verdict.story_id or article.id
    article.duplicate_of = verdict.duplicate_of
    if verdict.kind == "update":
        article.event, article.revision = "update", verdict.revision
    return article
