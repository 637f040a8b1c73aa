"""Credits read by their shape at a text's head or tail (issue 14, fifth pass): a credit word
and a name in any language, "via X", a hat tip to who first reported, "first reported …;
adapted from its report", Reuters' sign-off, an outlet as the page's meta author; and the
people, institutions and sentences of reporting that the same shapes must leave alone."""

# ruff: noqa: RUF001  (letters of other scripts and full-width colons are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY
from tests.blogpost import with_tail as _tail

#: "<credit word> [:|-|—] <name>" in the languages the table has and their neighbours; the
#: outlets are invented for these tests.
CREDIT_WORDS = [
    ("Bron: De Kestrelbode", "De Kestrelbode"),
    ("Kilde: Fjordposten", "Fjordposten"),
    ("Källa – Norrbyposten", "Norrbyposten"),
    ("Lähde: Järvisanomat", "Järvisanomat"),
    ("Źródło: Kurier Doliny", "Kurier Doliny"),
    ("Nguồn: Báo Thung Lũng", "Báo Thung Lũng"),
    ("Πηγή: Κοιλάδα Σήμερα", "Κοιλάδα Σήμερα"),
    ("מקור: חדשות העמק", "חדשות העמק"),
    ("منبع: خبرگزاری دره", "خبرگزاری دره"),
    ("出典：山里新聞", "山里新聞"),
    ("来源：山谷日报", "山谷日报"),
    ("출처: 한빛일보", "한빛일보"),
    ("Quelle Talbote", "Talbote"),
    ("(via Mediapart)", "Mediapart"),
    ("Via Tidewise", "Tidewise"),
    ("(via Geeks Are Sexy)", "Geeks Are Sexy"),
    ("Originally appeared in Tidewise", "Tidewise"),
]


@pytest.mark.parametrize(("line", "publisher"), CREDIT_WORDS)
def test_a_credit_word_and_a_name_alone_on_the_last_line(line: str, publisher: str) -> None:
    cleaned, found = _tail(line)
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Source: Jane Doe",  # a person: an interviewee, a photographer
        "Quelle: Maria Schmidt",
        "Fuente: Carlos Pérez",
        "Bron: Ministerie van Financiën",  # an institution
        "Source said the plan would be late.",
        "Credit card fees rose by a fifth.",
        "Via a loan from the regional fund, the road was rebuilt.",
    ],
)
def test_people_institutions_and_sentences_after_a_credit_word(line: str) -> None:
    _, found = _tail(line)
    assert found is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("H/t Grist Weekly, which first reported the vote.", "Grist Weekly"),
        ("Hat tip to Tidewise, which broke the story on Sunday.", "Tidewise"),
        (
            "The Kestrel Bugle first reported the deal on Sunday; this account is adapted "
            "from its report.",
            "The Kestrel Bugle",
        ),
    ],
)
def test_who_first_reported_the_story_that_this_copy_took(line: str, publisher: str) -> None:
    cleaned, found = _tail(line)
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # reporting on who had a story first is no credit of this page
        "The Kestrel Bugle first reported the deal on Sunday, and the minister denied it.",
        "H/t Jane Doe, who first reported the error.",
    ],
)
def test_who_had_it_first_without_this_copy_taking_it(line: str) -> None:
    _, found = _tail(line)
    assert found is None


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Ana Lima in Lisbon; Editing by Tom Hale",
        "(Reporting by Ana Lima; Writing by Pia Berg; Editing by Ole Nash)",
    ],
)
def test_reuters_sign_off_alone_names_reuters(line: str) -> None:
    cleaned, found = _tail(line)
    assert found == "Reuters"
    assert line not in cleaned


def test_another_wires_sign_off_alone_names_no_one() -> None:
    """Only Reuters signs "Reporting by …; Editing by …"; AP's writers "contributed"."""
    cleaned, found = _tail("(Reporting by Ana Lima in Lisbon)")
    assert found is None
    assert "Ana Lima" not in cleaned


def test_reuters_own_page_is_no_copy_of_reuters() -> None:
    _, found = attribute(
        "\n".join([*BODY, "Reporting by Ana Lima; Editing by Tom Hale"]),
        url="https://www.reuters.com/world/road-budget-2026-03-04/",
    )
    assert found.original_publisher is None


@pytest.mark.parametrize(
    ("author", "publisher"),
    [
        ("Energy Grid Report", "Energy Grid Report"),
        ("Kestrel Valley News", "Kestrel Valley News"),
        ("Jane Doe", None),  # a person
        ("Riverside Updates Staff", None),  # the site's own desk
        ("Ministry of Health", None),  # an institution
        ("Riverside Updates", None),  # the site itself
    ],
)
def test_an_outlet_as_the_pages_meta_author(author: str, publisher: str | None) -> None:
    _, found = attribute(
        "\n".join(BODY),
        url=BLOG,
        meta={"author": author, "og:site_name": "Riverside Updates"},
    )
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    ("ending", "publisher"),
    [
        ("Originally published by Tidewise.", "Tidewise"),
        ("Dieser Beitrag erschien zuerst in der Talpost.", "Talpost"),
        ("AFP contributed to this report.", "AFP"),
        ("Per gentile concessione di L'Eco della Valle.", "L'Eco della Valle"),
        ("(Reporting by Ana Lima; Editing by Tom Hale)", "Reuters"),
        (
            "Copyright 2026 The Associated Press. All rights reserved. This material may not "
            "be published, broadcast, rewritten or redistributed.",
            "Associated Press",
        ),
    ],
)
def test_a_credit_sentence_ending_the_last_paragraph(ending: str, publisher: str) -> None:
    last = BODY[-1] + " " + ending
    cleaned, found = attribute("\n".join([*BODY[:-1], last]), url=BLOG)
    assert found.original_publisher == publisher
    assert cleaned.endswith(BODY[-1])


def test_a_sentence_about_another_piece_ending_the_last_paragraph() -> None:
    """ "The report was first published by X" reports on a document, it credits no copy."""
    last = BODY[-1] + " The report was first published by the Valley Courier."
    cleaned, found = attribute("\n".join([*BODY[:-1], last]), url=BLOG)
    assert found.original_publisher is None
    assert cleaned.endswith("Valley Courier.")


def test_a_side_boxs_credit_also_between_paragraphs_leaves_the_text() -> None:
    """Removal follows detection: the box beside the text credits the outlet, and the same
    words extraction kept between two paragraphs go too."""
    text = "\n".join([*BODY, "Quelle Talbote", *BODY, *BODY])
    cleaned, found = attribute(text, url=BLOG, side_lines=["Quelle Talbote"])
    assert found.original_publisher == "Talbote"
    assert cleaned == "\n".join([*BODY, *BODY, *BODY])


@pytest.mark.parametrize("echo", ["— Tidewise", "Source: Tidewise", "(Tidewise)", "TIDEWISE"])
def test_a_line_restating_the_decided_credit_leaves_the_text(echo: str) -> None:
    text = "\n".join([BODY[0], echo, *BODY[1:], "Source: Tidewise"])
    cleaned, found = attribute(text, url=BLOG)
    assert found.original_publisher == "Tidewise"
    assert cleaned == "\n".join(BODY)


def test_a_sentence_naming_the_credited_outlet_stays() -> None:
    said = "Tidewise said the council had not replied to its questions."
    cleaned, found = attribute("\n".join([BODY[0], said, *BODY[1:], "Source: Tidewise"]), url=BLOG)
    assert found.original_publisher == "Tidewise"
    assert said in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "This piece first ran in Tidewise.",
        "Zuerst erschienen bei Talbote.",
        "Originally published by Tidewise.",
    ],
)
def test_this_pieces_credit_between_paragraphs(line: str) -> None:
    """After an embedded video or a pull quote, the credit of this very piece."""
    cleaned, found = attribute("\n".join([*BODY, line, *BODY, *BODY]), url=BLOG)
    assert found.original_publisher in ("Tidewise", "Talbote")
    assert line not in cleaned


def test_another_documents_publication_between_paragraphs_is_reporting() -> None:
    line = "The report was first published by the Valley Courier."
    cleaned, found = attribute("\n".join([*BODY, line, *BODY, *BODY]), url=BLOG)
    assert found.original_publisher is None
    assert line in cleaned


@pytest.mark.parametrize(
    ("head", "publisher", "story"),
    [
        ("(한빛=연합뉴스) 홍길동 기자 = 한빛시는 새 버스 노선을 발표했다.", "Yonhap", "한빛시는"),
        ("新华社北京3月4日电（记者 李明）国务院发布新规定。", "Xinhua", "国务院"),
        # a photo's credit in the same brackets, an agency the table lacks
        ("(사진=연합뉴스) 한빛시는 새 버스 노선을 발표했다.", None, "(사진"),
        ("(서울=뉴스원) 김철수 기자 = 정부는 발표했다.", None, "(서울"),
    ],
)
def test_korean_and_chinese_agency_datelines(head: str, publisher: str | None, story: str) -> None:
    cleaned, found = attribute("\n".join([head, *BODY]), url=BLOG)
    assert found.original_publisher == publisher
    assert cleaned.startswith(story)


@pytest.mark.parametrize(
    ("last", "publisher", "kept"),
    [
        ("市は新しい路線を発表した。（時事）", "Jiji Press", "市は新しい路線を発表した。"),
        ("市は新しい路線を発表した。(共同)", "Kyodo News", "市は新しい路線を発表した。"),
        ("（ロイター）", "Reuters", ""),
        # a bracket that is no agency's
        ("市は新しい路線を発表した。（山田太郎）", None, "（山田太郎）"),
    ],
)
def test_japanese_agency_tags_ending_the_story(last: str, publisher: str | None, kept: str) -> None:
    cleaned, found = attribute("\n".join([*BODY, last]), url=BLOG)
    assert found.original_publisher == publisher
    assert cleaned.endswith(kept or BODY[-1])


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Bron: De Kestrelbode", "De Kestrelbode"),
        ("出典：山里新聞", "山里新聞"),
        ("Πηγή: Κοιλάδα Σήμερα", "Κοιλάδα Σήμερα"),
        # between paragraphs a figure's source stays a figure's
        ("Bron: Centraal Bureau voor de Statistiek", None),
        ("Kilde: Jane Doe", None),
    ],
)
def test_a_source_label_between_paragraphs(line: str, publisher: str | None) -> None:
    cleaned, found = attribute("\n".join([*BODY, line, *BODY, *BODY]), url=BLOG)
    assert found.original_publisher == publisher
    assert (line in cleaned) == (publisher is None)


@pytest.mark.parametrize(
    ("side", "publisher"),
    [("Kilde Fjordposten", "Fjordposten"), ("出典 山里新聞", "山里新聞"), ("Bron Jane Doe", None)],
)
def test_a_source_field_beside_the_text_in_more_languages(side: str, publisher: str | None) -> None:
    _, found = attribute("\n".join(BODY), url=BLOG, side_lines=[side])
    assert found.original_publisher == publisher


@pytest.mark.parametrize(
    ("author", "url"),
    [
        ("symple.ch", BLOG),  # the web agency that built the site
        ("NOTICIAS TROME", "https://trome.pe/actualidad/budget-2026"),  # the site's own name
    ],
)
def test_meta_authors_that_are_no_copys_source(author: str, url: str) -> None:
    _, found = attribute("\n".join(BODY), url=url, meta={"author": author})
    assert found.original_publisher is None


def test_a_source_nouns_phrase_going_on_is_no_name() -> None:
    _, found = _tail("Quelle der Polizeimeldung: Kantonspolizei Bern")
    assert found is None


def test_a_book_excerpts_permission_is_no_news_credit() -> None:
    last = (
        "Excerpted from “Tidal Minds”. Copyright © 2018 by Jane Doe. Used with permission of "
        "Harbour Books, New York. All rights reserved."
    )
    _, found = attribute("\n".join([*BODY, last]), url=BLOG)
    assert found.original_publisher is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Lakeland Echo", "Lakeland Echo"),
        ("The Evening Courier", "The Evening Courier"),
        # section labels, phrases, a person, the site itself
        ("Latest News", None),
        ("World News", None),
        ("Posted In Local News", None),
        ("Jane Doe", None),
        ("Riverside Updates", None),
        ("Harbour Network Inc.", None),  # a company's footer: the site's owner
    ],
)
def test_an_outlets_name_alone_on_the_last_line(line: str, publisher: str | None) -> None:
    cleaned, found = attribute("\n".join([*BODY, line]), url=BLOG, site_name="Riverside Updates")
    assert found.original_publisher == publisher
    assert (line in cleaned) == (publisher is None)


#: A live page's header block: a lead, the live badge, the headline, then the source label,
#: before the updates (neither among the first lines nor the last: only a known label counts).
_LIVE_PAGE = [
    "Geologists will survey the slope this week.",
    "● LIVE",
    "Landslide blocks a village road in the valley",
    "{label}",
    "Latest updates",
    "Until then pupils walk to school along a muddy path beside the landslide. Parents say the "
    "path is slippery and dangerous.",
    "The municipality sent machinery to the site; work will take a week, the town hall said.",
    "Locals said the ground moved at night after heavy rain. No one was hurt, though one family "
    "lost its garden.",
    "The only road linking the village has been closed for two days.",
]


@pytest.mark.parametrize(
    ("label", "publisher"),
    [
        ("წყარო: ხეობის ამბები", "ხეობის ამბები"),  # Georgian
        ("Дереккөз: Алқап Ақпарат", "Алқап Ақпарат"),  # Kazakh
        ("Manba: Vodiy Press", "Vodiy Press"),  # Uzbek
        ("ምንጭ: የሸለቆ ዜና", "የሸለቆ ዜና"),  # Amharic
        ("ഉറവിടം: താഴ്വര വാർത്ത", "താഴ്വര വാർത്ത"),  # Malayalam
    ],
)
def test_a_source_label_in_a_live_pages_header_block_in_more_languages(
    label: str, publisher: str
) -> None:
    text = "\n".join(_LIVE_PAGE).replace("{label}", label)
    cleaned, found = attribute(text, url="https://www.valleyecho.example/live/slope-607368")
    assert found.original_publisher == publisher
    assert label not in cleaned
