"""Link lists and teaser cards pruned from the tree; bios, repeated blocks, live-blog posts."""

from __future__ import annotations

import json

from lxml.html import HtmlElement, fromstring

from aggregator.extract.boilerplate import strip_boilerplate
from aggregator.extract.extractor import extract
from aggregator.extract.linklists import MARK, mark_link_lists

URL = "https://news.example.com/2024/03/harbour-council-vote"
STORY = [
    "The harbour council voted on Tuesday to rebuild the north pier before the winter storms.",
    "Councillors said the old timber had rotted through in several places and was unsafe.",
    "The work will cost about four million and is to be finished by the end of November.",
    "Fishermen who use the pier every morning welcomed the decision after years of waiting.",
    "A second vote on the south breakwater is expected at the next meeting of the council.",
]


def card(n: int) -> str:
    return (
        f'<div class="card"><h3><a href="/2024/03/other-story-{n}">Other story number {n}</a>'
        f"</h3><p>A one-line summary of other story {n}.</p></div>"
    )


def page(extra_body: str = "", after: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    return (
        "<html><head><title>Council votes to rebuild pier</title></head><body>"
        f"<article><h1>Council votes to rebuild pier</h1>{paragraphs}{extra_body}</article>"
        f"{after}</body></html>"
    )


def test_teaser_cards_after_the_story_are_pruned() -> None:
    cards = '<section class="more">' + "".join(card(n) for n in range(4)) + "</section>"
    text = extract(page(extra_body=cards), URL).text
    assert all(line in text for line in STORY)
    assert "Other story number" not in text and "one-line summary" not in text


def test_a_single_linked_heading_is_not_a_teaser_list() -> None:
    tree = fromstring(page(extra_body=card(1)))
    assert mark_link_lists(tree, URL) == 0


def test_a_paragraph_that_is_one_link_to_another_story_is_pruned() -> None:
    promo = (
        '<p><a href="https://www.news.example.com/2024/03/mayor-resigns">MAYOR RESIGNS AFTER '
        "HARBOUR FUNDING ROW</a></p>"
    )
    inline = (
        '<p>The plan was <a href="/2024/01/plan">first announced in January</a> by the mayor.</p>'
    )
    text = extract(page(extra_body=promo + inline), URL).text
    assert "MAYOR RESIGNS" not in text
    assert "The plan was first announced in January by the mayor." in text


def test_links_to_other_sites_and_anchors_are_not_promotions() -> None:
    tree = fromstring(
        '<html><body><p><a href="https://shop.example.org/item">Buy the pier model kit</a></p>'
        '<ul><li><a href="#a">Part one of this story</a></li><li><a href="#b">Part two</a></li>'
        '<li><a href="#c">Part three</a></li><li><a href="#d">Part four</a></li></ul>'
        '<div><a href="https://shop.example.org/1"><h3>Pier model kit</h3></a><p>Buy it.</p></div>'
        '<div><a href="https://shop.example.org/2"><h3>Harbour map</h3></a><p>Buy it.</p></div>'
        "</body></html>"
    )
    assert mark_link_lists(tree, URL) == 0


def test_a_list_of_nothing_but_links_is_pruned_and_a_story_list_stays() -> None:
    links = (
        "<ul>"
        + "".join(f'<li><a href="/section/{n}">Section {n} news</a></li>' for n in range(5))
        + "</ul>"
    )
    facts = (
        "<ul>"
        + "".join(
            f"<li>Fact {n} about the pier, as the <a href='/doc'>report</a> says.</li>"
            for n in range(5)
        )
        + "</ul>"
    )
    tree = fromstring(page(extra_body=facts, after=links))
    mark_link_lists(tree, URL)
    marked = [
        node.text_content()[:14]
        for node in tree.iter()
        if isinstance(node, HtmlElement) and node.get(MARK) is not None
    ]
    assert marked == ["Section 0 news"]


def test_closing_author_bio_goes_and_a_story_sentence_stays() -> None:
    text = "\n".join(
        [*STORY, "Jane Doe is a news writer who covers local politics. Follow her on X."]
    )
    assert strip_boilerplate(text) == "\n".join(STORY)
    story_end = "\n".join([*STORY, "Jane Doe is a fisherman who has used the pier for 30 years."])
    assert strip_boilerplate(story_end) == story_end


def test_a_block_printed_twice_is_kept_once_but_short_repeats_stay() -> None:
    text = "\n".join([*STORY, *STORY[:3]])
    assert strip_boilerplate(text) == "\n".join(STORY)
    table = "Winner: Raye\nBest new artist\nWinner: Raye\nBest album\nWinner: Raye"
    assert strip_boilerplate(table) == table


def test_contact_photo_credit_and_date_lines_go() -> None:
    text = "\n".join(
        [
            "sexta-feira, 22 de janeiro de 2018 às 0:13",
            STORY[0],
            "Credit: Jane Roe/Harbour Photos",
            STORY[1],
            "Have a tip? Jane Doe may be reached at jdoe@example.com.",
            "For the latest news download the Harbour Times apps for iOS and Android.",
        ]
    )
    assert strip_boilerplate(text) == "\n".join(STORY[:2])


def test_tag_lists_moderation_notes_and_dated_bylines_go() -> None:
    text = "\n".join(
        [
            "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde",
            *STORY[:2],
            "Tags",
            "pier, harbour council, north pier, winter storms",
            "ATENÇÃO: Comentários ofensivos não serão aprovados pelo moderador.",
        ]
    )
    assert strip_boilerplate(text) == "\n".join(STORY[:2])


def test_live_blog_posts_from_json_ld_are_added_once() -> None:
    posts = [
        {"@type": "BlogPosting", "headline": "Full time", "articleBody": STORY[3] + " " + STORY[4]},
        {"@type": "BlogPosting", "headline": "Kick-off", "articleBody": STORY[0]},
    ]
    blog = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "liveBlogUpdate": posts}
    script = f'<script type="application/ld+json">{json.dumps(blog)}</script>'
    html = page().replace("</head>", script + "</head>")
    html = html.replace(f"<p>{STORY[3]}</p><p>{STORY[4]}</p>", "")
    text = extract(html, URL).text
    assert text.count(STORY[0]) == 1
    assert f"Full time\n{STORY[3]} {STORY[4]}" in text
