"""Property: URL canonicalization and the network policy take any string a page or feed
may hold and answer with a string or a typed refusal, never an exception."""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import example, given, settings
from hypothesis import strategies as st
from hypothesis.provisional import urls

from aggregator.crawl.netpolicy import Refused, check_url
from aggregator.models import article_id
from aggregator.urls import normalize_url

PROPERTY = settings(max_examples=300, deadline=None, database=None)

#: URL-ish strings: real URLs, their pieces glued wrongly, and plain noise.
url_parts = st.sampled_from(
    ["http://", "https://", "HTTP://", "//", "[", "]", "::1", ":", ":99999", ":0", "@", "#",
     "?", "&", "=", "%", "%zz", "/", "..", "example.com", "127.0.0.1", "xn--", "é", " ", "\t",
     "utm_source=x", "amp", "www."]
)  # fmt: skip
hostile_urls = st.one_of(
    urls(),
    st.lists(url_parts, max_size=12).map("".join),
    st.text(max_size=60),
)


@PROPERTY
@given(hostile_urls)
@example("http://[::1/broken")  # an unbalanced IPv6 bracket, as a canonical link may hold
@example("http://example.com:99999/")
@example(" HTTP://Example.COM:80/a/../b?utm_source=x&b=2&a=1#top ")
def test_normalize_url_is_total_and_idempotent(url: str) -> None:
    once = normalize_url(url)
    assert isinstance(once, str)
    assert normalize_url(once) == once


@PROPERTY
@given(urls())
def test_normalize_url_keeps_the_host_of_a_valid_url(url: str) -> None:
    normalized = normalize_url(url)
    assert normalized.startswith(("http://", "https://"))
    # .hostname lower-cases what it returns, so it would not see a host spelled in capitals:
    # compare the netloc as written (urls() draws no user info and no IPv6 literals).
    parts = urlsplit(normalized)
    assert parts.netloc.removesuffix(f":{parts.port}") == urlsplit(url).hostname
    assert article_id(url) == article_id(normalized)


@PROPERTY
@given(hostile_urls)
@example("http://[::1/broken")
@example("http://example.com:99999/")
def test_check_url_refuses_with_a_typed_reason_or_passes(url: str) -> None:
    try:
        check_url(url)
    except Refused as exc:
        assert exc.reason in ("refused_scheme", "refused_address", "invalid_host")
        assert "\n" not in str(exc)
