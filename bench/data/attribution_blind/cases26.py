# ruff: noqa: E501, RUF001
"""Sites and cases of the twenty-sixth blind set (cases_2026-12-28.jsonl).

Written from newsroom conventions without reading the attribution code. An eighteenth independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. About 45% English, from seven English-speaking regions none of the
earlier sets' stories were set in (Wyoming; Norfolk, beside the Lincolnshire of the fifteenth set;
County Donegal; the Northwest Territories, beside the Saskatchewan of the fifteenth set; Southland
in New Zealand; the Bahamas; Zambia's North-Western Province, beside the Copperbelt of the
seventeenth set), on the sites such a crawler reads there (local papers and portals, a TV station,
community radio, trade sites, community blogs, a partner portal and a Google News-style
aggregator, regional papers' own pages), and the rest in thirteen other languages weighted by the
news the web carries in them (Spanish from Chiapas, beside the Oaxaca of the nineteenth set; Arabic
from Aqaba; Japanese from Toyama, beside the Niigata of the sixteenth; German from the Vogtland,
beside the Erzgebirge of the twenty-second; French from Réunion; Portuguese from Madeira; Russian
from Khakassia, beside the Altai of the fifteenth; Chinese in traditional characters from Taitung,
beside the Hualien of the nineteenth; Italian from Molise, beside the Abruzzo of the fourteenth;
Ukrainian from Ivano-Frankivsk oblast, beside the Zakarpattia of the twenty-second; Swedish from
Norrbotten; Czech from South Bohemia; Greek from Crete). Each page's convention is drawn about as
often as such a crawler meets it, whether or not an earlier set used it, and a credited page
carries every line that credits its original where real pages do. No new template: the earlier
ones (`chrome3`-`chrome12`) render these CMSs, with Czech lists added to the themes.

Cases the writer was unsure of (marked before any run; each `note` says why): "Source : Réunion La
1ère" answered as franceinfo (the France Télévisions station; the table files the group's news
under franceinfo); "Source: CBS News Miami" answered as CBS News; "Källa: SVT Nyheter Norrbotten"
filed `out_of_table` (SVT is outside the table); the Athens-Macedonian News Agency (ΑΠΕ-ΜΠΕ),
outside the table, filed `out_of_table` as the earlier sets file such agencies; "Источник:
Интерфакс-Сибирь" answered as Interfax (its regional service); "Avec AFP" under a French page
answered as AFP.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from cases6 import blogger_div, by, bysite, nul, own, wire
from cases8 import AFP, AP, AP_TRAILER, RTR, provider, source_row, td_source
from cases9 import jnews_field
from cases11 import note_line, small_print
from cases22 import use_local_lists22
from chrome8 import TRENDING_BY_LANG, site_registry
from chrome9 import READ_ALSO
from model3 import Case3, Site3, case, dateline, figure, tail

SITES26: dict[str, Site3] = {}

_s = site_registry(SITES26)

# The themes' lists in Czech, the one language of this set no earlier set's lists carry.
TRENDING26: dict[str, tuple[str, ...]] = {
    "cs": (
        "Zastupitelstvo odložilo hlasování o rozpočtu",
        "Výstraha před bouřkami byla odvolána",
        "Známe termíny prázdnin na příští školní rok",
        "Vstupenky na finále se vyprodaly za hodinu",
    ),
}
READ_ALSO26 = {"cs": "Přečtěte si také"}


def use_local_lists26() -> None:
    """The twenty-second set's lists, and Czech, leaving every language an earlier set rendered
    as it was."""
    use_local_lists22()
    for lang, items in TRENDING26.items():
        TRENDING_BY_LANG.setdefault(lang, items)
    for lang, label in READ_ALSO26.items():
        READ_ALSO.setdefault(lang, label)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
EN_PT = _s("newsbeaconhub.com", "NewsBeacon Hub", "partner")
EN_AG = _s("feedquarry.app", "FeedQuarry", "aggregator", "feedquarry.app")
# Wyoming
WY1 = _s("medicinebowpost.com", "Medicine Bow Post", "localportal")
WY2 = _s("kwyc4.com", "KWYC 4", "arc")
WY3 = blog("carboncountytruckers.blogspot.com", "Carbon County Truckers")
WY4 = _s("snowyrangechronicle.com", "Snowy Range Chronicle", "blox")
OWN_CST = _s("trib.com", "Casper Star-Tribune", "blox")
# Norfolk
NF1 = _s("yarmouthcoastnews24.co.uk", "Yarmouth Coast News 24", "localportal")
NF2 = _s("coastalengineeringreview.co.uk", "Coastal Engineering Review", "wp")
NF3 = blog("hemsbybeachwatch.blogspot.com", "Hemsby Beach Watch")
OWN_EDP = _s("edp24.co.uk", "Eastern Daily Press", "localportal")
# County Donegal
DG1 = _s("inishowenupdate.ie", "Inishowen Update", "wp")
DG2 = _s("swillyvalleyradio.ie", "Swilly Valley Radio", "wp")
DG3 = _s("donegalbusinesswire.ie", "Donegal Business Wire", "jnews")
OWN_DN = _s("donegalnews.com", "Donegal News", "regional")
# Northwest Territories
NT1 = _s("slavelakejournal.ca", "Slave Lake Journal", "localportal")
NT2 = _s("northernriverradio.ca", "Northern River Radio", "wp")
NT3 = _s("northofsixtyreport.ca", "North of Sixty Report", "jnews")
OWN_CAB = _s("cabinradio.ca", "Cabin Radio", "wp")
# Southland, New Zealand
SL1 = _s("southernplainsnews.co.nz", "Southern Plains News", "wp")
SL2 = _s("murihikufarmer.co.nz", "Murihiku Farmer", "jannah")
SL3 = _s("kiwiruralwire.co.nz", "Kiwi Rural Wire", "tagdiv")
SL4 = blog("wyndhamcommunity.blogspot.com", "Wyndham Community")
OWN_ODT = _s("odt.co.nz", "Otago Daily Times", "nextjs")
# The Bahamas
BH1 = _s("islandpulse242.com", "Island Pulse 242", "jannah")
BH2 = _s("bahamasbusinessbrief.com", "Bahamas Business Brief", "tagdiv")
BH3 = blog("overthehillvoices.blogspot.com", "Over the Hill Voices")
OWN_TRB = _s("tribune242.com", "The Tribune", "wp")
# Zambia, North-Western Province
ZM1 = _s("solwezitoday24.com", "Solwezi Today 24", "jnews")
ZM2 = _s("africaminingbrief.com", "Africa Mining Brief", "tagdiv")
ZM3 = _s("zamtransportnews.com", "Zam Transport News", "wp")
ZM4 = blog("mutandaroadwatch.blogspot.com", "Mutanda Road Watch")
OWN_ZDM = _s("daily-mail.co.zm", "Zambia Daily Mail", "regional")
# Spanish (Chiapas)
ES1 = _s("soconusco-aldia.com.mx", "Soconusco al Día", "jnews")
ES2 = _s("tapachula-informa.com", "Tapachula Informa", "wpblock")
ES3 = blog("coatan-vecinos.blogspot.com", "Vecinos del Coatán")
OWN_HCH = _s("elheraldodechiapas.com.mx", "El Heraldo de Chiapas", "regional")
# Arabic (Aqaba)
AR1 = _s("aqaba-alyawm24.com", "العقبة اليوم 24", "jannah")
AR2 = _s("wadirum-news.com", "وادي رم نيوز", "wpblock")
OWN_ROYA = _s("royanews.tv", "رؤيا الإخباري", "regional")
# Japanese (Toyama)
JA1 = _s("namerikawa-news24.jp", "滑川ニュース24", "jpnews")
JA2 = _s("toyama-news-matome.net", "富山ニュースまとめ", "aggregator", "toyama-news-matome.net")
OWN_WEBUN = _s("webun.jp", "北日本新聞ウェブ", "jpnews")
# German (Vogtland)
DE1 = _s("vogtland-ticker24.de", "Vogtland-Ticker 24", "typo3")
DE2 = _s("plauen-aktuell24.de", "Plauen aktuell 24", "nextjs")
DE3 = _s("elstertal-news.de", "Elstertal News", "wp")
OWN_VA = _s("vogtland-anzeiger.de", "Vogtland-Anzeiger", "regional")
# French (Réunion)
FR1 = _s("nord-reunion-infos.re", "Nord Réunion Infos", "wp")
FR2 = _s("lapossession-actu.re", "La Possession Actu", "jnews")
OWN_IMAZ = _s("imazpress.com", "Imaz Press Réunion", "regional")
# Portuguese (Madeira)
PT1 = _s("funchal-noticias24.pt", "Funchal Notícias 24", "tagdiv")
PT2 = _s("machico-hoje.pt", "Machico Hoje", "wpblock")
PT3 = blog("santana-madeira.blogspot.com", "Santana, Madeira")
OWN_JM = _s("jm-madeira.pt", "JM Madeira", "arc")
# Russian (Khakassia)
RU1 = _s("sayanogorsk-vesti.ru", "Саяногорск Вести", "wp")
RU2 = _s("abakan-segodnya24.ru", "Абакан Сегодня 24", "bitrix")
# Chinese, traditional characters (Taitung)
ZH1 = _s("dawu-shenghuo.com.tw", "大武生活網", "regional")
ZH2 = _s("taitung-kuaixun.com", "臺東快訊", "wp")
OWN_LTN = _s("news.ltn.com.tw", "自由時報電子報", "regional", "news.ltn.com.tw")
# Italian (Molise)
IT1 = _s("basso-molise24.it", "Basso Molise 24", "jnews")
IT2 = _s("termoli-notizie24.it", "Termoli Notizie 24", "wp")
OWN_PPM = _s("primopianomolise.it", "Primo Piano Molise", "nextjs")
# Ukrainian (Ivano-Frankivsk oblast)
UK1 = _s("yaremche-novyny.com.ua", "Яремче Новини", "wp")
UK2 = _s("prykarpattia-info24.com", "Прикарпаття Інфо 24", "jnews")
OWN_GALKA = _s("galka.if.ua", "Галка", "regional")
# Swedish (Norrbotten)
SV1 = _s("kalixbladet24.se", "Kalixbladet 24", "wp")
SV2 = _s("norrbotten-nytt24.se", "Norrbotten Nytt 24", "localportal")
OWN_NSD = _s("nsd.se", "NSD", "regional")
# Czech (South Bohemia)
CS1 = _s("lipensko-dnes.cz", "Lipensko dnes", "wp")
CS2 = _s("jihocesky-zpravodaj24.cz", "Jihočeský zpravodaj 24", "jnews")
# Greek (Crete)
EL1 = _s("chania-news24.gr", "Chania News 24", "wp")
EL2 = _s("kissamos-info.gr", "Κίσσαμος Info", "jnews")
OWN_NK = _s("neakriti.gr", "Νέα Κρήτη", "regional")

I80, HEMSBY, CRANA, HAY, MATAURA, BPL, SOLWEZI = (
    "i80",
    "hemsby",
    "buncrana",
    "hayriver",
    "mataura",
    "bpl",
    "solwezi",
)
ES, AR, JA, DE, FR, PT, RU = (
    "coatan",
    "aqaba",
    "hotaruika",
    "elster",
    "littoral",
    "ventos",
    "sayan",
)
ZH, IT, UK, SV, CS, EL = "nanhui", "petacciato", "prut", "kalix", "lipno", "chania"

PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP"]
AAP = ["Australian Associated Press", "AAP", "aap.com.au"]
CBC = ["CBC News", "CBC", "CBC North", "cbc.ca"]
BBC = ["BBC", "BBC News", "bbc.co.uk"]
XINHUA = ["Xinhua", "Xinhua News Agency", "新华社", "xinhuanet.com"]
EFE = ["EFE", "Agencia EFE"]
PETRA = ["Petra", "Jordan News Agency", "بترا", "وكالة الأنباء الأردنية", "petra.gov.jo"]
KYODO = ["Kyodo News", "Kyodo", "共同通信", "共同通信社"]
DPA = ["dpa", "Deutsche Presse-Agentur", "DPA"]
LUSA = ["Agência Lusa", "Lusa", "Agencia Lusa", "lusa.pt"]
TASS = ["TASS", "ТАСС", "ITAR-TASS", "tass.ru"]
CNA_TW = ["Central News Agency", "中央社", "Focus Taiwan", "cna.com.tw"]
ANSA = ["ANSA", "Agenzia ANSA"]
TT = ["TT Nyhetsbyrån", "TT", "tt.se"]
CTK = ["ČTK", "CTK", "Czech News Agency", "Česká tisková kancelář"]

CASES26: list[Case3] = [
    # ======================= English: a ground blizzard shuts I-80 (Wyoming) =======================
    case(
        "in_table",
        "en",
        EN_PT,
        I80,
        "NBC News",
        ["NBC News", "NBC", "nbcnews.com"],
        "partner-provided-by-nbc-news",
        provider("NBC News", "Caleb Whitford"),
        note="an MSN-style partner portal's provider strip: the portal only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        I80,
        "CNN",
        ["CNN", "cnn.com"],
        "aggregator-source-row-cnn",
        source_row("CNN", "3h"),
        note="an aggregator's source row",
    ),
    case(
        "in_table",
        "en",
        WY3,
        I80,
        "CBS News",
        ["CBS News", "CBS", "CBS News Colorado", "cbsnews.com"],
        "blogger-source-cbs-news",
        blogger_div(
            "Source:",
            "CBS News",
            "https://www.cbsnews.com/colorado/news/interstate-80-closed-wyoming-ground-blizzard-trucks/",
        ),
        note="a truckers' blog pasting a network story about the corridor",
    ),
    case(
        "out_of_table",
        "en",
        WY1,
        I80,
        "WyoFile",
        ["WyoFile", "wyofile.com"],
        "wyofile-republished-with-permission",
        tail(
            "This article was originally published by WyoFile and is republished here with permission.",
            tag="em",
        ),
        note="the nonprofit newsroom's republishing line on a local portal",
    ),
    case(
        "out_of_table",
        "en",
        WY4,
        I80,
        "Cowboy State Daily",
        ["Cowboy State Daily", "cowboystatedaily.com"],
        "source-cowboy-state-daily",
        tail("Source: Cowboy State Daily", tag="strong"),
        note="a BLOX weekly running the statewide news site's story",
    ),
    wire(
        "en",
        WY2,
        I80,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By TRAVIS HOLLAND Associated Press", cls="byline"),
        dateline("LARAMIE, Wyo. (AP) —"),
        small_print(AP_TRAILER),
        note="a TV station running AP copy: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        EN_AG,
        I80,
        "Associated Press",
        AP,
        "aggregator-source-row-ap",
        source_row("Associated Press", "1h"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    own(
        "en",
        OWN_CST,
        I80,
        "own-staff-writer-byline",
        by("By KELSEY BRANDT Star-Tribune staff writer", cls="tnt-byline", credit=False),
        note="the paper's own staff byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        WY1,
        I80,
        "mid-told-wyoming-public-radio",
        keep=(
            "A WYDOT district engineer told Wyoming Public Radio that the wind fences west of Arlington had been buried by drifts.",
        ),
        note="a public radio station named as the one a source spoke to, on a site where another page credits WyoFile",
    ),
    nul(
        "negative_caption",
        "en",
        WY2,
        I80,
        "caption-wydot-photo",
        figure(
            "Trucks wait on the shoulder of I-80 east of Arlington on Wednesday. (Photo courtesy of WYDOT)"
        ),
        note="a government photo credit, on a site that runs AP copy on another page",
    ),
    nul(
        "no_credit",
        "en",
        WY3,
        I80,
        "blog-posted-by",
        bysite("Posted by Carbon County Truckers"),
    ),
    # ======================= English: homes lost to the sea at Hemsby (Norfolk) =======================
    case(
        "in_table",
        "en",
        NF1,
        HEMSBY,
        "BBC",
        [*BBC, "BBC Norfolk"],
        "source-bbc-norfolk",
        tail("Source: BBC Norfolk", tag="strong"),
        note="the BBC's local service, answered as the BBC",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        HEMSBY,
        "ITV News",
        ["ITV News", "ITV", "ITV News Anglia", "itv.com"],
        "aggregator-source-row-itv-anglia",
        source_row("ITV News Anglia", "2h"),
        note="ITV's regional service, answered as ITV News",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        HEMSBY,
        "The Independent",
        ["The Independent", "Independent", "independent.co.uk"],
        "partner-provided-by-independent",
        provider("The Independent", "Holly Baines"),
    ),
    case(
        "in_table",
        "en",
        NF2,
        HEMSBY,
        "Sky News",
        ["Sky News", "Sky", "news.sky.com"],
        "source-sky-news",
        tail("Source: Sky News", tag="strong"),
        note="a trade site running a broadcaster's story",
    ),
    case(
        "out_of_table",
        "en",
        NF3,
        HEMSBY,
        "Eastern Daily Press",
        ["Eastern Daily Press", "EDP", "EDP24", "edp24.co.uk"],
        "blogger-source-edp",
        blogger_div(
            "Source:",
            "Eastern Daily Press",
            "https://www.edp24.co.uk/news/26011234.hemsby-homes-demolished-cliff-fall/",
        ),
        note="a village blog pasting the county daily's story",
    ),
    case(
        "out_of_table",
        "en",
        NF1,
        HEMSBY,
        "Great Yarmouth Mercury",
        ["Great Yarmouth Mercury", "The Great Yarmouth Mercury", "greatyarmouthmercury.co.uk"],
        "first-appeared-yarmouth-mercury",
        tail("This story first appeared in the Great Yarmouth Mercury.", tag="em"),
        note="a local portal running the weekly's story",
    ),
    wire(
        "en",
        NF2,
        HEMSBY,
        "PA Media",
        PA,
        "pa-byline",
        by("By Sam Pritchard, PA", cls="byline"),
        note="a trade site running PA copy",
    ),
    own(
        "en",
        OWN_EDP,
        HEMSBY,
        "own-tip-line",
        by("By Rosie Larwood", cls="byline", credit=False),
        tail("Do you have a story for us? Email the EDP newsdesk or message us on Facebook."),
        note="the paper's own tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        NF2,
        HEMSBY,
        "mid-told-bbc-radio-norfolk",
        keep=(
            "The borough's cabinet member for the environment told BBC Radio Norfolk that the blocks had bought the village time but not safety.",
        ),
        note="an outlet in the table named as the one a source spoke to, on a site where another page runs PA copy",
    ),
    nul(
        "negative_caption",
        "en",
        NF3,
        HEMSBY,
        "caption-borough-council",
        figure(
            "The gap left in the dunes below The Marrams on Tuesday. (Image: Great Yarmouth Borough Council)"
        ),
        note="on a site where another page credits the Eastern Daily Press",
    ),
    nul(
        "negative_caption",
        "en",
        NF1,
        HEMSBY,
        "caption-pa-wire",
        figure(
            "A bungalow stands at the edge of the dunes in Hemsby. (Photo: Joe Marston/PA Wire)"
        ),
        note="an agency photo credit on a page whose text is the site's own",
    ),
    nul(
        "no_credit",
        "en",
        NF3,
        HEMSBY,
        "blog-posted-by",
        bysite("Posted by Hemsby Beach Watch"),
    ),
    # ======================= English: the Crana floods Buncrana (County Donegal) =======================
    case(
        "in_table",
        "en",
        DG1,
        CRANA,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "first-appeared-guardian",
        tail("This article first appeared in The Guardian.", tag="em"),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        CRANA,
        "BBC",
        BBC,
        "aggregator-source-row-bbc",
        source_row("BBC News", "4h"),
    ),
    case(
        "out_of_table",
        "en",
        DG3,
        CRANA,
        "Donegal Daily",
        ["Donegal Daily", "donegaldaily.com"],
        "jnews-source-donegal-daily",
        jnews_field(
            "Source:",
            "Donegal Daily",
            "https://www.donegaldaily.com/2026/03/12/buncrana-flooding-crana-river/",
        ),
        note="a business site naming its source in the theme's field",
    ),
    case(
        "out_of_table",
        "en",
        DG1,
        CRANA,
        "Highland Radio",
        ["Highland Radio", "highlandradio.com"],
        "source-highland-radio",
        tail("Source: Highland Radio", tag="strong"),
        note="the county's commercial radio station, outside the table",
    ),
    wire(
        "en",
        DG2,
        CRANA,
        "PA Media",
        PA,
        "pa-byline",
        by("By Aoife Kearney, PA", cls="byline"),
        note="a community radio station's site running PA copy from its Dublin desk",
    ),
    own(
        "en",
        OWN_DN,
        CRANA,
        "own-byline-copyright",
        by("By Orla Gallagher", cls="byline", credit=False),
        small_print("© 2026 Donegal News. All rights reserved."),
        note="the paper's own byline and copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        DG3,
        CRANA,
        "mid-speaking-on-highland-radio",
        keep=(
            "Speaking on Highland Radio, a local councillor said the river channel had not been cleared since the last flood.",
        ),
        note="on a site where another page credits Donegal Daily; another site credits Highland Radio",
    ),
    nul(
        "negative_caption",
        "en",
        DG2,
        CRANA,
        "caption-fire-service",
        figure(
            "Firefighters pump water from a yard on the Cockhill Road on Saturday night. (Photo: Donegal County Fire Service)"
        ),
        note="on a site where another page runs PA copy",
    ),
    nul(
        "no_credit",
        "en",
        DG2,
        CRANA,
        "newsroom-byline",
        bysite("Swilly Valley Radio Newsroom"),
    ),
    # ======================= English: breakup floods Hay River (Northwest Territories) =======================
    case(
        "in_table",
        "en",
        NT1,
        HAY,
        "CBC News",
        CBC,
        "source-cbc-north",
        tail("Source: CBC North", tag="strong"),
        note="the CBC's northern service, answered as CBC News",
    ),
    case(
        "in_table",
        "en",
        NT3,
        HAY,
        "The Globe and Mail",
        ["The Globe and Mail", "Globe and Mail", "theglobeandmail.com"],
        "jnews-source-globe",
        jnews_field(
            "Source:",
            "The Globe and Mail",
            "https://www.theglobeandmail.com/canada/article-hay-river-evacuation-ice-breakup/",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        HAY,
        "CTV News",
        ["CTV News", "CTV", "ctvnews.ca"],
        "partner-provided-by-ctv",
        provider("CTV News", "Marc Tremblay"),
        note="an MSN-style partner portal's provider strip",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        HAY,
        "Global News",
        ["Global News", "globalnews.ca"],
        "aggregator-source-row-global",
        source_row("Global News", "2h"),
    ),
    case(
        "out_of_table",
        "en",
        NT2,
        HAY,
        "Cabin Radio",
        ["Cabin Radio", "cabinradio.ca"],
        "first-published-cabin-radio",
        tail("This story was first published by Cabin Radio.", tag="em"),
        note="a radio station's site running the Yellowknife newsroom's story",
    ),
    wire(
        "en",
        NT2,
        HAY,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-trailer",
        by("The Canadian Press", cls="byline"),
        dateline("HAY RIVER, N.W.T. —"),
        tail("This report by The Canadian Press was first published March 12, 2026.", tag="em"),
        note="CP copy on a radio station's site: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        EN_AG,
        HAY,
        "The Canadian Press",
        CP,
        "aggregator-source-row-cp",
        source_row("The Canadian Press", "40m"),
    ),
    own(
        "en",
        OWN_CAB,
        HAY,
        "own-byline-tip-line",
        by("By Nadia Beaulieu", cls="byline", credit=False),
        tail("Got a news tip? Contact the Cabin Radio newsroom."),
        note="the newsroom's own byline and tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        NT3,
        HAY,
        "mid-told-trailbreaker",
        keep=(
            "The town's senior administrative officer told CBC North's The Trailbreaker that the causeway would be watched through the night.",
        ),
        note="an outlet in the table named as the one a source spoke to, on a site where another page credits the Globe and Mail",
    ),
    nul(
        "negative_mention",
        "en",
        NT1,
        HAY,
        "mid-told-cklb",
        keep=(
            "A band councillor told CKLB Radio that families on the reserve had been asked to pack bags in case the water kept rising.",
        ),
        note="on a site where another page credits CBC North",
    ),
    nul(
        "negative_caption",
        "en",
        NT2,
        HAY,
        "caption-cp-photo",
        figure(
            "Ice piles up against the bank of the West Channel on Thursday. THE CANADIAN PRESS/Ross Kaminski"
        ),
        note="an agency photo credit, on a site where another page runs CP copy",
    ),
    nul(
        "negative_caption",
        "en",
        NT1,
        HAY,
        "caption-town-photo",
        figure("Water covers a road on Vale Island on Thursday. (Photo: Town of Hay River)"),
    ),
    # ======================= English: the Mataura in flood (Southland) =======================
    case(
        "in_table",
        "en",
        SL1,
        MATAURA,
        "RNZ",
        ["RNZ", "Radio New Zealand", "rnz.co.nz"],
        "first-published-rnz",
        tail("This story was first published by RNZ.", tag="em"),
        note="the public broadcaster's republishing line",
    ),
    case(
        "in_table",
        "en",
        SL2,
        MATAURA,
        "The New Zealand Herald",
        ["The New Zealand Herald", "New Zealand Herald", "NZ Herald", "nzherald.co.nz"],
        "source-nz-herald",
        tail("Source: NZ Herald", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        SL3,
        MATAURA,
        "Stuff",
        ["Stuff", "Stuff.co.nz", "stuff.co.nz"],
        "tagdiv-source-stuff",
        td_source(
            "SOURCE",
            "Stuff",
            "https://www.stuff.co.nz/nz-news/350212345/mataura-river-peaks-gore",
        ),
    ),
    case(
        "out_of_table",
        "en",
        SL4,
        MATAURA,
        "Otago Daily Times",
        ["Otago Daily Times", "ODT", "odt.co.nz"],
        "blogger-source-odt",
        blogger_div(
            "Source:",
            "Otago Daily Times",
            "https://www.odt.co.nz/regions/southland/mataura-river-peaks-gore",
        ),
        note="a community blog pasting the regional daily's story",
    ),
    wire(
        "en",
        SL3,
        MATAURA,
        "Reuters",
        RTR,
        "reuters-dateline-reporting-line",
        dateline("WELLINGTON, March 12 (Reuters) -"),
        tail("Reporting by Ellie Matheson in Wellington; Editing by Sonali Rao"),
        note="Reuters copy: the dateline kept, the reporting line a credit line",
    ),
    wire(
        "en",
        SL1,
        MATAURA,
        "Australian Associated Press",
        AAP,
        "aap-byline",
        by("By Tom Ferris, AAP", cls="byline"),
        note="'By <name>, AAP' on a New Zealand site",
    ),
    own(
        "en",
        OWN_ODT,
        MATAURA,
        "own-byline-copyright",
        by("By Fergus Lindsay", cls="byline", credit=False),
        small_print("Copyright © 2026 Allied Press Limited"),
        note="the paper's own byline and its publisher's copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        SL2,
        MATAURA,
        "mid-told-morning-report",
        keep=(
            "The regional council's chief executive told RNZ's Morning Report that the stopbanks at Gore had been raised after the last flood.",
        ),
        note="an outlet in the table named as the one a source spoke to, on a site where another page credits the NZ Herald",
    ),
    nul(
        "negative_caption",
        "en",
        SL4,
        MATAURA,
        "caption-environment-southland",
        figure(
            "Floodwater spreads across paddocks south of Gore on Sunday. (Photo: Environment Southland)"
        ),
    ),
    nul(
        "no_credit",
        "en",
        SL4,
        MATAURA,
        "blog-posted-by",
        bysite("Posted by Wyndham Community"),
    ),
    # ======================= English: load shedding on New Providence (the Bahamas) =======================
    case(
        "in_table",
        "en",
        BH2,
        BPL,
        "CBS News",
        ["CBS News", "CBS", "CBS News Miami", "cbsnews.com"],
        "tagdiv-source-cbs-miami",
        td_source(
            "SOURCE",
            "CBS News Miami",
            "https://www.cbsnews.com/miami/news/bahamas-power-outages-new-providence-bpl/",
        ),
        note="unsure: the network's Miami station, answered as CBS News as the table files the network",
    ),
    case(
        "out_of_table",
        "en",
        BH1,
        BPL,
        "The Nassau Guardian",
        ["The Nassau Guardian", "Nassau Guardian", "thenassauguardian.com"],
        "source-nassau-guardian",
        tail("Source: The Nassau Guardian", tag="strong"),
    ),
    case(
        "out_of_table",
        "en",
        BH3,
        BPL,
        "Eyewitness News",
        ["Eyewitness News", "Eyewitness News Bahamas", "EWNews", "ewnews.com"],
        "blogger-source-ewnews",
        blogger_div(
            "Source:",
            "Eyewitness News",
            "https://ewnews.com/bpl-load-shedding-new-providence",
        ),
        note="a community blog pasting the Nassau broadcaster's story",
    ),
    wire(
        "en",
        BH2,
        BPL,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By DANICA KNOWLES Associated Press", cls="byline"),
        dateline("NASSAU, Bahamas (AP) —"),
        small_print(AP_TRAILER),
        note="AP copy on a business site: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        EN_AG,
        BPL,
        "Reuters",
        RTR,
        "aggregator-source-row-reuters",
        source_row("Reuters", "1h"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    own(
        "en",
        OWN_TRB,
        BPL,
        "own-staff-reporter-byline",
        by("By KENDRA BETHEL Tribune Staff Reporter", cls="byline", credit=False),
        note="the paper's own staff byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        BH1,
        BPL,
        "mid-told-zns",
        keep=(
            "A BPL spokesman told ZNS News that the schedule would be shortened as soon as the rented units were running.",
        ),
        note="the public broadcaster named as the one a source spoke to, on a site where another page credits the Nassau Guardian",
    ),
    nul(
        "negative_caption",
        "en",
        BH2,
        BPL,
        "caption-bpl-photo",
        figure(
            "The Clifton Pier power station on Tuesday. (Photo courtesy of Bahamas Power and Light)"
        ),
        note="on a site where another page runs AP copy",
    ),
    nul(
        "negative_caption",
        "en",
        BH1,
        BPL,
        "caption-ministry-photo",
        figure(
            "A generator outside a shop on Wulff Road on Tuesday. (Photo: Ministry of Energy and Transport)"
        ),
        note="on a site where another page credits the Nassau Guardian",
    ),
    nul(
        "no_credit",
        "en",
        BH3,
        BPL,
        "blog-posted-by",
        bysite("Posted by Over the Hill Voices"),
    ),
    # ======================= English: the Solwezi road washed out (Zambia) =======================
    case(
        "in_table",
        "en",
        ZM2,
        SOLWEZI,
        "Bloomberg",
        ["Bloomberg", "Bloomberg News", "bloomberg.com"],
        "tagdiv-source-bloomberg",
        td_source(
            "SOURCE",
            "Bloomberg",
            "https://www.bloomberg.com/news/articles/2026-03-12/zambia-copper-trucks-stranded-after-solwezi-road-washout",
        ),
        note="a mining trade site naming its source in the theme's box",
    ),
    case(
        "in_table",
        "en",
        ZM1,
        SOLWEZI,
        "BBC",
        BBC,
        "jnews-source-bbc",
        jnews_field(
            "Source:",
            "BBC News",
            "https://www.bbc.com/news/articles/c7r2kd9x4zmo",
        ),
    ),
    case(
        "out_of_table",
        "en",
        ZM4,
        SOLWEZI,
        "Lusaka Times",
        ["Lusaka Times", "LusakaTimes", "lusakatimes.com"],
        "blogger-source-lusaka-times",
        blogger_div(
            "Source:",
            "Lusaka Times",
            "https://www.lusakatimes.com/2026/03/12/washout-on-solwezi-road-leaves-trucks-stranded/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        ZM3,
        SOLWEZI,
        "ZNBC",
        ["ZNBC", "Zambia National Broadcasting Corporation", "znbc.co.zm"],
        "source-znbc",
        tail("Source: ZNBC", tag="strong"),
        note="the state broadcaster, outside the table",
    ),
    wire(
        "en",
        ZM2,
        SOLWEZI,
        "Reuters",
        RTR,
        "reuters-dateline-reporting-line",
        dateline("SOLWEZI, Zambia, March 12 (Reuters) -"),
        tail("Reporting by Chileshe Banda in Lusaka; Editing by Mark Potter"),
        note="Reuters copy: the dateline kept, the reporting line a credit line",
    ),
    wire(
        "en",
        ZM1,
        SOLWEZI,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-enditem",
        dateline("LUSAKA, March 12 (Xinhua) --"),
        tail("Enditem"),
        note="Xinhua copy: the dateline kept, 'Enditem' a credit line",
    ),
    own(
        "en",
        OWN_ZDM,
        SOLWEZI,
        "own-byline-copyright",
        by("By Mwila Kasonde", cls="byline", credit=False),
        small_print("© 2026 Zambia Daily Mail Limited"),
        note="the paper's own byline and copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        ZM3,
        SOLWEZI,
        "mid-told-radio-phoenix",
        keep=(
            "A transporters' association official told Radio Phoenix that drivers had been sharing water with villagers along the road.",
        ),
        note="on a site where another page credits ZNBC",
    ),
    nul(
        "negative_caption",
        "en",
        ZM4,
        SOLWEZI,
        "caption-rda-picture",
        figure(
            "The washed-out culvert at the Kifubwa crossing on Monday. (Picture: Road Development Agency)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        ZM1,
        SOLWEZI,
        "caption-xinhua-photo",
        figure("Trucks queue on the T5 road near Mutanda. (Xinhua/Peng Lijun)"),
        note="an agency photo credit, on a site where another page runs Xinhua copy",
    ),
    # ======================= Spanish: the Coatán in flood (Chiapas) =======================
    case(
        "in_table",
        "es",
        ES1,
        ES,
        "El Universal",
        ["El Universal", "eluniversal.com.mx"],
        "jnews-fuente-el-universal",
        jnews_field(
            "Fuente:",
            "El Universal",
            "https://www.eluniversal.com.mx/estados/desborda-rio-coatan-tapachula-familias-albergues/",
        ),
        note="the Mexico City daily (the table's El Universal)",
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
            "https://www.infobae.com/mexico/2026/03/12/se-desborda-el-rio-coatan-en-tapachula/",
        ),
    ),
    case(
        "out_of_table",
        "es",
        ES2,
        ES,
        "Diario del Sur",
        ["Diario del Sur", "diariodelsur.com.mx"],
        "fuente-diario-del-sur",
        tail("Fuente: Diario del Sur", tag="em"),
        note="the Tapachula daily, outside the table",
    ),
    case(
        "out_of_table",
        "es",
        ES1,
        ES,
        "Cuarto Poder",
        ["Cuarto Poder", "Cuarto Poder Chiapas", "cuartopoder.mx"],
        "con-informacion-de-cuarto-poder",
        tail("Con información de Cuarto Poder", tag="em"),
        note="the Tuxtla Gutiérrez daily, outside the table",
    ),
    wire(
        "es",
        ES2,
        ES,
        "EFE",
        EFE,
        "efe-dateline-notice",
        dateline("Tapachula (México), 12 mar (EFE).-"),
        small_print(
            "(c) Agencia EFE. Prohibido todo uso, reproducción o distribución sin la autorización de la Agencia EFE."
        ),
        note="EFE copy: the dateline kept, its redistribution notice a credit line",
    ),
    wire(
        "es",
        ES1,
        ES,
        "AFP",
        AFP,
        "afp-dateline-copyright",
        dateline("Tapachula, México, 12 mar 2026 (AFP) -"),
        small_print("© Agence France-Presse"),
        note="AFP copy in Spanish: the dateline kept, the copyright line a credit line",
    ),
    own(
        "es",
        OWN_HCH,
        ES,
        "own-reporter-byline",
        by("Karla Ruiz | El Heraldo de Chiapas", cls="byline", credit=False),
        note="the paper's own reporter and name on its own site",
    ),
    nul(
        "negative_mention",
        "es",
        ES2,
        ES,
        "mid-entrevista-radio-formula",
        keep=(
            "En entrevista con Radio Fórmula Chiapas, el director de Protección Civil municipal dijo que el nivel del río comenzó a bajar al mediodía.",
        ),
        note="on a site where another page credits Diario del Sur",
    ),
    # ======================= Arabic: a flash flood above Aqaba =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Al Arabiya",
        ["Al Arabiya", "العربية نت", "العربية", "alarabiya.net"],
        "masdar-alarabiya-net",
        tail("المصدر: العربية نت", tag="strong"),
    ),
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "Asharq Al-Awsat",
        ["Asharq Al-Awsat", "الشرق الأوسط", "aawsat.com"],
        "naqlan-an-asharq-alawsat",
        tail("نقلا عن الشرق الأوسط"),
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "الغد",
        ["الغد", "Alghad", "Al Ghad", "alghad.com"],
        "masdar-alghad",
        tail("المصدر: الغد", tag="strong"),
        note="the Amman daily, outside the table",
    ),
    wire(
        "ar",
        AR1,
        AR,
        "Petra",
        PETRA,
        "petra-dateline-masdar",
        dateline("العقبة 12 آذار (بترا) -"),
        tail("المصدر: بترا"),
        note="Jordan's agency: the dateline kept, the source line a credit line",
    ),
    wire(
        "ar",
        AR2,
        AR,
        "AFP",
        [*AFP, "أ ف ب", "فرانس برس", "وكالة فرانس برس"],
        "afp-dateline-masdar",
        dateline("العقبة (الأردن) (أ ف ب) -"),
        tail("المصدر: فرانس برس"),
    ),
    own(
        "ar",
        OWN_ROYA,
        AR,
        "own-desk-rights-line",
        by("رؤيا - العقبة", cls="byline", credit=False),
        small_print("جميع الحقوق محفوظة لقناة رؤيا الفضائية © 2026"),
        note="the broadcaster's own desk byline and rights line on its own site",
    ),
    nul(
        "negative_mention",
        "ar",
        AR1,
        AR,
        "mid-tasrih-almamlaka",
        keep=(
            "وقال مدير الأشغال في السلطة في تصريح لقناة المملكة إن فرق الصيانة ستعمل على مدار الساعة.",
        ),
        note="on a site where another page runs Petra copy",
    ),
    nul(
        "negative_caption",
        "ar",
        AR2,
        AR,
        "caption-civil-defence",
        figure("آليات تزيل الركام عن الطريق الصحراوي قرب العقبة (تصوير: الدفاع المدني)"),
    ),
    # ======================= Japanese: a poor firefly-squid season (Toyama) =======================
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "NHK富山", "NHK富山放送局", "日本放送協会"],
        "shutten-nhk-toyama",
        tail("出典：NHK富山 NEWS WEB"),
        note="NHK's Toyama station, answered as NHK",
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "北日本新聞",
        [
            "北日本新聞",
            "北日本新聞社",
            "北日本新聞ウェブ",
            "webun",
            "webun.jp",
            "Kitanippon Shimbun",
        ],
        "aggregator-row-kitanippon",
        source_row("北日本新聞", "3/12(木) 6:05"),
        note="a Yahoo!ニュース-style portal's source row naming the Toyama paper, outside the table",
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        KYODO,
        "kyodo-dateline-byline",
        by("共同通信", cls="byline"),
        dateline("【魚津共同】"),
        note="Kyodo copy: the dateline kept, the byline a credit line",
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Jiji Press",
        ["Jiji Press", "Jiji", "時事通信", "時事通信社"],
        "aggregator-row-jiji",
        source_row("時事通信", "3/12(木) 15:20"),
    ),
    own(
        "ja",
        OWN_WEBUN,
        JA,
        "own-reprint-notice",
        small_print("掲載の記事・写真の無断転載を禁じます。Copyright © 北日本新聞社"),
        note="the paper's own reprint notice on its own site",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-knb-shuzai",
        keep=(
            "滑川漁協の組合長は北日本放送の取材に対し、漁期の延長も含めて県と相談したいと話した。",
        ),
        note="on a site where another page runs Kyodo copy",
    ),
    nul(
        "negative_caption",
        "ja",
        JA2,
        JA,
        "caption-suisan-teikyo",
        figure("定置網から揚がったホタルイカ（県水産研究所提供）"),
    ),
    # ======================= German: the Weiße Elster in flood (Vogtland) =======================
    case(
        "in_table",
        "de",
        DE1,
        DE,
        "Tagesschau",
        ["Tagesschau", "tagesschau.de", "ARD"],
        "quelle-tagesschau",
        tail("Quelle: tagesschau.de", tag="em"),
    ),
    case(
        "in_table",
        "de",
        DE3,
        DE,
        "Bild",
        ["Bild", "BILD", "Bild-Zeitung", "bild.de"],
        "quelle-bild",
        tail("Quelle: BILD"),
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "Freie Presse",
        ["Freie Presse", "freiepresse.de"],
        "quelle-freie-presse",
        tail("Quelle: Freie Presse", tag="em"),
        note="the Chemnitz regional daily, outside the table",
    ),
    wire(
        "de",
        DE2,
        DE,
        "dpa",
        DPA,
        "dpa-dateline-infocom",
        dateline("Plauen (dpa/sn) -"),
        tail("dpa-infocom, dpa:260312-930-418265/1"),
        note="dpa copy: the dateline kept, the dpa-infocom line a credit line",
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
        OWN_VA,
        DE,
        "own-byline-copyright",
        by("Von Sabine Ungethüm", cls="byline", credit=False),
        small_print("© Vogtland-Anzeiger 2026"),
        note="the paper's own byline and copyright line on its own site",
    ),
    nul(
        "negative_caption",
        "de",
        DE1,
        DE,
        "caption-feuerwehr",
        figure("Einsatzkräfte pumpen einen Keller in Preißelpöhl aus. Foto: Feuerwehr Plauen"),
        note="on a site where another page credits tagesschau.de",
    ),
    # ======================= French: the Route du Littoral closed (Réunion) =======================
    case(
        "in_table",
        "fr",
        FR1,
        FR,
        "franceinfo",
        [
            "franceinfo",
            "France Télévisions",
            "Réunion La 1ère",
            "Réunion la 1ère",
            "la1ere.francetvinfo.fr",
        ],
        "source-reunion-la-1ere",
        tail("Source : Réunion La 1ère", tag="em"),
        note="unsure: France Télévisions' Réunion station, answered as franceinfo, under which the table files the group's news",
    ),
    case(
        "out_of_table",
        "fr",
        FR2,
        FR,
        "Clicanoo",
        ["Clicanoo", "Le Journal de l'île de La Réunion", "clicanoo.re"],
        "jnews-source-clicanoo",
        jnews_field(
            "Source :",
            "Clicanoo",
            "https://www.clicanoo.re/article/societe/2026/03/12/route-du-littoral-fermee-eboulis",
        ),
        note="the Journal de l'île's site, outside the table",
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "Zinfos974",
        ["Zinfos974", "Zinfos 974", "zinfos974.com"],
        "source-zinfos974",
        tail("Source : Zinfos974"),
    ),
    wire(
        "fr",
        FR2,
        FR,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Saint-Denis de La Réunion (AFP) -"),
        note_line("ppy/mba/cbn", cls="afp-slug"),
        note="AFP copy: the dateline kept, the desk slug a credit line",
    ),
    wire(
        "fr",
        FR1,
        FR,
        "AFP",
        AFP,
        "avec-afp",
        tail("Avec AFP", tag="em"),
        note="unsure: 'Avec AFP' under a page the site wrote from the agency's copy, answered as AFP",
    ),
    own(
        "fr",
        OWN_IMAZ,
        FR,
        "own-desk-copyright",
        by("www.imazpress.com / redac@imazpress.com", cls="byline", credit=False),
        small_print("© Imaz Press Réunion"),
        note="the agency's own desk line and copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "fr",
        FR2,
        FR,
        "mid-interroge-par-antenne-reunion",
        keep=(
            "Interrogé par Antenne Réunion, le maire de La Possession a demandé des navettes supplémentaires pour les salariés.",
        ),
        note="on a site where another page runs AFP copy",
    ),
    # ======================= Portuguese: wind closes Madeira's airport =======================
    case(
        "out_of_table",
        "pt",
        PT1,
        PT,
        "DN Madeira",
        ["DN Madeira", "Diário de Notícias da Madeira", "DNoticias.pt", "dnoticias.pt"],
        "tagdiv-fonte-dn-madeira",
        td_source(
            "FONTE",
            "DN Madeira",
            "https://www.dnoticias.pt/2026/3/12/412345-vento-forte-cancela-voos-no-aeroporto-da-madeira/",
        ),
        note="the Funchal daily, outside the table",
    ),
    case(
        "out_of_table",
        "pt",
        PT2,
        PT,
        "RTP Madeira",
        ["RTP Madeira", "RTP", "rtp.pt"],
        "fonte-rtp-madeira",
        tail("Fonte: RTP Madeira", tag="strong"),
        note="the public broadcaster's Madeira service, outside the table",
    ),
    wire(
        "pt",
        PT2,
        PT,
        "Agência Lusa",
        LUSA,
        "lusa-dateline-slug",
        dateline("Funchal, 12 mar 2026 (Lusa) -"),
        note_line("AMB // JMR", cls="lusa-slug"),
        note="Lusa copy: the dateline kept, the editors' initials a credit line",
    ),
    wire(
        "pt",
        PT3,
        PT,
        "Agência Lusa",
        LUSA,
        "blogger-fonte-lusa",
        tail("Fonte: Lusa"),
    ),
    own(
        "pt",
        OWN_JM,
        PT,
        "own-byline-rights",
        by("Por Sónia Vieira", cls="byline", credit=False),
        small_print("© JM Madeira. Todos os direitos reservados."),
        note="the paper's own reporter and rights line on its own site",
    ),
    nul(
        "negative_mention",
        "pt",
        PT1,
        PT,
        "mid-declaracoes-tsf-madeira",
        keep=(
            "Em declarações à TSF-Madeira, o secretário regional do Turismo pediu paciência aos passageiros retidos.",
        ),
        note="on a site where another page credits DN Madeira",
    ),
    nul(
        "negative_caption",
        "pt",
        PT3,
        PT,
        "caption-protecao-civil",
        figure("Ondas na costa norte, junto a São Jorge. Foto: Proteção Civil da Madeira"),
    ),
    # ======================= Russian: a forest fire near Sayanogorsk (Khakassia) =======================
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "ИА «Хакасия»",
        ["ИА «Хакасия»", "ИА Хакасия", "«Хакасия»", "19rus.info"],
        "istochnik-ia-khakasia",
        tail("Источник: ИА «Хакасия»", tag="em"),
        note="the republic's news agency, outside the table",
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "ГТРК «Хакасия»",
        ["ГТРК «Хакасия»", "ГТРК Хакасия", "Вести Хакасия", "vestirh.ru"],
        "po-materialam-gtrk",
        tail("По материалам ГТРК «Хакасия»"),
        note="the state broadcaster's regional station, outside the table",
    ),
    wire(
        "ru",
        RU1,
        RU,
        "TASS",
        TASS,
        "tass-dateline-istochnik",
        dateline("АБАКАН, 12 марта. /ТАСС/."),
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
        ["Interfax", "Интерфакс", "Интерфакс-Сибирь", "interfax.ru"],
        "istochnik-interfax-sibir",
        tail("Источник: Интерфакс-Сибирь", tag="em"),
        note="unsure: the agency's Siberian service, answered as Interfax",
    ),
    nul(
        "negative_mention",
        "ru",
        RU1,
        RU,
        "mid-v-efire-gtrk",
        keep=(
            "В эфире ГТРК «Хакасия» глава Саяногорска призвал горожан не ездить в лес до конца недели.",
        ),
        note="an outlet another page credits, named as the one a source spoke to, on a site where another page runs TASS copy",
    ),
    nul(
        "negative_caption",
        "ru",
        RU2,
        RU,
        "caption-mchs",
        figure(
            "Тушение пожара у посёлка Майна. Фото: пресс-служба ГУ МЧС России по Республике Хакасия"
        ),
    ),
    # ======================= Chinese, traditional: a landslide on the South Link Highway (Taitung) =======================
    case(
        "out_of_table",
        "zh",
        ZH1,
        ZH,
        "自由時報",
        ["自由時報", "自由時報電子報", "Liberty Times", "ltn.com.tw"],
        "xinwen-laiyuan-ltn",
        tail("新聞來源：自由時報"),
        note="the Taipei daily, outside the table",
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
        note="the United Daily News group's site, outside the table",
    ),
    wire(
        "zh",
        ZH1,
        ZH,
        "Central News Agency",
        CNA_TW,
        "cna-dateline-editor",
        dateline("（中央社記者林欣怡臺東12日電）"),
        note_line("（編輯：張雅婷）1150312", cls="editor"),
        note="Taiwan's agency, answered by its full name and not 'CNA' (the table gives that to Singapore's broadcaster); the dateline kept, the editor line a credit line",
    ),
    wire(
        "zh",
        ZH2,
        ZH,
        "Central News Agency",
        CNA_TW,
        "xinwen-laiyuan-cna",
        tail("新聞來源：中央社"),
    ),
    own(
        "zh",
        OWN_LTN,
        ZH,
        "own-reporter-rights",
        by("〔記者黃明雪／臺東報導〕", cls="byline", credit=False),
        small_print("自由時報版權所有不得轉載 © 2026 The Liberty Times"),
        note="the paper's own reporter line and rights line on its own site",
    ),
    nul(
        "negative_mention",
        "zh",
        ZH2,
        ZH,
        "mid-dongsen-fangwen",
        keep=("一名貨車司機接受東森新聞訪問時表示，已在路邊等了將近五個小時。",),
        note="on a site where another page credits 聯合新聞網",
    ),
    nul(
        "negative_caption",
        "zh",
        ZH1,
        ZH,
        "caption-gonglu-tigong",
        figure("南迴公路大武路段坍方現場。（圖／公路局南區養護工程分局提供）"),
        note="a government service's handout photo, on a site where another page runs CNA copy",
    ),
    # ======================= Italian: the Petacciato landslide (Molise) =======================
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "Primo Piano Molise",
        ["Primo Piano Molise", "primopianomolise.it"],
        "jnews-fonte-primo-piano",
        jnews_field(
            "Fonte:",
            "Primo Piano Molise",
            "https://www.primopianomolise.it/cronaca/2026/03/12/frana-petacciato-chiusa-statale-16/",
        ),
        note="the Campobasso daily, outside the table",
    ),
    case(
        "out_of_table",
        "it",
        IT2,
        IT,
        "isNews",
        ["isNews", "isnews.it"],
        "fonte-isnews",
        tail("Fonte: isNews", tag="em"),
        note="the Isernia news site, outside the table",
    ),
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ANSA,
        "ansa-dateline-copyright",
        dateline("(ANSA) - CAMPOBASSO, 12 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    wire(
        "it",
        IT2,
        IT,
        "Adnkronos",
        ["Adnkronos", "AdnKronos", "adnkronos.com"],
        "adnkronos-dateline-copyright",
        dateline("(Adnkronos) -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright Adnkronos"),
    ),
    own(
        "it",
        OWN_PPM,
        IT,
        "own-riproduzione-riservata",
        by("di Michele Carafa", cls="byline", credit=False),
        small_print("© RIPRODUZIONE RISERVATA"),
    ),
    nul(
        "negative_caption",
        "it",
        IT2,
        IT,
        "caption-vigili-del-fuoco",
        figure(
            "Le crepe sull'asfalto della statale 16 a Petacciato (foto Vigili del fuoco Campobasso)"
        ),
        note="on a site where another page credits isNews",
    ),
    # ======================= Ukrainian: the Prut in flood at Yaremche =======================
    case(
        "in_table",
        "uk",
        UK2,
        UK,
        "Radio Free Europe/Radio Liberty",
        ["Radio Free Europe/Radio Liberty", "RFE/RL", "Radio Liberty", "Радіо Свобода"],
        "jnews-dzherelo-radio-svoboda",
        jnews_field(
            "Джерело:",
            "Радіо Свобода",
            "https://www.radiosvoboda.org/a/prut-yaremche-pidtoplennia/33712345.html",
        ),
        note="RFE/RL's Ukrainian service, answered as the table files the broadcaster",
    ),
    case(
        "out_of_table",
        "uk",
        UK1,
        UK,
        "Суспільне",
        ["Суспільне", "Суспільне Івано-Франківськ", "suspilne.media"],
        "dzherelo-suspilne-if",
        tail("Джерело: Суспільне Івано-Франківськ"),
        note="the public broadcaster's regional newsroom, outside the table",
    ),
    wire(
        "uk",
        UK1,
        UK,
        "Ukrinform",
        ["Ukrinform", "Укрінформ", "ukrinform.ua"],
        "za-informatsiieiu-ukrinformu",
        tail("За інформацією Укрінформу", tag="em"),
    ),
    wire(
        "uk",
        UK2,
        UK,
        "UNIAN",
        ["UNIAN", "УНІАН", "unian.ua"],
        "dzherelo-unian",
        tail("Джерело: УНІАН"),
    ),
    own(
        "uk",
        OWN_GALKA,
        UK,
        "own-reporter-byline",
        by("Наталя Петрук, «Галка»", cls="byline", credit=False),
        note="the site's own reporter and name on its own site",
    ),
    nul(
        "negative_caption",
        "uk",
        UK1,
        UK,
        "caption-dsns",
        figure(
            "Рятувальники відкачують воду з подвір'я в Яремчі. Фото: ДСНС Івано-Франківської області"
        ),
        note="on a site where another page runs Ukrinform copy",
    ),
    # ======================= Swedish: an ice jam on the Kalix River (Norrbotten) =======================
    case(
        "out_of_table",
        "sv",
        SV1,
        SV,
        "SVT Nyheter",
        ["SVT Nyheter", "SVT", "SVT Nyheter Norrbotten", "svt.se"],
        "kalla-svt-norrbotten",
        tail("Källa: SVT Nyheter Norrbotten", tag="em"),
        note="unsure: the public broadcaster's regional newsroom, outside the table, answered by SVT Nyheter",
    ),
    case(
        "out_of_table",
        "sv",
        SV2,
        SV,
        "Norrbottens-Kuriren",
        ["Norrbottens-Kuriren", "Kuriren", "kuriren.nu"],
        "kalla-kuriren",
        tail("Källa: Norrbottens-Kuriren"),
        note="the Luleå daily, outside the table",
    ),
    wire(
        "sv",
        SV1,
        SV,
        "TT Nyhetsbyrån",
        TT,
        "kalla-tt",
        tail("Källa: TT"),
    ),
    wire(
        "sv",
        SV2,
        SV,
        "TT Nyhetsbyrån",
        TT,
        "tt-byline",
        by("Erik Nilsson/TT", cls="byline"),
        note="the reporter and agency as the byline",
    ),
    own(
        "sv",
        OWN_NSD,
        SV,
        "own-byline-tip-line",
        by("Mats Pekkari", cls="byline", credit=False),
        tail("Har du tips? Mejla nyhetsdesken på NSD."),
        note="the paper's own reporter and tip line on its own site",
    ),
    nul(
        "negative_mention",
        "sv",
        SV2,
        SV,
        "mid-sager-till-p4",
        keep=(
            "Det säger räddningschefen i Överkalix till Sveriges Radio P4 Norrbotten, som var först på plats vid dämningen.",
        ),
        note="on a site where another page runs TT copy",
    ),
    # ======================= Czech: Lipno at a record low (South Bohemia) =======================
    case(
        "out_of_table",
        "cs",
        CS1,
        CS,
        "Český rozhlas",
        [
            "Český rozhlas",
            "Český rozhlas České Budějovice",
            "iROZHLAS",
            "irozhlas.cz",
            "rozhlas.cz",
        ],
        "zdroj-cesky-rozhlas",
        tail("Zdroj: Český rozhlas České Budějovice", tag="em"),
        note="the public radio's regional station, outside the table",
    ),
    case(
        "out_of_table",
        "cs",
        CS2,
        CS,
        "Deník",
        ["Deník", "Českobudějovický deník", "denik.cz"],
        "jnews-zdroj-denik",
        jnews_field(
            "Zdroj:",
            "Českobudějovický deník",
            "https://budejovicky.denik.cz/zpravy_region/lipno-hladina-rekordni-minimum-20260312.html",
        ),
        note="the regional edition of Deník, outside the table",
    ),
    wire(
        "cs",
        CS1,
        CS,
        "ČTK",
        CTK,
        "zdroj-ctk",
        tail("Zdroj: ČTK"),
    ),
    wire(
        "cs",
        CS2,
        CS,
        "ČTK",
        CTK,
        "ctk-byline",
        by("jak, ČTK", cls="byline"),
        note="an editor's initials and the agency in the author field",
    ),
    nul(
        "negative_mention",
        "cs",
        CS2,
        CS,
        "mid-rekl-pro-ct24",
        keep=(
            "Mluvčí Povodí Vltavy pro ČT24 uvedl, že odtok z nádrže zůstane omezený nejméně do konce dubna.",
        ),
        note="on a site where another page runs ČTK copy",
    ),
    nul(
        "negative_caption",
        "cs",
        CS1,
        CS,
        "caption-povodi",
        figure("Obnažené dno nádrže u Frymburku. Foto: Povodí Vltavy"),
    ),
    # ======================= Greek: a flash flood in Chania (Crete) =======================
    case(
        "out_of_table",
        "el",
        EL1,
        EL,
        "Νέα Κρήτη",
        ["Νέα Κρήτη", "Nea Kriti", "neakriti.gr"],
        "pigi-neakriti",
        tail("Πηγή: neakriti.gr", tag="strong"),
        note="the Heraklion daily credited by its domain, outside the table",
    ),
    case(
        "out_of_table",
        "el",
        EL2,
        EL,
        "ΑΠΕ-ΜΠΕ",
        [
            "ΑΠΕ-ΜΠΕ",
            "Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων",
            "Athens-Macedonian News Agency",
            "ANA-MPA",
            "amna.gr",
        ],
        "jnews-pigi-ape",
        jnews_field("Πηγή:", "ΑΠΕ-ΜΠΕ"),
        note="unsure: Greece's national agency, outside the table, filed out_of_table as the earlier sets file such agencies",
    ),
    own(
        "el",
        OWN_NK,
        EL,
        "own-byline-rights",
        by("Της Μαρίας Σταυρακάκη", cls="byline", credit=False),
        small_print("© 2026 Νέα Κρήτη. Απαγορεύεται η αναδημοσίευση χωρίς άδεια."),
        note="the paper's own reporter and rights line on its own site",
    ),
    nul(
        "negative_mention",
        "el",
        EL1,
        EL,
        "mid-ert-chanion",
        keep=(
            "Μιλώντας στην ΕΡΤ Χανίων, ο δήμαρχος είπε ότι τα συνεργεία θα δουλεύουν όλη τη νύχτα.",
        ),
        note="on a site where another page credits Νέα Κρήτη",
    ),
    nul(
        "negative_caption",
        "el",
        EL2,
        EL,
        "caption-pyrosvestiki",
        figure(
            "Πυροσβέστες απεγκλωβίζουν οδηγό στα Κουνουπιδιανά (Φωτογραφία: Πυροσβεστική Υπηρεσία)"
        ),
        note="on a site where another page credits ΑΠΕ-ΜΠΕ",
    ),
    nul(
        "no_credit",
        "el",
        EL1,
        EL,
        "desk-byline",
        bysite("Σύνταξη Chania News 24"),
    ),
]
