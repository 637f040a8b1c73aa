"""Pass 54 (issue 14): classes from the 47th blind set's tune half (newsletters and reading
surfaces), each with twins in other tools and languages and look-alikes that keep their
answer: a reading surface's bar naming the page it shows, and a writer's avatar initials
beside their name."""

# ruff: noqa: RUF001  (a full-width colon of a Chinese bar is meant)

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute

STORY = [
    "The harbour board closed the eastern pier on Monday after divers found cracks in two of "
    "its piles, and engineers said repairs would take at least a month.",
    "Fishing boats will moor at the western quay until the work is done.",
    "The board will decide next week whether to replace the pier's deck as well.",
]
URL = "https://read.quietshelf.example/s/9d41"


def _credit(side: list[str], url: str = URL) -> tuple[str | None, tuple[str, ...]]:
    _, found = attribute("\n".join(STORY), url=url, side_lines=side, site_name="quietshelf")
    return found.original_publisher, found.credit_lines


@pytest.mark.parametrize(
    ("bar", "publisher"),
    [
        # a translation proxy's, a read-later app's, a reader view's bar over the page shown
        ("Original page: harbourtidings.co.uk", "harbourtidings.co.uk"),
        ("원문 기사: gangneungilbo.kr", "gangneungilbo.kr"),
        (
            "Source URL: https://www.eastpier-news.com/2027/03/pier-closed",
            "eastpier-news.com",
        ),
        ("Originalartikel: https://www.hafenbote.de/artikel/123", "hafenbote.de"),
        ("原文链接：https://www.gangkou-daily.cn/n/88.html", "gangkou-daily.cn"),
        # a name there is a tool's menu or a heading, not the page shown
        ("Original page: Settings", None),
        ("Original page", None),
    ],
)
def test_a_reading_surfaces_bar_credits_the_page_it_shows(bar: str, publisher: str | None) -> None:
    found, lines = _credit(["Pier closed after divers find cracks", bar, "3 min read"])
    assert found == publisher
    if publisher is not None:
        assert lines == (bar,)


def test_the_bar_naming_the_site_itself_credits_no_one() -> None:
    found, _ = _credit(
        ["Original page: harbourtidings.co.uk"], url="https://www.harbourtidings.co.uk/news/1"
    )
    assert found is None


def test_the_same_words_inside_the_story_are_the_storys() -> None:
    text = "\n".join([*STORY, "Original page: harbourtidings.co.uk"])
    rest, found = attribute(text, url=URL, site_name="quietshelf")
    assert found.original_publisher is None
    assert rest == text


@pytest.mark.parametrize(
    ("card", "publisher"),
    [
        # a writer's initials in a circle over their name: no agency's tag
        (["EP", "Eleri Pugh", "Coastal engineer"], None),
        # a writer's name, then the tag of the wire she files for (not her initials)
        (["Megan Hale", "AP"], "Associated Press"),
        (["AP", "Anwen Price", "Harbour correspondent"], None),
        # a wire's tag over its own name is the wire's
        (["AP", "Associated Press"], "Associated Press"),
        # the initials of no name beside them: the wire's tag as before
        (["EP", "Published 10 March 2027"], "Europa Press"),
    ],
)
def test_a_writers_avatar_initials_are_no_wires_tag(card: list[str], publisher: str | None) -> None:
    found, _ = _credit(card)
    assert found == publisher


# Pass 55 (the 48th set's tune half): a Romance preposition joined with its article before
# the kind of outlet, a kind of publication before a quoted name, and an issue's date after a
# name in title marks.
CA_STORY = [
    "L'ajuntament va tancar el pont vell dilluns després que la pluja fes malbé un dels pilars, "
    "i els enginyers diuen que la reparació durarà almenys tres setmanes.",
    "Els veïns han de fer servir el desviament del nord, que afegeix vint minuts.",
]
RU_STORY = [
    "Городские власти закрыли мост на ремонт в понедельник после того, как паводок подмыл "
    "одну из опор, и инженеры говорят, что работы займут не меньше трёх недель.",
    "Жителям предложили объезд через северный район.",
]
ZH_STORY = [
    "市政府周一宣布关闭老桥进行维修，工程预计持续三个月。",
    "居民被要求绕行北部道路，每天早晚高峰会有交警疏导。",
]


@pytest.mark.parametrize(
    ("story", "line", "publisher"),
    [
        # "al" is "a" and "el", then the kind of outlet, then the name
        (CA_STORY, "Aquest article es va publicar originalment al setmanari El Pou.", "El Pou"),
        (CA_STORY, "Aquest article es va publicar originalment al diari Segre.", "Segre"),
        (
            STORY,
            "Pubblicato originariamente sul quotidiano Messaggero Veneto.",
            "Messaggero Veneto",
        ),
        (STORY, "Publicado originalmente en La Nación.", "La Nación"),
        # the article joined in lower case only: "a La Vanguardia" is "a" and the name
        (CA_STORY, "Aquest article es va publicar originalment a La Vanguardia.", "La Vanguardia"),
        # the kind of paper and its article before the name are no part of it
        (
            STORY,
            "Cet article a été publié initialement dans le quotidien Le Télégramme.",
            "Le Télégramme",
        ),
        (STORY, "This story first appeared in the daily Lakeshore Ledger.", "Lakeshore Ledger"),
        # the kind before the quoted name says it is a paper's, its lower-case words its own
        (RU_STORY, "По материалам газеты «Тамбовская жизнь»", "Тамбовская жизнь"),
        (RU_STORY, "Источник: газета «Тамбовская жизнь»", "Тамбовская жизнь"),
        # a quoted title with no kind before it may be anything's: no name
        (RU_STORY, "Источник: «Как вырастить томаты»", None),
        # the date and page after the title marks are no part of the name
        (ZH_STORY, "原载：《钱江晚报》1987年3月17日 第2版", "钱江晚报"),
    ],
)
def test_a_credit_names_its_outlet_as_the_language_writes_it(
    story: list[str], line: str, publisher: str | None
) -> None:
    text = "\n".join([*story, line])
    rest, found = attribute(text, url="https://www.town-notes.org/n/1")
    assert found.original_publisher == publisher
    assert (line in rest) == (publisher is None)
