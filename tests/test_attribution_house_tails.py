"""A wire's house sign-off at the tail of its copy (issue 14, the seventh blind set): once a
dateline decided the wire, its desk slugs, its editor's line and its standards link leave
the text; on a page no wire decided, or before the tail, such words stay. A wire's tag joined
to its desk's initials credits the wire. An agency's short tag on its own site credits no one."""

# ruff: noqa: RUF001  (Hindi danda and dashes are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY

LAST = "The work is expected to begin in the spring, officials said."


def _wire_page(tail: str, dateline: str = "NEW DELHI, March 6 (PTI) -") -> tuple[str, str | None]:
    lines = [f"{dateline} {BODY[0]}", BODY[1], tail]
    text, found = attribute("\n".join(lines), url=BLOG)
    return text, found.original_publisher


@pytest.mark.parametrize(
    ("tail", "slug"),
    [
        (f"{LAST} PTI NKS RHL", "PTI NKS RHL"),
        (f"{LAST} --PTI rvt/skp", "--PTI rvt/skp"),
        (f"{LAST}\nPTI NKS RHL", "PTI NKS RHL"),
        (f"{LAST}\nEditor: Bayu Prasetyo", "Editor: Bayu Prasetyo"),
    ],
)
def test_decided_wires_house_tail_leaves_the_text(tail: str, slug: str) -> None:
    text, publisher = _wire_page(tail)
    assert publisher == "Press Trust of India"
    assert slug not in text
    assert LAST in text


def test_hindi_desk_names_after_the_wires_tag_leave_the_text() -> None:
    tail = "राज्य सरकार ने समिति बनाई है। भाषा सुरेश नरेश"
    text, publisher = _wire_page(tail, dateline="रामगढ़, छह मार्च (भाषा)")
    assert publisher == "Press Trust of India"
    assert "सुरेश" not in text
    assert "राज्य सरकार ने समिति बनाई है।" in text


def test_reuters_standards_link_leaves_the_text() -> None:
    tail = f"{LAST}\nOur Standards: The Thomson Reuters Trust Principles., opens new tab"
    text, publisher = _wire_page(tail, dateline="LONDON, March 6 (Reuters) -")
    assert publisher == "Reuters"
    assert "Our Standards" not in text


def test_without_a_decided_wire_an_editor_line_stays() -> None:
    text, found = attribute("\n".join([*BODY, "Editor: Bayu Prasetyo"]), url=BLOG)
    assert found.original_publisher is None
    assert "Editor: Bayu Prasetyo" in text


def test_a_sentence_naming_the_wire_stays() -> None:
    tail = "The figures were first reported by PTI on Monday."
    text, publisher = _wire_page(tail)
    assert publisher == "Press Trust of India"
    assert tail in text


def test_wire_tag_with_desk_initials_credits_the_wire() -> None:
    text, found = attribute("\n".join([*BODY[:2], f"{LAST} dpa/tmn"]), url=BLOG)
    assert found.original_publisher == "dpa"
    assert "dpa/tmn" not in text


def test_agencys_short_tag_on_its_own_site_credits_no_one() -> None:
    _, found = attribute(
        "\n".join([*BODY, f"{LAST} (ANKA)"]),
        url="https://www.ankahaber.net/news/20260306/53810",
        site_name="ANKA Haber Ajansı",
    )
    assert found.original_publisher is None


def test_short_tag_not_heading_the_sites_name_still_credits() -> None:
    _, found = attribute(
        "\n".join([*BODY, f"{LAST} (ANKA)"]),
        url="https://www.riverside-news.net/a/1",
        site_name="Riverside News",
    )
    assert found.original_publisher == "ANKA"


@pytest.mark.parametrize(
    ("tail", "dateline", "publisher"),
    [
        ("bur-sst/dc", "PARIS (AFP) -", "AFP"),
        ("lth/rl", "PARIS (AFP) -", "AFP"),
        ("dpa:260304-99-123456/2", "Berlin (dpa) -", "dpa"),
        ("PMC // SB", "Lisboa, 04 mar 2026 (Lusa) -", "Agência Lusa"),
        ("KUNA 041041 Mar 26NNNN", "KUWAIT, March 4 (KUNA) --", "Kuwait News Agency"),
        ("(END)", "SEOUL, March 4 (Yonhap) --", "Yonhap"),
        ("Pewarta: Bayu Prasetyo", "Jakarta (ANTARA) -", "Antara"),
    ],
)
def test_desk_initials_and_story_numbers_of_the_decided_wire_leave_the_text(
    tail: str, dateline: str, publisher: str
) -> None:
    text, found = _wire_page(f"{LAST}\n{tail}", dateline=dateline)
    assert found == publisher
    assert tail not in text
    assert LAST in text


@pytest.mark.parametrize("line", ["lth/rl", "PMC // SB", "(END)", "Reporter: Bayu Prasetyo"])
def test_desk_initials_and_markers_stay_without_a_decided_wire(line: str) -> None:
    text, found = attribute("\n".join([*BODY, line]), url=BLOG)
    assert found.original_publisher is None
    assert line in text


@pytest.mark.parametrize(
    "note",
    [
        "Reporting by Jane Doe, editing by John Roe",
        "(Only the headline and picture of this report may have been reworked by the Harbour "
        "Star staff; the rest of the content is auto-generated from a syndicated feed.)",
        "Disclaimer: This story is from the syndicated feed. Nothing has been changed except "
        "the headline.",
    ],
)
def test_sign_offs_and_feed_notes_of_wire_copy_leave_the_text(note: str) -> None:
    text, publisher = _wire_page(f"{LAST}\n{note}")
    assert publisher == "Press Trust of India"
    assert note not in text
    assert LAST in text


def test_a_sentence_about_a_picture_from_the_archive_stays() -> None:
    line = "The photograph is from the archive of the harbour museum."
    text, found = attribute("\n".join([*BODY, line]), url=BLOG)
    assert found.original_publisher is None
    assert line in text


@pytest.mark.parametrize(
    ("dateline", "tail", "publisher"),
    [
        ("Montbrézac, 4 mars (Reuters) -", "(Rédigé par Jane Doe, édité par Kim Lee)", "Reuters"),
        (
            "Murcia, 4 mar (Reuters) -",
            "(Reporte de Jane Doe; editado en español por Kim Lee)",
            "Reuters",
        ),
        ("BEIJING, March 6 (Xinhua) --", "【责任编辑：张三】", "Xinhua"),
        (
            "[한솔=뉴시스] 홍길동 기자 =",
            "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>",
            "Newsis",
        ),
    ],
)
def test_wire_sign_offs_and_trailers_in_other_languages_leave_the_text(
    dateline: str, tail: str, publisher: str
) -> None:
    text, found = _wire_page(f"{LAST}\n{tail}", dateline=dateline)
    assert found == publisher
    assert tail not in text
    assert LAST in text


def test_a_sentence_in_brackets_is_no_sign_off() -> None:
    line = "(Le rapport a été rédigé par la commission, qui siège à Lyon.)"
    text, _ = attribute("\n".join([*BODY, line]), url=BLOG)
    assert line in text


@pytest.mark.parametrize(
    ("slug", "dateline", "publisher"),
    [
        ("dk/jm/rlp", "PARIS (AFP) -", "AFP"),
        ("bur-sst/dc", "Skarrow (AFP) -", "AFP"),
        ("fz/gv", "Madrid (EFE) -", "EFE"),
    ],
)
def test_desk_initials_run_into_the_last_sentence_leave_with_the_decided_wire(
    slug: str, dateline: str, publisher: str
) -> None:
    text, found = _wire_page(f"{LAST} {slug}", dateline=dateline)
    assert found == publisher
    assert slug not in text
    assert LAST in text


@pytest.mark.parametrize("tail", [f"{LAST} dk/jm/rlp", "Prices rose by 3 km/h. and/or"])
def test_run_in_initials_stay_without_a_decided_wire(tail: str) -> None:
    text, found = attribute("\n".join([*BODY, tail]), url=BLOG)
    assert found.original_publisher is None
    assert tail in text
