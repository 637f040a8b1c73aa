"""The local paper's own two-paragraph story that the attribution pass tests put credit lines,
side lines and markup around: a site that credits no one until a test adds the line."""

from __future__ import annotations

from typing import Any

from aggregator.attribution.attribute import attribute
from aggregator.models import Attribution

STORY = [
    "The harbour board voted on Tuesday to dredge the eastern channel before the autumn storms.",
    "Work is due to start in August and should take about six weeks, the board's chair said.",
]
URL = "https://www.tidewaterpost.example/2026/03/harbour-dredging/"
SITE = "Tidewater Post"


def attributed(
    tail: list[str] | None = None,
    *,
    head: list[str] | None = None,
    lead: str = "",
    story: list[str] = STORY,
    kept: list[str] | None = None,
    url: str = URL,
    site: str | None = SITE,
    **markup: Any,
) -> tuple[str, Attribution]:
    """``story`` on the site, with ``head`` lines above it, ``lead`` glued to its first line
    and ``tail`` lines under it, attributed with the page's ``markup`` (side_lines,
    source_links, captions, meta, jsonld); the text left and the attribution. Every sentence
    of ``kept`` (by default the story) must still be in the text."""
    text = "\n".join([*(head or []), lead + story[0], *story[1:], *(tail or [])])
    cleaned, found = attribute(text, url=url, site_name=site, **markup)
    for sentence in story if kept is None else kept:
        assert sentence in cleaned
    return cleaned, found
