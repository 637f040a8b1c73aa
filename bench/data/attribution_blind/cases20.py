# ruff: noqa: E501, RUF001
"""Sites and cases of the twentieth blind set (cases_2026-12-22.jsonl).

Written from newsroom conventions without reading the attribution code. A twelfth independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. About half English, from seven English-speaking regions (the US, the
UK and Ireland, Canada, Australia and New Zealand, East and West Africa, India and Sri Lanka,
the Philippines), on the sites such a crawler reads there (chain and independent local papers,
a TV station, public and commercial radio, trade sites, community blogs, scrapers, a partner
portal and a Google News-style aggregator, nonprofit newsrooms, national and regional papers'
own pages), and the rest in thirteen other languages weighted by the news the web carries in
them (Spanish, French, German, Portuguese, Russian, Arabic, Japanese, Chinese in simplified
characters, Italian, Indonesian, Turkish, Hindi, Korean), this time from Argentina, Quebec,
Switzerland, Brazil, Yakutia, Jordan, Kagoshima, Heilongjiang, Sicily, Riau, Erzurum, Bihar and
Gangwon. Each page's convention is drawn about as often as such a crawler meets it, whether or
not an earlier set used it, and a credited page carries every line that credits its original
where real pages do. No new template: the earlier ones (`chrome3`-`chrome12`) render these CMSs.

Cases the writer was unsure of (marked before any run; each `note` says why): the Mississippi
Today republishing line under a byline that also names it; RNZ's "originally published on RNZ
and is republished with permission" line; the Kenya News Agency source line (the table's "KNA"
is a German agency, so only the full name is accepted); Xinhua's English dateline with its
"Enditem" closer on a Nigerian scraper; Keystone-SDA's "(SDA)" typed after the final sentence as
the only credit line; "Source : Radio-Canada" answered as the table files it (CBC News); the
"CNN Türk'e konuşan" mention; the Xinhua photographer's credit "新华社记者 … 摄" in a caption.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from cases6 import blogger_div, by, bysite, nul, own, wire
from cases8 import (
    AFP,
    AP,
    AP_TRAILER,
    PTI,
    RTR,
    appeared_first,
    jby,
    provider,
    source_row,
    td_source,
)
from cases9 import jnews_field, kr_copyright
from cases11 import note_line, small_print
from cases15 import cn_source, wpb_author, wpb_note, wpb_terms
from cases16 import gannett_byline, gannett_footer
from chrome8 import site_registry
from model3 import Case3, Site3, case, dateline, figure, tail
from model4 import rich
from model5 import coda, in_last_p, tweet

SITES20: dict[str, Site3] = {}


_s = site_registry(SITES20)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
# English, by the story they mostly carry: a tornado in Mississippi, cliff-top homes lost to the
# sea in East Yorkshire, a winter road closed early in northern Manitoba, a bridge washed out in
# Tairāwhiti, a matatu strike in Nakuru, a downpour in Bengaluru; an aggregator and a partner
# portal carry several.
EN_US1 = _s("tallantcountyledger.com", "The Tallant County Ledger", "blox")
EN_US2 = _s("wmsk7.com", "WMSK 7", "arc")
EN_US3 = _s("eastmississippipublicradio.org", "East Mississippi Public Radio", "brightspot")
EN_US4 = blog("harlowspringsrecovery.blogspot.com", "Harlow Springs Recovery")
EN_US5 = _s("stormchasersdigest.com", "Storm Chasers Digest", "wp")
EN_US6 = _s("meridianareastar.com", "Meridian Area Star", "localportal")
EN_PT = _s("dailyhorizonhub.com", "Daily Horizon", "partner")
EN_AG = _s("headlinedrift.app", "HeadlineDrift", "aggregator", "headlinedrift.app")
OWN_CL = _s("clarionledger.com", "The Clarion Ledger", "localportal")
OWN_MT = _s("mississippitoday.org", "Mississippi Today", "wpblock", "mississippitoday.org")
EN_UK1 = _s("holdernessnews24.co.uk", "Holderness News 24", "nextjs")
EN_UK2 = _s("eastridingweekly.co.uk", "East Riding Weekly", "localportal")
EN_UK3 = blog("saveholmseacliffs.blogspot.com", "Save Holmsea Cliffs")
EN_UK4 = _s("coastalengineeringtoday.com", "Coastal Engineering Today", "wp")
EN_SC = _s("scotlandheadlines24.com", "Scotland Headlines 24", "jnews")
EN_IE = _s("munsterdailynews.ie", "Munster Daily News", "wp")
OWN_HL = _s("hulldailymail.co.uk", "Hull Live", "localportal")
EN_CA1 = _s("northmanitobapost.ca", "North Manitoba Post", "localportal")
EN_CA2 = _s("prairiewindradio.ca", "Prairie Wind Radio", "wp")
EN_CA3 = _s("northerntruckingnews.com", "Northern Trucking News", "jnews")
EN_CA4 = _s("manitobanewsnow.com", "Manitoba News Now", "wpblock")
OWN_WFP = _s("winnipegfreepress.com", "Winnipeg Free Press", "arc")
EN_NZ1 = _s("eastcoastnz24.co.nz", "East Coast NZ 24", "wp")
EN_NZ2 = _s("nzfarmingwire.co.nz", "NZ Farming Wire", "tagdiv")
EN_NZ3 = blog("tairawhitiroadwatch.blogspot.com", "Tairāwhiti Road Watch")
EN_AU1 = _s("pacificweathernews.com.au", "Pacific Weather News", "jannah")
EN_AU2 = _s("ozheadlines24.com", "Oz Headlines 24", "wp")
OWN_GH = _s("gisborneherald.co.nz", "The Gisborne Herald", "wp")
EN_KE1 = _s("riftvalleytimes24.co.ke", "Rift Valley Times 24", "jannah")
EN_KE2 = _s("nakurudaily.co.ke", "Nakuru Daily", "tagdiv")
EN_KE3 = blog("kenyacommutersvoice.blogspot.com", "Kenya Commuters Voice")
EN_UG = _s("kampalaexpress24.com", "Kampala Express 24", "jnews")
EN_NG = _s("naijadailyfeed.com", "Naija Daily Feed", "wp")
EN_ZA = _s("africabusinesspulse.co.za", "Africa Business Pulse", "wpblock")
OWN_STAR = _s("the-star.co.ke", "The Star", "regional")
EN_IN1 = _s("bengalurubuzz24.in", "Bengaluru Buzz 24", "regional")
EN_IN2 = _s("southindiaexpress24.com", "South India Express 24", "tagdiv")
EN_IN3 = blog("nammacitynotes.blogspot.com", "Namma City Notes")
EN_IN4 = _s("techparkpost.com", "Tech Park Post", "jannah")
EN_LK = _s("colombonewsline.lk", "Colombo Newsline", "wp")
EN_PH = _s("manilamorningwire.com", "Manila Morning Wire", "jnews")
OWN_DH = _s("deccanherald.com", "Deccan Herald", "regional")
# Spanish (Chubut, Argentina)
ES1 = _s("comarcaandina24.com.ar", "Comarca Andina 24", "jnews")
ES2 = _s("chubuthoy.com.ar", "Chubut Hoy", "wpblock")
ES3 = blog("patagonia-vecinal.blogspot.com", "Patagonia Vecinal")
OWN_RN = _s("rionegro.com.ar", "Diario Río Negro", "arc")
# French (Eastern Townships, Quebec)
FR1 = _s("estrieinfo24.ca", "Estrie Info 24", "jnews")
FR2 = _s("cantons-express.ca", "Cantons Express", "wpblock")
FR3 = _s("quebec-regions.com", "Québec Régions", "wp")
OWN_TRIB = _s("latribune.ca", "La Tribune", "arc")
# German (Grisons, Switzerland)
DE1 = _s("buendner-ticker.ch", "Bündner Ticker", "typo3")
DE2 = _s("alpenrhein-news24.ch", "Alpenrhein News 24", "nextjs")
DE3 = _s("surselva-aktuell.ch", "Surselva aktuell", "wp")
OWN_SO = _s("suedostschweiz.ch", "Südostschweiz", "regional")
# Portuguese (Santa Catarina, Brazil)
PT1 = _s("valedoitajai24.com.br", "Vale do Itajaí 24", "tagdiv")
PT2 = _s("sc-noticias-hoje.com.br", "SC Notícias Hoje", "wpblock")
PT3 = blog("itajaimirim-online.blogspot.com", "Itajaí-Mirim Online")
OWN_NSC = _s("nsctotal.com.br", "NSC Total", "arc")
# Russian (Yakutia)
RU1 = _s("lena-vesti.ru", "Лена-Вести", "bitrix")
RU2 = _s("yakutia-segodnya24.ru", "Якутия сегодня 24", "wp")
OWN_YSIA = _s("ysia.ru", "ЯСИА", "regional")
# Arabic (southern Jordan)
AR1 = _s("maan-alaan24.com", "معان الآن", "jannah")
AR2 = _s("janoub-news24.com", "جنوب نيوز 24", "wpblock")
# Japanese (Kagoshima)
JA1 = _s("kagoshima-joho.jp", "かごしま情報ネット", "jpnews")
JA2 = _s("kyushu-news-matome.net", "九州ニュースまとめ", "aggregator", "kyushu-news-matome.net")
OWN_373 = _s("373news.com", "南日本新聞", "jpnews")
# Chinese, simplified characters (Heilongjiang)
ZH1 = _s("qingling-rongmei.cn", "青岭融媒", "cncms")
ZH2 = _s("longjiang-kuaixun.com", "龙江快讯", "cncms")
OWN_DBW = _s("dbw.cn", "东北网", "regional")
# Italian (Sicily)
IT1 = _s("catania-notizie24.it", "Catania Notizie 24", "jnews")
IT2 = _s("etnaoggi.it", "Etna Oggi", "typo3")
OWN_LS = _s("lasicilia.it", "La Sicilia", "nextjs")
# Indonesian (Riau)
ID1 = _s("riau-terkini24.com", "Riau Terkini 24", "jnews")
ID2 = _s("pekanbaru-update.com", "Pekanbaru Update", "wpblock")
# Turkish (Erzurum)
TR1 = _s("erzurum-haber24.com", "Erzurum Haber 24", "tagdiv")
TR2 = _s("dogu-gundem.com", "Doğu Gündem", "wpblock")
# Hindi (Bihar)
HI1 = _s("kosi-samachar.in", "कोसी समाचार", "regional")
HI2 = _s("mithilanchal-khabar.com", "मिथिलांचल खबर", "wpblock")
OWN_PK = _s("prabhatkhabar.com", "प्रभात खबर", "regional")
# Korean (Gangwon)
KO1 = _s("gangneungilbo24.kr", "강릉일보24", "koportal")
KO2 = _s("yeongdong-news.co.kr", "영동뉴스", "nextjs")

TORNADO, EROSION, ICEROAD, CYCLONE, FUEL, RAIN = (
    "tornado",
    "erosion",
    "iceroad",
    "cyclone",
    "fuel",
    "rain",
)
ES, FR, DE, PT, RU, AR, JA = (
    "incendio",
    "verglas",
    "felssturz",
    "enchente",
    "zator",
    "suyul",
    "kouhai",
)
ZH, IT, ID, TR, HI, KO = "baoxue", "etna", "asap", "kar", "kosi", "daeseol"

TORNADO_T = "Tornado tears through Harlow Springs, damaging dozens of homes and a school"
ASAP_T = "Kabut Asap Selimuti Pekanbaru, Sekolah Diliburkan Dua Hari"
PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP", "La Presse Canadienne"]
CP_LINE = "This report by The Canadian Press was first published March 12, 2026."
AAP = ["Australian Associated Press", "AAP"]
CBC = ["CBC News", "CBC", "CBC Manitoba", "Radio-Canada", "ICI Radio-Canada", "cbc.ca"]
XINHUA = ["Xinhua", "Xinhua News Agency", "新华社", "新华网", "xinhuanet.com"]
EFE_NOTICE = "© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE, sin previo y expreso consentimiento de la Agencia EFE S.A."

CASES20: list[Case3] = [
    # ======================= English: a Mississippi tornado (US) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        TORNADO,
        "CBS News",
        ["CBS News", "CBS", "cbsnews.com"],
        "partner-provided-by-cbs",
        provider("CBS News", "Aaron Delacroix"),
        note="an MSN-style partner portal's provider strip: the portal only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        TORNADO,
        "NBC News",
        ["NBC News", "NBC", "nbcnews.com"],
        "aggregator-source-row-nbc",
        source_row("NBC News", "2h"),
        note="an aggregator's source row: the aggregator only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_US5,
        TORNADO,
        "Fox News",
        ["Fox News", "Fox", "foxnews.com"],
        "rss-appeared-first-fox",
        appeared_first(
            "Tornado rips through small Mississippi town, damaging homes and elementary school",
            "Fox News",
            "https://www.foxnews.com/us/tornado-rips-through-small-mississippi-town-damaging-homes-elementary-school",
        ),
        note="a storm-chasing site fed by an RSS-to-post plugin: the plugin's line names the original",
    ),
    case(
        "out_of_table",
        "en",
        EN_US6,
        TORNADO,
        "The Clarion Ledger",
        ["The Clarion Ledger", "Clarion Ledger", "Clarion-Ledger", "clarionledger.com"],
        "chain-byline-and-footer",
        gannett_byline("Dalton Reese", "Clarion Ledger"),
        gannett_footer(
            "Clarion Ledger",
            TORNADO_T,
            "https://www.clarionledger.com/story/news/local/2026/03/12/harlow-springs-tornado-damage/81423456007/",
        ),
        note="a chain paper running a sister paper's story: the reporter-over-paper byline and the footer",
    ),
    case(
        "out_of_table",
        "en",
        EN_US1,
        TORNADO,
        "Mississippi Today",
        ["Mississippi Today", "mississippitoday.org"],
        "nonprofit-byline-republished-cc",
        by("By Keisha Tullos, Mississippi Today", cls="tnt-byline"),
        rich(
            "tail",
            "This article first appeared on ",
            (
                "Mississippi Today",
                "https://mississippitoday.org/2026/03/12/harlow-springs-tornado/",
            ),
            " and is republished here under a Creative Commons license.",
            tag="em",
        ),
        note="a nonprofit newsroom's story on a BLOX paper: its byline and its republishing line (unsure: whether a reader counts the byline as a credit line)",
    ),
    case(
        "out_of_table",
        "en",
        EN_US4,
        TORNADO,
        "WLBT",
        ["WLBT", "WLBT 3 On Your Side", "wlbt.com"],
        "blogger-source-wlbt",
        blogger_div(
            "Source:",
            "WLBT 3 On Your Side",
            "https://www.wlbt.com/2026/03/12/tornado-damages-homes-school-harlow-springs/",
        ),
        note="a recovery group's blog pasting a TV station's story",
    ),
    wire(
        "en",
        EN_US2,
        TORNADO,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By DEREK HOLLOWAY Associated Press", cls="byline"),
        dateline("HARLOW SPRINGS, Miss. (AP) —"),
        small_print(AP_TRAILER),
    ),
    wire(
        "en",
        EN_AG,
        TORNADO,
        "Associated Press",
        AP,
        "aggregator-source-row-ap",
        source_row("Associated Press", "1h"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    wire(
        "en",
        EN_US3,
        TORNADO,
        "Associated Press",
        AP,
        "ap-by-the-ap-dateline",
        by("By The Associated Press", cls="byline"),
        dateline("HARLOW SPRINGS, Miss. (AP) —"),
        note="a public radio station running AP copy: the agency's byline, its dateline kept",
    ),
    own(
        "en",
        OWN_CL,
        TORNADO,
        "own-chain-byline",
        by("Dalton Reese Clarion Ledger", cls="gnt_ar_by", credit=False),
        note="the paper's own reporter-over-paper byline on its own site",
    ),
    own(
        "en",
        OWN_MT,
        TORNADO,
        "own-republish-box",
        by("By Keisha Tullos", cls="byline", credit=False),
        wpb_note(
            "Republish our articles for free, online or in print, under a Creative Commons license.",
            credit=False,
        ),
        note="the nonprofit's own page with the republishing invitation it prints under its stories",
    ),
    nul(
        "negative_mention",
        "en",
        EN_US1,
        TORNADO,
        "mid-told-wlbt",
        keep=(
            "Tallant County Sheriff Roy Dunagan told WLBT that deputies had gone door to door through the night.",
        ),
        note="on a site where another page credits Mississippi Today",
    ),
    nul(
        "negative_mention",
        "en",
        EN_US5,
        TORNADO,
        "embedded-post-wjtv",
        tweet(
            "Damage survey crews are headed to Harlow Springs this morning after last night's tornado.",
            "WJTV 12",
            "WJTV",
            "March 12, 2026",
        ),
        note="an embedded post by a TV station's account (the site credits Fox News on another page)",
    ),
    nul(
        "negative_caption",
        "en",
        EN_US6,
        TORNADO,
        "caption-ap-photo",
        figure(
            "A damaged home on Cypress Street in Harlow Springs, Miss., Thursday, March 12, 2026. (AP Photo/Garrett Hume)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_US2,
        TORNADO,
        "caption-county-ema",
        figure(
            "Debris outside Harlow Springs Elementary. (Photo: Tallant County Emergency Management)"
        ),
        note="a government agency's photo credit",
    ),
    nul(
        "no_credit",
        "en",
        EN_US4,
        TORNADO,
        "blog-posted-by",
        bysite("Posted by Harlow Springs Recovery"),
    ),
    # ======================= English: Holderness coast (UK, Ireland) =======================
    case(
        "in_table",
        "en",
        EN_AG,
        EROSION,
        "BBC",
        ["BBC", "BBC News", "bbc.co.uk"],
        "aggregator-source-row-bbc",
        source_row("BBC News", "5h"),
    ),
    case(
        "in_table",
        "en",
        EN_UK4,
        EROSION,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "source-guardian",
        tail("Source: The Guardian"),
        note="a trade site naming its source under the text",
    ),
    case(
        "in_table",
        "en",
        EN_UK3,
        EROSION,
        "Sky News",
        ["Sky News", "Sky", "news.sky.com"],
        "blogger-via-sky",
        blogger_div(
            "Via:",
            "Sky News",
            "https://news.sky.com/story/holmsea-cliff-top-homes-to-be-demolished-13312345",
        ),
        note="a campaign blog reposting a broadcaster's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_UK2,
        EROSION,
        "Hull Live",
        ["Hull Live", "Hull Daily Mail", "hulldailymail.co.uk"],
        "first-appeared-sister-title",
        tail("This story first appeared on Hull Live.", tag="em"),
        note="a regional chain's weekly running a sister site's story (Hull Live is the Hull Daily Mail's site)",
    ),
    case(
        "out_of_table",
        "en",
        EN_UK1,
        EROSION,
        "The Yorkshire Post",
        ["The Yorkshire Post", "Yorkshire Post", "yorkshirepost.co.uk"],
        "source-yorkshire-post-bold",
        tail("Source: The Yorkshire Post", tag="strong"),
    ),
    wire(
        "en",
        EN_IE,
        EROSION,
        "PA Media",
        PA,
        "pa-name-byline",
        by("By Harriet Lomax, PA", cls="byline"),
        note="an Irish site running PA copy from England: 'By <name>, PA'",
    ),
    wire(
        "en",
        EN_SC,
        EROSION,
        "PA Media",
        PA,
        "press-association-reporter",
        jby("Press Association Reporter"),
        note="the agency's name in the theme's author slot",
    ),
    own(
        "en",
        OWN_HL,
        EROSION,
        "own-hull-live-newsletter",
        by("By Sophie Ainsworth", cls="byline", credit=False),
        tail(
            "Get the latest Hull Live news straight to your inbox by signing up to our free newsletter."
        ),
        note="the site's own newsletter line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK1,
        EROSION,
        "mid-told-look-north",
        keep=(
            "A council spokesman told BBC Look North that further demolitions along the road could not be ruled out.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_IE,
        EROSION,
        "coda-yorkshire-post-reported",
        coda(
            "The Yorkshire Post reported last year that 30 homes on the road had been identified as at risk."
        ),
        note="the last sentence names an outlet (the site runs PA copy on another page)",
    ),
    nul(
        "negative_caption",
        "en",
        EN_UK2,
        EROSION,
        "caption-pa-wire",
        figure("The cliff edge behind Seaview Road in Holmsea. (Photo: Dean Atherton/PA Wire)"),
    ),
    # ======================= English: a winter road in Manitoba (Canada) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        ICEROAD,
        "CBC News",
        CBC,
        "partner-provided-by-cbc",
        provider("CBC News", "Tessa Moar"),
    ),
    case(
        "in_table",
        "en",
        EN_CA3,
        ICEROAD,
        "CTV News",
        ["CTV News", "CTV", "CTV News Winnipeg", "ctvnews.ca"],
        "jnews-source-ctv-winnipeg",
        jnews_field(
            "Source:",
            "CTV News Winnipeg",
            "https://winnipeg.ctvnews.ca/winter-road-to-four-first-nations-closed-early-1.7012345",
        ),
        note="a trucking trade site naming the broadcaster's local service, answered 'CTV News'",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        ICEROAD,
        "Global News",
        ["Global News", "globalnews.ca"],
        "aggregator-source-row-global",
        source_row("Global News", "4h"),
    ),
    case(
        "out_of_table",
        "en",
        EN_CA1,
        ICEROAD,
        "Winnipeg Free Press",
        ["Winnipeg Free Press", "Free Press", "winnipegfreepress.com"],
        "lji-byline",
        by("Delaney Crow, Local Journalism Initiative Reporter, Winnipeg Free Press", cls="byline"),
        note="a Local Journalism Initiative byline: the paper it names is the original",
    ),
    case(
        "out_of_table",
        "en",
        EN_CA4,
        ICEROAD,
        "APTN News",
        ["APTN News", "APTN", "Aboriginal Peoples Television Network", "aptnnews.ca"],
        "originally-published-aptn",
        wpb_note(
            "This story was originally published by ",
            (
                "APTN News",
                "https://www.aptnnews.ca/national-news/winter-road-closed-early-manitoba/",
            ),
            ".",
        ),
    ),
    wire(
        "en",
        EN_CA2,
        ICEROAD,
        "The Canadian Press",
        CP,
        "with-files-from-cp",
        tail("— With files from The Canadian Press", tag="em"),
        note="a radio station's rewrite 'with files from' the agency, answered by the agency as the earlier sets answer it",
    ),
    wire(
        "en",
        EN_CA4,
        ICEROAD,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-first-published",
        by("The Canadian Press", cls="byline"),
        dateline("KETTLE RAPIDS, Man. —"),
        tail(CP_LINE, tag="em"),
    ),
    own(
        "en",
        OWN_WFP,
        ICEROAD,
        "own-lji-byline",
        by("Delaney Crow, Local Journalism Initiative Reporter", cls="byline", credit=False),
        note="the paper's own LJI reporter's byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_CA3,
        ICEROAD,
        "mid-interview-aptn",
        keep=(
            "In an interview with APTN News, the chief said the community had about six weeks of fuel left.",
        ),
        note="on a site where another page credits CTV News",
    ),
    nul(
        "negative_caption",
        "en",
        EN_CA1,
        ICEROAD,
        "caption-canadian-press",
        figure(
            "Trucks wait at the start of the winter road north of Kettle Rapids, Man. (THE CANADIAN PRESS/Jordan Baptiste)"
        ),
    ),
    nul(
        "no_credit", "en", EN_CA2, ICEROAD, "station-news-staff", bysite("Prairie Wind News Staff")
    ),
    # ======================= English: a bridge washed out in Tairāwhiti (New Zealand, Australia) =======================
    case(
        "in_table",
        "en",
        EN_NZ1,
        CYCLONE,
        "RNZ",
        ["RNZ", "Radio New Zealand", "rnz.co.nz"],
        "originally-published-rnz",
        tail(
            "This story was originally published on RNZ and is republished with permission.",
            tag="em",
        ),
        note="the public broadcaster's republishing line (unsure: the wording varies from site to site)",
    ),
    case(
        "in_table",
        "en",
        EN_NZ2,
        CYCLONE,
        "Stuff",
        ["Stuff", "Stuff.co.nz", "stuff.co.nz"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "Stuff",
            "https://www.stuff.co.nz/nz-news/350512345/whareroa-bridge-swept-away",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_AU1,
        CYCLONE,
        "The New Zealand Herald",
        ["The New Zealand Herald", "NZ Herald", "New Zealand Herald", "nzherald.co.nz"],
        "source-nz-herald-bold",
        tail("Source: NZ Herald", tag="strong"),
        note="an Australian weather site naming a New Zealand paper",
    ),
    case(
        "out_of_table",
        "en",
        EN_AG,
        CYCLONE,
        "1News",
        ["1News", "1 News", "TVNZ", "1news.co.nz"],
        "aggregator-source-row-1news",
        source_row("1News", "3h"),
    ),
    case(
        "out_of_table",
        "en",
        EN_NZ3,
        CYCLONE,
        "The Gisborne Herald",
        ["The Gisborne Herald", "Gisborne Herald", "gisborneherald.co.nz"],
        "blogger-source-gisborne-herald",
        blogger_div(
            "Source:",
            "The Gisborne Herald",
            "https://gisborneherald.co.nz/news/whareroa-bridge-gone/",
        ),
    ),
    wire(
        "en",
        EN_AU1,
        CYCLONE,
        "Australian Associated Press",
        AAP,
        "aap-name-byline",
        by("Isla Fenwick, AAP", cls="byline"),
        note="AAP's New Zealand copy on an Australian site",
    ),
    wire(
        "en",
        EN_AU2,
        CYCLONE,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Wellington (AFP) -"),
        note_line("rsc/lb/mtp", cls="afp-slug"),
    ),
    own(
        "en",
        OWN_GH,
        CYCLONE,
        "own-tip-line",
        by("Mereana Waaka", cls="byline", credit=False),
        tail("Got a news tip? Email news@gisborneherald.co.nz"),
        note="the paper's own tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_NZ2,
        CYCLONE,
        "mid-told-morning-report",
        keep=(
            "The mayor told RNZ's Morning Report that some families had been without power for two days.",
        ),
        note="on a site where another page credits Stuff",
    ),
    nul(
        "negative_mention",
        "en",
        EN_AU2,
        CYCLONE,
        "coda-gisborne-herald-reported",
        coda(
            "The bridge had been flagged for replacement in 2024, The Gisborne Herald reported at the time."
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_NZ1,
        CYCLONE,
        "caption-rnz-photo",
        figure(
            "The gap where the Whareroa Stream bridge stood on Thursday. Photo: RNZ / Hamish Tautahi"
        ),
        note="a broadcaster's photo credit, on a site where another page credits that broadcaster",
    ),
    nul(
        "negative_caption",
        "en",
        EN_AU1,
        CYCLONE,
        "caption-aap-image",
        figure("A slip blocks State Highway 35 north of Whareroa. (AAP Image/Supplied)"),
    ),
    # ======================= English: a matatu strike in Nakuru (Kenya, Uganda, Nigeria, South Africa) =======================
    case(
        "in_table",
        "en",
        EN_KE2,
        FUEL,
        "Nation Africa",
        ["Nation Africa", "Daily Nation", "Nation", "nation.africa"],
        "tagdiv-source-nation",
        td_source(
            "SOURCE",
            "Nation",
            "https://nation.africa/kenya/counties/nakuru/matatu-operators-strike-over-fuel-prices-4912345",
        ),
        note="the Nairobi daily by its site's short name",
    ),
    case(
        "in_table",
        "en",
        EN_ZA,
        FUEL,
        "Bloomberg",
        ["Bloomberg", "Bloomberg News", "bloomberg.com"],
        "block-terms-source-bloomberg",
        wpb_terms("Source:", "Bloomberg", "/source/bloomberg/", "source"),
        note="a business site's source terms",
    ),
    case(
        "out_of_table",
        "en",
        EN_KE1,
        FUEL,
        "Standard Digital",
        ["Standard Digital", "Standard Media", "Standard Group", "standardmedia.co.ke"],
        "source-standard-digital",
        tail("Source: Standard Digital", tag="em"),
        note="Nairobi's The Standard by its site's name (the table's 'Standard' is Vienna's Der Standard, so the paper's bare name is not accepted)",
    ),
    case(
        "out_of_table",
        "en",
        EN_UG,
        FUEL,
        "The EastAfrican",
        ["The EastAfrican", "EastAfrican", "theeastafrican.co.ke"],
        "jnews-source-eastafrican",
        jnews_field(
            "Source:",
            "The EastAfrican",
            "https://www.theeastafrican.co.ke/tea/business/nakuru-matatu-strike-fuel-4913456",
        ),
        note="a Ugandan site running the regional weekly's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_KE3,
        FUEL,
        "Kenya News Agency",
        ["Kenya News Agency", "kenyanews.go.ke"],
        "blogger-source-kna",
        blogger_div(
            "Source:",
            "Kenya News Agency",
            "https://www.kenyanews.go.ke/nakuru-matatu-operators-down-tools/",
        ),
        note="the government news agency, a wire outside the table filed `out_of_table` (unsure: the table's 'KNA' is a German agency, so only the full name is accepted)",
    ),
    wire(
        "en",
        EN_NG,
        FUEL,
        "Xinhua",
        XINHUA,
        "xinhua-english-dateline-enditem",
        dateline("NAKURU, Kenya, March 12 (Xinhua) --"),
        note_line("Enditem", cls="xinhua-end"),
        note="a Nigerian scraper running Xinhua's English copy: its dateline kept, 'Enditem' the credit line (unsure)",
    ),
    wire(
        "en",
        EN_KE2,
        FUEL,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("NAIROBI, March 12 (Reuters) -"),
        tail("(Reporting by Wambui Mwangi; Editing by Aurora Ellis)"),
    ),
    own(
        "en",
        OWN_STAR,
        FUEL,
        "own-star-copyright",
        by("By Esther Wanjiru", cls="byline", credit=False),
        small_print("© The Star, Kenya 2026. All rights reserved."),
        note="the paper's own copyright line",
    ),
    nul(
        "negative_mention",
        "en",
        EN_KE1,
        FUEL,
        "mid-speaking-to-citizen-tv",
        keep=(
            "Speaking to Citizen TV, a transport official said the regulator would review the prices next month.",
        ),
        note="on a site where another page credits Standard Digital",
    ),
    nul(
        "negative_caption",
        "en",
        EN_KE2,
        FUEL,
        "caption-photo-afp",
        figure("Commuters wait at the main stage in Nakuru on Thursday. PHOTO | AFP"),
    ),
    nul(
        "no_credit", "en", EN_KE3, FUEL, "blog-posted-by", bysite("Posted by Kenya Commuters Voice")
    ),
    # ======================= English: rain in Bengaluru (India, Sri Lanka, the Philippines) =======================
    case(
        "in_table",
        "en",
        EN_IN2,
        RAIN,
        "Deccan Herald",
        ["Deccan Herald", "DH", "deccanherald.com"],
        "tagdiv-source-deccan-herald",
        td_source(
            "SOURCE",
            "Deccan Herald",
            "https://www.deccanherald.com/india/karnataka/bengaluru/heavy-rain-floods-outer-ring-road-3412345",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_IN3,
        RAIN,
        "The Times of India",
        ["The Times of India", "Times of India", "TOI", "timesofindia.indiatimes.com"],
        "blogger-source-toi",
        blogger_div(
            "Source:",
            "Times of India",
            "https://timesofindia.indiatimes.com/city/bengaluru/orr-flooded-after-overnight-downpour/articleshow/118912345.cms",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        RAIN,
        "The Hindu",
        ["The Hindu", "Hindu", "thehindu.com"],
        "aggregator-source-row-hindu",
        source_row("The Hindu", "3h"),
    ),
    case(
        "in_table",
        "en",
        EN_IN4,
        RAIN,
        "Mint",
        ["Mint", "Livemint", "livemint.com"],
        "source-livemint",
        tail("Source: Livemint", tag="strong"),
        note="the business paper by its site's name",
    ),
    case(
        "out_of_table",
        "en",
        EN_IN1,
        RAIN,
        "The News Minute",
        ["The News Minute", "TNM", "thenewsminute.com"],
        "first-published-tnm",
        tail("This article was first published on The News Minute.", tag="em"),
    ),
    case(
        "in_table",
        "en",
        EN_LK,
        RAIN,
        "The Hindu",
        ["The Hindu", "Hindu", "thehindu.com"],
        "courtesy-the-hindu-bold",
        tail("Courtesy: The Hindu", tag="strong"),
        note="a Sri Lankan site crediting an Indian paper",
    ),
    wire(
        "en",
        EN_IN1,
        RAIN,
        "Press Trust of India",
        PTI,
        "pti-dateline-codes",
        dateline("Bengaluru, Mar 12 (PTI)"),
        note_line("PTI AMP KH", cls="pti-codes"),
    ),
    wire(
        "en",
        EN_IN2,
        RAIN,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-dateline-signoff-slug",
        dateline("Bengaluru, March 12 (IANS)"),
        note_line("--IANS", cls="ians"),
        note_line("ksk/pgh", cls="ians-slug"),
    ),
    wire(
        "en",
        EN_LK,
        RAIN,
        "ANI",
        ["ANI", "Asian News International"],
        "ani-dateline-tag",
        dateline("Bengaluru (Karnataka) [India], March 12 (ANI):"),
        in_last_p("(ANI)"),
        note="a Sri Lankan site running ANI copy",
    ),
    wire(
        "en",
        EN_PH,
        RAIN,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("BENGALURU, March 12 (Reuters) -"),
        tail("(Reporting by Nivedita Bhattacharjee; Editing by Alex Richardson)"),
        note="a Philippine site running Reuters' South Asia copy",
    ),
    wire(
        "en",
        EN_PH,
        RAIN,
        "AFP",
        AFP,
        "afp-dateline-copyright",
        dateline("Bengaluru, India (AFP) -"),
        small_print("© 2026 AFP"),
    ),
    own(
        "en",
        OWN_DH,
        RAIN,
        "own-web-desk",
        by("DH Web Desk", cls="byline", credit=False),
        note="the paper's own desk byline on its own site (an outlet in the table)",
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN4,
        RAIN,
        "mid-told-economic-times",
        keep=(
            "A company executive told The Economic Times that attendance at campuses along the corridor had fallen by half.",
        ),
        note="on a site where another page credits Mint",
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN1,
        RAIN,
        "embedded-post-deccan-herald",
        tweet(
            "Waterlogging on Outer Ring Road near Bellandur after overnight rain; traffic moving slowly",
            "Deccan Herald",
            "DeccanHerald",
            "March 12, 2026",
        ),
        note="an embedded post by a paper's account (the site runs PTI copy on another page)",
    ),
    nul(
        "negative_caption",
        "en",
        EN_IN2,
        RAIN,
        "caption-photo-ani",
        figure(
            "Vehicles wade through a waterlogged stretch of the Outer Ring Road on Thursday. (Photo: ANI)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_PH,
        RAIN,
        "caption-reuters-file",
        figure("Commuters walk past a flooded underpass in Bengaluru. REUTERS/File Photo"),
        note="on a site where another page runs Reuters copy",
    ),
    # ======================= Spanish (Chubut, Argentina) =======================
    case(
        "in_table",
        "es",
        ES1,
        ES,
        "Infobae",
        ["Infobae", "infobae.com"],
        "jnews-fuente-infobae",
        jnews_field(
            "Fuente:",
            "Infobae",
            "https://www.infobae.com/sociedad/2026/03/12/incendio-forestal-en-chubut-evacuan-a-300-familias/",
        ),
    ),
    case(
        "in_table",
        "es",
        ES2,
        ES,
        "Clarín",
        ["Clarín", "Clarin", "clarin.com"],
        "fuente-clarin",
        tail("Fuente: Clarín", tag="em"),
    ),
    case(
        "out_of_table",
        "es",
        ES3,
        ES,
        "Diario Río Negro",
        ["Diario Río Negro", "Río Negro", "Diario Rio Negro", "rionegro.com.ar"],
        "blogger-fuente-rio-negro",
        blogger_div(
            "Fuente:",
            "Diario Río Negro",
            "https://www.rionegro.com.ar/sociedad/incendio-en-la-comarca-andina-evacuan-familias-3912345/",
        ),
    ),
    case(
        "out_of_table",
        "es",
        ES2,
        ES,
        "Diario Jornada",
        ["Diario Jornada", "Jornada", "diariojornada.com.ar"],
        "con-informacion-jornada",
        tail("Con información de Diario Jornada", tag="em"),
        note="Chubut's daily",
    ),
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-notice",
        dateline("Villa Arrayanes (Argentina), 12 mar (EFE).-"),
        small_print(EFE_NOTICE),
    ),
    own(
        "es",
        OWN_RN,
        ES,
        "own-rio-negro-copyright",
        by("Por Martina Gallardo", cls="byline", credit=False),
        small_print("Copyright © 2026 Diario Río Negro. Todos los derechos reservados."),
    ),
    nul(
        "negative_mention",
        "es",
        ES3,
        ES,
        "mid-dialogo-radio",
        keep=(
            "En diálogo con Radio Nacional Esquel, el jefe de brigadistas explicó que el viento complica el trabajo de los aviones.",
        ),
    ),
    nul(
        "negative_caption",
        "es",
        ES2,
        ES,
        "caption-foto-efe",
        figure("Brigadistas trabajan en la ladera del cerro. Foto: EFE/Martín Oyarzo"),
    ),
    # ======================= French (Eastern Townships, Quebec) =======================
    wire(
        "fr",
        FR2,
        FR,
        "The Canadian Press",
        CP,
        "pc-byline-dateline",
        by("La Presse Canadienne", cls="byline"),
        dateline("SAINT-AMBROISE-DES-MONTS, Qc —"),
        note="the agency's French service, which the table files under The Canadian Press; its dateline kept",
    ),
    wire(
        "fr",
        FR1,
        FR,
        "AFP",
        AFP,
        "afp-french-dateline-slug",
        dateline("Montréal (AFP) -"),
        note_line("amc/mdr/ybl", cls="afp-slug"),
        note="AFP's French copy from Montreal: the dateline kept, the editors' slug the credit line",
    ),
    case(
        "in_table",
        "fr",
        FR3,
        FR,
        "CBC News",
        CBC,
        "source-radio-canada",
        tail("Source : Radio-Canada"),
        note="the public broadcaster's French service, which the table files under CBC News (unsure: a reader may call it a separate outlet)",
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "La Tribune",
        ["La Tribune", "latribune.ca"],
        "jnews-source-la-tribune",
        jnews_field(
            "Source :",
            "La Tribune",
            "https://www.latribune.ca/actualites/estrie-et-regions/2026/03/12/verglas-60-000-clients-prives-delectricite-ABCDEF/",
        ),
        note="Sherbrooke's La Tribune, not the French business paper",
    ),
    case(
        "out_of_table",
        "fr",
        FR3,
        FR,
        "TVA Nouvelles",
        ["TVA Nouvelles", "TVA", "tvanouvelles.ca"],
        "source-tva-nouvelles",
        tail("Source : TVA Nouvelles", tag="strong"),
    ),
    own(
        "fr",
        OWN_TRIB,
        FR,
        "own-tribune-byline",
        by("Jasmine Lachance, La Tribune", cls="byline", credit=False),
        note="the paper's own reporter-and-paper byline",
    ),
    nul(
        "negative_mention",
        "fr",
        FR2,
        FR,
        "mid-entrevue-985",
        keep=(
            "En entrevue au 98,5, un porte-parole d'Hydro-Québec a affirmé que les équipes travailleraient toute la fin de semaine.",
        ),
        note="on a site where another page runs the agency's copy",
    ),
    nul(
        "negative_caption",
        "fr",
        FR1,
        FR,
        "caption-presse-canadienne",
        figure(
            "Des branches couvertes de glace sur le rang des Érables. (PHOTO LA PRESSE CANADIENNE/Sylvain Trudel)"
        ),
    ),
    nul("no_credit", "fr", FR3, FR, "site-redaction", bysite("Rédaction Québec Régions")),
    # ======================= German (Grisons, Switzerland) =======================
    wire(
        "de",
        DE1,
        DE,
        "Keystone-SDA",
        ["Keystone-SDA", "SDA", "Keystone-ATS"],
        "sda-tag-after-final",
        in_last_p("(SDA)"),
        note="the agency's tag typed after the final sentence, the page's only credit line (unsure)",
    ),
    wire(
        "de",
        DE3,
        DE,
        "Keystone-SDA",
        ["Keystone-SDA", "SDA", "Keystone-ATS"],
        "quelle-keystone-sda",
        tail("Quelle: Keystone-SDA"),
    ),
    case(
        "in_table",
        "de",
        DE2,
        DE,
        "Neue Zürcher Zeitung",
        ["Neue Zürcher Zeitung", "NZZ", "nzz.ch"],
        "quelle-nzz",
        tail("Quelle: NZZ", tag="em"),
    ),
    case(
        "out_of_table",
        "de",
        DE3,
        DE,
        "SRF",
        ["SRF", "SRF News", "Schweizer Radio und Fernsehen", "srf.ch"],
        "quelle-srf-news",
        tail("Quelle: SRF News"),
        note="the public broadcaster's German-language service, outside the table",
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "Südostschweiz",
        ["Südostschweiz", "Die Südostschweiz", "suedostschweiz.ch"],
        "zuerst-erschienen-suedostschweiz",
        tail("Dieser Artikel erschien zuerst in der Südostschweiz.", tag="em"),
        note="answered in the nominative",
    ),
    own(
        "de",
        OWN_SO,
        DE,
        "own-so-byline",
        by("Gian Andri Cathomen, Südostschweiz", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "de",
        DE1,
        DE,
        "mid-gegenueber-radio",
        keep=(
            "Gegenüber Radio Südostschweiz sagte der Kantonsgeologe, ein Abbruch sei jederzeit möglich.",
        ),
        note="on a site where another page runs SDA copy",
    ),
    nul(
        "negative_caption",
        "de",
        DE3,
        DE,
        "caption-keystone",
        figure("Der instabile Hang oberhalb von Sur Crap. Bild: Keystone/Reto Casanova"),
        note="an agency photo credit, on a site where another page runs Keystone-SDA copy",
    ),
    # ======================= Portuguese (Santa Catarina, Brazil) =======================
    wire(
        "pt",
        PT1,
        PT,
        "Agência Brasil",
        ["Agência Brasil", "Agencia Brasil", "ABr"],
        "agencia-brasil-reporter-byline",
        by("Ana Lúcia Furtado - Repórter da Agência Brasil", cls="byline"),
        note="the public agency's reporter byline, as republishers print it under its licence",
    ),
    wire(
        "pt",
        PT2,
        PT,
        "Estadão Conteúdo",
        ["Estadão Conteúdo", "Estadao Conteudo", "Agência Estado"],
        "block-author-estadao",
        wpb_author("Estadão Conteúdo"),
        note="the agency's name in the block theme's author field",
    ),
    case(
        "in_table",
        "pt",
        PT3,
        PT,
        "Folha de S.Paulo",
        ["Folha de S.Paulo", "Folha", "folha.uol.com.br"],
        "blogger-fonte-folha",
        blogger_div(
            "Fonte:",
            "Folha de S.Paulo",
            "https://www1.folha.uol.com.br/cotidiano/2026/03/cheia-do-itajai-mirim-deixa-2-mil-desalojados.shtml",
        ),
    ),
    case(
        "out_of_table",
        "pt",
        PT1,
        PT,
        "NSC Total",
        ["NSC Total", "NSC", "NSC TV", "nsctotal.com.br"],
        "tagdiv-fonte-nsc",
        td_source(
            "FONTE",
            "NSC Total",
            "https://www.nsctotal.com.br/noticias/cheia-itajai-mirim-sao-bento-desalojados",
        ),
    ),
    case(
        "in_table",
        "pt",
        PT2,
        PT,
        "O Globo",
        ["O Globo", "Globo", "g1", "G1", "g1 SC", "g1.globo.com"],
        "com-informacoes-g1",
        tail("Com informações do g1 SC.", tag="em"),
        note="Globo's news portal by its state edition, which the table files under O Globo (a reader may call g1 a separate outlet)",
    ),
    own(
        "pt",
        OWN_NSC,
        PT,
        "own-nsc-byline",
        by("Juliana Kreutzfeld | NSC Total", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "pt",
        PT3,
        PT,
        "mid-entrevista-radio",
        keep=(
            "Em entrevista à Rádio Cultura do Vale, o coordenador da Defesa Civil disse que a prioridade é retirar as famílias das áreas de encosta.",
        ),
    ),
    nul(
        "negative_caption",
        "pt",
        PT1,
        PT,
        "caption-defesa-civil",
        figure("Ruas alagadas no bairro Barra do Rio. Foto: Defesa Civil/Divulgação"),
        note="a government service's handout photo",
    ),
    nul("no_credit", "pt", PT2, PT, "site-redacao", bysite("Redação SC Notícias Hoje")),
    # ======================= Russian (Yakutia) =======================
    wire(
        "ru",
        RU1,
        RU,
        "TASS",
        ["TASS", "ТАСС"],
        "tass-dateline-bitrix-source",
        dateline("ЯКУТСК, 12 марта. /ТАСС/."),
        note_line("Источник: ТАСС", cls="news-detail__source"),
    ),
    wire(
        "ru",
        RU2,
        RU,
        "Interfax",
        ["Interfax", "Интерфакс", "interfax.ru"],
        "istochnik-interfax",
        tail("Источник: Интерфакс", tag="em"),
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "ЯСИА",
        ["ЯСИА", "YSIA", "ysia.ru"],
        "po-materialam-ysia",
        tail("По материалам ЯСИА", tag="em"),
        note="Yakutia's regional news agency, outside the table",
    ),
    own(
        "ru",
        OWN_YSIA,
        RU,
        "own-ysia-citation-notice",
        small_print(
            "При полном или частичном использовании материалов ссылка на ЯСИА обязательна."
        ),
    ),
    nul(
        "negative_mention",
        "ru",
        RU1,
        RU,
        "mid-efir-yakutia24",
        keep=(
            "В эфире телеканала «Якутия 24» глава района призвал жителей не возвращаться в дома до спада воды.",
        ),
        note="on a site where another page runs TASS copy",
    ),
    nul(
        "negative_caption",
        "ru",
        RU2,
        RU,
        "caption-mchs",
        figure("Подтопленная улица в селе Кыллах. Фото: ГУ МЧС России по Республике Саха (Якутия)"),
    ),
    # ======================= Arabic (southern Jordan) =======================
    wire(
        "ar",
        AR1,
        AR,
        "Petra",
        ["Petra", "بترا", "وكالة الأنباء الأردنية", "Jordan News Agency"],
        "petra-dateline-source",
        dateline("الشوبك 12 آذار (بترا) -"),
        tail("المصدر: وكالة الأنباء الأردنية (بترا)", tag="strong"),
    ),
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "Al Jazeera",
        ["Al Jazeera", "الجزيرة نت", "الجزيرة", "aljazeera.net"],
        "almasdar-aljazeera-net",
        tail("المصدر: الجزيرة نت"),
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "رؤيا",
        ["رؤيا", "رؤيا الإخباري", "Roya News", "royanews.tv"],
        "almasdar-roya",
        tail("المصدر: رؤيا"),
        note="Amman's Roya TV, outside the table",
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "عمون",
        ["عمون", "وكالة عمون الإخبارية", "Ammon News", "ammonnews.net"],
        "naqlan-an-ammon",
        tail("نقلا عن عمون", tag="em"),
    ),
    nul(
        "negative_mention",
        "ar",
        AR1,
        AR,
        "mid-tasrih-almamlaka",
        keep=(
            "وقال متصرف اللواء في تصريح لقناة المملكة إن فرق الإنقاذ ستبقى في حالة تأهب حتى صباح الجمعة.",
        ),
    ),
    nul(
        "negative_caption",
        "ar",
        AR2,
        AR,
        "caption-petra",
        figure("سيول في وادي النجل بلواء الشوبك (بترا)"),
        note="the agency's photo credit",
    ),
    # ======================= Japanese (Kagoshima) =======================
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "NHK鹿児島", "NHK NEWS WEB", "nhk.or.jp"],
        "shutten-nhk-kagoshima",
        tail("出典：NHK鹿児島 NEWS WEB"),
        note="the broadcaster's local station, answered 'NHK'",
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "南日本新聞",
        ["南日本新聞", "南日本新聞社", "373news", "Minami-Nippon Shimbun", "373news.com"],
        "aggregator-row-373news",
        source_row("南日本新聞", "3/12(木) 13:20"),
        note="a Yahoo!ニュース-style portal's source row: the portal only distributes",
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Jiji Press",
        ["Jiji Press", "時事通信", "Jiji"],
        "aggregator-row-jiji",
        source_row("時事通信", "3/12(木) 11:40"),
    ),
    own(
        "ja",
        OWN_373,
        JA,
        "own-373-notice",
        small_print("掲載記事・写真の無断転載を禁じます。南日本新聞社"),
        note="the paper's own reprint notice",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-kts-shuzai",
        keep=(
            "市の担当者はＫＴＳ鹿児島テレビの取材に対し、週末までに主な道路の灰を取り除きたいと話した。",
        ),
    ),
    nul(
        "negative_caption",
        "ja",
        JA1,
        JA,
        "caption-kyodo",
        figure("降灰で白くかすむ鹿児島市街地（１２日午前、鹿児島市）＝共同"),
    ),
    # ======================= Chinese, simplified (Heilongjiang) =======================
    wire(
        "zh",
        ZH1,
        ZH,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-source",
        cn_source("新华社", "记者 王北辰"),
        dateline("新华社哈尔滨3月12日电（记者 王北辰）"),
    ),
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "People's Daily",
        ["People's Daily", "人民网", "人民日报", "people.com.cn"],
        "cn-source-people",
        cn_source("人民网", "编辑 孙晓蕾"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH1,
        ZH,
        "黑龙江日报",
        ["黑龙江日报", "黑龙江日报社", "hljnews.cn"],
        "cn-source-hlj-daily",
        cn_source("黑龙江日报", "记者 赵长青"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH2,
        ZH,
        "东北网",
        ["东北网", "dbw.cn"],
        "laiyuan-dbw",
        note_line("来源：东北网", cls="source"),
    ),
    own(
        "zh",
        OWN_DBW,
        ZH,
        "own-dbw-rights",
        small_print("东北网版权所有，未经书面授权禁止转载"),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH2,
        ZH,
        "caption-xinhua-photographer",
        figure("3月12日，除雪车在青岭县城主干道作业。新华社记者 王北辰 摄"),
        note="a Xinhua photographer's credit in a caption (unsure: a reader may take it as the story's source)",
    ),
    # ======================= Italian (Sicily) =======================
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline-copyright",
        dateline("(ANSA) - CATANIA, 12 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    wire(
        "it",
        IT2,
        IT,
        "AGI",
        ["AGI", "Agenzia Italia"],
        "agi-dateline-fonte",
        dateline("(AGI) - Catania, 12 mar. -"),
        tail("Fonte: AGI"),
    ),
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "La Repubblica",
        ["La Repubblica", "la Repubblica", "Repubblica", "la Repubblica Palermo", "repubblica.it"],
        "fonte-repubblica-palermo",
        tail("Fonte: la Repubblica Palermo", tag="em"),
        note="the paper's Palermo edition, answered 'La Repubblica'",
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "LiveSicilia",
        ["LiveSicilia", "livesicilia.it"],
        "jnews-fonte-livesicilia",
        jnews_field(
            "Fonte:", "LiveSicilia", "https://livesicilia.it/etna-cenere-aeroporto-catania-chiuso/"
        ),
    ),
    own(
        "it",
        OWN_LS,
        IT,
        "own-la-sicilia-riproduzione",
        by("di Rosaria Pappalardo", cls="byline", credit=False),
        small_print("© Riproduzione riservata"),
    ),
    nul(
        "negative_mention",
        "it",
        IT1,
        IT,
        "mid-intervistato-tgr",
        keep=(
            "Intervistato dalla Tgr Sicilia, il sindaco di Milo ha chiesto lo stato di calamità per i comuni del versante orientale.",
        ),
        note="on a site where another page runs ANSA copy",
    ),
    nul(
        "negative_caption",
        "it",
        IT2,
        IT,
        "caption-foto-ansa",
        figure("La colonna di cenere sull'Etna vista da Zafferana Etnea. Foto ANSA/DAVIDE CORSARO"),
    ),
    # ======================= Indonesian (Riau) =======================
    wire(
        "id",
        ID1,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Antaranews", "antaranews.com"],
        "antara-dateline-copyright",
        dateline("Pekanbaru (ANTARA) -"),
        small_print("Copyright © ANTARA 2026"),
    ),
    case(
        "out_of_table",
        "id",
        ID2,
        ID,
        "Tribunpekanbaru.com",
        ["Tribunpekanbaru.com", "Tribun Pekanbaru", "tribunnews.com"],
        "tribun-telah-tayang",
        tail(
            f'Artikel ini telah tayang di Tribunpekanbaru.com dengan judul "{ASAP_T}"',
            tag="em",
        ),
        note="the Tribun network's syndication line with the headline",
    ),
    case(
        "out_of_table",
        "id",
        ID1,
        ID,
        "Riau Pos",
        ["Riau Pos", "riaupos.jawapos.com"],
        "sumber-riau-pos",
        tail("Sumber: Riau Pos"),
    ),
    nul(
        "negative_mention",
        "id",
        ID2,
        ID,
        "mid-kepada-riau-pos",
        keep=(
            "Kepada Riau Pos, seorang petugas Manggala Agni mengatakan api sulit dipadamkan karena lahan gambut sangat kering.",
        ),
    ),
    nul(
        "negative_caption",
        "id",
        ID1,
        ID,
        "caption-antara-foto",
        figure(
            "Warga mengenakan masker saat melintas di Jalan Sudirman, Pekanbaru, Kamis. ANTARA FOTO/Fikri Hasibuan"
        ),
        note="on a site where another page runs Antara copy",
    ),
    nul("no_credit", "id", ID2, ID, "site-tim-redaksi", bysite("Tim Redaksi")),
    # ======================= Turkish (Erzurum) =======================
    wire(
        "tr",
        TR1,
        TR,
        "Demirören Haber Ajansı",
        ["Demirören Haber Ajansı", "DHA", "Demiroren Haber Ajansi"],
        "dha-dateline-kaynak",
        dateline("ERZURUM, (DHA) -"),
        tail("Kaynak: DHA"),
    ),
    wire(
        "tr",
        TR2,
        TR,
        "Anadolu Agency",
        ["Anadolu Agency", "Anadolu Ajansı", "AA"],
        "kaynak-aa-bold",
        tail("Kaynak: AA", tag="strong"),
    ),
    case(
        "out_of_table",
        "tr",
        TR1,
        TR,
        "Sabah",
        ["Sabah", "sabah.com.tr"],
        "tagdiv-kaynak-sabah",
        td_source(
            "KAYNAK",
            "Sabah",
            "https://www.sabah.com.tr/erzurum/2026/03/12/erzurumda-kar-ve-tipi-212-mahalle-yolu-kapandi",
        ),
    ),
    case(
        "out_of_table",
        "tr",
        TR2,
        TR,
        "Habertürk",
        ["Habertürk", "HaberTürk", "haberturk.com"],
        "kaynak-haberturk",
        tail("Kaynak: Habertürk"),
    ),
    nul(
        "negative_mention",
        "tr",
        TR1,
        TR,
        "mid-cnn-turk",
        keep=(
            "CNN Türk'e konuşan Büyükşehir yetkilisi, kapalı yolların akşam saatlerine kadar açılmasının hedeflendiğini söyledi.",
        ),
        note="the '<outlet>'e konuşan' form naming a channel (unsure: CNN Türk is a licensee of CNN)",
    ),
    nul(
        "negative_caption",
        "tr",
        TR2,
        TR,
        "caption-fotograf-iha",
        figure("Kapanan köy yolunu açmaya çalışan iş makinesi. (Fotoğraf: İHA)"),
    ),
    # ======================= Hindi (Bihar) =======================
    wire(
        "hi",
        HI1,
        HI,
        "Press Trust of India",
        PTI,
        "bhasha-dateline-slug",
        dateline("सुपौल, 12 मार्च (भाषा)"),
        note_line("भाषा कुमार नरेश", cls="bhasha-slug"),
    ),
    case(
        "in_table",
        "hi",
        HI2,
        HI,
        "Dainik Bhaskar",
        ["Dainik Bhaskar", "दैनिक भास्कर", "Bhaskar", "bhaskar.com"],
        "sabhar-dainik-bhaskar",
        tail("साभार: दैनिक भास्कर"),
    ),
    case(
        "out_of_table",
        "hi",
        HI1,
        HI,
        "प्रभात खबर",
        ["प्रभात खबर", "Prabhat Khabar", "prabhatkhabar.com"],
        "srot-prabhat-khabar",
        tail("स्रोत: प्रभात खबर", tag="strong"),
    ),
    own(
        "hi",
        OWN_PK,
        HI,
        "own-digital-desk",
        by("प्रभात खबर डिजिटल डेस्क", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "hi",
        HI2,
        HI,
        "mid-news18-baatcheet",
        keep=("न्यूज18 से बातचीत में जिलाधिकारी ने कहा कि सभी राहत शिविरों में दवाइयां पहुंचा दी गई हैं।",),
    ),
    nul(
        "negative_caption",
        "hi",
        HI1,
        HI,
        "caption-photo-pti",
        figure("सुपौल में बाढ़ के पानी से घिरे घर। (फोटो: पीटीआई)"),
        note="on a site where another page runs PTI's Hindi copy",
    ),
    nul("no_credit", "hi", HI2, HI, "news-desk", bysite("न्यूज डेस्क")),
    # ======================= Korean (Gangwon) =======================
    wire(
        "ko",
        KO1,
        KO,
        "Newsis",
        ["Newsis", "뉴시스"],
        "newsis-dateline-copyright",
        dateline("[강릉=뉴시스] 김도윤 기자 ="),
        kr_copyright("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>"),
    ),
    wire(
        "ko",
        KO2,
        KO,
        "Yonhap",
        ["Yonhap", "연합뉴스", "Yonhap News Agency"],
        "yonhap-dateline-copyright",
        dateline("(강릉=연합뉴스) 박서윤 기자 ="),
        kr_copyright("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
    ),
    case(
        "out_of_table",
        "ko",
        KO1,
        KO,
        "강원일보",
        ["강원일보", "Kangwon Ilbo", "kwnews.co.kr"],
        "chulcheo-kangwon-ilbo",
        tail("<출처: 강원일보>"),
    ),
    nul(
        "negative_mention",
        "ko",
        KO2,
        KO,
        "mid-mbc-tonghwa",
        keep=(
            "강릉시 관계자는 MBC강원영동과의 통화에서 \u201c고립 마을에는 오늘 중 제설 장비가 들어간다\u201d고 말했다.",
        ),
        note="on a site where another page runs Yonhap copy",
    ),
    nul(
        "negative_caption",
        "ko",
        KO1,
        KO,
        "caption-news1",
        figure("12일 오전 강원 강릉시 왕산면 마을 도로가 눈에 덮여 있다. 2026.3.12/뉴스1"),
    ),
]
