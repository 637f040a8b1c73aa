# ruff: noqa: RUF001  (the lines are written in their own scripts and punctuation)
"""Attribution pass 44 (issue 14): the classes behind the tune-half misses of the twenty-ninth
and thirtieth blind sets, the first rendered by new page templates. Each class on examples
the cases do not hold (other outlets, sites, languages), beside look-alikes that must keep
their old answer: a story ending in a quotation keeps the lines beside it; a source field
whose label and value sit in blocks of their own; a logo named after a source's label; the
site's own copyright notice; a station's desk without its frequency; an aggregator's "original
source" button; a page's tool row; a definition list of fields under the headline; an
edition in brackets; a table layout of "<br><br>" paragraphs; the byline word in Dutch,
Swedish and Indonesian; a wire reporter's "By Name/WIRE"; an info bar's date run into its
source field; a broadcast's programme and permission; a translator's note before a credit;
Catalan "Font"."""

from __future__ import annotations

import pytest

from aggregator.extract.extractor import extract
from aggregator.extract.layouttables import unwrap_layout_tables
from aggregator.models import Article
from aggregator.processing import credit, fill
from tests.harbour_story import SITE, URL, attributed

PARAGRAPHS = [
    "The harbour board voted on Tuesday to dredge the eastern channel before the autumn "
    "storms, after two cargo ships ran aground on the silted bar in the spring.",
    "Work is due to start in August and should take about six weeks, the board's chair "
    "said, with the dredger working at night to keep the ferry lanes open by day.",
    "Fishermen said the channel had grown shallower every year since the breakwater was "
    "extended, and that the smaller boats now wait for high tide to reach the quay.",
    "The board will pay for the work from its reserves and a loan from the regional "
    "development fund, and expects to recover part of the cost from higher harbour dues.",
]
PAGE_URL = "https://www.tidewaterpost.example/2026/03/harbour-dredging/"


def page(
    after: str = "",
    *,
    last: str = "",
    before: str = "",
    footer: str = "",
    site: str = "Tidewater Post",
) -> Article:
    """The story as an article page: ``before`` the body, ``last`` as its last paragraph,
    ``after`` it in the article, ``footer`` the page's own footer; extracted and credited."""
    paragraphs = [*PARAGRAPHS, *([last] if last else [])]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Harbour channel to be dredged | {site}</title>"
        f'<meta property="og:site_name" content="{site}"></head><body>'
        f"<main><article><h1>Harbour channel to be dredged</h1>{before}"
        f'<div class="entry-content">{body}</div>{after}</article></main>'
        f"{footer}</body></html>"
    )
    return credit(fill(Article(url=PAGE_URL), extract(html, PAGE_URL)))


def run(
    tail: list[str] | None = None,
    *,
    head: list[str] | None = None,
    side: list[str] | None = None,
    url: str = URL,
    site: str | None = SITE,
) -> tuple[str, str | None]:
    cleaned, found = attributed(tail, head=head, side_lines=side or (), url=url, site=site)
    return cleaned, found.original_publisher


# --- (1) a story ending in a quotation keeps the lines beside it ------------------------------

QUOTED_ENDINGS = [
    '"We will wait," the skipper said. "What else can we do? The bar is too wide to swim."',
    "'We will wait,' the skipper said, and went back to mending his nets on the quay.",
    '"We\'ll wait," the skipper said. "It\'s what we\'ve always done on this coast."',
]


@pytest.mark.parametrize("last", QUOTED_ENDINGS)
def test_a_source_box_after_a_story_ending_in_a_quotation_is_read(last: str) -> None:
    box = '<footer><div class="post-meta"><span>Source: Harbour Ledger</span></div></footer>'
    done = page(box, last=last)
    assert done.attribution.original_publisher == "Harbour Ledger"
    assert last.split()[0].strip("\"'") in done.text  # the quotation stays the story's


@pytest.mark.parametrize("last", QUOTED_ENDINGS)
def test_a_tag_box_after_a_story_ending_in_a_quotation_credits_no_one(last: str) -> None:
    box = '<footer><ul class="tags"><li>Tags</li><li><a href="/t/harbour">Harbour</a></li></ul>'
    assert page(box + "</footer>", last=last).attribution.original_publisher is None


# --- (2) a source field whose label and value sit in blocks of their own ----------------------


@pytest.mark.parametrize(
    ("side", "credited"),
    [
        # tagDiv's source row as a list: the label item, then the linked name
        (["SOURCE", "NPR"], "NPR"),
        (["Source", "Harbour Ledger"], "Harbour Ledger"),
        (["المصدر", "الوكالة الوطنية للإعلام"], "الوكالة الوطنية للإعلام"),
        (["Quelle", "dpa"], "dpa"),
        (["Источник", "Интерфакс"], "Interfax"),
    ],
)
def test_a_source_label_over_its_value_beside_the_text_credits_it(
    side: list[str], credited: str
) -> None:
    assert run(side=side)[1] == credited


@pytest.mark.parametrize(
    "side",
    [
        ["Source", "Share Facebook X WhatsApp Email"],  # an empty field, then the share row
        ["Source", "Facebook"],
        ["TAGS", "Harbour Ledger"],  # a tag box names topics
        ["Source", "Jane Doe"],  # a person
        ["Quelle", "Stadtverwaltung Prenzlau"],  # a town's office: a citation
        ["Source", "Business"],  # a section
    ],
)
def test_a_label_over_no_outlets_name_beside_the_text_credits_no_one(side: list[str]) -> None:
    assert run(side=side)[1] is None


def test_a_themes_source_row_in_the_articles_footer_credits_its_name() -> None:
    box = (
        '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box">'
        '<li><span>SOURCE</span></li><li><a rel="nofollow" href="#">Harbour Ledger</a></li>'
        "</ul></div></footer>"
    )
    assert page(box).attribution.original_publisher == "Harbour Ledger"


# --- (3) a logo named after a source's label -------------------------------------------------


@pytest.mark.parametrize(
    ("badge", "credited"),
    [
        # an inline SVG logo, its <title> naming the outlet (a Next.js source badge)
        (
            '<span>Source</span><svg role="img" aria-labelledby="t1"><title id="t1">BBC News'
            '</title><path d="M0 0h1v1H0z"/></svg>',
            "BBC",
        ),
        # the same with the label in Russian and the logo's aria-label
        (
            '<span>Источник</span><svg role="img" aria-label="Интерфакс"><path d="M0"/></svg>',
            "Interfax",
        ),
        # a portal's provider box: "Provided by" and the provider's logo image
        (
            '<span>Provided by</span> <img class="provider-logo" alt="Harbour Ledger" '
            'src="https://img.example/logo.png">',
            "Harbour Ledger",
        ),
    ],
)
def test_a_logo_after_a_source_label_names_the_source(badge: str, credited: str) -> None:
    after = f'<div class="SourceBadge_root__x1">{badge}</div>'
    assert page(after).attribution.original_publisher == credited


@pytest.mark.parametrize(
    "badge",
    [
        # the site's own logo with no label before it
        '<svg role="img"><title>Harbour Ledger</title><path d="M0"/></svg>',
        # a share button's icon after its label
        '<span>Share</span><svg role="img"><title>Facebook</title><path d="M0"/></svg>',
        # a photo's agency logo with no source label
        '<img class="logo" alt="Reuters" src="https://img.example/r.png">',
    ],
)
def test_a_logo_without_a_source_label_names_no_one(badge: str) -> None:
    after = f'<div class="badge">{badge}</div>'
    assert page(after).attribution.original_publisher is None


# --- (4) the site's own copyright notice -----------------------------------------------------

STATION_FOOTER = (
    '<footer class="site-footer"><nav><a href="/about">About</a></nav>'
    '<p class="copyright">© 2026 Bayou Broadcasting Group. All rights reserved.</p></footer>'
)


def test_the_page_footers_copyright_credits_no_one() -> None:
    done = page(footer=STATION_FOOTER)
    assert done.attribution.original_publisher is None


def test_a_trailer_naming_the_footers_holder_is_the_sites_own() -> None:
    trailer = (
        "Copyright 2026 Bayou Broadcasting Group. All rights reserved. This material may "
        "not be published, broadcast, rewritten, or redistributed."
    )
    done = page(f"<p>{trailer}</p>", footer=STATION_FOOTER)
    assert done.attribution.original_publisher is None


def test_a_wires_trailer_under_a_stations_footer_still_credits_the_wire() -> None:
    trailer = (
        "Copyright 2026 The Associated Press. All rights reserved. This material may not "
        "be published, broadcast, rewritten or redistributed."
    )
    done = page(f"<p>{trailer}</p>", footer=STATION_FOOTER)
    assert done.attribution.original_publisher == "Associated Press"


# --- (5) a station's desk without its frequency ----------------------------------------------


@pytest.mark.parametrize(
    ("byline", "site"),
    [
        ("By Northern Lights News", "Northern Lights 98.3"),
        ("By Magic News", "Magic 104.5 FM"),
        ("By Kiss Newsroom", "Kiss FM"),
    ],
)
def test_a_stations_desk_without_its_frequency_is_the_site(byline: str, site: str) -> None:
    assert run(side=[byline], site=site, url="https://www.station.example/news/x/")[1] is None


def test_another_stations_desk_is_still_credited() -> None:
    found = run(side=["By Harbour Radio News"], site="Northern Lights 98.3")[1]
    assert found == "Harbour Radio News"


# --- (6) an aggregator's "original source" button --------------------------------------------


@pytest.mark.parametrize(
    ("button", "row", "credited"),
    [
        ("Read full story at original source", "CBS News · 3h", "CBS News"),
        (
            "Read the full story at the publisher's website",
            "Guardian Australia · 3h",
            "The Guardian",
        ),
        ("Continue reading at the original source", "Harbour Ledger · 5h", "Harbour Ledger"),
    ],
)
def test_an_original_source_button_names_no_one_and_the_source_row_decides(
    button: str, row: str, credited: str
) -> None:
    assert run(side=[button, row, f"Source: {row}"])[1] == credited


def test_an_original_source_button_alone_credits_no_one() -> None:
    assert run(side=["Read full story at original source"])[1] is None


def test_a_named_read_full_story_button_still_credits_its_outlet() -> None:
    assert run(side=["Read full story at CBS News"])[1] == "CBS News"


# --- (7) a page's tool row --------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    ["Print | E-mail", "Print", "Drucken · E-Mail · Teilen", "印刷 | E-mail", "Imprimir | Correo"],
)
def test_a_tool_row_ending_the_text_credits_no_one(row: str) -> None:
    assert run([row])[1] is None


@pytest.mark.parametrize("line", ["Source: ThePrint", "The Print"])
def test_an_outlets_name_that_spells_a_tool_is_still_read(line: str) -> None:
    assert run([line])[1] == "ThePrint"


def test_a_wires_initials_beside_the_text_are_no_tool() -> None:
    assert run(side=["AA"])[1] == "Anadolu Agency"


# --- (8) a definition list of fields under the headline --------------------------------------

HEADER = ["Local", "Harbour channel to be dredged before the storms", "Published"]


@pytest.mark.parametrize(
    ("fields", "credited"),
    [
        (["- Source", "- The Irish Times", "- Published", "- 11 March 2027"], "The Irish Times"),
        (["- Quelle", "- tagesschau.de", "- Stand"], "Tagesschau"),
        (["- Πηγή", "- ΑΠΕ-ΜΠΕ", "- Ημερομηνία", "- 11/03/2027"], "ΑΠΕ-ΜΠΕ"),
    ],
)
def test_a_source_field_in_the_header_block_credits_its_value(
    fields: list[str], credited: str
) -> None:
    cleaned, found = run(head=HEADER + fields)
    assert found == credited
    assert fields[1] not in cleaned.split("\n")


@pytest.mark.parametrize(
    "fields",
    [
        ["- Published", "- 11 March 2027", "- Updated", "- 12 March 2027"],
        ["- Topics", "- Harbour", "- Reading time", "- 4 min"],
        ["- Source", "- Jane Doe"],  # a person
    ],
)
def test_other_fields_in_the_header_block_credit_no_one(fields: list[str]) -> None:
    assert run(head=HEADER + fields)[1] is None


def test_a_label_over_a_name_deep_in_the_story_is_not_a_header_field() -> None:
    long = "The board said the channel would be dredged again next year. " * 3
    lines = [long, long, "Source", "Harbour Ledger", long, long, long, long, long]
    assert run(head=lines)[1] is None


# --- (9) an edition in brackets --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Source: The Times (Ireland edition)", "The Times"),
        ("Source: El País (edición América)", "El País"),
        ("Quelle: Die Zeit (Ausgabe Österreich)", "Die Zeit"),
    ],
)
def test_an_edition_in_brackets_is_its_outlet(line: str, credited: str) -> None:
    assert run([line])[1] == credited


def test_a_shared_masthead_with_its_town_in_brackets_stays_the_towns_paper() -> None:
    assert run(["Source: The Guardian (Charlottetown)"])[1] == "The Guardian (Charlottetown)"


# --- (10) a table layout of "<br><br>" paragraphs --------------------------------------------

TABLE_PAGE = (
    '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
    "<title>{title}</title></head><body>"
    '<table width="780" border="0">'
    '<tr><td colspan="2"><font size="5"><b>{site}</b></font></td></tr>'
    '<tr><td colspan="2"><font size="1"><a href="/">Home</a> | '
    '<a href="/news.php">News</a></font></td></tr>'
    '<tr><td width="160"><font size="1"><a href="/archive.php">Archive</a><br>'
    '<a href="/links.php">Links</a></font></td>'
    '<td width="620" class="content"><font size="5"><b>{title}</b></font><br>'
    '<font size="1">11.03.2027 09:55</font><br><br>'
    '{byline}<font size="2">{body}</font><br><br><font size="1">'
    '<a href="javascript:window.print()">Print</a> | E-mail</font></td></tr>'
    '<tr><td colspan="2"><font size="1">Copyright © 2027 {site}.</font></td></tr>'
    "</table></body></html>"
)


def _table_page(
    lang: str, byline: str, paragraphs: list[str], site: str = "Breskens Nieuws"
) -> Article:
    url = "https://www.breskens-nieuws.example/news.php?id=726045"
    html = TABLE_PAGE.format(
        lang=lang,
        site=site,
        title="Veer vaart minder vaak",
        byline=byline,
        body="<br><br>\n".join(paragraphs),
    )
    return credit(fill(Article(url=url), extract(html, url)))


DUTCH = [
    "Het fiets- en voetveer tussen de twee havens gaat vanaf 1 mei minder vaak varen, heeft de "
    "provincie besloten om de stijgende kosten van de veerdienst op te vangen.",
    "Volgens de nieuwe dienstregeling vertrekt het laatste veer na acht uur nog maar een keer "
    "per uur, in plaats van elk halfuur, en vervallen op zondag de vroege afvaarten.",
    "Reizigers en ondernemers reageren teleurgesteld; voor veel studenten is het veer de "
    "snelste verbinding met de rest van de provincie, zeggen zij.",
    "De provincie gaat de komende maanden na of een kleinere boot in de avonduren goedkoper "
    "kan varen, en of de bus beter kan aansluiten op de nieuwe vertrektijden.",
    "Het veer vaart sinds 2003, toen de autoveerdienst verdween na de opening van de tunnel. "
    "De provincie nam de dienst toen over en zette twee snelle catamarans in.",
    "Vorig jaar maakten ruim een miljoen reizigers gebruik van het veer, van wie een groot deel "
    "in de zomermaanden; in de winter liggen de aantallen veel lager.",
    "De reizigersvereniging noemt het besluit kortzichtig. Volgens een woordvoerder leidt "
    "minder aanbod tot minder reizigers, waarna opnieuw wordt bezuinigd.",
    "Provinciale Staten bespreken de nieuwe dienstregeling volgende maand, en verschillende "
    "fracties willen de late afvaarten op vrijdag en zaterdag behouden.",
]


def test_a_table_layouts_br_paragraphs_are_lines_and_its_byline_is_read() -> None:
    done = _table_page("nl", '<font size="2"><b>Door ANP</b></font><br>', DUTCH)
    assert done.attribution.original_publisher == "ANP"
    assert DUTCH[1] in done.text.split("\n")


def test_a_table_layouts_closing_wire_tag_is_read() -> None:
    story = [
        "釧路市は、湿原の周辺で相次ぐ大規模な太陽光発電施設の建設を抑えるため、新たな条例案をまとめた。"
        "湿原の周辺一帯を保全区域に指定し、一定規模以上の施設には市長の許可を必要とする。",
        "市によると、湿原の周辺ではこの十年ほどで太陽光パネルの設置が急増し、現在は確認されているだけで"
        "四十か所以上に上る。希少な野鳥の生息地に近い場所に造られた施設もある。",
        "条例案では、出力十キロワット以上の施設を保全区域内に設置する場合、事前に環境への影響を調べた"
        "報告書を提出し、市の審査を受けることを義務づける。",
        "市の担当者は「再生可能エネルギーの導入には反対しないが、湿原の景観や生き物を守ることとの"
        "両立が必要だ」と話している。",
        "（共同）",
    ]
    done = _table_page("ja", "", story, site="くしろ時報")
    assert done.attribution.original_publisher == "Kyodo News"


def test_a_table_layout_of_the_sites_own_story_credits_no_one() -> None:
    assert _table_page("nl", "", DUTCH).attribution.original_publisher is None


def test_a_data_table_with_a_long_cell_stays_a_table() -> None:
    from lxml import html as lxml_html

    rows = "".join(
        f"<tr><td>Line {i}</td><td>{'Departs at eight.<br><br>' * 3}{'x' * 300}</td></tr>"
        for i in range(8)
    )
    tree = lxml_html.fromstring(f"<html><body><table>{rows}</table></body></html>")
    assert unwrap_layout_tables(tree) == 0


# --- (11) the byline word in Dutch, Swedish and Indonesian -----------------------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [("Door ANP", "ANP"), ("Av TT", "TT Nyhetsbyrån"), ("Oleh ANTARA", "Antara")],
)
def test_a_byline_word_before_a_wire_credits_it(line: str, credited: str) -> None:
    assert run(head=[line])[1] == credited


@pytest.mark.parametrize(
    "line", ["Door Redactie", "Door County", "Door Jan de Vries", "Av Anna Lind"]
)
def test_a_byline_word_before_a_person_or_a_desk_credits_no_one(line: str) -> None:
    assert run(head=[line])[1] is None


# --- (12) a wire reporter's "By Name/WIRE" beside the text -----------------------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("By Johanna Berg/TT", "TT Nyhetsbyrån"),
        ("By Kari Nordmann/NTB", "NTB"),
        ("Por Ana Ruiz/EFE", "EFE"),
    ],
)
def test_a_byline_of_a_writer_and_a_wire_after_a_slash_credits_the_wire(
    line: str, credited: str
) -> None:
    assert run(side=[line])[1] == credited


@pytest.mark.parametrize(
    "line",
    [
        "Johanna Berg/TT",  # without "By": a photo's credit
        "Foto: Johanna Berg/TT",
        "By Ana Ruiz/Harbour Ledger",  # an outlet's name after the slash may be the desk's
    ],
)
def test_other_slashed_lines_beside_the_text_credit_no_one(line: str) -> None:
    assert run(side=[line])[1] is None


# --- (13) an info bar's date run into its source field ---------------------------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("2027年03月11日 09:23 来源：大众日报", "大众日报"),
        ("2026-03-11 09:23 Source: Harbour Ledger", "Harbour Ledger"),
        ("2026/03/11 14:05 来源：新华网", "Xinhua"),
    ],
)
def test_a_source_field_after_an_info_bars_date_credits_it(line: str, credited: str) -> None:
    assert run(side=[line])[1] == credited


@pytest.mark.parametrize(
    "line", ["2027年03月11日 09:23 来源：国家统计局", "2026-03-11 09:23 Updated: 10:40"]
)
def test_an_info_bars_date_before_no_outlet_credits_no_one(line: str) -> None:
    assert run(side=[line])[1] is None


# --- (14) a broadcast's programme and permission ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        (
            "This interview first aired on Mega FM's evening programme and is reproduced "
            "with permission.",
            "Mega FM",
        ),
        ("This segment originally aired on Radio Rhino's Breakfast Show.", "Radio Rhino"),
        (
            "This interview first aired on Harbour FM and is reproduced with permission.",
            "Harbour FM",
        ),
    ],
)
def test_a_broadcasts_first_airing_names_its_station(line: str, credited: str) -> None:
    cleaned, found = run(head=[line])
    assert found == credited
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "This interview is reproduced with permission.",
        "This article is reproduced with kind permission.",
    ],
)
def test_a_permission_alone_names_no_one(line: str) -> None:
    assert run([line])[1] is None


# --- (15) a translator's note before a credit beside the text --------------------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        (
            "Übersetzt aus dem Polnischen. Zuerst erschienen im „Kurier Szczeciński“.",
            "Kurier Szczeciński",
        ),
        (
            "Traduit de l'anglais. Publié initialement dans The Harbour Ledger.",
            "The Harbour Ledger",
        ),
        (
            "Translated from the Spanish by Jane Roe. This article first appeared in El Faro.",
            "El Faro",
        ),
    ],
)
def test_a_credit_after_a_translators_note_beside_the_text_is_read(
    line: str, credited: str
) -> None:
    assert run(side=[line])[1] == credited


@pytest.mark.parametrize(
    "line",
    ["Übersetzt aus dem Polnischen. Mehr Artikel im Archiv.", "Translated by Jane Roe."],
)
def test_a_translators_note_alone_credits_no_one(line: str) -> None:
    assert run(side=[line])[1] is None


def test_a_print_views_notes_before_its_address_line_are_read() -> None:
    note = '<div class="print-footer-note">Zuerst erschienen im „Kurier Szczeciński“.</div>'
    url = '<p class="print-url">Printed from https://www.tidewaterpost.example/2026/03/x</p>'
    assert page(note + url).attribution.original_publisher == "Kurier Szczeciński"


# --- (16) Catalan "Font" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [("Font ACN", "ACN"), ("Font: EFE", "EFE"), ("Font: ACN / Redacció", "ACN")],
)
def test_a_catalan_source_field_credits_its_name(line: str, credited: str) -> None:
    assert run(side=[line])[1] == credited


@pytest.mark.parametrize(
    "line",
    ["Font Awesome", "Font size", "Font size: 14px", "Font: Arial", "Font: Ajuntament de Girona"],
)
def test_a_typefaces_font_credits_no_one(line: str) -> None:
    assert run(side=[line])[1] is None
