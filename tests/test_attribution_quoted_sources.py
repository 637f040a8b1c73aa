"""A source line citing who gave the facts credits no one (issue 14, the sixth blind set's
null pages): a person named with a role, a statistics office under its own language's label,
including one whose letters a table outlet shares ("Bron: CBS")."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

BLOG = "https://valley-notes.example.org/2026/03/tram-depot.html"
BODY = [
    "A fire at the tram depot early on Thursday damaged four vehicles and shut two lines for "
    "most of the day, the city transport operator said.",
    "The operator said it expected both lines to reopen by Saturday morning if the safety "
    "checks were completed on time.",
]


def _tail(line: str) -> str | None:
    return attribute("\n".join([*BODY, line]), url=BLOG)[1].original_publisher


@pytest.mark.parametrize(
    "line",
    [
        "Source: Ruairi Densmore, spokesperson, Carrowmere Transport",
        "Source: Tamsin Oakhurst, press officer, Westmarch Council",
        "Bron: CBS",
        "Πηγή: ΕΛΣΤΑΤ",
    ],
)
def test_informant_or_statistics_office_credits_no_one(line: str) -> None:
    assert _tail(line) is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Source: CBS News", "CBS News"),
        ("Source: The Gulf Ledger", "The Gulf Ledger"),
    ],
)
def test_outlets_after_the_same_labels_still_count(line: str, publisher: str) -> None:
    assert _tail(line) == publisher
