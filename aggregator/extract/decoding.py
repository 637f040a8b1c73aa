"""Bytes of a response to HTML text: the content type decides, the charset decodes."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from w3lib.encoding import html_to_unicode

from aggregator.errors import NotHtml

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml", "text/xml"})
_SNIFF_TYPES = frozenset({"", "text/plain", "application/octet-stream", "binary/octet-stream"})
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p)\b", re.IGNORECASE)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")


def decode_html(body: bytes, content_type: str | None) -> str:
    """The text of an HTML response; raise NotHtml for anything else.

    Charset order: BOM, declared (``Content-Type``), ``<meta charset>``, then detection.
    """
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime not in _HTML_TYPES and not (mime in _SNIFF_TYPES and _looks_like_html(body)):
        raise NotHtml(f"content type {mime or 'unknown'} is not HTML")
    if body.lstrip()[:4] in _BINARY_MAGIC or body[:4] in _BINARY_MAGIC:
        raise NotHtml("binary content served as HTML")
    encoding, text = html_to_unicode(content_type, body, auto_detect_fun=_detect)
    if "\ufffd" in text and b"\xef\xbf\xbd" not in body:
        # The declared charset lies (bytes it cannot decode, that were not U+FFFD in the
        # page): trust detection instead.
        text = _redecoded(body, encoding) or text
    return text  # extract() refuses text that decoded from binary (looks_binary)


def _redecoded(body: bytes, declared: str) -> str | None:
    detected = _detect(body)
    if detected is None or codecs.lookup(detected).name == codecs.lookup(declared).name:
        return None
    try:
        return body.decode(detected)
    except (UnicodeDecodeError, LookupError):
        return None


#: Characters no web page's text holds: C0 controls but tab, newlines and form feed, and
#: U+FFFD (bytes no charset decodes). (Counted by a character class, which scans in C: the
#: translate() that deleted them looked each character up in a dict, ~0.12 ms a page.)
_JUNK = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")
#: Share of junk in the first 4,096 characters above which a page is binary: random bytes
#: decode to about 10% or more, text in any charset to none.
_BINARY_SHARE = 0.02


def looks_binary(text: str) -> bool:
    head = text[:4096]
    return len(_JUNK.findall(head)) > _BINARY_SHARE * len(head)


def _looks_like_html(body: bytes) -> bool:
    return bool(_HTML_START.search(body[:2048]))


#: How much more "chaos" than the best guess windows-1252 may show and still be preferred.
_CP1252_SLACK = 0.1


def _detect(body: bytes) -> str | None:
    """charset_normalizer's guess, except that windows-1252 wins a near tie: on short pages
    the single-byte Latin code pages score alike, and 1252 is the web's legacy default
    (WHATWG: the fallback for Western pages)."""
    matches = from_bytes(body[:65536])
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + _CP1252_SLACK:
            return "cp1252"
    return str(best.encoding)
