"""Who really published a story: credit lines, image credits and markup."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from aggregator.models import Attribution, FeedEntry


def attribute(
    text: str,
    *,
    url: str,
    meta: Mapping[str, str] | None = None,
    jsonld: Sequence[Mapping[str, Any]] = (),
    entry: FeedEntry | None = None,
) -> tuple[str, Attribution]:
    """Return ``text`` with credit lines removed, and the attribution they and the markup give.

    Foundation stub: finds nothing yet (issue 4 fills it in).
    """
    return text, Attribution()
