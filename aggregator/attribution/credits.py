"""Finding credit lines and image-credit lines in an article's text."""

# ruff: noqa: RUF001, RUF002, RUF003  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from aggregator.attribution import homonym_tags
from aggregator.attribution.conventions import (
    agency_datelines,
    agency_slugs,
    byline_writers,
    case_credits,
    copy_notes,
    decorations,
    edge_credits,
    edge_labels,
    end_markers,
    glued_heads,
    head_bylines,
    inflected,
    language_credits,
    line_shapes,
    network_blurbs,
    org_bylines,
    phrase_credits,
    portal_rows,
    press_services,
    provider_lines,
    repost_credits,
    reprint_credits,
    rights_notices,
    run_in_tags,
    russian_genitive,
    sign_offs,
    split_credits,
    tag_signoffs,
    tagged_bylines,
    trailers,
    wire_providers,
)
from aggregator.attribution.conventions import image_patterns as images
from aggregator.attribution.conventions import patterns as cp
from aggregator.attribution.conventions.datelines import Accept, dateline
from aggregator.attribution.conventions.sentences import first_ran
from aggregator.attribution.names import Trust, person_like
from aggregator.attribution.not_credits import (
    data_notes,
    intermediaries,
    name_lists,
    own_initials,
    phrase_twins,
    quoted_sources,
    related_links,
)
from aggregator.attribution.pattern_runs import Run, hint, unhinted

#: Lines at the top and at the bottom where bylines, datelines and bare names count.
HEAD_LINES = 3
TAIL_LINES = 4
#: Longer lines are story paragraphs, not credits (a credit can still end one).
MAX_CREDIT_CHARS = 400
#: A sentence saying where the piece first ran is short.
MAX_REPUBLISHED_CHARS = 200
#: This many lines like "[ Engadget ]" make a round-up citing its sources.
ROUNDUP_LINES = 3
_BRACKETED = re.compile(r"^[\[(][^()\[\]\n]{1,40}[\])][.]?$")
#: "The report was first published by X": a sentence about another piece, by its subject.
_ANOTHER_PIECE = re.compile(r"^(?i:the|a|an|his|her|their|its|that|le|la|el|der|die|das)\s+[a-z]")
_BOOK_EXCERPT = re.compile(
    r"\b(?:excerpted|adapted)\s+from\s+(?:the\s+(?:new\s+)?book\b|[\"“‘'«])|"
    r"\bcopyright\s*(?:©|\(c\))?\s*\d{4}\s+by\s",
    re.IGNORECASE,
)
_COPYRIGHT_START = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)
#: A copy's verb has one of these stems (a cheap look before COPY_BY's scan).
_BOOK_HINT = re.compile(r"excerpted|adapted|copyright")
_COPY_HINT = re.compile(r"publi|print|produ|post|nachgedruckt")
SENTENCE_END = re.compile(r"[.!?。۔।][\"”’)]?\s+")
#: A quotation and its source on one line: '"Council backs road plan" — Daily Record',
#: "“…” (AFP)": the line cites what another outlet wrote; it credits no copy.
_QUOTED = re.compile(
    r"^[\"“„«‘'][^\"“”„«»\n]{3,300}[\"”»’'][.,]?\s*(?:[-—–]+|\()\s*[^\"“”\n]{1,60}$"
)
#: A link bar's separator that extraction ran into the last paragraph ("… consent. |").
_RUN_IN_SEPARATOR = re.compile(r"(?<=[.!?\"”’)])\s+[|·•]$")


_STORY_TRIED = [
    (pattern, trust, hint(cp.HINTS.get(pattern)))
    for pattern, trust in [*cp.STORY, (edge_credits.SOURCE_LABELLED, Trust.NAMED)]
]
#: The same for a line in the middle of the text, where a list item credits no story.
_STORY_TRIED_MIDDLE = [tried for tried in _STORY_TRIED if tried[0] is not cp.LIST_ITEM]

_IMAGE_TRIED = [
    (pattern, hint(words)) for pattern, words in zip(images.PATTERNS, images.HINTS, strict=True)
]
#: Any image pattern's words (every one of them a _hint: the union finds what one does).
_IMAGE_ANY = re.compile("|".join(f"(?:{hint.pattern})" for _, hint in _IMAGE_TRIED if hint))


#: Credit lines read where the story's own edges are (copy_notes, inflected leads), each with
#: the words it needs.
_NOTE_HINTS = {
    **copy_notes.HINTS,
    **inflected.HINTS,
    **case_credits.HINTS,
    **press_services.HINTS,
}
_NOTES = [
    (
        pattern,
        trust,
        hint(_NOTE_HINTS.get(pattern)),
    )
    for pattern, trust in [
        *copy_notes.NOTES,
        *case_credits.PATTERNS,
        *press_services.PATTERNS,
        (inflected.SLAVIC_LEADS, Trust.NAMED),
        (inflected.SLAVIC_LEADS_BARE, Trust.OUTLET),
        (inflected.SLAVIC_REPORTED, Trust.OUTLET),
    ]
]

#: Any word one of _NOTES needs: a line with none of them skips them all in one look.
_NOTES_ANY = hint(tuple(word for words in _NOTE_HINTS.values() for word in words))


@dataclass(frozen=True)
class Credit:
    """One credit found: its exact text, the phrase naming who, and where it sat."""

    text: str
    who: str
    image: bool
    trust: Trust
    index: int
    #: what is left of the line once the credit is cut out ("" for a whole-line credit)
    rest: str = ""
    where: str = "line"
    #: found beside the text, in a line extraction left out (never in ``text``)
    side: bool = False


def find_credits(
    lines: Sequence[str], accept: Accept, is_wire: Callable[[str], bool] = lambda _: False
) -> list[Credit]:
    """Every credit and image credit in ``lines`` (paragraphs), in order; ``is_wire`` says
    whether a name is a wire's (a byline block heading the text: conventions/head_bylines)."""
    # "📰 Source: X", "{Courtesy: X}", "**Courtesy:**": read without the line's decorations.
    written, lines = lines, [decorations.undecorated(line) for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    head, tail = set(filled[:HEAD_LINES]), set(filled[-TAIL_LINES:])
    # Many "[ Engadget ]" lines: a round-up citing its sources, not a republication.
    roundup = sum(bool(_BRACKETED.match(lines[i].strip())) for i in filled) >= ROUNDUP_LINES
    # A press release's "SOURCE <company>" names its issuer, the release's subject, never
    # its publisher.
    release = intermediaries.press_release(lines)
    found = []
    for index in filled:
        if quoted_sources.embedded_post(lines[index]):
            continue  # "— BBC News (@BBCWorld) March 10, 2026": the quote's, not the page's
        if quoted_sources.quoted_in_sentence(lines[index]):
            continue  # "« Source : AFP », pouvait-on lire …": a quote in the story's sentence
        if related_links.related_link(lines[index]):
            continue  # "Mehr zum Thema: … (Süddeutsche Zeitung)": the linked story's outlet
        if data_notes.under_figure(lines, index, filled):
            continue  # "Chart: …" over "Source: …": the figure's data, no credit
        if lines[index][:1] == "-" and name_lists.in_name_list(lines, index, filled):
            continue  # "Vu dans" / "- Le Monde" / "- Le Figaro": a list of names, no credit
        if release and intermediaries.issuer_line(lines[index]):
            # It names the issuer, no publisher; it is the wire's trailer and leaves the text.
            found.append(
                Credit(lines[index].strip(), "", False, Trust.KNOWN, index, where="sign-off")
            )
            continue
        credit = None
        if index == filled[0] and glued_heads.opens_labelled(lines[index].strip()):
            # "（来源：新华网）杭州…": the bracket or the dash closes the credit before the story
            credit = _glued_head(lines[index].strip(), index, accept, is_wire)
        credit = credit or whole_line(
            lines[index].strip(),
            index,
            accept,
            edge=index in head | tail,
            roundup=roundup,
            last=index == filled[-1],
        )
        if credit is None and index in head | tail:
            credit = _split(lines, index, accept, is_wire)
        if credit is None and index in tail:
            credit = _trailing(lines[index], index, accept)
        if credit is None and index in tail:
            credit = _agency_tail(lines[index].strip(), index, accept, is_wire)
        if credit is None and index in tail:
            credit = _wire_provided(lines[index].strip(), index, accept, is_wire)
        if credit is None and index not in head | tail:
            credit = _self_credit(lines[index].strip(), index, accept)
        if credit is None and index in head | tail:
            credit = _republished(lines[index].strip(), index, accept)
        if credit is None and index in head:
            credit = _dateline(lines[index], index, accept, is_wire)
        if credit is None and index == filled[0]:
            credit = _glued_head(lines[index].strip(), index, accept, is_wire)
        if credit is None and index == filled[0]:
            credit = _lead_in(lines[index].strip(), index, accept)
        if credit is None and index == filled[0] and len(filled) > 1:
            credit = _head_byline(lines[index].strip(), index, accept)
        if credit is None and index == filled[0] and len(filled) > 1:
            # "PTI / Mar 4, 2026", "Le Monde avec AFP": a wire's byline block kept as a line
            known = lambda name: accept(name, Trust.KNOWN)  # noqa: E731
            who = head_bylines.wire_of(lines[index], is_wire, known)
            credit = Credit(lines[index].strip(), who, False, Trust.KNOWN, index) if who else None
        if credit is None and index == filled[-1] and len(filled) > 1:
            credit = _network_footer(lines[index].strip(), index, accept)
        if credit is None and index in (filled[0], filled[-1]) and len(filled) > 1:
            credit = _portal_row(lines[index].strip(), index, accept, first=index == filled[0])
        if credit is None and index == filled[0] and len(filled) > 2:
            credit = _stacked_row(lines[index], lines[filled[1]], index, accept)
        if credit is not None and lines[index] is not written[index] and not credit.rest:
            credit = dataclasses.replace(credit, text=written[index].strip())
        if credit is not None:
            found.append(credit)
    return found


def _glued_head(
    line: str, index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """A credit glued to the first sentence with its separator ("By AFP | …", "Agência Brasil
    – …", conventions/glued_heads): the part before it read as a credit line of its own, or
    a wire's bare name; the story after it stays."""
    for head in glued_heads.heads(line):
        if head.kind == "name":
            name = head.credit
            if not (is_wire(name) and accept(name, Trust.KNOWN)):
                continue
            return Credit(head.credit, name, False, Trust.KNOWN, index, head.rest, "prefix")
        found = whole_line(head.credit, index, accept, edge=True)
        if found is not None and found.who and not found.image:
            return dataclasses.replace(found, text=head.credit, rest=head.rest, where="prefix")
    return None


def _network_footer(line: str, index: int, accept: Accept) -> Credit | None:
    """A network member's whole footer ("X is part of States Newsroom … X maintains editorial
    independence."): the member's story on another site (conventions/network_blurbs)."""
    who = network_blurbs.member_of(line)
    if who is None or not accept(who, Trust.NAMED):
        return None
    return Credit(line, who, False, Trust.NAMED, index)


def _wire_provided(
    line: str, index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """A news agency, or a news outlet by its word, after a bare provider's label at the tail
    ("提供:時事通信", "提供:中国新聞デジタル", with a full-width colon: wire_providers)."""
    if wire := wire_providers.wire_of(line, is_wire):
        return Credit(line, wire, False, Trust.KNOWN, index)
    outlet = wire_providers.outlet_of(line)
    if outlet is None or not accept(outlet, Trust.NAMED):
        return None
    return Credit(line, outlet, False, Trust.NAMED, index)


def _agency_tail(
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


def _split(
    lines: Sequence[str], index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """ "Forrás:" alone, "Telex" on the next line: the name is read as the label's value; the
    label's line leaves the text with it (leftovers.labels_of)."""
    pair = split_credits.joined(lines, index)
    found = whole_line(pair, index, accept, edge=True) if pair else None
    if found is None and pair:
        found = _wire_provided(pair, index, accept, is_wire)  # "提供" over "共同通信"
    return dataclasses.replace(found, text=lines[index].strip()) if found else None


def _image_labelled(part: str) -> bool:
    return images.first_word(part) in images.LABEL_WORDS


def whole_line(
    line: str,
    index: int,
    accept: Accept,
    *,
    edge: bool,
    roundup: bool = False,
    beside: bool = False,
    last: bool = False,
    ending: bool = False,
) -> Credit | None:
    # "From WECT News:" introduces what follows (a round-up's quote), it credits nothing.
    if len(line) > MAX_CREDIT_CHARS or line.endswith((":", "：")):
        return None
    # "| Source: | The Courier-Mail |", "by: Jane Doe, The Hill": the line they stand for.
    if (shaped := line_shapes.standing_for(line)) != line:
        found = whole_line(
            shaped,
            index,
            accept,
            edge=edge,
            roundup=roundup,
            beside=beside,
            last=last,
            ending=ending,
        )
        return dataclasses.replace(found, text=line) if found is not None else None
    folded = line.casefold()
    if _COPY_HINT.search(folded) and (copied := cp.COPY_BY.search(line)):
        # "republished by X": where the story went, not where it came from; unless a clause
        # before it names the first publisher ("Originally published by X; republished by Y")
        first = provider_lines.first_clause(line, copied.start())
        found = (
            whole_line(first, index, accept, edge=edge, beside=beside, last=last) if first else None
        )
        return dataclasses.replace(found, text=line) if found is not None else None
    if (edge or beside or ending) and (service := press_services.trailer(line)):
        return Credit(line, service[0], False, service[1], index)  # "OTS-ORIGINALTEXT …"
    if _BOOK_HINT.search(folded) and _BOOK_EXCERPT.search(line):
        return None  # a book excerpt's notice names a book and its publisher
    if intermediaries.data_citation(line):
        return None  # "Bron: CBS, bewerking NOS": a figure's data source, no copy's credit
    if data_notes.poll_note(line):
        return None  # "Source: Reuters/Ipsos poll of 1,004 adults": a poll's figures
    if phrase_twins.names_no_outlet(line, folded, accept):
        return None  # "Translated from the Spanish by …", "Con información de la policía local"
    story = split_credits.story_part(line, _image_labelled) if "/" in line or "|" in line else None
    if story is not None:  # "Text: DW | Photo: AFP": the text's credit decides
        found = whole_line(story, index, accept, edge=edge, beside=beside, last=last, ending=ending)
        return dataclasses.replace(found, text=line) if found is not None else None
    if quoted_sources.cites_informant(line):
        return None  # "Source: Jane Roe, spokesperson": who gave the facts
    if intermediaries.HANDED_ON_HINT.search(folded):
        held = _notice_before_distribution(line, index, accept)
        if held is None and (before := intermediaries.without_distribution(line)) != line:
            # "… originally published by X and distributed through … AP": X is the original
            found = whole_line(
                before, index, accept, edge=edge, beside=beside, last=last, ending=ending
            )
            if found is None and (edge or beside or ending):
                # "Jane Doe's column first appeared in X. Distributed by Creators Syndicate."
                found = _republished(before, index, accept)
            held = dataclasses.replace(found, text=line) if found is not None else None
        if held is not None:
            return held
    if edge or beside:  # a caption's "Credit:" is the photo's, a line's own the story's
        pattern, trust = cp.CREDIT
        match = pattern.match(line)
        if match and accept(match.group("who").strip(), trust):
            return Credit(line, match.group("who").strip(), False, trust, index)
    labelled = images.first_word(line) in images.LABEL_WORDS
    # Speed: a line neither labelled nor with any image pattern's words is tried by none.
    image_tried = _IMAGE_TRIED if labelled or _IMAGE_ANY.search(folded) else []
    for number, (pattern, hints) in enumerate(image_tried):
        # A pattern is tried only on a line with its words (speed: every paragraph comes here).
        if not labelled if hints is None else hints.search(folded) is None:
            continue
        match = pattern.match(line)
        who = (match.groupdict().get("who") or "").strip() if match else ""
        # A caption ending in a credit: the credit must read like a name, not a sentence.
        if match and (number < images.LEADING or _name_like(who)):
            return Credit(line, who, True, Trust.KNOWN, index)
    if roundup and _BRACKETED.match(line):
        return None

    # "— with inputs from PTI": a dash or bullet may lead any credit, and "Editor's note:"
    # any sentence of one.
    bare = cp.NOTE.sub("", line, count=1).lstrip("—–-•·* ") or line
    # "Editörün notu: Bu haber …": the sentence after a note's label is read before the whole
    # line (a lead's capitalised words would take the label for a name).
    noted = bare is not line and line[:1] not in "—–-•·* " and cp.NOTE.match(line) is not None
    notes = [_NOTES_RUN] if _NOTES_ANY is not None and _NOTES_ANY.search(folded) else []
    runs = (
        [_STORY_EDGE_RUN, _EDGE_AND_TRAILERS_RUN, _EDGE_LABELS_RUN, *notes]
        if edge
        else [_STORY_SENTENCES_RUN, _BESIDE_BYLINES_RUN, *notes]
        if beside
        else []
    )
    if last:
        runs = [*runs, _BARE_NAME_RUN]
    if ending and not _ANOTHER_PIECE.match(line):
        # The sentence that ends the story's last paragraphs: a credit sentence there is the
        # page's ("… said on Monday. Originally published by Tidewise.").
        runs = [_STORY_SENTENCES_RUN, _STORY_WORDED_RUN, _EDGE_AND_TRAILERS_RUN, *notes]
    if edge or beside or ending:
        # The newsroom phrases' sure wording first (conventions/phrase_credits.py).
        # A paragraph's last sentence about another piece ("The article …") is not one.
        phrases = (
            [_PHRASES_RUN]
            if phrase_credits.hinted(folded) and not (ending and _ANOTHER_PIECE.match(line))
            else []
        )
        runs = [*phrases, *runs, *_reposts_and_languages(folded)]
    middle = not (edge or beside or last or ending)
    # "(via Geeks Are Sexy)" under a blog's embed, the text going on: where the link was
    # found, no copy; only a publisher the table knows is credited by it there.
    link_tip = not last and line.startswith("(via ")
    # Speed: a long page's middle holds many list items (menus, code, tables), and each
    # would be looked up; a list item credits a story at its head or tail. Every paragraph
    # comes here and most match nothing: the loop does no more than its hint and its match
    # until a pattern matches, and a run's patterns none of which can match are skipped.
    tried = (
        entry
        for run in [_STORY_MIDDLE_RUN if middle else _STORY_RUN, *runs]
        for entry in run.tried(line, bare, folded)
    )
    for pattern, trust, hints in tried:
        if hints is not None and hints.search(folded) is None:
            continue
        match = pattern.match(bare) if noted else pattern.match(line)
        if match is None and bare is not line:
            match = pattern.match(line) if noted else pattern.match(bare)
        if match is None:
            continue
        if link_tip:
            trust = Trust.KNOWN
        who = match.group("who").strip()
        if case_credits.reads(pattern):
            # "za Gazetą Wyborczą", "Reutersin", "BBC-n", "Hürriyet'ten": the name's case
            who = case_credits.named(pattern, who, lambda n: accept(n, Trust.KNOWN))
        elif pattern is inflected.POLISH_FIRST:
            # "w Gazecie Wyborczej": Gazeta Wyborcza; "w „Polityce”": the marks say it is a
            # name whole, kept round it (a one-word name is also a section's label)
            quoted = line[match.start("who") - 1 : match.start("who")] in ("„", '"', "«")
            who = inflected.nominative(who)
            who = f"„{who}”" if quoted else who
        elif russian_genitive.GENITIVE_LEAD.match(folded) and not accept(who, Trust.KNOWN):
            # "По материалам «Коммерсанта»": a name the table lacks, back in the nominative
            who = russian_genitive.nominative(who)
        elif pattern is copy_notes.PERMISSION and "zgodą" in folded:
            # "Przedruk za zgodą redakcji „Dziennika Bałtyckiego”": Dziennik Bałtycki
            who = inflected.polish_nominative_of_genitive(who)
        elif pattern is _BYLINE and (outlet := byline_writers.outlet_part(who)) != who:
            # "By KELSEY BRANDT Star-Tribune staff writer": the writer is no part of the
            # outlet's name; one word left is a short name, the site's own desk
            if byline_writers.short_name_only(outlet) and not accept(outlet, Trust.KNOWN):
                continue
            who = outlet
        if accept(who, trust) and not a_persons(who, trust, accept):
            return Credit(line, who, False, trust, index)
    # "Lakeland Echo" alone on the last line: an outlet's name the table lacks.
    name = line.rstrip(".")
    if (
        last
        and edge_credits.BARE_OUTLET.match(line)
        and edge_credits.proper_outlet_name(name)
        and accept(name, Trust.OUTLET)
        and not a_persons(name, Trust.NAMED, accept)
    ):
        return Credit(line, name, False, Trust.OUTLET, index)
    # A sign-off that names no publisher ("Additional reporting by Yonhap" did, above), but
    # Reuters' own shape of it is Reuters' credit.
    if (edge or beside or ending) and edge_credits.REUTERS_SIGN_OFF.match(line):
        return Credit(line, edge_credits.REUTERS, False, Trust.KNOWN, index, where="sign-off")
    if (edge or beside or ending) and line[:1] in "Ee" and (wire := end_markers.wire_of(line)):
        return Credit(line, wire, False, Trust.KNOWN, index, where="sign-off")
    # "(NAN)(www.nannews.ng)", "EFE jd/th", "CMC/jb/ir/2026", "বাসস/সংবাদদাতা/১৪৩০/কেকে": a
    # wire's tag with its site or its filing slug.
    opens = line[:1] in "([" or line[:1].isupper() or not line[:1].isascii()
    tag = tag_signoffs.tag_of(line) if (edge or ending) and opens else None
    if tag is not None and accept(tag, Trust.TAG):
        return Credit(line, tag, False, Trust.TAG, index, where="sign-off")
    # "By Mwila Zulu | ZNBC", "Anna Zawadzka (PAP)": a writer and the tag of whom they file for
    tagged = tagged_bylines.tag_of(line, beside=beside) if edge or beside or ending else None
    if tagged is not None and accept(tagged[0], Trust.TAG):
        return Credit(line, tagged[0], False, Trust.TAG, index, where="byline")
    if (edge or beside or ending) and (sign_offs.SIGN_OFF.match(line) or _sign_off(line, folded)):
        return Credit(line, "", False, Trust.KNOWN, index, where="sign-off")
    # "Read the original here": its link (read from the markup) names the publisher.
    if edge and cp.LINK_CREDIT.match(line):
        return Credit(line, "", False, Trust.KNOWN, index, where="link")
    return None


_EDGE_LABELS = [(p, t, hint(edge_labels.HINTS.get(p))) for p, t in edge_labels.EDGE]
#: How far into a line the words of repost_credits' and language_credits' patterns stand.
_HEAD_CHARS = 48
#: The runs whole_line tries, built once here rather than as lists on every call (speed).
_STORY_RUN = Run(_STORY_TRIED)
_STORY_MIDDLE_RUN = Run(_STORY_TRIED_MIDDLE)
_STORY_EDGE_RUN = Run(unhinted(cp.STORY_EDGE))
_EDGE_AND_TRAILERS_RUN = Run(unhinted([*edge_credits.EDGE, *trailers.TRAILERS]))
_EDGE_LABELS_RUN = Run(_EDGE_LABELS)
_NOTES_RUN = Run(_NOTES)
_STORY_SENTENCES_RUN = Run(unhinted(cp.STORY_SENTENCES))
_STORY_WORDED_RUN = Run(unhinted(cp.STORY_WORDED))
#: "Por Redacción El Diario de Aysén": a newsroom's word before the outlet's name is read
#: before a byline's plain "By X" would take it for part of the name.
_NEWSROOM_OF = (org_bylines.NEWSROOM_OF, Trust.OUTLET)
_BESIDE_BYLINES_RUN = Run(
    unhinted(
        [
            cp.DESK_BYLINE,
            _NEWSROOM_OF,
            cp.BYLINE,
            (edge_credits.HAT_TIP, Trust.NAMED),
            *(p for p in org_bylines.PATTERNS if p != _NEWSROOM_OF),
        ]
    )
)
_BYLINE = cp.BYLINE[0]
_BARE_NAME_RUN = Run(unhinted([cp.BARE_NAME]))
_POST_FROM_RUN = Run(unhinted([(repost_credits.POST_FROM, Trust.NAMED)]))
_REPOSTS_RUN = Run(unhinted(repost_credits.PATTERNS))
_LANGUAGES_RUN = Run(unhinted(language_credits.PATTERNS))
_REPRINTS_RUN = Run(unhinted(reprint_credits.PATTERNS))
_PHRASES_RUN = Run(unhinted(phrase_credits.PATTERNS))
_PROVIDERS_RUN = Run(unhinted(provider_lines.PATTERNS))


def _reposts_and_languages(folded: str) -> list[Run]:
    """The tenth set's conventions (repost_credits, language_credits), for a line with their
    words only (speed)."""
    # Every one opens the line with its words: its first characters are enough to look at.
    head = folded[:_HEAD_CHARS]
    found = [_POST_FROM_RUN] if "post from" in folded else []
    if repost_credits.hinted(head):
        found.append(_REPOSTS_RUN)
    if reprint_credits.hinted(folded):  # the eleventh set's reprint and partnership notes
        found.append(_REPRINTS_RUN)
    if provider_lines.hinted(folded):  # an original and its platform: "X via NewsBreak"
        found.append(_PROVIDERS_RUN)
    # Another language's credit line is short: a story's paragraph is not looked into.
    if len(folded) > language_credits.MAX_CHARS or not language_credits.hinted(head):
        return found
    return [*found, _LANGUAGES_RUN]


def _sign_off(line: str, folded: str) -> bool:
    """A line that closes the copy and names no one, besides a wire's sign-off: an end mark,
    a feed footer's "… was first posted on <date>" or its terms."""
    if len(line) <= 8 and end_markers.GENERIC_END.match(line):
        return True
    if "feed" in folded and repost_credits.FEED_TERMS.match(line):
        return True
    return "posted on" in folded and repost_credits.FIRST_POSTED_ON.match(line) is not None


def _lead_in(line: str, index: int, accept: Accept) -> Credit | None:
    """ "Via The Independent:" on the first line, leading into the pasted story."""
    match = repost_credits.LEAD_IN.match(line) if line.endswith((":", "：")) else None
    who = match.group("who").strip() if match else ""
    if match and accept(who, Trust.OUTLET) and not a_persons(who, Trust.NAMED, accept):
        return Credit(line, who, False, Trust.OUTLET, index)
    return None


#: A wire's full name by its agency's word: "The Canadian Press", "Associated Press",
#: "Deutsche Presse-Agentur", "Emirates News Agency" (not a tag: a bare "AFP" at the head is
#: as often a dropped picture's credit).
_WIRE_NAME = re.compile(
    r"^(?:The\s+)?(?:[A-ZÀ-Þ][\w'’.-]+\s+){1,3}(?i:press|presse|presse-agentur|news\s+agency|"
    r"agency|agentur|agência|agencia|nachrichtenagentur)$"
)


def _head_byline(line: str, index: int, accept: Accept) -> Credit | None:
    """ "The Canadian Press" alone on the first line, above "OTTAWA — …": the byline block of
    a wire's story on a member site names the wire by its full name and nothing else; a news
    aggregator's row over the story, "NHK NEWS WEB | 3/10(火) 12:05", names its outlet (a
    table outlet only: a site dates its own stories so too)."""
    short = len(line) <= 40 and _WIRE_NAME.match(line) is not None
    who = line if short else line_shapes.source_row(line)
    if not who or not accept(who, Trust.KNOWN):
        return None
    return Credit(line, who, False, Trust.KNOWN, index, where="line")


def _portal_row(line: str, index: int, accept: Accept, *, first: bool) -> Credit | None:
    """A news aggregator's source row: "Kurier · vor 2 Std." over the story, "Seattle Times —
    Read original" under it (conventions/portal_rows.py); the row vouches for a name, not a
    person's."""
    who = portal_rows.head_row(line) if first else portal_rows.original_row(line)
    # A writer's byline has the same row ("邓志强 | 2 hours ago"): in a script without case
    # nothing tells a person's name from an outlet's but an outlet's word ("東京新聞").
    trust = Trust.NAMED if any(c.isupper() or c.islower() for c in who or "") else Trust.OUTLET
    if not who or not accept(who, trust) or a_persons(who, Trust.NAMED, accept):
        return None
    return Credit(line, who, False, trust, index)


def _stacked_row(line: str, below: str, index: int, accept: Accept) -> Credit | None:
    """A portal's provider row stacked over the story: the outlet's name alone, then its time
    stamp or reading time on the next line (conventions/portal_rows.stacked_head); a name that
    reads as an outlet's, never a person's."""
    who = portal_rows.stacked_head(line, below)
    if not who or not accept(who, Trust.OUTLET) or a_persons(who, Trust.NAMED, accept):
        return None
    return Credit(line, who, False, Trust.OUTLET, index)


def _notice_before_distribution(line: str, index: int, accept: Accept) -> Credit | None:
    """ "©2026 Governing. Distributed by Tribune Content Agency, LLC.": the notice's holder
    is the original, and the distribution sentence vouches that it is a publisher."""
    notice = intermediaries.without_distribution(line)
    if notice == line:
        return None
    match = cp.COPYRIGHT.match(notice)
    who = match.group("who").strip() if match else ""
    if match and accept(who, Trust.NAMED) and not a_persons(who, Trust.NAMED, accept):
        return Credit(line, who, False, Trust.NAMED, index)
    return None


def a_persons(who: str, trust: Trust, accept: Accept) -> bool:
    """ "Source: Jane Doe": a label vouches for an outlet, not for a person's name (a name the
    table knows still counts)."""
    first = re.split(r"\s*[,;(—–]\s*", who, maxsplit=1)[0]  # "Jane Doe, who first reported …"
    return trust >= Trust.NAMED and person_like(first) and not accept(first, Trust.KNOWN)


def _name_like(phrase: str) -> bool:
    words = re.findall(r"[\w.'’&+-]+", phrase)
    small = {"of", "the", "and", "via", "de", "la", "du", "des", "der", "und", "y", "et"}
    return 0 < len(words) <= 8 and all(
        not w[0].isalpha() or not w[0].islower() or w.lower() in small or "." in w for w in words
    )


def _trailing(line: str, index: int, accept: Accept) -> Credit | None:
    """A credit that ends a paragraph: its last sentence or two (three for a copyright
    trailer: "Copyright 2026 The AP. All rights reserved. This material may not …"), or
    "(AFP)" / "— Reuters"."""
    # "… prior written consent. |": a separator of the links after the story, run into it.
    stripped = _RUN_IN_SEPARATOR.sub("", line.rstrip())
    # A book excerpt's notice ("Excerpted from … Copyright © 2018 by … Used with permission
    # of Little, Brown"): its permission is a book publisher's, no news copy's.
    book = _BOOK_EXCERPT.search(stripped) is not None
    starts = [m.end() for m in SENTENCE_END.finditer(stripped)]
    # "… eighteen months.Source: X": a label run into the last sentence, no space between.
    starts = sorted([*starts, *decorations.run_in_starts(stripped)])[-3:]
    if len(starts) == 3 and not _COPYRIGHT_START.match(stripped[starts[0] :]):
        starts = starts[1:]
    if _QUOTED.match(stripped):
        return None  # '"Council backs road plan" — Daily Record': a quotation's source
    for start in reversed(starts):
        tail = stripped[start:]
        credit = whole_line(tail, index, accept, edge=False, ending=not book) or _republished(
            tail, index, accept
        )
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
    # "… as freight costs climb. REUTERS": a table name in capitals run into the paragraph
    caps = run_in_tags.caps_tag(stripped)
    if caps is not None and accept(caps.group("who"), Trust.KNOWN):
        rest = stripped[: caps.start("credit")].rstrip()
        return Credit(
            caps.group("credit"), caps.group("who"), False, Trust.KNOWN, index, rest, "suffix"
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
            text = stripped[match.start(group) :].strip()
            return Credit(text, who, False, trust, index, rest, "suffix")
    return None


def _self_credit(line: str, index: int, accept: Accept) -> Credit | None:
    """A short line between paragraphs saying where this very piece first ran."""
    if len(line) > MAX_REPUBLISHED_CHARS or not edge_credits.self_credit_like(line):
        return None
    found = whole_line(line, index, accept, edge=False, ending=True)
    return found or _republished(line, index, accept)


def _republished(line: str, index: int, accept: Accept) -> Credit | None:
    if len(line) > MAX_REPUBLISHED_CHARS or cp.COPY_BY.search(line) or _BOOK_EXCERPT.search(line):
        return None
    who = first_ran(cp.NOTE.sub("", line, count=1), accept)
    if who is None or a_persons(who, Trust.STRONG, accept):
        return None  # "Reproduced with permission of Jane Doe": a person lent it
    return Credit(line, who, False, Trust.STRONG, index)


def _dateline(
    line: str, index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """ "CAIRO (Reuters) - ..." at the start of the story: the credit is the dateline."""
    found = dateline(line.lstrip(), accept) or agency_datelines.agency_dateline(
        line.lstrip(), accept, is_wire
    )
    if found is None:
        return _joined_dateline(line, index, accept)
    who = agency_datelines.member(found.who)
    return Credit(found.credit, who, False, found.trust, index, found.rest, "dateline")


def _joined_dateline(line: str, index: int, accept: Accept) -> Credit | None:
    """ "APA-Lusaka (Zambia) — …": an agency's tag joined to its city (homonym_tags). A
    table agency's tag only: "COVID-Nairobi (Kenya) —" would read the same."""
    match = homonym_tags.JOINED_DATELINE.match(line) if line[:1].isupper() else None
    if match is None or not accept(match.group("who"), Trust.KNOWN):
        return None
    rest = line[match.end() :]
    return Credit(
        match.group("credit"), match.group("who"), False, Trust.KNOWN, index, rest, "dateline"
    )
