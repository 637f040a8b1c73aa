"""The original's address a credit line links (issue 14, the twelfth conventions round).

A theme's source field links the outlet's name to the story it copied: "Source: <a
href="https://www.reuters.com/world/…">Reuters</a>", "Fuente: <a>EFE</a>", "配信元: <a>時事通信</a>"
(a full-width colon in Japanese), a WordPress "source and via" box ("Source: Bloomberg Via:
Yahoo Finance", each name linked). Once a credit line decided the publisher, the link on the
credited name in that line is the original's ``original_url`` when it is an article on another
site:

- the link sits in the credit's own line (extraction keeps each link with its line:
  extract/sourcelinks.py) and its words are the credited name, or a spelling the table gives
  the publisher ("Source: Bloomberg Via: Yahoo Finance" gives Bloomberg's link, not Yahoo's),
  or the link is the whole line naming it (a button: "Read the original at X"); a linked
  name alone on its line is a list's item as often as a credit, and gives no address;
- its address is another site's (never the copy's own), and not another table publisher's
  domain than the one credited;
- it is an article's address, not an outlet's home page or a section front ("https://efe.com",
  "https://www.reuters.com/world/"): a path of two parts or more, or one with a number or a
  query (a home page names the outlet, not the story).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from aggregator.attribution.publishers import Publisher, PublisherTable, normalize
from aggregator.urls import host_of, registrable

_DIGIT = re.compile(r"\d")


def linked_original(
    lines: Sequence[tuple[str, str]],
    links: Sequence[tuple[str, str, str]],
    spellings: Sequence[str],
    own_domain: str,
    table: PublisherTable,
) -> str | None:
    """The address linked on the credited name in one of the credit ``lines`` ((line, name
    credited)), or None. ``spellings``: the decided publisher's names."""
    names = {normalize(s) for s in spellings if s} - {""}
    publisher = table.by_name(spellings[0]) if spellings else None
    for line, who in lines:
        flat = " ".join(line.split())
        for block, words, href in links:
            if flat not in block or words not in flat:
                continue
            if words == flat and normalize(words) == normalize(who):
                continue  # a linked name alone: a list's item as often as a credit
            # the linked words are the credited name, or the whole line is the link (a
            # button: "Read the original at Inside Climate News")
            button = words == flat and normalize(who) in normalize(words)
            if normalize(words) not in names and normalize(words) != normalize(who) and not button:
                continue
            if _article_elsewhere(href, own_domain, publisher, table):
                return href
    return None


def _article_elsewhere(
    href: str, own_domain: str, publisher: Publisher | None, table: PublisherTable
) -> bool:
    host = host_of(href) or ""
    if not host or registrable(host) == own_domain:
        return False
    owner = table.by_domain(href)
    if owner is not None and owner is not publisher:
        return False  # another outlet's page linked under this one's name
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    path = parts.path.strip("/")
    return "/" in path or bool(parts.query) or bool(_DIGIT.search(path))
