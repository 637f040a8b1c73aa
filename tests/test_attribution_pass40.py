# ruff: noqa: RUF001, RUF002, E501  (the lines are written in their own scripts and punctuation)
"""Attribution pass 40 (issue 14): the fifteenth conventions round's wire furniture at the
tail, each class on examples the round does not hold (other wires, other languages, other
codes), each beside a twin of the same shape that keeps the old answer or credits no one:

- a decided wire's closing codes: initials between slashes, a service code, a tag in lower
  case or in brackets before its desk's code, a tag before its editors' names, the Chinese,
  Korean and Arabic end markers and an Arabic filing time (conventions/desk_codes.py);
- a wire's bracketed sign-off in the languages of its services (conventions/desk_sign_offs.py);
- the original's rights notice at the tail over all of its lines, and the bare notice line a
  template left under a wire's copy (conventions/notice_runs.py);
- a magazine's "editor's initials/wire" sign-off (not_credits/own_initials.py);
- an abbreviation of a term in lower case ("acute flaccid paralysis (AFP)") and a credit quoted
  inside a sentence ("“Source: Reuters,” read the caption") credit no one;
- datelines: Reuters' and Jiji's Japanese "［東京　４日　ロイター］" and BTA's reporter before
  its tag "/Иван Петров, БТА/".
"""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.harbour_story import SITE, STORY, URL, attributed


def run(tail: list[str], lead: str = "", story: list[str] = STORY) -> tuple[str, str | None]:
    """The harbour story with ``lead`` (a dateline) glued to its first line and ``tail``
    under it; every story sentence must stay."""
    cleaned, found = attributed(tail, lead=lead, story=story)
    return cleaned, found.original_publisher


# --- a decided wire's closing codes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "code", "publisher"),
    [
        ("LONDON (Reuters) - ", "/ab/CD/ef", "Reuters"),
        ("МОСКВА, 4 марта. /ТАСС/. ", "/ИП/", "TASS"),
        ("ROMA (ANSA) - ", "SPB-ECO", "ANSA"),
        ("MADRID, 4 mar (EFE).- ", "efe jlr/ms", "EFE"),
        ("Milano, 4 mar. (AGI) - ", "(AGI)Mi2/Red 041100 MAR 26", "AGI"),
        ("(서울=연합뉴스) 김선호 기자 = ", "(끝)", "Yonhap"),
        ("الدوحة (قنا) - ", "-انتهى-", "Qatar News Agency"),
        ("الدوحة (قنا) - ", "قنا/محمد سالم/أحمد علي", "Qatar News Agency"),
    ],
)
def test_a_decided_wires_closing_code_leaves(lead: str, code: str, publisher: str) -> None:
    cleaned, found = run([code], lead)
    assert found == publisher
    assert code not in cleaned


def test_an_arabic_end_marker_and_its_filing_time_leave() -> None:
    cleaned, found = run(["// انتهى //", "09:20 ت م"], "الدوحة (قنا) - ")
    assert found == "Qatar News Agency"
    assert "انتهى" not in cleaned and "09:20" not in cleaned


@pytest.mark.parametrize("code", ["/ab/CD/ef", "/ИП/", "SPB-ECO", "(끝)", "-انتهى-", "efe jlr/ms"])
def test_the_same_codes_on_the_sites_own_story_stay(code: str) -> None:
    cleaned, found = run([code])
    assert found is None
    assert code in cleaned


@pytest.mark.parametrize(
    "sentence",
    [
        "The coalition of SPD/CDU/FDP kept its majority.",
        "انتهى الاجتماع بعد ساعتين من النقاش.",
        "The A-B link road opens in May.",
    ],
)
def test_a_last_sentence_holding_such_a_code_stays_under_a_wire(sentence: str) -> None:
    cleaned, found = run([sentence], "LONDON (Reuters) - ")
    assert found == "Reuters"
    assert sentence in cleaned


# --- a wire's bracketed sign-off in its services' languages ----------------------------------


@pytest.mark.parametrize(
    ("lead", "sign_off"),
    [
        ("LISBOA, 4 Mar (Reuters) - ", "(Reportagem de Ana Silva; Edição de Pedro Costa)"),
        (
            "İSTANBUL, 4 Mart (Reuters) - ",
            "(Haber: Ayşe Demir; Yazan: Can Yılmaz; Editör: Ece Toksabay)",
        ),
        ("路透台北3月4日 - ", "（編譯 陳美玲；審校 王大明）"),
        ("БЕРЛИН, 4 мар (Рейтер) - ", "(Мария Петрова. Редактор Игорь Иванов)"),
        ("BERLIN (Reuters) - ", "(Berichterstattung von Jan Weber, bearbeitet von Anna Roth)"),
    ],
)
def test_a_wires_sign_off_in_another_language_leaves(lead: str, sign_off: str) -> None:
    cleaned, found = run([sign_off], lead)
    assert found == "Reuters"
    assert sign_off not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "(Información de la Junta de Andalucía)",  # a bracketed citation: no desk's label
        "（鈴木健吾　編集：宮崎亜巳）",  # on the site's own story: read only under a wire
    ],
)
def test_a_bracketed_line_naming_no_desk_or_under_no_wire_stays(line: str) -> None:
    lead = "SEVILLA, 4 mar (EFE).- " if line.startswith("(Información") else ""
    cleaned, _ = run([line], lead)
    assert line in cleaned


# --- the original's rights notice, over all of its lines -------------------------------------


@pytest.mark.parametrize(
    ("lead", "notice", "publisher"),
    [
        (
            "LONDON (Reuters) - ",
            [
                "© Copyright Thomson Reuters 2026. All rights reserved.",
                "Republication or redistribution of Reuters content is expressly prohibited without the prior written consent of Reuters.",
            ],
            "Reuters",
        ),
        (
            "MADRID, 4 mar (EFE).- ",
            [
                "© EFE 2026. Todos los derechos reservados.",
                "Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A.",
            ],
            "EFE",
        ),
        ("【東京時事】", ["この記事は時事通信社の配信です。無断転載を禁じます。"], "Jiji Press"),
        (
            "İSTANBUL (AA) - ",
            ["Bu haberin tüm hakları Anadolu Ajansı'na aittir; izinsiz yayımlanamaz."],
            "Anadolu Agency",
        ),
    ],
)
def test_a_wires_notice_leaves_over_all_of_its_lines(
    lead: str, notice: list[str], publisher: str
) -> None:
    cleaned, found = run(notice, lead)
    assert found == publisher
    for line in notice:
        assert line not in cleaned


def test_a_notices_bare_line_under_a_wires_copy_leaves() -> None:
    line = "This material may not be published, broadcast, rewritten or redistributed without permission."
    cleaned, found = run([line], "HELSINKI (AP) — ")
    assert found == "Associated Press"
    assert line not in cleaned


@pytest.mark.parametrize(
    ("lead", "sentence"),
    [
        # a story's sentence with a notice's words, naming no one
        ("LONDON (Reuters) - ", "The judge ruled that the photographs may not be published."),
        # a story's sentence naming the wire, with a word notices use ("izinsiz": unauthorised)
        (
            "İSTANBUL (AA) - ",
            "Polis, izinsiz gösteriye katılan 12 kişiyi gözaltına aldı, AA muhabirine konuştu.",
        ),
        # "未经许可" (without permission) in a story's sentence naming the wire
        ("新华社杭州3月4日电 ", "有人未经许可进入工地，新华社记者在现场看到了这一幕。"),
    ],
)
def test_a_story_sentence_with_a_notices_words_stays(lead: str, sentence: str) -> None:
    cleaned, _ = run([sentence], lead)
    assert sentence in cleaned


def test_a_notice_of_the_site_itself_stays_on_its_own_story() -> None:
    line = "© 2026 Tidewater Post. All rights reserved. This material may not be published without permission."
    cleaned, found = run([line])
    assert found is None
    assert line in cleaned


# --- a magazine's "editor's initials/wire" sign-off ------------------------------------------


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("ap/dpa", "dpa"),  # "ap" is an editor's, AP writes itself in capitals
        ("kna/AFP", "AFP"),
        ("(ats/nxp)", "Keystone-SDA"),  # the Swiss wire's own tag in lower case, no other name
        ("AFP/dpa", "AFP"),  # two wires as they write themselves: the first credits
    ],
)
def test_an_editors_initials_before_the_wires_tag(line: str, publisher: str) -> None:
    cleaned, found = run([line])
    assert found == publisher
    assert line not in cleaned


# --- look-alikes: an abbreviation in lower case, a credit quoted in a sentence ---------------


@pytest.mark.parametrize(
    ("sentence", "publisher"),
    [
        ("Doctors measured the prothrombin time index (PTI).", None),
        ("Patients were screened for acute neurological illness (ANI).", None),
        # a tag after the full stop is the wire's
        ("Doctors measured the clotting time. (PTI)", "Press Trust of India"),
        # two lower-case words are too common a pair to explain a tag
        ("Officials met ahead of polls (AP)", "Associated Press"),
    ],
)
def test_a_term_in_lower_case_explains_its_tag(sentence: str, publisher: str | None) -> None:
    text = "\n".join([*STORY, sentence])
    cleaned, found = attribute(text, url=URL, site_name=SITE)
    assert found.original_publisher == publisher
    assert (sentence in cleaned) == (publisher is None)


@pytest.mark.parametrize(
    "sentence",
    [
        "“Source: Reuters,” read the caption under the doctored image.",
        "„Quelle: dpa“, hieß es unter dem gefälschten Bild.",
        "«Источник: ТАСС», — говорилось в подписи к поддельному снимку.",
    ],
)
def test_a_credit_quoted_inside_a_sentence_credits_no_one(sentence: str) -> None:
    cleaned, found = run([sentence])
    assert found is None
    assert sentence in cleaned


@pytest.mark.parametrize(
    ("line", "publisher"), [("« Source : AFP »", "AFP"), ("Quelle: dpa", "dpa")]
)
def test_a_quoted_credit_alone_still_credits(line: str, publisher: str) -> None:
    cleaned, found = run([line])
    assert found == publisher
    assert line not in cleaned


# --- datelines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "publisher"),
    [
        ("［ワシントン　３日　ロイター］ - ", "Reuters"),
        ("［ニューヨーク　４日　ブルームバーグ］ ", "Bloomberg"),
        ("Varna, March 4 /Ivan Petrov, BTA/ ", "BTA"),
    ],
)
def test_a_dateline_in_a_services_shape_credits(lead: str, publisher: str) -> None:
    cleaned, found = run([], lead)
    assert found == publisher
    assert lead.strip() not in cleaned


@pytest.mark.parametrize(
    "lead",
    ["［東京　４日］ ", "［特集　３日　まとめ］ ", "Varna, March 4 /Ivan Petrov, mayor/ "],
)
def test_a_bracketed_place_or_a_persons_title_credits_no_one(lead: str) -> None:
    _, found = run([], lead)
    assert found is None


def test_a_notice_run_into_the_last_paragraph_keeps_its_sentence() -> None:
    story = [STORY[0], STORY[1] + " Copyright 2026 Reuters. All rights reserved."]
    text = "\n".join(["LONDON (Reuters) - " + story[0], story[1]])
    cleaned, found = attribute(text, url=URL, site_name=SITE)
    assert found.original_publisher == "Reuters"
    assert STORY[1] in cleaned
