# ruff: noqa: E501, RUF001, RUF002
"""Sites and cases of the twenty-third blind set (cases_2026-12-25.jsonl).

Written from newsroom conventions without reading the attribution code. A fifteenth independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. About 45% English, from seven English-speaking regions (Maine, Cornwall,
Nova Scotia, the Northern Territory, Namibia, Karachi, Malta), on the sites such a crawler reads
there (local papers and portals, a TV station, community and commercial radio, trade sites,
community blogs, a partner portal and a Google News-style aggregator, a nonprofit newsroom,
regional papers' own pages), and the rest in thirteen other languages weighted by the news the web
carries in them (Spanish from Bolivia's Beni, French from Brittany, German from
Mecklenburg-Vorpommern, Portuguese from Pará, Russian from Kaliningrad, Japanese from Okinawa,
Chinese in simplified characters from Sichuan, Arabic from Alexandria, Italian from Sardinia,
Indonesian from Bali, Turkish from Trabzon, Hindi from Madhya Pradesh, Korean from Jeju). Each
page's convention is drawn about as often as such a crawler meets it, whether or not an earlier
set used it, and a credited page carries every line that credits its original where real pages
do. No new template: the earlier ones (`chrome3`-`chrome12`) render these CMSs.

Cases the writer was unsure of (marked before any run; each `note` says why): "Source: ABC Darwin"
answered as ABC Australia; the Namibia Press Agency (an agency outside the table, filed
`out_of_table`) by its dateline and source line; Agência Pará, a state government's news agency,
filed `out_of_table`; a Japanese page's "提供：共同通信" as its only credit line; the "TRT Haber'e
konuşan" mention (TRT World, the same broadcaster's English service, is in the table).
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from cases6 import blogger_div, by, bysite, nul, own, wire
from cases8 import AFP, AP, AP_TRAILER, RTR, jby, provider, source_row, td_source
from cases9 import jnews_field, kr_copyright
from cases11 import note_line, small_print
from cases13 import states_footer
from cases15 import cn_source, wpb_note
from cases22 import use_local_lists22
from chrome8 import site_registry
from model3 import Case3, Site3, case, dateline, figure, tail

SITES23: dict[str, Site3] = {}

_s = site_registry(SITES23)
use_local_lists23 = use_local_lists22  # the languages of this set all have their lists there


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
# English: Maine
EN_PT = _s("newsdockportal.com", "NewsDock", "partner")
EN_AG = _s("headlinequay.app", "HeadlineQuay", "aggregator", "headlinequay.app")
ME_TV = _s("wmtn6.com", "WMTN 6", "arc")
ME_BLOX = _s("knoxcountycourier.com", "Knox County Courier", "blox")
ME_BLOG = blog("vinalhavenislandlife.blogspot.com", "Vinalhaven Island Life")
OWN_BDN = _s("bangordailynews.com", "Bangor Daily News", "wp")
# Cornwall
CW1 = _s("kernowcoastnews24.co.uk", "Kernow Coast News 24", "localportal")
CW2 = _s("westcornwallvoice.co.uk", "West Cornwall Voice", "nextjs")
CW3 = _s("fishingindustrydaily.co.uk", "Fishing Industry Daily", "wp")
CW4 = blog("porthlevenharbourfriends.blogspot.com", "Friends of Porthleven Harbour")
OWN_CL = _s("cornwalllive.com", "CornwallLive", "localportal")
# Nova Scotia
NS1 = _s("capebretonnow24.ca", "Cape Breton Now 24", "localportal")
NS2 = _s("capebretonfisherman.ca", "Cape Breton Fisherman", "jnews")
NS3 = _s("highlandscountryradio.ca", "Highlands Country Radio", "wp")
NS4 = _s("novascotiaroundup.com", "Nova Scotia Roundup", "wpblock")
OWN_CBP = _s("capebretonpost.com", "Cape Breton Post", "arc")
# Northern Territory
NT1 = _s("topendtoday24.com.au", "Top End Today 24", "wp")
NT2 = _s("darwinbreakingnews.com", "Darwin Breaking News", "jannah")
NT3 = _s("outbackenergywatch.com.au", "Outback Energy Watch", "tagdiv")
NT4 = blog("nightcliffneighbours.blogspot.com", "Nightcliff Neighbours")
OWN_NTN = _s("ntnews.com.au", "NT News", "nextjs")
# Namibia
NA1 = _s("windhoekdailybrief.com", "Windhoek Daily Brief", "jnews")
NA2 = _s("namibiabusinessline.com", "Namibia Business Line", "tagdiv")
NA3 = _s("khomaslive24.com", "Khomas Live 24", "wp")
NA4 = blog("katuturacommunityvoice.blogspot.com", "Katutura Community Voice")
OWN_NAM = _s("namibian.com.na", "The Namibian", "regional")
# Karachi
PK1 = _s("karachimetrowire.com", "Karachi Metro Wire", "wp")
PK2 = _s("sindhtoday24.com", "Sindh Today 24", "jannah")
PK3 = _s("pakbusinesspulse.com", "Pak Business Pulse", "tagdiv")
PK4 = blog("orangitownvoices.blogspot.com", "Orangi Town Voices")
OWN_BR = _s("brecorder.com", "Business Recorder", "regional")
# Malta
MT1 = _s("maltanewsnow24.com", "Malta News Now 24", "wp")
MT2 = _s("gozomidweek.com", "Gozo Midweek", "jnews")
MT3 = _s("maltapropertyreview.com", "Malta Property Review", "wpblock")
OWN_TOM = _s("timesofmalta.com", "Times of Malta", "nextjs")
# Spanish (Beni, Bolivia)
ES1 = _s("benialdia24.com", "Beni al Día 24", "jnews")
ES2 = _s("mamore-noticias.com", "Mamoré Noticias", "wpblock")
ES3 = blog("trinidadbeniinforma.blogspot.com", "Trinidad Beni Informa")
OWN_DEB = _s("eldeber.com.bo", "El Deber", "arc")
# French (Brittany)
FR1 = _s("penthievre-info.fr", "Penthièvre Info", "wp")
FR2 = _s("baie-armor24.fr", "Baie d'Armor 24", "jnews")
FR3 = blog("hillion-nature.blogspot.com", "Hillion Nature")
OWN_TLG = _s("letelegramme.fr", "Le Télégramme", "regional")
# German (Mecklenburg-Vorpommern)
DE1 = _s("ruegen-aktuell24.de", "Rügen aktuell 24", "typo3")
DE2 = _s("ostsee-ticker.de", "Ostsee-Ticker", "nextjs")
DE3 = _s("vorpommern-kurier24.de", "Vorpommern Kurier 24", "wp")
OWN_OZ = _s("ostsee-zeitung.de", "Ostsee-Zeitung", "regional")
# Portuguese (Pará)
PT1 = _s("belem-agora24.com.br", "Belém Agora 24", "tagdiv")
PT2 = _s("marajo-noticias.com.br", "Marajó Notícias", "wpblock")
PT3 = blog("feiradoacai-belem.blogspot.com", "Feira do Açaí")
OWN_OLIB = _s("oliberal.com", "O Liberal", "arc")
# Russian (Kaliningrad)
RU1 = _s("zelenogradsk-news24.ru", "Зеленоградск Новости 24", "wp")
RU2 = _s("baltika-vesti24.ru", "Балтика Вести", "bitrix")
OWN_KLOPS = _s("klops.ru", "Клопс", "regional")
# Japanese (Okinawa)
JA1 = _s("miyakojima-shinpo24.jp", "宮古島新報24", "jpnews")
JA2 = _s("okinawa-news-matome.net", "沖縄ニュースまとめ", "aggregator", "okinawa-news-matome.net")
OWN_RS = _s("ryukyushimpo.jp", "琉球新報", "jpnews")
# Chinese, simplified characters (Sichuan)
ZH1 = _s("tianquan-rongmei.cn", "天全融媒", "cncms")
ZH2 = _s("chuanxi-kuaixun.com", "川西快讯", "cncms")
OWN_COVER = _s("thecover.cn", "封面新闻", "regional")
# Arabic (Alexandria)
AR1 = _s("iskandariya-today24.com", "الإسكندرية اليوم 24", "jannah")
AR2 = _s("masr-alaan24.com", "مصر الآن 24", "wpblock")
# Italian (Sardinia)
IT1 = _s("nuoro-notizie24.it", "Nuoro Notizie 24", "jnews")
IT2 = _s("barbagia-oggi.it", "Barbagia Oggi", "wp")
OWN_NS = _s("lanuovasardegna.it", "La Nuova Sardegna", "nextjs")
# Indonesian (Bali)
ID1 = _s("kuta-terkini24.com", "Kuta Terkini 24", "jnews")
ID2 = _s("bali-update24.com", "Bali Update 24", "wpblock")
# Turkish (Trabzon)
TR1 = _s("macka-haber61.com", "Maçka Haber 61", "jannah")
TR2 = _s("dogukaradeniz-mansetler.com", "Doğu Karadeniz Manşet", "tagdiv")
# Hindi (Madhya Pradesh)
HI1 = _s("umaria-samachar.in", "उमरिया समाचार", "regional")
HI2 = _s("vindhya-khabar.com", "विंध्य खबर", "wpblock")
OWN_ND = _s("naidunia.com", "नईदुनिया", "regional")
# Korean (Jeju)
KO1 = _s("jeju-ilbo24.kr", "제주일보24", "koportal")
KO2 = _s("halla-news24.kr", "한라뉴스24", "nextjs")
OWN_JS = _s("jejusori.net", "제주의소리", "koportal")

FERRY, WALL, WHARF, CYCLONE, WATER, HEAT, SINK = (
    "islandferry",
    "harbourwall",
    "wharf",
    "cyclone",
    "rationing",
    "heatwave",
    "sinkhole",
)
ES, FR, DE, PT, RU, JA, ZH = "beni", "algues", "kreide", "acai", "zelenogradsk", "miyako", "yaan"
AR, IT, ID, TR, HI, KO = "nawwa", "siccita", "sampah", "heyelan", "bagh", "jejuwind"

PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP"]
AAP = ["Australian Associated Press", "AAP"]
ABC_AU = [
    "ABC Australia",
    "ABC",
    "ABC News",
    "ABC Darwin",
    "Australian Broadcasting Corporation",
    "abc.net.au",
]
APP = ["Associated Press of Pakistan", "APP", "app.com.pk"]
XINHUA = ["Xinhua", "Xinhua News Agency", "新华社", "新华网", "xinhuanet.com"]
YONHAP_TRAILER = "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
KUTA_T = "Sampah Kiriman Kembali Serbu Pantai Kuta, Petugas Angkut 40 Ton Sehari"

CASES23: list[Case3] = [
    # ======================= English: a broken island ferry (Maine) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        FERRY,
        "The Boston Globe",
        ["The Boston Globe", "Boston Globe", "bostonglobe.com"],
        "partner-provided-by-boston-globe",
        provider("The Boston Globe", "Wendell Ashby"),
        note="an MSN-style partner portal's provider strip: the portal only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        FERRY,
        "NBC News",
        ["NBC News", "NBC", "nbcnews.com"],
        "aggregator-source-row-nbc",
        source_row("NBC News", "3h"),
        note="an aggregator's source row",
    ),
    case(
        "out_of_table",
        "en",
        ME_BLOX,
        FERRY,
        "Maine Morning Star",
        ["Maine Morning Star", "mainemorningstar.com"],
        "states-newsroom-byline-footer",
        by("By Priya Holloway, Maine Morning Star", cls="tnt-byline"),
        states_footer("Maine Morning Star", "Lance Thibodeau", "info@mainemorningstar.com"),
        note="a States Newsroom outlet's story on a BLOX paper: its byline and the footer it asks republishers to paste (States Newsroom, the network, is not the answer)",
    ),
    case(
        "out_of_table",
        "en",
        ME_BLOG,
        FERRY,
        "Bangor Daily News",
        ["Bangor Daily News", "BDN", "bangordailynews.com"],
        "blogger-source-bdn",
        blogger_div(
            "Source:",
            "Bangor Daily News",
            "https://www.bangordailynews.com/2026/03/12/midcoast/vinalhaven-ferry-propeller-shaft/",
        ),
        note="an island blog pasting the state paper's story",
    ),
    wire(
        "en",
        ME_TV,
        FERRY,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By GRETA LUNDQVIST Associated Press", cls="byline"),
        dateline("VINALHAVEN, Maine (AP) —"),
        small_print(AP_TRAILER),
        note="a TV station running AP copy: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        EN_AG,
        FERRY,
        "Associated Press",
        AP,
        "aggregator-source-row-ap",
        source_row("Associated Press", "1h"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    own(
        "en",
        OWN_BDN,
        FERRY,
        "own-bdn-staff-byline",
        by("By Lauren Pelkey, BDN Staff", cls="byline", credit=False),
        note="the paper's own staff byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        ME_BLOX,
        FERRY,
        "mid-told-news-center-maine",
        keep=(
            "The town manager told NEWS CENTER Maine that the island's two school buses were being used to carry passengers from the landing.",
        ),
        note="on a site where another page credits the Maine Morning Star",
    ),
    nul(
        "negative_caption",
        "en",
        ME_TV,
        FERRY,
        "caption-ferry-service-photo",
        figure(
            "The ferry Everett Libby at the Rockland terminal in a file photo. (Photo courtesy of Maine State Ferry Service)"
        ),
        note="a government service's photo credit, on a site that runs AP copy on another page",
    ),
    nul(
        "no_credit",
        "en",
        ME_BLOG,
        FERRY,
        "blog-posted-by",
        bysite("Posted by Vinalhaven Island Life"),
    ),
    # ======================= English: a harbour wall breached (Cornwall) =======================
    case(
        "in_table",
        "en",
        CW2,
        WALL,
        "BBC",
        ["BBC", "BBC News", "bbc.co.uk"],
        "source-bbc-news",
        tail("Source: BBC News", tag="em"),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        WALL,
        "Sky News",
        ["Sky News", "Sky", "news.sky.com"],
        "aggregator-source-row-sky",
        source_row("Sky News", "2h"),
    ),
    case(
        "in_table",
        "en",
        CW3,
        WALL,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "first-appeared-guardian",
        tail("This article first appeared in the Guardian.", tag="em"),
        note="a trade site running a licensed national story",
    ),
    case(
        "out_of_table",
        "en",
        CW1,
        WALL,
        "CornwallLive",
        ["CornwallLive", "Cornwall Live", "cornwalllive.com"],
        "first-appeared-sister-title",
        tail("This story first appeared on CornwallLive.", tag="em"),
        note="a regional chain's portal running a sister site's story",
    ),
    case(
        "out_of_table",
        "en",
        CW4,
        WALL,
        "Falmouth Packet",
        ["Falmouth Packet", "The Packet", "falmouthpacket.co.uk"],
        "blogger-source-falmouth-packet",
        blogger_div(
            "Source:",
            "Falmouth Packet",
            "https://www.falmouthpacket.co.uk/news/26012345.porthleven-harbour-wall-breached-storm/",
        ),
        note="a harbour friends' blog pasting a weekly's story",
    ),
    wire(
        "en",
        CW3,
        WALL,
        "PA Media",
        PA,
        "pa-byline",
        by("By Rhys Penrose, PA", cls="byline"),
        note="a trade site running PA copy: 'By <name>, PA'",
    ),
    wire(
        "en",
        CW2,
        WALL,
        "PA Media",
        PA,
        "by-press-association",
        by("By Press Association", cls="byline"),
    ),
    own(
        "en",
        OWN_CL,
        WALL,
        "own-newsletter-line",
        by("By Tamsyn Rowe", cls="byline", credit=False),
        tail("Sign up to the CornwallLive newsletter for the latest news from across the Duchy."),
        note="the site's own newsletter line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        CW2,
        WALL,
        "mid-speaking-to-radio-cornwall",
        keep=(
            "Speaking to BBC Radio Cornwall, the harbour master said the pier had moved by several centimetres during the night.",
        ),
        note="on a site where another page credits BBC News",
    ),
    nul(
        "negative_caption",
        "en",
        CW1,
        WALL,
        "caption-harbour-company",
        figure(
            "Waves break over the western pier on Wednesday night. (Image: Porthleven Harbour and Dock Company)"
        ),
        note="the harbour company's picture credit, on a site where another page credits CornwallLive",
    ),
    nul(
        "negative_caption",
        "en",
        CW4,
        WALL,
        "caption-pa-wire",
        figure("Sandbags outside a shop on the inner harbour. (Photo: Ben Kitto/PA Wire)"),
    ),
    # ======================= English: a wharf collapse (Nova Scotia) =======================
    case(
        "in_table",
        "en",
        NS2,
        WHARF,
        "CBC News",
        ["CBC News", "CBC", "CBC Nova Scotia", "cbc.ca"],
        "jnews-source-cbc",
        jnews_field(
            "Source:",
            "CBC News",
            "https://www.cbc.ca/news/canada/nova-scotia/ingonish-wharf-collapse-lobster-season-1.7512345",
        ),
        note="a fisheries trade site naming its source",
    ),
    case(
        "in_table",
        "en",
        NS4,
        WHARF,
        "CTV News",
        ["CTV News", "CTV", "CTV News Atlantic", "CTV Atlantic", "ctvnews.ca"],
        "source-ctv-atlantic",
        tail("Source: CTV News Atlantic", tag="strong"),
        note="the network's regional service, answered 'CTV News'",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        WHARF,
        "Global News",
        ["Global News", "Global Halifax", "globalnews.ca"],
        "partner-provided-by-global",
        provider("Global News", "Jules Thibodeau"),
    ),
    case(
        "out_of_table",
        "en",
        NS1,
        WHARF,
        "Cape Breton Post",
        ["Cape Breton Post", "SaltWire", "SaltWire Network", "capebretonpost.com"],
        "byline-name-and-paper",
        by("Nora Ellsworth, Cape Breton Post", cls="byline"),
        note="a local portal running a regional paper's story under its reporter-and-paper byline",
    ),
    case(
        "out_of_table",
        "en",
        NS2,
        WHARF,
        "The Chronicle Herald",
        ["The Chronicle Herald", "Chronicle Herald", "thechronicleherald.ca"],
        "jnews-source-chronicle-herald",
        jnews_field(
            "Source:",
            "The Chronicle Herald",
            "https://www.thechronicleherald.ca/news/provincial/ingonish-wharf-collapse",
        ),
    ),
    wire(
        "en",
        NS3,
        WHARF,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-firstpub",
        by("The Canadian Press", cls="byline"),
        dateline("INGONISH, N.S. —"),
        small_print("This report by The Canadian Press was first published March 12, 2026."),
        note="a radio station running CP copy: the byline and first-published line, the dateline kept",
    ),
    own(
        "en",
        OWN_CBP,
        WHARF,
        "own-post-byline-rights",
        by("Nora Ellsworth · Cape Breton Post", cls="byline", credit=False),
        small_print("© 2026 SaltWire Network Inc. All rights reserved."),
    ),
    nul(
        "negative_mention",
        "en",
        NS4,
        WHARF,
        "mid-told-information-morning",
        keep=(
            "The harbour authority's chair told CBC's Information Morning that the group had asked Ottawa for repairs three times.",
        ),
        note="on a site where another page credits CTV News",
    ),
    nul(
        "negative_caption",
        "en",
        NS2,
        WHARF,
        "caption-dfo-photo",
        figure(
            "The collapsed outer section of the Ingonish Harbour wharf. (Fisheries and Oceans Canada photo)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        NS3,
        WHARF,
        "caption-canadian-press-photo",
        figure("Lobster traps stacked near the wharf in Ingonish. THE CANADIAN PRESS/Riley Beaton"),
        note="on a site where another page runs CP copy",
    ),
    # ======================= English: a cyclone in Darwin (Northern Territory) =======================
    case(
        "in_table",
        "en",
        NT1,
        CYCLONE,
        "ABC Australia",
        ABC_AU,
        "source-abc-darwin",
        tail("Source: ABC Darwin", tag="strong"),
        note="the public broadcaster's local station, answered ABC Australia (unsure: the table also holds the American ABC News)",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        CYCLONE,
        "news.com.au",
        ["news.com.au", "News.com.au"],
        "aggregator-source-row-newscomau",
        source_row("news.com.au", "1h"),
    ),
    case(
        "in_table",
        "en",
        NT3,
        CYCLONE,
        "The Guardian",
        ["The Guardian", "Guardian Australia", "Guardian", "theguardian.com"],
        "tagdiv-source-guardian-australia",
        td_source(
            "SOURCE",
            "Guardian Australia",
            "https://www.theguardian.com/australia-news/2026/mar/12/darwin-cyclone-power-outages",
        ),
        note="the paper's Australian edition, answered The Guardian",
    ),
    case(
        "out_of_table",
        "en",
        NT2,
        CYCLONE,
        "NT News",
        ["NT News", "Northern Territory News", "ntnews.com.au"],
        "source-nt-news",
        tail("Source: NT News"),
    ),
    case(
        "out_of_table",
        "en",
        NT4,
        CYCLONE,
        "Katherine Times",
        ["Katherine Times", "katherinetimes.com.au"],
        "blogger-source-katherine-times",
        blogger_div(
            "Source:",
            "Katherine Times",
            "https://www.katherinetimes.com.au/story/9012345/cyclone-darwin-crews-sent-north/",
        ),
    ),
    wire(
        "en",
        NT2,
        CYCLONE,
        "Australian Associated Press",
        AAP,
        "jannah-author-aap",
        jby("Australian Associated Press"),
        note="the agency's name in the theme's author slot",
    ),
    wire(
        "en",
        NT3,
        CYCLONE,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Darwin (AFP) -"),
        note_line("arb/dw/sco", cls="afp-slug"),
        note="the dateline kept; AFP's editors' slug the credit line",
    ),
    own(
        "en",
        OWN_NTN,
        CYCLONE,
        "own-nt-news-tip-line",
        by("Jasmine Kerr", cls="byline", credit=False),
        tail("Got a news tip? Contact the NT News newsroom."),
        note="the paper's own tip line",
    ),
    nul(
        "negative_mention",
        "en",
        NT4,
        CYCLONE,
        "mid-told-mix-1049",
        keep=(
            "A Wanguri resident told Mix 104.9 that her street had been blocked by two fallen gums since dawn.",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        NT2,
        CYCLONE,
        "caption-pfes",
        figure(
            "Fallen trees on Trower Road, Rapid Creek, on Thursday morning. (Photo: NT Police, Fire and Emergency Services)"
        ),
    ),
    nul(
        "no_credit", "en", NT4, CYCLONE, "blog-posted-by", bysite("Posted by Nightcliff Neighbours")
    ),
    # ======================= English: water rationing in Windhoek (Namibia) =======================
    case(
        "in_table",
        "en",
        NA2,
        WATER,
        "Daily Maverick",
        ["Daily Maverick", "dailymaverick.co.za"],
        "tagdiv-source-daily-maverick",
        td_source(
            "SOURCE",
            "Daily Maverick",
            "https://www.dailymaverick.co.za/article/2026-03-12-windhoek-water-rationing/",
        ),
    ),
    case(
        "in_table",
        "en",
        NA3,
        WATER,
        "BBC",
        ["BBC", "BBC News", "BBC News Africa", "bbc.com"],
        "source-bbc-africa",
        tail("Source: BBC News Africa", tag="em"),
        note="the broadcaster's Africa service, answered 'BBC'",
    ),
    case(
        "out_of_table",
        "en",
        NA1,
        WATER,
        "The Namibian",
        ["The Namibian", "Namibian", "namibian.com.na"],
        "jnews-source-namibian",
        jnews_field(
            "Source:",
            "The Namibian",
            "https://www.namibian.com.na/windhoek-water-cuts-dams-12-percent/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        NA4,
        WATER,
        "New Era",
        ["New Era", "New Era Live", "neweralive.na"],
        "blogger-source-new-era",
        blogger_div("Source:", "New Era", "https://neweralive.na/windhoek-announces-water-cuts/"),
    ),
    case(
        "out_of_table",
        "en",
        NA1,
        WATER,
        "Namibia Press Agency",
        ["Namibia Press Agency", "NAMPA", "Nampa", "nampa.org"],
        "nampa-dateline-source",
        dateline("WINDHOEK, 12 MAR (NAMPA) –"),
        tail("Source: NAMPA"),
        note="the national agency, outside the table, filed `out_of_table` as the earlier sets file such agencies (unsure: by its short name)",
    ),
    wire(
        "en",
        NA2,
        WATER,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("WINDHOEK, March 12 (Reuters) -"),
        note_line("Reporting by Nyasha Kaure; Editing by Alison Marsh", cls="reuters-credit"),
    ),
    wire(
        "en",
        NA3,
        WATER,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Windhoek (AFP) -"),
        note_line("jcb/sbk/gil", cls="afp-slug"),
    ),
    wire(
        "en",
        NA4,
        WATER,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-enditem",
        dateline("WINDHOEK, March 12 (Xinhua) --"),
        note_line("Enditem", cls="xinhua-end"),
        note="Xinhua's English dateline kept; 'Enditem' the credit line",
    ),
    own(
        "en",
        OWN_NAM,
        WATER,
        "own-namibian-rights",
        by("Ndapewa Shikongo", cls="byline", credit=False),
        small_print("© 2026 The Namibian. All rights reserved."),
    ),
    nul(
        "negative_mention",
        "en",
        NA1,
        WATER,
        "mid-speaking-on-eagle-fm",
        keep=(
            "Speaking on Eagle FM, the city's spokesperson said the timetable would be published on Friday.",
        ),
        note="on a site where another page credits The Namibian",
    ),
    nul(
        "negative_caption",
        "en",
        NA4,
        WATER,
        "caption-nampa-photo",
        figure("Residents fill containers at a standpipe in Khomasdal. (Photo: Nampa)"),
        note="the agency's photo credit on a blog whose text is its own",
    ),
    # ======================= English: a heatwave in Karachi (Pakistan) =======================
    case(
        "in_table",
        "en",
        PK1,
        HEAT,
        "Dawn",
        ["Dawn", "Dawn.com", "dawn.com"],
        "courtesy-dawn-bold",
        tail("Courtesy: Dawn", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        PK2,
        HEAT,
        "The Express Tribune",
        ["The Express Tribune", "Express Tribune", "tribune.com.pk"],
        "source-express-tribune",
        tail("Source: The Express Tribune"),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        HEAT,
        "Geo News",
        ["Geo News", "Geo", "geo.tv"],
        "aggregator-source-row-geo",
        source_row("Geo News", "2h"),
    ),
    case(
        "out_of_table",
        "en",
        PK3,
        HEAT,
        "Business Recorder",
        ["Business Recorder", "brecorder.com"],
        "tagdiv-source-business-recorder",
        td_source(
            "SOURCE",
            "Business Recorder",
            "https://www.brecorder.com/news/40312345/karachi-heatwave-loadshedding",
        ),
    ),
    case(
        "out_of_table",
        "en",
        PK4,
        HEAT,
        "Samaa TV",
        ["Samaa TV", "SAMAA", "Samaa", "samaa.tv"],
        "blogger-source-samaa",
        blogger_div(
            "Source:", "Samaa TV", "https://www.samaa.tv/news/2026/03/karachi-heatstroke-hospitals"
        ),
    ),
    wire(
        "en",
        PK2,
        HEAT,
        "Associated Press of Pakistan",
        APP,
        "app-dateline-slug",
        dateline("KARACHI, Mar 12 (APP):"),
        note_line("APP/ask/mzr", cls="app-slug"),
        note="the national agency's dateline kept, its desk slug the credit line",
    ),
    wire(
        "en",
        PK3,
        HEAT,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("KARACHI, March 12 (Reuters) -"),
        note_line("Reporting by Imran Soomro; Editing by Kate Ferrier", cls="reuters-credit"),
    ),
    own(
        "en",
        OWN_BR,
        HEAT,
        "own-recorder-report",
        by("Recorder Report", cls="byline", credit=False),
        small_print("Copyright Business Recorder, 2026"),
        note="the paper's desk byline and copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        PK1,
        HEAT,
        "mid-told-geo-news",
        keep=(
            "A senior doctor at the civil hospital told Geo News that most patients were labourers and elderly people.",
        ),
        note="an outlet in the table named as the one a source spoke to, on a site where another page credits Dawn",
    ),
    nul(
        "negative_caption",
        "en",
        PK2,
        HEAT,
        "caption-app-photo",
        figure("People cool off at a roadside water tap in Lyari. (APP photo)"),
        note="on a site where another page runs APP copy",
    ),
    nul("no_credit", "en", PK4, HEAT, "blog-posted-by", bysite("Posted by Orangi Town Voices")),
    # ======================= English: a sinkhole in Msida (Malta) =======================
    case(
        "out_of_table",
        "en",
        MT1,
        SINK,
        "Times of Malta",
        ["Times of Malta", "timesofmalta.com"],
        "source-times-of-malta",
        tail("Source: Times of Malta"),
    ),
    case(
        "out_of_table",
        "en",
        MT3,
        SINK,
        "The Malta Independent",
        ["The Malta Independent", "Malta Independent", "independent.com.mt"],
        "block-note-first-published",
        wpb_note(
            "This article was first published by ",
            (
                "The Malta Independent",
                "https://www.independent.com.mt/articles/2026-03-12/local-news/Sinkhole-in-Msida",
            ),
            ".",
        ),
    ),
    wire(
        "en",
        MT1,
        SINK,
        "AFP",
        AFP,
        "afp-dateline-copyright",
        dateline("Valletta (AFP) -"),
        small_print("© 2026 AFP"),
    ),
    own(
        "en",
        OWN_TOM,
        SINK,
        "own-tom-byline",
        by("Ivan Mifsud", cls="byline", credit=False),
        small_print("© Allied Newspapers Ltd. All rights reserved."),
    ),
    nul(
        "negative_mention",
        "en",
        MT3,
        SINK,
        "mid-told-tvm",
        keep=(
            "A civil protection officer told TVM that the culvert had not been inspected in more than a decade.",
        ),
        note="on a site where another page credits The Malta Independent",
    ),
    nul(
        "negative_caption",
        "en",
        MT2,
        SINK,
        "caption-civil-protection",
        figure("The van tilted into the sinkhole in Msida. Photo: Civil Protection Department"),
    ),
    nul("no_credit", "en", MT1, SINK, "staff-byline", bysite("Malta News Now Newsroom")),
    # ======================= Spanish (Beni, Bolivia) =======================
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-notice",
        dateline("Trinidad (Bolivia), 12 mar (EFE).-"),
        small_print(
            "© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A."
        ),
        note="the dateline kept; the redistribution notice the credit line",
    ),
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
            "https://www.infobae.com/america/america-latina/2026/03/12/bolivia-inundaciones-trinidad-beni/",
        ),
    ),
    case(
        "out_of_table",
        "es",
        ES2,
        ES,
        "El Deber",
        ["El Deber", "eldeber.com.bo"],
        "fuente-el-deber",
        tail("Fuente: El Deber", tag="strong"),
    ),
    case(
        "out_of_table",
        "es",
        ES1,
        ES,
        "Agencia Boliviana de Información",
        ["Agencia Boliviana de Información", "ABI", "abi.bo"],
        "con-informacion-abi",
        tail("Con información de ABI", tag="em"),
        note="the state news agency, outside the table, filed `out_of_table`",
    ),
    own(
        "es",
        OWN_DEB,
        ES,
        "own-el-deber-rights",
        by("Por Carla Suárez", cls="byline", credit=False),
        small_print("© El Deber. Todos los derechos reservados."),
    ),
    nul(
        "negative_mention",
        "es",
        ES3,
        ES,
        "mid-contacto-radio-fides",
        keep=(
            "En contacto con Radio Fides, el director departamental de Riesgos dijo que el terraplén es vigilado día y noche.",
        ),
    ),
    nul(
        "negative_caption",
        "es",
        ES1,
        ES,
        "caption-foto-efe",
        figure(
            "Vecinos del barrio Pompeya cruzan en canoa una calle inundada. Foto: EFE/Julio Añez"
        ),
        note="an agency photo credit, on a site where another page runs EFE copy",
    ),
    # ======================= French (Brittany) =======================
    wire(
        "fr",
        FR1,
        FR,
        "AFP",
        AFP,
        "afp-french-dateline-slug",
        dateline("Saint-Brieuc (AFP) -"),
        note_line("hdu/gf/sp", cls="afp-slug"),
    ),
    case(
        "in_table",
        "fr",
        FR2,
        FR,
        "Ouest-France",
        ["Ouest-France", "Ouest France", "ouest-france.fr"],
        "jnews-source-ouest-france",
        jnews_field(
            "Source :",
            "Ouest-France",
            "https://www.ouest-france.fr/bretagne/hillion-22120/algues-vertes-trois-plages-fermees",
        ),
    ),
    case(
        "in_table",
        "fr",
        FR3,
        FR,
        "Le Monde",
        ["Le Monde", "lemonde.fr"],
        "blogger-source-le-monde",
        blogger_div(
            "Source :",
            "Le Monde",
            "https://www.lemonde.fr/planete/article/2026/03/12/algues-vertes-baie-de-saint-brieuc_6512345_3244.html",
        ),
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "Le Télégramme",
        ["Le Télégramme", "Le Telegramme", "letelegramme.fr"],
        "source-le-telegramme",
        tail("Source : Le Télégramme"),
    ),
    own(
        "fr",
        OWN_TLG,
        FR,
        "own-telegramme-rights",
        by("Yannick Le Goff", cls="byline", credit=False),
        small_print("© Le Télégramme. Reproduction interdite."),
    ),
    nul(
        "negative_mention",
        "fr",
        FR2,
        FR,
        "mid-interroge-france-bleu",
        keep=(
            "Interrogé par France Bleu Armorique, le maire d'Hillion a dit attendre « des actes, pas des études ».",
        ),
        note="on a site where another page credits Ouest-France",
    ),
    nul(
        "negative_caption",
        "fr",
        FR1,
        FR,
        "caption-photo-afp",
        figure("Un engin de ramassage sur la plage de la Granville, à Hillion. (Photo : AFP)"),
        note="on a site where another page runs AFP copy",
    ),
    # ======================= German (Mecklenburg-Vorpommern) =======================
    wire(
        "de",
        DE1,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur", "dpa-infocom"],
        "dpa-regional-dateline-infocom",
        dateline("Putgarten (dpa/mv) -"),
        small_print("© dpa-infocom, dpa:260312-930-388120/1"),
        note="the agency's regional service: dateline kept, the infocom line the credit line",
    ),
    wire(
        "de",
        DE3,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur"],
        "quelle-dpa-mv",
        tail("Quelle: dpa/mv", tag="em"),
    ),
    case(
        "in_table",
        "de",
        DE2,
        DE,
        "Tagesschau",
        ["Tagesschau", "tagesschau.de", "ARD"],
        "quelle-tagesschau",
        tail("Quelle: tagesschau.de"),
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "NDR",
        ["NDR", "Norddeutscher Rundfunk", "NDR Mecklenburg-Vorpommern", "ndr.de"],
        "quelle-ndr",
        tail("Quelle: NDR", tag="em"),
        note="the regional public broadcaster, outside the table",
    ),
    case(
        "out_of_table",
        "de",
        DE3,
        DE,
        "Ostsee-Zeitung",
        ["Ostsee-Zeitung", "OZ", "ostsee-zeitung.de"],
        "erschien-zuerst-oz",
        tail("Dieser Artikel erschien zuerst in der Ostsee-Zeitung."),
    ),
    own(
        "de",
        OWN_OZ,
        DE,
        "own-oz-byline",
        by("Von Kerstin Wagenknecht", cls="byline", credit=False),
        small_print("© Ostsee-Zeitung GmbH & Co. KG"),
    ),
    nul(
        "negative_mention",
        "de",
        DE1,
        DE,
        "mid-gegenueber-nordkurier",
        keep=(
            "Gegenüber dem Nordkurier sagte ein Sprecher des Landkreises, die Sperrung gelte auch für Fahrradfahrer.",
        ),
        note="on a site where another page runs dpa copy",
    ),
    nul(
        "negative_caption",
        "de",
        DE3,
        DE,
        "caption-foto-dpa",
        figure("Abgebrochene Kreide am Strand unterhalb des Kap Arkona. Foto: Stefan Sauer/dpa"),
        note="an agency photo credit, on a site where another page runs dpa copy",
    ),
    # ======================= Portuguese (Pará, Brazil) =======================
    wire(
        "pt",
        PT1,
        PT,
        "Agência Brasil",
        ["Agência Brasil", "Agencia Brasil", "ABr"],
        "byline-reporter-agencia-brasil",
        by("Maria Clara Pantoja - Repórter da Agência Brasil", cls="byline"),
    ),
    case(
        "in_table",
        "pt",
        PT3,
        PT,
        "O Globo",
        ["O Globo", "Globo", "g1", "G1", "g1 PA", "g1 Pará", "g1.globo.com"],
        "blogger-fonte-g1-para",
        blogger_div(
            "Fonte:",
            "g1 Pará",
            "https://g1.globo.com/pa/para/noticia/2026/03/12/preco-do-acai-dispara-em-belem.ghtml",
        ),
        note="Globo's news portal by its state edition, which the table files under O Globo",
    ),
    case(
        "out_of_table",
        "pt",
        PT2,
        PT,
        "O Liberal",
        ["O Liberal", "oliberal.com"],
        "fonte-o-liberal",
        tail("Fonte: O Liberal"),
    ),
    case(
        "out_of_table",
        "pt",
        PT1,
        PT,
        "Agência Pará",
        ["Agência Pará", "Agencia Para", "agenciapara.com.br"],
        "tagdiv-fonte-agencia-para",
        td_source(
            "FONTE",
            "Agência Pará",
            "https://agenciapara.com.br/noticia/61234/sedap-acompanha-preco-do-acai",
        ),
        note="the state government's news agency, outside the table, filed `out_of_table` (unsure: a reader may call it a press office)",
    ),
    own(
        "pt",
        OWN_OLIB,
        PT,
        "own-oliberal-rights",
        small_print("© 2026 O Liberal. Todos os direitos reservados."),
    ),
    nul(
        "negative_mention",
        "pt",
        PT3,
        PT,
        "mid-entrevista-radio-clube",
        keep=(
            "Em entrevista à Rádio Clube do Pará, um feirante do Ver-o-Peso disse que há dias em que nem abre a banca.",
        ),
    ),
    nul(
        "negative_caption",
        "pt",
        PT2,
        PT,
        "caption-foto-agencia-para",
        figure(
            "Rasas de açaí desembarcadas na feira do Ver-o-Peso. Foto: Marco Santos/Agência Pará"
        ),
        note="a state agency's photo credit",
    ),
    # ======================= Russian (Kaliningrad) =======================
    wire(
        "ru",
        RU2,
        RU,
        "TASS",
        ["TASS", "ТАСС", "tass.ru"],
        "tass-dateline-source",
        dateline("КАЛИНИНГРАД, 12 марта. /ТАСС/."),
        tail("Источник: ТАСС"),
        note="Bitrix's source line; the dateline kept",
    ),
    wire(
        "ru",
        RU1,
        RU,
        "RIA Novosti",
        ["RIA Novosti", "РИА Новости", "ria.ru"],
        "istochnik-ria",
        tail("Источник: РИА Новости"),
    ),
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Клопс",
        ["Клопс", "Klops", "Klops.ru", "klops.ru"],
        "po-materialam-klops",
        tail("По материалам Klops.ru", tag="em"),
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "Новый Калининград",
        ["Новый Калининград", "Новый Калининград.Ru", "newkaliningrad.ru"],
        "istochnik-novy-kaliningrad",
        tail("Источник: «Новый Калининград»"),
    ),
    own(
        "ru",
        OWN_KLOPS,
        RU,
        "own-klops-notice",
        small_print(
            "При полном или частичном использовании материалов ссылка на Klops.ru обязательна."
        ),
        note="the site's own citation notice",
    ),
    nul(
        "negative_mention",
        "ru",
        RU1,
        RU,
        "mid-v-efire-baltik-plus",
        keep=("В эфире радио «Балтик Плюс» глава округа пообещал, что пляж отсыплют до июня.",),
    ),
    nul(
        "negative_caption",
        "ru",
        RU2,
        RU,
        "caption-foto-administratsiya",
        figure(
            "Размытый пляж у центрального спуска. Фото: пресс-служба администрации Зеленоградского округа"
        ),
    ),
    # ======================= Japanese (Okinawa) =======================
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        ["Kyodo News", "共同通信", "Kyodo", "共同"],
        "teikyo-kyodo",
        tail("提供：共同通信"),
        note="the agency in the portal's provider line (unsure: the page's only sign)",
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Jiji Press",
        ["Jiji Press", "時事通信", "Jiji"],
        "aggregator-row-jiji",
        source_row("時事通信", "3/12(木) 18:05"),
        note="a Yahoo!ニュース-style portal's row: a wire page",
    ),
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "NHK沖縄", "NHK NEWS WEB", "nhk.or.jp"],
        "shutten-nhk-okinawa",
        tail("出典：NHK沖縄 NEWS WEB"),
        note="the broadcaster's Okinawa station, answered NHK",
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "琉球新報",
        ["琉球新報", "Ryukyu Shimpo", "ryukyushimpo.jp"],
        "aggregator-row-ryukyu-shimpo",
        source_row("琉球新報", "3/12(木) 15:30"),
    ),
    own(
        "ja",
        OWN_RS,
        JA,
        "own-ryukyu-notice",
        small_print("琉球新報社の許可なく転載することを禁じます。"),
        note="the paper's own reprint notice",
    ),
    nul(
        "negative_mention",
        "ja",
        JA2,
        JA,
        "mid-otv-shuzai",
        keep=(
            "ＯＴＶ沖縄テレビの取材に対し、市の担当者は「停電の長期化に備えて給水車を手配した」と話した。",
        ),
    ),
    nul(
        "negative_caption",
        "ja",
        JA1,
        JA,
        "caption-kyodo",
        figure("倒れた電柱＝１２日、宮古島市平良（共同）"),
        note="the agency in a caption, on a site where another page runs its copy",
    ),
    # ======================= Chinese (Sichuan) =======================
    wire(
        "zh",
        ZH1,
        ZH,
        "Xinhua",
        XINHUA,
        "info-bar-xinhua-dateline",
        cn_source("新华社", "刘晓雯"),
        dateline("新华社成都3月12日电（记者刘晓雯）"),
        note="the info bar's source field; the agency's dateline kept",
    ),
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "People's Daily",
        ["People's Daily", "人民网", "人民日报", "people.com.cn"],
        "info-bar-people",
        cn_source("人民网", "王川", "http://sc.people.com.cn/n2/2026/0312/c345167-41012345.html"),
        note="the People's Daily site, answered People's Daily",
    ),
    case(
        "out_of_table",
        "zh",
        ZH1,
        ZH,
        "四川日报",
        ["四川日报", "Sichuan Daily", "川观新闻"],
        "info-bar-sichuan-daily",
        cn_source("四川日报", "张雪梅"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH2,
        ZH,
        "封面新闻",
        ["封面新闻", "The Cover", "thecover.cn"],
        "info-bar-the-cover",
        cn_source("封面新闻", "李俊"),
    ),
    own(
        "zh",
        OWN_COVER,
        ZH,
        "own-cover-notice",
        by("封面新闻记者 李俊", cls="byline", credit=False),
        small_print("未经授权，禁止转载"),
    ),
    nul(
        "negative_mention",
        "zh",
        ZH1,
        ZH,
        "mid-sichuan-guancha",
        keep=(
            "天全县应急管理局相关负责人在接受四川观察记者采访时表示，将对沿线隐患点开展全面排查。",
        ),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH2,
        ZH,
        "caption-gongtu",
        figure("抢险人员正在清理路面。天全县融媒体中心供图"),
    ),
    # ======================= Arabic (Alexandria) =======================
    wire(
        "ar",
        AR1,
        AR,
        "Middle East News Agency",
        ["Middle East News Agency", "MENA", "أ ش أ", "وكالة أنباء الشرق الأوسط"],
        "masdar-mena",
        tail("المصدر: وكالة أنباء الشرق الأوسط"),
    ),
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "Al Arabiya",
        ["Al Arabiya", "العربية", "العربية نت", "alarabiya.net"],
        "masdar-alarabiya",
        tail("المصدر: العربية نت"),
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "اليوم السابع",
        ["اليوم السابع", "Youm7", "youm7.com"],
        "naqlan-an-youm7",
        tail("نقلا عن اليوم السابع"),
    ),
    nul(
        "negative_mention",
        "ar",
        AR2,
        AR,
        "mid-sada-elbalad",
        keep=(
            "وفي مداخلة هاتفية مع قناة صدى البلد، قال رئيس حي المنتزه إن المعدات تعمل على مدار الساعة.",
        ),
    ),
    nul(
        "negative_caption",
        "ar",
        AR1,
        AR,
        "caption-mena",
        figure("سيارات شفط المياه في شارع خالد بن الوليد بمنطقة ميامي (أ ش أ)"),
        note="the agency's initials in a caption, on a site where another page runs its copy",
    ),
    # ======================= Italian (Sardinia) =======================
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline-copyright",
        dateline("(ANSA) - NUORO, 12 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    wire(
        "it",
        IT2,
        IT,
        "AGI",
        ["AGI", "Agenzia Italia", "Agi"],
        "fonte-agi",
        tail("Fonte: Agi", tag="em"),
    ),
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "Corriere della Sera",
        ["Corriere della Sera", "Corriere", "corriere.it"],
        "fonte-corriere",
        tail("Fonte: Corriere della Sera"),
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "L'Unione Sarda",
        ["L'Unione Sarda", "Unione Sarda", "unionesarda.it"],
        "jnews-fonte-unione-sarda",
        jnews_field(
            "Fonte:",
            "L'Unione Sarda",
            "https://www.unionesarda.it/news-sardegna/nuoro/siccita-acqua-razionata",
        ),
    ),
    own(
        "it",
        OWN_NS,
        IT,
        "own-nuova-riproduzione",
        by("di Marco Piras", cls="byline", credit=False),
        small_print("© Riproduzione riservata"),
    ),
    nul(
        "negative_mention",
        "it",
        IT1,
        IT,
        "mid-microfoni-videolina",
        keep=(
            "Ai microfoni di Videolina il sindaco ha chiesto ad Abbanoa tempi certi per la riparazione delle condotte.",
        ),
        note="on a site where another page runs ANSA copy",
    ),
    nul(
        "negative_caption",
        "it",
        IT2,
        IT,
        "caption-foto-ansa",
        figure("L'invaso quasi vuoto alle porte della città (foto ANSA)"),
    ),
    # ======================= Indonesian (Bali) =======================
    wire(
        "id",
        ID1,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Kantor Berita Antara", "antaranews.com"],
        "antara-dateline-copyright",
        dateline("Badung (ANTARA) -"),
        small_print("Copyright © ANTARA 2026"),
    ),
    case(
        "out_of_table",
        "id",
        ID2,
        ID,
        "Tribun Bali",
        ["Tribun Bali", "Tribun-Bali.com", "tribunnews.com"],
        "tribun-telah-tayang",
        tail(f'Artikel ini telah tayang di Tribun-Bali.com dengan judul "{KUTA_T}"', tag="em"),
        note="the Tribun network's syndication line with the headline",
    ),
    case(
        "out_of_table",
        "id",
        ID1,
        ID,
        "Kompas.com",
        ["Kompas.com", "Kompas", "kompas.com"],
        "sumber-kompas",
        tail("Sumber: Kompas.com"),
    ),
    nul(
        "negative_mention",
        "id",
        ID2,
        ID,
        "mid-dihubungi-bali-tv",
        keep=(
            "Saat dihubungi Bali TV, Kepala Dinas mengatakan pengangkutan dilakukan sejak pukul enam pagi.",
        ),
    ),
    nul(
        "negative_caption",
        "id",
        ID1,
        ID,
        "caption-antara-foto",
        figure(
            "Petugas membersihkan sampah kiriman di Pantai Kuta. ANTARA FOTO/Nyoman Hendra Wibowo"
        ),
        note="on a site where another page runs Antara copy",
    ),
    # ======================= Turkish (Trabzon) =======================
    wire(
        "tr",
        TR1,
        TR,
        "İhlas Haber Ajansı",
        ["İhlas Haber Ajansı", "İHA", "IHA"],
        "kaynak-iha",
        tail("Kaynak: İHA"),
    ),
    wire(
        "tr",
        TR2,
        TR,
        "Anadolu Agency",
        ["Anadolu Agency", "Anadolu Ajansı", "AA", "aa.com.tr"],
        "tagdiv-kaynak-aa",
        td_source(
            "KAYNAK",
            "Anadolu Ajansı",
            "https://www.aa.com.tr/tr/gundem/trabzonda-heyelan-koy-yolunu-kapatti/3512345",
        ),
    ),
    case(
        "out_of_table",
        "tr",
        TR1,
        TR,
        "Hürriyet",
        ["Hürriyet", "Hurriyet", "hurriyet.com.tr"],
        "kaynak-hurriyet",
        tail("Kaynak: Hürriyet", tag="strong"),
    ),
    nul(
        "negative_mention",
        "tr",
        TR1,
        TR,
        "mid-trt-haber-e-konusan",
        keep=(
            "TRT Haber'e konuşan muhtar, köye ulaşımın sadece patika yoldan sağlanabildiğini söyledi.",
        ),
        note="the public broadcaster's channel named as the one a source spoke to (unsure: TRT World, its English service, is in the table)",
    ),
    nul(
        "negative_caption",
        "tr",
        TR2,
        TR,
        "caption-fotograf-dha",
        figure("Heyelan nedeniyle kapanan köy yolu. (Fotoğraf: DHA)"),
    ),
    # ======================= Hindi (Madhya Pradesh) =======================
    wire(
        "hi",
        HI1,
        HI,
        "Press Trust of India",
        ["Press Trust of India", "PTI", "भाषा", "पीटीआई-भाषा"],
        "bhasha-dateline-codes",
        dateline("उमरिया, 12 मार्च (भाषा)"),
        note_line("भाषा सं. रावत दिलीप", cls="pti-codes"),
        note="PTI's Hindi service: the dateline kept, the desk codes the credit line",
    ),
    case(
        "in_table",
        "hi",
        HI2,
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
        "srot-naidunia-bold",
        tail("स्रोत: नईदुनिया", tag="strong"),
    ),
    own(
        "hi",
        OWN_ND,
        HI,
        "own-naidunia-desk",
        by("नईदुनिया प्रतिनिधि, उमरिया", cls="byline", credit=False),
        note="the paper's own desk byline",
    ),
    nul(
        "negative_mention",
        "hi",
        HI2,
        HI,
        "mid-etv-bharat",
        keep=(
            "ईटीवी भारत से बातचीत में वन परिक्षेत्र अधिकारी ने कहा कि बाघ को जंगल की ओर खदेड़ने की कोशिश की जा रही है।",
        ),
    ),
    nul(
        "negative_caption",
        "hi",
        HI1,
        HI,
        "caption-van-vibhag",
        figure("खेत के पास मिले बाघ के पंजों के निशान। (फोटो: वन विभाग)"),
    ),
    # ======================= Korean (Jeju) =======================
    wire(
        "ko",
        KO1,
        KO,
        "Yonhap",
        ["Yonhap", "연합뉴스", "Yonhap News Agency"],
        "yonhap-dateline-trailer",
        dateline("(제주=연합뉴스) 고현주 기자 ="),
        kr_copyright(YONHAP_TRAILER),
        note="the dateline kept; the trailer the credit line",
    ),
    wire(
        "ko",
        KO2,
        KO,
        "Newsis",
        ["Newsis", "뉴시스"],
        "newsis-dateline-trailer",
        dateline("[제주=뉴시스] 강지훈 기자 ="),
        kr_copyright("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지>"),
    ),
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
    own(
        "ko",
        OWN_JS,
        KO,
        "own-jejusori-copyright",
        kr_copyright("<저작권자 © 제주의소리 무단전재 및 재배포금지>"),
    ),
    nul(
        "negative_mention",
        "ko",
        KO2,
        KO,
        "mid-kbs-jeju",
        keep=(
            '공항공사 관계자는 KBS제주와의 통화에서 "기상 상황이 나아지는 대로 임시편을 투입하겠다"고 말했다.',
        ),
    ),
    nul(
        "negative_caption",
        "ko",
        KO1,
        KO,
        "caption-news1",
        figure("12일 제주국제공항 대합실이 결항편 승객들로 붐비고 있다. 2026.3.12/뉴스1"),
    ),
]
