"""National news agencies' datelines in the shapes the bracketed ones leave out (issue 14,
the ninth conventions round), read for a wire of the table (news_agencies.toml lists them):

- the agency's name without brackets, after the place and the date and before its dash or
  colon, in any script (with no date, after a comma only with its dash attached: "Mataram,
  NTB –" is a city and its province): "KINGSTON, Jamaica, Mar 4, CMC –", "Damascus, SANA- ",
  "АСТАНА. КАЗИНФОРМ –", "КИЇВ. 4 березня. ІНТЕРФАКС-УКРАЇНА -", "Bakı. 4 mart. Trend:",
  "ԵՐԵՎԱՆ, 4 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ:";
- after a date with its era's mark, with no dash: the Saudi Press Agency's "الرياض 15 رمضان
  1447 هـ الموافق 04 مارس 2026 م واس";
- in brackets after a place in a script with combining signs or its own punctuation: Lao
  "ວຽງຈັນ, 4 ມີນາ 2026 (ຂປລ) –", Khmer "ភ្នំពេញ ថ្ងៃទី៤ ខែមីនា (អ.ក.ក) –", or closed by the
  Ethiopic colon "፦" (a table wire's tag only: "(ኢዜአ)፦" names an agency the table lacks).

A sentence opens with a place as often ("Damascus, the capital, said …"): only a wire of the
table (or, after a date, an agency's tag in capitals: "Mar 4, CMC –"), right before the dash
or colon (or the era's mark), and a place first, make one.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (dashes and letters of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.conventions.datelines import Accept, Dateline, national_tag
from aggregator.attribution.names import Trust
from aggregator.attribution.publishers import load_table

#: The dash or colon closing a dateline: a spaced dash, a hyphen before a space ("SANA- "),
#: a colon, the Ethiopic preface colon "፦".
_CLOSE = re.compile(r"\s*(?:[-—–]+\s|[:፦፥]\s*)")
#: "… 2026 م واس": a date's era mark (the Gregorian م, the Hijri هـ) then the agency.
_ERA = re.compile(r"\d{4}\s*(?:م|هـ)\s+(?P<who>\S+)\s")
#: "(ຂປລ) –", "(ኢዜአ)፦": the agency in brackets, closed by a dash or a colon.
_BRACKET = re.compile(r"[(\[](?P<who>[^()\[\]\n]{1,20})[)\]]" + _CLOSE.pattern)
#: Words a sentence opens with that are no place.
_NOT_PLACE = re.compile(
    r"^(?i:on|in|at|by|since|until|last|this|today|yesterday|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|the|a|an)\b"
)
_MAX_HEAD = 90


def _wire(who: str, accept: Accept, is_wire: Callable[[str], bool]) -> bool:
    return is_wire(who) and bool(accept(who, Trust.KNOWN))


def _tag(who: str, accept: Accept) -> bool:
    """ "CMC": a national agency's tag in Latin capitals, three to six letters (two are a
    state's or a region's as often; "ГОРОД-СИБИРЬ" in a dateline is a rubric's), accepted
    as a tag."""
    return len(who) >= 3 and national_tag(who) and accept(who, Trust.TAG)


def _placed(head: str, most: int = 8) -> bool:
    """Whether ``head`` (what stands before the agency) opens with a place: a capitalised
    word or one of a script without case, ``most`` words at most."""
    words = head.split()
    first = words[0] if words else ""
    return (
        0 < len(words) <= most
        and first[:1].isalpha()
        and not first[:1].islower()
        and _NOT_PLACE.match(first) is None
    )


def agency_dateline(line: str, accept: Accept, is_wire: Callable[[str], bool]) -> Dateline | None:
    """The national agency's dateline opening ``line``, when a wire of the page's table
    (``is_wire``: the bundled one and the operator's file) names it."""
    head = line[:_MAX_HEAD]
    readers = (_bracketed, _unbracketed, _era)
    for found in (read(head, accept, is_wire) for read in readers):
        if found is not None:
            who, end = found
            trust = Trust.KNOWN if load_table().by_name(who) is not None else Trust.TAG
            return Dateline(line[:end].strip(), who, trust, line[end:])
    return None


def _bracketed(head: str, accept: Accept, is_wire: Callable[[str], bool]) -> tuple[str, int] | None:
    match = _BRACKET.search(head)
    if match is None or not _placed(head[: match.start()]):
        return None
    who = match.group("who").strip()
    return (who, match.end()) if _wire(who, accept, is_wire) else None


def _unbracketed(
    head: str, accept: Accept, is_wire: Callable[[str], bool]
) -> tuple[str, int] | None:
    close = _CLOSE.search(head)
    if close is None:
        return None
    words = head[: close.start()].split()
    for count in (3, 2, 1):
        if len(words) <= count:
            continue
        before = " ".join(words[:-count])
        who = " ".join(words[-count:])
        # the agency follows the place or the date after a comma or a full stop; with no
        # date, a name after a comma and before a spaced dash may be the place's region
        # ("Mataram, NTB –", "Portland, ME –"): only its attached dash ("SANA-") says agency
        region = before.endswith(",") and not re.search(r"\d", before) and close.group()[:1] != "-"
        if not before.endswith((",", ".", "،")) or region or not _placed(before):
            continue
        # a national agency's capitals the table lacks, after a date ("…, Mar 4, CMC –")
        if _wire(who, accept, is_wire) or (re.search(r"\d", before) and _tag(who, accept)):
            return who, close.end()
    return None


def _era(head: str, accept: Accept, is_wire: Callable[[str], bool]) -> tuple[str, int] | None:
    for match in _ERA.finditer(head):  # "1447 هـ الموافق 04 مارس 2026 م واس": the last era
        who = match.group("who")
        # two dates, the Hijri and the Gregorian, and a place of two words
        if _placed(head[: match.start()], most=10) and _wire(who, accept, is_wire):
            return who, match.end()
    return None


def member(who: str) -> str:
    """ "NNN-GNA": a network's tag joined to its member agency's, the member's copy (the NAM
    News Network carries the Ghana News Agency's); ``who`` itself otherwise."""
    table = load_table()
    parts = who.split("-")
    if len(parts) != 2 or table.by_name(who) is not None:
        return who
    found = table.by_name(parts[1])
    return parts[1] if found is not None and found.kind == "wire" else who
