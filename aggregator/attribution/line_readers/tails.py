"""Credits on the text's last lines: a credit ending a paragraph (its last sentences, "(AFP)",
"— Reuters", a tag in capitals), a reporter's address or rights notice closing a wire's copy,
a newsroom network's footer; and a short line between paragraphs saying where this piece
first ran, read as a paragraph's ending too."""

# ruff: noqa: RUF001  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.conventions import (
    agency_slugs,
    decorations,
    edge_credits,
    network_blurbs,
    rights_notices,
    run_in_tags,
    tag_signoffs,
    trailers,
)
from aggregator.attribution.conventions import patterns as cp
from aggregator.attribution.conventions.datelines import Accept
from aggregator.attribution.line_readers.credit import Credit
from aggregator.attribution.line_readers.republished import (
    BOOK_EXCERPT,
    MAX_REPUBLISHED_CHARS,
    republished,
)
from aggregator.attribution.line_readers.whole_line import phrasebook_line, whole_line
from aggregator.attribution.names import Trust
from aggregator.attribution.not_credits import own_initials

_COPYRIGHT_START = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?。۔।][\"”’)]?\s+")
#: A quotation and its source on one line: '"Council backs road plan" — Daily Record',
#: "“…” (AFP)": the line cites what another outlet wrote; it credits no copy.
_QUOTED = re.compile(
    r"^[\"“„«‘'][^\"“”„«»\n]{3,300}[\"”»’'][.,]?\s*(?:[-—–]+|\()\s*[^\"“”\n]{1,60}$"
)
#: A link bar's separator that extraction ran into the last paragraph ("… consent. |").
_RUN_IN_SEPARATOR = re.compile(r"(?<=[.!?\"”’)])\s+[|·•]$")


def trailing(
    line: str, index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """A credit that ends a paragraph: its last sentence or two (three for a copyright
    trailer: "Copyright 2026 The AP. All rights reserved. This material may not …"), or
    "(AFP)" / "— Reuters"."""
    # "… prior written consent. |": a separator of the links after the story, run into it.
    stripped = _RUN_IN_SEPARATOR.sub("", line.rstrip())
    # A book excerpt's notice ("Excerpted from … Copyright © 2018 by … Used with permission
    # of Little, Brown"): its permission is a book publisher's, no news copy's.
    book = BOOK_EXCERPT.search(stripped) is not None
    starts = [m.end() for m in SENTENCE_END.finditer(stripped)]
    # "… eighteen months.Source: X": a label run into the last sentence, no space between.
    starts = sorted([*starts, *decorations.run_in_starts(stripped)])[-3:]
    if len(starts) == 3 and not _COPYRIGHT_START.match(stripped[starts[0] :]):
        starts = starts[1:]
    if _QUOTED.match(stripped):
        return None  # '"Council backs road plan" — Daily Record': a quotation's source
    for start in reversed(starts):
        tail = stripped[start:]
        credit = whole_line(tail, index, accept, edge=False, ending=not book) or republished(
            tail, index, accept
        )
        if credit is None and start and not book:
            # "… professora na Universidade Federal. Este artigo foi publicado originalmente
            # no jornal O Globo.": a whole credit line of the phrasebook, run into a bio.
            credit = phrasebook_line(tail, index, accept)
        if credit is not None:
            return Credit(
                tail,
                credit.who,
                credit.image,
                credit.trust,
                index,
                stripped[:start].rstrip(),
                "sign-off" if credit.where == "sign-off" else "suffix",
            )
    slug = edge_credits.CJK_EDITOR_SLUG.search(stripped)
    if slug:
        rest = stripped[: slug.start("credit")].rstrip()
        return Credit(slug.group("credit"), "", False, Trust.KNOWN, index, rest, "sign-off")
    cjk = edge_credits.CJK_TAIL.search(stripped)
    who = edge_credits.CJK_SHORT_NAMES.get(cjk.group("who"), cjk.group("who")) if cjk else ""
    # "(毎日新聞)" in full-width brackets: a name in their own script, its outlet's word written
    # on, is an outlet the table may lack; anything else there is an agency's short tag.
    trust = Trust.OUTLET if cjk and edge_credits.CJK_NAME.fullmatch(who) else Trust.KNOWN
    if cjk and accept(who, trust):
        rest = stripped[: cjk.start("credit")].rstrip()
        return Credit(cjk.group("credit"), who, False, trust, index, rest, "suffix")
    slash = trailers.SLASH_TAG_TAIL.search(stripped) or trailers.WIRE_SLUG_TAIL.search(stripped)
    if slash and accept(slash.group("who"), Trust.KNOWN):
        rest = stripped[: slash.start("credit")].rstrip()
        return Credit(
            slash.group("credit").strip(),
            slash.group("who"),
            False,
            Trust.KNOWN,
            index,
            rest,
            "suffix",
        )
    # "… as freight costs climb. REUTERS": a table name in capitals run into the paragraph;
    # else "… außer Betrieb genommen.AgE", "… sagte der Sprecher. dpa": a wire's own short tag
    tag = run_in_tags.caps_tag(stripped)
    if tag is None or not accept(tag.group("who"), Trust.KNOWN):
        tag = run_in_tags.wire_tag(stripped, is_wire)
    if tag is not None and accept(tag.group("who"), Trust.KNOWN):
        rest = stripped[: tag.start("credit")].rstrip()
        return Credit(
            tag.group("credit"), tag.group("who"), False, Trust.KNOWN, index, rest, "suffix"
        )
    # "… the remaining funding. (NAN)(www.nannews.ng)": an agency's tag, then its web address
    # in brackets; the tag credits, the address goes with it.
    address = tag_signoffs.ADDRESS_AFTER_TAG.search(stripped)
    tagged = stripped[: address.start()] if address else stripped
    match = cp.SUFFIX.search(tagged)
    if match:
        who = (match.group("who") or match.group("who2") or "").strip()
        group = "credit" if match.group("credit") else "credit2"
        rest = stripped[: match.start(group)].rstrip()
        # After a full stop, a tag or an outlet's name ends the story; "the African
        # National Congress (ANC)." only explains a word.
        trust = Trust.KNOWN
        if rest.endswith((".", "!", "?", '"', "”", "’")):
            trust = Trust.TAG if group == "credit" else Trust.OUTLET
        if accept(who, trust) and not own_initials.defines(rest, who):
            # "Habari hii imetolewa na Sauti ya Amerika (VOA).": the tag closes a credit line
            # the phrasebook reads whole, and the line leaves the text whole
            opening = max((s for s in starts if s <= match.start(group)), default=0)
            whole = phrasebook_line(stripped[opening:], index, accept)
            if whole is not None:
                rest = stripped[:opening].rstrip()
                return Credit(
                    stripped[opening:], whole.who, False, whole.trust, index, rest, "suffix"
                )
            text = stripped[match.start(group) :].strip()
            return Credit(text, who, False, trust, index, rest, "suffix")
    return None


def self_credit(line: str, index: int, accept: Accept) -> Credit | None:
    """A short line between paragraphs saying where this very piece first ran."""
    if len(line) > MAX_REPUBLISHED_CHARS or not edge_credits.self_credit_like(line):
        return None
    found = whole_line(line, index, accept, edge=False, ending=True)
    return found or republished(line, index, accept)


def agency_tail(
    line: str, index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """A reporter's address at a table wire's domain or the wire's rights notice closing its
    copy ("김민수 기자 mskim@yna.co.kr", "© ČTK. Šíření … je zakázáno."); its filing slug
    ("CMC/jb/ir/2026") is ``tag_signoffs``'."""
    who = agency_slugs.address_credit(line) or rights_notices.notice_credit(line, is_wire)
    trust = Trust.KNOWN if who and accept(who, Trust.KNOWN) else Trust.TAG
    if who is None or not accept(who, trust):
        return None
    return Credit(
        line, who, False, trust, index, where="sign-off" if trust == Trust.TAG else "line"
    )


def network_footer(line: str, index: int, accept: Accept) -> Credit | None:
    """A network member's whole footer ("X is part of States Newsroom … X maintains editorial
    independence."): the member's story on another site (conventions/network_blurbs)."""
    who = network_blurbs.member_of(line)
    if who is None or not accept(who, Trust.NAMED):
        return None
    return Credit(line, who, False, Trust.NAMED, index)
