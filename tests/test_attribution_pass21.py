# ruff: noqa: RUF001  (dashes, quotation marks and letters of other languages are meant)
"""The twenty-first pass (issue 14), class by class, in wordings the blind sets did not use:

- (a) a page laid out in tables: its story's cell read as blocks, so the credit beside its
  last paragraph is found ("Via <URL>"), and a data table's "| Source: | X |" row;
- (b) a byline's word as a field label ("by: Jane Doe, The Hill") and a network's "For the
  latest news …, head to X" footer on its affiliates' copy;
- (c) a national agency's dateline with its place's region in brackets ("Asankrom (WNR),
  March 10, GNA -");
- (d) "taken from X" leads ("Tomado de: X", "Tratto da: X", "Preuzeto sa: X");
- (e) the newsroom writing from an agency's copy ("La rédaction avec Belga", "Redaktion mit
  dpa");
- (f) a table outlet's web edition ("NHK NEWS WEB") and a news aggregator's "Outlet | time"
  row over the story;
- (g) a place is never an outlet ("This article was first published in Kenya");
- (h) a longer name beginning like a table outlet's is another paper ("Corriere di
  Bologna", "Bild am Sonntag");
- (i) common given names of the sets' languages make a person ("Source: Mario Rossi").

Each class: the publisher, the line gone from the text, and twins that credit no one."""

from __future__ import annotations

import pytest

from aggregator.extract.extractor import extract
from aggregator.models import Article
from aggregator.processing import credit, fill
from tests.blogpost import BODY, body_stays
from tests.blogpost import on_member_site as run

# (a) a page laid out in tables
PORTAL = "https://www.harbourportal.net/news.php?id=42"


def _portal(after: str, story_table: str = '<table width="100%"><tr><td>') -> str:
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in BODY)
    menu = "".join(
        f'<tr><td class="menu"><a href="/{w}.php">{w.title()}</a></td></tr>'
        for w in ("home", "news", "sport", "archive")
    )
    return (
        "<html><head><title>Council approves road budget | Harbour Portal</title></head>"
        '<body><table width="980"><tr><td colspan="2"><img src="/logo.gif" alt="logo"></td></tr>'
        f'<tr><td width="160"><table class="leftmenu">{menu}</table></td>'
        f'<td>{story_table}<h1>Council approves road budget</h1><div class="body">'
        f"{paragraphs}{after}</div></td></tr></table></td></tr>"
        '<tr><td colspan="2">Copyright © 2006-2026 Harbour Portal. All rights reserved.</td></tr>'
        "</table></body></html>"
    )


def _page(html: str) -> Article:
    return credit(fill(Article(url=PORTAL), extract(html, PORTAL)))


def test_a_layout_table_reads_as_blocks_and_its_side_credit_counts() -> None:
    url = "https://www.inlandledger.com/news/road-budget/?utm_source=rss"
    article = _page(_portal(f'<p>Via <a href="{url}">{url}</a></p>'))
    assert article.attribution.original_publisher == "inlandledger.com"
    lines = article.text.split("\n")
    assert all(sentence in lines for sentence in BODY)  # a paragraph a line, not one row
    assert not any(line.startswith("|") for line in lines)


def test_a_source_row_of_a_data_table_credits() -> None:
    row = (
        '<table class="news-info"><tr><td class="label">Source:</td>'
        '<td class="value">The Inland Ledger</td></tr></table>'
    )
    article = _page(_portal(row))
    assert article.attribution.original_publisher == "The Inland Ledger"
    assert "Inland Ledger" not in article.text
    assert all(sentence in article.text for sentence in BODY)


@pytest.mark.parametrize(
    "row",
    [
        "| Population: | 4,200 |",
        "| Source: | Ministry of Health |",
        "| Source: | Jane Doe |",
        "| Year | Source | Count |",
    ],
)
def test_a_table_row_twins_credit_no_one(row: str) -> None:
    cleaned, found = run(tail=(row,))
    assert found is None
    assert row in cleaned


def test_a_data_table_of_many_rows_keeps_its_rows() -> None:
    rows = "".join(
        f"<tr><td>{day}.03.</td><td><p>Step {day} begins.</p><p>It ends.</p><p>Then more.</p>"
        "</td></tr>"
        for day in range(10, 16)
    )
    html = (
        "<html><body><article><h1>Schedule</h1>"
        + "".join(f"<p>{s}</p>" for s in BODY)
        + f"<table>{rows}</table></article></body></html>"
    )
    text = extract(html, PORTAL).text
    assert "| 10.03. |" in text  # a data table: its cells stay a row


# (b) a byline's field label and a network's footer
@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        (("by: Jane Doe, The Hill",), "The Hill"),
        (("BY: JANE DOE, Associated Press",), "Associated Press"),
        (("Par : Jean Dupont, Le Monde",), "Le Monde"),
    ],
)
def test_b_byline_label_colon(head: tuple[str, ...], publisher: str) -> None:
    cleaned, found = run(head=head)
    assert found == publisher
    assert head[0] not in cleaned


@pytest.mark.parametrize("head", [("by: Jane Doe",), ("By: the council's press office",)])
def test_b_byline_label_twins(head: tuple[str, ...]) -> None:
    _, found = run(head=head)
    assert found is None


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        (
            "For the latest news, weather, sports, and streaming video, head to The Hill.",
            "The Hill",
        ),
        ("For more stories like this, go to Valley News Live.", "Valley News Live"),
        ("For the latest updates, head over to inlandledger.com", "inlandledger.com"),
    ],
)
def test_b_head_to_footer(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    "tail",
    [
        "For more information, head to City Hall.",
        "For the latest updates, head to the county's website.",
        "For more on the vote, head to Harbour Museum.",
        "Head to The Hill for a view of the harbour.",
    ],
)
def test_b_head_to_twins(tail: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found is None
    assert tail in cleaned


# (c) a national agency's dateline with its place's region
@pytest.mark.parametrize(
    "lead",
    [
        "Asankrom (WNR), March 10, GNA - ",
        "Ho (V/R), March 10, GNA – ",
        "Tamale (N/R), Mar 4, GNA - ",
    ],
)
def test_c_region_in_brackets_dateline(lead: str) -> None:
    cleaned, found = run(lead=lead)
    assert found == "GNA"
    assert cleaned.startswith(BODY[0])


def test_c_byline_with_the_tag_leaves_with_the_dateline() -> None:
    cleaned, found = run(
        head=("By Kwabena Adu-Gyamfi, GNA",), lead="Asankrom (WNR), March 10, GNA - "
    )
    assert found == "GNA"
    assert "Adu-Gyamfi" not in cleaned


@pytest.mark.parametrize(
    "lead",
    [
        "Asankrom (WNR), March 10 - ",  # no tag
        "Asankrom (WNR), March 10, UPDATE - ",
        "On Tuesday (WNR), March 10, GNA - ",
    ],
)
def test_c_twins(lead: str) -> None:
    cleaned, found = run(lead=lead)
    assert found is None
    assert BODY[1] in cleaned


def test_c_a_byline_tag_alone_credits_no_one() -> None:
    _, found = run(head=("By Kwabena Adu-Gyamfi, MD",))
    assert found is None


# (d) "taken from X"
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("Tomado de: Infobae", "Infobae"),
        ("Tomado de: El Heraldo de Tolima", "El Heraldo de Tolima"),
        ("Extraído de: Clarín", "Clarín"),
        ("Tratto da: Corriere della Sera", "Corriere della Sera"),
        ("Preuzeto sa: Index.hr", "Index.hr"),  # pass 26: as written
        ("Preluat de pe: Digi24", "Digi24"),
        ("Diambil dari: Kompas", "Kompas"),
        ("Entnommen aus: Der Spiegel", "Der Spiegel"),
        ("Tiré de: Le Devoir", "Le Devoir"),
        ("Взято с: РБК", "РБК"),
        ("Taken from: The Inland Ledger", "The Inland Ledger"),
        ("Artículo tomado de: El Heraldo de Tolima", "El Heraldo de Tolima"),
    ],
)
def test_d_taken_from(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned


def test_d_taken_from_beside_the_text() -> None:
    _, found = run(side_lines=("Tomado de: Infobae",))
    assert found == "Infobae"


@pytest.mark.parametrize(
    "tail",
    [
        "Tomado de: la página del ministerio",
        "Tomado de: Facebook",
        "Tomado de: Juan Pérez",
        "Taken from the International Space Station",
    ],
)
def test_d_twins(tail: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found is None
    assert tail in cleaned


# (e) the newsroom writing from an agency's copy
@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("La rédaction avec Belga", "Belga"),
        ("Par la rédaction avec AFP", "AFP"),
        ("La rédaction (avec l'AFP)", "AFP"),
        ("Redaktion mit dpa", "dpa"),
        ("Redacción con EFE", "EFE"),
        ("Redazione con ANSA", "ANSA"),
        ("Redactie met Belga", "Belga"),
    ],
)
def test_e_newsroom_with_agency(head: str, publisher: str) -> None:
    cleaned, found = run(head=(head,))
    assert found == publisher
    assert head not in cleaned


def test_e_newsroom_with_agency_beside_with_its_date() -> None:
    _, found = run(side_lines=("La rédaction avec Belga 2026-03-10",))
    assert found == "Belga"


@pytest.mark.parametrize(
    "head", ["La rédaction avec Marie Dupont", "Rédaction avec agences", "Redaktion mit uns"]
)
def test_e_twins(head: str) -> None:
    cleaned, found = run(head=(head,))
    assert found is None
    assert head in cleaned


# (f) a web edition's name and an aggregator's source row
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("Source: NHK NEWS WEB", "NHK"),
        ("Source: Reuters Digital", "Reuters"),
        ("Source: BBC News Online", "BBC"),
    ],
)
def test_f_web_edition(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned


def test_f_a_table_name_and_news_is_another_name() -> None:
    _, found = run(tail=("Source: NHK News",))
    assert found == "NHK News"


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("NHK NEWS WEB | 3/10(火) 12:05", "NHK"),
        ("Reuters | March 4, 2026 10:41", "Reuters"),
        ("Kyodo News · 2026-03-10 12:05", "Kyodo News"),
    ],
)
def test_f_aggregator_source_row(head: str, publisher: str) -> None:
    cleaned, found = run(head=(head,))
    assert found == publisher
    assert head not in cleaned
    assert body_stays(cleaned)


def test_f_source_row_leaves_when_read_beside() -> None:
    row = "NHK NEWS WEB | 3/10(火) 12:05"
    cleaned, found = run(head=(row,), side_lines=("Source: NHK NEWS WEB",))
    assert found == "NHK"
    assert row not in cleaned


@pytest.mark.parametrize(
    "head",
    ["Harbour Gazette | 3/10 12:05", "Reuters | 3 min read", "Jane Doe | 3/10 12:05"],
)
def test_f_source_row_twins(head: str) -> None:
    cleaned, found = run(head=(head,))
    assert found is None
    assert head in cleaned


# (g) a place is never an outlet
@pytest.mark.parametrize(
    "tail",
    [
        "This article was first published in Kenya.",
        "This article was first published in Nairobi.",
        "This story was originally published in the United Kingdom.",
        "This article first appeared in Western Cape.",
        "Cet article a été publié pour la première fois en France.",
        "Este artículo se publicó originalmente en México.",
        "Source: Kenia",
    ],
)
def test_g_place_credits_no_one(tail: str) -> None:
    _, found = run(tail=(tail,))
    assert found is None


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("This article first appeared in The Kenya Times.", "The Kenya Times"),
        ("This article was first published in Daily Nation.", "Nation Africa"),
        ("This story first appeared in Jordan Times.", "Jordan Times"),
        ("(NAN)(www.nannews.ng)", "NAN"),  # an agency's tag, though "Nan" is a Thai province
    ],
)
def test_g_outlets_named_after_places_still_credit(tail: str, publisher: str) -> None:
    _, found = run(tail=(tail,))
    assert found == publisher


# (h) a longer name beginning like a table outlet's
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("Questo articolo è stato pubblicato originariamente su Corriere di Bologna.", None),
        ("This story first appeared in Corriere di Bologna on Monday.", "Corriere di Bologna"),
        ("This story first appeared in Corriere dell'Umbria.", "Corriere dell'Umbria"),
        ("This story first appeared in Bild am Sonntag.", "Bild am Sonntag"),
        ("This story first appeared in Times of Malta.", "Times of Malta"),
        ("This story first appeared in El País de Cali.", "El País de Cali"),
        ("Fonte: Corriere dell'Umbria", "Corriere dell'Umbria"),
    ],
)
def test_h_longer_name_stays_as_written(tail: str, publisher: str | None) -> None:
    _, found = run(tail=(tail,))
    assert found != "Corriere della Sera" and found != "Bild" and found != "The Times"
    if publisher is not None:
        assert found == publisher


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("This story first appeared in Corriere.", "Corriere della Sera"),
        ("This story first appeared in the Washington Post on Monday.", "The Washington Post"),
        ("This story first appeared in The Times on March 4.", "The Times"),
        ("This story first appeared in the Telegraph's Saturday edition.", "The Telegraph"),
    ],
)
def test_h_table_name_with_a_date_or_alias_still_resolves(tail: str, publisher: str) -> None:
    _, found = run(tail=(tail,))
    assert found == publisher


# (i) common given names make a person
@pytest.mark.parametrize(
    "tail",
    [
        "Source: Mario Rossi",
        "Fonte: Giuseppe Verdi",
        "Fuente: Alejandro Gómez",
        "Quelle: Jürgen Schmidt",
        "Source: Wanjiru Kamau",
        "Source: Chinedu Okafor",
        "Courtesy of Mario Rossi",
    ],
)
def test_i_person_credits_no_one(tail: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found is None
    assert tail in cleaned


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("Fuente: El Tiempo", "El Tiempo"),
        ("Source: Le Soir", "Le Soir"),
        ("Source: Summer Bay Gazette", "Summer Bay Gazette"),
        ("By Mario Rossi, Corriere di Bologna", "Corriere di Bologna"),
    ],
)
def test_i_outlets_starting_with_a_name_still_credit(tail: str, publisher: str) -> None:
    _, found = run(tail=(tail,))
    assert found == publisher
