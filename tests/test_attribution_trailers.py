"""Trailers that close a copied story (issue 14, the sixth blind set): an outlet's
description required by its republishing terms, a wire's end marker, a desk's note that it
edited wire copy, "first broadcast by", Nordic "first published in". Each credits the outlet
and leaves the text; the site's own description and "wire reports" credit no one."""

# ruff: noqa: RUF001  (letters of other scripts are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

BLOG = "https://valley-notes.example.org/2026/03/budget.html"
BODY = [
    "The council approved the new budget on Tuesday after a long debate about the cost of "
    "road repairs and school meals.",
    "Officials said the plan would take effect in July if the regional authority signed it off.",
]


def _tail(line: str, url: str = BLOG) -> tuple[str, str | None]:
    text, found = attribute("\n".join([*BODY, line]), url=url)
    return text, found.original_publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "Chalkbeat is a nonprofit news site covering educational change in public schools.",
            "Chalkbeat",
        ),
        (
            "KFF Health News is a national newsroom that produces in-depth journalism about "
            "health issues and is one of the core operating programs at KFF.",
            "KFF Health News",
        ),
        ("(END) Dow Jones Newswires", "Dow Jones Newswires"),
        ("Edited by Harcourt Star staff from Reuters reports.", "Reuters"),
        ("This report was first broadcast by Sky News.", "Sky News"),
        ("Artiklen blev først bragt i Politiken.", "Politiken"),
        ("Artikkelen ble først publisert i Aftenposten.", "Aftenposten"),
    ],
)
def test_trailer_credits_the_outlet_and_leaves_the_text(line: str, publisher: str) -> None:
    text, found = _tail(line)
    assert found == publisher
    assert line not in text


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("Edited by staff from wire reports.", BLOG),
        ("The mayor is a former newsroom editor who ran the local paper for a decade.", BLOG),
        (
            "Chalkbeat is a nonprofit news site covering educational change in public schools.",
            "https://www.chalkbeat.org/2026/03/budget",
        ),
    ],
)
def test_no_outlet_or_the_sites_own_stays(line: str, url: str) -> None:
    text, found = _tail(line, url)
    assert found is None
    assert line in text
