# ruff: noqa: E501, RUF001
"""Sites and cases of the eighteenth blind set (cases_2026-12-20.jsonl).

Written from newsroom conventions without reading the attribution code. A tenth independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. About half English, from six English-speaking regions (the US, the
UK and Ireland, Canada, Australia and New Zealand, Nigeria and Kenya, India and Pakistan), on
the sites such a crawler reads there (chain and independent local papers, TV and public radio
stations, trade sites, campaign and personal blogs, scrapers, a partner portal and a Google
News-style aggregator, nonprofit newsrooms, national papers' own pages), and the rest in fourteen
other languages weighted by the news the web carries in them (Spanish, German, French,
Portuguese, Russian, Japanese, Chinese, Arabic, Italian, Indonesian, Turkish, Hindi, Korean,
Polish). Each page's convention is drawn about as often as such a crawler meets it, whether or
not an earlier set used it, and a credited page carries every line that credits its original
where real pages do. No new template: the earlier ones (`chrome3`-`chrome12`) render these CMSs.

Cases the writer was unsure of (marked before any run; each `note` says why): the Local
Journalism Initiative byline answered by the paper it names; the News Agency of Nigeria's
"(NAN)(www.nannews.ng)" trailer as a credit line; the Canadian Press photo credit on a page with
no other credit; "As first reported by SaltWire, …" as the first sentence of a staff story (a
mention, not a credit); the MENA, TASS and UNI datelines as the only signs; Estadão Conteúdo's
byline alone.
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
    comments,
    provider,
    source_row,
    td_source,
)
from cases9 import jnews_field, kr_copyright
from cases11 import note_line, small_print
from cases13 import states_footer
from cases15 import cn_source, wpb_author, wpb_note, wpb_terms
from cases16 import gannett_byline, gannett_footer
from chrome8 import site_registry
from model3 import Case3, Site3, case, dateline, figure, tail
from model4 import rich
from model5 import coda, in_last_p, lead, tweet

SITES18: dict[str, Site3] = {}


_s = site_registry(SITES18)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
# English, by the story they mostly carry: a rural Ohio hospital ending births, a landslip on a
# Welsh coast line, a storm-wrecked Nova Scotia wharf, algae in a Murray River town's water, a
# collapsed bridge in Kogi State, a Nagpur heatwave; a Google News-style aggregator and an
# MSN-style partner portal carry several.
EN_US1 = _s("carrowfallsleader.com", "The Carrow Falls Leader", "blox")
EN_US2 = _s("wcoh12.com", "WCOH 12", "arc")
EN_US3 = _s("appalachianohioradio.org", "Appalachian Ohio Public Radio", "brightspot")
EN_US4 = _s("ohiorivervalleynews.com", "Ohio River Valley News", "wp")
EN_US5 = blog("ruralhealthwatch-ohio.blogspot.com", "Rural Health Watch Ohio")
EN_US6 = _s("ashmorecountyrepublican.com", "The Ashmore County Republican", "localportal")
EN_PT = _s("newsharborhub.com", "NewsHarbor", "partner")
EN_AG = _s("headlinepulse.app", "HeadlinePulse", "aggregator", "headlinepulse.app")
OWN_OCJ = _s("ohiocapitaljournal.com", "Ohio Capital Journal", "wpblock", "ohiocapitaljournal.com")
OWN_WSAZ = _s("wsaz.com", "WSAZ", "arc")
EN_UK1 = _s("northwalesnow.co.uk", "North Wales Now", "nextjs")
EN_UK2 = _s("meirionnydd-herald.co.uk", "Meirionnydd Herald", "localportal")
EN_UK3 = _s("ukrailnewsdaily.com", "UK Rail News Daily", "wp")
EN_UK4 = blog("cambriancoastrail.blogspot.com", "Cambrian Coast Rail Users")
EN_UK5 = _s("cambrianlinecampaign.org", "Cambrian Line Campaign", "wpblock")
EN_IE = _s("southeastirelandtoday.ie", "South East Ireland Today", "wp")
OWN_CN = _s("cambrian-news.co.uk", "Cambrian News", "localportal")
EN_CA1 = _s("southshore-beacon.ca", "South Shore Beacon", "localportal")
EN_CA2 = _s("coastfm-ns.ca", "Coast FM News", "wp")
EN_CA3 = _s("atlanticfisheriesreport.com", "Atlantic Fisheries Report", "jnews")
EN_CA4 = _s("canadanewsbrief.com", "Canada News Brief", "wpblock")
OWN_SW = _s("saltwire.com", "SaltWire", "arc")
EN_AU1 = _s("riverlandrecorder.com.au", "Riverland Recorder", "localportal")
EN_AU2 = _s("murraymallee-news.com.au", "Murray Mallee News", "wp")
EN_AU3 = _s("australianwaterjournal.com", "Australian Water Journal", "tagdiv")
EN_AU4 = _s("aussienewsnow24.com", "Aussie News Now 24", "jannah")
EN_NZ = _s("kiwinewsroundup.co.nz", "Kiwi News Roundup", "wp")
OWN_IND = _s("indaily.com.au", "InDaily", "wp")
EN_NG1 = _s("kogireporters.com", "Kogi Reporters", "jnews")
EN_NG2 = _s("naijanewsroom24.com", "Naija Newsroom 24", "tagdiv")
EN_NG3 = blog("lokojainsider.blogspot.com", "Lokoja Insider")
EN_NG4 = _s("middlebeltobserver.com.ng", "Middle Belt Observer", "wp")
EN_KE = _s("eastafricadailybrief.co.ke", "East Africa Daily Brief", "jannah")
OWN_DT = _s("dailytrust.com", "Daily Trust", "regional")
EN_IN1 = _s("nagpurtoday24.in", "Nagpur Today 24", "regional")
EN_IN2 = _s("vidarbhaexpress.com", "Vidarbha Express", "tagdiv")
EN_IN3 = _s("maharashtranewsline.com", "Maharashtra Newsline", "jannah")
EN_IN4 = blog("indiaweatherwatch.blogspot.com", "India Weather Watch")
EN_PK = _s("lahorelens24.pk", "Lahore Lens 24", "wp")
OWN_HV = _s("thehitavada.com", "The Hitavada", "regional")
# Spanish (Boyacá, Colombia)
ES1 = _s("boyaca-al-dia.com.co", "Boyacá al Día", "jnews")
ES2 = _s("tunja-noticias.com", "Tunja Noticias", "wpblock")
ES3 = blog("sogamoso-hoy.blogspot.com", "Sogamoso Hoy")
OWN_ELTIEMPO = _s("eltiempo.com", "EL TIEMPO", "arc")
# German (North Frisia)
DE1 = _s("halligen-nachrichten.de", "Halligen Nachrichten", "typo3")
DE2 = _s("nordfriesland-aktuell24.de", "Nordfriesland aktuell 24", "nextjs")
OWN_SHZ = _s("shz.de", "shz.de", "localportal")
# French (Aveyron and the Lot)
FR1 = _s("figeac-actu.fr", "Figeac Actu", "jnews")
FR2 = _s("quercy-actu.fr", "Quercy Actu", "wpblock")
FR3 = blog("medecins-lot.blogspot.com", "Déserts médicaux du Lot")
OWN_CP = _s("centrepresseaveyron.fr", "Centre Presse Aveyron", "arc")
# Portuguese (Agreste of Pernambuco)
PT1 = _s("garanhuns-noticias.com.br", "Garanhuns Notícias", "tagdiv")
PT2 = _s("agreste-hoje.com.br", "Agreste Hoje", "wpblock")
OWN_JC = _s("jc.com.br", "Jornal do Commercio", "nextjs")
# Russian (Karelia)
RU1 = _s("pudozh-novosti.ru", "Пудож. Новости", "bitrix")
RU2 = _s("onego-vesti.ru", "Онежские вести", "wp")
# Japanese (Kochi)
JA1 = _s("shimanto-shimbun.jp", "四万十新聞", "jpnews")
JA2 = _s("kochi-news-matome.net", "こうちニュースまとめ", "aggregator", "kochi-news-matome.net")
OWN_KOCHI = _s("kochinews.co.jp", "高知新聞", "jpnews")
# Chinese (Anji, Zhejiang)
ZH1 = _s("anji-xinwen.com", "安吉新闻网", "cncms")
ZH2 = _s("anjixian-rongmei.cn", "安吉县资讯", "cncms")
# Arabic (Sohag, Egypt)
AR1 = _s("sohag-alyoum.com", "سوهاج اليوم", "jannah")
AR2 = _s("akhbar-tahta.com", "أخبار طهطا", "wpblock")
OWN_MASRAWY = _s("masrawy.com", "مصراوي", "regional")
# Italian (Ogliastra, Sardinia)
IT1 = _s("ogliastra-notizie.it", "Ogliastra Notizie", "typo3")
IT2 = _s("sardegna-oggi24.it", "Sardegna Oggi 24", "jnews")
OWN_UNIONE = _s("unionesarda.it", "L'Unione Sarda", "nextjs")
# Indonesian (Ende, Flores)
ID1 = _s("flores-terkini.com", "Flores Terkini", "jnews")
ID2 = _s("ende-pos.com", "Ende Pos", "wpblock")
# Turkish (Van)
TR1 = _s("vangolu-haber.com", "Van Gölü Haber", "tagdiv")
TR2 = _s("van-haberleri24.com", "Van Haberleri 24", "wpblock")
# Hindi (Mandsaur, Madhya Pradesh)
HI1 = _s("mandsaur-samachar.in", "मंदसौर समाचार", "regional")
HI2 = _s("malwa-khabar.com", "मालवा खबर", "wpblock")
# Korean (Seogwipo, Jeju)
KO1 = _s("seogwipo-news.kr", "서귀포뉴스", "koportal")
KO2 = _s("jejuilbo-online.co.kr", "제주온라인일보", "nextjs")
OWN_HALLA = _s("ihalla.com", "한라일보", "koportal")
# Polish (Kashubia)
PL1 = _s("kartuzy-info.pl", "Kartuzy Info", "wp")
PL2 = _s("kaszuby-news.pl", "Kaszuby News", "localportal")

MAT, RAIL, WHARF, ALGAE, BRIDGE, HEAT = (
    "maternity",
    "landslip",
    "wharf",
    "algae",
    "bridge",
    "heat",
)
ES, DE, FR, PT, RU, JA, ZH = (
    "racionamiento",
    "hallig",
    "medecin",
    "carropipa",
    "ledovaya",
    "tetsudo",
    "zhusun",
)
AR, IT, ID, TR, HI, KO, PL = "qamh", "siccita", "kemarau", "inci", "ola", "gamgyul", "jezioro"

MAT_T = (
    "Carrow Falls hospital to stop delivering babies, leaving expectant mothers an hour from care"
)
ENDE_T = "Warga Tiga Desa di Ende Antre Air Bersih, Mata Air Mulai Mengering"
PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP"]
CP_LINE = "This report by The Canadian Press was first published March 12, 2026."
ABC_AU = ["ABC Australia", "ABC Riverland", "ABC News Australia", "abc.net.au"]
XINHUA = ["Xinhua", "新华社", "Xinhua News Agency"]
EFE_NOTICE = "© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE, sin previo y expreso consentimiento de la Agencia EFE S.A."

CASES18: list[Case3] = [
    # ======================= English: a rural Ohio hospital (US) =======================
    case(
        "in_table",
        "en",
        EN_US4,
        MAT,
        "KFF Health News",
        ["KFF Health News", "Kaiser Health News", "KFF", "kffhealthnews.org"],
        "kff-byline-and-footer",
        by("By Molly Raines, KFF Health News", cls="byline"),
        tail(
            "KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF.",
            tag="em",
        ),
        note="a nonprofit newsroom's story republished under its terms: its byline and its closing line",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        MAT,
        "USA Today",
        ["USA Today", "USA TODAY", "usatoday.com"],
        "partner-provided-by-usa-today",
        provider("USA TODAY", "Lena Hardesty"),
        note="an MSN-style partner portal's provider strip: the portal only distributes",
    ),
    case(
        "out_of_table",
        "en",
        EN_US6,
        MAT,
        "The Columbus Dispatch",
        ["The Columbus Dispatch", "Columbus Dispatch", "dispatch.com"],
        "chain-byline-and-footer",
        gannett_byline("Ben Kessler", "The Columbus Dispatch"),
        gannett_footer(
            "The Columbus Dispatch",
            MAT_T,
            "https://www.dispatch.com/story/news/healthcare/2026/03/10/carrow-falls-hospital-to-stop-delivering-babies/81234567007/",
        ),
        note="a chain paper running a sister paper's story: the reporter-over-paper byline and the footer",
    ),
    case(
        "out_of_table",
        "en",
        EN_US1,
        MAT,
        "Ohio Capital Journal",
        ["Ohio Capital Journal", "ohiocapitaljournal.com"],
        "states-newsroom-byline-footer",
        by("By Nora Pettit, Ohio Capital Journal", cls="tnt-byline"),
        states_footer("Ohio Capital Journal", "Grant Ellery", "info@ohiocapitaljournal.com"),
        note="a States Newsroom outlet's story on a BLOX paper: the network is not the answer",
    ),
    wire(
        "en",
        EN_US2,
        MAT,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By ELLEN MARSH Associated Press", cls="byline"),
        dateline("CARROW FALLS, Ohio (AP) —"),
        small_print(AP_TRAILER),
    ),
    wire(
        "en",
        EN_US3,
        MAT,
        "Associated Press",
        AP,
        "ap-station-byline-trailer",
        by("By The Associated Press", cls="byline"),
        small_print(AP_TRAILER),
        note="a public radio station running AP copy under the agency's byline",
    ),
    wire(
        "en",
        EN_AG,
        MAT,
        "Associated Press",
        AP,
        "aggregator-source-row-ap",
        source_row("Associated Press", "1h"),
        note="an aggregator's source row naming the agency: the aggregator only distributes",
    ),
    own(
        "en",
        OWN_OCJ,
        MAT,
        "own-states-footer",
        states_footer("Ohio Capital Journal", "Grant Ellery", "info@ohiocapitaljournal.com"),
        note="the outlet's own page with the footer it prints under its own stories",
    ),
    own(
        "en",
        OWN_WSAZ,
        MAT,
        "own-station-copyright",
        small_print("Copyright 2026 WSAZ. All rights reserved."),
        note="a TV station's own copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_US3,
        MAT,
        "mid-told-columbus-dispatch",
        keep=(
            "A hospital spokeswoman told The Columbus Dispatch in January that recruiting obstetric nurses had become nearly impossible.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_US5,
        MAT,
        "coda-first-reported-woub",
        coda("The hospital's plan was first reported by WOUB Public Media."),
    ),
    nul(
        "negative_caption",
        "en",
        EN_US4,
        MAT,
        "caption-ap-photo",
        figure(
            "The entrance to Raccoon Valley Medical Center in Carrow Falls, Ohio, Tuesday, March 10, 2026. (AP Photo/Dale Hartsock)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_US5,
        MAT,
        "chart-source-odh",
        figure(
            "Births at Raccoon Valley Medical Center, 2016-2025. Source: Ohio Department of Health"
        ),
        note="a chart's data source",
    ),
    nul("no_credit", "en", EN_US2, MAT, "station-digital-staff", bysite("WCOH 12 Digital Staff")),
    # ======================= English: a Welsh coast railway (UK, Ireland) =======================
    case(
        "in_table",
        "en",
        EN_UK3,
        RAIL,
        "BBC",
        ["BBC", "BBC News", "BBC Wales", "bbc.co.uk"],
        "source-bbc-news",
        tail("Source: BBC News"),
        note="a scraper naming its source under the text",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        RAIL,
        "ITV News",
        ["ITV News", "ITV Wales", "ITV", "itv.com"],
        "aggregator-source-row-itv",
        source_row("ITV News", "4h"),
        note="an aggregator's source row: the aggregator only distributes",
    ),
    case(
        "out_of_table",
        "en",
        EN_UK4,
        RAIL,
        "Nation.Cymru",
        ["Nation.Cymru", "Nation Cymru", "nation.cymru"],
        "blogger-source-nation-cymru",
        blogger_div(
            "Source:",
            "Nation.Cymru",
            "https://nation.cymru/news/cambrian-coast-line-to-stay-shut-until-may-after-landslip/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_UK5,
        RAIL,
        "WalesOnline",
        ["WalesOnline", "Wales Online", "walesonline.co.uk"],
        "first-appeared-block-note",
        wpb_note("This article first appeared on WalesOnline."),
        note="a campaign group's site reposting a paper's story, its line under a block separator",
    ),
    wire(
        "en",
        EN_IE,
        RAIL,
        "PA Media",
        PA,
        "pa-name-byline",
        by("By Rhodri Evans, PA", cls="byline"),
        note="an Irish site running PA copy from Wales: 'By <name>, PA'",
    ),
    wire(
        "en",
        EN_UK2,
        RAIL,
        "PA Media",
        PA,
        "pa-news-agency-byline",
        by("By PA News Agency", cls="byline"),
    ),
    own(
        "en",
        OWN_CN,
        RAIL,
        "own-cambrian-news-newsletter",
        by("By Gwilym Pugh", cls="byline", credit=False),
        tail("Sign up to the Cambrian News newsletter for the latest from Meirionnydd."),
        note="the paper's own newsletter line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK1,
        RAIL,
        "mid-told-bbc-radio-wales",
        keep=(
            "The manager of the station café told BBC Radio Wales on Monday that Easter bookings had already fallen.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK2,
        RAIL,
        "comments-name-itv-wales",
        comments(
            ("Dylan_Harlech", "ITV Wales said May at the earliest too. Same story every winter."),
            ("bethanbus", "The replacement bus took me 85 minutes on Saturday."),
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_UK1,
        RAIL,
        "caption-pa-wire",
        figure("Rock and soil on the track near Llanfair Morfa. (Photo: Gareth Lloyd/PA Wire)"),
    ),
    nul(
        "no_credit",
        "en",
        EN_UK4,
        RAIL,
        "blog-posted-by",
        bysite("Posted by Cambrian Coast Rail Users"),
    ),
    # ======================= English: a Nova Scotia wharf (Canada) =======================
    case(
        "in_table",
        "en",
        EN_CA4,
        WHARF,
        "CBC News",
        ["CBC News", "CBC", "CBC Nova Scotia", "cbc.ca"],
        "block-terms-source-cbc",
        wpb_terms("Source:", "CBC News", "/source/cbc-news/", "source"),
        note="a scraper's block theme printing its 'source' taxonomy",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        WHARF,
        "CTV News",
        ["CTV News", "CTV News Atlantic", "CTV", "ctvnews.ca"],
        "aggregator-source-row-ctv",
        source_row("CTV News Atlantic", "3h"),
        note="an aggregator's source row naming the network's regional desk",
    ),
    case(
        "out_of_table",
        "en",
        EN_CA1,
        WHARF,
        "The Chronicle Herald",
        ["The Chronicle Herald", "Chronicle Herald", "thechronicleherald.ca"],
        "lji-byline",
        by(
            "Jenna Doucette, Local Journalism Initiative Reporter, The Chronicle Herald",
            cls="byline",
        ),
        note="a Local Journalism Initiative byline: the programme pays the reporter, the paper it names is the original (unsure: a reader may not file the programme's byline as a credit)",
    ),
    case(
        "out_of_table",
        "en",
        EN_CA3,
        WHARF,
        "SaltWire",
        ["SaltWire", "SaltWire Network", "saltwire.com"],
        "jnews-source-saltwire",
        jnews_field(
            "Source:",
            "SaltWire",
            "https://www.saltwire.com/nova-scotia/port-ellery-fishers-scramble-for-berths-100912345/",
        ),
        note="a trade site naming its source in the theme's field",
    ),
    wire(
        "en",
        EN_CA2,
        WHARF,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-first-published",
        by("The Canadian Press", cls="byline"),
        dateline("PORT ELLERY, N.S. —"),
        tail(CP_LINE, tag="em"),
        note="CP's dateline names no agency and is kept; the byline and the closing line are credit lines",
    ),
    wire(
        "en",
        EN_PT,
        WHARF,
        "The Canadian Press",
        CP,
        "partner-provided-by-cp",
        provider("The Canadian Press", "Keith Doucet"),
        tail(CP_LINE),
        note="CP on a partner portal: the provider strip and the closing line",
    ),
    own(
        "en",
        OWN_SW,
        WHARF,
        "own-saltwire-byline",
        by("Colin Fraser · Journalist | SaltWire", cls="byline", credit=False),
        note="the outlet's own byline form on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_CA2,
        WHARF,
        "mid-told-cbc-information-morning",
        keep=(
            "Comeau told CBC's Information Morning on Tuesday that the harbour authority had asked for repairs three times since 2022.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_CA1,
        WHARF,
        "lead-as-first-reported-saltwire",
        lead(
            "As first reported by SaltWire, the damage was found during an inspection the morning after the storm."
        ),
        note="a staff story whose first sentence says who had the news first (unsure: a reader may file it as a credit)",
    ),
    nul(
        "negative_caption",
        "en",
        EN_CA3,
        WHARF,
        "caption-canadian-press",
        figure(
            "Lobster boats tied up at Port Ellery, N.S., after the storm. (THE CANADIAN PRESS/Riley Thibault)"
        ),
        note="CP's photo credit on a page with no other credit (unsure: how often it travels without the story)",
    ),
    nul(
        "no_credit",
        "en",
        EN_CA4,
        WHARF,
        "block-author-newsdesk",
        wpb_author("newsdesk", credit=False),
    ),
    # ======================= English: algae in the Murray (Australia, New Zealand) =======================
    case(
        "in_table",
        "en",
        EN_AU4,
        ALGAE,
        "ABC Australia",
        ABC_AU,
        "source-abc-riverland",
        tail("Source: ABC Riverland", tag="strong"),
        note="the Australian broadcaster's local station (the table's 'ABC Australia'), not the US network",
    ),
    case(
        "in_table",
        "en",
        EN_AU3,
        ALGAE,
        "The Conversation",
        ["The Conversation", "theconversation.com"],
        "conversation-republished",
        rich(
            "tail",
            "This article is republished from ",
            ("The Conversation", "https://theconversation.com"),
            " under a Creative Commons license. Read the ",
            (
                "original article",
                "https://theconversation.com/blue-green-algae-is-back-in-the-murray-heres-why-boiling-wont-help-262104",
            ),
            ".",
            tag="em",
        ),
        note="a trade site republishing a researcher's piece",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        ALGAE,
        "news.com.au",
        ["news.com.au"],
        "partner-provided-by-news-com-au",
        provider("news.com.au", "Harriet Vance"),
        note="an MSN-style partner portal's provider strip: the portal only distributes",
    ),
    case(
        "out_of_table",
        "en",
        EN_AU2,
        ALGAE,
        "InDaily",
        ["InDaily", "indaily.com.au"],
        "source-indaily",
        tail("Source: InDaily", tag="em"),
    ),
    case(
        "out_of_table",
        "en",
        EN_AU1,
        ALGAE,
        "The Murray Valley Standard",
        ["The Murray Valley Standard", "Murray Valley Standard", "murrayvalleystandard.com.au"],
        "first-appeared-sister-title",
        tail("This story first appeared in The Murray Valley Standard.", tag="em"),
        note="a regional chain's paper running a sister title's story",
    ),
    wire(
        "en",
        EN_AU2,
        ALGAE,
        "Australian Associated Press",
        ["Australian Associated Press", "AAP"],
        "aap-name-byline",
        by("Tamsin Earle, AAP", cls="byline"),
    ),
    wire(
        "en",
        EN_NZ,
        ALGAE,
        "Australian Associated Press",
        ["Australian Associated Press", "AAP"],
        "aap-agency-byline",
        by("Australian Associated Press", cls="byline"),
        note="a New Zealand site running AAP copy under the agency's name",
    ),
    own(
        "en",
        OWN_IND,
        ALGAE,
        "own-indaily-copyright",
        small_print("© 2026 InDaily. All rights reserved."),
    ),
    nul(
        "negative_mention",
        "en",
        EN_AU2,
        ALGAE,
        "mid-told-abc-radio-adelaide",
        keep=(
            "An SA Water spokesman told ABC Radio Adelaide that the river was being tested twice a day.",
        ),
        note="on a site where another page credits InDaily and one runs AAP",
    ),
    nul(
        "negative_mention",
        "en",
        EN_AU3,
        ALGAE,
        "coda-first-reported-advertiser",
        coda("The warning was first reported by The Advertiser."),
    ),
    nul(
        "negative_caption",
        "en",
        EN_AU4,
        ALGAE,
        "caption-aap-image",
        figure("Green water near the Morgan Bend pump station. (AAP Image/Brenton Hale)"),
    ),
    nul("no_credit", "en", EN_AU1, ALGAE, "staff-byline", bysite("Riverland Recorder staff")),
    # ======================= English: a bridge in Kogi (Nigeria, Kenya) =======================
    case(
        "in_table",
        "en",
        EN_NG2,
        BRIDGE,
        "Punch",
        ["Punch", "The Punch", "Punch Newspapers", "punchng.com"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "Punch",
            "https://punchng.com/traders-stranded-as-bridge-collapses-in-kogi/",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_NG3,
        BRIDGE,
        "Premium Times",
        ["Premium Times", "Premium Times Nigeria", "premiumtimesng.com"],
        "blogger-source-premium-times",
        blogger_div(
            "Source:",
            "Premium Times",
            "https://www.premiumtimesng.com/regional/north-central/812345-bridge-collapse-kogi.html",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_NG4,
        BRIDGE,
        "Vanguard",
        ["Vanguard", "Vanguard News", "vanguardngr.com"],
        "culled-from-vanguard",
        tail("Culled from Vanguard", tag="em"),
        note="'Culled from', the Nigerian press's credit word",
    ),
    case(
        "out_of_table",
        "en",
        EN_NG1,
        BRIDGE,
        "Channels Television",
        ["Channels Television", "Channels TV", "channelstv.com"],
        "jnews-source-channels",
        jnews_field(
            "Source:",
            "Channels TV",
            "https://www.channelstv.com/2026/03/12/traders-stranded-as-kogi-bridge-collapses/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_NG2,
        BRIDGE,
        "News Agency of Nigeria",
        ["News Agency of Nigeria", "NAN", "nannews.ng"],
        "nan-dateline-trailer",
        dateline("Lokoja, March 12, 2026 (NAN)"),
        note_line("(NAN)(www.nannews.ng)", cls="nan-trailer"),
        note="Nigeria's agency, outside the table, filed `out_of_table` as the earlier sets file such wires; its dateline is kept and its trailer is the credit line (unsure: the trailer as a credit line)",
    ),
    wire(
        "en",
        EN_KE,
        BRIDGE,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Lokoja (Nigeria) (AFP) -"),
        note_line("ola/bp/jj", cls="afp-slug"),
        note="a Kenyan site running AFP's Africa copy",
    ),
    wire(
        "en",
        EN_NG1,
        BRIDGE,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("ABUJA, March 12 (Reuters) -"),
        tail("(Reporting by Chinedu Okafor; Editing by Alison Marsh)"),
    ),
    own(
        "en",
        OWN_DT,
        BRIDGE,
        "own-daily-trust-from-byline",
        by("From Idris Abubakar, Lokoja", cls="byline", credit=False),
        note="the paper's correspondent byline form ('From <name>, <town>') on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_NG3,
        BRIDGE,
        "mid-told-channels",
        keep=(
            "A community leader told Channels Television on Wednesday that the council had been warned about the cracks in 2024.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_NG2,
        BRIDGE,
        "embedded-post-channels",
        tweet(
            "Traders stranded as bridge collapses in Kogi community",
            "Channels Television",
            "channelstv",
            "March 12, 2026",
        ),
        note="an embedded post by an outlet's account",
    ),
    nul(
        "negative_mention",
        "en",
        EN_KE,
        BRIDGE,
        "lead-according-to-premium-times",
        lead(
            "According to Premium Times, the state government had awarded a contract to repair the bridge in 2023."
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_NG4,
        BRIDGE,
        "caption-photo-nan",
        figure("The collapsed section of the bridge on Wednesday. Photo: NAN"),
    ),
    nul("no_credit", "en", EN_NG1, BRIDGE, "site-desk-byline", bysite("Kogi Reporters Desk")),
    # ======================= English: a Nagpur heatwave (India, Pakistan) =======================
    case(
        "in_table",
        "en",
        EN_IN2,
        HEAT,
        "The Times of India",
        ["The Times of India", "Times of India", "TOI", "timesofindia.indiatimes.com"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "The Times of India",
            "https://timesofindia.indiatimes.com/city/nagpur/schools-to-run-morning-shifts/articleshow/119012345.cms",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_IN4,
        HEAT,
        "Hindustan Times",
        ["Hindustan Times", "HT", "hindustantimes.com"],
        "blogger-source-ht",
        blogger_div(
            "Source:",
            "Hindustan Times",
            "https://www.hindustantimes.com/cities/others/nagpur-schools-morning-shift-heatwave-101741772345678.html",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        HEAT,
        "NDTV",
        ["NDTV", "ndtv.com"],
        "aggregator-source-row-ndtv",
        source_row("NDTV", "2h"),
        note="an aggregator's source row: the aggregator only distributes",
    ),
    case(
        "out_of_table",
        "en",
        EN_IN1,
        HEAT,
        "The Hitavada",
        ["The Hitavada", "Hitavada", "thehitavada.com"],
        "courtesy-hitavada",
        tail("Courtesy: The Hitavada", tag="strong"),
    ),
    case(
        "out_of_table",
        "en",
        EN_IN3,
        HEAT,
        "Lokmat Times",
        ["Lokmat Times", "lokmattimes.com"],
        "source-lokmat-times",
        tail("Source: Lokmat Times"),
    ),
    wire(
        "en",
        EN_IN1,
        HEAT,
        "Press Trust of India",
        PTI,
        "pti-dateline-codes",
        dateline("Nagpur, Mar 12 (PTI)"),
        note_line("PTI CLS NP", cls="pti-codes"),
    ),
    wire(
        "en",
        EN_IN3,
        HEAT,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-dateline-signoff-slug",
        dateline("Nagpur, March 12 (IANS)"),
        note_line("--IANS", cls="ians"),
        note_line("sks/dan", cls="ians-slug"),
    ),
    wire(
        "en",
        EN_IN2,
        HEAT,
        "ANI",
        ["ANI", "Asian News International"],
        "ani-dateline-tag",
        dateline("Nagpur (Maharashtra) [India], March 12 (ANI):"),
        in_last_p("(ANI)"),
    ),
    wire(
        "en",
        EN_PK,
        HEAT,
        "AFP",
        AFP,
        "afp-dateline-copyright",
        dateline("Nagpur, India (AFP) -"),
        small_print("© 2026 AFP"),
        note="a Pakistani site running AFP's regional copy",
    ),
    own(
        "en",
        OWN_HV,
        HEAT,
        "own-staff-reporter",
        by("Staff Reporter", cls="byline", credit=False),
        note="the paper's own desk byline",
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN4,
        HEAT,
        "mid-told-pti",
        keep=(
            "A senior official of the education department told PTI that the order would be reviewed after two weeks.",
        ),
        note="a wire named as the interlocutor in a story that is not the wire's",
    ),
    nul(
        "negative_caption",
        "en",
        EN_IN3,
        HEAT,
        "caption-representational-reuters",
        figure("Schoolchildren shield themselves from the sun. (Representational image: Reuters)"),
    ),
    # ======================= Spanish (Colombia) =======================
    case(
        "in_table",
        "es",
        ES2,
        ES,
        "Infobae",
        ["Infobae", "infobae.com"],
        "con-informacion-de-infobae",
        tail("Con información de Infobae", tag="em"),
    ),
    case(
        "in_table",
        "es",
        ES1,
        ES,
        "CNN",
        ["CNN", "CNN en Español", "cnnespanol.cnn.com"],
        "jnews-fuente-cnn",
        jnews_field(
            "Fuente:",
            "CNN en Español",
            "https://cnnespanol.cnn.com/2026/03/12/sogamoso-racionamiento-agua-sequia-orix/",
        ),
        note="CNN's Spanish service, answered 'CNN'",
    ),
    case(
        "out_of_table",
        "es",
        ES3,
        ES,
        "El Tiempo",
        ["El Tiempo", "EL TIEMPO", "eltiempo.com"],
        "tomado-de-el-tiempo",
        tail("Tomado de El Tiempo"),
        note="'Tomado de' (taken from), the Colombian credit form",
    ),
    wire(
        "es",
        ES2,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-notice",
        dateline("Sogamoso (Colombia), 12 mar (EFE).-"),
        small_print(EFE_NOTICE),
    ),
    own(
        "es",
        OWN_ELTIEMPO,
        ES,
        "own-corresponsal-byline",
        by(
            "Laura Camila Rincón - Corresponsal de EL TIEMPO - Sogamoso", cls="byline", credit=False
        ),
        note="the paper's correspondent byline naming itself on its own site",
    ),
    nul(
        "negative_mention",
        "es",
        ES3,
        ES,
        "mid-dialogo-caracol",
        keep=(
            "En diálogo con Caracol Radio, el gerente del acueducto aseguró que no habrá más cortes en el centro de la ciudad.",
        ),
    ),
    nul(
        "negative_caption",
        "es",
        ES1,
        ES,
        "caption-colprensa",
        figure("Un carrotanque abastece a vecinos del barrio El Oriente. Foto: Colprensa"),
    ),
    # ======================= German =======================
    case(
        "in_table",
        "de",
        DE2,
        DE,
        "Tagesschau",
        ["Tagesschau", "tagesschau.de"],
        "quelle-tagesschau",
        tail("Quelle: tagesschau.de"),
    ),
    case(
        "in_table",
        "de",
        DE1,
        DE,
        "ZDF",
        ["ZDF", "ZDFheute", "zdf.de"],
        "quelle-zdfheute",
        tail("Quelle: ZDFheute", tag="em"),
        note="ZDF's news site, answered 'ZDF'",
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "NDR",
        ["NDR", "Norddeutscher Rundfunk", "ndr.de"],
        "mit-material-ndr",
        tail("Mit Material des NDR.", tag="em"),
        note="the regional public broadcaster, outside the table",
    ),
    wire(
        "de",
        DE1,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur", "DPA"],
        "dpa-dateline-lno-infocom",
        dateline("Hallig Wittfeld (dpa/lno) -"),
        note_line("dpa-infocom, dpa:260312-930-118244/1", cls="dpa-ref"),
    ),
    own(
        "de",
        OWN_SHZ,
        DE,
        "own-shz-copyright",
        by("Von Anke Petersen", cls="byline", credit=False),
        small_print("© shz.de 2026"),
    ),
    nul(
        "negative_mention",
        "de",
        DE2,
        DE,
        "mid-gespraech-rsh",
        keep=(
            "Im Gespräch mit dem Radiosender R.SH sagte Paulsen, die Halligleute fühlten sich mit dem Problem allein gelassen.",
        ),
    ),
    # ======================= French =======================
    case(
        "in_table",
        "fr",
        FR1,
        FR,
        "franceinfo",
        ["franceinfo", "France Info", "francetvinfo.fr"],
        "jnews-source-franceinfo",
        jnews_field(
            "Source :",
            "franceinfo",
            "https://www.francetvinfo.fr/sante/deserts-medicaux/aveyron-le-dernier-medecin-part_7012345.html",
        ),
    ),
    case(
        "in_table",
        "fr",
        FR3,
        FR,
        "Le Figaro",
        ["Le Figaro", "Figaro", "lefigaro.fr"],
        "source-le-figaro",
        tail("Source : Le Figaro"),
    ),
    case(
        "out_of_table",
        "fr",
        FR2,
        FR,
        "La Dépêche du Midi",
        ["La Dépêche du Midi", "La Dépêche", "ladepeche.fr"],
        "block-terms-source-depeche",
        wpb_terms("Source :", "La Dépêche du Midi", "/source/la-depeche-du-midi/", "source"),
    ),
    wire(
        "fr",
        FR2,
        FR,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Sainte-Radegonde-du-Causse (France) (AFP) -"),
        note_line("cor-mdr/cb/swi", cls="afp-slug"),
    ),
    own(
        "fr",
        OWN_CP,
        FR,
        "own-centre-presse-redaction",
        by("La rédaction de Centre Presse", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "fr",
        FR1,
        FR,
        "mid-interroge-france3",
        keep=(
            "Interrogé par France 3 Occitanie, le maire a assuré que la commune avait tout essayé pour attirer un jeune médecin.",
        ),
    ),
    # ======================= Portuguese (Brazil) =======================
    case(
        "in_table",
        "pt",
        PT1,
        PT,
        "O Globo",
        ["O Globo", "Globo", "oglobo.globo.com"],
        "tagdiv-fonte-globo",
        td_source(
            "FONTE",
            "O Globo",
            "https://oglobo.globo.com/brasil/noticia/2026/03/12/seca-agreste-carros-pipa.ghtml",
        ),
    ),
    case(
        "out_of_table",
        "pt",
        PT2,
        PT,
        "Jornal do Commercio",
        ["Jornal do Commercio", "JC", "jc.com.br"],
        "com-informacoes-jc",
        tail("Com informações do Jornal do Commercio."),
    ),
    wire(
        "pt",
        PT1,
        PT,
        "Estadão Conteúdo",
        ["Estadão Conteúdo", "Estadao Conteudo", "Agência Estado"],
        "estadao-conteudo-byline",
        by("Estadão Conteúdo", cls="td-post-author-name"),
        note="the agency's name in the author slot (unsure: the byline alone as a credit line)",
    ),
    own(
        "pt",
        OWN_JC,
        PT,
        "own-jc-byline",
        by("Por Tiago Albuquerque, do JC", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "pt",
        PT2,
        PT,
        "mid-entrevista-radio-jornal",
        keep=(
            "Em entrevista à Rádio Jornal, o prefeito disse que a cidade precisa de pelo menos mais seis caminhões.",
        ),
        note="a radio of the group another page on this site credits",
    ),
    nul("no_credit", "pt", PT1, PT, "da-redacao", bysite("Da Redação")),
    # ======================= Russian (Karelia) =======================
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Столица на Онего",
        ["Столица на Онего", "stolicaonego.ru"],
        "bitrix-istochnik",
        note_line("Источник: «Столица на Онего»", cls="news-detail__source"),
        note="answered without the quotation marks",
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "ГТРК «Карелия»",
        ["ГТРК «Карелия»", "ГТРК Карелия", "vesti-karel.ru"],
        "po-materialam-gtrk",
        tail("По материалам ГТРК «Карелия»", tag="em"),
    ),
    wire(
        "ru",
        RU1,
        RU,
        "TASS",
        ["TASS", "ТАСС", "ITAR-TASS"],
        "tass-dateline-only",
        dateline("ПЕТРОЗАВОДСК, 12 марта. /ТАСС/."),
        note="TASS's dateline is the only sign and stays (unsure: whether regional sites keep it alone)",
    ),
    nul(
        "negative_mention",
        "ru",
        RU2,
        RU,
        "mid-kommentarii-interfaksu",
        keep=(
            "В комментарии «Интерфаксу» в районной администрации уточнили, что график рейсов может измениться из-за погоды.",
        ),
    ),
    nul(
        "negative_caption",
        "ru",
        RU1,
        RU,
        "caption-foto-tass",
        figure("Ледовая переправа на Онежском озере. Фото: Александр Котов/ТАСС"),
    ),
    # ======================= Japanese (Kochi) =======================
    case(
        "in_table",
        "ja",
        JA2,
        JA,
        "The Asahi Shimbun",
        ["The Asahi Shimbun", "朝日新聞", "朝日新聞デジタル", "asahi.com"],
        "aggregator-row-asahi",
        source_row("朝日新聞デジタル", "3/12(木) 19:02"),
        note="a Yahoo!ニュース-style portal's source row: the portal only distributes",
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "高知新聞",
        ["高知新聞", "高知新聞社", "Kochi Shimbun", "kochinews.co.jp"],
        "aggregator-row-kochi",
        source_row("高知新聞", "3/12(木) 18:30"),
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Jiji Press",
        ["Jiji Press", "時事通信", "Jiji"],
        "aggregator-row-jiji",
        source_row("時事通信", "3/12(木) 16:40"),
    ),
    own(
        "ja",
        OWN_KOCHI,
        JA,
        "own-kochi-notice",
        small_print("高知新聞社の許可なく転載することを禁じます。"),
        note="the paper's own reprint notice",
    ),
    nul(
        "negative_caption",
        "ja",
        JA1,
        JA,
        "caption-kyodo",
        figure("山あいを走る土佐川線の列車（１２日）＝共同"),
    ),
    # ======================= Chinese (Anji) =======================
    case(
        "in_table",
        "zh",
        ZH1,
        ZH,
        "Global Times",
        ["Global Times", "环球时报", "环球网", "globaltimes.cn"],
        "cn-source-global-times",
        cn_source("环球时报", "记者 沈佳"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH2,
        ZH,
        "浙江日报",
        ["浙江日报", "zjrb.zjol.com.cn"],
        "cn-source-zhejiang-daily",
        cn_source("浙江日报", "记者 陆晓燕"),
    ),
    wire(
        "zh",
        ZH1,
        ZH,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-source",
        cn_source("新华社", "记者 胡明远"),
        dateline("新华社杭州3月12日电（记者 胡明远）"),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH2,
        ZH,
        "caption-vcg",
        figure("笋农在竹林里挖春笋。（图片来源：视觉中国）"),
    ),
    nul(
        "no_credit",
        "zh",
        ZH1,
        ZH,
        "responsible-editor",
        tail("（责任编辑：沈佳怡）"),
    ),
    # ======================= Arabic (Egypt) =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Al Arabiya",
        ["Al Arabiya", "العربية", "العربية نت", "alarabiya.net"],
        "almasdar-alarabiya",
        tail("المصدر: العربية نت", tag="strong"),
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "المصري اليوم",
        ["المصري اليوم", "Al-Masry Al-Youm", "almasryalyoum.com"],
        "naqlan-an-masry-alyoum",
        tail("نقلاً عن المصري اليوم"),
    ),
    wire(
        "ar",
        AR2,
        AR,
        "Middle East News Agency",
        ["Middle East News Agency", "MENA", "أ ش أ", "وكالة أنباء الشرق الأوسط"],
        "mena-dateline-only",
        dateline("سوهاج (أ ش أ) -"),
        note="MENA's tag in the dateline is the only sign and stays (unsure: whether a reader files it as credit)",
    ),
    own(
        "ar",
        OWN_MASRAWY,
        AR,
        "own-masrawy-byline",
        by("كتب- أحمد عبد الحميد", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "ar",
        AR1,
        AR,
        "mid-tasrihat-sada-elbalad",
        keep=(
            "وقال وكيل وزارة التموين في تصريحات لقناة صدى البلد إن الصوامع جاهزة لاستقبال الكميات المتوقعة.",
        ),
    ),
    # ======================= Italian (Sardinia) =======================
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "La Repubblica",
        ["La Repubblica", "la Repubblica", "Repubblica", "repubblica.it"],
        "jnews-fonte-repubblica",
        jnews_field(
            "Fonte:",
            "la Repubblica",
            "https://www.repubblica.it/cronaca/2026/03/12/news/siccita_ogliastra_consorzio_acqua-421234567/",
        ),
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "L'Unione Sarda",
        ["L'Unione Sarda", "Unione Sarda", "unionesarda.it"],
        "fonte-unione-sarda",
        tail("Fonte: L'Unione Sarda"),
    ),
    wire(
        "it",
        IT2,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline-copyright",
        dateline("(ANSA) - TORTOLÌ, 12 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    own(
        "it",
        OWN_UNIONE,
        IT,
        "own-riproduzione-riservata",
        small_print("© Riproduzione riservata"),
    ),
    nul(
        "negative_caption",
        "it",
        IT1,
        IT,
        "caption-foto-ansa",
        figure("L'invaso quasi vuoto a metà marzo (foto ANSA)"),
    ),
    # ======================= Indonesian (Flores) =======================
    case(
        "in_table",
        "id",
        ID2,
        ID,
        "BBC",
        ["BBC", "BBC News Indonesia", "BBC Indonesia", "bbc.com"],
        "sumber-bbc-indonesia",
        tail("Sumber: BBC News Indonesia"),
        note="BBC's Indonesian service, answered 'BBC'",
    ),
    case(
        "out_of_table",
        "id",
        ID1,
        ID,
        "Pos Kupang",
        ["Pos Kupang", "PosKupang.com", "kupang.tribunnews.com"],
        "tribun-telah-tayang",
        tail(
            f"Artikel ini telah tayang di PosKupang.com dengan judul {ENDE_T}",
            tag="em",
        ),
        note="the Tribun network's line naming its Kupang title",
    ),
    wire(
        "id",
        ID2,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Antaranews", "antaranews.com"],
        "antara-dateline-copyright",
        dateline("Ende (ANTARA) -"),
        small_print("Copyright © ANTARA 2026"),
    ),
    nul(
        "negative_mention",
        "id",
        ID1,
        ID,
        "mid-kepada-kompas",
        keep=(
            "Kepada Kompas.com, Camat Nangapanda mengatakan pihaknya sudah mengusulkan tambahan bantuan air ke pemerintah kabupaten.",
        ),
    ),
    nul(
        "negative_caption",
        "id",
        ID2,
        ID,
        "caption-antara-foto",
        figure("Warga mengantre air bersih di Desa Ndeturea, Kamis. ANTARA FOTO/Yosef Kelen"),
        note="on a site where another page runs Antara copy",
    ),
    # ======================= Turkish (Van) =======================
    case(
        "out_of_table",
        "tr",
        TR1,
        TR,
        "Hürriyet",
        ["Hürriyet", "Hurriyet", "hurriyet.com.tr"],
        "tagdiv-kaynak-hurriyet",
        td_source(
            "KAYNAK",
            "Hürriyet",
            "https://www.hurriyet.com.tr/yerel-haberler/van/inci-kefali-gocu-basladi-42712345",
        ),
    ),
    wire(
        "tr",
        TR2,
        TR,
        "Demirören Haber Ajansı",
        ["Demirören Haber Ajansı", "DHA"],
        "dha-dateline-kaynak",
        dateline("ERCİŞ (DHA) -"),
        tail("Kaynak: DHA"),
    ),
    wire(
        "tr",
        TR1,
        TR,
        "Anadolu Agency",
        ["Anadolu Agency", "Anadolu Ajansı", "AA"],
        "kaynak-aa",
        tail("Kaynak: AA", tag="strong"),
    ),
    nul(
        "negative_mention",
        "tr",
        TR2,
        TR,
        "mid-ntv-aciklama",
        keep=(
            "Erciş'te yaşayan bir balıkçı, NTV'ye yaptığı açıklamada bu yıl yasağa herkesin uyduğunu söyledi.",
        ),
    ),
    nul(
        "negative_caption",
        "tr",
        TR2,
        TR,
        "caption-fotograf-aa",
        figure("İnci kefalleri Karasu Deresi'nde akıntıya karşı yüzüyor. (Fotoğraf: AA)"),
    ),
    # ======================= Hindi (Madhya Pradesh) =======================
    case(
        "in_table",
        "hi",
        HI1,
        HI,
        "Amar Ujala",
        ["Amar Ujala", "अमर उजाला", "amarujala.com"],
        "sabhar-amar-ujala",
        tail("साभार: अमर उजाला"),
    ),
    case(
        "out_of_table",
        "hi",
        HI2,
        HI,
        "नईदुनिया",
        ["नईदुनिया", "Naidunia", "naidunia.com"],
        "block-terms-srot-naidunia",
        wpb_terms("स्रोत:", "नईदुनिया", "/source/naidunia/", "source"),
    ),
    wire(
        "hi",
        HI2,
        HI,
        "United News of India",
        ["United News of India", "UNI", "वार्ता", "यूनीवार्ता"],
        "uni-varta-dateline-only",
        dateline("मंदसौर, 12 मार्च (वार्ता)"),
        note="UNI's Hindi service tag in the dateline is the only sign and stays (unsure: whether a reader files it as credit)",
    ),
    nul("no_credit", "hi", HI1, HI, "desk-report", bysite("डेस्क रिपोर्ट")),
    # ======================= Korean (Jeju) =======================
    case(
        "out_of_table",
        "ko",
        KO2,
        KO,
        "제주의소리",
        ["제주의소리", "Jeju Sori", "jejusori.net"],
        "chulcheo-jejusori",
        tail("<출처: 제주의소리>"),
    ),
    wire(
        "ko",
        KO1,
        KO,
        "Yonhap",
        ["Yonhap", "연합뉴스", "Yonhap News Agency"],
        "yonhap-dateline-copyright",
        dateline("(서귀포=연합뉴스) 고은비 기자 ="),
        kr_copyright("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
    ),
    own(
        "ko",
        OWN_HALLA,
        KO,
        "own-halla-copyright",
        kr_copyright("<저작권자 © 한라일보 무단전재 및 재배포 금지>"),
    ),
    nul(
        "negative_caption",
        "ko",
        KO2,
        KO,
        "caption-news1",
        figure("12일 서귀포시 한 선과장에서 작업자들이 한라봉을 선별하고 있다. 2026.3.12/뉴스1"),
    ),
    # ======================= Polish (Kashubia) =======================
    case(
        "out_of_table",
        "pl",
        PL1,
        PL,
        "Dziennik Bałtycki",
        ["Dziennik Bałtycki", "dziennikbaltycki.pl"],
        "zrodlo-dziennik-baltycki",
        tail("Źródło: Dziennik Bałtycki"),
    ),
    wire(
        "pl",
        PL2,
        PL,
        "Polish Press Agency",
        ["Polish Press Agency", "PAP", "Polska Agencja Prasowa"],
        "pap-tag-after-final",
        in_last_p("(PAP)"),
    ),
    nul(
        "negative_mention",
        "pl",
        PL2,
        PL,
        "mid-rozmowa-radio-gdansk",
        keep=(
            "W rozmowie z Radiem Gdańsk wójt gminy zapowiedział, że kąpielisko zostanie otwarte dopiero po dwóch dobrych wynikach badań.",
        ),
    ),
    nul(
        "negative_caption",
        "pl",
        PL1,
        PL,
        "caption-fot-pap",
        figure("Tablica ostrzegawcza nad jeziorem. Fot. PAP/Adam Warmiński"),
    ),
]
