"""Credit sentences that name the outlet in an inflected case (issue 14, the sixth blind set):
Polish says where a text first appeared with "w" and the locative ("Tekst ukazał się
pierwotnie w „Gazecie Wyborczej”"), so the name is given back in the nominative it is known
by ("Gazeta Wyborcza"). Only the regular endings are turned back; any other word stays as
written. Russian, Ukrainian, Czech and Polish credit with a lead that puts the name in the
genitive ("По сообщению Интерфакса", "Na podstawie informacji agencji Reutera"): a table
name is found under its genitive ending (``stems``)."""

# ruff: noqa: RUF001, RUF003  (Cyrillic letters are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.regex_parts import FLAGS

#: "Tekst ukazał się pierwotnie w „Gazecie Wyborczej”", "Artykuł został pierwotnie
#: opublikowany w Rzeczpospolitej" ("na łamach" takes another case: not read).
POLISH_FIRST = re.compile(
    r"^[(\[]?\s*(?:(?:ten\s+)?(?:tekst|artykuł|materiał|wywiad|reportaż|felieton|komentarz)\s+"
    r"(?:ukazał|został|był)\s+(?:się\s+)?(?:pierwotnie\s+|po\s+raz\s+pierwszy\s+|"
    r"wcześniej\s+)?(?:opublikowany\s+)?|(?:pierwotnie|po\s+raz\s+pierwszy)\s+"
    r"(?:opublikowano|ukazał\s+się)\s+)"
    r"(?:w|we)\s+[„\"«]?(?P<who>[^\n„”\"«»]{2,60}?)[”\"»]?\s*[)\]]?[.]?"
    # "… w „The Guardian”. Tłumaczenie: Anna Nowak.": the translator's credit after it
    r"(?:\s+(?:tłumaczenie|tłum\.|przekład|przeł\.|opracowanie)\s*:?\s*[^\n]{2,60})?$",
    FLAGS,
)

#: Czech and Slovak: "Článek původně vyšel v Libereckém deníku", "Rozhovor byl poprvé
#: publikován v Hospodářských novinách", "Článok pôvodne vyšiel v Denníku N": "v" and the
#: locative, turned back by ``czech_slovak_nominative``; "v deníku Právo" (the kind, then the
#: name as written) reads the same. The name opens in capitals or in quotes ("v roce 2019",
#: "v angličtině", "v tištěném vydání" say when or how, not where).
CZECH_SLOVAK_FIRST = re.compile(
    r"^[(\[]?\s*(?:(?:tento\s+)?(?:článek|článok|text|rozhovor|komentář|komentár|"
    r"reportáž|sloupek|stĺpček|esej|recenze|recenzia|materiál)\s+)?(?:byl[ao]?\s+|bol[ao]?\s+)?"
    r"(?:původně|poprvé|nejprve|pôvodne|prvýkrát|najprv)\s+(?:vyšel|vyšla|vyšlo|vyšiel|"
    r"publikován[ao]?|publikovan[ýáé]|zveřejněn[ao]?|zverejnen[ýáé]|uveřejněn[ao]?|"
    r"uverejnen[ýáé])\s+(?:v|ve)\s+(?P<who>(?-i:[„\"«]|[A-ZÁČĎÉĚÍĽĹŇÓÔŘŔŠŤÚŮÝŽ]|"
    r"(?:deník|týdeník|časopis|měsíčník|denník|týždenník|mesačník)\w*\s)"
    r"[^\n„“”\"«»,;:()]{1,60}?[“”\"»]?)\s*[.]?\s*[)\]]?[.]?$",
    FLAGS,
)

#: The adverbs without one of which CZECH_SLOVAK_FIRST cannot match (its cheap look first).
CZECH_SLOVAK_WORDS = ("původně", "poprvé", "nejprve", "pôvodne", "prvýkrát", "najprv")

#: The kind of publication before a name in Slavic credits, in the cases the credits put it
#: in ("газеты «…»", "deníku …", "dziennika „…”", "agencji …"); in lower case only:
#: "Gazeta Wyborcza" is a name.
SLAVIC_KINDS = (
    r"(?:газет[аыеуо]й?|журнал[аеу]?|агентств[оаеу]|издани[еяю]|сайт[аеу]?|портал[аеу]?|"
    r"газет[иі]|видання|виданні|агенці[їяю]|"
    # Ukrainian's locatives after "на", "в": "на сайті «Дзеркало тижня»", "в журналі …"
    r"сайті|порталі|журналі|телеканалі|"
    # "Источник: телеканал «Звезда»": a broadcaster's kind before its name
    r"телеканал[аеу]?|радиостанци[яиюей]|телекомпани[яиюей]|радіостанці[яїю]|"
    r"den[ií]k(?:u|em)?|časopis(?:u|em)?|agentur[ayu]|týden[ií]k(?:u|em)?|web(?:u|em)?|"
    r"dziennik(?:a|u|iem)?|gazet[ayę]|tygodnik(?:a|u)?|agencj[aię]|portal(?:u|em)?|"
    r"serwis(?:u|em)?|redakcj[aię])"
)
_CZECH_POLISH_LEADS = r"(?:převzato\s+(?:z|ze|od)|(?:artykuł|tekst|materiał)\s+pochodzi\s+z)"
#: Leads that only ever open a credit line in Czech and Polish, then the kind of publication
#: and its name: "Převzato z deníku Přístavní listy", "Artykuł pochodzi z dziennika „Gazeta
#: Portowa”" (the kind goes: names.without_kind). A line that goes on after the name
#: ("Podle deníku X rada hlasovala …") is a sentence that mentions it.
SLAVIC_LEADS = re.compile(
    r"^[(\[]?\s*" + _CZECH_POLISH_LEADS + r"\s+(?P<who>(?-i:" + SLAVIC_KINDS + r")\s+"
    r"[^\n,;:]{2,60}?)\s*[)\]]?[.]?$",
    FLAGS,
)
#: The same leads without a kind: "Převzato z Facebooku" names a platform, so only a name
#: reading as an outlet's counts (Trust.OUTLET).
SLAVIC_LEADS_BARE = re.compile(
    r"^[(\[]?\s*" + _CZECH_POLISH_LEADS + r"\s+(?P<who>[^\n,;:]{2,60}?)\s*[)\]]?[.]?$", FLAGS
)
#: "По сообщению Интерфакса", "За повідомленням Укрінформу", "Na podstawie informacji agencji
#: Reutera": by the report of X, the name in the genitive. Ministries and police report too
#: ("По сообщению МЧС"): only a name reading as an outlet's counts (Trust.OUTLET).
SLAVIC_REPORTED = re.compile(
    r"^[(\[]?\s*(?:по\s+сообщению|за\s+повідомленням|na\s+podstawie\s+(?:informacji|"
    r"materiałów))\s+(?P<who>[^\n,;:]{2,60}?)\s*[)\]]?[.]?$",
    FLAGS,
)

#: Words the leads cannot match without (a cheap look first: line_readers/runs.py, speed).
HINTS: dict[re.Pattern[str], tuple[str, ...]] = {
    SLAVIC_LEADS: ("převzato", "pochodzi"),
    SLAVIC_LEADS_BARE: ("převzato", "pochodzi"),
    SLAVIC_REPORTED: ("сообщению", "повідомленням", "podstawie"),
}

#: Genitive and other case endings of Slavic nouns, longest first: "Интерфакса" ->
#: "Интерфакс", "Укрінформу" -> "Укрінформ", "Reutera" -> "Reuter".
_CASE_ENDINGS = ("ого", "ому", "ой", "ом", "а", "я", "у", "ю", "е", "і", "owi", "em", "a", "u")


def stems(word: str) -> list[str]:
    """``word`` without each case ending it may carry (a stem of four letters at least)."""
    found = [
        word[: -len(ending)]
        for ending in _CASE_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= 4
    ]
    # A feminine name's genitive: "редакции «Медузы»" -> "Медуза", "Кореи" -> "Корея".
    if word[-1:] in ("ы", "и") and len(word) >= 5:
        found += [word[:-1] + "а", word[:-1] + "я"]
    return found


#: Polish locative endings of a paper's adjectives and their nominatives, longest first:
#: feminine "Wyborczej" -> "Wyborcza", "Krakowskiej" -> "Krakowska"; masculine (or neuter)
#: "Powszechnym" -> "Powszechny", "Szczecińskim" -> "Szczeciński". Their gender is the noun's.
_ADJECTIVE_ENDINGS = {
    "feminine": (("kiej", "ka"), ("giej", "ga"), ("ej", "a")),
    "masculine": (("kim", "ki"), ("gim", "gi"), ("ym", "y"), ("im", "i")),
}
#: Locative endings of nouns and their nominatives by the gender the adjective beside them
#: gives, longest first: "Gazecie", "Kulturze", "Polityce" (feminine); "Kurierze",
#: "Przeglądzie", "Głosie", "Dzienniku", "Fakcie" (masculine). A noun alone is read as the
#: endings it can only have ("Fakcie", "Dzienniku") or as feminine ("Gazecie"), as most
#: one-word mastheads in the locative are.
_NOUN_ENDINGS = {
    "feminine": (("dzie", "da"), ("cie", "ta"), ("rze", "ra"), ("sie", "sa"), ("ce", "ka")),
    "masculine": (
        ("kcie", "kt"),
        ("rze", "r"),
        ("dzie", "d"),
        ("sie", "s"),
        ("nie", "n"),
        ("ku", "k"),
    ),
    "": (("kcie", "kt"), ("dzie", "da"), ("cie", "ta"), ("ku", "k"), ("ce", "ka")),
}


def nominative(name: str) -> str:
    """``name`` with each word's regular Polish locative ending turned back: "Gazecie
    Wyborczej" -> "Gazeta Wyborcza", "Kurierze Szczecińskim" -> "Kurier Szczeciński" (the
    adjective's ending says the noun's gender, which its own ending often does not)."""
    words = name.split()
    gender = next(
        (
            kind
            for word in words
            for kind, endings in _ADJECTIVE_ENDINGS.items()
            if _turned(word, endings) != word
        ),
        "",
    )
    adjectives = [*_ADJECTIVE_ENDINGS["feminine"], *_ADJECTIVE_ENDINGS["masculine"]]
    out = []
    for word in words:
        turned = _turned(word, adjectives)
        out.append(turned if turned != word else _turned(word, _NOUN_ENDINGS[gender]))
    return " ".join(out)


def _turned(
    word: str, endings: tuple[tuple[str, str], ...] | list[tuple[str, str]], stem: int = 2
) -> str:
    """``word`` with the first of ``endings`` it ends in turned back, keeping a stem of
    ``stem`` letters at least; as written when none fits."""
    for ending, base in endings:
        if len(word) - len(ending) >= stem and word.endswith(ending):
            return word[: -len(ending)] + base
    return word


#: Genitive endings of Polish names and their nominatives, longest first: "Bałtyckiego" ->
#: "Bałtycki", "Nowego" -> "Nowy", "Polskiej" -> "Polska", "Wyborczej" -> "Wyborcza",
#: "Polityki" -> "Polityka", "Gazety" -> "Gazeta", "Dziennika" -> "Dziennik", "Głosu" ->
#: "Głos".
_GENITIVE_ENDINGS = (
    ("kiego", "ki"),
    ("giego", "gi"),
    ("ego", "y"),
    ("iej", "a"),
    ("ej", "a"),
    ("ki", "ka"),
    ("gi", "ga"),
    ("y", "a"),
    ("a", ""),
    ("u", ""),
)


def polish_nominative_of_genitive(name: str) -> str:
    """``name`` in the genitive ("za zgodą redakcji „Dziennika Bałtyckiego”") turned back to
    the nominative its masthead carries, word by word (regular endings only)."""
    words: list[str] = []
    for word in name.split(" "):
        core = word.strip('„”"“')
        for ending, nominative_ending in _GENITIVE_ENDINGS:
            # A masculine head noun drops its "-a", an adjective after it keeps its own
            # ("Newsweeka Polska": Newsweek Polska).
            if ending in ("a", "u") and any(w.strip('„”"“')[:1].isupper() for w in words):
                continue
            if core[:1].isupper() and core.endswith(ending) and len(core) - len(ending) >= 3:
                word = word.replace(core, core[: -len(ending)] + nominative_ending)
                break
        words.append(word)
    return " ".join(words)


#: A German adjective in a paper's name, declined after "in der", "im", "des", "den": its
#: stem ends as German adjectives do ("Allgemeinen", "Süddeutschen", "Neuen", "Freien",
#: "Unabhängigen", "Märkischen"), never as an English word in "-en" ("Golden", "Aspen").
_GERMAN_DECLINED = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß-]*(?:isch|lich|ig|sch|ein|eu|ei|al|ell|ür|ert)en$"
)
#: The head nouns of German papers' names that are feminine or plural, so that their
#: adjectives' nominative ends in "-e": "in der Rheinischen Post" -> "Rheinische Post".
_FEMININE_HEADS = frozenset(
    {"zeitung", "post", "rundschau", "presse", "welt", "zeit", "allgemeine", "nachrichten"}
    | {"stimme", "volksstimme", "landeszeitung", "tageszeitung", "wochenzeitung", "revue"}
)


def german_nominatives(name: str) -> list[str]:
    """``name`` as it stands in the nominative, if a credit's article declined it: every
    adjective before the head noun drops the "-n" of its weak ending ("der Frankfurter
    Allgemeinen Zeitung" -> "Frankfurter Allgemeine Zeitung"), or takes the strong ending of a
    masculine or neuter head ("im Neuen Deutschland" -> "Neues Deutschland", "im Fränkischen
    Tag" -> "Fränkischer Tag"); a genitive head drops its "-s" ("des Fränkischen Tages"). Each
    reading, for the table to choose; none when no word is declined."""
    words = name.split()
    if len(words) < 2 or words[-1][:1].islower():
        return []
    declined = [i for i, w in enumerate(words[:-1]) if w.endswith("en") and w[:1].isupper()]
    if not declined:
        return []
    found = []
    for ending in ("e", "es", "er"):
        turned = [w[:-2] + ending if i in declined else w for i, w in enumerate(words)]
        found.append(" ".join(turned))
        head = turned[-1]
        if head.endswith("s") and len(head) > 5:
            found.append(" ".join([*turned[:-1], head[:-2] if head.endswith("es") else head[:-1]]))
    return found


def german_feminine(name: str) -> str:
    """``name`` in the nominative when its head is a feminine or plural paper's noun and its
    adjectives read as declined German ones ("Wendländer Allgemeinen Zeitung" -> "Wendländer
    Allgemeine Zeitung"); else as written."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in _FEMININE_HEADS:
        return name
    if not any(_GERMAN_DECLINED.match(w) for w in words[:-1]):
        return name
    adjectives = [w[:-1] if _GERMAN_DECLINED.match(w) else w for w in words[:-1]]
    return " ".join([*adjectives, words[-1]])


#: The locative of a Czech or Slovak paper's head noun, its nominative and the class of
#: agreement its adjectives follow ("v Mladé frontě" -> "Mladá fronta": feminine), longest
#: first. A masculine noun's "-u" goes only after the consonants mastheads end in ("deníku",
#: "Blesku", "Respektu", "Reflexu"): a neuter noun's "-u" ("v Právu") is "-o", and is left.
_HEADS = (
    ("ách", "y", "plural"),  # novinách -> noviny
    ("ech", "y", "plural"),  # listech -> listy
    ("ě", "a", "feminine"),  # frontě -> fronta
    ("ku", "k", "masculine"),  # deníku, Blesku, Denníku -> deník, Blesk, Denník
    ("tu", "t", "masculine"),  # Respektu -> Respekt
    ("xu", "x", "masculine"),  # Reflexu -> Reflex
    ("su", "s", "masculine"),  # Expresu -> Expres
)
#: Adjective endings before such a head, by its class: Czech hard and soft, then Slovak.
_ADJECTIVES = {
    "plural": (("ých", "é"), ("ích", "í"), ("ych", "e")),  # Lidových, Přístavních, Hospodárskych
    "feminine": (("é", "á"), ("ej", "á")),  # Mladé, Slovenskej
    "masculine": (("ém", "ý"), ("ím", "í"), ("om", "ý")),  # Libereckém, Večerním, Novom
}


def czech_slovak_nominative(name: str) -> str:
    """``name`` in the locative ("Libereckém deníku", "Mladé frontě DNES", "Denníku N") back in
    the nominative of its masthead, by regular endings only: the head noun (the last word in
    lower-case letters) decides the adjectives' ending; the words after it stay ("DNES",
    "N"); a head of any other ending leaves the name as written."""
    words = name.split()
    heads = [i for i, w in enumerate(words) if len(w) > 2 and w[1:].islower() and w.isalpha()]
    if not heads:
        return name
    head = heads[-1]
    found = next(
        (h for h in _HEADS if words[head].endswith(h[0]) and len(words[head]) > len(h[0]) + 2),
        None,
    )
    if found is None:
        return name
    ending, base, kind = found
    adjectives = [_turned(word, _ADJECTIVES[kind], stem=3) for word in words[:head]]
    return " ".join([*adjectives, words[head][: -len(ending)] + base, *words[head + 1 :]])
