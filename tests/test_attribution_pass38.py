# ruff: noqa: RUF001  (the lines are written in their own scripts and punctuation)
"""Attribution pass 38 (issue 14): the thirteenth conventions round's homonyms and the
twenty-first and twenty-second blind sets' classes, each on examples the cases do not hold
(other outlets, other languages), each beside a twin of the same shape that keeps the table's
outlet or credits no one."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.harbour_story import SITE, URL, attributed


def run(
    tail: list[str] | None = None,
    *,
    head: list[str] | None = None,
    links: list[tuple[str, str, str]] | None = None,
    side: list[str] | None = None,
    url: str = URL,
    site: str | None = SITE,
) -> tuple[str, str | None]:
    cleaned, found = attributed(
        tail, head=head, source_links=links or (), side_lines=side or (), url=url, site=site
    )
    return cleaned, found.original_publisher


def linked(label: str, name: str, href: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    line = f"{label} {name}"
    return [line], [(line, name, href)]


# --- a masthead the table's outlet shares, told apart by the credit's link -------------------


@pytest.mark.parametrize(
    ("label", "name", "href", "domain"),
    [
        (
            "Source:",
            "The Times",
            "https://timesofmalta.com/article/harbour-dredging.112233",
            "timesofmalta.com",
        ),
        (
            "Source:",
            "The National",
            "https://www.thenational.wales/news/24112233.harbour-dredging/",
            "thenational.wales",
        ),
    ],
)
def test_a_shared_masthead_linked_to_another_papers_article_is_that_paper(
    label: str, name: str, href: str, domain: str
) -> None:
    tail, links = linked(label, name, href)
    cleaned, publisher = run(tail, links=links)
    assert publisher == domain
    assert f"{label} {name}" not in cleaned


@pytest.mark.parametrize(
    ("label", "name", "href", "publisher"),
    [
        # the outlet's own domain, and its domain name under another suffix (an edition's)
        (
            "Source:",
            "The National",
            "https://www.thenationalnews.com/news/2026/03/04/harbour/",
            "The National",
        ),
        (
            "Quelle:",
            "Der Standard",
            "https://www.derstandard.de/story/3000000212345/hafen",
            "Der Standard",
        ),
        (
            "Source:",
            "The Guardian",
            "https://www.guardian.co.uk/world/2026/mar/04/harbour",
            "The Guardian",
        ),
        # a domain containing the outlet's name under no country's suffix: its own service
        (
            "Source:",
            "The Times",
            "https://www.thetimesdigital.com/2026/03/harbour-dredging",
            "The Times",
        ),
        # a domain that does not spell the masthead: a copy the credit linked, not a paper
        (
            "Source:",
            "The Times",
            "https://www.harbourblog.example/2026/03/dredging-copy",
            "The Times",
        ),
        # a name with more than a masthead's words is one paper's
        ("Source:", "Reuters", "https://www.reutersconnect.co.uk/stories/harbour-123", "Reuters"),
    ],
)
def test_twin_the_masthead_linked_to_its_own_or_no_paper_keeps_the_table_outlet(
    label: str, name: str, href: str, publisher: str
) -> None:
    tail, links = linked(label, name, href)
    assert run(tail, links=links)[1] == publisher


def test_twin_a_shared_masthead_without_a_link_keeps_the_table_outlet() -> None:
    assert run(["Source: The Times"])[1] == "The Times"


# --- a public broadcaster's service for a region whose own name holds "and" ------------------


@pytest.mark.parametrize(
    "line", ["Source: CBC Newfoundland and Labrador", "Source: BBC News Bosnia and Herzegovina"]
)
def test_a_broadcasters_service_for_a_region_joined_by_and_is_the_broadcaster(line: str) -> None:
    cleaned, publisher = run([line])
    assert publisher in ("CBC News", "BBC")
    assert line not in cleaned
    assert run(side=[line])[1] == publisher  # a theme's source box beside the text


def test_twin_two_outlets_joined_by_and_stay_two_names() -> None:
    # "and" between two names that make no place: two credits, a round-up's, not one
    assert run(["Source: CBC News and Harbour Gazette"])[1] != "CBC News and Harbour Gazette"


# --- a table agency's name followed by its own tag -------------------------------------------


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Quelle: Deutsche Presse-Agentur (dpa)", "dpa"),
        ("Source: Anadolu Ajansı (AA)", "Anadolu Agency"),
        ("المصدر: وكالة الأناضول الأناضول", "Anadolu Agency"),
    ],
)
def test_an_agencys_name_with_its_own_tag_is_the_agency(line: str, publisher: str) -> None:
    cleaned, found = run([line])
    assert found == publisher
    assert line not in cleaned


def test_twin_a_name_with_a_word_naming_no_agency_is_not_the_agency() -> None:
    # the last word names no publisher: the name is read as before, whole
    assert run(["المصدر: وكالة الأنباء العراقية الرسمية"])[1] != "Iraqi News Agency"


# --- the Korean "material's source" label ----------------------------------------------------

KO = [
    "부산시는 다음 달부터 시내버스 노선 열두 개를 조정한다고 밝혔다.",
    "시는 이용객이 적은 구간을 줄이고 신도시 노선을 늘린다.",
]


def test_the_korean_material_source_label_credits_an_outlet() -> None:
    text = "\n".join([*KO, "자료출처: 국제신문"])
    cleaned, found = attribute(text, url="https://www.busan-today24.example.kr/news/1")
    assert found.original_publisher == "국제신문"
    assert "자료출처" not in cleaned


def test_twin_the_korean_material_source_label_citing_an_office_credits_no_one() -> None:
    text = "\n".join([*KO, "자료출처: 부산광역시청 보도자료"])
    cleaned, found = attribute(text, url="https://www.busan-today24.example.kr/news/1")
    assert found.original_publisher is None
    assert "자료출처: 부산광역시청 보도자료" in cleaned


# --- a wire's desk initials spelled in Devanagari --------------------------------------------

HI = [
    "नगर निगम ने बुधवार को शहर की बारह सड़कों की मरम्मत का काम शुरू किया।",
    "अधिकारियों ने कहा कि काम एक महीने में पूरा होगा।",
]


def test_devanagari_desk_initials_after_a_decided_wire_leave() -> None:
    text = "\n".join(["इंदौर, 4 मार्च (आईएएनएस)। " + HI[0], HI[1], "--आईएएनएस", "आरकेजे/वीसी"])
    cleaned, found = attribute(text, url="https://www.malwa-khabar.example.in/news/1")
    assert found.original_publisher == "IANS"
    assert "आरकेजे/वीसी" not in cleaned


def test_twin_devanagari_words_with_a_slash_stay_without_a_wire() -> None:
    text = "\n".join([*HI, "आरकेजे/वीसी"])
    cleaned, found = attribute(text, url="https://www.malwa-khabar.example.in/news/1")
    assert found.original_publisher is None
    assert "आरकेजे/वीसी" in cleaned


# --- a newsroom network's whole footer on another site ----------------------------------------

FOOTER = (
    "Prairie Ledger Dispatch is part of Plainsview Newsroom, a nonprofit news network. "
    "Prairie Ledger Dispatch maintains editorial independence. Contact Editor Jo Park for "
    "questions: info@prairieledger.example."
)


def test_a_network_members_whole_footer_credits_the_member_on_another_site() -> None:
    cleaned, publisher = run([FOOTER])
    assert publisher == "Prairie Ledger Dispatch"
    assert FOOTER not in cleaned


def test_twin_the_footer_on_the_members_own_site_credits_no_one() -> None:
    url = "https://www.prairieledgerdispatch.example/2026/03/harbour/"
    assert run([FOOTER], url=url, site="Prairie Ledger Dispatch")[1] is None


def test_twin_a_membership_sentence_alone_credits_no_one() -> None:
    line = "Harbour Point Marina is part of the Tidewater Inland Waterway Authority."
    cleaned, publisher = run([line])
    assert publisher is None
    assert line in cleaned


# --- a tag two agencies share: Dakar's "APS" against the table's Algerian one ----------------

FR = [
    "Les pluies de la nuit ont coupé la route nationale entre les deux villes, dit la préfecture.",
    "Les travaux de réparation doivent commencer lundi, selon les services techniques.",
]


@pytest.mark.parametrize(
    ("url", "dateline"),
    [
        ("https://www.casamance-infos.example.sn/2026/03/route/", "Podor, 4 mars (APS) – "),
        ("https://www.sahel-hebdo.example.com/2026/03/route/", "Ziguinchor, 4 mars (APS) – "),
    ],
)
def test_aps_on_a_senegalese_site_or_dateline_is_senegals_agency(url: str, dateline: str) -> None:
    text = "\n".join([dateline + FR[0], FR[1], "MK/ASG"])
    cleaned, found = attribute(text, url=url)
    assert found.original_publisher == "Agence de presse sénégalaise"
    assert "MK/ASG" not in cleaned  # its desk slug leaves with it


@pytest.mark.parametrize(
    ("url", "dateline"),
    [
        ("https://www.oran-quotidien.example.dz/2026/03/route/", "Dakar, 4 mars (APS) – "),
        ("https://www.sahel-hebdo.example.com/2026/03/route/", "Alger, 4 mars (APS) – "),
    ],
)
def test_twin_aps_on_an_algerian_site_or_elsewhere_stays_algerias(url: str, dateline: str) -> None:
    text = "\n".join([dateline + FR[0], FR[1]])
    assert attribute(text, url=url)[1].original_publisher == "Algérie Presse Service"


def test_twin_capitals_joined_by_slashes_stay_without_a_wire() -> None:
    text = "\n".join([*FR, "MK/ASG"])
    cleaned, found = attribute(text, url="https://www.sahel-hebdo.example.com/2026/03/route/")
    assert found.original_publisher is None
    assert "MK/ASG" in cleaned


# --- a writer's title ending in a newsroom role, then the outlet the role is held at ----------


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("Aidan Roche, Local Journalism Initiative Reporter, The Valley Crier", "The Valley Crier"),
        ("By Lena Vogt, Senior Correspondent, Lakeshore Weekly", "Lakeshore Weekly"),
    ],
)
def test_a_byline_with_a_role_title_then_its_outlet_credits_the_outlet(
    byline: str, outlet: str
) -> None:
    assert run(side=[byline])[1] == outlet


@pytest.mark.parametrize(
    "byline",
    [
        "Aidan Roche, Local Journalism Initiative Reporter",  # the title alone: a programme
        "Aidan Roche, Senior Fellow, Marlowe Institute",  # a fellow's institution
        "Aidan Roche, Senior Reporter, Winnipeg",  # a place
    ],
)
def test_twin_a_role_title_without_a_newsroom_credits_no_one(byline: str) -> None:
    assert run(side=[byline])[1] is None


def test_twin_a_role_titled_byline_on_its_outlets_own_site_credits_no_one() -> None:
    byline = "Aidan Roche, Local Journalism Initiative Reporter, The Valley Crier"
    url = "https://www.valleycrier.example/2026/03/harbour/"
    assert run(side=[byline], url=url, site="The Valley Crier")[1] is None
