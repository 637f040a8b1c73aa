"""A wire's house sign-off at the end of its copy, once the page is decided as that wire's
(issue 14, the seventh blind set: 43% of wire pages kept one in the text). Read only at the
text's tail and only for the decided wire, so a sentence that mentions a wire stays:

- the wire's tag with its desk slugs, run into the last sentence or on a line of its own:
  "… 35 million dollars. PTI NKS RHL", "--IANS rvt/skp", "==Kyodo", "भाषा सुरेश नरेश",
  "भाषा सं. रावत दिलीप" (a desk word abbreviated with its full stop);
- the desk editor's line under the story: "Editor: Bayu Prasetyo", "Redaktur: …";
- Reuters' standards link: "Our Standards: The Thomson Reuters Trust Principles.";
- the desk's initials alone on the last line or run into its last sentence: "bur-sst/dc",
  "lth/rl", "PMC // SB", "… sooner. dk/jm/rlp";
- the wire's story number or time stamp after its tag: "dpa:260304-99-123456/2",
  "KUNA 041041 Mar 26NNNN", and the filing time after its desk slug: "UNI BSK RJ 1705";
- a German agency's tag with its desk's initials in lower case, on a line of its own: "epd
  lsw ug" (never run into a sentence, never a small word: "epd und kna" stays);
- the end marker alone: "(END)";
- the wire's pointer to its hub page: "AP March Madness coverage: https://apnews.com/hub/…";
- the reporter's line: "Pewarta: Jane Doe", "Reporter: Jane Doe", or the reporters in
  brackets: "(By Lin Yu-ting and Chao Wen-hsuan)";
- the wire's disclosure of who funds a beat, naming the wire: "The Associated Press' climate
  and environmental coverage receives financial support from multiple private foundations.
  AP is solely responsible for all content." (AP's health, religion and education desks say
  the same).
"""

# ruff: noqa: RUF001  (dashes and full-width colons are meant)

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from aggregator.attribution.conventions import (
    desk_codes,
    desk_sign_offs,
    editor_lines,
    notice_runs,
)
from aggregator.attribution.conventions.end_markers import BRACKETED_BYLINE
from aggregator.attribution.conventions.regex_parts import FILING_TIME, LOWER_DESK_CODES

#: How many lines from the end a house line may stand (slug, editor, standards link).
TAIL_LINES = 3

#: A desk slug: initials ("NKS", "XC"), lower-case initials joined by slashes ("rvt/skp",
#: "otb/kwa/ach"), or a short word of a non-Latin script (Hindi desks sign with names:
#: "सुरेश नरेश", "एसकेपी/एबीएम", with an abbreviated desk word: "भाषा सं. रावत दिलीप"). Never a
#: Latin word in lower case alone ("said").
_CODE = (
    r"(?:[A-Z]{1,4}(?:/[A-Z]{1,4})*|[a-z]{1,4}(?:/[a-z]{1,4})+"
    r"|[^\x00-\u024f\s\d/.,;:!?।]{1,8}\.?(?:/[^\x00-\u024f\s\d/.,;:!?।]{1,8})*)"
)
#: The tag opens a line or follows the last sentence's end.
_AFTER_SENTENCE = r"(?:^|(?<=[.!?।。\"”’)])\s*)"
_MARKS = r"(?:--|==|—|–|-)?\s*"

#: "Editor: Bayu Prasetyo", "Editing by Toby Ashworth", "Pewarta: Jane Doe": a person's name,
#: nothing more.
EDITOR_LINE = re.compile(
    r"^(?:editor|editors|editing\s+by|edited\s+by|redaktur|penyunting|editor\(s\)|pewarta|"
    r"wartawan|reporter)\s*[:：]?\s*"
    r"(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}$",
    re.IGNORECASE,
)
#: Reuters' link under every story ("Our Standards: The Thomson Reuters Trust Principles.,
#: opens new tab").
STANDARDS_LINE = re.compile(r"^Our Standards:\s*The Thomson Reuters Trust Principles\b.{0,30}$")
#: The desk's initials alone: lower case joined by slashes, a bureau's first ("bur-sst/dc"),
#: capitals joined by double slashes ("PMC // SB") or by single ones, as the Senegalese and
#: other West African agencies sign ("ADI/ASG/OID"), or each set closed by its slash, as PAP
#: signs its English service ("jk/ mhr/", "ak/ jc/ mw/").
DESK_INITIALS = re.compile(
    r"^(?:[a-z]{2,4}-)?[a-z]{2,4}(?:/[a-z]{2,4})+$|^[A-Z]{2,5}(?:\s*//\s*[A-Z]{2,5})+$"
    r"|^[A-Z]{2,4}(?:/[A-Z]{2,4}){1,4}$"
    r"|^[a-z]{2,4}/(?:\s*[a-z]{2,4}/)+$"
)
#: The same initials run into the last sentence: "… unless a deal is reached sooner. dk/jm/rlp".
DESK_INITIALS_RUN_IN = re.compile(
    r"(?<=[.!?।。\"”’)])\s+(?:[a-z]{2,4}-)?[a-z]{2,4}(?:/[a-z]{2,4})+$"
)
#: The end marker alone: "(END)", "(FIN)".
END_ALONE = re.compile(r"^\((?:END|ENDS|FIN|ENDE|FIM)\)$", re.IGNORECASE)


#: A beat's funding disclosure: "… coverage receives financial support from …", "… Department
#: receives support from …", "… with funding from Lilly Endowment Inc. The AP is solely
#: responsible for this content." Counts only when it names the decided wire.
FUNDING_LINE = re.compile(
    r"\b(?:receives?|received|is\s+supported|is\s+funded)\b.{0,300}?"
    r"\bsolely\s+responsible\s+for\s+(?:all|this|the|its)\b",
    re.IGNORECASE | re.DOTALL,
)


#: The AP's pointer to its rules for that support, under the disclosure: "Find AP's standards
#: for working with philanthropies, a list of supporters and funded coverage areas at AP.org."
PHILANTHROPY_LINE = re.compile(
    r"\bstandards\s+for\s+working\s+with\s+(?:philanthropies|foundations|funders)\b",
    re.IGNORECASE,
)


def _funding(line: str, names: Iterable[str]) -> bool:
    if "responsible" in line and FUNDING_LINE.search(line) is not None:
        pass
    elif "standards" not in line or PHILANTHROPY_LINE.search(line) is None:
        return False
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", line) for n in names if n)


#: Whole house lines at the tail; "(By Lin Yu-ting and Chao Wen-hsuan)": the wire's reporters
#: in brackets above its end marker (CNA's Focus Taiwan).
_HOUSE_LINES = (
    *(EDITOR_LINE, STANDARDS_LINE, DESK_INITIALS, END_ALONE, BRACKETED_BYLINE),
    *editor_lines.HOUSE_LINES,  # national agencies' editors' lines and end markers
    *desk_codes.HOUSE_LINES,  # slashed initials, service codes, Chinese and Arabic end marks
    notice_runs.BARE_NOTICE,  # "This material may not be published, broadcast, …"
)


#: After the tag, its story number or time stamp: "dpa:260304-99-123456/2", "KUNA 041041
#: Mar 26NNNN".
_STAMP = r"(?::\d{6}-\d{2}-\d{3,7}(?:/\d{1,3})?|\s+\d{6}\s+[A-Z][a-z]{2}\s+\d{2}(?:NNNN)?)?"


#: dpa's full routing line: its service, desk, and region codes, one with a digit ("dpa lsw
#: xy yyzz n1 hal"); beside the shorter "epd lsw ug" (LOWER_DESK_CODES).
_LONG_DESK_CODES = (
    r"(?:"
    + LOWER_DESK_CODES
    + r"|(?:\s+(?!(?:und|and|mit|von|vom|via|the|der|die|das|den|dem|für|aus|bei|nach|zum|zur|"
    r"et|de|du|la|le|les|of|on|at|to|in|im|am|an|per|con|del|el|y|e|o|a)\b)[a-z][a-z0-9]{1,3})"
    r"{4,6})"
)


def _slug_tail(names: Iterable[str]) -> re.Pattern[str] | None:
    return _slug_pattern(tuple(sorted({n for n in names if n}, key=len, reverse=True)))


@lru_cache(maxsize=256)
def _slug_pattern(spelled: tuple[str, ...]) -> re.Pattern[str] | None:
    """The tail pattern of a wire's spellings (longest first), compiled once a wire."""
    if not spelled:
        return None
    alternatives = "|".join(re.escape(n) for n in spelled)
    return re.compile(
        # "efe ccm/lml", "(AGI)Ba1/Fab 141230 MAR 25", "وام/دينا عمر/حاتم محمد"
        desk_codes.tagged_codes(alternatives) + r"|"
        # "jd/th dpa": dpa's English service puts its editors' initials before its tag
        r"^(?:[a-z]{1,4}/)+[a-z]{1,4}\s+(?:"
        + alternatives
        + r")"
        + _STAMP
        + r"\s*$|"
        # "epd lsw ug": a German agency's tag, its desk's and editor's initials in lower case,
        # on a line of its own
        + r"^(?:"
        + alternatives
        + r")"
        + _LONG_DESK_CODES
        + r"\s*$|"
        + _AFTER_SENTENCE
        + _MARKS
        + r"(?:"
        + alternatives
        + r")"
        + _STAMP
        + r"(?:\s*/\s*[a-z]{1,4}(?:/[a-z]{1,4})*)?(?:\s+"
        + _CODE
        # "UNI BSK RJ 1705": the desk's filing time after its codes
        + r"){0,3}"
        + FILING_TIME
        + r"\s*$"
    )


#: "AP women's March Madness coverage: https://apnews.com/hub/ncaa-womens-bracket", "AP NFL:
#: https://apnews.com/hub/nfl": the wire's pointer to its hub page, its tag opening it.
_HUB_LINE = re.compile(r"^(?P<tag>[^\s:]+)\s[^:\n]{0,80}?:\s*(?P<url>https?://\S+)$")


def _hub_line(line: str, names: Iterable[str], domains: Iterable[str]) -> bool:
    """The wire's hub pointer: its tag, a few words, and a link on its own domain."""
    match = _HUB_LINE.match(line)
    if match is None or match.group("tag").removesuffix("'s") not in names:
        return False
    host = urlsplit(match.group("url")).hostname or ""
    return any(host == d or host.endswith("." + d) for d in domains if d)


def without_house_tail(
    text: str, wire_names: Iterable[str], domains: Iterable[str] = ()
) -> tuple[str, list[str]]:
    """``text`` without the decided wire's house lines at its tail, and the lines removed
    (``wire_names``: the wire's spellings, matched as written: "PTI", "dpa"; ``domains``: its
    sites, which its hub pointer links to)."""
    wire_names = [n for n in wire_names if n]
    domains = list(domains)
    slug = _slug_tail(wire_names)
    lines = text.split("\n")
    removed: list[str] = []
    seen = 0
    i = len(lines) - 1
    while i >= 0 and seen < TAIL_LINES:
        line = lines[i].strip()
        if not line:
            i -= 1
            continue
        seen += 1
        if (
            any(p.match(line) for p in _HOUSE_LINES)
            or _funding(line, wire_names)
            or desk_sign_offs.desk_sign_off(line)  # "(Bericht von …, redigiert von …)"
            or _hub_line(line, wire_names, domains)
        ):
            removed.append(line)
            lines[i] = ""
            i -= 1
            continue
        found = (slug.search(line) if slug is not None else None) or DESK_INITIALS_RUN_IN.search(
            line
        )
        if found is None:
            break
        removed.append(found.group(0).strip())
        lines[i] = line[: found.start()].rstrip()
        if lines[i]:
            break  # the tag closed the last sentence: nothing further up is a tail line
        i -= 1
    if not removed:
        return text, []
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), removed
