"""Property: the extraction and attribution entry points take any page and give either a
valid article message or a typed ExtractionFailed; no other exception escapes."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aggregator.attribution.attribute import attribute
from aggregator.errors import AggregatorError, ExtractionFailed
from aggregator.extract.decoding import decode_html
from aggregator.models import Attribution, FeedEntry
from aggregator.processing import process_page

SLOW = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)
FAST = settings(max_examples=200, deadline=None, database=None)

#: The message contract (../shared/CONTRACT.md, schema/article.schema.json): field -> types.
STR, NULL = (str,), (str, type(None))
CONTRACT: dict[str, tuple[type, ...]] = {
    "schema_version": (int,), "id": STR, "url": STR, "canonical_url": NULL, "source": NULL,
    "feed_url": NULL, "title": NULL, "text": STR, "authors": (list,), "published": NULL,
    "language": NULL, "attribution": (dict,), "story_id": NULL, "duplicate_of": NULL,
    "fetched_at": NULL, "modified": NULL, "top_image": NULL, "tags": (list,),
    "provenance": (dict,),
}  # fmt: skip
ATTRIBUTION: dict[str, tuple[type, ...]] = {
    "original_publisher": NULL, "original_url": NULL, "credit_lines": (list,),
    "image_credits": (list,), "evidence": (list,),
}  # fmt: skip


def assert_valid_message(message: dict[str, Any]) -> None:
    """Field presence and types of the published JSON, after a JSON round trip."""
    message = json.loads(json.dumps(message, ensure_ascii=False))
    for name, types in CONTRACT.items():
        assert name in message, name
        assert isinstance(message[name], types), (name, message[name])
    assert message["id"] and message["url"]
    assert all(isinstance(a, str) for a in message["authors"] + message["tags"])
    assert_valid_attribution(message["attribution"])


def assert_valid_attribution(data: dict[str, Any]) -> None:
    for name, types in ATTRIBUTION.items():
        assert isinstance(data[name], types), (name, data[name])
    assert all(isinstance(x, str) for x in data["credit_lines"] + data["image_credits"])
    for item in data["evidence"]:
        assert {k: type(item[k]) for k in ("kind", "value", "where")} == dict.fromkeys(
            ("kind", "value", "where"), str
        )


text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=4),
    max_leaves=15,
)
jsonld = st.dictionaries(
    st.sampled_from(["@type", "headline", "author", "publisher", "isBasedOn", "datePublished",
                     "articleBody", "name", "url", "sourceOrganization", "copyrightHolder"]),
    json_values,
    max_size=6,
)  # fmt: skip
urls = st.sampled_from(
    ["https://example.com/a", "http://[::1/broken", "javascript:alert(1)", "", "//x", "%zz"]
)
blocks = st.one_of(
    text.map(lambda t: f"<p>{t}</p>"),
    text.map(lambda t: f"<h1>{t}</h1>"),
    st.tuples(st.sampled_from(["og:title", "og:site_name", "author", "article:published_time",
                               "description"]), text).map(
        lambda kv: f"<meta property='{kv[0]}' content={json.dumps(kv[1])}>"
    ),
    urls.map(lambda u: f"<link rel='canonical' href='{u}'>"),
    jsonld.map(lambda d: f"<script type='application/ld+json'>{json.dumps(d)}</script>"),
    st.sampled_from(["<div>", "</div>", "<article>", "<body>", "</html>", "<!--", "<![CDATA[",
                     "<script>", "&amp", "&#0;", "&#xD800;", "<p>Photo: AFP</p>",
                     "<p>(Reuters) -</p>", "<p>" + "Long sentence of news. " * 20 + "</p>"]),
)  # fmt: skip
pages = st.lists(blocks, max_size=25).map(lambda parts: "<html>" + "".join(parts))
entries = st.builds(
    FeedEntry,
    url=st.just("https://example.com/a"),
    title=st.none() | text,
    published=st.none() | text,
    authors=st.lists(text, max_size=3).map(tuple),
    source_title=st.none() | text,
    source_url=st.none() | urls,
)


def check_page(html: str, url: str, entry: FeedEntry | None) -> None:
    try:
        article = process_page(html, url, entry)
    except ExtractionFailed as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    assert_valid_message(article.to_message())


@SLOW
@given(pages, st.none() | entries)
def test_generated_pages(html: str, entry: FeedEntry | None) -> None:
    check_page(html, "https://example.com/a", entry)


@SLOW
@given(st.binary(max_size=3000))
def test_any_bytes_as_the_extract_command_reads_them(data: bytes) -> None:
    try:
        html = decode_html(data, None)  # a saved file has no Content-Type
    except AggregatorError:
        return  # refused with a typed reason: what the command prints as one line
    check_page(html, "https://example.com/a", None)


@FAST
@given(
    text,
    urls,
    st.dictionaries(st.sampled_from(["og:site_name", "author", "canonical"]), text, max_size=3),
    st.lists(jsonld, max_size=3),
    st.none() | entries,
)
def test_attribution(
    body: str, url: str, meta: dict[str, str], ld: list[dict[str, Any]], entry: FeedEntry | None
) -> None:
    cleaned, attribution = attribute(body, url=url, meta=meta, jsonld=ld, entry=entry)
    assert isinstance(cleaned, str)
    assert isinstance(attribution, Attribution)
    assert_valid_attribution(json.loads(json.dumps(asdict(attribution))))
