"""Dates from markup and feeds as ISO 8601 strings."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso8601(value: str | None) -> str | None:
    """``value`` (ISO 8601 or RFC 822) as ISO 8601, with its timezone when it has one.

    A bare date stays a date; anything unparsable gives None rather than a guess.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    if _DATE_ONLY.match(text):
        return text
    parsed = _parse(text)
    return parsed.isoformat() if parsed else None


def _parse(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
