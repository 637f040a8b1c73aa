"""Words that make a name read as a publication's (Times, Zeitung, Haber): extraction uses
them to tell a marked source from a photo library's name, attribution to accept a name
its table lacks."""

# ruff: noqa: RUF001  (letters of other scripts are meant)

from __future__ import annotations

import re

from aggregator.wordlists import bundled_table

#: Words that name a publication, in the languages the patterns read; a whole word of the
#: name must be one of them (or end in one: "Tagblatt", "Nachrichten").
OUTLET_WORDS = frozenset(
    """
    news newswire wire times post daily weekly herald courier journal gazette tribune press
    media review observer chronicle express star telegraph monitor magazine radio tv
    television network agency insider today report online digital mail standard
    guardian independent sun mirror voice bulletin dispatch record register sentinel
    examiner inquirer enquirer globe beacon leader ledger advertiser argus echo mercury
    courant call citizen eagle pioneer plain republic statesman world journalism blog
    tidings clarion bugle gleaner
    magazin zeitung tagblatt anzeiger nachrichten rundschau kurier presse allgemeine
    zeitschrift nouvelles quotidien hebdo journal actu actualités info infos diario
    matin soir
    periódico periodico noticias prensa gaceta semanario revista crónica cronica heraldo
    notícias jornal folha
    gazzetta giornale corriere notizie quotidiano cronaca oggi hoy hoje heute
    gazete gazetesi haber haberleri ajans ajansı medya
    berita kabar harian koran warta tribun
    balita pahayagan radyo
    zpravodaj kurýr kurír курьер кур'єр кур’єр куриер курир
    agência agencia agence agentur
    ltd limited inc llc plc gmbh group publishing publications verlag éditions ediciones
    أخبار الأخبار صحيفة جريدة اليوم الخليج
    اخبار روزنامہ نیوز ٹائمز
    समाचार टाइम्स न्यूज़ न्यूज खबर पत्रिका
    """.split()  # noqa: SIM905  (a word list reads better as words)
)
#: Languages that write words without spaces (or, in Korean, an outlet's word onto its
#: name): their phrasebook words end a name ("경남신문", "ไทยรัฐออนไลน์").
_UNSPACED = frozenset({"zh", "ja", "ko", "th", "lo", "km", "my"})


def _phrasebook_words() -> tuple[frozenset[str], frozenset[str]]:
    """The phrasebook's outlet words of the scripts other than Latin (the list above holds
    the Latin ones): those of spaced languages as words, those written onto a name as
    endings of two letters or more (aggregator/data/credit_phrases.toml)."""
    data = bundled_table("credit_phrases.toml")
    spaced: set[str] = set()
    unspaced: set[str] = set()
    for language, table in data.items():
        for word in table.get("outlet_words", []):
            word = word.casefold().strip()
            if not word or all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in word):
                continue  # Latin script: the list above
            if language in _UNSPACED:
                if len(word) >= 2:
                    unspaced.add(word)
            else:
                spaced.add(word)
    return frozenset(spaced), frozenset(unspaced)


_SPACED_WORDS, _UNSPACED_WORDS = _phrasebook_words()
OUTLET_WORDS = OUTLET_WORDS | _SPACED_WORDS
_OUTLET_ENDING = re.compile(
    "(?:" + "|".join(sorted((w for w in OUTLET_WORDS if len(w) > 4), key=len)) + ")$"
)


#: Chinese, Japanese and Korean write an outlet's word onto its name, with no space:
#: "毎日新聞", "北海道新聞", "新京报", "中国新闻网", "조선일보", "SBS뉴스" (a name ends in one).
_CJK_OUTLET_ENDING = re.compile(
    r"(?:新聞|新闻|新聞社|新闻社|新報|新报|日報|日报|晚報|晚报|時報|时报|早報|早报|商報|商报|"
    r"通信|通信社|通讯社|通訊社|放送|テレビ|ニュース|タイムズ|新闻网|新聞網|电视台|電視台|"
    r"[\u4e00-\u9fff]{2,}[报報]|신문|일보|뉴스|방송|통신|타임스|"
    # Thai writes its words without spaces too: "ไทยรัฐออนไลน์" (online), "ข่าวสด" (news)
    r"ออนไลน์|นิวส์|ทีวี)$|^ข่าว"
    + "|(?:"
    + "|".join(sorted(map(re.escape, _UNSPACED_WORDS), key=len, reverse=True))
    + ")$"
)


#: A service that supplies stories: "Local Democracy Reporting Service", "Features Service".
_SERVICE = re.compile(r"\b(?:reporting|news|wire|features?)\s+service\b", re.IGNORECASE)
_WORD = re.compile(r"[\w.'’\u064b-\u065f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f-]+")


def outlet_like(name: str) -> bool:
    """Whether ``name`` reads as a publication: a domain, or a word like Times or Zeitung."""
    if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}", name, re.IGNORECASE):
        return True
    if _CJK_OUTLET_ENDING.search(name.strip()):
        return True
    if "ervice" in name and _SERVICE.search(name):
        return True  # "Local Democracy Reporting Service", "Catholic News Service"
    # Words by their spaces: a \w run would cut Indic words at their vowel signs ("সংবাদ").
    words = [w.casefold().strip(".'’") for w in _WORD.findall(name)]
    # A channel's number written onto the word: "1News", "9News", "7NEWS", "10TV".
    words += [w.lstrip("0123456789") for w in words if w[:1].isdigit()]
    return any(w in OUTLET_WORDS or _OUTLET_ENDING.search(w) for w in words)
