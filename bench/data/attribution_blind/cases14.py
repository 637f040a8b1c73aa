# ruff: noqa: E501, RUF001
"""Sites and cases of the fourteenth blind set (cases_2026-12-16.jsonl).

Written from newsroom conventions without reading the attribution code. A sixth independent
representative sample of the open web, about half English and half thirteen other languages:
US local papers and TV sites running AP, The Hill and nonprofit copy under Creative Commons;
UK local sites running PA; Indian portals running PTI, UNI, IANS and Reuters; Ghanaian portals
and blogs running GNA, AP, Reuters, AFP, Xinhua and Bloomberg; Australian regional sites
running AAP and ABC copy; scraper sites, aggregators and a partner portal; and regional sites
in each other language running their agencies. Each page's convention is drawn about as often
as a crawler of ordinary news feeds meets it, whether or not an earlier set used it, and a
credited page carries every line that credits its original where real pages do (a byline
naming the outlet, a trailer, a house sign-off). Append only: ids follow list order within
(category, language).
"""

from __future__ import annotations

from html import escape

from cases6 import blogger_div, by, bysite, chrome_after, nul, own, wire
from cases8 import (
    AFP,
    AP,
    PTI,
    RTR,
    appeared_first,
    comments,
    provider,
    related,
    source_row,
    td_source,
    tnt,
)
from cases9 import data_table, go_to_source, jnews_field, lines
from cases11 import note_line, small_print
from chrome8 import site_registry
from model3 import Case3, Part, Site3, case, dateline, figure, head, meta, raw, tail
from model4 import canonical, labelled, rich, signoff
from model5 import cell, coda, in_last_p, lead

SITES14: dict[str, Site3] = {}


_s = site_registry(SITES14)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


def cc_first_appeared(outlet: str, href: str, licence: str) -> Part:
    """The line the Creative Commons sharing plugin of many nonprofit newsrooms (Newspack's
    "Republish this story") pastes under a republished story, with its tracking pixel."""
    html = (
        f'<p>This article first appeared on <a href="{escape(href)}">{escape(outlet, quote=False)}</a>'
        f" and is republished here under a {escape(licence, quote=False)}.</p>"
        f'<img id="republication-tracker-tool-source" src="https://{href.split("/")[2]}/?republication-pixel=true&amp;post=58{len(outlet) * 1013}" style="width:1px;height:1px;">'
    )
    return raw(
        "tail",
        f"This article first appeared on {outlet} and is republished here under a {licence}.",
        html,
    )


def republish_modal(outlet: str) -> Part:
    """The "Republish this story" box on a nonprofit newsroom's own page: the text it offers to
    republishers is on the page (in a closed modal), naming the outlet itself. Chrome."""
    text = f"Republish this story. This article first appeared on {outlet} and is republished here under a Creative Commons license."
    html = (
        '<div class="republish-modal" role="dialog" aria-hidden="true"><h2>Republish this story</h2>'
        f"<textarea readonly>&lt;p&gt;This article first appeared on {escape(outlet, quote=False)} and is republished here under a Creative Commons license.&lt;/p&gt;</textarea>"
        "<button>Copy to clipboard</button></div>"
    )
    return chrome_after(html, text)


def photo_handout(caption: str) -> Part:
    return figure(caption)


# ---------------------------------------------------------------- sites
# English, by the story they mostly carry: PFAS in a Michigan township, cliff-top homes on
# England's east coast, a heatwave in Uttar Pradesh, cocoa in Ghana, a flood levee in Queensland.
EN_BLOX1 = _s("tavistockherald.com", "The Tavistock Herald", "blox")
EN_BLOX2 = _s("bellmorecountyjournal.com", "Bellmore County Journal", "blox")
EN_TV1 = _s("wmlk4.com", "WMLK 4", "wp")
EN_TV2 = _s("wbcq7.com", "WBCQ 7 Action News", "brightspot")
EN_GH = _s("wellwaterwatch.com", "Well Water Watch", "ghost", "wellwaterwatch.com")
EN_WP1 = _s("usnewsflash24.com", "US News Flash 24", "wp")
EN_AG = _s("newsstackr.app", "Newsstackr", "aggregator", "newsstackr.app")
EN_BG1 = blog("michiganwaterwatch.blogspot.com", "Michigan Water Watch")
EN_NGO = _s("cleanwellsmichigan.org", "Clean Wells Michigan", "wp")
EN_UK1 = _s("holdernessdailynews.co.uk", "Holderness Daily News", "wp")
EN_UK2 = _s("eastridingecho.co.uk", "East Riding Echo", "drupal")
EN_UK3 = blog("coastalerosionwatch.blogspot.com", "Coastal Erosion Watch")
EN_WP2 = _s("britishnewshub24.com", "British News Hub 24", "wp")
EN_IN1 = _s("devgarhtimes.in", "Devgarh Times", "regional")
EN_IN2 = _s("upnewsexpress.in", "UP News Express", "tagdiv")
EN_IN3 = _s("bharatheadlines24.com", "Bharat Headlines 24", "jannah")
EN_IN4 = blog("indiadailyscoop.blogspot.com", "India Daily Scoop")
EN_GH1 = _s("westernnorthpost.com", "Western North Post", "jnews")
EN_GH2 = _s("ghanacommoditywatch.com", "Ghana Commodity Watch", "jannah")
EN_GH3 = _s("cocoafarmersvoice.org", "Cocoa Farmers Voice", "wp")
EN_GH4 = blog("accrainfo247.blogspot.com", "Accra Info 247")
EN_GH5 = blog("ghanaagricnews.blogspot.com", "Ghana Agric News")
EN_BIZ = _s("africacommoditiesdesk.com", "Africa Commodities Desk", "bizrepost")
EN_FT = _s("goldcoastbizreport.com", "Gold Coast Biz Report", "wp")
EN_PT = _s("dailybriefportal.com", "DailyBrief", "partner")
EN_AU1 = _s("burnettvalleyleader.com.au", "Burnett Valley Leader", "regional")
EN_AU2 = _s("yarraboolvoice.com.au", "Yarrabool Voice", "wp")
EN_OLD = _s("ozregionalwire.net", "Oz Regional Wire", "oldportal")
OWN_MLIVE = _s("mlive.com", "MLive", "arc")
OWN_BRIDGE = _s("bridgemi.com", "Bridge Michigan", "wp")
OWN_INEWS = _s("inews.co.uk", "The i Paper", "arc", "inews.co.uk")
OWN_JOY = _s("myjoyonline.com", "MyJoyOnline", "wp")
OWN_ABC = _s("abc.net.au", "ABC News", "regional")
OWN_GRAPHIC = _s("graphic.com.gh", "Graphic Online", "drupal")
OWN_TNIE = _s("newindianexpress.com", "The New Indian Express", "regional")
# Spanish (Colombia)
ES1 = _s("santaluciahoy.com.co", "Santa Lucía Hoy", "wp")
ES2 = _s("elcorreodelaladera.com", "El Correo de la Ladera", "jnews")
ES3 = blog("noticiasantioquenas.blogspot.com", "Noticias antioqueñas")
ES4 = _s("portalcafetero.co", "Portal Cafetero", "tagdiv")
OWN_ESPECTADOR = _s("elespectador.com", "El Espectador", "arc")
# German (North Rhine-Westphalia)
DE1 = _s("oberhuelsen-aktuell.de", "Oberhülsen aktuell", "wp")
DE2 = _s("lokalkompass-huelsen.de", "Lokalkompass Hülsen", "localportal")
DE3 = _s("kreisanzeiger-huelsen.de", "Kreisanzeiger Hülsen", "drupal")
OWN_WDR = _s("wdr.de", "WDR", "regional", "www1.wdr.de")
# French (Wallonia)
FR1 = _s("hautvesnes-info.be", "Hautvesnes Info", "wp")
FR2 = _s("condroz-actu.be", "Condroz Actu", "jnews")
OWN_RTBF = _s("rtbf.be", "RTBF", "arc")
# Portuguese (Portugal)
PT1 = _s("azenhanoticias.pt", "Azenha Notícias", "wp")
PT2 = _s("beira-serra-noticias.pt", "Beira Serra Notícias", "tagdiv")
OWN_PUBLICO = _s("publico.pt", "PÚBLICO", "arc")
# Russian (Perm Krai)
RU1 = _s("verhnekamsk-news.ru", "Верхнекамские новости", "bitrix")
RU2 = _s("kedrovka-info.ru", "Кедровка-инфо", "wp")
OWN_KOMMERSANT = _s("kommersant.ru", "Коммерсантъ", "regional")
# Chinese (Hunan)
ZH1 = _s("qinglanxian-zixun.com", "清岚县资讯网", "regional")
ZH2 = _s("qinglan-xinwen.com", "清岚新闻", "wp")
# Japanese
JA1 = _s("shirasagi-news.jp", "白鷺新報", "jpnews")
JA2 = _s("dosanko-matome.net", "道産子ニュースまとめ", "aggregator", "dosanko-matome.net")
OWN_MAINICHI = _s("mainichi.jp", "毎日新聞", "jpnews", "mainichi.jp")
# Arabic (Jordan)
AR1 = _s("wadiramman-news.com", "أخبار وادي الرمان", "jannah")
AR2 = _s("aghwar-alyoum.com", "الأغوار اليوم", "tagdiv")
OWN_GHAD = _s("alghad.com", "الغد", "regional", "alghad.com")
# Italian (Abruzzo)
IT1 = _s("roccamurata-notizie.it", "Roccamurata Notizie", "jnews")
IT2 = _s("valpescara-oggi.it", "Valpescara Oggi", "wp")
# Indonesian (Riau Islands)
ID1 = _s("bintanselatan-pos.com", "Bintan Selatan Pos", "jnews")
ID2 = _s("kepri-lintah.com", "Kepri Lintah", "wp")
# Turkish (Black Sea)
TR1 = _s("kayalidere-haber.com", "Kayalıdere Haber", "tagdiv")
TR2 = _s("yesilcam-koy.com", "Yeşilçam Köy", "jannah")
# Hindi (Bihar)
HI1 = _s("belwaghat-samachar.in", "बेलवा घाट समाचार", "regional")
HI2 = _s("kosianchal-khabar.com", "कोसी अंचल खबर", "wp")
# Korean
KO1 = _s("haeon-news.kr", "해온뉴스", "koportal")
KO2 = _s("haeonilbo.co.kr", "해온일보", "wp")

PFAS, CLIFF, HEAT, COCOA, LEVEE = "pfaswells", "clifftop", "heatschools", "cocoa", "levee"
ES, DE, FR, PT, RU, ZH = "teleferico", "kirchekita", "piscine", "cabras", "fap", "zhibo"
JA, AR, IT, ID, TR, HI, KO = "honya", "sadd", "lupi", "kapal", "heyelan", "pul", "haenyeo"

PFAS_T = (
    "Tavistock Township residents told not to drink well water after PFAS found near old tannery"
)
CLIFF_T = "Last homes on Skelby Ness cliff top to be pulled down as sea closes in"
COCOA_T = "Swollen shoot disease forces Asankrom cocoa farmers to cut down 2,000 hectares"
GNA = ["Ghana News Agency", "GNA", "gna.org.gh"]

CASES14: list[Case3] = [
    # ======================= English: credited copies, in the table =======================
    case(
        "in_table",
        "en",
        EN_GH3,
        COCOA,
        "The Conversation",
        ["The Conversation", "The Conversation Africa", "theconversation.com"],
        "conversation-africa-line-canonical",
        rich(
            "tail",
            "This article is republished from ",
            ("The Conversation Africa", "https://theconversation.com/africa"),
            " under a Creative Commons license. ",
            (
                "Read the original article",
                "https://theconversation.com/swollen-shoot-is-wiping-out-ghanas-oldest-cocoa-farms-241877",
            ),
            ".",
            tag="em",
        ),
        canonical(
            "https://theconversation.com/swollen-shoot-is-wiping-out-ghanas-oldest-cocoa-farms-241877"
        ),
        note="The Conversation's regional edition named in its republishing line, with the canonical the republishing code asks for; answered by the table's name",
    ),
    case(
        "in_table",
        "en",
        EN_TV1,
        PFAS,
        "The Hill",
        ["The Hill", "thehill.com"],
        "nexstar-hill-byline-and-footer",
        by("by: Rachel Delgado, The Hill", cls="article-byline"),
        tail(
            "For the latest news, weather, sports, and streaming video, head to The Hill.",
            tag="em",
        ),
        note="a TV station running The Hill's copy: the byline naming the outlet and the house footer are both credit lines",
    ),
    case(
        "in_table",
        "en",
        EN_WP1,
        PFAS,
        "USA Today",
        ["USA Today", "USA TODAY", "usatoday.com"],
        "usatoday-byline-originally-appeared-footer",
        by("Marisa Kwan, USA TODAY", cls="author-byline"),
        tail(f"This article originally appeared on USA TODAY: {PFAS_T}"),
        ld={
            "isBasedOn": "https://www.usatoday.com/story/news/nation/2026/03/10/michigan-tavistock-township-pfas-wells/82441907007/"
        },
        note="the USA TODAY Network's byline and syndication footer (and isBasedOn) on a scraper site: both lines are credit lines",
    ),
    case(
        "in_table",
        "en",
        EN_GH,
        CLIFF,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "originally-published-at-domain-date",
        tail("Originally published at theguardian.com on March 12, 2026.", tag="em"),
        note="a cross-posting tool's footer naming the domain and date: answered by the table's name (the domain also accepted)",
    ),
    case(
        "in_table",
        "en",
        EN_UK3,
        CLIFF,
        "The Independent",
        ["The Independent", "Independent", "independent.co.uk"],
        "canonical-only",
        canonical(
            "https://www.independent.co.uk/news/uk/home-news/skelby-ness-cliff-homes-demolition-b2712406.html"
        ),
        note="a canonical link to the outlet's page is the only sign of the copy",
    ),
    case(
        "in_table",
        "en",
        EN_WP2,
        CLIFF,
        "Sky News",
        ["Sky News", "news.sky.com"],
        "wprss-source-go-to-source",
        go_to_source(
            "Sky News",
            "https://news.sky.com/story/last-homes-on-skelby-ness-cliff-top-to-be-demolished-13318842",
        ),
        note="an RSS-to-post plugin's source footer",
    ),
    case(
        "in_table",
        "en",
        EN_IN4,
        HEAT,
        "The Times of India",
        ["The Times of India", "Times of India", "TOI"],
        "source-abbreviation-and-original-source-meta",
        tail("Source: TOI"),
        meta(
            '<meta name="original-source" content="https://timesofindia.indiatimes.com/city/lucknow/devgarh-schools-to-shut-by-11am/articleshow/118842109.cms">'
        ),
        note="the outlet's abbreviation, with Google's old original-source meta tag",
    ),
    case(
        "in_table",
        "en",
        EN_IN2,
        HEAT,
        "The Indian Express",
        ["The Indian Express", "Indian Express", "indianexpress.com"],
        "source-link-anchor",
        rich(
            "tail",
            (
                "Source link",
                "https://indianexpress.com/article/cities/lucknow/devgarh-schools-close-11-am-heatwave-9871254/",
            ),
        ),
        note="an autoblogging plugin's 'Source link': only the link's address names the outlet",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        COCOA,
        "Bloomberg",
        ["Bloomberg", "Bloomberg News", "bloomberg.com"],
        "bloomberg-provider-dateline-copyright",
        provider("Bloomberg", "Yaw Asante-Darko"),
        dateline("(Bloomberg) --"),
        small_print("©2026 Bloomberg L.P."),
        note="Bloomberg copy on a partner portal: the provider strip and the copyright line are credit lines, the '(Bloomberg) --' dateline is kept",
    ),
    case(
        "in_table",
        "en",
        EN_GH5,
        COCOA,
        "Al Jazeera",
        ["Al Jazeera", "Aljazeera", "Al-Jazeera"],
        "credit-run-together-spelling",
        tail("Credit: Aljazeera", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        EN_AU1,
        LEVEE,
        "ABC Australia",
        [
            "ABC Australia",
            "ABC News Australia",
            "Australian Broadcasting Corporation",
            "abc.net.au",
        ],
        "abc-bureau-byline-first-published",
        by("By Georgie Hewson, ABC Wide Bay", cls="post-author"),
        rich(
            "tail",
            "This story was first published by ",
            (
                "ABC News",
                "https://www.abc.net.au/news/2026-03-12/yarrabool-flood-levee-funding-approved/105041236",
            ),
            ".",
            tag="em",
        ),
        note="'ABC News' on an Australian page, linked to abc.net.au, with an ABC regional bureau in the byline: the Australian broadcaster, not the US network the table files under that name",
    ),
    case(
        "in_table",
        "en",
        EN_FT,
        COCOA,
        "Financial Times",
        ["Financial Times", "FT", "The Financial Times"],
        "ft-copyright-notice",
        small_print(
            "Copyright The Financial Times Limited 2026. All rights reserved. Please do not copy and paste FT articles and redistribute by email or post to the web."
        ),
    ),
    case(
        "in_table",
        "en",
        EN_NGO,
        PFAS,
        "Mother Jones",
        ["Mother Jones", "motherjones.com"],
        "climate-desk-collaboration",
        tail(
            "This story was originally published by Mother Jones and is reproduced here as part of the Climate Desk collaboration.",
            tag="em",
        ),
        note="the Climate Desk partners' line: the outlet it names is the answer, not the collaboration",
    ),
    # ======================= English: credited copies, outside the table =======================
    case(
        "out_of_table",
        "en",
        EN_BLOX2,
        PFAS,
        "Bridge Michigan",
        ["Bridge Michigan", "bridgemi.com"],
        "cc-first-appeared-byline",
        tnt("By Kelly Marchand, Bridge Michigan"),
        cc_first_appeared(
            "Bridge Michigan",
            "https://bridgemi.com/michigan-environment-watch/tavistock-township-pfas-wells/",
            "Creative Commons Attribution-NoDerivatives 4.0 International License",
        ),
        note="a nonprofit's byline and the Creative Commons sharing plugin's line: both credit lines",
    ),
    case(
        "out_of_table",
        "en",
        EN_BG1,
        PFAS,
        "Detroit Free Press",
        ["Detroit Free Press", "Free Press", "freep.com"],
        "usatoday-network-byline-head-footer",
        head("Daniel Okoro, Detroit Free Press", tag="strong"),
        tail(f"This article originally appeared on Detroit Free Press: {PFAS_T}"),
        note="the USA TODAY Network footer names the member paper: the paper is the answer, not USA TODAY",
    ),
    case(
        "out_of_table",
        "en",
        EN_AG,
        PFAS,
        "MLive",
        ["MLive", "MLive.com", "mlive.com"],
        "aggregator-source-row",
        source_row("MLive", "5h"),
    ),
    case(
        "out_of_table",
        "en",
        EN_UK1,
        CLIFF,
        "Hull Live",
        ["Hull Live", "HullLive", "Hull Daily Mail", "hulldailymail.co.uk"],
        "source-tail",
        tail("Source: Hull Live"),
    ),
    case(
        "out_of_table",
        "en",
        EN_UK2,
        CLIFF,
        "The Yorkshire Post",
        ["The Yorkshire Post", "Yorkshire Post", "yorkshirepost.co.uk"],
        "first-appeared-in-and-byline",
        by("By Ruth Askew, The Yorkshire Post"),
        tail("This article first appeared in The Yorkshire Post.", tag="em"),
    ),
    case(
        "out_of_table",
        "en",
        EN_IN3,
        HEAT,
        "The Pioneer",
        ["The Pioneer", "Pioneer", "dailypioneer.com"],
        "courtesy-inline-last-paragraph",
        in_last_p("(Courtesy: The Pioneer)"),
        note="the credit typed after the final sentence, in brackets",
    ),
    case(
        "out_of_table",
        "en",
        EN_IN1,
        HEAT,
        "The New Indian Express",
        ["The New Indian Express", "New Indian Express", "TNIE", "newindianexpress.com"],
        "source-near-homonym",
        tail("Source: The New Indian Express", tag="em"),
        note="not The Indian Express, which the table holds: a near-homonym outside it",
    ),
    case(
        "out_of_table",
        "en",
        EN_GH3,
        COCOA,
        "Ghana News Agency",
        GNA,
        "gna-byline-dateline",
        by("By Kwabena Adu-Gyamfi, GNA"),
        dateline("Asankrom (WNR), March 10, GNA -"),
        note="Ghana's national wire, outside the table, filed out_of_table as the eighth set files such wires; its byline is a credit line, its dateline is kept",
    ),
    case(
        "out_of_table",
        "en",
        EN_GH4,
        COCOA,
        "citinewsroom.com",
        ["citinewsroom.com", "Citi Newsroom"],
        "source-bare-domain-head",
        head("Source: citinewsroom.com", tag="em"),
        note="a bare domain, answered as written (its registrable domain)",
    ),
    case(
        "out_of_table",
        "en",
        EN_FT,
        COCOA,
        "Asaase Radio",
        ["Asaase Radio", "asaaseradio.com"],
        "yoast-rss-footer",
        appeared_first(
            COCOA_T,
            "Asaase Radio",
            "https://asaaseradio.com/2026/03/10/swollen-shoot-disease-forces-asankrom-cocoa-farmers-to-cut-down-2000-hectares/",
        ),
        note="the Yoast RSS footer of a Ghanaian station's WordPress site, kept by a business site that imports its feed",
    ),
    case(
        "out_of_table",
        "en",
        EN_AU2,
        LEVEE,
        "Burnett Valley Times",
        ["Burnett Valley Times", "The Burnett Valley Times"],
        "first-appeared-in-invented",
        tail("This story first appeared in the Burnett Valley Times.", tag="em"),
        note="invented paper in the same region",
    ),
    case(
        "out_of_table",
        "en",
        EN_OLD,
        LEVEE,
        "The Courier-Mail",
        ["The Courier-Mail", "Courier-Mail", "Courier Mail", "couriermail.com.au"],
        "old-portal-source-cell",
        cell("Source:", "The Courier-Mail"),
    ),
    # ======================= English: wire copy =======================
    wire(
        "en",
        EN_BLOX1,
        PFAS,
        "Associated Press",
        AP,
        "ap-byline-dateline-older-trailer",
        tnt("By DOMINIC FARRELL Associated Press"),
        dateline("TAVISTOCK TOWNSHIP, Mich. (AP) —"),
        small_print(
            "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
        ),
        note="AP copy on a member paper: byline and the older trailer (without 'without permission') are credit lines, the dateline is kept",
    ),
    wire(
        "en",
        EN_TV2,
        PFAS,
        "Associated Press",
        AP,
        "ap-dateline-writer-contributed",
        dateline("LANSING, Mich. (AP) —"),
        tail("Associated Press writer Corey Whitfield in Detroit contributed to this report."),
        note="on AP copy, AP's own contributor line is a credit line",
    ),
    wire(
        "en",
        EN_GH1,
        COCOA,
        "Associated Press",
        AP,
        "ap-dateline-follow-hub",
        dateline("ACCRA, Ghana (AP) —"),
        tail("Follow AP's Africa coverage at: https://apnews.com/hub/africa"),
        note="AP's 'Follow AP's … coverage' trailer is a credit line",
    ),
    wire(
        "en",
        EN_WP1,
        CLIFF,
        "Associated Press",
        AP,
        "ap-byline-dateline-climate-hub",
        by("By MAUDE HARCOURT Associated Press", cls="author-byline"),
        dateline("SKELBY NESS, England (AP) —"),
        tail(
            "Follow AP's climate and environment coverage at https://apnews.com/hub/climate-and-environment"
        ),
    ),
    wire(
        "en",
        EN_IN1,
        HEAT,
        "Press Trust of India",
        PTI,
        "pti-dateline-desk-codes",
        dateline("Devgarh, Mar 10 (PTI)"),
        note_line("PTI CORR ABN RT", cls="pti-slug"),
    ),
    wire(
        "en",
        EN_IN2,
        HEAT,
        "United News of India",
        ["United News of India", "UNI"],
        "uni-dateline-slug",
        dateline("Devgarh, Mar 10 (UNI)"),
        note_line("UNI AS SSP 1420", cls="uni-slug"),
        note="UNI's slug (initials and filing time) is a credit line",
    ),
    wire(
        "en",
        EN_IN3,
        HEAT,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-dateline-signoff",
        dateline("Devgarh, March 10 (IANS)"),
        *lines("--IANS", "rkt/khz", cls="ians"),
    ),
    wire(
        "en",
        EN_IN4,
        HEAT,
        "Press Trust of India",
        PTI,
        "with-inputs-from-pti",
        tail("(With inputs from PTI)", tag="em"),
        note="a blog's rewrite 'with inputs from PTI' credits the agency (unlike 'with agency inputs')",
    ),
    wire(
        "en",
        EN_GH2,
        COCOA,
        "Reuters",
        RTR,
        "reuters-dateline-writing-by-copyright",
        dateline("ACCRA, March 10 (Reuters) -"),
        tail(
            "(Reporting by Kwasi Boateng-Mensah in Accra; Writing by Ayodele Okafor; Editing by Clara Weston)"
        ),
        small_print("© Thomson Reuters 2026"),
    ),
    wire(
        "en",
        EN_IN4,
        HEAT,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("LUCKNOW, India, March 10 (Reuters) -"),
        tail("(Reporting by Aditi Rao in Lucknow; Editing by Clara Weston)"),
    ),
    wire(
        "en",
        EN_BIZ,
        COCOA,
        "AFP",
        AFP,
        "afp-dateline-copyright",
        dateline("Asankrom (Ghana) (AFP) -"),
        small_print("© 2026 AFP"),
    ),
    wire(
        "en",
        EN_PT,
        CLIFF,
        "AFP",
        AFP,
        "afp-provider-strip",
        provider("AFP", "Maud Lefebvre"),
        dateline("Skelby Ness (United Kingdom) (AFP) -"),
    ),
    wire(
        "en",
        EN_GH5,
        COCOA,
        "Xinhua",
        ["Xinhua", "Xinhua News Agency"],
        "xinhua-dateline-source-editor",
        dateline("ACCRA, March 10 (Xinhua) --"),
        note_line("Source: Xinhua", cls="xinhua-source"),
        note_line("Editor: Liu Yang", cls="xinhua-editor", credit=False),
        note="Xinhua English's source line is a credit line; its editor line names a person and is neither a credit line nor must_keep",
    ),
    wire(
        "en",
        EN_UK1,
        CLIFF,
        "PA Media",
        ["PA Media", "PA", "Press Association"],
        "pa-correspondent-byline",
        by("By Harriet Colley, PA Environment Correspondent"),
    ),
    wire(
        "en",
        EN_AU1,
        LEVEE,
        "Australian Associated Press",
        ["Australian Associated Press", "AAP"],
        "aap-byline",
        by("Callum Hartigan | Australian Associated Press", cls="post-author"),
    ),
    # ======================= English: own pages =======================
    own(
        "en",
        OWN_MLIVE,
        PFAS,
        "own-mlive-byline-email",
        by("By Garrett Voss | gvoss@mlive.com", cls="byline"),
        tail("Have a tip? Email the MLive environment team at environment@mlive.com."),
    ),
    own(
        "en",
        OWN_BRIDGE,
        PFAS,
        "own-republish-modal",
        republish_modal("Bridge Michigan"),
        note="the outlet's own 'Republish this story' box carries the line its copies print: on its own page, null",
    ),
    own(
        "en",
        OWN_INEWS,
        CLIFF,
        "own-i-correspondent-byline",
        by("By Tom Harrow, Environment Correspondent", cls="byline"),
    ),
    own(
        "en",
        OWN_JOY,
        COCOA,
        "own-source-self",
        tail("Source: Myjoyonline.com"),
        note="the site's own 'Source:' line naming itself",
    ),
    own(
        "en",
        OWN_ABC,
        LEVEE,
        "own-abc-bureau-byline",
        by("By Georgie Hewson, ABC Wide Bay", cls="byline"),
        note="the byline a copy credits, on the broadcaster's own page",
    ),
    own(
        "en",
        OWN_GRAPHIC,
        COCOA,
        "own-graphic-reporter-line",
        by("Kwame Asare Boadu, Asankrom", cls="byline"),
        tail("Writer's email: kwame.boadu@graphic.com.gh"),
    ),
    own(
        "en",
        OWN_TNIE,
        HEAT,
        "own-tnie-whatsapp-line",
        by("Express News Service", cls="byline"),
        tail("Follow The New Indian Express channel on WhatsApp"),
        note="the paper's own staff byline and follow line",
    ),
    # ======================= English: other null pages =======================
    nul(
        "negative_mention",
        "en",
        EN_BLOX2,
        PFAS,
        "mid-outlet-first-reported",
        keep=("MLive first reported the test results last week.",),
        note="an outlet another page credits, here only cited",
    ),
    nul(
        "negative_mention",
        "en",
        EN_TV1,
        PFAS,
        "mid-detroit-news-reported",
        keep=(
            "The Detroit News reported on Monday that state regulators had known of contamination at the tannery site since 2019, which the department disputes.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_GH,
        PFAS,
        "ghost-reading-list",
        related(
            "ProPublica: How rural wells slipped through the PFAS rules",
            "The Washington Post: What to know about 'forever chemicals' in your water",
        ),
        note="a blog's reading list naming outlets: chrome",
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK2,
        CLIFF,
        "coda-footage-broadcast-by",
        coda("Footage of the latest cliff fall was first broadcast by BBC Look North."),
    ),
    nul(
        "negative_mention",
        "en",
        EN_UK1,
        CLIFF,
        "lead-speaking-to",
        lead(
            "Speaking to ITV News Calendar, Pauline Ashworth said she had watched her back fence go over the edge in January."
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN1,
        HEAT,
        "mid-told-pti",
        keep=(
            "A senior IMD official told PTI that night temperatures were likely to stay above 30 degrees for most of the week.",
        ),
        note="an official quoted to an agency in a staff story",
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN3,
        HEAT,
        "related-also-read",
        related(
            "Also read: Heatwave grips north India, Banda hottest at 46.4°C – Hindustan Times",
            "Also read: Power cuts add to misery as demand peaks – NDTV",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_GH2,
        COCOA,
        "mid-reuters-calculations",
        keep=(
            "Cocoa futures in New York have more than doubled in two years, according to Reuters calculations.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_GH1,
        COCOA,
        "lead-interview-with",
        lead(
            "In an interview with Joy News on Monday, the district chief executive said no farmer would be forced to cut trees without compensation."
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_AU1,
        LEVEE,
        "mid-told-abc-radio",
        keep=(
            "Ms Kidd told ABC Radio Brisbane she would believe it when she saw the first truck.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_OLD,
        LEVEE,
        "mid-outlet-reported-last-year",
        keep=(
            "The Courier-Mail reported last year that the levee had been left out of the state budget for a third time.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_AU2,
        LEVEE,
        "readers-comments",
        comments(
            ("Bev from Gayndah", "Sky News ran a piece on this last night and got the cost wrong."),
            (
                "Trev K",
                "The ABC said the same thing before the 2019 election. Believe it when it's built.",
            ),
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_TV2,
        PFAS,
        "caption-ap-photo",
        figure(
            "A sign warns residents not to drink the water on Pruett Road in Tavistock Township, Mich., March 9, 2026. (AP Photo/Renata Kowalczyk)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_UK1,
        CLIFF,
        "caption-pa-wire",
        figure("Homes on Marram Lane sit close to the cliff edge. Lydia Marsh/PA Wire"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_IN2,
        HEAT,
        "caption-ani-photo",
        figure("Children shield themselves from the sun outside a school in Devgarh. (ANI Photo)"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_GH3,
        COCOA,
        "caption-photo-credit-handout",
        figure(
            "Workers cut down infected cocoa trees near Nkwanta. Photo credit: Ghana Cocoa Board"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_AU2,
        LEVEE,
        "caption-aap-image",
        figure("Floodwater in Yarrabool's main street in 2013. AAP Image/Tessa Lindqvist"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_BG1,
        PFAS,
        "data-table-state-tests",
        data_table(
            "Wells above the state PFAS limit",
            "Source: Michigan Department of Environment, Great Lakes, and Energy (EGLE) test results",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_IN4,
        HEAT,
        "data-table-imd",
        data_table(
            "Days above 44°C in Devgarh, March–April",
            "Source: India Meteorological Department",
        ),
    ),
    nul("no_credit", "en", EN_BLOX1, PFAS, "staff-byline", bysite("Herald Staff")),
    nul(
        "no_credit",
        "en",
        EN_IN3,
        HEAT,
        "with-agency-inputs",
        tail("— With agency inputs", tag="em"),
        note="'agency inputs' names no agency",
    ),
    nul(
        "no_credit",
        "en",
        EN_AU2,
        LEVEE,
        "council-media-release",
        bysite("Media release: Burnett Valley Regional Council"),
        note="a council release names no outlet",
    ),
    nul("no_credit", "en", EN_GH4, COCOA, "blogger-posted-by", bysite("Posted by Kojo")),
    nul("no_credit", "en", EN_IN1, HEAT, "web-desk-byline", bysite("By Web Desk")),
    # ======================= Spanish =======================
    case(
        "in_table",
        "es",
        ES3,
        ES,
        "Infobae",
        ["Infobae", "infobae.com"],
        "blogger-tomado-de",
        blogger_div(
            "Tomado de:",
            "Infobae",
            "https://www.infobae.com/colombia/2026/03/10/cable-aereo-santa-lucia-del-monte-primera-semana/",
        ),
        note="the Colombian 'Tomado de:' label",
    ),
    case(
        "in_table",
        "es",
        ES4,
        ES,
        "CNN",
        ["CNN", "CNN en Español", "cnn.com"],
        "con-informacion-de-cnn-espanol",
        tail("Con información de CNN en Español.", tag="em"),
    ),
    case(
        "in_table",
        "es",
        ES1,
        ES,
        "El País",
        ["El País", "EL PAÍS", "El País América", "EL PAÍS América", "elpais.com"],
        "con-informacion-de-linked-edition",
        rich(
            "tail",
            "Con información de ",
            (
                "EL PAÍS América",
                "https://elpais.com/america-colombia/2026-03-10/el-cable-aereo-que-bajo-la-ladera.html",
            ),
            ".",
        ),
        note="the Spanish daily's Americas edition, linked to elpais.com (not the Cali paper of the same name)",
    ),
    case(
        "out_of_table",
        "es",
        ES2,
        ES,
        "El Tiempo",
        ["El Tiempo", "EL TIEMPO", "eltiempo.com"],
        "jnews-fuente-field",
        jnews_field(
            "Fuente:",
            "El Tiempo",
            "https://www.eltiempo.com/colombia/otras-ciudades/cable-aereo-santa-lucia-del-monte-3412876",
        ),
    ),
    case(
        "out_of_table",
        "es",
        ES1,
        ES,
        "Colprensa",
        ["Colprensa"],
        "colprensa-byline",
        by("Por: Colprensa", cls="byline"),
        note="Colombia's newspaper agency, outside the table, filed out_of_table as the eighth set files such wires",
    ),
    wire(
        "es",
        ES4,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-byline-dateline-notice",
        by("Agencia EFE", cls="td-post-author-name"),
        dateline("Santa Lucía del Monte (Colombia), 10 mar (EFE).-"),
        small_print(
            "© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A."
        ),
    ),
    own(
        "es",
        OWN_ESPECTADOR,
        ES,
        "own-espectador-section-line",
        tail("Para más noticias de Antioquia, visite la sección Colombia de El Espectador."),
    ),
    nul(
        "negative_mention",
        "es",
        ES3,
        ES,
        "mid-en-dialogo-con",
        keep=(
            "En diálogo con Blu Radio, el gerente aseguró que la línea podrá mover hasta 3.000 personas por hora.",
        ),
    ),
    nul(
        "negative_caption",
        "es",
        ES2,
        ES,
        "caption-foto-colprensa",
        figure("Una cabina del cable aéreo llega a la estación La Cumbre. Foto: Colprensa"),
        note="the agency another page credits, here only in a photo credit",
    ),
    nul("no_credit", "es", ES4, ES, "redaccion-byline", bysite("Redacción Portal Cafetero")),
    # ======================= German =======================
    case(
        "in_table",
        "de",
        DE2,
        DE,
        "Tagesschau",
        ["Tagesschau", "tagesschau.de", "ARD"],
        "quelle-domain",
        note_line("Quelle: tagesschau.de", cls="article-source"),
    ),
    case(
        "in_table",
        "de",
        DE1,
        DE,
        "Süddeutsche Zeitung",
        ["Süddeutsche Zeitung", "SZ", "Süddeutsche", "sueddeutsche.de"],
        "erschien-zuerst-in-der-dative",
        tail("Dieser Text erschien zuerst in der Süddeutschen Zeitung.", tag="em"),
        note="answered in the nominative",
    ),
    case(
        "out_of_table",
        "de",
        DE3,
        DE,
        "WDR",
        ["WDR", "Westdeutscher Rundfunk", "wdr.de"],
        "quelle-field",
        labelled("tail", "Quelle:", "WDR", "field-quelle"),
    ),
    wire(
        "de",
        DE1,
        DE,
        "KNA",
        ["KNA", "Katholische Nachrichten-Agentur"],
        "kna-dateline-copyright",
        dateline("Oberhülsen (KNA)"),
        small_print("© KNA. Alle Rechte vorbehalten."),
        note="the Catholic agency's copy on a local site: the dateline is kept, the copyright line is a credit line",
    ),
    wire(
        "de",
        DE3,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur", "DPA"],
        "dpa-regional-dateline-reference",
        dateline("Oberhülsen (dpa/lnw) -"),
        note_line("dpa-infocom, dpa:260310-930-418822/2", cls="dpa-ref"),
    ),
    own(
        "de",
        OWN_WDR,
        DE,
        "own-wdr-broadcast-line",
        tail(
            "Über dieses Thema berichtet der WDR am 10.03.2026 auch im Fernsehen: Lokalzeit Münsterland, 19.30 Uhr."
        ),
    ),
    nul(
        "negative_mention",
        "de",
        DE2,
        DE,
        "mid-sagte-dem-domradio",
        keep=("Dem Domradio sagte Göbbels, der Abschied falle auch ihm nicht leicht.",),
    ),
    nul(
        "negative_caption",
        "de",
        DE3,
        DE,
        "caption-kna-photo",
        figure(
            "Die Sankt-Marien-Kirche in Oberhülsen soll zur Kita werden. Foto: Hannah Kleinert/KNA"
        ),
    ),
    # ======================= French =======================
    case(
        "out_of_table",
        "fr",
        FR2,
        FR,
        "lavenir.net",
        ["lavenir.net", "L'Avenir"],
        "publie-initialement-sur-domain",
        tail("Cet article a été publié initialement sur lavenir.net", tag="em"),
        note="a bare domain, answered as written (the paper's name also accepted)",
    ),
    wire(
        "fr",
        FR1,
        FR,
        "Belga",
        ["Belga", "Agence Belga"],
        "belga-signoff",
        signoff("(Belga)"),
        note="the agency's name in brackets after the final sentence",
    ),
    wire(
        "fr",
        FR2,
        FR,
        "Belga",
        ["Belga", "Agence Belga"],
        "byline-redaction-avec-belga",
        by("La rédaction avec Belga", cls="jeg_meta_author"),
    ),
    own(
        "fr",
        OWN_RTBF,
        FR,
        "own-rtbf-copyright",
        small_print("Tous droits réservés © RTBF 2026"),
    ),
    nul(
        "negative_mention",
        "fr",
        FR1,
        FR,
        "mid-interrogee-par",
        keep=(
            "Interrogée par Sudinfo, l'échevine a reconnu que le chantier avait pris un an de retard.",
        ),
    ),
    nul(
        "negative_caption",
        "fr",
        FR2,
        FR,
        "caption-belga-photo",
        figure("Le nouveau bassin de la piscine de Hautvesnes. BELGA PHOTO AMÉLIE DUBOIS"),
    ),
    # ======================= Portuguese =======================
    case(
        "out_of_table",
        "pt",
        PT2,
        PT,
        "Público",
        ["Público", "PÚBLICO", "Publico", "publico.pt"],
        "tagdiv-fonte-box",
        td_source(
            "FONTE",
            "Público",
            "https://www.publico.pt/2026/03/10/local/noticia/cabras-sapadoras-voltam-serra-vale-azenha-2122418",
        ),
    ),
    wire(
        "pt",
        PT1,
        PT,
        "Agência Lusa",
        ["Agência Lusa", "Lusa", "Agencia Lusa"],
        "lusa-dateline-slug-fim",
        dateline("Vale de Azenha, Guarda, 10 mar 2026 (Lusa) -"),
        note_line("ACL // JMR", cls="lusa-slug"),
        note_line("Lusa/Fim", cls="lusa-fim"),
        note="Lusa's desk slug and end mark are credit lines, its dateline is kept",
    ),
    wire(
        "pt",
        PT2,
        PT,
        "Agência Lusa",
        ["Agência Lusa", "Lusa", "Agencia Lusa"],
        "lusa-byline",
        by("Agência Lusa", cls="td-post-author-name"),
    ),
    own(
        "pt",
        OWN_PUBLICO,
        PT,
        "own-publico-newsletter",
        tail("Subscreva a newsletter Local do PÚBLICO e receba as notícias da sua região."),
    ),
    nul(
        "negative_mention",
        "pt",
        PT1,
        PT,
        "mid-em-declaracoes-a",
        keep=(
            "Em declarações à TSF, o presidente da câmara admitiu alargar o projeto a outras freguesias.",
        ),
    ),
    nul(
        "no_credit",
        "pt",
        PT2,
        PT,
        "com-agencias",
        tail("Com agências", tag="em"),
        note="'agências' names no agency",
    ),
    # ======================= Russian =======================
    case(
        "out_of_table",
        "ru",
        RU2,
        RU,
        "Коммерсантъ-Прикамье",
        ["Коммерсантъ-Прикамье", "Коммерсантъ", "kommersant.ru"],
        "istochnik-regional-edition",
        tail("Источник: «Коммерсантъ-Прикамье»"),
        note="the paper's regional edition, answered without the quotation marks",
    ),
    wire(
        "ru",
        RU1,
        RU,
        "Interfax",
        ["Interfax", "Интерфакс"],
        "interfax-regional-dateline",
        dateline("Пермь. 10 марта. ИНТЕРФАКС-УРАЛ -"),
        note="Interfax's regional service in the dateline is the only credit",
    ),
    wire(
        "ru",
        RU2,
        RU,
        "RIA Novosti",
        ["RIA Novosti", "РИА Новости", "RIA"],
        "ria-dateline",
        dateline("ПЕРМЬ, 10 мар — РИА Новости."),
        note="RIA's dateline is the only credit",
    ),
    own(
        "ru",
        OWN_KOMMERSANT,
        RU,
        "own-kommersant-issue-line",
        tail("Газета «Коммерсантъ» №42/П от 10.03.2026, стр. 5"),
    ),
    nul(
        "negative_mention",
        "ru",
        RU1,
        RU,
        "mid-rasskazyvala-ranee",
        keep=("Об открытии пункта жители просили ещё в 2023 году, сообщала тогда «Звезда».",),
    ),
    nul(
        "negative_caption",
        "ru",
        RU2,
        RU,
        "caption-press-service",
        figure("Новый ФАП в Малой Кедровке. Фото: пресс-служба Минздрава Пермского края"),
    ),
    # ======================= Chinese =======================
    case(
        "in_table",
        "zh",
        ZH1,
        ZH,
        "People's Daily",
        ["People's Daily", "人民日报", "人民日报客户端"],
        "laiyuan-app",
        note_line("来源：人民日报客户端", cls="source"),
        note="the paper's app named as the source",
    ),
    case(
        "out_of_table",
        "zh",
        ZH2,
        ZH,
        "中国新闻网",
        ["中国新闻网", "中新网", "China News Service", "chinanews.com.cn"],
        "laiyuan-line",
        note_line("来源：中国新闻网", cls="source"),
    ),
    wire(
        "zh",
        ZH2,
        ZH,
        "Xinhua",
        ["Xinhua", "新华社", "新华网", "news.cn"],
        "laiyuan-xinhuanet-editor",
        note_line("来源：新华网", cls="source"),
        note_line("【责任编辑:李倩】", cls="editor", credit=False),
        note="the agency's site named as the source; the editor line is neither a credit line nor must_keep",
    ),
    nul(
        "negative_mention",
        "zh",
        ZH1,
        ZH,
        "mid-jieshou-caifang",
        keep=(
            "县农业农村局负责人在接受《湖南日报》采访时表示，直播带货让不少果农第一次掌握了定价权。",
        ),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH2,
        ZH,
        "caption-government-photo",
        figure("果农在直播间介绍脐橙。（清岚县委宣传部供图）"),
    ),
    # ======================= Japanese =======================
    case(
        "in_table",
        "ja",
        JA1,
        JA,
        "Nikkei Asia",
        ["Nikkei Asia", "Nikkei", "日本経済新聞", "日経"],
        "shutten-line",
        note_line("出典：日本経済新聞", cls="source"),
        note="the table files 日本経済新聞 under Nikkei Asia",
    ),
    case(
        "in_table",
        "ja",
        JA2,
        JA,
        "NHK",
        ["NHK", "NHK NEWS WEB"],
        "aggregator-source-row",
        source_row("NHK NEWS WEB", "3/10(火) 12:05"),
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "北海道新聞",
        ["北海道新聞", "道新", "Hokkaido Shimbun", "hokkaido-np.co.jp"],
        "bracket-tail",
        note_line("（北海道新聞）", cls="source"),
        note="the outlet's name in brackets under a copied article",
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Jiji Press",
        ["Jiji Press", "Jiji", "時事通信"],
        "jiji-signoff",
        signoff("（時事）"),
        note="Jiji's sign-off after the final sentence",
    ),
    own(
        "ja",
        OWN_MAINICHI,
        JA,
        "own-mainichi-reporter-bracket",
        note_line("【中川聡】", cls="reporter"),
        note="the reporter's name in brackets at the end of the paper's own story",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-shuzai-ni-taishi",
        keep=("森田さんは北海道新聞の取材に対し、後継者を探したが見つからなかったと明かした。",),
        note="an outlet another page credits, here only as the interviewer",
    ),
    # ======================= Arabic =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Al Jazeera",
        ["Al Jazeera", "الجزيرة نت", "الجزيرة", "Aljazeera.net"],
        "masdar-line",
        note_line("المصدر: الجزيرة نت", cls="source"),
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "الغد",
        ["الغد", "صحيفة الغد", "Al Ghad", "alghad.com"],
        "tagdiv-masdar-box",
        td_source("المصدر", "الغد", "https://alghad.com/story/1638842"),
    ),
    wire(
        "ar",
        AR1,
        AR,
        "Petra",
        ["Petra", "بترا", "وكالة الأنباء الأردنية", "Jordan News Agency"],
        "petra-dateline-masdar",
        dateline("عمان 10 آذار (بترا) -"),
        note_line("المصدر: وكالة الأنباء الأردنية (بترا)", cls="source"),
    ),
    own(
        "ar",
        OWN_GHAD,
        AR,
        "own-ghad-byline",
        by("عمان - الغد", cls="byline"),
        note="the paper's own place-and-name byline",
    ),
    nul(
        "negative_mention",
        "ar",
        AR2,
        AR,
        "mid-fi-hadith-li",
        keep=("وقال الناطق في حديث لقناة المملكة إن السلطة رفعت جاهزية فرق الطوارئ في المنطقة.",),
    ),
    nul(
        "negative_caption",
        "ar",
        AR1,
        AR,
        "caption-petra-photo",
        figure("جانب من سد وادي الرمان بعد امتلائه (تصوير: بترا)"),
    ),
    # ======================= Italian =======================
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "Corriere della Sera",
        ["Corriere della Sera", "Corriere", "corriere.it"],
        "articolo-tratto-da",
        tail("Articolo tratto da Corriere della Sera", tag="em"),
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "Il Centro",
        ["Il Centro", "il Centro", "ilcentro.it"],
        "jnews-fonte-field",
        jnews_field(
            "Fonte:", "Il Centro", "https://www.ilcentro.it/l-aquila/lupi-roccamurata-1.3310482"
        ),
    ),
    wire(
        "it",
        IT2,
        IT,
        "AGI",
        ["AGI", "Agenzia Italia"],
        "agi-dateline",
        dateline("(AGI) - Roccamurata (L'Aquila), 10 mar. -"),
        note="AGI's dateline is the only credit",
    ),
    nul(
        "negative_mention",
        "it",
        IT1,
        IT,
        "mid-intervistato-dal",
        keep=(
            "Intervistato dal Centro, il sindaco ha parlato di «una convivenza che va governata».",
        ),
        note="an outlet another page credits, here only as the interviewer",
    ),
    # ======================= Indonesian =======================
    case(
        "in_table",
        "id",
        ID2,
        ID,
        "Voice of America",
        ["Voice of America", "VOA", "VOA Indonesia"],
        "sumber-tail",
        tail("Sumber: VOA Indonesia"),
    ),
    case(
        "out_of_table",
        "id",
        ID1,
        ID,
        "Tribunbatam.id",
        ["Tribunbatam.id", "Tribun Batam", "tribunbatam.id", "batam.tribunnews.com"],
        "tribun-telah-tayang",
        tail(
            "Artikel ini telah tayang di Tribunbatam.id dengan judul Kapal Baru Layani Rute Teluk Berembang–Pulau Lintah Mulai Pekan Depan"
        ),
        note="the Tribun network's line, answered by the brand as it writes itself",
    ),
    wire(
        "id",
        ID2,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Antara News"],
        "antara-dateline-copyright",
        dateline("Bintan Selatan (ANTARA) -"),
        note_line("Copyright © ANTARA 2026", cls="antara-copyright"),
    ),
    nul(
        "negative_caption",
        "id",
        ID1,
        ID,
        "caption-antara-photo",
        figure(
            "Kapal penyeberangan baru bersandar di dermaga Teluk Berembang. ANTARA/Teguh Prihatna"
        ),
    ),
    # ======================= Turkish =======================
    case(
        "out_of_table",
        "tr",
        TR2,
        TR,
        "Hürriyet",
        ["Hürriyet", "Hurriyet", "hurriyet.com.tr"],
        "kaynak-tail",
        tail("Kaynak: Hürriyet"),
    ),
    wire(
        "tr",
        TR1,
        TR,
        "Demirören Haber Ajansı",
        ["Demirören Haber Ajansı", "DHA", "Demirören News Agency"],
        "dha-dateline",
        dateline("KAYALIDERE (DHA) -"),
        note="DHA's dateline is the only credit",
    ),
    nul(
        "negative_mention",
        "tr",
        TR1,
        TR,
        "mid-sabaha-konusan",
        keep=(
            "Sabah'a konuşan muhtar Yılmazer, yolun kapalı kaldığı günlerde iki hastanın ambulansa taşındığını anlattı.",
        ),
    ),
    # ======================= Hindi =======================
    case(
        "in_table",
        "hi",
        HI2,
        HI,
        "Dainik Jagran",
        ["Dainik Jagran", "दैनिक जागरण", "Jagran"],
        "sabhar-tail",
        tail("साभार: दैनिक जागरण", tag="strong"),
    ),
    case(
        "out_of_table",
        "hi",
        HI1,
        HI,
        "प्रभात खबर",
        ["प्रभात खबर", "Prabhat Khabar", "prabhatkhabar.com"],
        "srot-tail",
        tail("स्रोत: प्रभात खबर"),
    ),
    wire(
        "hi",
        HI1,
        HI,
        "United News of India",
        ["United News of India", "UNI", "वार्ता", "यूनीवार्ता"],
        "varta-dateline-slug",
        dateline("बेलवा, 10 मार्च (वार्ता)"),
        note_line("सूरज वार्ता", cls="slug"),
        note="UNI's Hindi service (Varta): the dateline is kept, the desk slug is a credit line",
    ),
    # ======================= Korean =======================
    case(
        "out_of_table",
        "ko",
        KO2,
        KO,
        "제민일보",
        ["제민일보", "Jemin Ilbo", "jemin.com"],
        "chulcheo-equals",
        note_line("출처=제민일보", cls="source"),
    ),
    wire(
        "ko",
        KO1,
        KO,
        "Yonhap",
        ["Yonhap", "연합뉴스", "Yonhap News Agency"],
        "yonhap-bracket-ai-trailer",
        dateline("(해온=연합뉴스) 김지훈 기자 ="),
        note_line("jihoon@yna.co.kr", cls="reporter-email"),
        small_print("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
        note="Yonhap's bracket byline opens the text and is kept; the reporter's agency address and the trailer (with the newer 'no AI training' clause) are credit lines, as the twelfth set files them",
    ),
    nul(
        "negative_mention",
        "ko",
        KO1,
        KO,
        "mid-documentary",
        keep=("이 해녀 학교는 지난해 KBS 다큐멘터리에 소개되며 전국에 알려졌다.",),
    ),
]
