"""Drives newspaper4k over the benchmark site: feed links, then download + parse in 10 threads.

This is what ``newspaper.mthreading.fetch_news`` does, except that one page's exception
does not end the run: newspaper4k raises ImportError on Korean pages without nltk (and
nltk's tokenizer data would need the network), so such pages count as failed.
Run with the peer's own interpreter: ``python newspaper4k_driver.py FEED_URL ...``; prints
one JSON line {"pages", "articles", "failed", "seconds"}.
"""

from __future__ import annotations

import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import newspaper
from _feeds import article_urls

#: As many threads as fetch_news's documented examples use; its default is 5.
THREADS = 10


def process(article: newspaper.Article) -> bool:
    """Download and parse one article; whether it has a text."""
    try:
        article.download()
        article.parse()
    except Exception:  # a failed page is a result here
        return False
    return len(article.text or "") >= 60


def main(feed_urls: list[str]) -> None:
    start = time.perf_counter()
    config = newspaper.Config()
    config.fetch_images = False  # no image downloads: the site's images are not served
    config.memorize_articles = False
    articles = [newspaper.Article(url, config=config) for url in article_urls(feed_urls)]
    with ThreadPoolExecutor(THREADS) as pool:
        extracted = sum(pool.map(process, articles))
    seconds = time.perf_counter() - start
    report = {"pages": len(articles), "articles": extracted, "seconds": seconds}
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1:])
