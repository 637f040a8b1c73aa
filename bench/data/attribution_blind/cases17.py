# ruff: noqa: E501, RUF001
"""Sites and cases of the seventeenth blind set (cases_2026-12-19.jsonl).

Written from newsroom conventions without reading the attribution code. A ninth independent
representative sample of the open web, this time in the languages and regions the earlier sets
sampled least, weighted by how much news the web carries in them: about 40% English from
outlets in the Caribbean, Oceania, the Gulf, South Asia, South-East Asia and Africa (not the US
or the UK), and the rest in fourteen other languages (Vietnamese, Thai, Persian, Bengali, Tamil,
Swahili, Ukrainian, Romanian, Dutch, Swedish, Greek, Hebrew, Polish, Filipino/Tagalog), on the
CMSs those sites run and with their press's credit words, agency tags and datelines. Each
page's convention is drawn about as often as a crawler of ordinary news feeds meets it, whether
or not an earlier set used it, and a credited page carries every line that credits its original
where real pages do. No new template: the earlier ones (`chrome3`-`chrome12`) render these
CMSs; `use_local_lists` gives the themes' trending lists and "Read also" labels in this set's
languages that no earlier set rendered.

Cases the writer was unsure of (marked before any run; each `note` says why): the Tamil PTI
tag "(பிடிஐ)" (Tamil papers rarely run agency copy, and the transliteration varies); the Tagalog
page whose only sign is "(PNA)" after the final sentence; the Thai Xinhua dateline; the
Persian Tasnim opening "به گزارش خبرگزاری تسنیم از …" as the only sign (kept as a dateline, as the
eleventh set keeps Mehr's); the Swahili "Na AFP" byline; the Hebrew "סוכנויות הידיעות" byline
filed as naming no one.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from cases6 import blogger_div, by, bysite, nul, own, right, wire
from cases8 import (
    AFP,
    AP,
    AP_TRAILER,
    PTI,
    RTR,
    appeared_first,
    comments,
    jby,
    provider,
    source_row,
    td_source,
)
from cases9 import jnews_field
from cases11 import note_line, small_print
from cases15 import wpb_note
from chrome8 import TRENDING_BY_LANG, site_registry
from chrome9 import READ_ALSO
from model3 import Case3, Site3, case, dateline, figure, tail
from model4 import canonical, rich
from model5 import coda, in_last_p, lead

SITES17: dict[str, Site3] = {}


_s = site_registry(SITES17)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# The themes' trending lists and "Read also" labels in the languages no earlier set gave them
# (languages an earlier set rendered keep theirs).
TRENDING17: dict[str, tuple[str, ...]] = {
    "th": (
        "สภาเทศบาลเลื่อนลงมติงบประมาณประจำปี",
        "ยกเลิกประกาศเตือนพายุฤดูร้อนแล้ว",
        "เปิดปฏิทินการศึกษาปีหน้า",
        "ตั๋วนัดชิงขายหมดภายในชั่วโมงเดียว",
    ),
    "ta": (
        "நகராட்சி பட்ஜெட் வாக்கெடுப்பு ஒத்திவைப்பு",
        "கடலோர புயல் எச்சரிக்கை வாபஸ்",
        "அடுத்த கல்வியாண்டு அட்டவணை வெளியீடு",
        "இறுதிப் போட்டி டிக்கெட்டுகள் ஒரு மணி நேரத்தில் விற்பனை",
    ),
    "sw": (
        "Baraza la madiwani laahirisha kura ya bajeti",
        "Tahadhari ya dhoruba pwani yaondolewa",
        "Kalenda ya masomo ya mwaka ujao yatangazwa",
        "Tiketi za fainali zaisha ndani ya saa moja",
    ),
    "uk": (
        "Міська рада відклала голосування за бюджет",
        "Штормове попередження на узбережжі скасували",
        "Оприлюднили графік навчального року",
        "Квитки на фінал розкупили за годину",
    ),
    "ro": (
        "Consiliul local amână votul pe buget",
        "Codul galben de furtună a fost ridicat",
        "Structura anului școlar viitor, publicată",
        "Biletele la finală, epuizate într-o oră",
    ),
    "sv": (
        "Fullmäktige skjuter upp budgetbeslutet",
        "Stormvarningen för kusten hävd",
        "Läsårstiderna för nästa år klara",
        "Finalbiljetterna slutsålda på en timme",
    ),
    "he": (
        "מועצת העיר דחתה את ההצבעה על התקציב",
        "אזהרת הסערה בחוף בוטלה",
        "לוח החופשות לשנת הלימודים הבאה פורסם",
        "הכרטיסים לגמר אזלו תוך שעה",
    ),
    "pl": (
        "Rada gminy przełożyła głosowanie nad budżetem",
        "Odwołano ostrzeżenie przed burzami na wybrzeżu",
        "Znamy kalendarz przyszłego roku szkolnego",
        "Bilety na finał wyprzedane w godzinę",
    ),
    "tl": (
        "Botohan sa badyet ng konseho, ipinagpaliban",
        "Babala sa bagyo sa baybayin, inalis na",
        "Kalendaryo ng susunod na taon ng pasukan, inilabas",
        "Tiket sa finals, naubos sa loob ng isang oras",
    ),
}
READ_ALSO17 = {
    "th": "อ่านเพิ่มเติม",
    "fa": "بیشتر بخوانید",
    "ta": "இதையும் படியுங்கள்",
    "sw": "Soma pia",
    "uk": "Читайте також",
    "ro": "Citește și",
    "sv": "Läs också",
    "he": "עוד באתר",
    "pl": "Czytaj także",
    "tl": "Basahin din",
}


def use_local_lists() -> None:
    """Add this set's languages to the themes' lists, leaving every language an earlier set
    rendered as it was (so the earlier sets still regenerate byte for byte)."""
    for lang, items in TRENDING17.items():
        TRENDING_BY_LANG.setdefault(lang, items)
    for lang, label in READ_ALSO17.items():
        READ_ALSO.setdefault(lang, label)


# ---------------------------------------------------------------- sites
# English, by the story they mostly carry: water lock-offs in Jamaica, a Fijian village moving
# inland, flash floods in Oman, elephants in Sri Lanka, a fishing ban in the Philippines, power
# cuts in Zambia; a Google News-style aggregator and an MSN-style partner portal carry several.
EN_JM1 = _s("stcatherinevoice.com", "St Catherine Voice", "wp")
EN_JM2 = blog("yardnewsdaily.blogspot.com", "Yard News Daily")
EN_JM3 = _s("caribbeanheadlines24.com", "Caribbean Headlines 24", "jnews")
EN_FJ1 = _s("vanualevutimes.com", "Vanua Levu Times", "wp")
EN_FJ2 = _s("pacificislandsdigest.com", "Pacific Islands Digest", "tagdiv")
EN_FJ3 = _s("pacificclimateaction.org", "Pacific Climate Action Network", "wpblock")
EN_FJ4 = blog("pacificvoicesnotes.blogspot.com", "Pacific Voices Notes")
EN_OM1 = _s("muscatbriefing.com", "Muscat Briefing", "jannah")
EN_OM2 = _s("gulfdailydigest.com", "Gulf Daily Digest", "regional")
EN_OM3 = blog("omanexpatnotes.blogspot.com", "Oman Expat Notes")
EN_LK1 = _s("lankanewsline.com", "Lanka Newsline", "tagdiv")
EN_LK2 = _s("rajaratanews.lk", "Rajarata News", "wp")
EN_LK3 = blog("srilankawildlifenotes.blogspot.com", "Sri Lanka Wildlife Notes")
EN_LK4 = _s("elephantfence-lanka.org", "Elephant Fence Lanka", "wpblock")
EN_PH1 = _s("palawanislandnews.com", "Palawan Island News", "jnews")
EN_PH2 = _s("visayasdailypost.com", "Visayas Daily Post", "wp")
EN_PH3 = blog("tagbaranfisherfolk.blogspot.com", "Tagbaran Fisherfolk")
EN_ZM1 = _s("copperbeltobserver.com", "Copperbelt Observer", "jannah")
EN_ZM2 = _s("lusakabusinessdaily.com", "Lusaka Business Daily", "regional")
EN_ZM3 = blog("zambiasmallbiz.blogspot.com", "Zambia Small Biz")
EN_AG = _s("newsglance.app", "NewsGlance", "aggregator", "newsglance.app")
EN_PT = _s("newsviewhub.com", "NewsView", "partner")
OWN_GLEANER = _s("jamaica-gleaner.com", "Jamaica Gleaner", "drupal")
OWN_FIJITIMES = _s("fijitimes.com.fj", "The Fiji Times", "wp")
OWN_TOO = _s("timesofoman.com", "Times of Oman", "regional")
OWN_DMLK = _s("dailymirror.lk", "Daily Mirror", "regional")
OWN_SUNSTAR = _s("sunstar.com.ph", "SunStar", "arc")
OWN_DIGGERS = _s("diggers.news", "News Diggers!", "wp")
# Vietnamese (Mekong Delta)
VI1 = _s("tanphudong-online.vn", "Tân Phú Đông Online", "wp")
VI2 = _s("tintucmientay24h.com", "Tin tức Miền Tây 24h", "tagdiv")
VI3 = _s("songtien-news.com", "Sông Tiền News", "jnews")
OWN_TN = _s("thanhnien.vn", "Báo Thanh Niên", "regional")
# Thai (a northern province)
TH1 = _s("maetal-news.com", "แม่ทาลนิวส์", "wp")
TH2 = _s("lannanews-online.com", "ล้านนานิวส์ออนไลน์", "jnews")
TH3 = blog("maetal-diary.blogspot.com", "บันทึกแม่ทาล")
# Persian (a plain in Isfahan province)
FA1 = _s("golpayeh-khabar.ir", "گلپایه خبر", "wp")
FA2 = _s("dasht-news.com", "دشت نیوز", "regional")
FA3 = blog("zamin-vaab.blogspot.com", "زمین و آب")
OWN_ISNA = _s("isna.ir", "ایسنا", "regional")
# Bengali (Lalmonirhat, Bangladesh)
BN1 = _s("aditmari-barta.com", "আদিতমারী বার্তা", "regional")
BN2 = _s("teesta-khobor.com", "তিস্তা খবর", "jnews")
BN3 = blog("chorerkotha.blogspot.com", "চরের কথা")
OWN_BDN = _s("bangla.bdnews24.com", "বিডিনিউজ টোয়েন্টিফোর ডটকম", "regional", "bangla.bdnews24.com")
# Tamil (Madurai, Tamil Nadu)
TA1 = _s("madurai-seithi.com", "மதுரை செய்திகள்", "wp")
TA2 = _s("thirumangalam-news.in", "திருமங்கலம் நியூஸ்", "jnews")
TA3 = blog("malligai-vivasayi.blogspot.com", "மல்லிகை விவசாயி")
OWN_DML = _s("dinamalar.com", "தினமலர்", "regional")
# Swahili (Mwanza, Tanzania)
SW1 = _s("mwanza-habari.co.tz", "Mwanza Habari", "wp")
SW2 = _s("ziwani-leo.com", "Ziwani Leo", "jannah")
SW3 = blog("sautiyawavuvi.blogspot.com", "Sauti ya Wavuvi")
OWN_MWANANCHI = _s("mwananchi.co.tz", "Mwananchi", "regional")
# Ukrainian (Poltava oblast)
UK1 = _s("rudka-hromada.com.ua", "Рудківська громада", "wp")
UK2 = _s("poltava-visti24.com", "Полтава Вісті 24", "regional")
UK3 = _s("vorskla-info.com.ua", "Ворскла Інфо", "jnews")
OWN_UNIAN = _s("unian.ua", "УНІАН", "regional")
# Romanian (Harghita)
RO1 = _s("harghita-azi.ro", "Harghita Azi", "wp")
RO2 = _s("valeastramba-info.ro", "Valea Strâmbă Info", "jnews")
RO3 = blog("jurnal-de-munte-hr.blogspot.com", "Jurnal de munte")
# Dutch (the Veluwe)
NL1 = _s("uddel-nieuws.nl", "Uddel Nieuws", "wp")
NL2 = _s("veluwe-actueel.nl", "Veluwe Actueel", "localportal")
OWN_GLD = _s("gld.nl", "Omroep Gelderland", "regional")
# Swedish (Västerbotten)
SV1 = _s("grantrask-bladet.se", "Granträskbladet", "wp")
SV2 = _s("vasterbotten-nytt.se", "Västerbotten Nytt", "localportal")
SV3 = blog("byskolanigrantrask.blogspot.com", "Rädda byskolan i Granträsk")
# Greek (the Dodecanese)
EL1 = _s("astypalaia-news.gr", "Αστυπάλαια News", "wp")
EL2 = _s("dodekanisa-online.gr", "Δωδεκάνησα Online", "jnews")
OWN_KATH = _s("kathimerini.gr", "Η ΚΑΘΗΜΕΡΙΝΗ", "arc")
# Hebrew (the Sea of Galilee)
HE1 = _s("kinneret-news.co.il", "חדשות הכנרת", "wp")
HE2 = _s("galil-online.co.il", "גליל אונליין", "regional")
OWN_KAN = _s("kan.org.il", "כאן חדשות", "regional")
# Polish (Podlasie)
PL1 = _s("narewka-info.pl", "Narewka Info", "wp")
PL2 = _s("puszcza-news.pl", "Puszcza News", "localportal")
OWN_PORANNY = _s("poranny.pl", "Kurier Poranny", "regional")
# Filipino/Tagalog (Bulacan)
TL1 = _s("baliwagnorte-balita.com", "Baliwag Norte Balita", "wp")
TL2 = _s("bulacan-ngayon.com", "Bulacan Ngayon", "jannah")
TL3 = blog("pilanaming-bigas.blogspot.com", "Pila Naming Bigas")
OWN_ABANTE = _s("abante.com.ph", "Abante", "regional")

WATER, MOVE, WADI, ELEPHANT, FISH, POWER = (
    "water",
    "relocation",
    "wadi",
    "elephant",
    "fishing",
    "power",
)
VI, TH, FA, BN, TA, SW, UK = "satlo", "fun", "forunesht", "bhangon", "malligai", "dagaa", "ukryttia"
RO, NL, SV, EL, HE, PL, TL = "ursi", "wolf", "skolan", "nero", "kinneret", "zubry", "bigas"

WATER_T = "Water lock-offs extended in Old Harbour Hills as Rio Minho intake runs low"
RNZ = ["RNZ", "RNZ Pacific", "Radio New Zealand", "rnz.co.nz"]
ABC_AU = [
    "ABC Australia",
    "ABC Pacific",
    "ABC News Australia",
    "Australian Broadcasting Corporation",
    "abc.net.au",
]
XINHUA = ["Xinhua", "Xinhua News Agency", "新华社", "ซินหัว"]
VNA = ["Vietnam News Agency", "VNA", "TTXVN", "Thông tấn xã Việt Nam"]
RFERL = ["Radio Free Europe/Radio Liberty", "RFE/RL", "Radio Free Europe", "Radio Liberty"]

CASES17: list[Case3] = [
    # ======================= English: credited copies, in the table =======================
    case(
        "in_table",
        "en",
        EN_FJ4,
        MOVE,
        "RNZ",
        RNZ,
        "rnz-republished-with-permission",
        tail(
            "This article was first published on RNZ Pacific and is republished with permission.",
            tag="em",
        ),
        note="a Pacific blog reposting RNZ Pacific under its republishing terms; answered by the table's RNZ",
    ),
    case(
        "in_table",
        "en",
        EN_FJ1,
        MOVE,
        "ABC Australia",
        ABC_AU,
        "source-abc-pacific",
        tail("Source: ABC Pacific"),
        note="ABC Pacific is the Australian broadcaster's Pacific service (the table's 'ABC Australia'), not the US network",
    ),
    case(
        "in_table",
        "en",
        EN_FJ2,
        MOVE,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "canonical-only",
        canonical(
            "https://www.theguardian.com/world/2026/mar/12/fiji-village-navuniwai-moves-inland-seawall-fails"
        ),
        note="a scraper whose only sign is a canonical link to the Guardian's Pacific story",
    ),
    case(
        "in_table",
        "en",
        EN_OM1,
        WADI,
        "Gulf News",
        ["Gulf News", "gulfnews.com"],
        "courtesy-bold-tail",
        tail("Courtesy: Gulf News", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        WADI,
        "Khaleej Times",
        ["Khaleej Times", "khaleejtimes.com"],
        "aggregator-source-row",
        source_row("Khaleej Times", "2h"),
        note="an aggregator's source row: the aggregator only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_OM3,
        WADI,
        "The National",
        ["The National", "The National News", "thenationalnews.com"],
        "blogger-source-linked",
        blogger_div(
            "Source:",
            "The National",
            "https://www.thenationalnews.com/gulf-news/oman/2026/03/12/flash-floods-wadi-bani-haddad/",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_LK1,
        ELEPHANT,
        "Al Jazeera",
        ["Al Jazeera", "Al Jazeera English", "aljazeera.com"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "Al Jazeera",
            "https://www.aljazeera.com/news/2026/3/12/sri-lanka-village-electric-fence-elephants",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_LK4,
        ELEPHANT,
        "The Conversation",
        ["The Conversation", "theconversation.com"],
        "ngo-conversation-repost",
        wpb_note(
            "This article is republished from ",
            ("The Conversation", "https://theconversation.com"),
            " under a Creative Commons license. Read the ",
            (
                "original article",
                "https://theconversation.com/a-fence-around-the-forest-not-the-farm-how-one-sri-lankan-village-cut-elephant-raids-261455",
            ),
            ".",
        ),
        note="a conservation NGO reposting a researcher's piece from The Conversation, its line under a block separator",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        ELEPHANT,
        "BBC",
        ["BBC", "BBC News", "bbc.com"],
        "partner-provided-by-bbc",
        provider("BBC", "Nimali Fernando"),
        note="an MSN-style partner portal's provider strip: the portal only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_PH2,
        FISH,
        "Philippine Daily Inquirer",
        ["Philippine Daily Inquirer", "Inquirer", "Inquirer.net", "inquirer.net"],
        "source-inquirer-net",
        tail("Source: Inquirer.net", tag="em"),
    ),
    case(
        "in_table",
        "en",
        EN_PH1,
        FISH,
        "Rappler",
        ["Rappler", "rappler.com"],
        "originally-published-rappler",
        rich(
            "tail",
            "This story was originally published on ",
            (
                "Rappler",
                "https://www.rappler.com/philippines/tagbaran-bay-closed-fishing-season-2026/",
            ),
            ".",
            tag="em",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        POWER,
        "Bloomberg",
        ["Bloomberg", "Bloomberg News", "bloomberg.com"],
        "partner-bloomberg-trailer",
        provider("Bloomberg", "Mpundu Chanda"),
        dateline("(Bloomberg) --"),
        small_print("©2026 Bloomberg L.P."),
        note="Bloomberg on a partner portal: provider strip and copyright line are credit lines, the opening tag is kept",
    ),
    # ======================= English: credited copies, outside the table =======================
    case(
        "out_of_table",
        "en",
        EN_JM2,
        WATER,
        "The Gleaner",
        ["The Gleaner", "Jamaica Gleaner", "Gleaner", "jamaica-gleaner.com"],
        "blogger-source-gleaner",
        blogger_div(
            "Source:",
            "Jamaica Gleaner",
            "https://jamaica-gleaner.com/article/news/20260312/old-harbour-hills-lock-offs-extended",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_JM3,
        WATER,
        "Jamaica Observer",
        ["Jamaica Observer", "The Jamaica Observer", "jamaicaobserver.com"],
        "yoast-appeared-first",
        appeared_first(
            WATER_T,
            "Jamaica Observer",
            "https://www.jamaicaobserver.com/2026/03/12/water-lock-offs-extended-old-harbour-hills/",
        ),
        note="the RSS-import plugin's footer naming the Observer",
    ),
    case(
        "out_of_table",
        "en",
        EN_JM1,
        WATER,
        "Caribbean Media Corporation",
        ["Caribbean Media Corporation", "CMC", "CMC Caribbean"],
        "cmc-dateline-slug",
        dateline("KINGSTON, Jamaica, Mar 12, CMC –"),
        note_line("CMC/jb/ir/2026", cls="cmc-slug"),
        note="the Caribbean's regional wire, outside the table, filed `out_of_table` as the earlier sets file such wires; its dateline is kept and its desk slug is the credit line",
    ),
    case(
        "out_of_table",
        "en",
        EN_FJ4,
        MOVE,
        "The Fiji Times",
        ["The Fiji Times", "Fiji Times", "fijitimes.com.fj"],
        "blogger-source-fiji-times",
        blogger_div(
            "Source:",
            "The Fiji Times",
            "https://www.fijitimes.com.fj/navuniwai-families-move-to-higher-ground/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_FJ3,
        MOVE,
        "FBC News",
        ["FBC News", "Fijian Broadcasting Corporation", "FBC", "fbcnews.com.fj"],
        "first-appeared-block-note",
        wpb_note("This story first appeared on FBC News."),
    ),
    case(
        "out_of_table",
        "en",
        EN_OM2,
        WADI,
        "Times of Oman",
        ["Times of Oman", "timesofoman.com"],
        "source-times-of-oman",
        tail("Source: Times of Oman"),
    ),
    case(
        "out_of_table",
        "en",
        EN_OM1,
        WADI,
        "Oman News Agency",
        ["Oman News Agency", "ONA", "omannews.gov.om"],
        "ona-dateline-only",
        dateline("Muscat, March 12 (ONA) --"),
        note="Oman's agency, outside the table, filed `out_of_table`; its dateline is the only sign",
    ),
    case(
        "out_of_table",
        "en",
        EN_LK2,
        ELEPHANT,
        "Daily Mirror",
        ["Daily Mirror", "Daily Mirror Sri Lanka", "dailymirror.lk"],
        "courtesy-em-tail",
        tail("Courtesy: Daily Mirror", tag="em"),
        note="Sri Lanka's Daily Mirror (Wijeya Newspapers), not the British tabloid; neither is in the table",
    ),
    case(
        "out_of_table",
        "en",
        EN_LK3,
        ELEPHANT,
        "Mongabay",
        ["Mongabay", "Mongabay News", "news.mongabay.com"],
        "originally-published-mongabay",
        tail("This article was originally published on Mongabay.", tag="i"),
    ),
    case(
        "out_of_table",
        "en",
        EN_PH3,
        FISH,
        "GMA News",
        ["GMA News", "GMA News Online", "GMA Integrated News", "gmanetwork.com"],
        "blogger-source-gma",
        blogger_div(
            "Source:",
            "GMA News Online",
            "https://www.gmanetwork.com/news/topstories/regions/tagbaran-bay-closed-season/story/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_PH1,
        FISH,
        "SunStar",
        ["SunStar", "SunStar Iloilo", "sunstar.com.ph"],
        "jnews-source-sunstar",
        jnews_field(
            "Source:",
            "SunStar Iloilo",
            "https://www.sunstar.com.ph/iloilo/closed-fishing-season-starts-tagbaran-bay",
        ),
        note="the chain's regional edition, answered 'SunStar' (the edition also accepted)",
    ),
    case(
        "out_of_table",
        "en",
        EN_ZM3,
        POWER,
        "News Diggers!",
        ["News Diggers!", "News Diggers", "diggers.news"],
        "blogger-source-diggers",
        blogger_div(
            "Source:",
            "News Diggers!",
            "https://diggers.news/business/2026/03/12/kitwe-small-businesses-count-cost-of-load-shedding/",
        ),
        note="answered with its exclamation mark (also without)",
    ),
    case(
        "out_of_table",
        "en",
        EN_ZM1,
        POWER,
        "ZNBC",
        ["ZNBC", "Zambia National Broadcasting Corporation", "znbc.co.zm"],
        "jannah-author-outlet",
        jby("Mwila Zulu | ZNBC"),
        note="a Jannah author slot 'Name | Outlet'",
    ),
    # ======================= English: wire copy =======================
    wire(
        "en",
        EN_JM3,
        WATER,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By DANICA BROWN Associated Press", cls="jeg_meta_author"),
        dateline("KINGSTON, Jamaica (AP) —"),
        small_print(AP_TRAILER),
    ),
    wire(
        "en",
        EN_FJ2,
        MOVE,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Navuniwai (Fiji) (AFP) -"),
        note_line("ssy/slb/dhc", cls="afp-slug"),
    ),
    wire(
        "en",
        EN_FJ1,
        MOVE,
        "Australian Associated Press",
        ["Australian Associated Press", "AAP"],
        "aap-byline",
        by("Lice Tuilevuka | Australian Associated Press", cls="byline"),
    ),
    wire(
        "en",
        EN_OM2,
        WADI,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("MUSCAT, March 12 (Reuters) -"),
        tail("(Reporting by Yousef Al Marzouqi in Dubai; Editing by Helen Pryce)"),
    ),
    wire(
        "en",
        EN_OM3,
        WADI,
        "AFP",
        AFP,
        "afp-dateline-copyright",
        dateline("Muscat (AFP) -"),
        small_print("© 2026 AFP"),
    ),
    wire(
        "en",
        EN_LK1,
        ELEPHANT,
        "Press Trust of India",
        PTI,
        "pti-dateline-codes",
        dateline("Colombo, Mar 12 (PTI)"),
        note_line("PTI CORR SCY SCY", cls="pti-codes"),
    ),
    wire(
        "en",
        EN_LK2,
        ELEPHANT,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-signoff-slug",
        dateline("Colombo, March 12 (IANS)"),
        note_line("--IANS", cls="ians"),
        note_line("ksk/arm", cls="ians-slug"),
    ),
    wire(
        "en",
        EN_LK3,
        ELEPHANT,
        "ANI",
        ["ANI", "Asian News International"],
        "ani-dateline-tag",
        dateline("Colombo [Sri Lanka], March 12 (ANI):"),
        in_last_p("(ANI)"),
    ),
    wire(
        "en",
        EN_PH2,
        FISH,
        "Philippine News Agency",
        ["Philippine News Agency", "PNA", "pna.gov.ph"],
        "pna-end-tag",
        dateline("SAN ISIDRO, Palawan –"),
        in_last_p("(PNA)"),
        note="PNA copy: its place line names no agency and is kept, '(PNA)' after the final sentence is the credit line",
    ),
    wire(
        "en",
        EN_PH1,
        FISH,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-enditem",
        dateline("MANILA, March 12 (Xinhua) --"),
        note_line("Enditem", cls="enditem"),
    ),
    wire(
        "en",
        EN_ZM2,
        POWER,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("LUSAKA, March 12 (Reuters) -"),
        tail("(Reporting by Mwansa Kunda; Editing by Rachel Thorne)"),
    ),
    wire(
        "en",
        EN_ZM1,
        POWER,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-enditem",
        dateline("LUSAKA, March 12 (Xinhua) --"),
        note_line("Enditem", cls="enditem"),
    ),
    # ======================= English: own pages =======================
    own(
        "en",
        OWN_GLEANER,
        WATER,
        "own-gleaner-writer",
        by("Carlene Davis/Gleaner Writer", cls="byline", credit=False),
        note="the paper's own writer byline on its own site",
    ),
    own(
        "en",
        OWN_FIJITIMES,
        MOVE,
        "own-fiji-times-copyright",
        small_print("Copyright © 2026 The Fiji Times Limited. All rights reserved."),
    ),
    own(
        "en",
        OWN_TOO,
        WADI,
        "own-times-news-service",
        by("Times News Service", cls="byline", credit=False),
        note="the paper's own desk byline",
    ),
    own(
        "en",
        OWN_DMLK,
        ELEPHANT,
        "own-daily-mirror-copyright",
        by("By Kamal Siriwardena", cls="byline", credit=False),
        small_print("© 2026 Wijeya Newspapers Ltd. All rights reserved."),
    ),
    own(
        "en",
        OWN_SUNSTAR,
        FISH,
        "own-sunstar-follow",
        by("By Jude Torres, SunStar Iloilo", cls="byline", credit=False),
        tail("Follow SunStar Iloilo on Facebook for the latest news."),
    ),
    own(
        "en",
        OWN_DIGGERS,
        POWER,
        "own-diggers-copyright",
        small_print("© 2026 News Diggers! All rights reserved."),
    ),
    # ======================= English: other null pages =======================
    nul(
        "negative_mention",
        "en",
        EN_JM1,
        WATER,
        "mid-told-rjr",
        keep=(
            "A commission spokesman told RJR News on Wednesday that a second pump at the intake had been switched off to protect it.",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_JM2,
        WATER,
        "caption-jis",
        figure(
            "A National Water Commission truck fills a tank at Bannister Road on Thursday. (Photo: JIS)"
        ),
        note="a government information service's photo credit: a caption",
    ),
    nul("no_credit", "en", EN_JM2, WATER, "blog-posted-by", bysite("Posted by Yard News Daily")),
    nul(
        "negative_mention",
        "en",
        EN_FJ3,
        MOVE,
        "lead-speaking-to-rnz",
        lead(
            "Speaking to RNZ Pacific in 2024, the village headman said the community had run out of options on the coast."
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_FJ4,
        MOVE,
        "caption-afp",
        figure("New homes at the relocation site above Navuniwai. (Photo: Mere Sauvou/AFP)"),
    ),
    nul("no_credit", "en", EN_FJ1, MOVE, "staff-reporter", bysite("Vanua Levu Times Reporter")),
    nul(
        "negative_mention",
        "en",
        EN_OM3,
        WADI,
        "lead-first-reported-observer",
        lead("The road closures were first reported by the Oman Observer on Wednesday afternoon."),
    ),
    nul(
        "negative_caption",
        "en",
        EN_OM2,
        WADI,
        "caption-ona",
        figure("Floodwater crosses a road in Wadi Bani Haddad on Wednesday. (Photo: ONA)"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_OM1,
        WADI,
        "chart-source-caa",
        figure(
            "Rainfall recorded at stations in the wilayat on Wednesday. Source: Civil Aviation Authority"
        ),
        note="a chart's data source",
    ),
    nul(
        "negative_mention",
        "en",
        EN_LK3,
        ELEPHANT,
        "mid-told-bbc-sinhala",
        keep=(
            "Herath told the BBC's Sinhala service last year that the fence had changed life in the village.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_LK2,
        ELEPHANT,
        "comments-name-ada-derana",
        comments(
            ("Sunil_K", "Saw this on Ada Derana last night too. Good work by the villagers."),
            ("ranjani88", "Our village in Medirigiriya needs the same fence."),
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_LK1,
        ELEPHANT,
        "caption-afp-photo",
        figure("A wild elephant near the electric fence at Galkiriyagama. (AFP Photo)"),
    ),
    nul(
        "negative_mention",
        "en",
        EN_PH3,
        FISH,
        "coda-first-reported-bombo",
        coda("The start of the closure was first reported by Bombo Radyo on Saturday."),
    ),
    nul("no_credit", "en", EN_PH2, FISH, "staff-writer", bysite("By Staff Writer")),
    nul(
        "negative_caption",
        "en",
        EN_PH1,
        FISH,
        "caption-pna-photo",
        figure("Fishers mend their nets in San Isidro on Sunday. (PNA photo by Leo Magbanua)"),
    ),
    nul(
        "negative_mention",
        "en",
        EN_ZM2,
        POWER,
        "mid-told-znbc",
        keep=(
            "The energy minister told ZNBC on Monday that the cuts would ease once the imports began.",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_ZM3,
        POWER,
        "caption-xinhua",
        figure("A welder works by generator light in Chimwemwe. (Xinhua/Peng Lijun)"),
    ),
    # ======================= Vietnamese =======================
    case(
        "in_table",
        "vi",
        VI2,
        VI,
        "BBC",
        ["BBC", "BBC News Tiếng Việt", "BBC Tiếng Việt", "bbc.com"],
        "theo-right-bbc",
        right("Theo BBC News Tiếng Việt"),
        note="the right-aligned bold 'Theo …' line Vietnamese editors set under a story; BBC's Vietnamese service is answered 'BBC'",
    ),
    case(
        "out_of_table",
        "vi",
        VI3,
        VI,
        "Thanh Niên",
        ["Thanh Niên", "Báo Thanh Niên", "thanhnien.vn"],
        "theo-right-thanh-nien",
        right("Theo Báo Thanh Niên"),
        note="answered without 'Báo' (newspaper), which is also accepted",
    ),
    wire(
        "vi",
        VI1,
        VI,
        "Vietnam News Agency",
        VNA,
        "theo-right-ttxvn",
        right("Theo TTXVN"),
    ),
    wire(
        "vi",
        VI3,
        VI,
        "Vietnam News Agency",
        VNA,
        "ttxvn-reporter-byline",
        by("Nguyễn Văn Trí (TTXVN)", cls="jeg_meta_author"),
        note="a VNA reporter's byline '<name> (TTXVN)'",
    ),
    own(
        "vi",
        OWN_TN,
        VI,
        "own-thanh-nien-byline",
        by("Hoàng Phương - Thanh Niên", cls="byline", credit=False),
        note="the paper's reporter byline naming itself on its own site",
    ),
    nul(
        "negative_mention",
        "vi",
        VI1,
        VI,
        "mid-trao-doi-vtv",
        keep=(
            "Trao đổi với VTV, Chủ tịch UBND xã cho biết địa phương đã đề nghị tỉnh hỗ trợ kinh phí làm kè tạm.",
        ),
    ),
    # ======================= Thai =======================
    case(
        "in_table",
        "th",
        TH1,
        TH,
        "BBC",
        ["BBC", "บีบีซีไทย", "BBC Thai", "BBC News ไทย", "bbc.com"],
        "thimaa-bbc-thai",
        tail("ที่มา: บีบีซีไทย", tag="strong"),
        note="'ที่มา:' (source) with BBC's Thai service, answered 'BBC'",
    ),
    case(
        "out_of_table",
        "th",
        TH3,
        TH,
        "ไทยรัฐ",
        ["ไทยรัฐ", "ไทยรัฐออนไลน์", "Thairath", "thairath.co.th"],
        "thimaa-thairath",
        tail("ที่มา: ไทยรัฐออนไลน์"),
        note="answered 'ไทยรัฐ' (the online edition also accepted)",
    ),
    case(
        "out_of_table",
        "th",
        TH2,
        TH,
        "สำนักข่าวไทย",
        ["สำนักข่าวไทย", "สำนักข่าวไทย อสมท", "TNA", "Thai News Agency", "tnamcot.com"],
        "jnews-source-tna",
        jnews_field("ที่มา:", "สำนักข่าวไทย อสมท", "https://tna.mcot.net/region-1461234"),
        note="the Thai News Agency (MCOT), a wire outside the table, filed `out_of_table`",
    ),
    wire(
        "th",
        TH2,
        TH,
        "Xinhua",
        XINHUA,
        "xinhua-thai-dateline",
        dateline("เชียงใหม่, 12 มี.ค. (ซินหัว) --"),
        note="Xinhua's Thai service: its dateline is the only sign (unsure: how often Thai sites keep it)",
    ),
    nul(
        "negative_mention",
        "th",
        TH3,
        TH,
        "mid-thai-pbs-interview",
        keep=("นายอำเภอให้สัมภาษณ์กับไทยพีบีเอสว่าได้สั่งการให้ทุกตำบลตั้งจุดเฝ้าระวังไฟป่าตลอด 24 ชั่วโมง",),
    ),
    nul(
        "negative_caption",
        "th",
        TH1,
        TH,
        "caption-afp",
        figure("หมอกควันปกคลุมตัวอำเภอแม่ทาลเมื่อเช้าวันพฤหัสบดี (ภาพ: เอเอฟพี)"),
    ),
    # ======================= Persian =======================
    case(
        "in_table",
        "fa",
        FA3,
        FA,
        "Radio Free Europe/Radio Liberty",
        [*RFERL, "رادیو فردا", "Radio Farda", "radiofarda.com"],
        "manba-radio-farda",
        tail("منبع: رادیو فردا"),
        note="a diaspora blog crediting Radio Farda, RFE/RL's Persian service (answered by the table's name)",
    ),
    case(
        "out_of_table",
        "fa",
        FA1,
        FA,
        "خبرآنلاین",
        ["خبرآنلاین", "Khabaronline", "khabaronline.ir"],
        "manba-khabaronline",
        tail("منبع: خبرآنلاین", tag="strong"),
    ),
    wire(
        "fa",
        FA2,
        FA,
        "Tasnim News Agency",
        ["Tasnim News Agency", "Tasnim", "تسنیم", "خبرگزاری تسنیم"],
        "tasnim-opening",
        dateline("به گزارش خبرگزاری تسنیم از اصفهان،"),
        note="the agency's opening 'به گزارش خبرگزاری تسنیم از …' is the only sign and stays, as the eleventh set keeps Mehr's (unsure: whether a reader files it as credit)",
    ),
    wire(
        "fa",
        FA1,
        FA,
        "IRNA",
        ["IRNA", "ایرنا", "خبرگزاری ایرنا", "Islamic Republic News Agency"],
        "manba-irna",
        tail("منبع: ایرنا"),
    ),
    own(
        "fa",
        OWN_ISNA,
        FA,
        "own-isna-end",
        tail("انتهای پیام"),
        note="ISNA (outside the table) on its own site with its own end mark: null",
    ),
    nul(
        "negative_mention",
        "fa",
        FA2,
        FA,
        "mid-goftogu-ba-isna",
        keep=(
            "یک کارشناس زمین‌شناسی در گفت‌وگو با ایسنا گفت که بخشی از این ترک‌ها دیگر قابل ترمیم نیست.",
        ),
    ),
    # ======================= Bengali =======================
    case(
        "in_table",
        "bn",
        BN3,
        BN,
        "Prothom Alo",
        ["Prothom Alo", "প্রথম আলো", "prothomalo.com"],
        "sutro-prothom-alo",
        tail("সূত্র: প্রথম আলো"),
    ),
    case(
        "out_of_table",
        "bn",
        BN2,
        BN,
        "bdnews24.com",
        ["bdnews24.com", "বিডিনিউজ টোয়েন্টিফোর ডটকম", "bdnews24"],
        "jnews-sutro-bdnews24",
        jnews_field(
            "সূত্র:",
            "বিডিনিউজ টোয়েন্টিফোর ডটকম",
            "https://bangla.bdnews24.com/samagradesh/teesta-erosion-lalmonirhat",
        ),
        note="answered 'bdnews24.com', the Bengali spelling of its name also accepted",
    ),
    wire(
        "bn",
        BN1,
        BN,
        "Bangladesh Sangbad Sangstha",
        ["Bangladesh Sangbad Sangstha", "BSS", "বাসস"],
        "bss-dateline-slug",
        dateline("লালমনিরহাট, ১২ মার্চ, ২০২৬ (বাসস) :"),
        note_line("বাসস/সংবাদদাতা/১৪৩০/কেকে", cls="bss-slug"),
        note="BSS's Bengali dateline is kept; its desk slug is the credit line",
    ),
    wire(
        "bn",
        BN3,
        BN,
        "Bangladesh Sangbad Sangstha",
        ["Bangladesh Sangbad Sangstha", "BSS", "বাসস"],
        "sutro-bss",
        tail("সূত্র: বাসস"),
    ),
    own(
        "bn",
        OWN_BDN,
        BN,
        "own-bdnews24-correspondent",
        by("লালমনিরহাট প্রতিনিধি, বিডিনিউজ টোয়েন্টিফোর ডটকম", cls="byline", credit=False),
        note="the outlet's correspondent byline naming itself on its own site",
    ),
    nul(
        "negative_mention",
        "bn",
        BN1,
        BN,
        "mid-prothom-aloke",
        keep=(
            "ইউনিয়ন পরিষদের চেয়ারম্যান প্রথম আলোকে বলেন, ভাঙনকবলিত পরিবারের তালিকা জেলা প্রশাসনে পাঠানো হয়েছে।",
        ),
    ),
    # ======================= Tamil =======================
    case(
        "in_table",
        "ta",
        TA1,
        TA,
        "BBC",
        ["BBC", "பிபிசி தமிழ்", "BBC Tamil", "bbc.com"],
        "nandri-bbc-tamil",
        tail("நன்றி: பிபிசி தமிழ்", tag="strong"),
        note="'நன்றி:' (thanks to), the Tamil press's credit word, with BBC's Tamil service, answered 'BBC'",
    ),
    case(
        "out_of_table",
        "ta",
        TA3,
        TA,
        "Dinamalar",
        ["Dinamalar", "தினமலர்", "dinamalar.com"],
        "nandri-dinamalar",
        tail("நன்றி: தினமலர்"),
    ),
    wire(
        "ta",
        TA2,
        TA,
        "Press Trust of India",
        PTI,
        "pti-tamil-tag",
        in_last_p("(பிடிஐ)"),
        note="PTI's name transliterated after the final sentence (unsure: Tamil papers run little agency copy)",
    ),
    own(
        "ta",
        OWN_DML,
        TA,
        "own-dinamalar-copyright",
        small_print("Copyright © 2026 Dinamalar. All rights reserved."),
    ),
    nul(
        "negative_mention",
        "ta",
        TA2,
        TA,
        "mid-bbc-tamil-idam",
        keep=("பிபிசி தமிழிடம் பேசிய சந்தை சங்கத் தலைவர், அரசு விலை நிர்ணயம் செய்ய வேண்டும் என்றார்.",),
    ),
    nul(
        "negative_caption",
        "ta",
        TA1,
        TA,
        "caption-padam-pti",
        figure("மாட்டுத்தாவணி சந்தையில் குவிந்து கிடக்கும் மல்லிகைப் பூக்கள். படம்: பிடிஐ"),
    ),
    # ======================= Swahili =======================
    case(
        "in_table",
        "sw",
        SW2,
        SW,
        "Deutsche Welle",
        ["Deutsche Welle", "DW", "DW Kiswahili", "dw.com"],
        "chanzo-dw",
        tail("Chanzo: DW Kiswahili", tag="strong"),
    ),
    case(
        "out_of_table",
        "sw",
        SW3,
        SW,
        "HabariLeo",
        ["HabariLeo", "Habari Leo", "habarileo.co.tz"],
        "chanzo-habarileo",
        tail("Chanzo: HabariLeo"),
    ),
    wire(
        "sw",
        SW1,
        SW,
        "Xinhua",
        XINHUA,
        "xinhua-swahili-dateline",
        dateline("MWANZA, Machi 12 (Xinhua) --"),
        note="Xinhua's Swahili service: its dateline is the only sign",
    ),
    wire(
        "sw",
        SW2,
        SW,
        "AFP",
        AFP,
        "na-afp-byline",
        by("Na AFP", cls="meta-author"),
        note="'Na' is Swahili for 'by' (unsure: a two-word byline as a credit line)",
    ),
    own(
        "sw",
        OWN_MWANANCHI,
        SW,
        "own-mwananchi-copyright",
        by("Na Mwandishi Wetu", cls="byline", credit=False),
        small_print("© 2026 Mwananchi Communications Limited. Haki zote zimehifadhiwa."),
    ),
    nul(
        "negative_mention",
        "sw",
        SW1,
        SW,
        "mid-akizungumza-na-mwananchi",
        keep=(
            "Akizungumza na Mwananchi, mwenyekiti wa wafanyabiashara wa soko hilo alisema bei huenda ikashuka wiki ijayo.",
        ),
    ),
    # ======================= Ukrainian =======================
    case(
        "in_table",
        "uk",
        UK2,
        UK,
        "Radio Free Europe/Radio Liberty",
        [*RFERL, "Радіо Свобода", "Radio Svoboda", "radiosvoboda.org"],
        "dzherelo-radio-svoboda",
        tail("Джерело: Радіо Свобода"),
        note="RFE/RL's Ukrainian service, answered by the table's name",
    ),
    case(
        "out_of_table",
        "uk",
        UK3,
        UK,
        "Українська правда",
        ["Українська правда", "Ukrainska Pravda", "pravda.com.ua"],
        "za-materialamy-up",
        tail("За матеріалами «Української правди»", tag="em"),
        note="answered in the nominative, without quotation marks",
    ),
    wire(
        "uk",
        UK1,
        UK,
        "Ukrinform",
        ["Ukrinform", "Укрінформ", "ukrinform.ua"],
        "dzherelo-ukrinform-linked",
        rich(
            "tail",
            "Джерело: ",
            (
                "Укрінформ",
                "https://www.ukrinform.ua/rubric-regions/3971234-ukryttia-velyka-rudka.html",
            ),
        ),
    ),
    wire(
        "uk",
        UK2,
        UK,
        "Interfax",
        ["Interfax", "Interfax-Ukraine", "Інтерфакс-Україна"],
        "interfax-ukraine-dateline",
        dateline("Полтава. 12 березня. ІНТЕРФАКС-УКРАЇНА –"),
        note="Interfax-Ukraine's dateline is the only sign; the table files Interfax-Ukraine under Interfax",
    ),
    own(
        "uk",
        OWN_UNIAN,
        UK,
        "own-unian-citation-line",
        small_print("При цитуванні і використанні матеріалів посилання на УНІАН обов'язкове."),
        note="UNIAN (outside the table) on its own site with its own citation notice: null",
    ),
    nul(
        "negative_mention",
        "uk",
        UK3,
        UK,
        "mid-komentar-suspilnomu",
        keep=(
            "У коментарі Суспільному староста розповів, що громада чекала на фінансування майже рік.",
        ),
    ),
    # ======================= Romanian =======================
    case(
        "in_table",
        "ro",
        RO2,
        RO,
        "Euronews",
        ["Euronews", "Euronews România", "euronews.ro"],
        "sursa-euronews-romania",
        jnews_field(
            "Sursa:", "Euronews România", "https://www.euronews.ro/articole/ursi-valea-stramba"
        ),
    ),
    case(
        "in_table",
        "ro",
        RO3,
        RO,
        "Radio Free Europe/Radio Liberty",
        [*RFERL, "Europa Liberă România", "Europa Liberă", "romania.europalibera.org"],
        "preluat-europa-libera",
        tail("Articol preluat de pe Europa Liberă România.", tag="i"),
        note="RFE/RL's Romanian service, answered by the table's name",
    ),
    case(
        "out_of_table",
        "ro",
        RO1,
        RO,
        "HotNews.ro",
        ["HotNews.ro", "HotNews", "hotnews.ro"],
        "sursa-hotnews",
        tail("Sursa: HotNews.ro"),
    ),
    wire(
        "ro",
        RO1,
        RO,
        "Agerpres",
        ["Agerpres", "AGERPRES", "agerpres.ro"],
        "agerpres-dateline-author-line",
        dateline("Miercurea Ciuc, 12 mar /Agerpres/ -"),
        note_line("AGERPRES/(AS - autor: Csaba Fodor, editor: Mihaela Dumitru)", cls="agerpres"),
        note="Agerpres' dateline is kept; its closing author and editor line is the credit line",
    ),
    nul(
        "negative_mention",
        "ro",
        RO2,
        RO,
        "mid-declarat-pentru-digi24",
        keep=(
            "Un reprezentant al Direcției Silvice a declarat pentru Digi24 că urșa va fi relocată dacă va fi prinsă.",
        ),
    ),
    nul(
        "negative_caption",
        "ro",
        RO3,
        RO,
        "caption-foto-agerpres",
        figure("Urme de urs lângă o gospodărie din Valea Strâmbă. Foto: AGERPRES"),
    ),
    # ======================= Dutch =======================
    case(
        "out_of_table",
        "nl",
        NL1,
        NL,
        "Omroep Gelderland",
        ["Omroep Gelderland", "gld.nl"],
        "bron-omroep-gelderland",
        tail("Bron: Omroep Gelderland"),
    ),
    case(
        "out_of_table",
        "nl",
        NL2,
        NL,
        "De Stentor",
        ["De Stentor", "Stentor", "destentor.nl"],
        "verscheen-eerder-stentor",
        tail("Dit artikel verscheen eerder in De Stentor.", tag="em"),
    ),
    wire(
        "nl",
        NL2,
        NL,
        "ANP",
        ["ANP", "Algemeen Nederlands Persbureau"],
        "anp-dateline-bron",
        dateline("UDDEL (ANP) -"),
        tail("Bron: ANP"),
    ),
    own(
        "nl",
        OWN_GLD,
        NL,
        "own-gld-tip-line",
        tail("Heb je een tip of zie je een fout? Mail naar de redactie van Omroep Gelderland."),
    ),
    nul(
        "negative_mention",
        "nl",
        NL1,
        NL,
        "mid-tegen-de-stentor",
        keep=(
            "Tegen De Stentor zei een woordvoerder van de provincie dat de uitslag van het DNA-onderzoek over twee weken wordt verwacht.",
        ),
        note="De Stentor named as the paper a spokesman spoke to, on a site where another page credits it",
    ),
    nul(
        "negative_caption",
        "nl",
        NL2,
        NL,
        "caption-anp-hollandse-hoogte",
        figure("Schapen in een weiland bij Uddel. Foto: ANP / Hollandse Hoogte"),
    ),
    # ======================= Swedish =======================
    case(
        "out_of_table",
        "sv",
        SV1,
        SV,
        "SVT Nyheter",
        ["SVT Nyheter", "SVT", "SVT Nyheter Västerbotten", "svt.se"],
        "kalla-svt",
        tail("Källa: SVT Nyheter Västerbotten"),
        note="answered 'SVT Nyheter' without the regional desk (the desk and 'SVT' also accepted)",
    ),
    case(
        "out_of_table",
        "sv",
        SV3,
        SV,
        "Västerbottens-Kuriren",
        ["Västerbottens-Kuriren", "VK", "vk.se"],
        "publicerades-forst-vk",
        tail("Artikeln publicerades först i Västerbottens-Kuriren.", tag="i"),
    ),
    wire(
        "sv",
        SV2,
        SV,
        "TT Nyhetsbyrån",
        ["TT Nyhetsbyrån", "TT"],
        "tt-name-slash-byline",
        by("Anna Lindqvist/TT", cls="byline"),
        note="TT's byline form '<name>/TT'",
    ),
    wire(
        "sv",
        SV1,
        SV,
        "TT Nyhetsbyrån",
        ["TT Nyhetsbyrån", "TT"],
        "kalla-tt",
        tail("Källa: TT"),
    ),
    nul(
        "negative_mention",
        "sv",
        SV2,
        SV,
        "mid-sager-till-sveriges-radio",
        keep=(
            "– Vi har räknat på alla alternativ, säger nämndens ordförande till Sveriges Radio Västerbotten.",
        ),
    ),
    nul(
        "negative_caption",
        "sv",
        SV3,
        SV,
        "caption-foto-tt",
        figure("Skolgården i Granträsk en vårdag. Foto: Pär Hedlund/TT"),
    ),
    # ======================= Greek =======================
    case(
        "in_table",
        "el",
        EL1,
        EL,
        "Euronews",
        ["Euronews", "euronews", "Euronews Greek"],
        "pigi-euronews",
        tail("Πηγή: Euronews"),
    ),
    case(
        "out_of_table",
        "el",
        EL2,
        EL,
        "Πρώτο Θέμα",
        ["Πρώτο Θέμα", "protothema.gr", "Proto Thema"],
        "pigi-protothema",
        jnews_field(
            "Πηγή:", "protothema.gr", "https://www.protothema.gr/greece/article/astypalaia-nero/"
        ),
        note="a bare domain, answered by the paper's name (the domain also accepted)",
    ),
    case(
        "out_of_table",
        "el",
        EL1,
        EL,
        "ΑΠΕ-ΜΠΕ",
        ["ΑΠΕ-ΜΠΕ", "ΑΠΕ", "Athens-Macedonian News Agency", "ANA-MPA", "amna.gr"],
        "pigi-ape-mpe",
        tail("Πηγή: ΑΠΕ-ΜΠΕ", tag="strong"),
        note="the Athens-Macedonian News Agency, a wire outside the table, filed `out_of_table` as the sixth set files it",
    ),
    own(
        "el",
        OWN_KATH,
        EL,
        "own-kathimerini-byline",
        by("Γιώργος Λιάλιος", cls="byline", credit=False),
        small_print("© 2026 Η ΚΑΘΗΜΕΡΙΝΗ"),
    ),
    nul(
        "negative_mention",
        "el",
        EL2,
        EL,
        "mid-milontas-ston-skai",
        keep=(
            "Μιλώντας στον ΣΚΑΪ, ο δήμαρχος είπε ότι το νησί δεν μπορεί να περιμένει άλλο καλοκαίρι.",
        ),
    ),
    nul(
        "negative_caption",
        "el",
        EL1,
        EL,
        "caption-ape-mpe",
        figure("Η υδροφόρα στο λιμάνι της Αστυπάλαιας. Φωτογραφία: ΑΠΕ-ΜΠΕ / Νίκος Ρουσάκης"),
        note="the agency's photo credit, on a site where another page credits the agency: a caption",
    ),
    # ======================= Hebrew =======================
    case(
        "in_table",
        "he",
        HE1,
        HE,
        "Haaretz",
        ["Haaretz", "הארץ", "haaretz.co.il"],
        "pursam-lerishona-haaretz",
        tail("הכתבה פורסמה לראשונה באתר הארץ", tag="em"),
    ),
    case(
        "out_of_table",
        "he",
        HE2,
        HE,
        "ynet",
        ["ynet", "Ynet", "ynet.co.il"],
        "makor-ynet",
        tail("מקור: ynet"),
    ),
    own(
        "he",
        OWN_KAN,
        HE,
        "own-kan-byline",
        by("כאן חדשות", cls="byline", credit=False),
        note="the broadcaster's own desk byline on its own site",
    ),
    nul(
        "negative_mention",
        "he",
        HE2,
        HE,
        "mid-amar-lekan",
        keep=("בשיחה עם כאן 11 אמר ראש המועצה כי העונה צפויה להיות העמוסה ביותר מזה שנים.",),
    ),
    nul(
        "negative_caption",
        "he",
        HE1,
        HE,
        "caption-reuters",
        figure("סירות בחוף גופרה. צילום: רויטרס"),
    ),
    nul(
        "no_credit",
        "he",
        HE2,
        HE,
        "byline-news-agencies",
        bysite("סוכנויות הידיעות"),
        note="'the news agencies' names none (unsure: some readers may take it as wire copy)",
    ),
    # ======================= Polish =======================
    case(
        "out_of_table",
        "pl",
        PL1,
        PL,
        "Kurier Poranny",
        ["Kurier Poranny", "poranny.pl"],
        "zrodlo-kurier-poranny",
        tail("Źródło: Kurier Poranny"),
    ),
    case(
        "out_of_table",
        "pl",
        PL2,
        PL,
        "TVN24",
        ["TVN24", "tvn24.pl"],
        "zrodlo-tvn24",
        tail("Źródło: tvn24.pl"),
        note="a bare domain, answered by the broadcaster's name (the domain also accepted)",
    ),
    wire(
        "pl",
        PL2,
        PL,
        "Polish Press Agency",
        ["Polish Press Agency", "PAP", "Polska Agencja Prasowa"],
        "pap-author-slug",
        note_line("Anna Zawadzka (PAP)", cls="pap-author"),
        note_line("az/ mhr/", cls="pap-slug"),
        note="PAP's author line and desk slug under the text",
    ),
    own(
        "pl",
        OWN_PORANNY,
        PL,
        "own-poranny-byline",
        by("Oprac. Kurier Poranny", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "pl",
        PL1,
        PL,
        "mid-rozmowa-radio-bialystok",
        keep=("W rozmowie z Radiem Białystok wójt przyznał, że sprawa ciągnie się od kilku lat.",),
    ),
    nul(
        "negative_caption",
        "pl",
        PL2,
        PL,
        "caption-fot-pap",
        figure("Żubry na łące przy drodze do Siemianówki. Fot. PAP/Marek Zieliński"),
    ),
    # ======================= Filipino/Tagalog =======================
    case(
        "in_table",
        "tl",
        TL3,
        TL,
        "Rappler",
        ["Rappler", "rappler.com"],
        "source-rappler-english-label",
        tail("Source: Rappler"),
        note="a Tagalog blog keeping the English label, as most do",
    ),
    case(
        "out_of_table",
        "tl",
        TL2,
        TL,
        "GMA News",
        ["GMA News", "GMA Integrated News", "GMA", "gmanetwork.com"],
        "ulat-mula-sa-gma",
        tail("Ulat mula sa GMA Integrated News", tag="em"),
    ),
    wire(
        "tl",
        TL1,
        TL,
        "Philippine News Agency",
        ["Philippine News Agency", "PNA", "pna.gov.ph"],
        "pna-tag-tagalog",
        in_last_p("(PNA)"),
        note="PNA's Filipino service: '(PNA)' after the final sentence is the only credit (unsure)",
    ),
    own(
        "tl",
        OWN_ABANTE,
        TL,
        "own-abante-byline",
        by("Abante News Online", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "tl",
        TL1,
        TL,
        "mid-panayam-dzrh",
        keep=(
            "Sa panayam ng DZRH, sinabi ng alkalde na sapat ang pondo ng bayan para sa dagdag na suplay.",
        ),
    ),
    nul(
        "negative_caption",
        "tl",
        TL2,
        TL,
        "caption-pia",
        figure("Mahabang pila sa Kadiwa store sa Baliwag Norte. (Larawan mula sa PIA Bulacan)"),
    ),
]
