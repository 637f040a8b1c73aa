"""Credit lines left in the text once the publisher is known: a short line anywhere that only
restates the credit ("Quelle Tagesspiegel" between two paragraphs, "— AFP" after a pull
quote, the name a side box gave) leaves the text with it (issue 14: removal follows
detection, wherever the credit was read). A restatement may spell the publisher otherwise
than the line that decided it: by its initials ("HL", "Harbour Ledger (HL)"), by its domain
("harbourledger.co.uk", a reporter's address there, "Follow @HarbourLedgerNews"), with an
elided article ("avec l'AFP"), with a written date ("Harbour Ledger, 5 March 2026"), or as
one part of a byline block ("Jane Doe | Reuters", "JANE DOE, Associated Press", "By Reuters |
Updated March 4, 2026")."""

# ruff: noqa: RUF001, RUF003  (dashes, full-width colons, letters of other scripts are meant)

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from aggregator.attribution.conventions import decorations, network_blurbs, split_credits
from aggregator.attribution.conventions.edge_credits import CREDIT_LEADS, CREDIT_NOUNS
from aggregator.attribution.publishers import normalize
from aggregator.urls import host_of, registrable

#: A restating line is short: a label, a name, a date.
MAX_ECHO_CHARS = 100
#: Where a network's blurb about the publisher stands: the text's first and last lines.
BLURB_HEAD_LINES = 2
BLURB_TAIL_LINES = 3
#: A credit's lead before "by"/"with" at the head of a story the tail credits: "Co-published
#: with ProPublica", "Produced in partnership with X", "Ein Beitrag von X", "Un article de X",
#: "A story by X" (round 10: the head line of a credit at both head and tail).
_CREDIT_LEAD = (
    r"(?:(?:co-?published|co-?produced|published|produced|reported)(?:\s+in\s+partnership)?\s+"
    r"(?=with\b|by\b)|in\s+partnership\s+(?=with\b)"
    r"|(?:a|an|ein|eine|un|una|uma|um|een|uno)\s+(?:story|article|report|piece|beitrag|artikel|"
    r"bericht|text|article|reportage|texte|nota|reportaje|artículo|articolo|servizio|"
    r"reportagem|matéria|texto|stuk)\s+(?=by\b|von\b|de\b|di\b|van\b|par\b|por\b|da\b))"
)
#: "По информации ТАСС.", "Según informó EFE.", "Laut dpa.", "D'après l'AFP.": a wire's
#: closing restatement of its copy, the words "according to" and the name alone on a line
#: ("По информации ТАСС, …" opening a sentence of the story goes on after the name: it stays).
_REPORTED = (
    r"по\s+информации|по\s+сообщению|по\s+данным|как\s+сообщает|как\s+сообщил[аио]?|"
    r"за\s+інформацією|за\s+даними|як\s+повідомляє|según(?:\s+inform[óa])?|"
    r"según\s+(?:la\s+)?agencia|laut|nach\s+angaben\s+(?:der|von)|d['’]après|selon|secondo|"
    r"segundo|de\s+acordo\s+com|volgens|według|according\s+to|as\s+reported\s+by"
)
#: What may stand around the name: a credit word or a byline's "By", a copyright sign and its
#: years, brackets, dashes, a separator; after it, a year or a date.
_BEFORE = re.compile(
    r"^[\s(\[«—–‒―*•·-]*(?:"
    + _CREDIT_LEAD
    + r")?(?:(?:"
    + CREDIT_NOUNS
    + r"|"
    + CREDIT_LEADS
    + r"|"
    + _REPORTED
    + r"|by|von|par|por|di|de|from|avec|with|mit|con|com|©|\(c\)|copyright)(?![\w'’])\s*"
    r"[:：\-–—|]?\s*)?(?:©\s*)?(?:\d{4}\s*)?(?:[lL]['’]\s*)?",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"\s*(?:" + CREDIT_NOUNS + r"|agency|agence|agencia|agentur)\s*[:：]?\s*", re.IGNORECASE
)
#: A portal's time stamp before the provider's name: "最終更新:3/10(水) 15:02 共同通信", "Updated
#: 3/10 15:02 Kyodo" (a label, a date, then the time).
_STAMPED = re.compile(r"^(?:[^\W\d_]{2,20}\s*[:：]\s*)?[\w/.()（）\s-]{0,16}?\d{1,2}:\d{2}\s+")
#: One word and its colon before a restated name, in any language.
_ANY_LABEL = re.compile(r"^[^\W\d_]{2,20}\s*[:：]\s*")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: A date after the name: "2026", "05.03.2026", "5 March 2026", "March 5, 2026".
_DATE = (
    r"(?:\d{1,4}(?:[./-]\d{1,4}){0,2}|\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?"
    r"|" + _MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?)"
)
_AFTER = re.compile(r"[\s)\]».,;:|/—–-]*(?:" + _DATE + r"[\s.]*)?$", re.IGNORECASE)
#: A part of a byline block that names no publisher: people ("By Jane Doe and Kim Lee"), a
#: date or time ("Updated March 4, 2026 10:41 a.m.", an aggregator's "3/10(火) 12:05" with
#: its weekday in brackets): short, with a digit and no word of a sentence ("5 people died"
#: is one).
_BYLINE_PART = re.compile(
    r"^(?:by\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z][\w'’.-]*)){1,5}$"
    r"|^(?=[^\n]{1,40}$)(?=\D*\d)(?:(?:updated|published|posted|last\s+updated)\b\s*:?\s*)?"
    r"(?!.*\b(?-i:[a-z]){4,}\b)[\w ,.:/()（）-]*$",
    re.IGNORECASE,
)
_BYLINE_SEPARATOR = re.compile(r"\s+[|·•]\s+|,\s+")
#: A row's separator, where a section's name may stand between the outlet and the date.
_ROW_SEPARATOR = re.compile(r"\s[|·•]\s")
#: A section's name: one to three words, the first capitalised, no digit ("Global development",
#: "World", "Business & Economy").
_SECTION_PART = re.compile(r"^(?=.{2,30}$)(?-i:[A-Z])[^\W\d_]*(?:\s+(?:&\s+)?[^\W\d_]+){0,2}$")
#: "Follow @IPSNewsUNBureau", "Follow us on X: @tidewise", "Follow @AFP on X": the outlet's
#: account.
_FOLLOW_LINE = re.compile(
    r"^follow\s+(?:us\s+)?(?:on\s+[\w ]{1,20}?\s*:?\s*)?@(\w+)(?:\s+on\s+\w+)?[.]?$",
    re.IGNORECASE,
)
#: An e-mail address alone: "kim@yna.co.kr".
_EMAIL_LINE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
#: A bare domain or URL: "harbourledger.co.uk", "www.harbourledger.co.uk/news".
_DOMAIN_LINE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$")
#: The republishing box a non-profit newsroom puts under its stories, which extraction keeps
#: beside the credit: its button ("Republish this article" at The Conversation, "Republish This
#: Story" at ProPublica and The Texas Tribune) and its offer ("Republish our articles for free,
#: online or in print, under a Creative Commons license."). Removed only once a publisher is
#: decided, as the credit it stands with.
REPUBLISH_BOX = re.compile(
    r"^(?:republish|reprint)\s+(?:this|the)\s+(?:article|story|post|piece)[.!]?$"
    r"|^(?:republish|reprint)\s+our\s+(?:articles|stories|journalism)\s+for\s+free\b.{0,120}$",
    re.IGNORECASE,
)


def restated(line: str, names: set[str], same: Callable[[str], bool] | None = None) -> bool:
    """Whether ``line`` says nothing but a credit to one of ``names`` (normalised), or, after
    one word of label, to a name ``same`` says is the publisher's ("Tushe: BBC Hausa", a
    service the table files under the BBC)."""
    line = line.strip()
    if not line or len(line) > MAX_ECHO_CHARS:
        return False
    if _names_one(line, names):
        return True
    stamped = _STAMPED.match(line)
    if stamped is not None and _names_one(line[stamped.end() :], names):
        return True
    labelled = _ANY_LABEL.match(line)
    if same is not None and labelled is not None and same(line[labelled.end() :].strip(" .")):
        return True
    # "Jane Doe | Reuters": a byline block's parts, one the publisher, the rest no one;
    # "The Guardian · Global development · 27 April 2027": a digest's row, a section between.
    parts = _BYLINE_SEPARATOR.split(line)
    named = [p for p in parts if _names_one(p, names)]
    rowed = _ROW_SEPARATOR.search(line) is not None
    return bool(named) and all(
        p in named or _BYLINE_PART.match(p) or (rowed and _SECTION_PART.match(p)) for p in parts
    )


def _names_one(line: str, names: set[str]) -> bool:
    core = _AFTER.sub("", _BEFORE.sub("", line, count=1))
    if not core:
        return False
    if normalize(core) in names:
        return True
    # "Tushe: BBC Hausa", "Manba: Kun.uz": one word of any language as its label, the name
    # after its colon (the label lists above hold the languages the patterns read).
    labelled = _ANY_LABEL.match(core)
    if labelled is not None and normalize(core[labelled.end() :]) in names:
        return True
    # "Harbour Ledger (HL)": the name with its initials in brackets.
    bracket = re.fullmatch(r"(.+?)\s*\(([^()]{1,12})\)?", core)
    if bracket and {normalize(bracket.group(1)), normalize(bracket.group(2))} <= names:
        return True
    # "Follow @IPSNewsUNBureau": the publisher's own account, its handle opening with its name.
    handle = _FOLLOW_LINE.match(core)
    if handle is not None:
        key = normalize(handle.group(1))
        return any(len(n) >= 3 and key.startswith(n) for n in names)
    # "harbourledger.co.uk": the publisher's domain, its first label spelling the name; a
    # reporter's address there ("kim@yna.co.kr").
    if _DOMAIN_LINE.match(core) or _EMAIL_LINE.match(core):
        domain = registrable(host_of("https://" + core.split("://")[-1].split("@")[-1]) or "")
        return bool(domain) and not names.isdisjoint(
            {normalize(domain.split(".")[0]), normalize(domain)}
        )
    return False


def spelled_forms(name: str) -> list[str]:
    """Other ways a page writes a publisher's name: its initials, when it has two or more
    capitalised words ("Harbour Ledger" → "HL", "Press Trust of India" → "PTI")."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    if len(words) < 2 or not all(w[:1].isalpha() for w in words):
        return [name]
    return [name, "".join(w[0] for w in words)]


def without_restated(
    text: str,
    names: Iterable[str],
    lines_read: Iterable[str] = (),
    same: Callable[[str], bool] | None = None,
) -> str:
    """``text`` without the lines that only restate a credit to one of ``names`` (or, after a
    label, to a name ``same`` says is the publisher's), and without ``lines_read`` (credit
    lines read beside the text that extraction also kept in it)."""
    keys = {normalize(form) for n in names if n for form in spelled_forms(n)}
    keys.discard("")
    exact = {" ".join(line.split()) for line in lines_read}
    if not keys and not exact:
        return text
    lines = text.split("\n")
    gone = {
        i
        for i, line in enumerate(lines)
        if restated(line, keys, same)
        or " ".join(line.split()) in exact
        or (keys and "ep" in line and REPUBLISH_BOX.match(line.strip()))
    }
    # "Iowa Capital Dispatch is part of States Newsroom, …": the member's network blurb, at the
    # text's edges.
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = filled[:BLURB_HEAD_LINES] + filled[-BLURB_TAIL_LINES:]
    gone |= {i for i in edges if keys and network_blurbs.membership(lines[i], keys)}
    # A field's label on its own line ("Kaynak"), its value going: the label goes too.
    gone |= labels_of(lines, gone)
    kept = [line for i, line in enumerate(lines) if i not in gone]
    if len(kept) == len(lines):
        return text
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def labels_of(lines: list[str], gone: set[int]) -> set[int]:
    """The lines that are only a field's label ("Kaynak", "Source:") before a line going."""
    return {
        i - 1
        for i in gone
        if i > 0
        and (
            _LABEL.fullmatch(lines[i - 1])
            # "**Courtesy:**": a theme's label in bold over the name
            or split_credits.LABEL_ONLY.match(decorations.undecorated(lines[i - 1]))
            # "Originally published by" over the name, "- Quelle:" over "- dpa"
            or split_credits.label_alone(lines[i - 1])
        )
    }


def trailing_label(lines: list[str], gone: set[int]) -> set[int]:
    """A label ending the text whose name extraction left beside it ("Story by" over the
    agency's linked name in the next block, read as a side credit): it goes with the credit."""
    filled = [i for i, line in enumerate(lines) if line.strip() and i not in gone]
    return {filled[-1]} if filled and split_credits.label_alone(lines[filled[-1]]) else set()
