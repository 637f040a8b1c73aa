# ruff: noqa: E501, RUF001
"""Sites and cases of the twenty-fourth blind set (cases_2026-12-26.jsonl).

Written from newsroom conventions without reading the attribution code. A sixteenth independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. About 45% English, from seven English-speaking regions none of the
earlier sets' stories were set in (New Mexico, Pembrokeshire, Galway, New Brunswick, Far North
Queensland, Guyana, western Uganda), on the sites such a crawler reads there (local papers and
portals, a TV station, community radio, trade sites, community blogs, a partner portal and a Google
News-style aggregator, a States Newsroom outlet's copy, regional papers' own pages), and the rest in
twelve other languages weighted by the news the web carries in them (Spanish from Uruguay's Rocha,
French from Valais, German from Vorarlberg, Portuguese from the Azores, Russian from Vologda,
Japanese from Hiroshima, Chinese in simplified characters from Gansu, Arabic from Morocco's Souss,
Italian from Salento, Polish from Masuria, Dutch from Groningen, Vietnamese from Huế). Each page's
convention is drawn about as often as such a crawler meets it, whether or not an earlier set used
it, and a credited page carries every line that credits its original where real pages do. No new
template: the earlier ones (`chrome3`-`chrome12`) render these CMSs.

Cases the writer was unsure of (marked before any run; each `note` says why): "ABC News | 2h" on
an aggregator for a Queensland story, answered as ABC Australia; "Fuente: El País (Uruguay)",
filed `out_of_table` (the table's El País is the Spanish paper); the Caribbean Media Corporation
and the Uganda Radio Network, agencies outside the table, filed `out_of_table`; the Maghreb Arabe
Presse (MAP), outside the table, filed `out_of_table`; "Source: Nation Africa" for a Ugandan story
(the Daily Monitor, the group's Ugandan title, is outside the table).
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from cases6 import blogger_div, by, bysite, nul, own, wire
from cases8 import AFP, AP, AP_TRAILER, RTR, provider, source_row, td_source
from cases9 import jnews_field
from cases11 import note_line, small_print
from cases13 import states_footer
from cases15 import cn_source
from cases22 import use_local_lists22
from chrome8 import site_registry
from model3 import Case3, Site3, case, dateline, figure, tail

SITES24: dict[str, Site3] = {}

_s = site_registry(SITES24)
use_local_lists24 = use_local_lists22  # the languages of this set all have their lists there


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
EN_PT = _s("newscoveportal.com", "NewsCove", "partner")
EN_AG = _s("feedlantern.app", "FeedLantern", "aggregator", "feedlantern.app")
# New Mexico
NM1 = _s("ruidosomountainnews.com", "Ruidoso Mountain News", "localportal")
NM2 = _s("kxnm7.com", "KXNM 7", "arc")
NM3 = blog("lincolncountyneighbors.blogspot.com", "Lincoln County Neighbors")
NM4 = _s("otero-lincoln-ledger.com", "Otero-Lincoln Ledger", "blox")
OWN_ABQ = _s("abqjournal.com", "Albuquerque Journal", "wp")
# Pembrokeshire
PE1 = _s("pembrokeshirenow24.co.uk", "Pembrokeshire Now 24", "localportal")
PE2 = _s("havenwaterwaysnews.co.uk", "Haven Waterways News", "wp")
PE3 = blog("neylandcommunity.blogspot.com", "Neyland Community")
OWN_WT = _s("westerntelegraph.co.uk", "Western Telegraph", "localportal")
# Galway
GA1 = _s("galwaybaydaily.ie", "Galway Bay Daily", "wp")
GA2 = _s("connemararadio24.ie", "Connemara Radio 24", "wp")
GA3 = _s("westofirelandbusiness.ie", "West of Ireland Business", "jnews")
OWN_CT = _s("connachttribune.ie", "Connacht Tribune", "regional")
# New Brunswick
NB1 = _s("miramichinow24.ca", "Miramichi Now 24", "localportal")
NB2 = _s("nbriverradio.ca", "NB River Radio", "wp")
NB3 = _s("atlanticwoodlot.ca", "Atlantic Woodlot", "jnews")
OWN_TJ = _s("tj.news", "Telegraph-Journal", "arc")
# Far North Queensland
QL1 = _s("cairnsdailybrief.com.au", "Cairns Daily Brief", "wp")
QL2 = _s("tablelandstoday24.com.au", "Tablelands Today 24", "jannah")
QL3 = _s("northqldtourismwire.com.au", "North Qld Tourism Wire", "tagdiv")
QL4 = blog("kurandavillagevoice.blogspot.com", "Kuranda Village Voice")
OWN_CP = _s("cairnspost.com.au", "The Cairns Post", "nextjs")
# Guyana
GY1 = _s("demeraracoast24.com", "Demerara Coast 24", "jannah")
GY2 = _s("guyanafarmersdigest.com", "Guyana Farmers Digest", "tagdiv")
GY3 = blog("mahaicavillagenews.blogspot.com", "Mahaica Village News")
OWN_SN = _s("stabroeknews.com", "Stabroek News", "wp")
# western Uganda
UG1 = _s("rwenzorinews24.co.ug", "Rwenzori News 24", "jnews")
UG2 = _s("kaseseupdate.com", "Kasese Update", "wp")
UG3 = _s("ugandabusinesspulse.co.ug", "Uganda Business Pulse", "tagdiv")
OWN_MON = _s("monitor.co.ug", "Monitor", "arc")
# Spanish (Rocha, Uruguay)
ES1 = _s("rocha-aldia24.com.uy", "Rocha al Día 24", "jnews")
ES2 = _s("lapaloma-informa.com", "La Paloma Informa", "wpblock")
ES3 = blog("barradevalizas-noticias.blogspot.com", "Noticias de Valizas")
OWN_MVD = _s("montevideo.com.uy", "Montevideo Portal", "regional")
# French (Valais)
FR1 = _s("sierre-infos.ch", "Sierre Infos", "wp")
FR2 = _s("valais-actu24.ch", "Valais Actu 24", "jnews")
OWN_NF = _s("lenouvelliste.ch", "Le Nouvelliste", "regional")
# German (Vorarlberg)
DE1 = _s("montafon-aktuell24.at", "Montafon aktuell 24", "typo3")
DE2 = _s("vorarlberg-ticker.at", "Vorarlberg-Ticker", "nextjs")
DE3 = _s("laendle-news24.at", "Ländle News 24", "wp")
OWN_VOL = _s("vol.at", "VOL.AT", "regional")
# Portuguese (Azores)
PT1 = _s("velas-noticias24.pt", "Velas Notícias 24", "tagdiv")
PT2 = _s("ilhas-acores-hoje.pt", "Ilhas Açores Hoje", "wpblock")
PT3 = blog("rosais-sjorge.blogspot.com", "Rosais, São Jorge")
OWN_AO = _s("acorianooriental.pt", "Açoriano Oriental", "arc")
# Russian (Vologda)
RU1 = _s("ustyug-vesti.ru", "Устюг Вести", "wp")
RU2 = _s("vologda-segodnya24.ru", "Вологда Сегодня 24", "bitrix")
# Japanese (Hiroshima)
JA1 = _s("onomichi-news24.jp", "尾道ニュース24", "jpnews")
JA2 = _s(
    "hiroshima-news-matome.net", "広島ニュースまとめ", "aggregator", "hiroshima-news-matome.net"
)
OWN_CHU = _s("chugoku-np.co.jp", "中国新聞デジタル", "jpnews")
# Chinese, simplified characters (Gansu)
ZH1 = _s("dongxiang-rongmei.cn", "东乡融媒", "cncms")
ZH2 = _s("longyuan-kuaibao.com", "陇原快报", "cncms")
# Arabic (Souss, Morocco)
AR1 = _s("agadir-alyawm.com", "أكادير اليوم", "jannah")
AR2 = _s("souss-alyawm24.com", "سوس اليوم 24", "wpblock")
# Italian (Salento)
IT1 = _s("salento-notizie24.it", "Salento Notizie 24", "jnews")
IT2 = _s("arneo-oggi24.it", "Arneo Oggi", "wp")
OWN_QP = _s("quotidianodipuglia.it", "Quotidiano di Puglia", "nextjs")
# Polish (Masuria)
PL1 = _s("mazury-info24.pl", "Mazury Info 24", "wp")
PL2 = _s("gizycko-info24.pl", "Giżycko Info 24", "nextjs")
OWN_GO = _s("gazetaolsztynska.pl", "Gazeta Olsztyńska", "regional")
# Dutch (Groningen)
NL1 = _s("loppersum-nieuws24.nl", "Loppersum Nieuws 24", "wp")
NL2 = _s("ommeland-actueel.nl", "Ommeland Actueel", "wpblock")
OWN_DVHN = _s("dvhn.nl", "Dagblad van het Noorden", "nextjs")
# Vietnamese (Huế)
VI1 = _s("songhuong-news24.vn", "Sông Hương News 24", "wp")
VI2 = _s("hue-24h.com.vn", "Huế 24h", "regional")
OWN_BTH = _s("baothuathienhue.vn", "Báo Thừa Thiên Huế", "regional")

FLOOD, BRIDGE, TIDE, ICE, SLIP, WALL, RIVER = (
    "burnscar",
    "cleddau",
    "salthill",
    "icejam",
    "kuranda",
    "seawall",
    "nyamwamba",
)
ES, FR, DE, PT, RU, JA, ZH = (
    "lapaloma",
    "anniviers",
    "montafon",
    "saojorge",
    "ustyug",
    "kaki",
    "bingbao",
)
AR, IT, PL, NL, VI = "inezgane", "cesareo", "gizycko", "loppersum", "hue"

PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP"]
AAP = ["Australian Associated Press", "AAP", "aap.com.au"]
ABC_AU = [
    "ABC Australia",
    "ABC",
    "ABC News",
    "ABC Far North",
    "Australian Broadcasting Corporation",
    "abc.net.au",
]
XINHUA = ["Xinhua", "Xinhua News Agency", "新华社", "新华网", "xinhuanet.com"]
LUSA = ["Agência Lusa", "Lusa", "Agencia Lusa", "lusa.pt"]
KEYSTONE = ["Keystone-SDA", "Keystone-ATS", "ATS", "SDA"]
APA = ["APA", "Austria Presse Agentur", "APA-Austria Presse Agentur"]
TASS = ["TASS", "ТАСС", "ITAR-TASS", "tass.ru"]
KYODO = ["Kyodo News", "Kyodo", "共同通信", "共同通信社"]
PAP = ["Polish Press Agency", "PAP", "Polska Agencja Prasowa"]
ANP = ["ANP", "Algemeen Nederlands Persbureau"]
VNA = ["Vietnam News Agency", "TTXVN", "VNA", "Thông tấn xã Việt Nam", "Vietnamplus", "VietnamPlus"]
EFE = ["EFE", "Agencia EFE"]
ANSA = ["ANSA", "Agenzia ANSA"]
AGI = ["AGI", "Agenzia Italia"]

CASES24: list[Case3] = [
    # ======================= English: a flash flood off a burn scar (New Mexico) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        FLOOD,
        "ABC News",
        ["ABC News", "ABC", "abcnews.go.com"],
        "partner-provided-by-abc-news",
        provider("ABC News", "Marisol Vigil"),
        note="an MSN-style partner portal's provider strip: the portal only distributes; the American ABC News",
    ),
    case(
        "in_table",
        "en",
        NM1,
        FLOOD,
        "The New York Times",
        ["The New York Times", "New York Times", "NYT", "nytimes.com"],
        "originally-appeared-nyt",
        tail("This article originally appeared in The New York Times.", tag="em"),
        note="a local portal running a story from the Times' news service",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        FLOOD,
        "CNN",
        ["CNN", "cnn.com"],
        "aggregator-source-row-cnn",
        source_row("CNN", "4h"),
        note="an aggregator's source row",
    ),
    case(
        "out_of_table",
        "en",
        NM4,
        FLOOD,
        "Source NM",
        ["Source NM", "Source New Mexico", "sourcenm.com"],
        "states-newsroom-byline-footer",
        by("By Adriana Montoya, Source NM", cls="tnt-byline"),
        states_footer("Source NM", "Marisa Delgado", "info@sourcenm.com"),
        note="a States Newsroom outlet's story on a BLOX paper: its byline and the footer it asks republishers to paste (States Newsroom, the network, is not the answer)",
    ),
    case(
        "out_of_table",
        "en",
        NM3,
        FLOOD,
        "Ruidoso News",
        ["Ruidoso News", "The Ruidoso News", "ruidosonews.com"],
        "blogger-source-ruidoso-news",
        blogger_div(
            "Source:",
            "Ruidoso News",
            "https://www.ruidosonews.com/story/news/local/2026/03/12/flash-flood-burn-scar-us-70-closed/",
        ),
        note="a county blog pasting the local paper's story",
    ),
    wire(
        "en",
        NM2,
        FLOOD,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By MORGAN LEYBA Associated Press", cls="byline"),
        dateline("RUIDOSO, N.M. (AP) —"),
        small_print(AP_TRAILER),
        note="a TV station running AP copy: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        EN_AG,
        FLOOD,
        "Associated Press",
        AP,
        "aggregator-source-row-ap",
        source_row("The Associated Press", "2h"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    own(
        "en",
        OWN_ABQ,
        FLOOD,
        "own-journal-staff-byline",
        by("BY RAMÓN QUINTANA / JOURNAL STAFF WRITER", cls="byline", credit=False),
        note="the paper's own staff byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        NM1,
        FLOOD,
        "mid-told-kob",
        keep=(
            "The village fire chief told KOB 4 that crews had checked every house along the river road by midnight.",
        ),
        note="a local TV station named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "en",
        NM2,
        FLOOD,
        "caption-village-photo",
        figure(
            "Mud covers a driveway off Gavilan Canyon Road on Tuesday evening. (Photo courtesy of the Village of Ruidoso)"
        ),
        note="a government photo credit, on a site that runs AP copy on another page",
    ),
    nul(
        "no_credit",
        "en",
        NM3,
        FLOOD,
        "blog-posted-by",
        bysite("Posted by Lincoln County Neighbors"),
    ),
    # ======================= English: the Cleddau Bridge shut (Pembrokeshire) =======================
    case(
        "in_table",
        "en",
        PE2,
        BRIDGE,
        "BBC",
        ["BBC", "BBC News", "BBC Wales", "BBC News Wales", "bbc.co.uk"],
        "source-bbc-wales",
        tail("Source: BBC Wales", tag="strong"),
        note="BBC Wales, the BBC's national region, answered as the BBC",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        BRIDGE,
        "ITV News",
        ["ITV News", "ITV", "ITV Wales", "itv.com"],
        "aggregator-source-row-itv",
        source_row("ITV News", "5h"),
    ),
    case(
        "in_table",
        "en",
        PE3,
        BRIDGE,
        "BBC",
        ["BBC", "BBC News", "bbc.co.uk"],
        "blogger-source-bbc",
        blogger_div("Source:", "BBC News", "https://www.bbc.co.uk/news/articles/c9x2kq4lm7po"),
        note="a community blog pasting a national story",
    ),
    case(
        "out_of_table",
        "en",
        PE1,
        BRIDGE,
        "Western Telegraph",
        ["Western Telegraph", "The Western Telegraph", "westerntelegraph.co.uk"],
        "first-appeared-western-telegraph",
        tail("This story first appeared in the Western Telegraph.", tag="em"),
        note="a county portal running the weekly's story",
    ),
    wire(
        "en",
        PE2,
        BRIDGE,
        "PA Media",
        [*PA, "PA Wales"],
        "pa-wales-byline",
        by("By Elin Prydderch, PA Wales", cls="byline"),
        note="a trade site running PA copy from its Welsh desk",
    ),
    own(
        "en",
        OWN_WT,
        BRIDGE,
        "own-newsletter-line",
        by("By Huw Griffiths", cls="byline", credit=False),
        tail(
            "Sign up to the Western Telegraph's free newsletter for the latest news from across Pembrokeshire."
        ),
        note="the paper's own newsletter line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        PE1,
        BRIDGE,
        "mid-speaking-to-radio-pembrokeshire",
        keep=(
            "Speaking to Radio Pembrokeshire, the council's cabinet member for highways said the bearing had shifted by several millimetres.",
        ),
        note="on a site where another page credits the Western Telegraph",
    ),
    nul(
        "negative_caption",
        "en",
        PE3,
        BRIDGE,
        "caption-council-picture",
        figure(
            "The southern span of the Cleddau Bridge on Monday. (Picture: Pembrokeshire County Council)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        PE2,
        BRIDGE,
        "caption-pa-wire",
        figure(
            "Traffic queues on the approach to Haverfordwest on Monday morning. (Photo: Dafydd Rees/PA Wire)"
        ),
        note="an agency photo credit, on a site where another page runs PA copy",
    ),
    nul(
        "no_credit",
        "en",
        PE3,
        BRIDGE,
        "blog-posted-by",
        bysite("Posted by Neyland Community"),
    ),
    # ======================= English: a spring tide floods Galway =======================
    case(
        "in_table",
        "en",
        EN_AG,
        TIDE,
        "BBC",
        ["BBC", "BBC News", "bbc.co.uk"],
        "aggregator-source-row-bbc",
        source_row("BBC News", "6h"),
    ),
    case(
        "out_of_table",
        "en",
        GA1,
        TIDE,
        "RTÉ",
        ["RTÉ", "RTÉ News", "RTE", "RTE News", "rte.ie", "Raidió Teilifís Éireann"],
        "source-rte-news",
        tail("Source: RTÉ News", tag="strong"),
        note="the Irish public broadcaster, outside the table",
    ),
    case(
        "out_of_table",
        "en",
        GA2,
        TIDE,
        "Connacht Tribune",
        ["Connacht Tribune", "The Connacht Tribune", "connachttribune.ie"],
        "courtesy-connacht-tribune",
        tail("Story courtesy of the Connacht Tribune.", tag="em"),
        note="a community radio station's site running the regional weekly's story",
    ),
    case(
        "out_of_table",
        "en",
        GA3,
        TIDE,
        "Irish Examiner",
        ["Irish Examiner", "The Irish Examiner", "irishexaminer.com"],
        "jnews-source-irish-examiner",
        jnews_field(
            "Source:",
            "Irish Examiner",
            "https://www.irishexaminer.com/news/arid-41234567.html",
        ),
        note="a business site naming its source in the theme's field",
    ),
    wire(
        "en",
        GA1,
        TIDE,
        "PA Media",
        PA,
        "pa-byline",
        by("By Cathal Donohue, PA", cls="byline"),
        note="a local site running PA copy from its Dublin desk",
    ),
    own(
        "en",
        OWN_CT,
        TIDE,
        "own-byline-copyright",
        by("By Dara Ó Cuinn", cls="byline", credit=False),
        small_print("© 2026 Connacht Tribune Ltd. All rights reserved."),
        note="the paper's own byline and copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        GA2,
        TIDE,
        "mid-speaking-on-galway-bay-fm",
        keep=(
            "Speaking on Galway Bay FM, the council's director of services said the pumps at the Fishmarket had worked as designed.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        GA3,
        TIDE,
        "mid-told-morning-ireland",
        keep=(
            "One trader told RTÉ's Morning Ireland that insurance for premises on the quays had become almost impossible to get.",
        ),
        note="on a site where another page credits the Irish Examiner",
    ),
    nul(
        "negative_caption",
        "en",
        GA1,
        TIDE,
        "caption-city-council",
        figure(
            "Water pours over the quay wall at the Spanish Arch on Sunday night. (Photo: Galway City Council)"
        ),
    ),
    nul(
        "no_credit",
        "en",
        GA3,
        TIDE,
        "desk-byline",
        bysite("West of Ireland Business Desk"),
    ),
    # ======================= English: an ice jam on the Miramichi (New Brunswick) =======================
    case(
        "in_table",
        "en",
        NB1,
        ICE,
        "CBC News",
        ["CBC News", "CBC", "CBC New Brunswick", "cbc.ca"],
        "source-cbc-news",
        tail("Source: CBC News", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        ICE,
        "CTV News",
        ["CTV News", "CTV", "CTV Atlantic", "ctvnews.ca"],
        "partner-provided-by-ctv",
        provider("CTV News", "Natalie LeBlanc"),
        note="an MSN-style partner portal's provider strip",
    ),
    case(
        "in_table",
        "en",
        NB3,
        ICE,
        "Global News",
        ["Global News", "globalnews.ca"],
        "jnews-source-global-news",
        jnews_field(
            "Source:",
            "Global News",
            "https://globalnews.ca/news/11234567/miramichi-ice-jam-flooding/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        NB2,
        ICE,
        "Miramichi Leader",
        ["Miramichi Leader", "The Miramichi Leader", "Brunswick News"],
        "originally-appeared-leader",
        tail("This story originally appeared in the Miramichi Leader.", tag="em"),
        note="a radio station's site running the local weekly's story; Brunswick News, its publisher, also accepted",
    ),
    wire(
        "en",
        NB2,
        ICE,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-trailer",
        by("The Canadian Press", cls="byline"),
        dateline("SUNNY CORNER, N.B. —"),
        tail("This report by The Canadian Press was first published March 12, 2026.", tag="em"),
        note="CP copy on a radio station's site: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        EN_AG,
        ICE,
        "The Canadian Press",
        CP,
        "aggregator-source-row-cp",
        source_row("The Canadian Press", "1h"),
    ),
    own(
        "en",
        OWN_TJ,
        ICE,
        "own-byline",
        by("By Chloé Arsenault, Telegraph-Journal", cls="byline", credit=False),
        note="the paper's own reporter byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        NB3,
        ICE,
        "mid-interview-ctv-atlantic",
        keep=(
            "In an interview with CTV Atlantic, the mayor said the village had asked the province for pumps and a second boat.",
        ),
        note="on a site where another page credits Global News",
    ),
    nul(
        "negative_caption",
        "en",
        NB1,
        ICE,
        "caption-river-watch",
        figure(
            "Ice piled against a camp on the Northwest Miramichi on Wednesday. (River Watch/Government of New Brunswick)"
        ),
        note="a government photo credit, on a site where another page credits CBC News",
    ),
    nul(
        "negative_caption",
        "en",
        NB2,
        ICE,
        "caption-cp-photo",
        figure(
            "A volunteer firefighter steers a boat along Route 425 on Wednesday. THE CANADIAN PRESS/Darren Boucher"
        ),
        note="an agency photo credit, on a site where another page runs CP copy",
    ),
    # ======================= English: a landslip on the Kuranda Range (Far North Queensland) =======================
    case(
        "in_table",
        "en",
        QL1,
        SLIP,
        "ABC Australia",
        ABC_AU,
        "source-abc-far-north",
        tail("Source: ABC Far North", tag="strong"),
        note="the ABC's Cairns local radio and newsroom, answered as ABC Australia",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        SLIP,
        "ABC Australia",
        ABC_AU,
        "aggregator-source-row-abc",
        source_row("ABC News", "2h"),
        note="unsure: an aggregator's 'ABC News' row on a Queensland story, answered as ABC Australia (the table also holds the American ABC News)",
    ),
    case(
        "in_table",
        "en",
        QL4,
        SLIP,
        "news.com.au",
        ["news.com.au", "News.com.au"],
        "blogger-source-news-com-au",
        blogger_div(
            "Source:",
            "news.com.au",
            "https://www.news.com.au/national/queensland/kuranda-range-road-closed-landslip/news-story/8f1c2a7e",
        ),
    ),
    case(
        "out_of_table",
        "en",
        QL2,
        SLIP,
        "The Cairns Post",
        ["The Cairns Post", "Cairns Post", "cairnspost.com.au"],
        "first-appeared-cairns-post",
        tail("This story first appeared in The Cairns Post.", tag="em"),
    ),
    case(
        "out_of_table",
        "en",
        QL3,
        SLIP,
        "Brisbane Times",
        ["Brisbane Times", "brisbanetimes.com.au"],
        "tagdiv-source-brisbane-times",
        td_source(
            "SOURCE",
            "Brisbane Times",
            "https://www.brisbanetimes.com.au/national/queensland/kuranda-range-road-shut-20260312-p5abcd.html",
        ),
    ),
    wire(
        "en",
        QL1,
        SLIP,
        "Australian Associated Press",
        AAP,
        "aap-byline",
        by("By Sam Whitlock, AAP", cls="byline"),
        note="'By <name>, AAP'",
    ),
    wire(
        "en",
        EN_AG,
        SLIP,
        "Australian Associated Press",
        AAP,
        "aggregator-source-row-aap",
        source_row("AAP", "45m"),
    ),
    own(
        "en",
        OWN_CP,
        SLIP,
        "own-tip-line",
        by("Grace Mullins", cls="byline", credit=False),
        tail("Got a news tip? Email the Cairns Post newsroom or message us on Facebook."),
        note="the paper's own tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        QL2,
        SLIP,
        "mid-told-abc-far-north",
        keep=(
            "A council spokeswoman told ABC Far North that the water treatment plant at Kuranda had not been affected.",
        ),
        note="an outlet in the table named as the one a source spoke to, on a site where another page credits the Cairns Post",
    ),
    nul(
        "negative_caption",
        "en",
        QL4,
        SLIP,
        "caption-tmr",
        figure(
            "Soil and trees across the range road above Smithfield on Thursday. (Image: Department of Transport and Main Roads)"
        ),
    ),
    nul(
        "no_credit",
        "en",
        QL4,
        SLIP,
        "blog-posted-by",
        bysite("Posted by Kuranda Village Voice"),
    ),
    # ======================= English: a seawall breach (Guyana) =======================
    case(
        "out_of_table",
        "en",
        GY1,
        WALL,
        "News Room Guyana",
        ["News Room Guyana", "News Room", "newsroom.gy"],
        "source-news-room",
        tail("Source: News Room Guyana", tag="strong"),
    ),
    case(
        "out_of_table",
        "en",
        GY3,
        WALL,
        "Kaieteur News",
        ["Kaieteur News", "kaieteurnewsonline.com"],
        "blogger-source-kaieteur",
        blogger_div(
            "Source:",
            "Kaieteur News",
            "https://www.kaieteurnewsonline.com/2026/03/12/seawall-breach-floods-mahaica/",
        ),
        note="a village blog pasting a national daily's story",
    ),
    case(
        "out_of_table",
        "en",
        GY2,
        WALL,
        "Demerara Waves",
        ["Demerara Waves", "Demerara Waves Online News", "demerarawaves.com"],
        "tagdiv-source-demerara-waves",
        td_source(
            "SOURCE",
            "Demerara Waves",
            "https://demerarawaves.com/2026/03/12/seawall-breach-east-coast-demerara/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        GY1,
        WALL,
        "Caribbean Media Corporation",
        ["Caribbean Media Corporation", "CMC"],
        "cmc-dateline-slug",
        dateline("GEORGETOWN, Guyana, Mar 12, CMC –"),
        note_line("CMC/sp/ir/2026", cls="story-slug"),
        note="unsure: the regional agency, outside the table, filed out_of_table as the earlier sets file such agencies; its dateline kept, its slug a credit line",
    ),
    wire(
        "en",
        GY2,
        WALL,
        "Associated Press",
        AP,
        "ap-byline-dateline",
        by("By DESMOND RAMNARINE Associated Press", cls="byline"),
        dateline("GEORGETOWN, Guyana (AP) —"),
        note="AP copy on a farming site: the byline, the dateline kept",
    ),
    own(
        "en",
        OWN_SN,
        WALL,
        "own-staff-byline",
        by("By Stabroek News", cls="byline", credit=False),
        note="the paper's own byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        GY2,
        WALL,
        "mid-interview-ncn",
        keep=(
            "In an interview with NCN, the regional chairman said the drainage authority had been warned about the cracks in January.",
        ),
        note="the state broadcaster named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "en",
        GY3,
        WALL,
        "caption-ministry-photo",
        figure("Sandbags at the breach near Mahaica on Saturday. (Ministry of Public Works photo)"),
        note="on a site where another page credits Kaieteur News",
    ),
    nul(
        "no_credit",
        "en",
        GY1,
        WALL,
        "newsroom-byline",
        bysite("Demerara Coast 24 Newsroom"),
    ),
    # ======================= English: the Nyamwamba in flood (Uganda) =======================
    case(
        "in_table",
        "en",
        UG3,
        RIVER,
        "Nation Africa",
        ["Nation Africa", "Nation", "Daily Nation", "nation.africa"],
        "tagdiv-source-nation-africa",
        td_source(
            "SOURCE",
            "Nation Africa",
            "https://nation.africa/africa/news/uganda/nyamwamba-floods-kasese-4812345",
        ),
        note="unsure: the Nation group's regional site credited for a Ugandan story (the Daily Monitor, its Ugandan title, is outside the table)",
    ),
    case(
        "out_of_table",
        "en",
        UG1,
        RIVER,
        "Daily Monitor",
        ["Daily Monitor", "Monitor", "monitor.co.ug"],
        "jnews-source-monitor",
        jnews_field(
            "Source:",
            "Daily Monitor",
            "https://www.monitor.co.ug/uganda/news/national/nyamwamba-bursts-banks-kasese-4812350",
        ),
    ),
    case(
        "out_of_table",
        "en",
        UG2,
        RIVER,
        "New Vision",
        ["New Vision", "newvision.co.ug"],
        "source-new-vision",
        tail("Source: New Vision", tag="em"),
    ),
    case(
        "out_of_table",
        "en",
        UG3,
        RIVER,
        "Uganda Radio Network",
        ["Uganda Radio Network", "URN", "ugandaradionetwork.net"],
        "source-urn",
        tail("Source: Uganda Radio Network"),
        note="unsure: the Ugandan agency, outside the table, filed out_of_table as the earlier sets file such agencies",
    ),
    wire(
        "en",
        UG2,
        RIVER,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Kasese (Uganda) (AFP) -"),
        note_line("str-ebe/kjm", cls="afp-slug"),
        note="AFP copy: the dateline kept, the desk slug a credit line",
    ),
    wire(
        "en",
        UG1,
        RIVER,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-enditem",
        dateline("KAMPALA, March 12 (Xinhua) --"),
        tail("Enditem"),
        note="Xinhua copy: the dateline kept, 'Enditem' a credit line",
    ),
    own(
        "en",
        OWN_MON,
        RIVER,
        "own-byline-copyright",
        by("By Jovan Mugisha", cls="byline", credit=False),
        small_print("© 2026 Monitor Publications Limited"),
        note="the paper's own byline and copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        UG1,
        RIVER,
        "mid-told-nbs",
        keep=(
            "The Kasese resident district commissioner told NBS Television that sand mining along the river would be suspended.",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        UG3,
        RIVER,
        "caption-red-cross",
        figure(
            "Residents wade through mud in Bulembia on Monday. (Photo: Uganda Red Cross Society)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        UG2,
        RIVER,
        "caption-xinhua-photo",
        figure(
            "A boy carries a mattress past boulders left by the river in Kasese. (Xinhua/Paul Kato)"
        ),
        note="an agency photo credit",
    ),
    # ======================= Spanish: a storm eats the coast at La Paloma (Rocha, Uruguay) =======================
    case(
        "in_table",
        "es",
        ES3,
        ES,
        "Infobae",
        ["Infobae", "infobae.com"],
        "blogger-fuente-infobae",
        blogger_div(
            "Fuente:",
            "Infobae",
            "https://www.infobae.com/america/america-latina/2026/03/12/temporal-la-paloma-rocha/",
        ),
    ),
    case(
        "out_of_table",
        "es",
        ES1,
        ES,
        "Montevideo Portal",
        ["Montevideo Portal", "montevideo.com.uy"],
        "jnews-fuente-montevideo-portal",
        jnews_field(
            "Fuente:",
            "Montevideo Portal",
            "https://www.montevideo.com.uy/Noticias/Temporal-en-La-Paloma-uc912345",
        ),
    ),
    case(
        "out_of_table",
        "es",
        ES2,
        ES,
        "El País (Uruguay)",
        ["El País (Uruguay)", "El País Uruguay", "elpais.com.uy"],
        "fuente-el-pais-uruguay",
        tail("Fuente: El País (Uruguay)", tag="em"),
        note="unsure: the Montevideo daily, outside the table; the table's El País is the Spanish paper, so its bare name is not accepted",
    ),
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        EFE,
        "efe-dateline-notice",
        dateline("La Paloma (Uruguay), 12 mar (EFE).-"),
        small_print(
            "(c) Agencia EFE. Prohibido todo uso, reproducción o distribución sin la autorización de la Agencia EFE."
        ),
        note="EFE copy: the dateline kept, its redistribution notice a credit line",
    ),
    wire(
        "es",
        ES2,
        ES,
        "EFE",
        EFE,
        "con-informacion-de-efe",
        tail("Con información de EFE.", tag="em"),
    ),
    own(
        "es",
        OWN_MVD,
        ES,
        "own-desk-byline",
        by("Montevideo Portal", cls="byline", credit=False),
        note="the portal's own desk byline on its own site",
    ),
    nul(
        "negative_mention",
        "es",
        ES2,
        ES,
        "mid-en-dialogo-con-subrayado",
        keep=(
            "En diálogo con Subrayado, el director de Obras de la Intendencia dijo que la rambla no reabrirá antes de diez días.",
        ),
        note="on a site where another page credits El País (Uruguay)",
    ),
    nul(
        "negative_caption",
        "es",
        ES3,
        ES,
        "caption-intendencia",
        figure(
            "El mar frente a la playa Anaconda, el martes de mañana. Foto: Intendencia de Rocha"
        ),
    ),
    # ======================= French: a rockfall in the Val d'Anniviers (Valais) =======================
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "Le Nouvelliste",
        ["Le Nouvelliste", "lenouvelliste.ch"],
        "source-le-nouvelliste",
        tail("Source : Le Nouvelliste", tag="em"),
    ),
    case(
        "out_of_table",
        "fr",
        FR2,
        FR,
        "RTS",
        ["RTS", "RTS Info", "Radio Télévision Suisse", "rts.ch"],
        "jnews-source-rts",
        jnews_field(
            "Source :",
            "RTS Info",
            "https://www.rts.ch/info/regions/valais/2026/article/eboulement-anniviers-29012345.html",
        ),
        note="the Swiss public broadcaster's French service, outside the table",
    ),
    wire(
        "fr",
        FR2,
        FR,
        "Keystone-SDA",
        KEYSTONE,
        "keystone-ats-byline",
        by("Keystone-ATS", cls="byline"),
        note="the Swiss agency's French service as the byline",
    ),
    wire(
        "fr",
        FR1,
        FR,
        "Keystone-SDA",
        KEYSTONE,
        "source-ats",
        tail("Source : ATS", tag="em"),
    ),
    own(
        "fr",
        OWN_NF,
        FR,
        "own-byline",
        by("Par Valentin Rossier", cls="byline", credit=False),
        note="the paper's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "fr",
        FR1,
        FR,
        "mid-interroge-par-canal9",
        keep=(
            "Interrogé par Canal9, le président de la commune a assuré que l'approvisionnement des villages était garanti.",
        ),
        note="on a site where another page credits Le Nouvelliste",
    ),
    nul(
        "negative_caption",
        "fr",
        FR2,
        FR,
        "caption-police-cantonale",
        figure(
            "Les blocs tombés sur la route entre Sierre et Vissoie, mercredi. (Photo : Police cantonale valaisanne)"
        ),
    ),
    # ======================= German: a mudslide in the Montafon (Vorarlberg) =======================
    case(
        "in_table",
        "de",
        DE3,
        DE,
        "Der Standard",
        ["Der Standard", "derStandard", "derStandard.at", "Standard"],
        "quelle-derstandard",
        tail("Quelle: derStandard.at", tag="em"),
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "ORF",
        ["ORF", "vorarlberg.ORF.at", "ORF Vorarlberg", "orf.at"],
        "quelle-orf-vorarlberg",
        tail("Quelle: vorarlberg.ORF.at"),
        note="the Austrian public broadcaster's regional site, outside the table",
    ),
    wire(
        "de",
        DE1,
        DE,
        "APA",
        APA,
        "apa-closing-tag",
        tail("(APA)"),
        note="APA copy: the closing tag a credit line",
    ),
    wire(
        "de",
        DE3,
        DE,
        "APA",
        APA,
        "apa-red-tag",
        tail("(APA/red)"),
        note="an Austrian site's closing tag: agency copy edited by its own desk",
    ),
    own(
        "de",
        OWN_VOL,
        DE,
        "own-desk-byline",
        by("Redaktion VOL.AT", cls="byline", credit=False),
        note="the portal's own desk byline on its own site",
    ),
    nul(
        "negative_mention",
        "de",
        DE2,
        DE,
        "mid-gegenueber-vn",
        keep=(
            "Gegenüber den Vorarlberger Nachrichten sagte der Bürgermeister, die Versorgung der Ortsteile sei gesichert.",
        ),
        note="on a site where another page credits the ORF",
    ),
    nul(
        "negative_caption",
        "de",
        DE1,
        DE,
        "caption-landespolizei",
        figure(
            "Die verschüttete Silvretta-Straße bei Partenen. Foto: Landespolizeidirektion Vorarlberg"
        ),
    ),
    # ======================= Portuguese: an earthquake swarm on São Jorge (Azores) =======================
    case(
        "out_of_table",
        "pt",
        PT2,
        PT,
        "RTP Açores",
        ["RTP Açores", "RTP", "rtp.pt"],
        "fonte-rtp-acores",
        tail("Fonte: RTP Açores", tag="strong"),
        note="the public broadcaster's Azores service, outside the table",
    ),
    wire(
        "pt",
        PT1,
        PT,
        "Agência Lusa",
        LUSA,
        "tagdiv-fonte-lusa",
        td_source("FONTE", "Lusa", "https://www.lusa.pt/"),
    ),
    wire(
        "pt",
        PT2,
        PT,
        "Agência Lusa",
        LUSA,
        "lusa-dateline-slug",
        dateline("Velas, Açores, 12 mar 2026 (Lusa) -"),
        note_line("ACG // JMR", cls="lusa-slug"),
        note="Lusa copy: the dateline kept, the editors' initials a credit line",
    ),
    wire(
        "pt",
        PT3,
        PT,
        "Agência Lusa",
        LUSA,
        "lusa-copyright",
        small_print("© 2026 LUSA - Agência de Notícias de Portugal, S.A."),
    ),
    own(
        "pt",
        OWN_AO,
        PT,
        "own-byline",
        by("Por Nélia Ávila", cls="byline", credit=False),
        note="the paper's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "pt",
        PT1,
        PT,
        "mid-declaracoes-rtp",
        keep=(
            "Em declarações à RTP Açores, o presidente da câmara disse que não há, para já, razão para retirar população.",
        ),
        note="on a site where another page runs Lusa copy",
    ),
    nul(
        "negative_caption",
        "pt",
        PT3,
        PT,
        "caption-civisa",
        figure("Sismógrafo do centro de vigilância em Ponta Delgada. Foto: CIVISA"),
    ),
    # ======================= Russian: an ice jam at Veliky Ustyug (Vologda) =======================
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Красный Север",
        ["Красный Север", "Krasny Sever", "«Красный Север»", "krassever.ru"],
        "istochnik-krasny-sever",
        tail("Источник: «Красный Север»", tag="em"),
        note="the regional newspaper, outside the table",
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "Новости Вологды",
        ["Новости Вологды", "newsvo.ru"],
        "bitrix-istochnik-newsvo",
        tail("Источник: newsvo.ru"),
        note="a regional news site credited by its domain",
    ),
    wire(
        "ru",
        RU1,
        RU,
        "TASS",
        TASS,
        "tass-dateline-istochnik",
        dateline("ВЕЛИКИЙ УСТЮГ, 12 марта. /ТАСС/."),
        tail("Источник: ТАСС"),
        note="TASS copy: the dateline kept, the source line a credit line",
    ),
    wire(
        "ru",
        RU2,
        RU,
        "RIA Novosti",
        ["RIA Novosti", "РИА Новости", "RIA", "ria.ru"],
        "istochnik-ria",
        tail("Источник: РИА Новости"),
    ),
    wire(
        "ru",
        RU2,
        RU,
        "Interfax",
        ["Interfax", "Интерфакс", "interfax.ru"],
        "soobshaet-interfax",
        tail("По данным «Интерфакса».", tag="em"),
        note="'По данным «Интерфакса»' closing a short item: the agency's copy",
    ),
    nul(
        "negative_mention",
        "ru",
        RU1,
        RU,
        "mid-v-efire-russky-sever",
        keep=(
            "В эфире телеканала «Русский Север» глава округа пообещал выплаты всем пострадавшим семьям.",
        ),
        note="on a site where another page runs TASS copy",
    ),
    nul(
        "negative_caption",
        "ru",
        RU2,
        RU,
        "caption-mchs",
        figure(
            "Подтопленная улица в нижней части города. Фото: ГУ МЧС России по Вологодской области"
        ),
    ),
    # ======================= Japanese: an oyster die-off in Hiroshima Bay =======================
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "NHK広島", "NHK広島放送局", "日本放送協会"],
        "shutten-nhk-hiroshima",
        tail("出典：NHK広島 NEWS WEB"),
        note="NHK's Hiroshima station, answered as NHK",
    ),
    case(
        "in_table",
        "ja",
        JA2,
        JA,
        "The Asahi Shimbun",
        ["The Asahi Shimbun", "Asahi Shimbun", "朝日新聞", "朝日新聞デジタル", "Asahi"],
        "aggregator-row-asahi",
        source_row("朝日新聞デジタル", "3/12(木) 11:02"),
        note="a Yahoo!ニュース-style portal's source row",
    ),
    case(
        "out_of_table",
        "ja",
        JA1,
        JA,
        "中国新聞",
        ["中国新聞", "中国新聞デジタル", "Chugoku Shimbun", "chugoku-np.co.jp"],
        "teikyo-chugoku-shimbun",
        tail("提供：中国新聞デジタル"),
        note="the Hiroshima regional paper, outside the table",
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Kyodo News",
        KYODO,
        "aggregator-row-kyodo",
        source_row("共同通信", "3/12(木) 16:40"),
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        KYODO,
        "kyodo-dateline-byline",
        by("共同通信", cls="byline"),
        dateline("【江田島共同】"),
        note="Kyodo copy: the dateline kept, the byline a credit line",
    ),
    own(
        "ja",
        OWN_CHU,
        JA,
        "own-reprint-notice",
        small_print("中国新聞社の許可なく転載することを禁じます。"),
        note="the paper's own reprint notice on its own site",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-rcc-shuzai",
        keep=("江田島市の担当者はＲＣＣ中国放送の取材に対し、支援策を検討していると話した。",),
        note="on a site where another page credits 中国新聞",
    ),
    nul(
        "negative_caption",
        "ja",
        JA2,
        JA,
        "caption-ken-teikyo",
        figure("水揚げされたカキの殻（広島県提供）"),
    ),
    # ======================= Chinese: hail in Linxia (Gansu) =======================
    case(
        "in_table",
        "zh",
        ZH1,
        ZH,
        "People's Daily",
        ["People's Daily", "人民日报", "人民网", "Peoples Daily"],
        "cn-source-renmin-ribao",
        cn_source("人民日报", "马晓燕"),
        note="the county portal's info bar",
    ),
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "Global Times",
        ["Global Times", "环球时报", "环球网", "huanqiu.com"],
        "cn-source-huanqiu",
        cn_source("环球网", "张立新"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH2,
        ZH,
        "每日甘肃网",
        ["每日甘肃网", "每日甘肃", "gansudaily.com.cn"],
        "tail-laiyuan-meiri-gansu",
        tail("来源：每日甘肃网"),
        note="the provincial news site, outside the table",
    ),
    wire(
        "zh",
        ZH1,
        ZH,
        "Xinhua",
        XINHUA,
        "cn-source-xinhua-dateline",
        cn_source("新华社", "王磊"),
        dateline("新华社兰州3月12日电（记者 王磊）"),
        note="Xinhua copy: the info bar's source a credit line, the dateline kept",
    ),
    wire(
        "zh",
        ZH2,
        ZH,
        "Xinhua",
        XINHUA,
        "tail-laiyuan-xinhuawang",
        tail("来源：新华网"),
    ),
    nul(
        "negative_mention",
        "zh",
        ZH1,
        ZH,
        "mid-jieshou-caifang",
        keep=("东乡县应急管理局负责人在接受甘肃广播电视总台记者采访时表示，补种种子已全部到位。",),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH2,
        ZH,
        "caption-rongmei-gongtu",
        figure("被冰雹打倒的玉米苗。东乡县融媒体中心供图"),
    ),
    # ======================= Arabic: a flash flood in Inezgane (Souss, Morocco) =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Sky News",
        ["Sky News", "Sky News Arabia", "سكاي نيوز عربية", "skynewsarabia.com"],
        "masdar-sky-news-arabia",
        tail("المصدر: سكاي نيوز عربية", tag="strong"),
        note="Sky News Arabia, which the table files under Sky News",
    ),
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "Al Jazeera",
        ["Al Jazeera", "الجزيرة نت", "الجزيرة", "aljazeera.net"],
        "masdar-aljazeera-net",
        tail("المصدر: الجزيرة نت"),
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "هسبريس",
        ["هسبريس", "Hespress", "hespress.com"],
        "masdar-hespress",
        tail("المصدر: هسبريس", tag="strong"),
        note="the Moroccan news site, outside the table",
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "وكالة المغرب العربي للأنباء",
        ["وكالة المغرب العربي للأنباء", "Maghreb Arabe Presse", "MAP", "و م ع", "mapexpress.ma"],
        "map-dateline-masdar",
        dateline("إنزكان – (و م ع) –"),
        tail("المصدر: و م ع"),
        note="unsure: Morocco's national agency, outside the table, filed out_of_table as the earlier sets file such agencies; its dateline kept",
    ),
    wire(
        "ar",
        AR1,
        AR,
        "AFP",
        [*AFP, "أ ف ب", "فرانس برس", "وكالة فرانس برس"],
        "afp-dateline-masdar",
        dateline("الرباط (أ ف ب) -"),
        tail("المصدر: أ ف ب"),
    ),
    wire(
        "ar",
        AR2,
        AR,
        "Reuters",
        [*RTR, "رويترز"],
        "masdar-reuters",
        tail("المصدر: رويترز"),
    ),
    nul(
        "negative_mention",
        "ar",
        AR2,
        AR,
        "mid-tasrih-medi1tv",
        keep=(
            "وقال رئيس المجلس الجماعي في تصريح لقناة ميدي 1 تي في إن أشغال تنظيف القنوات ستنطلق فورا.",
        ),
        note="on a site where another page credits Al Jazeera",
    ),
    nul(
        "negative_caption",
        "ar",
        AR1,
        AR,
        "caption-protection-civile",
        figure("عناصر الوقاية المدنية في أحد الأحياء المغمورة بإنزكان (صورة: الوقاية المدنية)"),
    ),
    # ======================= Italian: a storm surge at Porto Cesareo (Salento) =======================
    case(
        "in_table",
        "it",
        IT1,
        IT,
        "La Repubblica",
        ["La Repubblica", "la Repubblica", "Repubblica", "la Repubblica Bari", "repubblica.it"],
        "jnews-fonte-repubblica-bari",
        jnews_field(
            "Fonte:",
            "la Repubblica Bari",
            "https://bari.repubblica.it/cronaca/2026/03/12/news/mareggiata_porto_cesareo-421234567/",
        ),
        note="the paper's Bari edition, answered as La Repubblica",
    ),
    case(
        "out_of_table",
        "it",
        IT2,
        IT,
        "LeccePrima",
        ["LeccePrima", "Lecce Prima", "lecceprima.it"],
        "fonte-lecceprima",
        tail("Fonte: LeccePrima", tag="em"),
    ),
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ANSA,
        "ansa-dateline-copyright",
        dateline("(ANSA) - PORTO CESAREO, 12 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    wire(
        "it",
        IT2,
        IT,
        "AGI",
        AGI,
        "agi-dateline-tag",
        dateline("(AGI) - Lecce, 12 mar. -"),
        tail("(AGI)Ba1/Fab"),
        note="AGI copy: the dateline kept, the closing tag a credit line",
    ),
    own(
        "it",
        OWN_QP,
        IT,
        "own-riproduzione-riservata",
        by("di Francesca Quarta", cls="byline", credit=False),
        small_print("© RIPRODUZIONE RISERVATA"),
    ),
    nul(
        "negative_mention",
        "it",
        IT2,
        IT,
        "mid-microfoni-telerama",
        keep=(
            "Ai microfoni di TeleRama il sindaco ha spiegato che i danni superano il milione di euro.",
        ),
        note="on a site where another page credits LeccePrima",
    ),
    nul(
        "negative_caption",
        "it",
        IT1,
        IT,
        "caption-capitaneria",
        figure("La duna erosa a nord del porto, martedì mattina (foto Capitaneria di porto)"),
    ),
    # ======================= Polish: a gale in Masuria =======================
    case(
        "out_of_table",
        "pl",
        PL1,
        PL,
        "Radio Olsztyn",
        ["Radio Olsztyn", "radioolsztyn.pl"],
        "zrodlo-radio-olsztyn",
        tail("Źródło: Radio Olsztyn", tag="em"),
        note="the regional public radio, outside the table",
    ),
    wire(
        "pl",
        PL2,
        PL,
        "Polish Press Agency",
        PAP,
        "pap-tag-slug",
        tail("(PAP)"),
        note_line("mmi/ mhr/", cls="pap-slug"),
        note="PAP copy: the closing tag and the editors' initials",
    ),
    wire(
        "pl",
        PL1,
        PL,
        "Polish Press Agency",
        PAP,
        "zrodlo-pap",
        tail("Źródło: PAP"),
    ),
    own(
        "pl",
        OWN_GO,
        PL,
        "own-byline",
        by("Marta Kozłowska", cls="byline", credit=False),
        note="the paper's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "pl",
        PL2,
        PL,
        "mid-rozmowa-polsat",
        keep=(
            "W rozmowie z Polsat News burmistrz Giżycka zapowiedział pomoc dla mieszkańców uszkodzonych domów.",
        ),
        note="on a site where another page runs PAP copy",
    ),
    nul(
        "negative_caption",
        "pl",
        PL1,
        PL,
        "caption-kp-psp",
        figure("Strażacy usuwają powalone drzewo w Wilkasach. Fot. KP PSP Giżycko"),
    ),
    # ======================= Dutch: an earthquake near Loppersum (Groningen) =======================
    case(
        "out_of_table",
        "nl",
        NL1,
        NL,
        "RTV Noord",
        ["RTV Noord", "rtvnoord.nl"],
        "bron-rtv-noord",
        tail("Bron: RTV Noord", tag="em"),
        note="the regional broadcaster, outside the table",
    ),
    wire(
        "nl",
        NL2,
        NL,
        "ANP",
        ANP,
        "bron-anp",
        tail("Bron: ANP"),
    ),
    wire(
        "nl",
        NL1,
        NL,
        "ANP",
        ANP,
        "anp-byline",
        by("Door ANP", cls="byline"),
    ),
    own(
        "nl",
        OWN_DVHN,
        NL,
        "own-byline",
        by("Door Gerrit Mulder", cls="byline", credit=False),
        note="the paper's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "nl",
        NL2,
        NL,
        "mid-tegen-rtv-noord",
        keep=(
            "Tegen RTV Noord zei de burgemeester dat de gemeente extra inloopspreekuren organiseert.",
        ),
        note="on a site where another page runs ANP copy",
    ),
    nul(
        "negative_caption",
        "nl",
        NL1,
        NL,
        "caption-anp-foto",
        figure("Een gescheurde gevel in Garrelsweer. Foto: ANP / Kees Wolters"),
        note="an agency photo credit, on a site where another page runs ANP copy",
    ),
    # ======================= Vietnamese: floods in Huế =======================
    case(
        "out_of_table",
        "vi",
        VI1,
        VI,
        "Tuổi Trẻ",
        ["Tuổi Trẻ", "Tuoi Tre", "Báo Tuổi Trẻ", "tuoitre.vn"],
        "nguon-tuoi-tre",
        tail("Nguồn: Tuổi Trẻ", tag="strong"),
        note="the national daily, outside the table",
    ),
    wire(
        "vi",
        VI2,
        VI,
        "Vietnam News Agency",
        VNA,
        "theo-ttxvn",
        tail("Theo TTXVN", tag="strong"),
    ),
    wire(
        "vi",
        VI1,
        VI,
        "Vietnam News Agency",
        VNA,
        "theo-vietnamplus",
        tail("Theo Vietnamplus", tag="em"),
        note="VNA's online paper, answered as the agency",
    ),
    wire(
        "vi",
        VI2,
        VI,
        "Vietnam News Agency",
        VNA,
        "ttxvn-dateline-byline",
        by("Phan Thị Lụa (TTXVN)", cls="byline"),
        dateline("Huế (TTXVN) -"),
        note="VNA copy: the dateline kept, the reporter-and-agency byline a credit line",
    ),
    own(
        "vi",
        OWN_BTH,
        VI,
        "own-byline",
        by("Bài, ảnh: Lê Thọ", cls="byline", credit=False),
        note="the paper's own reporter line on its own site",
    ),
    nul(
        "negative_caption",
        "vi",
        VI1,
        VI,
        "caption-anh-ttxvn",
        figure("Nước ngập trên đường Lê Duẩn sáng nay. Ảnh: TTXVN"),
        note="an agency photo credit, on a site where another page runs VNA copy",
    ),
]
