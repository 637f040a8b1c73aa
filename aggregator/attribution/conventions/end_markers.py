"""End markers that say which wire wrote the copy above them, by their shape alone (issue 14,
the tenth blind set): Xinhua closes its English copy with "Enditem"; Taiwan's Central News
Agency (its English service, Focus Taiwan) with "Enditem/" and the desk editor's initials
("Enditem/kb"), under its reporters' "(By Lin Yu-ting and Chao Wen-hsuan)". Neither names
the wire; no other wire writes them so. Generic end markers ("-30-", "###", "-0-") name no
one and leave the text as sign-offs."""

# ruff: noqa: RUF001  (curly quotes of names are meant)

from __future__ import annotations

import re

#: "Enditem", "Enditem/kb", "Enditem/AW", "ENDITEM": the whole line.
_ENDITEM = re.compile(r"^enditem(?P<desk>\s*/\s*[a-z]{1,4}(?:/[a-z]{1,4})*)?[.]?$", re.IGNORECASE)
#: Journalism's and press releases' end marks, alone on a line: they name no one.
GENERIC_END = re.compile(r"^(?:-\s*30\s*-|#{3}|-\s*0\s*-|\*{3}|xxx)$", re.IGNORECASE)
#: Focus Taiwan's reporters in brackets above its end marker: "(By Lin Yu-ting and Chao
#: Wen-hsuan)". A byline of people: it leaves the text once the wire is decided.
BRACKETED_BYLINE = re.compile(
    r"^\(\s*by\s+(?-i:[A-Z][\w'’.-]*)(?:[\s,]+(?:and\s+)?(?-i:[A-Z][\w'’.-]*)){1,11}\s*\)[.]?$",
    re.IGNORECASE,
)

XINHUA = "Xinhua"
CNA = "Central News Agency"


def wire_of(line: str) -> str | None:
    """The wire an end-marker line names by its shape, else None."""
    if line[:1] not in "Ee" or len(line) > 20:
        return None
    found = _ENDITEM.match(line.strip())
    if found is None:
        return None
    return CNA if found.group("desk") else XINHUA
