"""Credit conventions of the languages and regions the fifth blind set added (issue 14):
Philippine "—With reports from X" appended to the last paragraph, Swahili "first published
by", papers whose names are written in sentence case ("Jutarnji list"), Korean and Taiwanese
wire markers. Each with the look-alike that must credit no one."""

# ruff: noqa: RUF001  (letters of other scripts are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import FERRY_BLOG, FERRY_BODY

BLOG, BODY = FERRY_BLOG, FERRY_BODY


def _run(lines: list[str]) -> tuple[str, str | None]:
    cleaned, found = attribute("\n".join(lines), url=BLOG)
    return cleaned, found.original_publisher


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("—With reports from Reuters", "Reuters"),
        ("—With reports from Harbour Wire News", "Harbour Wire News"),
        ("(With a report from Reuters)", "Reuters"),
    ],
)
def test_with_reports_from_an_outlet_ending_the_last_paragraph_credits_it(
    credit: str, expected: str
) -> None:
    cleaned, publisher = _run([BODY[0], f"{BODY[1]} {credit}"])
    assert publisher == expected
    assert credit not in cleaned
    assert BODY[1] in cleaned


def test_with_a_report_from_a_person_credits_no_one() -> None:
    _, publisher = _run([BODY[0], f"{BODY[1]} —With a report from Marites Villanueva"])
    assert publisher is None


def test_a_swahili_first_published_sentence_credits_the_paper() -> None:
    credit = "Makala haya yalichapishwa kwanza na Kilimanjaro Leo."
    cleaned, publisher = _run([BODY[0], f"{BODY[1]} {credit}"])
    assert publisher == "Kilimanjaro Leo"
    assert credit not in cleaned


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Izvor: Jutarnji list", "Jutarnji list"),
        ("Zdroj: Lidové noviny", "Lidové noviny"),
        ("Джерело: Українська правда", "Українська правда"),
    ],
)
def test_a_paper_named_in_sentence_case_after_a_source_label_is_credited(
    line: str, expected: str
) -> None:
    cleaned, publisher = _run([*BODY, line])
    assert publisher == expected
    assert line not in cleaned


def test_a_lower_case_list_after_a_source_label_is_no_paper() -> None:
    _, publisher = _run([*BODY, "Source: Council waiting list"])
    assert publisher is None


KOREAN_BODY = [
    "시는 다음 달 1일부터 심야 버스 노선 6개를 새로 운행한다고 9일 밝혔다.",
    "새 노선은 자정부터 새벽 4시까지 20분 간격으로 운행된다.",
]


def test_a_korean_article_provided_by_a_wire_credits_the_wire() -> None:
    cleaned, publisher = _run(["[기사제공=뉴시스]", *KOREAN_BODY])
    assert publisher == "Newsis"
    assert "기사제공" not in cleaned


def test_a_korean_wire_rights_trailer_credits_the_wire_and_a_sites_own_credits_no_one() -> None:
    trailer = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
    cleaned, publisher = _run([*KOREAN_BODY, trailer])
    assert publisher == "Yonhap"
    assert trailer not in cleaned
    _, own = _run([*KOREAN_BODY, "저작권자 © 해담일보 무단전재 및 재배포 금지"])
    assert own is None


def test_a_cna_dateline_credits_cna_and_its_editor_slug_leaves_the_text() -> None:
    lines = [
        "（中央社記者林志豪東港5日電） 交通部5日宣布，停駛八年的東港鐵路支線將於明年十月恢復營運。",
        "交通部並表示，將在今年底前完成全線軌道更新與號誌系統測試。 （編輯：陳怡君）1150305",
    ]
    cleaned, publisher = _run(lines)
    assert publisher == "Central News Agency"
    assert "中央社記者" not in cleaned
    assert "編輯" not in cleaned
    assert "號誌系統測試。" in cleaned


@pytest.mark.parametrize(
    ("label", "name", "expected"),
    [("Forrás:", "Telex", "Telex"), ("Izvor", "Jutarnji list", "Jutarnji list")],
)
def test_a_source_label_alone_and_the_name_on_the_next_line_are_one_credit(
    label: str, name: str, expected: str
) -> None:
    cleaned, publisher = _run([*BODY, label, name])
    assert publisher == expected
    assert name not in cleaned
    assert label not in cleaned
    assert BODY[1] in cleaned


def test_a_split_source_label_citing_an_institution_credits_no_one() -> None:
    cleaned, publisher = _run([*BODY, "Source:", "Ministry of Transport"])
    assert publisher is None
    assert "Ministry of Transport" in cleaned


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("This story comes from the Minnesota Star Tribune.", "Minnesota Star Tribune"),
        (
            "This report was produced by Harbour Wire News and is republished under a "
            "content-sharing partnership with Valley Notes of Riverside County.",
            "Harbour Wire News",
        ),
    ],
)
def test_a_head_line_saying_where_the_story_comes_from_credits_that_outlet(
    line: str, expected: str
) -> None:
    cleaned, publisher = _run([line, *BODY])
    assert publisher == expected
    assert line not in cleaned


def test_a_story_coming_from_residents_credits_no_one() -> None:
    _, publisher = _run(["This story comes from residents who wrote to us.", *BODY])
    assert publisher is None


def test_a_reporter_contact_trailer_at_a_table_outlets_mail_domain_credits_it() -> None:
    trailer = "To contact the reporter on this story: Noor Halloran at nh@bloomberg.net"
    cleaned, publisher = _run([*BODY, trailer])
    assert publisher == "Bloomberg"
    assert trailer not in cleaned
    _, own = _run([*BODY, "To contact the reporter on this story: write to ed@valley-notes.org"])
    assert own is None
