"""Sentences saying where a piece was first published, in the languages the earlier patterns
read in part or not at all (issue 14, the third conventions round, family (d)): Dutch "Dit
artikel verscheen eerder in de X", Polish "Tekst ukazał się pierwotnie w dzienniku „X”",
Czech "Článek původně vyšel na serveru X", Croatian "Članak je izvorno objavljen na portalu
X", Russian "Впервые опубликовано в газете «X»", Ukrainian "Вперше опубліковано у виданні
«X»", Greek "Το άρθρο δημοσιεύθηκε αρχικά στην εφημερίδα «X»", Hungarian "A cikk eredetileg
a X oldalán jelent meg", Swedish, Danish and Norwegian "Saken ble først publisert i X",
Finnish "Jutun on alun perin julkaissut X", Malay and Indonesian "Artikel ini pertama kali
disiarkan oleh X", Vietnamese "Bài viết được đăng lần đầu trên báo X", Swahili "Habari hii
ilichapishwa kwa mara ya kwanza na gazeti la X"; Arabic, Persian, Hebrew and Urdu with the
paper's word before the name; Chinese "本文首发于《X》", Japanese and Korean reprint notes.

After a paper's word in the locative ("w dzienniku", "na serveru", "в газете", "στην
εφημερίδα") a declining language gives the name in the nominative it is known by, so any
capitalised name there is read; without that word only the earlier patterns' undeclined names
are (language_credits.SLAVIC_FIRST)."""

# ruff: noqa: RUF001, RUF002, RUF003  (letters of other scripts and their punctuation are meant)

from __future__ import annotations

import re

from aggregator.attribution.conventions.phrase_parts import (
    CLOSE,
    NAME,
    OPEN,
    PLAIN,
    UPPER,
    compiled,
    first_sentence,
)
from aggregator.attribution.names import Trust

#: Dutch: "Dit artikel verscheen eerder in de Kempener Courant", "Dit stuk is oorspronkelijk
#: gepubliceerd op Follow the Money" (the sentence's "de" goes, "De Telegraaf" keeps its own).
NL_FIRST = compiled(
    first_sentence(
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
WEST_SOUTH_SLAVIC_PARTS = (
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
WEST_SOUTH_SLAVIC_FIRST = compiled(first_sentence(*WEST_SOUTH_SLAVIC_PARTS))
#: Russian and Ukrainian after the paper's word: "Впервые опубликовано в газете «X»",
#: "Материал впервые вышел на сайте X", "Вперше опубліковано у виданні «X»".
EAST_SLAVIC_PARTS = (
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
EAST_SLAVIC_FIRST = compiled(first_sentence(*EAST_SLAVIC_PARTS))
#: Greek: "Το άρθρο δημοσιεύθηκε αρχικά στην εφημερίδα «X»", "Πρωτοδημοσιεύθηκε στο X".
EL_FIRST = compiled(
    first_sentence(
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
EL_FIRST_VERB = compiled(
    OPEN + r"(?:(?:το|η)\s+(?:άρθρο|κείμενο|ρεπορτάζ|συνέντευξη)\s+)?(?:πρωτοδημοσιεύθηκε|"
    r"πρωτοδημοσιεύτηκε)\s+(?:στην|στη|στο|στον|σε)\s+(?:(?-i:εφημερίδα|ιστοσελίδα|ιστότοπο|"
    r"περιοδικό|site)\s+)?" + NAME + CLOSE
)
#: Hungarian: "A cikk eredetileg a Szegedi Hírlap oldalán jelent meg", "Az írás először a
#: 444-en jelent meg" (a suffix after a hyphen is no part of the name).
HU_FIRST = compiled(
    r"^(?:(?:a|az)\s+(?:cikk|írás|interjú|riport|szöveg|anyag|tudósítás|jegyzet|elemzés|"
    r"beszélgetés|cikkünk)\s+)?(?:eredetileg|először|elsőként|korábban)\s+(?:(?:jelent\s+meg|"
    r"megjelent)\s+)?(?:a|az)\s+(?P<who>(?-i:[" + UPPER + r"0-9„\"])[^\n]{0,59}?|"
    r"(?:[a-z0-9-]+\.)+[a-z]{2,})(?:\s+(?:oldalán|honlapján|weboldalán|portálján|hasábjain|"
    r"oldalon|honlapon|online\s+kiadásában|nyomtatott\s+kiadásában)|-(?:ban|ben|on|en|ön|n))"
    r"(?:\s+(?:jelent\s+meg|látott\s+napvilágot|volt\s+olvasható))?" + CLOSE
)
#: Swedish, Danish and Norwegian: "Saken ble først publisert i Fjellbygda Tidende",
#: "Artiklen blev oprindeligt bragt i X", "Texten publicerades ursprungligen på X".
NORDIC_FIRST = compiled(
    first_sentence(
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
FI_FIRST = compiled(
    r"^(?:jutun|artikkelin|kirjoituksen|tekstin|haastattelun|kolumnin|uutisen)\s+on\s+"
    r"(?:alun\s+perin|alunperin|ensin|ensimmäisenä|aiemmin|ensimmäisen\s+kerran)\s+"
    r"julkaissut\s+" + NAME + CLOSE
)
#: Finnish "Juttu julkaistiin alun perin HS:ssä": a case ending after a colon (abbreviations,
#: domains, foreign names) is no part of the name; a declined name is not read.
FI_FIRST_IN = compiled(
    r"^(?:(?:juttu|artikkeli|kirjoitus|teksti|haastattelu|kolumni|uutinen)\s+(?:on\s+)?)?"
    r"(?:julkaistu|julkaistiin|ilmestyi)\s+(?:alun\s+perin|alunperin|ensin|aiemmin|"
    r"ensimmäisen\s+kerran)\s+(?P<who>(?-i:[" + UPPER + r"0-9])[^\n:]{0,59}?|"
    r"(?:[a-z0-9-]+\.)+[a-z]{2,}):(?:ssa|ssä|n\s+sivuilla|n\s+verkkosivuilla)" + CLOSE
)
#: Malay and Indonesian: "Artikel ini pertama kali disiarkan oleh Suara Pantai Timur",
#: "Rencana ini asalnya diterbitkan dalam X" (a paper's word in lower case goes; "Harian
#: Metro" keeps its own).
MS_ID_FIRST = compiled(
    first_sentence(
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
VI_FIRST = compiled(
    first_sentence(
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
SW_FIRST = compiled(
    first_sentence(
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
    r"(?:صحيفة|جريدة|مجلة|يومية|موقع)\s+" + PLAIN + r"\s*[.۔]?$"
)
#: Persian with the paper's word: "این گزارش نخستین بار در روزنامه پیام ساحل منتشر شده است"
#: (without it, edge_credits.FA_THIS_ARTICLE reads a name reading as an outlet's).
FA_FIRST = re.compile(
    r"^(?:این\s+)?(?:مطلب|مقاله|گزارش|خبر|یادداشت|گفتگو|گفت‌وگو|مصاحبه)\s+(?:(?:برای\s+)?"
    r"(?:نخستین|اولین)\s+بار|ابتدا|پیشتر|پیش‌تر|نخست)\s+(?:در|توسط|از\s+سوی)\s+(?:روزنامه|"
    r"هفته‌نامه|ماهنامه|سایت|وب‌سایت|وبسایت|پایگاه\s+خبری|نشریه|مجله)\s+" + PLAIN + r"\s+"
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
ZH_PIECE = r"^(?:本文|本篇|此文|该文|該文|原文|文章)(?:经|經)?(?:授权|授權|许可|許可)?"
_ZH_NAME = (
    r"\s*[:：]?\s*(?:微信公众号|公众号|網站|网站)?\s*[《「『“\"]?"
    r"(?P<who>(?!\d|作者|网络|網絡|互联网|互聯網|网上|網上)[^\n《》「」『』“”\"，,。；;（(:：]{2,30}?)"
    r"[》」』”\"]?\s*(?:[（(][^）)\n]{0,30}[）)])?\s*(?:[，,；;][^\n]{0,60})?[。.]?$"
)
ZH_FIRST = re.compile(
    ZH_PIECE
    + r"(?:首发|首發|首刊|原载|原載|刊载|刊載|刊发|刊發|转载|轉載|转|轉)(?:自|于|於)"
    + _ZH_NAME
)
#: "转载自澎湃新闻", "（转自新京报）": the reprint's verb alone opening the line (its piece
#: left out, as a reposted story's last line writes it; "首发于" alone may be a date's).
ZH_REPRINTED = re.compile(
    r"^[（(【]?\s*(?:转载|轉載|转|轉)(?:自|于|於)"
    + _ZH_NAME.removesuffix(r"[。.]?$")
    + r"\s*[）)】]?[。.]?$"
)
#: "本文摘自《X》", "选自", "译自": a book's title as often as a paper's; a name reading as an
#: outlet's only ("东江晚报").
ZH_EXCERPTED = re.compile(ZH_PIECE + r"(?:摘|选|選|编译|編譯|译|譯)(?:自|于|於)" + _ZH_NAME)
#: Chinese "经东江晚报授权转载": reprinted with X's authorisation.
ZH_AUTHORISED = re.compile(
    r"^(?:本文)?(?:经|經)\s*[《「『“\"]?(?P<who>(?!\d)[^\n《》「」『』“”\"，,。]{2,30}?)[》」』”\"]?"
    r"\s*(?:授权|授權|许可|許可|同意)(?:转载|轉載|发布|發佈|刊发|刊發|刊登)[^\n]{0,20}$"
)
#: Japanese: "この記事は北浜新報（3月4日付）からの転載です", "北浜新報より転載", "北浜新報の許可
#: を得て転載しています" ("以下より転載" points at the lines below, no outlet).
JA_REPRINT = re.compile(
    r"^[※*（(]?\s*(?:(?:この|本)(?:記事|コラム|原稿|文章)は[、,]?\s*)?"
    r"(?P<who>(?!\d|以下|下記|上記|こちら|次の)[^\n、。（(]{2,30}?)\s*(?:[（(][^）)\n]{1,20}[）)])?\s*"
    r"(?:(?:から|より)(?:の)?(?:転載|抜粋|引用|翻訳)|の(?:許可|許諾|承諾|了承)を(?:得て|いただき|受けて)"
    r"(?:転載|掲載|翻訳))(?:です|しました|しています|したものです|いたしました|しております)?"
    r"[。.]?[）)]?$"
)
#: Korean: "이 글은 한빛일보에서 전재한 것입니다", "이 기사는 X의 허락을 받아 전재했습니다".
KO_REPRINT = re.compile(
    r"^(?:※\s*)?(?:이|본)\s*(?:기사|글|칼럼)(?:는|은)\s+(?P<who>[^\n,.]{2,30}?)\s*(?:(?:에서|로부터|으로부터)"
    r"\s+(?:전재|재게재|발췌|옮겨\s*온|옮긴|가져온)|의\s+(?:허락|허가|동의)(?:을|를)\s+(?:받아|얻어)\s+"
    r"(?:전재|게재|번역))[^\n]{0,20}$"
)


#: (pattern, how far its wording vouches for a name the table lacks). After a paper's word the
#: name may be in sentence case ("Jihočeský zpravodaj"): NAMED keeps its lower-case words
#: when they read as an outlet's; a name in a script without case is taken whole (STRONG);
#: Japanese and Korean notes and a Chinese excerpt name an outlet that reads as one (a date or
#: a book's title sits there too).
#: A blog post's closing note that it quotes or rests on another outlet's report, first
#: published there: "This post quotes a report first published by the Bangkok Post.", "This
#: post is based on a story originally published in The Tyee.", French "Ce billet reprend un
#: article publié d'abord par Le Télégramme.", Spanish "Esta entrada cita un reportaje
#: publicado originalmente por El Diario.", Italian "Questo post riprende un articolo
#: pubblicato originariamente da Il Tirreno." "First" or "originally" is required: "This post
#: mentions a report published by Reuters" names a source, no original.
POST_RESTS_ON = re.compile(
    r"^(?:this\s+(?:post|blog\s+post|entry|article)\s+(?:quotes|cites|draws\s+on|"
    r"is\s+based\s+on|summari[sz]es|excerpts|adapts)\s+(?:a|an|the)\s+(?:report|story|"
    r"article|piece)\s+(?:first|originally)\s+(?:published|reported)\s+(?:by|in)\s+|"
    r"(?:ce\s+billet|cet\s+article)\s+(?:cite|reprend|résume)\s+(?:un|une|le|la|l['’])\s*"
    r"(?:article|reportage|dépêche|enquête)\s+(?:publiée?\s+d['’]abord|d['’]abord\s+publiée?|"
    r"publiée?\s+initialement)\s+(?:par|dans)\s+|"
    r"(?:esta\s+entrada|este\s+(?:post|artículo))\s+(?:cita|resume|reproduce)\s+(?:un|una|el|la)"
    r"\s+(?:reportaje|artículo|nota|informe)\s+publicad[oa]\s+(?:originalmente|primero)\s+"
    r"(?:por|en)\s+|"
    r"questo\s+(?:post|articolo)\s+(?:cita|riprende|riassume)\s+(?:un|una|l['’])\s*"
    r"(?:articolo|servizio|reportage)\s+pubblicat[oa]\s+(?:originariamente|inizialmente|"
    r"per\s+la\s+prima\s+volta)\s+(?:da|su)\s+)"
    r"(?P<who>[^\n.,;:]{2,60}?)[.]?$",
    re.IGNORECASE,
)

PATTERNS = [
    (POST_RESTS_ON, Trust.NAMED),
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
    (ZH_REPRINTED, Trust.NAMED),
    (ZH_EXCERPTED, Trust.OUTLET),
    (ZH_AUTHORISED, Trust.NAMED),
    (JA_REPRINT, Trust.OUTLET),
    (KO_REPRINT, Trust.OUTLET),
]
