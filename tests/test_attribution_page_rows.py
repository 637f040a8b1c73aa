"""Pass 63 (issue 14): an e-paper's or a clipping archive's header row beside the text names
the paper between the printed page and the date ("3面 | 北海道新聞 | 2027年2月15日"): the
clip's publisher, when the name reads as an outlet's."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

URL = "https://clips.example-library.org/view/88213"
STORY = (
    "The city council approved the new harbour budget on Monday after a debate of three "
    "hours about the cost of dredging the channel.\n"
    "Work on the northern quay will start in April and should take about a year."
)


def credited(row: str) -> str | None:
    return attribute(STORY, url=URL, side_lines=(row,))[1].original_publisher


@pytest.mark.parametrize(
    ("row", "publisher"),
    [
        ("3面 | 北海道新聞 | 2027年2月15日", "北海道新聞"),
        ("12면 | 매일신문 | 2027년 2월 15일", "매일신문"),
        ("Page A3 · The Harbour Ledger · 15 February 2027", "The Harbour Ledger"),
        ("Seite 3 | Lausitzer Rundschau | 15.02.2027", "Lausitzer Rundschau"),
        ("2027-02-15 | Ouest-France | p. 7", "Ouest-France"),
    ],
)
def test_an_epaper_row_names_the_paper(row: str, publisher: str) -> None:
    assert credited(row) == publisher


@pytest.mark.parametrize(
    "row",
    [
        "A1 | Local | 2027-02-15",  # a section, no paper
        "Page 3 | Sport | 15 February 2027",
        "Home | News | Sport",  # no page, no date
        "Page 3 | 15 February 2027 | Opinion",
        "3面 | 北海道新聞",  # no date: not such a row
    ],
)
def test_other_rows_name_no_one(row: str) -> None:
    assert credited(row) is None
