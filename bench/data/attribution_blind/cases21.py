# ruff: noqa: E501, RUF001
"""Sites and cases of the twenty-first blind set (cases_2026-12-23.jsonl).

Written from newsroom conventions without reading the attribution code. A thirteenth independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. A little under half English, from seven English-speaking regions the
earlier sets' stories had not been set in (Idaho in the US Mountain West, Northern Ireland,
Newfoundland, Tasmania and Western Australia, Zimbabwe and South Africa, Pakistan's northern
areas, Johor and Singapore), on the sites such a crawler reads there (chain and independent local
papers, a TV station, public and commercial radio, trade and community sites, blogs, scrapers, a
partner portal and a Google News-style aggregator, an NGO, national and regional papers' own
pages), and the rest in fourteen other languages weighted by the news the web carries in them
(Spanish, French, German, Portuguese, Russian, Arabic, Japanese, Chinese in traditional
characters, Italian, Indonesian, Turkish, Polish, Dutch, Vietnamese), this time from Peru,
Senegal, Carinthia, the Algarve, Kamchatka, Tunisia, Miyazaki, Yilan and Hong Kong, the Marche,
South Sulawesi, Antalya, Lower Silesia, Flanders and the Central Highlands. Each page's
convention is drawn about as often as such a crawler meets it, whether or not an earlier set used
it, and a credited page carries every line that credits its original where real pages do. No new
template: the earlier ones (`chrome3`-`chrome12`) render these CMSs.

Cases the writer was unsure of (marked before any run; each `note` says why): the Mountain West
News Bureau's production line on a public radio station (a reader might name the member station
that reported it); "Source: UTV News" answered as ITV News, which the table files and whose Northern
Ireland service UTV is; the Associated Press of Pakistan's dateline as a page's only sign; Dawn's
"Published in Dawn, <date>" line as the credit line of a scraper's copy; the Senegalese agency's
dateline and slug (the table's "APS" is Algeria's agency, so only the Senegalese agency's own
names are accepted); APA's dateline with a one-word author field as the only sign; Andina's
"(FIN)" desk line on its own site.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from cases6 import blogger_div, by, bysite, nul, own, right, wire
from cases8 import (
    AFP,
    AP,
    AP_TRAILER,
    RTR,
    appeared_first,
    provider,
    source_row,
    td_source,
)
from cases9 import jnews_field
from cases11 import note_line, small_print
from cases13 import states_footer
from cases15 import t3_author, wpb_author, wpb_note, wpb_terms
from chrome8 import site_registry
from model3 import Case3, Site3, case, dateline, figure, tail
from model5 import in_last_p

SITES21: dict[str, Site3] = {}


_s = site_registry(SITES21)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
# English, by the story they mostly carry: an avalanche in Idaho, a flooded village in Co Down,
# an island ferry in Newfoundland, a bushfire in Tasmania, cholera in Chitungwiza, a landslide on
# the Karakoram Highway, floods in Segamat; an aggregator and a partner portal carry several.
EN_US1 = _s("sawtellcountyjournal.com", "The Sawtell County Journal", "blox")
EN_US2 = _s("kgsp8.com", "KGSP 8", "arc")
EN_US3 = _s("snakeriverpublicradio.org", "Snake River Public Radio", "brightspot")
EN_US4 = blog("garnetspringsneighbors.blogspot.com", "Garnet Springs Neighbors")
EN_US5 = _s("mountainroadsreport.com", "Mountain Roads Report", "wp")
EN_PT = _s("morningdeskhub.com", "MorningDesk", "partner")
EN_AG = _s("newsmeadow.app", "NewsMeadow", "aggregator", "newsmeadow.app")
OWN_IS = _s("idahostatesman.com", "Idaho Statesman", "localportal")
EN_NI1 = _s("mournecoastnews.co.uk", "Mourne Coast News", "wp")
EN_NI2 = _s("downdistrictherald.co.uk", "Down District Herald", "localportal")
EN_NI3 = blog("drumkeelfloodaction.blogspot.com", "Drumkeel Flood Action")
EN_NI4 = _s("ulsterdailydigest.com", "Ulster Daily Digest", "nextjs")
EN_IE = _s("borderregiontoday.ie", "Border Region Today", "wp")
OWN_BL = _s("belfastlive.co.uk", "Belfast Live", "localportal")
EN_CA1 = _s("nlnewsnow.ca", "NL News Now", "localportal")
EN_CA2 = _s("baycountryradio.ca", "Bay Country Radio", "wp")
EN_CA3 = _s("northatlanticshipping.com", "North Atlantic Shipping", "jnews")
EN_CA4 = _s("atlanticcanadadaily.com", "Atlantic Canada Daily", "wpblock")
EN_CA5 = blog("fennickislanders.blogspot.com", "Fennick Islanders")
OWN_VOCM = _s("vocm.com", "VOCM", "wp")
EN_AU1 = _s("northwesttassie.com.au", "North West Tassie", "localportal")
EN_AU2 = _s("tasbushwalker.com", "Tas Bushwalker", "wp")
EN_AU3 = _s("perthweekender.com.au", "Perth Weekender", "tagdiv")
EN_AU4 = _s("goldfieldsnewsline.com.au", "Goldfields Newsline", "jannah")
EN_AU5 = blog("banksiacreekcommunity.blogspot.com", "Banksia Creek Community")
OWN_EX = _s("examiner.com.au", "The Examiner", "localportal")
EN_ZW1 = _s("harare-insider24.com", "Harare Insider 24", "jnews")
EN_ZW2 = _s("zimdailyfeed.co.zw", "Zim Daily Feed", "wp")
EN_ZW3 = blog("chitungwizaresidents.blogspot.com", "Chitungwiza Residents Trust")
EN_ZA1 = _s("southernafricahealthwatch.org", "Southern Africa Health Watch", "wpblock")
EN_ZA2 = _s("joburgheadlines24.co.za", "Joburg Headlines 24", "tagdiv")
OWN_HER = _s("herald.co.zw", "The Herald", "regional")
EN_PK1 = _s("gilgitvoice24.com", "Gilgit Voice 24", "wp")
EN_PK2 = _s("islamabadpost24.pk", "Islamabad Post 24", "tagdiv")
EN_PK3 = _s("northernareasnews.com", "Northern Areas News", "jannah")
EN_PK4 = blog("hunzatravelupdates.blogspot.com", "Hunza Travel Updates")
OWN_ET = _s("tribune.com.pk", "The Express Tribune", "regional")
EN_MY1 = _s("johorbahruherald.com.my", "Johor Bahru Herald", "regional")
EN_MY2 = _s("malaysiadailybrief.com", "Malaysia Daily Brief", "jnews")
EN_MY3 = blog("segamatfloodwatch.blogspot.com", "Segamat Flood Watch")
EN_SG1 = _s("sgcommuternews.com", "SG Commuter News", "wp")
EN_SG2 = _s("lioncitydigest.com", "Lion City Digest", "tagdiv")
OWN_STAR = _s("thestar.com.my", "The Star", "regional")
# Spanish (Arequipa, Peru)
ES1 = _s("surandino24.com", "Sur Andino 24", "jnews")
ES2 = _s("colca-al-dia.pe", "Colca al Día", "wpblock")
ES3 = blog("caylloma-noticias.blogspot.com", "Caylloma Noticias")
OWN_AND = _s("andina.pe", "Agencia Andina", "regional")
# French (Saint-Louis, Senegal)
FR1 = _s("saintlouis-actu.sn", "Saint-Louis Actu", "jnews")
FR2 = _s("senegal-infos24.com", "Sénégal Infos 24", "wpblock")
FR3 = blog("langue-de-barbarie.blogspot.com", "Langue de Barbarie")
OWN_SOL = _s("lesoleil.sn", "Le Soleil", "regional")
# German (Carinthia, Austria)
DE1 = _s("moelltal-news.at", "Mölltal News", "typo3")
DE2 = _s("kaernten-aktuell24.at", "Kärnten aktuell 24", "nextjs")
DE3 = _s("oberkaernten-blick24.at", "Oberkärnten Blick 24", "wp")
OWN_ORF = _s("kaernten.orf.at", "kaernten.ORF.at", "regional", "kaernten.orf.at")
# Portuguese (the Algarve)
PT1 = _s("algarve-hoje24.pt", "Algarve Hoje 24", "jnews")
PT2 = _s("sotavento-online.pt", "Sotavento Online", "wpblock")
PT3 = blog("regantes-do-barlavento.blogspot.com", "Regantes do Barlavento")
OWN_SUL = _s("sulinformacao.pt", "Sul Informação", "wp")
# Russian (Kamchatka)
RU1 = _s("kamchatka-segodnya.ru", "Камчатка сегодня", "bitrix")
RU2 = _s("elizovo-info.ru", "Елизово-инфо", "wp")
OWN_KAM = _s("kam24.ru", "Kam24", "regional")
# Arabic (Kairouan, Tunisia)
AR1 = _s("kairouan-news24.com", "القيروان نيوز", "jannah")
AR2 = _s("tunisie-akhbar24.com", "أخبار تونس 24", "wpblock")
OWN_MOS = _s("mosaiquefm.net", "موزاييك أف أم", "regional")
# Japanese (Miyazaki)
JA1 = _s("nobeoka-navi.jp", "のべおかナビ", "jpnews")
JA2 = _s("minamikyushu-matome.net", "南九州ニュースまとめ", "aggregator", "minamikyushu-matome.net")
OWN_MIYA = _s("the-miyanichi.co.jp", "宮崎日日新聞", "jpnews")
# Chinese, traditional characters (Yilan; a Hong Kong portal)
ZH1 = _s("lanyang-shenghuo.com.tw", "蘭陽生活網", "regional")
ZH2 = _s("hk-dailybrief.com.hk", "港聞速遞", "wp")
ZH3 = _s("suao-yugang.com", "蘇澳漁港報", "wp")
# Italian (the Macerata hills)
IT1 = _s("maceratese-oggi.it", "Maceratese Oggi", "jnews")
IT2 = _s("sibillini-notizie.it", "Sibillini Notizie", "typo3")
OWN_CM = _s("cronachemaceratesi.it", "Cronache Maceratesi", "wp")
# Indonesian (South Sulawesi)
ID1 = _s("sidrap-terkini.com", "Sidrap Terkini", "jnews")
ID2 = _s("sulsel-update24.com", "Sulsel Update 24", "wpblock")
# Turkish (Antalya)
TR1 = _s("kumluca-haber24.com", "Kumluca Haber 24", "tagdiv")
TR2 = _s("batiakdeniz-gundem.com", "Batı Akdeniz Gündem", "wpblock")
# Polish (Kłodzko county)
PL1 = _s("klodzko-info24.pl", "Kłodzko Info 24", "wp")
PL2 = _s("ziemia-klodzka-news.pl", "Ziemia Kłodzka News", "localportal")
OWN_GW = _s("gazetawroclawska.pl", "Gazeta Wrocławska", "regional")
# Dutch (the Westhoek, Flanders)
NL1 = _s("westhoek-nieuws.be", "Westhoek Nieuws", "wp")
NL2 = _s("ijzervallei-actueel.be", "IJzervallei Actueel", "localportal")
OWN_HLN = _s("hln.be", "HLN", "regional")
# Vietnamese (Đắk Lắk)
VI1 = _s("daklak24h.com", "Đắk Lắk 24h", "wp")
VI2 = _s("taynguyen-online.vn", "Tây Nguyên Online", "jnews")
OWN_BDL = _s("baodaklak.vn", "Báo Đắk Lắk", "regional")

AVALANCHE, FLOOD, FERRY, BUSHFIRE, CHOLERA, KKH, JOHOR = (
    "avalanche",
    "flood",
    "ferry",
    "bushfire",
    "cholera",
    "kkh",
    "johor",
)
ES, FR, DE, PT, RU, AR, JA = "huaico", "houle", "mure", "seca", "purga", "miyah", "sanrin"
ZH, IT, ID, TR, PL, NL, VI = "yuchuan", "frana", "banjir", "hortum", "roztopy", "ijzer", "hanhan"

NEWSDAY_T = "Cholera cases climb in Chitungwiza as taps run dry"
PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP"]
CP_LINE = "This report by The Canadian Press was first published March 12, 2026."
AAP = ["Australian Associated Press", "AAP"]
CBC = ["CBC News", "CBC", "CBC Newfoundland and Labrador", "CBC NL", "cbc.ca"]
ABC_AU = ["ABC Australia", "ABC Northern Tasmania", "ABC News Australia", "abc.net.au"]
XINHUA = ["Xinhua", "Xinhua News Agency", "新华社", "xinhuanet.com"]
BERNAMA = ["Bernama", "BERNAMA", "Malaysian National News Agency", "bernama.com"]
APP = ["Associated Press of Pakistan", "APP", "app.com.pk"]
APA = ["APA", "Austria Presse Agentur", "APA-Austria Presse Agentur"]
CNA_TW = ["Central News Agency", "中央社", "中央通訊社", "CNA Taiwan", "Focus Taiwan", "cna.com.tw"]
EFE_NOTICE = "© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE, sin previo y expreso consentimiento de la Agencia EFE S.A."

CASES21: list[Case3] = [
    # ======================= English: an avalanche in Idaho (US Mountain West) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        AVALANCHE,
        "ABC News",
        ["ABC News", "abcnews.go.com"],
        "partner-provided-by-abc",
        provider("ABC News", "Jordan Pike"),
        note="an MSN-style partner portal's provider strip: the portal only distributes (the US network, not the Australian broadcaster)",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        AVALANCHE,
        "CBS News",
        ["CBS News", "CBS", "cbsnews.com"],
        "aggregator-source-row-cbs",
        source_row("CBS News", "2h"),
        note="an aggregator's source row: the aggregator only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_US4,
        AVALANCHE,
        "Fox News",
        ["Fox News", "Fox", "foxnews.com"],
        "blogger-via-fox",
        blogger_div(
            "Via:",
            "Fox News",
            "https://www.foxnews.com/us/idaho-avalanche-buries-highway-cuts-off-mountain-town",
        ),
        note="a neighbours' blog pasting a national network's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_US5,
        AVALANCHE,
        "Idaho Statesman",
        ["Idaho Statesman", "The Idaho Statesman", "idahostatesman.com"],
        "tca-byline-and-trailer",
        by("Marisa Delgado, The Idaho Statesman", cls="byline"),
        small_print(
            "©2026 The Idaho Statesman. Visit idahostatesman.com. Distributed by Tribune Content Agency, LLC."
        ),
        note="a McClatchy paper's story through Tribune Content Agency: its byline and its trailer (the agency only distributes)",
    ),
    case(
        "out_of_table",
        "en",
        EN_US1,
        AVALANCHE,
        "Idaho Capital Sun",
        ["Idaho Capital Sun", "idahocapitalsun.com"],
        "states-newsroom-byline-footer",
        by("By Tessa Hadley, Idaho Capital Sun", cls="tnt-byline"),
        states_footer("Idaho Capital Sun", "Dana Whitfield", "info@idahocapitalsun.com"),
        note="a States Newsroom outlet's story on a BLOX paper: its byline and the footer it asks republishers to keep (the network is not the answer)",
    ),
    case(
        "out_of_table",
        "en",
        EN_US3,
        AVALANCHE,
        "Mountain West News Bureau",
        ["Mountain West News Bureau", "Mountain West News"],
        "public-media-bureau-line",
        tail(
            "This story was produced by the Mountain West News Bureau, a collaboration between Wyoming Public Media, Boise State Public Radio in Idaho, KUNR in Nevada, KUNC in Colorado and KANW in New Mexico, with support from affiliate stations across the region.",
            tag="em",
        ),
        note="a regional public-media collaboration's line on a member station (unsure: a reader might name the station that reported it)",
    ),
    wire(
        "en",
        EN_US2,
        AVALANCHE,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By CALLUM REYES Associated Press", cls="byline"),
        dateline("GARNET SPRINGS, Idaho (AP) —"),
        small_print(AP_TRAILER),
    ),
    wire(
        "en",
        EN_US3,
        AVALANCHE,
        "Associated Press",
        AP,
        "ap-by-the-ap-dateline",
        by("By The Associated Press", cls="byline"),
        dateline("BOISE, Idaho (AP) —"),
        note="a public radio station running AP's state copy: the agency's byline, its dateline from the capital kept",
    ),
    own(
        "en",
        OWN_IS,
        AVALANCHE,
        "own-originally-published-stamp",
        by("By Marisa Delgado", cls="byline"),
        tail("This story was originally published March 12, 2026 at 5:47 PM."),
        note="the paper's own time stamp, worded 'originally published', on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_US1,
        AVALANCHE,
        "mid-told-ktvb",
        keep=(
            "Sawtell County Sheriff Dale Ambrose told KTVB that deputies had checked on every household at the north end of the canyon.",
        ),
        note="on a site where another page credits the Idaho Capital Sun",
    ),
    nul(
        "negative_caption",
        "en",
        EN_US2,
        AVALANCHE,
        "caption-itd-courtesy",
        figure(
            "Snow and broken trees cover State Highway 31 in Tollgate Canyon on Thursday. (Photo courtesy of Idaho Transportation Department)"
        ),
        note="a government agency's handout photo",
    ),
    # ======================= English: a flooded village in Co Down (Northern Ireland, Ireland) =======================
    case(
        "in_table",
        "en",
        EN_NI1,
        FLOOD,
        "BBC",
        ["BBC", "BBC News", "BBC News NI", "BBC News Northern Ireland", "bbc.co.uk"],
        "source-bbc-news-ni-bold",
        tail("Source: BBC News NI", tag="strong"),
        note="the broadcaster's Northern Ireland service, answered as the table files it",
    ),
    case(
        "in_table",
        "en",
        EN_NI4,
        FLOOD,
        "ITV News",
        ["ITV News", "ITV", "UTV", "UTV News", "itv.com"],
        "source-utv-news",
        tail("Source: UTV News", tag="em"),
        note="ITV's Northern Ireland service, which the table files under ITV News (unsure: a reader may call UTV a separate outlet)",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        FLOOD,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "aggregator-source-row-guardian",
        source_row("The Guardian", "6h"),
    ),
    case(
        "out_of_table",
        "en",
        EN_NI2,
        FLOOD,
        "Belfast Telegraph",
        ["Belfast Telegraph", "The Belfast Telegraph", "belfasttelegraph.co.uk"],
        "first-appeared-belfast-telegraph",
        tail("This story first appeared in the Belfast Telegraph.", tag="em"),
        note="a weekly of the same group running the daily's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_NI3,
        FLOOD,
        "The Irish News",
        ["The Irish News", "Irish News", "irishnews.com"],
        "blogger-source-irish-news",
        blogger_div(
            "Source:",
            "The Irish News",
            "https://www.irishnews.com/news/northernirelandnews/2026/03/12/drumkeel-homes-evacuated-owenmore-river/",
        ),
        note="a flood action group's blog pasting the paper's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_AG,
        FLOOD,
        "Belfast Live",
        ["Belfast Live", "belfastlive.co.uk"],
        "aggregator-source-row-belfast-live",
        source_row("Belfast Live", "3h"),
    ),
    wire(
        "en",
        EN_IE,
        FLOOD,
        "PA Media",
        PA,
        "pa-name-byline",
        by("By Ciara Devlin, PA", cls="byline"),
        note="a border-county site in the Republic running PA's Belfast copy",
    ),
    wire(
        "en",
        EN_NI4,
        FLOOD,
        "PA Media",
        PA,
        "press-association-byline",
        by("Ronan Kearney, Press Association", cls="byline"),
    ),
    own(
        "en",
        OWN_BL,
        FLOOD,
        "own-whatsapp-line",
        by("By Orla Devine", cls="byline"),
        tail(
            "Join the Belfast Live WhatsApp community to get the latest news sent straight to your phone."
        ),
        note="the site's own WhatsApp line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_NI2,
        FLOOD,
        "mid-told-good-morning-ulster",
        keep=(
            "A Fire and Rescue Service officer told BBC Radio Ulster's Good Morning Ulster that crews had taken 17 people from their homes by boat.",
        ),
        note="on a site where another page credits the Belfast Telegraph",
    ),
    nul(
        "negative_caption",
        "en",
        EN_NI1,
        FLOOD,
        "caption-pa-wire",
        figure("Floodwater on Mill Road in Drumkeel on Thursday. (Photo: Liam Carrick/PA Wire)"),
        note="an agency photo credit, on a site where another page credits the BBC",
    ),
    # ======================= English: an island ferry in Newfoundland (Atlantic Canada) =======================
    case(
        "in_table",
        "en",
        EN_CA3,
        FERRY,
        "CBC News",
        CBC,
        "jnews-source-cbc-nl",
        jnews_field(
            "Source:",
            "CBC Newfoundland and Labrador",
            "https://www.cbc.ca/news/canada/newfoundland-labrador/fennick-island-ferry-engine-failure-1.7512345",
        ),
        note="a shipping trade site naming the broadcaster's provincial service, answered 'CBC News'",
    ),
    case(
        "in_table",
        "en",
        EN_CA4,
        FERRY,
        "The Globe and Mail",
        ["The Globe and Mail", "Globe and Mail", "theglobeandmail.com"],
        "block-terms-source-globe",
        wpb_terms("Source:", "The Globe and Mail", "/source/the-globe-and-mail/", "source"),
        note="a regional site's source terms",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        FERRY,
        "CTV News",
        ["CTV News", "CTV", "ctvnews.ca"],
        "aggregator-source-row-ctv",
        source_row("CTV News", "3h"),
    ),
    case(
        "out_of_table",
        "en",
        EN_CA5,
        FERRY,
        "VOCM",
        ["VOCM", "VOCM News", "vocm.com"],
        "blogger-via-vocm",
        blogger_div(
            "Via:",
            "VOCM",
            "https://vocm.com/2026/03/12/fennick-island-ferry-out-of-service/",
        ),
        note="an islanders' blog pasting the radio station's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_CA1,
        FERRY,
        "The Telegram",
        ["The Telegram", "Telegram", "SaltWire", "thetelegram.com", "saltwire.com"],
        "lji-byline-telegram",
        by("Moira Hollett, Local Journalism Initiative Reporter, The Telegram", cls="byline"),
        note="a Local Journalism Initiative byline: the paper it names is the original, the programme is not",
    ),
    wire(
        "en",
        EN_CA4,
        FERRY,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-first-published",
        by("The Canadian Press", cls="byline"),
        dateline("ST. JOHN'S, N.L. —"),
        tail(CP_LINE, tag="em"),
    ),
    wire(
        "en",
        EN_AG,
        FERRY,
        "The Canadian Press",
        CP,
        "aggregator-source-row-cp",
        source_row("The Canadian Press", "1h"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    own(
        "en",
        OWN_VOCM,
        FERRY,
        "own-desk-byline",
        by("VOCM News", cls="byline"),
        note="the station's own desk byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_CA1,
        FERRY,
        "mid-told-morning-show",
        keep=(
            "The island's mayor told CBC's St. John's Morning Show that the relief boat had been full on every crossing since Wednesday.",
        ),
        note="on a site where another page credits The Telegram",
    ),
    nul(
        "negative_caption",
        "en",
        EN_CA3,
        FERRY,
        "caption-canadian-press",
        figure(
            "The MV Islander Spirit tied up at the wharf in Cottle's Harbour, N.L. (THE CANADIAN PRESS/Garrett Noseworthy)"
        ),
        note="an agency photo credit, on a site where another page credits CBC",
    ),
    nul(
        "no_credit",
        "en",
        EN_CA2,
        FERRY,
        "station-newsroom",
        bysite("Bay Country Radio Newsroom"),
    ),
    # ======================= English: a bushfire in Tasmania (Tasmania, Western Australia) =======================
    case(
        "in_table",
        "en",
        EN_AU2,
        BUSHFIRE,
        "ABC Australia",
        ABC_AU,
        "source-abc-northern-tasmania-bold",
        tail("Source: ABC Northern Tasmania", tag="strong"),
        note="the Australian broadcaster's local station (the table's 'ABC Australia'), not the US network",
    ),
    case(
        "in_table",
        "en",
        EN_AU3,
        BUSHFIRE,
        "The Guardian",
        ["The Guardian", "Guardian Australia", "Guardian", "theguardian.com"],
        "tagdiv-source-guardian-australia",
        td_source(
            "SOURCE",
            "Guardian Australia",
            "https://www.theguardian.com/australia-news/2026/mar/12/tasmania-bushfire-banksia-creek-evacuate",
        ),
        note="a Perth site naming the paper's Australian edition, answered 'The Guardian'",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        BUSHFIRE,
        "The Sydney Morning Herald",
        ["The Sydney Morning Herald", "Sydney Morning Herald", "SMH", "smh.com.au"],
        "aggregator-source-row-smh",
        source_row("The Sydney Morning Herald", "4h"),
    ),
    case(
        "out_of_table",
        "en",
        EN_AU1,
        BUSHFIRE,
        "The Advocate",
        ["The Advocate", "Advocate", "theadvocate.com.au"],
        "first-appeared-advocate",
        tail("This story first appeared in The Advocate.", tag="em"),
        note="a regional group's site running its Burnie daily's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_AU5,
        BUSHFIRE,
        "Pulse Tasmania",
        ["Pulse Tasmania", "pulsetasmania.com.au"],
        "blogger-source-pulse",
        blogger_div(
            "Source:",
            "Pulse Tasmania",
            "https://www.pulsetasmania.com.au/news/banksia-creek-residents-told-to-leave-as-bushfire-grows/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_AU4,
        BUSHFIRE,
        "The Mercury",
        ["The Mercury", "Mercury", "The Hobart Mercury", "themercury.com.au"],
        "source-mercury",
        tail("Source: The Mercury", tag="em"),
        note="a Goldfields site naming Hobart's daily",
    ),
    wire(
        "en",
        EN_AU1,
        BUSHFIRE,
        "Australian Associated Press",
        AAP,
        "aap-full-name-byline",
        by("By Lachlan Baird, Australian Associated Press", cls="byline"),
    ),
    wire(
        "en",
        EN_AU3,
        BUSHFIRE,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("SYDNEY, March 12 (Reuters) -"),
        tail("(Reporting by Hannah Wetherall in Sydney; Editing by Tom Hogue)"),
    ),
    own(
        "en",
        OWN_EX,
        BUSHFIRE,
        "own-alerts-line",
        by("Hamish Pearce", cls="byline"),
        tail("Sign up for The Examiner's free breaking news alerts."),
        note="the paper's own alerts line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_AU4,
        BUSHFIRE,
        "mid-told-abc-radio-hobart",
        keep=(
            "The incident controller told ABC Radio Hobart that crews had been working through the night to protect farms west of the town.",
        ),
        note="on a site where another page credits The Mercury",
    ),
    nul(
        "negative_caption",
        "en",
        EN_AU1,
        BUSHFIRE,
        "caption-tfs-picture",
        figure(
            "Smoke rises over plantation forest west of Banksia Creek. Picture: Tasmania Fire Service"
        ),
        note="a government service's photo, on a site where another page runs AAP copy",
    ),
    # ======================= English: cholera in Chitungwiza (Zimbabwe, South Africa) =======================
    case(
        "in_table",
        "en",
        EN_AG,
        CHOLERA,
        "Al Jazeera",
        ["Al Jazeera", "Al Jazeera English", "aljazeera.com"],
        "aggregator-source-row-al-jazeera",
        source_row("Al Jazeera", "5h"),
    ),
    case(
        "in_table",
        "en",
        EN_ZA1,
        CHOLERA,
        "Daily Maverick",
        ["Daily Maverick", "dailymaverick.co.za"],
        "first-published-daily-maverick",
        wpb_note(
            "This article was first published by ",
            (
                "Daily Maverick",
                "https://www.dailymaverick.co.za/article/2026-03-12-cholera-chitungwiza/",
            ),
            ".",
        ),
        note="a health NGO's page: the note under a block separator",
    ),
    case(
        "in_table",
        "en",
        EN_ZA2,
        CHOLERA,
        "Mail & Guardian",
        ["Mail & Guardian", "Mail and Guardian", "M&G", "mg.co.za"],
        "tagdiv-via-mail-guardian",
        td_source(
            "VIA",
            "Mail & Guardian",
            "https://mg.co.za/africa/2026-03-12-cholera-cases-climb-in-chitungwiza/",
        ),
        note="tagDiv's VIA field",
    ),
    case(
        "out_of_table",
        "en",
        EN_ZW1,
        CHOLERA,
        "The Herald",
        ["The Herald", "Herald", "The Herald (Zimbabwe)", "herald.co.zw"],
        "jnews-source-herald",
        jnews_field(
            "Source:",
            "The Herald",
            "https://www.herald.co.zw/cholera-cases-rise-in-chitungwiza/",
        ),
        note="Harare's daily, not a Herald elsewhere",
    ),
    case(
        "out_of_table",
        "en",
        EN_ZW3,
        CHOLERA,
        "ZimLive",
        ["ZimLive", "zimlive.com"],
        "blogger-source-zimlive",
        blogger_div(
            "Source:",
            "ZimLive",
            "https://www.zimlive.com/cholera-outbreak-chitungwiza-unit-k/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_ZW2,
        CHOLERA,
        "NewsDay",
        ["NewsDay", "NewsDay Zimbabwe", "newsday.co.zw"],
        "rss-appeared-first-newsday",
        appeared_first(
            NEWSDAY_T,
            "NewsDay Zimbabwe",
            "https://www.newsday.co.zw/local-news/article/2026/03/cholera-cases-climb-in-chitungwiza",
        ),
        note="a scraper fed by an RSS-to-post plugin",
    ),
    wire(
        "en",
        EN_ZW2,
        CHOLERA,
        "Xinhua",
        XINHUA,
        "xinhua-english-dateline-enditem",
        dateline("HARARE, March 12 (Xinhua) --"),
        note_line("Enditem", cls="xinhua-end"),
    ),
    wire(
        "en",
        EN_ZA2,
        CHOLERA,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Chitungwiza (Zimbabwe) (AFP) -"),
        note_line("fb/jcb/cw", cls="afp-slug"),
    ),
    wire(
        "en",
        EN_ZA1,
        CHOLERA,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("HARARE, March 12 (Reuters) -"),
        tail("(Reporting by Nyasha Chingono; Editing by Olivia Kumwenda-Mtambo)"),
    ),
    own(
        "en",
        OWN_HER,
        CHOLERA,
        "own-herald-reporter",
        by("Herald Reporter", cls="byline"),
        note="the paper's own desk byline naming it, on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_ZW1,
        CHOLERA,
        "mid-told-zbc-news",
        keep=(
            "A senior health official told ZBC News that the number of cases had doubled in the past week.",
        ),
        note="on a site where another page credits The Herald",
    ),
    nul(
        "negative_caption",
        "en",
        EN_ZA1,
        CHOLERA,
        "caption-reuters-photo",
        figure("Residents queue at a borehole in Chitungwiza. (Photo: REUTERS/Tendai Chikore)"),
        note="an agency photo credit, on a site where other pages credit Daily Maverick and run Reuters copy",
    ),
    # ======================= English: a landslide on the Karakoram Highway (Pakistan) =======================
    case(
        "in_table",
        "en",
        EN_PK1,
        KKH,
        "Dawn",
        ["Dawn", "Dawn News", "dawn.com"],
        "published-in-dawn",
        tail("Published in Dawn, March 13th, 2026"),
        note="the line the paper prints under its stories, kept by a scraper (unsure: it reads like a date stamp)",
    ),
    case(
        "in_table",
        "en",
        EN_PK3,
        KKH,
        "Geo News",
        ["Geo News", "Geo", "geo.tv"],
        "courtesy-geo-news-bold",
        tail("Courtesy: Geo News", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        EN_PK2,
        KKH,
        "The News International",
        ["The News International", "The News", "thenews.com.pk"],
        "tagdiv-source-the-news",
        td_source(
            "SOURCE",
            "The News",
            "https://www.thenews.com.pk/print/1312345-landslide-blocks-kkh-near-sassi",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_PK4,
        KKH,
        "Pamir Times",
        ["Pamir Times", "pamirtimes.net"],
        "blogger-source-pamir-times",
        blogger_div(
            "Source:",
            "Pamir Times",
            "https://pamirtimes.net/2026/03/12/landslide-blocks-kkh-near-sassi-bala/",
        ),
        note="a travel blog pasting the Gilgit-Baltistan community paper's story",
    ),
    wire(
        "en",
        EN_PK1,
        KKH,
        "Associated Press of Pakistan",
        APP,
        "app-dateline-only",
        dateline("GILGIT, Mar 12 (APP):"),
        note="the state agency's dateline is the page's only sign (unsure); kept, so no credit line",
    ),
    wire(
        "en",
        EN_PK3,
        KKH,
        "AFP",
        AFP,
        "afp-dateline-copyright",
        dateline("Gilgit, Pakistan (AFP) -"),
        small_print("© 2026 AFP"),
    ),
    own(
        "en",
        OWN_ET,
        KKH,
        "own-published-in",
        by("Our Correspondent", cls="byline"),
        tail("Published in The Express Tribune, March 13th, 2026."),
        note="the paper's own 'Published in' line on its own site",
    ),
    nul(
        "negative_caption",
        "en",
        EN_PK1,
        KKH,
        "caption-photo-app",
        figure("Trucks wait near the landslide on the Karakoram Highway on Thursday. Photo: APP"),
        note="the agency's photo credit, on a site where another page runs its copy",
    ),
    nul(
        "no_credit",
        "en",
        EN_PK4,
        KKH,
        "blog-posted-by",
        bysite("Posted by Hunza Travel Updates"),
    ),
    # ======================= English: floods in Segamat (Malaysia, Singapore) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        JOHOR,
        "The Straits Times",
        ["The Straits Times", "Straits Times", "straitstimes.com"],
        "partner-provided-by-straits-times",
        provider("The Straits Times", "Zazali Musa"),
    ),
    case(
        "in_table",
        "en",
        EN_SG1,
        JOHOR,
        "CNA",
        ["CNA", "Channel NewsAsia", "channelnewsasia.com"],
        "source-cna",
        tail("Source: CNA", tag="em"),
        note="Singapore's broadcaster, not Taiwan's agency",
    ),
    case(
        "out_of_table",
        "en",
        EN_MY2,
        JOHOR,
        "The Star",
        ["The Star", "The Star Malaysia", "thestar.com.my"],
        "jnews-source-the-star",
        jnews_field(
            "Source:",
            "The Star",
            "https://www.thestar.com.my/news/nation/2026/03/12/segamat-floods-evacuees-rise",
        ),
        note="the Malaysian paper, not a Star elsewhere",
    ),
    case(
        "out_of_table",
        "en",
        EN_MY3,
        JOHOR,
        "Free Malaysia Today",
        ["Free Malaysia Today", "FMT", "freemalaysiatoday.com"],
        "blogger-source-fmt",
        blogger_div(
            "Source:",
            "Free Malaysia Today",
            "https://www.freemalaysiatoday.com/category/nation/2026/03/12/thousands-in-relief-centres-as-floods-hit-segamat-again/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_MY1,
        JOHOR,
        "New Straits Times",
        ["New Straits Times", "NST", "NST Online", "nst.com.my"],
        "source-nst-online-bold",
        tail("Source: NST Online", tag="strong"),
        note="the paper by its site's name",
    ),
    wire(
        "en",
        EN_MY2,
        JOHOR,
        "Bernama",
        BERNAMA,
        "bernama-dateline-signoff",
        dateline("SEGAMAT, March 12 (Bernama) --"),
        note_line("-- BERNAMA", cls="signoff"),
    ),
    wire(
        "en",
        EN_SG2,
        JOHOR,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("KUALA LUMPUR, March 12 (Reuters) -"),
        tail("(Reporting by Rozanna Latiff; Editing by Martin Petty)"),
    ),
    own(
        "en",
        OWN_STAR,
        JOHOR,
        "own-whatsapp-channel",
        by("By Farah Izzati Ramli", cls="byline"),
        tail(
            "Follow us on our official WhatsApp channel for breaking news alerts and key updates!"
        ),
        note="the paper's own follow line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        EN_SG1,
        JOHOR,
        "mid-told-bernama",
        keep=(
            "A district officer told Bernama that food supplies at the relief centres were enough for at least a week.",
        ),
        note="a wire named as the one a source spoke to, on a site where another page credits CNA",
    ),
    nul(
        "negative_caption",
        "en",
        EN_MY1,
        JOHOR,
        "caption-bernama-photo",
        figure(
            "Evacuees at a relief centre in a Segamat secondary school on Thursday. — Bernama photo"
        ),
    ),
    nul(
        "no_credit",
        "en",
        EN_MY3,
        JOHOR,
        "blog-posted-by",
        bysite("Posted by Segamat Flood Watch"),
    ),
    # ======================= Spanish (Arequipa, Peru) =======================
    case(
        "in_table",
        "es",
        ES1,
        ES,
        "Infobae",
        ["Infobae", "Infobae Perú", "infobae.com"],
        "jnews-fuente-infobae-peru",
        jnews_field(
            "Fuente:",
            "Infobae Perú",
            "https://www.infobae.com/peru/2026/03/12/huaico-en-el-valle-del-colca-sepulta-viviendas/",
        ),
        note="the portal's Peru edition, answered 'Infobae'",
    ),
    case(
        "out_of_table",
        "es",
        ES3,
        ES,
        "Andina",
        ["Andina", "Agencia Andina", "Agencia Peruana de Noticias Andina", "andina.pe"],
        "blogger-fuente-andina",
        blogger_div(
            "Fuente:",
            "Agencia Andina",
            "https://andina.pe/agencia/noticia-huaico-el-colca-sepulta-viviendas-1012345.aspx",
        ),
        note="Peru's state news agency, outside the table, filed `out_of_table` as the earlier sets file such agencies",
    ),
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-notice",
        dateline("Arequipa (Perú), 12 mar (EFE).-"),
        small_print(EFE_NOTICE),
    ),
    wire(
        "es",
        ES2,
        ES,
        "AFP",
        AFP,
        "afp-spanish-dateline-copyright",
        dateline("Chivay, Perú, 12 mar 2026 (AFP) -"),
        small_print("© Agence France-Presse"),
    ),
    own(
        "es",
        OWN_AND,
        ES,
        "own-fin-line",
        note_line("(FIN) JCR/MAO", cls="fin"),
        note="the agency's own closing desk line on its own site (unsure: a reader may not know it)",
    ),
    nul(
        "negative_mention",
        "es",
        ES2,
        ES,
        "mid-dialogo-rpp",
        keep=(
            "En diálogo con RPP, el alcalde provincial pidió que se envíe maquinaria pesada desde Arequipa lo antes posible.",
        ),
        note="on a site where another page runs AFP copy",
    ),
    nul(
        "negative_caption",
        "es",
        ES3,
        ES,
        "caption-foto-andina",
        figure(
            "Pobladores observan los restos de sus viviendas en Huayrapampa. Foto: ANDINA/Difusión"
        ),
        note="the agency's photo credit, on a site where another page credits it",
    ),
    nul("no_credit", "es", ES2, ES, "site-redaccion", bysite("Redacción Colca al Día")),
    # ======================= French (Saint-Louis, Senegal) =======================
    case(
        "in_table",
        "fr",
        FR3,
        FR,
        "RFI",
        ["RFI", "Radio France Internationale", "rfi.fr"],
        "blogger-source-rfi",
        blogger_div(
            "Source :",
            "RFI",
            "https://www.rfi.fr/fr/afrique/20260312-s%C3%A9n%C3%A9gal-saint-louis-la-houle-emporte-des-maisons",
        ),
    ),
    case(
        "in_table",
        "fr",
        FR2,
        FR,
        "Le Monde",
        ["Le Monde", "Le Monde Afrique", "lemonde.fr"],
        "source-le-monde-afrique",
        tail("Source : Le Monde Afrique", tag="em"),
        note="the paper's Africa section, answered 'Le Monde'",
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "Agence de presse sénégalaise",
        ["Agence de presse sénégalaise", "Agence de Presse Sénégalaise", "APS Sénégal", "aps.sn"],
        "aps-senegal-dateline-slug",
        dateline("Saint-Louis, 12 mars (APS) –"),
        note_line("ADI/ASG/OID", cls="aps-slug"),
        note="Senegal's national agency, outside the table; its dateline kept, its desk slug the credit line (unsure: the table's 'APS' is Algeria's agency, so the bare tag is not accepted)",
    ),
    wire(
        "fr",
        FR2,
        FR,
        "AFP",
        AFP,
        "afp-french-dateline-slug",
        dateline("Saint-Louis (Sénégal) (AFP) -"),
        note_line("sst/mba/blb", cls="afp-slug"),
    ),
    own(
        "fr",
        OWN_SOL,
        FR,
        "own-soleil-copyright",
        by("Par Aminata Sarr, correspondante", cls="byline"),
        small_print("Copyright © 2026 Le Soleil. Tous droits réservés."),
    ),
    nul(
        "negative_mention",
        "fr",
        FR1,
        FR,
        "mid-interroge-rts",
        keep=(
            "Interrogé par la RTS, le maire de la commune a promis le relogement rapide des familles sinistrées.",
        ),
        note="on a site where another page runs the Senegalese agency's copy",
    ),
    nul(
        "negative_caption",
        "fr",
        FR3,
        FR,
        "caption-photo-aps",
        figure("Une maison détruite par les vagues à Goxu Mbacc. Photo : APS"),
        note="the agency's photo credit on a page with no other credit",
    ),
    # ======================= German (Carinthia, Austria) =======================
    wire(
        "de",
        DE1,
        DE,
        "APA",
        APA,
        "apa-dateline-typo3-author",
        dateline("Spittal an der Drau (APA) -"),
        t3_author("APA", "von", credit=False),
        note="APA's dateline with its one-word author field: the dateline is the page's only sign (unsure); kept, so no credit line",
    ),
    wire(
        "de",
        DE2,
        DE,
        "APA",
        APA,
        "apa-red-byline",
        by("APA/Red.", cls="byline"),
        note="the agency and the desk in the byline, as Austrian portals print it",
    ),
    case(
        "in_table",
        "de",
        DE3,
        DE,
        "Der Standard",
        ["Der Standard", "derStandard", "derstandard.at"],
        "quelle-der-standard",
        tail("Quelle: Der Standard", tag="em"),
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "ORF",
        ["ORF", "ORF Kärnten", "kaernten.ORF.at", "orf.at"],
        "quelle-kaernten-orf",
        tail("Quelle: kaernten.ORF.at"),
        note="the public broadcaster's Carinthian site, outside the table",
    ),
    own(
        "de",
        OWN_ORF,
        DE,
        "own-red-orf-agenturen",
        note_line("red, kaernten.ORF.at/Agenturen", cls="byline"),
        note="the broadcaster's own sign-off on its own site ('Agenturen' names no agency)",
    ),
    nul(
        "negative_mention",
        "de",
        DE3,
        DE,
        "mid-gegenueber-krone",
        keep=(
            "Gegenüber der „Kronen Zeitung“ sagte der Bürgermeister, man werde die Bewohner notfalls mit dem Hubschrauber versorgen.",
        ),
        note="on a site where another page credits Der Standard",
    ),
    nul(
        "negative_caption",
        "de",
        DE1,
        DE,
        "caption-bfkdo",
        figure("Die verschüttete Landesstraße bei Steinwand. Bild: BFKDO Spittal"),
        note="a fire brigade district command's photo",
    ),
    # ======================= Portuguese (the Algarve) =======================
    wire(
        "pt",
        PT1,
        PT,
        "Agência Lusa",
        ["Agência Lusa", "Lusa", "Agencia Lusa"],
        "lusa-dateline-copyright",
        dateline("Lagos, Faro, 12 mar 2026 (Lusa) -"),
        small_print("© 2026 Lusa - Agência de Notícias de Portugal, S.A."),
    ),
    case(
        "in_table",
        "pt",
        PT2,
        PT,
        "Euronews",
        ["Euronews", "euronews", "euronews.com"],
        "fonte-euronews",
        tail("Fonte: Euronews", tag="em"),
    ),
    case(
        "out_of_table",
        "pt",
        PT3,
        PT,
        "Sul Informação",
        ["Sul Informação", "Sul Informacao", "sulinformacao.pt"],
        "blogger-fonte-sul-informacao",
        blogger_div(
            "Fonte:",
            "Sul Informação",
            "https://www.sulinformacao.pt/2026/03/regantes-do-alvor-vao-receber-menos-de-metade-da-agua/",
        ),
        note="a growers' blog pasting the regional paper's story",
    ),
    own(
        "pt",
        OWN_SUL,
        PT,
        "own-support-line",
        by("Por Ana Rita Guerreiro", cls="byline"),
        tail(
            "Se gostou deste artigo, apoie o jornalismo regional: contribua para o Sul Informação."
        ),
        note="the paper's own support line on its own site",
    ),
    nul(
        "negative_mention",
        "pt",
        PT2,
        PT,
        "mid-declaracoes-tsf",
        keep=(
            "Em declarações à TSF, o presidente da associação de regantes admitiu que o corte pode ser ainda maior em julho.",
        ),
        note="on a site where another page credits Euronews",
    ),
    nul(
        "negative_caption",
        "pt",
        PT1,
        PT,
        "caption-foto-lusa",
        figure("A albufeira da barragem da Bravura, em Lagos. Foto: Carlos Brito/Lusa"),
        note="the agency's photo credit, on a site where another page runs its copy",
    ),
    # ======================= Russian (Kamchatka) =======================
    wire(
        "ru",
        RU2,
        RU,
        "TASS",
        ["TASS", "ТАСС"],
        "tass-dateline-istochnik",
        dateline("ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 12 марта. /ТАСС/."),
        tail("Источник: ТАСС", tag="em"),
    ),
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Камчатка-Информ",
        ["Камчатка-Информ", "ИА «Камчатка-Информ»", "Kamchatka-Inform", "kamchatinfo.com"],
        "bitrix-istochnik-kamchatka-inform",
        note_line("Источник: ИА «Камчатка-Информ»", cls="news-detail__source"),
        note="the regional news agency, outside the table, in the Bitrix source field",
    ),
    own(
        "ru",
        OWN_KAM,
        RU,
        "own-citation-notice",
        small_print("При использовании материалов гиперссылка на kam24.ru обязательна."),
    ),
    nul(
        "negative_mention",
        "ru",
        RU1,
        RU,
        "mid-korrespondentu-tass",
        keep=(
            "Как рассказал корреспонденту ТАСС представитель администрации города, на улицы выведена вся имеющаяся техника.",
        ),
        note="a wire named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "ru",
        RU2,
        RU,
        "caption-press-service",
        figure(
            "Снегоуборочная техника на улице Ленинской. Фото: пресс-служба правительства Камчатского края"
        ),
    ),
    nul("no_credit", "ru", RU1, RU, "site-redaktsiya", bysite("Редакция «Камчатка сегодня»")),
    # ======================= Arabic (Kairouan, Tunisia) =======================
    wire(
        "ar",
        AR1,
        AR,
        "Tunis Afrique Presse",
        ["Tunis Afrique Presse", "TAP", "وات", "وكالة تونس إفريقيا للأنباء"],
        "tap-dateline-source",
        dateline("القيروان 12 مارس (وات) -"),
        tail("المصدر: وكالة تونس إفريقيا للأنباء (وات)", tag="strong"),
    ),
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "France 24",
        ["France 24", "فرانس 24", "france24.com"],
        "almasdar-france24",
        tail("المصدر: فرانس 24"),
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "موزاييك أف أم",
        ["موزاييك أف أم", "موزاييك", "Mosaïque FM", "Mosaique FM", "mosaiquefm.net"],
        "almasdar-mosaique",
        tail("المصدر: موزاييك أف أم"),
        note="Tunis' private radio, outside the table",
    ),
    own(
        "ar",
        OWN_MOS,
        AR,
        "own-mosaique-rights",
        small_print("© موزاييك أف أم - جميع الحقوق محفوظة"),
    ),
    nul(
        "negative_mention",
        "ar",
        AR2,
        AR,
        "mid-tasrih-shems",
        keep=(
            "وقال المعتمد في تصريح لإذاعة شمس أف أم إن الأشغال ستنطلق خلال الأيام القليلة القادمة.",
        ),
    ),
    nul(
        "negative_caption",
        "ar",
        AR1,
        AR,
        "caption-wat-photo",
        figure("أهالي إحدى القرى يجلبون الماء من عين قريبة (صورة: وات)"),
        note="the agency's photo credit, on a site where another page runs its copy",
    ),
    # ======================= Japanese (Miyazaki) =======================
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        ["Kyodo News", "Kyodo", "共同通信", "共同"],
        "kyodo-tag-after-final",
        in_last_p("（共同）"),
        note="the agency's tag typed after the final sentence",
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Jiji Press",
        ["Jiji Press", "時事通信", "Jiji"],
        "aggregator-row-jiji",
        source_row("時事通信", "3/12(木) 19:10"),
        note="a Yahoo!ニュース-style portal's source row: the portal only distributes",
    ),
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "NHK宮崎", "NHK宮崎放送局", "nhk.or.jp"],
        "shutten-nhk-miyazaki",
        tail("出典：NHK宮崎放送局"),
        note="the broadcaster's local station, answered 'NHK'",
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "宮崎日日新聞",
        [
            "宮崎日日新聞",
            "宮日",
            "宮崎日日新聞社",
            "Miyazaki Nichinichi Shimbun",
            "the-miyanichi.co.jp",
        ],
        "aggregator-row-miyanichi",
        source_row("宮崎日日新聞", "3/12(木) 16:30"),
    ),
    own(
        "ja",
        OWN_MIYA,
        JA,
        "own-miyanichi-notice",
        small_print(
            "掲載の記事・写真・イラストなど、すべてのコンテンツの無断複写・転載を禁じます。"
        ),
        note="the paper's own reprint notice",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-umk-shuzai",
        keep=(
            "市の担当者はＵＭＫテレビ宮崎の取材に対し、「風向きによっては避難の範囲を広げる」と話した。",
        ),
        note="on a site where other pages credit NHK and run Kyodo copy",
    ),
    nul(
        "negative_caption",
        "ja",
        JA2,
        JA,
        "caption-kyodo-photo",
        figure("延焼が続く延岡市北川町の山林（１２日午後）＝共同"),
    ),
    # ======================= Chinese, traditional (Yilan; Hong Kong) =======================
    wire(
        "zh",
        ZH1,
        ZH,
        "Central News Agency",
        CNA_TW,
        "cna-dateline-editor",
        dateline("（中央社記者王思婷宜蘭12日電）"),
        note_line("（編輯：陳秀玲）1150312", cls="editor"),
        note="Taiwan's agency, answered by its full name and not 'CNA' (the table gives that to Singapore's broadcaster)",
    ),
    wire(
        "zh",
        ZH2,
        ZH,
        "Central News Agency",
        CNA_TW,
        "cna-tag-after-final-hk",
        in_last_p("（中央社）"),
        note="a Hong Kong portal running Taiwan's agency copy, its tag typed after the final sentence",
    ),
    case(
        "out_of_table",
        "zh",
        ZH3,
        ZH,
        "ETtoday",
        ["ETtoday", "ETtoday新聞雲", "ettoday.net"],
        "xinwen-laiyuan-ettoday",
        tail("新聞來源：ETtoday新聞雲"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH2,
        ZH,
        "公視新聞網",
        ["公視新聞網", "公視", "PNN", "公共電視", "news.pts.org.tw"],
        "ziliao-laiyuan-pts",
        tail("資料來源：公視新聞網"),
        note="Taiwan's public broadcaster's news site, outside the table",
    ),
    nul(
        "negative_mention",
        "zh",
        ZH1,
        ZH,
        "mid-tvbs-fangwen",
        keep=("一名船東接受TVBS訪問時表示，這艘船上個月才剛完成換裝引擎。",),
        note="on a site where another page runs the agency's copy",
    ),
    nul(
        "negative_caption",
        "zh",
        ZH3,
        ZH,
        "caption-fire-bureau",
        figure("消防人員在南方澳漁港灌救起火漁船。（圖／宜蘭縣消防局提供）"),
        note="a government service's handout photo",
    ),
    # ======================= Italian (the Macerata hills) =======================
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline-copyright",
        dateline("(ANSA) - MACERATA, 12 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    case(
        "out_of_table",
        "it",
        IT2,
        IT,
        "Corriere Adriatico",
        ["Corriere Adriatico", "corriereadriatico.it"],
        "fonte-corriere-adriatico",
        tail("Fonte: Corriere Adriatico", tag="em"),
        note="the Marche daily, not the Corriere della Sera",
    ),
    own(
        "it",
        OWN_CM,
        IT,
        "own-riproduzione",
        by("di Federica Nardi", cls="byline"),
        small_print("© RIPRODUZIONE RISERVATA"),
    ),
    nul(
        "negative_mention",
        "it",
        IT1,
        IT,
        "mid-intervistato-tv-centro-marche",
        keep=(
            "Intervistato da Tv Centro Marche, il sindaco ha spiegato che la frazione resterà isolata almeno fino a lunedì.",
        ),
        note="on a site where another page runs ANSA copy",
    ),
    nul(
        "negative_caption",
        "it",
        IT2,
        IT,
        "caption-foto-vvf",
        figure("Il fronte della frana sulla provinciale 77. Foto Vigili del fuoco"),
    ),
    nul("no_credit", "it", IT1, IT, "site-redazione", bysite("Redazione Maceratese Oggi")),
    # ======================= Indonesian (South Sulawesi) =======================
    wire(
        "id",
        ID1,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Antaranews", "antaranews.com"],
        "antara-dateline-copyright",
        dateline("Sidenreng Rappang (ANTARA) -"),
        small_print("Copyright © ANTARA 2026"),
    ),
    case(
        "in_table",
        "id",
        ID2,
        ID,
        "Deutsche Welle",
        ["Deutsche Welle", "DW", "DW Indonesia", "dw.com"],
        "sumber-dw-indonesia",
        tail("Sumber: DW Indonesia", tag="em"),
        note="the broadcaster's Indonesian service, answered as the table files it",
    ),
    case(
        "out_of_table",
        "id",
        ID2,
        ID,
        "Tribun-Timur.com",
        ["Tribun-Timur.com", "Tribun Timur", "tribun-timur.com", "makassar.tribunnews.com"],
        "tribun-telah-tayang",
        tail(
            "Artikel ini telah tayang di Tribun-Timur.com dengan judul Banjir Rendam Ribuan Rumah di Sidrap, Ratusan Warga Mengungsi",
            tag="em",
        ),
        note="the Tribun network's syndication line with the headline",
    ),
    nul(
        "negative_mention",
        "id",
        ID1,
        ID,
        "mid-kepada-antara",
        keep=(
            "Kepala pelaksana BPBD setempat kepada ANTARA mengatakan jumlah pengungsi diperkirakan masih akan bertambah.",
        ),
        note="a wire named as the one a source spoke to, on a site where another page runs its copy",
    ),
    nul(
        "negative_caption",
        "id",
        ID2,
        ID,
        "caption-foto-bpbd",
        figure(
            "Petugas mengevakuasi warga dengan perahu karet di Tanete Rilau, Kamis. (Foto: BPBD Sidrap)"
        ),
    ),
    # ======================= Turkish (Antalya) =======================
    wire(
        "tr",
        TR2,
        TR,
        "Anadolu Agency",
        ["Anadolu Agency", "Anadolu Ajansı", "AA"],
        "block-author-anadolu",
        wpb_author("Anadolu Ajansı"),
        note="the agency's name in the block theme's author field",
    ),
    wire(
        "tr",
        TR1,
        TR,
        "İhlas Haber Ajansı",
        ["İhlas Haber Ajansı", "İHA", "IHA", "Ihlas Haber Ajansi"],
        "kaynak-iha",
        tail("Kaynak: İHA", tag="em"),
    ),
    case(
        "out_of_table",
        "tr",
        TR1,
        TR,
        "Sözcü",
        ["Sözcü", "Sozcu", "sozcu.com.tr"],
        "tagdiv-kaynak-sozcu",
        td_source(
            "KAYNAK",
            "Sözcü",
            "https://www.sozcu.com.tr/kumlucada-hortum-seralar-zarar-gordu-p123456",
        ),
    ),
    nul(
        "negative_mention",
        "tr",
        TR2,
        TR,
        "mid-show-tv",
        keep=(
            "Show TV'ye konuşan Ziraat Odası Başkanı, zararın ilk tahminlerin üzerinde olabileceğini söyledi.",
        ),
    ),
    nul(
        "negative_caption",
        "tr",
        TR1,
        TR,
        "caption-fotograf-aa",
        figure("Hortumun ardından çöken seralar. (Fotoğraf: AA)"),
    ),
    nul("no_credit", "tr", TR2, TR, "haber-merkezi", bysite("Haber Merkezi")),
    # ======================= Polish (Kłodzko county) =======================
    wire(
        "pl",
        PL1,
        PL,
        "Polish Press Agency",
        ["Polish Press Agency", "PAP", "Polska Agencja Prasowa"],
        "pap-author-slug",
        by("Autor: Marta Wiśniewska (PAP)", cls="byline"),
        note_line("mw/ itm/", cls="pap-slug"),
    ),
    case(
        "out_of_table",
        "pl",
        PL2,
        PL,
        "Radio Wrocław",
        ["Radio Wrocław", "Radio Wroclaw", "radiowroclaw.pl"],
        "zrodlo-radio-wroclaw",
        tail("Źródło: Radio Wrocław", tag="em"),
    ),
    own(
        "pl",
        OWN_GW,
        PL,
        "own-gw-copyright",
        by("Tomasz Kaczmarek", cls="byline"),
        small_print("© Gazeta Wrocławska. Wszystkie prawa zastrzeżone."),
    ),
    nul(
        "negative_mention",
        "pl",
        PL1,
        PL,
        "mid-rozmowa-rmf",
        keep=(
            "W rozmowie z RMF FM burmistrz zapewnił, że gmina ma zapas worków z piaskiem na kilka dni.",
        ),
        note="on a site where another page runs PAP copy",
    ),
    nul(
        "negative_caption",
        "pl",
        PL2,
        PL,
        "caption-fot-psp",
        figure("Podtopiona droga powiatowa pod Bystrzycą Kłodzką. Fot. KP PSP w Kłodzku"),
    ),
    # ======================= Dutch (the Westhoek, Flanders) =======================
    wire(
        "nl",
        NL1,
        NL,
        "Belga",
        ["Belga", "BELGA", "Agence Belga"],
        "bron-belga",
        note_line("Bron: Belga", cls="article-source"),
    ),
    case(
        "out_of_table",
        "nl",
        NL2,
        NL,
        "VRT NWS",
        ["VRT NWS", "VRT", "vrt.be"],
        "bron-vrt-nws",
        tail("Bron: VRT NWS", tag="em"),
    ),
    own(
        "nl",
        OWN_HLN,
        NL,
        "own-hln-desk",
        by("Redactie HLN", cls="byline"),
        note="the paper's own desk byline naming it, on its own site",
    ),
    nul(
        "negative_mention",
        "nl",
        NL1,
        NL,
        "mid-radio2-west",
        keep=(
            "Tegen Radio 2 West-Vlaanderen zei de burgemeester dat de brandweer de hele nacht paraat blijft.",
        ),
        note="on a site where another page runs Belga copy",
    ),
    nul(
        "negative_caption",
        "nl",
        NL2,
        NL,
        "caption-brandweerzone",
        figure("Ondergelopen weiden langs de IJzer bij Lo. Foto: Brandweerzone Westhoek"),
    ),
    # ======================= Vietnamese (Đắk Lắk) =======================
    wire(
        "vi",
        VI1,
        VI,
        "Vietnam News Agency",
        ["Vietnam News Agency", "TTXVN", "VNA", "Thông tấn xã Việt Nam"],
        "ttxvn-reporter-byline",
        by("Tuấn Anh - Hoài Thu (TTXVN)", cls="byline"),
    ),
    case(
        "in_table",
        "vi",
        VI2,
        VI,
        "RFI",
        ["RFI", "RFI Tiếng Việt", "Radio France Internationale", "rfi.fr"],
        "nguon-rfi-tieng-viet",
        right("Nguồn: RFI Tiếng Việt"),
        note="the broadcaster's Vietnamese service, answered 'RFI'",
    ),
    case(
        "out_of_table",
        "vi",
        VI1,
        VI,
        "VnExpress",
        ["VnExpress", "vnexpress.net"],
        "theo-vnexpress-right",
        right("Theo VnExpress"),
    ),
    own(
        "vi",
        OWN_BDL,
        VI,
        "own-bdl-copyright",
        small_print(
            "© Báo Đắk Lắk điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này."
        ),
        note="the paper's own copyright and citation line",
    ),
    nul(
        "negative_mention",
        "vi",
        VI2,
        VI,
        "mid-chia-se-dan-tri",
        keep=(
            "Chia sẻ với Dân trí, ông Trưởng phòng Nông nghiệp huyện cho biết đã đề xuất tỉnh hỗ trợ kinh phí khoan giếng.",
        ),
        note="on a site where another page credits RFI",
    ),
    nul(
        "negative_caption",
        "vi",
        VI1,
        VI,
        "caption-anh-ttxvn",
        figure("Vườn cà phê khô hạn tại huyện Krông Búk. Ảnh: TTXVN"),
        note="the agency's photo credit, on a site where another page runs its copy",
    ),
]
