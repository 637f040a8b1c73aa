"""How a name the publisher table lacks is read off a credit's phrase (issue 14: the table is no
gate): its leading capitalised words ("Lakeshore Ledger du 4 mars"), a paper written in
sentence case ("Přístavní listy", "Dân trí"), a brand written in lower case ("taz"), and the
words that are never a name's first (months, markers, platforms) or a name alone (a role)."""

# ruff: noqa: RUF001  (an apostrophe of elision is meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.name_words import channel_number, inner_abbreviation
from aggregator.attribution.names import Trust, institution_like
from aggregator.extract.outletnames import outlet_like

_NAME_WORD = re.compile(r"[^\s,;:()\[\]]+")
#: Articles before a name the table lacks ("in der EMOTION"): dropped.
_ARTICLES = {"der", "die", "das", "dem", "den", "le", "la", "les", "el", "los", "las"}
CONNECTORS = {
    *("of", "the", "and", "de", "la", "le", "du", "des", "der", "die", "el", "al", "&"),
    *("do", "da", "dos", "das", "del", "di", "von", "van", "e", "y", "und", "et"),
    *("della", "dello", "delle", "degli", "dei", "il", "lo", "gli"),
    *("ya", "wa", "za", "cha"),  # Swahili: "Sauti ya Pwani"
    *("am", "im", "für"),  # "Bild am Sonntag", "Zeitung für Deutschland"
}
#: An elided small word written onto the next capitalised one: "Corriere dell'Umbria",
#: "Gazzetta d'Alba", "L'Eco di Bergamo".
_ELIDED = re.compile(r"^(?:dell|dall|nell|sull|all|d|l)['’](?=[A-ZÀ-Þ])")
#: Small words inside a title-cased name ("Reasons to be Cheerful"): kept between capitalised
#: words, dropped at the end ("Tidewise to be sold" names Tidewise).
_INNER_WORDS = {"to", "be", "a"}
NOT_NAMES = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|this|that|these|those|here|there|our|"
    r"my|his|her|their|its|a|an|google|getty|shutterstock|wikimedia|wikipedia|twitter|"
    # a wire story's markers, not its source: "(END)", "(MORE)", "(UPDATE 2)"
    r"end|ends|more|update|updated|corrected|correction|refile|fin|ende|fim|eos|nnnn|"
    r"video|videos|photos|watch|live|analysis|opinion|exclusive|breaking|explainer|sponsored|"
    r"advertisement|commentary|editorial|feature|interview|podcast|satire|column|translated|"
    r"translation|transcript|"
    r"facebook|instagram|youtube|x)\.?$",
    re.I,
)
#: A role alone, capitalised as German writes nouns: "mit freundlicher Genehmigung des
#: Autors", "des Verlags", "der Redaktion" name no one ("Redaktion Eurailpress" names a desk
#: of Eurailpress).
_ROLE_ALONE = re.compile(
    r"^(?:author|authors|autor|autors|autorin|autoren|auteur|auteurs|autore|autori|autora|"
    r"verfasser|verfassers|verfasserin|verlag|verlags|verlages|herausgeber|herausgebers|"
    r"redaktion|rédaction|redacción|redação|redazione|redactie)$",
    re.I,
)


#: A story marker that also opens outlets' names: "Breaking Belize News", "Live Wire Daily".
_MARKER_OPENERS = frozenset({"breaking", "live", "exclusive"})


def _marker_named(words: list[str]) -> bool:
    """A marker word opening a name of three words or more that reads as an outlet's
    ("Breaking Belize News"); "Breaking News" alone is a section's label."""
    return (
        words[0].casefold() in _MARKER_OPENERS
        and len(words) >= 3
        and all(w[:1].isupper() for w in words)
        and outlet_like(" ".join(words[1:]))
    )


#: Georgian's everyday letters: Unicode files them as lower case (their capitals, Mtavruli,
#: are a display style), but Georgian capitalises nothing: a name is written in them whole.
_MKHEDRULI = re.compile("[\u10d0-\u10ff]")


def leading_name(piece: str) -> str | None:
    """A name the table lacks: the leading capitalised words of the phrase."""
    words: list[str] = []
    for match in _NAME_WORD.finditer(piece):
        word = match.group(0)
        if (
            word[0].isalpha()
            and word[0].islower()
            and not _MKHEDRULI.match(word)
            and word.lower() not in CONNECTORS | _INNER_WORDS
            and not _ELIDED.match(word)
        ):
            # "Přístavní listy": a paper's noun in sentence case ends the name with it.
            # "Niederlausitz aktuell", "Lausitz kompakt", "Rennes actu": a regional portal's
            # lower-case word after its region is its name's last
            if words and word.casefold().rstrip(".") in (SENTENCE_CASE_PAPERS | _NAME_TAILS):
                words.append(word.rstrip("."))
            elif words and _place_adjective_of_paper(words[-1], word.rstrip(".")):
                words.append(word.rstrip("."))  # "Le Courrier picard", "El Correo gallego"
            break
        if inner_abbreviation(word):  # "St. Louis Post-Dispatch": its full stop ends no name
            words.append(word)
            continue
        words.append(word.rstrip("."))
        if word.endswith("."):
            break
    # "Lakeshore Ledger du 4 mars": the date's number, then the preposition before it.
    trailing = CONNECTORS | _INNER_WORDS | {"der", "die", "das"}
    while words and (words[-1].lower() in trailing or not any(c.isalpha() for c in words[-1])):
        if channel_number(words):
            break  # "KARE 11": a station's channel number is its name's
        words.pop()
    # "in der EMOTION": the sentence's article goes; "Le Soleil" keeps its own.
    while words and words[0] in _ARTICLES:
        words.pop(0)
    if not words or len(words) > 6 or (NOT_NAMES.match(words[0]) and not _marker_named(words)):
        return None
    if len(words) == 1 and _ROLE_ALONE.match(words[0]):
        return None
    # "h/t @janeroe": a social handle thanks an account, it names no outlet.
    if not any(c.isalpha() for c in words[0]) or words[0].startswith("@"):
        return None
    return " ".join(words)


#: Letters only Vietnamese writes (with "đ"): a word holding one is a Vietnamese syllable.
_VIETNAMESE_LETTER = re.compile(
    "[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE
)


#: A paper's noun that the Romance languages follow with the adjective of its region, in lower
#: case: "Le Courrier picard", "Le Républicain lorrain", "L'Est républicain", "Le Journal
#: vaudois", "El Correo gallego", "Il Giornale vicentino".
_PAPER_NOUNS = frozenset(
    """courrier républicain republicain progrès journal quotidien messager télégramme dauphiné
    populaire écho echo nouvelliste réveil indépendant est midi correo diario periódico heraldo
    faro mercurio giornale corriere gazzetta eco jornal correio diário""".split()  # noqa: SIM905
)
#: The endings of a region's adjective in French, Spanish, Italian and Portuguese.
_PLACE_ADJECTIVE = re.compile(
    r"(?:ais|aise|ois|oise|ain|aine|ien|ienne|ique|ard|arde|and|ande|ine|ense|ego|ega|ano|ana|"
    r"ino|ina|ese|eño|eña|ol|ola|al|ale|libre|public)$"
)


def _place_adjective_of_paper(noun: str, word: str) -> bool:
    """Whether ``word``, in lower case after the paper's ``noun``, is its region's adjective."""
    return (
        noun.casefold() in _PAPER_NOUNS
        and len(word) >= 5
        and word.isalpha()
        and _PLACE_ADJECTIVE.search(word) is not None
    )


def vietnamese_sentence_case(piece: str) -> str | None:
    """ "Dân trí", "Người lao động": Vietnamese papers are often written in sentence case, so
    after a credit's wording the whole phrase of two to four syllables is the name, not its
    first capitalised word."""
    words = piece.strip(" .").split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
        return None
    if not all(w.isalpha() and len(w) <= 7 for w in words) or not all(
        w.islower() for w in words[1:]
    ):
        return None
    return " ".join(words) if _VIETNAMESE_LETTER.search(piece) else None


#: A section's or a supplement's noun after a name: "appeared in the Britain section of the
#: print edition" names a part of the site's own paper, also when the section's name goes on
#: in lower case or joins a second word ("the Finance & economics section").
_SECTION_NOUN = re.compile(
    r"(?:\s*(?:&|\band\b)\s*[\w-]+|\s+[a-z][\w-]*){0,2}"
    r"[.]?\s+(?:section|sections|supplement|pages|pull-out)\b"
)


def a_section(name: str, piece: str) -> bool:
    """Whether the words ``name`` took from ``piece`` are followed by a section's noun."""
    start = piece.find(name)
    return start >= 0 and _SECTION_NOUN.match(piece, start + len(name)) is not None


#: Words of four letters that are no brand after "courtesy of", "first published by".
_PRONOUNS = frozenset({"them", "they", "your", "ours", "mine", "this", "that", "here", "home"})


def brand_word(piece: str, trust: Trust) -> bool:
    return trust == Trust.STRONG and len(piece) == 4 and piece.casefold() not in _PRONOUNS


def _lettered(word: str) -> bool:
    return word.replace("-", "").isalpha() and not word.startswith("-") and not word.endswith("-")


def lowercase_brand(piece: str) -> str | None:
    """ "erschien zuerst in der taz": a brand written in lower case, one or two words."""
    words = piece.split()
    if words and words[0].casefold() == "the":
        return None  # "courtesy of the unions": a common noun, no brand
    while words and words[0] in _ARTICLES:
        words.pop(0)
    if words and NOT_NAMES.match(words[0]):
        return None  # "来源: youtube": a platform, no brand of news
    # "t-online", "n-tv": a brand's hyphen joins its letters
    if 0 < len(words) <= 2 and all(_lettered(w) and len(w) <= 20 for w in words):
        return " ".join(words)
    return None


# Languages that write a title in sentence case name papers with a lower-case noun after a
# capitalised word: "Jutarnji list", "Lidové noviny", "Українська правда", "Ziarul financiar".
# Only read after a credit label ("Reading list" alone is no paper). The nouns are listed in
# the cases a credit puts them in too: "в «Новой газете»", "на сайті «Української правди»".
#: Lower-case words a regional portal writes after its region's name.
_NAME_TAILS = frozenset({"aktuell", "kompakt", "regional", "lokal", "actu"})
SENTENCE_CASE_PAPERS = frozenset(
    """
    list listy novine noviny novinky vijesti vesti novosti dnevnik dnevni denník deník
    вестник вісник
    gazeta dziennik tygodnik wiadomości hírlap napló lapok újság ziarul jurnalul gazeta
    правда газета новини новости вести вісті известия відомості вечірка
    gazety gazecie gazetą gazetę dziennika dzienniku tygodnika tygodniku
    правды правде правду правдой правди правді газеты газете газету газетой газети газеті
    вестника вестнике вісника віснику новостей новин известий відомостей
    """.split()  # noqa: SIM905  (a word list reads better as words)
) | frozenset(
    # The same nouns in the other languages that write names in sentence case (pass 48:
    # "Šaltinis: Lietuvos žinios", "Avots: Latvijas avīze", "Kilde: Nordlys avisen"); the
    # newspaper's, news's, day's and courier's words, none of them English (after "Source:"
    # "Company news" is no paper).
    """
    laikraštis žinios kurjeris naujienos savaitraštis dienraštis avīze ziņas vēstis leht
    päevaleht uudised sõnumid
    tidning tidningen dagblad dagbladet nyheter nyheder avis avisen tidende bladet sanomat
    lehti uutiset fréttir tíðindi
    ziarul jurnalul zilei știri stiri cotidianul quotidiano giornale gazzetta notizie
    diario noticias periódico gaceta jornal notícias diário folha quotidien hebdo
    kurier nowiny wiadomosci zprávy správy týdeník týždenník vjesnik vesnik novinar
    вестник новини ειδήσεις εφημερίδα hírek gazetesi haberleri dagblad krant courant
    nieuwsblad harian berita koran warta gazeti habari
    """.split()  # noqa: SIM905  (a word list reads better as words)
)


def named_with_lower_case(piece: str) -> bool:
    words = piece.split()
    capitalised = sum(w[:1].isupper() for w in words)
    paper = any(w.casefold().strip(".,") in SENTENCE_CASE_PAPERS for w in words[1:])
    return (
        1 < len(words) <= 5
        and words[0][:1].isupper()
        and not any(c.isdigit() for c in piece)
        and (capitalised >= 2 or outlet_like(piece) or paper)
        and not institution_like(piece)
    )


def person_words(words: str) -> bool:
    """Two to four capitalised words that are no outlet's ("Jane Doe", "JANE DOE")."""
    parts = words.split()
    return (
        2 <= len(parts) <= 4
        and all(w[:1].isupper() and w.isalpha() for w in parts)
        and parts[0].lower() not in ("the", "le", "la", "el", "der", "die", "das")
    )


#: A byline's word of authorship before a writer's name, in the languages bylines use.
BYLINE_WORD = re.compile(
    r"^(?:by|von|par|por|di|da|de|door|av|af|przez|oleh|od)\s+(?=\w)", re.IGNORECASE
)


def byline_given_name(words: str) -> bool:
    """A byline's word and one capitalised word ("Von Tobias", "Par Marie"): what stands
    before a family name, so that a wire's spelling after it ("Reuter") is the writer's."""
    rest = BYLINE_WORD.sub("", words, count=1)
    return rest != words and rest[:1].isupper() and rest.replace("-", "").isalpha()


def short_name(piece: str) -> bool:
    """A person's or agency's name of up to four capitalised words ("Jane Doe")."""
    words = piece.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)
