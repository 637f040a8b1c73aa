"""A source line citing who gave the facts credits no one (issue 14, the sixth blind set's
null pages): a person named with a role, a statistics office under its own language's label,
including one whose letters a table outlet shares ("Bron: CBS")."""

from __future__ import annotations

import pytest

from tests.blogpost import with_tail


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
    assert with_tail(line)[1] is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Source: CBS News", "CBS News"),
        ("Source: The Gulf Ledger", "The Gulf Ledger"),
    ],
)
def test_outlets_after_the_same_labels_still_count(line: str, publisher: str) -> None:
    assert with_tail(line)[1] == publisher
