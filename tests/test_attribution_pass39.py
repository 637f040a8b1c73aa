# ruff: noqa: RUF001, RUF002, RUF003  (the lines are written in their own scripts and punctuation)
"""Attribution pass 39 (issue 14): the blind sets' remaining tune-half classes, each on
examples the cases do not hold (other outlets, towns, languages), each beside a twin of the
same shape that keeps the old answer or credits no one: a table outlet's local edition by its
town or region, a wire's desk by its nation, a Russian "По материалам" credit naming a site's
address, a Japanese "提供：" / "配信：" line naming a paper, and PTI's Hindi desk line with an
abbreviated word."""

from __future__ import annotations

import pytest

from tests.harbour_story import SITE, STORY, URL, attributed

RU_STORY = [
    "Сильный ветер повалил деревья в центре Калининграда в ночь на четверг.",
    "Коммунальные службы расчищают улицы, пострадавших нет.",
]
JA_STORY = [
    "港の浚渫工事が来月から始まることが分かった。",
    "工事は約六週間かかる見通しだ。",
]
HI_STORY = [
    "शहर में नई मेट्रो लाइन पर काम अगले महीने शुरू होगा।",
    "अधिकारियों ने बताया कि काम छह सप्ताह में पूरा होगा।",
]
#: The Hindi story under PTI's Hindi service's dateline: the page is PTI's.
HI_DATELINE = "जयपुर, 4 मार्च (भाषा) " + HI_STORY[0]


def run(
    tail: list[str], story: list[str] = STORY, url: str = URL, site: str = SITE
) -> tuple[str, str | None]:
    cleaned, found = attributed(tail, story=story, kept=story[1:], url=url, site=site)
    return cleaned, found.original_publisher


# --- a table outlet's local edition by its town or region ------------------------------------


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Quelle: Bild München", "Bild"),  # a city by its German name
        ("Source : Ouest-France Brest", "Ouest-France"),  # a town below a million
        ("Fonte: g1 Bahia", "O Globo"),  # a state: g1's (a generic suffix) state edition
        ("Fuente: El Mundo Sevilla", "El Mundo"),
        ("Source: Stuff Christchurch", "Stuff"),
        ("Source: Global News Toronto", "Global News"),
    ],
)
def test_a_table_outlet_before_a_town_of_its_country_is_its_local_edition(
    line: str, publisher: str
) -> None:
    cleaned, found = run([line])
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    ("line", "table_outlet"),
    [
        # a masthead's words alone: another paper of the same words, in that town
        ("Fuente: El País Cali", "El País"),
        ("Fonte: Folha Vitória", "Folha de S.Paulo"),
        # a town in another country than the outlet's: that town's own paper
        ("Fuente: El Universal Cartagena", "El Universal"),
        ("Source: The Telegraph Kolkata", "The Telegraph"),
        # a generic suffix says no country: a city's name after it is no edition's
        ("Source: Axios Denver", "Axios"),
        # a country after the name: a franchise
        ("Source: CNN Indonesia", "CNN"),
        # no town after the name: another paper's whole name
        ("Quelle: Bild Plus", "Bild"),
        ("Source: Standard Digital", "Der Standard"),
    ],
)
def test_twin_a_homonym_a_foreign_town_or_no_town_is_no_local_edition(
    line: str, table_outlet: str
) -> None:
    cleaned, found = run([line])
    assert found not in (None, table_outlet)  # credited as written, to the other paper
    assert line not in cleaned


# --- a wire's desk by its nation, in a byline --------------------------------------------------


def test_a_wire_before_its_nations_desk_in_a_byline_is_the_wire() -> None:
    cleaned, found = run(["By Jane Doe, PA Scotland"])
    assert found == "PA Media"
    assert "By Jane Doe, PA Scotland" not in cleaned


def test_twin_the_wires_initials_before_no_place_credit_no_one() -> None:
    cleaned, found = run(["By Jane Doe, PA Consulting"])
    assert found is None
    assert "By Jane Doe, PA Consulting" in cleaned


# --- "По материалам" and a site's address ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "publisher"),
    [("По материалам Fontanka.ru", "Fontanka.ru"), ("По материалам Лента.ру", "Лента.ру")],
)
def test_po_materialam_a_sites_address_credits_the_site(line: str, publisher: str) -> None:
    cleaned, found = run([line], story=RU_STORY, url="https://www.primorye-vesti.example/1")
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    # "according to the data / the information of": a source of facts, no copy's credit
    ["По данным Росстата", "По данным Fontanka.ru", "По информации Fontanka.ru"],
)
def test_twin_po_dannym_and_po_informatsii_cite_and_stay(line: str) -> None:
    cleaned, found = run([line], story=RU_STORY, url="https://www.primorye-vesti.example/1")
    assert found is None
    assert line in cleaned


# --- "提供：" / "配信：" naming a paper ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("提供：琉球新報", "琉球新報"),
        ("配信：北海道新聞", "北海道新聞"),
        ("（提供：神戸新聞デジタル）", "神戸新聞"),  # the web edition's word is no part of it
        ("提供：時事通信", "Jiji Press"),  # a table wire, as before
    ],
)
def test_a_provider_line_naming_a_paper_credits_it(line: str, publisher: str) -> None:
    cleaned, found = run([line], story=JA_STORY, url="https://www.minato-news.example/a/1")
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "提供：トヨタ自動車",  # a sponsor
        "提供：日本新聞協会",  # an association with a paper's word inside its name
        "協力：西日本新聞",  # a helper, no provider
        "写真提供：琉球新報",  # a photo's credit
        "配信：2026年3月12日",  # the delivery's date
    ],
)
def test_twin_a_sponsor_an_association_a_helper_a_photo_or_a_date_credit_no_one(
    line: str,
) -> None:
    cleaned, found = run([line], story=JA_STORY, url="https://www.minato-news.example/a/1")
    assert found is None
    assert line in cleaned


# --- PTI's Hindi desk line with an abbreviated word --------------------------------------------


@pytest.mark.parametrize("line", ["भाषा सं. शर्मा अजय", "भाषा सं. सुरेश"])
def test_ptis_hindi_desk_line_with_an_abbreviation_leaves_a_pti_page(line: str) -> None:
    story = [HI_DATELINE, HI_STORY[1]]
    cleaned, found = run([line], story=story, url="https://www.marudhar-khabar.example/1")
    assert found == "Press Trust of India"
    assert line not in cleaned


def test_twin_a_last_sentence_opening_with_the_word_for_language_stays() -> None:
    story = [HI_DATELINE, HI_STORY[1]]
    line = "भाषा विभाग ने नई पुस्तकें जारी कीं।"  # "The language department released ..."
    cleaned, found = run([line], story=story, url="https://www.marudhar-khabar.example/1")
    assert found == "Press Trust of India"
    assert line in cleaned


def test_the_desk_line_without_pti_s_dateline_credits_pti() -> None:
    # Pass 46: the desk line alone names the wire as surely as "PTI NKS RHL" alone does (the
    # thirty-third blind set's PTI copy carries no dateline); a line about language does not.
    line = "भाषा सं. शर्मा अजय"
    cleaned, found = run([line], story=HI_STORY, url="https://www.marudhar-khabar.example/1")
    assert found == "Press Trust of India"
    assert line not in cleaned


@pytest.mark.parametrize("line", ["भाषा विभाग ने नई पुस्तकें जारी कीं।", "भाषा विभाग"])
def test_twin_a_line_about_language_without_pti_s_dateline_credits_no_one(line: str) -> None:
    cleaned, found = run([line], story=HI_STORY, url="https://www.marudhar-khabar.example/1")
    assert found is None
    assert line in cleaned


@pytest.mark.parametrize("line", ["Text and photos: Dawn Washington", "By Dawn Lincoln"])
def test_twin_a_writer_named_like_an_outlet_and_a_place_is_no_edition(line: str) -> None:
    # Dawn's domain gives no country: a given name's shape before a state or a city is a
    # writer, never the Pakistani paper's edition
    assert run([line])[1] != "Dawn"
