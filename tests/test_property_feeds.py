"""Property: feed parsing never lets an exception escape but FeedError, and every entry it
returns is well-formed, whatever the bytes."""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aggregator.errors import FeedError
from aggregator.models import FeedEntry
from aggregator.sources.feeds import ParsedFeed, parse_feed

PROPERTY = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
URL = "https://example.com/feed.xml"

#: Text as a hostile feed may hold it: any code point XML can carry, markup characters included.
xml_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def assert_valid(result: ParsedFeed) -> None:
    assert result.title is None or isinstance(result.title, str)
    assert result.problem is None or isinstance(result.problem, str)
    for entry in result.entries:
        assert isinstance(entry, FeedEntry)
        assert isinstance(entry.url, str) and entry.url
        for name in ("guid", "title", "published", "summary", "language", "source_title"):
            value = getattr(entry, name)
            assert value is None or isinstance(value, str), (name, value)
        assert all(isinstance(a, str) for a in entry.authors)
        assert all(isinstance(t, str) for t in entry.tags)


def parse(data: bytes) -> None:
    try:
        result = parse_feed(data, URL, {"content-type": "application/rss+xml"})
    except FeedError as exc:
        assert str(exc)
        return
    assert_valid(result)


@PROPERTY
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    parse(data)


@PROPERTY
@given(
    st.lists(st.tuples(xml_text, xml_text, xml_text, xml_text), max_size=5),
    st.sampled_from(["utf-8", "iso-8859-1", "utf-16", "windows-1252"]),
    st.integers(min_value=0, max_value=100),
)
def test_generated_rss_possibly_truncated(
    items: list[tuple[str, str, str, str]], encoding: str, cut: int
) -> None:
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        f"<pubDate>{escape(date)}</pubDate><author>{escape(a)}</author></item>"
        for t, link, date, a in items
    )
    doc = f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>{body}'
    data = (doc + "</channel></rss>").encode(encoding, errors="replace")
    parse(data[: len(data) * cut // 100] if cut < 100 else data)


@PROPERTY
@given(st.lists(st.tuples(xml_text, xml_text), max_size=5), st.booleans())
def test_generated_atom_with_raw_markup(items: list[tuple[str, str]], escaped: bool) -> None:
    entries = "".join(
        f"<entry><title>{escape(t) if escaped else t}</title><link href={quoteattr(h)}/></entry>"
        for t, h in items
    )
    doc = f"<feed xmlns='http://www.w3.org/2005/Atom'><title>x</title>{entries}</feed>"
    parse(doc.encode("utf-8", errors="surrogatepass"))


@PROPERTY
@given(json_values, st.lists(json_values, max_size=4))
def test_json_feeds(extra: Any, items: list[Any]) -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": extra, "items": items}
    parse(json.dumps(feed).encode())
    parse(json.dumps({"version": extra, "items": extra}).encode())
