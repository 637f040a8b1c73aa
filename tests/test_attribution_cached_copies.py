"""A page served from the AMP cache, the Wayback Machine or Google's cache is a copy of the
page its URL carries: that page's site published the story, even when the copy's markup and
notices give the original's own name (issue 14)."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.attribution.cached_copies import original_of

TEXT = (
    "Buses on four routes will be free to ride for six months from June, the city council "
    "decided on Thursday.\nThe trial will cost about 3.1 million dollars, paid from parking "
    "revenue and a state clean-air grant."
)


@pytest.mark.parametrize(
    ("url", "original"),
    [
        (
            "https://www-ndtv-com.cdn.ampproject.org/c/s/www.ndtv.com/amp/free-buses.html",
            "https://www.ndtv.com/amp/free-buses.html",
        ),
        (
            "https://web.archive.org/web/20260301123456/https://www.ndtv.com/free-buses.html",
            "https://www.ndtv.com/free-buses.html",
        ),
        ("https://www.ndtv.com/free-buses.html", None),
    ],
)
def test_a_cached_copy_carries_its_original_url(url: str, original: str | None) -> None:
    assert original_of(url) == original


def test_an_amp_cache_copy_is_credited_to_the_site_it_copies_despite_its_own_names() -> None:
    url = "https://www-ndtv-com.cdn.ampproject.org/c/s/www.ndtv.com/amp/free-buses.html"
    _, found = attribute(TEXT, url=url, site_name="NDTV", meta={"og:site_name": "NDTV"})
    assert found.original_publisher == "NDTV"


def test_the_same_page_on_its_own_site_is_no_syndication() -> None:
    url = "https://www.ndtv.com/amp/free-buses.html"
    _, found = attribute(TEXT, url=url, site_name="NDTV", meta={"og:site_name": "NDTV"})
    assert found.original_publisher is None
