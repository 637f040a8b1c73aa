"""OPML 1.0/2.0 outlines to source records and back (the feed readers' exchange format)."""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import quoteattr

from lxml import etree

from aggregator.errors import SourceError
from aggregator.sources.registry import Source, format_interval


def read_opml(data: bytes) -> list[dict[str, Any]]:
    """Source records from every outline with an xmlUrl, however deeply nested in categories.

    Categories become tags: the outlines a feed is nested in (feed readers' folders) and
    its ``category`` attribute (OPML 2.0: comma-separated, each maybe a /-path)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"not OPML: {exc}") from None
    if root.tag != "opml":
        raise SourceError(f"not OPML: the root element is <{root.tag}>")
    records = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url:
            continue
        record: dict[str, Any] = {"url": url}
        text = outline.get("text")
        title = outline.get("title") or (text if text != outline.get("name") else None)
        if title:
            record["title"] = title.strip()
        for field in ("name", "interval", "max_age"):
            if outline.get(field):
                record[field] = outline.get(field)
        tags = _tags(outline)
        if tags:
            record["tags"] = tags
        records.append(record)
    return records


def _tags(outline: Any) -> list[str]:
    folders = [o.get("text") or o.get("title") or "" for o in outline.iterancestors("outline")]
    categories = re.split(r"[,/]", outline.get("category") or "")
    tags = (_tag(text) for text in [*reversed(folders), *categories])
    return list(dict.fromkeys(t for t in tags if t))


def _tag(text: str) -> str:
    """A folder or category name as a tag: "News & Politics" -> "news-politics"."""
    return re.sub(r"[^\w./-]+", "-", text.strip().lower()).strip("-./")[:63]


def write_opml(sources: list[Source]) -> str:
    """OPML 2.0; ``name``, ``interval`` and ``max_age`` ride along as extra attributes."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head><title>aggregator sources</title></head>",
        "  <body>",
    ]
    untagged = [s for s in sources if not s.tags]
    lines += [f"    {_outline(s)}" for s in untagged]
    # Feed readers show folders, not the category attribute: each source goes in the folder
    # of its first tag, and the attribute carries all of them.
    folders = sorted({s.tags[0] for s in sources if s.tags})
    for folder in folders:
        lines.append(f"    <outline text={quoteattr(folder)}>")
        lines += [f"      {_outline(s)}" for s in sources if s.tags and s.tags[0] == folder]
        lines.append("    </outline>")
    lines += ["  </body>", "</opml>"]
    return "\n".join(lines) + "\n"


def _outline(s: Source) -> str:
    attrs = {
        "type": "rss",
        "text": s.title or s.name,
        **({"title": s.title} if s.title else {}),
        "xmlUrl": s.url,
        "name": s.name,
        "interval": format_interval(s.interval),
        **({"max_age": format_interval(s.max_age)} if s.max_age is not None else {}),
        **({"category": ",".join(s.tags)} if s.tags else {}),
    }
    pairs = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
    return f"<outline {pairs}/>"
