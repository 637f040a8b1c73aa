"""A wire's or an outlet's own page is no syndication of itself, whatever names the site
(issue 14): its domain under another suffix (a regional edition), an edition domain the
table lists, the site's name with a word any outlet's name may carry ("… News", "… Media"),
an agency's domain spelling its name with the word "agency". Another site carrying the same
credit is still credited."""

from __future__ import annotations

from typing import Any

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY


def _publisher(url: str, head: str = "", tail: str = "", **kw: Any) -> str | None:
    lines = [head + BODY[0], *BODY[1:], *([tail] if tail else [])]
    return attribute("\n".join(lines), url=url, **kw)[1].original_publisher


@pytest.mark.parametrize(
    ("url", "head"),
    [
        ("https://www.apnews.co.uk/article/road-budget", "WASHINGTON (AP) — "),
        ("https://www.dpa-international.com/topic/road-budget", "Berlin (dpa) - "),
        ("https://www.agenzianova.com/a/road-budget", "Roma, 4 mar (Nova) - "),
        ("https://www.ankahaber.net/haber/road-budget", "ANKARA (ANKA) - "),
        ("https://www.efeverde.com/noticias/road-budget/", "Madrid, 4 mar (EFE).- "),
        ("https://www.ianshindi.com/news/road-budget", "New Delhi, March 8 (IANS) "),
    ],
)
def test_a_wires_edition_carrying_its_own_tag_credits_no_one(url: str, head: str) -> None:
    assert _publisher(url, head) is None
    assert _publisher(BLOG, head) is not None


@pytest.mark.parametrize(
    "own",
    [
        {"site_name": "Harbour Ledger News"},
        {"site_name": "Harbour Ledger Online"},
        {
            "jsonld": [
                {
                    "@type": "NewsArticle",
                    "publisher": {"@type": "NewsMediaOrganization", "name": "Harbour Ledger Media"},
                }
            ]
        },
    ],
)
def test_an_outlets_own_name_with_an_outlet_word_is_the_site(own: dict[str, Any]) -> None:
    url = "https://hl-news.example/2026/03/road-budget"
    assert _publisher(url, tail="Source: Harbour Ledger", **own) is None


def test_a_longer_name_is_another_outlet() -> None:
    url = "https://hl-news.example/2026/03/road-budget"
    found = _publisher(url, tail="Source: Harbour Ledger", site_name="Harbour Ledger Weekly Digest")
    assert found == "Harbour Ledger"


def test_a_short_wire_domain_under_another_suffix_is_not_the_wire() -> None:
    # "ap.org" is the AP's, but "ap.example" may be anyone's: four letters at least.
    assert _publisher("https://www.ap.example/road-budget", "WASHINGTON (AP) — ") == (
        "Associated Press"
    )


def test_a_domain_spelling_the_sites_own_name_is_the_site() -> None:
    # a page whose address is not its own (saved, proxied): its name says which site it is
    url = "https://mirror.example/saved/page"
    assert _publisher(url, tail="Quelle: harbourledger.de", site_name="harbourledger") is None
    assert _publisher(url, tail="Quelle: harbourledger.de") == "harbourledger.de"


def test_a_canonical_link_to_the_sites_own_name_is_the_site() -> None:
    url = "https://mirror.example/saved/page"
    canonical = {"canonical": "https://www.harbourledger.de/2026/03/road-budget.html"}
    assert _publisher(url, meta=canonical, site_name="harbourledger") is None
    assert _publisher(url, meta=canonical) == "harbourledger.de"


def test_an_outlets_franchise_domain_is_not_the_outlet() -> None:
    # only a wire's services share its domain's head: "cnnindonesia.com" is a franchise
    url = "https://www.cnnindonesia.com/internasional/road-budget"
    assert _publisher(url, tail="Source: CNN") == "CNN"


@pytest.mark.parametrize(
    "url", ["https://www.news24.com/world/road-budget", "https://www.news.com.au/world/road-budget"]
)
def test_a_wires_generic_domain_word_is_no_edition(url: str) -> None:
    # Xinhua's news.cn: "news" spells no name of Xinhua's, and opens many sites' domains
    assert _publisher(url, "BEIJING, March 6 (Xinhua) -- ") == "Xinhua"


# The thirteenth pass: a desk's byline under the site's own name, or its last words.
@pytest.mark.parametrize(
    ("url", "site", "byline"),
    [
        ("https://www.thedailystar.net/news/a", "The Daily Star", "By Star Online Report"),
        ("https://www.thedailystar.net/news/a", "The Daily Star", "By Star Report"),
        (
            "https://www.thedailystar.net/news/a",
            "The Daily Star",
            "By Daily Star Staff Correspondent",
        ),
        ("https://www.harbourlinetribune.com/a", "Harbourline Tribune", "By Tribune Web Desk"),
    ],
)
def test_the_sites_own_desk_byline_credits_no_one(url: str, site: str, byline: str) -> None:
    _, found = attribute("\n".join(BODY), url=url, site_name=site, side_lines=[byline])
    assert found.original_publisher is None


@pytest.mark.parametrize(
    ("url", "site", "byline", "publisher"),
    [
        (
            "https://www.thedailystar.net/news/a",
            "The Daily Star",
            "By Harbourline Tribune Online Report",
            "Harbourline Tribune Online Report",
        ),
        (
            "https://www.harbourlinetribune.com/a",
            "Harbourline Tribune",
            "By Star Online Report",
            "Star Online Report",
        ),
        ("https://www.thedailystar.net/news/a", "The Daily Star", "By Reuters Staff", "Reuters"),
    ],
)
def test_another_outlets_desk_byline_is_still_credited(
    url: str, site: str, byline: str, publisher: str
) -> None:
    _, found = attribute("\n".join(BODY), url=url, site_name=site, side_lines=[byline])
    assert found.original_publisher == publisher
