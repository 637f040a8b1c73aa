"""Credit lines of the languages with case endings, which inflect the outlet's name (issue
14, the sixth conventions round; inflected.py reads the Slavic genitives and the German
declensions): Polish "Przedruk za Gazetą Wyborczą", "Tłumaczenie za „Guardianem”" (za and the
instrumental), Czech "Převzato z Hospodářských novin" (the genitive), Finnish "Juttu on alun
perin julkaistu Helsingin Sanomissa", "Juttu perustuu Reutersin uutiseen", Hungarian "A cikk
eredetileg az Indexen jelent meg", "A cikk a Financial Times engedélyével jelent meg", "A
BBC-n megjelent cikk alapján", Turkish "Bu haber Hürriyet'ten alınmıştır", "Reuters'tan
derlenmiştir".

The name is read back by ``named``: Turkish writes a proper name's case ending after an
apostrophe and Hungarian after a hyphen ("BBC-n", "MTI-nek"), so what stands before them is the
name; Finnish, Polish, Czech and Hungarian endings are taken off only to find a table name
("Reutersin" -> Reuters, "Guardianem" -> The Guardian), and a name the table lacks keeps its
written form (Polish "-ą" excepted, the regular feminine instrumental: "Gazetą Wyborczą" ->
"Gazeta Wyborcza"). Sentences that only mention the outlet ("Helsingin Sanomien mukaan",
"according to") are none of these: each pattern is a whole line saying where the piece came
from."""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts and their punctuation are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.conventions.regex_parts import FLAGS
from aggregator.attribution.names import Trust

_OPEN = r"^[(\[]?\s*"
_CLOSE = r"\s*[)\]]?[.]?$"
#: The name, in quotation marks or not; Finnish writes an abbreviation's ending after a colon
#: ("BBC:ssä", "AFP:n"), which stays with it.
_NAME = r"[„\"«]?(?P<who>(?:[^\n„”\"«»,;:]|:(?=[a-zäö])){2,60}?)[”\"»]?"
_PIECE = {
    "pl": r"(?:artykuł|tekst|materiał|wywiad|reportaż)",
    "fi": r"(?:juttu|artikkeli|teksti|kirjoitus|uutinen|haastattelu)",
    "hu": r"(?:cikk|írás|anyag|interjú)",
    "tr": r"(?:haber|makale|yazı|metin)",
}
#: Polish: "Przedruk za Gazetą Wyborczą", "Tłumaczenie za „Guardianem”", "Artykuł za X".
PL_AFTER = re.compile(
    _OPEN
    + r"(?:przedruk|tłumaczenie|tłum\.|przekład|"
    + _PIECE["pl"]
    + r")\s+za\s+"
    + _NAME
    + _CLOSE,
    FLAGS,
)
#: Czech: "Převzato z Hospodářských novin": a name whose last word is a paper's in the
#: genitive ("Převzato z Facebooku" names a platform: inflected.SLAVIC_LEADS_BARE).
CS_TAKEN = re.compile(
    _OPEN + r"převzato\s+(?:z|ze)\s+(?P<who>[^\n,;:]{2,50}?\s(?-i:novin|listů|zpráv|deníku|"
    r"týdeníku|magazínu|rozhlasu|televize))" + _CLOSE,
    FLAGS,
)
#: Finnish: "Juttu on alun perin julkaistu Helsingin Sanomissa", "Juttu perustuu Reutersin
#: uutiseen", "Juttu on julkaistu ensin Ylellä".
FI_FIRST = re.compile(
    _OPEN + _PIECE["fi"] + r"\s+on\s+(?:(?:alun\s+perin|alunperin|ensin|ensimmäisen\s+kerran)\s+"
    r"julkaistu|julkaistu\s+(?:alun\s+perin|alunperin|ensin))\s+" + _NAME + _CLOSE,
    FLAGS,
)
FI_BASED = re.compile(
    _OPEN + _PIECE["fi"] + r"\s+perustuu\s+" + _NAME + r"\s+(?:uutiseen|juttuun|artikkeliin|"
    r"tietoihin|haastatteluun)" + _CLOSE,
    FLAGS,
)
#: Hungarian: "A cikk eredetileg az Indexen jelent meg", "A cikk a Financial Times
#: engedélyével jelent meg", "A BBC-n megjelent cikk alapján".
HU_FIRST = re.compile(
    _OPEN
    + r"(?:az?\s+)?"
    + _PIECE["hu"]
    + r"\s+(?:eredetileg|először)\s+(?:az?\s+)?"
    + _NAME
    + r"\s+jelent\s+meg"
    + _CLOSE,
    FLAGS,
)
HU_PERMISSION = re.compile(
    _OPEN + r"(?:az?\s+" + _PIECE["hu"] + r"\s+)?(?:az?\s+)?" + _NAME + r"\s+engedélyével\s+"
    r"(?:jelent\s+meg|közöljük|közölve)" + _CLOSE,
    FLAGS,
)
HU_BASED = re.compile(
    _OPEN
    + r"(?:az?\s+)?"
    + _NAME
    + r"\s+(?:megjelent|közölt)\s+"
    + _PIECE["hu"]
    + r"\s+alapján"
    + _CLOSE,
    FLAGS,
)
#: Turkish: "Bu haber Hürriyet'ten alınmıştır", "Reuters'tan derlenmiştir": the name, its
#: ablative after the apostrophe, and the verb of taking, compiling or translating.
TR_TAKEN = re.compile(
    _OPEN + r"(?:bu\s+" + _PIECE["tr"] + r"\s+)?(?P<who>[^\n'’]{2,60}?)['’](?:dan|den|tan|ten)"
    r"\s+(?:alınmıştır|alıntıdır|derlenmiştir|çevrilmiştir|aktarılmıştır)" + _CLOSE,
    FLAGS,
)

#: (pattern, how far its wording vouches for a name the table lacks).
PATTERNS = [
    (PL_AFTER, Trust.NAMED),
    (CS_TAKEN, Trust.NAMED),
    (FI_FIRST, Trust.NAMED),
    (FI_BASED, Trust.NAMED),
    (HU_FIRST, Trust.NAMED),
    (HU_PERMISSION, Trust.NAMED),
    (HU_BASED, Trust.NAMED),
    (TR_TAKEN, Trust.NAMED),
]
#: The words each pattern needs (casefolded), looked for first (speed).
HINTS: dict[re.Pattern[str], tuple[str, ...]] = {
    PL_AFTER: (" za ",),
    CS_TAKEN: ("převzato",),
    FI_FIRST: ("julkaistu",),
    FI_BASED: ("perustuu",),
    HU_FIRST: ("jelent meg",),
    HU_PERMISSION: ("engedélyével",),
    HU_BASED: ("alapján",),
    TR_TAKEN: ("alınmıştır", "alıntıdır", "derlenmiştir", "çevrilmiştir", "aktarılmıştır"),
}
_LANGUAGE = {
    PL_AFTER: "pl",
    CS_TAKEN: "cs",
    FI_FIRST: "fi",
    FI_BASED: "fi",
    HU_FIRST: "hu",
    HU_PERMISSION: "hu",
    HU_BASED: "hu",
    TR_TAKEN: "tr",
}
#: Case endings a name may carry, longest first, by language (taken off to find a table name).
_ENDINGS = {
    "pl": ("iem", "em", "ą", "u", "a"),
    "cs": ("ých", "ého", "u", "a", "y"),
    "fi": ("issa", "issä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "in", "n"),
    "hu": (
        "ban",
        "ben",
        "nál",
        "nél",
        "ról",
        "ről",
        "tól",
        "től",
        "nak",
        "nek",
        "en",
        "on",
        "ön",
        "n",
    ),
}
#: Hungarian's hyphen and Finnish's colon before an abbreviation's ending: "BBC-n", "STT:n".
_MARKED_ENDING = re.compile(r"(?<=\w)[-:][a-záéíóöőúüűäö]{1,6}$")


def reads(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is one of this module's (its name is read back by ``named``)."""
    return pattern in _LANGUAGE


def named(pattern: re.Pattern[str], who: str, known: Callable[[str], bool]) -> str:
    """The name ``who`` stands for in ``pattern``'s language: a table name under its case
    ending when ``known`` finds one, else the name as written (a marked ending and Polish
    "-ą" taken off)."""
    language = _LANGUAGE[pattern]
    who = _MARKED_ENDING.sub("", who.strip(' „”"«»'))
    if known(who):
        return who
    words = who.split()
    for ending in _ENDINGS.get(language, ()):
        last = words[-1] if words else ""
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            stem = " ".join([*words[:-1], last[: -len(ending)]])
            if known(stem):
                return stem
    if language == "pl":
        return " ".join(w[:-1] + "a" if w.endswith("ą") else w for w in words)
    if language == "cs" and words and words[-1] in _CZECH_PLURALS:
        # "Hospodářských novin" -> "Hospodářské noviny", "Přístavních listů" -> "Přístavní
        # listy": a paper's plural noun and its adjectives, regular endings only.
        adjectives = [_CZECH_ADJECTIVE.sub(_czech_adjective, w) for w in words[:-1]]
        return " ".join([*adjectives, _CZECH_PLURALS[words[-1]]])
    return who


#: Czech papers named in the plural, genitive to nominative: noviny, listy, zprávy.
_CZECH_PLURALS = {"novin": "noviny", "listů": "listy", "zpráv": "zprávy"}
_CZECH_ADJECTIVE = re.compile(r"(ých|ích)$")


def _czech_adjective(match: re.Match[str]) -> str:
    return "é" if match.group(1) == "ých" else "í"
