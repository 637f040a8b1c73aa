"""What a theme or an editor puts around a credit line, which is no part of it (issue 14, the
fifth conventions round): an emoji, an icon or an arrow before the label ("📰 Source: X",
"➡️ Read more at X", "🔗 Via X", "▶ Source: X", "» Quelle: X"), curly or angle brackets
around the line ("{Courtesy: X}", "<Via: X>"), Chinese and Japanese lenticular or
square brackets ("【時事通信社】", read as "（時事通信社）"), Markdown's bold or italic
marks ("**Courtesy:**" on a line, "**X**" on the next), and a credit label run into the
story's last sentence with no space after its full stop ("… eighteen months.Source: X").

The credit is read from the line without them; the line leaves the text whole. A line that
only opens with a quotation mark ("»Wir bauen«", German's quotes) keeps it: a guillemet or an
arrow counts as an icon only with a space after it.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (icons, arrows, guillemets and CJK brackets are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.edge_credits import CREDIT_LEADS, CREDIT_NOUNS

#: Icons, pictographs and arrows a line may open with: the emoji planes, arrows, geometric
#: shapes, dingbats and miscellaneous symbols, with the variation selector and the joiner that
#: build an emoji ("➡️"). A guillemet, a single angle quote or a bullet only with a space after.
_ICONS = (
    r"(?:[\U0001F000-\U0001FAFF\u2190-\u21FF\u2300-\u23FF\u25A0-\u27BF\u2900-\u297F"
    r"\u2B00-\u2BFF][\uFE0E\uFE0F\u200D\U0001F3FB-\U0001F3FF]*"
    r"|[»›•·>](?=\s))"
)
_LEADING_ICONS = re.compile(r"^\s*(?:" + _ICONS + r"\s*)+")
#: "{Courtesy: X}", "<Via: X>": brackets around the whole line, read as round ones.
_WRAPPED = re.compile(r"^\s*[{<]\s*(?P<inner>[^{}<>\n]{2,200}?)\s*[}>]\s*([.。]?)\s*$")
#: "【時事通信社】", "〔共同〕", "［新华社］": the lenticular, tortoise-shell and square brackets
#: of Chinese and Japanese around a whole line, read as full-width round ones ("（時事）").
_CJK_OPENERS = "【〔［〖"
_CJK_WRAPPED = re.compile(
    r"^\s*[【〔［〖]\s*(?P<inner>[^【】〔〕［］〖〗\n]{1,40}?)\s*[】〕］〗]\s*([.。]?)\s*$"
)
#: "**Courtesy:**", "__X__", "*X*": Markdown's emphasis around the whole line or its label.
_EMPHASIS = re.compile(r"(\*{1,2}|_{2})(?P<inner>[^*_\s](?:[^*_\n]{0,118}[^*_\s])?)\1")
#: Lines longer than this are paragraphs: their decorations are the writer's.
MAX_DECORATED_CHARS = 240


#: A sign-off's name between dashes, as South Asian papers and services frame it ("- Lankapuri
#: News Service -", "-- PTI --").
_LETTER = re.compile(r"[^\W\d_]")  # "-30-", "- 0 -": an end mark, no name
_DASH_FRAMED = re.compile(r"^[-–—]{1,2}\s*(?P<inner>[^-–—\n]{2,60}?)\s*[-–—]{1,2}$")


def undecorated(line: str) -> str:
    """``line`` without the icons before it, its curly or angle brackets (as round ones) and
    its Markdown emphasis; ``line`` itself when it has none (most lines: looked at cheaply)."""
    text = line.strip()
    if not text or len(text) > MAX_DECORATED_CHARS:
        return line
    first = text[0]
    if first.isalnum() and "*" not in text and "__" not in text:
        return line  # most lines (speed)
    bare = _LEADING_ICONS.sub("", text, count=1)
    if "*" in bare or "__" in bare:
        bare = _EMPHASIS.sub(lambda m: m.group("inner"), bare)
    if bare[:1] in "{<" and (wrapped := _WRAPPED.match(bare)):
        bare = f"({wrapped.group('inner')}){wrapped.group(2)}"
    elif bare[:1] in _CJK_OPENERS and (wrapped := _CJK_WRAPPED.match(bare)):
        bare = f"（{wrapped.group('inner')}）{wrapped.group(2)}"
    elif bare[:1] in "-–—" and (framed := _DASH_FRAMED.match(bare)) and _LETTER.search(bare):
        bare = f"— {framed.group('inner')}"  # "- Lankapuri News Service -": a dashed sign-off
    bare = bare.strip()
    return bare if bare and bare != text else line


#: A credit label run into the sentence before it, its full stop with no space after
#: ("… eighteen months.Source: Wales Online"): the label is capitalised and has its colon,
#: so a domain ("wfaa.com") or an abbreviation ("U.S.") is never cut.
RUN_IN_LABEL = re.compile(
    r"(?<=[^\W\d_]{2}[.!?])(?=(?-i:[A-ZÀ-Þ]))(?=(?:"
    + CREDIT_NOUNS
    + "|"
    + CREDIT_LEADS
    + r")\s*[:：])",
    re.IGNORECASE,
)


def run_in_starts(text: str) -> list[int]:
    """Where a credit label run into the sentence before it starts (looked for only when a
    label's colon follows a full stop closely: speed)."""
    if ":" not in text and "：" not in text:
        return []
    return [m.start() for m in RUN_IN_LABEL.finditer(text)]
