# ruff: noqa: RUF001  (full-width brackets and other scripts' punctuation are meant)
"""Credit conventions by family and language (issue 14, the twelfth pass), written before any
code was touched, from how real sites credit copies rather than from misses: a credit label and
a name at the text's head or tail, an outlet in a byline block, a wire's dateline or end tag in
its house style, a copyright or republishing trailer, and a credit in the markup. Each family has
negative twins (a quoted agency, a ministry as a source, a photo credit, a person after a label, a
desk of the site itself) that must credit no one."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY, with_head, with_tail

#: An outlet no table has: a credit must name it as written.
OUTLET = "Harbourline Tribune"

# (a) A credit label and a name, per language, at the tail.
LABELLED_TAILS = [
    f"Source: {OUTLET}",
    f"Credit: {OUTLET}",
    f"Courtesy of {OUTLET}",
    f"Via {OUTLET}",
    f"Read more at {OUTLET}",
    f"Originally published by {OUTLET}",
    f"This article first appeared in {OUTLET}.",
    f"Republished with permission from {OUTLET}.",
    f"Source : {OUTLET}",  # fr
    f"Cet article a été publié initialement par {OUTLET}.",  # fr
    f"Fuente: {OUTLET}",  # es
    f"Este artículo fue publicado originalmente en {OUTLET}.",  # es
    f"Fonte: {OUTLET}",  # pt
    f"Este artigo foi publicado originalmente em {OUTLET}.",  # pt
    f"Quelle: {OUTLET}",  # de
    f"Dieser Artikel erschien zuerst bei {OUTLET}.",  # de
    f"Fonte: {OUTLET}",  # it
    f"Questo articolo è stato pubblicato originariamente su {OUTLET}.",  # it
    f"المصدر: {OUTLET}",  # ar
    f"بشکریہ: {OUTLET}",  # ur
    f"स्रोत: {OUTLET}",  # hi
    f"Kaynak: {OUTLET}",  # tr
    f"Sumber: {OUTLET}",  # id
    f"Источник: {OUTLET}",  # ru
    f"来源：{OUTLET}",  # zh
    f"出典：{OUTLET}",  # ja
    f"출처: {OUTLET}",  # ko
    f"منبع: {OUTLET}",  # fa
    f"Źródło: {OUTLET}",  # pl
    f"Bron: {OUTLET}",  # nl
    f"Chanzo: {OUTLET}",  # sw
    f"সূত্র: {OUTLET}",  # bn
]


@pytest.mark.parametrize("line", LABELLED_TAILS)
def test_a_labelled_credit_at_the_tail_names_the_outlet(line: str) -> None:
    text, publisher = with_tail(line)
    assert publisher == OUTLET
    assert OUTLET not in text


@pytest.mark.parametrize(
    "line",
    [
        f"Source: {OUTLET}",
        f"Courtesy: {OUTLET}",
        f"Fuente: {OUTLET}",
        f"Quelle: {OUTLET}",
        f"Источник: {OUTLET}",
        f"Kaynak: {OUTLET}",
    ],
)
def test_a_labelled_credit_at_the_head_names_the_outlet(line: str) -> None:
    text, publisher = with_head(line)
    assert publisher == OUTLET
    assert OUTLET not in text


@pytest.mark.parametrize(
    "line",
    [
        "Source: Ministry of Health",
        "Fuente: Ministerio de Salud",
        "Quelle: Statistisches Bundesamt",
        "Source: World Bank data",
        "Source: Web Desk",
        "Source: Jane Whitfield",
        "Credit: Tomasz Nowak",
        "Photo: AFP",
        "Photo: Reuters/Jane Whitfield",
        "Foto: EFE",
        "Image courtesy of the council",
    ],
)
def test_a_label_before_no_outlet_credits_no_one(line: str) -> None:
    _, publisher = with_tail(line)
    assert publisher is None


# (b) An outlet in a byline block.
@pytest.mark.parametrize(
    "line",
    [
        f"By Jane Whitfield | {OUTLET}",
        f"{OUTLET} staff",
        f"Jane Whitfield, {OUTLET}",
        f"{OUTLET} Desk",
        f"By {OUTLET} Staff",
        f"Por Juana Pérez | {OUTLET}",
        f"Von Jana Weber, {OUTLET}",
    ],
)
def test_an_outlet_in_a_byline_block_names_it(line: str) -> None:
    _, found = attribute("\n".join(BODY), url=BLOG, side_lines=[line])
    assert found.original_publisher == OUTLET


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Whitfield",
        "Jane Whitfield, Senior Reporter",
        "Jane Whitfield, Ministry of Health",
        "Jane Whitfield, London",
        "Web Desk",
        "News Desk",
        "Sports Desk",
        "Metro Staff",
        "Our Staff",
        "Riverside Council staff",
        "By Harriet Quennell Courier staff",
        "Courier staff",
        "Jane Whitfield, Courier",
    ],
)
def test_a_byline_of_people_or_a_desk_names_no_outlet(line: str) -> None:
    _, found = attribute("\n".join(BODY), url=BLOG, side_lines=[line])
    assert found.original_publisher is None


# (c) Wire datelines and end tags in each agency's house style.
@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("BEIRUT, March 4 (Reuters) - The council voted on Tuesday.", "Reuters"),
        ("WASHINGTON (AP) — The council voted on Tuesday.", "Associated Press"),
        ("PARIS (AFP) - The council voted on Tuesday.", "AFP"),
        ("NEW DELHI, March 4 (PTI) The council voted on Tuesday.", "Press Trust of India"),
        ("New Delhi [India], March 4 (ANI): The council voted on Tuesday.", "ANI"),
        ("BERLIN (dpa) - The council voted on Tuesday.", "dpa"),
        ("MADRID, 4 mar (EFE).- El consejo votó el martes.", "EFE"),
        ("ROMA, 4 MAR - (ANSA) - Il consiglio ha votato martedì.", "ANSA"),
        ("LISBOA, 04 mar 2026 (Lusa) - O conselho votou na terça-feira.", "Agência Lusa"),
        ("MOSCOW, March 4. /TASS/. The council voted on Tuesday.", "TASS"),
        ("ANKARA (AA) - Meclis salı günü oy kullandı.", "Anadolu Agency"),
        ("TOKYO, March 4 (Kyodo) -- The council voted on Tuesday.", "Kyodo News"),
        ("SEOUL, March 4 (Yonhap) -- The council voted on Tuesday.", "Yonhap"),
        ("BEIJING, March 4 (Xinhua) -- The council voted on Tuesday.", "Xinhua"),
        ("OTTAWA — The council voted on Tuesday. (The Canadian Press)", "The Canadian Press"),
        ("JAKARTA (ANTARA) - Dewan memutuskan pada hari Selasa.", "Antara"),
        ("KUALA LUMPUR, March 4 (Bernama) -- The council voted on Tuesday.", "Bernama"),
        ("WARSZAWA (PAP) - Rada głosowała we wtorek.", "Polish Press Agency"),
        (
            "DHAKA, March 4, 2026 (BSS) - The council voted on Tuesday.",
            "Bangladesh Sangbad Sangstha",
        ),
        ("ISLAMABAD, March 4 (APP): The council voted on Tuesday.", "Associated Press of Pakistan"),
        ("KUWAIT, March 4 (KUNA) -- The council voted on Tuesday.", "Kuwait News Agency"),
        ("MANILA, March 4 (PNA) -- The council voted on Tuesday.", "Philippine News Agency"),
        (
            "WASHINGTON, March 4 (UPI) -- The council voted on Tuesday.",
            "United Press International",
        ),
        ("DEN HAAG (ANP) - De raad stemde dinsdag.", "ANP"),
    ],
)
def test_a_wire_dateline_in_its_house_style_credits_the_wire(line: str, publisher: str) -> None:
    _, found = attribute("\n".join([line, *BODY]), url=BLOG)
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("(With inputs from PTI)", "Press Trust of India"),
        ("(IANS)", "IANS"),
        ("— ANI", "ANI"),
        ("AFP contributed to this report.", "AFP"),
        ("Reporting by Jane Whitfield; Editing by Tom Hale", "Reuters"),
        ("(Reporting by Jane Whitfield in Beirut; Editing by Tom Hale)", "Reuters"),
        ("— dpa", "dpa"),
        ("(EFE)", "EFE"),
        ("© Agence France-Presse", "AFP"),
        ("Kaynak: AA", "Anadolu Agency"),
        ("Sumber: Antara", "Antara"),
        ("Источник: ТАСС", "TASS"),
        ("(新华社)", "Xinhua"),
        ("/ANTARA", "Antara"),
    ],
)
def test_a_wire_end_tag_credits_the_wire(line: str, publisher: str) -> None:
    text, found = with_tail(line)
    assert found == publisher
    assert line not in text


@pytest.mark.parametrize(
    "line",
    [
        "The minister told Reuters that the plan would go ahead.",
        "The figures were first reported by AFP on Monday.",
        "An official told The Associated Press on condition of anonymity.",
        "Reuters could not independently verify the report.",
        "Photo: AFP",
        "(Photo: PTI)",
        "File photo by Reuters",
    ],
)
def test_a_wire_mentioned_or_pictured_is_not_credited(line: str) -> None:
    _, publisher = with_tail(line)
    assert publisher is None


# (d) Copyright and republishing trailers.
@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "Copyright 2026 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            "Associated Press",
        ),
        ("© Thomson Reuters 2026", "Reuters"),
        (f"© 2026 {OUTLET}. All rights reserved.", OUTLET),
        (f"Copyright © 2026 {OUTLET}. Reprinted with permission.", OUTLET),
        (f"This story was republished from {OUTLET} under a Creative Commons licence.", OUTLET),
        (f"Republicado con autorización de {OUTLET}.", OUTLET),
        (f"Nachdruck mit freundlicher Genehmigung von {OUTLET}.", OUTLET),
        (
            "This story has been published from a wire agency feed without modifications to "
            "the text. (PTI)",
            "Press Trust of India",
        ),
    ],
)
def test_a_copyright_or_republishing_trailer_credits_its_owner(line: str, publisher: str) -> None:
    text, found = with_tail(line)
    assert found == publisher
    assert line not in text


@pytest.mark.parametrize(
    "line",
    [
        "© 2026 Riverside Updates. All rights reserved.",
        "Copyright © Jane Whitfield 2026",
    ],
)
def test_a_copyright_of_the_site_or_a_person_credits_no_one(line: str) -> None:
    _, publisher = with_tail(line)
    assert publisher is None


# (e) Credits in markup.
def test_a_jsonld_publisher_organisation_of_another_outlet_names_it() -> None:
    jsonld = [
        {
            "@type": "NewsArticle",
            "isBasedOn": "https://www.harbourlinetribune.com/2026/03/road-budget",
            "publisher": {"@type": "Organization", "name": "Riverside Updates"},
        }
    ]
    _, found = attribute("\n".join(BODY), url=BLOG, jsonld=jsonld, site_name="Riverside Updates")
    assert found.original_publisher == "harbourlinetribune.com"


@pytest.mark.parametrize(
    "based_on",
    [
        "https://www.harbourlinetribune.com/",
        "https://riverside-updates.blogspot.com/2026/02/road-plan.html",
        {"@type": "Book", "name": "Roads of the North"},
    ],
)
def test_a_jsonld_work_on_a_home_page_or_the_site_itself_names_no_one(based_on: object) -> None:
    jsonld = [{"@type": "NewsArticle", "isBasedOn": based_on}]
    _, found = attribute("\n".join(BODY), url=BLOG, jsonld=jsonld, site_name="Riverside Updates")
    assert found.original_publisher is None


def test_a_jsonld_author_organisation_of_a_wire_names_it() -> None:
    jsonld = [
        {
            "@type": "NewsArticle",
            "author": {"@type": "Organization", "name": "Agence France-Presse"},
            "publisher": {"@type": "Organization", "name": "Riverside Updates"},
        }
    ]
    _, found = attribute("\n".join(BODY), url=BLOG, jsonld=jsonld, site_name="Riverside Updates")
    assert found.original_publisher == "AFP"


def test_a_source_box_beside_the_text_names_the_outlet() -> None:
    _, found = attribute("\n".join(BODY), url=BLOG, side_lines=[f"Source: {OUTLET}"])
    assert found.original_publisher == OUTLET


def test_a_jsonld_author_person_names_no_one() -> None:
    jsonld = [{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Whitfield"}}]
    _, found = attribute("\n".join(BODY), url=BLOG, jsonld=jsonld)
    assert found.original_publisher is None


# A second batch, written after the first fixes and before any more: the table's other
# agencies in their house styles, and byline blocks and trailers in more languages.
@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("TOKYO, March 4 (Jiji Press) -- The council voted.", "Jiji Press"),
        ("KYIV, March 4 (Interfax-Ukraine) - The council voted.", "Interfax"),
        ("МОСКВА, 4 марта. /ТАСС/. Совет проголосовал во вторник.", "TASS"),
        ("МОСКВА, 4 мар — РИА Новости. Совет проголосовал во вторник.", "RIA Novosti"),
        ("BUCUREŞTI, 4 martie /Agerpres/ - Consiliul a votat marţi.", "Agerpres"),
        ("Praha 4. března (ČTK) - Rada ve středu hlasovala.", "ČTK"),
        ("WIEN (APA) - Der Rat stimmte am Dienstag ab.", "APA"),
        ("BERN (Keystone-SDA) - Der Rat stimmte am Dienstag ab.", "Keystone-SDA"),
        ("BRUXELLES (Belga) - Le conseil a voté mardi.", "Belga"),
        ("DOHA, March 4 (QNA) - The council voted.", "Qatar News Agency"),
        ("ABU DHABI, 4th March, 2026 (WAM) -- The council voted.", "Emirates News Agency"),
        ("RIYADH, March 4, 2026, SPA -- The council voted.", "Saudi Press Agency"),
        ("DAMASCUS, March 4 (SANA) - The council voted.", "SANA"),
        ("TEHRAN, March 4 (IRNA) - The council voted.", "IRNA"),
        ("HANOI (VNA) - The council voted on Tuesday.", "Vietnam News Agency"),
        pytest.param(
            "TAIPEI, March 4 (CNA) - The council voted.",
            "Central News Agency",
            # The table's "CNA" is Channel NewsAsia: Taipei, the dateline's place, says which
            # (homonym_tags).
        ),
        ("MADRID, 4 Mar. (EUROPA PRESS) - El consejo votó el martes.", "Europa Press"),
        ("BUENOS AIRES, 4 mar (Télam) - El consejo votó el martes.", "Télam"),
        ("LA HABANA, 4 mar (Prensa Latina) El consejo votó el martes.", "Prensa Latina"),
        ("ROMA, 4 mar. (Adnkronos) - Il consiglio ha votato martedì.", "Adnkronos"),
        ("(AGI) - Roma, 4 mar. - Il consiglio ha votato martedì.", "AGI"),
        ("İstanbul (İHA) - Meclis salı günü oy kullandı.", "İhlas Haber Ajansı"),
        ("KYIV, March 4. /Ukrinform/. The council voted.", "Ukrinform"),
    ],
)
def test_the_tables_other_agencies_datelines_credit_them(line: str, publisher: str) -> None:
    _, found = attribute("\n".join([line, *BODY]), url=BLOG)
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("(Agência Brasil)", "Agência Brasil"),
        ("Com informações da Agência Brasil.", "Agência Brasil"),
        ("Com Estadão Conteúdo", "Estadão Conteúdo"),
        ("Mit Material von dpa", "dpa"),
        ("Con información de EFE.", "EFE"),
        ("Avec AFP", "AFP"),
        ("(KNA)", "KNA"),
        ("Quelle: epd", "epd"),
        ("(NTB)", "NTB"),
        ("(Ritzau)", "Ritzau"),
        ("/TT", "TT Nyhetsbyrån"),
        ("(STT)", "STT"),
        ("Źródło: PAP", "Polish Press Agency"),
        ("(MTI)", "MTI"),
        ("Bron: ANP", "ANP"),
        ("Kaynak: DHA", "Demirören Haber Ajansı"),
        ("(뉴시스)", "Newsis"),
        ("출처: 연합뉴스", "Yonhap"),
        ("منبع: ایرنا", "IRNA"),
        ("المصدر: وام", "Emirates News Agency"),
        ("সূত্র: বাসস", "Bangladesh Sangbad Sangstha"),
        ("(Dow Jones Newswires)", "Dow Jones Newswires"),
        ("(IPS)", "Inter Press Service"),
    ],
)
def test_the_tables_other_agencies_end_tags_credit_them(line: str, publisher: str) -> None:
    text, found = with_tail(line)
    assert found == publisher
    assert line not in text


@pytest.mark.parametrize(
    "line",
    [
        f"Texto publicado originalmente no {OUTLET}.",  # pt
        f"Articolo pubblicato originariamente su {OUTLET}.",  # it
        f"Per gentile concessione di {OUTLET}.",  # it
        f"Bu haber ilk olarak {OUTLET} tarafından yayımlanmıştır.",  # tr
        f"Artikel ini pertama kali terbit di {OUTLET}.",  # id
        f"Статья впервые опубликована в {OUTLET}.",  # ru
        f"Dit artikel verscheen eerder bij {OUTLET}.",  # nl
        f"Artykuł ukazał się pierwotnie w {OUTLET}.",  # pl
        f"本文原载于{OUTLET}。",  # zh
        f"この記事は{OUTLET}に掲載されたものです。",  # ja
        f"이 기사는 {OUTLET}에 처음 게재됐습니다.",  # ko
        f"این مطلب نخستین بار در {OUTLET} منتشر شد.",  # fa
        f"यह लेख मूल रूप से {OUTLET} पर प्रकाशित हुआ था।",  # hi
        f"یہ مضمون پہلے {OUTLET} میں شائع ہوا۔",  # ur
        f"نُشر هذا المقال أولاً في {OUTLET}.",  # ar
        f"© {OUTLET} 2026. Tous droits réservés.",  # fr
        f"© {OUTLET}. Todos los derechos reservados.",  # es
        f"© 2026 {OUTLET}. Alle Rechte vorbehalten.",  # de
    ],
)
def test_a_first_appeared_or_copyright_line_in_more_languages_names_the_outlet(
    line: str,
) -> None:
    text, publisher = with_tail(line)
    assert publisher == OUTLET
    assert OUTLET not in text


@pytest.mark.parametrize(
    "line",
    [
        "この記事は2026年3月4日に公開されました。",
        "この記事は午前10時に配信されました。",
        "이 기사는 3월 4일에 처음 보도됐습니다.",
        "이 기사는 어제 오후에 처음 게재됐습니다.",
        "این مطلب نخستین بار در سال ۱۴۰۲ منتشر شد.",
        "Исследование опубликовано в журнале Nature.",
        "Статья опубликована в рамках проекта.",
        "Bu haber ilk olarak muhabirimiz tarafından yayımlanmıştır.",
        "本文原载于2026年3月4日。",
    ],
)
def test_a_first_appeared_line_naming_a_date_or_a_phrase_credits_no_one(line: str) -> None:
    _, publisher = with_tail(line)
    assert publisher is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [("منبع: خبرگزاری فارس", "Fars News Agency"), ("منبع: تسنیم", "Tasnim News Agency")],
)
def test_iranian_agencies_in_persian_spelling_are_credited(line: str, publisher: str) -> None:
    _, found = with_tail(line)
    assert found == publisher


@pytest.mark.parametrize(
    "line",
    [
        "WASHINGTON, March 4 — AP said the vote was close.",
        "LONDON, March 4. Reuters reported the vote.",
        "RIYADH, March 4, 2026 - The Ministry said.",
        "MOSCOW, March 4 - Interfax said the vote was close.",
    ],
)
def test_a_dateline_before_a_sentence_about_an_agency_credits_no_one(line: str) -> None:
    _, found = attribute("\n".join([line, *BODY]), url=BLOG)
    assert found.original_publisher is None
