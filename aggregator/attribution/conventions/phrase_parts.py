"""The pieces the newsroom phrase patterns (``first_published``, ``permission_credits``,
``read_full``) are built from: where a phrase opens and closes, a name in a cased script, a
link, a name in a script without case, and the shape of a "first published" sentence."""

# ruff: noqa: RUF001  (letters of other scripts and their punctuation are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS

#: Capital letters of the cased scripts the phrases are written in (Latin with its extensions
#: and Vietnamese letters, Greek, Cyrillic), taken from Unicode rather than listed.
UPPER = "".join(
    sorted(
        c
        for start, end in (
            (0x41, 0x5A),
            (0xC0, 0x24F),
            (0x370, 0x3FF),
            (0x400, 0x52F),
            (0x1E00, 0x1EFF),
        )
        for c in map(chr, range(start, end + 1))
        if c.isupper()
    )
)
OPEN = r"^[(\[«※*]?\s*"
CLOSE = r"\s*[)\]»”\"]?\s*[.。۔।!]?$"
#: A name in a cased script: capitalised, a quotation ("„Kurier Nadwarciański”", "«…»"), or a
#: domain ("wartanews.pl"): "publisert i fjor" (last year) names no one.
NAME = (
    r"(?P<who>(?-i:[" + UPPER + r"0-9«„“\"‚])[^\n]{0,79}?|(?:https?://)?(?:www\.)?"
    r"(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?)"
)
#: A link or a domain alone: after "Lue koko juttu:" a headline may follow as well.
LINK = r"(?P<who>(?:https?://|www\.)\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?)"
#: A name in a script without case, up to the words that close the phrase.
PLAIN = r"(?P<who>(?!\d)[^\n.。،,:;«»\"“”״]{2,50}?)"


def first_sentence(
    piece: str, aux: str, adverbs: str, verbs: str, preps: str, kinds: str, name: str = NAME
) -> str:
    """The piece, an auxiliary, a verb of publishing with an adverb of first before or after
    it, a preposition, a paper's word (``kinds``: an empty string for none), then ``name``."""
    return (
        rf"{OPEN}(?:{piece}\s+)?(?:{aux}\s+)?"
        rf"(?:{adverbs}\s+(?:{aux}\s+)?{verbs}|{verbs}\s+{adverbs})\s+{preps}\s+{kinds}{name}{CLOSE}"
    )


def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


#: German capitalises every noun: after "aus dem", "auf" a book, a year, a page or an edition
#: is no outlet ("Nachdruck aus dem Jahr 1998", "lesen Sie auf Seite 3").
DE_NOT_NAMES = (
    r"(?!(?-i:Buch|Buches|Band|Bandes|Jahr|Jahres|Jahrbuch|Roman|Werk|Katalog|Sammelband|Heft|"
    r"Ausgabe|Printausgabe|Druckausgabe|Zeitung|Zeitschrift|Seite|Seiten|Website|Webseite|"
    r"Homepage|Internet|App|Mediathek|Archiv|Original|Englischen|Französischen|Spanischen|"
    r"Italienischen|Russischen)\b)"
)
#: Thai words after "compiled from" or "read at" that name no outlet: several sources, foreign
#: news agencies, a language, a noun made with "การ" ("from interviews"), documents, data,
#: "here", "the link", "our website".
TH_NOT_NAMES = (
    r"(?!หลาย|ภาษา|แหล่ง|ข่าวต่างประเทศ|สำนักข่าวต่างประเทศ|สื่อต่างประเทศ|การ|เอกสาร|ข้อมูล|"
    r"บทสัมภาษณ์|โซเชียล|อินเทอร์เน็ต|ออนไลน์|นี่|ลิงก์|ลิงค์|คลิก|ของเรา|ด้านล่าง|เว็บไซต์ของเรา|"
    r"เว็บไซต์นี้)"
)
