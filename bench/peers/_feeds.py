"""Article URLs of the benchmark site's section feeds (stdlib only: runs in a peer's venv)."""

from __future__ import annotations

import urllib.request
import xml.etree.ElementTree as ET


def article_urls(feed_urls: list[str]) -> list[str]:
    """Every <item><link> of the RSS feeds, in feed order."""
    urls: list[str] = []
    for feed_url in feed_urls:
        with urllib.request.urlopen(feed_url, timeout=30) as response:
            root = ET.fromstring(response.read())
        urls.extend(link.text for link in root.iter("link") if link.text)
    return [u for u in urls if u.endswith(".html")]
