# ruff: noqa: E501, RUF001
"""Sites and cases of the twelfth blind set (cases_2026-12-14.jsonl).

Written from newsroom conventions without reading the attribution code. A fourth independent
representative sample of the open web, about half English and half twelve other languages:
local newspapers and broadcasters running wire copy, scraper and aggregator blogs, portals,
university and NGO news pages, trade and regional sites. Each page's convention is drawn as
often as the web uses it (common wordings common, rare ones rare), whether or not an earlier
set used it. Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from html import escape

from cases6 import by, bysite, nul, own, wire
from cases8 import (
    AFP,
    AP,
    PTI,
    RTR,
    appeared_first,
    comments,
    more_from,
    provider,
    related,
    source_row,
    td_source,
)
from cases9 import data_table, follow_news, instagram, lines
from cases11 import note_line, small_print
from chrome8 import site_registry
from model3 import Case3, Part, Site3, case, dateline, figure, mid, raw, tail
from model4 import canonical, rich
from model5 import coda, lead, tweet

SITES12: dict[str, Site3] = {}


_s = site_registry(SITES12)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


def support_box(text: str) -> Part:
    """An outlet's own donation or comments box under its own story: chrome, never a credit."""
    return raw(
        "after", text, f'<div class="support-box"><p>{escape(text, quote=False)}</p></div>', False
    )


# ---------------------------------------------------------------- sites
# English: local papers on BLOX, broadcasters, blogs, portals, NGOs, a university, trade press
EN_BLOX1 = _s("portellerypress.com", "Port Ellery Press", "blox")
EN_BLOX2 = _s("brannockcountyherald.com", "Brannock County Herald", "blox")
EN_BLOX3 = _s("marlowjunctiontimes.com", "Marlow Junction Times", "blox")
EN_TV1 = _s("kbrn7.com", "KBRN 7", "brightspot")
EN_RADIO = _s("kgrnradio.org", "KGRN Public Radio", "brightspot")
EN_ARC1 = _s("gannetcoastcourier.com", "Gannet Coast Courier", "arc")
EN_WP1 = _s("tollandsoundnotes.org", "Tolland Sound Notes", "wp")
EN_NGO = _s("ruralbirthalliance.org", "Rural Birth Alliance", "wp")
EN_TRADE = _s("elevatorandgrainreport.com", "Elevator & Grain Report", "wp")
EN_TD1 = _s("karachidailyfeed.pk", "Karachi Daily Feed", "tagdiv")
EN_TD2 = _s("indiaworldbulletin.in", "India World Bulletin", "tagdiv")
EN_JN1 = _s("nairobiheadlines.co.ke", "Nairobi Headlines", "jnews")
EN_JA1 = _s("cebunewsexpress.ph", "Cebu News Express", "jannah")
EN_JA2 = _s("riverinalocal.com.au", "Riverina Local", "jannah")
EN_BG1 = blog("prairieheadlinesdaily.blogspot.com", "Prairie Headlines Daily")
EN_BG2 = blog("smalltownroundup-us.blogspot.com", "Small Town Roundup")
EN_AG1 = _s("newsloop.app", "Newsloop", "aggregator", "newsloop.app")
EN_PT1 = _s("dailyhubnews.com", "DailyHub", "partner")
EN_RG1 = _s("lahoremorningledger.com", "Lahore Morning Ledger", "regional")
EN_RG2 = _s("kolkatacitypost.in", "Kolkata City Post", "regional")
EN_RG3 = _s("peacerivercountry.ca", "Peace River Country News", "regional")
EN_GH1 = _s("thebrannockbrief.com", "The Brannock Brief", "ghost", "thebrannockbrief.com")
EN_NL1 = _s("harbourweekly.news", "Harbour Weekly", "newsletter", "harbourweekly.news")
EN_UNI = _s(
    "dalefordstate.edu", "Daleford State University News", "drupal", "news.dalefordstate.edu"
)
EN_WP2 = _s("northtynevoice.co.uk", "North Tyne Voice", "wp")
EN_OLD1 = _s("asiawiredigest.com", "Asia Wire Digest", "oldportal")
OWN_GLOBAL = _s("globalnews.ca", "Global News", "arc", "globalnews.ca")
OWN_CSM = _s("csmonitor.com", "The Christian Science Monitor", "drupal")
OWN_NPR = _s("npr.org", "NPR", "brightspot")
OWN_DM = _s("dailymaverick.co.za", "Daily Maverick", "wp")
OWN_PT = _s("premiumtimesng.com", "Premium Times Nigeria", "jnews")
OWN_SCROLL = _s("scroll.in", "Scroll.in", "regional", "scroll.in")
OWN_JP = _s("thejakartapost.com", "The Jakarta Post", "regional")
# Spanish
ES1 = _s("torrebaja-hoy.es", "Torrebaja Hoy", "wp")
ES2 = _s("lavozdelasierra-mx.com", "La Voz de la Sierra", "tagdiv")
ES3 = _s("noticiasdelvalle-ar.com", "Noticias del Valle", "jnews")
ES4 = blog("cronicasdetorrebaja.blogspot.com", "Crónicas de Torrebaja")
OWN_INFOBAE = _s("infobae.com", "infobae", "arc")
# German
DE1 = _s("hohenauer-nachrichten.de", "Hohenauer Nachrichten", "localportal")
DE2 = _s("kleinwerda-aktuell.de", "Kleinwerda Aktuell", "wp")
DE3 = _s("suedkreis-bote.de", "Südkreis-Bote", "drupal")
OWN_ZEIT = _s("zeit.de", "ZEIT ONLINE", "arc")
# French
FR1 = _s("montbrizon-infos.fr", "Montbrizon Infos", "wp")
FR2 = _s("le-petit-genesien.fr", "Le Petit Genésien", "jnews")
FR3 = blog("cuisine-et-cantines.blogspot.com", "Cuisine et cantines")
OWN_OF = _s("ouest-france.fr", "Ouest-France", "arc")
# Portuguese
PT1 = _s("serraalta-noticias.com.br", "Serra Alta Notícias", "wp")
PT2 = _s("portalvargem.com.br", "Portal Vargem", "tagdiv")
PT3 = blog("estradasdojacare.blogspot.com", "Estradas do Jacaré")
OWN_ESTADAO = _s("estadao.com.br", "Estadão", "arc")
# Russian
RU1 = _s("verhneozersk-news.ru", "Верхнеозёрск Новости", "bitrix")
RU2 = _s("ozerny-krai.ru", "Озёрный край", "wp")
OWN_MEDUZA = _s("meduza.io", "Медуза", "regional", "meduza.io")
# Chinese
ZH1 = _s("qingxi-zaixian.com", "青溪在线", "regional")
ZH2 = _s("qingxi-shenghuo.net", "青溪生活圈", "wp")
ZH3 = _s("jiangnan-xinwen-jihe.com", "江南新闻聚合", "aggregator", "jiangnan-xinwen-jihe.com")
# Japanese
JA1 = _s("kitaura-shimpo.jp", "北浦新報", "jpnews")
JA2 = _s("kitaura-kosodate.blog.jp", "北浦こそだて日記", "wp", "kitaura-kosodate.blog.jp")
JA3 = _s("chiiki-news-matome.jp", "地域ニュースまとめ", "aggregator", "chiiki-news-matome.jp")
# Arabic
AR1 = _s("alkhairan-news.com", "أخبار الخيران", "jannah")
AR2 = _s("sahel-alkhairan.net", "ساحل الخيران", "tagdiv")
OWN_MENA = _s("mena.org.eg", "وكالة أنباء الشرق الأوسط", "regional")
# Italian
IT1 = _s("valdorsa-notizie.it", "Valdorsa Notizie", "jnews")
IT2 = _s("valdorsa-oggi.it", "Valdorsa Oggi", "wp")
OWN_ADN = _s("adnkronos.com", "Adnkronos", "wp")
# Indonesian
ID1 = _s("muaralintang-pos.com", "Muara Lintang Pos", "jnews")
ID2 = _s("kabarsungaikeruh.id", "Kabar Sungai Keruh", "wp")
# Turkish
TR1 = _s("karaagac-haber.com.tr", "Karaağaç Haber", "tagdiv")
TR2 = _s("karaagac-ekspres.com", "Karaağaç Ekspres", "jannah")
# Korean
KO1 = _s("namhae-dongseom.kr", "남해동섬소식", "wp")
KO2 = _s("namhae-ilbo.co.kr", "남해일보", "koportal")

FERRY, MATERNITY, GRAIN = "ferry", "maternity", "grainfire"
ES, DE, FR, PT, RU, ZH = "mercado", "buslinie", "cantine", "ponte", "poliklinika", "gongjiao"
JA, AR, IT, ID, TR, KO = "hoikuen", "tahliya", "funivia", "pasar", "kutuphane", "yeogaekseon"

GRAIN_T = "Fire destroys historic grain elevator in Marlow Junction"
FERRY_T = "Tolland Sound ferry to run year-round again after county vote"

CASES12: list[Case3] = [
    # ======================= English: credited copies, in the table =======================
    case(
        "in_table",
        "en",
        EN_BLOX2,
        MATERNITY,
        "Los Angeles Times",
        ["Los Angeles Times", "LA Times", "L.A. Times", "latimes.com"],
        "tca-trailer",
        small_print(
            "©2026 Los Angeles Times. Visit at latimes.com. Distributed by Tribune Content Agency, LLC."
        ),
        note="Tribune Content Agency only distributes: the paper is the answer",
    ),
    case(
        "in_table",
        "en",
        EN_WP1,
        FERRY,
        "The Conversation",
        ["The Conversation", "theconversation.com"],
        "conversation-republish-line",
        rich(
            "tail",
            "This article is republished from ",
            ("The Conversation", "https://theconversation.com"),
            " under a Creative Commons license. Read the ",
            (
                "original article",
                "https://theconversation.com/tolland-sound-ferry-to-run-year-round-248113",
            ),
            ".",
        ),
        note="The Conversation's republishing line as its widget pastes it",
    ),
    case(
        "in_table",
        "en",
        EN_BG1,
        GRAIN,
        "The Hill",
        ["The Hill", "thehill.com"],
        "yoast-rss-footer",
        appeared_first(
            GRAIN_T,
            "The Hill",
            "https://thehill.com/homenews/state-watch/2026/03/06/grain-elevator-fire/",
        ),
        note="the Yoast RSS footer kept by a scraper blog",
    ),
    case(
        "in_table",
        "en",
        EN_BG2,
        MATERNITY,
        "The Washington Post",
        ["The Washington Post", "Washington Post", "washingtonpost.com"],
        "canonical-only",
        canonical(
            "https://www.washingtonpost.com/health/2026/03/06/brannock-hospital-maternity-ward-closing/"
        ),
        note="a canonical link to the outlet's page is the only sign of the copy",
    ),
    case(
        "in_table",
        "en",
        EN_TD1,
        FERRY,
        "BBC",
        ["BBC", "BBC News", "bbc.com", "bbc.co.uk"],
        "tagdiv-source-box",
        td_source("SOURCE", "BBC News", "https://www.bbc.com/news/articles/c4gx7ferry2"),
    ),
    case(
        "in_table",
        "en",
        EN_AG1,
        GRAIN,
        "Sky News",
        ["Sky News", "news.sky.com"],
        "aggregator-source-row",
        source_row("Sky News", "3h"),
        note="an aggregator's source line: the outlet and the age of the item",
    ),
    case(
        "in_table",
        "en",
        EN_PT1,
        FERRY,
        "USA Today",
        ["USA Today", "USA TODAY", "usatoday.com"],
        "portal-provided-by",
        provider("USA TODAY", "Marcy Fenwold"),
        note="a partner portal's provider strip: the outlet, never the portal",
    ),
    case(
        "in_table",
        "en",
        EN_BLOX3,
        GRAIN,
        "Stateline",
        ["Stateline", "stateline.org"],
        "stacker-distribution",
        tail(
            "This story was produced by Stateline and reviewed and distributed by Stacker.",
            tag="em",
        ),
        note="Stacker distributes; the producer is the answer",
    ),
    case(
        "in_table",
        "en",
        EN_RADIO,
        MATERNITY,
        "NPR",
        ["NPR", "National Public Radio", "npr.org"],
        "member-station-npr-copyright",
        note_line("Copyright 2026 NPR", cls="copyright"),
        note="an NPR story on a member station's site, with NPR's copyright line",
    ),
    case(
        "in_table",
        "en",
        EN_RG1,
        FERRY,
        "The Express Tribune",
        ["The Express Tribune", "Express Tribune", "tribune.com.pk"],
        "courtesy-bold-tail",
        tail("Courtesy: The Express Tribune", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        EN_BG1,
        MATERNITY,
        "CBS News",
        ["CBS News", "cbsnews.com"],
        "blogger-read-more-at",
        rich(
            "tail",
            "Read more at ",
            (
                "CBS News",
                "https://www.cbsnews.com/news/brannock-regional-hospital-maternity-ward-closing/",
            ),
        ),
        note="a scraper blog's 'Read more at' link to the outlet",
    ),
    case(
        "in_table",
        "en",
        EN_GH1,
        MATERNITY,
        "ProPublica",
        ["ProPublica", "propublica.org"],
        "propublica-steal-our-stories",
        tail("This story was originally published by ProPublica.", tag="em"),
    ),
    case(
        "in_table",
        "en",
        EN_NGO,
        MATERNITY,
        "KFF Health News",
        ["KFF Health News", "Kaiser Health News", "KHN", "kffhealthnews.org"],
        "kff-first-published",
        rich(
            "tail",
            "This article was first published by ",
            (
                "KFF Health News",
                "https://kffhealthnews.org/news/article/brannock-maternity-closure/",
            ),
            ", a national newsroom that produces in-depth journalism about health issues.",
        ),
        note="an NGO reposting a health story under the outlet's republishing terms",
    ),
    # ======================= English: credited copies, outside the table =======================
    case(
        "out_of_table",
        "en",
        EN_WP1,
        GRAIN,
        "The Texas Tribune",
        ["The Texas Tribune", "Texas Tribune", "texastribune.org"],
        "texas-tribune-url-line",
        tail(
            "This article originally appeared in The Texas Tribune at https://www.texastribune.org/2026/03/06/grain-elevator-fire-marlow-junction/."
        ),
        note="the Tribune's republishing line with the page's address",
    ),
    case(
        "out_of_table",
        "en",
        EN_NGO,
        FERRY,
        "CalMatters",
        ["CalMatters", "calmatters.org"],
        "calmatters-originally-published",
        rich(
            "tail",
            "This article was ",
            (
                "originally published by CalMatters",
                "https://calmatters.org/2026/03/tolland-sound-ferry/",
            ),
            ".",
            tag="em",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_TRADE,
        GRAIN,
        "Grist",
        ["Grist", "grist.org"],
        "grist-trailer",
        tail(
            "This story was originally published by Grist. Sign up for Grist's weekly newsletter here."
        ),
        note="a trade publication reposting a nonprofit's story",
    ),
    case(
        "out_of_table",
        "en",
        EN_NL1,
        FERRY,
        "Port Ellery Beacon",
        ["Port Ellery Beacon", "The Port Ellery Beacon", "portellerybeacon.com"],
        "collaborative-first-appeared",
        tail(
            "This story first appeared in the Port Ellery Beacon and is shared through the Downeast News Collaborative."
        ),
        note="invented local paper; the collaborative that shares it is not the answer",
    ),
    case(
        "out_of_table",
        "en",
        EN_BLOX1,
        MATERNITY,
        "brannockjournal.com",
        ["brannockjournal.com", "Brannock Journal", "The Brannock Journal"],
        "blox-originally-ran-on",
        tail("This article originally ran on brannockjournal.com.", tag="em"),
        note="the BLOX content-exchange line naming a sister paper by its domain (invented)",
    ),
    case(
        "out_of_table",
        "en",
        EN_ARC1,
        GRAIN,
        "Inside Climate News",
        ["Inside Climate News", "InsideClimate News", "insideclimatenews.org"],
        "icn-trailer",
        tail(
            "This article originally appeared on Inside Climate News, a nonprofit, independent news organization that covers climate, energy and the environment."
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_GH1,
        MATERNITY,
        "The 19th",
        ["The 19th", "19thnews.org"],
        "the19th-originally-published",
        tail("This story was originally published by The 19th.", tag="em"),
    ),
    case(
        "out_of_table",
        "en",
        EN_AG1,
        FERRY,
        "Gannet Island Gazette",
        ["Gannet Island Gazette", "The Gannet Island Gazette"],
        "aggregator-source-row-invented",
        source_row("Gannet Island Gazette", "5h"),
        note="invented local paper in an aggregator's source line",
    ),
    case(
        "out_of_table",
        "en",
        EN_BG2,
        GRAIN,
        "Prairie Union Post",
        ["Prairie Union Post", "prairieunionpost.com"],
        "yoast-rss-footer-invented",
        appeared_first(
            GRAIN_T,
            "Prairie Union Post",
            "https://prairieunionpost.com/2026/03/06/grain-elevator-fire/",
        ),
        note="invented outlet in the Yoast RSS footer",
    ),
    case(
        "out_of_table",
        "en",
        EN_JN1,
        FERRY,
        "The Irish Times",
        ["The Irish Times", "Irish Times", "irishtimes.com"],
        "source-colon-tail",
        tail("Source: The Irish Times"),
    ),
    # ======================= English: wire copy =======================
    wire(
        "en",
        EN_BLOX1,
        FERRY,
        "Associated Press",
        AP,
        "ap-dateline-trailer",
        dateline("PORT ELLERY, Maine (AP) —"),
        small_print(
            "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."
        ),
        note="AP copy on a member paper: dateline kept, trailer is the credit line",
    ),
    wire(
        "en",
        EN_TV1,
        MATERNITY,
        "Associated Press",
        AP,
        "ap-byline-dateline",
        by("By LENA MORCOTT Associated Press", cls="byline"),
        dateline("BRANNOCK, Iowa (AP) —"),
    ),
    wire(
        "en",
        EN_OLD1,
        GRAIN,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("MARLOW JUNCTION, Kansas, March 6 (Reuters) -"),
        tail("Reporting by Dwayne Halloran in Chicago; Editing by Priya Menon and Leslie Adler"),
    ),
    wire(
        "en",
        EN_BLOX3,
        FERRY,
        "Reuters",
        RTR,
        "reuters-copyright-line",
        dateline("PORT ELLERY, Maine, March 6 (Reuters) -"),
        small_print(
            "© Copyright Thomson Reuters 2026. Click For Restrictions - https://agency.reuters.com/en/copyright.html"
        ),
    ),
    wire(
        "en",
        EN_JA1,
        GRAIN,
        "AFP",
        AFP,
        "afp-dateline-copyright",
        dateline("Marlow Junction (United States) (AFP) -"),
        small_print("© Agence France-Presse"),
    ),
    wire(
        "en",
        EN_TD2,
        MATERNITY,
        "Press Trust of India",
        PTI,
        "pti-dateline-desk-codes",
        dateline("Washington, Mar 6 (PTI)"),
        note_line("PTI LKJ GRS", cls="pti-slug"),
        note="PTI's foreign dateline and its desk codes",
    ),
    wire(
        "en",
        EN_RG2,
        GRAIN,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-signoff",
        dateline("New York, March 6 (IANS)"),
        note_line("--IANS", cls="ians"),
        note_line("rvt/dan", cls="ians"),
    ),
    wire(
        "en",
        EN_TD1,
        MATERNITY,
        "ANI",
        ["ANI", "Asian News International"],
        "ani-dateline-tail",
        dateline("Brannock [US], March 6 (ANI):"),
        note_line("(ANI)", cls="ani"),
    ),
    wire(
        "en",
        EN_RG3,
        FERRY,
        "The Canadian Press",
        ["The Canadian Press", "Canadian Press", "CP"],
        "cp-first-published",
        tail("This report by The Canadian Press was first published March 6, 2026.", tag="em"),
    ),
    wire(
        "en",
        EN_JA2,
        GRAIN,
        "Australian Associated Press",
        ["Australian Associated Press", "AAP"],
        "aap-byline",
        by("Australian Associated Press", cls="meta-author"),
    ),
    wire(
        "en",
        EN_WP2,
        MATERNITY,
        "PA Media",
        ["PA Media", "PA", "Press Association", "PA Wire"],
        "pa-byline",
        by("By Fiona Harkness, PA", cls="byline"),
    ),
    wire(
        "en",
        EN_JN1,
        GRAIN,
        "Xinhua",
        ["Xinhua", "Xinhua News Agency"],
        "xinhua-dateline",
        dateline("CHICAGO, March 6 (Xinhua) --"),
        note="Xinhua's English dateline only",
    ),
    wire(
        "en",
        EN_PT1,
        MATERNITY,
        "Associated Press",
        AP,
        "portal-provided-by-ap",
        provider("The Associated Press", "LENA MORCOTT"),
        note="a partner portal carrying AP copy: AP, never the portal",
    ),
    # ======================= English: own pages =======================
    own(
        "en",
        OWN_GLOBAL,
        FERRY,
        "own-globalnews-copyright",
        small_print("© 2026 Global News, a division of Corus Entertainment Inc."),
    ),
    own("en", OWN_CSM, GRAIN, "own-csm-staff-writer", by("Staff writer", cls="byline")),
    own(
        "en",
        OWN_NPR,
        MATERNITY,
        "own-npr-contributed",
        tail("NPR's Elena Barstow contributed to this report."),
    ),
    own("en", OWN_DM, GRAIN, "own-dm-signoff", tail("DM", tag="strong")),
    own(
        "en",
        OWN_PT,
        FERRY,
        "own-premium-times-support-box",
        support_box(
            "Support PREMIUM TIMES' journalism of integrity and credibility. Good journalism costs a lot of money."
        ),
    ),
    own(
        "en",
        OWN_SCROLL,
        MATERNITY,
        "own-scroll-letters",
        tail("We welcome your comments at letters@scroll.in.", tag="em"),
    ),
    own(
        "en",
        OWN_JP,
        GRAIN,
        "own-jakarta-post-copyright",
        small_print("Copyright 2026 The Jakarta Post. All rights reserved."),
    ),
    # ======================= English: other null pages =======================
    nul(
        "negative_mention",
        "en",
        EN_BLOX2,
        MATERNITY,
        "mid-ap-reported",
        keep=(
            "The Associated Press reported in January that at least nine rural hospitals in the region had stopped delivering babies since 2022.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_TV1,
        MATERNITY,
        "lead-interview-with-cnn",
        lead(
            "In an interview with CNN on Wednesday, the hospital's chief executive called the decision agonizing."
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_BLOX3,
        GRAIN,
        "coda-first-reported",
        coda(
            "The Wichita Eagle first reported the cooperative's plans for the terminal last year."
        ),
        note="'X first reported' in a staff story is a mention",
    ),
    nul(
        "negative_mention",
        "en",
        EN_ARC1,
        FERRY,
        "related-box-wires",
        related(
            "Reuters: Coastal towns weigh the cost of winter ferry service",
            "BBC: Island communities count on year-round crossings",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_UNI,
        MATERNITY,
        "university-published-in",
        keep=("The findings were published this week in The Lancet Regional Health – Americas.",),
        note="a university news page naming the journal a study appeared in",
    ),
    nul(
        "negative_mention",
        "en",
        EN_BG2,
        FERRY,
        "blogger-comments",
        comments(
            ("Marta K.", "Saw this on the BBC last night, glad it's finally happening."),
            ("oldsalt62", "Fox News ran a piece on the island years ago. Nothing changed then."),
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_WP2,
        GRAIN,
        "more-from-guardian-widget",
        more_from(
            "The Guardian",
            "Farmers count the cost of a wet spring",
            "Why grain dust is so dangerous",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_RADIO,
        MATERNITY,
        "mid-told-wsj",
        keep=(
            "Oduya told The Wall Street Journal last year that rural obstetrics was at a breaking point.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_NGO,
        GRAIN,
        "pulitzer-support-line",
        keep=(
            "This reporting was supported by a grant from the Pulitzer Center on Crisis Reporting.",
        ),
        note="a funder's line names no publisher",
    ),
    nul(
        "negative_mention",
        "en",
        EN_BLOX1,
        GRAIN,
        "mid-as-first-reported-invented",
        keep=(
            "As first reported by the Marlow Junction Ledger, the cooperative had asked the state for a safety inspection in 2024.",
        ),
        note="an invented local outlet named in a staff story",
    ),
    nul(
        "negative_mention",
        "en",
        EN_TD2,
        FERRY,
        "mid-affiliate-reported",
        keep=(
            "ABC affiliate WGME reported that the leased vessel would need new safety certificates before December.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_JA1,
        MATERNITY,
        "instagram-embed-nbc",
        instagram(
            "NBC News",
            "Rural hospitals across the US are closing their maternity wards. Here is what that means for families.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_WP1,
        FERRY,
        "tweet-embed-station",
        tweet(
            "Winter ferry service to Gannet Island is back, commissioners vote 4-1.",
            "WCSH 6",
            "WCSH6",
            "March 4, 2026",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_BLOX2,
        GRAIN,
        "caption-ap-photo",
        figure("Smoke rises over Marlow Junction on Monday morning. (AP Photo/Ryan Dolt)"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_ARC1,
        MATERNITY,
        "caption-reuters-photo",
        figure("The entrance of Brannock Regional Hospital. Photo: Reuters/Caleb Moorhouse"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_JN1,
        MATERNITY,
        "caption-afp-via-getty",
        figure(
            "A nurse walks through the maternity ward. (Photo by Dana Hollis/AFP via Getty Images)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_TRADE,
        GRAIN,
        "chart-source-census",
        data_table(
            "Share of elevators older than 60 years",
            "Chart: Elevator & Grain Report | Source: U.S. Department of Agriculture",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_TV1,
        GRAIN,
        "video-caption-nbc",
        mid("Video: NBC News", credit=False),
    ),
    nul(
        "negative_caption",
        "en",
        EN_RG3,
        GRAIN,
        "caption-courtesy-cooperative",
        figure("The elevator before the fire. Photo courtesy of Prairie Union Cooperative"),
    ),
    nul(
        "no_credit",
        "en",
        EN_BLOX3,
        MATERNITY,
        "staff-byline",
        bysite("By Kendra Oldfield, Staff Writer"),
    ),
    nul("no_credit", "en", EN_RG1, GRAIN, "from-staff-reports", bysite("From staff reports")),
    nul("no_credit", "en", EN_BG1, FERRY, "blog-plain-original"),
    nul(
        "no_credit",
        "en",
        EN_NGO,
        FERRY,
        "ngo-communications-team",
        bysite("Posted by Communications Team"),
    ),
    nul(
        "no_credit",
        "en",
        EN_WP2,
        FERRY,
        "submitted-item",
        tail("Submitted by the Tolland Sound Residents' Association", tag="em"),
        note="a reader-submitted item names no publisher",
    ),
    nul(
        "no_credit",
        "en",
        EN_NL1,
        GRAIN,
        "newsletter-plain",
        follow_news("Follow Harbour Weekly on Google News"),
    ),
    # ======================= Spanish =======================
    case(
        "in_table",
        "es",
        ES2,
        ES,
        "El País",
        ["El País", "EL PAÍS", "elpais.com"],
        "fuente-tail",
        tail("Fuente: El País", tag="strong"),
    ),
    case(
        "out_of_table",
        "es",
        ES3,
        ES,
        "Diario de Torrebaja",
        ["Diario de Torrebaja", "diariodetorrebaja.es"],
        "fuente-invented-linked",
        rich(
            "tail",
            "Fuente: ",
            (
                "Diario de Torrebaja",
                "https://www.diariodetorrebaja.es/local/mercado-abastos-reabre",
            ),
        ),
        note="invented local paper",
    ),
    case(
        "out_of_table",
        "es",
        ES2,
        ES,
        "Milenio",
        ["Milenio", "MILENIO", "milenio.com"],
        "via-tail",
        tail("Vía: Milenio", tag="em"),
    ),
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-byline",
        dateline("Torrebaja (Toledo), 6 mar (EFE).-"),
        by("Agencia EFE", cls="byline"),
    ),
    wire(
        "es",
        ES4,
        ES,
        "Reuters",
        RTR,
        "con-informacion-de-reuters",
        tail("Con información de Reuters", tag="em"),
    ),
    own("es", OWN_INFOBAE, ES, "own-infobae-byline", by("Por Redacción Infobae", cls="byline")),
    nul(
        "negative_mention",
        "es",
        ES1,
        ES,
        "lead-declaraciones-onda-cero",
        lead(
            "En declaraciones a Onda Cero, el alcalde aseguró que el mercado será «el corazón del barrio»."
        ),
    ),
    nul(
        "negative_mention",
        "es",
        ES3,
        ES,
        "mid-publico-la-vanguardia",
        keep=(
            "Como publicó La Vanguardia el año pasado, otros mercados de la región han cerrado por falta de relevo generacional.",
        ),
    ),
    nul(
        "negative_caption",
        "es",
        ES4,
        ES,
        "caption-efe-archivo",
        figure("Puestos de fruta en el mercado de Torrebaja. Foto: EFE/Archivo"),
    ),
    nul("no_credit", "es", ES2, ES, "redaccion-byline", bysite("Redacción")),
    # ======================= German =======================
    case(
        "in_table",
        "de",
        DE2,
        DE,
        "Der Spiegel",
        ["Der Spiegel", "SPIEGEL", "Spiegel", "spiegel.de"],
        "erschien-zuerst-bei",
        tail("Dieser Artikel erschien zuerst bei SPIEGEL.", tag="em"),
    ),
    case(
        "out_of_table",
        "de",
        DE1,
        DE,
        "Hohenauer Kreisblatt",
        ["Hohenauer Kreisblatt"],
        "mit-freundlicher-genehmigung",
        tail("Mit freundlicher Genehmigung des Hohenauer Kreisblatts", tag="em"),
        note="invented paper, named in the genitive",
    ),
    wire(
        "de",
        DE3,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur", "DPA"],
        "dpa-dateline-infocom",
        dateline("Hohenau (dpa) -"),
        small_print("dpa-infocom, dpa:260306-930-412877/2"),
    ),
    wire(
        "de",
        DE1,
        DE,
        "AFP",
        AFP,
        "afp-german-dateline-copyright",
        dateline("Hohenau (AFP) -"),
        small_print("© Agence France-Presse"),
    ),
    own(
        "de", OWN_ZEIT, DE, "own-zeit-byline", by("ZEIT ONLINE, Johanna Ebersberger", cls="byline")
    ),
    nul(
        "negative_mention",
        "de",
        DE2,
        DE,
        "mid-wie-br-berichtete",
        keep=(
            "Wie der Bayerische Rundfunk berichtete, plant auch der Nachbarkreis Einschnitte im Busverkehr.",
        ),
    ),
    nul(
        "negative_caption",
        "de",
        DE3,
        DE,
        "caption-dpa-picture-alliance",
        figure("Ein Bus der Linie 614 an der Haltestelle Kleinwerda. Foto: dpa/picture alliance"),
    ),
    nul("no_credit", "de", DE1, DE, "red-byline", bysite("red")),
    # ======================= French =======================
    case(
        "in_table",
        "fr",
        FR1,
        FR,
        "Le Parisien",
        ["Le Parisien", "leparisien.fr"],
        "source-espace-deux-points",
        tail("Source : Le Parisien"),
    ),
    case(
        "in_table",
        "fr",
        FR3,
        FR,
        "Le Figaro",
        ["Le Figaro", "lefigaro.fr"],
        "initialement-publie-sur",
        rich(
            "tail",
            "Cet article a été initialement publié sur ",
            (
                "Le Figaro",
                "https://www.lefigaro.fr/actualite-france/montbrizon-cantine-bio-20260306",
            ),
            ".",
            tag="em",
        ),
    ),
    case(
        "out_of_table",
        "fr",
        FR2,
        FR,
        "La Montagne",
        ["La Montagne", "lamontagne.fr"],
        "source-la-montagne",
        tail("Source : La Montagne", tag="strong"),
        note="a regional daily the table lacks",
    ),
    wire(
        "fr",
        FR2,
        FR,
        "AFP",
        AFP,
        "afp-dateline-avec-afp",
        dateline("Montbrizon (AFP) -"),
        tail("(Avec AFP)"),
    ),
    own(
        "fr",
        OWN_OF,
        FR,
        "own-ouest-france-byline",
        by("Ouest-France, Gaëlle Tournemire", cls="byline"),
    ),
    nul(
        "negative_mention",
        "fr",
        FR1,
        FR,
        "mid-a-declare-a-lafp",
        keep=(
            "« Nous avons fait le choix de ne pas augmenter les tarifs », a déclaré à l'AFP le maire de Montbrizon.",
        ),
        note="a quote given to AFP in a staff story",
    ),
    nul(
        "negative_caption",
        "fr",
        FR3,
        FR,
        "caption-photo-afp",
        figure("La cuisine centrale de Montbrizon. Photo d'illustration : AFP"),
    ),
    nul("no_credit", "fr", FR2, FR, "la-redaction", bysite("La Rédaction")),
    # ======================= Portuguese =======================
    case(
        "in_table",
        "pt",
        PT2,
        PT,
        "Folha de S.Paulo",
        ["Folha de S.Paulo", "Folha de São Paulo", "Folha", "folha.uol.com.br"],
        "com-informacoes-da-folha",
        tail("Com informações da Folha de S.Paulo", tag="em"),
    ),
    case(
        "out_of_table",
        "pt",
        PT3,
        PT,
        "Jornal de Vargem do Sul",
        ["Jornal de Vargem do Sul", "jornalvargemdosul.com.br"],
        "fonte-invented",
        tail("Fonte: Jornal de Vargem do Sul"),
        note="invented local paper",
    ),
    wire(
        "pt",
        PT1,
        PT,
        "Agência Brasil",
        ["Agência Brasil", "Agencia Brasil"],
        "com-informacoes-agencia-brasil",
        tail("Com informações da Agência Brasil"),
    ),
    wire(
        "pt",
        PT2,
        PT,
        "Estadão Conteúdo",
        ["Estadão Conteúdo", "Estadao Conteudo", "Agência Estado"],
        "byline-estadao-conteudo",
        by("Estadão Conteúdo", cls="td-post-author-name"),
    ),
    own("pt", OWN_ESTADAO, PT, "own-estadao-byline", by("Por Redação Estadão", cls="byline")),
    nul(
        "negative_mention",
        "pt",
        PT1,
        PT,
        "lead-entrevista-radio-gaucha",
        lead(
            "Em entrevista à Rádio Gaúcha, o prefeito de Serra Alta disse que a liberação era aguardada havia meses."
        ),
    ),
    nul(
        "negative_caption",
        "pt",
        PT3,
        PT,
        "caption-reproducao-tv",
        figure("Ponte sobre o rio Jacaré. Foto: Reprodução/TV Globo"),
    ),
    # ======================= Russian =======================
    case(
        "in_table",
        "ru",
        RU2,
        RU,
        "RT",
        ["RT", "RT на русском", "russian.rt.com"],
        "po-materialam-rt",
        tail("По материалам RT", tag="em"),
    ),
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Верхнеозёрская правда",
        ["Верхнеозёрская правда", "Верхнеозерская правда"],
        "istochnik-invented",
        tail("Источник: «Верхнеозёрская правда»"),
        note="invented district paper; the quotation marks are not part of the name",
    ),
    wire(
        "ru",
        RU1,
        RU,
        "TASS",
        ["TASS", "ТАСС"],
        "tass-dateline",
        dateline("ВЕРХНЕОЗЁРСК, 6 марта. /ТАСС/."),
        note="TASS's dateline only",
    ),
    wire(
        "ru",
        RU2,
        RU,
        "RIA Novosti",
        ["RIA Novosti", "РИА Новости"],
        "istochnik-ria",
        tail("Источник: РИА Новости"),
    ),
    own("ru", OWN_MEDUZA, RU, "own-meduza-plain", by("«Медуза»", cls="byline")),
    nul(
        "negative_mention",
        "ru",
        RU1,
        RU,
        "mid-v-besede-s-izvestiyami",
        keep=(
            "В беседе с «Известиями» Шестакова отметила, что нехватка педиатров остаётся главной проблемой района.",
        ),
    ),
    # ======================= Chinese =======================
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "China Daily",
        ["China Daily", "中国日报", "中国日报网", "chinadaily.com.cn"],
        "laiyuan-china-daily",
        tail("来源：中国日报网"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH3,
        ZH,
        "澎湃新闻",
        ["澎湃新闻", "The Paper", "thepaper.cn"],
        "aggregator-source-thepaper",
        source_row("澎湃新闻", "2小时前"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH1,
        ZH,
        "青溪发布",
        ["青溪发布"],
        "laiyuan-county-account",
        tail("来源：青溪发布"),
        note="invented county government news account",
    ),
    wire(
        "zh",
        ZH2,
        ZH,
        "Xinhua",
        ["Xinhua", "新华社", "Xinhua News Agency"],
        "xinhua-dateline-laiyuan",
        dateline("新华社青溪3月6日电（记者 钱文博）"),
        tail("来源：新华社"),
    ),
    nul(
        "negative_mention",
        "zh",
        ZH1,
        ZH,
        "mid-ju-baodao",
        keep=("据《南方都市报》此前报道，邻近的两个县已于去年开通类似线路。",),
    ),
    nul(
        "negative_caption",
        "zh",
        ZH3,
        ZH,
        "caption-tupian-laiyuan",
        figure("新开通的城乡公交车。图片来源：县交通运输局"),
    ),
    # ======================= Japanese =======================
    case(
        "in_table",
        "ja",
        JA3,
        JA,
        "The Asahi Shimbun",
        ["The Asahi Shimbun", "Asahi Shimbun", "朝日新聞", "朝日新聞デジタル", "asahi.com"],
        "aggregator-source-asahi",
        source_row("朝日新聞デジタル", "3/6(金) 18:02"),
    ),
    case(
        "out_of_table",
        "ja",
        JA2,
        JA,
        "信濃毎日新聞",
        ["信濃毎日新聞", "信濃毎日新聞デジタル", "信毎", "Shinano Mainichi Shimbun"],
        "shutten-blog",
        tail("出典：信濃毎日新聞デジタル"),
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        ["Kyodo News", "Kyodo", "共同通信"],
        "kyodo-tail",
        tail("（共同）"),
    ),
    wire(
        "ja",
        JA3,
        JA,
        "Jiji Press",
        ["Jiji Press", "Jiji", "時事通信"],
        "aggregator-source-jiji",
        source_row("時事通信", "3/6(金) 17:45"),
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-nhk-shuzai",
        keep=("森田町長はＮＨＫの取材に対し、ほかの施設の統合は考えていないと述べた。",),
    ),
    # ======================= Arabic =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Al Arabiya",
        ["Al Arabiya", "العربية", "العربية نت", "alarabiya.net"],
        "almasdar-alarabiya",
        tail("المصدر: العربية نت"),
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "الخليج",
        ["الخليج", "صحيفة الخليج", "Al Khaleej", "alkhaleej.ae"],
        "almasdar-alkhaleej",
        tail("المصدر: صحيفة الخليج", tag="strong"),
        note="a UAE daily the table lacks; 'صحيفة' (newspaper) is not part of the name",
    ),
    wire(
        "ar",
        AR2,
        AR,
        "Emirates News Agency",
        ["Emirates News Agency", "WAM", "وام", "وكالة أنباء الإمارات"],
        "wam-dateline",
        dateline("الخيران في 6 مارس / وام /"),
    ),
    own("ar", OWN_MENA, AR, "own-mena-tag", tail("(أ ش أ)")),
    nul(
        "negative_caption",
        "ar",
        AR1,
        AR,
        "caption-afp",
        figure("ألواح شمسية بجوار محطة التحلية (صورة: أ ف ب)"),
    ),
    # ======================= Italian =======================
    case(
        "in_table",
        "it",
        IT1,
        IT,
        "Corriere della Sera",
        ["Corriere della Sera", "Corriere", "corriere.it"],
        "fonte-corriere",
        tail("Fonte: Corriere della Sera"),
    ),
    case(
        "out_of_table",
        "it",
        IT2,
        IT,
        "l'Adige",
        ["l'Adige", "L'Adige", "ladige.it"],
        "fonte-ladige-brackets",
        tail("(fonte: l'Adige)"),
    ),
    wire(
        "it",
        IT2,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline",
        dateline("(ANSA) - VALDORSA, 06 MAR -"),
    ),
    own(
        "it",
        OWN_ADN,
        IT,
        "own-adnkronos-copyright",
        small_print("RIPRODUZIONE RISERVATA © Copyright Adnkronos"),
    ),
    # ======================= Indonesian =======================
    case(
        "in_table",
        "id",
        ID2,
        ID,
        "BBC",
        ["BBC", "BBC News Indonesia", "BBC Indonesia", "bbc.com"],
        "sumber-bbc-indonesia",
        tail("Sumber: BBC News Indonesia"),
    ),
    case(
        "out_of_table",
        "id",
        ID1,
        ID,
        "Kompas.com",
        ["Kompas.com", "Kompas", "kompas.com"],
        "telah-tayang-di-kompas",
        rich(
            "tail",
            'Artikel ini telah tayang di Kompas.com dengan judul "Pasar Terapung Sungai Keruh Kembali Dibuka". Klik untuk baca: ',
            (
                "https://regional.kompas.com/read/2026/03/06/pasar-terapung",
                "https://regional.kompas.com/read/2026/03/06/pasar-terapung",
            ),
        ),
    ),
    wire(
        "id",
        ID1,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Antara News"],
        "antara-dateline",
        dateline("Muara Lintang (ANTARA) -"),
    ),
    nul(
        "negative_mention",
        "id",
        ID2,
        ID,
        "baca-juga-detik",
        mid(
            "Baca juga: Detik: Wisata Pasar Terapung Ramai Dikunjungi Saat Libur Panjang",
            credit=False,
        ),
        note="an inline 'read also' link naming another outlet",
    ),
    # ======================= Turkish =======================
    case(
        "out_of_table",
        "tr",
        TR2,
        TR,
        "Sözcü",
        ["Sözcü", "SÖZCÜ", "sozcu.com.tr"],
        "kaynak-sozcu",
        tail("Kaynak: Sözcü"),
    ),
    wire(
        "tr",
        TR1,
        TR,
        "İhlas Haber Ajansı",
        ["İhlas Haber Ajansı", "İHA", "IHA", "Ihlas News Agency"],
        "iha-dateline",
        dateline("KARAAĞAÇ (İHA) –"),
    ),
    nul(
        "negative_caption",
        "tr",
        TR2,
        TR,
        "caption-dha",
        figure("Restore edilen konağın giriş katı. (Fotoğraf: DHA)"),
    ),
    # ======================= Korean =======================
    case(
        "out_of_table",
        "ko",
        KO1,
        KO,
        "경남도민일보",
        ["경남도민일보", "idomin.com"],
        "chulcheo-tail",
        tail("<출처: 경남도민일보>"),
    ),
    wire(
        "ko",
        KO2,
        KO,
        "Yonhap",
        ["Yonhap", "연합뉴스", "Yonhap News Agency"],
        "yonhap-dateline-trailer",
        dateline("(남해=연합뉴스) 박성우 기자 ="),
        *lines(
            "swpark@yna.co.kr", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"
        ),
        note="the reporter's agency address and Yonhap's trailer are both credit lines; the bracket byline opens the text (kept, as a dateline)",
    ),
]
