# ruff: noqa: RUF001  (the lines are written in their own scripts and punctuation)
"""Attribution pass 34 (issue 14): the twelfth conventions round's classes (credits stated in
markup and page furniture), each on examples the round does not hold (other outlets, other
languages), each beside a twin of the same shape that credits no one."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aggregator.processing import process_page
from tests.harbour_story import SITE, STORY, URL, attributed


def run(
    tail: list[str] | None = None,
    *,
    meta: dict[str, str] | None = None,
    jsonld: list[dict[str, Any]] | None = None,
    site: str | None = SITE,
    url: str = URL,
) -> tuple[str, str | None, str | None]:
    cleaned, found = attributed(tail, meta=meta or {}, jsonld=jsonld or [], site=site, url=url)
    return cleaned, found.original_publisher, found.original_url


# --- a public authority after a source label is a citation, in every language ---------------


@pytest.mark.parametrize(
    "line",
    [
        "Fonte: Carabinieri",
        "Source : sapeurs-pompiers de l'Hérault",
        "Bron: Brandweer Twente",
        "Źródło: Straż Pożarna",
        "Kaynak: İstanbul Valiliği",
        "Fuente: Bomberos de Madrid",
        "Quelle: Kantonspolizei Zürich",
        "Fonte: Defesa Civil",
        "출처: 강남경찰서",
        "出典：大阪府警",
        "Sumber: Polres Malang",
        "Source: Harbour City Fire Department",
        # Hebrew and Greek (pass 65): a spokesperson's office, a police force, a municipality
        "מקור: דוברות מוקד הצפון לרפואה דחופה",
        "מקור: משטרת ישראל",
        "Πηγή: Δήμος Πατρέων",
    ],
)
def test_an_authority_after_a_source_label_credits_no_one(line: str) -> None:
    assert run([line])[1] is None


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Fonte: Gazzetta di Pontevecchio", "Gazzetta di Pontevecchio"),
        ("Bron: Twentse Courant", "Twentse Courant"),
        ("Kaynak: Vadi Gazetesi", "Vadi Gazetesi"),
        ("Fuente: Diario del Valle", "Diario del Valle"),
        ("מקור: קול הגליל", "קול הגליל"),
        ("Πηγή: Ελεύθερος Τύπος Πάτρας", "Ελεύθερος Τύπος Πάτρας"),
    ],
)
def test_an_outlet_after_the_same_labels_is_still_credited(line: str, credited: str) -> None:
    assert run([line])[1] == credited


def test_an_authoritys_own_release_reposted_is_still_its_credit() -> None:
    # resolve's release words: the line says the text is the press office's release
    found = run(["Quelle: Polizeipräsidium Mittelhessen, Pressemitteilung"])[1]
    assert found == "Polizeipräsidium Mittelhessen"


# --- isBasedOn a document or a public body's page cites facts ----------------------------


@pytest.mark.parametrize(
    "address",
    [
        "https://www.statistik.land.example/publications/2026/harbour-traffic.pdf",
        "https://www.transport.gov.xx/harbour/dredging-plan",
        "https://www.geog.ox.ac.uk/research/harbour-silt",
        "https://harbourauthority.example/reports/annual-2025/channel-survey",
    ],
)
def test_is_based_on_a_report_credits_no_one(address: str) -> None:
    jsonld = [{"@type": "NewsArticle", "isBasedOn": {"@type": "Report", "url": address}}]
    assert run(jsonld=jsonld)[1:] == (None, None)


def test_is_based_on_an_article_on_an_unknown_news_site_still_names_it() -> None:
    address = "https://www.pinecrestherald.example/2026/03/04/harbour-dredging-vote/"
    jsonld = [{"@type": "NewsArticle", "isBasedOn": address}]
    assert run(jsonld=jsonld)[1:] == ("pinecrestherald.example", address)


# --- a copy's JSON-LD publisher naming another table outlet ------------------------------


def _publisher(*names: str) -> list[dict[str, Any]]:
    return [{"@type": "NewsArticle", "publisher": [{"name": n} for n in names]}]


def test_a_wire_left_as_the_json_ld_publisher_of_a_copy_is_credited() -> None:
    assert run(jsonld=_publisher("Agence France-Presse"))[1] == "AFP"
    assert run(jsonld=_publisher("Kyodo News"))[1] == "Kyodo News"


@pytest.mark.parametrize(
    ("publishers", "site"),
    [
        (("Agence France-Presse",), None),  # the page does not name itself otherwise
        (("Agence France-Presse",), "Agence France-Presse"),  # it calls itself so
        (("Tidewater Post", "Agence France-Presse"), SITE),  # its own publisher beside
        (("Tidewater Media Group",), SITE),  # its parent company
    ],
)
def test_a_json_ld_publisher_the_site_may_share_is_no_credit(
    publishers: tuple[str, ...], site: str | None
) -> None:
    assert run(jsonld=_publisher(*publishers), site=site)[1] is None


def test_a_table_sites_sister_outlet_as_its_publisher_is_no_credit() -> None:
    url = "https://www.theguardian.com/world/2026/mar/05/harbour-dredging"
    found = run(jsonld=_publisher("The Observer"), site="The Guardian", url=url)[1]
    assert found is None


# --- Open Graph's article:publisher and <link rel="original"> ---------------------------


def test_article_publisher_naming_a_table_outlet_credits_it() -> None:
    assert run(meta={"article:publisher": "Le Monde"})[1] == "Le Monde"


@pytest.mark.parametrize("name", [SITE, "Tidewater Media Group", "https://www.facebook.com/x"])
def test_article_publisher_naming_the_site_or_no_outlet_is_no_credit(name: str) -> None:
    assert run(meta={"article:publisher": name})[1] is None


def test_link_rel_original_gives_the_original_and_its_address() -> None:
    address = "https://www.lemonde.fr/planete/article/2026/03/05/dragage-du-port_123.html"
    assert run(meta={"original": address})[1:] == ("Le Monde", address)


def test_link_rel_original_to_the_site_itself_is_no_credit() -> None:
    assert run(meta={"original": URL})[1] is None


# --- whole pages: microdata, a credit's link, buttons, share boxes ------------------------


def _page(body_extra: str, ld: dict[str, Any] | None = None) -> str:
    paragraphs = "".join(
        f"<p>{s} The board met in the old customs house and heard from engineers.</p>"
        for s in STORY
    )
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (
        f'<html><head><meta property="og:site_name" content="{SITE}">{script}</head><body>'
        f'<article><h1>Board votes to dredge channel</h1><div class="entry-content">{paragraphs}'
        f"</div>{body_extra}</article></body></html>"
    )


def _process(body_extra: str) -> tuple[str, str | None, str | None]:
    article = process_page(_page(body_extra), URL)
    return article.text, article.attribution.original_publisher, article.attribution.original_url


def test_microdata_source_organization_credits_its_name() -> None:
    box = (
        '<div itemprop="sourceOrganization" itemscope itemtype="https://schema.org/Organization">'
        '<meta itemprop="name" content="Agencia EFE"></div>'
    )
    assert _process(box)[1] == "EFE"


def test_microdata_of_the_sites_owner_is_no_credit() -> None:
    card = (
        '<div itemprop="copyrightHolder provider sourceOrganization" itemscope>'
        '<meta itemprop="name" content="Agencia EFE"></div>'
    )
    assert _process(card)[1] is None


ANSA = "https://www.ansa.it/sito/notizie/cronaca/2026/03/05/dragaggio-del-porto_abc123.html"


@pytest.mark.parametrize(
    ("box", "address"),
    [
        (f'<p class="fonte">Fonte: <a href="{ANSA}">ANSA</a></p>', ANSA),
        # the outlet's home page names the outlet, not the story
        ('<p class="fonte">Fonte: <a href="https://www.ansa.it/">ANSA</a></p>', None),
        # another table outlet's article linked under this name is not the original
        (
            '<p class="fonte">Fonte: <a href="https://apnews.com/article/harbour-1a2b3c">'
            "ANSA</a></p>",
            None,
        ),
    ],
)
def test_a_credit_lines_linked_name_gives_the_original_article(
    box: str, address: str | None
) -> None:
    assert _process(box)[1:] == ("ANSA", address)


def test_a_link_elsewhere_on_the_page_is_not_the_credits_address() -> None:
    related = f'<ul class="related"><li><a href="{ANSA}">ANSA</a></li></ul>'
    assert _process('<p class="fonte">Fonte: ANSA</p>' + related)[1:] == ("ANSA", None)


@pytest.mark.parametrize(
    ("button", "credited"),
    [
        ("Lire l'article original sur Le Courrier du Vallon", "Le Courrier du Vallon"),
        ("Leia a matéria original no Jornal do Vale", "Jornal do Vale"),
        ("Read the original story at Pinecrest Herald", "Pinecrest Herald"),
    ],
)
def test_a_read_the_original_button_names_its_outlet(button: str, credited: str) -> None:
    address = "https://www.elsewhere-news.example/2026/03/05/harbour-dredging"
    text, found, url = _process(f'<p class="read-original"><a href="{address}">{button}</a></p>')
    assert (found, url) == (credited, address)
    assert button not in text


def test_a_read_the_original_line_naming_an_institution_credits_no_one() -> None:
    line = "Read the original at the Harbour City Library"
    assert _process(f'<p class="read-original">{line}</p>')[1] is None


@pytest.mark.parametrize("button", ["查看原文", "원문보기", "元記事を読む"])
def test_a_cjk_read_the_original_button_credits_its_links_site(button: str) -> None:
    address = "https://www.pinecrest-ribao.example/news/20260305/harbour.html"
    found = _process(f'<p class="read-original"><a href="{address}">{button}</a></p>')
    assert found[1:] == ("pinecrest-ribao.example", address)


def test_a_cjk_read_the_original_button_to_the_site_itself_credits_no_one() -> None:
    own = "https://www.tidewaterpost.example/2026/03/harbour-dredging/print"
    assert _process(f'<p class="read-original"><a href="{own}">查看原文</a></p>')[1] is None


def test_a_share_box_does_not_run_into_a_source_field() -> None:
    footer = (
        '<footer><span class="tax-source">Source: <a rel="tag" href="/source/efe/">EFE</a></span>'
        '<div class="sharing-box"><span>Compartir</span><a href="https://wa.me/">WhatsApp</a>'
        "</div></footer>"
    )
    assert _process(footer)[1] == "EFE"


def test_a_share_box_alone_credits_no_one() -> None:
    footer = '<div class="share-buttons"><span>Share</span><a href="https://x.com">X</a></div>'
    assert _process(footer)[1] is None
