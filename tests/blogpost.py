"""The blog post attribution tests put credit lines into: three paragraphs of a story on a
site that credits no one, and the post with one line before or after it."""

from __future__ import annotations

from aggregator.attribution.attribute import attribute

BLOG = "https://riverside-updates.blogspot.com/2026/03/road-budget.html"
BODY = [
    "The council voted on Tuesday to approve the new budget for road repairs across the "
    "district, officials said at a meeting.",
    "Residents had complained for years about potholes and the lack of street lighting in "
    "several neighbourhoods of the town.",
    "The work is expected to begin in the spring and last about eighteen months, according "
    "to the plan published by the council.",
]


def with_tail(line: str, url: str = BLOG) -> tuple[str, str | None]:
    """The post with ``line`` after it: the text attribution leaves, and the publisher."""
    cleaned, found = attribute("\n".join([*BODY, line]), url=url)
    return cleaned, found.original_publisher


def with_head(line: str, url: str = BLOG) -> tuple[str, str | None]:
    """The post with ``line`` before it: the text attribution leaves, and the publisher."""
    cleaned, found = attribute("\n".join([line, *BODY]), url=url)
    return cleaned, found.original_publisher


def in_side_box(line: str, url: str = BLOG, site_name: str | None = None) -> str | None:
    """The publisher when ``line`` sits in a byline block beside the post."""
    _, found = attribute("\n".join(BODY), url=url, site_name=site_name, side_lines=[line])
    return found.original_publisher


def with_lines(
    lines: list[str], url: str = BLOG, site_name: str | None = None
) -> tuple[str, str | None]:
    """The post followed by ``lines``: the text attribution leaves, and the publisher (for
    multi-line tails)."""
    cleaned, found = attribute("\n".join([*BODY, *lines]), url=url, site_name=site_name)
    return cleaned, found.original_publisher


#: A second post, two paragraphs of another story, for tests that edit its paragraphs.
FERRY_BLOG = "https://valley-notes.example.org/2026/03/ferry-line.html"
FERRY_BODY = [
    "The regional ferry will run four times a day from June, cutting the crossing to the "
    "island to thirty-five minutes, the operator said on Tuesday.",
    "Islanders have until now travelled through a neighbouring port, which added more than "
    "an hour to every trip, the mayor told residents at a meeting.",
]
