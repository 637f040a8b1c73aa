"""The posts of a live blog, from its JSON-LD LiveBlogPosting, when the text lacks them."""

from __future__ import annotations

from typing import Any

from aggregator.extract.jsonld import text_of, types
from aggregator.extract.words import tokens, words

#: Tokens of a post's start looked up in the text: enough to tell it is already there.
NEEDLE_TOKENS = 12


def add_live_posts(text: str, objects: tuple[dict[str, Any], ...]) -> str:
    """``text`` followed by each liveBlogUpdate (headline, body) it does not already hold.

    trafilatura keeps one block of a live blog: the summary or the first posts. The
    page's JSON-LD lists every post, in page order, and belongs to the main content.
    """
    posts = [post for obj in objects if "liveblogposting" in types(obj) for post in _updates(obj)]
    if not posts:
        return text
    have = tokens(text)
    added = [
        "\n".join(part for part in (headline, body) if part)
        for headline, body in posts
        if " ".join(words(body)[:NEEDLE_TOKENS]) not in have
    ]
    return "\n".join([text, *added]) if added else text


def _updates(obj: dict[str, Any]) -> list[tuple[str, str]]:
    value = obj.get("liveBlogUpdate")
    items = value if isinstance(value, list) else [value]
    posts = []
    for item in items:
        if isinstance(item, dict):
            body = text_of(item.get("articleBody")) or ""
            if body:
                posts.append((text_of(item.get("headline")) or "", " ".join(body.split())))
    return posts
