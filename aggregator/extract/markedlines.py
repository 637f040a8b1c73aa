"""Credit lines a page carries in markup rather than words: an element whose class says it
holds the story's source or byline (``<div class="source">``), and a link out of the story
whose words say it leads to the original ("Read the original here")."""

# ruff: noqa: RUF001  (dashes and full-width colons of credit lines are meant)

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from aggregator.extract.linklists import in_link_list_item
from aggregator.extract.outletnames import outlet_like
from aggregator.extract.personnames import given_name
from aggregator.extract.sidelines import block_lines
from aggregator.extract.words import may_contain
from aggregator.urls import host_of, registrable

#: Class, id or itemprop words of an element holding the story's source or byline: whole
#: words between spaces, "_" and "-" ("article-source", "field--name-field-kaynak").
# Class words in the languages of the CMSs seen (Drupal's field--name-field-kaynak), and
# schema.org's microdata (itemprop="sourceOrganization").
_SOURCE_CLASS_WORDS = frozenset(
    """source sources origin original origine provenance provenienza herkunft syndication
    syndicated agency agence agencia agenzia agentur quelle fuente fonte fonti kaynak sumber
    bron kilde kalla lahde zrodlo sourceorganization isbasedon""".split()  # noqa: SIM905
)
_MARKED_WORDS = _SOURCE_CLASS_WORDS | {"byline", "author", "publisher"}
#: Every class, id and itemprop value in the body, in page order: strings, not elements (an
#: element's Python object costs more than the word test that rejects nearly all; issue 21).
_MARK_VALUES = (
    "//body/descendant::*/@class | //body/descendant::*/@id | //body/descendant::*/@itemprop"
)
#: ... unless it is a picture's, a quote's or a person's card.
_NOT_STORY = re.compile(
    r"image|img|photo|picture|caption|video|media|figure|quote|avatar|bio|social|share|"
    r"comment|related|widget|code|button|icon|logo|link-list|"
    # a tag cloud's box ("td-post-source-tags": ETIQUETAS Noticias) names topics
    # (not Drupal's "field--label-inline": where a field's label sits)
    r"(?:^|[\s_-])(?:tags?|categor\w*|topics?|keywords?|labels?(?!-(?:inline|above|hidden)))"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
#: "SOURCE Daily Maverick": the box's own label word before the name (not a labelled line's,
#: French typography's space before the colon too: "Source : RFI" is read whole).
_LABEL_WORD = re.compile(
    r"^(?:source|sources|via|quelle|fuente|fonte|fonti|kaynak|sumber|bron|kilde|källa|lähde|"
    r"źródło|agency|agence|agencia|agenzia|agentur|herkunft|origine|provenienza)"
    r"\b(?!\s*[:：])\s*",
    re.I,
)
_SOURCE_WORDS = re.compile(
    r"source|origin|syndicat|agency|agence|agencia|agenzia|agentur|provenance|provenienza|"
    r"herkunft|quelle|fuente|fonte|fonti|kaynak|sumber|bron|kilde|kalla|lahde|zrodlo|isbasedon",
    re.I,
)
_AUTHOR_WORDS = re.compile(r"author|byline", re.I)
#: A rights notice in the languages of the sites' themes: "All rights reserved", "جميع
#: الحقوق محفوظة", "Tous droits réservés", "版权所有", "सर्वाधिकार सुरक्षित".
_RIGHTS = re.compile(
    r"©|\bcopyright\b|\ball\s+rights\s+reserved|droits\s+réservés|derechos\s+reservados|"
    r"direitos\s+reservados|diritti\s+riservati|rechte\s+vorbehalten|hakları\s+saklıdır|"
    r"hak\s+cipta|الحقوق\s+محفوظة|حقوق\s+محفوظ|सर्वाधिकार\s+सुरक्षित|版权所有|版權所有|"
    r"無断転載|무단\s*전재|все\s+права\s+защищены",
    re.IGNORECASE,
)
#: A reporter's name, then the tag of the agency they file for in brackets: "Anna Zawadzka
#: (PAP)", "Nguyễn Văn Trí (TTXVN)".
_WRITER_TAG = re.compile(
    r"^[^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]+){1,3}\s*\((?P<tag>[^\W\d_]{2,8})\)$"
)
#: itemprop="copyrightHolder provider sourceOrganization": the site's owner, not a source.
_OWNER = re.compile(r"copyrightholder|provider|publisher", re.I)
#: A picture's licence box around an author element ("image-license-wrapper"): its author.
_PICTURE_BOX = re.compile(r"image|img|photo|picture|figure|caption|licen[cs]e|gallery", re.I)
#: Words of a link's paragraph saying the link leads to the original.
# Only words about the story's original: "Source: <link>" is as often a photo library or a
# licence, "the full report is here" a document, "read more" another story.
_LINK_CUE = re.compile(
    r"\b(?:original\s+(?:article|story|post|version)|read\s+(?:the\s+)?original|"
    r"originally\s+(?:published|appeared|posted)|first\s+(?:published|appeared)|"
    r"article\s+original|artículo\s+original|artigo\s+original|originalartikel|"
    r"publié\s+(?:initialement|à\s+l'origine)|publicado\s+originalmente|"
    r"zuerst\s+erschienen|erschien\s+zuerst|articolo\s+originale|notizia\s+originale|"
    r"matéria\s+original|notícia\s+original|haberin\s+aslı|artikel\s+asli\w*|"
    # "Leer la nota original en X", Turkish "Haberin orijinali ... : X"
    r"nota\s+original|haberin\s+orijinali|orijinal\s+haber\w*)\b|"
    r"اصل\s+(?:خبر|مضمون|تحریر)|मूल\s+(?:खबर|लेख|ख़बर)|"
    # "اقرأ المقال الأصلي على X", "元記事を読む", "원문 보기", "阅读原文": the scripts without
    # spaces (and Arabic's definite article) take no word boundaries
    r"(?:المقال|الخبر|النص)\s+الأصلي|元記事|原文を読む|원문\s*보기|기사\s*원문|"
    r"阅读原文|閱讀原文|查看原文|原文链接|原文鏈接",
    re.IGNORECASE,
)
#: _LINK_CUE without its word boundaries: an edge line this misses contains no block that
#: _LINK_CUE matches, so most pages skip the walk over their links.
_LOOSE_LINK_CUE = re.compile(_LINK_CUE.pattern.replace(r"\b", ""), _LINK_CUE.flags)
#: Words one of which each _LINK_CUE form holds: a line without any skips the pattern, which
#: tries its forms at every position (~0.25 ms a page over the text's edge lines; issue 21).
_LINK_CUE_WORDS = (
    *("original", "first", "publi", "zuerst", "haberin", "artikel", "orijinal"),
    *("اصل", "मूल", "الأصلي", "元記事", "原文", "원문"),
)
#: Lines at the head and the tail of the text where a link may credit the original.
EDGE_LINES = 3
MAX_MARKED_CHARS = 100
MAX_LINK_BLOCK_CHARS = 160


def marked_lines(
    tree: HtmlElement, text: str, url: str | None, beside: tuple[str, ...] = ()
) -> list[str]:
    """Short texts of elements marked as the story's source or byline, written as the credit
    the markup states ("Source: Tidewise", "By Anna Kowal, Reuters"), and "Source: <link>"
    for a link to another site from a line of the story, or ``beside`` it, that says it leads
    to the original."""
    flat = " ".join(text.split())
    found: list[str] = []
    for element in _marked_elements(tree):
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "a", "img"):
            continue
        marks = " ".join(element.get(k, "") for k in ("class", "id", "itemprop"))
        if _PUBLISHER_LABEL.search(element.get("class", "")):
            # A reader app's label of whose story it shows ("<span class="publisher-name">NPR
            # </span>" over the headline), vouched for by its button to that outlet's site.
            if (shown := _shown_publisher(tree, element, url)) is not None:
                found.append("Source: " + shown)
            continue
        if _NOT_STORY.search(marks) or _OWNER.search(marks):
            continue
        # A teaser's source (inside its link, or beside it in a list of links to other
        # stories) or a hidden one is another story's.
        if "none" in (element.get("style") or "") or element.xpath("ancestor::a"):
            continue
        if in_link_list_item(element):
            continue  # "From our partners": each linked item's outlet label is its own
        if element.xpath("ancestor::figure"):
            continue  # a chart's "Source: …" under its title cites the figure's data
        lines = block_lines(element)
        # A field of two lines, its label then its value ("Kaynak" / "Vadi Gazetesi").
        if len(lines) == 2 and _SOURCE_WORDS.search(marks) and _LABEL_WORD.fullmatch(lines[0]):
            lines = [lines[1]]
        if len(lines) != 1:
            continue  # a box of several lines: its marked parts are read one by one
        line = _LABEL_WORD.sub("", lines[0]) if _SOURCE_WORDS.search(marks) else lines[0]
        if not 0 < len(line) <= MAX_MARKED_CHARS:
            continue
        if _RIGHTS.search(line):
            # "جميع الحقوق محفوظة لصحيفة …", "Tous droits réservés X" in a "source" box: a
            # rights notice says who holds the page, read as the notice it is (no source's
            # value: "Source: All rights reserved to …" would take the phrase for a name).
            if line not in flat and line not in beside:
                found.append(line)
            continue
        if re.search(r"[:：]", line):
            # A labelled line ("Source: X") speaks for itself; it counts here when it ran
            # into other words beside the text ("By Jo Lee March 3, 2026Source: X").
            if _SOURCE_WORDS.search(marks) and line not in flat and line not in beside:
                found.append(line)
            continue
        if re.match(r"(?i)by\s", line):
            found.append(line)  # a byline, whatever its class
        elif re.search(r"[:：]\s*" + re.escape(line), flat):
            continue  # the text states it already ("Quelle: Automedia")
        elif line != lines[0] and (href := _linked_away(element, line, url)):
            # "SOURCE Nation", "KAYNAK Sabah": a theme's source box, its label, then the name
            # linked to the story on the source's site (a short or word-like name too: the
            # box says what it is, and the link's address says whose it is).
            found.append(f"Source: {line} {href}")
        elif _SOURCE_WORDS.search(marks) and outlet_like(line):
            # Only a name that reads as an outlet or a domain: a "source" class also holds
            # photo libraries, tag clouds and buttons ("Pixabay", "Start Hiring").
            found.append("Source: " + line)
        elif re.search(r"\S\s*(?:,|\||/|\s[-–—]\s)\s*\S", line):
            # "Anna Kowal, Reuters" in a byline element: a person, then whom they write for
            # (a lone name, "Petra", is a person's).
            found.append("By " + line)
        elif _AUTHOR_WORDS.search(marks) and _writer_and_tag(line) and not _in_picture(element):
            # "Anna Zawadzka (PAP)" in an author element: an agency's reporter and its tag
            found.append("By " + line)
        elif _AUTHOR_WORDS.search(marks) and _bare_outlet(line) and not _in_picture(element):
            # "Reuters", "Associated Press" alone in an author element: the byline of a wire
            # or an outlet (attribution takes a table name or one reading as an outlet).
            found.append("By " + line)
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    edges = {*lines[:EDGE_LINES], *lines[-EDGE_LINES:], *beside}
    found += _original_links(tree, edges, url)
    return list(dict.fromkeys(found))


#: The class of an element naming the publisher of the story shown: "publisher-name",
#: "story-publisher", "publisher" (not itemprop="publisher": a site's own markup).
_PUBLISHER_LABEL = re.compile(r"(?:^|[\s_-])publisher(?:$|[\s_-])", re.IGNORECASE)
#: A button's words or class leading to the story's full text on its publisher's site:
#: "Read the full story", "Continue reading at usatoday.com", "read-original".
_READ_ON = re.compile(
    r"read|continue|full|original|weiter|leer|leia|lire|devam|baca|पढ़|படிக்க|اقرأ|читать",
    re.IGNORECASE,
)


def _shown_publisher(tree: HtmlElement, element: HtmlElement, url: str | None) -> str | None:
    """The name in a publisher label when the page also has a read-on button to a site
    whose domain spells that name ("NPR" and npr.org, "USA TODAY" and usatoday.com,
    "News18 தமிழ்நாடு" and tamil.news18.com); never a label inside a link, a list of links,
    a navigation bar or the page's footer (a teaser's outlet, the site owner's credit)."""
    if element.xpath("ancestor::a or ancestor::nav or ancestor::aside or ancestor::li"):
        return None
    lines = block_lines(element)
    if len(lines) != 1 or not 0 < len(lines[0]) <= 60 or len(lines[0].split()) > 6:
        return None
    # "Clarín" and clarin.com: accents folded
    folded = unicodedata.normalize("NFKD", lines[0].casefold())
    key = "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c))
    own = _domain(url or "")
    # Read-on buttons first (their words or class), the domain only for those.
    for anchor in tree.iter("a"):
        href = anchor.get("href") or ""
        if not href.startswith(("http://", "https://")):
            continue
        if not _READ_ON.search(f"{anchor.get('class', '')} {anchor.text_content()}"):
            continue
        domain = _domain(href)
        label = domain.split(".")[0]
        if len(label) < 3 or not key.startswith(label) or domain == own:
            continue
        if not anchor.xpath("ancestor::nav"):
            return lines[0]
    return None


def _marked_elements(tree: HtmlElement) -> list[HtmlElement]:
    """Elements whose class, id or itemprop holds one of _MARKED_WORDS, in page order."""
    values = tree.xpath(_MARK_VALUES)
    # A page repeats its class names, and a site's pages (and a CMS's sites) one another's:
    # each distinct value is tested once a worker (issue 21).
    known, distinct = _MARKED_VALUES, set(values)
    if len(known) > MAX_REMEMBERED_VALUES:
        known.clear()  # a long crawl's memory stays bounded
    for value in distinct:
        if value not in known:
            # a plain copy: the XPath's string holds its element, and with it the page's tree
            known[str(value)] = is_marked(value)
    marked = {v for v in distinct if known[v]}
    return list(dict.fromkeys(value.getparent() for value in values if value in marked))


def is_marked(value: str) -> bool:
    """Whether a class, id or itemprop value holds one of _MARKED_WORDS."""
    # Its words split at runs of spaces, "_" and "-": str.split() splits at what \s matches,
    # and three string methods cost under half of a regular expression's split (the values of
    # pages of many sites are mostly new to a worker: ~150 a page; issue 21).
    words = value.lower().replace("_", " ").replace("-", " ").split()
    return not _MARKED_WORDS.isdisjoint(words)


#: class, id and itemprop values already tested -> whether they are marked
_MARKED_VALUES: dict[str, bool] = {}
MAX_REMEMBERED_VALUES = 50_000


_DESK_OR_BY = re.compile(
    r"^(?:by|por|par|von|di|de|door|av|af|przez|oleh|yazan)\s|\b(?:desk|staff|team|newsroom|"
    r"redaktion|rédaction|redacción|redação|redazione|editors?|editorial|bureau|reporters?)\b",
    re.IGNORECASE,
)


def _writer_and_tag(line: str) -> bool:
    """ "Anna Zawadzka (PAP)", "Jan Novák (ČTK)": a reporter, then a tag in capitals."""
    found = _WRITER_TAG.match(line)
    return found is not None and found.group("tag").isupper()


def _in_picture(element: HtmlElement) -> bool:
    """Whether a box around ``element`` holds a picture's credit (its author is the photo's)."""
    for parent in element.iterancestors():
        if parent.tag in ("figure", "figcaption") or _PICTURE_BOX.search(parent.get("class", "")):
            return True
    return False


def _bare_outlet(line: str) -> bool:
    """A name alone that may be an outlet's: up to four capitalised words, not a person's
    given name alone ("Petra" is a wire's name, and a first name)."""
    words = line.split()
    if not 0 < len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return False
    if _DESK_OR_BY.search(line):
        return False  # "News Desk" is the site's own; "Por Prensa Latina" a byline's words
    return not (len(words) == 1 and given_name(words[0]))


def _original_links(tree: HtmlElement, edges: set[str], url: str | None) -> list[str]:
    """Links to another site from a short line at the text's head or tail (or beside it)
    whose words say it leads to the original."""
    if not any(_loose_cue(line) for line in edges):
        return []
    own = _domain(url or "")
    found = []
    for anchor in tree.iter("a"):
        href = anchor.get("href") or ""
        if not href.startswith(("http://", "https://")):
            continue
        block = anchor.getparent()
        while block is not None and block.tag in ("em", "i", "b", "strong", "span", "small"):
            block = block.getparent()
        if block is None:
            continue
        # The words first, the domain and the XPath only for a link they point to.
        words = " ".join(block.text_content().split())
        if not (0 < len(words) <= MAX_LINK_BLOCK_CHARS and _LINK_CUE.search(words)):
            continue
        if not any(words in line for line in edges):
            continue
        domain = _domain(href)
        if not domain or domain == own:
            continue
        if anchor.xpath("ancestor::figure or ancestor::figcaption"):
            continue
        found.append("Source: " + href)
    return found


def _loose_cue(line: str) -> bool:
    return may_contain(line, _LINK_CUE_WORDS) and _LOOSE_LINK_CUE.search(line) is not None


def _linked_away(element: HtmlElement, name: str, url: str | None) -> str | None:
    """The address of a story on another site that ``name`` links to inside ``element`` (a
    path past the home page), else None."""
    for anchor in element.iter("a"):
        href = anchor.get("href") or ""
        if " ".join(anchor.text_content().split()) != name:
            continue
        domain = _domain(href) if href.startswith(("http://", "https://")) else ""
        if domain and domain != _domain(url or "") and urlsplit(href).path.strip("/"):
            return href
    return None


def _domain(url: str) -> str:
    host = host_of(url) or ""
    return registrable(host) if host else ""
