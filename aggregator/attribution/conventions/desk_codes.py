"""More of a decided wire's closing codes at the tail (issue 14, conventions round 15), beside
house_tails.py's and editor_lines.py's: the routing slugs, service codes and end markers the
agencies' desks put under their copy, which name people or desks, never the agency:

- the desks' initials between slashes, in either case and any cased script: dpa-AFX's
  "/lre/DP/he", BTA's "/ДС/", "/ak/jm/"; each closed by a slash, in lower case: PAP's
  "jko/ mrr/" (pass 43);
- a service code of capitals joined by a hyphen: ANSA's "YQA-COM";
- the end marker of the Chinese and Korean services: Xinhua's and China News Service's
  "（完）", Yonhap's "(끝)";
- the Arabic agencies' end marker "انتهى" between slashes or dashes: SPA's "// انتهى //";
- the filing time alone under it, with the Arabic zone's letters: "14:35ت م" (Makkah time).

Read only once a wire is decided, at the text's last lines (house_tails.without_house_tail):
a story never ends on a line holding nothing else.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts are meant)

from __future__ import annotations

import re

#: "/lre/DP/he", "/ak/jm/": initials of one to four letters (no digit) joined by slashes,
#: opening with one; "/ДС/": one set alone in capitals (Latin, Cyrillic, Greek) between two
#: ("/ritzau/" is a tag, read by the tag's own rule).
SLASHED_INITIALS = re.compile(
    r"^/\s*(?:[^\W\d_]{1,4}(?:\s*/\s*[^\W\d_]{1,4}){1,4}\s*/?|[A-ZА-ЯЁΑ-Ω]{1,4}\s*/)$"
)
#: "jko/ mrr/", "ktl/ kgr/ par/": PAP's authors' and editors' initials, each closed by a
#: slash, in lower case (two to four letters each, one to five of them).
CLOSED_INITIALS = re.compile(r"^(?:[^\W\d_A-ZА-ЯЁΑ-Ω]{2,4}\s*/\s*){1,5}$")
#: "YQA-COM": two or three sets of two to four capitals joined by hyphens.
SERVICE_CODE = re.compile(r"^[A-Z]{2,4}(?:-[A-Z]{2,4}){1,2}$")
#: "（完）", "(完)", "(끝)": the end, in brackets.
CJK_END = re.compile(r"^[（(]\s*(?:完|終|끝)\s*[)）]$")
#: "// انتهى //", "-انتهى-", "(انتهى)": the end, between slashes, dashes or brackets.
ARABIC_END = re.compile(r"^[/\-–—(]*\s*انتهى\s*[/\-–—)]*[.]?$")
#: "14:35ت م", "14:35 ت.م", "14:35 بتوقيت مكة": a filing time with its zone in Arabic (ت م:
#: Makkah time).
ARABIC_CLOCK = re.compile(r"^\d{1,2}[:.]?\d{2}\s*(?:ت\s*\.?\s*م|بتوقيت\s+\S+)$")


def tagged_codes(alternatives: str) -> str:
    """The closing lines that open with the wire's tag (``alternatives``: its spellings as a
    regex alternation), whole lines:

    - its tag in lower case, then the desk's initials: EFE's "efe ccm/lml";
    - its tag in brackets, the office's code and the editor's, then the filing stamp
      (day, hour, minute, month, year): AGI's "(AGI)Ba1/Fab 141230 MAR 25";
    - its tag, then the editors' names joined by slashes: WAM's "وام/دينا عمر/حاتم محمد".
    """
    return (
        r"^(?i:" + alternatives + r")\s+[a-z]{1,4}(?:/[a-z]{1,4})+\s*$"
        r"|^\((?:" + alternatives + r")\)\s*[A-Za-z0-9]{1,5}(?:/[A-Za-z0-9]{1,5})+"
        r"(?:\s+\d{6}\s+[A-Z]{3}\s+\d{2})?\s*$"
        r"|^(?:" + alternatives + r")(?:\s*/\s*[^\s/\d\x00-\x40][^/\d\n]{1,30}?){1,3}\s*$"
    )


HOUSE_LINES = (SLASHED_INITIALS, CLOSED_INITIALS, SERVICE_CODE, CJK_END, ARABIC_END, ARABIC_CLOCK)
