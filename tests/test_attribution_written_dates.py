"""Pass 62 (issue 14): a dated byline block beside the text whose date is written out ("The
Hindu 17 Feb 2027, 08:42 AM", a news app's card over the headline) names a table outlet as its
author as the numeric form does ("Reuters 2026-03-24"); a rail of other stories' dated bylines
("Reuters February 28, 2024" among "Jane Doe February 27, 2024") names no one."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.attribution.conventions.byline_blocks import BYLINE_DATE

URL = "https://m.readhub.example/card/alappuzha-houseboats-7781"
STORY = (
    "Houseboat operators in Alappuzha have been given until March 31 to replace open "
    "discharge toilets with sealed tanks, the district's port officer said.\n"
    "The order applies to all registered houseboats that operate from the two main jetties."
)


def credited(side_lines: tuple[str, ...]) -> str | None:
    return attribute(STORY, url=URL, side_lines=side_lines)[1].original_publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("The Hindu 17 Feb 2027, 08:42 AM", "The Hindu"),
        ("Reuters | Tuesday, February 17, 2027 08:42", "Reuters"),
        ("Der Spiegel · 17. Februar 2027", "Der Spiegel"),
        ("El País, 17 de febrero de 2027", "El País"),
        ("Reuters 2027-02-17", "Reuters"),  # the numeric form, as before
    ],
)
def test_a_dated_byline_block_with_a_written_date_names_a_table_outlet(
    line: str, publisher: str
) -> None:
    assert credited((line, "Houseboats told to fit sealed tanks by March 31")) == publisher


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe 17 Feb 2027, 08:42 AM",  # a writer, no outlet
        "Kerala Houseboat Owners 17 Feb 2027",  # a name the table lacks may be anything
    ],
)
def test_other_dated_lines_name_no_one(line: str) -> None:
    assert credited((line,)) is None


def test_a_rail_of_other_stories_bylines_names_no_one() -> None:
    rail = (
        "Reuters February 28, 2027 California",
        "Susan Lee February 26, 2027",
        "Joseph Kim February 27, 2027 Campus",
        "Matthew Shaw February 27, 2027 Latest News",
    )
    assert credited(rail) is None


@pytest.mark.parametrize(
    ("line", "left"),
    [
        ("The Hindu 17 Feb 2027, 08:42 AM", "The Hindu"),
        ("PA | Sunday, February 15, 2027", "PA"),
        ("Leon Fairweather Sun, Feb 14, 2027", "Leon Fairweather"),
        ("Jane Doe | 4. März 2026", "Jane Doe"),
        # no year, or no date: as written
        ("The March 4 Movement", "The March 4 Movement"),
        ("Mayday Parade 2026", "Mayday Parade 2026"),
    ],
)
def test_byline_date(line: str, left: str) -> None:
    assert BYLINE_DATE.sub("", line).strip() == left
