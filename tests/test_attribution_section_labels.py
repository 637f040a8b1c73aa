"""The thirteenth pass (issue 14): a feed's or site's section label after an outlet's name
("Haverleigh Herald & Post — News", a feed reader's source line) is no outlet, even when the
table has "The News" or "The National"."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY, with_tail


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Source: Haverleigh Herald & Post — News", "Haverleigh Herald & Post"),
        ("Source: Harbourline Tribune | National", "Harbourline Tribune"),
        ("Source: Harbourline Tribune — Nation", "Harbourline Tribune"),
        ("Via Harbourline Tribune · Latest news", "Harbourline Tribune"),
    ],
)
def test_a_section_label_after_the_name_is_no_outlet(line: str, publisher: str) -> None:
    _, found = with_tail(line)
    assert found == publisher
    _, beside = attribute("\n".join(BODY), url=BLOG, side_lines=[f"{line} · yesterday"])
    assert beside.original_publisher == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Source: The News", "The News International"),
        ("Source: The National", "The National"),
        ("Source: Harbourline Tribune — The Guardian", "The Guardian"),
    ],
)
def test_a_table_outlet_written_in_full_still_counts(line: str, publisher: str) -> None:
    _, found = with_tail(line)
    assert found == publisher
