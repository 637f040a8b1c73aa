# ruff: noqa: RUF001, E501  (the lines are written in their own scripts and punctuation)
"""Attribution pass 37 (issue 14): the fourteenth conventions round's classes (own pages, and
lines that only seem to credit), each on examples the round does not hold (other outlets,
other languages), each beside a twin of the same shape that credits the outlet it names."""

from __future__ import annotations

from typing import Any

import pytest

from aggregator.processing import process_page
from tests.harbour_story import SITE, URL, attributed


def run(
    tail: list[str] | None = None,
    *,
    head: list[str] | None = None,
    side: list[str] | None = None,
    jsonld: list[dict[str, Any]] | None = None,
    site: str | None = SITE,
    url: str = URL,
) -> tuple[str, str | None]:
    cleaned, found = attributed(
        tail, head=head, jsonld=jsonld or [], side_lines=side or (), site=site, url=url
    )
    return cleaned, found.original_publisher


# --- a writer's family name that is a wire's spelling, after any language's byline word -----


@pytest.mark.parametrize(
    "author", ["Par Gaëtan Reuter", "By Tobin Reuter", "Por Lucía Reuter", "Von Jannik Reuter"]
)
def test_a_writers_family_name_spelling_a_wire_is_no_wire(author: str) -> None:
    jsonld = [{"@type": "NewsArticle", "author": {"@type": "Person", "name": author}}]
    assert run(jsonld=jsonld)[1] is None


@pytest.mark.parametrize("author", ["By Hannah Lee Reuters", "Par Marie Dupont, Reuters"])
def test_twin_a_writer_then_the_wire_credits_the_wire(author: str) -> None:
    assert run(head=[author])[1] == "Reuters"


# --- a poll's or a survey's source line cites figures ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Source: CNN/SSRS poll of 1,212 adults, March 3-5.",
        "Fuente: sondeo de GAD3 para ABC, 1.000 encuestados",
        "Source : sondage Ifop pour Le Figaro, 1 004 personnes interrogées, marge d'erreur 3 points",
        "Quelle: ZDF-Politbarometer, Forschungsgruppe Wahlen, 1.250 Befragte",
        "출처: 한국갤럽 여론조사",
    ],
)
def test_a_polls_source_line_credits_no_one(line: str) -> None:
    cleaned, publisher = run([line])
    assert publisher is None
    assert line in cleaned


@pytest.mark.parametrize(
    ("line", "want"), [("Source: CNN", "CNN"), ("Quelle: Harbour Kurier", "Harbour Kurier")]
)
def test_twin_a_source_line_without_a_poll_credits(line: str, want: str) -> None:
    assert run([line])[1] == want


def test_a_charts_source_inside_its_figure_is_never_read_beside_the_text() -> None:
    body = (
        "<p>Rents rose again in March across every district of the harbour city, the council said.</p>"
        '<figure class="graphic"><figcaption>Rents by district</figcaption>'
        '<p class="graphic-source">Source: AFP</p></figure>'
        "<p>The council will publish its full housing report later in the spring, officials said.</p>"
    )
    article = process_page(_page(body), URL)
    assert article.attribution.original_publisher is None


def test_twin_a_source_field_outside_any_figure_credits() -> None:
    body = (
        '<p class="article-source">Source: AFP</p>'
        "<p>Rents rose again in March across every district of the harbour city, the council said.</p>"
        "<p>The council will publish its full housing report later in the spring, officials said.</p>"
    )
    article = process_page(_page(body), URL)
    assert article.attribution.original_publisher == "AFP"


def _page(body: str) -> str:
    return (
        '<html><head><meta property="og:site_name" content="Tidewater Post"></head><body>'
        f"<article><h1>Rents climb again</h1><div class='body'>{body}</div></article>"
        "</body></html>"
    )


# --- a related link's outlet names the linked story's publisher -----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie auch: Hafenausbau verzögert sich (Frankfurter Rundschau)",
        "Leggi anche: Il porto cresce ancora (Corriere della Sera)",
        "Czytaj także: Port rośnie - Rzeczpospolita",
        "See also: Ferry fares rise (The Irish Times)",
    ],
)
def test_a_related_links_outlet_credits_no_one(line: str) -> None:
    _, publisher = run([line, "The board meets again in May."])
    assert publisher is None


def test_twin_the_same_outlet_in_brackets_ending_the_story_still_credits() -> None:
    assert run(["The board meets again in May. (Reuters)"])[1] == "Reuters"


# --- a print edition's section note ---------------------------------------------------------


def test_a_print_sections_name_with_two_words_is_no_outlet() -> None:
    line = "This article appeared in the Science & technology section of the print edition."
    assert run([line])[1] is None


def test_twin_an_outlets_name_with_an_ampersand_still_credits() -> None:
    line = "This article first appeared in Harrow & Finch Media."
    assert run([line])[1] == "Harrow & Finch Media"


# --- the site's own desk in a dated byline --------------------------------------------------


def test_the_sites_own_news_service_in_a_dated_byline_is_its_own() -> None:
    side = ["By Chronicle News Service 04.03.2026"]
    assert run(side=side, site="The Deccan Chronicle")[1] is None


def test_twin_another_papers_news_service_credits_it() -> None:
    side = ["By Chronicle News Service 04.03.2026"]
    assert run(side=side, site="Harbour Ledger")[1] == "Chronicle News Service"


# --- a story the site made with a partner ---------------------------------------------------


def test_a_co_signed_story_and_its_partnership_line_credit_no_one() -> None:
    side = ["By Ana Ruiz, Tidewater Post, and Ben Cole, The Marshall Project"]
    tail = ["This story was produced in partnership with The Marshall Project."]
    assert run(tail, side=side)[1] is None


def test_twin_a_partners_story_carried_by_the_site_credits_the_partner() -> None:
    side = ["By Ben Cole, The Marshall Project"]
    tail = ["This story was produced by The Marshall Project and is co-published here."]
    assert run(tail, side=side)[1] == "The Marshall Project"


# --- credit lines of less usual forms -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Video and story courtesy of the Harbour Ledger.", "Harbour Ledger"),
        ("Dieser Artikel stammt von unserem Kooperationspartner n-tv.", "n-tv"),
        (
            "Tekst ukazał się pierwotnie w „Harbour Review”. Tłumaczenie: Jan Kowal.",
            "Harbour Review",
        ),
        ("Dieser Text erschien zuerst in der Hafenwoche Nr. 9/2026.", "Hafenwoche"),
    ],
)
def test_less_usual_credit_lines_credit_their_outlet(line: str, want: str) -> None:
    cleaned, publisher = run([line])
    assert publisher == want
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Video courtesy of the Harbour Ledger.",
        "Dieser Artikel stammt von Anna Schmidt.",
        "Tłumaczenie: Jan Kowal.",
    ],
)
def test_twins_the_same_words_without_a_storys_credit_credit_no_one(line: str) -> None:
    assert run([line])[1] is None


# --- a wire's subscriber notice leaves with the wire ----------------------------------------


def test_a_wires_subscriber_notice_leaves_the_text() -> None:
    notice = "This report is provided by Reuters only to its subscribers."
    cleaned, publisher = run([notice], head=["LONDON (Reuters) -"])
    assert publisher == "Reuters"
    assert notice not in cleaned


def test_twin_a_sites_own_subscriber_line_stays() -> None:
    line = "This report is available only to our subscribers."
    cleaned, publisher = run([line])
    assert publisher is None
    assert line in cleaned


# --- a desk named by its kind in Turkish -----------------------------------------------------


def test_a_turkish_news_centre_byline_is_the_sites_own_desk() -> None:
    assert run(side=["By Haber Merkezi"])[1] is None


def test_twin_another_papers_news_centre_credits_the_paper() -> None:
    assert run(side=["Kaynak: Ege Postası Haber Merkezi"])[1] == "Ege Postası"
