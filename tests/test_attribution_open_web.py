# ruff: noqa: RUF001, RUF002  (full-width brackets are meant)
"""Conventions of the open web (issue 14: the eighth blind set, and what the fourth and
sixth sets still missed): a blog's hat tip and a newsletter's repost note, also where
extraction leaves them out; a dateline whose day carries its ordinal ending; a Chinese,
Japanese or Korean outlet's name in full-width brackets ending the story, and a source label
in such brackets ("（来源：澎湃新闻）"); a lower-case Latin brand under a source label in another
script ("מקור: ynet"); a transcript's note naming the programme it aired on; a Polish "first
appeared in" note, its outlet in the locative; a Thai or Japanese paper's site with "online"
written on its name; a credit ending a layout table's cell; a wire's bureau signature, and
its own account to follow in its house tail. An embedded social post's signature and a
social handle credit no one."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from tests.blogpost import BLOG, BODY, with_head, with_tail


def _beside(line: str) -> str | None:
    return attribute("\n".join(BODY), url=BLOG, side_lines=(line,))[1].original_publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("H/T Tarnholm Transit Watch", "Tarnholm Transit Watch"),
        ("Hat tip: Grist", "Grist"),
        ("Hat tip to Harbour Ledger.", "Harbour Ledger"),
        ("(h/t Kestrel Bugle)", "Kestrel Bugle"),
        ("Via Tarnholm Transit Watch", "Tarnholm Transit Watch"),
    ],
)
def test_a_hat_tip_beside_the_text_credits_its_outlet(line: str, publisher: str) -> None:
    assert _beside(line) == publisher
    assert with_tail(line)[1] == publisher


@pytest.mark.parametrize(
    "line", ["h/t @janeroe", "H/T Jane Roe", "H/T to reader Mark", "Via Getty Images", "Via email"]
)
def test_a_hat_tip_to_a_person_or_a_handle_credits_no_one(line: str) -> None:
    assert _beside(line) is None
    assert with_tail(line)[1] is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "Reposted from Commuter Notes, a newsletter by Mireya Castellane, with permission.",
            "Commuter Notes",
        ),
        ("Cross-posted from The Harbour Ledger.", "The Harbour Ledger"),
        ("Reposted with permission from Coastline Weekly.", "Coastline Weekly"),
        ("This post was reposted with permission from Tidewise.", "Tidewise"),
        ("Reblogged from Valley Wire Notes", "Valley Wire Notes"),
    ],
)
def test_a_repost_note_credits_where_the_post_came_from(line: str, publisher: str) -> None:
    assert _beside(line) == publisher
    cleaned, found = with_head(line)
    assert found == publisher
    assert line not in cleaned


def test_reposted_by_says_where_the_story_went() -> None:
    assert _beside("Reposted by Tidewise.") is None
    assert with_tail("Reposted by Tidewise.")[1] is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("TARNHOLM, 9th March, 2026 (WAM) -- The council voted.", "Emirates News Agency"),
        ("ABU DHABI, 22nd March, 2026 (WAM) -- The council voted.", "Emirates News Agency"),
        ("LAGOS, March 3rd (NAN) - The council voted.", "NAN"),
        ("PARIS, 1er mars (AFP) - Le conseil a voté.", "AFP"),
        ("LIMA, 1º de marzo (EFE).- El consejo votó.", "EFE"),
    ],
)
def test_a_dateline_with_an_ordinal_day_credits_its_agency(line: str, publisher: str) -> None:
    cleaned, found = with_head(line)
    assert found == publisher
    assert cleaned.split("\n")[0] in line and cleaned.split("\n")[0].startswith(("The", "Le", "El"))


JA_BODY = [
    "北杉町は、予約制の乗り合いバスを来月一日から運行すると発表した。",
    "町は半年後に利用状況を調べ、運行日や停留所の見直しを検討する。",
]
MATOME = "https://example-matome.jp/archives/123.html"


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("（毎日新聞）", "毎日新聞"),
        ("（北海道新聞）", "北海道新聞"),
        ("（新京报）", "新京报"),
        ("（中国新闻网）", "中国新闻网"),
        ("（共同）", "Kyodo News"),
    ],
)
def test_an_outlet_in_full_width_brackets_ends_the_story(tail: str, publisher: str) -> None:
    for text in ("\n".join([*JA_BODY, tail]), "\n".join([JA_BODY[0], JA_BODY[1] + tail])):
        cleaned, found = attribute(text, url=MATOME)
        assert found.original_publisher == publisher
        assert tail not in cleaned


@pytest.mark.parametrize("tail", ["（山田太郎）", "（写真：毎日新聞）", "（編集部）"])
def test_a_person_a_photo_or_a_desk_in_brackets_credits_no_one(tail: str) -> None:
    cleaned, found = attribute("\n".join([*JA_BODY, tail]), url=MATOME)
    assert found.original_publisher is None
    assert tail in cleaned


@pytest.mark.parametrize(
    "signature",
    [
        "— BBC News (World) (@BBCWorld) March 10, 2026",
        "— Reuters (@Reuters) March 10, 2026",
        "— Al Jazeera English (@AJEnglish) 10 de marzo de 2026",
        "— AFP News Agency (@afp.com) 10 mars 2026 à 09:12",
        "— BBC News (@BBCWorld)",
        "A post shared by Reuters (@reuters)",
        "Libraries now lend drills pic.twitter.com/x1 — BBC News (World) (@BBCWorld) March 10",
    ],
)
def test_an_embedded_posts_signature_credits_no_one(signature: str) -> None:
    cleaned, found = with_tail(signature)
    assert found is None
    assert signature in cleaned
    assert _beside(signature) is None


HE_BODY = [
    "עיריית נווה ארז הודיעה ביום שני כי מרפאה ציבורית חדשה תיפתח בשכונת גבעת הזית.",
    "בעירייה ציינו כי בכוונתם לפתוח מרפאה נוספת עד סוף השנה הבאה.",
]
HE_SITE = "https://hadashot-example.co.il/news/20260309/19040"


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("מקור: ynet", "ynet"),
        ("מקור: walla", "walla"),
        ("来源：sina", "sina"),
        ("מקור: Ynet", "Ynet"),
    ],
)
def test_a_latin_brand_under_another_scripts_label_is_a_name(tail: str, publisher: str) -> None:
    cleaned, found = attribute("\n".join([*HE_BODY, tail]), url=HE_SITE)
    assert found.original_publisher == publisher
    assert tail not in cleaned


@pytest.mark.parametrize("tail", ["المصدر: youtube", "מקור: internet archive", "Source: ynet"])
def test_a_platform_a_phrase_or_a_latin_label_keeps_its_lower_case_word(tail: str) -> None:
    _, found = attribute("\n".join([*HE_BODY, tail]), url=HE_SITE)
    assert found.original_publisher is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "This is an edited transcript of a segment that aired on Marketplace Morning Report.",
            "Marketplace",
        ),
        (
            "The following is a transcript of an interview broadcast on NPR's All Things "
            "Considered.",
            "NPR",
        ),
        ("This is a lightly edited transcript of an episode that aired on Harbour Radio.", None),
        (
            "This is a transcript of a segment that originally aired on Coastline FM Weekend "
            "Edition.",
            "Coastline FM",
        ),
        ("This is an edited and condensed transcript of a conversation that aired on WNYC.", None),
    ],
)
def test_a_transcripts_note_credits_the_broadcaster(line: str, publisher: str | None) -> None:
    expected = publisher or line.split(" on ")[-1].rstrip(".")
    for cleaned, found in (with_tail(line), with_head(line)):
        assert found == expected
        assert line not in cleaned


def test_a_transcript_edited_for_clarity_credits_no_one() -> None:
    assert with_tail("This transcript has been edited for clarity.")[1] is None


PL_BODY = [
    "Tramwaje pojadą na osiedle Zielone Wzgórze od poniedziałku, poinformował w czwartek "
    "miejski zarząd dróg.",
    "Miasto planuje przedłużenie trasy do dworca kolejowego w 2029 roku.",
]
PL_SITE = "https://www.gazeta-przyklad.pl/news/20260301/55940"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Tekst ukazał się pierwotnie w „Gazecie Wyborczej”.", "Gazeta Wyborcza"),
        ("Artykuł został pierwotnie opublikowany w Rzeczpospolitej.", "Rzeczpospolita"),
        ("Tekst ukazał się pierwotnie w „Fakcie”.", "Fakt"),
        ("Materiał ukazał się w „Tygodniku Powszechnym”.", "Tygodnik Powszechny"),
        ("Pierwotnie opublikowano w Dzienniku Bałtyckim.", "Dziennik Bałtycki"),
    ],
)
def test_a_polish_first_appeared_note_names_the_outlet_in_the_nominative(
    line: str, publisher: str
) -> None:
    for text in ("\n".join([*PL_BODY, line]), "\n".join([line, *PL_BODY])):
        cleaned, found = attribute(text, url=PL_SITE)
        assert found.original_publisher == publisher
        assert line not in cleaned


def test_a_polish_sentence_about_something_else_credits_no_one() -> None:
    line = "Ukazał się w Polsce nowy model."
    cleaned, found = attribute("\n".join([*PL_BODY, line]), url=PL_SITE)
    assert found.original_publisher is None
    assert line in cleaned


TH_BODY = [
    "สำนักงานจังหวัดนาทองแถลงเมื่อวันอังคารว่าจะเริ่มก่อสร้างแก้มลิงขนาดสามร้อยไร่",
    "ทางจังหวัดจะจัดประชุมรับฟังความคิดเห็นของประชาชนอีกครั้งในเดือนพฤษภาคม",
]


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("ขอบคุณข้อมูลจาก ไทยรัฐออนไลน์", "ไทยรัฐ"),
        ("ขอบคุณข้อมูลจาก มติชนออนไลน์", "มติชน"),
        ("ที่มา: ข่าวสดออนไลน์", "ข่าวสด"),
    ],
)
def test_a_papers_site_with_online_written_on_names_the_paper(tail: str, publisher: str) -> None:
    site = "https://thongthin-example.com/news/20260305/41491"
    _, found = attribute("\n".join([*TH_BODY, tail]), url=site)
    assert found.original_publisher == publisher


def test_the_papers_own_site_under_its_online_name_credits_no_one() -> None:
    own = "https://www.thairath.co.th/news/local/2801234"
    text = "\n".join([*TH_BODY, "ที่มา: ไทยรัฐออนไลน์"])
    assert attribute(text, url=own, site_name="ไทยรัฐออนไลน์")[1].original_publisher is None


@pytest.mark.parametrize(
    ("cell", "publisher"),
    [
        (
            "| 2026-03-07 The council voted on the plan. Copyright 2026 United Press "
            "International, Inc. (UPI). Any reproduction, republication, redistribution and/or "
            "modification of any UPI content is expressly prohibited without UPI's prior written "
            "consent. |",
            "United Press International",
        ),
        ("| The council voted on the plan, officials said. (AFP) |", "AFP"),
        (
            "| The council voted on the plan, officials said. — The Evening Courier |",
            "The Evening Courier",
        ),
    ],
)
def test_a_credit_ending_a_layout_tables_cell(cell: str, publisher: str) -> None:
    cleaned, found = with_tail(cell)
    assert found == publisher
    assert cleaned.endswith("| 2026-03-07 The council voted on the plan.") or cleaned.endswith(
        "officials said."
    )


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        (["IPS UN Bureau Report", "Follow @IPSNewsUNBureau"], "Inter Press Service"),
        (["Reuters Nairobi Bureau"], "Reuters"),
        (["AFP Asia Pacific Bureau Report"], "AFP"),
        (["Tarnholm City Bureau"], None),
    ],
)
def test_a_wires_bureau_signature_credits_the_wire(tail: list[str], publisher: str | None) -> None:
    cleaned, found = attribute("\n".join([*BODY, *tail]), url=BLOG)
    assert found.original_publisher == publisher
    assert all((line in cleaned) == (publisher is None) for line in tail)


@pytest.mark.parametrize(
    ("follow", "kept"), [("Follow @AFP on X", False), ("Follow @harbourledger", True)]
)
def test_the_decided_wires_own_account_leaves_the_tail(follow: str, kept: bool) -> None:
    cleaned, found = attribute("\n".join([*BODY, "(AFP)", follow]), url=BLOG)
    assert found.original_publisher == "AFP"
    assert (follow in cleaned) == kept


ZH_BODY = ["连接临澄市与北岚岛的跨海大桥6日正式建成通车。", "大桥全长十二公里，总投资约八十亿元。"]
PORTAL = "https://example-portal.cn/news/20260306/1.html"


@pytest.mark.parametrize(
    ("tail", "publisher"),
    [
        ("（来源：澎湃新闻）", "澎湃新闻"),
        ("（出典：毎日新聞）", "毎日新聞"),
        ("【来源：人民日报】", "People's Daily"),
        ("（文章来源：新京报）", "新京报"),
        ("来源丨澎湃新闻", "澎湃新闻"),
    ],
)
def test_a_source_label_in_cjk_brackets_credits_its_outlet(tail: str, publisher: str) -> None:
    cleaned, found = attribute("\n".join([*ZH_BODY, tail]), url=PORTAL)
    assert found.original_publisher == publisher
    assert tail not in cleaned


@pytest.mark.parametrize("tail", ["（图片来源：视觉中国）", "【编辑：王芳】", "（记者 李明）"])
def test_a_photo_an_editor_or_a_reporter_in_cjk_brackets_credits_no_one(tail: str) -> None:
    assert attribute("\n".join([*ZH_BODY, tail]), url=PORTAL)[1].original_publisher is None
