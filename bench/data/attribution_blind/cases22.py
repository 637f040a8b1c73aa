# ruff: noqa: E501, RUF001, RUF002
"""Sites and cases of the twenty-second blind set (cases_2026-12-24.jsonl).

Written from newsroom conventions without reading the attribution code. A fourteenth independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. About 45% English, from seven English-speaking regions (Florida's
Gulf coast, the English Midlands, British Columbia and Alberta, Tasmania, Zimbabwe with Malawi
and Nigeria, Nepal and Bangladesh, Trinidad and Tobago with Barbados), on the sites such a
crawler reads there (chain and independent local papers, a TV station, a public media station, a
community radio station, trade sites, community blogs, scrapers, a partner portal and a Google
News-style aggregator, a nonprofit newsroom, national and regional papers' own pages), and the
rest in fourteen other languages weighted by the news the web carries in them (Spanish from Peru
and Chile, French from Côte d'Ivoire and Cameroon, Portuguese from Ceará, German from Saxony,
Italian from Lombardy, Ukrainian from Zakarpattia, Arabic from Basra and the Gulf, Japanese from
Hokkaido, Korean from North Chungcheong, Chinese in simplified characters from Guangdong, Hindi
from Rajasthan, Bengali from Sylhet, Malay from Terengganu, Thai from Khon Kaen). Each page's
convention is drawn about as often as such a crawler meets it, whether or not an earlier set used
it, and a credited page carries every line that credits its original where real pages do. No new
template: the earlier ones (`chrome3`-`chrome12`) render these CMSs.

Cases the writer was unsure of (marked before any run; each `note` says why): an Australian
site's bare "Source: ABC" answered as ABC Australia (the table also holds the American ABC News);
the NPR member station's "Copyright 2026 NPR" trailer as the only credit line; the Caribbean
Media Corporation's "CMC" dateline and slug (an agency outside the table, filed `out_of_table`);
Kyodo's dateline with a "共同通信" source field; "Source : AIP" for the Ivorian agency outside the
table; "За матеріалами Радіо Свобода" answered as RFE/RL; the outlet photo credits "(Image: Stoke
Sentinel)" and "फोटो: पत्रिका" on pages that credit no one.
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
from cases13 import states_footer
from cases15 import cn_source, wpb_note
from cases16 import gannett_byline, gannett_footer
from cases17 import READ_ALSO17, TRENDING17
from chrome8 import TRENDING_BY_LANG, site_registry
from chrome9 import READ_ALSO
from model3 import Case3, Site3, case, dateline, figure, tail
from model5 import in_last_p

SITES22: dict[str, Site3] = {}


_s = site_registry(SITES22)

# The themes' lists in Malay, the one language of this set no earlier set's lists carry.
TRENDING22: dict[str, tuple[str, ...]] = {
    "ms": (
        "Majlis perbandaran tangguh undian bajet tahunan",
        "Amaran ribut di kawasan pantai ditarik balik",
        "Kalendar persekolahan tahun depan diumumkan",
        "Tiket perlawanan akhir habis dijual dalam sejam",
    ),
}
READ_ALSO22 = {"ms": "Baca juga"}


def use_local_lists22() -> None:
    """Add this set's languages to the themes' lists (the seventeenth set's, and Malay), leaving
    every language an earlier set rendered as it was."""
    for lang, items in {**TRENDING17, **TRENDING22}.items():
        TRENDING_BY_LANG.setdefault(lang, items)
    for lang, label in {**READ_ALSO17, **READ_ALSO22}.items():
        READ_ALSO.setdefault(lang, label)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
# English, by the story they mostly carry; an aggregator and a partner portal carry several.
EN_US1 = _s("gulfcoastbeachnews.com", "Gulf Coast Beach News", "wp")
EN_US2 = _s("wmcv9.com", "WMCV 9", "arc")
EN_US3 = _s("suncoastpublicmedia.org", "Suncoast Public Media", "brightspot")
EN_US4 = blog("manateecoveanglers.blogspot.com", "Manatee Cove Anglers")
EN_US5 = _s("manateecoveherald.com", "Manatee Cove Herald", "localportal")
EN_US6 = _s("suncoastcommunitynews.com", "Suncoast Community News", "blox")
EN_PT = _s("newsharborportal.com", "NewsHarbor", "partner")
EN_AG = _s("feedmeridian.app", "FeedMeridian", "aggregator", "feedmeridian.app")
OWN_TBT = _s("tampabay.com", "Tampa Bay Times", "arc")
OWN_FP = _s("floridaphoenix.com", "Florida Phoenix", "wp")
EN_UK1 = _s("potteriesvoice24.co.uk", "Potteries Voice 24", "nextjs")
EN_UK2 = _s("staffordshireweekly.co.uk", "Staffordshire Weekly", "localportal")
EN_UK3 = _s("midlandsbusinessdesk.co.uk", "Midlands Business Desk", "wp")
EN_UK4 = blog("longtonmemories.blogspot.com", "Longton Memories")
OWN_SS = _s("stokesentinel.co.uk", "StokeonTrentLive", "localportal")
EN_CA1 = _s("kootenaylakenews.ca", "Kootenay Lake News", "localportal")
EN_CA2 = _s("selkirkcountryradio.ca", "Selkirk Country Radio", "wp")
EN_CA3 = _s("bctruckingreport.com", "BC Trucking Report", "jnews")
EN_CA4 = _s("albertaroadsnow.com", "Alberta Roads Now", "wpblock")
OWN_NS = _s("nelsonstar.com", "Nelson Star", "wp")
EN_AU1 = _s("westcoasttasnews.com.au", "West Coast Tas News", "wp")
EN_AU2 = _s("aquaculturewatch.com.au", "Aquaculture Watch", "jannah")
EN_AU3 = _s("ozcoastdaily.com", "Oz Coast Daily", "tagdiv")
EN_AU4 = blog("savemacquarieharbour.blogspot.com", "Save Macquarie Harbour")
OWN_MERC = _s("themercury.com.au", "The Mercury", "nextjs")
EN_ZW1 = _s("harareheadlines24.com", "Harare Headlines 24", "jannah")
EN_ZW2 = _s("mashonalandfarmer.co.zw", "Mashonaland Farmer", "wp")
EN_ZW3 = blog("zimfarmersvoice.blogspot.com", "Zim Farmers Voice")
EN_MW = _s("blantyrebriefing.com", "Blantyre Briefing", "jnews")
EN_NG = _s("lagosnewsroll.com", "Lagos News Roll", "wp")
OWN_ND = _s("newsday.co.zw", "NewsDay", "regional")
EN_NP1 = _s("kathmanduherald24.com", "Kathmandu Herald 24", "regional")
EN_NP2 = _s("himalayanenergyreport.com", "Himalayan Energy Report", "jannah")
EN_BD1 = _s("dhakabusinessline24.com", "Dhaka Business Line 24", "tagdiv")
EN_BD2 = blog("bdpowerwatch.blogspot.com", "BD Power Watch")
OWN_KP = _s("kathmandupost.com", "The Kathmandu Post", "regional")
EN_TT1 = _s("portofspainpost24.com", "Port of Spain Post 24", "wp")
EN_TT2 = _s("caribbeanwire24.com", "Caribbean Wire 24", "jnews")
EN_TT3 = blog("sealotscommunity.blogspot.com", "Sea Lots Community")
EN_BB = _s("barbadosdailywire.com", "Barbados Daily Wire", "wp")
OWN_TTN = _s("newsday.co.tt", "Newsday", "wp")
# Spanish (Arequipa, Peru; northern Chile)
ES1 = _s("camanaenlinea.com", "Camaná en Línea", "jnews")
ES2 = _s("surperuano24.com", "Sur Peruano 24", "wpblock")
ES3 = blog("valledecamana.blogspot.com", "Valle de Camaná")
ES4 = _s("nortechico24.cl", "Norte Chico 24", "wp")
OWN_COR = _s("diariocorreo.pe", "Diario Correo", "arc")
# French (Côte d'Ivoire, Cameroon)
FR1 = _s("soubreinfo24.com", "Soubré Info 24", "jnews")
FR2 = _s("cacaoactu.ci", "Cacao Actu", "wpblock")
FR3 = _s("camer-actu24.cm", "Camer Actu 24", "wp")
OWN_FM = _s("fratmat.info", "Fraternité Matin", "regional")
# Portuguese (Ceará, Brazil)
PT1 = _s("cariri24horas.com.br", "Cariri 24 Horas", "tagdiv")
PT2 = _s("cearanoticias24.com.br", "Ceará Notícias 24", "wpblock")
PT3 = blog("cratonline.blogspot.com", "Crato Online")
OWN_DN = _s(
    "diariodonordeste.verdesmares.com.br",
    "Diário do Nordeste",
    "arc",
    "diariodonordeste.verdesmares.com.br",
)
# German (Saxony)
DE1 = _s("erzgebirge-kurier24.de", "Erzgebirge Kurier 24", "typo3")
DE2 = _s("sachsen-ticker24.de", "Sachsen-Ticker 24", "nextjs")
DE3 = _s("olbernhau-aktuell.de", "Olbernhau aktuell", "wp")
OWN_FRP = _s("freiepresse.de", "Freie Presse", "regional")
# Italian (Lombardy)
IT1 = _s("sebinonotizie24.it", "Sebino Notizie 24", "jnews")
IT2 = _s("valcamonica-oggi.it", "Valcamonica Oggi", "typo3")
IT3 = _s("bresciaweb24.it", "Brescia Web 24", "wp")
OWN_GDB = _s("giornaledibrescia.it", "Giornale di Brescia", "nextjs")
# Ukrainian (Zakarpattia)
UK1 = _s("zakarpattia-novyny24.com.ua", "Закарпаття Новини 24", "wp")
UK2 = _s("berehove-info.com", "Берегове Інфо", "jnews")
OWN_SUS = _s("suspilne.media", "Суспільне Новини", "nextjs", "suspilne.media")
# Arabic (Basra, the Gulf)
AR1 = _s("basra-alyawm24.com", "البصرة اليوم", "jannah")
AR2 = _s("khaleejnews24.com", "خليج نيوز 24", "wpblock")
AR3 = _s("faiha-news24.com", "الفيحاء نيوز", "regional")
# Japanese (Hokkaido)
JA1 = _s("mombetsu-times.jp", "オホーツク紋別タイムズ", "jpnews")
JA2 = _s(
    "hokkaido-news-matome.net", "北海道ニュースまとめ", "aggregator", "hokkaido-news-matome.net"
)
OWN_DOSHIN = _s("hokkaido-np.co.jp", "北海道新聞", "jpnews")
# Korean (North Chungcheong)
KO1 = _s("danyang-ilbo24.kr", "단양일보24", "koportal")
KO2 = _s("danyang-news24.kr", "단양뉴스24", "nextjs")
# Chinese, simplified characters (Guangdong)
ZH1 = _s("chancheng-rongmei.cn", "禅城融媒", "cncms")
ZH2 = _s("foshan-kuaibao.com", "佛山快报", "cncms")
OWN_SOUTHCN = _s("southcn.com", "南方网", "regional")
# Hindi (Rajasthan)
HI1 = _s("jaisalmer-samachar.in", "जैसलमेर समाचार", "regional")
HI2 = _s("marudhar-khabar.com", "मरुधर खबर", "wpblock")
OWN_PATRIKA = _s("patrika.com", "राजस्थान पत्रिका", "regional")
# Bengali (Sylhet, Bangladesh)
BN1 = _s("sunamganj-barta24.com", "সুনামগঞ্জ বার্তা ২৪", "wp")
BN2 = _s("haor-khobor.com", "হাওর খবর", "jnews")
OWN_SAMAKAL = _s("samakal.com", "সমকাল", "regional")
# Malay (Terengganu)
MS1 = _s("terengganu-kini24.com", "Terengganu Kini 24", "wp")
MS2 = _s("pantaitimur-news.com", "Pantai Timur News", "jnews")
# Thai (Khon Kaen)
TH1 = _s("khonkaen-update24.com", "ขอนแก่นอัปเดต 24", "wp")
TH2 = _s("isan-khao24.com", "อีสานข่าว 24", "jnews")

REDTIDE, POTTERY, ROCKSLIDE, SALMON, GRAIN, POWER, LANDFILL = (
    "redtide",
    "pottery",
    "rockslide",
    "salmon",
    "grain",
    "powertrade",
    "landfill",
)
ES, FR, PT, DE, IT, UK, AR = (
    "huaico",
    "cacao",
    "cariri",
    "holzspielzeug",
    "iseo",
    "kordon",
    "milouha",
)
JA, KO, ZH, HI, BN, MS, TH = "ryuhyo", "danyang", "dianti", "oran", "haor", "nelayan", "khuean"

REDTIDE_T = "Red tide closes Gulf beaches in Manatee Cove as dead fish wash ashore"
GRAIN_T = "Bindura maize farmers wait months for payment from grain agency"
PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP", "La Presse Canadienne"]
AAP = ["Australian Associated Press", "AAP"]
ABC_AU = ["ABC Australia", "ABC", "ABC News", "Australian Broadcasting Corporation", "abc.net.au"]
BSS = ["Bangladesh Sangbad Sangstha", "BSS", "বাসস", "bssnews.net"]
XINHUA = ["Xinhua", "Xinhua News Agency", "新华社", "新华网", "xinhuanet.com"]
YONHAP_TRAILER = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"

CASES22: list[Case3] = [
    # ======================= English: red tide on Florida's Gulf coast (US) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        REDTIDE,
        "USA Today",
        ["USA Today", "USA TODAY", "usatoday.com"],
        "partner-provided-by-usa-today",
        provider("USA TODAY", "Clara Vogt"),
        note="an MSN-style partner portal's provider strip: the portal only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        REDTIDE,
        "ABC News",
        ["ABC News", "ABC", "abcnews.go.com"],
        "aggregator-source-row-abc",
        source_row("ABC News", "2h"),
        note="an aggregator's source row (the American network)",
    ),
    case(
        "in_table",
        "en",
        EN_US3,
        REDTIDE,
        "NPR",
        ["NPR", "National Public Radio", "npr.org"],
        "member-station-npr-copyright",
        by("Jaime Ortega", cls="byline", credit=False),
        small_print("Copyright 2026 NPR"),
        note="a public media station running a network story: NPR's trailer under it is the credit (unsure: the trailer is the page's only sign)",
    ),
    case(
        "out_of_table",
        "en",
        EN_US4,
        REDTIDE,
        "Tampa Bay Times",
        ["Tampa Bay Times", "Tampa Bay Times staff", "tampabay.com"],
        "blogger-source-tbt",
        blogger_div(
            "Source:",
            "Tampa Bay Times",
            "https://www.tampabay.com/news/environment/2026/03/18/red-tide-manatee-cove-beaches-closed/",
        ),
        note="an anglers' blog pasting a regional paper's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_US5,
        REDTIDE,
        "Naples Daily News",
        ["Naples Daily News", "naplesnews.com"],
        "chain-byline-and-footer",
        gannett_byline("Wesley Amador", "Naples Daily News"),
        gannett_footer(
            "Naples Daily News",
            REDTIDE_T,
            "https://www.naplesnews.com/story/news/environment/2026/03/18/red-tide-closes-manatee-cove-beaches/82112345007/",
        ),
        note="a chain paper running a sister paper's story: the reporter-over-paper byline and the footer",
    ),
    case(
        "out_of_table",
        "en",
        EN_US6,
        REDTIDE,
        "Florida Phoenix",
        ["Florida Phoenix", "floridaphoenix.com"],
        "states-newsroom-byline-footer",
        by("By Celia Marsh, Florida Phoenix", cls="tnt-byline"),
        states_footer("Florida Phoenix", "Dana Whitcombe", "info@floridaphoenix.com"),
        note="a States Newsroom outlet's story on a BLOX paper: its byline and the footer it asks republishers to paste (States Newsroom, the network, is not the answer)",
    ),
    wire(
        "en",
        EN_US2,
        REDTIDE,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By CORINNE ABERNATHY Associated Press", cls="byline"),
        dateline("MANATEE COVE, Fla. (AP) —"),
        small_print(AP_TRAILER),
        note="a TV station running AP copy: the byline and trailer, the dateline kept",
    ),
    own(
        "en",
        OWN_TBT,
        REDTIDE,
        "own-times-staff-writer",
        by("By Hank Doyle, Times Staff Writer", cls="byline", credit=False),
        note="the paper's own staff byline on its own site",
    ),
    own(
        "en",
        OWN_FP,
        REDTIDE,
        "own-states-newsroom-footer",
        by("By Celia Marsh", cls="byline", credit=False),
        states_footer("Florida Phoenix", "Dana Whitcombe", "info@floridaphoenix.com"),
        note="the outlet's own page with the footer it prints under its own stories too",
    ),
    nul(
        "negative_mention",
        "en",
        EN_US6,
        REDTIDE,
        "mid-told-wfla",
        keep=(
            "A lifeguard supervisor told WFLA News Channel 8 that towers on the two busiest beaches would stay unstaffed until the water cleared.",
        ),
        note="on a site where another page credits the Florida Phoenix",
    ),
    nul(
        "negative_caption",
        "en",
        EN_US2,
        REDTIDE,
        "caption-state-wildlife-agency",
        figure(
            "Dead fish along the shore at Turtle Point on Wednesday. (Photo: Florida Fish and Wildlife Conservation Commission)"
        ),
        note="a government agency's photo credit (the site runs AP copy on another page)",
    ),
    nul(
        "no_credit",
        "en",
        EN_US4,
        REDTIDE,
        "blog-posted-by",
        bysite("Posted by Manatee Cove Anglers"),
    ),
    # ======================= English: a Potteries factory closing (English Midlands) =======================
    case(
        "in_table",
        "en",
        EN_UK1,
        POTTERY,
        "BBC",
        ["BBC", "BBC News", "bbc.co.uk"],
        "source-bbc-news",
        tail("Source: BBC News", tag="em"),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        POTTERY,
        "ITV News",
        ["ITV News", "ITV", "ITV News Central", "itv.com"],
        "aggregator-source-row-itv-central",
        source_row("ITV News Central", "4h"),
        note="the broadcaster's regional service, answered 'ITV News'",
    ),
    case(
        "out_of_table",
        "en",
        EN_UK2,
        POTTERY,
        "StokeonTrentLive",
        [
            "StokeonTrentLive",
            "Stoke-on-Trent Live",
            "Stoke Sentinel",
            "The Sentinel",
            "stokesentinel.co.uk",
        ],
        "first-appeared-sister-title",
        tail("This story first appeared on StokeonTrentLive.", tag="em"),
        note="a regional chain's weekly running a sister site's story (StokeonTrentLive is The Sentinel's site)",
    ),
    case(
        "out_of_table",
        "en",
        EN_UK4,
        POTTERY,
        "Express & Star",
        ["Express & Star", "Express and Star", "expressandstar.com"],
        "blogger-source-express-star",
        blogger_div(
            "Source:",
            "Express & Star",
            "https://www.expressandstar.com/news/business/2026/03/18/longton-pottery-to-close-with-loss-of-180-jobs/",
        ),
        note="a local history blog pasting the West Midlands paper's story",
    ),
    wire(
        "en",
        EN_UK3,
        POTTERY,
        "PA Media",
        PA,
        "pa-business-reporter-byline",
        by("By Nadia Pritchard, PA Business Reporter", cls="byline"),
        note="a business site running PA copy: 'By <name>, PA Business Reporter'",
    ),
    wire(
        "en",
        EN_UK2,
        POTTERY,
        "PA Media",
        PA,
        "by-press-association",
        by("By Press Association", cls="byline"),
    ),
    own(
        "en",
        OWN_SS,
        POTTERY,
        "own-story-tip-line",
        by("By Ellie Brough", cls="byline", credit=False),
        tail("Got a story? Email the StokeonTrentLive newsdesk at newsdesk@stokesentinel.co.uk"),
        note="the site's own tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK1,
        POTTERY,
        "mid-speaking-to-radio-stoke",
        keep=(
            "Speaking to BBC Radio Stoke, the city's MP said she would ask ministers about help with energy costs for ceramics firms.",
        ),
        note="on a site where another page credits BBC News",
    ),
    nul(
        "negative_caption",
        "en",
        EN_UK4,
        POTTERY,
        "caption-image-stoke-sentinel",
        figure(
            "The bottle kiln at the Uttoxeter Road works, pictured in 2019. (Image: Stoke Sentinel)"
        ),
        note="an outlet's picture credit on a blog whose text is its own (unsure: a reader may take the picture credit for the story's)",
    ),
    nul(
        "negative_caption",
        "en",
        EN_UK3,
        POTTERY,
        "caption-pa-wire",
        figure("Staff leave the factory after Wednesday's meeting. (Photo: Jacob Kinnear/PA Wire)"),
        note="on a site where another page runs PA copy",
    ),
    # ======================= English: a rock slide in the West Kootenay (Canada) =======================
    case(
        "in_table",
        "en",
        EN_CA3,
        ROCKSLIDE,
        "Global News",
        ["Global News", "Global BC", "globalnews.ca"],
        "jnews-source-global",
        jnews_field(
            "Source:",
            "Global News",
            "https://globalnews.ca/news/11012345/rock-slide-highway-3a-kaslo-bay/",
        ),
        note="a trucking trade site naming its source",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        ROCKSLIDE,
        "CBC News",
        ["CBC News", "CBC", "CBC British Columbia", "cbc.ca"],
        "aggregator-source-row-cbc",
        source_row("CBC News", "5h"),
    ),
    case(
        "out_of_table",
        "en",
        EN_CA1,
        ROCKSLIDE,
        "Nelson Star",
        ["Nelson Star", "nelsonstar.com"],
        "byline-name-and-paper",
        by("Maren Sokolov, Nelson Star", cls="byline"),
        note="a chain's local portal running a sister paper's story under its reporter-and-paper byline",
    ),
    case(
        "out_of_table",
        "en",
        EN_CA4,
        ROCKSLIDE,
        "Vancouver Sun",
        ["Vancouver Sun", "The Vancouver Sun", "vancouversun.com"],
        "block-note-originally-published",
        wpb_note(
            "This article was originally published in the ",
            (
                "Vancouver Sun",
                "https://vancouversun.com/news/local-news/rock-slide-closes-highway-3a-kaslo-bay",
            ),
            ".",
        ),
        note="an Alberta road-conditions site running a Vancouver paper's story",
    ),
    wire(
        "en",
        EN_CA2,
        ROCKSLIDE,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-first-published",
        by("The Canadian Press", cls="byline"),
        dateline("KASLO BAY, B.C. —"),
        tail("This report by The Canadian Press was first published March 18, 2026.", tag="em"),
        note="a community radio station running CP copy: its byline and closing line, the dateline kept",
    ),
    wire(
        "en",
        EN_CA3,
        ROCKSLIDE,
        "The Canadian Press",
        CP,
        "with-files-from-cp",
        tail("— With files from The Canadian Press", tag="em"),
        note="a rewrite 'with files from' the agency, answered by the agency as the earlier sets answer it",
    ),
    own(
        "en",
        OWN_NS,
        ROCKSLIDE,
        "own-story-tip",
        by("Maren Sokolov", cls="byline", credit=False),
        tail("Have a story tip? Email: editor@nelsonstar.com."),
        note="the paper's own tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_CA4,
        ROCKSLIDE,
        "mid-told-daybreak-south",
        keep=(
            "The regional district's emergency co-ordinator told CBC's Daybreak South that a barge could carry essential supplies if the closure dragged on.",
        ),
        note="on a site where another page credits the Vancouver Sun",
    ),
    nul(
        "negative_caption",
        "en",
        EN_CA1,
        ROCKSLIDE,
        "caption-ministry-photo",
        figure(
            "Boulders across Highway 3A north of Kaslo Bay on Wednesday. (Photo: B.C. Ministry of Transportation)"
        ),
    ),
    nul(
        "no_credit",
        "en",
        EN_CA2,
        ROCKSLIDE,
        "station-news-staff",
        bysite("Selkirk Country Radio News Staff"),
    ),
    # ======================= English: salmon in Macquarie Harbour (Tasmania) =======================
    case(
        "in_table",
        "en",
        EN_AU1,
        SALMON,
        "ABC Australia",
        ABC_AU,
        "source-abc",
        tail("Source: ABC"),
        note="a Tasmanian site's bare 'ABC' (unsure: the table files the public broadcaster as ABC Australia and also holds the American ABC News)",
    ),
    case(
        "in_table",
        "en",
        EN_AU3,
        SALMON,
        "The Guardian",
        ["The Guardian", "Guardian", "Guardian Australia", "theguardian.com"],
        "tagdiv-source-guardian",
        td_source(
            "SOURCE",
            "The Guardian",
            "https://www.theguardian.com/australia-news/2026/mar/18/macquarie-harbour-salmon-deaths-oxygen",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        SALMON,
        "news.com.au",
        ["news.com.au", "news.com.au staff"],
        "aggregator-source-row-newscomau",
        source_row("news.com.au", "2h"),
    ),
    case(
        "out_of_table",
        "en",
        EN_AU4,
        SALMON,
        "The Mercury",
        ["The Mercury", "Mercury", "The Hobart Mercury", "themercury.com.au"],
        "blogger-source-mercury",
        blogger_div(
            "Source:",
            "The Mercury",
            "https://www.themercury.com.au/news/tasmania/salmon-deaths-in-macquarie-harbour/news-story/5c1d2e3f4a5b6c7d8e9f",
        ),
        note="a campaign blog pasting the Hobart paper's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_AU2,
        SALMON,
        "The Advocate",
        ["The Advocate", "Advocate", "The Advocate (Burnie)", "theadvocate.com.au"],
        "originally-published-advocate",
        tail("This article was originally published by The Advocate.", tag="em"),
        note="an aquaculture trade site running the Burnie paper's story",
    ),
    wire(
        "en",
        EN_AU2,
        SALMON,
        "Australian Associated Press",
        AAP,
        "aap-author-slot",
        jby("Australian Associated Press"),
        note="the agency's name in the theme's author slot",
    ),
    wire(
        "en",
        EN_AU3,
        SALMON,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Hobart (AFP) -"),
        note_line("djw/arb/sco", cls="afp-slug"),
        note="the dateline kept, the editors' slug the credit line",
    ),
    own(
        "en",
        OWN_MERC,
        SALMON,
        "own-byline-paper",
        by("Ruby Nettlefold | The Mercury", cls="byline", credit=False),
        note="the paper's own reporter-and-paper byline",
    ),
    nul(
        "negative_mention",
        "en",
        EN_AU4,
        SALMON,
        "mid-told-abc-radio-hobart",
        keep=(
            "A marine scientist told ABC Radio Hobart that the harbour's bottom water had been low in oxygen for most of the past decade.",
        ),
        note="on a site where another page credits The Mercury",
    ),
    nul(
        "negative_caption",
        "en",
        EN_AU1,
        SALMON,
        "caption-picture-abc",
        figure("Salmon pens near Strahan on Wednesday. Picture: ABC News/Owen Blakeley"),
        note="a broadcaster's picture credit, on a site where another page credits that broadcaster",
    ),
    # ======================= English: maize payments in Mashonaland Central (Zimbabwe, Malawi, Nigeria) =======================
    case(
        "in_table",
        "en",
        EN_MW,
        GRAIN,
        "Bloomberg",
        ["Bloomberg", "Bloomberg News", "bloomberg.com"],
        "jnews-source-bloomberg",
        jnews_field(
            "Source:",
            "Bloomberg",
            "https://www.bloomberg.com/news/articles/2026-03-18/zimbabwe-maize-farmers-wait-for-payment",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_NG,
        GRAIN,
        "News24",
        ["News24", "news24.com"],
        "rss-appeared-first-news24",
        appeared_first(
            "Zimbabwe's maize farmers still waiting for grain board payments",
            "News24",
            "https://www.news24.com/news24/africa/news/zimbabwes-maize-farmers-still-waiting-for-grain-board-payments-20260318",
        ),
        note="a Nigerian scraper fed by an RSS-to-post plugin: the plugin's line names the original",
    ),
    case(
        "in_table",
        "en",
        EN_ZW3,
        GRAIN,
        "BBC",
        ["BBC", "BBC News", "BBC Africa", "bbc.com"],
        "blogger-source-bbc",
        blogger_div("Source:", "BBC News", "https://www.bbc.com/news/articles/c0zimgrain18"),
    ),
    case(
        "out_of_table",
        "en",
        EN_ZW1,
        GRAIN,
        "The Herald",
        ["The Herald", "Herald", "The Herald Zimbabwe", "herald.co.zw"],
        "source-herald-zw",
        tail("Source: The Herald", tag="strong"),
        note="Harare's state-owned daily",
    ),
    case(
        "out_of_table",
        "en",
        EN_ZW2,
        GRAIN,
        "NewsDay",
        ["NewsDay", "NewsDay Zimbabwe", "newsday.co.zw"],
        "source-newsday-zimbabwe",
        tail("Source: NewsDay Zimbabwe", tag="em"),
    ),
    case(
        "out_of_table",
        "en",
        EN_NG,
        GRAIN,
        "ZimLive",
        ["ZimLive", "zimlive.com"],
        "culled-from-zimlive",
        tail("Culled from ZimLive"),
        note="the Nigerian 'Culled from' line",
    ),
    wire(
        "en",
        EN_MW,
        GRAIN,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("HARARE, March 18 (Reuters) -"),
        tail("(Reporting by Tafadzwa Mhlanga; Editing by Gerard Thornley)"),
        note="a Malawian site running Reuters' southern Africa copy",
    ),
    wire(
        "en",
        EN_NG,
        GRAIN,
        "AFP",
        AFP,
        "afp-dateline-copyright",
        dateline("Bindura, Zimbabwe (AFP) -"),
        small_print("© 2026 AFP"),
    ),
    own(
        "en",
        OWN_ND,
        GRAIN,
        "own-newsday-copyright",
        by("By Tinashe Kamba", cls="byline", credit=False),
        small_print("© 2026 NewsDay. All rights reserved."),
        note="the paper's own copyright line",
    ),
    nul(
        "negative_mention",
        "en",
        EN_ZW1,
        GRAIN,
        "mid-told-zbc",
        keep=(
            "A board official told ZBC News that farmers with the oldest receipts would be paid first.",
        ),
        note="on a site where another page credits The Herald",
    ),
    nul(
        "negative_caption",
        "en",
        EN_ZW2,
        GRAIN,
        "caption-reuters-photo",
        figure("Farmers queue at the grain depot in Bindura. REUTERS/Kudzai Nyamadzawo"),
    ),
    # ======================= English: Nepal's power sales to Bangladesh (Nepal, Bangladesh) =======================
    case(
        "in_table",
        "en",
        EN_BD1,
        POWER,
        "The Daily Star",
        ["The Daily Star", "Daily Star", "thedailystar.net"],
        "tagdiv-source-daily-star",
        td_source(
            "SOURCE",
            "The Daily Star",
            "https://www.thedailystar.net/business/news/nepal-starts-power-export-bangladesh-3871234",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_NP2,
        POWER,
        "The Economic Times",
        ["The Economic Times", "Economic Times", "economictimes.indiatimes.com"],
        "source-economic-times",
        tail("Source: The Economic Times"),
        note="an energy trade site naming the Indian business paper",
    ),
    case(
        "out_of_table",
        "en",
        EN_NP1,
        POWER,
        "The Kathmandu Post",
        ["The Kathmandu Post", "Kathmandu Post", "kathmandupost.com"],
        "courtesy-kathmandu-post-bold",
        tail("Courtesy: The Kathmandu Post", tag="strong"),
    ),
    case(
        "out_of_table",
        "en",
        EN_BD2,
        POWER,
        "Dhaka Tribune",
        ["Dhaka Tribune", "dhakatribune.com"],
        "blogger-source-dhaka-tribune",
        blogger_div(
            "Source:",
            "Dhaka Tribune",
            "https://www.dhakatribune.com/business/power-energy/nepal-power-export-begins",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_AG,
        POWER,
        "The Himalayan Times",
        ["The Himalayan Times", "Himalayan Times", "thehimalayantimes.com"],
        "aggregator-source-row-himalayan-times",
        source_row("The Himalayan Times", "4h"),
    ),
    wire(
        "en",
        EN_BD1,
        POWER,
        "Bangladesh Sangbad Sangstha",
        BSS,
        "bss-dateline-signoff",
        dateline("DHAKA, March 18, 2026 (BSS) -"),
        note_line("BSS/AR/1845", cls="bss-slug"),
        note="the national agency's English dateline kept; its desk slug the credit line",
    ),
    wire(
        "en",
        EN_NP2,
        POWER,
        "Press Trust of India",
        PTI,
        "pti-dateline-codes",
        dateline("Kathmandu, Mar 18 (PTI)"),
        note_line("PTI SBP ZH", cls="pti-codes"),
    ),
    wire(
        "en",
        EN_AG,
        POWER,
        "Reuters",
        RTR,
        "aggregator-source-row-reuters",
        source_row("Reuters", "1h"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    own(
        "en",
        OWN_KP,
        POWER,
        "own-post-byline",
        by("Sabina Gurung", cls="byline", credit=False),
        small_print("© 2026 The Kathmandu Post. All rights reserved."),
    ),
    nul(
        "negative_mention",
        "en",
        EN_BD2,
        POWER,
        "mid-told-prothom-alo",
        keep=(
            "A power ministry official told Prothom Alo that the first payment would be made through a letter of credit within 30 days.",
        ),
        note="an outlet in the table named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "en",
        EN_NP2,
        POWER,
        "caption-photo-rss",
        figure("Transmission towers near the Dhalkebar substation. (Photo: RSS)"),
        note="Nepal's national agency in a photo credit, on a site that runs PTI copy on another page",
    ),
    # ======================= English: the Beetham landfill fire (Trinidad and Tobago, Barbados) =======================
    case(
        "out_of_table",
        "en",
        EN_TT1,
        LANDFILL,
        "Trinidad Express",
        ["Trinidad Express", "Trinidad Express Newspapers", "Express", "trinidadexpress.com"],
        "source-trinidad-express",
        tail("Source: Trinidad Express"),
    ),
    case(
        "out_of_table",
        "en",
        EN_TT2,
        LANDFILL,
        "Newsday",
        ["Newsday", "Trinidad and Tobago Newsday", "TT Newsday", "newsday.co.tt"],
        "jnews-source-newsday",
        jnews_field(
            "Source:",
            "Newsday",
            "https://newsday.co.tt/2026/03/18/beetham-landfill-fire-smoke-port-of-spain/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_BB,
        LANDFILL,
        "Caribbean Media Corporation",
        ["Caribbean Media Corporation", "CMC", "CMC Caribbean"],
        "cmc-dateline-slug",
        dateline("PORT OF SPAIN, Trinidad, Mar 18, CMC –"),
        note_line("CMC/ir/kb/2026", cls="cmc-slug"),
        note="the regional agency's dateline kept and its closing slug, an agency outside the table filed `out_of_table` (unsure: the slug is the only credit line)",
    ),
    wire(
        "en",
        EN_TT1,
        LANDFILL,
        "Associated Press",
        AP,
        "ap-dateline-trailer",
        dateline("PORT OF SPAIN, Trinidad (AP) —"),
        small_print(AP_TRAILER),
    ),
    own(
        "en",
        OWN_TTN,
        LANDFILL,
        "own-newsday-byline",
        by("Shanelle Rampersad", cls="byline", credit=False),
        small_print("Reproduction of Newsday content without permission is prohibited."),
    ),
    nul(
        "negative_mention",
        "en",
        EN_TT2,
        LANDFILL,
        "mid-told-tv6",
        keep=(
            "A senior fire officer told TV6 News that crews were struggling because water had to be trucked in from Laventille.",
        ),
        note="on a site where another page credits Newsday",
    ),
    nul(
        "negative_caption",
        "en",
        EN_BB,
        LANDFILL,
        "caption-ap-photo",
        figure(
            "Smoke from the Beetham landfill drifts over Sea Lots, Wednesday, March 18, 2026. (AP Photo/Kerwin Dookie)"
        ),
        note="on a site where another page runs CMC copy",
    ),
    nul(
        "no_credit",
        "en",
        EN_TT3,
        LANDFILL,
        "blog-posted-by",
        bysite("Posted by Sea Lots Community Council"),
    ),
    # ======================= Spanish (Arequipa, Peru; northern Chile) =======================
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-signoff",
        dateline("Camaná (Perú), 18 mar (EFE).-"),
        note_line("(c) Agencia EFE", cls="efe"),
    ),
    wire(
        "es",
        ES4,
        ES,
        "Europa Press",
        ["Europa Press", "europapress.es"],
        "fuente-europa-press",
        tail("Fuente: Europa Press", tag="em"),
        note="a Chilean site naming the Spanish agency",
    ),
    case(
        "in_table",
        "es",
        ES4,
        ES,
        "Infobae",
        ["Infobae", "infobae.com"],
        "fuente-infobae",
        tail("Fuente: Infobae"),
    ),
    case(
        "out_of_table",
        "es",
        ES2,
        ES,
        "Andina",
        ["Andina", "Agencia Andina", "Agencia Peruana de Noticias Andina", "andina.pe"],
        "fuente-andina",
        tail("Fuente: Andina", tag="strong"),
        note="Peru's state news agency, outside the table, filed `out_of_table` as the earlier sets file such agencies",
    ),
    own(
        "es",
        OWN_COR,
        ES,
        "own-redaccion-correo",
        by("Redacción Correo", cls="byline", credit=False),
        note="the paper's own desk byline",
    ),
    nul(
        "negative_mention",
        "es",
        ES3,
        ES,
        "mid-declaraciones-rpp",
        keep=(
            "En declaraciones a RPP, el alcalde provincial pidió que se declare en emergencia a todo el valle.",
        ),
    ),
    nul(
        "negative_caption",
        "es",
        ES2,
        ES,
        "caption-foto-andina",
        figure("El lodo cubrió la vía de acceso a Huacapuy. (Foto: Andina)"),
        note="the agency's photo credit, on a site where another page credits the agency's story",
    ),
    # ======================= French (Côte d'Ivoire, Cameroon) =======================
    wire(
        "fr",
        FR3,
        FR,
        "AFP",
        AFP,
        "afp-french-dateline-slug",
        dateline("Abidjan (AFP) -"),
        note_line("ck/sba/mba", cls="afp-slug"),
        note="a Cameroonian site running AFP copy: the dateline kept, the editors' slug the credit line",
    ),
    case(
        "in_table",
        "fr",
        FR2,
        FR,
        "RFI",
        ["RFI", "Radio France Internationale", "rfi.fr"],
        "source-rfi",
        tail("Source : RFI"),
    ),
    case(
        "in_table",
        "fr",
        FR3,
        FR,
        "France 24",
        ["France 24", "France24", "france24.com"],
        "source-france24-bold",
        tail("Source : France 24", tag="strong"),
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "Agence ivoirienne de presse",
        ["Agence ivoirienne de presse", "AIP", "aip.ci"],
        "aip-dateline-source",
        dateline("Soubré, 18 mars 2026 (AIP) -"),
        tail("Source : AIP"),
        note="the Ivorian state agency, outside the table, filed `out_of_table` (unsure: its short name only)",
    ),
    own(
        "fr",
        OWN_FM,
        FR,
        "own-fratmat-rights",
        by("Par Yao Konan", cls="byline", credit=False),
        small_print("© Fraternité Matin. Tous droits réservés."),
    ),
    nul(
        "negative_mention",
        "fr",
        FR2,
        FR,
        "mid-interroge-rti",
        keep=(
            "Interrogé par la RTI, le directeur régional de l'agriculture a promis des sanctions contre les acheteurs fautifs.",
        ),
        note="on a site where another page credits RFI",
    ),
    nul(
        "negative_caption",
        "fr",
        FR3,
        FR,
        "caption-photo-afp",
        figure("Des fèves de cacao sèchent devant une maison à Okrouyo. (Photo : AFP)"),
        note="on a site where another page runs AFP copy",
    ),
    # ======================= Portuguese (Ceará, Brazil) =======================
    wire(
        "pt",
        PT2,
        PT,
        "Agência Brasil",
        ["Agência Brasil", "Agencia Brasil", "ABr"],
        "com-informacoes-agencia-brasil",
        tail("Com informações da Agência Brasil", tag="em"),
    ),
    case(
        "in_table",
        "pt",
        PT3,
        PT,
        "O Globo",
        ["O Globo", "Globo", "g1", "G1", "g1 CE", "g1.globo.com"],
        "blogger-fonte-g1-ce",
        blogger_div(
            "Fonte:",
            "g1 CE",
            "https://g1.globo.com/ce/ceara/noticia/2026/03/18/chuva-crato-rio-granjeiro.ghtml",
        ),
        note="Globo's news portal by its state edition, which the table files under O Globo",
    ),
    case(
        "in_table",
        "pt",
        PT1,
        PT,
        "Folha de S.Paulo",
        ["Folha de S.Paulo", "Folha", "folha.uol.com.br"],
        "tagdiv-fonte-folha",
        td_source(
            "FONTE",
            "Folha de S.Paulo",
            "https://www1.folha.uol.com.br/cotidiano/2026/03/chuva-faz-rio-transbordar-no-crato.shtml",
        ),
    ),
    case(
        "out_of_table",
        "pt",
        PT2,
        PT,
        "Diário do Nordeste",
        ["Diário do Nordeste", "Diario do Nordeste", "diariodonordeste.verdesmares.com.br"],
        "fonte-diario-do-nordeste",
        tail("Fonte: Diário do Nordeste"),
    ),
    own(
        "pt",
        OWN_DN,
        PT,
        "own-dn-rights",
        small_print("Diário do Nordeste. Todos os direitos reservados."),
    ),
    nul(
        "negative_mention",
        "pt",
        PT3,
        PT,
        "mid-entrevista-tv-verdes-mares",
        keep=(
            "Em entrevista à TV Verdes Mares, o coordenador da Defesa Civil disse que o canal será vistoriado por engenheiros.",
        ),
    ),
    nul(
        "negative_caption",
        "pt",
        PT2,
        PT,
        "caption-foto-svm",
        figure("Água invadiu o centro do Crato na manhã desta quarta. Foto: Fabiane de Paula/SVM"),
        note="an outlet group's photo credit, on a site where another page credits its paper",
    ),
    # ======================= German (Saxony) =======================
    wire(
        "de",
        DE1,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur", "dpa-infocom"],
        "dpa-regional-dateline-infocom",
        dateline("Olbernhau (dpa/sn) -"),
        small_print("© dpa-infocom, dpa:260318-930-412233/1"),
        note="the agency's Saxony service: dateline kept, the infocom line the credit line",
    ),
    wire(
        "de",
        DE3,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur"],
        "quelle-dpa",
        tail("Quelle: dpa"),
    ),
    case(
        "in_table",
        "de",
        DE2,
        DE,
        "Bild",
        ["Bild", "BILD", "Bild Chemnitz", "bild.de"],
        "quelle-bild",
        tail("Quelle: BILD", tag="em"),
    ),
    case(
        "out_of_table",
        "de",
        DE3,
        DE,
        "MDR",
        ["MDR", "MDR Sachsen", "MDR SACHSEN", "Mitteldeutscher Rundfunk", "mdr.de"],
        "quelle-mdr-sachsen",
        tail("Quelle: MDR SACHSEN"),
        note="the regional public broadcaster, outside the table",
    ),
    own(
        "de",
        OWN_FRP,
        DE,
        "own-freie-presse-byline",
        by("Von Katrin Löser", cls="byline", credit=False),
        small_print("© Copyright Chemnitzer Verlag und Druck GmbH & Co. KG"),
    ),
    nul(
        "negative_mention",
        "de",
        DE1,
        DE,
        "mid-gegenueber-radio-erzgebirge",
        keep=(
            "Gegenüber Radio Erzgebirge sagte der Bürgermeister, die Stadt habe von der Schließung erst am Morgen erfahren.",
        ),
        note="on a site where another page runs dpa copy",
    ),
    nul(
        "negative_caption",
        "de",
        DE3,
        DE,
        "caption-foto-dpa",
        figure("Nussknacker in der Werkstatt in Olbernhau. Foto: Jan Woitschke/dpa"),
        note="an agency photo credit, on a site where another page runs dpa copy",
    ),
    # ======================= Italian (Lombardy) =======================
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline-copyright",
        dateline("(ANSA) - BRESCIA, 18 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    wire(
        "it",
        IT3,
        IT,
        "Adnkronos",
        ["Adnkronos", "AdnKronos"],
        "adnkronos-dateline-copyright",
        dateline("(Adnkronos) -"),
        small_print("Riproduzione riservata © Copyright Adnkronos"),
    ),
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "Corriere della Sera",
        ["Corriere della Sera", "Corriere", "Corriere Brescia", "corriere.it"],
        "fonte-corriere-brescia",
        tail("Fonte: Corriere della Sera Brescia", tag="em"),
        note="the paper's Brescia edition, answered 'Corriere della Sera'",
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "Giornale di Brescia",
        ["Giornale di Brescia", "giornaledibrescia.it"],
        "jnews-fonte-gdb",
        jnews_field(
            "Fonte:",
            "Giornale di Brescia",
            "https://www.giornaledibrescia.it/sebino-e-franciacorta/lago-d-iseo-minimi-battelli",
        ),
    ),
    own(
        "it",
        OWN_GDB,
        IT,
        "own-gdb-riproduzione",
        by("di Lucia Zanola", cls="byline", credit=False),
        small_print("© Riproduzione riservata"),
    ),
    nul(
        "negative_mention",
        "it",
        IT2,
        IT,
        "mid-microfoni-teletutto",
        keep=(
            "Ai microfoni di Teletutto, il presidente del consorzio ha escluso per ora un razionamento dell'acqua.",
        ),
        note="on a site where another page credits the Corriere",
    ),
    nul(
        "negative_caption",
        "it",
        IT3,
        IT,
        "caption-foto-eco-di-bergamo",
        figure("I pontili all'asciutto a Sarnico. Foto Eco di Bergamo"),
        note="an outlet's photo credit on a site whose text is agency copy elsewhere",
    ),
    # ======================= Ukrainian (Zakarpattia) =======================
    wire(
        "uk",
        UK1,
        UK,
        "Ukrinform",
        ["Ukrinform", "Укрінформ", "ukrinform.ua"],
        "dzherelo-ukrinform",
        tail("Джерело: Укрінформ"),
    ),
    wire(
        "uk",
        UK2,
        UK,
        "Interfax",
        ["Interfax", "Інтерфакс-Україна", "Interfax-Ukraine", "Інтерфакс"],
        "jnews-dzherelo-interfax-ukraine",
        jnews_field(
            "Джерело:", "Інтерфакс-Україна", "https://interfax.com.ua/news/general/1112345.html"
        ),
        note="the agency's Ukrainian service, which the table files under Interfax",
    ),
    case(
        "in_table",
        "uk",
        UK2,
        UK,
        "Radio Free Europe/Radio Liberty",
        [
            "Radio Free Europe/Radio Liberty",
            "Радіо Свобода",
            "RFE/RL",
            "Radio Svoboda",
            "radiosvoboda.org",
        ],
        "za-materialamy-radio-svoboda",
        tail("За матеріалами Радіо Свобода", tag="em"),
        note="the broadcaster's Ukrainian service, answered as the table files it (unsure: a reader may name the service only)",
    ),
    case(
        "out_of_table",
        "uk",
        UK1,
        UK,
        "Суспільне",
        ["Суспільне", "Суспільне Ужгород", "Суспільне Новини", "Suspilne", "suspilne.media"],
        "dzherelo-suspilne-uzhhorod",
        tail("Джерело: Суспільне Ужгород", tag="strong"),
        note="the public broadcaster's regional newsroom, answered by the broadcaster",
    ),
    own(
        "uk",
        OWN_SUS,
        UK,
        "own-suspilne-desk",
        by("Суспільне Ужгород", cls="byline", credit=False),
        note="the broadcaster's regional newsroom as the byline of its own page",
    ),
    nul(
        "negative_mention",
        "uk",
        UK2,
        UK,
        "mid-efir-tysa1",
        keep=(
            "В ефірі телеканалу «Тиса-1» речник прикордонного загону пообіцяв додати ще одну смугу руху влітку.",
        ),
    ),
    # ======================= Arabic (Basra, the Gulf) =======================
    wire(
        "ar",
        AR1,
        AR,
        "Iraqi News Agency",
        ["Iraqi News Agency", "واع", "وكالة الأنباء العراقية", "INA", "ina.iq"],
        "almasdar-ina",
        tail("المصدر: وكالة الأنباء العراقية (واع)", tag="strong"),
    ),
    wire(
        "ar",
        AR2,
        AR,
        "Kuwait News Agency",
        ["Kuwait News Agency", "كونا", "KUNA", "kuna.net.kw"],
        "kuna-dateline-nihaya",
        dateline("البصرة - 18 - 3 (كونا) --"),
        note_line("(النهاية) ع س ب", cls="kuna-end"),
        note="a Gulf site running KUNA copy: the dateline kept, the closing mark and editors' initials the credit line",
    ),
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "Sky News",
        ["Sky News", "سكاي نيوز عربية", "Sky News Arabia", "skynewsarabia.com"],
        "almasdar-sky-news-arabia",
        tail("المصدر: سكاي نيوز عربية"),
        note="the Arabic channel, which the table files under Sky News",
    ),
    case(
        "in_table",
        "ar",
        AR3,
        AR,
        "Asharq Al-Awsat",
        ["Asharq Al-Awsat", "الشرق الأوسط", "aawsat.com"],
        "almasdar-asharq-alawsat",
        tail("المصدر: الشرق الأوسط", tag="em"),
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "شفق نيوز",
        ["شفق نيوز", "Shafaq News", "shafaq.com"],
        "almasdar-shafaq",
        tail("المصدر: شفق نيوز"),
    ),
    nul(
        "negative_mention",
        "ar",
        AR3,
        AR,
        "mid-tasrih-aliraqiya",
        keep=(
            "وقال مدير الموارد المائية في المحافظة في تصريح لقناة العراقية إن فرق الرصد تقيس الملوحة مرتين يوميا.",
        ),
    ),
    nul(
        "negative_caption",
        "ar",
        AR1,
        AR,
        "caption-taswir-ina",
        figure("بساتين نخيل متضررة في أبي الخصيب. تصوير: واع"),
        note="the agency's photo credit, on a site where another page runs its copy",
    ),
    # ======================= Japanese (Hokkaido) =======================
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        ["Kyodo News", "共同通信", "Kyodo", "共同"],
        "kyodo-dateline-source-field",
        dateline("【紋別共同】"),
        note_line("提供：共同通信", cls="source"),
        note="the agency's regional dateline kept and the portal's provider field (unsure: whether a reader counts the field as a credit line)",
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Jiji Press",
        ["Jiji Press", "時事通信", "Jiji", "時事"],
        "jiji-tag-after-final",
        in_last_p("（時事）"),
        note="the agency's tag typed after the final sentence",
    ),
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "The Asahi Shimbun",
        ["The Asahi Shimbun", "朝日新聞", "朝日新聞デジタル", "Asahi", "asahi.com"],
        "shutten-asahi-digital",
        tail("出典：朝日新聞デジタル"),
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "北海道新聞",
        ["北海道新聞", "道新", "北海道新聞社", "Hokkaido Shimbun", "hokkaido-np.co.jp"],
        "aggregator-row-doshin",
        source_row("北海道新聞", "3/18(水) 12:05"),
        note="a Yahoo!ニュース-style portal's source row: the portal only distributes",
    ),
    own(
        "ja",
        OWN_DOSHIN,
        JA,
        "own-doshin-notice",
        small_print("北海道新聞社の許諾なく転載することを禁じます。"),
        note="the paper's own reprint notice",
    ),
    nul(
        "negative_mention",
        "ja",
        JA2,
        JA,
        "mid-stv-shuzai",
        keep=("運航会社の担当者はＳＴＶの取材に対し、今月末まで運航を続ける考えを示した。",),
        note="on a portal where another page's row names 北海道新聞",
    ),
    nul(
        "negative_caption",
        "ja",
        JA2,
        JA,
        "caption-shashin-jiji",
        figure("流氷のないオホーツク海を進む観光砕氷船（紋別市、１８日）（写真：時事）"),
    ),
    # ======================= Korean (North Chungcheong) =======================
    wire(
        "ko",
        KO1,
        KO,
        "News1",
        ["News1", "뉴스1", "news1.kr"],
        "news1-dateline-copyright",
        dateline("(단양=뉴스1) 이재훈 기자 ="),
        kr_copyright("© 뉴스1코리아(news1.kr), 무단 전재 및 재배포, AI학습 이용 금지"),
    ),
    wire(
        "ko",
        KO2,
        KO,
        "Yonhap",
        ["Yonhap", "연합뉴스", "Yonhap News Agency"],
        "yonhap-dateline-copyright",
        dateline("(단양=연합뉴스) 윤하영 기자 ="),
        kr_copyright(YONHAP_TRAILER),
    ),
    case(
        "out_of_table",
        "ko",
        KO1,
        KO,
        "중부매일",
        ["중부매일", "Jungbu Maeil", "jbnews.com"],
        "jaryo-chulcheo-jungbu",
        tail("자료출처: 중부매일"),
    ),
    nul(
        "negative_mention",
        "ko",
        KO2,
        KO,
        "mid-cjb-tonghwa",
        keep=(
            "단양군 관계자는 CJB청주방송과의 통화에서 \u201c측정 결과에 따라 행정처분도 검토하겠다\u201d고 말했다.",
        ),
        note="on a site where another page runs Yonhap copy",
    ),
    nul(
        "negative_caption",
        "ko",
        KO1,
        KO,
        "caption-danyang-gun",
        figure("단양군 매포읍 마을 도로에 쌓인 분진. /사진=단양군 제공"),
        note="a county office's handout photo",
    ),
    # ======================= Chinese, simplified (Guangdong) =======================
    wire(
        "zh",
        ZH2,
        ZH,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-source",
        cn_source("新华网", "编辑 何晓琳"),
        dateline("新华社广州3月18日电（记者 邓婉仪）"),
    ),
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "People's Daily",
        ["People's Daily", "人民网", "人民网-广东频道", "人民日报", "people.com.cn"],
        "cn-source-people-guangdong",
        cn_source("人民网-广东频道", "编辑 梁嘉欣"),
        note="the paper's site's provincial channel, answered 'People's Daily' as the table files it",
    ),
    case(
        "out_of_table",
        "zh",
        ZH1,
        ZH,
        "中国新闻网",
        ["中国新闻网", "中新网", "中新社", "中国新闻社", "chinanews.com.cn"],
        "cn-source-chinanews-dateline",
        cn_source("中国新闻网", "编辑 陈颖"),
        dateline("中新网佛山3月18日电（记者 程景伟）"),
        note="the China News Service, an agency outside the table, filed `out_of_table`: its info-bar source and its dateline (kept)",
    ),
    own(
        "zh",
        OWN_SOUTHCN,
        ZH,
        "own-southcn-rights",
        small_print("本网站所有内容，未经南方网书面授权，不得转载。"),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH2,
        ZH,
        "caption-foshan-daily-photographer",
        figure("3月18日，祖庙街道一老旧小区新装的电梯投入使用。佛山日报记者 黄志强 摄"),
        note="a paper's photographer in a caption, on a site whose text is agency copy elsewhere",
    ),
    # ======================= Hindi (Rajasthan) =======================
    wire(
        "hi",
        HI1,
        HI,
        "IANS",
        ["IANS", "आईएएनएस", "Indo-Asian News Service"],
        "ians-hindi-dateline-signoff",
        dateline("जैसलमेर, 18 मार्च (आईएएनएस)।"),
        note_line("--आईएएनएस", cls="ians"),
        note_line("एसकेटी/एबीएम", cls="ians-slug"),
    ),
    case(
        "in_table",
        "hi",
        HI2,
        HI,
        "Amar Ujala",
        ["Amar Ujala", "अमर उजाला", "amarujala.com"],
        "srot-amar-ujala",
        tail("स्रोत: अमर उजाला"),
    ),
    case(
        "out_of_table",
        "hi",
        HI1,
        HI,
        "राजस्थान पत्रिका",
        ["राजस्थान पत्रिका", "पत्रिका", "Rajasthan Patrika", "Patrika", "patrika.com"],
        "sabhar-rajasthan-patrika",
        tail("साभार: राजस्थान पत्रिका", tag="strong"),
    ),
    own(
        "hi",
        OWN_PATRIKA,
        HI,
        "own-patrika-news-network",
        by("पत्रिका न्यूज नेटवर्क", cls="byline", credit=False),
        note="the paper's own desk byline",
    ),
    nul(
        "negative_mention",
        "hi",
        HI2,
        HI,
        "mid-zee-rajasthan-baatcheet",
        keep=("ज़ी राजस्थान से बातचीत में जिला कलेक्टर ने कहा कि ग्रामीणों की हर आपत्ति पर सुनवाई होगी।",),
    ),
    nul(
        "negative_caption",
        "hi",
        HI1,
        HI,
        "caption-photo-patrika",
        figure("तहसील कार्यालय के बाहर धरने पर बैठे ग्रामीण। फोटो: पत्रिका"),
        note="an outlet's photo credit, on a site where another page credits that outlet (unsure: a reader may take it as the story's source)",
    ),
    nul("no_credit", "hi", HI2, HI, "desk-report", bysite("डेस्क रिपोर्ट")),
    # ======================= Bengali (Sylhet, Bangladesh) =======================
    wire(
        "bn",
        BN1,
        BN,
        "Bangladesh Sangbad Sangstha",
        BSS,
        "bss-bangla-dateline-source",
        dateline("সুনামগঞ্জ, ১৮ মার্চ, ২০২৬ (বাসস) :"),
        tail("সূত্র: বাসস"),
    ),
    case(
        "in_table",
        "bn",
        BN2,
        BN,
        "Prothom Alo",
        ["Prothom Alo", "প্রথম আলো", "prothomalo.com"],
        "jnews-sutro-prothom-alo",
        jnews_field("সূত্র:", "প্রথম আলো", "https://www.prothomalo.com/bangladesh/district/haor-badh"),
    ),
    case(
        "out_of_table",
        "bn",
        BN1,
        BN,
        "সমকাল",
        ["সমকাল", "দৈনিক সমকাল", "Samakal", "samakal.com"],
        "sutro-samakal",
        tail("সূত্র: সমকাল", tag="strong"),
    ),
    own(
        "bn",
        OWN_SAMAKAL,
        BN,
        "own-district-correspondent",
        by("সুনামগঞ্জ প্রতিনিধি", cls="byline", credit=False),
        note="the paper's own district correspondent byline",
    ),
    nul(
        "negative_mention",
        "bn",
        BN2,
        BN,
        "mid-channel24-bolen",
        keep=(
            "পানি উন্নয়ন বোর্ডের নির্বাহী প্রকৌশলী চ্যানেল টোয়েন্টিফোরকে বলেন, বৃষ্টি না হলে এক সপ্তাহে সব কাজ শেষ হবে।",
        ),
        note="on a site where another page credits Prothom Alo",
    ),
    nul(
        "negative_caption",
        "bn",
        BN1,
        BN,
        "caption-chobi-samakal",
        figure("শাল্লার একটি হাওরে অসমাপ্ত ফসল রক্ষা বাঁধ। ছবি: সমকাল"),
        note="an outlet's photo credit, on a site where another page credits that outlet",
    ),
    # ======================= Malay (Terengganu) =======================
    wire(
        "ms",
        MS1,
        MS,
        "Bernama",
        ["Bernama", "BERNAMA", "bernama.com"],
        "bernama-dateline-signoff",
        dateline("KUALA TERENGGANU, 18 Mac (Bernama) --"),
        note_line("-- BERNAMA", cls="bernama"),
    ),
    wire(
        "ms",
        MS2,
        MS,
        "Bernama",
        ["Bernama", "BERNAMA", "bernama.com"],
        "jnews-sumber-bernama",
        jnews_field("Sumber:", "Bernama"),
    ),
    case(
        "out_of_table",
        "ms",
        MS1,
        MS,
        "Harian Metro",
        ["Harian Metro", "hmetro.com.my"],
        "sumber-harian-metro",
        tail("Sumber: Harian Metro", tag="em"),
    ),
    nul(
        "negative_mention",
        "ms",
        MS2,
        MS,
        "mid-dihubungi-sinar-harian",
        keep=(
            "Ketika dihubungi Sinar Harian, pengerusi persatuan nelayan kawasan itu berkata kebanyakan ahlinya tiada simpanan.",
        ),
        note="on a site where another page runs Bernama copy",
    ),
    nul(
        "negative_caption",
        "ms",
        MS1,
        MS,
        "caption-foto-bernama",
        figure("Bot nelayan ditambat di jeti Pulau Kambing. - Foto BERNAMA"),
        note="the agency's photo credit, on a site where another page runs its copy",
    ),
    # ======================= Thai (Khon Kaen) =======================
    case(
        "in_table",
        "th",
        TH2,
        TH,
        "Bangkok Post",
        ["Bangkok Post", "บางกอกโพสต์", "bangkokpost.com"],
        "jnews-thima-bangkok-post",
        jnews_field(
            "ที่มา:", "Bangkok Post", "https://www.bangkokpost.com/thailand/general/3012345/"
        ),
        note="a Thai-language site translating the English daily's story",
    ),
    case(
        "out_of_table",
        "th",
        TH1,
        TH,
        "ไทยรัฐ",
        ["ไทยรัฐ", "ไทยรัฐออนไลน์", "Thairath", "thairath.co.th"],
        "thima-thairath",
        tail("ที่มา: ไทยรัฐออนไลน์"),
    ),
    nul(
        "negative_mention",
        "th",
        TH1,
        TH,
        "mid-channel3",
        keep=("ผู้อำนวยการโครงการชลประทานขอนแก่นให้สัมภาษณ์กับช่อง 3 ว่าจะประเมินสถานการณ์น้ำทุกสัปดาห์",),
        note="on a site where another page credits ไทยรัฐ",
    ),
    nul(
        "negative_caption",
        "th",
        TH2,
        TH,
        "caption-phap-tna",
        figure("ระดับน้ำในเขื่อนอุบลรัตน์ลดลงจนเห็นตลิ่ง ภาพ: สำนักข่าวไทย"),
        note="an agency's photo credit",
    ),
    nul("no_credit", "th", TH2, TH, "editorial-desk", bysite("กองบรรณาธิการ")),
]
