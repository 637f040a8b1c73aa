"""Article metadata merged from JSON-LD, <meta> tags, the feed entry and the page text."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml.html import HtmlElement

from aggregator.extract.dates import iso8601
from aggregator.extract.firsts import h1_text, title_text
from aggregator.extract.jsonld import people, text_of
from aggregator.models import FeedEntry

#: Names that are wires or organisations: they belong to attribution, not to authors.
_NOT_A_PERSON = re.compile(
    r"^(?:by\s+)?(?:the\s+)?(?:associated press|ap|reuters|afp|agence france[- ]presse|dpa|upi"
    r"|pa(?: media)?|ians|pti|ani|bloomberg|staff|staff writers?|editorial (?:staff|team|board)"
    r"|news desk|newsroom|web desk|admin|administrator|editor|guest)$"
    r"|\b(?:news|media|press|agency|staff|desk|team|inc|ltd|llc|gmbh|group|times|post|tribune)\b\.?$",
    re.IGNORECASE,
)
_URL = re.compile(r"^https?://|^www\.|\.com$", re.IGNORECASE)

Candidate = tuple[str, Any]


class Merger:
    """Picks each field from the first source that has it and records where it came from."""

    def __init__(self) -> None:
        self.provenance: dict[str, str] = {}

    def pick(
        self, name: str, *candidates: Candidate, clean: Callable[[Any], Any] | None = None
    ) -> Any:
        for origin, value in candidates:
            value = clean(value) if clean and value else value
            if value:
                self.provenance[name] = origin
                return value
        return None


def authors_from(
    article: dict[str, Any] | None,
    meta: dict[str, str],
    entry: FeedEntry | None,
    publishers: set[str],
) -> tuple[tuple[str, ...], str | None]:
    """People who wrote the article, and which source named them."""
    candidates: list[Candidate] = [
        ("jsonld", people(article.get("author")) if article else ()),
        ("meta", tuple(re.split(r"\s*[,;|]\s*|\s+and\s+", meta.get("author", "")))),
        ("meta", (meta.get("article:author", ""), meta.get("dc.creator", ""))),
        ("feed", entry.authors if entry else ()),
    ]
    for origin, names in candidates:
        kept = tuple(n for n in dict.fromkeys(_clean_name(n) for n in names) if n)
        kept = tuple(n for n in kept if n.lower() not in publishers and not _NOT_A_PERSON.search(n))
        if kept:
            return kept, origin
    return (), None


def _clean_name(name: str) -> str:
    name = re.sub(r"^by\s+", "", " ".join(name.split()), flags=re.IGNORECASE)
    return "" if not name or _URL.search(name) or len(name) > 60 else name


def publisher_names(article: dict[str, Any] | None, meta: dict[str, str]) -> set[str]:
    """Lower-cased names the page gives its publisher (never an author)."""
    names = {text_of(article.get("publisher")) if article else None, meta.get("og:site_name")}
    return {n.lower() for n in names if n}


def tags_from(article: dict[str, Any] | None, meta: dict[str, str]) -> tuple[str, ...]:
    """Keywords and section from JSON-LD, else from <meta>."""
    values: list[Any] = []
    if article:
        values += _as_list(article.get("keywords")) + _as_list(article.get("articleSection"))
    if not values:
        values = [meta.get("article:tag"), meta.get("keywords"), meta.get("article:section")]
    split = [p.strip() for v in values if isinstance(v, str) for p in v.split(",")]
    return tuple(t for t in dict.fromkeys(split) if t)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def page_title(tree: HtmlElement) -> str | None:
    """The page's first <h1>, else its <title>."""
    for text in (h1_text(tree), title_text(tree) or ""):
        if text.strip():
            return " ".join(text.split())
    return None


def date_of(value: Any) -> str | None:
    return iso8601(text_of(value))
