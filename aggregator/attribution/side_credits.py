"""Credits in the short lines beside an article's text that extraction left out (a byline
block, a CMS's source field, a box under the story): only a credit's own wording, a byline
naming an outlet, or a wire's name alone counts there."""

# ruff: noqa: RUF001, RUF003  (apostrophes and full-width colons of credit lines are meant)

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Sequence

from aggregator.attribution.conventions import (
    byline_blocks,
    byline_fields,
    clip_fields,
    coverage_items,
    edge_credits,
    original_pages,
    portal_rows,
    split_credits,
    trailers,
    translation_notes,
)
from aggregator.attribution.conventions import patterns as cp
from aggregator.attribution.conventions.datelines import Accept
from aggregator.attribution.conventions.role_words import newsroom_title
from aggregator.attribution.line_readers.credit import Credit, a_persons
from aggregator.attribution.line_readers.republished import republished
from aggregator.attribution.line_readers.split_labels import wire_provided
from aggregator.attribution.line_readers.tails import SENTENCE_END
from aggregator.attribution.line_readers.whole_line import phrasebook_line, whole_line
from aggregator.attribution.names import Trust
from aggregator.attribution.not_credits import intermediaries, quoted_sources, tool_rows

#: So many dated bylines beside a text are a rail of other stories (a story has one).
RAIL_BYLINES = 3


def find_side_credits(
    lines: Sequence[str], accept: Accept, is_wire: Callable[[str], bool] = lambda _: False
) -> list[Credit]:
    """Credits in the lines beside the text that extraction left out. Only a credit's
    wording counts there, or a byline block ("Tom Davies Associated Press Published …",
    Blogger's "Posted by … at 9:20"), or a wire's name alone ("DPA" under the story):
    another bare name or "(AFP)" beside a story may be anything (a logo, a photo credit)."""
    found = []
    # "Reuters February 28, 2024" among "Jane Doe February 27, 2024" and more: a rail of
    # other stories' bylines beside the text, none of them this story's
    rail = sum(map(byline_blocks.dated, lines)) >= RAIL_BYLINES
    for index, line in enumerate(lines):
        line = translation_notes.without_notes(_without_icon(line.strip()))
        if quoted_sources.embedded_post(line) or tool_rows.tool_row(line):
            continue
        if _avatar(lines, index, is_wire):
            continue  # "EP" over "Eleri Pugh": the writer's initials, no Europa Press
        # "Original page: baolamdong.vn" over a proxied page: the page shown (its address
        # first: "Source URL: https://…" is no source named "URL")
        credit = _original_page(line, index, accept)
        label = _a_label(line)
        # "Redacción / EFE", "Express Web Desk": a byline field of wires or of a table's desk
        if credit is None and not label:
            credit = _wire_field(line, index, accept, is_wire)
        if credit is None:
            credit = _slashed_byline(line, index, is_wire)
        if credit is None:
            credit = whole_line(line, index, accept, edge=False, beside=True)
        if credit is None:
            # "제공: 흑산바다신문" in a portal's header over the headline, "提供：共同通信"
            credit = wire_provided(line, index, accept, is_wire)
        if credit is None:
            credit = _titled_byline(line, index, accept)
        if credit is None:
            credit = _side_byline(line, index, accept) or _side_field(line, index, accept)
        if credit is None:
            credit = _box_last_sentence(line, index, accept)
        if credit is None and not rail:
            credit = _dated_byline(line, index, accept, is_wire)
        if credit is None:
            credit = _wire_role_byline(line, index, is_wire)
        if credit is None:
            credit = _staff_byline(line, index, accept)
        if credit is None and not label and is_wire(line.strip("()[] .")):
            credit = Credit(line, line.strip("()[] ."), False, Trust.KNOWN, index)
        if credit is None:
            credit = _without_run_ins(line, index, accept)
        if credit is None:
            credit = _split_field(lines, index, accept) or _clip_field(lines, index, accept)
        if credit is None:
            credit = _after_stamp(line, index, accept)
        if credit is None:
            credit = _after_translation(line, index, accept)
        if credit is None:
            credit = _provider_row(line, index, accept)
        if credit is None:
            credit = phrasebook_line(line, index, accept, beside=True)
        if credit is None and _A_SENTENCE.search(line):
            # "Esta nota fue publicada originalmente por BBC News Mundo." in a partner box:
            # a sentence saying where this piece first ran, as at the text's edge
            credit = republished(line, index, accept) or _self_description(line, index, accept)
        if credit is None:
            credit = _row_part(line, index, accept)
        if credit is not None:
            found.append(dataclasses.replace(credit, side=True))
    return found


#: A whole sentence: its closing stop ("… originally published by X."; a teaser's headline
#: beside the text has none).
_A_SENTENCE = re.compile(r"[.。!]\s*$")


def _self_description(line: str, index: int, accept: Accept) -> Credit | None:
    """ "Writers on the Range, writersontherange.org, is an independent nonprofit dedicated to
    …" beside the text: a newsroom's or a syndicate's description of itself, which it prints
    under the stories it gives away (trailers.DESCRIPTION; the site's own is the site)."""
    match = trailers.DESCRIPTION.match(line.strip())
    who = match.group("who") if match else ""
    return (
        Credit(line, who, False, Trust.NAMED, index) if who and accept(who, Trust.NAMED) else None
    )


def _a_label(line: str) -> bool:
    """ "भाषा:" over "नेपाली" in a field list: a field's label ("Language:"), which may spell a
    wire's name (PTI's Hindi service is Bhasha), names its value, not a wire."""
    return line.rstrip().endswith((":", "："))


#: "By Johanna Berg/TT", "Por Ana Ruiz/EFE": a byline's writer and the wire after a slash
#: (without "By" the same shape is a photo's credit: "Johanna Berg/TT" under a picture).
_SLASHED_BYLINE = re.compile(
    r"^(?:by|av|af|door|von|por|par|di|przez)\s+(?P<writer>[^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]+)"
    r"{1,3})\s*/\s*(?P<who>[^\W\d_][^/|,]{1,30})$",
    re.IGNORECASE,
)


def _slashed_byline(line: str, index: int, is_wire: Callable[[str], bool]) -> Credit | None:
    """ "By Johanna Berg/TT" in a byline block: the wire's reporter (a wire's name only: a
    name the table reads as an outlet's after a slash may be the writer's desk)."""
    match = _SLASHED_BYLINE.match(line.strip())
    if match is None or not all(w[:1].isupper() for w in match.group("writer").split()):
        return None
    who = match.group("who").strip()
    if is_wire(who):
        return Credit(line, who, False, Trust.KNOWN, index, where="byline")
    return None


#: A date and time a CMS's info bar runs into the source field after it ("2027年03月11日
#: 09:23 来源：大众日报", "2026-03-11 09:23 Source: X").
_STAMP = re.compile(
    r"^(?:\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+"
)


def _after_stamp(line: str, index: int, accept: Accept) -> Credit | None:
    """A labelled credit after the date and time of an info bar: the credit read alone."""
    stamp = _STAMP.match(line)
    rest = line[stamp.end() :] if stamp else ""
    if not rest or not re.search(r"[:：]", rest):
        return None
    found = whole_line(rest, index, accept, edge=False, beside=True)
    return dataclasses.replace(found, text=line) if found is not None and not found.image else None


#: A translator's note before a credit in a box under the story: "Übersetzt aus dem
#: Polnischen.", "Translated from the Spanish by Jane Roe.", "Traduit de l'anglais."
_TRANSLATED = re.compile(
    r"^(?:übersetzt|aus\s+dem\s+\w+\s+übersetzt|translated|traduit|traduite|traducido|"
    r"traducida|traduzido|traduzida|tradotto|tradotta|vertaald|przetłumaczone|przełożył\w*)\b"
    r"[^.!?]{0,80}[.]\s+",
    re.IGNORECASE,
)


def _after_translation(line: str, index: int, accept: Accept) -> Credit | None:
    """A credit after a translator's note ("Übersetzt aus dem Polnischen. Zuerst erschienen
    im „Kurier Szczeciński“."): the credit read alone, as it would be on a line of its own."""
    note = _TRANSLATED.match(line)
    rest = line[note.end() :] if note else ""
    found = whole_line(rest, index, accept, edge=False, beside=True) if rest else None
    return dataclasses.replace(found, text=line) if found is not None and not found.image else None


#: A row of buttons' words: a field's label with no value runs into the box after it.
_BUTTONS = re.compile(
    r"\b(?:share|facebook|twitter|whatsapp|telegram|linkedin|e-?mail|print|pinterest|reddit)\b",
    re.IGNORECASE,
)


def _split_field(lines: Sequence[str], index: int, accept: Accept) -> Credit | None:
    """A source field whose label and value sit in blocks of their own ("SOURCE" / "NPR" in
    a theme's source box, "المصدر" / "…" , a "<dt>Quelle</dt><dd>dpa</dd>"): the value is
    read as the labelled line, as split labels are in the text (conventions/split_credits)."""
    pair = split_credits.joined(lines, index)
    if pair is None or _BUTTONS.search(lines[index]):
        return None  # "Source" over the share row after an empty field: buttons, no name
    found = whole_line(pair, index, accept, edge=False, beside=True)
    return dataclasses.replace(found, text=lines[index].strip()) if found is not None else None


def _clip_field(lines: Sequence[str], index: int, accept: Accept) -> Credit | None:
    """A press clipping's medium field ("Outlet: Daily Graphic" in a monitoring service's
    clip view, conventions/clip_fields.py), or an e-paper's header row ("3面 | 北海道新聞 |
    2027年2月15日"): the clip's publisher."""
    who = clip_fields.medium(lines, index)
    # "Daily Graphic": a name that reads as an outlet's, whatever its words say elsewhere
    trusts: tuple[Trust, ...] = (Trust.NAMED, Trust.OUTLET)
    if who is None:
        # a row without labels: its name must read as an outlet's ("A1 | Local | …" is a section)
        who, trusts = clip_fields.page_row(lines[index]), (Trust.OUTLET,)
    trust = next((t for t in trusts if who and accept(who, t)), None)
    if who is None or trust is None or a_persons(who, trust, accept):
        return None
    return Credit(lines[index].strip(), who, False, trust, index, where="field")


def _avatar(lines: Sequence[str], index: int, is_wire: Callable[[str], bool]) -> bool:
    """ "EP" over "Eleri Pugh" in an author card: a writer's avatar, their initials in a
    circle, beside the name they stand for (not Europa Press's tag). A wire's own name there
    ("AP" over "Associated Press") spells its tag and is the wire's."""
    tag = lines[index].strip().upper()
    if not 2 <= len(tag) <= 3 or not tag.isalpha():
        return False
    for near in [*lines[max(index - 1, 0) : index], *lines[index + 1 : index + 2]]:
        words = near.split()
        if (
            2 <= len(words) <= 4
            and all(word[:1].isupper() for word in words)
            and "".join(word[0] for word in words).upper() == tag
            and not is_wire(near.strip())
        ):
            return True
    return False


def _original_page(line: str, index: int, accept: Accept) -> Credit | None:
    """A reading surface's bar naming the page it shows ("Original page: baolamdong.vn" over
    a translation proxy's view, conventions/original_pages.py): that site's story."""
    site = original_pages.original_address(line)
    if site is None or not accept(site, Trust.OUTLET):
        return None
    return Credit(line, site, False, Trust.OUTLET, index, where="field")


#: The parts of a byline row: "By Dana Whitlock | February 14, 2027 | Originally published by
#: The Tennessean".
_ROW_PARTS = re.compile(r"\s+[|·•]\s+")
#: A row of more parts than this is a menu or a tag list, not a byline row.
_MAX_ROW_PARTS = 5


def _row_part(line: str, index: int, accept: Accept) -> Credit | None:
    """A credit's sentence as one part of a byline row beside the text: the part is read as
    the line it would be on its own (only a credit's wording: a bare name in a row is a tag or
    the writer's desk). The row leaves with it."""
    parts = _ROW_PARTS.split(line)
    if not 1 < len(parts) <= _MAX_ROW_PARTS:
        return None
    for part in parts:
        if len(part) < _MIN_ROW_CREDIT:
            continue
        found = whole_line(part, index, accept, edge=False, beside=True) or phrasebook_line(
            part, index, accept, beside=True
        )
        if found is not None and found.who and not found.image and found.where == "line":
            return dataclasses.replace(found, text=line)
    return None


#: A part of a row shorter than this is a date, a name or a label ("By Jane Doe").
_MIN_ROW_CREDIT = 16


def _without_icon(line: str) -> str:
    """A callout box's icon before its words ("📰 This story was originally published by …"):
    a pictograph is decoration (a copyright sign is not)."""
    start = 0
    while start < len(line) and (
        (unicodedata.category(line[start]) == "So" and line[start] not in "©®℗")
        or (start and line[start].isspace())
    ):
        start += 1
    return line[start:].lstrip() if start else line


def _box_last_sentence(line: str, index: int, accept: Accept) -> Credit | None:
    """A box beside the text whose last sentence is a credit, after an author's bio: "Jane
    Roe is a lecturer at … This article is republished from The Conversation …"."""
    starts = [m.end() for m in SENTENCE_END.finditer(line)]
    if not starts:
        return None
    tail = line[starts[-1] :]
    if len(tail.split()) < 6:
        return None  # "Bild3: ©Ev … . Quelle: Unsplash": a picture's box ends in its label
    credit = whole_line(tail, index, accept, edge=False, ending=True)
    return dataclasses.replace(credit, text=line) if credit is not None else None


def _side_field(line: str, index: int, accept: Accept) -> Credit | None:
    """ "Agency The Canadian Press", "Quelle Tagesspiegel": a labelled field of the CMS."""
    match = byline_blocks.SIDE_FIELD.match(line) or edge_credits.SOURCE_FIELD.match(line)
    if match is not None and accept(line, Trust.KNOWN):
        return None  # "Agence France-Presse" is a table name, no field "Agence" of "France-Presse"
    if match is None or not accept(match.group("who"), Trust.NAMED):
        return None
    if a_persons(match.group("who"), Trust.NAMED, accept):
        return None
    return Credit(line, match.group("who"), False, Trust.NAMED, index, where="field")


#: A byline's words before its writer, a verb's with them: "Écrit par", "Written by", "Par".
_WRITTEN_BY = re.compile(
    r"^(?:(?:written|écrit|ecrit|rédigé|geschrieben|escrito|scritto)\s+)?"
    r"(?:by|par|von|por|di|da|door|av|af|przez|oleh)\s+(?-i:[A-ZÀ-Þ])",
    re.IGNORECASE,
)
#: A byline's word before its author, in the languages of the sites' themes.
_BYLINE_WORD = re.compile(r"^(?:by|par|von|por|di|da|de|door|av|af|przez|oleh)\s+", re.IGNORECASE)


def _dated_byline(
    line: str, index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """A dated byline block whose author is a table outlet ("Reuters 2026-03-24") or names a
    wire after its writer ("Par Solène Marchetti avec AFP / 2026-03-22"). A name the table
    lacks there may be a person's or the site's own desk."""
    core = byline_blocks.undated(line).strip()
    if core == line.strip() and _WRITTEN_BY.match(core):
        # "Écrit par Julie Rameau avec AFP", "Par Jean Dupont avec l'AFP": a writer's byline
        # naming the wire's copy it used needs no date (a wire's name only, as below)
        with_wire = byline_blocks.BYLINE_WITH.match(core)
        who = re.sub(r"(?i)^l['’]\s*", "", with_wire.group("who").strip()) if with_wire else ""
        if who and is_wire(who):
            return Credit(line, who, False, Trust.KNOWN, index, where="byline")
        return None
    if core == line.strip() or not core:
        return None
    # "Por Estadão Conteúdo 2026-03-28 517": the theme's byline word, then the date and its
    # view count run on (a table outlet only, as above).
    named = _BYLINE_WORD.sub("", core, count=1)
    if accept(named, Trust.KNOWN) and not (named != core and a_persons(named, Trust.KNOWN, accept)):
        return Credit(line, named, False, Trust.KNOWN, index, where="byline")
    with_wire = byline_blocks.BYLINE_WITH.match(core)
    who = with_wire.group("who").strip() if with_wire else ""
    if who and is_wire(who):
        return Credit(line, who, False, Trust.KNOWN, index, where="byline")
    return None


#: "By Story by Jane Doe, X": a theme's byline word before the portal's own lead.
_DOUBLED_LEAD = re.compile(r"^(?:by|von|par|por)\s+(?=(?:story|article)\s+by\s)", re.IGNORECASE)


def _without_run_ins(line: str, index: int, accept: Accept) -> Credit | None:
    """A byline block into which extraction ran its time stamp ("Story by Jane Doe, Chalkbeat
    Texas 2026-03-10"), or before which a theme doubled its byline word ("By Story by …"),
    reads as the block without them."""
    core = _DOUBLED_LEAD.sub("", byline_blocks.undated(line).strip(), count=1)
    if not core or core == line.strip():
        return None
    found = whole_line(core, index, accept, edge=False, beside=True)
    return dataclasses.replace(found, text=line) if found is not None else None


def _wire_field(
    line: str, index: int, accept: Accept, is_wire: Callable[[str], bool]
) -> Credit | None:
    """ "Redacción / EFE", "AFP, Reuters", "TNN | Mar 5, 2026": a byline field of wires, or of
    a table outlet's desk with its stamp (conventions/byline_fields)."""
    who = byline_fields.credited(line, lambda name: accept(name, Trust.KNOWN), is_wire)
    return Credit(line, who, False, Trust.KNOWN, index, where="byline") if who else None


def _wire_role_byline(line: str, index: int, is_wire: Callable[[str], bool]) -> Credit | None:
    """ "By Tobias Hale-Ndiaye, PA Crime Correspondent": a wire's correspondent's byline (the
    wire's name only: "Times Staff Writer" is the site's own desk)."""
    match = byline_blocks.BYLINE_WIRE_ROLE.match(byline_blocks.undated(line).strip())
    who = match.group("who") if match else ""
    if who and is_wire(who):
        return Credit(line, who, False, Trust.KNOWN, index, where="byline")
    return None


def _staff_byline(line: str, index: int, accept: Accept) -> Credit | None:
    """A byline block beside the text naming an outlet's desk or a writer of it ("Harbour
    Tribune staff", "Jane Doe, Harbour Tribune"): beside a story it can only name the outlet
    the story is from, when the name reads as one ("Sports Desk", "Senior Reporter" do not).
    A name of one word is the site's own short name ("By Jane Doe Courier staff" on the
    Delmarville Courier), and "By …" leads a person's name into the desk's."""
    # "Jane Doe, Pinecrest Herald | Tribune News Service": the syndicate only moved it
    line = intermediaries.without_distributor_part(line)
    desk = cp.DESK_LINE.match(line) if line[:3].casefold() != "by " else None
    if desk is not None:
        who = desk.group("who").strip()
    else:
        writer = byline_blocks.WRITER_OF.match(line)
        who = writer.group("who").strip() if writer else ""
    if len(who.split()) > 1 and accept(who, Trust.OUTLET):
        return Credit(line, who, False, Trust.OUTLET, index, where="byline")
    return None


def _titled_byline(line: str, index: int, accept: Accept) -> Credit | None:
    """A writer's byline with a title ending in a role and the outlet after it ("Jane Doe,
    Local Journalism Initiative Reporter, The Harbour Gazette"): the role is held at that
    outlet, so a masthead with its article is enough; the title alone names no one, and a fellow's
    institution ("Senior Fellow, Brookings Institution") is no newsroom (role_words)."""
    match = byline_blocks.TITLED_BYLINE.match(line)
    if match is None or not newsroom_title(match.group("title")):
        return None
    who = match.group("outlet").strip()
    # a name reading as an outlet's, or a masthead with its article ("The Telegram"): a bare
    # word there is as often the writer's city ("Senior Reporter, Winnipeg")
    trust = Trust.NAMED if who[:4].casefold() == "the " else Trust.OUTLET
    if not accept(who, trust):
        return None
    return Credit(line, who, False, trust, index, where="byline")


def _side_byline(line: str, index: int, accept: Accept) -> Credit | None:
    """A byline block beside the text: its author part names an outlet after a person
    ("By Musa Adamu | Daily Trust", "Tom Davies Associated Press")."""
    led = byline_blocks.POST_META_START.sub("", line, count=1)
    core = byline_blocks.POST_META_END.sub("", led).strip()
    if not core or len(core) > 120 or core == line:
        return None
    # "Tom Davies Associated Press": a person's two or three words, then a table name.
    words = re.sub(r"(?i)^by\s+", "", core).split()
    for cut in (2, 3):
        person, who = words[:cut], " ".join(words[cut:])
        if who and all(w[:1].isupper() for w in person) and accept(who, Trust.KNOWN):
            return Credit(line, who, False, Trust.KNOWN, index, where="byline")
    pattern, trust = cp.BYLINE
    match = pattern.match(core if re.match(r"(?i)by\s", core) else "By " + core)
    if match and accept(match.group("who").strip(), trust):
        return Credit(line, match.group("who").strip(), False, trust, index, where="byline")
    return None


def _provider_row(line: str, index: int, accept: Accept) -> Credit | None:
    """A news app's provider row over the headline, which extraction leaves beside the text
    ("The Weekly Times · 6h", "Dünya Gazetesi · 5 saat önce", "Tribun Jambi · 3 jam lalu";
    conventions/portal_rows): the app shows that outlet's story. Beside the text, where a
    writer's byline row has the same shape ("Jane Doe · 2h"), only a name reading as an
    outlet's counts, never a person's."""
    if not any(mark in line for mark in "|·•"):
        return None  # "From X" alone beside the text may be anything
    who = portal_rows.head_row(line)
    if not who or not accept(who, Trust.OUTLET) or a_persons(who, Trust.NAMED, accept):
        return None
    return Credit(line, who, False, Trust.OUTLET, index)


def coverage_credits(lines: Sequence[str], head: Sequence[str], accept: Accept) -> list[Credit]:
    """A coverage item's row beside the text ("BBC News NI · 9 February 2027") on a page whose
    first lines give its kind's label ("In the news", "Pressespiegel", "メディア掲載";
    conventions/coverage_items): the outlet whose story the institution reposts, any name
    but a person's (a table outlet's dated byline counts anywhere: _dated_byline)."""
    if not coverage_items.coverage_page([*head, *lines]):
        return []
    found = []
    for index, line in enumerate(lines):
        who = coverage_items.coverage_row(line)
        if not who or not accept(who, Trust.NAMED) or a_persons(who, Trust.NAMED, accept):
            continue
        found.append(Credit(line, who, False, Trust.NAMED, index, where="byline", side=True))
    return found
