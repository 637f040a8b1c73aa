"""Pages are parsed with lxml's element lookup in C (aggregator/extract/htmlparser.py, issue 21):
the same elements and the same text, without a Python call for every element."""

from __future__ import annotations

import lxml.html
from trafilatura.utils import load_html

from aggregator.extract.extractor import extract

STORY = " ".join(
    f"The council met on day {n} to weigh the plan for the harbour wall and its repairs."
    for n in range(1, 9)
)


def test_the_parser_makes_plain_html_elements_in_c() -> None:
    tree = load_html(f"<html><body><form><input name=q></form><p>{STORY}</p></body></html>")
    assert tree is not None
    form = tree.find(".//form")
    # lxml.html's Python lookup would make a FormElement (and call Python for each element)
    assert type(form) is lxml.html.HtmlElement
    assert tree.findtext(".//p") == STORY


def test_a_story_inside_a_page_wide_form_is_still_extracted() -> None:
    # ASP.NET wraps whole pages in one <form>: trafilatura turns it into a <div>, whatever
    # class lxml gave the element
    html = (
        "<html><head><title>Harbour wall</title></head><body><form id='aspnetForm'>"
        f"<div class='content'><p>{STORY}</p><p>{STORY}</p></div></form></body></html>"
    )
    assert STORY in extract(html, "https://news.example/harbour-wall").text
