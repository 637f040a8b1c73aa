# ruff: noqa: RUF001  (dashes, quotation marks and letters of other languages are meant)
"""The twentieth pass (issue 14, the fourth conventions round), class by class, in wordings
the round did not use:

- (a) lines that leave once the publisher is decided: a byline of two or three reporters with
  the wire after them, the AP's philanthropy-standards pointer, desk initials before the tag
  ("jd/th dpa") or each closed by a slash ("jk/ mhr/"), the republishing box's button text,
  "With files from" (The Canadian Press' credit), a wire's full name alone heading the story,
  a reporter's role at the agency in Portuguese, Spanish, Italian;
- (b) national agencies' capitals the table lacks, by their dateline shape (a place, a date,
  the tag: "Abuja, March 4, 2026 (NAN)", "Accra, March 4, GNA -") and their closing line
  with the agency's site or editors' initials ("(NAN)(www.nannews.ng)", "EFE ar/mv");
- (d) a table name's company form and web edition ("The Financial Times Limited", "BBC News
  Online");
- the wire's writers who contributed under a byline of the site's own staff.

Each class: the publisher, the line gone from the text, and twins that credit no one (prose
twins keep their sentence)."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BODY, body_stays
from tests.blogpost import on_member_site as run


# (a) lines that leave once decided
@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        (("By Jane Doe and Tom Hale Associated Press",), "Associated Press"),
        (("By JANE DOE, TOM HALE and ANA RUIZ Associated Press",), "Associated Press"),
        (("Associated Press",), "Associated Press"),
        (("The Canadian Press",), "The Canadian Press"),
        (("Jane Doe, enviada especial da Agência Brasil",), "Agência Brasil"),
        (("Jane Doe, corresponsal de EFE",), "EFE"),
        (("Jane Doe - Repórter do Jornal do Planalto",), "Jornal do Planalto"),
    ],
)
def test_a_head_credit_lines(head: tuple[str, ...], publisher: str) -> None:
    cleaned, found = run(head=head, lead="OTTAWA — ")
    assert found == publisher
    assert head[0] not in cleaned
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    "head",
    [
        ("Fish and Chips Associated Press",),
        ("The Harbour Press",),  # an unknown name with a press word: no table wire
        ("AFP",),  # a bare tag at the head is as often a dropped picture's credit
        ("Jane Doe – Repórter da Silva",),
        ("Jane Doe, periodista de investigación",),
    ],
)
def test_a_head_twins_credit_no_one(head: tuple[str, ...]) -> None:
    cleaned, found = run(head=head)
    assert found is None
    assert head[0] in cleaned


@pytest.mark.parametrize(
    ("lead", "tail", "publisher"),
    [
        ("Hamburg (dpa) - ", ("lk/ms dpa",), "dpa"),
        ("Warsaw, March 4 (PAP) - ", ("(PAP)", "ak/ jc/ mw/"), "Polish Press Agency"),
        (
            "DENVER (AP) — ",
            (
                "Find AP's standards for working with philanthropies, a list of supporters "
                "and funded coverage areas at AP.org.",
            ),
            "Associated Press",
        ),
        ("", ("With files from Reuters.",), "Reuters"),
        ("", ("— With files from The Associated Press",), "Associated Press"),
    ],
)
def test_a_tail_lines_leave(lead: str, tail: tuple[str, ...], publisher: str) -> None:
    cleaned, found = run(lead=lead, tail=tail)
    assert found == publisher
    assert [line for line in tail if line in cleaned.split("\n")] == []
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    "tail",
    [
        ("Republish this story",),
        ("Reprint this article",),
        ("Republish our articles for free, online or in print, under a Creative Commons license.",),
    ],
)
def test_a_republish_box_leaves_once_decided(tail: tuple[str, ...]) -> None:
    cleaned, found = run(tail=("This story was originally published by ProPublica.", *tail))
    assert found == "ProPublica"
    assert tail[0] not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Republish this story",  # nothing decided: the box text stays
        "With files from Jane Doe and Tom Hale",  # CP's own reporters
        "The ministry filed files from the court with the registry on Monday.",
        "jk/ mhr/",  # initials under no wire
    ],
)
def test_a_twins_stay(line: str) -> None:
    cleaned, found = run(tail=(line,))
    assert found is None
    assert line in cleaned


def test_a_standards_line_without_the_wire_stays() -> None:
    line = "Find our standards for working with philanthropies at example.org."
    cleaned, found = run(tail=(line,))
    assert found is None
    assert line in cleaned


# (b) national agencies' capitals the table lacks
@pytest.mark.parametrize(
    ("lead", "publisher"),
    [
        ("Abuja, March 4, 2026 (NAN) ", "NAN"),
        ("Lagos, Feb. 3, 2026 (NAN) ", "NAN"),
        ("Accra, March 4, GNA - ", "GNA"),
        ("Kumasi, March 4, GNA – ", "GNA"),
        ("Beirut, March 4 (NNA) - ", "NNA"),
    ],
)
def test_b_national_tag_datelines(lead: str, publisher: str) -> None:
    cleaned, found = run(lead=lead)
    assert found == publisher
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    "lead",
    [
        "WASHINGTON, March 4 (UPDATED) ",
        "Accra, March 4, UPDATE - ",
        "LONDON (NAN) ",  # no date: no dateline's shape
        "On Tuesday, March 4, GNA - ",
    ],
)
def test_b_dateline_twins(lead: str) -> None:
    cleaned, found = run(lead=lead)
    assert found is None
    assert BODY[1] in cleaned


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("(NAN) www.nannews.ng", "NAN"),
        ("(NAN)(www.nannews.ng)", "NAN"),
        ("EFE ar/mv/lp", "EFE"),
    ],
)
def test_b_closing_tag_lines(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned


@pytest.mark.parametrize(
    "tail", ["(NAN)(www.example.com)", "(See)(www.seeing.org)", "Call 911 and/or"]
)
def test_b_closing_tag_twins(tail: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found is None
    assert tail in cleaned


def test_b_agency_own_site_credits_no_one() -> None:
    text = "\n".join(["Abuja, March 4, 2026 (NAN) " + BODY[0], *BODY[1:], "(NAN)(www.nannews.ng)"])
    _, found = attribute(text, url="https://nannews.ng/2026/03/04/x/", site_name="NAN")
    assert found.original_publisher is None


# (d) a table name's company form and web edition
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("© The Financial Times Limited 2026. All rights reserved.", "Financial Times"),
        ("Source: BBC News Online", "BBC"),
        ("Source: The Guardian Online", "The Guardian"),
    ],
)
def test_d_company_form_and_web_edition(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned


def test_d_unknown_name_online_is_kept_as_written() -> None:
    _, found = run(tail=("Source: Harbour Gazette Online",))
    assert found == "Harbour Gazette Online"


# the wire's writers under the site's own staff byline
WRITERS = "Reuters reporters Jane Doe in Cairo and Ana Ruiz in Lisbon contributed to this report."


def test_writers_contributed_under_staff_byline_credit_no_one() -> None:
    cleaned, found = run(head=("By Tom Hale, Senior Staff Writer",), tail=(WRITERS,))
    assert found is None
    assert WRITERS in cleaned


@pytest.mark.parametrize(
    ("head", "lead"),
    [
        (("By JANE DOE Reuters",), ""),  # the wire's byline: its sign-off
        ((), ""),  # no byline: the wire's sign-off
        (("By Tom Hale, Staff Writer",), "CAIRO, March 4 (Reuters) - "),  # the wire's dateline
    ],
)
def test_writers_contributed_under_wire_byline_or_dateline_credit_the_wire(
    head: tuple[str, ...], lead: str
) -> None:
    _, found = run(head=head, lead=lead, tail=(WRITERS,))
    assert found == "Reuters"
