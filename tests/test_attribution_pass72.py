"""Pass 72 (issue 14): classes from the 53rd blind set's tune half (East Asian portals), each
with twins in other outlets and look-alikes that must keep their answer."""

# ruff: noqa: RUF001  (full-width brackets and slashes are meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

JA_STORY = [
    "長野県山ノ内町の湯田中温泉街で、使われなくなった旅館や商店を若手職人の工房として貸し出す"
    "取り組みが始まった。",
    "町と地元の旅館組合がつくる協議会が改修費の一部を補助し、これまでに職人四人が入居を決めた。",
]
ZH_STORY = [
    "澎湖今年的丁香魚季比往年提早約兩週，白沙鄉赤崁漁港這幾天每天都有十多艘漁船滿載返港。",
    "赤崁漁會總幹事洪啟明說，上午曝曬的丁香魚乾成色最好，今年漁獲量穩定。",
]
CN_STORY = [
    "随着冰雪大世界本季闭园，哈尔滨市松北区三条冰雪季临时调整的公交线路将于本周六恢复原有走向。",
    "恢复原线路后，临时站点的站牌将在一周内拆除。",
]


@pytest.mark.parametrize(
    ("row", "publisher"),
    [
        # Japanese portals' row over a partner's story: when it was delivered, and by whom
        ("3/23(火) 06:13配信 朝日新聞社", "The Asahi Shimbun"),
        ("3/23(火) 10:07配信 共同通信", "Kyodo News"),
        ("2027/3/12(水) 8:14配信 信濃毎日新聞", "信濃毎日新聞"),
        # the name first, the stamp run onto it
        ("北海道新聞3/12(水) 8:14配信", "北海道新聞"),
        # a person's name there reads as no outlet's
        ("3/23(火) 10:07配信 山田太郎", None),
        # a site's own date: published, not delivered
        ("3/23(火) 10:07公開 朝日新聞社", None),
    ],
)
def test_a_portals_delivered_row_names_its_provider(row: str, publisher: str | None) -> None:
    rest, found = attribute("\n".join([row, *JA_STORY]), url="https://news.portal.example.jp/a/1")
    assert found.original_publisher == publisher
    assert (row in rest) == (publisher is None)
    assert JA_STORY[0] in rest


@pytest.mark.parametrize(
    ("byline", "publisher"),
    [
        # a Chinese byline: the writer, then the outlet they write for in brackets
        ("文／洪佩芸（菊島潮聲報）", "菊島潮聲報"),
        ("撰文/李明（南方日报）", "南方日报"),
        # an employer that is no outlet
        ("文／洪佩芸（台大醫院）", None),
    ],
)
def test_a_chinese_byline_with_its_outlet_in_brackets(byline: str, publisher: str | None) -> None:
    rest, found = attribute("\n".join([byline, *ZH_STORY]), url="https://news.example.tw/a/1")
    assert found.original_publisher == publisher
    assert (byline in rest) == (publisher is None)


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        # a city's name shared at the head: another outlet of the same city
        ("https://www.bingchengkuaidi.cn/news/1.shtml", "冰城晚讯"),
        # the domain spelling the whole name, syllable by syllable: the site itself
        ("https://www.bingchengwanxun.cn/news/1.shtml", None),
    ],
)
def test_a_han_name_is_the_sites_own_only_when_its_domain_spells_all_of_it(
    url: str, publisher: str | None
) -> None:
    _, found = attribute("\n".join([*CN_STORY, "来源：冰城晚讯"]), url=url)
    assert found.original_publisher == publisher
