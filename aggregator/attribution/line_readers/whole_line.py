"""One line read whole as a credit line (or an image credit, a sign-off, a "read the original"
link): every run of patterns in turn (line_readers/runs.py), after the lines shaped like
credits that are none; ``edge``, ``beside``, ``last`` and ``ending`` say where the line sits."""

# ruff: noqa: RUF001  (dashes, quotes and letters of other scripts are meant)

from __future__ import annotations

import dataclasses
import re

from aggregator.attribution.conventions import (
    byline_writers,
    case_credits,
    copy_notes,
    edge_credits,
    end_markers,
    inflected,
    line_shapes,
    phrase_credits,
    phrasebook,
    press_services,
    provider_lines,
    repost_credits,
    russian_genitive,
    sign_offs,
    split_credits,
    tag_signoffs,
    tagged_bylines,
)
from aggregator.attribution.conventions import image_patterns as images
from aggregator.attribution.conventions import patterns as cp
from aggregator.attribution.conventions.datelines import Accept
from aggregator.attribution.line_readers.credit import Credit, a_persons
from aggregator.attribution.line_readers.republished import (
    BOOK_EXCERPT,
    notice_before_distribution,
    republished,
)
from aggregator.attribution.line_readers.runs import (
    BARE_NAME_RUN,
    BESIDE_BYLINES_RUN,
    BYLINE,
    EDGE_AND_TRAILERS_RUN,
    EDGE_LABELS_RUN,
    IMAGE_ANY,
    IMAGE_TRIED,
    NOTES_ANY,
    NOTES_RUN,
    PHRASES_RUN,
    STORY_EDGE_RUN,
    STORY_MIDDLE_RUN,
    STORY_RUN,
    STORY_SENTENCES_RUN,
    STORY_WORDED_RUN,
    reposts_and_languages,
)
from aggregator.attribution.names import Trust, without_kind
from aggregator.attribution.not_credits import (
    data_notes,
    intermediaries,
    newsroom_roles,
    phrase_twins,
    quoted_sources,
)

#: Longer lines are story paragraphs, not credits (a credit can still end one).
MAX_CREDIT_CHARS = 400
BRACKETED = re.compile(r"^[\[(][^()\[\]\n]{1,40}[\])][.]?$")
#: "The report was first published by X": a sentence about another piece, by its subject.
_ANOTHER_PIECE = re.compile(r"^(?i:the|a|an|his|her|their|its|that|le|la|el|der|die|das)\s+[a-z]")
#: A copy's verb has one of these stems (a cheap look before COPY_BY's scan).
_BOOK_HINT = re.compile(r"excerpted|adapted|copyright")
_COPY_HINT = re.compile(r"publi|print|produ|post|nachgedruckt")


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
    if _names_no_outlet(line, folded, accept):
        return None
    story = split_credits.story_part(line, _image_labelled) if "/" in line or "|" in line else None
    if story is not None:  # "Text: DW | Photo: AFP": the text's credit decides
        found = whole_line(story, index, accept, edge=edge, beside=beside, last=last, ending=ending)
        return dataclasses.replace(found, text=line) if found is not None else None
    if quoted_sources.cites_informant(line):
        return None  # "Source: Jane Roe, spokesperson": who gave the facts
    if intermediaries.HANDED_ON_HINT.search(folded):
        held = notice_before_distribution(line, index, accept)
        if held is None and (before := intermediaries.without_distribution(line)) != line:
            # "… originally published by X and distributed through … AP": X is the original
            found = whole_line(
                before, index, accept, edge=edge, beside=beside, last=last, ending=ending
            )
            if found is None and (edge or beside or ending):
                # "Jane Doe's column first appeared in X. Distributed by Creators Syndicate."
                found = republished(before, index, accept)
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
    image_tried = IMAGE_TRIED if labelled or IMAGE_ANY.search(folded) else []
    for number, (pattern, hints) in enumerate(image_tried):
        # A pattern is tried only on a line with its words (speed: every paragraph comes here).
        if not labelled if hints is None else hints.search(folded) is None:
            continue
        match = pattern.match(line)
        who = (match.groupdict().get("who") or "").strip() if match else ""
        # A caption ending in a credit: the credit must read like a name, not a sentence.
        if match and (number < images.LEADING or _name_like(who)):
            return Credit(line, who, True, Trust.KNOWN, index)
    if roundup and BRACKETED.match(line):
        return None

    # "— with inputs from PTI": a dash or bullet may lead any credit, and "Editor's note:"
    # any sentence of one.
    bare = cp.NOTE.sub("", line, count=1).lstrip("—–-•·* ") or line
    # "Editörün notu: Bu haber …": the sentence after a note's label is read before the whole
    # line (a lead's capitalised words would take the label for a name).
    noted = bare is not line and line[:1] not in "—–-•·* " and cp.NOTE.match(line) is not None
    notes = [NOTES_RUN] if NOTES_ANY is not None and NOTES_ANY.search(folded) else []
    runs = (
        [STORY_EDGE_RUN, EDGE_AND_TRAILERS_RUN, EDGE_LABELS_RUN, *notes]
        if edge
        else [STORY_SENTENCES_RUN, BESIDE_BYLINES_RUN, *notes]
        if beside
        else []
    )
    if last:
        runs = [*runs, BARE_NAME_RUN]
    if ending and not _ANOTHER_PIECE.match(line):
        # The sentence that ends the story's last paragraphs: a credit sentence there is the
        # page's ("… said on Monday. Originally published by Tidewise.").
        runs = [STORY_SENTENCES_RUN, STORY_WORDED_RUN, EDGE_AND_TRAILERS_RUN, *notes]
    if edge or beside or ending:
        # The newsroom phrases' sure wording first (conventions/phrase_credits.py).
        # A paragraph's last sentence about another piece ("The article …") is not one.
        phrases = (
            [PHRASES_RUN]
            if phrase_credits.hinted(folded) and not (ending and _ANOTHER_PIECE.match(line))
            else []
        )
        runs = [*phrases, *runs, *reposts_and_languages(folded)]
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
        for run in [STORY_MIDDLE_RUN if middle else STORY_RUN, *runs]
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
        elif pattern is inflected.CZECH_SLOVAK_FIRST and not who[:1].islower():
            # "v Libereckém deníku": Liberecký deník ("v deníku Právo" names it as written)
            quoted = who[:1] in ("„", '"', "«")
            who = inflected.czech_slovak_nominative(who.strip('„“”"«»'))
            who = f"„{who}”" if quoted else who
        elif russian_genitive.GENITIVE_LEAD.match(folded) and not accept(who, Trust.KNOWN):
            # "По материалам «Коммерсанта»": a name the table lacks, back in the nominative
            who = russian_genitive.nominative(who)
        elif pattern is copy_notes.PERMISSION and "zgodą" in folded:
            # "Przedruk za zgodą redakcji „Dziennika Bałtyckiego”": Dziennik Bałtycki
            who = inflected.polish_nominative_of_genitive(who)
        elif pattern is BYLINE and (outlet := byline_writers.outlet_part(who)) != who:
            # "By KELSEY BRANDT Star-Tribune staff writer": the writer is no part of the
            # outlet's name; one word left is a short name, the site's own desk (a table
            # name counts only after a writer the given names vouch for, not the role alone)
            if byline_writers.short_name_only(outlet) and (
                byline_writers.unnamed_writer(who) or not accept(outlet, Trust.KNOWN)
            ):
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


def phrasebook_line(
    line: str, index: int, accept: Accept, *, beside: bool = False, edge: bool = False
) -> Credit | None:
    """A credit line in the phrasebook's wording (conventions/phrasebook.py): the last reader
    tried, for the languages and words the patterns lack. A line the patterns know to name
    no outlet ("Převzato z Facebooku", a poll's or a figure's source) stays none."""
    if len(line) > MAX_CREDIT_CHARS:
        return None
    bare = cp.NOTE.sub("", line, count=1).lstrip("—–-•·* ") or line
    read = phrasebook.phrasebook().read(bare, beside=beside, edge=edge)
    # Speed: the look-alikes' checks only for a line the phrasebook reads (few lines do).
    if read is None or _names_no_outlet(line, line.casefold(), accept):
        return None
    if quoted_sources.cites_informant(line):
        return None  # "Source: Jane Roe, spokesperson": who gave the facts
    who, phrase = read
    if _APP_ITSELF.match(who):
        return None  # "Forwarded from Saved Messages": the app or a user, no publisher
    trust = _phrasebook_trust(who, phrase)
    if trust == Trust.KNOWN and "." in who and " " not in who:
        trust = Trust.OUTLET  # "nowiny24.pl"
    if accept(who, trust) and not a_persons(who, trust, accept):
        return Credit(line, who, False, trust, index)
    return None


#: What a messaging app forwards from that publishes nothing: a user's handle, the app, its
#: own folders.
_APP_ITSELF = re.compile(
    r"^(?:@|(?:telegram|whatsapp|signal|saved\s+messages|deleted\s+account|hidden\s+user)$)",
    re.IGNORECASE,
)


def _phrasebook_trust(who: str, phrase: phrasebook.Phrase) -> Trust:
    """How far a phrasebook line vouches for a name the table lacks.

    A label's value is a name by its place ("المصدر: شمال بوست"), unless the label is a word
    of other languages too. A phrase's object may be any noun ("… with permission from the
    writer", "转载自作者的博客"): in a cased script a capital says it is a name, in a script
    without case only an outlet's words do; a wording that also means "according to" takes
    an outlet's name only. A name after a preposition of a language that declines names
    ("w Polityce", "auf der Tagesordnung") is not written as the outlet writes it: a table
    name only."""
    nominative = phrase.nominative
    named = without_kind(who)
    if named != who and phrasebook.quoted(named.strip()):
        # "на сайте «Зеркало недели»": after its kind the name is quoted as the outlet
        # writes it, in the nominative whatever the preposition
        who, nominative = named.strip()[1:], True
    # English writes its article before a name in lower case: "in the South Wales Evening Post"
    initial = (who[4:] if phrase.language == "en" and who[:4].casefold() == "the " else who)[:1]
    if not nominative or initial.islower():
        return Trust.KNOWN
    if phrase.edge_only:  # "Theo X", "به نقل از X": an outlet's name only, as "according to"
        return Trust.OUTLET
    if phrase.label:
        return Trust.OUTLET if phrase.common_word else Trust.NAMED
    return Trust.NAMED if initial.isupper() else Trust.OUTLET


def _names_no_outlet(line: str, folded: str, accept: Accept) -> bool:
    """A line shaped like a credit that names no publisher (whole_line's and the phrasebook's
    first looks)."""
    return (
        # a book excerpt's notice names a book and its publisher
        (_BOOK_HINT.search(folded) is not None and BOOK_EXCERPT.search(line) is not None)
        # "Bron: CBS, bewerking NOS": a figure's data source, no copy's credit
        or intermediaries.data_citation(line)
        # "Source: Reuters/Ipsos poll of 1,004 adults": a poll's figures
        or data_notes.poll_note(line)
        # "(Haber: Ayşe Demir; Editör: Mehmet Kaya)": the newsroom's people
        or (":" in line[:24] and newsroom_roles.people_only(line))
        # "Translated from the Spanish by …", "Con información de la policía local"
        or phrase_twins.names_no_outlet(line, folded, accept)
    )


def _sign_off(line: str, folded: str) -> bool:
    """A line that closes the copy and names no one, besides a wire's sign-off: an end mark,
    a feed footer's "… was first posted on <date>" or its terms."""
    if len(line) <= 8 and end_markers.GENERIC_END.match(line):
        return True
    if "feed" in folded and repost_credits.FEED_TERMS.match(line):
        return True
    return "posted on" in folded and repost_credits.FIRST_POSTED_ON.match(line) is not None


def _name_like(phrase: str) -> bool:
    words = re.findall(r"[\w.'’&+-]+", phrase)
    small = {"of", "the", "and", "via", "de", "la", "du", "des", "der", "und", "y", "et"}
    return 0 < len(words) <= 8 and all(
        not w[0].isalpha() or not w[0].islower() or w.lower() in small or "." in w for w in words
    )
