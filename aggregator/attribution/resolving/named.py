"""Who a credited phrase names (``Named``): what ``resolve.Resolver`` answers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Named:
    """Who a phrase names: a canonical name (None for "agencies"), whether the table knows
    it, and a URL when the phrase carried one."""

    name: str | None
    known: bool
    url: str | None = None
