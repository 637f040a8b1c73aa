"""schema.org objects from a page's JSON-LD, and the article among them."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

LOGGER = logging.getLogger(__name__)

#: schema.org types that describe one article-like page.
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportage",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "socialmediaposting",
        "liveblogposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "webpage",
    }
)


def jsonld_objects(tree: HtmlElement) -> tuple[dict[str, Any], ...]:
    """Every JSON-LD object with an ``@type``, flattened out of lists and ``@graph``."""
    objects: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            LOGGER.debug("unparsable JSON-LD block skipped")
            continue
        objects.extend(_flatten(data))
    return tuple(objects)


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def types(obj: dict[str, Any]) -> set[str]:
    """The lower-cased ``@type`` names of ``obj``."""
    value = obj.get("@type")
    names = value if isinstance(value, list) else [value]
    return {str(name).lower() for name in names if name}


def article_object(objects: tuple[dict[str, Any], ...]) -> dict[str, Any] | None:
    """The object that describes the article: a news or blog type beats a plain WebPage."""
    ranked = [o for o in objects if types(o) & ARTICLE_TYPES]
    ranked.sort(key=lambda o: ("webpage" in types(o), not o.get("articleBody")))
    return ranked[0] if ranked else None


def text_of(value: Any) -> str | None:
    """A plain string from a JSON-LD value that may be a string, an object or a list."""
    if isinstance(value, list):
        return text_of(value[0]) if value else None
    if isinstance(value, dict):
        return text_of(value.get("name") or value.get("@value") or value.get("url"))
    if isinstance(value, str | int | float) and str(value).strip():
        return str(value).strip()
    return None


def people(value: Any) -> tuple[str, ...]:
    """Names of the Person entries in an ``author`` value; organisations are left out."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict) and "organization" in types(item) | _org_types(item):
            continue
        name = text_of(item)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _org_types(item: dict[str, Any]) -> set[str]:
    return {"organization"} if types(item) & {"newsmediaorganization", "corporation"} else set()
