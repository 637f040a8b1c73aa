"""Bylines that name an organisation, not a person: an outlet's staff or desk ("Pinecrest
Herald Staff Report", "By Tidewater Daily staff and wire reports", "By the Harbour Gazette
Editorial Board"), the newsroom of an outlet in the Romance languages ("Redacción Crónica de
Tarifa", "Par la rédaction de Vercors Matin", "Redação Jornal do Planalto"), the newsroom
writing from an agency's copy ("La rédaction avec Belga", "Redaktion mit dpa"), and a
portal's "Story by <writer>, <outlet>". On another site they credit the outlet; on its own,
no one (own_site). A desk named by its kind alone ("Metro Staff", "Redacción", "By the Editorial
Board") names no outlet (issue 14: the third conventions round's organisation bylines)."""

# ruff: noqa: RUF001, RUF003  (letters and dashes of other languages are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS, PROPER_NAME
from aggregator.attribution.names import Trust

#: The kinds of a site's own desk: "News Desk", "Metro Staff" name no outlet.
_DESK_KINDS = (
    r"(?:news|web|online|digital|city|metro|local|national|foreign|international|world|"
    r"sports?|business|political|politics|features?|editorial|our|the)"
)
#: An outlet's desk after its name. "Staff" alone only title-cased: "By Harriet Quennell
#: Courier staff" is a writer and the site's own desk.
_DESK = (
    r"(?:(?-i:Staff)(?:\s+(?-i:Reports?))?|staff\s+reports?|staff\s+(?:and|&)\s+wire\s+"
    r"(?:reports|services)|(?:news\s+)?desk|editorial\s+(?:board|staff|team)|news\s+staff|"
    r"newsroom)"
)
#: Verbs that open a line of the site's own asking: "Email The Harbour Gazette Editorial Board".
_ASKING = (
    r"(?:contact|email|e-mail|write|send|support|join|follow|subscribe|call|letters?|meet|ask|"
    r"tell|thank|donate|reach|message|sign|read|more|from)\b"
)
#: "Pinecrest Herald Staff Report", "By the Harbour Gazette Editorial Board": the outlet's
#: two words at least (one word is the site's short name: "Courier Staff").
ORG_DESK = re.compile(
    r"^(?:by\s+)?(?:the\s+)?(?!" + _DESK_KINDS + r"\s+" + _DESK + r"[.]?$)(?!" + _ASKING + r")"
    r"(?P<who>(?-i:[A-Z0-9À-Þ])\S*\s+" + PROPER_NAME + r")\s+" + _DESK + r"[.]?$",
    FLAGS,
)
#: "Redacción Crónica de Tarifa", "Por la redacción de El Faro", "Par la rédaction de Vercors
#: Matin", "Redação Jornal do Planalto", "A cura della redazione di Eco di Valsesia",
#: "Redactie Kempener Courant": the newsroom and the outlet it belongs to. The name must read
#: as an outlet's: "Redacción Madrid", "Redação Esportes" are a bureau and a desk.
NEWSROOM_OF = re.compile(
    r"^(?:(?:by|por|par|von|door|di|a\s+cura\s+(?:della|de\s+la))\s+)?"
    r"(?:(?:la|a|da|el|der|die|de|the)\s+)?"
    r"(?:redacción|redaccion|rédaction|redaction|redação|redacao|redazione|redaktion|"
    r"redacció|redacția|redactia|redactie|redakcja|redakce|redakcija|newsroom)"
    r"(?:\s+(?:de\s+la|del|de|d['’]|du|des|do|da|dos|das|di|della|dello|von|van|of))?"
    r"\s+(?P<who>(?-i:[A-ZÀ-Þ])[^\n,|/:]{1,60}?)[.]?$",
    FLAGS,
)
#: "La rédaction avec Belga", "Par la rédaction (avec AFP)", "Redaktion mit dpa", "Redacción
#: con EFE", "Redazione con ANSA", "Redactie met ANP": the site's newsroom signing a story
#: written from an agency's copy credits the agency (an agency's tag or a table name: "La
#: rédaction avec Marie Dupont" is two writers, "avec agences" names no one).
NEWSROOM_WITH = re.compile(
    r"^(?:(?:by|por|par|von|door|di)\s+)?(?:(?:la|a|da|el|der|die|de|the|our)\s+)?"
    r"(?:redacción|redaccion|rédaction|redaction|redação|redacao|redazione|redaktion|"
    r"redacció|redacția|redactia|redactie|redakcja|redakce|redakcija|newsroom|news\s+desk)"
    r"\s*[(\[]?\s*(?:avec|with|mit|con|met|com|amb|z|cu|s)\s+(?:l['’]\s*)?"
    r"(?P<who>(?-i:[A-ZÀ-Þ])[^\n,|/:()\[\]]{1,40}?|(?-i:[a-z]{2,5}))\s*[)\]]?[.]?$",
    FLAGS,
)
#: Place names of two words opening with these are no outlet: "Story by Jane Doe, New Delhi".
_PLACE_START = (
    r"(?:new|san|santa|santo|são|sao|los|las|saint|st|port|fort|mount|north|south|east|west|"
    r"hong|kuala|abu|tel|rio|buenos|el|la|le|cape|salt|baton|des|grand|palm|long|little|"
    r"great|greater|upper|lower|sri|united|costa|puerto|addis|dar|phnom|ho|ciudad|nueva|"
    r"nuevo|bandar|kota|port-au)"
)
#: The role after a writer's name: "Story by Jane Doe, Special Correspondent".
_ROLE_WORDS = (
    r"(?:writer|reporter|editor|correspondent|contributor|columnist|staff|producer|"
    r"photographer|intern|fellow|journalist|analyst|critic|desk|special|senior|chief|guest|"
    r"photos?|video|graphics?|illustrations?)"
)
#: "Story by Kwame Delacroix, Chalkbeat Texas": a portal's byline of the partner's story, the
#: writer and then the outlet the story is from (an edition's region may end its name). Two
#: to four capitalised words that are no role, no place and (resolve) no institution.
STORY_BY_ORG = re.compile(
    r"^(?:story|article)\s+by\s+(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+"
    r"(?!" + _PLACE_START + r"\s)(?![^\n]*\b" + _ROLE_WORDS + r"s?\b)"
    r"(?P<who>(?-i:[A-Z][\w&'’.-]*)(?:\s+(?-i:[A-Z][\w&'’.-]*)){1,3})[.]?"
    # the portal's time stamp after it: "· 3h", "• 4 min read", "| March 4, 2026"
    r"(?:\s*[·•|]\s*[^\n·•|]{0,30}\d[^\n·•|]{0,20})*$",
    FLAGS,
)

#: "Jane Doe – Repórter da Agência Brasil", "Jane Doe, enviada especial da Agência Brasil",
#: "Jane Doe, corresponsal de EFE", "Jane Doe, inviato dell'ANSA": in Portuguese, Spanish and
#: Italian a wire's byline gives the writer's role at the agency, and the agency after it.
ROLE_AT_OUTLET = re.compile(
    r"^(?:(?:por|di)\s+)?(?-i:[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:(?:de|da|do|dos|das|del|di)\s+)?"
    r"[A-ZÀ-Þ][\w'’.-]+){1,3})\s*[-–—,|]\s*"
    r"(?:repórter|reporter|reportera|redator|redatora|redactor|redactora|correspondente|"
    r"corresponsal|corrispondente|enviad[oa]\s+especial|inviat[oa](?:\s+speciale)?|"
    r"jornalista|periodista|giornalista)"
    r"\s+(?:da|do|de\s+la|del|dell['’]\s*|della|de)\s+(?P<who>(?-i:[A-ZÀ-Þ])[^\n,;|]{1,50}?)[.]?$",
    FLAGS,
)

#: "文／洪佩芸（菊島潮聲報）", "撰文/李明（南方日报）", "記者：王芳（東森新聞）": a Chinese byline
#: giving the writer and, in brackets, the outlet they write for; a copy on another site keeps
#: it. The name in brackets must read as an outlet's (an employer, "（台大醫院）", is not).
ZH_BYLINE_OUTLET = re.compile(
    r"^(?:文|撰文|作者|記者|记者|特派員|特派员)\s*[／/:：|]\s*[^\s（()）／/:：]{2,5}\s*"
    r"[（(](?P<who>[^（()）\n]{2,20})[)）]$",
    FLAGS,
)

#: (pattern, how far its wording vouches for a name the table lacks), at the text's edges and
#: beside it.
PATTERNS = [
    (ZH_BYLINE_OUTLET, Trust.OUTLET),
    (ORG_DESK, Trust.OUTLET),
    (NEWSROOM_OF, Trust.OUTLET),
    (NEWSROOM_WITH, Trust.TAG),
    (STORY_BY_ORG, Trust.NAMED),
    (ROLE_AT_OUTLET, Trust.OUTLET),
]
