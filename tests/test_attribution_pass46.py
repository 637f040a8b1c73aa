"""Attribution pass 46 (issue 14): the thirty-third and thirty-fourth blind sets' tune-half
classes, each on examples the cases do not hold (other outlets, other languages), each beside
a look-alike that keeps the old answer or credits no one: a news app's provider row with the
story's age beside the text, an institution's coverage item ("In the news" over "Outlet ·
date"), a piece's noun before "tratto da" / "tomado de", Tagalog's "Ulat mula sa", an Indian
wire's Hindi desk sign-off, and a rights notice in a source box."""

from __future__ import annotations

import pytest

from aggregator.extract.extractor import extract
from aggregator.models import Article
from aggregator.processing import credit, fill
from tests.harbour_story import STORY, URL, attributed


def run(
    tail: list[str] | None = None,
    *,
    head: list[str] | None = None,
    side: list[str] | None = None,
    url: str = URL,
    site: str | None = "Tidewater Post",
) -> tuple[str, str | None]:
    cleaned, found = attributed(tail, head=head, side_lines=side or (), url=url, site=site)
    return cleaned, found.original_publisher


# --- a news app's provider row beside the text: the outlet, then the story's age -------------


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("The Weekly Times · 6h", "The Weekly Times"),
        ("Harbour Ledger · 2 hours ago", "Harbour Ledger"),
        # other languages' ages: Turkish, Indonesian, Malay, Spanish, German
        ("Vadi Gazetesi · 5 saat önce", "Vadi Gazetesi"),
        ("Tribun Lampung · 3 jam lalu", "Tribun Lampung"),
        ("Harian Pantai · 2 jam lalu", "Harian Pantai"),
        ("Diario del Valle · hace 2 horas", "Diario del Valle"),
        ("Lausitzer Rundschau · vor 3 Std.", "Lausitzer Rundschau"),
        # Thai writes "online" onto the name
        ("ข่าวสดออนไลน์ · 4 ชั่วโมงที่แล้ว", "ข่าวสดออนไลน์"),
    ],
)
def test_provider_row_beside_the_text_credits_the_outlet(row: str, want: str) -> None:
    _, found = run(side=[row, "Dredging to start before the storms"])
    assert found is not None and (found == want or want.startswith(found))


@pytest.mark.parametrize(
    "row",
    [
        "Jane Doe · 2h",  # a writer's byline row
        "World News · 3h",  # a section's label
        "Bridge repairs delayed again · 2h",  # a teaser's headline with its age
        "Kathmandu · 2h",  # a place
        "Tidewater Post · 6h",  # the site's own name
        "Harbour Ledger · 08:55 CT",  # a clock, no age: the same row on a site's own brief
    ],
)
def test_provider_row_look_alikes_credit_no_one(row: str) -> None:
    assert run(side=[row])[1] is None


# --- a coverage item: "In the news" over "Outlet · date" -------------------------------------


@pytest.mark.parametrize(
    ("label", "row", "want"),
    [
        ("In the news", "Harbour Ledger · 9 February 2027", "Harbour Ledger"),
        ("Media coverage", "Reuters · 9 February 2027", "Reuters"),
        ("Pressespiegel", "Lausitzer Rundschau · 09.02.2027", "Lausitzer Rundschau"),
        ("Dans les médias", "Le Progrès · 9 février 2027", "Le Progrès"),
        ("メディア掲載", "陸奥新報 2027年2月9日", "陸奥新報"),
        ("Rassegna stampa", "Gazzetta di Mantova - 9 febbraio 2027", "Gazzetta di Mantova"),
    ],
)
def test_coverage_item_credits_the_outlet(label: str, row: str, want: str) -> None:
    _, found = run(head=[label], side=[row], url="https://www.harbour-uni.example/news/1")
    assert found == want


@pytest.mark.parametrize(
    ("label", "row"),
    [
        # a coverage label over a person's or the press office's dated byline
        ("In the news", "Jane Doe · 9 February 2027"),
        # the site's own name over its own story
        ("In the news", "Tidewater Post · 9 February 2027"),
        # no coverage label: the same row is a dated byline of a name the table lacks
        ("News", "Harbour Ledger · 9 February 2027"),
        ("Research stories", "University News · 9 February 2027"),
        # a date alone
        ("In the news", "9 February 2027"),
        # a press review's address line: a village and its postcode, no date
        ("Revue de presse", "Septmoncel, 39310"),
        ("In the news", "Harbour Ledger · 08:55 CT"),  # a clock: a brief's own row
    ],
)
def test_coverage_look_alikes_credit_no_one(label: str, row: str) -> None:
    assert run(head=[label], side=[row])[1] is None


_COVERAGE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Harbour Institute</title>
<meta property="og:site_name" content="Harbour Institute"></head><body>
<main><article><p class="kind">{label}</p><h1>{title}</h1>
<p class="meta"><span>{row}</span></p><div class="body">
<p>{p1}</p><p>{p2}</p><p>{p3}</p></div></article></main>
<footer><p>© 2027 Harbour Institute</p></footer></body></html>"""
_PARAS = {
    "p1": "The harbour board voted on Tuesday to dredge the eastern channel before the autumn "
    "storms, ending a year of argument over who should pay for the work and when.",
    "p2": "Work is due to start in August and should take about six weeks, the board's chair "
    "said, adding that the ferry timetable would not change during the dredging.",
    "p3": "Researchers at the institute have measured silt in the channel since 2019 and said "
    "the new depth should hold for at least five winters before it needs doing again.",
}


@pytest.mark.parametrize(
    ("label", "row", "want"),
    [
        ("In the news", "Harbour Ledger · 9 February 2027", "Harbour Ledger"),
        ("News", "Harbour Ledger · 9 February 2027", None),
    ],
)
def test_coverage_row_above_the_headline_is_found_beside_the_text(
    label: str, row: str, want: str | None
) -> None:
    """Extraction keeps the kind's label and the headline at the text's head: the lines
    beside it are found from its first paragraph, not from those."""
    url = "https://www.harbour-institute.example/news/2027/02/dredging"
    title = "Harbour board votes to dredge the eastern channel"
    html = _COVERAGE_PAGE.format(label=label, row=row, title=title, **_PARAS)
    done = credit(fill(Article(url=url), extract(html, url)))
    assert done.attribution.original_publisher == want


# --- a piece's noun before "taken from" ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Articolo tratto da Il Tirreno", "Il Tirreno"),
        ("Artículo tomado de El Heraldo", "El Heraldo"),
        ("Texto extraído de Folha de Pernambuco", "Folha de Pernambuco"),
        ("Tratto da Il Tirreno", "Il Tirreno"),
    ],
)
def test_piece_taken_from_beside_the_text(line: str, want: str) -> None:
    assert run(side=[line])[1] == want


@pytest.mark.parametrize(
    "line",
    ["Articolo tratto da una ricerca dell'università", "Text taken from the council minutes"],
)
def test_piece_taken_from_a_document_credits_no_one(line: str) -> None:
    assert run(side=[line])[1] is None


# --- Tagalog "Ulat mula sa X" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Ulat mula sa Philippine News Agency (PNA)", "Philippine News Agency"),
        ("Balita mula sa Bombo Radyo", "Bombo Radyo"),
        ("Hango sa Pilipino Star Ngayon", "Pilipino Star Ngayon"),
    ],
)
def test_tagalog_report_from_credits_and_leaves(line: str, want: str) -> None:
    cleaned, found = run([line])
    assert found == want and line not in cleaned


@pytest.mark.parametrize("line", ["Ulat mula sa Maynila", "Ulat mula sa mga residente"])
def test_tagalog_report_from_a_place_or_people_stays(line: str) -> None:
    cleaned, found = run([line])
    assert found is None and line in cleaned


# --- an Indian wire's Hindi desk sign-off ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("भाषा राजेश अजय", "Press Trust of India"),
        ("भाषा सुमित मनोहर", "Press Trust of India"),
        ("भाषा सं. रावत दिलीप", "Press Trust of India"),
        ("वार्ता राजेश", "United News of India"),
    ],
)
def test_hindi_desk_sign_off_credits_the_wire_and_leaves(line: str, want: str) -> None:
    cleaned, found = run([line], url="https://www.mandikhabar.example/news/1", site=None)
    assert found == want and line not in cleaned


@pytest.mark.parametrize("line", ["भाषा और संस्कृति", "भाषा विवाद पर सरकार"])
def test_hindi_line_about_language_stays(line: str) -> None:
    cleaned, found = run([line], url="https://www.mandikhabar.example/news/1", site=None)
    assert found is None and line in cleaned


# --- a rights notice in a source box ---------------------------------------------------------


_RIGHTS_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Story | {site}</title><meta property="og:site_name" content="{site}"></head><body>
<main><article><h1>Harbour board votes to dredge the eastern channel</h1>
<div class="body"><p>{p1}</p><p>{p2}</p><p>{p3}</p>
<div class="story-source">{box}</div></div></article></main>
<footer><p>© 2027 {site}</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("box", "site"),
    [
        ("Tous droits réservés Le Petit Havrais", "Le Petit Havrais"),
        ("All rights reserved to Harbour Weekly", "Harbour Weekly"),
        ("جميع الحقوق محفوظة لصحيفة الميناء اليوم", "الميناء اليوم"),
    ],
)
def test_rights_notice_in_a_source_box_is_no_source(box: str, site: str) -> None:
    url = "https://www.harbourpaper.example/news/2027/02/dredging"
    html = _RIGHTS_PAGE.format(lang="en", site=site, box=box, **_PARAS)
    done = credit(fill(Article(url=url), extract(html, url)))
    assert done.attribution.original_publisher is None


def test_source_box_with_a_name_still_credits() -> None:
    url = "https://www.harbourpaper.example/news/2027/02/dredging"
    html = _RIGHTS_PAGE.format(lang="en", site="Harbour Weekly", box="Source: Reuters", **_PARAS)
    done = credit(fill(Article(url=url), extract(html, url)))
    assert done.attribution.original_publisher == "Reuters"


# --- a writer's byline naming the wire's copy, without a date ---------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Écrit par Julie Rameau avec AFP", "AFP"),
        ("Par Julien Morel avec l'AFP", "AFP"),
        ("Von Anna Peters mit dpa", "dpa"),
        ("Escrito por Ana Ruiz con EFE", "EFE"),
    ],
)
def test_byline_with_a_wire_beside_the_text(line: str, want: str) -> None:
    assert run(side=[line])[1] == want


@pytest.mark.parametrize(
    "line",
    [
        "Par Julie Rameau avec Paul Martin",  # two writers
        "By Jane Doe with Harbour Ledger",  # not a wire: a partner or a second byline
        "Avec AFP et Reuters, la saison commence",  # no byline
    ],
)
def test_byline_with_no_wire_credits_no_one(line: str) -> None:
    assert run(side=[line])[1] is None


# --- a wire's hub pointer at the tail --------------------------------------------------------


_AP_STORY = "SPOKANE, Wash. (AP) — " + STORY[0]


@pytest.mark.parametrize(
    "line",
    [
        "AP women's March Madness coverage: https://apnews.com/hub/ncaa-womens-bracket",
        "AP NFL: https://apnews.com/hub/nfl",
    ],
)
def test_wire_hub_pointer_leaves_with_the_wire(line: str) -> None:
    cleaned, found = attributed([line], story=[_AP_STORY, STORY[1]], kept=[STORY[1]])
    assert found.original_publisher == "Associated Press" and line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "More coverage: https://apnews.com/hub/nfl",  # no tag: the site's own pointer
        "AP coverage: https://www.tidewaterpost.example/hub/nfl",  # the site's own hub
    ],
)
def test_hub_pointer_look_alikes_stay(line: str) -> None:
    cleaned, found = attributed([line], story=[_AP_STORY, STORY[1]], kept=[STORY[1]])
    assert found.original_publisher == "Associated Press" and line in cleaned


# --- a regional portal's lower-case word after its region ------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Mit freundlicher Genehmigung von Oberlausitz aktuell", "Oberlausitz aktuell"),
        ("Quelle: Altmark kompakt", "Altmark kompakt"),
        ("Source : Quimper actu", "Quimper actu"),
        ("Quelle: Lausitzer Rundschau", "Lausitzer Rundschau"),
    ],
)
def test_regional_portal_name_keeps_its_last_word(line: str, want: str) -> None:
    assert run(side=[line])[1] == want


# --- a company's copyright notice beside a line naming its outlet ----------------------------


@pytest.mark.parametrize(
    ("notice", "row", "want"),
    [
        (
            "Copyright ©2027 Dow Jones & Company, Inc. All Rights Reserved.",
            "Barron's · 8:40 AM",
            "Barron's",
        ),
        ("© 2027 Dow Jones & Co., Inc.", "Source: MarketWatch", "MarketWatch"),
        # a notice naming its masthead, not a company: the first line still wins
        ("© 2027 Reuters", "Source: Harbour Ledger", "Reuters"),
        # the company's notice alone still credits its holder
        (
            "Copyright ©2027 Dow Jones & Company, Inc. All Rights Reserved.",
            "",
            "Dow Jones Newswires",
        ),
    ],
)
def test_company_notice_yields_to_the_outlet_named(notice: str, row: str, want: str) -> None:
    assert run(side=[notice, row] if row else [notice])[1] == want


def test_story_is_kept() -> None:
    assert all(sentence in run()[0] for sentence in STORY)
