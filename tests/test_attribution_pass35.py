# ruff: noqa: RUF001  (dashes, full-width colons and letters of other scripts are meant)
"""Attribution pass 35 (issue 14): the twentieth blind set's tune half, by class, in outlets
and languages the set does not use:

- (1) "With files from <wire>" is how Canadian newsrooms sign both a story their writer
  reported with some of the wire's material and a wire story their web desk rewrote. The
  page tells them apart by whose site it is: on a broadcaster's site (its name says radio,
  FM or TV) the newsroom rewrites the wire's copy under its web writer's name, so the line
  credits the wire even under a byline; on a paper's site, under its reporter's byline
  ("By Jenna Sorensen"), the reporter added the wire's files to their own story and the line
  credits no one (pass 24's rule, which stands there). With no byline at all the line
  credits the wire on any site;
- (2) a writer's title ending in a role names a programme or a desk, nobody's copy ("Jane
  Doe, Local Journalism Initiative Reporter", "Report for America Corps Member", "Senior
  Health Reporter"); a table outlet's role ("Reuters Correspondent") still names it;
- (3) an outlet's word written onto a channel's number reads as an outlet's name ("9News",
  "7NEWS", "10TV"), as "Nine News" does; a number alone or an age ("3h") does not;
- (4) a web edition after a name the table knows only without its article is another
  paper's whole name ("Standard Digital" is not "Der Standard"), while the outlet's own name
  before an edition is still the outlet ("Der Standard Digital", "Telegraph Online");
- (5) a public broadcaster's local station written on in a script without spaces ("NHK札幌",
  "NHK仙台 NEWS WEB") is the broadcaster; a commercial outlet's name so written is not read;
- (6) a theme's source box whose label and name run together ("SOURCE Nation", "FONTE Sicilia",
  "KAYNAK Sabah") credits the linked name, short or word-like, when the name links to a story
  on another site; the link's address says whose it is. Without such a link (plain text, the
  site's own page, a home page) the box reads as before, and a place's name there credits no
  one.

Each class: the publisher and the line gone from the text where it credits, and twins that
credit no one or keep their line."""

from __future__ import annotations

from typing import Any

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.extract.extractor import extract
from aggregator.extract.outletnames import outlet_like
from aggregator.models import Article
from aggregator.processing import credit, fill

BODY = [
    "The county council approved a new flood barrier for the river quay on Tuesday.",
    "Work on the barrier is due to start in May and finish before next winter.",
    "Residents of the lower town said the plan came years too late.",
]
COPY_URL = "https://www.lakeshore-digest.example/2026/03/10/flood-barrier-approved/"


def run(
    *,
    url: str = COPY_URL,
    head: str = "",
    tail: str = "",
    side_lines: tuple[str, ...] = (),
    site_name: str | None = None,
    jsonld: list[dict[str, Any]] | None = None,
) -> tuple[str, str | None]:
    lines = [*([head] if head else []), *BODY, *([tail] if tail else [])]
    cleaned, found = attribute(
        "\n".join(lines), url=url, side_lines=side_lines, site_name=site_name, jsonld=jsonld or []
    )
    return cleaned, found.original_publisher


def _body_stays(cleaned: str) -> bool:
    return all(sentence in cleaned for sentence in BODY)


# (1) "With files from" on a station's site and on a paper's
WRITER = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Colm Brady"}}


@pytest.mark.parametrize(
    ("site", "url", "line", "publisher"),
    [
        (
            "Lakeland 98.1 FM",
            "https://www.lakeland981.example/2026/03/10/flood-barrier/",
            "— With files from The Canadian Press",
            "The Canadian Press",
        ),
        (
            "Northshore Radio",
            "https://www.northshoreradio.example/news/flood-barrier/",
            "With files from Reuters.",
            "Reuters",
        ),
        (
            "Valley TV News",
            "https://www.valleytv.example/news/flood-barrier/",
            "— With a file from The Associated Press",
            "Associated Press",
        ),
    ],
)
def test_1_with_files_from_on_a_stations_site_credits_the_wire(
    site: str, url: str, line: str, publisher: str
) -> None:
    cleaned, found = run(
        url=url, tail=line, site_name=site, side_lines=("By Colm Brady",), jsonld=[WRITER]
    )
    assert found == publisher
    assert line not in cleaned
    assert _body_stays(cleaned)


@pytest.mark.parametrize(
    "line", ["— With files from The Canadian Press", "With files from Reuters."]
)
def test_1_twins_a_papers_reporter_who_added_the_wires_files_is_credited_no_one(
    line: str,
) -> None:
    cleaned, found = run(
        tail=line, site_name="Lakeshore Digest", side_lines=("By Colm Brady",), jsonld=[WRITER]
    )
    assert found is None
    assert _body_stays(cleaned)


def test_1_twin_with_files_from_a_person_on_a_stations_site_credits_no_one() -> None:
    line = "— With files from Colm Brady in Halifax"
    found = run(
        url="https://www.lakeland981.example/2026/03/10/flood-barrier/",
        tail=line,
        site_name="Lakeland 98.1 FM",
        side_lines=("By Aoife Nolan",),
    )[1]
    assert found is None


# (2) a writer's title ending in a role
@pytest.mark.parametrize(
    "side",
    [
        "By Colm Brady, Local Journalism Initiative Reporter",
        "Colm Brady, Report for America Corps Member",
        "By Colm Brady, Senior Health Reporter",
        "By Colm Brady, Climate Correspondent",
    ],
)
def test_2_a_programmes_or_desks_title_in_a_byline_credits_no_one(side: str) -> None:
    assert run(side_lines=(side,))[1] is None


@pytest.mark.parametrize(
    ("side", "publisher"),
    [
        ("By Colm Brady, Reuters Correspondent", "Reuters"),
        ("By Colm Brady, PA Crime Correspondent", "PA Media"),
        ("Colm Brady, Harbour Tribune", "Harbour Tribune"),
    ],
)
def test_2_twins_a_table_outlets_role_or_an_outlet_in_a_byline_still_credits(
    side: str, publisher: str
) -> None:
    assert run(side_lines=(side,))[1] == publisher


# (3) an outlet's word written onto a channel's number
@pytest.mark.parametrize("name", ["9News", "7NEWS", "10TV", "2GB News"])
def test_3_a_channel_number_written_onto_an_outlet_word_reads_as_an_outlet(name: str) -> None:
    assert outlet_like(name)
    cleaned, found = run(tail="— " + name)
    assert found == name
    assert "— " + name not in cleaned


@pytest.mark.parametrize("tail", ["— 3h", "— 1984", "— 24/7"])
def test_3_twins_a_number_or_an_age_alone_is_no_outlet(tail: str) -> None:
    cleaned, found = run(tail=tail)
    assert found is None
    assert tail in cleaned


# (4) an edition after a name the table knows only without its article
@pytest.mark.parametrize(
    ("line", "publisher"),
    [("Fonte: Repubblica Online", "Repubblica Online"), ("Fuente: País Digital", "País Digital")],
)
def test_4_an_article_dropped_name_before_an_edition_is_another_papers_name(
    line: str, publisher: str
) -> None:
    cleaned, found = run(tail=line)
    assert found == publisher
    assert line not in cleaned


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Fonte: la Repubblica", "La Repubblica"),
        ("Source: Telegraph Online", "The Telegraph"),
        ("Source: BBC News Online", "BBC"),
        ("Source: Mail Online", "Daily Mail"),
    ],
)
def test_4_twins_the_outlets_own_name_or_edition_is_still_the_outlet(
    line: str, publisher: str
) -> None:
    assert run(tail=line)[1] == publisher


# (5) a public broadcaster's local station written on
@pytest.mark.parametrize("line", ["出典：NHK札幌 NEWS WEB", "引用元：NHK仙台", "出典：NHK福岡"])
def test_5_a_public_broadcasters_local_station_written_on_is_the_broadcaster(line: str) -> None:
    url = "https://www.hokkaido-machi.example.jp/articles/2026031001.html"
    cleaned, found = run(url=url, tail=line)
    assert found == "NHK"
    assert line not in cleaned


def test_5_twin_a_commercial_outlets_name_written_on_is_not_read_as_it() -> None:
    url = "https://www.hokkaido-machi.example.jp/articles/2026031001.html"
    assert run(url=url, tail="出典：CNN東京")[1] != "CNN"


# (6) a theme's source box: its label run into the linked name
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour ferry fares to rise in April | Lakeshore Digest</title>
<meta property="og:site_name" content="Lakeshore Digest"></head><body>
<article><h1>Harbour ferry fares to rise in April</h1>
<div class="td-post-content">
<p>Ferry fares across the harbour will rise by ten per cent from the first of April, the
operator said on Monday, citing higher fuel and crew costs.</p>
<p>Season tickets for commuters will rise by less, and children under five will still
travel free on every crossing.</p>
<p>The operator said the new fares would pay for two new boats due to enter service next
year and for longer evening sailings.</p>
<p>Commuters' groups said the rise was the third in as many years and asked the council
to step in.</p>
</div>
<div class="td-post-source-tags"><div class="td-post-source-via">
<div class="td-post-small-box"><span>{label}</span> {name}</div></div></div>
</article></body></html>"""
PAGE_URL = "https://www.lakeshore-digest.example/2026/03/10/harbour-ferry-fares/"


def _page(label: str, name: str) -> Article:
    html = PAGE.format(label=label, name=name)
    return credit(fill(Article(url=PAGE_URL), extract(html, PAGE_URL)))


SICILIA = "https://www.giornale-isole.example/cronaca/2026/03/10/traghetti-rincari"


@pytest.mark.parametrize(
    ("label", "name", "publisher"),
    [
        # a region's name, which alone is never an outlet: the link says whose story it is
        ("FONTE", f'<a href="{SICILIA}">Sicilia</a>', "giornale-isole.example"),
        # a word the table reads as another outlet ("Nation" alone is The Nation's short name)
        (
            "SOURCE",
            '<a href="https://nation.africa/kenya/news/ferry-fares-4912">Nation</a>',
            "Nation Africa",
        ),
        (
            "VIA",
            '<a href="https://www.north-compass.example/news/ferry-123">Compass</a>',
            "Compass",
        ),
    ],
)
def test_6_a_themes_source_box_credits_its_linked_name(
    label: str, name: str, publisher: str
) -> None:
    assert _page(label, name).attribution.original_publisher == publisher


@pytest.mark.parametrize(
    ("label", "name"),
    [
        (
            "FONTE",
            "Sicilia",
        ),  # no link: a place's name, which the label alone does not make an outlet
        ("FONTE", '<a href="https://www.lakeshore-digest.example/2026/03/09/x/">Sicilia</a>'),
        ("FONTE", '<a href="https://www.giornale-isole.example/">Sicilia</a>'),  # a home page
    ],
)
def test_6_twins_a_source_box_without_a_link_to_another_sites_story_credits_no_one(
    label: str, name: str
) -> None:
    assert _page(label, name).attribution.original_publisher is None
