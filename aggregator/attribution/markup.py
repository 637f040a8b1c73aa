"""Attribution evidence in page markup: meta tags, JSON-LD properties and the feed <source>."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from aggregator.attribution.names import Trust, institution_like, person_like
from aggregator.extract.outletnames import outlet_like
from aggregator.models import FeedEntry

#: <meta name> properties that give the original's URL (Google News' syndication markup),
#: and a ``<link rel="original">`` to it (pagemeta keys a link by its rel).
META_SOURCES = (
    "original-source",
    "syndication-source",
    "og:original-source",
    "dc.source",
    "original",
)
#: <meta name> properties that name the author, or the source, of the story.
META_AUTHORS = (
    "author",
    "parsely-author",
    "sailthru.author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "source",
    "article:source",
    # Dublin Core's publisher on a copy: the CMS kept the original's (a table name only).
    "dcterms.publisher",
    "dc.publisher",
    # Open Graph's publisher as a name ("Le Figaro"; its value is meant to be the outlet's
    # Facebook page: conventions/social_pages.py reads that): a table name only, as above.
    "article:publisher",
)
#: schema.org properties of the story that name who made it.
JSONLD_AUTHORS = ("author", "creator", "provider")
MEDIA_TYPES = frozenset({"ImageObject", "VideoObject", "MediaObject", "Photograph", "AudioObject"})
_STAFF = r"\b(?:staff|desk|team|newsroom|editors?|editorial|redaktion|rédaction|redacción)\s*$"
ORGANIZATIONS = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "NGO"})
#: schema.org properties that name the original, strongest first.
JSONLD_SOURCES = (
    "isBasedOn",
    "isBasedOnUrl",
    "sourceOrganization",
    "creditText",
    "copyrightHolder",
)


@dataclass(frozen=True)
class Claim:
    """One markup statement about the original: a name and/or a URL, and where it was."""

    where: str
    name: str | None = None
    url: str | None = None
    #: only a table publisher counts (an author or copyright holder may be anyone)
    known_only: bool = True
    #: how far the statement vouches for a name the table lacks
    trust: Trust = Trust.STRONG
    #: the URL is the original work's ("isBasedOn"): its domain names the publisher, as a
    #: canonical link's does, when nothing else names it
    is_work: bool = False


def markup_claims(meta: Mapping[str, str], jsonld: Sequence[Mapping[str, Any]]) -> list[Claim]:
    """What meta tags and JSON-LD say about the original publisher, strongest first."""
    claims = []
    for key in META_SOURCES:
        value = (meta.get(key) or "").strip()
        if value:
            # Its URL is the original story's: an article on a domain the table lacks names
            # that domain, as isBasedOn's and a canonical link's do.
            claim = _claim(f"meta {key}", value, known_only=False)
            claims.append(dataclasses.replace(claim, is_work=claim.url is not None))
    jsonld = [obj for obj in jsonld if not _is_media(obj)]
    for obj in jsonld:
        for prop in JSONLD_SOURCES:
            for value in _values(obj.get(prop)):
                claims.extend(_from_value(f"json-ld {prop}", value, prop.startswith("isBased")))
    for obj in jsonld:
        for prop in JSONLD_AUTHORS:
            for value in _values(obj.get(prop)):
                claims.extend(_from_value(f"json-ld {prop}", value, False))
    # Newspaper CMSs name the wire of a wire story in their author tags (parsely-author
    # "Associated Press"): a table publisher counts there, or an organisation whose name
    # reads as an outlet's ("Energy Grid Report"); a person's name never.
    for key in META_AUTHORS:
        value = (meta.get(key) or "").strip()
        if value and not value.startswith(("http://", "https://", "//", "@")):
            outlet = _organisation(value) and not key.endswith("publisher")
            trust = Trust.OUTLET if outlet else Trust.STRONG
            claims.append(Claim(f"meta {key}", value, None, not outlet, trust))
    return claims


def _organisation(name: str) -> bool:
    """An author that is an outlet, not a person, a desk or an institution."""
    if re.search(_STAFF, name, re.IGNORECASE) or re.search(r"[,;|/&]|\band\b", name):
        return False  # "Jane Doe and John Roe", "Staff, Reuters": several authors, a desk
    # A bare domain there is as often the web agency that built the site ("symple.ch").
    if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}", name, re.IGNORECASE):
        return False
    return outlet_like(name) and not person_like(name) and not institution_like(name)


def _is_media(obj: Mapping[str, Any]) -> bool:
    """An image's or video's credit is not the story's."""
    types = {str(t) for t in _values(obj.get("@type"))}
    return bool(types & MEDIA_TYPES)


def feed_claim(entry: FeedEntry | None) -> Claim | None:
    """The RSS/Atom <source> of the feed item, if it has one."""
    if entry is None or not (entry.source_title or entry.source_url):
        return None
    return Claim("feed <source>", entry.source_title, entry.source_url, known_only=False)


def self_names(
    meta: Mapping[str, str], jsonld: Sequence[Mapping[str, Any]]
) -> list[tuple[str, str]]:
    """(where, name or URL) the page gives for its own publisher."""
    names = [
        (f"meta {k}", meta.get(k, "")) for k in ("og:site_name", "application-name", "publisher")
    ]
    for obj in jsonld:
        if str(obj.get("@type", "")) in ("WebSite", "Organization", "NewsMediaOrganization"):
            names.extend(
                (f"json-ld {obj.get('@type')}", str(obj.get(k, ""))) for k in ("name", "url")
            )
        for value in _values(obj.get("publisher")):
            names.extend(("json-ld publisher", v) for v in _strings(value, ("name", "url")))
    return [(where, n) for where, n in names if n]


def _claim(where: str, value: str, *, known_only: bool) -> Claim:
    if value.startswith(("http://", "https://", "//")):
        return Claim(
            where, None, value if not value.startswith("//") else "https:" + value, known_only
        )
    return Claim(where, value, None, known_only)


def _from_value(where: str, value: Any, is_work: bool) -> Iterator[Claim]:
    """A property value: a string (name or URL) or an object with name/url/publisher."""
    if isinstance(value, str):
        claim = _claim(where, value, known_only=not is_work)
        yield dataclasses.replace(claim, is_work=is_work and claim.url is not None)
        return
    if not isinstance(value, Mapping):
        return
    url = next(iter(_strings(value, ("url", "@id", "sameAs"))), None)
    name = next(iter(_strings(value, ("name", "legalName", "alternateName"))), None)
    if is_work:
        name = None
        for publisher in _values(value.get("publisher")):
            pub = next(iter(_strings(publisher, ("name",))), None) if publisher else None
            name = pub or None
        link = url if url and url.startswith("http") else None
        yield Claim(where, name, link, False, is_work=link is not None)
    elif name or url:
        # An organisation as the author (a syndication plugin's JSON-LD) names the outlet
        # whatever the table says; a person's name only counts when the table knows it.
        types = {str(t) for t in _values(value.get("@type"))}
        # "Harbour Daily Staff", "Newsroom": the site's own staff, whoever they are.
        staff = re.search(_STAFF, name or "", re.IGNORECASE) is not None
        known_only = staff or not types & ORGANIZATIONS
        link = url if url and url.startswith("http") else None
        # "Redaktion", "Editorial Team": an author organisation must read as an outlet.
        yield Claim(where, name, link, known_only, Trust.OUTLET)


def _values(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _strings(value: Any, keys: Sequence[str]) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, Mapping):
        return []
    return [str(v).strip() for k in keys for v in _values(value.get(k)) if isinstance(v, str)]
