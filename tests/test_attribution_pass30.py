# ruff: noqa: RUF001  (the lines are written in their own scripts and punctuation)
"""Attribution pass 30 (issue 14): the tenth conventions round's classes, each on examples the
round does not hold (other outlets, other languages), each beside a twin of the same shape that
credits no one and must stay."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.attribution.conventions import block_furniture

STORY = [
    "The harbour board voted on Tuesday to dredge the eastern channel before the autumn storms.",
    "Fishing crews had complained for months that silt left the channel too shallow at low tide.",
    "Work is due to start in August and should take about six weeks, the board's chair said.",
]
URL = "https://www.tidewaterpost.example/2026/03/harbour-dredging/"
SITE = "Tidewater Post"


def run(head: list[str] | None = None, tail: list[str] | None = None) -> tuple[str, str | None]:
    text = "\n".join([*(head or []), *STORY, *(tail or [])])
    cleaned, found = attribute(text, url=URL, site_name=SITE)
    for sentence in STORY:
        assert sentence in cleaned
    return cleaned, found.original_publisher


# --- a credit's block leaves with it: permission, licence, read-the-original, pitch -----------


@pytest.mark.parametrize(
    ("credit", "furniture", "publisher"),
    [
        (
            "This article first appeared in The Narwhal.",
            "It is reproduced here with the publisher's permission.",
            "The Narwhal",
        ),
        (
            "Este artigo foi publicado originalmente em Agência Pública.",
            "Reproduzido com autorização.",
            "Agência Pública",
        ),
        ("Dieser Text erschien zuerst im Spiegel.", "Abdruck mit freundlicher Genehmigung.", None),
        (
            "This story was originally published by High Country News.",
            "It is licensed under CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/).",
            "High Country News",
        ),
        (
            "Dit artikel verscheen eerder in de Volkskrant.",
            "Lees het originele artikel.",
            None,
        ),
        (
            "This story was originally published by The Narwhal.",
            "Subscribe to their weekly newsletter for more stories like this.",
            "The Narwhal",
        ),
        (
            "This story was originally published by The Narwhal.",
            "The Narwhal is an independent, non-profit news outlet covering Canada's natural "
            "world.",
            "The Narwhal",
        ),
    ],
)
def test_the_furniture_under_a_decided_credit_leaves(
    credit: str, furniture: str, publisher: str | None
) -> None:
    cleaned, got = run(tail=[credit, furniture])
    assert got is not None
    if publisher is not None:
        assert got == publisher
    assert credit not in cleaned
    assert furniture not in cleaned


@pytest.mark.parametrize(
    "furniture",
    [
        "It is reproduced here with the publisher's permission.",
        "Reproduzido com autorização.",
        "It is licensed under CC BY-NC 4.0 (https://creativecommons.org/licenses/by-nc/4.0/).",
        "Lees het originele artikel.",
        "Subscribe to their weekly newsletter for more stories like this.",
        "Published 4 March 2026, 10:15 GMT",
        "编辑：王芳",
    ],
)
def test_the_same_lines_with_no_credit_stay(furniture: str) -> None:
    cleaned, got = run(tail=[furniture])
    assert got is None
    assert furniture in cleaned


def test_a_block_keeps_the_sites_own_lines_and_other_peoples_descriptions() -> None:
    credit = "This story was originally published by The Narwhal."
    own = "Sign up for our newsletter to get the Tidewater Post every Friday."
    bio = "Jane Doe is a freelance writer based in Halifax."
    cleaned, got = run(tail=[credit, bio, own])
    assert got == "The Narwhal"
    assert credit not in cleaned
    assert bio in cleaned
    assert own in cleaned


# --- a portal's header: its time stamp and its "read original" row -----------------------------


def test_a_portals_time_stamp_and_read_original_rows_leave_with_its_source() -> None:
    head = ["来源：新京报", "2026-03-04 08:30", "查看原文"]
    cleaned, got = run(head=head)
    assert got is not None
    assert all(line not in cleaned for line in head)


def test_a_time_stamp_heading_the_sites_own_story_stays() -> None:
    cleaned, got = run(head=["Published 4 March 2026, 10:15 GMT"])
    assert got is None
    assert "Published 4 March 2026, 10:15 GMT" in cleaned


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Updated: March 4, 2026 11:42 IST", True),
        ("Mis à jour le 04/03/2026 à 10h12", True),
        ("Kamis, 5 Maret 2026 08:00 WIB", True),
        ("수정 2026.03.04 10:15", True),
        ("2026年3月4日 10時15分", True),
        ("5 people died in March 2026", False),
        ("Council meets on March 4", False),
    ],
)
def test_a_time_stamp_row_is_a_date_and_its_words_only(line: str, stamp: bool) -> None:
    assert block_furniture.stamp_row(line) is stamp


# --- a portal's provider row stacked on lines ------------------------------------------------


def test_a_stacked_provider_row_credits_its_outlet() -> None:
    head = ["Bloomberg", "Thu, March 5, 2026 at 7:02 AM UTC", "4 min read"]
    cleaned, got = run(head=head)
    assert got == "Bloomberg"
    assert all(line not in cleaned for line in head)


@pytest.mark.parametrize("name", ["Jane Doe", "World News"])
def test_a_stacked_row_of_a_writer_or_a_section_credits_no_one(name: str) -> None:
    cleaned, got = run(head=[name, "Thu, March 5, 2026 at 7:02 AM UTC", "4 min read"])
    assert got is None
    assert name in cleaned


# --- a credit split over lines: its lead, its name, its date ----------------------------------


@pytest.mark.parametrize(
    ("lead", "name", "publisher"),
    [
        ("First published in", "The Narwhal", "The Narwhal"),
        ("Publicado originalmente por:", "El País", "El País"),
        ("Zuerst erschienen bei", "netzpolitik.org", "netzpolitik.org"),
    ],
)
def test_a_lead_over_its_name_credits_it_and_both_leave(
    lead: str, name: str, publisher: str
) -> None:
    cleaned, got = run(tail=[lead, name, "4 March 2026"])
    assert got == publisher
    assert lead not in cleaned
    assert name not in cleaned
    assert "4 March 2026" not in cleaned


def test_a_lead_over_a_date_credits_no_one() -> None:
    cleaned, got = run(tail=["First published in", "March 2026"])
    assert got is None
    assert "First published in" in cleaned


# --- the head line of a credit at both edges --------------------------------------------------


@pytest.mark.parametrize(
    ("head", "tail", "publisher"),
    [
        ("A story by The Narwhal", "This story was originally published by The Narwhal.", None),
        (
            "Ein Artikel von netzpolitik.org",
            "Dieser Text erschien zuerst auf netzpolitik.org.",
            "netzpolitik.org",
        ),
        ("Co-produced with The Narwhal", "This story first appeared in The Narwhal.", None),
    ],
)
def test_the_head_line_restating_the_tails_credit_leaves(
    head: str, tail: str, publisher: str | None
) -> None:
    cleaned, got = run(head=[head], tail=[tail])
    assert got == (publisher or "The Narwhal")
    assert head not in cleaned


def test_a_story_by_a_person_at_the_head_stays() -> None:
    tail = "This story first appeared in The Narwhal."
    cleaned, got = run(head=["A story by Jane Doe"], tail=[tail])
    assert got == "The Narwhal"
    assert "A story by Jane Doe" in cleaned


# --- an editor's note's label is no name -------------------------------------------------------


def test_an_editors_note_label_in_turkish_is_read_past() -> None:
    note = "Editörün notu: Bu haber ilk olarak Bianet'te yayımlandı."
    cleaned, got = run(head=[note])
    assert got == "Bianet"
    assert note not in cleaned


def test_an_editors_note_about_a_series_credits_no_one() -> None:
    note = "Editörün notu: Bu yazı dizisinin ikinci bölümüdür."
    cleaned, got = run(head=[note])
    assert got is None
    assert note in cleaned


def test_an_arabic_first_published_sentence_ends_its_name_at_the_comma() -> None:
    note = "ملاحظة المحرر: نُشر هذا المقال أولاً في صحيفة الشروق، ويُعاد نشره هنا بالاتفاق معها."
    cleaned, got = run(head=[note])
    assert got is not None
    assert "،" not in got
    assert note not in cleaned


def test_an_arabic_editors_note_about_a_series_credits_no_one() -> None:
    note = "ملاحظة المحرر: هذه المادة هي الجزء الثاني من سلسلة عن الموانئ."
    cleaned, got = run(head=[note])
    assert got is None
    assert note in cleaned


# --- a footer naming its headline ---------------------------------------------------------------


def test_a_footer_with_the_headline_it_ran_under_credits_its_outlet() -> None:
    footer = (
        "This article was originally published by Capital & Main with the headline "
        '"The channel nobody dredged" on March 3, 2026.'
    )
    cleaned, got = run(tail=[footer])
    assert got == "Capital & Main"
    assert footer not in cleaned


def test_a_footer_with_a_headline_and_no_outlet_credits_no_one() -> None:
    footer = 'This story was originally published with the headline "The channel nobody dredged".'
    cleaned, got = run(tail=[footer])
    assert got is None
    assert footer in cleaned


# --- a wire's trailer: its writers, its files, its codes, its reuse notice ---------------------


def test_a_wires_contributors_and_rights_notice_leave_with_its_credit() -> None:
    tail = [
        "Associated Press writers Omar Haddad in Chicago and Lena Park in Denver contributed "
        "to this report.",
        "Copyright 2026 The Associated Press. All rights reserved.",
    ]
    cleaned, got = run(head=["HALIFAX, Nova Scotia (AP) —"], tail=tail)
    assert got == "Associated Press"
    assert all(line not in cleaned for line in tail)


def test_the_canadian_press_files_line_leaves_with_its_first_published_line() -> None:
    tail = [
        "— With files from Omar Haddad in Winnipeg",
        "This report by The Canadian Press was first published March 5, 2026.",
    ]
    cleaned, got = run(head=["WINNIPEG —"], tail=tail)
    assert got == "The Canadian Press"
    assert all(line not in cleaned for line in tail)


def test_a_contributor_line_with_no_credit_stays() -> None:
    line = "Omar Haddad contributed to this report."
    cleaned, got = run(tail=[line])
    assert got is None
    assert line in cleaned


def test_an_agencys_reuse_notice_leaves_with_its_credit_and_a_sites_own_stays() -> None:
    notice = "При цитировании ссылка на «Интерфакс» обязательна."
    cleaned, got = run(tail=["Источник: Интерфакс", notice])
    assert got == "Interfax"
    assert notice not in cleaned
    own = "При цитировании ссылка на сайт обязательна."
    cleaned, got = run(tail=[own])
    assert got is None
    assert own in cleaned


def test_dpas_long_routing_line_leaves_a_dpa_story_only() -> None:
    code = "dpa lnw ab yyzz a3 kr"
    text = "\n".join(["Hamburg (dpa) - " + STORY[0], *STORY[1:], code])
    cleaned, found = attribute(text, url=URL, site_name=SITE)
    assert found.original_publisher == "dpa"
    assert code not in cleaned
    cleaned, got = run(tail=[code])
    assert got is None
    assert code in cleaned
