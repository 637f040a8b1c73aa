"""Trailers that close a copied story (issue 14, the sixth blind set): an outlet's
description required by its republishing terms, a wire's end marker, a desk's note that it
edited wire copy, "first broadcast by", Nordic "first published in". Each credits the outlet
and leaves the text; the site's own description and "wire reports" credit no one."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG
from tests.blogpost import with_tail as _tail


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
        # a column syndicate's description, its domain after its name (pass 67)
        (
            "Mountain Desk Columns, mountaindeskcolumns.org, is an independent nonprofit "
            "dedicated to spurring lively debate about the Rockies.",
            "Mountain Desk Columns",
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
        ("The trust is a nonprofit dedicated to the river's wetlands.", BLOG),
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


def test_slash_tag_after_the_last_sentence_is_the_wires_and_leaves_the_text() -> None:
    last = "Havnen forventer, at de første nye pladser kan lejes ud fra foråret 2028. /ritzau/"
    text, found = _tail(last)
    assert found == "Ritzau"
    assert text.endswith("foråret 2028.")


def test_slashes_in_a_sentence_are_no_tag() -> None:
    last = "Prices rose 3 per cent in 2025 and/or 2026. /s/"
    text, found = _tail(last)
    assert found is None
    assert text.endswith("/s/")


def test_with_assistance_sign_off_leaves_the_text() -> None:
    text, _ = _tail("--With assistance from Declan Rourke.")
    assert "Declan Rourke" not in text


@pytest.mark.parametrize(
    ("line", "publisher"), [("Theo VnExpress", "VnExpress"), ("Theo Walcott", None)]
)
def test_vietnamese_theo_before_a_brand_with_an_inner_capital(
    line: str, publisher: str | None
) -> None:
    assert _tail(line)[1] == publisher


def test_a_newsrooms_description_beside_the_text_credits_it() -> None:
    line = (
        "Mountain Desk Columns, mountaindeskcolumns.org, is an independent nonprofit dedicated "
        "to spurring lively debate about the Rockies."
    )
    story = "The county closed the river access below the bridge.\nAnglers have protested."
    _, found = attribute(story, url=BLOG, side_lines=("More from Opinion", line))
    assert found.original_publisher == "Mountain Desk Columns"
    # on the syndicate's own site it is the site's own footer
    _, own = attribute(story, url="https://mountaindeskcolumns.org/c/1", side_lines=(line,))
    assert own.original_publisher is None
