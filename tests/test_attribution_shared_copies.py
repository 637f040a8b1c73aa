"""The thirteenth pass (issue 14): copies whose credit says how they were passed on: a
distribution clause after the original's credit names the distributor ("… originally published
by X and distributed through a partnership with The Associated Press"), a newsletter's own
voice ("We're sharing this story from our friends at X"), a link with a path ("Story via
bbc.com/news")."""

from __future__ import annotations

import pytest

from tests.blogpost import with_head, with_tail

OUTLET = "Harbourline Tribune"


@pytest.mark.parametrize(
    "line",
    [
        f"This story was originally published by {OUTLET} and distributed through a partnership "
        "with The Associated Press.",
        f"This article was first published by {OUTLET} and is distributed by Tribune Content "
        "Agency.",
        f"Originally published by {OUTLET} and syndicated via Reuters Connect.",
        f"This story was produced by {OUTLET} and distributed through a partnership with AP.",
    ],
)
def test_the_original_before_a_distribution_clause_is_credited(line: str) -> None:
    text, publisher = with_tail(line)
    assert publisher == OUTLET
    assert line not in text


@pytest.mark.parametrize(
    "line",
    [
        "Food was collected by volunteers and distributed by the Red Cross.",
        "The leaflets were printed in town and distributed through the parish council.",
    ],
)
def test_a_distribution_that_is_no_credit_stays_null(line: str) -> None:
    text, publisher = with_tail(line)
    assert publisher is None
    assert line in text


# A newsletter's or a blog's own voice says whose story it passes on.
@pytest.mark.parametrize(
    "line",
    [
        f"We're sharing this story from our friends at {OUTLET}, the nonprofit news service.",
        f"Today we are pleased to share this article by our partners at {OUTLET}.",
        f"I'm republishing this post from {OUTLET}.",
        f"We are sharing this story from {OUTLET} with permission.",
    ],
)
def test_we_are_sharing_this_story_from_credits_the_outlet(line: str) -> None:
    head, at_head = with_head(line)
    tail, at_tail = with_tail(line)
    assert at_head == at_tail == OUTLET
    assert line not in head
    assert line not in tail


@pytest.mark.parametrize(
    "line",
    [
        "We're sharing this story because readers asked about the fire.",
        "We are sharing this story from the mayor's office as it came to us.",
    ],
)
def test_sharing_a_story_for_a_reason_credits_no_one(line: str) -> None:
    text, publisher = with_head(line)
    assert publisher is None
    assert line in text


# A link's path is no photographer's slash: "Story via bbc.com/news" credits the story.
@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Story via bbc.com/news", "BBC"),
        ("Article via theguardian.com/world", "The Guardian"),
        ("Via harbourlinetribune.com/news", "harbourlinetribune.com"),
        ("Story via harbourline.news/local", "harbourline.news"),
    ],
)
def test_a_credit_naming_a_link_with_a_path_credits_the_site(line: str, publisher: str) -> None:
    text, found = with_tail(line)
    assert found == publisher
    assert line not in text


@pytest.mark.parametrize("line", ["Jane Doe/AFP", "REUTERS/John Smith", "Photo via bbc.com/news"])
def test_an_agency_and_its_photographer_stay_a_pictures_credit(line: str) -> None:
    _, found = with_tail(line)
    assert found is None
