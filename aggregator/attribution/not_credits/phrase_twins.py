"""Lines shaped like a newsroom's credit phrase (conventions/phrase_credits.py) that credit no
one (issue 14, the third conventions round's twins): a translation from a language
("Translated from the Spanish by Jane Doe"), information from a public body ("Con información
de la policía local", "Com informações da Polícia Militar": a citation; an outlet's
information is its copy), a permission naming no one ("This article is republished with
permission"), a Slavic "first published" sentence with no name after its paper's word, a
Chinese reprint from the author, the internet or a book."""

# ruff: noqa: RUF001  (letters of other scripts and their punctuation are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.conventions import phrase_credits
from aggregator.attribution.conventions.first_published import (
    EAST_SLAVIC_PARTS,
    WEST_SOUTH_SLAVIC_PARTS,
    ZH_EXCERPTED,
    ZH_PIECE,
)
from aggregator.attribution.conventions.permission_credits import EN_APPEARED_AND_REPUBLISHED
from aggregator.attribution.conventions.phrase_credits import opens_a_phrase
from aggregator.attribution.conventions.phrase_parts import UPPER, compiled, first_sentence
from aggregator.attribution.conventions.regex_parts import FLAGS
from aggregator.attribution.names import Trust, a_language, institution_like
from aggregator.extract.outletnames import outlet_like

#: "Translated from the Spanish by Jane Doe", "Traducido del inglés por X": a language is no
#: publisher, and its translator no outlet.
_FROM_A_LANGUAGE = re.compile(
    r"^[(\[]?\s*(?:(?:this|the)\s+(?:article|story|piece|text|report)\s+(?:was|has\s+been|is)\s+)?"
    r"(?:translated|traducido|traducida|traduit|traduite|traduzido|traduzida|übersetzt|tradotto|"
    r"tradotta|vertaald)\s+(?:from|de|del|du|de\s+la|do|da|aus|dal|dalla|uit)\s+"
    r"(?P<language>(?:the\s+|l['’]|el\s+|o\s+|het\s+|dem\s+)?[^\W\d_]+)"
    r"(?:\s+(?:by|por|par|von|da|di|door)\s+[^\n]{2,80}?)?\s*[)\]]?[.]?$",
    FLAGS,
)
#: "Con información de la policía local", "Com informações da Polícia Militar": a public body
#: gave the facts (a citation); an outlet's information is its copy (patterns._STORY_LEADS).
_WITH_INFORMATION_FROM = re.compile(
    r"^[(\[]?\s*(?:con\s+informaci[óo]n(?:es)?\s+(?:de|del)|com\s+informaç(?:ões|ão)\s+"
    r"(?:de|da|do|das|dos)|with\s+information\s+from|avec\s+des\s+informations\s+(?:de|du|des|"
    r"d['’])|con\s+informazioni\s+(?:di|da|del|della|dell['’])|mit\s+informationen\s+(?:von|der|"
    r"des)|με\s+πληροφορίες\s+(?:από|του|της|των)|cu\s+informa[țţ]ii\s+(?:de\s+la|din)|"
    r"met\s+informatie\s+(?:van|uit))\s+(?P<who>[^\n]{2,80}?)\s*[)\]]?[.]?$",
    FLAGS,
)
#: Public bodies the institution words (names._INSTITUTION_WORDS) lack, in the languages that
#: credit "with information from": police, fire brigades, civil defence, prosecutors, armies.
_PUBLIC_BODIES = frozenset(
    """
    polícia bombeiros bomberos pompiers feuerwehr carabineros carabinieri gendarmería
    gendarmerie gendarmeria guardia guarda fiscalía fiscalia procuradoria promotoria
    defensoría defensoria juzgado ejército exército marinha alcaldía alcaldia municipalidad
    intendencia gobernación gobernacion governadoria vigili protezione protección proteção
    defesa defensa prefectura prefeitura jandarmeria pompierii
    """.split()  # noqa: SIM905  (a word list reads better as words)
)
#: The acronyms Brazilian and Spanish-language newsrooms cite them by: "Com informações da PM"
#: (the military police), "da PRF", "do Samu", "Con información de la SSC".
_PUBLIC_ACRONYMS = frozenset(
    """
    pm prf pf pc samu detran ibge ssp mpf mp tj stf stj tse ibama inss anvisa pnp ssc fgr
    sedena imss inegi
    """.split()  # noqa: SIM905  (a word list reads better as words)
)
#: What joins two sources: "Con información de la Policía Nacional y El Universal".
_AND = re.compile(r"\s*(?:[,;]|\by\b|\be\b|\band\b|\bet\b|\bund\b|\bși\b|\ben\b)\s*", re.I)
#: "This article is republished with permission.", "This article appeared in print and is
#: republished here with permission": a permission that names no one.
_PERMISSION_ALONE = re.compile(
    r"^(?:(?:this|the)\s+(?:article|story|piece|post|column|essay|report)\s+(?:[^\n]{1,120}?\s+"
    r"and\s+)?(?:is|was|has\s+been)\s+)?(?:re-?published|reprinted|reproduced|reposted|used|"
    r"shared)(?:\s+here)?\s+(?:with|by)\s+(?:kind\s+)?permission[.!]?$",
    FLAGS,
)
#: "Tekst ukazał się pierwotnie w serwisie internetowym" (in an online service): a Slavic
#: first-published sentence whose paper's word is followed by a lower-case word names none.
_LOWER_WORD = r"(?P<who>(?-i:[^\W\d_" + UPPER + r"])[^\n.]{0,60}?)"
_SLAVIC_KIND_ALONE = [
    compiled(first_sentence(*WEST_SOUTH_SLAVIC_PARTS, name=_LOWER_WORD)),
    compiled(first_sentence(*EAST_SLAVIC_PARTS, name=_LOWER_WORD)),
]
#: Chinese "本文转载自作者的博客" (from the author's blog), "本文转载自网络" (from the internet),
#: and "本文摘自《三体》" (from a book: no outlet's name) credit no one.
_ZH_REPRINT_OF_NO_OUTLET = re.compile(
    ZH_PIECE + r"(?:转载|轉載|转|轉|摘|选|選|编译|編譯|译|譯)(?:自|于|於)\s*[:：]?\s*"
    r"(?:作者|网络|網絡|互联网|互聯網|网上|網上)"
)
_NO_OUTLET_HINT = re.compile(r"transl|tradu|übersetz|vertaald|informa|permission")


def _public_body(name: str) -> bool:
    """Whether the first source ``name`` gives is a police force, a ministry, a court …"""
    first = _AND.split(name.strip(" ."), maxsplit=1)[0]
    words = re.findall(r"[\w'’-]+", first.casefold())
    if 0 < len(words) <= 2 and words[-1] in _PUBLIC_ACRONYMS:
        return True  # "da PM", "de la SSC" (the sentence's article before it)
    return institution_like(first) or any(word in _PUBLIC_BODIES for word in words)


def names_no_outlet(line: str, folded: str, accept: Callable[[str, Trust], bool]) -> bool:
    """Whether ``line`` is shaped like a credit phrase but names no outlet: a translation
    from a language, information from a public body the table lacks, a bare permission."""
    if len(folded) > phrase_credits.MAX_CHARS:
        return False
    if _named_nothing(line, folded):
        return True
    if _NO_OUTLET_HINT.search(folded) is None:
        return False
    translated = _FROM_A_LANGUAGE.match(line)
    if translated is not None and a_language(translated.group("language")):
        return True
    informed = _WITH_INFORMATION_FROM.match(line)
    if informed is not None:
        who = informed.group("who")
        return _public_body(who) and not accept(who, Trust.KNOWN)
    permission = _PERMISSION_ALONE.match(line) is not None
    return (
        permission and EN_APPEARED_AND_REPUBLISHED.match(line) is None and not _names_a_source(line)
    )


#: "… reprinted from Harbour Health News and is republished with permission": the sentence
#: says where the piece came from before its permission (a capital after the preposition).
_SOURCE_BEFORE_PERMISSION = re.compile(
    r"\b(?:from|by|in|on|at)\s+(?:the\s+)?(?P<first>\w)", re.IGNORECASE
)


def _names_a_source(line: str) -> bool:
    """Whether a permission sentence names where the piece came from before ", and is …"."""
    head = re.split(r",?\s+and\s+(?:is|was|has\s+been)\s", line, maxsplit=1)[0]
    return any(m.group("first").isupper() for m in _SOURCE_BEFORE_PERMISSION.finditer(head))


def _named_nothing(line: str, folded: str) -> bool:
    """A Slavic first-published sentence naming no outlet after its paper's word, a Chinese
    reprint from the author, the internet or a book."""
    if opens_a_phrase(folded) and any(pattern.match(line) for pattern in _SLAVIC_KIND_ALONE):
        return True
    if line[:1] not in "本此该該原文":
        return False
    if _ZH_REPRINT_OF_NO_OUTLET.match(line) is not None:
        return True
    excerpt = ZH_EXCERPTED.match(line)
    return excerpt is not None and not outlet_like(excerpt.group("who"))
