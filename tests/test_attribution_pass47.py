# ruff: noqa: RUF001  (the lines are written in their own scripts and punctuation)
"""Attribution pass 47 (issue 14): the thirty-fifth and thirty-sixth blind sets' tune-half
classes, each on examples the cases do not hold (other outlets, other languages), each beside
a twin of the same shape that keeps the old answer or credits no one: a WeChat account named
after the platform's word, blog platforms' reblog and repost lines, a blog post's closing note
that it rests on a report first published elsewhere, a broadcaster's own initials taken from
inside its name, and an institution's own publishing account (a city's department, a Chinese
government "<place>发布" account) cited as the source on its own page."""

from __future__ import annotations

import pytest

from aggregator.attribution.conventions.name_tags import without_own_tag
from aggregator.attribution.not_credits.authorities import authority
from tests.harbour_story import SITE, URL, attributed


def run(
    tail: list[str] | None = None,
    *,
    head: list[str] | None = None,
    url: str = URL,
    site: str | None = SITE,
) -> tuple[str, str | None]:
    cleaned, found = attributed(tail, head=head, url=url, site=site)
    return cleaned, found.original_publisher


# --- a WeChat account as the source: the account, as written, is the outlet -----------------


@pytest.mark.parametrize(
    ("line", "where", "expected"),
    [
        # the case's shape: the reprint note above the story
        ("本文转载自微信公众号“大理日报”", "head", "大理日报"),
        # twins: the source label before the platform's word, with or without quotes, at
        # either edge, in traditional script, and in English
        ("来源：微信公众号东江晚报", "head", "东江晚报"),
        ("来源：微信公众号“东江晚报”", "tail", "东江晚报"),
        ("來源：微信公眾號「港灣日報」", "tail", "港灣日報"),
        ("转载自微信公众号“滨海晚报”", "head", "滨海晚报"),
        ("Source: WeChat official account Harbour Daily", "tail", "Harbour Daily"),
    ],
)
def test_a_wechat_account_is_the_outlet_as_written(line: str, where: str, expected: str) -> None:
    cleaned, found = run([line]) if where == "tail" else run(head=[line])
    assert found == expected
    assert line not in cleaned


# --- blog platforms' reblog and repost lines -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "where", "expected"),
    [
        # the cases' shapes (Tumblr in French, Hive's repost with the broadcaster described)
        ("Reblogué depuis Le Télégramme", "head", "Le Télégramme"),
        (
            "Repost from Kringvarp Føroya (KVF), the Faroese public broadcaster.",
            "tail",
            "Kringvarp Føroya",
        ),
        # twins: other outlets, other languages, the platform's label with a colon
        ("Rebloggato da Il Tirreno", "head", "Il Tirreno"),
        ("Reblogged from The Tyee", "head", "The Tyee"),
        ("Repost from The Tyee", "tail", "The Tyee"),
        ("Repost: The Tyee", "head", "The Tyee"),
        ("Reblog: Le Télégramme", "head", "Le Télégramme"),
        ("Repost: Kringvarp Føroya (KVF)", "tail", "Kringvarp Føroya"),
        ("Courtesy of Tidewise Radio (TWR), a public broadcaster.", "tail", "Tidewise Radio"),
    ],
)
def test_a_reblog_or_repost_line_credits_its_outlet(line: str, where: str, expected: str) -> None:
    cleaned, found = run([line]) if where == "tail" else run(head=[line])
    assert found == expected
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: a reader asked to repost, a call to repost, names no original
        "Please repost from our page, not from screenshots.",
        "Repost if you agree.",
    ],
)
def test_a_call_to_repost_credits_no_one(line: str) -> None:
    cleaned, found = run([line])
    assert found is None
    assert line in cleaned


def test_two_outlets_after_a_lower_case_the_stay_two() -> None:
    # "the" before capitalised names only is a second outlet, not a description of the first
    _, found = run(["Courtesy of Reuters, the Associated Press and AFP"])
    assert found == "Reuters"


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Kringvarp Føroya (KVF)", "Kringvarp Føroya"),
        ("Tidewise Radio (TWR)", "Tidewise Radio"),
        ("Malawi News Agency (MANA)", "Malawi News Agency"),
        # look-alikes: a tag another name's, a section, initials the name does not hold
        ("Jane Doe (AP)", "Jane Doe (AP)"),
        ("Tidewise Radio (AFP)", "Tidewise Radio (AFP)"),
        ("Harbour Courier (Opinion)", "Harbour Courier (Opinion)"),
        ("Harbour Courier (HCX)", "Harbour Courier (HCX)"),
    ],
)
def test_own_initials_may_come_from_inside_the_name(name: str, bare: str) -> None:
    assert without_own_tag(name) == bare


# --- a blog post resting on a report first published elsewhere -------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("This post quotes a report first published by the Bangkok Post.", "Bangkok Post"),
        ("This post is based on a story originally published in The Tyee.", "The Tyee"),
        ("Ce billet reprend un article publié d'abord par Le Télégramme.", "Le Télégramme"),
        (
            "Esta entrada cita un reportaje publicado originalmente por El Diario de Cádiz.",
            "El Diario de Cádiz",
        ),
        (
            "Questo post riprende un articolo pubblicato originariamente da Il Tirreno.",
            "Il Tirreno",
        ),
    ],
)
def test_a_post_resting_on_a_first_published_report(line: str, expected: str) -> None:
    cleaned, found = run([line])
    assert found == expected
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: no "first" or "originally": a source mentioned, no original
        "This post mentions a report published by Reuters.",
        "This post quotes a report published by the city council.",
    ],
)
def test_a_post_mentioning_a_report_credits_no_one(line: str) -> None:
    cleaned, found = run([line])
    assert found is None
    assert line in cleaned


# --- an institution's own publishing account is no outlet ------------------------------------


@pytest.mark.parametrize(
    ("line", "site", "url"),
    [
        # the cases' shapes: a city department on the city's note.com page, a government
        # release account on its own Weibo article
        ("（出典：金沢市道路管理課）", "note", "https://note.com/kanazawa_city/n/n1/"),
        ("（来源：大理发布）", None, "https://weibo.com/ttarticle/p/show?id=1"),
        # twins: other cities, other departments and bureaus, traditional script
        ("（出典：札幌市観光課）", "note", "https://note.com/sapporo_city/n/n2/"),
        ("来源：上海发布", None, "https://weibo.com/ttarticle/p/show?id=2"),
        ("来源：成都市水务局", None, "https://www.example-cd.cn/a/1.html"),
        ("來源：臺北市政府交通局", None, "https://www.example-tp.tw/a/1.html"),
        ("来源：省交通运输厅", None, "https://www.example-jt.cn/a/2.html"),
    ],
)
def test_an_institution_account_is_the_pages_own(line: str, site: str | None, url: str) -> None:
    _, found = run([line], site=site, url=url)
    assert found is None


@pytest.mark.parametrize(
    ("name", "is_authority"),
    [
        ("金沢市道路管理課", True),
        ("大理发布", True),
        ("上海发布", True),
        ("市水务局", True),
        # look-alikes: outlets, a broadcaster's "放送局", an outlet's own "发布"
        ("北國新聞", False),
        ("NHK放送局", False),
        ("中国中央电视台", False),
        ("澎湃新闻", False),
        ("大理日报", False),
        ("新华社发布", False),
        ("人民网发布", False),
    ],
)
def test_department_and_release_account_endings(name: str, is_authority: bool) -> None:
    assert authority(name) is is_authority


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # look-alikes: an outlet after the same source labels is still credited
        ("（出典：北國新聞）", "北國新聞"),
        ("来源：澎湃新闻", "澎湃新闻"),
    ],
)
def test_an_outlet_after_the_same_labels_is_still_credited(line: str, expected: str) -> None:
    _, found = run([line])
    assert found == expected


# --- a newsroom role after a writer's name; a station's own newsroom under its call sign ------


@pytest.mark.parametrize(
    "byline",
    [
        # the case's shape: a student paper's section editor ("News" is no outlet there)
        "By Jonah Akpalialuk , News Editor",
        # twins: other sections and roles
        "By Jane Doe, News Reporter",
        "By Jane Doe, Local News Reporter",
        "By Jane Doe, Sports Editor",
    ],
)
def test_a_section_role_after_a_writer_credits_no_one(byline: str) -> None:
    _, found = attributed([], side_lines=[byline])
    assert found.original_publisher is None


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # look-alikes: the paper with its article, a table outlet's own title, still credited
        ("By Jane Doe, The News", "The News International"),
        ("By Jessica Elgot, Guardian Political Editor", "The Guardian"),
        ("By Jane Doe, AP National Political Writer", "Associated Press"),
    ],
)
def test_an_outlet_before_a_role_is_still_credited(byline: str, expected: str) -> None:
    _, found = attributed([], side_lines=[byline])
    assert found.original_publisher == expected


@pytest.mark.parametrize(
    ("byline", "site", "url"),
    [
        # the case's shape: a TV station's clip page signed by its newsroom
        ("By TTV News", "TTV Solomons", "https://www.ttvsolomons.com/video/market-161282"),
        # twins: other stations, other newsroom words
        ("By KTN News", "KTN Home", "https://www.ktnhome.tv/news/harbour"),
        ("By NTV Online", "NTV Uganda", "https://www.ntvuganda.example/harbour"),
    ],
)
def test_a_stations_own_newsroom_is_the_site(byline: str, site: str, url: str) -> None:
    _, found = attributed([], side_lines=[byline], site=site, url=url)
    assert found.original_publisher is None


@pytest.mark.parametrize(
    ("byline", "site", "url", "expected"),
    [
        # look-alikes: another station's newsroom, a table network on an affiliate's site
        ("By TTV News", "Harbour Post", "https://www.harbourpost.example/x", "TTV News"),
        ("By Fox News", "Fox 5 Atlanta", "https://www.fox5atlanta.com/x", "Fox News"),
    ],
)
def test_another_stations_newsroom_is_still_credited(
    byline: str, site: str, url: str, expected: str
) -> None:
    _, found = attributed([], side_lines=[byline], site=site, url=url)
    assert found.original_publisher == expected


# --- "本文转载自…" under a WeChat page's header (account, date, place) ---------------------------

_HEADER = ["云岭水事", "2027年2月10日 09:12", "发表于", "云南"]
_LONG = ["这是一段很长的正文内容，说明补水工程的安排与进展。" * 6] * 4


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the case's shape: the reprint note below the account's header lines
        ("本文转载自微信公众号“大理日报”", "大理日报"),
        # twins: "comes from" with the account's id and author, "first ran in", another paper
        ("本文来源于微信公众号“青禾观察”（ID：qinghe），作者：李明", "青禾观察"),
        ("本文首发于《东江晚报》", "东江晚报"),
        ("本文转载自滨海晚报", "滨海晚报"),
    ],
)
def test_a_reprint_note_under_a_page_header(line: str, expected: str) -> None:
    cleaned, found = attributed(story=[*_HEADER, line, *_LONG], kept=_LONG[:1])
    assert found.original_publisher == expected
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: the internet, the author's blog, a date, the site's own, a contribution
        "本文转载自网络，如有侵权请联系删除",
        "本文转载自作者的博客",
        "本文首发于2026年3月4日",
        "本文来源：本站原创",
        "本文来源于作者投稿",
        "本文来源于读者投稿",
    ],
)
def test_a_note_naming_no_outlet_under_a_page_header(line: str) -> None:
    _, found = attributed(story=[*_HEADER, line, *_LONG], kept=_LONG[:1])
    assert found.original_publisher is None


@pytest.mark.parametrize("line", ["本文来源于作者投稿", "来源：网友投稿", "来源：读者来稿"])
def test_a_contribution_is_the_sites_own(line: str) -> None:
    _, found = attributed(head=[line])
    assert found.original_publisher is None
