"""A national agency's filing slug and its reporter's address closing the copy (issue 14, the
ninth conventions round), credited to the agency on a table wire's name or domain:

- the agency's name, a slash, then its desk's codes: initials, a role, a filing time, a year,
  in any script ("CMC/jb/ir/2026", "বাসস/সংবাদদাতা/১৪৩০/কেকে"), or its author and editor
  note in brackets ("AGERPRES/(AS - autor: Ana Ionescu, editor: Mihai Popa)");
- the reporter's line with an address at the agency's domain: "김민수 기자 mskim@yna.co.kr",
  "Jane Doe, jane.doe@bernama.com".

The paper's own slug ("IC/jb/ir/2026" on Island Courier) names no wire of the table and stays;
a reporter's address at an outlet's domain, a newspaper's, is no agency's credit.
"""

from __future__ import annotations

import re

from aggregator.attribution.publishers import load_table

#: "CMC/jb/ir/2026": the name, then one to five codes joined by slashes, no spaces inside.
_CODES = re.compile(
    r"^(?P<who>[^\W\d_][^\s/()]{1,24}?)\s*/\s*(?P<slug>[^\s/()]{1,14}(?:\s*/\s*[^\s/()]{1,14}){0,4})/?$"
)
#: "AGERPRES/(AS - autor: …, editor: …)": the name, a slash, the desk's note in brackets.
_NOTE = re.compile(
    r"^(?P<who>[^\W\d_][\w.-]{1,24}?)\s*/\s*\((?P<slug>[^()\n]{2,30}?\s[-–—]\s*[^()\n]{2,100})\)$"  # noqa: RUF001
)
#: A tag in capitals, three letters or more ("IC", two, is a paper's own as often).
_CAPS_TAG = re.compile(r"[A-Z]{3,8}")
#: Its desk's initials in lower case: "CMC/jb/ir/2026".
_INITIALS = re.compile(r"^[A-Z]{3,8}/[a-z]{1,4}(?:/[a-z]{1,4})+(?:/\d{2,4})?$")
#: A reporter's line: one to five words, then an address.
_ADDRESS = re.compile(r"^(?:[^\s@]+\s+){1,5}?[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)\.?$")


def _wire(name: str) -> str | None:
    found = load_table().by_name(name)
    return found.name if found is not None and found.kind == "wire" else None


def slug_credit(line: str) -> str | None:
    """The wire a slug or a reporter's address line ``line`` credits, or None (a tag the
    table lacks, in capitals over its desk's initials, as written: the caller accepts it)."""
    line = line.strip()
    if len(line) > 140 or ("/" not in line and "@" not in line):
        return None
    match = _CODES.match(line) or _NOTE.match(line)
    if match is not None:
        who = match.group("who")
        # "CMC/jb/ir/2026": a tag the table lacks, in capitals, over its desk's initials
        return _wire(who) or (who if _CAPS_TAG.fullmatch(who) and _INITIALS.match(line) else None)
    address = _ADDRESS.match(line)
    if address is not None:
        found = load_table().by_domain(address.group("domain"))
        return found.name if found is not None and found.kind == "wire" else None
    return None
