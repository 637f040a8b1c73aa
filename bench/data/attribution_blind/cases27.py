# ruff: noqa: E501, RUF001, RUF002
"""Sites and cases of the twenty-seventh blind set (cases_2026-12-29.jsonl).

Written from newsroom conventions without reading the attribution code. A nineteenth independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. About 46% English, from seven English-speaking regions none of the
earlier sets' stories were set in (Montana, Devon, County Clare, northwestern Ontario in place of
Manitoba, Otago, Saint Lucia in place of Barbados, Botswana), on the sites such a crawler reads
there (local papers and portals, a TV station, community radio, trade sites, community blogs, a
partner portal and a Google News-style aggregator, regional papers' and a news site's own pages),
and the rest in thirteen other languages weighted by the news the web carries in them (Spanish
from Argentina's Neuquén, Arabic from Tyre in southern Lebanon, Japanese from Tottori in place of
Shimane, German from Thuringia, French from Quebec's Haute-Gaspésie, Portuguese from São Paulo's
Vale do Ribeira in place of Santa Catarina, Russian from Magadan in place of Kamchatka, Chinese in
simplified characters from Fujian, Italian from Elba in place of Sardinia, Korean from Busan's
Gijang in place of Jeju, Turkish from Giresun in place of Trabzon, Indonesian from Lombok, Hindi
from Chhattisgarh's Surguja in place of Madhya Pradesh). Each page's convention is drawn about as
often as such a crawler meets it, whether or not an earlier set used it, and a credited page
carries every line that credits its original where real pages do. No new template: the earlier
ones (`chrome3`-`chrome12`) render these CMSs.

Cases the writer was unsure of (marked before any run; each `note` says why): "Source : ICI
Radio-Canada Gaspésie–Îles-de-la-Madeleine" answered as CBC News (the table files Radio-Canada
under CBC News); the Caribbean Media Corporation, the Botswana Press Agency and Lebanon's National
News Agency, agencies outside the table, filed `out_of_table` as the earlier sets file such
agencies; "Kaynak: TRT Haber" answered as TRT World, as the twenty-fifth set did; g1 answered as
O Globo, as the table files it; "(वार्ता)" answered as United News of India, whose Hindi service
it is.
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

SITES27: dict[str, Site3] = {}

_s = site_registry(SITES27)
use_local_lists27 = use_local_lists22  # the languages of this set all have their lists there


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
EN_PT = _s("newsquayportal.com", "NewsQuay", "partner")
EN_AG = _s("feedtrellis.app", "FeedTrellis", "aggregator", "feedtrellis.app")
# Montana (Sweet Grass County)
MT1 = _s("crazymountaincourier24.com", "Crazy Mountain Courier 24", "localportal")
MT2 = _s("ksgc6.com", "KSGC 6", "arc")
MT3 = blog("boulderriverneighbors.blogspot.com", "Boulder River Neighbors")
MT4 = _s("sweetgrassledger.com", "Sweet Grass Ledger", "blox")
OWN_BG = _s("billingsgazette.com", "Billings Gazette", "blox")
# Devon (East Devon)
DV1 = _s("sidvalleynews24.co.uk", "Sid Valley News 24", "localportal")
DV2 = _s("eastdevoncommunityradio.co.uk", "East Devon Community Radio", "wp")
DV3 = _s("coastpathbusiness.co.uk", "Coast Path Business", "jnews")
DV4 = blog("salcombe-regis-notes.blogspot.com", "Salcombe Regis Notes")
OWN_DL = _s("devonlive.com", "DevonLive", "localportal")
# County Clare
CL1 = _s("ennisnewsdesk24.ie", "Ennis News Desk 24", "wp")
CL2 = _s("westclareradio.ie", "West Clare Radio", "wp")
CL3 = _s("atlanticsurftrade.ie", "Atlantic Surf Trade", "jnews")
CL4 = blog("ennistymon-parish-notes.blogspot.com", "Ennistymon Parish Notes")
OWN_CC = _s("clarechampion.ie", "The Clare Champion", "regional")
# northwestern Ontario (in place of Manitoba, which the twentieth set used)
ON1 = _s("lakeofthewoodsreport24.ca", "Lake of the Woods Report 24", "localportal")
ON2 = _s("sunsetcountryradio.ca", "Sunset Country Radio", "wp")
ON3 = _s("northerntruckingreport.ca", "Northern Trucking Report", "jnews")
ON4 = blog("vermilionbayneighbours.blogspot.com", "Vermilion Bay Neighbours")
OWN_KO = _s("kenoraonline.com", "KenoraOnline", "wp")
# Otago (Central Otago; the twenty-sixth set's stories were in Southland)
OT1 = _s("cromwellbulletin24.co.nz", "Cromwell Bulletin 24", "localportal")
OT2 = _s("centralotagoradio.co.nz", "Central Otago Radio", "wp")
OT3 = _s("southernlakesvineyardnews.co.nz", "Southern Lakes Vineyard News", "jnews")
OT4 = blog("gibbstonvalleynotes.blogspot.com", "Gibbston Valley Notes")
OWN_CRUX = _s("crux.org.nz", "Crux", "wp")
# Saint Lucia (in place of Barbados, which the twenty-second set's sites used)
LC1 = _s("pitonpulse24.com", "Piton Pulse 24", "jannah")
LC2 = _s("castriesdailybrief.com", "Castries Daily Brief", "wp")
LC3 = _s("windwardislandstourism.com", "Windward Islands Tourism", "tagdiv")
LC4 = blog("canaries-village-voice.blogspot.com", "Canaries Village Voice")
OWN_SLT = _s("stluciatimes.com", "St. Lucia Times", "wp")
# Botswana (Ngamiland)
BW1 = _s("maundaily24.com", "Maun Daily 24", "jnews")
BW2 = _s("ngamilandpost24.com", "Ngamiland Post 24", "tagdiv")
BW3 = _s("ngamiland-safaritrade.com", "Ngamiland Safari Trade", "wp")
BW4 = blog("shorobe-village-news.blogspot.com", "Shorobe Village News")
OWN_MM = _s("mmegi.bw", "Mmegi", "regional")
# Spanish (Neuquén, Argentina)
ES1 = _s("plottier-aldia24.com", "Plottier al Día 24", "jnews")
ES2 = _s("confluencia-noticias24.com", "Confluencia Noticias 24", "wpblock")
ES3 = blog("vecinos-de-centenario.blogspot.com", "Vecinos de Centenario")
OWN_LMN = _s("lmneuquen.com", "LMNeuquén", "regional")
# Arabic (Tyre, southern Lebanon)
AR1 = _s("sour-alyawm24.com", "صور اليوم 24", "jannah")
AR2 = _s("janoub-akhbar.com", "أخبار الجنوب", "wpblock")
OWN_L24 = _s("lebanon24.com", "لبنان 24", "regional")
# Japanese (Tottori, in place of Shimane, which the fifteenth set used)
JA1 = _s("inaba-news24.jp", "因幡ニュース24", "jpnews")
JA2 = _s(
    "tottori-news-matome.net", "とっとりニュースまとめ", "aggregator", "tottori-news-matome.net"
)
OWN_NNN = _s("nnn.co.jp", "日本海新聞", "jpnews")
# German (Thuringia: the Thuringian Forest)
DE1 = _s("rennsteig-ticker24.de", "Rennsteig-Ticker 24", "typo3")
DE2 = _s("ilmkreis-aktuell24.de", "Ilm-Kreis aktuell 24", "nextjs")
DE3 = _s("schleusingen-news24.de", "Schleusingen News 24", "wp")
OWN_FW = _s("insuedthueringen.de", "Freies Wort", "regional")
# French (Haute-Gaspésie, Quebec)
FR1 = _s("haute-gaspesie-infos24.ca", "Haute-Gaspésie Infos 24", "wp")
FR2 = _s("grande-vallee-actu.ca", "Grande-Vallée Actu", "jnews")
OWN_RG = _s("radiogaspesie.ca", "Radio Gaspésie", "regional")
# Portuguese (Vale do Ribeira, São Paulo, in place of Santa Catarina, which the twentieth set
# used, and its neighbours Paraná and Rio Grande do Sul, which the sixteenth and thirteenth used)
PT1 = _s("registro-noticias24.com.br", "Registro Notícias 24", "tagdiv")
PT2 = blog("eldorado-paulista-hoje.blogspot.com", "Eldorado Paulista Hoje")
PT3 = _s("iguape-agora24.com.br", "Iguape Agora 24", "wpblock")
OWN_AT = _s("atribuna.com.br", "A Tribuna", "arc")
# Russian (Magadan, in place of Kamchatka, which the twenty-first set used)
RU1 = _s("kolyma-vesti24.ru", "Колыма Вести 24", "wp")
RU2 = _s("ola-segodnya.ru", "Ола Сегодня", "bitrix")
OWN_MP = _s("magadanpravda.ru", "Магаданская правда", "regional")
# Chinese, simplified characters (Fujian: Xiapu, Ningde)
ZH1 = _s("xiapu-rongmei.cn", "霞浦融媒", "cncms")
ZH2 = _s("mindong-kuaixun.com", "闽东快讯", "cncms")
# Italian (Elba, in place of Sardinia, which the eighteenth and twenty-third sets used)
IT1 = _s("portoferraio-notizie24.it", "Portoferraio Notizie 24", "jnews")
IT2 = _s("isola-elba-oggi.it", "Isola d'Elba Oggi", "wp")
OWN_TIR = _s("iltirreno.it", "Il Tirreno", "nextjs")
# Korean (Busan: Gijang, in place of Jeju, which the eighteenth and twenty-third sets used, and
# its neighbours South Jeolla and South Gyeongsang, which the sixteenth and twelfth used)
KO1 = _s("gijang-ilbo24.kr", "기장일보24", "koportal")
KO2 = _s("dongbusan-news24.kr", "동부산뉴스24", "nextjs")
OWN_BS = _s("busan.com", "부산일보", "koportal")
# Turkish (Giresun, in place of Trabzon, which the twenty-third set used)
TR1 = _s("tirebolu-haber28.com", "Tirebolu Haber 28", "jannah")
TR2 = _s("gorele-manset.com", "Görele Manşet", "tagdiv")
# Indonesian (Lombok: East Lombok)
ID1 = _s("selong-terkini24.com", "Selong Terkini 24", "jnews")
ID2 = _s("rinjani-update24.com", "Rinjani Update 24", "wpblock")
# Hindi (Chhattisgarh: Surguja, in place of Madhya Pradesh, which the eighteenth and twenty-third
# sets used)
HI1 = _s("ambikapur-samachar24.in", "अंबिकापुर समाचार 24", "regional")
HI2 = _s("sarguja-khabar.com", "सरगुजा खबर", "wpblock")
OWN_HB = _s("haribhoomi.com", "हरिभूमि", "regional")

JAM, CLIFF, SWELL, BLIZZ, SLIP, SLIDE, FLOOD = (
    "icejam",
    "sidmouth",
    "lahinch",
    "kenora",
    "kawarau",
    "soufriere",
    "maun",
)
ES, AR, JA, DE, FR, PT, RU = (
    "neuquen",
    "tyre",
    "chizu",
    "rennsteig",
    "gaspesie",
    "ribeira",
    "magadan",
)
ZH, IT, KO, TR, ID, HI = "xiapu", "elba", "gijang", "tirebolu", "sembalun", "ambikapur"

PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP", "La Presse Canadienne"]
AAP = ["Australian Associated Press", "AAP", "aap.com.au"]
CBC = ["CBC News", "CBC", "cbc.ca"]
XINHUA = ["Xinhua", "Xinhua News Agency", "新华社", "新华网", "xinhuanet.com"]
EFE = ["EFE", "Agencia EFE"]
EFE_NOTICE = "© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE, sin previo y expreso consentimiento de la Agencia EFE S.A."
DPA = ["dpa", "Deutsche Presse-Agentur", "DPA"]
TASS = ["TASS", "ТАСС", "ITAR-TASS", "tass.ru"]
RIA = ["RIA Novosti", "РИА Новости", "ria.ru"]
KYODO = ["Kyodo News", "Kyodo", "共同通信", "共同通信社"]
ANSA = ["ANSA", "Agenzia ANSA"]
ANTARA = ["Antara", "ANTARA", "Kantor Berita Antara", "antaranews.com"]
UNI = ["United News of India", "UNI", "वार्ता", "यूनीवार्ता"]
ANADOLU = ["Anadolu Agency", "Anadolu Ajansı", "AA", "aa.com.tr"]
IHA = ["İhlas Haber Ajansı", "İHA", "IHA", "iha.com.tr"]
YONHAP = ["Yonhap", "연합뉴스", "Yonhap News Agency"]
NEWSIS = ["Newsis", "뉴시스", "newsis.com"]

CASES27: list[Case3] = [
    # ======================= English: an ice jam on the Yellowstone near Big Timber (Montana) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        JAM,
        "NBC News",
        ["NBC News", "NBC", "nbcnews.com"],
        "partner-provided-by-nbc",
        provider("NBC News", "Tessa Brandvold"),
        note="an MSN-style partner portal's provider strip: the portal only distributes",
    ),
    case(
        "out_of_table",
        "en",
        MT1,
        JAM,
        "Montana Free Press",
        ["Montana Free Press", "MTFP", "montanafreepress.org"],
        "originally-published-mtfp",
        tail("This story was originally published by Montana Free Press.", tag="em"),
        note="the state's nonprofit newsroom, which lets local outlets republish its stories with this line",
    ),
    case(
        "out_of_table",
        "en",
        MT4,
        JAM,
        "Bozeman Daily Chronicle",
        ["Bozeman Daily Chronicle", "Bozeman Chronicle", "bozemandailychronicle.com"],
        "blox-source-bozeman-chronicle",
        tail("Source: Bozeman Daily Chronicle", tag="strong"),
        note="a BLOX weekly running the regional daily's story",
    ),
    wire(
        "en",
        MT2,
        JAM,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By CASEY LUNDGREN Associated Press", cls="byline"),
        dateline("BIG TIMBER, Mont. (AP) —"),
        small_print(AP_TRAILER),
        note="a TV station running AP copy: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        MT4,
        JAM,
        "Associated Press",
        AP,
        "blox-ap-byline-dateline",
        by("By AMY HEGGEM Associated Press", cls="tnt-byline"),
        dateline("GREYCLIFF, Mont. (AP) —"),
        note="AP copy on a BLOX weekly: the byline, the dateline kept",
    ),
    wire(
        "en",
        MT3,
        JAM,
        "Associated Press",
        AP,
        "blogger-source-ap-news",
        blogger_div(
            "Source:",
            "AP News",
            "https://apnews.com/article/montana-yellowstone-river-ice-jam-flooding-big-timber",
        ),
        note="a neighbourhood blog pasting an AP story, named by its news site",
    ),
    wire(
        "en",
        EN_AG,
        JAM,
        "Associated Press",
        AP,
        "aggregator-source-row-ap",
        source_row("The Associated Press", "1h"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    own(
        "en",
        OWN_BG,
        JAM,
        "own-byline-copyright",
        by("By Brett Ostergaard", cls="tnt-byline", credit=False),
        small_print("© Copyright 2026 Billings Gazette, 401 N Broadway Billings, MT"),
        note="the paper's own byline and its BLOX copyright footer on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        MT1,
        JAM,
        "mid-told-ktvq",
        keep=(
            "The county's disaster coordinator told KTVQ that crews had cleared a path for the ambulance by early afternoon.",
        ),
        note="a Billings TV station named as the one a source spoke to, on a site where another page credits Montana Free Press",
    ),
    nul(
        "negative_caption",
        "en",
        MT2,
        JAM,
        "caption-sheriff-photo",
        figure(
            "Slabs of ice sit in a yard along Boulder Road on Tuesday. (Photo courtesy of Sweet Grass County Sheriff's Office)"
        ),
        note="a government photo credit, on a site where another page runs AP copy",
    ),
    nul(
        "no_credit",
        "en",
        MT3,
        JAM,
        "blog-posted-by",
        bysite("Posted by Boulder River Neighbors"),
    ),
    # ======================= English: cliff falls at Sidmouth (Devon) =======================
    case(
        "in_table",
        "en",
        DV1,
        CLIFF,
        "BBC",
        ["BBC", "BBC News", "BBC Devon", "bbc.co.uk"],
        "source-bbc-devon",
        tail("Source: BBC Devon", tag="strong"),
        note="the BBC's Devon newsroom, answered as the BBC",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        CLIFF,
        "The Telegraph",
        ["The Telegraph", "Telegraph", "The Daily Telegraph", "telegraph.co.uk"],
        "partner-provided-by-telegraph",
        provider("The Telegraph", "Harriet Pengelly"),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        CLIFF,
        "ITV News",
        ["ITV News", "ITV", "ITV News West Country", "itv.com"],
        "aggregator-source-row-itv-west-country",
        source_row("ITV News West Country", "4h"),
        note="ITV's regional news, answered as ITV News",
    ),
    case(
        "out_of_table",
        "en",
        DV4,
        CLIFF,
        "DevonLive",
        ["DevonLive", "Devon Live", "devonlive.com"],
        "blogger-source-devonlive",
        blogger_div(
            "Source:",
            "DevonLive",
            "https://www.devonlive.com/news/devon-news/sidmouth-cliff-falls-close-beach-9876543",
        ),
        note="a village blog pasting the county news site's story",
    ),
    case(
        "out_of_table",
        "en",
        DV3,
        CLIFF,
        "Sidmouth Herald",
        ["Sidmouth Herald", "The Sidmouth Herald", "sidmouthherald.co.uk"],
        "jnews-source-sidmouth-herald",
        jnews_field(
            "Source:",
            "Sidmouth Herald",
            "https://www.sidmouthherald.co.uk/news/24123456.cliff-falls-close-sidmouth-beach/",
        ),
        note="a walking-trade site naming the town's weekly in the theme's field",
    ),
    wire(
        "en",
        DV2,
        CLIFF,
        "PA Media",
        PA,
        "pa-byline",
        by("By Ellie Trewin, PA", cls="byline"),
        note="a community radio station's site running PA copy",
    ),
    wire(
        "en",
        DV3,
        CLIFF,
        "PA Media",
        PA,
        "pa-environment-byline",
        by("By Marcus Venn, PA Environment Correspondent", cls="byline"),
        note="PA copy under a correspondent's title, on a site where another page credits the Sidmouth Herald",
    ),
    own(
        "en",
        OWN_DL,
        CLIFF,
        "own-byline-newsletter-line",
        by("By Lucy Frayne", cls="byline", credit=False),
        tail(
            "Want the latest Devon news sent to your inbox? Sign up to our free daily newsletter."
        ),
        note="the news site's own reporter and newsletter line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        DV2,
        CLIFF,
        "mid-speaking-to-bbc-radio-devon",
        keep=(
            "Speaking to BBC Radio Devon, a district councillor said the town could not afford to lose its eastern beach for the summer.",
        ),
        note="an outlet in the table named as the one a source spoke to, on a site that runs PA copy",
    ),
    nul(
        "negative_caption",
        "en",
        DV1,
        CLIFF,
        "caption-district-council",
        figure(
            "Fencing across the esplanade below Pennington Point on Monday. (Image: East Devon District Council)"
        ),
        note="on a site where another page credits the BBC",
    ),
    nul(
        "no_credit",
        "en",
        DV4,
        CLIFF,
        "blog-posted-by",
        bysite("Posted by Salcombe Regis Notes"),
    ),
    # ======================= English: storm swells at Lahinch (County Clare) =======================
    case(
        "in_table",
        "en",
        EN_AG,
        SWELL,
        "Sky News",
        ["Sky News", "Sky", "news.sky.com"],
        "aggregator-source-row-sky",
        source_row("Sky News", "3h"),
    ),
    case(
        "in_table",
        "en",
        CL1,
        SWELL,
        "The Times",
        ["The Times", "The Times Ireland", "thetimes.co.uk", "thetimes.com"],
        "first-appeared-the-times",
        tail("This article first appeared in The Times.", tag="em"),
        note="a local site running the London paper's Irish edition story",
    ),
    case(
        "out_of_table",
        "en",
        CL2,
        SWELL,
        "Clare FM",
        ["Clare FM", "clarefm.ie"],
        "source-clare-fm",
        tail("Source: Clare FM", tag="strong"),
        note="the county's radio station, outside the table",
    ),
    case(
        "out_of_table",
        "en",
        CL4,
        SWELL,
        "The Clare Champion",
        ["The Clare Champion", "Clare Champion", "clarechampion.ie"],
        "blogger-source-clare-champion",
        blogger_div(
            "Source:",
            "Clare Champion",
            "https://clarechampion.ie/storm-swells-break-through-lahinch-sea-wall/",
        ),
        note="a parish blog pasting the county weekly's story",
    ),
    wire(
        "en",
        CL2,
        SWELL,
        "PA Media",
        PA,
        "pa-byline",
        by("By Orla Keane, PA", cls="byline"),
        note="a community radio station's site running PA copy from its Dublin desk",
    ),
    wire(
        "en",
        CL3,
        SWELL,
        "PA Media",
        PA,
        "jnews-source-pa",
        jnews_field("Source:", "PA Media"),
        note="a surf-trade site naming the agency in the theme's Source field",
    ),
    own(
        "en",
        OWN_CC,
        SWELL,
        "own-byline",
        by("By Eimear Considine", cls="byline", credit=False),
        note="the county weekly's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        CL1,
        SWELL,
        "mid-speaking-on-clare-fm",
        keep=(
            "Speaking on Clare FM's Morning Focus, a local councillor said the wall had been patched rather than rebuilt after the last storm.",
        ),
        note="an outlet another site's page credits, named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "en",
        CL2,
        SWELL,
        "caption-county-council",
        figure(
            "Stones and sand across the promenade car park on Tuesday morning. (Photo: Clare County Council)"
        ),
        note="on a site where another page credits Clare FM and another runs PA copy",
    ),
    nul(
        "negative_caption",
        "en",
        CL3,
        SWELL,
        "caption-coast-guard",
        figure(
            "Waves break over the wall at high tide on Monday night. (Picture: Doolin Coast Guard)"
        ),
    ),
    nul(
        "no_credit",
        "en",
        CL4,
        SWELL,
        "blog-posted-by",
        bysite("Posted by Ennistymon Parish Notes"),
    ),
    # ======================= English: a blizzard on Highway 17 (northwestern Ontario) =======================
    case(
        "in_table",
        "en",
        ON1,
        BLIZZ,
        "CBC News",
        [*CBC, "CBC Thunder Bay"],
        "source-cbc-thunder-bay",
        tail("Source: CBC Thunder Bay", tag="strong"),
        note="CBC's Thunder Bay newsroom, answered as CBC News",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        BLIZZ,
        "CTV News",
        ["CTV News", "CTV", "CTV News Winnipeg", "ctvnews.ca"],
        "partner-provided-by-ctv",
        provider("CTV News", "Jordan Pelletier"),
    ),
    case(
        "out_of_table",
        "en",
        ON4,
        BLIZZ,
        "KenoraOnline",
        ["KenoraOnline", "Kenora Online", "kenoraonline.com"],
        "blogger-source-kenoraonline",
        blogger_div(
            "Source:",
            "KenoraOnline",
            "https://www.kenoraonline.com/local/blizzard-closes-highway-17-between-kenora-and-dryden",
        ),
        note="a neighbourhood blog pasting the town's news site",
    ),
    case(
        "out_of_table",
        "en",
        ON2,
        BLIZZ,
        "TBNewsWatch",
        ["TBNewsWatch", "TBNewsWatch.com", "tbnewswatch.com"],
        "originally-published-tbnewswatch",
        tail("This story was originally published by TBNewsWatch.com.", tag="em"),
        note="the Thunder Bay news site, outside the table",
    ),
    wire(
        "en",
        ON2,
        BLIZZ,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-trailer",
        by("By Dana Kowalchuk The Canadian Press", cls="byline"),
        dateline("KENORA, Ont. —"),
        tail("This report by The Canadian Press was first published March 12, 2026.", tag="em"),
        note="CP copy: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        EN_AG,
        BLIZZ,
        "The Canadian Press",
        CP,
        "aggregator-source-row-cp",
        source_row("The Canadian Press", "35m"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    wire(
        "en",
        ON3,
        BLIZZ,
        "The Canadian Press",
        CP,
        "jnews-source-cp",
        jnews_field("Source:", "The Canadian Press"),
        note="a trucking trade site naming the agency in the theme's Source field",
    ),
    own(
        "en",
        OWN_KO,
        BLIZZ,
        "own-tip-line",
        by("By Ryan Halvorsen", cls="byline", credit=False),
        tail("Have a news tip? Send it to our newsroom at news@kenoraonline.com."),
        note="the news site's own reporter and tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        ON1,
        BLIZZ,
        "mid-told-superior-morning",
        keep=(
            "A Dryden towing operator told CBC's Superior Morning that his trucks had pulled eleven vehicles out of the ditch since Tuesday night.",
        ),
        note="an outlet in the table named as the one a source spoke to, on a site where another page credits CBC Thunder Bay",
    ),
    nul(
        "negative_caption",
        "en",
        ON2,
        BLIZZ,
        "caption-cp-photo",
        figure(
            "Transport trucks wait out the storm at a truck stop near Kenora. THE CANADIAN PRESS/Desmond Kaye"
        ),
        note="an agency photo credit on a staff story, on a site where another page runs CP copy",
    ),
    nul(
        "no_credit",
        "en",
        ON4,
        BLIZZ,
        "blog-posted-by",
        bysite("Posted by Vermilion Bay Neighbours"),
    ),
    # ======================= English: a slip in the Kawarau Gorge (Otago) =======================
    case(
        "in_table",
        "en",
        OT1,
        SLIP,
        "RNZ",
        ["RNZ", "Radio New Zealand", "rnz.co.nz"],
        "first-published-rnz",
        tail("This story was first published by RNZ.", tag="em"),
        note="the public broadcaster, which lets others republish its stories with this line",
    ),
    case(
        "in_table",
        "en",
        OT3,
        SLIP,
        "Stuff",
        ["Stuff", "Stuff.co.nz", "stuff.co.nz"],
        "jnews-source-stuff",
        jnews_field(
            "Source:",
            "Stuff",
            "https://www.stuff.co.nz/nz-news/350123456/slip-closes-kawarau-gorge-road",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        SLIP,
        "The New Zealand Herald",
        ["The New Zealand Herald", "NZ Herald", "New Zealand Herald", "nzherald.co.nz"],
        "aggregator-source-row-nz-herald",
        source_row("NZ Herald", "2h"),
    ),
    case(
        "out_of_table",
        "en",
        OT4,
        SLIP,
        "Otago Daily Times",
        ["Otago Daily Times", "ODT", "odt.co.nz"],
        "blogger-source-odt",
        blogger_div(
            "Source:",
            "Otago Daily Times",
            "https://www.odt.co.nz/regions/central-otago/slip-closes-kawarau-gorge",
        ),
        note="a valley blog pasting the Dunedin daily's story",
    ),
    case(
        "out_of_table",
        "en",
        OT2,
        SLIP,
        "Crux",
        ["Crux", "crux.org.nz"],
        "source-crux",
        tail("Source: Crux", tag="strong"),
        note="the Queenstown news site, outside the table",
    ),
    wire(
        "en",
        OT3,
        SLIP,
        "Australian Associated Press",
        AAP,
        "aap-byline",
        by("By Tess Harland, AAP", cls="byline"),
        note="'By <name>, AAP' on a New Zealand trade site",
    ),
    own(
        "en",
        OWN_CRUX,
        SLIP,
        "own-byline-support-line",
        by("By Jo Whitcombe", cls="byline", credit=False),
        tail(
            "Crux is an independent news site for the Southern Lakes. If you value local reporting, please support our journalism."
        ),
        note="the news site's own byline and support appeal on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        OT2,
        SLIP,
        "mid-told-radio-central",
        keep=(
            "A Cromwell contractor told Radio Central that his crew had been ready to start clearing since first light.",
        ),
        note="a local radio station named as the one a source spoke to, on a site where another page credits Crux",
    ),
    nul(
        "negative_caption",
        "en",
        OT1,
        SLIP,
        "caption-waka-kotahi",
        figure(
            "Rocks and mud across both lanes near Roaring Meg on Thursday. (Photo: NZ Transport Agency Waka Kotahi)"
        ),
        note="on a site where another page credits RNZ",
    ),
    nul(
        "no_credit",
        "en",
        OT4,
        SLIP,
        "blog-posted-by",
        bysite("Posted by Gibbston Valley Notes"),
    ),
    # ======================= English: landslides at Soufrière (Saint Lucia) =======================
    case(
        "in_table",
        "en",
        EN_AG,
        SLIDE,
        "CNN",
        ["CNN", "cnn.com"],
        "aggregator-source-row-cnn",
        source_row("CNN", "5h"),
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        SLIDE,
        "ABC News",
        ["ABC News", "abcnews.go.com"],
        "partner-provided-by-abc-news",
        provider("ABC News", "Kendra Alleyne"),
        note="the American network's provider strip on a partner portal",
    ),
    case(
        "out_of_table",
        "en",
        LC4,
        SLIDE,
        "St. Lucia Times",
        ["St. Lucia Times", "St Lucia Times", "stluciatimes.com"],
        "blogger-source-st-lucia-times",
        blogger_div(
            "Source:",
            "St. Lucia Times",
            "https://stluciatimes.com/landslides-cut-west-coast-road-near-soufriere/",
        ),
        note="a village blog pasting the island's news site",
    ),
    case(
        "out_of_table",
        "en",
        LC2,
        SLIDE,
        "Caribbean Media Corporation",
        ["Caribbean Media Corporation", "CMC", "CMC Caribbean"],
        "cmc-dateline-slug",
        dateline("CASTRIES, St Lucia, Mar 12, CMC –"),
        note_line("CMC/ir/ld/2026", cls="cmc-slug"),
        note="unsure: the regional agency, outside the table, filed out_of_table as the earlier sets file such agencies; its dateline kept, its slug the credit line",
    ),
    wire(
        "en",
        LC2,
        SLIDE,
        "Associated Press",
        AP,
        "ap-byline-dateline",
        by("By KERRY-ANN FELICIEN Associated Press", cls="byline"),
        dateline("CASTRIES, St. Lucia (AP) —"),
        note="AP copy on a local site: the byline, the dateline kept",
    ),
    wire(
        "en",
        LC3,
        SLIDE,
        "Reuters",
        RTR,
        "tagdiv-source-reuters",
        td_source(
            "SOURCE",
            "Reuters",
            "https://www.reuters.com/world/americas/landslides-cut-road-st-lucia-2026-03-12/",
        ),
        note="a tourism trade site naming the agency in the theme's SOURCE box",
    ),
    own(
        "en",
        OWN_SLT,
        SLIDE,
        "own-byline",
        by("By Marvette Auguste", cls="byline", credit=False),
        note="the news site's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        LC1,
        SLIDE,
        "mid-told-rci",
        keep=(
            "The Soufrière district representative told Radio Caribbean International that a second shelter would open at the Catholic school.",
        ),
        note="a local radio station named as the one a source spoke to",
    ),
    nul(
        "negative_caption",
        "en",
        LC1,
        SLIDE,
        "caption-nemo",
        figure("An excavator clears mud near Anse La Raye on Tuesday. (Photo: NEMO Saint Lucia)"),
    ),
    nul(
        "no_credit",
        "en",
        LC1,
        SLIDE,
        "reporter-byline",
        jby("Piton Pulse 24 Reporter", credit=False),
        note="the site's own reporter slot in a Jannah theme",
    ),
    # ======================= English: the Thamalakane in flood at Maun (Botswana) =======================
    case(
        "in_table",
        "en",
        BW2,
        FLOOD,
        "Al Jazeera",
        ["Al Jazeera", "Al Jazeera English", "aljazeera.com"],
        "tagdiv-source-al-jazeera",
        td_source(
            "SOURCE",
            "Al Jazeera",
            "https://www.aljazeera.com/news/2026/3/12/floods-hit-botswanas-maun-as-okavango-river-rises",
        ),
    ),
    case(
        "in_table",
        "en",
        BW1,
        FLOOD,
        "News24",
        ["News24", "News 24", "news24.com"],
        "jnews-source-news24",
        jnews_field(
            "Source:",
            "News24",
            "https://www.news24.com/africa/news/botswana-maun-floods-thamalakane-20260312",
        ),
        note="the South African news site, in the table",
    ),
    case(
        "out_of_table",
        "en",
        BW3,
        FLOOD,
        "Mmegi",
        ["Mmegi", "Mmegi Online", "mmegi.bw"],
        "source-mmegi",
        tail("Source: Mmegi", tag="strong"),
        note="the Gaborone daily, outside the table",
    ),
    case(
        "out_of_table",
        "en",
        BW1,
        FLOOD,
        "Botswana Press Agency",
        ["Botswana Press Agency", "BOPA", "Daily News (Botswana)", "dailynews.gov.bw"],
        "source-bopa",
        tail("Source: Botswana Press Agency (BOPA)"),
        note="unsure: the state agency, outside the table, filed out_of_table as the earlier sets file such agencies",
    ),
    wire(
        "en",
        BW2,
        FLOOD,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-enditem",
        dateline("GABORONE, March 12 (Xinhua) --"),
        tail("Enditem"),
        note="Xinhua copy: the dateline kept, 'Enditem' a credit line",
    ),
    wire(
        "en",
        BW1,
        FLOOD,
        "Reuters",
        RTR,
        "reuters-dateline-signoff",
        dateline("GABORONE, March 12 (Reuters) -"),
        note_line(
            "(Reporting by Brian Benza; Editing by Olivia Kumwenda-Mtambo)", cls="reuters-signoff"
        ),
        note="Reuters copy: the dateline kept, the reporting and editing line a credit line",
    ),
    wire(
        "en",
        BW4,
        FLOOD,
        "AFP",
        AFP,
        "blogger-source-afp",
        blogger_div("Source:", "AFP", "https://www.afp.com/en"),
        note="a village blog naming the agency as its source",
    ),
    own(
        "en",
        OWN_MM,
        FLOOD,
        "own-byline",
        by("By Kefilwe Mosarwa", cls="byline", credit=False),
        note="the daily's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        BW3,
        FLOOD,
        "mid-told-duma-fm",
        keep=(
            "A council spokesperson told Duma FM that tents had been ordered for families who could not return home this month.",
        ),
        note="a private radio station named as the one a source spoke to, on a site where another page credits Mmegi",
    ),
    nul(
        "negative_caption",
        "en",
        BW2,
        FLOOD,
        "caption-bdf",
        figure(
            "Soldiers carry a family's belongings through floodwater in Boyei ward. (Picture: Botswana Defence Force)"
        ),
        note="on a site where another page runs Xinhua copy",
    ),
    nul(
        "no_credit",
        "en",
        BW3,
        FLOOD,
        "desk-byline",
        bysite("Ngamiland Safari Trade Desk"),
    ),
    # ======================= Spanish: a windstorm in Neuquén (Argentina) =======================
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
            "https://www.infobae.com/sociedad/2026/03/12/temporal-de-viento-en-neuquen/",
        ),
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
            "https://www.rionegro.com.ar/neuquen/temporal-de-viento-arboles-caidos-y-cortes-de-luz-en-plottier/",
        ),
        note="a town blog pasting the regional daily's story",
    ),
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        EFE,
        "efe-dateline-notice",
        dateline("Neuquén (Argentina), 12 mar (EFE).-"),
        small_print(EFE_NOTICE),
        note="EFE copy: the dateline kept, its redistribution notice a credit line",
    ),
    wire(
        "es",
        ES3,
        ES,
        "Reuters",
        RTR,
        "blogger-fuente-reuters",
        blogger_div("Fuente:", "Reuters", "https://www.reuters.com/es/"),
    ),
    own(
        "es",
        OWN_LMN,
        ES,
        "own-byline",
        by("Por Valeria Sepúlveda", cls="byline", credit=False),
        note="the news site's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "es",
        ES2,
        ES,
        "mid-en-dialogo-con-lu5",
        keep=(
            "En diálogo con LU5, el subsecretario de Defensa Civil pidió a los vecinos no acercarse a los cables caídos.",
        ),
        note="a local radio named as the one a source spoke to, on a site where another page credits Clarín",
    ),
    nul(
        "negative_caption",
        "es",
        ES1,
        ES,
        "caption-defensa-civil",
        figure(
            "Un álamo caído sobre la calle en el barrio Alta Barda. Foto: Defensa Civil de Neuquén"
        ),
        note="on a site that runs EFE copy on another page",
    ),
    # ======================= Arabic: a storm in the port of Tyre (southern Lebanon) =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Asharq Al-Awsat",
        ["Asharq Al-Awsat", "الشرق الأوسط", "aawsat.com"],
        "masdar-asharq-al-awsat",
        tail("المصدر: الشرق الأوسط", tag="strong"),
    ),
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "Al Arabiya",
        ["Al Arabiya", "العربية", "العربية نت", "alarabiya.net"],
        "masdar-alarabiya-net",
        tail("المصدر: العربية نت"),
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "الوكالة الوطنية للإعلام",
        [
            "الوكالة الوطنية للإعلام",
            "National News Agency",
            "NNA",
            "الوكالة الوطنية",
            "nna-leb.gov.lb",
        ],
        "masdar-nna",
        tail("المصدر: الوكالة الوطنية للإعلام"),
        note="unsure: Lebanon's state agency, outside the table, filed out_of_table as the earlier sets file such agencies",
    ),
    wire(
        "ar",
        AR2,
        AR,
        "AFP",
        AFP,
        "afp-dateline-masdar",
        dateline("صور (لبنان) (أ ف ب) -"),
        tail("المصدر: فرانس برس"),
        note="AFP's Arabic service: the dateline kept, the source line a credit line",
    ),
    wire(
        "ar",
        AR1,
        AR,
        "Anadolu Agency",
        [*ANADOLU, "الأناضول"],
        "masdar-anadolu",
        tail("المصدر: الأناضول"),
    ),
    own(
        "ar",
        OWN_L24,
        AR,
        "own-byline",
        by("صور - علي حمود", cls="byline", credit=False),
        note="the news site's own correspondent on its own site",
    ),
    nul(
        "negative_mention",
        "ar",
        AR2,
        AR,
        "mid-hadith-al-jadeed",
        keep=(
            "وقال رئيس البلدية في حديث لقناة الجديد إن الأضرار تطال أكثر من أربعين عائلة تعيش من الصيد.",
        ),
        note="a Lebanese television named as the one a source spoke to, on a site that runs AFP copy",
    ),
    nul(
        "negative_caption",
        "ar",
        AR1,
        AR,
        "caption-civil-defence",
        figure("مراكب صيد متضررة على رصيف ميناء صور (تصوير: المديرية العامة للدفاع المدني)"),
    ),
    # ======================= Japanese: heavy snow at Chizu (Tottori) =======================
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "NHK鳥取", "NHK鳥取放送局", "日本放送協会"],
        "shutten-nhk-tottori",
        tail("出典：NHK鳥取 NEWS WEB"),
        note="NHK's Tottori station, answered as NHK",
    ),
    case(
        "in_table",
        "ja",
        JA2,
        JA,
        "The Asahi Shimbun",
        ["The Asahi Shimbun", "朝日新聞", "朝日新聞デジタル", "asahi.com"],
        "aggregator-row-asahi",
        source_row("朝日新聞デジタル", "3/12(木) 12:05"),
        note="a Yahoo!ニュース-style portal's source row naming the paper",
    ),
    case(
        "out_of_table",
        "ja",
        JA1,
        JA,
        "日本海新聞",
        ["日本海新聞", "新日本海新聞", "新日本海新聞社", "nnn.co.jp"],
        "teikyo-nihonkai-shimbun",
        tail("提供：日本海新聞"),
        note="the prefecture's paper, outside the table",
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Kyodo News",
        KYODO,
        "aggregator-row-kyodo",
        source_row("共同通信", "3/12(木) 11:30"),
        note="a Yahoo!ニュース-style portal's source row naming the agency",
    ),
    own(
        "ja",
        OWN_NNN,
        JA,
        "own-reprint-notice",
        small_print("掲載記事・写真の無断転載を禁じます。新日本海新聞社"),
        note="the paper's own reprint notice on its own site",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-bss-shuzai",
        keep=("智頭町の担当者はＢＳＳ山陰放送の取材に対し、除雪作業は夜通し続けると話した。",),
        note="a broadcaster named as the one a source spoke to, on a site where other pages credit NHK and 日本海新聞",
    ),
    nul(
        "negative_caption",
        "ja",
        JA2,
        JA,
        "caption-jr-teikyo",
        figure("倒木で運転を見合わせた因美線の線路（ＪＲ西日本提供）"),
    ),
    # ======================= German: snow breaking trees on the Rennsteig (Thuringia) =======================
    case(
        "in_table",
        "de",
        DE3,
        DE,
        "Der Spiegel",
        ["Der Spiegel", "SPIEGEL", "Spiegel", "spiegel.de"],
        "quelle-spiegel",
        tail("Quelle: DER SPIEGEL", tag="em"),
    ),
    case(
        "in_table",
        "de",
        DE1,
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
        "MDR",
        ["MDR", "MDR THÜRINGEN", "Mitteldeutscher Rundfunk", "mdr.de"],
        "quelle-mdr-thueringen",
        tail("Quelle: MDR THÜRINGEN"),
        note="the regional public broadcaster, outside the table",
    ),
    wire(
        "de",
        DE1,
        DE,
        "dpa",
        DPA,
        "dpa-dateline-infocom",
        dateline("Oberhof (dpa/th) -"),
        small_print("© dpa-infocom, dpa:260312-930-433981/1"),
        note="dpa's Thuringian service: the dateline kept, the infocom line a credit line",
    ),
    own(
        "de",
        OWN_FW,
        DE,
        "own-byline",
        by("Von Katrin Wachsmuth", cls="byline", credit=False),
        note="the paper's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "de",
        DE3,
        DE,
        "mid-gegenueber-antenne-thueringen",
        keep=(
            "Gegenüber Antenne Thüringen sagte der Bürgermeister, die Räumarbeiten würden noch mindestens zwei Tage dauern.",
        ),
        note="a private radio named as the one a source spoke to, on a site where another page credits Der Spiegel",
    ),
    nul(
        "negative_caption",
        "de",
        DE2,
        DE,
        "caption-feuerwehr",
        figure(
            "Umgestürzte Fichten auf der Landesstraße bei Schmiedefeld. Foto: Feuerwehr Ilmenau"
        ),
    ),
    # ======================= French: high tides on Route 132 (Haute-Gaspésie) =======================
    case(
        "in_table",
        "fr",
        FR1,
        FR,
        "CBC News",
        [*CBC, "Radio-Canada", "ICI Radio-Canada", "radio-canada.ca"],
        "source-ici-radio-canada-gaspesie",
        tail("Source : ICI Radio-Canada Gaspésie–Îles-de-la-Madeleine", tag="em"),
        note="unsure: Radio-Canada's regional newsroom, answered as CBC News, under which the table files Radio-Canada",
    ),
    case(
        "out_of_table",
        "fr",
        FR2,
        FR,
        "Le Soleil",
        ["Le Soleil", "lesoleil.com"],
        "jnews-source-le-soleil",
        jnews_field(
            "Source :",
            "Le Soleil",
            "https://www.lesoleil.com/actualites/2026/03/12/grandes-marees-route-132-fermee-en-haute-gaspesie",
        ),
        note="the Quebec City daily, outside the table",
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "Radio Gaspésie",
        ["Radio Gaspésie", "Radio Gaspesie", "radiogaspesie.ca"],
        "source-radio-gaspesie",
        tail("Source : Radio Gaspésie", tag="strong"),
        note="the regional radio's news site, outside the table",
    ),
    wire(
        "fr",
        FR2,
        FR,
        "The Canadian Press",
        CP,
        "pc-byline-dateline-trailer",
        by("La Presse Canadienne", cls="byline"),
        dateline("GRANDE-VALLÉE, Qc —"),
        tail(
            "Ce reportage de La Presse Canadienne a été publié pour la première fois le 12 mars 2026.",
            tag="em",
        ),
        note="the agency's French service, which the table files under The Canadian Press: the byline and trailer, the dateline kept",
    ),
    own(
        "fr",
        OWN_RG,
        FR,
        "own-byline",
        by("Par Jean-Philippe Thibault", cls="byline", credit=False),
        note="the radio's own reporter on its own news site",
    ),
    nul(
        "negative_mention",
        "fr",
        FR1,
        FR,
        "mid-en-entrevue-cieu",
        keep=(
            "En entrevue à CIEU-FM, le préfet de la MRC a demandé à Québec de devancer les travaux d'enrochement.",
        ),
        note="a regional radio named as the one a source spoke to, on a site where other pages credit Radio-Canada and Radio Gaspésie",
    ),
    nul(
        "negative_caption",
        "fr",
        FR2,
        FR,
        "caption-mtq",
        figure(
            "Des galets couvrent la route 132 près de Gros-Morne, mardi. (Photo : ministère des Transports du Québec)"
        ),
        note="on a site that runs the agency's copy on another page",
    ),
    # ======================= Portuguese: the Ribeira de Iguape in flood (Vale do Ribeira) =======================
    case(
        "in_table",
        "pt",
        PT3,
        PT,
        "Folha de S.Paulo",
        ["Folha de S.Paulo", "Folha", "Folha de São Paulo", "folha.uol.com.br"],
        "fonte-folha",
        tail("Fonte: Folha de S.Paulo", tag="strong"),
    ),
    case(
        "in_table",
        "pt",
        PT1,
        PT,
        "O Globo",
        ["O Globo", "g1", "G1", "g1 Santos e Região", "globo.com"],
        "tagdiv-fonte-g1",
        td_source(
            "FONTE",
            "g1 Santos e Região",
            "https://g1.globo.com/sp/santos-regiao/noticia/2026/03/12/cheia-do-rio-ribeira-de-iguape-registro-eldorado.ghtml",
        ),
        note="unsure: Globo's news portal, answered as O Globo as the table files it",
    ),
    case(
        "out_of_table",
        "pt",
        PT2,
        PT,
        "A Tribuna",
        ["A Tribuna", "Jornal A Tribuna", "atribuna.com.br"],
        "blogger-fonte-a-tribuna",
        blogger_div(
            "Fonte:",
            "A Tribuna",
            "https://www.atribuna.com.br/cidades/vale-do-ribeira/cheia-do-ribeira-desaloja-familias",
        ),
        note="a town blog pasting the Santos daily's story",
    ),
    wire(
        "pt",
        PT3,
        PT,
        "Estadão Conteúdo",
        ["Estadão Conteúdo", "Estadao Conteudo", "Agência Estado", "Estadão"],
        "com-informacoes-estadao-conteudo",
        tail("Com informações do Estadão Conteúdo.", tag="em"),
        note="the Estado group's agency, in the table as a wire",
    ),
    own(
        "pt",
        OWN_AT,
        PT,
        "own-desk-byline",
        by("Da Reportagem", cls="byline", credit=False),
        note="the paper's own desk byline on its own site",
    ),
    nul(
        "negative_mention",
        "pt",
        PT3,
        PT,
        "mid-entrevista-tv-tribuna",
        keep=(
            "Em entrevista à TV Tribuna, o prefeito de Eldorado disse que a água nunca tinha chegado tão perto da praça central.",
        ),
        note="a broadcaster named as the one a source spoke to, on a site where another page credits Folha",
    ),
    nul(
        "negative_caption",
        "pt",
        PT1,
        PT,
        "caption-defesa-civil",
        figure(
            "Ruas alagadas no bairro Arapongal, em Registro. Foto: Defesa Civil de SP/Divulgação"
        ),
    ),
    # ======================= Russian: a blizzard at Magadan =======================
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Магаданская правда",
        ["Магаданская правда", "«Магаданская правда»", "Magadanskaya Pravda", "magadanpravda.ru"],
        "istochnik-magadanskaya-pravda",
        tail("Источник: «Магаданская правда»", tag="em"),
        note="the regional newspaper, outside the table",
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "ГТРК «Магадан»",
        ["ГТРК «Магадан»", "ГТРК Магадан", "Вести-Магадан", "GTRK Magadan"],
        "po-materialam-gtrk-magadan",
        tail("По материалам ГТРК «Магадан»"),
        note="the state broadcaster's regional station, outside the table",
    ),
    wire(
        "ru",
        RU1,
        RU,
        "TASS",
        TASS,
        "tass-dateline-istochnik",
        dateline("МАГАДАН, 12 марта. /ТАСС/."),
        tail("Источник: ТАСС"),
        note="TASS copy: the dateline kept, the source line a credit line",
    ),
    wire(
        "ru",
        RU2,
        RU,
        "RIA Novosti",
        RIA,
        "istochnik-ria",
        tail("Источник: РИА Новости", tag="em"),
    ),
    own(
        "ru",
        OWN_MP,
        RU,
        "own-byline",
        by("Анна Климченко", cls="byline", credit=False),
        note="the paper's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "ru",
        RU2,
        RU,
        "mid-v-intervyu-magadan-media",
        keep=(
            "В интервью «Магадан-Медиа» глава городского округа пообещал выделить дополнительную технику на окраины.",
        ),
        note="a news site named as the one a source spoke to, on a site where other pages run RIA copy",
    ),
    nul(
        "negative_caption",
        "ru",
        RU1,
        RU,
        "caption-mchs",
        figure("Снегоочиститель на улице Пролетарской. Фото: ГУ МЧС России по Магаданской области"),
    ),
    # ======================= Chinese: a gale off Xiapu (Fujian) =======================
    case(
        "in_table",
        "zh",
        ZH1,
        ZH,
        "People's Daily",
        ["People's Daily", "人民网", "人民日报", "Peoples Daily"],
        "cn-source-renminwang",
        cn_source("人民网", "林晓燕"),
        note="the county portal's info bar",
    ),
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "China Daily",
        ["China Daily", "中国日报网", "中国日报", "chinadaily.com.cn"],
        "tail-laiyuan-chinadaily",
        tail("来源：中国日报网"),
        note="the source line as the last line of the text",
    ),
    case(
        "out_of_table",
        "zh",
        ZH2,
        ZH,
        "东南网",
        ["东南网", "fjsen.com"],
        "cn-source-dongnanwang",
        cn_source("东南网", "郑清华"),
        note="the provincial news site, outside the table",
    ),
    wire(
        "zh",
        ZH1,
        ZH,
        "Xinhua",
        XINHUA,
        "cn-source-xinhua-dateline",
        cn_source("新华社", "郑良"),
        dateline("新华社福州3月12日电（记者 郑良）"),
        note="Xinhua copy: the info bar's source a credit line, the dateline kept",
    ),
    wire(
        "zh",
        ZH2,
        ZH,
        "Xinhua",
        XINHUA,
        "tail-laiyuan-xinhuanet",
        tail("来源：新华网"),
    ),
    nul(
        "negative_mention",
        "zh",
        ZH2,
        ZH,
        "mid-jieshou-fujian-tv",
        keep=(
            "霞浦县海洋与渔业局负责人在接受福建广播电视台记者采访时表示，受损渔排的统计工作仍在进行。",
        ),
        note="a broadcaster named as the one a source spoke to, on a site where other pages credit China Daily and 东南网",
    ),
    nul(
        "negative_caption",
        "zh",
        ZH1,
        ZH,
        "caption-rongmei-gongtu",
        figure("被大风吹散的海上渔排。（霞浦县融媒体中心供图）"),
    ),
    # ======================= Italian: a storm surge at Elba =======================
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "La Repubblica",
        ["La Repubblica", "Repubblica", "la Repubblica Firenze", "repubblica.it"],
        "fonte-repubblica-firenze",
        tail("Fonte: la Repubblica Firenze", tag="em"),
        note="the paper's Florence edition, answered as La Repubblica",
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "Il Tirreno",
        ["Il Tirreno", "iltirreno.it"],
        "jnews-fonte-il-tirreno",
        jnews_field(
            "Fonte:",
            "Il Tirreno",
            "https://www.iltirreno.it/piombino/cronaca/2026/03/12/news/mareggiata-elba-traghetti-sospesi-1234567",
        ),
        note="the Livorno daily, outside the table",
    ),
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ANSA,
        "ansa-dateline-copyright",
        dateline("(ANSA) - PORTOFERRAIO, 12 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    own(
        "it",
        OWN_TIR,
        IT,
        "own-riproduzione-riservata",
        by("di Luca Centini", cls="byline", credit=False),
        small_print("© RIPRODUZIONE RISERVATA"),
        note="the paper's own reporter and rights line on its own site",
    ),
    nul(
        "negative_mention",
        "it",
        IT2,
        IT,
        "mid-microfoni-telegranducato",
        keep=(
            "Ai microfoni di TeleGranducato il comandante del porto ha spiegato che le navi resteranno in banchina fino a nuovo ordine.",
        ),
        note="a local television named as the one a source spoke to, on a site where another page credits la Repubblica",
    ),
    nul(
        "negative_caption",
        "it",
        IT1,
        IT,
        "caption-guardia-costiera",
        figure("Le onde sul lungomare di Marina di Campo, martedì mattina (foto Guardia costiera)"),
        note="on a site that runs ANSA copy on another page",
    ),
    # ======================= Korean: swells on the Gijang coast (Busan) =======================
    case(
        "out_of_table",
        "ko",
        KO1,
        KO,
        "부산일보",
        ["부산일보", "Busan Ilbo", "busan.com"],
        "chulcheo-busan-ilbo",
        tail("<출처: 부산일보>"),
        note="the city's daily, outside the table",
    ),
    case(
        "out_of_table",
        "ko",
        KO2,
        KO,
        "국제신문",
        ["국제신문", "Kookje Shinmun", "kookje.co.kr"],
        "chulcheo-kookje",
        tail("<출처: 국제신문>"),
        note="the city's other daily, outside the table",
    ),
    wire(
        "ko",
        KO1,
        KO,
        "Yonhap",
        YONHAP,
        "yonhap-dateline-trailer",
        dateline("(부산=연합뉴스) 박성진 기자 ="),
        kr_copyright(YONHAP_TRAILER),
        note="the dateline kept; the trailer the credit line",
    ),
    wire(
        "ko",
        KO2,
        KO,
        "Newsis",
        NEWSIS,
        "newsis-dateline-trailer",
        dateline("(부산=뉴시스) 김민지 기자 ="),
        kr_copyright("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지>"),
    ),
    own(
        "ko",
        OWN_BS,
        KO,
        "own-busan-ilbo-copyright",
        kr_copyright("ⓒ부산일보(www.busan.com), 무단전재 및 재배포 금지"),
        note="the paper's own copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "ko",
        KO2,
        KO,
        "mid-knn-tonghwa",
        keep=(
            '기장군 관계자는 KNN과의 통화에서 "피해 상인들에게 긴급 복구비를 우선 지원하겠다"고 말했다.',
        ),
        note="a regional broadcaster outside the table named as the one a source spoke to",
    ),
    # ======================= Turkish: a landslide in Tirebolu (Giresun) =======================
    case(
        "in_table",
        "tr",
        TR1,
        TR,
        "TRT World",
        ["TRT World", "TRT", "TRT Haber", "trt.net.tr"],
        "kaynak-trt-haber",
        tail("Kaynak: TRT Haber", tag="strong"),
        note="unsure: the public broadcaster's Turkish news channel, answered as TRT World, the name the table files the broadcaster under (as the twenty-fifth set did)",
    ),
    case(
        "out_of_table",
        "tr",
        TR2,
        TR,
        "Habertürk",
        ["Habertürk", "Haberturk", "haberturk.com"],
        "tagdiv-kaynak-haberturk",
        td_source(
            "KAYNAK",
            "Habertürk",
            "https://www.haberturk.com/giresun-tirebolu-heyelan-sahil-yolu-1234567",
        ),
    ),
    wire(
        "tr",
        TR1,
        TR,
        "İhlas Haber Ajansı",
        IHA,
        "kaynak-iha",
        tail("Kaynak: İHA"),
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
        "mid-cnn-turk-e-konusan",
        keep=(
            "CNN Türk'e konuşan Tirebolu Belediye Başkanı, boşaltılan evlerdeki ailelere geçici konut sağlanacağını söyledi.",
        ),
        note="a Turkish news channel named as the one a source spoke to (CNN Türk is a licensed brand of a Turkish group, not CNN)",
    ),
    nul(
        "negative_caption",
        "tr",
        TR2,
        TR,
        "caption-fotograf-afad",
        figure("Heyelan bölgesinde çalışan iş makineleri. (Fotoğraf: AFAD)"),
        note="a government photo credit on a site that runs AA copy on another page",
    ),
    # ======================= Indonesian: a flash flood in Sembalun (Lombok) =======================
    case(
        "out_of_table",
        "id",
        ID2,
        ID,
        "Lombok Post",
        ["Lombok Post", "lombokpost.jawapos.com"],
        "sumber-lombok-post",
        tail("Sumber: Lombok Post", tag="strong"),
        note="the island's daily, outside the table",
    ),
    case(
        "out_of_table",
        "id",
        ID1,
        ID,
        "detikBali",
        ["detikBali", "detik.com", "detikcom"],
        "jnews-sumber-detikbali",
        jnews_field(
            "Sumber:",
            "detikBali",
            "https://www.detik.com/bali/nusra/d-7812345/banjir-bandang-terjang-sembalun-lombok-timur",
        ),
        note="the national portal's Bali and Nusa Tenggara desk, outside the table",
    ),
    wire(
        "id",
        ID1,
        ID,
        "Antara",
        ANTARA,
        "antara-dateline-copyright",
        dateline("Lombok Timur (ANTARA) -"),
        small_print("Copyright © ANTARA 2026"),
    ),
    wire(
        "id",
        ID2,
        ID,
        "Antara",
        ANTARA,
        "sumber-antara",
        tail("Sumber: Antara"),
    ),
    nul(
        "negative_mention",
        "id",
        ID2,
        ID,
        "mid-dihubungi-radar-lombok",
        keep=(
            "Saat dihubungi Radar Lombok, Camat Sembalun mengatakan bantuan alat berat sudah diminta ke pemerintah provinsi.",
        ),
        note="a local paper named as the one a source spoke to, on a site where another page credits Lombok Post",
    ),
    nul(
        "negative_caption",
        "id",
        ID1,
        ID,
        "caption-bpbd",
        figure("Warga membersihkan lumpur di Desa Sembalun Bumbung. (FOTO: BPBD Lombok Timur)"),
        note="on a site that runs Antara copy on another page",
    ),
    # ======================= Hindi: hail around Ambikapur (Surguja, Chhattisgarh) =======================
    case(
        "in_table",
        "hi",
        HI2,
        HI,
        "Dainik Bhaskar",
        ["Dainik Bhaskar", "दैनिक भास्कर", "bhaskar.com"],
        "sabhar-dainik-bhaskar",
        tail("साभार: दैनिक भास्कर"),
    ),
    case(
        "out_of_table",
        "hi",
        HI1,
        HI,
        "हरिभूमि",
        ["हरिभूमि", "Haribhoomi", "haribhoomi.com"],
        "srot-haribhoomi",
        tail("स्रोत: हरिभूमि", tag="strong"),
        note="the state's Hindi daily, outside the table",
    ),
    wire(
        "hi",
        HI1,
        HI,
        "United News of India",
        UNI,
        "varta-closing-tag",
        tail("(वार्ता)"),
        note="unsure: '(वार्ता)' closing the item is UNI's Hindi service, answered as United News of India",
    ),
    own(
        "hi",
        OWN_HB,
        HI,
        "own-bureau-byline",
        by("हरिभूमि न्यूज : अंबिकापुर", cls="byline", credit=False),
        note="the paper's own bureau byline on its own site",
    ),
    nul(
        "negative_mention",
        "hi",
        HI2,
        HI,
        "mid-navbharat-baatcheet",
        keep=(
            "नवभारत से बातचीत में कृषि विभाग के उपसंचालक ने कहा कि सर्वे रिपोर्ट तीन दिन में तैयार हो जाएगी।",
        ),
        note="a regional paper outside the table named as the one a source spoke to, on a site where another page credits Dainik Bhaskar",
    ),
    nul(
        "negative_caption",
        "hi",
        HI1,
        HI,
        "caption-zila-prashasan",
        figure("लुंड्रा क्षेत्र में ओलों से बिछी गेहूं की फसल। (फोटो: जिला प्रशासन सरगुजा)"),
        note="on a site that runs UNI copy on another page",
    ),
]
