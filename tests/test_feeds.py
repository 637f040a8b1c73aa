"""Feed parsing: RSS, Atom and JSON Feed bytes to FeedEntry records."""

from __future__ import annotations

import json

import pytest

from aggregator.errors import FeedError
from aggregator.sources.feeds import parse_feed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>The Ledger</title>
<item><title>Talks resume</title><link>https://ledger.example/a/1</link>
<guid isPermaLink="false">ledger-1</guid><pubDate>Tue, 10 Nov 2026 10:00:00 +0300</pubDate>
<author>desk@ledger.example (Amira Haddad)</author><category>Politics</category>
<source url="https://www.aljazeera.com/xml/rss/all.xml">Al Jazeera</source></item>
<item><title>No link here</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Notes</title>
<entry><title>Dam opens</title><link href="https://notes.example/2026/dam"/>
<id>tag:notes.example,2026:dam</id><updated>2026-11-11T08:30:00Z</updated>
<author><name>Jan Ek</name></author></entry></feed>"""


def test_rss_entry_fields() -> None:
    feed = parse_feed(RSS, "https://ledger.example/feed.xml")
    assert feed.title == "The Ledger"
    (entry,) = feed.entries  # the item without a link is skipped
    assert entry.url == "https://ledger.example/a/1"
    assert entry.guid == "ledger-1"
    assert entry.published == "2026-11-10T07:00:00+00:00"
    assert entry.tags == ("Politics",)
    assert entry.source_title == "Al Jazeera"
    assert entry.source_url == "https://www.aljazeera.com/xml/rss/all.xml"


def test_atom_entry_fields() -> None:
    (entry,) = parse_feed(ATOM, "https://notes.example/atom.xml").entries
    assert entry.url == "https://notes.example/2026/dam"
    assert entry.authors == ("Jan Ek",)
    assert entry.published == "2026-11-11T08:30:00+00:00"


def test_json_feed() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "JF",
            "items": [
                {
                    "id": "1",
                    "url": "https://jf.example/1",
                    "title": "One",
                    "date_published": "2026-11-12T09:00:00Z",
                    "authors": [{"name": "Ana"}],
                },
                {"id": "2"},
            ],
        }
    ).encode()
    feed = parse_feed(body, "https://jf.example/feed.json")
    assert feed.title == "JF"
    assert [(e.url, e.authors) for e in feed.entries] == [("https://jf.example/1", ("Ana",))]


@pytest.mark.parametrize(
    "body",
    [b"<html><body><p>Just a page</p></body></html>", b'{"not": "a feed"}', b"{broken json"],
)
def test_not_a_feed(body: bytes) -> None:
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(body, "https://example.com/")


def test_truncated_feed_keeps_its_entries_and_notes_the_problem() -> None:
    feed = parse_feed(RSS[: RSS.index(b"<item><title>No link")], "https://ledger.example/feed.xml")
    assert [e.guid for e in feed.entries] == ["ledger-1"]
    assert feed.problem
