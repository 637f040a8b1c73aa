# ruff: noqa: RUF001, RUF003  (the lines are written in their own scripts and punctuation)
"""Attribution pass 32 (issue 14): the eleventh conventions round's classes, each on examples
the round does not hold (other outlets, other languages), each beside a twin of the same shape
that credits no one."""

from __future__ import annotations

import lxml.html
import pytest

from aggregator.extract.linklists import in_link_list_item
from aggregator.processing import process_page
from tests.harbour_story import SITE, STORY, URL, attributed


def run(
    tail: list[str] | None = None,
    side: list[str] | None = None,
    url: str = URL,
    site: str = SITE,
) -> tuple[str, str | None]:
    cleaned, found = attributed(tail, side_lines=side or [], url=url, site=site)
    return cleaned, found.original_publisher


# --- a list of links to other stories, each with its outlet, is another stories' furniture ----


def _page(aside: str) -> str:
    paragraphs = "".join(
        f"<p>{s} The board met in the old customs house and heard from engineers.</p>"
        for s in STORY
    )
    return (
        '<html><head><meta property="og:site_name" content="Tidewater Post"></head><body>'
        f'<article><h1>Board votes to dredge channel</h1><div class="entry-content">{paragraphs}'
        f'</div></article><aside class="sidebar">{aside}</aside></body></html>'
    )


def _list(heading: str, items: list[tuple[str, str]]) -> str:
    rows = "".join(
        f'<li><a href="https://elsewhere.example/{i}">{h}</a> <span class="source">{o}</span></li>'
        for i, (h, o) in enumerate(items)
    )
    return f"<div><h3>{heading}</h3><ul>{rows}</ul></div>"


@pytest.mark.parametrize(
    "aside",
    [
        _list("Mehr aus dem Netz", [("Pegel steigen weiter", "Der Spiegel"), ("Deiche", "Stern")]),
        _list("De nuestros socios", [("Lluvias en el norte", "El País"), ("Puertos", "Clarín")]),
        _list("Partner", [("Porto in crisi", "Corriere della Sera"), ("Navi", "ANSA")]),
    ],
)
def test_a_list_of_linked_stories_with_their_outlets_credits_no_one(aside: str) -> None:
    article = process_page(_page(aside), URL)
    assert article.attribution.original_publisher is None
    assert article.attribution.credit_lines == ()


def test_an_outlet_label_in_one_item_or_out_of_a_list_is_not_a_teasers() -> None:
    tree = lxml.html.fromstring(
        '<div><ul><li><span class="source">Reuters</span></li></ul>'
        '<ul><li><a href="https://a.example/1">One</a> <span class="source">AP</span></li>'
        '<li><a href="https://a.example/2">Two</a> <span class="source">AFP</span></li></ul>'
        '<p><span class="source">dpa</span></p></div>'
    )
    spans = {s.text: in_link_list_item(s) for s in tree.iter("span")}
    assert spans == {"Reuters": False, "AP": True, "AFP": True, "dpa": False}


# --- a run of list items each holding a name is a list, no credit ---------------------------


@pytest.mark.parametrize(
    "tail",
    [
        ["Als bekend van", "- Der Spiegel", "- Die Zeit", "- Stern"],
        ["Featured in", "- The Guardian", "- BBC News"],
        ["Nuestros socios", "- EFE", "- Europa Press"],
    ],
)
def test_a_list_of_outlets_credits_no_one(tail: list[str]) -> None:
    cleaned, publisher = run(tail)
    assert publisher is None
    assert all(line in cleaned for line in tail)


def test_one_list_item_naming_an_outlet_at_the_tail_still_credits_it() -> None:
    cleaned, publisher = run(["- Der Spiegel"])
    assert publisher == "Der Spiegel"
    assert "- Der Spiegel" not in cleaned


def test_a_labelled_item_in_a_list_is_read_as_usual() -> None:
    _, publisher = run(["- Quelle: Der Spiegel", "- Foto: privat"])
    assert publisher == "Der Spiegel"


# --- a writer's role before the outlet's name is no part of it -------------------------------


@pytest.mark.parametrize(
    ("byline", "publisher"),
    [
        ("By Marie Dubois, journaliste à Ouest-France", "Ouest-France"),
        ("By Jane Doe, Senior Reporter for the Harbour Ledger", "Harbour Ledger"),
        ("By Marco Rossi - corrispondente della Gazzetta di Parma", "Gazzetta di Parma"),
    ],
)
def test_a_role_before_the_outlet_credits_the_outlet(byline: str, publisher: str) -> None:
    assert run(side=[byline])[1] == publisher


def test_a_role_before_the_sites_own_name_is_the_site_itself() -> None:
    side = ["By Marie Dubois, journaliste à Ouest-France"]
    assert run(side=side, url="https://www.ouest-france.fr/x/", site="Ouest-France")[1] is None


@pytest.mark.parametrize(
    "byline", ["By Jane Doe, Reporter in Paris", "By Jane Doe - Correspondent", "By Jane Doe"]
)
def test_a_role_with_no_outlet_after_it_credits_no_one(byline: str) -> None:
    assert run(side=[byline])[1] is None


# --- "提供：" before a news agency ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "publisher"), [("提供：共同通信", "Kyodo News"), ("（提供：新华社）", "Xinhua")]
)
def test_a_wire_as_the_provider_credits_it(line: str, publisher: str) -> None:
    cleaned, found = run([line])
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize("line", ["提供：トヨタ自動車", "写真提供：共同通信", "提供：田中太郎"])
def test_a_sponsor_a_photo_or_a_person_as_the_provider_credits_no_one(line: str) -> None:
    cleaned, found = run([line])
    assert found is None
    assert line in cleaned


# --- a Russian name the table lacks, back from the genitive ----------------------------------


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("По материалам «Вечерней газеты»", "Вечерняя газета"),
        ("По материалам «Правды»", "Правда"),
        ("По материалам «Интерфакса»", "Interfax"),
    ],
)
def test_a_genitive_after_a_credits_lead_is_given_in_the_nominative(
    line: str, publisher: str
) -> None:
    cleaned, found = run([line])
    assert found == publisher
    assert line not in cleaned


def test_an_irregular_genitive_is_published_as_written() -> None:
    # a plural masthead: its nominative ("Ведомости") is no regular ending's
    assert run(["По материалам «Ведомостей»"])[1] == "Ведомостей"


def test_a_ministry_after_the_same_lead_credits_no_one() -> None:
    cleaned, found = run(["По сообщению МЧС"])
    assert found is None
    assert "По сообщению МЧС" in cleaned
