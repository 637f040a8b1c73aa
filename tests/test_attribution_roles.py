"""One line crediting the text and its pictures ("Text: DW | Photo: AFP", issue 14's sixth
blind set): the text's credit decides and the whole line leaves; a photo credit naming two
agencies stays a photo credit."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Text: DW | Photo: AFP", "Deutsche Welle"),
        ("Photo: AFP | Text: Reuters", "Reuters"),
        ("Texto: EFE / Foto: Reuters", "EFE"),
    ],
)
def test_text_and_photo_credits_on_one_line(line: str, publisher: str) -> None:
    text, found = attribute("\n".join([*BODY, line]), url=BLOG)
    assert found.original_publisher == publisher
    assert line not in text


def test_a_photo_credit_of_two_agencies_stays_the_photos() -> None:
    _, found = attribute("\n".join([*BODY, "Photo: AFP / Getty"]), url=BLOG)
    assert found.original_publisher is None
    assert found.image_credits == ("Photo: AFP / Getty",)
