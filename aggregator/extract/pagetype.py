"""Pages that are not articles: bot walls, paywall teasers, index and video pages."""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from aggregator.errors import BotWall, NotAnArticle
from aggregator.extract.firsts import body_of, title_text
from aggregator.extract.jsonld import ARTICLE_TYPES, types
from aggregator.extract.linkshare import link_text_share

_FLAGS = re.IGNORECASE | re.UNICODE

#: Titles of challenge and block pages served with a 2xx status.
_WALL_TITLE = re.compile(
    r"just a moment|attention required|access denied|access to this page has been denied"
    r"|are you a (?:robot|human)|verify(?:ing)? you are (?:a )?human|security check|captcha"
    r"|checking your browser|pardon our interruption|request unsuccessful|bot verification"
    r"|ddos protection|one more step|please wait while we verify|forbidden",
    _FLAGS,
)
#: Markup of challenge pages (Cloudflare, Incapsula, PerimeterX, DataDome, Akamai).
_WALL_MARKUP = re.compile(
    r"cf-browser-verification|cf_chl_opt|challenge-platform|_incapsula_resource"
    r"|px-captcha|captcha-delivery\.com|geo\.captcha|errors\.edgesuite\.net|g-recaptcha"
    r"|h-captcha|cf-turnstile",
    _FLAGS,
)
#: What a paywall says where the story stops.
_PAYWALL_PROMPT = re.compile(
    r"subscribe (?:now )?to (?:continue|keep) reading|to continue reading|already a subscriber"
    r"|this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) "
    r"(?:subscribers|members)"
    r"|subscribers only|exclusive to subscribers|unlock (?:this|the full) (?:article|story)"
    r"|create a free account to (?:continue|read)|you have reached your (?:free )?article limit",
    _FLAGS,
)
_NON_ARTICLE_TYPES = frozenset(
    {
        "collectionpage",
        "searchresultspage",
        "videoobject",
        "profilepage",
        "aboutpage",
        "contactpage",
    }
)
#: Below this many characters a wall page's own text is the whole page.
WALL_MAX_CHARS = 2000
#: A collection or search page with less text than this is an index, not an article.
LISTING_MAX_CHARS = 600
#: Text more than this share of which is link text is a list of links, at any length:
#: real articles of the tune half reach 0.24 (a Wikipedia page 0.15).
LINKED_MAX_SHARE = 0.5
#: A page marked paid whose text is shorter than this is a teaser.
TEASER_MAX_CHARS = 1500


def check_bot_wall(tree: HtmlElement, html: str) -> None:
    """Raise BotWall when the page is a challenge or an access-denied page."""
    title = (title_text(tree) or "").strip()
    if _text_longer_than(tree.xpath("string(//body)"), WALL_MAX_CHARS):
        return
    if _WALL_TITLE.search(title[:120]) or _WALL_MARKUP.search(html):
        raise BotWall(f"challenge or access-denied page: {title[:80]!r}")


def paywall_teaser(text: str, article: dict[str, Any] | None, meta: dict[str, str]) -> str | None:
    """The text of a paid article's teaser without the paywall's prompt, when only a teaser
    is left; else None. A teaser is published with ``access: "paywall"`` (issue 15): its
    first paragraphs are the article as far as a reader without an account sees it."""
    if len(text) >= TEASER_MAX_CHARS:
        return None
    free = article.get("isAccessibleForFree") if article else None
    free = free if free is not None else meta.get("isaccessibleforfree")
    paid = str(free).strip().lower() in {"false", "0", "no"}
    prompted = bool(_PAYWALL_PROMPT.search(text[-600:]))
    if not (paid or prompted):
        return None
    lines = text.split("\n")
    while lines and len(lines[-1]) < _PROMPT_MAX_CHARS and _PAYWALL_PROMPT.search(lines[-1]):
        lines.pop()
    return "\n".join(lines).strip()


def _text_longer_than(text: str, limit: int) -> bool:
    """Whether ``text``, its whitespace collapsed, is longer than ``limit`` characters.

    A prefix settles it on most pages (collapsing never makes a prefix longer than the
    whole): collapsing the text of a whole page cost ~0.2 ms a page (issue 21).
    """
    if len(" ".join(text[: 4 * limit].split())) > limit:
        return True
    return len(text) > 4 * limit and len(" ".join(text.split())) > limit


#: A line this short that asks the reader to subscribe is the paywall's, not the story's.
_PROMPT_MAX_CHARS = 200


def check_not_article(
    text: str,
    tree: HtmlElement,
    objects: tuple[dict[str, Any], ...],
    meta: dict[str, str],
    min_chars: int,
) -> None:
    """Raise NotAnArticle for index, tag and video pages without (enough) article text."""
    kinds = set().union(*(types(obj) for obj in objects)) if objects else set()
    og_type = meta.get("og:type", "").lower()
    listed = bool(kinds & _NON_ARTICLE_TYPES) and not kinds & (ARTICLE_TYPES - {"webpage"})
    video = og_type.startswith("video") or "videoobject" in kinds
    if (video and len(text) < min_chars) or (listed and len(text) < LISTING_MAX_CHARS):
        raise NotAnArticle(f"{og_type or 'listing'} page with {len(text)} characters of text")
    if len(text) < min_chars and (og_type in {"website", "profile"} or _link_density(tree) > 0.5):
        raise NotAnArticle(f"index page with {len(text)} characters of text")
    share = link_text_share(text, tree)
    if share > LINKED_MAX_SHARE:
        raise NotAnArticle(f"list of links: {share:.0%} of {len(text)} characters are link text")


def _link_density(tree: HtmlElement) -> float:
    """Share of the body's text that sits inside links: high on index pages."""
    body = body_of(tree)
    if body is None:
        return 0.0
    total = len("".join(body.itertext()).split())
    linked = sum(len("".join(a.itertext()).split()) for a in body.iter("a"))
    return linked / total if total else 0.0
