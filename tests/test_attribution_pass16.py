"""The sixteenth pass (issue 14, the eleventh blind set's tune half and the second real
sample's false credits), class by class: reprint, translation and partnership notes in other
languages, CJK source labels, newspaper networks' trailers, agency datelines in more shapes,
agencies' tags in their own script, a wire's own service site; and on the precision side a
blog's link tip, a picture agency's credit and an owning group's copyright footer. Each
class: the publisher, the line gone from the text, and a twin that credits no one."""

# ruff: noqa: RUF001  (letters of other scripts are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.attribution.conventions.inflected import polish_nominative_of_genitive
from tests.blogpost import BODY
from tests.blogpost import with_head as _head
from tests.blogpost import with_tail as _tail

SITE = "https://www.valley-courier.example/news/2026/03/04/story"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # "taken from"
        ("Übernommen von derStandard.at", "Der Standard"),
        ("Dieser Artikel wurde von Der Standard übernommen.", "Der Standard"),
        (
            "Dit artikel is overgenomen van The Guardian en vertaald door de redactie.",
            "The Guardian",
        ),
        ("Vertaald uit The Guardian.", "The Guardian"),
        ("بازنشر از همشهری آنلاین", "همشهری آنلاین"),
        # "reprinted with the permission of"
        ("Перепечатка с разрешения редакции «Медузы».", "Meduza"),
        ("Bu haber bianet'in izniyle yayımlanmıştır.", "bianet"),
        ("Przedruk za zgodą redakcji „Dziennika Bałtyckiego”.", "Dziennik Bałtycki"),
        # "the original ran in"
        ("Haberin orijinali Euronews Türkçe'de yayımlanmıştır.", "Euronews"),
        # a Vietnamese name in sentence case, outside the table (pass 17)
        ("Bài viết gốc đăng trên Dân trí.", "Dân trí"),
        ("この記事は東洋経済オンラインに掲載されたものです。", "東洋経済オンライン"),
        # "a translation of X's article"
        ("Переклад статті The Kyiv Independent.", "The Kyiv Independent"),
        ("Перевод статьи The Kyiv Independent.", "The Kyiv Independent"),
        # CJK source labels
        ("稿源：界面新闻", "界面新闻"),
        ("出处：界面新闻", "界面新闻"),
        ("引用元：NHK NEWS WEB", "NHK"),
        ("転載元：東洋経済オンライン", "東洋経済オンライン"),
        # a Korean content partnership
        ("※ 이 기사는 한국일보와의 콘텐츠 제휴에 따라 게재합니다.", "한국일보"),
        # a newspaper network's trailer
        ("El Universal (México) / GDA", "El Universal"),
        # an agency's tag in its own script
        ("(د ب أ)", "dpa"),
    ],
)
def test_a_reprint_note_in_another_language_credits_its_outlet(line: str, publisher: str) -> None:
    cleaned, found = _tail(line)
    assert found == publisher
    assert line not in cleaned


def test_an_indonesian_networks_reporter_line_credits_the_network() -> None:
    line = "Laporan Wartawan Tribunnews.com, Fajar Nugroho"
    cleaned, found = _head(line)
    assert found == "Tribunnews"
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Übernommen von Jana Müller.",  # a person, no outlet
        "Vertaald uit het Engels.",  # a language, no outlet
        "Translated from the French.",
        "Traducido del inglés.",
        "Перевод статьи выполнен редакцией.",
        "Bu karar belediyenin izniyle alındı.",
        "稿源：",
        "El precio del agua sube / 2026",
    ],
)
def test_the_same_words_without_an_outlet_credit_no_one(line: str) -> None:
    _, found = _tail(line)
    assert found is None


@pytest.mark.parametrize(
    ("first", "publisher"),
    [
        (
            "Lindenhagen (dts Nachrichtenagentur) - Der Gemeinderat hat beschlossen.",
            "dts Nachrichtenagentur",
        ),
        ("Castel Ferrandino, 8 mar. (askanews) - È stato riaperto il ponte.", "askanews"),
        ("Красноярск. 6 марта. ИНТЕРФАКС-СИБИРЬ - Власти закрыли зимник.", "Interfax"),
        ("【3月7日 AFP】 協議会は7日、廃止を正式に決めた。", "AFP"),
    ],
)
def test_agency_datelines_in_more_shapes(first: str, publisher: str) -> None:
    cleaned, found = attribute("\n".join([first, *BODY]), url=SITE)
    assert found.original_publisher == publisher
    assert cleaned.split("\n")[0] == first.split("- ", 1)[-1].split("】 ", 1)[-1]


@pytest.mark.parametrize(
    "first",
    [
        "Lindenhagen (Archiv) - Der Gemeinderat hat beschlossen.",  # a word, no agency
        "Красноярск. 6 марта. ГОРОД-СИБИРЬ - Власти закрыли зимник.",  # no table agency
        "【3月7日 速報】 協議会は7日、廃止を正式に決めた。",
    ],
)
def test_dateline_shapes_naming_no_agency(first: str) -> None:
    _, found = attribute("\n".join([first, *BODY]), url=SITE)
    assert found.original_publisher is None


def test_a_wires_own_service_site_signing_with_the_wire_is_its_own_page() -> None:
    text = "\n".join([*BODY, "(TTXVN/Vietnam+)"])
    _, found = attribute(text, url="https://www.vietnamplus.vn/news/20260322/74415")
    assert found.original_publisher is None
    _, copied = attribute(text, url=SITE)
    assert copied.original_publisher == "Vietnam News Agency"


def test_a_blogs_link_tip_inside_the_text_credits_no_one() -> None:
    lines = [BODY[0], "The generation we love to dump on", "(via Geeks Are Sexy)", *BODY[1:]]
    cleaned, found = attribute("\n".join(lines), url="https://boingboing.example/2013/07/19/x")
    assert found.original_publisher is None
    assert "(via Geeks Are Sexy)" in cleaned
    # a publisher the table knows is still credited there
    lines[2] = "(via Reuters)"
    _, known = attribute("\n".join(lines), url="https://boingboing.example/2013/07/19/x")
    assert known.original_publisher == "Reuters"


@pytest.mark.parametrize(
    "line",
    ["Quelle: Automedia", "Source: Getty Images", "Quelle: imago images", "Fonte: Shutterstock"],
)
def test_a_picture_agency_credits_photographs_not_the_story(line: str) -> None:
    _, found = _tail(line)
    assert found is None


def test_a_source_label_naming_a_motoring_magazine_still_credits_it() -> None:
    _, found = _tail("Quelle: Auto Motor Sport Weekly")
    assert found == "Auto Motor Sport Weekly"


def test_a_groups_bare_copyright_footer_beside_the_text_is_the_owners() -> None:
    text = "\n".join(BODY)
    side = ["© 2020 Tamedia. All Rights Reserved"]
    cleaned, found = attribute(text, url="https://www.tagesanzeiger.example/a", side_lines=side)
    assert found.original_publisher is None
    assert cleaned == text


@pytest.mark.parametrize(
    ("notice", "publisher"),
    [
        ("© 2026 Wessex Daily Echo Ltd. All rights reserved.", "Wessex Daily Echo"),
        ("©2026 Governing. Distributed by Tribune Content Agency, LLC.", "Governing"),
        ("© 2026 Thomson Reuters. All rights reserved.", "Reuters"),
    ],
)
def test_an_outlets_or_a_wires_notice_beside_the_text_still_credits(
    notice: str, publisher: str
) -> None:
    _, found = attribute("\n".join(BODY), url=SITE, side_lines=[notice])
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    ("genitive", "nominative"),
    [
        ("„Dziennika Bałtyckiego”", "„Dziennik Bałtycki”"),
        ("Gazety Wyborczej", "Gazeta Wyborcza"),
        ("Tygodnika Powszechnego", "Tygodnik Powszechny"),
        ("Newsweeka Polska", "Newsweek Polska"),
    ],
)
def test_a_polish_genitive_turns_back_to_the_masthead(genitive: str, nominative: str) -> None:
    assert polish_nominative_of_genitive(genitive) == nominative
