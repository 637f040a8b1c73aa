"""Lines that name two parties, the original and who handed the copy on: a platform's line
("Harbour Gazette via NewsBreak", PressReader's "Harbour Gazette · 4 Mar 2026 · via
PressReader"), a first publisher and a second ("Originally published by X; republished by Y
with permission"), and the "provided by" line of Japanese and Chinese portals ("記事提供：X").
The platform, the aggregator and the second site only passed the story on; the original is the
other name (issue 14: the third conventions round's two-party lines)."""

# ruff: noqa: RUF001, RUF002, RUF003  (full-width colons and other scripts' marks are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS, PROPER_NAME
from aggregator.attribution.names import Trust
from aggregator.attribution.not_credits.intermediaries import NEWS_APPS

#: The platforms a copier names after the original (not_credits.intermediaries.PLATFORM reads
#: the name alone).
_PLATFORMS = r"(?:the\s+)?(?:" + NEWS_APPS + r")(?:\s+app)?"
#: "Harbour Gazette via NewsBreak", "Harbour Gazette · 4 Mar 2026 · via PressReader": the
#: outlet, maybe its edition's date, then the platform the copier found it on. The platform's
#: name vouches that the line is a source line, so the outlet need not read as one.
VIA_PLATFORM = re.compile(
    # not a button's or a teaser's words: "Subscribe via Google News", "Available via …"
    r"^[(\[]?\s*(?!(?:subscribe|follow|read|listen|watch|get|find|share|sign|available|"
    r"also|download|see|view|add|save|open|click|tap|join|more|latest|top|now|only|and)\b)"
    r"(?P<who>" + PROPER_NAME + r")(?:\s*[·•|,]\s*[^\n·•|]{0,30}\d[^\n·•|]{0,30}?)?"
    r"\s*[·•|,–—-]?\s+[(\[]?(?:via|through)\s+" + _PLATFORMS + r"\s*[)\]]?[.]?$",
    FLAGS,
)
#: "提供：『月刊みなと』", "記事提供：北浜新報", "供稿：东江晚报": who provided the
#: article, on Japanese and Chinese portals. "提供" alone also credits a photo
#: ("写真提供"), so there only a name in a publication's title marks (『』, 《》) counts.
CJK_PROVIDED = re.compile(
    r"^[(\[（【]?\s*(?:(?:記事提供|記事配信|提供元|配信元|供稿|稿件提供)\s*[:：=＝]\s*|"
    r"提供\s*[:：=＝]\s*(?=[『《][^\n』》]{1,40}[』》]))(?P<who>[^\n:：]{1,40}?)"
    r"\s*[)\]）】]?[.。]?$",
    FLAGS,
)

PATTERNS = [(VIA_PLATFORM, Trust.NAMED), (CJK_PROVIDED, Trust.NAMED)]


_PLATFORM_WORDS = re.compile(
    r"news|flipboard|reader|yahoo|msn|microsoft|upday|dailyhunt|inshorts|aol|bing"
)


def hinted(folded: str) -> bool:
    """Whether the casefolded line holds the words PATTERNS need (a cheap look first)."""
    if "via " in folded or "through " in folded:
        return _PLATFORM_WORDS.search(folded) is not None
    return any(word in folded for word in ("提供", "配信", "供稿"))


#: "Via Yahoo News, originally from Kestrel Bay Times", "MSN — first published by X": after
#: the platform, the words that name the original.
ORIGINALLY_FROM = re.compile(
    r"(?:[,;]\s*|\s[-–—]\s*|\s\()(?:originally|first)\s+(?:from|by|on|in|at|(?:published|"
    r"appeared|ran|posted)\s+(?:by|in|on|at))\s+(?P<who>[^\n]{2,80}?)\)?$",
    FLAGS,
)
#: A clause that says where the piece was first published: "Originally published by X;".
_FIRST_WORDS = re.compile(r"\b(?:originally|first|initially)\b", FLAGS)


def first_clause(line: str, second: int) -> str | None:
    """The clause of ``line`` naming the first publisher, before the one at ``second`` that
    names the second site to republish it ("Originally published by Harbour Gazette;
    republished by Pinecrest Herald with permission", "First published by X and reprinted by
    Y"), or None."""
    head = line[:second]
    cut = max(head.rfind(";"), head.rfind(". "), head.rfind(", "), head.rfind(" and "))
    if cut <= 0 or not _FIRST_WORDS.search(head[:cut]):
        return None
    return head[:cut].strip()
