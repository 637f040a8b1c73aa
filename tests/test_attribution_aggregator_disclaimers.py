"""Pass 61 (issue 14): a news aggregator's page of a story it did not write says so in a
disclaimer ("This story is auto-aggregated by a computer program and has not been created or
edited by <app>"); the publisher's chip over the headline then names who wrote it."""

from __future__ import annotations

import pytest

from aggregator.processing import process_page

URL = "https://newsfold.example/story/ap/kerala-monsoon-n4417"

PARAGRAPHS = (
    "The monsoon reached the Kerala coast two days ahead of schedule on Saturday, the "
    "weather office said, bringing heavy rain to six districts.",
    "Fishermen were told not to venture into the sea until Tuesday as winds of up to 50 km "
    "an hour were expected along the coast.",
    "Schools in the low-lying parts of Alappuzha will stay closed on Monday, the district "
    "collector said in a statement, and relief camps have been opened in two villages.",
    "The state's reservoirs were at a third of their capacity before the rains, and the "
    "irrigation department expects them to fill steadily over the next fortnight.",
)


def page(chip: str, disclaimer: str | None, own: str = "NewsFold") -> str:
    note = f'<div class="nf-note"><p>{disclaimer}</p></div>' if disclaimer else ""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Monsoon reaches Kerala two days early | {own}</title>
<meta property="og:site_name" content="{own}"></head><body>
<header><a class="nf-logo" href="/">{own}</a><nav><a href="/">Home</a> <a href="/india">India</a>
<a href="/world">World</a></nav></header>
<main><article class="nf-card">
<div class="nf-pub"><img class="nf-pub-logo" alt="" src="/logos/71.png">
<span class="nf-pub-name">{chip}</span> <button>Follow</button></div>
<div class="nf-time"><time datetime="2027-06-05T09:10:00Z">05.06.2027 09:10</time></div>
<h1>Monsoon reaches Kerala two days early</h1>
<div class="nf-body">{body}</div>{note}
</article></main><footer><p>© 2027 {own}</p></footer></body></html>"""


DISCLAIMER = (
    "Disclaimer: This story is auto-aggregated by a computer program and has not been "
    "created or edited by NewsFold."
)


@pytest.mark.parametrize(
    ("chip", "publisher"),
    [
        ("Kerala Kaumudi", "Kerala Kaumudi"),  # a name the table lacks, as written
        ("The Hindu", "The Hindu"),  # a table outlet
        ("मातृभूमि समाचार", "मातृभूमि समाचार"),  # a name in a script without case
    ],
)
def test_the_chip_names_the_publisher_of_a_disclaimed_story(chip: str, publisher: str) -> None:
    article = process_page(page(chip, DISCLAIMER), URL)
    assert article.attribution is not None
    assert article.attribution.original_publisher == publisher
    assert article.attribution.credit_lines == (chip,)
    assert PARAGRAPHS[0] in article.text


@pytest.mark.parametrize(
    "disclaimer",
    [
        None,  # the app's own story: a chip alone credits no one
        # the note must disclaim the story's authorship
        "Disclaimer: The views expressed are the author's own.",
        # a story sentence about such notes is no disclaimer of this page
        "Critics said the app's notes, which say stories are auto-aggregated by a computer "
        "program, hide how its editors pick what readers see, and that its ranking of stories "
        "has been questioned by publishers for years; the company has said its algorithms are "
        "neutral and that it pays publishers under revenue-sharing agreements it does not "
        "disclose, according to people familiar with the arrangements, who asked not to be "
        "named.",
    ],
)
def test_no_disclaimer_no_credit(disclaimer: str | None) -> None:
    article = process_page(page("Kerala Kaumudi", disclaimer), URL)
    assert article.attribution is not None
    assert article.attribution.original_publisher is None


def test_the_apps_own_name_in_the_chip_credits_no_one() -> None:
    article = process_page(page("NewsFold", DISCLAIMER), URL)
    assert article.attribution is not None
    assert article.attribution.original_publisher is None
