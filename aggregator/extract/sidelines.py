"""Short lines just before and after the article's text that extraction left out: credit
lines and copyright trailers often sit there ("© Thomson Reuters 2020", "Provided by …")."""

# ruff: noqa: RUF001  (dashes and full-width colons of notices and labels are meant)

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml.html import HtmlElement

#: A side line is short; longer blocks are teasers or other stories.
MAX_SIDE_CHARS = 300
#: How many elements next to the first and last paragraph, at each level, are looked at.
SIBLINGS = 4
#: How many levels up from the paragraph: its block, and the block around that.
LEVELS = 3
# Figures and tables carry their own captions and data sources, never the story's credit.
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "form", "nav", "button", "figure"}
    | {"figcaption", "table", "caption", "picture", "aside"}
)
_PREFIX_CHARS = 40
#: How many of the text's first lines are tried for its first paragraph.
_HEAD_LINES = 3
#: A shorter line is no paragraph to find the story by ("Story by").
_MIN_PREFIX_CHARS = 20
#: Elements that start a line of their own: their texts never run together ("SOURCE Daily
#: Maverick" and "TAGS News" in one footer are two lines, not "Daily MaverickTAGSNews").
#: Not <div>: themes style many as inline ("<div class=td-author-by>By</div> <a>…</a>").
_BLOCKS = frozenset(
    {"p", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "table"}
)
#: Readers' comments beside a story are theirs, never its credit ("Courtesy of the unions");
#: a box of share buttons holds only the networks' names, and written inline after a source
#: field it would run into it ("Sources: Associated Press Share Facebook X WhatsApp").
_COMMENTS = re.compile(
    r"comment|respond|reply|replies|discussion|disqus|"
    r"(?:^|[\s_-])(?:share|sharing)(?:-?(?:buttons?|bar|box|links?|tools))?(?:$|\s)|"
    r"sharedaddy|addtoany|a2a_kit",
    re.IGNORECASE,
)


def side_lines(tree: HtmlElement, text: str, notices: Sequence[str] = ()) -> tuple[str, ...]:
    """Short texts next to the first and last paragraph of ``text`` and not in it, and the
    ``notices`` extraction dropped after its last line (``boilerplate.closing_notices``)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return ()
    found: dict[str, None] = {}
    flat = " ".join(text.split())
    # "Story by" ending the text is too short to find: the paragraph before it is the last.
    short = len(lines) > 1 and len(" ".join(lines[-1].split())) < _MIN_PREFIX_CHARS
    # A print view's address line ("Printed from https://…") ends the text after the box of
    # notes under the story: the paragraph before it is the last.
    short = short or (len(lines) > 1 and _PRINTED_FROM.match(lines[-1]) is not None)
    last = _paragraph(tree, lines[-2] if short else lines[-1], first=False)
    if (label := _label_over_logo(tree, lines[-1])) is not None:
        found[label] = None  # "Republished with permission from" over the outlet's logo
    if last is not None:
        _collect(found, _around(last, "following-sibling"), flat)
        # A box set in the story's body ("<aside><p>Sumber: ANTARA</p></aside>" between its
        # paragraphs) that extraction left out: beside the text as much as a trailer is.
        body = last.getparent()
        if body is not None:
            _collect(found, [part for box in body.iterchildren("aside") for part in box], flat)
            # "<div class=is-style-box>This article first appeared on News24.</div>": a
            # theme's box between the paragraphs, its words its own
            _collect(found, list(body.iterchildren("div", "section")), flat)
        # A partner's box right after the story's body ("<aside class=republish>" with its
        # logo and "This article was reprinted from …"), where a sidebar would not stand.
        _collect(found, [part for box in _next_asides(last) for part in box], flat)
    # A kind's label and the headline over the story ("In the news" / its title, kept in the
    # text by the lead's rescue) are no paragraph to find it by: the first that is.
    heads = (_paragraph(tree, line, first=True) for line in lines[:_HEAD_LINES])
    first = next((hit for hit in heads if hit is not None), None)
    if first is None:
        # A story written as lines between <br>s in one block (Korean and Chinese portals, old
        # static sites) has no <p>: its first line opens a text of the block holding it.
        # (the first line long enough only: each try reads the text of every block on the page)
        prefix = next(filter(None, map(_prefix, lines[:_HEAD_LINES])), None)
        first = _block_opened_by(tree, prefix) if prefix else None
    if first is not None:
        _collect(found, _around(first, "preceding-sibling"), flat)
    # a pasted wire story's "© Agence France-Presse" closing a forum post's block; the site's
    # own footer notice goes as any other (_drop_site_notices)
    found.update(dict.fromkeys(notices))
    if found:
        _drop_site_notices(tree, found)
    return tuple(found)


#: The page's own footer, outside the story: "© 2026 Teche Broadcasting Group" there is the
#: site's (or its owner's) notice on every page, never a story's credit.
_SITE_FOOTERS = (
    "//footer[not(ancestor::article)] | //*[@role='contentinfo'][not(ancestor::article)]"
)
#: A copyright notice's holder: "© 2026 Scripps Media, Inc.", "Copyright 2026 X. All …".
_NOTICE = re.compile(
    r"^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<holder>[^\W\d_][^.,;|]{1,60})",
    re.IGNORECASE,
)


def _holder(line: str) -> str:
    match = _NOTICE.match(line.strip())
    return " ".join(match.group("holder").casefold().split()) if match else ""


def _drop_site_notices(tree: HtmlElement, found: dict[str, None]) -> None:
    """Without the page footer's copyright notice, and a notice beside the story naming the
    same holder ("Copyright 2026 Scripps Media, Inc. All rights reserved. This material may
    not be …" under a station's own story, its footer's "© 2026 Scripps Media, Inc."): the
    site's owner signs every page so."""
    notices = [line for line in found if _holder(line)]
    if not notices:
        return
    own: set[str] = set()
    for footer in tree.xpath(_SITE_FOOTERS):
        for line in block_lines(footer):
            if holder := _holder(line):
                own.add(holder)
    for line in notices:
        if _holder(line) in own:
            del found[line]


#: A print view's last line: the page's address, with its label or alone.
_PRINTED_FROM = re.compile(
    r"^(?:(?:printed|print(?:ed)?\s+version)\s+from|gedruckt\s+von|imprimé\s+depuis|"
    r"impreso\s+desde|stampato\s+da|source\s+url|url)?\s*:?\s*https?://\S+$",
    re.IGNORECASE,
)


#: How many elements after a label's paragraph are looked at for the logo it introduces.
_LOGO_AFTER = 6


def _label_over_logo(tree: HtmlElement, line: str) -> str | None:
    """ "Republished with permission from RNZ Pacific": the text's last line is a credit's
    label alone and a logo right after its paragraph (an image's alt or title, an SVG's
    title) names the outlet, as site builders lay a partner's credit out."""
    label = " ".join(line.split())
    if len(label) > _PREFIX_CHARS or not _LOGO_LABEL.match(label):
        return None
    hits = tree.xpath("//p[normalize-space(.) = $label]", label=label)
    if not hits or not isinstance(hits[-1], HtmlElement):
        return None
    after = hits[-1].xpath(f"following::*[position() <= {_LOGO_AFTER}][self::img or self::svg]")
    for node in after:
        if isinstance(node, HtmlElement) and (name := _named_logo(node)):
            return f"{label} {name}"
    return None


def _named_logo(node: HtmlElement) -> str:
    if node.tag == "img":
        name = node.get("alt") or node.get("title") or ""
    else:
        titles = node.xpath("./*[local-name()='title']")
        name = titles[0].text_content() if titles else node.get("aria-label") or ""
    name = " ".join(name.split())
    return name if 0 < len(name) <= 60 else ""


def _prefix(line: str) -> str | None:
    """The start of ``line`` a paragraph is found by, its spaces collapsed; None when the line
    is too short to tell one paragraph from another."""
    prefix = " ".join(line.split())[:_PREFIX_CHARS]
    return prefix if len(prefix) >= _MIN_PREFIX_CHARS else None


def _paragraph(tree: HtmlElement, line: str, *, first: bool) -> HtmlElement | None:
    prefix = _prefix(line)
    if prefix is None:
        return None
    # A story ending in a quotation ('"We will wait," she said.') is found by its words
    # too: the prefix goes in as an XPath variable, whatever quotes it holds.
    hits = tree.xpath("//p[starts-with(normalize-space(.), $prefix)]", prefix=prefix)
    if not hits:
        return None
    hit = hits[0] if first else hits[-1]
    return hit if isinstance(hit, HtmlElement) else None


#: The blocks whose text opens with a story's first line (``_block_opened_by``).
_BLOCK_STARTING = (
    "//body//*[self::div or self::article or self::section or self::td]"
    "[starts-with(normalize-space(.), $prefix)]"
)


def _block_opened_by(tree: HtmlElement, prefix: str) -> HtmlElement | None:
    """The innermost block whose text opens with ``prefix``: the first hit's deepest
    descendant among the later hits (they come in document order, each block before the
    blocks inside it)."""
    hits = tree.xpath(_BLOCK_STARTING, prefix=prefix)
    if not hits:
        return None
    inner = hits[0]
    for hit in hits[1:]:
        if inner not in hit.iterancestors():
            break
        inner = hit
    return inner


def _next_asides(element: HtmlElement) -> list[HtmlElement]:
    """The <aside> elements right after the paragraph, or right after a block around it, or
    first in the block right after it (a sidebar's first box: "<div class=sidebar><aside>
    <h4>Skąd ten tekst</h4><div>Źródło: nowiny24.pl</div></aside>…")."""
    out: list[HtmlElement] = []
    for node in _blocks_up(element):
        after = node.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()  # a comment between them
        if after is not None and after.tag != "aside":
            after = next((child for child in after if isinstance(child.tag, str)), None)
        if after is not None and after.tag == "aside" and not _a_rail(after):
            out.append(after)
    return out


#: A box of other stories: listed, or more than a link or two ("From NBC News" over its
#: sections' links), or headed over more than one line (its heading no credit of this story).
_RAIL = "boolean(.//ul | .//ol | (.//a)[3])"
_HEADED = "boolean(.//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6)"


def _a_rail(box: HtmlElement) -> bool:
    """A rail of other stories, not a box about this one: a headed box is one unless its
    heading is over a single labelled line ("Skąd ten tekst" over "Źródło: nowiny24.pl"; "Ils
    parlent de nous" over "Le Monde · Les Echos" is the site's press page)."""
    if box.xpath(_RAIL):
        return True
    if not box.xpath(_HEADED):
        return False
    lines = [line for part in box for line in block_lines(part)]
    return len(lines) != 2 or _LABELLED.match(lines[1]) is None


#: A line that opens with a label and its colon ("Źródło: …", "Source : …", a full-width one).
_LABELLED = re.compile(r"^[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-][^\W\d_]+){0,3}\s*[:：]\s*\S")


def _around(element: HtmlElement, axis: str) -> list[HtmlElement]:
    """The nearest siblings of the paragraph, then of its block, and so on up."""
    return [
        sibling
        for node in _blocks_up(element)
        for sibling in node.xpath(f"{axis}::*[position() <= {SIBLINGS}]")
    ]


def _blocks_up(element: HtmlElement) -> Iterator[HtmlElement]:
    """The paragraph, then the block around it, and so on up ``LEVELS`` (not the body)."""
    node: HtmlElement | None = element
    for _ in range(LEVELS):
        if node is None or node.tag in ("body", "html"):
            return
        yield node
        node = node.getparent()


def block_lines(element: HtmlElement) -> list[str]:
    """The element's text as the lines a browser shows: a new line at each block."""
    parts: list[list[str]] = [[]]

    def walk(node: HtmlElement) -> None:
        block = node.tag in _BLOCKS
        if block:
            parts.append([])
        if node.tag in ("svg", "img") and (name := _logo_name(node, "".join(parts[-1]))):
            parts[-1].append(" " + name)
        if node.tag not in _SKIP and not _comments(node):
            parts[-1].append(node.text or "")
            for child in node:
                if isinstance(child.tag, str):
                    walk(child)
                # Inline elements side by side are spaced by style: "2026</time><span>Source"
                parts[-1].append(" " + (child.tail or ""))
        if block:
            parts.append([])

    walk(element)
    lines = (" ".join("".join(part).split()) for part in parts)
    return [line for line in lines if line]


#: A source's or provider's label that a logo follows ("Source" then the outlet's logo,
#: "Provided by" then the provider's): the logo's name is the label's value.
_LOGO_LABEL = re.compile(
    r"(?:^|\s)(?:source|sources|quelle|fuente|fonte|font|источник|джерело|źródło|zdroj|"
    r"kaynak|sumber|bron|kilde|källa|lähde|πηγή|المصدر|स्रोत|nguồn|来源|來源|出典|출처|"
    r"provided\s+by|bereitgestellt\s+von|fourni\s+par|proporcionado\s+por|fornecido\s+por|"
    r"courtesy(?:\s+of)?|via|"
    # a credit's lead before the outlet's logo: "Republished with permission from" + its logo
    r"(?:republished|reprinted|reproduced)(?:\s+with\s+(?:kind\s+)?permission)?\s+(?:from|of)|"
    r"(?:originally|first)\s+published\s+(?:by|in|on))\s*[:：]?\s*$",
    re.IGNORECASE,
)
#: The most characters a _LOGO_LABEL match spans in a line whose spaces are collapsed: a
#: space, the longest label ("republished with kind permission from"), " : ".
_LOGO_LABEL_CHARS = 41


def _logo_name(node: HtmlElement, before: str) -> str:
    """The name a logo shows (an inline SVG's <title> or label, an image's alt text) when
    it stands right after a source's label in its block ("Source" + the BBC's logo), else
    "": a logo elsewhere (the site's own, a share button's) says nothing of the story."""
    return _named_logo(node) if _ends_in_logo_label(before) else ""


def _ends_in_logo_label(line: str) -> bool:
    """Whether ``line`` ends in a source's label (``_LOGO_LABEL``)."""
    # Once the line's runs of spaces are one space each (the pattern reads a run as one), a
    # match lies in its last _LOGO_LABEL_CHARS characters: the search starts there, not at
    # every character of a long line (~0.25 ms a page; issue 21).
    line = " ".join(line.split())
    return _LOGO_LABEL.search(line, max(0, len(line) - _LOGO_LABEL_CHARS)) is not None


def _comments(node: HtmlElement) -> bool:
    return _COMMENTS.search(f"{node.get('class', '')} {node.get('id', '')}") is not None


def _collect(found: dict[str, None], elements: list[HtmlElement], flat: str) -> None:
    for element in elements:
        if not isinstance(element.tag, str) or element.tag in _SKIP or _by_a_picture(element):
            continue
        for line in block_lines(element):
            if len(line) <= MAX_SIDE_CHARS and line not in flat:
                found[line] = None


def _by_a_picture(element: HtmlElement) -> bool:
    """A line holding a picture or right after one is its caption or credit ("AFP" under
    the photo), not the story's, though no <figure> says so. A logo or an icon is no picture:
    a partner's box shows its logo over "This article was reprinted from …"."""
    if element.tag == "img" or _picture_only(element):
        return True
    before = element.getprevious()
    if before is None or not isinstance(before.tag, str):
        return False
    if before.tag == "img":
        return not _logo(before)
    return before.tag in ("picture", "figure") or _picture_only(before)


def _picture_only(element: HtmlElement) -> bool:
    """An element that is a picture and its few words (a block of paragraphs that also
    holds a teaser's image is not). A logo is no picture: a portal's provider box shows the
    outlet's logo beside "Provided by CNBC"."""
    pictures = [img for img in element.iter("img") if not _logo(img)]
    return bool(pictures) and len(element.text_content().strip()) <= 80


#: class, id, src or alt words of a logo image, or of a site's icon (a feed plugin's source
#: box shows the source's favicon before "Source : RFI").
_LOGO = re.compile(r"logo|brand|provider|masthead|favicon", re.IGNORECASE)
#: An image this many pixels wide or high at most is an icon, not a picture.
_ICON_PIXELS = 48


def _logo(img: HtmlElement) -> bool:
    marks = " ".join(img.get(a, "") for a in ("class", "id", "src"))
    parent = img.getparent()
    if parent is not None:
        marks += " " + parent.get("class", "")
    return _LOGO.search(marks) is not None or _icon_sized(img)


def _icon_sized(img: HtmlElement) -> bool:
    sizes = [img.get(a, "").strip().removesuffix("px") for a in ("width", "height")]
    return any(size.isdigit() and 0 < int(size) <= _ICON_PIXELS for size in sizes)
