# ruff: noqa: RUF001  (the lines are written in their own scripts and punctuation)
"""Attribution pass 43 (issue 14): the twenty-seventh and twenty-eighth blind sets' last
tune-half classes and four faults found on pages like them, each on examples the cases do not
hold (other outlets, other sites, other languages), each beside a look-alike that keeps the
old answer or credits no one: the site's own desk after a writer the given names lack, a news
agency alone after "По данным", an author field's label and an agency's closing initials, a
credit's name read by its link, a Portuguese masthead's article, a portal's brand run into its
desk, a newsroom's roles, a link-required notice, a sentence of reporting, a shared masthead's
town."""

from __future__ import annotations

import pytest

from tests.harbour_story import SITE, URL, attributed


def run(
    tail: list[str] | None = None,
    *,
    head: list[str] | None = None,
    side: list[str] | None = None,
    links: list[tuple[str, str, str]] | None = None,
    story: list[str] | None = None,
    url: str = URL,
    site: str | None = SITE,
) -> tuple[str, str | None]:
    extra = {"story": story} if story is not None else {}
    cleaned, found = attributed(
        tail,
        head=head,
        side_lines=side or (),
        source_links=links or (),
        url=url,
        site=site,
        **extra,
    )
    return cleaned, found.original_publisher


RU_STORY = [
    "Портовый совет во вторник решил углубить восточный канал до осенних штормов.",
    "Работы начнутся в августе и займут около шести недель, сообщил председатель совета.",
]
UK_STORY = [
    "Портова рада у вівторок вирішила поглибити східний канал до осінніх штормів.",
    "Роботи почнуться в серпні й триватимуть близько шести тижнів, сказав голова ради.",
]
PL_STORY = [
    "Zarząd portu zdecydował we wtorek o pogłębieniu wschodniego kanału przed sztormami.",
    "Prace ruszą w sierpniu i potrwają około sześciu tygodni, powiedział przewodniczący zarządu.",
]
TR_STORY = [
    "Liman kurulu salı günü doğu kanalının sonbahar fırtınalarından önce taranmasına karar verdi.",
    "Çalışmaların ağustosta başlaması ve yaklaşık altı hafta sürmesi bekleniyor.",
]
PT_STORY = [
    "O conselho do porto decidiu na terça-feira dragar o canal leste antes das tempestades.",
    "As obras começam em agosto e devem durar cerca de seis semanas, disse o presidente.",
]
ID_STORY = [
    "Dewan pelabuhan memutuskan pada Selasa untuk mengeruk kanal timur sebelum musim badai.",
    "Pekerjaan dimulai pada Agustus dan diperkirakan berlangsung sekitar enam minggu.",
]


# --- the site's own desk after a writer the given names lack ----------------------------------

_OBSERVER = ("Jamaica Observer", "https://www.jamaicaobserver.com/news/2026/03/26/harbour/")
_VANGUARD = ("Vanguard News", "https://www.vanguardngr.com/2026/03/harbour-dredging/")
_GLEANER = ("Pinecrest Gleaner", "https://www.pinecrestgleaner.example/news/harbour/")


@pytest.mark.parametrize(
    ("byline", "own"),
    [
        # the case's shape: capitals the given names lack, the site's short name, a role
        ("BY KIMONE THOMPSON Observer staff reporter", _OBSERVER),
        # the byline row with its date run on
        ("BY KIMONE THOMPSON Observer staff reporter Published 2026-03-26", _OBSERVER),
        # a writer the given names know, before a short name the table holds (The Observer):
        # the site's own reading comes first
        ("By JANE DOE Observer staff reporter", _OBSERVER),
        ("By Jane Doe Observer staff reporter", _OBSERVER),
        # other sites, other desks' words
        ("BY ADAEZE NWOSU-OKAFOR Vanguard staff writer", _VANGUARD),
        ("BY TAVITA LEAUPEPE Gleaner Staff Correspondent", _GLEANER),
        # the site's whole name after the writer
        ("BY KIMONE THOMPSON Jamaica Observer staff reporter", _OBSERVER),
    ],
)
def test_a_writer_before_the_sites_own_desk_credits_no_one(
    byline: str, own: tuple[str, str]
) -> None:
    _, publisher = run(side=[byline], site=own[0], url=own[1])
    assert publisher is None
    _, publisher = run(head=[byline], site=own[0], url=own[1])
    assert publisher is None


@pytest.mark.parametrize(
    ("byline", "credited"),
    [
        # on another site, one word the role alone vouches for is no outlet it can be sure of
        ("BY KIMONE THOMPSON Observer staff reporter", None),
        ("BY TAVITA LEAUPEPE Vanguard staff writer", None),
        # after a writer the given names know, a table name still counts (pass 42)
        ("BY ADAEZE NWOSU Vanguard staff writer", "Vanguard"),
        # another outlet's desk of two words after the writer: the outlet, the writer cut
        ("BY KIMONE THOMPSON Harbour Observer staff reporter", "Harbour Observer"),
        # an outlet in capitals is no writer: the wire stays credited
        ("By ASSOCIATED PRESS Staff Writer", "Associated Press"),
        # a writer the given names know before a table wire, as before
        ("By JANE DOE Reuters", "Reuters"),
    ],
)
def test_a_writer_before_a_desk_on_another_site(byline: str, credited: str | None) -> None:
    _, publisher = run(side=[byline])
    assert publisher == credited


# --- a news agency alone after "По данным" on the last line ----------------------------------


@pytest.mark.parametrize(
    ("line", "story", "credited"),
    [
        ("По данным «Интерфакса».", RU_STORY, "Interfax"),
        ("По данным ТАСС.", RU_STORY, "TASS"),
        ("По информации РИА Новости.", RU_STORY, "RIA Novosti"),
        ("По данным агентства «Интерфакс».", RU_STORY, "Interfax"),
        ("За даними Укрінформу.", UK_STORY, "Ukrinform"),
        ("За інформацією «Інтерфакс-України».", UK_STORY, "Interfax"),
    ],
)
def test_an_agency_alone_after_po_dannym_closing_the_story_credits_it(
    line: str, story: list[str], credited: str
) -> None:
    cleaned, publisher = run([line], story=story, url="https://www.primorye-vesti.example/1")
    assert publisher == credited
    assert line not in cleaned


@pytest.mark.parametrize(
    ("lines", "story"),
    [
        # a ministry, a statistics office, rescuers: sources of facts at the end too
        (["По данным Росстата."], RU_STORY),
        (["По данным МЧС."], RU_STORY),
        (["За даними ДСНС."], UK_STORY),
        # a site, a paper: sources of facts (pass 39's reading)
        (["По данным Fontanka.ru"], RU_STORY),
        (["По данным «Коммерсанта»."], RU_STORY),
        # a sentence going on after the agency: a mention
        (["По данным «Интерфакса», работы начнутся в августе."], RU_STORY),
        # the agency's line in the middle of the story, not its last line
        (["По данным «Интерфакса».", "Совет соберётся снова в мае."], RU_STORY),
    ],
)
def test_po_dannym_citing_facts_or_mid_story_stays(lines: list[str], story: list[str]) -> None:
    cleaned, publisher = run(lines, story=story, url="https://www.primorye-vesti.example/1")
    assert publisher is None
    assert all(line in cleaned for line in lines)


# --- an author field's label before an agency's tag; the agency's closing initials ----------


@pytest.mark.parametrize(
    ("side", "credited"),
    [
        ("Autorka: Joanna Kołodziej (PAP) / 2026-03-10", "Polish Press Agency"),
        ("Autor: Tomasz Wiśniewski (PAP)", "Polish Press Agency"),
        ("Autor: Jan Novák (ČTK) | 10.03.2026", "ČTK"),
        ("Автор: Анна Смирнова (ТАСС)", "TASS"),
    ],
)
def test_an_author_fields_label_is_a_byline_before_the_agencys_tag(
    side: str, credited: str
) -> None:
    _, publisher = run(side=[side])
    assert publisher == credited


@pytest.mark.parametrize(
    "side",
    [
        # a writer's own initials or a title in capitals after the label: no agency
        "Autorka: Joanna Kołodziej (MP)",
        # a bare name in brackets beside the text, no author's label: a photo's as often
        "Joanna Kołodziej (PAP)",
    ],
)
def test_twin_no_label_or_no_agency_credits_no_one(side: str) -> None:
    assert run(side=[side])[1] is None


@pytest.mark.parametrize("slug", ["jko/ mrr/", "ktl/ kgr/ par/", "mzb/"])
def test_an_agencys_closing_initials_leave_with_its_copy(slug: str) -> None:
    head = ["Lublin (PAP) - " + PL_STORY[0]]
    cleaned, publisher = run(
        [slug], head=head, story=PL_STORY[1:], url="https://www.wlodawa.example/1"
    )
    assert publisher == "Polish Press Agency"
    assert slug not in cleaned


def test_twin_closing_initials_stay_on_a_page_no_wire_credits() -> None:
    cleaned, publisher = run(["jko/ mrr/"], story=PL_STORY, url="https://www.wlodawa.example/1")
    assert publisher is None
    assert "jko/ mrr/" in cleaned


# --- a credit's name read by the address its link spells --------------------------------------

_CHAMPION = "https://clarechampion.ie/storm-swells-break-through-lahinch-sea-wall/"


@pytest.mark.parametrize(
    ("line", "name", "href", "credited"),
    [
        ("Source: Clare Champion", "Clare Champion", _CHAMPION, "Clare Champion"),
        # other papers named by a town that is a given name, another word and another label
        (
            "Source: Victoria Advocate",
            "Victoria Advocate",
            "https://www.victoriaadvocate.example/news/2026/03/04/harbour-board-votes/",
            "Victoria Advocate",
        ),
        (
            "Fuente: Mercedes Informa",
            "Mercedes Informa",
            "https://mercedesinforma.example/local/el-puerto-dragara-el-canal-este-en-agosto/",
            "Mercedes Informa",
        ),
    ],
)
def test_a_persons_shape_of_name_linked_to_its_own_domain_is_the_outlet(
    line: str, name: str, href: str, credited: str
) -> None:
    _, publisher = run(side=[line], links=[(line, name, href)])
    assert publisher == credited
    cleaned, publisher = run([line], links=[(line, name, href)])
    assert publisher == credited
    assert line not in cleaned


@pytest.mark.parametrize(
    ("line", "name", "href"),
    [
        # a person, no link: who gave the facts
        ("Source: Clare Champion", "", ""),
        # a link to a domain that does not spell the name
        ("Source: Clare Champion", "Clare Champion", "https://www.irishnews.example/2026/03/x/"),
        # the name's domain, its home page only
        ("Source: Clare Champion", "Clare Champion", "https://clarechampion.ie/"),
        # an institution linked to its own site stays a citation
        (
            "Source: World Bank",
            "World Bank",
            "https://www.worldbank.org/en/news/press-release/2026/03/04/ports",
        ),
    ],
)
def test_twin_a_person_or_an_institution_stays_a_citation(line: str, name: str, href: str) -> None:
    links = [(line, name, href)] if href else []
    assert run(side=[line], links=links)[1] is None


# --- a Portuguese masthead's article; a portal's brand run into its desk ----------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Fonte: A Tribuna", "A Tribuna"),
        ("Fonte: A Gazeta do Vale", "A Gazeta do Vale"),
        ("Fonte: O Liberal", "O Liberal"),  # as before
    ],
)
def test_a_portuguese_masthead_keeps_its_article(line: str, credited: str) -> None:
    cleaned, publisher = run([line], story=PT_STORY, url="https://eldorado-hoje.example/1")
    assert publisher == credited
    assert line not in cleaned
    assert run(side=[line], story=PT_STORY, url="https://eldorado-hoje.example/1")[1] == credited


@pytest.mark.parametrize(
    "line",
    [
        "Source: A local resident",  # English's article before a phrase
        "Source: A Harbour Council spokesman",
        "Fonte: A prefeitura",
    ],
)
def test_twin_an_english_article_or_a_phrase_names_no_outlet(line: str) -> None:
    cleaned, publisher = run([line])
    assert publisher is None
    assert line in cleaned


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Sumber: detikBali", "detikBali"),
        ("Sumber: detikJatim", "detikJatim"),
        ("Source: kumparanNEWS", "kumparanNEWS"),
        ("Source: openDemocracy", "openDemocracy"),
    ],
)
def test_a_portals_brand_run_into_its_desk_is_an_outlet(line: str, credited: str) -> None:
    cleaned, publisher = run([line], story=ID_STORY, url="https://selong-terkini.example/1")
    assert publisher == credited
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Source: iPhone",  # a product's letter before its name
        "Source: bioRxiv",  # a preprint server: a capital before a consonant
        "Source: eBay",
    ],
)
def test_twin_a_products_or_a_servers_name_is_no_brand_of_news(line: str) -> None:
    assert run([line])[1] is None


# --- a newsroom's roles naming people ---------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(Haber: Ayşe Demir; Editör: Mehmet Kaya)",
        "(Haber: Ayşe Demir - Editör: Mehmet Kaya)",
        "(Haber: Ayşe Demir, Editör: Mehmet Kaya)",
        "Muhabir: Zeynep Nur Aksoy",
        "Pewarta: Dewi Lestari; Editor: Budi Santoso",
        "Reporter: Jane Doe | Editor: John Roe",
    ],
)
def test_a_newsrooms_roles_naming_people_credit_no_one(line: str) -> None:
    story = TR_STORY if "Haber" in line or "Muhabir" in line else None
    cleaned, publisher = run([line], story=story)
    assert publisher is None
    assert line in cleaned


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Text: DW", "Deutsche Welle"),  # a role's label before an outlet: as before
        ("Kaynak: Anadolu Ajansı", "Anadolu Agency"),
    ],
)
def test_twin_a_label_before_an_outlet_still_credits_it(line: str, credited: str) -> None:
    assert run([line])[1] == credited


# --- a link-required notice beside a credit -------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "notice", "story"),
    [
        (
            "Источник: РИА Новости",
            "При использовании материалов ссылка на сайт обязательна.",
            RU_STORY,
        ),
        (
            "Источник: ТАСС",
            "При полном или частичном использовании материалов ссылка на «Вести Приморья» "
            "обязательна.",
            RU_STORY,
        ),
        (
            "Джерело: Укрінформ",
            "При цитуванні гіперпосилання на «Вісті Полтави» обов'язкове.",
            UK_STORY,
        ),
    ],
)
def test_the_sites_own_link_notice_stays_under_a_wires_credit(
    credit: str, notice: str, story: list[str]
) -> None:
    cleaned, publisher = run([credit, notice], story=story, url="https://www.vesti.example/1")
    assert publisher is not None
    assert credit not in cleaned
    assert notice in cleaned


@pytest.mark.parametrize(
    ("credit", "notice", "credited"),
    [
        ("Источник: ТАСС", "При использовании материалов ссылка на ТАСС обязательна.", "TASS"),
        (
            "Источник: РИА Новости",
            "При цитировании ссылка на РИА Новости обязательна.",
            "RIA Novosti",
        ),
    ],
)
def test_the_wires_own_link_notice_leaves_with_its_credit(
    credit: str, notice: str, credited: str
) -> None:
    cleaned, publisher = run([credit, notice], story=RU_STORY, url="https://www.vesti.example/1")
    assert publisher == credited
    assert notice not in cleaned


# --- a sentence reporting what an agency said, citing its source ------------------------------


@pytest.mark.parametrize(
    ("line", "story"),
    [
        ("Об этом сообщил ТАСС со ссылкой на пресс-службу порта.", RU_STORY),
        ("Об этом сообщило РИА Новости со ссылкой на источник в мэрии.", RU_STORY),
        ("Работы оплатит город, передает «Интерфакс» со ссылкой на мэрию.", RU_STORY),
        ("Про це повідомив Укрінформ з посиланням на пресслужбу порту.", UK_STORY),
    ],
)
def test_a_sentence_reporting_what_an_agency_said_stays(line: str, story: list[str]) -> None:
    for tail, head in (([line], None), (None, [line])):
        cleaned, publisher = run(tail, head=head, story=story, url="https://www.vesti.example/1")
        assert publisher is None
        assert line in cleaned


def test_twin_the_agencys_own_notice_still_credits_it() -> None:
    line = "При использовании материалов ссылка на ТАСС обязательна."
    cleaned, publisher = run([line], story=RU_STORY, url="https://www.vesti.example/1")
    assert publisher == "TASS"
    assert line not in cleaned


# --- a shared masthead's town: one the lists know, or none ------------------------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        # towns the small towns' list places outside the outlet's country
        (
            "This story originally appeared in The Guardian, Charlottetown.",
            "The Guardian (Charlottetown)",
        ),
        ("This article was first published by The Times, Kingsport.", "The Times (Kingsport)"),
        # a town in the outlet's own country: the outlet
        ("This article was first published by The Times, Truro.", "The Times"),
        # a capitalised word no list knows: the table's outlet, as before pass 42
        ("This article was first published by The Times, Zorbleton.", "The Times"),
        ("This story originally appeared in The Guardian, Pembury.", "The Guardian"),
    ],
)
def test_a_shared_mastheads_town_must_be_one_the_lists_know(line: str, credited: str) -> None:
    cleaned, publisher = run([line])
    assert publisher == credited
    assert line not in cleaned
