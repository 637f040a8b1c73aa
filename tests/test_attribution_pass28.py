# ruff: noqa: RUF001  (dashes and letters of other scripts are meant)
"""The twenty-eighth pass (issue 14, the seventeenth blind set's tune half), class by class,
in agencies, outlets and languages the set's tune misses did not use:

- (1) a national agency's filing slug closing its copy: its tag, then desk and editors'
  initials, a desk's word, a filing time or a year joined by slashes, in Latin and other
  scripts ("GNA/ak/ms/2026", "BSS/GMR/RY/1430", "বাসস/স্টাফ/১১৫৫/এমএস"), or its author and
  editor in brackets ("AGERPRES/(A - author: …, editor: …)"); names joined by slashes, a
  desk's initials without the tag and a list of places credit no one;
- (2) a writer's byline naming whom they file for by a tag in capitals ("By Kofi Mensah |
  GBC") or an agency's reporter signing with its tag in brackets ("Jan Novák (ČTK)"); a
  post-nominal, an office or a country there is no outlet;
- (3) a Ukrainian or Russian dateline naming an agency with its national or regional service
  after a hyphen ("ІНТЕРФАКС-УКРАЇНА", "ИНТЕРФАКС-УРАЛ"); another word in capitals there
  names no one;
- (4) a desk's byline under one word of the site's own name ("Express News Service" on The
  New Indian Express, "Times News Service" on the Times of Malta) is the site's own; the
  same site's "Source: The Times" still credits The Times."""

from __future__ import annotations

import pytest

from aggregator.attribution.attribute import attribute
from aggregator.extract.extractor import extract
from tests.blogpost import BODY, body_stays
from tests.blogpost import MEMBER_SITE as SITE


def _tail(line: str) -> tuple[str, str | None]:
    text, found = attribute("\n".join([*BODY, line]), url=SITE)
    return text, found.original_publisher


def _beside(line: str, url: str = SITE, site_name: str | None = None) -> str | None:
    _, found = attribute("\n".join(BODY), url=url, site_name=site_name, side_lines=[line])
    return found.original_publisher


# (1) filing slugs
SLUGS = [
    ("GNA/ak/ms/2026", "GNA"),
    ("BSS/GMR/RY/1430", "Bangladesh Sangbad Sangstha"),
    ("বাসস/স্টাফ/১১৫৫/এমএস", "Bangladesh Sangbad Sangstha"),
    ("AGERPRES/(A - author: Ana Pop, editor: Ion Luca)", "Agerpres"),
]


@pytest.mark.parametrize(("line", "wire"), SLUGS)
def test_a_filing_slug_credits_its_agency_and_leaves(line: str, wire: str) -> None:
    text, publisher = _tail(line)
    assert publisher == wire
    assert line not in text
    assert body_stays(text)


def test_a_filing_slug_run_into_the_last_sentence_credits_and_leaves() -> None:
    text, publisher = _tail(BODY[-1] + " GNA/ak/ms/2026")
    assert publisher == "GNA"
    assert "GNA/ak/ms/2026" not in text
    assert text.endswith("published by the council.")


def test_a_slug_after_the_wires_dateline_leaves_with_it() -> None:
    head = "ঢাকা, ১২ মার্চ, ২০২৬ (বাসস) : " + BODY[0]
    text, found = attribute("\n".join([head, *BODY[1:], "বাসস/স্টাফ/১১৫৫/এমএস"]), url=SITE)
    assert found.original_publisher == "Bangladesh Sangbad Sangstha"
    assert "১১৫৫" not in text


SLUG_TWINS = [
    "TCP/IP/UDP",  # names joined by slashes, no initials
    "ESA/NASA/CSA",  # a picture's agencies
    "COVID/flu/2026",  # one lower-case word is no desk's initials
    "ak/ms/2026",  # the desk's initials without the tag name no one
    "ঢাকা/চট্টগ্রাম/খুলনা",  # places joined, no filing time
]


@pytest.mark.parametrize("line", SLUG_TWINS)
def test_a_slashed_line_without_an_agencys_slug_credits_no_one(line: str) -> None:
    text, publisher = _tail(line)
    assert publisher is None
    assert line in text


# (2) a writer's byline with a tag
def test_a_writers_byline_with_a_broadcasters_tag_credits_it() -> None:
    assert _beside("By Kofi Mensah | GBC") == "GBC"
    assert _beside("By Jane Wanjiru – KBC") == "KBC"


@pytest.mark.parametrize(
    "line", ["By Kofi Mensah, CEO", "By Jane Doe | USA", "By Ama Owusu | FRCP", "Jan Novák (ČTK)"]
)
def test_a_title_a_country_or_a_bare_bracket_beside_the_text_credits_no_one(line: str) -> None:
    # "Jan Novák (ČTK)" beside the text without the theme's "By" may be a photograph's credit
    assert _beside(line) is None


def test_an_agency_reporters_signature_credits_the_agency_and_leaves_whole() -> None:
    text, publisher = _tail("Jan Novák (ČTK)")
    assert publisher == "ČTK"
    assert "Jan Novák" not in text


def test_a_persons_office_in_brackets_credits_no_one() -> None:
    text, publisher = _tail("John Roe (MP)")
    assert publisher is None
    assert "John Roe (MP)" in text


_PAGE = """<html lang="cs"><head><title>Silnice</title></head><body><article>
<h1>Most se zavírá</h1><div class="article-body">
<p>Most přes řeku bude od pondělí uzavřen kvůli opravě, oznámilo ve středu město.</p>
<p>Objížďka povede přes sousední obec a potrvá nejméně tři měsíce, řekl starosta.</p>
<p>Řidiči nákladních aut musí použít dálnici, dodal mluvčí kraje na tiskové konferenci.</p>
<p class="story-author">{}</p></div></article></body></html>"""


def test_an_author_element_with_a_reporter_and_a_tag_reaches_attribution() -> None:
    extracted = extract(_PAGE.format("Jan Novák (ČTK)"), "https://www.most-news.cz/a/1")
    assert "By Jan Novák (ČTK)" in extracted.side_lines
    extracted = extract(_PAGE.format("Jan Novák"), "https://www.most-news.cz/a/1")
    assert not any("Novák" in line and "(" in line for line in extracted.side_lines)


# (3) an agency's dateline with its national or regional service
@pytest.mark.parametrize(
    "head",
    [
        "Харків. 5 квітня. ІНТЕРФАКС-УКРАЇНА – ",
        "Екатеринбург. 5 апреля. ИНТЕРФАКС-УРАЛ – ",
    ],
)
def test_an_agencys_service_dateline_credits_the_agency(head: str) -> None:
    text, found = attribute("\n".join([head + BODY[0], *BODY[1:]]), url=SITE)
    assert found.original_publisher == "Interfax"
    assert text.startswith(BODY[0])


def test_another_word_in_capitals_in_a_dateline_names_no_one() -> None:
    head = "Харків. 5 квітня. ОБЛРАДА – "
    text, found = attribute("\n".join([head + BODY[0], *BODY[1:]]), url=SITE)
    assert found.original_publisher is None
    assert text.startswith(head.strip())


# (4) a desk's byline under one word of the site's own name
@pytest.mark.parametrize(
    ("line", "url", "site_name"),
    [
        (
            "Express News Service",
            "https://www.newindianexpress.com/cities/1",
            "The New Indian Express",
        ),
        ("By Times News Service", "https://timesofmalta.com/articles/view/1", "Times of Malta"),
    ],
)
def test_a_desk_under_the_sites_short_name_is_its_own(line: str, url: str, site_name: str) -> None:
    assert _beside(line, url, site_name) is None


def test_another_outlets_credit_on_that_site_still_counts() -> None:
    url, site_name = "https://timesofmalta.com/articles/view/1", "Times of Malta"
    assert _beside("Source: The Times", url, site_name) == "The Times"
