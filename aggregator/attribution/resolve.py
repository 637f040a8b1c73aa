"""Turning the phrase a credit or a markup property gives into a publisher's canonical name."""

# ruff: noqa: RUF001  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import re
from dataclasses import dataclass

from aggregator.attribution.patterns import GENERIC
from aggregator.attribution.publishers import PublisherTable, normalize
from aggregator.urls import host_of

_URL = re.compile(
    r"(?:https?://|www\.)[^\s)\]>\"']+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b"
    r"(?:/[^\s)\]>\"']*)?",
    re.I,
)
_PIECES = re.compile(
    r"\s*(?:[,;/&+|·•]|\band\b|\bund\b|\bet\b|\by\b|\bvia\b|\s[-–—]\s|\sو|"
    r"\sاور\s|\sऔर\s|\bwith\b)\s*",
    re.I,
)
_TRAILER = re.compile(r"(?:\s*(?:\d{4}|all rights reserved|ltd|inc|llc|gmbh)\.?)+\s*$", re.I)
_NAME_WORD = re.compile(r"[^\s,;:()\[\]]+")
#: Articles before a name the table lacks ("in der EMOTION"): dropped.
_ARTICLES = {"der", "die", "das", "dem", "den", "le", "la", "les", "el", "los", "las"}
_CONNECTORS = {"of", "the", "and", "de", "la", "le", "du", "des", "der", "die", "el", "al", "&"}
_NOT_NAMES = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"today|yesterday|this|that|these|those|here|there|our|my|his|her|their|its|a|an|"
    r"google|getty|shutterstock|wikimedia|wikipedia|twitter|facebook|instagram|youtube|x)\w*$",
    re.I,
)
#: "the website of", "موقع": a name follows.
_WEBSITE = re.compile(
    r"^(?:(?:the\s+)?(?:website|site|portal|web)\s+(?:of\s+)?|"
    r"le\s+site\s+(?:de\s+)?|"
    r"el\s+sitio\s+(?:de\s+)?|موقع\s+|ویب\s*سائٹ\s+|वेबसाइट\s+)",
    re.I,
)
#: A byline's date part: "Updated: March 3", "2024 10:00 IST".
_DATEISH = re.compile(r"\d|^(?:updated|published|posted|last updated)\b", re.I)
#: A sign-off after the agencies ("dpa/AFP/lko"): an editor's initials.
_INITIALS = re.compile(r"^[a-zäöü]{1,4}$")


@dataclass(frozen=True)
class Named:
    """Who a phrase names: a canonical name (None for "agencies"), whether the table knows
    it, and a URL when the phrase carried one."""

    name: str | None
    known: bool
    url: str | None = None


class Resolver:
    """Reads publisher names out of credit phrases with the publisher table."""

    def _named_beside(self, who: str, url: re.Match[str], strong: bool) -> Named | None:
        """The name the phrase gives besides its URL, carrying the URL."""
        rest = (who[: url.start()] + who[url.end() :]).strip(" .:;,()[]-–—")
        if not rest:
            return None
        named = self.resolve(rest, strong)
        if named is None or named.name is None:
            return None
        return Named(named.name, named.known, url.group(0))

    def __init__(self, table: PublisherTable) -> None:
        self.table = table

    def accept(self, who: str, strong: bool) -> bool:
        return self.resolve(who, strong) is not None

    def resolve(self, who: str, strong: bool) -> Named | None:
        """The publisher ``who`` names; ``strong`` lets a name the table lacks through."""
        who = _WEBSITE.sub("", who.strip(" .:;,()[]«»\"'"))
        if not who:
            return None
        url = _URL.search(who)
        # A weak credit must be the URL alone: "mg.co.za said ..." names no original.
        if url is not None and (strong or url.group(0).strip(" .") == who):
            named = self._from_url(url.group(0), strong)
            if named is not None and not named.known:
                # "Originally published by The Gulf Ledger: <link>": an unknown domain, but
                # the phrase names the publisher too; the name beats a bare host name.
                by_name = self._named_beside(who, url, strong)
                named = by_name or named
            if named is not None:
                return named
        if normalize(who) in GENERIC:
            return Named(None, False)
        pieces = [_TRAILER.sub("", p).strip(" .:()") for p in _PIECES.split(who)]
        pieces = [p for p in pieces if p]
        whole = self.table.by_name(_TRAILER.sub("", who))
        if whole is not None:
            return Named(whole.name, True)
        found = self._known(pieces, strong)
        if found is not None and (strong or self._only_names(pieces)):
            return found
        if pieces and all(normalize(p) in GENERIC or _INITIALS.match(p) for p in pieces):
            return Named(None, False) if any(normalize(p) in GENERIC for p in pieces) else None
        return self._raw(pieces[0]) if strong and pieces else None

    def _only_names(self, pieces: list[str]) -> bool:
        """A weak credit holds nothing but names: "Reuters/Jane Doe", "dpa/AFP/lko"."""
        return all(
            self.table.by_name(p) is not None
            or normalize(p) in GENERIC
            or _INITIALS.match(p)
            or _short_name(p)
            or _DATEISH.search(p)
            for p in pieces
        )

    def _known(self, pieces: list[str], strong: bool) -> Named | None:
        for piece in pieces:
            publisher = self.table.by_name(piece)
            if publisher is None and strong:
                hit = self.table.at_start(piece)
                publisher = hit[0] if hit else None
            if publisher is not None:
                return Named(publisher.name, True)
        return None

    def _from_url(self, url: str, strong: bool) -> Named | None:
        full = url if "://" in url else "https://" + url
        publisher = self.table.by_domain(full)
        if publisher is not None:
            return Named(publisher.name, True, full if "/" in url.split("//")[-1] else None)
        host = host_of(full)
        if not strong or host is None:
            return None
        return Named(host, False, full if "/" in url.split("//")[-1] else None)

    @staticmethod
    def _raw(piece: str) -> Named | None:
        """A name the table lacks: the leading capitalised words of the phrase."""
        words = []
        for match in _NAME_WORD.finditer(piece):
            word = match.group(0)
            if word[0].isalpha() and word[0].islower() and word.lower() not in _CONNECTORS:
                break
            words.append(word.rstrip("."))
            if word.endswith("."):
                break
        while words and words[-1].lower() in _CONNECTORS | {"der", "die", "das"}:
            words.pop()
        while words and (words[0].lower() in _ARTICLES or not any(c.isalpha() for c in words[-1])):
            words.pop(0 if words[0].lower() in _ARTICLES else -1)
        if not words or len(words) > 6 or _NOT_NAMES.match(words[0]):
            return None
        if not any(c.isalpha() for c in words[0]):
            return None
        return Named(" ".join(words), False)


def _short_name(piece: str) -> bool:
    """A person's or agency's name of up to four capitalised words ("Jane Doe")."""
    words = piece.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)
