"""Credits a page states in markup (issue 14, fifth pass): a bare outlet in an author element,
microdata's sourceOrganization, a CMS field in more languages whose label sits in its own
element, Dublin Core's publisher; and the people and the site itself the same markup names."""

from __future__ import annotations

import pytest

from aggregator.extract.extractor import extract
from aggregator.processing import process_page
from tests.blogpost import BLOG
from tests.blogpost import BODY as STORY


def _page(after: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return f"""<html><head><title>Council approves road budget</title>{head}</head><body>
<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<article><h1>Council approves road budget</h1>
<div class="entry-content">{paragraphs}{after}</div></article>
<footer>© 2026 Riverside Updates</footer></body></html>"""


@pytest.mark.parametrize(
    ("markup", "publisher"),
    [
        (
            '<div class="c-byline"><span class="c-byline__author-name">Reuters</span></div>',
            "Reuters",
        ),
        (
            '<div itemprop="sourceOrganization" itemscope '
            'itemtype="https://schema.org/NewsMediaOrganization">'
            '<span itemprop="name">Kestrel Valley News</span></div>',
            "Kestrel Valley News",
        ),
        (
            '<div class="field field--name-field-kaynak field--label-inline">'
            '<div class="field__label">Kaynak</div><div class="field__item">Vadi Gazetesi</div>'
            "</div>",
            "Vadi Gazetesi",
        ),
        # a person, a wire's name that is also a first name, the site itself
        ('<span class="author-name">Jane Doe</span>', None),
        ('<span class="author-name">Petra</span>', None),
        ('<span class="author-name">Riverside Updates</span>', None),
    ],
)
def test_credits_in_markup_beside_the_story(markup: str, publisher: str | None) -> None:
    article = process_page(_page(after=markup), BLOG)
    assert article.attribution.original_publisher == publisher
    assert article.text.endswith(STORY[-1])


@pytest.mark.parametrize(
    ("content", "publisher"),
    [
        ("Associated Press", "Associated Press"),
        ("Riverside Updates", None),
        ("Harbour Digital Media", None),
    ],
)
def test_dublin_core_publisher_names_a_table_outlet_only(
    content: str, publisher: str | None
) -> None:
    head = f'<meta name="dcterms.publisher" content="{content}">'
    assert process_page(_page(head=head), BLOG).attribution.original_publisher == publisher


@pytest.mark.parametrize("author", ["News Desk", "Por Prensa Latina", "Riverside Staff", "Petra"])
def test_a_desk_a_foreign_byline_or_a_first_name_in_an_author_element(author: str) -> None:
    """Not read as an outlet's byline ("By News Desk"): the site's desk, a byline in words
    of another language, a person's first name."""
    markup = f'<span class="author-name">{author}</span>'
    assert "By " + author not in extract(_page(after=markup), BLOG).side_lines


def test_an_author_in_a_pictures_licence_box_is_the_photos() -> None:
    markup = (
        '<div class="image-license-wrapper"><span class="licensed-file">'
        '<span class="author-name">CNN</span></span></div>'
    )
    assert process_page(_page(after=markup), BLOG).attribution.original_publisher is None


def test_the_sites_owner_in_microdata_is_no_source() -> None:
    markup = (
        '<span itemprop="copyrightHolder provider sourceOrganization" itemscope '
        'itemtype="https://schema.org/Organization"><span itemprop="name">Harbour Network '
        "Inc.</span></span>"
    )
    assert process_page(_page(after=markup), BLOG).attribution.original_publisher is None
