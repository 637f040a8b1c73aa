"""Pass 74 (issue 14): classes from the 54th blind set's tune half (Francophone Africa, the
Maghreb and Haiti), each with twins and look-alikes that must keep their answer."""

# ruff: noqa: RUF001  (typographic apostrophes are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

STORY = [
    "La mer a avancé d'une trentaine de mètres en cinq ans dans ce secteur, et une centaine de "
    "familles ont déjà été relogées à l'intérieur des terres.",
    "Un suivi par drone est prévu tous les trois mois pour mesurer la hauteur de sable retenue.",
]
URL = "https://www.radio-langue-de-barbarie.example.sn/actu/1"


def _credit(line: str, url: str = URL) -> tuple[str, str | None]:
    rest, found = attribute("\n".join([*STORY, line]), url=url)
    return rest, found.original_publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # an outlet's page on a network is the outlet's
        ("Source : la page Facebook de Dakar Matin", "Dakar Matin"),
        ("Source : Dakar Matin sur Facebook", "Dakar Matin"),
        ("Source: The Harbour Gazette's Facebook page", "The Harbour Gazette"),
        ("المصدر: صفحة جريدة فاس الأصيلة على فيسبوك", "فاس الأصيلة"),
        # the network alone names no one
        ("Source : Facebook", None),
    ],
)
def test_an_outlets_page_on_a_network_credits_the_outlet(line: str, publisher: str | None) -> None:
    rest, found = _credit(line)
    assert found == publisher
    assert (line in rest) == (publisher is None)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # the French "with" of agency copy, its article elided or not
        ("Source : avec AFP", "AFP"),
        ("Source: Avec l'Agence de presse sénégalaise", "Agence de presse sénégalaise"),
        ("Avec l'Agence de presse sénégalaise", "Agence de presse sénégalaise"),
        ("Avec l’Agence d'information du Burkina", "Agence d'information du Burkina"),
        # a blog's "read on X" under the story
        ("Lu sur Dakar Matin", "Dakar Matin"),
        ("Lu sur Facebook", None),
    ],
)
def test_french_agency_and_read_on_lines(line: str, publisher: str | None) -> None:
    _, found = _credit(line)
    assert found == publisher


@pytest.mark.parametrize(
    ("line", "url", "publisher"),
    [
        # an agency's own site, its domain the acronym of its name
        ("Source : Agence malienne de presse", "https://www.amap.ml/actualites/123", None),
        ("Source : Agence de presse sénégalaise", "https://aps.sn/actualites/123", None),
        # the same credit on another site
        (
            "Source : Agence malienne de presse",
            "https://www.maliweb-like.example.ml/actualites/123",
            "Agence malienne de presse",
        ),
    ],
)
def test_an_agencys_own_domain_is_its_acronym(line: str, url: str, publisher: str | None) -> None:
    _, found = _credit(line, url)
    assert found == publisher


@pytest.mark.parametrize(
    ("closing", "publisher"),
    [
        # the agency's full name written beside its tag: the name, not the tag
        ("Source : Agence haïtienne de presse (AHP)", "Agence haïtienne de presse"),
        # the tag alone
        ("L'association prévoit une exposition-vente.", "AHP"),
        # another name whose initials are not the tag
        ("Source : Haïti Presse Nouvelles", "AHP"),
    ],
)
def test_an_agencys_tag_is_answered_by_its_full_name_when_the_page_writes_it(
    closing: str, publisher: str
) -> None:
    head = "Jacmel, 26 mars 2027 (AHP) - Une trentaine d'artisans ont rouvert les ateliers."
    _, found = attribute("\n".join([head, *STORY, closing]), url=URL)
    assert found.original_publisher == publisher
