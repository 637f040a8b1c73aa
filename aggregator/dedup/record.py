"""What the dedup script is told of one article: its exact keys, record and card."""

from __future__ import annotations

import hashlib
import ipaddress
import json
import math
from typing import Any
from urllib.parse import urlsplit

from aggregator.dedup.minhash import Fingerprint
from aggregator.dedup.stories import epoch, outlet_label
from aggregator.models import Article
from aggregator.urls import amp_canonical, host_of, page_key


def exact_fields(article: Article, fp: Fingerprint) -> tuple[list[str], list[Any], list[int]]:
    """Exact fields (the text hash last), lookups as [field number, class], inserts."""
    primary = page_key(article.url)
    canonical = own_canonical(article)
    spellings = [canonical, amp_canonical(article.url)]
    spellings.append(amp_canonical(canonical) if canonical else None)
    aliases = sorted({page_key(u) for u in spellings if u} - {primary})
    fields = [f"u{digest(primary)}", f"v{digest(primary)}"]
    lookups: list[Any] = [[1, "same"]]
    entry = article.feed_entry
    if entry is not None and entry.guid:
        fields.append("g" + digest(f"{article.source or ''} {entry.guid}"))
        lookups.append([len(fields), "same"])
    lookups.append([2, "alias"])
    inserts = [n for n in range(1, len(fields) + 1) if n != 2]
    for alias in aliases:
        fields += [f"u{digest(alias)}", f"v{digest(alias)}"]
        lookups += [[len(fields) - 1, "alias"], [len(fields), "alias"]]
        inserts.append(len(fields))
    fields.append(f"t{fp.text_hash}")
    lookups.append([len(fields), "text"])
    inserts.append(len(fields))
    return fields, lookups, inserts


def record_fields(article: Article, fp: Fingerprint) -> dict[str, Any]:
    """The header fields the script stores in the article's record and card."""
    credited, credited_url = credit(article)
    published = epoch(article.published)
    card = {
        "url": article.url,
        "source": article.source,
        "title": (article.title or "")[:200],
        "published": article.published,
        "credit_lines": [line[:200] for line in article.attribution.credit_lines[:5]],
        "original_publisher": article.attribution.original_publisher,
    }
    return {
        "id": article.id,
        "text": fp.text_hash,
        "n": fp.shingles,
        "src": article.source or "",
        "p": "" if math.isinf(published) else str(int(published)),
        "h": (host_of(own_canonical(article) or article.url) or "")[:64],
        "cr": credited,
        "cu": credited_url,
        "uk": digest(page_key(article.url)),
        "card": json.dumps(card, ensure_ascii=False),
    }


def credit(article: Article) -> tuple[str, str]:
    """The outlet label and the URL key of the original ``article`` credits, if any.

    A canonical link to another site says the same as a credit (issue 15): the page is a
    syndicated copy of the one it points to, whether or not attribution knows that site."""
    attribution = article.attribution
    url = attribution.original_url or foreign_canonical(article)
    name = attribution.original_publisher or (host_of(url) or "" if url else "")
    return outlet_label(name)[:64] if name else "", digest(page_key(url)) if url else ""


def own_canonical(article: Article) -> str | None:
    """The page's canonical URL when it is on the page's own site (another spelling of the
    page: tracking parameters, AMP, print view), else None."""
    canonical = article.canonical_url
    return canonical if canonical and same_site(canonical, article.url) else None


def foreign_canonical(article: Article) -> str | None:
    """A canonical URL on another site: evidence of syndication, never the page's identity."""
    canonical = article.canonical_url
    return canonical if canonical and not same_site(canonical, article.url) else None


def same_site(url: str, other: str) -> bool:
    return site_of(url) == site_of(other)


def site_of(url: str) -> str:
    """The site a URL belongs to: its registrable domain ("news.bbc.co.uk" -> "bbc.co.uk"),
    or for an address its host; with the port when there is one."""
    try:
        parts = urlsplit(url.strip())
        host, port = (parts.hostname or "").lower(), parts.port
    except ValueError:
        return url
    suffix = f":{port}" if port else ""
    try:
        ipaddress.ip_address(host)
        return host + suffix
    except ValueError:
        pass
    labels = host.split(".")
    keep = 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:]) + suffix


#: Second-level labels under a country code ("co.uk", "com.au"): part of the site's domain.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
