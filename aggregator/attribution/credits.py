"""Finding credit lines and image-credit lines in an article's text."""

# ruff: noqa: RUF003  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from aggregator.attribution.conventions import (
    data_agencies,
    decorations,
    glued_heads,
    head_bylines,
    translation_notes,
)
from aggregator.attribution.conventions.datelines import Accept
from aggregator.attribution.line_readers.credit import Credit
from aggregator.attribution.line_readers.heads import (
    glued_head,
    head_byline,
    head_dateline,
    lead_in,
    portal_row,
    stacked_row,
)
from aggregator.attribution.line_readers.republished import republished
from aggregator.attribution.line_readers.split_labels import split_label, wire_provided
from aggregator.attribution.line_readers.tails import (
    agency_tail,
    network_footer,
    self_credit,
    trailing,
)
from aggregator.attribution.line_readers.whole_line import (
    BRACKETED,
    phrasebook_line,
    whole_line,
)
from aggregator.attribution.names import Trust
from aggregator.attribution.not_credits import (
    data_notes,
    intermediaries,
    name_lists,
    quoted_sources,
    related_links,
    tool_rows,
)

#: Lines at the top and at the bottom where bylines, datelines and bare names count.
HEAD_LINES = 3
TAIL_LINES = 4
#: A row of a table the text kept ("| FTSE 100 | 8,894.10 | -0.12% |"), no line of the story.
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
#: In the middle of the text the phrasebook reads only a line this short: a credit's own.
_PHRASEBOOK_CHARS = 120
#: This many lines like "[ Engadget ]" make a round-up citing its sources.
ROUNDUP_LINES = 3


#: A page's header block above the story (its section, headline, and a definition list of
#: fields: "Published" / "- Source" / "- The Times"): short lines, this many at most.
HEADER_LINES = 8
HEADER_LINE_CHARS = 100


def _header_block(lines: Sequence[str], filled: Sequence[int]) -> set[int]:
    """The short lines before the story's first paragraph: a field's label and value there
    (a Nuxt or Next theme's "<dl><dt>Source</dt><dd>X</dd></dl>" under the headline) sit
    below the first three lines when a section label and the headline come first."""
    block = set()
    for index in filled[:HEADER_LINES]:
        if len(lines[index]) > HEADER_LINE_CHARS:
            break
        block.add(index)
    return block


def find_credits(
    lines: Sequence[str], accept: Accept, is_wire: Callable[[str], bool] = lambda _: False
) -> list[Credit]:
    """Every credit and image credit in ``lines`` (paragraphs), in order; ``is_wire`` says
    whether a name is a wire's (a byline block heading the text: conventions/head_bylines)."""
    # "📰 Source: X", "{Courtesy: X}", "**Courtesy:**": read without the line's decorations.
    # "Переклад з англійської. Оригінал: X": a translation's note beside the credit goes too.
    written = lines
    lines = [translation_notes.without_notes(decorations.undecorated(line)) for line in lines]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    head, tail = set(filled[:HEAD_LINES]), set(filled[-TAIL_LINES:])
    # "(Reporting by …; Editing by …)" over a quotes table the page kept after the story
    # ("| Nasdaq | 21,064.55 | +0.71% |"): the story's own last lines are its tail too.
    tail |= set([i for i in filled if not _TABLE_ROW.match(lines[i])][-TAIL_LINES:])
    fields = head | _header_block(lines, filled)
    # Many "[ Engadget ]" lines: a round-up citing its sources, not a republication.
    roundup = sum(bool(BRACKETED.match(lines[i].strip())) for i in filled) >= ROUNDUP_LINES
    # A press release's "SOURCE <company>" names its issuer, the release's subject, never
    # its publisher.
    release = intermediaries.press_release(lines)
    edges, labelled = head | tail, fields | tail  # (made once: every line asks)
    found = []
    for index in filled:
        if quoted_sources.embedded_post(lines[index]):
            continue  # "— BBC News (@BBCWorld) March 10, 2026": the quote's, not the page's
        if quoted_sources.quoted_in_sentence(lines[index]):
            continue  # "« Source : AFP », pouvait-on lire …": a quote in the story's sentence
        if tool_rows.tool_row(lines[index]):
            continue  # "Print | E-mail": the page's buttons ("Print" spells ThePrint's name)
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
            credit = glued_head(lines[index].strip(), index, accept, is_wire)
        credit = credit or whole_line(
            lines[index].strip(),
            index,
            accept,
            edge=index in edges,
            roundup=roundup,
            last=index == filled[-1],
        )
        if credit is None and index in labelled:
            credit = split_label(lines, index, accept, is_wire)
        if credit is None and index in tail:
            credit = trailing(lines[index], index, accept, is_wire)
        if credit is None and index in tail:
            credit = agency_tail(lines[index].strip(), index, accept, is_wire)
        if credit is None and index in tail:
            credit = wire_provided(lines[index].strip(), index, accept, is_wire)
        if credit is None and index not in edges:
            credit = self_credit(lines[index].strip(), index, accept)
        if credit is None and index in edges:
            credit = republished(lines[index].strip(), index, accept)
        if credit is None and index in head:
            credit = head_dateline(lines[index], index, accept, is_wire)
        if credit is None and index == filled[0]:
            credit = glued_head(lines[index].strip(), index, accept, is_wire)
        if credit is None and index == filled[0]:
            credit = lead_in(lines[index].strip(), index, accept)
        if credit is None and index == filled[0] and len(filled) > 1:
            credit = head_byline(lines[index].strip(), index, accept)
        if credit is None and index == filled[0] and len(filled) > 1:
            # "PTI / Mar 4, 2026", "Le Monde avec AFP": a wire's byline block kept as a line
            known = lambda name: accept(name, Trust.KNOWN)  # noqa: E731
            who = head_bylines.wire_of(lines[index], is_wire, known)
            credit = Credit(lines[index].strip(), who, False, Trust.KNOWN, index) if who else None
        if credit is None and index == filled[-1] and len(filled) > 1:
            credit = network_footer(lines[index].strip(), index, accept)
        if credit is None and index == filled[-1] and len(filled) > 1:
            # "По данным «Интерфакса».": a table wire alone after "according to the data of"
            wire = data_agencies.wire_of(lines[index], is_wire)
            credit = Credit(lines[index].strip(), wire, False, Trust.KNOWN, index) if wire else None
        if credit is None and index in (filled[0], filled[-1]) and len(filled) > 1:
            credit = portal_row(lines[index].strip(), index, accept, first=index == filled[0])
        if credit is None and index == filled[0] and len(filled) > 2:
            credit = stacked_row(lines[index], lines[filled[1]], index, accept)
        edge = index in edges
        if credit is None and (edge or len(lines[index]) <= _PHRASEBOOK_CHARS):
            # the phrasebook's wordings, last: languages and words the readers above lack
            credit = phrasebook_line(lines[index].strip(), index, accept, edge=edge)
        if credit is not None and lines[index] is not written[index] and not credit.rest:
            credit = dataclasses.replace(credit, text=written[index].strip())
        if credit is not None:
            found.append(credit)
    return found
