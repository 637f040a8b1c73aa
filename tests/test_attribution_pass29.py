# ruff: noqa: RUF001, RUF002  (dashes and letters of other scripts are meant)
"""The twenty-ninth pass (issue 14, the ninth conventions round: national news agencies), class
by class, in agencies, places and languages the round did not use:

- (1) letters in brackets that are no agency's tag: the page's own writer's initials under
  its byline ("(PA)" under "By Paul Adams", "(AA)" under "Ahmet Aydın"), an abbreviation
  explained in its sentence ("Officials from Andhra Pradesh (AP) …", Hindi "आंध्र प्रदेश (AP)");
- (2) own pages: a tag that is the initials of the site's own name ("(ABI)" on the Agencia
  Boliviana de Información's site), the other agency's own site after a shared tag's reading
  ("NAIROBI, March 4 (KNA) –" on kenyanews.go.ke);
- (3) shared tags read by the other agency's home cities: "Abidjan, 4 mars (APA) -", "Bakı,
  4 mart (APA) -", "NAIROBI, Kenya –" over "(KNA)";
- (4) the national agencies as data (news_agencies.toml): tags in their own scripts, their
  datelines without brackets ("BRIDGETOWN, Barbados, Mar 4, CMC –", "МИНСК. 4 марта. БелТА
  –"), after an era's mark, in a script with combining signs ("សៀមរាប … (អ.ក.ក) –"); a
  national agency's bracket with neither date nor dash ("PARIS (GNA) …") is none of theirs;
  a network's tag joined to its member's ("(NNN-KUNA)");
- (5) the agencies' filing slugs and reporters' addresses ("NAN/ob/ce/2026", "… @bernama.com"),
  their rights notices in their languages ("© MTI. Minden jog fenntartva.", "© PAP.
  Wszelkie prawa zastrzeżone.") and their editors' lines once the wire is decided.

Each class: the publisher (or no one), the line gone from the text where it credits, and
twins."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.attribution.conventions.outlet_forms import without_form
from tests.blogpost import BODY, body_stays
from tests.blogpost import MEMBER_SITE as SITE


def _run(
    lines: list[str], url: str = SITE, site_name: str | None = None, side: list[str] | None = None
) -> tuple[str, str | None]:
    text, found = attribute("\n".join(lines), url=url, site_name=site_name, side_lines=side or [])
    return text, found.original_publisher


# (1) letters in brackets that are no agency's tag
@pytest.mark.parametrize(
    ("byline", "tag"),
    [("By Paul Adams", "(PA)"), ("Ahmet Aydın", "(AA)"), ("Von Dirk Peters", "(dp)")],
)
def test_the_writers_own_initials_credit_no_wire(byline: str, tag: str) -> None:
    text, publisher = _run([*BODY, tag], side=[byline])
    assert publisher is None
    assert tag in text


def test_twin_a_wire_tag_under_another_writers_byline_credits_the_wire() -> None:
    text, publisher = _run([*BODY, "(AA)"], side=["Mehmet Yılmaz"])
    assert publisher == "Anadolu Agency"
    assert "(AA)" not in text


ABBREVIATIONS = [
    "Officials from Andhra Pradesh (AP) met the council on Tuesday.",
    "राज्य सरकार ने आंध्र प्रदेश (AP) के साथ सड़क समझौते पर हस्ताक्षर किए।",
]


@pytest.mark.parametrize("line", ABBREVIATIONS)
def test_an_abbreviation_explained_in_its_sentence_credits_no_one(line: str) -> None:
    text, publisher = _run([BODY[0], line, *BODY[1:]])
    assert publisher is None
    assert line in text


def test_twin_the_tag_after_a_full_stop_or_with_its_dash_credits() -> None:
    text, publisher = _run([*BODY[:-1], BODY[-1] + " (INA)"])
    assert publisher == "Iraqi News Agency"
    assert "(INA)" not in text
    _, publisher = _run(["अमरावती (AP) - राज्य सरकार ने सड़क योजना को मंजूरी दी।", *BODY])
    assert publisher == "Associated Press"


# (2) own pages
def test_the_initials_of_the_sites_own_name_are_its_own() -> None:
    lines = ["La Paz, 4 mar (ABI) - El gobierno aprobó el plan de caminos.", *BODY]
    url = "https://www.prensa-estatal.bo/noticias/economia/1234"
    _, publisher = _run(lines, url=url, site_name="Agencia Boliviana de Información")
    assert publisher is None
    _, publisher = _run(lines)  # twin: on another site, the agency's tag credits it
    assert publisher == "ABI"


def test_a_shared_tag_read_as_the_sites_own_wire_is_its_own_page() -> None:
    lines = ["NAIROBI, March 4 (KNA) – The county approved the road plan.", *BODY]
    url = "https://www.kenyanews.go.ke/county-approves-roads/"
    _, publisher = _run(lines, url=url, site_name="Kenya News Agency")
    assert publisher is None
    _, publisher = _run(lines, url="https://www.coastline-tribune.com/2026/03/roads.html")
    assert publisher == "Kenya News Agency"  # twin: on another site, the agency's copy


# (3) shared tags by the other agency's home cities
@pytest.mark.parametrize(
    ("lines", "url", "publisher"),
    [
        (
            ["Abidjan, 4 mars (APA) - Le gouvernement a adopté le plan routier.", *BODY],
            "https://www.echo-du-lac.fr/2026/03/route.html",
            "Agence de Presse Africaine",
        ),
        (
            ["Bakı, 4 mart (APA) - Hökumət yol planını təsdiqləyib.", *BODY],
            "https://www.xeber-gunu.com/2026/03/yol.html",
            "Azeri-Press Agency",
        ),
        (
            [
                "MOMBASA, Kenya – The county approved the road plan.",
                *BODY[:-1],
                BODY[-1] + " (KNA)",
            ],
            "https://www.coastline-tribune.com/2026/03/roads.html",
            "Kenya News Agency",
        ),
        # twins: the table's reading where no home city or country says otherwise
        (
            ["Linz (APA) - Das Land hat den Straßenplan beschlossen.", *BODY],
            "https://www.echo-du-lac.fr/2026/03/route.html",
            "APA",
        ),
        (
            ["BONN, Germany – The diocese approved the plan.", *BODY[:-1], BODY[-1] + " (KNA)"],
            "https://www.coastline-tribune.com/2026/03/roads.html",
            "KNA",
        ),
    ],
)
def test_a_shared_tag_is_read_by_the_other_agencys_home(
    lines: list[str], url: str, publisher: str
) -> None:
    assert _run(lines, url=url)[1] == publisher


# (4) the national agencies as data: tags, datelines
@pytest.mark.parametrize(
    ("lines", "publisher"),
    [
        ([*BODY[:-1], BODY[-1] + " (ইউএনবি)"], "United News of Bangladesh"),
        (
            ["BRIDGETOWN, Barbados, Mar 4, CMC – The government approved the plan.", *BODY],
            "CMC",  # outside the table (a blind set files it so): as written
        ),
        (["МИНСК. 4 марта. БелТА – Правительство утвердило план ремонта дорог.", *BODY], "BelTA"),
        (
            ["مكة المكرمة 15 رمضان 1447 هـ الموافق 04 مارس 2026 م واس أعلنت الوزارة الخطة.", *BODY],
            "Saudi Press Agency",
        ),
        (["សៀមរាប ថ្ងៃទី៥ ខែមីនា (អ.ក.ក) – រដ្ឋាភិបាលបានអនុម័តគម្រោង។", *BODY], "Agence Kampuchea Presse"),
        (["Accra, March 4 (GNA) The assembly approved the plan.", *BODY], "GNA"),
        (
            ["KUWAIT, March 4 (NNN-KUNA) -- The assembly approved the plan.", *BODY],
            "Kuwait News Agency",
        ),
    ],
)
def test_a_national_agencys_tag_or_dateline_credits_it(lines: list[str], publisher: str) -> None:
    text, got = _run(lines)
    assert got == publisher
    assert body_stays(text)


@pytest.mark.parametrize(
    "lines",
    [
        # twins: a sentence opening with a day, a city and its region, no agency after the era
        ["Today, Trend – the index rose again, traders said.", *BODY],
        ["Sfax, TAP – the port reopened on Tuesday.", *BODY],
        ["الرياض 15 رمضان 1447 هـ الموافق 04 مارس 2026 م أعلنت الوزارة الخطة.", *BODY],
        ["PARIS (GNA) The assembly approved the plan.", *BODY],  # neither date nor dash
        [BODY[0], "قالت وكالة المغرب العربي للأنباء إن الطريق سيفتح قريبا.", *BODY[1:]],
        ["LAGOS, March 4 (NNN-XYZ) -- The assembly approved the plan.", *BODY],
    ],
)
def test_twin_lines_of_the_same_shape_credit_no_national_agency(lines: list[str]) -> None:
    _, publisher = _run(lines)
    assert publisher in (None, "NNN-XYZ")


def test_an_overseas_edition_by_its_word_alone_is_the_outlet() -> None:
    assert without_form("The Times Global") == "The Times"
    assert without_form("Global Times") == "Global Times"  # twin: another paper's name


# (5) slugs, addresses, rights notices, editors' lines
@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("NAN/ob/ce/2026", "NAN"),
        ("AGERPRES/(MB - autor: Ioana Marin, editor: Dan Pop)", "Agerpres"),
        ("Siti Aminah siti.aminah@bernama.com", "Bernama"),
        ("© MTI. Minden jog fenntartva.", "MTI"),
        ("© PAP. Wszelkie prawa zastrzeżone.", "Polish Press Agency"),
        ("© Tanjug. Sva prava zadržana.", "Tanjug"),
    ],
)
def test_an_agencys_slug_address_or_rights_notice_credits_it(line: str, publisher: str) -> None:
    text, got = _run([*BODY, line])
    assert got == publisher
    assert line not in text
    assert body_stays(text)


@pytest.mark.parametrize(
    "line",
    [
        "TC/ob/ce/2026",  # the paper's own slug
        "Jane Roe jane.roe@harbourgazette.com",  # a paper's reporter
        "© Gazeta Lokalna. Wszelkie prawa zastrzeżone.",  # a paper's own notice
        "Według MTI ceny wzrosły.",  # a mention, no notice
    ],
)
def test_twin_slugs_addresses_and_notices_of_no_wire_credit_no_one(line: str) -> None:
    text, publisher = _run([*BODY, line])
    assert publisher is None
    assert body_stays(text)


@pytest.mark.parametrize(
    ("credit", "house"),
    [
        ("(Bernama)", "ZUL RHM"),
        ("(NAN)", "Edited by Ngozi Eze/Ibrahim Musa"),
        ("(IRNA)", "انتهای پیام"),
        ("(KUNA)", "(النهاية) م س / ع ف"),
    ],
)
def test_a_decided_wires_editors_lines_leave(credit: str, house: str) -> None:
    text, publisher = _run([*BODY[:-1], f"{BODY[-1]} {credit}", house])
    assert publisher is not None
    assert house not in text
    # twin: with no wire decided, the same line stays
    text, publisher = _run([*BODY, house])
    assert publisher is None
    assert house in text
