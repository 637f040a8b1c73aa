"""The twenty-fifth pass (issue 14, the sixteenth blind set's tune half), class by class, in
wordings the set did not use:

- (1) a chain's "originally appeared on <Name>: <headline>" footer names its outlet by the
  written name, the colon ending it (the headline's link is only the fallback when no name
  is written), and the footer leaves the text;
- (2) a newsroom network's membership blurb opening with the decided publisher's name ("…
  is part of States Newsroom", "… is a member of the Institute for Nonprofit News", "… is a
  project of …", "… maintains editorial independence") leaves the text; a blurb about
  another outlet, or such a sentence between paragraphs, stays;
- (3) "with content from X [under a licence]" credits X: "Com conteúdo da", "Con contenido
  de", "Avec du contenu de", "With content from", "Mit Inhalten von";
- (4) a table outlet's regional edition or bureau by a province's name or short form
  ("Antara Jatim", "Antaranews Jawa Timur") is the outlet; a country after an outlet's name
  is a franchise's and stays whole.

Each class: the publisher (or no one), the line gone from the text where it credits, and
twins."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BODY, body_stays
from tests.blogpost import MEMBER_SITE as SITE
from tests.blogpost import on_member_site as run


# (1) "originally appeared on <Name>: <headline>"
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        (
            "This article originally appeared on Kestrel Valley Courier: School board approves "
            "new bus routes after months of complaints from parents",
            "Kestrel Valley Courier",
        ),
        (
            "This story first appeared in The Harbour Ledger: Council backs road plan",
            "The Harbour Ledger",
        ),
        ("Originally published on Tidewater Times: Ferry fares to rise in May", "Tidewater Times"),
        ("This article originally appeared on Reuters: Oil prices climb", "Reuters"),
    ],
)
def test_1_the_footer_names_its_outlet_by_the_written_name(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned
    assert body_stays(cleaned)


def test_1_the_written_name_beats_the_links_domain_beside_the_text() -> None:
    footer = "This article originally appeared on Kestrel Valley Courier: Bus routes approved"
    side = "Source: https://www.kestrelvalleycourier.com/story/news/2026/03/04/bus-routes/1234/"
    cleaned, found = run(tail=(footer,), side_lines=[side])
    assert found == "Kestrel Valley Courier"
    assert footer not in cleaned


@pytest.mark.parametrize(
    "tail",
    [
        "This story first appeared on Monday: the council then voted again.",
        "This article originally appeared on March 4: it has been updated.",
    ],
)
def test_1_twin_a_day_before_the_colon_credits_no_one(tail: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found is None
    assert tail in cleaned


# (2) a network's membership blurb about the decided publisher
@pytest.mark.parametrize(
    "blurb",
    [
        "Kestrel Valley Courier is part of Prairie Newsroom, a nonprofit news network supported "
        "by grants and a coalition of donors. Kestrel Valley Courier maintains editorial "
        "independence. Contact Editor Jane Roe for questions: info@kestrelvalleycourier.org.",
        "Kestrel Valley Courier is a member of the Institute for Nonprofit News.",
        "Kestrel Valley Courier is a project of the Tidewater Civic Trust.",
        "Kestrel Valley Courier is part of the USA TODAY Network.",
        "Kestrel Valley Courier maintains editorial independence.",
    ],
)
def test_2_the_members_network_blurb_leaves_the_text(blurb: str) -> None:
    credit = "Originally published by Kestrel Valley Courier."
    cleaned, found = run(tail=(credit, blurb))
    assert found == "Kestrel Valley Courier"
    assert blurb not in cleaned
    assert body_stays(cleaned)


def test_2_twin_another_outlets_blurb_stays() -> None:
    credit = "Originally published by Kestrel Valley Courier."
    blurb = "Harbour Ledger is part of Prairie Newsroom, a nonprofit news network."
    cleaned, found = run(tail=(credit, blurb))
    assert found == "Kestrel Valley Courier"
    assert blurb in cleaned


def test_2_twin_the_same_sentence_between_paragraphs_stays() -> None:
    credit = "Originally published by Kestrel Valley Courier."
    middle = "Kestrel Valley Courier is part of a coalition of newsrooms suing the state board."
    cleaned, found = run(tail=(credit,), middle=middle)
    assert found == "Kestrel Valley Courier"
    assert middle in cleaned


def test_2_twin_no_publisher_no_blurb_removed() -> None:
    blurb = "Kestrel Valley Courier is a member of the Institute for Nonprofit News."
    cleaned, found = run(tail=(blurb,))
    assert found is None
    assert blurb in cleaned


# (3) "with content from X"
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        (
            "Com conteúdo da Agência Brasil, sob licença Creative Commons CC BY 4.0.",
            "Agência Brasil",
        ),
        ("Com conteúdo do Estadão Conteúdo.", "Estadão Conteúdo"),
        ("Con contenido de EFE.", "EFE"),
        ("Avec du contenu de l'AFP.", "AFP"),
        ("With content from Reuters.", "Reuters"),
        (
            "With content from The Harbour Ledger, under a Creative Commons licence.",
            "The Harbour Ledger",
        ),
        ("Mit Inhalten von dpa.", "dpa"),
    ],
)
def test_3_with_content_from_credits_the_outlet(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    "tail",
    [
        "With content from our readers.",
        "Com conteúdo da redação.",
        "With content from the Ministry of Health.",
        "Con contenido de la policía local.",
    ],
)
def test_3_twin_content_from_no_outlet_credits_no_one(tail: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found is None
    assert tail in cleaned


# (4) a table outlet's regional edition by a province
@pytest.mark.parametrize(
    "side",
    ["Sumber: Antara Jatim", "Sumber: Antaranews Jawa Timur", "Sumber: Antara Sulsel"],
)
def test_4_a_regional_edition_is_the_outlet(side: str) -> None:
    assert run(side_lines=[side])[1] == "Antara"


@pytest.mark.parametrize(
    ("side", "publisher"),
    [
        ("Sumber: CNN Indonesia", "CNN Indonesia"),  # a country: a franchise, whole
        ("Sumber: Harian Sumbar", "Harian Sumbar"),  # no table outlet before the province
    ],
)
def test_4_twin_a_franchise_or_an_unknown_name_stays_whole(side: str, publisher: str) -> None:
    assert run(side_lines=[side])[1] == publisher


def test_1_twin_a_link_after_the_colon_is_the_originals_address() -> None:
    footer = "Originally published by The Gulf Ledger: https://gulfledger.example/a/border.html"
    cleaned, found = attribute("\n".join([*BODY, footer]), url=SITE, source_name="lakeview-courier")
    assert found.original_publisher == "The Gulf Ledger"
    assert found.original_url == "https://gulfledger.example/a/border.html"
    assert footer not in cleaned
