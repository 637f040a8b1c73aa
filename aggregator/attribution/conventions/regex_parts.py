"""Building blocks of the credit-line patterns: how a credit line opens and closes, where
the name sits, and alternations of label words."""

# ruff: noqa: RUF001, RUF003  (full-width colons and dashes are meant)

from __future__ import annotations

import re

#: Every credit pattern ignores case.
FLAGS = re.IGNORECASE | re.UNICODE
#: A label's separator ("Source: X", "Quelle – X", "Fuente | X").
SEP = r"\s*[:：\-–—|]\s*"
#: A line's start, past an opening bracket.
OPEN = r"^[(\[«]?\s*"
#: A line's end, past a closing bracket and a full stop in several scripts.
CLOSE = r"\s*[)\]»]?[.。۔।]?$"
#: The name credited: the group every pattern calls ``who``.
WHO = r"(?P<who>[^\n]{1,160}?)"


#: A newsroom's words for the piece a credit sentence is about ("This log is shared by …",
#: "These notices were first published in …"): never a photo's, a video's, a chart's, a
#: study's or a poll's, whose credits are no story's.
PIECE = (
    r"(?:article|story|piece|post|blog\s+post|report|essay|column|guest\s+column|content|"
    r"interview|text|op-ed|commentary|editorial|feature|analysis|obituary|brief|dispatch|"
    r"item|log|notice|newsletter|transcript|explainer|review|profile|update|bulletin|"
    r"round-?up|recap|digest|listing)"
)
PIECES = (
    r"(?:articles|stories|pieces|posts|reports|essays|columns|editorials|features|briefs|"
    r"dispatches|items|logs|notices|updates|bulletins|listings|obituaries|reviews|profiles)"
)
#: "This story was", "The column has been", "These notices were": the piece, then its verb.
THIS_PIECE_IS = (
    rf"(?:(?:this|the)\s+{PIECE}\s+(?:is|was|has\s+been)|"
    rf"(?:these|the)\s+{PIECES}\s+(?:are|were|have\s+been))"
)
#: The same, "this" or "these" only: "The story was first reported by X" is said of news
#: another outlet broke, "This story was first reported by X" of this copy.
ONLY_THIS_PIECE_IS = (
    rf"(?:this\s+{PIECE}\s+(?:is|was|has\s+been)|these\s+{PIECES}\s+(?:are|were|have\s+been))"
)


#: A wire's filing time after its desk slug, 24-hour: "UNI BSK RJ 1705", "PTI SKU RT 0941".
FILING_TIME = r"(?:\s+(?:[01]\d|2[0-3])[0-5]\d)?"
#: A desk's lower-case initials after a German agency's tag on its own line ("epd lsw ug",
#: "dpa lnw mar"): one to three of two to four letters, never a small word of a sentence.
LOWER_DESK_CODES = (
    r"(?:\s+(?!(?:und|and|mit|von|vom|via|the|der|die|das|den|dem|für|aus|bei|nach|zum|zur|"
    r"et|de|du|la|le|les|of|on|at|to|in|im|am|an|per|con|del|el|y|e|o|a)\b)[a-z]{2,4}){1,3}"
)
#: Not after a domain's top-level label: "bbc.com/news" is a link's path.
NO_PATH = r"(?<!\.[a-z]{2})(?<!\.[a-z]{3})(?<!\.[a-z]{4})"


def any_of(words: str) -> str:
    """An alternation of the ``|``-separated words, longest first."""
    # Longest first: "with" must not shadow "with reporting from" (a match is never retried).
    alternatives = sorted({w.strip() for w in words.split("|")}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(alternatives) + ")"


#: A name's words: capitalised (or digits: "9News"), joined by the small words names keep
#: ("Eco di Valsesia", "Field & Furrow"), one to seven of them. "Contact the Harbour Gazette"
#: and "Harbour Gazette stories" are a sentence's words, not a name.
PROPER_NAME = (
    r"(?-i:[A-Z0-9À-Þ][\w&'’.-]*)(?:\s+(?:(?-i:[A-Z0-9À-Þ][\w&'’.-]*)|&|(?-i:of|de|du|la|le|"
    r"del|di|da|do|y|and|und|für|van|von))){0,6}?"
)


class Lowered:
    """An IGNORECASE alternation of words, searched case-sensitively in the lowered text.

    Speed: Python's IGNORECASE compares each alternative's letters both ways at every place,
    so a long list of words costs about 0.1 ms a line; in the lowered text one comparison
    does, about three times faster. The places found are the same: ``str.lower`` keeps every
    character's place but "İ"'s (the pattern itself is searched in a text holding one). A
    match's text is the lowered text's."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        # Upper-case letters outside escapes ("\S", "\W") would match nothing lowered.
        if any(char.isupper() for char in re.sub(r"\\.", "", pattern.pattern)):
            raise ValueError(f"not all lower case: {pattern.pattern[:60]}")
        self.pattern = pattern
        self._exact = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if "İ" in text:
            return self.pattern.search(text, pos)
        return self._exact.search(text.lower(), pos)
