"""The blog post attribution tests put credit lines into: three paragraphs of a story on a
site that credits no one, and the post with one line before or after it."""

from __future__ import annotations

from typing import Any

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


#: A member paper's page that runs copies: a site in no table, crediting no one itself.
MEMBER_SITE = "https://www.lakeviewcourier.com/news/2026/03/04/council-approves-road-budget/"


def on_member_site(
    head: tuple[str, ...] = (),
    lead: str = "",
    middle: str = "",
    runin: str = "",
    tail: tuple[str, ...] = (),
    **kwargs: Any,
) -> tuple[str, str | None]:
    """The post on MEMBER_SITE with lines before it (``head``), run into its first sentence
    (``lead``), between its first two paragraphs (``middle``), run into its last sentence
    (``runin``) and after it (``tail``): the text attribution leaves, and the publisher.
    ``kwargs`` go to ``attribute`` (``side_lines``, ``meta``, ``site_name`` …)."""
    body = [lead + BODY[0], *([middle] if middle else []), *BODY[1:-1], BODY[-1] + runin]
    cleaned, found = attribute("\n".join([*head, *body, *tail]), url=MEMBER_SITE, **kwargs)
    return cleaned, found.original_publisher


def body_stays(cleaned: str) -> bool:
    """Whether every sentence of the post is still in ``cleaned``."""
    return all(sentence in cleaned for sentence in BODY)


#: A second post, two paragraphs of another story, for tests that edit its paragraphs.
FERRY_BLOG = "https://valley-notes.example.org/2026/03/ferry-line.html"
FERRY_BODY = [
    "The regional ferry will run four times a day from June, cutting the crossing to the "
    "island to thirty-five minutes, the operator said on Tuesday.",
    "Islanders have until now travelled through a neighbouring port, which added more than "
    "an hour to every trip, the mayor told residents at a meeting.",
]
