# ruff: noqa: RUF001  (dashes, quotation marks and letters of other scripts are meant)
"""The eighteenth pass, second half (issue 14, the third conventions round's families (a), (b)
and (c)), class by class, in wordings the round did not use:

- name shapes: a lower-case brand after a credit's word when its words are a paper's
  ("stadtanzeiger", "heise online"); the title marks of Chinese and Japanese (《》, 「」, 『』) and
  their "provided by" line; a link's label ("(opens in new tab)") and an outlet's desk after
  the name; a linked file ("PDF, 2.4 MB") and a government's site credit no one;
- two parties: a platform or aggregator after the original ("X via SmartNews", "Source:
  Google News / X", "Via MSN, originally published by X"), a partner or funder after it ("X,
  with support from …"), a first publisher before the second site ("First published by X;
  reprinted by Y"), the outlet a freelancer wrote for ("By Jane Doe, special to the X"), a
  syndicate's line after a column;
- organisation bylines: an outlet's staff, desk or editorial board, the newsroom of an outlet
  in the Romance languages, and a portal's "Story by <writer>, <outlet>".

Each class: the publisher, the line gone from the text, and twins that credit no one (prose
twins keep their sentence)."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests import blogpost
from tests.blogpost import BLOG, BODY, with_head, with_tail

ROUNDUP = "https://www.valleynewsroundup.net/2026/03/04/council-approves-road-budget/"
MSN = "https://www.msn.com/en-us/news/us/council-approves-road-budget/ar-BB1kLm2"


def in_side_box(line: str, url: str = ROUNDUP) -> str | None:
    return blogpost.in_side_box(line, url)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # a lower-case brand: a compound ending in a paper's word, or a word and a paper's word
        ("Quelle: stadtanzeiger", "stadtanzeiger"),
        ("Source: heise online", "heise online"),
        ("Via nordkurier", "nordkurier"),
        # the title marks of Chinese and Japanese, and their "provided by" line
        ("来源：《南岭日报》", "南岭日报"),
        ("出典：『週刊はまなす』", "週刊はまなす"),
        ("記事提供：北浜新報", "北浜新報"),
        # a link's label after the name, in the languages of the sites' themes
        ("Source: Harbour Gazette (link is external)", "Harbour Gazette"),
        ("Quelle: Wendländer Rundschau (öffnet in neuem Tab)", "Wendländer Rundschau"),
        ("Fuente: Crónica de Tarifa (se abre en una nueva pestaña)", "Crónica de Tarifa"),
        ("Source: Politico (opens in a new window)", "Politico"),
        # a blogger's note on the link
        ("Source: Harbour Gazette (paywall)", "Harbour Gazette"),
        ("Via Tidewater Daily (gift link)", "Tidewater Daily"),
        ("Source: Harbour Gazette (in German)", "Harbour Gazette"),
        # the outlet's desk after its name
        ("Source: Harbour Gazette Sports Desk", "Harbour Gazette"),
        ("Source: Tidewater Daily Newsroom", "Tidewater Daily"),
        ("Source: Harbour Gazette Editors", "Harbour Gazette"),
    ],
)
def test_a_name_is_read_without_its_shape(line: str, publisher: str) -> None:
    cleaned, found = with_tail(line)
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # lower-case words that are a phrase or a thing, no brand
        "Via email",
        "Via voicemail",
        "Source: local news",
        "Source: fake news",
        "Source: police radio",
        "Via ham radio",
        "Via social media",
        "Source: press release",
        # "提供" alone also credits a photo: only a publication's title counts there
        "提供：山田太郎",
        # a linked file
        "Source: XLSX, 1.2 MB",
        "Source: CSV file",
        "Source: PDF (350 KB)",
        # a government's or an international body's site cites figures
        "Source: https://www.cdc.gov/flu/weekly/index.htm",
        "Fuente: https://www.sanidad.gob.es/estadisticas/",
        "Source: https://ec.europa.eu/eurostat/web/main/data",
        # a desk named by its kind alone
        "Source: Sports Desk",
        "Source: The Editorial Board",
    ],
)
def test_a_shape_that_names_no_outlet_credits_no_one(line: str) -> None:
    _, found = with_tail(line)
    assert found is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # a platform or aggregator after the original, or before it
        ("Harbour Gazette via SmartNews", "Harbour Gazette"),
        ("Tidewater Daily via Apple News", "Tidewater Daily"),
        ("Harbour Gazette | 4 March 2026 | via PressReader", "Harbour Gazette"),
        ("Source: Apple News / Kestrel Bay Times", "Kestrel Bay Times"),
        ("Harbour Gazette (via Yahoo News)", "Harbour Gazette"),
        ("Via MSN, originally published by The Guardian", "The Guardian"),
        # a partner or a funder after the outlet that made the story
        ("Harbour Gazette, with support from the Knight Foundation", "Harbour Gazette"),
        ("Tidewater Daily, in collaboration with Report for America", "Tidewater Daily"),
        # the first publisher, then the second site that reprinted it
        ("First published by Harbour Gazette; reprinted by Pinecrest Herald.", "Harbour Gazette"),
        (
            "This story was first published by Harbour Gazette and republished by Pinecrest "
            "Herald.",
            "Harbour Gazette",
        ),
        # the outlet that commissioned a freelancer's piece
        ("By Jane Doe, special to the Pinecrest Herald", "Pinecrest Herald"),
        # a syndicate's sentence after a column's first appearance
        (
            "Jane Doe's column first appeared in Eastmoor Gazette. Distributed by King "
            "Features Syndicate.",
            "Eastmoor Gazette",
        ),
    ],
)
def test_a_line_naming_two_parties_credits_the_original(line: str, publisher: str) -> None:
    cleaned, found = with_tail(line)
    assert found == publisher
    assert line not in cleaned


def test_a_platform_credited_beside_an_original_yields_to_it() -> None:
    lines = ["Via Yahoo News", *BODY, "Originally published by Harbour Gazette."]
    _, found = attribute("\n".join(lines), url=BLOG)
    assert found.original_publisher == "Harbour Gazette"


@pytest.mark.parametrize(
    ("line", "url", "publisher"),
    [
        ("Jane Doe for Tidewater Daily", BLOG, "Tidewater Daily"),
        ("Jane Doe, Pinecrest Herald (TNS)", MSN, "Pinecrest Herald"),
    ],
)
def test_a_freelancer_or_member_paper_byline_credits_its_outlet(
    line: str, url: str, publisher: str
) -> None:
    assert in_side_box(line, url) == publisher


@pytest.mark.parametrize(
    "line",
    [
        # a button's or a teaser's words before a platform, a person via a platform
        "Subscribe via Google News",
        "Listen via Apple News",
        "Available via Apple News+",
        "Jane Doe via Flipboard",
        # a person's partnership (a syndicate named alone is the last resort since pass 49:
        # test_attribution_intermediaries)
        "Jane Doe, in partnership with Report for America",
        "Jane Doe for State Senate",
        # where the story went, no first publisher before it
        "The report was republished by Pinecrest Herald.",
    ],
)
def test_a_platform_or_partner_alone_credits_no_one(line: str) -> None:
    _, found = with_tail(line)
    assert found is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe, originally from Lisbon, has covered the council since 2019.",
        "The council, in partnership with the county, will pay for the repairs.",
        "Residents can follow the meetings via Google News alerts and the council's website.",
        "The mayor thanked the Harbour Gazette editorial board for its questions.",
    ],
)
def test_a_prose_twin_credits_no_one_and_stays(sentence: str) -> None:
    cleaned, found = with_tail(sentence)
    assert found is None
    assert sentence in cleaned


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("By Harbour Gazette staff and wire reports", "Harbour Gazette"),
        ("Tidewater Daily Newsroom", "Tidewater Daily"),
        ("By the Pinecrest Herald Editorial Board", "Pinecrest Herald"),
        ("Redacción Diario del Sur", "Diario del Sur"),  # es
        ("Redactie Kempener Courant", "Kempener Courant"),  # nl
        ("A cura della redazione di Gazzetta di Valsesia", "Gazzetta di Valsesia"),  # it
        ("Story by Jane Doe, Kestrel Bay Times • 3h", "Kestrel Bay Times"),
        ("Story by Tom Hale, Harbourline Texas", "Harbourline Texas"),
    ],
)
def test_an_organisation_byline_credits_the_outlet(line: str, publisher: str) -> None:
    assert in_side_box(line) == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("By the Pinecrest Herald Editorial Board", "Pinecrest Herald"),
        ("Redação Jornal da Serra", "Jornal da Serra"),
    ],
)
def test_an_organisation_byline_at_the_head_credits_it_and_leaves(
    line: str, publisher: str
) -> None:
    cleaned, found = with_head(line, url=ROUNDUP)
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Redacción Madrid",  # a bureau
        "Redação Esportes",  # a desk
        "Redazione",
        "Metro Staff Report",
        "Riverside Council Staff Report",
        "By Harriet Quennell Courier staff",
        "Story by Jane Doe, New Delhi",
        "Story by Jane Doe, Contributing Writer",
        "Story by Jane Doe, Photos by Tom Hale",
        "Story by Jane Doe, Harvard University",
    ],
)
def test_a_desk_bureau_or_writer_byline_credits_no_one(line: str) -> None:
    assert in_side_box(line) is None
