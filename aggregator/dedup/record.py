"""What the dedup script is told of one article: its exact keys, record and card."""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

from aggregator.dedup.minhash import Fingerprint
from aggregator.dedup.stories import epoch, outlet_label
from aggregator.models import Article
from aggregator.urls import amp_canonical, host_of, page_key


def exact_fields(article: Article, fp: Fingerprint) -> tuple[list[str], list[Any], list[int]]:
    """Exact fields (the text hash last), lookups as [field number, class], inserts."""
    primary = page_key(article.url)
    spellings = [article.canonical_url, amp_canonical(article.url)]
    spellings.append(amp_canonical(article.canonical_url) if article.canonical_url else None)
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
        "h": (host_of(article.canonical_url or article.url) or "")[:64],
        "cr": credited,
        "cu": credited_url,
        "uk": digest(page_key(article.url)),
        "card": json.dumps(card, ensure_ascii=False),
    }


def credit(article: Article) -> tuple[str, str]:
    """The outlet label and the URL key of the original ``article`` credits, if any."""
    attribution = article.attribution
    url = attribution.original_url
    name = attribution.original_publisher or (host_of(url) or "" if url else "")
    return outlet_label(name)[:64] if name else "", digest(page_key(url)) if url else ""


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
