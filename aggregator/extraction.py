"""Main text and metadata of an article page, with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import trafilatura

from aggregator.errors import EmptyText
from aggregator.models import FeedEntry

#: Below this many characters of main text a page is not an article.
MIN_TEXT_CHARS = 200


@dataclass(frozen=True)
class Extracted:
    """What one page yields: text and metadata, plus the markup attribution reads."""

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    top_image: str | None = None
    tags: tuple[str, ...] = ()
    provenance: dict[str, str] = field(default_factory=dict)
    #: schema.org objects found in JSON-LD, for attribution (isBasedOn, publisher, ...)
    jsonld: tuple[dict[str, Any], ...] = ()
    #: <meta name|property> and <link rel> values, lower-cased keys ("canonical", "og:site_name")
    meta: dict[str, str] = field(default_factory=dict)


def extract(html: str, url: str | None = None, entry: FeedEntry | None = None) -> Extracted:
    """Extract one article from ``html``; raise an ExtractionFailed subclass when there is none.

    ``entry`` is the feed item the page was found through: its metadata fills what the
    page lacks.
    """
    document = trafilatura.bare_extraction(
        html, url=url, include_comments=False, with_metadata=True
    )
    text = (document.text or "").strip() if document is not None else ""
    if len(text) < MIN_TEXT_CHARS:
        raise EmptyText(f"{len(text)} characters of main text")
    assert document is not None
    provenance: dict[str, str] = {}
    title = _pick(
        provenance, "title", ("trafilatura", document.title), ("feed", entry and entry.title)
    )
    published = _pick(
        provenance, "published", ("feed", entry and entry.published), ("trafilatura", document.date)
    )
    authors = tuple(a.strip() for a in (document.author or "").split(";") if a.strip())
    if not authors and entry is not None:
        authors = entry.authors
    return Extracted(
        text=text,
        title=title,
        authors=authors,
        published=published,
        language=document.language or (entry.language if entry else None),
        canonical_url=document.url if document.url and document.url != url else None,
        top_image=document.image,
        tags=tuple(t for t in (document.tags or []) if t),
        provenance=provenance,
    )


def _pick(provenance: dict[str, str], name: str, *candidates: tuple[str, Any]) -> Any:
    """The first non-empty candidate value, noting in ``provenance`` where it came from."""
    for origin, value in candidates:
        if value:
            provenance[name] = origin
            return value
    return None
