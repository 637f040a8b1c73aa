"""A wire's tag closing its copy with what its house writes after it on the same line (issue
14, the fourth conventions round): its web site in brackets, as Nigeria's NAN signs every
story ("(NAN)(www.nannews.ng)"), or its editors' initials, as EFE's English service does
("EFE jd/th", "EFE ar/mv"). The tag alone ("(NAN)", "EFE") is read elsewhere; these shapes name
the agency as surely, and the whole line leaves with the credit."""

from __future__ import annotations

import re

#: "(NAN)(www.nannews.ng)", "(NAN) www.nannews.ng", "[GNA](gna.org.gh)": the tag, then its site.
TAG_AND_SITE = re.compile(
    r"^[(\[](?P<who>[A-Za-z][\w-]{1,11})[)\]]\s*[(\[]?\s*(?:https?://)?(?:www\.)?"
    r"(?P<site>[\w-]+)(?:\.[\w-]+)+/?\s*[)\]]?[.]?$"
)
#: The address alone, right after a bracketed tag that ends a paragraph: "… the remaining
#: funding. (NAN)(www.nannews.ng)", "(GNA) (www.gna.org.gh)" (the tag credits, the address goes
#: with it).
ADDRESS_AFTER_TAG = re.compile(
    r"(?<=\))\s*\((?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\)[.]?$", re.IGNORECASE
)
#: "EFE jd/th", "EFE ar/mv/lp": the tag in capitals, then the desk's initials joined by slashes.
TAG_AND_INITIALS = re.compile(r"^(?P<who>[A-Z][A-Za-z-]{1,11})\s+[a-z]{1,4}(?:/[a-z]{1,4})+[.]?$")


def tag_of(line: str) -> str | None:
    """The agency's tag a closing line names in one of these shapes, else None."""
    if len(line) > 60:
        return None
    found = TAG_AND_SITE.match(line)
    if found is not None:
        # the site must be the tag's own: "nannews" opens with "nan"
        tag, site = found.group("who").casefold(), found.group("site").casefold()
        return found.group("who") if site.startswith(tag) else None
    found = TAG_AND_INITIALS.match(line) if "/" in line else None
    return found.group("who") if found is not None else None
