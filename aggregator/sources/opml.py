"""OPML 1.0/2.0 outlines to source records and back (the feed readers' exchange format)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import quoteattr

from lxml import etree

from aggregator.errors import SourceError
from aggregator.sources.registry import Source, format_interval


def read_opml(data: bytes) -> list[dict[str, Any]]:
    """Source records from every outline with an xmlUrl, however deeply nested in categories."""
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
        records.append(record)
    return records


def write_opml(sources: list[Source]) -> str:
    """OPML 2.0; ``name``, ``interval`` and ``max_age`` ride along as extra attributes."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head><title>aggregator sources</title></head>",
        "  <body>",
    ]
    for s in sources:
        attrs = {
            "type": "rss",
            "text": s.title or s.name,
            **({"title": s.title} if s.title else {}),
            "xmlUrl": s.url,
            "name": s.name,
            "interval": format_interval(s.interval),
            **({"max_age": format_interval(s.max_age)} if s.max_age is not None else {}),
        }
        pairs = " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items())
        lines.append(f"    <outline {pairs}/>")
    lines += ["  </body>", "</opml>"]
    return "\n".join(lines) + "\n"
