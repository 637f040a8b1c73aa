"""A portal's time stamp before the provider's name, left in the text once the provider is
credited ("最終更新:3/10(水) 15:02 共同通信" under a Yahoo!ニュース-like page's story whose
source box names Kyodo): it restates the credit and leaves the text with it (leftovers)."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

JA_STORY = (
    "松本市は4月から市街地の路線バスを再編すると発表した。\n"
    "市は来年度以降も利用状況を見ながら路線を見直すとしている。"
)
EN_STORY = "The city will redraw its bus routes in April.\nThe council will review them next year."


@pytest.mark.parametrize(
    ("story", "stamp", "side"),
    [
        (JA_STORY, "最終更新:3/10(水) 15:02 共同通信", "Source: 共同通信"),
        (EN_STORY, "Updated 3/10 15:02 Kyodo News", "Source: Kyodo News"),
    ],
)
def test_a_stamp_before_the_credited_provider_leaves_the_text(
    story: str, stamp: str, side: str
) -> None:
    text, found = attribute(
        f"{story}\n{stamp}", url="https://news.portal.example/a/1", side_lines=(side,)
    )
    assert found.original_publisher == "Kyodo News"
    assert stamp not in text
    assert story.split("\n")[-1] in text


def test_a_sentence_with_a_time_and_the_name_stays() -> None:
    line = "The last bus left at 23:40 Kyodo News said on Tuesday."
    text, _ = attribute(
        f"{EN_STORY}\n{line}",
        url="https://news.portal.example/a/2",
        side_lines=("Source: Kyodo News",),
    )
    assert line in text
