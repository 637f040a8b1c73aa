# ruff: noqa: RUF001, RUF002  (dashes and letters of other scripts are meant)
"""The twenty-seventh pass (issue 14, the eighth conventions round), class by class, in
wordings and outlets the round did not use:

- (1) the site's own names in the forms its furniture gives them: its owner company with a
  legal form and a registration number ("… Sdn Bhd (123456-X)", "… AB", "… S.p.A."), its name
  under a case ending ("Czytaj więcej w „Rzeczpospolitej”" on rp.pl), a Chinese site and its
  paper joined by a dash ("来源：新华网－新华社" on news.cn); on another site the same lines
  credit the other outlet, the company cleaned of its form;
- (2) a station's band or a paper's word ends a name that opens with a given name ("Source:
  Grace FM", "Fonte: Clara Gazeta"), and a broadcaster's kind before a quoted name goes
  ("Источник: телекомпания «Губерния»"); the same given name before a family name is a person;
- (3) a wire's byline block kept as the story's first line: its field with a place or a stamp
  ("ANI | New Delhi | March 4, 2026"), its name and bureau ("Associated Press in
  Washington"), a newsroom with the wire's copy ("Redacción con EFE"), a writer of a table
  outlet ("Maria Rossi, The Guardian"); a desk's field, a correspondent's bureau and a
  writer's role credit no one, nor does a headline's "in an interview with AFP";
- (4) a table name in capitals run into the last paragraph after its sentence ("… AFP");
  an institution's or an alliance's capitals, or a two-letter tag, credit no one.

Each class: the publisher (or no one), the line gone from the text where it credits, and
twins."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.attribution.names import cleaned
from tests.blogpost import BODY, body_stays
from tests.blogpost import MEMBER_SITE as SITE


def _tail(line: str, url: str = SITE, site_name: str | None = None) -> tuple[str, str | None]:
    text, found = attribute("\n".join([*BODY, line]), url=url, site_name=site_name)
    return text, found.original_publisher


def _head(line: str, url: str = SITE) -> tuple[str, str | None]:
    text, found = attribute("\n".join([line, *BODY]), url=url)
    return text, found.original_publisher


# (1) the site's own names: its company, its name declined, its site and paper joined
OWN = [
    (
        "Copyright © 2026 Pinecrest Media Group Sdn Bhd (123456-X)",
        "https://www.pinecrest.com.my/news/2026/03/04/roads",
        "Pinecrest",
    ),
    (
        "© 2026 Harbour Ledger Media AB. All rights reserved.",
        "https://www.harbourledger.se/nyheter/2026/03/04/vagar",
        "Harbour Ledger",
    ),
    (
        "Czytaj więcej w „Rzeczpospolitej”: codzienne wydanie na Twoim telefonie.",
        "https://www.rp.pl/kraj/art123-remont",
        "Rzeczpospolita",
    ),
    ("来源：新华网－新华社", "https://www.news.cn/local/2026-03/04/c_1.htm", "新华网"),
]


@pytest.mark.parametrize(("line", "url", "site"), OWN)
def test_the_sites_own_names_credit_no_one(line: str, url: str, site: str) -> None:
    text, publisher = _tail(line, url, site)
    assert publisher is None
    assert body_stays(text)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Copyright © 2026 Pinecrest Media Group Sdn Bhd (123456-X)", "Pinecrest Media Group"),
        ("Czytaj więcej w „Rzeczpospolitej”", "Rzeczpospolitej"),
        ("来源：新华网－新华社", "Xinhua"),
    ],
)
def test_on_another_site_the_same_lines_credit_their_outlet(line: str, publisher: str) -> None:
    text, found = _tail(line)
    assert found == publisher
    assert line not in text


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Pinecrest Media Group Berhad (10894-D)", "Pinecrest Media Group"),
        ("Harbour Ledger Media AB", "Harbour Ledger Media"),
        ("Editoriale Lago S.p.A.", "Editoriale Lago"),
        ("Kestrel News Ltd, Company No. 01234567", "Kestrel News"),
        # twins: a domain's suffix and a name's own short word stay
        ("aftonbladet.se", "aftonbladet.se"),
        ("Diario AS", "Diario AS"),
    ],
)
def test_a_companys_legal_form_and_number_are_no_part_of_its_name(name: str, bare: str) -> None:
    assert cleaned(name) == bare


# (2) a station's or a paper's word after a given name; a broadcaster's kind
@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Source: Grace FM", "Grace FM"),
        ("Fonte: Clara Gazeta", "Clara Gazeta"),
        ("Источник: телекомпания «Губерния»", "Губерния"),
    ],
)
def test_a_station_or_paper_word_makes_an_outlet(line: str, publisher: str) -> None:
    text, found = _tail(line)
    assert found == publisher
    assert line not in text


@pytest.mark.parametrize(
    "line",
    ["Source: Grace Wanjiru", "Fonte: Clara Monteiro", "Источник: Мария Иванова"],
)
def test_the_same_given_name_before_a_family_name_is_a_person(line: str) -> None:
    text, found = _tail(line)
    assert found is None
    assert line in text


# (3) a wire's byline block heading the text
@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("ANI | New Delhi | March 4, 2026 14:02 IST", "ANI"),
        ("By AFP / Paris / 4 March 2026", "AFP"),
        ("Associated Press in Washington", "Associated Press"),
        ("Redacción con EFE", "EFE"),
        ("Maria Rossi, The Guardian", "The Guardian"),
    ],
)
def test_a_wires_byline_heading_the_text_credits_it(line: str, publisher: str) -> None:
    text, found = _head(line)
    assert found == publisher
    assert line not in text
    assert body_stays(text)


@pytest.mark.parametrize(
    "line",
    [
        "Sports Desk | New Delhi | March 4, 2026 14:02 IST",
        "Our correspondent in Washington",
        "Redacción con información propia",
        "Maria Rossi, Staff Writer",
        "AFP | 3 min read",
        "Minister speaks in an interview with AFP",
    ],
)
def test_a_desks_or_writers_byline_heading_the_text_credits_no_one(line: str) -> None:
    text, found = _head(line)
    assert found is None
    assert body_stays(text)


# (4) a wire's name in capitals run into the last paragraph
LAST = BODY[-1]


@pytest.mark.parametrize(
    ("tag", "publisher"),
    [(" AFP", "AFP"), (" BLOOMBERG", "Bloomberg"), (" XINHUA", "Xinhua")],
)
def test_a_wires_name_in_capitals_run_into_the_last_paragraph(tag: str, publisher: str) -> None:
    text, found = attribute("\n".join([*BODY[:-1], LAST + tag, "Follow us on WhatsApp."]), url=SITE)
    assert found.original_publisher == publisher
    assert tag.strip() not in text
    assert body_stays(text)


@pytest.mark.parametrize("tag", [" UNICEF", " NATO", " AP", " WHO"])
def test_other_capitals_run_into_the_last_paragraph_credit_no_one(tag: str) -> None:
    text, found = attribute("\n".join([*BODY[:-1], LAST + tag]), url=SITE)
    assert found.original_publisher is None
    assert LAST in text
