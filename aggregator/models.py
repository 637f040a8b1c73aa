"""The records that flow through the aggregator: feed entries, attribution, articles."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from aggregator.urls import normalize_url

if TYPE_CHECKING:
    from aggregator.dedup.minhash import Fingerprint

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed or sitemap, before its page is fetched."""

    url: str
    guid: str | None = None
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    summary: str | None = None
    tags: tuple[str, ...] = ()
    language: str | None = None
    #: RSS <source> / Atom <source>: the outlet the feed says the item came from.
    source_title: str | None = None
    source_url: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Why attribution decided what it did: kind (credit_line, markup, canonical, ...),
    the value found, and where it was found."""

    kind: str
    value: str
    where: str


@dataclass(frozen=True)
class Attribution:
    """Who really published a story, and the lines and markup that say so."""

    original_publisher: str | None = None
    original_url: str | None = None
    credit_lines: tuple[str, ...] = ()
    image_credits: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attribution:
        return cls(
            original_publisher=data.get("original_publisher"),
            original_url=data.get("original_url"),
            credit_lines=tuple(data.get("credit_lines") or ()),
            image_credits=tuple(data.get("image_credits") or ()),
            evidence=tuple(Evidence(**e) for e in data.get("evidence") or ()),
        )


#: A stream entry's event: a first publication, or changed text at a known URL.
Event = Literal["new", "update"]


@dataclass
class Article:
    """The one item that flows through the pipelines; its JSON form is the message.

    Required message fields come first (../shared/CONTRACT.md); the fields after
    ``fetched_at`` are additions of this project. The transient fields at the end (the
    page, its feed entry and its markup) are carried between pipelines, never published.
    """

    url: str
    id: str = ""
    schema_version: int = SCHEMA_VERSION
    canonical_url: str | None = None
    source: str | None = None
    feed_url: str | None = None
    title: str | None = None
    text: str = ""
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    language: str | None = None
    attribution: Attribution = field(default_factory=Attribution)
    story_id: str | None = None
    duplicate_of: str | None = None
    fetched_at: str | None = None
    # Additions to the contract.
    modified: str | None = None
    top_image: str | None = None
    tags: list[str] = field(default_factory=list)
    #: which source each metadata field came from: "jsonld", "feed", "meta", "trafilatura"
    provenance: dict[str, str] = field(default_factory=dict)
    #: "new" for a first publication, "update" when the text changed at the same URL
    event: Event = "new"
    revision: int = 1
    #: "paywall" when ``text`` is only the teaser a paywall shows; null for a whole article
    access: str | None = None
    # Transient: carried between pipelines, never published. The page arrives as the
    # response's bytes and Content-Type; extraction decodes it in its worker process.
    body: bytes = field(default=b"", repr=False, compare=False)
    content_type: str = field(default="", repr=False, compare=False)
    html: str = field(default="", repr=False, compare=False)
    feed_entry: FeedEntry | None = field(default=None, repr=False, compare=False)
    meta: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    jsonld: tuple[dict[str, Any], ...] = field(default=(), repr=False, compare=False)
    captions: tuple[str, ...] = field(default=(), repr=False, compare=False)
    side_lines: tuple[str, ...] = field(default=(), repr=False, compare=False)
    source_links: tuple[tuple[str, str, str], ...] = field(default=(), repr=False, compare=False)
    #: dedup's fingerprint of the cleaned text, computed with it in the extraction worker
    fingerprint: Fingerprint | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.url)

    def to_message(self) -> dict[str, Any]:
        """The published JSON object: every field but the transient ones."""
        data = {name: getattr(self, name) for name in MESSAGE_FIELDS}
        data["attribution"] = asdict(self.attribution)
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_message(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_message(cls, data: dict[str, Any]) -> Article:
        known = {k: v for k, v in data.items() if k in MESSAGE_FIELDS}
        known["attribution"] = Attribution.from_dict(data.get("attribution") or {})
        return cls(**known)


_TRANSIENT_FIELDS = (
    "body",
    "content_type",
    "html",
    "feed_entry",
    "meta",
    "jsonld",
    "captions",
    "side_lines",
    "source_links",
    "fingerprint",
)
#: Message fields in declaration order, so every message lists them the same way.
MESSAGE_FIELDS = tuple(f for f in Article.__dataclass_fields__ if f not in _TRANSIENT_FIELDS)


def article_id(url: str) -> str:
    """Stable id of an article: the same URL, however spelled, always gives the same id."""
    return hashlib.sha256(normalize_url(url).encode("utf-8")).hexdigest()[:32]
