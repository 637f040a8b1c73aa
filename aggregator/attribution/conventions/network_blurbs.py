"""A newsroom network's membership blurb under a member's story: "Iowa Capital Dispatch is
part of States Newsroom, a nonprofit news network supported by grants …", "The Harbour
Ledger is a member of the Institute for Nonprofit News", "… is part of the USA TODAY
Network", "… is a project of the Tidewater Trust", "… maintains editorial independence."
(issue 14, pass 25).

It names the network, no original: the story stays the member's. Once the member is decided
as the publisher, a blurb opening with its name is its credit's tail and leaves the text with
it (leftovers.without_restated), at the text's edges only: between paragraphs "The Harbour
Ledger is part of a coalition suing the state" is reporting. A blurb about another outlet
stays.

On another site the same footer, whole, is the member's credit (pass 38): a member prints it
under every story it lets others run, and only a newsroom says it "maintains editorial
independence". The last line naming one member in both sentences ("Florida Phoenix is part of
States Newsroom … Florida Phoenix maintains editorial independence.") credits it; a
membership sentence alone ("The bridge is part of the Trans-Canada Highway.") credits no
one."""

from __future__ import annotations

import re

from aggregator.attribution.publishers import normalize

#: The longest blurb: a few sentences (membership, funding, independence, the editor's mail).
MAX_BLURB_CHARS = 600
#: The member's name, then its membership of a named network ("part of States Newsroom", "a
#: member of the Institute for Nonprofit News", "an affiliate of …") or its independence.
_BLURB = re.compile(
    r"^(?P<name>[^\n,.;:]{2,80}?)\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:proud\s+|founding\s+|"
    r"nonprofit\s+|non-profit\s+)?(?:part|member|project|affiliate|partner|publication|"
    r"program|programme|initiative|newsroom|subsidiary)\s+(?:of|in|with)\s+(?:the\s+)?"
    r"(?-i:[A-Z0-9])"
    r"|^(?P<same>[^\n,.;:]{2,80}?)\s+maintains?\s+(?:full\s+)?editorial\s+independence\b",
    re.IGNORECASE,
)


def membership(line: str, names: set[str]) -> bool:
    """Whether ``line`` is a network's blurb about one of ``names`` (normalised), the member
    it opens with."""
    line = line.strip()
    if len(line) > MAX_BLURB_CHARS:
        return False
    match = _BLURB.match(line)
    if match is None:
        return False
    return normalize(match.group("name") or match.group("same")) in names


_INDEPENDENT = re.compile(
    r"(?:^|[.!?]\s+)(?P<name>[^\n,.;:]{2,80}?)\s+maintains?\s+(?:full\s+)?editorial\s+independence\b",
    re.IGNORECASE,
)


def member_of(line: str) -> str | None:
    """The member a whole network footer names in its membership sentence and in its
    independence sentence, or None."""
    line = line.strip()
    if len(line) > MAX_BLURB_CHARS or (match := _BLURB.match(line)) is None:
        return None
    name = match.group("name")
    if not name:
        return None
    same = any(normalize(m.group("name")) == normalize(name) for m in _INDEPENDENT.finditer(line))
    return name.strip() if same else None
