# ruff: noqa: RUF001  (the lines are written in their own scripts and punctuation)
"""Attribution pass 42 (issue 14): the twenty-fifth and twenty-sixth blind sets' last tune-half
classes, each on examples the cases do not hold (other outlets, other languages), each beside
a twin of the same shape that keeps the old answer or credits no one: a writer's name before
the site's own desk in a byline, a shared masthead told apart by its town or its address, an
agency's own initials after its name, a wire's closing "according to" line."""

from __future__ import annotations

import pytest

from tests.harbour_story import SITE, URL, attributed


def run(
    tail: list[str] | None = None,
    *,
    head: list[str] | None = None,
    side: list[str] | None = None,
    links: list[tuple[str, str, str]] | None = None,
    url: str = URL,
    site: str | None = SITE,
) -> tuple[str, str | None]:
    cleaned, found = attributed(
        tail, head=head, side_lines=side or (), source_links=links or (), url=url, site=site
    )
    return cleaned, found.original_publisher


# --- a writer's name before the desk in a byline block beside the text -----------------------


@pytest.mark.parametrize(
    ("byline", "site", "url"),
    [
        # a short form of the site's name (its last words), the writer in capitals before it
        (
            "By MARGOT ELLIS Herald-Leader staff writer",
            "Pinecrest Herald-Leader",
            "https://www.pinecrestheraldleader.example/news/harbour/",
        ),
        # the same in title case, before a staff role
        (
            "By Margot Ellis Herald-Leader staff writer",
            "Pinecrest Herald-Leader",
            "https://www.pinecrestheraldleader.example/news/harbour/",
        ),
        # the site's whole name is one word after its article
        ("By TOBIAS HALE Courier Staff Reporter", "The Courier", "https://thecourier.example/x/"),
        # the site's full name after its two words, the writer in capitals
        (
            "By TOBIAS HALE Pinecrest Leader staff writer",
            "Pinecrest Leader",
            "https://www.pinecrestleader.example/news/harbour/",
        ),
        # a newsroom's word before the site's full name (Portuguese)
        (
            "Por Redação Jornal do Planalto",
            "Jornal do Planalto",
            "https://www.jornaldoplanalto.example/cidades/porto/",
        ),
    ],
)
def test_the_sites_own_desk_after_a_writers_name_credits_no_one(
    byline: str, site: str, url: str
) -> None:
    _, publisher = run(side=[byline], site=site, url=url)
    assert publisher is None


@pytest.mark.parametrize(
    ("byline", "site", "url", "credited"),
    [
        # another outlet's desk of two words: the writer is cut, the outlet credited
        ("By MARGOT ELLIS Pinecrest Herald staff writer", SITE, URL, "Pinecrest Herald"),
        ("By Margot Ellis Pinecrest Herald staff writer", SITE, URL, "Pinecrest Herald"),
        # a site sharing a word of the desk's name is not its outlet
        (
            "By TOBIAS HALE Pinecrest Leader staff writer",
            "Lexington Leader",
            "https://www.lexingtonleader.example/news/harbour/",
            "Pinecrest Leader",
        ),
        # a short form on another site names no outlet it can be sure of (one word: a desk)
        ("By MARGOT ELLIS Herald-Leader staff writer", SITE, URL, None),
        # a table wire after the writer is still the wire
        ("By JANE DOE Reuters", SITE, URL, "Reuters"),
        # the newsroom's word on another site: the outlet it belongs to
        ("Por Redação Jornal do Planalto", SITE, URL, "Jornal do Planalto"),
        # a newsroom's section is the site's own desk
        ("Por Redação Esportes", SITE, URL, None),
    ],
)
def test_a_writers_name_is_no_part_of_another_outlets_desk(
    byline: str, site: str, url: str, credited: str | None
) -> None:
    _, publisher = run(side=[byline], site=site, url=url)
    assert publisher == credited


# --- a masthead the table shares, followed by its town or told apart by its address ----------


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        # a town the list places outside the outlet's country (Nigeria's Guardian)
        ("This story originally appeared in The Guardian, Lagos.", "The Guardian (Lagos)"),
        ("First published in The Guardian (Lagos).", "The Guardian (Lagos)"),
        # a town too small for the list: a local paper's
        ("This article was first published by The Times, Kingsport.", "The Times (Kingsport)"),
    ],
)
def test_a_shared_masthead_and_a_town_name_another_paper(line: str, credited: str) -> None:
    cleaned, publisher = run([line])
    assert publisher == credited
    assert line not in cleaned


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        # the outlet's own city, a weekday, a name that is one paper's own
        ("This story originally appeared in The Guardian, Manchester.", "The Guardian"),
        ("This story originally appeared in The Guardian, Monday.", "The Guardian"),
        ("This story originally appeared in The New York Times, Lagos.", "The New York Times"),
    ],
)
def test_the_outlets_own_city_or_no_town_keeps_the_table_outlet(line: str, credited: str) -> None:
    cleaned, publisher = run([line])
    assert publisher == credited
    assert line not in cleaned


def test_a_web_editions_masthead_linked_to_another_paper_is_that_paper() -> None:
    line = "Source: Nation Online"
    href = "https://nation.com.pk/2026/03/04/harbour-dredging"
    cleaned, publisher = run([line], links=[(line, "Nation Online", href)])
    assert publisher == "nation.com.pk"
    assert line not in cleaned


def test_a_web_editions_masthead_linked_to_the_outlet_is_the_outlet() -> None:
    line = "Source: Nation Online"
    href = "https://www.thenation.com/article/harbour-dredging/"
    _, publisher = run([line], links=[(line, "Nation Online", href)])
    assert publisher == "The Nation"
    assert run([line])[1] == "The Nation"


def test_a_shared_masthead_with_another_papers_address_written_beside_it() -> None:
    line = "Source: The Nation https://nation.com.pk/2026/03/04/harbour-dredging"
    cleaned, publisher = run([line])
    assert publisher == "nation.com.pk"
    assert "nation.com.pk" not in cleaned


# --- an agency's own initials in brackets after its name -------------------------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        # agencies the table lacks: one letter of each word, two of one, a small word skipped
        ("Source: Pinecrest Regional News Agency (PRNA)", "Pinecrest Regional News Agency"),
        ("Source: Zambezi News Agency (ZANA)", "Zambezi News Agency"),
        ("Fuente: Agencia Austral de Noticias (AAN)", "Agencia Austral de Noticias"),
    ],
)
def test_an_agencys_own_initials_are_no_part_of_its_name(line: str, credited: str) -> None:
    cleaned, publisher = run([line])
    assert publisher == credited
    assert line not in cleaned


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        # a wire's tag after another name is the wire's credit, as it was
        ("Source: Lakeland Echo (Reuters)", "Reuters"),
        # letters that spell no initials of the name stay with it
        ("Source: Zambezi News Agency (ZNBC)", "Zambezi News Agency ZNBC"),
    ],
)
def test_a_bracket_spelling_no_initials_of_the_name_is_read_as_before(
    line: str, credited: str
) -> None:
    assert run([line])[1] == credited


# --- a wire's closing "according to" line, once the wire is decided -------------------------

_DATELINES = {
    "EFE": "MADRID, 4 mar (EFE).- La junta del puerto votó el martes dragar el canal.",
    "dpa": "Hamburg (dpa) - Die Hafenbehörde will den östlichen Kanal ausbaggern.",
    "AFP": "PARIS, 4 mars 2026 (AFP) - Le port va draguer le chenal est avant l'automne.",
    "TASS": "САНКТ-ПЕТЕРБУРГ, 4 марта. /ТАСС/. Порт углубит восточный канал до осени.",
}


@pytest.mark.parametrize(
    ("wire", "closing"),
    [
        ("EFE", "Según informó EFE."),
        ("dpa", "Laut dpa."),
        ("AFP", "D'après l'AFP."),
        ("TASS", "По информации ТАСС."),
    ],
)
def test_a_closing_restatement_of_the_decided_wire_leaves(wire: str, closing: str) -> None:
    cleaned, publisher = run([closing], head=[_DATELINES[wire]])
    assert publisher == wire
    assert closing not in cleaned


@pytest.mark.parametrize(
    ("wire", "sentence"),
    [
        ("EFE", "Según informó EFE, el puerto cerrará en agosto por las obras."),
        ("TASS", "По информации ТАСС, работы начнутся в августе."),
        ("dpa", "Laut dpa soll der Kanal im August gesperrt werden."),
    ],
)
def test_a_sentence_opening_with_according_to_the_wire_stays(wire: str, sentence: str) -> None:
    cleaned, _ = run([sentence], head=[_DATELINES[wire]])
    assert sentence in cleaned
