# ruff: noqa: RUF001  (middle dots, dashes and letters of other scripts are meant)
"""Pass 26 (issue 14): the classes the seventh conventions round found unread, tested on
outlets and languages that round does not use, each beside a line of the same shape that
credits no one: an aggregator's source row, first-published and reprinted-from phrases in
the constructions the earlier patterns left out, Tamil's "நன்றி:" label, a domain in the
capitals it is written with, and the names that are no outlet (a Persian statistics centre,
a staff report)."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

STORY = [
    "The council approved the plan on Tuesday after a long debate.",
    "Work starts in spring and runs for about eighteen months, officials said.",
    "Residents had long asked for repairs.",
]
URL = "https://www.example-local.org/2026/03/plan.html"


def run(line: str, *, head: bool = False) -> tuple[str, str | None]:
    """The text left and the publisher found for the story with ``line`` above or below it."""
    lines = [line, *STORY] if head else [*STORY, line]
    cleaned, found = attribute("\n".join(lines), url=URL, site_name="Example Local")
    return cleaned, found.original_publisher


CREDITED_HEAD = [
    # an aggregator's row over the story: the outlet and how long ago it ran
    ("Harbourside Courier · 4h", "Harbourside Courier"),
    ("Diario del Sur | hace 5 horas", "Diario del Sur"),
    ("Weserbote · vor 3 Std.", "Weserbote"),
    ("Norrlandsposten · för 2 timmar sedan", "Norrlandsposten"),
    ("江城晚报 | 2小时前", "江城晚报"),
    ("From WXYZ 7", "WXYZ 7"),
]
NOT_CREDITED_HEAD = [
    "Mombasa · 4h",  # a place
    "Juan Pérez | hace 5 horas",  # a writer's byline row
    "Bremen · vor 3 Std.",
    "王小明 | 2小时前",  # a writer's name: no outlet's word in a script without case
    "From Lagos",
]
CREDITED_TAIL = [
    ("Le Courrier de l'Ouest — Lire l'original", "Le Courrier de l'Ouest"),
    (
        'Artikel ini telah tayang di Tribunpekan.com dengan judul "Jalan Baru Dibuka"',
        "Tribunpekan.com",
    ),
    ("Artikel ini telah tayang di Serambi Timur.", "Serambi Timur"),
    ("Bài viết được đăng lại từ Báo Sông Hàn.", "Báo Sông Hàn"),
    ("Впервые опубликовано в «Северном вестнике»", "Северном вестнике"),
    ("यो लेख पहिलो पटक नयाँ पत्रिकामा प्रकाशित भएको थियो।", "नयाँ पत्रिका"),
    ("இந்தக் கட்டுரை முதலில் குங்குமம் இதழில் வெளியானது.", "குங்குமம்"),
    ("บทความนี้เผยแพร่ครั้งแรกที่ ประชาไท", "ประชาไท"),
    ("（週刊みなとより転載）", "週刊みなと"),
    ("※ 이 기사는 부산일보에서 전재한 것입니다.", "부산일보"),
    ("转载自南都周刊", "南都周刊"),
    ("Tekst ukazał się pierwotnie w „Wprost”.", "Wprost"),
    ("Acest articol a apărut inițial în Gazeta de Sud.", "Gazeta de Sud"),
    ("நன்றி: குமுதம்", "குமுதம்"),
    ("منبع: روزنامه شرق", "شرق"),
    ("Source: TheJournal.ie", "TheJournal.ie"),
    ("SOURCE: EXAMPLE-NEWS.COM", "example-news.com"),
]
NOT_CREDITED_TAIL = [
    "Paris — Lire l'original",  # a place
    "Bridge closes for repairs · 2h",  # a related story's headline and age, under the story
    "Berita ini telah tayang di televisi.",  # a medium
    "Bài viết được đăng lại từ năm 2019.",  # a year
    "Опубликовано в газете",  # no name in quotation marks
    "यो समाचार पहिलो पटक २०२० मा प्रकाशित भएको थियो।",  # a year
    "（以下より転載）",  # the lines below
    "转载自作者的博客",  # the author's blog
    "Tekst ukazał się pierwotnie w Polityce.",  # a section's word, no quotation marks
    "Acest articol a apărut inițial în 2019.",
    "நன்றி தெரிவித்தனர்",  # a sentence of thanks, no label's colon
    "منبع: دانشگاه تهران",  # a university cites figures
]


@pytest.mark.parametrize(("line", "expected"), CREDITED_HEAD)
def test_an_aggregators_row_over_the_story_credits_its_outlet(line: str, expected: str) -> None:
    cleaned, got = run(line, head=True)
    assert got == expected
    assert line not in cleaned
    assert all(sentence in cleaned for sentence in STORY)


@pytest.mark.parametrize("line", NOT_CREDITED_HEAD)
def test_a_row_naming_a_place_or_a_writer_credits_no_one(line: str) -> None:
    cleaned, got = run(line, head=True)
    assert got is None
    assert line in cleaned


@pytest.mark.parametrize(("line", "expected"), CREDITED_TAIL)
def test_a_credit_under_the_story_credits_its_outlet(line: str, expected: str) -> None:
    cleaned, got = run(line)
    assert got == expected
    assert line not in cleaned
    assert all(sentence in cleaned for sentence in STORY)


@pytest.mark.parametrize("line", NOT_CREDITED_TAIL)
def test_a_line_of_the_same_shape_credits_no_one(line: str) -> None:
    cleaned, got = run(line)
    assert got is None
    assert line in cleaned


def test_a_staff_report_names_no_one() -> None:
    _, got = run("From Staff Reports", head=True)
    assert got is None
    _, got = run("Source: Staff Reports")
    assert got is None
