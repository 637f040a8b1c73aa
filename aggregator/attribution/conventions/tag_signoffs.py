"""A wire's tag closing its copy with what its house writes after it on the same line (issue
14, the fourth conventions round, and the seventeenth blind set): its web site in brackets, as
Nigeria's NAN signs every story ("(NAN)(www.nannews.ng)"), or its filing slug: the tag, then
the desk's and the editors' initials, a desk's word, the filing time or the year, each closed
by a slash, as national agencies sign in Latin and other scripts ("EFE jd/th" in EFE's English
service; "CMC/jb/ir/2026", the Caribbean Media Corporation; "BSS/GMR/RY/1430" and
"বাসস/সংবাদদাতা/১৪৩০/কেকে", Bangladesh's BSS in English and Bengali; "APP/ask/mha"), or its
slug with the author and editor in brackets ("AGERPRES/(AS - autor: …, editor: …)"). The tag
alone ("(NAN)", "EFE") is read elsewhere; these shapes name the agency as surely, and the
whole line leaves with the credit. Without the tag ("jb/ir/2026", "az/ mhr/") the initials
name no one (house_tails takes them once the wire is decided)."""

# ruff: noqa: RUF001  (dashes of the slugs are meant)

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

#: A letter of a script other than Latin (Bengali, Devanagari, Arabic, Cyrillic …).
_OTHER = r"[^\x00-\u024f\s\d/()\[\].,;:!?।\"'“”«»-]"
#: The agency's tag opening the slug: capitals ("CMC", "AGERPRES") or a short word in
#: another script ("বাসস").
_TAG = rf"(?P<who>[A-Z][A-Z-]{{1,11}}|{_OTHER}{{2,10}})"
#: One part of the slug after its slash: initials in either case, a filing time or a year (in
#: any script's digits), a desk's word in another script.
_PART = rf"\s*/\s*(?:[a-z]{{1,4}}|[A-Z]{{1,4}}|\d{{2,4}}|{_OTHER}{{1,12}})"
#: The tag, then two to six parts (PAP closes each with a slash: "jk/ mhr/").
FILING_SLUG = re.compile(rf"^{_TAG}(?P<parts>(?:{_PART}){{2,6}})\s*/?[.]?$")
#: "AGERPRES/(AS - autor: Ana Pop, editor: Ion Luca)": the desk's code, then who wrote and who
#: edited the copy (Romanian, English, French, Spanish, Portuguese, Italian role words).
ROLES_SLUG = re.compile(
    r"^(?P<who>[A-Z][A-Z-]{1,11})\s*/\s*\(\s*(?:[A-Z]{1,4}\s*[-–—]\s*)?"
    r"(?i:autor|author|auteur|autore|editor|éditeur|redactor|redaktor|redacteur)\s*:"
    r"[^()\n]{2,200}\)[.]?$"
)


def _slug_tag(line: str) -> str | None:
    """The tag of a filing slug: in capitals with two initials at least, in lower case or
    with a time ("CMC/jb/ir/2026"; "COVID/2026" is no slug), in another script with a filing
    time among its parts ("ঢাকা/চট্টগ্রাম/খুলনা" is a list of places)."""
    found = FILING_SLUG.match(line)
    if found is None:
        roles = ROLES_SLUG.match(line)
        return roles.group("who") if roles is not None else None
    parts = re.split(r"\s*/\s*", found.group("parts").strip("/ "))
    latin = [p for p in parts if p.isascii() and p.isalpha()]
    if found.group("who")[:1].isascii():
        # a desk's initials are written in lower case or dated: "TCP/IP/UDP", "ESA/NASA/CSA"
        # are names joined
        dated = any(p.islower() or p.isdigit() for p in parts)
        return found.group("who") if len(latin) >= 2 and dated else None
    # in another script, its own letters and digits only
    return found.group("who") if not latin and any(p.isdigit() for p in parts) else None


def tag_of(line: str) -> str | None:
    """The agency's tag a closing line names in one of these shapes, else None."""
    if len(line) > 60 and "(" not in line:
        return None
    if len(line) <= 60 and (found := TAG_AND_SITE.match(line)) is not None:
        # the site must be the tag's own: "nannews" opens with "nan"
        tag, site = found.group("who").casefold(), found.group("site").casefold()
        return found.group("who") if site.startswith(tag) else None
    if "/" not in line or len(line) > 240:
        return None
    found = TAG_AND_INITIALS.match(line)
    return found.group("who") if found is not None else _slug_tag(line)
