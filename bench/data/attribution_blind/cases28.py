# ruff: noqa: E501, RUF001
"""Sites and cases of the twenty-eighth blind set (cases_2026-12-30.jsonl).

Written from newsroom conventions without reading the attribution code. A twentieth independent
representative sample of the open web, with no emphasis: the pages a crawler of ordinary news
feeds meets, in proportion. About 45% English, from seven English-speaking regions none of the
earlier sets' stories were set in (the Oregon coast, beside the inland Oregon bridge of the
thirteenth set; the Yorkshire Dales, beside the East Riding coast of the twentieth; County Mayo;
Labrador, beside the Newfoundland of the twenty-first; Northland in New Zealand; Jamaica's Portland
parish, beside the St Catherine hills of the seventeenth; Kenya's Kilifi County), on the sites such
a crawler reads there (local papers and portals, a TV station, community radio, trade sites,
community blogs, a partner portal and a Google News-style aggregator, regional papers' and a radio
station's own pages), and the rest in thirteen other languages weighted by the news the web carries
in them (Spanish from Cusco; Arabic from Sfax; Japanese from Ehime; German from the Pinzgau, beside
the Tyrol of the nineteenth set; French from Casamance; Portuguese from Beira; Russian from
Sakhalin; Chinese in simplified characters from Hainan, beside the Guangxi of the sixteenth;
Italian from Calabria; Persian from Gilan; Bengali from Netrokona, beside the Sylhet of the
twenty-second; Swahili from Kwale, beside Mombasa, which the ninth set named a site after; Polish
from the Włodawa corner of Polesie, beside the Podlasie of the seventeenth). Each page's
convention is drawn about as often as such a crawler meets it, whether or not an earlier set used
it, and a credited page carries every line that credits its original where real pages do. No new
template: the earlier ones (`chrome3`-`chrome12`) render these CMSs, with the twenty-second set's
lists of the themes (`use_local_lists22`).

Cases the writer was unsure of (marked before any run; each `note` says why): the Senegalese
press agency's "(APS)" dateline and desk initials filed `out_of_table` as Agence de presse
sénégalaise, with "APS" not accepted (the table gives those letters to Algérie Presse Service);
"Source: Northland Age" filed `out_of_table` (an NZME weekly, not the NZ Herald, though NZME prints
it on the Herald's site); "Chanzo: Taifa Leo" filed `out_of_table` (a Nation Media title, not Nation
Africa itself); the Caribbean Media Corporation, the Jamaica Information Service, the Kenya News
Agency, Peru's Andina, Mozambique's AIM and Iran's ISNA, agencies outside the table, filed `out_of_table` as the
earlier sets file such agencies; "Source: BBC Yorkshire" answered as the BBC.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from cases6 import blogger_div, by, bysite, nul, own, wire
from cases8 import AFP, AP, AP_TRAILER, RTR, provider, source_row, td_source
from cases9 import jnews_field
from cases11 import note_line, small_print
from cases13 import states_footer
from cases15 import cn_source
from chrome8 import site_registry
from model3 import Case3, Site3, case, dateline, figure, tail

SITES28: dict[str, Site3] = {}

_s = site_registry(SITES28)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


# ---------------------------------------------------------------- sites
EN_PT = _s("ospreynewsportal.com", "Osprey News", "partner")
EN_AG = _s("feedtamarack.app", "FeedTamarack", "aggregator", "feedtamarack.app")
# The Oregon coast
OR1 = _s("yaquinabaypost.com", "Yaquina Bay Post", "localportal")
OR2 = _s("kcst12.com", "KCST 12", "arc")
OR3 = blog("siletzbayclammers.blogspot.com", "Siletz Bay Clammers")
OR4 = _s("pacificshellfishreport.com", "Pacific Shellfish Report", "wp")
OWN_AST = _s("dailyastorian.com", "The Astorian", "blox")
# The Yorkshire Dales
YD1 = _s("dalesvoice24.co.uk", "Dales Voice 24", "localportal")
YD2 = _s("wensleydaleradio.co.uk", "Wensleydale Radio", "wp")
YD3 = blog("swaledalenotes.blogspot.com", "Swaledale Notes")
OWN_CH = _s("cravenherald.co.uk", "Craven Herald", "localportal")
# County Mayo
MY1 = _s("westportnewsdesk.ie", "Westport Newsdesk", "wp")
MY2 = _s("errisradio24.ie", "Erris Radio 24", "wp")
MY3 = _s("westernbusinesspost.ie", "Western Business Post", "jnews")
OWN_MN = _s("mayonews.ie", "The Mayo News", "regional")
# Labrador
LB1 = _s("lakemelvillenews.ca", "Lake Melville News", "localportal")
LB2 = _s("hamiltoninletradio.ca", "Hamilton Inlet Radio", "wp")
LB3 = _s("northernlabradorreport.ca", "Northern Labrador Report", "jnews")
LB4 = blog("lakemelvillesnowmobilers.blogspot.com", "Lake Melville Snowmobilers")
OWN_NTV = _s("ntv.ca", "NTV News", "wp")
# Northland, New Zealand
NZ1 = _s("farnorthtoday24.co.nz", "Far North Today 24", "wp")
NZ2 = _s("hokiangafarmer.co.nz", "Hokianga Farmer", "jannah")
NZ3 = _s("tetaitokeraudigest.co.nz", "Te Tai Tokerau Digest", "tagdiv")
NZ4 = blog("awanuiruralwomen.blogspot.com", "Awanui Rural Women")
# Portland, Jamaica
JM1 = _s("portantonionews24.com", "Port Antonio News 24", "jannah")
JM2 = _s("navyislandtimes.com", "Navy Island Times", "tagdiv")
JM3 = blog("rafterslandingja.blogspot.com", "Rafters' Landing")
OWN_JO = _s("jamaicaobserver.com", "Jamaica Observer", "arc")
# Kilifi County, Kenya
KE1 = _s("kilifinewsline.co.ke", "Kilifi Newsline", "jnews")
KE2 = _s("coastbusinessreview.co.ke", "Coast Business Review", "tagdiv")
KE3 = blog("ganzewaterwatch.blogspot.com", "Ganze Water Watch")
OWN_CIT = _s("citizen.digital", "Citizen Digital", "regional")
# Spanish (Cusco)
ES1 = _s("valle-sagrado-noticias.com", "Valle Sagrado Noticias", "jnews")
ES2 = _s("ollanta-informa.com", "Ollanta Informa", "wpblock")
ES3 = blog("machupicchu-vecinos.blogspot.com", "Vecinos de Machupicchu")
OWN_RPP = _s("rpp.pe", "RPP Noticias", "regional")
# Arabic (Sfax)
AR1 = _s("sfax-alyawm24.com", "صفاقس اليوم 24", "jannah")
AR2 = _s("kerkennah-news.com", "قرقنة نيوز", "wpblock")
OWN_DIWAN = _s("diwanfm.net", "ديوان أف أم", "regional")
# Japanese (Ehime)
JA1 = _s("yawatahama-news24.jp", "八幡浜ニュース24", "jpnews")
JA2 = _s("ehime-matome-news.net", "愛媛ニュースまとめ", "aggregator", "ehime-matome-news.net")
OWN_ENP = _s("ehime-np.co.jp", "愛媛新聞ONLINE", "jpnews")
# German (Pinzgau)
DE1 = _s("pinzgau-ticker24.at", "Pinzgau-Ticker 24", "typo3")
DE2 = _s("mittersill-aktuell24.at", "Mittersill aktuell", "nextjs")
DE3 = _s("oberpinzgau-news.at", "Oberpinzgau News", "wp")
OWN_SN = _s("sn.at", "Salzburger Nachrichten", "regional")
# French (Casamance)
FR1 = _s("ziguinchor-infos24.sn", "Ziguinchor Infos 24", "wp")
FR2 = _s("bignona-actu.com", "Bignona Actu", "jnews")
OWN_LQ = _s("lequotidien.sn", "Le Quotidien", "regional")
# Portuguese (Beira)
PT1 = _s("sofala-noticias24.com", "Sofala Notícias 24", "tagdiv")
PT2 = _s("chiveve-online.com", "Chiveve Online", "wpblock")
PT3 = blog("munhava-bairro.blogspot.com", "Bairro da Munhava")
OWN_NOT = _s("jornalnoticias.co.mz", "Jornal Notícias", "regional")
# Russian (Sakhalin)
RU1 = _s("korsakov-vesti.ru", "Корсаков Вести", "wp")
RU2 = _s("sakhalin-segodnya24.ru", "Сахалин Сегодня 24", "bitrix")
OWN_SINFO = _s("sakhalin.info", "Sakhalin.info", "regional")
# Chinese, simplified characters (Hainan)
ZH1 = _s("haikou-kuaibao.com", "海口快报", "cncms")
ZH2 = _s("qiongbei-rongmei.cn", "琼北融媒", "cncms")
OWN_HINEWS = _s("hinews.cn", "南海网", "cncms")
# Italian (Calabria)
IT1 = _s("sila-notizie24.it", "Sila Notizie 24", "jnews")
IT2 = _s("sangiovanni-oggi24.it", "San Giovanni Oggi", "wp")
OWN_GDS = _s("gazzettadelsud.it", "Gazzetta del Sud", "nextjs")
# Persian (Gilan)
FA1 = _s("anzali-khabar.ir", "انزلی خبر", "wp")
FA2 = _s("talab-news24.com", "تالاب نیوز", "jannah")
# Bengali (Netrokona)
BN1 = _s("netrokona-barta.com", "নেত্রকোনা বার্তা ২৪", "wp")
BN2 = _s("kalmakanda-khobor.com", "কলমাকান্দা খবর", "jnews")
# Swahili (Kwale)
SW1 = _s("kwale-habari24.co.ke", "Kwale Habari 24", "wp")
SW2 = _s("shimba-leo24.com", "Shimba Leo", "jannah")
# Polish (Polesie, near Włodawa)
PL1 = _s("wlodawa-info24.pl", "Włodawa Info 24", "wp")
PL2 = _s("polesie-news.pl", "Polesie News", "nextjs")
OWN_DW = _s("dziennikwschodni.pl", "Dziennik Wschodni", "regional")

DOMOIC, DALES, WESTPORT, RIGOLET, KAITAIA, PORTLAND, BARICHO = (
    "domoic",
    "buttertubs",
    "westport",
    "rigolet",
    "kaitaia",
    "portland",
    "baricho",
)
ES, AR, JA, DE, FR, PT, RU = (
    "huaico",
    "sfaxwater",
    "sanrin",
    "nassschnee",
    "anacarde",
    "cheiasbeira",
    "ldina",
)
ZH, IT, FA, BN, SW, PL = "qiongzhou", "franasila", "anzali", "shilabrishti", "ndovu", "pozartraw"

PA = ["PA Media", "PA", "Press Association", "PA News Agency"]
CP = ["The Canadian Press", "Canadian Press", "CP"]
AAP = ["Australian Associated Press", "AAP", "aap.com.au"]
CBC = ["CBC News", "CBC", "cbc.ca"]
BBC = ["BBC", "BBC News", "bbc.co.uk", "bbc.com"]
XINHUA = ["Xinhua", "Xinhua News Agency", "新华社", "新华网", "xinhuanet.com"]
EFE = ["EFE", "Agencia EFE"]
TAP = ["Tunis Afrique Presse", "TAP", "وات", "وكالة تونس إفريقيا للأنباء"]
KYODO = ["Kyodo News", "Kyodo", "共同通信", "共同通信社"]
APA = ["APA", "Austria Presse Agentur", "APA – Austria Presse Agentur"]
LUSA = ["Agência Lusa", "Lusa", "Agencia Lusa", "lusa.pt"]
TASS = ["TASS", "ТАСС", "ITAR-TASS", "tass.ru"]
ANSA = ["ANSA", "Agenzia ANSA"]
PAP = ["Polish Press Agency", "PAP", "Polska Agencja Prasowa"]

CASES28: list[Case3] = [
    # ======================= English: domoic acid on the Oregon coast =======================
    case(
        "in_table",
        "en",
        EN_PT,
        DOMOIC,
        "ABC News",
        ["ABC News", "ABC", "abcnews.go.com"],
        "partner-provided-by-abc-news",
        provider("ABC News", "Rhea Castellanos"),
        note="an MSN-style partner portal's provider strip: the portal only distributes; the American network, not the Australian broadcaster",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        DOMOIC,
        "NPR",
        ["NPR", "National Public Radio", "npr.org"],
        "aggregator-source-row-npr",
        source_row("NPR", "3h"),
        note="an aggregator's source row",
    ),
    case(
        "in_table",
        "en",
        OR3,
        DOMOIC,
        "SFGate",
        ["SFGate", "SFGATE", "sfgate.com"],
        "blogger-source-sfgate",
        blogger_div(
            "Source:",
            "SFGate",
            "https://www.sfgate.com/travel/article/oregon-coast-razor-clam-crab-closure-domoic-acid-20261234.php",
        ),
        note="a clammers' blog pasting the San Francisco site's story about the coast it covers for travellers",
    ),
    case(
        "out_of_table",
        "en",
        OR1,
        DOMOIC,
        "Oregon Capital Chronicle",
        ["Oregon Capital Chronicle", "oregoncapitalchronicle.com"],
        "states-newsroom-byline-footer",
        by("By Dana Whitcomb, Oregon Capital Chronicle", cls="byline"),
        states_footer(
            "Oregon Capital Chronicle", "Julian Treadwell", "info@oregoncapitalchronicle.com"
        ),
        note="a States Newsroom outlet's byline and the footer it asks republishers to paste; States Newsroom, the network, is not the answer",
    ),
    case(
        "out_of_table",
        "en",
        OR4,
        DOMOIC,
        "OPB",
        ["OPB", "Oregon Public Broadcasting", "opb.org"],
        "source-opb",
        tail("Source: OPB", tag="strong"),
        note="a trade site running the state's public broadcaster's story",
    ),
    wire(
        "en",
        OR2,
        DOMOIC,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        by("By GRETCHEN SALAZAR Associated Press", cls="byline"),
        dateline("NEWPORT, Ore. (AP) —"),
        small_print(AP_TRAILER),
        note="a TV station running AP copy: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        OR4,
        DOMOIC,
        "Reuters",
        RTR,
        "reuters-dateline-reporting-line",
        dateline("PORTLAND, Ore., March 12 (Reuters) -"),
        tail(
            "(Reporting by Alana Whitsett in Portland, Oregon; Editing by Derek Mauldin)", tag="em"
        ),
        note="Reuters copy on a trade site: the dateline kept, the reporting line a credit line",
    ),
    own(
        "en",
        OWN_AST,
        DOMOIC,
        "own-staff-byline",
        by("By NORA HALVORSEN The Astorian", cls="tnt-byline", credit=False),
        note="the paper's own reporter on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        OR1,
        DOMOIC,
        "mid-told-klcc",
        keep=(
            "A state shellfish biologist told KLCC that the bloom had moved north faster than any of the models had predicted.",
        ),
        note="a public radio station named as the one a source spoke to, on a site where another page credits the Oregon Capital Chronicle",
    ),
    nul(
        "negative_caption",
        "en",
        OR4,
        DOMOIC,
        "caption-odfw-photo",
        figure(
            "Diggers on the beach at Agate Beach last month. (Photo courtesy of the Oregon Department of Fish and Wildlife)"
        ),
        note="a government photo credit, on a site where another page runs Reuters copy",
    ),
    nul(
        "negative_caption",
        "en",
        OR2,
        DOMOIC,
        "caption-ap-photo",
        figure("Crab pots stacked on the dock at Newport on Thursday. (AP Photo/Lindsey Wasson)"),
        note="an agency photo credit on a page whose text is the station's own, on a site where another page runs AP copy",
    ),
    nul(
        "no_credit",
        "en",
        OR3,
        DOMOIC,
        "blog-posted-by",
        bysite("Posted by Siletz Bay Clammers"),
    ),
    # ======================= English: the Buttertubs Pass landslip (Yorkshire Dales) =======================
    case(
        "in_table",
        "en",
        YD1,
        DALES,
        "BBC",
        [*BBC, "BBC Yorkshire"],
        "source-bbc-yorkshire",
        tail("Source: BBC Yorkshire", tag="strong"),
        note="unsure: the BBC's regional service, answered as the BBC",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        DALES,
        "The Telegraph",
        ["The Telegraph", "Telegraph", "The Daily Telegraph", "telegraph.co.uk"],
        "partner-provided-by-telegraph",
        provider("The Telegraph", "Harriet Lowe"),
    ),
    case(
        "out_of_table",
        "en",
        YD3,
        DALES,
        "Darlington & Stockton Times",
        [
            "Darlington & Stockton Times",
            "Darlington and Stockton Times",
            "D&S Times",
            "darlingtonandstocktontimes.co.uk",
        ],
        "blogger-source-ds-times",
        blogger_div(
            "Source:",
            "Darlington & Stockton Times",
            "https://www.darlingtonandstocktontimes.co.uk/news/26012345.buttertubs-pass-closed-landslip/",
        ),
        note="a dale blog pasting the weekly that covers Richmondshire",
    ),
    case(
        "out_of_table",
        "en",
        YD1,
        DALES,
        "The Northern Echo",
        ["The Northern Echo", "Northern Echo", "thenorthernecho.co.uk"],
        "first-appeared-northern-echo",
        tail("This article first appeared in The Northern Echo.", tag="em"),
    ),
    wire(
        "en",
        YD2,
        DALES,
        "PA Media",
        PA,
        "pa-byline",
        by("By Gareth Holroyd, PA", cls="byline"),
        note="a community radio station's site running PA copy",
    ),
    wire(
        "en",
        EN_AG,
        DALES,
        "PA Media",
        PA,
        "aggregator-source-row-pa",
        source_row("PA Media", "45m"),
        note="an aggregator's row naming the agency: a wire page",
    ),
    own(
        "en",
        OWN_CH,
        DALES,
        "own-byline-tip-line",
        by("By Lucy Armitage", cls="byline", credit=False),
        tail("Got a story? Get in touch with the Craven Herald newsdesk by email or on Facebook."),
        note="the paper's own byline and tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        YD2,
        DALES,
        "mid-told-bbc-radio-york",
        keep=(
            "A council highways officer told BBC Radio York that the slope had been monitored since a smaller slip two winters ago.",
        ),
        note="an outlet in the table named as the one a source spoke to, on a site where another page runs PA copy",
    ),
    nul(
        "negative_caption",
        "en",
        YD3,
        DALES,
        "caption-council-image",
        figure(
            "The cracked carriageway above Cliff Beck on Monday morning. (Image: North Yorkshire Council)"
        ),
        note="on a site where another page credits the Darlington & Stockton Times",
    ),
    nul(
        "no_credit",
        "en",
        YD3,
        DALES,
        "blog-posted-by",
        bysite("Posted by Swaledale Notes"),
    ),
    # ======================= English: a boil water notice in Westport (County Mayo) =======================
    case(
        "out_of_table",
        "en",
        MY1,
        WESTPORT,
        "The Connaught Telegraph",
        ["The Connaught Telegraph", "Connaught Telegraph", "connachttelegraph.ie"],
        "source-connaught-telegraph",
        tail("Source: The Connaught Telegraph", tag="strong"),
        note="the Castlebar weekly, outside the table",
    ),
    case(
        "out_of_table",
        "en",
        MY3,
        WESTPORT,
        "TheJournal.ie",
        ["TheJournal.ie", "The Journal", "thejournal.ie"],
        "jnews-source-thejournal",
        jnews_field(
            "Source:",
            "TheJournal.ie",
            "https://www.thejournal.ie/westport-boil-water-notice-uisce-eireann-6712345-Mar2026/",
        ),
        note="a business site naming its source in the theme's field",
    ),
    wire(
        "en",
        MY2,
        WESTPORT,
        "PA Media",
        PA,
        "pa-byline",
        by("By Ciara Rowley, PA", cls="byline"),
        note="a community radio station's site running PA copy from its Dublin desk",
    ),
    own(
        "en",
        OWN_MN,
        WESTPORT,
        "own-byline-copyright",
        by("By Áine Walsh", cls="byline", credit=False),
        small_print("© 2026 The Mayo News. All rights reserved."),
        note="the paper's own byline and copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        MY3,
        WESTPORT,
        "mid-speaking-on-midwest-radio",
        keep=(
            "Speaking on Midwest Radio, a local councillor said businesses in the town should be compensated for the lost trade.",
        ),
        note="on a site where another page credits TheJournal.ie",
    ),
    nul(
        "negative_mention",
        "en",
        MY1,
        WESTPORT,
        "mid-told-western-people",
        keep=(
            "A spokesperson for the HSE told the Western People that no illness linked to the supply had been reported.",
        ),
        note="a newspaper named as the one a source spoke to, on a site where another page credits the Connaught Telegraph",
    ),
    nul(
        "negative_caption",
        "en",
        MY2,
        WESTPORT,
        "caption-uisce-eireann",
        figure("The treatment plant on the Carrowbeg supply. (Photo: Uisce Éireann)"),
        note="on a site where another page runs PA copy",
    ),
    nul(
        "negative_caption",
        "en",
        MY1,
        WESTPORT,
        "caption-photographer",
        figure(
            "Bottled water being handed out at the fire station on Wednesday. (Picture: Conor McKeown)"
        ),
        note="a freelance photographer's credit",
    ),
    nul(
        "no_credit",
        "en",
        MY2,
        WESTPORT,
        "newsroom-byline",
        bysite("Erris Radio 24 Newsroom"),
    ),
    # ======================= English: the winter trail to Rigolet (Labrador) =======================
    case(
        "in_table",
        "en",
        LB3,
        RIGOLET,
        "CBC News",
        CBC,
        "jnews-source-cbc",
        jnews_field(
            "Source:",
            "CBC News",
            "https://www.cbc.ca/news/canada/newfoundland-labrador/rigolet-winter-trail-closed-thin-ice-1.7523456",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        RIGOLET,
        "Global News",
        ["Global News", "globalnews.ca"],
        "partner-provided-by-global",
        provider("Global News", "Marissa Doucette"),
        note="an MSN-style partner portal's provider strip",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        RIGOLET,
        "CBC News",
        CBC,
        "aggregator-source-row-cbc",
        source_row("CBC News", "1h"),
    ),
    case(
        "out_of_table",
        "en",
        LB1,
        RIGOLET,
        "VOCM",
        ["VOCM", "VOCM News", "vocm.com"],
        "source-vocm",
        tail("Source: VOCM", tag="strong"),
        note="the St. John's radio newsroom, outside the table",
    ),
    case(
        "out_of_table",
        "en",
        LB2,
        RIGOLET,
        "The Telegram",
        ["The Telegram", "Telegram", "thetelegram.com"],
        "source-telegram",
        tail("Source: The Telegram", tag="em"),
        note="the St. John's daily, outside the table (not the British Telegraph)",
    ),
    wire(
        "en",
        LB2,
        RIGOLET,
        "The Canadian Press",
        CP,
        "cp-byline-dateline-trailer",
        by("The Canadian Press", cls="byline"),
        dateline("RIGOLET, N.L. —"),
        tail("This report by The Canadian Press was first published March 12, 2026.", tag="em"),
        note="CP copy on a radio station's site: the byline and trailer, the dateline kept",
    ),
    wire(
        "en",
        LB1,
        RIGOLET,
        "The Canadian Press",
        CP,
        "cp-named-byline",
        by("By Holly Pardy, The Canadian Press", cls="byline"),
        note="a local portal running CP copy under the reporter's byline",
    ),
    own(
        "en",
        OWN_NTV,
        RIGOLET,
        "own-staff-tip-line",
        by("By Leila Beaulieu, NTV News", cls="byline", credit=False),
        tail("Have a story idea? Email the NTV newsroom."),
        note="the newsroom's own byline and tip line on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        LB3,
        RIGOLET,
        "mid-told-okalakatiget",
        keep=(
            "A trail committee member told the OKalaKatiget Society's radio service that families had been hauling wood by boat instead.",
        ),
        note="on a site where another page credits CBC News",
    ),
    nul(
        "negative_caption",
        "en",
        LB2,
        RIGOLET,
        "caption-cp-photo",
        figure(
            "Snowmobiles parked at the edge of Lake Melville on Monday. THE CANADIAN PRESS/Paul Daly"
        ),
        note="an agency photo credit, on a site where another page runs CP copy",
    ),
    nul(
        "no_credit",
        "en",
        LB4,
        RIGOLET,
        "blog-posted-by",
        bysite("Posted by Lake Melville Snowmobilers"),
    ),
    # ======================= English: water restrictions in Kaitaia (Northland) =======================
    case(
        "in_table",
        "en",
        NZ1,
        KAITAIA,
        "RNZ",
        ["RNZ", "Radio New Zealand", "rnz.co.nz"],
        "source-rnz",
        tail("Source: RNZ", tag="strong"),
        note="the public broadcaster",
    ),
    case(
        "in_table",
        "en",
        NZ3,
        KAITAIA,
        "The New Zealand Herald",
        ["The New Zealand Herald", "NZ Herald", "New Zealand Herald", "nzherald.co.nz"],
        "tagdiv-source-nz-herald",
        td_source(
            "SOURCE",
            "NZ Herald",
            "https://www.nzherald.co.nz/northern-advocate/news/kaitaia-water-restrictions-awanui-river/ABC123XYZ/",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        KAITAIA,
        "Stuff",
        ["Stuff", "stuff.co.nz"],
        "aggregator-source-row-stuff",
        source_row("Stuff", "2h"),
    ),
    case(
        "out_of_table",
        "en",
        NZ2,
        KAITAIA,
        "Northland Age",
        ["Northland Age", "The Northland Age"],
        "source-northland-age",
        tail("Source: Northland Age", tag="em"),
        note="unsure: an NZME weekly printed on the Herald's site, answered by its own name and not as the NZ Herald",
    ),
    case(
        "out_of_table",
        "en",
        NZ4,
        KAITAIA,
        "Newsroom",
        ["Newsroom", "newsroom.co.nz"],
        "blogger-source-newsroom",
        blogger_div(
            "Source:",
            "Newsroom",
            "https://newsroom.co.nz/2026/03/12/kaitaia-runs-dry/",
        ),
        note="the Auckland news site, outside the table",
    ),
    wire(
        "en",
        NZ2,
        KAITAIA,
        "Australian Associated Press",
        AAP,
        "aap-byline",
        by("By Tess Marsden, AAP", cls="byline"),
        note="AAP copy from its New Zealand desk",
    ),
    nul(
        "negative_mention",
        "en",
        NZ1,
        KAITAIA,
        "mid-told-newstalk-zb",
        keep=(
            "The council's water services manager told Newstalk ZB that the bore was running around the clock.",
        ),
        note="on a site where another page credits RNZ",
    ),
    nul(
        "negative_mention",
        "en",
        NZ3,
        KAITAIA,
        "mid-told-rnz-checkpoint",
        keep=(
            "The mayor told RNZ's Checkpoint that the town had been warned about its storage for a decade.",
        ),
        note="an outlet in the table named as the one a source spoke to, on a site where another page credits the NZ Herald",
    ),
    nul(
        "negative_caption",
        "en",
        NZ2,
        KAITAIA,
        "caption-district-council",
        figure(
            "The Awanui River below the water intake on Tuesday. (Photo: Far North District Council)"
        ),
        note="on a site where another page runs AAP copy",
    ),
    nul(
        "no_credit",
        "en",
        NZ4,
        KAITAIA,
        "blog-posted-by",
        bysite("Posted by Awanui Rural Women"),
    ),
    # ======================= English: a landslide in Portland (Jamaica) =======================
    case(
        "out_of_table",
        "en",
        JM1,
        PORTLAND,
        "The Gleaner",
        ["The Gleaner", "Jamaica Gleaner", "Gleaner", "jamaica-gleaner.com"],
        "source-gleaner",
        tail("Source: The Gleaner", tag="strong"),
        note="the Kingston daily, outside the table",
    ),
    case(
        "out_of_table",
        "en",
        JM2,
        PORTLAND,
        "RJR News",
        ["RJR News", "Radio Jamaica", "RJR", "radiojamaicanewsonline.com"],
        "tagdiv-source-rjr",
        td_source(
            "SOURCE",
            "RJR News",
            "https://radiojamaicanewsonline.com/local/landslide-cuts-off-rio-grande-valley-communities",
        ),
    ),
    case(
        "out_of_table",
        "en",
        JM3,
        PORTLAND,
        "Jamaica Information Service",
        ["Jamaica Information Service", "JIS", "JIS News", "jis.gov.jm"],
        "blogger-source-jis",
        blogger_div(
            "Source:",
            "JIS News",
            "https://jis.gov.jm/nwa-moves-to-clear-landslide-in-portland/",
        ),
        note="the government's news agency, outside the table, filed out_of_table as the earlier sets file such agencies",
    ),
    case(
        "out_of_table",
        "en",
        JM1,
        PORTLAND,
        "Caribbean Media Corporation",
        ["Caribbean Media Corporation", "CMC"],
        "cmc-dateline-slug",
        dateline("KINGSTON, Jamaica, Mar 12, CMC –"),
        note_line("CMC/jn/ir/2026", cls="cmc-slug"),
        note="the regional agency, outside the table: its dateline kept, its desk slug a credit line",
    ),
    wire(
        "en",
        JM2,
        PORTLAND,
        "Associated Press",
        AP,
        "ap-byline-dateline",
        by("By DANTE ELLINGTON Associated Press", cls="byline"),
        dateline("PORT ANTONIO, Jamaica (AP) —"),
        note="AP copy: the byline a credit line, the dateline kept",
    ),
    wire(
        "en",
        EN_AG,
        PORTLAND,
        "Associated Press",
        AP,
        "aggregator-source-row-ap",
        source_row("The Associated Press", "1h"),
    ),
    own(
        "en",
        OWN_JO,
        PORTLAND,
        "own-staff-reporter-byline",
        by("BY KIMONE THOMPSON Observer staff reporter", cls="byline", credit=False),
        note="the paper's own reporter byline on its own site",
    ),
    nul(
        "negative_mention",
        "en",
        JM2,
        PORTLAND,
        "mid-told-nationwide",
        keep=(
            "The parish's member of parliament told Nationwide News Network that a permanent retaining wall had been promised for years.",
        ),
        note="on a site where another page runs AP copy",
    ),
    nul(
        "negative_caption",
        "en",
        JM1,
        PORTLAND,
        "caption-nwa-photo",
        figure(
            "Boulders and trees block the road near Fellowship on Wednesday. (Photo: National Works Agency)"
        ),
        note="on a site where another page credits the Gleaner",
    ),
    nul(
        "no_credit",
        "en",
        JM3,
        PORTLAND,
        "blog-posted-by",
        bysite("Posted by Rafters' Landing"),
    ),
    # ======================= English: the Baricho pipeline (Kilifi County) =======================
    case(
        "in_table",
        "en",
        KE1,
        BARICHO,
        "Nation Africa",
        ["Nation Africa", "Daily Nation", "nation.africa"],
        "jnews-source-daily-nation",
        jnews_field(
            "Source:",
            "Daily Nation",
            "https://nation.africa/kenya/counties/kilifi/baricho-pipeline-burst-kilifi-malindi-dry-taps-4912345",
        ),
        note="the Nairobi daily, which the table files as Nation Africa",
    ),
    case(
        "out_of_table",
        "en",
        KE2,
        BARICHO,
        "Citizen Digital",
        ["Citizen Digital", "Citizen TV", "citizen.digital"],
        "tagdiv-source-citizen",
        td_source(
            "SOURCE",
            "Citizen Digital",
            "https://www.citizen.digital/news/kilifi-malindi-residents-without-water-after-pipeline-burst-n345678",
        ),
    ),
    case(
        "out_of_table",
        "en",
        KE3,
        BARICHO,
        "Kenya News Agency",
        ["Kenya News Agency", "kenyanews.go.ke"],
        "blogger-source-kna",
        blogger_div(
            "Source:",
            "Kenya News Agency",
            "https://www.kenyanews.go.ke/kilifi-residents-decry-water-shortage-after-pipeline-burst/",
        ),
        note="the government news agency, a wire outside the table filed out_of_table; the table's 'KNA' is a German agency, so only the full name is accepted",
    ),
    wire(
        "en",
        KE1,
        BARICHO,
        "Xinhua",
        XINHUA,
        "xinhua-dateline-enditem",
        dateline("NAIROBI, March 12 (Xinhua) --"),
        tail("Enditem"),
        note="Xinhua copy: the dateline kept, 'Enditem' a credit line",
    ),
    wire(
        "en",
        KE2,
        BARICHO,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Kilifi (Kenya) (AFP) -"),
        note_line("txw/lth/rox", cls="afp-slug"),
        note="AFP copy in English: the dateline kept, the desk slug a credit line",
    ),
    wire(
        "en",
        KE2,
        BARICHO,
        "Reuters",
        RTR,
        "reuters-dateline-reporting-line",
        dateline("KILIFI, Kenya, March 12 (Reuters) -"),
        tail("(Reporting by Duncan Miriti; Editing by Aaron Ross)", tag="em"),
    ),
    own(
        "en",
        OWN_CIT,
        BARICHO,
        "own-byline-copyright",
        by("By Kazungu Charo", cls="byline", credit=False),
        small_print("© 2026 Royal Media Services. All rights reserved."),
        note="the broadcaster's own reporter and its owner's copyright line on its own site (another site's page credits Citizen Digital)",
    ),
    nul(
        "negative_mention",
        "en",
        KE1,
        BARICHO,
        "mid-told-baraka-fm",
        keep=(
            "A county water official told Baraka FM that the pipe had burst at the same spot twice in the past year.",
        ),
        note="on a site where another page credits the Daily Nation",
    ),
    nul(
        "negative_caption",
        "en",
        KE3,
        BARICHO,
        "caption-water-company",
        figure("Engineers at the burst section near Gongoni on Tuesday. (Photo: KIMAWASCO)"),
        note="on a site where another page credits the Kenya News Agency",
    ),
    nul(
        "negative_caption",
        "en",
        KE1,
        BARICHO,
        "caption-xinhua-photo",
        figure("Residents queue for water at a kiosk in Kilifi town. (Xinhua/Fred Mutune)"),
        note="an agency photo credit, on a site where another page runs Xinhua copy",
    ),
    nul(
        "no_credit",
        "en",
        KE3,
        BARICHO,
        "blog-posted-by",
        bysite("Posted by Ganze Water Watch"),
    ),
    # ======================= Spanish: a huaico on the Machu Picchu railway (Cusco) =======================
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
            "https://www.infobae.com/peru/2026/03/12/huaico-interrumpe-via-ferrea-a-machu-picchu/",
        ),
    ),
    case(
        "in_table",
        "es",
        ES2,
        ES,
        "CNN",
        ["CNN", "CNN en Español", "cnnespanol.cnn.com"],
        "fuente-cnn-espanol",
        tail("Fuente: CNN en Español", tag="em"),
        note="CNN's Spanish-language service, answered by the table's name",
    ),
    case(
        "out_of_table",
        "es",
        ES2,
        ES,
        "La República",
        ["La República", "La Republica", "larepublica.pe"],
        "fuente-la-republica",
        tail("Fuente: La República", tag="strong"),
        note="the Lima daily, outside the table (not Italy's la Repubblica)",
    ),
    case(
        "out_of_table",
        "es",
        ES1,
        ES,
        "Andina",
        ["Andina", "Agencia Andina", "Agencia Peruana de Noticias Andina", "andina.pe"],
        "con-informacion-de-andina",
        tail("Con información de Andina", tag="em"),
        note="Peru's state news agency, outside the table, filed out_of_table as the earlier sets file such agencies",
    ),
    wire(
        "es",
        ES3,
        ES,
        "EFE",
        EFE,
        "efe-dateline-notice",
        dateline("Cusco (Perú), 12 mar (EFE).-"),
        small_print(
            "(c) Agencia EFE. Prohibido todo uso, reproducción o distribución sin la autorización de la Agencia EFE."
        ),
        note="EFE copy pasted on a blog: the dateline kept, its redistribution notice a credit line",
    ),
    own(
        "es",
        OWN_RPP,
        ES,
        "own-desk-byline",
        by("Redacción RPP", cls="byline", credit=False),
        note="the broadcaster's own desk byline on its own site",
    ),
    nul(
        "negative_mention",
        "es",
        ES1,
        ES,
        "mid-declaraciones-tv-peru",
        keep=(
            "En declaraciones a TV Perú, el alcalde de Machupicchu pidió una ruta alterna para los casos de emergencia.",
        ),
        note="on a site where another page credits Infobae",
    ),
    nul(
        "negative_caption",
        "es",
        ES3,
        ES,
        "caption-municipalidad",
        figure(
            "Maquinaria retira el lodo de los rieles en el kilómetro 97. Foto: Municipalidad Distrital de Machupicchu"
        ),
        note="on a site where another page runs EFE copy",
    ),
    # ======================= Arabic: water cuts in Sfax =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Al Jazeera",
        ["Al Jazeera", "الجزيرة نت", "الجزيرة", "aljazeera.net"],
        "masdar-aljazeera-net",
        tail("المصدر: الجزيرة نت", tag="strong"),
    ),
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "France 24",
        ["France 24", "فرانس 24", "france24.com"],
        "masdar-france24",
        tail("المصدر: فرانس 24"),
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "Mosaïque FM",
        ["Mosaïque FM", "Mosaique FM", "موزاييك أف أم", "mosaiquefm.net"],
        "masdar-mosaique-fm",
        tail("المصدر: موزاييك أف أم", tag="strong"),
        note="the Tunis radio station's site, outside the table",
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "الشروق",
        ["الشروق", "الشروق أونلاين", "Echorouk", "Alchourouk", "alchourouk.com"],
        "masdar-alchourouk",
        tail("المصدر: الشروق أونلاين"),
        note="the Tunisian daily's site, outside the table",
    ),
    wire(
        "ar",
        AR1,
        AR,
        "Tunis Afrique Presse",
        TAP,
        "tap-dateline-masdar",
        dateline("صفاقس 12 مارس (وات) -"),
        tail("المصدر: وكالة تونس إفريقيا للأنباء"),
        note="Tunisia's agency: the dateline kept, the source line a credit line",
    ),
    wire(
        "ar",
        AR2,
        AR,
        "AFP",
        [*AFP, "أ ف ب", "فرانس برس", "وكالة فرانس برس"],
        "afp-dateline-masdar",
        dateline("صفاقس (تونس) (أ ف ب) -"),
        tail("المصدر: أ ف ب"),
    ),
    own(
        "ar",
        OWN_DIWAN,
        AR,
        "own-desk-rights-line",
        by("ديوان أف أم - صفاقس", cls="byline", credit=False),
        small_print("جميع الحقوق محفوظة © ديوان أف أم 2026"),
        note="the Sfax radio station's own desk byline and rights line on its own site",
    ),
    nul(
        "negative_caption",
        "ar",
        AR2,
        AR,
        "caption-sonede",
        figure(
            "مواطنون يملؤون قوارير الماء من صهريج في حي طريق قرمدة (صورة: الشركة الوطنية لاستغلال وتوزيع المياه)"
        ),
        note="on a site where another page runs AFP copy",
    ),
    # ======================= Japanese: a forest fire at Yawatahama (Ehime) =======================
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "NHK",
        ["NHK", "NHK松山", "NHK松山放送局", "日本放送協会"],
        "shutten-nhk-matsuyama",
        tail("出典：NHK松山 NEWS WEB"),
        note="NHK's Matsuyama station, answered as NHK",
    ),
    case(
        "in_table",
        "ja",
        JA2,
        JA,
        "The Asahi Shimbun",
        ["The Asahi Shimbun", "朝日新聞デジタル", "朝日新聞", "Asahi Shimbun", "asahi.com"],
        "aggregator-row-asahi",
        source_row("朝日新聞デジタル", "3/12(木) 9:40"),
        note="a Yahoo!ニュース-style portal's source row",
    ),
    case(
        "out_of_table",
        "ja",
        JA1,
        JA,
        "南海放送",
        ["南海放送", "RNB", "RNB南海放送", "rnb.co.jp"],
        "shutten-rnb",
        tail("出典：RNB南海放送"),
        note="the Matsuyama broadcaster, outside the table",
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        KYODO,
        "kyodo-dateline-byline",
        by("共同通信", cls="byline"),
        dateline("【八幡浜共同】"),
        note="Kyodo copy: the dateline kept, the byline a credit line",
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Jiji Press",
        ["Jiji Press", "Jiji", "時事通信", "時事通信社"],
        "aggregator-row-jiji",
        source_row("時事通信", "3/12(木) 12:30"),
    ),
    own(
        "ja",
        OWN_ENP,
        JA,
        "own-reprint-notice",
        small_print("掲載記事・写真の無断転載を禁じます。著作権は愛媛新聞社に帰属します。"),
        note="the paper's own reprint notice on its own site",
    ),
    nul(
        "negative_caption",
        "ja",
        JA2,
        JA,
        "caption-shobo-teikyo",
        figure("尾根伝いに燃え広がる火（八幡浜市消防本部提供）"),
    ),
    # ======================= German: wet snow in the Pinzgau =======================
    case(
        "in_table",
        "de",
        DE1,
        DE,
        "Der Standard",
        ["Der Standard", "derStandard.at", "derstandard.at"],
        "quelle-derstandard",
        tail("Quelle: derStandard.at", tag="em"),
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "ORF",
        ["ORF", "salzburg.ORF.at", "ORF Salzburg", "orf.at"],
        "quelle-salzburg-orf",
        tail("Quelle: salzburg.ORF.at"),
        note="the public broadcaster's Salzburg service, outside the table",
    ),
    case(
        "out_of_table",
        "de",
        DE3,
        DE,
        "Kronen Zeitung",
        ["Kronen Zeitung", "Krone", "krone.at"],
        "quelle-krone",
        tail("Quelle: krone.at", tag="em"),
        note="the Vienna tabloid, outside the table",
    ),
    wire(
        "de",
        DE2,
        DE,
        "APA",
        APA,
        "apa-dateline-tag",
        dateline("Mittersill (APA) -"),
        tail("(APA)"),
        note="APA copy: the dateline kept, the closing tag a credit line",
    ),
    wire(
        "de",
        DE3,
        DE,
        "APA",
        APA,
        "quelle-apa",
        tail("Quelle: APA"),
    ),
    own(
        "de",
        OWN_SN,
        DE,
        "own-byline-copyright",
        by("Von Karin Portenkirchner", cls="byline", credit=False),
        small_print("© Salzburger Nachrichten 2026"),
        note="the paper's own byline and copyright line on its own site",
    ),
    nul(
        "negative_caption",
        "de",
        DE1,
        DE,
        "caption-netzbetreiber",
        figure("Monteure tauschen einen gebrochenen Mast bei Hollersbach. Foto: Salzburg Netz"),
        note="on a site where another page credits derStandard.at",
    ),
    # ======================= French: the cashew season in Casamance =======================
    case(
        "in_table",
        "fr",
        FR1,
        FR,
        "RFI",
        ["RFI", "Radio France Internationale", "rfi.fr"],
        "source-rfi",
        tail("Source : RFI", tag="em"),
    ),
    case(
        "in_table",
        "fr",
        FR2,
        FR,
        "France 24",
        ["France 24", "france24.com"],
        "jnews-source-france24",
        jnews_field(
            "Source :",
            "France 24",
            "https://www.france24.com/fr/afrique/20260312-s%C3%A9n%C3%A9gal-casamance-campagne-anacarde-prix",
        ),
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "Agence de presse sénégalaise",
        ["Agence de presse sénégalaise", "Agence de Presse Sénégalaise", "aps.sn"],
        "aps-dateline-initials",
        dateline("Ziguinchor, 12 mars (APS) -"),
        note_line("OID/ASG/AKS", cls="aps-slug"),
        note="unsure: Senegal's agency, outside the table, filed out_of_table; its dateline kept, its desk initials a credit line; 'APS' is not accepted, the table gives those letters to Algérie Presse Service",
    ),
    wire(
        "fr",
        FR2,
        FR,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Ziguinchor (Sénégal) (AFP) -"),
        note_line("sdg/cl/jhd", cls="afp-slug"),
        note="AFP copy: the dateline kept, the desk slug a credit line",
    ),
    own(
        "fr",
        OWN_LQ,
        FR,
        "own-correspondent-byline",
        by("Par Lamine Diatta (Correspondant à Ziguinchor)", cls="byline", credit=False),
        note="the paper's own correspondent on its own site",
    ),
    nul(
        "negative_mention",
        "fr",
        FR2,
        FR,
        "mid-interroge-par-rfm",
        keep=(
            "Interrogé par la RFM, le gouverneur de la région a promis des contrôles sur les bascules des acheteurs.",
        ),
        note="on a site where another page runs AFP copy",
    ),
    nul(
        "negative_caption",
        "fr",
        FR1,
        FR,
        "caption-interprofession",
        figure(
            "Des sacs de noix de cajou dans un magasin de Bignona. (Photo : Interprofession cajou du Sénégal)"
        ),
    ),
    # ======================= Portuguese: floods in Beira =======================
    case(
        "in_table",
        "pt",
        PT1,
        PT,
        "Deutsche Welle",
        ["Deutsche Welle", "DW", "DW África", "dw.com"],
        "tagdiv-fonte-dw-africa",
        td_source(
            "FONTE",
            "DW África",
            "https://www.dw.com/pt-002/chuvas-inundam-bairros-da-beira/a-71234567",
        ),
        note="DW's Portuguese service for Africa, answered as Deutsche Welle",
    ),
    case(
        "out_of_table",
        "pt",
        PT2,
        PT,
        "O País",
        ["O País", "O Pais", "opais.co.mz"],
        "fonte-o-pais",
        tail("Fonte: O País", tag="strong"),
        note="the Maputo daily, outside the table",
    ),
    case(
        "out_of_table",
        "pt",
        PT3,
        PT,
        "Agência de Informação de Moçambique",
        ["Agência de Informação de Moçambique", "AIM", "aim.org.mz"],
        "blogger-fonte-aim",
        tail("Fonte: AIM"),
        note="Mozambique's state news agency, outside the table, filed out_of_table as the earlier sets file such agencies",
    ),
    wire(
        "pt",
        PT2,
        PT,
        "Agência Lusa",
        LUSA,
        "lusa-dateline-slug",
        dateline("Beira, Moçambique, 12 mar 2026 (Lusa) -"),
        note_line("PMA // VM", cls="lusa-slug"),
        note="Lusa copy: the dateline kept, the editors' initials a credit line",
    ),
    wire(
        "pt",
        PT1,
        PT,
        "Agência Lusa",
        LUSA,
        "fonte-lusa",
        tail("Fonte: Lusa"),
    ),
    own(
        "pt",
        OWN_NOT,
        PT,
        "own-correspondent-rights",
        by("Por Arlindo Macuácua, na Beira", cls="byline", credit=False),
        small_print("© Jornal Notícias. Todos os direitos reservados."),
        note="the paper's own correspondent and rights line on its own site",
    ),
    nul(
        "negative_caption",
        "pt",
        PT3,
        PT,
        "caption-ingd",
        figure("Moradores atravessam uma rua alagada na Munhava. (Foto: INGD)"),
        note="a disaster agency's photo credit, on a site where another page credits AIM",
    ),
    # ======================= Russian: an ice floe off Sakhalin =======================
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "SakhalinMedia",
        ["SakhalinMedia", "ИА SakhalinMedia", "sakhalinmedia.ru"],
        "istochnik-sakhalinmedia",
        tail("Источник: ИА SakhalinMedia"),
        note="the regional news agency's site, outside the table",
    ),
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "ГТРК «Сахалин»",
        ["ГТРК «Сахалин»", "ГТРК Сахалин", "Вести Сахалин", "sakhalin.vesti.ru"],
        "istochnik-gtrk-sakhalin",
        tail("Источник: ГТРК «Сахалин»", tag="strong"),
        note="the state broadcaster's regional station, outside the table",
    ),
    wire(
        "ru",
        RU2,
        RU,
        "TASS",
        TASS,
        "tass-dateline-istochnik",
        dateline("ЮЖНО-САХАЛИНСК, 12 марта. /ТАСС/."),
        tail("Источник: ТАСС"),
        note="TASS copy: the dateline kept, the source line a credit line",
    ),
    wire(
        "ru",
        RU1,
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
        "po-dannym-interfaksa",
        tail("По данным «Интерфакса»."),
        note="a closing line crediting the agency's copy",
    ),
    own(
        "ru",
        OWN_SINFO,
        RU,
        "own-reprint-notice",
        by("Sakhalin.info", cls="byline", credit=False),
        small_print(
            "© Sakhalin.info. При полном или частичном использовании материалов ссылка обязательна."
        ),
        note="the portal's own name and reprint notice on its own site",
    ),
    nul(
        "negative_mention",
        "ru",
        RU1,
        RU,
        "mid-v-efire-astv",
        keep=(
            "В эфире телеканала АСТВ начальник спасательного отряда рассказал, что трещины пошли сразу в нескольких местах.",
        ),
        note="on a site where another page runs RIA Novosti copy",
    ),
    # ======================= Chinese: fog on the Qiongzhou Strait (Hainan) =======================
    case(
        "in_table",
        "zh",
        ZH1,
        ZH,
        "China Daily",
        ["China Daily", "中国日报网", "中国日报", "chinadaily.com.cn"],
        "cn-source-china-daily",
        cn_source("中国日报网", "符丽娜"),
        note="the portal's info bar",
    ),
    case(
        "out_of_table",
        "zh",
        ZH2,
        ZH,
        "海南日报",
        ["海南日报", "Hainan Daily", "hndaily.cn"],
        "cn-source-hainan-ribao",
        cn_source("海南日报", "陈家豪"),
        note="the provincial daily, outside the table",
    ),
    wire(
        "zh",
        ZH1,
        ZH,
        "Xinhua",
        XINHUA,
        "cn-source-xinhua-dateline",
        cn_source("新华社", "吴茂辉"),
        dateline("新华社海口3月12日电（记者 吴茂辉）"),
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
    own(
        "zh",
        OWN_HINEWS,
        ZH,
        "own-info-bar",
        cn_source("南海网", "王晓峰", credit=False),
        note="the provincial portal's own info bar naming itself on its own site",
    ),
    nul(
        "negative_mention",
        "zh",
        ZH1,
        ZH,
        "mid-jieshou-caifang",
        keep=("海口港相关负责人在接受海南广播电视总台记者采访时表示，港区已增派人员疏导车辆。",),
        note="on a site where another page runs Xinhua copy",
    ),
    nul(
        "negative_caption",
        "zh",
        ZH2,
        ZH,
        "caption-haishi-gongtu",
        figure("新海港待渡车辆排起长队。海口海事局供图"),
    ),
    # ======================= Italian: a landslide in the Sila (Calabria) =======================
    case(
        "in_table",
        "it",
        IT1,
        IT,
        "Corriere della Sera",
        ["Corriere della Sera", "Corriere", "corriere.it"],
        "jnews-fonte-corriere",
        jnews_field(
            "Fonte:",
            "Corriere della Sera",
            "https://www.corriere.it/cronache/26_marzo_12/frana-sila-san-giovanni-in-fiore-frazioni-isolate.shtml",
        ),
    ),
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "La Repubblica",
        ["La Repubblica", "la Repubblica", "Repubblica", "repubblica.it"],
        "fonte-repubblica",
        tail("Fonte: la Repubblica", tag="em"),
    ),
    case(
        "out_of_table",
        "it",
        IT2,
        IT,
        "LaC News24",
        ["LaC News24", "LaCNews24", "lacnews24.it"],
        "fonte-lac-news24",
        tail("Fonte: LaC News24", tag="strong"),
        note="the Calabrian news site, outside the table",
    ),
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ANSA,
        "ansa-dateline-copyright",
        dateline("(ANSA) - COSENZA, 12 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
        note="ANSA copy: the dateline kept, its copyright line a credit line",
    ),
    own(
        "it",
        OWN_GDS,
        IT,
        "own-riproduzione-riservata",
        by("di Francesco Bruno", cls="byline", credit=False),
        small_print("© RIPRODUZIONE RISERVATA"),
        note="the paper's own byline and rights line on its own site",
    ),
    nul(
        "negative_caption",
        "it",
        IT1,
        IT,
        "caption-provincia",
        figure("Il fronte della frana sulla provinciale per Rovale (foto Provincia di Cosenza)"),
        note="on a site where another page runs ANSA copy",
    ),
    # ======================= Persian: the Anzali lagoon (Gilan) =======================
    case(
        "in_table",
        "fa",
        FA1,
        FA,
        "BBC",
        [*BBC, "BBC Persian", "بی‌بی‌سی فارسی"],
        "manba-bbc-persian",
        tail("منبع: بی‌بی‌سی فارسی", tag="strong"),
        note="the BBC's Persian service, answered as the BBC",
    ),
    case(
        "out_of_table",
        "fa",
        FA2,
        FA,
        "ISNA",
        ["ISNA", "ایسنا", "Iranian Students' News Agency", "خبرگزاری دانشجویان ایران", "isna.ir"],
        "manba-isna",
        tail("منبع: ایسنا"),
        note="the students' news agency, outside the table, filed out_of_table as the earlier sets file such agencies",
    ),
    wire(
        "fa",
        FA1,
        FA,
        "IRNA",
        ["IRNA", "ایرنا", "خبرگزاری ایرنا", "Islamic Republic News Agency"],
        "manba-irna",
        tail("منبع: ایرنا"),
    ),
    wire(
        "fa",
        FA2,
        FA,
        "Mehr News Agency",
        ["Mehr News Agency", "Mehr", "مهر", "خبرگزاری مهر"],
        "manba-mehr",
        tail("منبع: خبرگزاری مهر", tag="strong"),
    ),
    nul(
        "negative_mention",
        "fa",
        FA1,
        FA,
        "mid-goftogu-ba-hamshahri",
        keep=(
            "یک کارشناس منابع آب در گفت‌وگو با همشهری آنلاین گفت که بدون لایروبی، عمق تالاب هر سال کمتر می‌شود.",
        ),
        note="on a site where another page credits IRNA",
    ),
    nul(
        "negative_caption",
        "fa",
        FA2,
        FA,
        "caption-mohitzist",
        figure("قایق‌های ماهیگیری در گل‌ولای حاشیه تالاب (عکس: اداره کل حفاظت محیط زیست گیلان)"),
    ),
    # ======================= Bengali: a hailstorm in Netrokona =======================
    case(
        "in_table",
        "bn",
        BN1,
        BN,
        "BBC",
        [*BBC, "BBC Bangla", "বিবিসি বাংলা"],
        "sutro-bbc-bangla",
        tail("সূত্র: বিবিসি বাংলা"),
        note="the BBC's Bengali service, answered as the BBC",
    ),
    case(
        "out_of_table",
        "bn",
        BN2,
        BN,
        "Kaler Kantho",
        ["Kaler Kantho", "কালের কণ্ঠ", "kalerkantho.com"],
        "jnews-sutro-kaler-kantho",
        jnews_field(
            "সূত্র:",
            "কালের কণ্ঠ",
            "https://www.kalerkantho.com/online/country-news/2026/03/12/1456789",
        ),
        note="the Dhaka daily, outside the table",
    ),
    wire(
        "bn",
        BN1,
        BN,
        "Bangladesh Sangbad Sangstha",
        ["Bangladesh Sangbad Sangstha", "BSS", "বাসস"],
        "bss-dateline-slug",
        dateline("নেত্রকোনা, ১২ মার্চ, ২০২৬ (বাসস) :"),
        note_line("বাসস/সংবাদদাতা/১৮২০/এমএএস", cls="bss-slug"),
        note="BSS's Bengali dateline is kept; its desk slug is the credit line",
    ),
    wire(
        "bn",
        BN2,
        BN,
        "United News of Bangladesh",
        ["United News of Bangladesh", "UNB", "ইউএনবি"],
        "sutro-unb",
        tail("সূত্র: ইউএনবি", tag="strong"),
    ),
    nul(
        "negative_mention",
        "bn",
        BN1,
        BN,
        "mid-samakal-ke",
        keep=("উপজেলা কৃষি কর্মকর্তা সমকালকে বলেন, ক্ষতির পূর্ণ হিসাব পেতে আরও দুই দিন লাগবে।",),
        note="a newspaper named as the one a source spoke to, on a site where another page runs BSS copy",
    ),
    nul(
        "negative_caption",
        "bn",
        BN2,
        BN,
        "caption-krishi",
        figure("শিলার আঘাতে নুয়ে পড়া বোরো ধান। ছবি: কৃষি সম্প্রসারণ অধিদপ্তর"),
    ),
    # ======================= Swahili: elephants in Kwale =======================
    case(
        "in_table",
        "sw",
        SW1,
        SW,
        "BBC",
        [*BBC, "BBC Swahili", "BBC News Swahili"],
        "chanzo-bbc-swahili",
        tail("Chanzo: BBC Swahili", tag="strong"),
        note="the BBC's Swahili service, answered as the BBC",
    ),
    case(
        "out_of_table",
        "sw",
        SW2,
        SW,
        "Taifa Leo",
        ["Taifa Leo", "taifaleo.nation.co.ke"],
        "chanzo-taifa-leo",
        tail("Chanzo: Taifa Leo"),
        note="unsure: the Swahili daily of Nation Media, answered by its own name and not as Nation Africa",
    ),
    case(
        "out_of_table",
        "sw",
        SW1,
        SW,
        "Kenya News Agency",
        ["Kenya News Agency", "kenyanews.go.ke"],
        "chanzo-kna-full-name",
        tail("Chanzo: Kenya News Agency"),
        note="the government news agency, outside the table, filed out_of_table; 'KNA' is not accepted (the table's KNA is German)",
    ),
    wire(
        "sw",
        SW2,
        SW,
        "Xinhua",
        XINHUA,
        "xinhua-swahili-dateline-chanzo",
        dateline("KWALE, Machi 12 (Xinhua) --"),
        tail("Chanzo: Xinhua"),
        note="Xinhua's Swahili service: the dateline kept, the source line a credit line",
    ),
    nul(
        "negative_mention",
        "sw",
        SW2,
        SW,
        "mid-akizungumza-na-radio-kaya",
        keep=(
            "Akizungumza na Radio Kaya, mwenyekiti wa kijiji alisema watoto wameacha kwenda shule mapema asubuhi kwa hofu ya ndovu.",
        ),
        note="on a site where another page credits Taifa Leo",
    ),
    nul(
        "negative_caption",
        "sw",
        SW1,
        SW,
        "caption-kws",
        figure("Ndovu wakivuka barabara karibu na Mkongani. (Picha: KWS)"),
        note="a wildlife service's photo credit, on a site where another page credits BBC Swahili",
    ),
    # ======================= Polish: grass fires in Polesie =======================
    case(
        "out_of_table",
        "pl",
        PL1,
        PL,
        "Radio Lublin",
        ["Radio Lublin", "radio.lublin.pl"],
        "zrodlo-radio-lublin",
        tail("Źródło: Radio Lublin"),
        note="the regional public radio station, outside the table",
    ),
    wire(
        "pl",
        PL2,
        PL,
        "Polish Press Agency",
        PAP,
        "zrodlo-pap",
        tail("Źródło: PAP", tag="strong"),
    ),
    wire(
        "pl",
        PL1,
        PL,
        "Polish Press Agency",
        PAP,
        "pap-author-slug",
        by("Autorka: Joanna Kołodziej (PAP)", cls="byline"),
        note_line("jko/ mrr/", cls="pap-slug"),
        note="PAP copy: the author line naming the agency and the editors' slug are credit lines",
    ),
    own(
        "pl",
        OWN_DW,
        PL,
        "own-byline-copyright",
        by("Tomasz Nieśpiał", cls="byline", credit=False),
        small_print("© Dziennik Wschodni"),
        note="the paper's own reporter and copyright line on its own site",
    ),
    nul(
        "negative_mention",
        "pl",
        PL2,
        PL,
        "mid-w-rozmowie-z-tvp3",
        keep=(
            "W rozmowie z TVP3 Lublin rzecznik straży przyznał, że w tym tygodniu wyjeżdżano do takich pożarów kilkanaście razy.",
        ),
        note="on a site where another page runs PAP copy",
    ),
    nul(
        "negative_caption",
        "pl",
        PL1,
        PL,
        "caption-ppn",
        figure("Wypalone trzcinowisko koło Wołczyn. Fot. Poleski Park Narodowy"),
        note="on a site where another page credits Radio Lublin",
    ),
]
