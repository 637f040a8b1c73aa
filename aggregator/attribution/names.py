"""Names the publisher table lacks: how sure a credit must be, whether a name reads as an
outlet, and the cleaned form it is published in (issue 14: the table is no gate)."""

# ruff: noqa: RUF001, RUF003  (dashes and letters of other scripts are meant)

from __future__ import annotations

import re
from enum import IntEnum

from aggregator.attribution.conventions.classifiers import without_classifier
from aggregator.attribution.conventions.company_forms import LEGAL_FORMS, REGISTRATION
from aggregator.attribution.conventions.inflected import SLAVIC_KINDS
from aggregator.attribution.conventions.name_words import channel_number
from aggregator.attribution.conventions.station_words import ends_outlet
from aggregator.attribution.name_shapes import without_desk
from aggregator.extract.outletnames import OUTLET_WORDS
from aggregator.extract.personnames import GIVEN_NAMES


class Trust(IntEnum):
    """How much a credit's wording vouches for a name the table lacks."""

    #: only a table publisher counts ("— AP", a byline, a bare name on the last line)
    KNOWN = 0
    #: an agency tag or a name reading as an outlet ("Montpellier (SID) –")
    TAG = 1
    #: a name reading as an outlet, or a domain ("… on Monday. — The Evening Courier")
    OUTLET = 2
    #: any capitalised name after a credit label ("Source: Motorline Asia")
    NAMED = 3
    #: the leading capitalised words of any phrase ("This story first appeared on …")
    STRONG = 4


#: Capitals of the cased scripts agencies sign in: Latin, Greek, Cyrillic.
_CAPITALS = "A-ZΑ-ΩΆΈΉΊΌΎΏА-ЯЁЄІЇЎ"
# Three letters at least: "(BA)" after a paragraph is a reporter's initials. Two agencies'
# tags joined by a hyphen are one ("ΑΠΕ-ΜΠΕ", the Athens-Macedonian News Agency).
# Arabic writes an agency's initials as single letters apart: "و م ع" (MAP), "أ ش أ" (MENA),
# "أ ف ب" (AFP); three of them at least, as in the cased scripts.
_AGENCY_TAG = re.compile(
    rf"^(?:[{_CAPITALS}]{{3,8}}(?:-[{_CAPITALS}]{{2,8}})?|[a-z]{{3,4}}|[ء-ي](?: [ء-ي]){{2,3}})"
    r"(?:/[A-Za-z]{2,8})*$"
)
#: What a name the table lacks carries after it: years, dates, company forms, rights.
_TRAILER = re.compile(
    r"(?:[\s,.]+(?:\d{1,4}(?:[./-]\d{1,4}){0,2}|all rights reserved|tous droits réservés|"
    r"todos los derechos reservados|alle rechte vorbehalten|todos os direitos reservados|"
    r"tutti i diritti riservati|riproduzione riservata|tüm hakları saklıdır|"
    r"hak cipta dilindungi(?: undang-undang)?|ltd|limited|inc|llc|plc|corp|"
    # "来源：Harbour Ledger 2026年3月4日": a date written the Chinese and Japanese way
    r"\d{2,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日|"
    r"gmbh|pvt|pty|s\.?a|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|"
    # "Star Media Group Berhad (10894-D)": more legal forms and a registration number, after
    # a space only ("aftonbladet.se" is a domain)
    rf"(?:\s+|\s*,\s*)(?:{LEGAL_FORMS}|{REGISTRATION})\.?)+\s*$",
    re.IGNORECASE,
)


# Words that name an institution: "Source: Ministry of Health" cites where figures come from,
# it never names a story's publisher (issue 14). A name with one of them is no outlet unless
# a word like News or Times says it is ("Health Ministry News").
_INSTITUTION_WORDS = frozenset(
    """
    ministry ministries minister department dept government govt office police council court
    courts university college school institute institution organization organisation
    association federation commission committee authority authorities board parliament
    senate congress assembly hospital clinic survey statistics statistical census bank fund
    programme program embassy consulate municipality municipal county state agency agencies
    museum museums gallery library archive archives foundation foundations society charity
    trust zoo observatory laboratory
    musée musee fondation museo museu fundación fundacion fundação fundacao stiftung
    ministère ministere gouvernement préfecture prefecture mairie université universite
    institut ministerio gobierno ayuntamiento universidad instituto policía policia
    ministério governo prefeitura universidade
    ministerium bundesministerium regierung polizei behörde behoerde amt bundesamt landesamt
    universität universitaet
    ministero governo regione comune prefettura questura polizia università universita
    bakanlığı bakanlik bakanlığı valiliği belediyesi üniversitesi universitesi emniyet
    kementerian pemerintah kepolisian universitas dinas
    وزارة الوزارة الحكومة حكومة الشرطة جامعة هيئة وزارت حکومت پولیس جامعہ
    الجهاز الإحصاء للإحصاء والإحصاء الاحصاء للاحصاء والاحصاء
    मंत्रालय सरकार पुलिस विश्वविद्यालय विभाग
    ادارہ شماریات
    آمار دانشگاه شهرداری استانداری فرمانداری وزارتخانه
    পরিসংখ্যান ব্যুরো মন্ত্রণালয় অধিদপ্তর অধিদফতর সরকার পুলিশ বিশ্ববিদ্যালয়
    ministerie ministeriet ministeriö ministerstwo ministerstvo министерство міністерство
    υπουργείο משרד وزارت universiteit universitet yliopisto uniwersytet университет
    gemeente kommune kommun politie polisen poliisi policja полиция regering rijksoverheid
    statistiek statistik statistique statistiques estadística estadistica estatística
    estatistica statistica statistisk tilastokeskus
    secretaria secretaría secretariat secretariado secretaría secrétariat
    ministerul guvernul primăria primaria spitalul universitatea institutul poliția politia
    ministarstvo vlada policija sveučilište sveuciliste zavod bolnica općina opcina opština
    opstina univerzitet министарство влада полиција завод
    minisztérium miniszterium kormány kormany rendőrség rendorseg egyetem hivatal kórház
    korhaz önkormányzat
    vláda vlada policie univerzita úřad urad nemocnice ministerstwa urząd urzad szpital
    уряд поліція університет лікарня
    banco banca banka bankası
    ajuntament generalitat departament ministeri govern diputació conselleria universitat
    mossos concello xunta consellería goberno udala jaurlaritza unibertsitatea ertzaintza
    ministria bashkia qeveria universiteti instituti spitali kagawaran pamahalaan
    pamahalaang munisipyo pulisya kapulisan unibersidad ospital ma'aikatar gwamnatin
    hukumar rundunar jami'ar asibitin majalisar ሚኒስቴር መንግስት ፖሊስ ዩኒቨርሲቲ ኮሚሽን
    община общината правителство министерството болница departementet politiet
    regjeringen sykehus universitetet direktoratet משטרת עיריית ממשלת אוניברסיטת רשות
    úrad polícia nemocnica llywodraeth cyngor prifysgol heddlu rialtas comhairle ollscoil
    vazirligi nazirliyi სამინისტრო მთავრობა
        """.split()  # noqa: SIM905  (a word list reads better as words)
)
#: Outlet words that still name an outlet beside an institution word ("Emirates News Agency").
_STRONG_OUTLET_WORDS = OUTLET_WORDS - {"agency", "agência", "agencia", "agence", "agentur"}
_STRONG_OUTLET_WORDS -= {"ltd", "limited", "inc", "llc", "plc", "gmbh", "group", "report"}
_STRONG_OUTLET_WORDS -= {"record", "register", "review", "today", "world", "republic"}


def institution_like(name: str) -> bool:
    """Whether ``name`` reads as a ministry, police force, university or other institution
    rather than a publication ("Ministry of Health", "World Health Organization")."""
    # Split on spaces and punctuation, not on the vowel signs of Indic scripts ("मंत्रालय").
    words = [w.casefold().strip(".'’") for w in re.findall(r"[^\s,;:()\[\]/&|!?\"“”«»]+", name)]
    if not any(w in _INSTITUTION_WORDS for w in words):
        return False
    return not any(w in _STRONG_OUTLET_WORDS for w in words)


def agency_tag(name: str) -> bool:
    """Whether ``name`` reads as a news agency's tag: "SID", "dts", "KNA/iz"."""
    return bool(_AGENCY_TAG.match(name.strip()))


#: Thai, Japanese and Korean sites write "online" onto the paper's name ("ไทยรัฐออนไลน์",
#: "毎日新聞オンライン"): the site of that paper, which published the story. In Japanese and
#: Korean only after a newspaper's word: "東洋経済オンライン" is a web outlet's own name.
_GLUED_ONLINE = re.compile(r"(?<=\S\S)ออนไลน์$|(?<=新聞|日報|新報|신문|일보)(?:オンライン|온라인)$")


#: The reporter or editor a Chinese, Japanese or Korean source line names after the outlet:
#: "新京报 记者 王晓明 编辑 李娜", "読売新聞 記者 山田太郎", "매일경제 김철수 기자".
_REPORTER_TAIL = re.compile(
    r"(?<=\S)\s+(?:(?:记者|記者|编辑|編輯|责任编辑|責任編輯|通讯员|通訊員|실습기자)\s.*"
    r"|[가-힣]{2,4}\s*(?:기자|특파원|객원기자|인턴기자|선임기자)(?:\s+[\w.@-]+@[\w.-]+)?)$"
)

#: A Korean copyright notice's lead before its holder: "저작권자 ⓒ 동남일보".
_RIGHTS_LEAD = re.compile(r"^(?:저작권자|版權所有|版权所有)\s*[ⓒ©]?\s*(?=\S)")

#: A WeChat account is written after the platform's word ("来源：微信公众号东江晚报", "微信公众号
#: “大理日报”", "WeChat official account Harbour Daily"): the account, as written, is the outlet.
_ACCOUNT_LEAD = re.compile(
    r"^(?:微信公众号|微信公眾號|微信公众平台|公众号|公眾號|微信号|微信號|"
    r"(?i:wechat\s+(?:official\s+|public\s+)?account))\s*[:：]?\s*[“「『\"]?(?=[^\s”」』\"])"
)


def cleaned(name: str) -> str:
    """``name`` without trailing years, dates, company forms and rights notices, without
    the sentence's lower-case "the" ("first appeared in the Kestrel Bugle"), without its
    staff or desk ("By Harbour Ledger Staff", "Harbour Ledger Business Desk" name Harbour
    Ledger) and without the reporter named after it ("매일경제 김철수 기자")."""
    name = re.sub(r"^(?:the|le|la|les|el|los|las|der|die|das)\s+(?=\S)", "", name.strip())
    name = _GLUED_ONLINE.sub("", name)
    name = without_desk(name)
    name = _REPORTER_TAIL.sub("", name)
    name = _RIGHTS_LEAD.sub("", name)
    if _ACCOUNT_LEAD.match(name):
        name = _ACCOUNT_LEAD.sub("", name).rstrip('”」』"')
    if channel_number(name.split()):
        return name  # "KARE 11", "KHMA News 9": the channel number is no date
    return _TRAILER.sub("", name).strip(" ,.;:-–—|") or name.strip()


def person_like(name: str, given_names: frozenset[str] = GIVEN_NAMES) -> bool:
    """Whether ``name`` reads as a person's: two or three capitalised words, the first a
    common given name, no outlet word ("Jane Doe", not "Jane's Defence Weekly"). The broad
    list by default; a caller whose wording vouches for a publication passes the common one."""
    words = name.strip(" .").split()
    if not 2 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    parts = [p.casefold() for w in words for p in w.split("-")]
    if ends_outlet(parts):
        return False  # "Hope FM", "Nova Gazeta": a station's or a paper's word ends the name
    return words[0].casefold() in given_names and not any(p in OUTLET_WORDS for p in parts)


#: What stands before an outlet's name in a credit and is no part of it: the paper's print
#: edition ("the print edition of", "Printausgabe der", "l'édition imprimée de"), and in
#: Slavic and Vietnamese credits the kind of publication (inflected.SLAVIC_KINDS, "Theo báo
#: Tuổi Trẻ").
_KIND_BEFORE_NAME = re.compile(
    r"^(?:(?i:(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:print|printed|paper|e-paper|epaper)\s+"
    r"(?:edition|version|issue)|print-?ausgabe|druckausgabe|zeitungsausgabe|"
    r"(?:l['’])?édition\s+(?:imprimée|papier)|(?:la\s+)?version\s+papier|"
    r"(?:la\s+)?edición\s+impresa|(?:a\s+)?edição\s+impressa|(?:l['’])?edizione\s+cartacea)"
    r"(?i:\s+(?:of|der|des|von|vom|de\s+la|de|du|del|do|da|di|della|dello)\b|\s+d['’])\s*|"
    # "first published in print in the Lakeshore Ledger" (lower case: "The Print" is a name)
    r"print\s+(?:in|by)\s+(?:the\s+)?(?=[A-Z])|"
    r"(?:" + SLAVIC_KINDS + r"|báo|tờ\s+báo|tạp\s+chí|hãng\s+tin|hãng\s+thông\s+tấn)"
    r"\s+(?=[«„\"“\w])|"
    # "in der Wochenzeitung „der Freitag“": German's kind noun before a quoted name
    r"(?:(?:Wochen|Tages|Monats|Sonntags)?(?:zeitung|Zeitung)|Zeitschrift|"
    r"(?:Nachrichten|Wochen|Online)?(?:magazin|Magazin)|Wochenblatt)\s+(?=[„«\"“])|"
    # "the Cochabamba daily Opinión", "the Swiss weekly Die Weltwoche", "the business daily
    # Handelsblatt": English puts a place, a nation or a field before the kind of paper
    r"(?:the|a|an)\s+(?:[\w'’-]+\s+){1,2}?(?:newspaper|paper|weekly|daily|magazine|tabloid|"
    r"broadsheet|monthly|news\s+agency|news\s+site|news\s+website|newsletter|broadcaster)"
    r"\s+(?=[«„\"“A-ZÀ-Þ])|"
    # "dans le quotidien Le Télégramme", "no jornal O Globo", "al setmanari El Pou": a Romance
    # or English kind of paper in lower case, its article before it, a capital after it
    r"(?:(?:le|la|l['’]|les|el|il|lo|o|a|the)\s+)?(?:quotidien|hebdomadaire|journal|mensuel|"
    r"diario|periódico|semanario|jornal|semanário|giornale|quotidiano|settimanale|diari|"
    r"setmanari|periòdic|newspaper|weekly|daily)\s+(?=[«„\"“A-ZÀ-Þ])|"
    # "士嘉堡社区报《Scarborough Bluffs Ledger》": Chinese and Japanese describe a paper, its
    # kind last, before its title in marks
    r"[\u4e00-\u9fff]{0,10}?(?:报|報|刊|杂志|雜誌|网|網|台|社|新聞|新闻)(?=[《「『〈]))"
)
#: A name given in quotation marks is the whole name, lower-case words and all ("«Морской
#: вестник»", "„der Freitag“ erschienen": a sentence's verb may follow); a credit's pattern
#: may have eaten the closing mark.
#: Chinese and Japanese mark a publication's title with 《》, 〈〉, 『』 or 「」
#: ("稿件来源：《东江晚报》", "出典：「北浜新報」"): the marks go, the name stays.
QUOTED_NAME = re.compile(
    r"^(?:(?:der|die|das|dem|den|the|le|la|les|el|los|las|il|lo|o|a)\s+)?"
    r"[«„“\"‚《〈「『【]\s*([^«»„“”\"\n《》〈〉「」『』【】]{2,60}?)\s*"
    r"(?:[»”“\"‘》〉」』】](?=[\s.,;:)。，、；：）]|$)|$)"
)
#: Where a story may be found, not who published it: "Source: Internet", "Quelle: Internet",
#: "ที่มา: ออนไลน์" (online), "First published in print on March 4".
_MEDIUM = re.compile(
    r"^(?:(?i:the\s+)?(?i:internet|web|world\s+wide\s+web|online|social\s+media|"
    r"интернет|інтернет|internetu?|ออนไลน์|อินเทอร์เน็ต|インターネット|网络|網路|互联网|인터넷)|"
    # in lower case only: "The Print" is an outlet's name
    r"print(?:\s+(?:edition|version|issue))?)(?:\s+(?i:on|in|at|of|dated|page)\b[^\n]*)?$"
)


def without_kind(who: str) -> str:
    """``who`` without the print edition or the kind of publication before the name (in a
    script without case: conventions.classifiers)."""
    return _KIND_BEFORE_NAME.sub("", without_classifier(who), count=1) if who else who


def a_medium(who: str) -> bool:
    """Whether ``who`` names a medium ("Internet", "online", "print"), no publisher."""
    return _MEDIUM.match(who.strip(" .:;,()[]")) is not None


#: Picture agencies sell photographs, never stories: "Quelle: Automedia" under a car maker's
#: spy shots, "Source: Getty Images" credit the pictures of the site's own story. The spy-shot
#: agencies of the motoring press and the stock and press-photo libraries.
_PICTURE_AGENCY = re.compile(
    r"^(?:automedia|carpix|sb-medien|s\.\s*baldauf|kgp\s+photography|"
    r"getty(?:\s+images)?|shutterstock|alamy|istock(?:photo)?|imago(?:\s+images)?|"
    r"picture[\s-]alliance|ullstein\s+bild|dreamstime|adobe\s+stock|depositphotos|123rf|"
    r"unsplash|pexels|pixabay|zuma\s+press|abaca\s*press|eyevine|scanpix|bildagentur[\w\s-]*)"
    r"(?:\s*/\s*[^\n]{1,40})?$",
    re.IGNORECASE,
)


def a_picture_agency(who: str) -> bool:
    """Whether ``who`` names a picture agency, whose credit is a photograph's, not a story's."""
    return _PICTURE_AGENCY.match(who.strip(" .:;,()[]")) is not None


#: A language after "translated from" ("Vertaald uit het Engels", "Translated from the
#: French", "Traducido del inglés", "Übersetzt aus dem Englischen"): no publisher.
#: Languages by their names in English and the languages of the sites that translate most.
_LANGUAGE_NAMES = (
    r"(?:english|engels|englisch(?:en)?|"
    r"inglés|ingles|anglais|inglese|inglês|french|frans|französisch(?:en)?|francés|francés|"
    r"français|francese|francês|german|duits|deutsch(?:en)?|alemán|allemand|tedesco|alemão|"
    r"spanish|spaans|spanisch(?:en)?|español|espagnol|spagnolo|espanhol|russian|russisch(?:en)?|"
    r"ruso|russe|russo|chinese|chinees|chinesisch(?:en)?|chino|chinois|cinese|chinês|"
    r"arabic|arabisch(?:en)?|árabe|arabe|arabo|italian|italiaans|italienisch(?:en)?|"
    r"italiano|italien|portuguese|portugees|portugiesisch(?:en)?|portugués|portugais|"
    r"portoghese|português|japanese|japans|japanisch(?:en)?|japonés|japonais|giapponese|"
    r"ukrainian|oekraïens|ukrainisch(?:en)?|ucraniano|ukrainien|ucraino|"
    r"polish|polnisch(?:en)?|polaco|polonais|polacco|polonês|dutch|niederländisch(?:en)?|"
    r"turkish|türkisch(?:en)?|turco|turc|catalan|catalán|català|hebrew|hebräisch(?:en)?|"
    r"korean|greek|swedish|norwegian|danish|finnish|czech|hungarian|romanian|indonesian|"
    r"vietnamese|persian|farsi|urdu|hindi|bengali|swahili)"
)
_LANGUAGE = re.compile(
    r"^(?:(?:the|het|de|dem|der|le|l['’]|el|il|o|lo)\s*)?(?:"
    + _LANGUAGE_NAMES
    + r"|original|originale)$",
    re.IGNORECASE,
)
#: A language before the outlet in a note of where a piece first ran: "(first appeared in)
#: German in the Frankfurter Allgemeine", "(originally published in) Polish by Dziennik X".
_LANGUAGE_LEAD = re.compile(
    r"^(?:the\s+)?(?:original\s+)?" + _LANGUAGE_NAMES + r"\s+(?:(?:in|by|on|at|from)\s+)",
    re.IGNORECASE,
)


def without_language(who: str) -> str:
    """``who`` without a language written before it ("German in the Frankfurter Allgemeine")."""
    return _LANGUAGE_LEAD.sub("", who, count=1) if who else who


def a_language(who: str) -> bool:
    """Whether ``who`` names a language ("het Engels"), which publishes nothing."""
    return _LANGUAGE.match(who.strip(" .:;,()[]")) is not None
