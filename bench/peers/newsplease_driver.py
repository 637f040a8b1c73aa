"""Drives news-please over the benchmark site: feed links, then NewsPlease.from_urls.

from_urls fetches every URL in its own thread, then extracts in a process pool (one per
core): news-please's fastest library mode. Run with the peer's own interpreter:
``python newsplease_driver.py FEED_URL ...``; prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import time

from _feeds import article_urls
from newsplease import NewsPlease


def main(feed_urls: list[str]) -> None:
    start = time.perf_counter()
    urls = article_urls(feed_urls)
    results = NewsPlease.from_urls(urls, request_args={"timeout": 30}, fetch_images=False)
    extracted = sum(1 for r in results.values() if len(getattr(r, "maintext", None) or "") >= 60)
    seconds = time.perf_counter() - start
    print(json.dumps({"pages": len(urls), "articles": extracted, "seconds": seconds}))


if __name__ == "__main__":
    main(sys.argv[1:])
