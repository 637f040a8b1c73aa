"""Pass 60 (issue 14): Czech and Slovak notes of where a piece first appeared, which put the
paper's name in the locative after "v" ("Článek původně vyšel v Libereckém deníku"): the name
is credited in the nominative of its masthead; "v roce 2019", "v angličtině" credit no one."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.attribution.conventions.inflected import czech_slovak_nominative

URL = "https://jizerske-listy.example/2027/03/most.html"
STORY = (
    "Rada města schválila ve čtvrtek opravu mostu přes Nisu, práce začnou v dubnu a potrvají "
    "do konce léta.\n"
    "Objížďka povede přes sídliště, řidiči musí počítat se zdržením v ranní špičce."
)


def attributed(line: str) -> tuple[str, str | None]:
    text, attribution = attribute(f"{STORY}\n{line}", url=URL)
    return text, attribution.original_publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Článek původně vyšel v Libereckém deníku.", "Liberecký deník"),
        ("Text původně vyšel v Hospodářských novinách.", "Hospodářské noviny"),
        ("Rozhovor byl poprvé publikován v Lidových novinách.", "Lidové noviny"),
        ("Článek původně vyšel v „Přístavních listech“.", "Přístavní listy"),
        ("Komentář původně vyšel v Respektu.", "Respekt"),
        ("Článek původně vyšel v deníku Právo.", "Právo"),
        ("Článok pôvodne vyšiel v Denníku N.", "Denník N"),
        ("Článok bol pôvodne publikovaný v Hospodárskych novinách.", "Hospodárske noviny"),
        ("(Tento článek původně vyšel v Blanickém týdeníku.)", "Blanický týdeník"),
    ],
)
def test_a_first_appearance_names_the_paper_in_the_nominative(line: str, publisher: str) -> None:
    text, credited = attributed(line)
    assert credited == publisher
    assert line not in text


@pytest.mark.parametrize(
    "line",
    [
        "Článek původně vyšel v roce 2019.",
        "Článek původně vyšel v angličtině.",
        "Článek původně vyšel v tištěném vydání.",
        "Článok pôvodne vyšiel v sobotu.",
        # a sentence of the story that goes on after the name
        "Článek původně vyšel v Libereckém deníku, který ho později stáhl kvůli chybám.",
    ],
)
def test_when_and_how_a_piece_appeared_credit_no_one(line: str) -> None:
    text, credited = attributed(line)
    assert credited is None
    assert line in text


@pytest.mark.parametrize(
    ("locative", "nominative"),
    [
        ("Libereckém deníku", "Liberecký deník"),
        ("Mladé frontě DNES", "Mladá fronta DNES"),
        ("Přístavních listech", "Přístavní listy"),
        ("Večerním Blesku", "Večerní Blesk"),
        ("Denníku N", "Denník N"),
        ("Slovenskej Pravde", "Slovenskej Pravde"),  # a feminine "-e": left as written
        ("Právu", "Právu"),  # a neuter noun's "-u" is "-o": left as written
        ("Echo24", "Echo24"),
    ],
)
def test_czech_slovak_nominative(locative: str, nominative: str) -> None:
    assert czech_slovak_nominative(locative) == nominative


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # Polish: the adjective's ending says the noun's gender ("Kurierze" is Kurier's,
        # "Kulturze" Kultura's)
        ("Tekst ukazał się pierwotnie w Kurierze Szczecińskim.", "Kurier Szczeciński"),
        ("Artykuł ukazał się pierwotnie w Przeglądzie Sportowym.", "Przegląd Sportowy"),
        ("Tekst ukazał się pierwotnie w Głosie Wielkopolskim.", "Głos Wielkopolski"),
        ("Tekst ukazał się pierwotnie w Kulturze Liberalnej.", "Kultura Liberalna"),
        ("Tekst ukazał się pierwotnie w Gazecie Krakowskiej.", "Gazeta Krakowska"),
        ("Tekst ukazał się pierwotnie w Gazecie Wyborczej.", "Gazeta Wyborcza"),
        ("Tekst ukazał się pierwotnie w Tygodniku Powszechnym.", "Tygodnik Powszechny"),
        ("Tekst ukazał się pierwotnie w Fakcie.", "Fakt"),
    ],
)
def test_a_polish_first_appearance_names_the_paper_in_the_nominative(
    line: str, publisher: str
) -> None:
    text, credited = attributed(line)
    assert credited == publisher
    assert line not in text
