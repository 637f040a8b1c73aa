"""Lists of links to other stories, found in the page tree before trafilatura reads it."""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from lxml.html import HtmlElement

#: The attribute that marks a node for trafilatura's ``prune_xpath``.
MARK = "data-aggregator-prune"
#: (trafilatura applies it to the page's root; ``//*`` would select the same nodes, with an
#: extra node-set of the whole tree built on the way: ~0.2 ms a page.)
PRUNE_XPATH = f"descendant-or-self::*[@{MARK}]"
#: Share of a list's text inside links above which it is a link list.
LINK_SHARE = 0.9
#: Fewer items than this make a short link list (a source box), often part of the story.
MIN_ITEMS = 4
#: Items with a link each that make a list of other stories (a teaser's source label in it).
MIN_TEASER_ITEMS = 2
#: A paragraph of one link with fewer words may be a label ("Source", "Full report").
MIN_LINK_WORDS = 4
#: A teaser card longer than this is a story section with a linked heading, not a teaser.
CARD_MAX = 600
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def mark_link_lists(tree: HtmlElement, url: str | None = None) -> int:
    """Mark teaser cards (headline links to other stories) and lists of nothing but links."""
    marked = _mark_teaser_cards(tree, url) + _mark_link_paragraphs(tree, url)
    for node in tree.iter("ul", "ol"):
        if _is_link_list(node):
            node.set(MARK, "")
            marked += 1
    return marked


def _mark_teaser_cards(tree: HtmlElement, url: str | None) -> int:
    """A card holds one headline link; two or more cards side by side are a teaser list."""
    host = _host(url)
    headings = [node for node in tree.iter(*_HEADINGS) if _links_elsewhere(node, host)]
    counts: Counter[HtmlElement] = Counter()
    for node in headings:
        counts.update(node.iterancestors())
    marked = 0
    for node in headings:
        card = node
        for parent in node.iterancestors():
            if counts[parent] > 1:
                break
            card = parent
        if card.tag not in ("body", "html") and _chars(card) <= CARD_MAX:
            card.set(MARK, "")
            marked += 1
    return marked


def _links_elsewhere(heading: HtmlElement, host: str) -> bool:
    """The heading links to another story of the site, from inside or from around it."""
    around = next((a for a in heading.iterancestors("a") if a.get("href")), None)
    links = [around] if around is not None else heading.findall(".//a[@href]")
    return any(_elsewhere(link.get("href", ""), host) for link in links)


def _mark_link_paragraphs(tree: HtmlElement, url: str | None) -> int:
    """A paragraph that is nothing but a link to another story: "READ MORE"-style promotion."""
    host = _host(url)
    marked = 0
    for node in tree.iter("p"):
        anchors = node.findall(".//a[@href]")
        if len(anchors) != 1 or not _elsewhere(anchors[0].get("href", ""), host):
            continue
        text = "".join(node.itertext()).split()
        if len(text) >= MIN_LINK_WORDS and len("".join(anchors[0].itertext()).split()) == len(text):
            node.set(MARK, "")
            marked += 1
    return marked


def _host(url: str | None) -> str:
    try:
        return urlsplit(url).netloc if url else ""
    except ValueError:
        return ""


def _elsewhere(href: str, host: str) -> bool:
    """A link to another page of this site (a story), not an anchor or an outside shop."""
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    try:
        netloc = urlsplit(href).netloc
    except ValueError:
        return False
    return not netloc or not host or netloc.removeprefix("www.") == host.removeprefix("www.")


def _is_link_list(node: HtmlElement) -> bool:
    items = [child for child in node if child.tag == "li"]
    # menus with sub-menus are navigation, which trafilatura drops itself
    if len(items) < MIN_ITEMS or node.find(".//ul") is not None or node.find(".//ol") is not None:
        return False
    text = link = 0
    for item in items:
        anchors = [a for a in item.iter("a") if not a.get("href", "#").startswith("#")]
        if not anchors:
            return False
        text += _chars(item)
        link += sum(_chars(a) for a in anchors)
    return text > 0 and link / text >= LINK_SHARE


def in_link_list_item(element: HtmlElement) -> bool:
    """Whether ``element`` sits in an item of a list of links to other stories: a "More from
    around the web" or "From our partners" list whose items each print their outlet as a
    label (``<li><a>headline</a> <span class="source">USA Today</span></li>``). The label is
    that story's source, not this one's; a list of one item may be the story's source box."""
    item = next(element.iterancestors("li"), None) if element.tag != "li" else element
    if item is None or item.getparent() is None:
        return False
    linked = [
        li
        for li in item.getparent()
        if li.tag == "li" and any(a.get("href", "#")[:1] not in ("#", "") for a in li.iter("a"))
    ]
    return len(linked) >= MIN_TEASER_ITEMS and item in linked


def _chars(node: HtmlElement) -> int:
    return sum(len(part.strip()) for part in node.itertext())
