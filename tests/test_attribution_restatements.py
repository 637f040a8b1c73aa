"""A line that restates the decided publisher in another spelling leaves the text with the
credit (issue 14, leaks): its initials, its domain, a written date after it, or one part of a
byline block. On a page that credits no one, or beside another publisher, such lines stay."""

# ruff: noqa: RUF001  (curly apostrophes and Cyrillic names are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY


def _page(credit: str, other: str, where: str) -> tuple[list[str], str | None]:
    lines = list(BODY)
    if where == "head":
        lines = [other, *lines, credit]
    elif where == "middle":
        lines = [*lines[:2], other, *lines[2:], credit]
    else:
        lines = [credit, *lines, other]
    text, found = attribute("\n".join(lines), url=BLOG)
    return text.split("\n"), found.original_publisher


@pytest.mark.parametrize(
    ("credit", "other", "where", "publisher"),
    [
        ("Source: Harbour Ledger", "harbourledger.co.uk", "tail", "Harbour Ledger"),
        ("Source: Harbour Ledger", "www.harbourledger.co.uk/news", "tail", "Harbour Ledger"),
        ("Source: The Associated Press", "apnews.com", "tail", "Associated Press"),
        ("Source: Harbour Ledger", "Harbour Ledger, 5 March 2026", "tail", "Harbour Ledger"),
        ("Source: Harbour Ledger", "kim.lee@harbourledger.co.uk", "tail", "Harbour Ledger"),
        ("Source : AFP", "Avec l'AFP", "tail", "AFP"),
        ("Source : AFP", "l’AFP", "middle", "AFP"),
        ("Source: TASS", "ИТАР-ТАСС", "tail", "TASS"),
        ("Source: Harbour Ledger", "Harbour Ledger — March 5, 2026", "middle", "Harbour Ledger"),
        ("Source: Harbour Ledger", "Harbour Ledger (HL)", "tail", "Harbour Ledger"),
        ("Source: Harbour Ledger", "HL", "middle", "Harbour Ledger"),
        ("Source: PTI", "Press Trust of India (PTI)", "tail", "Press Trust of India"),
        ("Source: Reuters", "Jane Doe | Reuters", "head", "Reuters"),
        ("Source: The Associated Press", "JANE DOE, Associated Press", "head", "Associated Press"),
        ("Source: Reuters", "By Reuters | March 4, 2026", "head", "Reuters"),
        ("Source: Reuters", "By Reuters Staff | Updated March 4, 10:41 a.m.", "head", "Reuters"),
    ],
)
def test_a_restatement_of_the_decided_publisher_leaves_the_text(
    credit: str, other: str, where: str, publisher: str
) -> None:
    lines, found = _page(credit, other, where)
    assert found == publisher
    assert other not in lines
    assert credit not in lines
    assert all(paragraph in lines for paragraph in BODY)


@pytest.mark.parametrize(
    ("credit", "other"),
    [
        # another outlet's domain, initials and byline stay
        ("Source: Harbour Ledger", "valleycourier.com"),
        ("Source: Harbour Ledger", "VC"),
        ("Source: Harbour Ledger", "kim.lee@valleycourier.com"),
        ("Source: Reuters", "Jane Doe | Valley Courier"),
        ("Source: Reuters", "Reuters, 5 people died"),
        # a byline part that is a sentence is no byline block
        ("Source: Reuters", "Reuters | the figures were revised on Monday"),
    ],
)
def test_other_names_and_sentences_stay(credit: str, other: str) -> None:
    lines, _ = _page(credit, other, "middle")
    assert other in lines


def test_without_a_decided_publisher_a_domain_line_stays() -> None:
    text, found = attribute("\n".join([*BODY, "HL", "harbourledger.co.uk"]), url=BLOG)
    assert found.original_publisher is None
    assert "harbourledger.co.uk" in text
    assert "HL" in text.split("\n")


def test_an_outlets_staff_byline_names_the_outlet() -> None:
    _, found = attribute("\n".join(["By Harbour Ledger Staff", *BODY]), url=BLOG)
    assert found.original_publisher == "Harbour Ledger"
