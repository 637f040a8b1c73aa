"""Bytes to text for HTML whose encoding is declared, wrong or missing."""

from __future__ import annotations

from trafilatura.utils import decode_file


def decode_html(data: bytes) -> str:
    """Decode a page: its declared encoding if it decodes, else a detected one."""
    text: str = decode_file(data)
    return text
