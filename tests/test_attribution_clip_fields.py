"""Pass 53 (issue 14): a press clipping's medium field beside the text ("Outlet: Daily
Graphic" in a media-monitoring service's clip view) names the clip's publisher, in the
languages such services serve; a field that names a format, a date or the site itself does
not, and the same words inside the story are the story's."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from aggregator.attribution.attribute import attribute
from aggregator.extract.sidelines import side_lines

STORY = [
    "Fishermen at the western landing site say the new cold room has cut their losses by "
    "half since it opened in March, and the cooperative plans a second one next year.",
    "The room was paid for by a district loan that is repaid from a levy on each crate.",
    "Traders said prices at the landing had steadied since the room opened.",
]
URL = "https://clips.monitor-desk.example/app/clips/4411"


def _credit(side: list[str], url: str = URL) -> tuple[str | None, tuple[str, ...]]:
    _, found = attribute("\n".join(STORY), url=url, side_lines=side, site_name="MonitorDesk")
    return found.original_publisher, found.credit_lines


@pytest.mark.parametrize(
    ("side", "publisher"),
    [
        # the field on one line, and the label over its value in a block of its own
        (["Outlet: The Coastal Herald", "Date: 14 May 2027", "Page: 6"], "The Coastal Herald"),
        (
            ["Publication:", "Lakeside Weekly Tribune", "Section:", "Business"],
            "Lakeside Weekly Tribune",
        ),
        (
            ["Média : Le Courrier de Tambacounda", "Date : 14 mai 2027"],
            "Le Courrier de Tambacounda",
        ),
        (["Chombo: Mwananchi Kanda", "Tarehe: 14 Mei 2027"], "Mwananchi Kanda"),
        # the kind of medium before its name is no part of it ("صحيفة": newspaper)
        (["الوسيلة:", "صحيفة الشروق المحلية", "التاريخ:"], "الشروق المحلية"),
        (["Издание: Вечерний Самарканд", "Дата: 14 мая 2027"], "Вечерний Самарканд"),
        # a format, a date or an empty value names no medium
        (["Medium: Print", "Date: 14 May 2027"], None),
        (["Publication: 14 May 2027"], None),
        (["Outlet:", "Date:", "14 May 2027"], None),
    ],
)
def test_a_clips_medium_field_credits_the_medium(side: list[str], publisher: str | None) -> None:
    found, lines = _credit(side)
    assert found == publisher
    if publisher is not None:
        assert any(publisher in line for line in lines), lines


def test_the_field_inside_the_story_is_the_storys_own() -> None:
    text = "\n".join([*STORY, "Newspaper: The Coastal Herald"])
    rest, found = attribute(text, url=URL, site_name="MonitorDesk")
    assert found.original_publisher is None
    assert rest == text


def test_the_field_naming_the_site_itself_credits_no_one() -> None:
    found, _ = _credit(["Outlet: The Coastal Herald"], url="https://www.coastalherald.example/x")
    assert found is None


def test_a_definition_lists_field_reaches_the_reader() -> None:
    page = lxml_html.fromstring(
        "<html><body><main><section class='clip-meta'><dl>"
        "<div><dt>Outlet:</dt><dd>The Coastal Herald</dd></div>"
        "<div><dt>Page:</dt><dd>6</dd></div></dl></section>"
        f"<section class='clip-text'>{''.join(f'<p>{p}</p>' for p in STORY)}</section>"
        "</main></body></html>"
    )
    side = list(side_lines(page, "\n".join(STORY)))
    assert _credit(side)[0] == "The Coastal Herald"
