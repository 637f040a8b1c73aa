# ruff: noqa: RUF001, RUF002  (dashes, full-width colons and letters of other languages are meant)
"""The twenty-fourth pass (issue 14, the fifteenth blind set's tune half), class by class, in
wordings the set did not use:

- (1) a site's section label alone is no outlet, whatever a date, a separator or a layout
  does to the line ("News 2026-03-04" in a block theme's byline row, "National | 4 March
  2026", "— News", "Quelle: Politik", "来源：本地新闻"): the table's lookup ignores "the", so
  "News" reached "The News" (The News International) once a byline rule cut the date off;
  "The News", "The Nation" and a table's wordmark in capitals ("WELT") still name the outlet;
- (2) "With files from <wire>" (the Canadian newsrooms' form of "<wire> contributed to this
  report") under a named writer's byline is a contribution to the site's own story, no copy;
  with no such byline (a dateline, the fourth conventions round) it credits the wire;
- (3) a site's marker of its own original story credits no one ("来源：本站原创", "原创",
  "本报讯", "Quelle: Eigenbericht", "Fuente: Propia", "출처: 자체"); a Chinese info bar's next
  field ("作者：…", "发布时间：…") ends the source's name;
- (4) a decided wire's house lines by their shape: a desk slug ending in its filing time ("UNI
  BSK RJ 1705"), a German agency's tag with lower-case desk initials on a line of its own
  ("epd lsw ug"), a portal's note that the report is auto-generated from a wire's service
  ("… ANI news service. <Site> holds no responsibility for its content."), which credits the
  wire;
- (5) a nonprofit's tagline naming this story's subject before its maker ("This story about
  four-day school weeks was produced by The Hechinger Report, a nonprofit …");
- (6) a public broadcaster's local station is the broadcaster ("引用元：NHK松江放送局").

Each class: the publisher (or no one), the line gone from the text where it credits, and
twins."""

from __future__ import annotations

import pytest

from tests.blogpost import BODY
from tests.blogpost import on_member_site as run


def body_stays(cleaned: str) -> bool:
    return all(sentence in cleaned for sentence in BODY[1:]) and BODY[0][20:] in cleaned


# (1) a section label alone
@pytest.mark.parametrize(
    "side",
    [
        "News 2026-03-04",  # a block theme's "Written by … in News 2026-03-04" row
        "Nation 2026-03-04",
        "National | 2026-03-04",
        "News · March 4, 2026",
        "News, 4 March 2026",
        "Welt 04.03.2026",  # Die Welt is "Welt" to the table; a section label here
        "Actualités 04/03/2026",
        "Politik",
        "Home / News",
        "新闻 2026-03-04",
    ],
)
def test_1_a_section_label_beside_the_text_credits_no_one(side: str) -> None:
    assert run(side_lines=[side])[1] is None


@pytest.mark.parametrize(
    "tail",
    ["News", "— News", "(National)", "Source: News", "Quelle: Politik", "来源：本地新闻"],
)
def test_1_a_section_label_on_the_texts_edge_credits_no_one(tail: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found is None
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Source: The News", "The News International"),
        ("— The News", "The News International"),
        ("Source: The Nation", "The Nation"),
        ("Quelle: Welt", "Die Welt"),  # a credit's label: the table's own spelling
        ("Dieser Text ist zuerst bei WELT erschienen.", "Die Welt"),
        ("Source: Harbourline Tribune — World", "Harbourline Tribune"),
    ],
)
def test_1_twins_an_outlet_named_with_its_article_or_label_still_counts(
    line: str, publisher: str
) -> None:
    cleaned, found = run(tail=(line,))
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    ("side", "publisher"),
    [("The News 2026-03-04", "The News International"), ("WELT 2026-03-04", "Die Welt")],
)
def test_1_twins_an_outlets_dated_byline_beside_the_text(side: str, publisher: str) -> None:
    assert run(side_lines=[side])[1] == publisher


# (2) "With files from" under a named writer's byline
@pytest.mark.parametrize(
    ("line", "kwargs"),
    [
        ("With files from The Canadian Press", {"side_lines": ["By Jenna Sorensen"]}),
        ("— With files from Reuters.", {"side_lines": ["By Jenna Sorensen"]}),
        (
            "With a file from The Associated Press",
            {
                "jsonld": [
                    {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Kim Lee"}}
                ]
            },
        ),
    ],
)
def test_2_with_files_from_under_a_writers_byline_is_a_contribution(
    line: str, kwargs: dict[str, object]
) -> None:
    cleaned, found = run(tail=(line,), **kwargs)
    assert found is None
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    ("lead", "line", "publisher"),
    [
        ("OTTAWA — ", "— With files from The Canadian Press", "The Canadian Press"),
        ("", "With files from Reuters.", "Reuters"),
    ],
)
def test_2_twins_with_files_from_and_no_writers_byline_credits_the_wire(
    lead: str, line: str, publisher: str
) -> None:
    cleaned, found = run(lead=lead, tail=(line,))
    assert found == publisher
    assert line not in cleaned


def test_2_twin_a_wires_own_byline_over_with_files_from_still_credits_it() -> None:
    line = "With files from The Canadian Press"
    found = run(tail=(line,), side_lines=["By Jenna Sorensen, The Canadian Press"])[1]
    assert found == "The Canadian Press"


# (3) a site's marker of its own original story
@pytest.mark.parametrize(
    "line",
    [
        "来源：本站原创",
        "来源：原创",
        "來源：本站原創",
        "来源：本网",
        "来源：本报",
        "Quelle: Eigenbericht",
        "Fuente: Propia",
        "Fonte: Própria",
        "Source : Exclusif",
        "出典：オリジナル",
        "출처: 자체",
        "المصدر: خاص",
        "Kaynak: Özel haber",
        "来源：本站原创 作者：李明 发布时间：2026-03-10",
    ],
)
def test_3_an_own_original_marker_credits_no_one(line: str) -> None:
    assert run(side_lines=[line])[1] is None
    assert run(tail=(line,))[1] is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("来源：东江晚报 作者：李明", "东江晚报"),
        ("来源：东江晚报 发布时间：2026-03-10 浏览次数：123", "东江晚报"),
        ("Source: The Original Gazette", "The Original Gazette"),
        ("Quelle: Eigenbericht-Verlag Nordtal", "Eigenbericht-Verlag Nordtal"),
    ],
)
def test_3_twins_a_name_after_the_label_is_still_read(line: str, publisher: str) -> None:
    assert run(tail=(line,))[1] == publisher


# (4) a decided wire's house lines
@pytest.mark.parametrize(
    ("lead", "tail", "publisher"),
    [
        ("Bhubaneswar, Mar 12 (UNI) ", "UNI BSK RJ 1705", "United News of India"),
        ("NEW DELHI, March 4 (PTI) ", "PTI SKU RT 0941", "Press Trust of India"),
        ("Kleinaltingen (epd). ", "epd lsw ug", "epd"),
        ("Hamburg (dpa) - ", "dpa lno mar", "dpa"),
        (
            "New Delhi [India], March 4 (ANI): ",
            "This report is auto-generated from ANI news service. Lakeview Courier holds no "
            "responsibility for its content.",
            "ANI",
        ),
    ],
)
def test_4_a_decided_wires_house_line_leaves(lead: str, tail: str, publisher: str) -> None:
    cleaned, found = run(lead=lead, tail=(tail,))
    assert found == publisher
    assert tail not in cleaned
    assert body_stays(cleaned)


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("UNI BSK RJ 1705", "United News of India"),
        ("This story is auto-generated from the Harbour Wire news service.", "Harbour Wire"),
    ],
)
def test_4_the_slug_and_the_feed_note_credit_the_wire_alone(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned


@pytest.mark.parametrize(
    ("lead", "tail"),
    [
        ("Kleinaltingen (epd). ", "epd und kna berichten seit Jahren darüber."),
        ("Kleinaltingen (epd). ", "Der Zug fuhr um 1705 ab."),
        ("", "This report is auto-generated from sensor data."),
    ],
)
def test_4_twins_a_sentence_stays(lead: str, tail: str) -> None:
    cleaned, _ = run(lead=lead, tail=(tail,))
    assert tail in cleaned


# (5) a nonprofit's tagline naming the story's subject
@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        (
            "This story about four-day school weeks was produced by The Hechinger Report, a "
            "nonprofit, independent news organization focused on inequality and innovation "
            "in education. Sign up for the Hechinger newsletter.",
            "The Hechinger Report",
        ),
        (
            "This article about rural hospitals was produced by Harbour Health News.",
            "Harbour Health News",
        ),
    ],
)
def test_5_a_tagline_naming_the_subject_credits_its_maker(tail: str, publisher: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == publisher
    assert tail not in cleaned
    assert found == run(side_lines=[tail])[1]


@pytest.mark.parametrize(
    "tail",
    [
        "The story about the fire was first reported by the Harbour Gazette.",
        "This story about the fire was first reported by the Harbour Gazette.",
        "The story about the fire was reported by the Harbour Gazette.",
        "This story about the mayor was written by Jane Doe.",
    ],
)
def test_5_twins_another_story_or_a_writer_credits_no_one(tail: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found is None
    assert tail in cleaned


# (6) a public broadcaster's local station
@pytest.mark.parametrize(
    "tail", ["引用元：NHK松江放送局", "出典：NHK大阪放送局", "出典：NHK 福岡放送局"]
)
def test_6_a_broadcasters_local_station_is_the_broadcaster(tail: str) -> None:
    cleaned, found = run(tail=(tail,))
    assert found == "NHK"
    assert tail not in cleaned


@pytest.mark.parametrize(
    "middle", ["NHK松江放送局によると、町は説明会を開く予定だという。", "出典：松江放送局"]
)
def test_6_twins_a_mention_or_a_station_of_no_table_outlet(middle: str) -> None:
    cleaned, found = run(middle=middle)
    assert found is None
    assert middle in cleaned
