# ruff: noqa: E501, RUF001, RUF002
"""Sites and cases of the nineteenth blind set (cases_2026-12-21.jsonl).

Written from newsroom conventions without reading the attribution code. An eleventh independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. About half English, from seven English-speaking regions (the US, the
UK and Ireland, Canada, Australia and New Zealand, southern and West/East Africa, India,
Pakistan and Bangladesh, Malaysia), on the sites such a crawler reads there (chain and
independent local papers, TV and public radio stations, trade sites, campaign and personal
blogs, scrapers, a partner portal and a Google News-style aggregator, nonprofit newsrooms,
national and regional papers' own pages), and the rest in thirteen other languages weighted by
the news the web carries in them (Spanish, French, German, Portuguese, Russian, Arabic,
Japanese, Chinese in traditional characters, Italian, Indonesian, Turkish, Hindi, Korean), from
Mexico, Belgium, Austria, Portugal, Morocco and Taiwan among others. Each page's convention is
drawn about as often as such a crawler meets it, whether or not an earlier set used it, and a
credited page carries every line that credits its original where real pages do. No new
template: the earlier ones (`chrome3`-`chrome12`) render these CMSs.

Cases the writer was unsure of (marked before any run; each `note` says why): Canada's "With
files from The Canadian Press" under a station's own rewrite, answered by the agency; Portugal's
"Com Lusa" the same way; the Maghreb Arabe Presse source line "المصدر: و م ع" (how Moroccan sites
abbreviate the agency varies); AFP's Arabic dateline as the only sign; Taiwan's CNA opening
"（中央社記者…電）" kept as a dateline, with its editor line as the credit line; the Hindi paper
"हिन्दुस्तान" answered as the table files it (Hindustan Times); GroundUp's photo credit on a page
with no other credit.
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
    jby,
    provider,
    source_row,
    td_source,
)
from cases9 import jnews_field, kr_copyright
from cases11 import note_line, small_print
from cases13 import states_footer
from cases15 import wpb_note, wpb_terms
from cases16 import gannett_byline, gannett_footer
from chrome8 import site_registry
from model3 import Case3, Site3, case, dateline, figure, tail
from model4 import rich
from model5 import coda, in_last_p, lead, tweet

SITES19: dict[str, Site3] = {}


_s = site_registry(SITES19)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
# English, by the story they mostly carry: a Wisconsin paper mill closing, a Cumbrian town
# flooded, a wildfire evacuation in northern Alberta, Queensland stations cut off by floods, a
# Gauteng township without water, floods in Assam; an aggregator and a partner portal carry
# several.
EN_US1 = _s("lannercountyherald.com", "The Lanner County Herald", "blox")
EN_US2 = _s("wlnr9.com", "WLNR 9", "arc")
EN_US3 = _s("northwoodspublicradio.org", "Northwoods Public Radio", "brightspot")
EN_US4 = blog("wisconsinmillworkers.blogspot.com", "Wisconsin Mill Workers")
EN_US5 = _s("pulpandpaperdaily.com", "Pulp & Paper Daily", "wp")
EN_US6 = _s("tamarackfallsleader.com", "Tamarack Falls Leader", "localportal")
EN_PT = _s("newsvistahub.com", "NewsVista", "partner")
EN_AG = _s("briefwave.app", "BriefWave", "aggregator", "briefwave.app")
OWN_JS = _s("jsonline.com", "Milwaukee Journal Sentinel", "localportal")
OWN_WE = _s("wisconsinexaminer.com", "Wisconsin Examiner", "wpblock", "wisconsinexaminer.com")
EN_UK1 = _s("cumbriavoice24.co.uk", "Cumbria Voice 24", "nextjs")
EN_UK2 = _s("kellvalleygazette.co.uk", "Kell Valley Gazette", "localportal")
EN_UK3 = blog("kellvalleyfloodgroup.blogspot.com", "Kell Valley Flood Group")
EN_UK4 = _s("britishweatherdesk.com", "British Weather Desk", "wp")
EN_IE = _s("irelandmidlandsnews.ie", "Ireland Midlands News", "wp")
OWN_NS = _s("newsandstar.co.uk", "News & Star", "localportal")
EN_CA1 = _s("peaceregionpost.ca", "Peace Region Post", "localportal")
EN_CA2 = _s("albertanewsdaily.com", "Alberta News Daily", "wpblock")
EN_CA3 = _s("northernforestryjournal.com", "Northern Forestry Journal", "jnews")
EN_CA4 = _s("peacecountryfm.ca", "Peace Country FM", "wp")
OWN_EJ = _s("edmontonjournal.com", "Edmonton Journal", "arc")
EN_AU1 = _s("centralwestqldnews.com.au", "Central West Queensland News", "localportal")
EN_AU2 = _s("outbackgrazier.com.au", "Outback Grazier", "tagdiv")
EN_AU3 = _s("queenslandruralwire.com", "Queensland Rural Wire", "jannah")
EN_NZ = _s("kiwifarmnews.co.nz", "Kiwi Farm News", "wp")
OWN_QCL = _s("queenslandcountrylife.com.au", "Queensland Country Life", "localportal")
EN_ZA1 = _s("westrandtimes24.co.za", "West Rand Times 24", "tagdiv")
EN_ZA2 = blog("gautengcommunitynews.blogspot.com", "Gauteng Community News")
EN_ZA3 = _s("mzansinewsdesk.co.za", "Mzansi News Desk", "jnews")
EN_ZA4 = _s("vaalcommunityvoice.co.za", "Vaal Community Voice", "wpblock")
EN_GH = _s("accranewsbeat.com", "Accra News Beat", "wp")
EN_KE = _s("nairobibulletin24.co.ke", "Nairobi Bulletin 24", "jannah")
OWN_GU = _s("groundup.org.za", "GroundUp", "wp", "groundup.org.za")
EN_IN1 = _s("northeastnewsline24.in", "Northeast Newsline 24", "regional")
EN_IN2 = _s("brahmaputratimes24.com", "Brahmaputra Times 24", "tagdiv")
EN_IN3 = blog("indiadisasterwatch.blogspot.com", "India Disaster Watch")
EN_IN4 = _s("guwahatiplus.com", "Guwahati Plus", "jannah")
EN_PK = _s("karachinewsline24.pk", "Karachi Newsline 24", "wp")
EN_BD = _s("dhakadailyglance.com", "Dhaka Daily Glance", "wp")
EN_MY = _s("penangpost24.com.my", "Penang Post 24", "regional")
OWN_SEN = _s("sentinelassam.com", "The Sentinel", "regional")
# Spanish (Oaxaca, Mexico)
ES1 = _s("mixteca-noticias24.com", "Mixteca Noticias 24", "jnews")
ES2 = _s("oaxaca-al-dia.com.mx", "Oaxaca al Día", "wpblock")
ES3 = blog("huajuapan-hoy.blogspot.com", "Huajuapan Hoy")
OWN_NVI = _s("nvinoticias.com", "NVI Noticias", "arc")
# French (Charleroi, Belgium)
FR1 = _s("charleroi-actu.be", "Charleroi Actu", "jnews")
FR2 = _s("hainaut-info24.be", "Hainaut Info 24", "wpblock")
FR3 = blog("navetteurs-wallons.blogspot.com", "Navetteurs wallons")
OWN_SOIR = _s("lesoir.be", "Le Soir", "arc")
# German (Tyrol, Austria)
DE1 = _s("oberland-nachrichten.at", "Oberland Nachrichten", "typo3")
DE2 = _s("tirol-aktuell24.at", "Tirol aktuell 24", "nextjs")
DE3 = _s("alpenticker24.at", "Alpenticker 24", "wp")
OWN_TT = _s("tt.com", "Tiroler Tageszeitung", "localportal")
# Portuguese (Coimbra, Portugal)
PT1 = _s("baixomondego24.pt", "Baixo Mondego 24", "jnews")
PT2 = _s("coimbra-hoje.pt", "Coimbra Hoje", "wpblock")
PT3 = blog("campos-do-mondego.blogspot.com", "Campos do Mondego")
OWN_JN = _s("jn.pt", "Jornal de Notícias", "nextjs")
# Russian (Orenburg oblast)
RU1 = _s("saraktash-novosti.ru", "Саракташ. Новости", "bitrix")
RU2 = _s("sakmara-info.ru", "Сакмара-инфо", "wp")
OWN_RIA56 = _s("ria56.ru", "РИА56", "regional")
# Arabic (Azilal, Morocco)
AR1 = _s("azilal-press24.com", "أزيلال بريس 24", "jannah")
AR2 = _s("atlas-akhbar.com", "أخبار الأطلس", "wpblock")
OWN_Y24 = _s("alyaoum24.com", "اليوم 24", "regional")
# Japanese (Akita)
JA1 = _s("kazuno-shimbun.jp", "かづの日報", "jpnews")
JA2 = _s("akita-news-matome.net", "あきたニュースまとめ", "aggregator", "akita-news-matome.net")
OWN_SAKI = _s("sakigake.jp", "秋田魁新報", "jpnews")
# Chinese, traditional characters (Hualien, Taiwan)
ZH1 = _s("hualien-shenghuo.com.tw", "花蓮生活網", "regional")
ZH2 = _s("eastrift-news.com.tw", "東部新聞網", "wp")
OWN_UDN = _s("udn.com", "聯合新聞網", "regional")
# Italian (Liguria)
IT1 = _s("valtrebbiola-notizie.it", "Val Trebbiola Notizie", "typo3")
IT2 = _s("levante-oggi24.it", "Levante Oggi 24", "jnews")
OWN_SECOLO = _s("ilsecoloxix.it", "Il Secolo XIX", "nextjs")
# Indonesian (Pekalongan, Central Java)
ID1 = _s("pekalongan-terkini.com", "Pekalongan Terkini", "jnews")
ID2 = _s("panturanews24.com", "Pantura News 24", "wpblock")
# Turkish (Rize)
TR1 = _s("rize-haber24.com", "Rize Haber 24", "tagdiv")
TR2 = _s("karadeniz-gundem.com", "Karadeniz Gündem", "wpblock")
# Hindi (Almora, Uttarakhand)
HI1 = _s("almora-samachar.in", "अल्मोड़ा समाचार", "regional")
HI2 = _s("pahad-khabar.com", "पहाड़ खबर", "wpblock")
# Korean (Uiseong, North Gyeongsang)
KO1 = _s("uiseong-news.kr", "의성뉴스", "koportal")
KO2 = _s("gyeongbuk-online.co.kr", "경북온라인", "nextjs")

MILL, FLOOD, FIRE, STATIONS, TAPS, ASSAM = (
    "mill",
    "flood",
    "wildfire",
    "stations",
    "taps",
    "assam",
)
ES, FR, DE, PT, RU, AR, JA = "sismo", "greve", "lawine", "cheia", "pavodok", "thuluj", "kuma"
ZH, IT, ID, TR, HI, KO = "tafang", "frana", "rob", "heyelan", "vanagni", "sanbul"

MILL_T = "Tamarack Falls paper mill to close in June, putting 410 jobs at risk"
ROB_T = "Banjir Rob Rendam Ratusan Rumah di Pesisir Pekalongan, Warga Mengungsi"
PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP"]
CP_LINE = "This report by The Canadian Press was first published March 12, 2026."
AAP = ["Australian Associated Press", "AAP"]
ABC_AU = ["ABC Australia", "ABC Western Queensland", "ABC News Australia", "abc.net.au"]
CNA_TW = ["Central News Agency", "中央社", "中央通訊社", "Focus Taiwan", "cna.com.tw"]
LUSA = ["Agência Lusa", "Lusa", "Agencia Lusa"]
EFE_NOTICE = "© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE, sin previo y expreso consentimiento de la Agencia EFE S.A."
GU_LICENCE = "© 2026 GroundUp. This article is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License."

CASES19: list[Case3] = [
    # ======================= English: a Wisconsin paper mill (US) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        MILL,
        "Bloomberg",
        ["Bloomberg", "Bloomberg News", "bloomberg.com"],
        "partner-provided-by-bloomberg",
        provider("Bloomberg", "Ellen Voss"),
        dateline("(Bloomberg) --"),
        small_print("©2026 Bloomberg L.P."),
        note="a partner portal's provider strip and the agency-style opening (kept) and copyright line",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        MILL,
        "CNBC",
        ["CNBC", "cnbc.com"],
        "aggregator-source-row-cnbc",
        source_row("CNBC", "5h"),
        note="an aggregator's source row: the aggregator only distributes",
    ),
    case(
        "out_of_table",
        "en",
        EN_US6,
        MILL,
        "Milwaukee Journal Sentinel",
        ["Milwaukee Journal Sentinel", "Journal Sentinel", "jsonline.com"],
        "chain-byline-and-footer",
        gannett_byline("Cora Lindqvist", "Milwaukee Journal Sentinel"),
        gannett_footer(
            "Milwaukee Journal Sentinel",
            MILL_T,
            "https://www.jsonline.com/story/money/business/2026/03/11/tamarack-falls-paper-mill-to-close/81345678007/",
        ),
        note="a chain paper running a sister paper's story: the reporter-over-paper byline and the footer",
    ),
    case(
        "out_of_table",
        "en",
        EN_US1,
        MILL,
        "Wisconsin Examiner",
        ["Wisconsin Examiner", "wisconsinexaminer.com"],
        "states-newsroom-byline-footer",
        by("By Jonah Peltier, Wisconsin Examiner", cls="tnt-byline"),
        states_footer("Wisconsin Examiner", "Ruth Conniff", "info@wisconsinexaminer.com"),
        note="a States Newsroom outlet's story on a BLOX paper: the network is not the answer",
    ),
    case(
        "out_of_table",
        "en",
        EN_US5,
        MILL,
        "Wisconsin Public Radio",
        ["Wisconsin Public Radio", "WPR", "wpr.org"],
        "originally-published-wpr",
        rich(
            "tail",
            "This story was originally published by ",
            ("Wisconsin Public Radio", "https://www.wpr.org/"),
            ".",
            tag="em",
        ),
        note="a trade site republishing a public radio newsroom's story under its terms",
    ),
    wire(
        "en",
        EN_US2,
        MILL,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By MEGAN THORSEN Associated Press", cls="byline"),
        dateline("TAMARACK FALLS, Wis. (AP) —"),
        small_print(AP_TRAILER),
    ),
    wire(
        "en",
        EN_US4,
        MILL,
        "Associated Press",
        AP,
        "blogger-source-ap-news",
        dateline("TAMARACK FALLS, Wis. (AP) —"),
        blogger_div(
            "Source:",
            "AP News",
            "https://apnews.com/article/wisconsin-paper-mill-closure-jobs-4f1c2a9e7b",
        ),
        note="a workers' blog pasting AP copy with its dateline and naming the source",
    ),
    own(
        "en",
        OWN_JS,
        MILL,
        "own-chain-byline",
        by("Cora Lindqvist Milwaukee Journal Sentinel", cls="gnt_ar_by", credit=False),
        note="the paper's own reporter-over-paper byline on its own site",
    ),
    own(
        "en",
        OWN_WE,
        MILL,
        "own-states-footer",
        states_footer("Wisconsin Examiner", "Ruth Conniff", "info@wisconsinexaminer.com"),
        note="the outlet's own page with the footer it prints under its own stories",
    ),
    nul(
        "negative_mention",
        "en",
        EN_US2,
        MILL,
        "mid-told-wpr",
        keep=(
            "A company spokeswoman told Wisconsin Public Radio that no buyer had come forward for the mill.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_US4,
        MILL,
        "coda-first-reported-wausau",
        coda("The closure was first reported by the Wausau Daily Herald."),
    ),
    nul(
        "negative_caption",
        "en",
        EN_US5,
        MILL,
        "caption-ap-photo",
        figure(
            "Steam rises from the Northway Fibre mill in Tamarack Falls, Wis., Wednesday, March 11, 2026. (AP Photo/Lars Engebretsen)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_US3,
        MILL,
        "chart-source-paper-council",
        figure("Paper mill jobs in Wisconsin, 2006-2025. Source: Wisconsin Paper Council"),
        note="a chart's data source",
    ),
    nul("no_credit", "en", EN_US1, MILL, "staff-byline", bysite("Herald staff")),
    # ======================= English: a Cumbrian flood (UK, Ireland) =======================
    case(
        "in_table",
        "en",
        EN_UK3,
        FLOOD,
        "BBC",
        ["BBC", "BBC News", "BBC Cumbria", "bbc.co.uk"],
        "blogger-via-bbc",
        blogger_div(
            "Via:",
            "BBC News",
            "https://www.bbc.co.uk/news/articles/c4gk2m9x7zno",
        ),
        note="a flood group's blog reposting a broadcaster's story",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        FLOOD,
        "Sky News",
        ["Sky News", "Sky", "news.sky.com"],
        "aggregator-source-row-sky",
        source_row("Sky News", "3h"),
    ),
    case(
        "in_table",
        "en",
        EN_UK4,
        FLOOD,
        "Daily Mail",
        ["Daily Mail", "MailOnline", "Mail Online", "dailymail.co.uk"],
        "source-mailonline",
        tail("Source: MailOnline"),
        note="a weather site naming its source under the text",
    ),
    case(
        "in_table",
        "en",
        EN_UK1,
        FLOOD,
        "ITV News",
        ["ITV News", "ITV Border", "ITV", "itv.com"],
        "source-itv-border",
        tail("Source: ITV Border", tag="strong"),
        note="the broadcaster's regional service, answered 'ITV News'",
    ),
    case(
        "out_of_table",
        "en",
        EN_UK2,
        FLOOD,
        "News & Star",
        ["News & Star", "News and Star", "Carlisle News & Star", "newsandstar.co.uk"],
        "first-appeared-sister-title",
        tail("This story first appeared in the News & Star.", tag="em"),
        note="a regional chain's weekly running a sister daily's story",
    ),
    wire(
        "en",
        EN_IE,
        FLOOD,
        "PA Media",
        PA,
        "pa-name-byline",
        by("By Eilidh Carmody, PA", cls="byline"),
        note="an Irish site running PA copy from England: 'By <name>, PA'",
    ),
    wire(
        "en",
        EN_UK2,
        FLOOD,
        "PA Media",
        PA,
        "pa-reporters-byline",
        by("By PA Reporters", cls="byline"),
    ),
    own(
        "en",
        OWN_NS,
        FLOOD,
        "own-news-and-star-tipline",
        by("By Owen Braithwaite", cls="byline", credit=False),
        tail(
            "Got a story? Contact the News & Star newsdesk on 01228 612600 or email news@newsandstar.co.uk"
        ),
        note="the paper's own tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK1,
        FLOOD,
        "mid-told-bbc-radio-cumbria",
        keep=(
            "A county councillor told BBC Radio Cumbria that the town's pumps had been overwhelmed within an hour.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK3,
        FLOOD,
        "comments-name-itv-border",
        comments(
            (
                "kellside_jan",
                "ITV Border had the bridge closed until Easter. Anyone heard different?",
            ),
            ("M. Postlethwaite", "Sandbags gone from the depot by 9pm again."),
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_UK4,
        FLOOD,
        "caption-pa-wire",
        figure(
            "Floodwater on Beck Side in Ashby Bridge on Thursday. (Photo: Owen Humphreys/PA Wire)"
        ),
    ),
    nul(
        "no_credit",
        "en",
        EN_UK3,
        FLOOD,
        "blog-posted-by",
        bysite("Posted by Kell Valley Flood Group"),
    ),
    # ======================= English: an Alberta wildfire (Canada) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        FIRE,
        "Global News",
        ["Global News", "globalnews.ca"],
        "partner-provided-by-global",
        provider("Global News", "Karina Mihalik"),
        note="an MSN-style partner portal's provider strip: the portal only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        FIRE,
        "CBC News",
        ["CBC News", "CBC", "CBC Edmonton", "cbc.ca"],
        "aggregator-source-row-cbc",
        source_row("CBC News", "2h"),
    ),
    case(
        "in_table",
        "en",
        EN_CA3,
        FIRE,
        "CBC News",
        ["CBC News", "CBC", "CBC Edmonton", "cbc.ca"],
        "jnews-source-cbc",
        jnews_field(
            "Source:",
            "CBC News",
            "https://www.cbc.ca/news/canada/edmonton/fort-kerrigan-wildfire-evacuation-1.7481234",
        ),
        note="a trade site naming its source in the theme's field",
    ),
    case(
        "out_of_table",
        "en",
        EN_CA1,
        FIRE,
        "Peace River Record-Gazette",
        ["Peace River Record-Gazette", "Record-Gazette", "prrecordgazette.com"],
        "lji-byline",
        by(
            "Tamsin Ward, Local Journalism Initiative Reporter, Peace River Record-Gazette",
            cls="byline",
        ),
        note="a Local Journalism Initiative byline: the programme pays the reporter, the paper it names is the original",
    ),
    case(
        "out_of_table",
        "en",
        EN_CA2,
        FIRE,
        "Edmonton Journal",
        ["Edmonton Journal", "edmontonjournal.com"],
        "originally-published-postmedia",
        wpb_note(
            "This article was originally published in the ",
            (
                "Edmonton Journal",
                "https://edmontonjournal.com/news/local-news/fort-kerrigan-wildfire",
            ),
            ".",
        ),
    ),
    wire(
        "en",
        EN_CA4,
        FIRE,
        "The Canadian Press",
        CP,
        "with-files-from-cp",
        tail("— With files from The Canadian Press", tag="em"),
        note="a radio station's rewrite 'with files from' the agency, answered by the agency as '(With inputs from PTI)' is (unsure: a reader may call it the station's own story)",
    ),
    wire(
        "en",
        EN_CA2,
        FIRE,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-first-published",
        by("The Canadian Press", cls="byline"),
        dateline("FORT KERRIGAN, Alta. —"),
        tail(CP_LINE, tag="em"),
        note="CP's dateline names no agency and is kept; the byline and the closing line are credit lines",
    ),
    own(
        "en",
        OWN_EJ,
        FIRE,
        "own-postmedia-byline",
        by("Lauren Boychuk, Edmonton Journal", cls="byline", credit=False),
        note="the paper's own reporter-and-paper byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_CA2,
        FIRE,
        "mid-told-cbc-radio-active",
        keep=(
            "The mayor told CBC's Radio Active on Wednesday that buses had been sent for residents without cars.",
        ),
        note="on a site where another page runs CP copy",
    ),
    nul(
        "negative_caption",
        "en",
        EN_CA1,
        FIRE,
        "caption-canadian-press",
        figure(
            "Smoke rises over the highway west of Fort Kerrigan, Alta. (THE CANADIAN PRESS/Jason Franklin)"
        ),
    ),
    nul(
        "no_credit", "en", EN_CA4, FIRE, "station-news-staff", bysite("Peace Country FM News Staff")
    ),
    # ======================= English: Queensland floods (Australia, New Zealand) =======================
    case(
        "in_table",
        "en",
        EN_AU3,
        STATIONS,
        "ABC Australia",
        ABC_AU,
        "source-abc-western-qld",
        tail("Source: ABC Western Queensland", tag="strong"),
        note="the Australian broadcaster's regional station (the table's 'ABC Australia')",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        STATIONS,
        "The Guardian",
        ["The Guardian", "Guardian Australia", "Guardian", "theguardian.com"],
        "partner-provided-by-guardian",
        provider("The Guardian", "Ruby Calloway"),
        note="Guardian Australia on a partner portal: the portal only distributes",
    ),
    case(
        "out_of_table",
        "en",
        EN_AU1,
        STATIONS,
        "Queensland Country Life",
        ["Queensland Country Life", "queenslandcountrylife.com.au"],
        "first-appeared-sister-title",
        tail("This story first appeared in Queensland Country Life.", tag="em"),
        note="a regional chain's paper running a sister title's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_AU2,
        STATIONS,
        "The Courier-Mail",
        ["The Courier-Mail", "Courier-Mail", "Courier Mail", "couriermail.com.au"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "The Courier-Mail",
            "https://www.couriermail.com.au/news/queensland/graziers-cut-off-second-week/news-story/8e1f0c3b",
        ),
    ),
    wire(
        "en",
        EN_AU3,
        STATIONS,
        "Australian Associated Press",
        AAP,
        "jannah-author-aap",
        jby("Australian Associated Press"),
        note="the agency's name in the theme's author slot",
    ),
    wire(
        "en",
        EN_NZ,
        STATIONS,
        "Australian Associated Press",
        AAP,
        "aap-name-byline",
        by("Callum Reid, AAP", cls="byline"),
        note="a New Zealand farm site running AAP copy",
    ),
    own(
        "en",
        OWN_QCL,
        STATIONS,
        "own-qcl-byline",
        by("Lucy Kernaghan, Queensland Country Life", cls="byline", credit=False),
        note="the paper's own reporter-and-paper byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_AU2,
        STATIONS,
        "mid-told-abc-western-qld",
        keep=(
            "The shire's mayor told ABC Western Queensland that some families had not been able to leave their stations since February.",
        ),
        note="on a site where another page credits The Courier-Mail",
    ),
    nul(
        "negative_mention",
        "en",
        EN_AU3,
        STATIONS,
        "mid-courier-mail-reported",
        keep=(
            "The Courier-Mail reported on Tuesday that two mail runs had been cancelled for the third week in a row.",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_AU1,
        STATIONS,
        "caption-aap-image",
        figure("Floodwater surrounds a homestead north of Mulga Creek. (AAP Image/Supplied)"),
    ),
    nul(
        "no_credit",
        "en",
        EN_AU2,
        STATIONS,
        "site-desk-byline",
        bysite("Outback Grazier Newsdesk"),
    ),
    # ======================= English: a Gauteng township (South Africa, Ghana, Kenya) =======================
    case(
        "in_table",
        "en",
        EN_ZA1,
        TAPS,
        "News24",
        ["News24", "News 24", "news24.com"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "News24",
            "https://www.news24.com/news24/southafrica/news/thabong-extension-4-ten-days-without-water-20260312",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_ZA2,
        TAPS,
        "Daily Maverick",
        ["Daily Maverick", "dailymaverick.co.za"],
        "blogger-source-daily-maverick",
        blogger_div(
            "Source:",
            "Daily Maverick",
            "https://www.dailymaverick.co.za/article/2026-03-12-thabong-residents-ten-days-without-water/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_ZA3,
        TAPS,
        "GroundUp",
        ["GroundUp", "Ground Up", "groundup.org.za"],
        "groundup-first-published-licence",
        tail("This article was first published by GroundUp.", tag="em"),
        small_print(GU_LICENCE),
        note="a nonprofit's story republished under its Creative Commons terms: its line and its licence",
    ),
    case(
        "out_of_table",
        "en",
        EN_ZA2,
        TAPS,
        "SABC News",
        ["SABC News", "SABC", "sabcnews.com"],
        "blogger-via-sabc",
        blogger_div(
            "Via:",
            "SABC News",
            "https://www.sabcnews.com/sabcnews/thabong-residents-without-water/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_ZA4,
        TAPS,
        "TimesLIVE",
        ["TimesLIVE", "Times Live", "timeslive.co.za"],
        "first-appeared-block-note",
        wpb_note("This article first appeared on TimesLIVE."),
        note="a community site reposting a paper's story, its line under a block separator",
    ),
    wire(
        "en",
        EN_GH,
        TAPS,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("JOHANNESBURG, March 12 (Reuters) -"),
        tail("(Reporting by Sisipho Nkosi; Editing by Mark Potter)"),
        note="a Ghanaian site running Reuters' Africa copy",
    ),
    wire(
        "en",
        EN_KE,
        TAPS,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Thabong (South Africa) (AFP) -"),
        note_line("zam/br/cw", cls="afp-slug"),
        note="a Kenyan site running AFP's Africa copy",
    ),
    case(
        "in_table",
        "en",
        EN_KE,
        TAPS,
        "Mail & Guardian",
        ["Mail & Guardian", "Mail and Guardian", "M&G", "mg.co.za"],
        "jannah-source-mail-guardian",
        tail("Source: Mail & Guardian", tag="em"),
        note="South Africa's Mail & Guardian, not The Guardian",
    ),
    own(
        "en",
        OWN_GU,
        TAPS,
        "own-groundup-licence",
        small_print(GU_LICENCE),
        note="the nonprofit's own licence line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_ZA1,
        TAPS,
        "lead-according-to-news24",
        lead(
            "According to News24, the township's reservoir had been running at less than a third of its capacity since January."
        ),
        note="a staff story whose first sentence cites another outlet, on a site where another page credits it",
    ),
    nul(
        "negative_caption",
        "en",
        EN_ZA4,
        TAPS,
        "caption-groundup-photo",
        figure(
            "Residents fill buckets from a tanker on Tuesday. Photo: Ashraf Hendricks / GroundUp"
        ),
        note="a nonprofit's photo credit on a page with no other credit (unsure: a reader may take the photo credit as the story's)",
    ),
    nul("no_credit", "en", EN_ZA3, TAPS, "site-desk-byline", bysite("Mzansi News Desk")),
    # ======================= English: floods in Assam (India, Pakistan, Bangladesh, Malaysia) =======================
    case(
        "in_table",
        "en",
        EN_IN2,
        ASSAM,
        "NDTV",
        ["NDTV", "ndtv.com"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "NDTV",
            "https://www.ndtv.com/india-news/assam-floods-dhemaji-60-000-affected-8123456",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_IN3,
        ASSAM,
        "The Indian Express",
        ["The Indian Express", "Indian Express", "indianexpress.com"],
        "blogger-source-indian-express",
        blogger_div(
            "Source:",
            "The Indian Express",
            "https://indianexpress.com/article/north-east-india/assam/assam-floods-dhemaji-relief-camps-9876543/",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        ASSAM,
        "India Today",
        ["India Today", "indiatoday.in"],
        "aggregator-source-row-india-today",
        source_row("India Today", "6h"),
    ),
    case(
        "in_table",
        "en",
        EN_BD,
        ASSAM,
        "The Hindu",
        ["The Hindu", "Hindu", "thehindu.com"],
        "courtesy-the-hindu",
        in_last_p("(Courtesy: The Hindu)"),
        note="a Bangladeshi site crediting an Indian paper after the final sentence",
    ),
    case(
        "out_of_table",
        "en",
        EN_IN4,
        ASSAM,
        "The Sentinel",
        ["The Sentinel", "Sentinel Assam", "sentinelassam.com"],
        "courtesy-sentinel",
        tail("Courtesy: The Sentinel", tag="strong"),
        note="Guwahati's The Sentinel, not a paper of the same name elsewhere",
    ),
    case(
        "out_of_table",
        "en",
        EN_IN1,
        ASSAM,
        "EastMojo",
        ["EastMojo", "East Mojo", "eastmojo.com"],
        "first-published-eastmojo",
        tail("This article was first published on EastMojo.", tag="em"),
    ),
    wire(
        "en",
        EN_IN1,
        ASSAM,
        "Press Trust of India",
        PTI,
        "pti-dateline-codes",
        dateline("Guwahati, Mar 12 (PTI)"),
        note_line("PTI DG NN", cls="pti-codes"),
    ),
    wire(
        "en",
        EN_IN2,
        ASSAM,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-dateline-signoff-slug",
        dateline("Guwahati, March 12 (IANS)"),
        note_line("--IANS", cls="ians"),
        note_line("tdr/dpb", cls="ians-slug"),
    ),
    wire(
        "en",
        EN_IN4,
        ASSAM,
        "ANI",
        ["ANI", "Asian News International"],
        "ani-dateline-tag",
        dateline("Dhemaji (Assam) [India], March 12 (ANI):"),
        in_last_p("(ANI)"),
    ),
    wire(
        "en",
        EN_PK,
        ASSAM,
        "AFP",
        AFP,
        "afp-dateline-copyright",
        dateline("Guwahati, India (AFP) -"),
        small_print("© 2026 AFP"),
        note="a Pakistani site running AFP's regional copy",
    ),
    wire(
        "en",
        EN_MY,
        ASSAM,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("GUWAHATI, India, March 12 (Reuters) -"),
        tail("(Reporting by Zarir Hussain; Editing by Kim Coghill)"),
        note="a Malaysian portal running Reuters' South Asia copy",
    ),
    own(
        "en",
        OWN_SEN,
        ASSAM,
        "own-digital-desk",
        by("SENTINEL DIGITAL DESK", cls="byline", credit=False),
        note="the paper's own desk byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN3,
        ASSAM,
        "mid-told-ndtv",
        keep=(
            "A disaster management official told NDTV that the embankment near Sissiborgaon had been breached at two points.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN4,
        ASSAM,
        "embedded-post-pti",
        tweet(
            "Flood situation worsens in Assam's Dhemaji district; over 60,000 people affected",
            "Press Trust of India",
            "PTI_News",
            "March 12, 2026",
        ),
        note="an embedded post by an agency's account under a staff story (the site runs ANI copy on another page)",
    ),
    nul(
        "negative_caption",
        "en",
        EN_IN2,
        ASSAM,
        "caption-pti-photo",
        figure("Villagers wade through floodwater in Dhemaji district, Thursday. (PTI Photo)"),
    ),
    nul("no_credit", "en", EN_MY, ASSAM, "web-desk", bysite("Web Desk")),
    # ======================= Spanish (Oaxaca, Mexico) =======================
    case(
        "in_table",
        "es",
        ES2,
        ES,
        "El Universal",
        ["El Universal", "eluniversal.com.mx"],
        "con-informacion-el-universal",
        tail("Con información de El Universal", tag="em"),
        note="Mexico City's El Universal",
    ),
    case(
        "in_table",
        "es",
        ES1,
        ES,
        "El País",
        ["El País", "El Pais", "EL PAÍS", "elpais.com"],
        "jnews-fuente-el-pais",
        jnews_field(
            "Fuente:",
            "El País",
            "https://elpais.com/mexico/2026-03-12/sismo-de-magnitud-59-sacude-la-mixteca-de-oaxaca.html",
        ),
        note="El País' Mexico edition, answered 'El País'",
    ),
    case(
        "out_of_table",
        "es",
        ES3,
        ES,
        "La Jornada",
        ["La Jornada", "jornada.com.mx"],
        "blogger-fuente-la-jornada",
        blogger_div(
            "Fuente:",
            "La Jornada",
            "https://www.jornada.com.mx/noticia/2026/03/12/estados/sismo-mixteca-oaxaca-danos-escuelas",
        ),
    ),
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-notice",
        dateline("Oaxaca (México), 12 mar (EFE).-"),
        small_print(EFE_NOTICE),
    ),
    wire(
        "es",
        ES2,
        ES,
        "Associated Press",
        AP,
        "ap-spanish-dateline-copyright",
        dateline("OAXACA, México (AP) —"),
        small_print(
            "Derechos de autor 2026 The Associated Press. Todos los derechos reservados. Este material no puede ser publicado, transmitido, reescrito o redistribuido sin permiso."
        ),
        note="AP's Spanish service: its dateline kept, its copyright line in Spanish",
    ),
    own(
        "es",
        OWN_NVI,
        ES,
        "own-nvi-redaccion",
        by("Redacción NVI Noticias", cls="byline", credit=False),
        note="the paper's own newsroom byline on its own site",
    ),
    nul(
        "negative_mention",
        "es",
        ES3,
        ES,
        "mid-entrevista-radio-formula",
        keep=(
            "En entrevista con Radio Fórmula, el coordinador de Protección Civil dijo que las brigadas revisarán primero los centros de salud.",
        ),
    ),
    nul(
        "negative_caption",
        "es",
        ES2,
        ES,
        "caption-cuartoscuro",
        figure("Daños en la fachada del templo de San Sebastián. Foto: Cuartoscuro"),
        note="a photo agency's credit",
    ),
    # ======================= French (Belgium) =======================
    wire(
        "fr",
        FR1,
        FR,
        "Belga",
        ["Belga", "Agence Belga", "Belga News Agency"],
        "belga-tag-after-final",
        in_last_p("(Belga)"),
        note="the agency's tag typed after the final sentence",
    ),
    case(
        "out_of_table",
        "fr",
        FR2,
        FR,
        "RTBF",
        ["RTBF", "RTBF Info", "rtbf.be"],
        "block-terms-source-rtbf",
        wpb_terms("Source :", "RTBF Info", "/source/rtbf-info/", "source"),
        note="the Belgian French-language public broadcaster, outside the table",
    ),
    case(
        "out_of_table",
        "fr",
        FR3,
        FR,
        "Sudinfo",
        ["Sudinfo", "La Nouvelle Gazette", "sudinfo.be"],
        "blogger-source-sudinfo",
        blogger_div(
            "Source :",
            "Sudinfo",
            "https://www.sudinfo.be/id912345/article/2026-03-12/greve-au-tec-aucun-bus-dans-la-region-de-charleroi",
        ),
    ),
    own(
        "fr",
        OWN_SOIR,
        FR,
        "own-soir-copyright",
        small_print("© Le Soir, 2026. Tous droits réservés."),
    ),
    nul(
        "negative_mention",
        "fr",
        FR2,
        FR,
        "mid-interroge-rtl-info",
        keep=(
            "Interrogé par RTL Info, un délégué syndical a affirmé que le mouvement pourrait s'étendre au Brabant wallon.",
        ),
    ),
    nul(
        "negative_caption",
        "fr",
        FR1,
        FR,
        "caption-belga-photo",
        figure("Le dépôt de Jumet jeudi matin. © BELGA PHOTO VIRGINIE LEFOUR"),
        note="on a site where another page runs Belga copy",
    ),
    nul("no_credit", "fr", FR3, FR, "blog-publie-par", bysite("Publié par Navetteurs wallons")),
    # ======================= German (Austria) =======================
    wire(
        "de",
        DE1,
        DE,
        "APA",
        ["APA", "Austria Presse Agentur", "APA-Austria Presse Agentur"],
        "apa-dateline-quelle",
        dateline("Innsbruck (APA) -"),
        tail("Quelle: APA"),
    ),
    case(
        "in_table",
        "de",
        DE3,
        DE,
        "Der Standard",
        ["Der Standard", "derStandard", "derstandard.at"],
        "quelle-der-standard",
        tail("Quelle: derStandard.at", tag="em"),
        note="Vienna's Der Standard by its site's name",
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "ORF",
        ["ORF", "tirol.ORF.at", "ORF Tirol", "orf.at"],
        "quelle-tirol-orf",
        tail("Quelle: tirol.ORF.at"),
        note="the public broadcaster's regional site, answered 'ORF'",
    ),
    case(
        "out_of_table",
        "de",
        DE3,
        DE,
        "Tiroler Tageszeitung",
        ["Tiroler Tageszeitung", "tt.com"],
        "zuerst-erschienen-tt",
        tail("Dieser Artikel ist zuerst in der Tiroler Tageszeitung erschienen.", tag="em"),
        note="answered in the nominative",
    ),
    own(
        "de",
        OWN_TT,
        DE,
        "own-tt-rights",
        by("Von Markus Oberhofer", cls="byline", credit=False),
        small_print("© Tiroler Tageszeitung 2026. Alle Rechte vorbehalten."),
    ),
    nul(
        "negative_mention",
        "de",
        DE1,
        DE,
        "mid-gegenueber-orf-tirol",
        keep=(
            "Gegenüber dem ORF Tirol sagte der Bürgermeister, die Stimmung in den Hotels sei ruhig.",
        ),
        note="on a site where another page runs APA copy",
    ),
    nul(
        "negative_caption",
        "de",
        DE2,
        DE,
        "caption-apa-expa",
        figure("Die gesperrte Landesstraße am Mittwochabend. Foto: APA/EXPA/Johann Groder"),
    ),
    # ======================= Portuguese (Portugal) =======================
    wire(
        "pt",
        PT1,
        PT,
        "Agência Lusa",
        LUSA,
        "lusa-dateline-copyright",
        dateline("Montemor-o-Velho, Coimbra, 12 mar 2026 (Lusa) -"),
        small_print("© 2026 Lusa - Agência de Notícias de Portugal, S.A."),
    ),
    wire(
        "pt",
        PT3,
        PT,
        "Agência Lusa",
        LUSA,
        "com-lusa",
        tail("Com Lusa", tag="em"),
        note="'Com Lusa' under a rewrite, answered by the agency as '(With inputs from PTI)' is (unsure: a reader may call it the blog's own story)",
    ),
    case(
        "out_of_table",
        "pt",
        PT2,
        PT,
        "Diário de Coimbra",
        ["Diário de Coimbra", "Diario de Coimbra", "diariocoimbra.pt"],
        "fonte-diario-de-coimbra",
        tail("Fonte: Diário de Coimbra"),
    ),
    own(
        "pt",
        OWN_JN,
        PT,
        "own-jn-byline",
        by("Catarina Simões | JN", cls="byline", credit=False),
        note="the paper's own reporter-and-initials byline on its own site",
    ),
    nul(
        "negative_mention",
        "pt",
        PT1,
        PT,
        "mid-declaracoes-sic",
        keep=(
            "Em declarações à SIC Notícias, o presidente da câmara disse que os diques precisam de obras urgentes.",
        ),
    ),
    nul(
        "negative_caption",
        "pt",
        PT2,
        PT,
        "caption-foto-lusa",
        figure("Campos de arroz alagados junto à Ereira. Foto: Paulo Novais/Lusa"),
    ),
    # ======================= Russian (Orenburg oblast) =======================
    wire(
        "ru",
        RU1,
        RU,
        "RIA Novosti",
        ["RIA Novosti", "РИА Новости", "RIA"],
        "ria-dateline-bitrix-source",
        dateline("ОРЕНБУРГ, 12 мар — РИА Новости."),
        note_line("Источник: РИА Новости", cls="news-detail__source"),
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "РИА56",
        ["РИА56", "РИА 56", "ria56.ru"],
        "po-materialam-ria56",
        tail("По материалам РИА56", tag="em"),
        note="Orenburg's regional news agency, outside the table (not RIA Novosti)",
    ),
    own(
        "ru",
        OWN_RIA56,
        RU,
        "own-ria56-citation-notice",
        small_print("При использовании материалов гиперссылка на РИА56 обязательна."),
        note="the agency's own citation notice on its own site",
    ),
    nul(
        "negative_mention",
        "ru",
        RU2,
        RU,
        "mid-soobshchili-interfaksu",
        keep=("Как сообщили «Интерфаксу» в региональном МЧС, уровень воды продолжает расти.",),
    ),
    nul(
        "negative_caption",
        "ru",
        RU1,
        RU,
        "caption-press-sluzhba-mchs",
        figure(
            "Подтопленная улица в селе Никольском. Фото: пресс-служба ГУ МЧС по Оренбургской области"
        ),
        note="a photo credit naming a government press office",
    ),
    # ======================= Arabic (Morocco) =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Sky News",
        ["Sky News", "Sky News Arabia", "سكاي نيوز عربية", "skynewsarabia.com"],
        "almasdar-sky-news-arabia",
        tail("المصدر: سكاي نيوز عربية", tag="strong"),
        note="Sky News Arabia, which the table files under Sky News",
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "هسبريس",
        ["هسبريس", "Hespress", "hespress.com"],
        "almasdar-hespress",
        tail("المصدر: هسبريس"),
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "Maghreb Arabe Presse",
        [
            "Maghreb Arabe Presse",
            "MAP",
            "وكالة المغرب العربي للأنباء",
            "و م ع",
            "ومع",
            "mapexpress.ma",
        ],
        "almasdar-map",
        tail("المصدر: و م ع"),
        note="Morocco's agency, filed `out_of_table` as the earlier sets file wires outside the table (unsure: how sites abbreviate it varies)",
    ),
    wire(
        "ar",
        AR2,
        AR,
        "AFP",
        AFP,
        "afp-arabic-dateline-only",
        dateline("أزيلال (المغرب) (أ ف ب) -"),
        note="AFP's Arabic dateline is the only sign and stays (unsure: whether a reader files it as credit)",
    ),
    own(
        "ar",
        OWN_Y24,
        AR,
        "own-alyaoum24-rights",
        small_print("جميع الحقوق محفوظة لموقع اليوم 24"),
    ),
    nul(
        "negative_mention",
        "ar",
        AR1,
        AR,
        "mid-tasrih-hespress",
        keep=(
            "وقال رئيس الجماعة في تصريح لهسبريس إن كاسحات الثلوج لم تصل بعد إلى الدواوير البعيدة.",
        ),
        note="the Moroccan 'in a statement to' form naming an outlet another page credits",
    ),
    nul(
        "negative_caption",
        "ar",
        AR2,
        AR,
        "caption-reuters",
        figure("طريق مغطاة بالثلوج في إقليم أزيلال (رويترز)"),
    ),
    # ======================= Japanese (Akita) =======================
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "秋田魁新報",
        ["秋田魁新報", "秋田魁新報社", "さきがけ", "Akita Sakigake Shimpo", "sakigake.jp"],
        "aggregator-row-sakigake",
        source_row("秋田魁新報", "3/12(木) 11:30"),
        note="a Yahoo!ニュース-style portal's source row: the portal only distributes",
    ),
    case(
        "in_table",
        "ja",
        JA2,
        JA,
        "The Asahi Shimbun",
        ["The Asahi Shimbun", "朝日新聞", "朝日新聞デジタル", "asahi.com"],
        "aggregator-row-asahi",
        source_row("朝日新聞デジタル", "3/12(木) 14:10"),
    ),
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "NHK秋田", "NHK NEWS WEB", "nhk.or.jp"],
        "shutten-nhk",
        tail("出典：NHK NEWS WEB"),
    ),
    case(
        "out_of_table",
        "ja",
        JA1,
        JA,
        "読売新聞",
        ["読売新聞", "読売新聞オンライン", "Yomiuri Shimbun", "yomiuri.co.jp"],
        "shutten-yomiuri",
        tail("出典：読売新聞オンライン"),
        note="answered by the paper's name",
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Kyodo News",
        ["Kyodo News", "共同通信", "Kyodo"],
        "aggregator-row-kyodo",
        source_row("共同通信", "3/12(木) 9:05"),
    ),
    own(
        "ja",
        OWN_SAKI,
        JA,
        "own-sakigake-notice",
        small_print("秋田魁新報社の許可なく転載することを禁じます。"),
        note="the paper's own reprint notice",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-abs-shuzai",
        keep=("市の担当者はＡＢＳ秋田放送の取材に対し、パトロールを週末も続けると話した。",),
    ),
    nul(
        "negative_caption",
        "ja",
        JA1,
        JA,
        "caption-jiji",
        figure("民家近くの柿の木に登ったクマ（１１日、北森市）＝時事"),
    ),
    # ======================= Chinese, traditional (Taiwan) =======================
    wire(
        "zh",
        ZH1,
        ZH,
        "Central News Agency",
        CNA_TW,
        "cna-opening-editor-line",
        dateline("（中央社記者陳素蘭花蓮12日電）"),
        note_line("（編輯：李佩玲）1150312", cls="cna-editor"),
        note="Taiwan's CNA (the table files 'CNA' under Singapore's broadcaster, so 'CNA' is not accepted): its opening kept as a dateline, its editor line the credit line (unsure)",
    ),
    case(
        "out_of_table",
        "zh",
        ZH2,
        ZH,
        "聯合新聞網",
        ["聯合新聞網", "聯合報", "udn", "udn.com"],
        "ziliao-laiyuan-udn",
        tail("資料來源：聯合新聞網"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH1,
        ZH,
        "自由時報",
        ["自由時報", "自由時報電子報", "Liberty Times", "ltn.com.tw"],
        "xinwen-laiyuan-ltn",
        tail("新聞來源：自由時報電子報"),
    ),
    own(
        "zh",
        OWN_UDN,
        ZH,
        "own-udn-reporter-line",
        by("聯合報 記者王燕華／花蓮即時報導", cls="byline", credit=False),
        note="the paper's own reporter line naming itself",
    ),
    nul(
        "negative_mention",
        "zh",
        ZH1,
        ZH,
        "mid-pts-interview",
        keep=("工務段長接受公視新聞網訪問時表示，若天候許可，最快週末可單線放行。",),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH2,
        ZH,
        "caption-cna-file",
        figure("台8線砂卡礑段坍方現場。（中央社檔案照片）"),
    ),
    # ======================= Italian (Liguria) =======================
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline-copyright",
        dateline("(ANSA) - GENOVA, 12 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "La Repubblica",
        ["La Repubblica", "la Repubblica", "Repubblica", "la Repubblica Genova", "repubblica.it"],
        "jnews-fonte-repubblica-genova",
        jnews_field(
            "Fonte:",
            "la Repubblica Genova",
            "https://genova.repubblica.it/cronaca/2026/03/12/news/frana_val_trebbiola_frazioni_isolate-422345678/",
        ),
        note="the paper's Genoa edition, answered 'La Repubblica'",
    ),
    case(
        "out_of_table",
        "it",
        IT2,
        IT,
        "Il Secolo XIX",
        ["Il Secolo XIX", "Secolo XIX", "ilsecoloxix.it"],
        "fonte-secolo-xix",
        tail("Fonte: Il Secolo XIX"),
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "Primocanale",
        ["Primocanale", "primocanale.it"],
        "fonte-primocanale",
        tail("Fonte: Primocanale", tag="em"),
        note="Genoa's regional TV channel, outside the table",
    ),
    own(
        "it",
        OWN_SECOLO,
        IT,
        "own-secolo-redazione",
        by("La Redazione de Il Secolo XIX", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "it",
        IT2,
        IT,
        "mid-intervistata-tgr",
        keep=(
            "Intervistata dalla Tgr Liguria, la sindaca ha chiesto tempi certi per la riapertura.",
        ),
    ),
    nul(
        "negative_caption",
        "it",
        IT1,
        IT,
        "caption-foto-ansa",
        figure("Il fronte della frana sulla provinciale. Foto ANSA/LUCA ZENNARO"),
        note="on a site where another page runs ANSA copy",
    ),
    # ======================= Indonesian (Central Java) =======================
    wire(
        "id",
        ID1,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Antaranews", "antaranews.com"],
        "antara-dateline-copyright",
        dateline("Pekalongan (ANTARA) -"),
        small_print("Copyright © ANTARA 2026"),
    ),
    case(
        "out_of_table",
        "id",
        ID2,
        ID,
        "Kompas.com",
        ["Kompas.com", "Kompas", "kompas.com"],
        "kompas-telah-tayang",
        tail(
            f'Artikel ini telah tayang di Kompas.com dengan judul "{ROB_T}". Klik untuk baca: https://regional.kompas.com/read/2026/03/12/banjir-rob-pekalongan',
            tag="em",
        ),
        note="the paper's own syndication line, with the headline and the link",
    ),
    case(
        "out_of_table",
        "id",
        ID1,
        ID,
        "detikJateng",
        ["detikJateng", "detikcom", "detik.com"],
        "sumber-detikjateng",
        tail("Sumber: detikJateng"),
        note="a regional desk of detikcom, answered by the desk",
    ),
    nul(
        "negative_mention",
        "id",
        ID2,
        ID,
        "mid-kepada-radar-pekalongan",
        keep=(
            "Kepada Radar Pekalongan, lurah setempat mengatakan tanggul permanen baru akan dibangun tahun depan.",
        ),
    ),
    nul(
        "negative_caption",
        "id",
        ID1,
        ID,
        "caption-foto-antara",
        figure(
            "Warga melintasi genangan rob di Panjang Wetan, Kamis. ANTARA FOTO/Harviyan Perdana"
        ),
        note="on a site where another page runs Antara copy",
    ),
    # ======================= Turkish (Rize) =======================
    wire(
        "tr",
        TR1,
        TR,
        "İhlas Haber Ajansı",
        ["İhlas Haber Ajansı", "İHA", "IHA", "Ihlas Haber Ajansi"],
        "iha-dateline-kaynak",
        dateline("RİZE (İHA) -"),
        tail("Kaynak: İHA"),
    ),
    wire(
        "tr",
        TR2,
        TR,
        "Anadolu Agency",
        ["Anadolu Agency", "Anadolu Ajansı", "AA"],
        "kaynak-anadolu-ajansi",
        tail("Kaynak: Anadolu Ajansı", tag="strong"),
    ),
    case(
        "out_of_table",
        "tr",
        TR1,
        TR,
        "NTV",
        ["NTV", "ntv.com.tr"],
        "tagdiv-kaynak-ntv",
        td_source(
            "KAYNAK",
            "NTV",
            "https://www.ntv.com.tr/turkiye/rizede-heyelan-koy-yolu-ulasima-kapandi,Xk2mA9",
        ),
    ),
    nul(
        "negative_mention",
        "tr",
        TR2,
        TR,
        "mid-trt-haber",
        keep=(
            "TRT Haber'e konuşan AFAD yetkilisi, bölgedeki evlerin de tek tek incelendiğini söyledi.",
        ),
    ),
    nul(
        "negative_caption",
        "tr",
        TR1,
        TR,
        "caption-fotograf-dha",
        figure("Heyelanın ardından kapanan köy yolu. (Fotoğraf: DHA)"),
    ),
    # ======================= Hindi (Uttarakhand) =======================
    case(
        "in_table",
        "hi",
        HI2,
        HI,
        "Dainik Jagran",
        ["Dainik Jagran", "दैनिक जागरण", "Jagran", "jagran.com"],
        "sabhar-dainik-jagran",
        tail("साभार: दैनिक जागरण"),
    ),
    case(
        "in_table",
        "hi",
        HI1,
        HI,
        "Hindustan Times",
        ["Hindustan Times", "हिन्दुस्तान", "हिंदुस्तान", "Hindustan", "livehindustan.com"],
        "srot-hindustan",
        tail("स्रोत: हिन्दुस्तान", tag="strong"),
        note="the Hindi daily हिन्दुस्तान, which the table files under Hindustan Times (unsure: a reader may call it a separate paper)",
    ),
    case(
        "out_of_table",
        "hi",
        HI2,
        HI,
        "ETV Bharat",
        ["ETV Bharat", "ईटीवी भारत", "etvbharat.com"],
        "block-terms-srot-etv-bharat",
        wpb_terms("स्रोत:", "ईटीवी भारत", "/source/etv-bharat/", "source"),
    ),
    wire(
        "hi",
        HI1,
        HI,
        "Press Trust of India",
        PTI,
        "bhasha-dateline-slug",
        dateline("अल्मोड़ा, 12 मार्च (भाषा)"),
        note_line("भाषा दीप्ति सुरेश", cls="bhasha-slug"),
        note="PTI's Hindi service: its dateline kept, its editors' slug the credit line",
    ),
    wire(
        "hi",
        HI2,
        HI,
        "IANS",
        ["IANS", "आईएएनएस", "Indo-Asian News Service"],
        "ians-hindi-tag",
        in_last_p("(आईएएनएस)"),
    ),
    nul(
        "negative_mention",
        "hi",
        HI1,
        HI,
        "mid-bhaskar-baatcheet",
        keep=("दैनिक भास्कर से बातचीत में वन क्षेत्राधिकारी ने कहा कि आग लगाने वालों की पहचान की जा रही है।",),
    ),
    nul(
        "negative_caption",
        "hi",
        HI2,
        HI,
        "caption-photo-ani",
        figure("धौलादेवी क्षेत्र में जंगल की आग बुझाते वनकर्मी। (फोटो: एएनआई)"),
    ),
    # ======================= Korean (North Gyeongsang) =======================
    wire(
        "ko",
        KO1,
        KO,
        "News1",
        ["News1", "뉴스1", "News1 Korea"],
        "news1-dateline-copyright",
        dateline("(의성=뉴스1) 최성훈 기자 ="),
        kr_copyright("© 뉴스1코리아 www.news1.kr 무단복제 및 전재, 재배포, AI학습 이용 금지"),
    ),
    wire(
        "ko",
        KO2,
        KO,
        "Yonhap",
        ["Yonhap", "연합뉴스", "Yonhap News Agency"],
        "yonhap-dateline-copyright",
        dateline("(의성=연합뉴스) 윤우영 기자 ="),
        kr_copyright("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
    ),
    case(
        "out_of_table",
        "ko",
        KO2,
        KO,
        "매일신문",
        ["매일신문", "Maeil Shinmun", "imaeil.com"],
        "chulcheo-maeil",
        tail("<출처: 매일신문>"),
    ),
    nul(
        "negative_mention",
        "ko",
        KO1,
        KO,
        "mid-kbs-tonghwa",
        keep=("의성군 관계자는 KBS와의 통화에서 \u201c주민 대피는 모두 해제됐다\u201d고 말했다.",),
    ),
    nul(
        "negative_caption",
        "ko",
        KO2,
        KO,
        "caption-yonhap-photo",
        figure("12일 오후 의성군 단촌면 야산에서 연기가 치솟고 있다. [연합뉴스 자료사진]"),
        note="on a site where another page runs Yonhap copy",
    ),
]
