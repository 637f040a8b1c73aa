"""Trailers that close a copied story (issue 14, the sixth blind set): an outlet's
description required by its republishing terms, a wire's end marker, a desk's note that it
edited wire copy, "first broadcast by", Nordic "first published in". Each credits the outlet
and leaves the text; the site's own description and "wire reports" credit no one."""

from __future__ import annotations

import pytest

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
