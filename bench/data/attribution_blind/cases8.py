# ruff: noqa: E501, RUF001
"""Sites and cases of the eighth blind set (cases_2026-12-10.jsonl).

Written from the conventions of the open web without reading the attribution code. Emphasis: a
representative sample of what an aggregator meets. About 35% are credited copies on blogs,
WordPress and Blogger sites, regional portals and aggregators (half credited to outlets in the
table, half to outlets outside it), about 25% wire copy on news sites, about 10% wires' and
outlets' own pages (null), and about 30% staff stories and posts that mention, quote or picture
outlets, with the page chrome real sites carry around them (related-story boxes, "More from"
widgets, trending lists, newsletter boxes, comments, footers naming content partners).
Languages beyond English: fr, es, de, pt, ar, hi, ru, zh, ja.
Append only: ids follow list order within (category, language).
"""

from __future__ import annotations

from html import escape
from typing import Any

from cases6 import (
    blogger_div,
    by,
    bysite,
    callout,
    caption_last,
    chrome_after,
    nul,
    own,
    right,
    wire,
)
from chrome8 import site_registry
from model3 import Case3, Part, Site3, case, dateline, figure, head, mid, raw, tail
from model4 import canonical, labelled, rich, signoff
from model5 import coda, lead, tweet

SITES8: dict[str, Site3] = {}


_s = site_registry(SITES8)


def td_source(label: str, name: str, href: str) -> Part:
    """The tagDiv Newspaper theme's SOURCE / VIA box under the post (post meta fields)."""
    html = f'<div class="td-post-source-tags"><div class="td-post-source-via"><div class="td-post-small-box"><span>{label}</span> <a href="{escape(href)}">{escape(name, quote=False)}</a></div></div></div>'
    return raw("after", f"{label} {name}", html)


def appeared_first(title: str, outlet: str, href: str) -> Part:
    """The line an RSS-to-post plugin leaves under every imported post."""
    html = f'<p>The post <a rel="nofollow" href="{escape(href)}">{escape(title, quote=False)}</a> appeared first on <a rel="nofollow" href="{escape(href.split("/20")[0])}/">{escape(outlet, quote=False)}</a>.</p>'
    return raw("tail", f"The post {title} appeared first on {outlet}.", html)


def provider(name: str, story_by: str) -> Part:
    """A partner portal's provider strip and 'Story by' byline."""
    html = (
        f'<div class="provider"><img class="provider-logo" src="/logos/{sum(map(ord, name)) % 1000}.png" alt="{escape(name)}">'
        f'<span class="provider-label">Provided by {escape(name, quote=False)}</span></div>'
        f'<div class="byline"><span class="byline-story">Story by {escape(story_by, quote=False)}</span></div>'
    )
    return raw("byline", f"Provided by {name}", html)


def source_row(name: str, ago: str) -> Part:
    """An aggregator's source line: the outlet and the time since."""
    html = f'<div class="story-source"><span class="source-name">{escape(name, quote=False)}</span> | <span class="source-time">{ago}</span></div>'
    return raw("byline", f"{name} | {ago}", html)


def jby(text: str, credit: bool = True) -> Part:
    """A Jannah-theme author slot."""
    return raw(
        "byline",
        text,
        f'<span class="meta-author"><a class="author-name tie-icon">{escape(text, quote=False)}</a></span>',
        credit,
    )


def tnt(text: str) -> Part:
    return by(text, cls="tnt-byline-wrap")


def more_from(outlet: str, *headlines: str) -> Part:
    """A "More from <outlet>" widget under a staff story: chrome, never a credit."""
    items = "".join(
        f'<li><a href="/partner/{i}">{escape(h, quote=False)}</a></li>'
        for i, h in enumerate(headlines)
    )
    return chrome_after(
        f'<aside class="partner-widget"><h3>More from {escape(outlet, quote=False)}</h3><ul>{items}</ul></aside>',
        f"More from {outlet}",
    )


def related(*items: str) -> Part:
    """A related-stories box whose teasers name other outlets."""
    lis = "".join(
        f'<li><a href="/related/{i}">{escape(t, quote=False)}</a></li>' for i, t in enumerate(items)
    )
    return chrome_after(
        f'<div class="related-stories"><h3>Related stories</h3><ul>{lis}</ul></div>'
    )


def comments(*items: tuple[str, str]) -> Part:
    """A comment thread under the story: readers' words, never a credit."""
    lis = "".join(
        f'<li class="comment"><span class="comment-author">{escape(a, quote=False)}</span><p>{escape(t, quote=False)}</p></li>'
        for a, t in items
    )
    return chrome_after(
        f'<section class="comment-list"><h3>{len(items)} Comments</h3><ol>{lis}</ol></section>'
    )


def newsletter_box(text: str) -> Part:
    return chrome_after(
        f'<div class="newsletter-box"><p>{escape(text, quote=False)}</p><form><input type="email"><button>Subscribe</button></form></div>'
    )


def ld_based_on(url: str) -> dict[str, Any]:
    return {"isBasedOn": url}


# Spellings accepted per outlet (the table's canonical name first).
AP = ["Associated Press", "The Associated Press", "AP"]
RTR = ["Reuters", "Thomson Reuters"]
AFP = ["AFP", "Agence France-Presse"]
PTI = ["Press Trust of India", "PTI", "भाषा"]
AP_TRAILER = "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."

# ---------------------------------------------------------------- sites
# English: blogs, WordPress (Astra, tagDiv Newspaper, Jannah), Ghost, portals, aggregators
BG1 = _s(
    "riverbend-chronicle.blogspot.com",
    "Riverbend Chronicle",
    "blogger",
    "riverbend-chronicle.blogspot.com",
)
BG2 = _s(
    "thriftycommuter.blogspot.com",
    "The Thrifty Commuter",
    "blogger",
    "thriftycommuter.blogspot.com",
)
TD1 = _s("northshoreexpress-ng.com", "Northshore Express", "tagdiv")
TD2 = _s("kampalabeat.co.ug", "Kampala Beat", "tagdiv")
TD3 = _s("konkancoastnews.in", "Konkan Coast News", "tagdiv")
WP1 = _s("eastmere-notes.com", "Eastmere Notes", "wp")
GH1 = _s("thecorriganreport.com", "The Corrigan Report", "ghost")
PT1 = _s("newsvista-portal.com", "NewsVista", "partner")
AG1 = _s("headlinehive.app", "HeadlineHive", "aggregator", "headlinehive.app")
RG1 = _s("karachicitywire.com", "Karachi City Wire", "regional")
LP1 = _s(
    "tarnholm-today.com",
    "Tarnholm Today",
    "localportal",
    partners="Our news partners: Reuters · The Associated Press · BBC News",
)
JN1 = _s("accra-insight.com", "Accra Insight", "jannah")
NL1 = _s("theweekendlens.com", "The Weekend Lens", "newsletter", "theweekendlens.com")
AMP1 = _s("m.punjabtimesnow.in", "Punjab Times Now", "amp", "m.punjabtimesnow.in")
# English news sites running wire copy
BX1 = _s("oakhavenherald.com", "Oakhaven Herald", "blox")
ARC1 = _s("wkrt5news.com", "WKRT 5 News", "arc")
BS1 = _s("lakeport-gazette.com", "Lakeport Gazette", "brightspot")
TD4 = _s("dhakametrotimes.net", "Dhaka Metro Times", "tagdiv")
JN2 = _s("dubaibizwatch.net", "Dubai Biz Watch", "jannah")
LP2 = _s("brantford-weekly.ca", "Brantford Weekly", "localportal")
DR1 = _s("thecornishcoastpost.com", "Cornish Coast Post", "drupal")
WP2 = _s("queenslandrural.net.au", "Queensland Rural", "wp")
LP3 = _s(
    "vellmarvalleynews.com",
    "Vellmar Valley News",
    "localportal",
    partners="Our content partners: Reuters · AFP · The Conversation",
)
TD5 = _s(
    "corriganpost.com",
    "Corrigan Post",
    "tagdiv",
    partners="In partnership with BBC News, Al Jazeera and The Associated Press",
)
# outlets' and wires' own pages (English)
OWN_GDN = _s("theguardian.com", "The Guardian", "arc")
OWN_NDTV = _s("ndtv.com", "NDTV", "regional")
OWN_PA = _s("pa.media", "PA Media", "wp", "pa.media")
OWN_PNA = _s("pna.gov.ph", "Philippine News Agency", "drupal")
# other languages
FR1 = _s("vallee-du-lerzon.fr", "La Vallée du Lerzon", "wp")
FR2 = _s(
    "belvezac-infos.fr",
    "Belvézac Infos",
    "tagdiv",
    partners="Nos partenaires : AFP · France Bleu · Ouest-France",
)
FR3 = _s("dakarmatin-actu.sn", "Dakar Matin Actu", "jannah")
ES1 = _s("costanorte-digital.es", "Costa Norte Digital", "tagdiv")
ES2 = _s("alcarazhoy.com.mx", "Alcaraz Hoy", "wp")
OWN_ELPAIS = _s("elpais.com", "EL PAÍS", "arc")
DE1 = _s("hollwanger-nachrichten.de", "Hollwanger Nachrichten", "localportal")
DE2 = _s("kreisbote24.de", "Kreisbote 24", "wp")
OWN_TS = _s("tagesschau.de", "tagesschau.de", "regional")
PT_1 = _s("santailiria-noticias.com.br", "Santa Ilíria Notícias", "wp")
PT_2 = _s("jornaldojacuarana.com.br", "Jornal do Jacuarana", "regional")
OWN_FOLHA = _s("folha.uol.com.br", "Folha de S.Paulo", "arc", "www1.folha.uol.com.br")
AR1 = _s("alramalnews.com", "الرمال نيوز", "jannah")
AR2 = _s(
    "sada-alkhaleej.net",
    "صدى الخليج",
    "tagdiv",
    partners="شركاؤنا: رويترز - وكالة فرانس برس - الجزيرة نت",
)
OWN_AAWSAT = _s("aawsat.com", "الشرق الأوسط", "drupal")
HI1 = _s("pahadkhabar24.in", "पहाड़ खबर", "wp")
HI2 = _s("devbhoomi-samachar.in", "देवभूमि समाचार", "tagdiv")
OWN_BHASKAR = _s("bhaskar.com", "दैनिक भास्कर", "regional")
RU1 = _s("zarechensk-segodnya.ru", "Зареченск сегодня", "bitrix")
RU2 = _s("pravoberezhye-info.ru", "Правобережье-инфо", "wp")
OWN_RIA = _s("ria.ru", "РИА Новости", "bitrix")
ZH1 = _s("qingchuan-today.cn", "今日青川", "regional")
ZH2 = _s("shuxiang-news.com", "蜀乡新闻网", "wp")
OWN_CD = _s("chinadaily.com.cn", "中国日报网", "regional", "cn.chinadaily.com.cn")
JA1 = _s("kitasugi-news.jp", "北杉ニュース", "jpnews")
JA2 = _s("yamaguni-shimbun.jp", "山国新聞", "wp")
OWN_ASAHI = _s("asahi.com", "朝日新聞デジタル", "jpnews")

BUS, FROST, HOSP, LIB = "bus_fares", "orchard_frost", "hospital_wait", "library_app"
FR, ES, DE, PT, AR, HI, RU, ZH, JA = (
    "marche_couvert",
    "tren_costa",
    "freibad",
    "ponte_rio",
    "mahatat_tahlia",
    "sadak_yojana",
    "most_reka",
    "laojie_gaizao",
    "shuttle_bus",
)

CASES8: list[Case3] = [
    # ======================= English: credited copies, outlets in the table =======================
    case(
        "in_table",
        "en",
        BG1,
        BUS,
        "BBC",
        ["BBC", "BBC News", "bbc.co.uk"],
        "blogger-tail-via-link",
        rich("tail", "Via ", ("BBC News", "https://www.bbc.co.uk/news/articles/c9x2tarnholm0o")),
        note="a blogger's 'Via' line under a pasted story",
    ),
    case(
        "in_table",
        "en",
        BG2,
        HOSP,
        "The Guardian",
        ["The Guardian", "Guardian", "theguardian.com"],
        "blogger-tail-source-bare-domain",
        blogger_div(
            "Source:",
            "theguardian.com",
            "https://www.theguardian.com/society/2026/mar/12/corrigan-hospital-waits",
        ),
        note="the outlet only as its bare domain, linked",
    ),
    case(
        "in_table",
        "en",
        TD1,
        FROST,
        "Premium Times",
        ["Premium Times", "premiumtimesng.com"],
        "tagdiv-source-box",
        td_source(
            "SOURCE",
            "Premium Times",
            "https://www.premiumtimesng.com/news/2026/03/frost-apricots.html",
        ),
        note="the tagDiv Newspaper theme's SOURCE field under the post",
    ),
    case(
        "in_table",
        "en",
        TD2,
        LIB,
        "Nation Africa",
        ["Nation Africa", "Nation", "nation.africa"],
        "tail-first-published-by",
        tail("This story was first published by Nation Africa.", tag="em"),
    ),
    case(
        "in_table",
        "en",
        TD3,
        BUS,
        "Hindustan Times",
        ["Hindustan Times", "HT", "hindustantimes.com"],
        "tail-bold-courtesy",
        tail("Courtesy: Hindustan Times", tag="strong"),
    ),
    case(
        "in_table",
        "en",
        WP1,
        LIB,
        "The Conversation",
        ["The Conversation", "Conversation", "theconversation.com"],
        "tail-conversation-republished-cc",
        rich(
            "tail",
            "This article is republished from ",
            ("The Conversation", "https://theconversation.com/libraries-lend-tools-251044"),
            " under a Creative Commons license. Read the ",
            ("original article", "https://theconversation.com/libraries-lend-tools-251044"),
            ".",
        ),
        figure("The tool shelf at the Eastmere central library. Oswin Kaczmarek-Lee, CC BY-ND"),
        note="The Conversation's republishing line with its licence-style photo credit",
    ),
    case(
        "in_table",
        "en",
        GH1,
        HOSP,
        "Stateline",
        ["Stateline", "stateline.org"],
        "ghost-callout-originally-published",
        callout(
            "This story was originally published by Stateline, part of States Newsroom, a nonprofit news network. It is republished here under a Creative Commons license."
        ),
    ),
    case(
        "in_table",
        "en",
        PT1,
        FROST,
        "Business Insider",
        ["Business Insider", "Insider", "businessinsider.com"],
        "partner-provided-by-strip",
        provider("Business Insider", "Lindiwe Marchetti"),
        note="an MSN-like portal's provider strip names the outlet; the story byline names only the writer",
    ),
    case(
        "in_table",
        "en",
        AG1,
        BUS,
        "Al Jazeera",
        ["Al Jazeera", "Al Jazeera English", "aljazeera.com"],
        "aggregator-source-row",
        source_row("Al Jazeera", "3h"),
    ),
    case(
        "in_table",
        "en",
        RG1,
        HOSP,
        "Dawn",
        ["Dawn", "Dawn.com", "dawn.com"],
        "tail-right-courtesy-dawn",
        right("— Courtesy Dawn"),
    ),
    case(
        "in_table",
        "en",
        LP1,
        LIB,
        "CBC News",
        ["CBC News", "CBC", "cbc.ca"],
        "canonical-only",
        canonical("https://www.cbc.ca/news/canada/eastmere-library-of-things-1.7471120"),
        note="only a cross-domain canonical names the original; no visible credit",
    ),
    case(
        "in_table",
        "en",
        JN1,
        FROST,
        "Daily Maverick",
        ["Daily Maverick", "dailymaverick.co.za"],
        "rss-plugin-appeared-first",
        appeared_first(
            "Late frost wipes out much of valley's apricot crop",
            "Daily Maverick",
            "https://www.dailymaverick.co.za/2026/03/10/late-frost-apricots",
        ),
        note="the line RSS-import plugins append: 'The post <title> appeared first on <site>.'",
    ),
    case(
        "in_table",
        "en",
        NL1,
        HOSP,
        "The Boston Globe",
        ["The Boston Globe", "Boston Globe", "bostonglobe.com"],
        "newsletter-head-italic-originally-appeared",
        head(
            "This story originally appeared in The Boston Globe and is shared here with permission.",
            tag="em",
        ),
    ),
    case(
        "in_table",
        "en",
        TD3,
        FROST,
        "Scroll.in",
        ["Scroll.in", "Scroll", "scroll.in"],
        "head-italic-first-appeared-on",
        head("This article first appeared on Scroll.in.", tag="em"),
    ),
    # ======================= English: credited copies, outlets outside the table =======================
    case(
        "out_of_table",
        "en",
        BG1,
        FROST,
        "Vellmar Valley Farmer",
        ["Vellmar Valley Farmer", "vellmarvalleyfarmer.com"],
        "blogger-source-url-with-path",
        rich(
            "tail",
            "Source: ",
            (
                "https://www.vellmarvalleyfarmer.com/news/2026/03/late-frost-apricots?utm_source=rss&utm_medium=feed",
                "https://www.vellmarvalleyfarmer.com/news/2026/03/late-frost-apricots?utm_source=rss&utm_medium=feed",
            ),
        ),
        note="a full URL with tracking parameters as the credit: clean to the site",
    ),
    case(
        "out_of_table",
        "en",
        BG2,
        BUS,
        "Tarnholm Transit Watch",
        ["Tarnholm Transit Watch", "tarnholmtransitwatch.org"],
        "blogger-ht-link",
        rich(
            "tail",
            "H/T ",
            ("Tarnholm Transit Watch", "https://tarnholmtransitwatch.org/2026/03/fare-freeze/"),
        ),
    ),
    case(
        "out_of_table",
        "en",
        TD1,
        HOSP,
        "Corrigan Daily Ledger",
        ["Corrigan Daily Ledger", "corrigandailyledger.com"],
        "tagdiv-source-and-via-boxes",
        td_source(
            "SOURCE",
            "Corrigan Daily Ledger",
            "https://corrigandailyledger.com/health/er-waits-record",
        ),
        note="only the tagDiv SOURCE field names the original",
    ),
    case(
        "out_of_table",
        "en",
        TD2,
        BUS,
        "Kampala Civic Times",
        ["Kampala Civic Times", "kampalacivictimes.com"],
        "rss-plugin-appeared-first",
        appeared_first(
            "Regional council freezes bus fares for two years after commuter petition",
            "Kampala Civic Times",
            "https://kampalacivictimes.com/2026/03/11/bus-fares-freeze",
        ),
    ),
    case(
        "out_of_table",
        "en",
        TD3,
        LIB,
        "Times Now",
        ["Times Now", "timesnownews.com"],
        "tail-courtesy-colon",
        tail("Courtesy: Times Now"),
    ),
    case(
        "out_of_table",
        "en",
        WP1,
        HOSP,
        "Undark",
        ["Undark", "Undark Magazine", "undark.org"],
        "tail-originally-published-read-original",
        rich(
            "tail",
            "This article was originally published on ",
            ("Undark", "https://undark.org/2026/03/12/emergency-ward-waits/"),
            ". Read the original article.",
            tag="em",
        ),
    ),
    case(
        "out_of_table",
        "en",
        GH1,
        FROST,
        "The Narwhal",
        ["The Narwhal", "Narwhal", "thenarwhal.ca"],
        "ghost-head-first-appeared",
        head(
            "This story first appeared in The Narwhal, a non-profit online magazine, and is republished with permission.",
            tag="em",
        ),
    ),
    case(
        "out_of_table",
        "en",
        PT1,
        LIB,
        "Eastmere Gazette",
        ["Eastmere Gazette", "The Eastmere Gazette"],
        "partner-provided-by-strip",
        provider("Eastmere Gazette", "Priyanka Holm"),
    ),
    case(
        "out_of_table",
        "en",
        AG1,
        FROST,
        "Mongabay",
        ["Mongabay", "mongabay.com"],
        "aggregator-source-row",
        source_row("Mongabay", "5h"),
    ),
    case(
        "out_of_table",
        "en",
        RG1,
        BUS,
        "The Tarnholm Post",
        ["The Tarnholm Post", "Tarnholm Post"],
        "tail-source-with-date",
        tail("Source: The Tarnholm Post – 11/03/2026"),
        note="the date after the name is not part of it",
    ),
    case(
        "out_of_table",
        "en",
        LP1,
        HOSP,
        "Corrigan Observer",
        ["Corrigan Observer", "The Corrigan Observer", "corriganobserver.com"],
        "jsonld-source-organization",
        ld={
            "sourceOrganization": {"@type": "NewsMediaOrganization", "name": "Corrigan Observer"},
            "isBasedOn": "https://www.corriganobserver.com/health/2026/03/12/er-waits/",
        },
        note="only JSON-LD sourceOrganization and isBasedOn name the original",
    ),
    case(
        "out_of_table",
        "en",
        JN1,
        LIB,
        "The Eastmere Star",
        ["The Eastmere Star", "Eastmere Star"],
        "jannah-byline-name-pipe-outlet",
        jby("Oswin Tuckett | The Eastmere Star"),
    ),
    case(
        "out_of_table",
        "en",
        NL1,
        BUS,
        "Commuter Notes",
        ["Commuter Notes"],
        "newsletter-head-reposted-from",
        head(
            "Reposted from Commuter Notes, a newsletter by Mireya Castellane, with permission.",
            tag="em",
        ),
    ),
    case(
        "out_of_table",
        "en",
        AMP1,
        FROST,
        "Agri Post India",
        ["Agri Post India", "agripostindia.com"],
        "amp-tail-source",
        tail("Source: Agri Post India", tag="strong"),
    ),
    case(
        "out_of_table",
        "en",
        WP2,
        LIB,
        "Honolulu Civil Beat",
        ["Honolulu Civil Beat", "Civil Beat", "civilbeat.org"],
        "tail-republished-with-permission-link",
        rich(
            "tail",
            "This story was originally published by ",
            ("Honolulu Civil Beat", "https://www.civilbeat.org/2026/03/library-of-things/"),
            " and is republished with permission.",
        ),
    ),
    case(
        "out_of_table",
        "en",
        TD4,
        HOSP,
        "The Corrigan Sentinel",
        ["The Corrigan Sentinel", "Corrigan Sentinel", "corrigansentinel.com"],
        "tagdiv-via-box",
        td_source(
            "VIA",
            "The Corrigan Sentinel",
            "https://corrigansentinel.com/news/health/er-waits-record-high/",
        ),
        note="the tagDiv theme's VIA field alone names the original",
    ),
    # ======================= English: wire copy on news sites =======================
    wire(
        "en",
        BX1,
        BUS,
        "Associated Press",
        AP,
        "blox-byline-dateline-trailer",
        tnt("By CORDELIA VANTERPOOL Associated Press"),
        dateline("TARNHOLM (AP) —"),
        tail(AP_TRAILER),
    ),
    wire(
        "en",
        ARC1,
        HOSP,
        "Reuters",
        RTR,
        "dateline-reporting-editing-line",
        dateline("CORRIGAN, March 12 (Reuters) -"),
        tail("(Reporting by Ama Lindqvist; Editing by Peter Vos-Harding)"),
    ),
    wire(
        "en",
        BS1,
        FROST,
        "AFP",
        AFP,
        "brightspot-byline-afp-dateline-copyright",
        by("By Agence France-Presse", cls="Page-authors"),
        dateline("VELLMAR (AFP) -"),
        tail("© Agence France-Presse", tag="small"),
    ),
    wire(
        "en",
        TD4,
        LIB,
        "Bangladesh Sangbad Sangstha",
        ["Bangladesh Sangbad Sangstha", "BSS"],
        "bss-dateline-desk-slug",
        dateline("DHAKA, March 10, 2026 (BSS) -"),
        tail("BSS/AH/RA/2150 hrs"),
        note="BSS's desk slug with reporter and editor initials and the filing time is a credit line; the dateline stays",
    ),
    wire(
        "en",
        JN2,
        BUS,
        "Emirates News Agency",
        ["Emirates News Agency", "WAM"],
        "wam-dateline-only",
        jby("Dubai Biz Watch", credit=False),
        dateline("TARNHOLM, 9th March, 2026 (WAM) --"),
        note="WAM's dateline form is the only credit",
    ),
    wire(
        "en",
        LP2,
        HOSP,
        "The Canadian Press",
        ["The Canadian Press", "Canadian Press", "CP"],
        "byline-cp-first-published-trailer",
        by("By Jun Okafor-Baines, The Canadian Press", cls="article-byline"),
        tail("This report by The Canadian Press was first published March 12, 2026.", tag="em"),
    ),
    wire(
        "en",
        DR1,
        FROST,
        "PA Media",
        ["PA Media", "PA", "Press Association"],
        "drupal-byline-pa-correspondent",
        by("By Teodor Whitcombe, PA Rural Affairs Correspondent", cls="field--name-field-byline"),
    ),
    wire(
        "en",
        WP2,
        HOSP,
        "Australian Associated Press",
        ["Australian Associated Press", "AAP"],
        "byline-name-aap-parenthesis",
        by("Harriet Ng-Lawson (AAP)", cls="posted-by"),
        figure("Ambulances outside Corrigan General Hospital. (Dean Lewins/AAP PHOTOS)"),
    ),
    wire(
        "en",
        PT1,
        BUS,
        "Associated Press",
        AP,
        "partner-story-by-ap-dateline",
        by("Story by The Associated Press"),
        dateline("TARNHOLM (AP) —"),
    ),
    wire(
        "en",
        AG1,
        HOSP,
        "Reuters",
        RTR,
        "aggregator-source-row-dateline",
        source_row("Reuters", "4h"),
        dateline("CORRIGAN, March 12 (Reuters) -"),
    ),
    wire(
        "en",
        AMP1,
        LIB,
        "Press Trust of India",
        PTI,
        "amp-pti-dateline-desk-codes",
        dateline("New Delhi, Mar 10 (PTI)"),
        tail("PTI AKV RHL RHL"),
    ),
    wire(
        "en",
        JN1,
        HOSP,
        "Xinhua",
        ["Xinhua", "Xinhua News Agency"],
        "jannah-xinhua-dateline-source-field",
        dateline("CORRIGAN, March 12 (Xinhua) --"),
        labelled("after", "Source:", "Xinhua", "post-source"),
    ),
    case(
        "out_of_table",
        "en",
        TD1,
        BUS,
        "News Agency of Nigeria",
        ["News Agency of Nigeria", "NAN"],
        "nan-signoff-edited-by",
        signoff("(NAN)"),
        tail("Edited by Chidinma Okonkwo-Bello/Sadiq Ayeni"),
        note="wire copy from an agency outside the table, filed out_of_table as the sixth set files ΑΠΕ-ΜΠΕ; NAN's sign-off and its editors' line ('Edited by …/…', naming no agency) are both credit lines",
    ),
    wire(
        "en",
        TD2,
        FROST,
        "AFP",
        AFP,
        "tagdiv-endtag-afp-photo-afp",
        signoff("— AFP"),
        figure("An apricot grower inspects frost damage in the Vellmar valley. Photo: AFP"),
        note="both text and photo are AFP's",
    ),
    wire(
        "en",
        RG1,
        LIB,
        "Associated Press of Pakistan",
        ["Associated Press of Pakistan", "APP"],
        "app-dateline-colon",
        dateline("ISLAMABAD, Mar 10 (APP):"),
        by("APP", credit=False),
        note="APP is not AP; its one-word byline is too short to be a credit line",
    ),
    wire(
        "en",
        TD3,
        HOSP,
        "IANS",
        ["IANS", "Indo-Asian News Service"],
        "ians-dateline-signoff-slug",
        dateline("Mumbai, March 12 (IANS)"),
        tail("--IANS"),
        tail("sdr/dan"),
    ),
    wire(
        "en",
        BX1,
        LIB,
        "Associated Press",
        AP,
        "blox-byline-the-ap-dateline-state",
        tnt("By The Associated Press"),
        dateline("EASTMERE, Ore. (AP) —"),
    ),
    wire(
        "en",
        ARC1,
        FROST,
        "Reuters",
        RTR,
        "arc-byline-reuters-trust-principles",
        by("By Reuters", cls="b-byline"),
        tail("Our Standards: The Thomson Reuters Trust Principles.", tag="em"),
    ),
    wire(
        "en",
        DR1,
        HOSP,
        "PA Media",
        ["PA Media", "PA", "Press Association"],
        "byline-pa-health-correspondent",
        by("By Mira Castellan, PA Health Correspondent", cls="field--name-field-byline"),
    ),
    # ======================= English: own pages (null) =======================
    own(
        "en",
        OWN_GDN,
        HOSP,
        "own-byline-copyright-footer",
        bysite("Henrietta Quarles Health policy editor"),
        tail(
            "© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
            tag="small",
        ),
        note="The Guardian's own page with its own copyright line",
    ),
    own(
        "en",
        OWN_NDTV,
        LIB,
        "own-reported-edited-by-track-latest",
        bysite("Reported by Ankit Rawal, Edited by Meera Iyer"),
        tail(
            "Track Latest News Live on NDTV.com and get news updates from India and around the world"
        ),
    ),
    own(
        "en",
        OWN_PA,
        BUS,
        "own-pa-correspondent-byline",
        by("By Ellis Monroe, PA Transport Correspondent"),
        note="PA's own site: its correspondent's byline names PA",
    ),
    own(
        "en",
        OWN_PNA,
        FROST,
        "own-pna-signoff",
        signoff("(PNA)"),
        note="the Philippine News Agency's own page with its own sign-off",
    ),
    # ======================= English: null, mentions in staff stories =======================
    nul(
        "negative_mention",
        "en",
        LP3,
        FROST,
        "staff-told-reuters-partner-footer",
        keep=(
            "The frost was the worst in the valley since 1997, a forecaster at the national weather service told Reuters.",
        ),
        note="a staff story quoting what someone told Reuters, on a site whose footer names Reuters and AFP as partners",
    ),
    nul(
        "negative_mention",
        "en",
        TD5,
        HOSP,
        "comment-names-outlet-partner-footer",
        comments(
            ("Mandla K.", "The Guardian ran the same figures yesterday."),
            ("Rosa", "My mother waited nine hours last week."),
        ),
        note="a reader's comment names an outlet; the footer names three partners",
    ),
    nul(
        "negative_mention",
        "en",
        LP1,
        BUS,
        "more-from-reuters-widget",
        more_from(
            "Reuters", "Transit unions call regional strike", "Fuel prices fall for third week"
        ),
        note="a 'More from Reuters' widget under a staff story; the footer names partners",
    ),
    nul(
        "negative_mention",
        "en",
        BX1,
        LIB,
        "staff-byline-ap-contributed",
        bysite("By Ingrid Solvang Herald staff"),
        coda("The Associated Press contributed to this report."),
        note="disputable as in the earlier sets: a named staff reporter with AP contributing is the paper's story",
    ),
    nul(
        "negative_mention",
        "en",
        ARC1,
        BUS,
        "mid-told-cnn",
        keep=(
            "Oyelowo-Strand told CNN on Wednesday night that other councils had asked for copies of the plan.",
        ),
    ),
    nul(
        "negative_mention",
        "en",
        RG1,
        HOSP,
        "newsletter-box-names-wires",
        newsletter_box(
            "Get the day's top stories from Reuters, AFP and our own reporters in your inbox every morning."
        ),
        note="a newsletter box naming wires under a staff story",
    ),
    nul(
        "negative_mention",
        "en",
        BS1,
        FROST,
        "watch-video-al-jazeera",
        raw(
            "mid",
            "Watch: Growers in the Vellmar valley speak to Al Jazeera about the frost",
            '<figure class="video-embed"><iframe src="https://www.youtube-nocookie.com/embed/vlmr26frost"></iframe><figcaption>Watch: Growers in the Vellmar valley speak to Al Jazeera about the frost</figcaption></figure>',
        ),
        note="an embedded video's caption names an outlet",
    ),
    nul(
        "negative_mention",
        "en",
        WP1,
        LIB,
        "blog-quotes-outlet-related-box",
        related(
            "Reuters: Tool libraries spread across Europe", "BBC: The rise of the library of things"
        ),
        keep=(
            "As a columnist for The Guardian put it last year, a library is the last place where you can stay all day without buying anything.",
        ),
        note="a blog post quoting a columnist; the related box's teasers name other outlets",
    ),
    nul(
        "negative_mention",
        "en",
        TD4,
        BUS,
        "related-box-outlet-teasers",
        related(
            "Reuters: Asian cities weigh free public transport",
            "Bloomberg: Bus makers bet on batteries",
        ),
        note="a staff story with a related box whose teasers are prefixed with outlet names",
    ),
    nul(
        "negative_mention",
        "en",
        JN2,
        LIB,
        "also-read-link-names-outlet",
        mid("ALSO READ: Gulf News looks at the best library apps in the region", credit=False),
        note="an 'ALSO READ' teaser between paragraphs names an outlet",
    ),
    nul(
        "negative_mention",
        "en",
        TD4,
        LIB,
        "embedded-post-by-outlet-account",
        tweet(
            "Libraries in Eastmere now lend drills, seeds and sewing machines",
            "BBC News (World)",
            "BBCWorld",
            "March 10, 2026",
        ),
        note="an embedded post by an outlet's account at the end of a staff story",
    ),
    # ======================= English: null, captions =======================
    nul(
        "negative_caption",
        "en",
        LP2,
        HOSP,
        "caption-cp-photo",
        figure(
            "The emergency ward at Corrigan General Hospital. (THE CANADIAN PRESS/Jun Okafor-Baines)"
        ),
        note="a Canadian Press photo on a staff story",
    ),
    nul(
        "negative_caption",
        "en",
        TD1,
        FROST,
        "caption-reuters-file",
        figure("An orchard after a frost. Photo: Reuters/File"),
    ),
    nul(
        "negative_caption",
        "en",
        DR1,
        BUS,
        "caption-pa-photo",
        figure("Buses at the Tarnholm interchange. (Ellis Monroe/PA)"),
    ),
    nul(
        "negative_caption",
        "en",
        GH1,
        LIB,
        "ghost-image-afp-getty",
        figure(
            "Members browse the tool shelf at the Eastmere central library. Photo by Jonas Vik / AFP via Getty Images"
        ),
    ),
    nul(
        "negative_caption",
        "en",
        JN1,
        BUS,
        "last-line-photo-credit-ap",
        caption_last("Photo credit: AP"),
    ),
    # ======================= English: null, no credit =======================
    nul(
        "no_credit",
        "en",
        TD2,
        HOSP,
        "byline-agencies",
        by("By Agencies", credit=False),
        note="'Agencies' names no one",
    ),
    nul(
        "no_credit",
        "en",
        AMP1,
        BUS,
        "tail-with-inputs-from-agencies",
        tail("(With inputs from agencies)", tag="em"),
    ),
    nul("no_credit", "en", WP2, FROST, "staff-reporters-plain"),
    nul(
        "negative_mention",
        "en",
        TD5,
        LIB,
        "lead-outlet-named-headlines",
        lead(
            "Eastmere's libraries made national headlines last year when The New York Times named the district's tool shelf one of the best small ideas in the country."
        ),
        note="a staff story's first sentence recalls another outlet's coverage; the footer names partners",
    ),
    nul(
        "negative_caption",
        "en",
        LP3,
        BUS,
        "caption-image-reuters-partner-footer",
        figure("A bus on the Tarnholm ring road. Image: Reuters"),
        note="a Reuters image on a staff story, on a site whose footer names Reuters as a partner",
    ),
    nul(
        "no_credit",
        "en",
        LP3,
        HOSP,
        "staff-byline-partner-footer-newsletter",
        bysite("By Vellmar Valley News staff"),
        newsletter_box(
            "Our free morning newsletter brings you local news plus the best of our partners' coverage."
        ),
        note="a plain staff story; only the site's footer names partner outlets",
    ),
    # ======================= French =======================
    case(
        "in_table",
        "fr",
        FR2,
        FR,
        "Ouest-France",
        ["Ouest-France", "Ouest France", "ouest-france.fr"],
        "tagdiv-tail-source-space-colon",
        tail("Source : Ouest-France", tag="em"),
    ),
    case(
        "out_of_table",
        "fr",
        FR1,
        FR,
        "Reporterre",
        ["Reporterre", "reporterre.net"],
        "tail-initialement-publie",
        rich(
            "tail",
            "Cet article a été initialement publié par ",
            ("Reporterre", "https://reporterre.net/Le-marche-couvert-de-Belvezac-rouvre"),
            ".",
            tag="em",
        ),
    ),
    wire(
        "fr",
        FR3,
        FR,
        "AFP",
        AFP,
        "jannah-dateline-afp-copyright",
        dateline("Belvézac (AFP) -"),
        tail("© Agence France-Presse"),
    ),
    wire(
        "fr",
        FR1,
        FR,
        "AFP",
        AFP,
        "byline-la-redaction-avec-afp",
        by("La rédaction avec AFP", cls="posted-by"),
    ),
    nul(
        "negative_mention",
        "fr",
        FR2,
        FR,
        "mention-confie-a-france-bleu-partner-footer",
        keep=(
            "« Nous avons attendu ce jour pendant deux ans », a confié une commerçante à France Bleu.",
        ),
        note="a quote given to a radio station; the footer names partners",
    ),
    nul(
        "negative_caption",
        "fr",
        FR3,
        FR,
        "caption-photo-afp",
        figure("Le marché couvert de Belvézac, samedi matin. Photo AFP / Jean-Marc Louvel"),
    ),
    nul(
        "no_credit",
        "fr",
        FR2,
        FR,
        "la-redaction-partner-footer-afp",
        bysite("La rédaction"),
        note="a staff story on a site whose footer lists AFP among its partners",
    ),
    case(
        "out_of_table",
        "fr",
        FR3,
        FR,
        "Jeune Afrique",
        ["Jeune Afrique", "jeuneafrique.com"],
        "tail-publie-initialement-sur-le-site-de",
        tail("Cet article a été publié initialement sur le site de Jeune Afrique."),
    ),
    # ======================= Spanish =======================
    case(
        "in_table",
        "es",
        ES2,
        ES,
        "Infobae",
        ["Infobae", "infobae.com"],
        "tail-con-informacion-de",
        tail("Con información de Infobae.", tag="em"),
    ),
    case(
        "out_of_table",
        "es",
        ES1,
        ES,
        "El Faro de Alcaraz",
        ["El Faro de Alcaraz", "elfarodealcaraz.es"],
        "tagdiv-source-box-fuente",
        td_source(
            "FUENTE",
            "El Faro de Alcaraz",
            "https://www.elfarodealcaraz.es/movilidad/tren-costa-reabre/",
        ),
    ),
    wire(
        "es",
        ES1,
        ES,
        "EFE",
        ["EFE", "Agencia EFE"],
        "efe-dateline-desk-slug",
        dateline("Puerto Alcaraz, 9 mar (EFE).-"),
        tail("EFE mrs/jla"),
    ),
    own(
        "es",
        OWN_ELPAIS,
        ES,
        "own-byline-city-date",
        bysite("Remedios Aldecoa | Puerto Alcaraz - 09 mar 2026 - 11:40 CET"),
    ),
    nul(
        "negative_mention",
        "es",
        ES2,
        ES,
        "mention-segun-informo",
        keep=(
            "Según informó Europa Press, la compañía invertirá otros 12 millones de euros en las estaciones.",
        ),
    ),
    nul(
        "no_credit",
        "es",
        ES1,
        ES,
        "redaccion-con-informacion-de-agencias",
        bysite("Redacción"),
        tail("Con información de agencias.", tag="em"),
    ),
    nul(
        "negative_caption",
        "es",
        ES2,
        ES,
        "caption-foto-efe-archivo",
        figure("Un tren en la estación de Puerto Alcaraz. Foto: EFE/Archivo"),
    ),
    # ======================= German =======================
    case(
        "in_table",
        "de",
        DE2,
        DE,
        "Süddeutsche Zeitung",
        ["Süddeutsche Zeitung", "SZ", "sueddeutsche.de"],
        "tail-erschien-zuerst-in-der",
        tail("Dieser Artikel erschien zuerst in der Süddeutschen Zeitung.", tag="em"),
        note="the dative 'der Süddeutschen Zeitung' is answered in the nominative",
    ),
    case(
        "out_of_table",
        "de",
        DE1,
        DE,
        "SWR",
        ["SWR", "Südwestrundfunk", "SWR Aktuell"],
        "tail-quelle-swr",
        tail("Quelle: SWR"),
    ),
    wire(
        "de",
        DE2,
        DE,
        "dpa",
        ["dpa", "Deutsche Presse-Agentur"],
        "dpa-dateline-infocom-trailer",
        dateline("Hollwangen (dpa) -"),
        tail("dpa-infocom, dpa:260310-930-412877/1"),
    ),
    own(
        "de",
        OWN_TS,
        DE,
        "own-programme-note",
        tail("Dieses Thema im Programm: tagesschau24 | 10.03.2026 | 14:00 Uhr"),
    ),
    nul(
        "negative_caption",
        "de",
        DE1,
        DE,
        "caption-foto-dpa",
        figure("Das Becken des Freibads in Hollwangen bleibt leer. Foto: Bernd Weigl/dpa"),
    ),
    nul(
        "negative_mention",
        "de",
        DE2,
        DE,
        "mention-zuerst-berichtet",
        keep=("Zuerst hatte die «Schwäbische Zeitung» über die Schließung berichtet.",),
        note="'X had first reported' in a staff story: a mention, not a credit",
    ),
    case(
        "in_table",
        "de",
        DE1,
        DE,
        "Die Zeit",
        ["Die Zeit", "ZEIT ONLINE", "Zeit Online", "zeit.de"],
        "jsonld-isbasedon-only",
        ld=ld_based_on(
            "https://www.zeit.de/gesellschaft/2026-03/hollwangen-freibad-rettungsschwimmer"
        ),
        note="only JSON-LD isBasedOn names the original; no visible credit",
    ),
    # ======================= Portuguese =======================
    case(
        "in_table",
        "pt",
        PT_1,
        PT,
        "O Globo",
        ["O Globo", "Globo", "oglobo.globo.com"],
        "tail-com-informacoes-do",
        tail("*Com informações do O Globo."),
    ),
    case(
        "out_of_table",
        "pt",
        PT_2,
        PT,
        "Nexo Jornal",
        ["Nexo Jornal", "Nexo", "nexojornal.com.br"],
        "tail-fonte",
        tail("Fonte: Nexo Jornal", tag="strong"),
    ),
    wire(
        "pt",
        PT_1,
        PT,
        "Estadão Conteúdo",
        ["Estadão Conteúdo", "Estadão"],
        "tail-estadao-conteudo-alone",
        tail("Estadão Conteúdo", tag="strong"),
        note="the agency's name alone as the last line, as Brazilian portals print it",
    ),
    wire(
        "pt",
        PT_2,
        PT,
        "Agência Brasil",
        ["Agência Brasil", "Agencia Brasil"],
        "byline-reporter-da-agencia-brasil",
        by("Luana Prates – Repórter da Agência Brasil"),
    ),
    own("pt", OWN_FOLHA, PT, "own-byline-city", bysite("Iolanda Marçal | Santa Ilíria")),
    nul(
        "negative_mention",
        "pt",
        PT_1,
        PT,
        "mention-em-entrevista-a-radio",
        keep=("Em entrevista à rádio CBN, Sarmento disse que a ponte não corre risco de desabar.",),
    ),
    nul(
        "no_credit",
        "pt",
        PT_2,
        PT,
        "com-informacoes-da-assessoria",
        tail("*Com informações da assessoria de imprensa da prefeitura."),
        note="a press office is no outlet",
    ),
    # ======================= Arabic =======================
    case(
        "in_table",
        "ar",
        AR1,
        AR,
        "Al Jazeera",
        ["Al Jazeera", "الجزيرة نت", "الجزيرة"],
        "tail-almasdar",
        tail("المصدر: الجزيرة نت"),
    ),
    case(
        "out_of_table",
        "ar",
        AR2,
        AR,
        "الرمال اليوم",
        ["الرمال اليوم", "صحيفة الرمال اليوم"],
        "tagdiv-tail-almasdar-sahifa",
        tail("المصدر: صحيفة الرمال اليوم"),
        note="'صحيفة' (newspaper) before the name is not part of it",
    ),
    wire(
        "ar",
        AR1,
        AR,
        "AFP",
        ["AFP", "أ ف ب", "فرانس برس", "وكالة فرانس برس"],
        "dateline-afp-arabic-copyright",
        dateline("الرمال (أ ف ب) -"),
        tail("© وكالة فرانس برس"),
    ),
    wire(
        "ar",
        AR2,
        AR,
        "Saudi Press Agency",
        ["Saudi Press Agency", "SPA", "واس"],
        "spa-dateline-hijri-intaha",
        dateline("الرمال 21 رمضان 1447 هـ الموافق 10 مارس 2026 م واس"),
        tail("//انتهى//"),
        note="SPA's dateline with both calendars; its end marker is a credit line",
    ),
    own("ar", OWN_AAWSAT, AR, "own-city-byline", bysite("الرمال: سامي العتيبي")),
    nul(
        "negative_mention",
        "ar",
        AR2,
        AR,
        "mention-told-al-arabiya-partner-footer",
        keep=("وقال الحلواني في تصريح لقناة العربية إن المحطة ستعمل بكامل طاقتها خلال أسابيع.",),
        note="a quote given to a TV channel; the footer names partners",
    ),
    nul(
        "negative_caption",
        "ar",
        AR1,
        AR,
        "caption-reuters-arabic",
        figure("محطة تحلية المياه الجديدة في مدينة الرمال (رويترز)"),
    ),
    # ======================= Hindi =======================
    case(
        "in_table",
        "hi",
        HI1,
        HI,
        "Dainik Jagran",
        ["Dainik Jagran", "दैनिक जागरण", "jagran.com"],
        "tail-sabhar",
        tail("साभार: दैनिक जागरण", tag="strong"),
    ),
    case(
        "out_of_table",
        "hi",
        HI2,
        HI,
        "पहाड़ समाचार",
        ["पहाड़ समाचार", "Pahad Samachar"],
        "tagdiv-tail-sabhar",
        tail("साभार: पहाड़ समाचार"),
    ),
    wire(
        "hi",
        HI1,
        HI,
        "Press Trust of India",
        ["Press Trust of India", "PTI", "भाषा", "पीटीआई-भाषा"],
        "bhasha-dateline-desk-names",
        dateline("देहरादून, नौ मार्च (भाषा)"),
        tail("भाषा राजेश मनीषा"),
    ),
    own("hi", OWN_BHASKAR, HI, "own-byline-bhaskar-reporter", bysite("देहरादून | भास्कर संवाददाता")),
    nul(
        "negative_mention",
        "hi",
        HI2,
        HI,
        "mention-ndtv-se-baatcheet",
        keep=("नौटियाल ने एनडीटीवी से बातचीत में कहा कि काम में कोई देरी नहीं होगी।",),
    ),
    nul(
        "negative_caption",
        "hi",
        HI1,
        HI,
        "caption-file-photo-ani",
        figure("पहाड़ी गांव तक जाने वाला कच्चा रास्ता। फाइल फोटो: एएनआई"),
    ),
    case(
        "in_table",
        "hi",
        HI2,
        HI,
        "Amar Ujala",
        ["Amar Ujala", "अमर उजाला", "amarujala.com"],
        "tail-mool-roop-se-prakashit",
        tail("यह लेख मूल रूप से अमर उजाला पर प्रकाशित हुआ था।", tag="em"),
    ),
    # ======================= Russian =======================
    case(
        "in_table",
        "ru",
        RU2,
        RU,
        "Meduza",
        ["Meduza", "Медуза", "meduza.io"],
        "tail-istochnik",
        tail("Источник: Meduza"),
    ),
    case(
        "out_of_table",
        "ru",
        RU1,
        RU,
        "Коммерсантъ",
        ["Коммерсантъ", "Коммерсант", "Kommersant", "kommersant.ru"],
        "bitrix-source-field-quotes",
        raw(
            "tail",
            "Источник: «Коммерсантъ»",
            '<div class="news-detail__source">Источник: «Коммерсантъ»</div>',
        ),
    ),
    wire(
        "ru",
        RU1,
        RU,
        "TASS",
        ["TASS", "ТАСС"],
        "tass-dateline",
        dateline("ЗАРЕЧЕНСК, 13 марта. /ТАСС/."),
    ),
    own(
        "ru",
        OWN_RIA,
        RU,
        "own-ria-dateline",
        dateline("ЗАРЕЧЕНСК, 13 мар - РИА Новости."),
        note="RIA Novosti's own page with its own dateline",
    ),
    nul(
        "negative_mention",
        "ru",
        RU2,
        RU,
        "mention-soobshil-interfaksu",
        keep=(
            "Как сообщил «Интерфаксу» мэр города, движение по старому мосту ограничат уже в июне.",
        ),
    ),
    # ======================= Chinese =======================
    case(
        "in_table",
        "zh",
        ZH2,
        ZH,
        "People's Daily",
        ["People's Daily", "人民日报", "人民网"],
        "tail-laiyuan",
        tail("来源：人民日报"),
    ),
    case(
        "out_of_table",
        "zh",
        ZH1,
        ZH,
        "澎湃新闻",
        ["澎湃新闻", "The Paper", "thepaper.cn"],
        "tail-laiyuan-out",
        tail("来源：澎湃新闻"),
    ),
    wire(
        "zh",
        ZH2,
        ZH,
        "Xinhua",
        ["Xinhua", "新华社"],
        "xinhua-dateline-source",
        dateline("新华社成都3月8日电（记者 李文静）"),
        tail("来源：新华社"),
    ),
    own(
        "zh",
        OWN_CD,
        ZH,
        "own-laiyuan-self",
        tail("来源：中国日报网"),
        note="China Daily's own page names itself as the source",
    ),
    nul(
        "negative_caption",
        "zh",
        ZH1,
        ZH,
        "caption-xinhua-photographer",
        figure("游客在青川古镇老街参观。新华社记者 刘洋 摄"),
    ),
    nul(
        "negative_mention",
        "zh",
        ZH2,
        ZH,
        "mention-ju-baodao",
        keep=("据澎湃新闻此前报道，老街改造曾因资金问题一度停工。",),
        note="'according to an earlier report by X' in a staff story",
    ),
    # ======================= Japanese =======================
    case(
        "in_table",
        "ja",
        JA2,
        JA,
        "NHK",
        ["NHK", "NHKニュース"],
        "tail-shutten",
        tail("出典：NHKニュース"),
    ),
    case(
        "out_of_table",
        "ja",
        JA1,
        JA,
        "毎日新聞",
        ["毎日新聞", "Mainichi Shimbun", "毎日"],
        "tail-paren-outlet",
        tail("（毎日新聞）"),
    ),
    wire(
        "ja",
        JA2,
        JA,
        "Kyodo News",
        ["Kyodo News", "共同通信", "共同"],
        "kyodo-bracket-dateline",
        dateline("【北杉共同】"),
    ),
    own(
        "ja",
        OWN_ASAHI,
        JA,
        "own-paren-self",
        tail("（朝日新聞デジタル）"),
        note="the Asahi's own page with its own name in brackets",
    ),
    nul(
        "negative_mention",
        "ja",
        JA1,
        JA,
        "mention-nhk-no-shuzai",
        keep=("森田町長はNHKの取材に対し、利用者の声を聞きながら改善したいと話した。",),
    ),
    nul(
        "negative_caption",
        "ja",
        JA2,
        JA,
        "caption-kyodo-photo",
        figure("運行を始める予約制乗り合いバスの車両（共同）"),
    ),
]
