# ruff: noqa: E501, RUF001
"""Sites and cases of the twenty-fifth blind set (cases_2026-12-27.jsonl).

Written from newsroom conventions without reading the attribution code. A seventeenth independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. About 45% English, from seven English-speaking regions none of the
earlier sets' stories were set in (Vermont, Northumberland in place of Cumbria, County Kerry, Prince
Edward Island, the Kimberley, Belize, northern Malawi), on the sites such a crawler reads there
(local papers and portals, a TV station, community radio, trade sites, community blogs, a partner
portal and a Google News-style aggregator, a nonprofit newsroom, regional papers' and broadcasters'
own pages), and the rest in thirteen other languages weighted by the news the web carries in them
(Spanish from Chile's Aysén, Arabic from Oman's Dhofar, Japanese from Iwate, German from the Allgäu,
French from Finistère, Portuguese from Amapá, Russian from Murmansk oblast, Chinese in simplified
characters from Guizhou, Italian from Friuli's Carnia, Korean from Gyeonggi's Gapyeong, Turkish
from Artvin, Indonesian from Sumbawa, Hindi from Himachal Pradesh). Each page's convention is drawn
about as often as such a crawler meets it, whether or not an earlier set used it, and a credited
page carries every line that credits its original where real pages do. No new template: the
earlier ones (`chrome3`-`chrome12`) render these CMSs.

Cases the writer was unsure of (marked before any run; each `note` says why): "Source: Irish
Independent" filed `out_of_table` (the table's The Independent is the London paper); "This story
originally appeared in The Guardian, Charlottetown." filed `out_of_table` and that paper's own page
(site name "The Guardian") filed as an own page (the table's The Guardian is the London paper);
"SOURCE Nation Online" for a Malawian story filed `out_of_table` as The Nation (Malawi), neither
Nation Africa nor the American magazine; the Malawi News Agency and the Oman News Agency, agencies
outside the table, filed `out_of_table`; "Kaynak: TRT Haber" answered as TRT World (the table files
the broadcaster under its English service); g1 answered as O Globo, as the table files it.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from cases6 import blogger_div, by, bysite, nul, own, wire
from cases8 import AFP, AP, AP_TRAILER, RTR, jby, provider, source_row, td_source
from cases9 import jnews_field, kr_copyright
from cases11 import note_line, small_print
from cases15 import cn_source
from cases22 import YONHAP_TRAILER, use_local_lists22
from chrome8 import site_registry
from model3 import Case3, Site3, case, dateline, figure, tail

SITES25: dict[str, Site3] = {}

_s = site_registry(SITES25)
use_local_lists25 = use_local_lists22  # the languages of this set all have their lists there


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
EN_PT = _s("newsbeaconportal.com", "NewsBeacon", "partner")
EN_AG = _s("feedcompass.app", "FeedCompass", "aggregator", "feedcompass.app")
# Vermont (the Northeast Kingdom)
VT1 = _s("kingdomcountynews24.com", "Kingdom County News 24", "localportal")
VT2 = _s("wnek6.com", "WNEK 6", "arc")
VT3 = blog("stjneighbors.blogspot.com", "St. J Neighbors")
VT4 = _s("orleanscountyledger.com", "Orleans County Ledger", "blox")
OWN_VTD = _s("vtdigger.org", "VTDigger", "wp")
# Northumberland (in place of Cumbria, which the nineteenth set used)
NU1 = _s("tynedalenow24.co.uk", "Tynedale Now 24", "localportal")
NU2 = _s("northtyneradio.co.uk", "North Tyne Radio", "wp")
NU3 = _s("ruralnortheastbusiness.co.uk", "Rural North East Business", "wpblock")
NU4 = blog("bellinghamparishnews.blogspot.com", "Bellingham Parish News")
OWN_HC = _s("hexham-courant.co.uk", "Hexham Courant", "localportal")
# County Kerry
KY1 = _s("killarneynewsdesk24.ie", "Killarney News Desk 24", "wp")
KY2 = _s("iveraghcommunityradio.ie", "Iveragh Community Radio", "wp")
KY3 = _s("southwesttourismtrade.ie", "South West Tourism Trade", "jnews")
OWN_RK = _s("radiokerry.ie", "Radio Kerry", "regional")
# Prince Edward Island
PE1 = _s("islandharbours24.ca", "Island Harbours 24", "localportal")
PE2 = _s("northshoreislandradio.ca", "North Shore Island Radio", "wp")
PE3 = _s("gulffisheriesreport.ca", "Gulf Fisheries Report", "jnews")
PE4 = blog("tignishwharfnotes.blogspot.com", "Tignish Wharf Notes")
OWN_GPE = _s("theguardian.pe.ca", "The Guardian", "arc")
# The Kimberley (Western Australia)
KI1 = _s("kimberleytoday24.com.au", "Kimberley Today 24", "wp")
KI2 = _s("eastkimberleyvoice.com.au", "East Kimberley Voice", "jannah")
KI3 = _s("outbacktouringnews.com.au", "Outback Touring News", "tagdiv")
KI4 = blog("derbywestkimberleynotes.blogspot.com", "Derby West Kimberley Notes")
OWN_BA = _s("broomead.com.au", "Broome Advertiser", "nextjs")
# Belize
BZ1 = _s("placenciabreeze24.com", "Placencia Breeze 24", "jannah")
BZ2 = _s("stanncreekdaily.com", "Stann Creek Daily", "wp")
BZ3 = _s("caribbeanreeftourism.com", "Caribbean Reef Tourism", "tagdiv")
BZ4 = blog("hopkinsvillagebz.blogspot.com", "Hopkins Village BZ")
OWN_AM = _s("amandala.com.bz", "Amandala", "wp")
# northern Malawi (Mzuzu)
MW1 = _s("mzuzudaily24.com", "Mzuzu Daily 24", "jnews")
MW2 = _s("nyikapost24.com", "Nyika Post 24", "tagdiv")
MW3 = blog("rumphicommunitynews.blogspot.com", "Rumphi Community News")
MW4 = _s("malawiroadsmonitor.com", "Malawi Roads Monitor", "wp")
OWN_NAT = _s("mwnation.com", "Nation Online", "regional")
# Spanish (Aysén, Chile)
ES1 = _s("coyhaique-aldia24.cl", "Coyhaique al Día 24", "jnews")
ES2 = _s("patagonia-aysen-noticias.com", "Patagonia Aysén Noticias", "wpblock")
ES3 = blog("cerrocastillo-vecinos.blogspot.com", "Vecinos de Cerro Castillo")
OWN_DA = _s("diarioaysen.cl", "El Diario de Aysén", "regional")
# Arabic (Dhofar, Oman)
AR1 = _s("salalah-alaan24.com", "صلالة الآن 24", "jannah")
AR2 = _s("dhofar-akhbar.com", "أخبار ظفار", "wpblock")
OWN_OD = _s("omandaily.om", "جريدة عمان", "regional")
# Japanese (Iwate, in place of Akita, which the nineteenth set used)
JA1 = _s("kamaishi-news24.jp", "釜石ニュース24", "jpnews")
JA2 = _s("iwate-news-matome.net", "いわてニュースまとめ", "aggregator", "iwate-news-matome.net")
OWN_IN = _s("iwate-np.co.jp", "岩手日報", "jpnews")
# German (the Allgäu)
DE1 = _s("oberallgaeu-aktuell24.de", "Oberallgäu aktuell 24", "typo3")
DE2 = _s("iller-ticker24.de", "Iller-Ticker 24", "nextjs")
DE3 = _s("sonthofen-news24.de", "Sonthofen News 24", "wp")
OWN_AZ = _s("allgaeuer-zeitung.de", "Allgäuer Zeitung", "regional")
# French (Finistère)
FR1 = _s("cornouaille-infos24.fr", "Cornouaille Infos 24", "wp")
FR2 = _s("capsizun-actu.fr", "CapSizun Actu", "jnews")
OWN_LP = _s("lepoher.fr", "Le Poher", "regional")
# Portuguese (Amapá, Brazil)
PT1 = _s("laranjal-noticias.com.br", "Laranjal Notícias", "tagdiv")
PT2 = _s("amapa-agora24.com.br", "Amapá Agora 24", "wpblock")
PT3 = blog("vale-do-jari-online.blogspot.com", "Vale do Jari Online")
OWN_DAP = _s("diariodoamapa.com.br", "Diário do Amapá", "arc")
# Russian (Murmansk oblast, in place of Karelia, which the eighteenth set used)
RU1 = _s("kirovsk-vesti24.ru", "Кировск Вести 24", "wp")
RU2 = _s("kola-segodnya.ru", "Кола Сегодня", "bitrix")
OWN_MV = _s("mvestnik.ru", "Мурманский вестник", "regional")
# Chinese, simplified characters (Guizhou, in place of Yunnan, which the fifteenth set used)
ZH1 = _s("rongjiang-rongmei.cn", "榕江融媒", "cncms")
ZH2 = _s("qdn-kuaixun.com", "黔东南快讯", "cncms")
# Italian (Friuli: Carnia)
IT1 = _s("carnia-notizie24.it", "Carnia Notizie 24", "jnews")
IT2 = _s("tolmezzo-oggi.it", "Tolmezzo Oggi", "wp")
OWN_MVE = _s("messaggeroveneto.it", "Messaggero Veneto", "nextjs")
# Korean (Gyeonggi: Gapyeong, in place of Gangwon, which the twentieth set used)
KO1 = _s("gapyeong-ilbo24.kr", "가평일보24", "koportal")
KO2 = _s("bukhangang-news24.kr", "북한강뉴스24", "nextjs")
OWN_KG = _s("kyeonggi.com", "경기일보", "koportal")
# Turkish (Artvin, in place of Rize, which the nineteenth set used)
TR1 = _s("arhavi-haber08.com", "Arhavi Haber 08", "jannah")
TR2 = _s("coruh-mansetler.com", "Çoruh Manşet", "tagdiv")
# Indonesian (Sumbawa, in place of Flores, which the eighteenth set used)
ID1 = _s("bima-terkini24.com", "Bima Terkini 24", "jnews")
ID2 = _s("sumbawa-update24.com", "Sumbawa Update 24", "wpblock")
# Hindi (Himachal Pradesh, in place of Uttarakhand, which the fifteenth and nineteenth sets used)
HI1 = _s("kullu-samachar24.in", "कुल्लू समाचार 24", "regional")
HI2 = _s("devghati-khabar.com", "देवघाटी खबर", "wpblock")
OWN_DH = _s("divyahimachal.com", "दिव्य हिमाचल", "regional")

ICE, GALE, GORSE, LOBSTER, GIBB, WEED, BRIDGE = (
    "icestorm",
    "kielder",
    "gorsefire",
    "lobster",
    "gibbriver",
    "sargassum",
    "m1bridge",
)
ES, AR, JA, DE, FR, PT, RU = "aysen", "dhofar", "iwate", "allgaeu", "finistere", "amapa", "khibiny"
ZH, IT, KO, TR, ID, HI = "rongjiang", "carnia", "gapyeong", "artvin", "bima", "kullu"

PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP"]
AAP = ["Australian Associated Press", "AAP", "aap.com.au"]
ABC_AU = [
    "ABC Australia",
    "ABC",
    "ABC News",
    "ABC Kimberley",
    "Australian Broadcasting Corporation",
    "abc.net.au",
]
XINHUA = ["Xinhua", "Xinhua News Agency", "新华社", "新华网", "xinhuanet.com"]
EFE = ["EFE", "Agencia EFE"]
DPA = ["dpa", "Deutsche Presse-Agentur", "DPA"]
TASS = ["TASS", "ТАСС", "ITAR-TASS", "tass.ru"]
KYODO = ["Kyodo News", "Kyodo", "共同通信", "共同通信社"]
JIJI = ["Jiji Press", "Jiji", "時事通信", "時事通信社"]
ANSA = ["ANSA", "Agenzia ANSA"]
ANTARA = ["Antara", "ANTARA", "Kantor Berita Antara", "antaranews.com"]
PTI = ["Press Trust of India", "PTI", "भाषा", "पीटीआई-भाषा"]
IANS = ["IANS", "आईएएनएस", "Indo-Asian News Service"]
ANADOLU = ["Anadolu Agency", "Anadolu Ajansı", "AA", "aa.com.tr"]
DHA = ["Demirören Haber Ajansı", "DHA", "Demirören News Agency"]
YONHAP = ["Yonhap", "연합뉴스", "Yonhap News Agency"]
NEWS1 = ["News1", "뉴스1", "News1 Korea"]

CASES25: list[Case3] = [
    # ======================= English: an ice storm in the Northeast Kingdom (Vermont) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        ICE,
        "USA Today",
        ["USA Today", "USA TODAY", "usatoday.com"],
        "partner-provided-by-usa-today",
        provider("USA TODAY", "Kelsey Marchand"),
        note="an MSN-style partner portal's provider strip: the portal only distributes",
    ),
    case(
        "in_table",
        "en",
        VT4,
        ICE,
        "The Boston Globe",
        ["The Boston Globe", "Boston Globe", "bostonglobe.com"],
        "originally-appeared-boston-globe",
        tail("This article originally appeared in The Boston Globe.", tag="em"),
        note="a BLOX weekly running a story from the regional daily that covers northern New England",
    ),
    case(
        "out_of_table",
        "en",
        VT1,
        ICE,
        "VTDigger",
        ["VTDigger", "VT Digger", "vtdigger.org"],
        "first-published-vtdigger",
        tail("This story was first published by VTDigger.", tag="em"),
        note="the state's nonprofit newsroom, which lets local outlets republish its stories with this line",
    ),
    case(
        "out_of_table",
        "en",
        VT3,
        ICE,
        "Caledonian-Record",
        ["Caledonian-Record", "The Caledonian-Record", "Caledonian Record", "caledonianrecord.com"],
        "blogger-source-caledonian-record",
        blogger_div(
            "Source:",
            "Caledonian-Record",
            "https://www.caledonianrecord.com/news/local/ice-storm-knocks-out-power-across-kingdom/article_5f1e2a90.html",
        ),
        note="a town blog pasting the St. Johnsbury daily's story",
    ),
    wire(
        "en",
        VT2,
        ICE,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By HOLLIS WHEELOCK Associated Press", cls="byline"),
        dateline("ST. JOHNSBURY, Vt. (AP) —"),
        small_print(AP_TRAILER),
        note="a TV station running AP copy: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        VT4,
        ICE,
        "Associated Press",
        AP,
        "blox-ap-byline-dateline",
        by("By MORGAN ESTEY Associated Press", cls="tnt-byline"),
        dateline("LYNDONVILLE, Vt. (AP) —"),
        note="AP copy on a BLOX weekly: the byline, the dateline kept",
    ),
    own(
        "en",
        OWN_VTD,
        ICE,
        "own-byline-support-line",
        by("By Greta Lamoille", cls="byline", credit=False),
        tail(
            "VTDigger is a nonprofit newsroom. If you value our reporting on Vermont, please consider becoming a member."
        ),
        note="the newsroom's own byline and membership appeal on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        VT1,
        ICE,
        "mid-told-wcax",
        keep=(
            "The Caledonia County sheriff told WCAX that deputies had spent the night moving fallen limbs off Route 5.",
        ),
        note="a Burlington TV station named as the one a source spoke to, on a site where another page credits VTDigger",
    ),
    nul(
        "negative_caption",
        "en",
        VT2,
        ICE,
        "caption-utility-photo",
        figure(
            "A line crew works on a broken pole in Sutton on Monday. (Photo courtesy of Vermont Electric Cooperative)"
        ),
        note="a utility's photo credit, on a site where another page runs AP copy",
    ),
    nul(
        "negative_caption",
        "en",
        VT4,
        ICE,
        "caption-ap-photo",
        figure(
            "Ice-coated birches lean over Darling Hill Road in Lyndon on Monday. (AP Photo/Corinne Baraw)"
        ),
        note="an agency photo credit on a staff story, on a site where another page runs AP copy",
    ),
    nul(
        "no_credit",
        "en",
        VT3,
        ICE,
        "blog-posted-by",
        bysite("Posted by St. J Neighbors"),
    ),
    # ======================= English: a gale in Kielder and the North Tyne (Northumberland) =======================
    case(
        "in_table",
        "en",
        NU3,
        GALE,
        "BBC",
        ["BBC", "BBC News", "BBC Look North", "bbc.co.uk"],
        "source-bbc-look-north",
        tail("Source: BBC Look North", tag="strong"),
        note="the BBC's regional television news, answered as the BBC",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        GALE,
        "ITV News",
        ["ITV News", "ITV", "ITV Tyne Tees", "itv.com"],
        "aggregator-source-row-itv",
        source_row("ITV News", "3h"),
        note="an aggregator's source row",
    ),
    case(
        "in_table",
        "en",
        NU1,
        GALE,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "first-appeared-guardian",
        tail("This article first appeared in The Guardian.", tag="em"),
        note="a local portal running a national paper's story",
    ),
    case(
        "out_of_table",
        "en",
        NU4,
        GALE,
        "Hexham Courant",
        ["Hexham Courant", "The Hexham Courant", "hexham-courant.co.uk"],
        "blogger-source-hexham-courant",
        blogger_div(
            "Source:",
            "Hexham Courant",
            "https://www.hexham-courant.co.uk/news/25123456.gale-brings-trees-kielder-north-tyne/",
        ),
        note="a parish blog pasting the weekly's story",
    ),
    wire(
        "en",
        NU3,
        GALE,
        "PA Media",
        PA,
        "pa-byline",
        by("By Aidan Thorburn, PA", cls="byline"),
        note="a trade site running PA copy",
    ),
    wire(
        "en",
        NU2,
        GALE,
        "PA Media",
        PA,
        "pa-senior-reporter-byline",
        by("By Ruth Dodd, PA Senior Reporter", cls="byline"),
        note="a community radio station's site running PA copy",
    ),
    own(
        "en",
        OWN_HC,
        GALE,
        "own-tip-line",
        by("By Josh Armstrong", cls="byline", credit=False),
        tail("Have you got a story for the Courant? Email our newsdesk or message us on Facebook."),
        note="the weekly's own byline and tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        NU2,
        GALE,
        "mid-speaking-to-bbc-radio-newcastle",
        keep=(
            "Speaking to BBC Radio Newcastle, a Northern Powergrid manager said engineers had been sent from as far away as Yorkshire.",
        ),
        note="an outlet in the table named as the one a source spoke to, on a site that runs PA copy",
    ),
    nul(
        "negative_caption",
        "en",
        NU1,
        GALE,
        "caption-forestry-england",
        figure(
            "Fallen spruce across the forest drive near Kielder Water on Saturday. (Image: Forestry England)"
        ),
        note="on a site where another page credits The Guardian",
    ),
    nul(
        "no_credit",
        "en",
        NU4,
        GALE,
        "blog-posted-by",
        bysite("Posted by Bellingham Parish News"),
    ),
    # ======================= English: a gorse fire in Killarney National Park (Kerry) =======================
    case(
        "in_table",
        "en",
        EN_AG,
        GORSE,
        "Sky News",
        ["Sky News", "Sky", "news.sky.com"],
        "aggregator-source-row-sky",
        source_row("Sky News", "4h"),
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        GORSE,
        "The Independent",
        ["The Independent", "Independent", "independent.co.uk"],
        "partner-provided-by-independent",
        provider("The Independent", "Aoife Brennan"),
        note="a partner portal's provider strip naming the London paper",
    ),
    case(
        "out_of_table",
        "en",
        KY1,
        GORSE,
        "Radio Kerry",
        ["Radio Kerry", "radiokerry.ie"],
        "source-radio-kerry",
        tail("Source: Radio Kerry", tag="strong"),
        note="the county's radio station, outside the table",
    ),
    case(
        "out_of_table",
        "en",
        KY3,
        GORSE,
        "Irish Independent",
        ["Irish Independent", "The Irish Independent", "Independent.ie"],
        "jnews-source-irish-independent",
        jnews_field(
            "Source:",
            "Irish Independent",
            "https://www.independent.ie/regionals/kerryman/news/gorse-fire-torc-mountain-killarney/a1234567890.html",
        ),
        note="unsure: the Dublin daily, outside the table; the table's The Independent is the London paper, so 'The Independent' is not accepted",
    ),
    wire(
        "en",
        KY1,
        GORSE,
        "PA Media",
        PA,
        "pa-byline",
        by("By Cian Mac Gearailt, PA", cls="byline"),
        note="a local site running PA copy from its Dublin desk",
    ),
    wire(
        "en",
        KY3,
        GORSE,
        "Reuters",
        RTR,
        "reuters-dateline-signoff",
        dateline("DUBLIN, March 12 (Reuters) -"),
        note_line(
            "(Reporting by Padraic Halpin; Editing by Alison Williams)", cls="reuters-signoff"
        ),
        note="Reuters copy: the dateline kept, the reporting and editing line a credit line",
    ),
    own(
        "en",
        OWN_RK,
        GORSE,
        "own-newsroom-byline",
        by("Radio Kerry News", cls="byline", credit=False),
        note="the station's own newsroom byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        KY2,
        GORSE,
        "mid-speaking-on-kerry-today",
        keep=(
            "Speaking on Radio Kerry's Kerry Today programme, a local councillor said the fire had been visible from Killorglin.",
        ),
        note="an outlet another site's page credits, named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "en",
        KY3,
        GORSE,
        "caption-npws",
        figure(
            "Smoke rises over Torc Mountain on Tuesday afternoon. (Photo: National Parks and Wildlife Service)"
        ),
        note="on a site that runs Reuters copy on another page",
    ),
    nul(
        "negative_caption",
        "en",
        KY1,
        GORSE,
        "caption-fire-service",
        figure("Firefighters beat back flames near the Muckross Road. (Photo: Kerry Fire Service)"),
    ),
    nul(
        "no_credit",
        "en",
        KY2,
        GORSE,
        "newsroom-byline",
        bysite("Iveragh Community Radio News Team"),
    ),
    # ======================= English: sea ice delays the lobster season (Prince Edward Island) =======================
    case(
        "in_table",
        "en",
        PE1,
        LOBSTER,
        "CBC News",
        ["CBC News", "CBC", "CBC P.E.I.", "cbc.ca"],
        "source-cbc-pei",
        tail("Source: CBC P.E.I.", tag="strong"),
        note="CBC's Prince Edward Island newsroom, answered as CBC News",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        LOBSTER,
        "The Globe and Mail",
        ["The Globe and Mail", "Globe and Mail", "theglobeandmail.com"],
        "partner-provided-by-globe",
        provider("The Globe and Mail", "Jessica MacLean"),
    ),
    case(
        "out_of_table",
        "en",
        PE2,
        LOBSTER,
        "The Guardian (Charlottetown)",
        [
            "The Guardian (Charlottetown)",
            "The Guardian, Charlottetown",
            "Charlottetown Guardian",
            "theguardian.pe.ca",
        ],
        "originally-appeared-charlottetown-guardian",
        tail("This story originally appeared in The Guardian, Charlottetown.", tag="em"),
        note="unsure: the Island's daily, outside the table; the table's The Guardian is the London paper, so the bare name is not accepted",
    ),
    case(
        "out_of_table",
        "en",
        PE3,
        LOBSTER,
        "The Eastern Graphic",
        ["The Eastern Graphic", "Eastern Graphic", "easterngraphic.com"],
        "jnews-source-eastern-graphic",
        jnews_field(
            "Source:",
            "The Eastern Graphic",
            "https://www.easterngraphic.com/news/sea-ice-delays-lobster-season-north-shore",
        ),
        note="a fisheries site naming the Montague weekly in the theme's field",
    ),
    wire(
        "en",
        PE1,
        LOBSTER,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-trailer",
        by("By Lindsay Gallant The Canadian Press", cls="byline"),
        dateline("NORTH RUSTICO, P.E.I. —"),
        tail("This report by The Canadian Press was first published March 12, 2026.", tag="em"),
        note="CP copy: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        EN_AG,
        LOBSTER,
        "The Canadian Press",
        CP,
        "aggregator-source-row-cp",
        source_row("The Canadian Press", "50m"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    own(
        "en",
        OWN_GPE,
        LOBSTER,
        "own-byline",
        by("Dave Perry · The Guardian", cls="byline", credit=False),
        note="unsure: the Charlottetown daily's own reporter on its own site (its name is the London paper's; a null page)",
    ),
    nul(
        "negative_mention",
        "en",
        PE2,
        LOBSTER,
        "mid-told-compass",
        keep=(
            "The association's president told CBC News: Compass that some fishers had already paid their crews for the first week.",
        ),
        note="an outlet in the table named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "en",
        PE3,
        LOBSTER,
        "caption-dfo-photo",
        figure(
            "Pack ice fills the harbour at Covehead on Tuesday. (Fisheries and Oceans Canada photo)"
        ),
        note="a government photo credit, on a site where another page credits the Eastern Graphic",
    ),
    nul(
        "no_credit",
        "en",
        PE4,
        LOBSTER,
        "blog-posted-by",
        bysite("Posted by Tignish Wharf Notes"),
    ),
    # ======================= English: floods on the Gibb River Road (the Kimberley) =======================
    case(
        "in_table",
        "en",
        KI1,
        GIBB,
        "ABC Australia",
        ABC_AU,
        "source-abc-kimberley",
        tail("Source: ABC Kimberley", tag="strong"),
        note="the ABC's Kimberley local radio and newsroom, answered as ABC Australia",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        GIBB,
        "The Guardian",
        ["The Guardian", "Guardian", "Guardian Australia", "theguardian.com"],
        "aggregator-source-row-guardian-australia",
        source_row("Guardian Australia", "2h"),
        note="the Guardian's Australian edition, answered as The Guardian",
    ),
    case(
        "in_table",
        "en",
        KI3,
        GIBB,
        "The Australian",
        ["The Australian", "theaustralian.com.au"],
        "tagdiv-source-the-australian",
        td_source(
            "SOURCE",
            "The Australian",
            "https://www.theaustralian.com.au/nation/gibb-river-road-travellers-stranded-by-floods/news-story/2c7d1e9f",
        ),
    ),
    case(
        "out_of_table",
        "en",
        KI4,
        GIBB,
        "The West Australian",
        ["The West Australian", "West Australian", "thewest.com.au"],
        "blogger-source-the-west",
        blogger_div(
            "Source:",
            "The West Australian",
            "https://thewest.com.au/news/kimberley/tourists-stranded-on-gibb-river-road-c-15123456",
        ),
        note="a town blog pasting the Perth daily's story",
    ),
    wire(
        "en",
        KI1,
        GIBB,
        "Australian Associated Press",
        AAP,
        "aap-byline",
        by("By Keira Lindqvist, AAP", cls="byline"),
        note="'By <name>, AAP'",
    ),
    wire(
        "en",
        KI2,
        GIBB,
        "Australian Associated Press",
        AAP,
        "jannah-author-aap",
        jby("Australian Associated Press"),
        note="the agency filed as the post's author in a Jannah theme",
    ),
    own(
        "en",
        OWN_BA,
        GIBB,
        "own-byline-copyright",
        by("Shannon Hartigan", cls="byline", credit=False),
        small_print("© 2026 West Australian Newspapers Limited"),
        note="the paper's own byline and its publisher's copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        KI2,
        GIBB,
        "mid-told-waringarri-radio",
        keep=(
            "A Kununurra police officer told Waringarri Radio that the couple had been lucky to climb onto the roof in time.",
        ),
        note="a community radio station named as the one a source spoke to, on a site that runs AAP copy",
    ),
    nul(
        "negative_caption",
        "en",
        KI1,
        GIBB,
        "caption-main-roads",
        figure("Water over the Pentecost River crossing on Wednesday. (Image: Main Roads WA)"),
    ),
    nul(
        "negative_caption",
        "en",
        KI4,
        GIBB,
        "caption-supplied-shire",
        figure("The road west of Derby under water. (Supplied: Shire of Derby/West Kimberley)"),
        note="on a site where another page credits The West Australian",
    ),
    nul(
        "no_credit",
        "en",
        KI4,
        GIBB,
        "blog-posted-by",
        bysite("Posted by Derby West Kimberley Notes"),
    ),
    # ======================= English: sargassum on the Placencia peninsula (Belize) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        WEED,
        "CBS News",
        ["CBS News", "CBS", "cbsnews.com"],
        "partner-provided-by-cbs",
        provider("CBS News", "Daniela Ortiz"),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        WEED,
        "CNN",
        ["CNN", "cnn.com"],
        "aggregator-source-row-cnn",
        source_row("CNN", "6h"),
    ),
    case(
        "out_of_table",
        "en",
        BZ1,
        WEED,
        "News 5",
        ["News 5", "Channel 5 Belize", "channel5belize.com"],
        "source-news-5",
        tail("Source: News 5", tag="em"),
        note="the Belize City television newsroom, outside the table",
    ),
    case(
        "out_of_table",
        "en",
        BZ4,
        WEED,
        "Breaking Belize News",
        ["Breaking Belize News", "breakingbelizenews.com"],
        "blogger-source-breaking-belize-news",
        blogger_div(
            "Source:",
            "Breaking Belize News",
            "https://www.breakingbelizenews.com/2026/03/12/sargassum-piles-up-on-placencia-beaches/",
        ),
        note="a village blog pasting the national news site's story",
    ),
    wire(
        "en",
        BZ2,
        WEED,
        "Associated Press",
        AP,
        "ap-byline-dateline",
        by("By ELENA CASTILLO Associated Press", cls="byline"),
        dateline("PLACENCIA, Belize (AP) —"),
        note="AP copy on a local site: the byline, the dateline kept",
    ),
    wire(
        "en",
        BZ3,
        WEED,
        "Associated Press",
        AP,
        "tagdiv-source-ap",
        td_source(
            "SOURCE",
            "Associated Press",
            "https://apnews.com/article/belize-sargassum-placencia-tourism",
        ),
        note="a tourism trade site naming the agency in the theme's SOURCE box",
    ),
    own(
        "en",
        OWN_AM,
        WEED,
        "own-staff-byline",
        by("By Amandala Staff", cls="byline", credit=False),
        note="the paper's own staff byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        BZ1,
        WEED,
        "mid-told-7news",
        keep=(
            "The area representative told 7News that the ministry would send a second tractor to the peninsula next week.",
        ),
        note="a television newsroom named as the one a source spoke to, on a site where another page credits News 5",
    ),
    nul(
        "negative_caption",
        "en",
        BZ4,
        WEED,
        "caption-village-council",
        figure(
            "Seaweed piled in front of beach cabanas on Tuesday. (Photo courtesy Placencia Village Council)"
        ),
    ),
    nul(
        "no_credit",
        "en",
        BZ2,
        WEED,
        "staff-byline",
        bysite("Stann Creek Daily Staff"),
    ),
    # ======================= English: a bridge on the M1 washed away (northern Malawi) =======================
    case(
        "in_table",
        "en",
        MW4,
        BRIDGE,
        "BBC",
        ["BBC", "BBC News", "BBC Africa", "bbc.co.uk", "bbc.com"],
        "source-bbc-africa",
        tail("Source: BBC Africa", tag="strong"),
        note="the BBC's Africa service, answered as the BBC",
    ),
    case(
        "out_of_table",
        "en",
        MW1,
        BRIDGE,
        "Nyasa Times",
        ["Nyasa Times", "nyasatimes.com"],
        "jnews-source-nyasa-times",
        jnews_field(
            "Source:",
            "Nyasa Times",
            "https://www.nyasatimes.com/m1-bridge-washed-away-north-of-mzuzu/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        MW2,
        BRIDGE,
        "The Nation (Malawi)",
        ["The Nation (Malawi)", "Nation Online", "mwnation.com", "Nation Publications"],
        "tagdiv-source-nation-online",
        td_source(
            "SOURCE",
            "Nation Online",
            "https://mwnation.com/floods-wash-away-m1-bridge-cutting-off-karonga/",
        ),
        note="unsure: the Blantyre daily's site, outside the table; neither Nation Africa (the Kenyan group) nor the American magazine, so the bare 'The Nation' is not accepted",
    ),
    case(
        "out_of_table",
        "en",
        MW4,
        BRIDGE,
        "Malawi News Agency",
        ["Malawi News Agency", "MANA", "manaonline.gov.mw"],
        "source-mana",
        tail("Source: Malawi News Agency (MANA)"),
        note="unsure: the state agency, outside the table, filed out_of_table as the earlier sets file such agencies",
    ),
    wire(
        "en",
        MW1,
        BRIDGE,
        "Reuters",
        RTR,
        "reuters-dateline-signoff",
        dateline("BLANTYRE, March 12 (Reuters) -"),
        note_line("(Reporting by Frank Phiri; Editing by Aaron Ross)", cls="reuters-signoff"),
        note="Reuters copy: the dateline kept, the reporting and editing line a credit line",
    ),
    wire(
        "en",
        MW2,
        BRIDGE,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-enditem",
        dateline("LILONGWE, March 12 (Xinhua) --"),
        tail("Enditem"),
        note="Xinhua copy: the dateline kept, 'Enditem' a credit line",
    ),
    own(
        "en",
        OWN_NAT,
        BRIDGE,
        "own-byline",
        by("By Tiyamike Chirwa", cls="byline", credit=False),
        note="the paper's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        MW4,
        BRIDGE,
        "mid-told-zodiak",
        keep=(
            "A Roads Authority spokesperson told Zodiak Broadcasting Station that engineers would inspect two other bridges on the same stretch.",
        ),
        note="a private broadcaster named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "en",
        MW3,
        BRIDGE,
        "caption-roads-authority",
        figure("What is left of the bridge north of Mzuzu on Monday. (Photo: Roads Authority)"),
    ),
    nul(
        "no_credit",
        "en",
        MW2,
        BRIDGE,
        "reporter-byline",
        bysite("Nyika Post 24 Reporter"),
        note="on a site where other pages credit Nation Online and run Xinhua copy",
    ),
    # ======================= Spanish: snow cuts the Carretera Austral (Aysén, Chile) =======================
    case(
        "in_table",
        "es",
        ES2,
        ES,
        "Infobae",
        ["Infobae", "infobae.com"],
        "fuente-infobae",
        tail("Fuente: Infobae", tag="em"),
    ),
    case(
        "out_of_table",
        "es",
        ES1,
        ES,
        "El Divisadero",
        ["El Divisadero", "Diario El Divisadero", "eldivisadero.cl"],
        "jnews-fuente-el-divisadero",
        jnews_field(
            "Fuente:",
            "El Divisadero",
            "https://www.eldivisadero.cl/noticia-95123",
        ),
        note="the Coyhaique daily, outside the table",
    ),
    case(
        "out_of_table",
        "es",
        ES3,
        ES,
        "Radio Santa María",
        ["Radio Santa María", "Radio Santa Maria", "radiosantamaria.cl"],
        "blogger-fuente-radio-santa-maria",
        blogger_div(
            "Fuente:",
            "Radio Santa María",
            "https://www.radiosantamaria.cl/2026/03/12/nevazon-corta-carretera-austral/",
        ),
        note="a village blog pasting the regional radio's story",
    ),
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        EFE,
        "efe-dateline-initials",
        dateline("Coyhaique (Chile), 12 mar (EFE).-"),
        note_line("EFE ms/pddp", cls="efe-firma"),
        note="EFE copy: the dateline kept, the closing signature with the editors' initials a credit line",
    ),
    wire(
        "es",
        ES3,
        ES,
        "AFP",
        AFP,
        "blogger-fuente-afp",
        tail("Fuente: AFP"),
    ),
    own(
        "es",
        OWN_DA,
        ES,
        "own-desk-byline",
        by("Por Redacción El Diario de Aysén", cls="byline", credit=False),
        note="the paper's own desk byline on its own site",
    ),
    nul(
        "negative_mention",
        "es",
        ES2,
        ES,
        "mid-en-conversacion-con-radio-santa-maria",
        keep=(
            "En conversación con Radio Santa María, el seremi de Obras Públicas dijo que el paso quedaría habilitado el jueves.",
        ),
        note="an outlet another site's page credits, named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "es",
        ES1,
        ES,
        "caption-vialidad",
        figure(
            "Máquinas despejan la ruta en el sector del cerro Castillo. Foto: Dirección de Vialidad Aysén"
        ),
    ),
    # ======================= Arabic: wadis in flood in Dhofar (Oman) =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Al Arabiya",
        ["Al Arabiya", "العربية", "العربية نت", "alarabiya.net"],
        "masdar-alarabiya-net",
        tail("المصدر: العربية نت", tag="strong"),
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "جريدة عمان",
        ["جريدة عمان", "Oman Daily", "omandaily.om"],
        "masdar-jaridat-oman",
        tail("المصدر: جريدة عمان"),
        note="the Muscat daily, outside the table",
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "وكالة الأنباء العمانية",
        ["وكالة الأنباء العمانية", "Oman News Agency", "العمانية", "العُمانية", "omannews.gov.om"],
        "ona-dateline-masdar",
        dateline("صلالة في 12 مارس /العُمانية/"),
        tail("المصدر: وكالة الأنباء العُمانية"),
        note="unsure: Oman's national agency, outside the table, filed out_of_table as the earlier sets file such agencies; its dateline kept",
    ),
    wire(
        "ar",
        AR2,
        AR,
        "Reuters",
        [*RTR, "رويترز"],
        "reuters-dateline-signoff",
        dateline("مسقط (رويترز) -"),
        note_line("(إعداد سامي العبري للنشرة العربية - تحرير هالة الشامي)", cls="reuters-signoff"),
        note="Reuters' Arabic service: the dateline kept, the preparing and editing line a credit line",
    ),
    wire(
        "ar",
        AR1,
        AR,
        "dpa",
        [*DPA, "د ب أ"],
        "dpa-closing-tag",
        tail("(د ب أ)"),
        note="dpa's Arabic service: the closing tag a credit line",
    ),
    own(
        "ar",
        OWN_OD,
        AR,
        "own-byline",
        by("صلالة - سالم بن علي الكثيري", cls="byline", credit=False),
        note="the paper's own correspondent on its own site",
    ),
    nul(
        "negative_mention",
        "ar",
        AR2,
        AR,
        "mid-tasrih-alwisal",
        keep=(
            "وقال مدير إدارة الطرق في تصريح لإذاعة الوصال إن فرق الصيانة ستعيد فتح الطريق فور انحسار المياه.",
        ),
        note="a private radio station named as the one a source spoke to, on a site that runs Reuters copy",
    ),
    nul(
        "negative_caption",
        "ar",
        AR2,
        AR,
        "caption-civil-defence",
        figure("مياه الأمطار تجري في أحد الأودية بولاية طاقة (تصوير: هيئة الدفاع المدني والإسعاف)"),
    ),
    # ======================= Japanese: late snow on the Sanriku coast (Iwate) =======================
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "ＮＨＫ盛岡", "NHK盛岡", "NHK盛岡放送局", "日本放送協会"],
        "inyomoto-nhk-morioka",
        tail("引用元：ＮＨＫ盛岡"),
        note="NHK's Morioka station, answered as NHK",
    ),
    case(
        "out_of_table",
        "ja",
        JA1,
        JA,
        "岩手日報",
        ["岩手日報", "Iwate Nippo", "iwate-np.co.jp"],
        "teikyo-iwate-nippo",
        tail("提供：岩手日報"),
        note="the prefecture's paper, outside the table",
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Jiji Press",
        JIJI,
        "aggregator-row-jiji",
        source_row("時事通信", "3/12(木) 10:15"),
        note="a Yahoo!ニュース-style portal's source row naming the agency",
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        KYODO,
        "kyodo-byline-dateline",
        by("共同通信社", cls="byline"),
        dateline("【盛岡共同】"),
        note="Kyodo copy: the dateline kept, the byline a credit line",
    ),
    own(
        "ja",
        OWN_IN,
        JA,
        "own-reprint-notice",
        small_print("記事・写真の無断転載を禁じます。岩手日報社"),
        note="the paper's own reprint notice on its own site",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-ibc-shuzai",
        keep=("大槌町の担当者はＩＢＣ岩手放送の取材に対し、除雪を優先する路線を見直すと話した。",),
        note="a broadcaster named as the one a source spoke to, on a site where another page credits 岩手日報",
    ),
    nul(
        "negative_caption",
        "ja",
        JA2,
        JA,
        "caption-ken-teikyo",
        figure("国道４５号で立ち往生した車列（岩手県提供）"),
    ),
    # ======================= German: a storm in the Oberallgäu =======================
    case(
        "in_table",
        "de",
        DE3,
        DE,
        "Süddeutsche Zeitung",
        ["Süddeutsche Zeitung", "SZ", "Süddeutsche", "sueddeutsche.de"],
        "quelle-sueddeutsche",
        tail("Quelle: Süddeutsche Zeitung", tag="em"),
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "BR24",
        ["BR24", "Bayerischer Rundfunk", "br.de"],
        "quelle-br24",
        tail("Quelle: BR24"),
        note="the Bavarian public broadcaster's news site, outside the table",
    ),
    wire(
        "de",
        DE1,
        DE,
        "dpa",
        DPA,
        "dpa-dateline-infocom",
        dateline("Oberstdorf (dpa/lby) -"),
        small_print("© dpa-infocom, dpa:260312-930-412077/1"),
        note="dpa's Bavarian service: the dateline kept, the infocom line a credit line",
    ),
    wire(
        "de",
        DE3,
        DE,
        "dpa",
        DPA,
        "quelle-dpa",
        tail("Quelle: dpa"),
    ),
    own(
        "de",
        OWN_AZ,
        DE,
        "own-byline",
        by("Von Michael Kienle", cls="byline", credit=False),
        note="the paper's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "de",
        DE2,
        DE,
        "mid-gegenueber-br",
        keep=(
            "Gegenüber dem Bayerischen Rundfunk sagte der Kreisbrandrat, die Einsatzkräfte seien bis an ihre Grenzen gegangen.",
        ),
        note="an outlet another page of the same site credits, named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "de",
        DE1,
        DE,
        "caption-feuerwehr",
        figure("Umgestürzte Fichten auf der Bahnstrecke bei Fischen. Foto: Feuerwehr Sonthofen"),
        note="on a site that runs dpa copy on another page",
    ),
    # ======================= French: a storm in Finistère =======================
    case(
        "in_table",
        "fr",
        FR1,
        FR,
        "Ouest-France",
        ["Ouest-France", "Ouest France", "ouest-france.fr"],
        "source-ouest-france",
        tail("Source : Ouest-France", tag="em"),
    ),
    case(
        "out_of_table",
        "fr",
        FR2,
        FR,
        "Le Télégramme",
        ["Le Télégramme", "Le Telegramme", "letelegramme.fr"],
        "jnews-source-telegramme",
        jnews_field(
            "Source :",
            "Le Télégramme",
            "https://www.letelegramme.fr/finistere/douarnenez-29100/tempete-45-000-foyers-prives-delectricite-6712345.php",
        ),
        note="the Morlaix daily, outside the table",
    ),
    wire(
        "fr",
        FR1,
        FR,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Quimper (AFP) -"),
        note_line("mas-gvy/tes/swi", cls="afp-slug"),
        note="AFP copy: the dateline kept, the desk slug a credit line",
    ),
    wire(
        "fr",
        FR2,
        FR,
        "AFP",
        AFP,
        "avec-afp",
        tail("(Avec AFP)", tag="em"),
        note="'Avec AFP' closing the item: agency copy",
    ),
    own(
        "fr",
        OWN_LP,
        FR,
        "own-byline",
        by("Par Ronan Le Floc'h", cls="byline", credit=False),
        note="the Carhaix weekly's own correspondent on its own site",
    ),
    nul(
        "negative_mention",
        "fr",
        FR1,
        FR,
        "mid-interrogee-par-france-bleu",
        keep=(
            "Interrogée par France Bleu Breizh Izel, la maire de Douarnenez a réclamé un plan de protection des quais.",
        ),
        note="a local radio named as the one a source spoke to, on a site where another page credits Ouest-France",
    ),
    nul(
        "negative_caption",
        "fr",
        FR2,
        FR,
        "caption-sdis",
        figure("Un arbre couché sur la route de la pointe du Raz, jeudi matin. (Photo : SDIS 29)"),
    ),
    # ======================= Portuguese: the Jari in flood (Amapá) =======================
    case(
        "in_table",
        "pt",
        PT1,
        PT,
        "O Globo",
        ["O Globo", "g1", "G1", "g1 Amapá", "globo.com"],
        "tagdiv-fonte-g1",
        td_source(
            "FONTE",
            "g1 Amapá",
            "https://g1.globo.com/ap/amapa/noticia/2026/03/12/cheia-do-rio-jari-laranjal.ghtml",
        ),
        note="unsure: Globo's news portal, answered as O Globo as the table files it",
    ),
    case(
        "out_of_table",
        "pt",
        PT2,
        PT,
        "Diário do Amapá",
        ["Diário do Amapá", "Diario do Amapa", "diariodoamapa.com.br"],
        "fonte-diario-do-amapa",
        tail("Fonte: Diário do Amapá", tag="strong"),
        note="the Macapá daily, outside the table",
    ),
    case(
        "out_of_table",
        "pt",
        PT3,
        PT,
        "SelesNafes.com",
        ["SelesNafes.com", "Seles Nafes", "selesnafes.com"],
        "blogger-fonte-selesnafes",
        blogger_div(
            "Fonte:",
            "SelesNafes.com",
            "https://selesnafes.com/2026/03/cheia-do-jari-deixa-bairros-alagados/",
        ),
        note="a town blog pasting the state's news site",
    ),
    wire(
        "pt",
        PT2,
        PT,
        "Agência Brasil",
        ["Agência Brasil", "Agencia Brasil", "ABr"],
        "com-informacoes-agencia-brasil",
        tail("Com informações da Agência Brasil", tag="em"),
    ),
    own(
        "pt",
        OWN_DAP,
        PT,
        "own-desk-byline",
        by("Da Redação", cls="byline", credit=False),
        note="the paper's own desk byline on its own site",
    ),
    nul(
        "negative_mention",
        "pt",
        PT2,
        PT,
        "mid-entrevista-rede-amazonica",
        keep=(
            "Em entrevista à Rede Amazônica, o coordenador da Defesa Civil disse que o abrigo da escola estadual já está lotado.",
        ),
        note="a broadcaster named as the one a source spoke to, on a site where another page credits Diário do Amapá",
    ),
    nul(
        "negative_caption",
        "pt",
        PT1,
        PT,
        "caption-defesa-civil",
        figure(
            "Moradores usam canoas no bairro Agreste. Foto: Defesa Civil de Laranjal do Jari/Divulgação"
        ),
    ),
    # ======================= Russian: avalanche danger in the Khibiny (Murmansk oblast) =======================
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Мурманский вестник",
        ["Мурманский вестник", "«Мурманский вестник»", "Murmansky Vestnik", "mvestnik.ru"],
        "istochnik-murmansky-vestnik",
        tail("Источник: «Мурманский вестник»", tag="em"),
        note="the regional newspaper, outside the table",
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "СеверПост",
        ["СеверПост", "SeverPost", "severpost.ru"],
        "bitrix-istochnik-severpost",
        tail("Источник: СеверПост"),
        note="a Murmansk news site, outside the table",
    ),
    wire(
        "ru",
        RU1,
        RU,
        "TASS",
        TASS,
        "tass-dateline-po-informacii",
        dateline("МУРМАНСК, 12 марта. /ТАСС/."),
        tail("По информации ТАСС.", tag="em"),
        note="TASS copy: the dateline kept, the closing line a credit line",
    ),
    wire(
        "ru",
        RU2,
        RU,
        "Interfax",
        ["Interfax", "Интерфакс", "interfax.ru"],
        "istochnik-interfax",
        tail("Источник: «Интерфакс»"),
    ),
    own(
        "ru",
        OWN_MV,
        RU,
        "own-byline",
        by("Ольга Полякова", cls="byline", credit=False),
        note="the paper's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "ru",
        RU2,
        RU,
        "mid-v-efire-gtrk-murman",
        keep=(
            "В эфире ГТРК «Мурман» глава Кировска пообещал, что вывоз снега с улиц продолжится круглосуточно.",
        ),
        note="on a site that runs Interfax copy on another page",
    ),
    nul(
        "negative_caption",
        "ru",
        RU1,
        RU,
        "caption-lavinny-centr",
        figure(
            "Склон над дорогой к руднику после принудительного спуска лавины. Фото: Центр лавинной безопасности"
        ),
    ),
    # ======================= Chinese: a rainstorm in Rongjiang (Guizhou) =======================
    case(
        "in_table",
        "zh",
        ZH1,
        ZH,
        "People's Daily",
        ["People's Daily", "人民网", "人民日报", "Peoples Daily"],
        "cn-source-renminwang",
        cn_source("人民网", "杨光"),
        note="the county portal's info bar",
    ),
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "China Daily",
        ["China Daily", "中国日报网", "中国日报", "chinadaily.com.cn"],
        "cn-source-chinadaily",
        cn_source("中国日报网", "吴晓梅"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH2,
        ZH,
        "多彩贵州网",
        ["多彩贵州网", "gog.cn"],
        "tail-laiyuan-duocai-guizhou",
        tail("来源：多彩贵州网"),
        note="the provincial news site, outside the table",
    ),
    case(
        "out_of_table",
        "zh",
        ZH1,
        ZH,
        "贵州日报",
        ["贵州日报", "贵州日报天眼新闻", "天眼新闻", "gzrb.gog.cn"],
        "cn-source-tianyan",
        cn_source("贵州日报天眼新闻", "龙丽"),
        note="the provincial party paper's news app, outside the table",
    ),
    wire(
        "zh",
        ZH1,
        ZH,
        "Xinhua",
        XINHUA,
        "cn-source-xinhua-dateline",
        cn_source("新华社", "刘勤"),
        dateline("新华社贵阳3月12日电（记者 刘勤）"),
        note="Xinhua copy: the info bar's source a credit line, the dateline kept",
    ),
    nul(
        "negative_mention",
        "zh",
        ZH2,
        ZH,
        "mid-jieshou-guizhou-tv",
        keep=("榕江县应急管理局负责人在接受贵州广播电视台记者采访时表示，安置点物资充足。",),
        note="on a site where other pages credit China Daily and 多彩贵州网",
    ),
    nul(
        "negative_caption",
        "zh",
        ZH1,
        ZH,
        "caption-yingji-tigong",
        figure("被淹的古州镇街道。（图片由榕江县应急管理局提供）"),
    ),
    # ======================= Italian: a landslide in Carnia (Friuli) =======================
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "Corriere della Sera",
        ["Corriere della Sera", "Corriere", "corriere.it"],
        "fonte-corriere",
        tail("Fonte: Corriere della Sera", tag="em"),
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "Messaggero Veneto",
        ["Messaggero Veneto", "messaggeroveneto.it"],
        "jnews-fonte-messaggero-veneto",
        jnews_field(
            "Fonte:",
            "Messaggero Veneto",
            "https://messaggeroveneto.it/udine/cronaca/frana-sauris-isolata-strada-chiusa-1.123456",
        ),
        note="the Udine daily, outside the table",
    ),
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ANSA,
        "ansa-dateline-copyright",
        dateline("(ANSA) - SAURIS, 12 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    own(
        "it",
        OWN_MVE,
        IT,
        "own-riproduzione-riservata",
        by("di Tanja Ariis", cls="byline", credit=False),
        small_print("© RIPRODUZIONE RISERVATA"),
        note="the paper's own reporter and rights line on its own site",
    ),
    nul(
        "negative_mention",
        "it",
        IT2,
        IT,
        "mid-microfoni-telefriuli",
        keep=(
            "Ai microfoni di Telefriuli l'assessore regionale ha promesso i primi fondi per il consolidamento entro l'estate.",
        ),
        note="a local television named as the one a source spoke to, on a site where another page credits the Corriere",
    ),
    nul(
        "negative_caption",
        "it",
        IT1,
        IT,
        "caption-protezione-civile",
        figure(
            "Il fronte della frana sopra la galleria, giovedì mattina (foto Protezione civile Fvg)"
        ),
    ),
    # ======================= Korean: a rainstorm in Gapyeong (Gyeonggi) =======================
    case(
        "in_table",
        "ko",
        KO2,
        KO,
        "Korea JoongAng Daily",
        ["Korea JoongAng Daily", "중앙일보", "JoongAng Ilbo", "joongang.co.kr"],
        "chulcheo-joongang",
        tail("<출처: 중앙일보>"),
        note="the JoongAng Ilbo, which the table files under its English edition",
    ),
    case(
        "out_of_table",
        "ko",
        KO1,
        KO,
        "경기일보",
        ["경기일보", "Kyeonggi Ilbo", "kyeonggi.com"],
        "chulcheo-kyeonggi-ilbo",
        tail("<출처: 경기일보>"),
        note="the provincial daily, outside the table",
    ),
    wire(
        "ko",
        KO1,
        KO,
        "Yonhap",
        YONHAP,
        "yonhap-dateline-trailer",
        dateline("(가평=연합뉴스) 김동민 기자 ="),
        kr_copyright(YONHAP_TRAILER),
        note="the dateline kept; the trailer the credit line",
    ),
    wire(
        "ko",
        KO2,
        KO,
        "News1",
        NEWS1,
        "news1-dateline-trailer",
        dateline("(가평=뉴스1) 이상호 기자 ="),
        kr_copyright(
            "<Copyright ⓒ 뉴스1. All rights reserved. 무단 전재 및 재배포, AI학습 이용 금지.>"
        ),
    ),
    own(
        "ko",
        OWN_KG,
        KO,
        "own-kyeonggi-copyright",
        kr_copyright("<저작권자 © 경기일보, 무단 전재 및 재배포 금지>"),
        note="the paper's own copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "ko",
        KO2,
        KO,
        "mid-kbs-tonghwa",
        keep=(
            '가평군 관계자는 KBS와의 통화에서 "피해 조사가 끝나는 대로 복구비를 지원하겠다"고 말했다.',
        ),
        note="a broadcaster outside the table named as the one a source spoke to",
    ),
    # ======================= Turkish: a flash flood in Arhavi (Artvin) =======================
    case(
        "in_table",
        "tr",
        TR1,
        TR,
        "TRT World",
        ["TRT World", "TRT", "TRT Haber", "trt.net.tr"],
        "kaynak-trt-haber",
        tail("Kaynak: TRT Haber", tag="strong"),
        note="unsure: the public broadcaster's Turkish news channel, answered as TRT World, the name the table files the broadcaster under",
    ),
    case(
        "out_of_table",
        "tr",
        TR2,
        TR,
        "Sözcü",
        ["Sözcü", "Sozcu", "sozcu.com.tr"],
        "tagdiv-kaynak-sozcu",
        td_source(
            "KAYNAK",
            "Sözcü",
            "https://www.sozcu.com.tr/artvin-arhavi-sel-dereler-tasti-p123456",
        ),
    ),
    wire(
        "tr",
        TR1,
        TR,
        "Demirören Haber Ajansı",
        DHA,
        "kaynak-dha",
        tail("Kaynak: DHA"),
    ),
    wire(
        "tr",
        TR2,
        TR,
        "Anadolu Agency",
        ANADOLU,
        "kaynak-aa",
        tail("Kaynak: AA", tag="strong"),
    ),
    nul(
        "negative_mention",
        "tr",
        TR1,
        TR,
        "mid-ntv-ye-konusan",
        keep=(
            "NTV'ye konuşan Arhavi Belediye Başkanı, zararın tespiti için ekiplerin sahada olduğunu söyledi.",
        ),
        note="a broadcaster outside the table named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "tr",
        TR2,
        TR,
        "caption-fotograf-iha",
        figure("Sel sularının bastığı Arhavi çarşısı. (Fotoğraf: İHA)"),
        note="an agency photo credit on a site that runs AA copy on another page",
    ),
    # ======================= Indonesian: a flash flood in Bima (Sumbawa) =======================
    case(
        "out_of_table",
        "id",
        ID2,
        ID,
        "Kompas.com",
        ["Kompas.com", "Kompas", "kompas.com"],
        "kompas-telah-tayang",
        tail(
            'Artikel ini telah tayang di Kompas.com dengan judul "Banjir Bandang Terjang Kota Bima, Ratusan Rumah Terendam"',
            tag="em",
        ),
        note="Kompas.com's syndication line with the headline",
    ),
    case(
        "out_of_table",
        "id",
        ID1,
        ID,
        "Suara NTB",
        ["Suara NTB", "suarantb.com"],
        "sumber-suara-ntb",
        tail("Sumber: Suara NTB"),
        note="the provincial daily, outside the table",
    ),
    wire(
        "id",
        ID1,
        ID,
        "Antara",
        ANTARA,
        "antara-dateline-copyright",
        dateline("Bima (ANTARA) -"),
        small_print("Copyright © ANTARA 2026"),
    ),
    wire(
        "id",
        ID2,
        ID,
        "Antara",
        ANTARA,
        "sumber-antara",
        tail("Sumber: ANTARA", tag="strong"),
    ),
    nul(
        "negative_mention",
        "id",
        ID2,
        ID,
        "mid-dikonfirmasi-lombok-post",
        keep=(
            "Saat dikonfirmasi Lombok Post, Kepala Pelaksana BPBD mengatakan tim masih mendata kerusakan di tiga kecamatan.",
        ),
        note="a provincial paper named as the one a source spoke to, on a site that runs Antara copy",
    ),
    nul(
        "negative_caption",
        "id",
        ID1,
        ID,
        "caption-bpbd",
        figure(
            "Petugas mengevakuasi warga dengan perahu karet di Kelurahan Paruga. (FOTO: BPBD Kota Bima)"
        ),
    ),
    # ======================= Hindi: a cloudburst in Kullu (Himachal Pradesh) =======================
    case(
        "in_table",
        "hi",
        HI2,
        HI,
        "Dainik Jagran",
        ["Dainik Jagran", "दैनिक जागरण", "jagran.com"],
        "sabhar-dainik-jagran",
        tail("साभार: दैनिक जागरण"),
    ),
    case(
        "out_of_table",
        "hi",
        HI1,
        HI,
        "दिव्य हिमाचल",
        ["दिव्य हिमाचल", "Divya Himachal", "divyahimachal.com"],
        "srot-divya-himachal",
        tail("स्रोत: दिव्य हिमाचल", tag="strong"),
        note="the state's Hindi daily, outside the table",
    ),
    wire(
        "hi",
        HI1,
        HI,
        "IANS",
        IANS,
        "ians-closing-codes",
        tail("--आईएएनएस"),
        note_line("एसजीके/एबीएम", cls="ians-codes"),
        note="IANS' Hindi service: the closing tag and the desk initials",
    ),
    wire(
        "hi",
        HI2,
        HI,
        "Press Trust of India",
        PTI,
        "input-bhasha",
        tail("(इनपुट: भाषा)", tag="em"),
        note="'इनपुट: भाषा' closing the item: PTI's Hindi service",
    ),
    own(
        "hi",
        OWN_DH,
        HI,
        "own-bureau-byline",
        by("दिव्य हिमाचल ब्यूरो, कुल्लू", cls="byline", credit=False),
        note="the paper's own bureau byline on its own site",
    ),
    nul(
        "negative_mention",
        "hi",
        HI2,
        HI,
        "mid-amar-ujala-baatcheet",
        keep=(
            "अमर उजाला से बातचीत में उपायुक्त ने कहा कि प्रभावित परिवारों को फौरी राहत राशि दी जा रही है।",
        ),
        note="an outlet in the table named as the one a source spoke to",
    ),
]
