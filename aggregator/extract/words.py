"""Word-level helpers shared by the extraction stages."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> str:
    """``text`` as lower-cased words joined by single spaces: what two spellings of one
    line (case, punctuation, spacing) have in common."""
    return " ".join(_TOKEN.findall(text.lower()))


def words(text: str) -> list[str]:
    """The lower-cased words of ``text``."""
    return _TOKEN.findall(text.lower())
