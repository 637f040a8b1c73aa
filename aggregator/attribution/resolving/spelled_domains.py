"""A credit's name that reads as a person's, told an outlet's by the address that spells it
(issue 14, pass 43): "Source: Clare Champion" linked to an article on clarechampion.ie.

"Source:" before a person ("Source: Clare Champion": a given name, a family name) cites who
gave the facts (citations.named_person). Many local papers are named by a town that is also a
given name and a word no list holds ("The Clare Champion", "Florence Morning News"), and a
theme's source field links the name to the story it copied. When that link is an article on
another site whose domain spells the name (its words run together, with or without "the"),
the name is that site's outlet, not a person: the address is read as if written beside the
name ("Source: Clare Champion https://clarechampion.ie/…", the shape resolve's
_named_beside reads), and the name beats the bare host. A link elsewhere, a home page, or a
name the table or the credit's wording already reads are left as they are; an institution's
name linked to its own site stays a citation (only a person's shape is read here)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from aggregator.attribution.not_credits.citations import named_person
from aggregator.attribution.publishers import normalize
from aggregator.urls import host_of, registrable

_DIGIT = re.compile(r"\d")


def spells(name: str, href: str) -> bool:
    """Whether the registrable domain of ``href`` spells ``name``'s words run together
    ("Clare Champion" and clarechampion.ie, thecharlotteherald.com for "Charlotte Herald")."""
    host = host_of(href) or ""
    label = normalize(registrable(host).split(".")[0]) if host else ""
    key = normalize(name).replace(" ", "")
    return len(key) >= 6 and label in (key, "the" + key)


def person_shaped_outlet(name: str, href: str) -> bool:
    """A person's shape of name (a given name first) that the address spells: an outlet."""
    return named_person(name) and spells(name, href)


def with_spelled_addresses(
    lines: Sequence[str],
    links: Sequence[tuple[str, str, str]],
    own_domain: str,
    accepted: Callable[[str], bool],
) -> list[str]:
    """``lines`` with the linked address written after a credit's name where the name, read
    alone, is no one's (``accepted`` says it is not) and reads as a person's, and the link is
    an article on another site whose domain spells it; other lines as they are."""
    # Speed: only a link whose words end its line and whose domain spells them is looked for.
    spelled = {
        block: href
        for block, words, href in links
        if block.endswith(words)
        and block != words
        and person_shaped_outlet(words, href)
        and _article_elsewhere(href, own_domain)
        and not accepted(words)
    }
    if not spelled:
        return list(lines)
    out = list(lines)
    for index, line in enumerate(lines):
        if len(line) <= 160 and (href := spelled.get(" ".join(line.split()))) is not None:
            out[index] = f"{line.rstrip()} {href}"
    return out


def _article_elsewhere(href: str, own_domain: str) -> bool:
    host = host_of(href) or ""
    if not host or registrable(host) == own_domain:
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    path = parts.path.strip("/")
    # a story's slug of several words is an article too ("/storm-swells-break-through/")
    return "/" in path or bool(parts.query) or bool(_DIGIT.search(path)) or path.count("-") >= 3
