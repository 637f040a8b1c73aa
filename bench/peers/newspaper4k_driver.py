"""Drives newspaper4k over the benchmark site: feed links, then its threaded fetch_news.

Run with the peer's own interpreter: ``python newspaper4k_driver.py FEED_URL ...``; prints
one JSON line {"pages", "articles", "seconds"}.
"""

from __future__ import annotations

import json
import sys
import time

import newspaper
from _feeds import article_urls
from newspaper.mthreading import fetch_news

#: newspaper4k's documented way to process many URLs; its default is 5 threads.
THREADS = 10


def main(feed_urls: list[str]) -> None:
    start = time.perf_counter()
    config = newspaper.Config()
    config.fetch_images = False  # no image downloads: the site's images are not served
    config.memorize_articles = False
    articles = [newspaper.Article(url, config=config) for url in article_urls(feed_urls)]
    done = fetch_news(articles, threads=THREADS)
    extracted = sum(1 for a in done if len(getattr(a, "text", "") or "") >= 60)
    seconds = time.perf_counter() - start
    print(json.dumps({"pages": len(articles), "articles": extracted, "seconds": seconds}))


if __name__ == "__main__":
    main(sys.argv[1:])
