# ruff: noqa: RUF001, RUF002  (full-width brackets are meant)
"""Wire datelines and bylines in their house forms (issue 14, the seventh blind set): Chinese
services of foreign wires ("（法新社临澄6日电）", "路透临澄3月6日 -"), AAP's tag after the date
without brackets, and a wire correspondent's byline beside the text ("By …, PA Crime
Correspondent"). Each credits the wire; an unknown desk or a bracket without an agency does not."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.attribution.publishers import load_table
from tests.blogpost import BLOG, BODY


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("（法新社临澄6日电） 连接临澄市与北岚岛的跨海大桥6日正式建成通车。", "AFP"),
        ("路透临澄3月6日 - 连接临澄市与北岚岛的跨海大桥6日正式建成通车。", "Reuters"),
        ("SYDNEY, March 6 AAP - The airport will close one of its runways.", "AAP"),
    ],
)
def test_wire_datelines_in_their_house_forms_credit_the_wire(line: str, publisher: str) -> None:
    text, found = attribute("\n".join([line, *BODY]), url=BLOG)
    expected = {"AAP": "Australian Associated Press"}.get(publisher, publisher)
    assert found.original_publisher == expected
    assert not text.startswith(line[:6])


def test_chinese_bracket_without_an_agency_is_no_dateline() -> None:
    line = "（本报记者临澄6日电） 连接临澄市与北岚岛的跨海大桥6日正式建成通车。"
    _, found = attribute("\n".join([line, *BODY]), url=BLOG)
    assert found.original_publisher is None


@pytest.mark.parametrize(
    ("side", "publisher"),
    [
        ("By Tobias Hale-Ndiaye, PA Crime Correspondent", "PA Media"),
        ("By Tobias Hale-Ndiaye, Riverside Crime Correspondent", None),
    ],
)
def test_a_wire_correspondents_byline_beside_the_text(side: str, publisher: str | None) -> None:
    _, found = attribute("\n".join(BODY), url=BLOG, side_lines=[side])
    assert found.original_publisher == publisher


# The thirteenth pass: an agency's tag after the date, the place in title case.
@pytest.mark.parametrize(
    ("dateline", "publisher"),
    [
        ("Riyadh, March 7, 2026, SPA --", "Saudi Press Agency"),
        ("Abu Dhabi, 4 March 2026, WAM --", "Emirates News Agency"),
        ("Kuwait City, March 4, 2026, KUNA --", "Kuwait News Agency"),
        ("Москва, 4 мар — РИА Новости.", "RIA Novosti"),
    ],
)
def test_a_tag_after_the_date_under_a_title_case_place_credits_the_agency(
    dateline: str, publisher: str
) -> None:
    text, found = attribute("\n".join([f"{dateline} {BODY[0]}", *BODY[1:]]), url=BLOG)
    assert found.original_publisher == publisher
    assert dateline not in text
    assert BODY[0] in text


@pytest.mark.parametrize(
    "opening",
    [
        "On Tuesday, March 7, Reuters -",
        "Monday, March 4, 2026, AP -",
        "Riyadh, March 7, 2026, officials said -",
    ],
)
def test_a_day_or_a_clause_before_a_dash_is_no_dateline(opening: str) -> None:
    text, found = attribute("\n".join([f"{opening} {BODY[0]}", *BODY[1:]]), url=BLOG)
    assert found.original_publisher is None
    assert opening in text


# An agency's tag in Greek or Cyrillic capitals closing the story, two tags joined by a hyphen.
@pytest.mark.parametrize("tag", ["ΑΠΕ-ΜΠΕ", "ΚΥΠΕ", "БТА", "УНИАН"])
def test_an_agency_tag_in_greek_or_cyrillic_capitals_credits_it(tag: str) -> None:
    text, found = attribute("\n".join([*BODY[:-1], f"{BODY[-1]} ({tag})"]), url=BLOG)
    # As written, or the table's name once news_agencies.toml lists the agency (pass 29).
    known = load_table().by_name(tag)
    assert found.original_publisher == (known.name if known is not None else tag)
    assert f"({tag})" not in text
    assert BODY[-1] in text


@pytest.mark.parametrize("tag", ["ΗΠ", "ΕΕ", "AB"])
def test_two_capitals_in_brackets_are_initials_not_an_agency(tag: str) -> None:
    text, found = attribute("\n".join([*BODY[:-1], f"{BODY[-1]} ({tag})"]), url=BLOG)
    assert found.original_publisher is None
    assert f"({tag})" in text


# "With information from AFP" in the languages that write it so.
@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("With information from AFP", "AFP"),
        ("Με πληροφορίες από AFP", "AFP"),
        ("Με πληροφορίες από Reuters", "Reuters"),
        ("Con informazioni di ANSA", "ANSA"),
        ("With information from Harbourline Tribune", "Harbourline Tribune"),
    ],
)
def test_with_information_from_an_outlet_credits_it(line: str, publisher: str) -> None:
    text, found = attribute("\n".join([*BODY, line]), url=BLOG)
    assert found.original_publisher == publisher
    assert line not in text


@pytest.mark.parametrize(
    "line",
    [
        "With information from the police",
        "Με πληροφορίες από την αστυνομία",
        "With information from Jane Doe",
    ],
)
def test_with_information_from_a_person_or_the_police_credits_no_one(line: str) -> None:
    text, found = attribute("\n".join([*BODY, line]), url=BLOG)
    assert found.original_publisher is None
    assert line in text
