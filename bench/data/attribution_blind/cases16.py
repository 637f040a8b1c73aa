# ruff: noqa: E501, RUF001
"""Sites and cases of the sixteenth blind set (cases_2026-12-18.jsonl).

Written from newsroom conventions without reading the attribution code. An eighth independent
representative sample of the open web, about half English and half thirteen other languages,
weighted this time toward the kinds of sites the earlier sets under-sampled, in proportion to
how often a crawler of ordinary news feeds meets them: local papers of shared-CMS chains (a
USA TODAY Network-like chain with its "This article originally appeared on" footer, Lee/BLOX
papers, Reach plc-like and Newsquest-like UK sites), regional TV and radio stations, MSN/Yahoo-
style partner portals and Google News-style aggregators, press-release portals and newsrooms
reposting releases, university and NGO news pages, and regional chains in the other languages
(a Prensa Ibérica-like Galician site, RND papers, EBRA papers, the Tribun network, a Yahoo!
ニュース-style portal, a Chinese county portal). Each page's convention is drawn about as often
as such a crawler meets it, whether or not an earlier set used it, and a credited page carries
every line that credits its original where real pages do. No new template: the earlier
templates (`chrome3`-`chrome12`) already render these CMSs.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from html import escape

from cases6 import blogger_div, by, bysite, nul, own, wire
from cases8 import (
    AFP,
    AP,
    PTI,
    RTR,
    comments,
    jby,
    more_from,
    provider,
    source_row,
    td_source,
    tnt,
)
from cases9 import data_table, jnews_field
from cases11 import note_line, small_print
from cases13 import author_card, states_footer
from cases15 import cn_source, t3_author, t3_link, video_caption, wpb_note, wpb_terms
from chrome8 import site_registry
from model3 import Case3, Part, Site3, case, dateline, figure, head, raw, tail
from model4 import canonical, rich
from model5 import coda, in_last_p, lead, tweet

SITES16: dict[str, Site3] = {}


_s = site_registry(SITES16)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


def gannett_footer(paper: str, title: str, href: str) -> Part:
    """The footer a USA TODAY Network-like chain prints under a story one of its papers shares
    with another: the paper's name, then the headline linked to the original."""
    html = f'<p class="gnt_ar_b_p"><em>This article originally appeared on {escape(paper, quote=False)}: <a href="{escape(href)}">{escape(title, quote=False)}</a></em></p>'
    return raw("tail", f"This article originally appeared on {paper}: {title}", html)


def gannett_byline(name: str, paper: str) -> Part:
    """The chain's byline: the reporter's name over the paper's."""
    html = f'<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/{sum(map(ord, name)) % 997}/">{escape(name, quote=False)}</a>\n<div class="gnt_ar_by_t">{escape(paper, quote=False)}</div></div>'
    return raw("byline", f"{name} {paper}", html)


def release_source(company: str) -> Part:
    """A press release's closing 'SOURCE <company>' line: the issuer, not a publisher; neither a
    credit line nor a sentence that must stay."""
    return raw("tail", f"SOURCE {company}", f"<p>SOURCE {escape(company, quote=False)}</p>", False)


# ---------------------------------------------------------------- sites
# English, by the story they mostly carry: a levee in an Iowa river town, ferries to a Scottish
# island, dengue in Kozhikode, a battery plant in Georgia, bed nets in northern Ghana.
EN_GAN1 = _s("harlanferryherald.com", "The Harlan Ferry Herald", "localportal")
EN_GAN2 = _s("cedarvalleydispatch.com", "Cedar Valley Dispatch", "nextjs")
EN_LEE1 = _s("tamacountyledger.com", "Tama County Ledger", "blox")
EN_LEE2 = _s("tiftonsentinel.com", "Tifton Sentinel", "blox")
EN_TV1 = _s("kcrq9.com", "KCRQ 9", "arc")
EN_TV2 = _s("wtgv10.com", "WTGV 10", "brightspot")
EN_TV3 = _s("wfxa-southga.com", "WFXA South Georgia", "wp")
EN_RADIO = _s("cedarriverpublicradio.org", "Cedar River Public Radio", "brightspot")
EN_MSN = _s("dailyviewhub.com", "DailyView", "partner")
EN_YAH = _s("newsnookportal.com", "NewsNook", "partner")
EN_GN = _s("newsbriefly.app", "HeadlineStack", "aggregator", "newsbriefly.app")
EN_PR1 = _s("industrialreleasewire.com", "Industrial Release Wire", "bizrepost")
EN_PR2 = _s("southeastplantreport.com", "Southeast Plant Report", "bizrepost")
EN_UNI = _s("northernsavannahuniversity.edu.gh", "Northern Savannah University", "drupal")
EN_UNI2 = _s("tiftonstate.edu", "Tifton State University", "wpblock")
EN_NGO = _s("netsforchildren.org", "Nets for Children", "wpblock")
EN_NGO2 = _s("iowariverkeepers.org", "Iowa Riverkeepers", "wp")
EN_REACH = _s("clydecoastlive.co.uk", "Clyde Coast Live", "nextjs")
EN_NQ = _s("kintyrecourier.co.uk", "Kintyre Courier", "localportal")
EN_UK3 = _s("scotlandnewsnow24.com", "Scotland News Now 24", "wp")
EN_UK4 = blog("kilbrannanferrywatch.blogspot.com", "Kilbrannan Ferry Watch")
EN_IN1 = _s("malabarnewsline.com", "Malabar Newsline", "tagdiv")
EN_IN2 = _s("keralaheadlines24.in", "Kerala Headlines 24", "jannah")
EN_IN3 = _s("kozhikodenow.com", "Kozhikode Now", "wpblock")
EN_IN4 = blog("keralahealthwatch.blogspot.com", "Kerala Health Watch")
EN_IN5 = _s("southindiachronicle.com", "South India Chronicle", "regional")
EN_GH1 = _s("tamalepulse.com", "Tamale Pulse", "jnews")
EN_GH2 = _s("ghanahealthreporter.com", "Ghana Health Reporter", "wp")
OWN_DMR = _s("desmoinesregister.com", "Des Moines Register", "localportal")
OWN_KCCI = _s("kcci.com", "KCCI", "arc", "www.kcci.com")
OWN_RECORD = _s("dailyrecord.co.uk", "Daily Record", "nextjs")
OWN_HERALD = _s("heraldscotland.com", "The Herald", "localportal")
OWN_BW = _s("businesswire.com", "Business Wire", "bizrepost")
OWN_MANORAMA = _s("onmanorama.com", "Onmanorama", "regional")
OWN_CITI = _s("citinewsroom.com", "Citi Newsroom", "jnews")
# Spanish (Costa da Morte, Galicia)
ES1 = _s("arnela-diario.es", "Arnela Diario", "nextjs")
ES2 = _s("costadamorte-hoxe.com", "Costa da Morte Hoxe", "jnews")
ES3 = blog("mariscadoras-arnela.blogspot.com", "Mar de Arnela")
OWN_LAVOZ = _s("lavozdegalicia.es", "La Voz de Galicia", "arc")
# German (Lower Saxony)
DE1 = _s("wesendorfer-allgemeine.de", "Wesendorfer Allgemeine", "nextjs")
DE2 = _s("samtgemeinde-nord-aktuell.de", "Samtgemeinde Nord aktuell", "typo3")
DE3 = _s("heidekreis-echo24.de", "Heidekreis Echo 24", "localportal")
# French (Moselle, Lorraine)
FR1 = _s("saintauberic-infos.fr", "Saint-Aubéric Infos", "wpblock")
FR2 = _s("moselle-est-actu.fr", "Moselle Est Actu", "jnews")
FR3 = blog("sagesfemmes-moselle.blogspot.com", "Sages-femmes de Moselle")
OWN_RL = _s("republicain-lorrain.fr", "Le Républicain Lorrain", "arc")
# Portuguese (Paraná)
PT1 = _s("camposereno-noticias.com.br", "Campo Sereno Notícias", "wpblock")
PT2 = _s("tibagi-hoje.com.br", "Tibagi Hoje", "tagdiv")
OWN_FOLHALON = _s("folhadelondrina.com.br", "Folha de Londrina", "nextjs")
# Russian (Tatarstan)
RU1 = _s("zarechny-vestnik.ru", "Заречный вестник", "bitrix")
RU2 = _s("verhnie-klyuchi-info.ru", "Верхние Ключи. Инфо", "wp")
# Chinese (Guangxi)
ZH1 = _s("longjiang-xinwen.com", "龙江新闻网", "cncms")
ZH2 = _s("longjiangxian-rongmei.cn", "龙江县融媒体中心", "cncms")
ZH3 = _s("gx-tangye.com", "广西糖业网", "cncms")
# Japanese (Niigata)
JA1 = _s("tsumari-shimbun.jp", "妻有新聞", "jpnews")
JA2 = _s(
    "niigata-news-portal.net", "にいがたニュースポータル", "aggregator", "niigata-news-portal.net"
)
OWN_NIPPO = _s("niigata-nippo.co.jp", "新潟日報デジタルプラス", "jpnews")
# Arabic (Souss, Morocco)
AR1 = _s("souss-akhbar.com", "سوس أخبار", "jannah")
AR2 = _s("taroudant-press.com", "تارودانت بريس", "wpblock")
OWN_HESPRESS = _s("hespress.com", "هسبريس", "regional")
# Italian (Belluno, Veneto)
IT1 = _s("valcerna-notizie.it", "Valcerna Notizie", "typo3")
IT2 = _s("dolomiti-bellunesi-oggi.it", "Dolomiti Bellunesi Oggi", "jnews")
OWN_CALPI = _s("corrierealpi.it", "Corriere delle Alpi", "nextjs")
# Indonesian (West Sumatra)
ID1 = _s("agam-terkini.com", "Agam Terkini", "wpblock")
ID2 = _s("sianok-pos.com", "Sianok Pos", "jnews")
# Turkish (eastern Black Sea)
TR1 = _s("karadere-gundem.com", "Karadere Gündem", "tagdiv")
TR2 = _s("karadere-postasi.com.tr", "Karadere Postası", "wpblock")
# Hindi (Bihar)
HI1 = _s("sonbarsa-samachar.in", "सोनबरसा समाचार", "regional")
HI2 = _s("kosi-khabar.com", "कोसी खबर", "wpblock")
# Korean (South Jeolla)
KO1 = _s("boseong-news.kr", "보성뉴스", "koportal")
KO2 = _s("boseongilbo.co.kr", "보성일보", "nextjs")
OWN_KWANGJU = _s("kwangju.co.kr", "광주일보", "koportal")

LEVEE, FERRY, DENGUE, PLANT, NETS = "levee", "ferry", "dengue", "plant", "nets"
ES, DE, FR, PT, RU, ZH = "percebe", "hallenbad", "maternite", "ponte", "gaz", "ganzhe"
JA, AR, IT, ID, TR, HI, KO = "yuki", "abar", "funivia", "pasar", "findik", "gehu", "uisa"

LEVEE_T = "Harlan Ferry council votes to raise levee by three feet before spring floods"
PLANT_T = "Battery recycler to build $310 million plant in Tift County, hire 420 workers"
AP_TRAILER = "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."
CP = ["The Canadian Press", "Canadian Press", "CP"]
DMR = ["Des Moines Register", "The Des Moines Register", "desmoinesregister.com"]
HERALD = ["The Herald", "Herald", "The Herald (Glasgow)", "heraldscotland.com"]
RECORD = ["Daily Record", "The Daily Record", "dailyrecord.co.uk"]
PRN = ["PR Newswire", "PRNewswire", "prnewswire.com"]
BW = ["Business Wire", "BusinessWire", "businesswire.com"]
GNW = ["GlobeNewswire", "Globe Newswire", "globenewswire.com"]
IOWA_FOOTER = states_footer(
    "Iowa Capital Dispatch", "Kathie Obradovich", "info@iowacapitaldispatch.com"
)

CASES16: list[Case3] = [
    # ======================= English: credited copies, in the table =======================
    case(
        "in_table",
        "en",
        EN_UNI2,
        PLANT,
        "The Conversation",
        ["The Conversation", "theconversation.com"],
        "university-conversation-repost",
        wpb_note(
            "This article is republished from ",
            ("The Conversation", "https://theconversation.com"),
            " under a Creative Commons license. Read the ",
            (
                "original article",
                "https://theconversation.com/what-a-battery-recycling-plant-means-for-a-farm-county-252204",
            ),
            ".",
        ),
        note="a university news page reposting its professor's piece from The Conversation, with the republishing line in a small paragraph under a separator",
    ),
    case(
        "in_table",
        "en",
        EN_MSN,
        LEVEE,
        "USA Today",
        ["USA Today", "USA TODAY", "usatoday.com"],
        "partner-provided-by-usa-today",
        provider("USA TODAY", "Jordan Vance"),
        note="a partner portal's provider strip: the portal only distributes",
    ),
    case(
        "in_table",
        "en",
        EN_YAH,
        FERRY,
        "BBC",
        ["BBC", "BBC News", "BBC Scotland", "bbc.co.uk"],
        "partner-provided-by-bbc",
        provider("BBC", "Ailsa Munro"),
        note="a Yahoo-style partner page: 'Provided by BBC' with the reporter's 'Story by' line",
    ),
    case(
        "in_table",
        "en",
        EN_GN,
        FERRY,
        "Sky News",
        ["Sky News", "Sky", "news.sky.com"],
        "aggregator-source-row",
        source_row("Sky News", "5h"),
    ),
    case(
        "in_table",
        "en",
        EN_GN,
        DENGUE,
        "The Hindu",
        ["The Hindu", "Hindu", "thehindu.com"],
        "aggregator-source-row",
        source_row("The Hindu", "1h"),
    ),
    case(
        "in_table",
        "en",
        EN_TV3,
        PLANT,
        "CNN",
        ["CNN", "Cable News Network", "cnn.com"],
        "cnn-newsource-trailer",
        by("By Darnell Price, CNN", cls="article-byline"),
        small_print(
            "The-CNN-Wire™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved."
        ),
        note="CNN Newsource copy on an affiliate: the byline naming CNN and the trailer are both credit lines",
    ),
    case(
        "in_table",
        "en",
        EN_RADIO,
        LEVEE,
        "NPR",
        ["NPR", "National Public Radio", "npr.org"],
        "npr-copyright-member-station",
        by("By Luis Ortega", cls="Page-authors", credit=False),
        tail("Copyright 2026 NPR"),
        note="NPR copy on a member station: its copyright line is the credit",
    ),
    case(
        "in_table",
        "en",
        EN_IN1,
        DENGUE,
        "The Indian Express",
        ["The Indian Express", "Indian Express", "indianexpress.com"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "The Indian Express",
            "https://indianexpress.com/article/cities/kozhikode/dengue-cases-cross-900-kozhikode-9871234/",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_IN4,
        DENGUE,
        "Mint",
        ["Mint", "Livemint", "livemint.com"],
        "blogger-source-bare-domain",
        blogger_div(
            "Source:",
            "livemint.com",
            "https://www.livemint.com/news/india/dengue-kozhikode-11741770000000.html",
        ),
        note="Blogger's 'Source:' line with the outlet's bare domain: answered by the table's name",
    ),
    case(
        "in_table",
        "en",
        EN_IN2,
        DENGUE,
        "NDTV",
        ["NDTV", "NDTV News", "ndtv.com"],
        "courtesy-paren-head",
        head("(Courtesy: NDTV)", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        EN_UK3,
        FERRY,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "canonical-only",
        canonical(
            "https://www.theguardian.com/uk-news/2026/mar/10/kilbrannan-ferry-cancelled-ninth-day"
        ),
        note="a scraper whose only sign is a canonical link to the original",
    ),
    case(
        "in_table",
        "en",
        EN_GH1,
        NETS,
        "BBC",
        ["BBC", "BBC News", "BBC Africa", "bbc.com"],
        "jnews-source-field",
        jnews_field("Source:", "BBC Africa", "https://www.bbc.com/news/articles/c9nets2026"),
        note="BBC Africa is answered by the table's BBC",
    ),
    case(
        "in_table",
        "en",
        EN_NGO,
        NETS,
        "Voice of America",
        ["Voice of America", "VOA", "VOA News", "voanews.com"],
        "ngo-repost-voa-public-domain",
        wpb_note(
            "This story first appeared on Voice of America. VOA content is in the public domain."
        ),
        note="an NGO reposting a public-domain VOA story",
    ),
    # ======================= English: credited copies, outside the table =======================
    case(
        "out_of_table",
        "en",
        EN_GAN1,
        LEVEE,
        "Des Moines Register",
        DMR,
        "usatn-originally-appeared-footer",
        gannett_byline("Jordan Vance", "Des Moines Register"),
        gannett_footer(
            "Des Moines Register",
            LEVEE_T,
            "https://www.desmoinesregister.com/story/news/local/2026/03/10/harlan-ferry-levee-raise-vote/80112233007/",
        ),
        note="a chain paper running a sister paper's story: the byline naming the paper and the chain's 'This article originally appeared on <paper>: <headline>' footer are both credit lines",
    ),
    case(
        "out_of_table",
        "en",
        EN_GAN2,
        LEVEE,
        "Des Moines Register",
        DMR,
        "usatn-footer-only",
        gannett_footer(
            "Des Moines Register",
            LEVEE_T,
            "https://www.desmoinesregister.com/story/news/local/2026/03/10/harlan-ferry-levee-raise-vote/80112233007/",
        ),
        note="the chain's footer alone, the byline trimmed to the reporter by the second paper's template",
    ),
    case(
        "out_of_table",
        "en",
        EN_LEE1,
        LEVEE,
        "Iowa Capital Dispatch",
        ["Iowa Capital Dispatch", "iowacapitaldispatch.com"],
        "states-newsroom-byline-footer",
        tnt("By Cole Henning, Iowa Capital Dispatch"),
        IOWA_FOOTER,
        note="a States Newsroom outlet's story on a BLOX paper: byline and footer are credit lines",
    ),
    case(
        "out_of_table",
        "en",
        EN_NQ,
        FERRY,
        "The Herald",
        HERALD,
        "newsquest-sister-title",
        tail("This article first appeared in our sister title, The Herald.", tag="em"),
        note="a Newsquest-like chain site sharing a sister title's story; 'The Herald' (Glasgow) is outside the table",
    ),
    case(
        "out_of_table",
        "en",
        EN_REACH,
        FERRY,
        "Daily Record",
        RECORD,
        "reach-byline-daily-record",
        by("By Hamish Reid, Daily Record", cls="Byline_byline__rp"),
        note="a Reach-like sister site running a Daily Record story under the reporter's byline naming the paper",
    ),
    case(
        "out_of_table",
        "en",
        EN_GN,
        LEVEE,
        "KCCI",
        ["KCCI", "KCCI 8", "kcci.com"],
        "aggregator-source-row",
        source_row("KCCI", "3h"),
        note="a Google News-style aggregator's source row naming a TV station outside the table",
    ),
    case(
        "out_of_table",
        "en",
        EN_UK4,
        FERRY,
        "The Oban Times",
        ["The Oban Times", "Oban Times", "obantimes.co.uk"],
        "blog-via-head",
        head("Via The Oban Times:", tag="i"),
    ),
    case(
        "out_of_table",
        "en",
        EN_IN3,
        DENGUE,
        "Onmanorama",
        ["Onmanorama", "onmanorama.com", "Manorama"],
        "first-published-block-note",
        wpb_note("This story was first published on Onmanorama."),
    ),
    case(
        "out_of_table",
        "en",
        EN_IN5,
        DENGUE,
        "Mathrubhumi",
        ["Mathrubhumi", "Mathrubhumi English", "english.mathrubhumi.com"],
        "courtesy-bold-tail",
        tail("Courtesy: Mathrubhumi English", tag="strong"),
        note="answered with or without the edition's 'English'",
    ),
    case(
        "out_of_table",
        "en",
        EN_GH2,
        NETS,
        "Citi Newsroom",
        ["Citi Newsroom", "citinewsroom.com", "Citinewsroom"],
        "source-linked-tail",
        rich(
            "tail",
            "Source: ",
            (
                "citinewsroom.com",
                "https://citinewsroom.com/2026/03/new-bed-nets-halve-malaria-northern-region/",
            ),
        ),
        note="a bare domain, answered as written (the outlet's name also accepted)",
    ),
    case(
        "out_of_table",
        "en",
        EN_TV1,
        LEVEE,
        "Iowa Public Radio",
        ["Iowa Public Radio", "IPR", "iowapublicradio.org"],
        "arc-credit-partner",
        by("By Kendra Lowry, Iowa Public Radio", cls="byline__names"),
        tail(
            "This story is shared through a content partnership with Iowa Public Radio.", tag="em"
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_PR2,
        PLANT,
        "The Albany Herald",
        ["The Albany Herald", "Albany Herald", "albanyherald.com"],
        "reposted-with-permission",
        tail("Reposted with permission from The Albany Herald.", tag="em"),
    ),
    case(
        "out_of_table",
        "en",
        EN_UNI,
        NETS,
        "Health Policy Watch",
        ["Health Policy Watch", "healthpolicy-watch.news"],
        "university-originally-published",
        rich(
            "tail",
            "This article was originally published by ",
            (
                "Health Policy Watch",
                "https://healthpolicy-watch.news/dual-insecticide-nets-northern-ghana/",
            ),
            ".",
            tag="em",
        ),
    ),
    # ======================= English: wire copy =======================
    wire(
        "en",
        EN_LEE2,
        PLANT,
        "Associated Press",
        AP,
        "ap-blox-byline-dateline-trailer",
        tnt("By DEVON MARCHETTI Associated Press"),
        dateline("TIFTON, Ga. (AP) —"),
        small_print(AP_TRAILER),
    ),
    wire(
        "en",
        EN_TV2,
        PLANT,
        "Associated Press",
        AP,
        "ap-by-the-ap-tv",
        by("By The Associated Press", cls="Page-authors"),
        dateline("TIFTON, Ga. (AP) —"),
    ),
    wire(
        "en",
        EN_GAN2,
        LEVEE,
        "Associated Press",
        AP,
        "ap-chain-byline-trailer",
        gannett_byline("Maren Holt", "Associated Press"),
        dateline("HARLAN FERRY, Iowa (AP) —"),
        small_print(AP_TRAILER),
        note="AP copy in the chain's template: byline with the agency under the name, dateline kept, trailer",
    ),
    wire(
        "en",
        EN_MSN,
        PLANT,
        "Associated Press",
        AP,
        "partner-provided-by-ap",
        provider("The Associated Press", "Devon Marchetti"),
    ),
    wire(
        "en",
        EN_TV1,
        LEVEE,
        "Associated Press",
        AP,
        "ap-dateline-only",
        bysite("KCRQ 9 Digital Staff"),
        dateline("DES MOINES, Iowa (AP) —"),
        note="AP copy whose only sign left is the dateline (the station's web desk byline is its own)",
    ),
    wire(
        "en",
        EN_PR1,
        PLANT,
        "PR Newswire",
        PRN,
        "prn-dateline-view-original",
        dateline("TIFTON, Ga., March 10, 2026 /PRNewswire/ --"),
        tail(
            "View original content to download multimedia: https://www.prnewswire.com/news-releases/volterra-cycle-to-build-battery-recycling-plant-in-tift-county-302400118.html"
        ),
        release_source("Volterra Cycle Inc."),
        note="a release reposted from PR Newswire: its dateline is kept, 'View original content …' is the credit line, the issuer's 'SOURCE' line is neither",
    ),
    wire(
        "en",
        EN_PR2,
        PLANT,
        "Business Wire",
        BW,
        "bw-dateline-contacts",
        dateline("TIFTON, Ga.--(BUSINESS WIRE)--"),
        tail(
            "View source version on businesswire.com: https://www.businesswire.com/news/home/20260310005120/en/"
        ),
        note="a trade site running a Business Wire release: the source-version line is the credit line",
    ),
    wire(
        "en",
        EN_UK3,
        FERRY,
        "PA Media",
        ["PA Media", "PA", "Press Association", "PA Wire"],
        "pa-byline-correspondent",
        by("By Euan Sinclair, PA Scotland", cls="byline"),
    ),
    wire(
        "en",
        EN_NQ,
        FERRY,
        "PA Media",
        ["PA Media", "PA", "Press Association", "PA Wire"],
        "pa-reporter-byline",
        by("By PA Reporter", cls="byline"),
    ),
    wire(
        "en",
        EN_IN2,
        DENGUE,
        "Press Trust of India",
        PTI,
        "pti-dateline-codes",
        dateline("Kozhikode, Mar 11 (PTI)"),
        note_line("PTI TGB KH", cls="pti-codes"),
    ),
    wire(
        "en",
        EN_IN5,
        DENGUE,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-signoff-slug",
        dateline("Kozhikode, March 11 (IANS)"),
        note_line("--IANS", cls="ians"),
        note_line("ps/rad", cls="ians-slug"),
    ),
    wire(
        "en",
        EN_IN3,
        DENGUE,
        "Press Trust of India",
        PTI,
        "with-pti-inputs-block-note",
        wpb_note("With PTI inputs"),
        note="a staff rewrite whose only reporting is PTI's",
    ),
    wire(
        "en",
        EN_GH1,
        NETS,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("ACCRA, March 11 (Reuters) -"),
        tail("(Reporting by Kwame Ofori-Atta; Editing by Sharon Blake)"),
    ),
    wire(
        "en",
        EN_GH2,
        NETS,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Tamale (Ghana) (AFP) -"),
        note_line("kab/ri/mch", cls="afp-slug"),
    ),
    wire(
        "en",
        EN_YAH,
        NETS,
        "Reuters",
        RTR,
        "partner-provided-by-reuters",
        provider("Reuters", "Kwame Ofori-Atta"),
    ),
    wire(
        "en",
        EN_RADIO,
        FERRY,
        "Associated Press",
        AP,
        "ap-byline-trailer-radio",
        by("By ISLA FERGUSON Associated Press", cls="Page-authors"),
        dateline("KILBRANNAN, Scotland (AP) —"),
        small_print(AP_TRAILER),
    ),
    case(
        "out_of_table",
        "en",
        EN_UNI,
        NETS,
        "Ghana News Agency",
        ["Ghana News Agency", "GNA", "gna.org.gh"],
        "gna-dateline-only",
        dateline("Tamale, March 11, GNA -"),
        note="GNA is a wire outside the table, filed `out_of_table` as the earlier sets file it; its dateline is the only sign",
    ),
    wire(
        "en",
        EN_IN1,
        DENGUE,
        "ANI",
        ["ANI", "Asian News International"],
        "ani-dateline-tag",
        dateline("Kozhikode (Kerala) [India], March 11 (ANI):"),
        in_last_p("(ANI)"),
    ),
    # ======================= English: own pages =======================
    own(
        "en",
        OWN_DMR,
        LEVEE,
        "own-usatn-byline",
        gannett_byline("Jordan Vance", "Des Moines Register"),
        note="the paper's own byline naming itself, on its own site",
    ),
    own(
        "en",
        OWN_KCCI,
        LEVEE,
        "own-hearst-copyright",
        small_print("Copyright 2026 by KCCI. All rights reserved."),
    ),
    own(
        "en",
        OWN_RECORD,
        FERRY,
        "own-record-byline-newsletter",
        by("By Hamish Reid, Daily Record", cls="Byline_byline__rp", credit=False),
        tail(
            "Join the Daily Record's WhatsApp community here and get the latest news sent straight to your messages."
        ),
    ),
    own(
        "en",
        OWN_HERALD,
        FERRY,
        "own-herald-byline",
        by("By Catriona Bell, Transport Correspondent", cls="byline", credit=False),
    ),
    own(
        "en",
        OWN_BW,
        PLANT,
        "own-business-wire-dateline",
        dateline("TIFTON, Ga.--(BUSINESS WIRE)--"),
        release_source("Volterra Cycle Inc."),
        note="the release on Business Wire's own site",
    ),
    own(
        "en",
        OWN_MANORAMA,
        DENGUE,
        "own-onmanorama-byline",
        by("Onmanorama Staff", cls="byline", credit=False),
    ),
    own(
        "en",
        OWN_CITI,
        NETS,
        "own-citi-source-line",
        jby("Citi Newsroom", credit=False),
        tail("Source: citinewsroom.com"),
        note="the outlet's own 'Source:' line on its own site",
    ),
    # ======================= English: other null pages =======================
    nul(
        "negative_mention",
        "en",
        EN_GAN1,
        LEVEE,
        "usatn-contributing",
        bysite("By Tess Nordquist"),
        tail("Contributing: Jordan Vance, Des Moines Register", tag="em"),
        note="the chain's 'Contributing:' line under a staff reporter's story names a colleague and a paper that helped: null, as 'The Associated Press contributed to this report.' is in the earlier sets",
    ),
    nul(
        "negative_mention",
        "en",
        EN_LEE1,
        LEVEE,
        "lead-kcci-reported",
        lead("The levee vote was first reported Monday night by KCCI."),
    ),
    nul(
        "negative_mention",
        "en",
        EN_NGO2,
        LEVEE,
        "ngo-told-npr",
        keep=(
            "Sandoval told NPR last year that the levee was the oldest on that stretch of the river.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_TV2,
        PLANT,
        "coda-ajc-reported",
        coda(
            "The company's search for a site was first reported by The Atlanta Journal-Constitution."
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_LEE2,
        PLANT,
        "more-from-ap",
        bysite("By Staff"),
        more_from(
            "The Associated Press",
            "Battery makers race to secure lithium",
            "EV sales slow in the South",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_REACH,
        FERRY,
        "comments-name-bbc",
        comments(
            (
                "Morag_K",
                "BBC Scotland had this on last night and still nobody from the ferry company answers.",
            ),
            ("islandlass", "Ninth time. Ninth."),
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK4,
        FERRY,
        "mid-told-the-herald",
        keep=(
            "MacAulay told The Herald last week that the island could not survive another winter like this one.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN1,
        DENGUE,
        "embedded-post-ani",
        tweet(
            "Kerala: Dengue cases rise in Kozhikode, health department steps up fogging",
            "ANI",
            "ANI",
            "March 11, 2026",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN4,
        DENGUE,
        "lead-according-to-times-of-india",
        lead(
            "According to The Times of India, private hospitals in the city are also reporting a sharp rise in admissions."
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_UNI,
        NETS,
        "published-in-lancet",
        coda("The findings were published this month in The Lancet Global Health."),
        note="a journal the study appeared in",
    ),
    nul(
        "negative_mention",
        "en",
        EN_NGO,
        NETS,
        "author-card-bbc",
        author_card(
            "Efua Mensah",
            "Efua Mensah leads communications at Nets for Children. She previously reported for the BBC and Reuters.",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_GAN1,
        LEVEE,
        "caption-usa-today-network",
        bysite("By Tess Nordquist"),
        figure(
            "Sandbags line Front Street in Harlan Ferry on Monday. Jordan Vance/USA TODAY NETWORK"
        ),
        note="the chain's photo credit naming itself: a caption",
    ),
    nul(
        "negative_caption",
        "en",
        EN_TV3,
        PLANT,
        "caption-ap-photo",
        figure(
            "An aerial view of the Tift County industrial park, Tuesday, March 10, 2026, in Tifton, Ga. (AP Photo/Rey Alvarado)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_REACH,
        FERRY,
        "caption-pa",
        figure("The ferry at the island slipway. Image: Andrew Milligan/PA Wire"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_IN5,
        DENGUE,
        "caption-pti-photo",
        figure("Health workers carry out fogging in Feroke. (PTI Photo)"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_NGO,
        NETS,
        "data-table-ghs",
        data_table(
            "Malaria cases in children under 10, per 1,000",
            "Source: Ghana Health Service district data",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_NGO2,
        LEVEE,
        "video-credit-kcci",
        video_caption("Video: KCCI"),
    ),
    nul("no_credit", "en", EN_GH1, NETS, "staff-byline", jby("Tamale Pulse Desk", credit=False)),
    nul(
        "no_credit",
        "en",
        EN_PR1,
        PLANT,
        "release-source-only",
        release_source("Volterra Cycle Inc."),
        note="a release posted by the portal itself, closed by the issuer's 'SOURCE' line",
    ),
    nul(
        "no_credit",
        "en",
        EN_UNI2,
        PLANT,
        "university-communications",
        bysite("By University Communications"),
    ),
    nul("no_credit", "en", EN_UK3, FERRY, "scraper-admin", bysite("By admin")),
    # ======================= Spanish =======================
    case(
        "in_table",
        "es",
        ES2,
        ES,
        "El País",
        ["El País", "El Pais", "elpais.com"],
        "jnews-fuente",
        jnews_field(
            "Fuente:",
            "El País",
            "https://elpais.com/espana/galicia/2026-03-10/percebeiros-arnela-furtivos.html",
        ),
    ),
    case(
        "out_of_table",
        "es",
        ES1,
        ES,
        "Faro de Vigo",
        ["Faro de Vigo", "farodevigo.es"],
        "prensa-iberica-sister",
        tail("Esta noticia se publicó originalmente en Faro de Vigo.", tag="em"),
        note="a sister title of the same chain",
    ),
    wire(
        "es",
        ES2,
        ES,
        "Europa Press",
        ["Europa Press", "europapress.es"],
        "europa-press-dateline",
        dateline("ARNELA (A CORUÑA), 10 (EUROPA PRESS)"),
        by("Europa Press Galicia", cls="jeg_meta_author"),
        note="the regional desk's byline is a credit line; the dateline is kept",
    ),
    own(
        "es",
        OWN_LAVOZ,
        ES,
        "own-la-voz-byline",
        by("Redacción / La Voz", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "es",
        ES3,
        ES,
        "mid-declaraciones-cadena-ser",
        keep=(
            "En declaraciones a Radio Galicia, la patrona de la cofradía pidió más vigilancia en invierno.",
        ),
    ),
    nul(
        "negative_caption",
        "es",
        ES1,
        ES,
        "caption-efe",
        figure("Percebeiros en las rocas de Arnela. EFE/Lavandeira"),
    ),
    # ======================= German =======================
    case(
        "in_table",
        "de",
        DE3,
        DE,
        "Süddeutsche Zeitung",
        ["Süddeutsche Zeitung", "SZ", "sueddeutsche.de"],
        "quelle-linked",
        rich(
            "tail",
            "Quelle: ",
            (
                "Süddeutsche Zeitung",
                "https://www.sueddeutsche.de/panorama/hallenbad-schliessung-1.7012345",
            ),
        ),
    ),
    case(
        "out_of_table",
        "de",
        DE1,
        DE,
        "RedaktionsNetzwerk Deutschland",
        ["RedaktionsNetzwerk Deutschland", "RND", "rnd.de"],
        "rnd-byline",
        by("Von Hanna Oltmanns/RND", cls="Byline_byline__rnd"),
        note="a Madsack paper running its network's story; RND is outside the table",
    ),
    case(
        "out_of_table",
        "de",
        DE2,
        DE,
        "Aller-Zeitung",
        ["Aller-Zeitung", "Aller Zeitung", "az-online.de"],
        "typo3-related-original",
        t3_link(
            "Weiterführende Links",
            "Zum Originalartikel der Aller-Zeitung",
            "https://www.az-online.de/lokales/hallenbad-wesendorf-nord.html",
        ),
    ),
    wire(
        "de",
        DE1,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur", "DPA"],
        "dpa-dateline-lni-infocom",
        dateline("Wesendorf (dpa/lni) -"),
        note_line("dpa-infocom, dpa:260310-930-412919/1", cls="dpa-ref"),
    ),
    nul(
        "negative_mention",
        "de",
        DE3,
        DE,
        "mid-dem-ndr-sagte",
        keep=(
            "Dem NDR sagte Bode, die Ortsgruppe werde notfalls im Freibad der Nachbarstadt üben.",
        ),
    ),
    nul(
        "no_credit",
        "de",
        DE2,
        DE,
        "typo3-author-pressestelle",
        t3_author("Pressestelle", "von", credit=False),
    ),
    # ======================= French =======================
    case(
        "in_table",
        "fr",
        FR2,
        FR,
        "franceinfo",
        ["franceinfo", "France Info", "France 3 Grand Est", "francetvinfo.fr"],
        "jnews-source-france3",
        jnews_field(
            "Source :",
            "France 3 Grand Est",
            "https://france3-regions.francetvinfo.fr/grand-est/moselle/maternite-saint-auberic.html",
        ),
        note="France 3's regional site publishes on francetvinfo.fr, filed under franceinfo",
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "Le Républicain Lorrain",
        ["Le Républicain Lorrain", "Républicain Lorrain", "republicain-lorrain.fr"],
        "source-block-terms",
        wpb_terms(
            "Source :", "Le Républicain Lorrain", "/source/le-republicain-lorrain/", "source"
        ),
    ),
    wire(
        "fr",
        FR1,
        FR,
        "AFP",
        AFP,
        "avec-afp-block-note",
        wpb_note("(Avec AFP)", tag=""),
    ),
    wire(
        "fr",
        FR2,
        FR,
        "AFP",
        AFP,
        "afp-dateline-slug-fr",
        jby("AFP", credit=False),
        dateline("Saint-Aubéric (AFP) -"),
        note_line("cor-ppy/ab/swi", cls="afp-slug"),
        note="AFP's one-word author slot is too short to be a credit line; the desk slug is one, the dateline is kept",
    ),
    own(
        "fr",
        OWN_RL,
        FR,
        "own-rl-byline",
        by("Par la rédaction de Sarreguemines", cls="byline", credit=False),
        tail("Le Républicain Lorrain est disponible sur Google Actualités : suivez-nous."),
    ),
    nul(
        "negative_mention",
        "fr",
        FR3,
        FR,
        "lead-selon-france-bleu",
        lead(
            "Selon France Bleu Lorraine Nord, une pétition a déjà recueilli plus de 6 000 signatures."
        ),
    ),
    nul(
        "negative_caption",
        "fr",
        FR2,
        FR,
        "caption-photo-rl",
        figure("L'entrée de l'hôpital de Saint-Aubéric. Photo RL/Julien Weber"),
    ),
    # ======================= Portuguese =======================
    case(
        "in_table",
        "pt",
        PT2,
        PT,
        "Folha de S.Paulo",
        ["Folha de S.Paulo", "Folha", "folha.uol.com.br"],
        "tagdiv-fonte-folha",
        td_source(
            "FONTE",
            "Folha de S.Paulo",
            "https://www1.folha.uol.com.br/cotidiano/2026/03/ponte-tibagi-interditada.shtml",
        ),
    ),
    case(
        "out_of_table",
        "pt",
        PT1,
        PT,
        "Folha de Londrina",
        ["Folha de Londrina", "folhadelondrina.com.br"],
        "com-informacoes-da-block-note",
        wpb_note("Com informações da Folha de Londrina."),
    ),
    wire(
        "pt",
        PT1,
        PT,
        "Agência Brasil",
        ["Agência Brasil", "Agencia Brasil"],
        "agencia-brasil-cc",
        wpb_note("Com conteúdo da Agência Brasil, sob licença Creative Commons CC BY 4.0."),
    ),
    own(
        "pt",
        OWN_FOLHALON,
        PT,
        "own-folha-londrina-whatsapp",
        by("Por Redação Folha", cls="Byline_byline__fl", credit=False),
        tail("Receba as notícias da Folha de Londrina no seu WhatsApp."),
    ),
    nul(
        "negative_mention",
        "pt",
        PT2,
        PT,
        "mid-em-entrevista-rpc",
        keep=(
            "Em entrevista à RPC, o prefeito de Campo Sereno disse que o desvio não suporta o tráfego de caminhões.",
        ),
    ),
    # ======================= Russian =======================
    case(
        "in_table",
        "ru",
        RU2,
        RU,
        "RT",
        ["RT", "Russia Today", "rt.com"],
        "po-materialam-rt",
        tail("По материалам RT", tag="em"),
    ),
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Татар-информ",
        ["Татар-информ", "ИА «Татар-информ»", "tatar-inform.ru"],
        "bitrix-istochnik",
        note_line("Источник: ИА «Татар-информ»", cls="news-detail__source"),
        note="answered without the agency prefix and the quotation marks",
    ),
    wire(
        "ru",
        RU2,
        RU,
        "TASS",
        ["TASS", "ТАСС", "ITAR-TASS"],
        "tass-dateline-source",
        dateline("КАЗАНЬ, 10 марта. /ТАСС/."),
        tail("Источник: ТАСС"),
    ),
    nul(
        "negative_mention",
        "ru",
        RU1,
        RU,
        "lead-soobshchil-tnv",
        lead("Как сообщил телеканал ТНВ, первые трубы уже завезли на площадку у села."),
    ),
    nul(
        "negative_caption",
        "ru",
        RU2,
        RU,
        "caption-ria",
        figure("Газопровод в Заречном районе. Фото: РИА Новости"),
    ),
    # ======================= Chinese =======================
    case(
        "in_table",
        "zh",
        ZH1,
        ZH,
        "People's Daily",
        ["People's Daily", "人民日报", "人民网", "people.com.cn"],
        "cn-source-people",
        cn_source("人民日报", "记者 韦晓宁"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH3,
        ZH,
        "广西日报",
        ["广西日报", "gxrb.com.cn"],
        "cn-source-guangxi-daily",
        cn_source("广西日报", "记者 蒙丽华"),
    ),
    wire(
        "zh",
        ZH2,
        ZH,
        "Xinhua",
        ["Xinhua", "新华社", "Xinhua News Agency"],
        "xinhua-dateline-source",
        cn_source("新华社", "记者 覃星"),
        dateline("新华社南宁3月12日电（记者 覃星）"),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH1,
        ZH,
        "caption-cn-photo",
        figure("那坡村蔗农在收割甘蔗。（图片来源：县融媒体中心）"),
    ),
    nul(
        "no_credit",
        "zh",
        ZH2,
        ZH,
        "cn-source-own",
        cn_source("本站原创", "县融媒体中心", credit=False),
    ),
    # ======================= Japanese =======================
    case(
        "in_table",
        "ja",
        JA2,
        JA,
        "NHK",
        ["NHK", "NHK NEWS WEB", "NHK新潟放送局", "nhk.or.jp"],
        "aggregator-row-nhk",
        source_row("NHK新潟放送局", "3/12(木) 17:30"),
        note="answered by the table's NHK",
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "新潟日報",
        ["新潟日報", "新潟日報デジタルプラス", "niigata-nippo.co.jp"],
        "aggregator-row-nippo",
        source_row("新潟日報", "3/12(木) 18:05"),
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        ["Kyodo News", "共同通信", "Kyodo"],
        "kyodo-end-tag",
        in_last_p("（共同）"),
    ),
    own(
        "ja",
        OWN_NIPPO,
        JA,
        "own-nippo-bureau",
        by("十日町支局", cls="byline", credit=False),
        tail("（新潟日報）"),
        note="the paper's own end tag on its own page",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-bsn-interview",
        keep=("町長はＢＳＮ新潟放送の取材に対し、除雪の人手不足が深刻だと語った。",),
    ),
    # ======================= Arabic =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Al Jazeera",
        ["Al Jazeera", "الجزيرة نت", "الجزيرة", "aljazeera.net"],
        "almasdar-aljazeera",
        tail("المصدر: الجزيرة نت", tag="strong"),
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "هسبريس",
        ["هسبريس", "Hespress", "hespress.com"],
        "naqlan-an-block-note",
        wpb_note("نقلاً عن هسبريس", tag=""),
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "وكالة المغرب العربي للأنباء",
        ["وكالة المغرب العربي للأنباء", "و م ع", "MAP", "Maghreb Arabe Presse", "mapexpress.ma"],
        "map-tag-after-final",
        in_last_p("(و م ع)"),
        note="Morocco's agency (MAP), outside the table, filed `out_of_table` as the earlier sets file wires outside it; its tag after the final sentence is the credit line",
    ),
    own(
        "ar",
        OWN_HESPRESS,
        AR,
        "own-hespress-byline",
        by("هسبريس - الحسين أيت", cls="byline", credit=False),
    ),
    nul(
        "negative_mention",
        "ar",
        AR1,
        AR,
        "mid-tasrih-2m",
        keep=("وفي تصريح لقناة 2M، قال رئيس الجماعة إن المشروع ينتظر التمويل منذ سنتين.",),
    ),
    nul(
        "negative_caption",
        "ar",
        AR2,
        AR,
        "caption-map-photo",
        figure("بئر جافة في دوار إيمي نتاكات. (صورة: و م ع)"),
    ),
    # ======================= Italian =======================
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "Corriere della Sera",
        ["Corriere della Sera", "Corriere", "corriere.it"],
        "jnews-fonte-corriere",
        jnews_field(
            "Fonte:",
            "Corriere della Sera",
            "https://www.corriere.it/cronache/26_marzo_10/funivia-monte-coltrondo.shtml",
        ),
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "Corriere delle Alpi",
        ["Corriere delle Alpi", "corrierealpi.it"],
        "typo3-articolo-originale",
        t3_link(
            "Link correlati",
            "Articolo originale sul Corriere delle Alpi",
            "https://www.corrierealpi.it/belluno/cronaca/2026/03/10/funivia-coltrondo-riapre",
        ),
    ),
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline-copyright",
        t3_author("ANSA", "di", credit=False),
        dateline("(ANSA) - BELLUNO, 10 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    own(
        "it",
        OWN_CALPI,
        IT,
        "own-corriere-alpi-byline",
        by("di Paola Dal Farra", cls="Byline_byline__ca", credit=False),
        tail("© Riproduzione riservata"),
    ),
    nul(
        "negative_mention",
        "it",
        IT2,
        IT,
        "mid-ai-microfoni-tgr",
        keep=(
            "Ai microfoni della Tgr Veneto il sindaco ha parlato di una giornata storica per la valle.",
        ),
    ),
    # ======================= Indonesian =======================
    case(
        "in_table",
        "id",
        ID2,
        ID,
        "Antara",
        ["Antara", "ANTARA", "antaranews.com"],
        "jnews-sumber-antara-news",
        jnews_field(
            "Sumber:",
            "Antaranews Sumbar",
            "https://sumbar.antaranews.com/berita/2026/kebakaran-pasar-lubuk-sianok",
        ),
        note="a regional Antara news site, answered by the agency's name; filed in_table as a credit of the table's Antara",
    ),
    case(
        "out_of_table",
        "id",
        ID1,
        ID,
        "Tribunpadang.com",
        ["Tribunpadang.com", "Tribun Padang", "padang.tribunnews.com"],
        "tribun-telah-tayang",
        wpb_note(
            "Artikel ini telah tayang di Tribunpadang.com dengan judul Kebakaran Hanguskan 140 Kios di Pasar Lubuk Sianok.",
            tag="",
        ),
        note="a Tribun network site's line, answered as written",
    ),
    wire(
        "id",
        ID2,
        ID,
        "Antara",
        ["Antara", "ANTARA", "antaranews.com"],
        "antara-dateline-copyright",
        dateline("Lubuk Basung (ANTARA) -"),
        small_print("Copyright © ANTARA 2026"),
    ),
    nul(
        "negative_mention",
        "id",
        ID1,
        ID,
        "lead-dikutip-dari-kompas",
        lead(
            "Seperti diberitakan Kompas.com sebelumnya, pasar itu juga pernah terbakar pada 2019."
        ),
    ),
    nul(
        "negative_caption",
        "id",
        ID2,
        ID,
        "caption-antara-foto",
        figure("Petugas memadamkan api di Pasar Lubuk Sianok. ANTARA FOTO/Iggoy el Fitra"),
    ),
    # ======================= Turkish =======================
    case(
        "in_table",
        "tr",
        TR2,
        TR,
        "Anadolu Agency",
        ["Anadolu Agency", "Anadolu Ajansı", "AA", "aa.com.tr"],
        "kaynak-aa-block-terms",
        wpb_terms("Kaynak:", "Anadolu Ajansı", "/kaynak/anadolu-ajansi/", "kaynak"),
        note="an agency credited in a source field, not in wire form: in the table",
    ),
    case(
        "out_of_table",
        "tr",
        TR1,
        TR,
        "Karadeniz Gazetesi",
        ["Karadeniz Gazetesi", "karadenizgazete.com.tr"],
        "tagdiv-kaynak-paper",
        td_source(
            "KAYNAK",
            "Karadeniz Gazetesi",
            "https://www.karadenizgazete.com.tr/findik-ureticisi-dusuk-fiyat",
        ),
    ),
    wire(
        "tr",
        TR1,
        TR,
        "İhlas Haber Ajansı",
        ["İhlas Haber Ajansı", "IHA", "İHA"],
        "iha-dateline",
        dateline("KARADERE (İHA) –"),
        note_line("Kaynak: İHA", cls="kaynak"),
    ),
    nul(
        "negative_mention",
        "tr",
        TR2,
        TR,
        "mid-trt-haber",
        keep=(
            "Ziraat odası başkanı TRT Haber'e yaptığı açıklamada taban fiyatın erken açıklanmasını istedi.",
        ),
    ),
    nul(
        "negative_caption",
        "tr",
        TR1,
        TR,
        "caption-dha",
        figure("Karadere'de fındık bahçeleri. (Fotoğraf: DHA)"),
    ),
    # ======================= Hindi =======================
    case(
        "in_table",
        "hi",
        HI1,
        HI,
        "Dainik Jagran",
        ["Dainik Jagran", "दैनिक जागरण", "jagran.com"],
        "sabhar-jagran",
        tail("साभार: दैनिक जागरण", tag="strong"),
    ),
    case(
        "out_of_table",
        "hi",
        HI2,
        HI,
        "प्रभात खबर",
        ["प्रभात खबर", "Prabhat Khabar", "prabhatkhabar.com"],
        "srot-block-terms",
        wpb_terms("स्रोत:", "प्रभात खबर", "/source/prabhat-khabar/", "source"),
    ),
    wire(
        "hi",
        HI2,
        HI,
        "Press Trust of India",
        ["Press Trust of India", "PTI", "भाषा", "पीटीआई-भाषा"],
        "bhasha-dateline-slug",
        dateline("सुपौल, 11 मार्च (भाषा)"),
        note_line("भाषा राजेश मनीषा", cls="bhasha"),
    ),
    nul(
        "negative_mention",
        "hi",
        HI1,
        HI,
        "mid-aajtak-se-baatcheet",
        keep=(
            "आजतक से बातचीत में प्रखंड सहकारिता पदाधिकारी ने देरी के लिए गोदामों की कमी को जिम्मेदार बताया।",
        ),
    ),
    nul(
        "no_credit",
        "hi",
        HI2,
        HI,
        "agency-inputs-hi",
        wpb_note("(एजेंसी इनपुट के साथ)", tag=""),
        note="names no agency",
    ),
    # ======================= Korean =======================
    case(
        "in_table",
        "ko",
        KO2,
        KO,
        "Yonhap",
        ["Yonhap", "연합뉴스", "Yonhap News Agency"],
        "chulcheo-yonhap",
        tail("<출처: 연합뉴스>"),
    ),
    case(
        "out_of_table",
        "ko",
        KO1,
        KO,
        "광주일보",
        ["광주일보", "kwangju.co.kr"],
        "chulcheo-kwangju",
        tail("출처: 광주일보"),
    ),
    wire(
        "ko",
        KO1,
        KO,
        "Newsis",
        ["Newsis", "뉴시스"],
        "newsis-dateline-trailer",
        dateline("[보성=뉴시스] 박상철 기자 ="),
        small_print("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포, AI학습 및 활용 금지>"),
    ),
    own(
        "ko",
        OWN_KWANGJU,
        KO,
        "own-kwangju-copyright",
        by("보성=김민수 기자", cls="byline", credit=False),
        small_print("ⓒ 광주일보 무단전재 및 재배포 금지"),
    ),
    nul(
        "negative_mention",
        "ko",
        KO2,
        KO,
        "mid-kbs-interview",
        keep=('보성군 관계자는 KBS와의 통화에서 "내년에는 사정이 더 나빠질 수 있다"고 말했다.',),
    ),
    nul(
        "negative_caption",
        "ko",
        KO1,
        KO,
        "caption-jegong",
        figure("보성군 한 보건지소의 모습. [보성군 제공. 재판매 및 DB 금지]"),
    ),
]
