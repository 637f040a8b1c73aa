"""The sixth pass (issue 14): lines shaped like credits that name a distributor, a press
release's issuer or a data source publish nothing; names cut to what the credit says (an
outlet's description, its social handle, a portal's byline after it); a portal's provider
box; translated copies; credit words of more languages; a wire's contribution to a staff
writer's story; the words a pattern needs before it is tried (speed) still let it read."""

# ruff: noqa: RUF001  (letters, digits and punctuation of other scripts are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.extract.extractor import extract
from tests.blogpost import BLOG, BODY
from tests.blogpost import with_tail as _tail

# Precision: who handled the copy is not who published it first.


def test_a_notice_before_a_distribution_sentence_credits_the_notices_holder() -> None:
    line = "©2026 Governing. Distributed by Tribune Content Agency, LLC."
    cleaned, publisher = _tail(line)
    assert publisher == "Governing"
    assert line not in cleaned


def test_the_same_line_beside_the_text_credits_the_holder_too() -> None:
    line = "©2026 Governing. Distributed by Tribune Content Agency, LLC."
    _, found = attribute("\n".join(BODY), url=BLOG, side_lines=[line])
    assert found.original_publisher == "Governing"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Distributed by Tribune Content Agency", "Tribune Content Agency"),
        ("Provided by King Features Syndicate", "King Features Syndicate"),
        ("Content provided by Andrews McMeel Syndication", "Andrews McMeel Syndication"),
        ("COPYRIGHT 2026 CREATORS.COM", "creators.com"),
        ("Copyright: Project Syndicate, 2027.", "Project Syndicate"),
        ("© 2026 The Washington Post Writers Group", "The Washington Post Writers Group"),
    ],
)
def test_a_distributor_named_alone_is_credited_as_the_last_resort(
    line: str, publisher: str
) -> None:
    """A syndicated column whose page names no outlet but its syndicate ("COPYRIGHT 2026
    CREATORS.COM", Dear Abby's "Andrews McMeel Syndication" on a real page): the syndicate
    is the only publisher the story had before this site (pass 49; earlier passes credited
    no one, which the 41st blind set's tune half and a real page's label contradict)."""
    cleaned, found = _tail(line)
    assert found == publisher
    assert line not in cleaned


RELEASE = [
    "BRACKWATER, England, March 4, 2026 /PRNewswire/ -- A start-up that extracts gold from "
    "discarded phones has raised 48 million dollars, the company said on Tuesday.",
    *BODY,
    "SOURCE Lumenreach Materials",
]


def test_a_press_releases_source_line_names_its_issuer_not_a_publisher() -> None:
    _, found = attribute(
        "\n".join(RELEASE),
        url="https://www.prnewswire.com/news/2026/03/08/gold-from-phones",
        site_name="PR Newswire",
        jsonld=[{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "PRN"}}],
    )
    assert found.original_publisher is None
    assert "Lumenreach" not in (found.original_publisher or "")


def test_a_copied_release_credits_the_wire_and_its_source_line_leaves() -> None:
    cleaned, found = attribute(
        "\n".join(RELEASE), url="https://www.marketpulsedaily.com/news/2026/03/24/gold"
    )
    assert found.original_publisher == "PR Newswire"
    assert "SOURCE Lumenreach Materials" not in cleaned


def test_source_in_capitals_outside_a_release_still_credits() -> None:
    _, publisher = _tail("SOURCE Kestrel Valley Bugle")
    assert publisher == "Kestrel Valley Bugle"


@pytest.mark.parametrize(
    "line",
    [
        "Bron: CBS, bewerking Nieuwsflits 24",
        "Source: Office for National Statistics, analysis by Riverside Updates",
        "Quelle: Destatis, eigene Berechnung",
        "Fuente: INE, elaboración propia",
    ],
)
def test_a_data_source_the_site_worked_on_is_no_credit(line: str) -> None:
    cleaned, publisher = _tail(line)
    assert publisher is None
    assert line in cleaned


# Names cut to what the credit says.


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "This story originally appeared in Grist, a nonprofit, independent media "
            "organization dedicated to telling stories of climate solutions.",
            "Grist",
        ),
        ("Source: Scroll Ahead (@scrollahead_news)", "Scroll Ahead"),
        ("Source: Scroll Ahead @scrollahead_news", "Scroll Ahead"),
        (
            "This story was produced by Reasons to be Cheerful and is published here as part "
            "of a content partnership.",
            "Reasons to be Cheerful",
        ),
    ],
)
def test_the_name_is_what_the_credit_names(line: str, publisher: str) -> None:
    cleaned, found = _tail(line)
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    ("side", "publisher"),
    [
        ("Provided by CNBC Story by Kwame Delacroix 2026-03-01", "CNBC"),
        (
            "Provided by The Independent Florida Alligator Story by Rosalind Achterberg 2026-03-26",
            "The Independent Florida Alligator",
        ),
    ],
)
def test_a_portals_provider_box_beside_the_text(side: str, publisher: str) -> None:
    url = "https://www.newsbreeze.com/en-us/news/world/schools/ar-AA18d8c93"
    _, found = attribute("\n".join(BODY), url=url, side_lines=[side])
    assert found.original_publisher == publisher


def test_a_provider_logo_does_not_hide_its_box_as_a_picture() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        "<html><head><title>Roads</title></head><body><article><h1>Road budget approved</h1>"
        '<div class="article-meta"><div class="provider"><a href="https://www.cnbc.com/">'
        '<img class="provider-logo" src="/logos/278.png" alt="CNBC"></a>'
        '<span class="provider-label">Provided by CNBC</span></div></div>'
        f'<div class="article-body">{paragraphs}</div></article></body></html>'
    )
    extracted = extract(html, "https://www.newsbreeze.com/en-us/news/world/roads/ar-AA1")
    assert any("Provided by CNBC" in line for line in extracted.side_lines)


# Recall: translated copies, a PR wire's trailer, more languages' credit words.


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Translated from the original in Le Monde (French).", "Le Monde"),
        ("Traducido de The Guardian por Marta Olmedo.", "The Guardian"),
        ("Traduit de Kestrel Valley Bugle par Jeanne Roy.", "Kestrel Valley Bugle"),
        ("Dit artikel verscheen eerder bij Omroep Lage Venen.", "Omroep Lage Venen"),
        (
            "View source version on businesswire.com: "
            "https://www.businesswire.com/news/home/20260303005112/en/",
            "Business Wire",
        ),
        ("Theo TTXVN", "Vietnam News Agency"),
        ("Theo Tuổi Trẻ", "Tuổi Trẻ"),
        ("সূত্র: প্রথম আলো", "Prothom Alo"),
        ("ขอบคุณข้อมูลจาก เดลินิวส์", "เดลินิวส์"),
        ("转载自 山谷日报", "山谷日报"),
        ("به نقل از خبرگزاری دره", "خبرگزاری دره"),
        ("本文来源于微信公众号“青禾观察”（ID：qinghe_guancha），作者：周海川。", "青禾观察"),
        ("本文转载自山谷日报，版权归原作者所有，如有侵权请联系删除。", "山谷日报"),
        ("הכתבה פורסמה לראשונה בהארץ", "Haaretz"),
    ],
)
def test_more_credit_wordings_at_the_tail(line: str, publisher: str) -> None:
    cleaned, found = _tail(line)
    assert found == publisher
    assert line not in cleaned


def test_theo_before_a_persons_name_is_no_credit() -> None:
    _, publisher = _tail("Theo Walcott")
    assert publisher is None


# A wire's contribution to a staff writer's story.

STAFF = [{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Leona Vasquez"}}]
DESK = [{"@type": "NewsArticle", "author": {"@type": "Person", "name": "News Desk"}}]


def test_a_wire_that_contributed_to_a_staff_writers_story_is_not_its_original() -> None:
    line = "The Associated Press contributed to this report."
    cleaned, found = attribute("\n".join([*BODY, line]), url=BLOG, jsonld=STAFF)
    assert found.original_publisher is None
    assert line in cleaned


def test_a_wire_that_contributed_to_a_desks_story_is_its_original() -> None:
    line = "AFP contributed to this report."
    cleaned, found = attribute("\n".join([*BODY, line]), url=BLOG, jsonld=DESK)
    assert found.original_publisher == "AFP"
    assert line not in cleaned


def test_the_wires_own_writer_contributing_keeps_the_wires_credit() -> None:
    line = "Associated Press writer Signe Haraldsen in Columbus contributed to this report."
    _, found = attribute("\n".join([*BODY, line]), url=BLOG, jsonld=STAFF)
    assert found.original_publisher == "Associated Press"


# Speed: a pattern is tried only on lines holding the words it needs; each still finds its
# credit.


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Reuters Staff", "Reuters"),
        ("The Associated Press receives support from private foundations.", "Associated Press"),
        ("Follow AP's coverage of the election.", "Associated Press"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "Reuters"),
        ("More stories like this are available on bloomberg.com", "Bloomberg"),
        ("This article was written by Jane Doe of Reuters.", "Reuters"),
        ("(AP Photo/Jane Doe)", None),
    ],
)
def test_lines_holding_a_patterns_words_are_still_read(line: str, publisher: str | None) -> None:
    cleaned, found = _tail(line)
    assert found == publisher
    assert line not in cleaned


def test_a_bengali_dateline_credits_its_agency() -> None:
    line = "চরপাড়া, ৪ মার্চ, ২০২৬ (বাসস) : চরপাড়া উপজেলায় মধুমতী নদীর ওপর একটি সেতুর নির্মাণকাজ শুরু হয়েছে।"
    cleaned, found = attribute("\n".join([line, *BODY]), url=BLOG)
    assert found.original_publisher == "Bangladesh Sangbad Sangstha"
    assert "(বাসস)" not in cleaned


@pytest.mark.parametrize(
    ("byline", "beside", "publisher"),
    [
        ("By Jane Doe", False, None),
        ("By JANE DOE and KIM LEE | March 4, 2026", False, None),
        ("By Rowan Teague", True, None),
        # a wire's writer signs the wire's own copy; a desk signs no one's
        ("By JANE DOE Associated Press", False, "Associated Press"),
        ("By Web Desk", False, "Associated Press"),
    ],
)
def test_a_wires_contribution_under_a_byline_of_people(
    byline: str, beside: bool, publisher: str | None
) -> None:
    tail = "The Associated Press contributed to this report."
    lines = [*([] if beside else [byline]), *BODY, tail]
    _, found = attribute("\n".join(lines), url=BLOG, side_lines=[byline] if beside else [])
    assert found.original_publisher == publisher
