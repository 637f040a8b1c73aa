"""Boxes beside the text that extraction left out (issue 14, the sixth blind set's Ghost
callout cards): the box's icon is decoration, and an author's bio may come before the
credit sentence in the same box. A box that only mentions an outlet credits no one."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

BLOG = "https://valley-notes.example.org/2026/03/river.html"
TEXT = "\n".join(
    [
        "A stretch of the river reopened for swimming on Saturday for the first time in eleven "
        "years, after a season of water tests found bacteria levels within bathing standards.",
        "The council hopes the stretch will be designated an official bathing water next year.",
    ]
)


def _beside(box: str) -> str | None:
    return attribute(TEXT, url=BLOG, side_lines=(box,))[1].original_publisher


@pytest.mark.parametrize(
    ("box", "publisher"),
    [
        (
            "📰 This story was originally published by ProPublica, a nonprofit newsroom that "
            "investigates abuses of power, and is republished with permission.",
            "ProPublica",
        ),
        (
            "Tamsin Holloway is a lecturer in freshwater ecology at Harrowgate University. This "
            "article is republished from The Conversation under a Creative Commons license.",
            "The Conversation",
        ),
    ],
)
def test_callout_box_credit(box: str, publisher: str) -> None:
    assert _beside(box) == publisher


def test_box_that_mentions_an_outlet_credits_no_one() -> None:
    assert _beside("Jane Roe is a lecturer. She has written for Reuters and the BBC.") is None


def test_picture_box_ending_in_a_source_label_credits_no_one() -> None:
    box = "Bild3: ©Ev bestimmte Rechte vorbehalten . Quelle: Unsplash"
    assert _beside(box) is None
