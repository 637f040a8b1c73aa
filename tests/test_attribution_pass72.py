"""Passes 72 and 73 (issue 14): classes from the 53rd blind set's tune half (East Asian
portals), each with twins in other outlets and look-alikes that must keep their answer."""

# ruff: noqa: RUF001  (full-width brackets and slashes are meant)

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from aggregator.attribution.attribute import attribute
from aggregator.extract.sidelines import side_lines

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


KO_PAGE = """<html><body>
<div id="ct"><div class="media_end_head"><div class="media_end_head_top">{label}</div>
<h2>신안 흑산도 여객선, 여름철 하루 왕복 세 차례로 늘려</h2>
<div class="info"><span>입력 2027.03.23. 08:06</span></div></div>
<div id="newsct_article"><article id="dic_area"><span class="photo"><img src="a.jpg"></span>
전남 목포와 신안군 흑산도를 오가는 쾌속 여객선이 올여름부터 하루 왕복 세 차례로 증편된다.<br>
증편되는 운항편은 오후 네 시 목포항을 출발하며 요금은 기존과 같다.<br>
</article></div></div></body></html>"""


@pytest.mark.parametrize(
    ("label", "publisher"),
    [
        # a Korean portal's header over the headline: the story's lines sit between <br>s in
        # one block, with no <p> to find them by
        ("출처: 코리아헤럴드", "The Korea Herald"),
        ("제공: 흑산바다신문", "흑산바다신문"),
        # "provided by" a county office: no outlet's word ends the name
        ("제공: 신안군청", None),
    ],
)
def test_a_label_over_a_stories_br_lines_is_read_beside_it(
    label: str, publisher: str | None
) -> None:
    page = KO_PAGE.format(label=label)
    text = "\n".join(
        [
            "전남 목포와 신안군 흑산도를 오가는 쾌속 여객선이 올여름부터 하루 왕복 세 차례로 "
            "증편된다.",
            "증편되는 운항편은 오후 네 시 목포항을 출발하며 요금은 기존과 같다.",
        ]
    )
    beside = side_lines(lxml_html.fromstring(page), text)
    assert label in beside
    _, found = attribute(text, url="https://www.dalbit-news.co.kr/1", side_lines=beside)
    assert found.original_publisher == publisher
