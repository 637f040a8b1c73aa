"""Who really published a story: credit lines, image credits and markup."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from aggregator.attribution import credit_blocks, homonym_tags
from aggregator.attribution.cached_copies import original_of
from aggregator.attribution.conventions import aggregator_disclaimers
from aggregator.attribution.conventions import patterns as cp
from aggregator.attribution.copied_publishers import copied_publisher_claims
from aggregator.attribution.credit_links import linked_original
from aggregator.attribution.credits import HEAD_LINES, find_credits
from aggregator.attribution.homonym_names import homonym_domain
from aggregator.attribution.house_tails import without_house_tail
from aggregator.attribution.leftovers import labels_of, trailing_label, without_restated
from aggregator.attribution.line_readers.credit import Credit
from aggregator.attribution.markup import Claim, feed_claim, markup_claims, self_names
from aggregator.attribution.names import Trust, institution_like
from aggregator.attribution.not_credits import co_productions, own_initials
from aggregator.attribution.not_credits.cited_works import cited_work
from aggregator.attribution.not_credits.intermediaries import (
    contribution,
    distributor,
    platform,
    signed_by_person,
    signed_by_staff,
    staff_authors,
    station_rewrite,
    writers_contributed,
)
from aggregator.attribution.own_site import OwnSite, acronym_of
from aggregator.attribution.publishers import PublisherTable, load_table, normalize
from aggregator.attribution.resolve import Resolver, resolver_for
from aggregator.attribution.resolving.named import Named
from aggregator.attribution.resolving.spelled_domains import with_spelled_addresses
from aggregator.attribution.side_credits import coverage_credits, find_side_credits
from aggregator.extract.outletnames import OUTLET_WORDS
from aggregator.extract.personnames import given_name
from aggregator.models import Attribution, Evidence, FeedEntry
from aggregator.urls import host_of, registrable

#: Evidence ranks: a lower rank decides first (issue 4).
RANKS = {"credit_line": 0, "markup": 1, "canonical": 2, "feed_source": 3, "distributor": 4}
#: More publishers than this credited in one text is a round-up, not a republication.
MAX_CREDITED = 2
#: A round-up has a few items, each its paragraphs and its source: this many lines at least.
_ROUNDUP_MIN_LINES = 6


@dataclass(frozen=True)
class _Candidate:
    kind: str
    named: Named
    order: int
    #: a copyright notice of a company ("© 2027 Dow Jones & Company, Inc."): the holder of
    #: the rights, which may own the outlet another line names ("Barron's · 8:40 AM EDT")
    holder: bool = False


def attribute(
    text: str,
    *,
    url: str,
    meta: Mapping[str, str] | None = None,
    jsonld: Sequence[Mapping[str, Any]] = (),
    entry: FeedEntry | None = None,
    site_name: str | None = None,
    source_name: str | None = None,
    publishers_file: str | Path | None = None,
    captions: Sequence[str] = (),
    side_lines: Sequence[str] = (),
    source_links: Sequence[tuple[str, str, str]] = (),
) -> tuple[str, Attribution]:
    """Return ``text`` with credit lines removed, and the attribution they and the markup give.

    ``site_name`` / ``source_name`` name the site itself, so that its own articles are never
    marked as syndications; ``publishers_file`` is the operator's extra publisher table
    (setting ATTRIBUTION_PUBLISHERS_FILE), merged over the bundled one. ``captions`` are the
    page's caption and credit lines outside the text: image credits are read from them too.
    ``side_lines`` are short lines next to the text that extraction left out: a credit line
    there counts when its wording says it is one ("© Thomson Reuters 2020"). ``source_links``
    are (line, linked words, address) of the page's links out of short lines: a credit line's
    linked name gives the original's address (credit_links).
    """
    table = load_table(str(publishers_file) if publishers_file else None)
    resolver = resolver_for(table)
    meta = meta or {}
    # A cache's or an archive's copy: the names the page gives itself are the original's.
    copied_from = original_of(url)
    own = OwnSite(table, url, [] if copied_from else [site_name or "", source_name or ""])
    claimed = [] if copied_from else self_names(meta, jsonld)
    foreign = own.adopt(claimed)
    copied = copied_publisher_claims(claimed, foreign, site_name)
    evidence: list[Evidence] = [
        Evidence(
            "markup",
            name,
            f"{where}: another publisher's name on this site's page; "
            "not trusted alone (sister sites share names)",
        )
        for where, name in foreign
        if not any(claim.name == name for claim in copied)
    ]
    lines = text.split("\n")
    # "Source: Clare Champion" linked to clarechampion.ie: the address read beside the name
    read_lines, side_read = _spelled(lines, side_lines, source_links, own.domain, resolver)
    credits = [
        _as_caption(_as_written(c, lines), lines, captions)
        for c in find_credits(read_lines, resolver.accept, resolver.is_wire)
    ]

    # A wire's bare name that is also a caption is a photo's ("AFP" under a picture); one
    # capitalised word may be a person's when it is a given name ("Petra" is a wire's name,
    # and a first name; "Bernama" and a name in a script without case, "新华社", are not).
    def is_wire(name: str) -> bool:
        tag = name.isupper() or name.islower() or " " in name or not given_name(name)
        return tag and resolver.is_wire(name) and not any(name in c for c in captions)

    side = [
        _as_written(c, side_lines) for c in find_side_credits(side_read, resolver.accept, is_wire)
    ]
    # "Ellie Dawson, Country Press Network" with the title's own name run into the block
    # ("… Network Downs Leader"): the site's name after the desk is the site's, not the desk's.
    side = [
        dataclasses.replace(c, who=desk) if _byline(c) and (desk := own.before_own(c.who)) else c
        for c in side
    ]
    # "BBC News NI · 9 February 2027" beside a story under "In the news": a coverage item.
    head = [ln.strip() for ln in lines if ln.strip()][:2]
    side += [
        _as_written(c, side_lines)
        for c in coverage_credits(side_read, head, resolver.accept)
        if not any(s.index == c.index for s in side)
    ]
    # An aggregator's disclaimer that it did not write the story ("auto-aggregated by a
    # computer program"): with no credit read, its publisher chip over the headline names who
    # did.
    if not credits and not side and aggregator_disclaimers.disclaims([*lines, *side_lines]):
        title = meta.get("og:title") or meta.get("twitter:title") or ""
        chip = aggregator_disclaimers.chip_credit(lines, side_read, title, resolver.accept)
        if chip is not None:
            (side if chip.side else credits).append(chip)
    # "(ap)" under "Von Anna Peters": the page's own writer's initials, not the wire's tag.
    initials = own_initials.byline_initials([*side_lines, *[ln for ln in lines if ln.strip()][:2]])
    credits = [c for c in credits if not own_initials.writers_initials(c.text, initials)]
    # A side line the text also holds counts once: as the text's credit when the text's own
    # reading found it there, else as read beside (between paragraphs, say); it leaves the
    # text either way.
    read = [" ".join(c.text.split()) for c in credits]
    credits += [c for c in side if not any(" ".join(c.text.split()) in r for r in read)]
    claims = markup_claims(meta, jsonld) + copied
    # The site signs the story itself (its markup's author, or its byline block beside the
    # text: "by Bob Yirka , Phys.org"): a copyright notice beside it is its owner's footer.
    if any(_self_author(claim, resolver, own) for claim in claims) or any(
        _self_byline(c, resolver, own) for c in side
    ):
        notices = [c for c in credits if _owners_notice(c, resolver)]
        note = "beside the text: the copyright notice of the site's owner, not a credit"
        evidence += [Evidence("credit_line", c.text, note) for c in notices]
        credits = [c for c in credits if c not in notices]
    if held := [c for c in credits if _providers_notice(c, own)]:
        note = "a copyright notice of the page's JSON-LD publisher: the site's owner, not a credit"
        evidence += [Evidence("credit_line", c.text, note) for c in held]
        credits = [c for c in credits if c not in held]
    if groups := [c for c in credits if _group_notice(c, resolver)]:
        note = "beside the text: a copyright notice of a group the table lacks, the site's owner"
        evidence += [Evidence("credit_line", c.text, note) for c in groups]
        credits = [c for c in credits if c not in groups]
    # "The Associated Press contributed to this report." under a staff writer's story (its
    # markup's author, or a byline of people: "By Jane Doe"): the wire added to the site's
    # own story, which is no copy of the wire's.
    head = [line for line in lines if line.strip()][:2]
    # "By Tom Hale, Staff Writer": under the site's staff, the wire's writers who contributed
    # ("Associated Press writer Jane Doe in Cairo contributed …") added to its own story.
    # (A wire's dateline over the story makes the same line the wire's sign-off.)
    staff = signed_by_staff([*head, *side_lines]) and not any(
        c.where == "dateline" for c in credits
    )
    if (
        staff
        or staff_authors(meta, jsonld)
        or signed_by_person([*head, *side_lines], resolver.names_one)
    ):
        added = [
            c
            for c in credits
            if c.who
            and (
                (contribution(c.text, c.who) and not station_rewrite(c.text, own.written))
                or (staff and writers_contributed(c.text, c.who))
            )
        ]
        note = "a contribution to the story of the site's own writer, not its original"
        evidence += [Evidence("credit_line", c.text, note) for c in added]
        credits = [c for c in credits if c not in added]
    credits = _co_produced(credits, [*head, *side_lines], resolver, own, evidence)
    candidates, story_credits, distributed = _from_credits(credits, resolver, own, evidence)
    if items := _roundup_sources(story_credits, resolver, lines):
        # Each item of a round-up closed by its own source ("Fonte: Inforpress" under one,
        # "Fonte: Jornal de Angola" under the next): the page cites, it copies no one story.
        note = f"the sources of a round-up's items ({items} outlets between its items): no copy"
        evidence += [Evidence("credit_line", c.text, note) for c in story_credits]
        candidates = [c for c in candidates if c.kind not in ("credit_line", "distributor")]
        story_credits, distributed = [], []
    candidates += _from_markup(claims, resolver, own, evidence)
    canonical = copied_from or _joined(url, meta.get("canonical"))
    candidates += _from_canonical(canonical, url, table, own, evidence)
    feed = feed_claim(entry)
    if feed is not None:
        candidates += _from_markup([feed], resolver, own, evidence, kind="feed_source")
    publisher, original_url = _decide(candidates)
    # A syndicate named alone ("COPYRIGHT 2027 CREATORS.COM" under a column, "Copyright:
    # Project Syndicate"): no other outlet made the story, so the syndicate published it.
    # Beside the original, its line is the copy's furniture: it leaves the text too.
    if publisher is not None:
        story_credits += distributed
    credited = [
        (c.text, c.who)
        for c in story_credits
        if publisher is not None
        and c.who
        and (said := resolver.resolve(c.who, c.trust))
        and said.name == publisher
    ]
    if publisher is not None and original_url is None and source_links:
        spelled = [publisher, *table.spellings(publisher)]
        original_url = linked_original(credited, source_links, spelled, own.domain, table)
    # "SOURCE Nation Online" linking mwnation.com, or its address written beside it: the
    # address, however found, tells a shared masthead's other paper.
    if original_url is not None and (other := _homonym(credited, original_url, table, publisher)):
        where = f"{publisher} shares its masthead; the credit links another paper's article"
        evidence.append(Evidence("homonym", other, where))
        publisher = other
    # "APA" on a Zambian site is Dakar's agency, not Vienna's: a shared tag's other agency.
    # the other agency writing a wire's tag is a wire too: its desk slugs are its house style
    shared_tag = False
    if publisher is not None and (other := homonym_tags.meant(publisher, url, lines)) != publisher:
        where = f"{publisher} is a tag two agencies share: the site's country or dateline"
        evidence.append(Evidence("homonym", str(other), where))
        shared_tag = resolver.is_wire(publisher)
        publisher = other
        if other is not None and own.is_self(
            resolver.resolve(other, Trust.KNOWN) or Named(other, True)
        ):
            evidence.append(Evidence("homonym", other, "the site itself"))
            publisher = None
    image_credits = [c.text for c in credits if c.image]
    image_credits += _caption_credits(captions, image_credits, resolver, evidence)
    block: set[int] = set()
    if publisher is not None:
        # The credit's block goes with it: its permission, licence, time stamp (credit_blocks).
        whole = [c.index for c in story_credits if not c.side and not c.rest.strip()]
        photos = [c.index for c in credits if c.image and not c.side and not c.rest.strip()]
        spelled = [publisher, *table.spellings(publisher), *(c.who for c in story_credits)]
        block = credit_blocks.furniture_around(lines, whole, photos, spelled)
    text = _clean(lines, credits, story_credits, block)
    if publisher is not None:
        # Removal follows detection: a line elsewhere that only restates the credit goes too.
        named = [publisher, *table.spellings(publisher), *_domains_of(table, publisher)]
        named += [c.who for c in story_credits if c.who and not c.image]
        decided = publisher

        def same(name: str) -> bool:  # "BBC Hausa": a spelling the table files under it
            found = resolver.resolve(name, Trust.KNOWN) if len(name) <= 60 else None
            return found is not None and found.name == decided

        text = without_restated(text, named, [c.text for c in story_credits if c.side], same)
    house: list[str] = []
    wire = publisher is not None and (shared_tag or resolver.is_wire(publisher))
    if publisher is not None and (wire or _tagged(publisher, story_credits)):
        # A decided wire's desk slugs and editor's line at the tail are its house style.
        text, house = without_house_tail(
            text, [publisher, *table.spellings(publisher)], _domains_of(table, publisher)
        )
    return text, Attribution(
        original_publisher=_spelled_out_tag(publisher, candidates),
        original_url=original_url,
        credit_lines=tuple(c.text for c in credits if not c.image and c in story_credits)
        + tuple(house),
        image_credits=tuple(image_credits),
        evidence=tuple(evidence),
    )


def _spelled(
    lines: list[str],
    side_lines: Sequence[str],
    links: Sequence[tuple[str, str, str]],
    own_domain: str,
    resolver: Resolver,
) -> tuple[list[str], list[str]]:
    """The text's and the side's lines as the credit readers read them: a credit's name that
    reads as a person's, linked to an article on a domain spelling it, with the address
    written after it (resolving/spelled_domains.py)."""
    if not links:
        return lines, list(side_lines)

    def accepted(name: str) -> bool:
        return resolver.accept(name, Trust.NAMED)

    return (
        with_spelled_addresses(lines, links, own_domain, accepted),
        with_spelled_addresses(side_lines, links, own_domain, accepted),
    )


def _as_written(credit: Credit, lines: Sequence[str]) -> Credit:
    """``credit`` with the line as the page wrote it (the readers may have read the address a
    link gave written after the name)."""
    if credit.index >= len(lines) or credit.rest:
        return credit
    written = lines[credit.index].strip()
    if credit.text == written or not credit.text.startswith(written):
        return credit
    return dataclasses.replace(credit, text=written)


def _spelled_out_tag(publisher: str | None, candidates: list[_Candidate]) -> str | None:
    """An agency the table lacks, decided by its tag ("(AHP)" in the dateline), by its full
    name when the page writes it too ("Source : Agence haïtienne de presse (AHP)"): the name
    whose words' first letters make the tag."""
    tag = publisher or ""
    if not (2 <= len(tag) <= 6 and tag.isalpha() and tag.isupper()):
        return publisher
    if any(c.named.name == tag and c.named.known for c in candidates):
        return publisher  # a table agency's own tag: its canonical name decided already
    for candidate in candidates:
        name = candidate.named.name
        if name and name != tag and not candidate.named.known and acronym_of(name, tag.casefold()):
            return name
    return publisher


def _tagged(publisher: str, story: list[Credit]) -> bool:
    """An agency the table lacks signs its copy as a wire does: its tag in a dateline or
    closing the story ("Minna, March 9, 2026 (NAN) …", "… the remaining funding. (NAN)"),
    and its editor's line under it ("Edited by Sadiya Hamza") is its house style too."""
    return any(
        c.who == publisher
        and c.trust == Trust.TAG
        and c.where in ("suffix", "dateline", "sign-off")
        for c in story
    )


def _homonym(
    credited: list[tuple[str, str]], href: str, table: PublisherTable, decided: str | None
) -> str | None:
    """The domain of another paper of the same masthead that a credit's link means (the
    ``decided`` outlet's: "Nation Online" is The Nation's web edition by its name)."""
    for _, who in credited:
        who = _WRITTEN_ADDRESS.sub("", who).strip()  # "The Nation https://nation.com.pk/…"
        publisher = table.by_name(who) or table.by_name(decided or "")
        if publisher is not None and (other := homonym_domain(who, href, publisher)):
            return other
    return None


#: An address written beside a credited name.
_WRITTEN_ADDRESS = re.compile(r"\s*[(<\[]?(?:https?://|www\.)\S*")


def _domains_of(table: PublisherTable, name: str) -> tuple[str, ...]:
    found = table.by_name(name)
    return found.domains if found is not None else ()


def _as_caption(credit: Credit, lines: list[str], captions: Sequence[str]) -> Credit:
    """An agency's tag on a line that is also one of the page's captions ("Firefighters at
    the scene. (Reuters)" kept in the text under its picture) is the photo's."""
    line = " ".join(lines[credit.index].split())
    # Only a tag ending a caption's sentence, or a name alone: a caption element may hold a
    # worded credit ("Courtesy: BBC"), which is the story's.
    tag = credit.where == "suffix" or line.strip("()[]\u2014\u2013-. ") == credit.who
    if credit.image or not tag or not any(line in " ".join(c.split()) for c in captions):
        return credit
    return dataclasses.replace(credit, image=True)


def _caption_credits(
    captions: Sequence[str], known: list[str], resolver: Resolver, evidence: list[Evidence]
) -> list[str]:
    """Image credits in the page's captions that the text did not already hold. A photo
    credit never names the story's publisher: it is evidence only."""
    found = []
    for credit in find_credits(list(captions), resolver.accept):
        if credit.image and credit.text not in known and credit.text not in found:
            found.append(credit.text)
            evidence.append(
                Evidence("image_credit", credit.text, "caption: a photo credit, not a story credit")
            )
    return found


def _co_produced(
    credits: list[Credit],
    bylines: list[str],
    resolver: Resolver,
    own: OwnSite,
    evidence: list[Evidence],
) -> list[Credit]:
    """A byline signing the story for the site and a partner ("By Jane Doe, <the site>, and
    John Roe, X"): the story is the site's own; the byline and the partnership line credit no
    one."""

    def is_own(name: str) -> bool:
        return own.is_self(resolver.resolve(name, Trust.STRONG) or Named(name, False))

    if not co_productions.co_signed([*bylines, *(c.text for c in credits)], is_own):
        return credits
    made = [
        c
        for c in credits
        if co_productions.made_together(c.text) or co_productions.co_signed([c.text], is_own)
    ]
    note = "a story the site made with a partner (its byline names both), not a copy"
    evidence += [Evidence("credit_line", c.text, note) for c in made]
    return [c for c in credits if c not in made]


def _roundup_sources(credits: list[Credit], resolver: Resolver, lines: list[str]) -> int:
    """How many outlets a round-up's items credit, each its own, when at least two credit
    lines between the text's paragraphs name different outlets (a copy's credits stand at its
    head or its end); 0 when the text is no round-up."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < _ROUNDUP_MIN_LINES:
        return 0
    inner = set(filled[HEAD_LINES:-1])
    names: dict[str, bool] = {}
    for credit in credits:
        if credit.side or credit.image or not credit.who:
            continue
        if credit.index not in inner and credit.index != filled[-1]:
            continue  # a copy's credits stand at its head
        named = resolver.resolve(credit.who, credit.trust)
        if named is not None and named.name:
            names[named.name] = names.get(named.name, False) or credit.index in inner
    return len(names) if len(names) >= 2 and any(names.values()) else 0


def _from_credits(
    credits: list[Credit], resolver: Resolver, own: OwnSite, evidence: list[Evidence]
) -> tuple[list[_Candidate], list[Credit], list[Credit]]:
    """The candidates the credits name, the credits of the story, and the distributors'
    credits (a syndicate's, held back: the last resort)."""
    candidates: list[_Candidate] = []
    story: list[Credit] = []
    distributed: list[Credit] = []
    for credit in credits:
        where = f"text line {credit.index + 1}" + (
            "" if credit.where == "line" else f" ({credit.where})"
        )
        if credit.side:
            where = "beside the text (left out by extraction)"
        if credit.image:
            evidence.append(
                Evidence(
                    "image_credit", credit.text, where + ": a photo credit, not a story credit"
                )
            )
            continue
        # A sign-off names people, a link's words no one (Reuters' sign-off names Reuters).
        sign_off = credit.where in ("sign-off", "link") and not credit.who
        # "By JANE DOE Observer staff reporter" on the Jamaica Observer: the desk left after
        # the writer is the site's own short name, read before the table's ("The Observer")
        if credit.who and own.own_desk(credit.who):
            evidence.append(Evidence("credit_line", credit.text, where + ": the site itself"))
            continue
        named = Named(None, False) if sign_off else resolver.resolve(credit.who, credit.trust)
        if named is None:
            continue
        # "By Express News Service 14.03.2025": the desk read off a dated byline row too
        if own.is_self(named) or own.own_desk(credit.text) or own.own_desk(named.name or ""):
            evidence.append(Evidence("credit_line", credit.text, where + ": the site itself"))
            continue
        if named.name and distributor(named.name):
            note = ": a distributor, credited only when no other outlet is named"
            evidence.append(Evidence("credit_line", credit.text, where + note))
            distributed.append(credit)
            candidates.append(_Candidate("distributor", named, len(candidates)))
            continue
        if _lent(named, credit.text):
            note = ": an institution that lent or helped, not a publisher"
            evidence.append(Evidence("credit_line", credit.text, where + note))
            continue
        story.append(credit)
        note = f"names {named.name}" if named.name else "names no publisher"
        if named.name and not named.known:
            note += " (not in the publisher table: published as written)"
        evidence.append(Evidence("credit_line", credit.text, f"{where}: {note}"))
        holder = _COMPANY_NOTICE.search(credit.text) is not None
        candidates.append(_Candidate("credit_line", named, len(candidates), holder))
    return candidates, story, distributed


#: A copyright notice whose holder is written as a company: "Copyright ©2027 Dow Jones &
#: Company, Inc.", "© 2026 Nine Publishing Pty Ltd", "© Gannett Co., Inc.".
_COMPANY_NOTICE = re.compile(
    r"^\W*(?:copyright\b|©|\(c\))[^\n]{0,80}?(?:&\s*co(?:mpany)?\b|\bco\.,|\b(?:company|inc|"
    r"corp|corporation|ltd|limited|llc|plc|gmbh|pty)\b)",
    re.IGNORECASE,
)


#: "© 2026 Vox Media, LLC. All Rights Reserved" at a story's foot: the site's owner.
_NOTICE = re.compile(r"^\W*(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE)


def _owners_notice(credit: Credit, resolver: Resolver) -> bool:
    """A copyright notice beside the text of a page the site signs names the company that owns
    the site, unless it names a wire ("© Thomson Reuters 2020" is the credit of its copy)."""
    if not credit.side or _NOTICE.search(credit.text) is None:
        return False
    named = resolver.resolve(credit.who, credit.trust)
    return named is not None and not (named.name and resolver.is_wire(named.name))


def _providers_notice(credit: Credit, own: OwnSite) -> bool:
    """ "© 2027 Harbour Media Group" where the page's JSON-LD names Harbour Media Group as its
    publisher but the page names itself otherwise: the owner's notice, as it was before such a
    publisher could be a provider (own_site._providers_name); only a credit's wording
    ("Source: …") credits it."""
    return own.provides(credit.who) and cp.COPYRIGHT.match(credit.text) is not None


def _group_notice(credit: Credit, resolver: Resolver) -> bool:
    """A bare copyright notice beside the text naming a company, no outlet ("© 2020 Tamedia.
    All Rights Reserved" on Tages-Anzeiger), is the footer of the group that owns the site,
    whoever signs the story. An outlet's name ("© 2026 Wessex Daily Echo Ltd."), a notice
    saying more (distribution, feed terms), a wire or a table publisher still credit."""
    if not credit.side or _GROUP_NOTICE.match(credit.text) is None:
        return False
    named = resolver.resolve(credit.who, credit.trust)
    if named is None or named.name is None or named.known:
        return False
    words = re.findall(r"[\w'’-]+", named.name.casefold())  # noqa: RUF001
    return not any(word in OUTLET_WORDS for word in words)


#: A byline's word before its writer.
_BY = re.compile(r"^\s*by\s", re.IGNORECASE)
#: "© 2020 Tamedia. All Rights Reserved": the notice and nothing else.
_GROUP_NOTICE = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}\s+)?[^\n.;]{2,40}?\.?\s*"
    r"(?:all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|"
    r"todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati)\.?$",
    re.IGNORECASE,
)


def _self_author(claim: Claim, resolver: Resolver, own: OwnSite) -> bool:
    named = _claim_named(claim, resolver) if "author" in claim.where else None
    return named is not None and own.is_self(named)


def _byline(credit: Credit) -> bool:
    return credit.where == "byline" or _BY.match(credit.text) is not None


def _self_byline(credit: Credit, resolver: Resolver, own: OwnSite) -> bool:
    """A byline block beside the text naming the site itself ("by Bob Yirka , Phys.org")."""
    if not _byline(credit):
        return False
    named = resolver.resolve(credit.who, credit.trust)
    return named is not None and own.is_self(named)


def _lent(named: Named, text: str) -> bool:
    """ "Courtesy of the Harbour Museum", "in partnership with Westbrook University": an
    institution the table lacks, named by words of lending or help, published nothing."""
    unknown = named.name is not None and not named.known
    return unknown and institution_like(named.name or "") and cp.LENT.search(text) is not None


def _from_markup(
    claims: list[Claim],
    resolver: Resolver,
    own: OwnSite,
    evidence: list[Evidence],
    kind: str = "markup",
) -> list[_Candidate]:
    candidates: list[_Candidate] = []
    for claim in claims:
        named = _claim_named(claim, resolver)
        if named is None:
            continue
        value = claim.url or claim.name or ""
        # The page's JSON-LD publisher, named otherwise by og:site_name, names the site's owner
        # in the other fields of its markup (copyrightHolder): a credit line alone credits it.
        if own.is_self(named) or own.provides(named.name):
            evidence.append(Evidence(kind, value, f"{claim.where}: the site itself"))
            continue
        evidence.append(Evidence(kind, value, f"{claim.where}: names {named.name or 'no one'}"))
        candidates.append(_Candidate(kind, named, len(candidates)))
    return candidates


def _claim_named(claim: Claim, resolver: Resolver) -> Named | None:
    by_url = resolver.resolve(claim.url, Trust.KNOWN) if claim.url else None
    by_name = resolver.resolve(claim.name, Trust.KNOWN) if claim.name else None
    if by_name is None and claim.name and not claim.known_only:
        by_name = resolver.resolve(claim.name, claim.trust)
    name = by_name.name if by_name and by_name.name else (by_url.name if by_url else None)
    if name is None and (claim.known_only or not claim.url):
        return None
    if by_url is not None and not by_url.known and by_name is None:
        name = None
    if name is None and claim.is_work and claim.url and urlsplit(claim.url).path.strip("/"):
        # "isBasedOn": the original's article on a domain the table lacks names that domain
        # (a government's report or a PDF is a work cited for facts: not_credits/cited_works).
        if cited_work(claim.url):
            return None
        by_domain = resolver.resolve(claim.url, Trust.OUTLET)
        name = by_domain.name if by_domain else None
    return Named(name, bool(by_name and by_name.known), claim.url)


def _from_canonical(
    canonical: str | None, url: str, table: PublisherTable, own: OwnSite, evidence: list[Evidence]
) -> list[_Candidate]:
    if not canonical or registrable(host_of(canonical) or "") == own.domain:
        return []
    publisher = table.by_domain(canonical)
    if publisher is None:
        return _unknown_canonical(canonical, own, evidence)
    named = Named(publisher.name, True, canonical)
    if own.is_self(named):
        return []
    evidence.append(Evidence("canonical", canonical, f"link rel=canonical: {publisher.name}"))
    return [_Candidate("canonical", named, 0)]


def _unknown_canonical(canonical: str, own: OwnSite, evidence: list[Evidence]) -> list[_Candidate]:
    """A canonical link to an article on a domain the table lacks names that domain. Not a
    site's home page (a misconfiguration), nor its own brand under another suffix or the
    domain spelling the site's own name ("gofeminin.de" on the site named "gofeminin")."""
    domain = registrable(host_of(canonical) or "")
    path = urlsplit(canonical).path.strip("/")
    label = normalize(domain.split(".")[0])
    if not domain or not path or label == own.label or label in own.names:
        evidence.append(Evidence("canonical", canonical, "link rel=canonical: not an original"))
        return []
    where = f"link rel=canonical: {domain} (not in the publisher table: published as written)"
    evidence.append(Evidence("canonical", canonical, where))
    return [_Candidate("canonical", Named(domain, False, canonical), 0)]


def _decide(candidates: list[_Candidate]) -> tuple[str | None, str | None]:
    named = {c.named.name for c in candidates if c.kind == "credit_line" and c.named.name}
    if len(named) > MAX_CREDITED:
        # A round-up quoting many outlets ("[ Engadget ]", "[ Wired ]"), not a syndication.
        candidates = [c for c in candidates if c.kind != "credit_line"]
    # A platform credited beside an original ("Via Yahoo News" and "Originally published by
    # X"): the platform only showed the copy; a company's copyright notice beside a line
    # naming an outlet ("Barron's · 8:40 AM EDT" over "© Dow Jones & Company, Inc."): the
    # company holds the rights of the outlet the line names.
    ranked = sorted(
        candidates,
        key=lambda c: (RANKS[c.kind], platform(c.named.name or ""), c.holder, c.order),
    )
    publisher = next((c.named.name for c in ranked if c.named.name), None)
    # "Kompas.com" and "Source: https://regional.kompas.com/…" (its domain, "kompas.com"):
    # one publisher however written, so the address is the original's.
    key = normalize(publisher or "")
    same = [c for c in ranked if c.named.url and normalize(c.named.name or key) == key]
    return publisher, same[0].named.url if same else None


def _clean(lines: list[str], credits: list[Credit], story: list[Credit], block: set[int]) -> str:
    """The text without the credits (a line cut to what remains when the credit ended it)
    and without the lines of their ``block``."""
    kept = list(lines)
    credits = [c for c in credits if not c.side]  # never in the text
    for credit in credits:
        if credit.image or credit in story:
            kept[credit.index] = credit.rest
    dropped = {c.index for c in credits if (c.image or c in story) and not c.rest.strip()}
    dropped |= block
    # A name the markup marks as the source ("<div class=source>Tidewise</div>"), which
    # extraction also kept as a line of the text: that line is the credit.
    names = {c.who for c in story if c.side and c.who}
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(filled[:2] + filled[-2:])
    dropped |= {i for i in edges if lines[i].strip() in names}
    dropped |= labels_of(lines, dropped)
    if any(c.side and c.who for c in story):
        dropped |= trailing_label(lines, dropped)
    out = "\n".join(line for i, line in enumerate(kept) if i not in dropped)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def _joined(base: str, link: str | None) -> str | None:
    """``link`` made absolute against ``base``; None when either is not a URL."""
    if not link:
        return None
    try:
        return urljoin(base, link)
    except ValueError:  # hostile markup: "http://[::1/broken"
        return None
