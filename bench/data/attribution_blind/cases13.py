# ruff: noqa: E501, RUF001
"""Sites and cases of the thirteenth blind set (cases_2026-12-15.jsonl).

Written from newsroom conventions without reading the attribution code. A fifth independent
representative sample of the open web, about half English and half thirteen other languages:
US local papers, TV and public-radio sites running AP, CNN Newsource and nonprofit copy;
scraper blogs with RSS footers; aggregators and a partner portal; Indian portals running PTI,
ANI, IANS and Reuters; Nigerian, Kenyan, Malaysian, Pakistani and Gulf portals running NAN,
Xinhua, AFP and Reuters; and regional sites in each other language running their agencies.
Each page's convention is drawn about as often as a crawler of ordinary news feeds meets it,
whether or not an earlier set used it. Append only: ids follow list order within (category,
language).
"""

from __future__ import annotations

from html import escape

from cases6 import blogger_div, by, bysite, chrome_after, nul, own, wire
from cases8 import (
    AFP,
    AP,
    AP_TRAILER,
    PTI,
    RTR,
    appeared_first,
    comments,
    jby,
    more_from,
    provider,
    related,
    source_row,
    td_source,
    tnt,
)
from cases9 import data_table, lines
from cases11 import note_line, small_print
from chrome8 import site_registry
from model3 import Case3, Part, Site3, case, dateline, figure, head, raw, tail
from model4 import canonical, labelled, rich, signoff
from model5 import coda, in_last_p, lead, tweet

SITES13: dict[str, Site3] = {}


_s = site_registry(SITES13)


def blog(key: str, name: str) -> str:
    """A Blogger blog, served from its own subdomain."""
    return _s(key, name, "blogger", key)


def states_footer(outlet: str, editor: str, email: str) -> Part:
    """The footer every States Newsroom outlet asks republishers to paste under its stories
    (and prints under its own): the outlet is named; States Newsroom, the network, is not the
    answer."""
    return tail(
        f"{outlet} is part of States Newsroom, a nonprofit news network supported by grants and a"
        f" coalition of donors as a 501c(3) public charity. {outlet} maintains editorial"
        f" independence. Contact Editor {editor} for questions: {email}.",
        tag="em",
    )


def disclosure(text: str) -> Part:
    """An author's disclosure statement under a republished piece: it names no outlet, so it is
    not a credit line (nor a sentence that must stay)."""
    return raw("tail", text, f"<p>{escape(text, quote=False)}</p>", False)


def author_card(name: str, bio: str) -> Part:
    """An author box under a staff story: chrome, never a credit."""
    return chrome_after(
        f'<div class="author-box"><img src="/img/authors/{sum(map(ord, name)) % 97}.jpg" alt=""><div class="author-box__text"><h4>{escape(name, quote=False)}</h4><p>{escape(bio, quote=False)}</p></div></div>',
        bio,
    )


# ---------------------------------------------------------------- sites
# English, by the story they mostly carry: a bridge in Oregon, measles in Texas, a cannery in
# Alaska, water in Maharashtra, mini-grids in Nigeria; and pages that carry any of them.
EN_BLOX1 = _s("ostrandercountyregister.com", "Ostrander County Register", "blox")
EN_BLOX2 = _s("tamseyvalleytimes.com", "Tamsey Valley Times", "blox")
EN_TV1 = _s("kpfn12.com", "KPFN 12 News", "brightspot")
EN_RADIO = _s("tamseypublicradio.org", "Tamsey Public Radio", "brightspot")
EN_NL = _s("ostranderweekly.news", "The Ostrander Weekly", "newsletter", "ostranderweekly.news")
EN_BLOX3 = _s("larrabeecountyleader.com", "Larrabee County Leader", "blox")
EN_TV2 = _s("kcsx5.com", "KCSX 5", "arc")
EN_UNI = _s("larrabee.edu", "Larrabee University News", "drupal", "news.larrabee.edu")
EN_WP2 = _s("hillcountryparentsvoice.com", "Hill Country Parents Voice", "wp")
EN_GH = _s("caddospringsnotes.com", "Caddo Springs Notes", "ghost", "caddospringsnotes.com")
EN_NGO = _s("healthykidstexas.org", "Healthy Kids Texas", "wp")
EN_ARC1 = _s("kestrelbaychronicle.net", "Kestrel Bay Chronicle", "arc")
EN_TRADE = _s("seafoodplantreport.com", "Seafood Plant Report", "wp")
EN_OLD = _s("northpacificwire.net", "North Pacific Wire", "oldportal")
EN_BG1 = blog("alaskanewsroundup.blogspot.com", "Alaska News Roundup")
EN_PT = _s("dailyfeedportal.com", "DailyFeed", "partner")
EN_AG = _s("newsnook.app", "Newsnook", "aggregator", "newsnook.app")
EN_WP1 = _s("dailyusnewsdigest.com", "Daily US News Digest", "wp")
EN_BG3 = blog("smalltownamerica-news.blogspot.com", "Small Town America News")
EN_IN1 = _s("bhoranpurmirror.in", "Bhoranpur Mirror", "regional")
EN_IN2 = _s("maharashtralive24.in", "Maharashtra Live 24", "tagdiv")
EN_IN3 = _s("westindiabulletin.com", "West India Bulletin", "jannah")
EN_BG2 = blog("indianewsdigest-today.blogspot.com", "India News Digest Today")
EN_PK = _s("karachibizwire.pk", "Karachi Biz Wire", "jannah")
EN_NG1 = _s("nigerstateherald.com.ng", "Niger State Herald", "jnews")
EN_NG2 = _s("naijaenergywatch.com", "Naija Energy Watch", "tagdiv")
EN_NG3 = blog("gistplanetng.blogspot.com", "Gist Planet NG")
EN_KE = _s("eastafricaenergydaily.co.ke", "East Africa Energy Daily", "jannah")
EN_MY = _s("klbusinesspulse.my", "KL Business Pulse", "regional")
EN_GULF = _s("gulfbriefing24.com", "Gulf Briefing 24", "jannah")
EN_CLIM = _s("climateafricanotes.org", "Climate Africa Notes", "wp")
OWN_TT = _s("texastribune.org", "The Texas Tribune", "regional")
OWN_PUNCH = _s("punchng.com", "Punch Newspapers", "wp")
OWN_OCC = _s("oregoncapitalchronicle.com", "Oregon Capital Chronicle", "wp")
OWN_CNN = _s("cnn.com", "CNN", "arc")
OWN_HT = _s("hindustantimes.com", "Hindustan Times", "regional")
OWN_NAN = _s("nannews.ng", "News Agency of Nigeria", "wp")
# Spanish (Extremadura, Mexico)
ES1 = _s("almendraldigital.es", "Almendral Digital", "wp")
ES2 = _s("vegasaltas-hoy.es", "Vegas Altas Hoy", "jnews")
ES3 = _s("elinformadorcampesino.com.mx", "El Informador Campesino", "tagdiv")
ES4 = blog("olivaresyalmazaras.blogspot.com", "Olivares y almazaras")
OWN_20M = _s("20minutos.es", "20minutos", "arc")
# German (Lower Saxony)
DE1 = _s("hallstedter-anzeiger.de", "Hallstedter Anzeiger", "localportal")
DE2 = _s("lammtal-news.de", "Lammtal News", "wp")
DE3 = _s("rundschau-lammingen.de", "Lamminger Rundschau", "drupal")
OWN_NDR = _s("ndr.de", "NDR", "regional")
# French (Tarn)
FR1 = _s("tarn-actu-locale.fr", "Tarn Actu", "wp")
FR2 = _s("lespinasse-infos.fr", "Lespinasse Infos", "jnews")
FR3 = blog("ecolesrurales-en-lutte.blogspot.com", "Écoles rurales en lutte")
OWN_DDM = _s("ladepeche.fr", "La Dépêche du Midi", "arc")
# Portuguese (Rio Grande do Sul)
PT1 = _s("valedotaquaracu.com.br", "Vale do Taquaraçu Notícias", "wp")
PT2 = _s("portalsaobento-rs.com.br", "Portal São Bento", "tagdiv")
OWN_GZH = _s("gauchazh.clicrbs.com.br", "GZH", "arc", "gauchazh.clicrbs.com.br")
# Russian (Krasnoyarsk Krai)
RU1 = _s("kezhma-vesti.ru", "Кежемские вести", "bitrix")
RU2 = _s("priangarye-news.ru", "Приангарье. Новости", "wp")
OWN_RG = _s("rg.ru", "Российская газета", "regional", "rg.ru")
# Chinese
ZH1 = _s("nanping-shequ.com", "南屏社区网", "regional")
ZH2 = _s("wutongli-shenghuo.net", "梧桐里生活", "wp")
ZH3 = _s("jiangbei-zixun.com", "江北资讯聚合", "aggregator", "jiangbei-zixun.com")
OWN_PAPER = _s("thepaper.cn", "澎湃新闻", "regional")
# Japanese
JA1 = _s("kitaka-minpo.jp", "北鹿民報", "jpnews")
JA2 = _s("kitaka-kosodate-navi.com", "北鹿こそだてナビ", "wp")
JA3 = _s("tohoku-news-matome.net", "東北ニュースまとめ", "aggregator", "tohoku-news-matome.net")
OWN_YOMIURI = _s("yomiuri.co.jp", "読売新聞オンライン", "jpnews")
# Arabic (UAE)
AR1 = _s("alramla-news.ae", "أخبار الرملة", "jannah")
AR2 = _s("wahat-alramla.com", "واحة الرملة اليوم", "tagdiv")
OWN_ITTIHAD = _s("alittihad.ae", "الاتحاد", "regional")
# Italian
IT1 = _s("roccaviva-notizie.it", "Roccaviva Notizie", "jnews")
IT2 = _s("valleverdeoggi.it", "Valleverde Oggi", "wp")
# Indonesian
ID1 = _s("tanjunglesung-pos.com", "Tanjung Lesung Pos", "jnews")
ID2 = _s("bantenpesisir-pos.id", "Banten Pesisir Pos", "wp")
# Turkish
TR1 = _s("karapinar-haber.com", "Karapınar Haber", "tagdiv")
TR2 = _s("konya-ovasi-haber.com", "Konya Ovası Haber", "jannah")
# Hindi (Rajasthan)
HI1 = _s("rampura-samachar.in", "रामपुरा समाचार", "regional")
HI2 = _s("marudharkhabar.com", "मरुधर खबर", "wp")
# Korean
KO1 = _s("cheongun-news.kr", "청운뉴스", "koportal")
KO2 = _s("cheongunilbo.co.kr", "청운일보", "wp")

BRIDGE, MEASLES, CANNERY, TANKER, GRID = "swingbridge", "measles", "cannery", "tanker", "minigrid"
ES, DE, FR, PT, RU, ZH = "almazara", "dorfladen", "classe", "enchente", "pereprava", "shitang"
JA, AR, IT, ID, TR, HI, KO = "kuma", "tumur", "frana", "rob", "kar", "mandi", "camping"

BRIDGE_T = "Pellham Falls swing bridge to close for 14 months, adding a 30-mile detour"
CANNERY_T = (
    "Kestrel Bay cannery will not reopen this summer, leaving 300 seasonal workers without jobs"
)

CASES13: list[Case3] = [
    # ======================= English: credited copies, in the table =======================
    case(
        "in_table",
        "en",
        EN_CLIM,
        GRID,
        "The Conversation",
        ["The Conversation", "theconversation.com"],
        "conversation-nonprofit-boilerplate",
        rich(
            "tail",
            "This article is republished from ",
            ("The Conversation", "https://theconversation.com"),
            ", a nonprofit, independent news organization bringing you facts and trustworthy analysis to help you make sense of our complex world. It was written by: Adaeze Okonkwo, University of Nigeria.",
            tag="em",
        ),
        disclosure(
            "Adaeze Okonkwo does not work for, consult, own shares in or receive funding from any company or organization that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment."
        ),
        note="The Conversation's newer republishing line (with the author) and the author's disclosure, which names no outlet and is not a credit line",
    ),
    case(
        "in_table",
        "en",
        EN_GH,
        MEASLES,
        "ProPublica",
        ["ProPublica", "propublica.org"],
        "propublica-big-story-line",
        tail(
            "This article was originally published by ProPublica, a Pulitzer Prize-winning investigative newsroom. Sign up for The Big Story newsletter to receive stories like this one in your inbox.",
            tag="em",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_NGO,
        MEASLES,
        "KFF Health News",
        ["KFF Health News", "Kaiser Health News", "KHN", "kffhealthnews.org"],
        "kff-description-trailer",
        tail(
            "KFF Health News is a national newsroom that produces in-depth journalism about health issues and is one of the core operating programs at KFF — an independent source of health policy research, polling, and journalism.",
            tag="em",
        ),
        note="the description trailer KFF Health News asks republishers to keep",
    ),
    case(
        "in_table",
        "en",
        EN_BLOX3,
        MEASLES,
        "Stateline",
        ["Stateline", "stateline.org"],
        "states-newsroom-footer",
        states_footer("Stateline", "Marla Quint", "info@stateline.org"),
        note="the States Newsroom footer: the outlet it names, never the network",
    ),
    case(
        "in_table",
        "en",
        EN_TV2,
        MEASLES,
        "CNN",
        ["CNN", "CNN Newsource", "Cable News Network", "cnn.com"],
        "cnn-newsource-trailer",
        small_print(
            "The-CNN-Wire ™ & © 2026 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved."
        ),
        note="a local TV station running CNN Newsource copy with CNN's wire trailer",
    ),
    case(
        "in_table",
        "en",
        EN_WP1,
        BRIDGE,
        "The Free Beacon",
        ["The Free Beacon", "Washington Free Beacon", "Free Beacon", "freebeacon.com"],
        "yoast-rss-footer",
        appeared_first(
            BRIDGE_T,
            "Washington Free Beacon",
            "https://freebeacon.com/2026/03/09/pellham-falls-swing-bridge-closure/",
        ),
        note="the Yoast RSS footer kept by a scraper site",
    ),
    case(
        "in_table",
        "en",
        EN_AG,
        CANNERY,
        "ABC News",
        ["ABC News", "abcnews.go.com"],
        "aggregator-source-row",
        source_row("ABC News", "4h"),
        note="an aggregator's source row: the outlet and the item's age",
    ),
    case(
        "in_table",
        "en",
        EN_PT,
        MEASLES,
        "Newsweek",
        ["Newsweek", "newsweek.com"],
        "portal-provided-by",
        provider("Newsweek", "Hollis Carrow"),
        note="a partner portal's provider strip: the outlet, never the portal",
    ),
    case(
        "in_table",
        "en",
        EN_IN2,
        TANKER,
        "The Times of India",
        ["The Times of India", "Times of India", "TOI"],
        "courtesy-bold-head",
        head("(Courtesy: Times of India)", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        EN_NG3,
        GRID,
        "Premium Times",
        ["Premium Times", "PREMIUM TIMES", "premiumtimesng.com"],
        "culled-from-tail",
        tail("Culled from Premium Times", tag="em"),
        note="the Nigerian blogs' 'Culled from'",
    ),
    case(
        "in_table",
        "en",
        EN_BG3,
        BRIDGE,
        "The New York Times",
        ["The New York Times", "New York Times", "nytimes.com"],
        "canonical-only",
        canonical("https://www.nytimes.com/2026/03/09/us/oregon-pellham-falls-bridge-closure.html"),
        note="a canonical link to the outlet's page is the only sign of the copy",
    ),
    case(
        "in_table",
        "en",
        EN_BG2,
        TANKER,
        "The Hindu",
        ["The Hindu", "thehindu.com"],
        "blogger-source-div",
        blogger_div(
            "Source:",
            "The Hindu",
            "https://www.thehindu.com/news/national/other-states/bhoranpur-alternate-day-water-supply/article69281144.ece",
        ),
    ),
    case(
        "in_table",
        "en",
        EN_TV1,
        MEASLES,
        "NBC News",
        ["NBC News", "NBC", "nbcnews.com"],
        "jsonld-author-based-on",
        ld={
            "author": {"@type": "Organization", "name": "NBC News"},
            "isBasedOn": "https://www.nbcnews.com/health/health-news/caddo-springs-measles-outbreak-rcna198452",
        },
        note="an affiliate running network copy: only JSON-LD names NBC News (author and isBasedOn); the visible byline is the reporter's",
    ),
    # ======================= English: credited copies, outside the table =======================
    case(
        "out_of_table",
        "en",
        EN_TRADE,
        CANNERY,
        "Anchorage Daily News",
        ["Anchorage Daily News", "ADN", "adn.com"],
        "tca-trailer",
        small_print(
            "©2026 Anchorage Daily News. Visit at adn.com. Distributed by Tribune Content Agency, LLC."
        ),
        note="Tribune Content Agency only distributes: the paper is the answer",
    ),
    case(
        "out_of_table",
        "en",
        EN_BLOX2,
        BRIDGE,
        "Oregon Capital Chronicle",
        ["Oregon Capital Chronicle", "oregoncapitalchronicle.com"],
        "states-newsroom-footer",
        states_footer(
            "Oregon Capital Chronicle", "Julian Treadwell", "info@oregoncapitalchronicle.com"
        ),
        note="a States Newsroom outlet outside the table; States Newsroom is not the answer",
    ),
    case(
        "out_of_table",
        "en",
        EN_BG1,
        CANNERY,
        "Alaska Beacon",
        ["Alaska Beacon", "alaskabeacon.com"],
        "yoast-rss-footer",
        appeared_first(
            CANNERY_T,
            "Alaska Beacon",
            "https://alaskabeacon.com/2026/03/12/kestrel-bay-cannery-will-not-reopen/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_WP2,
        MEASLES,
        "Chalkbeat",
        ["Chalkbeat", "chalkbeat.org"],
        "chalkbeat-originally-published",
        tail(
            "This story was originally published by Chalkbeat. Chalkbeat is a nonprofit news site covering educational change in public schools. Sign up for their newsletters at ckbe.at/newsletters.",
            tag="em",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_NG1,
        GRID,
        "News Agency of Nigeria",
        ["News Agency of Nigeria", "NAN", "nannews.ng"],
        "nan-dateline-signoff",
        dateline("Minna, March 9, 2026 (NAN)"),
        signoff("(NAN)(www.nannews.ng)"),
        note_line("Edited by Sadiya Hamza", cls="nan-editor"),
        note="NAN, a wire outside the table, filed out_of_table as the eighth set files it; its sign-off and editor line are credit lines, its dateline is kept",
    ),
    case(
        "out_of_table",
        "en",
        EN_NG2,
        GRID,
        "ThisDay",
        ["ThisDay", "THISDAY", "ThisDayLive", "thisdaylive.com"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "ThisDay",
            "https://www.thisdaylive.com/index.php/2026/03/09/solar-mini-grids-power-14-niger-villages/",
        ),
    ),
    case(
        "out_of_table",
        "en",
        EN_MY,
        GRID,
        "Malay Mail",
        ["Malay Mail", "malaymail.com"],
        "inline-dash-tail",
        in_last_p("— Malay Mail"),
        note="the outlet's name typed after the final sentence, in the same paragraph",
    ),
    case(
        "out_of_table",
        "en",
        EN_PK,
        CANNERY,
        "Business Recorder",
        ["Business Recorder", "brecorder.com"],
        "courtesy-bold-head",
        head("Courtesy: Business Recorder", tag="strong"),
    ),
    case(
        "out_of_table",
        "en",
        EN_BLOX1,
        BRIDGE,
        "Pellham Falls Pilot",
        ["Pellham Falls Pilot", "The Pellham Falls Pilot"],
        "first-published-by-sister-paper",
        tail("This story was first published by the Pellham Falls Pilot.", tag="em"),
        note="invented sister paper in the same newspaper group",
    ),
    case(
        "out_of_table",
        "en",
        EN_OLD,
        CANNERY,
        "seattletimes.com",
        ["seattletimes.com", "The Seattle Times", "Seattle Times"],
        "via-full-url",
        rich(
            "tail",
            "Via ",
            (
                "https://www.seattletimes.com/business/kestrel-bay-cannery-will-not-reopen/?utm_source=rss&utm_medium=rss",
                "https://www.seattletimes.com/business/kestrel-bay-cannery-will-not-reopen/?utm_source=rss&utm_medium=rss",
            ),
        ),
        note="a full URL with tracking parameters: answered by its registrable domain, the paper's name also accepted",
    ),
    case(
        "out_of_table",
        "en",
        EN_AG,
        MEASLES,
        "The Dallas Morning News",
        ["The Dallas Morning News", "Dallas Morning News", "dallasnews.com"],
        "aggregator-source-row",
        source_row("The Dallas Morning News", "6h"),
    ),
    # ======================= English: wire copy =======================
    wire(
        "en",
        EN_BLOX1,
        BRIDGE,
        "Associated Press",
        AP,
        "ap-byline-dateline-trailer",
        tnt("By CORINNE WALDRIP Associated Press"),
        dateline("PELLHAM FALLS, Ore. (AP) —"),
        small_print(AP_TRAILER),
        note="AP copy on a member paper: byline and trailer are credit lines, the dateline is kept",
    ),
    wire(
        "en",
        EN_TV2,
        MEASLES,
        "Associated Press",
        AP,
        "ap-health-support-trailer",
        dateline("CADDO SPRINGS, Texas (AP) —"),
        tail(
            "The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute's Department of Science Education and the Robert Wood Johnson Foundation. The AP is solely responsible for all content.",
            tag="em",
        ),
        note="AP's philanthropy line under its health stories is a credit line",
    ),
    wire(
        "en",
        EN_KE,
        GRID,
        "Associated Press",
        AP,
        "ap-climate-support-trailer",
        dateline("KWANDARA, Nigeria (AP) —"),
        tail(
            "The Associated Press' climate and environmental coverage receives financial support from multiple private foundations. AP is solely responsible for all content. Find AP's standards for working with philanthropies, a list of supporters and funded coverage areas at AP.org.",
            tag="em",
        ),
    ),
    wire(
        "en",
        EN_ARC1,
        CANNERY,
        "Associated Press",
        AP,
        "ap-caps-byline-dateline",
        by("By ASSOCIATED PRESS", cls="byline"),
        dateline("KESTREL BAY, Alaska (AP) —"),
    ),
    wire(
        "en",
        EN_RADIO,
        BRIDGE,
        "Associated Press",
        AP,
        "ap-dateline-only",
        dateline("SALEM, Ore. (AP) —"),
        note="AP state-wire copy whose only credit is the dateline (from the state capital)",
    ),
    wire(
        "en",
        EN_OLD,
        CANNERY,
        "Reuters",
        RTR,
        "reuters-dateline-reporting",
        dateline("KESTREL BAY, Alaska, March 12 (Reuters) -"),
        tail(
            "(Reporting by Nadia Ostrowski in Seattle; additional reporting by Leon Marsh; Editing by Caroline Harte)"
        ),
    ),
    wire(
        "en",
        EN_MY,
        GRID,
        "Reuters",
        RTR,
        "reuters-byline-trust-principles",
        by("Reuters", cls="byline", credit=False),
        dateline("KWANDARA, Nigeria, March 9 (Reuters) -"),
        small_print("Our Standards: The Thomson Reuters Trust Principles."),
        note="a one-word byline is not a credit line; the standards line is",
    ),
    wire(
        "en",
        EN_IN1,
        TANKER,
        "Reuters",
        RTR,
        "reuters-syndicated-feed-disclaimer",
        dateline("BHORANPUR, India, March 9 (Reuters) -"),
        tail(
            "(Only the headline and picture of this report may have been reworked by the Bhoranpur Mirror staff; the rest of the content is auto-generated from a syndicated feed.)",
            tag="em",
        ),
        note="the portal's syndicated-feed disclaimer names no outlet but is a line to remove (as in the seventh set)",
    ),
    wire(
        "en",
        EN_GULF,
        GRID,
        "AFP",
        AFP,
        "afp-author-slot-dateline",
        jby("Agence France-Presse"),
        dateline("Kwandara (Nigeria) (AFP) -"),
    ),
    wire(
        "en",
        EN_IN2,
        TANKER,
        "Press Trust of India",
        PTI,
        "pti-dateline-desk-codes",
        dateline("Bhoranpur, Mar 9 (PTI)"),
        note_line("PTI SDK NR NSK", cls="pti-slug"),
    ),
    wire(
        "en",
        EN_IN3,
        TANKER,
        "ANI",
        ["ANI", "Asian News International"],
        "ani-dateline-wire-feed-line",
        dateline("Bhoranpur (Maharashtra) [India], March 9 (ANI):"),
        tail(
            "(This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.)",
            tag="em",
        ),
        note="the wire-feed line names no agency; the ANI dateline decides, and the line is removed",
    ),
    wire(
        "en",
        EN_IN1,
        TANKER,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-signoff-slug",
        dateline("Bhoranpur, March 9 (IANS)"),
        *lines("--IANS", "sdj/dpb", cls="ians"),
    ),
    wire(
        "en",
        EN_NG2,
        GRID,
        "Xinhua",
        ["Xinhua", "Xinhua News Agency"],
        "xinhua-dateline-enditem",
        dateline("ABUJA, March 9 (Xinhua) --"),
        note_line("Enditem", cls="xinhua-end"),
        note="Xinhua English's end marker is treated as a credit line",
    ),
    wire(
        "en",
        EN_WP1,
        CANNERY,
        "United Press International",
        ["United Press International", "UPI"],
        "upi-dateline-copyright",
        dateline("March 12 (UPI) --"),
        small_print(
            "Copyright 2026 United Press International, Inc. (UPI). Any reproduction, republication, redistribution and/or modification of any UPI content is expressly prohibited without UPI's prior written consent."
        ),
    ),
    # ======================= English: own pages =======================
    own(
        "en",
        OWN_TT,
        MEASLES,
        "own-texas-tribune-disclosure",
        tail(
            "Disclosure: Larrabee Health System has been a financial supporter of The Texas Tribune, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors. Financial supporters play no role in the Tribune's journalism.",
            tag="em",
        ),
        note="the Tribune's sponsor disclosure names itself on its own page",
    ),
    own(
        "en",
        OWN_PUNCH,
        GRID,
        "own-punch-copyright",
        small_print(
            "Copyright PUNCH. All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from PUNCH."
        ),
        note="an AP-like reuse notice, but the site's own",
    ),
    own(
        "en",
        OWN_OCC,
        BRIDGE,
        "own-states-newsroom-footer",
        states_footer(
            "Oregon Capital Chronicle", "Julian Treadwell", "info@oregoncapitalchronicle.com"
        ),
        note="the same footer its copies carry, on its own site",
    ),
    own(
        "en",
        OWN_CNN,
        MEASLES,
        "own-cnn-byline-contributed",
        by("By Jolene Mayhew, CNN", cls="byline__names"),
        tail("CNN's Marisol Tejeda contributed to this report."),
    ),
    own(
        "en",
        OWN_HT,
        TANKER,
        "own-ht-correspondent-footer",
        by("By HT Correspondent", cls="byline"),
        tail(
            "Get Current Updates on India News, Weather Today and Latest News at Hindustan Times."
        ),
    ),
    own(
        "en",
        OWN_NAN,
        GRID,
        "own-nan-dateline-signoff",
        dateline("Minna, March 9, 2026 (NAN)"),
        signoff("(NAN)(www.nannews.ng)"),
        note_line("Edited by Sadiya Hamza", cls="nan-editor"),
        note="NAN's own page with its own dateline, sign-off and editor line (outside the table: simply null)",
    ),
    # ======================= English: other null pages =======================
    nul(
        "negative_mention",
        "en",
        EN_BLOX2,
        BRIDGE,
        "mid-first-reported-by",
        keep=("The bridge's mechanical problems were first reported by The Oregonian in January.",),
    ),
    nul(
        "negative_mention",
        "en",
        EN_TV1,
        BRIDGE,
        "lead-interview-with-affiliate",
        lead(
            "In an interview with NBC affiliate KGW on Monday, Ankeny said the span had become too unreliable to keep patching."
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_NL,
        BRIDGE,
        "newsletter-further-reading",
        related(
            "The Washington Post: America's aging drawbridges are failing one by one",
            "Oregon Public Broadcasting: What a long detour does to a rural commute",
        ),
        note="a newsletter's reading list naming other outlets: chrome",
    ),
    nul(
        "negative_mention",
        "en",
        EN_WP2,
        MEASLES,
        "mid-ap-tally",
        keep=(
            "More than 400 measles cases have been confirmed nationwide so far this year, according to a tally by The Associated Press.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_UNI,
        MEASLES,
        "mid-told-nyt",
        keep=(
            "Professor Gideon Marsh, an epidemiologist at Larrabee University, told The New York Times last month that vaccination rates in several rural districts had fallen below 90 percent.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_GH,
        MEASLES,
        "ghost-comments",
        comments(
            ("Jeannie R.", "Fox News had a segment on this last night and got half of it wrong."),
            ("TexMom4", "CNN is saying the same thing about the clinics. Go early."),
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_ARC1,
        CANNERY,
        "mid-told-reuters",
        keep=(
            "Norland's chief executive told Reuters in January that the company was reviewing the future of all of its Alaska plants.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_OLD,
        CANNERY,
        "coda-first-reported-out-of-table",
        coda("The closure was first reported by the Anchorage Daily News."),
        note="'first reported by' in a staff story is a mention, even of an outlet other pages credit",
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN1,
        TANKER,
        "embedded-post-pti",
        tweet(
            "Bhoranpur to get water on alternate days from Monday as Velgaon dam stock dips to 18 per cent, civic body says",
            "Press Trust of India",
            "PTI_News",
            "March 9, 2026",
        ),
        note="an embedded post by the agency's account is not a credit",
    ),
    nul(
        "negative_mention",
        "en",
        EN_IN2,
        TANKER,
        "mid-as-toi-reported",
        keep=(
            "As The Times of India reported last month, the dam's stock had already fallen below the level recorded at the same time in 2019.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_NG1,
        GRID,
        "lead-told-bbc-pidgin",
        lead(
            "The board's chairman told BBC News Pidgin on Sunday that the tariff would be reviewed after six months."
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_KE,
        GRID,
        "author-card-former-reuters",
        author_card(
            "Wanjiru Kamau",
            "Wanjiru Kamau is an energy reporter based in Nairobi. She previously worked for Reuters and the Daily Nation.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        EN_PT,
        CANNERY,
        "more-from-bloomberg-widget",
        more_from(
            "Bloomberg",
            "Salmon prices slump as warehouses fill up",
            "Why seafood processors are closing plants",
        ),
        note="the portal's own desk story under a 'More from Bloomberg' widget",
    ),
    nul(
        "negative_mention",
        "en",
        EN_BLOX1,
        BRIDGE,
        "ap-contributed-staff-story",
        bysite("By Wendell Prager Staff writer"),
        tail("The Associated Press contributed to this report."),
        note="a named staff reporter's story: 'The Associated Press contributed' is null, as in the fourth, seventh and eighth sets",
    ),
    nul(
        "negative_caption",
        "en",
        EN_TV1,
        BRIDGE,
        "caption-ap-photo-file",
        figure(
            "FILE - The Pellham Falls swing bridge stands open over the Tamsey River, Dec. 14, 2025. (AP Photo/Gretchen Solberg, File)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_BLOX3,
        MEASLES,
        "data-table-county-survey",
        data_table(
            "Parents who plan to vaccinate before fall",
            "Source: Larrabee County Health Department survey of 1,140 parents",
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_ARC1,
        CANNERY,
        "caption-reuters-photo",
        figure(
            "Workers unload salmon at the Norland Seafoods plant in Kestrel Bay, July 18, 2024. REUTERS/Ansel Mortimer"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_IN3,
        TANKER,
        "caption-pti-photo",
        figure("Residents fill containers from a municipal tanker in Shivaji Nagar. (PTI Photo)"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_NG2,
        GRID,
        "caption-xinhua-photo",
        figure(
            "Solar panels at the mini-grid site in Kwandara, Niger State. (Photo by Emeka Obiora/Xinhua)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_GULF,
        GRID,
        "caption-afp-via-getty",
        figure(
            "A rice miller works at night in Kwandara. (Photo by Tunde Akinlolu / AFP) (Photo by TUNDE AKINLOLU/AFP via Getty Images)"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        EN_WP1,
        CANNERY,
        "caption-company-handout",
        figure("The Norland Seafoods cannery in Kestrel Bay. Photo courtesy of Norland Seafoods"),
    ),
    nul(
        "negative_caption",
        "en",
        EN_BG2,
        TANKER,
        "data-table-dam-levels",
        data_table(
            "Wards supplied by tanker this week",
            "Source: Bhoranpur Municipal Corporation; Maharashtra Water Resources Department",
        ),
    ),
    nul("no_credit", "en", EN_IN1, TANKER, "staff-reporter-byline", bysite("By Staff Reporter")),
    nul(
        "no_credit",
        "en",
        EN_IN2,
        TANKER,
        "with-inputs-from-agencies",
        tail("(With inputs from agencies)", tag="em"),
        note="'agencies' names no one",
    ),
    nul("no_credit", "en", EN_BG3, BRIDGE, "blogger-admin-post", bysite("Posted by admin")),
    nul("no_credit", "en", EN_NG3, GRID, "our-correspondent", bysite("By Our Correspondent")),
    nul(
        "no_credit",
        "en",
        EN_UNI,
        MEASLES,
        "university-communications",
        bysite("By University Communications"),
    ),
    # ======================= Spanish =======================
    case(
        "in_table",
        "es",
        ES3,
        ES,
        "BBC",
        ["BBC", "BBC News Mundo", "BBC Mundo"],
        "tagdiv-fuente-box",
        td_source("FUENTE", "BBC News Mundo", "https://www.bbc.com/mundo/articles/c9x2olivar4o"),
    ),
    case(
        "in_table",
        "es",
        ES2,
        ES,
        "Infobae",
        ["Infobae", "infobae.com"],
        "con-informacion-de",
        tail("Con información de Infobae.", tag="em"),
    ),
    case(
        "out_of_table",
        "es",
        ES1,
        ES,
        "El Periódico Extremadura",
        ["El Periódico Extremadura", "El Periódico de Extremadura", "elperiodicoextremadura.com"],
        "fuente-tail",
        tail("Fuente: El Periódico Extremadura", tag="strong"),
    ),
    case(
        "out_of_table",
        "es",
        ES4,
        ES,
        "Olimerca",
        ["Olimerca", "olimerca.com"],
        "publicado-originalmente-en",
        tail("Este artículo fue publicado originalmente en Olimerca.", tag="em"),
        note="a trade outlet for the olive-oil sector, reposted by a hobby blog",
    ),
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-slug",
        dateline("Almendral del Zújar (Badajoz), 9 mar (EFE).-"),
        note_line("EFE ijc/ram", cls="firma-agencia"),
    ),
    wire(
        "es",
        ES2,
        ES,
        "Europa Press",
        ["Europa Press", "EUROPA PRESS"],
        "europa-press-dateline-notice",
        dateline("BADAJOZ, 9 (EUROPA PRESS)"),
        small_print(
            "© 2026 Europa Press. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Europa Press sin su previo y expreso consentimiento."
        ),
    ),
    own(
        "es",
        OWN_20M,
        ES,
        "own-20minutos-newsletter",
        by("Redacción 20minutos", cls="byline"),
        tail(
            "Apúntate a nuestra newsletter y recibe en tu correo las últimas noticias sobre Extremadura."
        ),
    ),
    nul(
        "negative_mention",
        "es",
        ES2,
        ES,
        "mid-segun-publico",
        keep=(
            "Según publicó el domingo El Periódico Extremadura, otras cuatro cooperativas de la comarca han registrado caídas parecidas.",
        ),
        note="an outlet another page credits, here only cited",
    ),
    nul(
        "negative_caption",
        "es",
        ES4,
        ES,
        "caption-europa-press",
        figure("Aceituna recién descargada en la tolva de la almazara. (Foto: Europa Press)"),
    ),
    nul(
        "no_credit",
        "es",
        ES3,
        ES,
        "agencias-byline",
        bysite("Agencias"),
        note="'Agencias' names no agency",
    ),
    # ======================= German =======================
    case(
        "in_table",
        "de",
        DE2,
        DE,
        "Frankfurter Allgemeine Zeitung",
        ["Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeine", "FAZ", "F.A.Z.", "faz.net"],
        "erschien-zuerst-in",
        tail("Dieser Beitrag erschien zuerst in der Frankfurter Allgemeinen Zeitung.", tag="em"),
        note="answered in the nominative",
    ),
    case(
        "in_table",
        "de",
        DE3,
        DE,
        "ZDF",
        ["ZDF", "ZDFheute", "zdf.de"],
        "quelle-line",
        note_line("Quelle: ZDFheute", cls="field--name-field-quelle"),
    ),
    case(
        "out_of_table",
        "de",
        DE1,
        DE,
        "NDR",
        ["NDR", "Norddeutscher Rundfunk", "ndr.de"],
        "quelle-tail",
        tail("Quelle: NDR"),
    ),
    wire(
        "de",
        DE2,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur", "DPA"],
        "dpa-regional-dateline",
        dateline("Hallstedt (dpa/lni) -"),
        note="dpa's Lower Saxony service tag in the dateline is the only credit",
    ),
    wire(
        "de",
        DE3,
        DE,
        "epd",
        ["epd", "Evangelischer Pressedienst"],
        "epd-dateline-slug",
        dateline("Hannover (epd)."),
        note_line("epd lnb mig", cls="kuerzel"),
    ),
    own(
        "de",
        OWN_NDR,
        DE,
        "own-ndr-programme-line",
        tail("Dieses Thema im Programm: NDR 1 Niedersachsen | Aktuell | 09.03.2026 | 08:00 Uhr"),
        note="the broadcaster's programme line names itself on its own page",
    ),
    nul(
        "negative_mention",
        "de",
        DE1,
        DE,
        "mid-wie-berichtete",
        keep=(
            "Wie die „Hannoversche Allgemeine Zeitung“ berichtete, ist Hallstedt bereits das dritte Dorf im Landkreis mit einem Bürgerladen.",
        ),
    ),
    nul(
        "negative_caption",
        "de",
        DE3,
        DE,
        "caption-dpa-photo",
        figure("Die Regale im neuen Dorfladen sind gut gefüllt. Foto: Julian Ostermeier/dpa"),
    ),
    # ======================= French =======================
    case(
        "in_table",
        "fr",
        FR3,
        FR,
        "Libération",
        ["Libération", "Libé", "liberation.fr"],
        "blogger-source-div",
        blogger_div(
            "Source :",
            "Libération",
            "https://www.liberation.fr/societe/education/a-lespinasse-sur-tarn-les-parents-contre-la-fermeture-dune-classe-20260309_QX7/",
        ),
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "La Dépêche du Midi",
        ["La Dépêche du Midi", "La Dépêche", "ladepeche.fr"],
        "source-tail",
        tail("Source : La Dépêche du Midi"),
    ),
    wire(
        "fr",
        FR2,
        FR,
        "AFP",
        AFP,
        "afp-dateline-slug",
        dateline("Lespinasse-sur-Tarn (AFP) -"),
        note_line("mpf/ito/bow", cls="signature"),
        note="AFP's lower-case desk slug is a credit line",
    ),
    wire(
        "fr",
        FR1,
        FR,
        "AFP",
        AFP,
        "byline-avec-afp",
        by("Par Tarn Actu avec AFP", cls="byline"),
        note="the site's byline 'with AFP' over agency copy credits AFP",
    ),
    own(
        "fr",
        OWN_DDM,
        FR,
        "own-depeche-follow-line",
        tail("Suivez toute l'actualité du Tarn avec La Dépêche du Midi sur Google Actualités."),
    ),
    nul(
        "negative_mention",
        "fr",
        FR2,
        FR,
        "mid-interroge-par",
        keep=(
            "Interrogé par France 3 Occitanie, le rectorat a indiqué que la carte scolaire serait arrêtée fin mars.",
        ),
    ),
    nul(
        "negative_caption",
        "fr",
        FR1,
        FR,
        "caption-ddm-photo",
        figure("L'école primaire de Lespinasse-sur-Tarn. Photo DDM, Rémi Vergnes"),
        note="'DDM' is La Dépêche du Midi's photo credit, on a staff story",
    ),
    # ======================= Portuguese =======================
    case(
        "in_table",
        "pt",
        PT2,
        PT,
        "O Globo",
        ["O Globo", "g1", "g1 RS", "G1"],
        "com-informacoes-do-g1",
        tail("Com informações do g1 RS.", tag="em"),
        note="the table files g1 under O Globo",
    ),
    case(
        "out_of_table",
        "pt",
        PT1,
        PT,
        "Correio do Povo",
        ["Correio do Povo", "correiodopovo.com.br"],
        "fonte-tail",
        tail("Fonte: Correio do Povo", tag="strong"),
    ),
    wire(
        "pt",
        PT2,
        PT,
        "Estadão Conteúdo",
        ["Estadão Conteúdo", "Estadao Conteudo", "Agência Estado"],
        "estadao-conteudo-byline",
        by("Por Estadão Conteúdo", cls="byline"),
    ),
    own(
        "pt",
        OWN_GZH,
        PT,
        "own-gzh-trust-project",
        tail("GZH faz parte do The Trust Project."),
        note="a transparency badge naming a project, on the outlet's own page",
    ),
    nul(
        "negative_mention",
        "pt",
        PT1,
        PT,
        "mid-em-entrevista",
        keep=(
            "Em entrevista à Rádio Guaíba, o prefeito disse que o município nunca tinha visto uma cheia subir tão rápido.",
        ),
    ),
    nul(
        "negative_caption",
        "pt",
        PT2,
        PT,
        "caption-government-photo",
        figure(
            "Moradores deixam as casas alagadas no bairro Navegantes. Foto: Gustavo Mansur / Palácio Piratini"
        ),
    ),
    # ======================= Russian =======================
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Российская газета",
        ["Российская газета", "«Российская газета»", "РГ", "rg.ru"],
        "bitrix-source-field",
        labelled("tail", "Источник:", "«Российская газета»", "news-detail__source"),
        note="answered without the quotation marks",
    ),
    wire(
        "ru",
        RU2,
        RU,
        "TASS",
        ["TASS", "ТАСС"],
        "tass-dateline",
        dateline("КРАСНОЯРСК, 9 марта. /ТАСС/."),
    ),
    own(
        "ru",
        OWN_RG,
        RU,
        "own-rg-issue-line",
        tail("Российская газета - Федеральный выпуск: №52(9891)"),
        note="the paper's issue line on its own site",
    ),
    nul(
        "negative_mention",
        "ru",
        RU2,
        RU,
        "mid-rasskazal",
        keep=(
            "Ранее глава района рассказал «Красноярскому рабочему», что денег на новый вездеход в бюджете этого года нет.",
        ),
    ),
    nul(
        "negative_caption",
        "ru",
        RU1,
        RU,
        "caption-ria-photo",
        figure("Ледовая переправа через Ангару. Фото: Илья Баранов / РИА Новости"),
    ),
    nul(
        "no_credit",
        "ru",
        RU2,
        RU,
        "press-office-line",
        tail("Информация и фото предоставлены пресс-службой администрации района."),
        note="a press office names no outlet",
    ),
    # ======================= Chinese =======================
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "People's Daily",
        ["People's Daily", "人民日报"],
        "laiyuan-line",
        note_line("来源：人民日报", cls="source"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH1,
        ZH,
        "新京报",
        ["新京报", "Beijing News", "bjnews.com.cn"],
        "laiyuan-line",
        note_line("来源：新京报", cls="source"),
    ),
    wire(
        "zh",
        ZH3,
        ZH,
        "Xinhua",
        ["Xinhua", "新华社"],
        "aggregator-source-row",
        source_row("新华社", "3小时前"),
        note="an aggregator's source row naming the agency",
    ),
    own(
        "zh",
        OWN_PAPER,
        ZH,
        "own-thepaper-app-line",
        tail("（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）"),
        note="the outlet's own origin line on its own page (outside the table: simply null)",
    ),
    nul(
        "negative_mention",
        "zh",
        ZH1,
        ZH,
        "mid-cceng-baodao",
        keep=("此前，央视新闻曾专题报道过南屏街道的长者食堂。",),
    ),
    # ======================= Japanese =======================
    case(
        "in_table",
        "ja",
        JA2,
        JA,
        "NHK",
        ["NHK", "NHK NEWS WEB", "NHKニュース"],
        "inyoumoto-line",
        note_line("引用元：NHK NEWS WEB", cls="source"),
    ),
    case(
        "out_of_table",
        "ja",
        JA3,
        JA,
        "読売新聞オンライン",
        ["読売新聞オンライン", "読売新聞", "Yomiuri Shimbun", "yomiuri.co.jp"],
        "aggregator-source-row",
        source_row("読売新聞オンライン", "3/9(月) 17:45"),
    ),
    wire(
        "ja",
        JA1,
        JA,
        "Kyodo News",
        ["Kyodo News", "Kyodo", "共同通信"],
        "kyodo-dateline",
        dateline("【北鹿共同】"),
    ),
    own(
        "ja",
        OWN_YOMIURI,
        JA,
        "own-yomiuri-bracket",
        note_line("（読売新聞）", cls="source"),
        note="the paper's own name in brackets on its own page",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mid-kyodo-tally",
        keep=("共同通信のまとめでは、今冬の東北6県でのクマの目撃件数は前年同期を上回っている。",),
        note="a figure compiled by the agency, in a staff story",
    ),
    nul(
        "negative_caption",
        "ja",
        JA2,
        JA,
        "caption-jiji-photo",
        figure("通学路を巡回する見守り員（写真：時事）"),
    ),
    # ======================= Arabic =======================
    case(
        "in_table",
        "ar",
        AR2,
        AR,
        "Sky News",
        ["Sky News", "Sky News Arabia", "سكاي نيوز عربية"],
        "masdar-line",
        note_line("المصدر: سكاي نيوز عربية", cls="source"),
    ),
    case(
        "out_of_table",
        "ar",
        AR1,
        AR,
        "الاتحاد",
        ["الاتحاد", "صحيفة الاتحاد", "Al Ittihad", "alittihad.ae"],
        "masdar-sahifa-line",
        note_line("المصدر: صحيفة الاتحاد", cls="source"),
        note="answered without 'صحيفة'",
    ),
    wire(
        "ar",
        AR1,
        AR,
        "Emirates News Agency",
        ["Emirates News Agency", "WAM", "وام"],
        "masdar-wam",
        note_line("المصدر: وام", cls="source"),
    ),
    own(
        "ar",
        OWN_ITTIHAD,
        AR,
        "own-ittihad-dateline",
        dateline("أبوظبي (الاتحاد)"),
        note="the paper's own dateline tag on its own page",
    ),
    nul(
        "negative_mention",
        "ar",
        AR2,
        AR,
        "mid-tasrih-li",
        keep=("وقال الظاهري في تصريح لصحيفة «البيان» إن الدورة المقبلة ستشهد توسيع ساحة العرض.",),
    ),
    nul(
        "negative_caption",
        "ar",
        AR2,
        AR,
        "caption-wam-photo",
        figure("جانب من المهرجان (وام)"),
    ),
    # ======================= Italian =======================
    case(
        "in_table",
        "it",
        IT2,
        IT,
        "La Repubblica",
        ["La Repubblica", "Repubblica", "Repubblica.it", "repubblica.it"],
        "fonte-domain-name",
        tail("Fonte: Repubblica.it"),
    ),
    case(
        "out_of_table",
        "it",
        IT1,
        IT,
        "il Resto del Carlino",
        [
            "il Resto del Carlino",
            "Il Resto del Carlino",
            "Resto del Carlino",
            "ilrestodelcarlino.it",
        ],
        "fonte-tail",
        tail("Fonte: il Resto del Carlino", tag="em"),
    ),
    wire(
        "it",
        IT1,
        IT,
        "ANSA",
        ["ANSA", "Agenzia ANSA"],
        "ansa-dateline-copyright",
        dateline("(ANSA) - ROCCAVIVA, 09 MAR -"),
        small_print("RIPRODUZIONE RISERVATA © Copyright ANSA"),
    ),
    nul(
        "negative_mention",
        "it",
        IT2,
        IT,
        "mid-ai-microfoni",
        keep=("Ai microfoni della Tgr Rai la sindaca ha chiesto tempi certi per la riapertura.",),
    ),
    # ======================= Indonesian =======================
    case(
        "in_table",
        "id",
        ID2,
        ID,
        "Deutsche Welle",
        ["Deutsche Welle", "DW", "DW Indonesia"],
        "sumber-tail",
        tail("Sumber: DW Indonesia"),
    ),
    case(
        "out_of_table",
        "id",
        ID1,
        ID,
        "Suara.com",
        ["Suara.com", "suara.com"],
        "sumber-tail",
        tail("Sumber: Suara.com", tag="strong"),
    ),
    wire(
        "id",
        ID1,
        ID,
        "Antara",
        ["Antara", "ANTARA", "Antara News"],
        "antara-dateline-copyright",
        dateline("Pandeglang (ANTARA) -"),
        *lines("Pewarta: Rizky Maulana", "Editor: Siti Rahmawati", cls="antara-meta", credit=False),
        note_line("Copyright © ANTARA 2026", cls="antara-copyright"),
        note="as in the ninth set: the reporter and editor lines are neither credit lines nor must_keep; the copyright line is a credit line",
    ),
    nul(
        "negative_caption",
        "id",
        ID2,
        ID,
        "caption-antara-foto",
        figure("Warga melintasi genangan rob di Desa Pasir Putih. ANTARA FOTO/Dedi Kurniawan"),
    ),
    # ======================= Turkish =======================
    case(
        "out_of_table",
        "tr",
        TR1,
        TR,
        "NTV",
        ["NTV", "ntv.com.tr"],
        "kaynak-tail",
        tail("Kaynak: NTV"),
    ),
    wire(
        "tr",
        TR2,
        TR,
        "Anadolu Agency",
        ["Anadolu Agency", "AA", "Anadolu Ajansı"],
        "kaynak-aa",
        tail("Kaynak: AA", tag="strong"),
    ),
    nul(
        "negative_mention",
        "tr",
        TR1,
        TR,
        "mid-aciklamada",
        keep=(
            "Kaymakam Arıkan, Habertürk'e yaptığı açıklamada ilçeye ek iş makinesi gönderileceğini söyledi.",
        ),
    ),
    # ======================= Hindi =======================
    case(
        "in_table",
        "hi",
        HI1,
        HI,
        "Dainik Bhaskar",
        ["Dainik Bhaskar", "दैनिक भास्कर", "Bhaskar"],
        "sabhar-tail",
        tail("साभार: दैनिक भास्कर", tag="strong"),
    ),
    case(
        "out_of_table",
        "hi",
        HI2,
        HI,
        "राजस्थान पत्रिका",
        ["राजस्थान पत्रिका", "Rajasthan Patrika", "patrika.com"],
        "srot-tail",
        tail("स्रोत: राजस्थान पत्रिका"),
    ),
    wire(
        "hi",
        HI2,
        HI,
        "Press Trust of India",
        PTI,
        "bhasha-dateline-slug",
        dateline("रामपुरा, नौ मार्च (भाषा)"),
        note_line("भाषा सुनील अजय", cls="slug"),
    ),
    nul(
        "negative_mention",
        "hi",
        HI1,
        HI,
        "mid-se-baatcheet",
        keep=(
            "मंडी सचिव ने ईटीवी भारत से बातचीत में कहा कि इस बार खरीद का लक्ष्य पिछले साल से ज्यादा रखा गया है।",
        ),
    ),
    # ======================= Korean =======================
    case(
        "in_table",
        "ko",
        KO1,
        KO,
        "Korea JoongAng Daily",
        ["Korea JoongAng Daily", "JoongAng Ilbo", "중앙일보"],
        "chulcheo-line",
        note_line("출처: 중앙일보", cls="source"),
        note="the table files JoongAng Ilbo under Korea JoongAng Daily",
    ),
    case(
        "out_of_table",
        "ko",
        KO2,
        KO,
        "강원일보",
        ["강원일보", "Kangwon Ilbo", "kwnews.co.kr"],
        "chulcheo-line",
        note_line("출처: 강원일보", cls="source"),
    ),
    wire(
        "ko",
        KO1,
        KO,
        "Newsis",
        ["Newsis", "뉴시스"],
        "newsis-bracket-trailer",
        dateline("[청운=뉴시스] 박지훈 기자 ="),
        small_print("<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>"),
        note="Newsis' bracket byline opens the text and is kept, as the ninth set keeps it; its trailer is the credit line",
    ),
    nul(
        "negative_caption",
        "ko",
        KO2,
        KO,
        "caption-handout-no-resale",
        figure("옛 솔치초등학교 운동장에 조성된 캠핑장 모습. [청운군 제공. 재판매 및 DB 금지]"),
    ),
]
