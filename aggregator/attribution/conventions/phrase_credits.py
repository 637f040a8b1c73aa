"""Newsroom credit phrases in the languages the earlier patterns read in part or not at all
(issue 14, the third conventions round, family (d)), each written for the phrase its language
and its neighbours share, not for one site's wording:

- "first published in X": Dutch "Dit artikel verscheen eerder in de X", Polish "Tekst ukazał
  się pierwotnie w dzienniku „X”", Czech "Článek původně vyšel na serveru X", Croatian
  "Članak je izvorno objavljen na portalu X", Russian "Впервые опубликовано в газете «X»",
  Ukrainian "Вперше опубліковано у виданні «X»", Greek "Το άρθρο δημοσιεύθηκε αρχικά στην
  εφημερίδα «X»", Hungarian "A cikk eredetileg a X oldalán jelent meg", Swedish, Danish and
  Norwegian "Saken ble først publisert i X", Finnish "Jutun on alun perin julkaissut X",
  Malay and Indonesian "Artikel ini pertama kali disiarkan oleh X", Vietnamese "Bài viết được
  đăng lần đầu trên báo X", Swahili "Habari hii ilichapishwa kwa mara ya kwanza na gazeti la
  X", Arabic, Persian, Hebrew and Urdu with the paper's word before the name, Chinese
  "本文首发于《X》", Japanese and Korean reprint notes;
- "republished with permission": "This article appeared in X and is republished here with
  permission", "Nachdruck aus der X mit freundlicher Genehmigung", "Ripubblicato per gentile
  concessione di X", "Publicerad med tillstånd från X", "Bragt med tilladelse fra X",
  "Diterbitkan semula dengan kebenaran X", "Imechapishwa upya kwa idhini ya X", "أعيد نشره
  بإذن من صحيفة X", "本文经授权转载自X", "Xの許可を得て転載しています";
- "reprinted, excerpted, adapted or translated from": "Αναδημοσίευση από την εφημερίδα «X»",
  "X থেকে পুনঃপ্রকাশিত", "X से साभार", "Cet article est la traduction d'un article paru dans
  X", "Lược dịch từ X", "เรียบเรียงจาก X";
- "read the full story at X": "Retrouvez l'intégralité de cet article sur X", "Lees het
  volledige artikel op X", "Celý článek si přečtěte na webu X", "Citește articolul complet pe
  X", "A teljes cikket a X oldalon olvashatja", "Lue koko juttu: X", "Полностью читайте на
  сайте X", "อ่านข่าวฉบับเต็มได้ที่ X";
- "with information from X" in Romanian and Dutch.

After a paper's word in the locative ("w dzienniku", "na serveru", "в газете", "στην
εφημερίδα") a declining language gives the name in the nominative it is known by, so any
capitalised name there is read; without that word only the earlier patterns' undeclined names
are. The lines that look like these and credit no one (a translation from a language, "with
information from" a police force or ministry, a permission that names no one) are
``names_no_outlet``'s.

Read on short lines at the text's edges, beside it and ending its last paragraph, before the
other edge patterns (credits.whole_line): their wording is surer than a generic lead's.
"""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts and their punctuation are meant)

from __future__ import annotations

import re
from collections.abc import Callable

from aggregator.attribution.conventions.regex_parts import FLAGS
from aggregator.attribution.names import Trust, a_language, institution_like
from aggregator.extract.outletnames import outlet_like

#: Capital letters of the cased scripts the phrases are written in (Latin with its extensions
#: and Vietnamese letters, Greek, Cyrillic), taken from Unicode rather than listed.
_UPPER = "".join(
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
_OPEN = r"^[(\[«※*]?\s*"
_CLOSE = r"\s*[)\]»”\"]?\s*[.。۔।!]?$"
#: A name in a cased script: capitalised, a quotation ("„Kurier Nadwarciański”", "«…»"), or a
#: domain ("wartanews.pl"): "publisert i fjor" (last year) names no one.
_NAME = (
    r"(?P<who>(?-i:[" + _UPPER + r"0-9«„“\"‚])[^\n]{0,79}?|(?:https?://)?(?:www\.)?"
    r"(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?)"
)
#: A link or a domain alone: after "Lue koko juttu:" a headline may follow as well.
_LINK = r"(?P<who>(?:https?://|www\.)\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?)"
#: A name in a script without case, up to the words that close the phrase.
_PLAIN = r"(?P<who>(?!\d)[^\n.。،,:;«»\"“”״]{2,50}?)"


def _first(
    piece: str, aux: str, adverbs: str, verbs: str, preps: str, kinds: str, name: str = _NAME
) -> str:
    """The piece, an auxiliary, a verb of publishing with an adverb of first before or after
    it, a preposition, a paper's word (``kinds``: an empty string for none), then ``name``."""
    return (
        rf"{_OPEN}(?:{piece}\s+)?(?:{aux}\s+)?"
        rf"(?:{adverbs}\s+(?:{aux}\s+)?{verbs}|{verbs}\s+{adverbs})\s+{preps}\s+{kinds}{name}{_CLOSE}"
    )


def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


# --- "first published in X" --------------------------------------------------------------

#: Dutch: "Dit artikel verscheen eerder in de Kempener Courant", "Dit stuk is oorspronkelijk
#: gepubliceerd op Follow the Money" (the sentence's "de" goes, "De Telegraaf" keeps its own).
NL_FIRST = _compiled(
    _first(
        r"(?:dit|het|deze)\s+(?:artikel|stuk|verhaal|bericht|interview|opiniestuk|column|essay|"
        r"reportage|achtergrondverhaal)",
        r"(?:is|werd|was)",
        r"(?:eerder|eerst|oorspronkelijk|aanvankelijk|voor\s+het\s+eerst)",
        r"(?:verscheen|verschenen|gepubliceerd)",
        r"(?:in|op|bij|door)",
        r"(?-i:(?:de|het)\s+)?(?-i:(?:krant|dagblad|weekblad|tijdschrift|website|nieuwssite)\s+)?",
    )
)
#: Polish, Czech, Slovak, Croatian, Serbian and Slovene after the paper's word, the name in
#: the nominative: "Tekst pierwotnie opublikowano w serwisie wartanews.pl", "Článek původně
#: vyšel na serveru Jihočeský zpravodaj", "Članak je izvorno objavljen na portalu X" ("na
#: łamach Gazety", "na stronach X" put the name in the genitive: not read).
_WEST_SOUTH_SLAVIC = (
    r"(?:(?:ten|tento)\s+)?(?:tekst|artykuł|materiał|wywiad|reportaż|felieton|komentarz|"
    r"wpis|článek|článok|text|rozhovor|komentář|komentár|reportáž|příspěvek|príspevok|"
    r"članak|članek|intervju|prilog)",
    r"(?:został|została|zostało|był|była|było|byl|byla|bylo|bol|bola|bolo|je|bio\s+je|"
    r"je\s+bil|je\s+bila)",
    r"(?:pierwotnie|po\s+raz\s+pierwszy|oryginalnie|najpierw|wcześniej|původně|pôvodne|"
    r"poprvé|prvýkrát|nejprve|najprv|izvorno|prvotno|prvobitno|najprije|najprej|"
    r"prvi\s+put|prvič|originalno)",
    r"(?:opublikowano|opublikowany|opublikowana|opublikowane|ukazał\s+się|ukazała\s+się|"
    r"ukazało\s+się|vyšel|vyšla|vyšlo|vyšiel|vyšla|publikován|publikována|publikováno|"
    r"publikovaný|publikovaná|zveřejněn|zveřejněna|zveřejněno|uveřejněn|uveřejněna|"
    r"uverejnený|uverejnená|uverejnené|otištěn|otištěna|objavljen|objavljena|objavljeno|"
    r"izšel|izšla|objavljen\s+je)",
    r"(?:w|we|na|v|ve|vo|u)",
    r"(?:(?:internetowym|zpravodajském|zpravodajskom|internetovém|internetovom|"
    r"informacyjnym|spletnem|news)\s+)?(?-i:serwisie|portalu|dzienniku|gazecie|tygodniku|"
    r"miesięczniku|magazynie|kwartalniku|blogu|serveru|webu|webe|portálu|portáli|deníku|"
    r"denníku|týdeníku|týždenníku|časopise|časopisu|magazínu|dnevniku|listu|tjedniku|"
    r"tedniku|časniku|sajtu)\s+",
)
WEST_SOUTH_SLAVIC_FIRST = _compiled(_first(*_WEST_SOUTH_SLAVIC))
#: Russian and Ukrainian after the paper's word: "Впервые опубликовано в газете «X»",
#: "Материал впервые вышел на сайте X", "Вперше опубліковано у виданні «X»".
_EAST_SLAVIC = (
    r"(?:(?:эта|этот|данная|данный|ця|цей)\s+)?(?:статья|статтю|стаття|материал|матеріал|"
    r"текст|интервью|інтерв['’]ю|колонка|репортаж|публикация|публікація|заметка)",
    r"(?:был|была|было|був|була|було)",
    r"(?:впервые|первоначально|изначально|ранее|вперше|спочатку|першопочатково|раніше)",
    r"(?:опубликован|опубликована|опубликовано|опубликованы|опубліковано|опублікована|"
    r"опублікований|вышла|вышел|вышло|вийшла|вийшов|вийшло|появилась|появился|появилось|"
    r"з['’]явилася|з['’]явився|з['’]явилось|размещ[её]н|размещена|размещено|розміщено|"
    r"напечатан|напечатана|напечатано|надруковано|надрукована)",
    r"(?:в|во|на|у)",
    r"(?-i:газете|газеті|журнале|журналі|издании|виданні|сайте|сайті|портале|порталі|"
    r"еженедельнике|тижневику|агентстве|агенції|блоге|блозі)\s+",
)
EAST_SLAVIC_FIRST = _compiled(_first(*_EAST_SLAVIC))
#: Greek: "Το άρθρο δημοσιεύθηκε αρχικά στην εφημερίδα «X»", "Πρωτοδημοσιεύθηκε στο X".
EL_FIRST = _compiled(
    _first(
        r"(?:(?:το|η)\s+)?(?:άρθρο|κείμενο|ρεπορτάζ|συνέντευξη|ανάρτηση|είδηση)",
        r"(?:έχει)",
        r"(?:αρχικά|πρώτα|αρχικώς|για\s+πρώτη\s+φορά|προηγουμένως)",
        r"(?:δημοσιεύθηκε|δημοσιεύτηκε|δημοσιευθεί|δημοσιευτεί|αναρτήθηκε|φιλοξενήθηκε|"
        r"πρωτοδημοσιεύθηκε|πρωτοδημοσιεύτηκε)",
        r"(?:στην|στη|στο|στον|σε)",
        r"(?:(?-i:εφημερίδα|ιστοσελίδα|ιστότοπο|περιοδικό|πύλη|ιστολόγιο|site)\s+)?",
    )
)
#: "Πρωτοδημοσιεύθηκε στο X": the verb says "first published" by itself.
EL_FIRST_VERB = _compiled(
    _OPEN + r"(?:(?:το|η)\s+(?:άρθρο|κείμενο|ρεπορτάζ|συνέντευξη)\s+)?(?:πρωτοδημοσιεύθηκε|"
    r"πρωτοδημοσιεύτηκε)\s+(?:στην|στη|στο|στον|σε)\s+(?:(?-i:εφημερίδα|ιστοσελίδα|ιστότοπο|"
    r"περιοδικό|site)\s+)?" + _NAME + _CLOSE
)
#: Hungarian: "A cikk eredetileg a Szegedi Hírlap oldalán jelent meg", "Az írás először a
#: 444-en jelent meg" (a suffix after a hyphen is no part of the name).
HU_FIRST = _compiled(
    r"^(?:(?:a|az)\s+(?:cikk|írás|interjú|riport|szöveg|anyag|tudósítás|jegyzet|elemzés|"
    r"beszélgetés|cikkünk)\s+)?(?:eredetileg|először|elsőként|korábban)\s+(?:(?:jelent\s+meg|"
    r"megjelent)\s+)?(?:a|az)\s+(?P<who>(?-i:[" + _UPPER + r"0-9„\"])[^\n]{0,59}?|"
    r"(?:[a-z0-9-]+\.)+[a-z]{2,})(?:\s+(?:oldalán|honlapján|weboldalán|portálján|hasábjain|"
    r"oldalon|honlapon|online\s+kiadásában|nyomtatott\s+kiadásában)|-(?:ban|ben|on|en|ön|n))"
    r"(?:\s+(?:jelent\s+meg|látott\s+napvilágot|volt\s+olvasható))?" + _CLOSE
)
#: Swedish, Danish and Norwegian: "Saken ble først publisert i Fjellbygda Tidende",
#: "Artiklen blev oprindeligt bragt i X", "Texten publicerades ursprungligen på X".
NORDIC_FIRST = _compiled(
    _first(
        r"(?:artikeln|artikkelen|artiklen|texten|teksten|saken|reportaget|reportasjen|"
        r"intervjun|intervjuet|interviewet|krönikan|kronikken|kommentaren|historien|nyheten|"
        r"nyheden|debattinnlegget|debattinlägget)",
        r"(?:har|ble|blev|blei|er|var|är|har\s+tidigare)",
        r"(?:först|ursprungligen|tidigare|først|opprinnelig|opprinneleg|oprindeligt|"
        r"oprindelig|tidligere|første\s+gang|för\s+första\s+gången|for\s+første\s+gang)",
        r"(?:publicerades|publicerats|publicerad|publiserades|publisert|publisertes|"
        r"publiseret|publiceret|publicerede|publiserte|bragt|bragtes|brakt|trykt|tryckt|"
        r"trykket|trycktes|utkom|offentliggjort|offentliggjordes)",
        r"(?:i|på|hos|av|af|ved)",
        r"(?-i:(?:tidningen|avisen|avisa|nettstedet|nettavisen|netavisen|bladet|tidsskriftet|"
        r"tidskriften|magasinet|webbplatsen|sajten|nettsiden)\s+)?",
    )
)
#: Finnish: "Jutun on alun perin julkaissut Lakeuden Sanomat" (the outlet as subject).
FI_FIRST = _compiled(
    r"^(?:jutun|artikkelin|kirjoituksen|tekstin|haastattelun|kolumnin|uutisen)\s+on\s+"
    r"(?:alun\s+perin|alunperin|ensin|ensimmäisenä|aiemmin|ensimmäisen\s+kerran)\s+"
    r"julkaissut\s+" + _NAME + _CLOSE
)
#: Finnish "Juttu julkaistiin alun perin HS:ssä": a case ending after a colon (abbreviations,
#: domains, foreign names) is no part of the name; a declined name is not read.
FI_FIRST_IN = _compiled(
    r"^(?:(?:juttu|artikkeli|kirjoitus|teksti|haastattelu|kolumni|uutinen)\s+(?:on\s+)?)?"
    r"(?:julkaistu|julkaistiin|ilmestyi)\s+(?:alun\s+perin|alunperin|ensin|aiemmin|"
    r"ensimmäisen\s+kerran)\s+(?P<who>(?-i:[" + _UPPER + r"0-9])[^\n:]{0,59}?|"
    r"(?:[a-z0-9-]+\.)+[a-z]{2,}):(?:ssa|ssä|n\s+sivuilla|n\s+verkkosivuilla)" + _CLOSE
)
#: Malay and Indonesian: "Artikel ini pertama kali disiarkan oleh Suara Pantai Timur",
#: "Rencana ini asalnya diterbitkan dalam X" (a paper's word in lower case goes; "Harian
#: Metro" keeps its own).
MS_ID_FIRST = _compiled(
    _first(
        r"(?:artikel|rencana|berita|tulisan|laporan|kisah|cerita|wawancara)\s+ini",
        r"(?:telah|sudah|pernah)",
        r"(?:pertama\s+kali|mula-mula|asalnya|pada\s+asalnya|awalnya|sebelumnya|"
        r"terlebih\s+dahulu|lebih\s+dulu|lebih\s+dahulu)",
        r"(?:disiarkan|diterbitkan|terbit|dimuat|dimuatkan|dipublikasikan|tayang|ditayangkan)",
        r"(?:oleh|di|dalam|pada|menerusi|melalui)",
        r"(?-i:(?:portal(?:\s+berita)?|laman(?:\s+web)?|akhbar|surat\s+khabar|situs(?:\s+berita)?|"
        r"harian|majalah)\s+)?",
    )
)
#: Vietnamese: "Bài viết được đăng lần đầu trên báo Đất cảng" (the paper's word goes).
VI_FIRST = _compiled(
    _first(
        r"(?:bài\s+viết|bài\s+báo|bài|tin\s+bài|tin)(?:\s+này)?",
        r"(?:được|đã\s+được|đã)",
        r"(?:lần\s+đầu(?:\s+tiên)?|đầu\s+tiên|ban\s+đầu)",
        r"(?:đăng\s+tải|đăng|xuất\s+bản|công\s+bố|phát\s+hành)",
        r"(?:trên|tại|ở|bởi)",
        r"(?:(?-i:báo|tờ\s+báo|tạp\s+chí|trang\s+tin(?:\s+tức)?|trang\s+web|trang|website|"
        r"chuyên\s+trang)\s+)?",
    )
)
#: Swahili: "Habari hii ilichapishwa kwa mara ya kwanza na gazeti la Sauti ya Pwani".
SW_FIRST = _compiled(
    _first(
        r"(?:makala|habari|taarifa|ripoti|hadithi)\s+(?:haya|hii|hizi|hiyo)",
        r"(?!)",  # no auxiliary: the verb carries its tense
        r"(?:(?:kwa\s+)?mara\s+ya\s+kwanza|kwanza|awali|hapo\s+awali)",
        r"(?:ilichapishwa|yalichapishwa|zilichapishwa|imechapishwa|ilitangazwa)",
        r"(?:na|katika|kwenye|ndani\s+ya)",
        r"(?:(?-i:gazeti|jarida)\s+la\s+|(?-i:tovuti|mtandao)\s+(?:ya|wa)\s+)?",
    )
)
#: Arabic with the paper's word: "نُشر هذا المقال لأول مرة في صحيفة صدى الساحل".
AR_FIRST = re.compile(
    r"^(?:(?:هذا|هذه)\s+(?:المقال|التقرير|الخبر|المادة|المقالة|الحوار)\s+)?(?:نشر|نُشر|نشرت|"
    r"نُشرت)\s+(?:(?:هذا|هذه)\s+(?:المقال|التقرير|الخبر|المادة|المقالة|الحوار)\s+)?"
    r"(?:أولا|أولاً|لأول\s+مرة|في\s+الأصل|أصلا|أصلاً|سابقا|سابقاً)\s+(?:في|على|عبر)\s+"
    r"(?:صحيفة|جريدة|مجلة|يومية|موقع)\s+" + _PLAIN + r"\s*[.۔]?$"
)
#: Persian with the paper's word: "این گزارش نخستین بار در روزنامه پیام ساحل منتشر شده است"
#: (without it, edge_credits.FA_THIS_ARTICLE reads a name reading as an outlet's).
FA_FIRST = re.compile(
    r"^(?:این\s+)?(?:مطلب|مقاله|گزارش|خبر|یادداشت|گفتگو|گفت‌وگو|مصاحبه)\s+(?:(?:برای\s+)?"
    r"(?:نخستین|اولین)\s+بار|ابتدا|پیشتر|پیش‌تر|نخست)\s+(?:در|توسط|از\s+سوی)\s+(?:روزنامه|"
    r"هفته‌نامه|ماهنامه|سایت|وب‌سایت|وبسایت|پایگاه\s+خبری|نشریه|مجله)\s+" + _PLAIN + r"\s+"
    r"(?:منتشر|چاپ)\s+(?:شده|شد|گردید)(?:\s+(?:است|بود))?\s*[.]?$"
)
#: Hebrew: "הכתבה פורסמה במקור בעיתון "קול העמק"" (the preposition written onto the paper's
#: word, the name in quotation marks).
HE_FIRST = re.compile(
    r"^(?:הכתבה|הידיעה|המאמר|הטור|הראיון|הכתבה\s+המקורית)\s+(?:פורסמה|פורסם|התפרסמה|התפרסם|"
    r"הופיעה|הופיע)\s+(?:לראשונה|במקור)\s+ב(?:עיתון|אתר|מגזין|ירחון|שבועון)\s+[\"״“]?"
    r"(?P<who>[^\n.\"״”]{2,40}?)[\"״”]?\s*[.]?$"
)
#: Urdu: "یہ رپورٹ پہلی بار وادی نیوز پر شائع ہوئی" (the name before its postposition).
UR_FIRST = re.compile(
    r"^(?:یہ\s+)?(?:خبر|مضمون|تحریر|رپورٹ|کالم|آرٹیکل|انٹرویو)\s+(?:پہلی\s+بار|سب\s+سے\s+پہلے|"
    r"پہلے|اصل\s+میں|ابتدائی\s+طور\s+پر)\s+(?:(?:روزنامہ|اخبار|ویب\s*سائٹ|جریدے|رسالے)\s+)?"
    r"(?P<who>[^\n۔.،]{2,50}?)\s+(?:پر|میں)\s+(?:شائع|شایع)\s+(?:ہوا|ہوئی|ہو\s+چکا|ہو\s+چکی|"
    r"کیا\s+گیا|کی\s+گئی)(?:\s+(?:تھا|تھی|ہے))?\s*[۔.]?$"
)
#: Bengali: "লেখাটি প্রথম X-এ প্রকাশিত হয়েছিল" (the locative written after a hyphen).
BN_FIRST = re.compile(
    r"^(?:লেখাটি|প্রতিবেদনটি|নিবন্ধটি|খবরটি|সাক্ষাৎকারটি)\s+(?:প্রথম|প্রথমে|মূলত)\s+"
    r"(?P<who>[^\n।.,:]{2,40}?)-(?:এ|তে)\s+প্রকাশিত\s+(?:হয়েছিল|হয়েছে|হয়)\s*[।.]?$"
)
#: Chinese: "本文首发于《东江晚报》", "本文经授权转载自东江晚报", "原文刊载于《X》" (a date there
#: is no name: "本文首发于2026年3月4日"; nor the author or the internet: "转载自作者的博客").
_ZH_PIECE = r"^(?:本文|本篇|此文|该文|該文|原文|文章)(?:经|經)?(?:授权|授權|许可|許可)?"
_ZH_NAME = (
    r"\s*[:：]?\s*(?:微信公众号|公众号|網站|网站)?\s*[《「『“\"]?"
    r"(?P<who>(?!\d|作者|网络|網絡|互联网|互聯網|网上|網上)[^\n《》「」『』“”\"，,。；;（(:：]{2,30}?)"
    r"[》」』”\"]?\s*(?:[（(][^）)\n]{0,30}[）)])?\s*(?:[，,；;][^\n]{0,60})?[。.]?$"
)
ZH_FIRST = re.compile(
    _ZH_PIECE
    + r"(?:首发|首發|首刊|原载|原載|刊载|刊載|刊发|刊發|转载|轉載|转|轉)(?:自|于|於)"
    + _ZH_NAME
)
#: "本文摘自《X》", "选自", "译自": a book's title as often as a paper's; a name reading as an
#: outlet's only ("东江晚报").
ZH_EXCERPTED = re.compile(_ZH_PIECE + r"(?:摘|选|選|编译|編譯|译|譯)(?:自|于|於)" + _ZH_NAME)
#: Chinese "经东江晚报授权转载": reprinted with X's authorisation.
ZH_AUTHORISED = re.compile(
    r"^(?:本文)?(?:经|經)\s*[《「『“\"]?(?P<who>(?!\d)[^\n《》「」『』“”\"，,。]{2,30}?)[》」』”\"]?"
    r"\s*(?:授权|授權|许可|許可|同意)(?:转载|轉載|发布|發佈|刊发|刊發|刊登)[^\n]{0,20}$"
)
#: Japanese: "この記事は北浜新報（3月4日付）からの転載です", "北浜新報より転載", "北浜新報の許可
#: を得て転載しています" ("以下より転載" points at the lines below, no outlet).
JA_REPRINT = re.compile(
    r"^[※*]?\s*(?:(?:この|本)(?:記事|コラム|原稿|文章)は[、,]?\s*)?"
    r"(?P<who>(?!\d|以下|下記|上記|こちら|次の)[^\n、。（(]{2,30}?)\s*(?:[（(][^）)\n]{1,20}[）)])?\s*"
    r"(?:(?:から|より)(?:の)?(?:転載|抜粋|引用|翻訳)|の(?:許可|許諾|承諾|了承)を(?:得て|いただき|受けて)"
    r"(?:転載|掲載|翻訳))(?:です|しました|しています|したものです|いたしました|しております)?[。.]?$"
)
#: Korean: "이 글은 한빛일보에서 전재한 것입니다", "이 기사는 X의 허락을 받아 전재했습니다".
KO_REPRINT = re.compile(
    r"^(?:이|본)\s*(?:기사|글|칼럼)(?:는|은)\s+(?P<who>[^\n,.]{2,30}?)\s*(?:(?:에서|로부터|으로부터)"
    r"\s+(?:전재|재게재|발췌|옮겨\s*온|옮긴|가져온)|의\s+(?:허락|허가|동의)(?:을|를)\s+(?:받아|얻어)\s+"
    r"(?:전재|게재|번역))[^\n]{0,20}$"
)

# --- "republished with permission" ---------------------------------------------------------

#: "This article appeared in The Conversation and is republished here with permission".
EN_APPEARED_AND_REPUBLISHED = _compiled(
    _OPEN + r"(?:this|the)\s+(?:article|story|piece|post|column|essay|report|op-ed|commentary)\s+"
    r"(?:(?:first|originally)\s+)?(?:appeared|ran|was\s+(?:first\s+|originally\s+)?published)\s+"
    r"(?:in|on|at|by)\s+(?-i:the\s+)?" + _NAME + r"\s+and\s+(?:is|was|has\s+been)\s+"
    r"(?:re-?published|reprinted|reproduced|shared|used)(?:\s+here)?(?:\s+(?:with|by)\s+"
    r"(?:kind\s+|their\s+|its\s+)?permission)?" + _CLOSE
)
#: German capitalises every noun: after "aus dem", "auf" a book, a year, a page or an edition
#: is no outlet ("Nachdruck aus dem Jahr 1998", "lesen Sie auf Seite 3").
_DE_NOT_NAMES = (
    r"(?!(?-i:Buch|Buches|Band|Bandes|Jahr|Jahres|Jahrbuch|Roman|Werk|Katalog|Sammelband|Heft|"
    r"Ausgabe|Printausgabe|Druckausgabe|Zeitung|Zeitschrift|Seite|Seiten|Website|Webseite|"
    r"Homepage|Internet|App|Mediathek|Archiv|Original|Englischen|Französischen|Spanischen|"
    r"Italienischen|Russischen)\b)"
)
#: German: "Nachdruck aus der Wendländer Rundschau mit freundlicher Genehmigung",
#: "Zweitveröffentlichung aus X".
DE_REPRINT = _compiled(
    _OPEN + r"(?:nachdruck|abdruck|zweitveröffentlichung|zweitabdruck|wiedergabe)\s+(?:aus|von)\s+"
    r"(?-i:(?:der|dem|den|des)\s+)?"
    + _DE_NOT_NAMES
    + _NAME
    + r"(?:\s*,?\s+mit\s+(?:der\s+)?(?:freundlichen?\s+)?"
    r"genehmigung(?:\s+(?:der|des)\s+(?:redaktion|verlags?|verlages|herausgebers))?)?" + _CLOSE
)
#: Italian: "Ripubblicato per gentile concessione di Eco di Valsesia".
IT_PERMISSION = _compiled(
    _OPEN + r"(?:(?:articolo|testo)\s+)?(?:ripubblicat[oa]|pubblicat[oa]|riprodott[oa]|"
    r"tradott[oa])\s+(?:per|su|con)\s+(?:la\s+)?(?:gentile\s+)?(?:concessione|autorizzazione)\s+"
    r"(?:di|del|della|dello|dell['’])\s*" + _NAME + _CLOSE
)
#: Swedish, Danish and Norwegian: "Publicerad med tillstånd från X", "Bragt med tilladelse
#: fra X", "Publisert med tillatelse fra X", "Gjengitt med tillatelse".
NORDIC_PERMISSION = _compiled(
    _OPEN + r"(?:(?:artikeln|artikkelen|artiklen|texten|teksten|saken)\s+(?:är|er|blir|bliver)\s+)?"
    r"(?:publicerad|publiceras|återpublicerad|publisert|publiseres|republisert|gjengitt|gjengis|"
    r"bragt|bringes|gengivet|gengives|genudgivet|publiceret|trykt|tryckt|trykket)\s+"
    r"(?:her\s+|här\s+)?med\s+(?:vänligt\s+|venlig\s+|vennlig\s+)?(?:tillstånd|tillatelse|"
    r"tilladelse)\s+(?:från|av|fra|af)\s+(?-i:(?:tidningen|avisen|avisa|bladet)\s+)?"
    + _NAME
    + _CLOSE
)
#: Malay and Indonesian: "Diterbitkan semula dengan kebenaran Suara Pantai Timur", "Dimuat
#: ulang atas izin X".
MS_ID_PERMISSION = _compiled(
    _OPEN + r"(?:(?:artikel|rencana|berita|tulisan)\s+ini\s+)?(?:diterbitkan|disiarkan|dimuat|"
    r"dimuatkan|ditayangkan)\s+(?:semula|ulang|kembali)\s+(?:(?:dengan|atas)\s+(?:kebenaran|"
    r"izin|keizinan|persetujuan|seizin)\s+(?:daripada\s+|dari\s+)?|daripada\s+|dari\s+)"
    + _NAME
    + _CLOSE
)
#: Swahili: "Imechapishwa upya kwa idhini ya Sauti ya Pwani".
SW_PERMISSION = _compiled(
    _OPEN + r"(?:(?:makala|habari|taarifa)\s+(?:haya|hii|hizi)\s+)?(?:imechapishwa|yamechapishwa|"
    r"zimechapishwa|inachapishwa|yanachapishwa)\s+(?:upya|tena)\s+(?:kwa\s+(?:idhini|ruhusa|"
    r"kibali)\s+(?:ya|wa|kutoka\s+kwa)|kutoka(?:\s+kwa|\s+katika)?)\s+(?:(?-i:gazeti|jarida)\s+la\s+|"
    r"(?-i:tovuti)\s+ya\s+)?" + _NAME + _CLOSE
)
#: Vietnamese: "Đăng lại với sự cho phép của báo X".
VI_PERMISSION = _compiled(
    _OPEN + r"(?:bài\s+viết\s+)?(?:được\s+)?(?:đăng\s+lại|đăng\s+tải\s+lại)\s+(?:với|theo)\s+sự\s+"
    r"(?:cho\s+phép|đồng\s+ý)\s+của\s+(?:(?-i:báo|tạp\s+chí|trang)\s+)?" + _NAME + _CLOSE
)
_AR_REPUBLISHED_BY_LEAVE = (
    r"^(?:أعيد|أُعيد|يعاد|يُعاد|تعيد|نعيد)\s+(?:نشره|نشرها|نشر\s+(?:هذا|هذه)\s+(?:المقال|المادة|"
    r"التقرير|المقالة))\s+(?:بإذن|بموافقة|بتصريح|بترخيص|بالاتفاق\s+مع)\s+(?:من\s+)?"
)
#: Arabic: "أعيد نشره بإذن من صحيفة صدى الساحل" (republished with the leave of the newspaper
#: X): the paper's word vouches for the name.
AR_PERMISSION = re.compile(
    _AR_REPUBLISHED_BY_LEAVE + r"(?:صحيفة|جريدة|مجلة|موقع)\s+" + _PLAIN + r"\s*[.۔]?$"
)
#: Without it the leave may be the writer's ("بإذن من الكاتب"): a name reading as an outlet's.
AR_PERMISSION_BARE = re.compile(_AR_REPUBLISHED_BY_LEAVE + _PLAIN + r"\s*[.۔]?$")
#: Thai: "เผยแพร่ซ้ำโดยได้รับอนุญาตจาก X" (republished with permission from).
TH_PERMISSION = re.compile(r"^เผยแพร่(?:ซ้ำ)?โดยได้รับอนุญาตจาก\s*" + _PLAIN + r"\s*[.]?$")

# --- "reprinted, excerpted, adapted or translated from" ----------------------------------

#: Greek: "Αναδημοσίευση από την εφημερίδα «Ηπειρωτικός Λόγος»", "Αναδημοσιεύεται με την άδεια
#: της X".
EL_REPRINT = _compiled(
    _OPEN + r"(?:αναδημοσίευση|αναδημοσιεύεται|αναδημοσιεύθηκε|αναδημοσιεύτηκε)\s+(?:(?:με\s+"
    r"(?:την\s+)?άδεια\s+(?:της|του)|από)\s+)(?:(?:την|το|τον|τη)\s+)?(?:(?-i:εφημερίδα|"
    r"ιστοσελίδα|ιστότοπο|περιοδικό|site|εφημερίδας|ιστοσελίδας|περιοδικού)\s+)?" + _NAME + _CLOSE
)
#: Bengali: "পদ্মাপাড় নিউজ থেকে পুনঃপ্রকাশিত" (republished from X); "collected from" and
#: "translated from" also follow the internet and languages ("ইংরেজি থেকে অনূদিত"): not read.
BN_REPRINT = re.compile(
    r"^(?P<who>(?!\d)[^\n।.,:]{2,40}?)\s+(?:থেকে|হতে)\s+(?:পুনঃপ্রকাশিত|পুনঃপ্রকাশ|পুনর্মুদ্রিত)"
    r"\s*[।.]?$"
)
#: Hindi: "नर्मदा समाचार से साभार" (with thanks from X: its copy; not from the internet,
#: Google or social media, which lend pictures).
HI_WITH_THANKS = re.compile(
    r"^(?!इंटरनेट|गूगल|सोशल|विभिन्न|फेसबुक|ट्विटर|यूट्यूब|विकिपीडिया)(?P<who>(?!\d)[^\n।.,:]{2,40}?)"
    r"\s+(?:से|के)\s+साभार\s*[।.]?$"
)
#: French, Spanish, Portuguese and Italian: "Cet article est la traduction d'un article paru
#: dans X", "Traducción de un artículo publicado en X", "Tradução de reportagem publicada no X".
ROMANCE_TRANSLATION = _compiled(
    _OPEN + r"(?:(?:cet|ce|l['’]|este|esta|este|o|el|questo|il)\s*(?:article|texte|artículo|"
    r"texto|artigo|articolo|testo|pezzo)\s+(?:est|es|é|è)\s+(?:la|une|una|uma|a)\s+)?"
    r"(?:traduction|traducción|tradução|traduzione)\s+(?:d['’]une?|de\s+una?|de\s+uma?|de|"
    r"di\s+un[oa]?|dell['’]|du|del|da|do)\s*(?:article|artículo|texto|reportaje|artigo|"
    r"reportagem|matéria|articolo|pezzo|texte|entretien|enquête|testo|reportage)\s+"
    r"(?:(?:paru|parue|publié|publiée|publicado|publicada|pubblicato|pubblicata|uscito|apparso)\s+)?"
    r"(?:(?:initialement|originalmente|originariamente)\s+)?(?:dans|sur|par|chez|en|por|no|na|em|"
    r"pelo|pela|su|sul|sulla|nel|nella|da|del)\s+(?-i:(?:le|la|les|l['’]|el|o|a|il|lo)\s*)?"
    + _NAME
    + _CLOSE
)
#: French, Spanish, Portuguese, Italian and German: "Extrait d'un article paru dans X",
#: "Adaptado de un artículo de X", "Auszug aus einem Artikel der X".
EXCERPT_OF_ARTICLE = _compiled(
    _OPEN + r"(?:extrait|adapté|adaptée|extracto|adaptado|adaptada|trecho|estratto|adattato|"
    r"adattata|auszug)\s+(?:d['’]un|de\s+un|de\s+uma|di\s+un|da\s+un|aus\s+einem|eines)\s*"
    r"(?:article|artículo|reportaje|artigo|reportagem|matéria|articolo|servizio|artikel|"
    r"beitrag|texte|texto|testo|reportage|entretien)\s+(?:(?:paru|parue|publié|publiée|publicado|"
    r"publicada|pubblicato|uscito|apparso|erschienen)\s+)?(?:dans|sur|de|du|en|del|no|na|em|do|"
    r"da|su|sul|sulla|di|della|der|des|in|im|bei)\s+(?-i:(?:le|la|les|l['’]|el|o|a|il|lo|der|"
    r"dem|den)\s*)?" + _NAME + _CLOSE
)
#: Vietnamese: "Lược dịch từ X", "Dịch từ báo X", "Tổng hợp từ X" (a language, "tiếng Anh",
#: is no outlet).
VI_TRANSLATED = _compiled(
    _OPEN + r"(?:lược\s+dịch|biên\s+dịch|dịch|lược\s+thuật|tổng\s+hợp)\s+(?:từ|theo)\s+"
    r"(?!tiếng\s)(?:(?-i:báo|tờ\s+báo|tạp\s+chí|trang)\s+)?" + _NAME + _CLOSE
)
#: Thai: "เรียบเรียงจาก X" (compiled from X), "แปลและเรียบเรียงจาก X", "แปลจาก X", "เรียบเรียง
#: จากรายงานของ X" (from X's report). Not "from several sources", "from foreign news
#: agencies", a language, "from interviews" (a noun made with "การ"), documents or data.
_TH_NOT_NAMES = (
    r"(?!หลาย|ภาษา|แหล่ง|ข่าวต่างประเทศ|สำนักข่าวต่างประเทศ|สื่อต่างประเทศ|การ|เอกสาร|ข้อมูล|"
    r"บทสัมภาษณ์|โซเชียล|อินเทอร์เน็ต|ออนไลน์|นี่|ลิงก์|ลิงค์|คลิก|ของเรา|ด้านล่าง|เว็บไซต์ของเรา|"
    r"เว็บไซต์นี้)"
)
TH_COMPILED = re.compile(
    r"^(?:แปล(?:และเรียบเรียง)?|เรียบเรียง(?:ข้อมูล)?)จาก\s*(?:(?:รายงาน|ข่าว|บทความ)ของ\s*)?"
    + _TH_NOT_NAMES
    + _PLAIN
    + r"\s*[.]?$"
)

# --- "read the full story at X" ----------------------------------------------------------

#: French: "Retrouvez l'intégralité de cet article sur X", "Lisez l'article complet sur X".
FR_READ_FULL = _compiled(
    _OPEN + r"(?:retrouvez|lisez|lire|découvrez)\s+(?:l['’]intégralité\s+de\s+(?:cet|l['’])\s*"
    r"(?:article|entretien|enquête|reportage)|l['’]article\s+(?:complet|en\s+entier|intégral|"
    r"original)|la\s+suite\s+de\s+(?:cet|l['’])\s*article|cet\s+article\s+en\s+intégralité)\s+"
    r"(?:sur|dans|chez)\s+(?:le\s+site\s+(?:de\s+|du\s+|d['’])?)?(?-i:(?:le|la|les|l['’])\s*)?"
    + _NAME
    + _CLOSE
)
#: Dutch: "Lees het volledige artikel op kempenercourant.nl", "Lees verder op X".
NL_READ_FULL = _compiled(
    _OPEN
    + r"(?:lees|bekijk)\s+(?:(?:het|de)\s+)?(?:(?:volledige|hele|gehele|complete|originele)\s+"
    r"(?:artikel|verhaal|stuk|bericht|interview|reportage)|verder|meer)\s+(?:op|bij|in)\s+"
    r"(?-i:(?:de|het)\s+)?" + _NAME + _CLOSE
)
#: Czech, Slovak and Polish: "Celý článek si přečtěte na webu X", "Cały artykuł przeczytasz
#: w serwisie X", "Przeczytaj cały tekst na X".
WEST_SLAVIC_READ_FULL = _compiled(
    _OPEN + r"(?:(?:celý|celou|celé|celej|cały|całą|całość)\s+(?:článek|článok|rozhovor|text|"
    r"reportáž|artykuł|tekst|wywiad|reportaż|rozmowę)?\s*(?:si\s+)?(?:přečtěte|prečítajte|"
    r"čtěte|čítajte|najdete|nájdete|przeczytasz|przeczytacie|znajdziesz|można\s+przeczytać)|"
    r"(?:přečtěte|prečítajte|przeczytaj|czytaj)\s+(?:si\s+)?(?:celý|celej|cały|całość|więcej)"
    r"(?:\s+(?:článek|článok|text|artykuł|tekst))?)\s+(?:na|v|ve|w|we)\s+(?:(?-i:webu|webe|"
    r"serveru|portálu|portáli|deníku|denníku|serwisie|portalu|dzienniku)\s+)?" + _NAME + _CLOSE
)
#: Romanian: "Citește articolul complet pe X", "Citiți materialul integral pe site-ul X".
RO_READ_FULL = _compiled(
    _OPEN + r"(?:citește|citeşte|citeste|citiți|citiţi|cititi)\s+(?:articolul|materialul|știrea|"
    r"ştirea|stirea|textul|interviul|reportajul)\s+(?:complet|integral|în\s+întregime|original)\s+"
    r"(?:pe|în|la)\s+(?:site-ul\s+)?" + _NAME + _CLOSE
)
#: Hungarian: "A teljes cikket a szegedihirlap.hu oldalon olvashatja".
HU_READ_FULL = _compiled(
    r"^(?:a\s+)?teljes\s+(?:cikket|cikk|írást|írás|interjút|interjú|anyagot|riportot)\s+"
    r"(?:a|az)\s+(?P<who>(?-i:[" + _UPPER + r"0-9„\"])[^\n]{0,59}?|(?:[a-z0-9-]+\.)+[a-z]{2,})\s+"
    r"(?:oldalon|oldalán|honlapon|honlapján|weboldalon|weboldalán|portálon|portálján)\s+"
    r"(?:olvashatja(?:\s+el)?|olvashatják(?:\s+el)?|olvashatod(?:\s+el)?|olvasható|találja)"
    + _CLOSE
)
#: Finnish: "Lue koko juttu: lakeudensanomat.fi" (a link only: a headline may follow).
FI_READ_FULL = _compiled(
    r"^(?:lue\s+(?:koko\s+)?(?:juttu|artikkeli|uutinen|haastattelu)|koko\s+juttu)\s*[:：]\s*"
    + _LINK
    + _CLOSE
)
#: "Lue koko juttu HS:n sivuilta": the genitive after a colon.
FI_READ_ON_PAGES = _compiled(
    r"^lue\s+koko\s+(?:juttu|artikkeli|uutinen|haastattelu)\s+(?P<who>(?-i:["
    + _UPPER
    + r"0-9])[^\n:]{0,40}?|(?:[a-z0-9-]+\.)+[a-z]{2,}):n\s+(?:sivuilta|verkkosivuilta)"
    + _CLOSE
)
#: Swedish, Danish and Norwegian: "Läs hela artikeln på X", "Les hele saken hos X".
NORDIC_READ_FULL = _compiled(
    _OPEN + r"(?:läs|læs|les)\s+(?:hela|hele|heile)\s+(?:artikeln|artiklen|artikkelen|texten|"
    r"teksten|saken|intervjun|intervjuet|interviewet|historien|reportaget)\s+(?:på|hos|i)\s+"
    r"(?-i:(?:tidningen|avisen|avisa|nettstedet|bladet)\s+)?" + _NAME + _CLOSE
)
#: German: "Den vollständigen Artikel lesen Sie auf X", "Lesen Sie den ganzen Beitrag bei X".
DE_READ_FULL = _compiled(
    _OPEN + r"(?:(?:den|das)\s+(?:vollständigen?|ganzen?|kompletten?|gesamten?|ungekürzten?)\s+"
    r"(?:artikel|beitrag|text|bericht|interview)\s+(?:lesen|finden)\s+sie|lesen\s+sie\s+(?:den|das)\s+"
    r"(?:vollständigen?|ganzen?|kompletten?|gesamten?)\s+(?:artikel|beitrag|text|bericht|"
    r"interview))\s+(?:auf|bei|in|im)\s+(?-i:(?:der|dem|den)\s+)?" + _DE_NOT_NAMES + _NAME + _CLOSE
)
#: Russian and Ukrainian: "Полностью материал читайте на сайте X", "Повний текст читайте на X".
EAST_SLAVIC_READ_FULL = _compiled(
    _OPEN + r"(?:(?:полностью|повністю)(?:\s+(?:материал|статью|текст|интервью|матеріал|"
    r"статтю))?\s+читайте|читайте\s+(?:полностью|повністю|(?:полную|повну)\s+версию|"
    r"(?:полную|повну)\s+версію|(?:весь|полный|повний|весь)\s+(?:материал|текст|матеріал)|"
    r"(?:материал|статью|матеріал|статтю)\s+(?:полностью|повністю))|(?:полный|повний)\s+текст"
    r"(?:\s+(?:статьи|материала|интервью|статті|матеріалу))?\s+читайте)\s+(?:на|в|у)\s+"
    r"(?:(?-i:сайте|сайті|портале|порталі|издании|виданні|газете|газеті)\s+)?" + _NAME + _CLOSE
)
#: Greek: "Διαβάστε ολόκληρο το άρθρο στο X".
EL_READ_FULL = _compiled(
    _OPEN + r"(?:διαβάστε|διάβασε)\s+(?:ολόκληρο\s+το\s+(?:άρθρο|κείμενο|ρεπορτάζ)|ολόκληρη\s+τη"
    r"\s+(?:συνέντευξη|είδηση)|(?:το\s+)?(?:άρθρο|κείμενο)\s+ολόκληρο)\s+(?:στο|στην|στον|στη|σε)"
    r"\s+(?:(?-i:ιστοσελίδα|ιστότοπο|εφημερίδα|site)\s+)?" + _NAME + _CLOSE
)
#: Malay and Indonesian: "Baca artikel penuh di X", "Baca berita lengkapnya di X".
MS_ID_READ_FULL = _compiled(
    _OPEN + r"baca\s+(?:artikel|berita|laporan|kisah|rencana|tulisan)\s+(?:penuh|lengkap(?:nya)?|"
    r"selengkapnya|asal|aslinya|asli)\s+(?:di|dalam|pada|menerusi)\s+(?:(?-i:portal|laman(?:\s+web)?|"
    r"situs)\s+)?" + _NAME + _CLOSE
)
#: Vietnamese: "Đọc toàn bộ bài viết tại X", "Xem bài gốc tại X".
VI_READ_FULL = _compiled(
    _OPEN
    + r"(?:đọc|xem)\s+(?:toàn\s+bộ\s+)?(?:bài\s+viết|bài\s+gốc|bài|tin)(?:\s+gốc|\s+đầy\s+đủ)?"
    r"\s+(?:tại|trên|ở)\s+(?:(?-i:báo|trang)\s+)?" + _NAME + _CLOSE
)
#: Swahili: "Soma habari kamili kwenye X".
SW_READ_FULL = _compiled(
    _OPEN + r"soma\s+(?:habari|makala|taarifa)\s+(?:kamili|yote|nzima)\s+(?:kwenye|katika|"
    r"kupitia)\s+(?:(?-i:tovuti)\s+ya\s+)?" + _NAME + _CLOSE
)
#: Thai: "อ่านข่าวฉบับเต็มได้ที่ X" (read the full story at X; "อ่านต่อ", read on, may point at
#: the site's own next page: not read).
TH_READ_FULL = re.compile(
    r"^อ่าน(?:ข่าว|บทความ|เรื่อง)?(?:ฉบับเต็ม|ต้นฉบับ|ทั้งหมด)(?:ได้)?(?:ที่|ทาง|จาก)\s*"
    r"(?:เว็บไซต์\s*)?" + _TH_NOT_NAMES + _PLAIN + r"\s*[.]?$"
)
#: Hebrew: "לכתבה המלאה באתר X".
HE_READ_FULL = re.compile(
    r"^(?:לכתבה|למאמר|לידיעה|לראיון)\s+המלא(?:ה)?\s+ב(?:אתר|עיתון)\s+(?!שלנו)[\"״“]?"
    r"(?P<who>[^\n.\"״”:]{2,40}?)[\"״”]?\s*[.]?$"
)

# --- "with information from X" -----------------------------------------------------------

#: Romanian "Cu informații de la X" and Dutch "Met informatie van X" (Spanish, Portuguese,
#: Greek and the others are in patterns._STORY_LEADS).
WITH_INFORMATION = _compiled(
    _OPEN + r"(?:cu\s+informații\s+(?:de\s+la|din)|cu\s+informaţii\s+(?:de\s+la|din)|"
    r"met\s+informatie\s+(?:van|uit))\s+(?-i:(?:de|het)\s+)?" + _NAME + _CLOSE
)

#: (pattern, how far its wording vouches for a name the table lacks). After a paper's word the
#: name may be in sentence case ("Jihočeský zpravodaj"): NAMED keeps its lower-case words
#: when they read as an outlet's; a name in a script without case is taken whole (STRONG);
#: Japanese and Korean notes name an outlet that reads as one (a date sits there too).
PATTERNS = [
    (EN_APPEARED_AND_REPUBLISHED, Trust.STRONG),
    (NL_FIRST, Trust.STRONG),
    (WEST_SOUTH_SLAVIC_FIRST, Trust.NAMED),
    (EAST_SLAVIC_FIRST, Trust.NAMED),
    (EL_FIRST, Trust.NAMED),
    (EL_FIRST_VERB, Trust.NAMED),
    (HU_FIRST, Trust.STRONG),
    (NORDIC_FIRST, Trust.STRONG),
    (FI_FIRST, Trust.STRONG),
    (FI_FIRST_IN, Trust.STRONG),
    (MS_ID_FIRST, Trust.STRONG),
    (VI_FIRST, Trust.NAMED),
    (SW_FIRST, Trust.STRONG),
    (AR_FIRST, Trust.STRONG),
    (FA_FIRST, Trust.STRONG),
    (HE_FIRST, Trust.STRONG),
    (UR_FIRST, Trust.STRONG),
    (BN_FIRST, Trust.STRONG),
    (ZH_FIRST, Trust.NAMED),
    (ZH_EXCERPTED, Trust.OUTLET),
    (ZH_AUTHORISED, Trust.NAMED),
    (JA_REPRINT, Trust.OUTLET),
    (KO_REPRINT, Trust.OUTLET),
    (DE_REPRINT, Trust.STRONG),
    (IT_PERMISSION, Trust.STRONG),
    (NORDIC_PERMISSION, Trust.STRONG),
    (MS_ID_PERMISSION, Trust.STRONG),
    (SW_PERMISSION, Trust.STRONG),
    (VI_PERMISSION, Trust.NAMED),
    (AR_PERMISSION, Trust.STRONG),
    (AR_PERMISSION_BARE, Trust.OUTLET),
    (TH_PERMISSION, Trust.STRONG),
    (EL_REPRINT, Trust.NAMED),
    (BN_REPRINT, Trust.STRONG),
    (HI_WITH_THANKS, Trust.STRONG),
    (ROMANCE_TRANSLATION, Trust.STRONG),
    (EXCERPT_OF_ARTICLE, Trust.STRONG),
    (VI_TRANSLATED, Trust.NAMED),
    (TH_COMPILED, Trust.STRONG),
    (FR_READ_FULL, Trust.NAMED),
    (NL_READ_FULL, Trust.NAMED),
    (WEST_SLAVIC_READ_FULL, Trust.NAMED),
    (RO_READ_FULL, Trust.NAMED),
    (HU_READ_FULL, Trust.NAMED),
    (FI_READ_FULL, Trust.NAMED),
    (FI_READ_ON_PAGES, Trust.NAMED),
    (NORDIC_READ_FULL, Trust.NAMED),
    (DE_READ_FULL, Trust.NAMED),
    (EAST_SLAVIC_READ_FULL, Trust.NAMED),
    (EL_READ_FULL, Trust.NAMED),
    (MS_ID_READ_FULL, Trust.NAMED),
    (VI_READ_FULL, Trust.NAMED),
    (SW_READ_FULL, Trust.NAMED),
    (TH_READ_FULL, Trust.NAMED),
    (HE_READ_FULL, Trust.NAMED),
    (WITH_INFORMATION, Trust.NAMED),
]
#: The longest line one of them reads.
MAX_CHARS = 240
#: The words a line in a cased script opens with for one of them (casefolded): the piece, an
#: auxiliary, an adverb of first or the verb of each "first published" sentence, and each
#: other phrase's first word. A line opening otherwise is not tried (speed: every line at the
#: edges and every sentence ending the last paragraphs comes here).
_OPENERS = frozenset(
    word.casefold()
    for word in """
    this the
    dit het deze is werd was eerder eerst oorspronkelijk aanvankelijk voor verscheen verschenen
    gepubliceerd lees bekijk met
    ten tento tekst artykuł materiał wywiad reportaż felieton komentarz wpis został została
    zostało był była było pierwotnie po oryginalnie najpierw wcześniej opublikowano
    opublikowany opublikowana opublikowane ukazał ukazała ukazało cały całą całość przeczytaj
    czytaj
    článek článok text rozhovor komentář komentár reportáž příspěvek príspevok byl byla bylo
    bol bola bolo původně pôvodne poprvé prvýkrát nejprve najprv vyšel vyšla vyšlo vyšiel
    publikován publikována publikováno publikovaný publikovaná zveřejněn zveřejněna zveřejněno
    uveřejněn uveřejněna uverejnený uverejnená uverejnené otištěn otištěna celý celou celé
    celej přečtěte prečítajte
    članak članek intervju prilog je bio izvorno prvotno prvobitno najprije najprej prvi prvič
    originalno objavljen objavljena objavljeno izšel izšla
    эта этот данная данный ця цей статья статтю стаття материал матеріал текст интервью
    інтерв'ю інтерв’ю колонка репортаж публикация публікація заметка был была было був була
    було впервые первоначально изначально ранее вперше спочатку першопочатково раніше
    опубликован опубликована опубликовано опубликованы опубліковано опублікована опублікований
    вышла вышел вышло вийшла вийшов вийшло появилась появился появилось з'явилася з’явилася
    з'явився з’явився з'явилось з’явилось размещен размещён размещена размещено розміщено
    напечатан напечатана напечатано надруковано надрукована полностью повністю читайте полный
    повний
    το η άρθρο κείμενο ρεπορτάζ συνέντευξη ανάρτηση είδηση έχει αρχικά πρώτα αρχικώς για
    προηγουμένως δημοσιεύθηκε δημοσιεύτηκε δημοσιευθεί δημοσιευτεί αναρτήθηκε φιλοξενήθηκε
    πρωτοδημοσιεύθηκε πρωτοδημοσιεύτηκε αναδημοσίευση αναδημοσιεύεται αναδημοσιεύθηκε
    αναδημοσιεύτηκε διαβάστε διάβασε
    a az eredetileg először elsőként korábban teljes
    artikeln artikkelen artiklen texten teksten saken reportaget reportasjen intervjun
    intervjuet interviewet krönikan kronikken kommentaren historien nyheten nyheden
    debattinnlegget debattinlägget har ble blev blei er var är först ursprungligen tidigare
    først opprinnelig opprinneleg oprindeligt oprindelig tidligere første för for publicerades
    publicerats publicerad publiserades publisert publisertes publiseret publiceret publicerede
    publiserte bragt bragtes brakt trykt tryckt trykket trycktes utkom offentliggjort
    offentliggjordes publiceras återpublicerad publiseres republisert gjengitt gjengis bringes
    gengivet gengives genudgivet läs læs les
    jutun artikkelin kirjoituksen tekstin haastattelun kolumnin uutisen juttu artikkeli
    kirjoitus teksti haastattelu kolumni uutinen julkaistu julkaistiin ilmestyi lue koko
    artikel rencana berita tulisan laporan kisah cerita wawancara telah sudah pernah pertama
    mula-mula asalnya pada awalnya sebelumnya terlebih lebih disiarkan diterbitkan terbit
    dimuat dimuatkan dipublikasikan tayang ditayangkan baca
    bài tin được đã lần đầu ban đăng xuất công phát lược biên dịch tổng đọc xem
    makala habari taarifa ripoti hadithi kwa mara kwanza awali hapo ilichapishwa
    yalichapishwa zilichapishwa imechapishwa ilitangazwa yamechapishwa zimechapishwa
    inachapishwa yanachapishwa soma
    nachdruck abdruck zweitveröffentlichung zweitabdruck wiedergabe den das lesen
    articolo testo ripubblicato ripubblicata pubblicato pubblicata riprodotto riprodotta
    tradotto tradotta questo il estratto adattato adattata
    cet ce este esta o el traduction traducción tradução traduzione extrait adapté adaptée
    extracto adaptado adaptada trecho auszug retrouvez lisez lire découvrez
    citește citeşte citeste citiți citiţi cititi cu
    """.split()  # noqa: SIM905  (a word list reads better as words)
) | frozenset(
    elided + word
    for elided in ("l'", "l’")
    for word in ("article", "texte", "artículo", "texto", "artigo", "articolo", "testo", "pezzo")
)
_FIRST_WORD = re.compile(r"^[(\[«※*\s]*([^\s:：,.]+)")
#: Letters of the scripts without case (Hebrew, Arabic, Devanagari, Bengali, Thai, kana, CJK
#: ideographs, Hangul), whose phrases put the name first or run their words together.
_CASELESS = re.compile(
    "[\u0590-\u06ff\u0750-\u077f\u0900-\u09ff\u0e00-\u0e7f\u3040-\u30ff"
    "\u3400-\u9fff\uac00-\ud7af\ufb1d-\ufdff\ufe70-\ufeff]"
)
#: The words those phrases need (casefolded substrings).
_CASELESS_HINT = re.compile(
    r"نشر|نُشر|أعيد|أُعيد|يعاد|يُعاد|منتشر|چاپ|פורסמ|התפרסמ|הופיע|לכתבה|למאמר|לידיעה|לראיון|"
    r"شائع|شایع|साभार|প্রকাশিত|পুনঃপ্রকাশ|পুনর্মুদ্রিত|সংগৃহীত|নেওয়া|নেয়া|অনূদিত|"
    r"เรียบเรียง|แปลจาก|แปลและ|อ่าน|เผยแพร่|首发|首發|首刊|原载|原載|刊载|刊載|刊发|刊發|转载|轉載|"
    r"转自|轉自|摘自|选自|選自|编译|編譯|译自|譯自|授权|授權|许可|許可|転載|抜粋|引用|翻訳|전재|재게재|발췌|"
    r"옮겨|옮긴|가져온|허락|허가"
)


def hinted(folded: str) -> bool:
    """Whether a casefolded line may hold one of PATTERNS: it opens with one of their words,
    or it is in a script without case and holds one."""
    if len(folded) > MAX_CHARS:
        return False
    first = _FIRST_WORD.match(folded)
    if first is not None and first.group(1) in _OPENERS:
        return True
    return (
        not folded.isascii()
        and _CASELESS.search(folded) is not None
        and _CASELESS_HINT.search(folded) is not None
    )


# --- lines shaped like these that credit no one -------------------------------------------

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
_LOWER_WORD = r"(?P<who>(?-i:[^\W\d_" + _UPPER + r"])[^\n.]{0,60}?)"
_SLAVIC_KIND_ALONE = [
    _compiled(_first(*_WEST_SOUTH_SLAVIC, name=_LOWER_WORD)),
    _compiled(_first(*_EAST_SLAVIC, name=_LOWER_WORD)),
]
#: Chinese "本文转载自作者的博客" (from the author's blog), "本文转载自网络" (from the internet),
#: and "本文摘自《三体》" (from a book: no outlet's name) credit no one.
_ZH_REPRINT_OF_NO_OUTLET = re.compile(
    _ZH_PIECE + r"(?:转载|轉載|转|轉|摘|选|選|编译|編譯|译|譯)(?:自|于|於)\s*[:：]?\s*"
    r"(?:作者|网络|網絡|互联网|互聯網|网上|網上)"
)
_NO_OUTLET_HINT = re.compile(r"transl|tradu|übersetz|vertaald|informa|permission")


def _public_body(name: str) -> bool:
    words = re.findall(r"[\w'’-]+", name.casefold())
    return institution_like(name) or any(word in _PUBLIC_BODIES for word in words)


def names_no_outlet(line: str, folded: str, accept: Callable[[str, Trust], bool]) -> bool:
    """Whether ``line`` is shaped like a credit phrase but names no outlet: a translation
    from a language, information from a public body the table lacks, a bare permission."""
    if len(folded) > MAX_CHARS:
        return False
    if not folded.isascii() and _named_nothing(line, folded):
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
    return permission and EN_APPEARED_AND_REPUBLISHED.match(line) is None


def _named_nothing(line: str, folded: str) -> bool:
    """A Slavic first-published sentence naming no outlet after its paper's word, a Chinese
    reprint from the author, the internet or a book."""
    first = _FIRST_WORD.match(folded)
    opens = first is not None and first.group(1) in _OPENERS
    if opens and any(pattern.match(line) for pattern in _SLAVIC_KIND_ALONE):
        return True
    if line[:1] not in "本此该該原文":
        return False
    if _ZH_REPRINT_OF_NO_OUTLET.match(line) is not None:
        return True
    excerpt = ZH_EXCERPTED.match(line)
    return excerpt is not None and not outlet_like(excerpt.group("who"))
