"""Negative twins of the classes the second conventions round taught the code (issue 14), found
by probing each class beyond ``test_attribution_conventions2.py``'s cases: what a portal's
byline, a Slavic lead, a quoted name, a permission line or a dated domain must not credit, and
a few variants each class must still read."""

from __future__ import annotations

import pytest

from tests.blogpost import in_side_box, with_head, with_tail

YAHOO = "https://news.yahoo.com/council-approves-road-budget-101500123.html"


@pytest.mark.parametrize(
    "line",
    [
        "World News · 3 min read",  # a portal's section label
        "Local News · 2 min read",
        "Opinion · Jane Whitfield · 5 min read",
    ],
)
def test_a_portal_byline_of_a_section_names_no_one(line: str) -> None:
    assert in_side_box(line, YAHOO) is None


@pytest.mark.parametrize(
    "line",
    [
        "Převzato z Facebooku",  # cs: a platform, no paper's kind noun before it
        "Na podstawie informacji policji",  # pl: the police's information
        "По сообщению МЧС",  # ru: a ministry reported it
        "Source: “Mending the roads”",  # a quoted title, not a name
        "Reproduced with permission from Dr. Jane Roe.",
        "Abdruck mit freundlicher Genehmigung des Verlags.",  # de: "of the publishing house"
        "This story appeared in the Sunday Review section of the print edition.",
    ],
)
def test_a_line_of_the_new_shapes_naming_no_outlet_credits_no_one(line: str) -> None:
    _, publisher = with_tail(line)
    assert publisher is None


def test_a_sentence_shaped_like_an_italian_feed_footer_stays() -> None:
    line = "L'articolo di ieri proviene da fonti riservate."
    text, publisher = with_tail(line)
    assert publisher is None
    assert line in text


@pytest.mark.parametrize(
    "line",
    [
        "By Anna Laura Reuter",  # a family name that is also a spelling of a wire's
        "LONDON, March 4. GOV.UK - The council voted.",  # a government's domain
        "Как сообщает корреспондент, совет проголосовал.",  # no agency named
    ],
)
def test_a_head_line_naming_a_person_or_a_site_outside_the_table_credits_no_one(
    line: str,
) -> None:
    _, publisher = with_head(line)
    assert publisher is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("First published in print in Lakeshore Ledger.", "Lakeshore Ledger"),
        ("Theo báo Tuổi Trẻ", "Tuổi Trẻ"),  # vi: the kind noun "báo" (newspaper) goes
        ("Převzato z týdeníku Přístavní listy", "Přístavní listy"),  # cs, another kind
        ("Źródło: „Gazeta Portowa”", "Gazeta Portowa"),  # pl: a quoted name
    ],
)
def test_a_variant_of_a_new_shape_names_the_outlet(line: str, publisher: str) -> None:
    text, found = with_tail(line)
    assert found == publisher
    assert line not in text
