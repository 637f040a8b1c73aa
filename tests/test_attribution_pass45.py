# ruff: noqa: RUF001  (the lines are written in their own scripts and punctuation)
"""Attribution pass 45: the thirty-first and thirty-second blind sets' tune-half classes (new
templates: reader apps, newsletters, forums, Bitrix, chains' platforms), each on examples the
cases do not hold (other outlets, other sites, other languages), each beside a look-alike that
keeps the old answer or credits no one: a site's copyright line in Latin letters spelled by its
domain, the site's own name run into a chain desk's byline, the Armenian source label, a reader
app's publisher label vouched for by its read-on button, a newsletter's "originally sent to
subscribers of" line, and a pasted wire story's copyright line that extraction dropped."""

from __future__ import annotations

import pytest

from aggregator.extract.extractor import extract
from aggregator.models import Article
from aggregator.processing import credit, fill
from tests.harbour_story import SITE, URL, attributed


def run(
    tail: list[str] | None = None,
    *,
    side: list[str] | None = None,
    url: str = URL,
    site: str | None = SITE,
) -> tuple[str, str | None]:
    cleaned, found = attributed(tail, side_lines=side or (), url=url, site=site)
    return cleaned, found.original_publisher


_PARAGRAPHS = (
    "The harbour board voted on Tuesday to dredge the eastern channel before the autumn storms "
    "reach the coast, its chair told a packed meeting at the town hall on the quay.",
    "Work is due to start in August and should take about six weeks, and boats will be moved "
    "to the western moorings while the dredger works, the harbour master said.",
    "Fishermen said the silt had made the channel too shallow for the larger trawlers at low "
    "tide since the spring, and that two boats had run aground in the past month alone.",
    "The board will pay for the work from its reserves and a loan from the county council, "
    "which agreed last week to lend it the money over ten years at a low rate.",
)


def page(
    url: str,
    *,
    header: str = "",
    body_end: str = "",
    footer: str = "",
    site_name: str = "Harbour Reader",
    paragraphs: tuple[str, ...] = _PARAGRAPHS,
    body: str | None = None,
    site_footer: str = "Privacy",
) -> tuple[str, str | None]:
    """A page of the story with ``header`` over its headline, ``body_end`` closing its body
    and ``footer`` under it, extracted and attributed: the text and the publisher."""
    story = body if body is not None else "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Harbour board votes to dredge eastern channel | {site_name}</title>"
        f"<meta property='og:site_name' content='{site_name}'></head><body>"
        f"<nav><a href='/'>{site_name}</a></nav><main class='story'>"
        f"<header class='story-header'>{header}<h1>Harbour board votes to dredge eastern "
        "channel</h1></header>"
        f"<section class='story-body'>{story}{body_end}</section>"
        f"<footer class='story-footer'>{footer}</footer></main>"
        f"<footer class='site-footer'><p>{site_footer}</p></footer></body></html>"
    )
    done = credit(fill(Article(url=url), extract(html, url)))
    return done.text, done.attribution.original_publisher


# --- a site's copyright line in Latin letters, its name spelled by the domain ---------------


@pytest.mark.parametrize(
    ("line", "site", "url"),
    [
        # a Tamil reader app: its name in Tamil, its company's in Latin letters
        ("© 2027 Malai Murasu Digital", "மலை முரசு", "https://malaimurasuapp.in/story/39d58e/"),
        # a Hindi site, "app" after the name in its domain, the company's form cut
        (
            "© 2027 Pahadi Samachar Media Pvt Ltd",
            "पहाड़ी समाचार",
            "https://www.pahadisamacharapp.in/story/x/",
        ),
        # an Arabic channel's site: "tv" after the name
        ("© 2027 Sawt Al Janoub", "صوت الجنوب", "https://sawtaljanoubtv.com/news/x/"),
        # an English site without a site name: "news" after the name
        ("© 2027 Harbour Ledger", None, "https://www.harbourledgernews.example/story/x/"),
    ],
)
def test_a_copyright_line_the_domain_spells_with_a_site_word_is_the_sites(
    line: str, site: str | None, url: str
) -> None:
    assert run(side=[line], site=site, url=url)[1] is None


@pytest.mark.parametrize(
    ("line", "url", "credited"),
    [
        # another word after the name in the domain: no site word, another outlet
        (
            "Source: Harbour Ledger",
            "https://www.harbourledgerexpress.example/story/x/",
            "Harbour Ledger",
        ),
        # a domain that spells nothing of the name
        ("© 2027 Harbour Ledger", "https://www.tidewaterpost.example/story/x/", "Harbour Ledger"),
    ],
)
def test_a_name_the_domain_does_not_spell_with_a_site_word_still_credits(
    line: str, url: str, credited: str
) -> None:
    assert run(side=[line], url=url)[1] == credited


# --- the site's own name run into a chain desk's byline --------------------------------------


@pytest.mark.parametrize(
    ("line", "site", "credited"),
    [
        (
            "Ellie Dawson, Country Press Network Downs Leader",
            "Downs Leader",
            "Country Press Network",
        ),
        ("By Tom Hale, Harbour Press Network Tidewater Post", SITE, "Harbour Press Network"),
        ("Jane Doe, Coastal Media Group Tidewater Post", SITE, "Coastal Media Group"),
    ],
)
def test_the_sites_own_name_after_a_desk_in_a_byline_is_no_part_of_it(
    line: str, site: str, credited: str
) -> None:
    assert run(side=[line], site=site)[1] == credited


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("By Tom Hale, Tidewater Post", None),  # the site's own byline
        ("Jane Doe, Harbour Ledger", "Harbour Ledger"),  # another outlet, no site name after it
    ],
)
def test_a_byline_without_the_sites_name_after_it_reads_as_before(
    line: str, credited: str | None
) -> None:
    assert run(side=[line])[1] == credited


# --- the Armenian source label ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Աղբյուր՝ Արմենպրես", "Armenpress"),  # the language's own mark after the label
        ("Աղբյուր: Արմենպրես", "Armenpress"),
        ("ԱՂԲՅՈՒՐ՝ ԱՐՄԵՆՊՐԵՍ", "Armenpress"),
        ("Աղբյուր՝ Reuters", "Reuters"),
        ("Աղբյուր՝ news.am", "news.am"),
    ],
)
def test_the_armenian_source_label_credits_the_name_and_leaves(line: str, credited: str) -> None:
    cleaned, found = run([line])
    assert found == credited
    assert line not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "Աղբյուր՝ ՀՀ առողջապահության նախարարություն",  # a ministry's figures
        "Աղբյուր՝ Երևանի քաղաքապետարան",  # the city hall's
    ],
)
def test_the_armenian_label_before_an_authority_credits_no_one(line: str) -> None:
    cleaned, found = run([line])
    assert found is None
    assert line in cleaned


# --- a reader app's publisher label, vouched for by its read-on button -----------------------

_LABEL = "<div class='story-publisher'><span class='publisher-name'>{}</span></div>"
_BUTTON = "<a class='read-original' href='{}'>{}</a>"


@pytest.mark.parametrize(
    ("name", "href", "words", "credited"),
    [
        ("NPR", "https://www.npr.org/", "Read the full story", "NPR"),
        ("USA TODAY", "https://www.usatoday.com/", "Continue reading at usatoday.com", "USA Today"),
        ("Clarín", "https://www.clarin.com/", "Leer la nota completa en clarin.com", "Clarín"),
        ("Kloop", "https://kloop.kg/", "Read more", "Kloop"),
    ],
)
def test_a_reader_apps_publisher_label_with_its_button_credits_the_publisher(
    name: str, href: str, words: str, credited: str
) -> None:
    url = "https://harbourreader.example/story/4b1e2/"
    text, found = page(url, header=_LABEL.format(name), footer=_BUTTON.format(href, words))
    assert found == credited
    assert _PARAGRAPHS[0] in text


@pytest.mark.parametrize(
    ("header", "footer"),
    [
        # a label and no button to the outlet's site: a portal's own label
        (_LABEL.format("NPR"), ""),
        # a button to a site the label does not spell
        (_LABEL.format("NPR"), _BUTTON.format("https://www.example-shop.example/", "Read more")),
        # a link to the outlet that is no read-on button (its logo, its home page)
        (_LABEL.format("NPR"), "<a href='https://www.npr.org/'>NPR</a>"),
        # the site's own label and a button to its own site
        (
            _LABEL.format("Harbour Reader"),
            _BUTTON.format("https://harbourreader.example/more/", "Read more"),
        ),
        # an outlet's label on a teaser in a list of other stories
        (
            "<ul><li><span class='publisher-name'>NPR</span> Another story</li></ul>",
            _BUTTON.format("https://www.npr.org/", "Read the full story"),
        ),
    ],
)
def test_a_publisher_label_without_its_button_credits_no_one(header: str, footer: str) -> None:
    url = "https://harbourreader.example/story/4b1e2/"
    assert page(url, header=header, footer=footer)[1] is None


# --- a newsletter's "originally sent to subscribers of" --------------------------------------


@pytest.mark.parametrize(
    ("tail", "credited"),
    [
        (
            [
                "Originally sent to subscribers of EastMojo's Northeast Weekly. "
                "Republished with permission.",
                "— Rinzing",
            ],
            "EastMojo",
        ),
        (
            ["This post was first sent to readers of Harbour Ledger's Coast Notes."],
            "Harbour Ledger",
        ),
        (["Originally sent to subscribers of Harbour Ledger."], "Harbour Ledger"),
    ],
)
def test_a_newsletters_originally_sent_line_credits_the_outlet(
    tail: list[str], credited: str
) -> None:
    cleaned, found = run(tail)
    assert found == credited
    assert tail[0] not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        "The letter was originally sent to members of the Harbour Rowing Club in March.",
        "The petition was first sent to readers of the parish magazine in 2019.",
        "This newsletter is sent to subscribers of the Tidewater Post every Friday.",
    ],
)
def test_a_sentence_about_something_sent_to_readers_stays(line: str) -> None:
    cleaned, found = run([line])
    assert found is None
    assert line in cleaned


# --- a pasted wire story's copyright line that extraction dropped ----------------------------


def _post(closing: str) -> str:
    """A forum post: the pasted story in one block, lines broken with <br>."""
    return "<div class='bbWrapper'>" + "<br><br>".join((*_PARAGRAPHS, closing)) + "</div>"


@pytest.mark.parametrize(
    ("closing", "credited"),
    [
        ("© Agence France-Presse", "AFP"),
        ("Copyright 2027 The Associated Press. All rights reserved.", "Associated Press"),
        ("© Thomson Reuters 2027", "Reuters"),
    ],
)
def test_a_wires_copyright_line_closing_a_pasted_story_credits_the_wire(
    closing: str, credited: str
) -> None:
    url = "https://www.harbourforum.example/threads/dredging.1299/"
    text, found = page(url, body=_post(closing), site_name="Harbour Forum")
    assert found == credited
    assert closing not in text


def test_the_sites_own_copyright_line_closing_its_story_credits_no_one() -> None:
    url = "https://www.harbourforum.example/threads/dredging.1299/"
    assert page(url, body=_post("© 2027 Harbour Forum"), site_name="Harbour Forum")[1] is None


def test_an_owners_copyright_line_under_the_sites_own_byline_credits_no_one() -> None:
    # "by Bob Yirka , Phys.org" over "© 2019 Science X Network": the site signs the story,
    # the notice is its owner's
    url = "https://www.tidewaterpost.example/news/dredging.html"
    byline = "<p class='byline'>by Jane Doe , Tidewater Post</p>"
    body = _post("© 2027 Coastline Science Network")
    assert page(url, header=byline, body=body, site_name="")[1] is None


def test_a_closing_notice_of_the_holder_the_site_footer_names_credits_no_one() -> None:
    # a station's own story closing with its owner's notice, which the page footer repeats
    url = "https://www.katc.example/news/dredging/"
    closing = "Copyright 2027 Coastline Media, Inc. All rights reserved."
    body = _post(closing)
    found = page(url, body=body, site_name="KTDW", site_footer="© 2027 Coastline Media, Inc.")[1]
    assert found is None
