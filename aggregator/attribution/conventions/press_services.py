"""The trailers of press-release services and the lines naming a table outlet's app or a
wire's licensing platform (issue 14, the sixth conventions round).

A press-release service prints the sender's text under its own trailer: APA's OTS ("OTS-
ORIGINALTEXT PRESSEAUSSENDUNG UNTER AUSSCHLIESSLICHER INHALTLICHER VERANTWORTUNG DES AUSSENDERS
| OTS0042 | …": the sender answers for the text, APA's newsroom did not write it, so the
service is credited, never APA) and news aktuell's ots ("Original-Content von: Stadtwerke
Talheim, übermittelt durch news aktuell": the sender is named, and credited). A share footer
("Sent from the BBC News app", "Shared via the WSJ app") and a licence line ("This story was
licensed through Reuters Connect") name the outlet the story came from; only a table outlet
counts there ("Sent from my iPhone" names no one)."""

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS
from aggregator.attribution.names import Trust

#: APA-OTS's trailer: the service names itself ("OTS-ORIGINALTEXT …", its number "OTS0042").
APA_OTS = re.compile(
    r"^(?P<credit>OTS-ORIGINALTEXT\s+PRESSEAUSSENDUNG\b[^\n]{0,200})$", re.IGNORECASE
)
APA_OTS_NAME = "APA-OTS"
#: news aktuell's ots trailer names the sender: "Original-Content von: X, übermittelt durch
#: news aktuell".
OTS_SENDER = re.compile(
    r"^original-content\s+von:?\s+(?P<who>[^\n,]{2,80}?)\s*(?:,\s*übermittelt\s+durch\s+"
    r"news\s+aktuell)?\.?$",
    FLAGS,
)
#: "Sent from the BBC News app", "Shared via the WSJ app": a share footer.
SHARE_FOOTER = re.compile(
    r"^(?:sent|shared|sharing)\s+(?:from|via|with|using)\s+(?:the\s+)?(?P<who>[^\n]{2,40}?)"
    r"\s+app\.?$",
    FLAGS,
)
#: "This story was licensed through Reuters Connect", "Licensed from X".
LICENSED = re.compile(
    r"^(?:(?:this|the)\s+(?:story|article|content|report)\s+(?:was|is|has\s+been)\s+)?"
    r"licen[cs]ed\s+(?:through|from|via)\s+(?P<who>[^\n]{2,60}?)\.?$",
    FLAGS,
)
#: (pattern, how far its wording vouches for a name the table lacks), read at the edges.
PATTERNS = [(SHARE_FOOTER, Trust.KNOWN), (LICENSED, Trust.KNOWN)]
HINTS: dict[re.Pattern[str], tuple[str, ...]] = {
    SHARE_FOOTER: (" app",),
    LICENSED: ("licensed", "licenced"),
}


def trailer(line: str) -> tuple[str, Trust] | None:
    """Who a press-release service's trailer credits, and how sure: APA-OTS for its own
    trailer, the sender for news aktuell's; None for any other line. Read before the other
    patterns: "Original-Content von: X" is no "Original: <link>"."""
    opening = line[:16].casefold()
    if opening.startswith("ots-") and APA_OTS.match(line):
        return APA_OTS_NAME, Trust.STRONG
    sender = OTS_SENDER.match(line) if opening.startswith("original-content") else None
    return (sender.group("who").strip(), Trust.STRONG) if sender else None
