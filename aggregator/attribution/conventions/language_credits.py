"""Credit lines in languages the earlier patterns did not read (issue 14, the tenth blind
set: Catalan, Tagalog, Bulgarian), each fixed with its neighbours where the convention is the
same:

- "first published in X" sentences: Catalan ("Aquest article es va publicar originalment a
  VilaWeb."), Galician ("Este artigo publicouse orixinalmente en X"), Tagalog ("Unang
  nailathala ang balitang ito sa Abante.", "Ang artikulong ito ay unang lumabas sa X");
- a source label with its colon, in languages whose word the other label lists lack:
  Catalan "Font:" (an outlet's name only: "Font: Arial" is a typeface), Basque "Iturria:",
  Welsh "Ffynhonnell:", Irish "Foinse:", Albanian "Burimi:", Slovene "Vir:", Hausa
  "Majiya:", Amharic "ምንጭ:", Uzbek "Manba:", Azerbaijani "Mənbə:", Georgian "წყარო:", Polish
  "Za:", Czech "Převzato z:" (a colon required: "Vir", "Majiya" and "Za" are words of other
  languages too); an institution
  there ("Font: Ajuntament de Barcelona") is a citation (names._INSTITUTION_WORDS);
- "first published in" in Bulgarian and Macedonian (any capitalised name), Slovak, Czech,
  Croatian, Serbian, Slovene, Ukrainian (a domain or an acronym: they decline names) and
  Romanian;
- "from <wire>'s material": Bulgarian "По материали на Ройтерс", Ukrainian "За матеріалами
  Reuters" (Russian "По материалам" is in patterns._STRONG).
"""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS, any_of
from aggregator.attribution.names import Trust

_OPEN = r"^[(\[«]?\s*"
_CLOSE = r"\s*[)\]»]?[.。።]?$"
_WHO = r"(?P<who>[^\n]{1,80}?)"
#: After a sentence's preposition a name is capitalised or a domain ("a la tardor" is a season).
_NAME = (
    r"(?P<who>(?-i:[A-Z0-9À-ÖØ-ÞА-ЯЁЄІЇЎЂЈЉЊЋЏ])[^\n]{0,79}?|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?)"
)
#: In a language that declines names ("v Denníku N", "u Politici"), only a name that does not
#: change: a domain or an acronym ("na Index.hr", "v SME", "na N1").
_UNDECLINED = r"(?P<who>(?:[\w-]+\.)+[a-z]{2,}|(?-i:[A-ZČŠŽĆĐ0-9]{2,8}(?:\s[A-Z0-9]{1,3})?))"

#: Catalan: the piece (optional), a past of "publish"/"appear", an adverb of first, "a"/"en".
CA_FIRST = re.compile(
    _OPEN + r"(?:(?:(?:aquest|aquesta|l['’])\s*)?(?:article|text|reportatge|notícia|peça|"
    r"entrevista|crònica|columna)\s+)?(?:(?:es\s+va|s['’]ha|ha\s+estat|va\s+ser|fou)\s+)?"
    r"(?:publicar|publicat|publicada|aparèixer|aparegut|apareguda)\s+"
    r"(?:originalment|inicialment|primer|originàriament|per\s+primera\s+vegada)\s+"
    # the article joined in lower case only: "a La Vanguardia" is "a" and the paper's name
    r"(?:(?-i:a\s+la|a\s+l['’]|al|als|per\s+la|pel)\s+|(?:a|en|per)\s+|(?-i:a\s+l['’]))"
    + _NAME
    + _CLOSE,
    FLAGS,
)
#: Galician: "Este artigo publicouse orixinalmente en X", "Publicado orixinalmente en X".
GL_FIRST = re.compile(
    _OPEN + r"(?:(?:este|o)\s+(?:artigo|texto|reportaxe)\s+)?(?:publicouse|foi\s+publicado|"
    r"publicado|publicada|apareceu)\s+(?:orixinalmente|inicialmente|primeiro|"
    r"por\s+primeira\s+vez)\s+(?:en|no|na|por|polo|pola)\s+" + _NAME + _CLOSE,
    FLAGS,
)
#: Tagalog: "Unang nailathala ang balitang ito sa Abante", "Ang artikulong ito ay unang
#: lumabas sa X", "Orihinal na inilathala ng X" ("sa": in; "ng": by).
_TL_PIECE = r"(?:artikulong|balitang|ulat\s+na|ulong\s+balitang|kuwentong|lathalaing|sanaysay\s+na)"
TL_FIRST = re.compile(
    _OPEN + r"(?:ang\s+" + _TL_PIECE + r"\s+ito\s+ay\s+)?(?:unang|orihinal\s+na)\s+"
    r"(?:nailathala|inilathala|nalathala|lumabas|nai-?publish|inilabas)"
    r"(?:\s+ang\s+"
    + _TL_PIECE
    + r"\s+ito)?\s+(?:sa|ng)\s+(?:pahayagang\s+|website\s+ng\s+)?"
    + _NAME
    + _CLOSE,
    FLAGS,
)
#: Slavic languages: "Článok bol pôvodne publikovaný v Denníku N", "Članak je izvorno objavljen
#: na Index.hr", "Статията е публикувана първоначално в Дневник", "Статтю вперше опубліковано
#: на Українській правді": the piece, its verb of publishing, an adverb of first (before or
#: after the verb), a preposition, the name.
_SLAVIC_PIECE = (
    r"(?:článok|článek|text|tekst|članak|članek|príspevok|příspěvek|статията|статия|"
    r"материалът|материал|текстът|статтю|стаття|матеріал|текст|чланак)"
)
_SLAVIC_FIRST = (
    r"(?:pôvodne|původně|prvýkrát|poprvé|izvorno|prvobitno|prvotno|prvič|najprej|"
    r"първоначално|за\s+първи\s+път|вперше|спочатку|першопочатково|првобитно|изворно)"
)
_SLAVIC_VERB = (
    r"(?:publikovaný|publikovaná|publikován|publikována|uverejnený|uverejnená|zveřejněn|"
    r"zveřejněný|vyšiel|vyšla|vyšel|objavljen|objavljena|objavljeno|izšel|izšla|"
    r"опубліковано|опублікована|опублікований|вийшла|вийшов|објављен|објављена|објављено)"
)
#: Bulgarian's and Macedonian's verbs (languages that decline no names).
_BG_VERB = r"(?:публикуван|публикувана|публикувано|излязъл|излязла|објавен|објавена|објавено)"


def _slavic_first(verbs: str, words: str, name: str) -> re.Pattern[str]:
    """The piece, its verb of publishing with an adverb of first (before or after it), a
    preposition and a newspaper's word, then ``name``."""
    return re.compile(
        _OPEN
        + r"(?:"
        + _SLAVIC_PIECE
        + r"\s+)?(?:(?:bol|bola|byl|byla|je|бе|е|був|була|је|je\s+bil|je\s+bila)\s+)?"
        + r"(?:"
        + _SLAVIC_FIRST
        + r"\s+"
        + verbs
        + r"|"
        + verbs
        + r"\s+"
        + _SLAVIC_FIRST
        + r")\s+"
        + words
        + r"\s+(?:(?-i:denníku|deníku|dnevniku|portáli|portálu|portalu|webe|webu|sajtu|"
        r"вестник|сайта|сайті|газеті|порталі|листу|новинах)\s+)?" + name + _CLOSE,
        FLAGS,
    )


#: Bulgarian and Macedonian decline no names: any capitalised one.
BG_FIRST = _slavic_first(_BG_VERB, r"(?:в|във|на)", _NAME)
#: The others do: a domain or an acronym only ("v Denníku N" would be read "Denníku N").
SLAVIC_FIRST = _slavic_first(_SLAVIC_VERB, r"(?:v|vo|na|u|в|на|у)", _UNDECLINED)
#: Romanian: "Articolul a fost publicat inițial pe HotNews.ro", "Publicat inițial în Adevărul",
#: "Acest articol a apărut inițial în X" (the perfect's "a" alone before "apărut").
RO_FIRST = re.compile(
    _OPEN + r"(?:(?:acest\s+articol|articolul|materialul|textul)\s+)?(?:a\s+fost\s+|a\s+)?"
    r"(?:publicat|publicată|apărut|apărută)\s+(?:inițial|iniţial|pentru\s+prima\s+dată|"
    r"mai\s+întâi|original|prima\s+dată)\s+(?:pe\s+site-ul|pe|în|de|la)\s+" + _NAME + _CLOSE,
    FLAGS,
)
#: Source labels the other lists lack, with their colon ("Vir" and "Majiya" are words of other
#: languages too: the colon is required).
SOURCE_COLON = re.compile(
    _OPEN
    + any_of(
        "iturria|ffynhonnell|foinse|burimi|vir|majiya|ምንጭ|manba|mənbə|წყარო|"
        # pl "Za: X" (after X), cs "Převzato z: X", sk "Prevzaté z: X" (taken from X)
        "za|převzato z|převzato ze|prevzaté z|prevzaté zo|"
        # ta "நன்றி: X" (thanks to X, as Tamil papers credit a copy), "மூலம்: X" (source); a
        # sentence of thanks has no colon after its first word
        "நன்றி|மூலம்"
    )
    + r"\s*[:：፡፦]\s*"  # Amharic writes its colon "፡" or "፦"
    + _WHO
    + _CLOSE,
    FLAGS,
)
#: Catalan "Font: La Vanguardia": English writes "Font: Arial" of a typeface, so the name
#: must read as an outlet (a table name, a domain, a newspaper's word).
CA_FONT = re.compile(_OPEN + r"font\s*[:：]\s*" + _WHO + _CLOSE, FLAGS)
#: "По материали на Ройтерс": a story from a wire's material.
MATERIAL_OF = re.compile(
    _OPEN + r"(?:по\s+материали\s+на|за\s+матеріалами|на\s+підставі\s+матеріалів)\s+"
    r"(?P<who>[^\n,.;:]{1,60}?)" + _CLOSE,
    FLAGS,
)

#: (pattern, how far its wording vouches for a name the table lacks), read at the text's edges.
PATTERNS = [
    (CA_FIRST, Trust.STRONG),
    (GL_FIRST, Trust.STRONG),
    (TL_FIRST, Trust.STRONG),
    (SOURCE_COLON, Trust.NAMED),
    (CA_FONT, Trust.OUTLET),
    (MATERIAL_OF, Trust.STRONG),
    (BG_FIRST, Trust.STRONG),
    (SLAVIC_FIRST, Trust.STRONG),
    (RO_FIRST, Trust.STRONG),
]
#: The longest line one of them reads: a lead, a name of 80 characters, its full stop.
MAX_CHARS = 200
#: What a line needs for one of them (casefolded; speed).
HINT = re.compile(
    r"publica|aparegu|aparèix|apareceu|publicouse|nailathala|inilathala|nalathala|lumabas|"
    r"publish|inilabas|font|iturria|ffynhonnell|foinse|burimi|vir|majiya|ምንጭ|manba|mənbə|"
    r"წყარო|материал|матеріал|článok|článek|text|tekst|članak|članek|príspev|příspěv|"
    r"стат|текст|чланак|pôvodne|původně|prvýkrát|poprvé|izvorno|prvobitno|prvotno|prvič|"
    r"първоначално|вперше|спочатку|publikova|uverejnen|zveřejn|vyš|objavljen|izšl|izšel|"
    r"публикува|опубліков|вийш|објављен|излез|изляз|објавен|apărut|articol|materialul|"
    r"textul|a fost|^[(\[«]?\s*za\s*[:：]|převzato|prevzaté|நன்றி|மூலம்"
)


def hinted(head: str) -> bool:
    """Whether a casefolded line's first characters may open one of PATTERNS."""
    return HINT.search(head) is not None


#: An agency's word before or after a table name, in the languages the resolver's own list
#: (resolve._KIND) lacks: "агентства Рейтер", "агенция Ройтерс", "סוכנות הידיעות רויטרס",
#: "agencja Reuters", "Reuters ajansı", "kantor berita Antara".
_AGENCY_WORD = re.compile(
    r"^(?:(?:информационн(?:ое|ого)\s+|информационна(?:та)?\s+)?(?:агентство|агентства|"
    r"агентството|агенция|агенцията|агенції|агенція|агентура|агенција)|"
    r"(?:polska\s+)?agencj[ai]|agentúr[ay]|tlačov(?:á|ej)\s+agentúr[ay]|agentur[ay]|"
    r"tiskov(?:á|é)\s+agentur[ay]|agenzia(?:\s+di\s+stampa)?|agència|agencia\s+de\s+noticias|"
    r"agência\s+de\s+notícias|novinska\s+agencija|agencija|kantor\s+berita|"
    r"kamfanin\s+dillancin\s+labarai(?:\s+na)?|סוכנות\s+(?:הידיעות|החדשות)|"
    r"πρακτορείο(?:\s+ειδήσεων)?|nyhetsbyrån|nyhetsbyrået|nyhedsbureauet|uutistoimisto|"
    r"persbureau|hírügynökség)\s+",
    FLAGS,
)
#: The same words after the name: "Reuters ajansı", "Reuters haber ajansı".
_AGENCY_SUFFIX = re.compile(r"\s+(?:haber\s+)?ajansı$|\s+hírügynökség$|\s+news\s+agency$", re.I)
_SUFFIX_ENDS = ("ajansı", "hírügynökség", "agency")
#: The first words _AGENCY_WORD can open with.
_AGENCY_FIRST_WORDS = frozenset(
    """
    информационное информационного информационна информационната агентство агентства
    агентството агенция агенцията агенції агенція агентура агенција polska agencja agencji
    agentúra agentúry tlačová tlačovej agentura agentury tisková tiskové agenzia agència
    agencia agência novinska agencija kantor kamfanin סוכנות πρακτορείο nyhetsbyrån
    nyhetsbyrået nyhedsbureauet uutistoimisto persbureau hírügynökség
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


def without_agency_word(name: str) -> str:
    """``name`` without an agency's word in another language before or after it."""
    name = name.strip()
    folded = name.casefold()
    if folded.endswith(_SUFFIX_ENDS):
        return _AGENCY_SUFFIX.sub("", name, count=1)
    if folded.split(" ", 1)[0] not in _AGENCY_FIRST_WORDS:
        return name  # most names: no agency word to look for (speed)
    return _AGENCY_WORD.sub("", name, count=1)
