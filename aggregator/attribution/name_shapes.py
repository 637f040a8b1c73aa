"""The shapes around a name the publisher table lacks, after a credit's word: an outlet's
desk or staff after it ("Pinecrest Herald Business Desk"), a link's label ("Politico (opens in
new tab)"), a linked file that is no name at all ("PDF, 2.4 MB"), a brand written in lower
case ("lokalblick", "inkwire daily") (issue 14: the third conventions round's name shapes),
and a table outlet's web or state edition ("NHK NEWS WEB", "g1 SP", "朝日新聞デジタル")."""

# ruff: noqa: RUF001  (curly apostrophes and letters of other languages are meant)

from __future__ import annotations

import re

from aggregator.attribution.not_credits.section_labels import LABEL

#: The words a paper's name ends in, written onto a brand of one word ("lokalblick",
#: "stadtanzeiger", "heimatnachrichten", "byavisen"): German, Dutch and Nordic local papers
#: and web outlets are named so, and often styled in lower case. Not "post", "mail" or
#: "world": English writes them onto common nouns ("compost", "voicemail", "underworld").
_BRAND_ENDING = re.compile(
    r"(?<=[^\W\d_]{3})(?:news|nachrichten|zeitung|anzeiger|kurier|blick|bote|blatt|presse|"
    r"journal|magazin|echo|radio|online|daily|times|herald|tribune|gazette|courier|chronicle|"
    r"bladet|posten|avisen|avis|krant|courant|nytt|lehti|sanomat|tidning|tidende|noticias|"
    r"diario|jornal|notizie|gazete|haber|berita|warta|actu|infos?)$"
)
#: Words of a phrase, not of a brand: "Source: local news", "via social media".
_COMMON_WORDS = frozenset(
    """
    latest related top local world national international sports sport business breaking
    more other recent popular trending daily weekly today tech technology entertainment health
    science politics opinion editorial home main our your free subscribe newsletter live
    video videos photo photos news media press online digital network report reports the
    social mass print wire wires staff public official internal party campus community city
    state company agency agencies various several other press release email mail web
    sometimes oftentimes fake good bad real old new big small hot
    """.split()  # noqa: SIM905  (a word list reads better as words)
)
#: The second word of a lower-case brand of two ("inkwire daily", "heise online"): a paper's
#: word, not a medium's ("police radio", "amazon echo" are things).
_PAPER_WORDS = frozenset(
    """
    daily weekly times news post herald journal gazette tribune online zeitung courier
    chronicle kurier anzeiger nachrichten bote blatt blick magazin courant krant avisen posten
    tidende sanomat noticias diario jornal notizie gazete haber berita harian warta actu
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


#: One word in lower case, then a capital opening a word run on to it (pass 43): a portal's
#: brand and its desk or region, "detikBali", "detikJatim", "kumparanNEWS", "openDemocracy".
#: No word of a sentence is written so; a product's single letter ("iPhone", "eBay") and a
#: capital before a consonant ("bioRxiv", a preprint server cited) are not read.
_CAMEL_BRAND = re.compile(r"[a-z]{3,12}[A-Z](?:[aeiouy][a-z]{1,15}|[A-Z]{2,8})")


def lowercase_brand_like(name: str) -> bool:
    """Whether ``name``, written in lower case after a credit's word, reads as a paper's
    brand: one word ending in a paper's word ("lokalblick"), or a word of its own and a
    paper's word ("inkwire daily"), or a brand run into its desk's name ("detikBali");
    "local news", "social media", "email" are phrases."""
    if _CAMEL_BRAND.fullmatch(name):
        return True  # "detikBali", "kumparanNEWS": a portal's brand and its desk, run together
    words = name.casefold().split()
    if len(words) == 1:
        return _BRAND_ENDING.search(words[0]) is not None and words[0] not in _COMMON_WORDS
    if len(words) != 2 or words[0] in _COMMON_WORDS:
        return False
    return words[1].strip(".'’") in _PAPER_WORDS


#: "Harbour Ledger Staff", "Pinecrest Herald Staff Report", "Pinecrest Herald Business Desk",
#: "Tidewater Daily staff and wire reports", "Harbour Gazette Editorial Board": the outlet's
#: staff or desk after its name, in a byline or after a credit's label. "Staff" alone only
#: title-cased ("Harriet Quennell Courier staff" is a person and a desk: never read as one
#: outlet's name).
_DESK_TAIL = re.compile(
    r"(?<=\w)\s+(?:(?-i:Staff)(?:\s+(?-i:Writers?|Reporters?|Reports?))?|(?-i:Editors)|"
    r"staff\s+(?:and|&)\s+(?:wire|news)\s+(?:reports|services)|staff\s+reports?|"
    r"(?:(?:news|web|online|digital|city|metro|business|sports?|politics|political|foreign|"
    r"national|international|world|features?|opinion|editorial|data|investigations?|tech|"
    r"technology|science|health|education|culture|arts|entertainment)\s+)?desk|"
    r"editorial\s+(?:board|staff|team|desk)|news\s+(?:staff|team)|newsroom|"
    # Turkish: "Haber Merkezi" (the news centre), its desk and its services
    r"(?:haber\s+)?(?:merkezi|masası)|(?:dış\s+haberler|ekonomi|spor|politika|gündem|haber)"
    r"\s+servisi)$",
    re.IGNORECASE,
)


#: Words of a desk's own name, besides _COMMON_WORDS: "Metro Staff", "Our Staff".
_DESK_WORDS = frozenset(
    """
    the our my by metro foreign feature features investigations investigative education
    culture arts political data haber
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


#: A site's own newsroom named by its kind in the languages whose credit fields print it
#: ("Haber Merkezi", "Redaksi", "متابعات": follow-ups, a compiled report), or a newsroom with
#: a section's label ("Redacción Economía"); "Redacción Clarín" names an outlet, and a bare
#: "redação" is left to the phrases that read it ("Com conteúdo da redação").
_NEWSROOM = re.compile(
    r"(?:haber\s+merkezi|redaksi|متابعات|وكالات ومتابعات|tổng hợp)"
    r"|(?:redacci[oó]n|reda[çc][ãa]o|r[ée]daction|redazione|redaktion|redactie|redakcja"
    r"|редакция|редакція)\s+(?P<section>.+)",
    re.IGNORECASE,
)


#: An institution's own press people, whoever's they are: "Issued by the Press Section", "the
#: Corporate Communications Office", "Ministry of Health Media Office": they issue, never
#: publish someone else's story (its institution may follow: "…, High Commission of X").
_PRESS_OFFICE = re.compile(
    r"(?:^|\s)(?:press\s+(?:section|office|unit|team)|media\s+(?:office|unit|relations)|"
    r"communications?\s+(?:office|department|unit|section))(?:$|\s*[,;(])",
    re.IGNORECASE,
)


def a_desk(name: str) -> bool:
    """Whether ``name`` is a desk named by its kind alone ("Sports Desk", "The Editorial
    Board", "Haber Merkezi", "Redacción Economía"): the site's own desk, no outlet; or an
    institution's press office ("the Press Section")."""
    if _PRESS_OFFICE.search(name.strip(" .:")):
        return True
    newsroom = _NEWSROOM.fullmatch(name.strip(" .:"))
    if newsroom is not None:
        section = newsroom.group("section")
        return section is None or LABEL.fullmatch(section) is not None
    match = _DESK_TAIL.search(name) if len(name) > 4 else None
    words = name[: match.start()].casefold().split() if match else []
    return match is not None and all(w in _COMMON_WORDS or w in _DESK_WORDS for w in words)


def without_desk(name: str) -> str:
    """``name`` without its desk or staff after it ("Pinecrest Herald Business Desk":
    Pinecrest Herald); a desk named by its kind alone ("Sports Desk", "The Editorial Board")
    stays whole: it names no outlet."""
    match = _DESK_TAIL.search(name) if len(name) > 6 else None
    if match is None:
        return name
    rest = name[: match.start()].strip()
    words = rest.casefold().split()
    return name if all(w in _COMMON_WORDS or w in _DESK_WORDS for w in words) else rest


#: A screen reader's, a theme's or a blogger's label after a link's text: "Politico (opens in
#: new tab)", "(link is external)", "(öffnet in neuem Tab)", "(paywall)", "(gift link)", "(in
#: German)". It labels the link, it is no part of the name (a credit's pattern may have eaten
#: the ")").
_LINK_LABEL = re.compile(
    r"\s*[(\[]\s*(?:(?:opens|open)\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)|"
    r"new\s+(?:tab|window)|external(?:\s+link)?|link\s+is\s+external|"
    r"(?:se\s+)?abre\s+en\s+(?:una?\s+)?nueva?\s+(?:pestaña|ventana)|"
    r"s['’]ouvre\s+dans\s+une?\s+nouv(?:el|elle)\s+(?:onglet|fenêtre)|"
    r"öffnet\s+(?:sich\s+)?in\s+(?:einem\s+)?neue[mn]?\s+(?:tab|fenster)|"
    r"abre\s+(?:em\s+(?:uma\s+)?|numa\s+)nova\s+(?:aba|janela|guia)|"
    r"si\s+apre\s+in\s+una\s+nuova\s+(?:scheda|finestra)|"
    r"opent\s+in\s+(?:een\s+)?nieuw(?:e)?\s+(?:tabblad|venster)|"
    # a blogger's note on the link: "(paywall)", "(subscription required)", "(gift link)"
    r"paywall(?:ed)?|(?:subscription|registration|login|sub)\s+required|"
    r"subscribers?\s+only|(?:gift|free|archive[d]?|archive\s+link)(?:\s+link)?|"
    r"in\s+(?:english|german|french|spanish|italian|portuguese|dutch)|"
    r"auf\s+deutsch|en\s+(?:español|français)|paid|\$)[.]?\s*[)\]]?\s*$",
    re.IGNORECASE,
)


def without_link_label(who: str) -> str:
    """``who`` without a link's label after it ("Politico (opens in new tab)": Politico)."""
    return _LINK_LABEL.sub("", who) if "(" in who or "[" in who else who


#: "according to" opening a source field's value ("Source: Theo Tuổi Trẻ Online", "Fuente:
#: Según El Tiempo"): the name after it is the source's.
_REPORTING_WORD = re.compile(
    r"^(?:(?:theo|según|segun|selon|laut|secondo|segundo|volgens|według|d['’]après|"
    r"according\s+to|as\s+reported\s+by)\s+|"
    # "Source : avec l'Agence de presse sénégalaise": the French "with" of agency copy
    r"avec\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?)(?=[^\W\d_])",
    re.IGNORECASE,
)


_MAX_REPORTED_WORDS = 5


def without_reporting_word(who: str) -> str:
    """``who`` without an "according to" (or the French "avec", with) before the name, when a
    capital opens the name."""
    match = _REPORTING_WORD.match(who)
    rest = who[match.end() :] if match is not None else ""
    # a name, not a sentence ("According to Al Jazeera, the meeting ended early."): short,
    # capitalised, no clause after a comma
    if not rest[:1].isupper() or "," in rest or len(rest.split()) > _MAX_REPORTED_WORDS:
        return who
    return rest


#: The networks an outlet keeps a page, an account or a channel on.
_NETWORKS = (
    r"(?:facebook|instagram|twitter|x|telegram|youtube|tiktok|whatsapp|threads|linkedin|"
    r"فيسبوك|فيس\s+بوك|تويتر|إكس|إنستغرام|انستغرام|يوتيوب|تيليغرام|تلغرام|واتساب)"
)
_ACCOUNT = r"(?:page|account|channel|feed|profile|post|compte|chaîne|chaine|publication)"
#: "The Harbour Gazette's Facebook page", "la page Facebook de Dakar Matin", "صفحة جريدة فاس
#: الأصيلة على فيسبوك", "Dakar Matin sur Facebook": an outlet's page on a network is the
#: outlet's (the network alone, "Source: Facebook", stays no one).
_OWNERS_PAGE = rf"(?P<a>.+?)['’]s\s+(?:official\s+)?{_NETWORKS}\s+{_ACCOUNT}"
_PAGE_OF = (
    rf"(?:the\s+|la\s+|le\s+)?(?:official\s+)?"
    rf"(?:{_ACCOUNT}\s+{_NETWORKS}|{_NETWORKS}\s+{_ACCOUNT})(?:\s+officiel(?:le)?)?"
    rf"\s+(?:of|de|du|d['’])\s*(?P<b>.+)"
)
_ARABIC_PAGE = rf"(?:صفحة|حساب|قناة)\s+(?P<c>.+?)\s+على\s+{_NETWORKS}"
_ON_NETWORK = rf"(?P<d>.+?)\s+(?:on|sur|auf|en|على)\s+{_NETWORKS}"
_SOCIAL_PAGE = re.compile(
    rf"^(?:{_OWNERS_PAGE}|{_PAGE_OF}|{_ARABIC_PAGE}|{_ON_NETWORK})$", re.IGNORECASE
)


def without_social_page(who: str) -> str:
    """``who`` without the network page it names the outlet by ("The Harbour Gazette's
    Facebook page" -> "The Harbour Gazette"); ``who`` itself when it names none."""
    match = _SOCIAL_PAGE.match(who.strip())
    if match is None:
        return who
    return next(g for g in match.groups() if g).strip()


#: A linked document's format and size: "Source: PDF, 2.4 MB", "Quelle: PDF (350 KB)": the
#: label cites a file, no publisher.
_DOCUMENT_FILE = re.compile(
    r"^(?:pdf|docx?|xlsx?|csv|ods|odt|odp|pptx?|rtf|txt|zip|epub|json|xml|"
    r"(?:excel|word)\s+(?:file|document|spreadsheet))"
    r"(?:\s*(?:file|document|download))?"
    r"(?:\s*[,;(\[–-]?\s*\d+(?:[.,]\d+)?\s*(?:[kmg]i?b|bytes?|pages?|s\.|pp?\.)\s*[)\]]?)?$",
    re.IGNORECASE,
)


#: A licence the text is published under ("(veröffentlicht unter der) Lizenz CC-BY-NC-ND",
#: "(published under a) Creative Commons licence"): terms, which publish nothing.
_LICENCE = re.compile(
    r"^(?:the\s+|a\s+|der\s+|die\s+|la\s+|una?\s+)?(?:lizenz|license|licence|licencia|licença|"
    r"licenza|licentie|licencja|creative\s+commons|cc[\s-]+by\b)",
    re.IGNORECASE,
)


def a_document(who: str) -> bool:
    """Whether ``who`` names a linked file ("PDF, 2.4 MB") or a licence ("Lizenz CC-BY-NC-ND"),
    which publish nothing."""
    bare = who.strip(" .:;,()[]")
    return _DOCUMENT_FILE.match(bare) is not None or _LICENCE.match(bare) is not None


#: "Source: BBC News Online", "Telegraph Online", "NHK NEWS WEB", "Le Monde Digital": a table
#: outlet's web edition is that outlet (read only when the name before it is a table's: "X
#: News" alone is another, longer name).
_WEB_EDITION = re.compile(
    r"\s+(?:news\s+)?(?:online|web|digital|interactive|e-?paper)(?:\s+edition)?$", re.I
)
#: The words of a web edition, looked for before the pattern (speed).
_WEB_EDITION_HINT = re.compile(r"nline|web|igital|nteractive|paper", re.I)
#: A Brazilian portal's state edition after its name: "Com informações do g1 RS", "g1 SP",
#: "G1 PE" (the states' two-letter codes; read only when the name before it is a table's).
_STATE_EDITION = re.compile(
    r"\s+(?-i:AC|AL|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)$"
)


#: The same editions in Chinese, Japanese and Korean, written onto the paper's name or after a
#: space: "朝日新聞デジタル" (the Asahi's site), "日本経済新聞 電子版", "人民日报电子版",
#: "聯合報數位版", "중앙일보 디지털판". Read, as above, only when the name before them is a
#: table's ("東洋経済オンライン" is a web outlet's own name when the table lacks "東洋経済").
_CJK_EDITION = re.compile(
    r"(?<=\S)\s*(?:デジタル版?|電子版|ウェブ版|(?i:web)版|オンライン版?|电子版|数字版|數位版|"
    r"网络版|網路版|网页版|網頁版|디지털판?|전자판|온라인판?|인터넷판)$"
)
#: Their last letters, looked for before the pattern (speed).
_CJK_EDITION_HINT = re.compile(r"[ル版ン판]$")


def without_edition(name: str) -> str:
    """``name`` without a state edition's code or a web edition's words after it ("g1 SP",
    "NHK NEWS WEB", "朝日新聞デジタル" -> "g1", "NHK", "朝日新聞"); the name itself when it has
    none. The caller looks the rest up in the table: only a table name's edition is that name."""
    if _STATE_EDITION.search(name):
        return _STATE_EDITION.sub("", name)
    if _CJK_EDITION_HINT.search(name):
        return _CJK_EDITION.sub("", name)
    return _WEB_EDITION.sub("", name) if _WEB_EDITION_HINT.search(name) else name


def domain_as_written(domain: str, written: str) -> str:
    """A registrable domain in the capitals its credit wrote it with, when they style a name
    ("elDiario.es", "NU.nl", "Liputan6.com": the outlet's own spelling of its address); a host
    name is caseless, so a domain written in lower case or all in capitals ("SOURCE:
    EXAMPLE.COM", a shouted line) is given in lower case."""
    start = written.casefold().find(domain)
    spelled = written[start : start + len(domain)] if start >= 0 else domain
    letters = [c for c in spelled if c.isalpha()]
    styled = any(c.isupper() for c in letters) and not all(c.isupper() for c in letters)
    return spelled if styled and spelled.casefold() == domain else domain
